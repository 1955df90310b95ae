import { describe, expect, it } from 'vitest';

import { formatAdoption, formatNorwegianDate, formatPeriod } from './date';

describe('formatNorwegianDate', () => {
  it.each([
    ['2020-06', 'juni 2020'],
    ['2021-05-26', '26. mai 2021'],
    ['2022-01-01', '1. januar 2022'],
    ['2022-12-31', '31. desember 2022'],
  ])('formats %s as «%s»', (iso, expected) => {
    expect(formatNorwegianDate(iso)).toBe(expected);
  });

  it.each(['2021', '2021-13', 'juni 2020', ''])('leaves %j unchanged rather than guessing', (value) => {
    expect(formatNorwegianDate(value)).toBe(value);
  });
});

describe('formatAdoption', () => {
  it('writes an adoption without a named body as «Vedtatt juni 2020»', () => {
    expect(formatAdoption(null, '2020-06')).toBe('Vedtatt juni 2020');
  });

  it('names the adopting body', () => {
    expect(formatAdoption('Regionrådet for Fjellregionen', '2021-05-26')).toBe(
      'Vedtatt av Regionrådet for Fjellregionen 26. mai 2021',
    );
  });

  it('says nothing when nothing is known', () => {
    expect(formatAdoption(null, null)).toBeNull();
  });
});

describe('formatPeriod', () => {
  it('joins the years with an en dash', () => {
    expect(formatPeriod(2020, 2024)).toBe('2020–2024');
  });
});
