import { plan } from '@cnim/plan';
import { describe, expect, it } from 'vitest';
import { useFreshSubgraph } from '../support/subgraph.js';

const query = useFreshSubgraph(plan);

const entities = async (representations: string, selection: string) =>
  (await query(`{ _entities(representations: [${representations}]) { ${selection} } }`)).data?._entities;

describe('plan subgraph: the plan as a whole', () => {
  it('publishes the Action interface with the index fields and findings only, and every ministry’s action type', async () => {
    const { data } = await query('{ _service { sdl } }');
    const sdl = (data!._service as { sdl: string }).sdl;
    expect(sdl).toMatch(
      /interface Action \{[^}]*readCut: ID![^}]*number: Int![^}]*ministry: Ministry![^}]*ownerInReport: Boolean![^}]*findings: \[Finding!\]\s*\}/,
    );
    for (const type of ['IgualdadAction', 'SaludAction', 'SenaAction', 'EducacionAction', 'TrabajoAction']) {
      expect(sdl).toMatch(new RegExp(`type ${type} implements Action\\s+@key\\(fields: "number readCut"\\)`));
    }
  });

  it('gives the plan’s objective, four full axes and the reported 48 % progress', async () => {
    const { data } = await query('{ plan { name reportTitle reportCut overallProgressPercent objective strategicAxes { number text } } }');
    const plan = data?.plan as {
      name: string;
      reportTitle: string;
      reportCut: string;
      overallProgressPercent: number;
      objective: string;
      strategicAxes: Array<{ number: number; text: string }>;
    };
    expect(plan.name).toBe('PLAN DE ACCIÓN\nSUBCOMISIÓN DE ATENCIÓN E INTEGRACIÓN\nCOMISIÓN NACIONAL INTERSECTORIAL DE MIGRACIONES (CNIM)');
    expect(plan.reportTitle).toBe('Informe de avance 2025 – Corte: Noviembre 2025');
    expect(plan.reportCut).toBe('Noviembre 2025');
    expect(plan.overallProgressPercent).toBe(48);
    expect(plan.objective).toMatch(
      /^Fortalecer la integración socioeconómica .* a través la coordinación interinstitucional .* desarrollo productivo del país\.$/,
    );
    expect(plan.strategicAxes.map((axis) => axis.number)).toEqual([1, 2, 3, 4]);
    expect(plan.strategicAxes[0]?.text).toBe(
      'Fortalecer la gestión y gobernanza migratoria para la atención e integración socioeconómica de la población migrante a nivel territorial, que conduzca al cierre de brechas y al fomento del acceso efectivo a derechos y las condiciones dignas.',
    );
    expect(plan.strategicAxes[1]?.text).toBe(
      'Coordinar una respuesta integral de atención humanitaria digna y segura para la estabilización de la población migrante, que incorpore el enfoque diferencial, interseccional y territorial, para los flujos migratorios.',
    );
    expect(plan.strategicAxes[3]?.text).toMatch(
      /mediante estrategias inclusivas que fortalezcan el tejido social, respeten la diversidad cultural y étnica/,
    );
  });

  it('lists the 15 actions in order with their owners; 6 and 14 are owned by assignment, not by the report', async () => {
    const { data } = await query('{ plan { actions { __typename number ministry ownerInReport } } }');
    const actions = (data!.plan as { actions: Array<{ __typename: string; number: number; ministry: string; ownerInReport: boolean }> })
      .actions;
    expect(actions.map((action) => `${action.number}:${action.ministry}:${action.__typename}`)).toEqual([
      '1:IGUALDAD:IgualdadAction',
      '2:IGUALDAD:IgualdadAction',
      '3:IGUALDAD:IgualdadAction',
      '4:IGUALDAD:IgualdadAction',
      '5:IGUALDAD:IgualdadAction',
      '6:TRABAJO:TrabajoAction',
      '7:TRABAJO:TrabajoAction',
      '8:SENA:SenaAction',
      '9:SENA:SenaAction',
      '10:IGUALDAD:IgualdadAction',
      '11:EDUCACION:EducacionAction',
      '12:SALUD:SaludAction',
      '13:SALUD:SaludAction',
      '14:TRABAJO:TrabajoAction',
      '15:TRABAJO:TrabajoAction',
    ]);
    expect(actions.filter((action) => !action.ownerInReport).map((action) => action.number)).toEqual([6, 14]);
  });

  it('refuses an action number outside 1..15 with BAD_USER_INPUT on `number`', async () => {
    const { data, errors } = await query('{ action(number: 0) { number } }');
    expect(data?.action).toBeNull();
    expect(errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'number' });
    expect(errors?.[0]?.message).toBe('El plan tiene 15 acciones, numeradas de 1 a 15; no existe la acción 0.');
  });

  it('lists the participating ministries in the registry’s order', async () => {
    const { data } = await query('{ ministries { ministry } }');
    expect(data?.ministries).toEqual(['IGUALDAD', 'SALUD', 'SENA', 'EDUCACION', 'TRABAJO'].map((ministry) => ({ ministry })));
  });

  it('finds a narrative copied word for word from an earlier action, from the narratives the owners send', async () => {
    const narratives =
      '{ igualdadNarratives: [{ actionNumber: 5, narrative: "Se realizaron  mesas." }], trabajoNarratives: [{ actionNumber: 6, narrative: "Se realizaron mesas." }, { actionNumber: 7, narrative: "Otra." }] }';
    const own = 'ownFindings: [{ rule: "NONEXISTENT_DATE", actionNumber: 6, message: "m", values: [] }]';
    expect(
      await entities(
        `{ __typename: "TrabajoAction", number: 6, ${own}, narratives: ${narratives} }, { __typename: "IgualdadAction", number: 5, ownFindings: [], narratives: ${narratives} }, { __typename: "TrabajoAction", number: 7, ownFindings: [], narratives: ${narratives} }`,
        '... on Action { number findings { rule actionNumber message values { name value } } }',
      ),
    ).toEqual([
      {
        number: 6,
        findings: [
          { rule: 'NONEXISTENT_DATE', actionNumber: 6, message: 'm', values: [] },
          {
            rule: 'DUPLICATED_NARRATIVE',
            actionNumber: 6,
            message: 'La narrativa de la acción 6 es, palabra por palabra, la de la acción 5.',
            values: [
              { name: 'accion', value: '6' },
              { name: 'copiaDeLaAccion', value: '5' },
            ],
          },
        ],
      },
      { number: 5, findings: [] },
      { number: 7, findings: [] },
    ]);
  });

  it('resolves each ministry’s action stub only for that ministry’s numbers', async () => {
    expect(
      await entities(
        '{ __typename: "SaludAction", number: 12 }, { __typename: "SaludAction", number: 8 }, { __typename: "SenaAction", number: 9 }, { __typename: "EducacionAction", number: 11 }, { __typename: "TrabajoAction", number: 14 }, { __typename: "IgualdadAction", number: 10 }, { __typename: "IgualdadAction", number: 12 }',
        '... on Action { number ministry ownerInReport }',
      ),
    ).toEqual([
      { number: 12, ministry: 'SALUD', ownerInReport: true },
      null,
      { number: 9, ministry: 'SENA', ownerInReport: true },
      { number: 11, ministry: 'EDUCACION', ownerInReport: true },
      { number: 14, ministry: 'TRABAJO', ownerInReport: false },
      { number: 10, ministry: 'IGUALDAD', ownerInReport: true },
      null,
    ]);
  });
});

