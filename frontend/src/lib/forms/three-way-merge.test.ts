import { describe, expect, it } from 'vitest';

import { mergeThreeWay } from './three-way-merge';

type Values = { text: string; responsibility: string; position: string };

const base: Values = { text: 'Tiltak slik det var', responsibility: 'Administrasjonen', position: '1' };

describe('merging an edit with a newer stored version', () => {
  it('takes the stored value of a field the user did not touch and keeps the field only the user changed', () => {
    const mine = { ...base, text: 'Tiltak slik jeg skrev det' };
    const stored = { ...base, responsibility: 'Kommunene' };

    const merge = mergeThreeWay(base, mine, stored);

    expect(merge.merged).toEqual({ text: 'Tiltak slik jeg skrev det', responsibility: 'Kommunene', position: '1' });
    expect(merge.takenFromStored).toEqual(['responsibility']);
    expect(merge.conflicts).toEqual([]);
  });

  it('reports a field both changed to different values as a conflict and keeps what the user typed there', () => {
    const mine = { ...base, responsibility: 'Regionrådet', position: '2' };
    const stored = { ...base, responsibility: 'Kommunene' };

    const merge = mergeThreeWay(base, mine, stored);

    expect(merge.merged).toEqual({ ...base, responsibility: 'Regionrådet', position: '2' });
    expect(merge.conflicts).toEqual(['responsibility']);
    expect(merge.takenFromStored).toEqual([]);
  });

  it('sees no conflict where both made the same change', () => {
    const mine = { ...base, text: 'Samme nye tekst' };
    const stored = { ...base, text: 'Samme nye tekst' };

    const merge = mergeThreeWay(base, mine, stored);

    expect(merge.merged).toEqual(stored);
    expect(merge.conflicts).toEqual([]);
    expect(merge.takenFromStored).toEqual([]);
  });

  it('compares lists by what they hold', () => {
    type WithLinks = { text: string; links: { url: string }[] };
    const from: WithLinks = { text: 'a', links: [{ url: 'https://a.example' }] };
    const mine: WithLinks = { text: 'b', links: [{ url: 'https://a.example' }] };
    const stored: WithLinks = { text: 'a', links: [{ url: 'https://a.example' }, { url: 'https://b.example' }] };

    const merge = mergeThreeWay(from, mine, stored);

    expect(merge.merged).toEqual({ text: 'b', links: stored.links });
    expect(merge.takenFromStored).toEqual(['links']);
    expect(merge.conflicts).toEqual([]);
  });

  it('changes nothing when neither changed anything', () => {
    const merge = mergeThreeWay(base, { ...base }, { ...base });

    expect(merge).toEqual({ merged: base, takenFromStored: [], conflicts: [] });
  });
});
