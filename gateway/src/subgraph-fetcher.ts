import { STATUS_CODES } from 'node:http';
import type { Fetcher, FetcherRequestInit, FetcherResponse } from '@apollo/utils.fetcher';
import { Agent, request } from 'undici';

interface Answer {
  status: number;
  headers: Headers;
  body: string;
}

/** Only reads share an answer: a write always reaches its subgraph itself. Apollo's request body starts with the operation. */
function isQuery(body: string): boolean {
  return body.startsWith('{"query":"query') || body.startsWith('{"query":"{');
}

/**
 * How the gateway talks HTTP to its subgraphs: undici over kept-alive connections, instead of
 * @apollo/gateway's default make-fetch-happen, whose HTTP cache layers and agent cost more CPU than
 * the subgraph request itself (see README, Performance). Identical reads in flight at the same time
 * (same subgraph, same operation and variables, same identity headers) share one subgraph request,
 * as Apollo Router's and Hive Gateway's query deduplication do: a dashboard opened by many people
 * at once costs each subgraph one request.
 */
export function createSubgraphFetcher(): Fetcher {
  const dispatcher = new Agent({ keepAliveTimeout: 30_000, keepAliveMaxTimeout: 600_000 });
  const inFlight = new Map<string, Promise<Answer>>();

  const send = async (url: string, init: FetcherRequestInit): Promise<Answer> => {
    const response = await request(url, {
      method: (init.method ?? 'POST') as 'POST',
      headers: init.headers,
      body: init.body,
      dispatcher,
    });
    const headers = new Headers();
    for (const [name, value] of Object.entries(response.headers)) {
      if (typeof value === 'string') headers.set(name, value);
      else for (const item of value ?? []) headers.append(name, item);
    }
    return { status: response.statusCode, headers, body: await response.body.text() };
  };

  const fetcher = async (url: string, init: FetcherRequestInit = {}): Promise<FetcherResponse> => {
    const body = typeof init.body === 'string' ? init.body : undefined;
    const key = body !== undefined && isQuery(body) ? `${url}\n${JSON.stringify(init.headers ?? {})}\n${body}` : undefined;
    let answer = key === undefined ? undefined : inFlight.get(key);
    if (!answer) {
      answer = send(url, init);
      if (key !== undefined) {
        inFlight.set(key, answer);
        const forget = () => inFlight.delete(key);
        answer.then(forget, forget);
      }
    }
    const { status, headers, body: text } = await answer;
    // A fresh Response per caller: each parses its own copy, so no caller sees another's changes.
    return new Response(text, { status, statusText: STATUS_CODES[status] ?? '', headers }) as unknown as FetcherResponse;
  };
  return fetcher as Fetcher;
}
