/**
 * The bad-input corpus: rosters, schedules and CDS Hooks requests as real systems get them wrong.
 * Each either gets a clear error naming the row, column, resource or field (and the roster in use
 * stays), or a verdict that is not `ok`. Never a crash, never a silent default.
 */
import 'fake-indexeddb/auto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCdsService, type CdsService } from '../cli/serve';
import { generateRoster } from '../lib/demo/generate';
import { Engine } from '../lib/engine';
import { VerdictPolicy } from '../lib/policy';
import { encodeRosterCsv } from '../lib/roster/csv-format';
import { encodeFhirBundle } from '../lib/roster/fhir';
import { readRosterBytes } from '../lib/roster/load';
import type { Roster } from '../lib/roster/schema';
import { formatRosterError } from '../lib/roster/validate';
import { parseSchedule } from '../lib/schedule';
import { DEFAULT_SETTINGS } from '../extension/settings';
import { InScopeDb } from '../extension/store/db';
import { InScopeService } from '../extension/store/service';
import { builtinVocabulary } from '../lib/vocabulary/builtin';

const vocabulary = builtinVocabulary();

const AS_OF = '2026-11-22';
const NOW = new Date('2026-11-22T12:00:00Z');
const base = generateRoster({ practitioners: 6, seed: 3, asOf: AS_OF });
base.generatedAt = '2026-11-22T06:00:00Z';
const catalog = base.privileges;
const clone = (): Roster => JSON.parse(JSON.stringify(base)) as Roster;
const json = (edit: (r: Record<string, any>) => void): string => {
  const r = clone() as unknown as Record<string, any>;
  edit(r);
  return JSON.stringify(r);
};
const enc = (s: string) => new TextEncoder().encode(s);

/** A roster file and what InScope must say about it. */
interface Refused { name: string; bytes: Uint8Array; error: RegExp }

