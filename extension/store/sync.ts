/**
 * Fetching a roster over HTTP: optional bearer token, ETag / If-None-Match, a timeout per request,
 * retries with exponential backoff for network failures, timeouts, 5xx and 429, and FHIR search
 * paging through `link[next]`. Failures become one sentence for the coordinator.
 */
import { nextPageUrl } from '../../lib/roster/fhir';

export class SyncError extends Error {}

export interface FetchOptions {
  token?: string;
  etag?: string;
  /** Per request, ms. */
  timeoutMs?: number;
  /** Attempts per request, including the first. */
  attempts?: number;
  /** First backoff delay, ms; doubles each retry. */
  backoffMs?: number;
  /** Safety cap on FHIR pages (default MAX_PAGES). */
  maxPages?: number;
  fetch?: typeof fetch;
  onProgress?: (p: { page: number; bytes: number; total?: number }) => void;
  sleep?: (ms: number) => Promise<void>;
}

export type Fetched =
  | { notModified: true; etag?: string }
  | {
    notModified: false;
    /** The roster's bytes (decoded by the roster reader, which detects the encoding). */
    bytes: Uint8Array;
    etag?: string;
    pages: number;
    /** When the server says the roster was last changed (Last-Modified), else the response's Date. */
    time?: { at: string; from: 'http-last-modified' | 'http-date' };
  };

const RETRYABLE = new Set([408, 425, 429, 500, 502, 503, 504]);
/** FHIR search pages followed at most (a server that pages 100 entries at a time: 100,000 practitioners). */
export const MAX_PAGES = 1000;

/** The URL as logs may show it: no query string, which may carry a token. */
export function displayUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`;
  } catch {
    return url.split('?')[0];
  }
}

/** A roster token travels only over HTTPS (or to this machine): over plain HTTP anyone on the path could read it. */
function tokenAllowed(url: string): boolean {
  const u = new URL(url);
  return u.protocol === 'https:' || ['localhost', '127.0.0.1', '[::1]'].includes(u.hostname);
}

export async function fetchRoster(url: string, options: FetchOptions = {}): Promise<Fetched> {
  if (options.token && !tokenAllowed(url)) {
    throw new SyncError(`The roster URL ${displayUrl(url)} is plain HTTP, and InScope sends the roster token only over HTTPS (or to this machine): use an https:// URL. The previous roster stays in use.`);
  }
  const first = await request(url, options, true);
  if (first.status === 304) return { notModified: true, etag: first.etag ?? options.etag };
  const out: Fetched = { notModified: false, bytes: first.bytes, etag: first.etag, pages: 1, ...(first.time ? { time: first.time } : {}) };
  // A FHIR search Bundle: follow link[next] and gather the entries into one Bundle.
  const head = new TextDecoder().decode(first.bytes.subarray(0, 4096));
  if (!/^\s*\{/.test(head.replace(/^\ufeff/, '')) || !head.includes('"Bundle"')) return out;
  let bundle: { entry?: unknown; link?: unknown } | undefined;
  try {
    bundle = JSON.parse(new TextDecoder().decode(first.bytes).replace(/^\ufeff/, ''));
  } catch {
    return out; // Not JSON after all: the roster reader says so.
  }
  let next = bundle ? nextPageUrl(bundle) : undefined;
  if (!bundle || !next) return out;
  const origin = new URL(url).origin;
  const entries: unknown[] = Array.isArray(bundle.entry) ? bundle.entry.slice() : [];
  const seen = new Set<string>([new URL(url).href]);
  let bytes = first.bytes.length;
  while (next) {
    const pageUrl = new URL(next, url);
    if (seen.has(pageUrl.href)) throw new SyncError(`The roster server's page ${out.pages} links back to a page already read (${displayUrl(pageUrl.href)}); stopping. The previous roster stays in use.`);
    seen.add(pageUrl.href);
    // The roster token goes to the roster URL's origin and nowhere else.
    if (pageUrl.origin !== origin) throw new SyncError(`The roster server's next page is on another origin (${pageUrl.origin}); InScope reads pages only from ${origin}, where its token is meant to go. The previous roster stays in use.`);
    if (++out.pages > (options.maxPages ?? MAX_PAGES)) throw new SyncError(`The roster server sent more than ${options.maxPages ?? MAX_PAGES} pages; stopping. The previous roster stays in use.`);
    const page = await request(pageUrl.href, { ...options, etag: undefined }, false);
    bytes += page.bytes.length;
    let parsed: { entry?: unknown; link?: unknown };
    try {
      parsed = JSON.parse(new TextDecoder().decode(page.bytes).replace(/^\ufeff/, ''));
    } catch {
      throw new SyncError(`Page ${out.pages} of the roster (${displayUrl(pageUrl.href)}) is not valid JSON. The previous roster stays in use.`);
    }
    // One entry at a time: a page of 200,000 entries would overflow the stack as spread arguments.
    if (Array.isArray(parsed.entry)) for (const e of parsed.entry) entries.push(e);
    options.onProgress?.({ page: out.pages, bytes });
    next = nextPageUrl(parsed);
  }
  out.bytes = new TextEncoder().encode(JSON.stringify({ ...bundle, link: undefined, entry: entries }));
  return out;
}

