import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { startGateway } from '@cnim/gateway';
import { SUPERGRAPH_FILE, type SubgraphName } from '@cnim/gateway/subgraphs';
import type { DatabaseLocations } from '../floor/floor-databases.js';
import { startFloor } from '../floor/floor-server.js';
import { startGrafbaseGateway } from '../front-doors/grafbase.js';
import { startHiveGateway } from '../front-doors/hive.js';
import { startHiveRustGateway } from '../front-doors/hive-rust.js';
import type { ProcessUsage } from '../front-doors/process-usage.js';
import { CLUSTER_PROCESSES, type FrontDoor } from '../doors.js';
import { startApolloCluster } from '../front-doors/apollo-cluster.js';
import { failChild, serveChild } from './child.js';

const door = process.env.BENCH_DOOR as FrontDoor;
const subgraphUrls = JSON.parse(process.env.BENCH_SUBGRAPH_URLS ?? '{}') as Record<SubgraphName, string>;

/** The committed supergraph, with each subgraph's address replaced by where the benchmark runs it. */
function supergraphFor(urls: Record<string, string>): string {
  return readFileSync(SUPERGRAPH_FILE, 'utf8').replace(/@join__graph\(name: "(\w+)", url: "[^"]*"\)/g, (original, name: string) =>
    urls[name] ? `@join__graph(name: "${name}", url: "${urls[name]}")` : original,
  );
}

interface RunningDoor {
  url: string;
  statements(): number;
  /** A door run as a native binary: that process's CPU and memory, which are the door's. */
  usage?: () => ProcessUsage;
  stop(): Promise<void>;
}

/** The doors that answer over HTTP and hold no database: their SQL is the subgraphs'. */
async function startGatewayDoor(): Promise<Omit<RunningDoor, 'statements'>> {
  switch (door) {
    case 'apollo':
      return startGateway({ port: 0, host: '127.0.0.1', subgraphUrls, responseCache: false });
    case 'apollo-cached': {
      // A file of its own, removed at the end: the warm figures are of answers this run computed.
      const file = join(process.env.BENCH_DB_DIR!, `response-cache-${process.pid}.sqlite`);
      const gateway = await startGateway({ port: 0, host: '127.0.0.1', subgraphUrls, responseCache: file });
      return {
        url: gateway.url,
        async stop() {
          await gateway.stop();
          for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
        },
      };
    }
    case 'hive':
      return startHiveGateway(supergraphFor(subgraphUrls));
    case 'hive-rust':
      return startHiveRustGateway(supergraphFor(subgraphUrls));
    case 'grafbase':
      return startGrafbaseGateway(subgraphUrls);
    case 'apollo-x2':
    case 'apollo-x4':
      return startApolloCluster(CLUSTER_PROCESSES[door], subgraphUrls);
    case 'floor':
      throw new Error('the floor is not a gateway');
  }
}

async function start(): Promise<RunningDoor> {
  if (door === 'floor') return startFloor(JSON.parse(process.env.BENCH_DB_LOCATIONS!) as DatabaseLocations);
  return { ...(await startGatewayDoor()), statements: () => 0 };
}

try {
  const running = await start();
  serveChild(running.url, running.statements, running.stop, running.usage);
} catch (error) {
  failChild(error);
}
