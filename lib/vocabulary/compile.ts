/**
 * The procedure vocabulary, compiled for reading: the lexicon (approach and device words, rewrites,
 * and every abbreviation a concept has, read as that concept's name), the phrases that name each
 * concept, and the word classes that account for the rest of a booking (laterality, modifiers,
 * anatomy, scheduling words). Compiled once per process (and once per facility vocabulary); the
 * analyzer and the concept reader use it, for booking text and catalog names alike.
 */
import { fold } from '../text';
import type { Concept, SpecialtyFile, VocabularyData } from './schema';
import { PUTTING, UNDOING, normalizeCode, normalizeWord } from './words';

export interface CompiledConcept {
  index: number;
  id: string;
  name: string;
  specialties: string[];
  /** Transitive broader concepts (not itself). */
  ancestors: number[];
  /** Parents whose privilege usually includes this add-on when booked with it. */
  addonOf: number[];
  /** A combined operation's parts: each needs its privilege unless the catalog lists the combination. */
  combines: number[];
  /** Approaches the operation always uses. */
  implies: string[];
  /** The words of what it is always done for: a "for …" clause naming them is met by it. */
  forWords: Set<string>;
  /** Words of what the operation is by definition done without (`without`). */
  withoutWords: Set<string>;
  weak: boolean;
  /** Every word of its name and forms: left over beside it, such a word describes it. */
  words: Set<string>;
  /** The words of each of its forms (name included): an operation word left over describes it only inside one of these. */
  phrases: string[][];
  /** Where its CPT/PCS/HCPCS codes point (for a catalog line the name does not explain). */
  codes: string[];
  /**
   * Its own body sites: named in its name (thyroid of "thyroidectomy") or in most of its wordings.
   * A catalog line naming one of them is not narrowed by it; a booking of the concept names them.
   */
  home: Set<string>;
  /** The words of its formal name. */
  nameWords: Set<string>;
}

/** What a phrase names: a concept (with the approaches its form implies), or a facility catalog line. */
export interface PhraseTarget {
  concept: number;
  /** Approaches the form itself names (TLH → laparoscopic): added to the booking's, and used to tell twins apart. */
  approaches: string[];
  /**
   * The form is only a site and an approach ("arthroscopic knee"): it names the operation only when
   * the booking names that approach too.
   */
  requires?: string[];
  /** The form applies only when one of these words (or @side…) is in the booking. */
  context?: Set<string>;
  /** Approaches the form's own words say ("transcatheter …"), not only its {…} note: while compiling. */
  spoken?: string[];
  /**
   * Operations whose abbreviation the form is written with ("leadless PPM"): where the form's other
   * words are kinds or a removal, it names this operation in that abbreviation's words, and a booking
   * written so asks for no other (see readPart).
   */
  restates?: number[];
  /**
   * Every form this target came from is written with the abbreviation of an operation this one is no
   * kind of: in a catalog line it takes no kind listed beside another of its family, nor a broader
   * operation's formal words (see `usable`).
   */
  shorthand?: boolean;
  /**
   * "total knee": the operation only where no other operation of the part is done to it ("R TOTAL
   * KNEE" is the arthroplasty; "MUA L TOTAL KNEE", "I&D TOTAL KNEE" are done to one, no new one).
   */
  alone?: boolean;
}

export interface Phrase {
  tokens: string[];
  key: string;
  targets: PhraseTarget[];
}

/** One reading of a lexicon key: what the words become, and when. */
export interface LexiconReading {
  /** Tokens (and @approach markers) the key becomes. */
  expansion: string[];
  /** Applies only when one of these words (or @side, @eye, @ear, @robotic) is in the booking. */
  context?: Set<string>;
  /** For an abbreviation: the concept it names. */
  concept?: number;
}

