/**
 * The benchmark's front doors, in the order of its tables:
 * - ours, cold (the response cache off: every request computed) and warm (the cache on, read back);
 * - the peers in front of the same subgraphs: Hive Gateway with its JavaScript planner and with Hive
 *   Router's Rust planner, and the Grafbase gateway;
 * - the floor: the same answers by hand from the same databases, with no GraphQL.
 */
export const FRONT_DOORS = ['apollo', 'apollo-cached', 'hive', 'hive-rust', 'grafbase', 'floor'] as const;

export type FrontDoor = (typeof FRONT_DOORS)[number];

export const DOOR_NAMES: Record<FrontDoor, string> = {
  apollo: 'ours (@apollo/gateway), cold',
  'apollo-cached': 'ours, warm (response cache)',
  hive: 'Hive Gateway (JavaScript planner)',
  'hive-rust': 'Hive Gateway (Rust planner)',
  grafbase: 'Grafbase (grafbase dev)',
  floor: 'floor (no GraphQL)',
};

/** The refresh reads every page once per round, so a warm cache has nothing to give it. */
export const REFRESH_DOORS: readonly FrontDoor[] = FRONT_DOORS.filter((door) => door !== 'apollo-cached');
