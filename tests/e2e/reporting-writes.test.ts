import { MAX_NARRATIVE_LENGTH } from '@cnim/kit';
import { beforeAll, describe, expect, it } from 'vitest';
import { openNextCut } from '../support/cuts.js';
import { graphql } from '../support/graphql.js';
import { tokenFor } from '../support/tokens.js';
import { useGraph } from '../support/use-graph.js';

const graph = useGraph();
beforeAll(() => openNextCut(graph().url));

const SUBMIT = `mutation ($input: SubmitReportInput!) {
  trabajo { submitReport(input: $input) { narrative version history { before after subject ministry } } }
}`;
const REPORT = (action: number, cut = '2026-02') =>
  `{ action(number: ${action}, cut: "${cut}") { report { narrative version } findings { rule } } }`;
const trabajo = async () => ({ authorization: `Bearer ${await tokenFor('reporter', 'TRABAJO', 'luis')}` });

describe('Trabajo submits qualitative reports through the gateway, in the open cut 2026-02', () => {
  it('writes action 14’s first narrative of the cut, with version and audit', async () => {
    const { data, errors } = await graphql(
      graph().url,
      SUBMIT,
      { input: { action: 14, narrative: 'Se seleccionó el operador del programa.', expectedVersion: 0, idempotencyKey: 'informe-14-a' } },
      await trabajo(),
    );
    expect(errors).toBeUndefined();
    expect(data).toEqual({
      trabajo: {
        submitReport: {
          narrative: 'Se seleccionó el operador del programa.',
          version: 1,
          history: [{ before: null, after: 'Se seleccionó el operador del programa.', subject: 'luis', ministry: 'TRABAJO' }],
        },
      },
    });
  });

  it('reports action 6’s own text in the new cut, and cut 2025-11 keeps the report’s copied narrative and its finding', async () => {
    await graphql(
      graph().url,
      SUBMIT,
      {
        input: {
          action: 6,
          narrative: 'Caracterización del mercado laboral migrante: estructura acordada.',
          expectedVersion: 0,
          idempotencyKey: 'informe-6',
        },
      },
      await trabajo(),
    );
    const after = await graphql<{ action: { report: { version: number }; findings: unknown[] } }>(graph().url, REPORT(6));
    expect(after.data!.action).toEqual({
      report: { narrative: 'Caracterización del mercado laboral migrante: estructura acordada.', version: 1 },
      findings: [],
    });
    const report = await graphql<{ action: { report: { narrative: string; version: number }; findings: Array<{ rule: string }> } }>(
      graph().url,
      REPORT(6, '2025-11'),
    );
    expect(report.data!.action.report.version).toBe(1);
    expect(report.data!.action.report.narrative).toMatch(
      /^Para el reporte del tercer trimestre del 2025, se desarrollaron 7 mesas técnicas/,
    );
    expect(report.data!.action.findings).toEqual([{ rule: 'DUPLICATED_NARRATIVE' }]);
  });

  it('refuses, writing nothing: a stale version, an over-long text, an empty text, another ministry’s action', async () => {
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ action: 14, narrative: 'Otra versión.', expectedVersion: 0 }, 'STALE_VERSION', 'input.expectedVersion'],
      [{ action: 14, narrative: 'x'.repeat(MAX_NARRATIVE_LENGTH + 1), expectedVersion: 1 }, 'BAD_USER_INPUT', 'input.narrative'],
      [{ action: 14, narrative: '   ', expectedVersion: 1 }, 'BAD_USER_INPUT', 'input.narrative'],
      [{ action: 12, narrative: 'Texto de otro ministerio.', expectedVersion: 0 }, 'NOT_FOUND', 'input.action'],
      [{ action: 14, narrative: 'Corrección del informe.', expectedVersion: 1, cut: '2025-11' }, 'CUT_LOCKED', 'input.cut'],
    ];
    for (const [input, code, field] of cases) {
      const { errors } = await graphql(
        graph().url,
        SUBMIT,
        { input: { ...input, idempotencyKey: `rechazo-${code}-${field}-${String(input.action)}` } },
        await trabajo(),
      );
      expect(errors?.[0]?.extensions, JSON.stringify(input).slice(0, 80)).toMatchObject({ code, field });
    }
    const { data } = await graphql(graph().url, REPORT(14));
    expect(data).toEqual({
      action: { report: { narrative: 'Se seleccionó el operador del programa.', version: 1 }, findings: [{ rule: 'NONEXISTENT_DATE' }] },
    });
  });
});
