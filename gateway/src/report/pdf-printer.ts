import type { Browser } from 'puppeteer-core';

/** Prints self-contained HTML to PDF. */
export interface PdfPrinter {
  print(html: string): Promise<Uint8Array>;
  close(): Promise<void>;
}

/**
 * A real browser engine prints the report (Chromium's print to PDF), one page at a time: the browser
 * starts on the first print and is kept for the next, and a page may fetch nothing, so a report never
 * reaches outside the machine.
 */
export function pdfPrinter(launch: () => Promise<Browser>): PdfPrinter {
  let browser: Promise<Browser> | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  const printOne = async (html: string): Promise<Uint8Array> => {
    const page = await (await (browser ??= launch())).newPage();
    try {
      await page.setRequestInterception(true);
      page.on('request', (request) => void (request.url().startsWith('data:') ? request.continue() : request.abort()));
      await page.setContent(html, { waitUntil: 'load' });
      return await page.pdf({
        format: 'A4',
        landscape: true,
        printBackground: true,
        margin: { top: '14mm', bottom: '14mm', left: '14mm', right: '14mm' },
      });
    } finally {
      await page.close();
    }
  };
  return {
    print(html) {
      // One print after another: a burst of requests queues instead of opening a page each on two cores.
      const next = queue.then(() => printOne(html));
      queue = next.catch(() => undefined);
      return next;
    },
    async close() {
      if (browser) await (await browser).close();
    },
  };
}
