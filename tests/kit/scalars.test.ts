import { CopScalar, DateScalar, isExistingIsoDate } from '@cnim/kit';
import { Kind } from 'graphql';
import { describe, expect, it } from 'vitest';

describe('calendar days', () => {
  it('accepts days that exist, including 29 February of a leap year', () => {
    expect(['2025-09-30', '2024-02-29', '2026-12-31'].map(isExistingIsoDate)).toEqual([true, true, true]);
  });

  it('rejects days that do not exist, such as the report’s "31 de noviembre"', () => {
    expect(['2025-11-31', '2025-02-29', '2025-13-01', '2025-9-30', '30/09/2025'].map(isExistingIsoDate)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('Date scalar', () => {
  it('reads and writes ISO days', () => {
    expect(DateScalar.parseValue('2025-08-01')).toBe('2025-08-01');
    expect(DateScalar.serialize('2025-08-01')).toBe('2025-08-01');
  });

  it('refuses a day that does not exist with a Spanish BAD_USER_INPUT error', () => {
    expect(() => DateScalar.parseLiteral({ kind: Kind.STRING, value: '2025-11-31' })).toThrow(/debe ser un día existente/);
  });
});

describe('COP scalar', () => {
  it('carries amounts beyond 2^31 exactly', () => {
    expect(CopScalar.serialize(13_000_000_000)).toBe(13000000000);
    expect(CopScalar.parseLiteral({ kind: Kind.INT, value: '1998207910' })).toBe(1998207910);
    expect(CopScalar.parseValue('1588422540')).toBe(1588422540);
  });

  it('refuses fractions, separators and amounts a JSON number cannot hold exactly', () => {
    for (const value of [60431400.5, '60.431.400', 2 ** 53, 'trece mil millones']) {
      expect(() => CopScalar.parseValue(value)).toThrow(/número entero exacto/);
    }
  });
});
