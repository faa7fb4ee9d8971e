/**
 * The procedure matcher: finds which catalog procedures a booking names.
 *
 * Codes first (an exact code match wins), then names and synonyms: each catalog phrase is a set
 * of content tokens; a phrase matches a part of the booking when all its tokens are there, and
 * the largest phrases win (so "total knee arthroplasty" beats "arthroplasty" and "TAH BSO" gives
 * two procedures). Whatever operation words are left over make that part `unknown`, as does a
 * part no phrase fits: the matcher never guesses.
 */
import { APPROACHES, type PrivilegeDef } from '../roster/schema';
import type { ProcedureRef } from '../verdict';
import { analyze, type Part } from './analyze';
import { DEFAULT_ACTIONS, DESCRIPTORS, isProcedureWord } from './lexicon';

const ROUTES = new Set(['open', 'laparoscopic', 'endoscopic', 'percutaneous']);
const KNOWN_APPROACHES = new Set<string>(APPROACHES);

export interface CatalogProcedure extends ProcedureRef {
  /** Index in the matcher's procedure table. */
  id: number;
  department?: string;
  /** Routes named in the procedure's own name (open, laparoscopic, …). */
  routes: string[];
  /** Modalities named in the procedure's own name (robotic, laser, …). */
  modalities: string[];
}

interface Phrase {
  tokens: string[];
  procs: number[];
}

interface LeftoverContext {
  covered: Set<string>;
  matched: boolean;
  /** A matched phrase is only operation words and descriptors. */
  generic: boolean;
  endoscopy: boolean;
}

/** One thing the booking asks for. */
export interface MatchPart {
  text: string;
  status: 'matched' | 'unknown';
  via?: 'code' | 'text';
  /**
   * For matched parts: groups of catalog procedures. Within a group the best grant counts (one
   * procedure in several privileges); several groups are variants the booking did not choose
   * between (laparoscopic or open), and must agree.
   */
  groups: CatalogProcedure[][];
  /** Why a part is unknown, in words. */
  why?: string;
  candidates?: CatalogProcedure[];
}

export interface MatchResult {
  parts: MatchPart[];
  approaches: string[];
  laterality?: string;
  levels: string[];
  /** Approach privileges the booking needs in addition to the procedures' own. */
  approachRequirements: Array<{ approach: string; privileges: PrivilegeDef[] }>;
}

export class ProcedureMatcher {
  readonly procedures: CatalogProcedure[] = [];
  private readonly phrases = new Map<string, Phrase>();
  private readonly byToken = new Map<string, Phrase[]>();
  private readonly codes = new Map<string, number[]>();
  private readonly approachPrivileges = new Map<string, PrivilegeDef[]>();
  private readonly memo = new Map<string, MatchResult>();
  private readonly memoSize: number;

  /** `memoSize`: booking texts remembered (schedules repeat them); 0 remembers none. */
  constructor(privileges: readonly PrivilegeDef[], options: { memoSize?: number } = {}) {
    this.memoSize = options.memoSize ?? 20_000;
    for (const def of privileges) {
      if (def.approach) {
        const list = this.approachPrivileges.get(def.approach) ?? [];
        list.push(def);
        this.approachPrivileges.set(def.approach, list);
      }
      for (const proc of def.procedures) {
        const nameAnalysis = analyze(proc.name, { split: false });
        const id = this.procedures.length;
        const approaches = nameAnalysis.approaches;
        this.procedures.push({
          id, privilegeId: def.id, privilege: def.name, procedure: proc.name, department: def.department,
          routes: approaches.filter((a) => ROUTES.has(a)),
          modalities: approaches.filter((a) => !ROUTES.has(a)),
        });
        for (const code of proc.codes ?? []) push(this.codes, normalizeCode(code), id);
        for (const phraseText of [proc.name, ...(proc.synonyms ?? [])]) {
          const tokens = [...new Set(analyze(phraseText, { split: false }).parts.flatMap((p) => p.tokens))];
          if (!tokens.length) continue;
          // An approach privilege's own entries ("Robotic-assisted surgery") name no operation.
          if (def.approach && !tokens.some(isProcedureWord)) continue;
          this.addPhrase(tokens, id);
        }
      }
    }
  }

  private addPhrase(tokens: string[], id: number): void {
    const key = [...tokens].sort().join(' ');
    let phrase = this.phrases.get(key);
    if (!phrase) {
      phrase = { tokens, procs: [] };
      this.phrases.set(key, phrase);
      for (const t of tokens) push(this.byToken, t, phrase);
    }
    if (!phrase.procs.includes(id)) phrase.procs.push(id);
  }

