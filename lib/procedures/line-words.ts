/**
 * How catalog lines word things: the patterns and word lists the procedure matcher reads a line's
 * text with (its access vessels, its ways in, its limits, its heads and lists). Data only; what
 * they mean for a booking is decided in matcher.ts. A file of its own so that each of the widget's
 * script files stays within its budget.
 */
export const ROUTES = new Set(['open', 'laparoscopic', 'endoscopic', 'percutaneous']);
/** An artery a catheter goes in by. */
export const VESSEL = '(?:radial|femoral|brachial|pedal|ulnar|carotid)';
export const ACCESS_VESSEL = new RegExp(`\\b${VESSEL}\\b`, 'gi');
/** The arteries a line lists with "or" before "access" ("radial or femoral access"). */
export const ACCESS_SITES = new RegExp(`\\b${VESSEL}(?:\\s*(?:\\/|\\bor\\b|\\band\\/or\\b)\\s*${VESSEL})*\\s+(?:arterial\\s+)?access\\b`, 'gi');
/** A vessel and a comma just before a match: the list started earlier ("femoral, radial or brachial access"). */
export const VESSEL_BEFORE = new RegExp(`${VESSEL}\\s*,\\s*$`, 'i');
/** A line for a catheter operation on the heart or arteries, whose access vessels those are. */
export const CATHETER_LINE = /\b(?:catheteri[sz]ation|angiograph\w*|angiogram|arteriograph\w*|transcatheter|tavr|tavi|pci|angioplast\w*|atherectom\w*|stent\w*|intervention)\b/i;
/** The access kind each vessel is (the vocabulary's transradial and transfemoral kinds); the others say nothing more. */
export const ACCESS_KIND: Record<string, string> = { radial: 'transradial', femoral: 'transfemoral', carotid: 'transcarotid' };
/**
 * What a catalog line says after "including", to the clause's end. (Not "with or without": a
 * "Lumbar fusion, posterior, with or without instrumentation" line meets a fusion booked beside a
 * laminectomy through the fusion its item names.)
 */
