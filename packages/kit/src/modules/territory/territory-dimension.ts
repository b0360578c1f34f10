import { narrowTo } from '../../platform/narrow.js';
import { sql, type Kysely } from 'kysely';
import { badUserInput } from '../../graphql/errors.js';
import type { TerritoryDatabase } from './territory.js';

/** A territory as a BI dimension row: the names a fact's `territoryCode` joins to. */
export interface TerritoryDimensionRow {
  code: string;
  name: string;
  level: 'DEPARTMENT' | 'MUNICIPALITY';
  departmentCode: string;
  departmentName: string;
}

export interface TerritoryPage {
  totalCount: number;
  nodes: TerritoryDimensionRow[];
  /** The last code of the page: send it as `after` for the next page. */
  endCode: string | null;
  hasNextPage: boolean;
}

export const MAX_TERRITORY_PAGE = 2000;

const territories = narrowTo<TerritoryDatabase>();

/**
 * Every department and municipality in code order ("05" before "05001"), paged by code: the DIVIPOLA
 * code is stable and public, so it is its own cursor.
 */
export async function pageTerritories<DB extends TerritoryDatabase>(
  db: Kysely<DB>,
  first: number,
  after: string | null,
): Promise<TerritoryPage> {
  if (!Number.isInteger(first) || first < 1 || first > MAX_TERRITORY_PAGE) {
    throw badUserInput('first', `El tamaño de página \`first\` debe estar entre 1 y ${MAX_TERRITORY_PAGE}; se recibió ${first}.`);
  }
  if (after !== null && !/^(\d{2}|\d{5})$/.test(after)) {
    throw badUserInput(
      'after',
      `\`after\` es el \`endCode\` de la página anterior: un código DIVIPOLA de 2 o 5 dígitos; se recibió "${after}".`,
    );
  }
  const tables = territories(db);
  const all = tables
    .selectFrom('department')
    .select([
      'code',
      'name',
      sql<TerritoryDimensionRow['level']>`'DEPARTMENT'`.as('level'),
      'code as departmentCode',
      'name as departmentName',
    ])
    .unionAll(
      tables
        .selectFrom('municipality')
        .innerJoin('department', 'department.code', 'municipality.department_code')
        .select([
          'municipality.code as code',
          'municipality.name as name',
          sql<TerritoryDimensionRow['level']>`'MUNICIPALITY'`.as('level'),
          'department.code as departmentCode',
          'department.name as departmentName',
        ]),
    );
  const rows = await tables
    .selectFrom(all.as('territory'))
    .selectAll()
    .$if(after !== null, (query) => query.where('code', '>', after!))
    .orderBy('code')
    .limit(first + 1)
    .execute();
  const { count } = await tables
    .selectNoFrom((eb) =>
      eb(
        tables.selectFrom('department').select((inner) => inner.fn.countAll<number>().as('n')),
        '+',
        tables.selectFrom('municipality').select((inner) => inner.fn.countAll<number>().as('n')),
      ).as('count'),
    )
    .executeTakeFirstOrThrow();
  const nodes = rows.slice(0, first);
  return { totalCount: Number(count), nodes, endCode: nodes.at(-1)?.code ?? after, hasNextPage: rows.length > first };
}
