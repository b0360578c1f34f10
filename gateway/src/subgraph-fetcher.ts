import { STATUS_CODES } from 'node:http';
import type { Fetcher, FetcherRequestInit, FetcherResponse } from '@apollo/utils.fetcher';
import { CLIENT_KEEP_ALIVE_MS } from '@cnim/kit';
import { Agent, request } from 'undici';
import { closedByPeer } from './closed-by-peer.js';

interface Answer {
  status: number;
  headers: Headers;
  body: string;
}

/**
 * A subgraph's answer, already read. Each caller gets its own, and parses its own copy of the text,
 * so no caller sees what another changes. Built directly rather than as a WHATWG Response, which
 * would encode the text to bytes and decode it again for every page of 1000 facts.
 */
class ReadAnswer implements FetcherResponse {
  readonly bodyUsed = false;
  readonly redirected = false;
  readonly ok: boolean;
  readonly status: number;
  readonly statusText: string;
  readonly headers: Headers;

  constructor(
    readonly url: string,
    private readonly answer: Answer,
  ) {
    this.status = answer.status;
    this.ok = answer.status >= 200 && answer.status < 300;
    this.statusText = STATUS_CODES[answer.status] ?? '';
    this.headers = answer.headers;
  }

  async text(): Promise<string> {
    return this.answer.body;
  }

  async json(): Promise<unknown> {
    return JSON.parse(this.answer.body);
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    const bytes = Buffer.from(this.answer.body);
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  }

  clone(): ReadAnswer {
    return new ReadAnswer(this.url, this.answer);
  }
}

/** Only reads share an answer: a write always reaches its subgraph itself. Apollo's request body starts with the operation. */
function isQuery(body: string): boolean {
  return body.startsWith('{"query":"query') || body.startsWith('{"query":"{');
}

/**
 * How the gateway talks HTTP to its subgraphs: undici over kept-alive connections (released before the
 * subgraph would close them, see the kit's keep-alive.ts), instead of
 * @apollo/gateway's default make-fetch-happen, whose HTTP cache layers and agent cost more CPU than
 * the subgraph request itself (see docs/performance.md). Identical reads in flight at the same time
 * (same subgraph, same operation and variables, same identity and write generation headers) share one
 * subgraph request, as Apollo Router's and Hive Gateway's query deduplication do: a dashboard opened by many people
 * at once costs each subgraph one request. A read whose connection the subgraph closed before
 * answering is sent once more; a write never is.
 */

/** Signs one request just before it leaves (see the kit's gateway-signature.ts): after deduplication, so a shared read is signed once. */
export type RequestSigner = (headers: Record<string, string>, body: string) => Record<string, string>;

export function createSubgraphFetcher(sign?: RequestSigner): Fetcher {
  // keepAliveMaxTimeout caps the subgraph's own `Keep-Alive: timeout=65` hint, which undici would otherwise follow.
  const dispatcher = new Agent({ keepAliveTimeout: CLIENT_KEEP_ALIVE_MS, keepAliveMaxTimeout: CLIENT_KEEP_ALIVE_MS });
  const inFlight = new Map<string, Promise<Answer>>();

  // Signed at each attempt: a retried read carries a new nonce, so the subgraph never takes it for a replay.
  const start = (url: string, init: FetcherRequestInit) => {
    const headers = (init.headers ?? {}) as Record<string, string>;
    const signed = sign ? { ...headers, ...sign(headers, typeof init.body === 'string' ? init.body : '') } : headers;
    return request(url, { method: (init.method ?? 'POST') as 'POST', headers: signed, body: init.body, dispatcher });
  };

  const send = async (url: string, init: FetcherRequestInit): Promise<Answer> => {
    const response = await start(url, init).catch((error: unknown) => {
      if (typeof init.body === 'string' && isQuery(init.body) && closedByPeer(error)) return start(url, init);
      throw error;
    });
    const answerHeaders = new Headers();
    for (const [name, value] of Object.entries(response.headers)) {
      if (typeof value === 'string') answerHeaders.set(name, value);
      else for (const item of value ?? []) answerHeaders.append(name, item);
    }
    return { status: response.statusCode, headers: answerHeaders, body: await response.body.text() };
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
    return new ReadAnswer(url, await answer);
  };
  return fetcher as Fetcher;
}
