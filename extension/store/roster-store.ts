/**
 * Roster generations in IndexedDB, one active generation per facility (a health system keeps one
 * roster per facility). An import writes a complete new generation, then switches its facility's
 * active generation in one transaction: a failure at any point before the switch — bad data,
 * quota, the browser closing — leaves the previous roster active and intact. Generations that
 * are no longer active are deleted after the switch, and half-written ones at the next start.
 */
import { diffRosters, type RosterDiff } from '../../lib/roster/diff';
import type { FacilityVocabulary, PersonEntry, Practitioner, PrivilegeDef, Roster } from '../../lib/roster/schema';
import type { RosterView } from '../../lib/engine';
import { nameKeysOf, type NameKeys } from '../../lib/names';
import type { RosterFormat } from '../../lib/roster/load';
import { RULES_INDEX_VERSION, RulesReader, buildRulesIndex, type RulesIndex } from '../../lib/roster/rules-index';
import type { ChunkRecord, GenerationCounts, GenerationRecord, InScopeDb, RosterSource } from './db';
import { BoundedCache } from '../../lib/bounded-cache';

/** Practitioners per chunk record: large enough to write fast, small enough to load one quickly. */
export const CHUNK_SIZE = 200;
/** Chunks written per transaction (progress is reported between them). */
const CHUNKS_PER_BATCH = 25;

export interface CommitProgress {
  phase: 'storing' | 'switching';
  done: number;
  total: number;
}

export interface CommitResult {
  generation: GenerationRecord & { id: number };
  diff: RosterDiff;
  /** Milliseconds per step: diff, serialise, write chunks, switch, clean up. */
  timings: Record<'diffMs' | 'serializeMs' | 'writeMs' | 'switchMs' | 'cleanupMs', number>;
}

export interface CommitOptions {
  source: RosterSource;
  format?: RosterFormat;
  etag?: string;
  /** Today, ISO: for "newly blocked" in the diff. */
  today: string;
  onProgress?: (p: CommitProgress) => void;
  /** How many previous generations to keep (for roll-back); 0: none. */
  keep?: number;
  /** Test hook: called before each chunk batch is written, to simulate a failure mid-write. */
  beforeBatch?: (batch: number) => void | Promise<void>;
}

export function personEntry(p: Practitioner): PersonEntry {
  const e: PersonEntry = { id: p.id, name: p.name, type: p.type };
  if (p.npi) e.npi = p.npi;
  if (p.aliases?.length) e.aliases = p.aliases;
  if (p.department) e.department = p.department;
  return e;
}

export function countsOf(roster: Roster): GenerationCounts {
  let grants = 0;
  let credentials = 0;
  for (const p of roster.practitioners) {
    grants += p.privileges.length;
    credentials += p.credentials.length;
  }
  return { practitioners: roster.practitioners.length, privileges: roster.privileges.length, grants, credentials };
}

export class RosterStore {
  constructor(readonly db: InScopeDb) {}

