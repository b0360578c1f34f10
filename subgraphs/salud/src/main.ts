import { runSubgraph } from '@cnim/kit';
import { salud } from './subgraph.js';

await runSubgraph(salud);
