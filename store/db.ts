/**
 * InScope's IndexedDB (Dexie), owned by the background service worker and used by extension
 * pages. Never opened from a content script: there IndexedDB would belong to the page's origin.
 *
 * Layout, chosen for speed: a roster generation is one `generations` record (catalog, counts and
 * the compact people list that name resolution needs) plus `chunks` of practitioner records as
 * JSON text — a few hundred records for 50,000 practitioners, not one per grant.
 */
import Dexie, { type Table } from 'dexie';
import type { RosterFormat } from '../lib/roster/load';
import type { RosterError } from '../lib/roster/validate';
import type { RosterDiff } from '../lib/roster/diff';
import type { PrivilegeDef } from '../lib/roster/schema';

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
  facility: { id: string; name: string };
  generatedAt: string;
  counts: GenerationCounts;
  catalog: PrivilegeDef[];
  /** JSON of PersonEntry[], index-aligned with the chunks. */
  people: string;
  chunkSize: number;
  chunkCount: number;
  /** The server's ETag for this roster, for If-None-Match. */
  etag?: string;
}

export interface ChunkRecord {
  generation: number;
  index: number;
  /** JSON of Practitioner[]: practitioners index*chunkSize … (index+1)*chunkSize-1. */
  data: string;
}

export interface RunRecord {
  id?: number;
  at: string;
  kind: 'import' | 'sync';
  source: RosterSource;
  outcome: 'imported' | 'not-modified' | 'failed';
  /** One sentence for the popup. */
  summary: string;
  generation?: number;
  counts?: GenerationCounts;
  diff?: RosterDiff;
  errors: RosterError[];
  errorCount: number;
  durationMs: number;
  /** Milliseconds per step of an import: parse, validate, store (diff + write + switch), index. */
  timings?: { parseMs?: number; validateMs?: number; storeMs?: number; indexMs?: number };
}

/** A file handed from the popup to the background (IndexedDB carries Blobs cheaply). */
export interface UploadRecord {
  id: string;
  name: string;
  file: Blob;
  at: string;
}

export interface MetaRecord {
  key: string;
  value: unknown;
}

export class InScopeDb extends Dexie {
  generations!: Table<GenerationRecord, number>;
  chunks!: Table<ChunkRecord, [number, number]>;
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
  }
}
