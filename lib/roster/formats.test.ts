import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEMO_CATALOG } from '../demo/catalog';
import { generateRoster } from '../demo/generate';
import { decodeRosterCsv, encodeRosterCsv } from './csv-format';
import { decodeFhirRoster, encodeFhirBundle, nextPageUrl } from './fhir';
import { detectRosterFormat, parseRosterText } from './load';
import type { Roster } from './schema';

const now = new Date('2026-11-22T06:00:00Z');
const demo = () => JSON.parse(JSON.stringify(generateRoster({ practitioners: 60, seed: 11, asOf: '2026-11-22' }))) as Roster;

/** The parts of a roster a CSV or FHIR export carries, in a comparable order. */
function people(r: Roster) {
  return r.practitioners.map((p) => ({
    ...p,
    credentials: [...p.credentials].sort((a, b) => a.kind.localeCompare(b.kind)),
  }));
}

describe('roster CSV', () => {
  it('round-trips a demo roster: one row per practitioner-privilege, credentials as columns', () => {
    const roster = demo();
    const csv = encodeRosterCsv(roster);
    expect(csv.split('\r\n')[0]).toMatch(/^facility_id,facility_name,practitioner_id,npi,family_name,given_names,/);
    expect(csv.trim().split('\r\n').length - 1).toBe(roster.practitioners.reduce((n, p) => n + Math.max(1, p.privileges.length), 0));
    const back = decodeRosterCsv(csv, { catalog: DEMO_CATALOG, now });
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.roster.facility).toEqual(roster.facility);
    expect(back.roster.privileges).toEqual(DEMO_CATALOG);
    expect(people(back.roster)).toEqual(people(roster));
  });

  it('reads what exports look like: BOM, CRLF, quoted commas, US dates, other column names', () => {
    const csv = '\ufeffProvider_ID,Last_Name,First_Name,Middle_Name,Degree,Status,Privilege_Code,Privilege_Status,Privilege_Start,Privilege_End,Conditions,License_Number,License_State,License_Expires\r\n'
      + 'X1,"Peña, Jr",Elena,M,MD,Active,GS-CORE,granted,01/01/2025,12/31/2027,,A123,CA,06/30/2027\r\n'
      + 'X1,"Peña, Jr",Elena,M,MD,Active,ROBOTIC,provisional,2025-01-01,2027-12-31,proctor-required;supervision-required,A123,CA,06/30/2027\r\n';
    expect(detectRosterFormat(csv)).toBe('csv');
    const r = decodeRosterCsv(csv, { catalog: DEMO_CATALOG, now });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.roster.practitioners).toEqual([{
      id: 'X1', name: { family: 'Peña, Jr', given: ['Elena', 'M'] }, type: 'MD', status: 'active',
      credentials: [{ kind: 'license', identifier: 'A123', issuer: 'CA', expires: '2027-06-30' }],
      privileges: [
        { privilegeId: 'GS-CORE', status: 'granted', effective: '2025-01-01', expires: '2027-12-31' },
        { privilegeId: 'ROBOTIC', status: 'provisional', effective: '2025-01-01', expires: '2027-12-31', conditions: ['proctor-required', 'supervision-required'] },
      ],
    }]);
  });

  it('names the row and column of a bad date, and rows that disagree about one practitioner', () => {
    const csv = 'practitioner_id,family_name,given_names,type,status,privilege_id,privilege_status,license_expires\n'
      + 'A,Bello,Aisha,MD,active,NS-CORE,granted,13/45/2027\n'
      + 'A,Bello,Aisha,DO,active,SPINE,granted,2027-01-01\n';
    const r = decodeRosterCsv(csv, { catalog: DEMO_CATALOG });
    expect(r.ok ? [] : r.errors).toEqual([
      { path: 'row 2, column license_expires', message: '"13/45/2027" is not a date (use YYYY-MM-DD or MM/DD/YYYY)' },
      { path: 'row 3, column type', practitioner: 'A', message: 'is "DO" but row 2 has "MD" for the same practitioner' },
    ]);
  });

  it('points schema errors at the practitioner\'s row', () => {
    const csv = 'practitioner_id,family_name,given_names,type,status,npi\nA,Bello,Aisha,MD,active,1234567890\nB,Okafor,James,MD,on leave,\n';
    const r = decodeRosterCsv(csv, { catalog: DEMO_CATALOG });
    expect(r.ok ? [] : r.errors.map((e) => e.path)).toEqual(['row 2 (npi)', 'row 3 (status)']);
  });

  it('says which required columns are missing', () => {
    expect(decodeRosterCsv('practitioner_id,family_name\nA,B\n')).toEqual({ ok: false, errors: [{ path: 'header', message: 'is missing the columns given_names, type, status (see docs/roster-csv.md)' }] });
  });

  it('keeps a privilege the catalog does not define as a stub with no procedures, so its cases stay unknown', () => {
    const csv = 'practitioner_id,family_name,given_names,type,status,privilege_id,privilege_name,privilege_status\nA,Bello,Aisha,MD,active,NS-NEW,Awake craniotomy program,granted\n';
    const r = decodeRosterCsv(csv, { catalog: DEMO_CATALOG });
    expect(r.ok && r.roster.privileges.at(-1)).toEqual({ id: 'NS-NEW', name: 'Awake craniotomy program', kind: 'core', procedures: [] });
  });
});

