import { startGateway } from '@cnim/gateway';
import { GATEWAY_LIMITS, SUBGRAPH_LIMITS, SUBGRAPH_NAMES, type RunningSubgraph } from '@cnim/kit';
import { plan } from '@cnim/plan';
import { afterAll, describe, expect, it } from 'vitest';
import { startFresh } from '../support/subgraph.js';
import { useGraph } from '../support/use-graph.js';

// An answer larger than the limit is replaced by a Spanish error before a byte of it leaves, at the gateway
// and at a subgraph reached directly; the limit itself is sent. The shipped sample of DIVIPOLA is small,
// so the limit is set just below an answer's own size, measured first with the defaults.
const QUERY = '{ departments { code name municipalities { code name department { name } } } }';
const post = (url: string) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: QUERY }) });
const sizeAt = async (url: string) => Buffer.byteLength(await (await post(url)).text());

const refusal = (size: number, maximum: number) => ({
  errors: [
    {
      message: `La respuesta tendría ${(size / 1048576).toLocaleString('es-CO', { maximumFractionDigits: 1 })} MB; el máximo es ${(maximum / 1048576).toLocaleString('es-CO', { maximumFractionDigits: 1 })} MB. Pida menos campos, menos alias o una página más corta. No se envió nada.`,
      extensions: { code: 'RESPONSE_TOO_LARGE', limit: 'responseBytes', maximum, found: size },
    },
  ],
});

describe('the largest answer sent', () => {
  const full = useGraph();
  const running: RunningSubgraph[] = [];
  afterAll(() => Promise.all(running.map((subgraph) => subgraph.stop())));
  /** Another gateway in front of the same subgraphs, with its own limit. */
  const gatewayWith = (maxResponseBytes: number) =>
    startGateway({
      port: 0,
      host: '127.0.0.1',
      responseCache: false,
      maxResponseBytes,
      subgraphUrls: Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, full().subgraphUrl(name)])),
    });

  it('publishes the limits of docs/security.md: 8 MB at the gateway, 12 MB at a subgraph', () => {
    expect([GATEWAY_LIMITS.maxResponseBytes, SUBGRAPH_LIMITS.maxResponseBytes]).toEqual([8 * 1048576, 12 * 1048576]);
  });

  it('replaces an answer one byte over the gateway’s limit with the error, and sends one at the limit', async () => {
    const size = await sizeAt(full().url);
    const over = await gatewayWith(size - 1);
    const exact = await gatewayWith(size);
    try {
      const refused = await post(over.url);
      expect([refused.status, await refused.json()]).toEqual([400, refusal(size, size - 1)]);
      expect(await sizeAt(exact.url)).toBe(size);
    } finally {
      await over.stop();
      await exact.stop();
    }
  });

  it('refuses the same at a subgraph reached directly', async () => {
    const direct = await startFresh(plan, 0, { maxResponseBytes: 200 });
    running.push(direct);
    const unlimited = await startFresh(plan);
    running.push(unlimited);
    const size = await sizeAt(unlimited.url);
    const refused = await post(direct.url);
    expect([refused.status, await refused.json()]).toEqual([400, refusal(size, 200)]);
  });
});