const refusedJson: Refused[] = ([
  ['a roster with no generatedAt', json((r) => { delete r.generatedAt; }), /^generatedAt: is required/],
  ['a generatedAt in the future', json((r) => { r.generatedAt = '2027-06-01T00:00:00Z'; }), /^generatedAt: is 2027-06-01T00:00:00Z, after now .*future/],
  ['a generatedAt that is not a date-time', json((r) => { r.generatedAt = 'yesterday'; }), /^generatedAt: must be an ISO date-time/],
  ['another format', json((r) => { r.format = 'roster-export'; }), /^format: is "roster-export", expected "inscope-roster"/],
  ['version 2', json((r) => { r.version = 2; }), /^version: is 2; this InScope reads version 1/],
  ['no facility', json((r) => { delete r.facility; }), /^facility: is required/],
  ['a facility without an id', json((r) => { r.facility = { name: 'X' }; }), /^facility\.id: is required/],
  ['privileges that are not a list', json((r) => { r.privileges = {}; }), /^privileges: must be a list/],
  ['two privileges with one id', json((r) => { r.privileges.push({ ...r.privileges[0] }); }), /duplicates privilege id/],
  ['a privilege of an unknown kind', json((r) => { r.privileges[0].kind = 'basic'; }), /^privileges\[0\]\.kind: must be one of "core", "special"/],
  ['an approach no one knows', json((r) => { r.privileges[0].approach = 'telepathic'; }), /^privileges\[0\]\.approach: must be one of/],
  ['a practitioner without an id', json((r) => { delete r.practitioners[0].id; }), /^practitioners\[0\]\.id \[practitioner #1 .*\]: is required/],
  ['two practitioners with one id', json((r) => { r.practitioners[1].id = r.practitioners[0].id; }), /^practitioners\[1\]\.id .*duplicates the id of practitioners\[0\]/],
  ['two practitioners with one NPI', json((r) => { r.practitioners[1].npi = r.practitioners[0].npi; }), /^practitioners\[1\]\.npi .*is also on practitioners\[0\]/],
  ['an NPI with a wrong check digit', json((r) => { r.practitioners[0].npi = '1234567890'; }), /^practitioners\[0\]\.npi .*: is not a valid NPI/],
  ['an empty family name', json((r) => { r.practitioners[0].name.family = ' '; }), /^practitioners\[0\]\.name\.family .*: must not be empty/],
  ['given names that are not a list', json((r) => { r.practitioners[0].name.given = 'Elena'; }), /^practitioners\[0\]\.name\.given .*: must be a list/],
  ['no practitioner type', json((r) => { delete r.practitioners[0].type; }), /^practitioners\[0\]\.type .*: is required/],
  ['a practitioner status of "on leave"', json((r) => { r.practitioners[0].status = 'on leave'; }), /^practitioners\[0\]\.status .*: must be one of "active", "inactive", "suspended", not "on leave"/],
  ['credentials that are not a list', json((r) => { r.practitioners[0].credentials = null; }), /^practitioners\[0\]\.credentials .*: must be a list, not null/],
  ['a credential of an unknown kind', json((r) => { r.practitioners[0].credentials[0].kind = 'passport'; }), /^practitioners\[0\]\.credentials\[0\]\.kind .*: must be one of/],
  ['a credential expiring on 2027-02-30', json((r) => { r.practitioners[0].credentials[0].expires = '2027-02-30'; }), /^practitioners\[0\]\.credentials\[0\]\.expires .*: must be a date written YYYY-MM-DD/],
  ['a credential date written 12/31/2027', json((r) => { r.practitioners[0].credentials[0].expires = '12/31/2027'; }), /credentials\[0\]\.expires .*: must be a date written YYYY-MM-DD/],
  ['an empty credential status', json((r) => { r.practitioners[0].credentials[0].status = ''; }), /credentials\[0\]\.status .*: must not be empty/],
  ['a grant of a privilege the catalog lacks', json((r) => { r.practitioners[0].privileges[0].privilegeId = 'NOPE'; }), /privileges\[0\]\.privilegeId .*refers to privilege "NOPE"/],
  ['a grant status of "ok"', json((r) => { r.practitioners[0].privileges[0].status = 'ok'; }), /privileges\[0\]\.status .*: must be one of "granted"/],
  ['a grant expiring before it starts', json((r) => { Object.assign(r.practitioners[0].privileges[0], { effective: '2027-01-01', expires: '2026-01-01' }); }), /privileges\[0\]\.expires .*: is before effective/],
  ['conditions that are not a list', json((r) => { r.practitioners[0].privileges[0].conditions = 'proctor-required'; }), /privileges\[0\]\.conditions .*: must be a list/],
  ['a JSON syntax error', '{"format": "inscope-roster", "version": 1,,}', /^\(file\): is not valid JSON/],
  ['a JSON file cut off in the middle', JSON.stringify(base).slice(0, 900), /^\(file\): is not valid JSON/],
  ['a top-level list', '[{"format":"inscope-roster"}]', /is not an InScope roster/],
  ['JSON null', 'null', /is not an InScope roster/],
  ['an empty file', '', /^\(file\): is empty/],
  ['a file of blank lines and a BOM', '\ufeff\n\n  \n', /^\(file\): is empty/],
  ['an HTML error page', '<!doctype html><title>502 Bad Gateway</title>', /is not an InScope roster/],
] as Array<[string, string, RegExp]>).map(([name, text, error]) => ({ name, bytes: enc(text), error }));

const csvBase = encodeRosterCsv(base);
const csvHeader = csvBase.split('\r\n')[0];
const csvRows = csvBase.split('\r\n').slice(1, -1);
const csvCol = (name: string) => csvHeader.split(',').indexOf(name);
const csvWith = (row: number, column: string, value: string) => {
  const rows = csvRows.map((r) => r);
  const cells = rows[row].split(',');
  cells[csvCol(column)] = value;
  rows[row] = cells.join(',');
  return [csvHeader, ...rows].join('\r\n');
};
/** The first practitioner's value in every one of their rows. */
const csvPerson = (column: string, value: string) => {
  const id = csvRows[0].split(',')[csvCol('practitioner_id')];
  return [csvHeader, ...csvRows.map((r) => {
    const cells = r.split(',');
    if (cells[csvCol('practitioner_id')] === id) cells[csvCol(column)] = value;
    return cells.join(',');
  })].join('\r\n');
};
const withoutColumn = (column: string) => {
  const i = csvCol(column);
  return [csvHeader, ...csvRows].map((r) => r.split(',').filter((_, k) => k !== i).join(',')).join('\r\n');
};

const refusedCsv: Refused[] = ([
  ['a CSV without the privilege_status column', withoutColumn('privilege_status'), /^header: is missing the column privilege_status/],
  ['a CSV without the status column', withoutColumn('status'), /^header: is missing the column status/],
  ['a CSV without family names', withoutColumn('family_name'), /is not an InScope roster|is missing the column/],
  ['a blank privilege status', csvWith(0, 'privilege_status', ''), /^row 2, column privilege_status .*: is empty for privilege/],
  ['a privilege status of "active"', csvWith(0, 'privilege_status', 'active'), /^row 2 \(privileges\[0\]\.status\).*must be one of "granted"/],
  ['a CSV cut off mid-row', [csvHeader, ...csvRows].join('\r\n').slice(0, -40), /^row \d+: has \d+ cells where the header has \d+: the file may be cut off/],
  ['a row with an unquoted comma', csvWith(1, 'department', 'Surgery, General'), /^row 3: has \d+ cells where the header has \d+: a value may hold an unquoted comma/],
  ['a quoted field never closed', `${csvHeader}\r\n"${csvRows[0]}`, /^row 2: a quoted field opened on line 2 is never closed/],
  ['a license date of 13/45/2027', csvWith(0, 'license_expires', '13/45/2027'), /^row 2, column license_expires: "13\/45\/2027" is not a date/],
  ['a privilege end date of "soon"', csvWith(0, 'privilege_expires', 'soon'), /^row 2, column privilege_expires: "soon" is not a date/],
  ['a generated_at that is not a time', csvWith(0, 'generated_at', 'last night'), /^row 2, column generated_at: "last night" is not a date-time/],
  ['a generated_at in the future', csvWith(0, 'generated_at', '2030-01-01T00:00:00Z'), /^generatedAt: is 2030-01-01T00:00:00.000Z, after now/],
  ['one practitioner with two types', csvWith(1, 'type', 'XX'), /column type .*: is "XX" but row 2 has/],
  ['an invalid NPI', csvPerson('npi', '1111111111'), /^row 2 \(npi\).*: is not a valid NPI/],
  ['a practitioner status of "Active - Full"', csvPerson('status', 'Active - Full'), /^row 2 \(status\).*must be one of "active", "inactive", "suspended", not "active - full"/],
  ['one practitioner with two NPIs', csvWith(0, 'npi', '1111111111'), /^row 3, column npi .*: is "\d+" but row 2 has "1111111111"/],
  ['a header row only', csvHeader, /^\(file\): has no rows under its header/],
  ['NUL bytes (a spreadsheet saved as .xlsx, renamed)', csvHeader.replace(',', ',\0'), /is not text \(it holds NUL bytes\)/],
] as Array<[string, string, RegExp]>).map(([name, text, error]) => ({ name, bytes: enc(text), error }));

const fhirBase = encodeFhirBundle(base) as { entry: Array<{ resource: Record<string, any> }> };
const fhir = (edit: (b: Record<string, any>) => void) => {
  const b = JSON.parse(JSON.stringify(fhirBase));
  edit(b);
  return JSON.stringify(b);
};
const firstOf = (b: Record<string, any>, type: string): Record<string, any> => (b.entry as Array<{ resource: Record<string, any> }>).find((e) => e.resource.resourceType === type)!.resource;

const refusedFhir: Refused[] = ([
  ['a FHIR OperationOutcome', JSON.stringify({ resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'forbidden', diagnostics: 'Token expired' }] }), /^\(file\): is a FHIR OperationOutcome \(the server reported an error: Token expired\), not a roster/],
  ['a Bundle of Patients', JSON.stringify({ resourceType: 'Bundle', type: 'searchset', entry: [{ resource: { resourceType: 'Patient', id: 'p1' } }] }), /^\(file\): holds Patient but no Practitioner: it is not a roster/],
  ['an empty searchset', JSON.stringify({ resourceType: 'Bundle', type: 'searchset', total: 0 }), /^\(file\): holds no resources: it is not a roster/],
  ['a Bundle with a null entry', fhir((b) => { b.entry.splice(1, 0, null); }), /^Bundle\.entry\[1\]: is null/],
  ['an entry without a resource', fhir((b) => { b.entry.splice(1, 0, { fullUrl: 'x' }); }), /^Bundle\.entry\[1\]\.resource: is missing/],
  ['entries that are not a list', fhir((b) => { b.entry = { resource: {} }; }), /^Bundle\.entry: must be a list/],
  ['a lone Patient', JSON.stringify({ resourceType: 'Patient', id: 'p1' }), /holds Patient but no Practitioner/],
  ['a Practitioner whose name is not a list', fhir((b) => { firstOf(b, 'Practitioner').name = { family: 'Peña' }; }), /\(Practitioner\/[^)]+\)\.name: must be a list/],
  ['given names that are one string', fhir((b) => { firstOf(b, 'Practitioner').name[0].given = 'Elena'; }), /\(Practitioner\/[^)]+\)\.name\[0\]\.given: must be a list/],
  ['an identifier that is not a list', fhir((b) => { firstOf(b, 'Practitioner').identifier = { value: '1' }; }), /\(Practitioner\/[^)]+\)\.identifier: must be a list/],
  ['a license period that ends on "never"', fhir((b) => { firstOf(b, 'Practitioner').qualification[1].period = { end: 'never' }; }), /\(Practitioner\/[^)]+\)\.qualification\[1\]\.period\.end: "never" is not a FHIR date/],
  ['active written "yes"', fhir((b) => { firstOf(b, 'Practitioner').active = 'yes'; }), /\(Practitioner\/[^)]+\)\.active: must be boolean/],
  ['a Practitioner without an id', fhir((b) => { delete firstOf(b, 'Practitioner').id; }), /\(Practitioner\/\?\)\.id: is required/],
  ['the same Practitioner twice', fhir((b) => { b.entry.push(JSON.parse(JSON.stringify(b.entry[1]))); }), /appears twice in the file/],
  ['a role for a Practitioner not in the file', fhir((b) => { firstOf(b, 'PractitionerRole').practitioner = { reference: 'Practitioner/ghost' }; }), /\(PractitionerRole\/[^)]+\)\.practitioner: refers to Practitioner\/ghost, which is not in the file/],
  ['a role with no privilege code', fhir((b) => { firstOf(b, 'PractitionerRole').code = []; }), /\(PractitionerRole\/[^)]+\)\.code .*: has no privilege code/],
  ['a role whose code is one object', fhir((b) => { firstOf(b, 'PractitionerRole').code = { coding: [] }; }), /\(PractitionerRole\/[^)]+\)\.code: must be a list/],
  ['a role period starting "Jan 2026"', fhir((b) => { firstOf(b, 'PractitionerRole').period = { start: 'Jan 2026' }; }), /\(PractitionerRole\/[^)]+\)\.period\.start: "Jan 2026" is not a FHIR date/],
  ['a grant status no one knows', fhir((b) => { firstOf(b, 'PractitionerRole').extension[0].valueCode = 'maybe'; }), /\(Practitioner\/[^)]+\)\.privileges\[0\]\.status .*: must be one of "granted".*not "maybe"/],
  ['a check for a Practitioner not in the file', fhir((b) => { firstOf(b, 'VerificationResult').target = [{ reference: 'Practitioner/ghost' }]; }), /\(VerificationResult\/[^)]+\)\.target: refers to Practitioner\/ghost/],
  ['a practitioner type that is missing', fhir((b) => { firstOf(b, 'Practitioner').qualification.shift(); }), /\(Practitioner\/[^)]+\)\.qualification .*: names no practitioner type: add a qualification coded in/],
  ['an NDJSON line that is not JSON', `${JSON.stringify(fhirBase.entry[1].resource)}\n{"resourceType": "Practitioner",\n`, /^line 2: is not valid JSON/],
  ['an NDJSON line that is a list', `${JSON.stringify(fhirBase.entry[1].resource)}\n[1,2]\n`, /^line 2: is not a FHIR resource/],
  ['FHIR XML', '<?xml version="1.0"?><Bundle xmlns="http://hl7.org/fhir"><type value="collection"/></Bundle>', /is FHIR XML: InScope reads FHIR as JSON/],
  ['a Bundle timestamp in the future', fhir((b) => { b.timestamp = '2031-01-01T00:00:00Z'; delete b.meta; for (const e of b.entry) delete e.resource.meta; }), /^generatedAt: is 2031-01-01T00:00:00.000Z, after now/],
] as Array<[string, string, RegExp]>).map(([name, text, error]) => ({ name, bytes: enc(text), error }));