  match(text: string, code?: string): MatchResult {
    const key = code ? `${text}\u0000${code}` : text;
    const hit = this.memo.get(key);
    if (hit) return hit;
    const result = this.matchUncached(text, code);
    if (this.memoSize === 0) return result;
    if (this.memo.size >= this.memoSize) this.memo.clear();
    this.memo.set(key, result);
    return result;
  }

  private matchUncached(text: string, code?: string): MatchResult {
    const analysis = analyze(text);
    const parts: MatchPart[] = [];
    let previous: Part | undefined;
    for (const part of analysis.parts) {
      const routes = part.approaches.filter((a) => ROUTES.has(a));
      if (!part.tokens.length && routes.length && previous) {
        // "LAP CHOLE, POSS OPEN": the conversion needs the other approach's privilege too.
        const known = new Set(parts.flatMap((p) => p.groups.flat().map((c) => c.id)));
        const converted = this.matchPart({ ...previous, text: `${previous.text.trim()}, ${part.text.trim()}`, approaches: routes })
          .filter((p) => p.status === 'matched' && p.groups.some((g) => g.some((c) => !known.has(c.id))));
        parts.push(...converted);
        continue;
      }
      parts.push(...this.matchPart(part));
      if (part.tokens.length) previous = part;
    }
    if (code) this.applyCode(parts, code, text);
    mergeDuplicates(parts);
    if (!parts.length) {
      parts.push({ text: text.trim(), status: 'unknown', groups: [], why: 'the booking text names no procedure' });
    }
    const approachRequirements = analysis.approaches
      .filter((a) => KNOWN_APPROACHES.has(a) && this.approachPrivileges.has(a))
      .map((a) => ({ approach: a, privileges: this.approachPrivileges.get(a)! }));
    return { parts, approaches: analysis.approaches, laterality: analysis.laterality, levels: analysis.levels, approachRequirements };
  }

  private applyCode(parts: MatchPart[], code: string, text: string): void {
    const ids = this.codes.get(normalizeCode(code));
    if (!ids) return;
    const procs = ids.map((i) => this.procedures[i]);
    const codePart: MatchPart = { text: text.trim(), status: 'matched', via: 'code', groups: [procs] };
    const same = parts.findIndex((p) => p.groups.some((g) => g.some((x) => ids.includes(x.id))));
    if (same >= 0) {
      parts[same] = { ...codePart, text: parts[same].text };
      return;
    }
    if (parts.length <= 1) {
      parts.splice(0, parts.length, codePart);
      return;
    }
    const unknown = parts.findIndex((p) => p.status === 'unknown');
    if (unknown >= 0) parts[unknown] = { ...codePart, text: parts[unknown].text };
    else parts.push(codePart);
  }

  private matchPart(part: Part): MatchPart[] {
    if (!part.tokens.length) return [];
    const present = new Set(part.tokens);
    const counts = new Map<Phrase, number>();
    for (const t of present) {
      for (const ph of this.byToken.get(t) ?? []) counts.set(ph, (counts.get(ph) ?? 0) + 1);
    }
    const fitting: Phrase[] = [];
    for (const [ph, n] of counts) if (n === ph.tokens.length) fitting.push(ph);
    // Largest first; among equals, the one naming more than descriptors ("closed reduction
    // percutaneous pinning" over "closed reduction of fracture").
    const weight = (ph: Phrase) => ph.tokens.filter((t) => !DESCRIPTORS.has(t)).length;
    fitting.sort((a, b) => b.tokens.length - a.tokens.length || weight(b) - weight(a) || b.tokens.join('').length - a.tokens.join('').length);

    // Largest phrases first; each word belongs to one procedure.
    const covered = new Set<string>();
    const chosen: Phrase[] = [];
    for (const ph of fitting) {
      if (ph.tokens.every((t) => covered.has(t))) continue;
      const overlapping = chosen.filter((c) => c.tokens.some((t) => ph.tokens.includes(t)));
      if (overlapping.length) {
        // Another wording of a procedure already chosen ("ORIF bimalleolar" beside "ORIF ankle
        // fracture"): its words describe that procedure. Otherwise the words stay left over.
        if (overlapping.every((c) => c.procs.some((id) => ph.procs.includes(id)))) {
          for (const t of ph.tokens) covered.add(t);
        }
        continue;
      }
      for (const t of ph.tokens) covered.add(t);
      chosen.push(ph);
    }
    // A part of descriptors only ("LIMA to LAD") names nothing to check.
    if (!chosen.length && part.tokens.every((t) => DESCRIPTORS.has(t))) return [];
    // In the order the booking names them.
    const at = (ph: Phrase) => Math.min(...ph.tokens.map((t) => part.tokens.indexOf(t)));
    chosen.sort((a, b) => at(a) - at(b));
    const out = chosen.map((ph) => this.chooseEntries(ph, part));
    const leftover = part.tokens.filter((t) => !covered.has(t));
    const context: LeftoverContext = {
      covered,
      matched: chosen.length > 0,
      generic: chosen.some((ph) => ph.tokens.every((t) => isProcedureWord(t) || DESCRIPTORS.has(t))),
      endoscopy: chosen.some((ph) => ph.tokens.some((t) => t.endsWith('scopy'))),
    };
    const significant = leftover.filter((t) => this.isSignificant(t, context));
    if (!out.length || significant.length) {
      const words = out.length ? [...new Set(significant)] : part.tokens;
      out.push({
        text: part.text,
        status: 'unknown',
        groups: [],
        why: out.length
          ? `"${words.join(' ')}" matches no procedure in the catalog`
          : 'no procedure in the catalog matches this text',
        candidates: this.closest(part.tokens),
      });
    }
    return out;
  }

