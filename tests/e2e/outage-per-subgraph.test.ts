import { MINISTRY_SUBGRAPHS } from '@cnim/kit';
import { describe, expect, it } from 'vitest';
import { graphql } from '../support/graphql.js';
import { useGraph } from '../support/use-graph.js';

// Each ministry in turn goes down. A territory query, the plan and the BI entry points must still
// carry every other ministry's figures exactly as with everything up; only the missing ministry's
// fields are null, and every error names it.
// An outage is seen by cold reads; a warm cache would answer from before it (tests/e2e/response-cache.test.ts).
const graph = useGraph({ responseCache: false });

const QUERY = `{
  department(code: "54") {
    name
    integrateCentres { name }
    migrationRoundtables { name }
    psychosocialAllocations { amount status }
    educationAccompaniments { secretariatName }
    laborFormalizationParticipants { participants }
  }
  municipality(code: "54001") {
    name
    integrateCentres { name }
    communitySpaces { name }
    psychosocialAllocations { amount status }
    educationAccompaniments { secretariatName }
  }
  plan { overallProgressPercent cut { id state reopenedBy } actions { number ministry title findings { rule } } }
  ministries { ministry facts(first: 1) { totalCount } }
}`;

/** Which fields of the query each ministry contributes. */
const CONTRIBUTES: Record<string, { department: string[]; municipality: string[] }> = {
  igualdad: { department: ['integrateCentres', 'migrationRoundtables'], municipality: ['integrateCentres', 'communitySpaces'] },
  salud: { department: ['psychosocialAllocations'], municipality: ['psychosocialAllocations'] },
  sena: { department: [], municipality: [] },
  educacion: { department: ['educationAccompaniments'], municipality: ['educationAccompaniments'] },
  trabajo: { department: ['laborFormalizationParticipants'], municipality: [] },
};

type Answer = {
  department: Record<string, unknown>;
  municipality: Record<string, unknown>;
  plan: {
    overallProgressPercent: number;
    cut: { id: string; state: string | null; reopenedBy: string[] | null };
    actions: Array<{ number: number; ministry: string; title: string | null; findings: unknown }>;
  };
  ministries: Array<{ ministry: string; facts: { totalCount: number } | null }>;
};

/** The answer with everything up, with one ministry's contributions blanked out. */
function without(answer: Answer, name: string, code: string): Answer {
  const blank = (entity: Record<string, unknown>, fields: string[]) => ({
    ...entity,
    ...Object.fromEntries(fields.map((field) => [field, null])),
  });
  return {
    department: blank(answer.department, CONTRIBUTES[name]!.department),
    municipality: blank(answer.municipality, CONTRIBUTES[name]!.municipality),
    plan: {
      ...answer.plan,
      // The cut's one state needs every ministry's: with one down it is not known, and says so by null.
      cut: { ...answer.plan.cut, state: null, reopenedBy: null },
      // The rule across actions compares each action with the earlier ones: with any narratives missing,
      // every action after the first has no findings rather than incomplete ones.
      actions: answer.plan.actions.map((action) =>
        action.ministry === code ? { ...action, title: null, findings: null } : action.number > 1 ? { ...action, findings: null } : action,
      ),
    },
    ministries: answer.ministries.map((entry) => (entry.ministry === code ? { ...entry, facts: null } : entry)),
  };
}

describe('one ministry down at a time', () => {
  it('gives, with everything up, the report’s figures for Norte de Santander and Cúcuta', async () => {
    const { data, errors } = await graphql<Answer>(graph().url, QUERY);
    expect(errors).toBeUndefined();
    expect(data!.municipality.psychosocialAllocations).toEqual([{ amount: 441640400, status: 'TRANSFERRED' }]);
    expect(data!.plan.overallProgressPercent).toBe(48);
  });

  it.each(MINISTRY_SUBGRAPHS.map((entry) => [entry.name, entry.ministry.code] as const))(
    'keeps every other ministry’s figures when %s is down; the gateway’s error names it, the plan withholds incomplete findings',
    async (name, code) => {
      const everything = (await graphql<Answer>(graph().url, QUERY)).data!;
      await graph().stopSubgraph(name);
      try {
        const { data, errors } = await graphql<Answer>(graph().url, QUERY);
        expect(data).toEqual(without(everything, name, code));
        expect(errors!.length).toBeGreaterThan(0);
        // The gateway's errors name the missing subgraph; the plan's say the rules across actions could not run.
        const codes = new Set(errors!.map((error) => `${String(error.extensions?.code)}:${String(error.extensions?.serviceName)}`));
        expect([...codes].sort()).toEqual(['FINDINGS_INCOMPLETE:plan', `SUBGRAPH_UNAVAILABLE:${name}`]);
        expect(errors!.find((error) => error.extensions?.code === 'SUBGRAPH_UNAVAILABLE')!.message).toContain(`«${name}»`);
      } finally {
        await graph().restartSubgraph(name);
      }
      expect((await graphql<Answer>(graph().url, QUERY)).data).toEqual(everything);
    },
  );
});