const refusedBytes: Refused[] = [
  { name: 'UTF-16 text without its byte-order mark', bytes: new Uint8Array([...enc('{"a"')].flatMap((b) => [b, 0])), error: /is not text \(it holds NUL bytes\)/ },
  { name: 'bytes that are neither UTF-8 nor Windows-1252', bytes: new Uint8Array([0x7b, 0x81, 0x8d, 0xc3]), error: /is neither UTF-8 nor Windows-1252 text/ },
  { name: 'a UTF-8 BOM before invalid UTF-8', bytes: new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0xc3, 0x28]), error: /is not valid UTF-8 text/ },
];

const ALL_REFUSED = [...refusedJson, ...refusedCsv, ...refusedFhir, ...refusedBytes];

describe('roster files that are refused, naming the row, column, resource or field', () => {
  it.each(ALL_REFUSED.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const { result } = readRosterBytes(c.bytes, 'roster', { catalog, now: NOW });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const said = result.errors.map(formatRosterError);
    expect(said.some((line) => c.error.test(line)), said.join('\n')).toBe(true);
  });

  it('keeps the roster in use through every one of them, in the extension', async () => {
    const s = new InScopeService(new InScopeDb('bad-inputs'), { now: () => NOW, settings: () => DEFAULT_SETTINGS });
    expect((await s.importText(JSON.stringify(base), { kind: 'file', name: 'good.json' }, 'import')).outcome).toBe('imported');
    const before = (await s.status()).generation;
    for (const c of ALL_REFUSED) {
      const run = await s.importBytes(c.bytes, { kind: 'file', name: c.name }, 'import');
      expect(run.outcome, c.name).toBe('failed');
    }
    expect((await s.status()).generation).toBe(before);
    const [v] = await s.evaluateCases([{ practitioner: 'Peña, Elena', procedure: 'LAP CHOLE', date: '2026-12-01' }]);
    expect(v.verdict).toBe('ok');
  });
});

