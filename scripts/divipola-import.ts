import { readFileSync } from 'node:fs';
import {
  SUBGRAPHS,
  importDivipola,
  migrateToLatest,
  openDatabase,
  redactedLocation,
  readDivipolaCsv,
  seedTerritories,
  readSubgraphConfig,
  type TerritoryDatabase,
} from '@cnim/kit';
import { loadDefinition } from './subgraph-definitions.js';

// npm run divipola:import -- <DIVIPOLA.csv>: loads DANE's file into the database of every subgraph of
// the registry (the paths that `npm start` uses, or <SUBGRAPH>_DB_PATH / <SUBGRAPH>_DATABASE_URL): each keeps its own catalogue.
const [file] = process.argv.slice(2);
if (!file) {
  console.error('Uso: npm run divipola:import -- <archivo DIVIPOLA del DANE en CSV>');
  process.exit(2);
}
const divipola = readDivipolaCsv(readFileSync(file, 'utf8'));
for (const { name } of SUBGRAPHS) {
  const definition = await loadDefinition(name);
  const { database } = readSubgraphConfig(definition, process.env);
  const db = openDatabase<TerritoryDatabase>(database);
  try {
    await migrateToLatest(db, definition.migrations);
    // The shipped catalogue first, so its names (with accents and capitals) win over the file's.
    await seedTerritories(db);
    const added = await importDivipola(db, divipola);
    console.log(
      `${definition.name}: ${added} municipios nuevos (${divipola.municipalities.length} en el archivo) en ${redactedLocation(database)}`,
    );
  } finally {
    await db.destroy();
  }
}
