/**
 * Health systems: several facilities' rosters in force at once. Privileges are granted by a
 * facility for that facility, so a case is checked against the roster of the facility it is at —
 * read from the row (a Facility / Location column, or a room naming it) by the names and aliases
 * the rosters and settings give, or pinned by a site or adapter. Credentials that belong to the
 * person rather than the facility (license, DEA, board certification, exclusion checks) count
 * from every roster of the system, the same person found by NPI; when two rosters report the same
 * credential differently, the worse report counts.
 */
import { fold } from './text';
import { exclusionResult, standingOf } from './rules';
import type { Credential, CredentialKind, Practitioner } from './roster/schema';

/** A facility as a roster names it (`facility` in docs/roster-format.md). */
export interface Facility {
  id: string;
  name: string;
  /** Other names schedules print for it ("MAIN OR", "ASC NORTH", "SGH"). */
  aliases?: readonly string[];
}

/** Padded, folded words: whole-word containment is a substring test. */
function words(s: string): string {
  const w = fold(s).replace(/[^a-z0-9]+/g, ' ').trim();
  return w ? ` ${w} ` : '';
}

/**
 * Which facility a printed text names. A text names a facility when it is the facility's id, or
 * contains its name or one of its aliases as whole words ("ASC NORTH OR 3"). A text that contains
 * names of two facilities names the one whose name spans the other's ("MAIN ASC" over "MAIN"),
 * else none: unsure is never a guess.
 */
export class FacilityDirectory {
  private readonly keys: Array<{ key: string; facility: Facility }> = [];
  private readonly ids = new Map<string, Facility>();

  /** `aliases`: more names per facility id, from settings (a facility not loaded is ignored). */
  constructor(readonly facilities: readonly Facility[], aliases: Readonly<Record<string, readonly string[]>> = {}) {
    for (const f of facilities) {
      this.ids.set(words(f.id), f);
      for (const n of [f.name, ...(f.aliases ?? []), ...(aliases[f.id] ?? [])]) {
        const key = words(n);
        if (key) this.keys.push({ key, facility: f });
      }
    }
    this.keys.sort((a, b) => b.key.length - a.key.length);
  }

  byId(id: string): Facility | undefined {
    return this.facilities.find((f) => f.id === id);
  }

  resolve(text: string | undefined): Facility | undefined {
    const t = words(text ?? '');
    if (!t) return undefined;
    const exact = this.ids.get(t);
    if (exact) return exact;
    const hits = this.keys.filter((k) => t.includes(k.key));
    if (!hits.length) return undefined;
    // Longest first: every other facility's name must lie inside the longest one's.
    const [best] = hits;
    return hits.every((h) => h.facility === best.facility || best.key.includes(h.key)) ? best.facility : undefined;
  }
}

/** Credentials that belong to the person, not to one facility: they count from any of the system's rosters. */
export const SHARED_CREDENTIAL_KINDS: ReadonlySet<CredentialKind> = new Set(['license', 'dea', 'board-certification', 'exclusion-check']);

/** The same credential in two rosters: kind, issuer and number (case, spaces and punctuation aside). */
function identity(c: Credential): string {
  return `${c.kind}\u0001${squeeze(c.issuer)}\u0001${squeeze(c.identifier)}`;
}

function squeeze(s: string | undefined): string {
  return s ? s.toLowerCase().replace(/[\s.,\-_/#:]+/g, '') : '';
}

const STANDING_RANK = { good: 0, conditional: 1, unverified: 2, lapsed: 3 } as const;
const EXCLUSION_RANK = { clear: 0, unverified: 2, excluded: 3 } as const;

/** How bad a report of a credential is, read as the rules read it (lib/rules.ts). */
function badness(c: Credential): number {
  return c.kind === 'exclusion-check' ? EXCLUSION_RANK[exclusionResult(c.status)] : STANDING_RANK[standingOf(c.status).standing];
}

/** The worse of two reports of the same credential. */
export function worseReport(a: Credential, b: Credential): Credential {
  const d = badness(b) - badness(a);
  if (d) return d > 0 ? b : a;
  return (b.expires ?? '9999-12-31') < (a.expires ?? '9999-12-31') ? b : a;
}

/**
 * A practitioner's credentials with those of the same person at the system's other facilities:
 * person-level kinds only; the same credential reported twice counts at its worse report.
 */
export function systemCredentials(own: readonly Credential[], elsewhere: ReadonlyArray<readonly Credential[]>): Credential[] {
  const out = new Map<string, Credential>();
  let n = 0;
  for (const c of own) out.set(SHARED_CREDENTIAL_KINDS.has(c.kind) ? identity(c) : `own\u0001${n++}`, c);
  for (const list of elsewhere) {
    for (const c of list) {
      if (!SHARED_CREDENTIAL_KINDS.has(c.kind)) continue;
      const k = identity(c);
      const there = out.get(k);
      out.set(k, there ? worseReport(there, c) : c);
    }
  }
  return [...out.values()];
}

/** Whether two rosters hold the same person-level credentials, field for field (the common case in one system). */
function sameRecords(a: readonly Credential[], b: readonly Credential[]): boolean {
  const shared = (list: readonly Credential[]) => list.filter((c) => SHARED_CREDENTIAL_KINDS.has(c.kind));
  const x = shared(a);
  const y = shared(b);
  return x.length === y.length && x.every((c, i) => c.kind === y[i].kind && c.issuer === y[i].issuer && c.identifier === y[i].identifier
    && c.status === y[i].status && c.expires === y[i].expires && c.issued === y[i].issued);
}

/** What a host's roster in force needs for linking: a practitioner found by NPI. */
export interface NpiLookup {
  byNpi(npi: string): Practitioner | undefined;
}

/**
 * Links the facilities of a system: `withSystem(p)` is `p` with the person-level credentials the
 * other rosters hold for the same NPI (made once per record while it lives).
 */
export class CredentialSharing {
  private readonly merged = new WeakMap<Practitioner, Practitioner>();
  private readonly made = new WeakSet<Practitioner>();

  constructor(private readonly others: readonly NpiLookup[]) {}

  withSystem(p: Practitioner): Practitioner {
    if (!p.npi || !this.others.length || this.made.has(p)) return p;
    let out = this.merged.get(p);
    if (out) return out;
    const elsewhere: Credential[][] = [];
    for (const o of this.others) {
      const there = o.byNpi(p.npi);
      // The same records exported to both rosters (one credentialing office) add nothing.
      if (there && there !== p && !sameRecords(there.credentials, p.credentials)) elsewhere.push(there.credentials);
    }
    out = elsewhere.length ? { ...p, credentials: systemCredentials(p.credentials, elsewhere) } : p;
    this.merged.set(p, out);
    this.made.add(out);
    return out;
  }
}
