import { beforeAll, describe, expect, it } from 'vitest';
import { NEXT_CUT, openNextCut, secretariat } from '../support/cuts.js';
import { graphql } from '../support/graphql.js';
import { tokenFor } from '../support/tokens.js';
import { useGraph } from '../support/use-graph.js';

// An approved cut is frozen, history included: a correction of a 2025 value, a narrative and a task's
// progress reported in cut 2026-02 are that cut's history, never cut 2025-11's; and a write replayed with
// its idempotency key gets its first answer again, even once the cut is approved and locked.
const graph = useGraph();

const saludReporter = async () => ({ authorization: `Bearer ${await tokenFor('reporter', 'SALUD', 'reportera-salud')}` });

/** Tibú's 2025 transfer, as the report gives it (Norte de Santander, $60.431.400). */
const TIBU_TRANSFER = 'SALUD-12-GIRO|2025|54810|TOTAL|TOTAL|TOTAL';
const TIBU_TRANSFER_IN_REPORT = 60_431_400;

const FACT_QUERY = `query ($cut: ID!) {
  ministry(code: SALUD) {
    facts(filter: { cut: $cut, territory: "54810", indicator: ["SALUD-12-GIRO"] }) {
      nodes { id value cut version correctsCut history { cut field before after } }
    }
  }
}`;
type FactNode = {
  id: string;
  value: number;
  cut: string;
  version: number;
  correctsCut: string | null;
  history: Array<Record<string, unknown>>;
};
const tibuIn = async (cut: string) =>
  (await graphql<{ ministry: { facts: { nodes: FactNode[] } } }>(graph().url, FACT_QUERY, { cut })).data!.ministry.facts.nodes.find(
    (node) => node.id === TIBU_TRANSFER,
  )!;

const ACTION_QUERY = `query ($cut: ID!) {
  action(number: 12, cut: $cut) {
    report { cutId narrative version history { cut field before after } }
    tasks { number status progressPercent history { cut field before after } }
  }
}`;
type ActionAnswer = {
  action: {
    report: { cutId: string; narrative: string | null; version: number; history: Array<Record<string, unknown>> };
    tasks: Array<{ number: number; status: string; progressPercent: number | null; history: Array<Record<string, unknown>> }>;
  };
};
const action12In = async (cut: string) => (await graphql<ActionAnswer>(graph().url, ACTION_QUERY, { cut })).data!.action;

const RECORD = `mutation ($input: RecordValueInput!) { salud { recordValue(input: $input) { id value cut version } } }`;
const correction = {
  indicator: 'SALUD-12-GIRO',
  period: '2025',
  territory: '54810',
  value: 60_000_000,
  expectedVersion: 1,
  idempotencyKey: 'correccion-tibu',
};
const NARRATE = `mutation ($input: SubmitReportInput!) { salud { submitReport(input: $input) { cutId narrative version } } }`;
const narrative = {
  action: 12,
  narrative: 'Febrero 2026: se giraron recursos a nuevos municipios.',
  expectedVersion: 0,
  idempotencyKey: 'narrativa-12',
};
const TASK = `mutation ($input: SetTaskStatusInput!) { salud { setTaskStatus(input: $input) { number status progressPercent version } } }`;

let reportBefore: ActionAnswer['action'];
let firstAnswers: { correction: unknown; narrative: unknown };

beforeAll(async () => {
  reportBefore = await action12In('2025-11');
  await openNextCut(graph().url);
  const headers = await saludReporter();
  const recorded = await graphql(graph().url, RECORD, { input: correction }, headers);
  const narrated = await graphql(graph().url, NARRATE, { input: narrative }, headers);
  expect(recorded.errors).toBeUndefined();
  expect(narrated.errors).toBeUndefined();
  firstAnswers = { correction: recorded.data, narrative: narrated.data };
  for (const [percent, version] of [
    [60, 0],
    [80, 1],
  ] as const) {
    const task = await graphql(
      graph().url,
      TASK,
      {
        input: {
          action: 12,
          task: 1,
          status: 'IN_PROGRESS',
          progressPercent: percent,
          expectedVersion: version,
          idempotencyKey: `tarea-1-${percent}`,
        },
      },
      headers,
    );
    expect(task.errors).toBeUndefined();
  }
});

describe('each cut its own history', () => {
  it('cut 2025-11 keeps the report value of Tibú with no history; cut 2026-02 shows the correction, labelled and audited in it', async () => {
    expect(await tibuIn('2025-11')).toEqual({
      id: TIBU_TRANSFER,
      value: TIBU_TRANSFER_IN_REPORT,
      cut: '2025-11',
      version: 1,
      correctsCut: null,
      history: [],
    });
    expect(await tibuIn(NEXT_CUT.cut)).toEqual({
      id: TIBU_TRANSFER,
      value: 60_000_000,
      cut: NEXT_CUT.cut,
      version: 2,
      correctsCut: '2025-11',
      history: [{ cut: NEXT_CUT.cut, field: 'value', before: String(TIBU_TRANSFER_IN_REPORT), after: '60000000' }],
    });
  });

  it("cut 2025-11 shows action 12's report and tasks exactly as before, with none of February's changes", async () => {
    expect(await action12In('2025-11')).toEqual(reportBefore);
    expect(reportBefore.report.history).toEqual([]);
    expect(reportBefore.tasks.every((task) => task.history.length === 0)).toBe(true);
  });

  it("cut 2026-02 shows February's narrative, and the task's status and every change of its progress, audited in that cut", async () => {
    const { report, tasks } = await action12In(NEXT_CUT.cut);
    expect(report).toEqual({
      cutId: NEXT_CUT.cut,
      narrative: narrative.narrative,
      version: 1,
      history: [{ cut: NEXT_CUT.cut, field: 'narrative', before: null, after: narrative.narrative }],
    });
    const first = tasks.find((task) => task.number === 1)!;
    expect(first).toEqual({
      number: 1,
      status: 'IN_PROGRESS',
      progressPercent: 80,
      history: [
        { cut: NEXT_CUT.cut, field: 'status', before: 'NOT_REPORTED', after: 'IN_PROGRESS' },
        { cut: NEXT_CUT.cut, field: 'progressPercent', before: null, after: '60' },
        { cut: NEXT_CUT.cut, field: 'progressPercent', before: '60', after: '80' },
      ],
    });
  });
});

