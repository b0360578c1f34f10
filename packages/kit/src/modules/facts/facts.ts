import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import { narrowTo } from '../../platform/narrow.js';
import type { CursorCodec } from './cursor.js';
import { isExistingIsoDate } from '../periods/calendar.js';
import { assertDepartmentCode } from '../territory/divipola.js';
import { badUserInput } from '../../graphql/errors.js';
import { latestCut, selectCut, type CutDatabase } from '../cuts/cuts.js';
import { memoisedAggregate } from '../../platform/data-version.js';

/** One figure as a flat row, the shape BI connectors load: every column a code, never a label. */
export interface FactView {
  id: string;
  indicator_code: string;
  action_number: number;
  ministry: string;
  territory_level: 'NATIONAL' | 'DEPARTMENT' | 'MUNICIPALITY';
  territory_code: string | null;
  period_id: string;
  period_start: string;
  period_end: string;
  /** The site (e.g. an Intégrate centre) when a figure is given per site; 'TOTAL' otherwise. */
  site: string;
  sex: string;
  nationality: string;
  value: number;
  unit: 'PEOPLE' | 'COP' | 'COUNT';
  /** The cut the value was reported in: 2025-11 for the report's own figures. */
  cut_id: string;
  /** When a value recorded after the report was written; null for the report's own figures. */
  recorded_at: string | null;
}

/** The columns of a ministry's `fact` view: its report's figures, which all belong to cut 2025-11. */
export type ReportFactView = Omit<FactView, 'cut_id' | 'recorded_at'>;

/**
 * A value a ministry records in a cut; one with the id of an earlier value corrects it from that cut
 * on, and the earlier cut keeps its own.
 */
export interface RecordedValueTable extends FactView {
  recorded_at: string;
  version: number;
}

/**
 * Each subgraph defines a `fact` SQL view over its own report tables with these columns; values
 * recorded since live in `recorded_value`.
 */
export interface FactDatabase {
  fact: ReportFactView;
  recorded_value: RecordedValueTable;
}

/** Every column of a fact, in the order of the `fact` views and of every part of a page's union. */
export const FACT_COLUMNS = [
  'id',
  'indicator_code',
  'action_number',
  'ministry',
  'territory_level',
  'territory_code',
  'period_id',
  'period_start',
  'period_end',
  'site',
  'sex',
  'nationality',
  'value',
  'unit',
] as const;

/** The cut of every figure of the November 2025 report (the `fact` views). */
const REPORT_CUT = '2025-11';

const factTables = narrowTo<FactDatabase>();

/**
 * The facts as of a cut, in two disjoint parts: each recorded value that is the latest for its id in
 * that cut or before, and the report's facts that no such value corrects. A later cut never changes
 * what an earlier cut answers.
 */
function reportAndRecorded(facts: Kysely<FactDatabase>, cut: string) {
  const recorded = facts
    .selectFrom('recorded_value as value')
    .select([...FACT_COLUMNS.map((column) => `value.${column}` as const), 'value.cut_id', 'value.recorded_at'])
    .where('value.cut_id', '<=', cut)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('recorded_value as later')
            .select('later.id')
            .whereRef('later.id', '=', 'value.id')
            .whereRef('later.cut_id', '>', 'value.cut_id')
            .where('later.cut_id', '<=', cut),
        ),
      ),
    );
  // Correlated, so each report fact costs one primary-key probe: `id NOT IN (all recorded ids)` would
  // build the whole list of recorded values (300.000 in the benchmark's data) for every query.
  const report = facts
    .selectFrom('fact')
    .select([...FACT_COLUMNS, sql.lit(REPORT_CUT).as('cut_id'), sql<string | null>`NULL`.as('recorded_at')])
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('recorded_value as correction')
            .select('correction.id')
            .whereRef('correction.id', '=', 'fact.id')
            .where('correction.cut_id', '<=', cut),
        ),
      ),
    );
  return { report, recorded };
}

/**
 * The current facts in their two parts, each of which can be filtered, ordered and limited on its
 * own, so a page reads the recorded values through their primary key instead of sorting all of them.
 */
function factParts(facts: Kysely<FactDatabase>, cut: string): [FactPart, FactPart] {
  const { report, recorded } = reportAndRecorded(facts, cut);
  return [facts.selectFrom(report.as('current')), facts.selectFrom(recorded.as('current'))];
}

