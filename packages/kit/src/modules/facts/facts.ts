import type { Kysely, SelectQueryBuilder } from 'kysely';
import { narrowTo } from '../../platform/narrow.js';
import type { CursorCodec } from './cursor.js';
import { isExistingIsoDate } from '../periods/calendar.js';
import { assertDepartmentCode } from '../territory/divipola.js';
import { badUserInput } from '../../graphql/errors.js';

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
}

/** A value recorded after the report; one with a report fact's id corrects that fact. */
export interface RecordedValueTable extends FactView {
  version: number;
}

/**
 * Each subgraph defines a `fact` SQL view over its own report tables with these columns; values
 * recorded since live in `recorded_value`.
 */
export interface FactDatabase {
  fact: FactView;
  recorded_value: RecordedValueTable;
}

const FACT_COLUMNS = [
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

const factTables = narrowTo<FactDatabase>();

/** The report's facts (from the view), except those corrected since, and every recorded value: disjoint. */
function reportAndRecorded(facts: Kysely<FactDatabase>) {
  const report = facts
    .selectFrom('fact')
    .select(FACT_COLUMNS)
    .where('id', 'not in', facts.selectFrom('recorded_value').select('id'));
  return { report, recorded: facts.selectFrom('recorded_value').select(FACT_COLUMNS) };
}

/**
 * The current facts in their two parts, each of which can be filtered, ordered and limited on its
 * own, so a page reads the recorded values through their primary key instead of sorting all of them.
 */
function factParts(facts: Kysely<FactDatabase>): [FactPart, FactPart] {
  const { report, recorded } = reportAndRecorded(facts);
  return [facts.selectFrom(report.as('current')), facts.selectFrom(recorded.as('current'))];
}

/** One part of the current facts, as a query with every fact column. */
type FactPart = SelectQueryBuilder<FactDatabase & { current: FactView }, 'current', {}>;

/** The current facts: the report's, except those corrected since, plus every recorded value. */
export function currentFacts<DB extends FactDatabase>(db: Kysely<DB>) {
  const facts = factTables(db);
  const { report, recorded } = reportAndRecorded(facts);
  return facts.selectFrom(report.unionAll(recorded).as('current'));
}

export interface FactFilter {
  indicator?: readonly string[] | null;
  action?: number | null;
  territory?: string | null;
  department?: string | null;
  from?: string | null;
  to?: string | null;
}

export interface FactPageArgs {
  filter?: FactFilter | null;
  first?: number | null;
  after?: string | null;
}

export interface FactConnectionView {
  totalCount: number;
  edges: Array<{ cursor: string; node: FactView }>;
  nodes: FactView[];
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

/**
 * A page of facts in `id` order (keyset pagination): the same filter and cursor always give the same
 * rows, and facts that arrive later never shift the pages already read.
 */
export async function pageFacts<DB extends FactDatabase>(
  db: Kysely<DB>,
  args: FactPageArgs,
  knownIndicators: ReadonlySet<string>,
  cursors: CursorCodec,
): Promise<FactConnectionView> {
  const filter = args.filter ?? {};
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  validate(filter, first, knownIndicators);
  const filterKey = cursors.fingerprint(filter);
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
    return query;
  };
  const facts = factTables(db);
  const [reportPart, recordedPart] = factParts(facts);
  const report = filtered(reportPart);
  const recorded = filtered(recordedPart);
  const { count } = await facts
    .selectNoFrom((eb) =>
      eb(
        report.select((inner) => inner.fn.countAll<number>().as('n')),
        '+',
        recorded.select((inner) => inner.fn.countAll<number>().as('n')),
      ).as('count'),
    )
    .executeTakeFirstOrThrow();
  // The first rows after the cursor of each part, then the first of both: one sorted page, never a full sort.
  const head = (part: FactPart) =>
    facts.selectFrom((after === null ? part : part.where('id', '>', after)).selectAll().orderBy('id').limit(first + 1).as('head')).selectAll();
  const rows = await facts
    .selectFrom(head(report).unionAll(head(recorded)).as('page'))
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
