import type {
  EducacionActionResolvers,
  SaludActionResolvers,
  SenaActionResolvers,
  TrabajoActionResolvers,
} from '../generated/resolvers-types.js';
import { indexedFindings, indexFields, resolveIndexedAction } from './Action.js';

// Other ministries' actions: the index answers their number, owner and ownerInReport only.
export const SaludAction: SaludActionResolvers = {
  __resolveReference: resolveIndexedAction('SALUD'),
  ...indexFields,
  findings: indexedFindings,
};
export const SenaAction: SenaActionResolvers = {
  __resolveReference: resolveIndexedAction('SENA'),
  ...indexFields,
  findings: indexedFindings,
};
export const EducacionAction: EducacionActionResolvers = {
  __resolveReference: resolveIndexedAction('EDUCACION'),
  ...indexFields,
  findings: indexedFindings,
};
export const TrabajoAction: TrabajoActionResolvers = {
  __resolveReference: resolveIndexedAction('TRABAJO'),
  ...indexFields,
  findings: indexedFindings,
};
