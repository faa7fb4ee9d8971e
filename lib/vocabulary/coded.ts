/**
 * Coded procedure titles: a health system's procedure dictionary worded after ICD-10-PCS root
 * operations and approaches ("Resection of Gallbladder, Percutaneous Endoscopic Approach"), with the
 * scheduler's comment after " - ". What a title is, and whether its comment restates it: the
 * matcher reads the comment instead where it does (docs/matching.md). In the widget this is part of
 * the reader's file.
 */
import { fold } from '../text';
import type { Vocabulary } from './compile';
import { normalizeWord } from './words';

/** A coded title and the comment after it. */
export interface CodedTitle { title: string; comment: string }

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
export function codedTitle(text: string): CodedTitle | undefined {
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
const PCS_PLACE_STEMS: Record<string, readonly string[]> = {
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
const PCS_ROOT_OPERATIONS: Record<string, RegExp> = {
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
function pcsRoot(title: string): string | undefined {
  return PCS_ROOT.exec(title)?.[0].trim().toLowerCase();
}

/** Places any operation may name, which say nothing of which one a title codes. */
const PCS_GENERIC_PLACE = new Set(['joint', 'joints', 'tissue', 'subcutaneous', 'fascia', 'muscle', 'bursa', 'bone', 'upper', 'lower', 'cavity', 'region', 'wall', 'tract', 'surface', 'chest', 'abdomen', 'trunk']);

/** Hernia repairs named for an open technique. */
const OPEN_REPAIR = /\b(?:lichtenstein|shouldice|bassini|mcvay|plug and patch|rives[- ]?stoppa)\b/i;
/** Places a bypass may start or end at without naming which operation it is (a vessel, a nerve). */
const BYPASS_ANY_END = new Set(['artery', 'vein', 'nerve', 'skin']);
/** Regions of the spine a coded title and an operation's name may each name. */
const SPINE_REGIONS: Record<string, readonly string[]> = {
  cervical: ['cervical'], thoracic: ['thoracic'], lumbar: ['lumbar'], sacral: ['sacral'], lumbosacral: ['lumbar', 'sacral'], thoracolumbar: ['thoracic', 'lumbar'],
  cervicothoracic: ['cervical', 'thoracic'], occipitocervical: ['cervical'], craniocervical: ['cervical'], sacroiliac: ['sacral'],
};
/** A device operation's name for undoing or changing it. */
const UNDOING_NAME = /\b(?:revision|removal|replacement|change|exchange|explant\w*|extraction|upgrade)\b/;

/** What the restatement check borrows from the matcher. */
export interface RestatementHelpers {
  /** The routes an operation is done by, as the vocabulary's forms say. */
  routesOf(concept: number): Set<string>;
  /** Two sites one of which names the other's region. */
  sameRegion(a: string, b: string): boolean;
  /** The routes an operation may be done by (open, laparoscopic, endoscopic, percutaneous). */
  routes: ReadonlySet<string>;
}

/**
 * Whether a coded title's comment names the title's operation — `concepts` the operations the
 * comment reads, `approaches` the approaches it says — and the route words to read the comment with
 * where it says none but the title does; undefined where it does not restate the title.
 */
export function restatement(v: Vocabulary, coded: CodedTitle, concepts: readonly number[], approaches: readonly string[], helpers: RestatementHelpers): string | undefined {
  const words = (x: string) => fold(x).split(/[^a-z0-9&]+/).filter(Boolean).flatMap((w) => [w, ...normalizeWord(v, w)]);
  // (Its own places, not a tissue or a joint any operation may name: "Replacement of Right Hip Joint" is no TKA.)
  const titleWords = words(coded.title);
  const places = [...new Set(titleWords.filter((w) => ((v.anatomy.has(w) && !v.descriptors.has(w)) || PCS_PLACE_STEMS[w]) && !PCS_GENERIC_PLACE.has(w)))];
  const root = pcsRoot(coded.title) ?? '';
  const doing = PCS_ROOT_OPERATIONS[root];
  if (!doing || !concepts.length) return undefined;
  // The way the title says it is done. A comment saying another ("…, Open Approach - LAP CHOLE",
  // "… - TAVR") does not restate it; one saying none is read the title's way ("Resection of
  // Gallbladder, Percutaneous Endoscopic Approach - CHOLECYSTECTOMY" is laparoscopic).
  const titleWay = /percutaneous endoscopic/i.test(coded.title) ? 'scope' : /\bopen approach\b/i.test(coded.title) ? 'open' : /\bpercutaneous approach\b/i.test(coded.title) ? 'percutaneous' : /natural or artificial opening/i.test(coded.title) ? 'natural' : undefined;
  const fits: Record<string, string[]> = { open: ['open'], scope: ['laparoscopic', 'endoscopic', 'robotic'], percutaneous: ['percutaneous'], natural: ['endoscopic', 'vaginal'] };
  // The routes the comment says. (A named open hernia repair says the open route: "…, Percutaneous
  // Endoscopic Approach - LICHTENSTEIN" is no laparoscopic repair.)
  const route = (a: string) => helpers.routes.has(a) || a === 'robotic' || a === 'vaginal';
  const stated = approaches.filter(route);
  const ways = [...new Set([...stated, ...(OPEN_REPAIR.test(coded.comment) ? ['open'] : [])])];
  if (titleWay && ways.some((a) => !fits[titleWay].includes(a))) return undefined;
  // (Said by the comment, or by the operation itself where it is done one way only: a TURBT is no open resection.)
  const routesFit = (c: number) => {
    if (!titleWay || ways.length) return true;
    const r = [...helpers.routesOf(c)];
    return !r.length || r.some((a) => fits[titleWay].includes(a));
  };
  // (A whole organ's resection is no partial one, unless the title names the part: "Resection of Left Thyroid Gland Lobe".)
  // (Nor a tumour's or a lesion's: "Resection of Bladder - TURBT" codes a cystectomy.)
  const partial = (c: number) => /\b(?:partial|hemi\w*|subtotal|segmental|wedge|tumou?r|lesions?|polyps?|transurethral)\b|lobectomy|segmentectomy|lumpectomy/i.test(v.concepts[c].name) && !/\b(?:lobe|segment|partial)\b/i.test(coded.title);
  const near = (a: string, b: string) => helpers.sameRegion(a, b) || (a.length >= 5 && b.length >= 5 && a.slice(0, 5) === b.slice(0, 5)) || (v.within.get(a) ?? []).some((r) => r.includes(b)) || (v.within.get(b) ?? []).some((r) => r.includes(a))
    || (PCS_PLACE_STEMS[a] ?? []).some((stem) => b.startsWith(stem) || (stem.length >= 4 && b.includes(stem)));
  const comment = words(coded.comment);
  // (A diagnostic excision is a biopsy; a low extraction of the products of conception a caesarean.)
  const diagnostic = /,\s*diagnostic\s*$/i.test(coded.title);
  const caesarean = /products of conception,\s*(?:low|high|classical|extraperitoneal)\b/i.test(coded.title);
  // (A resynchronization device is its own privilege: "… Cardiac Resynchronization Defibrillator … - ICD IMPLANT" is no ICD.)
  const resync = /resynchroni[sz]ation|biventricular/i.test(coded.title);
  // (An endograft is no open repair, whatever the way in: "Restriction of Abdominal Aorta with Intraluminal Device, Open Approach - AAA REPAIR".)
  const endograft = /intraluminal device/i.test(coded.title) && /^(?:restriction|dilation|occlusion|supplement|replacement)$/.test(root);
  // (An operation named for undoing or changing a device is no insertion: "Insertion of Pacemaker … - LEAD REVISION".)
  const ofKind = (c: number) => { const name = v.concepts[c].name.toLowerCase(); return doing.test(name) && !(root === 'resection' && partial(c)) && !(root === 'insertion' && UNDOING_NAME.test(name)) && routesFit(c)
    && !(endograft && /\bopen\b/.test(name))
    // (A heart valve worked on percutaneously is the transcatheter operation: "Supplement Mitral Valve …, Percutaneous Approach - MV REPAIR" is no surgical repair.)
    && !(titleWay === 'percutaneous' && /\bvalve\b/.test(name) && !/transcatheter|percutaneous|balloon|transseptal/.test(name))
    && (!diagnostic || /biopsy|aspiration|diagnostic|sampling/.test(name)) && (!caesarean || /cesarean|section|delivery/.test(name)) && (!resync || /resynchroni[sz]ation|biventricular/.test(name)); };
  // (Where the title names a device in a tissue pocket, the device is its place: "Insertion of Defibrillator Generator into Chest Subcutaneous Tissue".)
  const things = titleWords.filter((w) => w.length >= 5 && !PCS_GENERIC_PLACE.has(w) && !v.stopwords.has(w) && !/^(?:approach|percutaneous|endoscopic|natural|artificial|opening|device|synthetic|substitute|autologous|nonautologous|intraluminal|extraluminal|internal|external|fixation)$/.test(w) && w !== root);
  const at = (c: number, p: string) => [...comment, ...v.concepts[c].words, ...v.concepts[c].home, ...words(v.concepts[c].name)].some((w) => !PCS_GENERIC_PLACE.has(w) && near(p, w));
  // (A spine region the title names is no other the operation names: "Fusion of Lumbar Vertebral Joint - ACDF".)
  const regionsOf = (ws: string[]) => new Set(ws.flatMap((w) => SPINE_REGIONS[w] ?? []));
  const titleRegions = regionsOf(titleWords);
  const otherLevel = (c: number) => { const own = regionsOf(words(v.concepts[c].name)); return titleRegions.size > 0 && own.size > 0 && ![...own].some((r) => titleRegions.has(r)); };
  // Some operation the comment names is of the title's kind, at the title's place (every place of a
  // bypass, from and to: "Bypass Stomach to Jejunum" is no gastrostomy).
  const restating = concepts.find((c) => ofKind(c) && !otherLevel(c) && ((places.length > 0 && (root === 'bypass' ? places.some((p) => at(c, p)) && places.every((p) => !PCS_PLACE_STEMS[p] || BYPASS_ANY_END.has(p) || at(c, p)) : places.some((p) => at(c, p))))
    || things.some((t) => words(v.concepts[c].name).some((w) => w.length >= 5 && (w.startsWith(t.slice(0, 6)) || t.startsWith(w.slice(0, 6)))))));
  if (restating === undefined) return undefined;
  // (The title's way is put before a comment that says none itself; a named open repair is read open.)
  if (stated.length || !titleWay) return '';
  if (endograft) return 'endovascular ';
  const r = helpers.routesOf(restating);
  return titleWay === 'open' ? 'open ' : titleWay === 'percutaneous' ? 'percutaneous ' : titleWay === 'scope' ? (r.has('laparoscopic') || !r.has('endoscopic') ? 'laparoscopic ' : 'endoscopic ') : '';
}
