import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '@cnim/gateway/chromium';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { useGraph } from '../support/use-graph.js';

// /informe.pdf is printed by the gateway with a real Chromium; its text is read back with pdf.js.
const SCREENSHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));
const graph = useGraph();
let text: string;
let bytes: Uint8Array;

/** Every page's text, lines joined by spaces, as a reader copying from the PDF would get it. */
async function pdfText(data: Uint8Array): Promise<string> {
  const document = await getDocument({ data: new Uint8Array(data), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const content = await (await document.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await document.destroy();
  return pages.join(' ').replace(/\s+/g, ' ');
}

beforeAll(async () => {
  const response = await fetch(graph().url.replace('/graphql', '/informe.pdf?corte=2025-11'));
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/pdf');
  expect(response.headers.get('content-disposition')).toBe('attachment; filename=informe-2025-11.pdf');
  bytes = new Uint8Array(await response.arrayBuffer());
  text = await pdfText(bytes);
}, 90_000);

describe('/informe.pdf: the progress report printed by a real browser engine', () => {
  it('is a PDF whose text holds the title block, the overall progress and the report’s figures and dates', () => {
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    for (const expected of [
      'PLAN DE ACCIÓN',
      'COMISIÓN NACIONAL INTERSECTORIAL DE MIGRACIONES (CNIM)',
      'Informe de avance 2025 – Corte: Noviembre 2025',
      'Avance total del Plan',
      '48%',
      '113.142',
      '$441.640.400',
      'Cúcuta: 14.344',
      '31 de noviembre',
      'Hallazgo de calidad de datos (NONEXISTENT_DATE)',
    ]) {
      expect(text, expected).toContain(expected);
    }
  });

  it('saves the report’s first page as an image for the README', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    writeFileSync(`${SCREENSHOTS}informe-2025-11.pdf`, bytes);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(graph().url.replace('/graphql', '/informe?corte=2025-11'), { waitUntil: 'load' });
      await page.screenshot({ path: `${SCREENSHOTS}informe-primera-pagina.png` });
      expect(await page.$eval('h1', (heading) => heading.textContent)).toBe(
        'PLAN DE ACCIÓN\nSUBCOMISIÓN DE ATENCIÓN E INTEGRACIÓN\nCOMISIÓN NACIONAL INTERSECTORIAL DE MIGRACIONES (CNIM)',
      );
    } finally {
      await browser.close();
    }
  }, 60_000);
});
