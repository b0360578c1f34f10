import { badUserInput } from '../../graphql/errors.js';

/**
 * Control characters (Unicode Cc: U+0000–U+001F, U+007F–U+009F). A NUL or a bell in a narrative is
 * never meant, breaks exports (CSV, Power BI) and terminal output, and hides text from whoever reads it.
 */
const CONTROL_CHARACTER = /\p{Cc}/u;
/** Text written in several lines (a narrative, a reason) keeps its tabs and line breaks. */
const LINE_LAYOUT = new Set(['\t', '\n', '\r']);

function codePoint(character: string): string {
  return `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Refuses a free-text input of the write protocol that holds a control character: BAD_USER_INPUT on
 * `field`, naming the character and its position. `multiline` allows tabs and line breaks.
 */
export function assertNoControlCharacters(field: string, label: string, value: string, multiline: boolean): void {
  if (!CONTROL_CHARACTER.test(value)) return;
  const characters = Array.from(value);
  const index = characters.findIndex((character) => CONTROL_CHARACTER.test(character) && !(multiline && LINE_LAYOUT.has(character)));
  if (index === -1) return;
  const allowed = multiline ? ', salvo tabulaciones y saltos de línea' : '';
  throw badUserInput(
    field,
    `${label} contiene un carácter de control (${codePoint(characters[index]!)}) en la posición ${index + 1}; no se admiten caracteres de control${allowed}. No se guardó nada.`,
  );
}