export const INCLUDING_ITEM = /\b(?:including|includes)\b([^;]*)/;
/** A catalog line named for a scope into a joint or the chest, open surgery not among its words. */
export const SCOPE_LINE = /^(?!.*\bopen\b)(?:[\w-]+\s+)?(?:arthroscop|thoracoscop)\w*/i;
/** A concept whose name is a scope (arthroscopy, laparoscopy, thoracoscopy, endoscopy …). */
export const SCOPE = /scop(?:y|ic)\b/i;
/** A concept named for a scope into the chest or belly alone, the way in of the operations done through it ("Thoracoscopy (video-assisted thoracoscopic surgery)"). */
export const SCOPE_NOUN = /^(?:thoraco|laparo)scopy\b/i;
/** The words of a scope into the chest or belly named as the way in ("VATS": video-assisted thoracoscopic surgery). */
export const SCOPE_WAY = new Set(['video', 'assisted', 'thoracoscopic', 'thoracoscopy', 'thoracic', 'surgery', 'laparoscopy', 'laparoscopic']);
/** A concept whose name is an open way into a cavity ("Exploratory laparotomy", "Thoracotomy"). */
export const OPENING = /\b(?:laparotomy|thoracotomy|sternotomy|celiotomy)$/i;
/** A concept whose name is a scope into a joint ("Shoulder arthroscopy"). */
export const JOINT_SCOPE = /arthroscop(?:y|ic)\b/i;
/** Parentheses that limit what they follow rather than gloss it: "(small tears only)", "(not revision)". */
export const PAREN_LIMIT = /\b(?:only|not|except|excluding|excludes)\b/i;
/** A scope's own operation, by its name: "Hysteroscopy", "Operative hysteroscopy". */
export const SCOPE_HEAD = /^(?:operative |diagnostic )?hysteroscopy$/i;
/** An evacuation of the uterus done blind or by suction: "Suction dilation and curettage", "Dilation and evacuation". */
export const BLIND_EVACUATION = /\b(?:curettage|evacuation)\b/i;
/** Specialties whose practitioners work with no anesthesia team at hand: the sedation, blocks, lines and airways they book are their own procedures. */
export const BEDSIDE = ['emergency-medicine', 'critical-care'];
/** A possible conversion to open said in the booking's own words ("POSS OPEN", "CONVERT TO OPEN", "+/- OPEN"). */
export const OPEN_CONVERSION = /(?:\b(?:poss|possible|possibly|convert(?:ed)?|conversion|vs|versus)|\?|\+\s*\/\s*-|±)\s*(?:to\s+)?(?:an?\s+)?open\b(?!\s+(?!(?:if|as|procedure|approach|conversion|needed|required|necessary)\b)[a-z]{3,})/i;
/** Central lines that are no monitoring catheter: what a monitoring line's catheters are not. */
export const NOT_MONITORING = ['dialysis', 'hemodialysis', 'trialysis', 'picc', 'peripherally', 'tunneled', 'port', 'apheresis', 'pheresis'];
/** What vascular surgery is major, by what it is on ("excluding major vascular surgery" leaves an AV fistula's anesthesia). */
export const MAJOR_VASCULAR = /aort|aneurysm|bypass|carotid|endarterectomy|mesenteric|visceral|iliac|thoracoabdominal|renal artery/i;
/** Heart surgery, by name (of an operation cardiothoracic surgeons do): not a pacemaker, a bronchoscopy or an aortogram. */
export const CARDIAC_SURGERY = /\b(?:valves?|valvular|annuloplasty|coronary|cabg|septal|myectomy|maze|atrial|ventricular|aort(?:a|ic)|pericardi\w*|cardiac|heart|tetralogy|fontan|glenn|norwood|coarctation|ductus|truncus|thromboendarterectomy|cardiopulmonary)\b/i;
/** Chest surgery, by name: a lobectomy, a VATS, an esophagectomy — not a tracheostomy, an EGD or a bronchoscopy alone. */
export const THORACIC_SURGERY = /\b(?:lungs?|pulmonary|lobectomy|pneumonectomy|segmentectomy|wedge|thoracotomy|thoracoscop\w*|thoracic|vats|pleur\w*|mediastin\w*|esophagectomy|thym\w*|chest wall|ribs?|decortication|sympathectomy|empyema|bullectomy|blebectomy|tracheal resection|bronchoplast\w*|sleeve|hemothorax|sternal|sternum|pectus|nuss|diaphragm plication)\b/i;
/** Chest operations done with one lung isolated (a lung's, the pleura's, the esophagus's, through a thoracoscope): no mediastinoscopy or chest wall's. */
export const ONE_LUNG = /\b(?:lungs?|pulmonary|lobectomy|bilobectomy|pneumonectomy|segmentectomy|wedge|thoracoscop\w*|thoracotomy|vats|esophagectomy|decortication|pleur\w*|bullectomy|blebectomy|sympathectomy|thymectomy|empyema|hemothorax|diaphragm)\b/i;
/** Chest operations done without isolating a lung: through the hiatus or the sternum, or a catheter. */
export const NOT_ONE_LUNG = /\b(?:transhiatal|transsternal|sternotomy|catheter|mediastinoscopy)\b/i;
/** A heart device or study, no heart surgery: a generator change, a lead, a catheterization. */
export const NOT_HEART_SURGERY = /\b(?:pacemaker|defibrillator|generator|leads?|implantable|loop recorder|cardioversion|catheterization|angiography|echocardiograph\w*)\b/i;
/** Brain surgery, by name: not a carpal tunnel, a lumbar puncture or a stimulator trial. */
export const BRAIN_SURGERY = /\b(?:crani\w*|brain|cerebr\w*|cerebell\w*|intracranial|ventricul\w*|burr|pituitar\w*|transsphenoidal|skull|subdural|hydroceph\w*|chiari|aneurysm|arteriovenous malformation|hemispherectomy|epilepsy|stereotactic|shunt|meningioma|glioma)\b/i;
/** An organ's transplantation (not an osteochondral or fat "transplant"). */
export const ORGAN_TRANSPLANT = /\b(?:kidney|renal|liver|hepatic|pancrea\w*|heart|cardiac|lungs?|intestin\w*|islet|multivisceral|organ)\b[\w\s-]*\btransplant|\btransplant\w*\s+of\s+(?:the\s+)?(?:kidney|liver|pancreas|heart|lungs?|intestine)/i;
/** Whom an exclusion is about ("excluding pediatric cardiac surgery"): the patient's age, which the kind of surgery does not tell. */
export const EXCLUDED_AGE = /^(?:pediatric|paediatric|congenital|children|child|infants?|neonat\w*|newborns?|adults?)$/;
/** The anesthetics an "Anesthesia for …" line's anesthesia is given as: no privilege of their own beside it. */
export const GIVEN_AS = /^(?:general anesthesia|monitored anesthesia care|deep sedation)$/i;
/** "Anesthesia for …" (or "Anaesthesia care for …"), a line that privileges anesthesia for some surgery: what it is for. */
export const ANESTHESIA_FOR = /^\s*an(?:a)?esthe(?:sia|tic)(?:\s+(?:care|services?))?\s+for\s+(.+)$/;
/** "Cardiac anesthesia for cardiopulmonary bypass": a kind of surgery's anesthesia, for a way that surgery is done — that kind's surgery, so done. */
export const KIND_ANESTHESIA_FOR = /^\s*(cardiac|cardiothoracic|thoracic|vascular|neurosurgical|transplant)\s+an(?:a)?esthe(?:sia|tic)\s+for\s+(cardiopulmonary bypass|one[\s-]+lung ventilation)\b(.*)$/;
/** What an "Anesthesia for …" line leaves to other privileges or excludes ("…, excluding congenital heart surgery", "(… requires separate privileges)"). */
export const LEAVES_OUT = /\b(?:excluding|except|excludes?|exclusive of|other than|not including|but not|does not include|not included|separate|requires?|required)\b/;
/** The measures a line may be for and a booking may state, beside weight: each line's field, the booking's, its unit and its name. */
export const MEASURES = [
  { key: 'size', said: 'cm', unit: 'cm', noun: 'size' },
  { key: 'weeks', said: 'weeks', unit: 'weeks', noun: 'weeks of pregnancy' },
  { key: 'burn', said: 'burn', unit: '% of the body surface', noun: 'burn size' },
  { key: 'area', said: 'area', unit: 'sq cm', noun: 'area' },
  { key: 'volume', said: 'volume', unit: 'mL', noun: 'volume' },
  // (A patient's weight holds only where the booking states one: most do not, and most patients are within it.)
  { key: 'kg', said: 'kg', unit: 'kg', noun: 'patient weight', unstatedFree: true },
  // (So does an infant's post-conceptional age: a line that leaves out premature infants under 50 weeks covers every booking that states none.)
  { key: 'pca', said: 'pca', unit: 'weeks post-conceptional age', noun: 'post-conceptional age', unstatedFree: true },
] as const;
/** The ordinary case a line may name, and the other case a booking may say instead. */
export const BASE_PAIRS: Array<[RegExp, RegExp]> = [
  // ("Paracentesis, diagnostic" for a LARGE VOLUME PARA: one that takes off litres is therapeutic.)
  [/\bdiagnostic\b/i, /\b(?:therapeutic|operative|large[-\s]+volume|lvp)\b/i],
  // ("Pericardiocentesis, emergent" for an ELECTIVE PERICARDIOCENTESIS; "Tracheostomy tube change, established tract" for a fresh one.)
  [/\b(?:emergent|emergency)\b(?!\s+(?:medicine|department|room|physicians?|services?|dept)\b)/i, /\b(?:elective|scheduled|planned)\b/i],
  [/\bestablished\s+(?:tract|stoma|tracheostomy)\b/i, /\b(?:fresh|immature|first|initial)\b/i],
  // ("Bronchoscopy, flexible, therapeutic (secretion and mucus plug removal)" for a BRONCH W/ BAL: a lavage is diagnostic.)
  [/\btherapeutic\b/i, /\b(?:diagnostic|dx|bal|bronchoalveolar|washings?)\b/i],
  // ("Surgical ablation for atrial fibrillation (Maze) concomitant with other open cardiac surgery" for a STAND-ALONE MINI-MAZE.)
  [/\bconcomitant\b/i, /\bstand[-\s]?alone\b|\bisolated\b/i],
  // ("Diagnostic shoulder arthroscopy" for a SHOULDER SCOPE DEBRIDEMENT: what the scope does is no diagnosis.)
  // (Of an arthroscopy only, whose bookings name what it does in the same words: "DIAG LAP, REPAIR …" is two parts.)
  [/\bdiagnostic\b.*\barthroscop|\barthroscop.*\bdiagnostic\b/i, /\b(?:debridement|debride|synovectomy|chondroplasty|loose bod(?:y|ies)|removal|excision|resection|release|repair|lysis|shaving)\b/i],
  // ("Excision of soft tissue mass, subcutaneous" for a SUBFASCIAL or INTRAMUSCULAR LIPOMA.)
  // (Not a line that goes deeper itself, "…, subcutaneous tissue, muscle, and fascia", nor a device's plane: "S-ICD with submuscular generator".)
  [/^(?=.*\bsubcutaneous\b)(?!.*\b(?:muscle|fascia|fascial|deep|subfascial|intramuscular|mastectomy|icd|defibrillator|implant|expander|transposition)\b)/i, /\b(?:subfascial|intramuscular)\b(?!\s+(?:implant|implants|expanders?|generator|pocket|placement))/i],
  [/\bsimple\b/i, /\b(?:complex|complicated)\b/i],
  [/\buncomplicated\b/i, /\b(?:complicated|perforated|gangrenous|ruptured)\b/i],
];
/** Words any "for …" clause may use ("disorder", "disease"): none tells one clause from another. */
export const GENERIC_CLAUSE = new Set(['disorder', 'disorders', 'disease', 'diseases', 'syndrome', 'syndromes', 'condition', 'conditions', 'patient', 'patients', 'technique', 'techniques', 'approach', 'method']);
/** A modality named as one way among others in a line, by the modality's words ("robotic", "da Vinci"; "laser"; "fluoroscopic"). */
export const AS_ONE_WAY_WORDS: Record<string, string> = { robotic: 'robot\\w*|da\\s+vinci', laser: 'laser', fluoroscopy: 'fluoro\\w*' };
/**
 * The operation a line's own is done at: "in conjunction with cataract surgery", "at the time of
 * hysterectomy", "concurrent with bariatric procedure". The line privileges its operation when the
 * booking has that one too, and does not privilege that one. After "including" it is one occasion
 * among others, no limit ("Postpartum tubal ligation, including at time of cesarean delivery").
 */
