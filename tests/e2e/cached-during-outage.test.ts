import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tokenFor } from '../support/tokens.js';
import { useGraph } from '../support/use-graph.js';

// While the gateway knows a subgraph is down, an answer it serves from its cache says so: a header naming
// the subgraph, and `extensions.cachedWhileDown` with the subgraphs and the answer's age. Once the
// subgraph answers again, cached answers carry neither.
const folder = mkdtempSync(join(tmpdir(), 'cnim-cache-caido-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const graph = useGraph({ responseCache: join(folder, 'response-cache.sqlite') });

const CUCUTA = '{ municipality(code: "54001") { name psychosocialAllocations { amount } } }';
const SENA = '{ action(number: 8) { title } }';
const ask = async (headers: Record<string, string> = {}, query = CUCUTA) => {
  const response = await fetch(graph().url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return {
    age: response.headers.get('age'),
    down: response.headers.get('x-cnim-subgraphs-down'),
    body: (await response.json()) as Record<string, unknown>,
  };
};

describe('an answer served from the cache during an outage', () => {
  it('names the subgraph that is down and the answer’s age, then stops once it answers again', async () => {
    const computed = await ask();
    expect(computed).toEqual({
      age: null,
      down: null,
      body: { data: { municipality: { name: 'San José de Cúcuta', psychosocialAllocations: [{ amount: 441_640_400 }] } } },
    });
    const cached = await ask();
    expect(cached).toMatchObject({ age: expect.any(String), down: null, body: computed.body });
    const sena = await ask({}, SENA);
    expect(sena.age).toBeNull();

    await graph().stopSubgraph('salud');
    // A request with a token is never cached: it reaches Salud, which does not answer.
    const reader = { authorization: `Bearer ${await tokenFor('reader', null, 'analista')}` };
    const cold = await ask(reader);
    expect((cold.body.errors as Array<{ extensions: { code: string } }>)[0]!.extensions.code).toBe('SUBGRAPH_UNAVAILABLE');

    const honest = await ask();
    expect(honest.down).toBe('salud');
    expect(honest.body).toEqual({
      ...computed.body,
      extensions: { cachedWhileDown: { subgraphs: ['salud'], ageSeconds: Number(honest.age) } },
    });
    // An answer computed without Salud (the plan and SENA) is served from the cache as it is.
    expect(await ask({}, SENA)).toMatchObject({ age: expect.any(String), down: null, body: sena.body });

    await graph().restartSubgraph('salud');
    expect((await ask(reader)).body).toEqual(computed.body);
    const again = await ask();
    expect(again).toMatchObject({ age: expect.any(String), down: null, body: computed.body });
  });
});