export interface Vocabulary {
  version: string;
  concepts: CompiledConcept[];
  byId: Map<string, number>;
  /** Lexicon keys (folded tokens joined by spaces) → readings; windows up to `maxWindow` tokens. */
  lexicon: Map<string, LexiconReading[]>;
  maxWindow: number;
  /** Exact strings (folded) that must stay one token ("bpd/ds", "i&d") → their placeholder token. */
  glue: Array<[RegExp, string]>;
  phrases: Map<string, Phrase>;
  byToken: Map<string, Phrase[]>;
  laterality: Record<string, string>;
  eyeWords: Set<string>;
  variants: Record<string, string>;
  stopwords: Set<string>;
  procedureWords: Set<string>;
  procedureSuffix: RegExp;
  descriptors: Set<string>;
  modifiers: Set<string>;
  defaultActions: Set<string>;
  anatomy: Set<string>;
  scheduling: Set<string>;
  /** Words that name no operation (English, diagnoses, drugs…): left over, accounted for. */
  plain: Set<string>;
  /** The plain words that are clinical (diagnoses, findings, drugs): a condition a booking names. */
  clinical: Set<string>;
  /** Word → the words that say the same thing in a catalog line's limit. */
  equivalents: Map<string, string[]>;
  /** Site → the regions it lies within, each as its words ("arm" → ["upper extremity"]). */
  within: Map<string, string[][]>;
  /** Word → its kind as "family:kind" (common.json `kindFamilies`), of the family that lists it last: the last of its `kindsOfWord`. */
  kindOf: Map<string, string>;
  /** Word → every kind it is, where families share a word ("low": a low forceps delivery, a low-grade glioma); each family's scope tells which is meant. */
  kindsOfWord: Map<string, string[]>;
  /** Kinds ("family:kind") a booking that names no kind of their family is taken to be (a bronchoscopy is flexible). */
  defaultKinds: Set<string>;
  /** Family → the words one of which an operation's name must have for the family to be kinds of it ("[pacemaker …] transvenous device …"). */
  kindScopes: Map<string, Set<string>>;
  deviceActions: Set<string>;
  bareActions: Set<string>;
  findings: Set<string>;
  /** Every word the vocabulary knows (any class, any phrase): an unknown word is none of these. */
  known: Set<string>;
  /** Long known words by their one-deletion variants, for one-letter typos. */
  deletions: Map<string, string[]>;
  /** Specialty key → folded department words that name it. */
  departments: Array<[string, string[]]>;
  /** Code (system:value, upper case, no dots) → concepts. */
  codes: Map<string, number[]>;
}

const words = (list: string): Set<string> => new Set(list.split(/\s+/).filter(Boolean));

/** A form's text and options: `TEXT {approach,…} [context words]`. */
export function parseForm(form: string): { text: string; approaches: string[]; context?: string[] } {
  let text = form;
  let approaches: string[] = [];
  let context: string[] | undefined;
  const ctx = /\[([^\]]*)\]\s*$/.exec(text);
  if (ctx) {
    context = ctx[1].split(/\s+/).filter(Boolean).map((w) => (w.startsWith('@') ? w : fold(w)));
    text = text.slice(0, ctx.index);
  }
  const app = /\{([^}]*)\}\s*$/.exec(text.trim());
  if (app) {
    approaches = app[1].split(',').map((a) => a.trim()).filter(Boolean);
    text = text.trim().slice(0, app.index);
  }
  return { text: text.trim(), approaches, ...(context ? { context } : {}) };
}

/** A single token written in capitals (letters, digits, & / -): an abbreviation, read as its concept's name. */
export function isAbbreviation(text: string): boolean {
  return /^[A-Z0-9][A-Z0-9&/-]*$/.test(text) && /[A-Z]/.test(text) && text.length <= 12;
}

