import { readFileSync } from 'node:fs';
import { MINISTRY_SUBGRAPHS } from '@cnim/kit';
import { beforeAll, describe, expect, it } from 'vitest';
import { cutOperationFile } from '../../scripts/cut-operation-files.js';
import { NEXT_CUT, openNextCut, secretariat } from '../support/cuts.js';
import { graphql } from '../support/graphql.js';
import { tokenFor } from '../support/tokens.js';
import { useGraph } from '../support/use-graph.js';

// Until the secretariat approves it again, a ministry's reopened cut reads as it was approved for everyone
// but those who correct it (the ministry's reporters and the secretariat): values, narratives and
// histories alike; the cut's state says it is reopened.
const graph = useGraph();

const salud = async () => ({ authorization: `Bearer ${await tokenFor('reporter', 'SALUD', 'reportera-salud')}` });
const sena = async () => ({ authorization: `Bearer ${await tokenFor('reporter', 'SENA', 'reportero-sena')}` });

let key = 0;
const write = async (field: string, inputType: string, input: Record<string, unknown>, headers: Record<string, string>) => {
  const { errors } = await graphql(
    graph().url,
    `mutation ($input: ${inputType}!) { salud { ${field}(input: $input) { __typename } } }`,
    {
      input: { idempotencyKey: `reabierto-${(key += 1)}`, ...input },
    },
    headers,
  );
  expect(errors, field).toBeUndefined();
};
const allocation = (value: number, expectedVersion: number) => ({
  indicator: 'SALUD-12-ASIGNACION',
  period: '2026',
  territory: '54001',
  value,
  cut: NEXT_CUT.cut,
  expectedVersion,
});

const READ = `{
  ministry(code: SALUD) { facts(filter: { indicator: ["SALUD-12-ASIGNACION"], territory: "54001" }) { nodes { id value cut history { after } } } }
  action(number: 12) { readCut report { narrative version } }
  cut(id: "${NEXT_CUT.cut}") { state reopenedBy saludSubmission { status } }
}`;
type Read = {
  ministry: { facts: { nodes: Array<{ id: string; value: number; cut: string; history: Array<{ after: string }> }> } };
  action: { readCut: string; report: { narrative: string; version: number } };
  cut: { state: string; reopenedBy: string[]; saludSubmission: { status: string } };
};
const read = async (headers: Record<string, string> = {}) => {
  const { data, errors } = await graphql<Read>(graph().url, READ, undefined, headers);
  expect(errors).toBeUndefined();
  return {
    value: data!.ministry.facts.nodes.find((node) => node.id === 'SALUD-12-ASIGNACION|2026|54001|TOTAL|TOTAL|TOTAL'),
    action: data!.action,
    cut: data!.cut,
  };
};

const APPROVED_NARRATIVE = 'Febrero 2026: asignación de 2026 a Cúcuta.';
const CORRECTED_NARRATIVE = 'Febrero 2026: asignación de 2026 a Cúcuta, corregida.';

beforeAll(async () => {
  await openNextCut(graph().url);
  await write('recordValue', 'RecordValueInput', allocation(460_000_000, 0), await salud());
  await write(
    'submitReport',
    'SubmitReportInput',
    { action: 12, narrative: APPROVED_NARRATIVE, cut: NEXT_CUT.cut, expectedVersion: 0 },
    await salud(),
  );
  // Every ministry submits and the secretariat approves the whole cut, with the operation the README documents.
  for (const { name, ministry } of MINISTRY_SUBGRAPHS) {
    const reporter = { authorization: `Bearer ${await tokenFor('reporter', ministry.code, `reportero-${name}`)}` };
    const { errors } = await graphql(
      graph().url,
      `mutation { ${name} { submitCut(input: { cut: "${NEXT_CUT.cut}", expectedVersion: 1, idempotencyKey: "enviar" }) { status } } }`,
      undefined,
      reporter,
    );
    expect(errors, name).toBeUndefined();
  }
  const plan = await graphql(
    graph().url,
    `mutation { plan { submitCut(input: { cut: "${NEXT_CUT.cut}", expectedVersion: 1, idempotencyKey: "enviar" }) { id } } }`,
    undefined,
    await secretariat(),
  );
  expect(plan.errors).toBeUndefined();
  const versions = Object.fromEntries(MINISTRY_SUBGRAPHS.map(({ name }) => [`${name}Version`, 2]));
  const approved = await graphql(
    graph().url,
    readFileSync(cutOperationFile('aprobar-corte'), 'utf8'),
    { cut: NEXT_CUT.cut, planVersion: 2, ...versions, key: 'aprobar' },
    await secretariat(),
  );
  expect(approved.errors).toBeUndefined();
  await write(
    'reopenCut',
    'CutTransitionInput',
    { cut: NEXT_CUT.cut, reason: 'Corregir la asignación de Cúcuta', expectedVersion: 3 },
    await secretariat(),
  );
  await write('recordValue', 'RecordValueInput', allocation(470_000_000, 1), await salud());
  await write(
    'submitReport',
    'SubmitReportInput',
    { action: 12, narrative: CORRECTED_NARRATIVE, cut: NEXT_CUT.cut, expectedVersion: 1 },
    await salud(),
  );
});

describe('a reopened cut, until it is approved again', () => {
  it('reads as approved for an anonymous reader and for another ministry: value, narrative and history, by default and named', async () => {
    const approved = {
      value: {
        id: 'SALUD-12-ASIGNACION|2026|54001|TOTAL|TOTAL|TOTAL',
        value: 460_000_000,
        cut: NEXT_CUT.cut,
        history: [{ after: '460000000' }],
      },
      action: { readCut: NEXT_CUT.cut, report: { narrative: APPROVED_NARRATIVE, version: 1 } },
      cut: { state: 'REOPENED', reopenedBy: ['SALUD'], saludSubmission: { status: 'OPEN' } },
    };
    expect(await read()).toEqual(approved);
    expect(await read(await sena())).toEqual(approved);
  });

  it('reads as corrected for the ministry that corrects it and for the secretariat', async () => {
    const corrected = {
      value: {
        id: 'SALUD-12-ASIGNACION|2026|54001|TOTAL|TOTAL|TOTAL',
        value: 470_000_000,
        cut: NEXT_CUT.cut,
        history: [{ after: '460000000' }, { after: '470000000' }],
      },
      action: { readCut: NEXT_CUT.cut, report: { narrative: CORRECTED_NARRATIVE, version: 2 } },
      cut: { state: 'REOPENED', reopenedBy: ['SALUD'], saludSubmission: { status: 'OPEN' } },
    };
    expect(await read(await salud())).toEqual(corrected);
    expect(await read(await secretariat())).toEqual(corrected);
  });

  it('reads as corrected for everyone once approved again', async () => {
    await write('submitCut', 'CutTransitionInput', { cut: NEXT_CUT.cut, expectedVersion: 4 }, await salud());
    await write('approveCut', 'CutTransitionInput', { cut: NEXT_CUT.cut, expectedVersion: 5 }, await secretariat());
    const reread = await read();
    expect(reread.value?.value).toBe(470_000_000);
    expect(reread.action.report.narrative).toBe(CORRECTED_NARRATIVE);
    expect(reread.cut).toEqual({ state: 'APPROVED', reopenedBy: [], saludSubmission: { status: 'APPROVED' } });
    expect(await read(await sena())).toEqual(reread);
  });
});
