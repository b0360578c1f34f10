import { runSubgraph } from '@cnim/kit';
import { educacion } from './subgraph.js';

await runSubgraph(educacion);
