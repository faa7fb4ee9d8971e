/**
 * What the background does, without extension APIs (so tests run it in Node): imports and syncs
 * into the store, keeps the engine for the active generation (rebuilt after the service worker
 * restarts), answers verdicts with freshness applied, and keeps the run log the popup shows.
 */
import { todayIso } from '../../lib/dates';
import type { Acknowledgement } from '../../lib/requests';
import { catalogReport } from '../../lib/procedures/matcher';
import { Engine, type CaseInput, type PersonDetails } from '../../lib/engine';
import { ref } from '../../lib/rules';
import { VerdictPolicy, rosterAgeHours, type PolicySettings } from '../../lib/policy';
import { builtinVocabulary } from '../../lib/vocabulary/builtin';
import { expiringSoon, type ExpiringItem } from '../../lib/expiring';
import { deadlines, type Deadline } from '../../lib/deadlines';
import { caseInputOf, parseSchedule, ScheduleError } from '../../lib/schedule';
import { CsvError } from '../../lib/csv';
import { readRosterBytes } from '../../lib/roster/load';
import { diffRosters } from '../../lib/roster/diff';
import type { DecodeOptions, RosterError } from '../../lib/roster/validate';
import type { Roster } from '../../lib/roster/schema';
import { DEFAULT_SETTINGS, type Adapter, type Settings } from '../settings';
import { matchesPattern } from '../../lib/match-pattern';
import { mainReasons, type CaseVerdict, type PersonVerdict, type PractitionerRef } from '../../lib/verdict';
import { fold } from '../../lib/text';
import type { AckRecord, GenerationRecord, InScopeDb, RosterSource, RunRecord } from './db';
import { LazyRosterView, RosterStore, type CommitProgress } from './roster-store';
import { displayUrl, fetchRoster, SyncError, type FetchOptions } from './sync';

/** Errors kept per run (all are counted; the popup offers them for download). */
const MAX_STORED_ERRORS = 5000;

export interface ServiceOptions {
  now?: () => Date;
  settings?: () => Promise<Settings> | Settings;
  fetch?: typeof fetch;
  /** Retry and timeout behaviour for sync (tests shorten them). */
  http?: Pick<FetchOptions, 'timeoutMs' | 'attempts' | 'backoffMs' | 'sleep'>;
  /** Whether the extension may reach this URL (host permission); assumed when absent. */
  canReach?: (url: string) => Promise<boolean>;
  /** Told when another roster generation becomes active (open pages re-check their cases). */
  onRosterChanged?: (generation: number) => void;
}

/** How an import came: the server's ETag and time, the file's time, whether the coordinator confirmed a held replacement. */
export interface ImportHow {
  etag?: string;
  fallbackTime?: DecodeOptions['fallbackTime'];
  confirm?: boolean;
  uploadId?: string;
  started?: number;
}

export interface Progress {
  phase: 'downloading' | 'parsing' | 'validating' | CommitProgress['phase'] | 'indexing';
  done?: number;
  total?: number;
}

export interface Status {
  hasRoster: boolean;
  facility?: { id: string; name: string };
  generation?: number;
  source?: RosterSource;
  generatedAt?: string;
  importedAt?: string;
  counts?: GenerationRecord['counts'];
  ageHours?: number;
  stale: boolean;
  maxRosterAgeHours: number;
  lastRun?: RunRecord;
  lastSuccess?: RunRecord;
  rosterUrl: string;
  /** How long building the indexes took, and when they were ready (ms since this worker started). */
  index?: { builtMs: number; readyAtMs: number };
}

interface Loaded {
  generation: GenerationRecord & { id: number };
  view: LazyRosterView;
  engine: Engine;
  /** Each person's name, aliases, NPI and id, folded for search (made on the first search). */
  searchText?: string[];
}

