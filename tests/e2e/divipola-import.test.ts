import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SUBGRAPHS, startSubgraph, subgraphVariables } from '@cnim/kit';
import { plan } from '@cnim/plan';
import { salud } from '@cnim/salud';
import { afterAll, describe, expect, it } from 'vitest';
import { graphql } from '../support/graphql.js';

const directory = mkdtempSync(join(tmpdir(), 'cnim-divipola-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe('npm run divipola:import', () => {
  it('loads DANE’s file into every subgraph database, so new municipalities can be queried', async () => {
    const env = Object.fromEntries(SUBGRAPHS.map(({ name }) => [subgraphVariables(name).databasePath, join(directory, `${name}.sqlite`)]));
    const output = execFileSync('npm', ['run', '--silent', 'divipola:import', '--', fileURLToPath(new URL('../fixtures/divipola-muestra.csv', import.meta.url))], {
      env: { ...process.env, ...env },
      encoding: 'utf8',
    });
    expect(output).toContain('salud: 3 municipios nuevos (4 en el archivo)');

    // The plan answers the root territory queries; a ministry resolves the same municipality as an entity.
    const [planServer, saludServer] = await Promise.all([
      startSubgraph(plan, { port: 0, host: '127.0.0.1', database: env.PLAN_DB_PATH! }),
      startSubgraph(salud, { port: 0, host: '127.0.0.1', database: env.SALUD_DB_PATH! }),
    ]);
    try {
      const { data } = await graphql(planServer.url, '{ municipality(code: "05002") { name department { name } } }');
      expect(data).toEqual({ municipality: { name: 'ABEJORRAL', department: { name: 'Antioquia' } } });
      const entity = await graphql(saludServer.url, '{ _entities(representations: [{ __typename: "Municipality", code: "05002" }]) { ... on Municipality { name department { name } } } }');
      expect(entity.data).toEqual({ _entities: [{ name: 'ABEJORRAL', department: { name: 'Antioquia' } }] });
    } finally {
      await Promise.all([planServer.stop(), saludServer.stop()]);
    }
  });
});
