/**
 * Fetching a roster over HTTP: optional bearer token, ETag / If-None-Match, a timeout per request,
 * retries with exponential backoff for network failures, timeouts, 5xx and 429, and FHIR search
 * paging through `link[next]`. Failures become one sentence for the coordinator.
 */
import { nextPageUrl } from '../lib/roster/fhir';

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
  /** Safety cap on FHIR pages. */
  maxPages?: number;
  fetch?: typeof fetch;
  onProgress?: (p: { page: number; bytes: number; total?: number }) => void;
  sleep?: (ms: number) => Promise<void>;
}

export type Fetched =
  | { notModified: true; etag?: string }
  | { notModified: false; text: string; etag?: string; pages: number };

const RETRYABLE = new Set([408, 425, 429, 500, 502, 503, 504]);

/** The URL as logs may show it: no query string, which may carry a token. */
export function displayUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`;
  } catch {
    return url.split('?')[0];
  }
}

export async function fetchRoster(url: string, options: FetchOptions = {}): Promise<Fetched> {
  const first = await request(url, options, true);
  if (first.status === 304) return { notModified: true, etag: first.etag ?? options.etag };
  let text = first.text;
  let pages = 1;
  // A FHIR search Bundle: follow link[next] and gather the entries into one Bundle.
  if (/^\s*\{/.test(text) && text.includes('"Bundle"')) {
    let bundle: { entry?: unknown[]; link?: unknown } | undefined;
    try {
      bundle = JSON.parse(text);
    } catch {
      bundle = undefined;
    }
    let next = bundle ? nextPageUrl(bundle) : undefined;
    if (bundle && next) {
      const entries = [...(bundle.entry ?? [])];
      let bytes = text.length;
      while (next) {
        if (++pages > (options.maxPages ?? 10_000)) throw new SyncError(`The roster server sent more than ${options.maxPages ?? 10_000} pages; stopping.`);
        const pageUrl = new URL(next, url).toString();
        const page = await request(pageUrl, { ...options, etag: undefined }, false);
        bytes += page.text.length;
        let parsed: { entry?: unknown[] };
        try {
          parsed = JSON.parse(page.text);
        } catch {
          throw new SyncError(`Page ${pages} of the roster (${displayUrl(pageUrl)}) is not valid JSON.`);
        }
        entries.push(...(parsed.entry ?? []));
        options.onProgress?.({ page: pages, bytes });
        next = nextPageUrl(parsed);
      }
      text = JSON.stringify({ ...bundle, link: undefined, entry: entries });
    }
  }
  return { notModified: false, text, etag: first.etag, pages };
}

interface Response1 {
  status: number;
  text: string;
  etag?: string;
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
      const res = await f(url, { headers, signal: controller.signal, cache: 'no-store', credentials: 'omit', redirect: 'follow' });
      if (res.status === 304) return { status: 304, text: '', etag: res.headers.get('etag') ?? undefined };
      if (!res.ok) {
        last = `the roster server answered ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`;
        if (RETRYABLE.has(res.status)) continue;
        if (res.status === 401 || res.status === 403) throw new SyncError(`The roster server refused access (${res.status}): check the roster token in InScope's options.`);
        if (res.status === 404) throw new SyncError(`The roster URL was not found (404): ${displayUrl(url)}.`);
        throw new SyncError(`Sync failed: ${last}.`);
      }
      const text = await readBody(res, options);
      return { status: res.status, text, etag: res.headers.get('etag') ?? undefined };
    } catch (e) {
      if (e instanceof SyncError) throw e;
      last = controller.signal.aborted
        ? `no answer within ${Math.round((options.timeoutMs ?? 30_000) / 1000)} s`
        : `the connection failed (${(e as Error).message})`;
    } finally {
      clearTimeout(timer);
    }
  }
  throw new SyncError(`Sync failed after ${attempts} attempts: ${last}. The previous roster stays in use.`);
}

async function readBody(res: Response, options: FetchOptions): Promise<string> {
  const total = Number(res.headers.get('content-length')) || undefined;
  if (!res.body || !options.onProgress) return res.text();
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    text += decoder.decode(value, { stream: true });
    options.onProgress({ page: 1, bytes, total });
  }
  return text + decoder.decode();
}
