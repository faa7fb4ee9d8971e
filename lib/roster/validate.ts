/**
 * Roster validation with errors a coordinator can act on: each names the JSON path and, inside
 * a practitioner, who it is. Beyond the schema it checks what a schema cannot: unique ids and
 * NPIs, and grants that refer to privileges the catalog defines.
 */
import type { z } from 'zod';
import { RosterSchema, type PrivilegeDef, type Roster } from './schema';

/** A roster dated this far ahead of the clock is still accepted (clocks differ a little). */
export const CLOCK_SKEW_MS = 5 * 60_000;

export interface RosterError {
  /** JSON path, e.g. `practitioners[12].credentials[0].expires`. */
  path: string;
  /** The practitioner the error is in, as "id (Family, Given)", when it is in one. */
  practitioner?: string;
  message: string;
}

/**
 * Where a roster's age comes from: its own `generatedAt`, a CSV column, the FHIR Bundle's
 * `meta.lastUpdated` or `timestamp`, the HTTP response's `Last-Modified` or `Date`, the file's
 * modification time, or (nothing else known) the moment it was read.
 */
export type AgeSource = 'generatedAt' | 'column' | 'meta.lastUpdated' | 'Bundle.timestamp' | 'http-last-modified' | 'http-date' | 'file-time' | 'read-time';

export const AGE_SOURCE_WORDS: Record<AgeSource, string> = {
  generatedAt: 'its generatedAt', column: 'its generated_at column', 'meta.lastUpdated': "the Bundle's meta.lastUpdated",
  'Bundle.timestamp': "the Bundle's timestamp", 'http-last-modified': "the server's Last-Modified header", 'http-date': "the server's Date header",
  'file-time': "the file's modification time", 'read-time': 'the time it was read (nothing in it or about it says when it was made)',
};

export type RosterResult =
  | { ok: true; roster: Roster; generatedAtFrom?: AgeSource }
  | { ok: false; errors: RosterError[] };

/** How a roster's readers are told about the world around the file. */
export interface DecodeOptions {
  /** The privilege catalog CSV and FHIR grants refer to. */
  catalog?: PrivilegeDef[];
  facility?: { id: string; name: string; aliases?: string[] };
  /** The clock (a roster dated after it is refused). */
  now?: Date;
  /** When the file says nothing of its age: what its transport says (HTTP headers, the file's time). */
  fallbackTime?: { at: string; from: Extract<AgeSource, 'http-last-modified' | 'http-date' | 'file-time'> };
}

/** The roster's age when the file says nothing: the transport's time, else now. */
export function fallbackAge(options: DecodeOptions): { at: string; from: AgeSource } {
  const t = options.fallbackTime && new Date(options.fallbackTime.at);
  if (t && !Number.isNaN(t.getTime())) return { at: t.toISOString(), from: options.fallbackTime!.from };
  return { at: (options.now ?? new Date()).toISOString(), from: 'read-time' };
}

/** Formats a path the way JSON tools print it: `a.b[3].c`. */
export function jsonPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out || '(top level)';
}

function describePractitioner(input: unknown, index: number): string {
  const list = (input as { practitioners?: unknown[] } | null)?.practitioners;
  const p = Array.isArray(list) ? (list[index] as Record<string, unknown> | undefined) : undefined;
  const id = typeof p?.id === 'string' ? p.id : `#${index + 1}`;
  const name = p?.name as { family?: unknown; given?: unknown } | undefined;
  const family = typeof name?.family === 'string' ? name.family : '';
  const given = Array.isArray(name?.given) ? name.given.filter((g) => typeof g === 'string').join(' ') : '';
  const label = [family, given].filter(Boolean).join(', ');
  return label ? `${id} (${label})` : id;
}

function toErrors(input: unknown, issues: z.core.$ZodIssue[]): RosterError[] {
  return issues.map((issue) => {
    const err: RosterError = { path: jsonPath(issue.path), message: issueMessage(issue) };
    if (issue.path[0] === 'practitioners' && typeof issue.path[1] === 'number') {
      err.practitioner = describePractitioner(input, issue.path[1]);
    }
    return err;
  });
}

const TYPE_WORDS: Record<string, string> = { string: 'text', number: 'a number', array: 'a list', object: 'an object', boolean: 'true or false' };

/**
 * Messages in InScope's words, whatever zod locale is loaded (the widget loads none): the
 * schema's own messages where it names one, else one from the issue's code.
 */
function issueMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is required';
      return `must be ${TYPE_WORDS[issue.expected] ?? issue.expected}, not ${received(issue.input)}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `must be ${JSON.stringify(issue.values[0])}`
        : `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}${issue.input === undefined ? '' : `, not ${JSON.stringify(issue.input)}`}`;
    default:
      return issue.message;
  }
}

function received(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  return typeof v === 'string' ? `"${v.length > 40 ? `${v.slice(0, 40)}…` : v}"` : typeof v === 'object' ? 'an object' : String(v);
}

/** Validates parsed JSON as a canonical roster, listing every error. */
export function validateRoster(input: unknown, options: { now?: Date } = {}): RosterResult {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { ok: false, errors: [{ path: '(top level)', message: 'must be a JSON object with format "inscope-roster"' }] };
  }
  const obj = input as Record<string, unknown>;
  if (obj.format !== undefined && obj.format !== 'inscope-roster') {
    return { ok: false, errors: [{ path: 'format', message: `is "${String(obj.format)}", expected "inscope-roster"` }] };
  }
  if (obj.version !== undefined && obj.version !== 1) {
    return { ok: false, errors: [{ path: 'version', message: `is ${JSON.stringify(obj.version)}; this InScope reads version 1` }] };
  }
  const parsed = RosterSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) return { ok: false, errors: toErrors(input, parsed.error.issues) };
  const roster = parsed.data;
  const errors = crossCheck(roster);
  const now = options.now ?? new Date();
  if (new Date(roster.generatedAt).getTime() > now.getTime() + CLOCK_SKEW_MS) {
    errors.unshift({ path: 'generatedAt', message: `is ${roster.generatedAt}, after now (${now.toISOString()}): a roster cannot come from the future — check the exporting system's clock` });
  }
  return errors.length ? { ok: false, errors } : { ok: true, roster };
}

function crossCheck(roster: Roster): RosterError[] {
  const errors: RosterError[] = [];
  const privilegeIds = new Set<string>();
  roster.privileges.forEach((def, i) => {
    if (privilegeIds.has(def.id)) errors.push({ path: `privileges[${i}].id`, message: `duplicates privilege id "${def.id}"` });
    privilegeIds.add(def.id);
  });
  const ids = new Map<string, number>();
  const npis = new Map<string, number>();
  roster.practitioners.forEach((p, i) => {
    const who = describePractitioner(roster, i);
    const prev = ids.get(p.id);
    if (prev !== undefined) {
      errors.push({ path: `practitioners[${i}].id`, practitioner: who, message: `duplicates the id of practitioners[${prev}]` });
    } else ids.set(p.id, i);
    if (p.npi) {
      const prevNpi = npis.get(p.npi);
      if (prevNpi !== undefined) {
        errors.push({ path: `practitioners[${i}].npi`, practitioner: who, message: `NPI ${p.npi} is also on practitioners[${prevNpi}]` });
      } else npis.set(p.npi, i);
    }
    p.privileges.forEach((g, j) => {
      if (!privilegeIds.has(g.privilegeId)) {
        errors.push({
          path: `practitioners[${i}].privileges[${j}].privilegeId`, practitioner: who,
          message: `refers to privilege "${g.privilegeId}", which the catalog (privileges) does not define`,
        });
      }
      if (g.effective && g.expires && g.expires < g.effective) {
        errors.push({ path: `practitioners[${i}].privileges[${j}].expires`, practitioner: who, message: `is before effective (${g.effective})` });
      }
    });
  });
  return errors;
}

/** Milliseconds spent per step, for benchmarks and the run log. */
export interface Timings {
  parseMs?: number;
  validateMs?: number;
}

/** Parses roster JSON text; a syntax error is reported as a roster error, not thrown. */
export function parseRosterJson(text: string, timings: Timings = {}, options: { now?: Date } = {}): RosterResult {
  let data: unknown;
  const t0 = performance.now();
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    return { ok: false, errors: [{ path: '(file)', message: `is not valid JSON: ${(e as Error).message}` }] };
  }
  const t1 = performance.now();
  const result = validateRoster(data, options);
  timings.parseMs = t1 - t0;
  timings.validateMs = performance.now() - t1;
  return result.ok ? { ...result, generatedAtFrom: 'generatedAt' } : result;
}

/** One line per error, for terminals and downloadable error lists. */
export function formatRosterError(e: RosterError): string {
  return `${e.path}${e.practitioner ? ` [practitioner ${e.practitioner}]` : ''}: ${e.message}`;
}

/** The facility id a CSV or FHIR roster gets when the file names none (its host knows whose it is, or asks). */
export const UNNAMED_FACILITY = 'unknown-facility';
