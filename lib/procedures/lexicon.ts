/**
 * The built-in OR booking lexicon: abbreviations and shorthand mapped to words, approach and
 * modality words mapped to markers (`@robotic`, …), laterality words, spelling variants.
 * Booking text and catalog names both pass through it, so a catalog synonym written "LAP CHOLE"
 * and a booking "lap chole" meet in the same tokens.
 *
 * Ambiguous abbreviations carry a `context`: they expand only when one of those words (or a
 * laterality) is in the same part of the booking; otherwise they stay as written and the
 * matcher says "unknown" unless the catalog itself lists them.
 */

export interface Abbreviation {
  /** Folded tokens, space separated, e.g. "lap chole". */
  abbr: string;
  expansion: string;
  /** Expand only when one of these tokens is in the same part (`@lat` = a laterality word). */
  context?: string[];
}

/** One lexicon entry: the abbreviation (folded tokens), what it means, and when (`context`) it applies. */
const a = (abbr: string, expansion: string, context?: string): Abbreviation => (context ? { abbr, expansion, context: context.split(' ') } : { abbr, expansion });

/** A set of words, written as space-separated lists. */
const words = (list: string): Set<string> => new Set(list.split(' '));

// In OR booking text "lap" is laparoscopic, not laparotomy; "ex lap" is exploratory laparotomy.
export const ABBREVIATIONS: Abbreviation[] = [
  // approach and modality words
  a('lap', '@laparoscopic'),
  a('laparoscopic', '@laparoscopic'),
  a('laparoscopically', '@laparoscopic'),
  a('lsc', '@laparoscopic'),
  a('robotic', '@robotic'),
  a('robotically', '@robotic'),
  a('robot', '@robotic'),
  a('rob', '@robotic'),
  a('da vinci', '@robotic'),
  a('davinci', '@robotic'),
  a('xi', '', '@robotic'),
  a('endoscopic', '@endoscopic'),
  a('endoscopically', '@endoscopic'),
  a('percutaneous', '@percutaneous'),
  a('perc', '@percutaneous'),
  a('open', '@open'),
  a('laser', '@laser'),
  a('fluoroscopic', '@fluoroscopy'),
  a('fluoroscopy', '@fluoroscopy'),
  a('fluoro', '@fluoroscopy'),
  a('c arm', '@fluoroscopy'),
  a('moderate sedation', '@moderate-sedation'),
  a('conscious sedation', '@moderate-sedation'),
  a('procedural sedation', '@moderate-sedation'),
  a('mod sed', '@moderate-sedation'),
  // general surgery
  a('lap chole', '@laparoscopic cholecystectomy'),
  a('chole', 'cholecystectomy'),
  a('lc', '@laparoscopic cholecystectomy', 'ioc intraoperative cholangiogram cholangiography'),
  a('ioc', 'intraoperative cholangiogram'),
  a('appy', 'appendectomy'),
  a('lap appy', '@laparoscopic appendectomy'),
  a('ex lap', 'exploratory laparotomy'),
  a('ex', 'exploratory', 'laparotomy'),
  a('expl', 'exploratory'),
  a('dx lap', 'diagnostic laparoscopy'),
  a('dx', 'diagnostic', 'laparoscopy arthroscopy'),
  a('loa', 'lysis adhesion'),
  a('ihr', 'inguinal hernia repair'),
  a('lih', 'left inguinal hernia'),
  a('rih', 'right inguinal hernia'),
  a('bih', 'bilateral inguinal hernia'),
  a('vhr', 'ventral hernia repair'),
  a('uhr', 'umbilical hernia repair'),
  a('tep', '@laparoscopic inguinal hernia repair'),
  a('tapp', '@laparoscopic inguinal hernia repair'),
  a('herniorrhaphy', 'hernia repair'),
  a('hernioplasty', 'hernia repair'),
  a('rygb', 'roux en y gastric bypass'),
  a('lrygb', '@laparoscopic roux en y gastric bypass'),
  a('vsg', 'sleeve gastrectomy'),
  a('lsg', '@laparoscopic sleeve gastrectomy'),
  a('apr', 'abdominoperineal resection'),
  a('lar', 'low anterior resection'),
  a('tme', 'total mesorectal excision'),
  a('ipaa', 'ileal pouch anal anastomosis'),
  a('hipec', 'hyperthermic intraperitoneal chemotherapy'),
  a('whipple', 'pancreaticoduodenectomy'),
  a('nissen', 'fundoplication'),
  a('slnb', 'sentinel lymph node biopsy'),
  a('sln', 'sentinel lymph node', 'biopsy bx mapping'),
  a('alnd', 'axillary lymph node dissection'),
  a('mrm', 'modified radical mastectomy'),
  a('lumpectomy', 'partial mastectomy'),
  a('port a cath', 'port'),
  a('portacath', 'port'),
  a('mediport', 'port'),
  a('picc', 'peripherally inserted central catheter'),
  a('cvc', 'central venous catheter'),
  a('peg', 'percutaneous endoscopic gastrostomy'),
  a('eua', 'examination under anesthesia'),
  a('bx', 'biopsy'),
  a('ex', 'excision', 'lesion mass cyst lipoma'),
  a('exc', 'excision'),
  a('fx', 'fracture'),
  a('rem', 'removal'),
  a('hdw', 'hardware'),
  a('hw', 'hardware'),
  // orthopaedics
  a('tka', 'total knee arthroplasty'),
  a('tkr', 'total knee arthroplasty'),
  a('total knee replacement', 'total knee arthroplasty'),
  a('tha', 'total hip arthroplasty'),
  a('thr', 'total hip arthroplasty'),
  a('total hip replacement', 'total hip arthroplasty'),
  a('uka', 'unicompartmental knee arthroplasty'),
  a('pka', 'unicompartmental knee arthroplasty'),
  a('tsa', 'total shoulder arthroplasty'),
  a('rtsa', 'reverse total shoulder arthroplasty'),
  a('hemi', 'hemiarthroplasty'),
  a('orif', '@open reduction internal fixation'),
  a('crpp', 'closed reduction @percutaneous pinning'),
  a('imn', 'intramedullary nail'),
  a('im nail', 'intramedullary nail'),
  a('im rod', 'intramedullary nail'),
  a('imnail', 'intramedullary nail'),
  a('nailing', 'nail'),
  a('acl', 'anterior cruciate ligament'),
  a('aclr', 'anterior cruciate ligament reconstruction'),
  a('rcr', 'rotator cuff repair'),
  a('sad', 'subacromial decompression', 'shoulder arthroscopy arthroscopic rotator cuff @lat'),
  a('hto', 'high tibial osteotomy'),
  a('ctr', 'carpal tunnel release'),
  a('ectr', '@endoscopic carpal tunnel release'),
  a('scope', 'arthroscopy', 'knee shoulder hip ankle wrist elbow'),
  a('arthroscopic', '@endoscopic'),
  a('arthroscopically', '@endoscopic'),
  a('menisectomy', 'meniscectomy'),
  a('aka', 'above knee amputation', '@lat amputation revision'),
  a('bka', 'below knee amputation'),
  a('kypho', 'kyphoplasty'),
  // spine and neurosurgery
  a('acdf', 'anterior cervical discectomy fusion'),
  a('plif', 'posterior lumbar interbody fusion'),
  a('tlif', 'transforaminal lumbar interbody fusion'),
  a('alif', 'anterior lumbar interbody fusion'),
  a('xlif', 'lateral lumbar interbody fusion'),
  a('llif', 'lateral lumbar interbody fusion'),
  a('lami', 'laminectomy'),
  a('lam', 'laminectomy'),
  a('decompressive laminectomy', 'laminectomy'),
  a('micro', 'micro', 'discectomy diskectomy'),
  a('microdiscectomy', 'micro discectomy'),
  a('diskectomy', 'discectomy'),
  a('crani', 'craniotomy'),
  a('vps', 'ventriculoperitoneal shunt'),
  a('vp shunt', 'ventriculoperitoneal shunt'),
  a('evd', 'external ventricular drain'),
  a('dbs', 'deep brain stimulator'),
  a('vns', 'vagus nerve stimulator'),
  a('scs', 'spinal cord stimulator'),
  a('sdh', 'subdural hematoma'),
  // cardiothoracic and vascular
  a('cabg', 'coronary artery bypass graft'),
  a('opcab', 'off pump coronary artery bypass graft'),
  a('avr', 'aortic valve replacement'),
  a('mvr', 'mitral valve replacement'),
  a('tavr', 'transcatheter aortic valve replacement'),
  a('tavi', 'transcatheter aortic valve replacement'),
  a('lvad', 'left ventricular assist device'),
  a('aicd', 'implantable cardioverter defibrillator'),
  a('icd', 'implantable cardioverter defibrillator', 'implant implantation insertion placement generator change lead'),
  a('ppm', 'pacemaker'),
  a('pcm', 'pacemaker'),
  a('pci', 'percutaneous coronary intervention'),
  a('ptca', 'percutaneous coronary intervention'),
  a('lhc', 'left heart catheterization'),
  a('cath', 'catheterization'),
  a('vats', 'video assisted thoracoscopic surgery'),
  a('thoracoscopic', 'video assisted thoracoscopic surgery'),
  a('thoracoscopy', 'video assisted thoracoscopic surgery'),
  a('cea', 'carotid endarterectomy'),
  a('aaa', 'abdominal aortic aneurysm'),
  a('evar', 'endovascular aneurysm repair'),
  a('tevar', 'thoracic endovascular aneurysm repair'),
  a('avf', 'arteriovenous fistula'),
  a('av fistula', 'arteriovenous fistula'),
  a('avg', 'arteriovenous graft'),
  a('fem pop', 'femoral popliteal bypass'),
  a('fempop', 'femoral popliteal bypass'),
  a('evla', 'endovenous ablation'),
  a('gsv', 'great saphenous vein'),
  a('ssv', 'small saphenous vein'),
  a('rfa', 'radiofrequency ablation'),
  a('tips', 'transjugular intrahepatic portosystemic shunt'),
  a('ivc filter', 'inferior vena cava filter'),
  // urology
  a('turp', 'transurethral resection prostate'),
  a('turbt', 'transurethral resection bladder tumor'),
  a('pcnl', '@percutaneous nephrolithotomy'),
  a('eswl', 'extracorporeal shock wave lithotripsy'),
  a('swl', 'extracorporeal shock wave lithotripsy'),
  a('urs', 'ureteroscopy'),
  a('ureteroscopic', 'ureteroscopy'),
  a('cysto', 'cystoscopy'),
  a('ralp', '@robotic @laparoscopic radical prostatectomy'),
  a('rarp', '@robotic radical prostatectomy'),
  a('jj stent', 'ureteral stent'),
  a('dj stent', 'ureteral stent'),
  a('hol', '@laser', 'lithotripsy ureteroscopy'),
  a('holmium', '@laser'),
  a('holep', 'holmium @laser enucleation prostate'),
  a('pvp', 'photoselective vaporization prostate'),
  a('greenlight', '@laser'),
  a('vas', 'vasectomy', '@lat bilateral'),
  // OB/GYN
  a('tah', 'total abdominal hysterectomy'),
  a('bso', 'bilateral salpingo oophorectomy'),
  a('uso', 'salpingo oophorectomy'),
  a('lso', 'left salpingo oophorectomy'),
  a('rso', 'right salpingo oophorectomy'),
  a('tvh', 'vaginal hysterectomy'),
  a('tlh', 'total @laparoscopic hysterectomy'),
  a('lavh', '@laparoscopic assisted vaginal hysterectomy'),
  a('slh', 'supracervical @laparoscopic hysterectomy'),
  a('lsh', 'supracervical @laparoscopic hysterectomy'),
  a('rtlh', '@robotic total @laparoscopic hysterectomy'),
  a('leep', 'loop electrosurgical excision procedure'),
  a('btl', 'bilateral tubal ligation'),
  a('ltcs', 'low transverse cesarean section'),
  a('lscs', 'low transverse cesarean section'),
  a('c section', 'cesarean section'),
  a('csection', 'cesarean section'),
  a('cs', 'cesarean section', 'repeat primary btl ltcs tubal'),
  a('rcs', 'repeat cesarean section'),
  a('pcs', 'primary cesarean section'),
  a('tvt', 'midurethral sling'),
  a('tot', 'midurethral sling'),
  a('d and c', 'dilation curettage'),
  a('d and e', 'dilation evacuation'),
  a('hsc', 'hysteroscopy'),
  a('hysto', 'hysteroscopy'),
  a('hysteroscopic', 'hysteroscopy'),
  a('cerclage', 'cervical cerclage'),
  a('ectopic', 'ectopic pregnancy'),
  // ENT
  a('t and a', 'tonsillectomy adenoidectomy'),
  a('uppp', 'uvulopalatopharyngoplasty'),
  a('fess', 'functional @endoscopic sinus surgery'),
  a('bmt', 'bilateral myringotomy tube', 'ear ears tympanostomy adenoidectomy otitis'),
  a('pe tubes', 'myringotomy tube'),
  a('pe tube', 'myringotomy tube'),
  a('pet', 'myringotomy tube', '@lat bilateral adenoidectomy'),
  a('tympanostomy tube', 'myringotomy tube'),
  a('tympanostomy', 'myringotomy tube'),
  a('ear tubes', 'myringotomy tube'),
  a('dl', 'direct laryngoscopy'),
  a('dlb', 'direct laryngoscopy bronchoscopy'),
  a('msl', 'microsuspension laryngoscopy'),
  a('septo', 'septoplasty'),
  a('smr', 'submucous resection turbinate'),
  a('tip', 'turbinate', 'reduction'),
  a('ci', 'cochlear implant', '@lat implant cochlear'),
  // ophthalmology
  a('phaco', 'phacoemulsification'),
  a('phako', 'phacoemulsification'),
  a('ce', 'cataract extraction', 'iol phacoemulsification lens'),
  a('cei', 'cataract extraction intraocular lens'),
  a('ecce', 'extracapsular cataract extraction'),
  a('iol', 'intraocular lens'),
  a('ppv', 'pars plana vitrectomy'),
  a('pkp', 'penetrating keratoplasty'),
  a('dsek', 'endothelial keratoplasty'),
  a('dmek', 'endothelial keratoplasty'),
  a('dcr', 'dacryocystorhinostomy'),
  a('trab', 'trabeculectomy'),
  a('sb', 'scleral buckle', 'retinal detachment vitrectomy'),
  a('od', 'right', '@eye'),
  a('os', 'left', '@eye'),
  a('ou', 'bilateral', '@eye'),
  // GI endoscopy
  a('egd', 'esophagogastroduodenoscopy'),
  a('upper endoscopy', 'esophagogastroduodenoscopy'),
  a('colo', 'colonoscopy'),
  a('cscope', 'colonoscopy'),
  a('c scope', 'colonoscopy'),
  a('ercp', 'endoscopic retrograde cholangiopancreatography'),
  a('eus', 'endoscopic ultrasound'),
  a('flex sig', 'flexible sigmoidoscopy'),
  a('emr', 'endoscopic mucosal resection'),
  a('poem', 'peroral endoscopic myotomy'),
  // behavioral health and anesthesia
  a('ect', 'electroconvulsive therapy'),
  a('tms', 'transcranial magnetic stimulation'),
  a('esi', 'epidural steroid injection'),
  a('lesi', 'lumbar epidural steroid injection'),
  a('cesi', 'cervical epidural steroid injection'),
  a('tfesi', 'transforaminal epidural steroid injection'),
  a('mbb', 'medial branch block'),
  a('si joint', 'sacroiliac joint'),
  a('tee', 'transesophageal echocardiography'),
  a('a line', 'arterial line'),
  a('aline', 'arterial line'),
  // podiatry, plastics, dental
  a('hallux valgus correction', 'bunionectomy'),
  a('ingrown nail', 'nail avulsion'),
  a('stsg', 'split thickness skin graft'),
  a('ftsg', 'full thickness skin graft'),
  a('tram', 'tram flap'),
  a('bbl', 'gluteal fat grafting'),
  a('bsr', 'breast reduction'),
  a('reduction mammaplasty', 'breast reduction'),
  a('reduction mammoplasty', 'breast reduction'),
  a('augmentation mammaplasty', 'breast augmentation'),
  a('tummy tuck', 'abdominoplasty'),
  a('ext', 'extraction', 'tooth teeth dental molar molars third'),
  a('exts', 'extraction', 'tooth teeth dental molar molars third'),
  a('wisdom teeth', 'third molar'),
  a('tmj', 'temporomandibular joint'),
];

