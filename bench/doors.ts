/**
 * The benchmark's front doors, in the order of its tables:
 * - ours, cold (the response cache off: every request computed) and warm (the cache on, read back);
 * - the peers in front of the same subgraphs: Hive Gateway with its JavaScript planner and with Hive
 *   Router's Rust planner, and the Grafbase gateway;
 * - the floor: the same answers by hand from the same databases, with no GraphQL.
 */
export const FRONT_DOORS = ['apollo', 'apollo-cached', 'hive', 'hive-rust', 'grafbase', 'floor'] as const;

/** Ours, cold, as `npm run start:cluster` runs it: measured with `--gateways 1,2,4` (W1 and W2). */
export const CLUSTER_DOORS = ['apollo-x2', 'apollo-x4'] as const;

export type FrontDoor = (typeof FRONT_DOORS)[number] | (typeof CLUSTER_DOORS)[number];

/** How many gateway processes a cluster door runs. */
export const CLUSTER_PROCESSES: Record<(typeof CLUSTER_DOORS)[number], number> = { 'apollo-x2': 2, 'apollo-x4': 4 };

export const DOOR_NAMES: Record<FrontDoor, string> = {
  apollo: 'ours (@apollo/gateway), cold',
  'apollo-cached': 'ours, warm (response cache)',
  hive: 'Hive Gateway (JavaScript planner)',
  'hive-rust': 'Hive Gateway (Rust planner)',
  grafbase: 'Grafbase (grafbase dev)',
  floor: 'floor (no GraphQL)',
  'apollo-x2': 'ours, cold, 2 gateway processes',
  'apollo-x4': 'ours, cold, 4 gateway processes',
};

/** Every door in the order of the tables. */
export const ALL_DOORS: readonly FrontDoor[] = [...FRONT_DOORS.slice(0, 2), ...CLUSTER_DOORS, ...FRONT_DOORS.slice(2)];

/** The refresh reads every page once per round, so a warm cache has nothing to give it. */
export const REFRESH_DOORS: readonly FrontDoor[] = FRONT_DOORS.filter((door) => door !== 'apollo-cached');
