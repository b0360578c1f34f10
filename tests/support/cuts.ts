import { readFileSync } from 'node:fs';
import { MINISTRY_SUBGRAPHS } from '@cnim/kit';
import { cutOperationFile } from '../../scripts/cut-operation-files.js';
import { graphql } from './graphql.js';
import { tokenFor } from './tokens.js';

/** The cut the tests report into after the report's own (2025-11). */
export const NEXT_CUT = {
  cut: '2026-02',
  label: 'Febrero 2026',
  closingDate: '2026-02-28',
  reportTitle: 'Informe de avance 2026 – Corte: Febrero 2026',
};

export const secretariat = async () => ({ authorization: `Bearer ${await tokenFor('secretariat', null, 'secretaria-tecnica')}` });

/** Opens the next cut everywhere through the gateway, with the operation the README documents. */
export async function openNextCut(url: string, key = 'abrir-2026-02'): Promise<void> {
  const { errors } = await graphql(url, readFileSync(cutOperationFile('abrir-corte'), 'utf8'), { ...NEXT_CUT, key }, await secretariat());
  if (errors) throw new Error(`No se pudo abrir el corte de prueba: ${JSON.stringify(errors)}`);
}

/** The ministries' names, for asserting on every part of a whole-cut answer. */
export const MINISTRY_NAMES = MINISTRY_SUBGRAPHS.map((entry) => entry.name);
