import { knownOperationFiles } from '@cnim/gateway/known-operations';
import { getIntrospectionQuery, parse } from 'graphql';
import { SUBGRAPH_NAMES } from '@cnim/kit';
import { describe, expect, it } from 'vitest';
import { ALL_MUNICIPALITIES, FACT_TABLE_PAGE, MINISTRIES, ONE_DEPARTMENT, WHOLE_PLAN } from '../../bench/workloads.js';
import { graphql } from '../support/graphql.js';
import { useGraph } from '../support/use-graph.js';

// Every operation clients are known to send, through the real gateway and its subgraphs: none may be
// refused by an operation limit, at the gateway or in a subgraph (whose refusal of a fetch would come
// back as an error with its serviceName).
const graph = useGraph();

/** The values the known operations' variables take; a new variable name fails the test until it is added here. */
const VALUES: Record<string, unknown> = {
  code: '54',
  after: null,
  first: 1000,
  // The secretariat's whole-cut operations (operations/cuts/), sent without a token.
  cut: '2026-02',
  label: 'Febrero 2026',
  closingDate: '2026-02-28',
  reportTitle: 'Informe de avance 2026 – Corte: Febrero 2026',
  key: 'limites',
  planVersion: 1,
  // The dashboard's operations (operations/tablero/), on the report's own cut.
  corte: '2025-11',
  departamento: '54',
  municipio: '54001',
  ...Object.fromEntries(SUBGRAPH_NAMES.map((name) => [`${name}Version`, 1])),
};

function variableSets(query: string): Array<Record<string, unknown>> {
  const names = parse(query).definitions.flatMap((definition) =>
    definition.kind === 'OperationDefinition' ? (definition.variableDefinitions ?? []).map((variable) => variable.variable.name.value) : [],
  );
  const fixed = Object.fromEntries(
    names
      .filter((name) => name !== 'ministry')
      .map((name) => {
        if (!(name in VALUES)) throw new Error(`Falta un valor de prueba para la variable $${name}`);
        return [name, VALUES[name]];
      }),
  );
  return names.includes('ministry') ? MINISTRIES.map((ministry) => ({ ...fixed, ministry })) : [fixed];
}

async function errorCodes(query: string): Promise<unknown[]> {
  const codes: unknown[] = [];
  for (const variables of variableSets(query)) {
    const { errors } = await graphql(graph().url, query, variables);
    codes.push(...(errors ?? []).map((error) => error.extensions?.code));
  }
  return codes;
}

describe('every known operation passes the operation limits', () => {
  it.each(knownOperationFiles().map((file) => [file.file, file.source]))('%s', async (file, source) => {
    const codes = await errorCodes(source);
    // A write sent without a token is refused for who sends it, never for its shape.
    if (/^\s*(#.*\n\s*)*mutation\b/.test(source)) expect(new Set(codes)).toEqual(new Set(['UNAUTHENTICATED']));
    // The documented refused input is refused for its value, as documented, not for its shape.
    else expect(codes).toEqual(file.endsWith('example-queries-bad-input.graphql') ? ['BAD_USER_INPUT'] : []);
  });

  it.each([
    ['W1', WHOLE_PLAN],
    ['W2', ALL_MUNICIPALITIES],
    ['W2 for one department', ONE_DEPARTMENT],
    ['W3, for every ministry', FACT_TABLE_PAGE],
  ])('the benchmark’s %s', async (_name, query) => {
    expect(await errorCodes(query)).toEqual([]);
  });

  it('GraphiQL’s introspection query, and a BI tool’s query of one type', async () => {
    const full = await graphql<{ __schema: { queryType: { name: string } } }>(
      graph().url,
      getIntrospectionQuery({
        descriptions: true,
        specifiedByUrl: true,
        directiveIsRepeatable: true,
        schemaDescription: true,
        inputValueDeprecation: true,
      }),
    );
    expect(full.errors).toBeUndefined();
    expect(full.data?.__schema.queryType).toEqual({ name: 'Query', kind: 'OBJECT' });
    const oneType = await graphql<{ __type: { name: string; fields: Array<{ name: string }> } }>(
      graph().url,
      '{ __type(name: "Department") { name fields { name type { kind ofType { kind ofType { kind ofType { kind ofType { kind name } } } } } } } }',
    );
    expect(oneType.errors).toBeUndefined();
    expect(oneType.data?.__type.fields.map((field) => field.name).slice(0, 3)).toEqual(['code', 'name', 'municipalities']);
  });
});