  /**
   * The generations in use, one per facility (by facility name). The active state is the record's
   * own (`meta.active`, from before facilities, is kept pointing at the latest switch).
   */
  async actives(): Promise<Array<GenerationRecord & { id: number }>> {
    const all = (await this.db.generations.where('state').equals('active').toArray()) as Array<GenerationRecord & { id: number }>;
    // One per facility: should an interrupted switch ever leave two, the newer stands.
    const by = new Map<string, GenerationRecord & { id: number }>();
    for (const g of all.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id - b.id)) by.set(g.facility.id, g);
    return [...by.values()].sort((a, b) => a.facility.name.localeCompare(b.facility.name) || a.facility.id.localeCompare(b.facility.id));
  }

  /** The active generation of a facility; without one named, the only (or first) facility's. */
  async active(facilityId?: string): Promise<(GenerationRecord & { id: number }) | undefined> {
    const all = await this.actives();
    return facilityId === undefined ? all[0] : all.find((g) => g.facility.id === facilityId);
  }

  /** Writes `roster` as a new generation and makes it active. */
  async commit(roster: Roster, options: CommitOptions): Promise<CommitResult> {
    const timings = { diffMs: 0, serializeMs: 0, writeMs: 0, switchMs: 0, cleanupMs: 0 };
    let t = performance.now();
    const lap = (k: keyof typeof timings) => {
      const now = performance.now();
      timings[k] += now - t;
      t = now;
    };
    const previous = await this.active(roster.facility.id);
    // With no roster before, everyone is new.
    const diff = diffRosters(previous ? await this.allPractitioners(previous) : [], roster, options.today);
    lap('diffMs');
    const chunkCount = Math.ceil(roster.practitioners.length / CHUNK_SIZE);
    const record: GenerationRecord = {
      state: 'writing',
      createdAt: new Date().toISOString(),
      source: options.source,
      ...(options.format ? { format: options.format } : {}),
      facility: { id: roster.facility.id, name: roster.facility.name, ...(roster.facility.aliases?.length ? { aliases: roster.facility.aliases } : {}) },
      generatedAt: roster.generatedAt,
      counts: countsOf(roster),
      catalog: roster.privileges,
      ...(roster.vocabulary ? { vocabulary: roster.vocabulary } : {}),
      chunkSize: CHUNK_SIZE,
      chunkCount,
      ...(options.etag ? { etag: options.etag } : {}),
    };
    const people = roster.practitioners.map(personEntry);
    const names = JSON.stringify(people);
    const keys = JSON.stringify(nameKeysOf(people));
    const rules = buildRulesIndex(roster.practitioners);
    lap('serializeMs');
    const id = await this.db.generations.add(record);
    lap('writeMs');
    try {
      // Prepare the next batch while IndexedDB commits the previous one.
      let writing: Promise<unknown> = this.db.transaction('rw', this.db.people, this.db.rules, () => Promise.all([
        this.db.people.put({ generation: id, names, keys }),
        this.db.rules.put({ generation: id, index: rules }),
      ]));
      for (let b = 0; b * CHUNKS_PER_BATCH < chunkCount; b++) {
        await options.beforeBatch?.(b);
        const batch: ChunkRecord[] = [];
        for (let c = b * CHUNKS_PER_BATCH; c < Math.min(chunkCount, (b + 1) * CHUNKS_PER_BATCH); c++) {
          batch.push({ generation: id, index: c, data: roster.practitioners.slice(c * CHUNK_SIZE, (c + 1) * CHUNK_SIZE) });
        }
        lap('serializeMs');
        await writing;
        lap('writeMs');
        options.onProgress?.({ phase: 'storing', done: b * CHUNKS_PER_BATCH, total: chunkCount });
        writing = this.db.chunks.bulkPut(batch);
      }
      await writing;
      lap('writeMs');
      options.onProgress?.({ phase: 'switching', done: 0, total: 1 });
      await this.db.transaction('rw', this.db.generations, this.db.meta, async () => {
        const mine = await this.db.generations.get(id);
        if (!mine || mine.state !== 'writing') throw new Error('the new roster generation disappeared before it could be activated');
        await this.db.generations.where('state').equals('active').and((g) => g.facility.id === roster.facility.id).modify({ state: 'retired' });
        await this.db.generations.update(id, { state: 'active' });
        await this.db.meta.put({ key: 'active', value: id });
      });
      lap('switchMs');
    } catch (e) {
      await this.discard(id).catch(() => undefined);
      throw e;
    }
    await this.cleanup(undefined, options.keep ?? 0, roster.facility.id);
    lap('cleanupMs');
    return { generation: { ...record, id, state: 'active' }, diff, timings };
  }

  /** Records that the server still has a facility's active roster (HTTP 304): keeps its ETag current. */
  async touch(g: { id: number } | undefined, etag?: string): Promise<void> {
    if (g && etag) await this.db.generations.update(g.id, { etag });
  }

  /**
   * Deletes every generation but the active ones and each facility's newest `keep` retired ones
   * (kept for the coordinator to roll back to), with their chunks. With `createdBefore`, only
   * those created before then (at start-up: leftovers of an interrupted import, never one being
   * written now). With `facilityId`, only that facility's.
   */
  async cleanup(createdBefore?: string, keep = 0, facilityId?: string): Promise<void> {
    const all = (await this.db.generations.toArray()).filter((g) => facilityId === undefined || g.facility.id === facilityId);
    const kept = new Set<number | undefined>();
    const retired = all.filter((g) => g.state === 'retired').sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id! - a.id!);
    const perFacility = new Map<string, number>();
    for (const g of retired) {
      const n = perFacility.get(g.facility.id) ?? 0;
      if (n < keep) kept.add(g.id);
      perFacility.set(g.facility.id, n + 1);
    }
    const stale = all.filter((g) => g.state !== 'active' && !kept.has(g.id) && (!createdBefore || g.createdAt < createdBefore));
    for (const g of stale) await this.discard(g.id!);
  }

  /** The generations on hand, newest first: the active one and those kept. */
  async generations(): Promise<Array<Omit<GenerationRecord, 'catalog' | 'vocabulary'> & { id: number }>> {
    const all = await this.db.generations.toArray();
    return all.filter((g) => g.state === 'active' || g.state === 'retired')
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id! - a.id!)
      .map(({ catalog: _c, vocabulary: _v, ...g }) => g as Omit<GenerationRecord, 'catalog' | 'vocabulary'> & { id: number });
  }

  /** Makes a kept generation its facility's one in use again; the one in use is kept in its place. */
  async activate(id: number): Promise<GenerationRecord & { id: number }> {
    return this.db.transaction('rw', this.db.generations, this.db.meta, async () => {
      const target = await this.db.generations.get(id);
      if (!target || target.state !== 'retired') throw new Error(`roster generation ${id} is not kept any more`);
      await this.db.generations.where('state').equals('active').and((g) => g.facility.id === target.facility.id).modify({ state: 'retired' });
      await this.db.generations.update(id, { state: 'active' });
      await this.db.meta.put({ key: 'active', value: id });
      return { ...target, state: 'active', id } as GenerationRecord & { id: number };
    });
  }

  /** Stops using a facility's roster (the system no longer includes it): its generations go, with their chunks. */
  async removeFacility(facilityId: string): Promise<number> {
    const mine = (await this.db.generations.toArray()).filter((g) => g.facility.id === facilityId);
    for (const g of mine) await this.discard(g.id!);
    return mine.length;
  }

  private async discard(id: number): Promise<void> {
    await this.db.transaction('rw', [this.db.generations, this.db.chunks, this.db.people, this.db.rules], async () => {
      await this.db.chunks.where('generation').equals(id).delete();
      await this.db.people.delete(id);
      await this.db.rules.delete(id);
      await this.db.generations.delete(id);
    });
  }

  async allPractitioners(g: GenerationRecord & { id: number }): Promise<Practitioner[]> {
    const chunks = await this.db.chunks.where('generation').equals(g.id).sortBy('index');
    return chunks.flatMap((c) => c.data);
  }

  /** A view of a generation for the engine: name keys and the rules index in memory (records by chunk on demand without one). */
  async view(g: GenerationRecord & { id: number }): Promise<LazyRosterView> {
    const [people, rules] = await Promise.all([this.db.people.get(g.id), this.db.rules.get(g.id)]);
    if (!people) throw new Error(`the people of roster generation ${g.id} are missing`);
    // A rules index from another version of InScope is not read: the chunks answer instead.
    const index = rules?.index.version === RULES_INDEX_VERSION ? rules.index : undefined;
    return new LazyRosterView(this.db, g, people.names, JSON.parse(people.keys) as NameKeys, index);
  }
}

