/**
 * The widget's roster: an object the host passes, or a URL fetched in any format InScope reads
 * (canonical JSON, CSV, FHIR R4), cached in the host origin's IndexedDB and revalidated with its
 * ETag. A failed or invalid download leaves the cached roster in force and says why.
 */
import { formatRosterError, validateRoster, type RosterError } from '../lib/roster/validate';
import type { PrivilegeDef, Roster } from '../lib/roster/schema';
import { cacheGet, cachePut } from './cache';

export interface LoadedRoster {
  roster?: Roster;
  /** Where the roster in force came from. */
  source: 'network' | 'cache' | 'object' | 'none';
  /** What went wrong, when something did (the roster in force, if any, is the cached one). */
  problem?: string;
  errors: RosterError[];
}

/**
 * `catalog`: the privilege catalog CSV and FHIR grants refer to (those formats carry none), from
 * a canonical JSON roster the host names; `catalogKey` tells cached decodes of different catalogs apart.
 */
export async function loadRoster(input: string | object, base: string, catalog?: { privileges: PrivilegeDef[]; key: string }): Promise<LoadedRoster> {
  if (typeof input !== 'string') {
    const result = validateRoster(input);
    return result.ok
      ? { roster: result.roster, source: 'object', errors: [] }
      : { source: 'none', problem: problemOf('The roster object', result.errors), errors: result.errors };
  }
  const url = new URL(input, base).href;
  const key = catalog ? `${url}#catalog=${catalog.key}` : url;
  const cached = await cacheGet(key);
  const fallback = (problem: string, errors: RosterError[] = []): LoadedRoster => (cached?.roster
    ? { roster: cached.roster, source: 'cache', problem: `${problem} The roster cached on ${cached.fetchedAt.slice(0, 10)} stays in force.`, errors }
    : { source: 'none', problem, errors });
  let response: Response;
  try {
    response = await fetch(url, { headers: cached?.etag ? { 'if-none-match': cached.etag } : {}, cache: 'no-cache' });
  } catch {
    return fallback(`Could not reach the roster at ${url}.`);
  }
  if (response.status === 304 && cached?.roster) return { roster: cached.roster, source: 'cache', errors: [] };
  if (!response.ok) return fallback(`The roster server answered ${response.status} for ${url}.`);
  // Bytes, so the encoding is detected; the server's Last-Modified (or Date) dates a CSV or FHIR file that does not say.
  const modified = response.headers.get('last-modified');
  const served = response.headers.get('date');
  const fallbackTime = modified ? { at: modified, from: 'http-last-modified' as const } : served ? { at: served, from: 'http-date' as const } : undefined;
  // The file readers (encodings, CSV, FHIR) are a module of their own, fetched only for a roster
  // that comes by URL: a host that hands over a roster object never loads them.
  const { readRosterBytes } = await import('../lib/roster/load');
  const read = readRosterBytes(await response.arrayBuffer(), url.split('/').pop() ?? '', { ...(catalog ? { catalog: catalog.privileges } : {}), fallbackTime });
  if (!read.result.ok) return fallback(problemOf(`The roster at ${url}`, read.result.errors), read.result.errors);
  if (read.format !== 'json' && !catalog) {
    return fallback(`The roster at ${url} is ${read.format === 'csv' ? 'CSV' : 'FHIR'}, which carries no privilege catalog: give mount() a catalog (a canonical JSON roster).`);
  }
  await cachePut({ url: key, etag: response.headers.get('etag') ?? undefined, roster: read.result.roster, fetchedAt: new Date().toISOString() });
  return { roster: read.result.roster, source: 'network', errors: [] };
}

function problemOf(what: string, errors: RosterError[]): string {
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
  return `${what} is not a valid roster: ${formatRosterError(errors[0])}${more}.`;
}
