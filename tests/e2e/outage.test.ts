import { describe, expect, it } from 'vitest';
import { graphql } from '../support/graphql.js';
import { useGraph } from '../support/use-graph.js';

// An outage is seen by cold reads; a warm cache would answer from before it (tests/e2e/response-cache.test.ts).
const graph = useGraph({ responseCache: false });

const PLAN = '{ plan { overallProgressPercent actions { number ministry title } } }';
const SALUD_TITLE_12 =
  'Realizar la transferencia de recursos a los territorios para la implementación de la estrategia de acompañamiento psicosocial para la población migrante, población colombiana retornada y comunidades de acogida y receptoras en el territorio nacional.';

type PlanData = { plan: { overallProgressPercent: number; actions: Array<{ number: number; ministry: string; title: string | null }> } };

describe('a subgraph outage', () => {
  it('answers with the other ministries’ data and an error naming the missing subgraph', async () => {
    await graph().stopSubgraph('salud');
    const { data, errors } = await graphql<PlanData>(graph().url, PLAN);
    const actions = data!.plan.actions;
    expect(data!.plan.overallProgressPercent).toBe(48);
    expect(actions.map((action) => action.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
    expect(actions.filter((action) => action.title === null).map((action) => action.number)).toEqual([12, 13]);
    expect(actions[11]).toEqual({ number: 12, ministry: 'SALUD', title: null });
    expect(errors).toHaveLength(1);
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'salud' });
    expect(errors?.[0]?.message).toContain('«salud» (Ministerio de Salud y Protección Social) no respondió');
  });

  it('recovers when the subgraph returns, without restarting the gateway', async () => {
    await graph().restartSubgraph('salud');
    const { data, errors } = await graphql<PlanData>(graph().url, PLAN);
    expect(errors).toBeUndefined();
    expect(data!.plan.actions[11]).toEqual({ number: 12, ministry: 'SALUD', title: SALUD_TITLE_12 });
    expect(data!.plan.actions.every((action) => typeof action.title === 'string')).toBe(true);
  });
});
