import { readFileSync } from 'node:fs';
import { knownOperationFiles } from '@cnim/gateway/known-operations';
import { MINISTRY_SUBGRAPHS } from '@cnim/kit';
import { parse } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { cutOperationFile } from '../../scripts/cut-operation-files.js';
import { openNextCut, secretariat } from '../support/cuts.js';
import { graphql, type GraphQLResponse } from '../support/graphql.js';
import { tokenFor } from '../support/tokens.js';
import { useGraph } from '../support/use-graph.js';

// One whole reporting cycle through the gateway over HTTP: the secretariat opens cut 2026-02, the
// ministries report values, a narrative, statuses, the rules refuse bad values, everyone submits, the
// secretariat approves, and cut 2025-11 still answers exactly as the report.
const graph = useGraph();

const reporter = async (ministry: 'SALUD' | 'SENA' | 'TRABAJO' | 'IGUALDAD' | 'EDUCACION') => ({
  authorization: `Bearer ${await tokenFor('reporter', ministry, `reportero-${ministry.toLowerCase()}`)}`,
});
let key = 0;
const write = async (
  ministry: string,
  field: string,
  inputType: string,
  input: Record<string, unknown>,
  selection: string,
  headers: Record<string, string>,
) =>
  graphql<Record<string, Record<string, Record<string, unknown>>>>(
    graph().url,
    `mutation ($input: ${inputType}!) { ${ministry} { ${field}(input: $input) { ${selection} } } }`,
    { input: { idempotencyKey: `ciclo-${(key += 1)}`, ...input } },
    headers,
  );
const record = async (ministry: 'SALUD' | 'SENA', input: Record<string, unknown>) =>
  write(
    ministry.toLowerCase(),
    'recordValue',
    'RecordValueInput',
    { expectedVersion: 0, ...input },
    'id value cut version',
    await reporter(ministry),
  );

/** What the README's examples (operations/docs/) answer, each by name. */
async function documentedAnswers(): Promise<Map<string, GraphQLResponse<unknown>>> {
  const answers = new Map<string, GraphQLResponse<unknown>>();
  for (const { file, source } of knownOperationFiles().filter((operation) => operation.file.startsWith('operations/docs/'))) {
    const variables = parse(source).definitions.some(
      (definition) => definition.kind === 'OperationDefinition' && definition.variableDefinitions?.length,
    )
      ? { code: '54' }
      : undefined;
    answers.set(file, await graphql(graph().url, source, variables));
  }
  return answers;
}

/** The report's own answers, named by cut: what must never change once later cuts exist. */
const REPORT_CUT_QUERY = `{
  plan(cut: "2025-11") { reportTitle reportCut overallProgressPercent cut { id closingDate closingDateDerived state } }
  action(number: 12, cut: "2025-11") { readCut status report { cutId narrative version } tasks { number status version } tasksDue { number } findings { rule } }
  municipality(code: "54001") { psychosocialAllocations(cut: "2025-11") { amount transferred status } }
  ministry(code: SALUD) { facts(filter: { indicator: ["SALUD-12-GIRO"], territory: "54001", cut: "2025-11" }) { totalCount nodes { id value cut } } }
}`;

const FACTS = (ministry: string, filter: string, changedSince = '') =>
  `{ ministry(code: ${ministry}) { facts(filter: ${filter}${changedSince ? `, changedSince: "${changedSince}"` : ''}) { totalCount nodes { id value cut disaggregation periodKind } } } }`;
const factsOf = async (ministry: string, filter: string, changedSince = '') =>
  (
    await graphql<{ ministry: { facts: { totalCount: number; nodes: Array<Record<string, unknown>> } } }>(
      graph().url,
      FACTS(ministry, filter, changedSince),
    )
  ).data!.ministry.facts;

let documentedBefore: Map<string, GraphQLResponse<unknown>>;
let reportBefore: GraphQLResponse<unknown>;
let openedAt: string;

beforeAll(async () => {
  documentedBefore = await documentedAnswers();
  reportBefore = await graphql(graph().url, REPORT_CUT_QUERY);
  expect(reportBefore.errors).toBeUndefined();
});