/** One part of the current facts, as a query with every fact column. */
// biome-ignore lint/complexity/noBannedTypes: kysely's own type for a query that selects nothing yet.
type FactPart = SelectQueryBuilder<FactDatabase & { current: FactView }, 'current', {}>;

/** A fact as a page serves it: `derived` is 1 for a total the report does not state, added up from its sites. */
export type PagedFact = FactView & { derived?: number };

/** What a total derived from sites has of its own; every other column is the same for all its sites. */
const DERIVED_COLUMNS = ['id', 'site', 'sex', 'nationality', 'value'] as const;

/**
 * The totals the report does not state, as of a cut: where a territory and period of an indicator have
 * values only by site (IGUALDAD-1-ATENCIONES: people attended at each Intégrate centre), their sum, with
 * the id the stated total would have. So that `disaggregation: TOTAL` gives exactly one total per
 * indicator, territory and period, and summing it loses no indicator. Never stored: derived on reading,
 * and labelled so (`derived`).
 */
function derivedSiteTotals(facts: Kysely<FactDatabase>, cut: string): FactPart {
  // Grouped by every column a derived total keeps; the columns selected in FACT_COLUMNS' order, which the union of a page relies on.
  const grouped = FACT_COLUMNS.filter((column) => !(DERIVED_COLUMNS as readonly string[]).includes(column));
  const sums = currentFacts(facts, cut)
    .where('site', '<>', 'TOTAL')
    .where('sex', '=', 'TOTAL')
    .where('nationality', '=', 'TOTAL')
    .groupBy([...grouped])
    .select((eb) => {
      const derived = {
        id: sql<string>`indicator_code || '|' || period_id || '|' || coalesce(territory_code, 'CO') || '|TOTAL|TOTAL|TOTAL'`.as('id'),
        site: sql.lit('TOTAL').as('site'),
        sex: sql.lit('TOTAL').as('sex'),
        nationality: sql.lit('TOTAL').as('nationality'),
        value: eb.fn.sum<number>('value').as('value'),
      };
      return [
        ...FACT_COLUMNS.map((column) => (column in derived ? derived[column as keyof typeof derived] : column)),
        eb.fn.max('cut_id').as('cut_id'),
        eb.fn.max('recorded_at').as('recorded_at'),
      ];
    });
  return facts
    .selectFrom(sums.as('current'))
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('fact').select('fact.id').whereRef('fact.id', '=', 'current.id'))))
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('recorded_value as stated')
            .select('stated.id')
            .whereRef('stated.id', '=', 'current.id')
            .where('stated.cut_id', '<=', cut),
        ),
      ),
    ) as unknown as FactPart;
}

/** The facts as of a cut: the report's, except those corrected since, plus every value recorded in it or before. */
export function currentFacts<DB extends FactDatabase>(db: Kysely<DB>, cut: string) {
  const facts = factTables(db);
  const { report, recorded } = reportAndRecorded(facts, cut);
  return facts.selectFrom(report.unionAll(recorded).as('current'));
}

/** Whether a fact is a total or which breakdown it is: only TOTAL rows add up without double counting. */
export type Disaggregation = 'TOTAL' | 'SITE' | 'SEX' | 'NATIONALITY' | 'SEX_NATIONALITY';

export function disaggregationOf(fact: Pick<FactView, 'site' | 'sex' | 'nationality'>): Disaggregation {
  if (fact.site !== 'TOTAL') return 'SITE';
  if (fact.sex !== 'TOTAL') return fact.nationality !== 'TOTAL' ? 'SEX_NATIONALITY' : 'SEX';
  return fact.nationality !== 'TOTAL' ? 'NATIONALITY' : 'TOTAL';
}

/** The rows of one disaggregation, in SQL (the same split as disaggregationOf). */
function whereDisaggregation(query: FactPart, disaggregation: Disaggregation): FactPart {
  const site = disaggregation === 'SITE' ? query.where('site', '<>', 'TOTAL') : query.where('site', '=', 'TOTAL');
  if (disaggregation === 'SITE') return site;
  const bySex = disaggregation === 'SEX' || disaggregation === 'SEX_NATIONALITY';
  const byNationality = disaggregation === 'NATIONALITY' || disaggregation === 'SEX_NATIONALITY';
  return site.where('sex', bySex ? '<>' : '=', 'TOTAL').where('nationality', byNationality ? '<>' : '=', 'TOTAL');
}

