import { beforeAll, describe, expect, it } from 'vitest';
import { openNextCut } from '../support/cuts.js';
import { graphql } from '../support/graphql.js';
import { tokenFor } from '../support/tokens.js';
import { useGraph } from '../support/use-graph.js';

const graph = useGraph();
beforeAll(() => openNextCut(graph().url));

const TRANSITION = (verb: string) => `mutation ($input: PeriodTransitionInput!) {
  sena { ${verb}(input: $input) { periodId status version history { before after role } } }
}`;
const RECORD = `mutation ($input: RecordValueInput!) { sena { recordValue(input: $input) { value version } } }`;
const reporter = async () => ({ authorization: `Bearer ${await tokenFor('reporter', 'SENA', 'ana')}` });
const secretariat = async () => ({ authorization: `Bearer ${await tokenFor('secretariat', null, 'secretaria')}` });
let key = 0;
const send = async (query: string, input: Record<string, unknown>, headers: Record<string, string>) =>
  graphql(graph().url, query, { input: { idempotencyKey: `periodo-${(key += 1)}`, ...input } }, headers);
const certify = (value: number, expectedVersion: number) => ({
  indicator: 'SENA-9-CERTIFICADOS',
  period: '2025Q4',
  value,
  expectedVersion,
});

describe('submitting, approving, locking and reopening a period', () => {
  it('lets SENA record, submit, and the secretariat approve its fourth quarter', async () => {
    expect((await send(RECORD, certify(500, 0), await reporter())).data).toEqual({ sena: { recordValue: { value: 500, version: 1 } } });
    const submitted = await send(TRANSITION('submitPeriod'), { period: '2025Q4', expectedVersion: 0 }, await reporter());
    expect(submitted.data).toMatchObject({ sena: { submitPeriod: { periodId: '2025Q4', status: 'SUBMITTED', version: 1 } } });
    const approved = await send(TRANSITION('approvePeriod'), { period: '2025Q4', expectedVersion: 1 }, await secretariat());
    expect(approved.data).toMatchObject({ sena: { approvePeriod: { status: 'APPROVED', version: 2 } } });
  });

  it('refuses the wrong role at each step: a reporter cannot approve, the secretariat cannot submit', async () => {
    const approve = await send(TRANSITION('approvePeriod'), { period: '2025Q3', expectedVersion: 0 }, await reporter());
    expect(approve.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const submit = await send(TRANSITION('submitPeriod'), { period: '2025Q3', expectedVersion: 0 }, await secretariat());
    expect(submit.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('locks the approved period’s values against corrections', async () => {
    const { errors } = await send(RECORD, certify(520, 1), await reporter());
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'PERIOD_LOCKED', field: 'input.period', lockedBy: '2025Q4' });
    const { data } = await graphql(
      graph().url,
      '{ ministry(code: SENA) { facts(filter: { from: "2025-10-01", cut: "2026-02" }) { nodes { value version } } } }',
    );
    expect(data).toEqual({ ministry: { facts: { nodes: [{ value: 500, version: 1 }] } } });
  });

  it('refuses a reopening without a reason, then reopens with one, audited, and edits are possible again', async () => {
    const bare = await send(TRANSITION('reopenPeriod'), { period: '2025Q4', expectedVersion: 2 }, await secretariat());
    expect(bare.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reason' });
    const reopened = await send(
      TRANSITION('reopenPeriod'),
      { period: '2025Q4', reason: 'Corrección de certificados del SENA', expectedVersion: 2 },
      await secretariat(),
    );
    expect(reopened.data).toEqual({
      sena: {
        reopenPeriod: {
          periodId: '2025Q4',
          status: 'OPEN',
          version: 3,
          history: [
            { before: 'OPEN', after: 'SUBMITTED', role: 'reporter' },
            { before: 'SUBMITTED', after: 'APPROVED', role: 'secretariat' },
            { before: 'APPROVED', after: 'OPEN (motivo: Corrección de certificados del SENA)', role: 'secretariat' },
          ],
        },
      },
    });
    expect((await send(RECORD, certify(520, 1), await reporter())).data).toEqual({ sena: { recordValue: { value: 520, version: 2 } } });
  });

  it('refuses a transition from the wrong state', async () => {
    const { errors } = await send(TRANSITION('approvePeriod'), { period: '2025Q4', expectedVersion: 3 }, await secretariat());
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_TRANSITION', status: 'OPEN' });
  });
});
