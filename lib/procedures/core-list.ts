/**
 * A "core privileges" paragraph, as many delineation-of-privileges forms write a specialty's core:
 * "Core privileges in general surgery include the ability to admit, evaluate, diagnose, treat and provide
 * consultation to patients 14 years of age and older presenting with … The core privileges include the
 * following procedures: appendectomy; cholecystectomy with or without intraoperative cholangiography; …".
 * A coordinator who pastes it as one catalog line privileges each procedure it lists, and only those:
 * its opening sentence names the organs and systems a specialty treats, no operation and no limit on one.
 * Each item is read as a line of its own under the paragraph's name (lib/procedures/matcher.ts); the
 * paragraph's ages are each item's.
 *
 * Fail safe: a paragraph is read item by item only where it says nothing beyond its list that could
 * limit the list. Its opening sentence may use only the plain words such openings use (`OPENING_WORDS`,
 * the organs and systems, an age "14 years of age and older", "open and conventional laparoscopic");
 * after the list it may say only that robotic surgery needs a privilege of its own; no item may take
 * something out or limit the others. A paragraph that says more ("Core privileges do not include …",
 * "…, except substernal thyroidectomy", "Note: … require separate privileges", "Advanced laparoscopic
 * privileges include …", "to adolescent and adult patients") is not read at all: none of its words
 * privilege anything, and `inscope validate` lists it among the lines InScope could not read, for the
 * coordinator to enter its procedures as lines of their own.
 */

/** How the list opens: "… include the following procedures:", "… include, but are not limited to:". */
const LIST_OPENING = /\b(?:include|includes|including)\b,?(?:\s*(?:but\s+(?:are|is)\s+)?not\s+limited\s+to)?,?(?:\s+the\s+following)?(?:\s+(?:procedures|operations|privileges))?\s*:\s*/gi;

/** What a core paragraph's first sentence says: the privilege to admit, evaluate, diagnose, treat or consult. */
const CORE_PREAMBLE = /\bcore\b[\s\S]*\b(?:admit|evaluate|diagnose|treat|consult(?:ation)?)\b/i;

/** The words an opening sentence may use and limit nothing by (besides the body's places, which the caller knows). */
const OPENING_WORDS = new Set(`core privileges privilege in of for the a an include includes including ability to admit evaluate evaluation diagnose diagnosis treat
treatment provide provides consultation consultations and or pre intra post preoperative intraoperative postoperative perioperative care
management manage patients patient persons all ages presenting present with illnesses illness injuries injury disorders disorder diseases
disease conditions condition deformities deformity anomalies its contents system systems tract structures related function functions
surgical surgery procedures procedure perform performing operative nonoperative medical services service specialty area areas antepartum
intrapartum postpartum female male adult gynecological gynecologic genitourinary musculoskeletal cardiovascular alimentary endocrine
reproductive urinary soft tissue tissues skin breast head neck face ears ear nose throat paranasal sinuses sinus oral cavity pharynx larynx
heart vascular vessels abdomen abdominal chest thorax thoracic spine extremities extremity nervous respiratory digestive gastrointestinal
hepatobiliary pelvis pelvic general orthopedic orthopaedic obstetrics obstetric gynecology urology urologic otolaryngology cardiology
anesthesiology anesthesia surgeon surgeons also as well which who may be is are this these such other bones bone joints joint ligaments
ligament muscles muscle tendons tendon nerves nerve peripheral circulatory undergoing diagnostic therapeutic obstetrical kidneys kidney`.split(/\s+/));

/** That robotic surgery needs a privilege of its own: "Robotic-assisted procedures require special privileges". */
const ROBOT_APART = 'robot(?:ic)?(?:[-\\s]assisted)?\\s+(?:surgery|procedures|approaches|techniques|cases)\\s+requires?\\s+(?:special|separate|additional)\\s+(?:privileges|credentialing)';
/** What may follow the list: that sentence alone. */
const ROBOT_ONLY = new RegExp(`^\\s*${ROBOT_APART}\\s*\\.?\\s*$`, 'i');
/** The same said in the opening's parentheses. */
const ROBOT_ASIDE = new RegExp(`\\(\\s*${ROBOT_APART}\\s*\\)`, 'gi');
/** An item's own "with or without …", which limits nothing: "cholecystectomy with or without cholangiography". */
const WITH_OR_WITHOUT = /\bwith\s+or\s+without\b/gi;

