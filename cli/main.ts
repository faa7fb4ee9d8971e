/**
 * The `inscope` CLI. Every failure a user can cause (missing file, not JSON, wrong columns,
 * invalid roster, bad option) ends in one clear sentence on stderr and a non-zero exit, never a
 * stack trace.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CsvError, toCsv } from '../lib/csv';
import { isIsoDate, parseLooseDate } from '../lib/dates';
import { generateAscRoster, generateRoster } from '../lib/demo/generate';
import { Engine } from '../lib/engine';
import { builtinVocabulary } from '../lib/vocabulary/builtin';
import { DEFAULT_POLICY, VerdictPolicy, type PolicySettings } from '../lib/policy';
import { encodeRosterCsv } from '../lib/roster/csv-format';
import { encodeFhirBundle } from '../lib/roster/fhir';
import { readRosterBytes } from '../lib/roster/load';
import { FacilityVocabularySchema, type FacilityVocabulary, type PrivilegeDef, type Roster } from '../lib/roster/schema';
import { catalogReport } from '../lib/procedures/matcher';
import { draftFacilityVocabulary, unreadWordings, type UnreadWording } from '../lib/vocabulary/suggest';
import { AGE_SOURCE_WORDS, formatRosterError, jsonPath, type AgeSource } from '../lib/roster/validate';
import { caseInputOf, parseSchedule, ScheduleError } from '../lib/schedule';
import { VERDICTS, mainReasons, type PractitionerRef, type Reason, type Verdict } from '../lib/verdict';
import { VERSION } from '../lib/version';
import { SERVICE_ID, startCdsService } from './serve';
import { CdsAuth } from './cds-auth';

/** A failure the user can fix; `code` is the exit status. */
export class UserError extends Error {
  constructor(message: string, readonly code = 1) {
    super(message);
  }
}

const USAGE = `inscope ${VERSION} — clinical privilege checks for OR schedules

Usage:
  inscope validate ROSTER... [--catalog C] [--vocabulary V] [--lines]
  inscope check --roster R --practitioner NAME --procedure TEXT [--code C] [--date D] [--facility F] [--json]
  inscope audit --roster R --schedule S.csv [--json | --csv] [--exit-zero]
  inscope vocab suggest --roster R --schedule S.csv [--out FILE]
  inscope demo-data --practitioners N [--seed S] [--as-of D] [--format json|csv|fhir|ndjson] [--facility hospital|asc] --out FILE
  inscope serve --roster R --trust ISSUER=JWKS [--audience URL] [--cors-origin O] [--port P] [--host H]
                (a CDS Hooks service; --insecure-no-auth instead of --trust to try it out)

A roster is canonical JSON, FHIR R4 (Bundle or NDJSON) or CSV. CSV and FHIR carry grants but
not the privilege catalog: give --catalog with a canonical JSON roster whose catalog to use.
validate also says which catalog procedures InScope read through its procedure vocabulary
(--lines: every one). A health system gives one roster per facility: --roster again for each
(or a folder of roster files; --catalog again for each facility's catalog); each case is then
checked at its facility (audit: a Facility or Location column, or a room naming one; check:
--facility), and a case whose facility cannot be told gets a verdict only when every facility
agrees. vocab suggest drafts a facility vocabulary from the bookings audit could
not read, for the coordinator to confirm (docs/vocabulary.md).
Common options: --catalog C, --vocabulary V (a facility vocabulary file; a roster may also carry
one), --today D (evaluate as of this date), --max-age-hours N (a roster
older than this cannot give ok; default 24), --horizon-days N (a case with no date must have the
same verdict through this many days; default 90), --help, --version
Exit status: 0 done, 1 bad input, 2 invalid roster, 3 audit found a case outside privileges
(block; --exit-zero turns that off).`;

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

const stdio: Io = {
  out: (s) => process.stdout.write(s.endsWith('\n') ? s : `${s}\n`),
  err: (s) => process.stderr.write(s.endsWith('\n') ? s : `${s}\n`),
};

