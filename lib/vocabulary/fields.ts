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

/**
 * An ICD-10-PCS root operation opening a coded procedure title ("Resection of Gallbladder,
 * Percutaneous Endoscopic Approach"), as procedure dictionaries built by coding departments word
 * their entries, or an imaging or assistance title ("Fluoroscopy of Multiple Coronary Arteries …").
 */
const PCS_ROOT = /^\s*(?:alteration|bypass|change|control|creation|destruction|detachment|dilation|division|drainage|excision|extirpation|extraction|fragmentation|fusion|insertion|inspection|map|occlusion|reattachment|release|removal|repair|replacement|reposition|resection|restriction|revision|supplement|transfer|transplantation|introduction|irrigation|delivery|abortion|fluoroscopy|assistance|performance|monitoring|measurement)\b/i;
/** The approach a PCS title ends its operation with, and what may follow it ("…, Open Approach", "…, Via Natural or Artificial Opening Endoscopic, Diagnostic"). */
const PCS_APPROACH = /,\s*(?:open|percutaneous(?:\s+endoscopic)?|via natural or artificial opening(?:\s+endoscopic)?|external)(?:\s+approach)?(?:\s*,\s*[a-z][a-z ]{0,30})?\s+[-–]\s+/i;
/** An imaging or assistance title has no approach: "Fluoroscopy of … using Low Osmolar Contrast - LHC". */
const PCS_NO_APPROACH = /^\s*(?:fluoroscopy|assistance|performance|monitoring|measurement)\b[^-–]*?\s[-–]\s+/i;

/**
 * A coded PCS title followed by the scheduler's comment ("… , Open Approach - HARTMANN"): the title
 * and the comment, apart. Undefined for any other text.
 */
export function codedTitle(text: string): { title: string; comment: string } | undefined {
  if (!PCS_ROOT.test(text)) return undefined;
  const m = PCS_APPROACH.exec(text) ?? PCS_NO_APPROACH.exec(text);
  if (!m) return undefined;
  const end = m.index + m[0].length;
  const comment = text.slice(end).trim();
  return comment ? { title: text.slice(0, end).replace(/\s*[-–]\s*$/, ''), comment } : undefined;
}

/**
 * A PCS body part and the word stems operations on it are named with ("Resection of Uterus" is a
 * hysterectomy, "Bypass Stomach to Jejunum" a gastric bypass): how a coded title's place is met by
 * the comment's operation.
 */
export const PCS_PLACE_STEMS: Record<string, readonly string[]> = {
  breast: ['mast', 'mamm', 'lump'], uterus: ['hyster', 'uter', 'myom'], uterine: ['hyster', 'uter', 'myom'], endometrium: ['endometr', 'hyster', 'uter'],
  stomach: ['gastr', 'sleeve'], jejunum: ['jejun', 'roux', 'bypass'], duodenum: ['duoden', 'gastr'], intestinal: ['enter', 'ileo', 'jejun', 'duoden', 'col', 'gastr', 'egd', 'ogd'],
  esophagus: ['esophag', 'oesophag', 'egd', 'ogd'], esophagogastric: ['esophag', 'fundopl', 'nissen', 'toupet', 'hiat'], colon: ['col', 'sigmoid'], rectum: ['proct', 'rect'],
  kidney: ['nephr', 'ren', 'pyel'], ureter: ['ureter', 'uret'], bladder: ['cyst', 'vesic'], urethra: ['urethr', 'sling'], prostate: ['prostat'],
  gallbladder: ['cholecyst', 'chole'], liver: ['hepat'], pancreas: ['pancrea', 'whipple'], spleen: ['splen'], appendix: ['append'],
  lung: ['pneum', 'pulmon', 'lob', 'segment'], pleura: ['pleur', 'thoracosc'], bronchus: ['bronch'], tracheobronchial: ['bronch', 'trache'], trachea: ['trache'],
  ear: ['ot', 'tympan', 'myring', 'mastoid'], tympanic: ['tympan', 'myring'], nasal: ['rhin', 'nas', 'sept'], septum: ['sept'], sinus: ['sinus', 'antro', 'ethmoid', 'sphen', 'fess'],
  larynx: ['laryng'], vocal: ['laryng', 'cord'], thyroid: ['thyroid'], parotid: ['parotid'],
  brain: ['cerebr', 'crani'], cerebral: ['cerebr', 'crani', 'ventric'], heart: ['cardi', 'ventric', 'atri'], conduction: ['ablat', 'atri', 'ventric', 'cardi', 'pvi'],
  ovary: ['oophor', 'ovar'], fallopian: ['salping', 'tub'], testis: ['orchi', 'testi'], vagina: ['colp', 'vagin'], cervix: ['cervi', 'cercl', 'coniz', 'leep'],
  perineum: ['perine', 'perian', 'perirect', 'anorect', 'anal'], lymphatic: ['lymph', 'node', 'ebus'], ligament: ['ligament', 'acl', 'pcl', 'mcl', 'lcl', 'ucl'],
  vena: ['ven', 'cath', 'port'], cava: ['ven', 'cath', 'port', 'filter'], intracranial: ['crani', 'cerebr', 'aneurysm'],
  monitoring: ['recorder', 'monitor', 'loop'], shoulder: ['shoulder', 'rotator', 'cuff', 'glen', 'labr', 'acromi', 'subacrom', 'humer', 'bicep'], conception: ['cesar', 'section', 'deliver', 'dilat', 'evacuat', 'curett', 'abort'],
  vertebral: ['spin', 'vertebr', 'lamin', 'disc', 'kyph'], vertebra: ['spin', 'vertebr', 'lamin', 'kyph'],
  vein: ['phleb', 'ven'], artery: ['arter', 'angi'], skin: ['derm', 'skin'], nerve: ['neur', 'nerve'],
};

