/**
 * The CDS Hooks service (`inscope serve`): EHRs that speak CDS Hooks call it when an appointment
 * is booked. `GET /cds-services` lists an `appointment-book` service; `POST
 * /cds-services/inscope-privileges` reads the proposed Appointments and answers with cards:
 * critical for block, warning for warn and unknown, none for ok. Requests are validated with
 * zod; a bad request gets a 400 with one sentence; the service never crashes on input. The
 * roster is reloaded when its file changes (an invalid new file keeps the previous roster).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { readFileSync, statSync, watch, type FSWatcher } from 'node:fs';
import { basename, dirname } from 'node:path';
import { z } from 'zod';
import { Engine, type CaseInput } from '../lib/engine';
import { DEFAULT_POLICY, VerdictPolicy } from '../lib/policy';
import { builtinVocabulary } from '../lib/vocabulary/builtin';
import type { CdsAuth } from './cds-auth';
import { readRosterBytes } from '../lib/roster/load';
import { AGE_SOURCE_WORDS, formatRosterError } from '../lib/roster/validate';
import type { FacilityVocabulary, PrivilegeDef, Roster } from '../lib/roster/schema';
import { NPI_SYSTEM } from '../lib/roster/fhir';
import type { CaseVerdict } from '../lib/verdict';

export const SERVICE_ID = 'inscope-privileges';
const MAX_BODY = 5 * 1024 * 1024;

const Coding = z.object({ system: z.string().optional(), code: z.string().optional(), display: z.string().optional() }).loose();
const CodeableConcept = z.object({ text: z.string().optional(), coding: z.array(Coding).optional() }).loose();
const Reference = z.object({
  reference: z.string().optional(),
  display: z.string().optional(),
  identifier: z.object({ system: z.string().optional(), value: z.string().optional() }).loose().optional(),
}).loose();
/** The Appointment fields InScope reads; each is checked on its own, so one bad field is named, not fatal. */
const APPOINTMENT_FIELDS = {
  id: z.string(),
  start: z.string(),
  description: z.string(),
  serviceType: z.array(CodeableConcept),
  reasonCode: z.array(CodeableConcept),
  participant: z.array(z.object({ actor: Reference.optional(), type: z.array(CodeableConcept).optional() }).loose()),
} as const;

export interface AppointmentRead {
  id?: string;
  start?: string;
  description?: string;
  serviceType?: Array<z.infer<typeof CodeableConcept>>;
  reasonCode?: Array<z.infer<typeof CodeableConcept>>;
  participant: Array<{ actor?: z.infer<typeof Reference> }>;
  /** Fields present but not in the shape FHIR R4 gives them. */
  problems: string[];
}

/** Reads the fields InScope needs from an Appointment, naming each that is malformed. */
export function readAppointment(resource: Record<string, unknown>): AppointmentRead {
  const out: AppointmentRead = { participant: [], problems: [] };
  for (const [field, schema] of Object.entries(APPOINTMENT_FIELDS)) {
    const value = resource[field];
    if (value === undefined) continue;
    const parsed = schema.safeParse(value);
    if (parsed.success) (out as unknown as Record<string, unknown>)[field] = parsed.data;
    else {
      const issue = parsed.error.issues[0];
      out.problems.push(`${field}${issue.path.length ? `.${issue.path.join('.')}` : ''} ${issue.message.replace(/^Invalid input: /, '')}`);
    }
  }
  return out;
}

