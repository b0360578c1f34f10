import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ANONYMOUS, identityHeaders } from '@cnim/kit';
import type { Fetcher, FetcherResponse } from '@apollo/utils.fetcher';
import { GraphQLError } from 'graphql';
import type { GatewayContext } from './identity.js';
import { SubgraphRefusal, subgraphRefusal } from './subgraph-refusal.js';

/**
 * A subgraph that cannot be reached must not take the whole answer down: the gateway returns the
 * other subgraphs' data, and this error names the missing one in words an analyst understands.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource {
  constructor(
    private readonly serviceName: string,
    private readonly ministry: string,
    url: string,
    private readonly gatewaySecret: string,
    fetcher: Fetcher,
  ) {
    super({ url, fetcher });
  }

  /** Every subgraph request carries the verified identity, vouched for with this subgraph's secret. */
  override willSendRequest({ request, context }: Parameters<NonNullable<RemoteGraphQLDataSource['willSendRequest']>>[0]): void {
    const identity = (context as Partial<GatewayContext>).identity ?? ANONYMOUS;
    for (const [name, value] of Object.entries(identityHeaders(identity, this.gatewaySecret))) {
      request.http?.headers.set(name, value);
    }
  }

  override async process(options: GraphQLDataSourceProcessOptions): ReturnType<RemoteGraphQLDataSource['process']> {
    try {
      return await super.process(options);
    } catch (error) {
      if (error instanceof SubgraphRefusal) return error.answer;
      if (error instanceof GraphQLError) throw error;
      throw this.unavailable(error as Error);
    }
  }

  /** An HTTP error status: relayed if the subgraph answered in GraphQL, otherwise it did not answer. */
  override async errorFromResponse(response: FetcherResponse): Promise<GraphQLError> {
    return subgraphRefusal(await this.parseBody(response)) ?? this.unavailable();
  }

  private unavailable(cause?: Error): GraphQLError {
    return new GraphQLError(
      `El subgrafo «${this.serviceName}» (${this.ministry}) no respondió; la respuesta no incluye sus datos. Intente de nuevo más tarde.`,
      { extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: this.serviceName }, originalError: cause },
    );
  }
}
