import { startGateway, type RunningGateway } from '@cnim/gateway';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// GraphiQL needs no subgraph: the gateway serves the committed supergraph and the page's assets.
let gateway: RunningGateway;

beforeAll(async () => {
  gateway = await startGateway({ port: 0, host: '127.0.0.1' });
});
afterAll(() => gateway?.stop());

describe('GraphiQL in the browser', () => {
  it('answers a browser visit to /graphql with a GraphiQL page that loads only local assets', async () => {
    const response = await fetch(gateway.url, { headers: { accept: 'text/html' } });
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(html).toContain('GraphiQL.createFetcher({ url: "/graphql" })');
    const sources = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]);
    expect(sources).toEqual([
      '/graphiql/graphiql.min.css',
      '/graphiql/react.production.min.js',
      '/graphiql/react-dom.production.min.js',
      '/graphiql/graphiql.min.js',
    ]);
  });

  it('serves the GraphiQL, React and stylesheet bundles from installed packages', async () => {
    for (const [file, type] of [
      ['graphiql.min.js', 'javascript'],
      ['react.production.min.js', 'javascript'],
      ['react-dom.production.min.js', 'javascript'],
      ['graphiql.min.css', 'css'],
    ]) {
      const response = await fetch(new URL(`/graphiql/${file}`, gateway.url));
      expect(response.status, file).toBe(200);
      expect(response.headers.get('content-type'), file).toContain(type);
      expect((await response.arrayBuffer()).byteLength, file).toBeGreaterThan(10_000);
    }
  });

  it('answers 404 for any other asset name', async () => {
    const response = await fetch(new URL('/graphiql/..%2Fpackage.json', gateway.url));
    expect(response.status).toBe(404);
  });
});
