/**
 * The procedure vocabulary's file format, version 1 (docs/vocabulary.md). Two kinds of file:
 *
 * - a *specialty file*: concepts — one operation as privileging forms delineate it — with their
 *   formal name, the word forms and booking shorthand that name it, codes from free code systems
 *   (and CPT code numbers, never CPT text), broader concepts and the parents an add-on is usually
 *   included with;
 * - the *common file*: the words the analyzer needs around concepts — approach and device words,
 *   laterality, spelling variants, modifiers that do not change the privilege, anatomy, words that
 *   name an operation, and the specialties with the department names rosters use for them.
 *
 * zod/mini: the widget loads the vocabulary as a file and validates it with the same schema.
 */
import * as z from 'zod/mini';

export const VOCABULARY_FORMAT = 'inscope-vocabulary';
export const FACILITY_VOCABULARY_FORMAT = 'inscope-facility-vocabulary';
export const VOCABULARY_VERSION = 1;

/** Approaches and modalities a form or concept may imply (the roster's `approach` values). */
export const VOCABULARY_APPROACHES = [
  'robotic', 'laparoscopic', 'endoscopic', 'percutaneous', 'open', 'laser', 'fluoroscopy', 'moderate-sedation',
] as const;

const id = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be lower-case words joined by hyphens, e.g. "sigmoid-colectomy"' }));
const nonEmpty = z.string().check(z.trim(), z.minLength(1, { error: 'must not be empty' }));
/** A code with its system: CPT:47562, PCS:0FT44ZZ (or a 3–6 character PCS prefix, 0FT4), HCPCS:G0105. */
export const CODE = /^(CPT:\d{4}[0-9FTU]|PCS:[0-9A-HJ-NP-Z]{3,7}|HCPCS:[A-V]\d{4})$/;
const code = z.string().check(z.regex(CODE, { error: 'must be CPT:nnnnn, PCS:0FT4 (3–7 characters) or HCPCS:Annnn' }));

export const ConceptSchema = z.object({
  id,
  /** The formal name, as privileging forms write it. */
  name: nonEmpty,
  /**
   * Other names, word forms and booking shorthand. A form is a phrase ("gallbladder removal");
   * a single token in capitals is an abbreviation ("TKA"), read as the concept's name wherever it
   * stands. `{laparoscopic}` after a form: the form implies that approach ("TLH {laparoscopic}").
   * `[w1 w2 …]` after a form: it applies only when one of those words is in the same part of the
   * booking (`@side`: any laterality) — for abbreviations with several meanings.
   */
  forms: z.optional(z.array(nonEmpty)),
  codes: z.optional(z.array(code)),
  /** Concepts this one is a kind of (sigmoid colectomy → partial colectomy): a grant of those covers it. */
  broader: z.optional(z.array(id)),
  /**
   * A combined operation that privileging forms delineate as its parts (tympanomastoidectomy:
   * tympanoplasty and mastoidectomy): booked under its own name it needs each part's privilege,
   * unless the catalog lists the combined operation itself.
   */
  combines: z.optional(z.array(id)),
  /** Parents whose privilege usually includes this add-on when booked with them (IOC with cholecystectomy). */
  addonOf: z.optional(z.array(id)),
  /** Approaches the operation always uses (HoLEP: laser). */
  implies: z.optional(z.array(z.enum(VOCABULARY_APPROACHES))),
  /**
   * What the operation is always done for (septal myectomy: hypertrophic obstructive cardiomyopathy):
   * a line's "for …" clause naming it, or a limit its name sets ("benign"), is met by the operation itself, said or not;
   * and a line for an operation this one's name holds, "for" what it is for, reads as this one.
   */
  for: z.optional(z.array(nonEmpty)),
  /**
   * What the operation is by definition done without (a Hartmann procedure: an anastomosis): a line
   * for a broader operation "with" it does not cover this kind.
   */
  without: z.optional(z.array(nonEmpty)),
  /** Specialty keys (the common file's `specialties`); default: the file's. */
  specialties: z.optional(z.array(id)),
  /** Counts only when nothing else in that part of the booking names an operation (anesthesia types). */
  weak: z.optional(z.boolean()),
  /** Keys of the file's `sources` this entry draws on. */
  src: z.optional(z.array(nonEmpty)),
  note: z.optional(z.string()),
});

export const SpecialtyFileSchema = z.object({
  format: z.literal(VOCABULARY_FORMAT),
  version: z.literal(VOCABULARY_VERSION),
  /** The specialties this file covers (keys of the common file's `specialties`); concepts default to the first. */
  specialties: z.array(id).check(z.minLength(1)),
  /** Where the entries' facts come from: key → a public source, named. */
  sources: z.record(z.string(), nonEmpty),
  concepts: z.array(ConceptSchema),
});

