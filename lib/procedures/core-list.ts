/**
 * A "core privileges" paragraph, as many delineation-of-privileges forms write a specialty's core:
 * "Core privileges in general surgery include the ability to admit, evaluate, diagnose, treat and provide
 * consultation to patients 14 years of age and older presenting with … The core privileges include the
 * following procedures: appendectomy; cholecystectomy with or without intraoperative cholangiography; …".
 * A coordinator who pastes it as one catalog line privileges each procedure it lists, and only those:
 * its opening sentences name the organs and systems a specialty treats, no operation and no limit on one.
 * Each item is read as a line of its own under the paragraph's name (lib/procedures/matcher.ts); the
 * paragraph's ages are each item's.
 */

/** The words that open the list: "… include the following procedures:", "… include, but are not limited to:". */
const LIST_OPENING = /\b(?:include|includes|including)\b,?(?:\s*(?:but\s+(?:are|is)\s+)?not\s+limited\s+to)?,?(?:\s+the\s+following)?(?:\s+(?:procedures|operations|privileges))?\s*:\s*/i;

/** The list's items, where the name is such a paragraph; otherwise undefined. */
export function coreListItems(name: string): string[] | undefined {
  // (A paragraph, not a line with a colon: "Sympathetic blocks: stellate ganglion, …" is read as its own line.)
  if (name.length < 150) return undefined;
  const opening = LIST_OPENING.exec(name);
  if (!opening || !/\b(?:core|privileges?)\b/i.test(name.slice(0, opening.index))) return undefined;
  let list = name.slice(opening.index + opening[0].length);
  // The list ends with its sentence: what follows ("Robotic-assisted approaches require special privileges.") is no item.
  const end = /\.\s+(?=[A-Z])/.exec(list);
  if (end) list = list.slice(0, end.index);
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
  return items.length >= 3 ? items : undefined;
}
