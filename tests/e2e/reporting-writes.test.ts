import { MAX_NARRATIVE_LENGTH } from '@cnim/kit';
import { describe, expect, it } from 'vitest';
import { graphql } from '../support/graphql.js';
import { tokenFor } from '../support/tokens.js';
import { useGraph } from '../support/use-graph.js';

const graph = useGraph();

const SUBMIT = `mutation ($input: SubmitReportInput!) {
  trabajo { submitReport(input: $input) { narrative version history { before after subject ministry } } }
}`;
const REPORT = (action: number) => `{ action(number: ${action}) { report { narrative version } findings { rule } } }`;
const trabajo = async () => ({ authorization: `Bearer ${await tokenFor('reporter', 'TRABAJO', 'luis')}` });

describe('Trabajo submits qualitative reports through the gateway', () => {
  it('writes action 14’s first narrative, with version and audit', async () => {
    const { data, errors } = await graphql(
      graph().url,
      SUBMIT,
      { input: { action: 14, narrative: 'Se seleccionó el operador del programa.', expectedVersion: 1, idempotencyKey: 'informe-14-a' } },
      await trabajo(),
    );
    expect(errors).toBeUndefined();
    expect(data).toEqual({
      trabajo: {
        submitReport: {
          narrative: 'Se seleccionó el operador del programa.',
          version: 2,
          history: [{ before: null, after: 'Se seleccionó el operador del programa.', subject: 'luis', ministry: 'TRABAJO' }],
        },
      },
    });
  });

  it('clears the duplicated-narrative finding once action 6 reports its own text', async () => {
    const before = await graphql<{ action: { report: { version: number }; findings: Array<{ rule: string }> } }>(graph().url, REPORT(6));
    expect(before.data!.action.findings).toEqual([{ rule: 'DUPLICATED_NARRATIVE' }]);
    await graphql(
      graph().url,
      SUBMIT,
      { input: { action: 6, narrative: 'Caracterización del mercado laboral migrante: estructura acordada.', expectedVersion: 1, idempotencyKey: 'informe-6' } },
      await trabajo(),
    );
    const after = await graphql<{ action: { report: { version: number }; findings: unknown[] } }>(graph().url, REPORT(6));
    expect(after.data!.action).toEqual({
      report: { narrative: 'Caracterización del mercado laboral migrante: estructura acordada.', version: 2 },
      findings: [],
    });
  });

  it('refuses, writing nothing: a stale version, an over-long text, an empty text, another ministry’s action', async () => {
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ action: 14, narrative: 'Otra versión.', expectedVersion: 1 }, 'STALE_VERSION', 'input.expectedVersion'],
      [{ action: 14, narrative: 'x'.repeat(MAX_NARRATIVE_LENGTH + 1), expectedVersion: 2 }, 'BAD_USER_INPUT', 'input.narrative'],
      [{ action: 14, narrative: '   ', expectedVersion: 2 }, 'BAD_USER_INPUT', 'input.narrative'],
      [{ action: 12, narrative: 'Texto de otro ministerio.', expectedVersion: 1 }, 'NOT_FOUND', 'input.action'],
    ];
    for (const [input, code, field] of cases) {
      const { errors } = await graphql(graph().url, SUBMIT, { input: { ...input, idempotencyKey: `rechazo-${code}-${field}-${String(input.action)}` } }, await trabajo());
      expect(errors?.[0]?.extensions, JSON.stringify(input).slice(0, 80)).toMatchObject({ code, field });
    }
    const { data } = await graphql(graph().url, REPORT(14));
    expect(data).toEqual({ action: { report: { narrative: 'Se seleccionó el operador del programa.', version: 2 }, findings: [{ rule: 'NONEXISTENT_DATE' }] } });
  });
});
