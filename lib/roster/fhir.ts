/**
 * FHIR R4 rosters (docs/roster-fhir.md): a Bundle (JSON) or NDJSON of Practitioner,
 * PractitionerRole (one per privilege) and optionally VerificationResult (exclusion checks) and
 * Organization (the facility). No FHIR profile for privileges is normative; this mapping is
 * InScope's. Resources decode into the canonical roster, then validate like any other roster.
 */
import type { Credential, Grant, Practitioner, PrivilegeDef, Roster } from './schema';
import { CREDENTIAL_KINDS } from './schema';
import { validateRoster, type RosterError, type RosterResult } from './validate';
import type { DecodeOptions } from './csv-format';

export const FHIR_BASE = 'https://inscope.invalid/fhir';
export const EXT_GRANT_STATUS = `${FHIR_BASE}/StructureDefinition/privilege-grant-status`;
export const EXT_GRANT_CONDITION = `${FHIR_BASE}/StructureDefinition/privilege-condition`;
export const EXT_GRANT_NOTE = `${FHIR_BASE}/StructureDefinition/privilege-note`;
export const EXT_PRACTITIONER_STATUS = `${FHIR_BASE}/StructureDefinition/practitioner-status`;
export const EXT_CREDENTIAL_VERIFIED = `${FHIR_BASE}/StructureDefinition/credential-verified`;
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

/** Splits a Bundle or NDJSON text into resources; a syntax error names the line. */
export function readFhirResources(text: string): { resources: Json[]; timestamp?: string; errors: RosterError[] } {
  const src = text.replace(/^\ufeff/, '').trim();
  try {
    const one = JSON.parse(src) as Json;
    if (one.resourceType === 'Bundle') {
      const entries = (one.entry as Array<{ resource?: Json }> | undefined) ?? [];
      return {
        resources: entries.map((e) => e.resource).filter((r): r is Json => !!r && typeof r === 'object'),
        timestamp: (one.timestamp as string | undefined) ?? ((one.meta as Json | undefined)?.lastUpdated as string | undefined),
        errors: [],
      };
    }
    return { resources: [one], errors: [] };
  } catch {
    // Not one JSON document: NDJSON, one resource a line.
  }
  const resources: Json[] = [];
  const errors: RosterError[] = [];
  src.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    try {
      resources.push(JSON.parse(line) as Json);
    } catch (e) {
      errors.push({ path: `line ${i + 1}`, message: `is not valid JSON: ${(e as Error).message}` });
    }
  });
  return { resources, errors };
}

/** The `link[next]` URL of a FHIR search Bundle page, if any. */
export function nextPageUrl(bundle: unknown): string | undefined {
  const links = (bundle as { link?: Array<{ relation?: string; url?: string }> } | null)?.link;
  return links?.find((l) => l.relation === 'next')?.url;
}

export function decodeFhirRoster(text: string, options: DecodeOptions = {}): RosterResult {
  const { resources, timestamp, errors } = readFhirResources(text);
  if (errors.length) return { ok: false, errors };
  return decodeFhirResources(resources, { ...options, timestamp });
}

