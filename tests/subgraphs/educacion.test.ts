import { educacion } from '@cnim/educacion';
import { describe, expect, it } from 'vitest';
import { useFreshSubgraph } from '../support/subgraph.js';

const query = useFreshSubgraph(educacion);

describe('educacion subgraph', () => {
  it('publishes EducacionAction, Department and Municipality as entities', async () => {
    const { data } = await query('{ _service { sdl } }');
    const sdl = (data!._service as { sdl: string }).sdl;
    expect(sdl).toMatch(/type EducacionAction implements Action\s+@key\(fields: "number readCut"\)/);
    expect(sdl).toMatch(/type Department\s+@key\(fields: "code"\)/);
    expect(sdl).toMatch(/type Municipality\s+@key\(fields: "code"\)/);
  });

  it('resolves action 11 with its tasks as written, and nothing for another ministry’s action', async () => {
    const { data } = await query(`{
      _entities(representations: [{ __typename: "EducacionAction", number: 11 }, { __typename: "EducacionAction", number: 1 }]) {
        ... on EducacionAction { number title tasks { number description } report { cut narrative } }
      }
    }`);
    const [action, foreign] = data!._entities as [Record<string, unknown>, unknown];
    expect(foreign).toBeNull();
    expect(action.tasks).toEqual([
      { number: 1, description: 'Cronograma de programación de los acompañamientos' },
      { number: 2, description: 'Identificación de las necesidades de acompañamiento de cada acompañamiento y responsables de atención' },
      { number: 3, description: 'Realizar el acompañamiento para la implementación de la Circular' },
    ]);
    expect(action.report).toEqual({
      cut: 'Noviembre 2025',
      narrative:
        'Se realizó acompañamiento a 7 secretarías de educación certificadas frente a la implementación de la circular 038 de 2023, en temas relacionados con acceso al sistema educativo, convalidación y validación de grados, así como procesos para la obtención del título de bachiller. Las ETC que se acompañaron fueron Apartadó, La Guajira, Ipiales, Mosquera, Maicao, Riohacha y Uribia.',
    });
  });

  it('gives the 7 certified secretariats accompanied under Circular 038 de 2023, one of them departmental', async () => {
    const { data } = await query(`{ _entities(representations: [{ __typename: "EducacionAction", number: 11 }]) { ... on EducacionAction {
      circular038 { statedSecretariatCount topics accompaniments { secretariatName level department { code } municipality { code name } period { id } periodAsWritten } }
    } } }`);
    const row = (secretariatName: string, level: string, department: string, municipality: { code: string; name: string } | null) => ({
      secretariatName,
      level,
      department: { code: department },
      municipality,
      period: { id: '2025' },
      periodAsWritten: null,
    });
    expect(data?._entities).toEqual([
      {
        circular038: {
          statedSecretariatCount: 7,
          topics: [
            'acceso al sistema educativo',
            'convalidación y validación de grados',
            'procesos para la obtención del título de bachiller',
          ],
          accompaniments: [
            row('Apartadó', 'MUNICIPAL', '05', { code: '05045', name: 'Apartadó' }),
            row('La Guajira', 'DEPARTMENTAL', '44', null),
            row('Ipiales', 'MUNICIPAL', '52', { code: '52356', name: 'Ipiales' }),
            row('Mosquera', 'MUNICIPAL', '25', { code: '25473', name: 'Mosquera' }),
            row('Maicao', 'MUNICIPAL', '44', { code: '44430', name: 'Maicao' }),
            row('Riohacha', 'MUNICIPAL', '44', { code: '44001', name: 'Riohacha' }),
            row('Uribia', 'MUNICIPAL', '44', { code: '44847', name: 'Uribia' }),
          ],
        },
      },
    ]);
  });

  it('adds the accompaniments to Department and Municipality entities', async () => {
    const { data } = await query(`{
      _entities(representations: [{ __typename: "Municipality", code: "44001" }, { __typename: "Department", code: "44" }, { __typename: "Municipality", code: "54001" }]) {
        ... on Municipality { name educationAccompaniments { secretariatName } }
        ... on Department { name educationAccompaniments { secretariatName level } }
      }
    }`);
    expect(data?._entities).toEqual([
      { name: 'Riohacha', educationAccompaniments: [{ secretariatName: 'Riohacha' }] },
      {
        name: 'La Guajira',
        educationAccompaniments: [
          { secretariatName: 'La Guajira', level: 'DEPARTMENTAL' },
          { secretariatName: 'Maicao', level: 'MUNICIPAL' },
          { secretariatName: 'Riohacha', level: 'MUNICIPAL' },
          { secretariatName: 'Uribia', level: 'MUNICIPAL' },
        ],
      },
      { name: 'San José de Cúcuta', educationAccompaniments: [] },
    ]);
  });
});