export async function main(argv: string[], io: Io = stdio): Promise<number> {
  try {
    const [command, ...rest] = argv;
    switch (command) {
      case 'validate': return validate(rest, io);
      case 'check': return check(rest, io);
      case 'audit': return audit(rest, io);
      case 'vocab': return vocab(rest, io);
      case 'demo-data': return demoData(rest, io);
      case 'serve': return await serve(rest, io);
      case '--version': case '-v': io.out(VERSION); return 0;
      case undefined: case '--help': case '-h': case 'help': io.out(USAGE); return command ? 0 : 1;
      default: throw new UserError(`unknown command "${command}"; run "inscope --help" for the commands`);
    }
  } catch (e) {
    if (e instanceof UserError) {
      io.err(`inscope: ${e.message}`);
      return e.code;
    }
    const message = e instanceof Error ? e.message : String(e);
    io.err(`inscope: unexpected error: ${message}`);
    if (process.env.INSCOPE_DEBUG && e instanceof Error) io.err(e.stack ?? '');
    return 1;
  }
}

type Spec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

function options<S extends Spec>(args: string[], spec: S, positionals = 0) {
  try {
    const parsed = parseArgs({ args, options: spec, allowPositionals: positionals > 0, strict: true });
    if (parsed.positionals.length > positionals) {
      throw new UserError(`unexpected argument "${parsed.positionals[positionals]}"`);
    }
    return parsed as { values: { [K in keyof S]?: S[K]['type'] extends 'boolean' ? boolean : string }; positionals: string[] };
  } catch (e) {
    if (e instanceof UserError) throw e;
    // parseArgs' messages are already one sentence ("Unknown option '--x'").
    throw new UserError(`${(e as Error).message.replace(/\.$/, '')}; run "inscope --help" for the options`);
  }
}

function required(value: string | undefined, name: string): string {
  if (!value) throw new UserError(`--${name} is required`);
  return value;
}

function readText(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    throw new UserError(`cannot read ${what} "${path}": ${why}`);
  }
}

/** A roster file's bytes and modification time (its age when the file itself does not say). */
function readRosterFile(path: string, what: string, catalog?: PrivilegeDef[]) {
  let bytes: Buffer;
  let mtime: Date;
  try {
    bytes = readFileSync(path);
    mtime = statSync(path).mtime;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    throw new UserError(`cannot read ${what} "${path}": ${why}`);
  }
  return readRosterBytes(bytes, path, { catalog, fallbackTime: { at: mtime.toISOString(), from: 'file-time' } });
}

/** A privilege catalog from a canonical JSON roster: for CSV and FHIR rosters of its facility. */
interface Catalog {
  facility: string;
  privileges: PrivilegeDef[];
  vocabulary?: FacilityVocabulary;
}

function loadCatalog(path: string): Catalog {
  const { format, result } = readRosterFile(path, 'catalog file');
  if (format !== 'json') throw new UserError(`--catalog "${path}" must be a canonical JSON roster (its privilege catalog is used)`);
  if (!result.ok) throw new UserError(`--catalog "${path}" is not a valid roster: ${formatRosterError(result.errors[0])}`, 2);
  return { facility: result.roster.facility.id, privileges: result.roster.privileges, vocabulary: result.roster.vocabulary };
}

function loadCatalogs(paths: string[] | undefined): Catalog[] {
  return (paths ?? []).map(loadCatalog);
}

/** A facility vocabulary file (docs/vocabulary.md), validated; every problem named by its path. */
function readFacilityVocabulary(path: string | undefined): FacilityVocabulary | undefined {
  if (!path) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(readText(path, 'vocabulary file'));
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(`"${path}" is not JSON: ${(e as Error).message}`);
  }
  const parsed = FacilityVocabularySchema.safeParse(json);
  if (!parsed.success) {
    const shown = parsed.error.issues.slice(0, 20).map((i) => `  ${jsonPath(i.path) || '(file)'}: ${i.message}`).join('\n');
    throw new UserError(`"${path}" is not a facility vocabulary (format "inscope-facility-vocabulary", version 1):\n${shown}`, 2);
  }
  return parsed.data;
}

/** Roster files named by --roster (repeatable): a folder stands for every .json, .csv and .ndjson file in it. */
function rosterFiles(paths: string[] | undefined): string[] {
  if (!paths?.length) throw new UserError('--roster is required');
  return paths.flatMap((p) => {
    let dir = false;
    try {
      dir = statSync(p).isDirectory();
    } catch {
      return [p]; // Reading it says what is wrong.
    }
    if (!dir) return [p];
    const files = readdirSync(p).filter((f) => /\.(json|csv|ndjson)$/i.test(f)).sort().map((f) => join(p, f));
    if (!files.length) throw new UserError(`the folder "${p}" holds no roster files (.json, .csv or .ndjson)`);
    return files;
  });
}

