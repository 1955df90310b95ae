import { describe, expect, it } from 'vitest';

import { describeChange, EMPTY_VALUE, formatChangeValue, shownChanges } from './changes';

describe('describeChange', () => {
  it.each([
    [{ action: 'CREATE', entityType: 'report' }, 'Statusrapport opprettet'],
    [{ action: 'UPDATE', entityType: 'report' }, 'Statusrapport korrigert'],
    [{ action: 'UPDATE', entityType: 'measure' }, 'Tiltak endret'],
    [{ action: 'DELETE', entityType: 'api-token' }, 'API-token slettet'],
    [{ action: 'CREATE', entityType: 'webhook' }, 'Webhook opprettet'],
    [{ action: 'UPDATE', entityType: 'something-new' }, 'something-new endret'],
  ] as const)('describes %o as «%s»', (event, text) => {
    expect(describeChange(event)).toBe(text);
  });
});

describe('formatChangeValue', () => {
  it('keeps text exactly as written, markup included', () => {
    expect(formatChangeValue('text', '<b>fet</b> «sitat»\nny linje')).toBe('<b>fet</b> «sitat»\nny linje');
  });

  it('writes the API’s codes and shapes as people say them', () => {
    expect(formatChangeValue('status', 'IN_PROGRESS')).toBe('Pågår');
    expect(formatChangeValue('assessment', 'OFF_TRACK')).toBe('Ikke i rute');
    expect(formatChangeValue('role', 'REPORTER')).toBe('Rapportør');
    expect(formatChangeValue('role', 'PARTNER')).toBe('Samarbeidspartner');
    expect(formatChangeValue('reportDate', '2022-08-31')).toBe('31. august 2022');
    expect(formatChangeValue('percentComplete', 45)).toBe('45\u00a0%');
    expect(formatChangeValue('active', false)).toBe('Nei');
    expect(formatChangeValue('goal', { id: 5, number: 5, text: 'Ungdom' })).toBe('Mål 5');
    expect(formatChangeValue('currentStatus', { status: 'COMPLETED' })).toBe('Fullført');
    expect(formatChangeValue('party', { id: 2, name: 'Administrasjonen' })).toBe('Administrasjonen');
  });

  it('lists responsibilities and links', () => {
    expect(
      formatChangeValue('responsibilities', [
        { party: { name: 'Administrasjonen' }, role: 'LEAD' },
        { party: { name: 'Ungt Entreprenørskap Innlandet' }, role: 'PARTNER' },
      ]),
    ).toBe('Administrasjonen (ansvarlig), Ungt Entreprenørskap Innlandet (samarbeidspartner)');
    expect(
      formatChangeValue('links', [{ url: 'https://a.no', title: 'Sak' }, { url: 'https://b.no', title: null }]),
    ).toBe('Sak (https://a.no), https://b.no');
  });

  it('says so when there was no value', () => {
    expect(formatChangeValue('period', null)).toBe(EMPTY_VALUE);
    expect(formatChangeValue('links', [])).toBe(EMPTY_VALUE);
  });
});

describe('shownChanges', () => {
  it('leaves out bookkeeping such as the version', () => {
    const shown = shownChanges([
      { field: 'version', before: 1, after: 2 },
      { field: 'text', before: 'før', after: 'etter' },
      { field: 'updatedAt', before: null, after: '2022-10-04T07:30:00Z' },
    ]);
    expect(shown).toEqual([{ field: 'text', label: 'Tekst', before: 'før', after: 'etter' }]);
  });
});
