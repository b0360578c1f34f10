import { auditServer } from 'graphql-http';
import { describe, expect, it } from 'vitest';
import { useGraph } from '../support/use-graph.js';

// graphql-http's audit of the GraphQL-over-HTTP specification, against the gateway and a subgraph.
// No audit may fail. The warnings are Apollo Server 5's choice, kept on purpose (docs/security.md,
// "Fuzzing and the HTTP audit"): a request error (parse, validation, variable coercion) is answered
// with HTTP 400 also to a client that accepts only application/json, where the specification prefers
// 200. The notices at a subgraph are its CSRF protection: it refuses GET requests without a preflight
// header, which only the gateway (by POST) needs to send it.
const graph = useGraph();

async function audit(url: string) {
  const results = await auditServer({ url });
  const ids = (status: string) => results.filter((result) => result.status === status).map((result) => `${result.id} ${result.name}`);
  return { total: results.length, errors: ids('error'), warnings: ids('warn'), notices: ids('notice') };
}

const STATUS_400_WARNINGS = [
  '572B SHOULD use 200 status code on document parsing failure when accepting application/json',
  'FDE2 SHOULD use 200 status code on document validation failure when accepting application/json',
  '7B9B SHOULD use a status code of 200 on variable coercion failure when accepting application/json',
];

describe('graphql-http audit', () => {
  it('passes every audit at the gateway', async () => {
    expect(await audit(graph().url)).toEqual({ total: 61, errors: [], warnings: STATUS_400_WARNINGS, notices: [] });
  });

  it('passes every audit at a subgraph reached directly', async () => {
    expect(await audit(graph().subgraphUrl('salud'))).toEqual({
      total: 61,
      errors: [],
      warnings: STATUS_400_WARNINGS,
      notices: [
        '5A70 MAY accept application/x-www-form-urlencoded formatted GET requests',
        'D6D5 MAY allow URL-encoded JSON string {variables} parameter in GETs when accepting application/graphql-response+json',
        '6A70 MAY allow URL-encoded JSON string {variables} parameter in GETs when accepting application/json',
      ],
    });
  });
});
