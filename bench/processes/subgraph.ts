import { startSubgraph, type SubgraphName } from '@cnim/kit';
import { loadDefinition } from '../../scripts/subgraph-definitions.js';
import { failChild, serveChild } from './child.js';

// One subgraph's real server on a free port, over the benchmark's database: a SQLite file or a Postgres URL.
try {
  const definition = await loadDefinition(process.env.BENCH_SUBGRAPH as SubgraphName);
  const running = await startSubgraph(definition, { port: 0, host: '127.0.0.1', database: process.env.BENCH_DB_PATH! });
  serveChild(
    running.url,
    () => running.statements(),
    () => running.stop(),
  );
} catch (error) {
  failChild(error);
}