/** A FHIR dateTime/instant that names a day: YYYY-MM-DD, optionally with a time and offset. */
const FHIR_DATETIME = /^(\d{4}-\d{2}-\d{2})(T([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?(Z|[+-](0\d|1[0-4]):[0-5]\d))?$/;

/** The `appointments` context, in either published form: a Bundle (current) or a plain array (older). */
const Appointments = z.union([
  z.object({ resourceType: z.literal('Bundle'), entry: z.array(z.unknown()).default([]) }).loose(),
  z.array(z.unknown()),
], { error: 'must be a FHIR Bundle of Appointments (or, in the older form of the hook, an array of Appointments)' });

export const HookRequestSchema = z.object({
  hookInstance: z.string().min(1),
  hook: z.literal('appointment-book', { error: 'this service answers the appointment-book hook' }),
  fhirServer: z.string().optional(),
  context: z.object({
    userId: z.string().min(1),
    patientId: z.string().min(1),
    appointments: Appointments,
  }).loose(),
}).loose();

export interface Card {
  uuid: string;
  summary: string;
  detail: string;
  indicator: 'info' | 'warning' | 'critical';
  source: { label: string; topic?: { code: string; display: string } };
  overrideReasons?: Array<{ code: string; system: string; display: string }>;
}

const OVERRIDE_SYSTEM = 'https://inscope.invalid/cds/override-reason';
const OVERRIDE_REASONS = [
  { code: 'privileges-verified', system: OVERRIDE_SYSTEM, display: 'Privileges verified with Medical Staff Office' },
  { code: 'proctor-arranged', system: OVERRIDE_SYSTEM, display: 'Proctor or supervision arranged' },
  { code: 'emergency', system: OVERRIDE_SYSTEM, display: 'Emergency: disaster or emergency privileges apply' },
];

/**
 * Where an Appointment is, as printed: its Location participants (the Location resource sent in
 * the same Bundle gives its name, aliases and managing organization) and a serviceProvider an
 * EHR adds; each text in turn, for the facility directory to read.
 */
export function placesOf(resource: Record<string, unknown>, sent: ReadonlyMap<string, Record<string, unknown>>): string[] {
  const out: string[] = [];
  const add = (v: unknown) => {
    if (typeof v === 'string' && v.trim()) out.push(v.trim());
  };
  const fromReference = (ref: unknown) => {
    if (!ref || typeof ref !== 'object') return;
    const r = ref as { reference?: unknown; display?: unknown; identifier?: { value?: unknown } };
    add(r.display);
    add(r.identifier?.value);
    if (typeof r.reference !== 'string') return;
    const local = sent.get(r.reference.replace(/^.*\/(Location|Organization)\//, '$1/'));
    if (local) {
      add(local.name);
      if (Array.isArray(local.alias)) local.alias.forEach(add);
      fromReference(local.managingOrganization);
    }
    // The id itself: a facility's id in its roster is often the EHR's Location or Organization id.
    add(/(?:Location|Organization)\/([^/]+)$/.exec(r.reference)?.[1]);
  };
  const participants = Array.isArray(resource.participant) ? resource.participant : [];
  for (const p of participants) {
    const actor = (p as { actor?: { reference?: unknown } } | undefined)?.actor;
    if (typeof actor?.reference === 'string' && /(^|\/)Location\//.test(actor.reference)) fromReference(actor);
  }
  fromReference(resource.serviceProvider);
  return out;
}

/** The case an Appointment proposes: who (NPI, roster id or name), what, when, and where (`places`, read by placesOf). */
export function caseOf(appointment: AppointmentRead, rosters: readonly Roster[], facility?: string): CaseInput | { error: string } {
  // A participant that refers to another kind of resource (a Location, a Device) is not the practitioner, whatever its identifier.
  const people = appointment.participant.map((p) => p.actor).filter((a): a is z.infer<typeof Reference> => !!a && (!a.reference ? !!(a.identifier || a.display) : /(^|\/)Practitioner(Role)?\//.test(a.reference)));
  let practitioner: string | undefined;
  for (const actor of people) {
    if (actor.identifier?.system === NPI_SYSTEM && actor.identifier.value) {
      practitioner = actor.identifier.value;
      break;
    }
    const id = /Practitioner\/([^/]+)$/.exec(actor.reference ?? '')?.[1];
    const byId = id && rosters.map((r) => r.practitioners.find((p) => p.id === id)).find(Boolean);
    if (byId) {
      practitioner = byId.npi ?? `${byId.name.family}, ${byId.name.given.join(' ')}`;
      break;
    }
    if (actor.display) practitioner = actor.display;
  }
  if (!practitioner) return { error: 'names no practitioner (participant actor with an NPI identifier, a Practitioner reference or a display name)' };
  const texts = [
    ...(appointment.serviceType ?? []).map((c) => c.text ?? c.coding?.find((x) => x.display)?.display),
    ...(appointment.reasonCode ?? []).map((c) => c.text ?? c.coding?.find((x) => x.display)?.display),
    appointment.description,
  ].filter((t): t is string => !!t?.trim());
  const code = [...(appointment.serviceType ?? []), ...(appointment.reasonCode ?? [])].flatMap((c) => c.coding ?? []).find((c) => c.code)?.code;
  if (!texts.length) return { error: 'names no procedure (serviceType, reasonCode or description)' };
  // The day the appointment starts, in the offset it is written in; anything else is not a date
  // (and the verdict unknown), never today's answer.
  const start = appointment.start?.trim() ?? '';
  const date = FHIR_DATETIME.exec(start)?.[1] ?? start;
  return { practitioner, procedure: texts[0], ...(code ? { code } : {}), date, ...(facility ? { facility } : {}) };
}

function clip(s: string, n = 139): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

export function cardFor(v: CaseVerdict, input: CaseInput): Card | undefined {
  if (v.verdict === 'ok') return undefined;
  const who = v.practitioner?.name ?? input.practitioner;
  const label = v.verdict === 'block' ? 'Outside privileges' : v.verdict === 'warn' ? 'Privilege condition' : 'Cannot verify privileges';
  return {
    uuid: randomUUID(),
    summary: clip(`${label}: ${who} — ${input.procedure} on ${v.date}`),
    detail: [
      `**${who}** · ${input.procedure} · ${v.date}${v.facility ? ` · ${v.facility.name}` : ''}`,
      '',
      ...v.reasons.filter((r) => r.severity !== 'ok').map((r) => `- ${r.message}`),
      ...(v.candidates?.length ? ['', `Could be: ${v.candidates.map((c) => c.name).join('; ')}`] : []),
    ].join('\n'),
    indicator: v.verdict === 'block' ? 'critical' : 'warning',
    source: { label: 'InScope privilege check', topic: { code: v.verdict, display: `InScope verdict: ${v.verdict}` } },
    overrideReasons: OVERRIDE_REASONS,
  };
}

/** A warning card for an appointment InScope could not read: never silence, which would read as "fine". */
function unreadableCard(what: string, why: string): Card {
  return {
    uuid: randomUUID(), indicator: 'warning', source: { label: 'InScope privilege check', topic: { code: 'unknown', display: 'InScope verdict: unknown' } },
    summary: clip(`Cannot verify privileges for ${what}`),
    detail: `InScope could not read ${what}: ${why}. Verify the practitioner's privileges manually.`,
  };
}

/**
 * Cards for the proposed appointments: one per appointment that is not `ok` (critical for block,
 * warning for warn and unknown, with the reasons), and a warning card for each appointment InScope
 * cannot read. An appointment with no card was checked and is within privileges (docs/cds-hooks.md).
 * Entries that are not Appointments (a Patient, a Location sent along) are context, not cases.
 */
export function cardsFor(appointments: z.infer<typeof HookRequestSchema>['context']['appointments'], rosters: readonly Roster[], policy: VerdictPolicy, now: Date): Card[] {
  const entries = Array.isArray(appointments) ? appointments.map((resource) => ({ resource })) : appointments.entry;
  const cards: Card[] = [];
  // Locations and Organizations sent along, by reference, for the facility each appointment is at.
  const sent = new Map<string, Record<string, unknown>>();
  for (const entry of entries) {
    const r = (entry && typeof entry === 'object' ? (entry as { resource?: unknown }).resource : undefined) as Record<string, unknown> | undefined;
    if (r && (r.resourceType === 'Location' || r.resourceType === 'Organization') && typeof r.id === 'string') sent.set(`${r.resourceType}/${r.id}`, r);
  }
  entries.forEach((entry, n) => {
    const resource = (entry && typeof entry === 'object' ? (entry as { resource?: unknown }).resource : undefined) as Record<string, unknown> | undefined;
    const what = `appointment ${typeof resource?.id === 'string' && resource.id ? resource.id : `#${n + 1}`}`;
    if (!resource || typeof resource !== 'object' || Array.isArray(resource)) {
      cards.push(unreadableCard(what, Array.isArray(appointments) ? 'it is not a FHIR resource' : 'the Bundle entry holds no resource'));
      return;
    }
    if (resource.resourceType !== 'Appointment') return;
    const appointment = readAppointment(resource);
    if (appointment.problems.length) {
      cards.push(unreadableCard(what, `${appointment.problems.join('; ')}`));
      return;
    }
    // The first place that names a loaded facility; else the first place as printed (the policy then asks every facility).
    const places = policy.rosters.length > 1 ? placesOf(resource, sent) : [];
    const input = caseOf(appointment, rosters, places.find((t) => policy.facilityOf({ facility: t }).roster) ?? places[0]);
    if ('error' in input) {
      cards.push(unreadableCard(what, `it ${input.error}`));
      return;
    }
    const [v] = policy.cases([input], now);
    const card = cardFor(v, input);
    if (card) cards.push(card);
  });
  return cards;
}

export interface ServeOptions {
  /** One roster file per facility (a health system's several; each reloads on its own). */
  rosterPaths: string[];
  /** The privilege catalogs CSV and FHIR rosters use, by facility id (or one for all). */
  catalogs?: Array<{ facility?: string; privileges: PrivilegeDef[] }>;
  /** The facility vocabulary given beside the roster (the roster's own, if it carries one, applies too). */
  vocabulary?: FacilityVocabulary;
  port?: number;
  host?: string;
  maxRosterAgeHours?: number;
  log?: (line: string) => void;
  now?: () => Date;
  /** How often the roster file's path is looked at for a replacement (ms; also watched for changes). */
  pollMs?: number;
  /** Who may ask: the EHRs whose signed tokens are trusted (cli/cds-auth.ts). */
  auth?: CdsAuth;
  /** Development only: answer requests that carry no signed token. One of `auth` or this must be given. */
  insecureNoAuth?: boolean;
  /** Browser origins allowed to call the service (CORS); none by default. */
  corsOrigins?: string[];
}

export interface CdsService {
  server: Server;
  port: number;
  /** Reloads the rosters now (also done when a file at a path changes or is replaced); false if any could not be. */
  reload(): boolean;
  close(): Promise<void>;
}

export async function startCdsService(options: ServeOptions): Promise<CdsService> {
  if (!options.auth && !options.insecureNoAuth) throw new Error('the service needs trusted issuers (--trust ISSUER=JWKS), or --insecure-no-auth for development');
  const log = options.log ?? (() => undefined);
  const now = options.now ?? (() => new Date());
  let policy: VerdictPolicy;
  /** The roster in use from each path: a path whose new file is bad keeps its previous roster. */
  const rosters = new Map<string, { roster: Roster; engine: Engine }>();
  const settings = { ...DEFAULT_POLICY, maxRosterAgeHours: options.maxRosterAgeHours ?? DEFAULT_POLICY.maxRosterAgeHours };
  const catalogFor = (facility?: string) => {
    const all = options.catalogs ?? [];
    return (all.find((c) => facility && c.facility === facility) ?? (all.length === 1 ? all[0] : undefined))?.privileges;
  };
  /** Loads the roster at a path; anything wrong keeps the previous one (and says why), never ends the process. */
  const loadOne = (path: string): boolean => {
    try {
      let bytes: Buffer;
      let mtime: Date;
      try {
        bytes = readFileSync(path);
        mtime = statSync(path).mtime;
      } catch (e) {
        log(`roster not reloaded: cannot read ${path} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); the previous roster stays in use`);
        return false;
      }
      const read = (catalog?: PrivilegeDef[]) => readRosterBytes(bytes, path, { catalog, now: now(), fallbackTime: { at: mtime.toISOString(), from: 'file-time' } });
      let { result, format } = read(catalogFor());
      // A CSV or FHIR roster takes the catalog of the facility it names.
      if (result.ok && format !== 'json' && (options.catalogs?.length ?? 0) > 1) ({ result, format } = read(catalogFor(result.roster.facility.id)));
      if (!result.ok) {
        log(`roster not reloaded: ${result.errors.length} error(s) in ${path}, first ${formatRosterError(result.errors[0])}; the previous roster stays in use`);
        return false;
      }
      const roster = result.roster;
      const twin = [...rosters].find(([p, r]) => p !== path && r.roster.facility.id === roster.facility.id);
      if (twin) {
        log(`roster not loaded: ${path} is for ${roster.facility.name} (${roster.facility.id}), as ${twin[0]} is: one roster per facility`);
        return false;
      }
      rosters.set(path, { roster, engine: new Engine(roster, { vocabulary: builtinVocabulary, terms: options.vocabulary?.terms, addons: options.vocabulary?.addons }) });
      log(`roster loaded: ${roster.practitioners.length} practitioners (${roster.facility.name}, generated ${roster.generatedAt}, from ${AGE_SOURCE_WORDS[result.generatedAtFrom ?? 'generatedAt']})`);
      return true;
    } catch (e) {
      log(`roster not reloaded: ${(e as Error)?.message ?? e}; the previous roster stays in use`);
      return false;
    }
  };
  const rebuild = () => {
    const loaded = options.rosterPaths.flatMap((p) => (rosters.has(p) ? [rosters.get(p)!] : []));
    policy = new VerdictPolicy(loaded.map(({ roster, engine }) => ({ engine, generatedAt: roster.generatedAt, facility: roster.facility })), settings);
  };
  const load = (paths: readonly string[] = options.rosterPaths): boolean => {
    let ok = true;
    for (const p of paths) ok = loadOne(p) && ok;
    rebuild();
    return ok;
  };
  if (!options.rosterPaths.length) throw new Error('the service needs a roster');
  for (const p of options.rosterPaths) if (!loadOne(p)) throw new Error(`"${p}" could not be loaded as a roster`);
  rebuild();
  const inUse = () => options.rosterPaths.flatMap((p) => (rosters.has(p) ? [rosters.get(p)!.roster] : []));

  const cors = new Set(options.corsOrigins ?? []);
  // CORS only for the browser origins configured: other pages' scripts get no readable answer.
  const corsHeaders = (req: IncomingMessage): Record<string, string> => {
    const origin = req.headers.origin;
    return origin && cors.has(origin) ? { 'access-control-allow-origin': origin, vary: 'Origin' } : {};
  };
  const send = (res: ServerResponse, status: number, body: unknown, req: IncomingMessage) => {
    res.writeHead(status, { 'content-type': 'application/json', ...corsHeaders(req) }).end(JSON.stringify(body));
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const reply = (status: number, out: unknown): void => send(res, status, out, req);
    const path = new URL(req.url ?? '/', 'http://x').pathname.replace(/\/+$/, '');
    if (req.method === 'OPTIONS') {
      const allowed = corsHeaders(req);
      res.writeHead(allowed['access-control-allow-origin'] ? 204 : 403, {
        ...allowed, 'access-control-allow-headers': 'content-type, authorization', 'access-control-allow-methods': 'GET, POST',
      }).end();
      return;
    }
    if (req.method === 'GET' && path === '/cds-services') {
      reply(200, {
        services: [{
          hook: 'appointment-book', id: SERVICE_ID, title: 'InScope privilege check',
          description: 'Checks each proposed appointment against the practitioner\'s clinical privileges and credentials on the appointment date.',
        }],
      });
      return;
    }
    if (path !== `/cds-services/${SERVICE_ID}`) {
      reply(404, { error: `No service here: GET /cds-services lists the services; POST /cds-services/${SERVICE_ID} checks appointments.` });
      return;
    }
    if (req.method !== 'POST') {
      reply(405, { error: 'Use POST with a CDS Hooks request.' });
      return;
    }
    // Who is asking, before anything is read: the EHR's signed token (CDS Hooks, "Trusting CDS Clients").
    if (options.auth) {
      const proto = (req.headers['x-forwarded-proto'] as string | undefined)?.split(',')[0].trim() || 'http';
      const reached = `${proto}://${req.headers.host ?? '127.0.0.1'}${path}`;
      const who = options.auth.check(req.headers.authorization, reached);
      if (!who.ok) {
        log(`request refused: ${who.why}`);
        res.writeHead(401, { 'content-type': 'application/json', 'www-authenticate': 'Bearer', ...corsHeaders(req) }).end(JSON.stringify({ error: `Not authorized: ${who.why}.` }));
        req.resume();
        return;
      }
    }
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > MAX_BODY) {
        reply(413, { error: 'The request is larger than 5 MB.' });
        return;
      }
      chunks.push(chunk as Buffer);
    }
    // Decoded once the body is whole: a character split across packets stays one character.
    let raw: string;
    try {
      raw = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
    } catch {
      reply(400, { error: 'The request body is not UTF-8 text.' });
      return;
    }
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      reply(400, { error: 'The request body is not JSON.' });
      return;
    }
    const parsed = HookRequestSchema.safeParse(body);
    if (!parsed.success) {
      const i = parsed.error.issues[0];
      reply(400, { error: `Invalid CDS Hooks request: ${i.path.join('.') || 'body'} ${i.message}.` });
      return;
    }
    reply(200, { cards: cardsFor(parsed.data.context.appointments, inUse(), policy, now()) });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      log(`request failed: ${(e as Error).message}`);
      if (!res.headersSent) send(res, 500, { error: 'InScope could not check this request.' }, req);
    });
  });
  // A client that stalls is cut off: headers within 10 s, the whole request within 30 s.
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8470, options.host ?? '127.0.0.1', resolve);
  });
  const port = (server.address() as { port: number }).port;
  // Watch only once listening: a service that failed to start must not keep the process alive.
  // The path is what counts, not the file first opened there: a roster replaced by rename (as
  // exports and deploy scripts do) is a new file. The folder is watched for quick notice, and the
  // path's identity and time are polled as a fallback.
  const timers = new Map<string, NodeJS.Timeout>();
  const soon = (path: string) => {
    clearTimeout(timers.get(path));
    // Editors and copies write in steps: wait for the file to settle.
    timers.set(path, setTimeout(() => load([path]), 200));
  };
  const watchers: FSWatcher[] = [];
  for (const dir of new Set(options.rosterPaths.map((p) => dirname(p)))) {
    const here = options.rosterPaths.filter((p) => dirname(p) === dir);
    try {
      const w = watch(dir, (_event, file) => {
        for (const p of here) if (!file || file.toString() === basename(p)) soon(p);
      });
      w.on('error', () => undefined);
      watchers.push(w);
    } catch {
      log(`roster folder ${dir} is not watched (the platform refused); changes are noticed by polling`);
    }
  }
  const identity = (path: string) => {
    try {
      const st = statSync(path);
      return `${st.ino}:${st.size}:${st.mtimeMs}`;
    } catch {
      return '';
    }
  };
  const seen = new Map(options.rosterPaths.map((p) => [p, identity(p)]));
  const poll = setInterval(() => {
    for (const p of options.rosterPaths) {
      const id = identity(p);
      if (id && id !== seen.get(p)) {
        seen.set(p, id);
        soon(p);
      }
    }
  }, options.pollMs ?? 2000);
  poll.unref();
  return {
    server, port, reload: () => load(),
    close: () => new Promise<void>((r) => {
      for (const w of watchers) w.close();
      options.auth?.close();
      clearInterval(poll);
      for (const t of timers.values()) clearTimeout(t);
      server.close(() => r());
    }),
  };
}
