/**
 * The one list of the graph's subgraphs. The gateway, the composition script, the codegen config,
 * the token script, the DIVIPOLA import, the schema check, the test harness and the benchmark all
 * read it: a new participant in the plan is its folder under `subgraphs/` plus one entry here.
 *
 * `name` is the service name in the supergraph, the folder under `subgraphs/` and the prefix of the
 * subgraph's environment variables (`SALUD_PORT`, `SALUD_URL`, `SALUD_DB_PATH` or `SALUD_DATABASE_URL`, `SALUD_GATEWAY_SECRET`).
 * A ministry entry also names the code its tokens carry and the prefix of the GraphQL types the kit
 * generates for it (`SaludAction`, `SaludData`, `SaludIndicator`, `SaludMutations`).
 */
export const SUBGRAPHS = [
  {
    name: 'plan',
    owner: 'Secretaría técnica de la Subcomisión de Atención e Integración',
    defaultPort: 4006,
  },
  {
    name: 'igualdad',
    owner: 'Ministerio de Igualdad y Equidad',
    ministry: { code: 'IGUALDAD', typePrefix: 'Igualdad' },
    defaultPort: 4001,
  },
  {
    name: 'salud',
    owner: 'Ministerio de Salud y Protección Social',
    ministry: { code: 'SALUD', typePrefix: 'Salud' },
    defaultPort: 4002,
  },
  {
    name: 'sena',
    owner: 'Servicio Nacional de Aprendizaje (SENA)',
    ministry: { code: 'SENA', typePrefix: 'Sena' },
    defaultPort: 4003,
  },
  {
    name: 'educacion',
    owner: 'Ministerio de Educación Nacional',
    ministry: { code: 'EDUCACION', typePrefix: 'Educacion' },
    defaultPort: 4004,
  },
  {
    name: 'trabajo',
    owner: 'Ministerio del Trabajo',
    ministry: { code: 'TRABAJO', typePrefix: 'Trabajo' },
    defaultPort: 4005,
  },
] as const;

export type SubgraphEntry = (typeof SUBGRAPHS)[number];
export type SubgraphName = SubgraphEntry['name'];
export type MinistrySubgraph = Extract<SubgraphEntry, { ministry: object }>;
export type MinistryCode = MinistrySubgraph['ministry']['code'];

/** The ministries that report to the plan, in the order the plan and a full BI refresh list them. */
export const MINISTRY_SUBGRAPHS: readonly MinistrySubgraph[] = SUBGRAPHS.filter((entry): entry is MinistrySubgraph => 'ministry' in entry);

export const MINISTRY_CODES: readonly MinistryCode[] = MINISTRY_SUBGRAPHS.map((entry) => entry.ministry.code);

export const SUBGRAPH_NAMES: readonly SubgraphName[] = SUBGRAPHS.map((entry) => entry.name);

/** The gateway's default port; subgraphs take the ports listed above. */
export const GATEWAY_DEFAULT_PORT = 4000;

export function subgraphEntry(name: SubgraphName): SubgraphEntry {
  return SUBGRAPHS.find((entry) => entry.name === name)!;
}

/** Names of the environment variables that configure one subgraph. */
export function subgraphVariables(name: string) {
  const prefix = name.toUpperCase();
  return {
    port: `${prefix}_PORT`,
    url: `${prefix}_URL`,
    databasePath: `${prefix}_DB_PATH`,
    databaseUrl: `${prefix}_DATABASE_URL`,
    gatewaySecret: `${prefix}_GATEWAY_SECRET`,
  };
}

export function defaultSubgraphUrl(entry: { defaultPort: number }): string {
  return `http://127.0.0.1:${entry.defaultPort}/graphql`;
}
