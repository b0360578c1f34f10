import { beforeAll, describe, expect, it } from 'vitest';
import { NEXT_CUT, openNextCut } from '../support/cuts.js';
import { graphql } from '../support/graphql.js';
import { tokenFor } from '../support/tokens.js';
import { useGraph } from '../support/use-graph.js';

// A cut's figures where people ask for them: a year reported only by its quarters is built from them and
// labelled derived; a figure with no value fails alone, with its own error path, and its siblings answer;
// an incremental refresh can read the open cut.
const graph = useGraph();

let key = 0;
const record = async (input: Record<string, unknown>) => {
  const { errors } = await graphql(
    graph().url,
    'mutation ($input: RecordValueInput!) { salud { recordValue(input: $input) { id } } }',
    { input: { expectedVersion: 0, idempotencyKey: `abierto-${(key += 1)}`, ...input } },
    { authorization: `Bearer ${await tokenFor('reporter', 'SALUD', 'reportera-salud')}` },
  );
  expect(errors).toBeUndefined();
};

let openedAt: string;

beforeAll(async () => {
  await openNextCut(graph().url);
  openedAt = new Date().toISOString();
  await record({ indicator: 'SALUD-12-ASIGNACION', period: '2026', territory: '54001', value: 100_000_000 });
  await record({ indicator: 'SALUD-12-GIRO', period: '2026Q1', territory: '54001', value: 40_000_000 });
  await record({ indicator: 'SALUD-12-GIRO', period: '2025', territory: '54810', value: 60_000_000, expectedVersion: 1 });
});

describe('years from quarters, failures per field', () => {
  const FUNDING = `{
    action(number: 12, cut: "${NEXT_CUT.cut}") {
      ... on SaludAction {
        psychosocialFunding {
          statedTotalAsWritten
          allocatedTotal(cut: "${NEXT_CUT.cut}", period: "2026")
          transferredTotal(cut: "${NEXT_CUT.cut}", period: "2026")
          statedTransferCount(cut: "${NEXT_CUT.cut}", period: "2026")
        }
        psychosocialAllocations(cut: "${NEXT_CUT.cut}", period: "2026") { municipality { code } amount amountPeriod { id } transferred derivedFromQuarters }
      }
    }
  }`;

  it('derives 2026 from its only quarter, says so, and nulls only the figure nobody reported', async () => {
    const { data, errors } = await graphql<{ action: Record<string, unknown> }>(graph().url, FUNDING);
    expect(data!.action).toEqual({
      psychosocialFunding: {
        statedTotalAsWritten: '2.000 mil millones de pesos',
        allocatedTotal: 100_000_000,
        transferredTotal: 40_000_000,
        statedTransferCount: null,
      },
      psychosocialAllocations: [
        {
          municipality: { code: '54001' },
          amount: 100_000_000,
          amountPeriod: { id: '2026' },
          transferred: 40_000_000,
          derivedFromQuarters: true,
        },
      ],
    });
    expect(errors).toEqual([
      {
        message: `No hay un valor de SALUD-12-TRANSFERENCIAS para el periodo 2026 en el corte ${NEXT_CUT.cut}.`,
        path: ['action', 'psychosocialFunding', 'statedTransferCount'],
        extensions: { code: 'NOT_FOUND', field: 'period', serviceName: 'salud' },
      },
    ]);
  });

  it('keeps cut 2025-11’s figures of 2025 exactly as the report gives them, none derived', async () => {
    const { data, errors } = await graphql<{
      action: { psychosocialFunding: Record<string, number>; psychosocialAllocations: Array<{ derivedFromQuarters: boolean }> };
    }>(
      graph().url,
      '{ action(number: 12, cut: "2025-11") { ... on SaludAction { psychosocialFunding { allocatedTotal transferredTotal statedTransferCount } psychosocialAllocations { derivedFromQuarters } } } }',
    );
    expect(errors).toBeUndefined();
    expect(data!.action.psychosocialFunding).toEqual({
      allocatedTotal: 1_998_207_910,
      transferredTotal: 1_588_422_540,
      statedTransferCount: 11,
    });
    expect(data!.action.psychosocialAllocations.some((allocation) => allocation.derivedFromQuarters)).toBe(false);
  });
});

describe('incremental refresh across cuts', () => {
  const CHANGED = (filter: string) =>
    `{ ministry(code: SALUD) { facts(changedSince: "${openedAt}", filter: ${filter}) { totalCount nodes { id value cut correctsCut } } } }`;

  it('reads what was reported and corrected in the open cut with latestCut, and nothing of it by default', async () => {
    const latest = await graphql<{ ministry: { facts: { totalCount: number; nodes: unknown[] } } }>(
      graph().url,
      CHANGED('{ latestCut: true }'),
    );
    expect(latest.errors).toBeUndefined();
    expect(latest.data!.ministry.facts).toEqual({
      totalCount: 3,
      nodes: [
        { id: 'SALUD-12-ASIGNACION|2026|54001|TOTAL|TOTAL|TOTAL', value: 100_000_000, cut: NEXT_CUT.cut, correctsCut: null },
        { id: 'SALUD-12-GIRO|2025|54810|TOTAL|TOTAL|TOTAL', value: 60_000_000, cut: NEXT_CUT.cut, correctsCut: '2025-11' },
        { id: 'SALUD-12-GIRO|2026Q1|54001|TOTAL|TOTAL|TOTAL', value: 40_000_000, cut: NEXT_CUT.cut, correctsCut: null },
      ],
    });
    const approvedOnly = await graphql<{ ministry: { facts: { totalCount: number } } }>(graph().url, CHANGED('{}'));
    expect(approvedOnly.data!.ministry.facts.totalCount).toBe(0);
  });

  it('refuses latestCut together with a cut, naming both', async () => {
    const { errors } = await graphql(graph().url, CHANGED('{ latestCut: true, cut: "2025-11" }'));
    expect(errors?.[0]).toMatchObject({
      message: 'Indique el corte (`cut`) o el más reciente (`latestCut`), no ambos; se recibieron cut "2025-11" y latestCut.',
      extensions: { code: 'BAD_USER_INPUT', field: 'filter.latestCut' },
    });
  });
});
