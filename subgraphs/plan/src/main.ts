import { runSubgraph } from '@cnim/kit';
import { plan } from './subgraph.js';

await runSubgraph(plan);
