import type { Request, Response } from 'express';
import type { GraphQuery } from '../graph-client.js';
import { csvLine, separatorOf, UTF8_BOM } from './csv.js';
import { BadParameter, readParameters, single } from './query-parameters.js';

const COLUMNS = [
  'code',
  'name',
  'description',
  'unit',
  'actionNumber',
  'ministryCode',
  'accumulation',
  'territoryLevel',
  'baseline',
  'target',
] as const;

type Sheet = Record<(typeof COLUMNS)[number], string | number | null>;

/** GET /export/indicadores.csv: every ministry's indicator catalogue (technical sheets), from the graph. */
export function indicatorsExport(graphOf: (req: Request) => Promise<GraphQuery>) {
  return async (req: Request, res: Response): Promise<void> => {
    try {
      const parameters = readParameters(req, ['separator']);
      const separator = separatorOf(single(parameters, 'separator'));
      if (separator === null) throw new BadParameter('"separator" es "," (por omisión) o ";".');
      const graph = await graphOf(req);
      const { data } = await graph<{ ministries: Array<{ ministry: string; indicators: Sheet[] | null }> }>(
        `{ ministries { ministry indicators { ${COLUMNS.join(' ')} } } }`,
      );
      let body = UTF8_BOM + csvLine(COLUMNS, separator);
      for (const { ministry, indicators } of data?.ministries ?? []) {
        if (!indicators) body += csvLine([`# Catálogo incompleto: el ministerio ${ministry} no respondió.`], separator);
        for (const sheet of indicators ?? [])
          body += csvLine(
            COLUMNS.map((column) => sheet[column]),
            separator,
          );
      }
      res.status(200).type('text/csv; charset=utf-8').attachment('indicadores.csv').send(body);
    } catch (error) {
      if (!(error instanceof BadParameter)) throw error;
      res.status(error.status).type('text/plain; charset=utf-8').send(`Solicitud no válida: ${error.message}\n`);
    }
  };
}
