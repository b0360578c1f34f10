import { salud } from '@cnim/salud';
import { describe, expect, it } from 'vitest';
import { useFreshSubgraph } from '../support/subgraph.js';

const query = useFreshSubgraph(salud);

describe('salud subgraph', () => {
  it('publishes its Federation 2 SDL with the entities it owns', async () => {
    const { data } = await query('{ _service { sdl } }');
    const sdl = (data!._service as { sdl: string }).sdl;
    expect(sdl).toContain('@link(url: "https://specs.apollo.dev/federation/v2.9"');
    expect(sdl).toContain('type SaludAction implements Action');
    expect(sdl).toMatch(/type Department\s+@key\(fields: "code"\)/);
    expect(sdl).toMatch(/type Municipality\s+@key\(fields: "code"\)/);
  });

  it('resolves its actions as entities, and nothing for another ministry’s action', async () => {
    const { data } = await query(`{
      _entities(representations: [{ __typename: "SaludAction", number: 13 }, { __typename: "SaludAction", number: 1 }]) {
        ... on SaludAction { number title tasks { number deadline { asWritten date validity period { id start end } } } report { cut } }
      }
    }`);
    const [action13, foreign] = data!._entities as [Record<string, unknown>, unknown];
    expect(action13).toMatchObject({
      number: 13,
      title:
        'Adoptar el Plan de Atención del sector salud para la población migrante, refugiada, retornada y comunidades de acogida en el territorio nacional.',
      report: { cut: 'Noviembre 2025' },
    });
    expect((action13.tasks as unknown[]).slice(0, 3)).toEqual([
      // "I Trim 2026" names a quarter, not a day: the period is derived from the words, which are kept.
      {
        number: 1,
        deadline: {
          asWritten: 'I Trim 2026',
          date: null,
          validity: 'NOT_A_DAY',
          period: { id: '2026Q1', start: '2026-01-01', end: '2026-03-31' },
        },
      },
      {
        number: 2,
        deadline: {
          asWritten: 'I Trim 2026',
          date: null,
          validity: 'NOT_A_DAY',
          period: { id: '2026Q1', start: '2026-01-01', end: '2026-03-31' },
        },
      },
      { number: 3, deadline: null },
    ]);
    expect(foreign).toBeNull();
  });

  it('resolves Department and Municipality entities with its own figures', async () => {
    const { data } = await query(`{
      _entities(representations: [{ __typename: "Municipality", code: "54001" }, { __typename: "Department", code: "44" }]) {
        ... on Municipality { name psychosocialAllocations { amount status } }
        ... on Department { name psychosocialAllocations { municipality { name } amount status } }
      }
    }`);
    expect(data?._entities).toEqual([
      { name: 'San José de Cúcuta', psychosocialAllocations: [{ amount: 441640400, status: 'TRANSFERRED' }] },
      {
        name: 'La Guajira',
        psychosocialAllocations: [
          { municipality: { name: 'Riohacha' }, amount: 225798080, status: 'DESISTED' },
          { municipality: { name: 'Maicao' }, amount: 183987290, status: 'DESISTED' },
        ],
      },
    ]);
  });

  it('lists the 13 allocations of Resolución 1409 de 2025 as the report gives them', async () => {
    const { data } = await query('{ psychosocialAllocations { municipality { code } amount status } }');
    expect(data?.psychosocialAllocations).toEqual([
      { municipality: { code: '05490' }, amount: 60431400, status: 'TRANSFERRED' },
      { municipality: { code: '05837' }, amount: 60431400, status: 'TRANSFERRED' },
      { municipality: { code: '81001' }, amount: 137021330, status: 'TRANSFERRED' },
      { municipality: { code: '25754' }, amount: 84438180, status: 'TRANSFERRED' },
      { municipality: { code: '44001' }, amount: 225798080, status: 'DESISTED' },
      { municipality: { code: '44430' }, amount: 183987290, status: 'DESISTED' },
      { municipality: { code: '52356' }, amount: 60431400, status: 'TRANSFERRED' },
      { municipality: { code: '54001' }, amount: 441640400, status: 'TRANSFERRED' },
      { municipality: { code: '54810' }, amount: 60431400, status: 'TRANSFERRED' },
      { municipality: { code: '54874' }, amount: 102473210, status: 'TRANSFERRED' },
      { municipality: { code: '68001' }, amount: 126248980, status: 'TRANSFERRED' },
      { municipality: { code: '76001' }, amount: 378515920, status: 'TRANSFERRED' },
      { municipality: { code: '99001' }, amount: 76358920, status: 'TRANSFERRED' },
    ]);
  });

  it('derives the funding totals from the itemised allocations and keeps the stated total as written', async () => {
    const { data } = await query(`{
      _entities(representations: [{ __typename: "SaludAction", number: 12 }]) {
        ... on SaludAction {
          psychosocialFunding {
            statedTotalAsWritten allocatedTotal transferredTotal statedTransferCount desistedCount
            transfersFrom { asWritten date } executionUntil { asWritten date }
          }
          administrativeActs { number issuedOn { asWritten date } }
        }
      }
    }`);
    expect(data?._entities).toEqual([
      {
        psychosocialFunding: {
          statedTotalAsWritten: '2.000 mil millones de pesos',
          allocatedTotal: 1998207910,
          transferredTotal: 1588422540,
          statedTransferCount: 11,
          desistedCount: 2,
          transfersFrom: { asWritten: '01 de agosto', date: '2025-08-01' },
          executionUntil: { asWritten: '30 de diciembre del 2025', date: '2025-12-30' },
        },
        administrativeActs: [
          { number: 401, issuedOn: { asWritten: '10 de marzo del 2025', date: '2025-03-10' } },
          { number: 1409, issuedOn: { asWritten: '07 de julio de 2025', date: '2025-07-07' } },
        ],
      },
    ]);
  });

  it('reports action 13 as a draft resolution under legal review', async () => {
    const { data } = await query(`{
      _entities(representations: [{ __typename: "SaludAction", number: 13 }]) {
        ... on SaludAction { administrativeActs { number stage expectedBy { asWritten date validity } } psychosocialFunding { allocatedTotal } }
      }
    }`);
    expect(data?._entities).toEqual([
      {
        administrativeActs: [
          {
            number: null,
            stage: 'DRAFT_UNDER_LEGAL_REVIEW',
            expectedBy: { asWritten: 'finales del mes de noviembre del 2025', date: null, validity: 'NOT_A_DAY' },
          },
        ],
        psychosocialFunding: null,
      },
    ]);
  });
});
