import { IN_MEMORY, startSubgraph } from '@cnim/kit';
import { salud } from '@cnim/salud';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { graphql } from '../support/graphql.js';

const directory = mkdtempSync(join(tmpdir(), 'cnim-dataset-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const allocationCount = async (databasePath: string) => {
  const running = await startSubgraph(salud, { port: 0, host: '127.0.0.1', database: databasePath });
  try {
    const { data } = await graphql<{ psychosocialAllocations: unknown[] }>(running.url, '{ psychosocialAllocations { amount } }');
    return data?.psychosocialAllocations.length;
  } finally {
    await running.stop();
  }
};

describe('seeding a database file', () => {
  it('loads the report once: a restart on the same file finds the same 13 allocations, not 26', async () => {
    const file = join(directory, 'salud.sqlite');
    expect(await allocationCount(file)).toBe(13);
    expect(await allocationCount(file)).toBe(13);
  });

  it('seeds an in-memory database too', async () => {
    expect(await allocationCount(IN_MEMORY)).toBe(13);
  });
});
