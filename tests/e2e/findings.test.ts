import { describe, expect, it } from 'vitest';
import { graphql } from '../support/graphql.js';
import { useGraph } from '../support/use-graph.js';

const graph = useGraph();

type Finding = { rule: string; actionNumber: number; message: string; values: Array<{ name: string; value: string }> };

describe('data-quality findings across the graph', () => {
  it('lists exactly the report’s four known violations, with ministry, action, rule and values', async () => {
    const { data, errors } = await graphql<{ plan: { actions: Array<{ number: number; ministry: string; findings: Finding[] }> } }>(
      graph().url,
      '{ plan { actions { number ministry findings { rule actionNumber message values { name value } } } } }',
    );
    expect(errors).toBeUndefined();
    const findings = data!.plan.actions.flatMap((action) => action.findings.map((finding) => ({ ministry: action.ministry, ...finding })));
    expect(findings).toEqual([
      {
        ministry: 'IGUALDAD',
        rule: 'STATED_TOTAL_MISMATCH',
        actionNumber: 4,
        message: 'La acción 4 declara "cinco" (escenarios o mesas migratorias), pero lo que relaciona suma 4.',
        values: [
          { name: 'declarado', value: '5' },
          { name: 'declaradoComoSeEscribe', value: 'cinco' },
          { name: 'relacionado', value: '4' },
        ],
      },
      {
        ministry: 'TRABAJO',
        rule: 'DUPLICATED_NARRATIVE',
        actionNumber: 6,
        message: 'La narrativa de la acción 6 es, palabra por palabra, la de la acción 5.',
        values: [
          { name: 'accion', value: '6' },
          { name: 'copiaDeLaAccion', value: '5' },
        ],
      },
      {
        ministry: 'SALUD',
        rule: 'STATED_TOTAL_MISMATCH',
        actionNumber: 12,
        message: 'La acción 12 declara "2.000 mil millones de pesos" (total asignado), pero lo que relaciona suma 1998207910.',
        values: [
          { name: 'declarado', value: '2000000000000' },
          { name: 'declaradoComoSeEscribe', value: '2.000 mil millones de pesos' },
          { name: 'relacionado', value: '1998207910' },
        ],
      },
      {
        ministry: 'TRABAJO',
        rule: 'NONEXISTENT_DATE',
        actionNumber: 14,
        message: 'La tarea 1 de la acción 14 tiene como plazo "31 de noviembre", un día que no existe.',
        values: [
          { name: 'tarea', value: '1' },
          { name: 'plazoComoSeEscribe', value: '31 de noviembre' },
        ],
      },
    ]);
  });
});
