import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { composeSupergraph } from '@cnim/gateway/compose';
import { SUPERGRAPH_FILE } from '@cnim/gateway/subgraphs';
import { SUBGRAPH_NAMES } from '../graph.config.js';
import { printSubgraphSdl, subgraphSdlFile } from './subgraph-schemas.js';
import { CUT_OPERATIONS_FOLDER, cutOperationFile } from './cut-operation-files.js';
import { cutOperations } from './cut-operations.js';

// First each subgraph's printed SDL (what it really serves), then the supergraph composed from them.
for (const name of SUBGRAPH_NAMES) {
  writeFileSync(subgraphSdlFile(name), await printSubgraphSdl(name));
  console.log(`SDL de ${name} escrito en ${fileURLToPath(subgraphSdlFile(name))}`);
}
writeFileSync(SUPERGRAPH_FILE, composeSupergraph());
console.log(`Supergrafo escrito en ${fileURLToPath(SUPERGRAPH_FILE)}`);

// The secretariat's whole-cut operations name every subgraph of the registry.
mkdirSync(CUT_OPERATIONS_FOLDER, { recursive: true });
for (const [name, operation] of Object.entries(cutOperations())) writeFileSync(cutOperationFile(name), operation);
console.log(`Operaciones de corte escritas en ${fileURLToPath(CUT_OPERATIONS_FOLDER)}`);
