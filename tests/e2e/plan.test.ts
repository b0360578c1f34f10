import { describe, expect, it } from 'vitest';
import { graphql } from '../support/graphql.js';
import { useGraph } from '../support/use-graph.js';

const graph = useGraph();

const query = async <Data>(text: string) => {
  const { data, errors } = await graphql<Data>(graph().url, text);
  expect(errors).toBeUndefined();
  return data!;
};

describe('the whole plan through the gateway', () => {
  it('gives every action its title, tasks and report from the owning ministry’s subgraph', async () => {
    const { plan } = await query<{
      plan: {
        overallProgressPercent: number;
        actions: Array<{ number: number; ministry: string; title: string; tasks: unknown[]; report: { cut: string } }>;
      };
    }>('{ plan { overallProgressPercent actions { number ministry title tasks { number } report { cut } } } }');
    expect(plan.overallProgressPercent).toBe(48);
    expect(plan.actions.map((action) => [action.number, action.ministry, action.tasks.length])).toEqual([
      [1, 'IGUALDAD', 4],
      [2, 'IGUALDAD', 4],
      [3, 'IGUALDAD', 4],
      [4, 'IGUALDAD', 4],
      [5, 'IGUALDAD', 4],
      [6, 'TRABAJO', 4],
      [7, 'TRABAJO', 1],
      [8, 'SENA', 3],
      [9, 'SENA', 2],
      [10, 'IGUALDAD', 4],
      [11, 'EDUCACION', 3],
      [12, 'SALUD', 6],
      [13, 'SALUD', 6],
      [14, 'TRABAJO', 4],
      [15, 'TRABAJO', 4],
    ]);
    expect(plan.actions.every((action) => action.report.cut === 'Noviembre 2025')).toBe(true);
    expect(plan.actions[8]?.title).toBe('Desarrollar certificación de competencias laborales, dirigidas a migrantes en Colombia.');
    expect(plan.actions[10]?.title).toMatch(/^Acompañar la implementación de la Circular 038 del 2023/);
    expect(plan.actions[13]?.title).toMatch(/^Incrementar los ingresos de unidades productivas de población migrante venezolana/);
  });

  it('adds up the Intégrate centres’ attendance to the reported 113.142 people', async () => {
    const { action } = await query<{
      action: { integrateCentres: { statedPeopleAttended: number; centres: Array<{ peopleAttended: number | null }> } };
    }>('{ action(number: 1) { ... on IgualdadAction { integrateCentres { statedPeopleAttended centres { peopleAttended } } } } }');
    const centres = action.integrateCentres.centres;
    expect(centres).toHaveLength(19);
    expect(centres.reduce((sum, centre) => sum + (centre.peopleAttended ?? 0), 0)).toBe(113142);
    expect(action.integrateCentres.statedPeopleAttended).toBe(113142);
  });

  it('shows Salud’s 11 transfers and 2 desisted allocations, with COP totals beyond 2^31', async () => {
    const { action } = await query<{
      action: {
        psychosocialFunding: unknown;
        transferred: Array<{ amount: number }>;
        desisted: Array<{ municipality: { name: string }; amount: number }>;
      };
    }>(`{ action(number: 12) { ... on SaludAction {
      psychosocialFunding { statedTotalAsWritten allocatedTotal transferredTotal statedTransferCount desistedCount }
      transferred: psychosocialAllocations(status: TRANSFERRED) { amount }
      desisted: psychosocialAllocations(status: DESISTED) { municipality { name } amount }
    } } }`);
    expect(action.psychosocialFunding).toEqual({
      statedTotalAsWritten: '2.000 mil millones de pesos',
      allocatedTotal: 1998207910,
      transferredTotal: 1588422540,
      statedTransferCount: 11,
      desistedCount: 2,
    });
    expect(action.transferred).toHaveLength(11);
    expect(action.transferred.reduce((sum, row) => sum + row.amount, 0)).toBe(1588422540);
    expect(action.desisted).toEqual([
      { municipality: { name: 'Riohacha' }, amount: 225798080 },
      { municipality: { name: 'Maicao' }, amount: 183987290 },
    ]);
  });

  it('shows SENA’s orientation and certification figures with their periods', async () => {
    const data = await query(`{
      eight: action(number: 8) { ... on SenaAction { occupationalGuidance { migrantsOriented women venezuelanWomen period { id } } } }
      nine: action(number: 9) { ... on SenaAction { skillsCertification { migrantsCertified trainingCentres period { id } } } }
    }`);
    expect(data).toEqual({
      eight: { occupationalGuidance: { migrantsOriented: 13400, women: 7876, venezuelanWomen: 7571, period: { id: '2025' } } },
      nine: { skillsCertification: { migrantsCertified: 1736, trainingCentres: 118, period: { id: '2025Q3' } } },
    });
  });

  it('shows Educación’s 7 secretariats, Trabajo’s 404 RNFL participants and action 14’s invalid deadline', async () => {
    const data = await query(`{
      eleven: action(number: 11) { ... on EducacionAction { circular038 { statedSecretariatCount accompaniments { secretariatName } } } }
      seven: action(number: 7) { ... on TrabajoAction { laborFormalization { borderDepartmentTotal migrantParticipantsByQuarter { migrantParticipants } } } }
      fourteen: action(number: 14) { ownerInReport tasks { deadline { asWritten date validity } } }
    }`);
    expect(data).toEqual({
      eleven: {
        circular038: {
          statedSecretariatCount: 7,
          accompaniments: ['Apartadó', 'La Guajira', 'Ipiales', 'Mosquera', 'Maicao', 'Riohacha', 'Uribia'].map((secretariatName) => ({
            secretariatName,
          })),
        },
      },
      seven: {
        laborFormalization: {
          borderDepartmentTotal: 404,
          migrantParticipantsByQuarter: [{ migrantParticipants: 22 }, { migrantParticipants: 42 }, { migrantParticipants: 80 }],
        },
      },
      fourteen: {
        ownerInReport: false,
        tasks: [
          { deadline: { asWritten: '31 de noviembre', date: null, validity: 'NONEXISTENT_DAY' } },
          { deadline: { asWritten: '28 de febrero de 2026', date: '2026-02-28', validity: 'VALID' } },
          { deadline: { asWritten: '31 de octubre de 2026', date: '2026-10-31', validity: 'VALID' } },
          { deadline: { asWritten: '31 de diciembre de 2026', date: '2026-12-31', validity: 'VALID' } },
        ],
      },
    });
  });
});