/** Words that carry the side or number of sites; they become the `laterality` field. */
export const LATERALITY: Record<string, string> = {
  left: 'left', l: 'left', lt: 'left', lft: 'left',
  right: 'right', r: 'right', rt: 'right', rgt: 'right',
  bilateral: 'bilateral', bilat: 'bilateral', bil: 'bilateral', bl: 'bilateral', bilaterally: 'bilateral',
};

/** Words that mark the text as about an eye, so OD/OS/OU read as sides. */
export const EYE_WORDS = words(
  'cataract phacoemulsification vitrectomy keratoplasty trabeculectomy intraocular'
  + ' retinal eye iol phaco lens glaucoma cornea corneal strabismus cei'
  + ' ppv pkp dsek dmek trab ce scleral buckle dcr dacryocystorhinostomy'
  + ' chalazion pterygium blepharoplasty ptosis ahmed lid eyelid vitreous retina'
  + ' keratoplasty enucleation conjunctival intravitreal cornea',
);

/** Spelling variants folded to one form (both sides of the match use it). */
export const VARIANTS: Record<string, string> = {
  dilatation: 'dilation', dilate: 'dilation', caesarean: 'cesarean', cesarian: 'cesarean',
  caesarian: 'cesarean', haemorrhoidectomy: 'hemorrhoidectomy', haemorrhoid: 'hemorrhoid',
  oesophagectomy: 'esophagectomy', oesophagogastroduodenoscopy: 'esophagogastroduodenoscopy',
  orthopaedic: 'orthopedic', tonsilectomy: 'tonsillectomy', appendicectomy: 'appendectomy',
  discectomies: 'discectomy', arthroplasties: 'arthroplasty', colonoscopies: 'colonoscopy',
  cholangiography: 'cholangiogram', intraop: 'intraoperative',
  intra: 'intraoperative', reconstructive: 'reconstruction',
  repaired: 'repair', arthrodesis: 'fusion', nephrolithotripsy: 'nephrolithotomy',
  mammaplasty: 'mammoplasty',
  oophorectomies: 'oophorectomy',
  insert: 'insertion', inserted: 'insertion', placement: 'insertion', place: 'insertion',
  implantation: 'insertion', implant: 'insertion', removed: 'removal',
  remove: 'removal', explant: 'removal', evacuate: 'evacuation', amputate: 'amputation',
  circ: 'circumcision', stabilization: 'fixation', myringotomies: 'myringotomy',
  adenotonsillectomy: 'tonsillectomy adenoidectomy', tonsillectomies: 'tonsillectomy',
  replace: 'replacement', replaced: 'replacement',
};

