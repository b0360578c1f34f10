import { namedPeriod } from '@cnim/kit';
import { describe, expect, it } from 'vitest';

describe('the period a deadline names', () => {
  it.each([
    ['I Trim 2026', '2026Q1'],
    ['IV Trimestre 2025', '2025Q4'],
    ['1er Trimestre 2025', '2025Q1'],
    ['3er Trimestre 2025', '2025Q3'],
    ['para el año 2026', '2026'],
    ['Atención a la población objetivo para el año 2025', '2025'],
  ])('reads %j as %s', (text, period) => {
    expect(namedPeriod(text)).toBe(period);
  });

  it.each([
    ['31 de noviembre'],
    ['finales del mes de noviembre del 2025'],
    ['28 de febrero de 2026'],
    ['I Trim 2030'],
    ['durante todo el año'],
  ])('invents no period for %j', (text) => {
    expect(namedPeriod(text)).toBeNull();
  });
});