/** One case of an audited schedule, as the coordinator's page shows and exports it. */
export interface AuditRow {
  line: number;
  id?: string;
  /** ISO, or the date cell as written when it could not be read. */
  date: string;
  practitioner: string;
  procedure: string;
  verdict: CaseVerdict['verdict'];
  /** The reasons as bad as the verdict. */
  reasons: string[];
  /** The roster practitioner the row was read as. */
  matched?: string;
}

export class InScopeService {
  readonly store: RosterStore;
  private loaded?: Promise<Loaded | undefined>;
  private familyKeys?: string[];
  private indexTiming?: { builtMs: number; readyAtMs: number };
  private busy?: Promise<RunRecord>;
  private readonly now: () => Date;
  private readonly startedAt = new Date().toISOString();

  constructor(readonly db: InScopeDb, private readonly options: ServiceOptions = {}) {
    this.store = new RosterStore(db);
    this.now = options.now ?? (() => new Date());
  }

  private async settings(): Promise<Settings> {
    return (await this.options.settings?.()) ?? DEFAULT_SETTINGS;
  }

  /** The engine for the active roster, built once per service-worker life. */
  ready(): Promise<Loaded | undefined> {
    this.loaded ??= (async () => {
      const t0 = performance.now();
      const generation = await this.store.active();
      // Leftovers of an interrupted import can wait until the indexes are ready.
      const cleanup = () => void this.settings().then((s) => this.store.cleanup(this.startedAt, s.keptGenerations)).catch(() => undefined);
      if (!generation) {
        cleanup();
        return undefined;
      }
      const view = await this.store.view(generation);
      const engine = new Engine(view, { vocabulary: builtinVocabulary });
      this.indexTiming = { builtMs: performance.now() - t0, readyAtMs: performance.now() };
      cleanup();
      return { generation, view, engine };
    })();
    return this.loaded;
  }

  private today(): string {
    return todayIso(this.now());
  }

  /** The core's verdict policy over the roster in force, with these settings. */
  private async policy(loaded: Loaded | undefined): Promise<VerdictPolicy> {
    const s = await this.settings();
    const settings: PolicySettings = { maxRosterAgeHours: s.maxRosterAgeHours, expiryWarningDays: s.expiryWarningDays, horizonDays: s.horizonDays };
    return new VerdictPolicy(loaded && { engine: loaded.engine, generatedAt: loaded.generation.generatedAt }, settings, 'import one from the InScope popup.');
  }

  /** Loads the records of the people these printed names resolve to (a generation stored without a rules index). */
  private async loadFor(loaded: Loaded | undefined, names: string[]): Promise<void> {
    if (loaded && !loaded.view.complete) await loaded.view.load(loaded.engine.indexesFor(names));
  }

  async evaluateCases(cases: CaseInput[]): Promise<CaseVerdict[]> {
    const loaded = await this.ready();
    await this.loadFor(loaded, cases.map((c) => c.practitioner));
    return (await this.policy(loaded)).cases(cases, this.now());
  }

  async evaluatePeople(names: string[]): Promise<PersonVerdict[]> {
    const loaded = await this.ready();
    await this.loadFor(loaded, names);
    return (await this.policy(loaded)).people(names, this.now());
  }

  async personCard(name: string): Promise<{ verdict: PersonVerdict; details?: PersonDetails }> {
    const loaded = await this.ready();
    await this.loadFor(loaded, [name]);
    return (await this.policy(loaded)).personCard(name, this.now());
  }

