import { GATEWAY_LIMITS, MAX_VALUE_BY_UNIT, SUBGRAPH_LIMITS } from '@cnim/kit';
import { beforeAll, describe, expect, it } from 'vitest';
import { openNextCut } from '../support/cuts.js';
import { graphql } from '../support/graphql.js';
import { tokenFor } from '../support/tokens.js';
import { useGraph } from '../support/use-graph.js';

const graph = useGraph();
beforeAll(() => openNextCut(graph().url));

const RECORD = (ministry: string) =>
  `mutation ($input: RecordValueInput!) { ${ministry} { recordValue(input: $input) { id value version } } }`;
const SUBMIT = `mutation ($input: SubmitReportInput!) { trabajo { submitReport(input: $input) { narrative version } } }`;
const REOPEN = `mutation ($input: PeriodTransitionInput!) { sena { reopenPeriod(input: $input) { status version } } }`;
const bearer = async (...args: Parameters<typeof tokenFor>) => ({ authorization: `Bearer ${await tokenFor(...args)}` });
let key = 0;
const nextKey = () => `limite-${(key += 1)}`;

const record = async (ministry: 'SENA' | 'SALUD' | 'IGUALDAD', input: Record<string, unknown>) =>
  graphql(
    graph().url,
    RECORD(ministry.toLowerCase()),
    { input: { idempotencyKey: nextKey(), expectedVersion: 0, ...input } },
    await bearer('reporter', ministry),
  );
const refusal = (answer: { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> }) => ({
  data: answer.data,
  code: answer.errors?.[0]?.extensions?.code,
  field: answer.errors?.[0]?.extensions?.field,
  message: answer.errors?.[0]?.message,
});
const factCount = async (ministry: string, indicator: string) =>
  (
    await graphql<{ ministry: { facts: { totalCount: number } } }>(
      graph().url,
      `{ ministry(code: ${ministry}) { facts(filter: { indicator: ["${indicator}"] }) { totalCount } } }`,
    )
  ).data!.ministry.facts.totalCount;
const narrativeOf14 = async () =>
  (
    await graphql<{ action: { report: { narrative: string | null; version: number } } }>(
      graph().url,
      '{ action(number: 14, cut: "2026-02") { report { narrative version } } }',
    )
  ).data!.action.report;

describe('upper bounds on a recorded value, per unit', () => {
  it('publishes the bounds documented in docs/reporting-workflow.md', () => {
    expect(MAX_VALUE_BY_UNIT).toEqual({ PEOPLE: 60_000_000, COUNT: 1_000_000, COP: 10_000_000_000_000 });
  });

  it.each([
    ['SENA', 'SENA-9-CENTROS', {}, 1e300, 'COUNT (1.000.000); se recibió 1e+300'],
    ['SENA', 'SENA-9-CENTROS', {}, 1_000_001, 'COUNT (1.000.000); se recibió 1000001'],
    ['SENA', 'SENA-9-CERTIFICADOS', {}, 60_000_001, 'PEOPLE (60.000.000); se recibió 60000001'],
    ['SALUD', 'SALUD-12-GIRO', { territory: '05001' }, 10_000_000_000_001, 'COP (10.000.000.000.000); se recibió 10000000000001'],
  ] as const)('refuses on %s’s %s the value above the bound, and writes nothing', async (ministry, indicator, where, value, detail) => {
    const before = await factCount(ministry, indicator);
    expect(refusal(await record(ministry, { indicator, period: '2026', ...where, value }))).toEqual({
      data: null,
      code: 'BAD_USER_INPUT',
      field: 'input.value',
      message: `El valor supera el máximo admitido para la unidad ${detail}. No se guardó nada.`,
    });
    expect(await factCount(ministry, indicator)).toBe(before);
  });

  it('still records a value at the bound', async () => {
    const { data, errors } = await record('SENA', { indicator: 'SENA-9-CENTROS', period: '2026', value: 1_000_000 });
    expect(errors).toBeUndefined();
    expect(data).toEqual({ sena: { recordValue: { id: 'SENA-9-CENTROS|2026|CO|TOTAL|TOTAL|TOTAL', value: 1_000_000, version: 1 } } });
  });
});

describe('the site of a recorded value', () => {
  const attend = (site: string) =>
    record('IGUALDAD', { indicator: 'IGUALDAD-1-ATENCIONES', period: '2026', territory: '11001', site, value: 5 });

  it.each([
    ['a 900.000-character site', 'a'.repeat(900_000), 'La sede tiene como máximo 100 caracteres; se recibieron 900000. No se guardó nada.'],
    ['a 101-character site', 'a'.repeat(101), 'La sede tiene como máximo 100 caracteres; se recibieron 101. No se guardó nada.'],
    [
      'a site with a control character',
      'bogota-cad\u0007-suba',
      'La sede contiene un carácter de control (U+0007) en la posición 11; no se admiten caracteres de control. No se guardó nada.',
    ],
    [
      'a site that is not an id',
      'CAD Suba (Bogotá)',
      'La sede es TOTAL o un identificador sin tildes, con palabras unidas por guiones (por ejemplo "bogota-cad-suba"), de máximo 100 caracteres; se recibió "CAD Suba (Bogotá)". No se guardó nada.',
    ],
  ])('refuses %s, and writes nothing', async (_, site, message) => {
    const before = await factCount('IGUALDAD', 'IGUALDAD-1-ATENCIONES');
    expect(refusal(await attend(site))).toEqual({ data: null, code: 'BAD_USER_INPUT', field: 'input.site', message });
    expect(await factCount('IGUALDAD', 'IGUALDAD-1-ATENCIONES')).toBe(before);
  });

  it('records a value for a site written as an id of at most 100 characters', async () => {
    const site = `bogota-${'a'.repeat(93)}`;
    const { data, errors } = await attend(site);
    expect(errors).toBeUndefined();
    expect(data).toEqual({
      igualdad: { recordValue: { id: `IGUALDAD-1-ATENCIONES|2026|11001|${site}|TOTAL|TOTAL`, value: 5, version: 1 } },
    });
  });
});

