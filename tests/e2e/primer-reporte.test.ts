import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { markdownFences } from '@cnim/gateway/markdown-examples';
import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../support/graphql.js';
import { useGraph } from '../support/use-graph.js';

// docs/primer-reporte.md is a walkthrough: its examples change the graph and depend on each other, so it
// is run here, top to bottom, against one fresh graph, and never by readme.test.ts. Its conventions:
//   - a ```sh block defines the tokens, one line each: NAME=$(npm run --silent token -- <args>);
//   - every ```graphql fence names who sends it in its info string: `graphql token=NAME`, or
//     `graphql token=none` for a reading without a token (a bare ```graphql fence is refused here, since
//     readme.test.ts would run it alone); `file=<path>` says the block is that file of the repository;
//   - it may be followed by a ```json variables block, then by a ```json block: the exact answer.
const root = new URL('../../', import.meta.url);
const DOCUMENT = 'docs/primer-reporte.md';
const ANONYMOUS = 'none';

interface Fence {
  info: string;
  body: string;
  /** 1-based line of the opening fence, to name the step. */
  line: number;
  heading: string;
}

interface Step {
  name: string;
  token: string;
  file: string | undefined;
  query: string;
  variables: Record<string, unknown> | undefined;
  answer: unknown;
}

/** The page's fenced blocks, each with its 1-based opening line to name the step. */
function fencesOf(markdown: string): Fence[] {
  return markdownFences(markdown).map((fence) => ({
    info: fence.info,
    body: fence.body,
    line: fence.first + 1,
    heading: fence.heading || '(inicio)',
  }));
}

const TOKEN_LINE = /^([A-Z][A-Z_]*)=\$\(npm run --silent token -- ([^)]+)\)$/;

/** The token commands the page tells the reader to run, by the name of the shell variable they set. */
function tokenCommands(fences: Fence[]): Map<string, string[]> {
  const commands = new Map<string, string[]>();
  for (const fence of fences.filter((candidate) => candidate.info === 'sh')) {
    for (const line of fence.body.split('\n')) {
      const match = TOKEN_LINE.exec(line.trim());
      if (match) commands.set(match[1]!, match[2]!.trim().split(/\s+/));
    }
  }
  return commands;
}

function json(fence: Fence, what: string): unknown {
  try {
    return JSON.parse(fence.body);
  } catch (error) {
    throw new Error(`${DOCUMENT}:${fence.line}: ${what} no es JSON válido (${(error as Error).message})`);
  }
}

function stepsOf(fences: Fence[]): Step[] {
  const steps: Step[] = [];
  fences.forEach((fence, index) => {
    const [language, ...attributes] = fence.info.split(/\s+/);
    if (language !== 'graphql') return;
    const where = `${DOCUMENT}:${fence.line}`;
    const attribute = (key: string) => attributes.find((item) => item.startsWith(`${key}=`))?.slice(key.length + 1);
    const token = attribute('token');
    if (!token) throw new Error(`${where}: el bloque graphql debe decir quién lo envía (graphql token=NOMBRE o token=${ANONYMOUS})`);
    let next = fences[index + 1];
    let variables: Record<string, unknown> | undefined;
    if (next?.info === 'json variables') {
      variables = json(next, 'las variables') as Record<string, unknown>;
      next = fences[index + 2];
    }
    if (next?.info !== 'json') throw new Error(`${where}: al bloque graphql le falta la respuesta (un bloque json a continuación)`);
    steps.push({
      name: `línea ${fence.line} (${fence.heading})`,
      token,
      file: attribute('file'),
      query: fence.body,
      variables,
      answer: json(next, 'la respuesta'),
    });
  });
  return steps;
}

const fences = fencesOf(readFileSync(new URL(DOCUMENT, root), 'utf8'));
const commands = tokenCommands(fences);
const steps = stepsOf(fences);
const graph = useGraph();
const tokens = new Map<string, string>();

/** Runs a token command exactly as the page writes it, from the repository's root. */
async function runTokenCommand(args: string[]): Promise<string> {
  const { stdout } = await promisify(execFile)('npm', ['run', '--silent', 'token', '--', ...args], { cwd: root, env: process.env });
  return stdout.trim();
}

beforeAll(async () => {
  const used = [...new Set(steps.map((step) => step.token).filter((token) => token !== ANONYMOUS))];
  for (const name of used) if (!commands.has(name)) throw new Error(`${DOCUMENT}: el token ${name} se usa pero ningún bloque sh lo genera`);
  const minted = await Promise.all(used.map((name) => runTokenCommand(commands.get(name)!)));
  for (const [index, name] of used.entries()) tokens.set(name, minted[index]!);
});

describe(`${DOCUMENT}, de arriba abajo contra un grafo nuevo`, () => {
  it('tiene los pasos del recorrido: tokens de la secretaría y de un reportero, y varias peticiones', () => {
    expect(commands.get('SECRETARIA')).toEqual(['-', 'secretariat', 'secretaria']);
    expect(commands.get('SALUD')?.slice(0, 2)).toEqual(['SALUD', 'reporter']);
    expect(steps.length).toBeGreaterThanOrEqual(20);
    for (const token of tokens.values()) expect(token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
  });

  it.each(steps.filter((step) => step.file).map((step) => [step.file!, step] as const))(
    'copia %s tal como está en el repositorio',
    (file, step) => {
      expect(step.query.trimEnd()).toBe(readFileSync(new URL(file, root), 'utf8').trimEnd());
    },
  );

  it.each(steps.map((step) => [step.name, step] as const))('%s da exactamente la respuesta documentada', async (_, step) => {
    const headers: Record<string, string> = step.token === ANONYMOUS ? {} : { authorization: `Bearer ${tokens.get(step.token)!}` };
    expect(await graphql(graph().url, step.query, step.variables, headers)).toEqual(step.answer);
  });
});
