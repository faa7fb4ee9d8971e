import { describe, expect, it } from 'vitest';
import { NameIndex, isNameSuffix, looksLikeClinician } from './names';
import type { Practitioner } from './roster/schema';
import { practitioner } from '../test/fixtures';

const people: Practitioner[] = [
  practitioner({ id: 'pena', name: { family: 'Peña', given: ['Elena', 'Marisol'] }, aliases: ['Lena Peña'] }, 1),
  practitioner({ id: 'obrien', name: { family: "O'Brien", given: ['Marcus'] } }, 2),
  practitioner({ id: 'raman', name: { family: 'Raman-Shah', given: ['Priya', 'K'] } }, 3),
  practitioner({ id: 'miller-ortho', name: { family: 'Miller', given: ['David', 'A'] } }, 4),
  practitioner({ id: 'miller-card', name: { family: 'Miller', given: ['David', 'R'] } }, 5),
  practitioner({ id: 'do', name: { family: 'Do', given: ['Anh'] } }, 6),
  practitioner({ id: 'cruz', name: { family: 'De La Cruz', given: ['Maria'] } }, 7),
  practitioner({ id: 'santos-md', name: { family: 'Santos', given: ['Maria'] }, type: 'MD' }, 8),
  practitioner({ id: 'santos-crna', name: { family: 'Santos', given: ['Maria'] }, type: 'CRNA' }, 9),
  practitioner({ id: 'muller', name: { family: 'Müller', given: ['Jürgen'] } }, 10),
];
const index = new NameIndex(people);
const who = (text: string) => {
  const r = index.resolve(text);
  return r.status === 'resolved' ? people[r.index].id : r.status;
};

describe('name resolution', () => {
  it.each([
    ['Peña, Elena M', 'pena'],
    ['Elena Peña', 'pena'],
    ['PENA, ELENA MD', 'pena'],
    ['Dr. Peña', 'pena'],
    ['E. Pena', 'pena'],
    ['Pena, E', 'pena'],
    ['Lena Peña', 'pena'],
    ['Peña, Lena', 'pena'],
    ["Marcus O'Brien", 'obrien'],
    ["Marcus O'Brien, DO", 'obrien'],
    ['OBRIEN, MARCUS', 'obrien'],
    ['O’Brien, Marcus', 'obrien'],
    ['Raman-Shah, Priya K', 'raman'],
    ['Priya Raman Shah', 'raman'],
    ['Dr. Priya Raman-Shah, MD, FACS', 'raman'],
    ['Anh Do', 'do'],
    ['Do, Anh MD', 'do'],
    ['Maria De La Cruz', 'cruz'],
    ['DE LA CRUZ, MARIA', 'cruz'],
    ['Jurgen Muller', 'muller'],
    ['MÜLLER, JÜRGEN', 'muller'],
    ['Maria Santos, CRNA', 'santos-crna'],
    ['Santos, Maria MD', 'santos-md'],
    ['Miller, David A', 'miller-ortho'],
  ])('reads "%s" as the roster practitioner %s', (text, id) => {
    expect(who(text)).toBe(id);
  });

  it('resolves an NPI, with or without a label, and only when it is on the roster', () => {
    expect(who(people[1].npi!)).toBe('obrien');
    expect(who(`NPI: ${people[1].npi}`)).toBe('obrien');
    expect(who('1234567893')).toBe('not-found');
  });

  it('will not pick between two people a page name fits', () => {
    expect(index.resolve('Dr. Miller')).toEqual({ status: 'ambiguous', candidates: [3, 4] });
    expect(index.resolve('David Miller').status).toBe('ambiguous');
    expect(index.resolve('Maria Santos').status).toBe('ambiguous');
  });

  it('treats a contradicting middle initial or given name as someone else', () => {
    expect(index.resolve('Peña, Elena Q')).toEqual({ status: 'not-found', candidates: [0] });
    expect(index.resolve('Miller, David Z').status).toBe('not-found');
    expect(index.resolve('Carlos Peña').status).toBe('not-found');
  });

  it('does not resolve names that are not on the roster', () => {
    expect(who('Gregory House')).toBe('not-found');
    expect(who('')).toBe('not-found');
    expect(who('MD')).toBe('not-found');
  });
});

describe('one degree grammar for the roster, the page scanner and the overlay', () => {
  it('tells a clinician mark from a plain name', () => {
    expect(['Dr. Peña', 'Doctor Miller', 'Santos, MD', 'Smith, PA-C', 'Lee CRNA'].map(looksLikeClinician)).toEqual([true, true, true, true, true]);
    expect(['Maria Santos', 'Mr. Smith', 'Anh Do Jr'].map(looksLikeClinician)).toEqual([false, false, false]);
  });

  it('knows the suffixes pages print after names', () => {
    expect(['MD', 'M.D.', 'pa-c', 'Jr.', 'FACS', 'III'].every(isNameSuffix)).toBe(true);
    expect(['Elena', 'Peña'].some(isNameSuffix)).toBe(false);
  });
});
