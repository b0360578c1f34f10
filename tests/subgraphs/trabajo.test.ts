import { trabajo } from '@cnim/trabajo';
import { describe, expect, it } from 'vitest';
import { useFreshSubgraph } from '../support/subgraph.js';

const query = useFreshSubgraph(trabajo);

describe('trabajo subgraph', () => {
  it('publishes TrabajoAction, Department and Municipality as entities', async () => {
    const { data } = await query('{ _service { sdl } }');
    const sdl = (data!._service as { sdl: string }).sdl;
    expect(sdl).toMatch(/type TrabajoAction implements Action\s+@key\(fields: "number readCut"\)/);
    expect(sdl).toMatch(/type Department\s+@key\(fields: "code"\)/);
    expect(sdl).toMatch(/type Municipality\s+@key\(fields: "code"\)/);
  });

  it('resolves its four actions, and nothing for another ministry’s action', async () => {
    const { data } = await query(`{
      _entities(representations: [{ __typename: "TrabajoAction", number: 6 }, { __typename: "TrabajoAction", number: 7 }, { __typename: "TrabajoAction", number: 14 }, { __typename: "TrabajoAction", number: 15 }, { __typename: "TrabajoAction", number: 5 }]) {
        ... on TrabajoAction { number tasks { number } report { narrative } }
      }
    }`);
    const actions = data?._entities as Array<{
      number: number;
      tasks: Array<{ number: number | null }>;
      report: { narrative: string | null };
    } | null>;
    expect(actions.map((action) => action && [action.number, action.tasks.map((task) => task.number)])).toEqual([
      [6, [1, 2, 3, 4]],
      [7, [null]],
      [14, [1, 2, 3, 4]],
      [15, [1, 2, 3, 4]],
      null,
    ]);
    expect(actions[2]?.report.narrative).toBeNull();
    expect(actions[0]?.report.narrative).toMatch(/^Para el reporte del tercer trimestre del 2025, se desarrollaron 7 mesas técnicas/);
  });

  it('keeps action 14’s nonexistent "31 de noviembre" as written, with no date and no period', async () => {
    const { data } = await query(
      '{ _entities(representations: [{ __typename: "TrabajoAction", number: 14 }]) { ... on TrabajoAction { tasks { deadline { asWritten date validity period { id } } } } } }',
    );
    expect(data?._entities).toEqual([
      {
        tasks: [
          { deadline: { asWritten: '31 de noviembre', date: null, validity: 'NONEXISTENT_DAY', period: null } },
          { deadline: { asWritten: '28 de febrero de 2026', date: '2026-02-28', validity: 'VALID', period: null } },
          { deadline: { asWritten: '31 de octubre de 2026', date: '2026-10-31', validity: 'VALID', period: null } },
          { deadline: { asWritten: '31 de diciembre de 2026', date: '2026-12-31', validity: 'VALID', period: null } },
        ],
      },
    ]);
  });

  it('gives action 7’s RNFL participants: 404 in eight border departments and 22, 42, 80 migrants by quarter', async () => {
    const { data } =
      await query(`{ _entities(representations: [{ __typename: "TrabajoAction", number: 7 }]) { ... on TrabajoAction { laborFormalization {
      borderDepartmentTotal
      borderDepartmentParticipants { department { code name } participants period { id } periodAsWritten }
      migrantParticipantsByQuarter { period { id start end } periodAsWritten migrantParticipants }
    } } } }`);
    const border = (code: string, name: string, participants: number) => ({
      department: { code, name },
      participants,
      period: { id: '2025' },
      periodAsWritten: null,
    });
    expect(data?._entities).toEqual([
      {
        laborFormalization: {
          borderDepartmentTotal: 404,
          borderDepartmentParticipants: [
            border('81', 'Arauca', 14),
            border('20', 'Cesar', 35),
            border('94', 'Guainía', 16),
            border('44', 'La Guajira', 10),
            border('52', 'Nariño', 12),
            border('54', 'Norte de Santander', 300),
            border('86', 'Putumayo', 14),
            border('99', 'Vichada', 3),
          ],
          migrantParticipantsByQuarter: [
            {
              period: { id: '2025Q1', start: '2025-01-01', end: '2025-03-31' },
              periodAsWritten: '1er Trimestre 2025',
              migrantParticipants: 22,
            },
            {
              period: { id: '2025Q2', start: '2025-04-01', end: '2025-06-30' },
              periodAsWritten: '2do Trimestre 2025',
              migrantParticipants: 42,
            },
            {
              period: { id: '2025Q3', start: '2025-07-01', end: '2025-09-30' },
              periodAsWritten: '3er Trimestre 2025',
              migrantParticipants: 80,
            },
          ],
        },
      },
    ]);
  });

  it('gives action 15’s Convenio 110 de 2025, its four allied providers and four manuals', async () => {
    const { data } = await query(`{ trabajoActions { number employmentPlacement {
      agreement { name number year parties } statedAgreementCount statedManualCount period { id } periodAsWritten
      alliedProviders { name membersAsWritten }
    } } }`);
    expect(data?.trabajoActions).toEqual([
      { number: 6, employmentPlacement: null },
      { number: 7, employmentPlacement: null },
      { number: 14, employmentPlacement: null },
      {
        number: 15,
        employmentPlacement: {
          agreement: {
            name: 'Convenio de Asociación No.110 de 2025',
            number: 110,
            year: 2025,
            parties: ['Unidad del SPE', 'Corporación Volver a la Gente'],
          },
          statedAgreementCount: 1,
          statedManualCount: 4,
          period: { id: '2025-01-01..2025-09-30' },
          periodAsWritten: 'Al corte del 30 de septiembre del 2025',
          alliedProviders: [
            { name: 'Comfenalco Valle', membersAsWritten: null },
            { name: 'Comfenalco Antioquia', membersAsWritten: null },
            { name: 'Unión Temporal Me Empleo sin Barreras 2.0', membersAsWritten: 'BD Guidance SAS y Urban Pro' },
            { name: 'Alianza Empleo Incluyente y Disruptivo', membersAsWritten: 'Disruptia y Fundación Colombia Incluyente' },
          ],
        },
      },
    ]);
  });

  it('adds the RNFL figure to Department entities and resolves Municipality references', async () => {
    const { data } = await query(`{
      _entities(representations: [{ __typename: "Department", code: "54" }, { __typename: "Department", code: "05" }, { __typename: "Municipality", code: "54810" }]) {
        ... on Department { name laborFormalizationParticipants { participants } }
        ... on Municipality { name department { code } }
      }
    }`);
    expect(data?._entities).toEqual([
      { name: 'Norte de Santander', laborFormalizationParticipants: [{ participants: 300 }] },
      { name: 'Antioquia', laborFormalizationParticipants: [] },
      { name: 'Tibú', department: { code: '54' } },
    ]);
  });
});
