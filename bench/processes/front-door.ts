import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startGateway } from '@cnim/gateway';
import { SUPERGRAPH_FILE, type SubgraphName } from '@cnim/gateway/subgraphs';
import { DEVELOPMENT_RUNTIME, prepareSubgraphDatabase, statementCount } from '@cnim/kit';
import { loadDefinitions, type AnyDefinition } from '../../scripts/subgraph-definitions.js';
import { InProcessDataSource } from '../front-doors/in-process.js';
import { startHiveGateway } from '../front-doors/hive.js';
import { startHiveRustGateway } from '../front-doors/hive-rust.js';
import { startGrafbaseGateway } from '../front-doors/grafbase.js';
import type { ProcessUsage } from '../front-doors/process-usage.js';
import { failChild, serveChild } from './child.js';

export type FrontDoor = 'apollo' | 'hive' | 'hive-rust' | 'grafbase' | 'in-process';

const door = process.env.BENCH_DOOR as FrontDoor;
const subgraphUrls = JSON.parse(process.env.BENCH_SUBGRAPH_URLS ?? '{}') as Record<SubgraphName, string>;

/** The committed supergraph, with each subgraph's address replaced by where the benchmark runs it. */
function supergraphFor(urls: Record<string, string>): string {
  return readFileSync(SUPERGRAPH_FILE, 'utf8').replace(
    /@join__graph\(name: "(\w+)", url: "[^"]*"\)/g,
    (original, name: string) => (urls[name] ? `@join__graph(name: "${name}", url: "${urls[name]}")` : original),
  );
}

async function inProcess() {
  const databases: Array<{ statements(): number; destroy(): Promise<void> }> = [];
  const local = async (definition: AnyDefinition) => {
    const db = await prepareSubgraphDatabase(definition, join(process.env.BENCH_DB_DIR!, `${definition.name}.sqlite`));
    databases.push({ statements: () => statementCount(db), destroy: () => db.destroy() });
    return new InProcessDataSource(definition.schema, (identity) => definition.createContext(db, identity, DEVELOPMENT_RUNTIME));
  };
  const sources = new Map<string, InProcessDataSource>();
  for (const [name, definition] of await loadDefinitions()) sources.set(name, await local(definition));
  const gateway = await startGateway({ port: 0, host: '127.0.0.1', dataSource: (name) => sources.get(name)! });
  return {
    url: gateway.url,
    statements: () => databases.reduce((sum, db) => sum + db.statements(), 0),
    async stop() {
      await gateway.stop();
      await Promise.all(databases.map((db) => db.destroy()));
    },
  };
}

interface RunningDoor {
  url: string;
  statements(): number;
  usage?: () => ProcessUsage;
  stop(): Promise<void>;
}

/** The doors that answer over HTTP and hold no database: their SQL is the subgraphs'. */
function startHttpDoor(): Promise<Omit<RunningDoor, 'statements'>> {
  switch (door) {
    case 'hive':
      return startHiveGateway(supergraphFor(subgraphUrls));
    case 'hive-rust':
      return startHiveRustGateway(supergraphFor(subgraphUrls));
    case 'grafbase':
      return startGrafbaseGateway(subgraphUrls);
    default:
      return startGateway({ port: 0, host: '127.0.0.1', subgraphUrls });
  }
}

async function start(): Promise<RunningDoor> {
  if (door === 'in-process') return inProcess();
  return { ...(await startHttpDoor()), statements: () => 0 };
}

try {
  const running = await start();
  serveChild(running.url, running.statements, running.stop, running.usage);
} catch (error) {
  failChild(error);
}