/** A year, a quarter, or a range the report states itself: rows of different kinds overlap. */
export type PeriodKind = 'YEAR' | 'QUARTER' | 'RANGE';

export function periodKindOf(periodId: string): PeriodKind {
  if (/^\d{4}$/.test(periodId)) return 'YEAR';
  return /^\d{4}Q[1-4]$/.test(periodId) ? 'QUARTER' : 'RANGE';
}

export interface FactFilter {
  indicator?: readonly string[] | null;
  action?: number | null;
  territory?: string | null;
  department?: string | null;
  from?: string | null;
  to?: string | null;
  disaggregation?: Disaggregation | null;
  periodKind?: PeriodKind | null;
  /** The cut to read as of; the latest approved one by default. */
  cut?: string | null;
  /** Read the latest cut, open or not (never with `cut`). */
  latestCut?: boolean | null;
}

export interface FactPageArgs {
  filter?: FactFilter | null;
  /** Only values recorded or corrected after this instant (ISO 8601). */
  changedSince?: string | null;
  first?: number | null;
  after?: string | null;
}

export interface FactConnectionView {
  totalCount: number;
  edges: Array<{ cursor: string; node: PagedFact }>;
  nodes: PagedFact[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 1000;

function validate(filter: FactFilter, first: number, knownIndicators: ReadonlySet<string>): void {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badUserInput('first', `El tamaño de página \`first\` debe estar entre 1 y ${MAX_PAGE_SIZE}; se recibió ${first}.`);
  }
  for (const code of filter.indicator ?? []) {
    if (!knownIndicators.has(code)) {
      throw badUserInput('filter.indicator', `No existe el indicador "${code}" en el catálogo de este ministerio.`);
    }
  }
  if (filter.territory && !/^(\d{2}|\d{5})$/.test(filter.territory)) {
    throw badUserInput(
      'filter.territory',
      `El territorio es un código DIVIPOLA de 2 dígitos (departamento) o 5 dígitos (municipio), como texto; se recibió "${filter.territory}".`,
    );
  }
  if (filter.department) assertDepartmentCode(filter.department, 'filter.department');
  for (const bound of ['from', 'to'] as const) {
    const value = filter[bound];
    if (value && !isExistingIsoDate(value)) {
      throw badUserInput(`filter.${bound}`, `La fecha \`${bound}\` debe ser un día existente AAAA-MM-DD; se recibió "${value}".`);
    }
  }
  if (filter.from && filter.to && filter.from > filter.to) {
    throw badUserInput('filter.from', `El periodo pedido empieza (${filter.from}) después de terminar (${filter.to}).`);
  }
}

/** An instant with its time zone, as BI tools keep the time of their last refresh. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** `changedSince` as a UTC ISO string comparable with `recorded_at`, or a clear refusal. */
function changedSinceInstant(value: string): string {
  const time = INSTANT.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(time)) {
    throw badUserInput(
      'changedSince',
      `\`changedSince\` es un instante ISO 8601 con zona horaria (por ejemplo "2026-03-01T08:00:00Z" o "2026-03-01T03:00:00-05:00"); se recibió "${value}".`,
    );
  }
  return new Date(time).toISOString();
}

/**
 * A page of facts in `id` order (keyset pagination): the same filter and cursor always give the same
 * rows, and facts that arrive later never shift the pages already read.
 */
