import type { BaseContext } from '@apollo/server';
import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { execute, parse, type DocumentNode, type GraphQLSchema } from 'graphql';
import { ANONYMOUS, type Identity } from '@cnim/kit';

type GatewayResponse = Awaited<ReturnType<GraphQLDataSource['process']>>;

/**
 * A subgraph executed inside the gateway's process: the same schema and resolvers, a fresh context
 * (and so fresh loaders) per subgraph request, as over HTTP, but no network hop. The documents the
 * query planner sends are few and fixed, so each is parsed once, as a subgraph server would cache it.
 */
export class InProcessDataSource implements GraphQLDataSource {
  private readonly documents = new Map<string, DocumentNode>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly createContext: (identity: Identity) => BaseContext,
  ) {}

  async process({ request, context }: GraphQLDataSourceProcessOptions): Promise<GatewayResponse> {
    const query = request.query ?? '';
    let document = this.documents.get(query);
    if (!document) {
      document = parse(query);
      this.documents.set(query, document);
    }
    const identity = (context as { identity?: Identity }).identity ?? ANONYMOUS;
    const result = await execute({
      schema: this.schema,
      document,
      variableValues: request.variables,
      operationName: request.operationName,
      contextValue: this.createContext(identity),
    });
    return result as GatewayResponse;
  }
}
