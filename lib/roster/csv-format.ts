/**
 * Rosters as credentialing systems export them to CSV: one row per practitioner-privilege, the
 * practitioner's credentials as columns on each row (docs/roster-csv.md). Rows decode into the
 * canonical roster, which is then validated like any other; errors name the row and column.
 *
 * A CSV carries grants, not the procedure catalog: privileges come from `catalog` (the active
 * roster's, or a catalog file). Privilege ids the catalog lacks get a stub definition with no
 * procedures, so their cases stay `unknown` until a catalog defines them.
 */
import { CsvError, parseCsv, toCsv } from '../csv';
import { parseLooseDate } from '../dates';
import type { Credential, Grant, Practitioner, PrivilegeDef, Roster } from './schema';
import { UNNAMED_FACILITY, fallbackAge, validateRoster, type AgeSource, type DecodeOptions, type RosterError, type RosterResult } from './validate';

export type { DecodeOptions } from './validate';

/** Column names, with the other spellings exports use. */
const COLUMNS = {
  practitioner_id: ['practitioner_id', 'provider_id', 'staff_id', 'id'],
  npi: ['npi'],
  family_name: ['family_name', 'last_name', 'surname', 'last'],
  given_names: ['given_names', 'first_name', 'given_name', 'first'],
  middle_name: ['middle_name', 'middle'],
  prefix: ['prefix', 'title'],
  suffix: ['suffix'],
  aliases: ['aliases', 'also_known_as'],
  type: ['type', 'degree', 'provider_type'],
  department: ['department', 'specialty'],
  status: ['status', 'staff_status'],
  privilege_id: ['privilege_id', 'privilege_code'],
  privilege_name: ['privilege_name', 'privilege'],
  privilege_status: ['privilege_status', 'grant_status'],
  privilege_effective: ['privilege_effective', 'privilege_start', 'effective'],
  privilege_expires: ['privilege_expires', 'privilege_end', 'expires'],
  privilege_conditions: ['privilege_conditions', 'conditions'],
  privilege_note: ['privilege_note', 'note'],
  license_number: ['license_number'],
  license_state: ['license_state'],
  license_issued: ['license_issued'],
  license_expires: ['license_expires'],
  license_verified: ['license_verified', 'license_verified_at'],
  license_status: ['license_status'],
  dea_number: ['dea_number'],
  dea_expires: ['dea_expires'],
  dea_status: ['dea_status'],
  board_name: ['board_name', 'board'],
  board_expires: ['board_expires'],
  board_status: ['board_status'],
  bls_issuer: ['bls_issuer'],
  bls_expires: ['bls_expires'],
  acls_issuer: ['acls_issuer'],
  acls_expires: ['acls_expires'],
  pals_issuer: ['pals_issuer'],
  pals_expires: ['pals_expires'],
  malpractice_carrier: ['malpractice_carrier'],
  malpractice_expires: ['malpractice_expires'],
  malpractice_status: ['malpractice_status'],
  exclusion_status: ['exclusion_status', 'oig_status'],
  exclusion_source: ['exclusion_source'],
  exclusion_checked: ['exclusion_checked', 'oig_checked'],
  facility_id: ['facility_id'],
  facility_name: ['facility_name'],
  facility_aliases: ['facility_aliases'],
  generated_at: ['generated_at', 'exported_at', 'export_date', 'extract_date', 'as_of'],
} as const;
type Column = keyof typeof COLUMNS;

const REQUIRED: Column[] = ['practitioner_id', 'family_name', 'given_names', 'type', 'status'];
/** Practitioner fields every row of one practitioner must agree on. */
const PERSON_FIELDS: Column[] = ['npi', 'family_name', 'given_names', 'middle_name', 'prefix', 'suffix', 'type', 'department', 'status'];
const DATE_COLUMNS = new Set<Column>([
  'privilege_effective', 'privilege_expires', 'license_issued', 'license_expires', 'dea_expires', 'board_expires',
  'bls_expires', 'acls_expires', 'pals_expires', 'malpractice_expires', 'exclusion_checked', 'license_verified',
]);

