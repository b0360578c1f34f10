import type { BaseContext } from '@apollo/server';
import { SUBGRAPH_NAMES, type DatasetDatabase, type SubgraphDefinition, type SubgraphName } from '@cnim/kit';

export type AnyDefinition = SubgraphDefinition<DatasetDatabase, BaseContext>;

/** One subgraph's definition, from its package: `@cnim/<name>` exports it under its own name. */
export async function loadDefinition(name: SubgraphName): Promise<AnyDefinition> {
  const module = (await import(`@cnim/${name}`)) as Record<string, AnyDefinition>;
  const definition = module[name];
  if (!definition) throw new Error(`@cnim/${name} no exporta la definición "${name}".`);
  return definition;
}

/**
 * Every subgraph of the registry, so the compose script, the test harness, the contract suite and
 * the benchmark never list the subgraphs again.
 */
export async function loadDefinitions(): Promise<Map<SubgraphName, AnyDefinition>> {
  return new Map(await Promise.all(SUBGRAPH_NAMES.map(async (name) => [name, await loadDefinition(name)] as const)));
}
