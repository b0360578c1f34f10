import { readFileSync } from 'node:fs';
import { MINISTRY_SUBGRAPHS, SUBGRAPH_NAMES, jwtSecret, type RunningSubgraph } from '@cnim/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDefinition, loadDefinitions } from '../../scripts/subgraph-definitions.js';
import { composeSubgraphs, subgraphTypeDefs } from '@cnim/gateway/compose';
import { SUPERGRAPH_FILE } from '@cnim/gateway/subgraphs';
import { graphql, type GraphQLResponse } from '../support/graphql.js';
import { tokenFor } from '../support/tokens.js';
import { startFresh } from '../support/subgraph.js';

// One suite, run against every subgraph of the registry (in the manner of graphql-http's audits): what
// every subgraph promises, whoever maintains it. What only one ministry promises stays in tests/subgraphs/.

type Query = <Data = Record<string, unknown>>(
  query: string,
  variables?: Record<string, unknown>,
  headers?: Record<string, string>,
) => Promise<GraphQLResponse<Data>>;

/** A fresh subgraph on a free port for the describe block; `directTokens` turns the development mode on. */
function useSubgraph(name: (typeof SUBGRAPH_NAMES)[number], directTokens = false): Query & { url(): string } {
  let running: RunningSubgraph | undefined;
  beforeAll(async () => {
    running = await startFresh(await loadDefinition(name), 0, { directTokenKey: directTokens ? jwtSecret({}).key : null });
  });
  afterAll(() => running?.stop());
  const query: Query = (text, variables, headers) => graphql(running!.url, text, variables, headers);
  return Object.assign(query, { url: () => running!.url });
}

/** The plan's index of owners, from the plan subgraph itself: the truth every ministry's entities are held to. */
let owners: Array<{ number: number; ministry: string }> = [];
beforeAll(async () => {
  const plan = await startFresh((await loadDefinitions()).get('plan')!);
  try {
    const { data } = await graphql<{ plan: { actions: Array<{ number: number; ministry: string }> } }>(
      plan.url,
      '{ plan { actions { number ministry } } }',
    );
    owners = data!.plan.actions;
  } finally {
    await plan.stop();
  }
});

