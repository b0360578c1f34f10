import { knownOperationFiles } from '@cnim/gateway/known-operations';
import { SUBGRAPH_NAMES } from '@cnim/kit';
import { describe, expect, it } from 'vitest';
import { ALL_MUNICIPALITIES, FACT_TABLE_PAGE, ONE_DEPARTMENT, WHOLE_PLAN } from '../../bench/workloads.js';
import { fuzzRequests, type FuzzRequest } from '../support/fuzz-requests.js';
import { prng } from '../support/prng.js';
import { useGraph } from '../support/use-graph.js';

// Seeded fuzzing of the real gateway and of one subgraph reached directly: the known operations,
// mutated token by token, with wrong variables, impossible days, huge numbers, several operations
// without operationName, GET and POST, bodies that are not JSON and the wrong content types. Whatever
// comes in, no answer may be an HTTP 5xx or carry the servers' insides (a subgraph's address, a file
// path, a stack frame, SQL). The same seed sends the same requests every run.
const graph = useGraph();

const SEED = 20_251_125;
const GATEWAY_REQUESTS = 2_000;
const SUBGRAPH_REQUESTS = 1_000;
const IN_FLIGHT = 6;

const KNOWN = [...knownOperationFiles().map((file) => file.source), WHOLE_PLAN, ALL_MUNICIPALITIES, ONE_DEPARTMENT, FACT_TABLE_PAGE];
/** What the gateway sends the Salud subgraph, and what a team tries on it alone. */
const SALUD_OPERATIONS = [
  '{ saludFacts(first: 5) { totalCount nodes { id value unit periodStart } pageInfo { endCursor hasNextPage } } }',
  'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Department { name } ... on Municipality { name psychosocialAllocations { amount status } } } }',
  'query ($filter: FactFilter, $first: Int, $after: String) { saludFacts(first: $first, after: $after, filter: $filter) { totalCount } }',
  '{ _service { sdl } }',
  '{ departments { code municipalities { code psychosocialAllocations { amount } } } }',
  'mutation { salud { __typename } }',
];

interface Outcome {
  request: FuzzRequest;
  status: number;
  type: string;
  text: string;
}

/** An answer, or status 0 when the connection failed with none (counted, never thrown, so a run always completes). */
async function send(url: string, request: FuzzRequest): Promise<Outcome> {
  const init: RequestInit = { method: request.method, headers: request.headers };
  if (request.body !== undefined) init.body = request.body;
  try {
    const response = await fetch(`${url}${request.search}`, init);
    return { request, status: response.status, type: response.headers.get('content-type') ?? '', text: await response.text() };
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? String(error);
    return { request, status: 0, type: '', text: `no answer: ${cause}` };
  }
}

async function sendAll(url: string, requests: readonly FuzzRequest[]): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  let next = 0;
  const worker = async () => {
    while (next < requests.length) outcomes.push(await send(url, requests[next++]!));
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  return outcomes;
}

/** What no answer may contain. */
function leakPatterns(): Array<[string, RegExp]> {
  const ports = SUBGRAPH_NAMES.map((name) => new URL(graph().subgraphUrl(name)).port);
  return [
    ['a subgraph’s address', new RegExp(`(?:127\\.0\\.0\\.1|localhost):(?:${ports.join('|')})`)],
    ['a file path', /\/work\/|node_modules|[A-Za-z]:\\\\/],
    ['a stack frame', /\bat (?:\S+ \()?(?:file:\/\/|\/|node:)\S*:\d+:\d+/],
    ['SQL', /SELECT |INSERT INTO|SQLITE_|no such (?:table|column)/],
    ['an HTML page', /<!DOCTYPE|<html/i],
  ];
}

function summary(target: string, outcomes: readonly Outcome[], leaks: ReadonlyArray<{ outcome: Outcome; what: string }>): string {
  const tally = <T>(items: readonly T[], key: (item: T) => string) => {
    const counts = new Map<string, number>();
    for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
    return [...counts];
  };
  const count = (key: (outcome: Outcome) => string) =>
    tally(outcomes, key)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, n]) => `${name}: ${n}`)
      .join(', ');
  const code = (outcome: Outcome) => {
    const match = /"code":"([A-Z_]+)"/.exec(outcome.text);
    return match ? match[1]! : outcome.text.startsWith('{"data"') ? 'data' : 'other';
  };
  const leaking = new Set(leaks.map((leak) => leak.outcome)).size;
  const byWhat = tally(leaks, (leak) => leak.what)
    .map(([what, n]) => `${what}: ${n}`)
    .join(', ');
  return [
    `${target}: ${outcomes.length} requests; HTTP 5xx: ${outcomes.filter((outcome) => outcome.status >= 500).length}; no answer: ${outcomes.filter((outcome) => outcome.status === 0).length}; answers that leak: ${leaking}${byWhat ? ` (${byWhat})` : ''}`,
    `  statuses: ${count((outcome) => String(outcome.status))}`,
    `  first codes: ${count(code)}`,
  ].join('\n');
}

