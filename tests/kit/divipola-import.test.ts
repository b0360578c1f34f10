import { readFileSync } from 'node:fs';
import { readDivipolaCsv } from '@cnim/kit';
import { describe, expect, it } from 'vitest';

const sample = readFileSync(new URL('../fixtures/divipola-muestra.csv', import.meta.url), 'utf8');

describe('reading DANE’s DIVIPOLA file', () => {
  it('reads codes as text and restores the leading zeros spreadsheets drop', () => {
    expect(readDivipolaCsv(sample)).toEqual({
      departments: [
        { code: '05', name: 'ANTIOQUIA' },
        { code: '54', name: 'NORTE DE SANTANDER' },
        { code: '91', name: 'AMAZONAS' },
      ],
      municipalities: [
        { code: '05001', name: 'MEDELLÍN', departmentCode: '05' },
        { code: '05002', name: 'ABEJORRAL', departmentCode: '05' },
        { code: '54003', name: 'ÁBREGO', departmentCode: '54' },
        { code: '91001', name: 'LETICIA', departmentCode: '91' },
      ],
    });
  });

  it('refuses a file without the DIVIPOLA columns, or with a municipality outside its department', () => {
    expect(() => readDivipolaCsv('Depto,Muni\n5,5001\n')).toThrow(/no tiene las columnas/);
    expect(() =>
      readDivipolaCsv('Código Departamento,Nombre Departamento,Código Municipio,Nombre Municipio\n05,ANTIOQUIA,54001,CÚCUTA\n'),
    ).toThrow(/Fila 2: códigos DIVIPOLA inválidos/);
  });
});
