import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ANONYMOUS, SIGNATURE_HEADERS, encodeIdentity, factsOf } from '@cnim/kit';
import type { Fetcher, FetcherResponse } from '@apollo/utils.fetcher';
import { GraphQLError } from 'graphql';
import type { GatewayContext } from './identity.js';
import type { SubgraphHealth } from './subgraph-health.js';
import { SubgraphRefusal, subgraphRefusal } from './subgraph-refusal.js';
import { WRITE_GENERATION_HEADER } from './write-generation.js';

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
    /** Records each call's duration and outcome (the gateway's metrics). */
    private readonly observe: (subgraph: string, seconds: number, outcome: 'ok' | 'error') => void = () => {},
    /** What the gateway knows of this subgraph being up (honest-cached-answers.ts). */
    private readonly health?: SubgraphHealth,
  ) {
    // The subgraphs give no cache hints (they would cost cache-control work on every field); the gateway's
    // response cache decides what is public (response-cache/response-cache.ts).
    super({ url, fetcher, honorSubgraphCacheControlHeader: false });
  }

  /**
   * Every subgraph request carries the verified identity, which the fetcher signs with the body just
   * before sending, and the write generation its client request started in, which keeps a read after a
   * write from sharing a subgraph request sent before it.
   */
  override willSendRequest({ request, context }: Parameters<NonNullable<RemoteGraphQLDataSource['willSendRequest']>>[0]): void {
    const { identity = ANONYMOUS, writeGeneration = 0 } = context as Partial<GatewayContext>;
    request.http?.headers.set(SIGNATURE_HEADERS.identity, encodeIdentity(identity));
    request.http?.headers.set(WRITE_GENERATION_HEADER, String(writeGeneration));
  }

  override async process(options: GraphQLDataSourceProcessOptions): ReturnType<RemoteGraphQLDataSource['process']> {
    const facts = 'context' in options ? factsOf(options.context) : undefined;
    if (facts && !facts.subgraphs?.includes(this.serviceName)) facts.subgraphs = [...(facts.subgraphs ?? []), this.serviceName];
    const started = performance.now();
    let outcome: 'ok' | 'error' = 'error';
    try {
      const response = await super.process(options);
      outcome = 'ok';
      this.health?.answered(this.serviceName);
      return response;
    } catch (error) {
      // A refusal in GraphQL is an answer; anything else means the subgraph did not answer.
      if (error instanceof SubgraphRefusal) {
        this.health?.answered(this.serviceName);
        return error.answer;
      }
      if (error instanceof GraphQLError && error.extensions.code !== 'SUBGRAPH_UNAVAILABLE') throw error;
      this.health?.unanswered(this.serviceName);
      if (error instanceof GraphQLError) throw error;
      throw this.unavailable(error as Error);
    } finally {
      this.observe(this.serviceName, (performance.now() - started) / 1000, outcome);
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
