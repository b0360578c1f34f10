import { ConfigError, MINISTRY_CODES, ROLES, ANONYMOUS, mintToken, readJwtKey, type MinistryCode, type Role } from '@cnim/kit';

// npm run token -- <MINISTRY|-> <reporter|secretariat|reader> [subject]
// Whatever goes wrong (arguments, the secret), it says so in one Spanish line and exits with a non-zero
// code: a person at a terminal reads the line, and a stack trace would only hide it.

const USAGE = `Uso: npm run token -- <${MINISTRY_CODES.join('|')}|-> <${ROLES.join('|')}> [usuario]`;

/** A refusal the person can fix: one line, then the usage. */
class UsageError extends Error {}

function identityFrom(args: readonly string[]): { subject: string; ministry: MinistryCode | null; role: Role } {
  if (args.length > 3) throw new UsageError(`sobran argumentos (${args.slice(3).join(' ')})`);
  const [ministryArg = 'SALUD', roleArg = 'reporter', subject = 'desarrollo'] = args;
  const ministry = ministryArg === '-' ? null : MINISTRY_CODES.find((code) => code === ministryArg.toUpperCase());
  if (ministry === undefined) throw new UsageError(`ministerio «${ministryArg}» desconocido`);
  const role = ROLES.find((candidate) => candidate === roleArg);
  if (!role) throw new UsageError(`rol «${roleArg}» desconocido`);
  // The gateway refuses these tokens (verifyToken): better to say so now than to mint one that fails later.
  if (!subject.trim()) throw new UsageError('el usuario no puede estar vacío');
  if (subject === ANONYMOUS.subject) throw new UsageError(`el usuario «${ANONYMOUS.subject}» está reservado a las lecturas sin token`);
  if (role === 'reporter' && !ministry) throw new UsageError('un token de rol reporter debe indicar su ministerio');
  return { subject, ministry, role };
}

/** Any message on one line: a configuration error lists one variable per line. */
const oneLine = (text: string) => text.replace(/:?\s*\n-?\s*/g, (separator) => (separator.startsWith(':') ? ': ' : '; ')).trim();

async function main(args: readonly string[]): Promise<number> {
  if (args.includes('-h') || args.includes('--help')) {
    console.log(USAGE);
    return 0;
  }
  try {
    const identity = identityFrom(args);
    const { key, isDefault, isEmpty } = readJwtKey(process.env);
    if (isEmpty)
      console.error(
        '⚠ CNIM_JWT_SECRET está vacío: el token usa el secreto de desarrollo, que es público (el mismo que usa el gateway en desarrollo).',
      );
    else if (isDefault) console.error('⚠ CNIM_JWT_SECRET no está definido: el token usa el secreto de desarrollo, que es público.');
    console.log(await mintToken(identity, key));
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`npm run token: ${error.message}. ${USAGE}`);
      return 2;
    }
    if (error instanceof ConfigError) {
      console.error(`npm run token: ${oneLine(error.message)}`);
      return 1;
    }
    console.error(`npm run token: no se pudo generar el token (${oneLine(error instanceof Error ? error.message : String(error))}).`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