export const OCCASION = /(\bincluding\s+(?:[^,;()]*?\s)?)?\b(?:at\s+(?:the\s+)?time\s+of|prior\s+to|in\s+conjunction\s+with|concurrent(?:ly)?\s+with|concomitant(?:ly)?\s+with|in\s+combination\s+with|combined\s+with)\s+(?:an?\s+|the\s+)?((?:(?!\s(?:to|for|when|if)\s)[^;,()])+)/i;
/** Who the practitioner is in the room, not what is done: "as a member of the heart team", "as primary operator", "in conjunction with neurosurgery". */
export const ACCESS = '(?:(?:full|median|upper|lower|partial|mini|right|left|anterior|anterolateral|lateral|bilateral)(?:\\s+or\\s+(?:full|median|upper|lower|partial|mini))?[\\s-]+)*(?:sternotomy|hemisternotomy|mini-?sternotomy|thoracotomy|mini-?thoracotomy)';
/** "…, for benign or malignant disease": every indication, no limit. */
export const EVERY_NATURE = /,?\s*\bfor\s+(?:both\s+)?(?:benign\s*(?:and|or|and\/or|\/)\s*malignant|malignant\s*(?:and|or|and\/or|\/)\s*benign)(?:\s+(?:disease|diseases|conditions?|indications?|processes|pathology))?\b/gi;
/** "or", "and", "and/or", "/" or a comma between two words of a line's pair. */
const EITHER = String.raw`\s*(?:,|\/|\bor\b|\band\b|\band\/or\b)\s*`;
/** A limit word a negation of which a line may set beside it. */
const NEGATED = '(instrumented|cemented|operative|surgical|complicated|displaced|emergent|traumatic|reducible)';
/**
 * Pairs and lists a line names every kind with, no limit: "instrumented or non-instrumented", "cemented or
 * uncemented" (a limit word beside its negation — only such words: "tunneled or non-tunneled" names the
 * catheters); "initial or recurrent"; "anterior or posterior circulation"; "small, medium or large" (a
 * TURBT line's sizes had been words a plain booking must say); "benign or malignant" wherever it stands
 * ("Excision of benign or malignant skin lesions" had read as a skin cancer's excision alone).
 */
