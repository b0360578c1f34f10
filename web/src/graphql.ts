/** The dashboard's only source of data: GraphQL over HTTP to the gateway it is served by (same origin). */
export interface GraphQLError {
  message: string;
  path?: readonly (string | number)[];
  /** `code` tells a figure with no value in its period (NOT_FOUND) from a ministry that did not answer. */
  extensions?: { code?: unknown };
}

export interface Answer<T> {
  data: T | null;
  errors: GraphQLError[];
}

/** `signal` aborts a request whose answer is no longer wanted (the selection it was for has changed). */
export async function graphql<T>(query: string, variables: Record<string, unknown> = {}, signal?: AbortSignal): Promise<Answer<T>> {
  const response = await fetch('/graphql', {
    method: 'POST',
    signal,
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query, variables }),
  });
  let body: { data?: T | null; errors?: GraphQLError[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new Error(`El gateway respondió ${response.status} sin una respuesta GraphQL.`);
  }
  // A partial answer (a ministry's subgraph down) still carries the other ministries' data.
  if (body.data == null && body.errors?.length) throw new Error(body.errors.map((error) => error.message).join(' '));
  return { data: body.data ?? null, errors: body.errors ?? [] };
}