export function looksLikeRosterCsv(text: string): boolean {
  const first = text.replace(/^\ufeff/, '').split(/\r?\n/, 1)[0].toLowerCase();
  return first.includes(',') && /practitioner_id|provider_id|staff_id/.test(first) && /family_name|last_name|surname/.test(first);
}

export function decodeRosterCsv(text: string, options: DecodeOptions = {}): RosterResult {
  let rows;
  try {
    rows = parseCsv(text);
  } catch (e) {
    if (e instanceof CsvError) return { ok: false, errors: [{ path: `row ${e.line}`, message: e.message }] };
    throw e;
  }
  if (rows.length < 2) return { ok: false, errors: [{ path: '(file)', message: 'has no rows under its header' }] };
  const header = rows[0].cells.map((h) => h.trim().toLowerCase().replace(/[\s-]+/g, '_'));
  const at = {} as Record<Column, number>;
  for (const [col, names] of Object.entries(COLUMNS) as [Column, readonly string[]][]) {
    const i = header.findIndex((h) => names.includes(h));
    if (i >= 0) at[col] = i;
  }
  const missing = REQUIRED.filter((c) => at[c] === undefined);
  // Grants without their status cannot be read: there is no default.
  if (at.privilege_id !== undefined && at.privilege_status === undefined) missing.push('privilege_status');
  if (missing.length) {
    return { ok: false, errors: [{ path: 'header', message: `is missing the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (see docs/roster-csv.md)` }] };
  }
  const width = rows[0].cells.length;

  const errors: RosterError[] = [];
  const byId = new Map<string, { p: Practitioner; row: number; cells: string[] }>();
  const order: Practitioner[] = [];
  const stubs = new Map<string, string>();
  let facility = options.facility;

  let generatedAt: string | undefined;
  for (const { line, cells } of rows.slice(1)) {
    if (cells.length !== width) {
      errors.push({
        path: `row ${line}`,
        message: cells.length < width
          ? `has ${cells.length} cell${cells.length === 1 ? '' : 's'} where the header has ${width}: the file may be cut off, or a value holds an unquoted line break`
          : `has ${cells.length} cells where the header has ${width}: a value may hold an unquoted comma`,
      });
      continue;
    }
    const get = (c: Column): string => (at[c] === undefined ? '' : (cells[at[c]] ?? '').trim());
    const date = (c: Column): string | undefined => {
      const v = get(c);
      if (!v) return undefined;
      const iso = parseLooseDate(v);
      if (!iso) errors.push({ path: `row ${line}, column ${c}`, message: `"${v}" is not a date (use YYYY-MM-DD or MM/DD/YYYY)` });
      return iso ?? undefined;
    };
    for (const c of DATE_COLUMNS) if (at[c] !== undefined) date(c);
    const id = get('practitioner_id');
    if (!id) {
      errors.push({ path: `row ${line}, column practitioner_id`, message: 'is empty' });
      continue;
    }
    if (!facility && get('facility_id')) {
      const aliases = get('facility_aliases').split(';').map((a) => a.trim()).filter(Boolean);
      facility = { id: get('facility_id'), name: get('facility_name') || get('facility_id'), ...(aliases.length ? { aliases } : {}) };
    }
    if (!generatedAt && get('generated_at')) {
      const t = new Date(get('generated_at'));
      if (Number.isNaN(t.getTime())) errors.push({ path: `row ${line}, column generated_at`, message: `"${get('generated_at')}" is not a date-time (use ISO 8601, e.g. 2026-11-22T06:00:00Z)` });
      else generatedAt = t.toISOString();
    }

    let entry = byId.get(id);
    if (!entry) {
      const given = get('given_names').split(/\s+/).filter(Boolean);
      if (get('middle_name')) given.push(get('middle_name'));
      const p: Practitioner = {
        id,
        ...(get('npi') ? { npi: get('npi') } : {}),
        name: {
          family: get('family_name'), given,
          ...(get('prefix') ? { prefix: get('prefix') } : {}),
          ...(get('suffix') ? { suffix: get('suffix') } : {}),
        },
        ...(get('aliases') ? { aliases: splitList(get('aliases')) } : {}),
        type: get('type'),
        ...(get('department') ? { department: get('department') } : {}),
        status: get('status').toLowerCase() as Practitioner['status'],
        credentials: credentialsOf(get, date),
        privileges: [],
      };
      entry = { p, row: line, cells };
      byId.set(id, entry);
      order.push(p);
    } else {
      for (const c of PERSON_FIELDS) {
        if (at[c] === undefined) continue;
        const first = (entry.cells[at[c]] ?? '').trim();
        if (first !== get(c)) {
          errors.push({ path: `row ${line}, column ${c}`, practitioner: id, message: `is "${get(c)}" but row ${entry.row} has "${first}" for the same practitioner` });
        }
      }
    }
    const privilegeId = get('privilege_id');
    if (privilegeId && !get('privilege_status')) {
      errors.push({ path: `row ${line}, column privilege_status`, practitioner: id, message: `is empty for privilege ${privilegeId}: every grant needs its status (granted, provisional, temporary, pending, suspended, …)` });
    } else if (privilegeId) {
      const grant: Grant = {
        privilegeId,
        status: get('privilege_status').toLowerCase() as Grant['status'],
      };
      const effective = date('privilege_effective');
      const expires = date('privilege_expires');
      if (effective) grant.effective = effective;
      if (expires) grant.expires = expires;
      if (get('privilege_conditions')) grant.conditions = splitList(get('privilege_conditions'));
      if (get('privilege_note')) grant.note = get('privilege_note');
      entry.p.privileges.push(grant);
      if (get('privilege_name') && !stubs.has(privilegeId)) stubs.set(privilegeId, get('privilege_name'));
    }
  }
  if (errors.length) return { ok: false, errors: dedupe(errors) };

  const age: { at: string; from: AgeSource } = generatedAt ? { at: generatedAt, from: 'column' } : fallbackAge(options);
  const roster: Roster = {
    format: 'inscope-roster',
    version: 1,
    generatedAt: age.at,
    facility: facility ?? { id: UNNAMED_FACILITY, name: 'Unnamed facility' },
    privileges: withStubs(options.catalog ?? [], stubs),
    practitioners: order,
  };
  const result = validateRoster(roster, options);
  if (result.ok) return { ...result, generatedAtFrom: age.from };
  // Point schema errors back at the CSV: the practitioner's first row.
  const rowOf = new Map(order.map((p, i) => [i, byId.get(p.id)!.row]));
  return {
    ok: false,
    errors: result.errors.map((e) => {
      const m = /^practitioners\[(\d+)\]\.?(.*)$/.exec(e.path);
      return m ? { ...e, path: `row ${rowOf.get(Number(m[1]))}${m[2] ? ` (${m[2]})` : ''}` } : e;
    }),
  };
}

