import { sena } from '@cnim/sena';
import { describe, expect, it } from 'vitest';
import { useFreshSubgraph } from '../support/subgraph.js';

const query = useFreshSubgraph(sena);

describe('sena subgraph', () => {
  it('publishes SenaAction as an entity implementing Action', async () => {
    const { data } = await query('{ _service { sdl } }');
    expect((data!._service as { sdl: string }).sdl).toMatch(/type SenaAction implements Action\s+@key\(fields: "number readCut"\)/);
  });

  it('resolves actions 8 and 9 as entities, and nothing for another ministry’s action', async () => {
    const { data } = await query(`{
      _entities(representations: [{ __typename: "SenaAction", number: 8 }, { __typename: "SenaAction", number: 9 }, { __typename: "SenaAction", number: 12 }]) {
        ... on SenaAction { number title tasks { number description deadline { asWritten } } report { cut } }
      }
    }`);
    expect(data?._entities).toEqual([
      {
        number: 8,
        title: 'Realizar orientación ocupacional para el fortalecimiento del perfil laboral',
        tasks: [
          { number: 1, description: 'Registrar la población migrante en el aplicativo de la Agencia Pública de Empleo.', deadline: null },
          {
            number: 2,
            description:
              'Elaborar el reporte trimestral de seguimiento para verificar el cumplimiento de la orientación a la población migrante.',
            deadline: null,
          },
          {
            number: 3,
            description: 'Elaborar el reporte con la información que nos da el aplicativo de la Agencia Pública de Empleo del SENA.',
            deadline: null,
          },
        ],
        report: { cut: 'Noviembre 2025' },
      },
      {
        number: 9,
        title: 'Desarrollar certificación de competencias laborales, dirigidas a migrantes en Colombia.',
        tasks: [
          {
            number: 1,
            description:
              'Incentivar la participación de la población a través de CERTIFICACIONES, orientadas a diferentes tipos de poblaciones',
            deadline: null,
          },
          {
            number: 2,
            description: 'Mantener la oferta abierta disponible que tenemos durante todo el año en los 118 centros de formación del SENA.',
            deadline: null,
          },
        ],
        report: { cut: 'Noviembre 2025' },
      },
      null,
    ]);
  });

  it('gives action 8’s 13.400 migrants oriented, 7.876 women and 7.571 Venezuelan women, national and for 2025', async () => {
    const { data } = await query(`{ senaActions { number occupationalGuidance {
      migrantsOriented women venezuelanWomen breakdown { sex nationality people } targetMet period { id } periodAsWritten
    } } }`);
    expect(data?.senaActions).toEqual([
      {
        number: 8,
        occupationalGuidance: {
          migrantsOriented: 13400,
          women: 7876,
          venezuelanWomen: 7571,
          breakdown: [
            { sex: 'TOTAL', nationality: 'TOTAL', people: 13400 },
            { sex: 'FEMALE', nationality: 'TOTAL', people: 7876 },
            { sex: 'FEMALE', nationality: 'VENEZUELAN', people: 7571 },
          ],
          targetMet: true,
          period: { id: '2025' },
          periodAsWritten: null,
        },
      },
      { number: 9, occupationalGuidance: null },
    ]);
  });

  it('gives action 9’s 1.736 migrants certified in the third quarter of 2025 and the 118 training centres', async () => {
    const { data } = await query(`{ _entities(representations: [{ __typename: "SenaAction", number: 9 }]) { ... on SenaAction {
      skillsCertification { migrantsCertified populationAsWritten period { id start end } periodAsWritten trainingCentres }
    } } }`);
    expect(data?._entities).toEqual([
      {
        skillsCertification: {
          migrantsCertified: 1736,
          populationAsWritten: 'personas migrantes, retornadas y refugiadas, provenientes de Venezuela',
          period: { id: '2025Q3', start: '2025-07-01', end: '2025-09-30' },
          periodAsWritten: 'tercer trimestre de 2025',
          trainingCentres: 118,
        },
      },
    ]);
  });

  it('rejects a query for a field SENA does not have with a validation error', async () => {
    const { errors } = await query('{ senaActions { budget } }');
    expect(errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