/** Every roster named, one per facility; two for the same facility is an error naming both. */
function loadRosters(paths: string[] | undefined, catalogPaths?: string[]): Roster[] {
  const catalogs = loadCatalogs(catalogPaths);
  const out: Array<{ path: string; roster: Roster }> = [];
  for (const path of rosterFiles(paths)) {
    const { roster } = readValidRoster(path, catalogs);
    const twin = out.find((o) => o.roster.facility.id === roster.facility.id);
    if (twin) throw new UserError(`"${twin.path}" and "${path}" are both rosters of ${roster.facility.name} (${roster.facility.id}): give one roster per facility`);
    out.push({ path, roster });
  }
  return out.map((o) => o.roster);
}

/** A valid roster, and where its age comes from; or a UserError naming every problem. */
function readValidRoster(path: string, catalogs: Catalog[] = []): { roster: Roster; generatedAtFrom?: AgeSource; encoding?: string } {
  let catalog: Catalog | undefined = catalogs.length === 1 ? catalogs[0] : undefined;
  let { format, result, encoding } = readRosterFile(path, 'roster file', catalog?.privileges);
  // With several catalogs, a CSV or FHIR roster takes the one of the facility it names.
  if (result.ok && format !== 'json' && catalogs.length > 1) {
    const id = result.roster.facility.id;
    catalog = catalogs.find((c) => c.facility === id);
    if (!catalog) throw new UserError(`"${path}" is the ${format === 'csv' ? 'CSV' : 'FHIR'} roster of facility "${id}", and no --catalog is that facility's (they are: ${catalogs.map((c) => c.facility).join(', ')})`);
    ({ format, result, encoding } = readRosterFile(path, 'roster file', catalog.privileges));
  }
  // A CSV or FHIR roster's catalog comes from a canonical roster, and so does its facility vocabulary.
  if (result.ok && catalog?.vocabulary && !result.roster.vocabulary) result.roster.vocabulary = catalog.vocabulary;
  if (result.ok && format !== 'json' && !catalog) {
    throw new UserError(`"${path}" is ${format === 'csv' ? 'CSV' : 'FHIR'}, which carries no privilege catalog: add --catalog with a canonical JSON roster`);
  }
  if (!result.ok) {
    const shown = result.errors.slice(0, 20).map((e) => `  ${formatRosterError(e)}`).join('\n');
    const more = result.errors.length > 20 ? `\n  … and ${result.errors.length - 20} more` : '';
    throw new UserError(`"${path}" is not a valid roster (${result.errors.length} error${result.errors.length > 1 ? 's' : ''}):\n${shown}${more}`, 2);
  }
  return { roster: result.roster, generatedAtFrom: result.generatedAtFrom, encoding };
}

function dateOption(value: string | undefined, name: string): string | undefined {
  if (value === undefined) return undefined;
  const iso = parseLooseDate(value);
  if (!iso) throw new UserError(`--${name} "${value}" is not a date; use YYYY-MM-DD or MM/DD/YYYY`);
  return iso;
}

function validate(args: string[], io: Io): number {
  const { values, positionals } = options(args, { catalog: { type: 'string', multiple: true }, vocabulary: { type: 'string' }, lines: { type: 'boolean' } }, Infinity);
  if (!positionals.length) throw new UserError('validate needs a roster file: inscope validate ROSTER');
  const catalogs = loadCatalogs(values.catalog as unknown as string[] | undefined);
  const paths = rosterFiles(positionals);
  // Each file is read and reported on its own; the first invalid one ends the run (exit 2), naming its errors.
  paths.forEach((path, i) => {
    if (i) io.out('');
    validateOne(path, catalogs, values, io);
  });
  if (paths.length > 1) {
    const facilities = paths.map((p) => readValidRoster(p, catalogs).roster.facility.id);
    const twice = facilities.find((f, i) => facilities.indexOf(f) !== i);
    if (twice) throw new UserError(`two of these rosters are for the same facility (${twice}): a health system gives one roster per facility`, 2);
    io.out('');
    io.out(`${paths.length} rosters, one per facility: ${facilities.join(', ')}`);
  }
  return 0;
}

