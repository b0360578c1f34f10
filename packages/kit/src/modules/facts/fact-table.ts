import { GraphQLScalarType, Kind } from 'graphql';
import { disaggregationOf, periodKindOf, type FactConnectionView, type PagedFact } from './facts.js';

export type FactColumnType = 'TEXT' | 'INTEGER' | 'NUMBER' | 'DATE' | 'DATETIME' | 'BOOLEAN';

type Cell = string | number | boolean | null;

/** The table's columns, in the order of every row; the same names as the Fact type's fields. */
export const FACT_TABLE_COLUMNS: ReadonlyArray<{
  name: string;
  type: FactColumnType;
  nullable: boolean;
  value: (fact: PagedFact) => Cell;
}> = [
  { name: 'id', type: 'TEXT', nullable: false, value: (fact) => fact.id },
  { name: 'indicatorCode', type: 'TEXT', nullable: false, value: (fact) => fact.indicator_code },
  { name: 'actionNumber', type: 'INTEGER', nullable: false, value: (fact) => fact.action_number },
  { name: 'ministryCode', type: 'TEXT', nullable: false, value: (fact) => fact.ministry },
  { name: 'territoryLevel', type: 'TEXT', nullable: false, value: (fact) => fact.territory_level },
  { name: 'territoryCode', type: 'TEXT', nullable: true, value: (fact) => fact.territory_code },
  { name: 'periodId', type: 'TEXT', nullable: false, value: (fact) => fact.period_id },
  { name: 'periodStart', type: 'DATE', nullable: false, value: (fact) => fact.period_start },
  { name: 'periodEnd', type: 'DATE', nullable: false, value: (fact) => fact.period_end },
  { name: 'periodKind', type: 'TEXT', nullable: false, value: (fact) => periodKindOf(fact.period_id) },
  { name: 'site', type: 'TEXT', nullable: false, value: (fact) => fact.site },
  { name: 'sex', type: 'TEXT', nullable: false, value: (fact) => fact.sex },
  { name: 'nationality', type: 'TEXT', nullable: false, value: (fact) => fact.nationality },
  { name: 'disaggregation', type: 'TEXT', nullable: false, value: disaggregationOf },
  { name: 'value', type: 'NUMBER', nullable: false, value: (fact) => fact.value },
  { name: 'unit', type: 'TEXT', nullable: false, value: (fact) => fact.unit },
  { name: 'cut', type: 'TEXT', nullable: false, value: (fact) => fact.cut_id },
  { name: 'recordedAt', type: 'DATETIME', nullable: true, value: (fact) => fact.recorded_at },
  { name: 'derived', type: 'BOOLEAN', nullable: false, value: (fact) => fact.derived === 1 },
];

const HEADERS = FACT_TABLE_COLUMNS.map(({ name, type, nullable }) => ({ name, type, nullable }));

/**
 * A page of facts as a table in the DHIS2 analytics style: the headers once, then one row of scalars per
 * fact. GraphQL resolves one field per fact instead of one per column, in the subgraph and again in the
 * gateway's result shaping.
 */
export function factTable(page: FactConnectionView) {
  return {
    totalCount: page.totalCount,
    headers: HEADERS,
    rows: page.nodes.map((fact) => FACT_TABLE_COLUMNS.map((column) => column.value(fact))),
    pageInfo: page.pageInfo,
  };
}

/** A fact as a row: a JSON array of scalars in the order of the table's headers. Output only. */
export const FactRowScalar = new GraphQLScalarType<ReadonlyArray<Cell>, ReadonlyArray<Cell>>({
  name: 'FactRow',
  serialize: (value) => {
    if (!Array.isArray(value)) throw new TypeError('Una fila de hechos es un arreglo.');
    return value as ReadonlyArray<Cell>;
  },
  parseValue: () => {
    throw new TypeError('FactRow es solo de salida.');
  },
  parseLiteral: (ast) => {
    throw new TypeError(`FactRow es solo de salida (se recibió ${ast.kind === Kind.STRING ? 'un texto' : ast.kind}).`);
  },
});
