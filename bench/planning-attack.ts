import { startGateway, type RunningGateway } from '@cnim/gateway';
import { SUBGRAPH_NAMES } from '@cnim/kit';
import { startEngineSide } from './engine-side.js';
import type { DatabaseLocations } from './floor/floor-databases.js';
import { scaledDatabasePath } from './scaled-data/scaled-databases.js';

// npm run bench:attack (after npm run bench:data): the security audit's planning attack on the scaled data
// (1.100 municipalities), through our gateway with and without the budget of fetches across subgraphs, in
// the same run: the gateway's CPU for one attack, and a bystander's latency quiet and while three attackers
// send theirs. The gateway runs in this process, so a bystander waits as long as the attack blocks it.
const FIGURES =
  'code municipalities { code name integrateCentres { name } psychosocialAllocations { amount } educationAccompaniments { level } } laborFormalizationParticipants { participants }';
let renamed = 0;
const attack = (aliases: number) =>
  `{ ${Array.from({ length: aliases }, (_, index) => `x${(renamed += 1)}_${index}: departments { ${FIGURES} }`).join(' ')} }`;
const BYSTANDER = '{ municipality(code: "54001") { name psychosocialAllocations { amount } integrateCentres { name } } }';

async function ask(url: string, query: string): Promise<{ status: number; ms: number; bytes: number }> {
  const started = performance.now();
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const bytes = (await response.arrayBuffer()).byteLength;
  return { status: response.status, ms: performance.now() - started, bytes };
}

const p99 = (samples: number[]) => [...samples].sort((a, b) => a - b)[Math.ceil(samples.length * 0.99) - 1]!;
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

async function bystander(url: string, count: number): Promise<number[]> {
  const samples: number[] = [];
  for (let index = 0; index < count; index += 1) samples.push((await ask(url, BYSTANDER)).ms);
  return samples;
}

async function measure(label: string, gateway: RunningGateway, aliases: number) {
  await bystander(gateway.url, 20);
  const quiet = await bystander(gateway.url, 100);
  const before = cpuMs();
  const one = await ask(gateway.url, attack(aliases));
  const attackCpu = cpuMs() - before;
  const attackers = Promise.all([1, 2, 3].map(() => ask(gateway.url, attack(aliases))));
  const loaded = await bystander(gateway.url, 100);
  const statuses = (await attackers).map((answer) => answer.status);
  console.log(
    `${label.padEnd(28)} ${String(aliases).padStart(3)} alias: HTTP ${one.status}, ${(one.bytes / 1024).toFixed(0)} KB, ${one.ms.toFixed(0)} ms, CPU del proceso ${attackCpu.toFixed(0)} ms | ` +
      `testigo p99 en calma ${p99(quiet).toFixed(1)} ms, con 3 atacantes ${p99(loaded).toFixed(1)} ms (${(p99(loaded) / p99(quiet)).toFixed(2)}×; atacantes ${statuses.join('/')})`,
  );
}

const locations = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, scaledDatabasePath('bench-data', name)])) as DatabaseLocations;
const engine = await startEngineSide(locations);
try {
  for (const [label, budget] of [
    ['con el presupuesto', undefined],
    ['sin el presupuesto (antes)', false],
  ] as const) {
    const gateway = await startGateway({
      port: 0,
      host: '127.0.0.1',
      subgraphUrls: engine.subgraphUrls,
      responseCache: false,
      fetchBudget: budget,
    });
    try {
      for (const aliases of budget === false ? [1, 5] : [1, 5, 15, 50]) await measure(label, gateway, aliases);
    } finally {
      await gateway.stop();
    }
  }
} finally {
  await engine.stop();
}
