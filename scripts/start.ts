import { SUBGRAPH_NAMES } from '../graph.config.js';
import { supervise } from './supervisor.js';

// npm start: every subgraph of the registry and the gateway, each as its own supervised process with
// its name on every line it prints. One that stops is restarted; the others keep serving meanwhile.
// npm run start:cluster (`--cluster`): the same, with the gateway as GATEWAY_PROCESSES processes on one port.
const gateway = process.argv.includes('--cluster') ? 'gateway/src/cluster.ts' : 'gateway/src/main.ts';
supervise([...SUBGRAPH_NAMES.map((name) => ({ name, entry: `subgraphs/${name}/src/main.ts` })), { name: 'gateway', entry: gateway }]);
