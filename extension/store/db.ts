/**
 * InScope's IndexedDB (Dexie), owned by the background service worker and used by extension
 * pages. Never opened from a content script: there IndexedDB would belong to the page's origin.
 *
 * Layout, chosen for speed: a roster generation is one small `generations` record (catalog and
 * counts), one `people` record (names and the name index's keys, enough to resolve names after a
 * restart without reading any practitioner), one `rules` record (status, credentials and grants
 * as typed arrays: verdicts after a restart without deserializing practitioners) and `chunks` of
 * 200 full practitioner records each — a few hundred IndexedDB records for 50,000
 * practitioners, not one per grant or per person.
 */
import Dexie, { type Table } from 'dexie';
import type { RosterFormat } from '../../lib/roster/load';
import type { RosterError } from '../../lib/roster/validate';
import type { RosterDiff } from '../../lib/roster/diff';
import type { PersonEntry, Practitioner, FacilityVocabulary, PrivilegeDef } from '../../lib/roster/schema';
import type { RulesIndex } from '../../lib/roster/rules-index';
import type { AckReason } from '../../lib/acknowledgements';
import { nameKeysOf } from '../../lib/names';

export type GenerationState = 'writing' | 'active' | 'retired';

export interface RosterSource {
  kind: 'file' | 'url';
  /** File name, or the URL without its query string. */
  name: string;
}

export interface GenerationCounts {
  practitioners: number;
  privileges: number;
  grants: number;
  credentials: number;
}

export interface GenerationRecord {
  id?: number;
  state: GenerationState;
  createdAt: string;
  source: RosterSource;
  format?: RosterFormat;
  facility: { id: string; name: string; aliases?: string[] };
  generatedAt: string;
  counts: GenerationCounts;
  catalog: PrivilegeDef[];
  /** The facility's own vocabulary the roster carried (docs/vocabulary.md). */
  vocabulary?: FacilityVocabulary;
  chunkSize: number;
  chunkCount: number;
  /** The server's ETag for this roster, for If-None-Match. */
  etag?: string;
}

/**
 * A generation's people, kept apart from the generation record so that changing the record's
 * state never rewrites megabytes: `names` is JSON of PersonEntry[] (index-aligned with the
 * chunks), `keys` JSON of the name index's keys (lib/names.ts NameKeys).
 */
export interface PeopleRecord {
  generation: number;
  names: string;
  keys: string;
}

/** A generation's rules index (lib/roster/rules-index.ts): verdicts without reading the chunks. */
export interface RulesRecord {
  generation: number;
  index: RulesIndex;
}

export interface ChunkRecord {
  generation: number;
  index: number;
  /** Practitioners index*chunkSize … (index+1)*chunkSize-1. */
  data: Practitioner[];
}

export interface RunRecord {
  id?: number;
  at: string;
  /** The facility whose roster the run imported (or tried to). */
  facility?: { id: string; name: string };
  /** `rollback`: the coordinator put a kept generation back in use; `remove`: stopped using a facility's roster. */
  kind: 'import' | 'sync' | 'rollback' | 'remove';
  source: RosterSource;
  /**
   * `held`: a file import that would empty or shrink the roster a lot, or replace it with an older
   * one, waits for the coordinator to confirm (its upload is kept); `refused`: a sync that would.
   */
  outcome: 'imported' | 'not-modified' | 'failed' | 'held' | 'refused' | 'kept';
  /** One sentence for the popup. */
  summary: string;
  /** For a held import: the upload to confirm or discard. */
  heldUpload?: string;
  /** A held import would add a facility not in use yet (confirming adds it beside the others). */
  newFacility?: boolean;
  /** Where the roster's age comes from (lib/roster/validate.ts AgeSource), and the file's text encoding. */
  generatedAtFrom?: string;
  encoding?: string;
  generation?: number;
  counts?: GenerationCounts;
  diff?: RosterDiff;
  errors: RosterError[];
  errorCount: number;
  durationMs: number;
  /** How much of the catalog InScope read through its vocabulary (a few unread lines, not all). */
  catalog?: { lines: number; understood: number; ownWords: Array<{ privilegeId: string; procedure: string; words: string[] }>; termProblems: string[] };
  /** Milliseconds per step of an import: parse, validate, store (diff + write + switch), index. */
  timings?: { parseMs?: number; validateMs?: number; storeMs?: number; indexMs?: number } & Partial<Record<'diffMs' | 'serializeMs' | 'writeMs' | 'switchMs' | 'cleanupMs', number>>;
}

/** A file handed from the popup to the background (IndexedDB carries Blobs cheaply). */
export interface UploadRecord {
  id: string;
  name: string;
  file: Blob;
  at: string;
  /** The file's modification time (ms): its roster's age when the file itself does not say. */
  lastModified?: number;
}

/**
 * A scheduler's acknowledgement of a flagged case. No patient data: the practitioner's roster id,
 * the catalog procedures InScope matched (never the booking text), the verdict, a reason from the
 * preset list (lib/acknowledgements.ts) with a short note, and the site's origin (never the URL).
 */
export interface AckRecord {
  id?: number;
  at: string;
  origin: string;
  practitionerId?: string;
  procedures: string[];
  verdict: string;
  reason: AckReason;
  note?: string;
  caseDate?: string;
  /** With several facilities: the facility whose roster decided the case (its name). */
  facility?: string;
}

export interface MetaRecord {
  key: string;
  value: unknown;
}

export class InScopeDb extends Dexie {
  generations!: Table<GenerationRecord, number>;
  chunks!: Table<ChunkRecord, [number, number]>;
  people!: Table<PeopleRecord, number>;
  rules!: Table<RulesRecord, number>;
  acks!: Table<AckRecord, number>;
  runs!: Table<RunRecord, number>;
  uploads!: Table<UploadRecord, string>;
  meta!: Table<MetaRecord, string>;

  constructor(name = 'inscope') {
    super(name);
    // Schema versions only ever go up; add a version(n) with an upgrade for each change.
    this.version(1).stores({
      generations: '++id, state',
      chunks: '[generation+index], generation',
      runs: '++id, at',
      uploads: 'id',
      meta: 'key',
    });
    // 2: people and their name keys move out of the generation record into their own table.
    this.version(2).stores({ people: 'generation' }).upgrade(async (tx) => {
      const generations = (await tx.table('generations').toArray()) as Array<GenerationRecord & { people?: string }>;
      for (const g of generations) {
        if (g.people === undefined) continue;
        const names = JSON.parse(g.people) as PersonEntry[];
        await tx.table('people').put({ generation: g.id, names: g.people, keys: JSON.stringify(nameKeysOf(names)) });
        delete g.people;
        await tx.table('generations').put(g);
      }
    });
    // 3: the acknowledgement log.
    this.version(3).stores({ acks: '++id, at' });
    // 4: each generation's rules index. Generations written before it read their chunks instead
    // until the next import or sync writes one.
    this.version(4).stores({ rules: 'generation' });
    // 5: acknowledgements keep matched procedures and a preset reason. Earlier records held the
    // booking text and a free-text reason, either of which may name a patient: both are removed.
    this.version(5).stores({}).upgrade(async (tx) => {
      await tx.table('acks').toCollection().modify((a: Record<string, unknown>) => {
        if (a.procedures === undefined) {
          a.procedures = [];
          delete a.procedure;
          a.reason = 'other';
          a.note = 'Recorded by an earlier version; its text was removed.';
        }
      });
    });
  }
}
