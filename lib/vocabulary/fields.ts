/**
 * A case request copied with its field labels ("Procedure: Laparoscopic Cholecystectomy w/ IOC;
 * Laterality: N/A; Anesthesia: General; Dx: symptomatic cholelithiasis", "Proc: … | Lat: Right |
 * Notes: …"), as EHR scheduling screens print them: each field's value, read as a booking says it.
 * The procedure, side, anesthesia, age, equipment and notes are the booking's words (a note may name
 * an operation too: "Notes: ICG, flex sig"); a diagnosis is why, never what; where the patient lies
 * and how long the case runs say nothing of the privilege. A field not known here stays as written.
 */
const LABEL = /^\s*([a-z][a-z ./]{0,24}?)\s*:\s*/i;
const KEEP = /^(?:procedures?|proc|case|laterality|lat|side|anesthesia|anes|anesthetic|age|equipment|implants?|notes?|comments?|surgeon notes?|add'?l procedures?|additional procedures?|secondary procedures?)$/i;
const WHY = /^(?:dx|diagnosis|diagnoses|indications?|reason)$/i;
const NOTHING = /^(?:position|positioning|duration|length|est(?:imated)?\.? (?:time|duration|length)|case length|time|room|or|location|bed|admit(?:ting)? status|patient class|class|priority)$/i;
const NONE = /^(?:n\/?a|none|no|not applicable|-+)$/i;

/** The booking a field-labelled case request says; other text unchanged. */
export function bookingFields(text: string): string {
  const fields = text.split(/\s*[;|]\s*|\s{2,}(?=[A-Za-z][A-Za-z ./]{0,24}:\s)/);
  const labelled = fields.map((f) => LABEL.exec(f)).filter((m) => m && (KEEP.test(m[1]) || WHY.test(m[1]) || NOTHING.test(m[1])));
  // Only a request that is labelled: at least two known fields, or one that opens it as the procedure.
  if (labelled.length < 2 && !(labelled.length === 1 && /^(?:procedures?|proc)$/i.test(labelled[0]![1]) && LABEL.exec(fields[0])?.[1] === labelled[0]![1])) return text;
  const out: string[] = [];
  for (const f of fields) {
    const m = LABEL.exec(f);
    const value = m ? f.slice(m[0].length).trim() : f.trim();
    if (!value || NONE.test(value)) continue;
    if (!m || KEEP.test(m[1])) out.push(value);
    else if (WHY.test(m[1])) out.push(`for ${value.replace(/[,;]/g, ' ')}`);
    else if (!NOTHING.test(m[1])) out.push(f.trim());
  }
  return out.join(', ');
}
