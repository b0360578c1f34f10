import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BaseContext } from '@apollo/server';
import type { Kysely } from 'kysely';
import { educacion } from '@cnim/educacion';
import { addSyntheticRows as addEducacionRows } from '@cnim/educacion/synthetic';
import { igualdad } from '@cnim/igualdad';
import { addSyntheticRows as addIgualdadRows } from '@cnim/igualdad/synthetic';
import {
  currentFacts,
  type FactDatabase,
  narrowTo,
  prepareSubgraphDatabase,
  type MunicipalityRow,
  type SubgraphDatabase,
  type SubgraphDefinition,
  type SyntheticSites,
} from '@cnim/kit';
import { salud } from '@cnim/salud';
import { addSyntheticRows as addSaludRows } from '@cnim/salud/synthetic';
import { sena } from '@cnim/sena';
import { trabajo } from '@cnim/trabajo';
import { seededRandom } from './random.js';
import { addSyntheticFacts, type SyntheticDatabase } from './synthetic-facts.js';
import { addSyntheticMunicipalities } from './synthetic-territories.js';

export interface ScaleOptions {
  /** Folder for the five database files; never where a subgraph keeps its default database. */
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
type AddRows<DB> = (db: Kysely<DB>, municipalities: Municipalities, random: (max: number) => number) => Promise<SyntheticSites>;

const synthetic = narrowTo<SyntheticDatabase>();

async function generateOne<DB extends SubgraphDatabase & FactDatabase, Context extends BaseContext>(
  definition: SubgraphDefinition<DB, Context>,
  addRows: AddRows<DB> | undefined,
  options: ScaleOptions,
): Promise<ScaledDatabase> {
  const path = scaledDatabasePath(options.out, definition.name);
  if (path === fileURLToPath(definition.defaultDatabase)) {
    throw new Error(`Los datos sintéticos nunca se escriben en la base de datos por defecto de ${definition.name} (${path}).`);
  }
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
  const db = await prepareSubgraphDatabase(definition, path);
  try {
    await db.transaction().execute(async (trx) => {
      const tables = synthetic(trx);
      const added = await addSyntheticMunicipalities(tables, options.municipalities);
      const random = seededRandom(options.seed);
      const sites = addRows ? await addRows(trx, added, random) : {};
      await addSyntheticFacts(tables, { ministry: definition.name.toUpperCase(), seed: options.seed, sites });
    });
    const tables = synthetic(db);
    const { municipalities } = await tables
      .selectFrom('municipality')
      .select((eb) => eb.fn.countAll<number>().as('municipalities'))
      .executeTakeFirstOrThrow();
    const { facts } = await currentFacts(tables)
      .select((eb) => eb.fn.countAll<number>().as('facts'))
      .executeTakeFirstOrThrow();
    return { name: definition.name, path, municipalities, facts };
  } finally {
    await db.destroy();
  }
}

/**
 * Writes one database per subgraph at the chosen scale: the report's data, then synthetic
 * municipalities, each ministry's own synthetic rows, and twelve quarters of every indicator.
 */
export async function generateScaledDatabases(options: ScaleOptions): Promise<ScaledDatabase[]> {
  return [
    await generateOne(igualdad, addIgualdadRows, options),
    await generateOne(salud, addSaludRows, options),
    await generateOne(sena, undefined, options),
    await generateOne(educacion, (db, municipalities) => addEducacionRows(db, municipalities), options),
    await generateOne(trabajo, undefined, options),
  ];
}

export function scaledDatabasePath(out: string, name: string): string {
  return join(resolve(out), `${name}.sqlite`);
}
