import { readFileSync } from 'node:fs';
import { apiSchemaOf } from '@cnim/gateway/api-schema';
import { GATEWAY_FETCH_BUDGET, countCrossings, fieldOwners, subgraphFetchBudget } from '@cnim/gateway/fetch-budget';
import { knownOperationFiles } from '@cnim/gateway/known-operations';
import { SUPERGRAPH_FILE } from '@cnim/gateway/subgraphs';
import { runtimeGraphql } from '@cnim/kit';
import { printSchema, type DocumentNode, type OperationDefinitionNode, type ValidationContext } from 'graphql';
import { describe, expect, it } from 'vitest';

// The budget of fetches across subgraphs is checked during validation, before any planning: every known
// operation passes, and the planning attack of the security audit (aliases of the departments with four
// ministries' figures, and variants with fragments and nested entities) is refused.
// The rule runs on Apollo Server's copy of graphql-js (runtime-graphql.ts): the schema is built and
// the operations validated with that copy here too.
const { buildSchema, parse, print, validate } = runtimeGraphql;
const sdl = readFileSync(SUPERGRAPH_FILE, 'utf8');
const schema = buildSchema(printSchema(apiSchemaOf(sdl)));
const owners = fieldOwners(sdl);

const crossingsOf = (document: DocumentNode) => {
  const counted: Array<{ total: number; aliased: number }> = [];
  validate(schema, document, [
    (context: ValidationContext) => ({
      OperationDefinition: (operation: OperationDefinitionNode) =>
        void counted.push(
          countCrossings(context, operation.selectionSet, context.getSchema().getRootType(operation.operation)!, null, owners, {
            total: Infinity,
            aliased: Infinity,
          }),
        ),
    }),
  ]);
  return counted;
};
/** The budget's refusals of an operation that is otherwise valid (graphql-js's own rules find nothing). */
const refusalsOf = (source: string) => {
  expect(
    validate(schema, parse(source)).map((error) => error.message),
    source,
  ).toEqual([]);
  return validate(schema, parse(source), [subgraphFetchBudget(owners, GATEWAY_FETCH_BUDGET)]).map((error) => ({
    message: error.message,
    ...(error.extensions as { limit: string; maximum: number; found: number }),
  }));
};

const FIGURES =
  'code municipalities { code name integrateCentres { name } psychosocialAllocations { amount } educationAccompaniments { level } } laborFormalizationParticipants { participants }';
const aliases = (count: number, selection: (index: number) => string) =>
  `{ ${Array.from({ length: count }, (_, index) => selection(index)).join(' ')} }`;

describe('the budget of fetches across subgraphs', () => {
  it('passes every known operation, none of which repeats a crossing under an alias', () => {
    for (const { file, source } of knownOperationFiles()) {
      for (const counted of crossingsOf(parse(source))) {
        expect(counted.total, file).toBeLessThanOrEqual(GATEWAY_FETCH_BUDGET.total);
        expect(counted.aliased, file).toBe(0);
      }
      expect(refusalsOf(source), file).toEqual([]);
    }
  });

  it('counts four crossings for the departments with four ministries’ figures, once per alias', () => {
    expect(crossingsOf(parse(`{ departments { ${FIGURES} } }`))).toEqual([{ total: 4, aliased: 0 }]);
    expect(crossingsOf(parse(aliases(15, (index) => `a${index}: departments { ${FIGURES} }`)))).toEqual([{ total: 60, aliased: 60 }]);
  });

  it.each([5, 15, 50])('refuses %i aliases of the audit’s query before planning, naming the limit', (count) => {
    const refusals = refusalsOf(aliases(count, (index) => `a${index}: departments { ${FIGURES} }`));
    expect(refusals).toHaveLength(1);
    expect(refusals[0]).toMatchObject({ limit: 'aliasedSubgraphFetches', maximum: GATEWAY_FETCH_BUDGET.aliased });
    expect(refusals[0]!.found).toBeGreaterThan(GATEWAY_FETCH_BUDGET.aliased);
  });

  it('refuses the same through a fragment spread under aliases, and through nested entities', () => {
    const fragment = `fragment Figures on Department { ${FIGURES} }`;
    expect(refusalsOf(`${aliases(5, (index) => `a${index}: departments { ...Figures }`)} ${fragment}`)[0]).toMatchObject({
      limit: 'aliasedSubgraphFetches',
    });
    const around =
      'code laborFormalizationParticipants { participants } municipalities { integrateCentres { name } psychosocialAllocations { amount } }';
    const nested = `{ ${Array.from({ length: 5 }, (_, index) => `m${index}: departments { municipalities { department { ${around} } } }`).join(' ')} }`;
    expect(refusalsOf(nested)[0]).toMatchObject({ limit: 'aliasedSubgraphFetches' });
  });

  it('accepts one aliased copy of W2’s shape beside the original, and aliases of single entities (one action in two cuts)', () => {
    expect(refusalsOf(`{ departments { ${FIGURES} } again: departments { code municipalities { integrateCentres { name } } } }`)).toEqual(
      [],
    );
    const twoCuts =
      '{ febrero: action(number: 12, cut: "2026-02") { status report { narrative } tasks { number status } } noviembre: action(number: 12, cut: "2025-11") { status report { narrative } tasks { number } } }';
    expect(crossingsOf(parse(twoCuts))).toEqual([{ total: 6, aliased: 0 }]);
    expect(refusalsOf(twoCuts)).toEqual([]);
  });

  it('refuses an operation without aliases that crosses more often than the total allows: W1 with three territory views beside it', () => {
    const whole = parse(readFileSync(new URL('../../operations/bench-whole-plan.graphql', import.meta.url), 'utf8'));
    const operation = whole.definitions.find(
      (definition): definition is OperationDefinitionNode => definition.kind === 'OperationDefinition',
    )!;
    const places = parse(
      `{ departments { ${FIGURES} } department(code: "54") { ${FIGURES} } municipality(code: "54001") { integrateCentres { name } psychosocialAllocations { amount } educationAccompaniments { level } } }`,
    );
    const extra = (places.definitions[0] as OperationDefinitionNode).selectionSet.selections;
    const wide = print({
      ...whole,
      definitions: [
        { ...operation, selectionSet: { ...operation.selectionSet, selections: [...operation.selectionSet.selections, ...extra] } },
        ...whole.definitions.filter((definition) => definition !== operation),
      ],
    });
    const counted = crossingsOf(parse(wide))[0]!;
    expect(counted).toMatchObject({ aliased: 0 });
    expect(counted.total).toBeGreaterThan(GATEWAY_FETCH_BUDGET.total);
    // Counting stops once past the budget: `found` is where it stopped, and the message says "or more".
    const refusals = refusalsOf(wide);
    const found = refusals[0]!.found;
    expect(found).toBeGreaterThan(GATEWAY_FETCH_BUDGET.total);
    expect(refusals).toEqual([
      {
        message: `La consulta pediría ${found} o más consultas entre subgrafos (cifras de varios ministerios); el máximo es ${GATEWAY_FETCH_BUDGET.total}. Divídala en varias consultas.`,
        limit: 'subgraphFetches',
        maximum: GATEWAY_FETCH_BUDGET.total,
        found,
      },
    ]);
  });
});
