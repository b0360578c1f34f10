import { readFileSync } from 'node:fs';
import { GATEWAY_LIMITS, SUBGRAPH_LIMITS, clientSafeError, operationLimitRules, type OperationLimits } from '@cnim/kit';
import { knownOperationFiles } from '@cnim/gateway/known-operations';
import { SUPERGRAPH_FILE } from '@cnim/gateway/subgraphs';
import { getIntrospectionQuery, parse, specifiedRules, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { apiSchemaOf } from '../../gateway/src/api-schema.js';
import { ALL_MUNICIPALITIES, FACT_TABLE_PAGE, ONE_DEPARTMENT, WHOLE_PLAN } from '../../bench/workloads.js';

// The rules alone, on the schema clients see: what each limit refuses and what it lets through.
// tests/e2e/known-operations-within-limits.test.ts sends the same operations through the real gateway.
const schema = apiSchemaOf(readFileSync(SUPERGRAPH_FILE, 'utf8'));

function refusals(query: string, limits: OperationLimits = GATEWAY_LIMITS) {
  return validate(schema, parse(query, { maxTokens: limits.maxTokens }), operationLimitRules(limits)).map((error) => ({
    message: error.message,
    extensions: error.extensions,
  }));
}

/** GraphiQL's introspection query (descriptions, deprecated arguments, the schema's description) and a BI tool's. */
const INTROSPECTION = [
  getIntrospectionQuery({
    descriptions: true,
    specifiedByUrl: true,
    directiveIsRepeatable: true,
    schemaDescription: true,
    inputValueDeprecation: true,
  }),
  getIntrospectionQuery(),
];

/** A BI tool reading one type: `ofType` five levels down, 9 levels in all. */
const ONE_TYPE =
  '{ __type(name: "Department") { name fields { name type { kind ofType { kind ofType { kind ofType { kind ofType { kind name } } } } } } } }';

const FACT_COLUMNS =
  'id indicatorCode actionNumber ministryCode territoryLevel territoryCode periodId periodStart periodEnd site sex nationality value unit source';

/** Departments → municipalities → department → …, `levels` fields deep (the last is `code`). */
function territoryCycle(levels: number): string {
  const fields = Array.from({ length: levels - 1 }, (_, level) =>
    level === 0 ? 'departments' : level % 2 === 1 ? 'municipalities' : 'department',
  );
  return `{ ${fields.reduceRight((inner, field) => `${field} { ${inner} }`, 'code')} }`;
}

describe('operation limits: what every known operation needs', () => {
  it.each(knownOperationFiles().map((file) => [file.file, file.source]))('lets %s through', (_file, source) => {
    expect(refusals(source)).toEqual([]);
  });

  it.each([
    ['W1', WHOLE_PLAN],
    ['W2', ALL_MUNICIPALITIES],
    ['W2 for one department', ONE_DEPARTMENT],
    ['W3', FACT_TABLE_PAGE],
    ['GraphiQL’s introspection', INTROSPECTION[0]!],
    ['the plain introspection query', INTROSPECTION[1]!],
    ['one type’s introspection, 9 levels deep', ONE_TYPE],
  ])('lets %s through', (_name, query) => {
    expect(refusals(query)).toEqual([]);
  });

  it('lets a subgraph accept at least what the gateway accepts, and no deeper territory cycle', () => {
    for (const key of Object.keys(GATEWAY_LIMITS) as Array<keyof OperationLimits>) {
      expect(SUBGRAPH_LIMITS[key], key).toBeGreaterThanOrEqual(GATEWAY_LIMITS[key]);
    }
    expect(SUBGRAPH_LIMITS.maxDepth).toBe(GATEWAY_LIMITS.maxDepth);
  });
});

describe('operation limits: what each refuses, in Spanish, with the numbers', () => {
  const aliases = (count: number) => `{ ${Array.from({ length: count }, (_, index) => `a${index}: departments { code }`).join(' ')} }`;

  it('counts aliases: 15 pass, 16 are refused', () => {
    expect(refusals(aliases(15))).toEqual([]);
    expect(refusals(aliases(16))).toEqual([
      {
        message: 'La consulta usa 16 alias; el máximo es 15. Envíe varias consultas en lugar de repetir campos con alias.',
        extensions: { limit: 'aliases', maximum: 15, found: 16 },
      },
    ]);
  });

  it('counts levels of fields, not fragments: the territory cycle passes at 6 levels and is refused at 7', () => {
    expect(territoryCycle(6)).toBe('{ departments { municipalities { department { municipalities { department { code } } } } } }');
    expect(refusals(territoryCycle(6))).toEqual([]);
    expect(
      refusals(
        `{ departments { ... on Department { municipalities { ...M } } } } fragment M on Municipality { department { municipalities { department { code } } } }`,
      ),
    ).toEqual([]);
    expect(refusals(territoryCycle(7))).toEqual([
      {
        message: 'La consulta anida 7 niveles de campos; el máximo es 6. Pida menos niveles o divídala en varias consultas.',
        extensions: { limit: 'depth', maximum: 6, found: 7 },
      },
    ]);
  });

  it('counts directives: 20 pass, 21 are refused', () => {
    const toggles = (count: number) => `{ departments { ${'... on Department @include(if: true) { code } '.repeat(count)}} }`;
    expect(refusals(toggles(20))).toEqual([]);
    expect(refusals(toggles(21))).toEqual([
      { message: 'La consulta usa 21 directivas; el máximo es 20.', extensions: { limit: 'directives', maximum: 20, found: 21 } },
    ]);
  });

  it('weighs literal page sizes: one page of 1000 facts with every column passes, two are refused', () => {
    const page = (ministry: string) =>
      `${ministry.toLowerCase()}: ministry(code: ${ministry}) { facts(first: 1000) { totalCount pageInfo { endCursor hasNextPage } nodes { ${FACT_COLUMNS} } } }`;
    expect(refusals(`{ ${page('SALUD')} }`)).toEqual([]);
    expect(refusals(`{ ${page('SALUD')} ${page('SENA')} }`)).toEqual([
      {
        message:
          'La consulta pide demasiado de una vez: cuesta 143.254 y el máximo es 100.000 (una página de 1000 hechos con todas sus columnas cuesta 71.627). Pida menos campos o páginas más pequeñas.',
        extensions: { limit: 'cost', maximum: 100000, found: 143254 },
      },
    ]);
  });

  it('stops parsing past the token limit, and says so in Spanish', () => {
    const document = `{ departments { ${'code '.repeat(GATEWAY_LIMITS.maxTokens)}} }`;
    let refusal: unknown;
    try {
      parse(document, { maxTokens: GATEWAY_LIMITS.maxTokens });
    } catch (error) {
      refusal = error;
    }
    expect((refusal as Error).message).toBe('Syntax Error: Document contains more that 2000 tokens. Parsing aborted.');
    expect(clientSafeError({ message: (refusal as Error).message, extensions: { code: 'GRAPHQL_PARSE_FAILED' } })).toEqual({
      message: 'La consulta tiene más de 2.000 unidades léxicas (tokens); el máximo es 2.000. Divídala en varias consultas.',
      extensions: { code: 'GRAPHQL_PARSE_FAILED', limit: 'tokens', maximum: 2000 },
    });
  });

  it('leaves introspection to graphql-js, which refuses an introspection cycle on its own', () => {
    const cycle = '{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }';
    expect(refusals(cycle)).toEqual([]);
    expect(
      validate(schema, parse(cycle), [...specifiedRules, ...operationLimitRules(GATEWAY_LIMITS)]).map((error) => error.message),
    ).toEqual(['Maximum introspection depth exceeded']);
  });
});
