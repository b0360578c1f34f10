import type { Request } from 'express';

/** A refusal of a request, answered with its HTTP status (400 for a parameter, 401 for a token) and this Spanish message. */
export class BadParameter extends Error {
  override name = 'BadParameter';

  constructor(
    message: string,
    readonly status: 400 | 401 = 400,
  ) {
    super(message);
  }
}

/**
 * The query string as single values and lists, refusing any parameter the export does not know, so a
 * misspelt filter is reported instead of silently exporting everything.
 */
export function readParameters(req: Request, known: readonly string[]): Map<string, string[]> {
  const parameters = new Map<string, string[]>();
  for (const [name, value] of Object.entries(req.query)) {
    if (!known.includes(name)) {
      throw new BadParameter(`Parámetro desconocido "${name}". Los parámetros de esta exportación son: ${known.join(', ')}.`);
    }
    const values = (Array.isArray(value) ? value : [value])
      .map(String)
      .flatMap((each) => each.split(','))
      .map((each) => each.trim())
      .filter(Boolean);
    parameters.set(name, values);
  }
  return parameters;
}

/** The one value of a parameter, or undefined; two values for a single-valued parameter are refused. */
export function single(parameters: Map<string, string[]>, name: string): string | undefined {
  const values = parameters.get(name);
  if (!values?.length) return undefined;
  if (values.length > 1) throw new BadParameter(`El parámetro "${name}" admite un solo valor; se recibieron ${values.length}.`);
  return values[0];
}
