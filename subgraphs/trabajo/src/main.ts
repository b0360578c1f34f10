import { runSubgraph } from '@cnim/kit';
import { trabajo } from './subgraph.js';

await runSubgraph(trabajo);