/** Words by which an item takes something out or limits the others. */
const ITEM_LIMIT = /\b(?:not|no|exclusions?|separate(?:ly)?|requires?|required|privileged|performed|only|all|each|every|none|note|limited|unless|however|refer(?:red)?)\b/i;
/** An item's own exclusion ("… of the upper and lower extremities, excluding the pelvis"), read as a line's is: at semicolons only. */
const ITEM_EXCLUSION = /\b(?:except|excluding|excludes?|other\s+than)\b/i;

/** What a paragraph is, as the matcher reads it: no core paragraph, one read item by item, or one it will not read. */
export type CoreParagraph = { items: string[] } | { refused: string } | undefined;

/**
 * Reads a catalog name as a core paragraph. `namesOperation` tells whether an item says more than
 * places; `isPlace` whether a word is a body site.
 */
export function coreParagraph(name: string, namesOperation: (item: string) => boolean = () => true, isPlace: (word: string) => boolean = () => false): CoreParagraph {
  // (A paragraph, not a line with a colon: "Sympathetic blocks: stellate ganglion, …" is read as its own line.)
  if (name.length < 150) return undefined;
  const openings = [...name.matchAll(LIST_OPENING)];
  if (!openings.length || !CORE_PREAMBLE.test(name.slice(0, openings[openings.length - 1].index))) return undefined;
  const refused = { refused: 'a core privileges paragraph that limits or excludes part of its list: enter its procedures as lines of their own' };
  // The opening of the list: one only, and no "not" before it ("Core privileges do not include: …").
  const opening = openings[0];
  if (openings.length > 1 || opening.index === undefined || /\b(?:not|never|no)\s+(?:\w+\s+)?$/i.test(name.slice(0, opening.index))) return refused;
  // The opening sentences: plain words, places, an age of "N years (of age) and older", "open and (conventional) laparoscopic".
  const preamble = name.slice(0, opening.index)
    .replace(ROBOT_ASIDE, ' ')
    .replace(/\bopen\s+and\s+(?:conventional\s+)?laparoscopic\b/gi, ' ')
    .replace(/\b\d{1,2}\s+years\s+(?:of\s+age\s+)?and\s+(?:older|over)\b/gi, ' ');
  const words = preamble.toLowerCase().split(/[^a-z]+/).filter(Boolean);
  if (words.some((w) => !OPENING_WORDS.has(w) && !isPlace(w))) return refused;
  let list = name.slice(opening.index + opening[0].length);
  // The list ends with its sentence; after it, only the robot may be set apart.
  const end = /\.\s+(?=[A-Z])/.exec(list);
  if (end) {
    const after = list.slice(end.index + 1).split(/(?<=\.)\s+/).filter((s) => s.trim());
    if (!after.every((s) => ROBOT_ONLY.test(s))) return refused;
    list = list.slice(0, end.index);
  }
  list = list.replace(/[.\s]+$/, '');
  // Items part at semicolons where the form uses them, else at commas; never inside parentheses.
  const separator = list.includes(';') ? ';' : ',';
  const items: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i <= list.length; i++) {
    const ch = list[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (i === list.length || (ch === separator && depth === 0)) {
      const item = list.slice(from, i).trim().replace(/^(?:and|or)\s+/i, '').trim();
      if (item.length > 2) items.push(item);
      from = i + 1;
    }
  }
  if (items.length < 3) return refused;
  // No item may take out or limit ("thyroidectomy, except substernal", "all without image guidance",
  // "performed laparoscopically"), nor be places alone ("shoulder" of "arthroscopy of the knee, shoulder").
  // (At commas, an exclusion or a "without" may be the next items' too.)
  const limits = (item: string) => { const own = item.replace(WITH_OR_WITHOUT, ' '); return ITEM_LIMIT.test(own) || (separator === ',' && (ITEM_EXCLUSION.test(own) || /\bwithout\b/i.test(own))); };
  if (items.some(limits)) return refused;
  if (!items.every(namesOperation)) return refused;
  return { items };
}
