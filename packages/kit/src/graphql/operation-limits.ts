/**
 * How big an operation may be before the gateway or a subgraph parses, validates or plans it: the
 * numbers, in one place, for the gateway and the subgraphs. docs/security.md ("Operation limits")
 * explains each one. The rules that enforce them are in operation-limit-rules.ts.
 *
 * Measured on every known operation (operations/ and operations/docs/, the benchmark's W1–W3, the BI
 * refresh) and on GraphiQL's introspection query, and on every subgraph fetch the gateway plans for
 * them (fragments not counted as levels, `__schema`/`__type` not counted for depth or cost):
 *
 * | measure    | largest client operation        | largest subgraph fetch            |
 * |------------|---------------------------------|-----------------------------------|
 * | tokens     | 183 (introspection), 146 (W1)   | 72 (W1's fetch to igualdad)       |
 * | depth      | 5 (W1, reporting workflow)      | 5                                 |
 * | aliases    | 0                               | 0                                 |
 * | directives | 0                               | 0                                 |
 * | cost       | 71,627 (a page of 1000 facts)   | 71,629                            |
 * | body       | under 2 KB                      | 94 KB (the plan's findings fetch) |
 */
export interface OperationLimits {
  /** Lexical tokens of the document; graphql-js stops parsing past it. */
  maxTokens: number;
  /** Nested levels of fields, not counting fragments or introspection. */
  maxDepth: number;
  /** Aliased fields (`a: departments`); `__typename` aliases are free. */
  maxAliases: number;
  /** Directives (`@include`, `@skip`) in the whole operation. */
  maxDirectives: number;
  /** GraphQL Armor's cost: 1 per scalar, 2 per object, ×1.5 per level, × a literal `first`/`last`. */
  maxCost: number;
  /** Bytes of the JSON body. */
  maxBodyBytes: number;
  /** Levels of objects and lists in the variables (or extensions): checked before anything reads them. */
  maxInputDepth: number;
  /** Bytes of the JSON answer: a larger one is replaced by an error before it is sent. */
  maxResponseBytes: number;
}

const MB = 1024 * 1024;

/** What a client may send to the gateway. */
export const GATEWAY_LIMITS: OperationLimits = {
  // Ten times the largest known operation (GraphiQL's introspection query, 183); a 2,000-token
  // document parses in about a millisecond. 1,000 aliases of `departments { code }` are 6,000.
  maxTokens: 2_000,
  // One level above the deepest known operation (5). The territories form a cycle
  // (departments → municipalities → department → …): with the full DIVIPOLA catalogue (1,122
  // municipalities), 6 levels reach Σ n² ≈ 74,000 municipalities (n: each department's count) and as
  // many departments; 7 levels would reach Σ n³ ≈ 7 million.
  maxDepth: 6,
  // No known operation uses one. An alias of W2 costs the gateway about 40 ms of planning and
  // fetching (measured: 10 aliases 0.9 s, 100 aliases 4.3 s); 15 (GraphQL Armor's default) lets a
  // dashboard put the departments the report names side by side, in well under a second.
  maxAliases: 15,
  // No known operation uses one; 20 leaves an `@include`/`@skip` on every field of a large dashboard.
  maxDirectives: 20,
  // One page of 1,000 facts with every column costs 71,627; two such pages in one operation (143,254)
  // are refused. Without a literal page size every known operation costs under 500.
  maxCost: 100_000,
  // A client's operation and variables; the largest known request is under 2 KB.
  maxBodyBytes: 1 * MB,
  // The deepest input of the schema is a filter inside an input (3 levels); 32 leaves room for any
  // client's envelope and is far below the thousands of levels that overflow a recursive copy.
  maxInputDepth: 32,
  // The largest known answer is every municipality with every ministry's figures, about 600 KB with the
  // full DIVIPOLA catalogue (W2); a page of 1000 facts is under 500 KB. Ten times that, and well below the
  // tens of MB an operation inside the other limits can still ask for (the territory cycle, aliased).
  maxResponseBytes: 8 * MB,
};

/**
 * What a subgraph accepts: the gateway's fetches, and anyone who reaches it directly. A fetch holds
 * part of a client operation, no deeper and with no more aliases or directives than it, but with the
 * client's fragments written out at every place they are spread, the entity keys it adds, and the
 * representations in its variables.
 */
export const SUBGRAPH_LIMITS: OperationLimits = {
  // Fragments written out (15 spreads of one fragment: 236 tokens at the gateway, 617 in the fetch):
  // ten times the gateway's limit. A 20,000-token document is parsed and validated in tens of ms.
  maxTokens: 20_000,
  // A fetch starts at `_entities` in place of the entity's field, so it is never deeper than the
  // client's operation; the `@requires` fetches the plan makes are 5 deep. The same cycle bound holds.
  maxDepth: GATEWAY_LIMITS.maxDepth,
  // The query planner may alias a field whose type differs between two entity types of one fetch:
  // room for one such alias per client alias.
  maxAliases: 2 * GATEWAY_LIMITS.maxAliases,
  maxDirectives: GATEWAY_LIMITS.maxDirectives,
  // A fetch costs what the part of the client operation it holds costs, plus `_entities` and its keys
  // (a page of facts: 71,627 at the gateway, 71,629 in the fetch); half again as room.
  maxCost: 1.5 * GATEWAY_LIMITS.maxCost,
  // A fetch carries the client's variables (at most the gateway's 1 MB) plus the representations of
  // the entities it resolves (94 KB for the plan's findings; about 50 KB for all 1,122 municipalities).
  maxBodyBytes: 2 * MB,
  // Representations carry the fields a `@requires` needs (the plan's narratives: 4 levels) under the client's variables.
  maxInputDepth: GATEWAY_LIMITS.maxInputDepth + 8,
  // A fetch answers for part of a client's operation, plus the entity keys: never more than the
  // gateway may send, and half again as margin for what the gateway then leaves out.
  maxResponseBytes: 1.5 * GATEWAY_LIMITS.maxResponseBytes,
};