export const EVERY_OF_PAIR = [
  /\b(?:benign\s*(?:and|or|and\/or|\/|&)\s*malignant|malignant\s*(?:and|or|and\/or|\/|&)\s*benign)\b/gi,
  new RegExp(String.raw`,?\s*\b${NEGATED}${EITHER}(?:non-?|un|ir)\1\b|,?\s*\b(?:non-?|un|ir)${NEGATED}${EITHER}\2\b`, 'gi'),
  new RegExp(String.raw`,?\s*\b(?:initial|primary)${EITHER}recurrent\b|,?\s*\brecurrent${EITHER}(?:initial|primary)\b`, 'gi'),
  new RegExp(String.raw`,?\s*\b(?:anterior${EITHER}posterior|posterior${EITHER}anterior)\s+circulations?\b`, 'gi'),
  /,?\s*\b(small|medium|large)\s*(?:,|\/)\s*(?!\1)(small|medium|large)\s*,?\s*(?:and|or|and\/or|\/|&)\s*(?!\1|\2)(?:small|medium|large)\b/gi,
];
/** Where an operation is done, several of them ("…, bedside or operating room"): every setting, no limit. */
export const SETTING = String.raw`(?:the\s+)?(?:bedside|operating\s+room|emergency\s+department|intensive\s+care\s+unit|icu|procedure\s+room|hybrid\s+(?:operating\s+)?(?:room|suite)|endoscopy\s+suite|interventional\s+suite|office|clinic)`;
export const EVERY_SETTING_LIST = new RegExp(String.raw`,?\s*\b(?:in\s+)?${SETTING}(?:\s*(?:,|\bor\b|\band\b|\/|\band\/or\b)\s*(?:in\s+)?${SETTING})+\b(?!\s*(?:settings?\s*)?only\b)`, 'gi');
/** Parentheses that list examples of what the line names: "(e.g., DIEP, ALT, fibula)", "(such as …)". */
export const EXAMPLES_PAREN = /\((?:e\.?\s?g\.?|for\s+example|such\s+as)[,:]?\s*([^()]*)\)/gi;
/** A line for assisting at an operation, not performing it ("First assist only: …", "Assistant surgeon for …", "Assisting in …"). */
export const ASSISTING = /^\s*(?:(?:first|second|surgical)\s+)?assist(?:ant|ing)?(?:\s+surgeon)?\b(?![\s-]+device)|\bassist(?:ant|ing)?\s+only\b|\bas\s+(?:an?\s+|the\s+)?(?:first\s+|second\s+)?assist(?:ant|ing)?\b|\((?:first\s+)?assist(?:ant|ing)?(?:\s+only|\s+role)?\)/i;
export const ROLE = /,?\s*\b(?:as\s+(?:an?\s+|the\s+)?(?:(?:member|part)\s+of\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}team|(?:primary|first|second|co-?)\s*(?:operator|surgeon))|(?:in\s+conjunction|together|jointly)\s+with\s+(?:an?\s+|the\s+)?(?:neurosurg\w*|otolaryngolog\w*|ent|(?:[\w-]+\s+){1,2}(?:surgeons?|service|team)))\b/gi;
/** Words by which an anesthesia line names the operations it is given for ("in patients undergoing …", "to facilitate …"). */
export const GIVEN_FOR = /\b(?:for|in|during|undergoing|facilitate|used|before|after|following|accompanying|cases?|patients?|setting|procedures?|surgery|surgeries|operations?)\b/i;
/** How a block is guided ("ultrasound- or nerve stimulator-guided"), no stimulator implanted. */
export const NERVE_STIMULATOR_GUIDED = /\bnerve[- ]stimulat(?:or|ion)[- ]guid(?:ed|ance)\b/gi;
/** A line's head that names an injury: "Tibial shaft fracture, …", "Metacarpal and phalangeal fracture or dislocation, …". */
export const INJURY_HEAD = /\b(?:fractures?|dislocations?|fracture-dislocations?|nonunions?|malunions?|injur(?:y|ies))\s*$/i;
/** A line offering a single-injection block or a continuous catheter ("single shot or catheter"). */
export const SINGLE_OR_CONTINUOUS = /\b(?:single[- ]?(?:injection|shot)|singleshot)\s*(?:or|and|&|\/)\s*(?:continuous|catheters?)\b|\bcontinuous(?:\s+catheters?)?\s*(?:or|and|&|\/)\s*(?:single[- ]?(?:injection|shot)|singleshot)\b/i;
/** The ends of a long bone, which a line for its shaft does not cover. */
export const NOT_SHAFT = ['plateau', 'pilon', 'plafond', 'neck', 'head', 'condyle', 'condylar', 'supracondylar', 'intercondylar', 'bicondylar', 'trochanteric', 'intertrochanteric', 'subtrochanteric', 'pertrochanteric', 'malleolus', 'malleolar', 'bimalleolar', 'trimalleolar', 'metaphyseal', 'epiphyseal', 'periarticular', 'intraarticular', 'olecranon', 'acetabular', 'acetabulum'];
/** A line for a combination as such, not for each of its kinds. */
export const COMBINATION_AS_SUCH = /\b(?:combined|simultaneous|concurrent|concomitant)\b/i;
/** "veno-arterial": a hyphenated word, read both as written and joined (a kind word may be either). */
export const HYPHENED = /\b([a-z]+)-([a-z]+)\b/g;
/** An organ's adjective and the organ ("hepatic" is the liver): the same place, where a line names one and an operation's wordings the other. */
export const ORGAN_ADJECTIVE: Record<string, string> = {
  hepatic: 'liver', renal: 'kidney', pulmonary: 'lung', gastric: 'stomach', cardiac: 'heart', cerebral: 'brain', splenic: 'spleen',
  pancreatic: 'pancreas', uterine: 'uterus', ovarian: 'ovary', vesical: 'bladder', colonic: 'colon', rectal: 'rectum', esophageal: 'esophagus',
  duodenal: 'duodenum', thyroidal: 'thyroid', adrenal: 'adrenals', prostatic: 'prostate', testicular: 'testis',
};
/** Words of extent and position: a line that says them is limited by them, whatever else the catalog lists. */
export const FIRM_WORDS = new Set([
  'total', 'partial', 'subtotal', 'radical', 'complete', 'extended', 'limited', 'major', 'minor', 'upper', 'lower', 'anterior', 'posterior',
  'medial', 'lateral', 'proximal', 'distal', 'superior', 'inferior', 'bilateral', 'unilateral', 'single', 'multiple', 'first', 'second',
  'third', 'trauma', 'traumatic', 'pediatric', 'adult', 'neonatal', 'malignant', 'benign', 'acute', 'emergency', 'revision',
]);
/**
 * A CPT-style number list a form writes in a line's name, "… (66982, 66984)", "(CPT 60220; CPT 60240)",
 * "[60220 thru 60240]": the line's codes, as if listed apart (not a list that ends "etc.", which gives examples).
 */
