import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { invalidScalarInput } from '../graphql/scalar-inputs.js';
import { unresolvedOperation } from '../graphql/unresolved-operation.js';

/**
 * Checks that need the operation and its variables, after validation and before anything runs (at the
 * gateway, before the query plan): which operation to run, and the kit scalars' values. Both are the
 * client's mistakes and are answered as such (HTTP 400), not as an internal error.
 */
export function inputChecksPlugin<Context extends BaseContext>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, schema }) {
          if (!operation) throw unresolvedOperation(document, request.operationName);
          const refused = invalidScalarInput(schema, document, operation, request.variables);
          if (refused) throw refused;
        },
      };
    },
  };
}