/**
 * The engine's view of a stored generation. With a rules index, every practitioner is available
 * at once (read from it); without one (a generation written before it existed), call
 * `load(indexes)` before evaluating cases for those people: loaded chunks stay cached (up to
 * `maxChunks`, least recently used first out).
 */
export class LazyRosterView implements RosterView {
  readonly privileges: PrivilegeDef[];
  readonly vocabulary?: FacilityVocabulary;
  private readonly chunks = new Map<number, Practitioner[]>();
  private parsedPeople?: PersonEntry[];

  constructor(
    private readonly db: InScopeDb,
    readonly generation: GenerationRecord & { id: number },
    private readonly peopleJson: string,
    readonly nameKeys: NameKeys,
    rules?: RulesIndex,
    private readonly maxChunks = 60,
  ) {
    this.privileges = generation.catalog;
    this.vocabulary = generation.vocabulary;
    this.rules = rules && new RulesReader(rules);
  }

  private readonly rules?: RulesReader;
  /** Practitioners read from the rules index, kept while the page asks about them. */
  private readonly fromRules = new BoundedCache<number, Practitioner>(20_000);

  /** Names and ids for candidates and search, parsed the first time they are needed. */
  get people(): readonly PersonEntry[] {
    this.parsedPeople ??= JSON.parse(this.peopleJson) as PersonEntry[];
    return this.parsedPeople;
  }

  practitioner(index: number): Practitioner | undefined {
    if (this.rules) {
      let p = this.fromRules.get(index);
      if (!p) {
        if (index < 0 || index >= this.rules.index.count) return undefined;
        // The same object each time while cached: the rules prepare each practitioner once.
        p = this.rules.practitioner(index);
        this.fromRules.set(index, p);
      }
      return p;
    }
    const c = this.chunks.get(Math.floor(index / this.generation.chunkSize));
    return c?.[index % this.generation.chunkSize];
  }

  /** Every practitioner is available without `load` (the view has a rules index). */
  get complete(): boolean {
    return !!this.rules;
  }

  /** How many chunks are in memory (tests: a view with a rules index reads none). */
  get loadedChunks(): number {
    return this.chunks.size;
  }

  /** Loads the chunks holding these people, in one read transaction. */
  async load(indexes: Iterable<number>): Promise<void> {
    if (this.rules) return;
    const wanted = new Set<number>();
    for (const i of indexes) {
      const c = Math.floor(i / this.generation.chunkSize);
      const hit = this.chunks.get(c);
      if (hit) {
        // Refresh its place in the LRU order.
        this.chunks.delete(c);
        this.chunks.set(c, hit);
      } else wanted.add(c);
    }
    if (!wanted.size) return;
    const keys = [...wanted].map((c) => [this.generation.id, c] as [number, number]);
    const rows = await this.db.chunks.bulkGet(keys);
    rows.forEach((row, n) => {
      if (!row) throw new Error(`roster chunk ${keys[n][1]} of generation ${this.generation.id} is missing`);
      this.chunks.set(row.index, row.data);
    });
    while (this.chunks.size > Math.max(this.maxChunks, wanted.size)) {
      this.chunks.delete(this.chunks.keys().next().value as number);
    }
  }
}
