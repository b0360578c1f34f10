import type { ChangeRow } from './audit.js';
import { isAnonymous, type Identity } from './identity.js';

/**
 * Change fields beyond its columns. The values and the token's ministry and role are public; who
 * made the change is a person's name, shown only to a request that came with a valid token.
 */
export const changeFields = {
  cut: (change: ChangeRow) => change.cut_id,
  changedAt: (change: ChangeRow) => change.changed_at,
  subject: (change: ChangeRow, _: unknown, { identity }: { identity: Identity }) => (isAnonymous(identity) ? null : change.subject),
};