function validateOne(path: string, catalogs: Catalog[], values: { vocabulary?: string; lines?: boolean }, io: Io): void {
  const { roster, generatedAtFrom, encoding } = readValidRoster(path, catalogs);
  const by = (s: string) => roster.practitioners.filter((p) => p.status === s).length;
  const grants = roster.practitioners.reduce((n, p) => n + p.privileges.length, 0);
  const creds = roster.practitioners.reduce((n, p) => n + p.credentials.length, 0);
  io.out([
    `Valid roster: ${roster.facility.name} (${roster.facility.id})`,
    `  generated       ${roster.generatedAt} (from ${AGE_SOURCE_WORDS[generatedAtFrom ?? 'generatedAt']})`,
    ...(encoding && encoding !== 'utf-8' ? [`  encoding        ${encoding}`] : []),
    `  practitioners   ${roster.practitioners.length} (${by('active')} active, ${by('inactive')} inactive, ${by('suspended')} suspended)`,
    `  privileges      ${roster.privileges.length} in the catalog (${roster.privileges.filter((p) => p.kind === 'core').length} core, ${roster.privileges.filter((p) => p.kind === 'special').length} special)`,
    `  grants          ${grants}`,
    `  credentials     ${creds}`,
    ...(roster.facility.aliases?.length ? [`  facility aliases ${roster.facility.aliases.join(', ')}`] : []),
  ].join('\n'));
  // The catalog read through the procedure vocabulary: what InScope understood, and what it could not.
  const facility = readFacilityVocabulary(values.vocabulary);
  const matcher = new Engine(roster, { vocabulary: builtinVocabulary, terms: facility?.terms, addons: facility?.addons }).matcher;
  const report = catalogReport(matcher);
  const terms = (roster.vocabulary?.terms.length ?? 0) + (facility?.terms.length ?? 0);
  io.out(`  catalog         ${report.understood} of ${report.lines} procedures read through InScope's procedure vocabulary${report.ownWords.length ? `; ${report.ownWords.length} match only bookings that use their own words` : ''}`);
  if (terms) io.out(`  facility terms  ${terms}${report.termProblems.length ? ` (${report.termProblems.length} not applied)` : ''}`);
  if (values.lines) {
    io.out('');
    for (const u of matcher.understanding) {
      const read = u.concepts.length
        ? `${u.concepts.join('; ')}${u.sites.length ? ` — only at ${u.sites.join(', ')}` : ''}${u.limits.length ? ` — only when the booking says ${u.limits.join(' or ')}` : ''}`
        : `its own words only${u.unknownWords.length ? ` (not understood: ${u.unknownWords.join(' ')})` : ''}`;
      io.out(`  ${u.privilegeId}  ${u.procedure}  →  ${read}`);
    }
  } else if (report.ownWords.length) {
    io.out('');
    io.out('Procedures InScope could not read (a booking must use their words; a facility vocabulary can map them — docs/vocabulary.md):');
    for (const o of report.ownWords.slice(0, 30)) io.out(`  ${o.privilegeId}  ${o.procedure}${o.words.length ? `  (not understood: ${o.words.join(' ')})` : ''}`);
    if (report.ownWords.length > 30) io.out(`  … and ${report.ownWords.length - 30} more (--lines lists every procedure)`);
  }
  if (report.termProblems.length) {
    io.out('');
    io.out('Facility vocabulary terms not applied:');
    for (const t of report.termProblems) io.out(`  ${t}`);
  }
}

const MARK: Record<Verdict, string> = { block: 'BLOCK', unknown: 'UNKNOWN', warn: 'WARN', ok: 'OK' };
const REASON_MARK: Record<Verdict, string> = { block: '✖', unknown: '?', warn: '!', ok: '✓' };

/** The verdict policy for the roster files (one per facility), with the options every verdict command takes. */
function policyOf(rosters: Roster[], values: { 'max-age-hours'?: string; 'horizon-days'?: string; vocabulary?: string }): VerdictPolicy {
  const settings: PolicySettings = {
    ...DEFAULT_POLICY,
    maxRosterAgeHours: numberOption(values['max-age-hours'], 'max-age-hours', DEFAULT_POLICY.maxRosterAgeHours, 0.01),
    horizonDays: numberOption(values['horizon-days'], 'horizon-days', DEFAULT_POLICY.horizonDays, 0, true),
  };
  const facility = readFacilityVocabulary(values.vocabulary);
  return new VerdictPolicy(rosters.map((roster) => ({
    engine: new Engine(roster, { vocabulary: builtinVocabulary, terms: facility?.terms, addons: facility?.addons }),
    generatedAt: roster.generatedAt, facility: roster.facility,
  })), settings);
}