/** A roster with one change to practitioner 0 (Dr. Peña, privileged for LAP CHOLE), and what her case must be. */
const verdictCases: Array<[string, (r: Roster) => void, 'block' | 'warn' | 'unknown', string]> = [
  ['a revoked license', (r) => { r.practitioners[0].credentials.find((c) => c.kind === 'license')!.status = 'revoked'; }, 'block', 'credential-inactive'],
  ['a suspended license', (r) => { r.practitioners[0].credentials.find((c) => c.kind === 'license')!.status = 'Suspended'; }, 'block', 'credential-inactive'],
  ['a surrendered license', (r) => { r.practitioners[0].credentials.find((c) => c.kind === 'license')!.status = 'surrendered'; }, 'block', 'credential-inactive'],
  ['a license on probation', (r) => { r.practitioners[0].credentials.find((c) => c.kind === 'license')!.status = 'probation'; }, 'warn', 'credential-restricted'],
  ['a restricted license', (r) => { r.practitioners[0].credentials.find((c) => c.kind === 'license')!.status = 'RESTRICTED'; }, 'warn', 'credential-restricted'],
  ['a license pending verification', (r) => { r.practitioners[0].credentials.find((c) => c.kind === 'license')!.status = 'pending'; }, 'unknown', 'credential-unverified'],
  ['a license status no one knows', (r) => { r.practitioners[0].credentials.find((c) => c.kind === 'license')!.status = 'A1'; }, 'unknown', 'credential-unverified'],
  ['lapsed malpractice coverage', (r) => { r.practitioners[0].credentials.find((c) => c.kind === 'malpractice')!.status = 'lapsed'; }, 'block', 'credential-inactive'],
  ['an exclusion check still in process', (r) => { r.practitioners[0].credentials.find((c) => c.kind === 'exclusion-check')!.status = 'in-process'; }, 'unknown', 'credential-unverified'],
  ['an exclusion check with no result', (r) => { delete r.practitioners[0].credentials.find((c) => c.kind === 'exclusion-check')!.status; }, 'unknown', 'credential-unverified'],
  ['an exclusion-list match', (r) => { r.practitioners[0].credentials.find((c) => c.kind === 'exclusion-check')!.status = 'excluded'; }, 'block', 'excluded'],
  ['a revoked DEA registration', (r) => { r.practitioners[0].credentials.find((c) => c.kind === 'dea')!.status = 'revoked'; }, 'warn', 'credential-inactive'],
];

