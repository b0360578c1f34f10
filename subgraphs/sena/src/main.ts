import { runSubgraph } from '@cnim/kit';
import { sena } from './subgraph.js';

await runSubgraph(sena);