describe('a reporting cycle: cut 2026-02 opened, reported, approved', () => {
  it('opens the cut in the plan and in every ministry in one operation, audited', async () => {
    openedAt = new Date().toISOString();
    await openNextCut(graph().url);
    const { data } = await graphql<{ cut: Record<string, unknown> }>(graph().url, readFileSync(cutOperationFile('estado-corte'), 'utf8'), {
      cut: '2026-02',
    });
    expect(data!.cut).toEqual({
      id: '2026-02',
      label: 'Febrero 2026',
      closingDate: '2026-02-28',
      closingDateDerived: false,
      state: 'OPEN',
      overallProgressPercent: null,
      version: 1,
      ...Object.fromEntries(MINISTRY_SUBGRAPHS.map(({ name }) => [`${name}Submission`, { status: 'OPEN', version: 1 }])),
    });
  });

  it('keeps every default answer on the approved cut 2025-11 while 2026-02 is open', async () => {
    const { data } = await graphql<{ plan: { cut: { id: string }; overallProgressPercent: number } }>(
      graph().url,
      '{ plan { cut { id } overallProgressPercent } }',
    );
    expect(data!.plan).toEqual({ cut: { id: '2025-11' }, overallProgressPercent: 48 });
  });

  it('lets Salud record its 2025Q4 transfer to Cúcuta, seen at once in the typed fields and in the facts of the cut', async () => {
    const { data, errors } = await record('SALUD', {
      indicator: 'SALUD-12-GIRO',
      period: '2025Q4',
      territory: '54001',
      value: 120_000_000,
    });
    expect(errors).toBeUndefined();
    expect(data!.salud!.recordValue).toEqual({
      id: 'SALUD-12-GIRO|2025Q4|54001|TOTAL|TOTAL|TOTAL',
      value: 120_000_000,
      cut: '2026-02',
      version: 1,
    });
    const typed = await graphql<Record<string, unknown>>(
      graph().url,
      `{
        action(number: 12, cut: "2026-02") { ... on SaludAction { psychosocialFunding { transferredTotal(cut: "2026-02", period: "2025Q4") } } }
        municipality(code: "54001") { psychosocialAllocations(cut: "2026-02", period: "2025Q4") { amount amountPeriod { id } transferred status } }
      }`,
    );
    expect(typed.errors).toBeUndefined();
    expect(typed.data).toEqual({
      action: { psychosocialFunding: { transferredTotal: 120_000_000 } },
      municipality: {
        psychosocialAllocations: [{ amount: 441_640_400, amountPeriod: { id: '2025' }, transferred: 120_000_000, status: 'TRANSFERRED' }],
      },
    });
    expect((await factsOf('SALUD', '{ indicator: ["SALUD-12-GIRO"], territory: "54001", cut: "2026-02" }')).nodes).toEqual([
      {
        id: 'SALUD-12-GIRO|2025Q4|54001|TOTAL|TOTAL|TOTAL',
        value: 120_000_000,
        cut: '2026-02',
        disaggregation: 'TOTAL',
        periodKind: 'QUARTER',
      },
      { id: 'SALUD-12-GIRO|2025|54001|TOTAL|TOTAL|TOTAL', value: 441_640_400, cut: '2025-11', disaggregation: 'TOTAL', periodKind: 'YEAR' },
    ]);
  });

  it('reports a narrative, an action status and task statuses for the cut, without touching cut 2025-11', async () => {
    const narrative = 'Se giraron los recursos del cuarto trimestre a la E.S.E. de Cúcuta.';
    expect(
      (
        await write(
          'salud',
          'submitReport',
          'SubmitReportInput',
          { action: 12, narrative, expectedVersion: 0 },
          'cutId narrative version',
          await reporter('SALUD'),
        )
      ).data,
    ).toEqual({
      salud: { submitReport: { cutId: '2026-02', narrative, version: 1 } },
    });
    expect(
      (
        await write(
          'salud',
          'setActionStatus',
          'SetActionStatusInput',
          { action: 12, status: 'IN_PROGRESS', expectedVersion: 1 },
          'status version',
          await reporter('SALUD'),
        )
      ).data,
    ).toEqual({
      salud: { setActionStatus: { status: 'IN_PROGRESS', version: 2 } },
    });
    expect(
      (
        await write(
          'trabajo',
          'setTaskStatus',
          'SetTaskStatusInput',
          { action: 14, task: 2, status: 'IN_PROGRESS', progressPercent: 40, expectedVersion: 0 },
          'number status progressPercent cut version',
          await reporter('TRABAJO'),
        )
      ).data,
    ).toEqual({ trabajo: { setTaskStatus: { number: 2, status: 'IN_PROGRESS', progressPercent: 40, cut: '2026-02', version: 1 } } });
    const { data } = await graphql<{ action: unknown }>(
      graph().url,
      '{ action(number: 12, cut: "2026-02") { readCut status report { cut cutId narrative version } } }',
    );
    expect(data!.action).toEqual({
      readCut: '2026-02',
      status: 'IN_PROGRESS',
      report: { cut: 'Febrero 2026', cutId: '2026-02', narrative, version: 2 },
    });
  });

  it('answers which tasks are due by the cut’s closing date and not reported done, and filters tasks by deadline period', async () => {
    const due = async (cut: string) =>
      (
        await graphql<{ action: { tasksDue: Array<{ number: number; status: string }> } }>(
          graph().url,
          `{ action(number: 14, cut: "${cut}") { tasksDue { number status } } }`,
        )
      ).data!.action.tasksDue;
    // 28 de febrero de 2026 falls on the closing day; "31 de noviembre" names no day and is never counted.
    expect(await due('2026-02')).toEqual([{ number: 2, status: 'IN_PROGRESS' }]);
    expect(await due('2025-11')).toEqual([]);
    const byPeriod = await graphql<{ trabajo: { tasks: Array<{ number: number }> }; salud: { tasks: Array<{ number: number }> } }>(
      graph().url,
      '{ trabajo: action(number: 14) { tasks(deadlinePeriod: "2026Q1") { number } } salud: action(number: 13) { tasks(deadlinePeriod: "2026") { number } } }',
    );
    expect(byPeriod.data).toEqual({ trabajo: { tasks: [{ number: 2 }] }, salud: { tasks: [{ number: 1 }, { number: 2 }] } });
    const bad = await graphql(graph().url, '{ action(number: 14) { tasks(deadlinePeriod: "2027") { number } } }');
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'deadlinePeriod' });
    expect(
      (
        await write(
          'trabajo',
          'setTaskStatus',
          'SetTaskStatusInput',
          { action: 14, task: 2, status: 'COMPLETED', expectedVersion: 1 },
          'status',
          await reporter('TRABAJO'),
        )
      ).errors,
    ).toBeUndefined();
    expect(await due('2026-02')).toEqual([]);
  });

  it.each([
    [
      'a quarter above its year (Tibú: 900.000.000 in 2025Q4, 60.431.400 in the whole of 2025)',
      'SALUD' as const,
      { indicator: 'SALUD-12-GIRO', period: '2025Q4', territory: '54810', value: 900_000_000 },
      'PERIOD_EXCEEDS_YEAR',
      'el valor de 2025Q4 (900.000.000) no puede superar al del año 2025 (60.431.400) en SALUD-12-GIRO, 54810',
      '{ indicator: ["SALUD-12-GIRO"], territory: "54810", cut: "2026-02" }',
    ],
    [
      'transferred above allocated (Tibú’s 2025 transfer corrected to 70.000.000 against 60.431.400 allocated)',
      'SALUD' as const,
      { indicator: 'SALUD-12-GIRO', period: '2025', territory: '54810', value: 70_000_000, expectedVersion: 1 },
      'VALUE_EXCEEDS_BOUND',
      'SALUD-12-GIRO (70.000.000) no puede superar a SALUD-12-ASIGNACION (60.431.400) en 54810, año 2025',
      '{ indicator: ["SALUD-12-GIRO"], territory: "54810", cut: "2026-02" }',
    ],
    [
      'a part above its whole (Venezuelan women above women)',
      'SENA' as const,
      { indicator: 'SENA-8-ORIENTADOS', period: '2025', sex: 'FEMALE', nationality: 'VENEZUELAN', value: 7877, expectedVersion: 1 },
      'PART_EXCEEDS_WHOLE',
      'FEMALE/VENEZUELAN (7.877) no puede superar a FEMALE/TOTAL (7.876) en SENA-8-ORIENTADOS, 2025, nacional',
      '{ indicator: ["SENA-8-ORIENTADOS"], cut: "2026-02" }',
    ],
  ])('refuses %s, names the rule and the values, and writes nothing', async (_, ministry, input, rule, message, filter) => {
    const before = await factsOf(ministry, filter);
    const { data, errors } = await record(ministry, input);
    expect(data).toBeNull();
    expect(errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.value', rule, serviceName: ministry.toLowerCase() });
    expect(errors?.[0]?.message).toBe(`Regla de validación: ${message}. No se guardó nada.`);
    expect(await factsOf(ministry, filter)).toEqual(before);
  });

  it('refuses quarters that add up to more than their year (SENA orientation: 7.000 + 7.000 against 13.400), writing nothing', async () => {
    expect((await record('SENA', { indicator: 'SENA-8-ORIENTADOS', period: '2025Q1', value: 7000 })).errors).toBeUndefined();
    const { errors } = await record('SENA', { indicator: 'SENA-8-ORIENTADOS', period: '2025Q2', value: 7000 });
    expect(errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.value',
      rule: 'QUARTERS_EXCEED_YEAR',
      serviceName: 'sena',
    });
    expect(errors?.[0]?.message).toBe(
      'Regla de validación: la suma de los trimestres de 2025 (14.000: 2025Q1 7.000, 2025Q2 7.000) no puede superar al valor del año (13.400) en SENA-8-ORIENTADOS, nacional. No se guardó nada.',
    );
    expect((await factsOf('SENA', '{ indicator: ["SENA-8-ORIENTADOS"], periodKind: QUARTER, cut: "2026-02" }')).nodes).toEqual([
      { id: 'SENA-8-ORIENTADOS|2025Q1|CO|TOTAL|TOTAL|TOTAL', value: 7000, cut: '2026-02', disaggregation: 'TOTAL', periodKind: 'QUARTER' },
    ]);
  });

  it('returns exactly the changed facts to an incremental refresh, corrections included', async () => {
    const changed = await factsOf('SALUD', '{ cut: "2026-02" }', openedAt);
    expect(changed.nodes.map((fact) => fact.id)).toEqual(['SALUD-12-GIRO|2025Q4|54001|TOTAL|TOTAL|TOTAL']);
    const sena = await factsOf('SENA', '{ cut: "2026-02" }', openedAt);
    expect(sena.nodes.map((fact) => fact.id)).toEqual(['SENA-8-ORIENTADOS|2025Q1|CO|TOTAL|TOTAL|TOTAL']);
    const since = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(
      (await record('SENA', { indicator: 'SENA-9-CERTIFICADOS', period: '2025Q3', value: 1740, expectedVersion: 1 })).errors,
    ).toBeUndefined();
    expect((await factsOf('SENA', '{ cut: "2026-02" }', since)).nodes).toEqual([
      {
        id: 'SENA-9-CERTIFICADOS|2025Q3|CO|TOTAL|TOTAL|TOTAL',
        value: 1740,
        cut: '2026-02',
        disaggregation: 'TOTAL',
        periodKind: 'QUARTER',
      },
    ]);
    // Nothing changed in cut 2025-11 since it was approved: its refresh is empty.
    expect((await factsOf('SENA', '{ cut: "2025-11" }', openedAt)).totalCount).toBe(0);
    const bad = await graphql(graph().url, FACTS('SENA', '{}', 'ayer'));
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'changedSince' });
  });

  it('answers every README example exactly as before the cut was opened, while it is open and reported', async () => {
    const after = await documentedAnswers();
    expect(after.size).toBe(documentedBefore.size);
    expect(documentedBefore.size).toBeGreaterThan(10);
    for (const [file, answer] of documentedBefore) expect(after.get(file), file).toEqual(answer);
  });

  it('lets each ministry submit, locks what it submitted, and lets the secretariat approve the whole cut in one operation', async () => {
    for (const { name, ministry } of MINISTRY_SUBGRAPHS) {
      const submitted = await write(
        name,
        'submitCut',
        'CutTransitionInput',
        { cut: '2026-02', expectedVersion: 1 },
        'status version',
        await reporter(ministry.code),
      );
      expect(submitted.data, name).toEqual({ [name]: { submitCut: { status: 'SUBMITTED', version: 2 } } });
    }
    const locked = await record('SALUD', {
      indicator: 'SALUD-12-GIRO',
      period: '2025Q4',
      territory: '54001',
      value: 1,
      cut: '2026-02',
      expectedVersion: 1,
    });
    expect(locked.errors?.[0]?.extensions).toMatchObject({ code: 'CUT_LOCKED', field: 'input.cut' });
    const progress = await write(
      'plan',
      'recordProgress',
      'RecordProgressInput',
      { percent: 55, expectedVersion: 1 },
      'overallProgressPercent version',
      await secretariat(),
    );
    expect(progress.data).toEqual({ plan: { recordProgress: { overallProgressPercent: 55, version: 2 } } });
    expect(
      (await write('plan', 'submitCut', 'CutTransitionInput', { cut: '2026-02', expectedVersion: 2 }, 'state', await secretariat())).errors,
    ).toBeUndefined();
    const versions = Object.fromEntries(MINISTRY_SUBGRAPHS.map(({ name }) => [`${name}Version`, 2]));
    const approved = await graphql<Record<string, Record<string, { status?: string; state?: string }>>>(
      graph().url,
      readFileSync(cutOperationFile('aprobar-corte'), 'utf8'),
      { cut: '2026-02', planVersion: 3, ...versions, key: 'aprobar-2026-02' },
      await secretariat(),
    );
    expect(approved.errors).toBeUndefined();
    expect(approved.data!.plan!.approveCut).toEqual({ id: '2026-02', state: 'APPROVED', version: 4 });
    for (const { name } of MINISTRY_SUBGRAPHS)
      expect(approved.data![name]!.approveCut, name).toEqual({ cut: '2026-02', status: 'APPROVED', version: 3 });
    const { data } = await graphql<{ plan: unknown }>(graph().url, '{ plan { cut { id } reportCut overallProgressPercent } }');
    expect(data!.plan).toEqual({ cut: { id: '2026-02' }, reportCut: 'Febrero 2026', overallProgressPercent: 55 });
  });

  it('refuses a reopening without a reason, and audits one with it', async () => {
    const bare = await write(
      'salud',
      'reopenCut',
      'CutTransitionInput',
      { cut: '2026-02', expectedVersion: 3 },
      'status',
      await secretariat(),
    );
    expect(bare.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reason' });
    const reopened = await write(
      'salud',
      'reopenCut',
      'CutTransitionInput',
      { cut: '2026-02', reason: 'Corrección del giro a Cúcuta', expectedVersion: 3 },
      'status history { after role }',
      await secretariat(),
    );
    expect(reopened.data).toEqual({
      salud: {
        reopenCut: {
          status: 'OPEN',
          history: [
            { after: 'OPEN (Febrero 2026, cierre 2026-02-28)', role: 'secretariat' },
            { after: 'SUBMITTED', role: 'reporter' },
            { after: 'APPROVED', role: 'secretariat' },
            { after: 'OPEN (motivo: Corrección del giro a Cúcuta)', role: 'secretariat' },
          ],
        },
      },
    });
  });

  it('gives the cut one state: REOPENED naming Salud while it is reopened, APPROVED again once re-approved', async () => {
    const STATE =
      '{ cut(id: "2026-02") { state reopenedBy saludSubmission { status } senaSubmission { status } } cuts { id state } plan(cut: "2026-02") { cut { state } } }';
    const state = async () => (await graphql<Record<string, unknown>>(graph().url, STATE)).data;
    expect(await state()).toEqual({
      cut: { state: 'REOPENED', reopenedBy: ['SALUD'], saludSubmission: { status: 'OPEN' }, senaSubmission: { status: 'APPROVED' } },
      cuts: [
        { id: '2025-11', state: 'APPROVED' },
        { id: '2026-02', state: 'REOPENED' },
      ],
      plan: { cut: { state: 'REOPENED' } },
    });
    expect(
      (await write('salud', 'submitCut', 'CutTransitionInput', { cut: '2026-02', expectedVersion: 4 }, 'status', await reporter('SALUD')))
        .errors,
    ).toBeUndefined();
    expect((await state())!.cut).toMatchObject({ state: 'REOPENED', reopenedBy: ['SALUD'] });
    expect(
      (await write('salud', 'approveCut', 'CutTransitionInput', { cut: '2026-02', expectedVersion: 5 }, 'status', await secretariat()))
        .errors,
    ).toBeUndefined();
    expect(await state()).toEqual({
      cut: { state: 'APPROVED', reopenedBy: [], saludSubmission: { status: 'APPROVED' }, senaSubmission: { status: 'APPROVED' } },
      cuts: [
        { id: '2025-11', state: 'APPROVED' },
        { id: '2026-02', state: 'APPROVED' },
      ],
      plan: { cut: { state: 'APPROVED' } },
    });
  });

  it('answers for cut 2025-11 exactly as before the new cut existed', async () => {
    expect(await graphql(graph().url, REPORT_CUT_QUERY)).toEqual(reportBefore);
    expect(reportBefore.data).toMatchObject({
      plan: { reportTitle: 'Informe de avance 2025 – Corte: Noviembre 2025', reportCut: 'Noviembre 2025', overallProgressPercent: 48 },
      municipality: { psychosocialAllocations: [{ amount: 441_640_400, transferred: 441_640_400, status: 'TRANSFERRED' }] },
    });
  });
});
