import { narrowTo } from '../../platform/narrow.js';
import { GraphQLError } from 'graphql';
import type { Kysely, Selectable, Transaction } from 'kysely';
import { badUserInput } from '../../graphql/errors.js';

export type CutStatus = 'OPEN' | 'SUBMITTED' | 'APPROVED';

/** A report cut as one subgraph holds it: the secretariat opens it, the owner reports into it. */
export interface ReportCutTable {
  /** Year and month of the cut, `2025-11`: ids sort as the cuts follow each other. */
  id: string;
  /** As the report prints it ("Noviembre 2025"). */
  label: string;
  closing_date: string;
  /** 1 when the report gives only a month and the closing day is that month's last (cut 2025-11). */
  closing_date_derived: number;
  status: CutStatus;
  version: number;
}

/** A cut the secretariat reopened after approving it, with the last audit record of its approved version (approved-version.ts). */
export interface ApprovedCutSnapshotTable {
  cut_id: string;
  last_change_id: number;
}

export interface CutDatabase {
  report_cut: ReportCutTable;
  approved_cut_snapshot: ApprovedCutSnapshotTable;
}

export type ReportCutRow = Selectable<ReportCutTable>;

/** The cut every figure and text the project ships belongs to. */
export const REPORT_CUT_ID = '2025-11';

export const CUT_ID = /^\d{4}-(0[1-9]|1[0-2])$/;

const cuts = narrowTo<CutDatabase>();

export function listCuts<DB extends CutDatabase>(db: Kysely<DB>): Promise<ReportCutRow[]> {
  return cuts(db).selectFrom('report_cut').selectAll().orderBy('id').execute();
}

export function findCut<DB extends CutDatabase>(db: Kysely<DB> | Transaction<DB>, id: string): Promise<ReportCutRow | undefined> {
  return cuts(db).selectFrom('report_cut').selectAll().where('id', '=', id).executeTakeFirst();
}

async function unknownCut<DB extends CutDatabase>(db: Kysely<DB>, id: string, field: string): Promise<GraphQLError> {
  const known = (await listCuts(db)).map((row) => `"${row.id}" (${row.label})`).join(', ');
  return badUserInput(field, `No existe el corte "${id}"; los cortes son ${known}.`);
}

/**
 * The cut a reading is about: the one asked for, or else the latest approved one, so every answer
 * stays the same while a newer cut is still being reported. A cut reopened after approval still counts
 * as approved here: its readers read its approved version until it is approved again.
 */
export async function selectCut<DB extends CutDatabase>(
  db: Kysely<DB>,
  id: string | null | undefined,
  field = 'cut',
): Promise<ReportCutRow> {
  if (id != null) {
    const cut = await findCut(db, id);
    if (!cut) throw await unknownCut(db, id, field);
    return cut;
  }
  const latest = await cuts(db)
    .selectFrom('report_cut')
    .selectAll()
    .where((eb) => eb.or([eb('status', '=', 'APPROVED'), eb('id', 'in', eb.selectFrom('approved_cut_snapshot').select('cut_id'))]))
    .orderBy('id', 'desc')
    .executeTakeFirst();
  // The migration that creates the table approves cut 2025-11, and approval is never undone but by reopening.
  return latest ?? (await findCut(db, REPORT_CUT_ID))!;
}

/** The most recent cut, open or not: what an incremental refresh reads to see what is being reported. */
export async function latestCut<DB extends CutDatabase>(db: Kysely<DB>): Promise<ReportCutRow> {
  return (await cuts(db).selectFrom('report_cut').selectAll().orderBy('id', 'desc').executeTakeFirst())!;
}

/**
 * The cut a write goes into: the one named, or the only open one. A write into a cut that is not
 * open (submitted, approved, or not opened yet) is refused: an approved cut is locked.
 */
export async function cutForWrite<DB extends CutDatabase>(
  trx: Transaction<DB> | Kysely<DB>,
  id: string | null | undefined,
  field = 'input.cut',
): Promise<ReportCutRow> {
  if (id == null) {
    const open = await cuts(trx).selectFrom('report_cut').selectAll().where('status', '=', 'OPEN').orderBy('id').execute();
    if (open.length === 1) return open[0]!;
    if (open.length > 1) {
      throw badUserInput(
        field,
        `Hay varios cortes abiertos (${open.map((cut) => cut.id).join(', ')}); indique en cuál reporta con \`cut\`.`,
      );
    }
    // With none open, the latest says why: submitted and waiting for the secretariat, or approved.
    const latest = await cuts(trx).selectFrom('report_cut').selectAll().orderBy('id', 'desc').executeTakeFirst();
    if (latest?.status === 'SUBMITTED') throw locked(latest, field);
    throw badUserInput(
      field,
      `No hay ningún corte abierto${latest ? ` (el último, ${latest.id}, está aprobado)` : ''}: la secretaría debe abrir el corte siguiente antes de que se reporte en él.`,
    );
  }
  const cut = await findCut(trx, id);
  if (!cut) throw await unknownCut(trx as Kysely<DB>, id, field);
  if (cut.status !== 'OPEN') throw locked(cut, field);
  return cut;
}

function locked(cut: ReportCutRow, field: string): GraphQLError {
  return new GraphQLError(
    `El corte ${cut.id} (${cut.label}) está ${cut.status === 'APPROVED' ? 'aprobado' : 'enviado a la secretaría'} y bloqueado para edición; la secretaría debe reabrirlo antes de cambiarlo. No se guardó nada.`,
    { extensions: { code: 'CUT_LOCKED', field, status: cut.status } },
  );
}

/** A cut's closing date as the graph serves it: a derived day says so. */
export function closingDate(cut: ReportCutRow) {
  return { date: cut.closing_date, derived: cut.closing_date_derived === 1 };
}
