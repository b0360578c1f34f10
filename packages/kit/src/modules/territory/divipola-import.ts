import { parse } from 'csv-parse/sync';
import type { Kysely } from 'kysely';
import { narrowTo } from '../../platform/narrow.js';
import { writeTransaction } from '../../platform/postgres.js';
import type { DivipolaEntry, MunicipalityEntry } from './divipola.js';
import type { TerritoryDatabase } from './territory.js';

export interface DivipolaFile {
  departments: DivipolaEntry[];
  municipalities: MunicipalityEntry[];
}

const normalise = (header: string) =>
  header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();

/**
 * Reads DANE's DIVIPOLA CSV (columns "Código Departamento", "Nombre Departamento", "Código Municipio",
 * "Nombre Municipio"; others ignored). Spreadsheets often drop the leading zero of codes such as
 * "05001": codes are read as text and padded back to 2 and 5 digits.
 */
export function readDivipolaCsv(text: string): DivipolaFile {
  const rows = parse(text, {
    columns: (headers: string[]) => headers.map(normalise),
    skip_empty_lines: true,
    trim: true,
    bom: true,
  }) as Array<Record<string, string>>;
  const required = ['codigo departamento', 'nombre departamento', 'codigo municipio', 'nombre municipio'];
  const missing = required.filter((column) => !(column in (rows[0] ?? {})));
  if (missing.length) throw new Error(`El archivo DIVIPOLA no tiene las columnas: ${missing.join(', ')}.`);
  const departments = new Map<string, DivipolaEntry>();
  const municipalities: MunicipalityEntry[] = [];
  for (const [index, row] of rows.entries()) {
    const departmentCode = row['codigo departamento']!.padStart(2, '0');
    const code = row['codigo municipio']!.padStart(5, '0');
    if (!/^\d{2}$/.test(departmentCode) || !/^\d{5}$/.test(code) || !code.startsWith(departmentCode)) {
      throw new Error(`Fila ${index + 2}: códigos DIVIPOLA inválidos (${row['codigo departamento']}, ${row['codigo municipio']}).`);
    }
    departments.set(departmentCode, { code: departmentCode, name: row['nombre departamento']! });
    municipalities.push({ code, name: row['nombre municipio']!, departmentCode });
  }
  return { departments: [...departments.values()], municipalities };
}

const territories = narrowTo<TerritoryDatabase>();

/** Adds the file's territories to a subgraph's catalogue; existing entries keep their names. */
export async function importDivipola<DB extends TerritoryDatabase>(db: Kysely<DB>, file: DivipolaFile): Promise<number> {
  return writeTransaction(territories(db), async (trx) => {
    for (const department of file.departments) {
      await trx
        .insertInto('department')
        .values(department)
        .onConflict((oc) => oc.column('code').doNothing())
        .execute();
    }
    let added = 0;
    for (const { code, name, departmentCode } of file.municipalities) {
      const result = await trx
        .insertInto('municipality')
        .values({ code, name, department_code: departmentCode })
        .onConflict((oc) => oc.column('code').doNothing())
        .executeTakeFirst();
      added += Number(result.numInsertedOrUpdatedRows ?? 0);
    }
    return added;
  });
}
