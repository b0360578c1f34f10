import { describe, expect, it } from 'vitest';
import type { SubgraphName } from '@cnim/gateway/subgraphs';
import type { MinistryCode } from '@cnim/kit';
import { graphql } from '../support/graphql.js';
import { tokenFor } from '../support/tokens.js';
import { useGraph } from '../support/use-graph.js';

const graph = useGraph();

const MINISTRIES: Array<[SubgraphName, MinistryCode, number]> = [
  ['igualdad', 'IGUALDAD', 1],
  ['salud', 'SALUD', 12],
  ['sena', 'SENA', 8],
  ['educacion', 'EDUCACION', 11],
  ['trabajo', 'TRABAJO', 7],
];

/** Every write each ministry offers, aimed at that ministry's own data. */
const writesOf = (name: string, action: number): Array<[string, string, Record<string, unknown>]> => [
  [
    'setTaskStatus',
    `mutation ($input: SetTaskStatusInput!) { ${name} { setTaskStatus(input: $input) { version } } }`,
    { action, task: 1, status: 'IN_PROGRESS', expectedVersion: 1 },
  ],
  [
    'submitReport',
    `mutation ($input: SubmitReportInput!) { ${name} { submitReport(input: $input) { version } } }`,
    { action, narrative: 'Texto ajeno.', expectedVersion: 1 },
  ],
  [
    'recordValue',
    `mutation ($input: RecordValueInput!) { ${name} { recordValue(input: $input) { version } } }`,
    { indicator: 'X', period: '2025Q4', value: 1, expectedVersion: 0 },
  ],
  [
    'submitPeriod',
    `mutation ($input: PeriodTransitionInput!) { ${name} { submitPeriod(input: $input) { version } } }`,
    { period: '2025Q4', expectedVersion: 0 },
  ],
];

describe('no ministry can write another ministry’s data', () => {
  it('refuses every write of every ministry with every other ministry’s reporter token, through the gateway', async () => {
    let refused = 0;
    for (const [name, owner, action] of MINISTRIES) {
      for (const [, intruder] of MINISTRIES.filter(([, code]) => code !== owner)) {
        const headers = { authorization: `Bearer ${await tokenFor('reporter', intruder)}` };
        for (const [write, query, input] of writesOf(name, action)) {
          const { errors } = await graphql(graph().url, query, { input: { ...input, idempotencyKey: `${intruder}-${write}` } }, headers);
          expect(errors?.[0]?.extensions?.code, `${intruder} → ${owner}.${write}`).toBe('FORBIDDEN');
          refused += 1;
        }
      }
    }
    expect(refused).toBe(5 * 4 * 4);
  });

  it('refuses every write sent straight to a subgraph, whatever token it carries', async () => {
    for (const [name, owner, action] of MINISTRIES) {
      const headers = { authorization: `Bearer ${await tokenFor('reporter', owner)}` };
      for (const [write, query, input] of writesOf(name, action)) {
        const { errors } = await graphql(
          graph().subgraphUrl(name),
          query,
          { input: { ...input, idempotencyKey: `directo-${write}` } },
          headers,
        );
        expect(errors?.[0]?.extensions?.code, `${name}.${write}`).toBe('UNAUTHENTICATED');
      }
    }
  });
});