/** Words that never carry meaning for matching. */
export const STOPWORDS = words(
  'of the and with w a an to in on at by under via'
  + ' possible poss probable assisted assist guided guidance using plus or'
  + ' procedure proc case elective urgent emergent emergency stat addon'
  + ' add on level levels side site sided x vs sp tbd needed'
  + ' as if indicated without',
);

/**
 * Words that name an operation or its scope. Left over after matching, they mean the booking
 * asks for something the catalog did not match, so the part is `unknown`.
 */
export const PROCEDURE_WORDS = words(
  'repair reconstruction fixation fusion replacement removal excision'
  + ' resection biopsy release drainage amputation transplant transplantation'
  + ' insertion bypass graft grafting ligation closure debridement decompression'
  + ' stimulation injection block ablation dilation anastomosis reduction'
  + ' revision redo conversion exploration evacuation extraction implant'
  + ' reimplantation augmentation embolization stenting catheterization aspiration'
  + ' incision division lysis manipulation osteotomy instrumentation exchange'
  + ' radical partial transection enucleation vaporization cauterization destruction'
  + ' therapy infusion cerclage pinning nail flap shunt filter port'
  + ' pacemaker defibrillator',
);

const PROCEDURE_SUFFIX = /(ectomy|otomy|ostomy|plasty|pexy|rrhaphy|scopy|desis|tripsy|centesis|graphy|gram|lysis|tomies|ectomies)$/;

