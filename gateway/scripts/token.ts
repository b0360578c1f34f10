import { MINISTRY_CODES, ROLES, jwtSecret, mintToken, type MinistryCode, type Role } from '@cnim/kit';

// npm run token -- <MINISTRY|-> <reporter|secretariat|reader> [subject]
const [ministryArg = 'SALUD', roleArg = 'reporter', subject = 'desarrollo'] = process.argv.slice(2);
const ministry = ministryArg === '-' ? null : (ministryArg.toUpperCase() as MinistryCode);
const role = roleArg as Role;
if ((ministry && !MINISTRY_CODES.includes(ministry)) || !ROLES.includes(role)) {
  console.error(`Uso: npm run token -- <${MINISTRY_CODES.join('|')}|-> <${ROLES.join('|')}> [usuario]`);
  process.exit(2);
}
const { key, isDefault } = jwtSecret(process.env);
if (isDefault) console.error('⚠ CNIM_JWT_SECRET no está definido: el token usa el secreto de desarrollo.');
console.log(await mintToken({ subject, ministry, role }, key));
