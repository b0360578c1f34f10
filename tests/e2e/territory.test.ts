import { describe, expect, it } from 'vitest';
import { graphql } from '../support/graphql.js';
import { useGraph } from '../support/use-graph.js';

const graph = useGraph();

describe('territories meet across ministries', () => {
  it('answers one query on Riohacha (44001) with Igualdad’s centre, Salud’s allocation and Educación’s accompaniment', async () => {
    const { data, errors } = await graphql(
      graph().url,
      `{ municipality(code: "44001") {
        code name department { code name }
        integrateCentres { name status peopleAttended }
        communitySpaces { heldOn { date } participants }
        psychosocialAllocations { amount status }
        educationAccompaniments { secretariatName level }
      } }`,
    );
    expect(errors).toBeUndefined();
    expect(data).toEqual({
      municipality: {
        code: '44001',
        name: 'Riohacha',
        department: { code: '44', name: 'La Guajira' },
        integrateCentres: [{ name: 'Riohacha', status: 'INITIAL', peopleAttended: 15890 }],
        communitySpaces: [{ heldOn: { date: '2025-09-04' }, participants: 26 }],
        psychosocialAllocations: [{ amount: 225798080, status: 'DESISTED' }],
        educationAccompaniments: [{ secretariatName: 'Riohacha', level: 'MUNICIPAL' }],
      },
    });
  });

  it('answers one query on Norte de Santander (54) with Trabajo’s RNFL figure and its municipalities’ figures', async () => {
    const { data, errors } = await graphql(
      graph().url,
      `{ department(code: "54") {
        name
        laborFormalizationParticipants { participants period { id } }
        integrateCentres { name }
        municipalities { code name integrateCentres { peopleAttended } psychosocialAllocations { amount status } educationAccompaniments { secretariatName } }
      } }`,
    );
    expect(errors).toBeUndefined();
    expect(data).toEqual({
      department: {
        name: 'Norte de Santander',
        laborFormalizationParticipants: [{ participants: 300, period: { id: '2025' } }],
        integrateCentres: [{ name: 'Cúcuta' }],
        municipalities: [
          {
            code: '54001',
            name: 'San José de Cúcuta',
            integrateCentres: [{ peopleAttended: 14344 }],
            psychosocialAllocations: [{ amount: 441640400, status: 'TRANSFERRED' }],
            educationAccompaniments: [],
          },
          {
            code: '54810',
            name: 'Tibú',
            integrateCentres: [],
            psychosocialAllocations: [{ amount: 60431400, status: 'TRANSFERRED' }],
            educationAccompaniments: [],
          },
          {
            code: '54874',
            name: 'Villa del Rosario',
            integrateCentres: [],
            psychosocialAllocations: [{ amount: 102473210, status: 'TRANSFERRED' }],
            educationAccompaniments: [],
          },
        ],
      },
    });
  });

  it('lists La Guajira’s figures from three ministries and Igualdad’s roundtables there', async () => {
    const { data } = await graphql(
      graph().url,
      `{ department(code: "44") {
        laborFormalizationParticipants { participants }
        migrationRoundtables { heldOn { asWritten } modality }
        educationAccompaniments { secretariatName }
        psychosocialAllocations { municipality { name } status }
      } }`,
    );
    expect(data).toEqual({
      department: {
        laborFormalizationParticipants: [{ participants: 10 }],
        migrationRoundtables: [
          { heldOn: { asWritten: 'Septiembre 09 de 2025' }, modality: 'VIRTUAL' },
          { heldOn: { asWritten: '29 de octubre' }, modality: 'IN_PERSON' },
        ],
        educationAccompaniments: ['La Guajira', 'Maicao', 'Riohacha', 'Uribia'].map((secretariatName) => ({ secretariatName })),
        psychosocialAllocations: [
          { municipality: { name: 'Riohacha' }, status: 'DESISTED' },
          { municipality: { name: 'Maicao' }, status: 'DESISTED' },
        ],
      },
    });
  });
});

describe('territory names as a BI dimension', () => {
  it('pages every department and municipality in code order, with names, from the plan’s catalogue', async () => {
    const first = await graphql(
      graph().url,
      '{ territories(first: 3) { totalCount endCode hasNextPage nodes { code name level departmentCode departmentName } } }',
    );
    expect(first.data).toEqual({
      territories: {
        totalCount: 57,
        endCode: '05045',
        hasNextPage: true,
        nodes: [
          { code: '05', name: 'Antioquia', level: 'DEPARTMENT', departmentCode: '05', departmentName: 'Antioquia' },
          { code: '05001', name: 'Medellín', level: 'MUNICIPALITY', departmentCode: '05', departmentName: 'Antioquia' },
          { code: '05045', name: 'Apartadó', level: 'MUNICIPALITY', departmentCode: '05', departmentName: 'Antioquia' },
        ],
      },
    });
    const next = await graphql(graph().url, '{ territories(first: 2, after: "54") { endCode nodes { code name departmentName } } }');
    expect(next.data).toEqual({
      territories: {
        endCode: '54810',
        nodes: [
          { code: '54001', name: 'San José de Cúcuta', departmentName: 'Norte de Santander' },
          { code: '54810', name: 'Tibú', departmentName: 'Norte de Santander' },
        ],
      },
    });
  });

  it('refuses a page size out of range and an `after` that is not a code', async () => {
    const size = await graphql(graph().url, '{ territories(first: 0) { totalCount } }');
    expect(size.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const after = await graphql(graph().url, '{ territories(after: "Cúcuta") { totalCount } }');
    expect(after.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});