/**
 * What each PCS root operation does, in the words operations' names use: a comment names the
 * title's operation only where its operation is of the title's kind ("Resection of Uterus" is no
 * hysteroscopy, "Drainage of Gallbladder" no cholecystectomy).
 */
export const PCS_ROOT_OPERATIONS: Record<string, RegExp> = {
  resection: /ectomy|resection|amputation|enucleation|exenteration|whipple/,
  excision: /ectomy|resection|excision|biopsy|aspiration|sinus surgery|enucleation|debridement|conization|loop electrosurgical|dissection|saucerization|chondroplasty|shaving|trimming/,
  replacement: /replacement|arthroplasty|graft|reconstruction|prosthe|implant|keratoplasty|tympanoplasty|hemiarch|aneurysm/,
  bypass: /bypass|shunt|ostomy|anastomosis|fistula|conduit|diversion|cabg|grafting/,
  dilation: /dilation|dilatation|angioplasty|stent|coronary intervention|valvuloplasty|sinuplasty/,
  fusion: /fusion|arthrodesis/,
  drainage: /drain|ostomy|tube|aspiration|incision|centesis|window|myringotomy|catheter|evacuation|burr hole/,
  destruction: /ablation|destruction|cauteri|coagulation|cryo|neurolysis|rhizotomy|vaporization|photocoagulation/,
  extirpation: /thrombectomy|embolectomy|endarterectomy|removal|extraction|evacuation|atherectomy|disimpaction|lithotomy|foreign body/,
  fragmentation: /lithotripsy|fragmentation|nephrolithotomy|litholapaxy/,
  insertion: /insertion|placement|implant|pacemaker|defibrillator|stimulator|port\b|catheter|pump|recorder|gastrostomy|stent|filter|expander/,
  inspection: /scopy|exploration|examination|inspection|angiography|catheterization/,
  occlusion: /occlusion|ligation|embolization|clipping|sterilization|closure|coil|banding|plug/,
  repair: /repair|rrhaphy|plasty|reconstruction|closure|suture/,
  reposition: /reduction|fixation|pexy|reposition|septoplasty|realignment|osteotomy|nailing|orchiopexy/,
  supplement: /mesh|hernia|graft|augmentation|kyphoplasty|vertebroplasty|sling|reinforcement|annuloplasty|repair|plasty|leaflet/,
  restriction: /cerclage|fundoplication|band|restriction|coiling|embolization|aneurysm/,
  extraction: /extraction|cesarean|delivery|curettage|evacuation|harvest|removal|aspiration|termination/,
  reattachment: /repair|reattach|reimplant|fixation|tenodesis|reconstruction/,
  release: /release|lysis|decompression|laminoplasty|laminectomy|tenotomy|fasciotomy|carpal tunnel/,
  transplantation: /transplant/,
  removal: /removal|explant|extraction|retrieval|revision/,
  revision: /revision/,
  alteration: /plasty|augmentation|lift|reduction|liposuction|rhytidectomy|contouring/,
  transfer: /transfer|flap/,
  division: /division|osteotomy|release|tenotomy|transection|otomy|myotomy/,
  control: /hemostasis|control|bleeding|hemorrhage/,
  creation: /creation|vaginoplasty|phalloplasty/,
  map: /mapping/,
  change: /change|exchange/,
  detachment: /amputation|disarticulation/,
  introduction: /injection|block|epidural|infusion|instillation|chemotherapy|steroid|anesthesia/,
  irrigation: /irrigation|lavage|washout/,
  delivery: /delivery|cesarean/,
  abortion: /abortion|termination|evacuation|curettage/,
  fluoroscopy: /angiograph|catheterization|venograph|cholangiograph|arteriograph/,
  assistance: /balloon pump|membrane oxygenation|ventricular assist|impella/,
  performance: /bypass|membrane oxygenation|dialysis/,
  monitoring: /monitor|mapping|study/,
  measurement: /measurement|study|mapping|catheterization/,
};

/** The root operation a coded PCS title opens with (lower case), if it is one. */
export function pcsRoot(title: string): string | undefined {
  return PCS_ROOT.exec(title)?.[0].trim().toLowerCase();
}

/** Places any operation may name, which say nothing of which one a title codes. */
export const PCS_GENERIC_PLACE = new Set(['joint', 'joints', 'tissue', 'subcutaneous', 'fascia', 'muscle', 'bursa', 'bone', 'upper', 'lower', 'cavity', 'region', 'wall', 'tract', 'surface', 'chest', 'abdomen', 'trunk']);