function numberOption(value: string | undefined, name: string, fallback: number, min: number, whole = false): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < min || (whole && !Number.isInteger(n))) throw new UserError(`--${name} must be ${whole ? 'a whole number' : 'a number'} from ${min}`);
  return n;
}

/** "Now" for verdicts: the real clock, or noon (local) on --today. */
function clock(today: string | undefined): Date {
  if (!today) return new Date();
  const [y, m, d] = today.split('-').map(Number);
  return new Date(y, m - 1, d, 12);
}

const VERDICT_OPTIONS = {
  roster: { type: 'string', multiple: true }, catalog: { type: 'string', multiple: true }, vocabulary: { type: 'string' }, today: { type: 'string' }, json: { type: 'boolean' },
  'max-age-hours': { type: 'string' }, 'horizon-days': { type: 'string' },
} as const;

function check(args: string[], io: Io): number {
  const { values } = options(args, {
    ...VERDICT_OPTIONS, practitioner: { type: 'string' }, procedure: { type: 'string' }, code: { type: 'string' }, date: { type: 'string' },
    facility: { type: 'string' },
  });
  const rosters = loadRosters(listOption(values.roster), listOption(values.catalog));
  const now = clock(dateOption(values.today, 'today'));
  const [verdict] = policyOf(rosters, values).cases([{
    practitioner: required(values.practitioner, 'practitioner'),
    procedure: required(values.procedure, 'procedure'),
    code: values.code,
    date: dateOption(values.date, 'date'),
    ...(values.facility ? { facility: values.facility } : {}),
  }], now);
  if (values.json) {
    io.out(JSON.stringify(verdict, null, 2));
    return 0;
  }
  const who = verdict.practitioner?.name ?? `"${values.practitioner}"`;
  const what = verdict.procedures.map((p) => (p.status === 'matched' ? p.procedures[0].procedure : `${p.text} (unrecognised)`)).join(' + ');
  const extras = [verdict.laterality, verdict.levels?.join(' '), verdict.approaches.length ? verdict.approaches.join(', ') : undefined].filter(Boolean);
  const when = verdict.horizon ? `any day from ${verdict.date} to ${verdict.horizon} (no --date)` : verdict.date;
  io.out(`${MARK[verdict.verdict]}  ${who} — ${what}${extras.length ? ` [${extras.join('; ')}]` : ''} on ${when}${verdict.facility ? ` at ${verdict.facility.name}` : ''}`);
  for (const r of sortReasons(verdict.reasons)) io.out(`  ${REASON_MARK[r.severity]} ${r.message}`);
  if (verdict.candidates?.length) {
    io.out(`  Candidates: ${verdict.candidates.map((c) => `${c.name} (${c.id}${c.npi ? `, NPI ${c.npi}` : ''}${c.department ? `, ${c.department}` : ''})`).join('; ')}`);
  }
  return 0;
}

function sortReasons(reasons: Reason[]): Reason[] {
  return [...reasons].sort((a, b) => VERDICTS.indexOf(a.severity) - VERDICTS.indexOf(b.severity));
}

/** How a matched practitioner is shown where namesakes must be told apart. */
function whoLabel(p: PractitionerRef | undefined): string {
  if (!p) return '';
  return `${p.name}${p.npi ? ` (NPI ${p.npi})` : ''}${p.department ? `, ${p.department}` : ''}`;
}

function readScheduleFile(schedulePath: string) {
  const text = readText(schedulePath, 'schedule file');
  try {
    return parseSchedule(text);
  } catch (e) {
    if (e instanceof ScheduleError || e instanceof CsvError) throw new UserError(`cannot read schedule "${schedulePath}": ${e.message}`);
    throw e;
  }
}

