import concurrently from 'concurrently';
import { SUBGRAPH_NAMES } from '../graph.config.js';

// npm start: every subgraph of the registry, then the gateway, each as its own process with its name
// on every line it prints. If one stops, the others are stopped too, so nothing keeps a port half-served.
const { result } = concurrently(
  [
    ...SUBGRAPH_NAMES.map((name) => ({ name, command: `tsx subgraphs/${name}/src/main.ts` })),
    { name: 'gateway', command: 'tsx gateway/src/main.ts' },
  ],
  { killOthers: ['failure', 'success'], prefixColors: ['auto'] },
);
await result.catch(() => process.exit(1));
