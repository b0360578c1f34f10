import { createHash } from 'node:crypto';
import { post } from './http.js';
import { FACT_TABLE_PAGE, MINISTRIES } from './workloads.js';

interface FactTablePage {
  data: {
    ministry: {
      factTable: { totalCount: number; pageInfo: { endCursor: string | null; hasNextPage: boolean }; rows: unknown[][] };
    };
  };
}

export interface RefreshResult {
  pages: number;
  facts: number;
  seconds: number;
  /** Milliseconds of each page request. */
  latencies: number[];
  /** SHA-256 of every page's facts in order: equal digests mean equal data. */
  digest: string;
}

/** Pulls every fact of every ministry, one page of 1000 after another, as a BI connector does. */
export async function fullRefresh(url: string): Promise<RefreshResult> {
  const hash = createHash('sha256');
  const latencies: number[] = [];
  let facts = 0;
  const started = performance.now();
  for (const ministry of MINISTRIES) {
    let after: string | null = null;
    do {
      const sent = performance.now();
      const body = JSON.parse(await post(url, FACT_TABLE_PAGE, { ministry, after })) as FactTablePage;
      const page = body.data.ministry.factTable;
      latencies.push(performance.now() - sent);
      hash.update(JSON.stringify(page.rows));
      facts += page.rows.length;
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after !== null);
  }
  return { pages: latencies.length, facts, seconds: (performance.now() - started) / 1000, latencies, digest: hash.digest('hex') };
}

export function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? 0;
}