/** A word that names an operation: see PROCEDURE_WORDS, plus -ectomy, -otomy, -plasty, … */
export function isProcedureWord(token: string): boolean {
  return PROCEDURE_WORDS.has(token) || PROCEDURE_SUFFIX.test(token);
}

/** Words that only describe the site or indication; left over, they change nothing. */
export const DESCRIPTORS = words(
  'fracture distal proximal shaft mass lesion tumor diagnostic primary'
  + ' secondary recurrent simple complex acute chronic large small multiple'
  + ' single upper lower medial lateral anterior posterior superior inferior'
  + ' first second third fourth fifth index long ring digit finger toe'
  + ' great total minimally invasive mini micro excisional superficial deep'
  + ' frontal parietal temporal occipital awake screening routine staged repeat'
  // coronary bypass targets and conduits ("CABG x3, LIMA to LAD")
  + ' lima rima lad rca lcx om pda svg diag'
  // body-surface regions that only say where
  + ' arm forearm thigh leg calf hand foot back trunk abdomen chest flank'
  + ' buttock scalp face cheek forehead neck extremity wall ij abdominal'
  // sides, and gestational age
  + ' left right bilateral week wk',
);

/**
 * Actions a booking often spells out that add nothing once a procedure is matched ("VP shunt
 * placement", "DIEP flap reconstruction"). Changing actions (removal, revision, conversion) are
 * not here: left over, they still make the part unknown.
 */
export const DEFAULT_ACTIONS = words(
  'insertion reconstruction repair creation closure treatment surgery',
);
