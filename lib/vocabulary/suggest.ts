/**
 * What a facility could teach InScope: booking wordings it could not read, grouped and counted,
 * each with the closest concepts of the vocabulary (`inscope audit`), and a draft facility
 * vocabulary of them for the coordinator to confirm (`inscope vocab suggest`). Drafts only: every
 * term says it is a draft, and nothing here ever makes a case ok by itself.
 */
import type { FacilityVocabulary } from '../roster/schema';
import type { MatchPart } from '../procedures/matcher';
import { analyze } from './read';
import type { Vocabulary } from './compile';

export interface ConceptSuggestion {
  id: string;
  name: string;
}

const indexes = new WeakMap<Vocabulary, Map<string, number[]>>();

/** The concepts whose wording shares most words with `text` (best first). */
export function closestConcepts(v: Vocabulary, text: string, limit = 3): ConceptSuggestion[] {
  let index = indexes.get(v);
  if (!index) {
    index = new Map();
    for (const c of v.concepts) for (const w of c.words) (index.get(w) ?? index.set(w, []).get(w)!).push(c.index);
    indexes.set(v, index);
  }
  const words = new Set(analyze(v, text).parts.flatMap((p) => p.tokens.map((t) => t.word)).filter((w) => !v.stopwords.has(w) && !v.modifiers.has(w)));
  const shared = new Map<number, number>();
  for (const w of words) {
    let concepts = index.get(w);
    // A word InScope does not know: the known words it starts like ("CHOLEX" → cholecystectomy…).
    if (!concepts && w.length >= 5) {
      const stem = w.slice(0, 5);
      concepts = [...new Set([...index.keys()].filter((k) => k.startsWith(stem)).flatMap((k) => index!.get(k)!))];
    }
    for (const c of concepts ?? []) shared.set(c, (shared.get(c) ?? 0) + 1);
  }
  return [...shared]
    .map(([c, n]) => ({ c, score: n / (v.concepts[c].words.size + 1) }))
    .sort((a, b) => b.score - a.score || a.c - b.c)
    .slice(0, limit)
    .map(({ c }) => ({ id: v.concepts[c].id, name: v.concepts[c].name }));
}

/** A wording InScope could not read, how often, and what it is closest to. */
export interface UnreadWording {
  /** The words to teach: the whole part, or the words left over beside what InScope read. */
  term: string;
  /** Whether InScope read an operation beside these words (then they may only describe it). */
  beside: boolean;
  /** Whether the words may name an operation (an operation word, or a short word InScope does not know): never drafted as words to pass over. */
  operation: boolean;
  count: number;
  /** An example booking. */
  example: string;
  closest: ConceptSuggestion[];
}

/** Groups the unknown parts of many bookings by the words a facility term would teach. */
export function unreadWordings(v: Vocabulary, bookings: Array<{ text: string; parts: MatchPart[] }>): UnreadWording[] {
  const groups = new Map<string, UnreadWording>();
  for (const b of bookings) {
    for (const p of b.parts) {
      if (p.status !== 'unknown' || p.readings) continue;
      // The words to teach, without sides and counts ("FROBNECTOMY R" teaches FROBNECTOMY).
      const raw = (p.words?.length ? p.words.join(' ') : p.text).split(/[^A-Za-z0-9&/-]+/).filter((w) => w && !v.laterality[w.toLowerCase()] && !/^\d+$|^x\d+$/i.test(w));
      const term = raw.join(' ').toUpperCase();
      if (!term) continue;
      const words = raw.map((w) => w.toLowerCase());
      const operation = words.some((w) => v.procedureWords.has(w) || v.procedureSuffix.test(w) || (!v.known.has(w) && w.length <= 5));
      const g = groups.get(term);
      if (g) g.count++;
      else groups.set(term, { term, beside: !!p.words?.length, operation, count: 1, example: b.text, closest: closestConcepts(v, p.words?.length ? p.text : term) });
    }
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || a.term.localeCompare(b.term));
}

/**
 * A draft facility vocabulary: each wording mapped to its closest concept, or — for words left
 * over beside an operation InScope read — marked as words that do not change the privilege. Every
 * term carries a note saying it is a draft to confirm.
 */
export function draftFacilityVocabulary(facility: string | undefined, wordings: UnreadWording[]): FacilityVocabulary & { unmatched?: Array<{ term: string; note: string }> } {
  const terms: FacilityVocabulary['terms'] = [];
  const unmatched: Array<{ term: string; note: string }> = [];
  for (const w of wordings) {
    const seen = `${w.count} case${w.count === 1 ? '' : 's'}, e.g. "${w.example}"`;
    const others = w.closest.map((c) => `${c.id} (${c.name})`).join(', ');
    if (w.beside && !w.operation) {
      terms.push({
        term: w.term, ignore: true,
        note: `DRAFT — confirm: ${seen}. Marked as words that do not change the privilege; if they name an operation, replace "ignore": true with "concept"${others ? ` (closest: ${others})` : ''}.`,
      });
    } else if (w.closest.length) {
      terms.push({ term: w.term, concept: w.closest[0].id, note: `DRAFT — confirm: ${seen}. Closest concepts: ${others}.` });
    } else {
      // Nothing close, and it may name an operation: the coordinator says what it is.
      unmatched.push({ term: w.term, note: `${seen}. Add a term naming its concept, or its catalog line (privilegeId and procedure).` });
    }
  }
  return {
    format: 'inscope-facility-vocabulary',
    version: 1,
    ...(facility ? { facility } : {}),
    terms,
    ...(unmatched.length ? { unmatched } : {}),
  };
}
