import type { Request, Response } from 'express';
import { badInput, type GraphQuery } from '../graph-client.js';
import { BadParameter, readParameters, single } from '../exports/query-parameters.js';
import { refusalHtml, reportHtml } from './report-html.js';
import type { PdfPrinter } from './pdf-printer.js';
import { readCutFigures, type CutFiguresReport } from './report-figures.js';
import { REPORT_QUERY, type ReportData } from './report-query.js';

/** A cut's report: the report's layout, and a later cut's figures beside it. */
export interface Report {
  data: ReportData;
  figures: CutFiguresReport | null;
}

/** The report of the cut asked for (`?corte=2025-11`), or of the latest approved one; built from the graph only. */
export async function readReport(graph: GraphQuery, req: Request): Promise<Report> {
  const cut = single(readParameters(req, ['corte']), 'corte') ?? null;
  const answer = await graph<ReportData>(REPORT_QUERY, { cut });
  const refusal = badInput(answer);
  if (refusal) throw new BadParameter(refusal.message);
  if (!answer.data?.plan) throw new Error('El plan no respondió');
  // Read apart: a figure with no value in its period is a NOT_FOUND, which the query above would take for a bad `corte`.
  return { data: answer.data, figures: await readCutFigures(graph, answer.data.cuts, answer.data.plan.cut.id) };
}

/** GET /informe?corte=2025-11: the progress report as HTML. */
export function reportPage(graphOf: (req: Request) => Promise<GraphQuery>) {
  return async (req: Request, res: Response): Promise<void> => {
    try {
      const { data, figures } = await readReport(await graphOf(req), req);
      res.type('text/html; charset=utf-8').send(reportHtml(data, figures));
    } catch (error) {
      if (!(error instanceof BadParameter)) throw error;
      res.status(error.status).type('text/html; charset=utf-8').send(refusalHtml(error.message));
    }
  };
}

/** GET /informe.pdf?corte=2025-11: the same report, printed to PDF by a real browser engine. */
export function reportPdf(graphOf: (req: Request) => Promise<GraphQuery>, printer: PdfPrinter) {
  return async (req: Request, res: Response): Promise<void> => {
    try {
      const { data, figures } = await readReport(await graphOf(req), req);
      const pdf = await printer.print(reportHtml(data, figures));
      res.type('application/pdf').attachment(`informe-${data.plan.cut.id}.pdf`).send(Buffer.from(pdf));
    } catch (error) {
      if (!(error instanceof BadParameter)) throw error;
      res.status(error.status).type('text/html; charset=utf-8').send(refusalHtml(error.message));
    }
  };
}
