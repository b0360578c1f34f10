import { readSpanishAmount, sameNarrative, statedMismatch } from '@cnim/kit';
import { describe, expect, it } from 'vitest';

describe('reading amounts as the report writes them', () => {
  it('reads "mil millones" literally, with "." as thousands separator', () => {
    expect(readSpanishAmount('2.000 mil millones de pesos')).toBe(2_000_000_000_000);
    expect(readSpanishAmount('$13 mil millones')).toBe(13_000_000_000);
    expect(readSpanishAmount('$60.431.400')).toBe(60_431_400);
    expect(readSpanishAmount('cinco')).toBeNull();
  });
});

describe('rules', () => {
  it('finds nothing when a stated count matches its items, and a finding when it does not', () => {
    expect(statedMismatch(4, 'mesas', { value: 4, asWritten: 'cuatro' }, 4)).toEqual([]);
    expect(statedMismatch(4, 'mesas', { value: 5, asWritten: 'cinco' }, 4)).toEqual([
      {
        rule: 'STATED_TOTAL_MISMATCH',
        actionNumber: 4,
        message: 'La acción 4 declara "cinco" (mesas), pero lo que relaciona suma 4.',
        values: [
          { name: 'declarado', value: '5' },
          { name: 'declaradoComoSeEscribe', value: 'cinco' },
          { name: 'relacionado', value: '4' },
        ],
      },
    ]);
  });

  it('treats narratives that differ only in spacing as the same', () => {
    expect(sameNarrative('Para el reporte\n7 mesas.', 'Para el  reporte 7 mesas.')).toBe(true);
    expect(sameNarrative('Para el reporte', 'Para otro reporte')).toBe(false);
    expect(sameNarrative(null, null)).toBe(false);
  });
});
