import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { MinistryCode } from '@cnim/kit';
import { ALL_MUNICIPALITIES, FACT_TABLE_PAGE, ONE_DEPARTMENT, WHOLE_PLAN } from '../workloads.js';
import { factTablePage } from './fact-table-page.js';
import { openFloorDatabases, type FloorDatabases } from './floor-databases.js';
import { allMunicipalities, oneDepartment } from './territory-figures.js';
import { wholePlan } from './whole-plan.js';

type Variables = Record<string, unknown>;

/** The benchmark's operations, each answered by its hand-written function; anything else is refused. */
const ANSWERS = new Map<string, (dbs: FloorDatabases, variables: Variables) => Promise<unknown>>([
  [WHOLE_PLAN, (dbs) => wholePlan(dbs)],
  [ALL_MUNICIPALITIES, (dbs) => allMunicipalities(dbs)],
  [ONE_DEPARTMENT, (dbs, variables) => oneDepartment(dbs, String(variables.code))],
  [FACT_TABLE_PAGE, (dbs, variables) => factTablePage(dbs, variables.ministry as MinistryCode, (variables.after as string | null) ?? null)],
]);

async function readBody(request: IncomingMessage): Promise<{ query: string; variables?: Variables }> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as { query: string; variables?: Variables };
}

/**
 * The floor: the benchmark's answers computed in one process straight from the six databases, with no
 * GraphQL (no parsing, validation, planning, execution or result shaping) and no network hop between
 * services. What remains is the data work itself and JSON, so every front door's ratio to it is the
 * share of the machine that door turns into answers.
 */
export async function startFloor(dataDir: string) {
  const dbs = openFloorDatabases(dataDir);
  const server = createServer((request, response) => {
    void readBody(request)
      .then(async ({ query, variables }) => {
        const answer = ANSWERS.get(query);
        if (!answer) {
          response.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: 'El piso solo responde las operaciones del benchmark.' }] }));
          return;
        }
        const body = JSON.stringify({ data: await answer(dbs, variables ?? {}) });
        response.writeHead(200, { 'content-type': 'application/json' }).end(body);
      })
      .catch((error: unknown) => {
        response.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: String(error) }] }));
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    statements: () => dbs.statements(),
    async stop() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await dbs.destroy();
    },
  };
}