export function decodeFhirResources(resources: Json[], options: DecodeOptions & { timestamp?: string } = {}): RosterResult {
  const errors: RosterError[] = [];
  const practitioners = new Map<string, Practitioner>();
  const where = new Map<string, number>();
  const roles: Array<{ r: Json; i: number }> = [];
  const checks: Array<{ r: Json; i: number }> = [];
  let facility = options.facility;
  resources.forEach((r, i) => {
    switch (r.resourceType) {
      case 'Practitioner': {
        const p = practitionerOf(r, i, errors);
        if (p) {
          practitioners.set(p.id, p);
          where.set(p.id, i);
        }
        break;
      }
      case 'PractitionerRole': roles.push({ r, i }); break;
      case 'VerificationResult': checks.push({ r, i }); break;
      case 'Organization':
        if (!facility && typeof r.id === 'string') facility = { id: r.id, name: (r.name as string) || r.id };
        break;
      default: break; // Other resources are not part of a roster; ignore them.
    }
  });
  const stubs = new Map<string, string>();
  for (const { r, i } of roles) {
    const ref = refId((r.practitioner as Json | undefined)?.reference);
    const p = ref ? practitioners.get(ref) : undefined;
    if (!p) {
      errors.push({ path: `resources[${i}] (PractitionerRole/${r.id ?? '?'}).practitioner`, message: `refers to ${ref ? `Practitioner/${ref}, which is not in the file` : 'no Practitioner'}` });
      continue;
    }
    const coding = ((r.code as Array<{ coding?: Coding[] }> | undefined) ?? []).flatMap((c) => c.coding ?? []);
    const code = coding.find((c) => c.system === CS_PRIVILEGE) ?? coding[0];
    if (!code?.code) {
      errors.push({ path: `resources[${i}] (PractitionerRole/${r.id ?? '?'}).code`, practitioner: p.id, message: 'has no privilege code' });
      continue;
    }
    const ext = (r.extension as Extension[] | undefined) ?? [];
    const period = (r.period as { start?: string; end?: string } | undefined) ?? {};
    const explicit = ext.find((e) => e.url === EXT_GRANT_STATUS)?.valueCode;
    const status = (explicit ?? (r.active === false ? 'expired' : 'granted')) as Grant['status'];
    const grant: Grant = { privilegeId: code.code, status };
    if (period.start) grant.effective = period.start.slice(0, 10);
    if (period.end) grant.expires = period.end.slice(0, 10);
    const conditions = ext.filter((e) => e.url === EXT_GRANT_CONDITION).map((e) => e.valueString ?? e.valueCode ?? '').filter(Boolean);
    if (conditions.length) grant.conditions = conditions;
    const note = ext.find((e) => e.url === EXT_GRANT_NOTE)?.valueString;
    if (note) grant.note = note;
    p.privileges.push(grant);
    if (code.display && !stubs.has(code.code)) stubs.set(code.code, code.display);
    const specialty = ((r.specialty as Array<{ text?: string; coding?: Coding[] }> | undefined) ?? [])[0];
    if (!p.department && specialty) p.department = specialty.text ?? specialty.coding?.[0]?.display;
  }
  for (const { r, i } of checks) {
    const ref = refId(((r.target as Json[] | undefined) ?? [])[0]?.reference);
    const p = ref ? practitioners.get(ref) : undefined;
    if (!p) {
      errors.push({ path: `resources[${i}] (VerificationResult/${r.id ?? '?'}).target`, message: `refers to ${ref ? `Practitioner/${ref}, which is not in the file` : 'no Practitioner'}` });
      continue;
    }
    const failed = r.status === 'val-fail';
    p.credentials.push({
      kind: 'exclusion-check', status: failed ? 'excluded' : 'clear',
      ...(r.lastPerformed ? { verifiedAt: String(r.lastPerformed).slice(0, 10) } : {}),
      ...(((r.validator as Json[] | undefined)?.[0]?.organization as Json | undefined)?.display ? { issuer: String(((r.validator as Json[])[0].organization as Json).display) } : {}),
    });
  }
  if (errors.length) return { ok: false, errors };
  const list = [...practitioners.values()];
  const catalog = options.catalog ?? [];
  const known = new Set(catalog.map((c) => c.id));
  const privileges: PrivilegeDef[] = [...catalog];
  for (const [id, name] of stubs) if (!known.has(id)) privileges.push({ id, name, kind: 'core', procedures: [] });
  const roster: Roster = {
    format: 'inscope-roster', version: 1,
    generatedAt: normaliseInstant(options.timestamp) ?? (options.now ?? new Date()).toISOString(),
    facility: facility ?? { id: 'unknown-facility', name: 'Unnamed facility' },
    privileges,
    practitioners: list,
  };
  const result = validateRoster(roster);
  if (result.ok) return result;
  const index = new Map(list.map((p, n) => [n, where.get(p.id)!]));
  return {
    ok: false,
    errors: result.errors.map((e) => {
      const m = /^practitioners\[(\d+)\]\.?(.*)$/.exec(e.path);
      return m ? { ...e, path: `resources[${index.get(Number(m[1]))}] (Practitioner)${m[2] ? `.${m[2]}` : ''}` } : e;
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

function practitionerOf(r: Json, i: number, errors: RosterError[]): Practitioner | undefined {
  if (typeof r.id !== 'string' || !r.id) {
    errors.push({ path: `resources[${i}] (Practitioner).id`, message: 'is required' });
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
  for (const q of (r.qualification as Json[] | undefined) ?? []) {
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
      if (period.start) c.issued = period.start.slice(0, 10);
      if (period.end) c.expires = period.end.slice(0, 10);
      const verified = ((q.extension as Extension[] | undefined) ?? []).find((e) => e.url === EXT_CREDENTIAL_VERIFIED)?.valueDate;
      if (verified) c.verifiedAt = verified;
      credentials.push(c);
    } else if (degree?.code && !type) {
      type = degree.code;
    }
  }
  const aliases = names.filter((n) => n !== official).map((n) => n.text ?? [...(n.given ?? []), n.family].filter(Boolean).join(' ')).filter(Boolean);
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
  const entry: Json[] = [{ fullUrl: `Organization/${roster.facility.id}`, resource: { resourceType: 'Organization', id: roster.facility.id, name: roster.facility.name } }];
  for (const p of roster.practitioners) {
    const qualification: Json[] = [{ code: { coding: [{ system: DEGREE_SYSTEM, code: p.type }] } }];
    for (const c of p.credentials) {
      if (c.kind === 'exclusion-check') continue;
      qualification.push({
        ...(c.identifier ? { identifier: [{ value: c.identifier }] } : {}),
        code: { coding: [{ system: CS_CREDENTIAL, code: c.kind }] },
        ...(c.issued || c.expires ? { period: { ...(c.issued ? { start: c.issued } : {}), ...(c.expires ? { end: c.expires } : {}) } } : {}),
        ...(c.issuer ? { issuer: { display: c.issuer } } : {}),
        ...(c.verifiedAt ? { extension: [{ url: EXT_CREDENTIAL_VERIFIED, valueDate: c.verifiedAt }] } : {}),
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
  return { resourceType: 'Bundle', type: 'collection', timestamp: roster.generatedAt, entry };
}
