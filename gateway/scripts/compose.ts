import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { composeSupergraph } from '../src/compose.js';
import { SUPERGRAPH_FILE } from '../src/subgraphs.js';

writeFileSync(SUPERGRAPH_FILE, composeSupergraph());
console.log(`Supergrafo escrito en ${fileURLToPath(SUPERGRAPH_FILE)}`);
