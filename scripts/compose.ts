import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { composeSupergraph } from '@cnim/gateway/compose';
import { SUPERGRAPH_FILE } from '@cnim/gateway/subgraphs';
import { SUBGRAPH_NAMES } from '../graph.config.js';
import { printSubgraphSdl, subgraphSdlFile } from './subgraph-schemas.js';

// First each subgraph's printed SDL (what it really serves), then the supergraph composed from them.
for (const name of SUBGRAPH_NAMES) {
  writeFileSync(subgraphSdlFile(name), await printSubgraphSdl(name));
  console.log(`SDL de ${name} escrito en ${fileURLToPath(subgraphSdlFile(name))}`);
}
writeFileSync(SUPERGRAPH_FILE, composeSupergraph());
console.log(`Supergrafo escrito en ${fileURLToPath(SUPERGRAPH_FILE)}`);
