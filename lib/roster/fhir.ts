/**
 * FHIR R4 rosters (docs/roster-fhir.md): a Bundle (JSON) or NDJSON of Practitioner,
 * PractitionerRole (one per privilege) and optionally VerificationResult (exclusion checks) and
 * Organization (the facility). No FHIR profile for privileges is normative; this mapping is
 * InScope's. Resources decode into the canonical roster, then validate like any other roster.
 */
import * as z from 'zod/mini';
import { isIsoDate } from '../dates';
import type { Credential, Grant, Practitioner, PrivilegeDef, Roster } from './schema';
import { CREDENTIAL_KINDS } from './schema';
import { UNNAMED_FACILITY, fallbackAge, validateRoster, type DecodeOptions, type RosterError, type RosterResult } from './validate';

export const FHIR_BASE = 'https://inscope.invalid/fhir';
export const EXT_GRANT_STATUS = `${FHIR_BASE}/StructureDefinition/privilege-grant-status`;
export const EXT_GRANT_CONDITION = `${FHIR_BASE}/StructureDefinition/privilege-condition`;
export const EXT_GRANT_NOTE = `${FHIR_BASE}/StructureDefinition/privilege-note`;
export const EXT_PRACTITIONER_STATUS = `${FHIR_BASE}/StructureDefinition/practitioner-status`;
export const EXT_CREDENTIAL_VERIFIED = `${FHIR_BASE}/StructureDefinition/credential-verified`;
export const EXT_CREDENTIAL_STATUS = `${FHIR_BASE}/StructureDefinition/credential-status`;
export const CS_PRIVILEGE = `${FHIR_BASE}/CodeSystem/privilege`;
export const CS_CREDENTIAL = `${FHIR_BASE}/CodeSystem/credential-kind`;
export const NPI_SYSTEM = 'http://hl7.org/fhir/sid/us-npi';
const DEGREE_SYSTEM = 'http://terminology.hl7.org/CodeSystem/v2-0360';

type Json = Record<string, unknown>;
interface Coding { system?: string; code?: string; display?: string }
interface Extension { url: string; valueCode?: string; valueString?: string; valueDate?: string }

/** Is this text FHIR (a Bundle, a resource, or NDJSON of resources)? */
export function looksLikeFhir(text: string): boolean {
  const head = text.replace(/^\ufeff/, '').trimStart().slice(0, 2000);
  return /^\{/.test(head) && /"resourceType"\s*:/.test(head);
}

/** FHIR XML: recognised, to refuse it with a reason rather than as "not a roster". */
export function looksLikeFhirXml(text: string): boolean {
  return /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(Bundle|Practitioner|PractitionerRole|VerificationResult|Organization)\b[^>]*xmlns="http:\/\/hl7\.org\/fhir"/.test(text.replace(/^\ufeff/, '').slice(0, 4000));
}

export interface FhirResources {
  resources: Json[];
  /** Where each resource was: `entry[3]` in a Bundle, `line 4` in NDJSON. */
  at: string[];
  /** When the server produced it (Bundle.meta.lastUpdated, else Bundle.timestamp), and which. */
  timestamp?: { at: string; from: 'meta.lastUpdated' | 'Bundle.timestamp' };
  errors: RosterError[];
}

const isObject = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);

/** What an OperationOutcome says, in one line. */
function outcomeText(r: Json): string {
  const issues = Array.isArray(r.issue) ? (r.issue as Json[]) : [];
  const said = issues.map((i) => (typeof i.diagnostics === 'string' ? i.diagnostics : (i.details as Json | undefined)?.text)).filter((t): t is string => typeof t === 'string' && !!t);
  return said.length ? `: ${said.join('; ').slice(0, 300)}` : '';
}

