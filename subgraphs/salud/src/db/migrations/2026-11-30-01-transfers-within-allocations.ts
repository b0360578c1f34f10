import { sql, type Kysely } from 'kysely';

// Migrations are frozen history: they use Kysely<any> and never import application code.
// A database seeded before indicators could be bounded by others: what is transferred to a
// municipality never exceeds what was allocated to it in the same year (a fresh database gets this
// from the seed, which runs after the migrations).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`UPDATE indicator SET bounded_by = 'SALUD-12-ASIGNACION' WHERE code = 'SALUD-12-GIRO'`.execute(db);
}