describe('roster values that change the verdict: never ok', () => {
  const policy = (r: Roster) => new VerdictPolicy({ engine: new Engine(r, { vocabulary }), generatedAt: r.generatedAt });
  it.each(verdictCases)('%s', (_name, edit, verdict, code) => {
    const r = clone();
    edit(r);
    const [v] = policy(r).cases([{ practitioner: 'Peña, Elena', procedure: 'LAP CHOLE', date: '2026-11-23' }], NOW);
    expect(v.verdict).toBe(verdict);
    expect(v.reasons.map((x) => x.code)).toContain(code);
  });

  it('reads a license status from a CSV column: revoked blocks', () => {
    const { result } = readRosterBytes(enc(csvPerson('license_status', 'revoked')), 'r.csv', { catalog, now: NOW });
    expect(result.ok && result.roster.practitioners[0].credentials.find((c) => c.kind === 'license')?.status).toBe('revoked');
    if (!result.ok) return;
    expect(policy(result.roster).cases([{ practitioner: 'Peña, Elena', procedure: 'LAP CHOLE', date: '2026-11-23' }], NOW)[0].verdict).toBe('block');
  });

  it('reads "Peña" from a Windows-1252 CSV, and from UTF-16 with its byte-order mark', () => {
    const latin = Uint8Array.from([...csvBase].map((ch) => (ch === 'ñ' ? 0xf1 : ch === 'í' ? 0xed : ch === 'á' ? 0xe1 : ch === 'é' ? 0xe9 : ch === 'ó' ? 0xf3 : ch.charCodeAt(0) & 0xff)));
    const a = readRosterBytes(latin, 'r.csv', { catalog, now: NOW });
    expect(a.encoding).toBe('windows-1252');
    expect(a.result.ok && a.result.roster.practitioners[0].name.family).toBe('Peña');
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...csvBase].flatMap((ch) => [ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8])]);
    const b = readRosterBytes(utf16, 'r.csv', { catalog, now: NOW });
    expect(b.encoding).toBe('utf-16le');
    expect(b.result.ok && b.result.roster.practitioners[0].name.family).toBe('Peña');
  });

  it('a FHIR exclusion check counts as clear only when validated', () => {
    for (const [status, verdict] of [['validated', 'ok'], ['in-process', 'unknown'], ['reval-fail', 'unknown'], ['attested', 'unknown'], ['val-fail', 'block']] as const) {
      const text = fhir((b) => { for (const e of b.entry) if (e.resource.resourceType === 'VerificationResult') e.resource.status = status; });
      const { result } = readRosterBytes(enc(text), 'r.json', { catalog, now: NOW });
      expect(result.ok, status).toBe(true);
      if (!result.ok) continue;
      const [v] = policy(result.roster).cases([{ practitioner: 'Peña, Elena', procedure: 'LAP CHOLE', date: '2026-11-23' }], NOW);
      expect(v.verdict, status).toBe(verdict);
    }
  });

  it('takes the age of a CSV from its generated_at column, else from the file\'s time, and says which', () => {
    const a = readRosterBytes(enc(csvBase), 'r.csv', { catalog, now: NOW, fallbackTime: { at: '2026-11-20T00:00:00Z', from: 'file-time' } });
    expect(a.result.ok && [a.result.roster.generatedAt, a.result.generatedAtFrom]).toEqual(['2026-11-22T06:00:00.000Z', 'column']);
    const b = readRosterBytes(enc(withoutColumn('generated_at')), 'r.csv', { catalog, now: NOW, fallbackTime: { at: '2026-11-20T00:00:00Z', from: 'file-time' } });
    expect(b.result.ok && [b.result.roster.generatedAt, b.result.generatedAtFrom]).toEqual(['2026-11-20T00:00:00.000Z', 'file-time']);
  });

  it('an old roster cannot give ok in check, audit or the policy, whatever the case', () => {
    const [v] = policy(base).cases([{ practitioner: 'Peña, Elena', procedure: 'LAP CHOLE', date: '2026-11-23' }], new Date('2026-12-05T12:00:00Z'));
    expect(v.verdict).toBe('unknown');
    expect(v.reasons.at(-1)?.code).toBe('roster-stale');
  });
});

