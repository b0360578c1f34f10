import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Variables } from './floor-answers.js';
import type { DatabaseLocations } from './floor-databases.js';
import type { FloorReply, FloorRequest } from './floor-worker.js';

async function readBody(request: IncomingMessage): Promise<{ query: string; variables?: Variables }> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as { query: string; variables?: Variables };
}

/**
 * The floor: the benchmark's answers computed straight from the six databases, with no GraphQL (no
 * parsing, validation, planning, execution or result shaping) and no network hop between services. One
 * process, with one worker thread per core, so it uses the whole machine as the six subgraph processes
 * and a gateway do; what remains is the data work itself and JSON, and every front door's ratio to it
 * is the share of the machine that door turns into answers.
 */
export async function startFloor(locations: DatabaseLocations) {
  // Node 20 does not pass `--import tsx` on to worker threads, so each registers tsx before loading its TypeScript.
  const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(new URL('./floor-worker.ts', import.meta.url).href)}); });`;
  const workers = Array.from({ length: availableParallelism() }, () => new Worker(boot, { eval: true, workerData: { locations } }));
  const statements = workers.map(() => 0);
  // Identical requests in flight share one computation, as the gateways share identical subgraph
  // requests in flight (ours, Hive's and Grafbase's deduplication): the benchmark's clients send the same
  // request concurrently, and a floor that computed it once per client would not be a floor.
  const waiting = new Map<string, ServerResponse[]>();
  const keyOf = new Map<number, string>();
  for (const [index, worker] of workers.entries()) {
    worker.on('message', ({ id, status, body, statements: count }: FloorReply) => {
      statements[index] = count;
      const key = keyOf.get(id)!;
      keyOf.delete(id);
      for (const response of waiting.get(key) ?? []) response.writeHead(status, { 'content-type': 'application/json' }).end(body);
      waiting.delete(key);
    });
  }
  let next = 0;
  const server = createServer((request, response) => {
    void readBody(request).then(
      ({ query, variables }) => {
        const key = JSON.stringify([query, variables ?? {}]);
        const sharing = waiting.get(key);
        if (sharing) return void sharing.push(response);
        waiting.set(key, [response]);
        const id = (next += 1);
        keyOf.set(id, key);
        workers[id % workers.length]!.postMessage({ id, query, variables: variables ?? {} } satisfies FloorRequest);
      },
      () => response.writeHead(400).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    statements: () => statements.reduce((sum, count) => sum + count, 0),
    async stop() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
