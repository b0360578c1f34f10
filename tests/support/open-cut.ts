import type { BaseContext } from '@apollo/server';
import { jwtSecret, type DatasetDatabase, type MinistryCode, type RunningSubgraph, type SubgraphDefinition } from '@cnim/kit';
import { afterAll, beforeAll } from 'vitest';
import { NEXT_CUT, secretariat } from './cuts.js';
import { graphql } from './graphql.js';
import { startFresh } from './subgraph.js';
import { tokenFor } from './tokens.js';

/**
 * A ministry's subgraph on a fresh database in which the secretariat has opened cut 2026-02 with the
 * subgraph's own openCut mutation, accepting development tokens sent to it directly. Stopped afterwards.
 */
export function useSubgraphWithOpenCut<DB extends DatasetDatabase, Context extends BaseContext>(
  definition: SubgraphDefinition<DB, Context>,
  ministry: MinistryCode,
) {
  const name = ministry.toLowerCase();
  let subgraph: RunningSubgraph | undefined;
  beforeAll(async () => {
    subgraph = await startFresh(definition, 0, { directTokenKey: jwtSecret({}).key });
    const { errors } = await graphql(
      subgraph.url,
      `mutation { ${name} { openCut(input: { cut: "${NEXT_CUT.cut}", label: "${NEXT_CUT.label}", closingDate: "${NEXT_CUT.closingDate}", idempotencyKey: "abrir" }) { status } } }`,
      undefined,
      await secretariat(),
    );
    if (errors) throw new Error(`No se pudo abrir el corte de prueba en ${name}: ${JSON.stringify(errors)}`);
  });
  afterAll(() => subgraph?.stop());
  const query = <Data = Record<string, unknown>>(text: string, variables?: Record<string, unknown>) =>
    graphql<Data>(subgraph!.url, text, variables);
  let key = 0;
  /** Records a value through the ministry's own recordValue mutation, as its reporter, into the only open cut (2026-02). */
  const record = async (input: Record<string, unknown>) =>
    graphql<Record<string, { recordValue: { id: string; value: number; version: number } }>>(
      subgraph!.url,
      `mutation ($input: RecordValueInput!) { ${name} { recordValue(input: $input) { id value version } } }`,
      { input: { idempotencyKey: `corte-${ministry}-${(key += 1)}`, ...input } },
      { authorization: `Bearer ${await tokenFor('reporter', ministry, `reportero-${name}`)}` },
    );
  return { query, record };
}
