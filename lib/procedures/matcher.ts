/**
 * The procedure matcher: which catalog procedures a booking asks for.
 *
 * Booking text and the catalog meet at the vocabulary's concepts. When a roster loads, each catalog
 * line (name, synonyms, codes) is read into concepts once — "Cesarean delivery", "Cholecystectomy
 * with or without cholangiography", "Repair of inguinal, femoral and umbilical hernias". A line the
 * vocabulary cannot read keeps its own words as a local term. A booking is read into concepts the
 * same way, and each concept needs a line that covers it: a line for the concept itself or a
 * broader one (sigmoid colectomy ← partial colectomy), at the same body site; an add-on booked with
 * its parent (IOC with cholecystectomy) is also covered by the parent's line. Exact codes win over
 * text. Every word of the booking is accounted for: a word that names an operation no line covers,
 * or that InScope does not know, makes that part `unknown`. The matcher never guesses.
 */
import { APPROACHES, type PrivilegeDef } from '../roster/schema';
import type { ProcedureRef } from '../verdict';
import type { Phrase, Vocabulary } from '../vocabulary/compile';
import { PUTTING, UNDOING, normalizeCode, normalizeWord, stems } from '../vocabulary/words';
import { analyze, beforeComment, beforeExclusion, CONVERSION, EXTENT_HEAD, WHEN_CALLED_FOR, isBodySide, limbOf as limbOfSite, MONITORING_FOR, nameSays, onlyClause, OPTIONAL_CLAUSE, partnersOf, PREGNANCY_MARK, readPart, saysOtherSide, siteWords, spansLimbs, SURFACE_REGION, wordLists, type Hit, type Part, type PartReading, type PhraseIndex } from '../vocabulary/read';
import { BoundedCache } from '../bounded-cache';
import { fold } from '../text';
import { ageFits, bookingAge, lineAges, saysPregnancy, withoutAges, type AgeRange, type AgeSaid } from './ages';
import { bookingFields } from '../vocabulary/fields';
import { codedTitle, restatement, type CodedTitle } from '../vocabulary/coded';
import { levelCount, levelsStated, lineLevels, lineSegments, lineVertebrae, segmentsOf, vertebraeOf, withoutLevels, type LevelRange } from './levels';
import { coreParagraph } from './core-list';
import { actedOn, bareCpt, CHANGE_NAME, CHANGES_ONLY, PUTS_IN, STATES_FOR, codesInName, CPT_SHAPED, diagnosisOnly, eitherKindOf, familyOf, openedLook, outsideParens, parenOnlyWords, readAsMethod, spanHolds, surgeryKinds } from './part-words';
import { bookingArea, bookingBurn, bookingKg, bookingPca, bookingSize, bookingVolume, bookingWeeks, fits, lineArea, lineBurn, lineKg, linePca, lineSize, lineVolume, lineWeeks, withoutMeasures, type MeasureRange } from './measures';
import { bookingWeight, lineWeight, weightFits, withoutWeight, type WeightRange } from './weights';
import { ACCESS_KIND, ACCESS_SITES, ACCESS_VESSEL, ACTIONS_OF, ACTIONS_OF_ONE, ANESTHESIA_FOR, ANESTHETIC_NAMED, ASSISTING, AS_ONE_WAY_WORDS, BASE_PAIRS, BEDSIDE, BLIND_EVACUATION, BONE_NOUN, BONE_PART, CARDIAC, CATEGORY_HEAD, CATHETER_LINE, CLOSED_KIND, CLOSED_REDUCTION, CLOSURE_WORDS, COLON_LIST, COMBINATION_AS_SUCH, everySetting, EVERY_AGE, EVERY_APPROACH, EVERY_CHILD, EVERY_KIND, EVERY_NATURE, EVERY_OF_PAIR, EVERY_ROUTE, EVERY_SITE, EVERY_VESSEL_WAY, EXAMPLES_PAREN, EXCLUDED_AGE, FIRM_WORDS, FIXED, GENERIC_CLAUSE, GENERIC_HEAD, GENERIC_HEAD_WORDS, GIVEN_AS, GIVEN_FOR, GRADE, HEAD_AND_NECK, HYPHENED, INCLUDING_ITEM, INJURY_HEAD, JOINT, JOINT_SCOPE, KIND_ANESTHESIA_FOR, LEAVES_OUT, LIMB_REGION, LIMB_SIDE, MEASURES, NAME_CODES, NERVE_STIMULATOR_GUIDED, NEURAXIAL_GIVEN, NON_OPERATIVE, NOT_MONITORING, NOT_ON_BYPASS, NOT_SHAFT, OCCASION, ON_BYPASS, OPENING, OPEN_CONVERSION, OPEN_REDUCTION, OPERATION_WORD, OPERATIVE_TOO, ORGAN_ADJECTIVE, PAREN_LIMIT, PRIVILEGE_WORDING, ROLE, ROUTES, SCOPE, SCOPE_HEAD, SCOPE_LINE, SCOPE_NOUN, SCOPE_WAY, SOME_OF_BODY, STAGE_WORDS, SURGERY_WORD, VESSEL_BEFORE, WAY_IN, WHOLE_BODY, WHOLE_BODY_SAID, WITHIN_LIMITS } from './line-words';

/** Two site words for the same place: equal, or one the other's stem ("ankle"/"ankles"). */
function sameRegion(a: string, b: string): boolean {
  return a === b || (a.length >= 4 && b.length >= 4 && (a.startsWith(b) || b.startsWith(a)));
}
/** The places on a limb a site is (itself, a joint or limb region it is within, or the limb): none for a site off the limbs. */
function placesOnLimb(v: Vocabulary, site: string): string[] {
  if (LIMB_REGION.has(site)) return [site];
  return (v.within.get(site) ?? []).flatMap((r) => r.length === 1 && LIMB_REGION.has(r[0]) ? [r[0]] : r.length === 2 && r[1] === 'extremity' && (r[0] === 'upper' || r[0] === 'lower') ? [r[0]] : []);
}
/** Per vocabulary, each concept's kinds (worked out once). */
const kindsCache = new WeakMap<Vocabulary, Map<number, number[]>>();
/** The same operation, or one a kind of the other (a line's own operation, below 0, only itself). */
function akin(v: Vocabulary, x: number, y: number): boolean {
  return x === y || (x >= 0 && y >= 0 && (v.concepts[x].ancestors.includes(y) || v.concepts[y].ancestors.includes(x)));
}

/** A catalog line's "with or without …" clause, in the line's own case. */
const OPTIONAL_CLAUSE_I = new RegExp(OPTIONAL_CLAUSE.source, 'i');

/** The concepts that are kinds of a concept (it among their ancestors). */
function kindsOfConcept(v: Vocabulary, concept: number): number[] {
  let all = kindsCache.get(v);
  if (!all) {
    kindsCache.set(v, (all = new Map()));
    v.concepts.forEach((c, i) => { for (const a of c.ancestors) { const list = all!.get(a); if (list) list.push(i); else all!.set(a, [i]); } });
  }
  return all.get(concept) ?? [];
}
const conceptRoutes = new WeakMap<Vocabulary, Map<number, Set<string>>>();

/** Whether a catalog line's words, read without its parentheses' marks, name moderate sedation ("Moderate (conscious) sedation"). */
function namesSedation(v: Vocabulary, text: string): boolean {
  return analyze(v, text.replace(/[()]/g, ' '), { split: false }).approaches.includes('moderate-sedation');
}

/** The routes a concept's wordings and abbreviations name (total hysterectomy: open, laparoscopic). */
function routesOf(v: Vocabulary, concept: number): Set<string> {
  let all = conceptRoutes.get(v);
  if (!all) {
    all = new Map();
    const add = (c: number, a: string) => {
      if (!ROUTES.has(a) && a !== 'vaginal') return;
      let set = all!.get(c);
      if (!set) all!.set(c, (set = new Set()));
      set.add(a);
    };
    for (const ph of v.phrases.values()) for (const t of ph.targets) if (t.concept >= 0) for (const a of t.approaches) add(t.concept, a);
    for (const readings of v.lexicon.values()) {
      for (const r of readings) if (r.concept !== undefined) for (const x of r.expansion) if (x.startsWith('@')) add(r.concept, x.slice(1));
    }
    conceptRoutes.set(v, all);
  }
  return all.get(concept) ?? new Set();
}

const kindRoutes = new WeakMap<Vocabulary, Map<number, Set<string>>>();

/**
 * A line for adults, whom a booking that states no age is taken to be: one a patient of thirty fits
 * ("in patients over 18 years" though an 18-year-old is not over 18) with no upper bound short of old
 * age ("TKA, patients aged 40 and under" is no cover for a patient who may be seventy).
 */
const forAdults = (ages: { min?: number; max?: number }) => ageFits(ages, { years: 30 }) && (ages.max === undefined || ages.max >= 65);
/** A line a vaginal booking may have: one that says the vaginal route, or names no route. */
const allowsVaginal = (p: CatalogProcedure) => !!p.vaginal || !p.routes.length;
/** A line for the vaginal route alone ("Hysterectomy, vaginal"). */
const onlyVaginal = (p: CatalogProcedure) => !!p.vaginal && !p.routes.length;

/**
 * The routes a concept or any kind of it is done by: hysterectomy is open, laparoscopic or vaginal
 * through its kinds, though its own wordings name only the laparoscopic one ("lap hyst").
 */
function routesOfKinds(v: Vocabulary, concept: number): Set<string> {
  let all = kindRoutes.get(v);
  if (!all) {
    all = new Map();
    for (const c of v.concepts) {
      for (const x of [c.index, ...c.ancestors]) {
        let set = all.get(x);
        if (!set) all.set(x, (set = new Set()));
        for (const a of routesOf(v, c.index)) set.add(a);
      }
    }
    kindRoutes.set(v, all);
  }
  return all.get(concept) ?? new Set();
}

const KNOWN_APPROACHES = new Set<string>(APPROACHES);

export interface CatalogProcedure extends ProcedureRef {
  /** Index in the matcher's procedure table. */
  id: number;
  department?: string;
  /**
   * What the matcher reads for this entry where it is not the name: one item of the list a "core
   * privileges" paragraph names ("… The core privileges include the following procedures: appendectomy;
   * cholecystectomy …"), each its own entry under the paragraph's name (see `coreParagraph`).
   */
  reads?: string;
  /** Routes named in the procedure's own name (open, laparoscopic, …). */
  routes: string[];
  /**
   * Where the line's operations each imply their own routes and the line names none of its own
   * ("Hysterectomy (TAH, TVH, LAVH)": the TAH open, the LAVH laparoscopic), each operation's.
   */
  routesByConcept?: Map<number, string[]>;
  /** Modalities named in the procedure's own name (robotic, laser, …). */
  modalities: string[];
  /**
   * The line's own words say the vaginal route ("Hysterectomy, vaginal"): a way a hysterectomy is
   * done, told apart from its other routes, but no route a booking's other parts are done by.
   */
  vaginal?: boolean;
  /** Modalities the line names as one way among others ("laparoscopic or robotic"): a booking without them is covered too. */
  optionalModalities?: string[];
  /** The patients' ages the procedure's own name limits it to ("age 12 and over", "adults"). */
  ages?: AgeRange;
  /** The number of spinal levels it limits it to ("one to three levels"). */
  levels?: LevelRange;
  /** The specimen weights it is for ("uterus less than 250 g"). */
  weight?: WeightRange;
  /** The lesion sizes it is for, in centimetres ("(< 3 cm)"). */
  size?: MeasureRange;
  /** The weeks of pregnancy it is for ("up to 20 weeks", "first trimester"). */
  weeks?: MeasureRange;
  /** The infants' post-conceptional ages in weeks it is for ("excluding premature infants under 50 weeks post-conceptional age"). */
  pca?: MeasureRange;
  /** The share of the body's surface it is for, per cent ("less than 20% total body surface area"). */
  burn?: MeasureRange;
  /** The area it is for, in square centimetres ("up to 100 sq cm"). */
  area?: MeasureRange;
  /** The volume it is for, in millilitres ("total aspirate up to 5,000 mL"). */
  volume?: MeasureRange;
  /** The patients' weights in kilograms the line is for ("recipients 20 kg and greater"). */
  kg?: MeasureRange;
}

/** What a booking states beyond its operations: the patient's age, how many spinal levels. */
/**
 * What the booking states, beside its operations. `tools`: the laser, fluoroscopy or sedation any
 * part names, which each part uses ("URS/LL/STENT": the laser of its lithotripsy); not the robot,
 * which each part is done by or not on its own words.
 */
interface Said {
  age?: AgeSaid; levels?: number; segments?: number[]; vertebrae?: number[]; grams?: number; cm?: number; weeks?: number; pca?: number; burn?: number; area?: number; volume?: number; kg?: number; pregnancy?: boolean; tools?: string[];
  /** The kinds of surgery the booking's operations are ("cardiac", "thoracic", "vascular"…): what an anesthesia line's "excluding …" is met by (worked out at its first use). */
  surgery?: () => Set<string>;
  /** Whether it names an operation done, in an operation's own words (not a POSS one, nor a finding). */
  operated?: () => boolean;
  /** An add-on's: the robot is asked of the operation it belongs to, not of its own line (its route still is). */
  robotAsked?: boolean;
  /** The body sites the booking names for this part. */
  places?: string[];
}





/** How InScope read one catalog line (for `inscope validate` and the import report). */
export interface CatalogUnderstanding {
  privilegeId: string;
  privilege: string;
  procedure: string;
  /** The operations the line covers, by concept name; empty when InScope could not read it. */
  concepts: string[];
  /** Body sites the line is limited to. */
  sites: string[];
  /** Other words that limit the line ("for trauma", "complex"): a booking must say one of them. */
  limits: string[];
  /** Words of the line InScope did not understand (the line still matches its own words as a local term). */
  unknownWords: string[];
  via: 'name' | 'synonyms' | 'codes' | 'own words';
}

/** One thing the booking asks for. */
export interface MatchPart {
  text: string;
  status: 'matched' | 'unknown';
  via?: 'code' | 'text';
  /**
   * For matched parts: groups of catalog procedures. Within a group the best grant counts (one
   * procedure in several privileges, or a broader line); several groups are variants the booking
   * did not choose between (laparoscopic or open), and must agree.
   */
  groups: CatalogProcedure[][];
  /** The operation InScope read, by its vocabulary name. */
  concept?: string;
  /** Why a part is unknown, in words. */
  why?: string;
  /** For a part read as an operation with words left over: those words (what a facility term could explain). */
  words?: string[];
  candidates?: CatalogProcedure[];
  /**
   * Unknown because what the booking states falls outside the lines that name the operation: the
   * patient's age, levels or a weight ('patient'), which a code on the booking cannot change; or
   * the robot or a possible conversion ('approach'), which only a code's lines that allow it can; or
   * what its lines are only for ('limit': "Acute total hip arthroplasty for acetabular fracture" for a
   * R TOTAL HIP FOR FNF), which a code says nothing of: a code the line lists is the facility's own
   * word for it, unless the booking says what it is for and that is not the line's.
   */
  outside?: 'patient' | 'approach' | 'excluded' | 'limit';
  /**
   * An abbreviation with several readings the booking does not settle (I&D, RFA…): each reading's
   * own part, with the specialties it belongs to. The engine takes the one reading that fits the
   * practitioner's specialties, else the part is unknown, naming the readings.
   */
  readings?: Array<{ concept: string; specialties: string[]; part: MatchPart }>;
}

export interface MatchResult {
  parts: MatchPart[];
  approaches: string[];
  laterality?: string;
  levels: string[];
  /** Approach privileges the booking needs in addition to the procedures' own. */
  approachRequirements: Array<{ approach: string; privileges: PrivilegeDef[] }>;
  /** One-letter typos read as the word they miss ("cholecystecomy" → "cholecystectomy"). */
  corrections: Array<[string, string]>;
  /**
   * A booking that names an anesthesia procedure (a block, an epidural, MAC) beside a surgery:
   * what it asks of an anesthesiologist (the block; the surgery is context). `parts` is what it
   * asks of the surgeon (the surgery; the anesthesia says how).
   */
  anesthesia?: MatchPart[];
  /**
   * Procedures of the anesthesia kind beside an operation that practitioners of some other
   * specialties perform themselves (an emergency physician's deep sedation or digital block, an
   * intensivist's arterial line), with those specialties: for such a practitioner they are parts
   * of the booking too. For a surgeon they say how, as in `parts`.
   */
  performed?: Array<{ specialties: string[]; part: MatchPart }>;
}

export interface MatcherOptions {
  vocabulary: Vocabulary;
  /** Booking texts remembered (schedules repeat them); 0 remembers none. */
  memoSize?: number;
  /** Add-ons booked with their parent are covered by the parent's line (default true; a facility may turn it off). */
  addons?: boolean;
  /** A facility's own terms: its words → a concept id, or a catalog line (`privilegeId` and procedure name). */
  terms?: FacilityTerm[];
}

export interface FacilityTerm {
  term: string;
  concept?: string;
  privilegeId?: string;
  procedure?: string;
  /** The words do not change which privilege a case needs. */
  ignore?: boolean;
}


/** The other cases a line that names only the ordinary one does not cover (see BASE_PAIRS). */
function otherCasesOf(name: string): RegExp[] {
  return BASE_PAIRS.filter(([base, other]) => base.test(name) && !other.test(name)).map(([, other]) => other);
}


const AS_ONE_WAY: Record<string, RegExp> = Object.fromEntries(Object.entries(AS_ONE_WAY_WORDS)
  .map(([m, words]) => [m, new RegExp(`\\b(?:or|and/or)\\s+(?:${words})\\b|\\b(?:${words})(?:[-\\s]+(?:assisted|guided|guidance))?\\s+(?:or|and/or)\\b|\\bwith\\s+or\\s+without\\s+(?:${words})|\\b(?:including|incl|such\\s+as|e\\.?\\s?g)\\b\\.?\\s+(?:[a-z-]+\\s+){0,2}?(?:${words})`, 'i')]));

/**
 * The modalities a line names as one way among others: "laparoscopic or robotic", "electromagnetic
 * or robotic-assisted", "radiofrequency or laser", "with or without fluoroscopy", or includes
 * ("Lead extraction, transvenous, including laser sheath") — a booking without
 * them is covered too (a line that names a modality alone still needs it).
 */