/** The booking wordings of a schedule InScope could not read (each at its facility's catalog), grouped, with the closest concepts. */
function unreadOf(policy: VerdictPolicy, bookings: Array<{ procedure: string; code?: string; facility?: string; room?: string }>): UnreadWording[] {
  const matcherOf = (b: { facility?: string; room?: string }) => (policy.facilityOf(b).roster ?? policy.roster!).engine.matcher;
  return unreadWordings(policy.roster!.engine.matcher.vocabulary, bookings.map((b) => ({ text: b.procedure, parts: matcherOf(b).match(b.procedure, b.code || undefined).parts })));
}

/** A repeatable option's values. */
function listOption(v: unknown): string[] | undefined {
  return v === undefined ? undefined : Array.isArray(v) ? (v as string[]) : [v as string];
}

function audit(args: string[], io: Io): number {
  const { values } = options(args, { ...VERDICT_OPTIONS, schedule: { type: 'string' }, csv: { type: 'boolean' }, 'exit-zero': { type: 'boolean' } });
  if (values.json && values.csv) throw new UserError('choose one of --json and --csv');
  const rosters = loadRosters(listOption(values.roster), listOption(values.catalog));
  const { cases } = readScheduleFile(required(values.schedule, 'schedule'));
  const now = clock(dateOption(values.today, 'today'));
  const policy = policyOf(rosters, values);
  const several = rosters.length > 1;
  const verdicts = policy.cases(cases.map((c) => caseInputOf(c, (npi) => policy.rosters.some((r) => !!r.engine.byNpi(npi)))), now);
  const counts: Record<Verdict, number> = { block: 0, unknown: 0, warn: 0, ok: 0 };
  const results = cases.map((c, i) => {
    counts[verdicts[i].verdict]++;
    return { c, v: verdicts[i] };
  });
  const exit = counts.block && !values['exit-zero'] ? 3 : 0;

  if (values.json) {
    io.out(JSON.stringify({
      cases: results.map(({ c, v }) => ({
        line: c.line, ...(c.id ? { id: c.id } : {}), date: c.date ?? c.rawDate, practitioner: c.practitioner,
        procedure: c.procedure, verdict: v.verdict, reasons: v.reasons,
        ...(v.practitioner ? { matchedPractitioner: v.practitioner } : {}),
        ...(v.candidates?.length ? { candidates: v.candidates } : {}),
        ...(v.horizon ? { checkedThrough: v.horizon } : {}),
        ...(v.facility ? { facility: v.facility } : {}),
        procedures: v.procedures,
      })),
      counts,
      unread: unreadOf(policy, cases),
    }, null, 2));
    return exit;
  }
  if (values.csv) {
    io.out(toCsv([
      ['line', 'id', 'date', ...(several ? ['facility'] : []), 'practitioner', 'matched_practitioner', 'matched_npi', 'matched_department', 'procedure', 'verdict', 'reason_codes', 'reasons'],
      ...results.map(({ c, v }) => [
        c.line, c.id ?? '', c.date ?? c.rawDate, ...(several ? [v.facility?.name ?? ''] : []), c.practitioner, v.practitioner?.name ?? '', v.practitioner?.npi ?? '', v.practitioner?.department ?? '',
        c.procedure, v.verdict, sortReasons(v.reasons).map((r) => r.code).join(' '), sortReasons(v.reasons).map((r) => r.message).join('\n'),
      ]),
    ]).trimEnd());
    return exit;
  }
  const rows = results.map(({ c, v }) => [
    c.id ?? `line ${c.line}`, c.date ?? (c.rawDate || '(none)'), ...(several ? [v.facility?.name ?? (c.facility ? `(not known: ${c.facility})` : '(not shown)')] : []),
    whoLabel(v.practitioner) || c.practitioner, c.procedure, MARK[v.verdict], mainReasons(v).map((r) => r.message).join(' '),
  ]);
  io.out(several
    ? table(['case', 'date', 'facility', 'practitioner', 'procedure', 'verdict', 'why'], rows, [14, 10, 24, 28, 40, 7, 90])
    : table(['case', 'date', 'practitioner', 'procedure', 'verdict', 'why'], rows));
  io.out('');
  io.out(`${cases.length} case${cases.length === 1 ? '' : 's'}: ${VERDICTS.map((k) => `${counts[k]} ${k}`).join(', ')}`);
  if (policy.stale(now)) {
    io.out(several
      ? policy.notice(now) ?? ''
      : `The roster was generated ${rosters[0].generatedAt}, more than ${policy.settings.maxRosterAgeHours} h before ${now.toISOString()}: no case can be ok until it is updated.`);
  }
  const unread = unreadOf(policy, cases);
  if (unread.length) {
    const n = unread.reduce((k, u) => k + u.count, 0);
    io.out('');
    io.out(`Booking wordings InScope could not read (${n} in ${unread.length} wording${unread.length === 1 ? '' : 's'}); teach them once with a facility vocabulary: inscope vocab suggest`);
    for (const u of unread.slice(0, 25)) {
      io.out(`  ${String(u.count).padStart(3)}×  ${u.term}${u.beside ? ` (beside what was read, in "${u.example}")` : ''}${u.closest.length ? `  — closest: ${u.closest.map((c) => c.name).join('; ')}` : ''}`);
    }
    if (unread.length > 25) io.out(`  … and ${unread.length - 25} more (--json lists them all)`);
  }
  return exit;
}

