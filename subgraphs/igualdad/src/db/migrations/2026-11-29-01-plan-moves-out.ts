import type { Kysely } from 'kysely';

// Migrations are frozen history: they use Kysely<any> and never import application code.
// The plan's header, axes, action owners and indicator index now live in the subcommission's own
// subgraph (subgraphs/plan). Igualdad's database keeps only Igualdad's actions and figures.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('plan_indicator').execute();
  await db.schema.dropTable('plan_action').execute();
  await db.schema.dropTable('strategic_axis').execute();
  await db.schema.dropTable('plan').execute();
}

export async function down(): Promise<void> {
  // The rows are the plan subgraph's now; recreating empty tables here would only mislead.
  throw new Error('La migración 2026-11-29-01-plan-moves-out no se revierte: el plan vive en subgraphs/plan.');
}
