import type { Kysely } from 'kysely';

/**
 * Kysely's type is invariant in the database shape: a subgraph's Kysely<Database> is not a
 * Kysely<ActionDatabase>, although it holds those tables. Shared modules narrow a subgraph's database
 * (or transaction) to the tables they use with this one cast; the constraint keeps it checked.
 */
export const narrowTo =
  <Tables>() =>
  <DB extends Tables>(db: Kysely<DB>): Kysely<Tables> =>
    db as unknown as Kysely<Tables>;