function vocab(args: string[], io: Io): number {
  const [sub, ...rest] = args;
  if (sub !== 'suggest') throw new UserError(sub ? `unknown vocab command "${sub}"; run "inscope --help"` : 'vocab needs a command: inscope vocab suggest --roster R --schedule S.csv');
  const { values } = options(rest, { ...VERDICT_OPTIONS, schedule: { type: 'string' }, out: { type: 'string' } });
  const rosters = loadRosters(listOption(values.roster), listOption(values.catalog));
  if (rosters.length > 1) throw new UserError('vocab suggest drafts one facility\'s vocabulary: give that facility\'s --roster only');
  const [roster] = rosters;
  const { cases } = readScheduleFile(required(values.schedule, 'schedule'));
  const unread = unreadOf(policyOf(rosters, values), cases);
  const draft = draftFacilityVocabulary(roster.facility.id, unread);
  const json = `${JSON.stringify(draft, null, 2)}\n`;
  if (values.out) {
    try {
      writeFileSync(values.out, json);
    } catch (e) {
      throw new UserError(`cannot write "${values.out}": ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    io.out(`Wrote ${values.out}: a draft facility vocabulary of ${draft.terms.length} term${draft.terms.length === 1 ? '' : 's'} from ${unread.reduce((k, u) => k + u.count, 0)} bookings InScope could not read. Every term is a DRAFT: confirm or correct each, delete its "note", then use it with --vocabulary or put it in the roster's "vocabulary".`);
  } else io.out(json);
  return 0;
}

function table(head: string[], rows: string[][], limits = [14, 10, 28, 40, 7, 90]): string {
  const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
  const all = [head, ...rows].map((r) => r.map((cell, i) => clip(cell.replace(/\s+/g, ' '), limits[i] ?? 40)));
  const widths = head.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  const fmt = (r: string[]) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]))).join('  ');
  return [fmt(all[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...all.slice(1).map(fmt)].join('\n');
}

async function serve(args: string[], io: Io): Promise<number> {
  const { values } = options(args, {
    roster: { type: 'string', multiple: true }, catalog: { type: 'string', multiple: true }, vocabulary: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' },
    'max-age-hours': { type: 'string' }, trust: { type: 'string', multiple: true }, audience: { type: 'string', multiple: true },
    'cors-origin': { type: 'string', multiple: true }, 'insecure-no-auth': { type: 'boolean' },
  });
  // Who may ask: EHRs whose signed tokens verify against the keys of an issuer given with --trust.
  const trust = (values.trust as unknown as string[] | undefined) ?? [];
  if (!trust.length && !values['insecure-no-auth']) {
    throw new UserError('serve needs the EHRs it trusts: --trust ISSUER=JWKS (a JWKS file or https URL; repeatable) — or --insecure-no-auth to try it out on this machine (docs/cds-hooks.md)');
  }
  const issuers = trust.map((t) => {
    const at = t.indexOf('=');
    if (at <= 0 || at === t.length - 1) throw new UserError(`--trust "${t}" must be ISSUER=JWKS, e.g. --trust https://ehr.example.org=ehr-keys.json`);
    return { iss: t.slice(0, at), jwks: t.slice(at + 1) };
  });
  let auth: CdsAuth | undefined;
  if (issuers.length) {
    try {
      auth = await CdsAuth.create({ issuers, audiences: values.audience as unknown as string[] | undefined });
    } catch (e) {
      throw new UserError(`cannot start the service: ${(e as Error).message}`);
    }
  }
  const facility = readFacilityVocabulary(values.vocabulary);
  const catalogs = loadCatalogs(listOption(values.catalog));
  const rosterPaths = rosterFiles(listOption(values.roster));
  // Read once here, so that a bad file is a clear error before the service starts.
  loadRosters(rosterPaths, listOption(values.catalog));
  const catalog = catalogs.length === 1 ? catalogs[0] : undefined;
  const port = values.port === undefined ? 8470 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UserError('--port must be a port number from 0 to 65535');
  const maxAge = values['max-age-hours'] === undefined ? 24 : Number(values['max-age-hours']);
  if (!(maxAge > 0)) throw new UserError('--max-age-hours must be a positive number');
  let service;
  try {
    service = await startCdsService({
      rosterPaths, catalogs: catalogs.map((c) => ({ facility: c.facility, privileges: c.privileges })), port, host: values.host,
      auth, insecureNoAuth: !!values['insecure-no-auth'], corsOrigins: values['cors-origin'] as unknown as string[] | undefined,
      vocabulary: facility || catalog?.vocabulary
        ? { format: 'inscope-facility-vocabulary', version: 1, terms: [...(catalog?.vocabulary?.terms ?? []), ...(facility?.terms ?? [])], addons: facility?.addons ?? catalog?.vocabulary?.addons }
        : undefined,
      maxRosterAgeHours: maxAge, log: (line) => io.err(`inscope serve: ${line}`),
    });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError(code === 'EADDRINUSE' ? `port ${port} is already in use; choose another with --port` : `cannot start the service: ${(e as Error).message}`);
  }
  io.out(`InScope CDS Hooks service on http://${values.host ?? '127.0.0.1'}:${service.port}/cds-services (appointment-book → /cds-services/${SERVICE_ID}). Ctrl+C stops it.`);
  if (!auth) io.err('inscope serve: --insecure-no-auth: answering requests that carry no signed token. For trying it out on this machine only.');
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await service.close();
  return 0;
}

function demoData(args: string[], io: Io): number {
  const { values } = options(args, {
    practitioners: { type: 'string' }, seed: { type: 'string' }, 'as-of': { type: 'string' }, out: { type: 'string' },
    format: { type: 'string' }, facility: { type: 'string' },
  });
  const which = values.facility ?? 'hospital';
  if (!['hospital', 'asc'].includes(which)) throw new UserError('--facility must be hospital or asc');
  const format = values.format ?? 'json';
  if (!['json', 'csv', 'fhir', 'ndjson'].includes(format)) throw new UserError('--format must be json, csv, fhir or ndjson');
  const n = Number(required(values.practitioners, 'practitioners'));
  if (!Number.isInteger(n) || n < 1 || n > 1_000_000) throw new UserError('--practitioners must be a whole number from 1 to 1000000');
  const seed = values.seed === undefined ? 1 : Number(values.seed);
  if (!Number.isInteger(seed)) throw new UserError('--seed must be a whole number');
  const asOf = values['as-of'];
  if (asOf !== undefined && !isIsoDate(asOf)) throw new UserError('--as-of must be a date written YYYY-MM-DD');
  const out = required(values.out, 'out');
  const hospital = generateRoster({ practitioners: n, seed, asOf });
  // The same system's surgery center: the hospital's people (same seed) who work there, under its narrower catalog.
  const roster = which === 'asc' ? generateAscRoster(hospital) : hospital;
  const text = format === 'csv' ? encodeRosterCsv(roster)
    : format === 'fhir' ? `${JSON.stringify(encodeFhirBundle(roster), null, n > 2000 ? 0 : 2)}\n`
      : format === 'ndjson' ? `${(encodeFhirBundle(roster).entry as Array<{ resource: unknown }>).map((e) => JSON.stringify(e.resource)).join('\n')}\n`
        : `${JSON.stringify(roster, null, n > 2000 ? 0 : 2)}\n`;
  try {
    writeFileSync(out, text);
  } catch (e) {
    throw new UserError(`cannot write "${out}": ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'its folder does not exist' : (e as Error).message}`);
  }
  io.out(`Wrote ${out}: ${roster.practitioners.length} practitioners, ${roster.privileges.length} privileges (seed ${seed}, as of ${roster.generatedAt.slice(0, 10)})${which === 'asc' ? `, for ${roster.facility.name}` : ''}.`);
  return 0;
}
