import { Lexer, Source, TokenKind } from 'graphql';
import type { Prng } from './prng.js';

/** One HTTP request of a fuzz run, and what it was made from (printed when it fails). */
export interface FuzzRequest {
  kind: string;
  method: string;
  /** Appended to the endpoint (`?query=…` for GET). */
  search: string;
  headers: Record<string, string>;
  body?: string;
}

function tokens(source: string): string[] {
  const lexer = new Lexer(new Source(source));
  const found: string[] = [];
  try {
    for (let token = lexer.advance(); token.kind !== TokenKind.EOF; token = lexer.advance())
      found.push(source.slice(token.start, token.end));
  } catch {
    // A seed that does not lex is used as it is.
    return [source];
  }
  return found;
}

/** What a careless or hostile client inserts into an operation. */
const INSERTS = [
  '{',
  '}',
  '(',
  ')',
  '[',
  ']',
  ':',
  '!',
  '=',
  '$x',
  '$ministry',
  '...',
  '... on Department',
  '@include(if: true)',
  '@skip(if: $x)',
  '@deprecated',
  '"2025-02-30"',
  '"2025-11-31"',
  '"05490"',
  '"5490"',
  '99999999999999999999',
  '-1',
  '0',
  '1e400',
  '3.5',
  'null',
  'true',
  'query',
  'mutation',
  'subscription',
  'fragment F on Query { __typename }',
  'on',
  '__typename',
  '__schema { types { name } }',
  '__type(name: "Plan") { name }',
  'departments',
  'municipalities { department { code } }',
  'department(code: "54")',
  'plan',
  'actions',
  'facts(first: 1000)',
  'first: 5000',
  'after: "bm8="',
  'code: 5490',
  'ministry(code: NOPE)',
  'SALUD',
  '"\\u0000"',
  '"""bloque"""',
  '#',
  'é',
  '\u200b',
];

const DATES = ['2025-02-30', '2025-11-31', '2025-13-01', '30/09/2025', '', 'mañana', '0000-00-00', '2025-9-30', '9999-99-99'];
// biome-ignore lint/correctness/noPrecisionLoss: a number no double holds exactly is one of the inputs being fuzzed.
const HUGE = [99999999999999999999, 1e308, -1e308, 2 ** 53, 2 ** 31, -(2 ** 31) - 1, 1.5, 0, -1];

function variablesFor(random: Prng): Record<string, unknown> {
  const pool: Array<[string, unknown]> = [
    ['ministry', random.pick(['SALUD', 'IGUALDAD', 'NOPE', 5, null, ['SENA'], { code: 'SENA' }, ''])],
    ['code', random.pick(['54', '05490', '5490', 5490, null, {}, 'x'.repeat(random.int(5000))])],
    ['after', random.pick([null, 'bm90LWEtY3Vyc29y.xyz', 'x', 12, {}, '%%%'])],
    ['first', random.pick([1000, 7, ...HUGE, '1000', 'mil', null])],
    ['from', random.pick(DATES)],
    ['filter', { from: random.pick(DATES), to: random.pick(DATES), action: random.pick(HUGE), territory: random.pick(['5490', 54, null]) }],
    ['n', random.pick(HUGE)],
    ['x', random.pick([true, 'true', 1, null])],
  ];
  return Object.fromEntries(pool.filter(() => random.chance(0.5)));
}

/** A known operation with its tokens deleted, duplicated, swapped, replaced or given aliases. */
function mutated(random: Prng, seed: string): string {
  const parts = tokens(seed);
  for (let edits = 1 + random.int(4); edits > 0; edits -= 1) {
    const at = random.int(parts.length + 1);
    switch (random.int(6)) {
      case 0:
        parts.splice(at, 1);
        break;
      case 1:
        parts.splice(at, 0, parts[at] ?? '}');
        break;
      case 2:
        parts.splice(at, 0, random.pick(INSERTS));
        break;
      case 3: {
        const other = random.int(parts.length);
        [parts[at], parts[other]] = [parts[other] ?? '{', parts[at] ?? '}'];
        break;
      }
      case 4:
        if (/^[_A-Za-z]\w*$/.test(parts[at] ?? '')) parts.splice(at, 0, `a${random.int(10_000)}`, ':');
        break;
      default: {
        // Repeat one field under many aliases: the shape of the alias bombs, at every size.
        const field = random.pick(['departments { code }', 'plan { reportCut }', 'facts(first: 1000) { totalCount }', '__typename']);
        const count = random.pick([2, 15, 16, 30, 31, 200, 1000]);
        parts.splice(at, 0, Array.from({ length: count }, (_, index) => `b${index}: ${field}`).join(' '));
      }
    }
  }
  return parts.join(' ');
}

