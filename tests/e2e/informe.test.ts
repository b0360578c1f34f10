import { readFileSync } from 'node:fs';
import { figuresAndDates } from '@cnim/gateway/seed-figures';
import { beforeAll, describe, expect, it } from 'vitest';
import { openNextCut } from '../support/cuts.js';
import { useGraph } from '../support/use-graph.js';

// The progress report, generated from the graph, against the document it reproduces.
const graph = useGraph();
// The progress report the project's data comes from (../shared/seed/000_657e1d76381c90e8.txt), copied
// byte for byte into the repository so the test runs wherever the repository is cloned.
const SEED = new URL('../fixtures/informe-avance-corte-2025-11.txt', import.meta.url);

/** The seed's text without its extraction markup (HTML tags, Markdown bold, escaped dollars). */
const seedText = () =>
  readFileSync(SEED, 'utf8')
    .replace(/<[^>]+>/g, ' ')
    .replaceAll('\\$', '$')
    .replaceAll('**', '');
/** A page's visible text, spaces collapsed. */
const visibleText = (html: string) =>
  html
    .replace(/<head>[\s\S]*?<\/head>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replaceAll('&quot;', '"')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&')
    .replace(/\s+/g, ' ');
const page = async (path: string) => {
  const response = await fetch(graph().url.replace('/graphql', path));
  return { status: response.status, type: response.headers.get('content-type'), html: await response.text() };
};

let report: string;
beforeAll(async () => {
  const { status, html } = await page('/informe?corte=2025-11');
  expect(status).toBe(200);
  report = visibleText(html);
});

describe('/informe: the progress report generated from the graph', () => {
  it('shows every figure and every date of the seed report', () => {
    const figures = figuresAndDates(seedText());
    expect(figures.length).toBeGreaterThan(100);
    expect(figures).toContain('$441.640.400');
    expect(figures).toContain('113.142');
    expect(figures).toContain('31 de noviembre');
    expect(figures.filter((figure) => !report.includes(figure))).toEqual([]);
  });

  it('keeps the seed’s layout: title block, overall progress, objective, axes, then actions with tasks and qualitative report', () => {
    const order = [
      'PLAN DE ACCIÓN SUBCOMISIÓN DE ATENCIÓN E INTEGRACIÓN COMISIÓN NACIONAL INTERSECTORIAL DE MIGRACIONES (CNIM)',
      'Informe de avance 2025 – Corte: Noviembre 2025',
      'Avance total del Plan 48%',
      'Objetivo Fortalecer la integración socioeconómica',
      'Ejes Estratégicos Fortalecer la gestión y gobernanza migratoria',
      'Acción Tareas Reporte Cualitativo',
      '1. Brindar atención a la población migrante',
      '15. ',
    ];
    const positions = order.map((text) => report.indexOf(text));
    expect(
      positions.every((position) => position >= 0),
      JSON.stringify(positions),
    ).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('shows each data-quality finding beside the text it concerns, without changing the text', () => {
    expect(report).toContain(
      'Hallazgo de calidad de datos (NONEXISTENT_DATE): La tarea 1 de la acción 14 tiene como plazo "31 de noviembre", un día que no existe.',
    );
    expect(report.indexOf('Hallazgo de calidad de datos (NONEXISTENT_DATE)')).toBeGreaterThan(report.indexOf('14. '));
    expect(report.match(/Hallazgo de calidad de datos/g)).toHaveLength(4);
  });

  it('says the closing day of cut 2025-11 is derived from its month', () => {
    expect(report).toContain('cierre 2025-11-30 (derivada del mes del corte: el informe no da el día)');
  });

  it('reports a later cut from the same graph, and refuses an unknown cut in Spanish with 400', async () => {
    await openNextCut(graph().url);
    const next = visibleText((await page('/informe?corte=2026-02')).html);
    expect(next, next.slice(0, 400)).toContain('Informe de avance 2026 – Corte: Febrero 2026');
    expect(next).toContain('Avance total del Plan sin registrar');
    expect(next).toContain('Sin reporte cualitativo en este corte.');
    const unknown = await page('/informe?corte=2030-01');
    expect(unknown.status).toBe(400);
    expect(unknown.type).toBe('text/html; charset=utf-8');
    expect(visibleText(unknown.html)).toContain(
      'No existe el corte "2030-01"; los cortes son "2025-11" (Noviembre 2025), "2026-02" (Febrero 2026).',
    );
    const misspelt = await page('/informe?cut=2025-11');
    expect(misspelt.status).toBe(400);
    expect(visibleText(misspelt.html)).toContain('Parámetro desconocido "cut". Los parámetros de esta exportación son: corte.');
  });
});
