/**
 * The widget's roster cache: one IndexedDB object store in the host page's origin. Plain
 * IndexedDB rather than Dexie (which the extension uses): Dexie alone is 33 KB of the widget's
 * 40 KB budget, and the widget keeps one record per roster URL. Storage that is unavailable
 * (blocked, private windows) means no cache, never an error.
 */
import type { Roster } from '../lib/roster/schema';

export interface CachedRoster {
  url: string;
  etag?: string;
  /** A roster (its URL is the key), or another document (the vocabulary, keyed "vocabulary:<url>"). */
  roster?: Roster;
  data?: unknown;
  fetchedAt: string;
}

const DB = 'inscope-widget';
const STORE = 'rosters';

function open(): Promise<IDBDatabase | undefined> {
  return new Promise((resolve) => {
    try {
      const req = indexedDB.open(DB, 1);
      req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'url' });
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => resolve(undefined);
      req.onblocked = () => resolve(undefined);
    } catch {
      resolve(undefined);
    }
  });
}

function run<T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>): Promise<T | undefined> {
  return open().then((db) => new Promise<T | undefined>((resolve) => {
    if (!db) return resolve(undefined);
    try {
      const tx = db.transaction(STORE, mode);
      const req = act(tx.objectStore(STORE));
      tx.oncomplete = () => { db.close(); resolve(req.result); };
      tx.onerror = tx.onabort = () => { db.close(); resolve(undefined); };
    } catch {
      db.close();
      resolve(undefined);
    }
  }));
}

export const cacheGet = (url: string) => run<CachedRoster | undefined>('readonly', (s) => s.get(url));
export const cachePut = (record: CachedRoster) => run('readwrite', (s) => s.put(record)).then(() => undefined);
