/**
 * Reading booking text (and catalog names) through the vocabulary: normalise, pull out levels and
 * sides, split into parts, expand the lexicon (approach words, abbreviations read as their
 * concept's name), correct one-letter typos in long words, then find the concepts each part names
 * and account for every other word — or say which words make the part unknown.
 */
import { fold } from '../text';
import type { CompiledConcept, Phrase, PhraseTarget, Vocabulary } from './compile';
import { CHANGING, PUTTING, REVERSING, UNDOING, americanSpelling, normalizeWord, stems } from './words';

export interface Token {
  word: string;
  /** From an indication clause ("FOR CHOLECYSTITIS"): may help name the operation, never required. */
  indication: boolean;
  /** The word as written, when a typo was corrected. */
  corrected?: string;
  /** In a catalog line, from its "for …" or "following …" clause: it restricts the line, never names what it covers. */
  qualifier?: boolean;
  /** In a catalog line, from its "with or without …" or "including …" clause: it may name what the line covers, never restricts it. */
  optional?: boolean;
  /** In a catalog line, from its "excluding …" clause: a booking that says it is not covered by the line. */
  excluded?: boolean;
  /** In a catalog line, after "with" ("Partial mastectomy with axillary lymphadenectomy"). */
  withClause?: boolean;
  /** In a catalog line, after its last comma ("…, cervical or thoracic"). */
  trailing?: boolean;
  /** In a catalog line, inside parentheses. */
  paren?: boolean;
  /** A word an abbreviation of a concept became ("ILR": implantable loop recorder insertion). */
  abbreviated?: boolean;
  /** In a booking, after "POSS"/"POSSIBLE" (or "THEN", "FOLLOWED BY"): what may be done, or is done next, beside what is done first. */
  possible?: boolean;
}

export interface Part {
  /** The piece of text this part came from, as written. */
  text: string;
  tokens: Token[];
  approaches: string[];
  laterality?: string;
  /** Abbreviations with several readings left open by the context: marker token → concepts. */
  ambiguous: Map<string, number[]>;
  /** Operations named by an abbreviation ("PCI"), with the words it became. */
  /** (With the approaches the abbreviation carried: "TAH" the open route.) */
  named: Array<{ concept: number; tokens: string[]; approaches?: string[] }>;
  /** Words of the whole booking (and @side, @eye…): what context-gated forms look for. */
  context: Set<string>;
  /** Of those, the words only around the text (a catalog line's department), not its own. */
  around?: Set<string>;
  /** In a booking: joined to the part before by "+" or "&" — an operation of its own ("EVAR + RT IBE"). */
  afterPlus?: boolean;
}

export interface Analysis {
  parts: Part[];
  approaches: string[];
  laterality?: string;
  levels: string[];
  /** One-letter typos corrected ("cholecystecomy" → "cholecystectomy"). */
  corrections: Array<[string, string]>;
}

export interface AnalyzeOptions {
  /**
   * Catalog names are one privilege line each: not split at commas or slashes, and a "for …"
   * clause is part of what the line privileges ("Exploratory laparotomy for trauma"), not an indication.
   */
  split?: boolean;
  /** Words around the text that say what it is about (a catalog line's department, "Thoracic Surgery"): context for forms that need it, never words of the text. */
  context?: string;
}

const LEVEL = /\b([clts])\s?(\d{1,2})(?:(?:\s?[-–/]\s?|\s+(?:to|through|thru)\s+)(?:([clts])?\s?(\d{1,2})|(pelvis|sacrum|ilium|iliac)))?\b(?!-[a-z])/g;
/** What is not done, and history: left out entirely. */
const DROP = [
  /\bw\/o\b[^;,+\n]*/g,
  /\bwithout\b[^;,+\n]*/g,
  // ("NO MESH OR GRAFT": each thing it lists is not used.)
  /\bno\s+(?:ioc|cholangiogram|mesh|graft|grafts|biologic|robot|robotic|robotics|cataract|recon|reconstruction|drain|drains|implant|implants|stent|stents)(?:\s*(?:or|\/|,)\s*(?:mesh|graft|grafts|biologic|drain|drains|implant|implants|stent|stents))*\b/g,
  // ("SPINAL 14MO, FAMILY WANTS TO AVOID GA", "PT DECLINED COLO": the one word after it is not
  // done — never more: "PT DECLINED MASTECTOMY - R LUMPECTOMY" still asks for the lumpectomy.)
  /\b(?:avoid(?:s|ing)?|declin(?:es|ed|ing)|refus(?:es|ed|ing)|failed)\s+[a-z0-9&]+/g,
  // "NO USABLE VEIN": what is missing is no word of the case.
  /\bno\s+(?:usable|adequate|suitable|good|available)\s+[a-z]+/g,
  // "EST 400 G", "EST WT 700 GM": an estimate, not an endoscopic sphincterotomy.
  /\best\.?\s+(?:(?:wt|weight)\.?\s+)?(?=\d+(?:\.\d+)?\s*(?:g|gm|gms|grams?|kg|ml|cc|l|liters?|litres?)\b)/g,
];
/**
 * In a booking: "G TUBE IR (NOT PEG)", "LAP CHOLE, NOT ROBOTIC" — what it says is not done: a
 * parenthesis that is only that, or "not" and one word closing a part. Never more: "IF NOT
 * APPENDICITIS THEN RIGHT HEMICOLECTOMY" still asks for the hemicolectomy. (A catalog's "not
 * including …" is an exclusion.)
 */