describe.each(SUBGRAPH_NAMES)('every subgraph: %s', (name) => {
  const query = useSubgraph(name);

  it('publishes through `_service { sdl }` a schema that composes into exactly the committed supergraph', async () => {
    const { data } = await query<{ _service: { sdl: string } }>('{ _service { sdl } }');
    const composed = composeSubgraphs((subgraph) => (subgraph === name ? data!._service.sdl : subgraphTypeDefs(subgraph)));
    expect(composed.errors).toBeUndefined();
    expect(composed.supergraphSdl).toBe(readFileSync(SUPERGRAPH_FILE, 'utf8'));
  });

  it('answers a malformed operation with GRAPHQL_PARSE_FAILED and an unknown field with GRAPHQL_VALIDATION_FAILED', async () => {
    expect((await query('{ plan ')).errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect((await query('{ noExiste }')).errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('serves the offline GraphiQL page to a browser, with no asset from outside', async () => {
    const response = await fetch(query.url(), { headers: { accept: 'text/html' } });
    const html = await response.text();
    expect(response.status).toBe(200);
    expect([...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]!.startsWith('/graphiql/'))).toEqual([
      true,
      true,
      true,
      true,
    ]);
  });
});

describe.each(MINISTRY_SUBGRAPHS.map((entry) => [entry.name, entry] as const))('every ministry subgraph: %s', (name, entry) => {
  const query = useSubgraph(name);
  const { code, typePrefix } = entry.ministry;
  const own = () => owners.filter((action) => action.ministry === code).map((action) => action.number);

  it('resolves `_entities` of its action type exactly for the actions the plan gives it', async () => {
    const representations = owners.map((action) => ({ __typename: `${typePrefix}Action`, number: action.number }));
    const { data } = await query<{ _entities: Array<{ number: number; title: string } | null> }>(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on ${typePrefix}Action { number title } } }`,
      { r: representations },
    );
    const resolved = data!._entities.flatMap((action) => (action ? [action.number] : []));
    expect(resolved).toEqual(own());
    expect(data!._entities.every((action) => action === null || action.title.length > 0)).toBe(true);
  });

  it('resolves `_entities` of territories, its indicators, its BI data and its narratives', async () => {
    const indicators = (await query<Record<string, Array<{ code: string }>>>(`{ ${name}Indicators { code } }`)).data![`${name}Indicators`]!;
    expect(indicators.length).toBeGreaterThan(0);
    const { data, errors } = await query<{ _entities: unknown[] }>(
      `query ($r: [_Any!]!) { _entities(representations: $r) {
        ... on Department { name } ... on Municipality { name department { code } }
        ... on ${typePrefix}Indicator { code ministryCode } ... on ${typePrefix}Data { ministry }
        ... on NarrativeIndex { ${name}Narratives { actionNumber } } } }`,
      {
        r: [
          { __typename: 'Department', code: '54' },
          { __typename: 'Municipality', code: '44001' },
          { __typename: `${typePrefix}Indicator`, code: indicators[0]!.code },
          { __typename: `${typePrefix}Indicator`, code: 'NO-EXISTE' },
          { __typename: `${typePrefix}Data`, ministry: code },
          { __typename: `${typePrefix}Data`, ministry: 'OTRO' },
          { __typename: 'NarrativeIndex', cut: 'Noviembre 2025' },
        ],
      },
    );
    expect(errors).toBeUndefined();
    expect(data!._entities).toEqual([
      { name: 'Norte de Santander' },
      { name: 'Riohacha', department: { code: '44' } },
      { code: indicators[0]!.code, ministryCode: code },
      null,
      { ministry: code },
      null,
      { [`${name}Narratives`]: own().map((actionNumber) => ({ actionNumber })) },
    ]);
  });

  it('pages every one of its facts once, in id order, and filters by action', async () => {
    const pageOf = async (after: string | null, filter?: Record<string, unknown>) =>
      (
        await query<
          Record<
            string,
            {
              totalCount: number;
              pageInfo: { endCursor: string; hasNextPage: boolean };
              nodes: Array<{ id: string; actionNumber: number; ministryCode: string }>;
            }
          >
        >(
          `query ($after: String, $filter: FactFilter) { ${name}Facts(first: 7, after: $after, filter: $filter) { totalCount pageInfo { endCursor hasNextPage } nodes { id actionNumber ministryCode } } }`,
          { after, filter },
        )
      ).data![`${name}Facts`]!;
    const ids: string[] = [];
    let page = await pageOf(null);
    const total = page.totalCount;
    for (;;) {
      ids.push(...page.nodes.map((fact) => fact.id));
      expect(page.nodes.every((fact) => fact.ministryCode === code)).toBe(true);
      if (!page.pageInfo.hasNextPage) break;
      page = await pageOf(page.pageInfo.endCursor);
    }
    expect(total).toBeGreaterThan(0);
    expect(ids).toHaveLength(total);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(total);
    const action = own()[0]!;
    const filtered = await pageOf(null, { action });
    expect(filtered.nodes.every((fact) => fact.actionNumber === action)).toBe(true);
  });

  it('refuses a bad page size and a forged cursor with BAD_USER_INPUT naming the argument', async () => {
    const size = await query(`{ ${name}Facts(first: 0) { totalCount } }`);
    expect(size.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
    const cursor = await query(`{ ${name}Facts(after: "eyJmb3JnZWQiOnRydWV9.firma-falsa") { totalCount } }`);
    expect(cursor.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('refuses a write sent straight to it, even with a valid token, and changes nothing', async () => {
    const action = own()[0]!;
    const token = { authorization: `Bearer ${await tokenFor('reporter', code)}` };
    const { errors } = await query(
      `mutation { ${name} { submitReport(input: { action: ${action}, narrative: "Directo", expectedVersion: 1, idempotencyKey: "contrato-directo" }) { version } } }`,
      undefined,
      token,
    );
    expect(errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const { data } = await query<{ _entities: Array<{ report: { version: number } }> }>(
      `{ _entities(representations: [{ __typename: "${typePrefix}Action", number: ${action} }]) { ... on ${typePrefix}Action { report { version } } } }`,
    );
    expect(data!._entities[0]!.report.version).toBe(1);
  });
});

describe.each(MINISTRY_SUBGRAPHS.map((entry) => [entry.name, entry] as const))(
  'development mode (CNIM_DEV_DIRECT_TOKENS): %s',
  (name, entry) => {
    const query = useSubgraph(name, true);
    const { code } = entry.ministry;

    it('accepts its own reporter’s token sent straight to it, and still refuses another ministry’s', async () => {
      const action = owners.find((candidate) => candidate.ministry === code)!.number;
      const opened = await query<Record<string, { openCut: { cut: string; status: string } }>>(
        `mutation { ${name} { openCut(input: { cut: "2026-02", label: "Febrero 2026", closingDate: "2026-02-28", idempotencyKey: "dev-corte" }) { cut status } } }`,
        undefined,
        { authorization: `Bearer ${await tokenFor('secretariat', null)}` },
      );
      expect(opened.errors).toBeUndefined();
      expect(opened.data![name]!.openCut).toEqual({ cut: '2026-02', status: 'OPEN' });
      const write = async (ministry: string, key: string) =>
        query<Record<string, { submitReport: { version: number; cutId: string } }>>(
          `mutation { ${name} { submitReport(input: { action: ${action}, narrative: "Desde el equipo", expectedVersion: 0, idempotencyKey: "${key}" }) { version cutId } } }`,
          undefined,
          { authorization: `Bearer ${await tokenFor('reporter', ministry as 'SALUD')}` },
        );
      const other = MINISTRY_SUBGRAPHS.find((candidate) => candidate.ministry.code !== code)!.ministry.code;
      expect((await write(other, 'dev-ajeno')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const { data, errors } = await write(code, 'dev-propio');
      expect(errors).toBeUndefined();
      expect(data![name]!.submitReport).toEqual({ version: 1, cutId: '2026-02' });
    });
  },
);

describe('the plan subgraph', () => {
  const query = useSubgraph('plan');

  it('routes every ministry’s action, indicator and BI data stubs by the registry', async () => {
    // Every ministry's narratives arrive (empty here), as the gateway sends them when all are up.
    const narratives = Object.fromEntries(MINISTRY_SUBGRAPHS.map(({ name }) => [`${name}Narratives`, []]));
    const representations = MINISTRY_SUBGRAPHS.flatMap(({ ministry }) => [
      {
        __typename: `${ministry.typePrefix}Action`,
        number: owners.find((action) => action.ministry === ministry.code)!.number,
        ownFindings: [],
        narratives,
      },
      { __typename: `${ministry.typePrefix}Data`, ministry: ministry.code },
    ]);
    const { data, errors } = await query<{ _entities: unknown[] }>(
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Action { owner: ministry findings { rule } } ... on MinistryData { ministry } } }',
      { r: representations },
    );
    expect(errors).toBeUndefined();
    expect(data!._entities).toEqual(
      MINISTRY_SUBGRAPHS.flatMap(({ ministry }) => [{ owner: ministry.code, findings: [] }, { ministry: ministry.code }]),
    );
  });
});
