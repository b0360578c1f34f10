import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '@cnim/gateway/chromium';
import type { MinistryCode } from '@cnim/kit';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NEXT_CUT, openNextCut } from '../support/cuts.js';
import { graphql } from '../support/graphql.js';
import { tokenFor } from '../support/tokens.js';
import { useGraph } from '../support/use-graph.js';

// Cut 2026-02 wherever people look: /tablero and /informe show what the ministries reported for 2026,
// each figure with its period, and a figure nobody reported for 2026 as such, never as an outage.
// No response cache: the test writes values and stops a subgraph, and must see each change at once.
const SCREENSHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));
const SIN_DATOS = 'sin datos (servicio no disponible)';
const NO_VALUE = `sin dato para 2026 en este corte`;
const graph = useGraph({ responseCache: false });
let browser: Browser | undefined;
let page: Page;
const requested: string[] = [];

/** Records one value into the open cut through the gateway, as the ministry's reporter. */
async function record(ministry: MinistryCode, input: Record<string, unknown>): Promise<void> {
  const name = ministry.toLowerCase();
  const { errors } = await graphql(
    graph().url,
    `mutation ($input: RecordValueInput!) { ${name} { recordValue(input: $input) { id version } } }`,
    { input: { expectedVersion: 0, idempotencyKey: `${input.indicator}-${input.period}`, ...input } },
    { authorization: `Bearer ${await tokenFor('reporter', ministry, `reportero-${name}`)}` },
  );
  expect(errors).toBeUndefined();
}

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
  page.on('request', (request) => requested.push(request.url()));
  await openNextCut(graph().url);
  // Salud allocates to Cúcuta for the year and transfers in its first quarter; SENA certifies for the year.
  await record('SALUD', { indicator: 'SALUD-12-ASIGNACION', period: '2026', territory: '54001', value: 460_000_000 });
  await record('SALUD', { indicator: 'SALUD-12-GIRO', period: '2026Q1', territory: '54001', value: 100_000_000 });
  await record('SENA', { indicator: 'SENA-9-CERTIFICADOS', period: '2026', territory: null, value: 500 });
  mkdirSync(SCREENSHOTS, { recursive: true });
}, 90_000);
afterAll(() => browser?.close());

const text = (selector: string) => page.$eval(selector, (element) => element.textContent ?? '');
/** An action card's figures, label → value. */
const cardFigures = async (action: number) =>
  new Map(
    await page.$$eval(`[data-accion="${action}"] .cifras div`, (items) =>
      items.map((item) => [item.querySelector('dt')?.textContent ?? '', item.querySelector('dd')?.textContent ?? ''] as const),
    ),
  );

/** The dashboard has no cut in its address: it opens on the latest approved one, and the selector changes it. */
async function openCut(cut: string): Promise<void> {
  await page.goto(new URL('/tablero/', graph().url).href, { waitUntil: 'networkidle0' });
  await page.waitForSelector(`#corte option[value="${cut}"]`);
  await page.select('#corte', cut);
  await page.waitForFunction(
    (title) => document.querySelector('#titulo-corte ~ .estado-carga')?.textContent === `Mostrando ${title}.`,
    {},
    NEXT_CUT.reportTitle,
  );
}

