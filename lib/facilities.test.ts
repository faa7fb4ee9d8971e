import { describe, expect, it } from 'vitest';
import { generateAscRoster, generateRoster } from './demo/generate';
import { Engine } from './engine';
import { FacilityDirectory, systemCredentials, worseReport } from './facilities';
import { VerdictPolicy, type RosterInForce } from './policy';
import type { Credential, Roster } from './roster/schema';
import { builtinVocabulary } from './vocabulary/builtin';

const MAIN = { id: 'sgh', name: "St. George's Hospital", aliases: ['SGH', 'MAIN OR'] };
const ASC = { id: 'asc-n', name: 'Surgery Center North', aliases: ['ASC NORTH'] };
const SISTER = { id: 'mercy', name: 'Mercy Medical Center' };

describe('which facility a schedule row names', () => {
  const dir = new FacilityDirectory([MAIN, ASC, SISTER], { mercy: ['MMC'] });

  it('reads a Location cell printed as the name, an alias, the id, or in another case and spacing', () => {
    expect(dir.resolve("St George's Hospital")?.id).toBe('sgh');
    expect(dir.resolve('sgh')?.id).toBe('sgh');
    expect(dir.resolve('Asc  North')?.id).toBe('asc-n');
    expect(dir.resolve('asc-n')?.id).toBe('asc-n');
  });

  it('takes aliases from settings as well as from the roster', () => {
    expect(dir.resolve('MMC')?.id).toBe('mercy');
  });

  it('reads a room that names its facility ("ASC NORTH OR 3", "MAIN OR 12")', () => {
    expect(dir.resolve('ASC NORTH OR 3')?.id).toBe('asc-n');
    expect(dir.resolve('MAIN OR 12')?.id).toBe('sgh');
  });

  it('names no facility for a room that names none, a blank cell, or words that only share letters', () => {
    expect(dir.resolve('OR 12')).toBeUndefined();
    expect(dir.resolve('  ')).toBeUndefined();
    expect(dir.resolve(undefined)).toBeUndefined();
    expect(dir.resolve('MAINTENANCE')).toBeUndefined();
  });

  it('names none when the text names two facilities, unless one name spans the other', () => {
    expect(dir.resolve('SGH / ASC NORTH')).toBeUndefined();
    const nested = new FacilityDirectory([{ id: 'main', name: 'Main', aliases: ['MAIN'] }, { id: 'main-asc', name: 'Main ASC' }]);
    expect(nested.resolve('MAIN ASC ROOM 2')?.id).toBe('main-asc');
    expect(nested.resolve('MAIN ROOM 2')?.id).toBe('main');
  });
});

describe('credentials shared across a health system', () => {
  const license = (extra: Partial<Credential>): Credential => ({ kind: 'license', issuer: 'CA', identifier: 'A-12345', expires: '2027-06-30', ...extra });

  it('counts the worse report when two rosters report the same license differently', () => {
    expect(worseReport(license({ status: 'active' }), license({ status: 'revoked' })).status).toBe('revoked');
    expect(worseReport(license({}), license({ expires: '2026-12-31' })).expires).toBe('2026-12-31');
    expect(systemCredentials([license({ status: 'active' })], [[license({ status: 'probation' })]])).toEqual([license({ status: 'probation' })]);
  });

  it('keeps another state\'s license beside this one, and never takes facility-level records from elsewhere', () => {
    const own = [license({}), { kind: 'malpractice', issuer: 'Carrier A', expires: '2027-01-01' } as Credential];
    const there = [license({ issuer: 'NV', identifier: 'NV-9' }), { kind: 'malpractice', issuer: 'Carrier B', expires: '2025-01-01' } as Credential];
    const out = systemCredentials(own, [there]);
    expect(out.map((c) => `${c.kind} ${c.issuer}`).sort()).toEqual(['license CA', 'license NV', 'malpractice Carrier A']);
  });

  it('lets an exclusion found at one facility count at every other', () => {
    const out = systemCredentials([{ kind: 'exclusion-check', issuer: 'OIG LEIE', status: 'clear' }], [[{ kind: 'exclusion-check', issuer: 'OIG LEIE', status: 'excluded' }]]);
    expect(out).toEqual([{ kind: 'exclusion-check', issuer: 'OIG LEIE', status: 'excluded' }]);
  });
});