function optionalModalities(approaches: string[], name: string): { optionalModalities?: string[] } {
  // (Or lists among other ways: "Endobronchial ablative therapies (argon plasma coagulation, electrocautery, cryotherapy, laser)".)
  const lists = [...name.matchAll(/\(([^()]*)\)/g)].map((m) => m[1]).concat(name.replace(/\([^()]*\)/g, ' ').split(/[;:]/))
    .map((x) => x.split(/,|\bor\b|\band\b|\//i).map((w) => w.trim()).filter(Boolean)).filter((items) => items.length >= 3);
  const listed = (a: string) => !!AS_ONE_WAY[a] && lists.some((items) => items.some((w) => new RegExp(`^(?:${AS_ONE_WAY_WORDS[a]})$`, 'i').test(w)));
  const optional = approaches.filter((a) => AS_ONE_WAY[a]?.test(name) || listed(a));
  return optional.length ? { optionalModalities: optional } : {};
}

/**
 * Fluoroscopy a line names of its operation is how that operation is done, which a booking need
 * not say ("Vertebral augmentation by kyphoplasty or vertebroplasty under fluoroscopic guidance"
 * covers a T12 KYPHOPLASTY) — unless the booking states another way: an open, laparoscopic, robotic
 * or endoscopic route (a LAP G TUBE or a PEG is no "fluoroscopically guided gastrostomy").
 */
function fluoroscopyAsDone(m: string, approaches: readonly string[]): boolean {
  return m === 'fluoroscopy' && !approaches.some((a) => a === 'open' || a === 'laparoscopic' || a === 'robotic' || a === 'endoscopic');
}

/** Whether the booking (by its approaches) has a modality a line names: said, one way among others the line allows, or fluoroscopy as done. */
function modalityMet(p: CatalogProcedure, m: string, approaches: readonly string[]): boolean {
  return approaches.includes(m) || !!p.optionalModalities?.includes(m) || fluoroscopyAsDone(m, approaches);
}



/** The operations a catalog text names, read whole: none where a word is left over or limits it ("lateral femoral cutaneous" is no femoral nerve block). */
function readWhole(v: Vocabulary, text: string, department: string | undefined): number[] {
  return analyze(v, text, { split: false, context: department }).parts.map((p) => readPart(v, p, 'catalog'))
    .flatMap((r) => (r.required.length || r.unknown.length ? [] : r.hits.flatMap((h) => h.targets.map((x) => x.concept)))).filter((c) => c >= 0);
}

/** Whether a catalog text says more than places ("arthroscopy of the knee" does, and "electrocardiogram interpretation"; "shoulder" or "ankle and elbow" alone do not). */
function saysMoreThanPlaces(v: Vocabulary, text: string, department: string | undefined): boolean {
  return analyze(v, text, { split: false, context: department }).parts.some((p) => p.tokens.some((t) => !v.anatomy.has(t.word) && !v.stopwords.has(t.word) && !v.descriptors.has(t.word)));
}

/** A list's head noun, made singular: "blocks" of "Peripheral nerve blocks" ("Femoral" + "block"). */
/** The items a line's parentheses list ("(EVAR/TEVAR)", "(Femoral, Adductor canal, Popliteal sciatic)"). */
function parenItemsOf(text: string): string[] {
  return [...text.matchAll(/\(([^()]*)\)/g)].flatMap((m) => m[1].split(/[,;/]|\bor\b|\band\b/)).map((x) => x.trim()).filter(Boolean);
}

function headNounOf(head: string): string {
  return head.trim().split(/\s+/).pop()?.replace(/(?<!s)s$/i, '') ?? '';
}

interface Coverage {
  entry: number;
  /** Body sites the line is limited to (the booking must name one of them). */
  sites: string[];
  /** Other words the line is limited to ("for trauma", "complex"): the booking must say one of them. */
  required: string[];
  /** The line privileges this concept together with one of these ("… with axillary lymphadenectomy"): the booking must name one. */
  with?: number[];
  /**
   * Add-ons its operation usually includes, named alone after "with" ("EGD with control of
   * bleeding"): the line needs one of them only where the catalog has another line for the
   * operation (see relaxLimits); made into `with` or dropped once every line is read.
   */
  withAddons?: number[];
  /** Limits from a "for …" clause, which always hold. */
  firm?: string[];
  /** What the line excludes ("excluding pilon … fractures"): a booking that says one of these is not covered. */
  excluding?: string[];
  /** `exact` only because of limits (dropped with them). */
  exactFromLimits?: boolean;
  /** Named only in what the line includes ("…, including carpal tunnel release"): see `onlyIncluded` in learn(). */
  includedOnly?: boolean;
  /**
   * Where the line's other operations are, all on limbs, for an operation with no place of its own
   * ("Shoulder arthroscopy, including … manipulation under anesthesia"): a booking that names a place
   * on a limb must fit them (an L KNEE MUA is not this line's; see `besideFits`); one that names none is not asked.
   */
  besideLimbs?: string[];
  /**
   * The places of the line's own operation, for an operation it includes that has none of its own
   * ("…arthrodesis, including retrograde intramedullary nailing"): a booking that names a place must
   * name one of these (a tibial shaft's nail is not this line's); one that names none is not asked.
   */
  besideHome?: string[];
  /**
   * The line's sites are its category's ("Eyelid surgery, including blepharoplasty, …"): a booking
   * that names no other place meets them where every place the operation's own wordings name is
   * among them (see `inCategory`).
   */
  categorySites?: boolean;
  /** The line's "upper" or "lower" is said of an extremity or limb: a site on that limb meets it. */
  limbWords?: boolean;
  /** Kinds of one family the line names ("radiofrequency or microwave"): a booking naming another kind of that family is not covered. */
  kinds?: string[];
  /** Families of those kinds it names only as included ("…, including leadless pacemaker"): the booking's default kind is not refused. */
  openFamilies?: string[];
  /**
   * The line names this concept beside a narrower one ("Knee arthroscopy with partial
   * meniscectomy"): it covers the concept itself, not every kind of it.
   */
  exact?: boolean;
  /** The words of the line's "with …" clause ("Partial colectomy with anastomosis"): a kind done by definition without one (`without`) is not covered. */
  withWords?: string[];
}

export class ProcedureMatcher {
  readonly procedures: CatalogProcedure[] = [];
  readonly understanding: CatalogUnderstanding[] = [];
  readonly vocabulary: Vocabulary;
  /** Concept → catalog lines that name it. */
  private readonly byConcept = new Map<number, Coverage[]>();
  /** Lines that name one add-on alone after "with" ("Bronchoscopy with bronchoalveolar lavage") → that add-on: they take no other. */
  private readonly oneAddon = new Map<number, Set<number>>();
  /** The words of catalog lines InScope could not read (kept as their own words). */
  private readonly unreadWords = new Set<string>();
  /** Catalog line → every concept its name mentions, in parentheses too ("… (including BAL, brushing)"). */
  private readonly mentions = new Map<number, Set<number>>();
  /**
   * Lines "with" a describing word and a closure only ("Excision of skin lesion with complex closure") →
   * those words: no kind of its operation of their own (worked out once, at load; see `withUnsaid`).
   */
  private readonly describedWith = new Map<number, string[]>();
  /** Lines for an open reduction only ("ORIF of facial fractures"), worked out once at load: see `closedUnderOpen`. */
  private readonly openReductionOnly = new Set<number>();
  /** Line → the other case of each ordinary case it names ("Paracentesis, diagnostic" → therapeutic): a booking that says one is not covered. */
  private readonly otherCases = new Map<number, RegExp[]>();
  /** Lines that name the only spinal segments they privilege ("…, L4-L5 and L5-S1 levels only"). */
  private readonly segmentLines = new Map<number, Set<number>>();
  /** Lines that name the only vertebrae they privilege ("…, L3 through S1"). */
  private readonly vertebraLines = new Map<number, Set<number>>();
  /** Lines kept to something by a closing "…, X only" clause, with that clause's words (read once, at load). */
  private readonly onlyLines = new Map<number, string[]>();
  /** Lines whose own wording limits their patients' ages (not only their privilege's title). */
  private readonly agedLines = new Set<number>();
  /** Whether some line excludes a pregnancy ("…, non-obstetric"): only then is a booking asked whether it says one. */
  private asksPregnancy = false;
  /** Concept → concepts narrower than it that some catalog line names (for "which one?"). */
  private readonly narrower = new Map<number, Set<number>>();
  private readonly local: PhraseIndex & { phrases: Map<string, Phrase> } = { byToken: new Map(), phrases: new Map(), ignored: new Set() };
  /** Facility terms InScope could not apply, each in one sentence. */
  readonly termProblems: string[] = [];
  private readonly codes = new Map<string, number[]>();
  /** Each coverage's telling words of its "for …" clause, worked out at its first check. */
  private readonly clauseKeys = new WeakMap<object, string[]>();
  private readonly approachPrivileges = new Map<string, PrivilegeDef[]>();
  /** The operations an approach privilege's own entries name ("Robotic-assisted cholecystectomy"); empty for a generic one. */
  private readonly approachConcepts = new Map<PrivilegeDef, Set<number>>();
  /**
   * Lines that privilege anesthesia for a kind of surgery ("Anesthesia for adult cardiac surgery with
   * cardiopulmonary bypass (coronary artery bypass grafting, valve repair …)", "Anesthesia for thoracic
   * surgery"): the operations they name, or where they name none, the kinds of surgery.
   */
  private readonly anesthesiaFor: Array<{ entry: number; concepts: Set<number>; kinds: Set<string> }> = [];
  private readonly memo: BoundedCache<string, MatchResult>;
  private readonly addons: boolean;

  constructor(privileges: readonly PrivilegeDef[], options: MatcherOptions) {
    const v = options.vocabulary;
    this.vocabulary = v;
    this.memo = new BoundedCache(options.memoSize ?? 20_000);
    this.addons = options.addons ?? true;
    for (const def of privileges) {
      if (def.approach) {
        const list = this.approachPrivileges.get(def.approach) ?? [];
        list.push(def);
        this.approachPrivileges.set(def.approach, list);
      }
      for (const proc of def.procedures) {
        // A core privileges paragraph is read item by item, or not at all where it limits its own list (lib/procedures/core-list.ts).
        const paragraph = coreParagraph(proc.name, (item) => saysMoreThanPlaces(v, item, def.department), (w) => v.anatomy.has(w));
        if (paragraph && 'refused' in paragraph) {
          this.understanding.push({ privilegeId: def.id, privilege: def.name, procedure: proc.name, concepts: [], sites: [], limits: [], unknownWords: [paragraph.refused], via: 'own words' });
          continue;
        }
        (paragraph?.items ?? [proc.name]).forEach((read, item) => this.addEntry(def, proc, read, item === 0));
      }
    }
    this.settleWithAddons();
    this.relaxLimits();
    (options.terms ?? []).forEach((t, i) => {
      const problem = this.learnTerm(t);
      if (problem) this.termProblems.push(`terms[${i}] "${t.term}": ${problem}`);
    });
    // (Not one "with" either of two ways, "… with anastomosis or end colostomy": every way of it; nor one whose
    // "with" is in parentheses, saying what its name is: "Hartmann reversal (colostomy takedown with …)"; nor
    // one "with" an operation, a kind delineated apart: "Substernal thyroidectomy with sternotomy".)
    this.procedures.forEach((p, i) => { if (OPEN_REDUCTION.test(readOf(p)) && !CLOSED_REDUCTION.test(readOf(p))) this.openReductionOnly.add(i); });
    for (const list of this.byConcept.values()) {
      for (const cov of list) {
        if (!cov.withWords?.length || this.describedWith.has(cov.entry)) continue;
        const text = readOf(this.procedures[cov.entry]);
        if (/\bwith\s+(?!or\b)[^,;()]*\bor\b/i.test(text) || !/\bwith\b/i.test(text.replace(/\([^()]*\)/g, ' '))) continue;
        if (cov.withWords.some((w) => v.descriptors.has(w)) && cov.withWords.every((w) => v.descriptors.has(w) || CLOSURE_WORDS.has(w))) this.describedWith.set(cov.entry, cov.withWords);
      }
    }
  }

  /** Reads one catalog line into concepts (or keeps its own words), and indexes it. */
  /**
   * One catalog entry: the procedure itself, or one item of its core paragraph (`read`, under the
   * paragraph's name). The procedure's own codes and synonyms are the first entry's.
   */
  private addEntry(def: PrivilegeDef, proc: PrivilegeDef['procedures'][number], read: string, first: boolean): void {
    const v = this.vocabulary;
    const id = this.procedures.length;
    const whole = read === proc.name;
    // The routes its own words name, not those an "excluding …" clause takes out ("…, excluding open acetabular fracture fixation").
    // (Nor the way of the operation an exposure is for: "…, including vascular exposure for endovascular access" is open.)
    const name = analyze(v, beforeExclusion(read).replace(/\bfor\s+(?:endovascular|percutaneous|transcatheter)\s+(?=access|delivery|device|prosthes|repair|aortic|valve)/gi, 'for '), { split: false });
    // (Not a way "open or minimally invasive" names: both, which is every way — `EVERY_ROUTE`.)
    // (Open or through a scope, not by catheter: "Atrial septal defect closure, open or minimally invasive" is
    // no percutaneous device closure.)
    const approaches = new RegExp(EVERY_ROUTE.source, 'i').test(read) ? [...name.approaches.filter((a) => !ROUTES.has(a)), 'open', 'laparoscopic', 'endoscopic'] : [...name.approaches];
    // A scope line ("Knee arthroscopy: … partial meniscectomy") is done through the scope: an open one is no kind of it.
    if (SCOPE_LINE.test(read) && !approaches.some((a) => ROUTES.has(a))) approaches.push('endoscopic');
    const others = otherCasesOf(read);
    if (others.length) this.otherCases.set(id, others);
    // (A core paragraph's ages, "… to patients 14 years of age and older …", are each of its items'.)
    const ownAges = lineAges(read) ?? (whole ? undefined : lineAges(proc.name));
    if (ownAges) this.agedLines.add(id);
    const segments = lineSegments(read);
    if (segments) this.segmentLines.set(id, segments);
    const vertebrae = lineVertebrae(read);
    if (vertebrae) this.vertebraLines.set(id, vertebrae);
    const only = onlyClause(read);
    if (only) this.onlyLines.set(id, analyze(v, only, { split: false }).parts.flatMap((part) => part.tokens.map((t) => t.word)));
    this.procedures.push({
      id, privilegeId: def.id, privilege: def.name, procedure: proc.name, ...(whole ? {} : { reads: read }), department: def.department,
      routes: approaches.filter((a) => ROUTES.has(a)),
      modalities: approaches.filter((a) => !ROUTES.has(a) && a !== 'vaginal'),
      ...(approaches.includes('vaginal') ? { vaginal: true } : {}),
      // ("Cholecystectomy, laparoscopic or robotic": the robot is one way the line allows, not one it needs.)
      ...optionalModalities(approaches, beforeExclusion(read)),
      // A line that says no ages is for the patients its privilege's title names ("Pediatric Surgery Core Privileges").
      // (A service's title names it by its youngest: "Neonatal Surgery" operates on infants and children too.)
      // (Not one that says it is for every age: the title's "… unless noted" notes it.)
      ages: ownAges ?? (EVERY_AGE.test(beforeExclusion(read)) ? undefined : lineAges(def.name, { service: true })),
      levels: lineLevels(read),
      weight: lineWeight(read),
      size: lineSize(read),
      weeks: lineWeeks(read),
      pca: linePca(read),
      burn: lineBurn(read),
      area: lineArea(read),
      volume: lineVolume(read),
      kg: lineKg(read),
    });
    for (const code of [...(first ? proc.codes ?? [] : []), ...codesInName(read)]) {
      push(this.codes, normalizeCode(code), id);
      if (CPT_SHAPED.test(normalizeCode(code))) this.listsCpt.add(id);
    }
    // An approach privilege's own entries ("Robotic-assisted surgery") name no operation; where
    // they do ("Robotic-assisted cholecystectomy"), they say which operations it is for.
    if (def.approach) {
      const mine = this.approachConcepts.get(def) ?? new Set<number>();
      const named = new Set<number>();
      for (const part of name.parts) for (const h of readPart(v, part, 'catalog').hits) for (const t of h.targets) if (t.concept >= 0) named.add(t.concept);
      for (const c of named) mine.add(c);
      this.approachConcepts.set(def, mine);
      // An entry that names an operation ("Percutaneous coronary intervention …" in a special
      // privilege for it) privileges that operation too, as docs/roster-format.md says.
      if (!named.size) return;
    }
    const understood = this.learn(id, def, read, first ? proc.synonyms ?? [] : [], first ? proc.codes ?? [] : []);
    this.understanding.push(understood);
    const kindFor = KIND_ANESTHESIA_FOR.exec(fold(read));
    const forWhat = kindFor ? `${kindFor[1]} surgery with ${kindFor[2]}${kindFor[3]}` : ANESTHESIA_FOR.exec(fold(read))?.[1];
    if (forWhat) this.learnAnesthesiaFor(id, forWhat);
    if (understood.via === 'own words') for (const p of analyze(v, read, { split: false }).parts) for (const t of p.tokens) this.unreadWords.add(t.word);
    // "Moderate (conscious) sedation" as a line of a core privilege: the sedation names no
    // operation, and its privilege is what a booking "UNDER MODERATE SEDATION" needs beside its
    // operation's line, as an approach privilege for it would be. (Its words read without the
    // parentheses, which a line's reading keeps apart: "moderate (conscious) sedation".)
    const sedation = () => approaches.includes('moderate-sedation') || namesSedation(v, read);
    if (!def.approach && !understood.concepts.length && sedation()) {
      const list = this.approachPrivileges.get('moderate-sedation') ?? [];
      if (!list.includes(def)) list.push(def);
      this.approachPrivileges.set('moderate-sedation', list);
    }
  }

  private learn(id: number, def: PrivilegeDef, name: string, synonyms: string[], codes: string[]): CatalogUnderstanding {
    const v = this.vocabulary;
    const out: CatalogUnderstanding = { privilegeId: def.id, privilege: def.name, procedure: name, concepts: [], sites: [], limits: [], unknownWords: [], via: 'name' };
    const concepts = new Set<number>();
    const sites = new Set<string>();
    const required = new Set<string>();
    const coverage: Array<{ concept: number; sites: string[]; required: string[]; firm?: string[]; excluding?: string[]; with?: number[]; withAddons?: number[]; exact?: boolean; exactFromLimits?: boolean; includedOnly?: boolean; kinds?: string[]; openFamilies?: string[]; besideLimbs?: string[]; besideHome?: string[]; categorySites?: boolean; withWords?: string[] }> = [];
    // The body sites the name says, read or not: a line known only by its codes is still for them.
    const nameSites = new Set<string>();
    [name, ...synonyms].forEach((text, n) => {
      // A weight the line is for ("uterus less than 250 g", "any uterine weight") is read apart (lib/procedures/weights.ts), not as words.
      // ("…, to include mapping angiography": a federal form's way to write "including".)
      text = withoutLevels(withoutAges(withoutMeasures(withoutWeight(everySetting(text.replace(NAME_CODES, ' ').replace(WITHIN_LIMITS, '')))))).replace(ROLE, '').replace(PRIVILEGE_WORDING, ' ').trim().replace(EVERY_ROUTE, '').replace(EVERY_VESSEL_WAY, '').replace(EVERY_SITE, '').replace(EVERY_NATURE, '').replace(EVERY_KIND, '').replace(EVERY_CHILD, 'pediatric').replace(/\bto include\b:?/gi, 'including');
      for (const pair of EVERY_OF_PAIR) text = text.replace(pair, '');
      // "…, ultrasound- or nerve stimulator-guided": how a block is guided, no nerve stimulator implanted.
      text = text.replace(NERVE_STIMULATOR_GUIDED, 'guided');
      // "Sympathetic blocks: stellate ganglion, lumbar sympathetic, celiac plexus": a list after a
      // colon names the kinds its head privileges, as one in parentheses does.
      // (Not a form's grade of the privilege: "Level 3: Craniotomy for clipping …, anterior or posterior circulation".)
      // (Only where each item, alone or before the head's last word or the head, names an operation other than
      // the head's: "Colectomy: right, left, sigmoid" and "Fasciotomy: forearm, hand" list where the
      // head's operation is, kept to those by the colon's own reading.)
      // (The list ends where an "including …" or "with or without …" clause begins: that clause is the line's.)
      // ("Minor procedures: I&D, laceration repair, …", "Endoscopy - EGD and colonoscopy, …": a heading that
      // names a category of the form's, no operation, heads a list of operations; it limits none of them.)
      text = text.replace(/^\s*([a-z][a-z\s]{2,40}?)\s+[-\u2013\u2014]\s+(?=\S)/i, (m, head: string) => (CATEGORY_HEAD.test(head) ? '' : m));
      text = text.replace(COLON_LIST, (m, head: string, whole: string) => {
        const clause = /,?\s*\b(?:including|with or without|excluding)\b/i.exec(whole);
        const list = clause ? whole.slice(0, clause.index) : whole;
        const rest = clause ? whole.slice(clause.index) : '';
        if (GRADE.test(head)) return m;
        if (CATEGORY_HEAD.test(head)) return whole;
        const conceptsOf = (t: string) => readWhole(v, t, def.department);
        const ofHead = new Set(conceptsOf(head));
        const headNoun = headNounOf(head);
        const items = list.split(/,|\bor\b|\band\b/i).map((x) => x.trim()).filter(Boolean);
        // (And only where the head names an operation each item is a kind of: a head that names a
        // place or a grade, "Cardiac surgery: …", "Cervical: …", keeps the colon's own reading, and
        // "Mastectomy: simple, partial" lists a partial mastectomy that is no kind of a mastectomy.)
        // (A head read as nothing may still name what every item is a kind of: "Sympathetic blocks" the
        // sympathetic nerve block a stellate ganglion block is.)
        const headWords = fold(head).split(/[^a-z0-9]+/).filter((w) => w && !v.stopwords.has(w));
        const itemConcepts = items.map((item) => [item, `${item} ${headNoun}`, `${item} ${head}`].map(conceptsOf).find((cs) => cs.length) ?? []);
        if (!ofHead.size && itemConcepts.every((cs) => cs.length)) {
          const shared = v.concepts[itemConcepts[0][0]].ancestors.filter((a) => itemConcepts.every((cs) => cs.every((c) => v.concepts[c].ancestors.includes(a))));
          for (const a of shared) if (headWords.every((w) => nameSays(v, a, w))) ofHead.add(a);
        }
        const kindOfHead = (c: number) => [...ofHead].some((k) => v.concepts[c].ancestors.includes(k));
        const names = (cs: number[]) => cs.length > 0 && cs.every((c) => !ofHead.has(c) && kindOfHead(c));
        return ofHead.size && items.length > 1 && itemConcepts.every(names) ? `${head} (${list.trim()})${rest}` : m;
      });
      // "…, radial or femoral access": the vessels a catheter goes in by are its access kinds, not the
      // operation's sites. (Only in a catheter operation's line, and only where every vessel of the whole
      // list is an access kind: "femoral, radial or brachial access" and "femoral or pedal access" stay sites.)
      if (CATHETER_LINE.test(text)) {
        text = text.replace(ACCESS_SITES, (m, at: number, whole: string) => (VESSEL_BEFORE.test(whole.slice(0, at)) || [...m.matchAll(ACCESS_VESSEL)].some(([w]) => !ACCESS_KIND[w.toLowerCase()])
          ? m : m.replace(ACCESS_VESSEL, (w) => ACCESS_KIND[w.toLowerCase()])));
      }
      // "Mitral valve replacement via sternotomy or right mini-thoracotomy": a heart operation's way
      // in says which kind of access the line privileges (its kinds, below), no operation of its own.
      // (Not where the line is named for its access: "Minimally invasive mitral valve surgery via right thoracotomy".)
      const wayIn = CARDIAC.test(text) && !/\bmini(?:mally)?\b/i.test(text.replace(WAY_IN, '')) ? [...text.matchAll(WAY_IN)].map((m) => m[1]).join(' ') : '';
      if (wayIn) text = text.replace(WAY_IN, '');
      const occasion = this.occasionOf(text);
      if (occasion) text = occasion.text;
      // "First assist only: CABG", "Assistant surgeon for …": a line for assisting at an operation
      // privileges no one to perform it; it keeps its own words (it had covered a CABG the holder booked).
      if (ASSISTING.test(text) && !/\bperform\w*\b/i.test(text)) text = '';
      // (The department says what an ambiguous word is about: "Open lobectomy" under Thoracic Surgery
      // is the lung's, "Pump refill" under Pain Medicine the intrathecal pump's. Not the privilege's
      // title: titles that list many operations made lines read as others.)
      let a = analyze(v, text, { split: false, context: def.department });
      let reading = a.parts.length ? readPart(v, mergeParts(a.parts), 'catalog') : undefined;
      // "Central venous catheter (US-guided)", "Pacemaker": a line that names only the thing names
      // putting it in (or repairing it) — read so when that reads one operation and every word.
      // (Not where a word InScope does not know may be the action: "Frobnication of tendons, hand and forearm".)
      if (n === 0 && reading && !reading.hits.length && !reading.part.tokens.some((t) => v.procedureWords.has(t.word) || v.procedureSuffix.test(t.word) || !v.known.has(t.word))) {
        for (const action of ['placement', 'repair', 'creation']) {
          const paren = text.indexOf('(');
          const b = analyze(v, paren < 0 ? `${text} ${action}` : `${text.slice(0, paren).trim()} ${action} ${text.slice(paren)}`, { split: false });
          const r = b.parts.length ? readPart(v, mergeParts(b.parts), 'catalog') : undefined;
          // (Every word of the line read, none a limit left: "Palliative (emergency) treatment of dental
          // pain" is no "dental … placement", an implant — nor is "Treatment of dental pain", whose
          // "treatment" and "pain" that wording leaves over.)
          const leftOver = r ? r.part.tokens.filter((t) => !r.hits[0]?.tokens.includes(t.word) && !v.stopwords.has(t.word) && !v.modifiers.has(t.word) && !v.anatomy.has(t.word) && !v.laterality[t.word]) : [];
          if (r && r.hits.length === 1 && new Set(r.hits[0].targets.map((t) => t.concept)).size === 1 && !r.unknown.length && !r.required.length && !leftOver.length) {
            a = b;
            reading = r;
            break;
          }
        }
      }
      // "Lower extremity angiography and endovascular intervention (…)": the place a line begins with
      // is that of both operations "and" joins, where read once it leaves one of them unread.
      const shared = n === 0 && reading?.unknown.length ? /^\s*((?:[a-z-]+\s+){1,3}?)([a-z-]+)\s+and\s+/i.exec(text) : null;
      if (shared && reading) {
        const lead = fold(shared[1]).split(/\s+/).filter(Boolean);
        const operation = (w: string) => v.procedureWords.has(w) || v.procedureSuffix.test(w);
        if (lead.every((w) => v.anatomy.has(w) || w === 'upper' || w === 'lower') && operation(fold(shared[2]))) {
          const b = analyze(v, `${shared[0]}${shared[1]}${text.slice(shared[0].length)}`, { split: false, context: def.department });
          const r = b.parts.length ? readPart(v, mergeParts(b.parts), 'catalog') : undefined;
          if (r && !r.unknown.length && r.hits.length > reading.hits.length) { a = b; reading = r; }
        }
      }
      // "Thoracic laminectomy and posterior decompression": the place a line begins with, taken by its
      // first operation's wording, is where the broader operation "and" joins to it is done too (a
      // cervical foraminotomy had been covered as a posterior decompression of anywhere).
      const leading = n === 0 && reading && reading.hits.length > 1 ? /^\s*([a-z]+)\s+[a-z-]+\s+and\s+/i.exec(text) : null;
      if (leading && reading) {
        const place = fold(leading[1]);
        const narrower = reading.hits.filter((h) => h.tokens.includes(place)).flatMap((h) => h.targets.map((t) => t.concept)).filter((c) => c >= 0);
        const broader = reading.hits.filter((h) => !h.tokens.includes(place) && h.targets.every((t) => t.concept >= 0 && narrower.some((c) => v.concepts[c].ancestors.includes(t.concept))));
        if (v.anatomy.has(place) && !v.descriptors.has(place) && broader.length && !reading.sites.includes(place)) reading = { ...reading, sites: [...reading.sites, place] };
      }
      // "Pacemaker and ICD generator change": two things sharing the action after the second are each
      // that action's — the pacemaker's generator change, no pacemaker implantation.
      const pair = n === 0 && reading ? /^\s*([a-z][a-z-]*)\s+(?:and|&)\s+([a-z][a-z-]*)\s+([a-z][a-z\s-]*?)\s*$/i.exec(text) : null;
      if (pair && reading) {
        const one = (t: string) => { const c = readWhole(v, t, def.department); return c.length === 1 ? c[0] : undefined; };
        const first = one(`${pair[1]} ${pair[3]}`);
        const second = one(`${pair[2]} ${pair[3]}`);
        const firstAlone = one(pair[1]);
        const own = new Set(fold(pair[1]).split(/[^a-z0-9]+/));
        const said = new Set(fold(text).split(/[^a-z0-9]+/));
        const alone = (h: Hit) => h.tokens.some((t) => own.has(t)) && h.tokens.every((t) => own.has(t) || !said.has(t)) && h.targets.every((t) => t.concept === firstAlone);
        if (first !== undefined && second !== undefined && first !== second && firstAlone !== undefined && firstAlone !== first
          && reading.hits.some(alone) && reading.hits.some((h) => h.targets.some((t) => t.concept === second))) {
          reading = { ...reading, hits: reading.hits.map((h) => (alone(h) ? { ...h, targets: [{ concept: first, approaches: [] }] } : h)) };
        }
      }
      // "Creation, revision, or closure of ileostomy or colostomy": every action listed is of each thing
      // listed (one wording's taking "ileostomy" for its revision leaves no ileostomy creation or closure).
      // "Insertion, removal or replacement of penile prosthesis": each action listed is of the one thing
      // named after them (read together, only the removal's wording took the thing's words).
      const actionsOf = n === 0 && reading ? ACTIONS_OF.exec(text) : null;
      const actionsOfOne = n === 0 && reading && !actionsOf ? ACTIONS_OF_ONE.exec(text) : null;
      const actions = (actionsOf ?? actionsOfOne)?.[1].split(/,|\bor\b|\band\b/i).map((w) => fold(w).trim()).filter(Boolean) ?? [];
      if (reading && actions.length > 1 && actions.every((w) => [w, ...normalizeWord(v, w)].some((x) => v.deviceActions.has(x)))) {
        const have = new Set(reading.hits.flatMap((h) => h.targets.map((t) => t.concept)));
        const more: Hit[] = [];
        const readAs = (t: string) => { const b = analyze(v, t, { split: false, context: def.department }); return b.parts.length ? readPart(v, mergeParts(b.parts), 'catalog') : undefined; };
        const take = (h: Hit) => { more.push(h); for (const t of h.targets) have.add(t.concept); };
        if (actionsOf) {
          for (const thing of [actionsOf[2], actionsOf[3]]) {
            for (const h of readAs(`${actionsOf[1]} of ${thing}${actionsOf[4]}`)?.hits ?? []) if (h.targets.every((t) => t.concept >= 0 && !have.has(t.concept))) take(h);
          }
        } else {
          // (Only a reading of the whole: every word of the action and the thing taken, no other operation;
          // nor one broader than an operation the line already reads: "replacement of ventriculoperitoneal
          // shunt" is the VP shunt's, no shunt replacement of any kind.)
          const broader = (c: number) => [...have].some((k) => k >= 0 && v.concepts[k].ancestors.includes(c));
          for (const action of actions) {
            const r = readAs(`${action} of ${actionsOfOne![2]}`);
            if (!r || r.unknown.length || r.hits.length !== 1) continue;
            for (const h of r.hits) if (h.targets.every((t) => t.concept >= 0 && !have.has(t.concept) && !broader(t.concept))) take(h);
          }
        }
        if (more.length) reading = { ...reading, hits: [...reading.hits, ...more] };
      }
      // "Craniotomy for excision of brain tumor": a "for …" clause that, read with the line's
      // operation, names a kind of it says which kind the line is (no limit on the craniotomy).
      const main = reading?.hits.filter((h) => !h.listed) ?? [];
      if (n === 0 && main.length === 1 && reading!.part.tokens.some((t) => t.qualifier)) {
        const head = main[0].targets.map((t) => t.concept);
        const whole = readPart(v, { ...reading!.part, tokens: reading!.part.tokens.map((t) => ({ ...t, qualifier: false })) }, 'catalog');
        // (A kind the clause's own words name with the operation's: "Ulnar nerve decompression at the
        // elbow, with or without anterior transposition" names no kind in "at the elbow".)
        // (Only of the clause's words and the operation's: no word of a "with …" beside them.)
        const clauseWords = new Set(reading!.part.tokens.filter((t) => t.qualifier).map((t) => t.word));
        const ofClause = (h: Hit) => h.tokens.some((t) => clauseWords.has(t)) && h.tokens.every((t) => clauseWords.has(t) || main[0].tokens.includes(t));
        const kinds = whole.hits.filter((h) => ofClause(h) && h.targets.every((t) => t.concept >= 0 && head.some((c) => c >= 0 && v.concepts[t.concept].ancestors.includes(c))));
        // ("Functional endoscopic sinus surgery, maxillary antrostomy only": the line's own operation
        // read again beside the kind it names is that kind's: the kind alone is the line.)
        const itself = (h: Hit) => h.targets.every((t) => head.includes(t.concept));
        // (A region the clause names stays its limit: "… for evacuation of supratentorial epidural, subdural
        // or intracerebral hematoma" is no cerebellar one's, though the kinds' wordings leave it unread.)
        const region = reading!.required.filter((w) => this.regions().has(w) && v.descriptors.has(w) && !whole.required.includes(w) && !whole.hits.some((h) => h.tokens.includes(w)));
        if (kinds.length && !whole.unknown.length && whole.hits.every((h) => kinds.includes(h) || h.listed || itself(h))) reading = { ...whole, hits: whole.hits.filter((h) => !itself(h)), required: [...whole.required, ...region], firm: [...whole.firm, ...region] };
      }
      // "Open reduction and internal fixation of distal radius fracture, including K-wire fixation": an
      // operation an "including" or "with or without" item names, broader than the line's own (an ORIF
      // of anywhere beside the distal radius's), is how the line's operation is done, not that broader
      // operation everywhere (the line had covered a femoral neck's cannulated screws).
      if (n === 0 && reading && reading.hits.length > 1) {
        // (Only an item's own words, none a place: "…, including knee- or ankle-spanning external
        // fixation" names spanning frames of its own; nor an alternative after a slash.)
        const tokens = reading.part.tokens;
        const item = INCLUDING_ITEM.exec(fold(text))?.[1] ?? '';
        const mainWords = new Set(tokens.filter((t) => !t.optional).map((t) => t.word));
        const itemOnly = new Set(tokens.filter((t) => t.optional && !mainWords.has(t.word)).map((t) => t.word));
        const mainHits = reading.hits.filter((h) => h.tokens.every((w) => mainWords.has(w)));
        const ofMain = (c: number) => mainHits.some((m) => m.targets.some((x) => x.concept >= 0 && v.concepts[x.concept].ancestors.includes(c)));
        const broader = (h: Hit) => {
          const own = h.tokens.filter((w) => itemOnly.has(w));
          // (Only a technique that borrows the line's own words to name the broader operation, "K-wire
          // fixation" read with the line's "reduction": "Hysteroscopic polypectomy, including diagnostic
          // hysteroscopy" names the hysteroscopy in the item's own words, and covers it.)
          return own.length > 0 && h.tokens.some((w) => mainWords.has(w) && !itemOnly.has(w) && !new RegExp(`\\b${w}`).test(item))
            && own.every((w) => !v.anatomy.has(w) && new RegExp(`\\b${w}`).test(item)) && h.targets.every((t) => t.concept >= 0 && ofMain(t.concept));
        };
        if (reading.hits.some(broader)) reading = { ...reading, hits: reading.hits.filter((h) => !broader(h)) };
      }
      // "VATS pleurodesis", "Excision of mediastinal cyst or tumor, open or VATS": a scope the line
      // names only by its abbreviation or adjective, beside an operation its own words name, is how
      // that one is done, no thoracoscopy of its own (the lines had covered a VATS pleural biopsy).
      // (Not where the line says the scope's noun, "Thoracoscopy (VATS), diagnostic, with biopsy", nor
      // where the operations beside it are only what it includes.)
      if (n === 0 && reading && reading.hits.length > 1) {
        const tokens = reading.part.tokens;
        const mainWords = new Set(tokens.filter((t) => !t.optional && !t.paren).map((t) => t.word));
        const scopeOnly = (h: Hit) => h.targets.every((t) => t.concept >= 0 && SCOPE_NOUN.test(v.concepts[t.concept].name));
        const said = (h: Hit) => h.targets.some((t) => {
          const noun = SCOPE_NOUN.exec(v.concepts[t.concept].name)?.[0];
          return !!noun && new RegExp(`\\b${noun}\\b`, 'i').test(text);
        });
        const beside = reading.hits.some((h) => !scopeOnly(h) && h.tokens.every((w) => mainWords.has(w)));
        const way = (h: Hit) => beside && scopeOnly(h) && !said(h);
        if (reading.hits.some(way)) reading = { ...reading, hits: reading.hits.filter((h) => !way(h)) };
      }
      // A synonym that reads several ways is the facility's own wording, not a concept.
      const ambiguous = n > 0 && !!reading?.hits.some((h) => new Set(h.targets.map((t) => t.concept)).size > 1);
      let found = reading && !ambiguous ? reading.hits.flatMap((h) => h.targets.map((t) => t.concept)).filter((c) => c >= 0) : [];
      // "Closed reduction of metacarpal neck fractures": a bone's part after the bone is no place of its
      // own (the neck had met a femoral neck, and "radial head" a humeral one).
      if (reading) {
        const parts = reading.sites.filter((w) => BONE_PART.has(w) && reading!.sites.some((b) => b !== w && !BONE_PART.has(b) && new RegExp(`\\b${b}\\s+${w}\\b`, 'i').test(text)));
        // (The bone said as a noun is the same place: a "femoral neck" line meets a FEMUR NECK booking.)
        const nouns = reading.sites.flatMap((w) => (BONE_NOUN[w] && parts.some((p) => new RegExp(`\\b${w}\\s+${p}\\b`, 'i').test(text)) ? [BONE_NOUN[w]] : []));
        if (parts.length) reading = { ...reading, sites: [...new Set([...reading.sites.filter((w) => !parts.includes(w)), ...nouns])], closingSites: reading.closingSites.filter((w) => !parts.includes(w)) };
      }
      // "Fracture care, nonoperative": a line for treatment without an operation privileges the closed
      // kinds of what it names and nothing else (it had covered an ankle ORIF and a femoral nail).
      // (Not a line for both: "Fracture care, operative and nonoperative"; and an operation no operation's
      // word names stays, "Non-operative vaginal delivery".)
      if (reading && NON_OPERATIVE.test(text) && !OPERATIVE_TOO.test(text)) {
        const closed = (k: number) => CLOSED_KIND.test(v.concepts[k].name) && !FIXED.test(v.concepts[k].name);
        const operative = (k: number) => OPERATION_WORD.test(v.concepts[k].name) || fold(v.concepts[k].name).split(/[^a-z]+/).some((w) => v.procedureSuffix.test(w));
        found = [...new Set(found.flatMap((c) => {
          if (closed(c)) return [c];
          const closedKinds = kindsOfConcept(v, c).filter(closed);
          return closedKinds.length ? closedKinds : operative(c) ? [] : [c];
        }))];
        reading = { ...reading, required: reading.required.filter((w) => !/^non-?(?:operative|surgical)|^conservative/.test(w)) };
      }
      // "Repositioning of peripheral ECMO cannula", "Removal or adjustment of external fixator": a line that
      // only changes or takes out what an operation put in is no line for putting it in (the first had
      // covered a VA ECMO cannulation, the second an ex-fix).
      // (What it may add stays: "Removal of breast implants, with or without capsulectomy".)
      if (reading && CHANGES_ONLY.test(text)) {
        const offered = new Set(reading.part.tokens.filter((t) => t.optional).map((t) => t.word));
        const mayAdd = new Set(reading.hits.filter((h) => h.tokens.every((w) => offered.has(w))).flatMap((h) => h.targets.map((t) => t.concept)));
        found = found.filter((c) => CHANGE_NAME.test(v.concepts[c].name) || mayAdd.has(c) || !PUTS_IN.test(v.concepts[c].name));
      }
      // "…, head and neck, trunk and extremities": the whole body, no place a booking must name.
      if (reading && !SOME_OF_BODY.test(text) && WHOLE_BODY_SAID.every((re) => re.test(text))) reading = { ...reading, sites: reading.sites.filter((w) => !WHOLE_BODY.flat().includes(w)), closingSites: reading.closingSites.filter((w) => !WHOLE_BODY.flat().includes(w)) };
      if (n === 0 && reading) this.mentions.set(id, new Set(found));
      if (n === 0 && reading) for (const t of reading.part.tokens) if (v.anatomy.has(t.word) && !t.indication) nameSites.add(t.word);
      if (reading && found.length) {
        const weak = (c: number) => v.concepts[c].weak;
        // An anesthesia line names the operations it is for: they are not its own ("Obstetric anesthesia (… cesarean)").
        // ("Dental rehabilitation under general anesthesia" is a dental line: the anesthesia says how.)
        if (/\bunder\b[\w\s]*\b(?:an(?:a)?esthesia|sedation)\b/i.test(text) && found.some((c) => !weak(c))) found = found.filter((c) => !weak(c));
        // ("External cephalic version, with or without regional anesthesia": an anesthesia the line's
        // operation may be done under, no anesthesia line — it had read as a regional anesthesia line,
        // and covered an interscalene block.)
        else if (found.some(weak) && !reading.hits.filter((h) => h.targets.some((x) => x.concept >= 0 && weak(x.concept))).every((h) => h.tokens.every((t) => reading!.part.tokens.some((x) => x.word === t && x.optional)))) {
          // (Not an anesthesiologist's or pain physician's own operation listed beside it, outside any
          // "for …" clause: "Arterial line and central venous catheter placement", "Peripheral nerve
          // blocks and trigger point injections" privilege the central line and the injections too.)
          // (Only in a line that names no operation it is given for, in any wording: "… in patients
          // undergoing kyphoplasty", "… to facilitate spinal cord stimulator placement", "…, including
          // for …", "… used in …" privilege no kyphoplasty or stimulator.)
          const forWords = new Set(reading.part.tokens.filter((t) => t.qualifier || t.indication || t.withClause).map((t) => t.word));
          // ("… catheters for hemodynamic monitoring" says what the catheters are for, no operation.)
          const givenFor = GIVEN_FOR.test(text.replace(MONITORING_FOR, ''));
          const listedOwn = new Set(givenFor ? [] : reading.hits.filter((h) => !h.tokens.some((t) => forWords.has(t))).flatMap((h) => h.targets.map((x) => x.concept))
            .filter((c) => c >= 0 && !weak(c) && (v.concepts[c].specialties.includes('anesthesiology') || v.concepts[c].specialties.includes('pain-medicine'))));
          found = found.filter((c) => weak(c) || listedOwn.has(c));
        }
        // "Aortic valve replacement …, including aortic root enlargement": a wording that takes words
        // from both sides of "including"/"with or without", each of which a wording on its own side
        // reads, names nothing the line says (no aortic root replacement). ("Rearfoot and ankle
        // reconstruction, including … arthrodesis" still names the ankle's: no other wording reads "ankle".)
        const optionalOnly = new Set(reading.part.tokens.filter((t) => t.optional).map((t) => t.word));
        const mainOnly = new Set(reading.part.tokens.filter((t) => !t.optional).map((t) => t.word));
        for (const w of [...optionalOnly]) if (mainOnly.has(w)) { optionalOnly.delete(w); mainOnly.delete(w); }
        const straddles = (h: Hit) => h.tokens.some((t) => optionalOnly.has(t)) && h.tokens.some((t) => mainOnly.has(t));
        const readInside = (h: Hit) => h.tokens.filter((t) => optionalOnly.has(t) || mainOnly.has(t)).every((t) => reading!.hits.some((o) => o !== h && !straddles(o) && o.tokens.includes(t)));
        const across = new Set(reading.hits.filter((h) => straddles(h) && readInside(h)).flatMap((h) => h.targets.map((t) => t.concept)));
        for (const c of across) if (reading.hits.every((h) => !h.targets.some((t) => t.concept === c) || (straddles(h) && readInside(h)))) found = found.filter((k) => k !== c);
        // Nor an operation by definition done without what the line does "with": "Resection of infected
        // hip or knee arthroplasty with placement of antibiotic spacer" is no Girdlestone (vocabulary `without`).
        const withWords = new Set(reading.part.tokens.filter((t) => t.withClause).map((t) => t.word));
        if (withWords.size) {
          // (Only one read from words another operation of the line reads too: "Scleral buckle, primary or
          // combined with vitrectomy" is a buckle's line.)
          const shared = (h: Hit) => reading!.hits.some((o) => o !== h && o.tokens.some((t) => h.tokens.includes(t)));
          found = found.filter((c) => ![...v.concepts[c].withoutWords].some((w) => withWords.has(w)) || !reading!.hits.filter((h) => h.targets.some((t) => t.concept === c)).every(shared));
        }
        // So does one that joins a place the line names to words an abbreviation became, for an
        // operation that is no kind of the abbreviation's: "Transcatheter structural heart procedures
        // (TAVR, …)" is no open valve surgery (TAVR's "valve replacement" had joined the line's "heart",
        // and a sternotomy AVR read ok). A word of the line's that names more than a place composes:
        // "Arm fracture, ORIF", "Cataract extraction with IOL".
        if (reading.part.named.length) {
          const lineSaid = new Set(fold(text).split(/[^a-z0-9]+/));
          const ownPlace = (h: Hit) => h.tokens.filter((w) => lineSaid.has(w)).every((w) => v.anatomy.has(w) && !v.procedureWords.has(w));
          // (Only some of the words one abbreviation became: "Mandible fracture repair" known as "ORIF
          // mandible" takes all of ORIF's, and is the mandible's ORIF.)
          const partly = (h: Hit) => reading!.part.named.some((n) => { const own = n.tokens.filter((w) => !lineSaid.has(w)); return own.some((w) => h.tokens.includes(w)) && !own.every((w) => h.tokens.includes(w)); });
          const placed = (h: Hit) => partly(h) && h.tokens.some((w) => lineSaid.has(w)) && ownPlace(h)
            && !reading!.part.named.some((n) => h.tokens.some((w) => n.tokens.includes(w)) && h.targets.some((t) => akin(v, t.concept, n.concept)));
          for (const c of new Set(reading.hits.filter(placed).flatMap((h) => h.targets.map((t) => t.concept)))) if (reading.hits.every((h) => !h.targets.some((t) => t.concept === c) || placed(h))) found = found.filter((k) => k !== c);
        }
        // So does one read only from words of two items of a list, each word read in its own item:
        // "…, resection of submucous fibroid and removal of lost IUD" names no fibroid removal (any
        // myomectomy, which had covered a LAP MYOMECTOMY) — unless an item's own reading is a broader
        // operation of it ("Ileostomy/colostomy formation and closure of stoma": a stoma's closure).
        // (Only a line of three readings or more has two items and a wording across them.)
        const items = reading.hits.length < 3 ? [] : text.replace(/\([^()]*\)/g, ' ').split(/[,;]|\band\b|\bor\b/i).map((x) => new Set(fold(x).split(/[^a-z0-9]+/).filter(Boolean).flatMap((w) => [w, ...normalizeWord(v, w)])));
        const inOne = (h: Hit) => items.some((it) => h.tokens.every((t) => it.has(t)));
        const spans = (h: Hit) => !inOne(h) && h.tokens.every((t) => reading!.hits.some((o) => o !== h && inOne(o) && o.tokens.includes(t)));
        const inItem = items.length ? reading.hits.filter(inOne).flatMap((h) => h.targets.map((t) => t.concept)).filter((c) => c >= 0) : [];
        for (const c of items.length ? new Set(reading.hits.filter(spans).flatMap((h) => h.targets.map((t) => t.concept))) : []) {
          if (c < 0 || !reading.hits.every((h) => !h.targets.some((t) => t.concept === c) || spans(h))) continue;
          if (!inItem.some((k) => k === c || v.concepts[c].ancestors.includes(k))) found = found.filter((k) => k !== c);
        }
        // In parentheses: kinds of what the line names, or what it is for — not lines of their own
        // ("Generator change (pacemaker/ICD)" does not privilege an ICD implantation).
        const inParens = parenOnlyWords(reading.part);
        // (Nor what a word inside them makes of a word outside: "…, complex (iris expansion device,
        // …)" names no device extraction, where the words outside name an operation of their own.)
        const outside = reading.hits.filter((h) => !h.tokens.some((t) => inParens.has(t))).flatMap((h) => h.targets.map((x) => x.concept)).filter((c) => c >= 0);
        // (Kinds of one operation are akin: a TLIF listed under "Posterior lumbar fusion (…)".)
        // (Not by a root they share: a saphenous radiofrequency ablation is no kind of a pulmonary vein isolation.)
        const akinOutside = (c: number) => c >= 0 && outside.some((k) => akin(v, c, k)
          || v.concepts[c].ancestors.some((a) => v.concepts[a].ancestors.length > 0 && v.concepts[k].ancestors.includes(a)));
        // (Nor one that words outside them name, which no other wording took: "…, and ACL reconstruction
        // (physeal-sparing or transphyseal)" is an ACL reconstruction, of either kind.)
        // (Not what a "with or without …" clause names: "…, with or without image-guided localization (wire, …)" privileges
        // no localization of its own.)
        const mayWords = new Set(fold(/\bwith or without\b([^;(]*)/i.exec(text)?.[1] ?? '').split(/[^a-z0-9]+/).filter(Boolean).flatMap((w) => [w, ...normalizeWord(v, w)]));
        // (Nor parentheses that limit: "rotator cuff repair (small tears only)" is no repair of every tear.)
        const limiting = [...text.matchAll(/\(([^()]*)\)/g)].some((m) => PAREN_LIMIT.test(m[1]));
        const ownWords = (h: Hit) => !limiting && h.tokens.some((t) => !inParens.has(t) && !mayWords.has(t) && !reading!.hits.some((o) => o !== h && o.tokens.includes(t)));
        const foreign = (h: Hit) => outside.length > 0 && h.tokens.some((t) => inParens.has(t)) && !h.targets.some((x) => akinOutside(x.concept)) && !ownWords(h);
        const head = reading.hits.filter((h) => !h.tokens.every((t) => inParens.has(t)) && !foreign(h)).flatMap((h) => h.targets.map((x) => x.concept)).filter((c) => c >= 0);
        // "Moderate sedation (bronchoscopy)": a sedation line names what it is for in parentheses, not
        // an operation it privileges (it is what a booking under moderate sedation needs beside it).
        if (!head.length && namesSedation(v, text)) return;
        if (head.length) {
          const inside = new Set(reading.hits.filter((h) => h.tokens.every((t) => inParens.has(t)) || foreign(h)).flatMap((h) => h.targets.map((x) => x.concept)));
          // (Parentheses whose one item is the line's own operation's name list the line's operations:
          // "Endovascular aneurysm repair (EVAR/TEVAR)" privileges the TEVAR too.)
          // (Only a bare list of names, "/" or "," between them: "(TURP; HoLEP see laser privileges)", "(EGD; EUS
          // pending)" refer an operation elsewhere. Each item read alone once, and only for a line that would
          // otherwise lose an operation its parentheses name.)
          let listed: number[] | undefined;
          const listedOwn = () => {
            if (listed) return listed;
            const bareList = [...text.matchAll(/\(([^()]*)\)/g)].every((m) => /^\s*[a-z0-9-]+(?:\s+[a-z0-9-]+)?(?:\s*[/,]\s*[a-z0-9-]+(?:\s+[a-z0-9-]+)?)+\s*$/i.test(m[1]));
            const readings = bareList ? parenItemsOf(text).map((item) => readWhole(v, item, def.department)) : [];
            const own = readings.length > 1 && readings.every((r) => r.length === 1) && readings.some((r) => head.includes(r[0]));
            // (And only of the head's own kind by name, sharing a word of it: "(EVAR/TEVAR)" both endovascular
            // repairs, "(TURP/HoLEP)" both the prostate's — "Coronary artery bypass grafting (CABG, AVR, MVR)" lists no valve.)
            const headWords = new Set(head.flatMap((k) => [...v.concepts[k].nameWords].filter((w) => !v.stopwords.has(w) && w.length > 3)));
            return (listed = own ? readings.flat().filter((c) => [...v.concepts[c].nameWords].some((w) => headWords.has(w))) : []);
          };
          found = found.filter((c) => !inside.has(c) || head.includes(c) || head.some((k) => v.concepts[c].ancestors.includes(k)) || (weak(c) && head.some(weak))
            || listedOwn().includes(c));
        }
        // Kinds in parentheses say which ones: "Hysterectomy, laparoscopic (TLH/LAVH/LSH)" privileges
        // those three, not a laparoscopic radical hysterectomy.
        const kinds = reading.hits.filter((h) => h.listed === 'paren').flatMap((h) => h.targets.map((x) => x.concept)).filter((c) => c >= 0);
        const named = reading.hits.filter((h) => !h.listed).flatMap((h) => h.targets.map((x) => x.concept)).filter((c) => c >= 0);
        // Each item, read alone or before the words the parentheses follow ("Peripheral nerve blocks,
        // lower extremity (Femoral, Adductor canal, Popliteal sciatic)": a femoral nerve block, …),
        // names a kind; where one does not, the line is not narrowed to the others.
        const open = text.indexOf('(');
        // (Not parentheses of what the line includes beside its operation: "Epidural steroid injection,
        // interlaminar (including caudal) and transforaminal" is every interlaminar one, a caudal one too.)
        // (Only a line's one parenthesis, after an operation its words name, with no place or kind said after it:
        // "Lumbar fusion (including interbody cage), posterior (PLIF/TLIF)" is still posterior.)
        const including = /^\(\s*(?:including|incl\.?|includes|inclusive of)\s/i.test(text.slice(open)) && named.length > 0
          && (text.match(/\(/g) ?? []).length === 1 && !text.slice(text.indexOf(')', open)).replace(/[,;]?\s*\b(?:excluding|except|not including|not to include)\b.*$/i, '').includes(',');
        if (n === 0 && open > 0 && !including && (named.length || kinds.length)) {
          const before = text.slice(0, open);
          // (An item that alone names the line's own operation lists it: "… (TLIF/PLIF)" beside a PLIF.)
          // (Only an item read whole: "lateral femoral cutaneous" is no femoral nerve block with words left over.)
          const kindsOf = (t: string, alone = false) => readWhole(v, t, def.department).filter((c) => !named.length || named.some((k) => (alone && k === c) || v.concepts[c].ancestors.includes(k)));
          const items = parenItemsOf(text);
          // (Before its head noun, made singular — "Femoral block" — or before all those words.)
          const headNoun = headNounOf(before.split(',')[0]);
          // (An item the line's own reading took in a kind it lists names that kind: "(interlaminar)".)
          const listed = reading.hits.filter((h) => h.listed === 'paren');
          // (A hit whose words among the items' are this item's first: "femoral" is no "lateral femoral cutaneous".)
          const itemWords = new Set(items.flatMap((item) => fold(item).split(/[^a-z0-9]+/).filter(Boolean)));
          const readIn = (item: string) => {
            const words = fold(item).split(/[^a-z0-9]+/).filter(Boolean);
            const touching = listed.filter((h) => h.tokens.some((t) => words.includes(t)));
            const own = touching.filter((h) => h.tokens.every((t) => !itemWords.has(t) || words.includes(t)));
            return { own: own.flatMap((h) => h.targets.map((t) => t.concept)).filter((c) => c >= 0), touching: touching.flatMap((h) => h.targets.map((t) => t.concept)).filter((c) => c >= 0) };
          };
          const itemKinds = items.map((item) => {
            // (No operation broader than the one the line names: the "plate" of "Hip fracture fixation
            // (pinning, nail, plate)", read with the line's words as any ORIF, names no kind of it, and
            // the line stays the hip's.)
            const read = readIn(item);
            const narrow = (cs: number[]) => cs.filter((c) => !named.some((k) => v.concepts[k].ancestors.includes(c)) || !readAsMethod(v, reading!, inParens, c));
            const taken = { own: narrow(read.own), touching: narrow(read.touching) };
            if (taken.own.length) return taken.own;
            // (Nor one the line's head took the item's words for, a kind of it: the "ORIF" of
            // "Periprosthetic fracture (ORIF, revision arthroplasty)" is how the periprosthetic fracture is fixed.)
            let itemTokens: string[] | undefined;
            const tokensOfItem = () => { if (!itemTokens) itemTokens = analyze(v, item, { split: false }).parts.flatMap((p) => p.tokens.map((x) => x.word)); return itemTokens; };
            const absorbed = (c: number) => tokensOfItem().length > 0 && reading!.hits.some((h) => h.tokens.some((t) => !inParens.has(t))
              && itemTokens!.every((t) => h.tokens.includes(t)) && h.tokens.every((t) => !inParens.has(t) || itemTokens!.includes(t)) && h.targets.some((x) => x.concept >= 0 && v.concepts[x.concept].ancestors.includes(c)));
            // (Nor, for an item that names an operation of its own, no kind of the line's, a kind the words
            // before the parentheses name without it: the "IVUS" of "Percutaneous coronary intervention
            // including balloon angioplasty, … (IVUS/OCT)" names no coronary balloon angioplasty.)
            let ownOperation: boolean | undefined;
            const ofItsOwn = () => { if (ownOperation === undefined) { const alone = readWhole(v, item, def.department); ownOperation = alone.length > 0 && alone.every((c) => !named.some((k) => kin(v, k, c))); } return ownOperation; };
            const fromItem = (t: string, c: number) => analyze(v, t, { split: false, context: def.department }).parts.some((p) => readPart(v, p, 'catalog').hits.some((h) => h.targets.some((x) => x.concept === c) && h.tokens.some((w) => tokensOfItem().includes(w))));
            for (const t of [item, `${item} ${headNoun}`, `${item} ${before}`]) { const k = kindsOf(t, t === item).filter((c) => !absorbed(c) && (t === item || !ofItsOwn() || fromItem(t, c))); if (k.length) return k; }
            return taken.touching;
          });
          // "ORIF of upper extremity fractures (clavicle, humerus, elbow, forearm, distal radius)": items
          // that all name places, not every one a kind, are where the line's operation is — no scaphoid.
          const itemPlaces = items.map((item) => fold(item).split(/[^a-z0-9]+/).filter((w) => w && !v.stopwords.has(w)));
          // (Not a list that says what is left out or what alone: "(not including carpus)", "(phalanges only)".)
          // (Nor a list that is not the line's last word: "… (clavicle, …, distal radius) and lower extremity fractures".)
          const closesLine = (text.match(/\(/g) ?? []).length === 1 && /\)\s*[.;]?\s*$/.test(text);
          const placesOnly = closesLine && !itemKinds.every((k) => k.length) && !/\b(?:not|no|excluding|except|other than|only|without)\b/i.test(text.slice(open)) && itemPlaces.every((ws) => ws.length > 0 && ws.every((w) => v.anatomy.has(w) || v.descriptors.has(w)) && ws.some((w) => v.anatomy.has(w) && !v.descriptors.has(w)));
          if (placesOnly && reading.sites.length) reading = { ...reading, sites: [...new Set(itemPlaces.flat().filter((w) => v.anatomy.has(w) && !v.descriptors.has(w)))] };
          if (itemKinds.every((k) => k.length)) {
            // (Not one an item names itself: "… (TLIF/PLIF)" lists the PLIF a TLIF is a kind of.)
            // (Nor parentheses inside what the line includes, which gloss the kind included: "Tonsillectomy
            // and/or adenoidectomy, including intracapsular (partial) tonsillectomy" is every tonsillectomy.)
            // (Only parentheses inside an included item's words, with more of them after: "(lobectomy only)" or
            // "(inguinal and femoral)" closing a clause still narrow the line.)
            const includedFrom = /\bincluding\b/i.exec(text)?.index;
            // (And only a gloss: no "only", "not", "except" inside, and the item's operation word right after —
            // "(small tears only) and subacromial decompression" still narrows the repair.)
            const close = text.indexOf(')', open);
            const after = /^\)\s*([a-z]+)/i.exec(text.slice(close))?.[1]?.toLowerCase();
            const gloss = includedFrom !== undefined && includedFrom < open && !!after && (v.procedureWords.has(after) || v.procedureSuffix.test(after))
              && !PAREN_LIMIT.test(text.slice(open, close));
            if (!gloss) found = found.filter((c) => !(named.includes(c) && !itemKinds.flat().includes(c) && itemKinds.flat().some((k) => k !== c && v.concepts[k].ancestors.includes(c))));
            for (const k of itemKinds.flat()) if (!found.includes(k)) found.push(k);
            // (An item that names its kind is no place: the "spinal" of "Neuraxial anesthesia (spinal,
            // epidural, caudal)" is the spinal anesthesia, not a site the epidural must be at.)
            const itemSites = new Set(items.map((item) => fold(item).split(/[^a-z0-9]+/).filter(Boolean)).filter((w) => w.length === 1).flat());
            if (itemSites.size) reading = { ...reading, sites: reading.sites.filter((w) => !itemSites.has(w)) };
            // "Truncal blocks (TAP, Erector spinae, Paravertebral)": words before the parentheses that
            // name no operation name the category of the operations listed, and limit none of them.
            // (Nor place one where its own or a broader operation's name already is: "Sympathetic blocks
            // (stellate ganglion, …)" puts no stellate ganglion block at a "sympathetic" site.)
            if (!named.length) {
              const category = new Set(fold(before).split(/[^a-z0-9]+/));
              const namesPlace = (w: string) => itemKinds.flat().every((k) => [k, ...v.concepts[k].ancestors].some((c) => nameSays(v, c, w)));
              reading = { ...reading, required: reading.required.filter((w) => !category.has(w) || isBodySide(w)), sites: reading.sites.filter((w) => !category.has(w) || !namesPlace(w)) };
            }
          }
        }
        // The same in a list after "including": the "spinal" of "Neuraxial anesthesia and analgesia,
        // including spinal, epidural, combined spinal-epidural, and labor epidural analgesia" is the
        // spinal anesthesia, no site the labor epidural must be at — where every item, alone or before
        // a word of the line's head, names a kind of what the line reads.
        const includingAt = n === 0 && reading.sites.length ? /\bincluding\b/i.exec(text) : null;
        if (includingAt) {
          const items = text.slice(includingAt.index + includingAt[0].length).split(/[;(]/)[0].split(/[,/]|\bor\b|\band\b/).map((x) => x.trim()).filter(Boolean);
          const siteItems = items.map((x) => fold(x)).filter((x) => reading!.sites.includes(x));
          if (siteItems.length) {
            const headWords = fold(text.slice(0, includingAt.index)).split(/[^a-z0-9]+/).filter((w) => w && !v.stopwords.has(w));
            const ofLine = (k: number) => found.includes(k) || found.some((f) => v.concepts[k].ancestors.includes(f));
            const namesKind = (item: string) => [item, ...headWords.map((w) => `${item} ${w}`)].some((t) => readWhole(v, t, def.department).some(ofLine));
            if (items.every(namesKind)) reading = { ...reading, sites: reading.sites.filter((w) => !siteItems.includes(w)) };
          }
        }
      }
      // A synonym never widens a line beyond its name: a concept broader than what the name reads as
      // is left out (and the synonym is not kept as the facility's own wording either).
      if (n > 0 && concepts.size && found.some((c) => [...concepts].some((k) => v.concepts[k].ancestors.includes(c)))) return;
      // Nor does it add another operation: once the name is read, a synonym names it or kinds of it
      // ("Esophageal dilation", synonym "EGD with dilation", does not privilege every EGD).
      if (n > 0 && concepts.size) {
        const name = [...concepts];
        const own = found.filter((c) => name.includes(c) || name.some((k) => v.concepts[c].ancestors.includes(k)));
        if (own.length < found.length) {
          // The facility's own wording, then: matched as its words, for this line only.
          if (reading?.part.tokens.length) this.addLocal(reading.part, id);
          return;
        }
      }
      // "Osteochondral autograft transplantation, knee, open or arthroscopic": the way the operation is
      // done, with its site, is no knee arthroscopy of its own.
      if (/\bopen\s*(?:or|and|\/)\s*arthroscopic\w*|\barthroscopic\w*\s*(?:or|and|\/)\s*open\b/i.test(text) && found.some((c) => !JOINT_SCOPE.test(v.concepts[c].name))) {
        found = found.filter((c) => !/^\w+ arthroscopy$/i.test(v.concepts[c].name));
      }
      // "Upgrade of single-chamber to dual-chamber pacemaker or defibrillator": what a device is made
      // into is no implantation of its own; the line is the upgrade.
      const upgradeTo = /^\s*(?:upgrade|conversion)\b[^;(]*?\bto\b/i.exec(text);
      if (reading && upgradeTo) {
        const toWords = new Set(fold(text.slice(upgradeTo.index + upgradeTo[0].length)).split(/[^a-z0-9]+/).filter(Boolean).flatMap((w) => [w, ...normalizeWord(v, w)]));
        const changes = (c: number) => /^(?:upgrade|conversion|revision)\b/i.test(v.concepts[c].name);
        const madeInto = new Set(reading.hits.filter((h) => h.tokens.some((t) => toWords.has(t))).flatMap((h) => h.targets.map((t) => t.concept)).filter((c) => c >= 0 && !changes(c)));
        if (found.some(changes)) found = found.filter((c) => !madeInto.has(c));
      }
      if (found.length && !reading!.unknown.length) {
        // "Partial mastectomy with axillary lymphadenectomy", "EGD with control of bleeding": what
        // comes before "with" is privileged together with what follows, not alone — unless what
        // follows is an add-on its privilege usually includes ("Cholecystectomy with cholangiography").
        const withOnly = new Set(reading!.part.tokens.filter((t) => t.withClause).map((t) => t.word));
        for (const t of reading!.part.tokens) if (!t.withClause) withOnly.delete(t.word);
        // (Not what parentheses of examples list: "Free tissue transfer with microvascular anastomosis
        // (e.g., DIEP, ALT, fibula)" names kinds of the transfer, no fibula flap that comes with the others.)
        // (Only kinds of what the line names before "with": "Breast reconstruction with pedicled flap (e.g.,
        // latissimus, TRAM)" lists kinds of its flap, which still comes with the reconstruction; "Vitrectomy
        // with membrane peeling (e.g., ERM, …)" kinds of its peel.)
        // (So only where what follows "with" names no operation of its own: "with microvascular anastomosis".)
        const withAt = /\bwith\b(?! or without)/i.exec(text);
        const examplesListed = withAt ? [...text.matchAll(EXAMPLES_PAREN)].map((m) => m[1]) : [];
        const headOps = examplesListed.length ? readWhole(v, text.slice(0, withAt!.index), def.department) : [];
        if (headOps.length && !readWhole(v, text.slice(withAt!.index + 4).replace(/\([^()]*\)/g, ' '), def.department).length) for (const examples of examplesListed) {
          const named = readWhole(v, examples.replace(/,/g, ' or '), def.department);
          if (!named.length || !named.every((c) => headOps.some((k) => akin(v, c, k)))) continue;
          for (const part of analyze(v, examples, { split: false }).parts) for (const t of part.tokens) withOnly.delete(t.word);
        }
        /** The concepts of the wordings whose words all pass `inside`. */
        const conceptsOf = (inside: (h: Hit) => boolean) => new Set(reading!.hits.filter(inside).flatMap((h) => h.targets.map((t) => t.concept)).filter((c) => c >= 0));
        /** The line's words after a marker, up to the next clause. */
        const wordsAfter = (at: RegExpExecArray | null, end: RegExp) => new Set(at ? fold(text.slice(at.index + at[0].length).split(end)[0]).split(/[^a-z0-9]+/).filter(Boolean) : []);
        // (Or a wording that borrows a word before "with" for an operation the words after it name alone:
        // "Radical trachelectomy with pelvic lymphadenectomy" has its lymphadenectomy in "radical … pelvic
        // lymphadenectomy", still what comes with the trachelectomy.)
        const namedAfter = (c: number) => [...withOnly].some((t) => (v.byToken.get(t) ?? []).some((ph) => ph.tokens.every((x) => withOnly.has(x)) && ph.targets.some((x) => x.concept === c)));
        // (Not one whose words before "with" name an operation: "Total abdominal colectomy with ileostomy
        // or ileorectal anastomosis" is a colectomy.)
        // (Nor one whose wording takes the word right before "with": "Cataract extraction with intraocular lens
        // implantation, …" is a cataract extraction, not something done with one — the line had asked the
        // femtosecond laser it includes of every phaco.)
        const beforeWith = /([a-z]+)\s+with\b/.exec(fold(text))?.[1];
        const headWord = beforeWith === undefined ? [] : [beforeWith, ...normalizeWord(v, beforeWith)];
        // (Only where what it takes after "with" is a place or a device put in: "Breast reconstruction with
        // pedicled flap" is still the pedicled kind.)
        const takesHead = (h: Hit) => h.tokens.some((t) => !withOnly.has(t) && headWord.includes(t)) && h.tokens.filter((t) => withOnly.has(t)).every((t) => PUTTING.has(t) || (!v.descriptors.has(t) && !v.procedureWords.has(t) && !v.procedureSuffix.test(t)));
        const after = conceptsOf((h) => h.tokens.every((t) => withOnly.has(t)) || (h.tokens.some((t) => withOnly.has(t)) && !takesHead(h) && !h.tokens.some((t) => !withOnly.has(t) && v.procedureSuffix.test(t))
          && h.targets.every((x) => x.concept >= 0 && namedAfter(x.concept))));
        // "Tonsillectomy, with or without adenoidectomy": what may come along is covered along with the
        // line's operation, not alone (an adenoidectomy alone; "Direct laryngoscopy, with or without
        // biopsy or excision of lesion" is no skin lesion excision).
        const optionalAt = OPTIONAL_CLAUSE_I.exec(text);
        // ("…, including adrenalectomy when indicated" is such a step too: see WHEN_CALLED_FOR.)
        const whenAt = new RegExp(WHEN_CALLED_FOR.source, 'i').exec(text);
        const whenWords = new Set(whenAt ? fold(whenAt[1]).split(/[^a-z0-9]+/).filter(Boolean).flatMap((w) => [w, ...normalizeWord(v, w)]) : []);
        const alongWords = new Set([...wordsAfter(optionalAt, /[;(]|\bincluding\b/), ...whenWords]);
        const optionalWords = new Set(reading!.part.tokens.filter((t) => t.optional).map((t) => t.word));
        const along = conceptsOf((h) => h.tokens.every((t) => optionalWords.has(t)) && h.tokens.some((t) => alongWords.has(t)));
        const includingAt = /\bincluding\b/i.exec(text);
        const includingWords = new Set([...wordsAfter(includingAt, /[;(]|\bwith or without\b|\bexcluding\b/)].flatMap((w) => [w, ...normalizeWord(v, w)]).filter((w) => !whenWords.has(w)));
        const included = conceptsOf((h) => h.tokens.every((t) => includingWords.has(t)));
        // An operation a line includes that is no kind of its operation, but has exactly one kind that
        // is, is that kind: "Endoleak treatment, including transarterial or translumbar embolization"
        // privileges the endoleak's embolization, not a prostate artery or portal vein one.
        const lineHeads = found.filter((k) => !included.has(k));
        // "Anorectal procedures, including …", "Scrotal and testicular surgery, including …": a line whose
        // words before "including" name only a place and a category lists its operations after it.
        const headWords = includingAt ? fold(text.slice(0, includingAt.index)).split(/[^a-z0-9]+/).filter(Boolean) : [];
        // (A way in may head it too: "Laparoscopic adnexal surgery, including salpingo-oophorectomy, …";
        // or a place's management: "Advanced airway management including awake fiberoptic … intubation".)
        const categoryHead = !!includingAt && headWords.every((w) => v.anatomy.has(w) || v.stopwords.has(w) || /^(?:and|or|of|the|surgery|surgeries|procedures?|operations?|laparoscopic|open|robotic|endoscopic|arthroscopic|hysteroscopic|thoracoscopic|management|advanced|basic)$/.test(w));
        // (Nor is a word of such a head a limit of what it lists: "Advanced laparoscopic surgery, including
        // laparoscopic colectomy, …" privileges a LAP SIGMOID COLECTOMY that does not say "advanced".)
        // (Nor is a head before a colon that names no operation: "Invasive monitoring: arterial line, …",
        // "Invasive hemodynamic monitoring: arterial catheter, …".)
        // (Only a monitoring head: "Minimally invasive:", "Revision:", "Trauma care:", "Acute stroke management:" limit what they head.)
        const colonHead = includingAt ? undefined : /^\s*((?:(?:invasive|hemodynamic|intraoperative|physiologic)\s+)*monitoring)\s*:/i.exec(text)?.[1];
        const limitHead = includingAt ? headWords : colonHead ? fold(colonHead).split(/[^a-z0-9]+/).filter(Boolean) : [];
        // (A monitoring line's catheters are monitoring ones: no dialysis catheter or PICC, kinds of a central line though they are.)
        const monitorOnly = !!colonHead || MONITORING_FOR.test(text);
        let headLimitsDropped = false;
        if (limitHead.length && !reading!.hits.some((h) => h.tokens.every((t) => limitHead.includes(t)))) {
          const kept = reading!.required.filter((w) => !limitHead.includes(w) || isBodySide(w));
          headLimitsDropped = kept.length < reading!.required.length && !kept.some((w) => !isBodySide(w));
          reading = { ...reading!, required: kept };
        }
        found = [...new Set(found.map((c) => {
          // (An operation a line includes that its own operation is a kind of is that operation done so: "Repair of
          // distal hypospadias, including … tubularized incised plate urethroplasty" privileges no proximal one.
          // A scope stays what it is: "Hysteroscopic polypectomy, including diagnostic hysteroscopy" privileges the look.)
          // (Only one named by a wording of a kind, as the TIP urethroplasty is: a line that names the broader
          // operation itself includes it whole — "Whipple procedure, including pancreatectomy", "…, including other
          // knee ligament reconstruction".)
          const namedItself = includingWords.has('other') || [...v.concepts[c].nameWords].every((w) => v.stopwords.has(w) || includingWords.has(w));
          const kindOfIt = included.has(c) && !SCOPE.test(v.concepts[c].name) && !namedItself ? lineHeads.filter((k) => v.concepts[k].ancestors.includes(c)) : [];
          if (kindOfIt.length === 1) return kindOfIt[0];
          if (!included.has(c) || !lineHeads.length || lineHeads.some((k) => akin(v, c, k))) return c;
          const ofHead = kindsOfConcept(v, c).filter((d) => lineHeads.some((k) => v.concepts[d].ancestors.includes(k)));
          if (ofHead.length !== 1) return c;
          included.add(ofHead[0]);
          return ofHead[0];
        }))];
        const withList = !!withAt && /,|\bor\b|\band\b|\//i.test(text.slice(withAt.index + 4).split(/[;(]|\bincluding\b/)[0]);
        const includes = (head: number, w: number) => [head, ...v.concepts[head].ancestors].some((x) => v.concepts[w].addonOf.includes(x));
        const dashWords = wordsAfter(/\s[—–]\s|\s--\s/.exec(text), /[;(]/);
        const dashed = dashWords.size ? conceptsOf((h) => h.tokens.every((t) => dashWords.has(t))) : new Set<number>();
        // "Blepharoptosis repair, frontalis sling": one kind alone after a comma says which the line is.
        const commaAt = /,/.exec(text);
        const commaText = commaAt ? text.slice(commaAt.index + 1).split(/[;(]|\bincluding\b|\bwith\b|\bexcluding\b/i)[0] : '';
        const commaWords = commaAt && !/\bor\b|\band\b|\/|,/i.test(commaText) ? wordsAfter(commaAt, /[;(]|\bincluding\b|\bwith\b|\bexcluding\b/i) : new Set<string>();
        const commaKinds = commaWords.size ? conceptsOf((h) => h.tokens.every((t) => commaWords.has(t))) : new Set<number>();
        // (A kind named without an action of its own: "…: palmar fasciectomy, needle aponeurotomy" lists two operations.)
        const commaKind = commaKinds.size === 1 && ![...commaWords].some((w) => v.procedureWords.has(w) || v.procedureSuffix.test(w)) ? commaKinds : new Set<number>();
        const lists = wordLists(text).map((l) => l.items);
        // "Tibial shaft fracture, intramedullary nailing or plate fixation": a head naming an injury
        // and where it is places every operation after it that has no place of its own (the plate
        // fixation, read as any ORIF, is the tibia's; a Jones fracture's ORIF is no operation of the line).
        // (So does one before parentheses: "Femur fracture (intramedullary nailing, plating)" is no clavicle's ORIF.)
        const injuryHead = /^([^,;(]+)[,(]/.exec(text)?.[1];
        const injuryWords = injuryHead && INJURY_HEAD.test(injuryHead) ? fold(injuryHead).split(/[^a-z0-9]+/).filter(Boolean) : [];
        // (A head that names an operation itself is no injury's: "Flexible intramedullary nailing of long bone fracture, pediatric".)
        const headPlaces = injuryWords.length && !conceptsOf((h) => h.tokens.every((t) => injuryWords.includes(t))).size
          ? injuryPlaces(v, injuryWords.flatMap((w) => [w, ...normalizeWord(v, w)])) : [];
        // The kinds the line names, in its words as written before any "excluding …" (the reading drops some, "surgical" among them).
        // ("non-rotational" is one word, as the reader makes it: no rotational kind.)
        // ("…, thermal or cryoablation": a word that says several kinds names each of them.)
        // ("Peripheral veno-arterial ECMO": a hyphenated kind word is the word too.)
        // ("single injection" is one kind word, as the reader makes it.)
        const lineWords = fold(`${beforeExclusion(text)} ${wayIn}`).replace(/\bnon-\s*/g, 'non').replace(/\bsingle[\s-]+(?:injection|shot)\b/g, 'singleshot').replace(HYPHENED, '$1-$2 $1$2').split(/[^a-z0-9]+/);
        // (A word a kind's words say, "extracapsular" for a phaco, names that kind unless a kind of the
        // same family stands beside it: "Manual extracapsular cataract extraction" is no phaco line;
        // "…, thermal or cryoablation" is both.)
        const beside = (i: number) => [lineWords[i - 1], lineWords[i + 1]].flatMap((x) => (x && v.kindOf.has(x) ? [familyOf(v.kindOf.get(x)!)] : []));
        // (Only where most words saying it are kinds of that family, or its scope words: "tumor", which a lipoma,
        // a meningioma and a neoplasm say, is no malignant lesion and no high-grade glioma; "extracapsular",
        // which a phaco, an ECCE and a cataract say, is either kind; "thermal" the radiofrequency, laser and microwave kinds.)
        const ofFamily = (w: string, k: string) => { const by = sayersOf(v).get(w) ?? []; return 2 * by.filter((x) => (v.kindsOfWord.get(x) ?? []).some((o) => sameFamily(o, k)) || !!v.kindScopes.get(familyOf(k))?.has(x)).length >= by.length; };
        const kinds = [...new Set([...kindsOf(v, lineWords), ...lineWords.flatMap((w, i) => (v.kindOf.has(w) ? [] : kindsOf(v, (sayersOf(v).get(w) ?? []).filter((k) => v.kindOf.has(k)))
          .filter((k) => !beside(i).includes(familyOf(k)) && ofFamily(w, k))))])];
        // (Kinds named only as included, "…, including leadless pacemaker", leave the default kind covered.)
        // (Not a family the line's own words name a kind of: "Ab interno trabeculotomy, including GATT" is no ab externo one.)
        const clauses = beforeExclusion(text).split(/\bincluding\b|\bwith or without\b|\bas well as\b/i);
        const kindWords = (x: string) => fold(x).replace(HYPHENED, '$1-$2 $1$2').split(/[^a-z0-9]+/);
        const ownFamilies = new Set(kindsOf(v, kindWords(clauses[0])).map(familyOf));
        const openFamilies = [...new Set(kindsOf(v, kindWords(clauses.slice(1).join(' '))).map(familyOf))].filter((f) => !ownFamilies.has(f));
        const parenOnly = parenOnlyWords(reading!.part);
        /** An operation the line names after "including" (or "with or without"), by a word said only there. */
        const clauseWords = (x: string) => new Set(kindWords(x).flatMap((w) => [w, ...normalizeWord(v, w)]));
        const laterWords = clauses.length > 1 ? clauseWords(clauses.slice(1).join(' ')) : undefined;
        const firstWords = laterWords && clauseWords(clauses[0]);
        const onlyIncluded = (c: number) => !!laterWords && reading!.hits.filter((h) => h.targets.some((t) => t.concept === c)).every((h) => h.tokens.some((w) => laterWords.has(w) && !firstWords!.has(w)));
        // "Total vaginal hysterectomy": a word of a pair its operation's own wording says, where neither it
        // nor any kind of it is ever the other ("partial"), tells nothing apart — no limit a VH must say.
        // (Only how much of it: a describing word, "complex", is a case's and decides between lines.)
        const onlyKind = (w: string, c: number) => (w === 'total' || w === 'partial') && reading!.hits.some((h) => h.tokens.includes(w) && h.targets.some((t) => t.concept === c))
          && [c, ...kindsOfConcept(v, c)].every((k) => !partnersOf(w).some((x) => v.concepts[k].words.has(x)));
        // "…, transfemoral and alternative access": every way in the family names, beside the kinds the line says.
        // (Not where it names which: "… alternative access (subclavian/axillary, transcarotid), excluding transapical".)
        // (Only listed beside transfemoral as the line's own: "transfemoral (no alternative access)",
        // "…; alternative access: see separate privilege" are transfemoral only.)
        // (Nor one that takes a way in out, or grants the others later: "… (excluding transapical)", "… pending", "(TF only until 10 cases)".)
        const transfemoral = v.kindOf.get('transfemoral');
        const accessFamily = transfemoral !== undefined ? familyOf(transfemoral) : undefined;
        const everyAccess = accessFamily !== undefined
          && /\b(?:trans)?femoral\s*(?:,|\/|\band\/or\b|\band\b|\bor\b)\s*(?:alternative[\s-]+access|non-?femoral)\b(?!\s*(?:tavr\s+)?(?:by|requires?|require|see|is|are|not|excluded|under|per)\b)/i.test(text)
          && !/\b(?:excluding|except|other than|not|no|pending|requested|until|only|declined)\b/i.test(text)
          && kinds.every((k) => familyOf(k) !== accessFamily || k === transfemoral)
          ? [...new Set(v.kindOf.values())].filter((k) => familyOf(k) === accessFamily && !kinds.includes(k)) : [];
        // Each wording keeps its own sites: a synonym "arthroplasty PIP joint" covers arthroplasty at the PIP joint only.
        for (const c of found) {
          // "Knee arthroscopy with partial meniscectomy": the broader concept, named beside a
          // narrower one in the same wording, says how the narrower one is done; the line
          // privileges the narrower one, not every kind of the broader.
          // Only a narrower one after "with": a list or parentheses of kinds ("Hemorrhoidectomy
          // (excisional/stapled)") names the broader one too.
          // So does a list after a dash: "Glaucoma surgery — trabeculectomy and aqueous shunt
          // implantation" privileges those kinds, not every glaucoma operation (a MIGS stent).
          if (found.some((k) => k !== c && (after.has(k) || dashed.has(k) || commaKind.has(k)) && v.concepts[k].ancestors.includes(c))) continue;
          // (So is one read only from a kind word and words another wording of the line takes:
          // "Catheter ablation of atrial fibrillation, radiofrequency, cryoballoon or pulsed field" reads
          // "radiofrequency … ablation" as how its AF ablation is done, not as every catheter ablation.)
          const kindOfC = (t: string) => v.kindOf.has(t) && !isBodySide(t) && scopedTo(v, v.kindOf.get(t)!, v.concepts[c].name);
          // (Not by what the line only offers: "Flexible cystoscopy, with or without biopsy" is a flexible cystoscopy, whose
          // word the biopsy's wording also takes.)
          const takenElsewhere = (h: Hit, t: string) => reading!.hits.some((o) => o !== h && o.tokens.includes(t) && !o.tokens.some((w) => optionalWords.has(w)));
          const onlyAsKind = (h: Hit) => h.tokens.length <= 2 && h.tokens.some(kindOfC) && h.tokens.every((t) => v.kindOf.has(t) || takenElsewhere(h, t));
          const hitsOf = reading!.hits.filter((h) => h.targets.some((t) => t.concept === c));
          if (hitsOf.length && hitsOf.every(onlyAsKind) && found.some((k) => k !== c && v.concepts[k].ancestors.includes(c))) continue;
          // "Hip fracture fixation (pinning, nail, plate)": a broader operation read from what parentheses
          // list, with words the line's own operation took, is how that one is done — no plate
          // fixation anywhere (it had covered a clavicle's ORIF).
          if (hitsOf.length && readAsMethod(v, reading!, parenOnly, c) && found.some((k) => k !== c && v.concepts[k].ancestors.includes(c) && reading!.hits.some((h) => h.targets.some((x) => x.concept === k) && !h.tokens.some((t) => parenOnly.has(t))))) continue;
          concepts.add(c);
          // What follows "with" is covered only together with what comes before it ("Excision of
          // skin lesion with complex closure" does not privilege a complex wound repair alone).
          const heads = found.filter((k) => !after.has(k) && !along.has(k));
          const mainHeads = heads.filter((k) => !included.has(k));
          // An add-on a line says it includes comes with the line's operation, not alone: "TLIF, …,
          // including pedicle screw instrumentation, bone graft" privileges no bone graft taken for an
          // ankle fusion.
          // (An add-on of it only: "Colectomy, …, including low anterior resection" names a kind, "Breast
          // surgery, including lumpectomy and simple mastectomy" operations of their own.)
          const addedOnly = (included.has(c) && mainHeads.length > 0 && !mainHeads.some((k) => akin(v, c, k)) && mainHeads.some((k) => includes(k, c)))
            // (So is the way in a line names for its operation: "Lobectomy, open thoracotomy, …" privileges no thoracotomy alone.)
            || (/^exploratory\b/i.test(v.concepts[c].name) && found.some((k) => k !== c && includes(k, c)))
            // (And what a scope's line includes that is no kind of it is done through the scope: "Operative
            // hysteroscopy, including … removal of retained products of conception" privileges no suction D&C alone.)
            // (Only a blind uterine evacuation, which a booking names alone when it is done without the scope; a
            // stent or a biopsy a cystoscopy or bronchoscopy line includes is done through it whether or not the booking says so.)
            || (included.has(c) && mainHeads.length > 0 && mainHeads.every((k) => SCOPE_HEAD.test(v.concepts[k].name)) && !mainHeads.some((k) => akin(v, c, k)) && BLIND_EVACUATION.test(v.concepts[c].name));
          // (Never an add-on the operation includes: "Phacoemulsification with presbyopia-correcting IOL
          // implantation (…, extended depth of focus)" asks no IOL word of a PHACO W/ VIVITY.)
          // ("…, with primary closure or local advancement flap": ways of closing, one a plain closure — the
          // operation alone is privileged, closed primarily; the flap only with it.)
          // (Or the ways listed before the word, a plain one first: "…, with primary, layered or local flap closure".)
          const closedEither = /\bwith\s+(?:primary|direct|simple|layered|linear)\s+(?:closure|repair|suture)\s*(?:,|\bor\b)|\bwith\s+(?:primary|direct|simple)\s*,[^.;()]*\bclosures?\b/i.test(text);
          let withs = addedOnly ? mainHeads.filter((k) => k !== c) : after.has(c) || along.has(c) ? heads.filter((k) => !includes(c, k)) : closedEither ? [] : [...after].filter((w) => w !== c && !includes(c, w));
          // One add-on alone after "with" says which kind of the operation the line is ("Bronchoscopy
          // with bronchoalveolar lavage" beside "Bronchoscopy with endobronchial biopsy"); a list of
          // them says what the line includes ("Colonoscopy with biopsy, polypectomy, hemostasis").
          const withAddons = after.has(c) || along.has(c) || withList ? [] : [...after].filter((w) => w !== c && includes(c, w));
          if (occasion?.with.length) withs = [...new Set([...withs, ...occasion.with])];
          // "Combined cataract and glaucoma surgery": each operation only together with the others.
          if (/^\s*combined\b/i.test(text) && heads.length > 1 && heads.includes(c)) withs = [...new Set([...withs, ...heads.filter((k) => k !== c)])];
          // Its sites: every site the line names but the concept's own ("Interlaminar epidural
          // steroid injection, cervical or thoracic" is not for lumbar).
          // A concept whose own site the line names ("Repair of inguinal, femoral and umbilical
          // hernias") is placed by it; a concept with no site of its own is limited to the line's.
          // The sites no wording of the line took in, but the concept's own (and another operation's
          // of the line: "Repair of inguinal, femoral and umbilical hernias"); and its closing list.
          const home = v.concepts[c].home;
          const all = reading!.sites.filter((x) => !reading!.closingSites.includes(x));
          // A site listed as an alternative of the concept's own ("Ablation of liver or renal tumor"
          // read as liver ablation) is another kind of the line, not a limit on this one.
          const beside = new Set(lists.filter((items) => items.some((w) => home.has(w))).flat());
          // (A site the line says twice is said for this one too: "… of deep foot abscess and debridement of foot ulcer".)
          // (Not a kind of this one: "Free flap breast reconstruction, including DIEP …" places its
          // free flaps at the breast, the DIEP flap's home.)
          // (Or the organ's own adjective: "… of hepatic tumors" is the liver's — not a part of it, a frontal
          // or a cerebellar tumor's brain.)
          const atHome = (x: string) => [...home].some((h) => sameRegion(h, x) || ORGAN_ADJECTIVE[x] === h || ORGAN_ADJECTIVE[h] === x);
          // (None where the line names the concept's own place among its places: "Excision of lesions of the
          // lip, tongue, floor of mouth and oral cavity, including partial glossectomy" had kept the
          // glossectomy to the lip and mouth.)
          const own = all.some((x) => atHome(x) && !LIMB_REGION.has(x) && !/^(?:upper|lower|extremit(?:y|ies)|limbs?)$/.test(x)) && included.has(c) ? [] : all.filter((x) => !atHome(x) && !beside.has(x) && (reading!.repeatedSites?.includes(x) || !found.some((k) => k !== c && !v.concepts[k].ancestors.includes(c) && v.concepts[k].home.has(x))));
          // A closing list that names the concept's own site among others ("Excision of ganglion cyst
          // of wrist, hand or digit", read as a wrist ganglion excision) has that site among its places.
          const closingHome = reading!.closingSites.some((x) => beside.has(x)) ? [...home].filter((h) => beside.has(h)) : [];
          // (A closing list of the concept's own place only restates it: "Sentinel lymph node biopsy, axillary".)
          // (Nor, for an operation with a place of its own, one whose every place is that or the home of
          // another operation the line read: "Total joint replacement - hip, knee, shoulder" names which
          // joint each replacement is, and limits none of them.)
          const anothersHome = (x: string) => found.some((k) => k !== c && !v.concepts[k].ancestors.includes(c) && v.concepts[k].home.has(x));
          const closing = reading!.closingSites.every(atHome) || (home.size > 0 && reading!.closingSites.every((x) => atHome(x) || anothersHome(x))) ? [] : reading!.closingSites;
          // (A site a wording of what comes "with" borrowed from before it places the line's own
          // operation too: "Open treatment of spinal fractures and dislocations with instrumentation"
          // treats spinal fractures, not every fracture.)
          const borrowed = withOnly.size && !after.has(c) && !home.size ? [...new Set(reading!.hits.filter((h) => h.tokens.some((t) => withOnly.has(t)) && h.tokens.some((t) => !withOnly.has(t)) && !h.targets.some((x) => x.concept === c)).flatMap((h) => h.tokens.filter((t) => !withOnly.has(t) && v.anatomy.has(t) && !v.descriptors.has(t))))] : [];
          const placed = [...new Set([...own, ...closing, ...closingHome, ...borrowed])];
          // A kind of the line's head that it lists is done where the head is, when neither it nor the
          // line names a place: "Knee arthroscopy, including … chondroplasty" privileges no ankle
          // chondroplasty (an operation of its own listed beside, the colostomy of an exenteration, is not placed).
          const headHome = included.has(c) && !home.size && !placed.length ? mainHeads.filter((k) => k !== c && v.concepts[c].ancestors.includes(k)).flatMap((k) => [...v.concepts[k].home]) : [];
          // So is any other operation it includes that has no place of its own, where the booking names a
          // place — how the line's operation is done there: "Tibiotalocalcaneal and pantalar arthrodesis,
          // including retrograde intramedullary nailing" privileges no nail of a tibial shaft or femur.
          // (Not an add-on of it, which comes only with it: see `addedOnly`.)
          // (Nor one the clause places itself: "…, including closed reduction of cervical spine fracture-dislocation".)
          const clausePlaced = reading!.part.tokens.some((t) => t.optional && v.anatomy.has(t.word) && !v.descriptors.has(t.word));
          // (Or one only parentheses name: "TMJ open joint surgery (arthroplasty), …" privileges no knee's.)
          const asideOnly = hitsOf.length > 0 && hitsOf.every((h) => h.tokens.every((t) => parenOnly.has(t)));
          // (The line's own operations: read from words outside the parentheses.)
          const others = mainHeads.filter((k) => k !== c && reading!.hits.some((h) => h.targets.some((x) => x.concept === k) && h.tokens.some((t) => !parenOnly.has(t))));
          const besideHome = (included.has(c) || asideOnly) && !home.size && !placed.length && !headHome.length && !clausePlaced && others.length > 0 && !others.some((k) => akin(v, c, k) || includes(k, c)) && (asideOnly || !mainHeads.includes(c))
            // (Its home — for one only parentheses name, the place its name says too, where the vocabulary
            // knows no site word for it: "temporomandibular".)
            ? [...new Set(others.flatMap((k) => [...v.concepts[k].home, ...[...v.concepts[k].nameWords].filter((w) => asideOnly && w.length >= 5 && v.known.has(w) && !v.procedureWords.has(w) && !v.procedureSuffix.test(w) && !v.descriptors.has(w) && !v.stopwords.has(w) && !v.plain.has(w) && !v.modifiers.has(w))]).filter((h) => !v.descriptors.has(h)))] : [];
          // A limb the line's own words name places an operation with no place of its own, even where
          // a wording of another of its operations took the word: "Excision of soft tissue mass of the
          // foot, subcutaneous or deep" privileges no subcutaneous mass excision on the back, and
          // "Incision and drainage of foot infection, …" no peritonsillar abscess drainage.
          // (Not a kind or add-on of another operation of the line, done where that one is: the TFCC repair a wrist arthroscopy includes.)
          // (Not an operation its own words place there: a vertebroplasty under "Vertebral compression
          // fracture, …", an MMF under "Mandible fracture, …" — a booking of it need say no place.)
          // (A joint only where its name says it, not a wording of a kind done there: an "ankle spanning" ex fix is no ankle's alone.)
          const ownPlace = [c, ...v.concepts[c].ancestors].some((k) => headPlaces.some((h) => h.length >= 5 && [...(JOINT.has(h) ? v.concepts[k].nameWords : v.concepts[k].words)].some((w) => w.includes(h.slice(0, 5)))));
          const injuryPlaced = !home.size && !placed.length && !headHome.length && !ownPlace ? headPlaces : [];
          // (A shaft's head is no cover for the bone's ends: "Tibial shaft fracture, …" is no plateau's or pilon's.)
          const shaftOnly = injuryPlaced.length > 0 && /\bshaft\b/i.test(injuryHead ?? '');
          const limbOfLine = !home.size && !placed.length && !headHome.length && !injuryPlaced.length && !included.has(c) && !after.has(c) && !along.has(c)
            && !found.some((k) => k !== c && (v.concepts[c].ancestors.includes(k) || v.concepts[c].addonOf.includes(k)))
            ? [...new Set(reading!.part.tokens.filter((t) => !t.optional && !t.paren && !t.excluded && !t.qualifier && !t.indication && !t.withClause && LIMB_REGION.has(t.word)).map((t) => t.word))]
              // (Nor a limb its own wordings name, where it is done anyway: a partial meniscectomy's knee.)
              .filter((w) => ![c, ...v.concepts[c].ancestors].some((k) => v.concepts[k].words.has(w)))
              // (Only a limb said as the place, "of the foot", "of hand infections": not the name of another
              // operation listed beside, the ankle of "…, ankle block, and continuous peripheral nerve
              // catheters", the arm of "Arm lift, thigh lift, and liposuction".)
              .filter((w) => new RegExp(`\\b(?:of|on|in)\\s+(?:the\\s+)?(?:[a-z-]+\\s+){0,3}${w}s?\\b`, 'i').test(text))
            : [];
          // (So is one the line names right after its operation, as procedure masters write it: the loose
          // body removal "Arthroscopy, wrist, diagnostic or surgical, including … removal of loose body" includes is the wrist's.)
          const lead = /^\s*[a-z-]+\s*,\s*([a-z]+)\s*[,;]/i.exec(text)?.[1]?.toLowerCase();
          const leadPlaced = included.has(c) && !home.size && !placed.length && !headHome.length && !injuryPlaced.length && lead && LIMB_REGION.has(lead) ? [lead] : [];
          const sites = [...new Set([...placed, ...headHome, ...injuryPlaced, ...limbOfLine, ...leadPlaced])];
          // The places of the line's other operations, where every one is on a limb, are this one's when
          // the booking names a limb: "Rotator cuff repair, to include tendon transfer" privileges no
          // tendon transfer of the foot, "Knee arthroscopy with meniscectomy, chondroplasty, …" no ankle chondroplasty.
          // (Only an operation the line includes with them, or one whose wording takes their place's word,
          // the tibial tendon of "… tibial tendon repair, debridement or transfer": not one listed beside them as a peer, the catheters of "Peripheral nerve blocks, ankle block, and continuous … catheters".)
          const tokensOf = (k: number) => new Set(reading!.hits.filter((h) => h.targets.some((x) => x.concept === k)).flatMap((h) => h.tokens));
          const mine = tokensOf(c);
          const withThem = (k: number) => included.has(c) || after.has(c) || along.has(c) || [...tokensOf(k)].some((t) => mine.has(t) && v.concepts[k].home.has(t));
          const homed = sites.length || home.size ? [] : found.filter((k) => k !== c && v.concepts[k].home.size && !v.concepts[k].ancestors.includes(c));
          const limbPlaces = homed.map((k) => [...v.concepts[k].home].flatMap((h) => placesOnLimb(v, h)));
          const besideLimbs = homed.length && limbPlaces.every((ps) => ps.length) && homed.some(withThem) ? [...new Set(limbPlaces.flat())] : [];
          // Specific because of its limits alone: no longer once the limits are relaxed.
          // (The line's "diagnostic", not another operation's name: "Diagnostic arteriography and
          // transcatheter arterial embolization for hemorrhage, …" is no diagnostic embolization.)
          const diagnostic = reading!.part.tokens.some((t) => t.word === 'diagnostic') && !reading!.hits.some((h) => h.tokens.includes('diagnostic') && h.targets.every((x) => x.concept !== c));
          const byLimits = reading!.specific && !diagnostic && !reading!.part.tokens.some((t) => t.withClause);
          // The kind a "with …" names covers its own kinds: "Minimally invasive glaucoma surgery with
          // trabecular bypass stent" a Hydrus microstent (the line is still no other kind of glaucoma surgery).
          const namedKind = after.has(c) && found.some((k) => k !== c && v.concepts[c].ancestors.includes(k)) && !reading!.required.some((w) => !isBodySide(w)) && !diagnostic;
          // "Cytoreductive surgery for ovarian carcinoma, including bowel resection": the bowel resection is for ovarian carcinoma too.
          // "Left hemicolectomy or sigmoid colectomy": a side written before another operation's words is that one's limit.
          const sideOfAnother = (w: string, k: number) => {
            if (w !== 'left' && w !== 'right') return false;
            const next = new RegExp(`\\b${w}\\s+([a-z]+)`).exec(fold(reading!.part.text))?.[1];
            if (!next) return false;
            const has = (h: Hit) => h.tokens.includes(next) || normalizeWord(v, next).some((x) => h.tokens.includes(x));
            return !reading!.hits.some((h) => has(h) && h.targets.some((x) => x.concept === k)) && reading!.hits.some(has);
          };
          const forClause = reading!.impliedQualifier && !reading!.impliedQualifier.some((w) => nameSays(v, c, w)) ? reading!.impliedQualifier : [];
          // "EUS-guided therapeutic intervention (celiac plexus block or neurolysis, …)": an example the
          // parentheses list is therapeutic by being listed; the heading's words are asked only of the
          // operation the line heads with ("EUS", "ERCP"), so a diagnostic one stays out.
          // (So is one the parentheses list after "minor" or "major": what the heading means by it.)
          const headingExample = (k: number) => (GENERIC_HEAD.test(text) || reading!.required.some((w) => EXTENT_HEAD.has(w))) && reading!.hits.filter((h) => h.targets.some((x) => x.concept === k)).every((h) => h.tokens.some((t) => reading!.part.tokens.some((x) => x.word === t && x.paren)));
          if (reading!.excluding.includes(PREGNANCY_MARK)) this.asksPregnancy = true;
          // (Only kinds of families scoped to this operation: "lateral" in a lumbar puncture line is no myelography's.)
          // (A family the line names kinds of only as included is not limited by them: "Creation of autogenous
          // arteriovenous fistula, including transposition" is every fistula, a radiocephalic one too.)
          // (Not a kind its own name gainsays: "Breast biopsy, excisional, including needle and stereotactic
          // biopsy" grants the core needle biopsy it includes, which is no excisional one.)
          const ownKinds = onlyIncluded(c) ? kindsOf(v, v.concepts[c].nameWords) : [];
          // (Nor a kind said only by words another operation of the line takes as its own: "Correction of hallux
          // valgus and first metatarsophalangeal joint arthrodesis" is every bunion correction, its
          // "arthrodesis" the joint's fusion — no Lapidus kind.)
          const othersTake = (k: string) => {
            // (Only an operation's own word: "living" in "…, including donor nephrectomy" still says the living-donor kind.)
            const sayers = lineWords.filter((w) => w && kindsOf(v, [w]).includes(k));
            if (!sayers.every((w) => v.procedureWords.has(w) || v.procedureSuffix.test(w))) return false;
            const takes = (h: Hit, w: string) => [w, ...normalizeWord(v, w)].some((x) => h.tokens.includes(x));
            return sayers.length > 0 && sayers.every((w) => !reading!.hits.some((h) => takes(h, w) && h.targets.some((t) => t.concept === c))
              && reading!.hits.some((h) => takes(h, w) && h.targets.every((t) => t.concept >= 0 && t.concept !== c && !scopedTo(v, k, v.concepts[t.concept].name)
                && !v.concepts[t.concept].ancestors.includes(c) && !v.concepts[c].ancestors.includes(t.concept))));
          };
          const lineKinds = [...kinds, ...everyAccess].filter((k) => scopedTo(v, k, v.concepts[c].name) && !ownKinds.some((o) => sameFamily(o, k) && !kinds.includes(o)) && !(openFamilies.includes(familyOf(k)) && !v.defaultKinds.has(k) && ![...v.defaultKinds].some((d) => sameFamily(d, k))) && !othersTake(k));
          const lineWith = reading!.part.tokens.filter((t) => t.withClause && !t.optional && !t.excluded).map((t) => t.word);
          const eitherKind = eitherKindOf(v, c, lineKinds, concepts, text);
          coverage.push({
            ...(lineKinds.length ? { kinds: lineKinds, ...(openFamilies.length ? { openFamilies } : {}) } : {}),
            concept: eitherKind ?? c, sites, ...(besideLimbs.length ? { besideLimbs } : {}), ...(besideHome.length ? { besideHome } : {}), ...(sites.length && categoryHead ? { categorySites: true } : {}), required: [...reading!.required.filter((w) => !sideOfAnother(w, c) && !((GENERIC_HEAD_WORDS.has(w) || EXTENT_HEAD.has(w)) && headingExample(c)) && !onlyKind(w, c)), ...forClause], firm: [...reading!.firm, ...forClause], ...(reading!.excluding.length || monitorOnly || shaftOnly ? { excluding: [...reading!.excluding, ...(monitorOnly ? NOT_MONITORING : []), ...(shaftOnly ? NOT_SHAFT : [])] } : {}), ...(withs.length ? { with: withs } : {}), ...(withAddons.length ? { withAddons } : {}),
            ...(reading!.specific && !namedKind && !(byLimits && headLimitsDropped) && eitherKind === undefined ? { exact: true } : {}), ...(byLimits && !headLimitsDropped && eitherKind === undefined ? { exactFromLimits: true } : {}),
            ...(lineWith.length ? { withWords: lineWith } : {}),
            ...(onlyIncluded(c) ? { includedOnly: true } : {}),
          });
        }
        // The route a wording of the line implies is the line's too: "Total abdominal hysterectomy"
        // is open, so it does not privilege a laparoscopic or robotic one; "Hysterectomy (abdominal,
        // vaginal, laparoscopic)" names open and laparoscopic, so either.
        if (n === 0) {
          const entry = this.procedures[id];
          for (const h of reading!.hits) {
            for (const t of h.targets) {
              if (!concepts.has(t.concept)) continue;
              // Only a route that tells the concept's kinds apart (hysterectomy is open, laparoscopic or
              // vaginal); one every wording of it shares ("Arthroscopic meniscectomy") says nothing.
              // (Or its kinds: "Laparoscopic hysterectomy" is no vaginal one.)
              // (Nor a kind that always takes one route where its broader operation takes any: a
              // "Postpartum tubal sterilization" line is the open one, no laparoscopic interval tubal.)
              const own = v.concepts[t.concept].implies.filter((a) => ROUTES.has(a));
              const ownRoute = own.length > 0 && v.concepts[t.concept].ancestors.some((k) => routesOfKinds(v, k).size >= 2 || !v.concepts[k].implies.some((a) => ROUTES.has(a)));
              if (routesOfKinds(v, t.concept).size < 2 && !ownRoute) continue;
              if (ownRoute) for (const a of own) if (!entry.routes.includes(a)) entry.routes.push(a);
              // (Not a route a form merely says in a word of its own, "laparoscopic partial nephrectomy":
              // "Nephrectomy, radical, partial or simple, open" is open only.)
              for (const a of t.approaches) if (ROUTES.has(a) && !(t.spoken ?? []).includes(a) && !entry.routes.includes(a)) entry.routes.push(a);
            }
          }
          // The route of the scope a line is ("Diagnostic and operative laparoscopy, including …
          // oophorectomy": its first wording) is that of what it includes that no route of its own
          // is implied for: an open oophorectomy is none of them.
          // (So is an open way in the line is named for: "Exploratory laparotomy, including bowel resection, …"
          // privileges no laparoscopic small bowel resection.)
          // (Only where the line names no other way in: "Laparotomy and laparoscopy, including appendectomy",
          // "Exploratory laparotomy, including laparoscopic cholecystectomy" say which.)
          const opening = (c: number) => OPENING.test(v.concepts[c].name) && !/\b(?:laparoscop|thoracoscop|endoscop|robot|percutaneous|minimally|vats\b|video)/i.test(text) && !/[;.]\s*\S/.test(text);
          const scope = reading!.hits[0]?.targets.map((t) => t.concept).filter((c) => c >= 0 && concepts.has(c) && (SCOPE.test(v.concepts[c].name) || opening(c))) ?? [];
          for (const a of scope.flatMap((c) => v.concepts[c].implies)) {
            if (ROUTES.has(a) && !entry.routes.includes(a) && [...concepts].some((c) => !scope.includes(c) && !v.concepts[c].implies.some((x) => ROUTES.has(x)))) entry.routes.push(a);
          }
          // Each operation's own routes, where the line lists operations that imply different ones
          // and says no route of its own: "Hysterectomy (TAH, TVH, LAVH)" privileges an open total
          // hysterectomy and a laparoscopic-assisted vaginal one, no total laparoscopic one.
          if (entry.routes.length > 1) {
            const byConcept = new Map<number, Set<string>>();
            // (An operation some item names with no route, the TVH, keeps the line's.)
            const unrouted = new Set<number>();
            let whole = true;
            const attributed = new Set<string>();
            for (const item of text.split(/[,;/()]|\bor\b|\band\b/i).map((x) => x.trim()).filter(Boolean)) {
              const ia = analyze(v, item, { split: false, context: def.department });
              const ir = ia.parts.length ? readPart(v, mergeParts(ia.parts), 'catalog') : undefined;
              const named = [...concepts].filter((c) => ir?.hits.some((h) => h.targets.some((t) => t.concept === c)));
              const itemRoutes = ia.parts.flatMap((x) => x.approaches).filter((r) => ROUTES.has(r));
              if (itemRoutes.length && named.length !== 1) whole = false;
              for (const r of named.length ? itemRoutes : []) attributed.add(r);
              for (const c of named) {
                if (!itemRoutes.length) unrouted.add(c);
                const set = byConcept.get(c) ?? new Set<string>();
                for (const r of itemRoutes) set.add(r);
                byConcept.set(c, set);
              }
            }
            for (const c of unrouted) byConcept.delete(c);
            if (whole && [...concepts].every((c) => byConcept.has(c) || unrouted.has(c)) && [...byConcept.values()].some((r) => r.size < entry.routes.length)
              && entry.routes.every((r) => attributed.has(r))) {
              entry.routesByConcept = new Map([...byConcept].map(([c, r]) => [c, [...r]]));
            }
          }
        }
        if (n === 0) for (const cov of coverage) for (const s of cov.sites) sites.add(s);
        if (n === 0) for (const w of reading!.required) required.add(w);
        if (n > 0 && out.via === 'name' && !concepts.size) out.via = 'synonyms';
      } else {
        // The facility's own wording: matched as its words, for this line only.
        if (n === 0) out.unknownWords = reading ? [...new Set([...reading.unknown, ...(found.length ? [] : reading.part.tokens.map((t) => t.word))])] : [];
        if (reading?.part.tokens.length) this.addLocal(reading.part, id);
      }
    });
    if (!concepts.size) {
      // Codes the vocabulary knows, when the words say nothing it can read.
      // (A code several operations share names the narrower ones, not the category they share: a
      // line read by 37243 alone is no cover for every embolization.)
      for (const code of codes) {
        const forCode = this.conceptsForCode(code);
        for (const c of forCode.filter((k) => !forCode.some((o) => o !== k && v.concepts[o].ancestors.includes(k)))) {
          concepts.add(c);
          // ("Tendon transfer and tendon grafting, hand and forearm", its words unread, is no cover
          // for a tendon transfer in the foot because its code names tendon transfer.)
          // (Only a limb's regions: finer sites a booking names in its own ways — "MPJ" for a toe
          // joint, "scleral" for the eye — limit nothing here.)
          // (Only of an operation done on either limb: a rotator cuff repair is the shoulder's whatever the line's name says.)
          coverage.push({ concept: c, sites: spansLimbs(v, c) ? [...nameSites].filter((s) => LIMB_REGION.has(s)) : [], required: [] });
        }
      }
      if (concepts.size) out.via = 'codes';
    }
    if (concepts.size && out.via === 'name' && out.unknownWords.length) out.via = 'synonyms';
    // "Fasciotomy of the lower extremity": its "lower" is a limb's, met by a site on that limb.
    const limbWords = LIMB_SIDE.test(name);
    // A line for both kinds of one operation privileges each kind done alone ("Diagnostic left and
    // right heart catheterization" covers an LHC; "Anterior and posterior colporrhaphy" an anterior
    // repair), each as itself only, not its narrower kinds.
    // (Not two operations done together: a tympanomastoidectomy's line is no mastoidectomy's, nor
    // "Alveoloplasty in conjunction with extractions" an extraction's.)
    // (Not a line for the combination as such: "Combined right and left heart catheterization".)
    for (const cov of COMBINATION_AS_SUCH.test(name) ? [] : [...coverage]) {
      for (const part of kindsCombined(v, cov.concept)) {
        // (The combination's own words are not asked of a part: "combined" is no word of an LHC.)
        const own = (w: string) => !(v.concepts[cov.concept].words.has(w) && !v.concepts[part].words.has(w));
        if (!coverage.some((o) => o.concept === part)) coverage.push({ ...cov, concept: part, required: cov.required.filter(own), firm: cov.firm?.filter(own), exact: true, exactFromLimits: false });
      }
    }
    for (const cov of coverage) {
      push(this.byConcept, cov.concept, {
        entry: id, sites: cov.sites, required: cov.required, firm: cov.firm, ...(limbWords ? { limbWords } : {}), ...(cov.excluding ? { excluding: cov.excluding } : {}), ...(cov.with ? { with: cov.with } : {}), ...(cov.withAddons ? { withAddons: cov.withAddons } : {}),
        ...(cov.exact ? { exact: true } : {}), ...(cov.exactFromLimits ? { exactFromLimits: true } : {}), ...(cov.includedOnly ? { includedOnly: true } : {}), ...(cov.kinds ? { kinds: cov.kinds } : {}), ...(cov.openFamilies ? { openFamilies: cov.openFamilies } : {}),
        ...(cov.besideLimbs ? { besideLimbs: cov.besideLimbs } : {}), ...(cov.besideHome ? { besideHome: cov.besideHome } : {}), ...(cov.categorySites ? { categorySites: true } : {}), ...(cov.withWords ? { withWords: cov.withWords } : {}),
      });
    }
    for (const c of concepts) {
      for (const a of v.concepts[c].ancestors) {
        let set = this.narrower.get(a);
        if (!set) this.narrower.set(a, (set = new Set()));
        set.add(c);
      }
    }
    out.concepts = [...concepts].map((c) => v.concepts[c].name);
    out.sites = [...sites];
    out.limits = [...required];
    if (!concepts.size) out.via = 'own words';
    else out.unknownWords = [];
    return out;
  }

  /**
   * A line's occasion (OCCASION), when it reads as operations: the line's text without it, and the
   * operations a booking must have beside the line's own (none after "including").
   */
  private occasionOf(text: string): { text: string; with: number[] } | undefined {
    const at = OCCASION.exec(text);
    if (!at) return undefined;
    const v = this.vocabulary;
    const conceptsOf = (t: string) => {
      const parts = analyze(v, t, { split: false }).parts;
      const reading = parts.length ? readPart(v, mergeParts(parts), 'catalog') : undefined;
      return new Set(reading && !reading.unknown.length ? reading.hits.flatMap((h) => h.targets.map((x) => x.concept)).filter((c) => c >= 0) : []);
    };
    const rest = `${text.slice(0, at.index)}${text.slice(at.index + at[0].length)}`.replace(/\s*,\s*(?=,|$)/g, '').trim();
    // The operations the occasion names: what the line reads as with it and not without it
    // ("bariatric procedure" reads as one only beside the line's words), else its own words'.
    const own = conceptsOf(rest);
    let concepts = [...conceptsOf(text)].filter((c) => !own.has(c));
    if (!concepts.length) concepts = [...conceptsOf(at[2])].filter((c) => !own.has(c));
    // "Alveoloplasty in conjunction with extractions" is one operation the vocabulary names so: a kind of the line's own.
    if (!own.size || !concepts.length || concepts.some((c) => [...own].some((o) => v.concepts[c].ancestors.includes(o)))) return undefined;
    // ("Combined with" is no occasion where the two read together as one operation: "Septoplasty
    // combined with rhinoplasty" privileges the septorhinoplasty.)
    // (And only for a category of operations listed, "Minimally invasive glaucoma surgery combined with
    // cataract extraction (trabecular micro-bypass stent, goniotomy)": "Phacoemulsification combined with
    // trabeculectomy" and "Tonsillectomy combined with adenoidectomy" privilege both.)
    if (/\bcombined\s+with\b/i.test(at[0])) { const alone = conceptsOf(at[2]); if (own.size < 2 || concepts.some((c) => !alone.has(c))) return undefined; }
    return { text: rest, with: at[1] ? [] : concepts };
  }

  /**
   * "Comprehensive electrophysiologic study", "Elective electrical cardioversion": a describing
   * word in a line's name limits the line only where the catalog has another line for the same
   * operation without it ("Complex cataract extraction" beside "Cataract extraction"). Words of
   * extent and position (total, partial, upper, lower, anterior…) and "for …" limits always hold.
   */
  /**
   * A line naming one add-on alone after "with": "EGD with control of bleeding" beside "EGD with or
   * without biopsy" is that kind of EGD (it needs the add-on booked); as the catalog's only line for
   * the operation by its route, it is the operation's privilege. Either way it takes no other add-on.
   */
  private settleWithAddons(): void {
    for (const covs of this.byConcept.values()) {
      for (const cov of covs) {
        if (!cov.withAddons) continue;
        const own = this.oneAddon.get(cov.entry) ?? new Set<number>();
        for (const w of cov.withAddons) own.add(w);
        this.oneAddon.set(cov.entry, own);
        const routes = this.procedures[cov.entry].routes;
        const beside = covs.some((o) => o.entry !== cov.entry && (!routes.length || !this.procedures[o.entry].routes.length || this.procedures[o.entry].routes.some((r) => routes.includes(r))));
        if (beside) cov.with = [...new Set([...(cov.with ?? []), ...cov.withAddons])];
        delete cov.withAddons;
      }
    }
  }

  private relaxLimits(): void {
    const v = this.vocabulary;
    for (const [concept, covs] of this.byConcept) {
      // Only the one line the catalog has for the operation, its kinds and what it is a kind of:
      // nothing to tell it apart from.
      const family = new Set(covs.map((c) => c.entry));
      for (const [other, oc] of this.byConcept) {
        if (other === concept || !(v.concepts[other].ancestors.includes(concept) || v.concepts[concept].ancestors.includes(other))) continue;
        for (const c of oc) family.add(c.entry);
      }
      if (family.size !== 1) continue;
      for (const cov of covs) {
        if (!cov.required.length) continue;
        // Plain words only ("comprehensive", "electrical", "measurement"): a word of technique,
        // kind or site ("intramedullary", "transcervical", "erupted") still limits.
        // ("Tracheostomy care", "Central line care": looking after what another put in, never putting it
        // in — but "Fracture care" is the fracture's treatment.)
        // (Only a line that is that alone, "Tracheostomy care": "Emergency care: tube thoracostomy, …" and
        // "Cataract surgery and postoperative care" name their operations.)
        const careOnly = /^\s*(?:[a-z-]+\s+){1,3}(?:care|maintenance)\s*$/i.test(readOf(this.procedures[cov.entry])) && !/\bfracture\s+care\b/i.test(readOf(this.procedures[cov.entry]));
        const soft = cov.required.filter((w) => v.plain.has(w) && !cov.firm?.includes(w) && !FIRM_WORDS.has(w) && ((w !== 'care' && w !== 'maintenance') || !careOnly));
        if (!soft.length) continue;
        cov.required = cov.required.filter((w) => !soft.includes(w));
        if (!cov.required.length && cov.exactFromLimits) delete cov.exact;
      }
    }
  }

  /** Of a "for …" clause's words, the ones that tell it apart: those fewest wordings use. */
  private keyWords(firm: string[] | undefined, line?: string): string[] {
    if (!firm?.length) return [];
    const v = this.vocabulary;
    // "… for abscess or fluid collection": each alternative its own telling words, any of them met.
    const clause = line ? /\bfor\s+([^;(]*)/i.exec(line)?.[1] : undefined;
    if (clause && /\bor\b/i.test(clause)) {
      const groups = clause.split(/\bor\b|,|\//i).map((x) => new Set(fold(x).split(/[^a-z0-9]+/).filter(Boolean).flatMap((w) => [w, ...normalizeWord(v, w)])))
        // (A word as the reader corrected it, "miscarriages" for "miscarriage", is still its alternative's.)
        .map((words) => firm.filter((w) => words.has(w) || [...words].some((x) => x.length >= 5 && Math.abs(x.length - w.length) <= 2 && (w.startsWith(x) || x.startsWith(w))))).filter((g) => g.length);
      if (groups.length > 1 && groups.flat().length === firm.length) return [...new Set(groups.flatMap((g) => this.keyWords(g)))];
    }
    // Its sites, and its rarest other words: "for breast cancer" is not met by "vulvar cancer".
    const sites = firm.filter((w) => v.anatomy.has(w) && !v.descriptors.has(w));
    // (Not a word every diagnosis has: "for major depressive disorder" is not met by an obsessive-compulsive one.)
    const named = firm.filter((w) => !sites.includes(w));
    const rest = named.some((w) => !GENERIC_CLAUSE.has(w)) ? named.filter((w) => !GENERIC_CLAUSE.has(w)) : named;
    const used = (w: string) => v.byToken.get(w)?.length ?? 0;
    const fewest = Math.min(...rest.map(used));
    return [...sites, ...rest.filter((w) => used(w) === fewest)];
  }

  /** The facility's own phrase for a part's words (made once per set of words). */
  private localPhrase(part: Part): Phrase | undefined {
    const tokens = [...new Set(part.tokens.map((t) => t.word).filter((w) => !w.startsWith('#')))];
    if (!tokens.length) return undefined;
    const key = [...tokens].sort().join(' ');
    let phrase = this.local.phrases.get(key);
    if (!phrase) {
      phrase = { tokens, key, targets: [] };
      this.local.phrases.set(key, phrase);
      for (const t of tokens) push(this.local.byToken, t, phrase);
    }
    return phrase;
  }

  /** A catalog line's own wording: matched as its words, for this line only. */
  private addLocal(part: Part, entry: number): void {
    const phrase = this.localPhrase(part);
    if (phrase && !phrase.targets.some((t) => t.concept === ~entry)) phrase.targets.push({ concept: ~entry, approaches: [] });
  }

  /** A facility term: its words read as a concept, as one catalog line, or as words to pass over. Returns what is wrong with it. */
  private learnTerm(t: FacilityTerm): string | undefined {
    const v = this.vocabulary;
    // The term's own words, as written: a facility's shorthand may be a word InScope reads otherwise.
    const raw = t.term.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/&/g, ' and ').replace(/['’`.]/g, '').split(/[^a-z0-9]+/).filter(Boolean);
    if (t.ignore) {
      for (const w of raw) this.local.ignored!.add(w);
      return raw.length ? undefined : 'has no words';
    }
    const a = analyze(v, t.term, { split: false });
    if (!a.parts.length) return 'has no words InScope reads';
    const part = mergeParts(a.parts);
    if (t.concept !== undefined) {
      const c = v.byId.get(t.concept);
      if (c === undefined) return `"${t.concept}" is not a concept of InScope's vocabulary`;
      // First among the phrase's readings: the facility's word for it wins.
      this.localPhrase(part)?.targets.unshift({ concept: c, approaches: a.approaches });
      return undefined;
    }
    const entries = this.procedures.filter((p) => p.privilegeId === t.privilegeId && (!t.procedure || p.procedure === t.procedure));
    if (!entries.length) return t.procedure ? `the catalog has no "${t.procedure}" in privilege ${t.privilegeId}` : `the catalog has no privilege ${t.privilegeId}`;
    if (entries.length > 1) return `privilege ${t.privilegeId} lists ${entries.length} procedures: name one with "procedure"`;
    this.addLocal(part, entries[0].id);
    return undefined;
  }

  /** Whether a coded title's comment restates the title, and the route words to read it with (see `restatement`). */
  private restatesTitle(coded: CodedTitle, said: MatchResult): string | undefined {
    const byName = this.conceptByName();
    const concepts = said.parts.map((p) => (p.concept === undefined ? undefined : byName.get(p.concept))).filter((c): c is number => c !== undefined);
    return restatement(this.vocabulary, coded, concepts, said.approaches, { routesOf: (c) => routesOf(this.vocabulary, c), sameRegion, routes: ROUTES });
  }

  /** The concepts a procedure code names in the vocabulary (CPT numbers, HCPCS, ICD-10-PCS by root). */
  conceptsForCode(code: string): number[] {
    const c = normalizeCode(code).replace(/^(CPT|PCS|HCPCS):/, '');
    const v = this.vocabulary;
    if (/^\d{4}[0-9FTU]$/.test(c)) return v.codes.get(`CPT:${c}`) ?? [];
    if (/^[A-V]\d{4}$/.test(c)) return v.codes.get(`HCPCS:${c}`) ?? [];
    if (/^[0-9A-HJ-NP-Z]{7}$/.test(c)) {
      for (let n = 7; n >= 3; n--) {
        const hit = v.codes.get(`PCS:${c.slice(0, n)}`);
        if (hit) return hit;
      }
    }
    return [];
  }

  match(text: string, code?: string): MatchResult {
    const key = code ? `${text}\u0000${code}` : text;
    const hit = this.memo.get(key);
    if (hit) return hit;
    const result = this.matchUncached(text, code);
    this.memo.set(key, result);
    return result;
  }

  private matchUncached(written: string, code?: string): MatchResult {
    const v = this.vocabulary;
    // "Procedure: LAP CHOLE; Laterality: N/A; Anesthesia: General; Dx: …" (a case request copied with its field labels).
    const text = bookingFields(written);
    // "Excision of Sigmoid Colon, Open Approach - HARTMANN": a coded PCS title the scheduler's comment
    // says more exactly. The comment is the booking where it names an operation at the title's place;
    // otherwise the whole is read as written (an unread title leaves the case unknown).
    const coded = codedTitle(text);
    if (coded) {
      // (Read by its words: a code's lines name no operation to compare.)
      const said = this.matchUncached(coded.comment);
      const way = this.restatesTitle(coded, said);
      if (way !== undefined) return way || code ? this.matchUncached(`${way}${coded.comment}`, code) : said;
    }
    const analysis = analyze(v, text);
    // "T&A, 2 YO", "L2-S1 PSF": the patient's age and the levels, where the booking states them,
    // for lines limited to some ages or some number of levels.
    const age = bookingAge(text);
    // ("TLIF X4 LEVELS", "3-LEVEL ACDF": a count said outright, the larger of it and the levels named.)
    const counted = levelsStated(text);
    const spanned = levelCount(analysis.levels);
    const said: Said = { age, levels: counted === undefined ? spanned : Math.max(counted, spanned ?? 0), segments: segmentsOf(analysis.levels), vertebrae: vertebraeOf(analysis.levels), grams: bookingWeight(text), cm: bookingSize(text), weeks: bookingWeeks(text), pca: bookingPca(text), burn: bookingBurn(text), area: bookingArea(text), volume: bookingVolume(text), kg: bookingKg(text), pregnancy: this.asksPregnancy && saysPregnancy(text),
      tools: [...new Set([...analysis.approaches, ...analysis.parts.flatMap((p) => p.approaches)])].filter((a) => !ROUTES.has(a) && a !== 'vaginal' && a !== 'robotic') };
    const readings: PartReading[] = [];
    let previous: Part | undefined;
    /** The last part done through a scope or by the robot: what a later "POSS CONVERT TO OPEN" converts. */
    let scoped: Part | undefined;
    // "R INGUINAL + UMBILICAL HERNIA REPAIR", "L ARM + R ARM LIPOMA EXCISION": an opening part that
    // names no operation (sites only) joined to the next by "+", "&" or "and" takes the next
    // part's operation as its own; failing that, it narrows the next part. (It was dropped, and
    // with it an operation: a wrong ok.) Joined by a comma or a dash ("R SHOULDER, ARTHROSCOPIC
    // RCR") it only says where, as before.
    let lead: Part | undefined;
    const joinedAfter = (a: Part, b: Part) => {
      const at = text.indexOf(a.text);
      const end = at < 0 ? -1 : text.indexOf(b.text, at + a.text.length);
      return end >= 0 && /[+&/]|\band\b/i.test(text.slice(at + a.text.length, end));
    };
    // "REPAIR, HERNIA, VENTRAL, OPEN" (a procedure master's order): a part that is only the action,
    // naming nothing alone, heads the next part.
    let head: Part | undefined;
    let opening = true;
    for (let n = 0; n < analysis.parts.length; n++) {
      let next = analysis.parts[n];
      // (The broader heading only opens the booking, as a procedure master's name does.)
      const joined: boolean = !!head && opening;
      opening = n === 0 || joined;
      if (head) {
        next = joinParts(head, next);
        head = undefined;
      }
      // (Or an operation's word that names nothing alone, and the way it is done, written after a
      // comma: "MYOTOMY, PERORAL ENDOSCOPIC (POEM)", "RESECTION, TRANSURETHRAL, BLADDER TUMOR (TURBT)".)
      // (And what such a heading joined still names nothing with: "EXCISION, RECTAL TUMOR, TRANSANAL …".)
      const heading = (t: Part['tokens'][number]) => v.defaultActions.has(t.word) || v.bareActions.has(t.word) || (opening && (joined
        || ((v.procedureWords.has(t.word) || v.procedureSuffix.test(t.word) || next.approaches.length > 0 || v.known.has(t.word)) && !v.anatomy.has(t.word))));
      if (n + 1 < analysis.parts.length && next.tokens.length && next.tokens.length <= (joined ? 4 : opening ? 3 : 2) && !next.ambiguous.size
        && next.tokens.every((t) => !t.indication && heading(t)) && !joinedAfter(next, analysis.parts[n + 1])
        && !readPart(v, next, 'booking', this.local).hits.length) {
        head = next;
        continue;
      }
      let part = next;
      if (lead) {
        const ops = next.tokens.filter((t) => !t.indication && !v.anatomy.has(t.word));
        const own = ops.length && ops.length < next.tokens.length ? joinParts(lead, next, [...lead.tokens, ...ops], joinText(lead.text, ops.map((t) => t.word).join(' '))) : undefined;
        const ownReading = own && readPart(v, own, 'booking', this.local);
        // ("R INDEX FDP + DNR", "R CUFF + ACJE": a tendon or a structure that, read with the next
        // operation, names no other operation than it is no place of that one: an operation of its own,
        // unknown where nothing reads it. Places of the body's surface go on as before: "L ARM + R ARM
        // LIPOMA EXCISION".)
        // (Only the booking's opening part: "… FDP/FDS ZONE II + DNR" has its FDS from the tendon repair before it.)
        const surface = lead !== analysis.parts[0] || lead.tokens.every((t) => SURFACE_REGION.has(t.word) || !v.anatomy.has(t.word) || v.descriptors.has(t.word));
        const narrows = (r: PartReading) => {
          const alone = new Set(readPart(v, next, 'booking', this.local).hits.flatMap((h) => h.targets.map((t) => t.concept)));
          return r.hits.some((h) => h.targets.some((t) => !alone.has(t.concept)));
        };
        if (own && ownReading && ownReading.hits.length && !ownReading.unknown.length && (surface || narrows(ownReading))) {
          readings.push(ownReading);
          previous = own;
        } else if (surface) part = joinParts(lead, next);
        else readings.push(readPart(v, lead, 'booking', this.local));
        lead = undefined;
      // (Not only the opening part: "TVH, ANT & POST REPAIR" asks for an anterior repair too.)
      } else if (n + 1 < analysis.parts.length && next.tokens.length && !next.ambiguous.size && joinedAfter(next, analysis.parts[n + 1])) {
        const alone = readPart(v, next, 'booking', this.local);
        if (!alone.hits.length && !alone.unknown.length && !alone.unrecognised.length
          && next.tokens.every((t) => t.indication || !v.modifiers.has(t.word) || v.scheduling.has(t.word))) {
          lead = next;
          continue;
        }
      }
      const routes = part.approaches.filter((a) => ROUTES.has(a));
      // ("TLH w/ BS, cysto - AUB/fibroids, POSS CONVERT TO OPEN": an open conversion is of the
      // operation done through the scope, whatever was booked after it.)
      const viaScope = (p: Part) => p.approaches.some((a) => a === 'laparoscopic' || a === 'endoscopic' || a === 'robotic');
      if (previous && viaScope(previous)) scoped = previous;
      /** A word that names no operation of its own: a scheduling word, a modifier, a describing word, an indication. */
      const namesNothing = (t: Part['tokens'][number]) => v.scheduling.has(t.word) || v.modifiers.has(t.word) || v.descriptors.has(t.word) || t.indication;
      const bare = part.tokens.every(namesNothing);
      if (routes.length === 1 && routes[0] === 'open' && bare && previous && scoped && !viaScope(previous) && CONVERSION.test(part.text)) previous = scoped;
      // ("CLOSED REDUCTION L ELBOW DISLOCATION, POSSIBLE OPEN REDUCTION": the words of the operation
      // before it, said again with another route, are that operation converted.)
      const filler = part.tokens.every((t) => namesNothing(t) || (!!previous && previous.tokens.some((p) => p.word === t.word)));
      // (Not an operation of its own, unrelated to the one before: "TVH, POSSIBLE TAH" is a vaginal
      // hysterectomy and maybe an abdominal one, not the vaginal one done open.)
      const another = () => {
        const concepts = (p: Part) => readPart(v, p, 'booking', this.local).hits.flatMap((h) => h.targets.map((t) => t.concept)).filter((c) => c >= 0);
        const before = concepts(previous!);
        return concepts(part).some((c) => !before.some((b) => akin(v, b, c)));
      };
      // "LAP CHOLE, POSS OPEN": a possible conversion needs the other approach's lines too.
      if (filler && routes.length && previous && !part.ambiguous.size && CONVERSION.test(part.text) && !another()) {
        // ("CLOSED REDUCTION, POSS OPEN": the open operation is the closed one's counterpart.)
        // (Nor the scope the part before was done through: "VATS DECORTICATION, POSS OPEN" may be an open
        // decortication, no thoracoscopy done open.)
        // (Unless the scope is the operation: "LAPAROSCOPY, DIAGNOSTIC; POSSIBLE OPEN" opens to look.)
        const tokens = routes.includes('open') ? previous.tokens.filter((t) => t.word !== 'closed' && !SCOPE.test(t.word) && !(t.abbreviated && /^(?:video|assisted)$/.test(t.word))) : previous.tokens;
        const read = (ts: Part['tokens']) => readPart(v, { ...previous!, tokens: ts, text: joinText(previous!.text, part.text), approaches: routes }, 'booking', this.local);
        let converted = read(tokens);
        if (!converted.hits.length && tokens.length < previous.tokens.length) converted = read(previous.tokens);
        // (Where the operation's words read as nothing done open, the conversion is unknown, not dropped: "ROBOTIC R HEMI, POSS OPEN" had lost its open hemicolectomy.)
        if (!converted.hits.length && readPart(v, previous, 'booking', this.local).hits.length) converted = { ...converted, unknown: [...routes] };
        readings.push({ ...converted, conversion: true } as PartReading & { conversion: boolean });
        continue;
      }
      // "CLOSED REDUCTION L ELBOW DISLOCATION POSSIBLE OPEN": the closed operation, and maybe its open counterpart.
      if (routes.includes('open') && part.tokens.some((t) => t.word === 'closed') && !part.ambiguous.size && CONVERSION.test(part.text)) {
        const closed = { ...part, approaches: part.approaches.filter((a) => a !== 'open') };
        readings.push(readPart(v, closed, 'booking', this.local));
        readings.push({ ...readPart(v, { ...part, tokens: part.tokens.filter((t) => t.word !== 'closed'), approaches: ['open'] }, 'booking', this.local), conversion: true } as PartReading & { conversion: boolean });
        previous = closed;
        continue;
      }
      let reading = readPart(v, part, 'booking', this.local);
      // "MASTECTOMY, TOTAL - W/ SENTINEL NODE BX" (a procedure master's word order): the words that
      // open this part and name no operation of their own may make the one before narrower
      // (total mastectomy); then they belong to it.
      const prior = readings[readings.length - 1];
      if (previous && prior && reading.hits.length && prior.hits.length === 1 && !prior.unknown.length && !(prior as { conversion?: boolean }).conversion) {
        const used = new Set(reading.hits.flatMap((h) => h.tokens));
        const lead: typeof part.tokens = [];
        for (const t of part.tokens) {
          if (used.has(t.word) || t.indication || !(v.descriptors.has(t.word) || v.anatomy.has(t.word))) break;
          lead.push(t);
        }
        const was = new Set(prior.hits[0].targets.map((t) => t.concept));
        if (lead.length) {
          const merged: Part = { ...previous, text: joinText(previous.text, part.text), tokens: [...previous.tokens, ...lead] };
          const together = readPart(v, merged, 'booking', this.local);
          // (Or one whose name holds the other's: "MASTECTOMY, PARTIAL" is a partial mastectomy, though the
          // vocabulary keeps it apart from the mastectomies a "Mastectomy" line names.)
          const holdsName = (c: number, w: number) => [...v.concepts[w].nameWords].every((x) => v.concepts[c].nameWords.has(x));
          const narrower = together.hits.length === 1 && !together.unknown.length
            && together.hits[0].targets.every((t) => t.concept >= 0 && [...was].some((w) => w >= 0 && (v.concepts[t.concept].ancestors.includes(w) || (t.concept !== w && holdsName(t.concept, w)))));
          if (narrower) {
            readings[readings.length - 1] = together;
            previous = merged;
            const rest: Part = { ...part, tokens: part.tokens.slice(lead.length) };
            reading = readPart(v, rest, 'booking', this.local);
          }
        }
      }
      // "LAP L SALPINGECTOMY, ECTOPIC": a part naming an operation that, read with the one before, names
      // one narrower operation, a kind of both (the salpingectomy for an ectopic pregnancy), is that one.
      const before = readings[readings.length - 1];
      // (Two words at most: "CORPECTOMY, CERVICAL SPINAL FUSION" books the fusion as an operation of its own.)
      // (Read together only where some operation is a kind of both: most bookings' parts have none.)
      if (previous && before && reading.hits.length && part.tokens.length <= 2 && before.hits.length === 1 && !before.unknown.length && !reading.unknown.length
        && !(before as { conversion?: boolean }).conversion && !part.tokens.some((t) => t.possible) && this.sharesKind(before, reading)) {
        const merged = joinParts(previous, part);
        const together = readPart(v, merged, 'booking', this.local);
        const kindOfAll = (ofs: PartReading) => (c: number) => ofs.hits.every((h) => h.targets.some((t) => t.concept >= 0 && v.concepts[c].ancestors.includes(t.concept)));
        if (together.hits.length === 1 && !together.unknown.length && together.hits[0].targets.every((t) => t.concept >= 0 && kindOfAll(before)(t.concept) && kindOfAll(reading)(t.concept))) {
          readings[readings.length - 1] = together;
          previous = merged;
          continue;
        }
      }
      // "GASTRIC BYPASS, ROUX-EN-Y, LAPAROSCOPIC", "CYSTOSCOPY - DIAGNOSTIC, FLEXIBLE": a part that
      // names no operation qualifies the one before it; the two are read as one.
      const last = readings[readings.length - 1];
      if (!reading.hits.length && !part.ambiguous.size && last && previous && !(last as { conversion?: boolean }).conversion) {
        const merged = joinParts(previous, part);
        const together = readPart(v, merged, 'booking', this.local);
        // "L4-5 LAMINECTOMY, POSSIBLE FUSION" ("… VS FUSION"): an operation that may be added or done
        // instead is asked for beside the one booked, not in its place (read with it, the fusion took
        // in the laminectomy).
        const isNew = (h: Hit) => h.targets.some((t) => !last.hits.some((o) => o.targets.some((x) => x.concept === t.concept)));
        const added = CONVERSION.test(part.text) && reading.unknown.length > 0 && last.hits.length > 0 && !last.unknown.length && together.hits.some(isNew);
        // (Only what it adds: the operation booked is read once.)
        const outside = outsideParens(part.text);
        if (added) readings.push({ ...together, hits: together.hits.filter(isNew) });
        // "ASO + VSD CLOSURE (TGA/VSD)": an action "+" joins to a word that is neither a place nor
        // how nor a device names an operation of its own that InScope cannot read — unknown, not
        // folded into the one before (it was dropped: a wrong ok). A place's or how's action stays
        // with the operation before: "WASHOUT + ABDOMINAL CLOSURE", "+ PRIMARY CLOSURE"; so does one
        // whose other words are in parentheses, the reason: "+ BIOPSIES (HYPOPHARYNX CA)", or a finding
        // or an ordinary word: "+ DEFECT CLOSURE", "+ ROTATOR INTERVAL CLOSURE"; so do words an
        // operation's wording read with the one before takes: "CHIARI DECOMPRESSION + DURAPLASTY".
        else if (part.afterPlus && !together.hits.some(isNew) && part.tokens.some((t) => v.procedureWords.has(t.word) || v.procedureSuffix.test(t.word))
          && !part.tokens.some((t) => together.hits.some((h) => h.tokens.includes(t.word)))
          && part.tokens.some((t) => actedOn(v, outside, t.word))) {
          readings.push(reading);
          previous = part;
        }
        // "ME PLATE DISTAL RADIUS L + CTS L": a condition "+" joins on its own stands for its operation,
        // which InScope cannot name from it — unknown, not folded into the one before (the carpal tunnel
        // release had vanished). Only where all its words outside parentheses are a condition's.
        else if (part.afterPlus && !together.hits.some(isNew) && diagnosisOnly(v, part, outside)) {
          readings.push({ ...reading, unknown: [...outside].filter((w) => v.plain.has(w) && !v.stopwords.has(w)) });
          previous = part;
        }
        // "SELECTIVE DEBRIDEMENT + ZORB WRAP": what "+" joins with a word InScope does not know may be
        // an operation of its own — unknown, not folded into the one before (a code for the one before
        // had then stood for both: a wrong ok).
        else if (part.afterPlus && reading.unrecognised.length && !together.hits.some(isNew) && together.unrecognised.some((w) => reading.unrecognised.includes(w))) {
          readings.push(reading);
          previous = part;
        }
        // "R KNEE SCOPE + ACL", "TAH + OVARIES", "DNR + FDS": a place "+" joins to an operation is an
        // operation there, not where the one before is done (unknown where nothing reads it).
        // (Not a device's word that is a place's too: "EXTERNAL DCR L + TUBES"; nor a region of the body's
        // surface beside an operation said at a place of its own, whose extent "+" goes on with: "LIPO
        // ABDOMEN + FLANKS", "FRAXEL FULL FACE + NECK" — a node basin, a tendon or an organ is an
        // operation of its own: "L BREAST WLE + AXILLA", "R LITTLE FINGER DNR + FDS".)
        else if (part.afterPlus && !(last.sites.length && part.tokens.every((t) => SURFACE_REGION.has(t.word))) && part.tokens.every((t) => v.anatomy.has(t.word) && !v.descriptors.has(t.word) && !v.modifiers.has(t.word)) && !together.hits.some(isNew)) {
          readings.push(reading);
          previous = part;
        } else {
          readings[readings.length - 1] = together;
          previous = merged;
        }
        continue;
      }
      readings.push(reading);
      // (A comment that names no operation is no operation a later "POSS OPEN" converts: "TLH w/ BS, cysto - AUB/fibroids, POSS CONVERT TO OPEN".)
      if (part.tokens.length && (reading.hits.length || !previous)) previous = part;
    }
    // "EGD FOR POEM", "SHOULDER SCOPE FOR ROTATOR CUFF REPAIR", "CYSTO FOR STENT REMOVAL": an
    // operation named after "for" is done too, and needs its line (it was read as the indication and
    // dropped: a wrong ok). Not what the booking already names or a broader kind of it ("LAP CHOLE
    // FOR CHOLECYSTECTOMY"), not a diagnosis ("FOR SBO"), and not what a block is for ("ADDUCTOR
    // CANAL BLOCK - FOR TKA": the surgery is the anesthesia's context).
    const named = new Set(readings.flatMap((r) => r.hits.flatMap((h) => h.targets.map((t) => t.concept))).filter((c) => c >= 0));
    const blockOnly = named.size > 0 && [...named].every((c) => v.concepts[c].weak);
    // (A kind of what the booking names, by its name — "CRANI FOR CLIPPING …" is a craniotomy and clipping — says which.)
    // (A kind of it in the vocabulary is its own part: a line of its own, if the catalog has one, is what it needs.)
    const kindOfNamed = (c: number) => [...named].some((n) => !v.concepts[c].ancestors.includes(n) && v.concepts[c].name.toLowerCase().includes(v.concepts[n].name.toLowerCase().split(/\s+/)[0]));
    const suffixed = (w: string) => v.procedureSuffix.test(w);
    if (named.size && !blockOnly) {
      // (And "R/O …": "DX LAP R/O ECTOPIC POSS SALPINGECTOMY" asks for the salpingectomy too.)
      for (const m of text.matchAll(/\b(?:for|r\/o|rule out)\s+([^;,+\n]+)/gi)) {
        // History is not the case: "FOR ABD PAIN S/P RYGB".
        const clause = m[1].split(/\b(?:s\/p|status post|hx of|history of|h\/o|r\/o|rule out|after)\b/i)[0];
        for (const p of analyze(v, clause).parts) {
          // Read with the whole booking's words around it: "EGD FOR STENT PLACEMENT" is an enteral stent.
          const context = new Set([...p.context, ...analysis.parts.flatMap((x) => [...x.context])]);
          const r = readPart(v, { ...p, context }, 'booking', this.local);
          // An operation's own words, not one generic action ("FOR ABSCESS DRAINAGE" says why a craniotomy is done).
          const specific = (w: string) => suffixed(w) || (v.procedureWords.has(w) && !v.defaultActions.has(w) && !v.bareActions.has(w));
          // (A cesarean is an operation in any wording where the clause names it alone: "TRIAL OF FORCEPS,
          // DOUBLE SET UP FOR C/S" may end in one; "EX LAP FOR C/S HEMATOMA" is after one.)
          const cesareanAlone = (h: Hit) => h.tokens.includes('cesarean') && p.tokens.every((t) => h.tokens.includes(t.word) || v.modifiers.has(t.word));
          const ops = r.hits.filter((h) => (h.tokens.length > 1 || h.tokens.some(specific)) && (h.tokens.some((w) => v.procedureWords.has(w) || suffixed(w)) || cesareanAlone(h))
            && h.targets.every((t) => t.concept >= 0 && !v.concepts[t.concept].weak && !named.has(t.concept) && !kindOfNamed(t.concept)));
          if (ops.length) readings.push({ ...r, hits: ops });
          // An operation's word InScope cannot place ("THORACOSCOPY FOR LOBECTOMY": lung, liver or thyroid?) leaves the case unknown.
          // (An operation's ending: "osteolysis" is a finding, not a lysis.)
          else if (!r.hits.length && r.unknown.some((w) => /(?:ectomy|otomy|ostomy|plasty|pexy|rrhaphy|desis|tripsy|centesis|scopy)$/.test(w))) readings.push(r);
        }
      }
    }
    // What kinds of surgery the booking is, for an anesthesia line's exclusions: its operations,
    // and what an anesthesia alone is said to be for ("GENERAL ANESTHESIA FOR CABG"). Worked out
    // only where such a line is asked.
    // (What a booking that names only anesthesia says it is for is read once, where asked: "ANES FOR MIE".)
    let forClauseMade: PartReading[] | undefined;
    const forClause = () => (forClauseMade ??= blockOnly ? [...text.matchAll(/\bfor\s+([^;,+\n]+)/gi)].flatMap((m) => analyze(v, m[1]).parts.map((p) => readPart(v, p, 'booking', this.local))) : []);
    const strongOf = (rs: PartReading[]) => rs.flatMap((r) => r.hits.flatMap((h) => h.targets.map((t) => t.concept))).filter((c) => c >= 0 && !v.concepts[c].weak);
    let surgeryMade: Set<string> | undefined;
    said.surgery = () => (surgeryMade ??= new Set([...new Set([...strongOf(readings), ...strongOf(forClause())])].flatMap((c) => surgeryKinds(v, c))));
    // Whether the booking names an operation done, in an operation's own words: no POSS one ("EPIDURAL FOR LABOR,
    // POSSIBLE CESAREAN"), nor a finding a for-clause names ("TEA FOR RIB FRACTURES").
    let operatedMade: boolean | undefined;
    const operative = (r: PartReading, own: boolean) => !r.part.tokens.some((t) => t.possible) && r.hits.some((h) => h.targets.some((t) => t.concept >= 0 && !v.concepts[t.concept].weak)
      && (own || h.tokens.some((w) => v.procedureSuffix.test(w) || (v.procedureWords.has(w) && !v.defaultActions.has(w)))));
    said.operated = () => (operatedMade ??= readings.some((r) => operative(r, true)) || forClause().some((r) => operative(r, false)));
    // Anesthesia types (MAC, GA, a block) on a surgeon's booking say how, not what; on an
    // anesthesiologist's ("ADDUCTOR CANAL BLOCK - LT TKA") they are the case, and the surgery is context.
    // A catalog line read by its own words ("Spinal anesthesia", synonym "spinal") is an anesthesia
    // type when every concept InScope understood it as is one.
    const isWeak = (t: { concept: number }) => (t.concept >= 0 ? v.concepts[t.concept].weak : this.weakLine(~t.concept));
    const strong = readings.some((r) => r.hits.some((h) => h.targets.some((t) => !isWeak(t))));
    const weak = readings.some((r) => r.hits.some((h) => h.targets.some(isWeak)));
    // A part that names only the anesthesia ("SPINAL/MAC") is accounted for on a surgeon's booking.
    const surgeon = strong
      ? readings.filter((r) => !(r.hits.length && r.hits.every((h) => h.targets.every(isWeak)) && !r.unknown.length))
        .map((r) => ({ ...r, hits: r.hits.filter((h) => h.targets.some((t) => !isWeak(t))) }))
      : readings;
    const parts = this.partsOf(surgeon, analysis.approaches, said);
    // What the anesthesiologist does: the anesthesia, and any procedure of the booking that
    // anesthesiologists are privileged for (ART LINE + US-GUIDED IJ TLC asks for both lines).
    const ANES = ['anesthesiology', 'pain-medicine'];
    const isAnes = (t: { concept: number }) => isWeak(t) || (t.concept >= 0
      ? v.concepts[t.concept].specialties.some((x) => ANES.includes(x))
      // A line read by its own words: an anesthesia or pain department's line.
      : /an(a)?esthe|pain/i.test(this.procedures[~t.concept]?.department ?? ''));
    let anesthesia = strong && weak
      ? this.partsOf(readings.map((r) => ({ ...r, hits: r.hits.filter((h) => h.targets.some(isAnes)), unknown: r.hits.some((h) => h.targets.some(isAnes)) ? r.unknown : [] })).filter((r) => r.hits.length), analysis.approaches, said)
      : undefined;
    // A part InScope could not read at all ("SPINAL + ACB R TKA", "TEA T6-7 + GA WHIPPLE") may be the
    // anesthesia itself: it is as unknown to the anesthesiologist as to the surgeon (it had been
    // dropped from the anesthesia's parts, a wrong ok).
    // (Not a surgery read one way that its neighbours do not settle, "PAC PLACEMENT, OLT": the surgery is the anesthesia's context.)
    if (anesthesia) for (const p of parts.list) if (p.status === 'unknown' && !p.concept && !p.readings?.length && !anesthesia.list.some((a) => a.text === p.text)) anesthesia.list.push(p);
    // An anesthesiologist's surgery where the catalog privileges anesthesia for its kind: "CABG X3" on the
    // cardiac anesthesia board asks for "Anesthesia for adult cardiac surgery …" (beside the GA it names).
    // (So where the booking names only anesthesia, for an operation after "for": "ANES FOR MIE IVOR LEWIS + TEA"
    // asks the anesthesia for an esophagectomy too — it had asked the epidural alone.)
    const forParts = strong ? this.anesthesiaForParts(readings.filter((r) => r.hits.some((h) => h.targets.some((t) => !isWeak(t)))), analysis.approaches, said)
      : blockOnly ? this.anesthesiaForParts(forClause().filter((r) => strongOf([r]).length), analysis.approaches, said) : [];
    // (Where the booking names no anesthesia, the anesthesia for an operation stands in for that
    // operation's part, and its other parts — a TEE, a lumbar drain — are asked as they were.)
    if (forParts.length) {
      const standIn = new Set(forParts.map((f) => f.of));
      // (The anesthetic the booking names for that operation, "CABG X3 (GA)", "TAVR (MAC)", is how the
      // anesthesia for it is given: that line's, not a privilege of its own the catalog must list.)
      // (Only the anesthetic said of that operation: "CABG (GA) + L INGUINAL HERNIA REPAIR" still asks whether
      // the hernia's is privileged.)
      // (A spinal or epidural too, where the line names no anesthetic of its own and leaves none out: "Anesthesia for
      // cervical cerclage" for a CERCLAGE (MCDONALD) SPINAL — not "…, general anesthesia only".)
      const unlimited = (f: { part: MatchPart }) => f.part.groups.flat().every((l) => !ANESTHETIC_NAMED.test(readOf(l)) && !LEAVES_OUT.test(readOf(l)));
      const howGiven = (p: MatchPart) => p.status === 'unknown' && !!p.concept && forParts.some((f) => f.part.status === 'matched' && f.part.text === p.text
        && (GIVEN_AS.test(p.concept!) || (NEURAXIAL_GIVEN.test(p.concept!) && unlimited(f))));
      // (And where one is so, the booking's other operations are asked as where it names no anesthesia.)
      const asked = parts.list.filter((p) => !(p.concept && standIn.has(p.concept)));
      const kept = anesthesia?.list.filter((p) => !howGiven(p));
      const rest = !anesthesia ? asked : kept!.length < anesthesia.list.length ? [...kept!, ...asked] : anesthesia.list;
      anesthesia = { list: [...rest, ...forParts.map((f) => f.part)], approaches: anesthesia?.approaches ?? [] };
    }
    // What practitioners who work with no anesthesia team at hand do of the anesthesia kind (an
    // emergency physician's deep sedation or digital block, an intensivist's arterial line): each
    // with the specialties whose practitioners perform it, for the engine to ask of them beside
    // the operation. (A surgeon's own block, in the concept's specialties too, is how the surgery is done.)
    const bedside = (t: { concept: number }) => (t.concept >= 0 && isWeak(t) ? v.concepts[t.concept].specialties.filter((x) => BEDSIDE.includes(x)) : []);
    const performed = strong && weak
      ? this.partsOf(readings.map((r) => ({ ...r, hits: r.hits.filter((h) => h.targets.some((t) => bedside(t).length)), unknown: [] })).filter((r) => r.hits.length), analysis.approaches, said).list
        .map((part) => ({ specialties: [...new Set(readings.flatMap((r) => r.hits.flatMap((h) => h.targets.filter((t) => t.concept >= 0 && v.concepts[t.concept].name === part.concept).flatMap(bedside))))], part }))
        .filter((p) => p.specialties.length)
      : [];
    const approaches = new Set([...analysis.approaches, ...parts.approaches]);
    // The operations the booking names and those they are kinds of.
    const booked = new Set(readings.flatMap((r) => r.hits.flatMap((h) => h.targets.map((t) => t.concept))).filter((c) => c >= 0).flatMap((c) => [c, ...v.concepts[c].ancestors]));
    const list = parts.list;
    if (code) this.applyCode(list, bareCpt(code), text, [...approaches], booked, said);
    mergeDuplicates(list);
    if (!list.length) {
      const candidates = this.closest(analysis.parts.flatMap((p) => p.tokens.map((t) => t.word)));
      list.push({ text: text.trim(), status: 'unknown', groups: [], why: 'the booking text names no procedure', ...(candidates.length ? { candidates } : {}) });
    }
    // Where a facility privileges an approach per service ("Robotic surgery — urology: radical
    // prostatectomy …"), the booking needs the approach privilege that names its operation (or a
    // generic one), not any privilege for the approach.
    const approachRequirements: MatchResult['approachRequirements'] = [];
    for (const a of approaches) {
      if (!KNOWN_APPROACHES.has(a) || !this.approachPrivileges.has(a)) continue;
      const all = this.approachPrivileges.get(a)!;
      const naming = all.filter((d) => [...(this.approachConcepts.get(d) ?? [])].some((c) => booked.has(c)));
      const generic = all.filter((d) => !this.approachConcepts.get(d)?.size);
      // Every robotic privilege lists its operations, and none lists this one ("ROBOTIC SIGMOID
      // COLECTOMY" where the robot is granted for hernias and prostatectomies): nothing here
      // privileges the robot for it. (Other approaches keep asking for any of their privileges.)
      if (a === 'robotic' && !naming.length && !generic.length && booked.size && list.some((p) => p.status === 'matched')) {
        const what = list.filter((p) => p.status === 'matched').map((p) => p.concept).filter(Boolean)[0] ?? 'this operation';
        list.push({
          text: text.trim(), status: 'unknown', groups: [], concept: what,
          why: `the booking is ${a.replace(/-/g, ' ')}, and no ${a.replace(/-/g, ' ')} privilege of the catalog lists ${what} (they list ${[...new Set(all.flatMap((d) => d.procedures.map((x) => x.name)))].slice(0, 4).join('; ')})`,
        });
        continue;
      }
      approachRequirements.push({ approach: a, privileges: naming.length ? [...naming, ...generic] : all });
    }
    if (anesthesia) mergeDuplicates(anesthesia.list);
    return {
      parts: list, approaches: [...approaches], laterality: analysis.laterality, levels: analysis.levels, approachRequirements, corrections: analysis.corrections,
      ...(anesthesia?.list.length ? { anesthesia: anesthesia.list } : {}),
      ...(performed.length ? { performed } : {}),
    };
  }

  /** An "Anesthesia for …" line: the operations its words name (read as a catalog line), else the kinds of surgery it names. */
  private learnAnesthesiaFor(entry: number, what: string): void {
    const v = this.vocabulary;
    // A line that leaves some of its surgery to other privileges or excludes some ("…, excluding
    // congenital heart surgery", "(liver transplantation requires separate privileges)", "…; heart
    // transplantation requires separate privileges") is read by the operations it names alone, never
    // by its kind, and none it leaves out.
    const leaves = LEAVES_OUT.test(what);
    // (How the surgery is done, "with cardiopulmonary bypass", names no operation of its own: it had read as a bypass graft.)
    const own = beforeExclusion(what.split(';')[0].replace(/\([^()]*\)/g, (m) => (LEAVES_OUT.test(m) ? ' ' : m)))
      .replace(/\b(?:with|on|using|requiring|under)\s+(?:cardiopulmonary bypass|cpb)\b/gi, ' ');
    // (Not an operation read from words an abbreviation became, joined to words of the line's own, that
    // is not the abbreviation's: the "heart" of "transcatheter structural heart procedures (TAVR, …)"
    // with TAVR's "valve replacement" is no open valve surgery.)
    const said = new Set(fold(what).split(/[^a-z0-9]+/));
    const read = (text: string) => {
      const out = new Set<number>();
      for (const part of analyze(v, text, { split: false }).parts) {
        // (A scope's abbreviation says how, and its words are the operation's way: "VATS lobectomy".)
        const named = part.named.filter((n) => n.concept < 0 || !SCOPE.test(v.concepts[n.concept].name));
        const borrowed = (h: Hit) => h.tokens.some((w) => !said.has(w) && named.some((n) => n.tokens.includes(w))
          && !part.named.some((n) => n.tokens.includes(w) && h.targets.some((t) => akin(v, t.concept, n.concept))));
        for (const h of readPart(v, part, 'catalog', this.local).hits) if (!borrowed(h)) for (const t of h.targets) if (t.concept >= 0 && !v.concepts[t.concept].weak) out.add(t.concept);
      }
      return out;
    };
    // The line's head says what it is for: operations ("kidney and pancreas transplantation"), or a
    // kind of surgery ("thoracic surgery"), whose examples ("including … VATS and thoracotomy") are more of it.
    const head = own.split(/\(|,|:|\bincluding\b/)[0];
    // ("Anesthesia for abdominal aortic, endovascular aortic, and peripheral vascular surgery": a list of
    // kinds before the one word "surgery" is read to that word.)
    const listed = /^[^(:]*?,\s*(?:and\s+|or\s+)?[a-z\s-]*\b(?:surgery|procedures)\b/.exec(own)?.[0];
    // (A kind only where it names the surgery: "cardiac surgery", "major vascular procedures" — not
    // "cardiac electrophysiology procedures", "obstetric hemorrhage" or "non-obstetric surgery".)
    const kinds = new Set<string>();
    if (!leaves) {
      for (const m of (listed ?? head).matchAll(/(?<![a-z-])(non[\s-]+)?((?:(?:adult|pediatric|paediatric|major|open)\s+)*)([a-z]+)\s+(?:surgery|surgical|procedures?|operations?)\b/g)) {
        // (The word as `surgeryKinds` names the kind: a word no operation's kind is, "orthopedic", meets none.)
        if (!m[1]) kinds.add(m[3] === 'vascular' && /\bmajor\b/.test(m[2]) ? 'major vascular' : m[3]);
      }
      // ("Anesthesia for thoracic surgery requiring one-lung ventilation": the chest operations done on one
      // lung, no mediastinoscopy.)
      if (kinds.has('thoracic') && /\bone[\s-]+lung\b/.test(own)) {
        kinds.delete('thoracic');
        kinds.add('one-lung');
      }
    }
    const named = read(head);
    const concepts = read(own);
    if (named.size) kinds.clear();
    if (concepts.size || kinds.size) this.anesthesiaFor.push({ entry, concepts, kinds });
  }

  /**
   * What an anesthesiologist's booking asks of "Anesthesia for …" lines: for each operation it names
   * that such a line names (or, where the line names none, whose kind of surgery it names), the
   * anesthesia for it — one of those lines.
   */
  private anesthesiaForParts(readings: PartReading[], approaches: string[], said: Said): Array<{ of: string; part: MatchPart }> {
    const v = this.vocabulary;
    if (!this.anesthesiaFor.length) return [];
    const out: Array<{ of: string; part: MatchPart }> = [];
    for (const r of readings) {
      // (Not an operation named as what came before: "QL BLOCKS - POST CESAREAN" is analgesia after one.)
      const after = new Set((fold(r.part.text).match(/\b(?:post|s\/p|status post|after|following)\b[\s-]+(.*)$/)?.[1] ?? '').split(/[^a-z0-9]+/).filter(Boolean).flatMap((w) => [w, ...normalizeWord(v, w)]));
      const hits = r.hits.filter((h) => !h.tokens.every((w) => after.has(w)));
      for (const c of new Set(hits.flatMap((h) => h.targets.map((t) => t.concept)).filter((x) => x >= 0 && !v.concepts[x].weak))) {
        const chain = [c, ...v.concepts[c].ancestors];
        const kinds = surgeryKinds(v, c);
        // (A line for surgery on cardiopulmonary bypass covers, by its kind alone, only the heart operations done
        // on bypass: no off-pump or MIDCAB, no transcatheter valve, pericardial window or balloon pump.)
        const onBypass = ON_BYPASS.test(v.concepts[c].name) && !NOT_ON_BYPASS.test(v.concepts[c].name);
        const lines = this.anesthesiaFor.filter((l) => chain.some((x) => l.concepts.has(x)) || (kinds.some((k) => l.kinds.has(k)) && (onBypass || !/\bcardiopulmonary bypass\b/i.test(readOf(this.procedures[l.entry])))));
        if (!lines.length) continue;
        // (An operation on newborns or a congenital heart by name has a child patient: a NORWOOD is no adult's.)
        const child = !said.age && (/\b(?:newborn|neonatal|congenital|norwood|fallot|tetralogy|atrial septal|ventricular septal|truncus|fontan|glenn|jatene|hypoplastic)\b/i.test(v.concepts[c].name) || (v.concepts[c].specialties.length > 0 && v.concepts[c].specialties.every((x) => x === 'pediatric-surgery')));
        const name = `Anesthesia for ${v.concepts[c].name}`;
        // (Whatever the route: "Anesthesia for abdominal aortic, endovascular aortic, and … surgery" names
        // kinds of surgery, and an open AAA repair is one — no route its anesthesia is limited to.)
        // (Only a line read by its kinds of surgery: "Anesthesia for laparoscopic appendectomy" names its route.)
        const byKinds = lines.every((l) => l.kinds.size > 0 && !chain.some((x) => l.concepts.has(x)));
        out.push({ of: v.concepts[c].name, part: { ...this.grouped(lines.map((l) => (byKinds ? { ...this.procedures[l.entry], routes: [] } : this.procedures[l.entry])), r.part.text, byKinds ? approaches.filter((a) => !ROUTES.has(a)) : approaches, name, child ? { ...said, age: { child: true } } : said), concept: name } });
      }
    }
    return out;
  }

  /** The parts a booking's readings ask for; and the approaches its concepts always use. */
  private partsOf(readings: PartReading[], bookingApproaches: string[], said: Said = {}): { list: MatchPart[]; approaches: string[] } {
    const v = this.vocabulary;
    const approaches = new Set<string>(bookingApproaches);
    const inBooking = new Set(readings.flatMap((r) => r.hits.flatMap((h) => h.targets.map((t) => t.concept)).filter((c) => c >= 0)));
    let caseWords: Set<string> | undefined;
    this.caseWords = readings.length > 1 ? () => (caseWords ??= new Set(readings.flatMap((r) => [...this.wordsOf(r.part)]))) : undefined;
    this.caseReadings = readings;
    const parts: MatchPart[] = [];
    // What each part says of its approach: its own words, what its operations imply, what a
    // wording's note says ("IR G tube {percutaneous}").
    const stated = readings.map((r) => {
      // (A route an abbreviation carried, for an operation the reading folded into another that implies
      // a route of its own, is not the part's: "FESS W/ FRONTAL TREPHINE" is an open trephination.)
      const hitConcepts = new Set(r.hits.flatMap((h) => h.targets.map((t) => t.concept)));
      const implied = r.hits.flatMap((h) => h.targets.flatMap((t) => (t.concept >= 0 ? v.concepts[t.concept].implies : []))).filter((a) => ROUTES.has(a));
      const folded = r.part.named.filter((n) => !hitConcepts.has(n.concept)).flatMap((n) => n.approaches ?? []).filter((a) => ROUTES.has(a) && implied.length > 0 && !implied.includes(a));
      const out = r.part.approaches.filter((a) => !folded.includes(a));
      for (const h of r.hits) {
        // (Not a route the booking's own words gainsay: "LAP BTL 6 WKS PP" is a laparoscopic tubal, not
        // the open postpartum one its words otherwise name. Only where the part names that one
        // operation, and said in its own words, not carried by an abbreviation of another operation.)
        const carried = new Set(r.part.named.flatMap((n) => n.approaches ?? []));
        const saysRoute = r.hits.length === 1 && r.part.approaches.some((a) => ROUTES.has(a) && !carried.has(a));
        for (const t of h.targets) if (t.concept >= 0) for (const a of v.concepts[t.concept].implies) if (!(saysRoute && ROUTES.has(a) && !r.part.approaches.some((x) => x === a && !carried.has(x)))) out.push(a);
        // (Not the vaginal route, which only the booking's own words give: "RADICAL HYSTERECTOMY,
        // VAGINAL CUFF" is no radical vaginal hysterectomy's wording.)
        const noted = h.targets.filter((t) => t.concept >= 0).map((t) => t.approaches.filter((a) => a !== 'vaginal' && !(t.spoken ?? []).includes(a)));
        if (noted.length) for (const a of noted[0]) if (noted.every((n) => n.includes(a)) && !out.includes(a)) out.push(a);
      }
      return out;
    });
    // "R SHOULDER SCOPE MASSIVE RCR", "R SHOULDER SCOPE, RCR": a joint's scope named beside another
    // operation says how that one is done (the scope itself stays what it is).
    const isJointScope = (h: PartReading['hits'][number]) => h.targets.every((t) => t.concept >= 0 && JOINT_SCOPE.test(v.concepts[t.concept].name));
    // ("…, POSS CONVERT TO OPEN": then the scope is one of the two ways.)
    const scopeRoute = readings.map((r, i) => (!stated[i].some((a) => ROUTES.has(a)) || (CONVERSION.test(r.part.text) && !stated[i].includes('endoscopic'))) && r.hits.some(isJointScope));
    readings.forEach((r, i) => { if (scopeRoute[i] && !r.hits.every(isJointScope)) stated[i].push('endoscopic'); });
    readings.forEach((r, i) => {
      // "EX LAP, L SALPINGECTOMY", "TVH, BSO": a part that names no route is done the way the rest
      // of the booking says, when all of it says one route; a line for another route does not cover it.
      // (A possible conversion, "POSS OPEN", is a second route: nothing is inherited then.)
      // (Nor one whose words say the vaginal route: "TVH, LAP APPY" is no laparoscopic hysterectomy.)
      if (stated[i].some((a) => ROUTES.has(a) || a === 'vaginal') || !r.hits.length || readings.some((x) => (x as { conversion?: boolean }).conversion)) return;
      // (A scope is done through itself: "LAP APPY, CYSTO" is no laparoscopic cystoscopy.)
      if (r.hits.every((h) => h.targets.every((t) => t.concept >= 0 && SCOPE.test(v.concepts[t.concept].name)))) return;
      // (A joint's scope on the other side is not this part's way in: "L KNEE SCOPE, R CTR".)
      const otherSide = (j: number) => !!r.part.laterality && !!readings[j].part.laterality && r.part.laterality !== readings[j].part.laterality;
      const others = new Set(stated.flatMap((a, j) => (j === i ? [] : scopeRoute[j] ? (otherSide(j) ? [] : ['endoscopic']) : a.filter((x) => ROUTES.has(x)))));
      if (others.size === 1) stated[i].push(...others);
      // (So is the robot, for what may follow: "ROBOTIC PARTIAL NEPHRECTOMY, +/- RADICAL NEPHRECTOMY" would go
      // on robotically. What is booked beside it outright may be done otherwise: an EBUS beside a robotic bronchoscopy.)
      if (stated[i].includes('robotic') || !/(?:^|[,;])\s*(?:-|\+\/-|±|poss\b|possible\b)/i.test(r.part.text)) return;
      const withHits = stated.filter((_a, j) => j !== i && readings[j].hits.length && !scopeRoute[j]);
      // (Not an add-on of what is booked, "POSS IOC", nor an operation that is open by its name, "POSS THORACOTOMY".)
      const addonOrOpen = r.hits.some((h) => h.targets.some((t) => t.concept >= 0 && (v.concepts[t.concept].addonOf.some((x) => inBooking.has(x)) || v.concepts[t.concept].implies.includes('open') || /otomy$/.test(v.concepts[t.concept].name.toLowerCase()))));
      if (!addonOrOpen && withHits.length && withHits.every((a) => a.includes('robotic'))) stated[i].push('robotic');
    });
    /** The parts the booking says may be done ("POSS BANKART"). */
    const maybe = readings.map((r) => /^\W*(?:poss|possible|possibly|\?)\b|^\s*±/i.test(r.part.text));
    // The runs of readings a "+" or "&" does not split, and the operations each names.
    const group: number[] = [];
    readings.forEach((r, i) => group.push(i === 0 ? 0 : group[i - 1] + (r.part.afterPlus ? 1 : 0)));
    const groupConcepts: Array<Set<number>> = [];
    readings.forEach((r, i) => { for (const h of r.hits) for (const t of h.targets) if (t.concept >= 0) (groupConcepts[group[i]] ??= new Set()).add(t.concept); });
    for (let g = 0; g <= (group[group.length - 1] ?? 0); g++) groupConcepts[g] ??= new Set();
    /** Whether the booking says an operation is open: then no VATS in it is only the way in. */
    const saysOpen = readings.some((x) => /\b(?:open|thoracotomy|sternotomy|laparotomy|celiotomy)\b/i.test(x.part.text));
    /** For a hit that is a bare scope into the chest or belly, said by its name's words alone ("VATS"), the adjective an operation done through it is named by ("thoracoscopic"). */
    const scopeAdjective = (x: Hit) => {
      if (!x.targets.every((t) => t.concept >= 0 && SCOPE_NOUN.test(v.concepts[t.concept].name)) || !x.tokens.every((w) => SCOPE_WAY.has(w))) return undefined;
      return SCOPE_NOUN.exec(v.concepts[x.targets[0].concept].name)![0].toLowerCase().replace(/y$/, 'ic');
    };
    for (const [i, r] of readings.entries()) {
      const conversion = (r as PartReading & { conversion?: boolean }).conversion;
      const partApproaches = stated[i];
      for (const a of partApproaches) approaches.add(a);
      const known = conversion ? new Set(parts.flatMap((p) => p.groups.flat().map((c) => c.id))) : undefined;
      for (const h of r.hits) {
        // "KNEE ARTHROSCOPY W/ PARTIAL MENISCECTOMY", "SHOULDER SCOPE, SAD": a broader operation
        // named beside a narrower kind of it says how that one is done; the narrower is what is asked.
        // (Not where the narrower one is a step of it: "SCS IMPLANT, PERC LEADS + IPG" asks for the
        // implantation, not only its generator.)
        // (So does an operation's bare name heading a procedure master's wording, where another part
        // names a kind of it by that name: "GASTRECTOMY, SLEEVE, LAPAROSCOPIC".)
        const headWord = (t: { concept: number }) => r.hits.length === 1 && r.part.tokens.length <= 2 && readings.length > 1
          && [...inBooking].some((b) => b !== t.concept && new RegExp(`\\b${v.concepts[t.concept].name.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(v.concepts[b].name.toLowerCase()));
        // (Within what the booking joins as one: "EVAR + RT IBE" asks for the EVAR too. A scope is
        // the whole case's way in: "KNEE SCOPE, ACL RECON + MENISCUS REPAIR".)
        const near = (t: { concept: number }) => (SCOPE.test(v.concepts[t.concept].name) ? inBooking : groupConcepts[group[i]]);
        // (Not where the narrower one may not be done: "L SHOULDER DX SCOPE, POSS BANKART" asks for the scope too.)
        const done = (b: number) => maybe[i] || readings.some((x, j) => !maybe[j] && x.hits.some((y) => y.targets.some((z) => z.concept === b)));
        if (!conversion && h.targets.every((t) => t.concept >= 0 && ([...near(t)].some((b) => b !== t.concept && v.concepts[b].ancestors.includes(t.concept) && !v.concepts[b].addonOf.includes(t.concept) && done(b)) || headWord(t)))) continue;
        // "R SHOULDER ARTHROSCOPIC ROTATOR CUFF REPAIR": a joint read only from its site and the word
        // "arthroscopic" is how the operation beside it is done, not a shoulder arthroscopy of its own.
        if (!conversion && isJointScope(h) && h.tokens.every((t) => v.anatomy.has(t)) && r.hits.some((o) => o !== h && !isJointScope(o))) continue;
        // "AVR VIA STERNOTOMY", "MINI AVR VIA RIGHT ANTERIOR THORACOTOMY": a heart operation's way in
        // is how it is done (its kind of access), no operation of its own.
        // (A pericardial window is made below the xiphoid or through the diaphragm, never through the
        // breastbone: "PERICARDIAL WINDOW, POSS STERNOTOMY" asks for the sternotomy too.)
        const wayIn = (x: Hit) => x.targets.every((t) => t.concept >= 0 && /^(?:median sternotomy|exploratory thoracotomy)$/i.test(v.concepts[t.concept].name));
        const throughIt = (name: string) => CARDIAC.test(name) && !/\bwindow\b/i.test(name);
        if (wayIn(h) && readings.some((x) => x.hits.some((o) => !wayIn(o) && o.targets.some((t) => t.concept >= 0 && throughIt(v.concepts[t.concept].name))))) continue;
        // "VATS TALC PLEURODESIS": a scope into the chest or belly said by its name alone, in the same
        // part as an operation named for being done through it ("Thoracoscopic pleurodesis"), is how
        // that one is done. Not beside any other operation ("FLEX BRONCH, R VATS", "R VATS, CHEST
        // DRAIN"; a VATS mediastinal resection must not meet a line "via sternotomy"), nor beside a
        // biopsy, the look's own ("LT THORACOSCOPY W/ PLEURAL BX"), nor where the booking says open
        // ("R VATS, OPEN LOBECTOMY", "VATS, POSS STERNOTOMY, THYMECTOMY").
        const adjective = !conversion && !saysOpen ? scopeAdjective(h) : undefined;
        if (adjective && r.hits.some((o) => o !== h && o.targets.some((t) => t.concept >= 0 && !SCOPE_NOUN.test(v.concepts[t.concept].name)
          && v.concepts[t.concept].name.toLowerCase().includes(adjective) && !/\bbiops/i.test(v.concepts[t.concept].name)))) continue;
        // A scope converted to open is no operation of its own: the lobectomy it was for is.
        // (Booked alone, "LAPAROSCOPY, DIAGNOSTIC; POSSIBLE OPEN" opens the belly or chest to look:
        // an exploratory laparotomy or thoracotomy, asked for; another scope's opening, unknown.)
        const scopeHit = (x: Hit) => x.targets.every((t) => t.concept >= 0 && SCOPE.test(v.concepts[t.concept].name));
        if (conversion && scopeHit(h)) {
          if (readings.some((x) => x.hits.some((o) => !scopeHit(o)))) continue;
          const name = v.concepts[h.targets[0].concept].name;
          const opened = openedLook(name);
          const open = opened === undefined ? undefined : this.conceptByName().get(opened);
          parts.push(open !== undefined ? { ...this.partFor(open, r, ['open'], inBooking, said), text: r.part.text }
            : { text: r.part.text, status: 'unknown', groups: [], concept: name, why: `it may be done open, and the booking names no open operation for ${name}` });
          continue;
        }
        // So is a closed operation converted to open, beside its open counterpart ("CRPP, POSS OPEN": the ORIF);
        // with none, the open operation is one InScope cannot name: unknown, never the closed one's line.
        if (conversion && partApproaches.includes('open') && h.targets.every((t) => t.concept >= 0 && /^closed\b/i.test(v.concepts[t.concept].name))) {
          if (r.hits.length > 1) continue;
          parts.push({ text: r.part.text, status: 'unknown', groups: [], concept: v.concepts[h.targets[0].concept].name, why: `the booking may go open, and the open counterpart of ${v.concepts[h.targets[0].concept].name.toLowerCase()} is not an operation InScope can name; verify manually` });
          continue;
        }
        // "VATS WEDGE RESECTION, POSS THORACOTOMY": the chest or belly opened beside an operation
        // booked through a scope is that operation done open, not the open way in its line includes
        // (a thoracoscopic-only line had covered it).
        // (Not an incision the scope's operation is done or finished through: "VIA UTILITY THORACOTOMY",
        // "MINI-THORACOTOMY FOR EXTRACTION", "ACCESS THORACOTOMY".)
        if (!conversion && h.targets.every((t) => t.concept >= 0 && OPENING.test(v.concepts[t.concept].name))
          && !/\b(?:utility|access|extraction|specimen|assist\w*|mini[\s-]*(?:thoracotomy|laparotomy))\b|\bminithoracotomy\b/i.test(r.part.text)) {
          const viaScope = readings.flatMap((x, j) => x.hits.flatMap((o) => (o === h ? [] : o.targets.map((t) => ({ c: t.concept, j })))))
            .filter(({ c, j }) => c >= 0 && stated[j].some((a) => a === 'laparoscopic' || a === 'endoscopic' || a === 'robotic') && !readings[j].part.approaches.includes('open')
              && h.targets.some((t) => v.concepts[t.concept].addonOf.includes(c)));
          if (viaScope.length) {
            for (const { c, j } of viaScope.filter((x, k) => viaScope.findIndex((y) => y.c === x.c) === k)) parts.push({ ...this.partFor(c, readings[j], ['open'], inBooking, said), text: r.part.text });
            continue;
          }
        }
        const concepts = [...new Set(h.targets.map((t) => t.concept))];
        // "I&D LT CANINE SPACE ABSCESS": an abbreviation with several readings, one of which the same
        // part of the booking names outright in other words, is that operation, already asked.
        if (concepts.length > 1 && r.hits.some((o) => o !== h && o.targets.length && o.targets.every((t) => t.concept === o.targets[0].concept) && concepts.includes(o.targets[0].concept))) continue;
        // "TYMPANOMASTOIDECTOMY" where the catalog lists tympanoplasty and mastoidectomy: each is asked.
        const combined = concepts.length === 1 && concepts[0] >= 0 && !conversion && !h.tokens.some((t) => t.startsWith('#?')) ? v.concepts[concepts[0]].combines : [];
        if (combined.length && !this.byConcept.has(concepts[0])) {
          for (const c of combined) parts.push({ ...this.partFor(c, r, partApproaches, inBooking, said), text: r.part.text });
          continue;
        }
        // "ORIF VS CRPP": where a part names several operations, each keeps the route its own words imply.
        // (And the route its abbreviation carried: "LAVH POSS TAH" is a laparoscopic LAVH and maybe an open TAH.)
        // (Not in a possible conversion, which asks the other route of the same words.)
        const carried = conversion ? [] : r.part.named.filter((x) => h.targets.some((t) => t.concept === x.concept)).flatMap((x) => x.approaches ?? []);
        const hitRoutes = [...new Set([...h.targets.flatMap((t) => t.approaches), ...carried].filter((a) => ROUTES.has(a)))];
        // (A conversion the part says in words of its own is of the operation done through the scope:
        // "LAP CHOLE W/ IOC POSS OPEN" may be an open cholecystectomy, not an open cholangiogram alone.)
        if (hitRoutes.length && !hitRoutes.includes('open') && hitRoutes.some((a) => a !== 'vaginal') && partApproaches.includes('open') && OPEN_CONVERSION.test(r.part.text)
          && !r.part.named.some((x) => x.approaches?.includes('open'))) hitRoutes.push('open');
        const hitApproaches = r.hits.length > 1 && hitRoutes.length ? [...partApproaches.filter((a) => !ROUTES.has(a)), ...hitRoutes]
          : scopeRoute[i] && isJointScope(h) ? partApproaches.filter((a) => a !== 'endoscopic') : partApproaches;
        // "ROBOTIC LAR W/ DLI", "ROBOTIC RUL LOBECTOMY W/ MLND": the robot is how the operation is
        // done, asked of its line; an add-on of it named in the same words asks its own line without
        // the robot — still done the robot's way in, so no open-only line. (An add-on booked apart,
        // "ROBOTIC LAR, DLI", never had it; nor does an add-on of an operation only possibly done:
        // "ROBOTIC LOA W/ POSS SBR" is a robotic adhesiolysis.)
        const maybeHit = (o: Hit) => o.tokens.every((w) => r.part.tokens.some((t) => t.word === w && t.possible));
        const parentHere = (c: number) => v.concepts[c].addonOf.some((p) => r.hits.some((o) => o !== h && !maybeHit(o) && o.targets.some((t) => t.concept >= 0 && (t.concept === p || v.concepts[t.concept].ancestors.includes(p)))));
        const hitSaid = hitApproaches.includes('robotic') && concepts.every((c) => c >= 0 && parentHere(c)) ? { ...said, robotAsked: true } : said;
        const made = concepts.map((c) => ({ c, part: this.partFor(c, r, hitApproaches, inBooking, hitSaid) }));
        let part: MatchPart;
        // An abbreviation read without the words that settle it ("BMT" alone) waits for the practitioner's specialties.
        const open = h.tokens.some((t) => t.startsWith('#?'));
        if (made.length === 1 && !open) part = made[0].part;
        else if (!open && made.every((m) => sameGroups(m.part, made[0].part))) part = made[0].part;
        else {
          part = {
            text: r.part.text, status: 'unknown', groups: [],
            why: `it reads as ${made.map((m) => (m.c >= 0 ? v.concepts[m.c].name : this.procedures[~m.c].procedure)).join(' or ')}`,
            readings: made.map((m) => ({ concept: m.c >= 0 ? v.concepts[m.c].name : this.procedures[~m.c].procedure, specialties: m.c >= 0 ? v.concepts[m.c].specialties : [], part: m.part })),
          };
        }
        if (known && part.status === 'matched' && part.groups.every((g) => g.every((c) => known.has(c.id)))) continue;
        // A possible conversion the catalog has no line for is unknown, not dropped ("LAP ADRENALECTOMY, POSS OPEN").
        parts.push(part);
      }
      if (conversion) {
        if (!r.hits.length && r.unknown.length) parts.push({ text: r.part.text, status: 'unknown', groups: [], why: `the booking may go ${r.part.approaches.filter((a) => ROUTES.has(a)).join(' or ') || 'another way'}, and InScope cannot name the operation done that way; verify manually` });
        continue;
      }
      if (!r.hits.length || r.unknown.length) {
        const words = r.hits.length ? r.unknown : r.part.tokens.filter((t) => !t.indication).map((t) => t.word);
        if (!words.length) continue;
        // Sites, descriptions, scheduling words or an indication only: nothing to check. A device
        // word on its own (", BILAT STENTS", ", DRAIN") may be an operation: unknown. So is what
        // "+" joins to another operation ("ANT/POST REPAIR + ENTEROCELE", "R MX + ANC"): an
        // operation of its own, though its words name only a place or a condition.
        const joined = r.part.afterPlus || readings[i + 1]?.part.afterPlus;
        if (!r.hits.length && !r.unknown.length && !r.part.ambiguous.size
          && r.part.tokens.every((t) => (joined ? v.scheduling.has(t.word) : t.indication || !v.modifiers.has(t.word) || v.scheduling.has(t.word)))) continue;
        const unrecognised = r.unrecognised.length ? ` ("${r.unrecognised.join(' ')}" is not a word InScope knows)` : '';
        parts.push({
          text: r.part.text, status: 'unknown', groups: [], words: r.hits.length ? words : undefined,
          why: r.hits.length
            ? `"${words.join(' ')}" names something the catalog match does not cover${unrecognised}`
            : `no procedure InScope knows matches this text${unrecognised}`,
          candidates: this.closest(r.part.tokens.map((t) => t.word)),
        });
      }
    }
    return { list: parts, approaches: [...approaches] };
  }

  /** Whether a catalog line says a concept in words: every word of one of its wordings is the line's. */
  private lineSays(entry: number, concept: number): boolean {
    const words = this.lineWords(entry);
    return this.vocabulary.concepts[concept].phrases.some((ph) => ph.length > 1 && ph.every((w) => words.has(w)));
  }

  /** A line's own words, each as the vocabulary normalizes it. */
  private lineWords(entry: number): Set<string> {
    return new Set(fold(readOf(this.procedures[entry])).split(/[^a-z0-9]+/).filter(Boolean).flatMap((w) => normalizeWord(this.vocabulary, w)));
  }

  /** The catalog lines one concept (or one local catalog term) of a booking part needs. */
  private partFor(concept: number, r: PartReading, approaches: string[], inBooking: Set<number>, stated: Said = {}, asParent = false): MatchPart {
    const v = this.vocabulary;
    const text = r.part.text;
    if (concept < 0) return this.grouped([this.procedures[~concept]], text, approaches, this.procedures[~concept].procedure, stated);
    const c = v.concepts[concept];
    // "MVR VIA LEFT MINITHORACOTOMY" is no "… via right thoracotomy": a side the operation's name
    // gives a word, said of that word the other way.
    // (Not where it says both: "right and left heart", "R&L HEART CATH".)
    const lower = text.toLowerCase();
    const both = (/\bleft\b/.test(lower) && /\bright\b/.test(lower)) || /\b(?:r|rt)\s*(?:&|\+|\/|and)\s*(?:l|lt)\b|\b(?:l|lt)\s*(?:&|\+|\/|and)\s*(?:r|rt)\b/.test(lower);
    for (const [, nameSide, nameWord] of both ? [] : c.name.toLowerCase().matchAll(/\b(left|right) ([a-z]{5,})/g)) {
      for (const [, bookSide, bookWord] of lower.matchAll(/\b(left|right|lt|rt|l|r)\s+([a-z]{5,})/g)) {
        const said = v.laterality[bookSide];
        if (said !== nameSide && (bookWord.includes(nameWord) || nameWord.includes(bookWord))) {
          return { text, status: 'unknown', groups: [], concept: c.name, candidates: [], why: `${c.name} is on the ${nameSide}, not the ${said}` };
        }
      }
    }
    // Where the booking says the operation is; the operation's own sites only when it says none
    // ("I&D ABSCESS L AXILLA" is not about the foot, however many abscess wordings name one).
    // An approach that says where ("TAH" is open, that is abdominal) is a site the booking names too.
    // (Only for an operation done by several routes, where the route is what the site word tells.)
    const byApproach = routesOf(v, concept).size < 2 ? [] : r.part.approaches.flatMap((a) => v.equivalents.get(a) ?? []).filter((w) => v.anatomy.has(w));
    // A tooth number is in the alveolar ridge: "IMPLANT #19" is an alveolar implant.
    // (Only where it names no other place and the operation is a dental one: "EXC SKIN LESION #3 L ARM" is a third lesion.)
    const dental = c.specialties.includes('oral-maxillofacial-surgery');
    // (The teeth the reader wrote beside the number are that place too.)
    const toothWord = (w: string) => w === 'teeth' || w === 'tooth';
    const teeth = dental && /#\s*(?:\d{1,2}|[a-t])\b/i.test(r.part.text) && !r.sites.some((w) => !toothWord(w)) && !r.part.tokens.some((t) => v.anatomy.has(t.word) && !toothWord(t.word)) ? ['alveolar'] : [];
    const said = [...r.sites, ...r.part.tokens.map((t) => t.word).filter((w) => v.anatomy.has(w)), ...byApproach, ...teeth];
    const named = new Set(said.length ? [...said, ...[...c.home].filter((h) => said.some((w) => sameRegion(w, h)))] : c.home);
    // (A place in its other word: "BILAT AXILLA" is where a line "…, axillary, inguinal or perineal" is.)
    for (const w of said) for (const e of v.equivalents.get(w) ?? []) if (v.anatomy.has(e)) named.add(e);
    // An add-on is where its parent is: the hemostasis of an EGD is an upper GI one.
    // (So is a kind of an operation the booking names: "ARTHROSCOPY, KNEE, WITH MENISCECTOMY" is the knee's meniscectomy.)
    if (!said.length) for (const p of inBooking) if (c.addonOf.includes(p) || (p !== concept && c.ancestors.includes(p))) for (const h of v.concepts[p].home) named.add(h);
    // An operation named for a site on one limb, booked on the other ("CHEILECTOMY THUMB" read as a
    // cheilectomy for hallux rigidus, "PARONYCHIA TOE" as a hand infection): not this operation.
    const limbOf = (w: string) => limbOfSite(v, w);
    const homeLimbs = new Set([...c.home].map(limbOf).filter(Boolean));
    const bookedLimbs = new Set(r.sites.map(limbOf).filter(Boolean));
    if (homeLimbs.size === 1 && bookedLimbs.size === 1 && [...homeLimbs][0] !== [...bookedLimbs][0]) {
      return { text, status: 'unknown', groups: [], concept: c.name, candidates: [], why: `${c.name} is on the ${[...homeLimbs][0]} limb` };
    }
    // A site within a region meets a line limited to the region ("EXCISION LIPOMA BACK" under "…,
    // trunk or extremities"; a finger under "…, hand"), the region's words as the line writes them.
    for (const w of [...named]) for (const region of v.within.get(w) ?? []) for (const r of region) named.add(r);
    const says = this.wordsOf(r.part);
    // A stage the booking says after "stage", with no other stage or grade numeral: see STAGE_WORDS.
    const saidStages = says.has('stage') ? [...says].filter((x) => STAGE_WORDS.has(x)) : [];
    const stageOf = (w: string, required: readonly string[]) => STAGE_WORDS.has(w) && saidStages.includes(w) && saidStages.every((x) => required.includes(x));
    /**
     * The operation says where it is done by itself, in the line's place: every place its wordings
     * name is one of the line's (a blepharoplasty's eyelid, a hydrocelectomy's scrotum under "Scrotal
     * and testicular surgery").
     */
    // (Only asked of a category line's coverage: the places are worked out then, not for every booking.)
    const meets = (p: string, sites: string[]) => sites.some((x) => sameRegion(p, x) || (v.within.get(p) ?? []).some((r) => r.join(' ') === x));
    // (The booking may say no place, or only places of the line's: "BLEPHAROPLASTY, UPPER".)
    // (An operation whose wordings name no place at all may be done anywhere: a tendon repair, an I&D.)
    const inCategory = (sites: string[]) => {
      if (c.home.size) return false;
      const placesOf = [...c.words].filter((w) => (v.anatomy.has(w) || v.within.has(w)) && !v.descriptors.has(w) && w !== 'upper' && w !== 'lower');
      return placesOf.length > 0 && placesOf.every((p) => meets(p, sites)) && said.every((w) => v.descriptors.has(w) || w === 'upper' || w === 'lower' || meets(w, sites));
    };
    /** The limbs the booking's sites are on (its own "upper" or "lower" aside, which may be said of either). */
    const saidLimbs = new Set(said.filter((x) => x !== 'upper' && x !== 'lower').map(limbOf).filter(Boolean));
    /**
     * Whether the booking's place fits the places of a line's operations beside one with none: a joint
     * or limb region it names must be one of theirs (an ankle is no knee arthroscopy's); a bone or other
     * site only on their limb (a tibial plateau's chondroplasty is in a knee arthroscopy, an olecranon's
     * microfracture in an elbow one).
     */
    // (A bone at a joint is at that joint: a talus is the ankle's, a capitellum the elbow's.)
    const saidJoints = [...new Set(said.flatMap((w) => (LIMB_REGION.has(w) ? [w] : (v.within.get(w) ?? []).flatMap((r) => (r.length === 1 && LIMB_REGION.has(r[0]) ? [r[0]] : [])))))];
    const besideFits = (places: string[]) => {
      const limbs = places.map((p) => (p === 'upper' || p === 'lower' ? p : limbOf(p))).filter(Boolean);
      const joints = saidJoints;
      if (joints.length) return joints.some((j) => places.includes(j) || (!places.some((p) => LIMB_REGION.has(p)) && limbs.includes(limbOf(j))));
      return said.some((w) => limbs.includes(limbOf(w))) || places.some((p) => named.has(p));
    };
    // (A family scoped to some operations is no kind of the others: an access route is a kind of a
    // catheter operation only, "R RADIAL HEAD ORIF" names none.)
    const ofThis = (k: string) => scopedTo(v, k, c.name);
    // (And what the operation's own name says, of a family the booking names none of: a valve-in-valve
    // TAVR is in a failed bioprosthesis.)
    // (A word that is a kind in several families is each family's only in the part's own words, not
    // another part's or what it is for: "CT GUIDED LUNG BX; LESI L4-5" is no CT-guided epidural
    // injection, "REDO PARATHYROIDECTOMY FOR PRIMARY HPT" no initial operation.)
    // (Nor a comment after a dash: "… - PRIMARY HYPERPARATHYROIDISM", "… - TRANSABDOMINAL US".)
    const ownKinds = this.ownKindsOf(r.part);
    // (Where its own words name a kind of a family, another part's word does not name another.)
    const bookedKinds = [...new Set([...kindsOf(v, says, false).filter((k) => !ownKinds.some((o) => sameFamily(o, k))), ...ownKinds])].filter(ofThis);
    // (One kind of its family: "… of benign and malignant lesions" says neither.)
    const namedKinds = kindsOf(v, fold(c.name).split(/[^a-z0-9]+/));
    const saidKinds = [...bookedKinds, ...namedKinds.filter((k) => v.kindScopes.has(familyOf(k)) && ofThis(k) && !bookedKinds.some((b) => sameFamily(b, k)) && namedKinds.filter((o) => sameFamily(o, k)).length === 1)];
    // The limb an operation's own place is on is its upper or lower kind, said or not: an INTERSCALENE
    // BLOCK is no "Lower extremity peripheral nerve blocks" line's.
    const ownLimbKind = this.limbKindOf(concept);
    if (ownLimbKind && !saidKinds.some((k) => sameFamily(k, ownLimbKind))) saidKinds.push(ownLimbKind);
    const lines = new Set<number>();
    /** Lines whose "for …" clause the booking meets ("Primary PCI for acute myocardial infarction" by a CODE STEMI). */
    const meetsClause = new Set<number>();
    const limited: Array<{ entry: number; missing: string[]; excluded?: string[]; kinds?: string[] }> = [];
    /** A limit word the booking says that the kind's own words (or the approach it implies) say too: an AF ablation is supraventricular, an EVLA thermal. */
    const ownLimit = (w: string) => says.has(w) && (c.words.has(w) || [...c.words, ...c.implies].some((x) => v.equivalents.get(x)?.includes(w)));
    /** A limit met by the kind a booking is when it names none of its family: "Flexible bronchoscopy" by a BRONCH. */
    // (Of the operations its family is scoped to: "Liver biopsy, transvenous" is no default liver biopsy.)
    // (Any family the word is a kind of, not only the last to list it: "excisional" is a breast biopsy's kind and a hemorrhoidectomy's.)
    const byDefault = (w: string) => (v.kindsOfWord.get(w) ?? []).some((k) => v.defaultKinds.has(k) && ofThis(k) && !saidKinds.some((s) => sameFamily(s, k)));
    /**
     * A limit word that is a kind the booking is, by its own words or by the family's default:
     * "Permanent pacemaker implantation, transvenous" is met by a DUAL CHAMBER PPM. (Only of a family
     * scoped to some operations: "benign" is every lesion's default, no kind a "…, for benign disease"
     * line lets a thyroid lobectomy of no stated disease meet.)
     */
    const kindMet = (w: string) => { const k = v.kindOf.get(w); return !!k && ofThis(k) && v.kindScopes.has(familyOf(k)) && (bookedKinds.includes(k) || byDefault(w)); };
    // What the operation is always done for meets a clause of only those words (`for`), where the
    // booking states no reason of its own ("SEPTAL MYECTOMY FOR SUBAORTIC MEMBRANE" is not for HOCM).
    // (A reason it states that is the operation's own does: "THROMBECTOMY FOR STROKE".)
    const forMet = (words: readonly string[] | undefined) => c.forWords.size > 0 && !!words?.length && words.every((w) => c.forWords.has(w))
      && (!/\b(?:for|d\/t|due to)\b/i.test(r.part.text) || r.part.tokens.every((t) => !t.indication || c.forWords.has(t.word) || v.anatomy.has(t.word) || v.stopwords.has(t.word)));
    /** A limit most of the operation's own wordings say: a lumbar laminectomy is "for decompression". */
    const byItself = (w: string) => !v.anatomy.has(w) && c.phrases.filter((ph) => ph.includes(w)).length * 2 >= c.phrases.length;
    /** Lines whose describing limit the booking says ("Complex cataract extraction" for a COMPLEX PHACO, MALYUGIN RING). */
    const saysLimit = new Set<number>();
    // (Not a robotic line's, for a booking that is not robotic, nor one of another route than the booking
    // states: see below.)
    const bookedRoutes = approaches.filter((a) => ROUTES.has(a));
    const otherRoute = (e: number) => bookedRoutes.length > 0 && this.procedures[e].routes.length > 0 && !bookedRoutes.some((r) => this.procedures[e].routes.includes(r));
    // (Nor a line of it "with" a describing word and a closure the booking does not say: "Excision of skin
    // lesion with complex closure" delineates no plain excision apart from "Excision of … lesions of skin
    // and subcutaneous tissue".)
    const unsaid = (w: string) => !says.has(w) && !c.nameWords.has(w) && !stems(w).some((x) => says.has(x));
    const withUnsaid = (e: number) => !!this.describedWith.get(e)?.every(unsaid);
    const apart = (e: number) => (approaches.includes('robotic') || !this.procedures[e].modalities.includes('robotic')) && !otherRoute(e) && !withUnsaid(e);
    let kindsApartMade: boolean | undefined;
    // (A line that lists kinds of it, two or more: one kind on a line of its own, "Sigmoid colectomy", leaves the rest to broader lines.)
    const kindsApart = () => {
      if (kindsApartMade === undefined) {
        const byLine = new Map<number, number>();
        // (Not a line that also names it or what it is a kind of: the demo's "Colectomy" with its kinds as synonyms.)
        const up = new Set([concept, ...c.ancestors].flatMap((k) => (this.byConcept.get(k) ?? []).map((cov) => cov.entry)));
        for (const n of this.narrower.get(concept) ?? []) for (const e of new Set((this.byConcept.get(n) ?? []).map((cov) => cov.entry))) if (apart(e) && !up.has(e)) byLine.set(e, (byLine.get(e) ?? 0) + 1);
        kindsApartMade = [...byLine.values()].some((k) => k > 1);
      }
      return kindsApartMade;
    };
    // What a line's "with …" asks beside the operation, met by the booked wording itself: it restates it
    // ("VATS DECORTICATION" is a thoracoscopy with a decortication), says it in two words at least ("VATS
    // PLEURAL BIOPSY" one with a pleural biopsy; the "ablation" of a hybrid convergent ablation is no
    // catheter ablation), or the booking says the scope's adjective anywhere (`THORACOSCOPIC
    // DECORTICATION`, `L URETERAL STENT REMOVAL, CYSTOSCOPIC`) — of the scope itself, by name
    // ("thoracoscopic" says no medical thoracoscopy).
    const ownHits = r.hits.filter((h) => h.targets.some((t) => t.concept === concept));
    const scopesSaid = new Set([...ownHits.flatMap((h) => h.tokens), ...(r.part.context ?? [])].filter((t) => t.endsWith('scopic')).map((t) => t.replace(/scopic$/, 'scopy')));
    // (A one-word wording too where the booked operation's own wording took that word: "EGD W/ BX" says the biopsy of "… endoscopy with biopsy".)
    const saysWith = (w: number) => ownHits.some((h) => h.targets.some((t) => t.concept === concept && t.restates?.includes(w)) || v.concepts[w].phrases.some((ph) => (ph.length > 1 || !c.nameWords.has(ph[0])) && ph.every((t) => h.tokens.includes(t))))
      || v.concepts[w].phrases.some((ph) => ph.length === 1 && SCOPE.test(ph[0]) && scopesSaid.has(ph[0]) && v.concepts[w].name.toLowerCase().startsWith(ph[0]));
    // An anesthesia's line by the kind of surgery it is given for: "General anesthesia, excluding
    // cardiac surgery" is no cover for the GA of a CABG; "major vascular" only for major vascular
    // work; an exclusion of some patients' surgery — "pediatric cardiac" — is the booking's to say.
    const bySurgery = (w: string, ex: string[]) => {
      const kinds = stated.surgery?.();
      if (!kinds?.size || ex.some((x) => EXCLUDED_AGE.test(x))) return false;
      return w === 'vascular' ? kinds.has(ex.includes('major') ? 'major vascular' : 'vascular') : w === 'major' ? ex.includes('vascular') && kinds.has('major vascular') : kinds.has(w);
    };
    // (A line limited to the other limb only: see below.)
    const otherLimbOnly = (l: (typeof limited)[number]) => l.missing.length > 0 && !l.excluded?.length && !l.kinds?.length && l.missing.every((w) => w === 'upper' || w === 'lower');
    // (The one operation this add-on is a step of, where every kind of it is a step of that operation too.)
    // (And one of the same family as it, a catheterization's angiography: a colostomy is no step only of an
    // abdominoperineal resection, nor a skin graft of a Mohs excision, though each is booked beside it.)
    const stepOf = (w: number[]) => c.addonOf.length === 1 && w.every((x) => x === c.addonOf[0])
      && c.ancestors.some((a) => v.concepts[c.addonOf[0]].ancestors.includes(a))
      && kindsOfConcept(v, concept).every((k) => v.concepts[k].addonOf.includes(c.addonOf[0]));
    for (const x of [concept, ...c.ancestors]) {
      // A catalog that privileges the operation on a line of its own delineates it apart: a broader
      // line does not cover it then ("L LAPIDUS" beside "Bunionectomy, with or without osteotomy"
      // and "First metatarsocuneiform arthrodesis (Lapidus)").
      // (A robotic booking still reaches a broader line that names the robot, where the catalog
      // grants the robot by line: "Arthroplasty, hip or knee, robotic-arm assisted" for a MAKO TKA
      // beside "Arthroplasty, knee, total, primary".)
      // (Not a robotic line's, for a booking that is not robotic: "Robotic-assisted colectomy (right, left,
      // sigmoid, or total)" delineates no laparoscopic sigmoid colectomy apart from "Colectomy, segmental, …".)
      // (Nor a line of another route than the booking states: "Laparoscopic partial colectomy" delineates no
      // OPEN SIGMOID COLECTOMY apart from "Open partial or total colectomy".)
      // (So does one that privileges kinds of it on lines of their own: "Peripheral atherectomy
      // (rotational, orbital, directional)" beside an angioplasty line leaves a LASER ATHERECTOMY unknown.)
      // (Not a line limited to the other limb only: "Lower extremity peripheral nerve blocks, single injection …"
      // delineates no interscalene block apart from "Upper extremity peripheral nerve blocks …".)
      if (x !== concept && ([...lines].some(apart) || limited.some((l) => apart(l.entry) && !otherLimbOnly(l)) || kindsApart()) && !(approaches.includes('robotic') && !this.approachPrivileges.has('robotic') && ![...lines].some((e) => this.procedures[e].modalities.includes('robotic')))) break;
      // An open operation is no kind of a scope ("OPEN SUBPECTORAL BICEPS TENODESIS" under "Shoulder arthroscopy").
      if (x !== concept && approaches.includes('open') && SCOPE.test(v.concepts[x].name)) continue;
      // A kind with no place of its own is where the booking says, not where a broader operation is:
      // "R ANKLE CHONDROPLASTY" is no knee arthroscopy's chondroplasty.
      if (x !== concept && !c.home.size && !c.weak && v.concepts[x].home.size && said.length && ![...v.concepts[x].home].some((h) => named.has(h) || said.some((w) => sameRegion(w, h)))) continue;
      for (const cov of this.byConcept.get(x) ?? []) {
        // A closed reduction is no open one: "Open reduction internal fixation of facial fractures (…)"
        // does not cover a CR NASAL FX, read as the closed reduction of a nasal fracture.
        if (x !== concept && this.closedUnderOpen(concept, cov.entry)) continue;
        // (A line exact only by a limit the booking says covers kinds of it too: "Catheter ablation,
        // supraventricular arrhythmias" a cryoballoon PVI for AF.)
        // (Said by the booking and by the kind's own words: an AF ablation is supraventricular; a lateral
        // rectus recession booked beside an oblique muscle's is no vertical or oblique muscle surgery.)
        // (Or a place the booking names: "Craniotomy for excision of supratentorial brain tumor" covers an
        // awake craniotomy for a temporal glioma where the catalog has no line of its own for one.)
        // (Or what a "for …" clause says the line is for, said by the booking: "Colectomy for cancer or
        // diverticulitis" covers a sigmoid colectomy for diverticulitis.)
        // (Or a kind of a family the line names that the booking is: `kindMet`.)
        // (A line exact only by the kinds it lists of a family scoped to its operation, "…, transvenous
        // or leadless", leaves them to its kinds below.)
        if (cov.exact && x !== concept && !(cov.exactFromLimits && !cov.required.length && cov.kinds?.every((k) => v.kindScopes.has(familyOf(k)))) && !(cov.exactFromLimits && cov.required.some((w) => ownLimit(w) || kindMet(w) || c.forWords.has(w) || (said.length > 0 && named.has(w)) || ((!!cov.firm?.includes(w) || stageOf(w, cov.required)) && says.has(w))))) continue;
        // A line "with" what a kind is by definition done without does not cover that kind: "Partial
        // colectomy with anastomosis" no Hartmann procedure, "Repair of retinal detachment with vitrectomy" no scleral buckle.
        if (x !== concept && cov.withWords && [concept, ...c.ancestors].some((k) => (k === concept || v.concepts[k].ancestors.includes(x)) && cov.withWords!.some((w) => v.concepts[k].withoutWords.has(w)))) continue;
        // (The head or the neck only as the line's region: a lip is no "femoral head"'s, a chin no "femoral neck"'s.)
        // (Nor a line that takes some of the body back out: "…; head, face and neck grafting requires plastic surgery privileges".)
        const regionOnly = (s: string) => (s === 'head' || s === 'neck') && !said.includes(s) && !(HEAD_AND_NECK.test(readOf(this.procedures[cov.entry])) && !SOME_OF_BODY.test(readOf(this.procedures[cov.entry])));
        if (cov.sites.length && !cov.sites.some((s) => (named.has(s) || [...named].some((n) => stems(n).includes(s) || stems(s).includes(n))) && !regionOnly(s)) && !(cov.categorySites && inCategory(cov.sites))) continue;
        // (Nor where the booking says the other side of a pair too: "VT ablation, endocardial/epicardial"
        // under a line for the endocardial one, "UPPER AND LOWER BLEPHAROPLASTY" under an upper lid's.)
        if (cov.sites.some((s) => partnersOf(s).some((w) => named.has(w) && !cov.sites.includes(w)))) continue;
        if (cov.besideLimbs && (saidLimbs.size || saidJoints.length) && !besideFits(cov.besideLimbs)) continue;
        // (An operation a line includes, done where the line's is, where the booking names its place elsewhere: `besideHome`.)
        if (cov.besideHome && named.size && ![...named].some((w) => cov.besideHome!.some((h) => sameRegion(h, w) || (v.within.get(w) ?? []).some((r) => r.join(' ') === h)))) continue;
        // "…, upper extremity": its side of the body must be the booking's too (an arm is no lower extremity).
        const sides = cov.sites.filter((x) => x === 'upper' || x === 'lower');
        if (sides.length && !sides.some((x) => named.has(x))) continue;
        // A limit to a region's tissue is met by a site within it ("…, skin and subcutaneous" by an axilla).
        // ("upper" and "lower" only where the line says them of a limb: a leg is no lower eyelid.)
        // (Or by a kind a booking is when it names none of its family: "Flexible bronchoscopy" by a BRONCH.)
        // (Or what the operation is a kind of says it: a B-Lynch suture is postpartum hemorrhage management, "for hemorrhage".)
        // (Not a kind of a family, which only the booking's own words or the family's default settle.)
        const kindSays = (w: string) => !v.anatomy.has(w) && !v.kindOf.has(w) && c.ancestors.some((a) => nameSays(v, a, w));
        // (Or a kind word met by another word of that kind the booking says: "high-grade" by a GBM.)
        const saysKind = (w: string) => { const k = v.kindOf.get(w); return !!k && ofThis(k) && bookedKinds.includes(k); };
        // (A limb's "upper" or "lower" is not met by the word said of the other limb: "R UPPER THIGH" under "Upper extremity …".)
        const otherLimb = (w: string) => (w === 'upper' || w === 'lower') && !!cov.limbWords && [...saidLimbs].some((l) => l !== w);
        // (Or a kind word the booked operation's own name says, where the booking says no other of its
        // family: "Laser skin resurfacing, ablative and non-ablative" is met by a CO2 LASER RESURFACING.)
        const kindByName = (w: string) => { const k = v.kindOf.get(w); return !!k && c.nameWords.has(w) && !saidKinds.some((s) => s !== k && sameFamily(s, k)); };
        // (Or what the operation is always done for: a septal myectomy is for hypertrophic obstructive cardiomyopathy.)
        // (What the case is for, said of any of its operations, is what each is for: "Ex lap, repair diaphragm
        // (stab wound)" is a laparotomy for trauma.)
        // (Not a part that says what it is for itself: "R CHEST TUBE (STAB WOUND), EX LAP FOR SBO".)
        const ownFor = r.part.tokens.some((t) => t.indication);
        const caseSays = (w: string) => !ownFor && !!cov.firm?.includes(w) && !v.anatomy.has(w) && !!this.caseWords?.().has(w);
        // (Nor does the rest of the booking speak for it through the words it shares: a "for trauma" clause is
        // met by the part's own words when it says what it is for.)
        const partSays = (w: string) => says.has(w) && (!ownFor || !cov.firm?.includes(w) || r.part.tokens.some((t) => t.word === w || (v.equivalents.get(t.word) ?? []).includes(w)));
        // (An anesthetic "for surgery and postoperative pain" is met by the operation the booking names beside it:
        // "TEA T6-7 + GA WHIPPLE".)
        const forSurgery = (w: string) => c.weak && SURGERY_WORD.test(w) && !!stated.operated?.();
        const inSite = (k: string) => says.has(k) || named.has(k) || [...says].some((w) => (v.within.get(w) ?? []).some((x) => x.join(' ') === k));
        // (A region's name is met by a place within it: "supratentorial" by a frontal one.)
        const withinSaid = (w: string) => this.regions().has(w) && inSite(w);
        if (cov.required.length && !cov.required.some((w) => !otherLimb(w) && (partSays(w) || caseSays(w) || byDefault(w) || byItself(w) || kindSays(w) || saysKind(w) || kindByName(w) || forSurgery(w) || (named.has(w) && ((w !== 'upper' && w !== 'lower') || cov.limbWords)) || withinSaid(w))) && !forMet(cov.firm?.length ? cov.firm : cov.required)) {
          limited.push({ entry: cov.entry, missing: cov.required });
          continue;
        }
        // (Only a line that covers the booking decides: one a later limit refuses takes nothing away.)
        const describes = cov.required.some((w) => says.has(w) && v.descriptors.has(w));
        // A "for …" clause is met by the word that tells it apart, not by any of its words:
        // "Craniotomy for resection of supratentorial brain tumor" is not met by "… cerebellar tumor".
        let key = this.clauseKeys.get(cov);
        if (!key) this.clauseKeys.set(cov, (key = this.keyWords(cov.firm, readOf(this.procedures[cov.entry]))));
        // Its site said (or a site within it), and its telling word: "for breast cancer" needs the breast and the cancer.
        const keySites = key.filter((w) => v.anatomy.has(w) && !v.descriptors.has(w));
        const keyWords = key.filter((w) => !keySites.includes(w));
        // (Nor by a booking that says the other side of one of its words: an "external" jugular line under
        // "…, internal jugular or femoral vein only".)
        // (What the operation is always done for meets its site too: an otoplasty is for prominent ears.)
        if ((keySites.length && !keySites.some(inSite) && !forMet(cov.firm)) || (keyWords.length && !keyWords.some((w) => partSays(w) || caseSays(w) || byItself(w) || kindSays(w) || byDefault(w) || withinSaid(w)) && !forMet(cov.firm) && !cov.firm?.some(forSurgery)) || saysOtherSide(cov.firm ?? [], says)) {
          limited.push({ entry: cov.entry, missing: key });
          continue;
        }
        // (A line for what the booking is for decides even where its kind refuses the booking: a
        // femoral-only STEMI line takes a radial STEMI PCI from the general PCI line.)
        if (key.length) meetsClause.add(cov.entry);
        // "…, excluding pilon and bicondylar tibial plateau fractures": a booking that says one of them.
        // (Or a kind of the line's operation that always does it: a Hartmann procedure, under
        // "Partial colectomy without colostomy", is a colectomy with an end colostomy.)
        // (Or the kind of surgery an anesthesia is for: `bySurgery`.)
        const excluded = cov.excluding?.filter((w) => (w === PREGNANCY_MARK ? !!stated.pregnancy || !!stated.surgery?.().has('obstetric') : (says.has(w) || (x !== concept && ((c.words.has(w) && v.procedureSuffix.test(w)) || c.nameWords.has(w)))) && !v.anatomy.has(w)) || (c.weak && bySurgery(w, cov.excluding!))) ?? [];
        // (A site, or a region a booked site is within: "excluding intracranial …" and a sagittal sinus.)
        // (Or the place the booked operation's own name says: a BOXER'S FX is a metacarpal's, in the hand.)
        const excludedSites = cov.excluding?.filter((w) => named.has(w) || (v.anatomy.has(w) && [...c.nameWords].some((n) => n === w || (v.within.get(n) ?? []).some((r) => r.join(' ') === w)))) ?? [];
        // "Paracentesis, diagnostic" for a THERAPEUTIC PARACENTESIS: a line that names the ordinary
        // case of a pair is no cover for the other case the booking says.
        const otherCase = (this.otherCases.get(cov.entry) ?? []).map((other) => other.exec(r.part.text)?.[0].toLowerCase()).filter((w): w is string => !!w);
        // "Thyroidectomy, excluding substernal thyroidectomy": a booking read as the operation the
        // exclusion names, or a kind of it, is excluded though it says none of its words
        // ("RETROSTERNAL GOITRE THYROIDECTOMY", "OXFORD PARTIAL KNEE", a code).
        // (Never the line's own operation or one it is a kind of: "excluding recurrent hernia repair" reads a hernia repair.)
        const excludedOps = cov.excluding?.length ? this.excludedOperations(cov, x) : [];
        const byOperation = excludedOps.filter((k) => k === concept || c.ancestors.includes(k)).map((k) => v.concepts[k].name.toLowerCase());
        if (excluded.length || excludedSites.length || otherCase.length || byOperation.length) {
          limited.push({ entry: cov.entry, missing: [], excluded: [...excluded, ...excludedSites, ...otherCase, ...byOperation] });
          continue;
        }
        // "CRYOABLATION RENAL MASS" under "…, radiofrequency or microwave"; "MID-FORCEPS" under "forceps (outlet and low)".
        // (A radial second access beside one the line names is no other kind: "TAVR TRANSFEMORAL, R RADIAL ACCESS".)
        // (A booking that names no kind of a family scoped to some operations is its default kind: a
        // PHACO/IOL is a monofocal lens's, no "presbyopia-correcting IOL" line's.)
        const defaults = cov.kinds ? cov.kinds.map((x) => [...v.defaultKinds].find((d) => sameFamily(d, x))).filter((d): d is string => !!d && v.kindScopes.has(familyOf(d)) && !cov.openFamilies?.includes(familyOf(d)) && ofThis(d) && !saidKinds.some((k) => sameFamily(k, d))) : [];
        const otherKinds = cov.kinds ? [...saidKinds, ...new Set(defaults)].filter((k) => !cov.kinds!.includes(k) && cov.kinds!.some((x) => sameFamily(x, k))
          // (The default kind said outright is still the one a line that names another only as included covers: "ECT, …, including maintenance ECT" an INDEX COURSE.)
          && !(cov.openFamilies?.includes(familyOf(k)) && v.defaultKinds.has(k))
          && !(kindName(k) === 'transradial access' && saidKinds.some((o) => sameFamily(o, k) && cov.kinds!.includes(o)))) : [];
        if (otherKinds.length) {
          limited.push({ entry: cov.entry, missing: [], kinds: otherKinds.map(kindName) });
          continue;
        }
        // (Or what the booked wording itself says of it: `saysWith`.)
        // (Not where what it is "with" is the one operation it is a step of: "Left heart catheterization
        // with coronary angiography" covers a CORONARY ANGIOGRAM, done by that catheterization; a bare
        // POLYPECTOMY may be a colonoscopy's or an EGD's, so "Colonoscopy with polypectomy" waits for the word;
        // so does a bare ANGIOPLASTY under "Peripheral atherectomy with angioplasty": a coronary one is a kind of it;
        // and only the line's own wording of it, not a broader one's: an SFA STENT is no such line's.)
        // (A line's "with or without" offers and never grants alone: "Tonsillectomy, with or without adenoidectomy".)
        if (cov.with && !(x === concept && stepOf(cov.with) && !OPTIONAL_CLAUSE_I.test(readOf(this.procedures[cov.entry]))) && !cov.with.some((w) => inBooking.has(w) || [...inBooking].some((b) => v.concepts[b].ancestors.includes(w)) || saysWith(w))) {
          limited.push({ entry: cov.entry, missing: cov.with.map((w) => v.concepts[w].name) });
          continue;
        }
        if (describes) saysLimit.add(cov.entry);
        lines.add(cov.entry);
      }
    }
    // A line "with" what the booking does not say is not the one it needs beside a line without it
    // ("Excision of skin lesion with complex closure" beside a plain excision's line).
    if (lines.size > 1 && [...lines].some((e) => !withUnsaid(e))) for (const e of [...lines]) if (withUnsaid(e)) lines.delete(e);
    // A diagnostic line is no cover for its operation booked with an add-on the line does not take,
    // where another line covers both ("Flexible bronchoscopy, diagnostic" beside "Bronchoscopy with
    // bronchoalveolar lavage", for a BRONCH W/ BAL); alone, it still covers the look itself.
    if (lines.size > 1) {
      const addons = [...new Set(r.hits.flatMap((h) => h.targets.map((t) => t.concept)))].filter((b) => b >= 0 && b !== concept && v.concepts[b].addonOf.some((p) => p === concept || c.ancestors.includes(p)));
      const takesAll = (e: number) => addons.every((a) => this.takesAddons(e, a));
      if (addons.length && [...lines].some(takesAll)) for (const e of [...lines]) if (!takesAll(e)) lines.delete(e);
    }
    // A catalog that privileges the operation apart for what the booking says it is for ("Primary
    // PCI for acute myocardial infarction" beside "PCI with stent placement", for a CODE STEMI PCI)
    // delineates that case: its line is what the booking needs, not the general one.
    // So does a line whose describing word the booking says: "Complex cataract extraction" beside
    // "Cataract extraction" is what a complex one needs (a Malyugin ring, a tension ring say so).
    // (Only a line the booking can have: "Robotic-assisted total hip arthroplasty, posterior approach
    // only" does not decide for an L THA POSTERIOR that names no robot.)
    const usable = (e: number) => this.procedures[e].modalities.every((m) => modalityMet(this.procedures[e], m, approaches));
    // (A line kept to some sites by "… only" is no case of its own: "…, internal jugular or femoral vein
    // only" does not take an R IJ CVC from "…, internal jugular, subclavian, or femoral vein".)
    const clauses = new Set([...meetsClause].filter((e) => usable(e) && !this.onlyLines.has(e)));
    const decides = clauses.size ? clauses : new Set([...saysLimit].filter(usable));
    if (decides.size) for (const e of [...lines]) if (!decides.has(e)) lines.delete(e);
    // A line for the booking's stated weight ("Laparoscopic hysterectomy, uterus greater than 250
    // grams" for "TLH FOR 600G FIBROID UTERUS") decides even beside a line of the operation's own.
    if (stated.grams !== undefined && lines.size) {
      for (const x of c.ancestors) for (const cov of this.byConcept.get(x) ?? []) {
        const { weight: w, routes } = this.procedures[cov.entry];
        // (By the booking's route: a laparoscopic one's weight line is not a vaginal hysterectomy's.)
        // (A robotic hysterectomy is a laparoscopic one.)
        if (w && weightFits(w, stated.grams) && (!routes.length || routes.some((x) => approaches.includes(x) || (x === 'laparoscopic' && approaches.includes('robotic'))))) lines.add(cov.entry);
      }
    }
    // An add-on booked with its parent is covered by the parent's line too — unless the catalog
    // privileges it on a line of its own (turbinate reduction beside septoplasty, a diverting
    // ileostomy beside a LAR): then that line is what it needs.
    // (A narrower line is a line of its own too: "SEPTOPLASTY, TURBINATE REDUCTION" beside "Inferior
    // turbinate reduction" — unless the add-on is said within its parent's words, as a step of it:
    // "HIS BUNDLE PACING PPM".)
    // (Not one joined to it as an operation of its own, "SEPTOPLASTY W TURBINATE REDUCTION", where a
    // kind of it has a line that is no line of its parent: "Inferior turbinate reduction". "LHC W CORS"
    // under "Left heart catheterization with selective coronary angiography, bypass graft angiography …" is its parent's.)
    const parentLines = () => new Set(c.addonOf.flatMap((p) => (this.byConcept.get(p) ?? []).map((cov) => cov.entry)));
    const apartKind = () => [...(this.narrower.get(concept) ?? [])].some((n) => (this.byConcept.get(n) ?? []).some((cov) => !parentLines().has(cov.entry)));
    const restated = c.addonOf.some((p) => r.hits.some((h) => h.targets.some((t) => t.concept === p))) && !(/\b(?:w|with|and)\b|[&+]/i.test(r.part.text) && apartKind());
    // (Not where the catalog has a line of its own for it somewhere else: "Upper GI hemostasis" does
    // not let a colonoscopy's line cover its control of bleeding.)
    // (Nor where a line InScope could not read uses a word of its name: "Reduction, inferior
    // turbinates, …" unread may be that line — unknown is safer than the parent's cover.)
    // (By a word that names something of its own: not an action, a describing word or a device.)
    const unreadLine = () => [...c.nameWords].some((w) => this.unreadWords.has(w) && !v.stopwords.has(w) && !v.defaultActions.has(w) && !v.procedureWords.has(w)
      && !v.modifiers.has(w) && !v.descriptors.has(w) && (v.byToken.get(w)?.length ?? 0) <= 30);
    // (Read as an add-on's parent, a part looks no further up: no add-on is read twice round.)
    // (Where the catalog names it on another line, a line of the parent still covers it when the
    // line says it in words: "Extracapsular cataract extraction with insertion of intraocular lens
    // prosthesis" the lens of a phaco, beside "Pediatric cataract surgery, with or without intraocular lens".)
    const elsewhere = limited.length > 0 || !!this.byConcept.get(concept)?.length;
    // (Where the catalog lists kinds of it apart, an add-on booked beside its parent is still the
    // parent's where a line of the parent names it: "SCROTAL EXPLORE + BILAT ORCHIOPEXY (TORSION)"
    // under "Scrotal exploration for testicular torsion with orchiopexy", beside lines for the kinds
    // of orchiopexy an undescended testis needs.)
    const kindsListed = [...(this.narrower.get(concept) ?? [])].some((n) => this.byConcept.get(n)?.length);
    const namedByParent = (e: number) => { const words = this.lineWords(e); return c.nameWords.size > 0 && [...c.nameWords].every((w) => words.has(w) && !v.defaultActions.has(w) && !v.procedureWords.has(w)); };
    // (Not where the booking names a way in, "+ LAP ORCHIOPEXY": a kind the catalog lists apart may be it.)
    // (Nor where it says a word of one of those kinds, or what it is for: "+ ORCHIOPEXY FOR INTRA-ABDOMINAL
    // TESTIS", "+ ORCHIOPEXY FOR NONPALPABLE TESTIS" may be one of them.)
    const saysKindWord = () => r.part.tokens.some((t) => t.indication) || [...(this.narrower.get(concept) ?? [])].some((n) => v.concepts[n].phrases.some((ph) => ph.some((w) => r.part.tokens.some((t) => t.word === w) && !c.words.has(w) && !v.stopwords.has(w))));
    const besideParent = !restated && kindsListed && c.addonOf.some((p) => inBooking.has(p)) && !approaches.some((a) => ROUTES.has(a) && a !== 'open') && !saysKindWord();
    if (this.addons && !asParent && !lines.size && !unreadLine() && (restated || !kindsListed || besideParent)) {
      // (The lines that cover the parent as booked, within their limits: a "Complex cataract
      // extraction" line does not cover the lens of a routine phaco.)
      for (const p of c.addonOf) {
        if (!inBooking.has(p)) continue;
        // (Where the add-on's own part does not meet the parent's lines, where the booking names the parent:
        // "EXCISE/GRAFT 18% TBSA …, VAC BOLSTER", whose graft line is up to 20% TBSA. The add-on's own part first:
        // "CE/IOL OD W/ MALYUGIN RING" keeps its lens to the complex cataract line its words name.)
        const elsewherePart = r.hits.some((h) => h.targets.some((t) => t.concept === p)) ? undefined : this.caseReadings.find((x) => x !== r && x.hits.some((h) => h.targets.some((t) => t.concept === p)));
        // (A combined operation booked in another part, which the catalog lists as its parts, by those parts' lines: under the graft's.)
        const whole = elsewherePart && v.concepts[p].combines.length && !this.byConcept.has(p) ? v.concepts[p].combines : [p];
        for (const q of whole) {
          let parent = this.partFor(q, r, approaches, inBooking, { ...stated, robotAsked: undefined }, true);
          if (parent.status !== 'matched' && elsewherePart) parent = this.partFor(q, elsewherePart, approaches, inBooking, { ...stated, robotAsked: undefined }, true);
          if (parent.status !== 'matched') continue;
          // (Nor a line that names another add-on alone after "with": "Bronchoscopy with bronchoalveolar
          // lavage" is no transbronchial biopsy, even as the catalog's only bronchoscopy line.)
          const oneKind = (e: number) => !!this.oneAddon.get(e)?.size && !this.oneAddon.get(e)!.has(concept) && !this.mentions.get(e)?.has(concept);
          for (const line of parent.groups.flat()) if (this.takesAddons(line.id, concept) && !oneKind(line.id) && (!elsewhere || this.lineSays(line.id, concept)) && (!besideParent || namedByParent(line.id))) lines.add(line.id);
        }
      }
    }
    if (!lines.size) {
      const narrower = [...(this.narrower.get(concept) ?? [])];
      if (narrower.length) {
        // "CRANIOTOMY FOR ACUTE SDH EVACUATION": what it is for may say which kind — read with those
        // words, a kind the catalog lists is the case.
        if (r.part.tokens.some((t) => t.indication)) {
          const whole = readPart(v, { ...r.part, tokens: r.part.tokens.map((t) => ({ ...t, indication: false })) }, 'booking', this.local);
          for (const t of whole.hits.flatMap((h) => h.targets)) {
            if (t.concept < 0 || !narrower.includes(t.concept)) continue;
            const kind = this.partFor(t.concept, whole, approaches, inBooking, stated);
            if (kind.status === 'matched') return { ...kind, text };
          }
        }
        const candidates = [...new Set(narrower.flatMap((n) => (this.byConcept.get(n) ?? []).map((cov) => cov.entry)))].map((i) => this.procedures[i]);
        return {
          text, status: 'unknown', groups: [], concept: c.name, candidates: candidates.slice(0, 5),
          why: `the booking says "${c.name}" but not which: the catalog lists ${[...new Set(candidates.map((p) => p.procedure))].slice(0, 4).join(' / ')}`,
        };
      }
      const sited = [...(this.byConcept.get(concept) ?? [])].filter((cov) => cov.sites.length);
      if (limited.length) {
        const excluded = [...new Set(limited.flatMap((l) => l.excluded ?? []).map((w) => (w === PREGNANCY_MARK ? 'pregnancy' : w)))];
        const missing = [...new Set(limited.flatMap((l) => l.missing))];
        const kinds = [...new Set(limited.flatMap((l) => l.kinds ?? []))];
        if (kinds.length && !excluded.length && !missing.length) {
          return {
            text, status: 'unknown', groups: [], concept: c.name, candidates: [...new Set(limited.map((l) => this.procedures[l.entry]))].slice(0, 5),
            why: `${c.name}: only ${names(limited.map((l) => this.procedures[l.entry]), 4)}, not ${kinds.join(' or ')}`,
          };
        }
        return {
          text, status: 'unknown', groups: [], concept: c.name, candidates: [...new Set(limited.map((l) => this.procedures[l.entry]))].slice(0, 5),
          // (Refused by what its lines exclude: no code the booking carries stands in for it.)
          // (Or by what its lines are only for, which no code says.)
          ...(excluded.length && !missing.length ? { outside: 'excluded' as const } : !excluded.length ? { outside: 'limit' as const } : {}),
          why: `${c.name}: the catalog lists it only as ${names(limited.map((l) => this.procedures[l.entry]), 4)}, ${
            excluded.length ? `which excludes ${excluded.slice(0, 6).join(', ')}${missing.length ? `, or without ${missing.slice(0, 6).join(' or ')}` : ''}` : `and the booking does not say ${missing.slice(0, 6).join(' or ')}`}`,
        };
      }
      return {
        text, status: 'unknown', groups: [], concept: c.name, candidates: this.closest([...c.words]),
        why: sited.length
          ? `${c.name}: the catalog lists it only for ${[...new Set(sited.flatMap((s) => s.sites))].join(', ')}`
          : `${c.name} is not in the catalog`,
      };
    }
    // An operation on newborns by name ("GOMCO CIRCUMCISION" is a newborn circumcision) has a newborn patient.
    const newborn = stated.age || !/newborn|neonatal/i.test(c.name) ? stated : { ...stated, age: { child: true, neonate: true } as AgeSaid };
    return this.grouped([...lines].map((i) => this.procedures[i]), text, approaches, c.name, { ...newborn, places: said }, concept);
  }

  /** The kinds a booking part's own words say, before any comment and not what it is for (worked out once per part). */
  private readonly ownKindsMade = new WeakMap<Part, string[]>();
  private ownKindsOf(part: Part): string[] {
    const made = this.ownKindsMade.get(part);
    if (made) return made;
    const v = this.vocabulary;
    // (Its words an abbreviation or a way in took count too: "… UNDER CT".)
    const headText = fold(beforeComment(part.text)).split(/[^a-z0-9]+/);
    const head = new Set(headText.flatMap((w) => [w, ...normalizeWord(v, w)]));
    const tokenWords = new Set(part.tokens.map((t) => t.word));
    const ownWords = [...part.tokens.filter((t) => !t.indication && head.has(t.word)).map((t) => t.word), ...headText.filter((w, i) => w && !tokenWords.has(w) && v.kindsOfWord.has(w) && headText[i - 1] !== 'non'), ...part.approaches];
    const out = kindsOf(v, [...ownWords, ...ownWords.flatMap((w) => v.equivalents.get(w) ?? [])]);
    this.ownKindsMade.set(part, out);
    return out;
  }

  /** Every word a booking part says, in the forms catalog limits use (and their equivalents: peds ~ pediatric ~ children). */
  private wordsOf(part: Part): Set<string> {
    const v = this.vocabulary;
    const out = new Set<string>();
    for (const t of part.tokens) out.add(t.word);
    // The side it says: "L HEMICOLECTOMY" is a left one.
    if (part.laterality === 'left' || part.laterality === 'right') out.add(part.laterality);
    else if (part.laterality === 'bilateral') out.add('left').add('right');
    // The approach an abbreviation stands for says its word too: "TAH" is abdominal (open).
    for (const a of part.approaches) out.add(a);
    for (const w of part.context) if (!w.startsWith('@')) for (const n of normalizeWord(v, w)) out.add(n);
    for (const w of [...out]) for (const e of v.equivalents.get(w) ?? []) out.add(e);
    return out;
  }

  /** Lines grouped by the route the booking names (laparoscopic or open variants of one operation). */
  /** `index`: the concept's (negative for a catalog line's own wording). */
  /** The words of every part of the booking being read, made on first use (set by partsOf for the parts it makes; a booking of one part needs none). */
  private caseWords: (() => Set<string>) | undefined;
  /** Whether a booked closed reduction meets a line for open reduction only, through an operation both are kinds of (it does not). */
  private closedUnderOpen(booked: number, entry: number): boolean {
    return this.openReductionOnly.has(entry) && CLOSED_REDUCTION.test(this.vocabulary.concepts[booked].name);
  }

  /** The readings of the booking being matched: where an add-on booked in a part of its own finds its parent's. */
  private caseReadings: PartReading[] = [];
  private readonly limbKinds = new Map<number, string | undefined>();
  /** The upper or lower kind of an operation whose own place is on one limb (worked out once per concept). */
  private limbKindOf(concept: number): string | undefined {
    if (!this.limbKinds.has(concept)) {
      const v = this.vocabulary;
      const limbs = new Set([...v.concepts[concept].home].map((h) => limbOfSite(v, h)).filter(Boolean));
      this.limbKinds.set(concept, limbs.size === 1 ? v.kindOf.get([...limbs][0]!) : undefined);
    }
    return this.limbKinds.get(concept);
  }

  private laserPlacesMade?: string[];
  /** The places of operations the catalog privileges on lines that need a laser (not those offering it among other ways). */
  private laserPlaces(): string[] {
    if (!this.laserPlacesMade) {
      const out = new Set<string>();
      for (const [concept, covs] of this.byConcept) {
        const laser = covs.filter((cov) => this.procedures[cov.entry].modalities.includes('laser') && !this.procedures[cov.entry].optionalModalities?.includes('laser'));
        if (laser.length) for (const w of placesOf(this.vocabulary, concept)) out.add(w);
        // (And the sites such a line names: "CO2 laser surgery of the larynx and upper airway".)
        for (const cov of laser) for (const w of cov.sites) if (!isBodySide(w)) out.add(w);
      }
      this.laserPlacesMade = [...out];
    }
    return this.laserPlacesMade;
  }
  /**
   * Whether the catalog privileges laser surgery on a line of its own where these operations are, or at
   * a site the booking names or a region holding it (a vocal cord is in the larynx). Operations always
   * done with a laser (HoLEP, an EVLA) are their own lines' business.
   */
  private laserApartAt(concepts: readonly number[], sites: Iterable<string>): boolean {
    const v = this.vocabulary;
    const own = concepts.filter((c) => c >= 0 && !v.concepts[c].implies.includes('laser'));
    if (!own.length) return false;
    const places = new Set(own.flatMap((c) => [...placesOf(v, c)]));
    for (const s of sites) for (const w of [s, ...(v.within.get(s) ?? []).map((r) => r.join(' '))]) places.add(w);
    // (Or a place the operation's name is built on: a microlaryngoscopy is at the larynx.)
    const names = own.flatMap((c) => [...v.concepts[c].nameWords]);
    return this.laserPlaces().some((w) => places.has(w) || (w.length >= 5 && names.some((n) => n.includes(w.slice(0, 5)))));
  }

  private grouped(procs: CatalogProcedure[], text: string, approaches: string[], concept: string, said: Said = {}, index = -1): MatchPart {
    const modalities = approaches.filter((a) => !ROUTES.has(a));
    // A line's routes for this operation: its own where the line's operations each imply theirs.
    const chain = index < 0 ? [] : [index, ...this.vocabulary.concepts[index].ancestors];
    const lineRoutes = (p: CatalogProcedure) => { for (const c of p.routesByConcept ? chain : []) { const r = p.routesByConcept!.get(c); if (r) return r; } return p.routes; };
    const routes = approaches.filter((a) => ROUTES.has(a));
    // Robotic surgery is minimally invasive: without another route it reads as laparoscopic.
    // (Beside a conversion too: "ROBOTIC CHOLE POSS CONVERT TO OPEN" is robotic, then maybe open.)
    // (In the chest, thoracoscopic: where the catalog lists the operation thoracoscopic and never
    // laparoscopic, "ROBOTIC RUL LOBECTOMY" is the thoracoscopic one.)
    if (modalities.includes('robotic') && !routes.filter((r) => r !== 'open').length) {
      routes.unshift(!procs.some((p) => lineRoutes(p).includes('laparoscopic')) && procs.some((p) => lineRoutes(p).includes('endoscopic')) ? 'endoscopic' : 'laparoscopic');
    }
    // "Pancreaticoduodenectomy, open or robotic": the robot a line names as one way beside its open one
    // (`optionalModalities`) is a way of its own, minimally invasive, for a robotic booking (a ROBOTIC
    // WHIPPLE had been refused as laparoscopic); a laparoscopic booking without the robot is still none
    // of the line's, and a line that names the robot only to set it apart ("(robotic requires separate
    // privileges)", "not robotic") offers no such way.
    const robotBooked = modalities.includes('robotic');
    const rt = (p: CatalogProcedure) => {
      const r = lineRoutes(p);
      return robotBooked && r.length > 0 && r.every((x) => x === 'open') && !!p.optionalModalities?.includes('robotic') ? [...r, ...routes.filter((x) => x !== 'open')] : r;
    };
    // (A tool another part of the booking uses counts, the robot apart: see `Said`.)
    let compatible = procs.filter((p) => p.modalities.every((m) => modalityMet(p, m, approaches) || !!said.tools?.includes(m)));
    // A line for some ages ("age 12 and over", "adults"), spinal levels ("one to three levels") or
    // uterine weights ("uterus less than 250 g") covers a booking that states one only within it;
    // a line for large uteri ("250 g or greater") is for bookings that say so, and where the catalog
    // delineates by weight, the lines that say so decide.
    // (`settled`: no code on the booking can change it.)
    const outside = (said: string, settled = true): MatchPart => ({ text, status: 'unknown', ...(settled ? { outside: 'patient' as const } : {}), groups: [], candidates: compatible, concept, why: `${said}, outside what the catalog lists ${concept} for (${names(compatible, 3)})` });
    const { age, levels, grams } = said;
    const within = (fits: (p: CatalogProcedure) => boolean) => compatible.filter(fits);
    if (age) {
      const fitting = within((p) => !p.ages || ageFits(p.ages, age));
      const patient = `the booking's patient is ${'years' in age ? (Number.isInteger(age.years) ? `${age.years} years old` : `${Math.round(age.years * 12)} months old`) : 'a child'}`;
      if (!fitting.length && compatible.length) return outside(patient);
      // "L INGUINAL HERNIA REPAIR - 2 YO" where the open line is for 5 and over and the laparoscopic one
      // for any age: a booking that names no way in may be done the way whose line its age leaves out.
      if (!routes.length) {
        const kept = new Set(fitting.flatMap((p) => (rt(p).length ? rt(p) : [...ROUTES])));
        // (A line that names no way in, left out by age, says nothing of ways: "Pediatric appendectomy" beside "Appendectomy, laparoscopic or open".)
        if (compatible.some((p) => !fitting.includes(p) && rt(p).some((r) => !kept.has(r)))) return outside(patient);
      }
      // A catalog that privileges children apart from some age on ("General anesthesia for pediatric
      // patients, age 2 years and older") privileges a younger child on no line: its line for every
      // patient is not for them.
      // (A children's line by its ages or its words: "Pediatric inguinal hernia repair, age 6 months and older".)
      const children = (p: CatalogProcedure) => (p.ages?.max !== undefined && p.ages.max < 18) || /\b(?:pediatric|paediatric|children|child|infants?)\b/i.test(readOf(p));
      const younger = 'years' in age && age.years < 18 && compatible.some((p) => children(p) && (p.ages?.min ?? 0) > 0 && age.years < p.ages!.min!);
      if (younger && !fitting.some((p) => p.ages)) return outside(patient);
      // A catalog that delineates the operation for these patients apart ("Electroconvulsive therapy
      // for patients under 18", "Inguinal hernia repair in infants and children"): that line decides.
      const delineated = fitting.filter((p) => p.ages);
      compatible = delineated.length ? delineated : fitting;
    } else {
      // No age said: a line for some patients only ("Pediatric appendectomy") is no cover for a
      // patient who may be anyone, where the catalog has a line for every patient beside it.
      const general = within((p) => !p.ages);
      // (Where the catalog splits it by age, a booking that states none is an adult's: children's
      // bookings say their age. A line only for children is no cover for it.)
      const adults = within((p) => !!p.ages && forAdults(p.ages));
      if (general.length) compatible = general;
      else if (adults.length) compatible = adults;
      // (Nor where its lines say they are for children only: an unaged booking may be an adult's. A
      // line of a privilege titled for children, "Pediatric Surgery Core", is its service's own.)
      else if (compatible.length && compatible.every((p) => this.agedLines.has(p.id))) return outside('the booking states no age');
    }
    // "…, L4-L5 and L5-S1 levels only": an L3-4 ALIF is outside it; "…, L3 through S1": a T12 is.
    for (const [stated, only] of [[said.segments, this.segmentLines], [said.vertebrae, this.vertebraLines]] as const) {
      if (!stated) continue;
      const fitting = within((p) => !only.get(p.id) || stated.every((k) => only.get(p.id)!.has(k)));
      if (!fitting.length && compatible.length) return outside('the booking\'s levels');
      compatible = fitting;
    }
    if (levels !== undefined) {
      const fitting = within((p) => !p.levels || ((p.levels.min ?? 0) <= levels && levels <= (p.levels.max ?? Infinity)));
      if (!fitting.length && compatible.length) return outside(`the booking spans ${levels} level${levels === 1 ? '' : 's'}`);
      compatible = fitting;
    }
    if (grams === undefined && compatible.some((p) => p.weight?.min !== undefined)) {
      const ordinary = within((p) => p.weight?.min === undefined);
      // (Not settled: a code may say which weight — CPT numbers tell laparoscopic hysterectomies by it.)
      if (!ordinary.length) return outside('the booking states no weight', false);
      compatible = ordinary;
    }
    if (grams !== undefined) {
      const weighed = within((p) => !!p.weight && weightFits(p.weight, grams));
      const fitting = weighed.length ? weighed : within((p) => !p.weight || weightFits(p.weight, grams));
      if (!fitting.length && compatible.length) return outside(`the booking states ${grams} g`);
      compatible = fitting;
    }
    // Lesion sizes ("Excision of soft tissue mass, subcutaneous (< 3 cm)") and weeks of pregnancy
    // ("D&E, second trimester (up to 20 weeks)"), read as weights are: a stated measure outside a
    // line's leaves it out; a line only for larger lesions or later weeks needs them said.
    for (const measure of MEASURES) {
      const { key, said: saidKey, unit, noun } = measure;
      const stated = said[saidKey];
      if (!compatible.some((p) => p[key])) continue;
      if (stated === undefined && 'unstatedFree' in measure) continue;
      if (stated === undefined) {
        // (Where the catalog splits the operation by it, "< 3 cm" beside "3 cm or greater", a booking
        // that states none could be either: unknown.)
        if (compatible.some((p) => p[key]?.min !== undefined) && compatible.some((p) => p[key]?.max !== undefined && p[key]?.min === undefined)) return outside(`the booking states no ${noun}`, false);
        const ordinary = within((p) => p[key]?.min === undefined || !!p[key]?.unstatedFree);
        if (!ordinary.length) return outside(`the booking states no ${noun}`, false);
        compatible = ordinary;
        continue;
      }
      const fitting = within((p) => !p[key] || fits(p[key]!, stated));
      // (NaN: said of a kind the line bounds, with no measure — a premature infant of no stated age.)
      if (!fitting.length) return outside(Number.isNaN(stated) ? `the booking says a premature infant and no ${noun}` : `the booking states ${Math.round(stated * 10) / 10} ${unit}`);
      compatible = fitting;
    }
    // Robotic privileges are delineated apart: where the catalog has no robotic approach privilege,
    // a robotic booking needs a line that names robotic surgery ("Appendectomy, open and
    // laparoscopic" does not say a surgeon may operate with the robot).
    // A conversion to open is no robotic operation: its lines are those that do not need the robot.
    const beforeRobot = compatible;
    const needsNoRobot = (p: CatalogProcedure) => !p.modalities.includes('robotic') || !!p.optionalModalities?.includes('robotic');
    if (modalities.includes('robotic') && !this.approachPrivileges.has('robotic') && !said.robotAsked) {
      // ("Esophagectomy, any approach": a line for every way names the robot's too.)
      compatible = compatible.filter((p) => p.modalities.includes('robotic') || EVERY_APPROACH.test(readOf(p)));
      if (!compatible.length) {
        return {
          text, status: 'unknown', outside: 'approach', groups: [], candidates: procs, concept,
          why: `the booking is robotic, and the catalog names no robotic privilege for ${concept} (it lists ${[...new Set(procs.map((p) => p.procedure))].slice(0, 3).join(' / ')})`,
        };
      }
    }
    // Laser work the catalog privileges at the same place on a line of its own is delineated apart:
    // "ML + CO2 LASER EXCISION VC LESION" beside "Transoral CO2 laser surgery of the larynx" needs the
    // laser line, not "Microlaryngoscopy with excision of vocal fold lesions". (Not an operation that
    // is always done with a laser, HoLEP or an EVLA: its own lines say so.)
    // (Or at a place the booking names: "MLS W CO2 LASER R VC LESION", a vocal cord in the larynx.)
    if (modalities.includes('laser') && !this.approachPrivileges.has('laser') && this.laserApartAt([index], said.places ?? [])) {
      const laser = compatible.filter((p) => p.modalities.includes('laser') || !!p.optionalModalities?.includes('laser'));
      if (!laser.length) {
        return {
          text, status: 'unknown', outside: 'approach', groups: [], candidates: procs, concept,
          why: `the booking says laser, and the catalog privileges laser surgery there on a line of its own, not ${[...new Set(procs.map((p) => p.procedure))].slice(0, 3).join(' / ')}`,
        };
      }
      compatible = laser;
    }
    // The vaginal route ("TVH", "VAGINAL HYSTERECTOMY"): a line that names only other routes does
    // not cover it ("Laparoscopic hysterectomy"), nor does a vaginal line cover another route ("Hysterectomy,
    // vaginal" is no LAVH); "TVH POSS LAVH" asks for both.
    // (Only of an operation some kind of which is done vaginally, by the routes its kinds are done by:
    // "TVH POSS TAH" is a vaginal hysterectomy and maybe an abdominal one, no vaginal TAH.)
    const own = index < 0 ? new Set<string>() : routesOfKinds(this.vocabulary, index);
    const saysVaginal = approaches.includes('vaginal') && own.has('vaginal');
    const otherRoutes = own.has('vaginal') ? routes.filter((r) => own.has(r)) : [];
    // (The scope's way of this operation itself, an LAVH: not a TLH that may follow a TVH.)
    if (saysVaginal && otherRoutes.length && CONVERSION.test(text) && /\b(?:lavh|ravh|assist\w*)\b/i.test(text)) {
      const ways = [compatible.filter(allowsVaginal), compatible.filter((p) => !onlyVaginal(p) && (!rt(p).length || rt(p).some((r) => otherRoutes.includes(r))))];
      if (ways.some((w) => !w.length)) {
        return { text, status: 'unknown', outside: 'approach', groups: [], candidates: compatible, concept, why: `it may be done vaginally or ${routes.join(' or ')}; the catalog lists ${concept} only as ${names(compatible, 4)}` };
      }
      return { text, status: 'matched', via: 'text', groups: ways[0].length === ways[1].length && ways[0].every((p) => ways[1].includes(p)) ? [ways[0]] : ways, concept };
    }
    if (saysVaginal && !otherRoutes.length) compatible = compatible.filter(allowsVaginal);
    else if (otherRoutes.length && !saysVaginal) compatible = compatible.filter((p) => !onlyVaginal(p));
    // A line naming open and another route ("Hernia repair (open/laparoscopic)") covers whichever is used.
    const anyRoute = (p: CatalogProcedure) => !rt(p).length || (rt(p).includes('open') && rt(p).length > 1);
    const plain = compatible.filter(anyRoute);
    let groups: CatalogProcedure[][] = [];
    // (Only where the booking says the route may change, and never open for a scope itself: "VATS, POSS OPEN" converts the lobectomy.)
    const conversionRoutes = CONVERSION.test(text) ? routes.filter((r) => !(r === 'open' && SCOPE.test(concept))) : [];
    // (A look into the belly or chest that is the operation itself, opened: "DIAGNOSTIC LAPAROSCOPY
    // POSSIBLE OPEN" is maybe an exploratory laparotomy, asked for beside the look.)
    let openedLines: CatalogProcedure[] | undefined;
    const opened = CONVERSION.test(text) && routes.includes('open') ? openedLook(concept) : undefined;
    if (opened) {
      const k = this.conceptByName().get(opened);
      const lines = k === undefined ? [] : [...new Set((this.byConcept.get(k) ?? []).filter((cov) => !cov.sites.length && !cov.required.length).map((cov) => cov.entry))].map((i) => this.procedures[i]).filter((p) => !rt(p).length || rt(p).includes('open'));
      if (!lines.length) {
        return { text, status: 'unknown', outside: 'approach', groups: [], candidates: compatible, concept, why: `it may be done open, an ${opened.toLowerCase()}, which the catalog does not list` };
      }
      openedLines = lines;
    }
    if (conversionRoutes.length > 1) {
      // "LAP MYOMECTOMY POSSIBLE OPEN", "TLH POSSIBLE TAH": each route the booking names is asked
      // for, not either (an open line alone passed a laparoscopic myomectomy).
      for (const r of conversionRoutes) {
        const lines = (r === 'open' ? beforeRobot.filter(needsNoRobot) : compatible).filter((p) => !rt(p).length || rt(p).includes(r));
        if (!lines.length) {
          return {
            text, status: 'unknown', outside: 'approach', groups: [], candidates: compatible, concept,
            why: `it may be done ${r}; the catalog lists ${concept} only as ${names(compatible, 4)}`,
          };
        }
        if (!groups.some((g) => g.length === lines.length && g.every((p) => lines.includes(p)))) groups.push(lines);
      }
    } else if (routes.length) {
      const specific = compatible.filter((p) => rt(p).some((r) => routes.includes(r)));
      // A line that names its routes covers those: "open or laparoscopic" is no percutaneous one.
      const unnamed = compatible.filter((p) => !rt(p).length);
      // In the order found: the concept's own lines before its parents' (IOC before the cholecystectomy that includes it).
      if (specific.length) groups = [compatible.filter((p) => specific.includes(p) || unnamed.includes(p))];
      else if (unnamed.length) groups = [unnamed];
    } else if (plain.length) {
      groups = [plain];
    } else {
      const bySignature = new Map<string, CatalogProcedure[]>();
      for (const p of compatible) push(bySignature, rt(p).join('+'), p);
      groups = [...bySignature.values()];
    }
    if (openedLines && groups.length) groups.push(openedLines);
    if (!groups.length) {
      const named = procs.map((p) => p.procedure);
      return {
        text, status: 'unknown', groups: [], candidates: procs, concept,
        why: `the catalog lists ${concept} only as ${[...new Set(named)].join(' / ')}`,
      };
    }
    return { text, status: 'matched', via: 'text', groups, concept };
  }

  /**
   * A booking's code (a catalog line's, or one the vocabulary knows) stands for the lines it names,
   * but only as the text allows: a code says which operation, not how or where. Its lines must
   * allow the booking's robot and route (`MAKO TKA` with a TKA code is no "conventional
   * (non-robotic)" arthroplasty; `OPEN CHOLE` with a cholecystectomy code no laparoscopic one, nor
   * an occasion the booking lacks); a part the text read as an operation is replaced only by lines
   * of that operation or one related to it by kind (`WHIPPLE` with a cholecystectomy code stays
   * unknown); a part whose stated age, levels or weight fall outside its lines stays as the text
   * read it. Where the two disagree, the code's lines are asked for beside the text's reading.
   */
  private applyCode(parts: MatchPart[], code: string, text: string, approaches: string[], booked: Set<number>, said: Said): void {
    const v = this.vocabulary;
    const ids = this.codes.get(normalizeCode(code));
    let procs: CatalogProcedure[];
    let concept: string | undefined;
    let concepts: number[] = [];
    if (!ids) {
      concepts = this.conceptsForCode(code);
      if (!concepts.length) return;
      // "COMPLETION THYROIDECTOMY" coded 60260 under "Thyroid lobectomy or total thyroidectomy (60220,
      // 60240)": lines that list their codes name their scope by them, and a booking coded for its
      // operation with a code none of them lists is not within it, though its words are (the code-listed
      // form's coordinator reads it so). Unknown, saying so; a line without CPT codes (the demo catalog
      // lists ICD-10-PCS ones) still covers by words.
      // (One operation booked: a code beside several, "BUNIONECTOMY CHEVRON W/ AKIN" with a double
      // osteotomy's 28299, names their combination.)
      const related = (name: string | undefined) => {
        const c = name === undefined ? undefined : this.conceptByName().get(name);
        return c !== undefined && concepts.some((k) => kin(v, k, c));
      };
      const outside = parts.length !== 1 ? -1 : parts.findIndex((p) => p.status === 'matched' && p.via !== 'code' && related(p.concept) && p.groups.length > 0 && p.groups.every((g) => g.length > 0 && g.every((x) => this.listsOtherCpt(x.id, code))));
      if (outside >= 0) {
        const lines = parts[outside].groups.flat();
        parts[outside] = { text: parts[outside].text, status: 'unknown', groups: [], concept: parts[outside].concept, candidates: lines,
          why: `the booking's code ${code} is not among the codes ${names(lines, 3)} ${lines.length > 1 ? 'list' : 'lists'}` };
        return;
      }
      // The lines of the code's operation, or of a broader one that covers its kinds (a line that
      // names a specific kind covers only that one, as for text).
      // (Where the catalog has a line of the code's own operation, even one for some sites only, the
      // operation is delineated apart: a broader line's does not stand for it — a laryngoscopy's
      // "excision of lesion" for a lipoma's code.)
      const own = new Set(concepts);
      const apart = concepts.some((c) => this.byConcept.get(c)?.length);
      // (Nor a line that lists codes of its own, not this one, and covers the operation only with another
      // or with words the booking must say: "Ureteroscopy with removal of calculus or laser lithotripsy
      // (52352, 52353, 52356)" is no diagnostic ureteroscopy's 52351.)
      const coded = (this.codedEntries ??= new Set([...this.codes.values()].flat()));
      const listsOthers = (cov: Coverage) => (!!cov.with?.length || cov.required.length > 0) && coded.has(cov.entry);
      // (Nor an open reduction's line for a closed reduction's code, as for text: 21315 under "Open
      // reduction internal fixation of facial fractures (…)".)
      procs = [...new Set(concepts.flatMap((k) => (apart ? [k] : [k, ...v.concepts[k].ancestors]).map((c) => [k, c] as const)).flatMap(([k, c]) => (this.byConcept.get(c) ?? [])
        .filter((cov) => !cov.sites.length && !listsOthers(cov) && !this.listsOtherCpt(cov.entry, code) && (own.has(c) || !cov.exact) && !(c !== k && this.closedUnderOpen(k, cov.entry))).map((cov) => cov.entry)))].map((i) => this.procedures[i]);
      concept = v.concepts[concepts[0]].name;
    } else procs = ids.map((i) => this.procedures[i]);
    if (!procs.length) return;
    const allowed = this.allowing(procs, text, approaches, booked, said, concepts);
    const codePart: MatchPart = allowed.length
      ? { text: text.trim(), status: 'matched', via: 'code', groups: [allowed], ...(concept ? { concept } : {}) }
      : { text: text.trim(), status: 'unknown', outside: 'approach', groups: [], candidates: procs, why: `the code ${code} names ${names(procs, 3)}, which ${procs.length > 1 ? 'do' : 'does'} not allow what the booking says (its robot, route, occasion, what the line is only for, or an exclusion)` };
    // Whether the code's lines name the operation a part reads as, a kind of it, or one it is a kind of.
    const codeConcepts = new Set(procs.flatMap((p) => (this.byEntry().get(p.id) ?? []).map((x) => x.concept)));
    const fitsName = (name: string | undefined) => {
      const c = name === undefined ? undefined : this.conceptByName().get(name);
      return c === undefined || [...codeConcepts].some((k) => kin(v, k, c));
    };
    const fits = (p: MatchPart) => fitsName(p.concept);
    const same = ids ? parts.findIndex((p) => p.groups.some((g) => g.some((x) => ids.includes(x.id)))) : -1;
    if (same >= 0) {
      // (A part the text already matched to the code's line keeps it: the code's lines asked of the whole
      // booking would lose "LAP SIGMOID COLECTOMY" for its "POSS CONVERSION TO OPEN".)
      // (So does one the text matched to some of the code's lines only: "UPPER BLEPH BIL COSMETIC" with a
      // code the functional and the cosmetic lines both list is the cosmetic one.)
      const textLines = new Set(parts[same].groups.flat().map((x) => x.id));
      const within = parts[same].status === 'matched' && [...textLines].every((x) => ids!.includes(x)) && codePart.groups.flat().some((x) => !textLines.has(x.id));
      if (!within && (parts[same].status !== 'matched' || codePart.status === 'matched')) parts[same] = { ...codePart, text: parts[same].text };
      return;
    }
    // What the code may stand for: a part the text could not read, or read as the code's operation.
    // (A code the catalog does not list stands only for a part the text left unknown.)
    // (Nor a part the text read as a narrower kind of the code's operation and matched: "FLACS OS" with
    // a cataract's code keeps the femtosecond laser line.)
    const narrower = (p: MatchPart) => { const c = p.concept === undefined ? undefined : this.conceptByName().get(p.concept); return c !== undefined && [...codeConcepts].every((k) => k !== c && v.concepts[c].ancestors.includes(k)); };
    // (A limit the text found unsaid stays unsaid where the code is the vocabulary's own for the
    // operation the text read: 64721 is any carpal tunnel release, no burn's — "R CTR, ELECTIVE" under
    // "Fasciotomy … for burn or electrical injury, including carpal tunnel release (…, 64721)".)
    // (Only an operation the line includes: its own operation's code still says what its words left unsaid, a 28297 the Lapidus.)
    const ownCode = (p: MatchPart) => {
      const c = p.concept === undefined ? undefined : this.conceptByName().get(p.concept);
      return c !== undefined && this.conceptsForCode(code).includes(c) && !!p.candidates?.length && p.candidates.every((x) => this.includedOnly(x, c));
    };
    const replaceable = (p: MatchPart) => p.outside !== 'patient' && p.outside !== 'excluded' && (p.outside !== 'approach' || codePart.status === 'matched')
      && (p.outside !== 'limit' || (!!ids && !STATES_FOR.test(p.text) && !ownCode(p)) || !codePart.groups.flat().some((x) => p.candidates?.some((c) => c.id === x.id)))
      && (p.status === 'unknown' || (parts.length === 1 && !!ids && codePart.status === 'matched' && !narrower(p))) && (!p.concept || !!p.readings || fits(p));
    if (!parts.length) {
      parts.push(codePart);
      return;
    }
    // A code names one operation: where a part already reads as it, words of another part that
    // name an operation are something else ("DX LAP, POSS FULGURATION OF MINIMAL ENDO" with 49320
    // is no fulguration).
    // (Not a word the lines of that part name: "PERICARDIOCENTESIS W/ DRAIN" under "…, with or without drain placement".)
    const takers = parts.filter((p) => p.status === 'matched' && !!p.concept && fits(p));
    const taken = takers.length > 0;
    const lineWords = new Set(takers.flatMap((p) => p.groups.flat().flatMap((c) => fold(c.procedure).split(/[^a-z0-9]+/))));
    const namesOperation = (p: MatchPart) => !!p.words?.some((w) => (v.procedureWords.has(w) || v.procedureSuffix.test(w)) && ![...lineWords].some((x) => x.length >= 4 && (x === w || x.startsWith(w) || w.startsWith(x))));
    // (Nor an abbreviation one of whose readings is another kind of the code's operation: "L
    // HEMITHYROIDECTOMY VS TT" with a lobectomy's code leaves the total thyroidectomy asked.)
    const rival = (p: MatchPart) => !!p.readings?.some((r) => {
      const c = this.conceptByName().get(r.concept);
      return c !== undefined && [...codeConcepts].some((k) => k !== c && !v.concepts[k].ancestors.includes(c) && !v.concepts[c].ancestors.includes(k) && v.concepts[k].ancestors.some((a) => v.concepts[c].ancestors.includes(a)));
    });
    // (Nor, where another part already reads as the code's operation, an abbreviation none of whose
    // readings is it: the PEG of "TRACH (OPEN) + PEG" with a tracheostomy's code.)
    const foreign = (p: MatchPart) => !!p.readings && !p.readings.some((x) => fitsName(x.concept));
    const at = parts.findIndex((p) => replaceable(p) && !(taken && (namesOperation(p) || rival(p) || foreign(p))));
    if (at >= 0) parts[at] = { ...codePart, text: parts[at].text };
    // (Not a code whose lines do not allow the booking, where a part the text matched is its operation:
    // `MAKO TKA` with a TKA code, matched to the robotic line, asks nothing more of the plain one.)
    // (Only where that part is the code's operation or a kind of it: a broader one, "R KNEE SCOPE" with a
    // meniscal repair's code, still asks for the code's lines.)
    else if (ids && !(codePart.status !== 'matched' && takers.some((p) => { const c = this.conceptByName().get(p.concept!); return c !== undefined && [...codeConcepts].some((k) => k === c || v.concepts[c].ancestors.includes(k)); }))) parts.push(codePart);
  }

  private regionNames?: Set<string>;
  /** The names of the body's regions (common.json `regions`: "supratentorial", "upper extremity"), made on first use. */
  private regions(): Set<string> {
    return (this.regionNames ??= new Set([...this.vocabulary.within.values()].flat().map((ws) => ws.join(' '))));
  }
  /** The catalog lines that list CPT codes of their own. */
  private readonly listsCpt = new Set<number>();
  /** Whether a line lists CPT codes and not this CPT code, alone or within a span ("(30400-30450)" holds 30435). */
  private listsOtherCpt(entry: number, code: string): boolean {
    // (The booking's code reaches applyCode bare: `bareCpt` took "CPT" and any modifier off.)
    return CPT_SHAPED.test(code) && this.listsCpt.has(entry) && !spanHolds(this.procedures[entry].procedure, code);
  }
  /** The catalog lines that list codes of their own (made on first use). */
  private codedEntries?: Set<number>;
  /** Whether a line names an operation only in what it includes ("…, including carpal tunnel release"), as learn() read it. */
  private includedOnly(line: CatalogProcedure, concept: number): boolean {
    return !!this.byEntry().get(line.id)?.some((x) => x.concept === concept && x.cov.includedOnly);
  }
  private byEntryMade?: Map<number, Array<{ concept: number; cov: Coverage }>>;
  /** Catalog line → what it covers: each concept with its limits (byConcept turned round, made on first use). */
  private byEntry(): Map<number, Array<{ concept: number; cov: Coverage }>> {
    if (!this.byEntryMade) {
      const out = new Map<number, Array<{ concept: number; cov: Coverage }>>();
      for (const [concept, covs] of this.byConcept) for (const cov of covs) push(out, cov.entry, { concept, cov });
      this.byEntryMade = out;
    }
    return this.byEntryMade;
  }

  private sharedKinds = new Map<string, boolean>();
  /** Whether some operation of the vocabulary is a kind of an operation each reading names (remembered per pair). */
  private sharesKind(a: PartReading, b: PartReading): boolean {
    const v = this.vocabulary;
    const of = (r: PartReading) => [...new Set(r.hits.flatMap((h) => h.targets.map((t) => t.concept)).filter((c) => c >= 0))];
    const xs = of(a);
    const ys = of(b);
    const key = `${xs.join(',')}|${ys.join(',')}`;
    let known = this.sharedKinds.get(key);
    if (known === undefined) {
      known = xs.length > 0 && ys.length > 0 && v.concepts.some((c) => xs.some((x) => c.ancestors.includes(x)) && ys.some((y) => c.ancestors.includes(y)));
      if (this.sharedKinds.size < 10_000) this.sharedKinds.set(key, known);
    }
    return known;
  }

  /**
   * Whether a parent's line covers the add-ons booked with it: not a diagnostic one ("Upper
   * endoscopy, diagnostic" is no control of bleeding, "Diagnostic laparoscopy" no adhesiolysis).
   */
  private takesAddons(entry: number, addon?: number): boolean {
    const text = readOf(this.procedures[entry]);
    // ("Flexible bronchoscopy, diagnostic (including BAL, brushing)" takes what it names.)
    return !/\bdiagnostic\b/i.test(text) || /\b(?:therapeutic|operative|interventional)\b/i.test(text) || (addon !== undefined && !!this.mentions.get(entry)?.has(addon));
  }

  private readonly excludedOps = new WeakMap<object, number[]>();
  /** The operations a line's "excluding …" clause names, narrower than (or apart from) the line's own operation `own`. */
  private excludedOperations(cov: { excluding?: string[] }, own: number): number[] {
    let ops = this.excludedOps.get(cov);
    if (!ops) {
      const v = this.vocabulary;
      // (Its words with the line's operation's, which the clause often leaves to be understood: "excluding substernal".)
      const words = (cov.excluding ?? []).filter((w) => w !== PREGNANCY_MARK).join(' ');
      const withOwn = words ? `${words} ${v.concepts[own].name.toLowerCase()}` : '';
      const read = (t: string) => analyze(v, t, { split: false }).parts.flatMap((p) => readPart(v, p, 'catalog').hits.flatMap((h) => h.targets.map((x) => x.concept)));
      // (Only where its words alone name none: "(excludes liver transplantation)" is no major hepatectomy,
      // which its words read with the line's "hepatectomy" had named.)
      const alone = words ? read(words).filter((k) => k >= 0) : [];
      const found = words ? (alone.length ? alone : read(withOwn)) : [];
      ops = [...new Set(found)].filter((k) => k >= 0 && k !== own && !v.concepts[own].ancestors.includes(k) && !v.concepts[k].weak);
      this.excludedOps.set(cov, ops);
    }
    return ops;
  }
  /** Whether a catalog line is understood as anesthesia types only (MAC, GA, a block). */
  private weakLine(entry: number): boolean {
    const covers = this.byEntry().get(entry);
    return !!covers?.length && covers.every((x) => this.vocabulary.concepts[x.concept].weak);
  }

  private byNameMade?: Map<string, number>;
  private conceptByName(): Map<string, number> {
    this.byNameMade ??= new Map(this.vocabulary.concepts.map((c, i) => [c.name, i]));
    return this.byNameMade;
  }

  /**
   * The code's lines that allow what the booking says: not a line that excludes what it says (the
   * robot of "non-robotic"), names only other routes, needs a robot or laser it does not say (or,
   * where the catalog has no robotic approach privilege, does not name the robot it says), or is
   * for an occasion the booking does not have ("in conjunction with cataract surgery").
   */
  private allowing(procs: CatalogProcedure[], text: string, approaches: string[], booked: Set<number>, said: Said, coded: readonly number[] = []): CatalogProcedure[] {
    const robotic = approaches.includes('robotic');
    const routes = approaches.filter((a) => ROUTES.has(a));
    const conversion = routes.length > 1 && CONVERSION.test(text);
    const words = new Set(fold(text).split(/[^a-z0-9]+/).filter(Boolean));
    if (robotic) words.add('robotic');
    const age = said.age;
    /** The booking's words as the reader has them ("CVC": central venous catheter), made on first use. */
    let saysMade: Set<string> | undefined;
    const says = () => (saysMade ??= new Set([...words, ...analyze(this.vocabulary, text).parts.flatMap((part) => [...this.wordsOf(part)])]));
    let kindsMade: string[] | undefined;
    const saidKinds = () => (kindsMade ??= kindsOf(this.vocabulary, says(), false));
    return procs.filter((p) => {
      const entry = this.byEntry().get(p.id) ?? [];
      const covs = entry.map((x) => x.cov);
      // Whom the line is for: the age the booking states, or, where it states none, not a line that
      // says on its own wording it is for children ("b/l cochlear implants, 14 mo" under an adults' line).
      if (age ? p.ages && !ageFits(p.ages, age) : this.agedLines.has(p.id) && p.ages && !forAdults(p.ages)) return false;
      // The measures it is for, where the booking states one outside them ("EST 6L ASPIRATE" under "…, total aspirate up to 5,000 mL").
      if (said.grams !== undefined && p.weight && !weightFits(p.weight, said.grams)) return false;
      for (const { key, said: saidKey } of MEASURES) { const stated = said[saidKey]; if (stated !== undefined && p[key] && !fits(p[key]!, stated)) return false; }
      // What the line excludes ("non-robotic", "excluding …"), when the booking says it.
      // (In the reader's words too: "C6" is cervical, as "cervical levels not included" means.)
      // (Or a kind of the line's operation booked by its code whose name says it: 62328 is an image-guided lumbar puncture.)
      const kindSays = (w: string) => coded.some((b) => !entry.some((x) => x.concept === b) && this.vocabulary.concepts[b].nameWords.has(w));
      if (covs.some((c) => c.excluding?.some((w) => (w === PREGNANCY_MARK ? !!said.pregnancy : words.has(w) || (this.vocabulary.anatomy.has(w) && says().has(w)) || (!this.vocabulary.anatomy.has(w) && kindSays(w)))))) return false;
      // (A possible conversion needs every route it names.)
      if (routes.length && p.routes.length && !(conversion ? routes.every((r) => p.routes.includes(r)) : routes.some((r) => p.routes.includes(r)))) return false;
      // (A look into the belly or chest that may be opened: its line does not allow the opening — "DX LAP POSS OPEN" with 49320.)
      if (routes.includes('open') && CONVERSION.test(text) && entry.length && entry.every((x) => x.concept >= 0 && openedLook(this.vocabulary.concepts[x.concept].name) !== undefined)) return false;
      // (The vaginal route, as the text reads it: "TVH" under no laparoscopic-only line, an LAVH under no vaginal-only one.)
      if (approaches.includes('vaginal') && !routes.length && !allowsVaginal(p)) return false;
      if (routes.length && onlyVaginal(p) && !approaches.includes('vaginal')) return false;
      // A robot or laser the line needs and the booking does not say; a robot the booking says and the line does not name.
      if (!p.modalities.every((m) => modalityMet(p, m, approaches))) return false;
      if (robotic && !this.approachPrivileges.has('robotic') && !p.modalities.includes('robotic') && !p.optionalModalities?.includes('robotic')) return false;
      // A laser at a place where the catalog privileges laser surgery on a line of its own (see `grouped`).
      if (approaches.includes('laser') && !this.approachPrivileges.has('laser') && !p.modalities.includes('laser') && !p.optionalModalities?.includes('laser')
        && this.laserApartAt(entry.map((x) => x.concept), [...says()].filter((w) => this.vocabulary.anatomy.has(w)))) return false;
      // The kinds it names, where the booking says another of their family ("…, transaxillary or
      // transsubclavian approach" for a TRANSAPICAL TAVR with its own code).
      if (covs.length && covs.every((c) => c.kinds?.length && saidKinds().some((k) => !c.kinds!.includes(k) && c.kinds!.some((x) => sameFamily(x, k)) && !(c.openFamilies?.includes(familyOf(k)) && this.vocabulary.defaultKinds.has(k))))) return false;
      // Its occasion ("in conjunction with …") when the booking has none of it.
      if (covs.length && covs.every((c) => c.with?.length && !c.with.some((w) => booked.has(w)))) return false;
      // What its "… only" clause keeps it to, where the booking says another instead ("…, internal
      // jugular or femoral vein only" for an L SUBCLAVIAN CVC; "…, posterior approach only" for a THA DAA).
      const clause = this.onlyLines.get(p.id);
      if (clause) {
        const site = (w: string) => this.vocabulary.anatomy.has(w) && !this.vocabulary.descriptors.has(w);
        // (The words that tell it apart: its sites, or a side of a pair — "posterior", not "approach".)
        const telling = clause.filter((w) => site(w) || partnersOf(w).length > 0);
        const key = telling.length ? telling : this.keyWords(clause);
        // (Another site by its name, not an abbreviation the clause spells out: "R IJ TLC" is internal jugular.)
        const otherSite = key.some(site) && [...says()].some((w) => site(w) && w.length > 3 && !clause.includes(w));
        // (Or the other side of a pair: "external" jugular, an "anterolateral" approach.)
        if ((key.length && !key.some((w) => says().has(w)) && otherSite) || saysOtherSide(clause, says())) return false;
      }
      return true;
    });
  }

  /** Word → the catalog lines whose concepts (or own wording) use it, with how many words those have. */
  private wordIndex?: Map<string, Array<{ entry: number; size: number }>>;

  /** The catalog procedures sharing most words with the text, for "verify manually". */
  private closest(tokens: string[], limit = 3): CatalogProcedure[] {
    const v = this.vocabulary;
    if (!this.wordIndex) {
      const index = new Map<string, Array<{ entry: number; size: number }>>();
      for (const [concept, covs] of this.byConcept) {
        const w = v.concepts[concept].words;
        for (const t of w) for (const cov of covs) push(index, t, { entry: cov.entry, size: w.size });
      }
      for (const ph of this.local.phrases.values()) {
        for (const t of ph.tokens) for (const x of ph.targets) if (x.concept < 0) push(index, t, { entry: ~x.concept, size: ph.tokens.length });
      }
      this.wordIndex = index;
    }
    // Per line and wording size: how many of the text's words it shares.
    const shared = new Map<string, number>();
    for (const t of new Set(tokens)) {
      for (const { entry, size } of this.wordIndex.get(t) ?? []) {
        const key = `${entry}:${size}`;
        shared.set(key, (shared.get(key) ?? 0) + 1);
      }
    }
    const score = new Map<number, number>();
    for (const [key, n] of shared) {
      const [entry, size] = key.split(':').map(Number);
      score.set(entry, Math.max(score.get(entry) ?? 0, n / (size + 1)));
    }
    return [...score.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, limit).map(([id]) => this.procedures[id]);
  }
}

/** How much of a catalog InScope read through its vocabulary (`inscope validate`, the import report). */
export interface CatalogReport {
  lines: number;
  /** Lines read as one or more concepts. */
  understood: number;
  /** Lines InScope could not read: matched only by their own words (a booking must use them). */
  ownWords: Array<{ privilegeId: string; procedure: string; words: string[] }>;
  /** Facility vocabulary terms that could not be applied. */
  termProblems: string[];
}

export function catalogReport(m: ProcedureMatcher): CatalogReport {
  const own = m.understanding.filter((u) => !u.concepts.length);
  return {
    lines: m.understanding.length, understood: m.understanding.length - own.length,
    ownWords: own.map((u) => ({ privilegeId: u.privilegeId, procedure: u.procedure, words: u.unknownWords })),
    termProblems: [...m.termProblems],
  };
}

/** A catalog line split by the analyzer (it holds a comma or slash) is still one line. */
function mergeParts(parts: Part[]): Part {
  if (parts.length === 1) return parts[0];
  return {
    text: parts.map((p) => p.text).join(', '), tokens: parts.flatMap((p) => p.tokens),
    approaches: [...new Set(parts.flatMap((p) => p.approaches))], ambiguous: new Map(parts.flatMap((p) => [...p.ambiguous])), named: parts.flatMap((p) => p.named), context: parts[0].context,
  };
}

/** Up to n catalog lines' names, once each, for a card's reason. */
/** The words a catalog entry is read by: its name, or the item of a core paragraph it stands for. */
const readOf = (p: CatalogProcedure) => p.reads ?? p.procedure;

const names = (procs: CatalogProcedure[], n: number) => [...new Set(procs.map((p) => p.procedure))].slice(0, n).join(' / ');

/** Per vocabulary, each word by the words that say it (common.json `equivalents`: "tumor" by lipoma, sarcoma …). */
const sayersCache = new WeakMap<Vocabulary, Map<string, string[]>>();
function sayersOf(v: Vocabulary): Map<string, string[]> {
  let out = sayersCache.get(v);
  if (!out) {
    out = new Map();
    for (const [k, says] of v.equivalents) for (const w of says) { const list = out.get(w); if (list) list.push(k); else out.set(w, [k]); }
    sayersCache.set(v, out);
  }
  return out;
}
/** The kinds a text names, as "family:kind" (common.json `kindFamilies`: "…, radiofrequency or microwave" is no cryoablation). */
/** (`every`: each family a word is a kind in; otherwise the one it was listed in last, as for words a booking's other parts say.) */
function kindsOf(v: Vocabulary, words: Iterable<string>, every = true): string[] {
  const out = new Set<string>();
  const all = new Set(words);
  for (const w of all) {
    // ("PULSED DYE LASER" is a laser, no pulsed field ablation.)
    if (w === 'pulsed' && all.has('dye')) continue;
    if (every) for (const k of v.kindsOfWord.get(w) ?? []) out.add(k);
    else { const k = v.kindOf.get(w); if (k) out.add(k); }
  }
  return [...out];
}
/**
 * The place words among `words`, each with its other forms ("tibial": tibia; "phalangeal": phalanx,
 * phalanges), by a shared stem of five letters or more (a metacarpal is no metatarsal).
 */
function placeForms(v: Vocabulary, words: string[]): string[] {
  const stem = (w: string) => (w.length >= 5 ? w.slice(0, 5) : undefined);
  const anatomy = [...v.anatomy].filter((a) => !v.descriptors.has(a));
  const anatomyStems = new Set(anatomy.map(stem));
  // (A short word only as itself: "Rib fractures (ORIF)".)
  const places = words.filter((w) => w.length >= 3 && !v.descriptors.has(w) && (v.anatomy.has(w) || (w.length >= 4 && anatomyStems.has(stem(w)))));
  const stems = new Set(places.map(stem).filter(Boolean));
  return [...new Set([...places.filter((w) => v.anatomy.has(w)), ...anatomy.filter((a) => stems.has(stem(a)))])];
}
/**
 * Where an injury head places a line: its bones (each with its other forms); a joint, with the bones
 * about it its region names ("Shoulder fracture or dislocation, …": a proximal humerus, a clavicle,
 * never a distal radius or a jaw); a limb's segment, its limb; the long bones.
 */
function injuryPlaces(v: Vocabulary, words: string[]): string[] {
  // ("Long bone fracture, …": the long bones, the region's words as a booked bone brings them.)
  if (words.some((w, i) => w === 'long' && /^bones?$/.test(words[i + 1] ?? ''))) return ['long'];
  const regions = words.filter((w) => LIMB_REGION.has(w));
  // (A joint is its own place, the bones about it within it — `regions`; a limb's segment, its limb.)
  const joints = regions.filter((w) => JOINT.has(w));
  const limbs = [...new Set(regions.filter((w) => !JOINT.has(w)).map((w) => limbOfSite(v, w)).filter((x): x is "upper" | "lower" => !!x))];
  return [...new Set([...placeForms(v, words.filter((w) => !LIMB_REGION.has(w))), ...joints, ...limbs])];
}
/**
 * The parts of a combined operation that are kinds of one operation it is also a kind of: the left
 * and right heart catheterizations of a combined one (the shared operation's last word is in each
 * part's name). None for operations done together (a tympanoplasty and a mastoidectomy).
 */
function kindsCombined(v: Vocabulary, c: number): number[] {
  const { combines, ancestors } = v.concepts[c];
  if (!combines.length) return [];
  const head = (k: number) => fold(v.concepts[k].name).split(/[^a-z]+/).filter(Boolean).pop() ?? '';
  const shared = ancestors.filter((a) => combines.every((p) => v.concepts[p].ancestors.includes(a)));
  return shared.some((a) => combines.every((p) => fold(v.concepts[p].name).split(/[^a-z]+/).includes(head(a)))) ? combines : [];
}
/** A kind's family ("12:radiofrequency" → "12"). */
const sameFamily = (a: string, b: string) => familyOf(a) === familyOf(b);
/** Whether a kind's family is about an operation of this name: one scoped to some operations ("[transcatheter valve …] transfemoral access") only where a word of the name is among them. */
function scopedTo(v: Vocabulary, kind: string, name: string): boolean {
  const scope = v.kindScopes.get(familyOf(kind));
  return !scope || fold(name).split(/[^a-z0-9]+/).some((w) => scope.has(w));
}
const kindName = (k: string) => k.slice(k.indexOf(':') + 1);


/** Two parts of a booking read as one: words, operations, approaches and sides together (one side each: both, bilateral). */
function joinParts(a: Part, b: Part, tokens = [...a.tokens, ...b.tokens], text = joinText(a.text, b.text)): Part {
  // (As the reader does within one part: an action that undoes or changes what an abbreviation names
  // leaves out the insertion its name brought — "THROMBECTOMY AVG, POSS REVISION" revises the graft.)
  const undoing = tokens.some((t) => UNDOING.has(t.word));
  return {
    ...a, text, tokens: undoing ? tokens.filter((t) => !(t.abbreviated && PUTTING.has(t.word))) : tokens,
    named: [...a.named, ...b.named].map((n) => (undoing ? { ...n, tokens: n.tokens.filter((w) => !PUTTING.has(w)) } : n)), approaches: [...new Set([...a.approaches, ...b.approaches])],
    ambiguous: new Map([...a.ambiguous, ...b.ambiguous]),
    laterality: a.laterality && b.laterality && a.laterality !== b.laterality ? 'bilateral' : a.laterality ?? b.laterality,
  };
}

/** Two pieces of a booking as one ("GASTRIC BYPASS, ROUX-EN-Y"); the same text once when the booking could not be split as written. */
function joinText(a: string, b: string): string {
  return a.trim() === b.trim() ? a.trim() : `${a.trim()}, ${b.trim()}`;
}

function sameGroups(a: MatchPart, b: MatchPart): boolean {
  if (a.status !== b.status) return false;
  const key = (p: MatchPart) => p.groups.map((g) => g.map((c) => c.id).sort().join(',')).join('|');
  return key(a) === key(b);
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

export { normalizeCode };

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Whether two concepts are one operation, or one a kind of the other. */
function kin(v: Vocabulary, a: number, b: number): boolean {
  return a === b || v.concepts[a].ancestors.includes(b) || v.concepts[b].ancestors.includes(a);
}

/** Where an operation is: its own place and the body sites its wordings name (not tissues, a describing word). */
function placesOf(v: Vocabulary, concept: number): Set<string> {
  const c = v.concepts[concept];
  return new Set([...c.home, ...siteWords(v, concept)]);
}
