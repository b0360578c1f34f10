import { readdir } from 'node:fs/promises';
import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { forMigrations } from './postgres.js';

/**
 * Reads migration modules from folders in order (a ministry's: the kit's shared ones first, then its
 * own), each folder by file name. Kysely's FileMigrationProvider imports from inside node_modules,
 * which test runners do not transform, so TypeScript migrations are imported from here instead.
 */
class FolderMigrationProvider implements MigrationProvider {
  constructor(private readonly folders: readonly URL[]) {}

  async getMigrations(): Promise<Record<string, Migration>> {
    const migrations: Record<string, Migration> = {};
    for (const folder of this.folders) {
      const files = (await readdir(folder)).filter((file) => /\.(ts|js)$/.test(file) && !file.endsWith('.d.ts'));
      for (const file of files) {
        migrations[file.replace(/\.(ts|js)$/, '')] = (await import(new URL(file, folder).href)) as Migration;
      }
    }
    return migrations;
  }
}

/** The kit's shared tables (territories, periods, actions, indicators, audit), for ministry subgraphs. */
export const KIT_MIGRATIONS = new URL('../migrations/', import.meta.url);

/**
 * Changes to the tables of the write protocol that the plan and every ministry share (the audit log,
 * idempotency keys, the cuts reopened after approval), which the plan creates in its own migrations
 * and the ministries in the kit's: every subgraph that writes migrates this folder too.
 */
export const WRITE_MIGRATIONS = new URL('../write-migrations/', import.meta.url);

/** Brings the database to the latest schema, or throws naming the migration that failed. */
export async function migrateToLatest<DB>(db: Kysely<DB>, folders: readonly URL[]): Promise<void> {
  const migrator = new Migrator({ db: forMigrations(db), provider: new FolderMigrationProvider(folders) });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((result) => result.status === 'Error')?.migrationName;
    throw new Error(failed ? `La migración ${failed} falló` : 'No se pudieron cargar las migraciones', { cause: error });
  }
}

/** Migrations not yet applied to a database: a copy refuses a source that is not at the latest schema. */
export async function pendingMigrations<DB>(db: Kysely<DB>, folders: readonly URL[]): Promise<string[]> {
  const migrator = new Migrator({ db: forMigrations(db), provider: new FolderMigrationProvider(folders) });
  return (await migrator.getMigrations()).filter((migration) => !migration.executedAt).map((migration) => migration.name);
}
