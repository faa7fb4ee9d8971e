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
 * Fail safe: a paragraph is read item by item only where nothing in it limits the list as a whole.
 * Where it takes something out ("Core privileges do not include …", "…, except substernal
 * thyroidectomy", "Note: … require separate privileges", "Surgery on children younger than 14 years
 * requires …"), limits every item ("all for lesions smaller than 20 mm", "… only"), names a way for all
 * of them ("Advanced laparoscopic privileges include …"), or lists at commas an item that names no
 * operation ("arthroscopy of the knee, shoulder, ankle"), it is read whole, as any line is — which
 * covers little, and never what it takes out.
 */

/** The words that open the list: "… include the following procedures:", "… include, but are not limited to:". */
const LIST_OPENING = /\b(?:include|includes|including)\b,?(?:\s*(?:but\s+(?:are|is)\s+)?not\s+limited\s+to)?,?(?:\s+the\s+following)?(?:\s+(?:procedures|operations|privileges))?\s*:\s*/gi;

/** What a core paragraph's first sentence says: the privilege to admit, evaluate, diagnose, treat or consult. */
const CORE_PREAMBLE = /\bcore\b[\s\S]*\b(?:admit|evaluate|diagnose|treat|consult(?:ation)?)\b/i;

/** Words that take some of the list out or limit all of it. */
const LIMITING = /\b(?:not|except|excluding|excludes?|excluded|exclusive|other\s+than|requires?|required|separate|additional|special|only|limited|all|smaller|larger|less|greater|more|under|over|beyond|up\s+to|younger|older|without|note|must|unless|however)\b|[<>≤≥]/i;

/** Ways of operating a preamble may name for every item ("Advanced laparoscopic privileges include …"). */
const WAY = /\b(?:laparoscop\w*|robot\w*|endoscop\w*|percutaneous|arthroscop\w*|thoracoscop\w*|open|minimally\s+invasive|local\s+anesthesia|sedation|fluoroscop\w*|ultrasound)\b/i;

/** "Robotic-assisted procedures require special privileges.": the robot set apart, and nothing else. */
const ROBOT_APART = /[^.;()]*\brobot\w*[^.;()]*\brequires?\b[^.;()]*(?:privileges?|credentialing)[^.;()]*[.;]?/gi;

/** The list's items, where the name is such a paragraph; otherwise undefined. `namesOperation` tells whether an item names an operation. */
export function coreListItems(name: string, namesOperation: (item: string) => boolean = () => true): string[] | undefined {
  // (A paragraph, not a line with a colon: "Sympathetic blocks: stellate ganglion, …" is read as its own line.)
  if (name.length < 150) return undefined;
  // The opening of the list: never one a "not" takes back ("Core privileges do not include: …").
  const opening = [...name.matchAll(LIST_OPENING)].find((m) => !/\b(?:not|never|no)\s+(?:\w+\s+)?$/i.test(name.slice(0, m.index)));
  if (!opening || opening.index === undefined) return undefined;
  const preamble = name.slice(0, opening.index);
  if (!CORE_PREAMBLE.test(preamble)) return undefined;
  // The preamble may say the specialty's surgery is open and laparoscopic, and set the robot apart
  // ("(robotic-assisted approaches require special privileges)": a robotic booking asks for its own
  // privilege anyway); any other way, age aside, or limit it names is every item's, so read it whole.
  const said = preamble
    .replace(/\([^()]*\brobot\w*[^()]*\)/gi, ' ')
    .replace(/\bopen\s+and\s+(?:conventional\s+)?laparoscopic\b|\blaparoscopic\s+and\s+open\b/gi, ' ')
    .replace(/\b(?:patients|persons)\s+(?:of\s+)?(?:all\s+ages|\d{1,2}\s+years\s+(?:of\s+age\s+)?and\s+(?:older|over|above))\b/gi, ' ')
    .replace(/\bfemale\s+patients\s+of\s+all\s+ages\b/gi, ' ');
  if (WAY.test(said) || LIMITING.test(said)) return undefined;
  let list = name.slice(opening.index + opening[0].length);
  // The list ends with its sentence; anything the paragraph says after it must limit nothing.
  const end = /\.\s+(?=[A-Z])/.exec(list);
  if (end) {
    // (A sentence that sets only the robot apart limits nothing here: a robotic booking asks for its own privilege.)
    if (LIMITING.test(list.slice(end.index).replace(ROBOT_APART, ' '))) return undefined;
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
  if (items.length < 3) return undefined;
  // An item that names no operation ("shoulder" of "arthroscopy of the knee, shoulder, ankle") or that
  // limits the others ("all without image guidance", "Note: …") says the list cannot be read item by item.
  // (At commas, any word that takes out or limits may belong to the items around it: read whole.)
  if (separator === ',' && LIMITING.test(list)) return undefined;
  if (items.some((item) => /^(?:all|each|every|any|note|except|excluding|other\s+than|but)\b/i.test(item) || /\brequires?\b|\bseparate\s+privileges?\b|\bnot\s+(?:include|included|covered)\b/i.test(item))) return undefined;
  if (!items.every(namesOperation)) return undefined;
  return items;
}
