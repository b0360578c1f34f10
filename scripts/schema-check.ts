import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkSchema } from '../gateway/src/schema-check.js';
import { formatSchemaCheck } from '../gateway/src/schema-check-report.js';
import { SUBGRAPH_NAMES, type SubgraphName } from '../graph.config.js';
import { printSubgraphSdl } from './subgraph-schemas.js';

/**
 * `npm run schema:check [-- --subgraph <name> [--sdl <file>]]`: the check a ministry team runs before deploying
 * its subgraph. Prints the result; exits 0 when it passes, 1 when it fails, 2 when it could not run.
 */
const USAGE = 'Uso: npm run schema:check [-- --subgraph <nombre> [--sdl <archivo.graphql>]]';

try {
  const { values } = parseArgs({ options: { subgraph: { type: 'string' }, sdl: { type: 'string' } } });
  if (values.sdl && !values.subgraph) throw new Error('--sdl necesita --subgraph.');
  // npm runs scripts from the repository's root; a relative --sdl is meant from where the team typed the command.
  const sdlFile = values.sdl ? resolve(process.env.INIT_CWD ?? process.cwd(), values.sdl) : undefined;
  // Without --sdl, the subgraph as its folder builds it now: a team checks its edited schema.graphql before `npm run compose`.
  const candidateSdl = async (name: string) => {
    if (!SUBGRAPH_NAMES.includes(name as SubgraphName)) throw new Error(`No hay un subgrafo "${name}" en graph.config.ts.`);
    return sdlFile ? readFileSync(sdlFile, 'utf8') : printSubgraphSdl(name as SubgraphName);
  };
  const candidate = values.subgraph ? { subgraph: values.subgraph, sdl: await candidateSdl(values.subgraph) } : undefined;
  const result = await checkSchema(candidate ? { candidate } : {});
  console.log(formatSchemaCheck(result));
  process.exitCode = result.passed ? 0 : 1;
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  process.exitCode = 2;
}
