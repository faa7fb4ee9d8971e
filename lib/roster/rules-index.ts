/**
 * The rules index: what verdicts and person cards read of each practitioner — status, credentials
 * and grants — as typed arrays and one string table, built once per roster generation. The
 * extension stores it as one IndexedDB record beside the practitioner chunks: after a service
 * worker start it reads back in one copy (typed arrays and one long string), where the chunks of
 * a 2,000-row page (nearly every chunk, for practitioners spread over the roster) took ~1 s to
 * deserialize as objects. Names stay in the people record; notes and unknown extra fields stay
 * in the chunks only. It carries each practitioner's identity too (id, NPI, name, type,
 * department, aliases), so a verdict never needs the people list parsed.
 */
import { CREDENTIAL_KINDS, GRANT_STATUSES, PRACTITIONER_STATUSES, type Credential, type Grant, type Practitioner } from './schema';

export const RULES_INDEX_VERSION = 2;

export interface RulesIndex {
  version: number;
  count: number;
  /** Per practitioner: index into PRACTITIONER_STATUSES. */
  status: Uint8Array;
  /** Per practitioner, string-table indexes: id, npi, family, given (joined), prefix, suffix, type, department, aliases (joined). */
  personText: Uint32Array;
  /** Per practitioner: first credential; count + 1 entries. */
  credStart: Uint32Array;
  /** Per credential: kind index. */
  credKind: Uint8Array;
  /** Per credential, string-table indexes (0: absent): identifier, issuer, status. */
  credText: Uint32Array;
  /** Per credential, dates (see `dateCode`): issued, expires, verifiedAt. */
  credDates: Int32Array;
  grantStart: Uint32Array;
  grantStatus: Uint8Array;
  /** Per grant, string-table indexes: privilegeId, conditions (joined by \u001f). */
  grantText: Uint32Array;
  /** Per grant, dates: effective, expires. */
  grantDates: Int32Array;
  /** The strings, each followed by \u0000; `stringStart[i]` is where string i begins. String 0 is empty. */
  text: string;
  stringStart: Uint32Array;
}

const PERSON_FIELDS = 9;
const CRED_FIELDS = 3;
const CRED_DATES = 3;
const GRANT_FIELDS = 2;
const GRANT_DATES = 2;
const SEP = '\u0000';
/** Joins lists (given names, aliases, conditions) within one string: a unit separator, which names never contain. */
const JOIN = '\u001f';

export function buildRulesIndex(practitioners: readonly Practitioner[]): RulesIndex {
  const n = practitioners.length;
  let creds = 0;
  let grants = 0;
  for (const p of practitioners) {
    creds += p.credentials.length;
    grants += p.privileges.length;
  }
  const ids = new Map<string, number>([['', 0]]);
  const parts: string[] = [''];
  // Shared values (dates, issuers, privilege ids, types) once; values unique to a person or a
  // credential (ids, NPIs, names, license numbers) appended as they come: interning them costs
  // more than it saves.
  const str = (s: string | undefined): number => {
    if (s === undefined || s === '') return 0;
    let i = ids.get(s);
    if (i === undefined) {
      i = parts.length;
      ids.set(s, i);
      parts.push(s);
    }
    return i;
  };
  // Dates (ISO after validation) as the number YYYYMMDD: no string table, no lookups; anything
  // else, negated string-table index.
  const date = (s: string | undefined): number => {
    if (s === undefined || s === '') return 0;
    if (s.length === 10 && s.charCodeAt(4) === 45 && s.charCodeAt(7) === 45) {
      let v = 0;
      for (let k = 0; k < 10; k++) {
        if (k === 4 || k === 7) continue;
        const digit = s.charCodeAt(k) - 48;
        if (digit < 0 || digit > 9) return -str(s);
        v = v * 10 + digit;
      }
      if (v > 0) return v;
    }
    return -str(s);
  };
  const own = (s: string | undefined): number => {
    if (s === undefined || s === '') return 0;
    parts.push(s);
    return parts.length - 1;
  };
  const out: RulesIndex = {
    version: RULES_INDEX_VERSION, count: n,
    status: new Uint8Array(n), personText: new Uint32Array(n * PERSON_FIELDS), credStart: new Uint32Array(n + 1), credKind: new Uint8Array(creds),
    credText: new Uint32Array(creds * CRED_FIELDS), credDates: new Int32Array(creds * CRED_DATES), grantStart: new Uint32Array(n + 1),
    grantStatus: new Uint8Array(grants), grantText: new Uint32Array(grants * GRANT_FIELDS), grantDates: new Int32Array(grants * GRANT_DATES),
    text: '', stringStart: new Uint32Array(0),
  };
  let c = 0;
  let g = 0;
  practitioners.forEach((p, i) => {
    out.status[i] = PRACTITIONER_STATUSES.indexOf(p.status);
    const f = i * PERSON_FIELDS;
    out.personText[f] = own(p.id);
    out.personText[f + 1] = own(p.npi);
    out.personText[f + 2] = own(p.name.family);
    out.personText[f + 3] = own(p.name.given.join(JOIN));
    out.personText[f + 4] = str(p.name.prefix);
    out.personText[f + 5] = str(p.name.suffix);
    out.personText[f + 6] = str(p.type);
    out.personText[f + 7] = str(p.department);
    out.personText[f + 8] = p.aliases?.length ? own(p.aliases.join(JOIN)) : 0;
    out.credStart[i] = c;
    for (const cr of p.credentials) {
      out.credKind[c] = CREDENTIAL_KINDS.indexOf(cr.kind);
      const t = c * CRED_FIELDS;
      out.credText[t] = own(cr.identifier);
      out.credText[t + 1] = str(cr.issuer);
      out.credText[t + 2] = str(cr.status);
      const d = c * CRED_DATES;
      out.credDates[d] = date(cr.issued);
      out.credDates[d + 1] = date(cr.expires);
      out.credDates[d + 2] = date(cr.verifiedAt);
      c++;
    }
    out.grantStart[i] = g;
    for (const gr of p.privileges) {
      out.grantStatus[g] = GRANT_STATUSES.indexOf(gr.status);
      const t = g * GRANT_FIELDS;
      out.grantText[t] = str(gr.privilegeId);
      out.grantText[t + 1] = gr.conditions?.length ? str(gr.conditions.join(JOIN)) : 0;
      const d = g * GRANT_DATES;
      out.grantDates[d] = date(gr.effective);
      out.grantDates[d + 1] = date(gr.expires);
      g++;
    }
  });
  out.credStart[n] = c;
  out.grantStart[n] = g;
  out.stringStart = new Uint32Array(parts.length);
  let at = 0;
  parts.forEach((s, i) => {
    out.stringStart[i] = at;
    at += s.length + 1;
  });
  out.text = parts.join(SEP) + SEP;
  return out;
}