describe('schedules with dates and rows as exports get them wrong', () => {
  it.each([
    ['a "Surg Date" column', 'Surg Date,Surgeon,Procedure\n04/05/2027,"Peña, Elena",LAP CHOLE\n', '2027-04-05'],
    ['a "Surgery Dt" column with times', 'Surgery Dt,Primary Surgeon,Procedure Description\n04/05/2027 07:30,"Peña, Elena",LAP CHOLE\n', '2027-04-05'],
    ['a "DOS" column', 'DOS,Provider,Proc\n2027-04-05,"Peña, Elena",LAP CHOLE\n', '2027-04-05'],
    ['a "Date of Service" column', 'Date of Service,Physician,Procedure\nApr 5 2027,"Peña, Elena",LAP CHOLE\n', '2027-04-05'],
    ['a "Start" column of date-times', 'Start,Surgeon,Procedure\n2027-04-05T07:30:00-05:00,"Peña, Elena",LAP CHOLE\n', '2027-04-05'],
    ['a date column under no known header', 'When it is,Surgeon,Procedure\n04/05/2027,"Peña, Elena",LAP CHOLE\n05/06/2027,"Peña, Elena",LAP APPY\n', '2027-04-05'],
  ])('reads %s as the case date', (_name, text, date) => {
    expect(parseSchedule(text).cases[0].date).toBe(date);
  });

  it.each([
    ['a date of birth column beside no case date', 'DOB,Surgeon,Procedure\n01/02/1960,"Peña, Elena",LAP CHOLE\n01/02/1961,"Peña, Elena",LAP CHOLE\n'],
    ['a "Date Booked" column', 'Date Booked,Surgeon,Procedure\n11/01/2026,"Peña, Elena",LAP CHOLE\n'],
    ['a "Start Time" column of times', 'Start Time,Surgeon,Procedure\n07:30,"Peña, Elena",LAP CHOLE\n'],
  ])('never takes %s for the case date (the case is then checked across the horizon)', (_name, text) => {
    expect(parseSchedule(text).cases[0].date).toBeUndefined();
    expect(parseSchedule(text).columns.date).toBeUndefined();
  });

  it('refuses a schedule cut off mid-row, naming the line', () => {
    expect(() => parseSchedule('Date,Surgeon,Procedure\n2026-12-01,"Peña, Elena",LAP CHOLE\n2026-12-01,"Bello')).toThrow(/quoted field opened on line 3 is never closed|line 3 has 2 cells/);
    expect(() => parseSchedule('Date,Surgeon,Procedure\n2026-12-01,"Peña, Elena",LAP CHOLE\n2026-12-01\n')).toThrow(/^line 3 has 1 cell where the header has 3/);
  });
});

