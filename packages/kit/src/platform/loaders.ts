import DataLoader from 'dataloader';

/**
 * Batches per-entity lookups of one request into one SQL statement (the gateway resolves a list of
 * entities in one _entities call, and each entity's fields would otherwise query one by one).
 */
export function oneLoader<K, Row>(fetch: (keys: readonly K[]) => Promise<Row[]>, keyOf: (row: Row) => K): DataLoader<K, Row | undefined> {
  return new DataLoader(async (keys) => {
    const rows = new Map((await fetch(keys)).map((row) => [keyOf(row), row]));
    return keys.map((key) => rows.get(key));
  });
}

/** Like oneLoader, for lists: every row of every requested key, in the order the query returns them. */
export function groupLoader<K, Row>(fetch: (keys: readonly K[]) => Promise<Row[]>, keyOf: (row: Row) => K): DataLoader<K, Row[]> {
  return new DataLoader(async (keys) => {
    const groups = new Map<K, Row[]>(keys.map((key) => [key, []]));
    for (const row of await fetch(keys)) groups.get(keyOf(row))?.push(row);
    return keys.map((key) => groups.get(key) ?? []);
  });
}
