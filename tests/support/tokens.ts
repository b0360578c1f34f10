import { jwtSecret, mintToken, type MinistryCode, type Role } from '@cnim/kit';

/** A development token, signed with the same default secret the test servers use. */
export function tokenFor(role: Role, ministry: MinistryCode | null, subject = `${role}-${ministry ?? 'ninguno'}`): Promise<string> {
  return mintToken({ subject, ministry, role }, jwtSecret({}).key);
}
