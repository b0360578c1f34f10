import type { ApolloServerPlugin } from '@apollo/server';
import { isAnonymous } from '@cnim/kit';
import { GraphQLError, Kind, parse, print, type DefinitionNode, type DocumentNode } from 'graphql';
import type { GatewayContext } from './identity.js';
import { knownOperationFiles } from './known-operations.js';

/**
 * The operations of `operations/` in a canonical form: each operation alone with the fragments it
 * spreads, printed by graphql-js, so a client's whitespace, commas and comments do not matter.
 */
export function registeredOperations(): ReadonlySet<string> {
  const registered = new Set<string>();
  for (const { source } of knownOperationFiles()) {
    const document = parse(source);
    const fragments = document.definitions.filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION);
    for (const definition of document.definitions) {
      if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
      registered.add(canonical({ kind: Kind.DOCUMENT, definitions: [definition, ...fragments] }));
    }
  }
  return registered;
}

/** A document's operation and the fragments it brings, printed in a fixed order. */
function canonical(document: DocumentNode): string {
  const order = (definition: DefinitionNode) => (definition.kind === Kind.OPERATION_DEFINITION ? 0 : 1);
  const name = (definition: DefinitionNode) => ('name' in definition && definition.name ? definition.name.value : '');
  const definitions = [...document.definitions].sort((a, b) => order(a) - order(b) || name(a).localeCompare(name(b)));
  return print({ ...document, definitions });
}

/**
 * A production switch (`CNIM_ANONYMOUS_OPERATIONS=registered`), as Apollo Router's persisted-query
 * safelist: a request without a token may run only an operation registered in `operations/` (the
 * dashboard's, the reports', the documented examples', the benchmark's and BI connectors'), so no
 * anonymous client can make the gateway plan anything new; a request with a valid token may run any
 * operation within the limits. Checked after validation and before planning.
 */
export function registeredOperationsOnly(registered: ReadonlySet<string> = registeredOperations()): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, document, operation }) {
          if (!isAnonymous(contextValue.identity) || contextValue.ownPage || !operation) return;
          const fragments = document.definitions.filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION);
          if (registered.has(canonical({ kind: Kind.DOCUMENT, definitions: [operation, ...fragments] }))) return;
          throw new GraphQLError(
            'Sin token, este gateway solo ejecuta las operaciones registradas en operations/ (tablero, informe, exportaciones y ejemplos documentados). Envíe un token para otras consultas, o registre la suya.',
            { extensions: { code: 'OPERATION_NOT_REGISTERED', http: { status: 403 } } },
          );
        },
      };
    },
  };
}
