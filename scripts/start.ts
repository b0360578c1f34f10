import { SUBGRAPH_NAMES } from '../graph.config.js';
import { supervise } from './supervisor.js';

// npm start: every subgraph of the registry and the gateway, each as its own supervised process with
// its name on every line it prints. One that stops is restarted; the others keep serving meanwhile.
supervise([
  ...SUBGRAPH_NAMES.map((name) => ({ name, entry: `subgraphs/${name}/src/main.ts` })),
  { name: 'gateway', entry: 'gateway/src/main.ts' },
]);