/** Reads practitioners back out of a rules index, as the rules and person cards need them. */
export class RulesReader {
  private readonly strings: Array<string | undefined>;

  constructor(readonly index: RulesIndex) {
    this.strings = new Array(index.stringStart.length);
  }

  private str(i: number): string | undefined {
    if (i === 0) return undefined;
    let s = this.strings[i];
    if (s === undefined) {
      // Bounds from the offsets, so a string may itself contain any character.
      const { stringStart, text } = this.index;
      const end = (i + 1 < stringStart.length ? stringStart[i + 1] : text.length) - 1;
      s = text.slice(stringStart[i], end);
      this.strings[i] = s;
    }
    return s;
  }

  private readonly dates = new Map<number, string>();

  private date(v: number): string | undefined {
    if (v === 0) return undefined;
    if (v < 0) return this.str(-v);
    let s = this.dates.get(v);
    if (s === undefined) {
      const t = String(v);
      s = `${t.slice(0, 4)}-${t.slice(4, 6)}-${t.slice(6, 8)}`;
      this.dates.set(v, s);
    }
    return s;
  }

  /** Practitioner `i`: identity, status, credentials and grants. */
  practitioner(i: number): Practitioner {
    const x = this.index;
    const f = i * PERSON_FIELDS;
    const given = this.str(x.personText[f + 3]);
    const name: Practitioner['name'] = { family: this.str(x.personText[f + 2]) ?? '', given: given ? given.split(JOIN) : [] };
    set(name, 'prefix', this.str(x.personText[f + 4]));
    set(name, 'suffix', this.str(x.personText[f + 5]));
    const p = { id: this.str(x.personText[f]) ?? '', name, type: this.str(x.personText[f + 6]) ?? '' } as Practitioner;
    set(p, 'npi', this.str(x.personText[f + 1]));
    set(p, 'department', this.str(x.personText[f + 7]));
    const aliases = this.str(x.personText[f + 8]);
    if (aliases) p.aliases = aliases.split(JOIN);
    const credentials: Credential[] = [];
    for (let c = x.credStart[i]; c < x.credStart[i + 1]; c++) {
      const t = c * CRED_FIELDS;
      const cr: Credential = { kind: CREDENTIAL_KINDS[x.credKind[c]] };
      set(cr, 'identifier', this.str(x.credText[t]));
      set(cr, 'issuer', this.str(x.credText[t + 1]));
      set(cr, 'status', this.str(x.credText[t + 2]));
      const d = c * CRED_DATES;
      set(cr, 'issued', this.date(x.credDates[d]));
      set(cr, 'expires', this.date(x.credDates[d + 1]));
      set(cr, 'verifiedAt', this.date(x.credDates[d + 2]));
      credentials.push(cr);
    }
    const privileges: Grant[] = [];
    for (let g = x.grantStart[i]; g < x.grantStart[i + 1]; g++) {
      const t = g * GRANT_FIELDS;
      const gr: Grant = { privilegeId: this.str(x.grantText[t])!, status: GRANT_STATUSES[x.grantStatus[g]] };
      const d = g * GRANT_DATES;
      set(gr, 'effective', this.date(x.grantDates[d]));
      set(gr, 'expires', this.date(x.grantDates[d + 1]));
      const conditions = this.str(x.grantText[t + 1]);
      if (conditions) gr.conditions = conditions.split(JOIN);
      privileges.push(gr);
    }
    p.status = PRACTITIONER_STATUSES[x.status[i]];
    p.credentials = credentials;
    p.privileges = privileges;
    return p;
  }
}

function set<T extends object, K extends keyof T>(o: T, k: K, v: T[K] | undefined): void {
  if (v !== undefined) o[k] = v;
}
