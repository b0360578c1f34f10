import { subgraphFormatError } from '@cnim/kit';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { formatError } from '../../gateway/src/format-error.js';

describe('errors as the gateway gives them to a client', () => {
  it('keeps a subgraph’s error but drops the raw HTTP answer @apollo/gateway attaches', () => {
    expect(
      formatError({
        message: 'La fecha debe ser un día existente.',
        extensions: {
          code: 'BAD_USER_INPUT',
          field: 'filter.from',
          serviceName: 'salud',
          response: { url: 'http://127.0.0.1:4002/graphql', status: 400, body: { errors: [] } },
        },
      }),
    ).toEqual({
      message: 'La fecha debe ser un día existente.',
      extensions: { code: 'BAD_USER_INPUT', field: 'filter.from', serviceName: 'salud' },
    });
  });

  it('says an internal error happened, and promises nothing else', () => {
    expect(formatError({ message: 'connect ECONNREFUSED 127.0.0.1:4002', extensions: { code: 'INTERNAL_SERVER_ERROR' } })).toEqual({
      message: 'Error interno del gateway.',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(
      formatError({
        message: 'SQLITE_BUSY: database is locked',
        path: ['plan'],
        extensions: { code: 'INTERNAL_SERVER_ERROR', serviceName: 'plan' },
      }),
    ).toEqual({
      message: 'Error interno del subgrafo «plan».',
      path: ['plan'],
      extensions: { code: 'INTERNAL_SERVER_ERROR', serviceName: 'plan' },
    });
  });

  it('files a 4xx Apollo Server gives no code as the client’s mistake', () => {
    const error = new GraphQLError('provided sha does not match query', { extensions: { http: { status: 400 } } });
    expect(formatError({ message: error.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, error)).toEqual({
      message: 'La petición HTTP no es una petición GraphQL válida: provided sha does not match query',
      extensions: { code: 'BAD_REQUEST' },
    });
  });

  it('leaves an operation limit’s Spanish message without a lead', () => {
    const limit = {
      message: 'La consulta usa 16 alias; el máximo es 15.',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'aliases', maximum: 15, found: 16 },
    };
    expect(formatError(limit)).toEqual(limit);
  });
});

describe('errors as a subgraph gives them', () => {
  const format = subgraphFormatError('salud');

  it('replaces an unexpected error’s message, which may quote SQL or a file path', () => {
    expect(
      format(
        {
          message: 'no such table: recorded_value at /work/app/db.ts:10:5',
          locations: [{ line: 1, column: 3 }],
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        },
        undefined,
      ),
    ).toEqual({
      message: 'Error interno del subgrafo «salud».',
      locations: [{ line: 1, column: 3 }],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('gives back BAD_USER_INPUT to a literal a kit scalar refused during validation', () => {
    const scalar = new GraphQLError('La fecha debe ser un día existente.', { extensions: { code: 'BAD_USER_INPUT' } });
    const validation = new GraphQLError(scalar.message, { originalError: scalar, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(format({ message: scalar.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }, validation)).toEqual({
      message: 'La fecha debe ser un día existente.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const unknownField = new GraphQLError('Cannot query field "x" on type "Query".', { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(format({ message: unknownField.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }, unknownField)).toEqual({
      message: 'Cannot query field "x" on type "Query".',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });
});