describe('control characters in the free text of a write', () => {
  const submit = async (narrative: string, idempotencyKey = nextKey()) =>
    graphql(
      graph().url,
      SUBMIT,
      { input: { action: 14, narrative, expectedVersion: 0, idempotencyKey } },
      await bearer('reporter', 'TRABAJO'),
    );
  const MULTILINE = ', salvo tabulaciones y saltos de línea';

  it.each([
    ['a NUL', 'Texto\u0000oculto', 'U+0000', 6],
    ['a bell', 'Avance\u0007', 'U+0007', 7],
    ['an escape sequence', 'Avance \u001b[31mrojo', 'U+001B', 8],
    ['a C1 control', 'Avance\u0085', 'U+0085', 7],
  ])('refuses a narrative with %s, and writes nothing', async (_, narrative, codePoint, position) => {
    expect(refusal(await submit(narrative))).toEqual({
      data: null,
      code: 'BAD_USER_INPUT',
      field: 'input.narrative',
      message: `La narrativa contiene un carácter de control (${codePoint}) en la posición ${position}; no se admiten caracteres de control${MULTILINE}. No se guardó nada.`,
    });
    expect(await narrativeOf14()).toEqual({ narrative: null, version: 0 });
  });

  it('refuses an idempotency key with a control character, and writes nothing', async () => {
    expect(refusal(await submit('Texto válido.', 'clave\u0000'))).toEqual({
      data: null,
      code: 'BAD_USER_INPUT',
      field: 'input.idempotencyKey',
      message:
        'La clave de idempotencia contiene un carácter de control (U+0000) en la posición 6; no se admiten caracteres de control. No se guardó nada.',
    });
    expect(await narrativeOf14()).toEqual({ narrative: null, version: 0 });
  });

  it('refuses a reopening reason with a control character', async () => {
    const answer = await graphql(
      graph().url,
      REOPEN,
      { input: { period: '2025Q4', reason: 'Corrección\u0008', expectedVersion: 0, idempotencyKey: nextKey() } },
      await bearer('secretariat', null),
    );
    expect(refusal(answer)).toEqual({
      data: null,
      code: 'BAD_USER_INPUT',
      field: 'input.reason',
      message: `El motivo contiene un carácter de control (U+0008) en la posición 11; no se admiten caracteres de control${MULTILINE}. No se guardó nada.`,
    });
  });

  it('keeps tabs and line breaks in a narrative: a valid write still works', async () => {
    const narrative = 'Avances del trimestre:\n\t- operador seleccionado\r\n\t- convocatoria abierta';
    const { data, errors } = await submit(narrative);
    expect(errors).toBeUndefined();
    expect(data).toEqual({ trabajo: { submitReport: { narrative, version: 1 } } });
    expect(await narrativeOf14()).toEqual({ narrative, version: 1 });
  });
});

describe('deeply nested variables', () => {
  const nested = (levels: number) => {
    let value: unknown = 'fondo';
    for (let level = 0; level < levels; level += 1) value = { a: value };
    return value;
  };
  const deep = (levels: number) => ({ query: '{ plan { overallProgressPercent } }', variables: { unused: nested(levels) } });
  const DEEP_REFUSAL = {
    errors: [
      {
        message: `Las variables de la petición anidan más de ${GATEWAY_LIMITS.maxInputDepth} niveles de objetos o listas; ninguna entrada del esquema necesita tantos. No se ejecutó nada.`,
        extensions: { code: 'BAD_USER_INPUT', field: 'variables', limit: 'inputDepth', maximum: GATEWAY_LIMITS.maxInputDepth },
      },
    ],
  };
  const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

  it.each([
    ['anonymous', {}],
    ['with a token', { authorization: 'token' }],
  ])('refuses an unused variable 4.000 levels deep with 400 and a code, %s, and still serves', async (_, extra) => {
    const headers = 'authorization' in extra ? await bearer('reader', null, 'analista') : {};
    const response = await post(graph().url, deep(4_000), headers);
    expect([response.status, await response.json()]).toEqual([400, DEEP_REFUSAL]);
    // A GET's URL holds less (16 KB): just past the limit there.
    const variables = encodeURIComponent(JSON.stringify({ unused: nested(GATEWAY_LIMITS.maxInputDepth + 1) }));
    const get = await fetch(`${graph().url}?query=${encodeURIComponent('{ plan { overallProgressPercent } }')}&variables=${variables}`, {
      headers,
    });
    expect([get.status, await get.json()]).toEqual([400, DEEP_REFUSAL]);
    expect((await graphql(graph().url, '{ plan { overallProgressPercent } }')).data).toEqual({ plan: { overallProgressPercent: 48 } });
  });

  it('accepts variables exactly at the limit, and a subgraph reached directly refuses deeper ones as the gateway does', async () => {
    const atLimit = await post(graph().url, deep(GATEWAY_LIMITS.maxInputDepth - 1));
    expect([atLimit.status, await atLimit.json()]).toEqual([200, { data: { plan: { overallProgressPercent: 48 } } }]);
    const direct = await post(graph().subgraphUrl('salud'), deep(4_000));
    expect(direct.status).toBe(400);
    expect(((await direct.json()) as { errors: Array<{ extensions: Record<string, unknown> }> }).errors[0]!.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'variables',
      limit: 'inputDepth',
      maximum: SUBGRAPH_LIMITS.maxInputDepth,
    });
  });
});