export const NAME_CODES = new RegExp(String.raw`[([]\s*((?:CPT\s*(?:codes?)?\s*:?\s*)?\d{4}[0-9FTU](?:\s*(?:[,;/\u2013&-]|\band\b|\bor\b|\bthru\b|\bthrough\b|\bto\b)\s*(?:CPT\s*:?\s*)?\d{4}[0-9FTU])*)\s*[)\]]`, 'gi');
/** Heart operations done on cardiopulmonary bypass, by name (`NOT_ON_BYPASS` those that are not, whatever their name says). */
export const ON_BYPASS = /\b(?:valve replacement|valve repair|valvuloplasty|annuloplasty|coronary artery bypass|cabg|aortic root|bentall|ascending aort\w*|aortic arch|myectomy|maze|septal defect|tetralogy|fontan|glenn|norwood|heart transplant\w*|cardiac transplant\w*|ventricular assist|truncus|arterial switch|ross|valve-sparing|cardiac tumor|myxoma|thromboendarterectomy|on-pump)\b/i;
export const NOT_ON_BYPASS = /\b(?:transcatheter|percutaneous|balloon|off[\s-]*pump|beating[\s-]+heart|minimally invasive direct|midcab|edge-to-edge|closure device)\b/i;
/** A neuraxial anesthetic an "Anesthesia for …" line may be given as, where the line names none (`ANESTHETIC_NAMED`). */
export const NEURAXIAL_GIVEN = /^(?:spinal anesthesia|epidural anesthesia|combined spinal-epidural anesthesia)$/i;
export const ANESTHETIC_NAMED = /\b(?:general|neuraxial|spinal|epidural|regional|monitored|sedation|mac|only|under)\b/i;
/** What an anesthetic is given for when it is given for an operation: "…, for surgery and postoperative pain". */
export const SURGERY_WORD = /^(?:surgery|surgical|operative|postoperative|perioperative|intraoperative)$/;
/** A line for patients of every age ("…, all ages", "…, including pediatric patients"): its privilege title's ages ("… 18 years and older unless noted") are not its. */
export const EVERY_AGE = /(?:^|[,;(])\s*(?:(?:for\s+)?(?:all|any)\s+ages?|including\s+(?:(?:pediatric|paediatric)\s+patients|pediatric|paediatric|children|infants|neonates)|(?:pediatric|paediatric|children)\s+(?:and|&)\s+adults?|adults?\s+(?:and|&)\s+(?:pediatric|paediatric|children))\s*\)?\s*$/i;