/** A lexicon entry: folded tokens → expansion (`@approach` markers and words), applying only with `context` when given. */
const LexiconEntry = z.tuple([nonEmpty, z.string()], z.string());

export const CommonFileSchema = z.object({
  format: z.literal(VOCABULARY_FORMAT),
  version: z.literal(VOCABULARY_VERSION),
  part: z.literal('common'),
  sources: z.record(z.string(), nonEmpty),
  /** Specialty key → its name and the department names rosters use for it (folded, matched as words). */
  specialties: z.record(z.string(), z.object({ name: nonEmpty, departments: z.array(nonEmpty) })),
  /** Approach, device and rewrite entries read before concepts (`lap` → @laparoscopic, `ex lap` → exploratory laparotomy). */
  lexicon: z.array(LexiconEntry),
  laterality: z.record(z.string(), z.enum(['left', 'right', 'bilateral'])),
  /** Words that make OD/OS/OU read as eyes. */
  eyeWords: z.string(),
  /** Spelling variants → one form (both sides of a match use it). */
  variants: z.record(z.string(), z.string()),
  /** Words that carry no meaning for matching (of, the, with, possible…). */
  stopwords: z.string(),
  /** Words that name an operation or its scope: left over, they make a part unknown. */
  procedureWords: z.string(),
  /** Endings that name an operation (-ectomy, -otomy, …), as one regular expression's alternatives. */
  procedureSuffixes: z.string(),
  /** Words that describe without changing the privilege needed (fracture, distal, recurrent…). */
  descriptors: z.string(),
  /** Booking words that do not change the privilege needed (repeat, primary, MAC, implant and lens names…). */
  modifiers: z.string(),
  /** Actions spelled out that add nothing once a procedure is matched (insertion, repair, …). */
  defaultActions: z.string(),
  /** Body sites: left over, they narrow the procedure to that site (an entry for another site does not cover it). */
  anatomy: z.string(),
  /** Scheduling words that are not about the operation (hrs, room, interpreter…). */
  scheduling: z.string(),
  /**
   * Words that say the same thing when a catalog line is limited by one ("for trauma" is met by
   * "GSW"; "with control of bleeding" by "hemorrhage"): each entry one group, space-separated.
   * "word: word word …" says one way only: each word after the colon says the one before it
   * ("thermal: radiofrequency laser": an RFA is thermal; a thermal line names no laser).
   */
  equivalents: z.optional(z.array(z.string())),
  /**
   * Regions and the sites within them, as catalog lines name a region ("…, trunk or extremities",
   * "…, upper extremity", "lesser toes"): "region: site site …", the region one or two words.
   * A booking's site within a region meets a line limited to that region.
   */
  regions: z.optional(z.array(z.string())),
  /**
   * Families of kinds a catalog line may name some of ("…, radiofrequency or microwave"): a line that
   * names some kinds of a family does not cover a booking naming another. Each entry one family:
   * "kind: word word | kind: word …"; "kind (default): …" is what a booking naming none of the family
   * is (a bronchoscopy is flexible unless it says rigid).
   */
  kindFamilies: z.optional(z.array(z.string())),
  /** Actions on one device a catalog line may list beside the one its reading took ("placement, revision and removal"). */
  deviceActions: z.optional(z.string()),
  /** Actions a procedure master puts first that alone name no operation ("EXCISION, LESION, SKIN"). */
  bareActions: z.optional(z.string()),
  /** Findings a booking states that some wording also uses ("OBSTRUCTING STONE", "3 CM DEFECT"). */
  findings: z.optional(z.string()),
});

/** Words that name no operation (English and clinical: diagnoses, drugs, findings): left over, they are accounted for. */
export const PlainFileSchema = z.object({
  format: z.literal(VOCABULARY_FORMAT),
  version: z.literal(VOCABULARY_VERSION),
  part: z.literal('plain'),
  sources: z.record(z.string(), nonEmpty),
  note: z.optional(z.string()),
  english: z.string(),
  clinical: z.string(),
});

export type Concept = z.infer<typeof ConceptSchema>;
export type SpecialtyFile = z.infer<typeof SpecialtyFileSchema>;
export type CommonFile = z.infer<typeof CommonFileSchema>;
export type PlainFile = z.infer<typeof PlainFileSchema>;
export type VocabularyApproach = (typeof VOCABULARY_APPROACHES)[number];

/** What the analyzer and matcher load: the common file and every specialty file. */
export interface VocabularyData {
  common: CommonFile;
  files: SpecialtyFile[];
  /** Words that name no operation (optional: without it, such words make a part unknown). */
  plain?: PlainFile;
}
