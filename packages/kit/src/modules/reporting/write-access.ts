import { GraphQLError } from 'graphql';
import type { Identity, MinistryCode } from './identity.js';

/**
 * Only a reporter of the ministry that owns the data may write it; everyone else is refused. The
 * subgraph answers HTTP 200 with the error, so the gateway relays it instead of reporting an outage.
 */
export function assertCanReport(identity: Identity, owner: MinistryCode): void {
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

/** Approving and reopening a ministry's period is the secretariat's alone. */
export function assertSecretariat(identity: Identity, owner: MinistryCode): void {
  if (identity.role === 'reader' && identity.subject === 'anónimo') {
    throw new GraphQLError('Para aprobar o reabrir un periodo se necesita un token de la secretaría.', {
      extensions: { code: 'UNAUTHENTICATED' },
    });
  }
  if (identity.role !== 'secretariat') {
    throw new GraphQLError(`Solo la secretaría puede aprobar o reabrir los periodos de ${owner}.`, { extensions: { code: 'FORBIDDEN' } });
  }
}