/** Splits a Bundle or NDJSON text into resources; anything else (an OperationOutcome, a lone Patient) is refused with the reason. */
export function readFhirResources(text: string): FhirResources {
  const src = text.replace(/^\ufeff/, '').trim();
  let one: unknown;
  let single = true;
  try {
    one = JSON.parse(src);
  } catch {
    single = false; // Not one JSON document: NDJSON, one resource a line.
  }
  if (single) {
    if (!isObject(one)) return { resources: [], at: [], errors: [{ path: '(file)', message: 'is JSON but not a FHIR resource or Bundle' }] };
    if (one.resourceType === 'OperationOutcome') {
      return { resources: [], at: [], errors: [{ path: '(file)', message: `is a FHIR OperationOutcome (the server reported an error${outcomeText(one)}), not a roster` }] };
    }
    if (one.resourceType !== 'Bundle') return { resources: [one], at: [''], errors: [] };
    const errors: RosterError[] = [];
    if (one.entry !== undefined && !Array.isArray(one.entry)) errors.push({ path: 'Bundle.entry', message: 'must be a list of entries' });
    const resources: Json[] = [];
    const at: string[] = [];
    (Array.isArray(one.entry) ? one.entry : []).forEach((e: unknown, i: number) => {
      if (!isObject(e)) errors.push({ path: `Bundle.entry[${i}]`, message: e === null ? 'is null' : 'must be an object with a resource' });
      else if (!isObject(e.resource)) errors.push({ path: `Bundle.entry[${i}].resource`, message: e.resource === undefined ? 'is missing' : 'must be a FHIR resource (an object)' });
      else {
        resources.push(e.resource);
        at.push(`entry[${i}]`);
      }
    });
    const meta = isObject(one.meta) && typeof one.meta.lastUpdated === 'string' ? one.meta.lastUpdated : undefined;
    const stamp = typeof one.timestamp === 'string' ? one.timestamp : undefined;
    return {
      resources, at, errors,
      ...(meta ? { timestamp: { at: meta, from: 'meta.lastUpdated' as const } } : stamp ? { timestamp: { at: stamp, from: 'Bundle.timestamp' as const } } : {}),
    };
  }
  const resources: Json[] = [];
  const at: string[] = [];
  const errors: RosterError[] = [];
  src.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    try {
      const r = JSON.parse(line) as unknown;
      if (isObject(r)) {
        resources.push(r);
        at.push(`line ${i + 1}`);
      } else errors.push({ path: `line ${i + 1}`, message: 'is not a FHIR resource (an object)' });
    } catch (e) {
      errors.push({ path: `line ${i + 1}`, message: `is not valid JSON: ${(e as Error).message}` });
    }
  });
  // NDJSON (bulk export) has no Bundle: each resource's meta.lastUpdated says when it was written.
  let latest: string | undefined;
  for (const r of resources) {
    const t = isObject(r.meta) && typeof r.meta.lastUpdated === 'string' ? r.meta.lastUpdated : undefined;
    if (t && !Number.isNaN(new Date(t).getTime()) && (!latest || new Date(t) > new Date(latest))) latest = t;
  }
  return { resources, at, errors, ...(latest ? { timestamp: { at: latest, from: 'meta.lastUpdated' as const } } : {}) };
}

/** The `link[next]` URL of a FHIR search Bundle page, if any. */
export function nextPageUrl(bundle: unknown): string | undefined {
  const links = (bundle as { link?: unknown } | null)?.link;
  if (!Array.isArray(links)) return undefined;
  const next = links.find((l): l is { url: string } => isObject(l) && l.relation === 'next' && typeof l.url === 'string');
  return next?.url;
}

export function decodeFhirRoster(text: string, options: DecodeOptions = {}): RosterResult {
  const { resources, at, timestamp, errors } = readFhirResources(text);
  if (errors.length) return { ok: false, errors };
  return decodeFhirResources(resources, { ...options, at, timestamp });
}

// The fields InScope reads, each checked on its own so an error names the resource and the field.
const str = z.string();
const Period = z.object({ start: z.optional(str), end: z.optional(str) });
const CodingS = z.object({ system: z.optional(str), code: z.optional(str), display: z.optional(str) });
const Concept = z.object({ text: z.optional(str), coding: z.optional(z.array(CodingS)) });
const Ref = z.object({ reference: z.optional(str), display: z.optional(str) });
const Ext = z.object({ url: str, valueCode: z.optional(str), valueString: z.optional(str), valueDate: z.optional(str) });
const FIELDS: Record<string, Record<string, z.ZodMiniType>> = {
  Practitioner: {
    id: str, active: z.boolean(), extension: z.array(Ext),
    identifier: z.array(z.object({ system: z.optional(str), value: z.optional(str) })),
    name: z.array(z.object({ use: z.optional(str), text: z.optional(str), family: z.optional(str), given: z.optional(z.array(str)), prefix: z.optional(z.array(str)), suffix: z.optional(z.array(str)) })),
    qualification: z.array(z.object({
      identifier: z.optional(z.array(z.object({ value: z.optional(str) }))), code: Concept, period: z.optional(Period),
      issuer: z.optional(Ref), extension: z.optional(z.array(Ext)),
    })),
  },
  PractitionerRole: {
    id: str, active: z.boolean(), practitioner: Ref, code: z.array(Concept), period: Period, extension: z.array(Ext), specialty: z.array(Concept),
  },
  VerificationResult: {
    id: str, status: str, target: z.array(Ref), lastPerformed: str, validationType: Concept,
    validator: z.array(z.object({ organization: z.optional(Ref) })),
  },
  Organization: { id: str, name: str },
};

