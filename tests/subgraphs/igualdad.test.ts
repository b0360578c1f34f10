import { igualdad } from '@cnim/igualdad';
import { describe, expect, it } from 'vitest';
import { useFreshSubgraph } from '../support/subgraph.js';

const query = useFreshSubgraph(igualdad);

interface Centre {
  id: string;
  status: string;
  pilot: boolean;
  municipality: { code: string };
  openedOn: { asWritten: string; date: string; validity: string } | null;
  peopleAttended: number | null;
  attendanceLabel: string | null;
}

const entities = async (representations: string, selection: string) =>
  (await query(`{ _entities(representations: [${representations}]) { ${selection} } }`)).data?._entities;

describe('igualdad subgraph: its actions and figures', () => {
  it('gives action 1’s 19 Intégrate centres, COP 13.000.000.000 invested and 113.142 people attended', async () => {
    const [action] = (await entities(
      '{ __typename: "IgualdadAction", number: 1 }',
      `... on IgualdadAction { title integrateCentres {
        investment investmentAsWritten investmentPeriod { id } statedCentreCount statedPeopleAttended peopleAttendedByCentres
        attendancePeriod { id start end } attendancePeriodAsWritten
        centres { id status pilot municipality { code } openedOn { asWritten date validity } peopleAttended attendanceLabel }
      } }`,
    )) as Array<{ title: string; integrateCentres: Record<string, unknown> & { centres: Centre[] } }>;
    const programme = action!.integrateCentres;
    expect(action!.title).toBe(
      'Brindar atención a la población migrante, colombianos retornados y comunidad de acogida, de acuerdo con el modelo integral de atención e integración',
    );
    expect({ ...programme, centres: undefined }).toEqual({
      investment: 13000000000,
      investmentAsWritten: '$13 mil millones',
      investmentPeriod: { id: '2025' },
      statedCentreCount: 19,
      statedPeopleAttended: 113142,
      peopleAttendedByCentres: 113142,
      attendancePeriod: { id: '2025-01-01..2025-09-30', start: '2025-01-01', end: '2025-09-30' },
      attendancePeriodAsWritten: 'Desde 1 de enero hasta el 30 de septiembre del 2025',
      centres: undefined,
    });
    const centres = programme.centres;
    expect(centres).toHaveLength(19);
    expect(centres.map((centre) => `${centre.id}:${centre.municipality.code}:${centre.peopleAttended}`)).toEqual([
      'bogota-super-cad-30:11001:10526',
      'bogota-cad-engativa:11001:8872',
      'bogota-cad-suba:11001:7908',
      'medellin:05001:9455',
      'cucuta:54001:14344',
      'bucaramanga:68001:7524',
      'cali:76001:10561',
      'santa-marta:47001:11660',
      'cartagena:13001:8661',
      'barranquilla:08001:6933',
      'riohacha:44001:15890',
      'soacha:25754:644',
      'arauca:81001:51',
      'maicao:44430:null',
      'jurado:27372:103',
      'necocli:05490:10',
      'acandi:27006:null',
      'ipiales:52356:null',
      'buenaventura:76109:null',
    ]);
    expect(centres.map((centre) => centre.status).join(',')).toBe(
      [...Array(11).fill('INITIAL'), ...Array(5).fill('NEW'), ...Array(3).fill('PROJECTED')].join(','),
    );
    expect(centres.filter((centre) => centre.pilot).map((centre) => centre.id)).toEqual(['necocli']);
    expect(centres.filter((centre) => centre.openedOn).map((centre) => [centre.id, centre.openedOn])).toEqual([
      ['soacha', { asWritten: '19/ago/2025', date: '2025-08-19', validity: 'VALID' }],
      ['maicao', { asWritten: '04/sep/2025', date: '2025-09-04', validity: 'VALID' }],
      ['jurado', { asWritten: '23/juli/2025', date: '2025-07-23', validity: 'VALID' }],
      ['necocli', { asWritten: '09/sep/2025', date: '2025-09-09', validity: 'VALID' }],
    ]);
    expect(centres.filter((centre) => centre.attendanceLabel !== null).length).toBe(15);
    expect(centres[0]!.attendanceLabel).toBe('Bogotá D.C. - CAD 30');
  });

  it('gives action 2’s three virtual trainings for 92 officials', async () => {
    const [action] = (await entities(
      '{ __typename: "IgualdadAction", number: 2 }',
      '... on IgualdadAction { trainings { criteria statedTrainingCount officialsTrained period { id } periodAsWritten sessions { topic partner heldOn { date } modality } } integrateCentres { investment } }',
    )) as unknown[];
    expect(action).toEqual({
      integrateCentres: null,
      trainings: {
        criteria: [
          'Mecanismo de regularización migratoria: Permiso Especial de Permanencia PEP Tutor',
          'Observatorio Nacional de Migración y Salud',
          'Jornada de prevención y lucha contra la trata, Centros Intégrate libre de trata.',
        ],
        statedTrainingCount: 3,
        officialsTrained: 92,
        period: { id: '2025-01-01..2025-09-30' },
        periodAsWritten: 'enero a septiembre de 2025',
        sessions: [
          {
            topic: 'implementación del PEP Tutor',
            partner: 'Subdirección de Extranjería de Migración Colombia',
            heldOn: { date: '2025-09-25' },
            modality: 'VIRTUAL',
          },
          {
            topic: 'Observatorio Nacional de Migración y Salud',
            partner: 'Ministerio de Salud y Protección Social Oficina de Promoción Social',
            heldOn: { date: '2025-09-19' },
            modality: 'VIRTUAL',
          },
          {
            topic: 'prevención y lucha contra la trata',
            partner: 'Ministerio del Interior Subdirección de Gobierno, Gestión Territorial y Lucha contra la Trata',
            heldOn: { date: '2025-09-26' },
            modality: 'VIRTUAL',
          },
        ],
      },
    });
  });

  it('gives action 3’s four community spaces whose participants add up to the stated 117', async () => {
    const [action] = (await entities(
      '{ __typename: "IgualdadAction", number: 3 }',
      '... on IgualdadAction { communityParticipation { statedSpaceCount statedParticipants participantsBySpace period { id } spaces { heldOn { asWritten date } venueAsWritten municipality { code } modality participants } } }',
    )) as Array<{ communityParticipation: unknown }>;
    expect(action!.communityParticipation).toEqual({
      statedSpaceCount: 4,
      statedParticipants: 117,
      participantsBySpace: 117,
      period: { id: '2025-01-01..2025-10-30' },
      spaces: [
        {
          heldOn: { asWritten: '11 de julio', date: '2025-07-11' },
          venueAsWritten: 'Super CAD 30',
          municipality: { code: '11001' },
          modality: null,
          participants: 30,
        },
        {
          heldOn: { asWritten: '04 de septiembre', date: '2025-09-04' },
          venueAsWritten: 'Riohacha',
          municipality: { code: '44001' },
          modality: null,
          participants: 26,
        },
        {
          heldOn: { asWritten: '16 de octubre', date: '2025-10-16' },
          venueAsWritten: 'Necoclí',
          municipality: { code: '05490' },
          modality: null,
          participants: 22,
        },
        {
          heldOn: { asWritten: '16 de octubre', date: '2025-10-16' },
          venueAsWritten: null,
          municipality: null,
          modality: 'HYBRID',
          participants: 39,
        },
      ],
    });
  });

  it('keeps action 4’s stated five roundtables beside the four it lists', async () => {
    const [action] = (await entities(
      '{ __typename: "IgualdadAction", number: 4 }',
      '... on IgualdadAction { migrationRoundtables { statedCount statedCountAsWritten listedCount periodAsWritten roundtables { heldOn { asWritten date } department { code } venueAsWritten modality } } }',
    )) as Array<{ migrationRoundtables: unknown }>;
    expect(action!.migrationRoundtables).toEqual({
      statedCount: 5,
      statedCountAsWritten: 'cinco',
      listedCount: 4,
      periodAsWritten: 'durante el 2025, con corte al 30 de octubre',
      roundtables: [
        {
          heldOn: { asWritten: 'Septiembre 09 de 2025', date: '2025-09-09' },
          department: { code: '44' },
          venueAsWritten: null,
          modality: 'VIRTUAL',
        },
        {
          heldOn: { asWritten: '02 de octubre', date: '2025-10-02' },
          department: { code: '27' },
          venueAsWritten: 'Bogotá',
          modality: null,
        },
        {
          heldOn: { asWritten: '08 de octubre', date: '2025-10-08' },
          department: { code: '05' },
          venueAsWritten: null,
          modality: 'HYBRID',
        },
        {
          heldOn: { asWritten: '29 de octubre', date: '2025-10-29' },
          department: { code: '44' },
          venueAsWritten: null,
          modality: 'IN_PERSON',
        },
      ],
    });
  });

  it('gives action 5’s seven technical tables of the third quarter and action 10’s 101 organisations', async () => {
    const [five, ten] = (await entities(
      '{ __typename: "IgualdadAction", number: 5 }, { __typename: "IgualdadAction", number: 10 }',
      '... on IgualdadAction { technicalTables { statedCount period { id } participatingEntities tables { heldOn { date } } } organisationDirectory { organisationsMapped preliminary period { id } periodAsWritten } }',
    )) as unknown[];
    expect(five).toEqual({
      technicalTables: {
        statedCount: 7,
        period: { id: '2025Q3' },
        participatingEntities: [
          'ICBF',
          'Migración Colombia',
          'Ministerio del Interior',
          'Ministerio de Relaciones Exteriores',
          'Ministerio de Transporte',
          'Supertransporte',
        ],
        tables: ['2025-07-21', '2025-08-05', '2025-08-13', '2025-08-21', '2025-08-22', '2025-08-28', '2025-09-22'].map((date) => ({
          heldOn: { date },
        })),
      },
      organisationDirectory: null,
    });
    expect(ten).toEqual({
      technicalTables: null,
      organisationDirectory: {
        organisationsMapped: 101,
        preliminary: true,
        period: { id: '2025-01-01..2025-10-30' },
        periodAsWritten: 'corte al 30 de octubre del 2025',
      },
    });
  });

  it('adds its centres, spaces and roundtables to Municipality and Department entities', async () => {
    expect(
      await entities(
        '{ __typename: "Municipality", code: "44001" }, { __typename: "Municipality", code: "05490" }, { __typename: "Department", code: "44" }, { __typename: "Department", code: "00" }',
        '... on Municipality { name integrateCentres { id peopleAttended } communitySpaces { participants } } ... on Department { name integrateCentres { id } migrationRoundtables { heldOn { date } } }',
      ),
    ).toEqual([
      { name: 'Riohacha', integrateCentres: [{ id: 'riohacha', peopleAttended: 15890 }], communitySpaces: [{ participants: 26 }] },
      { name: 'Necoclí', integrateCentres: [{ id: 'necocli', peopleAttended: 10 }], communitySpaces: [{ participants: 22 }] },
      {
        name: 'La Guajira',
        integrateCentres: [{ id: 'riohacha' }, { id: 'maicao' }],
        migrationRoundtables: [{ heldOn: { date: '2025-09-09' } }, { heldOn: { date: '2025-10-29' } }],
      },
      null,
    ]);
  });
});
