import type { CutFiguresReport } from './report-figures.js';
import type { ReportAction, ReportData } from './report-query.js';

const escapeHtml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

const MISSING_MINISTRY = '<p class="missing">Sin datos: el subgrafo del ministerio no respondió.</p>';

/** A text of the report as it writes it, its line breaks kept. */
const paragraphs = (text: string) =>
  text
    .split('\n')
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('');

function tasksCell(action: ReportAction): string {
  if (!action.tasks) return MISSING_MINISTRY;
  const items = action.tasks.map((task) => {
    const deadline = task.deadline ? ` <span class="deadline">Plazo: ${escapeHtml(task.deadline.asWritten)}</span>` : '';
    return `<li>${task.number === null ? '' : `${task.number}. `}${escapeHtml(task.description)}${deadline}</li>`;
  });
  return `<ol class="tasks">${items.join('')}</ol>`;
}

function reportCell(action: ReportAction): string {
  const narrative = action.report?.narrative;
  const text =
    action.report === null
      ? MISSING_MINISTRY
      : narrative
        ? paragraphs(narrative)
        : '<p class="missing">Sin reporte cualitativo en este corte.</p>';
  // Findings sit beside the text they concern; the text itself is never corrected.
  const findings = (action.findings ?? [])
    .map(
      (finding) =>
        `<aside class="finding" role="note"><strong>Hallazgo de calidad de datos (${escapeHtml(finding.rule)}):</strong> ${escapeHtml(finding.message)}</aside>`,
    )
    .join('');
  return text + findings;
}

/**
 * A later cut's figures, each with its period: the report's own text gives the report's figures, but a
 * later cut's narratives need not state any, so its figures are printed after the actions.
 */
function cutFiguresSection({ period, actions }: CutFiguresReport): string {
  const row = (number: number, cells: string) => `<tr><th scope="row">${number}</th>${cells}</tr>`;
  const rows =
    actions === null
      ? [`<tr><td colspan="3"><p class="missing">Sin datos: el grafo no respondió.</p></td></tr>`]
      : actions.flatMap((action) =>
          action.answered
            ? action.figures.map(([label, value]) => row(action.number, `<td>${escapeHtml(label)}</td><td>${escapeHtml(value)}</td>`))
            : [row(action.number, `<td colspan="2">${MISSING_MINISTRY}</td>`)],
        );
  return `<h2>Cifras reportadas para ${escapeHtml(period)} en este corte</h2>
<p>Cada cifra es la que el ministerio reportó para ${escapeHtml(period)}, tal como quedó en el corte. «Sin dato» quiere decir que no reportó un valor para ese periodo; «sin datos (servicio no disponible)», que el ministerio no respondió.</p>
<table>
  <thead><tr><th scope="col">Acción</th><th scope="col">Cifra</th><th scope="col">Valor</th></tr></thead>
  <tbody>
${rows.join('\n')}
  </tbody>
</table>
`;
}

/**
 * The progress report of a cut in the seed's own layout: the title block, the overall progress, the
 * objective, the four axes, then one row per action with its tasks and its qualitative report.
 */
export function reportHtml({ plan }: ReportData, figures: CutFiguresReport | null = null): string {
  const progress = plan.cut.overallProgressPercent === null ? 'sin registrar' : `${plan.cut.overallProgressPercent}%`;
  const closing = `${plan.cut.closingDate}${plan.cut.closingDateDerived ? ' (derivada del mes del corte: el informe no da el día)' : ''}`;
  const rows = plan.actions
    .map(
      (action) =>
        `<tr><th scope="row">${action.number}. ${escapeHtml(action.title ?? 'Sin datos: el subgrafo del ministerio no respondió.')}<span class="owner">${escapeHtml(action.ministry)}</span></th><td>${tasksCell(action)}</td><td>${reportCell(action)}</td></tr>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="es">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(plan.reportTitle)}</title>
<style>
  @page { size: A4 landscape; margin: 14mm; }
  body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10pt; color: #111; margin: 0 auto; max-width: 1200px; padding: 12px; }
  header { text-align: center; margin-bottom: 12px; }
  header h1 { font-size: 13pt; margin: 0; white-space: pre-line; }
  header p { margin: 6px 0 0; }
  table { border-collapse: collapse; width: 100%; margin-top: 10px; }
  th, td { border: 1px solid #555; padding: 6px; vertical-align: top; text-align: left; }
  thead th { background: #e8e8e8; }
  tr { break-inside: avoid; }
  .owner { display: block; font-weight: normal; font-size: 8.5pt; color: #444; margin-top: 4px; }
  .tasks { margin: 0; padding-left: 0; list-style: none; }
  .deadline { display: block; font-size: 8.5pt; color: #333; }
  .finding { border-left: 4px solid #8a4b00; background: #fff4e5; padding: 4px 6px; margin-top: 6px; }
  .missing { color: #8a0000; }
  p { margin: 0 0 4px; }
</style>
</head>
<body>
<header>
  <h1>${escapeHtml(plan.name)}</h1>
  <p>${escapeHtml(plan.reportTitle)}</p>
  <p class="cut">Corte ${escapeHtml(plan.cut.id)} · estado ${escapeHtml(plan.cut.state ?? 'desconocido: un ministerio no respondió')} · cierre ${escapeHtml(closing)}</p>
</header>
<table>
  <tbody>
    <tr><th scope="row">Avance total del Plan</th><td colspan="4"><strong>${progress}</strong></td></tr>
    <tr><th scope="row">Objetivo</th><td colspan="4">${escapeHtml(plan.objective)}</td></tr>
    <tr><th scope="row">Ejes Estratégicos</th>${plan.strategicAxes.map((axis) => `<td>${escapeHtml(axis.text)}</td>`).join('')}</tr>
  </tbody>
</table>
<table>
  <thead><tr><th scope="col">Acción</th><th scope="col">Tareas</th><th scope="col">Reporte Cualitativo</th></tr></thead>
  <tbody>
${rows}
  </tbody>
</table>
${figures ? cutFiguresSection(figures) : ''}</body>
</html>
`;
}

/** A refusal as a page, in Spanish, for a browser. */
export function refusalHtml(message: string): string {
  return `<!doctype html><html lang="es"><head><meta charset="utf-8"><title>Informe no disponible</title></head><body><h1>Informe no disponible</h1><p>${escapeHtml(message)}</p></body></html>\n`;
}
