/** The limits of operation-limits.ts, as a client finds them in `extensions.limit`. */
export type LimitName = 'tokens' | 'depth' | 'aliases' | 'directives' | 'cost';

const count = (value: number) => Math.round(value).toLocaleString('es-CO');

const MESSAGES: Record<LimitName, (found: string, maximum: string) => string> = {
  tokens: (found, maximum) =>
    `La consulta tiene ${found} unidades léxicas (tokens); el máximo es ${maximum}. Divídala en varias consultas.`,
  depth: (found, maximum) =>
    `La consulta anida ${found} niveles de campos; el máximo es ${maximum}. Pida menos niveles o divídala en varias consultas.`,
  aliases: (found, maximum) =>
    `La consulta usa ${found} alias; el máximo es ${maximum}. Envíe varias consultas en lugar de repetir campos con alias.`,
  directives: (found, maximum) => `La consulta usa ${found} directivas; el máximo es ${maximum}.`,
  cost: (found, maximum) =>
    `La consulta pide demasiado de una vez: cuesta ${found} y el máximo es ${maximum} (una página de 1000 hechos con todas sus columnas cuesta 71.627). Pida menos campos o páginas más pequeñas.`,
};

/**
 * The Spanish refusal of an operation over a limit. `found` is what was counted, when the counter
 * says (GraphQL Armor does; graphql-js stops counting tokens at the limit).
 */
export function limitMessage(limit: LimitName, maximum: number, found?: number): string {
  return MESSAGES[limit](found === undefined ? `más de ${count(maximum)}` : count(found), count(maximum));
}