// What the matcher reads of a line's wording, kept beside the rest of a line's words (the widget's matcher file is at its budget).
/** A heart operation's way in ("via full sternotomy", "via upper hemisternotomy or right anterior thoracotomy"), to a clause's end. */
export const WAY_IN = new RegExp(`\\s*\\bvia\\s+(${ACCESS}(?:\\s*(?:,\\s*(?:or\\s+)?|\\s+or\\s+|\\s*\\/\\s*)${ACCESS})*)(?=\\s*(?:[,;)]|$|\\b(?:excluding|with|for|on|off)\\b))`, 'gi');
export const CARDIAC = /\b(?:valve|valvular|annuloplasty|coronary|bypass|septal|myectomy|maze|atrial|ventricular|aortic|pericardi\w*|cardiac|heart)\b/i;
/** "…, all spinal regions", "…, all levels", "any site": no limit of where (each is named by the operation itself). */
export const EVERY_SITE = /,?\s*\b(?:all|any)\s+(?:(?:spinal|spine|vertebral|body|anatomic(?:al)?)\s+)?(?:regions?|levels?|sites?|areas?|segments?|locations?)\b/gi;
/** A closed or an open reduction of a fracture or dislocation, as a concept's name or a line says it. */
export const CLOSED_REDUCTION = /\bclosed\s+(?:reduction|treatment|management)\b|\bclosed\s+or\s+open\b|\bopen\s+(?:and|or)\s+closed\b/i;
export const OPEN_REDUCTION = /\bopen\s+(?:reduction|treatment)\b|\borif\b/i;
/** How a wound is closed ("with complex closure", "with layered repair"): said with a describing word, no operation of its own. */
export const CLOSURE_WORDS = new Set(['closure', 'closures', 'repair', 'repairs', 'layered', 'layer', 'suture', 'sutures']);
/** "…, any approach", "by any technique": every way an operation is done, the robot's among them. */
export const EVERY_APPROACH = /\b(?:any|all)\s+(?:surgical\s+)?(?:approach(?:es)?|techniques?|routes?)\b/i;
/** "…, open or minimally invasive": both ways an operation is done, which limits it to neither (nor asks a booking to say "invasive"). */
// ("…, sternotomy or minimally invasive" too.)
export const EVERY_ROUTE = /,?\s*\b(?:(?:open|sternotomy|conventional)\s*(?:,\s*)?(?:or|and|\/|and\/or)\s*minimally\s+invasive|minimally\s+invasive\s*(?:or|and|\/|and\/or)\s*(?:open|sternotomy|conventional))\b/gi;
/** Both ways a catheter reaches a vessel ("…, transarterial or transvenous"): every way, no operation of its own. */
export const EVERY_VESSEL_WAY = /,?\s*\btransarterial(?:ly)?\s*(?:or|and|\/|and\/or)\s*transvenous(?:ly)?\b|,?\s*\btransvenous(?:ly)?\s*(?:or|and|\/|and\/or)\s*transarterial(?:ly)?\b/gi;
/** A bone's parts, which a line names after the bone ("metacarpal neck", "radial head", "tibial shaft"). */
export const BONE_PART = new Set(['head', 'neck', 'shaft', 'base', 'condyle', 'condyles', 'tuberosity', 'styloid', 'body', 'plateau', 'dome', 'tip']);
/** A bone's adjective and its noun ("femoral": femur). */
export const BONE_NOUN: Record<string, string> = { femoral: 'femur', radial: 'radius', humeral: 'humerus', tibial: 'tibia', talar: 'talus', fibular: 'fibula', ulnar: 'ulna', calcaneal: 'calcaneus', patellar: 'patella', clavicular: 'clavicle', scapular: 'scapula', mandibular: 'mandible', vertebral: 'vertebra' };
/** A line for treatment without an operation ("nonoperative", "non-surgical", "conservative management", "without surgery"). */
// (Not a "conservative parotidectomy", which spares the nerve.)
export const NON_OPERATIVE = /\bnon-?\s?(?:operative|surgical)(?:ly)?\b|\bconservative(?:ly)?\s+(?:management|treatment|care)\b|\b(?:management|treatment|care),?\s+conservative\b|\bwithout\s+(?:surgery|operation)\b/i;
/** A line for operative treatment too ("operative and non-operative", "surgical and nonsurgical"). */
export const OPERATIVE_TOO = /(?<!\bnon-?\s?)\b(?:operative|surgical)\b/i;
/** An action word that names an operation in a concept's name ("repair", "fixation", "reduction" …; the vocabulary's procedure endings, "-ectomy", "-plasty", are asked of it apart). */
export const OPERATION_WORD = /\b(?:repair|fixation|reduction|resection|excision|reconstruction|arthroplasty|arthrodesis|fusion|osteotomy|nailing|amputation|implantation|insertion|removal|transplant\w*|bypass|graft\w*)\b/i;
/** An operation done closed: a closed reduction, a cast or splint. */
export const CLOSED_KIND = /\bclosed\b|\bcast(?:ing)?\b|\bsplint/i;
/** Hardware put in, however closed the reduction: "Closed reduction percutaneous pinning". */
export const FIXED = /\b(?:pinning|pins?|fixation|nailing|nail|screws?|plating|percutaneous|wires?)\b/i;
/** A line naming the head and neck as a region ("…, head and neck", "head, face or neck"). */
export const HEAD_AND_NECK = /\bhead\s*(?:,|\band\b|\bor\b|&|\/)\s*(?:neck|face)\b|\b(?:face|neck)\s*(?:,|\band\b|\bor\b|&|\/)\s*head\b/i;
/** Words by which a line takes some of the body back out ("not head or neck", "trunk and extremities only", "… requires …"). */
export const SOME_OF_BODY = /\b(?:not|no|only|except|excluding|excludes?|requires?|other than)\b/i;
/** The body as a line lists it whole: the head, the neck, the trunk and the limbs. */
export const WHOLE_BODY = [['head', 'face'], ['neck'], ['trunk', 'torso'], ['extremities', 'limbs', 'extremity']];
export const WHOLE_BODY_SAID = WHOLE_BODY.map((any) => new RegExp(`\\b(?:${any.join('|')})\\b`, 'i'));
/** "…, within suction-assisted lipectomy volume limits", "within 5000 ml aspirate limits": the limits another line sets, or a volume (read apart, lib/procedures/measures.ts), none of the line's words. */
export const WITHIN_LIMITS = /,?\s*\bwithin\s+(?:[\w.-]+\s+){0,4}?limits\b/gi;
/** "Herniorrhaphy, all types (inguinal, …)": every kind, no word a booking must say (it had asked for "types"). */
export const EVERY_KIND = /,?\s*\b(?:all|any)\s+(?:types?|kinds?|forms?|techniques?|approaches)\b(?=\s*(?:$|[,;(]))/gi;
/**
 * "Circumcision, neonatal or pediatric": every child's, an age (read apart, lib/procedures/ages.ts), no kind —
 * "neonatal" alone had read as the newborn circumcision, and a three-year-old's was no case of the line.
 */
export const EVERY_CHILD = /\b(?:neonatal|newborn|infant)\s*(?:,?\s*(?:infant|child)\s*)?,?\s*(?:or|and|\/)\s*(?:pediatric|paediatric|child(?:ren)?)\b/gi;
/** (Only a list that takes in the operating room: "bedside or ICU" alone keeps the case out of it.) */
export const everySetting = (text: string) => text.replace(EVERY_SETTING_LIST, (m) => (/\boperating\s+room\b|\bhybrid\b/i.test(m) ? '' : m));

/** "Creation, revision, or closure of ileostomy or colostomy": actions listed, of two things (the things last: not "… of pacemaker and defibrillator leads"). */
export const ACTIONS_OF = /^((?:[a-z]+,\s*)*[a-z]+,?\s+(?:or|and)\s+[a-z]+)\s+of\s+(?:an?\s+|the\s+)?([a-z]+)\s+(?:or|and)\s+([a-z]+)\b(\s*(?:[,;(].*)?)$/i;
/** "Insertion, removal or replacement of penile prosthesis": actions listed before the one thing they are of. */
export const ACTIONS_OF_ONE = /^((?:[a-z]+,\s*)*[a-z]+,?\s+(?:or|and)\s+[a-z]+)\s+of\s+(?:an?\s+|the\s+)?([a-z]+(?:[\s-]+[a-z]+){0,3})\s*(?:[,;(].*)?$/i;
/** "therapeutic intervention (…)", "interventions (…)": a heading of the examples in its parentheses. */
export const GENERIC_HEAD = /\b(?:therapeutic\s+)?(?:interventions?|procedures?)\s*\(/i;
/** The heading's words, asked of the operation the line heads with, not of its examples. */
export const GENERIC_HEAD_WORDS = new Set(['therapeutic', 'intervention', 'interventions']);
/** A stage, grade or level a line is limited to ("…, stage I and II"): said by a booking of a kind of the line's operation after "stage", and no other numeral said ("ASA II", "STAGE II-III"), it is the same stage (an excision of stage II endometriosis under "Fulguration or excision of endometriosis, stage I and II"). */
export const STAGE_WORDS = new Set(['i', 'ii', 'iii', 'iv']);
/** "Head: a, b or c" (no parentheses, a list after the colon). */
export const COLON_LIST = /^([^:();,]{3,60}?)\s*:\s*([^:()]*(?:,|\bor\b|\band\b)[^:()]*)$/i;
/** A heading of a form's list that names a category, no operation or limit: "Minor procedures", "Endoscopy", "Office procedures". */
export const CATEGORY_HEAD = /^\s*(?:(?:minor|office|bedside|basic|other|general|outpatient|ambulatory|endoscopic|diagnostic\s+and\s+therapeutic)\s+(?:procedures?|surgery|skills?|privileges?)|endoscopy|procedures?)\s*$/i;
/** A form's grade of a privilege before a colon ("Level 3:", "Core:"): no head of a list. */
export const GRADE = /^\s*(?:(?:level|tier|category|group|class|section|part|core|special)\b[\s\w.-]*|[\divx.]+)$/i;

/**
 * "Privileges to perform laser vaporization …", "Privileges for licensed pediatric dentists to perform
 * …": how a form words a line, no limit of it; and a note of what the privilege requires, "(laser
 * safety course required)", "(requires proctoring)", says who may hold it, not what it covers.
 */
export const PRIVILEGE_WORDING = /^\s*privileges?\s+(?:to|for)\s+(?:(?:[\w-]+\s+){0,5}?(?:to\s+)?(?:perform|provide|administer|do)\s+)?|\s*\((?:[^()]*\b(?:required|requires|requirement|certification|certified|course|proctor\w*|training)\b[^()]*)\)/gi;

/** A limb's regions: the places a line's own words give its operations that have none (see learn()). */
export const LIMB_REGION = new Set(['hand', 'wrist', 'forearm', 'elbow', 'arm', 'shoulder', 'foot', 'ankle', 'leg', 'knee', 'hip', 'thigh']);
/** The joints among them. */
export const JOINT = new Set(['wrist', 'elbow', 'shoulder', 'ankle', 'knee', 'hip']);
/** A side said of a limb: "lower extremity", "upper limb". */
export const LIMB_SIDE = /\b(?:upper|lower)\s+(?:extremit|limb)/i;
