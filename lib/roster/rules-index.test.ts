import { describe, expect, it } from 'vitest';
import { Engine, viewOf, type RosterView } from '../engine';
import { generateRoster } from '../demo/generate';
import { RulesReader, buildRulesIndex } from './rules-index';
import type { Practitioner } from './schema';
import { readFileSync } from 'node:fs';
import { builtinVocabulary } from '../vocabulary/builtin';

const vocabulary = builtinVocabulary();

const TODAY = '2026-11-22';
const roster = generateRoster({ practitioners: 1500, seed: 9, asOf: TODAY });

/** What the rules and cards read of a practitioner (notes and unknown extra fields are not kept). */
function essentials(p: Practitioner) {
  return {
    id: p.id, npi: p.npi, type: p.type, department: p.department, aliases: p.aliases, status: p.status,
    name: { family: p.name.family, given: p.name.given, prefix: p.name.prefix, suffix: p.name.suffix },
    credentials: p.credentials.map((c) => ({ kind: c.kind, identifier: c.identifier, issuer: c.issuer, status: c.status, issued: c.issued, expires: c.expires, verifiedAt: c.verifiedAt })),
    privileges: p.privileges.map((g) => ({ privilegeId: g.privilegeId, status: g.status, effective: g.effective, expires: g.expires, conditions: g.conditions })),
  };
}

describe('the rules index (what verdicts read, as typed arrays)', () => {
  const index = buildRulesIndex(roster.practitioners);
  const reader = new RulesReader(structuredClone(index));

  it('gives back every practitioner\'s identity, status, credentials and grants exactly', () => {
    roster.practitioners.forEach((p, i) => expect(essentials(reader.practitioner(i)), p.id).toEqual(essentials(p)));
  });

  it('keeps any character in a string, including the separators it uses', () => {
    const odd = structuredClone(roster.practitioners.slice(0, 2));
    odd[0].credentials[0].identifier = 'A\u0000B';
    odd[1].name.family = 'Ünal\u0000';
    const r = new RulesReader(buildRulesIndex(odd));
    expect(r.practitioner(0).credentials[0].identifier).toBe('A\u0000B');
    expect(r.practitioner(1).name.family).toBe('Ünal\u0000');
  });

  it('gives the same verdicts as the full records, for every practitioner and a spread of bookings', () => {
    const full = new Engine(roster, { vocabulary });
    const fromIndex: RosterView = { ...viewOf(roster), practitioner: (i) => reader.practitioner(i) };
    const compact = new Engine(fromIndex, { vocabulary });
    const bookings = readFileSync(new URL('../../test/corpus/bookings.tsv', import.meta.url), 'utf8').split('\n')
      .filter((l) => l && !l.startsWith('#')).slice(1, 60).map((l) => l.split('\t')[1]);
    const dates = ['2026-11-23', '2027-03-01', '2028-06-30'];
    let compared = 0;
    roster.practitioners.forEach((p, i) => {
      const name = `${p.name.family}, ${p.name.given.join(' ')}`;
      const c = { practitioner: p.npi ?? name, procedure: bookings[i % bookings.length], date: dates[i % dates.length] };
      expect(compact.evaluateCase(c, { today: TODAY })).toEqual(full.evaluateCase(c, { today: TODAY }));
      expect(compact.evaluatePerson(c.practitioner, { today: TODAY })).toEqual(full.evaluatePerson(c.practitioner, { today: TODAY }));
      compared++;
    });
    expect(compared).toBe(1500);
  });
});