interface Response1 {
  status: number;
  bytes: Uint8Array;
  etag?: string;
  time?: { at: string; from: 'http-last-modified' | 'http-date' };
}

async function request(url: string, options: FetchOptions, conditional: boolean): Promise<Response1> {
  const f = options.fetch ?? fetch;
  const attempts = options.attempts ?? 4;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const headers: Record<string, string> = { Accept: 'application/fhir+json, application/json, text/csv;q=0.9, */*;q=0.1' };
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  if (conditional && options.etag) headers['If-None-Match'] = options.etag;
  let last = '';
  for (let attempt = 1; attempt <= attempts; attempt++) {
    if (attempt > 1) await sleep((options.backoffMs ?? 1000) * 2 ** (attempt - 2));
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? 30_000);
    try {
      // With a token, no redirect is followed: a redirect could hand the token to another server.
      const res = await f(url, { headers, signal: controller.signal, cache: 'no-store', credentials: 'omit', redirect: options.token ? 'error' : 'follow' });
      if (res.status === 304) return { status: 304, bytes: new Uint8Array(), etag: res.headers.get('etag') ?? undefined };
      if (!res.ok) {
        last = `the roster server answered ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`;
        if (RETRYABLE.has(res.status)) continue;
        if (res.status === 401 || res.status === 403) throw new SyncError(`The roster server refused access (${res.status}): check the roster token in InScope's options.`);
        if (res.status === 404) throw new SyncError(`The roster URL was not found (404): ${displayUrl(url)}.`);
        throw new SyncError(`Sync failed: ${last}.`);
      }
      const bytes = await readBody(res, options);
      const modified = res.headers.get('last-modified');
      const date = res.headers.get('date');
      const time = modified ? { at: modified, from: 'http-last-modified' as const } : date ? { at: date, from: 'http-date' as const } : undefined;
      return { status: res.status, bytes, etag: res.headers.get('etag') ?? undefined, ...(time ? { time } : {}) };
    } catch (e) {
      if (e instanceof SyncError) throw e;
      last = controller.signal.aborted
        ? `no answer within ${Math.round((options.timeoutMs ?? 30_000) / 1000)} s`
        : options.token && /redirect/i.test(String((e as Error).message))
          ? 'the roster server redirected, and InScope does not follow a redirect with the roster token (set the final URL in the options)'
          : `the connection failed (${(e as Error).message})`;
    } finally {
      clearTimeout(timer);
    }
  }
  throw new SyncError(`Sync failed after ${attempts} attempts: ${last}. The previous roster stays in use.`);
}

async function readBody(res: Response, options: FetchOptions): Promise<Uint8Array> {
  const total = Number(res.headers.get('content-length')) || undefined;
  if (!res.body || !options.onProgress) return new Uint8Array(await res.arrayBuffer());
  const reader = res.body.getReader();
  const parts: Uint8Array[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    parts.push(value);
    options.onProgress({ page: 1, bytes, total });
  }
  const out = new Uint8Array(bytes);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}