describe('roster FHIR R4', () => {
  it('round-trips a demo roster through a Bundle', () => {
    const roster = demo();
    const bundle = encodeFhirBundle(roster);
    const text = JSON.stringify(bundle);
    expect(detectRosterFormat(text)).toBe('fhir');
    const back = decodeFhirRoster(text, { catalog: DEMO_CATALOG });
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.roster.generatedAt).toBe('2026-11-22T06:00:00.000Z');
    expect(back.roster.facility).toEqual(roster.facility);
    expect(people(back.roster)).toEqual(people(roster));
  });

  it('reads NDJSON, one resource a line, and names a broken line', () => {
    const bundle = encodeFhirBundle(demo()) as { entry: Array<{ resource: unknown }> };
    const ndjson = bundle.entry.map((e) => JSON.stringify(e.resource)).join('\n');
    expect(parseRosterText(ndjson, 'roster.ndjson', { catalog: DEMO_CATALOG }).ok).toBe(true);
    const broken = `${ndjson.split('\n').slice(0, 3).join('\n')}\n{"resourceType": "Practitioner",`;
    expect(decodeFhirRoster(broken)).toMatchObject({ ok: false, errors: [{ path: 'line 4', message: expect.stringMatching(/^is not valid JSON/) }] });
  });

  it('maps grant status, conditions and period from PractitionerRole', () => {
    const text = JSON.stringify({
      resourceType: 'Bundle', type: 'searchset', timestamp: '2026-11-21T23:00:00-05:00',
      entry: [
        { resource: { resourceType: 'Practitioner', id: 'p1', identifier: [{ system: 'http://hl7.org/fhir/sid/us-npi', value: '1234567893' }], name: [{ family: 'Bello', given: ['Aisha'] }], qualification: [{ code: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0360', code: 'MD' }] } }, { code: { coding: [{ system: 'https://inscope.invalid/fhir/CodeSystem/credential-kind', code: 'license' }] }, period: { end: '2027-06-30' } }] } },
        { resource: { resourceType: 'PractitionerRole', id: 'r1', practitioner: { reference: 'Practitioner/p1' }, period: { start: '2025-01-01', end: '2027-12-31' }, code: [{ coding: [{ system: 'https://inscope.invalid/fhir/CodeSystem/privilege', code: 'SPINE' }] }], extension: [{ url: 'https://inscope.invalid/fhir/StructureDefinition/privilege-grant-status', valueCode: 'provisional' }, { url: 'https://inscope.invalid/fhir/StructureDefinition/privilege-condition', valueString: 'proctor-required' }] } },
        { resource: { resourceType: 'PractitionerRole', id: 'r2', active: false, practitioner: { reference: 'Practitioner/p1' }, code: [{ coding: [{ system: 'https://inscope.invalid/fhir/CodeSystem/privilege', code: 'NS-CORE' }] }] } },
        { resource: { resourceType: 'VerificationResult', id: 'v1', target: [{ reference: 'Practitioner/p1' }], status: 'val-fail', lastPerformed: '2026-11-20' } },
      ],
    });
    const r = decodeFhirRoster(text, { catalog: DEMO_CATALOG });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.roster.generatedAt).toBe('2026-11-22T04:00:00.000Z');
    expect(r.roster.practitioners[0].privileges).toEqual([
      { privilegeId: 'SPINE', status: 'provisional', effective: '2025-01-01', expires: '2027-12-31', conditions: ['proctor-required'] },
      { privilegeId: 'NS-CORE', status: 'expired' },
    ]);
    expect(r.roster.practitioners[0].credentials).toContainEqual({ kind: 'exclusion-check', status: 'excluded', verifiedAt: '2026-11-20' });
  });

  it('names the resource of a PractitionerRole whose practitioner is missing', () => {
    const text = JSON.stringify({ resourceType: 'Bundle', entry: [
      { resource: { resourceType: 'Practitioner', id: 'p1', name: [{ family: 'Bello', given: ['Aisha'] }], qualification: [{ code: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0360', code: 'MD' }] } }] } },
      { resource: { resourceType: 'PractitionerRole', id: 'r9', practitioner: { reference: 'Practitioner/ghost' }, code: [{ coding: [{ code: 'GS-CORE' }] }] } },
    ] });
    expect(decodeFhirRoster(text)).toEqual({ ok: false, errors: [{ path: 'entry[1] (PractitionerRole/r9).practitioner', message: 'refers to Practitioner/ghost, which is not in the file' }] });
  });

  it('finds the next page of a search Bundle', () => {
    expect(nextPageUrl({ link: [{ relation: 'self', url: 'a' }, { relation: 'next', url: 'b?page=2' }] })).toBe('b?page=2');
    expect(nextPageUrl({ link: [{ relation: 'self', url: 'a' }] })).toBeUndefined();
  });

  it('ships a sample that decodes against the demo catalog', () => {
    const sample = readFileSync(new URL('../../docs/samples/roster-fhir-bundle.json', import.meta.url), 'utf8');
    const r = decodeFhirRoster(sample, { catalog: DEMO_CATALOG });
    expect(r.ok && r.roster.practitioners.length).toBe(3);
  });
});
