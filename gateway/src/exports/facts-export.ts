import type { Request, Response } from 'express';
import { badInput, type GraphQuery } from '../graph-client.js';
import { csvLine, separatorOf, UTF8_BOM } from './csv.js';
import { BadParameter, readParameters, single } from './query-parameters.js';
import { territoryNames } from './territory-names.js';

/** The facts query's filters, by their names in the schema, plus the ministry and the CSV separator. */
const PARAMETERS = [
  'ministry',
  'indicator',
  'action',
  'territory',
  'department',
  'from',
  'to',
  'disaggregation',
  'periodKind',
  'cut',
  'separator',
] as const;

const COLUMNS = [
  'id',
  'indicatorCode',
  'actionNumber',
  'ministryCode',
  'territoryLevel',
  'territoryCode',
  'territoryName',
  'departmentName',
  'periodId',
  'periodStart',
  'periodEnd',
  'periodKind',
  'site',
  'sex',
  'nationality',
  'disaggregation',
  'value',
  'unit',
  'cut',
  'recordedAt',
  'derived',
  'source',
] as const;

const FACT_FIELDS = COLUMNS.filter((column) => column !== 'territoryName' && column !== 'departmentName').join(' ');

const PAGE = `query ($ministry: Ministry!, $filter: FactFilter, $after: String) {
  ministry(code: $ministry) { facts(filter: $filter, first: 1000, after: $after) { pageInfo { endCursor hasNextPage } nodes { ${FACT_FIELDS} } } }
}`;

type Fact = Record<(typeof COLUMNS)[number], string | number | boolean | null>;
interface Page {
  ministry: { facts: { pageInfo: { endCursor: string | null; hasNextPage: boolean }; nodes: Fact[] } } | null;
}

/** The filter of the facts query from the request; values are checked by the graph itself. */
function filterOf(parameters: Map<string, string[]>): Record<string, unknown> {
  const filter: Record<string, unknown> = {};
  const indicators = parameters.get('indicator');
  if (indicators?.length) filter.indicator = indicators;
  const action = single(parameters, 'action');
  if (action !== undefined) {
    if (!/^\d{1,2}$/.test(action)) throw new BadParameter(`"action" es el número de una acción, de 1 a 15; se recibió "${action}".`);
    filter.action = Number(action);
  }
  for (const name of ['territory', 'department', 'from', 'to', 'disaggregation', 'periodKind', 'cut'] as const) {
    const value = single(parameters, name);
    if (value !== undefined) filter[name] = value;
  }
  return filter;
}

/** The ministries to export: the one asked for, or those whose catalogues hold the indicators asked for, or all. */
async function ministriesOf(graph: GraphQuery, parameters: Map<string, string[]>): Promise<string[]> {
  const { data } = await graph<{ ministries: Array<{ ministry: string; indicators: Array<{ code: string }> | null }> }>(
    '{ ministries { ministry indicators { code } } }',
  );
  const all = data?.ministries ?? [];
  const asked = single(parameters, 'ministry');
  if (asked !== undefined && !all.some((entry) => entry.ministry === asked)) {
    throw new BadParameter(`"ministry" es uno de ${all.map((entry) => entry.ministry).join(', ')}; se recibió "${asked}".`);
  }
  const indicators = parameters.get('indicator') ?? [];
  const owners = indicators.map((code) => {
    const owner = all.find((entry) => entry.indicators?.some((indicator) => indicator.code === code));
    if (!owner)
      throw new BadParameter(`No existe el indicador "${code}" en el catálogo de ningún ministerio (véase /export/indicadores.csv).`);
    return owner.ministry;
  });
  return all
    .map((entry) => entry.ministry)
    .filter((ministry) => (asked === undefined || ministry === asked) && (!owners.length || owners.includes(ministry)));
}

/**
 * GET /export/hechos.csv: every fact matching the facts query's filters, with territory names, streamed
 * page by page from the graph (1.000 facts a page) in UTF-8 with a header row. A bad filter is a 400
 * with the graph's own Spanish message, before anything is written.
 */
export function factsExport(graphOf: (req: Request) => Promise<GraphQuery>) {
  return async (req: Request, res: Response): Promise<void> => {
    try {
      const parameters = readParameters(req, PARAMETERS);
      const separator = separatorOf(single(parameters, 'separator'));
      if (separator === null) throw new BadParameter('"separator" es "," (por omisión) o ";".');
      const graph = await graphOf(req);
      const filter = filterOf(parameters);
      const ministries = await ministriesOf(graph, parameters);
      // Every ministry's first page before the first byte: a bad filter is refused, not half-exported.
      const firstPages = await Promise.all(ministries.map((ministry) => graph<Page>(PAGE, { ministry, filter, after: null })));
      for (const answer of firstPages) {
        const refusal = badInput(answer);
        if (refusal)
          throw new BadParameter(`${refusal.message} (parámetro "${String(refusal.extensions?.field ?? '').replace(/^filter\./, '')}")`);
      }
      const names = await territoryNames(graph);
      res.status(200).type('text/csv; charset=utf-8').attachment('hechos.csv');
      res.write(UTF8_BOM + csvLine(COLUMNS, separator));
      for (const [index, ministry] of ministries.entries()) {
        let answer = firstPages[index]!;
        for (;;) {
          const facts = answer.data?.ministry?.facts;
          if (!facts) {
            // A ministry that stopped answering mid-export: the file says so rather than ending as if complete.
            res.write(csvLine([`# Exportación incompleta: el ministerio ${ministry} no respondió.`], separator));
            break;
          }
          let chunk = '';
          for (const fact of facts.nodes) {
            const territory = fact.territoryCode === null ? undefined : names.get(String(fact.territoryCode));
            chunk += csvLine(
              COLUMNS.map((column) =>
                column === 'territoryName' ? territory?.name : column === 'departmentName' ? territory?.departmentName : fact[column],
              ),
              separator,
            );
          }
          if (!res.write(chunk)) await new Promise((resolve) => res.once('drain', resolve));
          if (!facts.pageInfo.hasNextPage) break;
          answer = await graph<Page>(PAGE, { ministry, filter, after: facts.pageInfo.endCursor });
        }
      }
      res.end();
    } catch (error) {
      if (!(error instanceof BadParameter)) throw error;
      res.status(error.status).type('text/plain; charset=utf-8').send(`Solicitud no válida: ${error.message}\n`);
    }
  };
}
