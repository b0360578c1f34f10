import type { GraphQLFormattedError } from 'graphql';
import { limitMessage } from './operation-limit-messages.js';

type Extensions = NonNullable<GraphQLFormattedError['extensions']>;

/**
 * Only flat values (a code, a field, a service name, a version) reach a client. A nested object is
 * what carries a raw HTTP answer (@apollo/gateway's `extensions.response`: the subgraph's URL, status
 * and body), an exception or a stack trace.
 */
function flat(extensions: Extensions): Extensions {
  return Object.fromEntries(Object.entries(extensions).filter(([, value]) => value === null || typeof value !== 'object'));
}

/** graphql-js's refusal of a document over its token limit ("Document contains more that 2000 tokens"). */
const TOKEN_LIMIT = /Document contains more th[ae]t (\d+) tokens/;

/** The HTTP status Apollo Server answers an error with (it removes `extensions.http` before formatting). */
function statusOf(error: unknown): unknown {
  return (error as { extensions?: { http?: { status?: unknown } } } | null)?.extensions?.http?.status;
}

/**
 * An error as any client may see it, at the gateway or at a subgraph: no nested extensions, and the
 * token limit said in Spanish like the other operation limits (graphql-js words it as a syntax error).
 * Apollo Server refuses a few requests (a persisted-query hash that does not match the query) with a
 * 4xx but no code, which it then files as INTERNAL_SERVER_ERROR: they are the client's mistake, BAD_REQUEST.
 */
export function clientSafeError(formatted: GraphQLFormattedError, error?: unknown): GraphQLFormattedError {
  const extensions = flat(formatted.extensions ?? {});
  const status = statusOf(error);
  if (extensions.code === 'INTERNAL_SERVER_ERROR' && typeof status === 'number' && status >= 400 && status < 500)
    extensions.code = 'BAD_REQUEST';
  const tokens = extensions.code === 'GRAPHQL_PARSE_FAILED' ? TOKEN_LIMIT.exec(formatted.message) : null;
  if (tokens) {
    const maximum = Number(tokens[1]);
    return { message: limitMessage('tokens', maximum), extensions: { ...extensions, limit: 'tokens', maximum } };
  }
  return formatted.extensions ? { ...formatted, extensions } : formatted;
}
