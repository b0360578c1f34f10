/** The composed supergraph the gateway serves in production; `npm run compose` rewrites it. */
export const SUPERGRAPH_FILE = new URL('../supergraph.graphql', import.meta.url);

/** The five ministry subgraphs, their default addresses, and the variable that overrides each. */
export const SUBGRAPHS = [
  { name: 'igualdad', ministry: 'Ministerio de Igualdad y Equidad', defaultPort: 4001 },
  { name: 'salud', ministry: 'Ministerio de Salud y Protección Social', defaultPort: 4002 },
  { name: 'sena', ministry: 'Servicio Nacional de Aprendizaje (SENA)', defaultPort: 4003 },
  { name: 'educacion', ministry: 'Ministerio de Educación Nacional', defaultPort: 4004 },
  { name: 'trabajo', ministry: 'Ministerio del Trabajo', defaultPort: 4005 },
] as const;

export type SubgraphName = (typeof SUBGRAPHS)[number]['name'];

export function defaultUrl(port: number): string {
  return `http://localhost:${port}/graphql`;
}

/** `SALUD_URL` (for example) points the gateway at a subgraph running elsewhere. */
export function subgraphUrlsFromEnv(env: NodeJS.ProcessEnv): Partial<Record<SubgraphName, string>> {
  return Object.fromEntries(
    SUBGRAPHS.flatMap(({ name }) => {
      const url = env[`${name.toUpperCase()}_URL`];
      return url ? [[name, url]] : [];
    }),
  );
}
