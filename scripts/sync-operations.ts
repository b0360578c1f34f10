import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { DOCUMENTED_OPERATIONS_DIR, documentedOperationFiles } from '../gateway/src/documented-operations-files.js';

// npm run operations:sync: copies every ```graphql example of README.md and docs/*.md into
// operations/docs/, so the schema check protects what the documentation tells clients to send.
const files = documentedOperationFiles();
mkdirSync(DOCUMENTED_OPERATIONS_DIR, { recursive: true });
for (const old of readdirSync(DOCUMENTED_OPERATIONS_DIR)) if (!files.has(old)) rmSync(new URL(old, DOCUMENTED_OPERATIONS_DIR));
for (const [name, text] of files) writeFileSync(new URL(name, DOCUMENTED_OPERATIONS_DIR), text);
console.log(`${files.size} ejemplos de la documentación en operations/docs/`);