  /** A left-over word that means the booking asks for more than what was matched. */
  private isSignificant(t: string, c: LeftoverContext): boolean {
    if (c.matched && DEFAULT_ACTIONS.has(t)) return false;
    // Biopsies taken through a scope are part of the endoscopy.
    if (t === 'biopsy' && c.endoscopy) return false;
    if (isProcedureWord(t)) return true;
    if (DESCRIPTORS.has(t)) return false;
    // A generic match ("excision of lesion", "pacemaker") says nothing about this word: it may
    // name a different procedure ("vocal cord", "leadless").
    if (c.generic) return true;
    // A catalog phrase joins this word with a matched one: a more specific procedure exists.
    return (this.byToken.get(t) ?? []).some((ph) => ph.tokens.some((x) => c.covered.has(x)));
  }

  private chooseEntries(ph: Phrase, part: Part): MatchPart {
    const procs = ph.procs.map((i) => this.procedures[i]);
    const modalities = part.approaches.filter((a) => !ROUTES.has(a));
    const routes = part.approaches.filter((a) => ROUTES.has(a));
    // Robotic surgery is minimally invasive: without another route it reads as laparoscopic.
    if (!routes.length && modalities.includes('robotic')) routes.push('laparoscopic');
    const compatible = procs.filter((p) => p.modalities.every((m) => modalities.includes(m)));
    const plain = compatible.filter((p) => !p.routes.length);
    let groups: CatalogProcedure[][] = [];
    if (routes.length) {
      const specific = compatible.filter((p) => p.routes.some((r) => routes.includes(r)));
      if (specific.length) groups = [specific];
      else if (plain.length) groups = [plain];
    } else if (plain.length) {
      groups = [plain];
    } else {
      const bySignature = new Map<string, CatalogProcedure[]>();
      for (const p of compatible) push(bySignature, p.routes.join('+'), p);
      groups = [...bySignature.values()];
    }
    if (!groups.length) {
      const named = procs.map((p) => p.procedure);
      return {
        text: part.text, status: 'unknown', groups: [], candidates: procs,
        why: `the catalog lists this only as ${[...new Set(named)].join(' / ')}`,
      };
    }
    return { text: part.text, status: 'matched', via: 'text', groups };
  }

  /** The catalog procedures sharing most words with the text, for "verify manually". */
  private closest(tokens: string[], limit = 3): CatalogProcedure[] {
    const score = new Map<number, number>();
    for (const t of new Set(tokens)) {
      for (const ph of this.byToken.get(t) ?? []) {
        for (const id of ph.procs) score.set(id, Math.max(score.get(id) ?? 0, overlap(ph.tokens, tokens)));
      }
    }
    return [...score.entries()]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, limit)
      .map(([id]) => this.procedures[id]);
  }
}

/** Two parts asking for the same procedures ("SHOULDER ARTHROSCOPY, SAD") are one requirement. */
function mergeDuplicates(parts: MatchPart[]): void {
  const seen = new Map<string, MatchPart>();
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    if (p.status !== 'matched') continue;
    const key = p.groups.map((g) => g.map((c) => c.id).sort().join(',')).join('|');
    const first = seen.get(key);
    if (!first) {
      seen.set(key, p);
      continue;
    }
    if (!first.text.includes(p.text)) first.text = `${first.text}, ${p.text}`;
    parts.splice(i--, 1);
  }
}

function overlap(a: string[], b: string[]): number {
  let n = 0;
  for (const t of a) if (b.includes(t)) n++;
  return n / (a.length + 1);
}

export function normalizeCode(code: string): string {
  return code.trim().toUpperCase().replace(/[\s.]/g, '');
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
