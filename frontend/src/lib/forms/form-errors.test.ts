import { describe, expect, it } from 'vitest';

import { ProblemError } from '../api/problem';
import { formErrorsFromError, formErrorsFromViolations, formFieldOf, parseWholeNumber } from './form-errors';

const labels = { text: 'Tiltak', links: 'Lenker', position: 'Plassering' };

describe('formFieldOf', () => {
  it('finds the field a violation names, also inside lists and objects', () => {
    const fields = ['text', 'links'] as const;
    expect(formFieldOf('text', fields)).toBe('text');
    expect(formFieldOf('links[1].url', fields)).toBe('links');
    expect(formFieldOf('links.0', fields)).toBe('links');
    expect(formFieldOf('author', fields)).toBeUndefined();
  });
});

describe('formErrorsFromViolations', () => {
  it('puts each message on its field after the field’s label', () => {
    const errors = formErrorsFromViolations(
      [
        { field: 'text', message: 'må fylles ut' },
        { field: 'position', message: 'må være minst 1' },
      ],
      labels,
    );
    expect(errors).toEqual({
      fields: { text: 'Tiltak: må fylles ut', position: 'Plassering: må være minst 1' },
      general: [],
    });
  });

  it('joins several messages for one field and keeps violations of fields the form does not show', () => {
    const errors = formErrorsFromViolations(
      [
        { field: 'links[0].url', message: 'må være en http- eller https-adresse' },
        { field: 'links[2].title', message: 'kan ha høyst 200 tegn' },
        { field: 'author', message: 'er ukjent' },
        { field: '', message: 'mangler innhold' },
      ],
      labels,
    );
    expect(errors.fields.links).toBe(
      'Lenker (nr. 1, url): må være en http- eller https-adresse. Lenker (nr. 3, title): kan ha høyst 200 tegn',
    );
    expect(errors.general).toEqual(['author: er ukjent', 'mangler innhold']);
  });
});

describe('violations inside list fields', () => {
  it('names the item and its part in the field’s own words', () => {
    const errors = formErrorsFromViolations(
      [{ field: 'links[1].url', message: 'må fylles ut' }],
      labels,
      { url: 'adresse' },
    );
    expect(errors.fields.links).toBe('Lenker (nr. 2, adresse): må fylles ut');
  });
});

describe('formErrorsFromError', () => {
  it('uses the server’s detail when a failure has no violations', () => {
    const conflict = new ProblemError({ status: 409, title: 'Conflict', detail: 'Tiltaket har statusrapporter.' });
    expect(formErrorsFromError(conflict, labels)).toEqual({ fields: {}, general: ['Tiltaket har statusrapporter.'] });
  });

  it('explains a failure that never reached the server', () => {
    expect(formErrorsFromError(new TypeError('Failed to fetch'), labels).general[0]).toMatch(/svarer ikke/);
  });
});

describe('parseWholeNumber', () => {
  it.each([
    ['3', 3],
    [' 12 ', 12],
    ['', null],
    ['1,5', null],
    ['-1', null],
    ['tre', null],
  ])('reads %j as %j', (text, expected) => {
    expect(parseWholeNumber(text)).toBe(expected);
  });
});
