import { educacion } from '@cnim/educacion';
import { igualdad } from '@cnim/igualdad';
import { MUNICIPALITIES, DEPARTMENTS, type RunningSubgraph } from '@cnim/kit';
import { salud } from '@cnim/salud';
import { trabajo } from '@cnim/trabajo';
import { afterAll, describe, expect, it } from 'vitest';
import { graphql } from '../support/graphql.js';
import { startFresh } from '../support/subgraph.js';

const running: RunningSubgraph[] = [];
afterAll(() => Promise.all(running.map((subgraph) => subgraph.stop())));

/** Statements one _entities request costs, for the first `count` municipalities or departments. */
async function statementsFor(
  subgraph: RunningSubgraph,
  type: 'Municipality' | 'Department',
  count: number,
  selection: string,
): Promise<number> {
  const codes = (type === 'Municipality' ? MUNICIPALITIES : DEPARTMENTS).slice(0, count).map((entry) => entry.code);
  const representations = codes.map((code) => `{ __typename: "${type}", code: "${code}" }`).join(', ');
  const before = subgraph.statements();
  const { errors } = await graphql(
    subgraph.url,
    `{ _entities(representations: [${representations}]) { ... on ${type} { name ${selection} } } }`,
  );
  expect(errors).toBeUndefined();
  return subgraph.statements() - before;
}

describe.each([
  [
    'igualdad',
    () => startFresh(igualdad),
    'integrateCentres { id } communitySpaces { participants } department { name }',
    'integrateCentres { id } migrationRoundtables { name } municipalities { code }',
  ],
  [
    'salud',
    () => startFresh(salud),
    'psychosocialAllocations { amount } department { name }',
    'psychosocialAllocations { amount } municipalities { code }',
  ],
  [
    'educacion',
    () => startFresh(educacion),
    'educationAccompaniments { secretariatName } department { name }',
    'educationAccompaniments { secretariatName } municipalities { code }',
  ],
  ['trabajo', () => startFresh(trabajo), 'department { name }', 'laborFormalizationParticipants { participants } municipalities { code }'],
] as const)('%s subgraph', (_, start, municipalityFields, departmentFields) => {
  it('runs as many SQL statements for every municipality and department as for one', async () => {
    const subgraph = await start();
    running.push(subgraph);
    expect(await statementsFor(subgraph, 'Municipality', MUNICIPALITIES.length, municipalityFields)).toBe(
      await statementsFor(subgraph, 'Municipality', 1, municipalityFields),
    );
    expect(await statementsFor(subgraph, 'Department', DEPARTMENTS.length, departmentFields)).toBe(
      await statementsFor(subgraph, 'Department', 1, departmentFields),
    );
  });
});

const IGUALDAD_PROGRAMMES =
  'integrateCentres { statedCentreCount } trainings { statedTrainingCount } communityParticipation { statedSpaceCount } ' +
  'migrationRoundtables { statedCount } technicalTables { statedCount } organisationDirectory { organisationsMapped }';

describe('action entities', () => {
  it.each([
    ['igualdad', () => startFresh(igualdad), 'IgualdadAction', [1, 2, 3, 4, 5, 10], IGUALDAD_PROGRAMMES],
    ['trabajo', () => startFresh(trabajo), 'TrabajoAction', [6, 7, 14, 15], ''],
  ] as const)(
    '%s resolves all its actions, with their programmes, with as many statements as one',
    async (_, start, type, numbers, programmes) => {
      const subgraph = await start();
      running.push(subgraph);
      const cost = async (count: number) => {
        const representations = numbers
          .slice(0, count)
          .map((number) => `{ __typename: "${type}", number: ${number} }`)
          .join(', ');
        const before = subgraph.statements();
        const { errors } = await graphql(
          subgraph.url,
          `{ _entities(representations: [${representations}]) { ... on ${type} { title tasks { number } report { cut } ${programmes} } } }`,
        );
        expect(errors).toBeUndefined();
        return subgraph.statements() - before;
      };
      expect(await cost(numbers.length)).toBe(await cost(1));
    },
  );
});