  /**
   * What a scheduling page may be told (a full case verdict, a person card): the same, without
   * the identifiers the people at the screen do not need — no license, DEA or other credential
   * numbers, no NPI. The coordinator's pages get everything.
   */
  async forPage<T>(value: T): Promise<T> {
    const loaded = await this.ready();
    const ids = new Set<string>();
    JSON.stringify(value, (key, v) => {
      if ((key === 'practitioner' || key === 'candidates') && v) for (const r of Array.isArray(v) ? v : [v]) if (typeof r?.id === 'string') ids.add(r.id);
      return v;
    });
    const secrets = new Set<string>();
    if (loaded && ids.size) {
      const indexes = [...ids].map((id) => loaded.view.people.findIndex((p) => p.id === id)).filter((i) => i >= 0);
      await loaded.view.load(indexes);
      for (const i of indexes) {
        const p = loaded.view.practitioner(i);
        for (const c of p?.credentials ?? []) if (c.kind !== 'other' && c.identifier && c.identifier.trim().length >= 3) secrets.add(c.identifier.trim());
        if (p?.npi) secrets.add(p.npi);
      }
    }
    const hide = (text: string) => {
      let out = text;
      for (const s of secrets) out = out.split(s).join('');
      return out === text ? text : out.replace(/ {2,}/g, ' ').replace(/ \)/g, ')').replace(/\( /g, '(');
    };
    return JSON.parse(JSON.stringify(value, (key, v) => (key === 'npi' ? undefined : typeof v === 'string' ? hide(v) : v))) as T;
  }

  async practitionerCard(id: string): Promise<{ verdict: PersonVerdict; details: PersonDetails } | undefined> {
    const loaded = await this.ready();
    if (!loaded) return undefined;
    const index = loaded.view.people.findIndex((p) => p.id === id);
    if (index < 0) return undefined;
    await loaded.view.load([index]);
    const p = loaded.view.practitioner(index)!;
    const options = (await this.policy(loaded)).options(this.now());
    return { verdict: loaded.engine.personVerdict(p, options), details: loaded.engine.describe(p, options) };
  }