describe('plan subgraph: the root territory queries', () => {
  it('lists the 33 departments in DIVIPOLA order and finds a municipality by its code', async () => {
    const { data } = await query('{ departments { code } municipality(code: "44001") { name department { name } } }');
    const departments = data?.departments as Array<{ code: string }>;
    expect(departments).toHaveLength(33);
    expect(departments[0]).toEqual({ code: '05' });
    expect(data?.municipality).toEqual({ name: 'Riohacha', department: { name: 'La Guajira' } });
  });

  it('refuses a department code that is not two digits', async () => {
    const { errors } = await query('{ department(code: "441") { name } }');
    expect(errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'code' });
    expect(errors?.[0]?.message).toBe(
      'El código DIVIPOLA de un departamento tiene 2 dígitos, como texto (por ejemplo "54" para Norte de Santander); se recibió "441".',
    );
  });

  it('refuses a malformed municipality code with a Spanish BAD_USER_INPUT error', async () => {
    const { data, errors } = await query('{ municipality(code: "5490") { name } }');
    expect(data?.municipality).toBeNull();
    expect(errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'code' });
    expect(errors?.[0]?.message).toContain('5 dígitos');
  });

  it('says a well-formed but unknown department code is not in the catalogue', async () => {
    const { errors } = await query('{ department(code: "02") { name } }');
    expect(errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND', field: 'code' });
    expect(errors?.[0]?.message).toBe('No hay un departamento con código DIVIPOLA "02" en el catálogo.');
  });
});

describe('plan subgraph: report cuts', () => {
  it('has the November 2025 report as cut 2025-11, approved, with the 48 % it reports', async () => {
    const { data } = await query(
      '{ cuts { id label reportTitle state overallProgressPercent } cut(id: "2025-11") { id } missing: cut(id: "2026-05") { id } }',
    );
    expect(data).toEqual({
      cuts: [
        {
          id: '2025-11',
          label: 'Noviembre 2025',
          reportTitle: 'Informe de avance 2025 – Corte: Noviembre 2025',
          state: 'APPROVED',
          overallProgressPercent: 48,
        },
      ],
      cut: { id: '2025-11' },
      missing: null,
    });
  });

  it('reads the plan at the latest approved cut by default, and at a cut asked for, with the same answer today', async () => {
    const selection = '{ reportTitle reportCut overallProgressPercent cut { id state } }';
    const byDefault = await query(`{ plan ${selection} }`);
    const asked = await query(`{ plan(cut: "2025-11") ${selection} }`);
    expect(byDefault.data).toEqual({
      plan: {
        reportTitle: 'Informe de avance 2025 – Corte: Noviembre 2025',
        reportCut: 'Noviembre 2025',
        overallProgressPercent: 48,
        cut: { id: '2025-11', state: 'APPROVED' },
      },
    });
    expect(asked.data).toEqual(byDefault.data);
  });

  it('refuses a cut the plan does not have, naming the argument and the cuts there are', async () => {
    const { data, errors } = await query('{ plan(cut: "2026-05") { overallProgressPercent } }');
    expect(data).toBeNull();
    expect(errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'cut' });
    expect(errors?.[0]?.message).toBe('No existe el corte "2026-05"; los cortes son "2025-11" (Noviembre 2025).');
  });
});
