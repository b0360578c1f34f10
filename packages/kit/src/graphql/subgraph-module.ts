import { readFileSync } from 'node:fs';
import type { GraphQLFieldResolver, GraphQLScalarType } from 'graphql';
import type { MinistrySubgraph } from '../platform/registry.js';

/** Resolvers of one type: field resolvers, or the hooks federation and interfaces call. */
export type TypeResolvers = Record<string, GraphQLFieldResolver<never, never, never> | unknown>;

/**
 * One piece of a subgraph's schema: SDL and the resolvers of the types and fields it declares,
 * shipped together. A subgraph is the list of kit modules it uses plus its own module.
 */
export interface SubgraphModule {
  typeDefs: string;
  resolvers: Record<string, TypeResolvers | GraphQLScalarType>;
}

export function readSdl(file: URL): string {
  return readFileSync(file, 'utf8');
}

/**
 * Fills a ministry template: the types and fields that must carry the ministry's name are written
 * once, with `_Prefix_` (SaludAction), `_name_` (saludFacts), `_CODE_` (SALUD) and `_Owner_`
 * (Ministerio de Salud y Protección Social) standing for it. The placeholders are valid GraphQL
 * names, so a template is still a file editors and linters read as SDL.
 */
export function fillTemplate(template: string, ministry: MinistrySubgraph): string {
  return template
    .replaceAll('_Prefix_', ministry.ministry.typePrefix)
    .replaceAll('_name_', ministry.name)
    .replaceAll('_CODE_', ministry.ministry.code)
    .replaceAll('_Owner_', ministry.owner);
}

/** Fills a template's type names in a codegen mappers map (`_Prefix_Action` → `SaludAction`). */
export function fillMappers(mappers: Record<string, string>, ministry: MinistrySubgraph): Record<string, string> {
  return Object.fromEntries(Object.entries(mappers).map(([type, mapper]) => [fillTemplate(type, ministry), mapper]));
}
