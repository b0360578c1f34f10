import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';

/** Debian's Chromium (`apt-get install chromium`), used when the npm package's binary cannot be had. */
export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** What to do when no browser is found: the message of the error launchChromium throws. */
export const NO_CHROMIUM =
  'No se encontró un Chromium para las pruebas de navegador ni para imprimir PDF. `npm install` (o `npm ci`) instala ' +
  '@sparticuz/chromium, que trae el binario dentro del paquete; si falta, ejecute `npm install` en la raíz del proyecto. ' +
  'En Debian también sirve `apt-get install chromium` (/usr/bin/chromium), o CHROMIUM_PATH con la ruta de otro Chromium.';

// A headless browser for our own pages on this machine: no sandbox (it runs as root in CI and containers),
// no background traffic to Google's services, no GPU.
const ARGS = [
  '--no-sandbox',
  '--no-zygote',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-default-apps',
  '--disable-domain-reliability',
  '--disable-sync',
  '--metrics-recording-only',
  '--no-first-run',
  '--no-default-browser-check',
  '--no-pings',
  '--font-render-hinting=none',
];

/** Where a Chromium is: CHROMIUM_PATH, then the binary inside @sparticuz/chromium (inflated to the temp folder once), then Debian's. */
export async function findChromium(env: NodeJS.ProcessEnv = process.env): Promise<{ path: string; source: string }> {
  const tried: string[] = [];
  if (env.CHROMIUM_PATH) {
    if (existsSync(env.CHROMIUM_PATH)) return { path: env.CHROMIUM_PATH, source: 'CHROMIUM_PATH' };
    tried.push(`CHROMIUM_PATH=${env.CHROMIUM_PATH} no existe`);
  }
  try {
    const { default: chromium } = await import('@sparticuz/chromium');
    const path = await chromium.executablePath();
    // A machine without fonts of its own uses the ones the package ships.
    if (!existsSync('/etc/fonts/fonts.conf')) process.env.FONTCONFIG_PATH ??= join(tmpdir(), 'fonts');
    if (existsSync(path)) return { path, source: '@sparticuz/chromium' };
    tried.push(`@sparticuz/chromium dio ${path}, que no existe`);
  } catch (error) {
    tried.push(`@sparticuz/chromium: ${(error as Error).message}`);
  }
  if (existsSync(DEBIAN_CHROMIUM)) return { path: DEBIAN_CHROMIUM, source: 'Debian' };
  tried.push(`${DEBIAN_CHROMIUM} no existe`);
  throw new Error(`${NO_CHROMIUM} (Se intentó: ${tried.join('; ')}.)`);
}

/** A headless Chromium driven by puppeteer-core, for the browser tests and for printing PDFs. Close it with `browser.close()`. */
export async function launchChromium(options: { env?: NodeJS.ProcessEnv } = {}): Promise<Browser> {
  const { path } = await findChromium(options.env);
  try {
    return await puppeteer.launch({ executablePath: path, headless: 'shell', args: ARGS, defaultViewport: { width: 1280, height: 900 } });
  } catch (error) {
    throw new Error(`No se pudo iniciar Chromium (${path}): ${(error as Error).message}\n${NO_CHROMIUM}`);
  }
}