export function compileVocabulary(data: VocabularyData, version = 'builtin'): Vocabulary {
  const c = data.common;
  const v: Vocabulary = {
    version, concepts: [], byId: new Map(), lexicon: new Map(), maxWindow: 1, glue: [], phrases: new Map(), byToken: new Map(),
    laterality: c.laterality, eyeWords: words(c.eyeWords), variants: c.variants, stopwords: words(c.stopwords),
    procedureWords: words(c.procedureWords), procedureSuffix: new RegExp(`(${c.procedureSuffixes})$`),
    descriptors: words(c.descriptors), modifiers: words(c.modifiers), defaultActions: words(c.defaultActions),
    anatomy: words(c.anatomy), scheduling: words(c.scheduling),
    plain: new Set([...words(data.plain?.english ?? ''), ...words(data.plain?.clinical ?? '')]), clinical: words(data.plain?.clinical ?? ''), known: new Set(), deletions: new Map(),
    departments: Object.entries(c.specialties).map(([k, s]) => [k, s.departments.map((d) => fold(d).replace(/[^a-z0-9]+/g, ' ').trim())]),
    codes: new Map(), equivalents: new Map(), within: new Map(), kindOf: new Map(), kindsOfWord: new Map(), defaultKinds: new Set(), kindScopes: new Map(),
    deviceActions: words(c.deviceActions ?? ''), bareActions: words(c.bareActions ?? ''), findings: words(c.findings ?? ''),
  };
  for (const [key, expansion, context] of c.lexicon) addLexicon(v, fold(key), { expansion: expansion.split(/\s+/).filter(Boolean), ...(context ? { context: new Set(context.split(/\s+/)) } : {}) });

  const all: Array<{ concept: Concept; file: SpecialtyFile }> = data.files.flatMap((file) => file.concepts.map((concept) => ({ concept, file })));
  all.forEach(({ concept, file }, index) => {
    v.byId.set(concept.id, index);
    v.concepts.push({
      index, id: concept.id, name: concept.name, specialties: concept.specialties ?? [file.specialties[0]],
      ancestors: [], addonOf: [], combines: [], implies: concept.implies ?? [], forWords: wordSet(concept.for), withoutWords: wordSet(concept.without), weak: !!concept.weak, words: new Set(), phrases: [], home: new Set(), nameWords: new Set(),
      codes: (concept.codes ?? []).map(normalizeCode),
    });
  });
  all.forEach(({ concept }, i) => {
    const cc = v.concepts[i];
    cc.addonOf = (concept.addonOf ?? []).map((id) => v.byId.get(id)).filter((x): x is number => x !== undefined);
    cc.combines = (concept.combines ?? []).map((id) => v.byId.get(id)).filter((x): x is number => x !== undefined);
    for (const code of cc.codes) push(v.codes, code, i);
  });
  // Ancestors, transitively. A revision (redo, conversion) is a kind of revision only: a grant of
  // the primary operation does not cover redoing it.
  const revision = (name: string) => /\b(revision|redo|re-do|conversion|reoperation|reoperative|secondary)\b/i.test(name);
  const broader = all.map(({ concept }) => (concept.broader ?? []).map((id) => v.byId.get(id))
    .filter((x): x is number => x !== undefined && (!revision(concept.name) || revision(all[x].concept.name))));
  for (const cc of v.concepts) {
    const seen = new Set<number>();
    const stack = [...broader[cc.index]];
    while (stack.length) {
      const b = stack.pop()!;
      if (seen.has(b) || b === cc.index) continue;
      seen.add(b);
      stack.push(...broader[b]);
    }
    cc.ancestors = [...seen];
  }

  // Glue: forms whose punctuation would split them ("BPD/DS", "I&D") stay one token.
  const glued = new Set<string>();
  for (const { concept } of all) {
    for (const f of concept.forms ?? []) {
      const { text } = parseForm(f);
      if (isAbbreviation(text) && /[&/]/.test(text)) glued.add(fold(text));
    }
  }
  for (const g of [...glued].sort((a, b) => b.length - a.length)) {
    const token = `g${g.replace(/[^a-z0-9]/g, '')}x`;
    v.glue.push([new RegExp(`(?<![a-z0-9])${g.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[&/]/g, '\\s*$&\\s*')}(?![a-z0-9])`, 'g'), ` ${token} `]);
  }
  // "BPD-DS" is also written "BPD/DS": the slash does not split it.
  const hyphened = new Set<string>();
  for (const { concept } of all) {
    for (const f of concept.forms ?? []) {
      const { text } = parseForm(f);
      if (isAbbreviation(text) && /^[a-z0-9]+(-[a-z0-9]+)+$/i.test(text) && !glued.has(fold(text.replace(/-/g, '/')))) hyphened.add(fold(text));
    }
  }
  for (const h of hyphened) {
    v.glue.push([new RegExp(`(?<![a-z0-9])${h.split('-').join('\\s*/\\s*')}(?![a-z0-9])`, 'g'), ` ${h.split('-').join(' ')} `]);
  }

  // Concept names first (with the common lexicon only), so abbreviations can read as them.
  const names = v.concepts.map((cc) => tokensOf(v, cc.name));
  all.forEach(({ concept }, i) => {
    for (const f of concept.forms ?? []) {
      const { text, approaches, context } = parseForm(f);
      if (!isAbbreviation(text)) continue;
      const key = keyOf(v, text);
      if (!key) continue;
      addLexicon(v, key, {
        expansion: [...names[i].approaches.map((a) => `@${a}`), ...approaches.map((a) => `@${a}`), ...names[i].tokens],
        concept: i,
        ...(context ? { context: new Set(context) } : {}),
      });
    }
  });
  // Phrases: each concept's name and non-abbreviation forms, read through the whole lexicon.
  all.forEach(({ concept }, i) => {
    const cc = v.concepts[i];
    const add = (text: string, approaches: string[], context?: string[]) => {
      const t = tokensOf(v, text);
      // "ILR removal", "AVG revision": an abbreviation read as its name ("implantable loop recorder
      // insertion") beside an action that undoes or changes it names that action only; the insertion
      // it brought would take a line's "insertion and removal" for the removal alone.
      if (t.tokens.some((w) => UNDOING.has(w))) t.tokens = t.tokens.filter((w) => !PUTTING.has(w) || !t.abbreviated.has(w));
      // A wording that lost the word saying which ("PT repair": "pt" reads as "patient") would
      // name the operation by its bare action: it names nothing then.
      const bare = t.tokens.length === 1 && (v.defaultActions.has(t.tokens[0]) || v.procedureWords.has(t.tokens[0])) && fold(text).split(/[^a-z0-9]+/).some((w) => v.stopwords.has(w));
      if (bare) return;
      for (const w of t.tokens) cc.words.add(w);
      if (!t.tokens.length) return;
      cc.phrases.push([...new Set(t.tokens)]);
      const all = [...new Set([...t.approaches, ...approaches])];
      const ctx = context ? { context: new Set(context) } : {};
      // (A form, not the formal name: "Central ECMO cannulation" is how forms write it.) Shorthand for a
      // catalog line only where the abbreviation's operation is not one this one is a kind of: "SCS
      // paddle lead via laminectomy" is a line's wording too.
      const restates = text === concept.name ? [] : t.abbreviations.filter((c) => c !== i);
      if (restates.length) Object.assign(ctx, { restates, ...(restates.some((c) => !cc.ancestors.includes(c)) ? { shorthand: true } : {}) });
      // Words that only say where ("knee" of "arthroscopic knee") or what for ("eval" of "laparoscopic
      // eval") name an operation only with the approach beside them.
      // (Two words or more that say no less are a wording of their own — "chest tube", "ear tubes",
      // "popliteal sciatic" — unless the action they stood beside was dropped: "cardiac valve surgery"
      // is a category, not the words "cardiac valve".)
      // (Nor where a describing word is among them: "MUA L TOTAL KNEE", "I&D TOTAL KNEE" are done to a
      // total knee, no new one; "mandible fracture" says what is treated, not how.)
      const ownWords = new Set(t.tokens).size >= 2 && !/\b(?:surgery|surgeries|procedures?|operations?)\b/i.test(text) && !t.tokens.some((w) => v.descriptors.has(w));
      if ((t.tokens.every((w) => v.anatomy.has(w) || v.descriptors.has(w)) && !ownWords) || (t.approaches.length && t.tokens.every((w) => v.scheduling.has(w)))) {
        if (all.length) addPhrase(v, t.tokens, { concept: i, approaches: all, requires: all, ...ctx });
        // ("R TOTAL KNEE": a joint said "total" is the arthroplasty where nothing else is done to it — see `alone`.)
        else if (t.tokens.length === 2 && t.tokens.includes('total') && t.tokens.some((w) => w !== 'total' && v.anatomy.has(w))) addPhrase(v, t.tokens, { concept: i, approaches: [], alone: true, ...ctx });
        return;
      }
      addPhrase(v, t.tokens, { concept: i, approaches: all, ...(t.approaches.length ? { spoken: t.approaches } : {}), ...ctx });
    };
    // "Replantation of digit or limb", "Fistulotomy or fistulectomy": each alternative is a wording too.
    const withAlternatives = (text: string, approaches: string[], context?: string[]) => {
      add(text, approaches, context);
      for (const alt of alternatives(text)) add(alt, approaches, context);
    };
    withAlternatives(concept.name, []);
    for (const f of concept.forms ?? []) {
      const { text, approaches, context } = parseForm(f);
      if (isAbbreviation(text)) continue;
      withAlternatives(text, approaches, context);
    }
  });

  requireNamedApproaches(v);
  for (const [i, cc] of v.concepts.entries()) {
    const name = names[i].tokens;
    cc.nameWords = new Set(name);
    const count = new Map<string, number>();
    for (const ph of cc.phrases) for (const w of ph) if (v.anatomy.has(w)) count.set(w, (count.get(w) ?? 0) + 1);
    for (const w of v.anatomy) {
      if (name.includes(w) || (w.length >= 5 && name.some((n) => n.length > w.length && n.startsWith(w)))) cc.home.add(w);
    }
    // A concept whose wordings name one or two sites is about them (meniscectomy: knee); one that
    // names many (tumor ablation: liver, kidney, breast…) is about none in particular.
    const named = [...count.keys()].filter((w) => !v.descriptors.has(w));
    for (const [w, n] of count) if (n * 2 >= cc.phrases.length || (named.length === 1 && n * 3 >= cc.phrases.length)) cc.home.add(w);
  }
  // A word only eye operations' wordings use says the booking is about an eye, as the listed eye
  // words do: "BOSTON KPRO OD", "CDCR W/ JONES TUBE OD" (OD the right eye, not a word left over).
  const eyeOnly = new Map<string, boolean>();
  for (const cc of v.concepts) {
    const eye = cc.specialties.length > 0 && cc.specialties.every((s) => s === 'ophthalmology');
    for (const ph of cc.phrases) for (const w of ph) eyeOnly.set(w, (eyeOnly.get(w) ?? true) && eye);
  }
  for (const [w, only] of eyeOnly) {
    if (only && w.length >= 4 && !v.stopwords.has(w) && !v.descriptors.has(w) && !v.modifiers.has(w) && !v.procedureWords.has(w) && !v.defaultActions.has(w) && !v.scheduling.has(w)) v.eyeWords.add(w);
  }
  for (const set of [v.stopwords, v.procedureWords, v.descriptors, v.modifiers, v.defaultActions, v.anatomy, v.scheduling, v.eyeWords, v.plain]) for (const w of set) v.known.add(w);
  for (const w of Object.keys(v.laterality)) v.known.add(w);
  for (const [w, to] of Object.entries(v.variants)) {
    v.known.add(w);
    for (const t of to.split(' ')) v.known.add(t);
  }
  for (const key of v.lexicon.keys()) for (const w of key.split(' ')) v.known.add(w);
  for (const p of v.phrases.values()) for (const w of p.tokens) v.known.add(w);
  for (const w of v.known) {
    if (w.length < 7 || !/^[a-z]+$/.test(w)) continue;
    for (let i = 0; i < w.length; i++) push(v.deletions, w.slice(0, i) + w.slice(i + 1), w);
    push(v.deletions, w, w);
  }
  for (const group of c.equivalents ?? []) {
    const words = (said: string) => said.split(/\s+/).filter(Boolean).map((w) => normalizeWord(v, fold(w)).join(' '));
    // "thermal: radiofrequency laser …": each word says the one before the colon, not the other way.
    const [head, rest] = group.includes(':') ? group.split(':') : [undefined, group];
    const list = words(rest);
    const says = (w: string) => (head ? words(head) : list.filter((x) => x !== w));
    for (const w of list) v.equivalents.set(w, [...new Set([...(v.equivalents.get(w) ?? []), ...says(w)])]);
  }
  for (const entry of c.regions ?? []) {
    const [region, sites] = entry.split(':');
    const words = fold(region).split(/\s+/).filter(Boolean);
    for (const site of fold(sites ?? '').split(/\s+/).filter(Boolean)) push(v.within, site, words);
  }
  (c.kindFamilies ?? []).forEach((entry, i) => {
    // "[pacemaker defibrillator …] transvenous device (default): …": kinds only of an operation whose name has one of these words.
    const scoped = /^\s*\[([^\]]*)\]\s*/.exec(entry);
    if (scoped) v.kindScopes.set(String(i), new Set(fold(scoped[1]).split(/\s+/).filter(Boolean)));
    const family = scoped ? entry.slice(scoped[0].length) : entry;
    for (const kind of family.split('|')) {
      const [name, list] = kind.split(':');
      // "flexible scope (default): …": the kind a booking that names none of the family is.
      const plain = name.replace(/\(default\)/, '').trim();
      if (plain !== name.trim()) v.defaultKinds.add(`${i}:${plain}`);
      // (A kind's word is a known word: no typo of another, "DRAINING SETON" is no "training" seton.)
      for (const w of (list ?? '').trim().split(/\s+/).filter(Boolean)) { v.kindOf.set(w, `${i}:${plain}`); push(v.kindsOfWord, w, `${i}:${plain}`); v.known.add(w); }
    }
  });
  return v;
}

