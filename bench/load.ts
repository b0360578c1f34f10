import autocannon from 'autocannon';

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  /** Responses whose body differed from the verified answer, plus errors and non-2xx answers: must be 0. */
  failures: number;
}

/** Closed-loop load from this process: `connections` clients each sending the next request when the last one is answered. */
export async function load(url: string, body: string, expectBody: string, seconds: number, connections: number): Promise<LoadResult> {
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    expectBody,
    connections,
    duration: seconds,
  });
  return {
    requestsPerSecond: result.requests.total / seconds,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    failures: result.mismatches + result.errors + result.timeouts + result.non2xx,
  };
}