/** Checks the fields InScope reads of one resource; errors name the resource and the field. */
function checkFields(r: Json, label: string, errors: RosterError[]): boolean {
  const fields = FIELDS[r.resourceType as string];
  if (!fields) return true;
  let ok = true;
  for (const [field, schema] of Object.entries(fields)) {
    if (r[field] === undefined) continue;
    const parsed = schema.safeParse(r[field]);
    if (!parsed.success) {
      ok = false;
      const issue = parsed.error.issues[0];
      const path = [field, ...issue.path].map((k) => (typeof k === 'number' ? `[${k}]` : `.${String(k)}`)).join('').slice(1);
      errors.push({ path: `${label}.${path}`, message: issue.code === 'invalid_type' ? `must be ${issue.expected === 'array' ? 'a list' : issue.expected}` : issue.message });
    }
  }
  return ok;
}

/** A FHIR date or dateTime as a calendar date, or the error. */
function dayOf(value: string | undefined, path: string, errors: RosterError[]): string | undefined {
  if (value === undefined || value === '') return undefined;
  const day = value.slice(0, 10);
  if (!isIsoDate(day) || (value.length > 10 && !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value))) {
    errors.push({ path, message: `"${value}" is not a FHIR date (YYYY-MM-DD, optionally with a time)` });
    return undefined;
  }
  return day;
}

/** VerificationResult.status → the exclusion check's result: only `validated` is a clear check. */
const VERIFICATION_STATUS: Record<string, string> = { validated: 'clear', 'val-fail': 'excluded' };

