import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import { startHiveGateway, type RunningHive } from './hive.js';

/**
 * The same Hive Gateway runtime, but planning with Hive Router's Rust query planner (a native addon)
 * and its purpose-built executor: what `hive-gateway supergraph --hive-router-runtime` does. Everything
 * else is as in the plain Hive door, so the two differ only in the planner and executor.
 */
export function startHiveRustGateway(supergraphSdl: string): Promise<RunningHive> {
  return startHiveGateway(supergraphSdl, { unifiedGraphHandler });
}
