import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ANONYMOUS, SIGNATURE_HEADERS, encodeIdentity } from '@cnim/kit';
import type { Fetcher } from '@apollo/utils.fetcher';
import { GraphQLError } from 'graphql';
import type { GatewayContext } from './identity.js';

/**
 * A subgraph that cannot be reached must not take the whole answer down: the gateway returns the
 * other subgraphs' data, and this error names the missing one in words an analyst understands.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource {
  constructor(
    private readonly serviceName: string,
    private readonly ministry: string,
    url: string,
    fetcher: Fetcher,
  ) {
    super({ url, fetcher });
  }

  /** Every subgraph request carries the verified identity; the fetcher signs it with the body just before sending. */
  override willSendRequest({ request, context }: Parameters<NonNullable<RemoteGraphQLDataSource['willSendRequest']>>[0]): void {
    const identity = (context as Partial<GatewayContext>).identity ?? ANONYMOUS;
    request.http?.headers.set(SIGNATURE_HEADERS.identity, encodeIdentity(identity));
  }

  override async process(options: GraphQLDataSourceProcessOptions): ReturnType<RemoteGraphQLDataSource['process']> {
    try {
      return await super.process(options);
    } catch (error) {
      if (error instanceof GraphQLError) throw error;
      throw new GraphQLError(
        `El subgrafo «${this.serviceName}» (${this.ministry}) no respondió; la respuesta no incluye sus datos. Intente de nuevo más tarde.`,
        { extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: this.serviceName }, originalError: error as Error },
      );
    }
  }
}
