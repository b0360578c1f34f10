import { assertSecretariat, badUserInput, cutForWrite, listCuts, selectCut, versionedWrite, type Identity } from '@cnim/kit';
import type { Kysely } from 'kysely';
import type { Database, ReportCutRow } from './database.js';

/** The report's cuts, oldest first (ids are year and month). */
export function listPlanCuts(db: Kysely<Database>): Promise<ReportCutRow[]> {
  return listCuts(db) as Promise<ReportCutRow[]>;
}

export function findPlanCut(db: Kysely<Database>, id: string): Promise<ReportCutRow | undefined> {
  return db.selectFrom('report_cut').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The cut a reading is about: the one asked for, or the latest approved one. */
export async function selectPlanCut(db: Kysely<Database>, id: string | null | undefined): Promise<ReportCutRow> {
  const cut = await selectCut(db, id, 'cut');
  return (await findPlanCut(db, cut.id))!;
}

/**
 * The November 2025 report as the first cut, approved, from the plan's own row: its title, its cut as
 * printed and the overall progress it reports (48 %). The report prints a month: the closing day is
 * that month's last, marked as derived.
 */
export async function seedCuts(db: Kysely<Database>): Promise<void> {
  const plan = await db.selectFrom('plan').selectAll().executeTakeFirstOrThrow();
  await db
    .insertInto('report_cut')
    .values({
      id: '2025-11',
      label: plan.report_cut,
      closing_date: '2025-11-30',
      closing_date_derived: 1,
      status: 'APPROVED',
      version: 1,
      report_title: plan.report_title,
      overall_progress_percent: plan.overall_progress_percent,
    })
    .execute();
}

export interface RecordProgressInput {
  cut?: string | null;
  percent: number;
  reportTitle?: string | null;
  expectedVersion: number;
  idempotencyKey: string;
}

/** The secretariat records the plan's overall progress (and the report's title) for an open cut. */
export async function recordProgress(db: Kysely<Database>, identity: Identity, input: RecordProgressInput): Promise<ReportCutRow> {
  assertSecretariat(identity, 'PLAN');
  if (!Number.isInteger(input.percent) || input.percent < 0 || input.percent > 100) {
    throw badUserInput(
      'input.percent',
      `El avance total del plan es un porcentaje entero entre 0 y 100, como lo imprime el informe; se recibió ${input.percent}.`,
    );
  }
  const title = input.reportTitle?.trim() || null;
  if (title !== null && title.length > 200)
    throw badUserInput('input.reportTitle', 'El título del informe tiene como máximo 200 caracteres.');
  let cut: ReportCutRow | undefined;
  return versionedWrite(db, {
    identity,
    owner: 'PLAN',
    authorize: assertSecretariat,
    idempotencyKey: input.idempotencyKey,
    expectedVersion: input.expectedVersion,
    request: input,
    async load(trx) {
      const open = await cutForWrite(trx, input.cut);
      cut = await findPlanCut(trx, open.id);
      return cut;
    },
    notFound: () => badUserInput('input.cut', `No hay un corte "${input.cut}".`),
    async apply(trx, current) {
      const reportTitle = title ?? current.report_title;
      await trx
        .updateTable('report_cut')
        .set({ overall_progress_percent: input.percent, report_title: reportTitle, version: current.version + 1 })
        .where('id', '=', current.id)
        .execute();
      return [
        {
          cut: current.id,
          entity: 'cut',
          key: current.id,
          field: 'overall_progress_percent',
          before: current.overall_progress_percent === null ? null : String(current.overall_progress_percent),
          after: String(input.percent),
        },
      ];
    },
    result: async (trx) => (await findPlanCut(trx, cut!.id))!,
  });
}