async function fuzz(target: string, url: string, seeds: readonly string[], count: number, seed: number) {
  const requests = fuzzRequests(prng(seed), seeds, count);
  const outcomes = await sendAll(url, requests);
  const patterns = leakPatterns();
  const leaks = outcomes.flatMap((outcome) =>
    patterns.filter(([, pattern]) => pattern.test(outcome.text)).map(([what]) => ({ outcome, what })),
  );
  console.log(summary(target, outcomes, leaks));
  return { outcomes, leaks };
}

const describeFailure = (outcome: Outcome) =>
  `${outcome.request.kind} ${outcome.request.method} ${outcome.status}: ${(outcome.request.body ?? outcome.request.search).slice(0, 300)} → ${outcome.text.slice(0, 300)}`;

describe('seeded fuzzing', () => {
  it(`sends ${GATEWAY_REQUESTS} malformed and mutated requests to the gateway: each answered, no 5xx, no leak`, {
    timeout: 180_000,
  }, async () => {
    const { outcomes, leaks } = await fuzz('gateway', graph().url, KNOWN, GATEWAY_REQUESTS, SEED);
    expect(outcomes).toHaveLength(GATEWAY_REQUESTS);
    expect(outcomes.filter((outcome) => outcome.status >= 500 || outcome.status === 0).map(describeFailure)).toEqual([]);
    expect(leaks.map(({ outcome, what }) => `${what}: ${describeFailure(outcome)}`)).toEqual([]);
    expect(outcomes.filter((outcome) => !/json/.test(outcome.type)).map(describeFailure)).toEqual([]);
    // A client's mistake is never filed as the server's own.
    expect(outcomes.filter((outcome) => outcome.text.includes('INTERNAL_SERVER_ERROR')).map(describeFailure)).toEqual([]);
  });

  it(`sends ${SUBGRAPH_REQUESTS} to the Salud subgraph directly: each answered, no 5xx, no leak`, { timeout: 180_000 }, async () => {
    const { outcomes, leaks } = await fuzz(
      'salud subgraph',
      graph().subgraphUrl('salud'),
      [...SALUD_OPERATIONS, ...KNOWN],
      SUBGRAPH_REQUESTS,
      SEED + 1,
    );
    expect(outcomes).toHaveLength(SUBGRAPH_REQUESTS);
    expect(outcomes.filter((outcome) => outcome.status >= 500 || outcome.status === 0).map(describeFailure)).toEqual([]);
    expect(leaks.map(({ outcome, what }) => `${what}: ${describeFailure(outcome)}`)).toEqual([]);
    expect(outcomes.filter((outcome) => !/json/.test(outcome.type)).map(describeFailure)).toEqual([]);
    // A client's mistake is never filed as the server's own.
    expect(outcomes.filter((outcome) => outcome.text.includes('INTERNAL_SERVER_ERROR')).map(describeFailure)).toEqual([]);
  });

  it('leaves the gateway and every subgraph answering', async () => {
    const response = await fetch(graph().url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{ plan { reportCut } }"}',
    });
    expect(await response.json()).toEqual({ data: { plan: { reportCut: 'Noviembre 2025' } } });
    for (const name of SUBGRAPH_NAMES) {
      const direct = await fetch(graph().subgraphUrl(name), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ __typename }"}',
      });
      expect(await direct.json(), name).toEqual({ data: { __typename: 'Query' } });
    }
  });
});