  /** Practitioners whose name or NPI contains the query (case and accents ignored). */
  async search(query: string, limit = 20): Promise<PractitionerRef[]> {
    const loaded = await this.ready();
    const q = fold(query).replace(/[^a-z0-9 ]+/g, ' ').trim();
    if (!loaded || q.length < 2) return [];
    const words = q.split(/\s+/);
    // Folded once per roster, not on every keystroke.
    loaded.searchText ??= loaded.view.people.map((p) => fold(`${p.name.given.join(' ')} ${p.name.family} ${(p.aliases ?? []).join(' ')} ${p.npi ?? ''} ${p.id}`).replace(/['’-]/g, ''));
    const out: PractitionerRef[] = [];
    for (let i = 0; i < loaded.searchText.length && out.length < limit; i++) {
      if (words.every((w) => loaded.searchText![i].includes(w))) out.push(ref(loaded.view.people[i]));
    }
    return out;
  }

  async expiring(days: number): Promise<ExpiringItem[]> {
    const loaded = await this.ready();
    if (!loaded) return [];
    return expiringSoon(await this.store.allPractitioners(loaded.generation), loaded.generation.catalog, this.today(), days);
  }

  /** The roster generations on hand (the one in use and those kept) and the log of imports and syncs. */
  async history(): Promise<{ generations: Awaited<ReturnType<RosterStore['generations']>>; runs: RunRecord[] }> {
    return { generations: await this.store.generations(), runs: await this.runs(50) };
  }

  /**
   * Puts a kept generation back in use (the coordinator's roll-back): every open page checks its
   * cases again, and the log records what changed, as an import does.
   */
  async rollback(id: number): Promise<RunRecord> {
    if (this.busy) await this.busy.catch(() => undefined);
    const started = Date.now();
    const from = (await this.ready())?.generation;
    const target = await this.store.activate(id);
    const [before, after] = await Promise.all([from ? this.store.allPractitioners(from) : Promise.resolve([]), this.store.allPractitioners(target)]);
    const diff = diffRosters(before, { practitioners: after, privileges: target.catalog }, this.today());
    this.loaded = undefined;
    this.familyKeys = undefined;
    await this.ready();
    this.options.onRosterChanged?.(target.id);
    return this.record({
      at: this.now().toISOString(), kind: 'rollback', source: target.source, outcome: 'imported', generation: target.id, counts: target.counts,
      summary: `Rolled back to generation ${target.id} (generated ${target.generatedAt}): ${diff.added.length} added, ${diff.removed.length} removed, ${diff.changed.length} changed; ${diff.newlyBlocked.length} newly blocked.`,
      diff: capDiff(diff), errors: [], errorCount: 0, durationMs: Date.now() - started,
    });
  }

  /** The coordinator's deadlines board: expired (within a year) and expiring within `days`. */
  async deadlines(days = 90): Promise<Deadline[]> {
    const loaded = await this.ready();
    if (!loaded) return [];
    return deadlines(await this.store.allPractitioners(loaded.generation), loaded.generation.catalog, this.today(), { days });
  }

  /**
   * A schedule export (CSV) checked case by case, as `inscope audit` does: each row's verdict and
   * the reasons as bad as it. A file that cannot be read is refused, naming the line or column.
   */
  async auditSchedule(text: string): Promise<AuditRow[]> {
    let cases;
    try {
      cases = parseSchedule(text).cases;
    } catch (e) {
      if (e instanceof ScheduleError || e instanceof CsvError) throw new Error(`The schedule could not be read: ${e.message}`);
      throw e;
    }
    const loaded = await this.ready();
    const inputs = cases.map((c) => caseInputOf(c, (npi) => !!loaded?.engine.resolve(npi).practitioner));
    const verdicts = await this.evaluateCases(inputs);
    return cases.map((c, i) => {
      const v = verdicts[i];
      return {
        line: c.line, ...(c.id ? { id: c.id } : {}), date: c.date ?? c.rawDate, practitioner: c.practitioner, procedure: c.procedure,
        verdict: v.verdict, reasons: mainReasons(v).map((r) => r.message),
        ...(v.practitioner ? { matched: v.practitioner.name } : {}),
      };
    });
  }

  /** What a page needs before scanning: the roster's family-name keys, to pick names out of text. */
  async pageSetup(url = ''): Promise<{ familyKeys: string[]; hasRoster: boolean; adapters: Adapter[]; notice?: string }> {
    const adapters = (await this.settings()).siteAdapters.filter((a) => a.matches.some((p) => matchesPattern(p, url)));
    const loaded = await this.ready();
    // What holds back every verdict on the page (no roster, a stale one), for the page's summary chip.
    const notice = (await this.policy(loaded)).notice(this.now());
    const said = notice ? { notice } : {};
    if (!loaded) return { familyKeys: [], hasRoster: false, adapters, ...said };
    this.familyKeys ??= [...new Set(loaded.view.nameKeys?.family.flatMap((f) => f.split('\t')) ?? [])];
    return { familyKeys: this.familyKeys, hasRoster: true, adapters, ...said };
  }

  /**
   * Logs a scheduler's acknowledgement of a case. The case is checked again here: the log keeps
   * what InScope matched (practitioner id, catalog procedures, verdict, date), the preset reason
   * and the note — never the booking text the page sent.
   */
  async acknowledge(ack: Acknowledgement, origin: string): Promise<AckRecord> {
    const [verdict] = await this.evaluateCases([ack.case]);
    const procedures = [...new Set(verdict.procedures.filter((p) => p.status === 'matched').flatMap((p) => p.procedures.map((x) => x.procedure)))];
    const record: AckRecord = {
      at: this.now().toISOString(), origin, procedures, verdict: verdict.verdict, reason: ack.reason,
      ...(verdict.practitioner ? { practitionerId: verdict.practitioner.id } : {}),
      ...(ack.note ? { note: ack.note } : {}),
      ...(/^\d{4}-\d{2}-\d{2}$/.test(verdict.date ?? '') ? { caseDate: verdict.date } : {}),
    };
    record.id = await this.db.acks.add(record);
    return record;
  }

  async acknowledgements(limit = 5000): Promise<AckRecord[]> {
    return this.db.acks.orderBy('at').reverse().limit(limit).toArray();
  }

  async runs(limit = 20): Promise<RunRecord[]> {
    return this.db.runs.orderBy('at').reverse().limit(limit).toArray();
  }

  async status(): Promise<Status> {
    const settings = await this.settings();
    const loaded = await this.ready();
    const runs = await this.runs(50);
    const g = loaded?.generation;
    const age = g ? rosterAgeHours(g.generatedAt, this.now()) : undefined;
    return {
      hasRoster: !!g,
      ...(g ? {
        facility: g.facility, generation: g.id, source: g.source, generatedAt: g.generatedAt, importedAt: g.createdAt,
        counts: g.counts, ageHours: age,
      } : {}),
      stale: (await this.policy(loaded)).stale(this.now()),
      maxRosterAgeHours: settings.maxRosterAgeHours,
      lastRun: runs[0],
      lastSuccess: runs.find((r) => r.outcome === 'imported' || r.outcome === 'not-modified'),
      rosterUrl: settings.rosterUrl,
      ...(this.indexTiming ? { index: this.indexTiming } : {}),
    };
  }

  /**
   * Imports a file the popup stored in `uploads`. A roster that would leave no practitioners,
   * remove more than the allowed share of them, or is older than the one in use is held until the
   * coordinator confirms (`confirm`); the upload is kept until then.
   */
  async importUpload(uploadId: string, onProgress?: (p: Progress) => void, confirm = false): Promise<RunRecord> {
    const upload = await this.db.uploads.get(uploadId);
    if (!upload) return this.fail('import', { kind: 'file', name: '(missing upload)' }, 'The file to import was not found; choose it again.', [], Date.now());
    let held = false;
    try {
      const bytes = new Uint8Array(await upload.file.arrayBuffer());
      const fallbackTime = upload.lastModified ? { at: new Date(upload.lastModified).toISOString(), from: 'file-time' as const } : undefined;
      const run = await this.importBytes(bytes, { kind: 'file', name: upload.name }, 'import', { fallbackTime, confirm, uploadId }, onProgress);
      held = run.outcome === 'held';
      return run;
    } finally {
      if (!held) await this.db.uploads.delete(uploadId);
    }
  }

  /** Drops a held import: the roster in use stays, and the log says so. */
  async discardUpload(uploadId: string): Promise<RunRecord> {
    const upload = await this.db.uploads.get(uploadId);
    await this.db.uploads.delete(uploadId);
    const name = upload?.name ?? '(the held file)';
    return this.record({
      at: this.now().toISOString(), kind: 'import', source: { kind: 'file', name }, outcome: 'kept',
      summary: `Kept the roster in use; ${name} was not imported.`, errors: [], errorCount: 0, durationMs: 0,
    });
  }

  /** Fetches the roster from the configured URL and imports it if it changed. */
  async syncNow(onProgress?: (p: Progress) => void): Promise<RunRecord> {
    const settings = await this.settings();
    if (!settings.rosterUrl) {
      return this.fail('sync', { kind: 'url', name: '(none)' }, 'No roster URL is set: add one in InScope\'s options.', [], Date.now());
    }
    const source: RosterSource = { kind: 'url', name: displayUrl(settings.rosterUrl) };
    const started = Date.now();
    if (this.options.canReach && !(await this.options.canReach(settings.rosterUrl))) {
      return this.fail('sync', source, `InScope has no permission to reach ${new URL(settings.rosterUrl).origin}: open the options and save the roster URL to grant it.`, [], started);
    }
    const active = await this.store.active();
    let fetched;
    try {
      onProgress?.({ phase: 'downloading' });
      fetched = await fetchRoster(settings.rosterUrl, {
        token: settings.rosterToken || undefined,
        etag: active?.source.kind === 'url' ? active.etag : undefined,
        fetch: this.options.fetch,
        timeoutMs: settings.syncTimeoutSeconds * 1000,
        attempts: settings.syncAttempts,
        ...this.options.http,
        onProgress: (p) => onProgress?.({ phase: 'downloading', done: p.bytes, total: p.total }),
      });
    } catch (e) {
      const message = e instanceof SyncError ? e.message : `Sync failed: ${(e as Error).message}. The previous roster stays in use.`;
      return this.fail('sync', source, message, [], started);
    }
    if (fetched.notModified) {
      await this.store.touch(fetched.etag);
      return this.record({
        at: this.now().toISOString(), kind: 'sync', source, outcome: 'not-modified', generation: active?.id,
        summary: 'The roster on the server has not changed.', errors: [], errorCount: 0, durationMs: Date.now() - started,
      });
    }
    return this.importBytes(fetched.bytes, source, 'sync', { etag: fetched.etag, fallbackTime: fetched.time, started }, onProgress);
  }

  /** Parses, validates and stores a roster text (tests, and callers that have text). */
  async importText(text: string, source: RosterSource, kind: RunRecord['kind'], etag?: string, onProgress?: (p: Progress) => void): Promise<RunRecord> {
    return this.importBytes(new TextEncoder().encode(text), source, kind, { etag }, onProgress);
  }

  /** Decodes, validates and stores a roster file's bytes; one run at a time. */
  async importBytes(bytes: Uint8Array, source: RosterSource, kind: RunRecord['kind'], how: ImportHow = {}, onProgress?: (p: Progress) => void): Promise<RunRecord> {
    while (this.busy) await this.busy.catch(() => undefined);
    const run = this.doImport(bytes, source, kind, how, onProgress);
    this.busy = run;
    try {
      return await run;
    } finally {
      this.busy = undefined;
    }
  }

  private async doImport(
    bytes: Uint8Array, source: RosterSource, kind: RunRecord['kind'], how: ImportHow,
    onProgress: ((p: Progress) => void) | undefined,
  ): Promise<RunRecord> {
    const { etag } = how;
    const started = how.started ?? Date.now();
    onProgress?.({ phase: 'parsing' });
    const active = await this.store.active();
    const timings: NonNullable<RunRecord['timings']> = {};
    const t0 = performance.now();
    const { format, result, encoding } = readRosterBytes(bytes, source.name, { catalog: active?.catalog, now: this.now(), timings, fallbackTime: how.fallbackTime });
    if (timings.validateMs === undefined) timings.validateMs = performance.now() - t0;
    if (!result.ok) {
      const n = result.errors.length;
      return this.fail(kind, source, `The roster was rejected: ${n} error${n === 1 ? '' : 's'} (first: ${result.errors[0].path}: ${result.errors[0].message}). The previous roster stays in use.`, result.errors, started);
    }
    if (format !== 'json' && !active) {
      return this.fail(kind, source, `A ${format === 'csv' ? 'CSV' : 'FHIR'} roster carries no privilege catalog: import a canonical JSON roster first, then ${format === 'csv' ? 'CSV' : 'FHIR'} updates.`, [], started);
    }
    // A CSV or FHIR update carries no catalog, and so no facility vocabulary: the one in use stays.
    if (format !== 'json' && active?.vocabulary && !result.roster.vocabulary) result.roster.vocabulary = active.vocabulary;
    const problem = await this.replacementProblem(result.roster);
    if (problem && (kind === 'sync' || !how.confirm)) {
      const what = kind === 'sync' ? 'Sync refused' : 'Not imported yet';
      return this.record({
        at: this.now().toISOString(), kind, source, outcome: kind === 'sync' ? 'refused' : 'held',
        summary: kind === 'sync'
          ? `${what}: the roster from ${source.name} ${problem}. The previous roster stays in use; if the change is real, import the file and confirm it.`
          : `${what}: ${source.name} ${problem}. Replace the roster in use with it anyway, or keep the current one?`,
        ...(how.uploadId && kind === 'import' ? { heldUpload: how.uploadId } : {}),
        generatedAtFrom: result.generatedAtFrom, ...(encoding ? { encoding } : {}),
        errors: [], errorCount: 0, durationMs: Date.now() - started,
      });
    }
    let committed;
    const t1 = performance.now();
    try {
      committed = await this.store.commit(result.roster, {
        source, format, etag, today: this.today(), keep: (await this.settings()).keptGenerations,
        onProgress: (p) => onProgress?.({ phase: p.phase, done: p.done, total: p.total }),
      });
    } catch (e) {
      const quota = /quota/i.test(String((e as Error).name) + String((e as Error).message));
      return this.fail(kind, source, quota
        ? 'The browser ran out of storage for the roster; the previous roster stays in use.'
        : `Storing the roster failed (${(e as Error).message}); the previous roster stays in use.`, [], started);
    }
    timings.storeMs = performance.now() - t1;
    Object.assign(timings, committed.timings);
    onProgress?.({ phase: 'indexing' });
    const t2 = performance.now();
    this.loaded = undefined;
    this.familyKeys = undefined;
    await this.ready();
    timings.indexMs = performance.now() - t2;
    const { generation, diff } = committed;
    const c = generation.counts;
    this.options.onRosterChanged?.(generation.id);
    // The catalog read through the vocabulary: which lines InScope understood (the coordinator can fix the rest).
    const loadedNow = await this.ready();
    const report = loadedNow ? catalogReport(loadedNow.engine.matcher) : undefined;
    return this.record({
      at: this.now().toISOString(), kind, source, outcome: 'imported', generation: generation.id, counts: c,
      summary: `Imported ${c.practitioners} practitioners (${diff.added.length} added, ${diff.removed.length} removed, ${diff.changed.length} changed; ${diff.newlyBlocked.length} newly blocked).`,
      generatedAtFrom: result.generatedAtFrom, ...(encoding ? { encoding } : {}),
      diff: capDiff(diff), errors: [], errorCount: 0, durationMs: Date.now() - started, timings,
      ...(report ? { catalog: { ...report, ownWords: report.ownWords.slice(0, 50) } } : {}),
    });
  }

  /**
   * Why replacing the roster in use with `roster` needs a person's decision: it holds no
   * practitioners, removes more than the allowed share of them, or is older than the one in use.
   */
  private async replacementProblem(roster: Roster): Promise<string | undefined> {
    if (!roster.practitioners.length) return 'holds no practitioners: it would leave every case unknown';
    const loaded = await this.ready();
    if (!loaded) return undefined;
    const inUse = loaded.generation;
    if (new Date(roster.generatedAt).getTime() < new Date(inUse.generatedAt).getTime()) {
      return `was generated ${roster.generatedAt}, before the roster in use (generated ${inUse.generatedAt})`;
    }
    const { maxRemovedPercent } = await this.settings();
    const ids = new Set(roster.practitioners.map((p) => p.id));
    const before = loaded.view.people;
    let removed = 0;
    for (const p of before) if (!ids.has(p.id)) removed++;
    const share = before.length ? (removed / before.length) * 100 : 0;
    if (share > maxRemovedPercent) {
      return `would remove ${removed} of the ${before.length} practitioners in use (${Math.round(share)}%; the limit is ${maxRemovedPercent}%)`;
    }
    return undefined;
  }

  private fail(kind: RunRecord['kind'], source: RosterSource, summary: string, errors: RosterError[], started: number): Promise<RunRecord> {
    return this.record({
      at: this.now().toISOString(), kind, source, outcome: 'failed', summary,
      errors: errors.slice(0, MAX_STORED_ERRORS), errorCount: errors.length, durationMs: Date.now() - started,
    });
  }

  private async record(run: RunRecord): Promise<RunRecord> {
    const id = await this.db.runs.add(run);
    // Keep the log short.
    const old = await this.db.runs.orderBy('at').reverse().offset(200).primaryKeys();
    if (old.length) await this.db.runs.bulkDelete(old);
    return { ...run, id };
  }
}

function capDiff<T extends { added: unknown[]; removed: unknown[]; changed: unknown[]; newlyBlocked: unknown[] }>(d: T): T {
  return { ...d, added: d.added.slice(0, 500), removed: d.removed.slice(0, 500), changed: d.changed.slice(0, 500), newlyBlocked: d.newlyBlocked.slice(0, 500) };
}
