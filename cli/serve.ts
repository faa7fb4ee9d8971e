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
import { readFileSync, watch, type FSWatcher } from 'node:fs';
import { z } from 'zod';
import { Engine, type CaseInput } from '../lib/engine';
import { readRoster } from '../lib/roster/load';
import { formatRosterError } from '../lib/roster/validate';
import type { PrivilegeDef, Roster } from '../lib/roster/schema';
import { NPI_SYSTEM } from '../lib/roster/fhir';
import { todayIso } from '../lib/dates';
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
const Appointment = z.object({
  resourceType: z.literal('Appointment'),
  id: z.string().optional(),
  status: z.string().optional(),
  start: z.string().optional(),
  description: z.string().optional(),
  serviceType: z.array(CodeableConcept).optional(),
  reasonCode: z.array(CodeableConcept).optional(),
  participant: z.array(z.object({ actor: Reference.optional(), type: z.array(CodeableConcept).optional() }).loose()).default([]),
}).loose();

export const HookRequestSchema = z.object({
  hookInstance: z.string().min(1),
  hook: z.literal('appointment-book', { error: 'this service answers the appointment-book hook' }),
  fhirServer: z.string().optional(),
  context: z.object({
    userId: z.string().min(1),
    patientId: z.string().min(1),
    appointments: z.object({
      resourceType: z.literal('Bundle'),
      entry: z.array(z.object({ resource: z.unknown() }).loose()).default([]),
    }).loose(),
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

/** The case an Appointment proposes: who (NPI, roster id or name), what, when. */
export function caseOf(appointment: z.infer<typeof Appointment>, roster: Roster): CaseInput | { error: string } {
  const people = appointment.participant.map((p) => p.actor).filter((a): a is z.infer<typeof Reference> => !!a && (!a.reference || /Practitioner\//.test(a.reference) || !!a.identifier));
  let practitioner: string | undefined;
  for (const actor of people) {
    if (actor.identifier?.system === NPI_SYSTEM && actor.identifier.value) {
      practitioner = actor.identifier.value;
      break;
    }
    const id = /Practitioner\/([^/]+)$/.exec(actor.reference ?? '')?.[1];
    const byId = id && roster.practitioners.find((p) => p.id === id);
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
  const date = appointment.start && /^\d{4}-\d{2}-\d{2}/.test(appointment.start) ? appointment.start.slice(0, 10) : undefined;
  return { practitioner, procedure: texts[0], ...(code ? { code } : {}), ...(date ? { date } : {}) };
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
      `**${who}** · ${input.procedure} · ${v.date}`,
      '',
      ...v.reasons.filter((r) => r.severity !== 'ok').map((r) => `- ${r.message}`),
      ...(v.candidates?.length ? ['', `Could be: ${v.candidates.map((c) => c.name).join('; ')}`] : []),
    ].join('\n'),
    indicator: v.verdict === 'block' ? 'critical' : 'warning',
    source: { label: 'InScope privilege check', topic: { code: v.verdict, display: `InScope verdict: ${v.verdict}` } },
    overrideReasons: OVERRIDE_REASONS,
  };
}

export interface ServeOptions {
  rosterPath: string;
  catalog?: PrivilegeDef[];
  port?: number;
  host?: string;
  maxRosterAgeHours?: number;
  log?: (line: string) => void;
  now?: () => Date;
}

export interface CdsService {
  server: Server;
  port: number;
  /** Reloads the roster now (also done when the file changes). */
  reload(): boolean;
  close(): Promise<void>;
}

export async function startCdsService(options: ServeOptions): Promise<CdsService> {
  const log = options.log ?? (() => undefined);
  const now = options.now ?? (() => new Date());
  let engine: Engine;
  let roster: Roster;
  const load = (): boolean => {
    let text: string;
    try {
      text = readFileSync(options.rosterPath, 'utf8');
    } catch (e) {
      log(`roster not reloaded: cannot read ${options.rosterPath} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
      return false;
    }
    const { result } = readRoster(text, options.rosterPath, { catalog: options.catalog });
    if (!result.ok) {
      log(`roster not reloaded: ${result.errors.length} error(s), first ${formatRosterError(result.errors[0])}; the previous roster stays in use`);
      return false;
    }
    roster = result.roster;
    engine = new Engine(roster);
    log(`roster loaded: ${roster.practitioners.length} practitioners (${roster.facility.name}, generated ${roster.generatedAt})`);
    return true;
  };
  if (!load()) throw new Error(`"${options.rosterPath}" could not be loaded as a roster`);


  const send = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json', 'access-control-allow-origin': '*' }).end(JSON.stringify(body));
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://x').pathname.replace(/\/+$/, '');
    if (req.method === 'OPTIONS') {
      res.writeHead(204, { 'access-control-allow-origin': '*', 'access-control-allow-headers': 'content-type, authorization', 'access-control-allow-methods': 'GET, POST' }).end();
      return;
    }
    if (req.method === 'GET' && path === '/cds-services') {
      send(res, 200, {
        services: [{
          hook: 'appointment-book', id: SERVICE_ID, title: 'InScope privilege check',
          description: 'Checks each proposed appointment against the practitioner\'s clinical privileges and credentials on the appointment date.',
        }],
      });
      return;
    }
    if (path !== `/cds-services/${SERVICE_ID}`) {
      send(res, 404, { error: `No service here: GET /cds-services lists the services; POST /cds-services/${SERVICE_ID} checks appointments.` });
      return;
    }
    if (req.method !== 'POST') {
      send(res, 405, { error: 'Use POST with a CDS Hooks request.' });
      return;
    }
    let raw = '';
    for await (const chunk of req) {
      raw += chunk;
      if (raw.length > MAX_BODY) {
        send(res, 413, { error: 'The request is larger than 5 MB.' });
        return;
      }
    }
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      send(res, 400, { error: 'The request body is not JSON.' });
      return;
    }
    const parsed = HookRequestSchema.safeParse(body);
    if (!parsed.success) {
      const i = parsed.error.issues[0];
      send(res, 400, { error: `Invalid CDS Hooks request: ${i.path.join('.') || 'body'} ${i.message}.` });
      return;
    }
    const cards: Card[] = [];
    const generatedAt = new Date(roster.generatedAt).getTime();
    const stale = (now().getTime() - generatedAt) / 3_600_000 > (options.maxRosterAgeHours ?? 24) ? roster.generatedAt : undefined;
    parsed.data.context.appointments.entry.forEach((entry, n) => {
      const appointment = Appointment.safeParse(entry.resource);
      if (!appointment.success) return; // Only Appointments are checked; other entries are context.
      const input = caseOf(appointment.data, roster);
      if ('error' in input) {
        cards.push({
          uuid: randomUUID(), indicator: 'warning', source: { label: 'InScope privilege check' },
          summary: clip(`Cannot verify privileges for appointment ${appointment.data.id ?? n + 1}`),
          detail: `The appointment ${input.error}; verify the practitioner's privileges manually.`,
        });
        return;
      }
      const v = engine.evaluateCase(input, { today: todayIso(now()), ...(stale ? { staleSince: stale } : {}) });
      const card = cardFor(v, input);
      if (card) cards.push(card);
    });
    send(res, 200, { cards });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      log(`request failed: ${(e as Error).message}`);
      if (!res.headersSent) send(res, 500, { error: 'InScope could not check this request.' });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8470, options.host ?? '127.0.0.1', resolve);
  });
  const port = (server.address() as { port: number }).port;
  // Watch only once listening: a service that failed to start must not keep the process alive.
  let watcher: FSWatcher | undefined;
  let timer: NodeJS.Timeout | undefined;
  try {
    watcher = watch(options.rosterPath, () => {
      clearTimeout(timer);
      // Editors and copies write in steps: wait for the file to settle.
      timer = setTimeout(load, 200);
    });
  } catch {
    log('roster file is not watched (the platform refused); restart to reload');
  }
  return {
    server, port, reload: load,
    close: () => new Promise<void>((r) => {
      watcher?.close();
      clearTimeout(timer);
      server.close(() => r());
    }),
  };
}