export async function pageFacts<DB extends FactDatabase & CutDatabase>(
  db: Kysely<DB>,
  args: FactPageArgs,
  knownIndicators: ReadonlySet<string>,
  cursors: CursorCodec,
): Promise<FactConnectionView> {
  const filter = args.filter ?? {};
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  validate(filter, first, knownIndicators);
  const changedSince = args.changedSince == null ? null : changedSinceInstant(args.changedSince);
  if (filter.latestCut && filter.cut != null) {
    throw badUserInput(
      'filter.latestCut',
      `Indique el corte (\`cut\`) o el más reciente (\`latestCut\`), no ambos; se recibieron cut "${filter.cut}" y latestCut.`,
    );
  }
  const cut = filter.latestCut ? await latestCut(db) : await selectCut(db, filter.cut, 'filter.cut');
  // The cursor is bound to the filter, and to the cut actually read when none was named.
  const filterKey = cursors.fingerprint(changedSince === null ? { ...filter, cut: cut.id } : { ...filter, cut: cut.id, changedSince });
  const after = args.after ? cursors.decode(args.after, filterKey) : null;

  const filtered = (part: FactPart): FactPart => {
    let query = part;
    if (filter.indicator?.length) query = query.where('indicator_code', 'in', filter.indicator);
    if (filter.action) query = query.where('action_number', '=', filter.action);
    if (filter.territory) query = query.where('territory_code', '=', filter.territory);
    if (filter.department) {
      const department = filter.department;
      query = query.where((eb) => eb.or([eb('territory_code', '=', department), eb('territory_code', 'like', `${department}___`)]));
    }
    if (filter.from) query = query.where('period_start', '>=', filter.from);
    if (filter.to) query = query.where('period_end', '<=', filter.to);
    // Period ids are `2025`, `2025Q3` or `2025-01-01..2025-09-30` (PERIODS).
    if (filter.periodKind === 'YEAR') query = query.where('period_id', 'not like', '%Q%').where('period_id', 'not like', '%..%');
    if (filter.periodKind === 'QUARTER') query = query.where('period_id', 'like', '____Q_');
    if (filter.periodKind === 'RANGE') query = query.where('period_id', 'like', '%..%');
    if (filter.disaggregation) query = whereDisaggregation(query, filter.disaggregation);
    if (changedSince !== null) query = query.where('recorded_at', '>', changedSince);
    return query;
  };
  const facts = factTables(db);
  const [reportPart, recordedPart] = factParts(facts, cut.id);
  const report = filtered(reportPart);
  const recorded = filtered(recordedPart);
  // Totals: the stated ones, and the ones added up from sites where the report states none.
  const derived = filter.disaggregation === 'TOTAL' ? filtered(derivedSiteTotals(facts, cut.id)) : null;
  // Every filter but changedSince is on what a fact's id names, the same in every cut, so the recorded
  // values as of the cut are counted as distinct ids on the primary key, with no probe for later cuts.
  const recordedCount =
    changedSince === null
      ? filtered(
          facts.selectFrom(
            facts
              .selectFrom('recorded_value')
              .select([...FACT_COLUMNS, 'cut_id', 'recorded_at'])
              .where('cut_id', '<=', cut.id)
              .as('current'),
          ),
        ).select((inner) => inner.fn.count<number>('id').distinct().as('n'))
      : recorded.select((inner) => inner.fn.countAll<number>().as('n'));
  // Counting scans every recorded value (58 ms of an 80 ms page over 313.000 of them, docs/performance.md),
  // and a refresh asks for the same total on every page: it is counted once per filter, cut and data version.
  const count = await memoisedAggregate(db, `facts:${filterKey}`, async () => {
    const { count: total } = await facts
      .selectNoFrom((eb) =>
        eb(
          report.select((inner) => inner.fn.countAll<number>().as('n')),
          '+',
          recordedCount,
        ).as('count'),
      )
      .executeTakeFirstOrThrow();
    if (derived === null) return Number(total);
    const { n } = await derived.select((inner) => inner.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return Number(total) + Number(n);
  });
  // The first rows after the cursor of each part, then the first of both: one sorted page, never a full sort.
  const head = (part: FactPart, isDerived: 0 | 1) =>
    facts
      .selectFrom(
        (after === null ? part : part.where('id', '>', after))
          .selectAll()
          .orderBy('id')
          .limit(first + 1)
          .as('head'),
      )
      .selectAll()
      .select(sql.lit(isDerived).as('derived'));
  const heads = head(report, 0).unionAll(head(recorded, 0));
  const rows: PagedFact[] = await facts
    .selectFrom((derived === null ? heads : heads.unionAll(head(derived, 1))).as('page'))
    .selectAll()
    .orderBy('id')
    .limit(first + 1)
    .execute();
  const nodes = rows.slice(0, first);
  const last = nodes.at(-1);
  return {
    totalCount: Number(count),
    nodes,
    // A cursor costs an HMAC: a page computes its cursors only when the client asks for edges.
    get edges() {
      return nodes.map((node) => ({ cursor: cursors.encode(node.id, filterKey), node }));
    },
    pageInfo: { endCursor: last ? cursors.encode(last.id, filterKey) : (args.after ?? null), hasNextPage: rows.length > first },
  };
}