const BOOKING_NOT = [/\(\s*not\s+[^),;+]*\)/g, /(?<!\b(?:if|do|does|did|is|are|was|were|may|might|could|can)\s+)\bnot\s+[a-z0-9&]+(?=\s*(?:$|[;,+\n/)]))/g];
/** Words before a lone "B" that make it a kind, grade, class, plan or place, never both sides. */
const NOT_BEFORE_B = new Set(['type', 'types', 'weber', 'twin', 'zone', 'grade', 'class', 'pugh', 'tile', 'plan', 'hep', 'hepatitis', 'group', 'grp', 'vitamin', 'vit', 'stage', 'level', 'gustilo', 'i', 'ii', 'iii', 'iv', 'tasc', 'asa', 'room', 'or', 'and', 'schatzker', 'neer', 'salter', 'harris', 'lauge', 'denis', 'forrest', 'garden', 'mason', 'ao', 'a', 'c', 'cat', 'category', 'phase', 'part', 'option', 'bay', 'bed', 'pod', 'unit', 'ward', 'suite', 'lab', 'site', 'tur', 'eus', 'dl', 'ml', 'hbv', 'mallampati', 'vaccine', 'child', 'childs', 'vancouver', 'pt', 'patient', 'case', 'theatre', 'theater', 'abo', 'stanford', 'figo', 'w', 'with', 'plus', 'eua', 'ogd', 'egd', 'cysto', 'cystoscopy', 'colonoscopy', 'colon', 'scope', 'endoscopy', 'sigmoidoscopy', 'bronch', 'bronchoscopy', 'laryngoscopy', 'hysteroscopy', 'rectum', 'rectal', 'acute', 'chronic', 'complicated', 'uncomplicated', 'poss', 'possible', 'possibly', 'vs', 'versus', 'recipient', 'donor', 'segment', 'session', 'list', 'team', 'firm', 'tray', 'rm', 'priority', 'urgency', 'billroth']);
/** Words after a lone "B" that make it a plan, a vitamin or a germ ("B open", "B abdominal", "B12", "B strep", "B cell"). */
const NOT_AFTER_B = new Set(['open', 'mini', 'miniopen', 'vaginal', 'lap', 'laparoscopic', 'robotic', 'conversion', 'convert', 'conv', 'abdominal', 'abdo', 'abd', 'laparotomy', 'thoracotomy', 'sternotomy', 'tah', 'perc', 'percutaneous', 'lynch', '12', 'strep', 'streptococcus', 'cell', 'cells', 'symptoms', 'positive', 'negative', 'pos', 'neg', 'and', 'or', 'dissection', 'dissections', 'aortic', 'i', 'ii', 'iii', 'cup']);
/** In a booking: a note naming a person ("per Dr Patel", "DR SMITH TO ASSIST"): the name is no word of the case. */
const BOOKING_NOTE = /\bdr\.?\s+[a-z][a-z'’-]*/g;
/** In a catalog line: what narrows it ("for trauma", "following gastric bypass") and what it may include. */
const CATALOG_QUALIFIER = /\b(?:for|due to|secondary to|following|after|at|during|in patients with|in the setting of)(?=\s)([^;\n]*)/g;
/** In a catalog line, "during …", "after …", "following …" to the clause's comma: when, which inside what a line includes names no operation of it. */
const CATALOG_OCCASION = /\b(during|after|following|at)\s+([^,;()]*)/g;
/** "including …", and the examples a line gives ("such as …", "e.g. …", "for example …"): kinds it may cover, never limits. */
const CATALOG_OPTIONAL = /\b(?:including|incl|inclusive of|such as|for example|e\.\s?g)\b\.?/g;
/** How a POSS clause says an operation may be done, no place: "POSS OPEN CBD", "POSS CONVERT TO OPEN". */
const POSS_WAY_IN = new Set(['open', 'lap', 'laparoscopic', 'laparoscopy', 'robotic', 'robot', 'convert', 'conversion', 'converting', 'to', 'hand', 'assist', 'assisted', 'vs', 'or', 'and', 'with', 'w']);
/** The operations a POSS place is more extent of, where it is extent only of some: a bowel of a scope or a bowel operation, a sinus of sinus surgery, the kidney of a ureteroscopy, a root of a spinal injection. */
const BOWEL_REACH = /scopy|colectomy|\bcolon|\bileo|\bile[au]|\bjejun|\bduoden|\bbowel|\benter|\brect(?:al|um|o)|\bproct|hartmann|anastomosis|\bstoma/i;
const SINUS_REACH = /sinus|antrostom|ethmoid|sphenoid|frontal|maxill|fess/i;
const POSS_REACHED: Record<string, RegExp> = {
  duodenum: BOWEL_REACH, duodenal: BOWEL_REACH, jejunum: BOWEL_REACH, ileum: BOWEL_REACH, ileal: BOWEL_REACH, colon: BOWEL_REACH, rectum: BOWEL_REACH,
  descending: BOWEL_REACH, transverse: BOWEL_REACH, ascending: BOWEL_REACH,
  sphenoid: SINUS_REACH, frontal: SINUS_REACH, ethmoid: SINUS_REACH, maxillary: SINUS_REACH,
  kidney: /ureter|lithotrip|stone|calculus|nephro/i, root: /root|foramin|epidural|radicul|nerve|spinal|transforaminal/i,
};
/** What a POSS says may be found, no operation: "POSS RUPTURED APPENDIX", "POSS GB PERFORATION". */
const POSS_FINDING = new Set(['ruptured', 'rupture', 'perforated', 'perforation', 'perf', 'gangrenous', 'gangrene', 'necrotic', 'necrosis', 'infected', 'infection', 'abscess', 'mass', 'tumor', 'tumour', 'ca', 'cancer', 'malignancy', 'bleed', 'bleeding', 'torsion', 'torsed', 'incarcerated', 'strangulated', 'ischemic', 'ischaemic', 'injury', 'stone', 'stones', 'leak']);
/** Regions of the body's surface: joined by "+" to an operation said at another, they are more of its extent ("LIPO ABDOMEN + FLANKS"). */
export const SURFACE_REGION = new Set(['face', 'facial', 'neck', 'chest', 'back', 'abdomen', 'abdominal', 'flank', 'flanks', 'thigh', 'thighs', 'arm', 'arms',
  'leg', 'legs', 'buttock', 'buttocks', 'cheek', 'cheeks', 'nose', 'nasal', 'forehead', 'scalp', 'lip', 'lips', 'chin', 'jowls', 'submental', 'trunk', 'calf',
  'calves', 'shin', 'forearm', 'forearms', 'hand', 'hands', 'foot', 'feet', 'temple', 'eyelid', 'eyelids', 'ear', 'ears', 'shoulder', 'shoulders', 'hips', 'waist', 'mons']);
/** Places a POSS adds to an operation's extent, not an operation of their own: the surface's regions, a limb's parts, and the sinuses, bowel, kidney or root an operation reaches (`POSS_REACHED`). */
const POSS_EXTENT = new Set([...SURFACE_REGION, 'palm', 'finger', 'fingers', 'digit', 'digits', 'thumb', 'wrist', 'elbow', 'axilla', 'knee', 'patella', 'sole', 'ankle', 'heel', 'toe', 'toes',
  'gluteal', 'sacral', 'sacrum', 'coccyx', 'groin', 'perineum', 'perineal', 'labia', 'scrotum', 'scrotal', 'eye', ...Object.keys(POSS_REACHED)]);
/** How a step is guided or placed, no operation of its own: what a "with or without image-guided localization" adds to the main operation's words. */
const GUIDANCE_WORD = new Set(['image', 'imaging', 'guided', 'guidance', 'ultrasound', 'sonographic', 'stereotactic', 'fluoroscopic', 'fluoroscopy', 'ct', 'mri', 'localization', 'localized', 'needle', 'wire', 'seed']);
/** "X requires (a) separate privilege", "X (separate privilege required)" in a catalog line. */
const SEPARATE_PRIVILEGE = /[;,]\s*([^;,()]*?)\s*(?:requires?\s+(?:a\s+)?separate(?:\s+\w+)?\s+privileg\w*|\(\s*separate(?:\s+\w+)?\s+privileg\w*\s+required\s*\))/gi;
/**
 * "… (robotic-assisted excluded)", "…, snare technique only (laser sheath and forceps retrieval
 * excluded)", "…, revisions not included", "(robotic-assisted not privileged at ASC)": an exclusion written after what it excludes.
 */
const EXCLUDED_AFTER = /\(\s*([^()]*?)\s+(?:(?:is|are)\s+)?(?:excluded|not included|not covered|not (?:privileged|permitted|allowed|performed|granted)(?:\s+(?:at|in|by)\s+[^()]*?)?)\s*\)|[;,]\s*([^;,()]*?)\s+(?:(?:is|are)\s+)?(?:excluded|not included|not covered|not (?:privileged|permitted|allowed|performed|granted)(?:\s+(?:at|in|by)\s+[^;,()]*?)?)\s*(?=[;,]|$)/gi;
/**
 * A catalog line with what it excludes said last, as "…; excluding X": an exclusion written after
 * what it excludes, a "non-robotic" or a "requires separate privilege" (what follows it stays the
 * line's own: "Laparoscopic appendectomy (robotic-assisted excluded), patients 14 years and older").
 */
export function withExclusionsLast(text: string): string {
  const excluded: string[] = [];
  const out = nonIndication(nonRobotic(text)).replace(SEPARATE_PRIVILEGE, (_m, x: string) => { excluded.push(x); return ','; })
    .replace(EXCLUDED_AFTER, (m, a: string | undefined, b: string | undefined) => { excluded.push((a ?? b ?? '').replace(/,/g, ' and').replace(/\s*\/\s*/g, ' or ')); return m.startsWith('(') ? ' ' : ''; })
    .replace(/\s+,/g, ',').replace(/,\s*$/, '').trim();
  // ("; cardiac procedures including PDA ligation … excluded": what an exclusion names as examples is
  // excluded too, no "including" clause of the line's.)
  return excluded.length ? `${out}; excluding ${excluded.join(' and ').replace(/\b(?:including|incl|such as|for example|e\.\s?g)\b\.?/g, 'and')}` : out;
}
/**
 * "Laparoscopic hysterectomy …, non-robotic", "by non-robotic techniques": the robot is excluded
 * from the line (not a word the booking must say), read as a closing "excluding robotic".
 */
const NON_ROBOTIC = /\s*,?\s*\(?\bnon[-\s]?robotic(?:[-\s]+assisted)?\b\)?/gi;
function nonRobotic(text: string): string {
  const out = text.replace(NON_ROBOTIC, '');
  return out === text ? text : `${out}; excluding robotic`;
}
// (Only an indication a booking says in few words, each said by the others — sterilization, contraception,
// cosmetic: "non-neoplastic", "non-traumatic", "non-variceal" name what a booking says in many ways
// (a GBM, a TBI, varices), and stay words the booking must say.)
// (In parentheses, a malignancy too, said in the words that say "malignant": "Hysterectomy (non-malignant
// indications)" is no cover for a TLH for endometrial cancer. As a "for …" clause it stays a word to say.)
const NON_INDICATION = /\s*\(?\b(?:for\s+)?non[-\s]?(steriliz\w*|sterilis\w*|contracept\w*|cosmetic|aesthetic)\s+(?:indications?|purposes?|reasons?)\b\)?|\s*\(\s*non[-\s]?(malignant|cancer|cancerous|oncologic|oncological)(?:\s+(?:indications?|purposes?|reasons?|disease|conditions?))?(?:\s+only)?\s*\)/gi;
/** "Anterior and posterior colporrhaphy (native tissue)": a native-tissue repair is one without mesh or a graft (Xenform, a biologic). */
const NATIVE_TISSUE = /\s*,?\s*\(?\bnative[-\s]tissue(?:\s+(?:repair|repairs|only|technique))?\b\)?/gi;
/**
 * "… salpingectomy (non-sterilization indications)", "for non-cosmetic purposes", "(native tissue)":
 * what the line is not for is excluded from it, read as a closing "excluding sterilization" ("… mesh").
 */
function nonIndication(text: string): string {
  const excluded: string[] = [];
  const native = text.replace(NATIVE_TISSUE, ' ');
  if (native !== text) { excluded.push('mesh', 'graft', 'xenform', 'biologic'); text = native; }
  const out = text.replace(NON_INDICATION, (m, x: string | undefined) => { excluded.push(x ?? 'malignant'); return m.trimStart().startsWith('(') && m.trimEnd().endsWith(')') ? '' : ' '; });
  return excluded.length ? `${out.replace(/\s+/g, ' ').replace(/\s+,/g, ',').trim()}; excluding ${excluded.join(' and ')}` : text;
}

/** "…, excluding pilon and bicondylar tibial plateau fractures", "(does not include parathyroid exploration)": what a catalog line does not privilege. */
const CATALOG_EXCLUDING = /\b(?:excluding|excludes|except|other than|exclusive of|not including|(?:does|do)(?:\s+not|n't)\s+include|not to include|but not|(?<=(?:\(|⟦p⟧)\s*)not)\b/g;
/**
 * Whether a concept's name says a word: the word, a stem of either ("fractures"/"fracture"), or
 * within a compound of it ("dialysis" in "hemodialysis").
 */
export function nameSays(v: Vocabulary, concept: number, t: string): boolean {
  const ts = stems(t);
  return [...v.concepts[concept].nameWords].some((w) => w === t || ts.includes(w) || stems(w).includes(t) || (t.length >= 6 && w.length > t.length && w.endsWith(t)));
}

/** A catalog line's words before its "excluding …" clause. */
export function beforeExclusion(text: string): string {
  return withExclusionsLast(text).split(new RegExp(CATALOG_EXCLUDING.source, 'i'))[0];
}
/** The body sites a concept's wordings name (not a tissue or a describing word: "skin", "distal"). */
export function siteWords(v: Vocabulary, concept: number): string[] {
  return [...v.concepts[concept].words].filter((w) => v.anatomy.has(w) && !v.descriptors.has(w));
}

/** A study or a biopsy, done whether or not a treatment booked after "POSS" follows it. */
const STUDY_WORD = /(?:graphy|gram|grams|biopsy|catheterization)$/;
/**
 * The indication: kept aside, read only to help name the operation.
 * ("RECTAL EUS - STAGING RECTAL CA": after a dash that follows a diagnostic study — an EUS, a
 * bronchoscopy, a biopsy — staging before a cancer it is said of, with no operation between, says
 * why; "TLH BSO - STAGING ENDOMETRIAL CA", "STAGING LAPAROTOMY …" and a bare "STAGING" name an operation.)
 */
const INDICATION = /\b(?:for|(?<=\b(?:eus|ebus|ultrasound|endosonography|bronch|bronchoscopy|mediastinoscopy|egd|colonoscopy|biopsy|bx)\b[^-–—,;+]{0,20}\s[-–—]+\s*)staging(?=(?:\s+(?!\S*(?:otomy|oscopy|ectomy|lap)\b)\S+){0,3}\s+(?:ca|cancer|carcinoma|malignancy|tumou?r|lymphoma|melanoma|neoplasm)\b)|due to|secondary to|rule out|dx:|diagnosis:|indication:|indications:|status post|hx of|history of|hx|prior(?!\s+to\b)|previous(?:ly)?|prev)(?=\s)([^;,+\n]*)/g;

/** Whether the booking writes a default action out itself (not from an abbreviation) within two words after the abbreviation's words: "AVF CREATION". */
function spelledAfter(part: Part, abbreviation: readonly string[], isAction: (w: string) => boolean): boolean {
  // (After each run of the abbreviation's words: "SCS PERMANENT IMPLANT W/ IPG" implants the SCS, whose words the IPG's repeat.)
  return part.tokens.some((t, i) => t.abbreviated && abbreviation.includes(t.word) && !(part.tokens[i + 1]?.abbreviated && abbreviation.includes(part.tokens[i + 1].word))
    && part.tokens.slice(i + 1, i + 3).some((x) => !x.abbreviated && isAction(x.word)));
}

/**
 * "pre-" or "post-" joined to an operation's name, or "post" before an operation's abbreviation
 * ("PAIN POST TKA"): that operation is not this case's. ("POST FUSION" may be a posterior one.)
 * So is one after "after" ("RADIAL ARTERY THROMBECTOMY AFTER PCI" is no coronary thrombectomy).
 */
const HISTORY_PREFIX = /\b(?:pre|post|after)(-|\s+)([a-z0-9]+)\b/g;
function namesOperation(v: Vocabulary, w: string): boolean {
  return v.procedureWords.has(w) || v.procedureSuffix.test(w) || !!v.lexicon.get(w)?.some((r) => r.concept !== undefined);
}
const PRE: Array<[RegExp, string]> = [
  // ("R CT 28FR", "14FR PIGTAIL": a French size is a number and its unit, as "28 FR" is written.)
  [/\b(\d{1,2})fr\b/g, ' $1 fr '],
  [/\bwith or without\b/g, ' with '],
  [/\band\/or\b/g, ' and '],
  [/\bw\//g, ' with '],
  [/\bb\/l\b/g, ' bilateral '],
  // ("TONSILLOTOMY + AT", "TE + AT (CHILD 5 Y)": AT standing alone beside a "+" is the adenotomy — not
  // "at" in a sentence, "at any age", "at bedside".)
  [/(^\s*|[+&]\s*)at(?=\s*(?:[+&(,]|$))/g, '$1 adenoidectomy '],
  // ("ILR EXPLANT + TILT": a tilt booked on its own beside "+" is the tilt-table test — not "positive tilt", "L tilt".)
  [/([+&]\s*)tilt(?=\s*(?:[+&(,]|$|table|test))/g, '$1 tilt table test '],
  // ("EPI PPM (DDD)": an epicardial pacemaker or ICD; not "lido with epi", nor a line's "including epi leads".)
  [/\bepi\s+(ppm|pacemaker|pacer|icd)\b/g, ' epicardial $1 '],
  // ("Hip-TEP li.", "TAPP re.", "Strumectomy bds.": German-trained surgeons' rechts, links and beidseits, each
  // with its period — a bare "re" stays a prefix: "re-sectio", "re-do".)
  [/\bre\.(?=[\s,;)+]|$)/g, ' right '],
  [/\bli\.(?=[\s,;)+]|$)/g, ' left '],
  [/\bbds\.?(?=[\s,;)+]|$)/g, ' bilateral '],
  // ("tPA/DNase #3 R": the two drugs given together into the pleura are one therapy, not alternatives.)
  [/\bt-?pa\s*(?:\/|\+|&|and)\s*dnase\b/g, ' tpa dnase '],
  // ("B UPPER BLEPH", "… + B DIRECT BROW LIFT": a "B" that starts a booking or an operation is both sides,
  // as "R" and "L" are one; not a B-Lynch suture, a B-scan, a B cell or hepatitis B.)
  [/(^\s*|[+;]\s*)b\s+(?!(?:lynch|scan|cell|cells|type|mode|strep|hcg|all|thal|oa|brca)\b)(?=[a-z]{2})/g, '$1bilateral '],
  // ("SCAPHOID ORIF W/ DISTAL RADIUS BONE GRAFT": where a bone graft is taken from, no operation there.)
  [/\b(?:distal radius|radial|olecranon|proximal tibia|proximal tibial|tibial|calcaneal|calcaneus)\s+(?:auto)?(bone\s+graft|graft)\b/g, ' local $1 '],
  // ("EX FIX R TIB/FIB": the tibia and fibula, no fibrillation.)
  [/\btib\s*\/\s*fib\b/g, ' tibia fibula '],
  // ("I and D abscess", "D and C hysteroscopy": the abbreviations written out with "and".)
  [/\bi\s+and\s+d\b/g, ' i&d '],
  [/\bd\s+and\s+c\b/g, ' d&c '],
  // ("SAME DAY D/C", "D/C HOME POD 1": a discharge, no D&C.)
  [/\b(same[-\s]?day|sdd|day|planned)\s+d\/c\b|\bd\/c\s+(?=home\b|pod\b)/g, ' $1 discharge '],
  // ("STSG 1.5:1 MESH", "2:1 MESHED": how a skin graft is meshed, no hernia mesh.)
  // (Only beside a graft or a burn: "… 2:1 MESH" on a hernia repair is the hernia's mesh.)
  [/\b\d(?:\.\d)?\s*:\s*1\s+mesh(?:ed)?\b(?=.*\b(?:graft|grafts|grafting|stsg|autograft|tbsa|burn|burns|skin)\b)|(?<=\b(?:graft|grafts|grafting|stsg|autograft|tbsa|burn|burns|skin)\b.*)\b\d(?:\.\d)?\s*:\s*1\s+mesh(?:ed)?\b/g, ' '],
  // ("NOF #", "ORIF ANKLE #", "MUA + K-WIRE # DISTAL RADIUS": a hash beside a word, before no number, is a fracture, as
  // Commonwealth bookings write it; "#19" and "ECT #6" are a tooth and a count.)
  // ("SSC #K", "PULPOTOMY #L": a hash before a primary tooth's letter, after a dental act, is that tooth —
  // not "ORIF # L DISTAL RADIUS", a left fracture.)
  [/(?<=\b(?:ext|exts|extraction|extractions|ssc|sscs|pulpotomy|pulpectomy|comp|composite|amalgam|crown|crowns|restoration|restorations|filling|fillings|sealants?|sdf|ipc|dpc)\b[^;+]*?)#\s*[a-t](?:\s*,\s*#?\s*[a-t])*\b(?![a-z&'-])/g, ' primary teeth '],
  [/(?<=[a-z)]\s?)#(?!\s*\d)/g, ' fracture '],
  // ("#NOF": a hash joined to the word after it, no tooth letter, is that word's fracture.)
  [/#(?=[a-z]{3,}\b)/g, ' fracture '],
  // ("REPAIR 3RD DEGREE LACERATION": a tear's degree is which tear, no count.)
  [/\b1st\s*-?\s*degree\b/g, ' first degree '],
  [/\b2nd\s*-?\s*degree\b/g, ' second degree '],
  [/\b3rd\s*-?\s*degree\b/g, ' third degree '],
  [/\b4th\s*-?\s*degree\b/g, ' fourth degree '],
  // ("REPAIR 3C TEAR", "3B PERINEAL TEAR": the subgrades of a third-degree tear.)
  // (Only where the booking is the tear's repair alone, or says it is obstetric: "MENISCAL REPAIR 3B TEAR" is a meniscus's.)
  [/(?<=^\s*(?:repair\s+(?:of\s+)?)?)\b3[abc]\b(?=\s+(?:perineal\s+)?(?:tears?|lac(?:eration)?s?)(?:\s+repair)?\s*$)|\b3[abc]\b(?=.*\b(?:perineal|perineum|oasi|oasis|obstetric|postpartum|svd|nvd|delivery)\b)|(?<=\b(?:perineal|perineum|oasi|oasis|obstetric|postpartum|svd|nvd|delivery)\b.*)\b3[abc]\b/g, ' third degree '],
  // ("LAP CHOLE APPX 90 MIN": approximately, before a number; "LAP APPX" is an appendectomy.)
  [/\bappx\.?\s*(?=\d)/g, ' '],
  // ("SESTAMIBI +VE": positive, no vasoepididymostomy.)
  [/\+\s?ve\b/g, ' positive '],
  [/(?<=\s)-ve\b/g, ' negative '],
  // ("PI-RADS 4": a prostate MRI's score, no peripheral iridotomy.)
  [/\bpi-?rads\b/g, ' pirads '],
  [/\bi\/d\b/g, ' i&d '],
  [/\bi\s*\+\s*d\b/g, ' i&d '],
  // "ex-32wk", "ex 26 wk preemie": born at that gestation, history not the case (the age is read apart) —
  // but born premature, as a line "in premature infants …" asks ("EX-29WK NOW 44WK PCA").
  [/\bex-?\s*(?:1\d|2\d|3[0-6])\s*-?\s*(?:wks?|weeks?|w|wkers?|weekers?)\b(?:\s*(?:preemie|premie|prem|ga))?/g, ' premature '],
  [/\bex-?\s*\d{2}\s*-?\s*(?:wks?|weeks?|w|wkers?|weekers?)\b(?:\s*(?:preemie|premie|prem|ga))?/g, ' '],
  // "POPLITEAL AND ADDUCTOR CANAL BLOCKS": a block of each. (Only before a name of two words:
  // the reader would still fold "femoral block and sciatic block" into one; unknown is safer. Not
  // "upper and lower extremity blocks", "single and continuous blocks": kinds of one.)
  [/\b(?!(?:upper|lower|single|continuous|peripheral|regional|diagnostic|therapeutic|nerve|plane|left|right|bilateral|unilateral)\b)([a-z]+)\s+(?:and|&|\+)\s+([a-z]+\s+[a-z]+)\s+blocks\b/g, ' $1 block and $2 block '],
  [/\b(?:r\s*\/\s*lhc|l\s*\/\s*rhc|r\s*&\s*lhc|l\s*&\s*rhc|r\s*and\s*lhc|rlhc|lrhc)\b/g, ' rhc lhc '],
  // "Right and left heart catheterization", "cath, right and left heart": both.
  [/\b(?:right\s*(?:and|&|\/)\s*left|left\s*(?:and|&|\/)\s*right)\s+heart(?:\s+(?:cath|catheterization|catheterisation))?\b/g, ' rhc lhc '],
  [/\(?\bn\/a\b\)?/g, ' '],
  // "LAPAROSCOPY, SURGICAL; APPENDECTOMY" (a billing code's wording): a laparoscopic appendectomy.
  [/\blaparoscopy,?\s+surgical\b[;,]?/g, ' laparoscopic '],
  // "Robotic-arm assisted total hip arthroplasty": the robot's arm, no site of the operation.
  [/\brobotic[-\s]+arm\b/g, ' robotic '],
  // "on-pump or off-pump": either, no kind of it.
  [/\bon[-\s]?pump\s+(?:or|and\/or|and|\/)\s+off[-\s]?pump\b/g, ' '],
  // "S/P TKA", "H/O CABG": history, spelled out before slashes split the booking (they read
  // "S/P RYGB" as a gastric bypass to privilege).
  [/\bs\/p\b/g, ' status post '],
  // ("K/C/O DM, HTN": a known case of, the patient's history, in Indian and Gulf OT lists.)
  [/\bk\/c\/o\b/g, ' known case of '],
  [/\bh\/o\b/g, ' history of '],
  [/\br\/o\b/g, ' rule out '],
  [/\b2\/2\b/g, ' secondary to '],
  // "Non-hysteroscopic" is not hysteroscopic: the negated word stays one word InScope does not know.
  [/\bnon[-\s]+(?=[a-z])/g, 'non'],
  // "Radical hysterectomy (type C)": a class in parentheses, no abbreviation ("C" is no cesarean).
  // (Not a class that tells cases apart: "type A dissection", "ORIF distal radius, type C fractures".)
  [/\(\s*type\s+c\s*\)(?!\s*(?:aortic|dissection|endoleak|fracture))/g, ' '],
  // "LAP + DYE", "LAP AND DYE": a diagnostic laparoscopy and the tubal dye test done through it (a UK
  // and NZ list's) — the laparoscopy had vanished into the dye test, or the dye been left unread.
  [/\b(?:lap|laparoscopy)\s*(?:\+\s*\/\s*-|±|[+&/,]|\band\b)\s*dye(?:\s+test)?\b/g, 'diagnostic laparoscopy with tubal dye test'],
  // "INCISION & DRAINAGE", "ENUCLEATION & CURETTAGE": one operation's two steps, not two operations.
  [/\b(incision|irrigation|enucleation|dilation|dilatation|suction|excision|curettage)\s*&\s*(drainage|debridement|curettage|evacuation|electrodesiccation|electrodessication|cautery)\b/g, '$1 and $2'],
];
const SEPARATORS = /[;,+\n/]|\bthen\b|\s&\s(?=[a-z]{3})/;
/** "+/-" or "±" between operations: what follows may be done (analyze and splitOriginal split at it alike). */
const PLUS_MINUS = /\s*(?:\+\s*\/\s*-|±)\s*/g;
/** " - POSS …", " - ? …": a dash before what may be done. */
const POSSIBLY_AFTER_DASH = /\s[-–—]+\s*(?=(?:poss|possible|possibly)\b|\?)/gi;
const POST: Array<[RegExp, string]> = [
  [/&/g, ' and '],
  [/['’`.]/g, ''],
];

/** An outpatient or total joint program ("(outpatient joint program patients only)"): whom a line is for, no joint. (Not a "joint center": a TMJ or SI joint center names its joint.) */
const JOINT_PROGRAM = /\b(?:outpatient|inpatient|ambulatory|total)\s+joints?(?:\s+replacement)?\s+program\b/g;

/** A laparoscopically (or robotically) assisted vaginal hysterectomy, spelled out: its route is the scope's. */
const ASSISTED_VAGINAL = /\b(?:(lap\w*)|robot\w*)[\s-]+assisted[\s-]+(?:trans)?vag(?:inal)?\b(?:\s+hyst\w*|(?=\s*(?:[),;]|$)))/g;

/** What a catalog line offers, never requires: "with or without X", "w/ or w/o X", "±", "diagnostic or with X", "in situ or with X" (in lower case, as folded). */
export const OPTIONAL_CLAUSE = /\bwith or without\b|\bw(?:ith|\/) ?or ?w(?:ithout\b|\/o\b)|±|\+\/-|\bw\/wo\b|\b(?:diagnostic|alone|situ|primary) or (?:combined )?with\b/;

/** An operation named for the foot's own parts ("bunionectomy", "hammertoe", "Lapidus"): it says where it is. */
const FOOT_OPERATION = /^(?:bunion|hammer|hallux|sesamoid|neuroma|plantar|achilles|calcane|tars|talar|talonav|metatars|transmetatars|lapidus|matrix|cheilect|toe|nails?$|heel|haglund|brostrom|ankle|foot|feet|flatfoot|clubfoot|cavovarus|pes$|charcot|digit|triple|coalition|chopart|lisfranc|arthroereisis|gastroc|syme|equinus|tibialis|peroneal|hyprocure)/;

/** How an operation is done, listed as an item of its own ("…, open or endoscopic"). */
/** The words of a DoD list's heading that name its category, no limit: "Interventional pain (specify):", "Advanced … procedures". */
const HEADING_WORD = /^(?:interventional|pain|advanced|basic|procedures?|surgery|surgical|operations?|privileges?|other|general|management|techniques?|and|or|of|the)$/;
const ORDINAL_WORD: Record<string, string> = { '2nd': 'second', '3rd': 'third', '4th': 'fourth', '5th': 'fifth' };
const HOW_WORD = /^(?:open|endoscopic|arthroscopic|percutaneous|minimally|invasive|mis|laparoscopic|robotic|with|without|or|and)$/;

export function analyze(v: Vocabulary, text: string, options: AnalyzeOptions = {}): Analysis {
  // ("Transcatheter aortic valve replacement, transfemoral and alternative access": each way in is a kind
  // the line lists, as "or" lists them — not one wording of them together.)
  // (Only of a valve: "Carotid artery stenting (transfemoral and transcarotid)" reads as it did.)
  if (options.split === false && /\b(?:tavr|tavi|valve|valves)\b/i.test(text)) text = text.replace(/\b(transfemoral|femoral|transapical|transaortic|transcaval|transaxillary|transcarotid)\s+and\s+(?=(?:alternative|non-?femoral|transapical|transaortic|transcaval|transaxillary|axillary|subclavian|transcarotid|carotid)\b)/gi, '$1 or ');
  let s = ` ${fold(text)} `;
  // "LAPAROSCOPIQUE", "COELIOSCOPIQUE", "ROBOTIQUE": a French way in is the approach it names (read as
  // a word only, it had left an open line covering a laparoscopic or robotic operation).
  if (/iques?\b|\bpercutanee|\bouverte?s?\b|\bassistee?s?\b|\bmini[\s-]?invasi/.test(s)) {
    s = s.replace(/\b(laparoscop|coelioscop|thoracoscop|endoscop|arthroscop|hysteroscop|retroperitoneoscop|robot)iques?\b/g, (_m, root: string) => (root === 'coelioscop' ? 'laparoscop' : root) + 'ic')
      .replace(/\bpercutanee?s?\b/g, 'percutaneous').replace(/\bouverte?s?\b/g, 'open').replace(/\bvideo-?assistee?s?\b/g, /\b(?:thora\w*|lobectom\w*|pulmon\w*|pleur\w*|poumon)\b/.test(s) ? 'thoracoscopic' : 'laparoscopic').replace(/\bmini[\s-]?invasi(?:ve|fs?|ves)\b/g, 'minimally invasive');
  }
  // "Oesophago-gastro-duodenoscopy", "GASTRO-JEJUNOSTOMY": a compound written in pieces at its
  // combining vowel is the one word, where that word is known and a piece is not.
  s = s.replace(/\b[a-z]{3,}o(?:-[a-z]{2,}o)*-[a-z]{3,}\b/g, (m) => {
    const joined = m.replace(/-/g, '');
    const known = (w: string) => normalizeWord(v, w).every((x) => v.known.has(x));
    // (Not pieces each a word already: "salpingo-oophorectomy" is read as written.)
    return !m.split('-').every(known) && known(joined) ? joined : m;
  });
  // "LAP CHOLE +/- OTC", "HSC ± D&C": what a booking adds with "+/-" it may do, as after "POSS" (the
  // "+" had split it off as a part of its own, and a word no operation's alone was dropped with it).
  if (options.split !== false) s = s.replace(PLUS_MINUS, ' , poss ');
  // "LAP CHOLY, ?CONVERT", "LAP CHOLE POSS CONVERSION": a possible conversion of a minimally invasive operation
  // is to open. (Not a conversion booked as the operation: "LAP CONVERSION SLEEVE TO RYGB".)
  // (Said at a clause's end: "POSSIBLE CONVERSION SUBTOTAL" names what it may become; a robot's joint
  // replacement converts to no open operation.)
  if (options.split !== false && /\b(?:lap|laparoscop\w*|lsc|vats|thoracoscop\w*|rats)\b/.test(s)) s = s.replace(/((?:\b(?:poss|possible|possibly|may|might)\b|\?)\s*(?:convert|conversion))\b(?=\s*(?:$|[,;)+\-–]|\bif\b|\bas\b))/g, '$1 to open');
  // "2ND MPJ CAPSULOTOMY", "3RD AND 4TH TOE HAMMERTOE": in a booking, the second to fifth toes are the lesser ones a podiatry
  // line names, besides which one it is. (Not in a line: "…, with or without fifth metatarsal osteotomy" names the fifth alone.)
  if (options.split !== false) s = s.replace(/\b(?:2nd|3rd|4th|5th|second|third|fourth|fifth)\b(?=(?:\s*(?:and|&|,|-|\/)?\s*(?:2nd|3rd|4th|5th|second|third|fourth|fifth)\b)*\s*(?:toes?|mtpj?s?|mpjs?|metatarsals?|mets?|hammertoes?|metatarsophalangeal)\b)/g, (m, at: number, all: string) => (/^\s*(?:(?:and|&|,|-|\/)?\s*(?:2nd|3rd|4th|5th|second|third|fourth|fifth)\b\s*)*(?:toes?|hammertoes?)\b/.test(all.slice(at + m.length)) ? ' lesser ' : `${ORDINAL_WORD[m] ?? m} lesser`));
  // "WOUND VAC L TMA SITE": an operation's abbreviation before "site" is where an earlier one was done, no operation of this case.
  // (Only beside a dressing or a wound vac, which is put on a place: "REVISION L BKA SITE", "I&D R TKA SITE" are of that operation.)
  if (options.split !== false && /\b(?:vac|npwt|dressing|dressings)\b/.test(s)) s = s.replace(/\b([a-z0-9&]+)\s+(?=site\b)/g, (m, w: string) => (v.lexicon.get(w)?.some((r) => r.concept !== undefined) ? ' ' : m));
  // "on- and off-pump", "single- and dual-chamber", "third- or fourth-degree": a word whose hyphen waits
  // for the one after "and"/"or" is said with that word's ending too (it had read "off-pump" alone).
  s = s.replace(/\b([a-z]+)-\s+(and|or|and\/or)\s+([a-z]+)-([a-z]+)\b/g, '$1-$4 $2 $3-$4');
  // "4 WK M", "12YO F": the patient's sex after an age is no word of the operation ("male" stays: a male sling).
  if (options.split !== false && /\b[mf]\b/.test(s)) s = s.replace(/\b(\d+\s*(?:yo|y\/o|yr|yrs|years?|y|mo|mos|months?|wk|wks|weeks?|d|days?|dol\s*\d+)(?:\s+old)?)\s*[,/]?\s*(?:m|f)\b/g, '$1 ');
  // "… under local or general anaesthetic": how a line's operation is done, no anaesthesia privilege
  // (it had read "Cystoscopy under local anaesthetic" as local anaesthesia alone).
  // (Not an operation the anaesthesia defines: "Dental treatment under general anesthesia" is a
  // privilege of its own, as is an examination under anaesthesia.)
  if (options.split === false && !/\b(?:dental|dentistry|teeth|tooth|restorations?|rehabilitation|examination|exam)\b.*\bunder\b/.test(s)) s = s.replace(/\s+under\s+(?:(?:local|general|regional|spinal|epidural|topical|la|ga)\s*(?:,|\/|\bor\b|\band\b|\band\/or\b)?\s*)+(?:anaesthe\w*|anesthe\w*|sedation)\b/g, ' ');
  // "Open cholecystectomy, including conversion from laparoscopic approach": the open operation a
  // conversion ends in; the route it is converted from is no route the line offers.
  if (options.split === false) s = s.replace(/,?\s*(?:including\s+)?(?:conversions?|converted)\s+from\s+(?:an?\s+)?(?:laparoscopic|robotic|robot-assisted|endoscopic|thoracoscopic|minimally invasive|vats)(?:\s+(?:approach|approaches|procedures?|surgery|technique))?/g, ' ');
  // "Exploration of scrotum for suspected torsion", "Intravitreal injection of therapeutic substance": a
  // line's "suspected" says the diagnosis may not be confirmed, and "of therapeutic substance" what any
  // such injection gives — no limit a booking must say ("?TORSION", "INTRAVITREAL EYLEA").
  if (options.split === false) s = s.replace(/\bfor\s+(?:suspected|presumed|possible|query)\s+/g, 'for ').replace(/\s+of\s+(?:an?\s+)?(?:therapeutic|pharmacologic(?:al)?)\s+(?:substances?|agents?|drugs?|medications?)\b/g, ' ');
  // ("Core: Tympanostomy tube insertion", "Supplemental: …", "Special privilege: …", an Australian scope of
  // clinical practice's "Extended: …": which list of the form it is on.)
  // (Not a line marked denied or not granted: its prefix stays a word no booking says.)
  const standing = options.split === false && !/\b(?:denied|not granted|not requested|withdrawn|pending|declined)\b/.test(s);
  if (standing) s = s.replace(/^\s*(?:core|non-?core|extended|supplemental|special|specific|additional|advanced|requested)(?:\s+(?:privileges?|scope(?:\s+of\s+(?:clinical\s+)?practice)?))?\s*:\s*/, ' ');
  // ("Catheter ablation, complex (AF, VT) – special", "… (special)", "…, extended scope": the same list
  // said after the line — no word a booking says, and none that sets it apart from another line.)
  // (Not "core" or a bare "extended": "Breast biopsy - core", "Cholecystectomy, extended" name a kind.)
  if (standing) s = s.replace(/\s*(?:[-–—,:]\s*(?:special|extended\s+scope)(?:\s+privileges?)?|\(\s*(?:special|extended\s+scope)(?:\s+privileges?)?\s*\))\s*$/, ' ');
  // "Interventional pain (specify): stellate ganglion block", "Spine surgery (specify): …": a DoD list's
  // heading names its category, no word a booking says.
  // ("…. Requires documented training": what the privilege asks of the practitioner, no limit.)
  if (options.split === false) {
    // (Its way in, its patients and its places stay the items': "Robotic surgery (specify): prostatectomy"
    // is the robotic one, "Endovascular (specify): AAA repair" no open repair.)
    s = s.replace(/^\s*([^:;()]{2,80}?)\s*\(\s*specify\s*\)\s*:\s*/, (_m, head: string) => ` ${head.split(/[^a-z-]+/).filter((w) => w && !HEADING_WORD.test(w)).join(' ')} `);
    // (To the end of its clause: "…; requires documented training, excluding substernal goiter" keeps its exclusion;
    // "… - requires rearfoot/ankle certification" is the practitioner's certificate, no place a booking must say.)
    s = s.replace(/[.;,]?\s*\b(?:requires?|required)\s+(?:(?:documented|additional|specific|specialized|specialised|formal|prior|separate)\s+)*(?:training|experience|competency|competence|proctoring)\b[^.;,]*\.?/g, ' ');
    // (A certificate the clause ends with, whatever it is in: "… - requires rearfoot/ankle certification";
    // what follows one is kept — "… requires endovascular certification for asymptomatic patients only".)
    s = s.replace(/[.;,]?\s*\b(?:requires?|required)\s+(?:[a-z0-9/-]+\s+){0,4}?(?:certification|certificate|credentialing)(?=\s*(?:[.;,)]|$))/g, ' ');
  }
  // "Level II: Cervical laminoplasty", "Tier 1 - …": a form's tier is no word a booking must say.
  // ("Podiatry rearfoot: plantar fasciotomy, …": a podiatry form's tier too, the operation naming its own place.)
  // ("Podiatric surgery, Category II (rearfoot and midfoot): …": the form's category with the places it spans.)
  // (The places a podiatry category spans say where its operations are: stripped only where each
  // operation it lists names its own place — "…(rearfoot and midfoot): arthrodesis" is kept whole,
  // no knee fusion, and "…(forefoot): amputation, skin graft, debridement" no BKA or hand graft.)
  if (options.split === false) {
    // ("Rearfoot/ankle: subtalar, talonavicular, and triple arthrodesis": a DoD list's places alone head it.)
    const tier = /^\s*(?:(?:podiatr(?:y|ic)(?:\s+surgery)?\s*[-–,]?\s*)?(?:level|tier|category|group|class)\s+(?:[ivx]{1,4}|\d{1,2}|[a-d])(?:\s*\((?:forefoot|rearfoot|midfoot|hindfoot|ankle|and|\s|,)+\))?|podiatr(?:y|ic)(?:\s+surgery)?\s*[-–,]?\s*(?:forefoot|rearfoot|midfoot|ankle|rearfoot\s+and\s+ankle)|(?:forefoot|rearfoot|midfoot|hindfoot|ankle)(?:\s*(?:\/|and|&|,)\s*(?:forefoot|rearfoot|midfoot|hindfoot|ankle))*(?=\s*:))\s*[:.)\-–]\s*/.exec(s);
    const rest = tier ? s.slice(tier[0].length) : '';
    // (An item saying only how, "open or endoscopic", names no operation to place.)
    const placed = (item: string, i: number) => { const ws = item.split(/[^a-z]+/).filter(Boolean); return ws.some((w) => v.anatomy.has(w) || FOOT_OPERATION.test(w)) || ws.every((w) => HOW_WORD.test(w) || v.stopwords.has(w) || v.descriptors.has(w))
      // (Or a word after another item that names no operation by itself, done to that item's thing:
      // "… tendon repair or transfer"; "…: bunionectomy, amputation" still names an amputation anywhere.)
      || (i > 0 && ws.length === 1 && !v.procedureWords.has(ws[0]) && !v.procedureSuffix.test(ws[0])); };
    if (tier && (!/podiatr|forefoot|rearfoot|midfoot|hindfoot|ankle/.test(tier[0]) || rest.split(/[,;]|\band\b|\bor\b/).filter((x) => x.trim()).every((x, i) => placed(x, i)))) s = ` ${rest}`;
  }
  // A catalog line's "with or without X" may cover X and never requires it: marked before PRE reads it
  // as "with", and before DROP takes "without X" for a booking's "not done" (it dropped X from every such line).
  // ("EGD, diagnostic or with biopsy, hemostasis …": "or with" offers what follows, as "with or without" does.)
  // ("Ulnar nerve decompression at the elbow, in situ or with anterior transposition": so does "in situ or with".)
  // (Not any "… or with": "…, lumbar, without instrumentation or with pedicle screw instrumentation" lost its "lumbar".)
  // ("w/ or w/o", "with or w/o": the same, as Title Case forms write it; not "without", an exclusion.)
  // "Alveoloplasty, in conjunction with or not in conjunction with extractions": the dental codes' two
  // kinds said at once, which is "with or without" (it had read as the kind done with extractions only).
  if (options.split === false) s = s.replace(/\bin conjunction with or not in conjunction with\b/g, 'with or without');
  if (options.split === false) s = s.replace(new RegExp(OPTIONAL_CLAUSE.source, 'g'), (m) => (/ or (?:combined )?with$/.test(m) ? `${m.split(' ')[0]} ⟦o⟧ ` : ' ⟦o⟧ '));
  // "…; robotic-arm assisted technique requires separate privilege": what needs a privilege of its
  // own is not on this line — read as excluded (its words are no site, no limit).
  if (options.split === false) s = withExclusionsLast(s);
  // "Radical nephrectomy …, including adrenalectomy when indicated", "…, including cementoplasty when
  // performed": a step done with the operation when it is called for — covered with it, as "with or
  // without" is, never alone (the adrenalectomy had been covered alone, an ablation line's cementoplasty
  // a cervical vertebroplasty).
  if (options.split === false) s = s.replace(WHEN_CALLED_FOR, (_m, step: string) => ` ⟦o⟧ ${step} `);
  // "Endoscopic / microscopic transsphenoidal pituitary surgery": both ways it is done, which limits it
  // to neither (its "microscopic" had been a word every booking must say).
  if (options.split === false) s = s.replace(/\b(?:endoscopic\s*(?:\/|\bor\b|\band\/or\b|\band\b)\s*microscopic|microscopic\s*(?:\/|\bor\b|\band\/or\b|\band\b)\s*endoscopic)\b/g, ' ');
  // "Unicompartmental knee arthroplasty (outpatient joint program patients only)": a joint program is
  // whom the line is for (its "joint" read with the line's "arthroplasty" was any joint's arthroplasty).
  if (options.split === false) s = s.replace(JOINT_PROGRAM, ' program ');
  // "Endoscopic sinus surgery, primary or revision": both; the revision is one occasion, no limit.
  // "Ureteroscopy, diagnostic or therapeutic": either, so neither narrows the line (no diagnostic ureteroscopy alone).
  if (options.split === false) s = s.replace(/\b(?:diagnostic|therapeutic)\s*(?:or|and|and\/or|&|\/)\s*(?:diagnostic|therapeutic|operative)\b(?!\s+(?:and|or)\b)/g, ' ');
  if (options.split === false) s = s.replace(/\b(?:primary|initial)\s*(?:or|and|and\/or|&|\/)\s*(?:revision|revisional|redo|reoperative)\b|\b(?:revision|revisional|redo)\s*(?:or|and|and\/or|&|\/)\s*(?:primary|initial)\b/g, ' including revision ');
  // "Resection of gallbladder, percutaneous endoscopic approach": ICD-10-PCS's name for the way in through
  // ports (read as the laparoscopy it mostly is), never a PEG's scope nor a TURP's; "via natural or artificial
  // opening endoscopic" is a scope through the body's own opening.
  if (options.split === false) {
    s = s.replace(/\bpercutaneous\s+endoscopic\s+approach\b/g, ' laparoscopic approach ')
      .replace(/\bvia\s+natural\s+or\s+artificial\s+opening(?:\s+(endoscopic))?\b/g, (_m, e: string | undefined) => (e ? ' endoscopic ' : ' '));
  }
  // "Stereotactic placement of depth electrodes, frame-based or robotic-assisted": both ways of placing them (a
  // frame alone stays a word to say: "Halo frame application" is no hemorrhoid's HALO).
  if (options.split === false) {
    s = s.replace(/\bframe[-\s]*based\s*(?:,\s*)?(?:or|and|\/)\s*frameless\b|\bframeless\s*(?:,\s*)?(?:or|and|\/)\s*frame[-\s]*based\b/g, ' ')
      .replace(/\bframe[-\s]*based\s*(?:,\s*)?(?:or|and|\/)\s*(?=robotic)|(?<=\brobotic(?:[-\s]*assisted)?)\s*(?:,\s*)?(?:or|and|\/)\s*frame[-\s]*based\b/g, ' ');
  }
  // "Wide local excision of cutaneous melanoma and other skin malignancies": the others it names by kind
  // alone are no words a booking must say (it had asked a WLE FOR MELANOMA to say "malignancies"); the
  // line is read as the one it names.
  if (options.split === false) s = s.replace(/\s+(?:and|or|&)\s+(?:the\s+)?other\s+(?:[a-z-]+\s+){0,3}?(?:malignancies|cancers|tumou?rs|neoplasms)\b/g, ' ');
  // "Femoral nerve block, single injection or continuous catheter": the one block named, either kind
  // (its "femoral nerve … catheter" had read as any continuous block, and the single shot as any block).
  // (A family's line, "Peripheral nerve blocks, single-injection or continuous", is read as both kinds of the family.)
  if (options.split === false) {
    const kinds = /^(\s*[^,;(]*\bblock)\s*,\s*(?:single[- ]?(?:injection|shot)|singleshot)\s*(?:or|and|&|\/)\s*continuous(?:\s+catheters?(?:\s+technique)?)?\s*(?=$|[,;(])/.exec(s);
    if (kinds && !/\b(?:peripheral|regional|extremity|extremities|plane|truncal|trunk|neuraxial|epidural|spinal|caudal|intrathecal|combined|paravertebral)\b/.test(kinds[1])) s = kinds[1] + s.slice(kinds[0].length);
  }
  // ("Moderate and deep sedation outside the operating room": where it is given, no word a booking says.)
  if (options.split === false) s = s.replace(/,?\s*\b(?:outside|out of)\s+(?:of\s+)?(?:the\s+)?(?:operating\s+(?:room|theatre|theater)s?|or|main\s+or)\b/g, ' ');
  // "PCL RECON, ACHILLES ALLOGRAFT": in a ligament's reconstruction, an Achilles (or other tendon's)
  // allograft is the graft it uses, no Achilles operation (it had taken the reconstruction, and the PCL
  // was left a place).
  if (options.split !== false && /\b(?:acl|pcl|mcl|lcl|mpfl|plc|cruciate|ligaments?|multiligament|multi-ligament)\b/.test(s)) s = s.replace(/\b(?:achilles|tibialis anterior|tibialis posterior|peroneus longus|patellar|quadriceps|quad|hamstring|semitendinosus|gracilis)\s+(?:tendon\s+)?(allograft|autograft)\b/g, ' $1 ');
  // "… cerclage via laparotomy", "Radical trachelectomy …, abdominal approach": the way in a line names
  // is its route, open (a laparoscopic booking had met the line).
  // (A booking's "ABD CERCLAGE VIA LAPAROTOMY" says its route so too, and the laparotomy it is done by.)
  // (A line's laparotomy stays the way in it covers: "Splenectomy via laparotomy" covers an EXPLORATORY
  // LAPAROTOMY, SPLENECTOMY, and no laparotomy alone.)
  // ("Cholecystectomy, via laparotomy or laparoscopy": both routes, no laparotomy or laparoscopy of its own to ask for.)
  if (options.split === false) s = s.replace(/\b(?:via|by|through)\s+(?:an?\s+)?(?:laparotomy|laparoscopy)\s*(?:or|and|\/)\s*(?:via\s+|by\s+)?(?:laparotomy|laparoscopy|laparoscopic(?:ally)?(?:\s+approach)?)\b/g, ' open or laparoscopic ');
  // (Its only way in: "Appendectomy, by laparotomy or laparoscopy" offers both. The laparotomy stays the
  // line's words, done with its operation, never alone.)
  s = s.replace(/(?<!\b(?:or|and)\s+)\b(?:via|by|through)\s+(?:an?\s+)?(?:laparotomy|laparotomy\s+incision|open\s+incision)\b(?!\s*(?:,\s*)?(?:or|and|\/))/g, ' open via laparotomy ');
  if (options.split === false) s = s.replace(/(?<!\b(?:or|and)\s+)\babdominal\s+(?:\(\s*open\s*\)\s+)?approach\b(?!\s*(?:,\s*)?(?:or|and|\/))/g, ' open abdominal approach ')
    // ("…, pre-conception or in pregnancy up to 14 weeks": before or during a pregnancy is every occasion; its weeks are read apart.)
    .replace(/,?\s*\bpre-?\s*conception(?:al)?\s*(?:or|and|\/)\s*(?:in\s+|during\s+)?pregnan(?:cy|t)\b/g, ' ');
  // "Excision or revision of vaginal mesh or midurethral sling, transvaginal, …", "Repair of vesicovaginal
  // fistula, vaginal approach": a clause of the vaginal way in alone is the line's only one — no
  // laparoscopic, robotic or abdominal operation (a laparoscopic TVT removal had been covered; the
  // fistula line had asked every booking to say "vaginal").
  // (A bare ", vaginal," names the kind, "Hysterectomy, vaginal, …", and stays.)
  if (options.split === false) {
    const vaginalOnly = /,\s*(?:transvaginal(?:ly)?(?:\s+(?:approach|route))?|vaginal(?:ly)?\s+(?:approach|route))(?:\s+only)?\s*(?=,|;|$)/g;
    if (vaginalOnly.test(s)) s = `${s.replace(vaginalOnly, ' ')}; excluding laparoscopic and robotic and abdominal `;
  }
  // ("Surgical ablation for atrial fibrillation concomitant to other open cardiac surgery": no standalone one.)
  if (options.split === false) {
    const withOther = /\bconcomitant\s+(?:to|with)\s+(?:an?\s+|other\s+|another\s+)*(?:open\s+)?(?:cardiac|heart|valve|coronary)?\s*(?:surgery|surgical procedures?|procedures?|operations?)\b/g;
    if (withOther.test(s)) s = `${s.replace(withOther, ' ')}, excluding standalone or isolated `;
  }
  // "Orchiopexy, unilateral or bilateral": both sides, no limit (it had asked every booking to say "unilateral").
  if (options.split === false) s = s.replace(/,?\s*\b(?:uni-?\s*|unilateral\s*)(?:or|and|and\/or|&|\/)\s*bilateral\b|,?\s*\bbilateral\s*(?:or|and|and\/or|&|\/)\s*unilateral\b/g, ' ');
  // "Partial colectomy without colostomy": what a line is without, it excludes (in a booking,
  // "without X" says X is not done). "…, maxillary antrostomy only": that kind alone, as a
  // "for …" clause says it.
  if (options.split === false) s = s.replace(/\b(?:without|w\/o)\b/g, ', excluding ').replace(new RegExp(ONLY_CLAUSE.source, 'g'), ' for $1 ');
  // "HARTMANN REVERSAL - POSS LOOP ILEOSTOMY": what a dash says may be done is a part of its own,
  // as after a comma (read with the reversal, the ileostomy became an ileostomy's reversal).
  if (options.split !== false) s = s.replace(POSSIBLY_AFTER_DASH, ' , ');
  // "…. Preoperative diagnosis: left adrenal adenoma, aldosterone-secreting.": an operative note's
  // diagnosis runs to the end of its sentence, commas included (its second half had been read as more of
  // the operation) — never past ";", "+" or parentheses, nor over a comma before an operation's word or
  // wording: "LAP CHOLE, PRE OP DX: GALLSTONES, POSSIBLE OPEN, POSSIBLE CBDE" and "…; ADD ON: L PCNL" keep theirs.
  if (options.split !== false) {
    s = s.replace(/\b(?:pre|post)\s*-?\s*op(?:erative)?\s+(?:diagnos[ie]s|dx)\s*:([^;+()\n]*?)(?=\.\s|\.?\s*$|[;+()\n])/g, (_m, rest: string) => {
      const pieces = rest.split(',');
      let kept = pieces[0];
      for (const piece of pieces.slice(1)) {
        const words = piece.split(/[^a-z0-9]+/).filter(Boolean);
        // (A word of an operation's own, or a wording whose every word the piece says: "…, TKA", "…, CHEST TUBE".)
        const said = new Set(words.flatMap((w) => [w, ...normalizeWord(v, w)]));
        const names = words.some((w) => namesOperation(v, w) || w === 'poss' || w === 'possible' || (v.byToken.get(w) ?? []).some((ph) => ph.tokens.every((t) => said.has(t))));
        kept += names ? `,${piece}` : ` ${piece}`;
      }
      return ` diagnosis: ${kept}`;
    });
  }
  // "R AXILLARY SENTINEL LYMPH NODE BIOPSY AND AXILLARY LYMPH NODE DISSECTION": where what follows "and" or
  // "possible" starts again with two words said earlier in the same clause, it is an operation of its own (read as
  // one set of words, the sentinel node's "dissection" wording had taken the second one's word, and the
  // axillary dissection vanished).
  if (options.split !== false && /\s(?:and|possible|poss)\s/.test(s)) s = s.replace(/(^|[;,+])([^;,+]*)/g, (_m, sep: string, clause: string) => sep + clause.replace(/\s(and|possible|poss)\s+([a-z]+)\s+([a-z]+)/g, (m, joiner: string, word: string, next: string, at: number) => (v.anatomy.has(word) && !v.descriptors.has(word) && new RegExp(`\\b${word}\\s+(?:[a-z]+\\s+)?${next}\\b`).test(clause.slice(0, at)) ? ` ,${joiner === 'and' ? '' : ` ${joiner}`} ${word} ${next}` : m)));
  // "PARA 4L", "para 6 L": liters drawn off say a paracentesis (an obstetric "G2 PARA 1" stays a parity).
  if (options.split !== false) s = s.replace(/\bpara\s*(\d(?:\.\d)?)\s*(?:l|liters?|litres?|ltr)\b/g, ' paracentesis $1 liters ');
  // (The third item of "1. … 2. … 3. Possible …" had been read into the second, and its operation dropped.)
  if (options.split !== false) s = s.replace(LIST_NUMBER, '$1 ; ');
  // "LAP CHOLE ?OPEN", "VATS WEDGE ?LOBE": a query before a word is a POSS ("?SBO" the POSS of a finding).
  if (options.split !== false) s = s.replace(/(^|[\s(,])\?\s*(?=[a-z])/g, '$1 poss ');
  // "Laparoscopically assisted vaginal hysterectomy" is the LAVH done through the scope: its "vaginal"
  // is the operation's own, no vaginal route (a TVH is not privileged by that line, nor it by a TVH's).
  // (Only of a hysterectomy: "… vaginal hysterectomy", or a list's "…, or laparoscopically assisted vaginal)" beside one.)
  if (/\bhyst/.test(s)) s = s.replace(ASSISTED_VAGINAL, (_m, lap: string | undefined) => (lap ? ' lavh ' : ' ravh '));
  for (const re of DROP) s = s.replace(re, ' ');
  // ("R DR ORIF": a "DR" right before ORIF, CRPP or a fracture is the distal radius, no person — the
  // fixation had vanished as a surgeon's name. "Per Dr Fix", "Dr Plate" are surgeons still.)
  if (options.split !== false) s = s.replace(BOOKING_NOTE, (m) => (/^dr\s+(?:orif|crpp|fx|fracture|fractures)$/.test(m) ? m : ' '));
  // "TYPE IIB ENDOLEAK", "IIB ENDOLEAK EMBOLIZATION": a type II endoleak's subtype, no iliac branch device.
  if (options.split !== false) s = s.replace(/\btype\s+(ii|2)\s*b\b/g, 'type $1').replace(/\biib(?=\s+endoleak)/g, 'type ii');
  // "Otoplasty B", "TE→implant exch B": a lone B beside an operation is both sides, as Epic boards write
  // it — never a kind, grade, class or plan ("type B", "Weber B", "twin B", "Child-Pugh B", "Tile B",
  // "plan B open", "hep B", "B-Lynch", "DL&B"), nor in a catalog line.
  if (options.split !== false) s = s.replace(/\bb\b(?![-'’&/])/g, (m, at: number, all: string) => {
    // (Nor a part of its own after "+", "&" or a comma: "OGD + B", "EUA nose + B" are a biopsy.)
    // (Nor after "±", "?", "(" or a number: "OGD ± B", "Colonoscopy (B)" are a biopsy, "stage 2 B" a stage.)
    if (/[-&/.]$|[+&,±?(]\s*$|\d\s*$/.test(all.slice(0, at))) return m;
    const before = /([a-z0-9]+)[^a-z0-9]*$/.exec(all.slice(0, at))?.[1];
    const after = /^[^a-z0-9]*([a-z0-9]+)/.exec(all.slice(at + 1))?.[1];
    if ((before && NOT_BEFORE_B.has(before)) || (after && NOT_AFTER_B.has(after))) return m;
    // (Only right after an operation's word or before a place: "R IHR, firm B", "list B", "lesion B",
    // "Strep B", "B cup" say a team, a list, a germ or a size.)
    const operation = (w: string) => v.procedureWords.has(w) || v.procedureSuffix.test(w)
      || (v.lexicon.get(w) ?? []).some((r) => r.concept !== undefined || r.expansion.some((x) => v.procedureWords.has(x) || v.procedureSuffix.test(x)))
      || (!!v.byToken.get(w)?.length && !v.anatomy.has(w) && !v.descriptors.has(w) && !v.modifiers.has(w) && !v.stopwords.has(w) && !v.scheduling.has(w));
    return (before && operation(before)) || (after && v.anatomy.has(after) && !v.descriptors.has(after)) ? 'bilateral' : m;
  });
  if (options.split !== false) for (const re of BOOKING_NOT) s = s.replace(re, ' ');
  // "PORT REMOVAL AND NEW PORT OTHER SIDE": after a device's removal, a new one is put in — an operation
  // of its own (its "port" had been taken as the removal's word again, and the insertion dropped).
  // (Not where the booking says the placement itself — "… and insertion of new port", "new port to be
  // placed by IR at a later date", "GENERATOR CHANGE (… NEW BATTERY)". Where the placement alone names no
  // one operation — a new catheter, lead or pump — the booking is unknown, never the removal alone.)
  if (options.split !== false && /\b(?:remov\w*|explant\w*|extract\w*)\b/.test(s) && !/\b(?:plac\w*|insert\w*|implant\w*|replac\w*|exchang\w*|reinsert\w*|chang\w*|revis\w*)\b/.test(s)) s = s.replace(/\b(?:new|another)\s+(port|portacath|port-a-cath|stent|catheter|pump|generator|battery|lead|tube|shunt|stimulator)\b/g, ', $1 placement');
  for (const [re, to] of PRE) s = s.replace(re, to);
  // A booking's "valve-in-valve" says one thing (ViV): its second "valve" is not left for any valve operation's wording to take.
  if (options.split !== false) s = s.replace(/\bvalve[-\s]+in[-\s]+valve\b/g, ' viv ');
  // "Suction curettage for incomplete/missed abortion": in what a line is for, a slash between words
  // is "or" (it had asked every booking to say "incomplete").
  // (Only in a clause that names no operation: "Craniotomy for tumor/aneurysm clipping" and
  // "Laparotomy for trauma/bowel resection" list operations, which the slash's own reading keeps.)
  if (options.split === false) s = s.replace(/\bfor\s+(?:[a-z-]+\s+){0,3}[a-z]{3,}(?:\s*\/\s*[a-z]{3,})+[^,;()]*/g, (m) => (m.split(/[^a-z]+/).some((w) => namesOperation(v, w)) ? m : m.replace(/\s*\/\s*/g, ' or ')));
  // "Postpartum tubal sterilization, …, at cesarean delivery or after vaginal delivery": the delivery is when
  // the sterilization it names postpartum is done, no operation the line privileges (it had covered a
  // PRIMARY LTCS). (Only where it names both deliveries: "Postpartum tubal ligation at cesarean delivery"
  // keeps its cesarean; "Tubal ligation at cesarean section" still reads the postpartum kind from its words.)
  if (options.split === false && STERILIZATION.test(s) && POSTPARTUM.test(s) && BOTH_DELIVERIES.test(s)) s = s.replace(AT_DELIVERY, ' ');
  // A catalog line's "Turbinate reduction/submucous resection": what follows the slash is another
  // kind the line lists, never a limit on the first (two words or more on each side).
  if (options.split === false) s = s.replace(/\b([a-z]{3,} [a-z]{3,})\s*\/\s*(?=[a-z]{3,} [a-z]{3,})/g, '$1 ⟦o⟧ ');
  // "EXT D,E,F,G", "SSC A,B,I,J", "pulpotomy K,T": primary teeth by their letters after what is done to
  // them, read as teeth ("D,E" had been a D&E, "EXT T" nothing). (One letter alone only where it is no
  // side: "EXT L" stays left.)
  if (options.split !== false) s = s.replace(PRIMARY_TEETH, (m, act: string, list: string) => {
    const letters = list.split(/[\s,&]+|\band\b/).filter(Boolean);
    return letters.length > 1 || !/^[lr]$/.test(letters[0]) ? `${act} primary teeth ` : m;
  });
  // "EXT #1, 16, 17, 32": in an extraction, tooth numbers (Universal numbering) that are all third
  // molars say it is of wisdom teeth, as the words would. ("ECT #1", "MBB #1" count treatments.)
  if (options.split !== false && /\b(ext|exts|extract|extraction|extractions)\b/.test(s)) {
    s = s.replace(/#\s*(\d{1,2})\b((?:\s*(?:,|&|\band\b)\s*#?\s*\d{1,2}\b)*)/g, (m, first: string, rest: string) => {
      const teeth = [first, ...(rest.match(/\d{1,2}/g) ?? [])].map(Number);
      return teeth.every((n) => THIRD_MOLARS.has(n)) ? `#${first} third molars${rest}` : m;
    });
  }
  // "EXTRACTION 38/48 GA", "CORONECTOMY 48", "SURGICAL REMOVAL LR8": Commonwealth lists number teeth by
  // quadrant (FDI: 11–48, the wisdom teeth 18, 28, 38, 48) or by the Palmer quadrant and place (LR8);
  // a list with a number past 32 is FDI, and teeth that are all eights are third molars.
  if (options.split !== false && /\b(?:ext|exts|extract\w*|xla|coronectomy|teeth|tooth|molars?|wisdom|dental|surgical removal)\b/.test(s)) {
    // (Only a list right after what is done to the teeth: "age 38", "wt 38", "38/40", "14:48" are no teeth.)
    s = s.replace(/\b((?:ext|exts|extract\w*|xla|removal|coronectomy|teeth|tooth|molars?)\s+(?:of\s+)?(?:teeth\s+|tooth\s+)?)([1-4][1-8])\b((?:(?:\s*(?:,|&|\/|\+|\band\b)\s*|\s+)[1-4][1-8]\b)*)(?![\d/:.]|\s*(?:yo|y\/o|years?|yrs?|wks?|weeks?|kg|g|mm|cm|mg|%)\b)/g, (m, act: string, first: string, rest: string) => {
      const teeth = [first, ...(rest.match(/\d{2}/g) ?? [])].map(Number);
      if (!teeth.some((n) => n > 32)) return m;
      // (Quadrants 3 and 4 are the lower jaw's, 1 and 2 the upper's: "CORONECTOMY 48" is of a lower third molar.)
      const jaw = teeth.every((n) => n > 30) ? ' lower' : teeth.every((n) => n < 30) ? ' upper' : '';
      return `${act} ${teeth.join(' ')}${jaw} ${teeth.every((n) => n % 10 === 8) ? 'third molars' : 'permanent teeth'} `;
    });
    s = s.replace(/\b(?:ur|ul|lr|ll)\s*[1-8]s?\b(?:\s*(?:,|&|\/|\+|\band\b)\s*(?:ur|ul|lr|ll)\s*[1-8]s?\b)*/g, (m) => {
      const jaw = /\bu[rl]/.test(m) ? (/\bl[rl]/.test(m) ? '' : ' upper') : ' lower';
      return `${jaw} ${/^(?:\s*(?:,|&|\/|\+|\band\b)?\s*(?:ur|ul|lr|ll)\s*8s?)+$/.test(m) ? 'third molars' : 'permanent teeth'} `;
    });
  }
  // "COMP #8, 9", "PFM CROWN #30", "IMP #19": tooth numbers beside a dental act are permanent teeth
  // (the Universal numbers; a primary tooth has a letter, "SSC #K").
  if (options.split !== false && DENTAL_ACT.test(s)) s = s.replace(/#\s*\d{1,2}\b(?:\s*(?:,|&|-|\band\b)\s*#?\s*\d{1,2}\b)*/g, (m) => `${m} permanent teeth `);
  if (/[&/]/.test(s)) for (const [re, to] of v.glue) s = s.replace(re, to);
  // An indication runs to the end of its clause, slashes included ("FOR CTR/TRIGGER FINGER").
  if (options.split !== false) s = s.replace(INDICATION, (m) => m.replace(/\//g, ' '));
  // "ACL reconstruction with hamstring or patellar tendon autograft", "ACL RECON W/ BTB GRAFT": where a ligament's
  // graft is taken from says how it is rebuilt — no hamstring or patellar tendon repair of its own (their words
  // had met the line's "reconstruction").
  if (/\b(?:acl|pcl|mpfl|cruciate|ligament|ligamentous)\b/.test(s)) s = s.replace(LIGAMENT_GRAFT, ' graft ');
  // "EVAR W/ OPEN FEMORAL ACCESS", "…, including percutaneous or open femoral access": an open way in to a
  // vessel is a cutdown for the catheter, no open operation (both had read as an open aneurysm repair).
  // (Only a vessel's: "COLECTOMY, OPEN ACCESS", "OPEN EXPOSURE OF THE ILIAC ARTERY" keep their open route.)
  // (Only beside an endograft's words: a TAVR's or an ECMO's open femoral access is its own line's way.)
  if (/\b(?:evar|tevar|fevar|bevar|endovascular|endograft|endoprosthesis|stent\s*grafts?)\b/.test(s)) s = s.replace(/\bopen\s+(?=(?:common\s+)?(?:femoral|brachial|axillary|carotid|subclavian|arterial|vascular)\s+(?:artery\s+|arterial\s+)?(?:access|exposure|cutdown)\b)/g, 'cutdown ');
  const levels: string[] = [];
  // (A sacral operation's own words, not a sacral complaint: "S1 NERVE ROOT DECOMPRESSION -- SACRAL RADICULOPATHY" is lumbar.)
  const sacralText = /\b(?:sacroplasty|sacrectomy|sacrum|sacral\s+(?:augmentation|cementoplasty|vertebroplasty|insufficiency|fracture|tumor|chordoma))\b/.test(s);
  s = s.replace(LEVEL, (_m, a: string, n1: string, b: string | undefined, n2: string | undefined, pelvis: string | undefined) => {
    // ("T4-PELVIS", "T10-ILIUM": a construct to the pelvis spans every level to the sacrum, and names the pelvis.)
    if (pelvis) {
      levels.push(`${a.toUpperCase()}${n1}-S1`);
      return ` ${{ c: 'cervical thoracic lumbar', t: 'thoracic lumbar' }[a.toLowerCase()] ?? 'lumbar'} ${pelvis} `;
    }
    levels.push(n2 ? `${a.toUpperCase()}${n1}-${(b ?? a).toUpperCase()}${n2}` : `${a.toUpperCase()}${n1}`);
    // A spinal level says which region: the words of that region stay for the match ("L5-S1 MICRODISCECTOMY" is lumbar).
    // (A level wholly in the sacrum, "S1-S2", is sacral: no lumbar operation. So is a lone S1 beside the
    // sacrum's own words: "S1 SACROPLASTY" is no lumbar vertebral augmentation.)
    return ` ${a.toLowerCase() === 's' && (n2 ? (b ?? a).toLowerCase() === 's' : sacralText) ? 'sacral' : REGION[a.toLowerCase()] ?? ''} `;
  });
  if (options.split === false) {
    // "Generator change (pacemaker/ICD)", "Obstetric anesthesia (labor epidural, CSE, cesarean)":
    // what a catalog line puts in parentheses says which kinds, or what for — marked, so that it
    // cannot become a line of its own.
    // "Cataract extraction, complex, requiring iris expansion device, capsular tension ring or …":
    // after a describing word, what it requires says what makes the kind — read as its parenthesis.
    // (Without one, "requiring …" is no explanation and stays a word of the line.)
    s = s.replace(/\b([a-z]+)\s*,?\s+(?:requiring|that requires?|involving)\s+([^;()]+)/g, (m, word: string, what: string) => (v.descriptors.has(word) ? `${word} (${what.trim()})` : m));
    s = s.replace(/\(([^()]*)\)/g, ' ⟦p⟧ $1 ⟦/p⟧ ');
    // "Interlaminar epidural steroid injection, cervical or thoracic": a closing list of sites
    // limits every operation the line names.
    // (The last comma outside parentheses: "…, complex (iris expansion, capsular tension ring)".)
    const unbracketed = s.replace(/⟦p⟧[^⟦]*⟦\/p⟧/g, (m) => ' '.repeat(m.length));
    let comma = unbracketed.lastIndexOf(',');
    const tail = comma > 0 ? s.slice(comma + 1).replace(/⟦p⟧[^⟦]*⟦\/p⟧/g, ' ').split(/[^a-z0-9]+/).filter(Boolean) : [];
    const limitingWord = (w: string) => v.anatomy.has(w) || v.descriptors.has(w) || v.stopwords.has(w) || v.modifiers.has(w) || !!v.laterality[w] || v.lexicon.get(w)?.every((r) => r.expansion.every((x) => x.startsWith('@')));
    // ("arteries" as "artery".)
    const limiting = (w: string) => limitingWord(w) || (w.endsWith('s') && normalizeWord(v, w).every(limitingWord));
    // ("…, with or without stent, iliac, femoral, popliteal and tibial arteries": the closing list of
    // sites begins at its first item, each a place.)
    // (Not inside what the line includes: "…, including clavicle, humerus, radius, ulna and hand".)
    if (comma > 0 && tail.some((w) => v.anatomy.has(w)) && tail.every(limiting) && !/\b(?:including|incl|such as|for example|e\.\s?g)\b/.test(s.slice(0, comma))) {
      for (let before = unbracketed.lastIndexOf(',', comma - 1); before > 0; before = unbracketed.lastIndexOf(',', before - 1)) {
        const item = unbracketed.slice(before + 1, comma).split(/[^a-z0-9]+/).filter(Boolean);
        if (!item.length || !item.every((w) => v.anatomy.has(w) && !v.descriptors.has(w))) break;
        comma = before;
      }
    }
    // (Not the last item of a serial list, ", and humerus" of "… of femur, tibia, and humerus".)
    const serial = tail[0] === 'and' || tail[0] === 'or';
    if (!serial && tail.some((w) => v.anatomy.has(w)) && tail.every(limiting)) s = `${s.slice(0, comma)} ⟦t⟧ ${s.slice(comma + 1)}`;
    // "Cataract extraction with IOL, complex": closing words that only describe are the line's, not
    // part of what its "with" names.
    else if (tail.length && tail.every((w) => v.descriptors.has(w) || v.stopwords.has(w)) && /\bwith\b/.test(s.slice(0, comma))) s = `${s.slice(0, comma)} ⟦w⟧ ${s.slice(comma + 1)}`;
  }
  // "HEMI VS TOTAL HIP ARTHROPLASTY", "EVAR V. OPEN AAA": alternatives that each name an operation are
  // parts of their own (the "vs" goes with the second), so neither takes the other's words. ("LAP
  // APPY VS OPEN" and "LAP VS OPEN APPY" name one operation and a second route: read as before.)
  if (options.split !== false) {
    s = s.replace(/([^;,+\n/]*?)\s(vs\.?|versus|v\.?)\s([^;,+\n/]*)/g, (m, left: string, word: string, right: string) => {
      // A side names an operation: an operation's word or abbreviation, or a word of an operation's
      // wording that is no route, site, side, describing or plain word ("HEMI").
      const operation = (x: string) => x.split(/[^a-z0-9&]+/).some((w) => w && (namesOperation(v, w) || (v.known.has(w) && !v.lexicon.has(w)
        && !v.stopwords.has(w) && !v.modifiers.has(w) && !v.laterality[w] && !v.plain.has(w) && !v.descriptors.has(w) && !v.anatomy.has(w) && !v.scheduling.has(w))));
      if (!operation(left) || !operation(right)) return m;
      // Where the second names the place and the first none ("ORIF VS CRPP R DISTAL RADIUS"), it is both's.
      const isPlace = (w: string) => v.anatomy.has(w) || !!v.laterality[w];
      const place = (x: string) => {
        const ws = x.split(/[^a-z0-9&]+/).filter(Boolean);
        const from = ws.findIndex(isPlace);
        return from < 0 ? [] : ws.slice(from).filter((w) => isPlace(w) || v.descriptors.has(w));
      };
      const shared = place(left).length ? [] : place(right);
      return `${left} ${shared.join(' ')} ; ${word} ${right}`;
    });
  }
  // "URETEROSCOPY, WITH LASER LITHOTRIPSY AND STENT PLACEMENT": what a comma's "with" adds is done
  // in the same operation, as without the comma.
  if (options.split !== false) s = s.replace(COMMA_WITH, ' ').replace(SCOPE_BESIDE, '$1, laparoscopy');
  const pieces = options.split === false ? [s] : s.split(SEPARATORS);
  const originals = options.split === false ? [text] : splitOriginal(text, pieces.length);
  const catalog = options.split === false;
  const raw = pieces.map((p) => {
    const indication: string[] = [];
    // In a catalog line, "for …" narrows the privilege ("Exploratory laparotomy for trauma"): its
    // words are read like the rest, and marked, so that a word it leaves over restricts the line.
    // (A catalog line's "post-cholecystectomy": the operation it follows, never "post" as posterior.)
    // (Only in what the line may include: "Repair of post-hysterectomy vesicovaginal fistula" keeps its occasion.)
    const mayInclude = (at: number) => /\bincluding\b|⟦o⟧|\(/.test(p.slice(0, at));
    const main = catalog ? p.replace(/\bpost-([a-z]+)\b/g, (m, word: string, at: number) => (namesOperation(v, word) && mayInclude(at) ? ` ${word} ` : m)).replace(CATALOG_EXCLUDING, ' ⟦x⟧ ').replace(CATALOG_OPTIONAL, ' ⟦o⟧ ⟦i⟧ ').replace(CATALOG_OCCASION, '$1 ⟦a⟧ $2 ⟦/a⟧ ').replace(CATALOG_QUALIFIER, (m) => m.replace(/^(\S+)/, '$1 ⟦q⟧')) : p.replace(INDICATION, (_m, clause: string) => {
      indication.push(clause);
      return ' ';
    }).replace(HISTORY_PREFIX, (m, joint: string, word: string) => {
      // "PRE-ECT CONSULT", "POST-TKA MANIPULATION": the operation after pre-/post- is history or plan, not this case.
      // ("POST TRIAL": "SCS PERMANENT IMPLANT - 2 WKS POST TRIAL" is no trial, nor one that says which.)
      if (word === 'trial') return ' ';
      if (joint === '-' ? !namesOperation(v, word) : !v.lexicon.get(word)?.some((r) => r.concept !== undefined && !r.context)) return m;
      indication.push(word);
      return ' ';
    });
    const words = (x: string) => { let y = x.replace(/⟦q⟧/g, ' zzqualifier ').replace(/⟦o⟧/g, ' zzoptional ').replace(/⟦i⟧/g, ' zzincluding ').replace(/⟦t⟧/g, ' zztrailing ').replace(/⟦w⟧/g, ' zzendwith ').replace(/⟦p⟧/g, ' zzparen ').replace(/⟦\/p⟧/g, ' zzendparen ').replace(/⟦x⟧/g, ' zzexcluding ').replace(/⟦a⟧/g, ' zzoccasion ').replace(/⟦\/a⟧/g, ' zzendoccasion '); for (const [re, to] of POST) y = y.replace(re, to); return y.split(/[^a-z0-9@]+/).filter(Boolean); };
    return { main: words(main), indication: indication.flatMap(words) };
  });
  // (Not what a catalog line's "excluding …" clause names: "Posterior thoracic fusion (excluding
  // deformity correction)" is no fusion for a deformity.)
  // (To the end of its parenthesis: a "for" inside it is still what it excludes, "…, excluding fusion for scoliosis".)
  const kept = (ws: string[]) => { let out = true; return ws.filter((w) => { if (w === 'zzexcluding') out = false; else if (w === 'zzendparen' || w === 'zzoptional') out = true; return out; }); };
  const context = contextOf(v, raw.flatMap((r) => (catalog ? kept([...r.main, ...r.indication]) : [...r.main, ...r.indication])));
  const around = new Set<string>();
  for (const w of fold(options.context ?? '').split(/[^a-z0-9]+/)) if (w && !context.has(w)) { context.add(w); around.add(w); }
  // Tooth numbers ("#30", "#A") say the booking is about teeth.
  if (/#\s*(?:\d{1,2}|[a-t])\b/i.test(text)) context.add('@tooth');
  const corrections: Array<[string, string]> = [];
  // The word a booking's name ends on, where a scheduling system may have cut it short: before a
  // comment ("COLONOSCOPY W/POLYPECTOMY SNAR -- SCREENING"), before the laterality field a system
  // writes after its name ("URETEROSCOPY W/BASKET EXTRACTI - RT"), before the "+" that joins a
  // second name ("PARTIAL MASTECTOMY W/SAVI SCOU + SENTINEL NODE BX"), or at the end.
  const cut = new Set(catalog ? [] : [
    fold(/([a-z]+)\s*(?:--|—)/i.exec(text)?.[1] ?? /([a-z]+)\s+-\s+(?:lt|rt|left|right|bil|bilat|bilateral|l|r|b)\s*$/i.exec(text)?.[1] ?? /([a-z]+)\W*$/i.exec(text)?.[1] ?? ''),
    ...[...text.matchAll(/([a-z]+)\s+\+\s/gi)].map((m) => fold(m[1])),
  ].filter(Boolean));
  let parts: Part[] = [];
  // The pieces joined to the next by "+", "&" or "/": a piece of sites only there is an operation's, not the one before's.
  const joinedToNext = new Set<Part>();
  const separators = options.split === false ? [] : [...s.matchAll(new RegExp(SEPARATORS.source, 'g'))].map((m) => m[0]);
  raw.forEach((r, i) => {
    const part = toPart(v, r.main, r.indication, context, originals[i]?.trim() ?? '', corrections, catalog, cut);
    if (around.size) part.around = around;
    if (/[+&]/.test(separators[i - 1] ?? '')) part.afterPlus = true;
    if (part.tokens.length || part.approaches.length || part.ambiguous.size) parts.push(part);
    if (/[+&/]/.test(separators[i] ?? '')) joinedToNext.add(part);
  });
  /** Whether a part reads an operation (where a way in said after it may go: not "RADICAL" alone). */
  const prevReads = (prev: Part) => readPart(v, prev, catalog ? 'catalog' : 'booking').hits.length > 0;
  // "ARTHROSCOPY, LEFT KNEE": a part of sites and descriptors only belongs to the part before it.
  parts = parts.reduce<Part[]>((out, p) => {
    const prev = out[out.length - 1];
    // (Not one joined to the next by "+" or "&": "TVH, ANT & POST REPAIR" is an anterior repair too;
    // nor one "+" joins to the part before: "R KNEE SCOPE + ACL", "DNR + FDS" name an operation there.)
    if (prev && !p.ambiguous.size && p.tokens.length && !joinedToNext.has(p) && !(p.afterPlus && p.tokens.some((t) => v.anatomy.has(t.word) && !v.descriptors.has(t.word) && !v.modifiers.has(t.word))) && p.tokens.every((t) => v.anatomy.has(t.word) || v.descriptors.has(t.word) || v.modifiers.has(t.word))) {
      joinSites(prev, p, 'after');
      return out;
    }
    // "COLPOPEXY, SACRAL, ROBOT-ASSISTED - vault prolapse": a way in said after the operation, the
    // comment beside it naming no operation, is the operation's way in.
    // (Not a possible conversion, "TLH/BS, POSS CONVERT TO OPEN": that is an operation of its own.)
    if (prev && p.approaches.length && !p.ambiguous.size && !p.named.length && (p.tokens.length || !joinedToNext.has(p)) && !p.afterPlus && p.tokens.every((t) => !namesOperation(v, t.word) && !t.possible)
      && !CONVERSION.test(p.text)
      && !readPart(v, commentless(p), catalog ? 'catalog' : 'booking').hits.length && prevReads(prev)) {
      joinSites(prev, p, 'after');
      return out;
    }
    out.push(p);
    return out;
  }, []);
  // "Knee, arthroscopy, ACL reconstruction (Right)", "Shoulder, arthroscopy, …": a procedure master's
  // name that begins with its site alone puts the site on what follows it.
  const [first, second] = parts;
  if (!catalog && second && first.tokens.length && text.trim().toLowerCase().startsWith(first.text.toLowerCase()) && !first.ambiguous.size && !first.named.length && !joinedToNext.has(first)
    && first.tokens.every((t) => v.anatomy.has(t.word) || v.descriptors.has(t.word)) && first.tokens.some((t) => v.anatomy.has(t.word) && !v.descriptors.has(t.word))
    // (Not onto a part that names a place of its own: "Knee, arthroplasty, total; hip, arthroplasty, total"
    // and "Knee, hip arthroscopy" name two places, and one operation must not take both.)
    && !second.tokens.some((t) => v.anatomy.has(t.word) && !v.descriptors.has(t.word))) {
    joinSites(second, first, 'before');
    parts.shift();
  }
  const approaches = [...new Set(parts.flatMap((p) => p.approaches))];
  const sides = new Set(parts.map((p) => p.laterality).filter((x): x is string => !!x));
  const laterality = sides.size === 1 ? [...sides][0] : sides.size > 1 ? [...sides].join('+') : undefined;
  return { parts, approaches, laterality, levels, corrections };
}

/** Words that make an approach on its own a possible conversion ("POSS OPEN", "CONVERT TO OPEN", "VS OPEN", "+/- OPEN"). */
export const CONVERSION = /\b(?:poss|possible|possibly|convert|conversion|vs|versus|or)|\?|\+\s*\/\s*-|±|\bif\s+(?:needed|required|necessary)\b/i;

/** A booking part's text before the comment after its dash ("ROBOT-ASSISTED - vault prolapse": "ROBOT-ASSISTED"). */
export function beforeComment(text: string): string {
  const dash = /\s[-\u2013\u2014]+\s/.exec(text);
  return dash ? text.slice(0, dash.index) : text;
}

/** A part without the comment after its dash (the way in, no "prolapse" repair). */
function commentless(p: Part): Part {
  const head = beforeComment(p.text);
  if (head === p.text) return p;
  const words = new Set(fold(head).split(/[^a-z0-9]+/));
  return { ...p, tokens: p.tokens.filter((t) => words.has(t.word)) };
}

/** A part of sites only joined to the operation's part, before or after its words; its way in and side go with it. */
function joinSites(into: Part, sites: Part, where: 'before' | 'after'): void {
  if (where === 'before') into.tokens.unshift(...sites.tokens);
  else into.tokens.push(...sites.tokens);
  into.text = where === 'before' ? `${sites.text}, ${into.text}` : `${into.text}, ${sites.text}`;
  for (const a of sites.approaches) if (!into.approaches.includes(a)) into.approaches.push(a);
  if (sites.laterality) into.laterality = into.laterality && into.laterality !== sites.laterality ? 'bilateral' : sites.laterality;
}

const REGION: Record<string, string> = { c: 'cervical', t: 'thoracic', l: 'lumbar', s: 'lumbar' };

/** Splits the original text the same way, to show users the words they typed. */
/** A comma before "with" ("URETEROSCOPY, WITH LASER LITHOTRIPSY"): no break between parts (in the booking as written and as normalized). */
const COMMA_WITH = /,\s*(?=with\b|w\/)/gi;
/**
 * "HYSTEROSCOPIC SEPTUM RESECTION W/ LAP": a laparoscopy named alone after "with" beside an operation
 * done through the body's own openings (hysteroscopic, cystoscopic, vaginal) is an operation of its
 * own (a diagnostic laparoscopy), not the other's route ("W/ LAP ASSIST" is; "APPENDECTOMY W/ LAP"
 * is a laparoscopic appendectomy).
 */
const SCOPE_BESIDE = /\b((?:hyst\w*scop|hsc\b|cysto|colposcop|vaginal\b|vag\b|tvh\b|d&c\b|dnc\b|d and c\b)[^,;+\n]*?)\s(?:w\/|with)\s*((?:dx\s+|diagnostic\s+)?(?:lap|lsc|laparoscopy))(?=\s*(?:$|[,;+(\-–]))/gi;

/** A postpartum sterilization line's deliveries, when it is done ("…, at cesarean delivery or after vaginal delivery"). */
const STERILIZATION = /\b(?:tubal|steriliz\w*|sterilis\w*|salpingectomy|btl)\b/;
const POSTPARTUM = /\b(?:postpartum|post-partum|puerperal)\b/;
const CESAREAN = String.raw`(?:cesarean|caesarean|c-section)`;
const BOTH_DELIVERIES = new RegExp(String.raw`\b${CESAREAN}\b[^;]*\bor\b[^;]*\bvaginal\b|\bvaginal\b[^;]*\bor\b[^;]*\b${CESAREAN}\b`);
const WHEN = String.raw`(?:at|at the time of|during|with|following|after)`;
const DELIVERY = String.raw`(?:an?\s+)?(?:cesarean|caesarean|c-section|vaginal)(?:\s+(?:delivery|deliveries|section|birth))?`;
const AT_DELIVERY = new RegExp(String.raw`\b${WHEN}\s+${DELIVERY}(?:\s*,?\s*(?:or|and|and\/or)\s+(?:${WHEN}\s+)?${DELIVERY})?\b`, 'g');

/** "1. Right total mastectomy. 2. … 3. Possible right axillary lymph node dissection.": an operative note's numbered list is a list of parts. */
const LIST_NUMBER = /(^|[\s.;,:])\d{1,2}[.)]\s+(?=[a-z])/gi;

/** Where a ligament's graft comes from: "hamstring or patellar tendon autograft", "(BTB, quadriceps or allograft)", "bone-patellar tendon-bone graft". */
const LIGAMENT_GRAFT = /\b(?:(?:bone[-\s]+patellar[-\s]+tendon[-\s]+bone|bptb|btb|hamstrings?|semitendinosus|gracilis|patellar|quadriceps|quad|achilles|tibialis(?:\s+anterior|\s+posterior)?|peroneus\s+longus|tendon|autologous|soft[-\s]+tissue)\s*(?:,\s*|\s+or\s+|\s+and\s+|\s*\/\s*)?)+(?:auto|allo)?grafts?\b/g;

function splitOriginal(text: string, expected: number): string[] {
  // ("+/-" split as analyze splits it, at one place: "SCOPE R KNEE +/- MENISCAL REPAIR" is two parts, the second's text "± MENISCAL REPAIR".)
  const out = text.replace(PLUS_MINUS, ', ± ').replace(LIST_NUMBER, '$1;').replace(POSSIBLY_AFTER_DASH, ',').replace(COMMA_WITH, ' ').replace(SCOPE_BESIDE, '$1, $2').split(/[;,+\n/]|\bthen\b|\s&\s(?=[A-Za-z]{3})/i);
  return out.length === expected ? out : Array(expected).fill(text);
}

function contextOf(v: Vocabulary, raw: string[]): Set<string> {
  const ctx = new Set(raw);
  // (A word as the vocabulary reads it is context too: "hernie inguinale" says hernia and inguinal, and
  // its "TEP" is the hernia repair's — it had been left unread and dropped.)
  // (So is a spelling's other form: "REMOVAL COIN OESOPHAGUS" is about the esophagus.)
  for (const w of raw) if (!v.known.has(w) || v.variants[w]) for (const n of normalizeWord(v, w)) ctx.add(n);
  // What abbreviations stand for is context too ("T&A, BMT": BMT beside a tonsillectomy and adenoidectomy is ear tubes).
  for (let i = 0; i < raw.length; i++) {
    for (let w = 1; w <= Math.min(v.maxWindow, raw.length - i); w++) {
      // (Not a reading the booking's own words set aside for one they pick out: "TRANSAXILLARY TAVR"
      // is no transfemoral one.)
      const readings = v.lexicon.get(w === 1 ? raw[i] : raw.slice(i, i + w).join(' ')) ?? [];
      // An abbreviation of an eye operation says the booking is about an eye ("SB OD", "ICL OS": OD the right eye).
      // (Or one whose every reading is an eye operation, whatever its words: "ICL OD".)
      const ops = readings.filter((r) => r.concept !== undefined);
      if (ops.some((r) => (!r.context || [...r.context].some((c) => raw.includes(c))) && eyeOnly(v, r.concept!)) || (ops.length && ops.length === readings.length && ops.every((r) => eyeOnly(v, r.concept!)))) ctx.add('@eye');
      if (readings.some((r) => r.context && [...r.context].some((c) => raw.includes(c)))) continue;
      for (const r of readings) if (!r.context) for (const t of r.expansion) ctx.add(t);
    }
  }
  const tokens = [...ctx];
  for (const t of tokens) {
    if (v.laterality[t]) ctx.add('@side');
    if (v.eyeWords.has(t)) ctx.add('@eye');
    if (t === 'ear' || t === 'ears' || t === 'tympanostomy' || t === 'myringotomy') ctx.add('@ear');
    if (t === 'robotic' || t === 'robot' || t === 'davinci' || t === 'vinci') ctx.add('@robotic');
  }
  // "REMOVAL SILICONE OIL OD", "LR RECESSION OS": a wording of an eye operation says the booking is
  // about an eye too, and OD/OS/OU are its side (they had been left over, and the part unknown).
  if (!ctx.has('@eye') && (ctx.has('od') || ctx.has('os') || ctx.has('ou'))) {
    eye: for (const t of tokens) for (const ph of v.byToken.get(t) ?? []) {
      if (ph.tokens.length > 1 && ph.tokens.every((w) => ctx.has(w)) && ph.targets.some((x) => x.concept >= 0 && !x.context && eyeOnly(v, x.concept))) { ctx.add('@eye'); break eye; }
    }
  }
  return ctx;
}

function toPart(v: Vocabulary, main: string[], indication: string[], context: Set<string>, text: string, corrections: Array<[string, string]>, catalog = false, cut = new Set<string>()): Part {
  const part: Part = { text, tokens: [], approaches: [], ambiguous: new Map(), named: [], context };
  let clause: 'main' | 'qualifier' | 'optional' | 'excluded' = 'main';
  let withSeen = false;
  let trailing = false;
  let paren = false;
  /** Inside an "including …" clause (not "with or without …"). */
  let including = false;
  /** After "during", "after" or "following" inside what a line includes: when, not what. */
  let occasion = false;
  let possible = false;
  const read = (raw: string[], isIndication: boolean) => {
    let i = 0;
    outer: while (i < raw.length) {
      // ("…, including management of vitreous loss during cataract surgery": the cataract surgery is
      // when the included work is done, no operation the line includes; to the clause's comma.)
      if (raw[i] === 'zzoccasion' || raw[i] === 'zzendoccasion') {
        occasion = raw[i] === 'zzoccasion' && including && clause === 'optional';
        i++;
        continue;
      }
      if (occasion) {
        i++;
        continue;
      }
      if (!catalog && !isIndication && /^(?:poss|possible|possibly|then|followed)$/.test(raw[i])) possible = true;
      if (raw[i] === 'zzincluding') {
        including = true;
        i++;
        continue;
      }
      if (raw[i] === 'zztrailing' || raw[i] === 'zzendwith') {
        if (raw[i] === 'zztrailing') trailing = true;
        // (A closing list of sites after a "with or without …" is the line's, not what it may include.)
        if (raw[i] === 'zztrailing' && clause === 'optional' && !including) clause = 'main';
        including = false;
        withSeen = false;
        i++;
        continue;
      }
      if (raw[i] === 'zzparen' || raw[i] === 'zzendparen') {
        paren = raw[i] === 'zzparen';
        // ("Total hip arthroplasty (including cemented) for fracture only": what follows the bracket is the line's own.)
        if (!paren) including = false;
        i++;
        continue;
      }
      if (raw[i] === 'zzqualifier' || raw[i] === 'zzoptional' || raw[i] === 'zzexcluding') {
        // ("…, including reconstruction for massive tear": a "for …" inside what a line includes says
        // which kind it includes, and limits the line no more than the rest of that clause does.)
        if (raw[i] === 'zzqualifier' && including && clause === 'optional') {
          i++;
          continue;
        }
        including = false;
        clause = raw[i] === 'zzqualifier' ? 'qualifier' : raw[i] === 'zzoptional' ? 'optional' : 'excluded';
        i++;
        continue;
      }
      // A catalog line's "X with Y": what follows "with" is done together with X.
      if (catalog && (raw[i] === 'with' || raw[i] === 'via' || raw[i] === 'using')) withSeen = true;
      const before = part.tokens.length;
      const mark = () => {
        for (let k = before; k < part.tokens.length; k++) {
          if (clause !== 'main') part.tokens[k][clause] = true;
          if (withSeen) part.tokens[k].withClause = true;
          if (trailing && !paren) part.tokens[k].trailing = true;
          if (paren) part.tokens[k].paren = true;
          if (possible) part.tokens[k].possible = true;
        }
      };
      for (let w = Math.min(v.maxWindow, raw.length - i); w >= 1; w--) {
        const key = w === 1 ? raw[i] : raw.slice(i, i + w).join(' ');
        const readings = v.lexicon.get(key);
        if (!readings) continue;
        const fitting = readings.filter((r) => !r.context || [...r.context].some((c) => context.has(c)));
        if (!fitting.length) continue;
        // A reading its context picks out beats one that applies anywhere.
        const gated = fitting.filter((r) => r.context);
        let chosen = gated.length ? gated : fitting;
        // (A reading the text's own words pick out beats one only a side picks out: "TL + TEP + B/L ND"
        // is the laryngectomy's tracheoesophageal puncture, whatever "B/L" says of a hernia.)
        // (Two of its words at least: one word, "graft" beside "CEA", may be another operation's. Only the
        // readings a side alone picks out give way.)
        const met = (r: (typeof chosen)[number]) => [...(r.context ?? [])].filter((c) => context.has(c));
        const sideOnly = (r: (typeof chosen)[number]) => met(r).length > 0 && met(r).every((c) => c === '@side');
        if (chosen.every((r) => r.context) && chosen.some(sideOnly) && chosen.some((r) => met(r).filter((c) => !c.startsWith('@')).length >= 2)) chosen = chosen.filter((r) => !sideOnly(r));
        const concepts = [...new Set(chosen.filter((r) => r.concept !== undefined).map((r) => r.concept!))];
        if (concepts.length > 1) {
          const marker = `#${key.replace(/\s+/g, '_')}`;
          part.ambiguous.set(marker, concepts);
          part.tokens.push({ word: marker, indication: isIndication });
        } else {
          const from = part.tokens.length;
          // (In an "excluding …" clause, an abbreviation's sites are no exclusion of their own: "(excluding
          // APC, …)" excludes no bronchoscopy of the airway.)
          for (const t of chosen[0].expansion) if (!(clause === 'excluded' && chosen[0].concept !== undefined && v.anatomy.has(t))) addWord(v, part, t, isIndication, undefined, clause === 'excluded');
          if (chosen[0].concept !== undefined) for (let k = from; k < part.tokens.length; k++) part.tokens[k].abbreviated = true;
          // An abbreviation names its operation outright: no longer wording may swallow it.
          if (chosen[0].concept !== undefined && !isIndication) {
            const carried = chosen[0].expansion.filter((x) => x.startsWith('@')).map((x) => x.slice(1));
            part.named.push({ concept: chosen[0].concept, tokens: part.tokens.slice(from).map((t) => t.word), ...(carried.length ? { approaches: carried } : {}) });
          }
        }
        mark();
        i += w;
        continue outer;
      }
      const word = raw[i];
      // (A British spelling's typo too, corrected from its American spelling: "HAEMORROIDECTOMY".)
      const spelled = () => { const a = americanSpelling(word); return a === word ? undefined : v.lexicon.get(a)?.some((r) => !r.context) ? a : correctTypo(v, a); };
      const corrected = correctTypo(v, word) ?? spelled() ?? (cut.has(word) ? completeCut(v, word) : undefined);
      if (corrected) {
        corrections.push([word, corrected]);
        // The corrected word may be a lexicon word itself ("laparoscpic" → laparoscopic, an approach).
        const fix = v.lexicon.get(corrected)?.find((r) => !r.context);
        if (fix) for (const t of fix.expansion) addWord(v, part, t, isIndication, undefined, clause === 'excluded');
        else addWord(v, part, corrected, isIndication, word);
      } else if (catalog && (word === 'left' || word === 'right')) {
        // A catalog has no patient: "Right hemicolectomy", "… via right thoracotomy" say which operation.
        part.tokens.push({ word, indication: isIndication });
      } else addWord(v, part, word, isIndication, undefined);
      mark();
      i++;
    }
  };
  read(main, false);
  read(indication, true);
  // "ILR EXPLANT", "IVC FILTER REMOVAL": the insertion an abbreviation's name brings ("implantable
  // loop recorder insertion") is not done where the booking undoes it.
  if (part.tokens.some((t) => UNDOING.has(t.word))) {
    // (The words a named operation became are all an abbreviation's.)
    for (const n of part.named) n.tokens = n.tokens.filter((w) => !PUTTING.has(w));
    part.tokens = part.tokens.filter((t) => !(t.abbreviated && PUTTING.has(t.word)));
  }
  return part;
}

/** A concept named for undoing an implant ("Removal of …", "Revision …", "… exchange"): the undoing words, not a knee "replacement". */
const UNDONE_NAME = new RegExp(`\\b(?:${[...UNDOING].filter((w) => w !== 'replacement').join('|')}|conversion|extraction)\\b`, 'i');
/** A concept named for putting an implant in (an arthroplasty, "… insertion"), not one that only reaches it (a washout, a biopsy). */
const PUT_NAME = new RegExp(`^(?!.*\\b(?:debridement|drainage|irrigation|biopsy|aspiration|excision|washout)\\b).*(?:arthroplasty|${[...PUTTING].filter((w) => w !== 'creation').join('|')})`, 'i');

/** A side of the body a line says ("…, lower extremity"): where, as a site says, never a category's word. */
export const isBodySide = (w: string): boolean => w === 'upper' || w === 'lower';

/** Third molars in the Universal tooth numbering US charts and bookings use. */
const THIRD_MOLARS = new Set([1, 16, 17, 32]);

function addWord(v: Vocabulary, part: Part, t: string, indication: boolean, corrected: string | undefined, excluded = false): void {
  if (t.startsWith('@')) {
    // (Nor one an "excluding …" clause names: "Gastrostomy, open or laparoscopic (excluding
    // percutaneous endoscopic gastrostomy)" is not done through the scope.)
    if (!indication && !excluded && !part.approaches.includes(t.slice(1))) part.approaches.push(t.slice(1));
    // ("Hernia repair (excluding laparoscopic)": the route is what the line takes out, as a word.)
    if (excluded) part.tokens.push({ word: t.slice(1), indication });
    return;
  }
  const side = v.laterality[t];
  if (side) {
    if (!indication) part.laterality = part.laterality && part.laterality !== side ? 'bilateral' : side;
    return;
  }
  // Counts and numbers (CABG X4, tooth #17, 2nd toe) say how many or which, not what.
  if (/^\d+$/.test(t) || /^x\d+$/.test(t) || /^\d+(st|nd|rd|th|x)$/.test(t)) return;
  for (const w of normalizeWord(v, t)) {
    if (v.stopwords.has(w)) continue;
    part.tokens.push({ word: w, indication, ...(corrected ? { corrected } : {}) });
  }
}

/** The limb a site is on ("forearm": upper; "thigh": lower), if one. */
export function limbOf(v: Vocabulary, w: string): 'upper' | 'lower' | undefined {
  const regions = (v.within.get(w) ?? []).map((x) => x.join(' '));
  const upper = regions.includes('upper extremity') || w === 'upper' || w === 'hand';
  const lower = regions.includes('lower extremity') || w === 'lower' || w === 'foot';
  return upper === lower ? undefined : upper ? 'upper' : 'lower';
}

/** Per vocabulary, whether each concept's wordings place it on both limbs (worked out once: catalogs read it per word). */
const limbSpans = new WeakMap<Vocabulary, Map<number, boolean>>();
/** Whether a concept's wordings place it on both limbs (a fasciotomy of the forearm or the leg). */
export function spansLimbs(v: Vocabulary, concept: number): boolean {
  let known = limbSpans.get(v);
  if (!known) limbSpans.set(v, (known = new Map()));
  let spans = known.get(concept);
  if (spans === undefined) {
    spans = new Set(v.concepts[concept].phrases.flatMap((ph) => ph.map((w) => limbOf(v, w)).filter(Boolean))).size === 2;
    known.set(concept, spans);
  }
  return spans;
}

/** The one known long word a word of 6+ letters is one letter away from (none for short words or several fits). */
export function correctTypo(v: Vocabulary, word: string): string | undefined {
  if (word.length < 6 || !/^[a-z]+$/.test(word) || v.known.has(word) || v.lexicon.has(word)) return undefined;
  const found = new Set<string>();
  const look = (k: string) => {
    for (const w of v.deletions.get(k) ?? []) found.add(w);
  };
  look(word);
  for (let i = 0; i < word.length; i++) look(word.slice(0, i) + word.slice(i + 1));
  // Words of six or seven letters only toward a longer known word ("secton" → section).
  // Never from one operation's ending to another's: a nephrotomy is no nephrostomy, an ileotomy no ileostomy.
  const ending = (w: string) => v.procedureSuffix.exec(w)?.[0];
  // (And a short word never to a word that names no operation, a place or a kind: "Collis" is no "Collins" of a
  // syndrome's name, dropped as a comment — an operation's name InScope does not know stays unknown.)
  const plainOnly = (w: string) => v.plain.has(w) && !v.procedureWords.has(w) && !v.anatomy.has(w) && !v.descriptors.has(w);
  const fits = [...found].filter((w) => editDistance1(word, w) && (word.length >= 8 || w.length >= 7) && !(ending(word) && ending(w) !== ending(word)) && (word.length >= 8 || !plainOnly(w)));
  // Spellings of one word ("microdisectomy": microdiscectomy and microdiskectomy) are one fit.
  const spelled = new Set(fits.map((w) => v.variants[w] ?? w));
  return spelled.size === 1 ? fits[0] : undefined;
}

const knownSorted = new WeakMap<Vocabulary, string[]>();
/** A word's stem for telling a cut word's completions apart ("laparoscopic", "laparoscopy": one). */
function stemOf(w: string): string {
  let s = w;
  for (let round = 0; round < 2; round++) s = s.replace(/(?:ically|ical|ally|ies|ions|ion|ive|ia|ic|al|es|y|s)$/, '');
  return s;
}

/**
 * The known word a word cut short by a scheduling system's field width stands for ("LAPAROSCOPIC
 * ROUX-EN-Y GASTRIC BYPA", "PACEMAKER INSERTION DUAL CHAMB"): only for the word the name ends on, of
 * three or more letters, where every known word it begins is one word in its forms (bypass; chamber;
 * laparoscopic and laparoscopy) — otherwise none ("BAN": band, bandage, Bankart).
 */
export function completeCut(v: Vocabulary, word: string): string | undefined {
  if (word.length < 3 || !/^[a-z]+$/.test(word) || v.known.has(word) || v.lexicon.has(word)) return undefined;
  let sorted = knownSorted.get(v);
  if (!sorted) knownSorted.set(v, (sorted = [...v.known].filter((w) => /^[a-z]+$/.test(w)).sort()));
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (sorted[mid] < word) lo = mid + 1; else hi = mid; }
  const fits: string[] = [];
  for (let i = lo; i < sorted.length && sorted[i].startsWith(word); i++) if (sorted[i].length > word.length) fits.push(sorted[i]);
  if (!fits.length || fits.length > 8) return undefined;
  const stems = new Set(fits.map((w) => stemOf(v.variants[w] ?? w)));
  if (stems.size !== 1) return undefined;
  // (A way of doing it before the operation it names: "… LAPAROS" is laparoscopic, no diagnostic laparoscopy.)
  const approach = fits.find((w) => v.lexicon.get(w)?.some((r) => r.expansion.length > 0 && r.expansion.every((x) => x.startsWith('@'))));
  return approach ?? fits.sort((a, b) => a.length - b.length)[0];
}

/** Within one insertion, deletion, substitution or swap of neighbours. */
function editDistance1(a: string, b: string): boolean {
  if (a === b) return false;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** A phrase the reader may use: the vocabulary's, or a catalog's own wording (negative target = catalog line). */
export interface PhraseIndex {
  byToken: Map<string, Phrase[]>;
  /** A facility's words that do not change the privilege ("HANA", "TABLE"). */
  ignored?: Set<string>;
}

export interface Hit {
  /** Concepts this phrase reads as here (several: a collision the booking cannot tell apart). */
  targets: PhraseTarget[];
  tokens: string[];
  /** In a catalog line: a kind it lists in parentheses or after "including" / "with or without", not its main clause. */
  listed?: 'paren' | 'optional';
}

export interface PartReading {
  part: Part;
  hits: Hit[];
  /** Left-over body sites: the operation is narrowed to them. */
  sites: string[];
  /** Words of a "for …" clause that an operation the line names says in its own name (kept as limits for the line's other operations). */
  impliedQualifier?: string[];
  /** Sites a catalog line says more than once (each said for every operation it names). */
  repeatedSites?: string[];
  /** Words that make the part unknown: they name something no phrase here matched, or nothing InScope knows. */
  unknown: string[];
  /** Words InScope has never seen (not typos of a known word). */
  unrecognised: string[];
  /** In a catalog line: words that limit it (any one of them must be in the booking). */
  required: string[];
  /** Those of them from a "for …" clause (the others limit the line only where the catalog has another line to tell it from). */
  firm: string[];
  /** In a catalog line: the words of its "excluding …" clause. */
  excluding: string[];
  /** In a catalog line: the sites of its closing list ("…, cervical or thoracic"), which limit every operation it names. */
  closingSites: string[];
  /** In a catalog line: it names a specific kind ("…, diagnostic", "… with …", a limit): it covers what it reads as, not narrower kinds. */
  specific: boolean;
}

/**
 * The concepts a part names. `booking`: each word belongs to one operation, largest phrases first.
 * `catalog`: a catalog line may list several operations sharing words ("inguinal, femoral and
 * umbilical hernias"): every phrase that fits and is not part of a larger one counts.
 */
/** Device actions a catalog line lists side by side ("insertion and removal", "insertion, repositioning and removal"). */
const ACTIONS_SIDE_BY_SIDE = /\b(?:insertion|placement|implantation|removal|revision|replacement|exchange|repositioning)\s*(?:,|\/|&|\band\b|\bor\b|\band\/or\b)\s*(?:(?:and|or)\s+)?(?:[a-z]+\s*(?:,|\/|&|\band\b|\bor\b)\s*(?:(?:and|or)\s+)?)?(?:insertion|placement|implantation|removal|revision|replacement|exchange|repositioning)\b/i;
const forKinds = new WeakMap<Vocabulary, number[]>();
/** Words of what an operation is for that tell no operation apart alone ("FOR EMBOLISM" may be a leg's). */
const GENERIC_FOR = new Set(['acute', 'chronic', 'ischemic', 'ischemia', 'embolism', 'embolus', 'emboli', 'embolic', 'thrombosis', 'thrombus', 'clot', 'occlusion', 'benign', 'lesion', 'enlargement']);
/** The operation named after `concept` whose `for` says every word of a line's "for …" clause (or `concept` itself). */
function forKind(v: Vocabulary, concept: number, clause: readonly string[], places: readonly string[] = []): number {
  if (concept < 0 || clause.every((w) => GENERIC_FOR.has(w))) return concept;
  let withFor = forKinds.get(v);
  if (!withFor) forKinds.set(v, (withFor = v.concepts.flatMap((c, i) => (c.forWords.size ? [i] : []))));
  const name = [...v.concepts[concept].nameWords].filter((w) => !v.stopwords.has(w));
  const kinds = withFor.filter((k) => k !== concept && !v.concepts[concept].ancestors.includes(k)
    && name.every((w) => v.concepts[k].nameWords.has(w))
    // (Every word of the clause its `for`, an action its wordings use, or a modifier: "CRANI FOR MET
    // RESECTION", "CRANI FOR GBM W/ STEALTH" are tumor craniotomies.)
    && clause.some((w) => v.concepts[k].forWords.has(w)) && clause.every((w) => v.concepts[k].forWords.has(w) || v.modifiers.has(w) || (v.procedureWords.has(w) && v.concepts[k].words.has(w)))
    // (Not where the booking says it is somewhere else: "THROMBECTOMY FOR ISCHEMIC LEG" is no stroke's.)
    && (!places.length || places.some((p) => v.concepts[k].home.has(p) || siteWords(v, k).includes(p))));
  return kinds.length === 1 ? kinds[0] : concept;
}

/** Specialties whose operations "spinal" may be the place of. */
const NOT_BESIDE_SPINAL = new Set(['spine-surgery', 'neurosurgery', 'pain-medicine', 'interventional-radiology', 'anesthesiology']);
/** Words that name a part of the spine: beside them, "spinal" is the place, not the anesthetic. */
const SPINE_WORD = /^(?:spine|cervic|thorac|lumb|sacr|vertebr|cord|canal|stenos|fusion|tumou?r|absc|hemat|fract|injur|tap$|drain|muscul|atroph|dysraph|stimul|instrument|deform|epidur|cerebrosp|fluid|csf|surg|operat|proced|cases?$|navig|major|dura|mass|lesion|cyst|fixat|decompr|explor|lipom|hemangi|schwann|ependym|mening|metas|mets?$|chordom|av[mf]$|fistul|osteomy|tether|syrin|neoplas|morphin|duramorph|itm$|intrathec|fent|sufent|opioid|excis|resect|biops|bx$|debrid|washout|repair|ligat|lami|discect|microdisc|kypho)/;

export function readPart(v: Vocabulary, part: Part, mode: 'booking' | 'catalog', extra?: PhraseIndex): PartReading {
  // The indication says why, not what: it never names the operation ("ADDUCTOR CANAL BLOCK - FOR TKA" is a block).
  // A catalog line's "for …" clause narrows it and never names what it covers ("… following gastric bypass").
  const words = part.tokens.filter((t) => !t.indication && !(mode === 'catalog' && (t.qualifier || t.excluded))).map((t) => t.word);
  const present = new Set(words);
  const counts = new Map<Phrase, number>();
  for (const t of present) {
    for (const ph of v.byToken.get(t) ?? []) counts.set(ph, (counts.get(ph) ?? 0) + 1);
    for (const ph of extra?.byToken.get(t) ?? []) counts.set(ph, (counts.get(ph) ?? 0) + 1);
  }
  const fitting: Phrase[] = [];
  // A catalog line's closing list of sites ("Arthroscopic meniscectomy, knee") says where its
  // operation is done: those words alone name no operation of their own (a knee arthroscopy).
  const closing = mode === 'catalog' ? new Set(part.tokens.filter((t) => t.trailing).map((t) => t.word)) : undefined;
  for (const t of part.tokens) if (closing && !t.trailing) closing.delete(t.word);
  // "Arthroplasty – knee, total/unicompartmental/revision": what a slash list offers are kinds, one
  // at a time — no wording takes two of them ("conversion of unicompartmental to total").
  // (So do the two words either side of an "or": "…, hip, total or revision".)
  // (Not an operation named so: "Revision or thrombectomy of dialysis access".)
  // (Of kinds, not of operations: "Craniotomy or craniectomy for evacuation of hematoma" is read as named.)
  // (A describing word is no operation of its own: "Partial or simple vulvectomy" offers two kinds.)
  const operationWord = (w: string) => !CHANGING.has(w) && !v.descriptors.has(w) && (v.procedureWords.has(w) || v.procedureSuffix.test(w));
  const slashed = mode === 'catalog' ? [...fold(part.text).matchAll(/[a-z]+(?:\s*\/\s*[a-z]+)+|[a-z]+\s+or\s+[a-z]+/g)].map((m) => ({ said: m[0], items: m[0].split(/\s*\/\s*|\s+or\s+/) }))
    // (Nor a thing and the place of the next: "External ventricular drain or ventricular access reservoir".)
    .filter(({ said, items }) => said.includes('/') || (!items.some(operationWord) && items.filter((w) => v.anatomy.has(w)).length !== 1)) : [];
  const takesTwo = (ph: Phrase) => slashed.some(({ said, items }) => items.filter((w) => ph.tokens.includes(w) || normalizeWord(v, w).some((x) => ph.tokens.includes(x))).length > 1
    && !ph.targets.some((t) => t.concept >= 0 && fold(v.concepts[t.concept].name).includes(said)));
  // "Exploration and repair of abdominal and peripheral vascular injuries": places paired before a vessel's word
  // say whose vessels — no wording takes one of them without it (no exploratory laparotomy in "abdominal").
  const vesselPairs = mode === 'catalog' ? [...fold(part.text).matchAll(/\b([a-z]+)\s+(?:and|or|\/)\s+([a-z]+)\s+(vascular|vessels?)\b/g)]
    .filter((m) => v.anatomy.has(m[1]) || v.anatomy.has(m[2])).map((m) => ({ places: [m[1], m[2]].filter((w) => v.anatomy.has(w)), noun: m[3] })) : [];
  // (Only an exploration read from such a place: the vessels' own operations keep their words.)
  const strandsPlace = (ph: Phrase) => vesselPairs.some(({ places, noun }) => ph.tokens.some((t) => places.includes(t)) && !ph.tokens.includes(noun) && !ph.tokens.some((t) => normalizeWord(v, noun).includes(t))
    && ph.targets.every((x) => x.concept >= 0 && /\bexplor/i.test(v.concepts[x.concept].name)));
  // "Eyelid reconstruction, including tarsoconjunctival flap (Hughes), Cutler-Beard bridge flap, or
  // free tarsal graft": the kinds an "including" list names are read one item at a time — no wording
  // takes the words it finds there from two of them (no free flap).
  const including = mode === 'catalog' ? /^(.*?)\bincluding\b([^;]*)/i.exec(part.text) : null;
  const wordsOf = (x: string) => new Set(fold(x).split(/[^a-z0-9]+/).filter(Boolean).flatMap((w) => [w, ...normalizeWord(v, w)]));
  const includedItems = including ? including[2].replace(/\([^()]*\)/g, ' ').split(',').map(wordsOf).filter((x) => x.size) : [];
  const beforeIncluding = including ? wordsOf(including[1]) : new Set<string>();
  const acrossItems = (ph: Phrase) => {
    const listed = ph.tokens.filter((t) => !beforeIncluding.has(t));
    if (includedItems.length < 2 || listed.length < 2 || !listed.every((t) => includedItems.some((x) => x.has(t))) || includedItems.some((x) => listed.every((t) => x.has(t)))) return false;
    // (Only where an item it takes from names an operation of its own the wording leaves: "including
    // inguinal, umbilical hernia repair" lists two hernia repairs sharing one head.)
    const used = includedItems.filter((x) => listed.some((t) => x.has(t)));
    return used.some((x) => [...x].some((w) => !ph.tokens.includes(w) && (v.procedureWords.has(w) || v.procedureSuffix.test(w))));
  };
  // "Insertion and removal of implantable venous access port": actions a line lists side by side are
  // each of what follows them, no wording of their own (not an "implant removal": any bone's hardware).
  const listedActions = mode === 'catalog' && ACTIONS_SIDE_BY_SIDE.test(part.text);
  const actionsOnly = (ph: Phrase) => ph.tokens.length > 1 && ph.tokens.every((t) => v.deviceActions.has(t));
  // "Laser photocoagulation for retinopathy of prematurity": an operation named by what it is for takes
  // the words of the line's "for …" clause its own name says (they had been left a limit, no operation).
  // (Only where the words before "for" name no operation at all.)
  let forNamed = false;
  if (mode === 'catalog' && ![...counts].some(([ph, n]) => n === ph.tokens.length)) {
    const forWords = new Set(part.tokens.filter((t) => t.qualifier && !t.excluded && !t.indication && !present.has(t.word)).map((t) => t.word));
    // (An operation its name says is "for" that: no general anesthesia in "Anesthesia for pediatric general … surgery".)
    const named = (ph: Phrase) => ph.targets.some((x) => x.concept >= 0 && /\bfor\b/i.test(v.concepts[x.concept].name) && ph.tokens.every((t) => v.concepts[x.concept].nameWords.has(t)));
    for (const t of forWords) for (const ph of v.byToken.get(t) ?? []) if (ph.tokens.some((w) => present.has(w)) && named(ph)) { counts.set(ph, (counts.get(ph) ?? 0) + 1); forNamed = true; }
  }
  for (const [ph, n] of counts) {
    if (n === ph.tokens.length && !(listedActions && actionsOnly(ph)) && usable(v, ph, part, mode).length && !(closing?.size && ph.tokens.every((t) => closing.has(t))) && !takesTwo(ph) && !acrossItems(ph) && !strandsPlace(ph)) fitting.push(ph);
  }
  // Abbreviations with several readings stand for themselves.
  for (const [marker, concepts] of part.ambiguous) {
    if (present.has(marker)) fitting.push({ tokens: [marker], key: marker, targets: concepts.map((concept) => ({ concept, approaches: [] })) });
  }
  // Among phrases of one length, the one whose words say more ("aqueous shunt" over "shunt insertion").
  const weight = (ph: Phrase) => ph.tokens.filter((t) => !v.descriptors.has(t) && !v.defaultActions.has(t)).length;
  // A catalog line's own words name what it is before what it includes ("Posterior lumbar spinal
  // fusion …, including TLIF and PLIF" is a posterior lumbar fusion; "Partial colectomy (right,
  // transverse, sigmoid colectomy)" a partial colectomy): wordings of its main clause come first.
  // "Cesarean delivery with planned hysterectomy" is a cesarean hysterectomy: what comes after a
  // plain "with" is done together and belongs to the main clause; "including …", "with or
  // without …" and parentheses only list kinds or options.
  const main = new Set(mode === 'catalog' ? part.tokens.filter((t) => !t.indication && !t.qualifier && !t.excluded && !t.optional && !t.paren).map((t) => t.word) : []);
  const clauses = mode === 'catalog' && main.size > 0 && part.tokens.some((t) => !t.indication && !t.qualifier && !t.excluded && (t.optional || t.paren));
  const inMain = (ph: Phrase) => clauses && ph.tokens.every((t) => main.has(t));
  const listsKinds = (ph: Phrase) => clauses && ph.tokens.some((t) => !main.has(t));
  // A facility's own wording of the same words wins over the vocabulary's: the catalog says which
  // line "VATS lobectomy" is.
  const local = (ph: Phrase) => Number(ph.targets.length > 0 && ph.targets.every((t) => t.concept < 0));
  // "Cesarean hysterectomy, total or supracervical": a list of describing words after an operation
  // the word before it narrows lists kinds of that narrower one; the bare operation with one of
  // them ("total hysterectomy", no kind of a cesarean hysterectomy) is no operation of the line.
  const headLists = mode === 'catalog' ? [...fold(part.text).matchAll(/\b([a-z]+) ([a-z]+), ((?:[a-z]+, )*[a-z]+,? (?:or|and) [a-z]+)(?=\s*(?:$|[,;(]))/g)].flatMap((m) => {
    const operation = (w: string) => v.procedureWords.has(w) || v.procedureSuffix.test(w);
    const others = m[3].split(/,\s*(?:(?:or|and)\s+)?|\s+(?:or|and)\s+/).filter(Boolean);
    // (Not where the list names sites: "Unicompartmental knee arthroplasty, medial, lateral, or patellofemoral".)
    if (!operation(m[2]) || operation(m[1]) || others.some((w) => operation(w) || v.anatomy.has(w))) return [];
    const forms = (w: string) => [w, ...normalizeWord(v, w)];
    return [{ head: forms(m[2]), prev: forms(m[1]), others: others.flatMap(forms) }];
  }) : [];
  /** The same operation, or one a kind of the other. */
  const related = (x: number, y: number) => x === y || (x >= 0 && y >= 0 && (v.concepts[x].ancestors.includes(y) || v.concepts[y].ancestors.includes(x)));
  const fromHeadedList = (ph: Phrase) => headLists.some((l) => ph.tokens.some((t) => l.head.includes(t)) && ph.tokens.some((t) => l.others.includes(t)) && !ph.tokens.some((t) => l.prev.includes(t))
    && fitting.some((f) => f.tokens.some((t) => l.head.includes(t)) && f.tokens.some((t) => l.prev.includes(t)) && f.targets.some((x) => x.concept >= 0)
      && f.targets.every((x) => ph.targets.every((y) => !related(x.concept, y.concept)))));
  fitting.sort((a, b) => Number(inMain(b)) - Number(inMain(a)) || b.tokens.length - a.tokens.length || weight(b) - weight(a) || b.tokens.join('').length - a.tokens.join('').length || local(b) - local(a));
  // Operations of one kind: a listed kind may borrow the main clause's words only for one of these
  // ("…: balloon angioplasty and stenting, including bypass grafts" borrows "coronary" for no coronary bypass).
  const kin = (x: number, y: number) => x >= 0 && y >= 0 && (x === y || v.concepts[x].ancestors.includes(y) || v.concepts[y].ancestors.includes(x) || v.concepts[x].ancestors.some((a) => v.concepts[y].ancestors.includes(a)));
  let listed: string[][] | undefined;
  // ("total/unicompartmental/revision" is one list: "total, unicompartmental or revision".)
  const slashList = (m: string) => { const items = m.split(/\s*\/\s*/); return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`; };
  /** The line's words either side of each "and"/"or" joining whole operations (a catalog line's, by the same normal forms). */
  let sidesMade: string[][] | undefined;
  let bookedSides: string[][] | undefined;
  const clauseSides = () => (sidesMade ??= fold(part.text).split(/\s+(?:and|or)\s+/).map((x) => x.split(/[^a-z0-9]+/).filter(Boolean).flatMap((w) => [w, ...normalizeWord(v, w)])));
  const kindLists = () => (listed ??= wordLists(part.text.replace(/[a-z]+(?:\s*\/\s*[a-z]+)+/gi, slashList).replace(/\//g, ' or ')).map((l) => l.items));
  /** How often the booking says each word (counted when an add-on and its parent share one). */
  let saidMade: Map<string, number> | undefined;
  const said = () => { if (!saidMade) { saidMade = new Map(); for (const t of words) saidMade.set(t, (saidMade.get(t) ?? 0) + 1); } return saidMade; };
  /** An add-on and its parent, which share words. */
  const pair = (a: Phrase, b: Phrase) => a.targets.some((x) => b.targets.some((y) => x.concept >= 0 && y.concept >= 0 && (v.concepts[x.concept].addonOf.includes(y.concept) || v.concepts[y.concept].addonOf.includes(x.concept))));
  const cover = (phrases: Phrase[]) => {
    const covered = new Set<string>();
    const chosen: Phrase[] = [];
    // A word a booking says twice can name two operations ("ACL RECON W/ LET": the tenodesis's
    // "reconstruction" leaves the ACL's own).
    const used = new Map<string, number>();
    const spare = (t: string) => (said().get(t) ?? 0) > (used.get(t) ?? 0);
    const use = (ph: Phrase) => { if (mode === 'booking') for (const t of new Set(ph.tokens)) used.set(t, (used.get(t) ?? 0) + 1); };
    for (const ph of phrases) {
      if (ph.tokens.every((t) => covered.has(t)) || fromHeadedList(ph)) continue;
      // (Only between an add-on and its parent, which share words: "ACL RECON W/ LET".)
      // (Or any operation, where the booking says the shared word again: "PORT REMOVAL AND PORT PLACEMENT".)
      // (Only an undoing beside a putting in: the removal and the new placement of one device.)
      const otherAction = (c: Phrase) => ph.tokens.some((w) => !covered.has(w) && PUTTING.has(w)) && c.tokens.some((w) => UNDOING.has(w))
        || (ph.tokens.some((w) => !covered.has(w) && UNDOING.has(w)) && c.tokens.some((w) => PUTTING.has(w)));
      const overlapping = chosen.filter((c) => c.tokens.some((t) => ph.tokens.includes(t) && !(mode === 'booking' && spare(t) && (pair(c, ph) || otherAction(c)))));
      // A kind the line lists ("…, including TLIF and PLIF", "(anatomic/reverse)") that shares words
      // with the main clause's operation: its own reading too.
      // (A kind of it, or of what it is a kind of: see `kin`.)
      if (overlapping.length && listsKinds(ph) && overlapping.every(inMain) && ph.tokens.some((t) => !main.has(t) && !covered.has(t))
        && ph.targets.some((y) => overlapping.some((c) => c.targets.some((x) => kin(x.concept, y.concept))))
        // (Not what the main operation is a kind of, read with an operation's word another wording reads:
        // "Posterolateral lumbar fusion, with or without pedicle screw instrumentation" lists no
        // other lumbar fusion in "lumbar fusion … instrumentation".)
        && !(ph.targets.every((y) => overlapping.some((c) => c.targets.some((x) => x.concept >= 0 && y.concept >= 0 && v.concepts[x.concept].ancestors.includes(y.concept))))
          && ph.tokens.filter((t) => !main.has(t)).some((t) => (v.procedureWords.has(t) || v.procedureSuffix.test(t)) && fitting.some((f) => f !== ph && f.tokens.includes(t) && !f.tokens.some((w) => main.has(w)))))) {
        for (const t of ph.tokens) covered.add(t);
        chosen.push(ph);
        continue;
      }
      if (overlapping.length) {
        // Another wording of an operation already chosen ("ORIF bimalleolar" beside "ORIF ankle
        // fracture"): its words describe that operation. Otherwise the words stay left over.
        // So is a broader or narrower wording of it ("incision and drainage of abscess" beside
        // "ischiorectal abscess drainage").
        // (Not where a catalog line lists the two as alternatives, "Amputation of toe or ray": it names both.)
        // (Or as operations of their own either side of an "and"/"or": "Transurethral resection of
        // prostate and transurethral incision of prostate". Never two wordings of one operation:
        // "sleeve gastrectomy and gastric bypass" has no "gastric sleeve".)
        const apart = (a: Phrase) => {
          const mine = ph.tokens.filter((t) => !a.tokens.includes(t));
          const theirs = a.tokens.filter((t) => !ph.tokens.includes(t));
          if (ph.targets.every((y) => a.targets.some((x) => x.concept === y.concept))) return false;
          // (Each wholly on its side, and naming its own action: "Incision and drainage" is one
          // operation, and "… or implantable port" is what the removal before it is of.)
          const within = (ts: string[]) => clauseSides().map((words, i) => (ts.every((t) => words.includes(t)) ? i : -1)).filter((i) => i >= 0);
          const acts = (ts: string[]) => ts.some((t) => v.procedureWords.has(t) || v.procedureSuffix.test(t));
          const split = mine.length > 0 && theirs.length > 0 && acts(mine) && within(ph.tokens).some((i) => within(a.tokens).some((j) => j !== i));
          // (Not kinds of a head the words before the list make more specific: "Cesarean hysterectomy,
          // total or supracervical" is no total hysterectomy of any kind.)
          return split || kindLists().some((items) => mine.some((t) => items.includes(t)) && theirs.some((t) => items.includes(t)));
        };
        // "ORIF BIMALLEOLAR ANKLE FX AND SYNDESMOSIS": in a booking, an add-on and its parent whose own
        // words stand either side of an "and", "with" or comma are two operations, though they share
        // words said once (the syndesmosis's "ORIF" wording had taken the ankle's ORIF as its own, and
        // the ankle fracture's fixation vanished).
        const bothBooked = (a: Phrase) => {
          const mine = ph.tokens.filter((t) => !a.tokens.includes(t));
          const theirs = a.tokens.filter((t) => !ph.tokens.includes(t));
          // (Or two kinds of one operation, each named by its own word either side: "INGUINAL AND UMBILICAL
          // HERNIA REPAIR", "BILATERAL INGUINAL HERNIA REPAIR WITH UMBILICAL HERNIA REPAIR" — the inguinal
          // repair had been read as a place of the umbilical one and vanished.)
          const siblings = a.targets.every((x) => ph.targets.every((y) => x.concept >= 0 && y.concept >= 0 && x.concept !== y.concept
            && !v.concepts[x.concept].ancestors.includes(y.concept) && !v.concepts[y.concept].ancestors.includes(x.concept)
            && v.concepts[x.concept].ancestors.some((k) => v.concepts[y.concept].ancestors.includes(k))));
          if (!mine.length || !theirs.length || !(pair(a, ph) || siblings)) return false;
          // (Each side's words as the booking's own are read: "ORIF" is "reduction internal fixation".)
          const sides = (bookedSides ??= fold(part.text).split(BOOKED_APART).map((x) => analyze(v, x, { split: false }).parts.flatMap((p) => p.tokens.map((t) => t.word))));
          if (sides.length < 2) return false;
          const within = (ts: string[]) => sides.map((words, i) => (ts.every((t) => words.includes(t)) ? i : -1)).filter((i) => i >= 0);
          // (The words they share said beside the parent, whose operation they name: in "… ANKLE FRACTURE,
          // WITH SYNDESMOTIC FIXATION" the fixation is the syndesmosis's, the ankle's ORIF said before it.)
          const parentOwn = ph.targets.some((y) => y.concept >= 0 && a.targets.some((x) => x.concept >= 0 && v.concepts[x.concept].addonOf.includes(y.concept))) ? mine : theirs;
          const shared = ph.tokens.filter((t) => a.tokens.includes(t));
          // (Joined by "and", "&" or "+"; or each said in full either side of a "with" or comma — not a
          // word of one said with the other, "ORIF … W/ IM SCREW", "3RD MOLAR EXT …, (ERUPTED)".)
          if (siblings && !pair(a, ph)) {
            const joined = /\band\b|&|\+/.test(fold(part.text));
            const twice = shared.length > 0 && shared.every((t) => sides.filter((words) => words.includes(t)).length > 1);
            return (joined || twice) && within(mine).some((i) => within(theirs).some((j) => j !== i));
          }
          return within(mine).some((i) => within(theirs).some((j) => j !== i && within(parentOwn === mine ? [...mine, ...shared] : [...theirs, ...shared]).includes(parentOwn === mine ? i : j)));
        };
        if (mode === 'booking' && overlapping.length === 1 && BOOKED_APART.test(fold(part.text)) && bothBooked(overlapping[0])) {
          for (const t of ph.tokens) covered.add(t);
          chosen.push(ph);
          use(ph);
          continue;
        }
        if (mode === 'catalog' && overlapping.every(apart)) {
          for (const t of ph.tokens) covered.add(t);
          chosen.push(ph);
          continue;
        }
        // (As the words read here: "staging laparotomy" beside a TAH and BSO is a cancer's staging, no
        // wording of the exploratory laparotomy "EX-LAP TAH BSO STAGING" names.)
        const readHere = mode === 'booking' ? usable(v, ph, part, mode) : ph.targets;
        if (overlapping.every((c) => c.targets.some((x) => readHere.some((y) => related(x.concept, y.concept))))) {
          // (In a catalog line, a site only such a wording takes in still limits the line: "Cryoablation
          // of breast fibroadenoma" is for the breast, whatever wordings of tumor ablation name it.)
          // (Only for an operation whose wordings name many sites: an APR's "rectum" is its own.)
          const manySites = (c: number) => c >= 0 && siteWords(v, c).length > 2;
          // The narrower wording names the operation: it takes the broader one's place.
          const narrower = (c: Phrase) => ph.targets.some((y) => y.concept >= 0 && c.targets.some((x) => x.concept >= 0 && v.concepts[y.concept].ancestors.includes(x.concept)));
          // (Not where the line lists putting it in beside the narrower action: "Tunneled hemodialysis
          // catheter placement or exchange" privileges both.)
          const beside = (w: string) => [w, ...normalizeWord(v, w)];
          const putListed = mode === 'catalog' && kindLists().some((items) => items.some((w) => beside(w).some((x) => PUTTING.has(x))) && items.some((w) => beside(w).some((x) => ph.tokens.includes(x) && !PUTTING.has(x))));
          const takesPlace = overlapping.length === 1 && narrower(overlapping[0]) && (putListed || !(inMain(overlapping[0]) && listsKinds(ph)));
          // (Nor a site of a narrower wording that does not take the broader one's place: "Open treatment
          // of metatarsal fracture, with or without internal fixation" read as ORIF twice is the metatarsal's.)
          const limit = (t: string) => mode === 'catalog' && v.anatomy.has(t) && !v.descriptors.has(t) && !overlapping.some((c) => c.tokens.includes(t))
            && (ph.targets.every((y) => manySites(y.concept)) || (!takesPlace && overlapping.some(narrower)));
          for (const t of ph.tokens) if (!limit(t)) covered.add(t);
          if (takesPlace && putListed) chosen.push(ph);
          else if (takesPlace) chosen[chosen.indexOf(overlapping[0])] = { ...ph, tokens: [...new Set([...overlapping[0].tokens, ...ph.tokens])] };
        }
        continue;
      }
      for (const t of ph.tokens) covered.add(t);
      chosen.push(ph);
      use(ph);
    }
    return { covered, chosen };
  };
  // "MESENTERIC ANGIO POSS EMBOLIZATION": a wording that takes words from both sides of a "POSS"
  // ("angiogram embolization", one operation) is not read where the words before it name an
  // operation of their own: the angiogram is done, the embolization maybe.
  if (mode === 'booking' && part.tokens.some((t) => t.possible)) {
    const after = new Set(part.tokens.filter((t) => t.possible).map((t) => t.word));
    const before = new Set(part.tokens.filter((t) => !t.possible && !t.indication).map((t) => t.word));
    // (Only a study or a biopsy before it — an angiogram, a fistulogram, a catheterization — which is
    // done whether or not the treatment follows: the scope of "VATS POSS PLEURODESIS" is the way the
    // pleurodesis is done, the cesarean of "C/S POSS HYSTERECTOMY" part of a cesarean hysterectomy.)
    // (And the treatment after it naming an operation alone: "CLASSICAL C/S, POSS T INCISION" is the one cesarean.)
    const spans = (ph: Phrase) => {
      const pre = ph.tokens.filter((t) => before.has(t) && !after.has(t));
      const post = ph.tokens.filter((t) => after.has(t) && !before.has(t));
      const alone = (side: Set<string>, own: string[]) => fitting.some((f) => f !== ph && f.tokens.every((t) => side.has(t)) && own.every((t) => f.tokens.includes(t)));
      return pre.length > 0 && [...before].some((t) => !after.has(t) && STUDY_WORD.test(t)) && post.length > 0 && alone(after, post);
    };
    for (let k = fitting.length - 1; k >= 0; k--) if (spans(fitting[k])) fitting.splice(k, 1);
  }
  let best = cover(fitting);
  // Longest first can take a wording whose words are scattered over the booking ("breast … needle
  // … biopsy" in "BREAST EXCISIONAL BIOPSY W/ NEEDLE LOC") and leave words that other wordings
  // read ("excisional", "loc"): without it, if the booking's words are read more fully, that reading stands.
  if (mode === 'booking') {
    const readable = (c: { covered: Set<string> }) => words.some((t) => !c.covered.has(t) && fitting.some((ph) => ph.tokens.includes(t)));
    if (readable(best)) {
      for (const ph of [...best.chosen]) {
        // Without that wording, or without its operation's every wording.
        const concepts = new Set(ph.targets.map((x) => x.concept));
        for (const alt of [cover(fitting.filter((f) => f !== ph)), cover(fitting.filter((f) => !f.targets.some((x) => concepts.has(x.concept))))]) {
          if (alt.covered.size > best.covered.size) best = alt;
        }
      }
    }
  }
  const { covered, chosen } = best;
  // In a catalog line: a word listed beside one the reading took, in its written or normalized form
  // ("Biceps tenodesis or tenotomy", "placement, revision and removal").
  const lists = mode === 'catalog' ? kindLists() : [];
  const took = (o: string) => covered.has(o) || normalizeWord(v, o).some((w) => covered.has(w));
  const besideTaken = (t: string) => lists.some((items) => {
    const mine = items.filter((o) => o === t || normalizeWord(v, o).includes(t));
    return mine.length > 0 && items.some((o) => !mine.includes(o) && took(o));
  });
  if (mode === 'catalog') {
    // A bare word read by the words around it ("bypass" beside "coronary") is booking shorthand: in a
    // catalog line it does not name another operation out of a word that names the line's own
    // ("Percutaneous coronary intervention …, including bypass grafts" names no coronary bypass).
    // (Or what the line's operation is done to: "Percutaneous coronary intervention of bypass graft" names no CABG.)
    const text = fold(part.text);
    const afterOf = text.includes(' of ') ? text.slice(text.indexOf(' of ')).split(/[^a-z0-9]+/) : [];
    for (let i = chosen.length - 1; i >= 0; i--) {
      const ph = chosen[i];
      if (ph.tokens.length !== 1 || !ph.targets.every((x) => x.context)) continue;
      const object = afterOf.includes(ph.tokens[0]);
      if (!part.tokens.some((t) => t.word === ph.tokens[0] && (t.optional || t.paren || object))) continue;
      const others = chosen.filter((c) => c !== ph);
      // (Lent by an operation of another specialty: "forceps" beside "vaginal delivery" is one.)
      const alike = (x: number, y: number) => kin(x, y) || (x >= 0 && y >= 0 && v.concepts[x].specialties.some((s) => v.concepts[y].specialties.includes(s)));
      const lent = (w: string) => others.some((c) => c.tokens.includes(w) && !c.targets.some((x) => ph.targets.some((y) => alike(x.concept, y.concept))));
      if (ph.targets.every((x) => [...x.context!].filter((w) => present.has(w)).every(lent))) chosen.splice(i, 1);
    }
  }
  if (mode === 'catalog') {
    // "Endorectal advancement flap repair of anal fistula": a broader operation's wording in the same
    // clause as a narrower kind of it describes that kind; it names no other kind (no fistulotomy).
    // (Not where a list or an "and"/"or" sets them apart, nor a kind a clause lists.)
    const plain = (ph: Phrase) => ph.tokens.every((t) => !part.tokens.some((x) => x.word === t && (x.optional || x.paren || x.qualifier || x.withClause || x.excluded)));
    const pieces = fold(part.text).split(/[,;:]|\s+(?:and|or)\s+/).map((x) => x.split(/[^a-z0-9]+/).filter(Boolean).flatMap((w) => [w, ...normalizeWord(v, w)]));
    const side = (ph: Phrase) => pieces.findIndex((words) => ph.tokens.every((t) => words.includes(t)));
    const listed = (ph: Phrase) => kindLists().some((items) => ph.tokens.some((t) => items.includes(t)));
    for (let i = chosen.length - 1; i >= 0; i--) {
      const broad = chosen[i];
      // (Nor an arthroscopy read from a site and the line's approach: "Arthroscopic chondroplasty of knee".)
      if (!plain(broad) || listed(broad) || side(broad) < 0 || broad.targets.some((x) => x.requires?.length)) continue;
      const kinds = chosen.filter((n) => n !== broad && plain(n) && !listed(n) && side(n) === side(broad) && n.targets.some((y) => y.concept >= 0 && broad.targets.every((x) => x.concept >= 0 && v.concepts[y.concept].ancestors.includes(x.concept))));
      if (kinds.length) chosen.splice(i, 1);
    }
  }
  // A phrase inside a larger one that fits ("arthroscopy" of "hip arthroscopy with labral repair",
  // whose "hip" went to the labral repair): the larger names the operation.
  for (let i = 0; i < chosen.length; i++) {
    // (Not a kind the line lists in place of what its main clause names: "Arthroplasty, shoulder, total (anatomic/reverse)".)
    const bigger = fitting.filter((q) => q !== chosen[i] && !(inMain(chosen[i]) && listsKinds(q)) && chosen[i].tokens.every((t) => q.tokens.includes(t)) && q.tokens.length > chosen[i].tokens.length
      && !chosen.includes(q) && q.targets.some((x) => !chosen[i].targets.some((y) => y.concept === x.concept)));
    if (bigger.length) chosen[i] = bigger[0];
  }
  if (mode === 'catalog' && LIST.test(part.text)) {
    // A catalog line may list operations that share words ("Repair of inguinal, femoral and
    // umbilical hernias"): a specific word left over may complete a phrase with words already used.
    // So may an operation's word listed beside one a wording used ("Biceps tenodesis or tenotomy").
    // (In the main clause: what a "with …" or parentheses list stays as the clause reads it.)
    const clauseWord = new Set(part.tokens.filter((t) => t.withClause || t.paren || t.optional).map((t) => t.word));
    const folded = fold(part.text);
    const listedBeside = (t: string) => !clauseWord.has(t) && besideTaken(t);
    for (const ph of fitting) {
      if (chosen.includes(ph) || fromHeadedList(ph)) continue;
      const fresh = ph.tokens.filter((t) => !covered.has(t));
      // "Creation or closure of colostomy or ileostomy": a wording made of words two readings took, one
      // from each list, names a kind of theirs too (closure of colostomy).
      if (!fresh.length && ph.tokens.length > 1) {
        const lenders = chosen.filter((c) => c.tokens.some((t) => ph.tokens.includes(t)));
        const listed = ph.tokens.every((t) => lists.some((items) => items.includes(t)));
        // (A sibling of theirs, not what they are kinds of: "perirectal or ischiorectal abscess" is no abscess anywhere.)
        if (listed && lenders.length >= 2 && ph.targets.every((y) => y.concept >= 0 && !chosen.some((c) => c.targets.some((x) => x.concept === y.concept || (x.concept >= 0 && v.concepts[x.concept].ancestors.includes(y.concept)))))
          && ph.targets.some((y) => lenders.some((c) => c.targets.some((x) => kin(x.concept, y.concept))))) chosen.push(ph);
        continue;
      }
      if (!fresh.length || !fresh.some((t) => (!v.procedureWords.has(t) && !v.procedureSuffix.test(t) && !v.modifiers.has(t)) || listedBeside(t))) continue;
      // (Sites only, after a comma, with words an operation of another kind lent: "Sentinel lymph node
      // biopsy, breast or melanoma" says what the node biopsy is for, and names no breast biopsy.)
      if (fresh.every((t) => v.anatomy.has(t))) {
        const lentWords = ph.tokens.filter((t) => !fresh.includes(t));
        const lent = chosen.filter((c) => c.tokens.some((t) => lentWords.includes(t)));
        const at = (t: string) => folded.search(new RegExp(`\\b${t}`));
        const afterComma = () => fresh.every((t) => lentWords.every((w) => at(w) >= 0 && at(t) > at(w) && folded.slice(at(w), at(t)).includes(',')));
        if (lent.length && !lent.some((c) => c.targets.some((x) => ph.targets.some((y) => kin(x.concept, y.concept)))) && afterComma()) continue;
      }
      // (Nor an operation a chosen wording is a kind of, whose every action word chosen wordings took,
      // read with a describing word left over: "Correction of lesser toe deformity, including Weil
      // osteotomy" names no "deformity correction osteotomy" of any bone — it had covered a femoral osteotomy.)
      // (Only where that kind is wholly in what the line lists, the broader one borrowing the main clause's words.)
      if (ph.targets.every((x) => x.concept >= 0 && chosen.some((o) => !o.tokens.some((t) => main.has(t)) && o.targets.some((y) => y.concept >= 0 && v.concepts[y.concept].ancestors.includes(x.concept))))
        && ph.tokens.some((t) => main.has(t))
        && ph.tokens.every((t) => !(v.procedureWords.has(t) || v.procedureSuffix.test(t)) || covered.has(t))
        // (Its own words no place and nothing the line lists: "Amputation of toe, ray, …" names the toe's.)
        && fresh.every((t) => !v.anatomy.has(t) && !lists.some((items) => items.includes(t)) && !listedBeside(t))) continue;
      chosen.push(ph);
      for (const t of ph.tokens) covered.add(t);
    }
  }
  if (mode === 'booking') {
    // "SPINAL/MAC R TKA", "SPINAL FOR SCHED C/S": "spinal" that no operation's wording takes, in a part
    // that names no other part of the spine, is the spinal anesthetic (it had been read as a place and
    // dropped: unknown to the surgeon, and to the anesthesiologist nothing).
    const spinal = v.byId.get('spinal-anesthesia');
    // (Only where the part says nothing else but how: "SPINAL SCHWANNOMA EXCISION", "SPINAL LAMI" are the spine.)
    if (spinal !== undefined && present.has('spinal') && !covered.has('spinal') && !fold(part.text).split(/[^a-z]+/).some((w) => SPINE_WORD.test(w))
      // (Or beside an operation on no spine, "SPINAL C/S", "SPINAL R TKA": no spine, nerve or pain operation.)
      && (words.every((w) => w === 'spinal' || v.stopwords.has(w) || v.modifiers.has(w) || v.scheduling.has(w) || w in v.laterality)
        || (chosen.length > 0 && chosen.every((ph) => ph.targets.every((t) => t.concept >= 0 && !v.concepts[t.concept].specialties.some((x) => NOT_BESIDE_SPINAL.has(x))))))) {
      covered.add('spinal');
      chosen.push({ tokens: ['spinal'], key: 'spinal', targets: [{ concept: spinal, approaches: [] }] });
    }
    // An abbreviation whose every reading needs words the booking lacks ("BMT" alone), and that
    // nothing else here accounts for: its readings stay open, for the practitioner's specialties
    // to settle (the matcher sees the `#?` mark).
    for (const t of words) {
      if (covered.has(t) || v.anatomy.has(t) || v.plain.has(t) || v.stopwords.has(t) || v.descriptors.has(t) || v.modifiers.has(t)) continue;
      const open = [...new Set((v.lexicon.get(t) ?? []).filter((r) => r.context && r.concept !== undefined).map((r) => r.concept!))];
      if (!open.length) continue;
      covered.add(t);
      chosen.push({ tokens: [`#?${t}`], key: `#?${t}`, targets: open.map((concept) => ({ concept, approaches: [] })) });
    }
  }
  // "LHC POSS PCI": a wording of one operation that takes in the words an abbreviation of another
  // became does not make that other operation vanish.
  // In a catalog line, for the kinds it lists: "Hysterectomy, laparoscopic (TLH/LAVH/LSH)" lists a
  // TLH, though "total" also fits "total vaginal hysterectomy".
  for (const n of part.named) {
    // (Or a line that is only a list of single words, abbreviations among them: "TLH or LAVH" lists both,
    // though their words made a "total vaginal hysterectomy" together.)
    if (mode === 'catalog' && !listsKinds({ tokens: n.tokens, key: '', targets: [] }) && !WORD_LIST.test(part.text)) continue;
    // Related, or built on it ("REVISION THA" is a revision of the THA it names). In a catalog
    // line, only the operation itself or a kind of it: a broader one beside it does not name it.
    // (An add-on of it does not restate it: "SCS IMPLANT WITH IPG" asks for the implantation too.)
    const related = (c: number) => c === n.concept || (c >= 0 && !v.concepts[c].addonOf.includes(n.concept) && (mode === 'catalog' ? v.concepts[c].ancestors.includes(n.concept) : (v.concepts[c].ancestors.includes(n.concept) || v.concepts[n.concept].ancestors.includes(c)
      || [...v.concepts[n.concept].nameWords].every((t) => v.concepts[c].nameWords.has(t)))));
    // (Nor a form of another operation written with this abbreviation and a kind of it, or its
    // removal, beside it: "leadless PPM" is the leadless pacemaker, "leadless PPM retrieval" its
    // retrieval — unless the booking also says words of the abbreviation's own operation that the
    // form leaves. Nothing else: "DBS IPG", "redo AVR", "ALIF exposure", "post TURBT instillation" are
    // done with or on the operation the abbreviation names, which the booking asks for too.)
    const restated = (ph: Phrase) => ph.tokens.some((w) => !n.tokens.includes(w)) && ph.tokens.every((w) => n.tokens.includes(w) || v.kindOf.has(w) || REVERSING.has(w) || w === 'explantation' || w === 'retrieval')
      && !words.some((w) => !ph.tokens.includes(w) && !n.tokens.includes(w) && !v.kindOf.has(w) && [w, ...normalizeWord(v, w), ...stems(w)].some((x) => v.concepts[n.concept].words.has(x)));
    // "TEVAR - DESCENDING THORACIC AORTIC ANEURYSM": a wording that took the abbreviation's words for
    // an operation of its name done by another way, its name says ("Open descending thoracic aortic
    // aneurysm repair"), is the abbreviation's operation misread: the abbreviation says how.
    if (mode === 'booking' && n.approaches?.length) {
      for (let i = chosen.length - 1; i >= 0; i--) {
        const ts = chosen[i].targets.filter((t) => t.concept >= 0);
        if (ts.length && chosen[i].tokens.some((w) => n.tokens.includes(w)) && ts.every((t) => otherWay(v, t.concept, n.concept, n.approaches!))) chosen.splice(i, 1);
      }
    }
    if (chosen.some((ph) => usable(v, ph, part, mode).some((t) => related(t.concept) || (t.restates?.includes(n.concept) && restated(ph))))) continue;
    if (!n.tokens.length) continue;
    // "AVR AND ASCENDING AORTA REPLACEMENT": another operation's wording took some of the words the
    // abbreviation became ("aortic", "replacement"); the rest ("valve") are its own, not a site.
    // ("LEFT HIP HEMI VS THA": where the booking names alternatives, each abbreviation is one of them,
    // whatever the other's wording took: the total hip is asked for beside the hemiarthroplasty.)
    if (!n.tokens.every((t) => covered.has(t))) {
      const alternative = mode === 'booking' && ALTERNATIVES.test(part.text) && n.tokens.some((t) => !covered.has(t));
      if (!alternative && (mode === 'catalog' || !n.tokens.some((t) => covered.has(t)) || !n.tokens.some((t) => !covered.has(t) && v.anatomy.has(t) && !v.descriptors.has(t)))) continue;
      for (const t of n.tokens) covered.add(t);
    }
    // "AVG THROMBECTOMY", "LT AVG REVISION": an abbreviation for a thing and the default action on
    // it (AV graft placement), inside a wording that takes its every word and another operation's
    // word besides, names what that operation is done to — not a second operation (a graft placed).
    // ("VATS LOBECTOMY" still needs the thoracoscopy: no default action in its words.)
    // (An operation's word, or a word that alone names one: "DECLOT LT FOREARM AVG".)
    const operation = (t: string) => !n.tokens.includes(t) && (v.procedureWords.has(t) || v.procedureSuffix.test(t) || !!v.byToken.get(t)?.some((ph) => ph.tokens.length === 1 && ph.targets.some((x) => x.concept >= 0)));
    // (The default action may be the abbreviation's name's alone, the booking's other action having taken its place: "L AVF REVISION".)
    // (Not where the booking writes the abbreviation's own default action out right after it: "AVF CREATION WITH SUPERFICIALIZATION" creates one, "AVG PLACEMENT AND THROMBECTOMY" places one — not "AVG THROMBECTOMY AND STENT PLACEMENT", whose placement is the stent's.)
    const defaultAction = (t: string) => v.defaultActions.has(t);
    if (mode === 'booking' && (n.tokens.some(defaultAction) || [...v.concepts[n.concept].nameWords].some(defaultAction)) && !spelledAfter(part, n.tokens, (w) => defaultAction(w) && (n.tokens.includes(w) || v.concepts[n.concept].nameWords.has(w))) && chosen.some((ph) => n.tokens.every((t) => ph.tokens.includes(t)) && ph.tokens.some(operation))) continue;
    // "VATS RLL LOBECTOMY": a form of another operation that takes every word of the abbreviation
    // and says the approach it names ("VATS lobectomy {endoscopic}") is that operation done this
    // way: the thoracoscopy is its access, not a second operation needing a diagnostic line.
    if (mode === 'booking' && chosen.some((ph) => n.tokens.every((t) => ph.tokens.includes(t)) && ph.tokens.some(operation)
      && ph.targets.some((t) => t.concept >= 0 && t.concept !== n.concept && t.approaches.length > 0 && t.approaches.every((a) => part.approaches.includes(a))))) continue;
    chosen.push({ tokens: n.tokens, key: `#named:${n.concept}`, targets: [{ concept: n.concept, approaches: [] }] });
  }
  // "Central venous catheter or port removal or exchange": a device the line names only to take out
  // or change ("central venous port", read as its placement for want of an action) is not placed.
  if (mode === 'catalog' && /\b(?:removal|exchange|replacement|revision|explantation)\b/i.test(part.text) && !/\b(?:placement|insertion|implantation|creation|placing|inserting)\b/i.test(part.text)) {
    for (let i = chosen.length - 1; i >= 0; i--) {
      const ph = chosen[i];
      if (!ph.targets.length || !ph.targets.every((t) => t.concept >= 0 && /\b(?:placement|insertion|implantation)\b/i.test(v.concepts[t.concept].name))) continue;
      if (chosen.some((o) => o !== ph && o.tokens.some((w) => ph.tokens.includes(w)) && o.tokens.some((w) => /^(?:removal|exchange|replacement|revision|explantation)$/.test(w)))) chosen.splice(i, 1);
    }
  }
  if (mode === 'catalog') {
    // "Thrombectomy of arteriovenous fistula or graft": what an operation is done to names no operation
    // of its own there — no fistula created, no graft placed. (An object read with the action's own
    // word stays: "Removal of pacemaker" reads as a pacemaker removal.)
    // (Up to a clause of its own, or another operation "… of …" after an "and"/"or": "lysis of
    // adhesions and repair of perforated viscus".)
    const objectOf = (said: string) => {
      const [first, ...rest] = said.split(/\b(?:with|including|for|excluding|except)\b/)[0].split(/\b(?:and|or)\b/);
      const end = rest.findIndex((x) => /\bof\b/.test(x) || x.split(/[^a-z]+/).some((w) => v.procedureSuffix.test(w)));
      return [first, ...(end < 0 ? rest : rest.slice(0, end))].join(' ');
    };
    for (const m of fold(part.text).matchAll(/\b([a-z]+)\s+of\s+([^,;()]+)/g)) {
      const acts = [m[1], ...normalizeWord(v, m[1])];
      if (!acts.some((a) => (v.procedureWords.has(a) || v.procedureSuffix.test(a)) && !v.defaultActions.has(a) && !CHANGING.has(a))) continue;
      // (Not the last of a list of actions that puts it in: "Insertion, exchange or removal of ureteric stent".)
      const listedActions = /((?:[a-z]+\s*(?:,|\/|\bor\b|\band\b)\s*)+)$/.exec(fold(part.text).slice(0, m.index))?.[1].split(/[^a-z]+/) ?? [];
      if (listedActions.some((a) => PUTTING.has(a) || v.defaultActions.has(a))) continue;
      const before = new Set(fold(part.text).slice(0, m.index + m[1].length).split(/[^a-z0-9]+/).flatMap((w) => (v.lexicon.get(w) ?? []).flatMap((r) => r.expansion)));
      const governing = chosen.filter((ph) => ph.tokens.some((t) => acts.includes(t)));
      if (!governing.length) continue;
      const object = new Set(objectOf(m[2]).split(/[^a-z0-9]+/).filter(Boolean).flatMap((w) => [w, ...normalizeWord(v, w)]));
      for (let i = chosen.length - 1; i >= 0; i--) {
        const ph = chosen[i];
        if (governing.includes(ph) || !ph.tokens.every((t) => object.has(t))) continue;
        if (ph.targets.some((x) => x.concept < 0 || acts.some((a) => v.concepts[x.concept].words.has(a)) || governing.some((g) => g.targets.some((y) => y.concept === x.concept)))) continue;
        // (Nor a site read as an operation by the words of the action's side: "Arthroscopic
        // chondroplasty of knee" is done through a knee arthroscopy.)
        if (ph.targets.some((x) => x.requires?.some((a) => before.has(`@${a}`)))) continue;
        chosen.splice(i, 1);
      }
    }
  }
  if (mode === 'booking' && words.some((w) => UNDOING.has(w) && w !== 'replacement')) {
    // "L KNEE EXPLANT TKA, ABX SPACER", "L TKA POLY EXCHANGE": where a part of the booking undoes or
    // revises an implant, names nothing joined to it, and a wording reads that undoing, the
    // arthroplasty or implantation it names is what is undone — no primary one is asked for beside it.
    // (Only where the part joins nothing else: "PPM EXPLANT AND ICD IMPLANTATION", "L TKA W/ ROH" ask for both.)
    const joined = /\b(?:and|with|plus)\b|\bw\/|[+&]/i.test(part.text);
    const undo = !joined && chosen.some((ph) => ph.targets.some((t) => t.concept >= 0 && UNDONE_NAME.test(v.concepts[t.concept].name)));
    // (Not an implantation named only after a POSS or THEN: "ROH POSS TKA", "ROH FOLLOWED BY R TKA"
    // put a new knee in; "EXPLANT L TKA POSS ANTIBIOTIC SPACER" undoes the TKA it names first.)
    const later = new Set(part.tokens.filter((t) => t.possible).map((t) => t.word));
    const earlier = new Set(part.tokens.filter((t) => !t.possible).map((t) => t.word));
    const namedLater = (ph: Phrase) => ph.tokens.every((w) => later.has(w)) && ph.tokens.some((w) => !earlier.has(w));
    if (undo) {
      for (let i = chosen.length - 1; i >= 0; i--) {
        if (namedLater(chosen[i])) continue;
        const ts = chosen[i].targets.filter((t) => t.concept >= 0);
        if (ts.length && ts.every((t) => PUT_NAME.test(v.concepts[t.concept].name) && !UNDONE_NAME.test(v.concepts[t.concept].name))) chosen.splice(i, 1);
      }
    }
  }
  // "Total Joint Arthroplasty - Hip/Knee, Primary & Revision": where the line lists the primary
  // operation and its revision, the revision of each operation it names is the line's too (a
  // wording of it in the operation's own words and "revision").
  if (mode === 'catalog' && /\bprimary\s*(?:\/|&|\band\b|\bor\b|\band\/or\b)\s*revisions?\b/i.test(part.text)) {
    // (Its revision by name: "Gastric bypass, primary and revision" privileges no revision of every bariatric operation.)
    // (A compound of its name's word is its name too: "Septorhinoplasty … primary and revision" a revision rhinoplasty.)
    const says = (x: number, w: string) => nameSays(v, x, w) || [...v.concepts[x].nameWords].some((n) => n.length >= 6 && w.endsWith(n));
    const named = (f: Phrase, ph: Phrase) => f.targets.some((x) => x.concept >= 0 && ph.targets.some((y) => y.concept >= 0 && [...v.concepts[y.concept].nameWords].filter((w) => !v.stopwords.has(w)).every((w) => says(x.concept, w))));
    // (Of that operation, at its place: "revision arthroplasty" is no revision of a total shoulder.)
    const revisionOf = (f: Phrase, ph: Phrase) => f.tokens.includes('revision') && f.tokens.every((t) => t === 'revision' || ph.tokens.includes(t)) && ph.tokens.every((t) => !v.anatomy.has(t) || f.tokens.includes(t)) && named(f, ph);
    for (const ph of [...chosen]) {
      if (ph.tokens.includes('revision') || chosen.some((f) => revisionOf(f, ph))) continue;
      const revision = fitting.find((f) => revisionOf(f, ph) && f.targets.some((x) => x.concept >= 0));
      if (revision) chosen.push(revision);
    }
  }
  /**
   * Takes back the wordings `gone` says name no operation of the line; the words they alone took are
   * the line's again (a place, a limit), but for those `kept` says stay taken.
   */
  const dropChosen = (gone: (ph: Phrase) => boolean, kept: (t: string) => boolean = () => false) => {
    for (let i = chosen.length - 1; i >= 0; i--) {
      if (!gone(chosen[i])) continue;
      const [ph] = chosen.splice(i, 1);
      for (const t of ph.tokens) if (!kept(t) && !chosen.some((o) => o.tokens.includes(t))) covered.delete(t);
    }
  };
  // "MUA L TOTAL KNEE", "I&D TOTAL KNEE": a joint said "total" beside another operation is where that
  // one is done (anesthesia is no such operation: "R TOTAL KNEE W/ ADDUCTOR CANAL BLOCK" books the knee).
  // (Not one joined after it: "R TOTAL KNEE W POSS LATERAL RELEASE" books the knee and the release.)
  const joinedAfter = () => /\btotal\s+[a-z]+\s+(?:w\/?|with|and|&|\+)\s/i.test(part.text);
  dropChosen((ph) => ph.targets.every((t) => t.alone) && chosen.some((o) => o !== ph && o.targets.some((t) => t.concept >= 0 && !t.alone && !v.concepts[t.concept].weak)) && !joinedAfter());
  // "Manipulation of shoulder joint under anesthesia, including application of fixation apparatus": a
  // wording made of what the line only may include and the main clause's place alone ("shoulder …
  // fixation", a shoulder stabilization) names no operation of the line beside its main one.
  if (mode === 'catalog') {
    const optionalWord = new Set(part.tokens.filter((t) => t.optional).map((t) => t.word));
    const mainWord = new Set(part.tokens.filter((t) => !t.optional).map((t) => t.word));
    const onlyOptional = (t: string) => optionalWord.has(t) && !mainWord.has(t);
    const borrowsPlace = (ph: Phrase) => ph.tokens.some(onlyOptional) && ph.tokens.filter((t) => !optionalWord.has(t)).length > 0
      && ph.tokens.filter((t) => !optionalWord.has(t)).every((t) => v.anatomy.has(t) && !v.procedureWords.has(t) && !v.procedureSuffix.test(t));
    // (Nor the other way round, the main clause's operation at a place only what it may include
    // names: the "renal … transplant" of "Transplant … vascular interventions, including … stenting
    // of hepatic or renal allograft anastomoses" is no kidney transplantation.)
    const optionalOperations = part.tokens.some((t) => t.optional && !mainWord.has(t.word) && (v.procedureWords.has(t.word) || v.procedureSuffix.test(t.word)));
    // ("Arthrodesis, including ankle and subtalar joints" places its arthrodesis: a clause of places alone lends none.)
    const lendsOperation = (ph: Phrase) => optionalOperations && ph.tokens.some(onlyOptional) && ph.tokens.filter(onlyOptional).every((t) => v.anatomy.has(t) && !v.descriptors.has(t))
      && ph.tokens.filter((t) => !onlyOptional(t)).length > 0 && ph.tokens.filter((t) => !onlyOptional(t)).every((t) => !v.anatomy.has(t) && !optionalWord.has(t));
    const mains = chosen.filter((ph) => ph.tokens.every((t) => !onlyOptional(t)));
    // (Only an operation no kin of the main one's: "Lower extremity endovascular revascularization,
    // iliac, …, including angioplasty, atherectomy and stent placement" includes an iliac angioplasty.)
    const unrelated = (ph: Phrase) => !ph.targets.some((y) => mains.some((m) => m.targets.some((x) => x.concept >= 0 && y.concept >= 0 && kin(x.concept, y.concept))));
    // ("Excisional biopsy of breast lesion, with or without image-guided localization": the main
    // operation's own words read again with how the localization is done, "image-guided … biopsy …
    // breast", name no core needle biopsy; "Thyroid FNA, with or without ultrasound guidance" no image-guided
    // biopsy of any organ; "Facet joint injection, with or without fluoroscopic guidance" no hip injection —
    // only the main operation or a kind of it. "…, including needle and stereotactic biopsy" names its
    // biopsies in the clause, and grants them.)
    const borrowsOperation = (ph: Phrase) => ph.tokens.some(onlyOptional) && ph.tokens.filter((t) => optionalWord.has(t)).every((t) => GUIDANCE_WORD.has(t))
      && mains.some((m) => m !== ph && ph.tokens.filter((t) => !optionalWord.has(t)).length > 0 && ph.tokens.filter((t) => !optionalWord.has(t)).every((t) => m.tokens.includes(t)))
      && ph.targets.every((y) => !mains.some((m) => m.targets.some((x) => x.concept === y.concept || (x.concept >= 0 && y.concept >= 0 && v.concepts[y.concept].ancestors.includes(x.concept)))));
    dropChosen((ph) => (mains.length > 0 && borrowsPlace(ph) && unrelated(ph)) || lendsOperation(ph) || (mains.length > 0 && borrowsOperation(ph)));
  }
  // "… including repair of post-cholecystectomy bile duct injury", "… surveillance biopsy after heart
  // transplantation": an operation the line names as what came before is no operation it privileges
  // (a "post-tonsillectomy hemorrhage" line is that bleed's control, read whole).
  if (mode === 'catalog') {
    // (An abbreviation's operation too: "post-ERCP perforation" names no ERCP the line privileges.)
    const spelled = (w: string) => (v.lexicon.get(w) ?? []).flatMap((r) => (r.concept !== undefined ? [...v.concepts[r.concept].words] : []));
    const said = fold(part.text);
    const before = new Set([...said.matchAll(/\bpost-([a-z]+(?:\s+[a-z]+)?)|\b(?:after|following)\s+((?:[a-z]+\s+){0,2}[a-z]+)/g)]
      .flatMap((m) => (m[1] ?? m[2]).split(/\s+/)).filter((w) => w && !v.stopwords.has(w)).flatMap((w) => [w, ...normalizeWord(v, w), ...spelled(w)]));
    const occasion = (ph: Phrase) => ph.tokens.every((t) => before.has(t)) && ph.tokens.some((t) => namesOperation(v, t));
    // (Where that is all the line reads, it is read by its own words: "Repair of post-craniotomy CSF leak" is no craniotomy.)
    if (before.size) dropChosen(occasion, (t) => before.has(t));
  }
  // "Chiari decompression, suboccipital craniectomy with or without C1 laminectomy": a wording that says
  // the main clause's operation more fully, with more of its words, is what that operation is there —
  // the bare "craniectomy" inside it names no craniectomy of any kind (it had covered a CRANI FOR EDH).
  if (mode === 'catalog' && clauses) {
    const fuller = (c: Phrase) => inMain(c) && chosen.some((o) => o !== c && listsKinds(o) && c.tokens.every((t) => o.tokens.includes(t))
      && o.tokens.some((t) => main.has(t) && !c.tokens.includes(t))
      && o.targets.every((y) => y.concept >= 0 && c.targets.every((x) => x.concept >= 0 && !related(x.concept, y.concept)))
      // (An operation the main clause names in other words too: the Chiari decompression, not a thoracoscopy's lung biopsy.)
      && chosen.some((m) => m !== c && m !== o && inMain(m) && m.targets.some((x) => o.targets.some((y) => y.concept === x.concept)))
      && !chosen.some((m) => m !== c && m.targets.some((x) => c.targets.some((y) => y.concept === x.concept))));
    for (let i = chosen.length - 1; i >= 0; i--) if (fuller(chosen[i])) chosen.splice(i, 1);
  }
  const at = (ph: Phrase) => Math.min(...ph.tokens.map((t) => words.indexOf(t.startsWith('#?') ? t.slice(2) : t)));
  chosen.sort((a, b) => at(a) - at(b));
  const parenTokens = new Set(part.tokens.filter((t) => t.paren).map((t) => t.word));
  const listedAs = (ph: Phrase): Hit['listed'] => (!listsKinds(ph) ? undefined : ph.tokens.some((t) => !main.has(t) && parenTokens.has(t)) ? 'paren' : 'optional');
  const hits: Hit[] = chosen.map((ph) => ({ targets: usable(v, ph, part, mode), tokens: ph.tokens, ...(listedAs(ph) ? { listed: listedAs(ph) } : {}) }));
  // "Mechanical thrombectomy for acute ischemic stroke": an operation "for" what an operation named
  // after it is always done for (its vocabulary `for`) is that operation — a stroke thrombectomy,
  // not every thrombectomy limited to bookings that say "stroke". So is a booking's: "THROMBECTOMY FOR STROKE".
  const forClause = part.tokens.filter((t) => (mode === 'catalog' ? t.qualifier && !t.excluded && !t.optional && !t.paren : t.indication && !v.anatomy.has(t.word)) && !v.stopwords.has(t.word)).map((t) => t.word);
  const forPlaces = mode === 'booking' ? part.tokens.filter((t) => t.indication && v.anatomy.has(t.word)).map((t) => t.word) : [];
  if (forClause.length) for (const h of hits) h.targets = h.targets.map((x) => ({ ...x, concept: forKind(v, x.concept, forClause, forPlaces) }));
  // (Not where "revision" is one item of a list of actions or kinds: "Ostomy – creation, closure,
  // revision", "Total hip arthroplasty, primary and revision", "Arthroplasty – hip, total/revision".)
  const listedChange = /,\s*(?:(?:and|or)\s+)?(?:revision|conversion|redo|reoperation)\b/i.test(part.text)
    || /\b(?:placement|insertion|implantation|creation|repair|removal|excision|primary)\s*(?:\/|&|\band\b|\bor\b|\band\/or\b)\s*(?:revision|conversion)\b/i.test(part.text)
    // ("Arthroplasty – hip, total/revision": an alternative to the kind before it.)
    || /\b[a-z]+\s*(?:\/|\bor\b)\s*(?:revision|conversion)\b/i.test(part.text);
  if (mode === 'catalog' && !listedChange && hits.some((h) => h.tokens.some((t) => CHANGING.has(t)))) {
    // "Conversion of sleeve gastrectomy to gastric bypass", "Revision spinal fusion with removal of
    // instrumentation": the line privileges the revision, not each operation it names.
    // (Not an operation listed beside the revision as a peer, in a clause of its own: "Pulse generator
    // change and lead revision", "Generator change/upgrade & lead revision" privilege the generator change.)
    // (Not where the revision heads the line: "Revision ACL and PCL reconstruction" revises both.)
    const clausesOf = fold(part.text).split(/[,;&+]|\band\b/).map((c) => new Set(c.split(/[^a-z0-9]+/).filter(Boolean)));
    const peers = /\b(?:with|to|including|for|of)\b/i.test(part.text) || [...clausesOf[0]].some((w) => CHANGING.has(w)) ? [] : clausesOf;
    const peer = (h: Hit) => peers.some((c) => h.tokens.every((t) => c.has(t)) && ![...c].some((w) => CHANGING.has(w)));
    for (let i = hits.length - 1; i >= 0; i--) if (!hits[i].tokens.some((t) => CHANGING.has(t)) && !peer(hits[i])) hits.splice(i, 1);
  }
  // A word left over describes a matched concept when its forms use it — an operation word only
  // within a form that also has the words matched ("VP shunt placement"), and a word that changes
  // the operation (revision, removal) never.
  const own = (t: string, operation: boolean) => !CHANGING.has(t) && !REVERSING.has(t) && hits.some((h) => h.targets.some((x) => {
    if (x.concept < 0) return false;
    const c = v.concepts[x.concept];
    if (!operation) return c.words.has(t);
    // "MEDIPORT INSERTION": the action its own name or forms use ("Port placement").
    if (v.defaultActions.has(t) && c.words.has(t)) return true;
    return c.phrases.some((f) => f.includes(t) && h.tokens.every((w) => f.includes(w)));
  }));
  // A limit the operation always has ("Midurethral sling for stress urinary incontinence", "Ladd
  // procedure for malrotation"): its own wordings use the word, so it narrows nothing.
  // "diagnostic/therapeutic", "diagnostic and therapeutic", "diagnostic and operative": every kind, no limit.
  const bothKinds = mode === 'catalog' && words.includes('diagnostic') && (words.includes('therapeutic') || /\b(?:operative|interventional)\b/i.test(part.text));
  const parenWords = new Set(part.tokens.filter((t) => t.paren).map((t) => t.word));
  for (const t of part.tokens) if (!t.paren) parenWords.delete(t.word);
  // (Kinds of what the words before them name, where those name an operation: "Cataract extraction,
  // complex (iris expansion, capsular tension ring, pediatric)" lists what makes it complex.)
  const inParen = (h: Hit) => h.tokens.every((t) => parenWords.has(t));
  const heads = hits.filter((h) => !inParen(h)).flatMap((h) => h.targets.map((x) => x.concept)).filter((c) => c >= 0);
  const parenKinds = mode === 'catalog' && hits.some((h) => inParen(h) && (!heads.length || h.targets.some((x) => x.concept >= 0 && heads.some((k) => v.concepts[x.concept].ancestors.includes(k)))));
  // (Within a compound of its name too: "for dialysis access" of an AV graft "for hemodialysis".)
  // (Or by the name of what it is a kind of: "ORIF …, upper extremity" is the treatment of a fracture.)
  // (Not one of a pair its name says both of: "Excision of benign skin lesion" read as the excision of
  // "benign and malignant lesions" is limited to benign ones.)
  const saysOne = (c: number, t: string) => nameSays(v, c, t) && !PAIRS.some(([a, b]) => (t === a && nameSays(v, c, b)) || (t === b && nameSays(v, c, a)));
  const implied = (t: string) => hits.some((h) => h.targets.some((x) => x.concept >= 0 && [x.concept, ...v.concepts[x.concept].ancestors].some((c) => saysOne(c, t))));
  const sites: string[] = [];
  // ("Radical trachelectomy, open or vaginal": a way in listed beside a route is a route, no site;
  // "…, abdominal or perineal approach" names both ways in.)
  // (Only joined to the route or its partner by "or"/"and": "Drainage of abscess, perineal, open or
  // percutaneous" and "Excision of abdominal or perineal skin lesions" keep their places.)
  const wayIn = (t: string) => mode === 'catalog' && WAY_IN.test(t) && wayInSaid(fold(part.text), t);
  const unknown: string[] = [];
  const unrecognised: string[] = [];
  const required: string[] = [];
  // ("Robotic-assisted urologic surgery: prostatectomy, …": the specialty a heading names is no limit.)
  const ofSpecialty = (key: string) => hits.length > 0 && hits.every((h) => h.targets.every((x) => x.concept >= 0 && v.concepts[x.concept].specialties.includes(key)));
  const specialtyHead = (t: string) => mode === 'catalog' && (SPECIALTY_ADJECTIVE.test(t) || (t in SPECIALTY_PLACE && ofSpecialty(SPECIALTY_PLACE[t]))) && new RegExp(`\\b${t}\\s+(?:surgery|surgical|procedures?|privileges?)\\b`).test(fold(part.text));
  const require = (t: string) => { if (!required.includes(t) && !NO_LIMIT.has(t) && !specialtyHead(t)) required.push(t); };
  /** Limits from a "for …" clause: they hold even when the catalog has no other line to tell apart. */
  let lineWordsMade: Set<string> | undefined;
  const lineWords = () => (lineWordsMade ??= new Set(part.tokens.map((x) => x.word)));
  const firm: string[] = [];
  /** What an "excluding …" clause names: a booking that says one of these is not covered. */
  const excluding: string[] = [];
  const qualifierImplied = mode === 'catalog' && part.tokens.some((t) => t.qualifier && implied(t.word));
  /** A "for …" clause one operation's own name says: no limit on that one, still one on the others the line names. */
  const impliedQualifier: string[] = [];
  /** Sites a catalog line says more than once. */
  const repeatedSites: string[] = [];
  for (const tok of part.tokens) {
    const t = tok.word;
    if (covered.has(t) || t.startsWith('#')) continue;
    const procedureWord = v.procedureWords.has(t) || v.procedureSuffix.test(t);
    // The indication says why, not what: its words never make the part unknown.
    if (tok.indication) continue;
    if (mode === 'catalog') {
      if (t === 'nonobstetric' && !tok.excluded) {
        if (!excluding.includes(PREGNANCY_MARK)) excluding.push(PREGNANCY_MARK);
        continue;
      }
      if (tok.excluded) {
        // (A site between a kind's word and an operation's, "(excluding multiligament knee reconstruction)",
        // is where the excluded operation is done, no site excluded: an ACL reconstruction of the knee stays.
        // Not after a describing word: "excluding anterior lumbar fusion" still excludes the lumbar spine.)
        const at = part.tokens.indexOf(tok);
        const [prev, next] = [part.tokens[at - 1], part.tokens[at + 1]];
        const kindBefore = !!prev?.excluded && !v.anatomy.has(prev.word) && !v.stopwords.has(prev.word) && !v.descriptors.has(prev.word) && !v.procedureWords.has(prev.word) && !v.procedureSuffix.test(prev.word);
        const operationAfter = !!next?.excluded && (v.procedureWords.has(next.word) || v.procedureSuffix.test(next.word));
        if (v.anatomy.has(t) && !v.descriptors.has(t) && kindBefore && operationAfter) continue;
        // (A describing word is excluded too — "excluding incarcerated", "excluding complex cataract" —
        // but not "open" of "excluding open heart surgery", which is no open route.)
        if (!v.stopwords.has(t) && !BASE_CASE.has(t) && t !== 'open' && !excluding.includes(t)) excluding.push(t);
        continue;
      }
      // "with or without biopsy", "including pectoral muscles", what parentheses say: what the
      // line may include or examples of it, never a limit; nor how it is done ("with embolic protection").
      // (A "with" that says which patients is part of what the line is for: "for patients with
      // special health care needs". Not "Vitrectomy for macular hole with membrane peeling".)
      if (tok.optional || tok.paren || (tok.withClause && !(tok.qualifier && PATIENTS_WITH.test(part.text)))) continue;
      // "for trauma", "following gastric bypass": the line covers only bookings that say so —
      // unless the operation's own name says it ("Suboccipital decompression for Chiari malformation").
      if (tok.qualifier) {
        // ("for infants under 12 months": whose ages the line is for, read apart as its ages.)
        // ("for hemodynamic monitoring" of an arterial or pulmonary artery catheter says what every one is for.)
        if (MONITORING_FOR.test(part.text) && MONITORING_WORDS.has(t)) continue;
        // (Nor where the clause named the line's only operation: "Cannulation for cardiopulmonary bypass and
        // extracorporeal membrane oxygenation" is an ECMO cannulation, its bypass's words no limit.)
        if (forNamed) continue;
        if (!v.stopwords.has(t) && !BASE_CASE.has(t) && !AGE_GROUP.test(t)) {
          if (!qualifierImplied) {
            require(t);
            if (!firm.includes(t) && !NO_LIMIT.has(t)) firm.push(t);
          } else if (!impliedQualifier.includes(t)) impliedQualifier.push(t);
        }
        continue;
      }
      if (bothKinds && t === 'therapeutic') continue;
    }
    // A body site left over narrows the operation to it, even when the concept's forms name that
    // site somewhere ("ORIF" has "ORIF ankle" among its forms; "ORIF of pilon fracture" is still pilon only).
    if (v.anatomy.has(t)) {
      // (Not a word an abbreviation's expansion brought that no wording took: "EUS-guided biliary
      // drainage" is not limited to the "upper" of "upper endoscopic ultrasound".)
      if (mode === 'catalog' && tok.abbreviated) continue;
      // (Nor one listed beside a disease: "Sentinel lymph node biopsy, breast or melanoma" says what
      // it is for, not where — a melanoma's node basin is anywhere.)
      if (mode === 'catalog' && lists.some((items) => items.includes(t) && items.some((o) => o !== t && !v.anatomy.has(o) && DISEASE.test(o)))) continue;
      // ("Cesarean delivery, low transverse or low vertical uterine incision": a pair that names every
      // kind, no site.)
      if (mode === 'catalog' && SITE_PAIRS.some(([a, b]) => (t === a && lineWords().has(b)) || (t === b && lineWords().has(a)))) continue;
      if (wayIn(t)) continue;
      // ("Robotic-assisted thoracic surgery (…): lobectomy, …": the specialty a heading names is no site.)
      if (specialtyHead(t)) continue;
      if (!sites.includes(t)) sites.push(t);
      continue;
    }
    if (v.modifiers.has(t) || v.scheduling.has(t) || v.stopwords.has(t) || extra?.ignored?.has(t) || (tok.corrected && extra?.ignored?.has(tok.corrected))) continue;
    // "infants", "children": the plural of a modifier is one too.
    // Only the plural: an -ing or -ed form may name an operation the modifier does not
    // ("STAGING" is surgical staging, not the "stage" of a staged case).
    // (A word's plural, not a letter's: the "T's" of "T's & A's" is no plural of the modifier "T".)
    if (t.length > 3 && stems(t).some((b) => t.endsWith('s') && (v.modifiers.has(b) || v.scheduling.has(b)))) continue;
    // In a catalog line, a word no phrase used narrows it ("… of mandibular fracture" read as ORIF
    // is ORIF of the mandible), even when another wording of the concept has it.
    if (mode === 'catalog' && !procedureWord && !BASE_CASE.has(t) && !implied(t) && !v.defaultActions.has(t)) {
      // "Rearfoot arthrodesis (subtalar/triple)", "Enteral stent placement (esophageal/colonic)":
      // when parentheses list the kinds, the words before them name the category, not a limit —
      // but a side of the body is still where ("Peripheral nerve blocks, lower extremity (…)").
      // (Nor how much of it: "Laparoscopic hepatic resection, minor (wedge, segmentectomy, …)" is no
      // major hepatectomy; the kinds it lists are what it means by minor — see the matcher.)
      // (Only of an operation the line's main words name: "Orthopedic trauma, minor (closed reduction, …)" names its kinds alone.)
      if (!parenKinds || isBodySide(t) || (EXTENT_HEAD.has(t) && heads.length > 0)) require(t);
      continue;
    }
    if (own(t, procedureWord)) continue;
    // What the operation's name or a broader one's says, it says anyway ("biopsy of solid organs", a kind of "biopsy of any organ").
    if (mode === 'catalog' && !procedureWord && implied(t)) continue;
    // ("Debridement and washout of infected joint", "… banding or ligation of hemorrhoids": an action the
    // name of an operation the line reads says again is that operation's, no other left unread — the
    // line had been read as nothing.)
    if (mode === 'catalog' && procedureWord && implied(t)) continue;
    if (mode === 'catalog' && !procedureWord && !BASE_CASE.has(t) && (v.descriptors.has(t) || v.plain.has(t) || !v.known.has(t))) {
      // A catalog line's own limits ("Complex cataract extraction", "Lower eyelid blepharoplasty",
      // "EGD with control of bleeding"): the line covers only bookings that say so too.
      require(t);
      continue;
    }
    if (v.descriptors.has(t)) continue;
    // A word that names no operation (an English word, a diagnosis, a drug) changes nothing.
    if (!procedureWord && v.plain.has(t)) continue;
    // Biopsies taken through a scope are part of the endoscopy.
    if (t === 'biopsy' && hits.some((h) => h.tokens.some((w) => w.endsWith('scopy') || w.endsWith('oscopy')))) continue;
    // A diagnosis or a participle ("thrombosed", "phimosis") names no operation, even when some
    // concept's wording uses it ("circumcision for phimosis").
    if (!procedureWord && notAnOperation(t, v) && !actionOf(v, t)) continue;
    // "VP shunt placement, revision and removal", "… pump implantation and replacement": an action
    // listed beside the one the line's reading took says what else it privileges with the same device;
    // the line is read as what it names, not left unread (an action alone names no operation here).
    if (mode === 'catalog' && procedureWord && v.deviceActions.has(t) && besideTaken(t)) continue;
    // (So is one of the actions a line lists side by side, "Insertion or removal of chest drain", where
    // the reading took the thing with none of them: the line is read as what it names.)
    // (Only an undoing beside a putting in: "Revision or removal of …" is read as no implantation.)
    if (listedActions && hits.length && (UNDOING.has(t) || t === 'repositioning') && part.tokens.some((x) => PUTTING.has(x.word))) continue;
    // "Administration of electroconvulsive therapy": an action that adds nothing to what the line names.
    if (mode === 'catalog' && v.defaultActions.has(t) && hits.length) continue;
    if (!unknown.includes(t)) unknown.push(t);
    if (!procedureWord && !v.known.has(t) && !unrecognised.includes(t)) unrecognised.push(t);
  }
  // "VATS WEDGE LUL, POSS LOBE", "WHIPPLE, POSS TOTAL PANC", "LAP CHOLE POSS OPEN CBD": an organ a
  // POSS names, where no reading takes any word after it, is an operation that may be done there —
  // not where the booked one is done: unknown.
  // (Worked out only where the part has a POSS: most bookings have none.)
  const maybe = mode === 'booking' ? part.tokens.filter((x) => x.possible && !x.indication).map((x) => x.word) : [];
  if (maybe.length) {
    // The POSS clause as written, to its dash, parenthesis or comma, less its way in ("POSS OPEN CBD"
    // names the duct; "POSS OPEN - GANGRENOUS GB" converts, and what follows the dash is why).
    const placeOf = (w: string) => [w, ...normalizeWord(v, w), ...(v.lexicon.get(w) ?? []).filter((r) => !r.context).flatMap((r) => r.expansion)].find((x) => v.anatomy.has(x) && !v.modifiers.has(x));
    // (Only a clause of places alone — "POSS GB PERFORATION", "POSS RUPTURED APPENDIX" say what may be found —
    // and never one more of a limb's or the surface's extent, a sinus or a bowel a scope reaches:
    // "I&D R HAND POSS FOREARM", "FESS MAXILLARY POSS SPHENOID", "EGD POSS DUODENUM".)
    // (A bowel, a sinus, the kidney or a root only beside an operation that reaches it — "R RAD NEPH POSS
    // COLON" asks for the colectomy — and never the organ the booked operation is on: "WHIPPLE POSS PANCREAS".)
    const booked = hits.flatMap((h) => h.targets.filter((x) => x.concept >= 0).map((x) => v.concepts[x.concept]));
    const reaches = (x: string) => !POSS_REACHED[x] || booked.some((c) => POSS_REACHED[x].test(c.name));
    const own = (x: string) => {
      const forms = [x, ...normalizeWord(v, x)];
      return booked.some((c) => [c, ...c.ancestors.map((a) => v.concepts[a])].some((k) => forms.some((f) => k.home.has(f) || k.words.has(f))));
    };
    const extent = (x: string) => (POSS_EXTENT.has(x) && reaches(x)) || own(x);
    // Every POSS of the part: "VATS WEDGE RUL, POSS OPEN, POSS RML" asks for the middle lobe too.
    const asks = (written: string[]) => {
      if (written.some((w) => POSS_FINDING.has(w) || v.plain.has(w))) return false;
      const clause = written.filter((w) => !POSS_WAY_IN.has(w) && !v.descriptors.has(w) && !(w in v.laterality) && !isBodySide(w) && !/\d/.test(w));
      const places = clause.map(placeOf);
      return clause.length > 0 && places.every((x) => x !== undefined && !extent(x));
    };
    const clauses = [...fold(part.text).matchAll(/(?:\bposs(?:ible|ibly)?\b\.?|\?)\s*([^-\u2013(;,?]*)/g)].map((m) => m[1].split(/[^a-z0-9]+/).filter(Boolean));
    if (clauses.some(asks) && !hits.some((h) => h.tokens.some((w) => maybe.includes(w)))) {
      for (const t of maybe) if (v.anatomy.has(t) && !v.descriptors.has(t) && !v.modifiers.has(t) && !isBodySide(t) && !/\d/.test(t) && !unknown.includes(t)) unknown.push(t);
    }
  }
  if (mode === 'catalog' && clauses) {
    // "Incision and drainage of hand infection, including … deep space abscess": a site of the main
    // clause that only a kind the line lists took in still says where the main operation is.
    for (const t of main) if (v.anatomy.has(t) && !v.descriptors.has(t) && !sites.includes(t) && !wayIn(t) && chosen.some((ph) => ph.tokens.includes(t)) && chosen.every((ph) => !ph.tokens.includes(t) || listsKinds(ph))) sites.push(t);
  }
  if (mode === 'catalog') {
    // (Whether the line names more than one operation: a word of another one's name is no limit below,
    // but "Distal endograft extension" read as the proximal or distal one is the distal.)
    const several = new Set(hits.flatMap((h) => h.targets.map((x) => x.concept))).size > 1;
    // A site the line says twice, once inside a wording of one operation, is said for another too
    // ("Incision and drainage of deep foot abscess and debridement of foot ulcer").
    const folded = fold(part.text);
    // (Not the level an amputation is named by: "…, below-knee and above-knee" says no knee for a toe.)
    const unleveled = folded.replace(/\b(?:below|above|through)[\s-]+(?:knee|elbow)\b/g, ' ');
    for (const t of new Set(part.tokens.map((x) => x.word))) if (v.anatomy.has(t) && (unleveled.match(new RegExp(`\\b${t}\\b`, 'g'))?.length ?? 0) > 1) repeatedSites.push(t);
    if (hits.length > 1) for (const t of repeatedSites) if (covered.has(t) && !sites.includes(t) && !wayIn(t) && hits.some((h) => !h.tokens.includes(t))) sites.push(t);
    // "Open treatment of scaphoid fracture or nonunion": a site before a list says where each item is,
    // though one item's wording took it (the nonunion's repair) and another's names no site (any ORIF).
    if (hits.length > 1) {
      for (const { items, prev } of wordLists(part.text)) {
        // (Only a list of what befell the place, not of operations or parts: "maxillary antrostomy and
        // ethmoidectomy" is no maxillary ethmoidectomy.)
        if (!items.every((w) => INJURY_WORDS.test(w))) continue;
        if (!prev || !v.anatomy.has(prev) || v.descriptors.has(prev) || sites.includes(prev) || wayIn(prev) || !covered.has(prev)) continue;
        const took = hits.filter((h) => h.tokens.includes(prev));
        const without = hits.filter((h) => !h.tokens.includes(prev) && h.tokens.some((t) => items.includes(t)));
        if (took.length && took.every((h) => h.tokens.some((t) => items.includes(t))) && without.some((h) => h.targets.some((x) => x.concept >= 0 && (siteWords(v, x.concept).length === 0 || siteWords(v, x.concept).length > 2)))) {
          sites.push(prev);
          repeatedSites.push(prev);
        }
      }
    }
    // "Biopsy or wedge excision of liver lesion", "Excision anal lesion or condyloma": the place before
    // "lesion" says where every lesion the line names is, though one item's wording took it (the liver
    // biopsy) and another's names none (a skin lesion's excision had covered a BCC of the temple).
    if (hits.length > 1) {
      for (const [i, tok] of part.tokens.entries()) {
        const t = tok.word;
        const next = part.tokens[i + 1];
        if (!next || !LESION_WORDS.has(next.word) || tok.optional || tok.paren || tok.excluded || tok.qualifier || next.optional || next.paren || next.excluded) continue;
        if (!v.anatomy.has(t) || v.descriptors.has(t) || sites.includes(t) || wayIn(t) || !covered.has(t)) continue;
        if (hits.some((h) => h.tokens.includes(t)) && hits.some((h) => !h.tokens.includes(t) && h.tokens.includes(next.word))) {
          sites.push(t);
          repeatedSites.push(t);
        }
      }
    }
    // "Postpartum D&C", "Complex cataract extraction": a word that says which kind, inside a
    // wording of the concept but not in its name, limits the line all the same.
    for (const [i, tok] of part.tokens.entries()) {
      const t = tok.word;
      if (tok.optional || tok.qualifier || tok.excluded || tok.paren || tok.withClause || tok.indication || !covered.has(t) || BASE_CASE.has(t) || bothKinds) continue;
      // "Forearm fasciotomy", "Upper extremity fasciotomy": a limb site inside a wording of an
      // operation done on either limb (its wordings name sites of both) says where the line's
      // operation is: no thigh fasciotomy.
      const limbSide = (t === 'upper' || t === 'lower') && /^(?:extremit|limb)/.test(part.tokens[i + 1]?.word ?? '');
      // (The side of "upper extremity" as a side is, a limit the booking meets by a site on that limb;
      // a list of sites, "… of shoulder, elbow, hip, knee, or ankle", is read as lists are.)
      // (A list on one limb, "of hand and forearm", is where all the same.)
      const acrossLimbs = (items: string[]) => new Set(items.map((x) => limbOf(v, x) ?? x)).size > 1;
      if ((limbSide || (limbOf(v, t) && !v.descriptors.has(t))) && !sites.includes(t) && !lists.some((items) => items.length > 1 && items.includes(t) && acrossLimbs(items)) && hits.some((h) => h.tokens.includes(t) && h.targets.some((x) => x.concept >= 0 && spansLimbs(v, x.concept)))) {
        if (limbSide) require(t);
        else sites.push(t);
        continue;
      }
      if (!(v.descriptors.has(t) || v.plain.has(t)) || v.anatomy.has(t) || v.modifiers.has(t) || v.procedureWords.has(t)) continue;
      // Nor a word of its name or of a broader operation's ("posterior" of a posterolateral fusion, a posterior spinal fusion).
      // (Nor of another operation the line names: the "joint" of "Facet joint injection, medial branch
      // block, and radiofrequency ablation …" is the injection's, not a kind of nerve block.)
      if (hits.some((h) => h.targets.some((x) => x.concept < 0 ? h.tokens.includes(t) : (h.tokens.includes(t) ? [x.concept, ...v.concepts[x.concept].ancestors] : several ? [x.concept] : []).some((c) => saysOne(c, t))))) continue;
      // (Nor where the line says the operation's own name word beside that wording, listing kinds:
      // "Hammertoe, claw toe, and mallet toe correction" is no mallet toe's alone.)
      // (Only a list: the name word in a comma's piece of its own, before the wording's.)
      const pieces = fold(part.text).split(',').map((x) => x.split(/[^a-z0-9]+/));
      const pieceOf = (w: string) => pieces.findIndex((p) => p.includes(w));
      const ownNameBeside = (h: Hit, x: number) => part.tokens.some((o) => o.word !== t && !h.tokens.includes(o.word) && !o.excluded && !o.qualifier && !o.optional
        && v.concepts[x].nameWords.has(o.word) && !v.procedureWords.has(o.word) && !v.procedureSuffix.test(o.word) && !v.stopwords.has(o.word) && !v.anatomy.has(o.word)
        && pieceOf(o.word) >= 0 && pieceOf(t) > pieceOf(o.word));
      if (hits.some((h) => h.tokens.includes(t) && h.targets.some((x) => x.concept >= 0 && ownNameBeside(h, x.concept)))) continue;
      require(t);
    }
  }
  // A catalog line's closing list of sites ("…, cervical or thoracic"), which limits every
  // operation it names; and whether the line names a specific kind of what it reads as.
  // "… of mandibular and zygomatic fractures", "CO2 laser surgery of larynx and pharynx": a site listed
  // beside one left over is the line's too, even where a wording of its operation took it.
  // (A pair only: "X and Y", one site left over.)
  if (mode === 'catalog' && sites.length === 1) {
    for (const items of lists) if (items.length === 2 && items.includes(sites[0])) for (const o of items) if (v.anatomy.has(o) && !v.descriptors.has(o) && covered.has(o) && !sites.includes(o)) sites.push(o);
  }
  const siteTokens = mode === 'catalog' ? part.tokens.filter((t) => !t.optional && !t.qualifier && !t.excluded && v.anatomy.has(t.word)) : [];
  const closingSites = [...new Set(siteTokens.filter((t) => t.trailing && !(siteTokens.some((o) => !o.trailing && o.word === t.word)) && !wayIn(t.word)).map((t) => t.word))];
  // Any "with …" makes the line a specific kind: "Repair of retinal detachment with vitrectomy" is
  // not a scleral buckle, "Partial colectomy with anastomosis" not a Hartmann procedure.
  // (Not a side of the body, which says where as a site does: "…, lower extremity" covers every kind there.)
  // (Not a "with …" that one wording of the line reads with the words before it: "Cardiac
  // resynchronization therapy with coronary sinus left ventricular lead" is how CRT is written.)
  const withWord = new Set(part.tokens.filter((t) => t.withClause).map((t) => t.word));
  for (const t of part.tokens) if (!t.withClause) withWord.delete(t.word);
  const ownWording = (w: string) => hits.some((h) => h.tokens.includes(w) && h.tokens.some((x) => !withWord.has(x)));
  // "… of any major joint": a major joint is the limit (a shoulder, hip, knee…), not any joint.
  if (mode === 'catalog' && required.includes('major') && /\bmajor\s+joints?\b/i.test(part.text)) {
    for (const j of ['joint', 'joints']) if (required.includes(j)) required.splice(required.indexOf(j), 1);
  }
  // (By the limits that stay once listed alternatives are freed: "Colectomy, partial, subtotal or total" lists kinds, no limit.)
  const finalRequired = alternativesOf(cancelPairs(required, words), part.text, (w) => covered.has(w) || v.anatomy.has(w), (w) => v.anatomy.has(w), firm, (w) => !covered.has(w) && !v.anatomy.has(w) && !v.procedureWords.has(w) && !v.procedureSuffix.test(w));
  // (Nor "with" a list of ways it is done, none a kind of it: "…, with direct suture, nerve graft, or nerve
  // conduit", "…, with primary closure or local flap" — every kind of the operation is done one of these ways.)
  const withMain = hits.filter((h) => h.tokens.some((x) => !withWord.has(x))).flatMap((h) => h.targets.map((x) => x.concept)).filter((c) => c >= 0);
  // (Only ways of closing or the device it uses, never an operation of their own: "Mastectomy with
  // immediate or delayed reconstruction" stays a mastectomy with reconstruction, no DIEP flap alone.)
  const waysListed = mode === 'catalog' && /\bwith\s+[^;()]*?\bor\b/i.test(part.text) && !/\bwith\s+or\b/i.test(part.text)
    && /\bwith\s+[^;()]*\b(?:closure|closures|suture|sutures|expanders?|implants?)\b/i.test(part.text)
    && !hits.some((h) => h.tokens.every((x) => withWord.has(x)) && h.targets.some((x) => x.concept >= 0 && withMain.some((m) => v.concepts[x.concept].ancestors.includes(m))));
  // (A word freed as another kind still makes the line one of its kinds, but an extent: "… of maxillary and
  // midface fractures" is no metatarsal's, "Colectomy, partial, subtotal or total" every colectomy.)
  // (Nor a note in parentheses after a with-clause: "Free tissue transfer with microvascular anastomosis (special)".)
  // ("Diagnostic angiography, all vascular beds": "diagnostic" is the name of what it covers, every kind of it.)
  const diagnosticNamed = hits.some((h) => h.tokens.includes('diagnostic') && h.targets.every((x) => x.concept >= 0 && v.concepts[x.concept].nameWords.has('diagnostic')));
  const specific = mode === 'catalog' && ([...finalRequired, ...required.filter((w) => !EXTENT_KINDS.has(w))].some((w) => !isBodySide(w) && !VESSEL_KIND.has(w)) || part.tokens.some((t) => (t.withClause && !waysListed && !ownWording(t.word) && !(t.paren && (v.modifiers.has(t.word) || v.stopwords.has(t.word) || t.word === 'special'))) || (t.word === 'diagnostic' && !bothKinds && !diagnosticNamed)));
  // "Splenectomy, total or partial", "Adrenalectomy, partial or total": of two extents listed as
  // alternatives, one that names no kind of its own ("total splenectomy") is the operation itself — the
  // line is every splenectomy, not the partial one alone (a LAP SPLENECTOMY had been "not which").
  if (mode === 'catalog' && present.has('partial')) {
    const taken = new Set(hits.flatMap((h) => h.tokens));
    const folded = fold(part.text);
    // (Only the whole of it unnamed, "total" or "complete", beside "partial" — "Colectomy, subtotal or total" is no
    // sigmoid colectomy — where a kind names the partial one; and only where the line
    // says nothing else of it — "Lumbar laminectomy, …", "Ovarian cystectomy, …", "Small joint arthroplasty of the
    // hand, …" keep their place and kind, which the bare operation would drop.)
    const said = part.tokens.filter((t) => !t.optional && !t.paren && !t.excluded && !t.qualifier && !t.indication).map((t) => t.word);
    // (Nor one with kinds of its own beyond how much and which way in: "Nephrectomy, partial or total" is no
    // living donor's or transplant nephrectomy.)
    const plainKinds = (a: number) => v.concepts.every((k) => !k.ancestors.includes(a) || [...k.nameWords].every((w) => v.concepts[a].nameWords.has(w) || /^(?:partial|total|complete|laparoscopic|open|robotic|robot|assisted)$/.test(w)));
    for (const h of [...hits]) {
      const kind = h.tokens.find((t) => t === 'partial' && ['total', 'complete'].some((o) => present.has(o) && !taken.has(o)
        && new RegExp(`\\b${t}\\s*(?:,|/|\\bor\\b|\\band/or\\b)\\s*${o}\\b|\\b${o}\\s*(?:,|/|\\bor\\b|\\band/or\\b)\\s*${t}\\b`).test(folded)));
      if (!kind || !said.every((w) => h.tokens.includes(w) || w === 'total' || w === 'complete')) continue;
      const rest = h.tokens.filter((t) => t !== kind);
      for (const t of h.targets) {
        if (t.concept < 0) continue;
        // (The operation those other words name, all of them: a "total vaginal hysterectomy" is no hysterectomy of any kind.)
        const parent = v.concepts[t.concept].ancestors.find((a) => [...v.concepts[a].nameWords].every((w) => rest.includes(w)) && rest.every((w) => v.concepts[a].nameWords.has(w)) && plainKinds(a));
        if (parent !== undefined && !hits.some((o) => o.targets.some((x) => x.concept === parent))) hits.push({ targets: [{ ...t, concept: parent }], tokens: rest, ...(h.listed ? { listed: h.listed } : {}) });
      }
    }
  }
  // ("…, excluding cervical spine": the region a narrower excluded place is within names that place, not the whole region.)
  let excludes = excluding.filter((w) => !excluding.some((o) => o !== w && (v.within.get(o) ?? []).some((r) => r.length === 1 && r[0] === w)));
  // "Revision or removal of spinal cord stimulator leads or pulse generator, excluding paddle leads": a word
  // the line's own operation says is no exclusion by itself where the excluded words name more — the
  // paddle is what is excluded, not every lead the line names.
  if (mode === 'catalog' && excludes.length > 1) {
    const own = new Set(part.tokens.filter((t) => !t.excluded).map((t) => t.word));
    const distinct = excludes.filter((w) => w === PREGNANCY_MARK || !own.has(w));
    if (distinct.some((w) => w !== PREGNANCY_MARK) && distinct.length < excludes.length) excludes = distinct;
  }
  // ("abdominal and peripheral vascular injuries": a place paired with a word that names no place is no limit —
  // the line is every such vessel's.)
  const pairedSites = vesselPairs.filter((p) => p.places.length === 1).flatMap((p) => p.places);
  if (pairedSites.length) for (const w of pairedSites) if (sites.includes(w)) sites.splice(sites.indexOf(w), 1);
  return { part, hits, sites, unknown, unrecognised, ...(impliedQualifier.length ? { impliedQualifier } : {}), ...(repeatedSites.length ? { repeatedSites } : {}), required: finalRequired, firm, excluding: excludes, closingSites, specific };
}

/**
 * "Fixation of metacarpal or phalangeal fracture", "Umbilical, epigastric or ventral hernia
 * repair": a word listed as an alternative of one the line's reading used (an operation's word or
 * a site) is another kind the line covers, never a limit on it. (Limits from a "for …" clause stay.)
 */
function alternativesOf(required: string[], text: string, used: (w: string) => boolean, isSite: (w: string) => boolean, firm: string[], describes: (w: string) => boolean): string[] {
  if (!required.length) return required;
  const free = new Set<string>();
  for (const { items, next, then, prev } of wordLists(text)) {
    // "… distal femur and bicondylar tibial plateau fractures": a last item followed by a site
    // describes that site ("bicondylar tibial plateau"), it is no alternative of "femur".
    // "… tooth or exposed root": an item that only describes the word after it stands with that word.
    let alternatives = next && isSite(next) ? items.slice(0, -1) : next && describes(items[items.length - 1]) ? [...items, next] : items;
    // "… of solid organs, lung, bone": so does a word that only describes the first item.
    // (Not the side of an operation: "Left hemicolectomy or sigmoid colectomy" is no right hemicolectomy.)
    const sideOf = (prev === 'left' || prev === 'right') && /(?:ectomy|otomy|ostomy|plasty)$/.test(items[0]);
    if (prev && describes(prev) && !BASE_CASE.has(prev) && !sideOf) alternatives = [prev, ...alternatives];
    // "…, open or tubular microendoscopic approach": the word between the last item and "approach" is
    // that item's, one of the ways listed.
    if (next && then && /^(?:approach(?:es)?|techniques?)$/.test(then) && !isSite(next)) alternatives = [...alternatives, next];
    // (Each in its written form and its stems: "solid organs, lung, bone" frees the limit "organ".)
    if (alternatives.length > 1 && alternatives.some(used)) for (const w of alternatives) for (const x of [w, ...stems(w)]) free.add(x);
  }
  return free.size ? required.filter((w) => !free.has(w) || firm.includes(w)) : required;
}

/** What befalls a place, listed after it ("scaphoid fracture or nonunion", "… fractures and dislocations"). */
/** What is excised or biopsied at a place: the place before it says where ("liver lesion"). */
const LESION_WORDS = new Set(['lesion', 'lesions', 'mass', 'masses', 'tumor', 'tumors', 'tumour', 'tumours', 'cyst', 'cysts', 'nodule', 'nodules']);
const INJURY_WORDS = /^(?:fractures?|nonunions?|malunions?|dislocations?|subluxations?|injury|injuries|instability)$/;

/**
 * The lists of single words a text names ("liver or renal", "umbilical, epigastric or ventral"),
 * folded, each with the word before it and the two that follow it.
 */
export function wordLists(text: string): Array<{ items: string[]; next?: string; then?: string; prev?: string }> {
  const folded = fold(text);
  return [...folded.matchAll(/[a-z]+(?:\s*,\s*[a-z]+)*\s*,?\s*\b(?:or|and)\s+[a-z]+/g)].map((m) => ({
    // (A serial comma's "or"/"and" is no item: "placement, exchange, or removal".)
    items: m[0].split(/\s*,\s*(?:(?:or|and)\s+)?|\s+(?:or|and)\s+/).map((w) => w.trim()).filter(Boolean),
    next: /^\s*([a-z]+)/.exec(folded.slice((m.index ?? 0) + m[0].length))?.[1],
    then: /^\s*[a-z]+\s+([a-z]+)/.exec(folded.slice((m.index ?? 0) + m[0].length))?.[1],
    prev: /([a-z]+) $/.exec(folded.slice(0, m.index ?? 0))?.[1],
  }));
}

/** A disease's name ("melanoma", "carcinoma", "cellulitis", "endometriosis"): what an operation is for, never where. */
const DISEASE = /^(?:[a-z]{3,}(?:oma|omas|itis|osis)|cancer|malignancy)$/;

/** Site words that, said with their partner, name kinds of an incision, not where: "low transverse or low vertical". */
const SITE_PAIRS: Array<[string, string]> = [['transverse', 'vertical'], ['upper', 'lower']];
/** A route a line lists its ways in beside ("open or vaginal"). */
const ROUTE_WORDS = 'open|laparoscopic|robotic|endoscopic|percutaneous|minimally';
/** Whether a way-in place is joined to a route, or to its partner before "approach", by "or"/"and". */
function wayInSaid(folded: string, t: string): boolean {
  return new RegExp(`\\b(?:${ROUTE_WORDS})\\s+(?:or|and)\\s+${t}\\b|\\b${t}\\s+(?:or|and)\\s+(?:${ROUTE_WORDS})\\b`).test(folded)
    || ((t === 'abdominal' || t === 'perineal') && /\b(?:abdominal|perineal)\s+(?:or|and)\s+(?:abdominal|perineal)\s+approach/.test(folded));
}
/** Places named as a way in: "vaginal" beside "open" is the route, where "thoracolumbar" stays a place. */
const WAY_IN = /^(?:vaginal|abdominal|perineal|transanal|transvaginal|transabdominal|transperitoneal|retroperitoneal)$/;

/** "upper and lower extremity", "anterior or posterior": both sides of a pair name every case, no limit. */
const PAIRS: Array<[string, string]> = [['upper', 'lower'], ['anterior', 'posterior'], ['medial', 'lateral'], ['proximal', 'distal'], ['superior', 'inferior'], ['primary', 'revision'], ['adult', 'pediatric'], ['benign', 'malignant'], ['partial', 'total'], ['simple', 'complex'], ['acute', 'chronic'], ['internal', 'external'], ['partial', 'complete'], ['rigid', 'flexible'], ['arterial', 'venous'], ['single', 'multiple'], ['separately', 'combined'], ['tunneled', 'nontunneled'], ['cemented', 'uncemented'], ['unilateral', 'bilateral'], ['diagnostic', 'therapeutic'], ['horizontal', 'vertical'], ['singleshot', 'continuous'], ['singleshot', 'catheter'], ['open', 'closed'], ['deceased', 'living'], ['uniplanar', 'multiplanar'], ['endocardial', 'epicardial'], ['ablative', 'nonablative'], ['single', 'staged']];
/** The other side of each pair a word is on ("posterior": anterior). */
const PARTNERS = new Map<string, string[]>();
for (const [a, b] of PAIRS) for (const [x, y] of [[a, b], [b, a]]) PARTNERS.set(x, [...(PARTNERS.get(x) ?? []), y]);
export function partnersOf(w: string): readonly string[] {
  return PARTNERS.get(w) ?? [];
}

/**
 * Whether words say the other side of a pair one of `limit` is on, and not that one: "external" (or
 * a word made on the other side, "anterolateral") against "internal jugular", "posterior approach".
 */
export function saysOtherSide(limit: readonly string[], said: ReadonlySet<string>): boolean {
  const stem = (x: string) => x.slice(0, Math.max(4, x.length - 3));
  return limit.some((w) => !said.has(w) && partnersOf(w).some((x) => said.has(x) || [...said].some((y) => y.startsWith(stem(x)) && !y.startsWith(stem(w)))));
}

/** A catalog line's closing "…, X only" ("…, internal jugular or femoral vein only"): what it keeps the line to. */
const ONLY_CLAUSE = /,\s*([^,;()]+?)\s+only\b/i;
export function onlyClause(text: string): string | undefined {
  return ONLY_CLAUSE.exec(text)?.[1];
}

function cancelPairs(required: string[], said: string[]): string[] {
  // Both named anywhere in the line ("Amputation of the upper and lower extremity"): one of them
  // taken in by a wording leaves the other no limit.
  const gone = new Set(PAIRS.filter(([a, b]) => (required.includes(a) || required.includes(b)) && said.includes(a) && said.includes(b)).flat());
  return gone.size ? required.filter((w) => !gone.has(w)) : required;
}

/** A booking naming several operations or alternatives: "HEMI VS THA", "TURP OR PVP", "POSS LAPAROTOMY", "TKA AND UKA". */
/** "…, including X when performed" (when indicated, if needed): a step of the line's operation, done when called for. */
export const WHEN_CALLED_FOR = /,?\s*\bincluding\s+([^;()]*?)\s+(?:when|if|as)\s+(?:performed|indicated|needed|required|necessary)\b/gi;
/** A dental action and the primary teeth it names by letter ("ext D,E,F,G", "ssc A, B", "pulpotomy K,T"). */
/** What a dentist does to a tooth, as a schedule writes it beside the tooth's number. */
const DENTAL_ACT = /\b(?:ext|exts|extract\w*|ssc|sscs|pulpotomy|pulpectomy|comp|composite|amalgam|crown|crowns|imp|implant|implants|rct|filling|fillings|restoration|restorations|sealants?|apexification|ipc|dpc|pfm|bridge|veneer|onlay|inlay|exposure|uncover\w*)\b/;
const PRIMARY_TEETH = /\b(ext|exts|extract|extraction|extractions|ssc|sscs|pulpotomy|pulpotomies|pulpectomy|pulpectomies|crowns?|fillings?|restorations?)\s+([a-t](?:\s*(?:,|&|\band\b|\s)\s*[a-t])*)\b(?![a-z0-9&/'-])/g;
/** What a booking joins two operations with ("ORIF R ANKLE AND SYNDESMOSIS", "… W/ SYNDESMOTIC SCREW", "…, ANKLE SYNDESMOSIS"). */
const BOOKED_APART = /\s+(?:and|&|\+|w|with)\s+|\s+w\/\s*|\s*[,+]\s*/;
const ALTERNATIVES = /\b(?:vs|versus|or|and|poss|possible|possibly)\b|\?\s*(?=[a-z])/i;

/** A "for …" clause naming patients by what they have: "for patients with …", "in children with …". */
const PATIENTS_WITH = /\b(?:for|in)\s+(?:\w+\s+)?(?:patients?|children|child|adults?|infants?|women|men|persons?|individuals?)\s+with\b/i;

/** A specialty's adjective ("urologic", "podiatric"): before "surgery" or "procedures" it says whose, not which. */
const SPECIALTY_ADJECTIVE = /^(?:urologic(?:al)?|orthop(?:a)?edic|gyn(?:a)?ecologic(?:al)?|podiatric|neurosurgical|neurological|otolaryngologic(?:al)?|cardiothoracic|urogynecologic(?:al)?)$/;
/**
 * Specialties that are places too, with the vocabulary's specialty key: no limit where every operation
 * the line names is that specialty's ("Robotic-assisted thoracic surgery (…): lobectomy, …"), a limit
 * where one is not ("Colorectal surgery: excision of lesion" is no facial skin lesion's).
 */
const SPECIALTY_PLACE: Record<string, string> = { colorectal: 'colorectal-surgery', thoracic: 'cardiothoracic-surgery', vascular: 'vascular-surgery', bariatric: 'bariatric-surgery' };
/** The kind of vessel a line says its operation is in ("Atherectomy of lower extremity arteries"): where, a limit still, but no narrower kind of the operation (a rotational atherectomy is one of the line's). */
const VESSEL_KIND = new Set(['artery', 'arteries', 'arterial', 'vein', 'veins', 'venous']);
/** How much of an operation a line's heading says before the kinds it lists ("Catheter ablation, complex (AF, VT)"): a limit all the same, which a listed kind says. */
export const EXTENT_HEAD = new Set(['minor', 'major', 'complex', 'simple']);
/** Words that say which kind or how much of an operation ("partial, subtotal or total"): listed as alternatives, the line is every kind. */
const EXTENT_KINDS = new Set([...PAIRS.flat(), 'subtotal', 'radical', 'segmental', 'lobar', 'extended', 'modified']);
/** How many or which, said of every case: "…, one or more levels", "excision of pilonidal disease", "Arthrotomy of any major joint" limit nothing by these words (nor "approach": "…, posterior approach only" is told apart by "posterior"; nor the "tract" of "gastrointestinal tract", "pilonidal sinus tract", told apart by the word before it; nor "any indication"; nor the "soft" of "soft tissue", a wording's noun; nor the "tears" of "Arthroscopic repair of rotator cuff tears", what is repaired; nor the "system" of "Robotic-assisted total knee arthroplasty, MAKO system", the device's). */
const NO_LIMIT = new Set(['disease', 'tear', 'tears', 'one', 'more', 'any', 'all', 'every', 'course', 'courses', 'session', 'sessions', 'approach', 'approaches', 'tract', 'tracts', 'indication', 'indications', 'soft', 'only', 'system', 'systems']);

/** "for invasive hemodynamic monitoring": what a catheter line is for, said of every such catheter. */
export const MONITORING_FOR = /\bfor\s+(?:invasive\s+)?(?:hemodynamic\s+)?monitoring\b/i;
const MONITORING_WORDS = new Set(['invasive', 'hemodynamic', 'monitoring']);

/** Who by age: the ages a line is for (procedures/ages reads them), not words a booking must say. */
const AGE_GROUP = /^(?:infants?|neonates?|neonatal|newborns?|child|children|pediatric|paediatric|adolescents?)$/;

/** Words that name the ordinary case of an operation: in a catalog line they limit nothing ("Cystoscopy, diagnostic"). */
const BASE_CASE = new Set(['diagnostic', 'screening', 'simple', 'routine', 'primary', 'initial', 'standard', 'uncomplicated', 'elective', 'adult', 'adults', 'patient', 'patients']);

/**
 * "Dilation and curettage, non-obstetric", "Total abdominal hysterectomy, non-obstetric": the line
 * covers a booking that says nothing of a pregnancy, and none that does — this mark among a line's
 * excluded words stands for that (the matcher asks `saysPregnancy`).
 */
export const PREGNANCY_MARK = '@pregnancy';

/**
 * The targets of a phrase this part can mean: a target whose form names approaches needs them in
 * the booking; among twins (the same words, one named by its approach — TAVR beside AVR), the one
 * naming the booking's approaches wins.
 */
const ANYWHERE = new Set(['tumor', 'tumors', 'tumour', 'mass', 'masses', 'lesion', 'lesions', 'nodule', 'nodules']);
/** Whether an operation is open by name, or is a broader one with kinds open by name (fracture treatment, of ORIF). */
const openKinds = new WeakMap<Vocabulary, Set<number>>();
function opensKinds(v: Vocabulary, c: number): boolean {
  let set = openKinds.get(v);
  if (!set) {
    set = new Set<number>();
    for (const [i, k] of v.concepts.entries()) if (/\bopen\b/i.test(k.name)) { set.add(i); for (const a of k.ancestors) set.add(a); }
    openKinds.set(v, set);
  }
  return set.has(c);
}

function usable(v: Vocabulary, ph: Phrase, part: Part, mode: 'booking' | 'catalog' = 'booking'): PhraseTarget[] {
  const approaches = part.approaches;
  // A form written with another operation's abbreviation and a kind ("leadless PPM") does not take a
  // catalog line that lists that kind among others: "Permanent pacemaker implantation, transvenous or
  // leadless" names the transvenous pacemaker too.
  const family = (w: string) => v.kindOf.get(w)?.split(':')[0];
  const listsOthers = mode === 'catalog' && ph.targets.some((t) => t.shorthand) && ph.tokens.some((w) => family(w) !== undefined && part.tokens.some((x) => x.word !== w && family(x.word) === family(w)));
  // (Nor, there, a broader operation's formal words: "Transcatheter aortic valve replacement" is every
  // TAVR, though a transfemoral one's shorthand comes to the same words.)
  const broaderFormal = (t: PhraseTarget) => mode === 'catalog' && ph.targets.some((o) => !o.shorthand && o.concept >= 0 && t.concept >= 0 && v.concepts[t.concept].ancestors.includes(o.concept));
  let targets = ph.targets.filter((t) => (!t.shorthand || (!listsOthers && !broaderFormal(t)))
    && (!t.requires || t.requires.every((a) => approaches.includes(a))) && (!t.context || [...t.context].some((c) => part.context.has(c))));
  // "Closed reduction and percutaneous K-wire fixation": a wording that says "open" ("open reduction and
  // K-wire fixation") names no operation of a line that says closed or percutaneous and never open.
  // (Nor an operation its name says is open, or a broader one that takes in open kinds: "Closed treatment of
  // metacarpal fracture, …, with or without percutaneous fixation" is no metacarpal ORIF, nor any fracture's treatment.)
  if (mode === 'catalog' && !approaches.includes('open') && /\bclosed\b|\bpercutaneous/i.test(part.text) && !/\bopen\b/i.test(part.text)) {
    targets = targets.filter((t) => !t.approaches.includes('open') && (t.concept < 0 || !opensKinds(v, t.concept)));
  }
  // ("Lower extremity endovascular revascularization, iliac, femoral-popliteal and tibial-peroneal, …": an
  // endovascular line names no operation done only open, a bypass its list of arteries spells.)
  if (mode === 'catalog' && /\bendovascular\b/i.test(part.text) && !/\bopen\b|\bsurgical\b|\bbypass/i.test(part.text)) {
    targets = targets.filter((t) => t.concept < 0 || v.concepts[t.concept].implies.join() !== 'open');
  }
  // ("Resection of prostate, open approach": a line whose only way in is open names no operation its name says is
  // done through a scope, a TURP, whose words ("resection of prostate") the line's words are.)
  // (Nor one whose only ways in are open or laparoscopic: "Resection of prostate, percutaneous endoscopic approach" is no TURP.)
  if (mode === 'catalog' && approaches.length > 0 && approaches.every((a) => a === 'open' || a === 'laparoscopic')) {
    const scoped = approaches.includes('laparoscopic') ? /\b(?:transurethral|hysteroscopic|arthroscopic|thoracoscopic|endoscopic|cystoscopic|ureteroscopic)\b/i
      : /\b(?:transurethral|hysteroscopic|arthroscopic|laparoscopic|thoracoscopic|endoscopic|cystoscopic|ureteroscopic)\b/i;
    targets = targets.filter((t) => t.concept < 0 || !scoped.test(v.concepts[t.concept].name) || ph.tokens.some((w) => scoped.test(w)));
  }
  // ("Arthrocentesis/injection, small joint": no major joint's injection, nor a small joint's under a major-joint line.)
  if (mode === 'catalog') {
    const small = /\bsmall\b/i.test(part.text);
    if (small !== /\bmajor\b/i.test(part.text)) {
      const other = small ? /\bmajor\b/i : /\bsmall\b/i;
      targets = targets.filter((t) => t.concept < 0 || !other.test(v.concepts[t.concept].name));
    }
  }
  // "Arthrotomy of shoulder, …, with or without synovectomy or loose body removal", "OPEN LOOSE BODY
  // REMOVAL": a wording that stands for an arthroscopy does not, where the text says the joint is opened.
  if (/\b(?:arthrotomy|open)\b/i.test(part.text) && !/arthroscop|\bscope\b/i.test(part.text)) {
    targets = targets.filter((t) => t.concept < 0 || !/arthroscop/i.test(v.concepts[t.concept].name) || ph.tokens.some((w) => /arthroscop|scope/.test(w)));
  }
  // (Nor the other way: "KNEE SCOPE I&D" is no arthrotomy.)
  if (/arthroscop|\bscope\b/i.test(part.text) && !/\b(?:arthrotomy|open)\b/i.test(part.text)) {
    targets = targets.filter((t) => t.concept < 0 || !/arthrotomy/i.test(v.concepts[t.concept].name) || ph.tokens.includes('arthrotomy'));
  }
  // A wording for one context is what the words mean there: "arthroscopy" beside "temporomandibular" is a TMJ arthroscopy.
  if (targets.some((t) => t.context) && targets.some((t) => !t.context)) targets = targets.filter((t) => t.context);
  // (The text's own words before its department's: "angioplasty" in a "Percutaneous dialysis circuit
  // intervention" line of a heart and vascular department is the dialysis access's, no PCI.)
  const around = part.around;
  if (around && targets.length > 1) {
    const own = targets.filter((t) => t.context && [...t.context].some((c) => part.context.has(c) && !around.has(c)));
    if (own.length && own.length < targets.length) targets = own;
  }
  // (Of readings their context picks out, the one more of the text's own words pick out: "thermal
  // ablation" in a line of a rigid bronchoscopy's tracheobronchial work is the airway tumor's, not
  // the tumor ablation a radiologist does through the skin.)
  if (targets.length > 1 && targets.every((t) => t.context)) {
    // (Words that say what is treated anywhere, "tumor", "mass", "lesion", tell no reading apart.)
    const met = (t: PhraseTarget) => [...t.context!].filter((c) => part.context.has(c) && !around?.has(c) && !ANYWHERE.has(c)).length;
    const best = Math.max(...targets.map(met));
    if (best > 0 && targets.some((t) => met(t) < best)) targets = targets.filter((t) => met(t) === best);
  }
  // A concept and a broader one on the same words: the narrower is what the words name.
  if (targets.length > 1) {
    const ids = new Set(targets.map((t) => t.concept));
    targets = targets.filter((t) => t.concept < 0 || !targets.some((o) => o.concept >= 0 && o.concept !== t.concept && v.concepts[o.concept].ancestors.includes(t.concept) && ids.has(o.concept)));
  }
  if (new Set(targets.map((t) => t.concept)).size <= 1) return targets;
  const named = (t: PhraseTarget) => t.approaches.filter((a) => TWIN_APPROACHES.has(a));
  const fit = targets.filter((t) => named(t).every((a) => approaches.includes(a)));
  if (!fit.length) return targets;
  const best = Math.max(...fit.map((t) => named(t).length));
  return fit.filter((t) => named(t).length === best);
}

/**
 * A word InScope does not know that still cannot name an operation: a dose or a measure (84mg,
 * q2wk, 17yo, 20fr), a model or gene code mixing letters and digits (SN60WF, C3F8, BRCA1), a
 * diagnosis (-itis, -osis, -oma…), or a longer adjective or participle (positive, swallowed). A short
 * unknown word may be an operation's abbreviation: it still makes the part unknown.
 */
export function notAnOperation(t: string, v?: Vocabulary): boolean {
  if (v?.findings.has(t)) return true;
  if (/^\d+(\.\d+)?[a-z]{1,5}$/.test(t) || /^q\d+[a-z]*$/.test(t)) return true;
  if (/[a-z]/.test(t) && /\d/.test(t)) return true;
  if (t.length >= 6 && /(itis|osis|omas?|emia|algia|pathy|iasis|ectasis|plasia|trophy|penia|rrhea|rrhage|uria|cele)$/.test(t) && !/stoma$/.test(t)) return true;
  return t.length >= 6 && /(ed|ive|ous|ful|less|ible|ic|ly|ment|ness|ity)$/.test(t);
}



/** "removed", "repaired": a participle of a word that names an operation still names it. */
function actionOf(v: Vocabulary, t: string): boolean {
  const m = /^(.+?)(ed|ing)$/.exec(t);
  if (!m) return false;
  return [m[1], `${m[1]}e`, `${m[1]}al`, m[1].replace(/(.)\1$/, '$1')].some((b) => v.procedureWords.has(b) || v.defaultActions.has(b) || CHANGING.has(b) || REVERSING.has(b) || v.procedureSuffix.test(b));
}


/** A catalog line that lists operations: a comma, "and", "or", a slash or an ampersand. */
const LIST = /,|\band\b|\bor\b|\/|&/i;
/** A catalog line that is only single words listed: "TLH or LAVH", "TLIF/PLIF". */
const WORD_LIST = /^\s*[a-z0-9-]+(?:\s*(?:,|\/|\bor\b|\band\b|\band\/or\b)\s*[a-z0-9-]+)+\s*$/i;

/** Approaches that name a different operation when a concept's name carries them (transcatheter, endovascular, percutaneous, open). */
const TWIN_APPROACHES = new Set(['percutaneous', 'open', 'endoscopic', 'laparoscopic']);

export function conceptName(v: Vocabulary, c: number): string {
  return v.concepts[c]?.name ?? '';
}

export type { CompiledConcept };

/** A concept whose name holds every word of another's name and says an approach that other is not done by ("Open …" beside TEVAR). */
function otherWay(v: Vocabulary, concept: number, named: number, approaches: readonly string[]): boolean {
  if (concept === named || v.concepts[concept].ancestors.includes(named) || v.concepts[named].ancestors.includes(concept)) return false;
  if (![...v.concepts[named].nameWords].every((w) => v.concepts[concept].nameWords.has(w))) return false;
  const says = v.concepts[concept].name.toLowerCase().split(/[^a-z]+/).flatMap((w) => (v.lexicon.get(w) ?? []).filter((r) => !r.context && r.concept === undefined).flatMap((r) => r.expansion.filter((x) => x.startsWith('@')).map((x) => x.slice(1))));
  return says.length > 0 && !says.some((a) => approaches.includes(a));
}

/** An operation only eye surgeons do (every specialty of it ophthalmology). */
function eyeOnly(v: Vocabulary, concept: number): boolean {
  const s = v.concepts[concept].specialties;
  return s.length > 0 && s.every((x) => x === 'ophthalmology');
}
