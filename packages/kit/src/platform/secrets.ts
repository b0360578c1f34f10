import { EnvError, makeValidator } from 'envalid';

/**
 * The rules every secret of the configuration follows (config.ts applies them with envalid), and
 * what production refuses in a secret besides its length: values a person typed rather than generated.
 * A 32-byte secret of one repeated character, or a short word repeated, passes a length rule and
 * protects nothing; an attacker tries those first. The rules are deliberately few and explainable, so
 * the message tells the operator exactly what to fix, and no randomly generated secret trips them
 * (`openssl rand -base64 48`, or `-hex 32`: a hex string of 32 or more characters never has fewer
 * than 6 distinct characters in practice).
 */

export const MIN_SECRET_BYTES = 32;
/** Fewer distinct characters than this is a pattern, not a random value (32 random decimal digits always have more). */
export const MIN_DISTINCT_CHARACTERS = 6;

const GENERATE = 'genere uno al azar, por ejemplo con openssl rand -base64 48';

/**
 * The shortest block that, repeated, makes up the whole value ("abcabcabc" → "abc"), or null when the
 * value is not such a repetition. The usual prefix-function (KMP) computation, linear in the length.
 */
function repeatedBlock(characters: readonly string[]): string | null {
  const border = new Array<number>(characters.length).fill(0);
  for (let index = 1; index < characters.length; index += 1) {
    let length = border[index - 1]!;
    while (length > 0 && characters[index] !== characters[length]) length = border[length - 1]!;
    if (characters[index] === characters[length]) length += 1;
    border[index] = length;
  }
  const period = characters.length - (border[characters.length - 1] ?? 0);
  return period < characters.length && characters.length % period === 0 ? characters.slice(0, period).join('') : null;
}

/** Why a production secret is too weak, in Spanish, or null when it is acceptable. Never quotes the secret. */
export function secretWeakness(value: string): string | null {
  if (value === '') return 'está vacío; es obligatorio en producción';
  if (value.trim() === '') return `solo tiene espacios en blanco; ${GENERATE}`;
  if (Buffer.byteLength(value) < MIN_SECRET_BYTES) return `tiene menos de ${MIN_SECRET_BYTES} bytes`;
  // By code point, so "ñ" is one character as a person counts it.
  const characters = [...value];
  const distinct = new Set(characters).size;
  if (distinct === 1) return `es un solo carácter repetido; ${GENERATE}`;
  if (distinct < MIN_DISTINCT_CHARACTERS) return `usa solo ${distinct} caracteres distintos; ${GENERATE}`;
  const block = repeatedBlock(characters);
  if (block) return `repite un mismo bloque de ${[...block].length} caracteres ${characters.length / [...block].length} veces; ${GENERATE}`;
  return null;
}

/**
 * Variables that hold the same secret, grouped, for production to refuse. One key per subgraph is what
 * keeps a subgraph's team from signing requests to another subgraph as the gateway; a subgraph key equal
 * to the token secret would let that team mint tokens for any ministry.
 */
export function sharedSecrets(values: ReadonlyArray<readonly [variable: string, value: string]>): string[][] {
  const byValue = new Map<string, string[]>();
  for (const [variable, value] of values) byValue.set(value, [...(byValue.get(value) ?? []), variable]);
  return [...byValue.values()].filter((variables) => variables.length > 1);
}

export function secretValue(production: boolean, devDefault: string) {
  const validator = makeValidator((input: string) => {
    if (production && input === devDefault) throw new EnvError('es el secreto de desarrollo, que es público; defina uno propio');
    const weakness = production ? secretWeakness(input) : null;
    if (weakness) throw new EnvError(weakness);
    return input;
  });
  // envalid's own devDefault treats a missing NODE_ENV as production; here only NODE_ENV=production is.
  return production ? validator() : validator({ default: devDefault });
}

/** A secret that may be absent (no development default): when set in production, the same rules as every secret. */
export function optionalSecret(production: boolean) {
  return makeValidator<string | undefined>((input: string) => {
    const weakness = production ? secretWeakness(input) : null;
    if (weakness) throw new EnvError(weakness);
    return input;
  })({ default: undefined });
}

/**
 * In development a secret set but empty (`CNIM_JWT_SECRET=`) means its default, as an absent one does:
 * an empty key would sign tokens and requests nobody can verify. In production it stays empty, so that
 * the message says so rather than "missing".
 */
export function withoutEmpty(
  production: boolean,
  raw: Record<string, string | undefined>,
  keys: readonly string[],
): Record<string, string | undefined> {
  if (production) return raw;
  return Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, keys.includes(key) && value === '' ? undefined : value]));
}
