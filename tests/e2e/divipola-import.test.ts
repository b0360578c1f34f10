import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SUBGRAPHS, startSubgraph, subgraphVariables, type SubgraphName } from '@cnim/kit';
import { plan } from '@cnim/plan';
import { salud } from '@cnim/salud';
import { afterAll, describe, expect, it } from 'vitest';
import { freshPostgresDatabase, postgresSubgraphs, type FreshDatabase } from '../support/fresh-database.js';
import { graphql } from '../support/graphql.js';

const directory = mkdtempSync(join(tmpdir(), 'cnim-divipola-'));
const postgres: FreshDatabase[] = [];
afterAll(async () => {
  await Promise.all(postgres.map((database) => database.drop()));
  rmSync(directory, { recursive: true, force: true });
});

/** Each subgraph's database as the script reads it: a SQLite file, or a Postgres database where the run puts that subgraph. */
async function databaseOf(name: SubgraphName): Promise<{ variable: string; location: string }> {
  if (!postgresSubgraphs().includes(name))
    return { variable: subgraphVariables(name).databasePath, location: join(directory, `${name}.sqlite`) };
  const database = await freshPostgresDatabase(name);
  postgres.push(database);
  return { variable: subgraphVariables(name).databaseUrl, location: database.location };
}

describe('npm run divipola:import', () => {
  it('loads DANE’s file into every subgraph database, so new municipalities can be queried', async () => {
    const databases = new Map<SubgraphName, string>();
    const env: Record<string, string> = {};
    for (const { name } of SUBGRAPHS) {
      const { variable, location } = await databaseOf(name);
      databases.set(name, location);
      env[variable] = location;
    }
    const output = execFileSync(
      'npm',
      ['run', '--silent', 'divipola:import', '--', fileURLToPath(new URL('../fixtures/divipola-muestra.csv', import.meta.url))],
      {
        env: { ...process.env, ...env },
        encoding: 'utf8',
      },
    );
    expect(output).toContain('salud: 3 municipios nuevos (4 en el archivo)');

    // The plan answers the root territory queries; a ministry resolves the same municipality as an entity.
    const [planServer, saludServer] = await Promise.all([
      startSubgraph(plan, { port: 0, host: '127.0.0.1', database: databases.get('plan')! }),
      startSubgraph(salud, { port: 0, host: '127.0.0.1', database: databases.get('salud')! }),
    ]);
    try {
      const { data } = await graphql(planServer.url, '{ municipality(code: "05002") { name department { name } } }');
      expect(data).toEqual({ municipality: { name: 'ABEJORRAL', department: { name: 'Antioquia' } } });
      const entity = await graphql(
        saludServer.url,
        '{ _entities(representations: [{ __typename: "Municipality", code: "05002" }]) { ... on Municipality { name department { name } } } }',
      );
      expect(entity.data).toEqual({ _entities: [{ name: 'ABEJORRAL', department: { name: 'Antioquia' } }] });
    } finally {
      await Promise.all([planServer.stop(), saludServer.stop()]);
    }
  });
});