function splitList(v: string): string[] {
  return v.split(/[;|]/).map((s) => s.trim()).filter(Boolean);
}

function credentialsOf(get: (c: Column) => string, date: (c: Column) => string | undefined): Credential[] {
  const creds: Credential[] = [];
  const add = (c: Credential) => {
    for (const k of Object.keys(c) as (keyof Credential)[]) if (c[k] === undefined || c[k] === '') delete c[k];
    creds.push(c);
  };
  if (get('license_number') || get('license_expires') || get('license_status')) {
    add({ kind: 'license', identifier: get('license_number'), issuer: get('license_state'), status: get('license_status'), issued: date('license_issued'), expires: date('license_expires'), verifiedAt: date('license_verified') });
  }
  if (get('dea_number') || get('dea_expires') || get('dea_status')) add({ kind: 'dea', identifier: get('dea_number'), status: get('dea_status'), expires: date('dea_expires') });
  if (get('board_name') || get('board_expires') || get('board_status')) add({ kind: 'board-certification', issuer: get('board_name'), status: get('board_status'), expires: date('board_expires') });
  for (const kind of ['bls', 'acls', 'pals'] as const) {
    const col = `${kind}_expires` as Column;
    if (get(col)) add({ kind, issuer: get(`${kind}_issuer` as Column), expires: date(col) });
  }
  if (get('malpractice_carrier') || get('malpractice_expires') || get('malpractice_status')) {
    add({ kind: 'malpractice', issuer: get('malpractice_carrier'), status: get('malpractice_status'), expires: date('malpractice_expires') });
  }
  if (get('exclusion_status') || get('exclusion_checked')) {
    add({ kind: 'exclusion-check', issuer: get('exclusion_source'), status: get('exclusion_status').toLowerCase(), verifiedAt: date('exclusion_checked') });
  }
  return creds;
}