export function decodeFhirResources(
  resources: Json[],
  options: DecodeOptions & { at?: string[]; timestamp?: FhirResources['timestamp'] } = {},
): RosterResult {
  const errors: RosterError[] = [];
  const practitioners = new Map<string, Practitioner>();
  const where = new Map<string, number>();
  const roles: Array<{ r: Json; i: number; label: string }> = [];
  const checks: Array<{ r: Json; i: number; label: string }> = [];
  let facility = options.facility;
  const kinds = new Set<string>();
  const label = (r: Json, i: number) => {
    const at = options.at?.[i] ?? `resources[${i}]`;
    return `${at ? `${at} ` : ''}(${String(r.resourceType)}/${typeof r.id === 'string' ? r.id : '?'})`;
  };
  resources.forEach((r, i) => {
    kinds.add(String(r.resourceType));
    if (!checkFields(r, label(r, i), errors)) return;
    switch (r.resourceType) {
      case 'Practitioner': {
        const p = practitionerOf(r, label(r, i), errors);
        if (p) {
          if (practitioners.has(p.id)) errors.push({ path: `${label(r, i)}.id`, message: `Practitioner/${p.id} appears twice in the file` });
          practitioners.set(p.id, p);
          where.set(p.id, i);
        }
        break;
      }
      case 'PractitionerRole': roles.push({ r, i, label: label(r, i) }); break;
      case 'VerificationResult': checks.push({ r, i, label: label(r, i) }); break;
      case 'Organization':
        if (!facility && typeof r.id === 'string') {
          const aliases = Array.isArray(r.alias) ? r.alias.filter((a): a is string => typeof a === 'string' && !!a.trim()) : [];
          facility = { id: r.id, name: (r.name as string) || r.id, ...(aliases.length ? { aliases } : {}) };
        }
        break;
      default: break; // Other resources (Location, HealthcareService…) are not part of a roster; ignored.
    }
  });
  if (!practitioners.size && !errors.length) {
    const what = resources.length ? `holds ${[...kinds].join(', ')} but no Practitioner` : 'holds no resources';
    return { ok: false, errors: [{ path: '(file)', message: `${what}: it is not a roster, and the roster in use is kept` }] };
  }
  const stubs = new Map<string, string>();
  for (const { r, label: at } of roles) {
    const ref = refId((r.practitioner as Json | undefined)?.reference);
    const p = ref ? practitioners.get(ref) : undefined;
    if (!p) {
      errors.push({ path: `${at}.practitioner`, message: `refers to ${ref ? `Practitioner/${ref}, which is not in the file` : 'no Practitioner'}` });
      continue;
    }
    const coding = ((r.code as Array<{ coding?: Coding[] }> | undefined) ?? []).flatMap((c) => c.coding ?? []);
    const code = coding.find((c) => c.system === CS_PRIVILEGE) ?? coding[0];
    if (!code?.code) {
      errors.push({ path: `${at}.code`, practitioner: p.id, message: 'has no privilege code' });
      continue;
    }
    const ext = (r.extension as Extension[] | undefined) ?? [];
    const period = (r.period as { start?: string; end?: string } | undefined) ?? {};
    const explicit = ext.find((e) => e.url === EXT_GRANT_STATUS)?.valueCode;
    const status = (explicit ?? (r.active === false ? 'expired' : 'granted')) as Grant['status'];
    const grant: Grant = { privilegeId: code.code, status };
    const effective = dayOf(period.start, `${at}.period.start`, errors);
    const expires = dayOf(period.end, `${at}.period.end`, errors);
    if (effective) grant.effective = effective;
    if (expires) grant.expires = expires;
    const conditions = ext.filter((e) => e.url === EXT_GRANT_CONDITION).map((e) => e.valueString ?? e.valueCode ?? '').filter(Boolean);
    if (conditions.length) grant.conditions = conditions;
    const note = ext.find((e) => e.url === EXT_GRANT_NOTE)?.valueString;
    if (note) grant.note = note;
    p.privileges.push(grant);
    if (code.display && !stubs.has(code.code)) stubs.set(code.code, code.display);
    const specialty = ((r.specialty as Array<{ text?: string; coding?: Coding[] }> | undefined) ?? [])[0];
    if (!p.department && specialty) {
      const d = specialty.text ?? specialty.coding?.[0]?.display;
      if (d) p.department = d;
    }
  }
  for (const { r, label: at } of checks) {
    const ref = refId(((r.target as Json[] | undefined) ?? [])[0]?.reference);
    const p = ref ? practitioners.get(ref) : undefined;
    if (!p) {
      errors.push({ path: `${at}.target`, message: `refers to ${ref ? `Practitioner/${ref}, which is not in the file` : 'no Practitioner'}` });
      continue;
    }
    const status = typeof r.status === 'string' ? r.status : '';
    const verifiedAt = dayOf(r.lastPerformed as string | undefined, `${at}.lastPerformed`, errors);
    const issuer = ((r.validator as Json[] | undefined)?.[0]?.organization as Json | undefined)?.display;
    p.credentials.push({
      kind: 'exclusion-check', status: VERIFICATION_STATUS[status] ?? (status || 'no status'),
      ...(verifiedAt ? { verifiedAt } : {}),
      ...(typeof issuer === 'string' && issuer ? { issuer } : {}),
    });
  }
  if (errors.length) return { ok: false, errors };
  const list = [...practitioners.values()];
  const catalog = options.catalog ?? [];
  const known = new Set(catalog.map((c) => c.id));
  const privileges: PrivilegeDef[] = [...catalog];
  for (const [id, name] of stubs) if (!known.has(id)) privileges.push({ id, name, kind: 'core', procedures: [] });
  const stamp = options.timestamp && normaliseInstant(options.timestamp.at);
  const age = stamp ? { at: stamp, from: options.timestamp!.from } : fallbackAge(options);
  const roster: Roster = {
    format: 'inscope-roster', version: 1,
    generatedAt: age.at,
    facility: facility ?? { id: UNNAMED_FACILITY, name: 'Unnamed facility' },
    privileges,
    practitioners: list,
  };
  const result = validateRoster(roster, options);
  if (result.ok) return { ...result, generatedAtFrom: age.from };
  const index = new Map(list.map((p, n) => [n, where.get(p.id)!]));
  return {
    ok: false,
    errors: result.errors.map((e) => {
      const m = /^practitioners\[(\d+)\]\.?(.*)$/.exec(e.path);
      if (!m) return e;
      const i = index.get(Number(m[1]))!;
      return { ...e, path: `${label(resources[i], i)}${m[2] ? `.${m[2]}` : ''}` };
    }),
  };
}