/** "A of B or C" → "A of B", "A of C" (one "or" between single words; the rest of the text kept). */
export function alternatives(text: string): string[] {
  const m = /^(.*?)\b([A-Za-z][\w-]*) or ([A-Za-z][\w-]*)\b(.*)$/.exec(text);
  if (!m) return [];
  return [`${m[1]}${m[2]}${m[4]}`, `${m[1]}${m[3]}${m[4]}`];
}

/** Approaches whose word changes which operation is meant (transcatheter vs surgical, open vs closed). */
export const NAMING_APPROACHES = new Set(['percutaneous', 'open', 'endoscopic', 'laparoscopic']);

/**
 * A form whose approach word is what sets it apart ("transcatheter mitral valve", "open reduction
 * internal fixation"): when its other words are also part of another concept's phrase, the form
 * names its concept only if the booking names that approach too. "Mitral valve surgery" is then
 * not a transcatheter mitral valve replacement.
 */
function requireNamedApproaches(v: Vocabulary): void {
  for (const ph of v.phrases.values()) {
    for (const t of ph.targets) {
      // Only an approach the form's words say sets it apart: "abdominal hysterectomy {open}" is the
      // abdominal hysterectomy however the line or booking words the approach.
      const named = t.spoken ?? [];
      if (!named.length || t.requires) continue;
      const rarest = [...ph.tokens].sort((a, b) => (v.byToken.get(a)?.length ?? 0) - (v.byToken.get(b)?.length ?? 0))[0];
      const shared = (v.byToken.get(rarest) ?? []).some((q) => q !== ph && ph.tokens.every((w) => q.tokens.includes(w)) && q.targets.some((o) => o.concept !== t.concept))
        || ph.targets.some((o) => o.concept !== t.concept);
      if (shared) t.requires = named;
    }
  }
}