function withStubs(catalog: PrivilegeDef[], named: Map<string, string>): PrivilegeDef[] {
  const known = new Set(catalog.map((p) => p.id));
  const stubs: PrivilegeDef[] = [];
  for (const [id, name] of named) if (!known.has(id)) stubs.push({ id, name, kind: 'core', procedures: [] });
  return stubs.length ? [...catalog, ...stubs] : catalog;
}

function dedupe(errors: RosterError[]): RosterError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const k = `${e.path}\u0000${e.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Writes a roster in this CSV layout (for demo data and round trips). */
export function encodeRosterCsv(roster: Roster): string {
  const cols: Column[] = [
    'facility_id', 'facility_name', 'practitioner_id', 'npi', 'family_name', 'given_names', 'prefix', 'suffix', 'aliases',
    'type', 'department', 'status', 'privilege_id', 'privilege_name', 'privilege_status', 'privilege_effective',
    'privilege_expires', 'privilege_conditions', 'privilege_note', 'license_number', 'license_state', 'license_issued',
    'license_expires', 'license_verified', 'license_status', 'dea_number', 'dea_expires', 'board_name', 'board_expires', 'bls_issuer', 'bls_expires',
    'acls_issuer', 'acls_expires', 'pals_issuer', 'pals_expires', 'malpractice_carrier', 'malpractice_expires',
    'exclusion_status', 'exclusion_source', 'exclusion_checked', 'generated_at', 'facility_aliases',
  ];
  const names = new Map(roster.privileges.map((p) => [p.id, p.name]));
  const rows: unknown[][] = [cols];
  for (const p of roster.practitioners) {
    const cred = (k: Credential['kind']) => p.credentials.find((c) => c.kind === k);
    const person: Partial<Record<Column, string | undefined>> = {
      generated_at: roster.generatedAt, facility_id: roster.facility.id, facility_name: roster.facility.name,
      facility_aliases: (roster.facility.aliases as string[] | undefined)?.join('; '), practitioner_id: p.id, npi: p.npi,
      family_name: p.name.family, given_names: p.name.given.join(' '), prefix: p.name.prefix, suffix: p.name.suffix,
      aliases: p.aliases?.join('; '), type: p.type, department: p.department, status: p.status,
      license_number: cred('license')?.identifier, license_state: cred('license')?.issuer, license_issued: cred('license')?.issued,
      license_expires: cred('license')?.expires, license_verified: cred('license')?.verifiedAt, license_status: cred('license')?.status, dea_number: cred('dea')?.identifier, dea_expires: cred('dea')?.expires,
      board_name: cred('board-certification')?.issuer, board_expires: cred('board-certification')?.expires,
      bls_issuer: cred('bls')?.issuer, bls_expires: cred('bls')?.expires, acls_issuer: cred('acls')?.issuer,
      acls_expires: cred('acls')?.expires, pals_issuer: cred('pals')?.issuer, pals_expires: cred('pals')?.expires,
      malpractice_carrier: cred('malpractice')?.issuer, malpractice_expires: cred('malpractice')?.expires,
      exclusion_status: cred('exclusion-check')?.status, exclusion_source: cred('exclusion-check')?.issuer,
      exclusion_checked: cred('exclusion-check')?.verifiedAt,
    };
    const grants = p.privileges.length ? p.privileges : [undefined];
    for (const g of grants) {
      const row: Partial<Record<Column, string | undefined>> = {
        ...person,
        privilege_id: g?.privilegeId, privilege_name: g ? names.get(g.privilegeId) : undefined, privilege_status: g?.status,
        privilege_effective: g?.effective, privilege_expires: g?.expires, privilege_conditions: g?.conditions?.join('; '),
        privilege_note: g?.note,
      };
      rows.push(cols.map((c) => row[c] ?? ''));
    }
  }
  return toCsv(rows);
}