const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'application/graphql-response+json',
  'text/plain',
  'application/graphql',
  'multipart/form-data; boundary=x',
  'application/x-www-form-urlencoded',
  'application/json; charset=latin1',
  'application/json; charset=utf-16',
];

const ACCEPTS = [
  'application/json',
  'application/graphql-response+json',
  'application/graphql-response+json, application/json;q=0.9',
  '*/*',
];

/** A body that is not the JSON of a GraphQL request, or is one with the wrong types. */
function badBody(random: Prng, query: string): string {
  switch (random.int(9)) {
    case 0:
      return JSON.stringify({ query }).slice(0, random.int(query.length + 10));
    case 1:
      return JSON.stringify({ query: random.pick([5, null, true, [], {}, '']) });
    case 2:
      return JSON.stringify(random.pick([[], null, 'texto', 42, [{ query }]]));
    case 3:
      return JSON.stringify({ query, variables: random.pick(['{}', '[1]', 5, [], 'null']) });
    case 4:
      return JSON.stringify({ query, operationName: random.pick([5, {}, 'NoExiste', '', null]) });
    case 5:
      return JSON.stringify({
        query,
        extensions: random.pick([{ persistedQuery: { version: 1, sha256Hash: 'abc' } }, { persistedQuery: 5 }, 'x', []]),
      });
    case 6:
      return `${'['.repeat(5000)}${']'.repeat(5000)}`;
    case 7:
      return `\ufeff${JSON.stringify({ query })}`;
    default:
      return Array.from({ length: 1 + random.int(200) }, () => String.fromCharCode(random.int(256))).join('');
  }
}

/** Two or three operations in one document, sometimes anonymous, usually without operationName. */
function severalOperations(random: Prng, seeds: readonly string[]): { query: string; operationName?: string } {
  const query = Array.from({ length: 2 + random.int(2) }, (_, index) => {
    const seed = random.pick(seeds).replace(/^#.*\n/gm, '');
    return random.chance(0.5) ? seed.replace(/^\s*(query\b[^({]*)?/, `query Op${index} `) : seed;
  }).join('\n');
  return random.chance(0.8) ? { query } : { query, operationName: random.pick(['Op0', 'Op1', 'Op9', '']) };
}

/** `count` requests built from `seeds` (known operations) with a fixed PRNG. */
export function fuzzRequests(random: Prng, seeds: readonly string[], count: number): FuzzRequest[] {
  const requests: FuzzRequest[] = [];
  while (requests.length < count) {
    const seed = random.pick(seeds);
    let kind: string;
    let payload: { query: string; variables?: Record<string, unknown>; operationName?: string };
    switch (random.int(5)) {
      case 0:
        kind = 'mutated';
        payload = { query: mutated(random, seed), variables: variablesFor(random) };
        break;
      case 1:
        kind = 'variables';
        payload = { query: seed, variables: variablesFor(random) };
        break;
      case 2:
        kind = 'several-operations';
        payload = severalOperations(random, seeds);
        break;
      case 3:
        kind = 'invalid-date';
        payload = {
          query: random.chance(0.5)
            ? `{ ministry(code: ${random.pick(['SALUD', 'SENA', 'IGUALDAD'])}) { facts(filter: { from: "${random.pick(DATES)}", to: "${random.pick(DATES)}" }) { totalCount } } }`
            : 'query ($filter: FactFilter, $first: Int) { ministry(code: SALUD) { facts(first: $first, filter: $filter) { totalCount } } }',
          variables: variablesFor(random),
        };
        break;
      default:
        kind = 'mutated-twice';
        payload = { query: mutated(random, mutated(random, seed)), variables: variablesFor(random) };
    }
    const accept = random.pick(ACCEPTS);
    if (random.chance(0.25)) {
      const params = new URLSearchParams({ query: payload.query });
      if (payload.variables) params.set('variables', random.chance(0.9) ? JSON.stringify(payload.variables) : '{"roto":');
      if (payload.operationName !== undefined) params.set('operationName', payload.operationName);
      requests.push({
        kind: `GET ${kind}`,
        method: 'GET',
        search: `?${params}`,
        headers: { accept, ...(random.chance(0.5) ? { 'apollo-require-preflight': 'true' } : {}) },
      });
    } else if (random.chance(0.15)) {
      requests.push({
        kind: `bad body (${kind})`,
        method: random.pick(['POST', 'POST', 'PUT', 'PATCH']),
        search: '',
        headers: { accept, 'content-type': random.pick(CONTENT_TYPES) },
        body: badBody(random, payload.query),
      });
    } else {
      const contentType = random.chance(0.85) ? 'application/json' : random.pick(CONTENT_TYPES);
      requests.push({
        kind: `POST ${kind}`,
        method: 'POST',
        search: '',
        headers: { accept, 'content-type': contentType },
        body: JSON.stringify(payload),
      });
    }
  }
  return requests;
}
