import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '@cnim/gateway/chromium';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NEXT_CUT, openNextCut } from '../support/cuts.js';
import { graphql } from '../support/graphql.js';
import { useGraph } from '../support/use-graph.js';

// The dashboard in a real Chromium (from @sparticuz/chromium, or Debian's), against the real graph.
// One browser and one page for the file: each step builds on the previous one, as a person would use it.
const SCREENSHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));
const graph = useGraph();
let browser: Browser | undefined;
let page: Page;
const requested: string[] = [];

beforeAll(async () => {
  // No skip: a machine without a browser fails here, with launchChromium's message on how to get one.
  browser = await launchChromium();
  page = await browser.newPage();
  page.on('request', (request) => requested.push(request.url()));
  await openNextCut(graph().url);
  mkdirSync(SCREENSHOTS, { recursive: true });
}, 90_000);
afterAll(() => browser?.close());

const dashboardUrl = () => new URL('/tablero/', graph().url).href;
const text = (selector: string) => page.$eval(selector, (element) => element.textContent ?? '');
const shot = (name: string) => page.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage: true });

/** The municipality table's rows as [ministry, programme, figure, value]. */
const municipalityRows = () =>
  page.$$eval('#tabla-municipio tbody tr', (rows) =>
    rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? '')),
  );

async function openMunicipality(department: string, municipality: string, name: string): Promise<string[][]> {
  await page.select('#departamento', department);
  await page.waitForSelector(`#municipio option[value="${municipality}"]`);
  await page.select('#municipio', municipality);
  await page.waitForFunction((wanted) => document.querySelector('#tabla-municipio caption')?.textContent?.includes(wanted), {}, name);
  await page.waitForSelector('.barras svg');
  return municipalityRows();
}

describe('the dashboard at /tablero', () => {
  it('opens on the latest approved cut, lists both cuts, and shows the plan, its actions and findings', async () => {
    await page.goto(dashboardUrl(), { waitUntil: 'networkidle0' });
    expect(await page.$eval('html', (html) => html.lang)).toBe('es');
    const options = await page.$$eval('#corte option', (items) => items.map((item) => (item as HTMLOptionElement).value));
    expect(options).toEqual(['2025-11', NEXT_CUT.cut]);
    expect(await page.$eval('#corte', (select) => (select as HTMLSelectElement).value)).toBe('2025-11');
    await page.waitForFunction(() => document.querySelectorAll('.accion').length === 15);
    expect(await page.$eval('#app', (app) => app.textContent)).not.toContain('Cargando el tablero');
    expect(await text('#avance-total')).toBe('48 %');
    // Action 12's headline figures, the Colombian way.
    const figures = await text('[data-accion="12"] .cifras');
    expect(figures).toContain('$1.998.207.910');
    expect(figures).toContain('$1.588.422.540');
    expect(await text('[data-accion="1"] .responsable')).toContain('Ministerio de Igualdad y Equidad');
    expect(await page.$$eval('.hallazgos tbody tr', (rows) => rows.length)).toBeGreaterThan(0);
    await shot('01-corte-2025-11');
  });

  it('never says "Sin reporte" of an action whose cut has a narrative', async () => {
    const { data } = await graphql<{ plan: { actions: { number: number; status: string; report: { narrative: string | null } }[] } }>(
      graph().url,
      '{ plan(cut: "2025-11") { actions { number status report { narrative } } } }',
    );
    const actions = data!.plan.actions;
    const labels = new Map(
      await page.$$eval('.accion', (cards) =>
        cards.map((card) => [Number(card.getAttribute('data-accion')), card.querySelector('.estado')?.textContent ?? ''] as const),
      ),
    );
    const narrated = actions.filter((action) => action.status === 'NOT_REPORTED' && action.report.narrative?.trim());
    // The November 2025 report gives no statuses, but a narrative for almost every action (action 12 among them).
    expect(narrated.map((action) => action.number)).toContain(12);
    for (const action of narrated)
      expect(labels.get(action.number), `acción ${action.number}`).toBe('Con reporte cualitativo; estado no informado');
    const silent = actions.filter((action) => action.status === 'NOT_REPORTED' && !action.report.narrative?.trim());
    for (const action of silent) expect(labels.get(action.number), `acción ${action.number}`).toBe('Sin reporte');
    expect(narrated.length + silent.length).toBe(labels.size);
  });

  it('changes the cut: an open cut without recorded progress says "sin registrar"', async () => {
    await page.select('#corte', NEXT_CUT.cut);
    await page.waitForFunction(() => document.querySelector('#avance-total')?.textContent === 'sin registrar');
    await page.waitForFunction(
      (title) => document.querySelector('#titulo-corte + label + select + p')?.textContent?.includes(title),
      {},
      NEXT_CUT.reportTitle,
    );
    expect(await page.$$eval('.accion', (items) => items.length)).toBe(15);
    // Tasks whose deadline passed by the cut's closing date and that no ministry reports completed.
    expect(await text('[data-accion="14"] .tareas')).toContain('Tarea 2');
    await shot('02-corte-2026-02');
    await page.select('#corte', '2025-11');
    await page.waitForFunction(() => document.querySelector('#avance-total')?.textContent === '48 %');
  });

  it('shows every ministry’s figures for Cúcuta (54001) as the report gives them', async () => {
    const rows = await openMunicipality('54', '54001', 'San José de Cúcuta');
    expect(rows).toContainEqual(['Igualdad', 'Centro Intégrate Cúcuta', 'Personas atendidas', '14.344']);
    expect(rows.filter((row) => row[0] === 'Salud' && row[2] === 'Asignación').map((row) => row[3])).toEqual(['$441.640.400']);
    expect(rows.find((row) => row[0] === 'Salud' && row[2] === 'Estado')?.[3]).toBe('Transferida');
    expect(rows.find((row) => row[0] === 'Trabajo')?.[3]).toBe('300');
    expect(await page.$eval('.barras svg', (svg) => svg.getAttribute('aria-label'))).toContain('Norte de Santander');
    await shot('03-cucuta');
  });

  it('shows Riohacha’s (44001) allocation as desisted', async () => {
    const rows = await openMunicipality('44', '44001', 'Riohacha');
    expect(rows.filter((row) => row[0] === 'Salud' && row[2] === 'Asignación').map((row) => row[3])).toEqual(['$225.798.080']);
    expect(rows.find((row) => row[0] === 'Salud' && row[2] === 'Estado')?.[3]).toBe('Desistida');
    expect(rows).toContainEqual(['Igualdad', 'Centro Intégrate Riohacha', 'Personas atendidas', '15.890']);
    await shot('04-riohacha');
  });

  it('sent no request beyond this machine', () => {
    const hosts = new Set(requested.filter((url) => !url.startsWith('data:')).map((url) => new URL(url).hostname));
    expect(requested.length).toBeGreaterThan(5);
    expect([...hosts].filter((host) => host !== '127.0.0.1' && host !== 'localhost')).toEqual([]);
    expect(requested.filter((url) => new URL(url).pathname === '/graphql').length).toBeGreaterThan(0);
  });
});