/** The report's page as a reader sees its text, and its later cut's figures as [action, figure, value]. */
async function report(cut: string): Promise<{ text: string; figures: string[][] }> {
  const response = await fetch(graph().url.replace('/graphql', `/informe?corte=${cut}`));
  expect(response.status).toBe(200);
  const html = await response.text();
  const plain = (cell: string) =>
    cell
      .replace(/<[^>]+>/g, '')
      .replaceAll('&quot;', '"')
      .replaceAll('&amp;', '&')
      .trim();
  const section = html.split('Cifras reportadas para')[1] ?? '';
  const figures = [...section.matchAll(/<tr><th scope="row">(\d+)<\/th>(.*?)<\/tr>/g)].map(([, action, cells]) => [
    action!,
    ...[...cells!.matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((cell) => plain(cell[1]!)),
  ]);
  return { text: plain(html.replace(/<head>[\s\S]*?<\/head>/, '')).replace(/\s+/g, ' '), figures };
}

describe('a later cut on /tablero and /informe', () => {
  it('shows each action’s figures for 2026, and a figure not reported for 2026 as such', async () => {
    await openCut(NEXT_CUT.cut);
    const salud = await cardFigures(12);
    expect(salud.get('Asignado (2026)')).toBe('$460.000.000');
    expect(salud.get('Transferido (2026)')).toBe('$100.000.000');
    expect(salud.get('Transferencias (2026)')).toBe(NO_VALUE);
    const sena = await cardFigures(9);
    expect(sena.get('Migrantes certificados (2026)')).toBe('500');
    expect(sena.get('Centros de formación (2026)')).toBe(NO_VALUE);
    expect((await cardFigures(1)).get('Inversión (2026)')).toBe(NO_VALUE);
    // What only the report states keeps its figure, and says whose it is.
    expect((await cardFigures(13)).has('Actos administrativos expedidos (según el informe de Noviembre 2025)')).toBe(true);
    // Every ministry answered: no figure of any card reads as an outage.
    expect(await page.$$eval('.cifras dd', (values, down) => values.filter((value) => value.textContent === down).length, SIN_DATOS)).toBe(
      0,
    );
  });

  it('shows Cúcuta’s 2026 allocation in the territory view, its transfer summed from the quarter', async () => {
    await page.select('#departamento', '54');
    await page.waitForSelector('#municipio option[value="54001"]');
    await page.select('#municipio', '54001');
    await page.waitForFunction(() => document.querySelector('#tabla-municipio caption')?.textContent?.includes('San José de Cúcuta'));
    await page.waitForSelector('.barras svg');
    const rows = await page.$$eval('#tabla-municipio tbody tr', (trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')),
    );
    const programme = 'Transferencia psicosocial 2026 (derivado de los trimestres)';
    expect(rows).toContainEqual(['Salud', programme, 'Asignación', '$460.000.000']);
    expect(rows).toContainEqual(['Salud', programme, 'Transferido', '$100.000.000']);
    expect(rows).toContainEqual(['Salud', programme, 'Estado', 'Transferida']);
    expect(rows).toContainEqual(['Igualdad', 'Centro Intégrate Cúcuta', 'Personas atendidas (2026)', NO_VALUE]);
    expect(rows.find((row) => row[0] === 'Trabajo')?.[3]).toBe('sin registros para 2026 en este corte');
    expect(rows.filter((row) => row[3] === SIN_DATOS)).toEqual([]);
    expect(await page.$eval('.barras svg', (svg) => svg.getAttribute('aria-label'))).toBe(
      'Asignación para atención psicosocial (Salud) en 2026, municipios de Norte de Santander',
    );
    await page.screenshot({ path: `${SCREENSHOTS}05-corte-2026-02-cucuta.png`, fullPage: true });
  });

  it('says of a centre the report gives no figure for, in cut 2025-11, that it has none: no outage', async () => {
    await page.select('#corte', '2025-11');
    await page.select('#departamento', '44');
    await page.waitForSelector('#municipio option[value="44430"]');
    await page.select('#municipio', '44430');
    await page.waitForFunction(() =>
      document.querySelector('#tabla-municipio caption')?.textContent?.includes('Maicao (44430), La Guajira — corte 2025-11'),
    );
    const rows = await page.$$eval('#tabla-municipio tbody tr', (trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')),
    );
    expect(rows).toContainEqual(['Igualdad', 'Centro Intégrate Maicao', 'Personas atendidas', 'sin dato en el informe']);
  });

  it('prints the same figures in /informe?corte=2026-02, and cut 2025-11 as the report', async () => {
    const later = await report(NEXT_CUT.cut);
    expect(later.figures).toContainEqual(['12', 'Asignado (2026)', '$460.000.000']);
    expect(later.figures).toContainEqual(['12', 'Transferido (2026)', '$100.000.000']);
    expect(later.figures).toContainEqual(['9', 'Migrantes certificados (2026)', '500']);
    expect(later.figures).toContainEqual(['9', 'Centros de formación (2026)', NO_VALUE]);
    expect(later.figures.filter((row) => row.includes(SIN_DATOS))).toEqual([]);
    const own = await report('2025-11');
    expect(own.text).toContain('$441.640.400');
    expect(own.text).toContain('113.142');
    expect(own.figures).toEqual([]);
    expect(own.text).not.toContain('Cifras reportadas para');
  });

  it('keeps "sin datos (servicio no disponible)" for a ministry that does not answer', async () => {
    await graph().stopSubgraph('sena');
    await openCut(NEXT_CUT.cut);
    expect(await text('[data-accion="9"] .titulo')).toBe(`Título: ${SIN_DATOS}`);
    expect((await cardFigures(12)).get('Transferencias (2026)')).toBe(NO_VALUE);
    // The report still answers (it used to fail on the cut's unknown state), and says what it does not know.
    const later = await report(NEXT_CUT.cut);
    expect(later.text).toContain('estado desconocido: un ministerio no respondió');
    expect(later.figures).toContainEqual(['9', 'Sin datos: el subgrafo del ministerio no respondió.']);
    expect(later.figures).toContainEqual(['12', 'Asignado (2026)', '$460.000.000']);
  });

  it('sent no request beyond this machine', () => {
    const hosts = new Set(requested.filter((url) => !url.startsWith('data:')).map((url) => new URL(url).hostname));
    expect([...hosts].filter((host) => host !== '127.0.0.1' && host !== 'localhost')).toEqual([]);
  });
});
