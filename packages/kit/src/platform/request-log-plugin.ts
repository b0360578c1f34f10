import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { Logger } from 'pino';
import type { RequestFacts } from './logger.js';

/** Where a request's context keeps its facts and its logger, whatever else the context holds. */
const FACTS = Symbol('requestFacts');
const LOG = Symbol('requestLog');

type Observed = { [FACTS]?: RequestFacts; [LOG]?: Logger };

/** Attaches the request's facts (filled for its access line) and its logger to a GraphQL context. */
export function observe<Context extends object>(context: Context, facts: RequestFacts, log: Logger): Context {
  return Object.assign(context, { [FACTS]: facts, [LOG]: log });
}

export function factsOf(context: object): RequestFacts | undefined {
  return (context as Observed)[FACTS];
}

/**
 * Fills the access line with the operation's name and its errors' codes, and logs every error that
 * is not the client's (a resolver or a plugin that threw something unexpected) with the request's id,
 * its cause and stack, on the server only: the answer says only that it failed.
 */
export function requestLogPlugin(): ApolloServerPlugin<BaseContext> {
  return {
    // What a plugin throws outside any resolver (a cache key it cannot compute, say) is an HTTP 500:
    // logged here with the request's id and cause, instead of by Apollo Server's console logger, which knows neither.
    async unexpectedErrorProcessingRequest({ requestContext, error }) {
      const facts = factsOf(requestContext.contextValue);
      if (facts) facts.errorCodes = ['INTERNAL_SERVER_ERROR'];
      (requestContext.contextValue as Observed)[LOG]?.error({ err: error }, 'error interno al procesar la petición');
    },
    async requestDidStart() {
      return {
        async didResolveOperation({ request, operation, contextValue }) {
          const facts = factsOf(contextValue);
          if (facts) facts.operationName = request.operationName ?? operation?.name?.value ?? null;
        },
        async didEncounterErrors({ errors, contextValue }) {
          const facts = factsOf(contextValue);
          if (facts) facts.errorCodes = [...new Set(errors.map((error) => String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR')))];
          const log = (contextValue as Observed)[LOG];
          for (const error of errors) {
            const code = error.extensions?.code;
            if (code === undefined || code === 'INTERNAL_SERVER_ERROR') {
              log?.error({ err: error.originalError ?? error, path: error.path }, 'error interno al resolver la operación');
            }
          }
        },
      };
    },
  };
}