function normaliseInstant(s: string | undefined): string | undefined {
  if (!s) return undefined;
  const d = new Date(s);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}

function refId(reference: unknown): string | undefined {
  if (typeof reference !== 'string') return undefined;
  const m = /(?:^|\/)Practitioner\/([^/]+)$/.exec(reference);
  return m ? m[1] : undefined;
}

function practitionerOf(r: Json, at: string, errors: RosterError[]): Practitioner | undefined {
  if (typeof r.id !== 'string' || !r.id) {
    errors.push({ path: `${at}.id`, message: 'is required' });
    return undefined;
  }
  const names = (r.name as Array<{ use?: string; family?: string; given?: string[]; prefix?: string[]; suffix?: string[]; text?: string }> | undefined) ?? [];
  const official = names.find((n) => n.use === 'official') ?? names[0];
  const identifiers = (r.identifier as Array<{ system?: string; value?: string }> | undefined) ?? [];
  const npi = identifiers.find((x) => x.system === NPI_SYSTEM)?.value;
  const ext = (r.extension as Extension[] | undefined) ?? [];
  const statusExt = ext.find((e) => e.url === EXT_PRACTITIONER_STATUS)?.valueCode;
  const status = (statusExt ?? (r.active === false ? 'inactive' : 'active')) as Practitioner['status'];
  const credentials: Credential[] = [];
  let type = '';
  ((r.qualification as Json[] | undefined) ?? []).forEach((q, n) => {
    const codings = ((q.code as { coding?: Coding[] } | undefined)?.coding) ?? [];
    const kindCoding = codings.find((c) => c.system === CS_CREDENTIAL);
    const degree = codings.find((c) => c.system?.startsWith(DEGREE_SYSTEM));
    const period = (q.period as { start?: string; end?: string } | undefined) ?? {};
    if (kindCoding?.code) {
      const kind = (CREDENTIAL_KINDS as readonly string[]).includes(kindCoding.code) ? (kindCoding.code as Credential['kind']) : 'other';
      const c: Credential = { kind };
      const id = ((q.identifier as Array<{ value?: string }> | undefined) ?? [])[0]?.value;
      if (id) c.identifier = id;
      const issuer = (q.issuer as { display?: string } | undefined)?.display;
      if (issuer) c.issuer = issuer;
      const issued = dayOf(period.start, `${at}.qualification[${n}].period.start`, errors);
      const expires = dayOf(period.end, `${at}.qualification[${n}].period.end`, errors);
      if (issued) c.issued = issued;
      if (expires) c.expires = expires;
      const qext = (q.extension as Extension[] | undefined) ?? [];
      const verified = dayOf(qext.find((e) => e.url === EXT_CREDENTIAL_VERIFIED)?.valueDate, `${at}.qualification[${n}].extension`, errors);
      if (verified) c.verifiedAt = verified;
      const st = qext.find((e) => e.url === EXT_CREDENTIAL_STATUS)?.valueCode;
      if (st) c.status = st;
      credentials.push(c);
    } else if (degree?.code && !type) {
      type = degree.code;
    }
  });
  const aliases = names.filter((n) => n !== official).map((n) => n.text ?? [...(n.given ?? []), n.family].filter(Boolean).join(' ')).filter(Boolean);
  if (!type) {
    errors.push({ path: `${at}.qualification`, practitioner: r.id, message: `names no practitioner type: add a qualification coded in ${DEGREE_SYSTEM} (MD, DO, DPM, CRNA…)` });
    return undefined;
  }
  return {
    id: r.id,
    ...(npi ? { npi } : {}),
    name: {
      family: official?.family ?? '',
      given: official?.given ?? [],
      ...(official?.prefix?.[0] ? { prefix: official.prefix[0] } : {}),
      ...(official?.suffix?.[0] ? { suffix: official.suffix[0] } : {}),
    },
    ...(aliases.length ? { aliases } : {}),
    type,
    status,
    credentials,
    privileges: [],
  };
}

