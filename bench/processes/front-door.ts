import { readFileSync } from 'node:fs';
import { startGateway } from '@cnim/gateway';
import { SUPERGRAPH_FILE, type SubgraphName } from '@cnim/gateway/subgraphs';
import { startFloor } from '../floor/floor-server.js';
import { startHiveGateway } from '../front-doors/hive.js';
import { failChild, serveChild } from './child.js';

export type FrontDoor = 'apollo' | 'hive' | 'floor';

const door = process.env.BENCH_DOOR as FrontDoor;
const subgraphUrls = JSON.parse(process.env.BENCH_SUBGRAPH_URLS ?? '{}') as Record<SubgraphName, string>;

/** The committed supergraph, with each subgraph's address replaced by where the benchmark runs it. */
function supergraphFor(urls: Record<string, string>): string {
  return readFileSync(SUPERGRAPH_FILE, 'utf8').replace(
    /@join__graph\(name: "(\w+)", url: "[^"]*"\)/g,
    (original, name: string) => (urls[name] ? `@join__graph(name: "${name}", url: "${urls[name]}")` : original),
  );
}

async function start() {
  if (door === 'floor') return startFloor(process.env.BENCH_DB_DIR!);
  const gateway =
    door === 'hive'
      ? await startHiveGateway(supergraphFor(subgraphUrls))
      : await startGateway({ port: 0, host: '127.0.0.1', subgraphUrls });
  return { ...gateway, statements: () => 0 };
}

try {
  const running = await start();
  serveChild(running.url, running.statements, running.stop);
} catch (error) {
  failChild(error);
}
