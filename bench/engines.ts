import type { FrontDoor } from './doors.js';

/** The databases the subgraphs (and the floor) can run on: `--engines sqlite,postgres` measures both. */
export const ENGINES = ['sqlite', 'postgres'] as const;

export type Engine = (typeof ENGINES)[number];

export const ENGINE_NAMES: Record<Engine, string> = { sqlite: 'SQLite', postgres: 'Postgres' };

/**
 * The doors measured on every engine: ours (cold) and the floor, whose figures move with what the
 * databases cost. The peers, ours warm and ours as a cluster measure gateways, which the engine behind
 * the subgraphs does not change: they run on SQLite only, and the targets compare them there.
 */
export const ENGINE_DOORS: readonly FrontDoor[] = ['apollo', 'floor'];

/**
 * The engines `--engines` names. SQLite is always among them: the peers and the targets are measured
 * on it, and its answers are the ones every engine must give.
 */
export function parseEngines(list: string): Engine[] {
  const named = list
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const unknown = named.filter((name) => !ENGINES.includes(name as Engine));
  if (unknown.length)
    throw new Error(`--engines nombra motores que no existen: ${unknown.join(', ')} (los motores son ${ENGINES.join(', ')}).`);
  if (!named.includes('sqlite'))
    throw new Error(
      '--engines debe incluir sqlite: los demás gateways y los objetivos se miden sobre SQLite (por ejemplo --engines sqlite,postgres).',
    );
  return ENGINES.filter((engine) => named.includes(engine));
}

/** A front door over the subgraphs (and, for the floor, the databases) of one engine. */
export interface Contender {
  door: FrontDoor;
  engine: Engine;
}

/** How the log names a contender: the door alone on SQLite, as before there were engines. */
export function contenderName({ door, engine }: Contender): string {
  return engine === 'sqlite' ? door : `${door} (${ENGINE_NAMES[engine]})`;
}
