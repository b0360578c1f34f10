import { runSubgraph } from '@cnim/kit';
import { igualdad } from './subgraph.js';

await runSubgraph(igualdad);