describe('verdicts with several facilities\' rosters loaded', () => {
  const asOf = '2026-11-22';
  const NOW = new Date('2026-11-22T12:00:00Z');
  const hospital = generateRoster({ practitioners: 60, seed: 3, asOf });
  const asc = generateAscRoster(hospital);
  const vocabulary = builtinVocabulary();
  const inForce = (r: Roster): RosterInForce => ({ engine: new Engine(r, { vocabulary }), generatedAt: r.generatedAt, facility: r.facility });
  const both = [inForce(hospital), inForce(asc)];
  const policy = new VerdictPolicy(both);
  const robotic = { practitioner: 'PENA, ELENA MD', procedure: 'ROBOTIC LAP CHOLE', date: '2026-12-01' };
  const one = (c: Parameters<VerdictPolicy['cases']>[0][number]) => policy.cases([c], NOW)[0];

  it('checks a case at the facility its Location names: the robot is privileged at the hospital, not at the ASC', () => {
    const main = one({ ...robotic, facility: 'Riverside General Hospital' });
    expect(main.verdict).toBe('ok');
    expect(main.facility?.id).toBe('riverside-general');
    const north = one({ ...robotic, facility: 'ASC NORTH' });
    expect(north.verdict).toBe('block');
    expect(north.facility?.name).toBe('Riverside Surgery Center North');
    expect(north.reasons.some((r) => r.code === 'privilege-missing' && /Robotic/.test(r.message))).toBe(true);
  });

  it('reads the facility from a room that names it, and from the page\'s pin when the row names none', () => {
    expect(one({ ...robotic, room: 'ASC NORTH OR 2' }).verdict).toBe('block');
    expect(one({ ...robotic, pinnedFacility: 'riverside-asc-north' }).verdict).toBe('block');
    expect(one({ ...robotic, facility: 'MAIN OR', pinnedFacility: 'riverside-asc-north' }).verdict).toBe('ok');
  });

  it('gives no verdict for a case whose facility is not shown when the facilities disagree, naming each answer', () => {
    const v = one(robotic);
    expect(v.verdict).toBe('unknown');
    expect(v.reasons[0].code).toBe('facility-not-shown');
    expect(v.reasons[0].message).toMatch(/facility is not shown, and the answer differs by facility — Riverside General Hospital: ok; Riverside Surgery Center North: block \(Robotic approach: not privileged/);
    expect(v.practitioner?.name).toMatch(/Peña/);
  });

  it('gives no verdict for a Location InScope does not know when the facilities disagree', () => {
    const v = one({ ...robotic, facility: 'Lakeside Pavilion' });
    expect(v.verdict).toBe('unknown');
    expect(v.reasons[0].message).toMatch(/^The case's facility "Lakeside Pavilion" is not one InScope knows, and the answer differs/);
  });

  it('gives the verdict for a case whose facility is not shown when it is the same everywhere, and says so', () => {
    const v = one({ practitioner: 'PENA, ELENA MD', procedure: 'LAP CHOLE', date: '2026-12-01' });
    expect(v.verdict).toBe('ok');
    expect(v.reasons.at(-1)?.message).toMatch(/the answer is the same at every facility loaded \(Riverside General Hospital, Riverside Surgery Center North\)/);
    const suspended = one({ practitioner: 'Whitfield, Thomas', procedure: 'ORIF ANKLE', date: '2026-12-01' });
    expect(suspended.verdict).toBe('block');
  });

  it('finds a practitioner only in the roster of the case\'s facility', () => {
    // A psychiatrist holds no privilege the ASC grants, so the ASC's roster does not list him.
    expect(one({ practitioner: 'Ashworth, Robert', procedure: 'ECT', date: '2026-12-01', facility: 'MAIN OR' }).verdict).toBe('ok');
    const v = one({ practitioner: 'Ashworth, Robert', procedure: 'ECT', date: '2026-12-01', facility: 'ASC NORTH' });
    expect(v.verdict).toBe('unknown');
    expect(v.reasons[0].code).toBe('practitioner-not-found');
    expect(v.reasons[0].message).toBe('"Ashworth, Robert" is not in the roster of Riverside Surgery Center North.');
  });

  it('counts a license lapse the hospital reports at the ASC too (the worse report counts)', () => {
    const lapsed = structuredClone(hospital);
    const pena = lapsed.practitioners.find((p) => p.name.family === 'Peña')!;
    pena.credentials.find((c) => c.kind === 'license')!.status = 'suspended';
    const system = new VerdictPolicy([inForce(lapsed), inForce(asc)]);
    const v = system.cases([{ ...robotic, procedure: 'LAP CHOLE', facility: 'ASC NORTH' }], NOW)[0];
    expect(v.verdict).toBe('block');
    expect(v.reasons.some((r) => r.code === 'credential-inactive' && r.credential === 'license')).toBe(true);
    // Alone, the ASC's roster would have said ok.
    expect(new VerdictPolicy(inForce(asc)).cases([{ ...robotic, procedure: 'LAP CHOLE' }], NOW)[0].verdict).toBe('ok');
  });

  it('leaves single-roster behaviour as it was: a Location column changes nothing', () => {
    const single = new VerdictPolicy(inForce(hospital));
    const v = single.cases([{ ...robotic, facility: 'ASC NORTH' }], NOW)[0];
    expect(v.verdict).toBe('ok');
    expect(v.facility).toBeUndefined();
  });

  it("answers nothing it cannot place while another facility's roster could not be loaded, even with one roster in force", () => {
    const partial = new VerdictPolicy([inForce(hospital)], undefined, 'load a roster.', undefined, { missing: ['https://cred.example.org/asc.json has not synced yet'] });
    expect(partial.cases([{ ...robotic, facility: 'MAIN OR' }], NOW)[0].verdict).toBe('ok');
    const v = partial.cases([robotic], NOW)[0];
    expect(v.verdict).toBe('unknown');
    expect(v.reasons[0].message).toBe("The case's facility is not shown, and the roster of another facility could not be loaded (https://cred.example.org/asc.json has not synced yet): verify the case.");
    expect(partial.notice(NOW)).toMatch(/^A facility's roster could not be loaded/);
  });

  it('answers a person card at the pinned facility, or wherever the roster knows the person', () => {
    const [v] = policy.people(['Whitfield, Thomas'], NOW);
    expect(v.verdict).toBe('block');
    const card = policy.personCard('Ashworth, Robert', NOW);
    expect(card.details?.facility?.id).toBe('riverside-general');
    expect(policy.personCard('PENA, ELENA MD', NOW, 'riverside-asc-north').details?.privileges.map((p) => p.privilegeId)).not.toContain('ROBOTIC');
  });

  it("names each facility's answer for a person only where the roster knows them", () => {
    // A third facility that does not list Dr. Peña, first in the list; the ASC suspends her.
    const clinic = { ...hospital, facility: { id: 'clinic', name: 'Clinic Annex' }, practitioners: hospital.practitioners.filter((p) => p.name.family !== 'Peña') };
    const suspended = { ...asc, practitioners: asc.practitioners.map((p) => (p.name.family === 'Peña' ? { ...p, status: 'suspended' as const } : p)) };
    const [v] = new VerdictPolicy([inForce(clinic), inForce(hospital), inForce(suspended)]).people(['PENA, ELENA MD'], NOW);
    expect(v.verdict).toBe('unknown');
    expect(v.reasons[0].message).toMatch(/answer differs by facility — Riverside General Hospital: ok; Riverside Surgery Center North: block/);
  });

  it('says which facility\'s roster is out of date, and only that one holds back its cases', () => {
    const old = { ...inForce(asc), generatedAt: '2026-11-19T06:00:00Z' };
    const system = new VerdictPolicy([inForce(hospital), old]);
    expect(system.notice(NOW)).toMatch(/^The roster of Riverside Surgery Center North \(generated 2026-11-19T06:00:00Z\) is out of date/);
    const lap = { ...robotic, procedure: 'LAP CHOLE' };
    expect(system.cases([{ ...lap, facility: 'MAIN OR' }], NOW)[0].verdict).toBe('ok');
    expect(system.cases([{ ...lap, facility: 'ASC NORTH' }], NOW)[0].verdict).toBe('unknown');
  });
});
