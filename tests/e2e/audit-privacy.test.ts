import { SIGNATURE_HEADERS, encodeIdentity, signRequest } from '@cnim/kit';
import { beforeAll, describe, expect, it } from 'vitest';
import { openNextCut } from '../support/cuts.js';
import { graphql, type GraphQLResponse } from '../support/graphql.js';
import { tokenFor } from '../support/tokens.js';
import { useGraph } from '../support/use-graph.js';

const graph = useGraph();

interface Change {
  field: string;
  before: string | null;
  after: string | null;
  changedAt: string;
  subject: string | null;
  ministry: string | null;
  role: string;
}
type Histories = {
  action: { tasks: Array<{ number: number; history: Change[] }> };
  ministry: { facts: { nodes: Array<{ id: string; history: Change[] }> }; periodApprovals: Array<{ periodId: string; history: Change[] }> };
};

const CHANGE = 'field before after changedAt subject ministry role';
const HISTORIES = `{
  action(number: 12, cut: "2026-02") { tasks { number history { ${CHANGE} } } }
  ministry(code: SENA) {
    facts(filter: { indicator: ["SENA-9-CERTIFICADOS"], from: "2025-10-01", cut: "2026-02" }) { nodes { id history { ${CHANGE} } } }
    periodApprovals { periodId history { ${CHANGE} } }
  }
}`;
const bearer = async (...args: Parameters<typeof tokenFor>) => ({ authorization: `Bearer ${await tokenFor(...args)}` });
const read = async (headers: Record<string, string> = {}) => {
  const { data, errors } = await graphql<Histories>(graph().url, HISTORIES, undefined, headers);
  expect(errors).toBeUndefined();
  return {
    task: data!.action.tasks.find((task) => task.number === 1)!.history,
    fact: data!.ministry.facts.nodes.map((node) => node.history),
    period: data!.ministry.periodApprovals.find((approval) => approval.periodId === '2025Q4')!.history,
  };
};
const withoutChangedAt = (changes: Change[]) => changes.map(({ changedAt: _, ...rest }) => rest);

beforeAll(async () => {
  await openNextCut(graph().url);
  const writes: Array<[string, Record<string, unknown>, Record<string, string>]> = [
    [
      'mutation ($input: SetTaskStatusInput!) { salud { setTaskStatus(input: $input) { version } } }',
      { action: 12, task: 1, status: 'IN_PROGRESS', expectedVersion: 0, idempotencyKey: 'privacidad-1' },
      await bearer('reporter', 'SALUD', 'maria.perez'),
    ],
    [
      'mutation ($input: RecordValueInput!) { sena { recordValue(input: $input) { version } } }',
      { indicator: 'SENA-9-CERTIFICADOS', period: '2025Q4', value: 512, expectedVersion: 0, idempotencyKey: 'privacidad-2' },
      await bearer('reporter', 'SENA', 'ana.gomez'),
    ],
    [
      'mutation ($input: PeriodTransitionInput!) { sena { submitPeriod(input: $input) { version } } }',
      { period: '2025Q4', expectedVersion: 0, idempotencyKey: 'privacidad-3' },
      await bearer('reporter', 'SENA', 'ana.gomez'),
    ],
  ];
  for (const [mutation, input, headers] of writes)
    expect((await graphql(graph().url, mutation, { input }, headers)).errors).toBeUndefined();
});

describe('who changed what, in the audit histories', () => {
  it('hides the subject from an anonymous reader, and shows the same values, ministry and role', async () => {
    const anonymous = await read();
    expect(withoutChangedAt(anonymous.task)).toEqual([
      { field: 'status', before: 'NOT_REPORTED', after: 'IN_PROGRESS', subject: null, ministry: 'SALUD', role: 'reporter' },
    ]);
    expect(anonymous.fact.map(withoutChangedAt)).toEqual([
      [{ field: 'value', before: null, after: '512', subject: null, ministry: 'SENA', role: 'reporter' }],
    ]);
    expect(withoutChangedAt(anonymous.period)).toEqual([
      { field: 'status', before: 'OPEN', after: 'SUBMITTED', subject: null, ministry: 'SENA', role: 'reporter' },
    ]);
  });

  it('shows the subject to any valid token, a reader’s included, with everything else identical', async () => {
    const anonymous = await read();
    const reader = await read(await bearer('reader', null, 'analista'));
    expect([reader.task, ...reader.fact, reader.period].map((history) => history.map((change) => change.subject))).toEqual([
      ['maria.perez'],
      ['ana.gomez'],
      ['ana.gomez'],
    ]);
    const hidden = (changes: Change[]) => changes.map((change) => ({ ...change, subject: null }));
    expect({ task: hidden(reader.task), fact: reader.fact.map(hidden), period: hidden(reader.period) }).toEqual(anonymous);
    expect(await read(await bearer('reporter', 'TRABAJO', 'luis'))).toEqual(reader);
  });

  it('hides the subject on a subgraph read without the gateway, and refuses identity headers signed with a guessed key', async () => {
    const query =
      '{ _entities(representations: [{ __typename: "SaludAction", number: 12, readCut: "2026-02" }]) { ... on SaludAction { tasks { history { subject role } } } } }';
    const { data } = (await graphql(graph().subgraphUrl('salud'), query)) as GraphQLResponse<{
      _entities: Array<{ tasks: Array<{ history: Array<{ subject: string | null; role: string }> }> }>;
    }>;
    expect(data!._entities[0]!.tasks[0]!.history).toEqual([{ subject: null, role: 'reporter' }]);
    const identity = encodeIdentity({ subject: 'intruso', ministry: null, role: 'reader' });
    const forged = {
      [SIGNATURE_HEADERS.identity]: identity,
      ...signRequest('secreto-adivinado-secreto-adivinado', identity, JSON.stringify({ query })),
    };
    const refused = await graphql(graph().subgraphUrl('salud'), query, undefined, forged);
    expect(refused.data).toBeUndefined();
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
