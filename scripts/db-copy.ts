import { parseArgs } from 'node:util';
import { CopyError, SUBGRAPH_NAMES, copyDatabase, redactedLocation, type SubgraphName } from '@cnim/kit';
import { loadDefinition } from './subgraph-definitions.js';

// npm run db:copy -- <subgraph> --from <SQLite file | postgres://…> --to <postgres://… | SQLite file> [--replace]
// Moves a subgraph's data between engines with its ids, versions and audit history (database-copy.ts).
// Stop the subgraph first: a write during the copy would be left behind.
const USAGE = 'Uso: npm run db:copy -- <subgrafo> --from <archivo SQLite o postgres://…> --to <postgres://… o archivo SQLite> [--replace]';

/** The arguments, or the usage and exit 2. */
function argumentsGiven() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: { from: { type: 'string' }, to: { type: 'string' }, replace: { type: 'boolean', default: false } },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
}

const parsed = argumentsGiven();
const [name] = parsed.positionals;
const { from, to, replace } = parsed.values;
if (!name || !from || !to || parsed.positionals.length !== 1) {
  console.error(USAGE);
  process.exit(2);
}
if (!SUBGRAPH_NAMES.includes(name as SubgraphName)) {
  console.error(`No hay un subgrafo "${name}". Los subgrafos son: ${SUBGRAPH_NAMES.join(', ')}.`);
  process.exit(2);
}
try {
  const tables = await copyDatabase(await loadDefinition(name as SubgraphName), from, to, { replace });
  for (const { table, rows } of tables) console.log(`${table.padEnd(32)} ${String(rows).padStart(9)} filas`);
  const total = tables.reduce((sum, table) => sum + table.rows, 0);
  console.log(
    `${name}: ${total} filas de ${tables.length} tablas copiadas de ${redactedLocation(from)} a ${redactedLocation(to)}; cada tabla comprobada fila por fila.`,
  );
} catch (error) {
  console.error(error instanceof CopyError ? error.message : `La copia falló y el destino no cambió: ${(error as Error).message}`);
  process.exit(1);
}