function addLexicon(v: Vocabulary, key: string, reading: LexiconReading): void {
  const list = v.lexicon.get(key);
  if (list) {
    // The same reading twice (a form listed under two spellings) is one reading.
    if (!list.some((r) => r.concept === reading.concept && r.expansion.join(' ') === reading.expansion.join(' ') && sameSet(r.context, reading.context))) list.push(reading);
  } else v.lexicon.set(key, [reading]);
  v.maxWindow = Math.max(v.maxWindow, key.split(' ').length);
}

function sameSet(a?: Set<string>, b?: Set<string>): boolean {
  if (!a || !b) return a === b;
  return a.size === b.size && [...a].every((x) => b.has(x));
}

function addPhrase(v: Vocabulary, tokens: string[], target: PhraseTarget): void {
  const unique = [...new Set(tokens)];
  const key = [...unique].sort().join(' ');
  let phrase = v.phrases.get(key);
  if (!phrase) {
    phrase = { tokens: unique, key, targets: [] };
    v.phrases.set(key, phrase);
    for (const t of unique) push(v.byToken, t, phrase);
  }
  const same = phrase.targets.find((t) => t.concept === target.concept && t.approaches.join() === target.approaches.join() && t.requires?.join() === target.requires?.join() && sameSet(t.context, target.context));
  if (!same) phrase.targets.push(target);
  else {
    if (target.spoken) same.spoken = [...new Set([...(same.spoken ?? []), ...target.spoken])];
    if (target.restates) same.restates = [...new Set([...(same.restates ?? []), ...target.restates])];
    if (!target.shorthand) delete same.shorthand;
  }
}