describe('CDS Hooks requests', () => {
  let service: CdsService;
  const dir = mkdtempSync(join(tmpdir(), 'inscope-bad-cds-'));
  const rosterPath = join(dir, 'roster.json');
  beforeAll(async () => {
    writeFileSync(rosterPath, JSON.stringify(base));
    service = await startCdsService({ rosterPaths: [rosterPath], port: 0, now: () => NOW, insecureNoAuth: true });
  });
  afterAll(() => service.close());

  const post = (body: string | Buffer, chunks = 1) => new Promise<{ status: number; body: any }>((resolve, reject) => {
    const buf = typeof body === 'string' ? Buffer.from(body) : body;
    const req = request({ host: '127.0.0.1', port: service.port, path: '/cds-services/inscope-privileges', method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
      let text = '';
      res.on('data', (d) => { text += d; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
    });
    req.on('error', reject);
    const step = Math.ceil(buf.length / chunks);
    for (let i = 0; i < buf.length; i += step) req.write(buf.subarray(i, i + step));
    req.end();
  });
  const elena = base.practitioners[0];
  const appointment = (extra: Record<string, unknown> = {}) => ({
    resourceType: 'Appointment', id: 'a1', status: 'proposed', start: '2026-11-23T08:00:00-05:00', description: 'LAP CHOLE',
    participant: [{ actor: { reference: `Practitioner/${elena.id}`, display: 'Dr. Peña' } }], ...extra,
  });
  const hook = (appointments: unknown) => JSON.stringify({
    hookInstance: 'h1', hook: 'appointment-book', context: { userId: 'Practitioner/x', patientId: 'p1', appointments },
  });
  const bundle = (...resources: unknown[]) => ({ resourceType: 'Bundle', type: 'collection', entry: resources.map((resource) => ({ resource })) });

  it.each([
    ['a body that is not JSON', '{"hook": ', 400, /not JSON/],
    ['a body that is not UTF-8', Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), 400, /not UTF-8/],
    ['another hook', JSON.stringify({ hookInstance: 'h', hook: 'order-sign', context: {} }), 400, /appointment-book/],
    ['no context', JSON.stringify({ hookInstance: 'h', hook: 'appointment-book' }), 400, /context/],
    ['appointments that are neither a Bundle nor a list', hook({ resourceType: 'Appointment' }), 400, /must be a FHIR Bundle of Appointments/],
  ] as Array<[string, string | Buffer, number, RegExp]>)('answers %s with %i and one sentence', async (_name, body, status, error) => {
    const r = await post(body);
    expect(r.status).toBe(status);
    expect(r.body.error).toMatch(error);
  });

  it.each([
    ['a null Bundle entry', hook({ resourceType: 'Bundle', entry: [null] }), /the Bundle entry holds no resource/],
    ['participant that is not a list', hook(bundle(appointment({ participant: { actor: {} } }))), /participant/],
    ['a description that is a number', hook(bundle(appointment({ description: 42 }))), /description/],
    ['serviceType that is not a list', hook(bundle(appointment({ serviceType: { text: 'LAP CHOLE' } }))), /serviceType/],
    ['no practitioner', hook(bundle(appointment({ participant: [{ actor: { reference: 'Patient/p1' } }] }))), /names no practitioner/],
    ['no procedure', hook(bundle(appointment({ description: undefined }))), /names no procedure/],
    ['a null in the older array form', hook([null]), /not a FHIR resource/],
  ])('gives a warning card for an appointment with %s, saying what it could not read', async (_name, body, why) => {
    const r = await post(body as string);
    expect(r.status).toBe(200);
    expect(r.body.cards).toHaveLength(1);
    expect(r.body.cards[0].indicator).toBe('warning');
    expect(r.body.cards[0].detail).toMatch(why);
  });

  it.each([
    ['no start', appointment({ start: undefined }), /case date is missing/],
    ['a start that is not a FHIR dateTime', appointment({ start: '2019-08-10T09:10:00:00-06:00' }), /could not be read as a date/],
    ['a start of "tomorrow"', appointment({ start: 'tomorrow' }), /"tomorrow" could not be read/],
    ['a start with only a month', appointment({ start: '2026-11' }), /"2026-11" could not be read/],
  ])('gives an unknown card for an appointment with %s, never today\'s answer', async (_name, appt, why) => {
    const r = await post(hook(bundle(appt)));
    expect(r.body.cards).toHaveLength(1);
    expect(r.body.cards[0].summary).toMatch(/^Cannot verify privileges/);
    expect(r.body.cards[0].detail).toMatch(why);
  });

  it('reads the older form of the hook (appointments as a plain list) like the Bundle', async () => {
    const a = await post(hook([appointment({ description: 'ROBOTIC ASSISTED LAP CHOLE' })]));
    const b = await post(hook(bundle(appointment({ description: 'ROBOTIC ASSISTED LAP CHOLE' }))));
    expect(a.body.cards.map((c: { summary: string }) => c.summary)).toEqual(b.body.cards.map((c: { summary: string }) => c.summary));
  });

  it('leaves out the other resources sent along (a Patient is context, not a case)', async () => {
    const r = await post(hook(bundle({ resourceType: 'Patient', id: 'p1' }, appointment())));
    expect(r.body.cards).toEqual([]);
  });

  it('decodes a character split across TCP packets as one character', async () => {
    const body = hook(bundle(appointment({ participant: [{ actor: { display: 'Dr. Elena Peña' } }] })));
    const bytes = Buffer.from(body);
    const at = bytes.indexOf(Buffer.from('ñ')) + 1;
    const r = await new Promise<{ status: number; body: any }>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: service.port, path: '/cds-services/inscope-privileges', method: 'POST' }, (res) => {
        let text = '';
        res.on('data', (d) => { text += d; });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
      });
      req.on('error', reject);
      req.write(bytes.subarray(0, at));
      setTimeout(() => req.end(bytes.subarray(at)), 30);
    });
    // She resolves (the name was read whole): no "not in the roster" card.
    expect(r.status).toBe(200);
    expect(JSON.stringify(r.body.cards)).not.toMatch(/not in the roster/);
  });
});
