/**
 * The widget's procedure vocabulary: too large for the widget's script budget, so it is a file
 * beside the script (`inscope-vocabulary.json`, or the host's `vocabulary` URL), cached in the page
 * origin's IndexedDB and revalidated by ETag like the roster. Without it the widget still shows
 * person badges, and every case is unknown: booking text is never read without it.
 */
import type { Vocabulary } from '../lib/vocabulary/compile';
import { cacheGet, cachePut } from './cache';

export interface LoadedVocabulary {
  vocabulary?: Vocabulary;
  /** What went wrong, in one sentence (a cached copy may still be in force). */
  problem?: string;
}

export async function loadVocabulary(url: string): Promise<LoadedVocabulary> {
  const key = `vocabulary:${url}`;
  // The schema and the compiler are a module of their own beside the engine (the engine's budget).
  const { parseVocabularyData, compileVocabulary } = await import('./compile');
  const cached = await cacheGet(key);
  let data: unknown;
  let problem: string | undefined;
  try {
    const res = await fetch(url, { headers: cached?.etag ? { 'if-none-match': cached.etag } : {}, cache: 'no-cache' });
    if (res.status === 304 && cached?.data) data = cached.data;
    else if (!res.ok) problem = `The procedure vocabulary at ${url} answered ${res.status}.`;
    else {
      const json: unknown = await res.json().catch(() => undefined);
      const parsed = json === undefined ? { ok: false as const, error: 'it is not JSON' } : parseVocabularyData(json);
      if (parsed.ok) {
        data = json;
        await cachePut({ url: key, etag: res.headers.get('etag') ?? undefined, data, fetchedAt: new Date().toISOString() });
      } else problem = `The procedure vocabulary at ${url} is not one InScope reads: ${parsed.error}.`;
    }
  } catch {
    problem = `Could not reach the procedure vocabulary at ${url}.`;
  }
  if (data === undefined && cached?.data) {
    data = cached.data;
    problem = `${problem} The copy cached on ${cached.fetchedAt.slice(0, 10)} stays in force.`;
  }
  const parsed = data === undefined ? undefined : parseVocabularyData(data);
  if (!parsed?.ok) return { problem: problem ?? 'No procedure vocabulary.' };
  return { vocabulary: compileVocabulary(parsed.data, url), ...(problem ? { problem } : {}) };
}