/** A lexicon key for a form: folded, glued, punctuation as spaces. */
function keyOf(v: Vocabulary, text: string): string {
  let s = ` ${fold(text)} `;
  if (/[&/]/.test(s)) for (const [re, to] of v.glue) s = s.replace(re, to);
  return s.replace(/&/g, ' and ').replace(/['’`.]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
}

/** The content tokens and approaches of a name or form, read as booking text is (no context-gated readings). */
export function tokensOf(v: Vocabulary, text: string): { tokens: string[]; approaches: string[]; abbreviated: Set<string>; abbreviations: number[] } {
  const out: string[] = [];
  /** Words an abbreviation of a concept became, and those concepts. */
  const abbreviated = new Set<string>();
  const abbreviations: number[] = [];
  const approaches: string[] = [];
  const raw = keyOf(v, text).split(' ').filter(Boolean);
  let i = 0;
  outer: while (i < raw.length) {
    for (let w = Math.min(v.maxWindow, raw.length - i); w >= 1; w--) {
      const key = w === 1 ? raw[i] : raw.slice(i, i + w).join(' ');
      const reading = v.lexicon.get(key)?.find((r) => !r.context && (r.concept === undefined || v.lexicon.get(key)!.filter((x) => !x.context).length === 1));
      if (!reading) continue;
      if (reading.concept !== undefined) abbreviations.push(reading.concept);
      for (const t of reading.expansion) {
        if (t.startsWith('@')) approaches.push(t.slice(1));
        else if (reading.concept !== undefined) {
          const from = out.length;
          pushWord(v, t, out);
          for (const w of out.slice(from)) abbreviated.add(w);
        } else pushWord(v, t, out);
      }
      i += w;
      continue outer;
    }
    pushWord(v, raw[i], out);
    i++;
  }
  return { tokens: out, approaches: [...new Set(approaches)], abbreviated, abbreviations };
}

function pushWord(v: Vocabulary, t: string, out: string[]): void {
  if (/^\d+$/.test(t) || v.laterality[t]) return;
  for (const w of normalizeWord(v, t)) if (!v.stopwords.has(w)) out.push(w);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The words of a concept's phrases ("for", "without"), folded. */
function wordSet(phrases: string[] | undefined): Set<string> {
  return new Set((phrases ?? []).flatMap((x) => fold(x).split(/[^a-z0-9]+/).filter(Boolean)));
}