/** Writes a roster as a FHIR R4 collection Bundle in this mapping (for samples and demos). */
export function encodeFhirBundle(roster: Roster): Json {
  const names = new Map(roster.privileges.map((p) => [p.id, p.name]));
  const entry: Json[] = [{ fullUrl: `Organization/${roster.facility.id}`, resource: {
    resourceType: 'Organization', id: roster.facility.id, name: roster.facility.name,
    ...(roster.facility.aliases?.length ? { alias: roster.facility.aliases } : {}),
  } }];
  for (const p of roster.practitioners) {
    const qualification: Json[] = [{ code: { coding: [{ system: DEGREE_SYSTEM, code: p.type }] } }];
    for (const c of p.credentials) {
      if (c.kind === 'exclusion-check') continue;
      qualification.push({
        ...(c.identifier ? { identifier: [{ value: c.identifier }] } : {}),
        code: { coding: [{ system: CS_CREDENTIAL, code: c.kind }] },
        ...(c.issued || c.expires ? { period: { ...(c.issued ? { start: c.issued } : {}), ...(c.expires ? { end: c.expires } : {}) } } : {}),
        ...(c.issuer ? { issuer: { display: c.issuer } } : {}),
        ...(c.verifiedAt || c.status ? {
          extension: [
            ...(c.verifiedAt ? [{ url: EXT_CREDENTIAL_VERIFIED, valueDate: c.verifiedAt }] : []),
            ...(c.status ? [{ url: EXT_CREDENTIAL_STATUS, valueCode: c.status }] : []),
          ],
        } : {}),
      });
    }
    const name: Json[] = [{ use: 'official', family: p.name.family, given: p.name.given, ...(p.name.prefix ? { prefix: [p.name.prefix] } : {}), ...(p.name.suffix ? { suffix: [p.name.suffix] } : {}) }];
    for (const a of p.aliases ?? []) name.push({ use: 'usual', text: a });
    entry.push({
      fullUrl: `Practitioner/${p.id}`,
      resource: {
        resourceType: 'Practitioner', id: p.id,
        ...(p.npi ? { identifier: [{ system: NPI_SYSTEM, value: p.npi }] } : {}),
        active: p.status === 'active',
        ...(p.status === 'suspended' ? { extension: [{ url: EXT_PRACTITIONER_STATUS, valueCode: 'suspended' }] } : {}),
        name,
        qualification,
      },
    });
    p.privileges.forEach((g, n) => {
      const extension: Extension[] = [{ url: EXT_GRANT_STATUS, valueCode: g.status }];
      for (const c of g.conditions ?? []) extension.push({ url: EXT_GRANT_CONDITION, valueString: c });
      if (g.note) extension.push({ url: EXT_GRANT_NOTE, valueString: g.note });
      entry.push({
        fullUrl: `PractitionerRole/${p.id}-${n + 1}`,
        resource: {
          resourceType: 'PractitionerRole', id: `${p.id}-${n + 1}`,
          active: g.status === 'granted' || g.status === 'provisional' || g.status === 'temporary',
          ...(g.effective || g.expires ? { period: { ...(g.effective ? { start: g.effective } : {}), ...(g.expires ? { end: g.expires } : {}) } } : {}),
          practitioner: { reference: `Practitioner/${p.id}` },
          organization: { reference: `Organization/${roster.facility.id}` },
          code: [{ coding: [{ system: CS_PRIVILEGE, code: g.privilegeId, display: names.get(g.privilegeId) }] }],
          ...(p.department ? { specialty: [{ text: p.department }] } : {}),
          extension,
        },
      });
    });
    for (const c of p.credentials.filter((x) => x.kind === 'exclusion-check')) {
      entry.push({
        fullUrl: `VerificationResult/${p.id}-exclusion`,
        resource: {
          resourceType: 'VerificationResult', id: `${p.id}-exclusion`,
          target: [{ reference: `Practitioner/${p.id}` }],
          status: c.status === 'excluded' ? 'val-fail' : 'validated',
          validationType: { text: 'exclusion-check' },
          ...(c.verifiedAt ? { lastPerformed: c.verifiedAt } : {}),
          ...(c.issuer ? { validator: [{ organization: { display: c.issuer } }] } : {}),
        },
      });
    }
  }
  // Each resource says when it was written, as bulk (NDJSON) exports do.
  for (const e of entry) (e.resource as Json).meta = { lastUpdated: roster.generatedAt };
  return { resourceType: 'Bundle', type: 'collection', timestamp: roster.generatedAt, entry };
}
