import type {
  EducacionActionResolvers,
  SaludActionResolvers,
  SenaActionResolvers,
  TrabajoActionResolvers,
} from '../generated/resolvers-types.js';
import { indexFields, resolveIndexedAction } from './Action.js';

// Other ministries' actions: the index answers their number, owner and ownerInReport only.
export const SaludAction: SaludActionResolvers = { __resolveReference: resolveIndexedAction('SALUD'), ...indexFields };
export const SenaAction: SenaActionResolvers = { __resolveReference: resolveIndexedAction('SENA'), ...indexFields };
export const EducacionAction: EducacionActionResolvers = { __resolveReference: resolveIndexedAction('EDUCACION'), ...indexFields };
export const TrabajoAction: TrabajoActionResolvers = { __resolveReference: resolveIndexedAction('TRABAJO'), ...indexFields };
