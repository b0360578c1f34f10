import { MINISTRY_CODES } from '@cnim/kit';
import { describe, expect, it } from 'vitest';
import { graphql } from '../support/graphql.js';
import { useGraph } from '../support/use-graph.js';

// The BI table shape: the same facts as `facts`, as headers and rows of scalars.
const graph = useGraph();
const COLUMNS = [
  'id',
  'indicatorCode',
  'actionNumber',
  'ministryCode',
  'territoryLevel',
  'territoryCode',
  'periodId',
  'periodStart',
  'periodEnd',
  'periodKind',
  'site',
  'sex',
  'nationality',
  'disaggregation',
  'value',
  'unit',
  'cut',
  'recordedAt',
  'derived',
];

describe('factTable', () => {
  it('gives SENA’s orientation as typed headers and rows of the report’s exact values', async () => {
    const { data, errors } = await graphql<{ ministry: { factTable: unknown } }>(
      graph().url,
      '{ ministry(code: SENA) { factTable(filter: { indicator: ["SENA-8-ORIENTADOS"] }) { totalCount headers { name type nullable } rows pageInfo { hasNextPage } } } }',
    );
    expect(errors).toBeUndefined();
    const table = data!.ministry.factTable as {
      totalCount: number;
      headers: Array<{ name: string; type: string; nullable: boolean }>;
      rows: unknown[][];
      pageInfo: { hasNextPage: boolean };
    };
    expect(table.headers.map((header) => header.name)).toEqual(COLUMNS);
    expect(table.headers.find((header) => header.name === 'value')).toEqual({ name: 'value', type: 'NUMBER', nullable: false });
    expect(table.headers.find((header) => header.name === 'territoryCode')).toEqual({
      name: 'territoryCode',
      type: 'TEXT',
      nullable: true,
    });
    expect(table.headers.find((header) => header.name === 'derived')).toEqual({ name: 'derived', type: 'BOOLEAN', nullable: false });
    expect(table.totalCount).toBe(3);
    expect(table.pageInfo.hasNextPage).toBe(false);
    expect(table.rows.map((row) => [row[0], row[13], row[14]])).toEqual([
      ['SENA-8-ORIENTADOS|2025|CO|TOTAL|FEMALE|TOTAL', 'SEX', 7876],
      ['SENA-8-ORIENTADOS|2025|CO|TOTAL|FEMALE|VENEZUELAN', 'SEX_NATIONALITY', 7571],
      ['SENA-8-ORIENTADOS|2025|CO|TOTAL|TOTAL|TOTAL', 'TOTAL', 13400],
    ]);
  });

  it.each(MINISTRY_CODES)('carries exactly the facts of %s, row for row', async (ministry) => {
    const { data } = await graphql<{ ministry: { facts: { nodes: Array<Record<string, unknown>> }; factTable: { rows: unknown[][] } } }>(
      graph().url,
      `{ ministry(code: ${ministry}) { facts(first: 1000) { nodes { ${COLUMNS.map((column) => (column === 'cut' ? 'cut' : column)).join(' ')} } } factTable(first: 1000) { rows } } }`,
    );
    expect(data!.ministry.factTable.rows).toEqual(data!.ministry.facts.nodes.map((node) => COLUMNS.map((column) => node[column])));
    expect(data!.ministry.factTable.rows.length).toBeGreaterThan(0);
  });

  it('refuses a page size above 1000, as facts does', async () => {
    const size = await graphql(graph().url, '{ ministry(code: SENA) { factTable(first: 1001) { totalCount } } }');
    expect(size.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});
