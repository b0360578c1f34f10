import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { subgraphTypeDefs } from '@cnim/gateway/compose';
import { knownOperationFiles } from '@cnim/gateway/known-operations';
import { checkSchema } from '@cnim/gateway/schema-check';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url);
const temp = mkdtempSync(join(tmpdir(), 'schema-check-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** A subgraph's printed SDL with one edit; fails loudly if the text to replace is gone, so a test never checks an unchanged SDL. */
function sdlWith(name: string, from: string | RegExp, to: string): string {
  const sdl = subgraphTypeDefs(name);
  const edited = sdl.replace(from, to);
  if (edited === sdl) throw new Error(`${name}'s SDL no longer contains ${String(from)}`);
  return edited;
}

/** Runs `npx tsx scripts/schema-check.ts` as a team would, with the candidate SDL written to a file. */
function runScript(candidateSdl?: string) {
  const args = ['tsx', 'scripts/schema-check.ts'];
  if (candidateSdl !== undefined) {
    const file = join(temp, `igualdad-${Date.now()}.graphql`);
    writeFileSync(file, candidateSdl);
    args.push('--subgraph', 'igualdad', '--sdl', file);
  }
  return spawnSync('npx', args, { cwd: ROOT, encoding: 'utf8' });
}

// IgualdadAction.integrateCentres and its description, which the README's action 1 example and the W1 workload query.
const ACTION_INTEGRATE_CENTRES = / {2}"""\n[^"]*"""\n {2}integrateCentres: IntegrateCentreProgramme\n/;
// Query.integrateCentres(status:), which no known operation uses: the whole `extend type Query` that holds it.
const QUERY_INTEGRATE_CENTRES =
  /extend type Query \{\n {2}"""\n[^"]*"""\n {2}integrateCentres\(\n(?:.*\n)*? {2}\): \[IntegrateCentre!\]!\n\}\n/;

describe('npm run schema:check', () => {
  it('passes for the working tree: it composes, nothing changed, every known operation is valid', async () => {
    expect(await checkSchema()).toEqual({
      composed: true,
      passed: true,
      changes: [],
      invalidOperations: [],
      operationFiles: knownOperationFiles().length,
    });
    const run = runScript();
    expect(run.stdout).toContain('Sin cambios en el esquema de la API.');
    expect(run.status).toBe(0);
  }, 60_000);

  it('fails a candidate that removes a field a README example uses, and names the example', async () => {
    const sdl = sdlWith('igualdad', ACTION_INTEGRATE_CENTRES, '');
    const readmeExample = 'operations/docs/example-queries-one-action-the-integrate-centres-action-1.graphql';
    expect(await checkSchema({ candidate: { subgraph: 'igualdad', sdl } })).toEqual({
      composed: true,
      passed: false,
      changes: [
        {
          level: 'BREAKING',
          message: "Field 'integrateCentres' was removed from object type 'IgualdadAction'",
          coordinate: 'IgualdadAction.integrateCentres',
          usedBy: [
            { file: 'operations/bench-whole-plan.graphql', operation: 'WholePlan' },
            { file: readmeExample, operation: null },
            // The dashboard (/tablero) reads each action's headline figures.
            { file: 'operations/tablero/acciones.graphql', operation: 'TableroAcciones' },
          ],
        },
      ],
      invalidOperations: [
        { file: 'operations/bench-whole-plan.graphql', errors: ['Cannot query field "integrateCentres" on type "IgualdadAction".'] },
        { file: readmeExample, errors: ['Cannot query field "integrateCentres" on type "IgualdadAction".'] },
        { file: 'operations/tablero/acciones.graphql', errors: ['Cannot query field "integrateCentres" on type "IgualdadAction".'] },
      ],
      operationFiles: knownOperationFiles().length,
    });
    const run = runScript(sdl);
    expect(run.stdout).toContain('[IgualdadAction.integrateCentres]');
    expect(run.stdout).toContain(`usada por: ${readmeExample}\n`);
    expect(run.stdout).toContain('Resultado: FALLA');
    expect(run.status).toBe(1);
  }, 60_000);

  it('fails a candidate that does not compose, with the composition error', async () => {
    // Period is @shareable: every subgraph that defines it must agree on its fields' types.
    const sdl = sdlWith('igualdad', '  start: Date!\n', '  start: String!\n');
    expect(await checkSchema({ candidate: { subgraph: 'igualdad', sdl } })).toEqual({
      composed: false,
      passed: false,
      compositionErrors: [
        {
          code: 'FIELD_TYPE_MISMATCH',
          message:
            'Type of field "Period.start" is incompatible across subgraphs: it has type "Date!" in subgraphs "educacion", "salud", "sena" and "trabajo" but type "String!" in subgraph "igualdad"',
        },
      ],
    });
  });

  it('passes a candidate that adds a nullable field, reporting it as non-breaking', async () => {
    const sdl = sdlWith('plan', 'type Plan {\n', 'type Plan {\n  note: String\n');
    expect(await checkSchema({ candidate: { subgraph: 'plan', sdl } })).toEqual({
      composed: true,
      passed: true,
      changes: [{ level: 'NON_BREAKING', message: "Field 'note' was added to object type 'Plan'", coordinate: 'Plan.note', usedBy: [] }],
      invalidOperations: [],
      operationFiles: knownOperationFiles().length,
    });
  });

  it('passes a breaking change no known operation uses, and warns about it', async () => {
    const sdl = sdlWith('igualdad', QUERY_INTEGRATE_CENTRES, '');
    const result = await checkSchema({ candidate: { subgraph: 'igualdad', sdl } });
    expect(result).toMatchObject({ composed: true, passed: true, invalidOperations: [] });
    expect(result.composed && result.changes).toEqual([
      {
        level: 'BREAKING',
        message: "Field 'integrateCentres' was removed from object type 'Query'",
        coordinate: 'Query.integrateCentres',
        usedBy: [],
      },
    ]);
  });

  it('traces a removed enum value to the operation that sends it as an argument', async () => {
    const sdl = sdlWith('igualdad', '  """Uno de los 5 centros nuevos abiertos en 2025."""\n  NEW\n', '');
    const result = await checkSchema({ candidate: { subgraph: 'igualdad', sdl } });
    expect(result.composed && result.changes).toEqual([
      {
        level: 'BREAKING',
        message: "Enum value 'NEW' was removed from enum 'CentreStatus'",
        coordinate: 'CentreStatus.NEW',
        usedBy: [{ file: 'operations/docs/example-queries-one-action-the-integrate-centres-action-1.graphql', operation: null }],
      },
    ]);
  });

  it('refuses a subgraph the registry does not list', async () => {
    await expect(checkSchema({ candidate: { subgraph: 'hacienda', sdl: 'type Query { a: Int }' } })).rejects.toThrow(
      'No hay un subgrafo "hacienda" en graph.config.ts.',
    );
  });
});
