import type { DocumentNode, GraphQLError } from 'graphql';
import { runtimeGraphql as graphql } from './runtime-graphql.js';

/**
 * Why a document gave no operation to run, in Spanish, as a request error (HTTP 400). Without it the
 * gateway hands the request to the query planner with no operation, and answers HTTP 500.
 */
export function unresolvedOperation(document: DocumentNode, operationName: string | undefined): GraphQLError {
  const names = document.definitions.flatMap((definition) =>
    definition.kind === graphql.Kind.OPERATION_DEFINITION ? [definition.name?.value ?? '(sin nombre)'] : [],
  );
  const message = operationName
    ? `El documento no tiene ninguna operación llamada «${operationName}»; tiene: ${names.join(', ')}.`
    : `El documento tiene ${names.length} operaciones; indique en \`operationName\` cuál ejecutar (${names.join(', ')}).`;
  return new graphql.GraphQLError(message, { extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } } });
}
