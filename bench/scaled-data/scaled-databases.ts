import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BaseContext } from '@apollo/server';
import type { Kysely } from 'kysely';
import { existsSync } from 'node:fs';
import {
  currentFacts,
  REPORT_CUT_ID,
  type TerritoryDatabase,
  type DatasetDatabase,
  prepareSubgraphDatabase,
  SUBGRAPHS,
  type MunicipalityRow,
  type SubgraphDefinition,
  type SyntheticSites,
} from '@cnim/kit';
import { loadDefinition } from '../../scripts/subgraph-definitions.js';
import { seededRandom } from './random.js';
import { addSyntheticFacts, type SyntheticDatabase } from './synthetic-facts.js';
import { addSyntheticMunicipalities } from './synthetic-territories.js';

export interface ScaleOptions {
  /** Folder for one database file per subgraph; never where a subgraph keeps its default database. */
  out: string;
  /** Municipalities in each catalogue after generation: the report's plus synthetic ones. */
  municipalities: number;
  seed: number;
}

export interface ScaledDatabase {
  name: string;
  path: string;
  municipalities: number;
  facts: number;
}

type Municipalities = ReadonlyArray<Pick<MunicipalityRow, 'code' | 'department_code'>>;
type AddRows = (db: Kysely<SyntheticDatabase>, municipalities: Municipalities, random: (max: number) => number) => Promise<SyntheticSites>;

/**
 * Definitions come from the registry typed only as far as every subgraph goes (DatasetDatabase); a
 * ministry's database holds the kit's tables too, which is what isMinistry checks before this cast.
 */
const synthetic = (db: Kysely<DatasetDatabase>) => db as unknown as Kysely<SyntheticDatabase>;

async function generateOne<Context extends BaseContext>(
  definition: SubgraphDefinition<DatasetDatabase, Context>,
  addRows: AddRows | undefined,
  options: ScaleOptions,
): Promise<ScaledDatabase | null> {
  const path = scaledDatabasePath(options.out, definition.name);
  if (path === fileURLToPath(definition.defaultDatabase)) {
    throw new Error(`Los datos sintéticos nunca se escriben en la base de datos por defecto de ${definition.name} (${path}).`);
  }
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
  const db = await prepareSubgraphDatabase(definition, path);
  if (!isMinistry(definition.name)) {
    // The plan keeps the territory catalogue (it serves the root territory queries; its migrations create
    // the tables) but no facts.
    try {
      await addSyntheticMunicipalities(db as unknown as Kysely<TerritoryDatabase>, options.municipalities);
    } finally {
      await db.destroy();
    }
    return null;
  }
  try {
    await db.transaction().execute(async (trx) => {
      const tables = synthetic(trx);
      const added = await addSyntheticMunicipalities(tables, options.municipalities);
      const random = seededRandom(options.seed);
      const sites = addRows ? await addRows(tables, added, random) : {};
      await addSyntheticFacts(tables, { ministry: definition.name.toUpperCase(), seed: options.seed, sites });
    });
    const tables = synthetic(db);
    const { municipalities } = await tables
      .selectFrom('municipality')
      .select((eb) => eb.fn.countAll<number>().as('municipalities'))
      .executeTakeFirstOrThrow();
    const { facts } = await currentFacts(tables, REPORT_CUT_ID)
      .select((eb) => eb.fn.countAll<number>().as('facts'))
      .executeTakeFirstOrThrow();
    return { name: definition.name, path, municipalities, facts };
  } finally {
    await db.destroy();
  }
}

const isMinistry = (name: string) => SUBGRAPHS.some((entry) => entry.name === name && 'ministry' in entry);

/** A ministry's own synthetic rows, if it ships them (`subgraphs/<name>/src/db/synthetic.ts`, exported as `@cnim/<name>/synthetic`). */
async function syntheticRows(name: string): Promise<AddRows | undefined> {
  if (!existsSync(new URL(`../../subgraphs/${name}/src/db/synthetic.ts`, import.meta.url))) return undefined;
  return ((await import(`@cnim/${name}/synthetic`)) as { addSyntheticRows: AddRows }).addSyntheticRows;
}

/**
 * Writes one database per subgraph of the registry at the chosen scale: the report's data, then
 * synthetic municipalities, each ministry's own synthetic rows, and twelve quarters of every
 * indicator. Returns the ministries' databases (the plan's is written as shipped).
 */
export async function generateScaledDatabases(options: ScaleOptions): Promise<ScaledDatabase[]> {
  const written: ScaledDatabase[] = [];
  for (const { name } of SUBGRAPHS) {
    const result = await generateOne(await loadDefinition(name), await syntheticRows(name), options);
    if (result) written.push(result);
  }
  return written;
}

export function scaledDatabasePath(out: string, name: string): string {
  return join(resolve(out), `${name}.sqlite`);
}
