import type { FactResolvers } from '../generated/resolvers-types.js';

const SOURCE = 'Informe de avance 2025 – Corte: Noviembre 2025';

export const Fact: FactResolvers = {
  indicatorCode: (fact) => fact.indicator_code,
  actionNumber: (fact) => fact.action_number,
  ministryCode: (fact) => fact.ministry,
  territoryLevel: (fact) => fact.territory_level,
  territoryCode: (fact) => fact.territory_code,
  periodId: (fact) => fact.period_id,
  periodStart: (fact) => fact.period_start,
  periodEnd: (fact) => fact.period_end,
  source: () => SOURCE,
};
