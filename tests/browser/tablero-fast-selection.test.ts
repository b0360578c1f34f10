import { launchChromium } from '@cnim/gateway/chromium';
import type { Browser, HTTPRequest, KeyInput, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNextCut } from '../support/cuts.js';
import { graphql } from '../support/graphql.js';
import { useGraph } from '../support/use-graph.js';

// The dashboard never shows a stale selection: a person moving through a select with the keyboard asks
// one request per option passed, and an earlier request may answer after a later one. Here the network
// makes sure it does: the requests of a burst are held so that the first asked answers last.
const graph = useGraph();
let browser: Browser | undefined;
let page: Page;

/** How much longer each earlier request of a burst waits than the one asked after it. */
const STEP_MS = 250;
let burst: { operations: string[]; presses: number; asked: Map<string, number> } | null = null;
const inFlight = new Set<HTTPRequest>();
let onSettled: (() => void) | null = null;

const operationOf = (request: HTTPRequest) => /query (\w+)/.exec(request.postData() ?? '')?.[1] ?? null;

function settle(request: HTTPRequest): void {
  inFlight.delete(request);
  if (inFlight.size === 0) onSettled?.();
}

/** Resolves once every request of the burst has answered or been aborted by the page. */
const burstAnswered = () =>
  new Promise<void>((resolve) => {
    onSettled = resolve;
    if (inFlight.size === 0) resolve();
  });

/** Presses a key on a select many times, with no wait between presses, while the burst's answers come back in reverse. */
async function pressQuickly(selector: string, keys: KeyInput[], operations: string[]): Promise<void> {
  burst = { operations, presses: keys.length, asked: new Map() };
  await page.focus(selector);
  for (const key of keys) await page.keyboard.press(key);
  await burstAnswered();
  burst = null;
}

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const operation = operationOf(request);
    if (burst === null || operation === null || !burst.operations.includes(operation)) {
      void request.continue().catch(() => undefined);
      return;
    }
    const order = burst.asked.get(operation) ?? 0;
    burst.asked.set(operation, order + 1);
    inFlight.add(request);
    // A slow network for earlier selections, not a pause in the test: the test waits on answers and the DOM.
    setTimeout(() => void request.continue().catch(() => settle(request)), Math.max(0, burst.presses - order) * STEP_MS);
  });
  page.on('requestfinished', settle);
  page.on('requestfailed', settle);
  await openNextCut(graph().url);
}, 90_000);
afterAll(() => browser?.close());

const entero = new Intl.NumberFormat('es-CO', { maximumFractionDigits: 0 });
const value = (selector: string) => page.$eval(selector, (select) => (select as HTMLSelectElement).value);
const optionValues = (selector: string) =>
  page.$$eval(`${selector} option`, (options) => options.map((option) => (option as HTMLOptionElement).value));
const ask = async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
  const { data, errors } = await graphql<T>(graph().url, query, variables);
  expect(errors).toBeUndefined();
  return data!;
};

