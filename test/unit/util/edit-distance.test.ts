import { describe, expect, it } from 'vitest';
import { closest, editDistance } from '../../../src/util/edit-distance.js';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('Catergory', 'Category')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
  it('stops early beyond the bound', () => {
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
});

describe('closest', () => {
  it('finds the one name a typo is near', () => {
    expect(closest('Expenditure Catergory', ['Body Name', 'Expenditure Category', 'Type'])).toBe('Expenditure Category');
    expect(closest('organisatonal unit', ['Organisational Unit', 'Type'])).toBe('Organisational Unit');
  });
  it('gives nothing when no name is near, or two are equally near', () => {
    expect(closest('Client', ['Body Name', 'Type'])).toBeUndefined();
    expect(closest('ab', ['ac', 'ad'])).toBeUndefined();
  });
});
