import { parseArgs } from 'node:util';
import { generateScaledDatabases } from './scaled-databases.js';

const { values } = parseArgs({
  options: {
    municipalities: { type: 'string', default: '1100' },
    out: { type: 'string', default: 'bench-data' },
    seed: { type: 'string', default: '2025' },
  },
});
const municipalities = Number(values.municipalities);
if (!Number.isInteger(municipalities) || municipalities < 1) {
  console.error(`--municipalities debe ser un entero positivo; se recibió "${values.municipalities}".`);
  process.exit(2);
}
const started = performance.now();
const databases = await generateScaledDatabases({ out: values.out, municipalities, seed: Number(values.seed) });
for (const { name, path, municipalities: count, facts } of databases) {
  console.log(`${name.padEnd(10)} ${String(count).padStart(5)} municipios ${String(facts).padStart(8)} hechos  ${path}`);
}
const total = databases.reduce((sum, { facts }) => sum + facts, 0);
console.log(`Total: ${total} hechos en ${((performance.now() - started) / 1000).toFixed(1)} s`);