describe('/tablero under quick keyboard changes', () => {
  it('shows the cut last selected, whichever cut answers last', async () => {
    await page.goto(new URL('/tablero/', graph().url).href, { waitUntil: 'networkidle0' });
    await page.waitForFunction(() => document.querySelectorAll('.accion').length > 0);
    // Back and forth between the two cuts; the last press lands on the first cut.
    await pressQuickly('#corte', ['ArrowDown', 'ArrowUp', 'ArrowDown', 'ArrowUp'], ['TableroAcciones', 'TableroAvance']);
    const cut = await value('#corte');
    expect(cut).toBe((await optionValues('#corte'))[0]);
    const { plan } = await ask<{ plan: { reportTitle: string; overallProgressPercent: number | null; actions: unknown[] } }>(
      'query ($cut: ID) { plan(cut: $cut) { reportTitle overallProgressPercent actions { number } } }',
      { cut },
    );
    await page.waitForFunction(() => document.querySelector('#titulo-corte ~ .estado-carga')?.textContent?.startsWith('Mostrando'));
    expect(await page.$eval('#titulo-corte ~ .estado-carga', (status) => status.textContent)).toBe(`Mostrando ${plan.reportTitle}.`);
    expect(await page.$eval('#avance-total', (total) => total.textContent)).toBe(
      plan.overallProgressPercent === null ? 'sin registrar' : `${entero.format(plan.overallProgressPercent)} %`,
    );
    expect(await page.$$eval('.accion', (cards) => cards.length)).toBe(plan.actions.length);
  });

  it('shows the department and municipality last selected, with their own figures', async () => {
    const cut = await value('#corte');
    const { departments } = await ask<{ departments: { code: string; municipalities: { code: string }[] }[] }>(
      '{ departments { code municipalities { code } } }',
      {},
    );
    // Far enough down the list to pass several departments, onto one with several municipalities to pass too.
    const options = await optionValues('#departamento');
    const presses = options.findIndex(
      (code, index) => index >= 4 && (departments.find((d) => d.code === code)?.municipalities.length ?? 0) >= 3,
    );
    expect(presses).toBeGreaterThan(0);
    await pressQuickly('#departamento', Array<KeyInput>(presses).fill('ArrowDown'), ['TableroDepartamento']);
    const departmentCode = await value('#departamento');
    expect(departmentCode).toBe(options[presses]);

    const municipalityPresses = (await optionValues('#municipio')).length - 1;
    await pressQuickly('#municipio', Array<KeyInput>(municipalityPresses).fill('ArrowDown'), ['TableroMunicipio']);
    const municipalityCode = await value('#municipio');
    expect(municipalityCode).toBe((await optionValues('#municipio'))[municipalityPresses]);

    // Loading has settled when the status is empty and the table is drawn.
    await page.waitForFunction(
      () =>
        document.querySelector('#titulo-territorio ~ .estado-carga')?.textContent === '' &&
        document.querySelector('#tabla-municipio caption') !== null,
    );

    type Place = {
      name: string;
      integrateCentres: { name: string; peopleAttended: number | null }[];
      psychosocialAllocations: { amount: number }[];
    };
    const { municipality, department } = await ask<{
      municipality: Place & { code: string; department: { code: string; name: string } };
      department: { name: string };
    }>(
      `query ($municipality: String!, $department: String!, $cut: ID) {
        municipality(code: $municipality) {
          code name department { code name }
          integrateCentres { name peopleAttended(cut: $cut) }
          psychosocialAllocations(cut: $cut) { amount }
        }
        department(code: $department) { name }
      }`,
      { municipality: municipalityCode, department: departmentCode, cut },
    );
    expect(municipality.department.code).toBe(departmentCode);
    expect(await page.$eval('#tabla-municipio caption', (caption) => caption.textContent)).toContain(
      `${municipality.name} (${municipality.code}), ${department.name} — corte ${cut}`,
    );

    const rows = await page.$$eval('#tabla-municipio tbody tr', (trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')),
    );
    const attended = rows.filter((row) => row[0] === 'Igualdad' && row[2] === 'Personas atendidas').map((row) => [row[1], row[3]]);
    expect(attended).toEqual(
      // The report's own cut: a centre it gives no figure for (Maicao) has none, which is no outage.
      municipality.integrateCentres.map((centre) => [
        `Centro Intégrate ${centre.name}`,
        centre.peopleAttended === null ? 'sin dato en el informe' : entero.format(centre.peopleAttended),
      ]),
    );
    const allocations = rows.filter((row) => row[0] === 'Salud' && row[2] === 'Asignación').map((row) => row[3]);
    expect(allocations).toEqual(municipality.psychosocialAllocations.map((allocation) => `$${entero.format(allocation.amount)}`));
    // The department's rows and charts are of the same department as the heading.
    for (const row of rows.filter((row) => row[1]?.endsWith('(departamento)')))
      expect(row[1]).toContain(`en ${department.name} (departamento)`);
    expect(await page.$eval('.graficas', (charts) => charts.textContent)).toContain(department.name);
    for (const label of await page.$$eval('.barras svg', (svgs) => svgs.map((svg) => svg.getAttribute('aria-label') ?? '')))
      expect(label).toContain(`municipios de ${department.name}`);
  }, 60_000);
});
