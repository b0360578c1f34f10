import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { graphqlExamples, type MarkdownExample } from './markdown-examples.js';

const ROOT = new URL('../../', import.meta.url);

/**
 * Every ```graphql example of README.md and of docs/*.md. Each must also be a file of `operations/`
 * (a test checks it), so that the schema check protects what the documentation tells clients to send.
 */
export function documentedOperations(): MarkdownExample[] {
  const docs = new URL('docs/', ROOT);
  const documents = [
    'README.md',
    ...(existsSync(docs)
      ? readdirSync(docs)
          .filter((file) => file.endsWith('.md'))
          .sort()
          .map((file) => `docs/${file}`)
      : []),
  ];
  return documents.flatMap((path) =>
    graphqlExamples(readFileSync(new URL(path, ROOT), 'utf8'), path.replace(/^docs\//, '').replace(/\.md$/, '')),
  );
}
