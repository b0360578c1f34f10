import type { Kysely } from 'kysely';
import type { ActionLoaders } from '../modules/actions/actions.js';
import type { CursorCodec } from '../modules/facts/cursor.js';
import type { FactDatabase } from '../modules/facts/facts.js';
import type { Identity } from '../modules/reporting/identity.js';
import type { TerritoryLoaders } from '../modules/territory/territory.js';
import type { SubgraphDatabase } from './kit-database.js';

/**
 * What the kit's resolvers read from a ministry subgraph's context. A ministry's own context adds
 * its `loaders` to it (see ministrySubgraph).
 */
export interface KitContext<DB extends SubgraphDatabase & FactDatabase = SubgraphDatabase & FactDatabase> {
  db: Kysely<DB>;
  /** Who is asking, as the gateway vouches for it; an anonymous reader otherwise. */
  identity: Identity;
  /** Per-request batched lookups, so a list of entities costs a fixed number of statements. */
  actions: ActionLoaders;
  territories: TerritoryLoaders;
  /** The facts' cursors, signed with this subgraph's CURSOR_SECRET. */
  cursors: CursorCodec;
}
