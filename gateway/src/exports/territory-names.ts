import type { GraphAnswer, GraphQuery } from '../graph-client.js';

export interface TerritoryName {
  name: string;
  departmentName: string;
}

interface TerritoryPage {
  territories: { endCode: string | null; hasNextPage: boolean; nodes: Array<{ code: string } & TerritoryName> } | null;
}

const PAGE =
  'query ($after: String) { territories(first: 2000, after: $after) { endCode hasNextPage nodes { code name departmentName } } }';

/** The graph's territory dimension, by DIVIPOLA code, paged like any other client reads it. */
export async function territoryNames(graph: GraphQuery): Promise<Map<string, TerritoryName>> {
  const names = new Map<string, TerritoryName>();
  let after: string | null = null;
  for (;;) {
    const { data }: GraphAnswer<TerritoryPage> = await graph<TerritoryPage>(PAGE, { after });
    if (!data?.territories) return names;
    for (const { code, name, departmentName } of data.territories.nodes) names.set(code, { name, departmentName });
    if (!data.territories.hasNextPage) return names;
    after = data.territories.endCode;
  }
}
