import { GraphQLError } from 'graphql';
import type { Identity, MinistryCode } from './identity.js';

/** Whose data a write changes: a ministry's, or the plan's as a whole (the secretariat's). */
export type DataOwner = MinistryCode | 'PLAN';

/**
 * Only a reporter of the ministry that owns the data may write it; everyone else is refused. The
 * subgraph answers HTTP 200 with the error, so the gateway relays it instead of reporting an outage.
 */
export function assertCanReport(identity: Identity, owner: DataOwner): void {
  if (identity.role === 'reader' && identity.subject === 'anónimo') {
    throw new GraphQLError('Para registrar datos se necesita un token (Authorization: Bearer …) de un reportero del ministerio.', {
      extensions: { code: 'UNAUTHENTICATED' },
    });
  }
  if (identity.role !== 'reporter' || identity.ministry !== owner) {
    const who = identity.ministry ? `${identity.role} de ${identity.ministry}` : identity.role;
    throw new GraphQLError(`Un token de ${who} no puede modificar los datos de ${owner}: solo un reportero de ${owner} puede hacerlo.`, {
      extensions: { code: 'FORBIDDEN' },
    });
  }
}

/** Opening, approving and reopening periods and cuts, and the plan's own figures, are the secretariat's alone. */
export function assertSecretariat(identity: Identity, owner: DataOwner): void {
  if (identity.role === 'reader' && identity.subject === 'anónimo') {
    throw new GraphQLError('Para abrir, aprobar o reabrir un periodo o un corte se necesita un token de la secretaría.', {
      extensions: { code: 'UNAUTHENTICATED' },
    });
  }
  if (identity.role !== 'secretariat') {
    const whose = owner === 'PLAN' ? 'del plan' : `de ${owner}`;
    throw new GraphQLError(`Solo la secretaría puede abrir, aprobar o reabrir los periodos y cortes ${whose}.`, {
      extensions: { code: 'FORBIDDEN' },
    });
  }
}