describe('idempotency that holds', () => {
  it('a write replayed after its cut was submitted and approved gets its first answer, and changes nothing', async () => {
    const headers = await saludReporter();
    const submitted = await graphql<{ salud: { submitCut: { version: number } } }>(
      graph().url,
      `mutation { salud { submitCut(input: { cut: "${NEXT_CUT.cut}", expectedVersion: 1, idempotencyKey: "enviar" }) { version } } }`,
      undefined,
      headers,
    );
    expect(submitted.errors).toBeUndefined();
    // With its only cut submitted, a write that names no cut is told the cut is locked, and which.
    const unnamed = await graphql(
      graph().url,
      RECORD,
      { input: { ...correction, expectedVersion: 2, idempotencyKey: 'sin-corte' } },
      headers,
    );
    expect(unnamed.errors?.[0]).toMatchObject({
      message: `El corte ${NEXT_CUT.cut} (${NEXT_CUT.label}) está enviado a la secretaría y bloqueado para edición; la secretaría debe reabrirlo antes de cambiarlo. No se guardó nada.`,
      extensions: { code: 'CUT_LOCKED', field: 'input.cut' },
    });
    const approved = await graphql(
      graph().url,
      `mutation { salud { approveCut(input: { cut: "${NEXT_CUT.cut}", expectedVersion: ${submitted.data!.salud.submitCut.version}, idempotencyKey: "aprobar" }) { status } } }`,
      undefined,
      await secretariat(),
    );
    expect(approved.errors).toBeUndefined();

    const replayedValue = await graphql(graph().url, RECORD, { input: correction }, headers);
    const replayedNarrative = await graphql(graph().url, NARRATE, { input: narrative }, headers);
    expect(replayedValue).toEqual({ data: firstAnswers.correction });
    expect(replayedNarrative).toEqual({ data: firstAnswers.narrative });
    expect((await tibuIn(NEXT_CUT.cut)).history).toHaveLength(1);

    // The same key with another value is still another request: refused, not replayed.
    const reused = await graphql(graph().url, RECORD, { input: { ...correction, value: 59_000_000 } }, headers);
    expect(reused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.idempotencyKey' });
    // And a new write into the approved cut is locked.
    const locked = await graphql(
      graph().url,
      RECORD,
      { input: { ...correction, cut: NEXT_CUT.cut, value: 59_000_000, expectedVersion: 2, idempotencyKey: 'otra' } },
      headers,
    );
    expect(locked.errors?.[0]?.extensions).toMatchObject({ code: 'CUT_LOCKED', field: 'input.cut' });
  });
});

describe('a third cut', () => {
  const THIRD = { cut: '2026-05', label: 'Mayo 2026', closingDate: '2026-05-31' };

  it('corrects Tibú again in cut 2026-05: that cut shows it as a correction of 2026-02, while 2026-02 and 2025-11 read as approved', async () => {
    const opened = await graphql(
      graph().url,
      `mutation { salud { openCut(input: { cut: "${THIRD.cut}", label: "${THIRD.label}", closingDate: "${THIRD.closingDate}", idempotencyKey: "abrir-mayo" }) { status } } }`,
      undefined,
      await secretariat(),
    );
    expect(opened.errors).toBeUndefined();
    const again = await graphql(
      graph().url,
      RECORD,
      { input: { ...correction, value: 59_500_000, expectedVersion: 2, idempotencyKey: 'correccion-mayo' } },
      await saludReporter(),
    );
    expect(again).toEqual({ data: { salud: { recordValue: { id: TIBU_TRANSFER, value: 59_500_000, cut: THIRD.cut, version: 3 } } } });

    expect(await tibuIn(THIRD.cut)).toEqual({
      id: TIBU_TRANSFER,
      value: 59_500_000,
      cut: THIRD.cut,
      version: 3,
      correctsCut: NEXT_CUT.cut,
      history: [
        { cut: NEXT_CUT.cut, field: 'value', before: String(TIBU_TRANSFER_IN_REPORT), after: '60000000' },
        { cut: THIRD.cut, field: 'value', before: '60000000', after: '59500000' },
      ],
    });
    expect(await tibuIn(NEXT_CUT.cut)).toEqual({
      id: TIBU_TRANSFER,
      value: 60_000_000,
      cut: NEXT_CUT.cut,
      version: 2,
      correctsCut: '2025-11',
      history: [{ cut: NEXT_CUT.cut, field: 'value', before: String(TIBU_TRANSFER_IN_REPORT), after: '60000000' }],
    });
    expect(await tibuIn('2025-11')).toEqual({
      id: TIBU_TRANSFER,
      value: TIBU_TRANSFER_IN_REPORT,
      cut: '2025-11',
      version: 1,
      correctsCut: null,
      history: [],
    });
    expect(await action12In('2025-11')).toEqual(reportBefore);
  });
});
