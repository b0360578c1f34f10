import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { educacion } from '@cnim/educacion';
import { startGateway } from '@cnim/gateway';
import { SUPERGRAPH_FILE, type SubgraphName } from '@cnim/gateway/subgraphs';
import { igualdad } from '@cnim/igualdad';
import { prepareSubgraphDatabase, statementCount, type SubgraphDatabase, type SubgraphDefinition } from '@cnim/kit';
import { salud } from '@cnim/salud';
import { sena } from '@cnim/sena';
import { trabajo } from '@cnim/trabajo';
import type { BaseContext } from '@apollo/server';
import { InProcessDataSource } from '../front-doors/in-process.js';
import { startHiveGateway } from '../front-doors/hive.js';
import { failChild, serveChild } from './child.js';

export type FrontDoor = 'apollo' | 'hive' | 'in-process';

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
  const local = async <DB extends SubgraphDatabase, Context extends BaseContext>(definition: SubgraphDefinition<DB, Context>) => {
    const db = await prepareSubgraphDatabase(definition, join(process.env.BENCH_DB_DIR!, `${definition.name}.sqlite`));
    databases.push({ statements: () => statementCount(db), destroy: () => db.destroy() });
    return new InProcessDataSource(definition.schema, (identity) => definition.createContext(db, identity));
  };
  const sources = {
    igualdad: await local(igualdad),
    salud: await local(salud),
    sena: await local(sena),
    educacion: await local(educacion),
    trabajo: await local(trabajo),
  };
  const gateway = await startGateway({ port: 0, host: '127.0.0.1', dataSource: (name) => sources[name] });
  return {
    url: gateway.url,
    statements: () => databases.reduce((sum, db) => sum + db.statements(), 0),
    async stop() {
      await gateway.stop();
      await Promise.all(databases.map((db) => db.destroy()));
    },
  };
}

async function start() {
  if (door === 'in-process') return inProcess();
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
