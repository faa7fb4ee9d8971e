import { describe, expect, it } from 'vitest';
import { DEMO_CATALOG } from '../demo/catalog';
import { ProcedureMatcher, catalogReport, type MatchResult } from './matcher';
import { builtinVocabulary } from '../vocabulary/builtin';
import { readingsFor, specialtiesOfDepartments } from '../engine';

const matcher = new ProcedureMatcher(DEMO_CATALOG, { vocabulary: builtinVocabulary() });
const names = (r: MatchResult) => r.parts.map((p) => (p.status === 'matched' ? p.groups.map((g) => g[0].procedure).join(' or ') : 'UNKNOWN'));
/** Every catalog line that covers some part of the booking, once each, sorted. */
const covering = (r: MatchResult) => [...new Set(r.parts.flatMap((p) => p.groups.flat().map((c) => c.procedure)))].sort();
/** What a surgery department's catalog of just these lines makes of a booking, part by part. */
const one = (lines: string | string[], booking: string, code?: string) => names(new ProcedureMatcher([{ id: 'X', name: 'X', department: 'Surgery', kind: 'core' as const, procedures: [lines].flat().map((name) => ({ name })) }], { vocabulary: builtinVocabulary() }).match(booking, code));
/** What a practitioner of this department makes of a booking, an abbreviation settled by the department's specialties as the engine settles it. */
const asDept = (department: string, lines: string[], booking: string) => {
  const v = builtinVocabulary();
  const m = new ProcedureMatcher([{ id: 'X', name: 'X', department, kind: 'core' as const, procedures: lines.map((name) => ({ name })) }], { vocabulary: v });
  const mine = specialtiesOfDepartments(v, [department]);
  return m.match(booking).parts.map((p) => {
    const fits = p.readings ? readingsFor(p, mine) : [];
    const q = fits.length === 1 ? fits[0] : p;
    return q.status === 'matched' ? q.groups[0][0].procedure : 'UNKNOWN';
  });
};
/** An anesthesiology department's catalog of just these lines. */
/** One privilege with its title and department, as a form writes them (the title's ages and the department count). */
const titled = (title: string, department: string, procedures: Array<{ name: string; codes?: string[] }>) => new ProcedureMatcher([{ id: 'T', name: title, department, kind: 'core' as const, procedures }], { vocabulary: builtinVocabulary() });
const anesthesiology = (lines: string[]) => new ProcedureMatcher([{ id: 'A', name: 'Anesthesiology', department: 'Anesthesiology', kind: 'core' as const, procedures: lines.map((name) => ({ name })) }], { vocabulary: builtinVocabulary() });

describe('procedure matcher on booking text', () => {
  it('reads the bookings the issue names', () => {
    expect(names(matcher.match('LAP CHOLE W/ IOC'))).toEqual(['Laparoscopic cholecystectomy', 'Intraoperative cholangiogram']);
    const tka = matcher.match('R TKA');
    expect(names(tka)).toEqual(['Total knee arthroplasty']);
    expect(tka.laterality).toBe('right');
    const sleeve = matcher.match('ROBOTIC ASSISTED LAP SLEEVE GASTRECTOMY');
    expect(names(sleeve)).toEqual(['Laparoscopic sleeve gastrectomy']);
    expect(sleeve.approaches).toEqual(['robotic', 'laparoscopic']);
    expect(sleeve.approachRequirements.map((a) => a.privileges.map((p) => p.id))).toEqual([['ROBOTIC']]);
    const orif = matcher.match('ORIF L DISTAL RADIUS FX; REMOVAL HARDWARE');
    expect(names(orif)).toEqual(['Open reduction internal fixation', 'Removal of hardware']);
    expect(orif.laterality).toBe('left');
  });

  it('reads sites joined to the next operation by "+" as an operation of their own: a second hernia is not dropped', () => {
    expect(names(matcher.match('R INGUINAL + UMBILICAL HERNIA REPAIR'))).toEqual(['Inguinal hernia repair', 'Umbilical hernia repair']);
    // Joined by a comma, sites only say where the operation after them is.
    expect(names(matcher.match('R SHOULDER, ARTHROSCOPIC ROTATOR CUFF REPAIR'))).toEqual(['Rotator cuff repair']);
  });

  it('reads a part that names no route the way the rest of the booking is done: a salpingectomy beside a TAH is no laparoscopic one', () => {
    const catalog = [{ id: 'G', name: 'Gynecology', department: 'Gynecology', kind: 'core' as const, procedures: [
      { name: 'Laparoscopic salpingectomy' }, { name: 'Total abdominal hysterectomy' }, { name: 'Total laparoscopic hysterectomy' },
    ] }];
    const m = new ProcedureMatcher(catalog, { vocabulary: builtinVocabulary() });
    expect(names(m.match('TAH, BILATERAL SALPINGECTOMY'))).toEqual(['Total abdominal hysterectomy', 'UNKNOWN']);
    expect(names(m.match('TLH, BILATERAL SALPINGECTOMY'))).toEqual(['Total laparoscopic hysterectomy', 'Laparoscopic salpingectomy']);
    // Alone it says no route: the one line for it covers it, as before.
    expect(names(m.match('BILATERAL SALPINGECTOMY'))).toEqual(['Laparoscopic salpingectomy']);
    // An exploratory laparotomy is open whatever the booking's words: "EX LAP, L SALPINGECTOMY" is an open one.
    const withLap = new ProcedureMatcher([{ ...catalog[0], procedures: [...catalog[0].procedures, { name: 'Exploratory laparotomy' }] }], { vocabulary: builtinVocabulary() });
    expect(names(withLap.match('EX LAP, L SALPINGECTOMY'))).toEqual(['Exploratory laparotomy', 'UNKNOWN']);
  });

  it('reads an extraction of teeth #1, 16, 17 and 32 as a third molar extraction, and a treatment number as no tooth', () => {
    expect(names(matcher.match('EXT #1, 16, 17, 32 (FULL BONY IMPACTED) - IV SED'))).toEqual(['Third molar extraction']);
    expect(names(matcher.match('EXT #3, #14'))).toEqual(['Dental extraction']);
    expect(names(matcher.match('ECT #1 W/ SEIZURE THRESHOLD TITRATION'))).toEqual(['Electroconvulsive therapy']);
  });

  it('asks for each part of a combined operation the catalog does not list as one: a tympanomastoidectomy needs the tympanoplasty line too', () => {
    expect(names(matcher.match('R TYMPANOMASTOIDECTOMY'))).toEqual(['Tympanoplasty', 'Mastoidectomy']);
    const catalog = [{ id: 'E', name: 'ENT', department: 'Otolaryngology', kind: 'core' as const, procedures: [{ name: 'Mastoidectomy' }] }];
    const m = new ProcedureMatcher(catalog, { vocabulary: builtinVocabulary() });
    expect(names(m.match('R TYMPANOMASTOIDECTOMY'))).toEqual(['UNKNOWN', 'Mastoidectomy']);
    // A catalog that lists the combination covers it with that line alone.
    const whole = new ProcedureMatcher([{ ...catalog[0], procedures: [{ name: 'Tympanomastoidectomy' }] }], { vocabulary: builtinVocabulary() });
    expect(names(whole.match('R TYMPANOMASTOIDECTOMY'))).toEqual(['Tympanomastoidectomy']);
  });

  it('covers an operation the catalog delineates on a line of its own by that line only, not by a broader one', () => {
    const catalog = [{ id: 'P', name: 'Podiatry', department: 'Podiatry', kind: 'core' as const, procedures: [
      { name: 'Bunionectomy, with or without first metatarsal osteotomy' }, { name: 'First metatarsocuneiform arthrodesis (Lapidus)' },
    ] }];
    const both = new ProcedureMatcher(catalog, { vocabulary: builtinVocabulary() });
    // (The Lapidus line, the kind its parentheses name — never the bunionectomy line.)
    expect(names(both.match('L LAPIDUS BUNIONECTOMY'))).toEqual(['First metatarsocuneiform arthrodesis (Lapidus)']);
    expect(names(both.match('L BUNIONECTOMY'))).toEqual(['Bunionectomy, with or without first metatarsal osteotomy']);
    // Without a line of its own, a plain bunionectomy line covers it, as before (one "with or without
    // first metatarsal osteotomy" names the osteotomy kind, and covers no Lapidus arthrodesis).
    const broad = new ProcedureMatcher([{ ...catalog[0], procedures: [{ name: 'Bunionectomy' }] }], { vocabulary: builtinVocabulary() });
    expect(names(broad.match('L LAPIDUS BUNIONECTOMY'))).toEqual(['Bunionectomy']);
  });

  it("asks a robotic booking for the robotic privilege that names its operation, where the facility grants the robot per service", () => {
    const catalog = [
      { id: 'GS', name: 'General Surgery Core', department: 'General Surgery', kind: 'core' as const, procedures: [{ name: 'Laparoscopic cholecystectomy' }, { name: 'Total knee arthroplasty' }] },
      { id: 'GS-ROB', name: 'Robotic surgery, general', department: 'General Surgery', kind: 'special' as const, approach: 'robotic' as const, procedures: [{ name: 'Robotic-assisted cholecystectomy' }] },
      { id: 'URO-ROB', name: 'Robotic surgery, urology', department: 'Urology', kind: 'special' as const, approach: 'robotic' as const, procedures: [{ name: 'Robotic-assisted radical prostatectomy' }] },
    ];
    const m = new ProcedureMatcher(catalog, { vocabulary: builtinVocabulary() });
    expect(m.match('ROBOTIC CHOLECYSTECTOMY').approachRequirements.map((r) => r.privileges.map((p) => p.id))).toEqual([['GS-ROB']]);
    // An operation no robotic privilege names, where each names its operations: the robot is not privileged for it here.
    const mako = m.match('MAKO TKA');
    expect(mako.approachRequirements).toEqual([]);
    expect(mako.parts.find((p) => p.status === 'unknown')?.why).toMatch(/the booking is robotic, and no robotic privilege of the catalog lists Total knee arthroplasty/);
    // An approach privilege's own entry that names an operation privileges it: the cholecystectomy is covered by the general line or the robotic one.
    expect(m.match('ROBOTIC CHOLECYSTECTOMY').parts.map((p) => p.groups.flat().map((x) => x.privilegeId))).toEqual([['GS', 'GS-ROB']]);
  });

  it('reads a word listed beside one the line uses as another kind it covers, not a limit ("metacarpal or phalangeal")', () => {
    const catalog = [{ id: 'O', name: 'Orthopaedics', department: 'Orthopaedic Surgery', kind: 'core' as const, procedures: [
      { name: 'Fixation of metacarpal or phalangeal fracture, open or percutaneous' },
      { name: 'Open reduction and internal fixation of distal femur and bicondylar tibial plateau fractures' },
    ] }];
    const m = new ProcedureMatcher(catalog, { vocabulary: builtinVocabulary() });
    expect(names(m.match('ORIF R 5TH METACARPAL NECK FX'))).toEqual(['Fixation of metacarpal or phalangeal fracture, open or percutaneous']);
    // Both kinds named ("internal and external") limit nothing.
    const both = new ProcedureMatcher([{ ...catalog[0], procedures: [{ name: 'Hemorrhoidectomy, internal and external' }] }], { vocabulary: builtinVocabulary() });
    expect(names(both.match('HEMORRHOIDECTOMY 3 COLUMN'))).toEqual(['Hemorrhoidectomy, internal and external']);
    // A last item that describes a site ("bicondylar tibial plateau") still limits the line.
    expect(names(m.match('ORIF L LATERAL TIBIAL PLATEAU, SCHATZKER II'))).toEqual(['UNKNOWN']);
  });

  it('meets a line limited to a region with a site within it: a lipoma of the back is on the trunk, an arm is no lower extremity', () => {
    const catalog = [{ id: 'S', name: 'Surgery', department: 'General Surgery', kind: 'core' as const, procedures: [
      { name: 'Excision of subcutaneous soft tissue mass, trunk or extremities' }, { name: 'Creation of arteriovenous fistula, lower extremity' },
    ] }];
    const m = new ProcedureMatcher(catalog, { vocabulary: builtinVocabulary() });
    expect(names(m.match('EXCISION LIPOMA BACK 6 CM'))).toEqual(['Excision of subcutaneous soft tissue mass, trunk or extremities']);
    expect(names(m.match('BRACHIOCEPHALIC AVF, L ARM'))).toEqual(['UNKNOWN']);
  });

  it('reads a site listed beside an operation\'s own site as another kind of the line, not a limit on it ("liver or renal tumor")', () => {
    const catalog = [{ id: 'IR', name: 'Interventional Radiology', department: 'Radiology', kind: 'core' as const, procedures: [
      { name: 'Percutaneous thermal ablation of liver or renal tumor, radiofrequency or microwave' },
    ] }];
    const m = new ProcedureMatcher(catalog, { vocabulary: builtinVocabulary() });
    expect(names(m.match('MICROWAVE ABLATION LIVER LESION 2.5 CM'))).toEqual(['Percutaneous thermal ablation of liver or renal tumor, radiofrequency or microwave']);
    expect(names(m.match('CT GUIDED LUNG ABLATION'))).toEqual(['UNKNOWN']);
  });

  it('does not read the operation after pre- or post- as the case booked', () => {
    expect(names(matcher.match('POST-TKA MANIPULATION UNDER ANESTHESIA'))).toEqual(['Manipulation under anesthesia']);
    expect(names(matcher.match('PRE-TKA EVAL'))).toEqual(['UNKNOWN']);
    expect(names(matcher.match('POST-OP TKA'))).toEqual(['Total knee arthroplasty']);
  });

  it('reads every word it can: an excisional biopsy with needle localization is no core needle biopsy, and CABG with vein harvest is no vein harvest alone', () => {
    const catalog = [{ id: 'X', name: 'X', department: 'Surgery', kind: 'core' as const, procedures: [
      { name: 'Percutaneous image-guided core needle biopsy of breast' }, { name: 'Endoscopic saphenous vein harvest' },
    ] }];
    const m = new ProcedureMatcher(catalog, { vocabulary: builtinVocabulary() });
    expect(names(m.match('RT BREAST EXCISIONAL BIOPSY W/ NEEDLE LOC'))).toContain('UNKNOWN');
    expect(names(m.match('CABG X4 W/ EVH'))).toContain('UNKNOWN');
    expect(names(m.match('US GUIDED CORE NEEDLE BIOPSY L BREAST'))).toEqual(['Percutaneous image-guided core needle biopsy of breast']);
  });

  it('does not let a line for a scope cover an open operation, nor a fracture line a dislocation', () => {
    expect(names(matcher.match('RT OPEN SUBPECTORAL BICEPS TENODESIS'))).toEqual(['UNKNOWN']);
    expect(names(matcher.match('ARTHROSCOPIC BICEPS TENODESIS'))).toEqual(['Shoulder arthroscopy']);
    expect(names(matcher.match('CLOSED REDUCTION DISLOCATED LT THA UNDER MAC'))).toEqual(['UNKNOWN']);
    expect(names(matcher.match('CLOSED REDUCTION DISTAL RADIUS FX'))).toEqual(['Closed reduction of fracture']);
  });

  it('holds a booking to what its lines say about the robot, the patient\'s age and the number of levels', () => {
    const catalog = [{ id: 'X', name: 'X', department: 'Surgery', kind: 'core' as const, procedures: [
      { name: 'Appendectomy, open and laparoscopic' }, { name: 'Robotic-assisted cholecystectomy' }, { name: 'Cholecystectomy, open and laparoscopic' },
      { name: 'Inguinal hernia repair, open or laparoscopic, age 12 and over' },
      { name: 'Posterior lumbar fusion with instrumentation, one to three levels' },
    ] }];
    const m = new ProcedureMatcher(catalog, { vocabulary: builtinVocabulary() });
    // No robotic approach privilege in this catalog: a robotic booking needs a line that names the robot.
    expect(names(m.match('ROBOTIC APPENDECTOMY'))).toEqual(['UNKNOWN']);
    expect(names(m.match('LAP APPENDECTOMY'))).toEqual(['Appendectomy, open and laparoscopic']);
    expect(names(m.match('ROBOTIC CHOLECYSTECTOMY'))).toEqual(['Robotic-assisted cholecystectomy']);
    // An age the booking states, outside the line's.
    expect(names(m.match('R INGUINAL HERNIA REPAIR - 3 YO, PEDS'))).toContain('UNKNOWN');
    expect(names(m.match('R INGUINAL HERNIA REPAIR - 45 YO'))).toEqual(['Inguinal hernia repair, open or laparoscopic, age 12 and over']);
    expect(names(m.match('R INGUINAL HERNIA REPAIR'))).toEqual(['Inguinal hernia repair, open or laparoscopic, age 12 and over']);
    // Levels the booking spans, outside the line's.
    expect(names(m.match('POSTERIOR SPINAL FUSION L2-S1 W/ INSTRUMENTATION'))).toContain('UNKNOWN');
    expect(names(m.match('POSTERIOR SPINAL FUSION L4-S1 W/ INSTRUMENTATION'))).not.toContain('UNKNOWN');
  });

  it('covers an add-on booked with its parent by the parent\'s line only where the catalog has no line of its own for it', () => {
    const lines = (names: string[]) => new ProcedureMatcher([{ id: 'X', name: 'X', department: 'Surgery', kind: 'core' as const, procedures: names.map((name) => ({ name })) }], { vocabulary: builtinVocabulary() });
    const covering = (r: MatchResult) => r.parts.map((p) => p.groups.flat().map((c) => c.procedure).sort());
    expect(covering(lines(['Laparoscopic cholecystectomy', 'Intraoperative cholangiography']).match('LAP CHOLE W/ IOC')))
      .toEqual([['Laparoscopic cholecystectomy'], ['Intraoperative cholangiography']]);
    // (The IOC, covered by the same line, is not listed apart.)
    const alone = lines(['Laparoscopic cholecystectomy']).match('LAP CHOLE W/ IOC');
    expect(covering(alone)).toEqual([['Laparoscopic cholecystectomy']]);
    expect(alone.parts.every((p) => p.status === 'matched')).toBe(true);
  });

  it('reads catalog lines that list kinds or actions, and bookings that name both heart catheterizations', () => {
    const lines = (names: string[]) => new ProcedureMatcher([{ id: 'X', name: 'X', department: 'Surgery', kind: 'core' as const, procedures: names.map((name) => ({ name })) }], { vocabulary: builtinVocabulary() });
    const covering = (r: MatchResult) => r.parts.map((p) => p.groups.flat().map((c) => c.procedure).sort());
    // "Revision" as one item of a list of actions does not make the line a revision line only.
    expect(covering(lines(['Ostomy – creation, closure, revision (colostomy/ileostomy)']).match('DIVERTING LOOP ILEOSTOMY')))
      .toEqual([['Ostomy – creation, closure, revision (colostomy/ileostomy)']]);
    // "TAH" is an abdominal hysterectomy: a line for abdominal or vaginal ones covers it, not a TLH.
    const hyst = lines(['Hysterectomy, abdominal or vaginal']);
    expect(names(hyst.match('TAH'))).toEqual(['Hysterectomy, abdominal or vaginal']);
    expect(names(hyst.match('TLH'))).toEqual(['UNKNOWN']);
    // "IMPLANTS" beside tooth numbers are dental implants; elsewhere an implant is no operation of its own.
    expect(names(lines(['Endosseous dental implant placement']).match('IMPLANTS #8, #9'))).toEqual(['Endosseous dental implant placement']);
    // "IR G tube" is percutaneous: a line for open or laparoscopic gastrostomy does not cover it.
    const gtube = lines(['Gastrostomy, open or laparoscopic', 'Percutaneous gastrostomy tube placement']);
    expect(covering(gtube.match('IR G TUBE PLACEMENT'))).toEqual([['Percutaneous gastrostomy tube placement']]);
    expect(covering(gtube.match('LAP G TUBE'))).toEqual([['Gastrostomy, open or laparoscopic']]);
    // "Right and left heart": not a left heart catheterization alone.
    expect(names(lines(['Left heart catheterization with coronary angiography']).match('Diagnostic cath, right and left heart'))).toContain('UNKNOWN');
    // A catalog's "A/B" lists two kinds: the second is no limit on the first.
    expect(covering(lines(['Septoplasty', 'Turbinate reduction/submucous resection']).match('SEPTOPLASTY, BILAT INFERIOR TURBINATE REDUCTION')))
      .toEqual([['Septoplasty'], ['Turbinate reduction/submucous resection']]);
  });

  it('does not let a valve-in-valve TAVR pass for a TAVR', () => {
    expect(names(matcher.match('TAVR'))).toEqual(['Transcatheter aortic valve replacement']);
    expect(names(matcher.match('VALVE-IN-VALVE TAVR'))).toContain('UNKNOWN');
  });

  it('moves spinal levels into their own field', () => {
    expect(matcher.match('L4-5 TLIF').levels).toEqual(['L4-L5']);
    expect(matcher.match('ACDF C5-C6, C6-7').levels).toEqual(['C5-C6', 'C6-C7']);
    expect(matcher.match('RIGHT L5-S1 MICRODISCECTOMY')).toMatchObject({ levels: ['L5-S1'], laterality: 'right' });
  });

  it.each([
    ['DA VINCI PROSTATECTOMY', 'robotic'],
    ['ROBOT-ASSISTED HYSTERECTOMY', 'robotic'],
    ['LAPAROSCOPIC APPENDECTOMY', 'laparoscopic'],
    ['ENDOSCOPIC CARPAL TUNNEL RELEASE', 'endoscopic'],
    ['PERCUTANEOUS NEPHROLITHOTOMY', 'percutaneous'],
    ['OPEN APPENDECTOMY', 'open'],
    ['HOLMIUM LASER LITHOTRIPSY', 'laser'],
    ['SI JOINT INJECTION UNDER FLUOROSCOPY', 'fluoroscopy'],
    ['FLUOROSCOPIC GUIDED ESI', 'fluoroscopy'],
    ['COLONOSCOPY UNDER MODERATE SEDATION', 'moderate-sedation'],
  ])('detects the approach in "%s" as %s', (text, approach) => {
    expect(matcher.match(text).approaches).toContain(approach);
  });

  it('reads LAP as laparoscopic but EX LAP as exploratory laparotomy', () => {
    expect(names(matcher.match('LAP APPY'))).toEqual(['Laparoscopic appendectomy']);
    expect(names(matcher.match('EX LAP'))).toEqual(['Exploratory laparotomy']);
  });

  it('expands ambiguous abbreviations only with context', () => {
    expect(names(matcher.match('AKA'))).toEqual(['UNKNOWN']);
    expect(names(matcher.match('L AKA'))).toEqual(['Above-knee amputation']);
    expect(names(matcher.match('BMT'))).toEqual(['UNKNOWN']);
    expect(names(matcher.match('ADENOIDECTOMY, BMT'))).toEqual(['Adenoidectomy', 'Myringotomy with tubes']);
    expect(names(matcher.match('L SHOULDER ARTHROSCOPY, SAD'))).toEqual(['Shoulder arthroscopy']);
    expect(names(matcher.match('SAD'))).toEqual(['UNKNOWN']);
  });

  it('leaves out what the booking says is not done, and the indication', () => {
    expect(names(matcher.match('LAP CHOLE W/O IOC'))).toEqual(['Laparoscopic cholecystectomy']);
    expect(names(matcher.match('LAP CHOLE FOR GALLSTONE PANCREATITIS'))).toEqual(['Laparoscopic cholecystectomy']);
  });

  it('asks for both approaches when the booking allows a conversion', () => {
    expect(names(matcher.match('LAP APPY, POSS OPEN'))).toEqual(['Laparoscopic appendectomy', 'Open appendectomy']);
  });

  it('keeps a booked revision apart from the primary procedure', () => {
    expect(names(matcher.match('REVISION TKA'))).toEqual(['Revision total knee arthroplasty']);
    expect(names(matcher.match('REVISION ACL RECONSTRUCTION'))).toContain('UNKNOWN');
  });

  it('matches a code exactly, ahead of the text', () => {
    const r = matcher.match('HIP SURGERY', '0SR90J9');
    expect(r.parts).toEqual([expect.objectContaining({ status: 'matched', via: 'code' })]);
    expect(names(r)).toEqual(['Total hip arthroplasty']);
    expect(matcher.match('ECT', 'gzb4zzz').parts[0].via).toBe('code');
  });

  it('says which part of a booking it does not know and offers the closest catalog entries', () => {
    const r = matcher.match('LAP CHOLE, LIVER TRANSPLANT');
    expect(names(r)).toEqual(['Laparoscopic cholecystectomy', 'UNKNOWN']);
    expect(r.parts[1].text).toBe('LIVER TRANSPLANT');
    expect(matcher.match('EXCISION LESION R ARM').parts[0].status).toBe('matched');
    expect(matcher.match('EXCISION VOCAL CORD LESION').parts.some((p) => p.status === 'unknown')).toBe(true);
    expect(matcher.match('BRAIN TUMOR THING').parts[0].candidates?.length).toBeGreaterThan(0);
  });

  it('treats empty booking text as naming no procedure', () => {
    expect(matcher.match('   ').parts).toEqual([expect.objectContaining({ status: 'unknown', why: 'the booking text names no procedure' })]);
  });
});

describe('catalog lines that exclude, imply a route or name a joint', () => {
  const line = (...names: string[]) =>
    new ProcedureMatcher([{ id: 'X', name: 'Core', department: 'D', kind: 'core', procedures: names.map((name) => ({ name })) }], { vocabulary: builtinVocabulary() });
  const verdicts = (m: ProcedureMatcher, booking: string) => m.match(booking).parts.map((p) => (p.status === 'matched' ? p.groups.flat().map((c) => c.procedure).join(' / ') : 'UNKNOWN'));

  it('does not cover what a line excludes, and says so', () => {
    const m = line('Spinal fusion, except cervical');
    expect(verdicts(m, 'L4-5 TLIF')).toEqual(['Spinal fusion, except cervical']);
    const acdf = m.match('ACDF C5-6').parts[0];
    expect(acdf.status).toBe('unknown');
    expect(acdf.why).toContain('which excludes cervical');
  });

  it('reads a list of hysterectomy kinds as each kind, the excluded one left out', () => {
    const m = line('Hysterectomy (abdominal, vaginal, laparoscopic), excluding radical hysterectomy');
    expect(verdicts(m, 'TAH')).toEqual(['Hysterectomy (abdominal, vaginal, laparoscopic), excluding radical hysterectomy']);
    expect(verdicts(m, 'TLH')).toEqual(['Hysterectomy (abdominal, vaginal, laparoscopic), excluding radical hysterectomy']);
    expect(verdicts(m, 'LAVH')).toEqual(['Hysterectomy (abdominal, vaginal, laparoscopic), excluding radical hysterectomy']);
    expect(verdicts(m, 'RADICAL HYSTERECTOMY')).toEqual(['UNKNOWN']);
  });

  it('keeps an abdominal hysterectomy privilege to open hysterectomies', () => {
    const m = line('Total abdominal hysterectomy');
    expect(verdicts(m, 'TAH BSO')[0]).toBe('Total abdominal hysterectomy');
    expect(verdicts(m, 'ABDOMINAL HYSTERECTOMY')).toEqual(['Total abdominal hysterectomy']);
    expect(verdicts(m, 'TLH')).toEqual(['UNKNOWN']);
    expect(verdicts(m, 'ROBOTIC HYSTERECTOMY')).toEqual(['UNKNOWN']);
  });

  it('reads the main clause as the privilege and parentheses as the kinds it names', () => {
    const m = line(
      'Hysterectomy, laparoscopic (TLH/LAVH/LSH) ± BSO',
      'Posterior lumbar spinal fusion with pedicle screw instrumentation, including TLIF and PLIF',
      'Ankle arthroscopy and lateral ankle ligament reconstruction (Brostrom procedure)',
    );
    expect(verdicts(m, 'TLH')).toEqual(['Hysterectomy, laparoscopic (TLH/LAVH/LSH) ± BSO']);
    expect(verdicts(m, 'LAVH')).toEqual(['Hysterectomy, laparoscopic (TLH/LAVH/LSH) ± BSO']);
    expect(verdicts(m, 'LAPAROSCOPIC RADICAL HYSTERECTOMY')).toEqual(['UNKNOWN']);
    expect(verdicts(m, 'L4-5 TLIF')).toEqual(['Posterior lumbar spinal fusion with pedicle screw instrumentation, including TLIF and PLIF']);
    expect(verdicts(m, 'L ANKLE ARTHROSCOPY')).toEqual(['Ankle arthroscopy and lateral ankle ligament reconstruction (Brostrom procedure)']);
    expect(verdicts(m, 'R WRIST ARTHROSCOPY')).toEqual(['UNKNOWN']);
  });

  it('does not make a line need a word its operation already says', () => {
    const m = line('Open reduction and internal fixation of acetabular fractures', 'Amputation of the upper and lower extremity, including digits, transtibial and transfemoral levels');
    expect(verdicts(m, 'ORIF ACETABULUM')).toEqual(['Open reduction and internal fixation of acetabular fractures']);
    expect(verdicts(m, 'R BKA')).toEqual(['Amputation of the upper and lower extremity, including digits, transtibial and transfemoral levels']);
  });

  it('meets a "for …" clause only with the word that tells it apart', () => {
    const m = line('Craniotomy for resection of supratentorial brain tumor', 'Exploratory laparotomy for trauma');
    expect(verdicts(m, 'CRANIOTOMY FOR SUPRATENTORIAL TUMOR')).toEqual(['Craniotomy for resection of supratentorial brain tumor']);
    expect(verdicts(m, 'SUBOCCIPITAL CRANIOTOMY FOR CEREBELLAR TUMOR')).toEqual(['UNKNOWN']);
    expect(verdicts(m, 'EX LAP - GSW')).toEqual(['Exploratory laparotomy for trauma']);
  });

  it('covers what follows "with" only booked together with what comes before it', () => {
    const m = line('Excision of skin lesion with complex closure', 'Cholecystectomy with cholangiography');
    expect(verdicts(m, 'COMPLEX WOUND REPAIR 12 CM')).toEqual(['UNKNOWN']);
    expect(verdicts(m, 'IOC')).toEqual(['UNKNOWN']);
    expect(m.match('LAP CHOLE W/ IOC').parts.every((p) => p.status === 'matched')).toBe(true);
  });

  it('reads "arthroscopy" beside the jaw joint as a TMJ arthroscopy, not every arthroscopy', () => {
    const m = line('Temporomandibular joint arthrocentesis and arthroscopy', 'Knee arthroscopy, including meniscectomy, meniscal repair, chondroplasty and loose body removal');
    expect(verdicts(m, 'TMJ ARTHROSCOPY')).toEqual(['Temporomandibular joint arthrocentesis and arthroscopy']);
    expect(verdicts(m, 'R WRIST ARTHROSCOPY')).toEqual(['UNKNOWN']);
    expect(verdicts(m, 'L KNEE SCOPE, PARTIAL MEDIAL MENISCECTOMY')).toEqual(['Knee arthroscopy, including meniscectomy, meniscal repair, chondroplasty and loose body removal']);
  });
});

describe('operations a booking lists beside each other', () => {
  const catalog = [{ id: 'S', name: 'Surgery', department: 'Surgery', kind: 'core' as const, procedures: [
    { name: 'Septoplasty' }, { name: 'Inferior turbinate reduction (submucous resection, radiofrequency, outfracture)' },
    { name: 'Rotator cuff repair (open/arthroscopic)' }, { name: 'Biceps tenodesis/tenotomy' },
  ] }];
  const m = new ProcedureMatcher(catalog, { vocabulary: builtinVocabulary() });

  it('checks a turbinate reduction booked beside a septoplasty against the catalog\'s own turbinate line, not the septoplasty\'s', () => {
    const r = m.match('SEPTOPLASTY, TURBINATE REDUCTION');
    expect(names(r)[0]).toBe('Septoplasty');
    // The catalog delineates turbinate reduction apart: the septoplasty line does not cover it.
    expect(r.parts[1].groups.flat().map((p) => p.procedure)).not.toContain('Septoplasty');
  });

  it('reads "Biceps tenodesis/tenotomy" as both operations, and needs it for a tenodesis booked with a cuff repair', () => {
    expect(names(m.match('ARTHROSCOPIC ROTATOR CUFF REPAIR W/ BICEPS TENODESIS'))).toEqual(['Rotator cuff repair (open/arthroscopic)', 'Biceps tenodesis/tenotomy']);
    expect(names(m.match('BICEPS TENOTOMY'))).toEqual(['Biceps tenodesis/tenotomy']);
  });
});

describe('where a catalog line says the operation is done', () => {
  const catalog = [{ id: 'S', name: 'Surgery', department: 'Surgery', kind: 'core' as const, procedures: [
    { name: 'Incision and drainage of deep foot abscess and debridement of foot ulcer' },
    { name: 'Incision and drainage of abscess, cyst, hematoma, skin and subcutaneous tissue' },
    { name: 'Incision and drainage of perirectal and perianal abscess' },
    { name: 'Fracture fixation, hip – IM nail, sliding hip screw, cannulated screws' },
    { name: 'AV fistula/graft creation for dialysis access' },
  ] }];
  const m = new ProcedureMatcher(catalog, { vocabulary: builtinVocabulary() });

  it('keeps a foot abscess line to the foot: an axillary abscess needs the skin and subcutaneous line', () => {
    expect(names(m.match('I&D ABSCESS L AXILLA'))).toEqual(['Incision and drainage of abscess, cyst, hematoma, skin and subcutaneous tissue']);
    expect(names(m.match('I&D ABSCESS R FOOT'))).toEqual(['Incision and drainage of deep foot abscess and debridement of foot ulcer']);
    // No site said: which line is for it cannot be told.
    expect(names(m.match('I&D ABSCESS'))).toEqual(['UNKNOWN']);
  });

  it('reads a line that names the hip in a device name as fixing any hip fracture, the femoral neck included', () => {
    expect(names(m.match('Percutaneous pinning left femoral neck fracture, cannulated screws'))).toEqual(['Fracture fixation, hip – IM nail, sliding hip screw, cannulated screws']);
  });

  it('meets "for dialysis access" with an AV graft booked without the word dialysis', () => {
    expect(names(m.match('RT FOREARM LOOP AV GRAFT'))).toEqual(['AV fistula/graft creation for dialysis access']);
  });
});

describe('lines that name some kinds of a family', () => {
  const catalog = [{ id: 'S', name: 'Surgery', department: 'Surgery', kind: 'core' as const, procedures: [
    { name: 'Percutaneous thermal ablation of liver or renal tumor, radiofrequency or microwave' },
    { name: 'Operative vaginal delivery, vacuum and forceps (outlet and low)' },
    { name: 'Extraction of erupted tooth or exposed root, simple' },
    { name: 'Surgical extraction of erupted tooth, including sectioning and bone removal' },
    { name: 'Primary and interval cytoreductive surgery for ovarian carcinoma, including bowel resection, splenectomy and diaphragm stripping' },
  ] }];
  const m = new ProcedureMatcher(catalog, { vocabulary: builtinVocabulary() });

  it('does not cover a cryoablation with a radiofrequency-or-microwave line, and says which kinds the line names', () => {
    const cryo = m.match('CRYOABLATION RENAL MASS').parts[0];
    expect(cryo.status).toBe('unknown');
    expect(cryo.why).toContain('cryoablation');
    expect(names(m.match('RFA RENAL MASS'))).toEqual(['Percutaneous thermal ablation of liver or renal tumor, radiofrequency or microwave']);
  });

  it('does not cover a rotational mid-forceps delivery with an outlet-and-low forceps line', () => {
    expect(names(m.match('mid-forceps rotational (Kielland)'))).toEqual(['UNKNOWN']);
    expect(names(m.match('outlet forceps delivery'))).toEqual(['Operative vaginal delivery, vacuum and forceps (outlet and low)']);
  });

  it('reads "tooth or exposed root" as two kinds, so a simple extraction meets the simple line', () => {
    const r = m.match('SIMPLE EXTRACTION #8, #9');
    expect(r.parts[0].groups.flat().map((p) => p.procedure)).toContain('Extraction of erupted tooth or exposed root, simple');
    expect(r.parts[0].groups.flat().map((p) => p.procedure)).not.toContain('Surgical extraction of erupted tooth, including sectioning and bone removal');
  });

  it('keeps a line\'s "for ovarian carcinoma" on the bowel resection it includes: a hernia\'s bowel resection is not covered by it', () => {
    expect(names(m.match('L incarcerated femoral hernia, open repair, poss bowel resection')).slice(-1)).toEqual(['UNKNOWN']);
  });

  it('does not read a lone "repair" as a patellar tendon repair (a wording whose "PT" reads as "patient")', () => {
    const tendon = new ProcedureMatcher([{ id: 'O', name: 'Ortho', department: 'Orthopaedics', kind: 'core' as const, procedures: [
      { name: 'Open repair of tendon ruptures of the lower extremity, including Achilles, quadriceps and patellar tendons' }] }], { vocabulary: builtinVocabulary() });
    expect(names(tendon.match('L FEMORAL HERNIA, OPEN REPAIR'))).not.toContain('Open repair of tendon ruptures of the lower extremity, including Achilles, quadriceps and patellar tendons');
  });
});

describe('what an "including …" clause names', () => {
  const catalog = [{ id: 'C', name: 'Cardiology', department: 'Cardiology', kind: 'core' as const, procedures: [
    { name: 'Percutaneous coronary intervention: balloon angioplasty and stenting, including bypass grafts' },
    { name: 'Endovascular aneurysm coiling, flow diversion and embolization, including middle meningeal artery embolization' },
    { name: 'Operative vaginal delivery (vacuum/forceps)' },
  ] }];
  const m = new ProcedureMatcher(catalog, { vocabulary: builtinVocabulary() });

  it('does not read a PCI line\'s "including bypass grafts" as a coronary bypass operation', () => {
    expect(names(m.match('CABG X3'))).toEqual(['UNKNOWN']);
    expect(names(m.match('PCI RCA'))).toEqual(['Percutaneous coronary intervention: balloon angioplasty and stenting, including bypass grafts']);
  });

  it('does not cover a prostate artery embolization with a cerebral aneurysm line that says "embolization"', () => {
    expect(names(m.match('Prostate artery embolization'))).toEqual(['UNKNOWN']);
    expect(names(m.match('Coil embolization of basilar tip aneurysm'))).toEqual(['Endovascular aneurysm coiling, flow diversion and embolization, including middle meningeal artery embolization']);
  });

  it('still reads a forceps delivery from "(vacuum/forceps)"', () => {
    expect(names(m.match('FORCEPS ASSISTED VAGINAL DELIVERY'))).toEqual(['Operative vaginal delivery (vacuum/forceps)']);
  });
});

describe('limits a booking meets without saying the word', () => {
  const catalog = [{ id: 'S', name: 'Surgery', department: 'Surgery', kind: 'core' as const, procedures: [
    { name: 'Image-guided percutaneous biopsy of solid organs, lung, bone and soft tissue' },
    { name: 'Septal myectomy for hypertrophic obstructive cardiomyopathy' },
  ] }];
  const m = new ProcedureMatcher(catalog, { vocabulary: builtinVocabulary() });

  it('reads "solid organs, lung, bone" as kinds, so a lung biopsy meets the line', () => {
    expect(names(m.match('CT guided bx R lung nodule'))).toEqual(['Image-guided percutaneous biopsy of solid organs, lung, bone and soft tissue']);
  });

  it('meets "for hypertrophic obstructive cardiomyopathy" with HOCM, and with a septal myectomy alone (the operation is always done for it)', () => {
    expect(names(m.match('septal myectomy, HOCM'))).toEqual(['Septal myectomy for hypertrophic obstructive cardiomyopathy']);
    expect(names(m.match('septal myectomy'))).toEqual(['Septal myectomy for hypertrophic obstructive cardiomyopathy']);
  });

});

describe('words a broader operation\'s name says', () => {
  it('does not read "fracture" as a limit of an ORIF line: a proximal humerus ORIF meets "ORIF of fracture, upper extremity"', () => {
    const m = new ProcedureMatcher([{ id: 'O', name: 'Ortho', department: 'Orthopaedics', kind: 'core' as const, procedures: [
      { name: 'Open reduction and internal fixation of fracture, upper extremity, excluding hand' }] }], { vocabulary: builtinVocabulary() });
    expect(names(m.match('ORIF R PROXIMAL HUMERUS FX'))).toEqual(['Open reduction and internal fixation of fracture, upper extremity, excluding hand']);
    expect(names(m.match('ORIF L BIMALLEOLAR ANKLE FX'))).toEqual(['UNKNOWN']);
    expect(names(m.match('ORIF R 5TH METACARPAL FX'))).toEqual(['UNKNOWN']);
  });
});

describe('a procedure master\'s word order', () => {
  it('reads "REPAIR, HERNIA, VENTRAL, OPEN, WITH MESH" as one ventral hernia repair, with no part left unknown', () => {
    const m = new ProcedureMatcher([{ id: 'G', name: 'General', department: 'General Surgery', kind: 'core' as const, procedures: [
      { name: 'Umbilical, epigastric or ventral hernia repair, open, with or without mesh' }, { name: 'Laparoscopic inguinal hernia repair, TEP or TAPP' }] }], { vocabulary: builtinVocabulary() });
    expect(names(m.match('REPAIR, HERNIA, VENTRAL, OPEN, WITH MESH'))).toEqual(['Umbilical, epigastric or ventral hernia repair, open, with or without mesh']);
    expect(names(m.match('REPAIR, HERNIA, INGUINAL, LAPAROSCOPIC'))).toEqual(['Laparoscopic inguinal hernia repair, TEP or TAPP']);
    // An action with nothing after it still names nothing.
    expect(names(m.match('REPAIR'))).toEqual(['UNKNOWN']);
  });
});

describe('an operation named after "for"', () => {
  const catalog = [{ id: 'G', name: 'GI', department: 'Gastroenterology', kind: 'core' as const, procedures: [
    { name: 'Esophagogastroduodenoscopy with or without biopsy' }, { name: 'Diagnostic thoracoscopy with or without biopsy' },
    { name: 'Laparoscopic cholecystectomy' }, { name: 'Adductor canal block' },
  ] }];
  const m = new ProcedureMatcher(catalog, { vocabulary: builtinVocabulary() });

  it('needs the line for the operation after "for": "EGD FOR POEM" is not covered by an EGD line alone', () => {
    const r = m.match('EGD FOR POEM');
    expect(names(r)).toEqual(['Esophagogastroduodenoscopy with or without biopsy', 'UNKNOWN']);
    expect(r.parts[1].concept).toBe('Peroral endoscopic myotomy');
  });

  it('leaves a case unknown when the operation after "for" cannot be placed', () => {
    expect(names(m.match('THORACOSCOPY FOR LOBECTOMY'))).toContain('UNKNOWN');
  });

  it('still reads a diagnosis, a history or what a block is for as the reason, not the case', () => {
    expect(names(m.match('LAP CHOLE FOR CHOLECYSTITIS'))).toEqual(['Laparoscopic cholecystectomy']);
    expect(names(m.match('EGD FOR DYSPHAGIA S/P NISSEN FUNDOPLICATION'))).toEqual(['Esophagogastroduodenoscopy with or without biopsy']);
    expect(names(m.match('ADDUCTOR CANAL BLOCK - FOR TKA'))).toEqual(['Adductor canal block']);
  });
});

describe('typos in operation names', () => {
  it('never corrects one operation\'s ending into another\'s: a nephrotomy is no nephrostomy', () => {
    const m = new ProcedureMatcher([{ id: 'U', name: 'IR', department: 'Interventional Radiology', kind: 'core' as const, procedures: [
      { name: 'Percutaneous nephrostomy' }, { name: 'Appendectomy, open or laparoscopic' }] }], { vocabulary: builtinVocabulary() });
    expect(names(m.match('NEPHROTOMY'))).toEqual(['UNKNOWN']);
    expect(names(m.match('LAP APPENDECTMY'))).toEqual(['Appendectomy, open or laparoscopic']);
  });

  it('corrects a typo one letter from two spellings of one word: MICRODISECTOMY (microdiscectomy, microdiskectomy)', () => {
    const m = new ProcedureMatcher([{ id: 'N', name: 'Spine', department: 'Neurosurgery', kind: 'core' as const, procedures: [
      { name: 'Lumbar microdiscectomy' }] }], { vocabulary: builtinVocabulary() });
    const r = m.match('L4-5 MICRODISECTOMY LEFT');
    expect(names(r)).toEqual(['Lumbar microdiscectomy']);
    expect(r.corrections.map(([from]) => from)).toEqual(['microdisectomy']);
  });
});

describe('operations a narrow line does not grant', () => {
  const m = new ProcedureMatcher([
    { id: 'O', name: 'Orthopaedics', department: 'Orthopaedics', kind: 'core' as const, procedures: [{ name: 'Arthroscopic meniscectomy, knee' }] },
    { id: 'G', name: 'Gynecology', department: 'Gynecology', kind: 'core' as const, procedures: [{ name: 'Laparoscopic tubal ligation' }] },
    { id: 'E', name: 'ENT', department: 'Otolaryngology', kind: 'core' as const, procedures: [{ name: 'Tonsillectomy' }] }], { vocabulary: builtinVocabulary() });

  it('reads "…, knee" closing a meniscectomy line as where it is done, not a knee arthroscopy: a meniscus repair is not covered', () => {
    expect(names(m.match('RT KNEE SCOPE PARTIAL MEDIAL MENISCECTOMY'))).toEqual(['Arthroscopic meniscectomy, knee']);
    expect(names(m.match('ARTHROSCOPIC MENISCUS REPAIR LEFT KNEE'))).toEqual(['UNKNOWN']);
    expect(names(m.match('KNEE ARTHROSCOPY WITH SYNOVECTOMY'))).toEqual(['UNKNOWN']);
  });

  it('covers an operation under a "Combined … and …" line only together with the other', () => {
    const eye = new ProcedureMatcher([{ id: 'E', name: 'Ophthalmology', department: 'Ophthalmology', kind: 'core' as const, procedures: [
      { name: 'Combined cataract and glaucoma surgery' }] }], { vocabulary: builtinVocabulary() });
    expect(names(eye.match('PHACO IOL'))).toContain('UNKNOWN');
  });

  it('does not cover a postpartum (open) tubal ligation with a laparoscopic line, nor a post-tonsillectomy bleed with a tonsillectomy line', () => {
    expect(names(m.match('LAPAROSCOPIC BTL'))).toEqual(['Laparoscopic tubal ligation']);
    expect(names(m.match('POSTPARTUM TUBAL LIGATION'))).toEqual(['UNKNOWN']);
    expect(names(m.match('POST TONSILLECTOMY HEMORRHAGE CONTROL'))).toEqual(['UNKNOWN']);
  });
});

describe('a line naming one add-on after "with"', () => {
  const lines = covering;
  const pulm = (procedures: { name: string }[]) => new ProcedureMatcher([{ id: 'P', name: 'Pulmonary', department: 'Pulmonary Medicine', kind: 'core' as const, procedures }], { vocabulary: builtinVocabulary() });

  it('is that kind of the operation where the catalog has other lines for it: a lavage line does not cover a bronchoscopy with an endobronchial biopsy', () => {
    const m = pulm([{ name: 'Flexible bronchoscopy, diagnostic' }, { name: 'Bronchoscopy with bronchoalveolar lavage' }, { name: 'Bronchoscopy with endobronchial biopsy' }]);
    const ebbx = lines(m.match('FLEX BRONCH W/ EBBX CARINA LESION'));
    expect(ebbx).toContain('Bronchoscopy with endobronchial biopsy');
    expect(ebbx).not.toContain('Bronchoscopy with bronchoalveolar lavage');
    const bal = lines(m.match('BRONCH W/ BAL RLL'));
    expect(bal).toContain('Bronchoscopy with bronchoalveolar lavage');
    expect(bal).not.toContain('Bronchoscopy with endobronchial biopsy');
    expect(lines(m.match('AWAKE FOB FOR AIRWAY EVAL'))).toEqual(['Flexible bronchoscopy, diagnostic']);
  });

  it('is the operation\'s privilege where it is the catalog\'s only line for it, and a list after "with" names what the line includes', () => {
    const only = pulm([{ name: 'Bronchoscopy with bronchoalveolar lavage' }]);
    expect(names(only.match('AWAKE FOB FOR AIRWAY EVAL'))).toEqual(['Bronchoscopy with bronchoalveolar lavage']);
    const gi = new ProcedureMatcher([{ id: 'G', name: 'GI', department: 'Gastroenterology', kind: 'core' as const, procedures: [
      { name: 'Colonoscopy with biopsy, polypectomy, hemostasis' }, { name: 'Colonoscopy with control of bleeding' }] }], { vocabulary: builtinVocabulary() });
    expect(lines(gi.match('COLONOSCOPY - FIT POSITIVE'))).toEqual(['Colonoscopy with biopsy, polypectomy, hemostasis']);
  });
});

describe('lines a form delineates by lesion size or weeks of pregnancy', () => {
  const m = new ProcedureMatcher([{ id: 'G', name: 'General', department: 'General Surgery', kind: 'core' as const, procedures: [
    { name: 'Excision of Soft Tissue Mass, Subcutaneous (< 3 cm)' }] }, { id: 'O', name: 'Gynecology', department: 'Obstetrics and Gynecology', kind: 'core' as const, procedures: [
    { name: 'Dilation and Evacuation, Second Trimester (up to 20 weeks)' }, { name: 'Suction Dilation and Curettage, First Trimester' }] }], { vocabulary: builtinVocabulary() });

  it('does not cover a 6 cm lipoma by a line for masses under 3 cm, nor a D&E at 22 weeks by one up to 20 weeks', () => {
    expect(names(m.match('EXCISION LIPOMA R THIGH 6 CM SUBCUTANEOUS'))).toEqual(['UNKNOWN']);
    expect(m.match('EXCISION LIPOMA R THIGH 6 CM SUBCUTANEOUS').parts[0].why).toContain('6 cm');
    expect(names(m.match('D&E 22 WKS (IUFD)'))).toEqual(['UNKNOWN']);
  });

  it('covers what is within the line, or states no measure, and reads a missed abortion as why the D&C is done', () => {
    expect(names(m.match('EXCISION LIPOMA BACK 2 CM'))).toEqual(['Excision of Soft Tissue Mass, Subcutaneous (< 3 cm)']);
    expect(names(m.match('EXCISION SUBCUTANEOUS MASS BACK'))).toEqual(['Excision of Soft Tissue Mass, Subcutaneous (< 3 cm)']);
    expect(names(m.match('D&E 18 WKS'))).toEqual(['Dilation and Evacuation, Second Trimester (up to 20 weeks)']);
    expect(names(m.match('Suction D&C, Missed Abortion 9 Weeks'))).toEqual(['Suction Dilation and Curettage, First Trimester']);
  });
});

describe('a credentialing export\'s short lines with parenthetical lists (held-out set 14)', () => {
  const m = new ProcedureMatcher([
    { id: 'A', name: 'Anesthesiology - Advanced', department: 'Anesthesiology', kind: 'special' as const, procedures: [
      { name: 'Peripheral Nerve Blocks, Upper Extremity (Interscalene, Supraclavicular, Axillary)' },
      { name: 'Peripheral Nerve Blocks, Lower Extremity (Femoral, Adductor Canal, Popliteal Sciatic)' },
      { name: 'Truncal Blocks (TAP, Erector Spinae, Paravertebral)' }] },
    { id: 'P', name: 'Pulmonary', department: 'Pulmonary Medicine', kind: 'core' as const, procedures: [
      { name: 'Flexible Bronchoscopy, Diagnostic (Including BAL, Brushing)' }, { name: 'Moderate Sedation (Bronchoscopy)' }] },
    { id: 'G', name: 'Gastroenterology', department: 'Gastroenterology', kind: 'core' as const, procedures: [
      { name: 'Upper Endoscopy (EGD)' }, { name: 'Upper GI Hemostasis (Clips, Injection, Banding)' }] },
  ], { vocabulary: builtinVocabulary() });

  it('reads each listed block before the line\'s head noun: a femoral or popliteal sciatic block is the lower extremity line\'s, an ankle block no line\'s', () => {
    expect(names(m.match('R FEMORAL NERVE BLOCK'))).toEqual(['Peripheral Nerve Blocks, Lower Extremity (Femoral, Adductor Canal, Popliteal Sciatic)']);
    expect(names(m.match('POPLITEAL SCIATIC BLOCK L'))).toEqual(['Peripheral Nerve Blocks, Lower Extremity (Femoral, Adductor Canal, Popliteal Sciatic)']);
    expect(names(m.match('INTERSCALENE BLOCK'))).toEqual(['Peripheral Nerve Blocks, Upper Extremity (Interscalene, Supraclavicular, Axillary)']);
    expect(names(m.match('ANKLE BLOCK'))).toEqual(['UNKNOWN']);
  });

  it('reads "Truncal Blocks (TAP, …)" as those blocks, its category word no limit', () => {
    expect(names(m.match('BILATERAL TAP BLOCKS'))).toEqual(['Truncal Blocks (TAP, Erector Spinae, Paravertebral)']);
    expect(names(m.match('ESP BLOCK T6'))).toEqual(['Truncal Blocks (TAP, Erector Spinae, Paravertebral)']);
  });

  it('reads "Moderate Sedation (Bronchoscopy)" as sedation, a bronchoscopy as flexible unless it says rigid, and a diagnostic line as taking the lavage it names', () => {
    expect(names(m.match('BRONCHOSCOPY W/ BAL, RML'))).toEqual(['Flexible Bronchoscopy, Diagnostic (Including BAL, Brushing)']);
    expect(names(m.match('RIGID BRONCHOSCOPY'))).toEqual(['UNKNOWN']);
  });

  it('does not let the EGD line cover a control of bleeding the catalog lists on a line of its own', () => {
    const r = m.match('EGD FOR UGIB W/ CLIP + EPI INJECTION');
    expect(names(r)[0]).toBe('Upper Endoscopy (EGD)');
    expect(names(r)).toContain('UNKNOWN');
  });
});

describe('kinds a form lists apart by course or occasion', () => {
  it('needs the maintenance ECT line only for a booking that says maintenance, and the re-excision line only for a re-excision', () => {
    const m = new ProcedureMatcher([
      { id: 'E', name: 'ECT', department: 'Psychiatry', kind: 'special' as const, procedures: [
        { name: 'Electroconvulsive therapy, including monitoring' }, { name: 'Continuation and maintenance electroconvulsive therapy' }] },
      { id: 'B', name: 'Breast', department: 'Breast Surgery', kind: 'core' as const, procedures: [
        { name: 'Partial mastectomy' }, { name: 'Re-excision of partial mastectomy margins' }] },
    ], { vocabulary: builtinVocabulary() });
    expect(names(m.match('ECT #3 RUL'))).toEqual(['Electroconvulsive therapy, including monitoring']);
    const lines = (t: string) => covering(m.match(t));
    expect(lines('MAINTENANCE ECT Q4 WEEKS')).toEqual(['Continuation and maintenance electroconvulsive therapy']);
    expect(lines('LUMPECTOMY LT BREAST - ADD ON')).toEqual(['Partial mastectomy']);
    expect(lines('RE-EXCISION MARGINS L BREAST')).toEqual(['Re-excision of partial mastectomy margins']);
  });
});

describe('a line a form tells apart by a describing word', () => {
  const lines = (m: ProcedureMatcher, t: string) => covering(m.match(t));
  it('needs the complex cataract line for a booking that says complex or names a Malyugin or tension ring, and only the routine one for a plain phaco with its lens', () => {
    const m = new ProcedureMatcher([{ id: 'O', name: 'Ophthalmology', department: 'Ophthalmology', kind: 'core' as const, procedures: [
      { name: 'Cataract extraction with intraocular lens implantation' }, { name: 'Complex cataract extraction with intraocular lens implantation' }] }], { vocabulary: builtinVocabulary() });
    expect(lines(m, 'PHACO W/ IOL OS')).toEqual(['Cataract extraction with intraocular lens implantation']);
    expect(lines(m, 'CATARACT OD PHACO W/ IOL + CAPSULAR TENSION RING (PXF)')).toEqual(['Complex cataract extraction with intraocular lens implantation']);
    expect(lines(m, 'COMPLEX PHACO W/ IOL OS - MALYUGIN RING, TRYPAN BLUE')).toEqual(['Complex cataract extraction with intraocular lens implantation']);
  });

  it('reads a describing word after the comma that closes a "with" as the line\'s own: "…with IOL, complex (…)" is for complex cases', () => {
    const m = new ProcedureMatcher([{ id: 'O', name: 'Ophthalmology Core', department: 'Ophthalmology', kind: 'core' as const, procedures: [
      { name: 'Cataract extraction with IOL, routine' }, { name: 'Cataract extraction with IOL, complex (iris expansion, capsular tension ring, pediatric)' }] }], { vocabulary: builtinVocabulary() });
    expect(lines(m, 'CATARACT EXTRACTION RT W/ MALYUGIN RING')).toEqual(['Cataract extraction with IOL, complex (iris expansion, capsular tension ring, pediatric)']);
    expect(lines(m, 'PHACO W/ IOL OD')).toEqual(['Cataract extraction with IOL, routine']);
  });

  it('reads "complex, requiring …" as what makes a case complex: a Malyugin ring needs that line, and its "device" makes no lead extraction of the cataract line', () => {
    const m = new ProcedureMatcher([{ id: 'O', name: 'Ophthalmology', department: 'Ophthalmology', kind: 'core' as const, procedures: [
      { name: 'Cataract extraction, phacoemulsification, with intraocular lens implantation' },
      { name: 'Cataract extraction, complex, requiring iris expansion device, capsular tension ring or primary posterior capsulorrhexis' }] }], { vocabulary: builtinVocabulary() });
    const complex = 'Cataract extraction, complex, requiring iris expansion device, capsular tension ring or primary posterior capsulorrhexis';
    expect(lines(m, 'CE/IOL OS W/ MALYUGIN RING')).toEqual([complex]);
    expect(lines(m, 'CE/IOL OS COMPLEX')).toEqual([complex]);
    expect(lines(m, 'PHACO OD')).toEqual(['Cataract extraction, phacoemulsification, with intraocular lens implantation']);
    expect(names(m.match('PACEMAKER LEAD EXTRACTION'))).toEqual(['UNKNOWN']);
  });
});

describe('a VA-style form\'s inverted and parenthesised wording (held-out set 13)', () => {
  const m = new ProcedureMatcher([
    { id: 'GS', name: 'General Surgery Core Privileges', department: 'General Surgery', kind: 'core' as const, procedures: [
      { name: 'Gastrostomy, open or laparoscopic (excluding percutaneous endoscopic gastrostomy)' }] },
    { id: 'U', name: 'Urology Core Privileges', department: 'Urology', kind: 'core' as const, procedures: [
      { name: 'Nephrectomy, radical, partial or simple, open' }, { name: 'Nephrectomy, laparoscopic, radical or simple (excluding partial nephrectomy)' }] },
    { id: 'CT', name: 'Thoracic Surgery Core Privileges', department: 'Cardiothoracic Surgery', kind: 'core' as const, procedures: [
      { name: 'Lobectomy or segmentectomy, open or video-assisted' }] },
    { id: 'P', name: 'Psychiatry Interventional Procedures', department: 'Psychiatry', kind: 'special' as const, procedures: [
      { name: 'Administration of electroconvulsive therapy, acute and maintenance courses' }] },
  ], { vocabulary: builtinVocabulary() });

  it('does not cover a PEG by a gastrostomy line that excludes it in parentheses, nor a laparoscopic partial nephrectomy by open and laparoscopic lines that leave it out', () => {
    expect(names(m.match('PEG TUBE PLACEMENT'))).toEqual(['UNKNOWN']);
    expect(names(m.match('OPEN GASTROSTOMY'))).toEqual(['Gastrostomy, open or laparoscopic (excluding percutaneous endoscopic gastrostomy)']);
    expect(names(m.match('LAPAROSCOPIC PARTIAL NEPHRECTOMY RT'))).toEqual(['UNKNOWN']);
    expect(names(m.match('OPEN PARTIAL NEPHRECTOMY'))).toEqual(['Nephrectomy, radical, partial or simple, open']);
  });

  it('reads "Reduction, inferior turbinates, …" as the turbinate reduction a septoplasty booking\'s ITR needs', () => {
    const ent = new ProcedureMatcher([{ id: 'E', name: 'Otolaryngology Core Privileges', department: 'Otolaryngology - Head and Neck Surgery', kind: 'core' as const, procedures: [
      { name: 'Septoplasty' }, { name: 'Reduction, inferior turbinates, submucous resection or radiofrequency' }] }], { vocabulary: builtinVocabulary() });
    expect(names(ent.match('SEPTOPLASTY/BIL ITR (COBLATION)'))).toEqual(['Septoplasty', 'Reduction, inferior turbinates, submucous resection or radiofrequency']);
  });

  it('does not let the septoplasty line cover a turbinate reduction where a line InScope cannot read speaks of turbinates', () => {
    const ent = new ProcedureMatcher([{ id: 'E', name: 'ENT', department: 'Otolaryngology', kind: 'core' as const, procedures: [
      { name: 'Septoplasty' }, { name: 'Turbinate work by the Zorblatt method' }] }], { vocabulary: builtinVocabulary() });
    expect(names(ent.match('SEPTOPLASTY, ITR'))).toEqual(['Septoplasty', 'UNKNOWN']);
    const plain = new ProcedureMatcher([{ id: 'E', name: 'ENT', department: 'Otolaryngology', kind: 'core' as const, procedures: [{ name: 'Septoplasty' }] }], { vocabulary: builtinVocabulary() });
    expect(names(plain.match('SEPTOPLASTY, ITR'))).toEqual(['Septoplasty']);
  });

  it('reads the VA form\'s category lines: a MAKO TKA under the robotic-arm line, AF ablation as supraventricular, "Performance of" a heart catheterization, an EVAR as infrarenal', () => {
    const va = new ProcedureMatcher([
      { id: 'O', name: 'Orthopaedic Arthroplasty', department: 'Orthopaedic Surgery', kind: 'core' as const, procedures: [
        { name: 'Arthroplasty, knee, total, primary' }, { name: 'Arthroplasty, hip or knee, robotic-arm assisted (e.g., MAKO, ROSA)' }] },
      { id: 'EP', name: 'Cardiac Electrophysiology', department: 'Cardiology', kind: 'special' as const, procedures: [
        { name: 'Catheter ablation, supraventricular arrhythmias, including atrial flutter and atrial fibrillation' }] },
      { id: 'C', name: 'Invasive Cardiology', department: 'Cardiology', kind: 'core' as const, procedures: [
        { name: 'Performance of right heart catheterization, including hemodynamic measurements and vasodilator challenge' }] },
      { id: 'GS', name: 'General Surgery Core Privileges', department: 'General Surgery', kind: 'core' as const, procedures: [
        { name: 'Anorectal procedures, including hemorrhoidectomy, fistulotomy, sphincterotomy and excision of anal lesions' }] },
      { id: 'V', name: 'Vascular Surgery', department: 'Vascular Surgery', kind: 'special' as const, procedures: [
        { name: 'Endovascular repair of infrarenal abdominal aortic aneurysm (EVAR)' }] },
    ], { vocabulary: builtinVocabulary() });
    expect(names(va.match('LT TOTAL KNEE ARTHROPLASTY, MAKO ROBOTIC'))).toEqual(['Arthroplasty, hip or knee, robotic-arm assisted (e.g., MAKO, ROSA)']);
    expect(names(va.match('RT TKA'))).toEqual(['Arthroplasty, knee, total, primary']);
    expect(names(va.match('PVI CRYOBALLOON ABLATION, PAROXYSMAL AF'))).toEqual(['Catheter ablation, supraventricular arrhythmias, including atrial flutter and atrial fibrillation']);
    expect(names(va.match('RHC PRE-TRANSPLANT'))).toEqual(['Performance of right heart catheterization, including hemodynamic measurements and vasodilator challenge']);
    expect(names(va.match('EVAR (GORE EXCLUDER), PERCUTANEOUS BIL FEMORAL ACCESS'))).toEqual(['Endovascular repair of infrarenal abdominal aortic aneurysm (EVAR)']);
  });

  it('reads a salpingectomy booked with a hysterectomy as part of it', () => {
    const gyn = new ProcedureMatcher([{ id: 'G', name: 'Gynecology', department: 'Gynecology', kind: 'core' as const, procedures: [
      { name: 'Hysterectomy, laparoscopic or robotic-assisted, total or supracervical' }] }], { vocabulary: builtinVocabulary() });
    expect(names(gyn.match('ROBOTIC TLH/BS (XI)'))).not.toContain('UNKNOWN');
    // (The "total" of a TLH is the hysterectomy's, not a total salpingectomy's.)
    expect(names(gyn.match('TLH W/ BS'))).toEqual(['Hysterectomy, laparoscopic or robotic-assisted, total or supracervical']);
  });

  it('reads a cardiothoracic lobectomy line that says video-assisted, and "Administration of" ECT', () => {
    expect(names(m.match('RT VATS RUL LOBECTOMY'))).toEqual(['Lobectomy or segmentectomy, open or video-assisted']);
    expect(names(m.match('ECT #6 RUL, MAINTENANCE'))).toEqual(['Administration of electroconvulsive therapy, acute and maintenance courses']);
  });
});

describe('an adversarial pass over the new line readings', () => {
  const m = new ProcedureMatcher([
    { id: 'S', name: 'Surgery', department: 'General Surgery', kind: 'core' as const, procedures: [
      { name: 'Hernia repair (excluding laparoscopic)' }, { name: 'Nephrectomy (not laparoscopic)' }, { name: 'Excision of benign skin lesion, 2 cm or less' }] },
    { id: 'P', name: 'Pulmonary', department: 'Pulmonology', kind: 'core' as const, procedures: [{ name: 'Bronchoscopy with bronchoalveolar lavage' }] },
    { id: 'A', name: 'Regional Anesthesia', department: 'Anesthesiology', kind: 'special' as const, procedures: [
      { name: 'Peripheral nerve blocks, upper extremity (interscalene, supraclavicular)' }] },
  ], { vocabulary: builtinVocabulary() });

  it('keeps out the route an "(excluding …)" or "(not …)" names', () => {
    expect(names(m.match('LAPAROSCOPIC INGUINAL HERNIA REPAIR'))).toEqual(['UNKNOWN']);
    expect(names(m.match('OPEN INGUINAL HERNIA REPAIR'))).toEqual(['Hernia repair (excluding laparoscopic)']);
    expect(names(m.match('LAP NEPHRECTOMY'))).toEqual(['UNKNOWN']);
  });

  it('asks which size where the catalog splits an excision by size, and reads SVG as a saphenous vein graft', () => {
    const split = new ProcedureMatcher([{ id: 'S', name: 'Surgery', department: 'General Surgery', kind: 'core' as const, procedures: [
      { name: 'Excision of soft tissue mass, subcutaneous (< 3 cm)' }, { name: 'Excision of soft tissue mass, subcutaneous, 3 cm or greater' }] },
      { id: 'C', name: 'PCI', department: 'Cardiology', kind: 'special' as const, procedures: [{ name: 'Saphenous vein graft PCI' }] }], { vocabulary: builtinVocabulary() });
    expect(names(split.match('EXCISION SUBCUTANEOUS MASS'))).toEqual(['UNKNOWN']);
    expect(names(split.match('EXCISION SUBCUTANEOUS MASS 5 CM'))).toEqual(['Excision of soft tissue mass, subcutaneous, 3 cm or greater']);
    expect(names(split.match('PCI SVG TO OM WITH STENT'))).toEqual(['Saphenous vein graft PCI']);
  });

  it('reads "diagnostic or with …" as offering what follows: the line covers a diagnostic EGD', () => {
    const gi = new ProcedureMatcher([{ id: 'G', name: 'GI', department: 'Gastroenterology', kind: 'core' as const, procedures: [
      { name: 'Esophagogastroduodenoscopy, diagnostic or with biopsy, hemostasis, or foreign body removal' }, { name: 'Esophageal dilation, endoscopic, balloon or bougie' }] }], { vocabulary: builtinVocabulary() });
    expect(names(gi.match('EGD'))).toEqual(['Esophagogastroduodenoscopy, diagnostic or with biopsy, hemostasis, or foreign body removal']);
    expect(names(gi.match('EGD W/ SAVARY DILATION'))).toEqual(['Esophagogastroduodenoscopy, diagnostic or with biopsy, hemostasis, or foreign body removal', 'Esophageal dilation, endoscopic, balloon or bougie']);
  });

  it('does not let a line naming one add-on cover another booked with it, a benign lesion line a melanoma, nor a block line listing two blocks a third', () => {
    expect(names(m.match('BRONCHOSCOPY WITH BAL AND TRANSBRONCHIAL BIOPSY'))).toEqual(['Bronchoscopy with bronchoalveolar lavage', 'UNKNOWN']);
    expect(names(m.match('EXCISION MELANOMA BACK 1 CM'))).toEqual(['UNKNOWN']);
    expect(names(m.match('EXCISION SEBORRHEIC KERATOSIS BACK 1 CM'))).toEqual(['Excision of benign skin lesion, 2 cm or less']);
    expect(names(m.match('INFRACLAVICULAR BLOCK'))).toEqual(['UNKNOWN']);
    expect(names(m.match('INTERSCALENE BLOCK'))).toEqual(['Peripheral nerve blocks, upper extremity (interscalene, supraclavicular)']);
  });
});

describe('the labor and delivery unit as a place', () => {
  it('reads "L&D" as where an ECV or a manual placenta removal is done, and as labor beside an epidural', () => {
    const m = new ProcedureMatcher([{ id: 'O', name: 'Obstetrics', department: 'Obstetrics', kind: 'core' as const, procedures: [
      { name: 'External cephalic version' }, { name: 'Manual removal of placenta' }] },
      { id: 'A', name: 'Obstetric anesthesia', department: 'Anesthesiology', kind: 'core' as const, procedures: [{ name: 'Labor epidural analgesia' }] }], { vocabulary: builtinVocabulary() });
    expect(names(m.match('EXTERNAL CEPHALIC VERSION - L&D'))).toEqual(['External cephalic version']);
    expect(names(m.match('MANUAL REMOVAL OF PLACENTA - L&D'))).toEqual(['Manual removal of placenta']);
    expect(names(m.match('L&D EPIDURAL'))).toEqual(['Labor epidural analgesia']);
  });
});

describe('scheduling notes and shorthand on a critical-access hospital\'s schedule (held-out set 12)', () => {
  it('reads "TYPE & CROSS 2 UNITS" as a blood bank order, OUTLET as the vacuum\'s station and a colposcopy\'s BX as the cervical biopsy', () => {
    const m = new ProcedureMatcher([{ id: 'O', name: 'OB/GYN', department: 'Obstetrics and Gynecology', kind: 'core' as const, procedures: [
      { name: 'Myomectomy, abdominal or laparoscopic' }, { name: 'Vacuum-assisted vaginal delivery, outlet only' }, { name: 'Colposcopy with or without cervical biopsy' }] }], { vocabulary: builtinVocabulary() });
    expect(names(m.match('ABDOMINAL MYOMECTOMY - TYPE & CROSS 2 UNITS'))).toEqual(['Myomectomy, abdominal or laparoscopic']);
    expect(names(m.match('VACUUM ASSISTED DELIVERY (OUTLET) 40 WKS'))).toEqual(['Vacuum-assisted vaginal delivery, outlet only']);
    expect(names(m.match('COLPO W/ BX'))).toEqual(['Colposcopy with or without cervical biopsy']);
    // (", and humerus" closes a serial list of bones, not a closing site of the whole line.)
    const imn = new ProcedureMatcher([{ id: 'O', name: 'Orthopaedics', department: 'Orthopaedic Surgery', kind: 'core' as const, procedures: [{ name: 'Intramedullary nailing of femur, tibia, and humerus' }] }], { vocabulary: builtinVocabulary() });
    expect(names(imn.match('IMN RT TIBIA SHAFT FX'))).toEqual(['Intramedullary nailing of femur, tibia, and humerus']);
    // (A diagnosis after a dash names no operation: "refractory epilepsy" is why a VNS is placed.)
    const vns = new ProcedureMatcher([{ id: 'N', name: 'Neurosurgery', department: 'Neurosurgery', kind: 'core' as const, procedures: [{ name: 'Vagus nerve stimulator implantation' }] }], { vocabulary: builtinVocabulary() });
    expect(names(vns.match('VNS implantation LEFT - 16 YO - refractory epilepsy'))).toEqual(['Vagus nerve stimulator implantation']);
  });
});

describe('kinds of PCI a form lists apart', () => {
  it('needs the balloon angioplasty line for a PTCA, the graft line for a vein graft PCI, and the stent line for a PCI that says neither', () => {
    const m = new ProcedureMatcher([{ id: 'C', name: 'PCI', department: 'Cardiology', kind: 'special' as const, procedures: [
      { name: 'Percutaneous coronary intervention with stent placement' }, { name: 'Percutaneous transluminal coronary balloon angioplasty' },
      { name: 'Percutaneous coronary intervention of bypass graft' }] }], { vocabulary: builtinVocabulary() });
    expect(names(m.match('PCI MID RCA W/ DES, RADIAL'))).toEqual(['Percutaneous coronary intervention with stent placement']);
    expect(names(m.match('LHC POSS PCI'))).toContain('Percutaneous coronary intervention with stent placement');
    expect(names(m.match('PTCA (BALLOON ONLY) OM1'))).toEqual(['Percutaneous transluminal coronary balloon angioplasty']);
    expect(names(m.match('DCB ANGIOPLASTY LAD ISR'))).toEqual(['Percutaneous transluminal coronary balloon angioplasty']);
    expect(names(m.match('PTCA AND STENT RCA'))).toEqual(['Percutaneous coronary intervention with stent placement']);
    // (A TR band is the radial compression after the case; a stent beside a left heart cath is a PCI.)
    expect(names(m.match('LHC/POSS PCI, TR BAND, MOD SED'))).toContain('Percutaneous coronary intervention with stent placement');
    expect(m.match('LHC/POSS PCI, TR BAND, MOD SED').parts.map((p) => p.why ?? '').join(' ')).not.toContain('band');
    expect(names(m.match('Left Heart Cath w/ possible stent'))).toContain('Percutaneous coronary intervention with stent placement');
    const graft = names(m.match('PCI SVG-OM W/ EMBOLIC PROTECTION'));
    expect(graft[0]).toBe('Percutaneous coronary intervention of bypass graft');
    expect(graft).not.toContain('UNKNOWN');
  });
});

describe('add-ons under a diagnostic line', () => {
  it('does not cover an adhesiolysis or a control of bleeding with a diagnostic line of their parent', () => {
    const m = new ProcedureMatcher([{ id: 'G', name: 'General', department: 'General Surgery', kind: 'core' as const, procedures: [
      { name: 'Diagnostic laparoscopy' }, { name: 'Upper endoscopy, diagnostic' }] }], { vocabulary: builtinVocabulary() });
    expect(names(m.match('DIAGNOSTIC LAPAROSCOPY WITH LYSIS OF ADHESIONS'))).toEqual(['Diagnostic laparoscopy', 'UNKNOWN']);
    expect(names(m.match('UPPER ENDOSCOPY WITH CONTROL OF BLEEDING'))).toEqual(['Upper endoscopy, diagnostic', 'UNKNOWN']);
  });
});

describe('what a line says it is only, or without', () => {
  const m = new ProcedureMatcher([{ id: 'X', name: 'Core', department: 'Surgery', kind: 'core' as const, procedures: [
    { name: 'Functional endoscopic sinus surgery, maxillary antrostomy only' }, { name: 'Partial colectomy without colostomy' }] }], { vocabulary: builtinVocabulary() });

  it('covers only the kind a line names with "only": a maxillary antrostomy, not an ethmoidectomy or an unspecified FESS', () => {
    expect(names(m.match('BILATERAL MAXILLARY ANTROSTOMY'))).toEqual(['Functional endoscopic sinus surgery, maxillary antrostomy only']);
    expect(names(m.match('FESS WITH ETHMOIDECTOMY'))).toEqual(['UNKNOWN']);
    expect(names(m.match('MAXILLARY ANTROSTOMY, ETHMOIDECTOMY'))).toEqual(['Functional endoscopic sinus surgery, maxillary antrostomy only', 'UNKNOWN']);
    expect(names(m.match('FESS'))).toEqual(['UNKNOWN']);
  });

  it('does not cover with "Partial colectomy without colostomy" a colectomy with colostomy, nor a Hartmann procedure', () => {
    expect(names(m.match('LAP SIGMOID COLECTOMY'))).toEqual(['Partial colectomy without colostomy']);
    expect(names(m.match('HARTMANN PROCEDURE'))).toEqual(['UNKNOWN']);
    expect(names(m.match('SIGMOID COLECTOMY WITH END COLOSTOMY'))).toContain('UNKNOWN');
  });
});

describe('a region a line excludes', () => {
  const m = new ProcedureMatcher([{ id: 'G', name: 'General', department: 'General Surgery', kind: 'core' as const, procedures: [
    { name: 'Excision of skin lesions, excluding face' }, { name: 'Skin graft, split thickness, excluding face and hands' }] }], { vocabulary: builtinVocabulary() });

  it('does not cover a site within an excluded face or hands (cheek, nose, thumb)', () => {
    expect(names(m.match('EXCISION LESION CHEEK'))).toEqual(['UNKNOWN']);
    expect(names(m.match('WIDE EXCISION MELANOMA NASAL TIP'))).toEqual(['UNKNOWN']);
    expect(names(m.match('STSG LEFT THUMB'))).toEqual(['UNKNOWN']);
    expect(names(m.match('STSG RIGHT HAND'))).toEqual(['UNKNOWN']);
    // Sites a hand or face surgeon names: a fingertip, an MCP joint, the pinna, the glabella, a facial lesion.
    for (const b of ['STSG FINGERTIP', 'STSG R MCP JOINT', 'EXCISION LESION PINNA', 'EXCISION LESION GLABELLA', 'EXCISION FACIAL LESION']) expect(names(m.match(b))).toEqual(['UNKNOWN']);
  });

  it('covers sites outside them', () => {
    expect(names(m.match('EXCISION SKIN LESION BACK'))).toEqual(['Excision of skin lesions, excluding face']);
    expect(names(m.match('STSG TO THIGH WOUND'))).toEqual(['Skin graft, split thickness, excluding face and hands']);
  });
});

describe('a line for both extremities', () => {
  it('reads "Amputation, upper and lower extremity" as both: a BKA and an above-elbow amputation are covered', () => {
    const m = new ProcedureMatcher([{ id: 'O', name: 'Orthopaedics', department: 'Orthopaedic Surgery', kind: 'core' as const, procedures: [
      { name: 'Amputation, upper and lower extremity, including digits' }] }], { vocabulary: builtinVocabulary() });
    expect(names(m.match('RT BKA - GUILLOTINE'))).toEqual(['Amputation, upper and lower extremity, including digits']);
    expect(names(m.match('LT ABOVE ELBOW AMPUTATION'))).toEqual(['Amputation, upper and lower extremity, including digits']);
  });
});

describe('moderate sedation privileged as a line', () => {
  it('asks a booking under moderate sedation for the privilege holding a "Moderate (conscious) sedation" line, as for an approach privilege', () => {
    const m = new ProcedureMatcher([
      { id: 'PAIN', name: 'Pain Medicine Core', department: 'Pain Medicine', kind: 'core' as const, procedures: [{ name: 'Epidural steroid injection (interlaminar), lumbar' }] },
      { id: 'AN', name: 'Anesthesiology Core', department: 'Anesthesiology', kind: 'core' as const, procedures: [{ name: 'Moderate (conscious) sedation' }] }], { vocabulary: builtinVocabulary() });
    const r = m.match('LUMBAR IL ESI W/ MODERATE SEDATION');
    expect(names(r)).toEqual(['Epidural steroid injection (interlaminar), lumbar']);
    expect(r.approachRequirements).toEqual([{ approach: 'moderate-sedation', privileges: [expect.objectContaining({ id: 'AN' })] }]);
    expect(m.match('LUMBAR IL ESI').approachRequirements).toEqual([]);
  });
});

describe('scheduler\'s notes in a booking', () => {
  const m = new ProcedureMatcher([{ id: 'X', name: 'Core', department: 'Psychiatry', kind: 'core' as const, procedures: [
    { name: 'Electroconvulsive therapy' }, { name: 'Central venous access port placement, pediatric' }, { name: 'Implanted venous access port placement, adult' }] }], { vocabulary: builtinVocabulary() });

  it('passes over "per Dr …", "NPO after MN" and "transferred from ED"', () => {
    expect(names(m.match('ELECTROCONVULSIVE THERAPY RUL - ADD ON - per Dr Patel - NPO after MN'))).toEqual(['Electroconvulsive therapy']);
    expect(names(m.match('ECT - transferred from ED'))).toEqual(['Electroconvulsive therapy']);
  });

  it('reads a port placed for breast cancer as a port, not a breast implant, and a child\'s port on the pediatric "central venous access port" line', () => {
    expect(names(m.match('Right IJ Port placement - 58 YO - breast ca'))).toEqual(['Implanted venous access port placement, adult']);
    expect(names(m.match('Port placement - 3 YO - neuroblastoma - GA'))).toEqual(['Central venous access port placement, pediatric']);
  });
});

describe('short catalog lines of an IR and neurosurgery form', () => {
  const m = new ProcedureMatcher([
    { id: 'IR', name: 'Percutaneous thermal ablation of tumors', department: 'Interventional Radiology', kind: 'core' as const, procedures: [{ name: 'Renal ablation' }, { name: 'Peripheral angioplasty and stenting' }] },
    { id: 'NS', name: 'Stereotactic radiosurgery', department: 'Neurosurgery', kind: 'special' as const, procedures: [{ name: 'Cranial radiosurgery' }] },
    { id: 'PM', name: 'Intrathecal drug delivery pump implantation and refill', department: 'Pain Medicine', kind: 'special' as const, procedures: [{ name: 'Pump refill' }] }], { vocabulary: builtinVocabulary() });

  it('reads "Renal ablation" as the renal tumor ablation: a liver one is not covered', () => {
    expect(names(m.match('MWA RT RENAL MASS'))).toEqual(['Renal ablation']);
    expect(names(m.match('MWA LIVER LESION'))).toEqual(['UNKNOWN']);
    expect(names(m.match('CT GUIDED LUNG ABLATION'))).toEqual(['UNKNOWN']);
  });

  it('covers a Gamma Knife case with "Cranial radiosurgery", and an intrathecal pump refill with "Pump refill"', () => {
    expect(names(m.match('GAMMA KNIFE SRS'))).toEqual(['Cranial radiosurgery']);
    expect(names(m.match('INTRATHECAL PUMP REFILL'))).toEqual(['Pump refill']);
  });

  it('reads RLE beside an angiogram as the right lower extremity, not a refractive lens exchange', () => {
    expect(m.match('RLE ANGIO, POSS PTA').parts.map((p) => p.concept)).not.toContain('Refractive lens exchange');
  });
});

describe('a spinal region a pain line names', () => {
  const m = new ProcedureMatcher([{ id: 'P', name: 'Pain Medicine', department: 'Pain Medicine', kind: 'core' as const, procedures: [
    { name: 'Lumbar medial branch block or facet joint injection' }, { name: 'Radiofrequency ablation of lumbar medial branch nerves' }] }], { vocabulary: builtinVocabulary() });

  it('does not cover cervical medial branch blocks, facet injections or RFA with lumbar lines', () => {
    expect(names(m.match('RT C3-5 MBB'))).toEqual(['UNKNOWN']);
    expect(names(m.match('CERVICAL FACET INJECTION C5-6'))).toEqual(['UNKNOWN']);
    expect(names(m.match('RT C3-5 RFA'))).toEqual(['UNKNOWN']);
  });

  it('covers the lumbar ones', () => {
    expect(names(m.match('L4-5 MBB'))).toEqual(['Lumbar medial branch block or facet joint injection']);
    expect(names(m.match('BIL L4-S1 FACET INJECTIONS'))).toEqual(['Lumbar medial branch block or facet joint injection']);
    expect(names(m.match('LT L4-5 RFA'))).toEqual(['Radiofrequency ablation of lumbar medial branch nerves']);
  });
});

describe('a catalog line read in its department', () => {
  const m = new ProcedureMatcher([{ id: 'T', name: 'Thoracic Surgery Core', department: 'Thoracic Surgery', kind: 'core' as const, procedures: [
    { name: 'Open lobectomy' }, { name: 'Thoracoscopic lobectomy' }] }], { vocabulary: builtinVocabulary() });

  it('reads "Open lobectomy" under Thoracic Surgery as the lung\'s: a thyroid lobectomy is not covered', () => {
    expect(names(m.match('OPEN RUL LOBECTOMY'))).toEqual(['Open lobectomy']);
    expect(names(m.match('RIGHT THYROID LOBECTOMY'))).toEqual(['UNKNOWN']);
  });

  it('reads a robotic lobectomy as the thoracoscopic one where the catalog lists none laparoscopic (beside the robotic privilege)', () => {
    const robotic = new ProcedureMatcher([
      { id: 'T', name: 'Thoracic Surgery Core', department: 'Thoracic Surgery', kind: 'core' as const, procedures: [{ name: 'Open lobectomy' }, { name: 'Thoracoscopic lobectomy' }] },
      { id: 'R', name: 'Robotic-assisted surgery', kind: 'special' as const, approach: 'robotic' as const, procedures: [] }], { vocabulary: builtinVocabulary() });
    const r = robotic.match('ROBOTIC RUL LOBECTOMY - XI');
    expect(names(r)).toEqual(['Thoracoscopic lobectomy']);
    expect(r.approachRequirements.map((a) => a.approach)).toEqual(['robotic']);
    // Without a robotic privilege, no line here allows the robot.
    expect(names(m.match('ROBOTIC RUL LOBECTOMY - XI'))).toEqual(['UNKNOWN']);
  });
});

describe('what a booking says may be done', () => {
  it('asks for an operation after " - POSS" as after ", POSS": the loop ileostomy of a Hartmann reversal is not read into it', () => {
    const m = new ProcedureMatcher([{ id: 'G', name: 'General', department: 'General Surgery', kind: 'core' as const, procedures: [
      { name: 'Takedown of Hartmann procedure' }, { name: 'Closure of enterostomy' }, { name: 'Creation of colostomy or ileostomy' },
      { name: 'Laparoscopic appendectomy' }] }], { vocabulary: builtinVocabulary() });
    expect(names(m.match('COLOSTOMY TAKEDOWN (HARTMANN REVERSAL) - POSS LOOP ILEOSTOMY'))).toEqual(['Takedown of Hartmann procedure', 'Creation of colostomy or ileostomy']);
    // A possible conversion after a dash needs the open route's line, which this catalog lacks.
    expect(names(m.match('LAP APPY - POSSIBLE OPEN'))).toEqual(['Laparoscopic appendectomy', 'UNKNOWN']);
  });
});

describe('an approach named by an abbreviation', () => {
  it('reads VATS beside a lobectomy as how the lobectomy is done, not a diagnostic thoracoscopy too', () => {
    const m = new ProcedureMatcher([{ id: 'T', name: 'Thoracic', department: 'Thoracic Surgery', kind: 'core' as const, procedures: [
      { name: 'Lobectomy, open or thoracoscopic' }, { name: 'Wedge resection of lung' }, { name: 'Diagnostic thoracoscopy with or without biopsy' }] }], { vocabulary: builtinVocabulary() });
    expect(names(m.match('VATS RLL LOBECTOMY'))).toEqual(['Lobectomy, open or thoracoscopic']);
    expect(names(m.match('LT VATS WEDGE RESECTION LUL NODULE'))).toEqual(['Wedge resection of lung']);
    expect(names(m.match('VATS'))).toEqual(['Diagnostic thoracoscopy with or without biopsy']);
  });

  it('follows the catalog where it privileges "VATS lobectomy" on the VATS line: an open lobectomy line does not cover it', () => {
    const m = new ProcedureMatcher([{ id: 'T', name: 'Thoracic', department: 'Thoracic Surgery', kind: 'core' as const, procedures: [
      { name: 'Video-assisted thoracoscopic surgery', synonyms: ['VATS', 'VATS lobectomy'] }, { name: 'Lobectomy of lung' }] }], { vocabulary: builtinVocabulary() });
    expect(names(m.match('LEFT VATS LOBECTOMY'))).toEqual(['Video-assisted thoracoscopic surgery']);
    expect(names(m.match('LUL LOBECTOMY OPEN'))).toEqual(['Lobectomy of lung']);
  });
});

describe('a side the operation\'s name gives', () => {
  const m = new ProcedureMatcher([{ id: 'S', name: 'Surgery', department: 'Surgery', kind: 'core' as const, procedures: [
    { name: 'Right hemicolectomy' }, { name: 'Minimally invasive mitral valve surgery via right thoracotomy' }, { name: 'Left heart catheterization with coronary angiography' }] }], { vocabulary: builtinVocabulary() });

  it('does not cover a left hemicolectomy with a "Right hemicolectomy" line', () => {
    expect(names(m.match('LEFT HEMICOLECTOMY'))).toEqual(['UNKNOWN']);
    expect(names(m.match('LAP R HEMICOLECTOMY'))).toEqual(['Right hemicolectomy']);
  });

  it('does not cover a mitral operation via a left minithoracotomy with a right-thoracotomy line', () => {
    expect(names(m.match('MITRAL VALVE REPAIR VIA LEFT MINITHORACOTOMY'))[0]).toBe('UNKNOWN');
    expect(names(m.match('MITRAL VALVE REPAIR VIA RIGHT MINITHORACOTOMY'))).toEqual(['Minimally invasive mitral valve surgery via right thoracotomy']);
  });

  it('keeps the access side of a heart catheterization out of it', () => {
    expect(names(m.match('R RADIAL LHC W/ CORONARY ANGIO'))).toEqual(['Left heart catheterization with coronary angiography']);
  });
});

describe('routes a line or a booking implies', () => {
  const m = new ProcedureMatcher([{ id: 'S', name: 'Surgery', department: 'Surgery', kind: 'core' as const, procedures: [
    { name: 'Knee arthroscopy: diagnostic, partial meniscectomy, chondroplasty, synovectomy and loose body removal' },
    { name: 'Percutaneous sacroiliac screw fixation of pelvic ring injuries, excluding open acetabular fracture fixation' },
    { name: 'Percutaneous closure of patent foramen ovale or atrial septal defect' },
  ] }], { vocabulary: builtinVocabulary() });

  it('does not cover an open meniscectomy with a knee arthroscopy line', () => {
    expect(names(m.match('OPEN PARTIAL MENISCECTOMY'))).toEqual(['UNKNOWN']);
    expect(names(m.match('R KNEE SCOPE, PARTIAL MEDIAL MENISCECTOMY'))).toEqual(['Knee arthroscopy: diagnostic, partial meniscectomy, chondroplasty, synovectomy and loose body removal']);
  });

  it('does not take a route from what a line excludes: an ORIF of the pelvic ring is no percutaneous fixation', () => {
    expect(names(m.match('ORIF PELVIC RING'))).toEqual(['UNKNOWN']);
  });

  it('reads a "surgical" septal defect closure as open, not covered by the percutaneous line', () => {
    expect(names(m.match('SURGICAL ASD CLOSURE'))).toEqual(['UNKNOWN']);
    expect(names(m.match('PERCUTANEOUS PFO CLOSURE'))).toEqual(['Percutaneous closure of patent foramen ovale or atrial septal defect']);
  });
});

describe('an operation named for a site on one limb', () => {
  it('does not read a thumb cheilectomy as one for hallux rigidus, nor a finger ray resection as a foot ray amputation', () => {
    const m = new ProcedureMatcher([{ id: 'P', name: 'Podiatry', department: 'Podiatry', kind: 'core' as const, procedures: [
      { name: 'Cheilectomy for hallux rigidus' }, { name: 'Amputation of toe or ray' }] }], { vocabulary: builtinVocabulary() });
    expect(names(m.match('CHEILECTOMY THUMB MCP'))).toEqual(['UNKNOWN']);
    expect(names(m.match('CHEILECTOMY R HALLUX'))).toEqual(['Cheilectomy for hallux rigidus']);
    expect(names(m.match('RAY RESECTION 2ND FINGER'))).toEqual(['UNKNOWN']);
  });
});

describe('a site a catalog line names for an operation done at many', () => {
  it('keeps "Cryoablation of breast fibroadenoma" to the breast: a renal cryoablation is not covered by it', () => {
    const m = new ProcedureMatcher([{ id: 'B', name: 'Breast', department: 'Breast Surgery', kind: 'core' as const, procedures: [
      { name: 'Cryoablation of breast fibroadenoma' }, { name: 'Abdominoperineal resection of the rectum (Miles operation)' }] }], { vocabulary: builtinVocabulary() });
    expect(names(m.match('CRYOABLATION RENAL MASS'))).toEqual(['UNKNOWN']);
    expect(names(m.match('CRYOABLATION L BREAST FIBROADENOMA'))).toEqual(['Cryoablation of breast fibroadenoma']);
    // An operation's one site stays its own: an APR is of the rectum without saying so.
    expect(names(m.match('APR'))).toEqual(['Abdominoperineal resection of the rectum (Miles operation)']);
  });
});

describe('uterine weight and spinal levels a booking states', () => {
  const m = new ProcedureMatcher([{ id: 'G', name: 'Gynecology', department: 'Gynecology', kind: 'core' as const, procedures: [
    { name: 'Total laparoscopic hysterectomy' }, { name: 'Vaginal hysterectomy, uterus less than 250 g' },
    { name: 'Laparoscopic hysterectomy, uterus greater than 250 grams' },
    { name: 'Posterior or transforaminal lumbar interbody fusion (PLIF/TLIF) with instrumentation, up to three levels' },
  ] }], { vocabulary: builtinVocabulary() });

  it('needs the large-uterus line for a booking that states a heavy uterus, and not otherwise', () => {
    expect(names(m.match('TLH FOR 600G FIBROID UTERUS'))).toEqual(['Laparoscopic hysterectomy, uterus greater than 250 grams']);
    expect(names(m.match('TLH'))).toEqual(['Total laparoscopic hysterectomy']);
    expect(names(m.match('TVH, UTERUS 400 GRAMS'))).toEqual(['UNKNOWN']);
    expect(names(m.match('TVH'))).toEqual(['Vaginal hysterectomy, uterus less than 250 g']);
  });

  it('counts levels written "L2 TO S1" or "X4 LEVELS" against "up to three levels"', () => {
    expect(names(m.match('TLIF L2 TO S1'))).toEqual(['UNKNOWN']);
    expect(names(m.match('TLIF X4 LEVELS'))).toEqual(['UNKNOWN']);
    expect(names(m.match('L4-5 TLIF'))).toEqual(['Posterior or transforaminal lumbar interbody fusion (PLIF/TLIF) with instrumentation, up to three levels']);
  });

  it('counts a construct written to the pelvis ("L2-PELVIS", "T4-ILIUM") to the sacrum: it is no single level', () => {
    expect(names(m.match('L2-PELVIS TLIF'))).toEqual(['UNKNOWN']);
    expect(m.match('T4-ILIUM PSF').levels).toEqual(['T4-S1']);
    expect(names(m.match('L4-PELVIS TLIF'))).toEqual(['Posterior or transforaminal lumbar interbody fusion (PLIF/TLIF) with instrumentation, up to three levels']);
  });
});

describe('a stent booked beside another operation', () => {
  it('is an operation of its own, not a word that changes nothing: "COLONOSCOPY W/ STENT" needs a stent line', () => {
    const m = new ProcedureMatcher([{ id: 'G', name: 'GI', department: 'Gastroenterology', kind: 'core' as const, procedures: [
      { name: 'Colonoscopy, diagnostic and therapeutic, including biopsy and polypectomy' }, { name: 'Percutaneous coronary intervention with stent placement' }] }], { vocabulary: builtinVocabulary() });
    expect(names(m.match('COLONOSCOPY W/ STENT'))).toEqual(['Colonoscopy, diagnostic and therapeutic, including biopsy and polypectomy', 'UNKNOWN']);
    expect(names(m.match('PCI RCA W/ STENT'))).toEqual(['Percutaneous coronary intervention with stent placement']);
  });
});

describe('kinds a fundoplication or reoperation line names', () => {
  const m = new ProcedureMatcher([{ id: 'G', name: 'General', department: 'General Surgery', kind: 'core' as const, procedures: [
    { name: 'Laparoscopic Nissen fundoplication' }, { name: 'Hiatal hernia repair and fundoplication, open or laparoscopic, initial operation' }] }], { vocabulary: builtinVocabulary() });

  it('does not cover a Toupet with a Nissen line, nor a reoperation with an initial-operation line', () => {
    expect(names(m.match('LAP TOUPET FUNDOPLICATION'))).not.toContain('Laparoscopic Nissen fundoplication');
    expect(names(m.match('NISSEN FUNDOPLICATION, REOPERATIVE'))).toEqual(['UNKNOWN']);
    expect(names(m.match('LAP NISSEN'))[0]).toMatch(/Nissen|initial operation/);
  });
});

describe('a line\'s "with or without …"', () => {
  const m = new ProcedureMatcher([{ id: 'S', name: 'Surgery', department: 'Surgery', kind: 'core' as const, procedures: [
    { name: 'Partial mastectomy, with or without sentinel lymph node biopsy' }, { name: 'Tonsillectomy, with or without adenoidectomy, age 12 and older' },
    { name: 'Direct laryngoscopy, with or without biopsy or excision of lesion' }] }], { vocabulary: builtinVocabulary() });

  it('covers what may come along with the line\'s operation (it was dropped from every such line)', () => {
    expect(names(m.match('L PARTIAL MASTECTOMY W/ SENTINEL LYMPH NODE BIOPSY')).every((n) => n === 'Partial mastectomy, with or without sentinel lymph node biopsy')).toBe(true);
  });

  it('does not cover it alone: an adenoidectomy, or a skin lesion excision beside a laryngoscopy line', () => {
    expect(names(m.match('ADENOIDECTOMY'))).toEqual(['UNKNOWN']);
    expect(names(m.match('SENTINEL LYMPH NODE BIOPSY'))).toEqual(['UNKNOWN']);
    expect(names(m.match('EXCISION SKIN LESION BACK'))).toEqual(['UNKNOWN']);
  });
});

describe('a line that lists actions and operations crosswise', () => {
  it('reads "Creation or closure of colostomy or ileostomy" as all four, and no perirectal abscess line as any abscess', () => {
    const m = new ProcedureMatcher([{ id: 'G', name: 'General', department: 'General Surgery', kind: 'core' as const, procedures: [
      { name: 'Creation or closure of colostomy or ileostomy' }, { name: 'Incision and drainage of perirectal or ischiorectal abscess' }] }], { vocabulary: builtinVocabulary() });
    expect(names(m.match('COLOSTOMY TAKEDOWN'))).toEqual(['Creation or closure of colostomy or ileostomy']);
    expect(names(m.match('DIVERTING LOOP ILEOSTOMY'))).toEqual(['Creation or closure of colostomy or ileostomy']);
    expect(names(m.match('I&D L THIGH ABSCESS'))).toEqual(['UNKNOWN']);
  });
});

describe('words a booking states that change nothing', () => {
  it('reads an eye, labor and delivery, a hernia defect and a stone as the case\'s setting, not as other operations', () => {
    const m = new ProcedureMatcher([{ id: 'S', name: 'Surgery', department: 'Surgery', kind: 'core' as const, procedures: [
      { name: 'Laser trabeculoplasty' }, { name: 'Neuraxial anesthesia, spinal and epidural, including labor epidural analgesia' },
      { name: 'Percutaneous nephrostomy tube placement or exchange' }, { name: 'Laparoscopic ventral or incisional hernia repair' }] }], { vocabulary: builtinVocabulary() });
    expect(names(m.match('SLT OU'))).toEqual(['Laser trabeculoplasty']);
    expect(names(m.match('LABOR EPIDURAL - L&D'))).toEqual(['Neuraxial anesthesia, spinal and epidural, including labor epidural analgesia']);
    expect(names(m.match('R NEPHROSTOMY TUBE PLACEMENT - OBSTRUCTING STONE'))).toEqual(['Percutaneous nephrostomy tube placement or exchange']);
    expect(names(m.match('LAP VENTRAL HERNIA REPAIR, 3 CM DEFECT'))).toEqual(['Laparoscopic ventral or incisional hernia repair']);
  });
});

describe('a line that lists what is done to one device', () => {
  it('reads "VP shunt placement, revision and removal" as placement and revision, not as an unread line', () => {
    const m = new ProcedureMatcher([{ id: 'N', name: 'Neurosurgery', department: 'Neurosurgery', kind: 'core' as const, procedures: [
      { name: 'Ventriculoperitoneal shunt placement, revision and removal' }, { name: 'Intrathecal drug delivery pump implantation and replacement' }] }], { vocabulary: builtinVocabulary() });
    expect(m.understanding.every((u) => u.concepts.length > 0)).toBe(true);
    expect(names(m.match('RT VP SHUNT FOR NPH'))).toEqual(['Ventriculoperitoneal shunt placement, revision and removal']);
    expect(names(m.match('VP SHUNT REVISION'))).toEqual(['Ventriculoperitoneal shunt placement, revision and removal']);
  });

  it('does not cover a tunneled catheter with a central venous catheter line', () => {
    const m = new ProcedureMatcher([{ id: 'A', name: 'Anesthesia', department: 'Anesthesiology', kind: 'core' as const, procedures: [
      { name: 'Central venous catheter (US-guided)' }] }], { vocabulary: builtinVocabulary() });
    expect(names(m.match('TUNNELED HD CATHETER RT IJ'))).toEqual(['UNKNOWN']);
    // A line that names only the catheter is its placement.
    expect(names(m.match('R IJ CVC'))).toEqual(['Central venous catheter (US-guided)']);
  });
});

describe('a booking that may be converted to another route', () => {
  const m = new ProcedureMatcher([{ id: 'G', name: 'Gynecology', department: 'Gynecology', kind: 'core' as const, procedures: [
    { name: 'Abdominal myomectomy' }, { name: 'Laparoscopic myomectomy' }, { name: 'Laparoscopic adrenalectomy' }, { name: 'Lobectomy, open or thoracoscopic' }] }], { vocabulary: builtinVocabulary() });

  it('asks for each route\'s line, not either: an open line alone does not pass "LAP MYOMECTOMY POSSIBLE OPEN"', () => {
    const r = m.match('LAP MYOMECTOMY POSSIBLE OPEN');
    expect(r.parts[0].groups.map((g) => g.map((p) => p.procedure))).toEqual([['Laparoscopic myomectomy'], ['Abdominal myomectomy']]);
  });

  it('is unknown when the catalog has no line for the route it may turn to', () => {
    expect(names(m.match('LAP ADRENALECTOMY POSS OPEN'))).toEqual(['UNKNOWN']);
    expect(names(m.match('LAP ADRENALECTOMY, POSS OPEN'))).toContain('UNKNOWN');
  });

  it('does not ask an open line for the scope itself: "VATS LOBECTOMY, POSS CONVERT TO OPEN" needs the lobectomy line', () => {
    expect(names(m.match('VATS LLL LOBECTOMY, POSS CONVERT TO OPEN')).filter((n) => n !== 'UNKNOWN')).toContain('Lobectomy, open or thoracoscopic');
  });

  it('asks a closed reduction that may go open for the open operation: a closed-treatment line alone does not pass "CLOSED REDUCTION, POSS OPEN"', () => {
    const closedOnly = new ProcedureMatcher([{ id: 'O', name: 'Orthopaedics', department: 'Orthopaedic Surgery', kind: 'core' as const, procedures: [
      { name: 'Closed treatment of fracture or dislocation, any extremity' }, { name: 'Closed reduction percutaneous pinning' }] }], { vocabulary: builtinVocabulary() });
    expect(names(closedOnly.match('R HIP DISLOCATION CLOSED REDUCTION, POSS OPEN'))).toEqual(['Closed treatment of fracture or dislocation, any extremity', 'UNKNOWN']);
    expect(names(closedOnly.match('CLOSED REDUCTION L ELBOW DISLOCATION POSSIBLE OPEN'))).toEqual(['Closed treatment of fracture or dislocation, any extremity', 'UNKNOWN']);
    expect(names(closedOnly.match('open reduction R distal radius fx'))).toEqual(['UNKNOWN']);
    // (The operation said again with the other route, and a closed operation whose open counterpart has no name.)
    expect(names(closedOnly.match('CLOSED REDUCTION L ELBOW DISLOCATION, POSSIBLE OPEN REDUCTION'))).toEqual(['Closed treatment of fracture or dislocation, any extremity', 'UNKNOWN']);
    expect(names(closedOnly.match('CLOSED REDUCTION DISLOCATED R THA, POSSIBLE OPEN'))).toContain('UNKNOWN');
    const both = new ProcedureMatcher([{ id: 'O', name: 'Orthopaedics', department: 'Orthopaedic Surgery', kind: 'core' as const, procedures: [
      { name: 'Closed reduction percutaneous pinning' }, { name: 'Open reduction internal fixation' }, { name: 'Open treatment of dislocation' }, { name: 'Closed treatment of dislocation' }] }], { vocabulary: builtinVocabulary() });
    expect(names(both.match('CRPP R DISTAL RADIUS, POSS OPEN'))).toEqual(['Closed reduction percutaneous pinning', 'Open reduction internal fixation']);
    expect(names(both.match('CLOSED REDUCTION L ELBOW DISLOCATION POSSIBLE OPEN'))).toEqual(['Closed treatment of dislocation', 'Open treatment of dislocation']);
  });
});

describe('a "for …" clause naming a site and a disease', () => {
  it('needs the site: "Sentinel lymph node biopsy for breast cancer" does not cover a vulvar cancer\'s', () => {
    const m = new ProcedureMatcher([{ id: 'B', name: 'Breast', department: 'Breast Surgery', kind: 'core' as const, procedures: [
      { name: 'Sentinel lymph node biopsy for breast cancer' }] }], { vocabulary: builtinVocabulary() });
    expect(names(m.match('SLNB, VULVAR CANCER'))).toEqual(['UNKNOWN']);
    expect(names(m.match('SLNB GROIN FOR CANCER'))).toEqual(['UNKNOWN']);
    expect(names(m.match('SLNB L BREAST CA'))).toEqual(['Sentinel lymph node biopsy for breast cancer']);
  });
});

describe('more that a booking states', () => {
  const m = new ProcedureMatcher([{ id: 'S', name: 'Surgery', department: 'Surgery', kind: 'core' as const, procedures: [
    { name: 'Caudal block in children' }, { name: 'Radical retropubic prostatectomy' }, { name: 'Photoselective vaporization of the prostate' }, { name: 'Vertebroplasty' }] }], { vocabulary: builtinVocabulary() });

  it('reads "ADULT" as an age: a caudal block in children does not cover an adult\'s', () => {
    expect(names(m.match('CAUDAL BLOCK, ADULT'))).toEqual(['UNKNOWN']);
  });

  it('reads PVP at a spinal level as a vertebroplasty, beside BPH as a prostate vaporization', () => {
    expect(names(m.match('PVP T12'))).toEqual(['Vertebroplasty']);
    expect(names(m.match('PVP FOR BPH'))).toEqual(['Photoselective vaporization of the prostate']);
  });

  it('does not cover a perineal prostatectomy with a retropubic line', () => {
    expect(names(m.match('PERINEAL PROSTATECTOMY'))).toEqual(['UNKNOWN']);
    expect(names(m.match('RADICAL RETROPUBIC PROSTATECTOMY'))).toEqual(['Radical retropubic prostatectomy']);
  });
});

describe('kinds a booking names beside a scope or an eyelid', () => {
  const m = new ProcedureMatcher([{ id: 'G', name: 'Gynecology', department: 'Gynecology', kind: 'core' as const, procedures: [
    { name: 'Laparoscopic myomectomy' }, { name: 'Abdominal myomectomy' }, { name: 'Hysteroscopy with or without biopsy or polypectomy' },
    { name: 'Upper eyelid blepharoplasty' }] }], { vocabulary: builtinVocabulary() });

  it('reads a myomectomy booked with a hysteroscopy as a hysteroscopic one, not covered by the laparoscopic or abdominal line', () => {
    expect(names(m.match('HYSTEROSCOPY FOR MYOMECTOMY'))).toContain('UNKNOWN');
    expect(names(m.match('DIAGNOSTIC HYSTEROSCOPY W/ MYOMECTOMY'))).toContain('UNKNOWN');
    expect(names(m.match('LAP MYOMECTOMY'))).toEqual(['Laparoscopic myomectomy']);
  });

  it('does not cover a lower-lid blepharoplasty with an upper-eyelid line', () => {
    expect(names(m.match('LOWER LID BLEPHAROPLASTY'))).toEqual(['UNKNOWN']);
    expect(names(m.match('BILATERAL UPPER LID BLEPHAROPLASTY'))).toEqual(['Upper eyelid blepharoplasty']);
  });
});

describe('what an operation\'s name or technique says', () => {
  it('keeps a newborn circumcision out of a line "excluding newborns", a transjugular biopsy out of a percutaneous line, a microscopic approach out of an endoscopic one', () => {
    const m = new ProcedureMatcher([{ id: 'S', name: 'Surgery', department: 'Surgery', kind: 'core' as const, procedures: [
      { name: 'Circumcision, excluding newborns' }, { name: 'Image-guided percutaneous biopsy (CT or ultrasound), excluding brain' },
      { name: 'Endoscopic endonasal transsphenoidal resection of pituitary tumor' }] }], { vocabulary: builtinVocabulary() });
    expect(names(m.match('GOMCO CIRCUMCISION'))).toEqual(['UNKNOWN']);
    expect(names(m.match('CIRCUMCISION 6 YO'))).toEqual(['Circumcision, excluding newborns']);
    expect(names(m.match('TRANSJUGULAR LIVER BIOPSY'))).toEqual(['UNKNOWN']);
    expect(names(m.match('MICROSCOPIC TRANSSPHENOIDAL RESECTION PITUITARY'))).toEqual(['UNKNOWN']);
  });
});

describe('ureteral stents booked with a colectomy', () => {
  it('are an operation of their own, not dropped', () => {
    const m = new ProcedureMatcher([{ id: 'C', name: 'Colorectal', department: 'Colorectal Surgery', kind: 'core' as const, procedures: [
      { name: 'Partial colectomy, open or laparoscopic' }] }], { vocabulary: builtinVocabulary() });
    expect(names(m.match('SIGMOID COLECTOMY W/ URETERAL STENTS'))).toEqual(['Partial colectomy, open or laparoscopic', 'UNKNOWN']);
  });
});

describe('kinds of tissue, artery and nerve a line names', () => {
  it('keeps a skin lesion line off the tongue, an extremity artery line off the mesentery, a trigeminal MVD line off the facial nerve', () => {
    const m = new ProcedureMatcher([{ id: 'S', name: 'Surgery', department: 'Surgery', kind: 'core' as const, procedures: [
      { name: 'Excision of benign and malignant lesions of skin and subcutaneous tissue' }, { name: 'Embolectomy or thrombectomy of extremity artery' },
      { name: 'Microvascular decompression of trigeminal nerve' }] }], { vocabulary: builtinVocabulary() });
    expect(names(m.match('EXCISION TONGUE LESION'))).toEqual(['UNKNOWN']);
    expect(names(m.match('EXCISION SKIN LESION BACK'))).toEqual(['Excision of benign and malignant lesions of skin and subcutaneous tissue']);
    expect(names(m.match('MESENTERIC EMBOLECTOMY'))).toEqual(['UNKNOWN']);
    expect(names(m.match('R FEMORAL EMBOLECTOMY'))).toEqual(['Embolectomy or thrombectomy of extremity artery']);
    expect(names(m.match('MVD FOR HEMIFACIAL SPASM'))).toEqual(['UNKNOWN']);
    expect(names(m.match('MVD FOR TRIGEMINAL NEURALGIA'))).toEqual(['Microvascular decompression of trigeminal nerve']);
  });
});

describe('an operation a booking adds, names or delineates beside another', () => {
  it('reads LT AVG in a declot as the graft being worked on, not a second graft placed', () => {
    expect(names(matcher.match('THROMBECTOMY LT AVG W/ FISTULAGRAM'))).toEqual(['Thrombectomy']);
    // Booked on its own, an AVG is still a graft placed.
    expect(names(matcher.match('LT UPPER ARM AVG'))).toEqual(['Arteriovenous graft placement']);
  });

  it('reads CIRC beside coronary words as the circumflex artery and ROOT TIPS as teeth: no circumcision, no TIPS', () => {
    expect(names(matcher.match('SHOCKWAVE IVL CIRC W/ STENT'))).toEqual(['UNKNOWN', 'Percutaneous coronary intervention']);
    expect(names(matcher.match('SURG EXT #30 ROOT TIPS W/ BONE REMOVAL'))).toEqual(['Dental extraction']);
    expect(names(matcher.match('CIRC'))).toEqual(['Circumcision']);
  });

  it('reads "S/P TKA" and "PAIN POST TKA" as history: a manipulation after a knee replacement needs no arthroplasty line', () => {
    expect(names(matcher.match('MUA LT KNEE S/P TKA'))).toEqual(['Manipulation under anesthesia']);
    expect(names(matcher.match('LAP CHOLECYSTECTOMY S/P GASTRIC BYPASS'))).toEqual(['Laparoscopic cholecystectomy']);
    expect(names(matcher.match('MUA LT KNEE - STIFFNESS POST TKA'))).toEqual(['Manipulation under anesthesia']);
  });

  it('asks for the posterior instrumentation of an ALIF with posterior screws: an ALIF line does not cover it', () => {
    expect(names(matcher.match('L5-S1 ALIF + PERC PEDICLE SCREWS'))).toEqual(['Anterior lumbar interbody fusion', 'UNKNOWN']);
    expect(names(matcher.match('L4-S1 ALIF'))).toEqual(['Anterior lumbar interbody fusion']);
  });

  it('does not read a line "… under general anesthesia" as an anesthesia privilege', () => {
    const m = new ProcedureMatcher([{ id: 'D', name: 'Dentistry', department: 'Dentistry', kind: 'core' as const, procedures: [
      { name: 'Comprehensive dental rehabilitation under general anesthesia' }] }], { vocabulary: builtinVocabulary() });
    expect(names(m.match('GA FOR MRI BRAIN'))).toEqual(['UNKNOWN']);
    expect(names(m.match('FULL MOUTH DENTAL REHAB UNDER GA'))).toEqual(['Comprehensive dental rehabilitation under general anesthesia']);
  });

  it('reads the anesthesia type on a surgeon\'s booking as how, also when the catalog names it with a synonym of its own ("spinal")', () => {
    const m = new ProcedureMatcher([
      { id: 'O', name: 'Orthopaedics', department: 'Orthopaedics', kind: 'core' as const, procedures: [{ name: 'Total knee arthroplasty' }] },
      { id: 'A', name: 'Anesthesia', department: 'Anesthesiology', kind: 'core' as const, procedures: [{ name: 'Spinal anesthesia', synonyms: ['spinal'] }] },
    ], { vocabulary: builtinVocabulary() });
    const r = m.match('RT TKA, SPINAL');
    expect(names(r)).toEqual(['Total knee arthroplasty']);
    // The anesthesiologist's case is the spinal.
    expect(r.anesthesia?.map((p) => p.groups[0]?.[0]?.procedure)).toEqual(['Spinal anesthesia']);
    expect(names(m.match('SPINAL'))).toEqual(['Spinal anesthesia']);
  });

  it('keeps an operation whose abbreviation shares words with another\'s wording: the AVR of "AVR AND ASCENDING AORTA REPLACEMENT"', () => {
    expect(names(matcher.match('AVR AND ASCENDING AORTA REPLACEMENT'))).toEqual(['UNKNOWN', 'Aortic valve replacement']);
    // A wording that takes all of them is the abbreviation's own operation, as before.
    expect(names(matcher.match('AVR'))).toEqual(['Aortic valve replacement']);
  });

  it('reads "LAP ECTOPIC" as the ectopic pregnancy operation, so a possible laparotomy is asked for beside it', () => {
    expect(names(matcher.match('LAP ECTOPIC POSS LAPAROTOMY'))).toEqual(['Treatment of ectopic pregnancy', 'Exploratory laparotomy']);
  });

  it('asks for the removal and the placement in a ureteral stent exchange', () => {
    expect(names(matcher.match('LEFT URETERAL STENT EXCHANGE'))).toEqual(['Ureteral stent removal', 'Ureteral stent placement']);
  });

  it('does not let an ERCP line cover a SpyGlass cholangioscopy or its lithotripsy', () => {
    expect(names(matcher.match('ERCP W/ SPYGLASS CHOLANGIOSCOPY + EHL'))).toEqual(['Endoscopic retrograde cholangiopancreatography', 'UNKNOWN', 'UNKNOWN']);
  });

  it('keeps the laminectomy of "L4-5 LAMINECTOMY, POSSIBLE FUSION" and asks for the fusion beside it', () => {
    expect(names(matcher.match('L4-5 LAMINECTOMY, POSSIBLE FUSION'))).toEqual(['Lumbar laminectomy', 'UNKNOWN']);
    const catalog = [{ id: 'S', name: 'Spine', department: 'Neurosurgery', kind: 'core' as const, procedures: [
      { name: 'Lumbar laminectomy' }, { name: 'Lumbar fusion, posterior, with or without instrumentation' },
    ] }];
    const m = new ProcedureMatcher(catalog, { vocabulary: builtinVocabulary() });
    expect(names(m.match('L4-5 LAMINECTOMY, POSSIBLE FUSION'))).toEqual(['Lumbar laminectomy', 'Lumbar fusion, posterior, with or without instrumentation']);
    expect(names(new ProcedureMatcher([{ ...catalog[0], procedures: [{ name: 'Lumbar fusion, posterior, with or without instrumentation' }] }], { vocabulary: builtinVocabulary() })
      .match('L4-5 LAMINECTOMY, POSSIBLE FUSION'))).toEqual(['UNKNOWN', 'Lumbar fusion, posterior, with or without instrumentation']);
    // A fusion it does not say is posterolateral or interbody is no cover for a posterolateral line alone.
    expect(names(new ProcedureMatcher([{ ...catalog[0], procedures: [{ name: 'Lumbar laminectomy' }, { name: 'Posterolateral lumbar fusion' }] }], { vocabulary: builtinVocabulary() })
      .match('L4-5 LAMINECTOMY, POSSIBLE FUSION'))).toEqual(['Lumbar laminectomy', 'UNKNOWN']);
  });

  it('reads "LAPAROSCOPIC EVAL" as a diagnostic laparoscopy, and an evaluation without the approach as none', () => {
    expect(names(matcher.match('L INGUINAL HERNIORRHAPHY, LAPAROSCOPIC EVAL CONTRALATERAL SIDE'))).toEqual(['Inguinal hernia repair', 'Diagnostic laparoscopy']);
    expect(names(matcher.match('EGD - SLEEVE STRICTURE EVAL'))).not.toContain('Diagnostic laparoscopy');
  });

  it('needs the primary PCI line for a STEMI where the catalog delineates it, and the general line otherwise', () => {
    const catalog = [{ id: 'C', name: 'Cardiology', department: 'Cardiology', kind: 'core' as const, procedures: [
      { name: 'Left heart catheterization' }, { name: 'Percutaneous coronary intervention with stent placement' },
      { name: 'Primary percutaneous coronary intervention for acute myocardial infarction' },
    ] }];
    const m = new ProcedureMatcher(catalog, { vocabulary: builtinVocabulary() });
    expect(names(m.match('CODE STEMI LHC/PCI RCA'))).toEqual(['Left heart catheterization', 'Primary percutaneous coronary intervention for acute myocardial infarction']);
    expect(names(m.match('LHC POSS PCI'))).toEqual(['Left heart catheterization', 'Percutaneous coronary intervention with stent placement']);
    // An NSTEMI's PCI is no primary PCI.
    expect(names(m.match('NSTEMI - LHC POSS PCI'))).toEqual(['Left heart catheterization', 'Percutaneous coronary intervention with stent placement']);
    // A catalog without a line of its own for it: the PCI line covers a STEMI's.
    expect(names(matcher.match('CODE STEMI LHC/PCI RCA'))).toEqual(['Left heart catheterization', 'Percutaneous coronary intervention']);
  });
});

describe('a delineation form\'s wording of where and how many', () => {
  const form = (...procedures: string[]) => new ProcedureMatcher([{ id: 'F', name: 'Form', department: 'Surgery', kind: 'core' as const, procedures: procedures.map((name) => ({ name })) }], { vocabulary: builtinVocabulary() });

  it('reads "one or more levels" and "any" as no limit: a two-level ACDF is covered', () => {
    const m = form('Anterior cervical discectomy and fusion, one or more levels');
    expect(names(m.match('ACDF C5-6, C6-7'))).toEqual(['Anterior cervical discectomy and fusion, one or more levels']);
  });

  it('meets "lower extremity" with a site on the leg, and not with an arm or a lower eyelid', () => {
    const m = form('Fasciotomy of the lower extremity', 'Lower extremity arterial bypass, femoral-popliteal or femoral-tibial');
    expect(names(m.match('4 COMPARTMENT FASCIOTOMY R LEG'))).toEqual(['Fasciotomy of the lower extremity']);
    expect(names(m.match('L FEM-POP BYPASS'))).toEqual(['Lower extremity arterial bypass, femoral-popliteal or femoral-tibial']);
    expect(names(m.match('FASCIOTOMY R FOREARM'))).toEqual(['UNKNOWN']);
    expect(names(form('Lower eyelid blepharoplasty').match('BLEPHAROPLASTY R LEG SCAR'))).not.toContain('Lower eyelid blepharoplasty');
  });

  it('places a line by each site of its closing list, the operation\'s own among them ("of wrist, hand or digit")', () => {
    const m = form('Excision of ganglion cyst of wrist, hand or digit');
    expect(names(m.match('EXCISION DORSAL GANGLION CYST L WRIST'))).toEqual(['Excision of ganglion cyst of wrist, hand or digit']);
    expect(names(m.match('EXCISION GANGLION CYST R KNEE'))).toEqual(['UNKNOWN']);
  });

  it('knows which sinuses are paranasal and which joints are major', () => {
    expect(names(form('Balloon dilation of paranasal sinus ostia').match('BALLOON SINUPLASTY, MAXILLARY BILAT'))).toEqual(['Balloon dilation of paranasal sinus ostia']);
    const joint = form('Arthrotomy of any major joint for drainage');
    expect(names(joint.match('ARTHROTOMY AND DRAINAGE R KNEE'))).toEqual(['Arthrotomy of any major joint for drainage']);
    expect(names(joint.match('ARTHROTOMY AND DRAINAGE R 2ND MTP JOINT'))).not.toContain('Arthrotomy of any major joint for drainage');
  });

  it('holds a line "for patients with special health care needs" to bookings that say so, and a vitrectomy "for macular hole with membrane peeling" to macular holes', () => {
    const m = form('Dental treatment under general anesthesia for patients with special health care needs');
    expect(names(m.match('FULL MOUTH DENTAL REHAB UNDER GA, 3 YO ECC'))).toEqual(['UNKNOWN']);
    expect(names(m.match('DENTAL REHAB UNDER GA, SPECIAL HEALTH CARE NEEDS'))).toEqual(['Dental treatment under general anesthesia for patients with special health care needs']);
    const eye = form('Vitrectomy for macular hole with internal limiting membrane peeling');
    expect(names(eye.match('PPV W/ ILM PEEL FOR MACULAR HOLE'))).toEqual(['Vitrectomy for macular hole with internal limiting membrane peeling']);
  });

  it('reads TRD and OAB as what a "for …" clause names', () => {
    expect(names(form('Intravenous ketamine infusion for treatment-resistant depression').match('IV KETAMINE INFUSION, TRD, SESSION 3'))).toEqual(['Intravenous ketamine infusion for treatment-resistant depression']);
    expect(names(form('Intravenous ketamine infusion for treatment-resistant depression').match('IV KETAMINE INFUSION'))).toEqual(['UNKNOWN']);
    expect(names(form('Sacral neuromodulation for overactive bladder or urinary retention').match('INTERSTIM STAGE 1 FOR OAB'))).toEqual(['Sacral neuromodulation for overactive bladder or urinary retention']);
  });

  it('reads GAS beside a vitrectomy as its tamponade, ECC beside dental work as caries, and stimulator leads and brands as parts of the operation', () => {
    expect(names(form('Pars plana vitrectomy, including membrane peel, endolaser and gas or silicone oil tamponade').match('25G PPV/MP/EL/GAS OD'))).toEqual(['Pars plana vitrectomy, including membrane peel, endolaser and gas or silicone oil tamponade']);
    expect(names(form('Comprehensive dental rehabilitation under general anesthesia').match('FULL MOUTH DENTAL REHAB UNDER GA, 3 YO ECC'))).toEqual(['Comprehensive dental rehabilitation under general anesthesia']);
    expect(names(form('Deep brain stimulation electrode placement and pulse generator implantation').match('BILAT STN DBS LEADS'))).toEqual(['Deep brain stimulation electrode placement and pulse generator implantation']);
    expect(names(form('Spinal cord stimulator trial with percutaneous leads').match('SCS TRIAL (NEVRO HF10)'))).toEqual(['Spinal cord stimulator trial with percutaneous leads']);
    // Elsewhere they read as before: ECC at a colposcopy is an endocervical curettage.
    expect(names(form('Colposcopy with endocervical curettage').match('COLPO/ECC'))).not.toContain('Comprehensive dental rehabilitation under general anesthesia');
  });

  it('asks for the stimulator implantation beside its generator: "SCS IMPLANT + IPG" is not a generator alone', () => {
    const m = form('Permanent spinal cord stimulator implantation with percutaneous leads', 'Neurostimulator pulse generator implantation');
    expect(names(m.match('PERMANENT SCS IMPLANT, PERC LEADS + IPG'))).toEqual(['Permanent spinal cord stimulator implantation with percutaneous leads', 'Neurostimulator pulse generator implantation']);
    expect(names(form('Neurostimulator pulse generator implantation').match('PERMANENT SCS IMPLANT, PERC LEADS + IPG'))).toEqual(['UNKNOWN', 'Neurostimulator pulse generator implantation']);
  });
});

describe('a community hospital\'s form and schedule (held-out set 7)', () => {
  const form = (...procedures: string[]) => new ProcedureMatcher([{ id: 'F', name: 'Form', department: 'Surgery', kind: 'core' as const, procedures: procedures.map((name) => ({ name })) }], { vocabulary: builtinVocabulary() });

  it('keeps both operations of "TKA AND UKA", "TLH V. TAH", "HEMI VS. TOTAL HIP ARTHROPLASTY", the place after the second said of both', () => {
    const m = form('Total knee arthroplasty', 'Unicompartmental knee arthroplasty', 'Total laparoscopic hysterectomy', 'Total abdominal hysterectomy',
      'Hemiarthroplasty of the hip', 'Total hip arthroplasty', 'Open reduction internal fixation of distal radius fracture');
    expect(names(m.match('TKA AND UKA'))).toEqual(['Total knee arthroplasty', 'Unicompartmental knee arthroplasty']);
    expect(names(m.match('TLH V. TAH'))).toEqual(['Total laparoscopic hysterectomy', 'Total abdominal hysterectomy']);
    expect(names(m.match('HEMI VS. TOTAL HIP ARTHROPLASTY FOR FEMORAL NECK FRACTURE'))).toEqual(['Hemiarthroplasty of the hip', 'Total hip arthroplasty']);
    expect(names(m.match('ORIF VS CRPP R DISTAL RADIUS'))[0]).toBe('Open reduction internal fixation of distal radius fracture');
    // One operation and a second route stay one operation.
    expect(names(form('Appendectomy, open or laparoscopic').match('LAP VS OPEN APPY'))).toEqual(['Appendectomy, open or laparoscopic']);
  });

  it('reads "in conjunction with cataract surgery" and "at the time of hysterectomy" as when the line applies, not as a second operation it privileges', () => {
    const migs = 'Minimally invasive glaucoma surgery, including trabecular micro-bypass stent, in conjunction with cataract surgery';
    const m = form(migs, 'Cystoscopy at the time of hysterectomy', 'Repair of hiatal hernia concurrent with bariatric procedure');
    // A brand of the stent is one, when the booking has the cataract surgery too.
    expect(names(m.match('CATARACT EXTRACTION + ISTENT INJECT OD'))).toEqual(['UNKNOWN', migs]);
    expect(names(m.match('ISTENT INJECT OD'))).toEqual(['UNKNOWN']);
    expect(names(m.match('CATARACT EXTRACTION OD'))).toEqual(['UNKNOWN']);
    expect(names(m.match('TLH, CYSTO'))).toEqual(['UNKNOWN', 'Cystoscopy at the time of hysterectomy']);
    expect(names(m.match('CYSTOSCOPY'))).toEqual(['UNKNOWN']);
    expect(names(m.match('LAP SLEEVE GASTRECTOMY, HIATAL HERNIA REPAIR'))).toEqual(['UNKNOWN', 'Repair of hiatal hernia concurrent with bariatric procedure']);
    // "including at time of …" is one occasion among others: the line is not limited to it.
    const tl = 'Postpartum tubal ligation or salpingectomy, including at time of cesarean delivery';
    const ob = form('Cesarean delivery, primary or repeat', tl);
    expect(names(ob.match('REPEAT C/S W BTL'))).toEqual(['Cesarean delivery, primary or repeat', tl]);
  });

  it('does not let a code stand for a booking whose stated age falls outside the coded line: ECT for a 16-year-old with the adults\' line\'s code', () => {
    const m = new ProcedureMatcher([{ id: 'P', name: 'Psychiatry', department: 'Psychiatry', kind: 'core' as const, procedures: [
      { name: 'Electroconvulsive therapy, including index and maintenance courses, patients 18 years and older', codes: ['90870'] },
    ] }], { vocabulary: builtinVocabulary() });
    expect(names(m.match('ECT INDEX COURSE #1 - 16 Y/O CATATONIA', '90870'))).toContain('UNKNOWN');
    expect(names(m.match('ECT #3', '90870'))).toEqual(['Electroconvulsive therapy, including index and maintenance courses, patients 18 years and older']);
    // A code still stands for text InScope cannot read.
    expect(names(m.match('PSYCH PROC', '90870'))).toEqual(['Electroconvulsive therapy, including index and maintenance courses, patients 18 years and older']);
  });

  it('reads "as a member of the heart team" as who operates, "TEE prior to cardioversion" as a TEE, and a TEE beside a Watchman as its guidance', () => {
    const tavr = 'Transcatheter aortic valve replacement by surgical cutdown or alternative access (transaxillary, transcarotid, transcaval or transapical), as a member of the heart team';
    const tee = 'Transesophageal echocardiography, diagnostic, including TEE prior to cardioversion';
    const guide = 'Transesophageal echocardiography guidance for structural heart interventions';
    const laao = 'Percutaneous left atrial appendage occlusion (e.g., Watchman, Amulet)';
    const m = form(tavr, tee, guide, laao, 'Elective external (direct current) cardioversion');
    expect(names(m.match('BENTALL'))).toEqual(['UNKNOWN']);
    expect(names(m.match('TEE/DCCV'))).toEqual([tee, 'Elective external (direct current) cardioversion']);
    expect(names(m.match('TEE/WATCHMAN'))).toEqual([guide, laao]);
    expect(names(form(tee).match('TEE/DCCV'))).toEqual([tee, 'UNKNOWN']);
  });

  it('reads "non-robotic" as the robot excluded, "foregut … surgery, including …" and "by … techniques" as no limit, and a lingual tonsillectomy as no tonsillectomy', () => {
    const lap = 'Laparoscopic antireflux surgery, paraesophageal hernia repair and Heller myotomy, non-robotic';
    const robot = 'Robotic-assisted foregut and bariatric surgery, including fundoplication, paraesophageal hernia repair, Heller myotomy, sleeve gastrectomy and gastric bypass';
    const tongue = 'Tongue base reduction and lingual tonsillectomy by non-robotic techniques (radiofrequency or coblation)';
    const m = form(lap, robot, tongue, 'Tonsillectomy and adenoidectomy, all ages');
    expect(names(m.match('LAP NISSEN FUNDOPLICATION'))).toEqual([lap]);
    expect(names(m.match('ROBOTIC NISSEN'))).toEqual([robot]);
    expect(names(m.match('ROBOTIC SLEEVE GASTRECTOMY'))).toEqual([robot]);
    expect(names(m.match('Coblation lingual tonsillectomy'))).toEqual([tongue]);
    expect(names(m.match('TONSILLECTOMY'))).toEqual(['Tonsillectomy and adenoidectomy, all ages']);
    expect(names(form(lap).match('ROBOTIC NISSEN'))).toEqual(['UNKNOWN']);
  });

  it('keeps each operation of "TLH, BS, CYSTO", "SCS TRIAL + OCCIPITAL NERVE STIMULATOR TRIAL" and a TPIAT, and covers a cystoscopy by no TURBT line', () => {
    const cysto = 'Cystourethroscopy, diagnostic and therapeutic, including biopsy and fulguration';
    const turbt = 'Transurethral resection of bladder tumor, small, medium or large, including blue light cystoscopy';
    const m = form(cysto, turbt, 'Laparoscopic appendectomy', 'Spinal cord stimulator trial with percutaneous lead placement',
      'Pancreaticoduodenectomy (Whipple procedure) and total pancreatectomy');
    // A scope is done through itself: the laparoscopy of the appendectomy is not the cystoscopy's.
    expect(names(m.match('LAP APPY, CYSTO'))).toEqual(['Laparoscopic appendectomy', cysto]);
    expect(names(form(turbt).match('CYSTO'))).toEqual(['UNKNOWN']);
    expect(names(m.match('TURBT W/ BLUE LIGHT CYSTOSCOPY'))).toEqual([turbt]);
    expect(names(m.match('SCS TRIAL + OCCIPITAL NERVE STIMULATOR TRIAL'))).toEqual(['Spinal cord stimulator trial with percutaneous lead placement', 'UNKNOWN']);
    expect(names(m.match('TOTAL PANCREATECTOMY W/ ISLET AUTOTRANSPLANT (TPIAT)'))).toEqual(['Pancreaticoduodenectomy (Whipple procedure) and total pancreatectomy', 'UNKNOWN']);
  });

  it('reads the operations a laparoscopy line includes as laparoscopic: an open oophorectomy is not covered by it', () => {
    const lap = 'Diagnostic and operative laparoscopy, including excision or fulguration of endometriosis, ovarian cystectomy, lysis of adhesions, salpingectomy and oophorectomy';
    const m = form(lap);
    expect(names(m.match('RT OOPHORECTOMY (OPEN) - 15CM ADNEXAL MASS'))).toEqual(['UNKNOWN']);
    expect(names(m.match('LAP RT OOPHORECTOMY'))).toEqual([lap]);
    expect(names(m.match('DIAGNOSTIC LAPAROSCOPY'))).toEqual([lap]);
  });

  it('asks a fusion for scoliosis for the deformity line, not the thoracolumbar fusion line', () => {
    const fusion = 'Thoracolumbar instrumented fusion, including posterior, transforaminal (TLIF), lateral (XLIF) and anterior lumbar interbody fusion';
    const deformity = 'Spinal deformity correction for adolescent idiopathic and adult scoliosis, including osteotomies';
    const m = form(fusion, deformity);
    expect(names(m.match('T4-L2 posterior spinal fusion - adolescent idiopathic scoliosis'))).toEqual([deformity]);
    expect(names(m.match('POSTERIOR SPINAL FUSION T4-L1 FOR AIS'))).toEqual([deformity]);
    expect(names(m.match('L4-5 POSTERIOR SPINAL FUSION'))).toEqual([fusion]);
    expect(names(form(fusion).match('PSF T2-L3 SCOLIOSIS'))).toContain('UNKNOWN');
  });

  it('reads the examples a line gives after "such as" or "e.g." as kinds it covers, never as words a booking must say', () => {
    const line = 'Endoscopic retrograde cholangiopancreatography, such as sphincterotomy and stone extraction';
    expect(names(form(line).match('ERCP W/ SPHINCTEROTOMY'))).toEqual([line]);
    const eg = 'Endoscopic retrograde cholangiopancreatography, e.g., sphincterotomy and stone extraction';
    expect(names(form(eg).match('ERCP W/ SPHINCTEROTOMY'))).toEqual([eg]);
  });

  it('reads SO beside a vitrectomy, RD beside a buckle, LE beside a flap, IT PUMP, a place in the cath lab and a diagnosis after a dash, and keeps a breast free flap line at the breast', () => {
    const ppv = 'Pars plana vitrectomy, including membrane peeling, endolaser, and gas or silicone oil tamponade';
    const buckle = 'Repair of retinal detachment by scleral buckle, pneumatic retinopexy or vitrectomy';
    const poem = 'Peroral endoscopic myotomy (POEM), including gastric POEM';
    const breast = 'Free flap breast reconstruction, including DIEP, SIEA and profunda artery perforator flaps';
    const m = form(ppv, buckle, poem, breast);
    expect(names(m.match('25G PPV, EL, SO - PDR W/ TRD OS'))).toEqual([ppv]);
    expect(names(m.match('SCLERAL BUCKLE OD - MAC-ON RD'))).toEqual([buckle]);
    expect(names(m.match('POEM - ACHALASIA TYPE II'))).toEqual([poem]);
    expect(names(m.match('LT DIEP FLAP'))).toEqual([breast]);
    expect(names(m.match('ALT FREE FLAP TO RT LE'))).toEqual(['UNKNOWN']);
    expect(names(form('Fasciotomy of the lower extremity').match('FASCIOTOMY RT LE'))).toEqual(['Fasciotomy of the lower extremity']);
  });

  it('reads "tunneled and non-tunneled" as naming both kinds, and "conventional" beside "non-robotic" as no limit', () => {
    const cvc = 'Tunneled and non-tunneled central venous catheter placement, including tunneled hemodialysis catheters and PICC lines';
    const m = form(cvc);
    expect(names(m.match('TUNNELED BROVIAC PLACEMENT'))).toEqual([cvc]);
    expect(names(m.match('RT ARM PICC'))).toEqual([cvc]);
    const tha = 'Primary and revision total hip arthroplasty and hip hemiarthroplasty, conventional (non-robotic)';
    expect(names(form(tha).match('LT HIP HEMIARTHROPLASTY'))).toEqual([tha]);
    expect(names(form(tha).match('MAKO RT THA'))).toEqual(['UNKNOWN']);
  });

  it('lets a booking code stand only for what the text allows: its robot, route, occasion and operation', () => {
    const tka = 'Total knee arthroplasty, conventional (non-robotic)';
    const chole = 'Laparoscopic cholecystectomy';
    const m = new ProcedureMatcher([{ id: 'G', name: 'Surgery', department: 'Surgery', kind: 'core' as const, procedures: [
      { name: tka, codes: ['27447'] }, { name: chole, codes: ['47562'] }, { name: 'Appendectomy concomitant with hysterectomy', codes: ['44970'] },
      { name: 'Pancreaticoduodenectomy (Whipple procedure)' },
    ] }], { vocabulary: builtinVocabulary() });
    expect(names(m.match('MAKO TOTAL KNEE', '27447'))).toContain('UNKNOWN');
    expect(names(m.match('RT TKA', '27447'))).toEqual([tka]);
    expect(names(m.match('OPEN CHOLE', '47562'))).toContain('UNKNOWN');
    expect(names(m.match('LAP APPY', '44970'))).toContain('UNKNOWN');
    // The code's operation is asked for beside the one the text names, not in its place.
    expect(names(m.match('WHIPPLE', '47562'))).toEqual(['Pancreaticoduodenectomy (Whipple procedure)', chole]);
    expect(names(m.match('GB SURGERY', '47562'))).toEqual([chole]);
  });

  it('reads what a patient had before as history, and ages said as "AGE 9", "(9Y)", "PT IS 16" or "KID"', () => {
    const appy = 'Appendectomy concomitant with hysterectomy';
    expect(names(form(appy).match('APPY, HX TAH'))).toEqual(['UNKNOWN']);
    expect(names(form(appy).match('APPY + TAH'))).toEqual([appy, 'UNKNOWN']);
    const adult = 'Appendectomy, open or laparoscopic, patients 14 years and older';
    for (const b of ['LAP APPY AGE 9', 'LAP APPY (9Y)', 'LAP APPY PT IS 9', 'LAP APPY KID']) expect(names(form(adult).match(b)), b).toEqual(['UNKNOWN']);
    expect(names(form(adult).match('LAP APPY'))).toEqual([adult]);
  });

  it('asks a robotic hysterectomy of a stated weight for the weighed laparoscopic line', () => {
    const m = new ProcedureMatcher([
      { id: 'G', name: 'Gynecology', department: 'OB/GYN', kind: 'core' as const, procedures: [{ name: 'Total laparoscopic hysterectomy' }, { name: 'Laparoscopic hysterectomy, uterus greater than 250 grams' }] },
      { id: 'R', name: 'Robotic-assisted surgery', department: 'Surgery', kind: 'special' as const, approach: 'robotic', procedures: [] },
    ], { vocabulary: builtinVocabulary() });
    expect(names(m.match('ROBOTIC HYSTERECTOMY 1000 G'))).toEqual(['Laparoscopic hysterectomy, uterus greater than 250 grams']);
    expect(names(m.match('TLH FOR UTERUS >250 G'))).toEqual(['Laparoscopic hysterectomy, uterus greater than 250 grams']);
  });

  it('excludes buttocks where a line excludes gluteal fat grafting', () => {
    const m = form('Autologous fat grafting, excluding gluteal fat grafting');
    expect(names(m.match('FAT GRAFTING TO BUTTOCKS'))).toEqual(['UNKNOWN']);
    expect(names(m.match('FAT GRAFTING TO FACE'))).toEqual(['Autologous fat grafting, excluding gluteal fat grafting']);
  });

  it('reads a list after a dash as the kinds a line privileges: "Glaucoma surgery — trabeculectomy and aqueous shunt implantation" is no MIGS line', () => {
    const m = form('Glaucoma surgery — trabeculectomy and aqueous shunt implantation');
    expect(names(m.match('TRABECULECTOMY OS'))).toEqual(['Glaucoma surgery — trabeculectomy and aqueous shunt implantation']);
    expect(names(m.match('KAHOOK GONIOTOMY OD'))).not.toContain('Glaucoma surgery — trabeculectomy and aqueous shunt implantation');
    expect(names(m.match('ISTENT INJECT OD'))).not.toContain('Glaucoma surgery — trabeculectomy and aqueous shunt implantation');
  });

  it('does not read "if not … then" as what is not done, and asks a generator booked with its implantation for both', () => {
    const m = form('Appendectomy, open or laparoscopic', 'Right hemicolectomy', 'Neurostimulator pulse generator implantation',
      'Deep brain stimulator electrode implantation', 'Permanent spinal cord stimulator implantation with percutaneous leads');
    expect(names(m.match('LAP APPY, IF NOT APPENDICITIS THEN RIGHT HEMICOLECTOMY'))).toEqual(['Appendectomy, open or laparoscopic', 'Right hemicolectomy']);
    expect(names(m.match('DBS LEADS AND IPG'))).toEqual(expect.arrayContaining(['Deep brain stimulator electrode implantation', 'Neurostimulator pulse generator implantation']));
    expect(names(m.match('SCS IMPLANT WITH IPG'))).toEqual(expect.arrayContaining(['Permanent spinal cord stimulator implantation with percutaneous leads', 'Neurostimulator pulse generator implantation']));
  });

  it('asks for each alternative a booking names: "HEMI VS THA" needs the total hip too, "TURP VS GREENLIGHT" the vaporization', () => {
    const m = form('Hemiarthroplasty of the hip or shoulder', 'Total hip arthroplasty', 'Transurethral resection of the prostate', 'Photoselective vaporization of the prostate');
    expect(names(m.match('left hip hemi vs THA depending on xray'))).toEqual(['Hemiarthroplasty of the hip or shoulder', 'Total hip arthroplasty']);
    expect(names(m.match('turp vs greenlight'))).toEqual(['Transurethral resection of the prostate', 'Photoselective vaporization of the prostate']);
    expect(names(form('Hemiarthroplasty of the hip or shoulder').match('left hip hemi vs THA'))).toEqual(['Hemiarthroplasty of the hip or shoulder', 'UNKNOWN']);
  });

  it('reads "…; robotic-arm assisted technique requires separate privilege" as excluded from the line, and the robot\'s arm as no site', () => {
    const m = new ProcedureMatcher([
      { id: 'O', name: 'Orthopaedic Core', department: 'Orthopaedics', kind: 'core' as const, procedures: [{ name: 'Total hip arthroplasty, primary and revision; robotic-arm assisted technique requires separate privilege' }] },
      { id: 'R', name: 'Robotic orthopaedic surgery', department: 'Orthopaedics', kind: 'special' as const, procedures: [{ name: 'Robotic-arm assisted total hip arthroplasty' }] },
    ], { vocabulary: builtinVocabulary() });
    expect(names(m.match('R THA ANTERIOR'))).toEqual(['Total hip arthroplasty, primary and revision; robotic-arm assisted technique requires separate privilege']);
    expect(names(m.match('REVISION L THA'))).toEqual(['Total hip arthroplasty, primary and revision; robotic-arm assisted technique requires separate privilege']);
    expect(names(m.match('MAKO R THA'))).toEqual(['Robotic-arm assisted total hip arthroplasty']);
  });

  it('reads the schedule\'s shorthand and a billing code\'s wording: DQ REL, HT, LUMP, T&A under "separately or combined", "LAPAROSCOPY, SURGICAL; …"', () => {
    const m = form('Trigger finger and de Quervain release', 'Hammertoe correction and lesser toe procedures', 'Partial mastectomy (lumpectomy)',
      'Tonsillectomy and adenoidectomy, any age, separately or combined', 'Appendectomy, open or laparoscopic', 'Diagnostic laparoscopy');
    expect(names(m.match('L DQ REL'))).toEqual(['Trigger finger and de Quervain release']);
    expect(names(m.match('HT 2ND'))).toEqual(['Hammertoe correction and lesser toe procedures']);
    expect(names(m.match('L LUMP/SLNB'))[0]).toBe('Partial mastectomy (lumpectomy)');
    expect(names(m.match('L LUMP'))).toEqual(['UNKNOWN']);
    expect(names(m.match('T&A'))).toEqual(['Tonsillectomy and adenoidectomy, any age, separately or combined']);
    expect(names(m.match('LAPAROSCOPY SURGICAL APPENDECTOMY'))).toEqual(['Appendectomy, open or laparoscopic']);
    // HT and LUMP elsewhere are no operation.
    expect(names(m.match('HT 5 FT 2 IN'))).toEqual(['UNKNOWN']);
  });

  it('covers a booking without the laser by a line "radiofrequency or laser", and keeps a prematurity line to infants', () => {
    const m = form('Endovenous thermal ablation of saphenous veins, radiofrequency or laser', 'Laser photocoagulation of retina',
      'Intravitreal injection of pharmacologic agent', 'Treatment of retinopathy of prematurity, laser or intravitreal injection');
    expect(names(m.match('Radiofrequency ablation, left great saphenous vein'))).toEqual(['Endovenous thermal ablation of saphenous veins, radiofrequency or laser']);
    expect(m.match('Intravitreal injection (Right) - Vabysmo').parts[0].groups).toEqual([[expect.objectContaining({ procedure: 'Intravitreal injection of pharmacologic agent' })]]);
  });

  it('reads a "with …" that is how the operation is written as no narrower kind: "Cardiac resynchronization therapy with coronary sinus left ventricular lead" covers a CRT-D', () => {
    const m = form('Cardiac resynchronization therapy with coronary sinus left ventricular lead', 'Implantation of dual-chamber permanent pacemaker');
    expect(names(m.match('CRT-D IMPLANT'))).toEqual(['Cardiac resynchronization therapy with coronary sinus left ventricular lead']);
    expect(names(m.match('CRT-P (BIV PACER)'))[0]).toBe('Cardiac resynchronization therapy with coronary sinus left ventricular lead');
  });

  it('covers the kinds of what a "with …" names (a Hydrus under "… glaucoma surgery with trabecular bypass stent"), and still no other glaucoma operation', () => {
    const m = form('Minimally invasive glaucoma surgery with trabecular bypass stent', 'Cataract extraction with intraocular lens implantation');
    expect(names(m.match('PHACO/IOL OD W/ HYDRUS MICROSTENT'))).toEqual(['Cataract extraction with intraocular lens implantation', 'Minimally invasive glaucoma surgery with trabecular bypass stent']);
    expect(names(m.match('ISTENT INJECT OS'))).toEqual(['Minimally invasive glaucoma surgery with trabecular bypass stent']);
    expect(names(m.match('XEN GEL STENT OS'))).toEqual(['UNKNOWN']);
  });

  it('reads the kinds a slash or "or" offers one at a time: "Arthroplasty – knee, total/unicompartmental/revision" covers a TKA, and "…, hip, total or revision" a primary THA', () => {
    const m = form('Arthroplasty – knee, total/unicompartmental/revision', 'Arthroplasty, hip, total or revision', 'Revision or thrombectomy of dialysis access');
    expect(names(m.match('ARTHROPLASTY, KNEE, TOTAL (Right)'))).toEqual(['Arthroplasty – knee, total/unicompartmental/revision']);
    expect(names(m.match('R UKA'))).toEqual(['Arthroplasty – knee, total/unicompartmental/revision']);
    expect(names(m.match('L THA, anterior approach'))).toEqual(['Arthroplasty, hip, total or revision']);
    // An operation named with its own "or" is still read as it is named.
    expect(names(m.match('DECLOT LT FOREARM AVG'))).toEqual(['Revision or thrombectomy of dialysis access']);
  });

  it('keeps each operation of an IR, dental and podiatry booking (held-out set 15): no sacroplasty line for a cervical vertebroplasty, no sealant, Scarf or hammertoe dropped', () => {
    const m = form('Sacroplasty', 'Percutaneous vertebroplasty, thoracic or lumbar', 'Amalgam or composite restorations', 'Sealants and topical fluoride application',
      'Comprehensive dental rehabilitation under general anesthesia, patients under 18 years of age',
      'Bunionectomy with proximal or midshaft first metatarsal osteotomy (closing base wedge, crescentic, Scarf)', 'Bunionectomy with proximal phalangeal osteotomy (Akin)',
      'Hammertoe correction, lesser digits (arthroplasty, arthrodesis, or flexor tenotomy)', 'Lesser metatarsal osteotomy (e.g., Weil), with or without plantar plate repair');
    expect(names(m.match('C5 VERTEBROPLASTY (PATHOLOGIC FX)'))).toEqual(['UNKNOWN']);
    expect(names(m.match('S1 SACROPLASTY'))).toEqual(['Sacroplasty']);
    expect(names(m.match('COMPOSITE RESTORATIONS #3, #14, #19 + SEALANTS #2, #15'))).toEqual(['Amalgam or composite restorations', 'Sealants and topical fluoride application']);
    expect(names(m.match('FULL MOUTH DENTAL REHAB UNDER GA - 4 YO'))).toEqual(['Comprehensive dental rehabilitation under general anesthesia, patients under 18 years of age']);
    expect(names(m.match('Scarf/Akin bunionectomy RT'))).toEqual(['Bunionectomy with proximal or midshaft first metatarsal osteotomy (closing base wedge, crescentic, Scarf)', 'Bunionectomy with proximal phalangeal osteotomy (Akin)']);
    expect(names(m.match('RT 2ND HT REPAIR + 2ND MET WEIL OSTEOTOMY + PLANTAR PLATE REPAIR'))).toEqual(['Hammertoe correction, lesser digits (arthroplasty, arthrodesis, or flexor tenotomy)', 'Lesser metatarsal osteotomy (e.g., Weil), with or without plantar plate repair']);
    // A fibrin sealant is still a material, not a dental sealant.
    expect(names(form('Laparoscopic cholecystectomy').match('LAP CHOLE W/ FIBRIN SEALANT'))).toEqual(['Laparoscopic cholecystectomy']);
    // Without a rehabilitation line, the restorations line covers a full-mouth rehabilitation.
    expect(names(form('Amalgam or composite restorations').match('FULL MOUTH DENTAL REHAB UNDER GA'))).toEqual(['Amalgam or composite restorations']);
  });

  it('reads pain, IR, burn and psychiatry shorthand (held-out set 15) and keeps each line to what it is for', () => {
    const m = form('Paracentesis, diagnostic or therapeutic, with or without imaging guidance', 'Thoracentesis, diagnostic or therapeutic, with or without imaging guidance',
      'Burn excision and grafting, less than 20% total body surface area', 'Split-thickness skin graft',
      'Repetitive transcranial magnetic stimulation (rTMS) for major depressive disorder, patients 15 and older',
      'Deep transcranial magnetic stimulation (H-coil) for obsessive-compulsive disorder, patients 22 and older',
      'Spinal cord stimulator trial, percutaneous lead placement, patients 18 and older',
      'Spinal cord stimulator permanent implant, percutaneous leads with pulse generator placement, patients 18 and older',
      'Celiac plexus or splanchnic nerve block, diagnostic', 'Placement of endosseous dental implants, alveolar (excluding zygomatic and pterygoid implants)');
    expect(names(m.match('PARA + THORA RT'))).toEqual(['Paracentesis, diagnostic or therapeutic, with or without imaging guidance', 'Thoracentesis, diagnostic or therapeutic, with or without imaging guidance']);
    // A burn larger than the line's share of the body surface is outside it; a smaller one within.
    expect(names(m.match('BURN EXC + STSG 28% TBSA - ICU'))[0]).toBe('UNKNOWN');
    expect(names(m.match('BURN EXCISION + STSG 12% TBSA'))[0]).toBe('Burn excision and grafting, less than 20% total body surface area');
    // "disorder" tells no diagnosis from another.
    expect(names(m.match('TMS FOR OCD - 25 YO'))).not.toContain('Repetitive transcranial magnetic stimulation (rTMS) for major depressive disorder, patients 15 and older');
    expect(names(m.match('DEEP TMS H1 - MDD - 40 YO'))).toEqual(['UNKNOWN']);
    // "POST TRIAL" is history: the permanent implant is what is booked.
    expect(names(m.match('SCS PERMANENT IMPLANT, PERCUTANEOUS - 2 WKS POST TRIAL'))).toEqual(['Spinal cord stimulator permanent implant, percutaneous leads with pulse generator placement, patients 18 and older']);
    expect(names(m.match('SCS TRIAL - 2 PERC LEADS (T8-T10)'))).toEqual(['Spinal cord stimulator trial, percutaneous lead placement, patients 18 and older']);
    // A neurolytic block is no diagnostic one.
    expect(names(m.match('CELIAC PLEXUS NEUROLYSIS (ETOH)'))).toEqual(['UNKNOWN']);
    // A tooth number is in the alveolar ridge.
    expect(names(m.match('IMPLANT #19'))).toEqual(['Placement of endosseous dental implants, alveolar (excluding zygomatic and pterygoid implants)']);
    // "PARA" beside a cesarean is parity, no paracentesis.
    expect(names(form('Cesarean section').match('REPEAT C/S, PARA 2'))).toEqual(['Cesarean section']);
  });

  it('reads two operations a line joins by "and" as two, and no wording of one made of words from both: a TURP under "… and transurethral incision of prostate", a robotic sleeve under "… sleeve gastrectomy and gastric bypass"', () => {
    const m = new ProcedureMatcher([
      { id: 'U', name: 'Urology', department: 'Urology', kind: 'core' as const, procedures: [{ name: 'Transurethral resection of prostate and transurethral incision of prostate' }] },
      { id: 'R', name: 'Robotic Bariatric Surgery', department: 'General Surgery', kind: 'special' as const, procedures: [{ name: 'Robotic-assisted sleeve gastrectomy and gastric bypass' }] },
      { id: 'O', name: 'OMFS', department: 'Oral and Maxillofacial Surgery', kind: 'core' as const, procedures: [{ name: 'Incision and drainage of facial space infection' }] },
    ], { vocabulary: builtinVocabulary() });
    expect(names(m.match('TURP'))).toEqual(['Transurethral resection of prostate and transurethral incision of prostate']);
    expect(names(m.match('TUIP'))).toEqual(['Transurethral resection of prostate and transurethral incision of prostate']);
    expect(names(m.match('SLEEVE GASTRECTOMY, ROBOTIC-ASSISTED'))).toEqual(['Robotic-assisted sleeve gastrectomy and gastric bypass']);
    // "Incision and drainage" is one operation: the facial space line is no I&D of a thigh abscess.
    expect(names(m.match('I&D L THIGH ABSCESS W/ PACKING'))).toEqual(['UNKNOWN']);
  });

  it('keeps what an adversarial pass found dropped: a posterior repair or fusion written "POST", an operation after "R/O … POSS", a stent beside a ureteroscopy, and a tooth number beside an arm is no alveolar ridge', () => {
    const m = form('Anterior colporrhaphy', 'Vaginal hysterectomy', 'Anterior cervical discectomy and fusion', 'Diagnostic laparoscopy',
      'Ureteroscopy with laser lithotripsy and stone extraction', 'Cystoscopy with ureteral stent insertion, exchange, or removal', 'Excision of lesion of alveolar ridge');
    expect(names(m.match('TVH, ANT & POST REPAIR'))).toEqual(['Vaginal hysterectomy', 'Anterior colporrhaphy', 'UNKNOWN']);
    expect(names(m.match('TVH + ANT/POST REPAIR'))).toEqual(['Vaginal hysterectomy', 'Anterior colporrhaphy', 'UNKNOWN']);
    expect(names(m.match('C4-6 ACDF + POST CERVICAL FUSION'))).toEqual(['Anterior cervical discectomy and fusion', 'UNKNOWN']);
    expect(names(m.match('DX LAP R/O ECTOPIC POSS SALPINGECTOMY'))).toEqual(['Diagnostic laparoscopy', 'UNKNOWN']);
    expect(names(m.match('URETEROSCOPY, WITH LASER LITHOTRIPSY AND STENT PLACEMENT (Left)'))).toEqual(['Ureteroscopy with laser lithotripsy and stone extraction', 'UNKNOWN']);
    expect(names(m.match('EXC SKIN LESION #3 L ARM'))).toEqual(['UNKNOWN']);
    // "POST" elsewhere is still after: "PAIN POST TKA" books no arthroplasty.
    expect(names(form('Radiofrequency ablation of genicular nerves', 'Total knee arthroplasty').match('PAIN POST TKA - GENICULAR RFA'))).toEqual(['Radiofrequency ablation of genicular nerves']);
  });

  it('reads the head word of a procedure master\'s name with its kind ("GASTRECTOMY, SLEEVE, LAPAROSCOPIC", "ABLATION, ATRIAL FIBRILLATION, …") and a burn share written in words', () => {
    const m = form('Sleeve gastrectomy, laparoscopic', 'Gastrectomy (partial, total), open', 'Catheter ablation of atrial fibrillation, including pulmonary vein isolation',
      'Varicose vein treatment: endovenous thermal ablation, ambulatory phlebectomy, vein stripping', 'Excision of burns up to 20 percent body surface area');
    expect(names(m.match('GASTRECTOMY, SLEEVE, LAPAROSCOPIC'))).toEqual(['Sleeve gastrectomy, laparoscopic']);
    expect(names(m.match('ABLATION, ATRIAL FIBRILLATION, PULMONARY VEIN ISOLATION'))).toEqual(['Catheter ablation of atrial fibrillation, including pulmonary vein isolation']);
    expect(names(m.match('BURN EXCISION 25 PERCENT TBSA'))).toEqual(['UNKNOWN']);
    expect(names(m.match('BURN EXC TBSA 12%'))).toEqual(['Excision of burns up to 20 percent body surface area']);
  });

  it('keeps vascular, neurointerventional and EP lines to their own kind (held-out set 17): a perforator line is no saphenous ablation, a PVI line no vein RFA, a snare retrieval no embolization', () => {
    const m = form('Percutaneous ablation of incompetent perforator veins', 'Level 2: Pulmonary vein isolation for atrial fibrillation (radiofrequency, cryoballoon, or pulsed field ablation)',
      'Snare retrieval of embolized lead fragment or intravascular foreign body', 'Embolization of intracranial dural arteriovenous fistula',
      'Endovascular repair of infrarenal abdominal aortic aneurysm (EVAR)', 'Iliac branch endoprosthesis placement', 'Creation of arteriovenous fistula for hemodialysis',
      'Tonsillectomy with or without adenoidectomy, patients 3 years of age and older');
    expect(names(m.match('RT GSV EVLA'))).toEqual(['UNKNOWN']);
    expect(names(m.match('LT GSV RFA'))).toEqual(['UNKNOWN']);
    expect(names(m.match('DAVF EMBOLIZATION (TRANSVERSE-SIGMOID)'))).toEqual(['Embolization of intracranial dural arteriovenous fistula']);
    expect(names(m.match('GI BLEED EMBOLIZATION GDA'))).toEqual(['UNKNOWN']);
    // Each side of a "+" is asked for, even where one is a kind of the other.
    expect(names(m.match('EVAR + RT IBE'))).toEqual(['Endovascular repair of infrarenal abdominal aortic aneurysm (EVAR)', 'Iliac branch endoprosthesis placement']);
    // "3 years of age and older" is an age limit.
    expect(names(m.match('TONSILLECTOMY, 2 YO, RECURRENT TONSILLITIS'))).toEqual(['UNKNOWN']);
    expect(names(m.match('T&A 5 YO'))).toEqual(['Tonsillectomy with or without adenoidectomy, patients 3 years of age and older']);
  });

  it('reads neurointerventional and EP shorthand (held-out set 17): a 4-vessel cerebral angio, a Pipeline, a WEB, a tilt table, an ABL', () => {
    const m = form('Diagnostic cerebral angiography', 'Flow diversion for intracranial aneurysm', 'Intrasaccular flow disruption for intracranial aneurysm', 'Head-up tilt table testing',
      'Level 2: Ablation of atypical or left atrial flutter');
    expect(names(m.match('DIAG CEREBRAL ANGIO 4-VESSEL'))).toEqual(['Diagnostic cerebral angiography']);
    expect(names(m.match('PIPELINE FLEX - LT ICA OPHTHALMIC ANEURYSM'))).toEqual(['Flow diversion for intracranial aneurysm']);
    expect(names(m.match('WEB - BASILAR TIP ANEURYSM'))).toEqual(['Intrasaccular flow disruption for intracranial aneurysm']);
    expect(names(m.match('TILT TABLE'))).toEqual(['Head-up tilt table testing']);
    // A WEB elsewhere is no aneurysm device.
    expect(names(m.match('ESOPHAGEAL WEB DILATION'))).not.toContain('Intrasaccular flow disruption for intracranial aneurysm');
  });

  it('holds a line that names the ordinary case to it: "Paracentesis, diagnostic" is no therapeutic one, "… for uncomplicated appendicitis" no perforated one', () => {
    const m = form('Paracentesis, diagnostic', 'Appendectomy for uncomplicated appendicitis', 'Laceration repair, simple');
    expect(names(m.match('THERAPEUTIC PARACENTESIS 6L'))).toEqual(['UNKNOWN']);
    expect(m.match('THERAPEUTIC PARACENTESIS 6L').parts[0].why).toContain('therapeutic');
    expect(names(m.match('PARACENTESIS'))).toEqual(['Paracentesis, diagnostic']);
    expect(names(m.match('LAP APPY PERFORATED APPENDICITIS'))).toEqual(['UNKNOWN']);
    expect(names(m.match('LAP APPY, ACUTE APPENDICITIS'))).toEqual(['Appendectomy for uncomplicated appendicitis']);
    expect(names(m.match('COMPLEX LACERATION REPAIR FACE 6 CM'))).toEqual(['UNKNOWN']);
  });

  it('reads a booking with no age as an adult\'s where the catalog splits the operation by age, and "4y" as an age', () => {
    const m = form('Cataract extraction with intraocular lens implantation, routine (phacoemulsification), patients 18 years of age and older',
      'Pediatric cataract extraction, with or without intraocular lens, patients under 18 years of age', 'Umbilical hernia repair, pediatric', 'Ventral or umbilical hernia repair, adult');
    expect(names(m.match('CE/IOL OD (MAC/TOPICAL)'))).toEqual(['Cataract extraction with intraocular lens implantation, routine (phacoemulsification), patients 18 years of age and older']);
    expect(names(m.match('CE/IOL OD, 6 YO'))).toEqual(['Pediatric cataract extraction, with or without intraocular lens, patients under 18 years of age']);
    expect(names(m.match('Umbilical hernia repair (N/A) 4y GA'))).toEqual(['Umbilical hernia repair, pediatric']);
  });

  it('reads PTA beside a peritonsillar I&D as the abscess, and XT beside a recession as exotropia', () => {
    const m = form('Incision and drainage of peritonsillar or deep neck abscess', 'Strabismus surgery, recession or resection of horizontal or vertical rectus muscles');
    expect(names(m.match('I&D PTA (PERITONSILLAR)'))).toEqual(['Incision and drainage of peritonsillar or deep neck abscess']);
    expect(names(m.match('BILAT LR RECESSION (XT)'))).toEqual(['Strabismus surgery, recession or resection of horizontal or vertical rectus muscles']);
  });

  it('reads elastic (TENS) nailing of a forearm as a nailing, not an ORIF: the pediatric ORIF line no longer covers it', () => {
    const m = form('Open reduction and internal fixation of fracture, pediatric', 'Flexible intramedullary nailing of long bone fracture, pediatric');
    expect(names(m.match('TENS (elastic nailing) both bone forearm fx - 12 YO'))).toEqual(['Flexible intramedullary nailing of long bone fracture, pediatric']);
    expect(names(m.match('ORIF BBFA - 12 YO'))).toEqual(['Open reduction and internal fixation of fracture, pediatric']);
  });

  it('reads a laminectomy and fusion as two operations, and a laminectomy as what "Lumbar laminectomy for decompression" is for', () => {
    const m = form('Lumbar laminectomy for decompression', 'Posterior spinal fusion with instrumentation', 'Craniotomy for evacuation of hematoma');
    expect(names(m.match('L4-5 LAMINECTOMY AND FUSION W/ INSTRUMENTATION'))).toContain('Lumbar laminectomy for decompression');
    expect(m.match('L4-5 LAMINECTOMY AND FUSION W/ INSTRUMENTATION').parts).toHaveLength(2);
    expect(names(m.match('L3-4 LAMINECTOMY'))).toEqual(['Lumbar laminectomy for decompression']);
    // An indication the operation's wordings do not say stays a limit.
    expect(names(m.match('CRANIOTOMY FOR TUMOR'))).toEqual(['UNKNOWN']);
  });

  it('covers a lead extraction without the laser by a line "…, including laser sheath": what a line includes is no way it must be done', () => {
    const m = form('Lead extraction, transvenous, including laser sheath', 'Laser lithotripsy of ureteral calculus');
    expect(names(m.match('PACEMAKER LEAD EXTRACTION'))).toEqual(['Lead extraction, transvenous, including laser sheath']);
    expect(names(m.match('LASER LEAD EXTRACTION'))).toEqual(['Lead extraction, transvenous, including laser sheath']);
  });

  it('leaves out what a booking says is not done: "G TUBE IR (NOT PEG)" is no endoscopic gastrostomy', () => {
    const m = form('Percutaneous endoscopic gastrostomy tube placement', 'Percutaneous radiologic gastrostomy tube placement');
    expect(names(m.match('G tube IR (not PEG)'))).not.toContain('Percutaneous endoscopic gastrostomy tube placement');
    expect(names(m.match('PEG TUBE'))).toEqual(['Percutaneous endoscopic gastrostomy tube placement']);
    // A catalog's "not including …" still excludes: the line does not cover what it names.
    expect(names(form('Hernia repair, not including hiatal hernia').match('LAP HIATAL HERNIA REPAIR'))).toEqual(['UNKNOWN']);
  });

  it('covers a laparoscopic booking by a line "laparoscopic or robotic", and asks a robotic one converted to open for an open line', () => {
    const m = form('Cholecystectomy, laparoscopic or robotic', 'Navigational bronchoscopy, electromagnetic or robotic-assisted');
    expect(names(m.match('LAP CHOLE'))).toEqual(['Cholecystectomy, laparoscopic or robotic']);
    expect(names(m.match('EBUS + nav bronch'))).toEqual(['UNKNOWN', 'Navigational bronchoscopy, electromagnetic or robotic-assisted']);
    expect(m.match('ROBOTIC CHOLE POSS CONVERT TO OPEN').parts.every((p) => p.status === 'unknown')).toBe(true);
    const both = form('Cholecystectomy, open or laparoscopic', 'Robotic-assisted cholecystectomy');
    expect(both.match('ROBOTIC CHOLE POSS CONVERT TO OPEN').parts[0].groups.map((g) => g.map((c) => c.procedure))).toEqual([['Robotic-assisted cholecystectomy'], ['Cholecystectomy, open or laparoscopic']]);
  });

  it('reads what an operation is done to as no operation of its own: a declotting line covers no fistula creation or graft placement', () => {
    const m = form('Thrombectomy of arteriovenous fistula or graft, open or percutaneous');
    expect(names(m.match('ELLIPSYS PAVF LT'))).toEqual(['UNKNOWN']);
    expect(names(m.match('LT FOREARM AV GRAFT PLACEMENT'))).toEqual(['UNKNOWN']);
    expect(names(m.match('DECLOT LT AVG'))).toEqual(['Thrombectomy of arteriovenous fistula or graft, open or percutaneous']);
    // A generator replaced is no pacemaker implanted; either generator is.
    const gen = form('Replacement of pacemaker or defibrillator generator');
    expect(names(gen.match('DUAL CHAMBER PPM INSERTION'))).toEqual(['UNKNOWN']);
    expect(names(gen.match('PPM GENERATOR CHANGE'))).toEqual(['Replacement of pacemaker or defibrillator generator']);
    expect(names(gen.match('ICD GENERATOR CHANGE'))).toEqual(['Replacement of pacemaker or defibrillator generator']);
  });

  it('holds a side written before one operation of an "or" to that one: a left hemicolectomy line covers no right one, and its sigmoid colectomy stays', () => {
    const m = form('Left hemicolectomy or sigmoid colectomy, with or without end colostomy (Hartmann\'s procedure)');
    expect(names(m.match('R HEMICOLECTOMY'))).toEqual(['UNKNOWN']);
    expect(names(m.match('LAP L HEMICOLECTOMY'))).toEqual(['Left hemicolectomy or sigmoid colectomy, with or without end colostomy (Hartmann\'s procedure)']);
    expect(names(m.match('LAP SIGMOID COLECTOMY'))).toEqual(['Left hemicolectomy or sigmoid colectomy, with or without end colostomy (Hartmann\'s procedure)']);
    // A list of actions that begins with putting the device in still privileges the insertion.
    const stent = form('Insertion, exchange or removal of ureteric stent');
    expect(names(stent.match('L URETERAL STENT PLACEMENT'))).toEqual(['Insertion, exchange or removal of ureteric stent']);
  });

  it('keeps an arthrotomy and an arthroscopy apart: an open line reads no scope, a scope booking no arthrotomy, a diagnostic scope line no debridement', () => {
    const m = form('Arthrotomy of shoulder, elbow, hip, knee, or ankle, with or without synovectomy or loose body removal', 'Diagnostic shoulder arthroscopy', 'Arthroscopic irrigation and debridement of knee for infection');
    expect(names(m.match('L SHOULDER SCOPE DEBRIDEMENT'))).toEqual(['UNKNOWN']);
    expect(names(m.match('L SHOULDER DX SCOPE'))).toEqual(['Diagnostic shoulder arthroscopy']);
    expect(names(m.match('R ELBOW SCOPE LOOSE BODY REMOVAL'))).toEqual(['UNKNOWN']);
    expect(names(m.match('L KNEE SCOPE I&D SEPTIC KNEE'))[0]).toBe('Arthroscopic irrigation and debridement of knee for infection');
    expect(names(m.match('R KNEE ARTHROTOMY, I&D'))).toEqual(['Arthrotomy of shoulder, elbow, hip, knee, or ankle, with or without synovectomy or loose body removal']);
  });

  it('reads "one or two levels" and "up to three levels" as counts, not as words the booking must say, and an included bone graft only with its fusion', () => {
    const m = form('Anterior cervical discectomy and fusion, one or two levels', 'Transforaminal or posterior lumbar interbody fusion, up to three levels, including pedicle screw instrumentation, bone graft, and navigation when used', 'Ankle arthrodesis, open or arthroscopic');
    expect(names(m.match('C5-6 ACDF'))).toEqual(['Anterior cervical discectomy and fusion, one or two levels']);
    expect(names(m.match('C4-7 ACDF'))).toEqual(['UNKNOWN']);
    expect(names(m.match('L3-S1 TLIF'))).toEqual(['Transforaminal or posterior lumbar interbody fusion, up to three levels, including pedicle screw instrumentation, bone graft, and navigation when used']);
    expect(names(m.match('R ANKLE FUSION OPEN W/ ICBG'))).toEqual(['Ankle arthrodesis, open or arthroscopic', 'UNKNOWN']);
    // A line naming its only segments covers no other.
    const alif = form('Anterior lumbar interbody fusion, L4-L5 and L5-S1 levels only');
    expect(names(alif.match('L3-4 ALIF'))).toEqual(['UNKNOWN']);
    expect(names(alif.match('L5-S1 ALIF'))).toEqual(['Anterior lumbar interbody fusion, L4-L5 and L5-S1 levels only']);
  });

  it('reads a Commonwealth theatre list: NEC, CTD, ROM, PEG insertion, a shoulder DCR, EUA of the eyes, KFD, caecal and gestation in fortieths', () => {
    const m = form('Laparotomy for necrotising enterocolitis', 'Carpal tunnel decompression', 'Removal of orthopaedic metalwork', 'Percutaneous endoscopic gastrostomy insertion, replacement and removal',
      'Open feeding gastrostomy or jejunostomy', 'Distal clavicle excision, open or arthroscopic', 'Dacryocystorhinostomy', 'Examination under anaesthesia (gynaecological)', 'Examination of eyes under anaesthesia',
      'Instrumental vaginal delivery (vacuum or non-rotational forceps), including trial in theatre', 'Rotational forceps delivery (Kielland\'s)', 'External cephalic version from 36 weeks gestation');
    expect(names(m.match('Laparotomy - NEC'))).toEqual(['Laparotomy for necrotising enterocolitis']);
    expect(names(m.match('CTD R) under LA'))).toEqual(['Carpal tunnel decompression']);
    expect(names(m.match('ROM L) ankle'))).toEqual(['Removal of orthopaedic metalwork']);
    // A PEG is endoscopic: the open gastrostomy line does not cover it.
    expect(names(m.match('PEG insertion'))).toEqual(['Percutaneous endoscopic gastrostomy insertion, replacement and removal']);
    expect(names(m.match('RT SHOULDER SCOPE, DCR'))).toEqual(['Distal clavicle excision, open or arthroscopic']);
    expect(names(m.match('L) DCR'))).toEqual(['Dacryocystorhinostomy']);
    expect(names(m.match('EUA + probing & syringing NLD, 14/12'))[0]).toBe('Examination of eyes under anaesthesia');
    expect(names(m.match('KFD - OP position, fully dilated'))).toEqual(['Rotational forceps delivery (Kielland\'s)']);
    expect(names(m.match('VACUUM DELIVERY'))).toEqual(['Instrumental vaginal delivery (vacuum or non-rotational forceps), including trial in theatre']);
    expect(names(m.match('ECV 34/40 breech'))).toEqual(['UNKNOWN']);
    expect(names(m.match('ECV 37/40'))).toEqual(['External cephalic version from 36 weeks gestation']);
  });

  it('reads a broader wording in the clause of a narrower kind as describing it, and a line\'s way in as no operation alone: no fistulotomy under an advancement flap line, no thoracotomy under a lobectomy line', () => {
    const m = form('Endorectal advancement flap repair of anal fistula', 'Lobectomy, open thoracotomy, including mediastinal lymph node dissection');
    expect(names(m.match('EUA, FISTULOTOMY'))).toContain('UNKNOWN');
    expect(names(m.match('ENDORECTAL ADVANCEMENT FLAP'))).toEqual(['Endorectal advancement flap repair of anal fistula']);
    expect(names(m.match('L ANTEROLATERAL THORACOTOMY, GSW CHEST'))).toEqual(['UNKNOWN']);
    expect(names(m.match('R THORACOTOMY, RUL LOBECTOMY'))).toEqual(['Lobectomy, open thoracotomy, including mediastinal lymph node dissection']);
  });

  it('reads a transplant service\'s form: a renal allotransplantation line covers a DDKT, a transplant nephrectomy is no native one, a HIPEC line open or closed limits neither', () => {
    const m = form('Renal allotransplantation, deceased or living donor, patients 18 and older', 'Native nephrectomy, open or laparoscopic, in transplant candidates or recipients',
      'Removal of transplanted pancreatic allograft', 'Hyperthermic intraperitoneal chemotherapy perfusion, open or closed technique');
    expect(names(m.match('DDKT'))).toEqual(['Renal allotransplantation, deceased or living donor, patients 18 and older']);
    expect(names(m.match('Transplant nephrectomy, failed allograft'))).toEqual(['UNKNOWN']);
    expect(names(m.match('Allograft pancreatectomy, thrombosed graft'))).toEqual(['Removal of transplanted pancreatic allograft']);
    expect(names(m.match('HIPEC'))).toEqual(['Hyperthermic intraperitoneal chemotherapy perfusion, open or closed technique']);
  });

  it('reads BITR, and TL beside a neck dissection, as the operations they stand for, and an included stent only with its ureteroscopy', () => {
    const m = form('Septoplasty', 'Inferior turbinate reduction (submucous resection, radiofrequency, or outfracture)', 'Total laryngectomy', 'Ureteroscopy, with or without laser lithotripsy, including ureteral stent placement', 'Transurethral resection of bladder tumor');
    expect(names(m.match('SEPTO + BITR'))).toEqual(['Septoplasty', 'Inferior turbinate reduction (submucous resection, radiofrequency, or outfracture)']);
    expect(names(m.match('TL + BILAT ND'))[0]).toBe('Total laryngectomy');
    expect(names(m.match('TURBT + RT URETERAL STENT'))).toEqual(['Transurethral resection of bladder tumor', 'UNKNOWN']);
    expect(names(m.match('R URETEROSCOPY, LASER LITHOTRIPSY, STENT'))).not.toContain('UNKNOWN');
  });

  it('asks no primary arthroplasty where the booking takes one out or exchanges its parts, and reads a catheter as no single-injection block', () => {
    const m = form('Total knee arthroplasty, primary', 'Revision total knee arthroplasty, one or more components', 'Resection arthroplasty of hip or knee with insertion of antibiotic spacer', 'Adductor canal (saphenous nerve) block, single injection');
    expect(names(m.match('L KNEE EXPLANT TKA, ABX SPACER (STAGE 1)'))).toEqual(['Resection arthroplasty of hip or knee with insertion of antibiotic spacer']);
    expect(names(m.match('L TKA POLY EXCHANGE (INSTABILITY)'))).toEqual(['Revision total knee arthroplasty, one or more components']);
    expect(names(m.match('R TKA'))).toEqual(['Total knee arthroplasty, primary']);
    expect(names(m.match('ADDUCTER CANAL CATH'))[0]).toBe('UNKNOWN');
  });

  it('reads "placement or exchange" of a device as both, and a transabdominal cerclage as no transvaginal one', () => {
    const m = form('Tunneled hemodialysis catheter placement or exchange', 'Tunneled central venous catheter placement', 'Cervical cerclage, transvaginal');
    expect(names(m.match('TUNNELED HD CATH RIJ'))).toEqual(['Tunneled hemodialysis catheter placement or exchange']);
    expect(names(m.match('TDC EXCHANGE'))).toEqual(['Tunneled hemodialysis catheter placement or exchange']);
    expect(names(m.match('TRANSABD CERCLAGE'))).toEqual(['UNKNOWN']);
    expect(names(m.match('CERCLAGE 14 WKS'))).toEqual(['Cervical cerclage, transvaginal']);
  });

  it('asks for every operation a booking joins to a removal, and keeps an add-on after "with" inside an "including" clause tied to its operation', () => {
    const m = form('Removal of hardware', 'Pacemaker removal', 'Port removal', 'Femoral nerve block', 'Skin surgery, including excision of skin lesion with complex closure');
    for (const booking of ['L TKA W/ ROH', 'REMOVAL OF HARDWARE AND TOTAL HIP ARTHROPLASTY', 'PPM EXPLANT AND ICD IMPLANTATION', 'PORT REMOVAL AND PICC PLACEMENT', 'FEMORAL AND SCIATIC BLOCKS', 'COMPLEX WOUND REPAIR']) {
      expect(names(m.match(booking))).toContain('UNKNOWN');
    }
    const alif = form('Anterior lumbar interbody fusion, L4/5 and L5/S1 levels only');
    expect(names(alif.match('L2 VERTEBRECTOMY, L3-4 ALIF'))).toEqual(['UNKNOWN', 'UNKNOWN']);
  });

  it('reads an RFA or a laser ablation as thermal and a glue closure as not: each vein line covers its own', () => {
    const m = form('Endovenous thermal ablation of saphenous veins (laser or radiofrequency)', 'Non-thermal endovenous ablation (cyanoacrylate adhesive or mechanochemical)');
    for (const booking of ['RT GSV EVLA', 'LT GSV RFA', 'RT GSV EVLT']) expect(names(m.match(booking))).toEqual(['Endovenous thermal ablation of saphenous veins (laser or radiofrequency)']);
    expect(names(m.match('RT GSV VENASEAL'))).toEqual(['Non-thermal endovenous ablation (cyanoacrylate adhesive or mechanochemical)']);
    // A thermal line names no glue; a non-thermal line no laser.
    expect(names(form('Endovenous thermal ablation of saphenous veins (laser or radiofrequency)').match('RT GSV VENASEAL'))).toEqual(['UNKNOWN']);
    expect(names(form('Non-thermal endovenous ablation (cyanoacrylate adhesive or mechanochemical)').match('RT GSV EVLA'))).toEqual(['UNKNOWN']);
  });

  it('reads a joint\'s scope as how the operation beside it is done: a scope RCR is no open one, and "including … for massive tear" limits no open line', () => {
    const m = form('Arthroscopic rotator cuff repair', 'Open repair of rotator cuff, acute or chronic, including reconstruction for massive tear', 'Diagnostic shoulder arthroscopy');
    const open = form('Open repair of rotator cuff, acute or chronic, including reconstruction for massive tear', 'Diagnostic shoulder arthroscopy');
    expect(names(open.match('R OPEN RCR'))).toEqual(['Open repair of rotator cuff, acute or chronic, including reconstruction for massive tear']);
    expect(names(m.match('R SHOULDER SCOPE MASSIVE RCR W/ REGENETEN PATCH'))).toEqual(['Diagnostic shoulder arthroscopy', 'Arthroscopic rotator cuff repair']);
    for (const booking of ['R SHOULDER SCOPE MASSIVE RCR', 'R SHOULDER SCOPE, RCR']) {
      expect(names(m.match(booking))).toEqual(['Diagnostic shoulder arthroscopy', 'Arthroscopic rotator cuff repair']);
      expect(names(open.match(booking))).toEqual(['Diagnostic shoulder arthroscopy', 'UNKNOWN']);
    }
    // A possible conversion asks for both ways; the scope alone is no open operation.
    expect(m.match('RT SHOULDER SCOPE RCR POSS CONVERTING TO OPEN').parts[1].groups.map((g) => g.map((c) => c.procedure))).toEqual([
      ['Open repair of rotator cuff, acute or chronic, including reconstruction for massive tear'], ['Arthroscopic rotator cuff repair']]);
    expect(names(open.match('RT SHOULDER SCOPE RCR POSS CONVERT TO OPEN'))).toEqual(['Diagnostic shoulder arthroscopy', 'UNKNOWN']);
    expect(names(m.match('R SHOULDER SCOPE'))).toEqual(['Diagnostic shoulder arthroscopy']);
  });

  it('reads a booking\'s code as the operation a part already names, not as an operation another part names that the text left unread', () => {
    const m = form('Diagnostic laparoscopy', 'Pericardiocentesis, with or without drain placement');
    expect(names(m.match('DX LAP, POSS FULGURATION OF MINIMAL ENDO', '49320'))).toEqual(['Diagnostic laparoscopy', 'UNKNOWN']);
    // A word the part's own line names is still its own.
    expect(names(m.match('PERICARDIOCENTESIS W/ DRAIN', '33016'))).toEqual(['Pericardiocentesis, with or without drain placement']);
  });

  it('reads "Cesarean hysterectomy, total or supracervical" as cesarean hysterectomies only, and a non-obstetric line as no cover for a pregnancy', () => {
    const m = form('Cesarean hysterectomy, total or supracervical', 'Dilation and curettage, non-obstetric');
    for (const booking of ['TAH BSO, 20 WK SIZE FIBROIDS', 'LSH W/ BS', 'TLH']) expect(names(m.match(booking))[0]).toBe('UNKNOWN');
    expect(names(m.match('C-HYST PLANNED 34W'))).toEqual(['Cesarean hysterectomy, total or supracervical']);
    expect(names(m.match('HYSTEROSCOPY D&C'))).toContain('Dilation and curettage, non-obstetric');
    for (const booking of ['D&C FOR INCOMPLETE AB (OB)', 'SUCTION D&C 8W3D MAB', 'D&C RETAINED POC']) expect(names(m.match(booking))).not.toContain('Dilation and curettage, non-obstetric');
  });

  it('holds a booking\'s code to the age the booking states: "b/l cochlear implants, 14 mo" is no adults\' implantation', () => {
    const m = form('Cochlear implantation, patients 18 years and older');
    expect(names(m.match('b/l cochlear implants, 14 mo, congenital SNHL', '69930'))).toEqual(['UNKNOWN']);
    expect(names(m.match('b/l cochlear implants, 54 yo', '69930'))).toEqual(['Cochlear implantation, patients 18 years and older']);
  });

  it('reads an eye and face form\'s kinds: a DMEK is no DSAEK, an MMCR no frontalis sling, a pars plana lensectomy no vitrectomy alone', () => {
    const m = form('Descemet stripping automated endothelial keratoplasty', 'Blepharoptosis repair, frontalis sling', 'Retinal detachment repair, scleral buckle', 'Pars plana vitrectomy, with or without membrane peel', 'Genioplasty, osseous', 'Trigger finger release', 'Carpal tunnel release', 'Augmentation mammaplasty with implants', 'Mastopexy');
    expect(names(m.match('L DMEK'))).toEqual(['UNKNOWN']);
    expect(names(m.match('R DSAEK'))).toEqual(['Descemet stripping automated endothelial keratoplasty']);
    expect(names(m.match('B/L MMCR'))).toEqual(['UNKNOWN']);
    expect(names(m.match('L FRONTALIS SLING'))).toEqual(['Blepharoptosis repair, frontalis sling']);
    expect(names(m.match('PPV OD, MAC-OFF RD'))).not.toContain('Retinal detachment repair, scleral buckle');
    expect(names(m.match('PPV/PARS PLANA LENSECTOMY OD, DROPPED NUCLEUS'))).toEqual(['Pars plana vitrectomy, with or without membrane peel', 'UNKNOWN']);
    expect(names(m.match('LEFORT I, SLIDING GENIO'))).toEqual(['UNKNOWN', 'Genioplasty, osseous']);
    expect(names(m.match('L CTR + L MIDDLE TF RELEASE'))).toEqual(['Carpal tunnel release', 'Trigger finger release']);
    expect(names(m.match('AUG/MASTOPEXY B/L, SILICONE 300CC'))).toEqual(['Augmentation mammaplasty with implants', 'Mastopexy']);
  });

  it('leaves an abbreviation for another kind of the code\'s operation asked: "L HEMITHYROIDECTOMY VS TT" with a lobectomy\'s code', () => {
    const m = form('Thyroid lobectomy, with or without isthmusectomy', 'Total thyroidectomy');
    expect(names(m.match('L HEMITHYROIDECTMY VS TT PENDING FROZEN', '60220'))).toEqual(['Thyroid lobectomy, with or without isthmusectomy', 'UNKNOWN']);
  });

  it('reads a heart and vascular form\'s kinds: a transapical TAVR or a radial carotid stent is no transfemoral one, a PFA no radiofrequency ablation, a new dual-chamber pacemaker no upgrade', () => {
    const m = form('Transcatheter aortic valve replacement in native aortic valve, transfemoral, subclavian, or axillary approach', 'Carotid artery stenting, transfemoral approach with embolic protection',
      'Catheter ablation of atrial fibrillation by pulmonary vein isolation, radiofrequency energy', 'Upgrade of single-chamber to dual-chamber pacemaker or defibrillator', 'Permanent transvenous pacemaker implantation, single or dual chamber');
    expect(names(m.match('TAVR TRANSAPICAL - HOSTILE ILIOFEMORALS'))).toContain('UNKNOWN');
    expect(names(m.match('L CAS VIA R RADIAL'))).toEqual(['UNKNOWN']);
    expect(names(m.match('L CAS'))).toEqual(['Carotid artery stenting, transfemoral approach with embolic protection']);
    expect(names(m.match('AFIB ABLATION PFA'))).toEqual(['UNKNOWN']);
    expect(names(m.match('AF ABLATION'))).toEqual(['Catheter ablation of atrial fibrillation by pulmonary vein isolation, radiofrequency energy']);
    expect(names(m.match('DDD PPM'))).toEqual(['Permanent transvenous pacemaker implantation, single or dual chamber']);
    expect(names(form('Upgrade of single-chamber to dual-chamber pacemaker or defibrillator').match('DDD PPM'))).toEqual(['UNKNOWN']);
  });

  it('reads a radiocephalic fistula line as that fistula only, and BC or RC beside a fistula as its kind', () => {
    const m = form('Radiocephalic arteriovenous fistula creation', 'Brachiocephalic arteriovenous fistula creation');
    expect(names(m.match('L BC AVF CREATION'))).toEqual(['Brachiocephalic arteriovenous fistula creation']);
    expect(names(m.match('L RC AVF'))).toEqual(['Radiocephalic arteriovenous fistula creation']);
    expect(names(form('Radiocephalic arteriovenous fistula creation').match('L BRACHIOCEPHALIC AVF CREATION'))).toEqual(['UNKNOWN']);
  });

  it('asks for a diagnostic scope beside an operation that may not be done, and reads no knee arthroscopy in "…, knee, open or arthroscopic"', () => {
    const m = form('Diagnostic shoulder arthroscopy', 'Arthroscopic anterior stabilization with labral repair (Bankart)', 'Diagnostic knee arthroscopy', 'Osteochondral autograft transplantation, knee, open or arthroscopic');
    expect(names(m.match('ADD ON - L SHOULDER DX SCOPE, POSS BANKART'))).toEqual(['Diagnostic shoulder arthroscopy', 'Arthroscopic anterior stabilization with labral repair (Bankart)']);
    expect(names(form('Arthroscopic anterior stabilization with labral repair (Bankart)').match('L SHOULDER DX SCOPE, POSS BANKART'))).toEqual(['UNKNOWN', 'Arthroscopic anterior stabilization with labral repair (Bankart)']);
    expect(m.match('R KNEE SCOPE').parts[0].groups.flat().map((c) => c.procedure)).toEqual(['Diagnostic knee arthroscopy']);
  });

  it('reads a neonatal list\'s day of life and a former preemie\'s gestation as no operation words', () => {
    const m = form('Newborn circumcision with clamp or ring device, infants 28 days of age or younger', 'Inguinal hernia repair, patients under 18 years', 'Circumcision, beyond the newborn period');
    expect(names(m.match('GOMCO CIRC DOL 2'))).toEqual(['Newborn circumcision with clamp or ring device, infants 28 days of age or younger']);
    expect(names(m.match('L IHR 3 MO EX-32WK'))).toEqual(['Inguinal hernia repair, patients under 18 years']);
    expect(names(form('Circumcision, beyond the newborn period').match('NEWBORN CIRC (GOMCO) DOL 2'))).not.toContain('Circumcision, beyond the newborn period');
  });

  it('tells the midurethral slings apart by route: TVT is retropubic, TOT transobturator, and a mini-sling neither', () => {
    const m = form('Retropubic midurethral sling', 'Transobturator midurethral sling');
    expect(names(m.match('TVT'))).toEqual(['Retropubic midurethral sling']);
    expect(names(m.match('TOT SLING'))).toEqual(['Transobturator midurethral sling']);
    expect(names(m.match('MINI-SLING (SINGLE INCISION), SUI'))).toEqual(['UNKNOWN']);
    expect(names(form('Midurethral sling for stress urinary incontinence').match('MINI SLING'))).toEqual(['Midurethral sling for stress urinary incontinence']);
  });

  it('reads a stump revision as no new amputation, and a latissimus flap to the back as no breast reconstruction', () => {
    const m = form('Below-knee amputation', 'Revision of lower extremity amputation stump', 'Amputation of finger or thumb, primary or revision');
    expect(names(m.match('L BKA REVISION'))).toEqual(['Revision of lower extremity amputation stump']);
    expect(names(form('Below-knee amputation').match('L BKA REVISION'))).toEqual(['UNKNOWN']);
    expect(names(m.match('R BKA'))).toEqual(['Below-knee amputation']);
    const flap = form('Breast reconstruction with pedicled latissimus dorsi flap');
    expect(names(flap.match('PEDICLED LAT FLAP TO POSTERIOR TRUNK WOUND'))).toEqual(['UNKNOWN']);
    expect(names(flap.match('R LAT DORSI FLAP + TE'))).toContain('Breast reconstruction with pedicled latissimus dorsi flap');
  });

  it('reads "radical abd hyst" as a radical hysterectomy, a simple vulvectomy as no excision of a vulvar lesion, and what the family wants to avoid as not done', () => {
    const m = form('Radical hysterectomy with pelvic lymphadenectomy, open approach only', 'Total abdominal hysterectomy, non-obstetric', 'Excision, biopsy, or ablation of vulvar, vaginal, or cervical lesions', 'Partial or simple vulvectomy', 'Spinal anesthesia for infants under 12 months', 'General anesthesia, patients 12 months through 17 years');
    expect(names(m.match('RADICAL ABD HYST W/ PLND'))).not.toContain('Total abdominal hysterectomy, non-obstetric');
    expect(names(m.match('SIMPLE VULVECTOMY - VIN3'))).toEqual(['Partial or simple vulvectomy']);
    expect(names(m.match('SPINAL ANESTHETIC 14MO, INGUINAL HERNIA, FAMILY WANTS TO AVOID GA'))).not.toContain('General anesthesia, patients 12 months through 17 years');
  });

  it('keeps a trauma form\'s site-specific lines to their sites: a sacral fixation, a first MTP joint, closed treatment', () => {
    const m = form('Open reduction and internal fixation of sacral fracture, excluding lumbopelvic fixation', 'Closed treatment of fracture or dislocation, any extremity, with or without manipulation', 'First metatarsophalangeal joint arthroplasty or arthrodesis');
    expect(names(m.match('R INTERTROCH FX DHS'))).toEqual(['UNKNOWN']);
    expect(names(m.match('SYMPHYSIS PUBIS ORIF'))).toEqual(['UNKNOWN']);
    expect(names(m.match('ORIF SACRAL FRACTURE, ZONE II'))).toEqual(['Open reduction and internal fixation of sacral fracture, excluding lumbopelvic fixation']);
    expect(names(m.match('L FEMORAL HEAD FX ORIF (PIPKIN II)'))).toEqual(['UNKNOWN']);
    expect(names(m.match('L TSA'))).toEqual(['UNKNOWN']);
    expect(names(m.match('R 1ST MTP FUSION'))).toEqual(['First metatarsophalangeal joint arthroplasty or arthrodesis']);
    expect(names(m.match('R ANKLE FX CLOSED REDUCTION'))).toEqual(['Closed treatment of fracture or dislocation, any extremity, with or without manipulation']);
  });

  it('keeps an IR form\'s organ lines to their organs, what a line "excludes" out of it, and a donor hepatectomy to donors', () => {
    const m = form('Percutaneous thermal ablation of liver tumor, radiofrequency or microwave', 'Percutaneous biopsy of bone lesion, image-guided, excluding spine', 'Extracorporeal membrane oxygenation cannulation, venovenous, percutaneous (excludes venoarterial)', 'Living donor right hepatectomy', 'Partial nephrectomy, robotic-assisted');
    expect(names(m.match('CT GUIDED LUNG TUMOR MWA RLL'))).toEqual(['UNKNOWN']);
    expect(names(m.match('MICROWAVE ABLATION LIVER LESION'))).toEqual(['Percutaneous thermal ablation of liver tumor, radiofrequency or microwave']);
    expect(names(m.match('US GUIDED THYROID FNA R NODULE'))).toEqual(['UNKNOWN']);
    expect(names(m.match('CT GUIDED ILIAC BONE LESION BX'))).toEqual(['Percutaneous biopsy of bone lesion, image-guided, excluding spine']);
    expect(names(m.match('VENOARTERIAL ECMO CANNULATION, PERIPHERAL'))).not.toContain('Extracorporeal membrane oxygenation cannulation, venovenous, percutaneous (excludes venoarterial)');
    expect(names(m.match('LAP R HEPATECTOMY'))).toEqual(['UNKNOWN']);
    expect(names(m.match('LAP PARTIAL NEPHRECTOMY L (STRAIGHT LAP, NO ROBOT)'))).toContain('UNKNOWN');
    expect(names(m.match('LAP PARTIAL NEPHRECTOMY L (STRAIGHT LAP, NO ROBOT)'))).not.toContain('Partial nephrectomy, robotic-assisted');
  });

  it('reads a chest tube by its site words alone, never drops it beside another operation, and asks no new total knee of a manipulation of one', () => {
    const m = form('Tube thoracostomy', 'Total knee arthroplasty, primary', 'Tracheostomy, open', 'Manipulation of joint under anesthesia');
    expect(names(m.match('R CHEST TUBE'))).toEqual(['Tube thoracostomy']);
    expect(names(m.match('EX LAP, BILATERAL CHEST TUBES'))).toContain('Tube thoracostomy');
    expect(names(m.match('MUA L TOTAL KNEE'))).not.toContain('Total knee arthroplasty, primary');
    expect(names(form('Tracheostomy, open').match('OPEN TRACH, L CHEST TUBE'))).toEqual(['Tracheostomy, open', 'UNKNOWN']);
    expect(names(form('Chemical pleurodesis via existing chest tube').match('R CHEST TUBE'))).toEqual(['UNKNOWN']);
    expect(names(form('Chemical pleurodesis via existing chest tube').match('TALC SLURRY PLEURODESIS VIA CHEST TUBE RT'))).toEqual(['Chemical pleurodesis via existing chest tube']);
  });

  it('keeps a line "… only" to what it names, by words or by a code: no subclavian line for a subclavian CVC, no posterior-only robotic THA for a DAA', () => {
    const m = new ProcedureMatcher([
      { id: 'CC', name: 'Critical care', department: 'Critical Care', kind: 'core' as const, codes: ['36556'], procedures: [{ name: 'Central venous catheter insertion, non-tunneled, internal jugular or femoral vein only' }] },
      { id: 'JR', name: 'Joints', department: 'Orthopaedics', kind: 'special' as const, codes: ['27130'], procedures: [{ name: 'Robotic-assisted total hip arthroplasty, primary, posterior approach only' }] },
    ], { vocabulary: builtinVocabulary() });
    expect(names(m.match('L SUBCLAVIAN CVC', '36556'))).toEqual(['UNKNOWN']);
    expect(names(m.match('R INTERNAL JUGULAR CVC', '36556'))).toEqual(['Central venous catheter insertion, non-tunneled, internal jugular or femoral vein only']);
    expect(names(m.match('R THA DAA ROBOTIC (MAKO)'))).toEqual(['UNKNOWN']);
    expect(names(m.match('R THA DAA ROBOTIC (MAKO)', '27130'))).toEqual(['UNKNOWN']);
    expect(names(m.match('L THA POSTERIOR, ROBOTIC'))).toEqual(['Robotic-assisted total hip arthroplasty, primary, posterior approach only']);
    expect(names(m.match('L EXTERNAL JUGULAR CVC', '36556'))).toEqual(['UNKNOWN']);
    expect(names(m.match('R IJ TLC', '36556'))).toEqual(['Central venous catheter insertion, non-tunneled, internal jugular or femoral vein only']);
    expect(names(m.match('R THA ANTEROLATERAL APPROACH, ROBOTIC', '27130'))).toEqual(['UNKNOWN']);
    // By words: a CVC says "venous" (a line's "vein"), IJ is the jugular, and an "only" line is no case of its own.
    const lines = form('Central venous catheter insertion, non-tunneled, internal jugular, subclavian, or femoral vein', 'Central venous catheter insertion, non-tunneled, internal jugular or femoral vein only');
    expect(names(lines.match('US GUIDED R IJ TLC'))).toContain('Central venous catheter insertion, non-tunneled, internal jugular, subclavian, or femoral vein');
    expect(names(lines.match('L SUBCLAVIAN CVC'))).toEqual(['Central venous catheter insertion, non-tunneled, internal jugular, subclavian, or femoral vein']);
    expect(names(lines.match('L EXTERNAL JUGULAR CVC'))).not.toContain('Central venous catheter insertion, non-tunneled, internal jugular or femoral vein only');
    // A line the booking cannot have (no robot said) does not decide it away from the general one.
    const both = form('Total hip arthroplasty, primary, anterior or posterior approach, excluding robotic-assisted', 'Robotic-assisted total hip arthroplasty, primary, posterior approach only');
    expect(names(both.match('L THA POSTERIOR - FIRST CASE'))).toEqual(['Total hip arthroplasty, primary, anterior or posterior approach, excluding robotic-assisted']);
  });

  it('reads an academic service\'s shorthand: LOOP ILEO CLOSURE, BILAT ESP CATHETERS, a parathyroid line with its "bilateral exploration"', () => {
    const m = form('Parathyroidectomy, focused or bilateral exploration', 'Erector spinae plane block, single injection or catheter', 'Closure of loop ileostomy', 'Uvulopalatopharyngoplasty');
    expect(names(m.match('FOCUSED PARATHYROIDECTOMY L INF, IOPTH'))).toEqual(['Parathyroidectomy, focused or bilateral exploration']);
    expect(names(m.match('4-GLAND PARATHYROID EXPLORATION'))).toEqual(['Parathyroidectomy, focused or bilateral exploration']);
    expect(names(m.match('BILAT ESP CATHETERS T7'))).toEqual(['Erector spinae plane block, single injection or catheter']);
    expect(names(m.match('LOOP ILEO CLOSURE'))).toEqual(['Closure of loop ileostomy']);
  });

  it('keeps a line for infants or newborns to them, reads "all ages including neonates" and "under 3 cm" as no age limit, and drops only the one word a patient declined', () => {
    const m = form('Inguinal hernia repair for infants', 'Circumcision for newborns', 'Tracheostomy, all ages including neonates', 'Hysteroscopy, operative, including resection of submucous fibroids under 3 cm', 'Partial mastectomy (lumpectomy)', 'Sentinel lymph node biopsy, axillary');
    expect(names(m.match('R INGUINAL HERNIA REPAIR 10 YO'))).toEqual(['UNKNOWN']);
    expect(names(m.match('R IHR 6 MO'))).toEqual(['Inguinal hernia repair for infants']);
    expect(names(m.match('CIRCUMCISION 8 YO'))).toEqual(['UNKNOWN']);
    expect(names(m.match('NEWBORN CIRC'))).toEqual(['Circumcision for newborns']);
    expect(names(m.match('TRACH 3 MO, BPD'))).toEqual(['Tracheostomy, all ages including neonates']);
    expect(names(m.match('OPERATIVE HYSTEROSCOPY'))).toEqual(['Hysteroscopy, operative, including resection of submucous fibroids under 3 cm']);
    expect(names(m.match('PT DECLINED MASTECTOMY - R LUMPECTOMY + SLNB'))).toEqual(['Partial mastectomy (lumpectomy)', 'Sentinel lymph node biopsy, axillary']);
  });

  it('reads a stump revision line as no amputation of its own, and a deceased donor\'s hepatectomy as no living donor\'s', () => {
    const m = form('Revision of amputation stump', 'Re-amputation', 'Living donor hepatectomy');
    expect(names(m.match('L BKA'))).toEqual(['UNKNOWN']);
    expect(names(m.match('R CHOPART AMPUTATION'))).toEqual(['UNKNOWN']);
    expect(names(m.match('L BKA REVISION'))).toContain('Revision of amputation stump');
    expect(names(m.match('DECEASED DONOR HEPATECTOMY'))).toEqual(['UNKNOWN']);
  });

  it('gives an anesthetic to the line for the patient\'s age band: "for infants under 12 months", "patients 12 months through 17 years", adults', () => {
    const m = form('General anesthesia for infants under 12 months, including neonates and former preterm infants', 'General anesthesia, patients 12 months through 17 years', 'General anesthesia for non-obstetric surgery, patients 18 years and older');
    expect(names(m.match('GA + MRI BRAIN 8MO'))).toEqual(['General anesthesia for infants under 12 months, including neonates and former preterm infants']);
    expect(names(m.match('GA 2YO, MRI BRAIN'))).toEqual(['General anesthesia, patients 12 months through 17 years']);
    expect(names(m.match('GA 45 YO'))).toEqual(['General anesthesia for non-obstetric surgery, patients 18 years and older']);
  });

  it('reads "Cesarean delivery, low transverse or low vertical uterine incision" as every cesarean but a classical one, and SALP as a salpingectomy', () => {
    const m = form('Cesarean delivery, low transverse or low vertical uterine incision', 'Salpingectomy or salpingo-oophorectomy, vaginal approach', 'Vaginal hysterectomy');
    expect(names(m.match('PRIMARY C/S, G1P0 @ 39 WKS'))).toEqual(['Cesarean delivery, low transverse or low vertical uterine incision']);
    expect(names(m.match('RPT LTCS'))).toEqual(['Cesarean delivery, low transverse or low vertical uterine incision']);
    expect(names(m.match('CLASSICAL C/S 25W4D'))).toEqual(['UNKNOWN']);
    expect(names(m.match('TVH W/ BILAT SALP'))).toEqual(['Vaginal hysterectomy', 'Salpingectomy or salpingo-oophorectomy, vaginal approach']);
  });

  it('keeps the new rules to their own cases: a transvenous biopsy line, a pulsed dye laser, a radial head, a bracket before "for", a buttock augmentation, a pregnancy under a non-obstetric line', () => {
    const m = form('Liver biopsy, transvenous', 'Laser treatment of cutaneous vascular lesions', 'Open reduction internal fixation of radial head fracture', 'Total hip arthroplasty (including cemented) for fracture only',
      'Vaginal hysterectomy, total or subtotal', 'Breast augmentation', 'Dilation and curettage, non-obstetric', 'Open carpal tunnel release', 'Diagnostic knee arthroscopy');
    expect(names(m.match('LIVER BIOPSY'))).toEqual(['UNKNOWN']);
    expect(names(m.match('PULSED DYE LASER PORT WINE STAIN'))).toEqual(['Laser treatment of cutaneous vascular lesions']);
    expect(names(m.match('R RADIAL HEAD ORIF'))).toEqual(['Open reduction internal fixation of radial head fracture']);
    expect(names(m.match('R THA FOR OA'))).toEqual(['UNKNOWN']);
    for (const booking of ['TAH', 'LSH']) expect(names(m.match(booking))).toEqual(['UNKNOWN']);
    expect(names(m.match('BUTTOCK AUG W/ IMPLANTS')).every((n) => n === 'UNKNOWN')).toBe(true);
    for (const booking of ['SUCTION D&C, 9 WKS', 'D&C FOR RPOC', 'D&C, G2P1 AT 8 WEEKS', 'D&C, HYDATIDIFORM MOLE']) expect(names(m.match(booking))).not.toContain('Dilation and curettage, non-obstetric');
    expect(names(m.match('D&C FOR PMB'))).toEqual(['Dilation and curettage, non-obstetric']);
    expect(names(m.match('L KNEE SCOPE, R CTR'))).toEqual(['Diagnostic knee arthroscopy', 'Open carpal tunnel release']);
  });

  it('asks a B-Lynch beside a cesarean for the catalog\'s compression suture line, whose "for hemorrhage" the operation always meets', () => {
    const m = form('Cesarean delivery, low transverse or low vertical uterine incision', 'Uterine compression sutures and uterine artery ligation for hemorrhage');
    expect(names(m.match('LTCS W/ POSS B-LYNCH, HX ATONY'))).toEqual(['Cesarean delivery, low transverse or low vertical uterine incision', 'Uterine compression sutures and uterine artery ligation for hemorrhage']);
  });

  it('reads ECMO decannulation and cannula repositioning lines as those operations: neither covers a cannulation, with its code or without', () => {
    const m = new ProcedureMatcher([{ id: 'E', name: 'ECMO, pediatric', department: 'Pediatric Surgery', kind: 'core' as const, codes: ['33946', '33965', '33963'],
      procedures: [{ name: 'Extracorporeal membrane oxygenation decannulation with vessel repair or ligation, patients under 18' }, { name: 'Repositioning of extracorporeal membrane oxygenation cannula, patients under 18' }] }], { vocabulary: builtinVocabulary() });
    expect(names(m.match('ECMO CANNULATION VA NECK, NEONATE - ADD ON', '33946'))).toEqual(['UNKNOWN']);
    expect(names(m.match('ECMO DECANNULATION, 3 YO'))).toEqual(['Extracorporeal membrane oxygenation decannulation with vessel repair or ligation, patients under 18']);
  });

  it('reads "arthroscopic" beside a joint as how the operation is done, not a joint arthroscopy of its own', () => {
    const m = form('Arthroscopic rotator cuff repair', 'Anterior cruciate ligament reconstruction', 'Diagnostic shoulder arthroscopy');
    expect(names(m.match('R SHOULDER ARTHROSCOPIC ROTATOR CUFF REPAIR'))).toEqual(['Arthroscopic rotator cuff repair']);
    expect(names(m.match('ARTHROSCOPIC ACL RECONSTRUCTION RIGHT KNEE'))).toEqual(['Anterior cruciate ligament reconstruction']);
    expect(names(m.match('R SHOULDER ARTHROSCOPY'))).toEqual(['Diagnostic shoulder arthroscopy']);
  });

  it('asks for the ACL reconstruction and the tenodesis in "L ACL RECON W/ LET": the add-on\'s wording does not swallow its parent\'s words', () => {
    const m = form('Arthroscopically aided anterior cruciate ligament reconstruction, primary, patients 15 years of age and older', 'Lateral extra-articular tenodesis or anterolateral ligament reconstruction, knee');
    expect(names(m.match('L ACL RECON W/ LET'))).toEqual(['Arthroscopically aided anterior cruciate ligament reconstruction, primary, patients 15 years of age and older', 'Lateral extra-articular tenodesis or anterolateral ligament reconstruction, knee']);
    expect(names(form('Lateral extra-articular tenodesis or anterolateral ligament reconstruction, knee').match('L ACL RECON W/ LET'))).toEqual(['UNKNOWN', 'Lateral extra-articular tenodesis or anterolateral ligament reconstruction, knee']);
  });
});

describe('lines a form delineates by the patient\'s age or the number of sessions', () => {
  const form = (...procedures: string[]) => new ProcedureMatcher([{ id: 'F', name: 'Form', department: 'Psychiatry', kind: 'core' as const, procedures: procedures.map((name) => ({ name })) }], { vocabulary: builtinVocabulary() });

  it('needs the line for every patient when the booking says no age: a pediatric line beside it does not cover an unknown patient', () => {
    const m = form('Appendectomy, open or laparoscopic', 'Pediatric appendectomy, open or laparoscopic');
    expect(m.match('LAP APPY').parts[0].groups).toEqual([[expect.objectContaining({ procedure: 'Appendectomy, open or laparoscopic' })]]);
    expect(m.match('LAP APPY 7 YO').parts[0].groups).toEqual([[expect.objectContaining({ procedure: 'Pediatric appendectomy, open or laparoscopic' })]]);
    // A catalog with only the pediatric line: the patient may be an adult, so unknown; a child's booking is covered.
    expect(names(form('Pediatric appendectomy, open or laparoscopic').match('LAP APPY'))).toEqual(['UNKNOWN']);
    expect(names(form('Pediatric appendectomy, open or laparoscopic').match('LAP APPY 8/12'))).toEqual(['Pediatric appendectomy, open or laparoscopic']);
    expect(names(form('Peripheral nerve block, single injection, patients under 18 years of age').match('ISB'))).toEqual(['UNKNOWN']);
    // A line of a privilege titled for children is that service's own: its bookings rarely state an age.
    const service = new ProcedureMatcher([{ id: 'P', name: 'Pediatric Surgery Core Privileges', department: 'Pediatric Surgery', kind: 'core' as const, procedures: [{ name: 'Pyloromyotomy' }] }], { vocabulary: builtinVocabulary() });
    expect(names(service.match('LAP PYLOROMYOTOMY'))).toEqual(['Pyloromyotomy']);
    expect(names(service.match('LAP PYLOROMYOTOMY, 45 YO'))).toEqual(['UNKNOWN']);
  });

  it('reads a single-injection block as the ordinary kind and a catheter as the other: neither line covers the other\'s', () => {
    const m = form('Interscalene brachial plexus block, single injection', 'Erector spinae plane block, single injection or continuous');
    expect(names(m.match('ISB'))).toEqual(['Interscalene brachial plexus block, single injection']);
    expect(names(m.match('ISB W/ CATHETER'))).toEqual(['UNKNOWN']);
    expect(names(m.match('ESP BLOCK BILAT T8'))).toEqual(['Erector spinae plane block, single injection or continuous']);
    // "Popliteal and adductor canal blocks": a block of each, neither dropped.
    const two = form('Popliteal sciatic nerve block', 'Adductor canal block, single injection');
    expect(names(two.match('POPLITEAL AND ADDUCTOR CANAL BLOCKS'))).toEqual(['Popliteal sciatic nerve block', 'Adductor canal block, single injection']);
  });

  it('reads "index and maintenance courses" as every ECT, and needs the minors\' line for a 16-year-old', () => {
    const m = form('Electroconvulsive therapy, index and maintenance courses', 'Electroconvulsive therapy for patients under 18 years of age');
    expect(m.match('ECT').parts[0].groups[0].map((c) => c.procedure)).toContain('Electroconvulsive therapy, index and maintenance courses');
    expect(m.match('ECT, 16 YO').parts[0].groups).toEqual([[expect.objectContaining({ procedure: 'Electroconvulsive therapy for patients under 18 years of age' })]]);
    expect(m.match('ECT, 45 YO').parts[0].groups).toEqual([[expect.objectContaining({ procedure: 'Electroconvulsive therapy, index and maintenance courses' })]]);
  });
});

describe('bedside, structural-heart and ablation lines that name their kinds', () => {
  const form = (...procedures: string[]) => new ProcedureMatcher([{ id: 'F', name: 'Form', department: 'Critical Care', kind: 'core' as const, codes: ['36620', '33361', '33362', '32998'], procedures: procedures.map((name) => ({ name })) }], { vocabulary: builtinVocabulary() });

  it('holds an arterial line to the sites its line names: a brachial or femoral line is not a radial one', () => {
    const m = form('Radial arterial line placement, ultrasound-guided', 'Arterial line placement, radial or dorsalis pedis');
    expect(names(m.match('brachial a-line, radials thrombosed'))).toEqual(['UNKNOWN']);
    expect(names(m.match('L fem aline'))).toEqual(['UNKNOWN']);
    expect(names(m.match('a-line R DP, radials not usable'))).toEqual(['Arterial line placement, radial or dorsalis pedis']);
    expect(names(m.match('R radial aline US guided'))).toEqual(['Radial arterial line placement, ultrasound-guided']);
    expect(names(m.match('L fem aline', '36620'))).toEqual(['UNKNOWN']);
  });

  it('reads a joint aspiration by the size of its joint, by words or by code: a toe is no large joint', () => {
    const m = form('Arthrocentesis, large joint');
    expect(names(m.match('arthrocentesis L knee r/o septic joint'))).toEqual(['Arthrocentesis, large joint']);
    expect(names(m.match('arthrocentesis R 1st MTP r/o gout'))).toEqual(['UNKNOWN']);
    expect(names(m.match('arthrocentesis R 1st MTP r/o gout', '20600'))).toEqual(['UNKNOWN']);
  });

  it('tells a TAVR\'s access: a transaxillary line covers no transfemoral TAVR, and a TAVR named with its access is no transfemoral one too', () => {
    const m = form('Transcatheter aortic valve replacement, native valve, transaxillary or transsubclavian approach');
    expect(names(m.match('TF TAVR 29mm Evolut FX')).every((n) => n === 'UNKNOWN')).toBe(true);
    expect(names(m.match('TAVR'))).toEqual(['UNKNOWN']);
    expect(names(m.match('transaxillary TAVR'))).toEqual(['Transcatheter aortic valve replacement, native valve, transaxillary or transsubclavian approach']);
    expect(names(m.match('Transapical TAVR 26mm', '33366')).every((n) => n === 'UNKNOWN')).toBe(true);
    const both = form('Transcatheter aortic valve replacement, native valve, transfemoral approach', 'Transcatheter aortic valve replacement, native valve, transaxillary or transsubclavian approach');
    expect(names(both.match('TAVR via L subclavian'))).toEqual(['Transcatheter aortic valve replacement, native valve, transaxillary or transsubclavian approach']);
    expect(names(both.match('TAVR'))).toEqual(['Transcatheter aortic valve replacement, native valve, transfemoral approach']);
  });

  it('reads "thermal" in a line as the thermal kinds: a microwave ablation is one', () => {
    const m = form('Percutaneous ablation of lung tumor, thermal or cryoablation');
    expect(names(m.match('CT GUIDED LUNG TUMOR MWA RLL'))).toEqual(['Percutaneous ablation of lung tumor, thermal or cryoablation']);
    expect(names(m.match('CT GUIDED LUNG TUMOR MWA RLL', '32998'))).toEqual(['Percutaneous ablation of lung tumor, thermal or cryoablation']);
  });

  it('tells draining an indwelling catheter from placing one, and a transplant kidney from a native one', () => {
    const m = form('Drainage of indwelling tunneled pleural or peritoneal catheter', 'Percutaneous native kidney biopsy, ultrasound-guided');
    expect(names(m.match('tunneled peritoneal cath placement'))).toEqual(['UNKNOWN']);
    expect(names(m.match('PleurX drainage 1L'))).toEqual(['Drainage of indwelling tunneled pleural or peritoneal catheter']);
    expect(names(m.match('transplant kidney bx'))).toEqual(['UNKNOWN']);
    expect(names(form('Tunneled pleural or peritoneal drainage catheter placement').match('PLEURX RT'))).toEqual(['Tunneled pleural or peritoneal drainage catheter placement']);
  });
});

describe('a cataract catalog that delineates lenses and children', () => {
  const m = new ProcedureMatcher([{ id: 'E', name: 'Ophthalmology', department: 'Ophthalmology', kind: 'core' as const, procedures: [
    { name: 'Phacoemulsification with monofocal IOL implantation, routine' },
    { name: 'Phacoemulsification with presbyopia-correcting IOL implantation (multifocal, trifocal, or extended depth of focus)' },
    { name: 'Phacoemulsification with toric IOL implantation' },
    { name: 'Femtosecond laser-assisted capsulotomy and lens fragmentation' },
    { name: 'Pediatric lensectomy, age 2 years and older' },
  ] }], { vocabulary: builtinVocabulary() });

  it('holds a premium lens to the premium line, and a phaco that names no lens to the monofocal one', () => {
    expect(names(m.match('phaco w/ vivity os, 2nd eye'))).toEqual(['Phacoemulsification with presbyopia-correcting IOL implantation (multifocal, trifocal, or extended depth of focus)']);
    expect(names(m.match('phaco/iol od'))).toEqual(['Phacoemulsification with monofocal IOL implantation, routine']);
    expect(names(m.match('phaco w/ toric iol os'))).toEqual(['Phacoemulsification with toric IOL implantation']);
  });

  it('reads a femto phaco by its own line, never as a pediatric lensectomy of every age', () => {
    expect(names(m.match('femto phaco od w/ symfony toric (lensx)'))).toEqual(['Femtosecond laser-assisted capsulotomy and lens fragmentation']);
    expect(names(m.match('lensectomy od 7mo congenital cataract')).every((n) => n === 'UNKNOWN')).toBe(true);
    expect(m.match('lensectomy od 7mo congenital cataract').parts[0].why).toContain('7 months old');
    expect(names(m.match('lensectomy/iol os 4yo ped cataract'))[0]).toBe('Pediatric lensectomy, age 2 years and older');
  });

  it('reads "no cataract" as no cataract operation', () => {
    expect(m.match('istent infinite os standalone - pseudophakic, no cataract').parts.map((p) => p.concept)).not.toContain('Cataract extraction');
  });
});

describe('implants and revisions in a plastics catalog', () => {
  const m = new ProcedureMatcher([{ id: 'P', name: 'Plastic Surgery', department: 'Plastic Surgery', kind: 'core' as const, procedures: [
    { name: 'Removal or exchange of breast implants' }, { name: 'Rhinoplasty, primary' }] }], { vocabulary: builtinVocabulary() });

  it('reads "Removal or exchange of breast implants" as the implants\' removal, never a mastectomy', () => {
    expect(names(m.match('BILATERAL SIMPLE MASTECTOMY'))).toEqual(['UNKNOWN']);
    expect(names(m.match('REMOVAL OF BIL BREAST IMPLANTS'))).toEqual(['Removal or exchange of breast implants']);
  });

  it('does not let a primary rhinoplasty line cover a revision, by words or by its code', () => {
    expect(names(m.match('revision rhino w/ rib graft'))).toEqual(['UNKNOWN']);
    expect(names(m.match('revision rhino w/ rib graft', '30450'))).toEqual(['UNKNOWN']);
    expect(names(m.match('primary rhino open'))).toEqual(['Rhinoplasty, primary']);
  });
});

describe('ECMO by configuration, and a STEMI\'s own PCI line', () => {
  const m = new ProcedureMatcher([{ id: 'C', name: 'Cardiac', department: 'Cardiothoracic Surgery', kind: 'core' as const, procedures: [
    { name: 'Peripheral venoarterial extracorporeal membrane oxygenation cannulation, adult (18 years and older)' },
    { name: 'Peripheral venovenous extracorporeal membrane oxygenation cannulation, including dual-lumen single-site cannula, adult (18 years and older)' },
    { name: 'Percutaneous coronary intervention with stent placement' }, { name: 'Primary PCI for acute ST-elevation myocardial infarction' }] }], { vocabulary: builtinVocabulary() });

  it('holds a VA ECMO to the venoarterial line, not the venovenous one that a peripheral cannulation also says', () => {
    expect(names(m.match('VA ECMO Cannulation Peripheral (Fem-Fem)'))).toEqual(['Peripheral venoarterial extracorporeal membrane oxygenation cannulation, adult (18 years and older)']);
    const vvOnly = new ProcedureMatcher([{ id: 'C', name: 'Cardiac', department: 'Critical Care', kind: 'core' as const, procedures: [
      { name: 'Extracorporeal membrane oxygenation cannulation, venovenous, percutaneous (excludes venoarterial)' }] }], { vocabulary: builtinVocabulary() });
    expect(names(vvOnly.match('VA ECMO CANNULATION PERIPHERAL'))).toEqual(['UNKNOWN']);
  });

  it('reads a STEMI as the acute ST-elevation infarction a primary PCI line is for, and an NSTEMI not', () => {
    expect(names(m.match('STEMI - PRIMARY PCI RCA'))).toEqual(['Primary PCI for acute ST-elevation myocardial infarction']);
    expect(names(m.match('NSTEMI - PCI RCA'))).toEqual(['Percutaneous coronary intervention with stent placement']);
  });
});

describe('spine, neuro and skin-cancer lines that delineate by segment, route or kind', () => {
  const m = new ProcedureMatcher([{ id: 'N', name: 'Neurosurgery', department: 'Neurosurgery', kind: 'core' as const, procedures: [
    { name: 'Lateral transpsoas lumbar interbody fusion, L1-L2 through L4-L5 (excluding robotic-assisted)' },
    { name: 'Transforaminal lumbar interbody fusion, open or minimally invasive (excluding robotic-assisted)' },
    { name: 'Percutaneous vertebroplasty, thoracic or lumbar' }, { name: 'Myelography by lateral C1-C2 puncture' },
    { name: 'Primary repair of peripheral nerve, without graft' }] },
  { id: 'S', name: 'General Surgery', department: 'General Surgery', kind: 'core' as const, procedures: [{ name: 'Excision of basal cell or squamous cell carcinoma of the skin' }] },
  { id: 'O', name: 'Surgical Oncology', department: 'Surgical Oncology', kind: 'special' as const, procedures: [{ name: 'Wide local excision of cutaneous melanoma' }] }], { vocabulary: builtinVocabulary() });

  it('holds a lateral fusion to the segments its line names, even with the code an XLIF is billed under', () => {
    expect(names(m.match('L4-5 XLIF'))).toEqual(['Lateral transpsoas lumbar interbody fusion, L1-L2 through L4-L5 (excluding robotic-assisted)']);
    expect(names(m.match('L5-S1 XLIF'))).toEqual(['UNKNOWN']);
  });

  it('reads "open or minimally invasive" as no limit, and a sacral level as no lumbar one', () => {
    expect(names(m.match('L5-S1 TLIF'))).toEqual(['Transforaminal lumbar interbody fusion, open or minimally invasive (excluding robotic-assisted)']);
    expect(names(m.match('Sacroplasty S1-S2 insufficiency fx'))).toEqual(['UNKNOWN']);
  });

  it('does not let a cervical-puncture myelography line, a nerve repair line or a BCC/SCC line cover a lumbar myelogram, a nerve transfer or a melanoma', () => {
    expect(names(m.match('CT myelogram lumbar'))).toEqual(['UNKNOWN']);
    expect(names(m.match('Tibial to deep peroneal nerve transfer, foot drop'))).toEqual(['UNKNOWN']);
    expect(m.match('WLE melanoma L calf').parts.flatMap((p) => p.groups.flat().map((c) => c.procedure))).toEqual(['Wide local excision of cutaneous melanoma']);
    expect(names(m.match('EXCISION BCC L CHEEK'))).toEqual(['Excision of basal cell or squamous cell carcinoma of the skin']);
  });
});

describe('what a review of the new kinds found', () => {

  it('keeps a facial implant line from dental implants, and a native-valve TAVR line from a TAVR in a failed surgical valve', () => {
    expect(one('Facial implants (chin, malar, mandibular angle)', 'DENTAL IMPLANTS #19, #30')).toEqual(['UNKNOWN']);
    expect(one('TAVR, native aortic valve, transfemoral', 'TAVR IN 23MM PERIMOUNT')).toEqual(['UNKNOWN']);
    expect(one('TAVR, native aortic valve, transfemoral', 'TAVR FOR DEGENERATED SURGICAL BIOPROSTHESIS')).toEqual(['UNKNOWN']);
  });

  it('lets a line that includes another kind still cover the ordinary one', () => {
    expect(one('Permanent pacemaker implantation, including leadless pacemaker', 'DUAL CHAMBER PPM')).toEqual(['Permanent pacemaker implantation, including leadless pacemaker']);
    expect(one('Cataract extraction with IOL, including toric and multifocal lenses', 'PHACO/IOL OD')).toEqual(['Cataract extraction with IOL, including toric and multifocal lenses']);
  });

  it('reads a kind word only for the operations its family is about: a lateral decubitus LP, an axillary block beside an arthroplasty', () => {
    expect(one('Lumbar puncture', 'LUMBAR PUNCTURE, LATERAL DECUBITUS', '62270')).toEqual(['Lumbar puncture']);
    expect(one('Mastectomy, total, with or without surgical axillary staging', 'L TOTAL MASTECTOMY')).toEqual(['Mastectomy, total, with or without surgical axillary staging']);
  });

  it('lets a STEMI line that allows femoral access only still decide for a radial STEMI PCI', () => {
    const m = new ProcedureMatcher([{ id: 'C', name: 'Cardiology', department: 'Cardiology', kind: 'core' as const, procedures: [
      { name: 'Primary PCI for acute myocardial infarction, transfemoral access' }, { name: 'PCI with stent placement' }] }], { vocabulary: builtinVocabulary() });
    expect(names(m.match('CODE STEMI PCI VIA R RADIAL'))).toEqual(['UNKNOWN']);
  });
});

describe('bedside procedures an emergency department books', () => {
  it('names a nasogastric tube, a nail trephination, a needle decompression and an i-gel, and keeps "supraglottic airway" in a GA line as the GA\'s airway', () => {
    const m = new ProcedureMatcher([{ id: 'E', name: 'Emergency Medicine', department: 'Emergency Medicine', kind: 'core' as const, procedures: [
      { name: 'Nasogastric tube placement' }, { name: 'Subungual hematoma trephination' }, { name: 'Needle decompression of tension pneumothorax' },
      { name: 'Supraglottic airway placement' }, { name: 'General anesthesia with endotracheal tube or supraglottic airway' }] }], { vocabulary: builtinVocabulary() });
    expect(names(m.match('NGT placement SBO'))).toEqual(['Nasogastric tube placement']);
    expect(names(m.match('nail trephination R thumb'))).toEqual(['Subungual hematoma trephination']);
    expect(names(m.match('needle decompression L chest'))).toEqual(['Needle decompression of tension pneumothorax']);
    expect(names(m.match('i-gel placement'))).toEqual(['Supraglottic airway placement']);
    expect(names(m.match('GA (ETT)'))).toEqual(['General anesthesia with endotracheal tube or supraglottic airway']);
  });
});

describe('a neuro-oncology form that delineates tumors by place and technique', () => {
  const m = new ProcedureMatcher([{ id: 'N', name: 'Cranial Neurosurgery', department: 'Neurosurgery', kind: 'core' as const, procedures: [
    { name: 'Craniotomy for excision of supratentorial brain tumor, excluding meningioma and skull base tumors' },
    { name: 'Craniotomy for excision of infratentorial or posterior fossa brain tumor, excluding cerebellopontine angle and skull base tumors' },
    { name: 'Craniotomy for excision of convexity or parasagittal meningioma' }] },
  { id: 'A', name: 'Advanced Brain Tumor Surgery', department: 'Neurosurgery', kind: 'special' as const, procedures: [
    { name: 'Craniotomy for tumor resection with intraoperative MRI' },
    { name: 'Fluorescence-guided resection of high-grade glioma with aminolevulinic acid' },
    { name: 'Implantation of carmustine wafers into resection cavity' }] },
  { id: 'P', name: 'Pain', department: 'Pain Medicine', kind: 'core' as const, procedures: [{ name: 'Intraosseous basivertebral nerve ablation, L3 through S1' }] }], { vocabulary: builtinVocabulary() });

  it('reads a frontal craniotomy for a mass as supratentorial and a suboccipital one as infratentorial, never by the intraoperative-MRI or 5-ALA line', () => {
    expect(covering(m.match('R frontal crani for mass, stealth + MEPs'))).toEqual(['Craniotomy for excision of supratentorial brain tumor, excluding meningioma and skull base tumors']);
    expect(covering(m.match('Suboccipital crani cerebellar met, 67M'))).toEqual(['Craniotomy for excision of infratentorial or posterior fossa brain tumor, excluding cerebellopontine angle and skull base tumors']);
    expect(names(m.match('craniotomy for tumor'))).toEqual(['UNKNOWN']);
  });

  it('asks the intraoperative-MRI, 5-ALA and Gliadel lines for bookings that name them, and a meningioma of the convexity its own line', () => {
    expect(covering(m.match('crani for tumor w/ iMRI'))).toEqual(['Craniotomy for tumor resection with intraoperative MRI']);
    expect(covering(m.match('L frontal crani w/ 5-ALA for GBM'))).toEqual(['Fluorescence-guided resection of high-grade glioma with aminolevulinic acid']);
    expect(names(m.match('R frontal crani recurrent GBM, Gliadel wafers'))).toEqual(['Craniotomy for excision of supratentorial brain tumor, excluding meningioma and skull base tumors', 'Implantation of carmustine wafers into resection cavity']);
    expect(covering(m.match('L convexity meningioma crani'))).toEqual(['Craniotomy for excision of convexity or parasagittal meningioma']);
  });

  it('holds a basivertebral ablation to the vertebrae its line names', () => {
    expect(names(m.match('Intracept L4 L5 S1'))).toEqual(['Intraosseous basivertebral nerve ablation, L3 through S1']);
    expect(names(m.match('Intracept T12 L1'))).toEqual(['UNKNOWN']);
  });
});

describe('a vascular and interventional radiology form', () => {
  const m = new ProcedureMatcher([{ id: 'V', name: 'Vascular Surgery', department: 'Vascular Surgery', kind: 'core' as const, procedures: [
    { name: 'Embolectomy or thrombectomy of femoral or popliteal artery by leg incision' },
    { name: 'Median arcuate ligament release, open or laparoscopic (robotic-assisted excluded)' },
    { name: 'Common femoral artery endarterectomy with or without patch angioplasty' },
    { name: 'Profunda femoris endarterectomy (profundaplasty)' }] },
  { id: 'I', name: 'Interventional Radiology', department: 'Interventional Radiology', kind: 'core' as const, procedures: [
    { name: 'Inferior vena cava filter retrieval, snare technique only (laser sheath and forceps retrieval excluded)' },
    { name: 'Percutaneous cryoablation of renal tumor (radiofrequency and microwave excluded)' },
    { name: 'Diagnostic upper extremity arteriography' }, { name: 'Bone marrow aspiration and biopsy' }] }], { vocabulary: builtinVocabulary() });

  it('reads an exclusion written after what it excludes: a robotic MAL release, a microwave renal ablation and a laser-sheath filter retrieval are not covered', () => {
    expect(names(m.match('MAL release'))).toEqual(['Median arcuate ligament release, open or laparoscopic (robotic-assisted excluded)']);
    expect(names(m.match('robotic MAL release'))).toEqual(['UNKNOWN']);
    expect(names(m.match('R renal mass cryoablation'))).toEqual(['Percutaneous cryoablation of renal tumor (radiofrequency and microwave excluded)']);
    expect(names(m.match('R renal mass microwave ablation'))).toEqual(['UNKNOWN']);
    expect(names(m.match('IVC filter retrieval'))).toEqual(['Inferior vena cava filter retrieval, snare technique only (laser sheath and forceps retrieval excluded)']);
    expect(m.match('complex IVCF retrieval, laser sheath').parts.every((p) => p.status === 'unknown')).toBe(true);
  });

  it('reads an open embolectomy "by leg incision", arteriography as angiography, and a profundaplasty beside a CFA endarterectomy as an operation of its own', () => {
    expect(names(m.match('STAT L fem embolectomy (ALI)'))).toEqual(['Embolectomy or thrombectomy of femoral or popliteal artery by leg incision']);
    expect(names(m.match('L arm angiogram'))).toEqual(['Diagnostic upper extremity arteriography']);
    expect(names(m.match('R CFA endarterectomy w/ bovine patch + profundaplasty'))).toEqual(['Common femoral artery endarterectomy with or without patch angioplasty', 'Profunda femoris endarterectomy (profundaplasty)']);
    expect(names(m.match('bone marrow bx, posterior iliac'))).toEqual(['Bone marrow aspiration and biopsy']);
  });
});

describe('what a booking states of weeks, area, volume and the robot, held to the lines', () => {
  const m = new ProcedureMatcher([{ id: 'G', name: 'Gynecology', department: 'Gynecology', kind: 'core' as const, procedures: [
    { name: 'Dilation and evacuation, second trimester through 18 weeks 0 days gestation' }] },
  { id: 'U', name: 'Urology', department: 'Urology', kind: 'core' as const, procedures: [
    { name: 'Robotic-assisted laparoscopic partial nephrectomy' }, { name: 'Robotic-assisted laparoscopic radical nephrectomy' }, { name: 'Radical nephrectomy, open' }] },
  { id: 'P', name: 'Plastic Surgery', department: 'Plastic Surgery', kind: 'core' as const, codes: ['15877'], procedures: [
    { name: 'Suction-assisted lipectomy, total aspirate up to 5,000 mL' }, { name: 'Split-thickness skin graft, trunk or extremities, up to 100 sq cm' }] }], { vocabulary: builtinVocabulary() });

  it('does not cover a D&E past the weeks, a graft larger than the area, or a liposuction larger than the volume a line names, even through its code', () => {
    expect(names(m.match('D&E 16 weeks'))).toEqual(['Dilation and evacuation, second trimester through 18 weeks 0 days gestation']);
    expect(names(m.match('D&E 21 weeks, fetal anomaly'))).toEqual(['UNKNOWN']);
    expect(names(m.match('STSG L leg wound, 80 sq cm'))).toEqual(['Split-thickness skin graft, trunk or extremities, up to 100 sq cm']);
    expect(names(m.match('STSG L leg wound, 150 sq cm'))).toEqual(['UNKNOWN']);
    expect(m.match('lipo abd/flanks/back, est 6L aspirate', '15877').parts.every((p) => p.status === 'unknown')).toBe(true);
  });

  it('reads what may follow a robotic operation as robotic too: "+/- radical nephrectomy" needs the robotic line', () => {
    const r = m.match('Robotic Left partial nephrectomy, 3.2 cm enhancing mass, +/- radical nephrectomy');
    expect(covering(r)).toEqual(['Robotic-assisted laparoscopic partial nephrectomy', 'Robotic-assisted laparoscopic radical nephrectomy']);
  });
});

describe('a hospital dentistry and pediatric surgery form', () => {
  const m = new ProcedureMatcher([{ id: 'D', name: 'Oral Surgery and Dentistry', department: 'Oral and Maxillofacial Surgery', kind: 'core' as const, procedures: [
    { name: 'Biopsy of jaw bone' }, { name: 'Release of tongue-tie (frenotomy, frenectomy or frenuloplasty)' }, { name: 'Frenectomy, labial or lingual' },
    { name: 'Topical fluoride varnish application' }, { name: 'Pit and fissure sealants' }, { name: 'Replantation and splinting of avulsed teeth' },
    { name: 'Intentional replantation of teeth' }, { name: 'Reduction of dentoalveolar fracture with splinting' }] },
  { id: 'P', name: 'Pediatric Surgery', department: 'Pediatric Surgery', kind: 'core' as const, procedures: [
    { name: 'Minimally invasive repair of pectus excavatum (Nuss procedure)' }] }], { vocabulary: builtinVocabulary() });

  it('keeps a tongue lesion biopsy off a jaw bone line, a labial frenectomy off a tongue-tie line and an intentional replantation off an avulsion line', () => {
    expect(names(m.match('Biopsy Lesion L Lateral Tongue (leukoplakia)'))).toEqual(['UNKNOWN']);
    expect(names(m.match('Labial Frenectomy (maxillary, pt is 9)'))).toEqual(['Frenectomy, labial or lingual']);
    expect(covering(m.match('Intentional Replantation #18'))).toEqual(['Intentional replantation of teeth']);
  });

  it('asks for each of fluoride and sealants, of a dentoalveolar fracture and a replant, and for the cryoablation beside a Nuss bar', () => {
    expect(names(m.match('Fluoride Varnish, Sealants #19 #30 (pt is 8)'))).toEqual(['Topical fluoride varnish application', 'Pit and fissure sealants']);
    expect(names(m.match('Splinting #8 #9 (dentoalveolar fx), Replant #7 (pt is 10)'))).toEqual(['Reduction of dentoalveolar fracture with splinting', 'Replantation and splinting of avulsed teeth']);
    expect(names(m.match('Nuss Procedure w/ Cryoablation (pt is 15)'))).toEqual(['Minimally invasive repair of pectus excavatum (Nuss procedure)', 'UNKNOWN']);
  });

  it('keeps a canine space abscess off an intraoral abscess line, and reads the I&D of one as the space drainage the booking names', () => {
    const oral = new ProcedureMatcher([{ id: 'O', name: 'Oral Surgery', department: 'Oral and Maxillofacial Surgery', kind: 'core' as const, procedures: [
      { name: 'Incision and drainage of intraoral abscess' }] }], { vocabulary: builtinVocabulary() });
    expect(names(oral.match('I&D LT CANINE SPACE ABSCESS'))).toEqual(['UNKNOWN']);
    const space = new ProcedureMatcher([{ id: 'O', name: 'Oral Surgery', department: 'Oral and Maxillofacial Surgery', kind: 'core' as const, procedures: [
      { name: 'Incision and drainage of facial space infection' }] }], { vocabulary: builtinVocabulary() });
    expect(names(space.match('I&D LT CANINE SPACE ABSCESS'))).toEqual(['Incision and drainage of facial space infection']);
    expect(names(space.match('I&D VESTIBULAR ABSCESS #19'))).toEqual(['UNKNOWN']);
  });
});

describe('what a review of the day\'s readings found', () => {

  it('keeps what follows an "(X excluded)" the line\'s own: its ages stay as written, and every item of the parenthesis is excluded', () => {
    expect(one('Laparoscopic appendectomy (robotic-assisted excluded), patients 14 years of age and older', 'LAP APPY 6 YO')).toEqual(['UNKNOWN']);
    expect(one('Laparoscopic appendectomy (robotic-assisted excluded), patients 14 years of age and older', 'LAP APPY 30 YO')).toEqual(['Laparoscopic appendectomy (robotic-assisted excluded), patients 14 years of age and older']);
    expect(one('Hysterectomy, abdominal or vaginal (laparoscopic, robotic-assisted excluded)', 'TLH')).toEqual(['UNKNOWN']);
    expect(one('Tonsillectomy with or without adenoidectomy (pediatric patients excluded)', 'T&A 5 YO')).toEqual(['UNKNOWN', 'UNKNOWN']);
  });

  it('reads an EST before a stent as a sphincterotomy, a GBM as no low-grade glioma, and infused tumescent as no aspirate', () => {
    expect(one('ERCP with biliary stent placement, excluding sphincterotomy', 'ERCP W/ EST 10FR STENT')).toContain('UNKNOWN');
    expect(one('Craniotomy for resection of low-grade glioma', 'CRANIOTOMY FOR GLIOBLASTOMA')).toEqual(['UNKNOWN']);
    expect(one('Liposuction, up to 5,000 mL', 'LIPOSUCTION ABD/FLANKS 4000 CC, TUMESCENT 6 L')).toEqual(['Liposuction, up to 5,000 mL']);
  });

  it('keeps a cerebral angiogram off an extracranial carotid line, and a prosthetic bypass off a vein bypass line', () => {
    const angio = new ProcedureMatcher([{ id: 'IR', name: 'Diagnostic Angiography', department: 'Interventional Radiology', kind: 'core' as const, codes: ['36224'],
      procedures: [{ name: 'Diagnostic extracranial carotid arteriography (intracranial excluded)' }] }], { vocabulary: builtinVocabulary() });
    expect(names(angio.match('cerebral angiogram', '36224'))).toEqual(['UNKNOWN']);
    expect(names(angio.match('R carotid angiogram'))).toEqual(['Diagnostic extracranial carotid arteriography (intracranial excluded)']);
    expect(one('Femoral-tibial or femoral-peroneal bypass with vein, primary procedures only', 'R fem-tib bypass w/ PTFE').every((x) => x === 'UNKNOWN')).toBe(true);
    expect(one('Femoral-tibial or femoral-peroneal bypass with vein, primary procedures only', 'R fem-tib bypass w/ GSV')).toEqual(['Femoral-tibial or femoral-peroneal bypass with vein, primary procedures only']);
  });

  it('reads "L4 to L5 and L5 to S1" as segments, and leaves a possible cholangiogram beside a robotic cholecystectomy to its own line', () => {
    expect(one('Lumbar microdiscectomy, L4 to L5 and L5 to S1 levels only', 'L5-S1 MICRODISCECTOMY')).toEqual(['Lumbar microdiscectomy, L4 to L5 and L5 to S1 levels only']);
    const m = new ProcedureMatcher([{ id: 'G', name: 'General Surgery', department: 'General Surgery', kind: 'core' as const, procedures: [
      { name: 'Robotic-assisted cholecystectomy' }, { name: 'Intraoperative cholangiogram' }] }], { vocabulary: builtinVocabulary() });
    expect(names(m.match('ROBOTIC CHOLE, POSS IOC'))).toEqual(['Robotic-assisted cholecystectomy', 'Intraoperative cholangiogram']);
  });
});

describe('a cancer center\'s thoracic and foregut form, and a burn unit\'s code', () => {
  const m = new ProcedureMatcher([{ id: 'T', name: 'Thoracic Surgery', department: 'Thoracic Surgery', kind: 'core' as const, codes: ['31600'], procedures: [
    { name: 'Esophagectomy, transhiatal, open' }, { name: 'Esophagectomy, transhiatal or transthoracic' }, { name: 'Carinal resection and reconstruction' },
    { name: 'Tracheostomy, open' }, { name: 'Erector spinae plane block, single injection or continuous catheter' }] }], { vocabulary: builtinVocabulary() });

  it('holds an Ivor Lewis esophagectomy off a transhiatal line and a tracheal resection off a carinal line', () => {
    expect(covering(m.match('Ivor Lewis esophagectomy'))).toEqual(['Esophagectomy, transhiatal or transthoracic']);
    expect(names(m.match('Tracheal resection, post-intubation stenosis'))).toEqual(['UNKNOWN']);
    expect(names(m.match('Bilateral ESP Catheters'))).toEqual(['Erector spinae plane block, single injection or continuous catheter']);
    const pn = new ProcedureMatcher([{ id: 'P', name: 'Thoracic Surgery', department: 'Thoracic Surgery', kind: 'core' as const, procedures: [{ name: 'Intrapericardial pneumonectomy, open' }] }], { vocabulary: builtinVocabulary() });
    expect(names(pn.match('Pneumonectomy - Right - Open'))).toEqual(['UNKNOWN']);
    expect(names(pn.match('Intrapericardial pneumonectomy R'))).toEqual(['Intrapericardial pneumonectomy, open']);
  });

  it('keeps the PEG of a trach booked with the tracheostomy\'s code asked for', () => {
    const r = m.match('Trach (open) + PEG, FIRST CASE', '31600');
    expect(names(r)).toEqual(['Tracheostomy, open', 'UNKNOWN']);
  });
});

describe('a community hospital\'s cardiology, GI and pulmonary form', () => {
  const m = new ProcedureMatcher([{ id: 'C', name: 'Cardiology, GI and Pulmonary', department: 'Cardiology', kind: 'core' as const, procedures: [
    { name: 'Percutaneous coronary intervention of native coronary arteries, including balloon angioplasty and stent placement' },
    { name: 'Right heart catheterization, including cardiac output and shunt assessment' },
    { name: 'Peripheral veno-arterial ECMO cannulation, percutaneous' },
    { name: 'Argon plasma coagulation, upper and lower GI' },
    { name: 'Percutaneous liver biopsy, non-image guided or ultrasound guided' },
    { name: 'Pulmonary angiography' },
    { name: 'EUS-guided transmural drainage of pancreatic fluid collections, including lumen-apposing metal stent (AXIOS)' }] }], { vocabulary: builtinVocabulary() });

  it('reads a plain PCI as one of native arteries, and a vein graft PCI as none', () => {
    expect(names(m.match('LHC +/- PCI (RADIAL)'))).toContain('Percutaneous coronary intervention of native coronary arteries, including balloon angioplasty and stent placement');
    expect(names(m.match('PCI SVG-OM'))).toEqual(['UNKNOWN']);
  });

  it('keeps a left heart cath off a right heart line that measures cardiac output, and a VV ECMO off a veno-arterial line', () => {
    expect(names(m.match('LHC'))).toEqual(['UNKNOWN']);
    expect(names(m.match('VV ECMO cannulation - ARDS'))).toEqual(['UNKNOWN']);
    expect(names(m.match('VA ECMO cannulation (perc fem)'))).toEqual(['Peripheral veno-arterial ECMO cannulation, percutaneous']);
  });

  it('holds an airway APC off a GI line, and EUS, runoff and biliary stent bookings off lines for other things', () => {
    expect(names(m.match('BRONCH W/ APC'))).not.toContain('Argon plasma coagulation, upper and lower GI');
    expect(names(m.match('EUS-guided liver biopsy'))).toEqual(['UNKNOWN']);
    expect(names(m.match('CT guided liver biopsy'))).toEqual(['UNKNOWN']);
    expect(names(m.match('BILAT LE ANGIO RUNOFF'))).toEqual(['UNKNOWN']);
    expect(names(m.match('ERCP w/ biliary stent'))).toEqual(['UNKNOWN', 'UNKNOWN']);
  });
});

describe('an academic eye and ENT form, and an orthopaedic specialty hospital\'s', () => {
  const eye = new ProcedureMatcher([{ id: 'E', name: 'Ophthalmology', department: 'Ophthalmology', kind: 'core' as const, procedures: [
    { name: 'Extracapsular cataract extraction with insertion of intraocular lens prosthesis, including phacoemulsification' },
    { name: 'Pediatric cataract surgery (age < 18), with or without intraocular lens, primary posterior capsulotomy, or anterior vitrectomy' },
    { name: 'Discission or excision of secondary membrane (after-cataract), surgical' },
    { name: 'Excisional goniotomy, ab interno (Kahook Dual Blade, TrabEx+)' }] }], { vocabulary: builtinVocabulary() });

  it('reads a phaco as an extracapsular extraction whose lens comes with it, and keeps it off an after-cataract line', () => {
    expect(names(eye.match('PHACO/IOL OD'))).toEqual(['Extracapsular cataract extraction with insertion of intraocular lens prosthesis, including phacoemulsification']);
    expect(names(eye.match('KDB GONIOTOMY OS'))).toEqual(['Excisional goniotomy, ab interno (Kahook Dual Blade, TrabEx+)']);
    expect(covering(eye.match('PHACO OS'))).not.toContain('Discission or excision of secondary membrane (after-cataract), surgical');
  });

  it('reads OD beside any eye operation as the right eye, and keeps a glaucoma canaloplasty off an ear canalplasty line and a punctoplasty off a duct probing line', () => {
    const m = new ProcedureMatcher([{ id: 'E', name: 'Eye and ENT', department: 'Ophthalmology', kind: 'core' as const, procedures: [
      { name: 'Keratoprosthesis (Boston type I)' }, { name: 'Canalplasty, including excision of exostoses or osteoma of external auditory canal' },
      { name: 'Probing of nasolacrimal duct, with or without irrigation, silicone intubation, or balloon dacryoplasty' }] }], { vocabulary: builtinVocabulary() });
    expect(names(m.match('BOSTON KPRO OD'))).toEqual(['Keratoprosthesis (Boston type I)']);
    expect(names(m.match('CANALOPLASTY AB EXTERNO OD (ITRACK)'))).toEqual(['UNKNOWN']);
    expect(names(m.match('PUNCTOPLASTY 3-SNIP OU'))).toEqual(['UNKNOWN']);
    expect(names(m.match('NLD PROBE & IRRIGATION OU'))).toEqual(['Probing of nasolacrimal duct, with or without irrigation, silicone intubation, or balloon dacryoplasty']);
  });

  it('reads "primary or revision" as both: an endoscopic sinus surgery line covers a FESS, an ankle arthroplasty line a revision', () => {
      expect((one('Endoscopic sinus surgery, primary or revision, including maxillary antrostomy', 'FESS BILATERAL W/ IGS'))).toEqual(['Endoscopic sinus surgery, primary or revision, including maxillary antrostomy']);
    expect(one('Total ankle arthroplasty, primary or revision', 'REV L TAA - POLY EXCHANGE')).toContain('Total ankle arthroplasty, primary or revision');
    expect(one('Total ankle arthroplasty, primary or revision', 'L TOTAL ANKLE (INFINITY) PRIMARY')).toEqual(['Total ankle arthroplasty, primary or revision']);
  });

  const ortho = new ProcedureMatcher([{ id: 'O', name: 'Orthopaedics', department: 'Orthopaedic Surgery', kind: 'core' as const, procedures: [
    { name: 'Hip arthroscopy, including labral repair and femoroplasty/acetabuloplasty (age 12 and older)' },
    { name: 'Closed reduction and casting of fractures, pediatric (age < 14)' },
    { name: 'Shoulder stabilization, arthroscopic or open, including labral repair and capsular shift' },
    { name: 'Latarjet or glenoid bone block augmentation' },
    { name: 'Flatfoot reconstruction, including calcaneal osteotomy and tendon transfer' },
    { name: 'Spinal fracture stabilization, thoracolumbar, open or percutaneous' }] }], { vocabulary: builtinVocabulary() });

  it('holds ages written with a sign or after an "including" clause, and keeps a Latarjet, an arthroereisis and an odontoid screw to lines of their own', () => {
    expect(names(ortho.match('L HIP SCOPE/LABRAL DEBRIDEMENT - 11 YO F'))).toEqual(['UNKNOWN']);
    expect(names(ortho.match('L HIP SCOPE/LABRAL DEBRIDEMENT - 16 YO'))).toEqual(['Hip arthroscopy, including labral repair and femoroplasty/acetabuloplasty (age 12 and older)']);
    expect(names(ortho.match('CLOSED REDUCTION R DISTAL RADIUS FX, CASTING - 15 YO'))).not.toContain('Closed reduction and casting of fractures, pediatric (age < 14)');
    expect(names(ortho.match('CLOSED REDUCTION R DISTAL RADIUS FX, CASTING - 9 YO'))).toContain('Closed reduction and casting of fractures, pediatric (age < 14)');
    expect(names(ortho.match('R SHLDR LATARJET (OPEN)'))).toEqual(['Latarjet or glenoid bone block augmentation']);
    expect(names(ortho.match('L SUBTALAR ARTHROEREISIS (HYPROCURE)')).every((x) => x === 'UNKNOWN')).toBe(true);
    expect(names(ortho.match('C2 ODONTOID FX - ANTERIOR ODONTOID SCREW'))).toEqual(['UNKNOWN']);
    expect(names(ortho.match('T12 BURST FX - POSTERIOR FIXATION T11-L1'))).toEqual(['Spinal fracture stabilization, thoracolumbar, open or percutaneous']);
  });
});

describe('what a review of the second day\'s readings found', () => {

  it('reads no weight as an age', () => {
    expect(one('ECMO cannulation, neonatal patients < 10 kg', 'VA ECMO CANNULATION - 5 YO')).toEqual(['UNKNOWN']);
    expect(one('Coronary artery bypass grafting, patients > 40 kg', 'CABG X3')).toEqual(['Coronary artery bypass grafting, patients > 40 kg']);
  });

  it('keeps a phaco off a manual ECCE line, a YAG capsulotomy off a surgical discission line, and a renal angiogram off an extremity line', () => {
    expect(one('Manual extracapsular cataract extraction (ECCE), non-phacoemulsification', 'PHACO OD')).toEqual(['UNKNOWN']);
    expect(one('Discission or excision of secondary membrane (after-cataract), surgical', 'YAG CAPSULOTOMY OD FOR AFTER-CATARACT')).toEqual(['UNKNOWN']);
    expect(one('Upper and lower extremity angiography', 'SELECTIVE RENAL ANGIOGRAPHY')).toEqual(['UNKNOWN']);
    expect(one('Percutaneous coronary intervention of native coronary arteries', 'PCI OF RIMA TO RCA')).toEqual(['UNKNOWN']);
  });

  it('keeps a David procedure and a fistulagram angioplasty on lines that name a graft, and a deep neck space off an oral surgery line', () => {
    expect(one('Valve-sparing aortic root replacement (David procedure) with Dacron graft', 'DAVID PROCEDURE')).toEqual(['Valve-sparing aortic root replacement (David procedure) with Dacron graft']);
    expect(one('Dialysis access angioplasty, fistula or graft', 'FISTULOGRAM W/ ANGIOPLASTY')).toContain('Dialysis access angioplasty, fistula or graft');
    expect(one('Incision and drainage of facial space infection', 'I&D DEEP NECK SPACE INFECTION')).toEqual(['UNKNOWN']);
    expect(one('Upper and lower GI endoscopy, diagnostic and therapeutic', 'EGD/COLONOSCOPY')).not.toContain('UNKNOWN');
  });
});

describe('a spine form that delineates fusions by kind and excludes deformity', () => {
  const spine = new ProcedureMatcher([{ id: 'S', name: 'Spine Surgery', department: 'Neurosurgery', kind: 'core' as const, procedures: [
    { name: 'Posterolateral lumbar fusion, with or without pedicle screw instrumentation' },
    { name: 'Transforaminal or posterior lumbar interbody fusion (TLIF/PLIF), open or minimally invasive' },
    { name: 'Posterior thoracic or thoracolumbar fusion with instrumentation (excluding deformity correction)' }] }], { vocabulary: builtinVocabulary() });
  const posterolateral = 'Posterolateral lumbar fusion, with or without pedicle screw instrumentation';
  const interbody = 'Transforaminal or posterior lumbar interbody fusion (TLIF/PLIF), open or minimally invasive';
  const thoracic = 'Posterior thoracic or thoracolumbar fusion with instrumentation (excluding deformity correction)';

  it('keeps an interbody fusion off a posterolateral fusion line, and puts a PLIF on the line that lists it', () => {
    expect(covering(spine.match('L4-5 PLIF'))).toEqual([interbody]);
    expect(covering(spine.match('L4-5 TLIF'))).toEqual([interbody]);
    expect(covering(spine.match('L4-S1 PLF W/ PEDICLE SCREWS'))).toEqual([posterolateral]);
  });

  it('reads no deformity correction out of the words a line excludes', () => {
    expect(names(spine.match('T10-L2 POSTERIOR SPINAL FUSION FOR SCOLIOSIS'))).toEqual(['UNKNOWN']);
    expect(names(spine.match('T10-L2 POST FUSION - L1 BURST FX'))).toEqual([thoracic]);
  });

  it('reads an L before a hyphenated word as the side, not a lumbar level: a four-corner fusion is no lumbar fusion', () => {
    expect(names(spine.match('L 4-CORNER FUSION'))).toEqual(['UNKNOWN']);
    expect(spine.match('L 4-CORNER FUSION').parts[0].concept).toBe('Limited intercarpal wrist arthrodesis');
  });
});

describe('an endoscopy form that names both ends of the gut, and a bronchoscopist\'s APC', () => {
  const m = new ProcedureMatcher([{ id: 'G', name: 'Gastroenterology', department: 'Gastroenterology', kind: 'core' as const, procedures: [
    { name: 'Argon plasma coagulation, upper and lower GI' },
    { name: 'Endoscopic mucosal resection (EMR), upper and lower GI' },
    { name: 'Colonoscopy, diagnostic and therapeutic' }] }], { vocabulary: builtinVocabulary() });

  it('reads "upper and lower GI" as every part of the gut: a colonoscopy\'s APC and a gastric EMR are on the line', () => {
    expect(names(m.match('COLONOSCOPY W/ APC'))).toEqual(['Colonoscopy, diagnostic and therapeutic', 'Argon plasma coagulation, upper and lower GI']);
    expect(names(m.match('EMR GASTRIC (CAP-ASSISTED) - HGD NODULE'))).toEqual(['Endoscopic mucosal resection (EMR), upper and lower GI']);
  });

  it('reads the APC of a bronchoscopy as airway tumor destruction, never a GI line', () => {
    const r = m.match('RIGID BRONCH, TUMOR DEBULKING, APC + CRYO - CENTRAL AIRWAY OBSTRUCTION');
    expect(covering(r)).toEqual([]);
    expect(r.parts.map((p) => p.concept)).not.toContain('Argon plasma coagulation');
  });
});

describe('an oculoplastic and glaucoma form that names kinds of one operation', () => {
  const m = new ProcedureMatcher([{ id: 'E', name: 'Ophthalmology', department: 'Ophthalmology', kind: 'core' as const, procedures: [
    { name: 'Endoscopic dacryocystorhinostomy' },
    { name: 'Ab interno trabeculotomy, including gonioscopy-assisted transluminal trabeculotomy (GATT) and TRAB360' },
    { name: 'Biopsy of eyelid or conjunctiva' },
    { name: 'Tarsorrhaphy, temporary or permanent' },
    { name: 'Eyelid reconstruction, including tarsoconjunctival flap (Hughes), Cutler-Beard bridge flap, or free tarsal graft' }] }], { vocabulary: builtinVocabulary() });

  it('keeps an external DCR and an ab externo trabeculotomy off the endoscopic and ab interno lines', () => {
    expect(names(m.match('EXT DCR OS'))).toEqual(['UNKNOWN']);
    expect(names(m.match('ENDOSCOPIC DCR OS'))).toEqual(['Endoscopic dacryocystorhinostomy']);
    expect(names(m.match('TRABECULOTOMY AB EXTERNO OD (CONGENITAL GLAUCOMA) 8 MO'))).toEqual(['UNKNOWN']);
    expect(names(m.match('TRABECULOTOMY OD'))).toEqual(['UNKNOWN']);
    expect(names(m.match('GATT OS'))).toEqual(['Ab interno trabeculotomy, including gonioscopy-assisted transluminal trabeculotomy (GATT) and TRAB360']);
  });

  it('keeps an eyelid lesion excision off a biopsy line, and a free flap off a line that lists a free tarsal graft', () => {
    expect(names(m.match('EXCISION, LESION, EYELID - RUL'))).toEqual(['UNKNOWN']);
    expect(names(m.match('EYELID BIOPSY RUL'))).toEqual(['Biopsy of eyelid or conjunctiva']);
    expect(names(m.match('FIBULA FREE FLAP TO MANDIBLE'))).toEqual(['UNKNOWN']);
    expect(names(m.match('HUGHES FLAP STAGE 1 LLL'))).toEqual(['Eyelid reconstruction, including tarsoconjunctival flap (Hughes), Cutler-Beard bridge flap, or free tarsal graft']);
  });

  it('reads OD beside a tarsorrhaphy as the right eye', () => {
    expect(names(m.match('PERMANENT LATERAL TARSORRHAPHY OD'))).toEqual(['Tarsorrhaphy, temporary or permanent']);
  });
});

describe('an academic OB/GYN, urology and general surgery form', () => {
  const m = new ProcedureMatcher([{ id: 'W', name: 'Women\'s health and urology', department: 'Obstetrics and Gynecology', kind: 'core' as const, procedures: [
    { name: 'Umbilical and epigastric hernia repair, with or without mesh' },
    { name: 'Varicocelectomy, inguinal or subinguinal, with or without operating microscope' },
    { name: 'Radical hysterectomy (type C), open, with bilateral pelvic lymphadenectomy' },
    { name: 'Fetoscopic laser photocoagulation of placental anastomoses for twin-twin transfusion syndrome' },
    { name: 'Endometrial ablation, non-resectoscopic (radiofrequency, thermal balloon, hydrothermal, cryoablation, microwave)' },
    { name: 'Intrauterine tamponade or vacuum-induced hemorrhage control device (Bakri balloon, Jada)' },
    { name: 'Postpartum dilation and curettage, suction or sharp, for retained products' }] }], { vocabulary: builtinVocabulary() });

  it('keeps a retrorectus ventral hernia repair off an umbilical and epigastric line, and a laparoscopic varicocelectomy off an inguinal one', () => {
    expect(names(m.match('ROBOTIC RETRORECTUS VENTRAL HERNIA REPAIR (RIVES-STOPPA) W/ MESH'))).toEqual(['UNKNOWN']);
    expect(names(m.match('EPIGASTRIC HERNIA REPAIR'))).toEqual(['Umbilical and epigastric hernia repair, with or without mesh']);
    expect(names(m.match('Lap varicocelectomy bilat'))).toEqual(['UNKNOWN']);
    expect(names(m.match('Microsurgical subinguinal varicocelectomy Lt'))).toEqual(['Varicocelectomy, inguinal or subinguinal, with or without operating microscope']);
  });

  it('keeps a radical parametrectomy off a radical hysterectomy line', () => {
    expect(names(m.match('RADICAL PARAMETRECTOMY, OPEN - OCCULT CERVICAL CA'))).toEqual(['UNKNOWN']);
    expect(m.match('RADICAL PARAMETRECTOMY, OPEN - OCCULT CERVICAL CA').parts[0].concept).toBe('Radical parametrectomy');
  });

  it('reads what a line is for where the booking says it the way OB schedules do: TTTS, NovaSure, a Bakri, retained POC', () => {
    expect(names(m.match('Fetoscopic laser ablation - TTTS stage III, Solomon technique'))).toEqual(['Fetoscopic laser photocoagulation of placental anastomoses for twin-twin transfusion syndrome']);
    expect(names(m.match('NOVASURE ENDOMETRIAL ABLATION'))).toEqual(['Endometrial ablation, non-resectoscopic (radiofrequency, thermal balloon, hydrothermal, cryoablation, microwave)']);
    expect(names(m.match('BAKRI BALLOON PLACEMENT'))).toEqual(['Intrauterine tamponade or vacuum-induced hemorrhage control device (Bakri balloon, Jada)']);
    expect(names(m.match('Postpartum D&C - retained POC PPD#10'))).toEqual(['Postpartum dilation and curettage, suction or sharp, for retained products']);
  });
});

describe('a gynecology schedule that writes LSC for laparoscopy', () => {
  const m = new ProcedureMatcher([{ id: 'G', name: 'Gynecology', department: 'Obstetrics and Gynecology', kind: 'core' as const, procedures: [
    { name: 'Sacrocolpopexy or sacrohysteropexy, abdominal or laparoscopic, with graft' },
    { name: 'Diagnostic laparoscopy, with or without biopsy, aspiration, or peritoneal washings' },
    { name: 'Hysteroscopic resection of uterine septum' }] }], { vocabulary: builtinVocabulary() });

  it('reads LSC alone as a laparoscopy, never a sacrocolpopexy the gynecologist holds', () => {
    const r = m.match('Dx LSC - ectopic 6wk');
    expect(names(r)).toEqual(['Diagnostic laparoscopy, with or without biopsy, aspiration, or peritoneal washings']);
    expect(r.parts.flatMap((p) => p.readings ?? []).map((x) => x.concept)).not.toContain('Sacrocolpopexy');
    expect(names(m.match('LSC SACROCOLPOPEXY W/ Y-MESH - VAULT PROLAPSE'))).toEqual(['Sacrocolpopexy or sacrohysteropexy, abdominal or laparoscopic, with graft']);
  });

  it('asks for the laparoscopy a booking names after "with" beside a hysteroscopic operation', () => {
    expect(names(m.match('HYSTEROSCOPIC SEPTUM RESECTION W/ LAP'))).toEqual(['Hysteroscopic resection of uterine septum', 'Diagnostic laparoscopy, with or without biopsy, aspiration, or peritoneal washings']);
  });
});

describe('a gynecologic oncology form whose lines name a lymphadenectomy with their operation', () => {
  const m = new ProcedureMatcher([{ id: 'O', name: 'Gynecologic Oncology', department: 'Gynecologic Oncology', kind: 'core' as const, procedures: [
    { name: 'Radical hysterectomy (type C), open, with bilateral pelvic lymphadenectomy' },
    { name: 'Radical trachelectomy with pelvic lymphadenectomy, open or minimally invasive' },
    { name: 'Total abdominal colectomy, with ileorectal anastomosis or end ileostomy' }] }], { vocabulary: builtinVocabulary() });

  it('covers a pelvic lymphadenectomy only with the operation its line names it with', () => {
    expect(names(m.match('RRP OPEN + EXTENDED PLND'))).toEqual(['UNKNOWN', 'UNKNOWN']);
    expect(covering(m.match('RADICAL TRACHELECTOMY, BILAT PELVIC LND'))).toEqual(['Radical trachelectomy with pelvic lymphadenectomy, open or minimally invasive']);
    expect(names(m.match('LOOP ILEOSTOMY CREATION'))).toEqual(['UNKNOWN']);
  });

  it('reads "(type C)" as the class of a radical hysterectomy, never a cesarean', () => {
    expect(names(m.match('CESAREAN HYSTERECTOMY - PERCRETA'))).toEqual(['UNKNOWN']);
    expect(covering(m.match('RADICAL HYSTERECTOMY OPEN, BILAT PELVIC LND'))).toEqual(['Radical hysterectomy (type C), open, with bilateral pelvic lymphadenectomy']);
  });
});

describe('a breast and melanoma surgery form', () => {
  const m = new ProcedureMatcher([{ id: 'B', name: 'Breast Surgery', department: 'General Surgery', kind: 'core' as const, procedures: [
    { name: 'Sentinel lymph node biopsy, breast or melanoma, including lymphatic mapping' },
    { name: 'Skin-sparing mastectomy' },
    { name: 'Complex wound closure, layered, trunk and extremities' },
    { name: 'Vaginal delivery, spontaneous' }] }], { vocabulary: builtinVocabulary() });

  it('reads a sentinel node line for breast or melanoma as no breast biopsy, and not limited to a booking that says "breast"', () => {
    expect(names(m.match('LT BREAST BIOPSY'))).toEqual(['UNKNOWN']);
    expect(names(m.match('LT SSM, SLNB'))).toEqual(['Skin-sparing mastectomy', 'Sentinel lymph node biopsy, breast or melanoma, including lymphatic mapping']);
  });

  it('reads LAC as a laceration and VAG as vaginal, leaving no word unread', () => {
    expect(names(m.match('COMPLEX CLOSURE LT FOREARM LAC 12CM, LAYERED'))).toEqual(['Complex wound closure, layered, trunk and extremities']);
    expect(names(m.match('SPONTANEOUS VAG DELIVERY'))).toEqual(['Vaginal delivery, spontaneous']);
  });
});

describe('what a review of this version\'s readings found', () => {

  it('keeps a laparoscopic operation off open-only lines: "W/ LAP" is its route beside anything but a hysteroscopic, cystoscopic or vaginal operation', () => {
    const open = ['Open appendectomy', 'Diagnostic laparoscopy, with or without biopsy'];
    expect(one(open, 'APPENDECTOMY W/ LAP - POSS OPEN')).toContain('UNKNOWN');
    expect(one(['Total abdominal hysterectomy', 'Diagnostic laparoscopy, with or without biopsy'], 'HYSTERECTOMY W/ LSC - POSS TAH')).toContain('UNKNOWN');
  });

  it('reads nothing an exclusion names as context, even where a "for" follows inside it', () => {
    const line = ['Posterior thoracic or thoracolumbar fusion with instrumentation, excluding fusion for scoliosis or kyphosis'];
    expect(one(line, 'T10-L2 POSTERIOR SPINAL FUSION FOR SCOLIOSIS')).toEqual(['UNKNOWN']);
    expect(one(line, 'T4-T12 PSF - KYPHOSIS CORRECTION').every((n) => n === 'UNKNOWN')).toBe(true);
    expect(one(line, 'T10-L2 POSTERIOR SPINAL FUSION - L1 BURST FX')).toEqual(['Posterior thoracic or thoracolumbar fusion with instrumentation, excluding fusion for scoliosis or kyphosis']);
  });

  it('reads a bronchoscopy\'s cryobiopsy and clot removal as no tumor destruction', () => {
    const lines = ['Bronchoscopy with transbronchial biopsy', 'Bronchoscopic excision or destruction of airway tumor'];
    expect(one(lines, 'BRONCH W/ TBBX, CRYO - ILD')).toContain('UNKNOWN');
    expect(one(lines, 'BRONCH W/ CRYO - CLOT REMOVAL')).not.toContain('Bronchoscopic excision or destruction of airway tumor');
  });

  it('excludes no airway bronchoscopy where a line excludes APC', () => {
    expect(one(['Flexible bronchoscopy, diagnostic and therapeutic (excluding APC, cryotherapy, and laser)'], 'FLEXIBLE BRONCHOSCOPY - AIRWAY EVALUATION')).toEqual(['Flexible bronchoscopy, diagnostic and therapeutic (excluding APC, cryotherapy, and laser)']);
  });

  it('reads a span in months as months, and leaves counts of segments and digits as the line wrote them', () => {
    expect(one(['Cleft palate repair (palatoplasty), age 9-18 mo'], 'CLEFT PALATE REPAIR - 12 YO')).toEqual(['UNKNOWN']);
    expect(one(['Cleft palate repair (palatoplasty), age 9-18 mo'], 'PALATOPLASTY - 11 MO')).toEqual(['Cleft palate repair (palatoplasty), age 9-18 mo']);
    expect(one(['Lumbar microdiscectomy, 1-2 segments, primary only'], 'L4-5 MICRODISCECTOMY')).toEqual(['Lumbar microdiscectomy, 1-2 segments, primary only']);
  });

  it('reads items of an "including" list that share one head as kinds of it', () => {
    expect(one(['Pediatric general surgery, including inguinal, umbilical hernia repair, pyloromyotomy'], 'R INGUINAL HERNIA REPAIR - 3 YO')).toEqual(['Pediatric general surgery, including inguinal, umbilical hernia repair, pyloromyotomy']);
  });

  it('keeps a vitrectomy off a vitreous biopsy line, and a Palomo varicocelectomy off an inguinal one', () => {
    expect(one(['Vitreous biopsy'], '23G PPV, MEMBRANE PEEL OS').every((n) => n === 'UNKNOWN')).toBe(true);
    expect(one(['Vitreous biopsy'], 'VITREOUS TAP OD - ENDOPHTHALMITIS')).toEqual(['Vitreous biopsy']);
    expect(one(['Varicocelectomy, inguinal or subinguinal, with or without operating microscope'], 'RETROPERITONEAL VARICOCELECTOMY (PALOMO)')).toEqual(['UNKNOWN']);
    expect(one(['Varicocelectomy, inguinal or subinguinal, with or without operating microscope'], 'LT VARICOCELECTOMY')).toEqual(['Varicocelectomy, inguinal or subinguinal, with or without operating microscope']);
  });

  it('keeps an abdominal wall fasciotomy off an extremity fasciotomy line', () => {
    expect(one(['Upper and lower extremity fasciotomy'], 'ABDOMINAL WALL FASCIOTOMY')).toEqual(['UNKNOWN']);
    expect(one(['Upper and lower extremity fasciotomy'], 'FASCIOTOMY L LEG 4 COMPARTMENT')).toEqual(['Upper and lower extremity fasciotomy']);
  });

  it('keeps a fracture class a line names outside parentheses', () => {
    expect(one(['Open reduction internal fixation of distal radius, type C fractures'], 'ORIF R DISTAL RADIUS')).toEqual(['UNKNOWN']);
  });
});

describe('what a nuclear stress test, a paper patch and flexible nails ask for', () => {
  it('asks for the perfusion-imaging line too when a nuclear stress test is booked', () => {
    expect(one(['Exercise, pharmacologic and stress echocardiography testing'], 'LEXISCAN NUC STRESS (SPECT) - UNABLE TO WALK')).toContain('UNKNOWN');
    expect(one(['Exercise, pharmacologic and stress echocardiography testing', 'Myocardial perfusion imaging (SPECT/PET), interpretation'], 'NUC STRESS TEST')).toEqual(['Exercise, pharmacologic and stress echocardiography testing', 'Myocardial perfusion imaging (SPECT/PET), interpretation']);
    expect(one(['Exercise, pharmacologic and stress echocardiography testing'], 'DOBUTAMINE STRESS ECHO')).toEqual(['Exercise, pharmacologic and stress echocardiography testing']);
  });

  it('asks for a myringoplasty line beside a tube removal with a paper patch', () => {
    expect(one(['Removal of retained tympanostomy tube under anesthesia'], 'REMOVAL RETAINED PE TUBE RT W/ PAPER PATCH')).toContain('UNKNOWN');
    expect(one(['Removal of retained tympanostomy tube under anesthesia', 'Myringoplasty'], 'REMOVAL RETAINED PE TUBE RT W/ PAPER PATCH')).toEqual(['Removal of retained tympanostomy tube under anesthesia', 'Myringoplasty']);
  });

  it('keeps flexible (TENS) nailing of a child\'s femur off a rigid femoral nailing line', () => {
    expect(one(['Intramedullary nailing of femoral shaft fracture'], 'L FEMUR FX FLEXIBLE NAILS (TENS) 8 Y/O')).toEqual(['UNKNOWN']);
    expect(one(['Intramedullary nailing of femoral shaft fracture'], 'L FEMUR IMN')).toEqual(['Intramedullary nailing of femoral shaft fracture']);
    expect(one(['Flexible intramedullary nailing of long bone fractures'], 'TENS FEMUR')).toEqual(['Flexible intramedullary nailing of long bone fractures']);
  });
});

describe('a kind of a joint\'s arthroscopy booked at another joint', () => {
  const knee = 'Knee arthroscopy, including meniscectomy, meniscal repair, chondroplasty, loose body removal';
  it('keeps an ankle chondroplasty off a knee arthroscopy line that lists chondroplasty', () => {
    expect(one([knee], 'R ANKLE CHONDROPLASTY')).toEqual(['UNKNOWN']);
    expect(one([knee], 'R KNEE SCOPE CHONDROPLASTY')).toEqual([knee]);
    expect(one([knee], 'CHONDROPLASTY PATELLA')).toEqual([knee]);
    expect(one([knee], 'R KNEE SCOPE, PARTIAL MEDIAL MENISCECTOMY, CHONDROPLASTY MFC')).toEqual([knee]);
  });

  it('keeps an ankle chondroplasty or loose body removal off a plain knee arthroscopy line', () => {
    expect(one(['Knee arthroscopy'], 'L ANKLE CHONDROPLASTY')).toEqual(['UNKNOWN']);
    expect(one(['Knee arthroscopy'], 'L ANKLE LOOSE BODY REMOVAL, ARTHROSCOPIC').every((n) => n === 'UNKNOWN')).toBe(true);
    expect(one(['Knee arthroscopy', 'Ankle arthroscopy'], 'Left ankle arthroscopy with debridement and removal of loose bodies')).toEqual(['Ankle arthroscopy']);
  });
});

describe('a limb a line names for an operation done on either limb', () => {
  it('keeps a leg fasciotomy off a forearm or upper extremity fasciotomy line', () => {
    expect(one(['Forearm fasciotomy'], 'R LEG FASCIOTOMY')).toEqual(['UNKNOWN']);
    expect(one(['Upper extremity fasciotomy; lower extremity fasciotomy requires separate privilege'], 'R LEG 4 COMPARTMENT FASCIOTOMY')).toEqual(['UNKNOWN']);
    expect(one(['Upper extremity fasciotomy; lower extremity fasciotomy requires separate privilege'], 'L FOREARM FASCIOTOMY')).toEqual(['Upper extremity fasciotomy; lower extremity fasciotomy requires separate privilege']);
    expect(one(['Upper extremity fasciotomy'], 'R HAND FASCIOTOMY')).toEqual(['Upper extremity fasciotomy']);
    expect(one(['Fasciotomy'], 'R THIGH FASCIOTOMY')).toEqual(['Fasciotomy']);
  });
});

describe('a line that names its kind: a vein conduit, an open radical hysterectomy', () => {

  it('keeps a prosthetic, bovine or unstated conduit off a lower extremity bypass line with autogenous vein', () => {
    for (const b of ['R FEM-POP BYPASS W/ PTFE', 'R FEM-POP BYPASS, BOVINE CAROTID GRAFT', 'R FEM-FEM BYPASS']) expect(one(['Lower extremity bypass with autogenous vein'], b)).toEqual(['UNKNOWN']);
  });

  it('keeps a Schauta (radical vaginal) hysterectomy off an open radical hysterectomy line', () => {
    expect(one(['Radical hysterectomy, open'], 'SCHAUTA RADICAL VAGINAL HYSTERECTOMY')).toEqual(['UNKNOWN']);
    expect(one(['Radical hysterectomy, open'], 'RADICAL HYSTERECTOMY (TYPE C), VAGINAL CUFF')).toEqual(['Radical hysterectomy, open']);
    expect(one(['Radical hysterectomy, open'], 'RADICAL HYSTERECTOMY, BILATERAL PLND')[0]).toBe('Radical hysterectomy, open');
    expect(one(['Radical hysterectomy'], 'SCHAUTA')).toEqual(['Radical hysterectomy']);
  });
});

describe('comments a behavioral health or eye schedule writes beside the operation', () => {
  it('reads monitoring, drug and rating-scale words as comments, not as operations', () => {
    expect(one(['Electroconvulsive therapy'], 'ECT (BL) #11 - PREG 2ND TRIMESTER, OB AWARE, TOCO')).toEqual(['Electroconvulsive therapy']);
    expect(one(['Electroconvulsive therapy'], 'ECT #1 W/ SEIZURE THRESHOLD TITRATION - RUL UB')).toEqual(['Electroconvulsive therapy']);
    expect(one(['Pars plana vitrectomy'], '25G PPV OS - VITREOUS OPACITIES')).toEqual(['Pars plana vitrectomy']);
  });

  it('still asks about a long-acting injectable given beside an ECT', () => {
    expect(one(['Electroconvulsive therapy'], 'ECT RUL #6; HALDOL DEC 100MG IM (LAI DUE)')).toContain('UNKNOWN');
    expect(one(['Electroconvulsive therapy'], 'ECT RUL #6; INVEGA SUSTENNA 234MG IM')).toContain('UNKNOWN');
  });
});

describe('a behavioral health and retina schedule\'s shorthand', () => {
  it('reads maintenance ECT shorthand, and keeps an index course off a maintenance-only line', () => {
    const maintenance = 'Continuation and maintenance electroconvulsive therapy';
    expect(one([maintenance], 'M-ECT BT Q2WK #30')).toEqual([maintenance]);
    expect(one([maintenance], 'CONT ECT Q1WK RUL (TAPER) #14')).toEqual([maintenance]);
    expect(one([maintenance], 'ECT #12 RUL UB - LAST OF INDEX, EVAL FOR M-ECT')).toEqual(['UNKNOWN']);
    expect(one(['Acute course of electroconvulsive therapy'], 'ECT #2 RUL - CATATONIA')).toEqual(['Acute course of electroconvulsive therapy']);
    expect(one(['Electroconvulsive therapy (ECT), unilateral or bilateral, including maintenance ECT'], 'ECT - RUL ULTRABRIEF, INDEX COURSE TX #4', '90870')).toEqual(['Electroconvulsive therapy (ECT), unilateral or bilateral, including maintenance ECT']);
  });

  it('reads a long-acting injectable antipsychotic by its brand, and anti-VEGF biosimilars as intravitreal injections', () => {
    const lai = 'Administration of long-acting injectable antipsychotic medication';
    expect(one([lai], 'INVEGA SUSTENNA 234MG - LAI CLINIC')).toEqual([lai]);
    expect(one([lai, 'Electroconvulsive therapy'], 'ECT RUL #6; HALDOL DEC 100MG (LAI DUE)')).toEqual(['Electroconvulsive therapy', lai]);
    // (IM stays unread: a depot InScope has no brand for must not vanish beside an ECT.)
    expect(one(['Electroconvulsive therapy'], 'ECT RUL #6; FLUPHENAZINE DEC 25MG IM')).toContain('UNKNOWN');
    expect(one(['Intravitreal injection of pharmacologic agent'], 'Intravitreal injection, left eye - Byooviz')).toEqual(['Intravitreal injection of pharmacologic agent']);
    expect(one(['Intravitreal injection of pharmacologic agent'], 'BEOVU OS')).toEqual(['Intravitreal injection of pharmacologic agent']);
  });
});

describe('a line that closes with its operation\'s own place', () => {
  it('reads "Sentinel lymph node biopsy, axillary" as the axillary sentinel node biopsy a breast booking names', () => {
    expect(one(['Nipple-sparing mastectomy', 'Sentinel lymph node biopsy, axillary', 'Targeted axillary dissection following neoadjuvant therapy'], 'Right nipple-sparing mastectomy with sentinel lymph node biopsy')).toEqual(['Nipple-sparing mastectomy', 'Sentinel lymph node biopsy, axillary']);
    expect(one(['Open reduction internal fixation, acetabular fracture'], 'ORIF R ACETABULUM FX (POST WALL) KOCHER-LANGENBECK')).toEqual(['Open reduction internal fixation, acetabular fracture']);
  });
});

describe('a diagnosis written after the operation', () => {
  it('reads SUI or fecal incontinence after an operation as why, not as an incontinence operation', () => {
    expect(one(['Artificial urinary sphincter placement, revision, or removal', 'Midurethral sling (retropubic, transobturator, or single-incision)'], 'AUS (AMS 800) placement 4.0cm cuff - post RALP SUI')).toEqual(['Artificial urinary sphincter placement, revision, or removal']);
    expect(one(['Sacral neuromodulation for fecal incontinence, test stimulation and permanent implant', 'Midurethral sling (retropubic, transobturator, or single-incision)'], 'INTERSTIM STAGE 1 LEAD - FECAL INCONTINENCE, FLUORO')).toEqual(['Sacral neuromodulation for fecal incontinence, test stimulation and permanent implant']);
  });
});

describe('an eye and vascular schedule\'s shorthand', () => {
  it('reads BUL, OU beside an eyelid operation and a scleral buckle as what they are', () => {
    expect(one(['Upper eyelid blepharoplasty'], 'BUL BLEPH')).toEqual(['Upper eyelid blepharoplasty']);
    expect(one(['Repair of blepharoptosis by levator advancement'], 'LEVATOR ADVANCEMENT OU')).toEqual(['Repair of blepharoptosis by levator advancement']);
    expect(one(['Scleral buckle for retinal detachment'], 'SCLERAL BUCKLE OD')).toEqual(['Scleral buckle for retinal detachment']);
  });

  it('reads ALT beside a TAVR as alternative access, not a laser, and INT/EXT beside a biliary drain as its kind', () => {
    expect(one(['Transcatheter aortic valve replacement, alternative access'], 'SUBCLAVIAN TAVR (ALT ACCESS)')).toEqual(['Transcatheter aortic valve replacement, alternative access']);
    expect(one(['Percutaneous transhepatic biliary drainage'], 'PTBD INT/EXT')).toEqual(['Percutaneous transhepatic biliary drainage']);
    expect(one(['Femoral-popliteal bypass with vein or prosthetic graft'], 'RT FEM-POP BYPASS W/ RSVG')).toEqual(['Femoral-popliteal bypass with vein or prosthetic graft']);
  });
});

describe('device names a pain, urology and retina schedule writes', () => {
  it('reads a tined lead as a sacral neuromodulation lead, HFX as a spinal cord stimulator, and IV Avastin beside an eye as an intravitreal injection', () => {
    expect(one(['Sacral neuromodulation for fecal incontinence, test stimulation and permanent implant'], 'INTERSTIM STAGE 1 TINED LEAD - FECAL INCONTINENCE, FLUORO')).toEqual(['Sacral neuromodulation for fecal incontinence, test stimulation and permanent implant']);
    expect(one(['Spinal cord stimulator trial, percutaneous lead placement'], 'HFX SCS TRIAL T8-T10')).toEqual(['Spinal cord stimulator trial, percutaneous lead placement']);
    expect(one(['Intravitreal injection of pharmacologic agent'], 'IV AVASTIN OU FOR ROP')).toEqual(['Intravitreal injection of pharmacologic agent']);
  });
});

describe('what a review of this version and a VA and MEDITECH set found', () => {
  it('keeps a maintenance-pattern ECT off an acute-course line', () => {
    for (const b of ['ECT RUL Q4WK #38', 'ECT BL Q2WK (TAPER)']) expect(one(['Acute course of electroconvulsive therapy'], b)).toEqual(['UNKNOWN']);
  });

  it('keeps injections, fetal monitors, tracers and cement beads beside an operation asked for', () => {
    expect(one(['Cataract extraction with intraocular lens implantation'], 'PHACO/IOL OD WITH PST')).toContain('UNKNOWN');
    expect(one(['Spontaneous vaginal delivery'], 'SVD W/ IUPC AND FSE')).toContain('UNKNOWN');
    expect(one(['Cardiac stress testing'], 'PERSANTINE STRESS TEST')).toContain('UNKNOWN');
    expect(one(['Debridement of bone'], 'I&D R TIBIA, PLACEMENT OF PMMA ANTIBIOTIC BEADS')).toContain('UNKNOWN');
  });

  it('reads a knee sub-site as the knee, for a kind of a knee arthroscopy', () => {
    for (const b of ['CHONDROPLASTY PATELLA', 'CHONDROPLASTY MFC', 'PARTIAL MENISCECTOMY, MEDIAL MENISCUS']) expect(one(['Knee arthroscopy'], b)).toEqual(['Knee arthroscopy']);
  });

  it('reads a federal form\'s "to include" as "including", and a line read by a shared code as no cover for every embolization', () => {
    const y90 = 'Yttrium-90 radioembolization, to include mapping angiography';
    expect(one([y90], 'LT VARICOCELE EMBOLIZATION')).toEqual(['UNKNOWN']);
    expect(one([y90], 'Y90 RADIOEMBOLIZATION')).toEqual([y90]);
    const coded = new ProcedureMatcher([{ id: 'X', name: 'X', department: 'Interventional Radiology', kind: 'core' as const, procedures: [{ name: 'Zz special vascular procedure', codes: ['37243'] }] }], { vocabulary: builtinVocabulary() });
    expect(names(coded.match('LT VARICOCELE EMBOLIZATION'))).toEqual(['UNKNOWN']);
  });

  it('places a fracture treatment line at the site its "with" wording borrowed, and an AF ablation line\'s energies on the AF ablation', () => {
    const spine = 'Open treatment of spinal fractures and dislocations with instrumentation';
    expect(one([spine], 'ORIF PERIPROSTHETIC FEMUR FX VANCOUVER B1 RT, CABLE PLATE')).toEqual(['UNKNOWN']);
    expect(one([spine], 'ORIF RT PROXIMAL PHALANX INDEX, SCREWS')).toEqual(['UNKNOWN']);
    const af = 'Catheter ablation of atrial fibrillation, radiofrequency, cryoballoon or pulsed field';
    expect(one([af], 'SVT ABLATION (AVNRT SLOW PATHWAY)')).toEqual(['UNKNOWN']);
    expect(one([af], 'PVI CRYOBALLOON')).toEqual([af]);
  });
  it('keeps a Taylor spatial frame off a uniplanar or multiplanar external fixation line', () => {
    const line = 'External fixation, uniplanar or multiplanar, application and removal (excluding circular/ring fixators)';
    expect(one([line], 'APPLY TAYLOR SPATIAL FRAME R TIBIA - DEFORMITY CORR').every((n) => n === 'UNKNOWN')).toBe(true);
  });
  it('keeps an upper thigh off an upper extremity line and a lower arm off a lower extremity line', () => {
    expect(one(['Upper extremity fasciotomy'], 'R UPPER THIGH FASCIOTOMY')).toEqual(['UNKNOWN']);
    expect(one(['Lower extremity fasciotomy'], 'R LOWER ARM FASCIOTOMY')).toEqual(['UNKNOWN']);
    expect(one(['External fixation, lower extremity'], 'EX FIX R LOWER ARM')).toEqual(['UNKNOWN']);
    expect(one(['Upper extremity fasciotomy'], 'R FOREARM FASCIOTOMY')).toEqual(['Upper extremity fasciotomy']);
  });
  it('keeps a vaginal hysterectomy off a laparoscopic hysterectomy line, and an LAVH off a vaginal one', () => {
    expect(one(['Laparoscopic hysterectomy'], 'TVH')).toEqual(['UNKNOWN']);
    expect(one(['Laparoscopic hysterectomy'], 'VAGINAL HYSTERECTOMY')).toEqual(['UNKNOWN']);
    expect(one(['Laparoscopic hysterectomy'], 'TLH')).toEqual(['Laparoscopic hysterectomy']);
    expect(one(['Hysterectomy, vaginal'], 'LAVH')).toEqual(['UNKNOWN']);
    expect(one(['Hysterectomy, vaginal'], 'LAPAROSCOPIC ASSISTED VAGINAL HYSTERECTOMY')).toEqual(['UNKNOWN']);
    expect(one(['Hysterectomy, vaginal'], 'VAG HYST')).toEqual(['Hysterectomy, vaginal']);
    expect(one(['Laparoscopic-assisted vaginal hysterectomy'], 'TVH')).toEqual(['UNKNOWN']);
    expect(one(['Laparoscopic-assisted vaginal hysterectomy'], 'LAPAROSCOPICALLY ASSISTED VAGINAL HYSTERECTOMY')).toEqual(['Laparoscopic-assisted vaginal hysterectomy']);
    expect(one(['Vaginal hysterectomy, with or without laparoscopic assistance'], 'LAVH')).toEqual(['Vaginal hysterectomy, with or without laparoscopic assistance']);
    expect(one(['Vaginal hysterectomy, with or without laparoscopic assistance'], 'TVH')).toEqual(['Vaginal hysterectomy, with or without laparoscopic assistance']);
  });
  it('asks a vaginal hysterectomy with a possible LAVH for both the vaginal and the laparoscopic line', () => {
    const lines = ['Vaginal hysterectomy', 'Laparoscopic-assisted vaginal hysterectomy'];
    expect(one(lines, 'VAGINAL HYSTERECTOMY POSS LAVH')).toEqual(['Vaginal hysterectomy or Laparoscopic-assisted vaginal hysterectomy']);
    expect(one(lines, 'TVH')).toEqual(['Vaginal hysterectomy']);
    expect(one(['Vaginal hysterectomy'], 'VAGINAL HYSTERECTOMY POSS LAVH')).toEqual(['UNKNOWN']);
  });
  it('reads the removal of a transvaginal cerclage on a line as the removal, not a McDonald placement', () => {
    const tac = 'Transabdominal cerclage, including removal of transvaginal cerclage';
    expect(one([tac], 'MCDONALD CERCLAGE')).toEqual(['UNKNOWN']);
    expect(one([tac], 'REMOVAL OF CERCLAGE')).toEqual([tac]);
  });
  it('keeps a draining seton off a cutting seton line', () => {
    expect(one(['Placement of cutting seton'], 'DRAINING SETON')).toEqual(['UNKNOWN']);
    expect(one(['Placement of cutting seton'], 'CUTTING SETON')).toEqual(['Placement of cutting seton']);
  });
  it('reads a lateral femoral cutaneous block listed among nerve blocks as its own block, not a femoral one', () => {
    const both = 'Peripheral nerve block (femoral, sciatic, lateral femoral cutaneous)';
    expect(one([both], 'FEMORAL NERVE BLOCK')).toEqual([both]);
    expect(one([both], 'LFCN BLOCK')).toEqual([both]);
    const lfcn = 'Peripheral nerve block, single injection (occipital, suprascapular, pudendal, lateral femoral cutaneous)';
    expect(one([lfcn], 'FEMORAL NERVE BLOCK')).toEqual(['UNKNOWN']);
    expect(one([lfcn], 'GON BLOCK BILAT')).toEqual([lfcn]);
    const sympathetic = 'Nerve block (stellate ganglion, lumbar sympathetic, celiac plexus, superior hypogastric plexus)';
    expect(one([sympathetic], 'BRACHIAL PLEXUS BLOCK')).toEqual(['UNKNOWN']);
    expect(one([sympathetic], 'CELIAC PLEXUS BLOCK')).toEqual([sympathetic]);
  });
  it('keeps a colon list of a specialty or an operation to what it lists', () => {
    expect(one(['Hand surgery: tendon repair, nerve repair, ORIF of fractures'], 'ORIF ANKLE')).toEqual(['UNKNOWN']);
    expect(one(['Colectomy: right, left, sigmoid'], 'TOTAL ABDOMINAL COLECTOMY')).toEqual(['UNKNOWN']);
    expect(one(['Fasciotomy: forearm, hand'], 'LEG FASCIOTOMY 4 COMPARTMENT')).toEqual(['UNKNOWN']);
  });
  it('keeps a dialysis circuit line to dialysis access: no angioplasty elsewhere', () => {
    const circuit = 'Percutaneous dialysis circuit intervention, including fistulogram, angioplasty, stenting and thrombectomy';
    expect(one([circuit], 'R SFA ANGIOPLASTY')).toEqual(['UNKNOWN']);
    expect(one([circuit], 'FISTULOGRAM W/ PTA')).toEqual([circuit]);
  });
  it('asks an iliac branch device booked with an EVAR for both lines', () => {
    const lines = ['Iliac branch endoprosthesis placement (e.g., Gore IBE)', 'Endovascular repair of infrarenal abdominal aortic aneurysm (EVAR)'];
    expect(one(lines, 'GORE IBE (LEFT) W/ EVAR')).toEqual(lines);
    expect(one([lines[1]], 'GORE IBE (LEFT) W/ EVAR')).toEqual(['UNKNOWN', lines[1]]);
  });
  it('reads a flap for a Mohs defect as the flap, and a toe joint capsulotomy as no breast capsule operation', () => {
    const flap = 'Adjacent tissue transfer or rearrangement (Z-plasty, rotation, advancement, bilobed flap), including repair of Mohs surgical defects';
    expect(one([flap], 'Mohs micrographic surgery L nasal tip BCC, 2 stages')).toEqual(['UNKNOWN']);
    expect(one([flap], 'ADVANCEMENT FLAP R CHEEK MOHS DEFECT')).toEqual([flap]);
    expect(one([flap], 'MOHS DEFECT REPAIR, FOREHEAD, ROTATION FLAP')).toEqual([flap]);
    const breast = 'Removal or exchange of breast implants, including capsulectomy and capsulorrhaphy';
    expect(one([breast], 'R hammertoe 2nd toe PIPJ arthrodesis w/ K-wire + MPJ capsulotomy')).toEqual(['UNKNOWN', 'UNKNOWN']);
  });
  it('reads "all spinal regions" as no limit of where a medial branch block is', () => {
    const line = 'Facet joint (zygapophyseal) intra-articular injection or medial branch block, all spinal regions';
    expect(one([line], 'Bilat L3-4, L4-5, L5-S1 MBB #1')).toEqual([line]);
    expect(one([line], 'C5-6 MBB')).toEqual([line]);
  });
  it('reads "avg risk" on a colonoscopy as average risk, not an AV graft, and "colonscopy" as the colonoscopy', () => {
    const lines = ['Colonoscopy', 'Arteriovenous graft placement'];
    expect(one(lines, 'COLONSCOPY SCREENING AVG RISK 45YO')).toEqual(['Colonoscopy']);
    expect(one(['Colonoscopy'], 'colonscopy w/ cold snare polypectomy')).toEqual(['Colonoscopy']);
  });
  it('takes a device brand, a graft material or a drug beside the operation as no operation of its own', () => {
    expect(one(['Subconjunctival gel stent implantation (XEN)'], 'XEN gel stent OS w/ MMC 0.2mg/ml')).toEqual(['Subconjunctival gel stent implantation (XEN)']);
    expect(one(['Arthroscopic rotator cuff repair'], 'LT ARTHROSCOPIC RCR (DOUBLE ROW SPEEDBRIDGE)')).toEqual(['Arthroscopic rotator cuff repair']);
    expect(one(['Posterior colporrhaphy'], 'Posterior repair w/ Xenform graft')).toEqual(['Posterior colporrhaphy']);
    expect(one(['Panniculectomy'], 'Panniculectomy - s/p gastric bypass, 120 lb wt loss')).toEqual(['Panniculectomy']);
    expect(one(['Hemorrhoid banding'], 'Hemorrhoid banding x3 - Gr II hemorrhoids')).toEqual(['Hemorrhoid banding']);
  });
  it('reads CCY as a cholecystectomy and RA before a colorectal or thoracic operation as the robot', () => {
    expect(one(['Cholecystectomy, open or laparoscopic'], 'LAP CCY, IOUS')).toEqual(['Cholecystectomy, open or laparoscopic']);
    const robotic = new ProcedureMatcher([{ id: 'X', name: 'X', department: 'Surgery', kind: 'core' as const, procedures: [{ name: 'Low anterior resection' }] }], { vocabulary: builtinVocabulary() }).match('RA-LAR W/ TME, XI');
    expect(robotic.approaches).toContain('robotic');
  });
  it('asks "TVH, POSSIBLE TAH" for the abdominal hysterectomy too, not a vaginal one done open', () => {
    const lines = ['Vaginal hysterectomy', 'Abdominal hysterectomy'];
    expect(one(lines, 'TVH, POSSIBLE TAH')).toEqual(lines);
    expect(one(['Vaginal hysterectomy'], 'TVH, POSSIBLE TAH')).toEqual(['Vaginal hysterectomy', 'UNKNOWN']);
    expect(one(lines, 'TVH POSS TAH')).toEqual(lines);
  });
  it('does not pass the vaginal route of a TVH on to what is booked beside it, nor read a hysterectomy into other assisted vaginal operations', () => {
    expect(one(['Appendectomy, open or laparoscopic', 'Vaginal hysterectomy'], 'TVH, APPENDECTOMY')).toEqual(['Vaginal hysterectomy', 'Appendectomy, open or laparoscopic']);
    expect(one(['Vaginal hysterectomy', 'Laparoscopic-assisted vaginal hysterectomy'], 'LAPAROSCOPIC ASSISTED VAGINAL TRACHELECTOMY').includes('Vaginal hysterectomy')).toBe(false);
    expect(one(['Hysterectomy (abdominal, vaginal, laparoscopic)'], 'TVH')).toEqual(['Hysterectomy (abdominal, vaginal, laparoscopic)']);
    expect(one(['Hysterectomy (abdominal, vaginal, laparoscopic)'], 'TLH')).toEqual(['Hysterectomy (abdominal, vaginal, laparoscopic)']);
    expect(one(['Hysterectomy, laparoscopic', 'Appendectomy, open or laparoscopic'], 'TVH, LAP APPY')).toEqual(['UNKNOWN', 'Appendectomy, open or laparoscopic']);
    expect(one(['Vaginal or laparoscopic hysterectomy', 'Total abdominal hysterectomy'], 'TVH, POSSIBLE TAH')).toEqual(['Vaginal or laparoscopic hysterectomy', 'Total abdominal hysterectomy']);
  });
  it('asks "TLH, CYSTO, POSS CONVERT TO OPEN" for the open hysterectomy line: the conversion is of the laparoscopic operation', () => {
    const lap = 'Total laparoscopic hysterectomy';
    const open = 'Total abdominal hysterectomy';
    expect(one([lap, open, 'Cystoscopy'], 'TLH, CYSTO, POSS CONVERT TO OPEN')).toEqual([lap, 'Cystoscopy', open]);
    expect(one([lap, 'Cystoscopy'], 'TLH, CYSTO, POSS CONVERT TO OPEN')).toContain('UNKNOWN');
  });
  it('keeps an arytenoid adduction off a thyroplasty line, and an advanced filter retrieval on the line that names it', () => {
    const thyroplasty = 'Medialization thyroplasty (laryngoplasty type I), with or without implant';
    expect(one([thyroplasty], 'Arytenoid adduction LT + type 1 thyroplasty (Goretex)')).toEqual(['UNKNOWN', thyroplasty]);
    const advanced = 'Inferior vena cava filter placement, retrieval and advanced retrieval';
    expect(one(['Inferior vena cava filter insertion and removal', advanced], 'IVC FILTER RETRIEVAL (CELECT) - ADVANCED, POSS LASER SHEATH')).toEqual([advanced]);
  });
  it('asks "TAH BSO, POSS STAGING" for the staging line too', () => {
    const tah = 'Abdominal hysterectomy, total or supracervical, with or without salpingo-oophorectomy';
    const staging = 'Surgical staging of endometrial or ovarian cancer, including omentectomy and peritoneal biopsies';
    expect(one([tah, staging], 'TAH BSO, POSS STAGING -- complex adnexal mass, frozen section')).toEqual([tah, staging]);
    expect(one([tah], 'TAH BSO, POSS STAGING -- complex adnexal mass, frozen section')).toEqual([tah, 'UNKNOWN']);
  });
  it('does not drop a bare STAGING beside an operation that is not gynecologic', () => {
    const tka = 'Total knee arthroplasty';
    expect(one([tka], 'R TKA, STAGING')).toEqual([tka, 'UNKNOWN']);
    const chole = 'Laparoscopic cholecystectomy';
    expect(one([chole], 'LAP CHOLE, POSS STAGING')).toEqual([chole, 'UNKNOWN']);
    // (Staging of a cancer after a dash that follows a diagnostic study says why it is done; after a
    // hysterectomy it is the gynecologic staging.)
    expect(one(['Endoscopic ultrasound'], 'RECTAL EUS - STAGING RECTAL CA')).toEqual(['Endoscopic ultrasound']);
    const tlh = 'Total laparoscopic hysterectomy with bilateral salpingo-oophorectomy';
    expect(one([tlh], 'TLH BSO - STAGING ENDOMETRIAL CA')).toEqual([tlh, 'UNKNOWN']);
    // (A staging laparoscopy is one, whatever cancer it is for; a gastric cancer's staging is no gynecologic one.)
    const lap = 'Diagnostic laparoscopy';
    const gyn = 'Surgical staging of endometrial or ovarian cancer, including omentectomy and peritoneal biopsies';
    expect(one([lap, gyn], 'STAGING LAP')).toEqual([lap]);
    expect(one([gyn], 'STAGING FOR GASTRIC CANCER')).toEqual(['UNKNOWN']);
    expect(one([gyn], 'STAGING FOR OVARIAN CANCER')).toEqual([gyn]);
  });
  it('keeps a line known only by its code to the limb its name says', () => {
    const hand = new ProcedureMatcher([{ id: 'X', name: 'X', department: 'Surgery', kind: 'core' as const, procedures: [{ name: 'Frobnication of tendons, hand and forearm', codes: ['25310'] }] }], { vocabulary: builtinVocabulary() });
    expect(names(hand.match('FDL TRANSFER L FOOT'))).toEqual(['UNKNOWN']);
    expect(names(hand.match('EIP TO EPL TENDON TRANSFER R HAND'))).toEqual(['Frobnication of tendons, hand and forearm']);
  });
  it('takes a bare seton as the usual draining one', () => {
    const draining = 'Placement of draining seton';
    expect(one([draining], 'FISTULOTOMY, POSS SETON')).toEqual(['UNKNOWN', draining]);
    expect(one(['Placement of cutting seton'], 'EUA, POSS SETON')).toEqual(['UNKNOWN', 'UNKNOWN']);
    // (The EUA comes with the seton placement the line covers.)
    expect(one(['Placement of cutting seton'], 'EUA, POSS CUTTING SETON')).toEqual(['Placement of cutting seton']);
    expect(one([draining], 'LOOSE SETON')).toEqual([draining]);
  });
  it('reads "following" in a line as no limit of its own', () => {
    const m = new ProcedureMatcher([{ id: 'X', name: 'X', department: 'Surgery', kind: 'core' as const, procedures: [{ name: 'Targeted axillary dissection following neoadjuvant therapy' }] }], { vocabulary: builtinVocabulary() });
    expect(m.understanding[0].limits).not.toContain('following');
    expect(m.understanding[0].concepts).toEqual(['Targeted axillary dissection']);
  });
  it('reads a tendon graft as a tendon repair and IV SED as the anesthesia', () => {
    const line = 'Tendon transfer and tendon grafting, hand and forearm';
    expect(one([line], 'FLEXOR TENDON GRAFT R RING FINGER')).toEqual([line]);
    const ext = 'Extraction of third molars';
    expect(one([ext], 'EXT #17, #32 PARTIAL BONY IMPACTED - IV SED')).toEqual([ext]);
  });
  it('does not drop an operation noun the diagnosis rule would take for a finding', () => {
    const tka = 'Total knee arthroplasty';
    expect(one([tka], 'R TKA, REATTACHMENT')).toEqual([tka, 'UNKNOWN']);
    expect(one([tka], 'R TKA, TISSUE REARRANGEMENT')).toEqual([tka, 'UNKNOWN']);
    expect(one([tka], 'R TKA, PROCUREMENT')).toEqual([tka, 'UNKNOWN']);
  });
  it('keeps each listed hysterectomy to its own route: a TLH is none of "(TAH, TVH, LAVH)"', () => {
    const line = 'Hysterectomy (TAH, TVH, LAVH)';
    expect(one([line], 'TLH')).toEqual(['UNKNOWN']);
    expect(one([line], 'TAH')).toEqual([line]);
    expect(one([line], 'TVH')).toEqual([line]);
    expect(one([line], 'LAVH')).toEqual([line]);
    expect(one([line], 'LAVH POSS TAH')).toEqual([line]);
    // (A line naming both routes for one operation still covers either.)
    expect(one(['Hysterectomy (TAH, TLH)'], 'TLH')).toEqual(['Hysterectomy (TAH, TLH)']);
  });
  it('asks for an angiogram booked before a possible embolization, not only the embolization', () => {
    const angio = 'Diagnostic visceral angiography';
    const embo = 'Transcatheter embolization for hemorrhage';
    expect(one([angio, embo], 'GI BLEED - MESENTERIC ANGIO POSS EMBOLIZATION')).toEqual([angio, embo]);
    expect(one([embo], 'GI BLEED - MESENTERIC ANGIO POSS EMBOLIZATION')).toEqual(['UNKNOWN', embo]);
    // (Not a scope that is the way the possible operation is done, nor a cesarean a cesarean hysterectomy includes.)
    expect(one(['Thoracoscopic pleurodesis', 'Diagnostic thoracoscopy'], 'VATS POSS PLEURODESIS')).not.toContain('UNKNOWN');
    expect(one(['Cesarean delivery', 'Cesarean hysterectomy'], 'C/S POSS HYSTERECTOMY')).not.toContain('UNKNOWN');
    // (A site lent across the POSS names no operation of its own.)
    expect(one(['Lumbar laminectomy', 'Lumbar fusion'], 'L4-5 LAMINECTOMY, POSSIBLE FUSION')).toEqual(['Lumbar laminectomy', 'Lumbar fusion']);
  });
  it('keeps a line naming a limb to it for every operation with no place of its own', () => {
    const foot = 'Excision of soft tissue mass of the foot, subcutaneous or deep';
    expect(one([foot], 'EXCISION LIPOMA BACK 8CM')).toEqual(['UNKNOWN']);
    expect(one([foot], 'EXCISION SOFT TISSUE MASS R FOOT')).toEqual([foot]);
    const hand = 'Incision and drainage of hand infections, to include felon, paronychia, deep space abscess and flexor tenosynovitis';
    expect(one([hand], 'I&D RT FOOT ABSCESS DEEP PLANTAR SPACE')).toEqual(['UNKNOWN']);
    expect(one([hand], 'I&D R HAND ABSCESS')).toEqual([hand]);
    // (A kind of another operation of the line is done where that one is.)
    const wrist = 'Wrist arthroscopy, diagnostic and operative, to include TFCC debridement or repair';
    expect(one([wrist], 'WRIST SCOPE RT, TFCC DEBRIDEMENT')).toEqual([wrist]);
  });
  it('meets a "for A or B" clause by either alternative, and a kidney by a renal booking', () => {
    const drain = 'Image-guided percutaneous drainage catheter placement for abscess or fluid collection';
    expect(one([drain], 'CT GUIDED DRAIN PLACEMENT PELVIC ABSCESS')).toEqual([drain]);
    expect(one([drain], 'IR DRAIN FLUID COLLECTION')).toEqual([drain]);
    expect(one([drain], 'IR DRAIN PLACEMENT BILOMA')).toEqual(['UNKNOWN']);
    const ablation = 'Percutaneous tumor ablation (radiofrequency, microwave or cryoablation) of liver, kidney or lung';
    expect(one([ablation], 'CRYOABLATION (L) RENAL MASS')).toEqual([ablation]);
    expect(one([ablation], 'CRYOABLATION R BREAST MASS')).toEqual(['UNKNOWN']);
  });
  it('asks for a new implant after a removal when a possible or later operation follows it', () => {
    expect(one(['Removal of hardware'], 'ROH POSS TKA')).toEqual(['Removal of hardware', 'UNKNOWN']);
    expect(one(['Removal of hardware'], 'ROH FOLLOWED BY R TKA')).toEqual(['Removal of hardware', 'UNKNOWN']);
    const out = 'Removal of implanted venous access port';
    const put = 'Placement of implanted venous access port';
    expect(one([out], 'PORT REMOVAL AND PORT PLACEMENT')).toEqual([out, 'UNKNOWN']);
    expect(one([out, put], 'PORT REMOVAL POSS NEW PORT PLACEMENT')).toEqual([out, put]);
    // (Still the arthroplasty undone where nothing follows: an explant is no new TKA.)
    expect(one(['Removal of total knee prosthesis with antibiotic spacer'], 'L KNEE EXPLANT TKA, ABX SPACER')).not.toContain('Total knee arthroplasty');
  });
  it('reads TUBES beside an adenoidectomy as ear tubes, not a tube modifier', () => {
    expect(one(['Adenoidectomy'], 'ADENOIDECTOMY, TUBES')).toEqual(['Adenoidectomy', 'UNKNOWN']);
    expect(one(['Adenoidectomy', 'Myringotomy with tubes'], 'ADENOIDECTOMY POSS TUBES')).toEqual(['Adenoidectomy', 'Myringotomy with tubes']);
  });
  it('reads "via thoracotomy" as open, and a list of sites on one limb as the line\'s places', () => {
    const lobe = 'Pulmonary lobectomy via thoracotomy';
    expect(one([lobe], 'R VATS RUL LOBECTOMY')).toEqual(['UNKNOWN']);
    expect(one([lobe], 'OPEN RUL LOBECTOMY')).toEqual([lobe]);
    const teno = 'Tenolysis of hand and forearm';
    expect(one([teno], 'L ANKLE TENOLYSIS')).toEqual(['UNKNOWN']);
    expect(one([teno], 'R INDEX FINGER FLEXOR TENOLYSIS')).toEqual([teno]);
  });
  it('reads schedulers\' shorthand: C-arms, LE, NEC FASC, MAC HOLE, Treace, virtual planning', () => {
    const kypho = 'Vertebral augmentation (kyphoplasty or vertebroplasty), thoracic or lumbar';
    expect(one([kypho], 'KYPHOPLASTY T12, L1 (Kyphon) [needs 2 C-arms]')).toEqual([kypho]);
    const venous = 'Catheter-directed thrombolysis or mechanical thrombectomy, venous';
    expect(one([venous], '(L) LE DVT THROMBECTOMY (CLOTTRIEVER)')).toEqual([venous]);
    const deb = 'Debridement of skin, subcutaneous tissue, muscle and fascia';
    expect(one([deb], 'EXCISIONAL DEBRIDEMENT NEC FASC RT THIGH')).toEqual([deb]);
    // (The MAC of a macular hole is no anesthesia.)
    const ppv = 'Pars plana vitrectomy, including membrane peel, endolaser, and gas or silicone oil tamponade';
    expect(one([ppv], 'PPV/MP/ILM PEEL OD (MAC HOLE) W/ SF6')).toEqual([ppv]);
    const lapidus = 'First tarsometatarsal joint arthrodesis (Lapidus)';
    expect(one([lapidus], '(L) LAPIDUS BUNIONECTOMY (TREACE LAPIPLASTY) [rep present]')).toEqual([lapidus]);
  });
  it('takes the laser of a booking\'s lithotripsy for its ureteroscopy and stent booked apart ("URS/LL/STENT")', () => {
    const urs = 'Ureteroscopy with laser lithotripsy or basket extraction, with or without stent';
    expect(one([urs], '(L) URS/LL/STENT')).toEqual([urs]);
    expect(one([urs], 'L URS, LL, STENT')).toEqual([urs]);
    // (A ureteroscopy with no lithotripsy is still no such line's.)
    expect(one([urs], 'L URS, STENT')).toEqual(['UNKNOWN', 'UNKNOWN']);
  });
  it('keeps what the second review of the limb and removal rules found', () => {
    // (The explanted TKA is undone, not a new one, where a spacer follows the POSS.)
    const spacer = 'Removal of total knee prosthesis with antibiotic spacer placement';
    expect(one([spacer], 'EXPLANT L TKA POSS ANTIBIOTIC SPACER')).toEqual([spacer]);
    expect(one([spacer], 'REMOVAL L TKA COMPONENTS FOLLOWED BY SPACER')).toEqual([spacer]);
    // (A limb that names another listed operation is no place of the line's other operations.)
    const blocks = 'Peripheral nerve blocks, ankle block, and continuous peripheral nerve catheters';
    expect(one([blocks], 'ADDUCTOR CANAL CATHETER')).toEqual([blocks]);
    const lifts = 'Arm lift, thigh lift, and liposuction';
    expect(one([lifts], 'LIPOSUCTION ABDOMEN FLANKS')).toEqual([lifts]);
    // (The laparotomy of "via laparotomy" is the way in the line covers.)
    const spleen = 'Splenectomy via laparotomy';
    expect(one([spleen], 'EXPLORATORY LAPAROTOMY, SPLENECTOMY')).toEqual([spleen]);
  });
  it('covers a kind of a line\'s operation booked for what its "for" clause names', () => {
    const colectomy = 'Colectomy for cancer or diverticulitis';
    expect(one([colectomy], 'LAP SIGMOID COLECTOMY FOR DIVERTICULITIS')).toEqual([colectomy]);
    expect(one([colectomy], 'SIGMOID COLECTOMY FOR VOLVULUS')).toEqual(['UNKNOWN']);
    const mastectomy = 'Mastectomy for cancer or prophylaxis';
    expect(one([mastectomy], 'BILATERAL PROPHYLACTIC MASTECTOMY')).toEqual([mastectomy]);
  });
  it('keeps an operation listed beside a limb\'s operations on that limb when the booking names another (L KNEE MUA is no shoulder line\'s)', () => {
    const shoulder = 'Shoulder arthroscopy, diagnostic and operative, including debridement, subacromial decompression, and manipulation under anesthesia';
    expect(one([shoulder], 'L KNEE MUA')).toEqual(['UNKNOWN']);
    expect(one([shoulder], 'R SHOULDER MUA')).toEqual([shoulder]);
    const cuff = 'Rotator cuff repair, to include tendon transfer';
    expect(one([cuff], 'R FOOT TENDON TRANSFER')).toEqual(['UNKNOWN']);
    const peroneal = 'Peroneal and posterior tibial tendon repair, debridement or transfer';
    expect(one([peroneal], 'L HAND TENDON TRANSFER')).toEqual(['UNKNOWN']);
    expect(one([peroneal], 'L ANKLE TENDON TRANSFER')).toEqual([peroneal]);
    // (A booking that names no limb is not asked: the line's own operation is where the line is.)
    const knee = 'Knee arthroscopy with meniscectomy, chondroplasty, or debridement';
    expect(one([knee], 'L ANKLE CHONDROPLASTY')).toEqual(['UNKNOWN']);
    expect(one([knee], 'CHONDROPLASTY')).toEqual([knee]);
  });
  it('reads an embolization a line includes for its own operation as that operation\'s (an endoleak line covers no prostate artery embolization)', () => {
    const endoleak = 'Endoleak treatment, including transarterial or translumbar embolization and endograft extension';
    expect(one([endoleak], 'Type II endoleak embolization (translumbar, Onyx)')).toEqual([endoleak]);
    expect(one([endoleak], 'Prostate artery embolization (BPH)')).toContain('UNKNOWN');
    expect(one([endoleak], 'BRTO gastric varices')).toEqual(['UNKNOWN']);
    // (An exposure "for endovascular access" leaves the line open: a thrombin injection is none of it.)
    const open = 'Open repair of arterial injury or pseudoaneurysm, including vascular exposure for endovascular access';
    expect(one([open], 'US-guided thrombin injection R fem pseudoaneurysm')).toEqual(['UNKNOWN']);
    expect(one([open], 'R FEM PSEUDOANEURYSM REPAIR')).toEqual([open]);
    expect(one([open], 'R FEMORAL ARTERY EXPOSURE')).toEqual([open]);
  });
  it('asks the ablation line for an APC booked with a rigid bronchoscopy, where the catalog has one, and needs no laser for it', () => {
    const rigid = 'Rigid bronchoscopy, including tumor debulking, foreign body removal, and airway dilation';
    const ablation = 'Endobronchial ablative therapies (argon plasma coagulation, electrocautery, cryotherapy, laser)';
    expect(one([rigid, ablation], 'RIGID bronch tumor debulking LMSB, APC')).toEqual([rigid, ablation]);
    expect(one([rigid], 'RIGID BRONCH, APC')).toEqual([rigid]);
    expect(one([ablation], 'ENDOBRONCHIAL CRYOTHERAPY')).toEqual([ablation]);
    // (A line that names the laser alone still needs it.)
    expect(one(['Ureteroscopy, laser'], 'L URS')).toEqual(['UNKNOWN']);
  });
  it('asks for a cesarean a forceps trial is set up for', () => {
    const forceps = 'Operative vaginal delivery, outlet and low forceps, excluding rotational forceps';
    const cs = 'Cesarean delivery, primary or repeat, low transverse, low vertical or classical';
    expect(one([forceps], 'TRIAL OF FORCEPS IN OR, DOUBLE SET UP FOR C/S')).toEqual([forceps, 'UNKNOWN']);
    expect(one([forceps, cs], 'TRIAL OF FORCEPS IN OR, DOUBLE SET UP FOR C/S')).toEqual([forceps, cs]);
  });
  it('reads a line\'s words by its own context before its department\'s: a heart institute\'s dialysis circuit line covers no PCI', () => {
    const dialysis = 'Percutaneous dialysis circuit intervention, including fistulography, angioplasty, stent placement, and thrombectomy';
    const m = new ProcedureMatcher([{ id: 'ENDO', name: 'Endovascular', department: 'Heart and Vascular Institute', kind: 'core' as const, procedures: [{ name: dialysis }] }], { vocabulary: builtinVocabulary() });
    expect(names(m.match('PCI LAD DES X2'))).toEqual(['UNKNOWN']);
    expect(names(m.match('FISTULOGRAM W/ ANGIOPLASTY L ARM AVF'))).toEqual([dialysis]);
  });
  it('reads a catheterization line\'s "radial or femoral access" as its access, not as the only sites it covers', () => {
    const lhc = 'Left heart catheterization with selective coronary angiography, bypass graft angiography, and left ventriculography, radial or femoral access (excluding congenital heart disease catheterization)';
    expect(one([lhc], 'LHC')).toEqual([lhc]);
    expect(one([lhc], 'LHC, L BRACHIAL')).toEqual([lhc]);
    expect(one([lhc, 'Left heart catheterization'], 'LHC W/ GRAFTS')).toEqual([lhc, lhc]);
    // (Bypass grafts named in a CABG are no graft angiography.)
    expect(one(['Coronary artery bypass grafting, on-pump or off-pump'], 'CABG x3 (LIMA-LAD, SVG-OM1, SVG-PDA) w/ EVH L leg')).toEqual(['Coronary artery bypass grafting, on-pump or off-pump']);
  });
  it('reads women\'s-hospital and cath-lab shorthand: PP, CX CA, IFLND, LND, MIE, PFANNENSTIEL, RVR, XTW, R RAD', () => {
    const pp = 'Postpartum curettage for retained products or hemorrhage';
    expect(one([pp], 'PP D&C FOR RETAINED POC / PPH')).toEqual([pp]);
    const exent = 'Pelvic exenteration, anterior, posterior or total';
    expect(one([exent], 'ANTERIOR PELVIC EXENTERATION - RECURRENT CX CA')).toEqual([exent]);
    const vulva = 'Radical vulvectomy, partial or complete';
    const ifl = 'Inguinofemoral lymphadenectomy, unilateral or bilateral';
    expect(one([vulva, ifl], 'RADICAL PARTIAL VULVECTOMY L W/ L IFLND')).toEqual([vulva, ifl]);
    // (A lymph node dissection is asked for, not dropped.)
    const tah = 'Abdominal hysterectomy, total or supracervical, with or without salpingo-oophorectomy';
    expect(one([tah], 'TAH BSO, POSS LND')).toContain('UNKNOWN');
    expect(one(['Abdominal myomectomy'], 'OPEN MYOMECTOMY, PFANNENSTIEL')).toEqual(['Abdominal myomectomy']);
    const dccv = 'External direct-current cardioversion, elective or urgent';
    expect(one([dccv], 'DCCV (afib RVR)')).toEqual([dccv]);
    const teer = 'Transcatheter edge-to-edge repair of the mitral or tricuspid valve';
    expect(one([teer], 'MitraClip (TEER) G4 XTW')).toEqual([teer]);
  });
  it('keeps what the review of this version\'s limb, exposure, ablation, cesarean and access rules found', () => {
    const knee = 'Knee arthroscopy with meniscectomy, chondroplasty, or debridement';
    expect(one([knee], 'R KNEE SCOPE, PMM, TIBIAL PLATEAU CHONDROPLASTY')).not.toContain('UNKNOWN');
    const exposure = 'Anterior exposure of the lumbar spine (access surgery)';
    expect(one([exposure], 'SPINE EXPOSURE T2-T6, POSTERIOR')).toEqual(['UNKNOWN']);
    expect(one([exposure], 'ANTERIOR SPINE EXPOSURE L4-S1 (ACCESS FOR NSGY ALIF)')).toEqual([exposure]);
    const rigid = 'Rigid bronchoscopy, including tumor debulking, foreign body removal, and airway dilation';
    expect(one([rigid], 'ENDOBRONCHIAL THERMAL ABLATION LUL EMPHYSEMA')).toEqual(['UNKNOWN']);
    // (A cesarean the booking's "for" names with what came of it is history, not the case.)
    expect(one(['Exploratory laparotomy'], 'EX LAP FOR C/S HEMATOMA')).toEqual(['Exploratory laparotomy']);
    const amnio = 'Amniocentesis, diagnostic and therapeutic';
    expect(one([amnio], 'GENETIC AMNIO')).toEqual([amnio]);
    // (A catheter line's access list with a vessel that is no access kind keeps its sites: "femoral or pedal access".)
    const lhc = 'Left heart catheterization, femoral, radial or brachial access';
    expect(one([lhc], 'LHC VIA L BRACHIAL')).toEqual([lhc]);
    expect(one(['Peripheral angiography and intervention, iliac and femoral, femoral or pedal access'], 'R LE ANGIOGRAM VIA PEDAL ACCESS')).toEqual(['Peripheral angiography and intervention, iliac and femoral, femoral or pedal access']);
    // (Only a catheter operation's "… or … access" names access kinds; a line's own sites stay.)
    const cvc = 'Central venous catheter placement, jugular or femoral approach';
    expect(one([cvc], 'R IJ CVC')).toEqual([cvc]);
    const peripheral = 'Peripheral angiography and intervention, iliac and femoral, femoral or pedal access';
    expect(one([peripheral], 'UPPER EXTREMITY ANGIOGRAM')).toEqual(['UNKNOWN']);
    expect(one(['Renal artery stenting with aortography'], 'SMA STENT')).toEqual(['UNKNOWN']);
  });
  it('reads a leadless line as no transvenous pacemaker line, and a leadless retrieval as no implantation', () => {
    const leadless = 'Leadless pacemaker implantation and retrieval, single or dual chamber';
    expect(one([leadless], 'DUAL CHAMBER PPM')).toEqual(['UNKNOWN']);
    expect(one([leadless], 'Aveir DR dual chamber leadless')).toEqual([leadless]);
    expect(one(['Leadless pacemaker retrieval'], 'MICRA RETRIEVAL, NEW MICRA')).toEqual(['Leadless pacemaker retrieval', 'UNKNOWN']);
  });
  it('reads an Impella under a microaxial flow pump line', () => {
    const pvad = 'Percutaneous ventricular assist device (microaxial flow pump) insertion, repositioning, and removal, including large-bore access closure';
    expect(one([pvad], 'IMPELLA CP INSERTION')).toEqual([pvad]);
    expect(one([pvad], 'TANDEMHEART INSERTION')).toEqual(['UNKNOWN']);
  });
  it('knows a multifetal pregnancy reduction, a uterine inversion\'s correction, a mediastinal re-exploration line and AORTOBIFEM', () => {
    expect(one(['Multifetal pregnancy reduction'], 'FETAL REDUCTION TRIPLETS -> TWINS')).toEqual(['Multifetal pregnancy reduction']);
    // (A monochorionic twin's selective termination by RFA is no multifetal reduction.)
    expect(one(['Multifetal pregnancy reduction'], 'RFA SELECTIVE REDUCTION, MCDA TRAP SEQUENCE')).not.toContain('Multifetal pregnancy reduction');
    const inversion = 'Correction of uterine inversion, manual or operative';
    expect(one([inversion], 'UTERINE INVERSION REPLACEMENT (HUNTINGTON)')).toEqual([inversion]);
    const reexplore = 'Re-exploration of the mediastinum for bleeding, tamponade, or retained clot following cardiac surgery';
    expect(one([reexplore], 'Mediastinal re-exploration for bleeding/tamponade POD 0')).toEqual([reexplore]);
    const abf = 'Aortobifemoral, aortoiliac and iliofemoral bypass';
    expect(one([abf], 'AORTOBIFEM BYPASS 16X8 DACRON')).toEqual([abf]);
  });
  it('holds a leadless PPM to a leadless line: a plain permanent pacemaker line does not cover it, one that lists leadless does', () => {
    expect(new Set(one(['Permanent pacemaker implantation'], 'LEADLESS PPM (AVEIR)'))).toEqual(new Set(['UNKNOWN']));
    expect(one(['Permanent pacemaker implantation'], 'DUAL CHAMBER LEADLESS PPM')).toContain('UNKNOWN');
    expect(one(['Permanent pacemaker implantation'], 'DDD PPM')).toEqual(['Permanent pacemaker implantation']);
    const both = 'Permanent pacemaker implantation, transvenous or leadless';
    expect(one([both], 'LEADLESS PPM')).toEqual([both]);
    expect(one([both], 'DUAL CHAMBER PPM')).toEqual([both]);
    expect(one([both], 'EPICARDIAL PPM')).toEqual(['UNKNOWN']);
    // (A line that names its device kind covers the chamber kinds of that device.)
    expect(one(['Permanent pacemaker implantation, transvenous'], 'DUAL CHAMBER PPM')).toEqual(['Permanent pacemaker implantation, transvenous']);
    expect(one(['Permanent pacemaker implantation, transvenous'], 'MICRA')).toEqual(['UNKNOWN']);
    // (A line in a broader operation's formal words is that operation, though a narrower one's shorthand comes to them.)
    expect(one(['Transcatheter aortic valve replacement'], 'TAVR TRANSAPICAL')).toEqual(['Transcatheter aortic valve replacement']);
    // (Only a form that adds a kind: "DBS W/ IPG" asks for the electrodes and the generator, "REDO MVR" for the valve.)
    expect(one(['Neurostimulator pulse generator implantation'], 'DBS IMPLANT WITH IPG')).toContain('UNKNOWN');
    expect(one(['Reoperative cardiac surgery'], 'REDO MVR')).toContain('UNKNOWN');
  });
  it('keeps an open frontal trephination off an endoscopic sinus line, an OATS off an allograft line, a kidney ablation off a bronchoscopy line and a strip craniectomy at 11 months off a line to 6 months', () => {
    const fess = 'Functional endoscopic sinus surgery, including maxillary antrostomy, ethmoidectomy, sphenoidotomy, and frontal sinusotomy';
    expect(one([fess], 'frontal sinus trephination L')).toEqual(['UNKNOWN']);
    expect(one([fess], 'FESS W/ FRONTAL SINUSOTOMY')).toEqual([fess]);
    const allograft = 'Osteochondral allograft transplantation and autologous chondrocyte implantation';
    expect(one([allograft], 'OATS L knee MFC')).toEqual(['UNKNOWN']);
    expect(one([allograft], 'MACI R KNEE')).toEqual([allograft]);
    expect(one(['Osteochondral autograft or allograft transplantation, knee or talus'], 'MOSAICPLASTY KNEE')).toEqual(['Osteochondral autograft or allograft transplantation, knee or talus']);
    const rigid = 'Therapeutic rigid bronchoscopy: tumor debulking, thermal ablation, and tracheobronchial stent placement or removal';
    expect(one([rigid], 'IR - MWA L RENAL MASS (Left)')).toEqual(['UNKNOWN']);
    expect(one([rigid], 'RIGID BRONCH, THERMAL ABLATION OF TRACHEAL TUMOR')).toEqual([rigid]);
    const strip = 'Endoscopic strip craniectomy for craniosynostosis (age 6 months and younger)';
    expect(one([strip], 'ENDOSCOPIC STRIP CRANIECTOMY METOPIC - PT 11 MONTHS')).toEqual(['UNKNOWN']);
    expect(one([strip], 'ENDOSCOPIC STRIP CRANIECTOMY SAGITTAL SYNOSTOSIS (4 MO)')).toEqual([strip]);
  });
  it('reads a category line\'s place as where the operations it lists are done: an upper blepharoplasty on the eyelid, a hydrocelectomy in the scrotum', () => {
    const anorectal = 'Anorectal procedures, including hemorrhoidectomy, incision and drainage of abscess, fistulotomy and excision of lesions';
    const eyelid = 'Eyelid surgery, including blepharoplasty, ptosis repair, ectropion and entropion repair, and excision of eyelid lesions and chalazion';
    const scrotal = 'Scrotal and testicular surgery, including hydrocelectomy, spermatocelectomy, varicocelectomy and orchiectomy';
    expect(one([eyelid], 'BLEPHAROPLASTY, UPPER, BILATERAL, FUNCTIONAL')).toEqual([eyelid]);
    expect(one([scrotal], 'HYDROCELECTOMY - RIGHT')).toEqual([scrotal]);
    // (Not an operation whose wordings name no place, which may be done anywhere: a tendon repair, an I&D, a skin graft.)
    const hand = 'Hand surgery, including tendon repair, nerve repair, flap coverage, skin grafting and incision and drainage';
    expect(one([hand], 'TENDON REPAIR')).toEqual(['UNKNOWN']);
    expect(one([hand], 'STSG')).toEqual(['UNKNOWN']);
    expect(one([hand], 'I&D ABSCESS')).toEqual(['UNKNOWN']);
    // (Not an operation done in many places, nor one the booking places elsewhere.)
    expect(one([anorectal], 'EXCISION LESION L ARM')).toEqual(['UNKNOWN']);
    expect(one([anorectal], 'I&D ABSCESS L AXILLA')).toEqual(['UNKNOWN']);
  });
  it('reads schedulers\' shorthand: ENDO CTR, a ring finger\'s RF, HS AUTO, IH, MARSUP, IDEM, STIM, ADOL, MT, MIS, a PleurX CATH, MER, CAPSULE ENDO, a nail border, a coin', () => {
    expect(one(['Carpal tunnel release, open or endoscopic', 'Trigger finger and trigger thumb release'], 'R CTR + TRIGGER FINGER REL R RF')).toEqual(['Carpal tunnel release, open or endoscopic', 'Trigger finger and trigger thumb release']);
    expect(one(['Carpal tunnel release, endoscopic'], 'L ENDO CTR')).toEqual(['Carpal tunnel release, endoscopic']);
    expect(one(['Anterior cruciate ligament reconstruction'], 'R ACL RECON HS AUTO')).toEqual(['Anterior cruciate ligament reconstruction']);
    expect(one(['Inguinal hernia repair, open or laparoscopic'], 'R IH REPAIR W/ MESH')).toEqual(['Inguinal hernia repair, open or laparoscopic']);
    expect(one(['Excision or marsupialization of Bartholin gland cyst'], 'BARTHOLIN MARSUP')).toEqual(['Excision or marsupialization of Bartholin gland cyst']);
    expect(one(['Intradural spinal tumor resection, extramedullary or intramedullary'], 'T8 IDEM TUMOR RESECTION W/ NEUROMONITORING')).toEqual(['Intradural spinal tumor resection, extramedullary or intramedullary']);
    expect(one(['Dorsal root ganglion stimulator trial and implantation'], 'DRG STIM TRIAL L5')).toEqual(['Dorsal root ganglion stimulator trial and implantation']);
    const tms = 'Repetitive transcranial magnetic stimulation, including motor threshold determination';
    expect(one([tms], 'TMS MAPPING / MT DETERMINATION')).toEqual([tms]);
    expect(one(['Sacroiliac joint fusion, open or minimally invasive'], 'SI JOINT FUSION MIS (Right)')).toEqual(['Sacroiliac joint fusion, open or minimally invasive']);
    expect(one(['Tunneled indwelling pleural catheter insertion'], 'PLEURX CATH L')).toEqual(['Tunneled indwelling pleural catheter insertion']);
    expect(one(['Deep brain stimulation electrode implantation with microelectrode recording'], 'DBS LEAD PLACEMENT STN W/ MER (Bilateral)')).toEqual(['Deep brain stimulation electrode implantation with microelectrode recording']);
    expect(one(['Wireless capsule endoscopy'], 'CAPSULE ENDO PLACEMENT')).toEqual(['Wireless capsule endoscopy']);
    expect(one(['Nail avulsion and matrixectomy'], 'MATRIXECTOMY L HALLUX MED BORDER')).toEqual(['Nail avulsion and matrixectomy']);
    expect(one(['Rigid esophagoscopy with removal of foreign body'], 'rigid esophagoscopy w/ FB removal (coin), 3 yo')).toEqual(['Rigid esophagoscopy with removal of foreign body']);
    // (A cardiac cath beside a PleurX is still asked; RF away from a finger is still radiofrequency.)
    expect(one(['Tunneled indwelling pleural catheter insertion'], 'R HEART CATH, PLEURX')).toContain('UNKNOWN');
    expect(one(['Trigger finger release'], 'RF ABLATION L3-5 MEDIAL BRANCH')).toEqual(['UNKNOWN']);
  });
  it('keeps what the review of this version found: the operation an abbreviation names is still asked beside what is done with it, a bone at another joint, a frontal sinusotomy line\'s endoscopic kinds', () => {
    const exposure = 'Anterior exposure of the lumbar spine for spine surgery (access surgeon)';
    expect(one([exposure], 'ALIF EXPOSURE AND ALIF L4-5')).toContain('UNKNOWN');
    expect(one(['Intravesical chemotherapy instillation'], 'TURBT W/ IMMEDIATE POST TURBT INSTILLATION')).toContain('UNKNOWN');
    expect(one(['Revision of endovascular aneurysm repair (extensions, endoleak repair)'], 'EVAR W/ BILATERAL LIMB EXTENSIONS')).toContain('UNKNOWN');
    const knee = 'Knee arthroscopy, including chondroplasty, microfracture and osteochondral grafting';
    expect(one([knee], 'OATS CAPITELLUM')).toEqual(['UNKNOWN']);
    expect(one([knee], 'OATS TALUS')).toEqual(['UNKNOWN']);
    expect(one([knee], 'L TALUS MICROFRACTURE')).toEqual(['UNKNOWN']);
    expect(one([knee], 'R KNEE SCOPE, TIBIAL PLATEAU CHONDROPLASTY')).not.toContain('UNKNOWN');
    const frontal = 'Frontal sinusotomy, endoscopic or external';
    expect(one([frontal], 'DRAF III')).toEqual([frontal]);
    expect(one([frontal], 'ENDOSCOPIC FRONTAL SINUSOTOMY')).toEqual([frontal]);
    const bronch = 'Bronchoscopy with tumor ablation (laser, APC, cryotherapy, electrocautery)';
    expect(one([bronch], 'BRONCHOSCOPY THERMAL ABLATION TUMOR LLL')).not.toContain('UNKNOWN');
  });
  it('reads "Privileges to perform …" as the line it words, a requirement in brackets as no limit, and an including list\'s category words as no limit of what it lists', () => {
    const laser = 'Privileges to perform laser vaporization or enucleation of the prostate (laser safety course required)';
    expect(one([laser], 'GREENLIGHT PVP')).toEqual([laser]);
    expect(one([laser], 'TURP')).toEqual(['UNKNOWN']);
    const advanced = 'Privileges to perform advanced laparoscopic surgery, including laparoscopic colectomy, splenectomy, adrenalectomy and antireflux procedures';
    expect(one([advanced], 'LAP SIGMOID COLECTOMY')).toEqual([advanced]);
    expect(one([advanced], 'LAP NISSEN')).toEqual([advanced]);
    expect(one([advanced], 'LAP CHOLE')).toEqual(['UNKNOWN']);
    const stents = 'Privileges to perform endoscopic placement of self-expanding enteral stents (esophageal, gastroduodenal or colonic)';
    expect(one([stents], 'COLONIC STENT SIGMOID')).toEqual([stents]);
    const cartilage = 'Cartilage restoration of the knee, including osteochondral autograft or allograft transplantation';
    expect(one([cartilage], 'OATS L KNEE MFC')).toEqual([cartilage]);
    expect(one([cartilage], 'OATS TALUS')).toEqual(['UNKNOWN']);
  });
  it('holds a postpartum tubal line to its open route: a laparoscopic tubal six weeks after delivery is not it', () => {
    const pp = 'Postpartum tubal sterilization (within 48 hours of delivery)';
    expect(one([pp], 'LAP BTL 6 WKS PP')).toEqual(['UNKNOWN']);
    expect(one([pp], 'PP BTL')).toEqual([pp]);
    expect(one([pp], 'REPEAT C/S W/ BTL')).toContain(pp);
  });
  it('asks for a revision booked after a comma beside a graft\'s thrombectomy: "THROMBECTOMY AVG, POSS REVISION"', () => {
    const declot = 'Percutaneous thrombectomy of dialysis access';
    expect(one([declot], 'THROMBECTOMY AVG, POSS REVISION')).toEqual([declot, 'UNKNOWN']);
    expect(one([declot], 'AVG THROMBECTOMY')).toEqual([declot]);
  });
  it('keeps a venous sinus stenting off an aneurysm coiling line that allows stent assistance', () => {
    const coil = 'Endovascular coil embolization of intracranial aneurysm, with or without balloon or stent assistance';
    expect(one([coil], 'VENOUS SINUS STENTING FOR IIH (Right)')).toEqual(['UNKNOWN']);
    expect(one([coil], 'COIL EMBOLIZATION ACOM ANEURYSM')).toEqual([coil]);
  });
  it('keeps what the third review found: a valve-in-valve line is no native TAVR\'s, a trephine booked beside a FESS is open', () => {
    const viv = 'Transcatheter aortic valve-in-valve replacement';
    expect(one([viv], 'TRANSAPICAL TAVR')).toEqual(['UNKNOWN']);
    expect(one([viv], 'TAVR')).toEqual(['UNKNOWN']);
    expect(one([viv], 'VALVE-IN-VALVE TAVR (PRIOR 23 MAGNA EASE)')).toEqual([viv]);
    const fess = 'Functional endoscopic sinus surgery, including frontal sinusotomy';
    expect(one([fess], 'FESS W/ FRONTAL TREPHINE')).toEqual(['UNKNOWN']);
    expect(one([fess], 'FESS W/ FRONTAL SINUSOTOMY')).toEqual([fess]);
  });
  it('privileges the central line or the injections an anesthesia line lists beside an arterial line or a nerve block, never the operation it is anesthesia for', () => {
    const lines = 'Arterial line and central venous catheter placement, with ultrasound guidance';
    expect(one([lines], 'CVC PLACEMENT IJ (Right)')).toEqual([lines]);
    const monitoring = 'Invasive monitoring: arterial line, central venous catheter and pulmonary artery catheter placement';
    expect(one([monitoring], 'Central line, IJ, US guided (Right)')).toEqual([monitoring]);
    const pain = 'Peripheral nerve blocks and trigger point injections';
    expect(one([pain], 'TRIGGER POINT INJECTIONS X4')).toEqual([pain]);
    expect(one(['Obstetric anesthesia, including labor epidural analgesia and anesthesia for cesarean delivery'], 'REPEAT C-SECTION')).toEqual(['UNKNOWN']);
  });
  it('reads a colon list of operations as the kinds its head privileges, and a grade before a colon as no head', () => {
    const sympathetic = 'Sympathetic blocks: stellate ganglion, lumbar sympathetic, celiac plexus, superior hypogastric plexus';
    expect(one([sympathetic], 'STELLATE GANGLION BLOCK (Right)')).toEqual([sympathetic]);
    expect(one([sympathetic], 'L4-5 TFESI')).toEqual(['UNKNOWN']);
    const epilepsy = 'Resective epilepsy surgery: anterior temporal lobectomy, amygdalohippocampectomy, lesionectomy or corpus callosotomy';
    expect(one([epilepsy], 'FUNCTIONAL HEMISPHEROTOMY (Right)')).toEqual(['UNKNOWN']);
    expect(one([epilepsy], 'R ANTERIOR TEMPORAL LOBECTOMY')).toEqual([epilepsy]);
    expect(one(['Lower extremity amputation: digit, transmetatarsal, below-knee or above-knee'], 'HIP DISARTICULATION')).toEqual(['UNKNOWN']);
    const aneurysm = 'Level 3: Craniotomy for clipping of intracranial aneurysm, anterior or posterior circulation';
    expect(one([aneurysm], 'ORBITOZYGOMATIC CRANIOTOMY PETROCLIVAL MENINGIOMA (Right)')).toEqual(['UNKNOWN']);
  });
  it('reads "upper or lower gastrointestinal tract", "open or tubular microendoscopic approach" and a colon head as no limits', () => {
    const emr = 'Endoscopic mucosal resection, upper or lower gastrointestinal tract';
    expect(one([emr], 'EMR RECTAL POLYP')).toEqual([emr]);
    const micro = 'Lumbar microdiscectomy, open or tubular microendoscopic approach';
    expect(one([micro], 'L4-5 MICRODISECTOMY (Left)')).toEqual([micro]);
    expect(one([micro], 'C5-6 ACDF')).toEqual(['UNKNOWN']);
  });
  it('reads a total disc replacement as the total disc arthroplasty a line names, within its count of contiguous levels', () => {
    const line = 'Cervical total disc arthroplasty, one or two contiguous levels';
    expect(one([line], 'C6-7 TDR')).toEqual([line]);
    expect(one([line], 'CERVICAL DISC ARTHROPLASTY C4-5, C5-6, C6-7')).toEqual(['UNKNOWN']);
  });
  it('asks a Bentall of a root replacement line, not of a valve line that includes a root enlargement', () => {
    const valve = 'Aortic valve replacement or repair, open, including aortic root enlargement';
    expect(one([valve], 'BENTALL')).toEqual(['UNKNOWN']);
    expect(one([valve], 'AVR W/ ROOT ENLARGEMENT (NICKS)')).toEqual([valve]);
    const rearfoot = 'Rearfoot and ankle reconstruction (Level III), including subtalar, triple and midfoot arthrodesis and calcaneal osteotomy';
    expect(one([rearfoot], 'TRIPLE ARTHRODESIS R')).toEqual([rearfoot]);
  });
  it('keeps a salpingectomy to an ectopic pregnancy line only when the booking says ectopic, written after a comma too', () => {
    const ectopic = 'Surgical management of ectopic pregnancy, salpingostomy or salpingectomy, laparoscopic or open';
    expect(one([ectopic], 'RCS, bilat salpingectomy')).toEqual(['UNKNOWN', 'UNKNOWN']);
    expect(one([ectopic], 'Lap L salpingectomy, ectopic')).toEqual([ectopic]);
    expect(one([ectopic], 'LAP R SALPINGECTOMY FOR RUPTURED ECTOPIC')).toEqual([ectopic]);
  });
  it('reads a septum a hysteroscopy line resects as the uterine septum, not a nasal septoplasty', () => {
    const hysteroscopy = 'Hysteroscopy, diagnostic or operative, including polypectomy, resection of submucous myoma or septum, and removal of intrauterine device';
    expect(one([hysteroscopy], 'Septoplasty (age 10)')).toEqual(['UNKNOWN']);
    expect(one([hysteroscopy], 'HYSTEROSCOPIC SEPTUM RESECTION')).toEqual([hysteroscopy]);
    expect(one(['Septoplasty'], 'SUBMUCOUS RESECTION OF SEPTUM, DEVIATED')).toEqual(['Septoplasty']);
  });
  it('asks a right or temporary ventricular assist device booked beside a durable LVAD for its own line', () => {
    const lvad = 'Implantation of durable left ventricular assist device (requires separate criteria)';
    expect(one([lvad], 'LVAD implantation, HeartMate 3; poss temp RVAD (CentriMag)')).toEqual([lvad, 'UNKNOWN']);
    expect(one([lvad], 'HEARTMATE 3 LVAD; RVAD')).toEqual([lvad, 'UNKNOWN']);
    expect(one([lvad], 'HEARTMATE 3 LVAD')).toEqual([lvad]);
  });
  it('asks an endocardial and epicardial ablation of a line for both, not of an endocardial line', () => {
    const endo = 'Catheter ablation of ventricular tachycardia and premature ventricular complexes, endocardial approach';
    expect(one([endo], 'Ablation, ventricular tachycardia, endocardial/epicardial')).toEqual(['UNKNOWN']);
    expect(one([endo], 'VT ABLATION, ENDOCARDIAL')).toEqual([endo]);
    expect(one(['Catheter ablation of ventricular tachycardia, endocardial and epicardial'], 'Ablation, ventricular tachycardia, endocardial/epicardial')).toEqual(['Catheter ablation of ventricular tachycardia, endocardial and epicardial']);
  });
  it('reads "Block, interscalene" (a procedure master order) as the interscalene block, and a fascial plane block line as covering a TAP block', () => {
    expect(one(['Peripheral nerve blocks'], 'Block, interscalene, single shot (Right)')).toEqual(['Peripheral nerve blocks']);
    const line = 'Peripheral nerve and fascial plane blocks, single-injection and continuous catheter, ultrasound- or nerve stimulator-guided';
    expect(one([line], 'TAP blocks, bilateral')).toEqual([line]);
    expect(one([line], 'Block, adductor canal w/ catheter (Left)')).toEqual([line]);
    expect(one([line], 'PERIPHERAL NERVE STIMULATOR IMPLANT')).toEqual(['UNKNOWN']);
  });
  it('reads CO2 as carbon dioxide, and a limit the booked operation\'s own name says as met', () => {
    const vulva = 'Carbon dioxide laser vaporization of the cervix, vagina, and vulva (requires laser privileges)';
    expect(one([vulva], 'Laser vaporization, vulva, CO2 (VIN 3)')).toEqual([vulva]);
    const resurfacing = 'Laser skin resurfacing, ablative and non-ablative (requires laser privileges)';
    expect(one([resurfacing], 'CO2 laser resurfacing, perioral')).toEqual([resurfacing]);
    expect(one(['Total thyroidectomy'], 'THYROID LOBECTOMY')).toEqual(['UNKNOWN']);
  });
  it('reads the spinal of a neuraxial line\'s kinds as spinal anesthesia, not a place an epidural must be', () => {
    const paren = 'Neuraxial anesthesia and analgesia (spinal, epidural, combined spinal-epidural, and caudal), including labor analgesia';
    expect(one([paren], 'Labor epidural')).toEqual([paren]);
    expect(one([paren], 'Caudal block for post-op analgesia (age 8 mo)')).toEqual([paren]);
    const colon = 'Neuraxial anesthesia and analgesia: spinal, epidural and combined spinal-epidural, including labor epidural';
    expect(one([colon], 'LABOR EPIDURAL')).toEqual([colon]);
    expect(one([colon], 'L4-5 TFESI')).toEqual(['UNKNOWN']);
  });
  it('reads a posterior fossa decompression, a stereotactic SEEG and "single or staged" hypospadias repair as the operations bookings name without those words', () => {
    const chiari = 'Posterior fossa decompression for Chiari malformation, with or without duraplasty';
    expect(one([chiari], 'Chiari decompression w/ duraplasty')).toEqual([chiari]);
    const seeg = 'Stereotactic placement of depth electrodes (stereoelectroencephalography), including robotic guidance';
    expect(one([seeg], 'sEEG placement, ROSA')).toEqual([seeg]);
    const hypospadias = 'Hypospadias repair, distal or proximal, single or staged, including chordee correction';
    expect(one([hypospadias], 'Distal hypospadias repair, TIP')).toEqual([hypospadias]);
    expect(one(['Hypospadias repair, distal, single stage'], 'PROXIMAL HYPOSPADIAS REPAIR, STAGE 1')).toEqual(['UNKNOWN']);
  });
  it('keeps an anesthesia line that names the operation it is given for to the anesthesia, however it says so', () => {
    expect(one(['Regional anesthesia in patients undergoing sacroiliac joint fusion'], 'SI JOINT FUSION (Right)')).toEqual(['UNKNOWN']);
    expect(one(['Epidural and spinal anesthesia to facilitate spinal cord stimulator paddle lead placement'], 'SCS PADDLE LEAD PLACEMENT VIA LAMINOTOMY')).toEqual(['UNKNOWN']);
    expect(one(['Epidural and spinal anesthesia with spinal cord stimulator implantation'], 'SCS IMPLANT')).toEqual(['UNKNOWN']);
    expect(one(['Peripheral nerve blocks used in interspinous spacer placement'], 'INTERSPINOUS SPACER L4-5')).toEqual(['UNKNOWN']);
  });
  it('keeps a colon list to its items only where its head names what they are kinds of, and a place or a limit before a colon still limits', () => {
    expect(one(['Mastectomy: simple, partial'], 'MODIFIED RADICAL MASTECTOMY')).toEqual(['UNKNOWN']);
    expect(one(['Cervical: laminectomy, discectomy, fusion'], 'L4-5 LAMINECTOMY')).toEqual(['UNKNOWN']);
    expect(one(['Minimally invasive: prostatectomy, nephrectomy, pyeloplasty'], 'OPEN NEPHRECTOMY')).toEqual(['UNKNOWN']);
    expect(one(['Cardiac surgery: coronary artery bypass grafting, aortic valve replacement, mitral valve repair'], 'AVR')).toEqual(['Cardiac surgery: coronary artery bypass grafting, aortic valve replacement, mitral valve repair']);
  });
  it('reads a temporary or right ventricular assist device as its own kind: no false cover by a durable LVAD line, none lost by a VAD line', () => {
    const vad = 'Ventricular assist device implantation';
    expect(one([vad], 'HEARTMATE 3 LVAD')).toEqual([vad]);
    expect(one([vad], 'RVAD REMOVAL')).toEqual([vad]);
    const durable = 'Implantation of durable left ventricular assist device';
    expect(one([durable], 'TEMP LVAD')).toEqual(['UNKNOWN']);
    const temporary = 'Temporary ventricular assist device insertion (CentriMag)';
    expect(one([temporary], 'TEMP LVAD')).toEqual([temporary]);
    const support = 'Temporary mechanical circulatory support, including ECMO, Impella and CentriMag';
    expect(one([support], 'IMPELLA RP')).toEqual([support]);
    expect(one([support], 'HEARTMATE 3 LVAD')).not.toContain(support);
    expect(one(['Right ventricular assist device insertion, percutaneous (Impella RP, ProtekDuo)'], 'RVAD')).toEqual(['UNKNOWN']);
  });
  it('keeps an ablative laser resurfacing line to ablative lasers', () => {
    expect(one(['Laser skin resurfacing, ablative'], 'NON-ABLATIVE FRACTIONAL LASER')).toEqual(['UNKNOWN']);
    expect(one(['Laser skin resurfacing, non-ablative'], 'CO2 LASER RESURFACING')).toEqual(['UNKNOWN']);
    expect(one(['Laser skin resurfacing, ablative'], 'CO2 LASER RESURFACING')).toEqual(['Laser skin resurfacing, ablative']);
  });
  it('merges only a word or two after a comma into one narrower operation: a corpectomy and a cervical fusion are two', () => {
    const ectopic = 'Surgical management of ectopic pregnancy, salpingostomy or salpingectomy, laparoscopic or open';
    expect(one([ectopic], 'SALPINGECTOMY, ECTOPIC PREGNANCY')).toEqual([ectopic]);
    expect(one(['Corpectomy'], 'CORPECTOMY, CERVICAL SPINAL FUSION')).toEqual(['Corpectomy', 'UNKNOWN']);
  });
  it('reads a lymph node biopsy as the excisional one, and a needle biopsy of a node as none', () => {
    const node = 'Excisional biopsy of lymph node, cervical, axillary, or inguinal';
    expect(one([node], 'R AXILLARY LN BIOPSY')).toEqual([node]);
    expect(one([node], 'L POPLITEAL LN BIOPSY')).toEqual(['UNKNOWN']);
    expect(one([node], 'LYMPH NODE BIOPSY, NEEDLE, AXILLARY (Right)')).toEqual(['UNKNOWN']);
  });
  it('asks the other side of a pair the booking names of a line its operation\'s name does not settle, and reads no gestational age as the patient\'s', () => {
    expect(one(['Distal endograft extension'], 'INSERTION PROXIMAL ENDOGRAFT EXTENSION')).toEqual(['UNKNOWN']);
    expect(one(['Proximal hamstring avulsion repair, open'], 'DISTAL HAMSTRING REPAIR (Right)')).toEqual(['UNKNOWN']);
    expect(one(['Trauma care: exploratory laparotomy, splenectomy, thoracotomy'], 'ELECTIVE LAP SPLENECTOMY FOR ITP')).toEqual(['UNKNOWN']);
    expect(one(['Posterior fossa decompression for Chiari malformation'], 'SUBOCCIPITAL DECOMPRESSION FOR CEREBELLAR STROKE')).toEqual(['UNKNOWN']);
    expect(one(['Stereotactic placement of depth electrodes (stereoelectroencephalography)'], 'REMOVAL OF SEEG ELECTRODES')).toContain('UNKNOWN');
    expect(one(['Pediatric appendectomy, laparoscopic or open (patients under 18 years)'], 'LAP APPY, IUP, GESTATIONAL AGE 12 WKS')).toEqual(['UNKNOWN']);
  });
  it('keeps a diagnostic line\'s includes diagnostic, and an including list led by "with" to the operation it heads', () => {
    const colonoscopy = 'Colonoscopy, including diagnostic colonoscopy with biopsy';
    expect(one([colonoscopy], 'COLONOSCOPY W/ POLYPECTOMY')).toContain('UNKNOWN');
    const knee = 'Knee arthroscopy, including with meniscectomy, chondroplasty, loose body removal';
    expect(one([knee], 'KNEE ARTHROSCOPY, LOOSE BODY REMOVAL')).toEqual([knee]);
  });
  it('reads the one indication an operation is done for as said: a hypoglossal nerve stimulator is for sleep apnea, a blood patch for a post-dural puncture headache', () => {
    const hgns = 'Hypoglossal nerve stimulator implantation for obstructive sleep apnea';
    expect(one([hgns], 'inspire implant')).toEqual([hgns]);
    const patch = 'Epidural blood patch for post-dural puncture headache';
    expect(one([patch], 'EPIDURAL BLOOD PATCH')).toEqual([patch]);
    expect(one(['Thyroidectomy for benign disease'], 'TOTAL THYROIDECTOMY FOR PAPILLARY CA')).toEqual(['UNKNOWN']);
  });
  it('reads the selective dorsal rhizotomy and common misspellings of a hemorrhoidectomy and a circumcision, and no rhizotomy for pain as the selective one', () => {
    const sdr = 'Selective dorsal rhizotomy for spasticity';
    expect(one([sdr], 'SDR L1-S1')).toEqual([sdr]);
    expect(one([sdr], 'DORSAL RHIZOTOMY T10 FOR PAIN')).toEqual(['UNKNOWN']);
    expect(one(['Hemorrhoidectomy'], 'HEMMORHOIDECTOMY 3 COLUMN')).toEqual(['Hemorrhoidectomy']);
    expect(one(['Circumcision'], 'CIRCUMSICION 3 YO')).toEqual(['Circumcision']);
    expect(one(['Circumcision, newborn'], 'CIRCUMCISSION NEWBORN')).toEqual(['Circumcision, newborn']);
  });
  it('reads an operation whose own name says where it is done as within a line for that region\'s procedures: a hemorrhoidectomy is anorectal, a skin tag on the neck is not', () => {
    const anorectal = 'Anorectal surgery, including hemorrhoidectomy, fistulotomy, and excision of skin tags';
    expect(one([anorectal], 'EXCISIONAL HEMORRHOIDECTOMY 3 COLUMN')).toEqual([anorectal]);
    expect(one([anorectal], 'EXCISION SKIN TAGS NECK')).toEqual(['UNKNOWN']);
  });
  it('reads every catheter of "arterial, central venous and pulmonary artery catheters for hemodynamic monitoring", and a plural catheter line', () => {
    const lines = 'Insertion of arterial, central venous and pulmonary artery catheters for hemodynamic monitoring';
    expect(one([lines], 'R IJ TLC')).toEqual([lines]);
    expect(one([lines], 'SWAN GANZ')).toEqual([lines]);
    expect(one([lines], 'ART LINE')).toEqual([lines]);
    expect(one([lines], 'TUNNELED DIALYSIS CATHETER')).toEqual(['UNKNOWN']);
    expect(one(['Placement of central venous catheters'], 'CVC R SUBCLAVIAN')).toEqual(['Placement of central venous catheters']);
  });
  it('reads the kinds an anesthesia line lists after "including" as kinds, no place: a labor epidural under "…, including spinal, epidural, …"', () => {
    const neuraxial = 'Neuraxial anesthesia and analgesia, including spinal, epidural, and combined spinal-epidural techniques and labor analgesia';
    expect(one([neuraxial], 'LABOR EPIDURAL')).toEqual([neuraxial]);
    expect(one(['Neuraxial anesthesia and analgesia, including spinal, epidural, combined spinal-epidural, and labor epidural analgesia'], 'LABOR EPIDURAL')).toEqual(['Neuraxial anesthesia and analgesia, including spinal, epidural, combined spinal-epidural, and labor epidural analgesia']);
    expect(one([neuraxial], 'CERVICAL ESI C6-7')).toEqual(['UNKNOWN']);
  });
  it('reads a thoracoscopy line\'s "with" operations in a VATS booking, and a possible open conversion as the open operation, not a thoracoscopy done open', () => {
    const vats = 'Thoracoscopy with pleural biopsy, pleurodesis or decortication';
    expect(one([vats], 'R VATS DECORTICATION')).toEqual([vats]);
    expect(one([vats], 'THORACOSCOPIC DECORTICATION LEFT')).toEqual([vats]);
    expect(one([vats], 'VATS PLEURAL BX')).toEqual([vats]);
    expect(one([vats], 'VATS DECORTICATION, POSS OPEN')).toEqual([vats, 'UNKNOWN']);
    expect(one([vats, 'Decortication of lung, open (thoracotomy)'], 'VATS DECORTICATION, POSS OPEN')).toEqual([vats, 'Decortication of lung, open (thoracotomy)']);
    expect(one([vats], 'DECORTICATION VIA THORACOTOMY')).toEqual(['UNKNOWN']);
  });
  it('reads every action of "Creation, revision, or closure of ileostomy or colostomy" as of each: an ileostomy and its takedown are covered', () => {
    const stoma = 'Creation, revision, or closure of ileostomy or colostomy';
    expect(one([stoma], 'DIVERTING LOOP ILEOSTOMY')).toEqual([stoma]);
    expect(one([stoma], 'ILEOSTOMY TAKEDOWN')).toEqual([stoma]);
    expect(one([stoma], 'COLOSTOMY REVERSAL')).toEqual([stoma]);
    expect(one([stoma], 'GASTROSTOMY TUBE PLACEMENT')).toEqual(['UNKNOWN']);
  });
  it('covers a laparoscopic sigmoid colectomy under a partial colectomy line beside a robotic line that names the sigmoid, and a robotic one only by the robotic line', () => {
    const colectomy = 'Partial colectomy, open or laparoscopic';
    const robotic = 'Robotic-assisted colectomy (right, left, sigmoid, or total)';
    expect(one([colectomy, robotic], 'LAPAROSCOPIC SIGMOID COLECTOMY')).toEqual([colectomy]);
    expect(one([colectomy, robotic], 'ROBOTIC SIGMOID COLECTOMY')).toEqual([robotic]);
    expect(one([colectomy], 'ROBOTIC SIGMOID COLECTOMY')).toEqual(['UNKNOWN']);
    expect(one(['Colectomy, right or left'], 'TOTAL ABDOMINAL COLECTOMY')).toEqual(['UNKNOWN']);
  });
  it('reads the ways in a line lists as ways in, no site: a laparoscopic rectopexy under "…, abdominal or perineal approach", an open trachelectomy under "…, open or vaginal"', () => {
    const prolapse = 'Rectal prolapse repair, abdominal or perineal approach';
    expect(one([prolapse], 'LAP VENTRAL RECTOPEXY W MESH')).toEqual([prolapse]);
    expect(one([prolapse], 'ALTEMEIER PROCEDURE')).toEqual([prolapse]);
    const trachelectomy = 'Radical trachelectomy, open or vaginal';
    expect(one([trachelectomy], 'RADICAL TRACHELECTOMY, OPEN')).toEqual([trachelectomy]);
    expect(one([trachelectomy], 'ROBOTIC RADICAL TRACHELECTOMY')).toEqual(['UNKNOWN']);
    expect(one(['Radical prostatectomy, retropubic'], 'RADICAL PERINEAL PROSTATECTOMY')).toEqual(['UNKNOWN']);
  });
  it('reads an axillary dissection\'s levels and "any indication" as no limit: an ALND under "…, levels I–II with or without level III, any indication"', () => {
    const alnd = 'Axillary lymph node dissection, levels I–II with or without level III, any indication';
    expect(one([alnd], 'R ALND')).toEqual([alnd]);
    const snd = 'Selective neck dissection, levels II–IV';
    expect(one([snd], 'LEFT MODIFIED RADICAL NECK DISSECTION')).toEqual(['UNKNOWN']);
  });
  it('reads fluoroscopy said of an operation as how it is done: a T12 KYPHOPLASTY and a TFESI are covered by lines "under fluoroscopic guidance"', () => {
    const vertebral = 'Vertebroplasty or kyphoplasty under fluoroscopic guidance';
    expect(one([vertebral], 'T12 KYPHOPLASTY')).toEqual([vertebral]);
    const tfesi = 'Transforaminal epidural steroid injection, fluoroscopically guided';
    expect(one([tfesi], 'L4-5 TFESI R')).toEqual([tfesi]);
    expect(one([tfesi], 'L4-5 ILESI')).toEqual(['UNKNOWN']);
  });
  it('keeps a part the text matched where the booking\'s code names a line that does not allow it, and reaches a broader line of the booked route past a line of another route', () => {
    const tka = 'Total knee arthroplasty, primary';
    const mako = 'Robotic-arm assisted total and unicompartmental knee arthroplasty';
    const knee = new ProcedureMatcher([{ id: 'O', name: 'Orthopaedics', department: 'Orthopaedic Surgery', kind: 'core' as const, procedures: [{ name: tka, codes: ['27447'] }, { name: mako }] }], { vocabulary: builtinVocabulary() });
    expect(names(knee.match('MAKO ROBOTIC ASSISTED RIGHT TOTAL KNEE ARTHROPLASTY', '27447'))).toEqual([mako]);
    const lap = 'Laparoscopic partial colectomy, including hand-assisted technique';
    const open = 'Open partial or total colectomy, with anastomosis or end colostomy';
    const colon = new ProcedureMatcher([{ id: 'G', name: 'General Surgery', department: 'General Surgery', kind: 'core' as const, procedures: [{ name: lap, codes: ['44204'] }, { name: open }] }], { vocabulary: builtinVocabulary() });
    expect(names(colon.match('LAPAROSCOPIC SIGMOID COLECTOMY, POSS CONVERSION TO OPEN', '44204'))).toEqual([lap, open]);
    expect(names(colon.match('OPEN SIGMOID COLECTOMY'))).toEqual([open]);
    expect(names(new ProcedureMatcher([{ id: 'G', name: 'General Surgery', department: 'General Surgery', kind: 'core' as const, procedures: [{ name: lap }] }], { vocabulary: builtinVocabulary() }).match('OPEN SIGMOID COLECTOMY'))).toEqual(['UNKNOWN']);
  });
  it('leaves an add-on booked after a comma unknown where its parent\'s line names only a narrower kind of it: the lithotripsy of an ERCP with cholangioscopy under a mechanical-lithotripsy line', () => {
    const ercp = 'ERCP with sphincterotomy, stone extraction, and mechanical lithotripsy';
    expect(one([ercp, 'Cholangioscopy, diagnostic'], 'ERCP, CHOLANGIOSCOPY, LITHOTRIPSY')).toContain('UNKNOWN');
  });
  it('reads a wound vac placed after a debridement as an add-on its line covers, unless the catalog privileges it on a line of its own, and a penoscrotal approach as a place', () => {
    const debridement = 'Debridement of skin, subcutaneous tissue, muscle, and fascia';
    expect(one([debridement], 'DEBRIDEMENT SACRAL ULCER W/ WOUND VAC PLACEMENT')).toEqual([debridement]);
    const npwt = 'Application of negative pressure wound therapy';
    expect(one([debridement, npwt], 'DEBRIDEMENT SACRAL ULCER, APPLICATION OF WOUND VAC')).toEqual([debridement, npwt]);
    expect(one([debridement], 'DEBRIDEMENT SACRAL ULCER W/ WOUND VAC')).toEqual([debridement]);
    expect(one(['Cholecystectomy'], 'WOUND VAC APPLICATION ABDOMEN')).toEqual(['UNKNOWN']);
    const ipp = 'Insertion or removal of inflatable penile prosthesis';
    expect(one([ipp], 'INSERTION IPP (3-PIECE), PENOSCROTAL APPROACH')).toEqual([ipp]);
  });
  it('keeps a place and the kinds listed before it as limits: a neck abscess line covers no breast abscess, a bronchoplastic or angioplastic resection line no lobectomy', () => {
    expect(one(['Drainage of superficial or subcutaneous neck abscesses'], 'I&D BREAST ABSCESS')).toEqual(['UNKNOWN']);
    expect(one(['Bronchoplastic or angioplastic pulmonary resection'], 'RUL LOBECTOMY')).toEqual(['UNKNOWN']);
    expect(one(['Resection of proximal or mid gastric tumors'], 'PROXIMAL GASTRECTOMY')).toEqual(['Resection of proximal or mid gastric tumors']);
  });
  it('keeps what the review found lost: a neck dissection\'s levels, a place listed before routes, an abdominal-or-perineal place, and the leads of a pacemaker line', () => {
    expect(one(['Neck dissection, level VI'], 'LEFT MODIFIED RADICAL NECK DISSECTION')).toEqual(['UNKNOWN']);
    expect(one(['Neck dissection, levels II-IV'], 'CENTRAL NECK DISSECTION')).toEqual(['UNKNOWN']);
    expect(one(['Drainage of abscess, perineal, open or percutaneous'], 'PSOAS ABSCESS DRAINAGE')).toEqual(['UNKNOWN']);
    expect(one(['Debridement of abdominal and perineal wounds'], 'DEBRIDEMENT FOOT ULCER')).toEqual(['UNKNOWN']);
    expect(one(['Insertion, revision, or removal of pacemaker and defibrillator leads'], 'DUAL CHAMBER PPM')).toEqual(['UNKNOWN']);
    expect(one(['Placement or removal of pacemaker or defibrillator leads'], 'ICD IMPLANT')).toEqual(['UNKNOWN']);
  });
  it('reads "cut-down" as a cutdown, and leaves "CT guided" unread: a port line "open cut-down or percutaneous" covers a port, an open renal ablation said CT guided is no percutaneous one', () => {
    const port = 'Central venous access port insertion or removal, open cut-down or percutaneous';
    expect(one([port], 'PORT PLACEMENT (IR)')).toEqual([port]);
    expect(one(['Percutaneous ablation of renal tumors'], 'OPEN RENAL CRYOABLATION, CT GUIDED')).not.toContain('Percutaneous ablation of renal tumors');
    expect(one(['Intraoperative ablation of hepatic tumor, open or laparoscopic'], 'MWA LIVER SEG 8 (CT GUIDED)')).toContain('UNKNOWN');
    expect(one(['Spinal anesthesia, single shot'], 'SPINAL ANESTHESIA')).toEqual(['Spinal anesthesia, single shot']);
    expect(one(['Caudal block, single-shot'], 'CAUDAL BLOCK')).toEqual(['Caudal block, single-shot']);
  });
  it('reads both things of "External ventricular drain or ventricular access reservoir placement": an EVD is covered', () => {
    const line = 'External ventricular drain or ventricular access reservoir placement';
    expect(one([line], 'EVD PLACEMENT')).toEqual([line]);
    expect(one([line], 'OMMAYA RESERVOIR PLACEMENT')).toEqual([line]);
    expect(one([line], 'VP SHUNT')).toEqual(['UNKNOWN']);
    expect(one(['Arthroplasty, hip, total or revision'], 'L HIP HEMIARTHROPLASTY')).toEqual(['UNKNOWN']);
  });
  it('reads "cystoscopic" anywhere in a booking as the cystoscopy a "Cystoscopy with … stent" line asks for, and "thoracoscopic" as no medical thoracoscopy', () => {
    const stent = 'Cystoscopy with insertion, exchange, or removal of ureteral stent';
    expect(one([stent], 'L URETERAL STENT REMOVAL, CYSTOSCOPIC')).toEqual([stent]);
    expect(one([stent], 'CYSTOSCOPIC REMOVAL OF URETERAL STENT')).toEqual([stent]);
    expect(one([stent], 'URETERAL STENT REMOVAL')).toEqual(['UNKNOWN']);
    const medical = 'Medical thoracoscopy (pleuroscopy) with parietal pleural biopsy or talc poudrage';
    expect(one([medical], 'R VATS TALC PLEURODESIS')).not.toContain(medical);
  });
  it('reads "single-injection or continuous" as both kinds of a block, and "fascial" as no sling kind: a TAP block and an ESP catheter are covered by a fascial plane block line', () => {
    const plane = 'Fascial plane blocks, single-injection or continuous';
    expect(one([plane], 'BILATERAL TAP BLOCKS')).toEqual([plane]);
    expect(one([plane], 'R ESP CATHETER')).toEqual([plane]);
    const single = 'Peripheral nerve blocks, single-injection';
    expect(one([single], 'INTERSCALENE BLOCK')).toEqual([single]);
    expect(one([single], 'INTERSCALENE CATHETER')).toEqual(['UNKNOWN']);
  });
  it('keeps what the second review found: fluoroscopy is optional only for a booking that states no other route, a code for a narrower operation is still asked beside a broader text reading, and a line named by the Botox injection\'s old name still reads', () => {
    const gtube = 'Fluoroscopically guided gastrostomy tube placement';
    expect(one([gtube], 'LAP G TUBE')).toEqual(['UNKNOWN']);
    expect(one([gtube], 'PEG TUBE PLACEMENT')).toEqual(['UNKNOWN']);
    const knee = new ProcedureMatcher([{ id: 'O', name: 'Orthopaedics', department: 'Orthopaedic Surgery', kind: 'core' as const, procedures: [{ name: 'Knee arthroscopy, diagnostic' }, { name: 'Arthroscopic meniscal repair, patients 18 and older', codes: ['29882'] }] }], { vocabulary: builtinVocabulary() });
    expect(names(knee.match('R KNEE SCOPE, 15 YO', '29882'))).toContain('UNKNOWN');
    expect(one(['Intradetrusor botulinum toxin injection'], 'INTRADETRUSOR BOTOX')).toEqual(['Intradetrusor botulinum toxin injection']);
  });
  it('reads no broader operation into a line that lists two kinds of a family: a sling line covers no Burch, a breast biopsy line no liver biopsy', () => {
    expect(one(['Midurethral or pubovaginal sling'], 'LAPAROSCOPIC BURCH COLPOSUSPENSION')).toEqual(['UNKNOWN']);
    expect(one(['Breast biopsy, excisional or core'], 'LIVER BIOPSY')).toEqual(['UNKNOWN']);
    expect(one(['Long-term or temporary VAD implantation'], 'LVAD EXPLANT')).toEqual(['UNKNOWN']);
  });
  it('asks the robot of the operation a robotic booking names, not of its add-on named in the same words: a diverting ileostomy beside a robotic LAR meets the ostomy line', () => {
    const lar = 'Robotic-assisted proctectomy (low anterior resection or abdominoperineal resection)';
    const ostomy = 'Creation, revision, or closure of ileostomy or colostomy, open or laparoscopic';
    expect(one([lar, ostomy], 'Robotic LAR w/ DLI')).toEqual([lar, ostomy]);
    const lobe = 'Robotic-assisted pulmonary lobectomy';
    const mlnd = 'Mediastinal lymph node dissection, with pulmonary resection';
    expect(one([lobe, mlnd], 'Robotic RUL lobectomy w/ MLND')).toEqual([lobe, mlnd]);
    // The robot is still asked of the operation itself, and of an operation that is no add-on of it.
    expect(one([ostomy], 'Robotic LAR w/ DLI')).toContain('UNKNOWN');
    expect(one([lar, 'Cholecystectomy, open or laparoscopic'], 'Robotic LAR w/ cholecystectomy')).toContain('UNKNOWN');
    // (A review found:) the add-on is still done the robot's way in, so an open-only line is no cover;
    // with no line of its own it is still the robotic parent's; and an add-on of an operation only
    // possibly done is the operation itself, robot and all.
    expect(one([lobe, 'Mediastinal lymph node dissection via thoracotomy'], 'ROBOTIC RUL LOBECTOMY W/ MLND')).toContain('UNKNOWN');
    expect(one(['Robotic cholecystectomy', 'Intraoperative cholangiogram, open'], 'ROBOTIC CHOLE W/ IOC')).toContain('UNKNOWN');
    expect(one(['Robotic-assisted low anterior resection'], 'ROBOTIC LAR W/ DLI')).toEqual(['Robotic-assisted low anterior resection']);
    expect(one(['Lysis of adhesions, open', 'Robotic small bowel resection'], 'ROBOTIC LOA W/ POSS SMALL BOWEL RESECTION')).toContain('UNKNOWN');
  });
  it('reads "therapeutic intervention (…)" as a heading of the examples it lists: an EUS-guided celiac plexus neurolysis is covered, a percutaneous biliary drainage is not', () => {
    const eus = 'EUS-guided therapeutic intervention (celiac plexus block or neurolysis, fiducial placement, pseudocyst or biliary drainage, gastrojejunostomy)';
    expect(one([eus], 'EUS-guided CPN')).toEqual([eus]);
    expect(one([eus], 'EUS FIDUCIALS')).toEqual([eus]);
    expect(one([eus], 'PTBD')).toEqual(['UNKNOWN']);
    expect(one([eus], 'ERCP')).toEqual(['UNKNOWN']);
    // (A review found:) the heading's words are still asked of the operation the line heads with.
    expect(one([eus], 'EUS')).toEqual(['UNKNOWN']);
    expect(one(['Therapeutic ERCP procedures (sphincterotomy, stent)'], 'DIAGNOSTIC ERCP')).toEqual(['UNKNOWN']);
    expect(one(['Upper endoscopy: therapeutic procedures (dilation, hemostasis)'], 'EGD W/ BX')).toEqual(['UNKNOWN']);
    expect(one(['Cardiac catheterization, therapeutic interventions (PCI, stent)'], 'LHC')).toEqual(['UNKNOWN']);
  });
  it('reads "Invasive hemodynamic monitoring:" as the heading of the catheters it lists: an A-line and a CVC are covered, a PICC or a dialysis catheter is not', () => {
    const mon = 'Invasive hemodynamic monitoring: arterial catheter, central venous catheter, and pulmonary artery catheter placement';
    expect(one([mon], 'A-LINE')).toEqual([mon]);
    expect(one([mon], 'R IJ CVC')).toEqual([mon]);
    expect(one([mon], 'TUNNELED DIALYSIS CATHETER')).toEqual(['UNKNOWN']);
    expect(one([mon], 'EPIDURAL CATHETER')).toEqual(['UNKNOWN']);
    // (A review found:) a monitoring line's catheters are no dialysis catheter or PICC.
    expect(one([mon], 'TRIALYSIS CATHETER')).toEqual(['UNKNOWN']);
    expect(one([mon], 'PICC LINE')).toEqual(['UNKNOWN']);
    expect(one(['Placement of arterial, central venous, and pulmonary artery catheters for hemodynamic monitoring'], 'PICC LINE')).toEqual(['UNKNOWN']);
    // ("Mediastinal resection" is no wording of a mass resection: it took a node resection or a goiter.)
    expect(one(['Resection of mediastinal mass, tumor or cyst'], 'MEDIASTINAL LYMPH NODE RESECTION')).toEqual(['UNKNOWN']);
    expect(one(['Resection of mediastinal mass, tumor or cyst'], 'RESECTION OF MEDIASTINAL GOITER')).toEqual(['UNKNOWN']);
  });
  it('reads "by thoracotomy" as the open route: a VATS wedge resection is not covered by "Pulmonary resection by thoracotomy, …"', () => {
    const open = 'Pulmonary resection by thoracotomy, including wedge resection, segmentectomy, lobectomy and pneumonectomy';
    expect(one([open], 'VATS WEDGE RLL')).toEqual(['UNKNOWN']);
    expect(one([open], 'R VATS SEGMENTECTOMY S6')).toEqual(['UNKNOWN']);
    expect(one([open], 'OPEN RUL LOBECTOMY')).toEqual([open]);
    expect(one([open], 'RUL LOBECTOMY')).toEqual([open]);
    expect(one([open], 'R THORACOTOMY, RUL LOBECTOMY')).toEqual([open]);
  });
  it('holds an anesthesia line\'s "excluding cardiac, thoracic and major vascular surgery" against the surgery the anesthesia is for: the GA of a CABG, a VATS lobectomy or an EVAR is unknown, of a lap chole or an AV fistula covered', () => {
    const general = 'General, regional and monitored anesthesia care for adult patients, excluding cardiac, thoracic and major vascular surgery';
    /** What an anesthesia department's catalog of one line makes of a booking, as the anesthesiologist's. */
    const view = (line: string) => {
      const m = anesthesiology([line]);
      return (booking: string) => { const r = m.match(booking); return r.anesthesia ?? r.parts; };
    };
    const ofGeneral = view(general);
    const anesthesia = (booking: string) => ofGeneral(booking).map((p) => (p.status === 'matched' ? p.groups[0][0].procedure : 'UNKNOWN'));
    expect(anesthesia('GA - CABG X3')).toEqual(['UNKNOWN']);
    expect(anesthesia('GENERAL ANESTHESIA FOR CABG')).toEqual(['UNKNOWN']);
    expect(anesthesia('GA - R VATS LOBECTOMY')).toEqual(['UNKNOWN']);
    expect(anesthesia('GA - EVAR')).toEqual(['UNKNOWN']);
    expect(anesthesia('GA - LAP CHOLE')).toEqual([general]);
    expect(anesthesia('MAC - L BRACHIOCEPHALIC AVF')).toEqual([general]);
    // (A review found:) the kind is the operation's by what it is on, not its specialty alone.
    expect(anesthesia('GA - TETRALOGY OF FALLOT REPAIR')).toEqual(['UNKNOWN']);
    expect(anesthesia('GA - IVOR LEWIS ESOPHAGECTOMY')).toEqual(['UNKNOWN']);
    expect(anesthesia('GA - TCAR')).toEqual(['UNKNOWN']);
    expect(anesthesia('GA - TRACHEOSTOMY')).toEqual([general]);
    expect(anesthesia('GA - PACEMAKER INSERTION')).toEqual([general]);
    expect(anesthesia('GA - FLEX BRONCH')).toEqual([general]);
    expect(anesthesia('GA - VATS EVAC HEMOTHORAX')).toEqual(['UNKNOWN']);
    expect(anesthesia('GA - ICD GEN CHANGE')).toEqual([general]);
    const other = (line: string, booking: string) => view(line)(booking).map((p) => p.status);
    expect(other('Monitored anesthesia care, excluding intracranial procedures', 'MAC - CARPAL TUNNEL RELEASE RT')).toEqual(['matched']);
    expect(other('General anesthesia, excluding obstetric anesthesia', 'GA - D&C')).toEqual(['matched']);
    expect(other('General anesthesia, excluding obstetric anesthesia', 'GA - C-SECTION')).toEqual(['unknown']);
    expect(other('General anesthesia, excluding transplant surgery', 'GA - OATS KNEE')).toEqual(['matched']);
    expect(other('General anesthesia, excluding major abdominal surgery', 'GA - CEA')).toEqual(['matched']);
    expect(other('General anesthesia, excluding pediatric cardiac surgery', 'GA - CABG')).toEqual(['matched']);
  });
  it('reads trauma shorthand: ANK is the ankle, IT FX an intertrochanteric fracture, PERF DU a perforated duodenal ulcer, BAI a blunt aortic injury, IATROGENIC INJ an injury (an SI JOINT, NERVE or LIVER INJ stays an injection), INCARC and EVAC their words', () => {
    const ankle = 'Ankle fracture fixation, open or percutaneous';
    expect(one([ankle], 'ORIF R BIMAL ANK')).toEqual([ankle]);
    const hip = 'Fixation of femoral neck and intertrochanteric fractures, including cephalomedullary nailing';
    expect(one([hip], 'CMN L IT FX')).toEqual([hip]);
    const ulcer = 'Repair of perforated gastric or duodenal ulcer, including omental patch';
    expect(one([ulcer], 'LAP GRAHAM PATCH PERF DU')).toEqual([ulcer]);
    const tevar = 'Thoracic endovascular aortic repair for aneurysm, dissection or traumatic aortic injury';
    expect(one([tevar], 'TEVAR FOR BAI (GRADE III)')).toEqual([tevar]);
    const ureter = 'Repair of ureteral injury, including ureteroureterostomy and ureteroneocystostomy';
    expect(one([ureter], 'R URETERAL REIMPLANT W/ PSOAS HITCH (IATROGENIC INJ)')).toEqual([ureter]);
    expect(one(['Sacroiliac joint injection'], 'L SI JOINT INJ')).toEqual(['Sacroiliac joint injection']);
    expect(one(['Occipital nerve block'], 'GREATER OCCIPITAL NERVE INJ')).toEqual(['Occipital nerve block']);
    expect(one(['Percutaneous ethanol injection, liver'], 'LIVER INJ ETHANOL')).toEqual(['Percutaneous ethanol injection, liver']);
    expect(one(['Evacuation of vulvar hematoma'], 'EVAC VULVAR HEMATOMA')).toEqual(['Evacuation of vulvar hematoma']);
  });
  it('reads cardiac shorthand: RAT beside a mini AVR is a right anterior thoracotomy, Diamondback a coronary orbital atherectomy, "pacemakers and ICDs" both devices, and device brands (Physio ring, SpiderFX, RibFix Blu) as no operation', () => {
    const devices = 'Implantation of single and dual chamber pacemakers and ICDs';
    expect(one([devices], 'DUAL CHAMBER ICD')).toEqual([devices]);
    // (A review found:) DC is no dual chamber (a DC ICD generator change read as an implantation),
    // SLS is a laser, and a Crawford extent is no modifier.
    expect(one(['Transvenous lead extraction, excluding laser'], 'LEAD EXTRACTION W/ SLS')).toContain('UNKNOWN');
    expect(one(['Thoracoabdominal aneurysm repair, Crawford extent I-III only'], 'CRAWFORD EXTENT IV TAAA')).toContain('UNKNOWN');
    const mini = 'Minimally invasive aortic valve replacement via upper hemisternotomy or right anterior thoracotomy';
    expect(one([mini], 'MINI AVR RAT 25 MAGNA EASE')).toEqual([mini]);
    const pci = 'Percutaneous coronary intervention, including balloon angioplasty, stenting and atherectomy';
    expect(one([pci], 'OA RCA (DIAMONDBACK)')).toEqual([pci]);
    expect(one(['Robotic-assisted mitral valve repair'], 'ROBOTIC MV REPAIR (DA VINCI XI) W/ 34 PHYSIO II RING')).toEqual(['Robotic-assisted mitral valve repair']);
    expect(one(['Surgical stabilization of rib fractures'], 'SSRF R RIBS 4-7 RIBFIX BLU')).toEqual(['Surgical stabilization of rib fractures']);
    expect(one(['Elective electrical cardioversion'], 'DC CARDIOVERSION')).toEqual(['Elective electrical cardioversion']);
  });
  it('reads a joint program as whom a line is for: "Unicompartmental knee arthroplasty (outpatient joint program patients only)" covers a UKA, not a TKA or a reverse shoulder; other parentheses still limit', () => {
    const uka = 'Unicompartmental knee arthroplasty (outpatient joint program patients only)';
    expect(one([uka], 'R UKA')).toEqual([uka]);
    expect(one([uka], 'L TKA')).toEqual(['UNKNOWN']);
    expect(one([uka], 'R shoulder reverse TSA')).toEqual(['UNKNOWN']);
    expect(one(['Laparoscopic cholecystectomy (excluding pregnant patients)'], 'LAP CHOLE 22 WKS PREGNANT')).toEqual(['UNKNOWN']);
    expect(one(['Temporomandibular joint center: total joint replacement'], 'BILAT TMJ REPLACEMENT')).toEqual(['Temporomandibular joint center: total joint replacement']);
  });
  it('reads ASC shorthand: STRAB SX is strabismus surgery, and a tennis elbow debridement an epicondylitis debridement', () => {
    const strab = 'Strabismus surgery, horizontal or vertical muscles';
    expect(one([strab], 'Strab sx BMR recession')).toEqual([strab]);
    const elbow = 'Lateral or medial epicondylitis debridement, open or percutaneous';
    expect(one([elbow], 'Tennis elbow debridement R (Tenex)')).toEqual([elbow]);
    // (A review found:) "postoperative analgesia" in a line says what its blocks are for: no block for migraine.
    expect(one(['Peripheral nerve blocks for postoperative analgesia'], 'OCCIPITAL NERVE BLOCK FOR MIGRAINE')).toEqual(['UNKNOWN']);
  });
  it('reads BASILICA beside a valve-in-valve TAVR as a leaflet laceration of its own (it was corrected to "basilic" and dropped: a false ok), and SLS as a laser sheath beside a lead extraction and a sacrospinous fixation beside a vaginal hysterectomy', () => {
    const viv = 'Transcatheter aortic valve-in-valve implantation for failed surgical bioprosthesis';
    expect(one([viv], 'VIV TAVR (23 MOSAIC) 20 S3 W/ BASILICA')).toEqual([viv, 'UNKNOWN']);
    // (A review found:) elsewhere it is no laceration; a misspelt basilic vein stays unknown, never the TAVR's.
    expect(one(['Arteriovenous fistula creation, including basilic vein transposition'], 'BASILIC VEIN TRANSPOSITION')).toEqual(['Arteriovenous fistula creation, including basilic vein transposition']);
    expect(one(['Transvenous lead extraction, excluding laser'], 'LEAD EXTRACTION W/ SLS II')).toContain('UNKNOWN');
    expect(one(['Vaginal hysterectomy'], 'VAG HYST W/ SLS')).toEqual(['Vaginal hysterectomy', 'UNKNOWN']);
  });
  it('holds a line to the describing words it excludes: "Inguinal hernia repair, excluding incarcerated" is no cover for an INCARC RIH, "Cataract surgery, excluding complex cataract" none for a complex one; "excluding open heart surgery" excludes no open route', () => {
    const ihr = 'Inguinal hernia repair, excluding incarcerated';
    expect(one([ihr], 'INCARC RIH')).toEqual(['UNKNOWN']);
    expect(one([ihr], 'INCARCERATED INGUINAL HERNIA REPAIR')).toEqual(['UNKNOWN']);
    expect(one([ihr], 'R IHR')).toEqual([ihr]);
    const cat = 'Cataract surgery, excluding complex cataract';
    expect(one([cat], 'COMPLEX CATARACT SURGERY')).toEqual(['UNKNOWN']);
    expect(one([cat], 'PHACO/IOL OD')).toEqual([cat]);
    expect(one(['Open abdominal aortic aneurysm repair, excluding open heart surgery'], 'OPEN AAA REPAIR')).toEqual(['Open abdominal aortic aneurysm repair, excluding open heart surgery']);
  });
  it('reads an EUS-guided celiac plexus neurolysis as no kind of the percutaneous one a pain line privileges, and still the example a therapeutic EUS line lists', () => {
    const pain = 'Sympathetic nerve block, including stellate ganglion, lumbar sympathetic, and celiac plexus';
    expect(one([pain], 'EUS CPN')).toEqual(['UNKNOWN']);
    expect(one([pain], 'CELIAC PLEXUS NEUROLYSIS')).toEqual([pain]);
    const eus = 'EUS-guided therapeutic intervention (celiac plexus block or neurolysis, fiducial placement, pseudocyst or biliary drainage, gastrojejunostomy)';
    expect(one([eus], 'EUS CELIAC PLEXUS BLOCK')).toEqual([eus]);
  });
  it('covers an LHC or an RHC alone under a line for "left and right heart catheterization", and a posterior repair under "Anterior and posterior colporrhaphy"; not under a line for the combined catheterization as such, and no mastoidectomy under "Tympanomastoidectomy"', () => {
    const cath = 'Diagnostic left and right heart catheterization, including coronary angiography, left ventriculography and hemodynamic measurement';
    expect(one([cath], 'LHC')).toEqual([cath]);
    expect(one([cath], 'RHC W/ VASODILATOR CHALLENGE')).toEqual([cath]);
    expect(one(['Anterior and posterior colporrhaphy'], 'POSTERIOR COLPORRHAPHY')).toEqual(['Anterior and posterior colporrhaphy']);
    expect(one(['Combined right and left heart catheterization'], 'LHC')).toEqual(['UNKNOWN']);
    expect(one(['Tympanomastoidectomy'], 'L MASTOIDECTOMY')).toEqual(['UNKNOWN']);
    expect(one(['Alveoloplasty in conjunction with extractions'], 'EXT #1, #16')).toEqual(['UNKNOWN']);
  });
  it('meets "for miscarriage or retained products of conception" by a D&C for retained POC (the reader\'s correction of "miscarriage" had merged the alternatives into one), and still not by a D&C for bleeding', () => {
    const dc = 'Dilation and curettage or dilation and evacuation for miscarriage or retained products of conception';
    expect(one([dc], 'D&C RETAINED POC')).toEqual([dc]);
    expect(one([dc], 'D&C FOR RPOC')).toEqual([dc]);
    expect(one([dc], 'D&C FOR MISCARRIAGE')).toEqual([dc]);
    expect(one([dc], 'D&C FOR POSTMENOPAUSAL BLEEDING')).toEqual(['UNKNOWN']);
  });
  it('places a line\'s homeless operations at the injury its head names: "Tibial shaft fracture, intramedullary nailing or plate fixation" no longer covers a Jones fracture ORIF, a calcaneus ORIF or a scaphoid screw (false oks), nor a metacarpal line a supracondylar humerus CRPP; a scaphoid is a carpal bone', () => {
    const tib = 'Tibial shaft fracture, intramedullary nailing or plate fixation';
    expect(one([tib], 'R 5th met base fx ORIF (Jones)')).toEqual(['UNKNOWN']);
    expect(one([tib], 'R calc fx ORIF sinus tarsi')).toEqual(['UNKNOWN']);
    expect(one([tib], 'L scaphoid perc screw fixation (headless)')).toEqual(['UNKNOWN']);
    expect(one([tib], 'L TIB SHAFT FX IMN')).toEqual([tib]);
    expect(one([tib], 'ORIF R TIBIA SHAFT FX')).toEqual([tib]);
    const lb = 'Long bone fracture, intramedullary nailing, plate fixation, external fixation';
    expect(one([lb], 'ORIF JAW')).toEqual(['UNKNOWN']);
    expect(one([lb], 'R FEMUR IMN')).toEqual([lb]);
    // (A review found:) a shaft's head is no cover for the bone's ends.
    expect(one([tib], 'ORIF L TIBIAL PLATEAU FX')).toEqual(['UNKNOWN']);
    expect(one(['Femoral shaft fracture, intramedullary nailing or plate fixation'], 'PERC PINNING R FEMORAL NECK FX')).toEqual(['UNKNOWN']);
    expect(one(['Femoral shaft fracture, intramedullary nailing or plate fixation'], 'R FEMUR IMN')).toEqual(['Femoral shaft fracture, intramedullary nailing or plate fixation']);
    const mc = 'Metacarpal and phalangeal fracture or dislocation, closed reduction, percutaneous pinning, or open reduction and internal fixation';
    expect(one([mc], 'R supracondylar humerus fx CRPP')).toEqual(['UNKNOWN']);
    expect(one([mc], 'R 5TH METACARPAL NECK FX CRPP')).toEqual([mc]);
    // (A review found:) a head's joint or limb region places at its limb, and a bare ORIF under a line of some bones' is not which.
    expect(one([mc], 'ORIF STERNUM FX')).toEqual(['UNKNOWN']);
    const shoulder = 'Shoulder fracture or dislocation, closed reduction, ORIF, hemiarthroplasty';
    expect(one([shoulder], 'ORIF PROXIMAL HUMERUS FX')).toEqual([shoulder]);
    expect(one([shoulder], 'ORIF R CLAVICLE FX')).toEqual([shoulder]);
    expect(one([shoulder], 'ORIF JAW')).toEqual(['UNKNOWN']);
    // (A review found:) a joint's head places at the joint and the bones about it, not the whole limb.
    expect(one([shoulder], 'ORIF L DISTAL RADIUS')).toEqual(['UNKNOWN']);
    expect(one(['Wrist fracture, ORIF, external fixation, CRPP'], 'ORIF L DISTAL RADIUS FX')).toEqual(['Wrist fracture, ORIF, external fixation, CRPP']);
    expect(one(['Ankle fracture, open reduction internal fixation, external fixation'], 'EX FIX PELVIS')).toEqual(['UNKNOWN']);
    // (And:) a joint's region names the bone's end, not the whole bone (an elbow line is no humeral shaft's).
    expect(one(['Elbow fractures, ORIF'], 'ORIF HUMERAL SHAFT FX')).toEqual(['UNKNOWN']);
    expect(one(['Elbow fractures, ORIF'], 'ORIF L OLECRANON FX')).toEqual(['Elbow fractures, ORIF']);
    const carpal = 'Carpal fracture and scaphoid nonunion, open or percutaneous fixation with or without bone graft';
    expect(one([carpal], 'L scaphoid perc screw fixation (headless)')).toEqual([carpal]);
  });
  it('reads MMR beside a knee scope as a meniscus repair (it read as the vaccine and vanished: a false ok under a meniscectomy line), and an S1 TFESI as the lumbar-or-sacral one', () => {
    const scope = 'Knee: arthroscopic procedures including partial meniscectomy, chondroplasty, synovectomy, loose body removal, and lateral release';
    const repair = 'Knee: meniscal repair, arthroscopic or open, including meniscal root repair';
    expect(one([scope, repair], 'L knee scope w/ MMR (all-inside) + chondroplasty')).toEqual([repair, scope]);
    expect(one([scope, repair], 'R knee scope PMM POSS MMR')).toEqual([scope, repair]);
    expect(one([scope], 'MMR VACCINE')).toEqual(['UNKNOWN']);
    const tf = 'Transforaminal epidural steroid injection, lumbar or sacral';
    expect(one([tf, 'Transforaminal epidural steroid injection, cervical or thoracic'], 'TFESI BIL S1 (FLUORO)')).toEqual([tf]);
  });
  it('reads a faith-based gynecology form: "(non-sterilization indications)" excludes a salpingectomy for sterilization, a laparoscopic adnexal line covers a LAP BSO, contained morcellation needs its own line, and a "total lap hyst" beside endometrial cancer is no hysteroscopy', () => {
    const adnexal = 'Laparoscopic adnexal surgery, including salpingo-oophorectomy, oophorectomy, ovarian cystectomy, salpingectomy (non-sterilization indications) and detorsion';
    expect(one([adnexal], 'Lap bilateral salpingectomy for permanent sterilization')).toEqual(['UNKNOWN']);
    expect(one([adnexal], 'LAP R SALPINGECTOMY - HYDROSALPINX')[0]).toBe(adnexal);
    expect(one([adnexal], 'Lap BSO for BRCA1')).toEqual([adnexal]);
    expect(one([adnexal], 'OPEN BSO')).toEqual(['UNKNOWN']);
    const lap = 'Laparoscopic hysterectomy, total or supracervical, or laparoscopically assisted vaginal hysterectomy, with or without removal of tubes and ovaries';
    const vag = 'Vaginal hysterectomy, with or without removal of tubes and ovaries';
    const peri = 'Peripartum hysterectomy, including cesarean hysterectomy';
    expect(one([lap, vag, peri], 'HYSTERECTOMY')).toEqual(['UNKNOWN']);
    // (A review found:) a laparoscopic line is no cover for a hysterectomy of a kind it does not list.
    expect(one(['Laparoscopic hysterectomy, supracervical or LAVH', vag], 'LAPAROSCOPIC HYSTERECTOMY')).toEqual(['UNKNOWN']);
    expect(one(['Total laparoscopic hysterectomy'], 'TOTAL LAP HYST FOR ENDOMETRIAL CANCER')).toEqual(['Total laparoscopic hysterectomy']);
    // (And:) "non-obstetric" is still read as no pregnancy's; "non-sterilizing" and "non-contraceptive" say sterilization; "non-cosmetic" an aesthetic one.
    expect(one(['Dilation and curettage (non-obstetric indications)'], 'D&C FOR MISCARRIAGE')).toEqual(['UNKNOWN']);
    expect(one(['Salpingectomy, for non-sterilizing indications'], 'LAP BILAT SALPINGECTOMY FOR PERMANENT CONTRACEPTION')).toEqual(['UNKNOWN']);
    expect(one(['Rhinoplasty for non-cosmetic purposes'], 'AESTHETIC RHINOPLASTY')).toEqual(['UNKNOWN']);
    const morc = 'Contained tissue extraction with power morcellation within an isolation bag';
    expect(one([lap, morc], 'LSH w/ contained morcellation')).toEqual([lap, morc]);
    expect(one([lap], 'LSH w/ contained morcellation')).toEqual([lap]);
    const hsc = 'Hysteroscopy, diagnostic or operative, including directed biopsy and polypectomy';
    expect(one([hsc], 'Total lap hyst, BSO - endometrial CA grade 1')[0]).toBe('UNKNOWN');
  });
  it('reads "Cataract extraction with intraocular lens implantation …, including complex cases with pupil expansion devices …" as the cataract line it is (its "extraction … devices" read as a lead extraction the booking had to say: every PHACO/IOL was unknown), and a CIED extraction as a lead extraction', () => {
    const cat = 'Cataract extraction with intraocular lens implantation (phacoemulsification or extracapsular), including complex cases with pupil expansion devices or capsular tension ring';
    expect(one([cat], 'PHACO/IOL OD')).toEqual([cat]);
    expect(one([cat], 'CE/IOL OS - COMPLEX, MALYUGIN RING')).toEqual([cat]);
    expect(one(['Transvenous lead extraction'], 'CIED EXTRACTION')).toEqual(['Transvenous lead extraction']);
    expect(one(['Transvenous lead extraction'], 'DEVICE EXTRACTION - INFECTED ICD')[0]).toBe('Transvenous lead extraction');
  });
  it('reads Botox beside a sphincterotomy as the anal sphincter\'s chemodenervation the line takes "with or without"', () => {
    const lis = 'Lateral internal sphincterotomy or fissurectomy, with or without chemodenervation of the internal anal sphincter';
    expect(one([lis], 'LIS + Botox')).toEqual([lis]);
    expect(one(['Lateral internal sphincterotomy or fissurectomy'], 'LIS + BOTOX')).toEqual(['Lateral internal sphincterotomy or fissurectomy', 'UNKNOWN']);
  });
  it('reads a form\'s tier ("Level II: Cervical laminoplasty", "Tier 1 - …") and a podiatry form\'s "rearfoot" as no word a booking must say', () => {
    expect(one(['Level II: Cervical laminoplasty'], 'C3-6 LAMINOPLASTY')).toEqual(['Level II: Cervical laminoplasty']);
    expect(one(['Level III: Thoracolumbar fracture stabilization, open or percutaneous'], 'L2 burst fx perc fixation T12-L4')).toEqual(['Level III: Thoracolumbar fracture stabilization, open or percutaneous']);
    expect(one(['Tier 2 - Anterior cervical discectomy and fusion'], 'C5-6 ACDF')).toEqual(['Tier 2 - Anterior cervical discectomy and fusion']);
    const pf = 'Podiatry rearfoot: plantar fasciotomy, open or endoscopic, with or without heel spur resection';
    expect(one([pf], 'L plantar fasciotomy EPF')).toEqual([pf]);
    const pr = 'Podiatric surgery - rearfoot: subtalar and triple arthrodesis, calcaneal osteotomy';
    expect(one([pr], 'TRIPLE ARTHRODESIS')).toEqual([pr]);
    // (A review found:) "rearfoot" elsewhere is still the line's place: a rearfoot ORIF line is no wrist's.
    expect(one(['Rearfoot fracture open reduction internal fixation'], 'DISTAL RADIUS ORIF')).toEqual(['UNKNOWN']);
    expect(one(['Level II: Cervical laminoplasty'], 'L4-5 LAMINECTOMY')).toEqual(['UNKNOWN']);
  });
  it('reads "Advanced airway management including awake fiberoptic … intubation" as a category of the airway: an AWAKE FOI is one, a tracheostomy is not', () => {
    const air = 'Advanced airway management including awake fiberoptic and video laryngoscopic intubation';
    expect(one([air], 'AWAKE FOI')).toEqual([air]);
    expect(one([air], 'Awake fiberoptic intubation')).toEqual([air]);
    expect(one([air], 'AWAKE TRACH')).toEqual(['UNKNOWN']);
  });
  it('reads a thrombectomy of a cerebral venous sinus (CVST, SSS) as no peripheral venous thrombectomy: a peripheral intervention line covered it', () => {
    const per = 'Peripheral arterial and venous angioplasty and stent placement, including catheter-directed thrombolysis and thrombectomy';
    expect(one([per], 'TRANSVENOUS THROMBECTOMY - CVST SSS')).toEqual(['UNKNOWN']);
    expect(one([per], 'L ILIOFEMORAL DVT THROMBECTOMY')).toEqual([per]);
  });
  it('mends what a second review found: "non-neoplastic" still asks its word, a native-tissue repair excludes mesh, a vertebroplasty and an MMF need no place under their fracture heads, a scapular free flap is no upper extremity transfer, and MMR beside a shoulder scope is no meniscus repair', () => {
    expect(one(['Craniotomy for non-neoplastic indications'], 'CRANIOTOMY FOR GBM')).toEqual(['UNKNOWN']);
    expect(one(['Angiography (non-coronary indications)'], 'CORONARY ANGIOGRAPHY')).toEqual(['UNKNOWN']);
    const ap = 'Anterior and posterior colporrhaphy (native tissue)';
    expect(one([ap], 'ANTERIOR COLPORRHAPHY W/ MESH')).toEqual(['UNKNOWN']);
    expect(one([ap], 'A&P REPAIR W/ MESH')).toEqual(['UNKNOWN']);
    expect(one([ap], 'ANTERIOR COLPORRHAPHY')).toEqual([ap]);
    expect(one(['Vertebral compression fracture, kyphoplasty or vertebroplasty'], 'VERTEBROPLASTY T12')).toEqual(['Vertebral compression fracture, kyphoplasty or vertebroplasty']);
    expect(one(['Mandible fracture, ORIF or maxillomandibular fixation'], 'MMF W/ ARCH BARS')).toEqual(['Mandible fracture, ORIF or maxillomandibular fixation']);
    expect(one(['Arm fracture, ORIF'], 'ORIF L HUMERAL SHAFT FX')).toEqual(['Arm fracture, ORIF']);
    expect(one(['Free tissue transfer to the upper extremity'], 'SCAPULAR FREE FLAP TO MANDIBLE')).toEqual(['UNKNOWN']);
    expect(one(['Knee: meniscal repair, arthroscopic or open'], 'SHOULDER SCOPE, MMR')).toContain('UNKNOWN');
    expect(one(['Laparoscopic hysterectomy, total or supracervical'], 'TLH W/ MORCELLATION')).toEqual(['Laparoscopic hysterectomy, total or supracervical']);
  });
  it('reads "(non-malignant indications)" and "(non-oncologic)" as excluding a malignancy in any of its words (a TLH for endometrial cancer, a TAH for leiomyosarcoma, a craniotomy for a GBM), and "birth control" as contraception', () => {
    const hyst = 'Hysterectomy (non-malignant indications)';
    expect(one([hyst], 'TOTAL LAP HYST FOR ENDOMETRIAL CANCER')).toEqual(['UNKNOWN']);
    expect(one([hyst], 'TAH FOR LEIOMYOSARCOMA')).toEqual(['UNKNOWN']);
    expect(one([hyst], 'TLH FOR FIBROIDS')).toEqual([hyst]);
    expect(one(['Craniotomy (non-oncologic)'], 'CRANIOTOMY FOR GBM')).toEqual(['UNKNOWN']);
    expect(one(['Craniotomy (non-oncologic)'], 'CRANIOTOMY FOR GLIOMA')).toEqual(['UNKNOWN']);
    expect(one(['Craniotomy (non-oncologic)'], 'CRANIOTOMY FOR EDH')).toEqual(['Craniotomy (non-oncologic)']);
    expect(one(['Laparoscopic salpingectomy, non-contraceptive indications'], 'LAP BILATERAL SALPINGECTOMY FOR BIRTH CONTROL')).toEqual(['UNKNOWN']);
  });
  it('reads an orthopaedic template\'s brands as no operation (Eclipse, AltiVate, Coonrad-Morrey, Axogen, JRF, Coolief), EXCELSIUS as the robot, EXCH as exchange and PANC as pancreatic', () => {
    expect(one(['Total elbow arthroplasty, primary or revision'], 'R TOTAL ELBOW ARTHROPLASTY Zimmer Coonrad-Morrey')).toEqual(['Total elbow arthroplasty, primary or revision']);
    expect(one(['Revision shoulder arthroplasty, including conversion to reverse'], 'Revision R TSA to RSA DJO AltiVate')).toEqual(['Revision shoulder arthroplasty, including conversion to reverse']);
    expect(one(['Sacroiliac joint lateral branch radiofrequency ablation'], 'L SI RFA lateral branch (Coolief)')).toEqual(['Sacroiliac joint lateral branch radiofrequency ablation']);
    expect(one(['Posterior lumbar interbody fusion'], 'L4-S1 PLIF (EXCELSIUS GPS)')).toEqual(['UNKNOWN']);
    expect(one(['Endoscopic ultrasound with fine-needle aspiration or fine-needle biopsy (FNA/FNB)'], 'EUS UPPER - FNB PANC HEAD MASS')).toEqual(['Endoscopic ultrasound with fine-needle aspiration or fine-needle biopsy (FNA/FNB)']);
  });
  it('meets a line\'s "for …" clause by what the operation is always done for (the vocabulary\'s `for`): a septal myectomy is for HOCM, a UroLift for BPH; a TURP is not always for BPH and still has to say it', () => {
    const sm = 'Septal myectomy for hypertrophic obstructive cardiomyopathy';
    expect(one([sm], 'SEPTAL MYECTOMY')).toEqual([sm]);
    const pul = 'Prostatic urethral lift (implant) for benign prostatic hyperplasia';
    expect(one([pul], 'Urolift')).toEqual([pul]);
    expect(one(['Transurethral resection of prostate for benign prostatic hyperplasia'], 'TURP FOR PROSTATE CANCER')).toEqual(['UNKNOWN']);
    // (A review found:) not where the booking states another reason, nor for a clause of other words.
    expect(one([sm], 'SEPTAL MYECTOMY FOR SUBAORTIC MEMBRANE')).toEqual(['UNKNOWN']);
    expect(one(['Prostatic urethral lift, BPH only'], 'UROLIFT FOR PROSTATE CA')).toEqual(['UNKNOWN']);
    expect(one(['Alcohol septal ablation for obstructive lesions'], 'ALCOHOL SEPTAL ABLATION')).toEqual(['UNKNOWN']);
  });
  it('privileges an ulnar nerve decompression under "…, in situ or with anterior transposition" and "…, with or without anterior transposition", not only the transposition', () => {
    const either = 'Ulnar nerve decompression at the elbow, in situ or with anterior transposition';
    expect(one([either], 'L CUBITAL TUNNEL RELEASE IN SITU')).toEqual([either]);
    expect(one([either], 'R ULNAR NERVE ANTERIOR TRANSPOSITION')).toEqual([either]);
    const optional = 'Ulnar nerve decompression at the elbow, with or without anterior transposition';
    expect(one([optional], 'CUBITAL TUNNEL RELEASE')).toEqual([optional]);
    expect(one([optional], 'ULNAR NERVE TRANSPOSITION')).toEqual([optional]);
    expect(one([optional], 'CARPAL TUNNEL RELEASE')).toEqual(['UNKNOWN']);
  });
  it('reads a line\'s "for trauma" as a limit of its exploratory laparotomy and what it includes (a damage control laparotomy is done for sepsis or ischemia too, and has to say trauma); "via L thoracotomy" is a way in, no thoracotomy of its own', () => {
    const trauma = 'Exploratory laparotomy for trauma, including damage control laparotomy, perihepatic packing and temporary abdominal closure';
    expect(one([trauma], 'EX LAP FOR GSW ABDOMEN')).toEqual([trauma]);
    expect(one([trauma], 'EX LAP FOR SBO')).toEqual(['UNKNOWN']);
    expect(one([trauma], 'DAMAGE CONTROL LAPAROTOMY')).toEqual(['UNKNOWN']);
    expect(one([trauma], 'DAMAGE CONTROL LAPAROTOMY FOR GSW')).toEqual([trauma]);
    expect(one([trauma], 'DAMAGE CONTROL LAPAROTOMY FOR MESENTERIC ISCHEMIA')).toEqual(['UNKNOWN']);
    const perf = 'Repair of esophageal perforation';
    expect(one([perf, 'Thoracotomy for trauma, including pulmonary tractotomy and wedge resection'], 'ESOPHAGEAL PERFORATION REPAIR VIA L THORACOTOMY')).toEqual([perf]);
  });
  it('reads a lone S1 beside the sacrum\'s own words as sacral: an S1 sacroplasty is no thoracic or lumbar vertebral augmentation, an S1 transforaminal injection still lumbar', () => {
    const aug = 'Percutaneous vertebral augmentation (kyphoplasty or vertebroplasty), thoracic or lumbar';
    expect(one([aug], 'S1 SACROPLASTY')).toEqual(['UNKNOWN']);
    expect(one([aug], 'L1 KYPHOPLASTY')).toEqual([aug]);
    expect(one(['Lumbar transforaminal epidural steroid injection'], 'R S1 TFESI')).toEqual(['Lumbar transforaminal epidural steroid injection']);
  });
  it('reads "Core:", "Supplemental:" and "Special privilege:" before a line as the list it is on, not a word the booking must say, and a MIGS line "combined with cataract extraction" as no cataract line', () => {
    const phaco = 'Core: Cataract extraction by phacoemulsification or extracapsular technique, with intraocular lens implantation';
    const migs = 'Core: Minimally invasive glaucoma surgery combined with cataract extraction (trabecular micro-bypass stent, goniotomy)';
    expect(one([phaco, migs], 'PHACO W/ IOL OS')).toEqual([phaco]);
    expect(one([migs], 'PHACO W/ IOL OS')).toEqual(['UNKNOWN']);
    expect(one(['Supplemental: Photorefractive keratectomy (PRK) and LASIK'], 'PRK (OU)')).toEqual(['Supplemental: Photorefractive keratectomy (PRK) and LASIK']);
    expect(one(['Special privilege: Septorhinoplasty'], 'SEPTORHINOPLASTY')).toEqual(['Special privilege: Septorhinoplasty']);
  });
  it('reads a line named for a laparotomy as open throughout: "Exploratory laparotomy, including bowel resection, …" privileges an open small bowel resection, not a laparoscopic one', () => {
    const exlap = 'Exploratory laparotomy, including bowel resection, ostomy creation, and damage-control procedures';
    expect(one([exlap], 'LAP SBR FOR STRICTURE')).toEqual(['UNKNOWN']);
    expect(one([exlap], 'EX LAP, SBR')).toEqual([exlap]);
    expect(one([exlap], 'OPEN SMALL BOWEL RESECTION')).toEqual([exlap]);
    expect(one([exlap], 'LAPAROSCOPIC ILEOSTOMY CREATION')).toEqual(['UNKNOWN']);
  });
  it('reads a parenthesized list of places after a limb\'s fractures as where the line\'s fixation is: "(clavicle, humerus, elbow, forearm, distal radius)" privileges no scaphoid; "(not including carpus)" and "(phalanges only)" keep the carpal bones out', () => {
    const ue = 'Open reduction and internal fixation of upper extremity fractures (clavicle, humerus, elbow, forearm, distal radius)';
    expect(one([ue], 'ORIF L SCAPHOID')).toEqual(['UNKNOWN']);
    expect(one([ue], 'ORIF R DISTAL RADIUS')).toEqual([ue]);
    expect(one([ue], 'ORIF L CLAVICLE')).toEqual([ue]);
    // (A review found a hand region that took the carpal bones covering these; the hand keeps its own bones.)
    expect(one(['ORIF of hand fractures (not including carpus)'], 'ORIF L SCAPHOID')).toEqual(['UNKNOWN']);
    expect(one(['Fracture care of the hand (phalanges only)'], 'ORIF R LUNATE')).toEqual(['UNKNOWN']);
    expect(one(['ORIF of hand fractures (metacarpal and phalangeal)'], 'ORIF R SCAPHOID')).toEqual(['UNKNOWN']);
  });
  it('reads an operation listed beside a revision as a peer ("Pulse generator change/upgrade & lead revision") as the line\'s own, and a device upgrade as an operation', () => {
    const gen = 'Pulse Generator Change/Upgrade & Lead Revision';
    expect(one([gen], 'ICD GENERATOR CHANGE')).toEqual([gen]);
    expect(one([gen], 'ICD UPGRADE')).toEqual([gen]);
    expect(one([gen], 'RA LEAD REVISION - DISLODGED')).toEqual([gen]);
    expect(one([gen], 'PPM IMPLANT DUAL CHAMBER')).toEqual(['UNKNOWN']);
    // (An upgrade to CRT places an LV lead: a privilege of its own, no generic upgrade.)
    expect(one([gen], 'PPM UPGRADE TO CRT-D')).toContain('UNKNOWN');
    expect(one(['Pulse generator change and lead revision'], 'GENERATOR CHANGE')).toEqual(['Pulse generator change and lead revision']);
    expect(one(['Revision spinal fusion with removal of instrumentation'], 'REMOVAL OF SPINAL HARDWARE')).toEqual(['UNKNOWN']);
  });
  it('reads the word a scheduling system cut short at the end of a name ("UNICOMPARTMENTAL KNEE ARTHROPL", "HERNIA REPAIR INGUINAL LAPAROS -- BILAT TEP") where it begins only one word, and leaves one it cannot tell ("GASTRIC BAN": band, banding, Bankart) unknown', () => {
    expect(one(['Unicompartmental knee arthroplasty'], 'UNICOMPARTMENTAL KNEE ARTHROPL')).toEqual(['Unicompartmental knee arthroplasty']);
    expect(one(['Laparoscopic inguinal hernia repair'], 'HERNIA REPAIR INGUINAL LAPAROS -- BILAT TEP')).toEqual(['Laparoscopic inguinal hernia repair']);
    expect(one(['Open inguinal hernia repair'], 'HERNIA REPAIR INGUINAL LAPAROS -- BILAT TEP')).toEqual(['UNKNOWN']);
    expect(one(['Removal of adjustable gastric band'], 'REMOVAL ADJUSTABLE GASTRIC BAN -- LAP, SLIPPED BAND')).toContain('UNKNOWN');
    // (Only at the end of the name: a word cut short in the middle is no system's cut.)
    expect(one(['Unicompartmental knee arthroplasty'], 'ARTHROPL KNEE UNICOMPARTMENTAL -- R')).toContain('UNKNOWN');
  });
  it('keeps the staging of "EX-LAP TAH BSO STAGING" as an operation of its own, not a describing word of the laparotomy', () => {
    const lines = ['Exploratory laparotomy', 'Total abdominal hysterectomy with bilateral salpingo-oophorectomy'];
    expect(one(lines, 'EX-LAP TAH BSO STAGING')).toContain('UNKNOWN');
    expect(one([...lines, 'Surgical staging of gynecologic malignancy'], 'EX-LAP TAH BSO STAGING')).not.toContain('UNKNOWN');
  });
  it('reads the place a line begins with as that of both operations "and" joins: "Lower extremity angiography and endovascular intervention (angioplasty, stenting, atherectomy)" privileges an SFA angioplasty and a runoff, no upper extremity angiogram', () => {
    const le = 'Lower extremity angiography and endovascular intervention (angioplasty, stenting, atherectomy)';
    expect(one([le], 'R SFA ANGIOPLASTY')).toEqual([le]);
    expect(one([le], 'LLE ANGIO W/ RUNOFF')).toEqual([le]);
    expect(one([le], 'R UPPER EXTREMITY ANGIOGRAM')).toEqual(['UNKNOWN']);
    expect(one([le], 'CORONARY ANGIOGRAPHY')).toEqual(['UNKNOWN']);
  });
  it('reads a procedure master\'s name that begins with its site alone ("Hip, arthroscopy, labral repair (Left)", "Tibia, IMN (Right)") with the site on what follows', () => {
    const hip = 'Hip arthroscopy, including labral repair and femoroacetabular osteoplasty';
    expect(one([hip], 'Hip, arthroscopy, labral repair (Left)')).toEqual([hip]);
    const tib = 'Open and closed treatment of fractures of the tibia, including intramedullary nailing';
    expect(one([tib], 'Tibia, IMN (Right)')).toEqual([tib]);
    expect(one(['Open and closed treatment of fractures of the femur, including intramedullary nailing'], 'Tibia, IMN (Right)')).toEqual(['UNKNOWN']);
  });
  it('keeps what a review of these rules found: "or with" only after "in situ", "diagnostic" or "alone" (a lumbar fusion line "…, without instrumentation or with pedicle screw instrumentation" keeps its "lumbar"); a revision heading the line revises all it lists; a laparotomy line that names laparoscopic operations keeps their route; a septorhinoplasty meets "Septoplasty combined with rhinoplasty"; a sacral complaint makes no S1 sacral', () => {
    expect(one(['Spinal fusion, lumbar, without instrumentation or with pedicle screw instrumentation'], 'C5-6 ACDF')).toEqual(['UNKNOWN']);
    expect(one(['Mastectomy, left breast only, simple or with SLNB'], 'R SIMPLE MASTECTOMY')).toEqual(['UNKNOWN']);
    expect(one(['Revision ACL and PCL reconstruction'], 'R PCL RECON')).toEqual(['UNKNOWN']);
    const lap = 'Exploratory laparotomy, including laparoscopic cholecystectomy and laparoscopic appendectomy';
    expect(one([lap], 'OPEN CHOLE')).toEqual(['UNKNOWN']);
    expect(one([lap], 'LAP CHOLE')).toEqual([lap]);
    expect(one(['Laparotomy and laparoscopy, including appendectomy, cholecystectomy and bowel resection'], 'LAP APPY')).toEqual(['Laparotomy and laparoscopy, including appendectomy, cholecystectomy and bowel resection']);
    expect(one(['Septoplasty combined with rhinoplasty'], 'SEPTORHINOPLASTY')).toEqual(['Septoplasty combined with rhinoplasty']);
    const migs = 'Minimally invasive glaucoma surgery combined with cataract extraction (trabecular micro-bypass stent, goniotomy)';
    expect(one([migs], 'PHACO W/ IOL OS')).toEqual(['UNKNOWN']);
    expect(one(['Lumbar laminectomy, discectomy and foraminotomy'], 'S1 NERVE ROOT DECOMPRESSION -- SACRAL RADICULOPATHY')).toEqual(['Lumbar laminectomy, discectomy and foraminotomy']);
    expect(one(['Mitral valve replacement'], 'MVR VIA R THORACOTOMY')).toContain('UNKNOWN');
  });
  it('reads "Peripheral nerve blocks, single-injection or continuous catheter" as every peripheral nerve block of either kind, not the continuous catheter alone; an AF ablation line listing its energies stays an AF ablation line', () => {
    const pnb = 'Peripheral nerve blocks, single-injection or continuous catheter, ultrasound-guided';
    expect(one([pnb], 'L INTERSCALENE BLOCK')).toEqual([pnb]);
    expect(one([pnb], 'NERVE BLOCK ADDUCTOR CANAL -- L, SINGLE SHOT')).toEqual([pnb]);
    expect(one([pnb], 'L INTERSCALENE CATHETER')).toEqual([pnb]);
    expect(one([pnb], 'LABOR EPIDURAL')).toEqual(['UNKNOWN']);
    expect(one(['Continuous peripheral nerve catheter placement'], 'L INTERSCALENE BLOCK')).toEqual(['UNKNOWN']);
    const af = 'Atrial Fibrillation Ablation - Pulmonary Vein Isolation (Radiofrequency/Cryo/Pulsed Field)';
    expect(one([af], 'ABLATION VENTRICULAR TACHYCARDIA -- ISCHEMIC VT, SUBSTRATE')).toEqual(['UNKNOWN']);
    expect(one([af], 'CRYOBALLOON PVI')).toEqual([af]);
  });
  it('reads "w/ or w/o mesh" in a Title Case line as "with or without", not as an exclusion of the mesh', () => {
    const ihr = 'Inguinal/Femoral Hernia Repair, Lap/Open, w/ or w/o Mesh';
    expect(one([ihr], 'HERNIA REPAIR INGUINAL LAPAROS -- BILAT TEP W/ MESH')).toEqual([ihr]);
    expect(one([ihr], 'L IHR')).toEqual([ihr]);
    expect(one(['Inguinal hernia repair without mesh'], 'L IHR W/ MESH')).toEqual(['UNKNOWN']);
    const chole = 'Cholecystectomy, Lap/Open, w/ or w/o Intraoperative Cholangiogram';
    expect(one([chole], 'CHOLECYSTECTOMY LAPAROSCOPIC W -- IOC')).toEqual([chole]);
  });
  it('reads CORO as coronary ("LHC W/ CORO") and a PI-RADS score as no peripheral iridotomy', () => {
    const lhc = 'Left heart catheterization with coronary angiography';
    expect(one([lhc], 'LHC W/ CORO')).toEqual([lhc]);
    const bx = 'Transperineal prostate biopsy';
    expect(one([bx], 'TRANSPERINEAL PROSTATE BIOPSY -- MRI FUSION, PI-RADS 4')).toEqual([bx]);
  });
  it('reads "Open cholecystectomy, including conversion from laparoscopic approach" as the open operation only: no laparoscopic cholecystectomy', () => {
    const open = '1.8 Open cholecystectomy, including conversion from laparoscopic approach';
    expect(one([open], 'LAP CHOLE')).toEqual(['UNKNOWN']);
    expect(one([open], 'OPEN CHOLECYSTECTOMY')).toEqual([open]);
    const lap = '1.7 Laparoscopic cholecystectomy with or without cholangiography';
    expect(one([lap, open], 'LAP CHOLE POSS OPEN')).toEqual([`${lap} or ${open}`]);
  });
  it('reads "w/ distal radius bone graft" as where the graft is taken from: a scaphoid ORIF stays a scaphoid ORIF, no distal radius ORIF', () => {
    const scaphoid = '4.10 Fixation of scaphoid fractures and nonunions, with or without bone graft';
    const radius = '4.8 Open reduction and internal fixation of distal radius fractures';
    expect(one([scaphoid, radius], 'Scaphoid ORIF (R) w/ distal radius bone graft')).toEqual([scaphoid]);
    expect(one([radius], 'Scaphoid ORIF (R) w/ distal radius bone graft')).not.toContain(radius);
  });
  it('reads TIB/FIB as the tibia and fibula: an external fixator booking asks no word about "fib"', () => {
    const m = new ProcedureMatcher([{ id: 'X', name: 'X', department: 'Orthopaedic Surgery', kind: 'core' as const, procedures: [{ name: 'Application and removal of external fixator, uniplanar or multiplanar, any extremity' }] }], { vocabulary: builtinVocabulary() });
    expect(m.match('ex fix R tib/fib').parts.map((p) => p.why ?? '').join(' ')).not.toMatch(/"fib"/);
  });
  it('reads "Pacemaker and ICD generator change" as two generator changes, no pacemaker implantation, and PPM/ICD GEN CHANGE as the device\'s generator change', () => {
    const gen = 'Pacemaker and ICD generator change';
    expect(one([gen], 'PPM IMPLANT DUAL')).toEqual(['UNKNOWN']);
    expect(one([gen], 'PPM GEN CHANGE')).toEqual([gen]);
    expect(one([gen], 'ICD GEN CHANGE')).toEqual([gen]);
  });
  it('keeps what a second review found: an epidural or single-nerve block line offering single-injection or continuous is no line for every peripheral block; CORO is a coronary angiogram, not a word for the line beside it; a second site starts an operation of its own; a place list not closing its line, or a list of separate items, keeps the rest of the line', () => {
    expect(one(['Epidural block, single-injection or continuous catheter'], 'INTERSCALENE BLOCK')).toEqual(['UNKNOWN']);
    expect(one(['Peripheral nerve blocks, continuous catheter (single-injection blocks are core)'], 'INTERSCALENE BLOCK')).toEqual(['UNKNOWN']);
    expect(one(['Peripheral Nerve Blocks, Ultrasound-Guided, Single Injection & Continuous Catheter'], 'NERVE BLOCK ADDUCTOR CANAL -- L, SINGLE SHOT')).toEqual(['Peripheral Nerve Blocks, Ultrasound-Guided, Single Injection & Continuous Catheter']);
    expect(one(['Right heart catheterization'], 'RHC CORO')).toContain('UNKNOWN');
    expect(one(['Percutaneous coronary intervention'], 'CORO POSS PCI')).toContain('UNKNOWN');
    expect(one(['Knee arthroscopy'], 'Knee, hip arthroscopy')).toContain('UNKNOWN');
    expect(one(['Total knee arthroplasty'], 'Knee, arthroplasty, total; hip, arthroplasty, total')).toContain('UNKNOWN');
    const both = 'ORIF of upper extremity fractures (clavicle, humerus, elbow, forearm, distal radius) and lower extremity fractures';
    expect(one([both], 'ORIF R ANKLE')).toEqual([both]);
    expect(one(['Exploratory laparotomy; appendectomy; cholecystectomy'], 'LAP APPY')).toEqual(['Exploratory laparotomy; appendectomy; cholecystectomy']);
  });
  it('reads "combined with" as an occasion only for a category of operations listed (MIGS combined with cataract extraction), so "Phacoemulsification combined with trabeculectomy" privileges a PHACO/TRAB; a line marked denied keeps its "Non-core:"', () => {
    expect(one(['Phacoemulsification combined with trabeculectomy'], 'PHACO/TRAB')).toEqual(['Phacoemulsification combined with trabeculectomy']);
    expect(one(['Non-core: Carotid stenting (denied)'], 'R CAROTID STENT')).toEqual(['UNKNOWN']);
  });
  it('reads "(special)" after a with-clause as a note, no kind the line is limited to: "Free tissue transfer with microvascular anastomosis (special)" privileges an ALT or fibula free flap', () => {
    const free = 'Free tissue transfer with microvascular anastomosis (special)';
    expect(one([free], 'ALT FREE FLAP R LEG')).toEqual([free]);
    expect(one([free], 'FIBULA FREE FLAP MANDIBLE RECON')).toEqual([free]);
    expect(one([free], 'SPLIT THICKNESS SKIN GRAFT R LEG')).toEqual(['UNKNOWN']);
    // (A pedicled radial forearm flap is no free flap: it had been read as the radial forearm free flap.)
    expect(one([free], 'L RADIAL FOREARM PEDICLED FLAP')).toEqual(['UNKNOWN']);
  });
  it('privileges no Hartmann procedure under "Partial colectomy with anastomosis", and no scleral buckle or pneumatic retinopexy under "Repair of retinal detachment with vitrectomy": each is done without what the line names', () => {
    const colectomy = 'Partial colectomy with anastomosis';
    expect(one([colectomy], 'HARTMANN PROCEDURE')).toEqual(['UNKNOWN']);
    expect(one([colectomy], 'LAP SIGMOID COLECTOMY')).toEqual([colectomy]);
    expect(one(['Partial colectomy'], 'HARTMANN PROCEDURE')).toEqual(['Partial colectomy']);
    const rd = 'Repair of retinal detachment with vitrectomy';
    expect(one([rd], 'SCLERAL BUCKLE OS')).toEqual(['UNKNOWN']);
    expect(one([rd], 'PNEUMATIC RETINOPEXY OD')).toEqual(['UNKNOWN']);
    expect(one(['Repair of retinal detachment, with or without vitrectomy'], 'SCLERAL BUCKLE OS')).toEqual(['Repair of retinal detachment, with or without vitrectomy']);
  });
  it('privileges a revision hip or knee arthroplasty under "Total Joint Arthroplasty - Hip/Knee, Primary & Revision", as under "…, primary and revision", and no revision of another joint', () => {
    const tja = 'Total Joint Arthroplasty - Hip/Knee, Primary & Revision';
    expect(one([tja], 'REVISION TOTAL HIP ARTHROPLASTY')).toEqual([tja]);
    expect(one([tja], 'REVISION TKA')).toEqual([tja]);
    expect(one([tja], 'REVISION R TSA')).toEqual(['UNKNOWN']);
    expect(one(['Total shoulder arthroplasty, primary or revision'], 'REVISION TKA')).toEqual(['UNKNOWN']);
    expect(one(['Total Joint Arthroplasty - Hip/Knee, Primary'], 'REVISION TKA')).toEqual(['UNKNOWN']);
  });
  it('reads "(does not include …)" as an exclusion: "Thyroidectomy, partial or total (does not include parathyroid exploration)" privileges no parathyroidectomy', () => {
    const thyroid = 'Thyroidectomy, partial or total (does not include parathyroid exploration)';
    expect(one([thyroid], 'PARATHYROIDECTOMY')).toEqual(['UNKNOWN']);
    expect(one([thyroid], 'TOTAL THYROIDECTOMY')).toEqual([thyroid]);
    expect(one(['Colectomy, does not include total colectomy'], 'TOTAL COLECTOMY')).toEqual(['UNKNOWN']);
  });
  it('privileges no drain placement under a line for a drain\'s injection, exchange, upsizing and removal, and no drain exchange in the right lower quadrant under a biliary drain line', () => {
    const care = 'Percutaneous drainage catheter injection, exchange, upsizing and removal';
    expect(one([care], 'IR CT GUIDED ABSCESS DRAINAGE PELVIS')).toEqual(['UNKNOWN']);
    expect(one([care], 'IR DRAIN REMOVAL')).toEqual([care]);
    expect(one([care], 'IR DRAIN EXCHANGE RLQ')).toEqual([care]);
    const biliary = 'Biliary drainage catheter exchange, removal and internal/external conversion';
    expect(one([biliary], 'IR DRAIN EXCHANGE RLQ')).toEqual(['UNKNOWN']);
    expect(one([biliary], 'IR BILIARY DRAIN EXCHANGE')).toEqual([biliary]);
  });
  it('reads "Podiatric" as no pediatric age limit, a form\'s "Category I (forefoot):" as no word a booking must say, and the specialty of "Robotic-assisted urologic surgery: …" as no limit', () => {
    const forefoot = 'Podiatric surgery, Category I (forefoot): bunionectomy, hammertoe correction, metatarsal osteotomy, sesamoidectomy and neuroma excision';
    expect(one([forefoot], 'Hammertoe correction 2nd toe R')).toEqual([forefoot]);
    expect(one([forefoot], 'R TKA')).toEqual(['UNKNOWN']);
    const uro = 'Robotic-assisted urologic surgery: prostatectomy, nephrectomy, partial nephrectomy, pyeloplasty (special)';
    expect(one([uro, 'Nephrectomy, radical, partial, or simple, open or laparoscopic'], 'Robotic partial nephrectomy L (Xi)')).toEqual([uro]);
    const ortho = 'Robotic-assisted orthopedic surgery: total knee arthroplasty (special)';
    expect(one([ortho, 'Total knee arthroplasty'], 'MAKO TKA')).toEqual([ortho]);
    expect(one([ortho, 'Total knee arthroplasty'], 'MAKO THA')).toEqual(['UNKNOWN']);
  });
  it('privileges no plantar fasciotomy under a line for excision of foot masses that lists a plantar fibroma', () => {
    const masses = 'Excision of soft tissue masses of the foot and ankle (ganglion, lipoma, plantar fibroma)';
    expect(one([masses], 'PLANTAR FASCIOTOMY L')).toEqual(['UNKNOWN']);
    expect(one([masses], 'EXCISION PLANTAR FIBROMA R')).toEqual([masses]);
    expect(one(['Plantar fasciotomy, open or endoscopic'], 'EXCISION PLANTAR FIBROMA R')).toEqual(['UNKNOWN']);
  });
  it('reads an English word one letter from an operation\'s word as itself: lumbar branches coiled with an EVAR ask for no branched endograft', () => {
    expect(one(['Fenestrated or branched endovascular aortic repair'], 'EVAR W/ COIL EMBOLIZATION OF LUMBAR BRANCHES')).not.toContain('Fenestrated or branched endovascular aortic repair');
  });
  it('reads a line that names tendons, nerves or nodes in the plural: "Primary repair of flexor tendons of the hand" privileges an FDP repair, and the "joint" of a facet injection listed beside a medial branch RFA is no limit on the RFA', () => {
    const flexor = 'Primary repair of flexor tendons of the hand';
    expect(one([flexor], 'FLEXOR TENDON REPAIR L INDEX FINGER')).toEqual([flexor]);
    expect(one([flexor], 'ACHILLES TENDON REPAIR')).toEqual(['UNKNOWN']);
    expect(one(['Repair of digital nerves'], 'DIGITAL NERVE REPAIR R THUMB')).toEqual(['Repair of digital nerves']);
    const facet = 'Facet joint injection, medial branch block, and radiofrequency ablation of medial branch nerves, cervical, thoracic, or lumbar';
    expect(one([facet], 'L3-5 MEDIAL BRANCH RFA B/L')).toEqual([facet]);
    expect(one(['Distal endograft extension'], 'INSERTION PROXIMAL ENDOGRAFT EXTENSION')).toEqual(['UNKNOWN']);
  });
  it('reads a "lower limb" line as a lower extremity line, an SFA as on the leg, and leaves a laser atherectomy unknown where the catalog lists the atherectomy kinds it privileges beside an angioplasty line', () => {
    const bypass = 'Lower limb arterial bypass (femoro-popliteal or femoro-distal), vein or prosthetic';
    expect(one([bypass], 'R FEM-POP BYPASS (AK, PTFE)')).toEqual([bypass]);
    expect(one([bypass], 'AXILLOFEMORAL BYPASS')).toEqual(['UNKNOWN']);
    const angio = 'Lower extremity angiography and angioplasty';
    expect(one([angio], 'L SFA ANGIOPLASTY')).toEqual([angio]);
    const lines = ['Iliac and lower extremity arterial angioplasty and stent placement', 'Peripheral atherectomy (rotational, orbital, directional), lower extremity'];
    expect(one(lines, 'LASER ATHERECTOMY RT SFA')).toEqual(['UNKNOWN']);
    expect(one(lines, 'ORBITAL ATHERECTOMY RT SFA')).toEqual([lines[1]]);
  });
  it('reads Commonwealth bookings: LAP APPX, bilateral TEP for IH, APER, EL LSCS and EMLSCS, NOF #, +VE, a defunctioning ileostomy, an orchidectomy, SSG and a 3B perineal tear', () => {
    expect(one(['Appendicectomy, open or laparoscopic'], 'LAP APPX')).toEqual(['Appendicectomy, open or laparoscopic']);
    expect(one(['Inguinal hernia repair, open or laparoscopic'], 'LAP TEP BILAT IH')).toEqual(['Inguinal hernia repair, open or laparoscopic']);
    expect(one(['Abdominoperineal excision of rectum'], 'LAPAROSCOPIC APER')).toEqual(['Abdominoperineal excision of rectum']);
    const cs = 'Caesarean section, elective or emergency';
    expect(one([cs], 'EL LSCS')).toEqual([cs]);
    expect(one([cs], 'EMLSCS')).toEqual([cs]);
    expect(one(['Open reduction and internal fixation of ankle fracture'], 'ORIF ANKLE #')).toEqual(['Open reduction and internal fixation of ankle fracture']);
    expect(one(['Parathyroidectomy'], 'FOCUSSED PARATHYROIDECTOMY (SESTAMIBI +VE L INF)')).toEqual(['Parathyroidectomy']);
    expect(one(['Formation, revision and closure of ileostomy or colostomy'], 'CLOSURE LOOP ILEOSTOMY')).toEqual(['Formation, revision and closure of ileostomy or colostomy']);
    expect(one(['Orchidectomy, simple or radical inguinal'], 'R RADICAL INGUINAL ORCHIDECTOMY')).toEqual(['Orchidectomy, simple or radical inguinal']);
    expect(one(['Split-thickness skin grafting'], 'SSG TO R LEG WOUND')).toEqual(['Split-thickness skin grafting']);
    const tears = ['Repair of third- and fourth-degree perineal tears', 'Repair of episiotomy and first- or second-degree perineal tears'];
    expect(one(tears, 'REPAIR 3B PERINEAL TEAR')).toEqual([tears[0]]);
    expect(one(tears, 'REPAIR 2ND DEGREE LACERATION')).toEqual([tears[1]]);
    expect(one([tears[1]], '3RD DEGREE LAC REPAIR')).toEqual(['UNKNOWN']);
    expect(one(['Subconjunctival gel stent implantation (XEN)'], 'XEN gel stent OS w/ MMC 0.2mg/ml')).toEqual(['Subconjunctival gel stent implantation (XEN)']);
  });
  it('reads procedural-unit shorthand: R&L HEART CATH is both sides, LM beside a PCI is the left main, a pericardiocentesis drain and a labor epidural catheter are their operation\'s, an intraoperative TEE is a perioperative one', () => {
    const rhc = 'Right heart catheterization, including hemodynamic assessment';
    const lhc = 'Left heart catheterization with selective coronary angiography';
    expect(one([rhc, lhc], 'R&L HEART CATH')).toEqual([rhc, lhc]);
    expect(one(['Percutaneous coronary intervention'], 'HIGH RISK PCI LM')).toEqual(['Percutaneous coronary intervention']);
    expect(one(['Pericardiocentesis, with or without pericardial drain placement'], 'PERICARDIOCENTESIS W DRAIN')).toEqual(['Pericardiocentesis, with or without pericardial drain placement']);
    expect(one(['Neuraxial anesthesia (spinal, epidural, combined spinal-epidural)'], 'LABOR EPIDURAL CATHETER PLACEMENT')).toEqual(['Neuraxial anesthesia (spinal, epidural, combined spinal-epidural)']);
    const tee = 'Perioperative transesophageal echocardiography (requires advanced perioperative TEE certification)';
    expect(one([tee], 'INTRAOP TEE')).toEqual([tee]);
    expect(one(['Laparoscopic myomectomy'], 'HIGH RISK PCI LM')).toEqual(['UNKNOWN']);
  });
  it('keeps what a review of the Commonwealth and plural readings found: a 3B rotator cuff tear is no perineal tear, a splanchnic RF denervation no medial branch RFA, necrotizing fasciitis no Dupuytren fasciectomy, millilitres no microlaryngoscopy, a JP drain no IR drain, APPX before a number no appendectomy, a sleeve revision no gastric bypass line\'s, a bare podiatry category no knee fusion, and an interscalene block no lower extremity block', () => {
    const ob = 'Repair of obstetric lacerations';
    expect(one([ob], 'ARTHROSCOPIC REPAIR GRADE 3B PARTIAL TEAR SUPRASPINATUS')).toEqual(['UNKNOWN']);
    expect(one([ob], 'REPAIR 3B TEAR HAMSTRING')).toEqual(['UNKNOWN']);
    expect(one(['Radiofrequency ablation of medial branch nerves'], 'RADIOFREQUENCY DENERVATION THORACIC SPLANCHNIC')).toEqual(['UNKNOWN']);
    expect(one(["Fasciectomy for Dupuytren's contracture"], 'FASCIECTOMY FOR NECROTIZING FASCIITIS HAND')).toEqual(['UNKNOWN']);
    expect(one(['Microlaryngoscopy with or without biopsy'], 'BIOPSY 5 ML')).toEqual(['UNKNOWN']);
    expect(one(['Percutaneous drain placement'], 'JP DRAIN REMOVAL')).toEqual(['UNKNOWN']);
    expect(one(['Percutaneous drain placement'], 'IR ABSCESS DRAIN REMOVAL')).toEqual(['Percutaneous drain placement']);
    expect(one(['Cholecystectomy', 'Appendectomy'], 'LAP CHOLE APPX 90 MIN')).toEqual(['Cholecystectomy']);
    expect(one(['Gastric bypass, primary and revision'], 'REVISION SLEEVE GASTRECTOMY')).toEqual(['UNKNOWN']);
    expect(one(['Podiatric surgery, Category II (rearfoot and midfoot): arthrodesis'], 'KNEE FUSION')).not.toContain('Podiatric surgery, Category II (rearfoot and midfoot): arthrodesis');
    const lower = 'Lower limb peripheral nerve blocks, single-injection';
    expect(one([lower], 'INTERSCALENE BLOCK')).toEqual(['UNKNOWN']);
    expect(one([lower], 'ADDUCTOR CANAL BLOCK')).toEqual([lower]);
  });
  it('reads "with" a list of ways an operation is done as no kind of it: "…, with simple, intermediate, or complex closure" privileges a melanoma excision, while "Knee arthroscopy with meniscectomy or chondroplasty" stays those kinds', () => {
    const skin = 'Excision of benign or malignant lesions of the skin and subcutaneous tissue, with simple, intermediate, or complex closure';
    expect(one([skin], 'EXCISION MELANOMA SCALP')).toEqual([skin]);
    const knee = 'Knee arthroscopy with meniscectomy or chondroplasty';
    expect(one([knee], 'L KNEE SCOPE PARTIAL MENISCECTOMY')).toEqual([knee]);
    expect(one([knee], 'L KNEE ACL RECONSTRUCTION')).toEqual(['UNKNOWN']);
  });
  it('asks a laser booking for the laser line where the catalog privileges laser surgery at that place on a line of its own, and not otherwise', () => {
    const ml = 'Microlaryngoscopy with biopsy or excision of vocal fold lesions';
    const laser = 'Transoral CO2 laser surgery of the larynx';
    expect(one([ml, laser], 'MICROLARYNGOSCOPY WITH CO2 LASER EXCISION VOCAL CORD LESION')).toContain('UNKNOWN');
    expect(one([ml, laser], 'MICROLARYNGOSCOPY EXCISION VC POLYP')).toEqual([ml]);
    expect(one([ml], 'MICROLARYNGOSCOPY WITH CO2 LASER EXCISION VOCAL CORD LESION')).toEqual([ml]);
    expect(one([ml, 'Holmium laser enucleation of the prostate'], 'MICROLARYNGOSCOPY WITH CO2 LASER EXCISION VOCAL CORD LESION')).toEqual([ml]);
  });
  it('keeps what a second review found: a podiatry category whose operations name no place is no cover for a BKA or a hand graft, a benign skin lesion line no DFSP, a mastectomy-with-reconstruction line no DIEP flap alone, a lateral branch RF denervation no medial branch RFA, and a revision rhinoplasty is the septorhinoplasty line\'s', () => {
    const cat1 = 'Podiatric surgery, Category I (forefoot): amputation, skin graft, debridement';
    expect(one([cat1], 'BKA')).toEqual(['UNKNOWN']);
    expect(one([cat1], 'SKIN GRAFT HAND')).toEqual(['UNKNOWN']);
    expect(one(['Excision of benign skin lesion, with simple, intermediate, or complex closure'], 'DERMATOFIBROSARCOMA EXCISION')).toEqual(['UNKNOWN']);
    expect(one(['Mastectomy with immediate or delayed reconstruction'], 'DIEP FLAP')).toEqual(['UNKNOWN']);
    expect(one(['Radiofrequency ablation of medial branch nerves'], 'RF DENERVATION SACROILIAC LATERAL BRANCH')).toEqual(['UNKNOWN']);
    expect(one(['Rhinoplasty and septoplasty, primary and revision'], 'REVISION RHINOPLASTY')).toEqual(['Rhinoplasty and septoplasty, primary and revision']);
  });
  it('reads a lumbar plexus block as no upper extremity block (a "plexus" is not the arm\'s by itself)', () => {
    const upper = 'Upper extremity peripheral nerve blocks';
    expect(one([upper], 'LUMBAR PLEXUS BLOCK')).toEqual(['UNKNOWN']);
    expect(one([upper], 'INTERSCALENE BLOCK')).toEqual([upper]);
  });
  it('covers a cyst excision under "Excision of benign skin lesion" and no BCC, and a lipoma — a subcutaneous mass, no skin lesion — only under a line for subcutaneous lesions', () => {
    const benign = 'Excision of benign skin lesion';
    expect(one([benign], 'EXCISION SEBACEOUS CYST BACK')).toEqual([benign]);
    expect(one([benign], 'EXCISION LIPOMA BACK')).toEqual(['UNKNOWN']);
    expect(one(['Excision of benign skin and subcutaneous lesions'], 'EXCISION LIPOMA BACK')).toEqual(['Excision of benign skin and subcutaneous lesions']);
    expect(one([benign], 'EXCISION BCC NOSE')).toEqual(['UNKNOWN']);
    expect(one(['Excision of malignant skin lesion'], 'EXCISION LIPOMA BACK')).toEqual(['UNKNOWN']);
  });
  it('reads an EBUS-TBNA as the linear (convex probe) kind unless the booking says radial', () => {
    const linear = 'Endobronchial ultrasound, linear (convex probe), with transbronchial needle aspiration (EBUS-TBNA)';
    const radial = 'Radial-probe endobronchial ultrasound for peripheral lesion localization';
    expect(one([linear, radial], 'EBUS TBNA STATIONS 4R 7')).toEqual([linear]);
    expect(one([linear, radial], 'RADIAL EBUS RUL NODULE')).toEqual([radial]);
    expect(one([linear], 'RADIAL EBUS RUL NODULE')).toEqual(['UNKNOWN']);
  });
  it('reads a TRACH/PEG beside its tracheostomy as a gastrostomy and RBTC as robotic', () => {
    const peg = 'Percutaneous endoscopic gastrostomy tube placement';
    expect(one(['Tracheostomy, open or percutaneous', peg], 'TRACH/PEG')).toEqual(['Tracheostomy, open or percutaneous', peg]);
    expect(one(['Colonoscopy', peg], 'COLONOSCOPY - PEG PREP')).toContain('UNKNOWN');
    const robot = 'Robotic-assisted laparoscopic cholecystectomy and inguinal or ventral hernia repair';
    expect(one([robot, 'Ventral hernia repair, open or laparoscopic'], 'Rbtc ventral hernia repair w/ mesh')).toEqual([robot]);
  });
  it('reads what failed before as no operation of this case, and a patient position as no operation: FAILED TOLAC, failed aspiration, lithotomy, prone jackknife', () => {
    expect(one(['Cesarean delivery'], 'REPEAT LOW TRANSVERSE C-SECTION, FAILED TOLAC')).toEqual(['Cesarean delivery']);
    expect(one(['Incision and drainage of breast abscess'], 'I&D R breast abscess - lactating, failed aspiration')).toEqual(['Incision and drainage of breast abscess']);
    expect(one(['Sigmoid colectomy, open or laparoscopic'], 'Lap sigmoidectomy - 3 hr - lithotomy')).toEqual(['Sigmoid colectomy, open or laparoscopic']);
    expect(one(['Ankle arthrodesis'], 'R ANKLE FUSION FOR FAILED ORIF')).toEqual(['Ankle arthrodesis']);
  });
  it('keeps a podiatry category whose listed operation names no place of the foot: "intramedullary nailing" or "tendon transfer" under it is no femur nail or hand tendon transfer, and "… tendon repair or transfer" still reads', () => {
    expect(one(['Podiatry rearfoot: intramedullary nailing'], 'FEMUR IMN')).toEqual(['UNKNOWN']);
    expect(one(['Podiatric surgery, Category II (rearfoot and midfoot): tendon transfer'], 'TENDON TRANSFER HAND')).toEqual(['UNKNOWN']);
    const flatfoot = 'Podiatry rearfoot: flatfoot reconstruction, including calcaneal osteotomy, subtalar arthroereisis, and posterior tibial tendon repair or transfer';
    expect(one([flatfoot], 'R HyProCure arthroereisis')).toEqual([flatfoot]);
  });
  it('reads a line for a thrombectomy "for acute ischemic stroke" as the stroke thrombectomy: an MCA thrombectomy is covered, an SFA one is not, and a THROMBECTOMY FOR STROKE is no peripheral thrombectomy', () => {
    const stroke = 'Mechanical thrombectomy for acute ischemic stroke (stent retriever or aspiration technique)';
    expect(one([stroke], 'THROMBECTOMY L MCA M1 - TICI')).toEqual([stroke]);
    expect(one([stroke], 'THROMBECTOMY FOR STROKE')).toEqual([stroke]);
    expect(one([stroke], 'THROMBECTOMY R SFA')).toEqual(['UNKNOWN']);
    expect(one(['Percutaneous mechanical thrombectomy'], 'THROMBECTOMY FOR STROKE')).toEqual(['UNKNOWN']);
    expect(one(['Percutaneous mechanical thrombectomy'], 'THROMBECTOMY FOR DVT')).toEqual(['Percutaneous mechanical thrombectomy']);
  });
  it('privileges the revision of a gastric bypass under "Gastric bypass, primary and revision", and no sleeve revision or conversion there', () => {
    const bypass = 'Gastric bypass, primary and revision';
    expect(one([bypass], 'REVISION GASTRIC BYPASS')).toEqual([bypass]);
    expect(one([bypass], 'LAP REVISION RYGB')).toEqual([bypass]);
    expect(one([bypass], 'REVISION SLEEVE GASTRECTOMY')).toEqual(['UNKNOWN']);
    expect(one([bypass, 'Sleeve gastrectomy, primary and revision'], 'ROBOTIC REVISION SLEEVE GASTRECTOMY TO ROUX-EN-Y GASTRIC BYPASS')).toEqual(['UNKNOWN']);
    expect(one(['Revisional bariatric surgery'], 'REVISION SLEEVE GASTRECTOMY')).toEqual(['Revisional bariatric surgery']);
  });
  it('meets "for fractured neck of femur" with a FEMORAL NECK FX, and a hemorrhoid banding under an anoscopic band ligation line', () => {
    const hemi = 'Hemiarthroplasty of hip for fractured neck of femur';
    expect(one([hemi], 'HEMIARTHROPLASTY R HIP FEMORAL NECK FX')).toEqual([hemi]);
    expect(one([hemi], 'R HIP HEMIARTHROPLASTY FOR AVN')).toEqual(['UNKNOWN']);
    const rbl = 'Anoscopic rubber band ligation of hemorrhoids';
    expect(one([rbl], 'HEMORRHOID BANDING X3')).toEqual([rbl]);
    expect(one([rbl], 'EXCISIONAL HEMORRHOIDECTOMY')).toEqual(['UNKNOWN']);
  });
  it('reads CPT numbers a form writes in a line\'s name as its codes: a lipoma\'s code names the lipoma line, not a laryngoscopy\'s "excision of lesion", and a code keeps the narrower kind the text read', () => {
    const lipoma = 'Excision of subcutaneous soft tissue tumor (lipoma), trunk, extremities, or neck (21555, 21930)';
    const dl = 'Direct laryngoscopy and microlaryngoscopy, with or without biopsy or excision of lesion (31525, 31526, 31541)';
    expect(one([lipoma, dl], 'EXCISION LIPOMA BACK', '21930')).toEqual([lipoma]);
    expect(one([lipoma, dl], 'EXCISION LIPOMA BACK')).toEqual([lipoma]);
    const cataract = 'Cataract extraction with intraocular lens, including complex (66982, 66984)';
    const femto = 'Femtosecond laser-assisted cataract surgery (laser privilege required)';
    expect(one([cataract, femto], 'FLACS OS', '66984')).toEqual([femto]);
    expect(one([cataract, femto], 'CE/IOL OD', '66984')).toEqual([cataract]);
    const laser = 'CO2 laser surgery of larynx and pharynx (laser privilege required)';
    expect(one([dl, laser], 'MLS W CO2 LASER R VC LESION', '31541')).toContain('UNKNOWN');
    expect(one([dl, laser], 'MLS W CO2 LASER R VC LESION', '31541')).not.toContain(dl);
    const func = 'Functional blepharoplasty, upper and lower eyelids (15820, 15822)';
    const cosmetic = 'Cosmetic blepharoplasty and brow lift (15820, 15822, 67900)';
    expect(one([func, cosmetic], 'UPPER BLEPH BIL COSMETIC', '15822')).toEqual([cosmetic]);
  });
  it('leaves a child younger than the catalog\'s pediatric line to no line: an 18-month-old\'s general anesthesia beside "… for pediatric patients, age 2 years and older"', () => {
    const ga = 'General anesthesia, including endotracheal intubation or supraglottic airway';
    const peds = 'General anesthesia for pediatric patients, age 2 years and older';
    expect(one([ga, peds], 'PEDI GA 18 MO')).toEqual(['UNKNOWN']);
    expect(one([ga, peds], 'PEDS GA 4 YO')).toEqual([peds]);
    expect(one([ga, peds], 'GA 45 YO')).toEqual([ga]);
    expect(one(['Inguinal hernia repair', 'Inguinal hernia repair in infants under 6 months'], 'INGUINAL HERNIA REPAIR 4 YO')).toEqual(['Inguinal hernia repair']);
  });
  it('keeps a knee replacement off a hallux rigidus line that names a "first MTP joint implant arthroplasty"', () => {
    const hallux = 'Hallux rigidus surgery: cheilectomy or first MTP joint implant arthroplasty (28289, 28291)';
    expect(one([hallux], 'R UKA')).toEqual(['UNKNOWN']);
    expect(one([hallux], 'L THA')).toEqual(['UNKNOWN']);
    expect(one([hallux], 'CARTIVA L')).toEqual([hallux]);
  });
  it('reads T\'s & A\'s, TURBS beside a septoplasty, a turbinate reduction joined by "W" where the catalog lists inferior turbinates apart, and RMS, LAT TARSAL STRIP, 3 PC and NB CIRC', () => {
    const myr = 'Myringotomy with or without insertion of ventilation tubes';
    const tonsil = 'Tonsillectomy with or without adenoidectomy (age 3 and older)';
    expect(one([myr, tonsil, 'Adenoidectomy'], "T's & A's + grommets - age 2")).toContain('UNKNOWN');
    expect(one([myr, tonsil, 'Adenoidectomy'], "T's & A's + grommets - age 5")).toEqual([tonsil, myr]);
    const septo = 'Septoplasty';
    const itr = 'Inferior turbinate reduction, submucous resection or radiofrequency ablation';
    expect(one([septo], 'TURBS + SEPTO')).toEqual([septo]);
    expect(one([septo, itr], 'TURBS + SEPTO')).toContain('UNKNOWN');
    expect(one([septo, itr], 'SEPTOPLASTY W TURBINATE REDUCTION')).toContain('UNKNOWN');
    expect(one([septo, itr], 'SEPTOPLASTY W INFERIOR TURBINATE REDUCTION')).toEqual([septo, itr]);
    const lhc = 'Left heart catheterization with selective coronary angiography, bypass graft angiography and left ventriculography';
    expect(one([lhc], 'LHC W CORS AND LV GRAM')).toEqual([lhc]);
    const rigid = 'Rigid bronchoscopy with tumor debulking';
    expect(one([rigid], 'RIGID BRONCH W/ TUMOR DEBULKING - RMS OBSTRUCTION')).not.toContain('UNKNOWN');
    expect(one(['Repair of ectropion or entropion'], 'ECTROPION REPAIR LLL - LAT TARSAL STRIP')).toEqual(['Repair of ectropion or entropion']);
    expect(one(['Insertion of inflatable penile prosthesis'], 'IPP 3 PC AMS 700')).toEqual(['Insertion of inflatable penile prosthesis']);
    const circ = 'Circumcision, surgical excision, beyond the newborn period';
    const nb = 'Newborn circumcision, clamp or device technique (up to 28 days of age)';
    expect(one([circ, nb], 'CIRCUMCISION 3 YO')).toEqual([circ]);
    expect(one([circ, nb], 'NB CIRC')).toEqual([nb]);
  });
  it('tells a lipoma from a sebaceous cyst: a "benign skin lesion or epidermoid cyst" line covers the cyst, and a lipoma goes to the catalog\'s lipoma line', () => {
    const skin = 'Excision of benign skin lesion or epidermoid cyst (11400, 11402)';
    const lipoma = 'Excision of subcutaneous soft tissue tumor (lipoma), trunk, extremities, or neck';
    expect(one([skin, lipoma], 'EXCISE LIPOMA BACK')).toEqual([lipoma]);
    expect(one([skin, lipoma], 'EXCISION SEBACEOUS CYST BACK')).toEqual([skin]);
    const any = 'Excision of skin and subcutaneous lesions with direct closure (including lipoma, sebaceous cyst and naevus)';
    expect(one([any], 'Excision lipoma (R) shoulder')).toEqual([any]);
  });
  it('reads "Diagnostic arteriography and transcatheter arterial embolization for hemorrhage, tumor, or vascular malformation" by its words: a GI bleed embolization is covered, a prostate or portal vein embolization is not', () => {
    const ir = 'Diagnostic arteriography and transcatheter arterial embolization for hemorrhage, tumor, or vascular malformation';
    const m = new ProcedureMatcher([{ id: 'IR', name: 'IR', department: 'Radiology', kind: 'core' as const, procedures: [{ name: ir, codes: ['36245', '37242', '37244'] }] }], { vocabulary: builtinVocabulary() });
    expect(names(m.match('GDA EMBOLIZATION FOR GI BLEED'))).toEqual([ir]);
    expect(names(m.match('EMBOLIZATION, PROSTATIC ARTERY, BILATERAL, FOR BPH'))).toEqual(['UNKNOWN']);
    expect(names(m.match('EMBOLIZATION, PORTAL VEIN, RIGHT, PRE-HEPATECTOMY'))).toEqual(['UNKNOWN']);
  });
  it('keeps a "minor" hepatic resection line to the minor kinds it lists: a left hepatectomy is not covered, a segment 6 resection or a left lateral sectionectomy is', () => {
    const minor = 'Laparoscopic hepatic resection, minor (wedge, segmentectomy, left lateral sectionectomy)';
    expect(one([minor], 'HEPATECTOMY, LEFT, LAPAROSCOPIC')).toEqual(['UNKNOWN']);
    expect(one([minor], 'HEPATECTOMY, PARTIAL, SEGMENT 6, LAPAROSCOPIC')).toEqual([minor]);
    expect(one([minor], 'LAP LEFT LATERAL SECTIONECTOMY')).toEqual([minor]);
    expect(one([minor], 'LIVER WEDGE RESECTION, LAPAROSCOPIC')).toEqual([minor]);
  });
  it('asks for an exploratory laparotomy when a diagnostic laparoscopy may be done open (the possible open look had vanished)', () => {
    const dx = 'Diagnostic laparoscopy, with or without peritoneal biopsy or washings';
    const exlap = 'Exploratory laparotomy';
    expect(one([dx], 'LAPAROSCOPY, DIAGNOSTIC; POSSIBLE OPEN')).toContain('UNKNOWN');
    expect(one([dx], 'DIAGNOSTIC LAPAROSCOPY POSSIBLE OPEN')).toEqual(['UNKNOWN']);
    expect(one([dx, exlap], 'LAPAROSCOPY, DIAGNOSTIC; POSSIBLE OPEN')).toEqual([dx, exlap]);
    expect(one([dx], 'DX LAP')).toEqual([dx]);
  });
  it('keeps what a review of the "for", code, age and lipoma readings found: an ischemic leg or a leg embolus is no stroke or PE thrombectomy, a 1.5-year-old is no 5-year-old, a code does not open a diagnostic laparoscopy, a tethered cord lipoma is no skin lesion', () => {
    const stroke = 'Mechanical thrombectomy for acute ischemic stroke';
    const pe = 'Mechanical thrombectomy for pulmonary embolism';
    expect(one([stroke, pe], 'THROMBECTOMY FOR ISCHEMIC LEG')).toEqual(['UNKNOWN']);
    expect(one([stroke, pe], 'THROMBECTOMY FOR EMBOLISM LEG')).toEqual(['UNKNOWN']);
    expect(one([stroke, pe], 'THROMBECTOMY FOR STROKE')).toEqual([stroke]);
    const adults = 'General anesthesia for adults';
    const peds = 'General anesthesia for pediatric patients, age 2 years and older';
    expect(one([adults, peds], 'GA 1.5 YO')).toEqual(['UNKNOWN']);
    expect(one([adults, peds], 'GA 1 1/2 YO')).toEqual(['UNKNOWN']);
    expect(one([adults, peds], 'GA 24 MO')).toEqual([peds]);
    expect(one(['Diagnostic laparoscopy'], 'DX LAP POSS OPEN', '49320')).toEqual(['UNKNOWN']);
    expect(one(['Diagnostic laparoscopy'], 'DX LAP', '49320')).toEqual(['Diagnostic laparoscopy']);
    expect(one(['Excision of soft tissue tumors', 'Excision of skin lesions'], 'TETHERED CORD LIPOMA')).toEqual(['UNKNOWN']);
    expect(one(['Gastric bypass, primary and revision'], 'GASTRIC BYPASS REVERSAL')).toEqual(['UNKNOWN']);
  });
  it('reads an Epic procedure record that opens with an operation\'s word naming nothing alone as one operation: MYOTOMY, PERORAL ENDOSCOPIC (POEM); RESECTION, TRANSURETHRAL, BLADDER TUMOR (TURBT), MEDIUM; and a line\'s CPT list in its name does not hide its examples', () => {
    expect(one(['Peroral endoscopic myotomy'], 'MYOTOMY, PERORAL ENDOSCOPIC (POEM)')).toEqual(['Peroral endoscopic myotomy']);
    const turbt = 'Transurethral resection of bladder tumor, small, medium, or large';
    expect(one([turbt], 'RESECTION, TRANSURETHRAL, BLADDER TUMOR (TURBT), MEDIUM')).toEqual([turbt]);
    const ivc = 'Inferior vena cava filter insertion and retrieval, including advanced (forceps or laser-assisted) retrieval';
    expect(one([ivc], 'RETRIEVAL, IVC FILTER, COMPLEX, LASER-ASSISTED')).toEqual([ivc]);
    const pain = 'Peripheral nerve block for chronic pain (greater occipital, intercostal, ilioinguinal) (64405, 64420, 64421, 64425)';
    expect(one([pain], 'OCCIPITAL NERVE BLOCK')).toEqual([pain]);
    expect(one([pain], 'ON BLOCK BILAT')).toEqual([pain]);
  });
  it('covers a leg, pulmonary or visceral angiogram under "Diagnostic angiography, all vascular beds" but no cerebral or coronary one, and a "minor" heading over listed kinds alone limits nothing', () => {
    const angio = 'Diagnostic angiography, all vascular beds';
    expect(one([angio], 'LE ANGIOGRAM')).toEqual([angio]);
    expect(one([angio], 'PULMONARY ANGIOGRAM')).toEqual([angio]);
    expect(one([angio], 'CEREBRAL ANGIOGRAM')).toEqual(['UNKNOWN']);
    expect(one([angio], 'CORONARY ANGIOGRAM')).toEqual(['UNKNOWN']);
    const minor = 'Orthopedic trauma, minor (closed reduction, percutaneous pinning)';
    expect(one([minor], 'CRPP SUPRACONDYLAR HUMERUS')).toEqual([minor]);
    expect(one([minor], 'ORIF FEMUR')).toEqual(['UNKNOWN']);
  });
  it('reads a site listed beside the one a wording took as the line\'s too ("mandibular and zygomatic fractures", "larynx and pharynx"), and Australian theatre-list words: umbo, on table cholangiogram, flexi cysto, LSV, 3rd web space', () => {
    const orif = 'Open reduction and internal fixation of mandibular and zygomatic fractures';
    expect(one([orif], 'ORIF # mandible')).toEqual([orif]);
    expect(one([orif], 'ORIF ANKLE')).toEqual(['UNKNOWN']);
    const laser = 'CO2 laser surgery of larynx and pharynx';
    expect(one([laser], 'CO2 LASER LARYNX PAPILLOMA')).toEqual([laser]);
    const umb = 'Umbilical, paraumbilical and epigastric hernia repair, open, with or without mesh';
    expect(one([umb], 'Umbo hernia repair')).toEqual([umb]);
    const chole = 'Laparoscopic cholecystectomy with or without operative cholangiogram';
    expect(one([chole], 'Lap cholecystectomy + on table cholangiogram')).toEqual([chole]);
    const cysto = 'Cystoscopy with or without biopsy and diathermy';
    expect(one([cysto], 'Flexi cysto')).toEqual([cysto]);
    const vv = 'Varicose vein surgery (high ligation, stripping and multiple phlebectomies)';
    expect(one([vv], '(R) SFJ ligation + stripping LSV')).toEqual([vv]);
    const morton = "Excision of interdigital (Morton's) neuroma";
    expect(one([morton], "Excision Morton's neuroma (R) 3rd web space")).toEqual([morton]);
  });
  it('reads a robotic urology line\'s "radical prostatectomy, …, pyeloplasty" as both: a robotic prostatectomy is covered (a pyeloplasty wording made of RALP\'s words had taken them)', () => {
    const robot = 'Robotic-assisted urologic surgery (requires separate robotic credentialing): radical prostatectomy, partial and radical nephrectomy, pyeloplasty, and cystectomy';
    expect(one([robot], 'PROSTATECTOMY, RADICAL, ROBOT-ASSISTED, LAPAROSCOPIC')).toEqual([robot]);
    expect(one([robot], 'ROBOTIC PYELOPLASTY')).toEqual([robot]);
    expect(one([robot], 'OPEN RADICAL PROSTATECTOMY')).toEqual(['UNKNOWN']);
  });
  it('reads "colorectal" or "thoracic" before "surgery" in a robotic heading as the specialty, no limit or site: a robotic LAR and a robotic lobectomy are covered', () => {
    const cr = 'Robotic-assisted colorectal surgery (requires separate robotic credentialing): colectomy, low anterior resection, and rectopexy';
    expect(one([cr], 'RESECTION, RECTUM, LOW ANTERIOR, ROBOT-ASSISTED')).toEqual([cr]);
    const th = 'Robotic-assisted thoracic surgery (requires separate robotic credentialing): lobectomy, segmentectomy, thymectomy, and mediastinal mass resection';
    expect(one([th], 'LOBECTOMY, LUNG, LOWER, LEFT, ROBOT-ASSISTED')).toEqual([th]);
    expect(one([th], 'VATS LOBECTOMY')).toEqual(['UNKNOWN']);
    expect(one(['Posterior spinal fusion, thoracic'], 'LUMBAR FUSION')).toEqual(['UNKNOWN']);
  });
  it('reads an Epic record\'s RIGTH, VIEN and ELECTRODES as the words they are, and keeps what a second review found: image guidance, a colorectal heading over a skin lesion, a 4-vessel arch angiogram, RALP PYELOPLASTY', () => {
    // (ON PUMP, IMAGE GUIDANCE and CIRCULATORY ARREST stay unread: a catalog may privilege each apart.)
    expect(one(['Computer-assisted navigation in joint replacement'], 'R TKA WITH IMAGE GUIDANCE')).toContain('UNKNOWN');
    expect(one(['Robot-assisted laparoscopic pyeloplasty'], 'RALP PYELOPLASTY')).toEqual(['Robot-assisted laparoscopic pyeloplasty']);
    expect(one(['Colorectal surgery: excision of lesion'], 'EXCISION LESION SKIN FACE')).toEqual(['UNKNOWN']);
    expect(one(['Diagnostic angiography (excluding cerebral and coronary)'], 'AORTIC ARCH ANGIOGRAM, 4 VESSEL')).toEqual(['UNKNOWN']);
    const evd = 'Ventriculostomy and intracranial pressure monitor placement';
    expect(one([evd], 'VENTRICULOSTOMY, RIGTH FRONTAL, EXTERNAL VENTRICULAR DRAIN')).toEqual([evd]);
    const dbs = 'Deep brain stimulation, electrode implantation and pulse generator placement';
    expect(one([dbs], 'INSERTION, DEEP BRAIN STIMULATOR ELECTRODES, BILATERAL, STN, STAGE 1')).toEqual([dbs]);
  });
  it('keeps an off-pump CABG off an "On-pump coronary artery bypass grafting" line (its "pump" had been met by OFF PUMP), and covers both under a line for either', () => {
    const on = 'On-pump coronary artery bypass grafting';
    expect(one([on], 'CABG OFF PUMP')).toEqual(['UNKNOWN']);
    expect(one([on], 'CABG X3 ON PUMP')).toEqual([on]);
    const either = 'Coronary artery bypass grafting, on-pump or off-pump, including endoscopic vein and radial artery harvest';
    expect(one([either], 'CABG OFF PUMP')).toEqual([either]);
    expect(one([either], 'CABG X2')).toEqual([either]);
  });
  it('reads an abbreviation by the words around it: TAA beside the aorta is an aneurysm, no ankle replacement; OLT beside the talus, RP beside a sarcoma, RPA after an I&D, an intraoperative TOE, an extended hemicolectomy', () => {
    expect(one(['Total ankle arthroplasty'], 'TEVAR R -- DESC TAA 6.2CM')).toEqual(['UNKNOWN']);
    expect(one(['Total ankle arthroplasty'], 'L TAA')).toEqual(['Total ankle arthroplasty']);
    const scope = 'Ankle arthroscopy with debridement and microfracture';
    expect(one([scope], 'L ANKLE SCOPE, OLT MICROFRACTURE')).toEqual([scope]);
    expect(one(['Liver transplantation'], 'OLT')).toEqual(['UNKNOWN']);
    const rp = 'Resection of retroperitoneal sarcoma';
    expect(one([rp], 'RP SARCOMA RESECTION')).toEqual([rp]);
    const rpa = 'Incision and drainage of retropharyngeal abscess';
    expect(one([rpa], 'I&D RPA, transoral')).toEqual([rpa]);
    const tee = 'Intraoperative transesophageal echocardiography';
    expect(one([tee], 'INTRAOP TOE')).toEqual([tee]);
    expect(one(['Toe amputation'], 'AMPUTATION 2ND TOE L')).toEqual(['Toe amputation']);
    expect(one(['Toe amputation'], 'R GREAT TOE AMPUTATION, HX CABG')).toEqual(['Toe amputation']);
    expect(one(['Total ankle arthroplasty'], 'R TOTAL ANKLE (TAA) - DESC TIB FX HX')).toEqual(['Total ankle arthroplasty']);
    const col = 'Colectomy, open or laparoscopic';
    expect(one([col], 'OPEN EXT R HEMICOLECTOMY')).toEqual([col]);
  });
  it('reads TEVAR beside the aneurysm it treats as the endovascular repair, not an open one of the same words', () => {
    const tevar = 'Thoracic endovascular aortic repair (TEVAR)';
    expect(one([tevar], 'TEVAR - DESCENDING THORACIC AORTIC ANEURYSM')).toEqual([tevar]);
    expect(one([tevar], 'TEVAR R -- DESC TAA 6.2CM')).toEqual([tevar]);
    expect(one([tevar], 'OPEN DESCENDING THORACIC AORTIC ANEURYSM REPAIR')).toEqual(['UNKNOWN']);
  });
  it('reads OD, OS and OU as the eye beside an eye operation\'s abbreviation (ICL OD, SB OD), and a "primary or combined with" line as offering what follows', () => {
    const icl = 'Phakic intraocular lens implantation (implantable collamer lens, iris-fixated phakic lens)';
    expect(one([icl], 'ICL OD')).toEqual([icl]);
    // (R&R beside OD is no strabismus surgery by itself: a tube's or silicone oil's removal and replacement too.)
    expect(one(['Strabismus surgery', 'Glaucoma drainage device'], 'R&R TUBE OS')).toEqual(['UNKNOWN']);
    const sb = 'Scleral buckle, primary or combined with vitrectomy';
    expect(one([sb], 'SB OD')).toEqual([sb]);
    expect(one([sb], 'PPV OD')).toEqual(['UNKNOWN']);
  });
  it('reads a "Laser privileges, ophthalmic: …" line by the lasers it lists, its word "privileges" no limit', () => {
    const laser = 'Laser privileges, ophthalmic: Nd:YAG capsulotomy and iridotomy, argon and selective laser trabeculoplasty, panretinal and focal photocoagulation';
    expect(one([laser], 'YAG CAPSULOTOMY OD')).toEqual([laser]);
    expect(one([laser], 'SLT OU')).toEqual([laser]);
    expect(one([laser], 'PHACO OD')).toEqual(['UNKNOWN']);
  });
  it('reads British and hyphenated wordings: an "Oesophago-gastro-duodenoscopy" line covers an OGD, "under local or general anaesthetic" no anaesthesia privilege', () => {
    expect(one(['Oesophago-gastro-duodenoscopy'], 'OGD + bx')).toEqual(['Oesophago-gastro-duodenoscopy']);
    expect(one(['Pancreaticoduodenectomy'], 'PANCREATICO-DUODENECTOMY')).toEqual(['Pancreaticoduodenectomy']);
    const vas = 'Vasectomy under local or general anaesthetic';
    expect(one([vas], 'Vasectomy LA')).toEqual([vas]);
    expect(one([vas], 'GA')).toEqual(['UNKNOWN']);
    expect(one(['Cystoscopy under local anaesthetic'], 'FLEXI CYSTO')).toEqual(['Cystoscopy under local anaesthetic']);
    expect(one(['Laparoscopic salpingo-oophorectomy'], 'LAP BSO')).toEqual(['Laparoscopic salpingo-oophorectomy']);
  });
  it('reads a coded ICD-10-PCS title by the scheduler\'s comment that names its operation at its place, and leaves it unknown where the comment names another or none', () => {
    const lines = ['Laparoscopic sleeve gastrectomy', 'Simple mastectomy', 'Bilateral salpingo-oophorectomy', 'Laparoscopic hysterectomy', 'Transurethral resection of prostate'];
    expect(one(lines, 'Excision of Stomach, Percutaneous Endoscopic Approach - LAP SLEEVE GASTRECTOMY')).toEqual(['Laparoscopic sleeve gastrectomy']);
    expect(one(lines, 'Resection of Bilateral Breast, Open Approach - BILAT SIMPLE MASTECTOMY')).toEqual(['Simple mastectomy']);
    expect(one(lines, 'Excision of Prostate, Via Natural or Artificial Opening Endoscopic - TURP BIPOLAR')).toEqual(['Transurethral resection of prostate']);
    expect(one(lines, 'Resection of Uterus, Percutaneous Endoscopic Approach - TLH')).toEqual(['Laparoscopic hysterectomy']);
    // (The hysterectomy the title codes is no BSO; a robot names no operation.)
    expect(one(lines, 'Resection of Uterus, Percutaneous Endoscopic Approach - LAP BSO')).toContain('UNKNOWN');
    expect(one(lines, 'Resection of Uterus, Percutaneous Endoscopic Approach - DA VINCI XI')).toEqual(['UNKNOWN']);
    // (A comment naming a scope, a partial operation, another joint, another route or another action is no restatement.)
    const minor = ['Diagnostic hysteroscopy', 'Colonoscopy', 'Knee arthroscopy', 'Total knee arthroplasty', 'Partial nephrectomy, laparoscopic', 'Transurethral resection of bladder tumor', 'Laparoscopic cholecystectomy', 'Pacemaker lead revision', 'Dilation and curettage', 'Excisional biopsy of breast'];
    for (const booking of [
      'Resection of Uterus, Percutaneous Endoscopic Approach - HYSTEROSCOPY',
      'Resection of Sigmoid Colon, Open Approach - COLONOSCOPY',
      'Replacement of Right Knee Joint with Synthetic Substitute, Open Approach - KNEE SCOPE',
      'Replacement of Right Hip Joint with Synthetic Substitute, Open Approach - R TKA',
      'Resection of Right Kidney, Percutaneous Endoscopic Approach - LAP PARTIAL NEPHRECTOMY',
      'Resection of Bladder, Open Approach - TURBT',
      'Drainage of Gallbladder with Drainage Device, Percutaneous Approach - LAP CHOLE',
      'Resection of Gallbladder, Open Approach - LAP CHOLE',
      'Insertion of Pacemaker, Dual Chamber into Chest Subcutaneous Tissue and Fascia, Open Approach - LEAD REVISION',
      'Extraction of Products of Conception, Low, Open Approach - D&C',
      'Excision of Gallbladder, Percutaneous Endoscopic Approach, Diagnostic - LAP CHOLE',
    ]) expect(one(minor, booking)).toContain('UNKNOWN');
    expect(one(minor, 'Replacement of Right Knee Joint with Synthetic Substitute, Open Approach - R TKA')).toEqual(['Total knee arthroplasty']);
    // (A comment saying no route is read the title's way; a bypass is met at both ends; a spine region, a CRT and a transcatheter valve are their own.)
    const chole = 'Resection of Gallbladder, Percutaneous Endoscopic Approach - CHOLECYSTECTOMY';
    expect(one(['Open cholecystectomy'], chole)).toEqual(['UNKNOWN']);
    expect(one(['Laparoscopic cholecystectomy'], chole)).toEqual(['Laparoscopic cholecystectomy']);
    expect(one(['Laparoscopic gastrostomy'], 'Bypass Stomach to Jejunum, Percutaneous Endoscopic Approach - LAP GASTROSTOMY')).toContain('UNKNOWN');
    expect(one(['Laparoscopic gastric bypass'], 'Bypass Stomach to Jejunum, Percutaneous Endoscopic Approach - LRYGB')).toEqual(['Laparoscopic gastric bypass']);
    expect(one(['Anterior cervical discectomy and fusion'], 'Fusion of Lumbar Vertebral Joint with Interbody Fusion Device, Anterior Approach, Anterior Column, Open Approach - ACDF')).toContain('UNKNOWN');
    expect(one(['Implantable cardioverter-defibrillator implantation'], 'Insertion of Cardiac Resynchronization Defibrillator Pulse Generator into Chest Subcutaneous Tissue and Fascia, Open Approach - ICD IMPLANT')).toContain('UNKNOWN');
    expect(one(['Mitral valve repair'], 'Supplement Mitral Valve with Synthetic Substitute, Percutaneous Approach - MV REPAIR')).toContain('UNKNOWN');
    // (A named open technique is no laparoscopic one; an endograft no open repair; a combined spine region is its parts.)
    expect(one(['Laparoscopic inguinal hernia repair'], 'Repair Right Inguinal Region, Percutaneous Endoscopic Approach - LICHTENSTEIN HERNIA REPAIR')).toContain('UNKNOWN');
    expect(one(['Open abdominal aortic aneurysm repair'], 'Restriction of Abdominal Aorta with Intraluminal Device, Open Approach - AAA REPAIR')).toEqual(['UNKNOWN']);
    expect(one(['Anterior cervical discectomy and fusion'], 'Fusion of Lumbosacral Joint with Interbody Fusion Device, Anterior Approach, Anterior Column, Open Approach - ACDF')).toContain('UNKNOWN');
  });
  it('asks for the laser line where a catalog privileges laser at the larynx apart, for a microlaryngoscopy with a CO2 laser', () => {
    const dl = 'Direct laryngoscopy with or without biopsy, including operating microscope (microlaryngoscopy)';
    const laser = 'CO2 laser surgery of the larynx and upper airway (laser privilege)';
    expect(one([dl, laser], 'MLS W BX, CO2 LASER')).toEqual(['UNKNOWN']);
    expect(one([dl, laser], 'MICROLARYNGOSCOPY W CO2 LASER')).toEqual(['UNKNOWN']);
    expect(one([dl, laser], 'MICROLARYNGOSCOPY W BX')).toEqual([dl]);
  });
  it('reads "X, diagnostic and operative" as every kind of X: a knee scope with a meniscectomy, a hysteroscopic polypectomy, a NovaSure with the hysteroscopy line that includes ablation', () => {
    const knee = 'Knee arthroscopy, diagnostic and operative';
    expect(one([knee], 'R KNEE SCOPE PMM')).toEqual([knee]);
    const hsc = 'Hysteroscopy, diagnostic and operative, including endometrial ablation';
    expect(one([hsc], 'HYSTEROSCOPIC POLYPECTOMY')).toEqual([hsc]);
    expect(one([hsc], 'Hysteroscopy + Novasure')).toEqual([hsc]);
    expect(one(['Diagnostic hysteroscopy'], 'HYSTEROSCOPIC POLYPECTOMY')).toEqual(['UNKNOWN']);
  });
  it('reads eye-and-ear and UK theatre shorthand: STAP, T&M CWU, NLDP, SOHND, LEV II, PIT, ACJ, an excision biopsy', () => {
    expect(one(['Stapedectomy or stapedotomy'], 'STAP L')).toEqual(['Stapedectomy or stapedotomy']);
    expect(one(['Stapedectomy or stapedotomy', 'Hemorrhoidectomy'], 'STAP HEMORRHOIDECTOMY')).toContain('UNKNOWN');
    const tm = 'Tympanomastoidectomy, canal wall up or down';
    expect(one([tm], 'T&M CWU R')).toEqual([tm]);
    const nld = 'Nasolacrimal duct probing and irrigation';
    expect(one([nld], 'NLDP OU')).toEqual([nld]);
    const nd = 'Neck dissection, selective, modified radical or radical';
    expect(one(['Glossectomy, partial or total', nd], 'PARTIAL GLOSSECTOMY L + SOHND')).toEqual(['Glossectomy, partial or total', nd]);
    expect(one(['Excision of cervical lymph node or neck mass'], 'NECK MASS EXC L LEV II')).toEqual(['Excision of cervical lymph node or neck mass']);
    const tss = 'Transsphenoidal resection of pituitary tumor, endoscopic or microscopic';
    expect(one([tss], 'ENDOSCOPIC TRANSSPHENOIDAL PIT ADENOMA RESECTION')).toEqual([tss]);
    const acj = 'Acromioclavicular joint excision, arthroscopic or open';
    expect(one(['Arthroscopic subacromial decompression', acj], 'ASAD + ACJ excision R')).toEqual(['Arthroscopic subacromial decompression', acj]);
    const fa = 'Excision biopsy of breast lump (fibroadenoma or other benign lesion)';
    expect(one([fa], 'Excision fibroadenoma L breast')).toEqual([fa]);
  });
  it('keeps a line that includes a discoid meniscus saucerization to that kind: an ordinary partial meniscectomy asks for its own line', () => {
    const repair = 'Arthroscopic meniscus repair, including discoid meniscus saucerization';
    expect(one([repair], 'KNEE SCOPE PMM')).toEqual(['UNKNOWN']);
    expect(one([repair], 'SAUCERIZATION DISCOID MENISCUS')).toEqual([repair]);
  });
  it('reads a robotic colorectal resection line, a bypass "grafting" line and a truncal vein line by what they privilege', () => {
    const robot = 'Robotic-assisted colorectal resection (robotic privileges required)';
    expect(one([robot], 'ROBOTIC LOW ANTERIOR RESECTION')).toEqual([robot]);
    expect(one([robot], 'ROBOTIC SIGMOID COLECTOMY')).toEqual([robot]);
    expect(one([robot], 'ROBOTIC LOBECTOMY')).toEqual(['UNKNOWN']);
    const bypass = 'Femoral-popliteal bypass grafting';
    expect(one([bypass], 'R FEM-POP BYPASS W GSV')).toEqual([bypass]);
    const glue = 'Cyanoacrylate glue closure of truncal veins (VenaSeal)';
    expect(one([glue], 'VenaSeal L SSV')).toEqual([glue]);
    expect(one([glue], 'VENASEAL PERFORATOR')).toContain('UNKNOWN');
  });
  it('reads a line "for" what its operation is always done for, site and all: an otoplasty for prominent ears covers OTOPLASTY BILAT; TA beside a muscle is no temporal artery', () => {
    const oto = 'Otoplasty for prominent ears';
    expect(one([oto], 'OTOPLASTY BILAT')).toEqual([oto]);
    expect(one([oto], 'MICROTIA RECONSTRUCTION STAGE 1')).toEqual(['UNKNOWN']);
    expect(one(['Temporal artery biopsy'], 'R TA MUSCLE BIOPSY')).not.toContain('Temporal artery biopsy');
    // (SEC EYE is the second eye, no secondary lens.)
    expect(one(['Secondary intraocular lens implantation', 'Cataract extraction with intraocular lens'], 'PHACO W IOL OS, SEC EYE')).not.toContain('Secondary intraocular lens implantation');
  });
  it('holds an "Extended …" line to extended operations and reads FESS as functional', () => {
    const ext = 'Extended endoscopic sinus surgery including frontal sinus drill-out (image guidance required)';
    const fess = 'Functional endoscopic sinus surgery';
    expect(one([ext, fess, 'Septoplasty'], 'FESS + septoplasty')).toEqual([fess, 'Septoplasty']);
    expect(one([ext], 'BILAT FESS')).toEqual(['UNKNOWN']);
    const eea = 'Extended endoscopic endonasal approach for anterior skull base and clival lesions';
    expect(one([eea], 'EXTENDED EEA FOR CLIVAL CHORDOMA')).toEqual([eea]);
  });
  it('reads "peripheral nerve blocks, single shot or catheter" as both kinds: a single-shot interscalene block and a continuous catheter are covered, a catheter-only line still asks for its kind', () => {
    const pnb = 'Ultrasound-guided peripheral nerve blocks, single shot or catheter';
    expect(one([pnb], 'INTERSCALENE BLOCK')).toEqual([pnb]);
    expect(one([pnb], 'CONTINUOUS ADDUCTOR CANAL CATHETER')).toEqual([pnb]);
    expect(one(['Continuous peripheral nerve catheters'], 'INTERSCALENE BLOCK')).toEqual(['UNKNOWN']);
  });
  it('reads an OT list\'s British wording: LSCS under "Lower segment caesarean section", an eponym\'s possessive, both sides in "unilateral or bilateral"', () => {
    const lscs = 'Lower segment caesarean section, elective or emergency, including repeat caesarean section';
    expect(one([lscs], 'LSCS')).toEqual([lscs]);
    expect(one([lscs], 'REPEAT C-SECTION')).toEqual([lscs]);
    expect(one([lscs], 'CLASSICAL CESAREAN')).toEqual(['UNKNOWN']);
    const bart = "Excision/marsupialisation of Bartholin's cyst or abscess";
    expect(one([bart], "BARTHOLIN'S CYST EXCISION")).toEqual([bart]);
    expect(one([bart], 'Excision of lipoma back under LA')).toEqual(['UNKNOWN']);
    const orchio = 'Orchiopexy, inguinal or scrotal approach, unilateral or bilateral';
    expect(one([orchio], 'ORCHIOPEXY LT SCROTAL')).toEqual([orchio]);
    const tep = 'Laparoscopic inguinal hernia repair (TEP/TAPP), unilateral or bilateral';
    expect(one([tep], 'LAP TEP B/L INGUINAL HERNIA REPAIR')).toEqual([tep]);
  });
  it('keeps a line to what it names: a herniotomy line covers no adult TEP, a coronectomy line no extraction, a "post-cholecystectomy" injury\'s repair no cholecystectomy', () => {
    const herniotomy = 'Herniotomy for congenital inguinal hernia/hydrocele, open or laparoscopic (PIRS)';
    expect(one([herniotomy], 'LAP TEP INGUINAL HERNIA REPAIR')).toEqual(['UNKNOWN']);
    expect(one([herniotomy], 'HERNIOTOMY (L)')).toEqual([herniotomy]);
    expect(one(['Inguinal hernia repair, open or laparoscopic'], 'PIRS BILAT')).toEqual(['Inguinal hernia repair, open or laparoscopic']);
    const coronectomy = 'Coronectomy (intentional partial tooth removal)';
    expect(one([coronectomy], 'EXT #30')).toEqual(['UNKNOWN']);
    expect(one([coronectomy], 'EXT #1,16,17,32')).toEqual(['UNKNOWN']);
    expect(one([coronectomy], 'CORONECTOMY #17')).toEqual([coronectomy]);
    const bypass = 'Biliary enteric bypass (choledochoduodenostomy/hepaticojejunostomy), including repair of post-cholecystectomy bile duct injury';
    expect(one([bypass], 'LAP CHOLE')).toEqual(['UNKNOWN']);
    expect(one([bypass], 'HEPATICOJEJUNOSTOMY')).toEqual([bypass]);
  });
  it('keeps the place a line names when its wordings read as a generic operation: a metatarsal or scaphoid fracture line covers no ankle ORIF, a femoral block line no other block', () => {
    const meta = 'Open treatment of metatarsal fracture, with or without internal fixation, each';
    const scaphoid = 'Open treatment of scaphoid fracture or nonunion, with or without bone graft (including vascularized distal radius graft)';
    expect(one([meta, scaphoid], 'RT TRIMALLEOLAR ANKLE FX ORIF')).toEqual(['UNKNOWN']);
    expect(one([meta, scaphoid], 'RT PILON FX ORIF (TIBIAL PLAFOND)')).toEqual(['UNKNOWN']);
    expect(one([meta], 'ORIF 5TH METATARSAL FX')).toEqual([meta]);
    expect(one([scaphoid], 'SCAPHOID ORIF')).toEqual([scaphoid]);
    expect(one([scaphoid], 'SCAPHOID NONUNION ORIF W/ DISTAL RADIUS BONE GRAFT')).toEqual([scaphoid]);
    // (A list of operations after a place is not all at that place: the ethmoidectomy is the ethmoid's.)
    const ess = 'Endoscopic sinus surgery with maxillary antrostomy and ethmoidectomy';
    expect(one([ess], 'ENDOSCOPIC SINUS SURGERY - BILAT MAXILLARY ANTROSTOMY, TOTAL ETHMOIDECTOMY')).toEqual([ess]);
    const femoral = 'Femoral nerve block, single injection or continuous catheter';
    expect(one([femoral], 'B/L ESP BLOCKS T12')).toEqual(['UNKNOWN']);
    expect(one([femoral], 'LT INTERSCALENE SINGLE SHOT')).toEqual(['UNKNOWN']);
    expect(one([femoral], 'FEMORAL NERVE BLOCK SINGLE SHOT')).toEqual([femoral]);
    const isb = 'Interscalene brachial plexus block, single injection or continuous catheter';
    expect(one([isb], 'INTERSCALENE CATHETER')).toEqual([isb]);
    expect(one([isb], 'LT INTERSCALENE SINGLE SHOT')).toEqual([isb]);
  });
  it('reads what a line only may include as done with its main operation: a shoulder MUA line covers no knee MUA nor a Bankart, a fusion line no laminectomy alone, a transplant-vascular line no kidney transplant', () => {
    const mua = 'Manipulation of shoulder joint under anesthesia, including application of fixation apparatus';
    expect(one([mua], 'RT SHOULDER MUA')).toEqual([mua]);
    expect(one([mua], 'LT KNEE MANIPULATION UNDER ANES')).toEqual(['UNKNOWN']);
    expect(one([mua], 'RT SHOULDER BANKART')).toEqual(['UNKNOWN']);
    const plf = 'Posterolateral (intertransverse) lumbar or lumbosacral arthrodesis, one or more levels, with or without pedicle screw instrumentation and decompressive laminectomy';
    expect(one([plf], 'L1-2 LAMINECTOMY FOR INTRADURAL TUMOR (SCHWANNOMA)')).toEqual(['UNKNOWN']);
    expect(one([plf], 'L4-S1 PLF W/ PEDICLE SCREWS')).toEqual([plf]);
    const tx = 'Transplant and post-transplant vascular interventions, including portal vein recanalization and stenting and angioplasty/stenting of hepatic or renal allograft arterial and venous anastomoses';
    expect(one([tx], 'KIDNEY TRANSPLANT, LIVING RELATED')).toEqual(['UNKNOWN']);
    const le = 'Lower extremity endovascular revascularization, iliac, femoral-popliteal and tibial-peroneal, including angioplasty, atherectomy and stent placement';
    expect(one([le], 'LT COMMON ILIAC ANGIOPLASTY AND STENT')).toEqual([le]);
  });
  it('reads an Indian or Gulf OT list\'s shorthand: EM, UNDER SA, FS, DJ STENTING, K/C/O, S&E, MTP with weeks, NDVH, PFN for an IT fracture', () => {
    const lscs = 'Lower segment caesarean section, elective or emergency, including repeat caesarean section';
    expect(one([lscs], 'EM LSCS - FETAL DISTRESS UNDER SA')).toEqual([lscs]);
    const thy = 'Hemithyroidectomy, subtotal or total thyroidectomy';
    expect(one([thy], 'HEMITHYROIDECTOMY (R) + FS')).toEqual([thy]);
    const dj = 'Cystoscopic DJ stent insertion/removal/exchange';
    expect(one([dj], 'DJ STENTING (L)')).toEqual([dj]);
    expect(one([dj], 'DJ STENT REMOVAL')).toEqual([dj]);
    const chole = 'Cholecystectomy, open or laparoscopic';
    expect(one([chole], 'Lap cholecystecomy poss open. K/C/O DM, HTN')).toEqual([chole]);
    const top = 'Medical termination of pregnancy (MTP) up to 12 weeks by suction evacuation';
    const iud = 'Insertion and removal of intrauterine contraceptive device';
    expect(one([top, iud], 'MTP + CU-T INSERTION - 9 WKS')).toEqual([top, iud]);
    expect(one([top], 'S&E - MISSED ABORTION 8 WKS')).toEqual([top]);
    expect(one([top], 'LT 1ST MTP FUSION')).toEqual(['UNKNOWN']);
    const ndvh = 'Non-descent vaginal hysterectomy';
    expect(one([ndvh], 'NDVH')).toEqual([ndvh]);
    expect(one([ndvh], 'TVH')).toEqual(['UNKNOWN']);
    // (A closed, percutaneous K-wire line is no nail's: "open reduction and K-wire fixation" is no reading of it.)
    const crpp = 'Closed reduction and percutaneous K-wire fixation';
    expect(one([crpp], 'PFN (R) - IT FRACTURE')).toEqual(['UNKNOWN']);
    expect(one([crpp], 'CRPP DISTAL RADIUS')).toEqual([crpp]);
    const pfn = 'Fixation of intertrochanteric femur fractures (DHS/PFN/PFNA)';
    expect(one([pfn], 'PFN (R) - IT FRACTURE')).toEqual([pfn]);
    // (A slash list of kinds a reading does not take stays a limit: a femoral shaft nail is no trochanteric one.)
    expect(one(['Intramedullary nailing, intertrochanteric/subtrochanteric femur fractures'], 'IM NAIL FEMORAL SHAFT')).toEqual(['UNKNOWN']);
    // (An encephalocele's repair is no other CSF leak's; "meningomyelocele" is a myelomeningocele.)
    const mmc = 'Repair of meningomyelocele/encephalocele';
    expect(one([mmc], 'CSF RHINORRHOEA REPAIR')).toEqual(['UNKNOWN']);
    expect(one([mmc], 'MMC REPAIR - 2 DAY OLD NEONATE')).toEqual([mmc]);
  });
  it('reads a newborn line in days and a sedation line "outside the operating room": CIRC NEWBORN and a DOL 2 Mogen are covered, a 7-week or 4-year-old circumcision is not; a child\'s MRI sedation is', () => {
    const circ = 'Newborn circumcision (Gomco, Mogen or Plastibell), infants 28 days of age or younger';
    expect(one([circ], 'CIRC NEWBORN (GOMCO)')).toEqual([circ]);
    expect(one([circ], 'CIRC - MOGEN, DOL 2')).toEqual([circ]);
    expect(one([circ], 'CIRCUMCISION 7 WEEKS OLD')).toEqual(['UNKNOWN']);
    expect(one([circ], 'CIRCUMCISION 4 YO')).toEqual(['UNKNOWN']);
    const sed = 'Moderate and deep sedation outside the operating room, including pediatric sedation for imaging';
    expect(one([sed], 'PEDS MRI BRAIN SEDATION (PROPOFOL) 4YO')).toEqual([sed]);
  });
  it('places what a line includes at the joint it names right after its operation: a wrist arthroscopy line\'s loose body removal covers no knee\'s', () => {
    const wrist = 'Arthroscopy, wrist, diagnostic or surgical, including debridement, synovectomy, removal of loose body and excision/repair of triangular fibrocartilage complex (TFCC)';
    expect(one([wrist], 'RT KNEE SCOPE LOOSE BODY REMOVAL')).toEqual(['UNKNOWN']);
    expect(one([wrist], 'WRIST SCOPE TFCC DEBRIDEMENT')).toEqual([wrist]);
  });
  it('reads FEM-PT and FEM-AT as bypasses to the posterior or anterior tibial artery: no femoral-femoral bypass line covers them', () => {
    const femfem = 'Extra-anatomic bypass, including axillofemoral, axillobifemoral, femoral-femoral and carotid-subclavian bypass';
    const tib = 'Femoral-tibial bypass';
    expect(one([femfem], 'RT FEM-PT BYPASS W/ REVERSED GSV')).toEqual(['UNKNOWN']);
    expect(one([tib], 'RT FEM-PT BYPASS W/ REVERSED GSV')).toEqual([tib]);
    expect(one([femfem], 'FEM-FEM BYPASS')).toEqual([femfem]);
    // (An endovascular line's list of arteries spells no open bypass.)
    const le = 'Lower extremity endovascular revascularization, iliac, femoral-popliteal and tibial-peroneal, including angioplasty, atherectomy and stent placement';
    expect(one([le], 'RT FEM-PT BYPASS W/ REVERSED GSV')).toEqual(['UNKNOWN']);
    expect(one([le], 'FEM-TIB BYPASS')).toEqual(['UNKNOWN']);
    expect(one([le], 'SFA ANGIOPLASTY')).toEqual([le]);
  });
  it('reads a superficial or deep cervical plexus written without "block" as that block: added to an interscalene it is asked for, not dropped', () => {
    const isb = 'Interscalene brachial plexus block, single injection or continuous catheter';
    const cpb = 'Cervical plexus block';
    expect(one([isb], 'LT INTERSCALENE SINGLE SHOT + SUPERFICIAL CERVICAL PLEXUS')).toEqual([isb, 'UNKNOWN']);
    expect(one([isb, cpb], 'LT INTERSCALENE SINGLE SHOT + SUPERFICIAL CERVICAL PLEXUS')).toEqual([isb, cpb]);
    expect(one([cpb], 'DEEP CERVICAL PLEXUS LT')).toEqual([cpb]);
  });
  it('reads a new port booked after a port\'s removal as a port placement the booking asks for too, not the removal\'s word again', () => {
    const ins = 'Port-a-cath insertion';
    const rem = 'Port-a-cath removal';
    expect(one([rem], 'port removal and new port other side (infected)')).toEqual([rem, 'UNKNOWN']);
    expect(one([ins, rem], 'port removal and new port other side (infected)')).toEqual([rem, ins]);
    expect(one([rem], 'PORT REMOVAL')).toEqual([rem]);
  });
  it('places every lesion a line names at the place before "lesion": a liver lesion line or an anal lesion line covers no skin cancer of the temple or cyst of the neck', () => {
    const liver = 'Biopsy or wedge excision of liver lesion, laparoscopic or open - excluding formal (anatomical) hepatectomy';
    const anal = 'Excision anal lesion or condyloma';
    expect(one([liver], 'Excision BCC R) temple')).toEqual(['UNKNOWN']);
    expect(one([anal], 'excision sebaceous cyst neck')).toEqual(['UNKNOWN']);
    expect(one([anal], 'EXCISION ANAL CONDYLOMA')).toEqual([anal]);
    expect(one([anal], 'EXCISION ANAL SKIN TAG')).toEqual([anal]);
  });
  it('reads a method in a line\'s parentheses as how its own operation is done: "Hip fracture fixation (pinning, nail, plate)" covers a hip\'s DHS or nail, no clavicle or ankle ORIF', () => {
    const hip = 'Hip fracture fixation (pinning, nail, plate)';
    expect(one([hip], 'ORIF clavicle L')).toEqual(['UNKNOWN']);
    expect(one([hip], 'ORIF ANKLE')).toEqual(['UNKNOWN']);
    expect(one([hip], 'DHS LT INTERTROCHANTERIC FX')).toEqual([hip]);
    expect(one([hip], 'IMN HIP FX')).toEqual([hip]);
    // (A line whose words outside the parentheses name both kinds keeps both.)
    const triple = 'Triple arthrodesis or double arthrodesis (talonavicular and calcaneocuboid)';
    expect(one([triple], 'LT TRIPLE ARTHRODESIS')).toEqual([triple]);
  });
  it('excludes what an exclusion names as examples: an ECMO line with "cardiac procedures including PDA ligation … excluded" covers no PDA ligation, and still its own peripheral cannulation', () => {
    const ecmo = 'ECMO cannulation and decannulation, peripheral (cervical or femoral), neonatal and pediatric; cardiac procedures including PDA ligation and central cannulation excluded';
    expect(one([ecmo], 'PDA ligation bedside NICU')).toEqual(['UNKNOWN']);
    expect(one([ecmo], 'PERIPHERAL ECMO DECANNULATION NEONATE')).toEqual([ecmo]);
  });
  it('reads a line\'s "via laparotomy" or "abdominal approach" as its open route: a laparoscopic TAC or trachelectomy is not covered, one by laparotomy is, at any time before 14 weeks', () => {
    const tac = 'Transabdominal cervicoisthmic cerclage via laparotomy, pre-conception or in pregnancy up to 14 weeks';
    const trach = 'Radical trachelectomy with pelvic lymphadenectomy for fertility preservation, abdominal approach';
    expect(one([tac], 'Transabdominal cerclage, laparoscopic')).toEqual(['UNKNOWN']);
    expect(one([tac], 'TRANSABDOMINAL CERCLAGE VIA LAPAROTOMY, PRECONCEPTION')).toEqual([tac]);
    expect(one([tac], 'Abd cerclage via laparotomy @ 11w5d')).toEqual([tac]);
    expect(one([tac], 'Abd cerclage via laparotomy @ 18w')).not.toContain(tac);
    expect(one([trach], 'Lap radical trachelectomy', '57531')).toEqual(['UNKNOWN']);
    expect(one([trach], 'VAGINAL RADICAL TRACHELECTOMY')).toEqual(['UNKNOWN']);
    expect(one([trach], 'Radical trachelectomy, abdominal, w/ pelvic lymphadenectomy')).toEqual([trach]);
    // (Its way in only where it is the only one: "by laparotomy or laparoscopy" offers both.)
    const appy = 'Appendectomy, by laparotomy or laparoscopy';
    expect(one([appy], 'LAP APPY')).toEqual([appy]);
    const chole = 'Cholecystectomy, via laparotomy or laparoscopy';
    expect(one([chole], 'LAP CHOLE')).toEqual([chole]);
    expect(one([chole], 'OPEN CHOLE')).toEqual([chole]);
    expect(one([chole], 'EXPLORATORY LAPAROTOMY')).toEqual(['UNKNOWN']);
    const hyst = 'Hysterectomy, vaginal or abdominal approach';
    expect(one([hyst], 'TAH')).toEqual([hyst]);
    // (Its laparotomy is done with its operation, never alone.)
    expect(one(['Splenectomy via laparotomy'], 'EXPLORATORY LAPAROTOMY')).toEqual(['UNKNOWN']);
  });
  it('reads an Achilles allograft in a ligament reconstruction as its graft: PCL RECON, ACHILLES ALLOGRAFT asks for the PCL reconstruction, not an Achilles repair', () => {
    const achilles = 'Repair of Achilles tendon rupture, open or percutaneous';
    const pcl = 'Posterior cruciate ligament reconstruction and multiligament knee reconstruction';
    expect(one([achilles], 'PCL RECON, ACHILLES ALLOGRAFT, RT')).toEqual(['UNKNOWN']);
    expect(one([achilles], 'ACL RECON W/ ACHILLES TENDON ALLOGRAFT')).toEqual(['UNKNOWN']);
    expect(one([achilles, pcl], 'PCL RECON, ACHILLES ALLOGRAFT, RT')).toEqual([pcl]);
    expect(one([achilles], 'ACHILLES TENDON REPAIR W/ ALLOGRAFT')).toEqual([achilles]);
  });
  it('reads what a hysteroscopy line includes as done through the scope: its "removal of retained products of conception" covers no suction D&C booked alone', () => {
    const hsc = 'Operative hysteroscopy, including polypectomy, submucous myomectomy and removal of retained products of conception';
    expect(one([hsc], 'Suction D&C, missed AB 8w')).toEqual(['UNKNOWN']);
    expect(one([hsc], 'HYSTEROSCOPIC POLYPECTOMY')).toEqual([hsc]);
    expect(one([hsc], 'HYSTEROSCOPIC MYOMECTOMY (MYOSURE)')).toEqual([hsc]);
  });
  it('holds a robotic-arm line to the system it names: a MAKO hip line covers a MAKO or robotic THA, not a ROSA one', () => {
    const mako = 'Robotic-arm assisted total hip arthroplasty (Stryker MAKO)';
    expect(one([mako], 'R) ROSA THR')).toEqual(['UNKNOWN']);
    expect(one([mako], 'MAKO THA')).toEqual([mako]);
    expect(one([mako], 'ROBOTIC THA')).toEqual([mako]);
  });
  it('reads a DoD list\'s "(specify):" heading and "Requires documented training" as no words a booking must say: an SGB, a robotic myomectomy, an L4-5 microdiscectomy and a triple arthrodesis are covered', () => {
    const sgb = 'Interventional pain (specify): stellate ganglion block';
    const myo = 'Robotic-assisted myomectomy. Requires documented training';
    const spine = 'Spine surgery (specify): lumbar discectomy, laminotomy, and laminectomy';
    const rear = 'Rearfoot/ankle: subtalar, talonavicular, and triple arthrodesis. Requires documented training';
    expect(one([sgb], 'SGB, R, PTSD, US GUIDED')).toEqual([sgb]);
    expect(one([myo], 'ROBOTIC ASSISTED MYOMECTOMY')).toEqual([myo]);
    expect(one([spine], 'L4-5 MICRODISCECTOMY, LT')).toEqual([spine]);
    expect(one([rear], 'TRIPLE ARTHRODESIS, LT')).toEqual([rear]);
    // (The heading's places still place what it lists; its ankle is no ankle fusion.)
    expect(one([rear], 'ANKLE FUSION')).toEqual(['UNKNOWN']);
    // (An excluded "cervical spine" excludes the neck's, not a lumbar level.)
    const plif = 'Posterior lumbar instrumented fusion (PLIF, TLIF or posterolateral), one or two levels - excluding cervical spine';
    expect(one([plif], 'L4/5 TLIF')).toEqual([plif]);
  });
  it('reads a rural scheduler\'s shorthand: I and D, D and C, w poly, anterior vit, cesarean hyst, disloc, reinsert, tongue tie clip, a named condition for its release, FB from the foot, RTAPP, MBN; a same-day D/C is a discharge', () => {
    const id = 'Incision and drainage of abscess';
    expect(one([id], 'I and D abscess L axilla')).toEqual([id]);
    const dc = 'D&C, diagnostic/therapeutic';
    const hsc = 'Hysteroscopy (diagnostic/operative)';
    expect(one([dc, hsc], 'D and C hysteroscopy')).toEqual([dc, hsc]);
    const colo = 'Colonoscopy with polypectomy';
    expect(one([colo], 'colonoscopy w poly')).toEqual([colo]);
    const chyst = 'Cesarean hysterectomy';
    const cs = 'Cesarean section (primary and repeat)';
    expect(one([cs, chyst], 'Repeat C/S poss cesarean hyst accreta').sort()).toEqual([cs, chyst].sort());
    const cr = 'Closed reduction of fractures/dislocations';
    expect(one([cr], 'closed reduction shoulder disloc')).toEqual([cr]);
    const nex = 'Contraceptive implant insertion/removal';
    expect(one([nex], 'Nexplanon removal and reinsert')).toEqual([nex]);
    const fren = 'Frenotomy (newborn)';
    expect(one([fren], 'tongue tie clip newborn')).toEqual([fren]);
    const cubital = 'Ulnar nerve transposition/cubital tunnel release';
    expect(one([cubital], 'cubital tunnel L')).toEqual([cubital]);
    const dq = 'De Quervain release';
    expect(one([dq], 'de quervains R')).toEqual([dq]);
    const fb = 'Removal of foreign body, soft tissue';
    expect(one([fb], 'removal FB Rt foot needle')).toEqual([fb]);
    const tka = 'Total knee arthroplasty';
    expect(one([tka, dc], 'Right total knee arthroplasty - outpatient, same day d/c')).toEqual([tka]);
  });
  it('reads "Thyroidectomy, total or lobectomy" as both thyroid operations, and a PTC beside a thyroidectomy as the cancer it is for, no cholangiogram', () => {
    const thy = 'Thyroidectomy, total or lobectomy, with or without central neck dissection';
    expect(one([thy], 'R THYROID LOBECTOMY')).toEqual([thy]);
    expect(one([thy], 'Total thyroidectomy + CND (PTC)')).toEqual([thy]);
    expect(one([thy], 'RUL LOBECTOMY VATS')).toEqual(['UNKNOWN']);
  });
  it('reads a line whose action word an operation\'s name repeats: "Hemorrhoidectomy, excisional, and banding or ligation of hemorrhoids" covers a hemorrhoidectomy and a banding', () => {
    const hem = 'Hemorrhoidectomy, excisional, and banding or ligation of hemorrhoids';
    expect(one([hem], 'HEMORRHOIDECTOMY, 3 COLUMN')).toEqual([hem]);
    expect(one([hem], 'RUBBER BAND LIGATION INTERNAL HEMORRHOIDS')).toEqual([hem]);
    expect(one([hem], 'LAP CHOLE')).toEqual(['UNKNOWN']);
  });
  it('keeps the way in, patients and places of a "(specify):" heading, and what follows a "requires … training" clause: a robotic or endovascular heading covers no open operation, an exclusion after the training still excludes', () => {
    const robot = 'Robotic surgery (specify): prostatectomy';
    expect(one([robot], 'RALP')).toEqual([robot]);
    expect(one([robot], 'OPEN RADICAL PROSTATECTOMY')).toEqual(['UNKNOWN']);
    const evar = 'Endovascular (specify): abdominal aortic aneurysm repair';
    expect(one([evar], 'OPEN AAA REPAIR')).toEqual(['UNKNOWN']);
    expect(one([evar], 'EVAR')).toEqual([evar]);
    const thy = 'Thyroidectomy; requires documented training, excluding substernal goiter';
    expect(one([thy], 'SUBSTERNAL THYROIDECTOMY')).toEqual(['UNKNOWN']);
    expect(one([thy], 'TOTAL THYROIDECTOMY')).toEqual([thy]);
    // (A finger's phalanx is no forefoot.)
    const amp = 'Amputation, excluding forefoot';
    expect(one([amp], 'AMPUTATION DISTAL PHALANX INDEX FINGER')).toEqual([amp]);
    // (A booking that says the new device's placement itself, or a later one, asks for no other.)
    const port = 'Port-a-cath insertion and removal';
    expect(one([port], 'Removal of port-a-cath and insertion of new port')).toEqual([port]);
    expect(one(['Port-a-cath removal'], 'REMOVAL OF PORT - NEW PORT TO BE PLACED BY IR AT LATER DATE')).toEqual(['Port-a-cath removal']);
  });
  it('places the methods a fracture head lists in parentheses at that fracture: "Femur fracture (intramedullary nailing, plating)" covers no clavicle ORIF, "Ankle fracture (ORIF, external fixation)" no pelvic ex-fix', () => {
    const femur = 'Femur fracture (intramedullary nailing, plating)';
    const ankle = 'Ankle fracture (ORIF, external fixation)';
    expect(one([femur], 'ORIF CLAVICLE')).toEqual(['UNKNOWN']);
    expect(one([femur], 'ORIF FEMORAL SHAFT')).toEqual([femur]);
    expect(one([ankle], 'EX FIX PELVIS')).toEqual(['UNKNOWN']);
    expect(one([ankle], 'EX FIX ANKLE')).toEqual([ankle]);
  });
  it('reads a line "in patients over 18 years" as an adult\'s line a booking that states no age meets, and a percentage of body surface as no age', () => {
    const aug = 'Augmentation mammaplasty with breast implants, in patients over 18 years';
    expect(one([aug], 'Augmentation mammoplasty')).toEqual([aug]);
    expect(one([aug], 'Augmentation mammoplasty 17yo')).toEqual(['UNKNOWN']);
    const burn = 'Burn excision and grafting, less than 20% total body surface area';
    expect(one([burn], 'BURN EXCISION 12% TBSA')).toEqual([burn]);
    expect(one([burn], 'BURN EXCISION 12% TBSA, 45 YO')).toEqual([burn]);
  });
  it('reads a line\'s closing "transvaginal" or "vaginal approach" as its only way in: no laparoscopic or robotic sling removal or fistula repair, and a bare ", vaginal," still names a vaginal hysterectomy', () => {
    const sling = 'Excision or revision of vaginal mesh or midurethral sling, transvaginal, including sling incision and urethrolysis';
    expect(one([sling], 'Complete removal retropubic TVT - laparoscopic')).toEqual(['UNKNOWN']);
    expect(one([sling], 'Sling revision')).toEqual([sling]);
    const vvf = 'Repair of vesicovaginal fistula, vaginal approach';
    expect(one([vvf], 'VVF REPAIR')).toEqual([vvf]);
    expect(one([vvf], 'ROBOTIC VVF REPAIR')).toEqual(['UNKNOWN']);
    const tvh = 'Hysterectomy, vaginal, with or without salpingo-oophorectomy';
    expect(one([tvh], 'TVH')).toEqual([tvh]);
  });
  it('holds an unaged booking to adults\' lines with no upper bound short of old age, keeps a stenosis or ejection-fraction percentage from passing as no limit, and never drops a new catheter booked with a removal', () => {
    const young = 'Total knee arthroplasty, patients aged 40 and under';
    expect(one([young], 'TKA')).toEqual(['UNKNOWN']);
    expect(one([young], 'TKA 35 YO')).toEqual([young]);
    const aug = 'Augmentation mammaplasty with breast implants, in patients over 18 years';
    expect(one([aug], 'Augmentation mammoplasty', '19325')).toEqual([aug]);
    const cea = 'Carotid endarterectomy, stenosis over 70%';
    expect(one([cea], 'CEA FOR 30% STENOSIS')).toEqual(['UNKNOWN']);
    const tdc = 'Tunneled dialysis catheter removal';
    expect(one([tdc], 'REMOVAL PERMCATH AND NEW CATHETER OVER WIRE')).toContain('UNKNOWN');
  });
  it('places the fixation a rib or periprosthetic fracture line lists in parentheses at that fracture: no ankle ORIF under "Rib fractures (ORIF)" or "Periprosthetic fracture (ORIF, …)"', () => {
    const rib = 'Rib fractures (ORIF)';
    expect(one([rib], 'ORIF L ANKLE')).toEqual(['UNKNOWN']);
    expect(one([rib], 'ORIF R 5-7 RIBS')).toEqual([rib]);
    expect(one([rib], 'RIB PLATING L')).toEqual([rib]);
    const peri = 'Periprosthetic fracture (ORIF, revision arthroplasty)';
    expect(one([peri], 'ORIF L ANKLE')).toEqual(['UNKNOWN']);
    expect(one([peri], 'ORIF PERIPROSTHETIC FX R FEMUR')).toEqual([peri]);
  });
  it('reads a condyloma booked on the penis as a penile lesion, which an anal condyloma line does not cover', () => {
    const anal = 'Excision anal lesion or condyloma';
    expect(one([anal], 'EXCISION PENILE CONDYLOMA')).toEqual(['UNKNOWN']);
    expect(one([anal], 'EXCISION CONDYLOMA')).toEqual([anal]);
    const penile = 'Excision of penile lesion';
    expect(one([anal, penile], 'FULGURATION CONDYLOMA PENIS')).toEqual([penile]);
  });
  it('reads "patients aged 2 to 17" and "patients 18 to 65" as age ranges: a forty-year-old\'s hernia repair is not a child\'s line\'s', () => {
    const peds = 'Inguinal hernia repair, patients aged 2 to 17';
    expect(one([peds], 'IHR 40 YO')).toEqual(['UNKNOWN']);
    expect(one([peds], 'IHR 4 YO')).toEqual([peds]);
    const adult = 'Laparoscopic cholecystectomy, patients 18 to 65';
    expect(one([adult], 'LAP CHOLE 75 YO')).toEqual(['UNKNOWN']);
    expect(one([adult], 'LAP CHOLE')).toEqual([adult]);
  });
  it('keeps a TFCC repair out of a wrist arthroscopy line that grants TFCC debridement and excludes the repair, and reads Fraxel as a non-ablative laser', () => {
    const wrist = 'Wrist arthroscopy, diagnostic, with synovectomy or TFCC debridement, excluding TFCC repair and ligament reconstruction';
    expect(one([wrist], 'Wrist arthroscopy w/ TFCC repair (foveal) R')).toEqual(['UNKNOWN']);
    expect(one([wrist], 'WRIST SCOPE, TFCC DEBRIDEMENT L')).toEqual([wrist]);
    const either = 'Arthroscopic TFCC repair or debridement';
    expect(one([either], 'WRIST SCOPE TFCC REPAIR')).toEqual([either]);
    expect(one([either], 'TFCC')).toEqual([either]);
    const co2 = 'Ablative laser resurfacing (CO2 or erbium:YAG), full-field or fractional, face, neck and chest';
    expect(one([co2], 'Fraxel full face + neck')).not.toContain(co2);
    expect(one([co2], 'CO2 laser resurfacing full face')).toEqual([co2]);
  });
  it('reads no operation from the words of two items of a list: a hysteroscopy line\'s "resection of submucous fibroid and removal of lost IUD" covers no laparoscopic myomectomy', () => {
    const hsc = 'Operative hysteroscopy, to include resection of endometrial polyp, resection of submucous fibroid (type 0 and type 1) and removal of lost IUD';
    expect(one([hsc], 'Lap myomectomy')).toEqual(['UNKNOWN']);
    expect(one([hsc], 'Hysteroscopic myomectomy')).toEqual([hsc]);
    expect(one([hsc], 'HYSTEROSCOPY, IUD REMOVAL')).toEqual([hsc]);
  });
  it('reads a burn unit\'s bookings: tangential or fascial excision, EXCISE + STSG with a TBSA, a graft\'s mesh ratio, allograft, ReCell and Integra beside an excision, and an escharotomy under a line "for burn injury, … bedside or operating room"', () => {
    const tang = 'Tangential excision of burn wound, any body area';
    const stsg = 'Split-thickness skin grafting, any body area, up to 20% TBSA';
    const allo = 'Application of cadaveric allograft or xenograft for temporary wound coverage';
    const recell = 'Autologous skin cell suspension harvest and application';
    const integra = 'Application of dermal regeneration template or skin substitute graft, any body area';
    const eschar = 'Escharotomy and fasciotomy for burn injury, any body area, bedside or operating room';
    const lines = [tang, stsg, allo, recell, integra, eschar];
    expect(one(lines, 'Tang excision + STSG 14% TBSA chest/abd/LUE, 1.5:1 mesh')).toEqual([tang, stsg]);
    // (The VAC bolster is negative pressure therapy over the graft, an add-on the excision's and the graft's lines cover.)
    expect(one(lines, 'Excise/graft 18% TBSA - back, buttocks, 2:1 mesh, VAC bolster')).toEqual([tang, stsg, tang]);
    expect(one(lines, 'EXCISE + STSG 8% TBSA BLE, Recell')).toEqual([tang, stsg, recell]);
    expect(one(lines, 'excision + allograft 30% TBSA')).toEqual([tang, allo]);
    expect(one(lines, 'Fascial excision L leg, Integra')).toEqual(['UNKNOWN', integra]);
    const fascial = 'Fascial excision of burn wound, any body area';
    expect(one([...lines, fascial], 'Fascial excision L leg, Integra')).toEqual([fascial, integra]);
    expect(one(lines, 'Escharotomy chest')).toEqual([eschar]);
    expect(one([stsg], 'ReCell 2% dorsum R hand')).toEqual(['UNKNOWN']);
    const peg = 'Percutaneous endoscopic gastrostomy (PEG) tube placement, operating room or bedside';
    expect(one([peg], 'bedside PEG')).toEqual([peg]);
  });
  it('places a lip, temple, helix, scalp or nose within the head, a shin within the legs and a penile shaft within the genitalia: Mohs lines by region cover them, and each only its own', () => {
    const head = 'Mohs micrographic surgery, head and neck, hands, feet, genitalia';
    const trunk = 'Mohs micrographic surgery, trunk, arms and legs';
    expect(one([head, trunk], 'Mohs R upper lip')).toEqual([head]);
    expect(one([head, trunk], 'Mohs L helix')).toEqual([head]);
    expect(one([head, trunk], 'Mohs scalp SCC')).toEqual([head]);
    expect(one([head, trunk], 'Mohs penile shaft SCC')).toEqual([head]);
    expect(one([head, trunk], 'Mohs L shin SCC')).toEqual([trunk]);
    expect(one([trunk], 'Mohs R temple')).toEqual(['UNKNOWN']);
    expect(one([head], 'Mohs L forearm')).toEqual(['UNKNOWN']);
  });
  it('reads "head and neck, trunk and extremities" as the whole body and "within … volume limits" as no words of the line: LIPO 360 and VASER LIPO are covered', () => {
    const sal = 'Suction-assisted lipectomy, up to 5000 mL aspirate, head and neck, trunk and extremities';
    const ual = 'Ultrasound-assisted liposuction (VASER), within suction-assisted lipectomy volume limits';
    expect(one([sal, ual], 'Lipo 360')).toEqual([sal]);
    expect(one([sal, ual], 'VASER lipo abd/flanks')).toEqual([ual]);
    expect(one([sal], 'Lipo 360 + arms, est 6500cc aspirate')).toContain('UNKNOWN');
    const lipoma = 'Excision of lipoma, trunk and extremities';
    expect(one([lipoma], 'EXCISION LIPOMA NECK')).toEqual(['UNKNOWN']);
  });
  it('reads procedure-master names: ARTHROSCOPY, KNEE, WITH MENISCECTOMY is the knee\'s meniscectomy, and a colectomy line "for benign or malignant disease" is for every disease', () => {
    const knee = 'Arthroscopy of the knee, diagnostic or surgical, including meniscectomy, meniscal repair, chondroplasty, synovectomy and loose body removal';
    expect(one([knee], 'ARTHROSCOPY, KNEE, WITH PARTIAL MEDIAL MENISCECTOMY (Right)')).toEqual([knee]);
    expect(one([knee], 'ARTHROSCOPY, SHOULDER, WITH CHONDROPLASTY')).not.toContain(knee);
    const colectomy = 'Partial colectomy, open or laparoscopic, for benign or malignant disease, including Hartmann procedure';
    expect(one([colectomy], 'COLECTOMY, PARTIAL, LAPAROSCOPIC (N/A) - SIGMOID, DIVERTICULITIS')).toEqual([colectomy]);
    expect(one([colectomy], 'ROBOTIC SIGMOID COLECTOMY')).toEqual(['UNKNOWN']);
  });
  it('reads an NHS theatre list\'s shorthand: LE and RE beside an eye operation, CEPOD, PUH, perc trachy, phlebs, postaural, a 3c tear, and lines that say "salivary" or "intravesical" of what they name', () => {
    const phaco = 'Phacoemulsification of lens with insertion of intraocular lens, in adults only (16 years and over)';
    expect(one([phaco], 'Phaco + IOL LE')).toEqual([phaco]);
    expect(one([phaco], 'RE phaco/IOL (topical)')).toEqual([phaco]);
    const chole = 'Cholecystectomy, laparoscopic or open, elective and emergency, to include on-table cholangiography';
    expect(one([chole], 'lap chole - hot GB, CEPOD')).toEqual([chole]);
    const puh = 'Repair of umbilical or paraumbilical hernia, open, with or without mesh, in adults only (16 years and over)';
    expect(one([puh], 'PUH repair (mesh) LA')).toEqual([puh]);
    const trach = 'Percutaneous dilatational tracheostomy in adult critical care';
    expect(one([trach], 'Perc trachy (ICU bed 6)')).toEqual([trach]);
    const evla = 'Endovenous thermal ablation of varicose veins (laser or radiofrequency), with or without phlebectomies';
    expect(one([evla], 'R GSV EVLA + phlebs')).toEqual([evla]);
    const myr = 'Myringoplasty (permeatal or postauricular)';
    expect(one([myr], 'R myringoplasty (postaural)')).toEqual([myr]);
    const tear = 'Repair of third or fourth degree perineal tear (obstetric anal sphincter injury)';
    expect(one([tear], 'Repair 3c tear')).toEqual([tear]);
    const smg = 'Excision of submandibular salivary gland';
    expect(one([smg], 'Excision L submandibular gland')).toEqual([smg]);
    const botox = 'Cystoscopic intravesical injection of botulinum toxin';
    expect(one([botox], 'Botox bladder 200u')).toEqual([botox]);
  });
  it('reads a trauma board\'s shorthand: a Swan line, a cric in the bay, a DCL beside an ex lap — and no swan-neck finger as a Swan, no needle cric line as a surgical one', () => {
    const swan = 'Pulmonary artery catheter placement';
    expect(one([swan], 'SWAN CATHETER')).toEqual([swan]);
    expect(one([swan], 'SWAN NECK TENODESIS FINGER')).not.toContain(swan);
    const cric = 'Cricothyroidotomy, emergent';
    expect(one([cric], 'cric in bay')).toEqual([cric]);
    expect(one(['Needle cricothyroidotomy'], 'SURGICAL CRICOTHYROIDOTOMY')).toEqual(['UNKNOWN']);
    const dcl = 'Damage control laparotomy';
    expect(one([dcl], 'Ex lap, DCL')).toContain(dcl);
  });
  it('reads MASTECTOMY, PARTIAL beside another procedure-master name as a partial mastectomy, not a mastectomy of no kind', () => {
    const partial = 'Partial mastectomy (lumpectomy), with or without needle or seed localization';
    const slnb = 'Sentinel lymph node biopsy and axillary lymph node dissection';
    expect(one([partial, slnb], 'MASTECTOMY, PARTIAL, WITH NEEDLE LOCALIZATION (Left) + BIOPSY, LYMPH NODE, SENTINEL (Left)')).toEqual([partial, slnb]);
    expect(one(['Total (simple) mastectomy', slnb], 'MASTECTOMY, PARTIAL, WITH NEEDLE LOCALIZATION (Left) + BIOPSY, LYMPH NODE, SENTINEL (Left)')).toContain('UNKNOWN');
  });
  it('reads "MITOMYCIN C" as the drug and a lymphoscintigraphy as no operation of the case', () => {
    const crs = 'Cytoreductive surgery with or without hyperthermic intraperitoneal chemotherapy (HIPEC), including peritonectomy';
    expect(one([crs], 'CYTOREDUCTIVE SURGERY (N/A) + HIPEC (N/A) - MITOMYCIN C, PERFUSION TEAM')).toEqual([crs]);
    const slnb = 'Sentinel lymph node biopsy, including lymphatic mapping, any site';
    expect(one([slnb], 'BIOPSY, LYMPH NODE, SENTINEL, AXILLARY (Bilateral) - LYMPHOSCINTIGRAPHY 0700')).toEqual([slnb]);
  });
  it('keeps what a review of the new readings found: a bone\'s head or neck is no face, a body list that takes the head back out is no whole body, settings without the operating room are a limit, a number in "within … limits" stays, a 3B meniscal tear is no perineal tear, and more', () => {
    expect(one(['Open reduction internal fixation, femoral head fractures (Pipkin)'], 'ORIF MALAR FRACTURE')).toEqual(['UNKNOWN']);
    expect(one(['Excision of lesion, humeral head'], 'EXCISION LESION SCALP')).toEqual(['UNKNOWN']);
    expect(one(['Liposuction of the trunk and extremities, not head or neck'], 'SUBMENTAL LIPOSUCTION')).toEqual(['UNKNOWN']);
    const stsg = 'Split-thickness skin grafting, trunk and extremities; head, face and neck grafting requires plastic surgery privileges';
    expect(one([stsg], 'STSG SCALP')).toEqual(['UNKNOWN']);
    expect(one(['Chest tube, emergency department or bedside only'], 'CHEST TUBE INSERTION')).toEqual(['UNKNOWN']);
    expect(one(['Suction-assisted lipectomy, within 5000 ml aspirate limits'], 'LIPOSUCTION 8000 ML')).toEqual(['UNKNOWN']);
    const tear = 'Repair of third degree perineal tear';
    expect(one([tear], 'MENISCAL REPAIR 3B TEAR')).toEqual(['UNKNOWN']);
    expect(one([tear], 'ACHILLES REPAIR 3B TEAR')).toEqual(['UNKNOWN']);
    expect(one([tear], 'REPAIR 3C TEAR')).toEqual([tear]);
    expect(one(['Hip hemiarthroplasty'], 'RADIAL HEAD HEMI FOR FRACTURE')).toEqual(['UNKNOWN']);
    expect(one(['Hip hemiarthroplasty'], 'HEMI NOF')).toEqual(['Hip hemiarthroplasty']);
    expect(one(['Excision of penile lesion'], 'EXCISION OF CONDYLOMA, PERIANAL AND SCROTAL')).toContain('UNKNOWN');
    expect(one(['Application of allograft (amniotic membrane) to wound'], 'SKIN ALLOGRAFT 5% TBSA')).toEqual(['UNKNOWN']);
    expect(one(['Inguinal hernia repair, without mesh'], 'INGUINAL HERNIA REPAIR 2:1 MESH')).toEqual(['UNKNOWN']);
    const ankle = 'Open or closed treatment of ankle fractures';
    expect(one([ankle], 'ORIF ANKLE')).toEqual([ankle]);
    expect(one(['Deep sedation, ASA patients 1 to 3'], 'DEEP SEDATION 45 YO')).toEqual(['Deep sedation, ASA patients 1 to 3']);
  });
  it('privileges only closed treatment under a non-operative fracture line: no ankle ORIF, femoral nail or percutaneous pinning', () => {
    const care = 'Fracture care, nonoperative';
    expect(one([care], 'ORIF ANKLE')).toEqual(['UNKNOWN']);
    expect(one([care], 'IMN FEMUR')).toEqual(['UNKNOWN']);
    expect(one([care], 'CRPP DISTAL RADIUS')).toEqual(['UNKNOWN']);
    expect(one([care], 'CLOSED REDUCTION DISTAL RADIUS')).toEqual([care]);
    const parotid = 'Superficial/total conservative parotidectomy';
    expect(one([parotid], 'SUPERFICIAL PAROTIDECTOMY (R) - PLEOMORPHIC ADENOMA, NIM')).toEqual([parotid]);
  });
  it('reads a bone\'s part after the bone as no place of its own: a metacarpal neck line covers no femoral neck, a radial head line no humeral head', () => {
    const mc = 'Closed reduction of metacarpal neck fractures';
    expect(one([mc], 'CLOSED REDUCTION FEMORAL NECK FRACTURE')).toEqual(['UNKNOWN']);
    expect(one([mc], 'CLOSED REDUCTION METACARPAL NECK FX')).toEqual([mc]);
    const rh = 'Percutaneous pinning of radial head fractures';
    expect(one([rh], 'CRPP HUMERAL HEAD')).toEqual(['UNKNOWN']);
    expect(one([rh], 'CRPP RADIAL HEAD')).toEqual([rh]);
  });
  it('keeps what a third review found: the bone said as a noun meets a line that names its part ("femoral neck" and FEMUR NECK), and a line for operative and non-operative care, or a non-operative delivery, keeps its operations', () => {
    const neck = 'Closed reduction of femoral neck fractures';
    expect(one([neck], 'CLOSED REDUCTION FEMUR NECK FRACTURE')).toEqual([neck]);
    const condyle = 'Closed reduction of humeral condyle fractures';
    expect(one([condyle], 'CLOSED REDUCTION LATERAL CONDYLE HUMERUS FRACTURE')).toEqual([condyle]);
    const both = 'Fracture and dislocation management (operative and non-operative), including ORIF, IM nailing, external fixation, closed reduction';
    expect(one([both], 'ORIF ANKLE')).toEqual([both]);
    expect(one(['Non-operative vaginal delivery'], 'VAGINAL DELIVERY')).toEqual(['Non-operative vaginal delivery']);
    expect(one(['Inguinal hernia, conservative management'], 'INGUINAL HERNIA REPAIR')).toEqual(['UNKNOWN']);
  });
  it('reads the muscle a pedicled flap names as its kind and its place: a sternal wound line for pectoralis or rectus flaps covers no gastrocnemius flap, and a trunk-and-extremities line covers it', () => {
    const sternal = 'Sternal wound debridement and flap closure (pectoralis major or rectus abdominis)';
    expect(one([sternal], 'Gastroc flap')).toEqual(['UNKNOWN']);
    expect(one([sternal], 'GRACILIS FLAP')).toEqual(['UNKNOWN']);
    expect(one([sternal], 'Pec flap sternal wound')).toEqual([sternal]);
    expect(one([sternal], 'RECTUS FLAP')).toEqual([sternal]);
    const limbs = 'Muscle, myocutaneous or fasciocutaneous flap, pedicled, trunk and extremities';
    expect(one([limbs], 'Gastroc flap')).toEqual([limbs]);
    expect(one([limbs], 'Soleus flap R leg')).toEqual([limbs]);
    expect(one([limbs], 'Temporalis flap')).toEqual(['UNKNOWN']);
    expect(one(['Pedicled muscle flaps, any site'], 'GASTROC FLAP')).toEqual(['Pedicled muscle flaps, any site']);
  });
  it('tells a breast implant capsulectomy from a capsulotomy: a capsulotomy line covers no capsulectomy, and an implant removal line neither', () => {
    const otomy = 'Peri-implant capsulotomy or capsulorrhaphy, with or without implant exchange';
    const ectomy = 'Peri-implant capsulectomy, partial, total or en bloc, with or without implant removal or replacement';
    const removal = 'Removal and replacement of breast implants';
    expect(one([otomy], 'POSS CAPSULECTOMY R BREAST')).toEqual(['UNKNOWN']);
    expect(one([otomy], 'L capsulotomy + implant exchange')).toEqual([otomy]);
    expect(one([ectomy], 'En bloc capsulectomy R')).toEqual([ectomy]);
    expect(one([removal], 'BILAT IMPLANT EXCHANGE W/ CAPSULECTOMY')).toEqual([removal, 'UNKNOWN']);
    expect(one([removal], 'Breast explant bilat')).toEqual([removal]);
  });
  it('reads "insertion and removal of" a port as the port\'s placement and its removal, no hardware removal of any bone', () => {
    const port = 'Insertion and removal of implantable venous access port';
    expect(one([port], 'ROH L ANKLE')).toEqual(['UNKNOWN']);
    expect(one([port], 'PORT REMOVAL')).toEqual([port]);
    expect(one([port], 'MEDIPORT PLACEMENT R IJ')).toEqual([port]);
    expect(one(['Insertion and removal of Norplant'], 'REMOVAL OF HARDWARE R TIBIA')).toEqual(['UNKNOWN']);
  });
  it('covers no ventricular septal defect closure under a PFO and ASD closure line', () => {
    const asd = 'Transcatheter closure of patent foramen ovale and secundum atrial septal defect, adults';
    expect(one([asd], 'VSD closure (Amplatzer muscular VSD occluder)', '93581')).toEqual(['UNKNOWN']);
    expect(one([asd], 'PFO closure')).toEqual([asd]);
    const all = 'Transcatheter closure of septal defects (ASD, PFO, VSD)';
    expect(one([all], 'Transcatheter VSD closure')).toEqual([all]);
  });
  it('reads TA before a TAVR as the transapical access a transfemoral-only line excludes', () => {
    const tf = 'Transcatheter aortic valve replacement (TAVR), transfemoral and alternative access (subclavian/axillary, transcarotid, transcaval), excluding transapical and direct aortic';
    expect(one([tf], 'TA TAVR 23 S3')).toEqual(['UNKNOWN']);
    expect(one([tf], 'TAVR TF 26 Sapien 3')).toEqual([tf]);
  });
  it('drops no leadless pacemaker or atypical flutter named beside another EP operation', () => {
    const avn = 'Atrioventricular node ablation';
    expect(one([avn], 'Leadless + AVN abl')).toEqual(['UNKNOWN', avn]);
    const af = 'Complex ablation: atrial fibrillation, including pulmonary vein isolation and transseptal puncture';
    expect(one([af], 'atypical flutter + redo PVI')).toEqual(['UNKNOWN', af]);
  });
  it('keeps a closing list of arteries after "with or without stent" as the line\'s sites: no renal artery or iliac vein stent', () => {
    const pta = 'Percutaneous transluminal angioplasty with or without stent, iliac, femoral, popliteal and tibial arteries';
    expect(one([pta], 'RENAL ARTERY STENT R')).toEqual(['UNKNOWN']);
    expect(one([pta], 'L ILIAC VEIN STENT')).toEqual(['UNKNOWN']);
    expect(one([pta], 'R SFA PTA/STENT')).toEqual([pta]);
    expect(one([pta], 'L CIA STENT')).toEqual([pta]);
    const upper = 'Open reduction and internal fixation of fractures of the upper limb, including clavicle, humerus, radius, ulna and hand';
    expect(one([upper], 'ORIF R distal radius # (volar plate)')).toEqual([upper]);
  });
  it('reads a Lapidus as the arthrodesis kind of bunionectomy: a line "with or without first metatarsal osteotomy" covers none, a plain bunionectomy line does', () => {
    const osteotomy = 'Bunionectomy, with or without first metatarsal osteotomy';
    expect(one([osteotomy], 'LAPIDUS BUNIONECTOMY R')).toEqual(['UNKNOWN']);
    expect(one([osteotomy], 'AUSTIN BUNIONECTOMY R')).toEqual([osteotomy]);
    expect(one(['Bunionectomy'], 'RT LAPIDUS (LAPIPLASTY)')).toEqual(['Bunionectomy']);
    const both = 'Hallux valgus correction with proximal metatarsal osteotomy or Lapidus arthrodesis';
    expect(one([both], 'LT LAPIDUS BUNIONECTOMY')).toEqual([both]);
  });
  it('reads a BTL booked after a cesarean as the postpartum tubal ligation, which a laparoscopic sterilization line does not cover', () => {
    const lap = 'Laparoscopic tubal sterilization, including bilateral salpingectomy';
    const pp = 'Postpartum tubal ligation or salpingectomy';
    expect(one([lap, pp], 'Repeat CS + BTL')).toEqual(['UNKNOWN', pp]);
    expect(one([lap], 'LSCS + BTL')).toEqual(['UNKNOWN', 'UNKNOWN']);
  });
  it('keeps the place a line begins with for the broader operation "and" joins to it: a thoracic laminectomy and posterior decompression line covers no cervical foraminotomy', () => {
    const thoracic = 'Thoracic laminectomy and posterior decompression';
    expect(one([thoracic], 'R C5-6 posterior foraminotomy')).toEqual(['UNKNOWN']);
    expect(one([thoracic], 'C5-6 LAMINECTOMY')).toEqual(['UNKNOWN']);
    expect(one([thoracic], 'T7-8 foraminotomy')).toEqual([thoracic]);
    expect(one([thoracic], 'T4-5 laminectomy')).toEqual([thoracic]);
  });
  it('reads a cervical foraminotomy as the posterior cervical one, which a lumbar line does not cover and an anterior one is not', () => {
    const pcf = 'Posterior cervical laminoforaminotomy';
    expect(one([pcf], 'R C5-6 posterior foraminotomy')).toEqual([pcf]);
    expect(one([pcf], 'R C6-7 MIS foraminotomy (tubular)')).toEqual([pcf]);
    expect(one([pcf], 'C5-6 anterior foraminotomy')).toEqual(['UNKNOWN']);
    expect(one(['Lumbar decompression (laminectomy, laminotomy, foraminotomy), one or more levels'], 'R C5-6 posterior foraminotomy')).toEqual(['UNKNOWN']);
    const slash = 'Posterior cervical laminotomy/foraminotomy, with or without discectomy, one or more interspaces, open or tubular';
    expect(one([slash], 'L3-L5 LAMINECTOMY, B/L FORAMINOTOMIES')).toEqual(['UNKNOWN', 'UNKNOWN']);
    expect(one([slash], 'C5-6 foraminotomy')).toEqual([slash]);
  });
  it('tells the neurosurgical operations of one name apart: an LP shunt line covers no VP shunt or revision of any shunt, a brain abscess line no spinal epidural abscess or subdural hematoma, a medial branch RFA line no endoscopic rhizotomy, a deformity line no tether', () => {
    const lp = 'Lumboperitoneal shunt placement and revision';
    expect(one([lp], 'VP shunt placement')).toEqual(['UNKNOWN']);
    expect(one([lp], 'VP shunt revision')).toEqual(['UNKNOWN']);
    expect(one([lp], 'Shunt revision - distal')).toEqual(['UNKNOWN']);
    expect(one([lp], 'LP shunt revision')).toEqual([lp]);
    expect(one([lp], 'LP shunt placement')).toEqual([lp]);
    const brain = 'Drainage or excision of brain abscess, cyst or subdural empyema, by burr hole or craniotomy';
    expect(one([brain], 'T4-5 laminectomy epidural abscess')).toEqual(['UNKNOWN']);
    expect(one([brain], 'Burr holes for chronic SDH')).toEqual(['UNKNOWN']);
    expect(one([brain], 'brain abscess drainage')).toEqual([brain]);
    const rfa = 'Radiofrequency ablation of medial branch nerves, cervical, thoracic and lumbar';
    expect(one([rfa], 'Endoscopic rhizotomy L4-5 L5-S1 (medial branch)')).toEqual(['UNKNOWN']);
    expect(one([rfa], 'L4-5 RFA')).toEqual([rfa]);
    const deformity = 'Adult spinal deformity correction, including Smith-Petersen and pedicle subtraction osteotomies';
    expect(one([deformity], 'VBT T6-T12 thoracoscopic')).toEqual(['UNKNOWN']);
    expect(one([deformity], 'L3 PSO')).toEqual([deformity]);
    expect(one(['Pedicle subtraction osteotomy'], 'Posterior VCR T12')).toEqual(['UNKNOWN']);
  });
  it('reads a PCI line whose list ends in "(IVUS/OCT)" as PCI, its thrombectomy as the coronary one: no DVT thrombectomy', () => {
    const pci = 'Percutaneous coronary intervention including balloon angioplasty, stent placement, thrombectomy and intravascular imaging (IVUS/OCT)';
    expect(one([pci], 'LHC +/- PCI')).toEqual(['UNKNOWN', pci]);
    expect(one([pci], 'DVT thrombectomy')).toEqual(['UNKNOWN']);
    expect(one([pci], 'STEMI inf - RCA thrombectomy + DES')).toEqual([pci]);
  });
  it('reads a circulatory support line listing "insertion, repositioning and removal" as its devices, and an axillary Impella apart from a percutaneous one', () => {
    const pmcs = 'Percutaneous mechanical circulatory support (Impella, IABP), insertion, repositioning and removal';
    const axillary = 'Temporary surgical ventricular assist device (CentriMag) and axillary Impella 5.5 implantation and removal';
    expect(one([pmcs], 'Impella CP')).toEqual([pmcs]);
    expect(one([pmcs], 'IABP insertion - CCU bed 14, cardiogenic shock')).toEqual([pmcs]);
    expect(one([pmcs], 'ROH L ANKLE')).toEqual(['UNKNOWN']);
    expect(one([pmcs], 'Impella 5.5 via R axillary graft')).toEqual(['UNKNOWN']);
    expect(one([axillary], 'Impella 5.5 via R axillary graft')).toEqual([axillary]);
    expect(one([axillary], 'Impella CP')).toEqual(['UNKNOWN']);
  });
  it('reads a site between a kind and an operation in an exclusion as where the excluded operation is, and a hash joined to NOF as its fracture: an ACL line "excluding multiligament knee reconstruction" covers a knee ACL', () => {
    const acl = 'Anterior cruciate ligament reconstruction, arthroscopically assisted, autograft or allograft (excluding multiligament knee reconstruction)';
    expect(one([acl], 'Arthroscopic R knee ACL recon (hamstring)')).toEqual([acl]);
    const tka = 'Total knee arthroplasty (excluding revision knee arthroplasty)';
    expect(one([tka], 'R TKA')).toEqual([tka]);
    expect(one([tka], 'Revision R TKA')).toEqual(['UNKNOWN']);
    expect(one(['Excision of skin lesions, excluding face and hands'], 'EXCISION LESION L HAND')).toEqual(['UNKNOWN']);
    const hemi = 'Hemiarthroplasty of the hip for femoral neck fracture';
    expect(one([hemi], 'R hip hemiarthroplasty - #NOF')).toEqual([hemi]);
    expect(one(['Glaucoma drainage device implantation (Ahmed, Baerveldt)'], 'AGV OS (Ahmed)')).toEqual(['Glaucoma drainage device implantation (Ahmed, Baerveldt)']);
  });
  it('reads each action a line lists before the one thing it is of ("Insertion, removal or replacement of penile prosthesis" covers an IPP), and VA bypass shorthand (BPG, ISVG, NRSVG)', () => {
    const ipp = 'Insertion, removal or replacement of penile prosthesis';
    expect(one([ipp], 'INFLATABLE PENILE PROSTHESIS (AMS 700)')).toEqual([ipp]);
    expect(one([ipp], 'ROH L ANKLE')).toEqual(['UNKNOWN']);
    const vp = 'Placement, revision or removal of ventriculoperitoneal shunt';
    expect(one([vp], 'LP shunt revision')).toEqual(['UNKNOWN']);
    expect(one([vp], 'VPS revision')).toEqual([vp]);
    const bypass = 'Femoral or popliteal to tibial or peroneal artery bypass, vein or prosthetic graft';
    expect(one([bypass], 'L FEM-PT BPG W/ ISVG')).toEqual([bypass]);
    expect(one(['Aortobifemoral or aortoiliac bypass'], 'ABF BPG')).toEqual(['Aortobifemoral or aortoiliac bypass']);
  });
  it('keeps what the review of this version found: no rectus femoris or gluteal flap under trunk flap lines, no joint capsulectomy as a breast one, no BTL dropped under a cesarean line, no interval BTL as a postpartum one, no leg thrombectomy as a coronary one, no endoscopic rhizotomy as an RFA, no fem-fem bypass under a femoral-to-tibial line', () => {
    expect(one(['Pedicled muscle flaps of the trunk'], 'Rectus femoris flap')).toEqual(['UNKNOWN']);
    expect(one(['Pedicled flaps - trunk (pectoralis, latissimus dorsi, trapezius, rectus abdominis)'], 'Gluteal flap sacral sore')).toEqual(['UNKNOWN']);
    expect(one(['Pedicled muscle flaps of the trunk'], 'Pec flap sternal wound')).toEqual(['Pedicled muscle flaps of the trunk']);
    expect(one(['Breast implant capsulectomy'], 'Capsulectomy L MCP joint')).toEqual(['UNKNOWN']);
    expect(one(['Breast implant capsulectomy'], 'L breast capsulectomy')).toEqual(['Breast implant capsulectomy']);
    expect(one(['Cesarean delivery'], 'Repeat CS + BTL')).toEqual(['Cesarean delivery', 'UNKNOWN']);
    expect(one(['Postpartum tubal ligation'], 'Interval BTL 6 weeks post CS')).not.toContain('Postpartum tubal ligation');
    expect(one(['Postpartum tubal ligation'], 'PP BTL')).toEqual(['Postpartum tubal ligation']);
    const pci = 'PCI including balloon angioplasty, stenting, atherectomy, thrombectomy and intravascular imaging (IVUS/OCT)';
    expect(one([pci], 'Popliteal thrombectomy post DES to SFA')).not.toContain(pci);
    expect(one([pci], 'STEMI - RCA thrombectomy + DES')).toEqual([pci]);
    expect(one(['Medial branch radiofrequency ablation'], 'Endoscopic rhizotomy L4-5')).toEqual(['UNKNOWN']);
    expect(one(['Endoscopic rhizotomy (endoscopic medial branch transection)'], 'Medial branch RFA')).toEqual(['UNKNOWN']);
    const tib = 'Femoral or popliteal to tibial or peroneal artery bypass, vein or prosthetic graft';
    expect(one([tib], 'FEM-FEM BPG')).toEqual(['UNKNOWN']);
    const extra = 'Extra-anatomic bypass, including axillofemoral, axillobifemoral, femoral-femoral and carotid-subclavian bypass';
    expect(one([extra], 'Fem-fem crossover')).toEqual([extra]);
  });
  it('reads neurointerventional and neurosurgical shorthand: IPSS, a Wada test, CN beside an MVD, GK beside radiosurgery', () => {
    expect(one(['Inferior petrosal sinus sampling'], "IPSS (Cushing's)")).toEqual(['Inferior petrosal sinus sampling']);
    expect(one(['Wada test (intracarotid amobarbital/methohexital test)'], 'Wada L')).toEqual(['Wada test (intracarotid amobarbital/methohexital test)']);
    expect(one(['Microvascular decompression of cranial nerves'], 'MVD L CN V')).toEqual(['Microvascular decompression of cranial nerves']);
    expect(one(['Gamma Knife radiosurgery'], 'GK SRS R VS (frame)')).toEqual(['Gamma Knife radiosurgery']);
    expect(one(['Cerebral angiography'], 'Wada L')).toEqual(['UNKNOWN']);
  });
  it('keeps what the second review of this version found: an anterior lumbar fusion exclusion still excludes the lumbar spine, no LP shunt under a VP line, no thrombectomy after a PCI as a coronary one, no latissimus flap under a temporalis line, no vein stent under an SFA line', () => {
    expect(one(['Spinal fusion, excluding anterior lumbar fusion'], 'OLIF L4-5')).toEqual(['UNKNOWN']);
    const vp = 'Insertion, removal or replacement of ventriculoperitoneal shunt';
    expect(one([vp], 'LP shunt removal')).toEqual(['UNKNOWN']);
    expect(one([vp], 'VP shunt removal')).toEqual([vp]);
    const pci = 'PCI including balloon angioplasty, stenting, atherectomy, thrombectomy and intravascular imaging (IVUS/OCT)';
    expect(one([pci], 'Radial artery thrombectomy after PCI')).toEqual(['UNKNOWN']);
    expect(one(['Pedicled temporalis and pericranial flaps'], 'Latissimus flap')).toEqual(['UNKNOWN']);
    expect(one(['Pedicled temporalis and pericranial flaps'], 'Temporalis flap')).toEqual(['Pedicled temporalis and pericranial flaps']);
    const sfa = 'Superficial femoral artery angioplasty and stenting';
    expect(one([sfa], 'Femoral vein stent')).toEqual(['UNKNOWN']);
    expect(one([sfa], 'R SFA PTA/STENT')).toEqual([sfa]);
    expect(one(['Endoscopic rhizotomy (endoscopic medial branch transection)'], 'Endoscopic dorsal rhizotomy')).toEqual(['UNKNOWN']);
  });
  it('excludes a booking read as the operation an exclusion names, though it says none of its words: no retrosternal goitre under "excluding substernal thyroidectomy", no Oxford knee under "excluding unicompartmental knee arthroplasty"', () => {
    const thyroid = 'Thyroidectomy, excluding substernal thyroidectomy';
    expect(one([thyroid], 'Retrosternal (goitre) thyroidectomy')).toEqual(['UNKNOWN']);
    expect(one([thyroid], 'Total thyroidectomy')).toEqual([thyroid]);
    const knee = 'Knee arthroplasty, excluding unicompartmental knee arthroplasty';
    expect(one([knee], 'Oxford partial knee')).toEqual(['UNKNOWN']);
    expect(one([knee], 'R TKA')).toEqual([knee]);
    const hernia = 'Inguinal hernia repair, excluding recurrent hernia repair';
    expect(one([hernia], 'R IHR')).toEqual([hernia]);
  });
  it('reads "Insertion or removal of chest drain" as the chest drain\'s insertion, no hardware removal, and "Revision or removal of …" as no implantation', () => {
    const drain = 'Insertion or removal of chest drain';
    expect(one([drain], 'Chest drain insertion R')).toEqual([drain]);
    expect(one([drain], 'ROH L ANKLE')).toEqual(['UNKNOWN']);
    expect(one(['Insertion and removal of syndesmosis screw'], 'ROH L ANKLE')).toEqual(['UNKNOWN']);
    expect(one(['Revision or removal of intrathecal drug delivery system'], 'INTRATHECAL PUMP IMPLANT')).toEqual(['UNKNOWN']);
  });
  it('reads a bare burr hole as a subdural hematoma\'s evacuation only beside a hematoma word: a chronic SDH line covers no burr hole for empyema', () => {
    const sdh = 'Burr hole drainage/evacuation of chronic subdural haematoma';
    expect(one([sdh], 'Burr hole for subdural empyema')).toEqual(['UNKNOWN']);
    expect(one([sdh], 'Burr holes bilat cSDH')).toEqual([sdh]);
    expect(one([sdh], 'BURR HOLE, FOR EVACUATION, SUBDURAL HEMATOMA (Bilateral) - CHRONIC')).toEqual([sdh]);
  });
  it('lets no code stand in for a part its line\'s exclusion refused: BKA with 27880 under "Amputation, excluding major lower limb amputation"', () => {
    const amp = 'Amputation, excluding major lower limb amputation';
    expect(one([amp], 'BKA', '27880')).toEqual(['UNKNOWN']);
    expect(one([amp], 'BKA')).toEqual(['UNKNOWN']);
    const thyroid = 'Thyroidectomy, excluding substernal thyroidectomy';
    expect(one([thyroid], 'Retrosternal thyroidectomy', '60271')).toEqual(['UNKNOWN']);
  });
  it('asks for the sternotomy a pericardial window may become: "Pericardial window subxiphoid, poss sternotomy" is no window alone', () => {
    const window = 'Pericardial window, subxiphoid or transdiaphragmatic';
    const sternotomy = 'Median sternotomy, including cardiorrhaphy';
    expect(one([window], 'Pericardial window subxiphoid, poss sternotomy')).toEqual([window, 'UNKNOWN']);
    expect(one([window, sternotomy], 'Pericardial window subxiphoid, poss sternotomy')).toEqual([window, sternotomy]);
    expect(one(['Aortic valve replacement'], 'AVR via sternotomy')).toEqual(['Aortic valve replacement']);
  });
  it('asks for what "+" joins though its words name only a place or a condition: "ANT/POST REPAIR + ENTEROCELE", "EVAR + L IBD", "Flexor tendon repair + DNR"', () => {
    const ap = 'Anterior and posterior colporrhaphy';
    expect(one([ap], 'ANT/POST REPAIR + ENTEROCELE')).toEqual([ap, 'UNKNOWN']);
    expect(one([ap, 'Enterocele repair'], 'ANT/POST REPAIR + ENTEROCELE')).toEqual([ap, 'Enterocele repair']);
    const evar = 'Endovascular aneurysm repair (EVAR) of infrarenal abdominal aortic aneurysm';
    expect(one([evar], 'EVAR + L IBD')).toEqual([evar, 'UNKNOWN']);
    expect(one([evar, 'Iliac branch endoprosthesis'], 'EVAR + L IBD')).toEqual([evar, 'Iliac branch endoprosthesis']);
    const flexor = 'Flexor tendon repair, hand and wrist';
    expect(one([flexor], 'Flexor tendon repair R index FDP/FDS zone II + DNR')).toEqual([flexor, 'UNKNOWN']);
    expect(one([flexor, 'Digital nerve repair'], 'Flexor tendon repair R index zone II + DNR')).toEqual([flexor, 'Digital nerve repair']);
    const alnd = 'Axillary lymph node clearance (levels I-III)';
    expect(one([alnd], 'R Mx + ALND')).toEqual(['UNKNOWN', alnd]);
    expect(one(['Lap chole'], 'LAP CHOLE + GA')).toEqual(['Lap chole']);
  });
  it('reads a fracture\'s K-wires after "MUA +" as its pinning, and a line for manipulation of the shoulder or knee as those joints only', () => {
    const pinning = 'Closed reduction and percutaneous pinning of supracondylar fracture of humerus';
    const mua = 'Manipulation under anaesthesia of shoulder or knee';
    expect(one([mua], 'MUA + K-wires supracondylar # L elbow')).toEqual(['UNKNOWN', 'UNKNOWN']);
    expect(one([mua, pinning], 'MUA + K-wires supracondylar # L elbow')).toEqual(['UNKNOWN', pinning]);
    expect(one([mua], 'MUA L elbow')).toEqual(['UNKNOWN']);
    expect(one([mua], 'MUA R knee')).toEqual([mua]);
  });
  it('reads a technique an "including" item names as the line\'s own operation\'s: a distal radius ORIF line "including K-wire fixation" covers no femoral neck screws', () => {
    const radius = 'Open reduction and internal fixation of distal radius fracture, including K-wire fixation';
    expect(one([radius], 'Cannulated screws L undisplaced #NOF')).toEqual(['UNKNOWN']);
    expect(one([radius], 'ORIF L distal radius')).toEqual([radius]);
    const exfix = 'Application of external fixator, uniplanar or multiplanar, including knee- or ankle-spanning external fixation';
    expect(one([exfix], 'Ex-fix R tibia')).toEqual([exfix]);
  });
  it('reads VATS beside an operation a line or booking names as how it is done: "VATS pleurodesis" and "…, open or VATS" lines cover no VATS pleural biopsy', () => {
    const pleurodesis = 'VATS pleurodesis, mechanical or chemical (talc insufflation)';
    const mediastinal = 'Excision of mediastinal cyst or tumor, open or VATS';
    const diagnostic = 'Diagnostic thoracoscopy, with or without biopsy';
    expect(one([pleurodesis, mediastinal], 'VATS pleural bx R')).toEqual(['UNKNOWN']);
    expect(one([pleurodesis, mediastinal], 'VATS')).toEqual(['UNKNOWN']);
    expect(one([pleurodesis, mediastinal, diagnostic], 'VATS')).toEqual([diagnostic]);
    expect(one([pleurodesis], 'VATS talc pleurodesis')).toEqual([pleurodesis]);
    const decortication = 'Decortication and drainage of empyema, open or VATS';
    expect(one([decortication], 'L VATS decort - empyema')).toEqual([decortication]);
    expect(one([diagnostic], 'LT THORACOSCOPY W/ PLEURAL BX')[0]).toBe(diagnostic);
  });
  it('keeps apart what a pulmonary and GI form privileges apart: a Bravo line is no PillCam, a fiducial line no dye marking, a bronchoscopy line no cone-beam CT bronchoscopy', () => {
    const bravo = 'Esophageal pH capsule placement (Bravo), endoscopic, with interpretation';
    expect(one([bravo], 'Capsule placement (PillCam SB3) - pt unable to swallow')).toEqual(['UNKNOWN']);
    expect(one([bravo], 'Bravo pH capsule')).toEqual([bravo]);
    const fiducial = 'Bronchoscopic placement of fiducial markers';
    const dye = 'Bronchoscopic dye marking of lung nodules for surgical localization';
    expect(one([fiducial], 'Nav bronch, dye marking (ICG) RLL nodule')).not.toContain(fiducial);
    expect(one([fiducial, dye], 'Bronchoscopic dye marking, RLL nodule')).toEqual([dye]);
    const flexible = 'Flexible bronchoscopy, diagnostic, with or without cell washing';
    expect(one([flexible], 'CBCT bronch LLL GGO')).toEqual(['UNKNOWN']);
    expect(one([flexible, 'Cone-beam CT-guided bronchoscopy'], 'CBCT bronch LLL GGO')).toEqual(['Cone-beam CT-guided bronchoscopy']);
  });
  it('does not cover a type II (through-the-lid) keratoprosthesis with a Boston type I line', () => {
    const one1 = 'Keratoprosthesis (Boston type I)';
    expect(one([one1], 'Kpro type II OS (thru lid)')).toEqual(['UNKNOWN']);
    expect(one([one1], 'KPro OD')).toEqual([one1]);
    expect(one([one1], 'R BOSTON KPRO TYPE 2')).toEqual(['UNKNOWN']);
    expect(one([one1], 'R KPRO + LID SURGERY')[0]).toBe(one1);
    expect(one(['Keratoprosthesis'], 'Kpro type II OS')).toEqual(['Keratoprosthesis']);
  });
  it('reads an Irish or UK theatre list\'s shorthand: AR + loop ileo, FJ beside an oesophagectomy, ACJE, VMR, Rec hernia, ROSO, and its comments (NBM, NOK, SBRT) as no operation', () => {
    const ar = 'Anterior resection of rectum, open or laparoscopic, with or without defunctioning ileostomy';
    expect(one([ar], 'AR + loop ileo')).toEqual([ar]);
    const fj = 'Feeding jejunostomy, open or laparoscopic';
    expect(one(['Oesophagectomy (Ivor Lewis)', fj], 'Ivor Lewis oesophagectomy + FJ')).toEqual(['Oesophagectomy (Ivor Lewis)', fj]);
    expect(one(['Oesophagectomy (Ivor Lewis)'], 'Ivor Lewis oesophagectomy + FJ')).toEqual(['Oesophagectomy (Ivor Lewis)', 'UNKNOWN']);
    const shoulder = 'Arthroscopy of shoulder, including subacromial decompression and acromioclavicular joint excision';
    expect(one([shoulder], 'Shoulder scope + SAD + ACJE R')).toEqual([shoulder]);
    expect(one(['Rectopexy, including laparoscopic ventral mesh rectopexy'], 'Lap VMR (biological mesh)')).toEqual(['Rectopexy, including laparoscopic ventral mesh rectopexy']);
    const hernia = 'Inguinal hernia repair, open or laparoscopic, primary or recurrent';
    expect(one([hernia], 'Rec R inguinal hernia - open mesh repair')).toEqual([hernia]);
    expect(one(['Inguinal hernia repair, primary'], 'Rec R inguinal hernia - open mesh repair')).toEqual(['UNKNOWN']);
    expect(one(['Removal of silicone oil'], 'ROSO OS')).toEqual(['Removal of silicone oil']);
    expect(one(['Percutaneous endoscopic gastrostomy'], 'PEG insertion - CVA, consent from NOK')).toEqual(['Percutaneous endoscopic gastrostomy']);
    expect(one(['EUS-guided placement of fiducial markers'], 'EUS fiducials x3 - panc ca, pre SBRT')).toEqual(['EUS-guided placement of fiducial markers']);
  });
  it('reads what a line includes "during" another operation as when it is done: an anterior vitrectomy line "including management of vitreous loss during cataract surgery" covers no cataract extraction', () => {
    const avit = 'Anterior vitrectomy, limbal approach, including management of vitreous loss during cataract surgery';
    expect(one([avit], 'Phaco/IOL OD')).not.toContain(avit);
    expect(one([avit], 'Anterior vitrectomy OS')).toEqual([avit]);
  });
  it('asks for the operation a place "+" joins names: "R KNEE SCOPE + ACL", "TAH + OVARIES", "DNR + FDS" are no operation of the part before alone', () => {
    expect(one(['Knee arthroscopy'], 'R KNEE SCOPE + ACL')).toEqual(['Knee arthroscopy', 'UNKNOWN']);
    expect(one(['Total abdominal hysterectomy'], 'TAH + OVARIES')).toEqual(['Total abdominal hysterectomy', 'UNKNOWN']);
    expect(one(['Digital nerve repair'], 'R LITTLE FINGER DNR + FDS')).toEqual(['Digital nerve repair', 'UNKNOWN']);
    // (Adenoids beside ear tubes are the adenoidectomy: no part of the myringotomy.)
    expect(one(['Myringotomy with insertion of tympanostomy tubes'], 'BILAT MYRINGOTOMY W TUBES + ADENOIDS')).toEqual(['Myringotomy with insertion of tympanostomy tubes', 'UNKNOWN']);
    const dcr = 'External dacryocystorhinostomy, with or without silicone intubation';
    expect(one([dcr], 'External DCR L + tubes')).toEqual([dcr]);
    expect(one(['Liposuction, trunk and extremities'], 'lipo abdomen + flanks')).toEqual(['Liposuction, trunk and extremities']);
    expect(one(['Excision of skin lesion'], 'BCC excision nose + cheek')).toEqual(['Excision of skin lesion']);
    expect(one(['Partial mastectomy'], 'L BREAST WLE + AXILLA')).toEqual(['Partial mastectomy', 'UNKNOWN']);
    const hernia = 'Inguinal and umbilical hernia repair';
    expect(one([hernia], 'R INGUINAL + UMBILICAL HERNIA REPAIR').every((x) => x === hernia)).toBe(true);
  });
  it('keeps VATS beside an operation not done through it: "FLEX BRONCH, R VATS" asks for the thoracoscopy', () => {
    expect(one(['Flexible bronchoscopy'], 'FLEX BRONCH, R VATS')).toEqual(['Flexible bronchoscopy', 'UNKNOWN']);
    expect(one(['Chest tube insertion'], 'R VATS, CHEST DRAIN')).toEqual(['UNKNOWN', 'Chest tube insertion']);
  });
  it('keeps VATS asked for where the booking says the operation is open, a tendon or cuff before "+" asked for as its own operation, and what a line includes "during" an operation to its comma', () => {
    expect(one(['Lobectomy, open (thoracotomy)'], 'R VATS, OPEN LOBECTOMY')).toEqual(['UNKNOWN', 'Lobectomy, open (thoracotomy)']);
    expect(one(['Resection of mediastinal tumour via sternotomy'], 'R VATS EXCISION MEDIASTINAL TUMOUR')).toContain('UNKNOWN');
    expect(one(['Digital nerve repair'], 'R INDEX FDP + DNR')).toEqual(['UNKNOWN', 'Digital nerve repair']);
    expect(one(['Acromioclavicular joint excision'], 'R CUFF + ACJE')).toEqual(['UNKNOWN', 'Acromioclavicular joint excision']);
    const hernias = ['Inguinal hernia repair', 'Umbilical hernia repair'];
    expect(one(hernias, 'R INGUINAL + UMBILICAL HERNIA REPAIR')).toEqual(hernias);
    const colectomy = 'Colectomy, including stoma formation during the same operation, reversal of stoma and adhesiolysis';
    expect(one([colectomy], 'Takedown loop ileostomy')).toEqual([colectomy]);
    const hsc = 'Hysteroscopic polypectomy, including diagnostic hysteroscopy';
    expect(one([hsc], 'DIAGNOSTIC HYSTEROSCOPY')).toEqual([hsc]);
    expect(one(['Ileostomy closure'], 'CLOSURE LOOP ILEOSTOMY (PREV AR)')).toEqual(['Ileostomy closure']);
  });
  it('reads a urogynecology board\'s SCP beside its prolapse words as a sacrocolpopexy and MAB beside a suction D&C as a missed miscarriage', () => {
    const scp = 'Sacrocolpopexy, abdominal, laparoscopic or robotic';
    expect(one([scp, 'Posterior colporrhaphy'], 'LAP SCP, POSTERIOR REPAIR')).toEqual([scp, 'Posterior colporrhaphy']);
    const suction = 'Suction curettage for incomplete or missed abortion, first trimester (less than 14 weeks)';
    expect(one([suction], 'SUCTION D&C MAB 9WKS')).toEqual([suction]);
    expect(one(['Superficial cervical plexus block'], 'SCP BLOCK L')).toEqual(['Superficial cervical plexus block']);
  });
  it('asks for what a POSS names at a place ("VATS WEDGE LUL, POSS LOBE", "POSS TOTAL PANC") and reads HPB, urology and breast shorthand (DP, NEPH, MAST, EXP LAP) instead of dropping it', () => {
    const wedge = 'Wedge resection of lung, single or multiple, open or VATS/robotic';
    expect(one([wedge], 'VATS WEDGE LUL, POSS LOBE')).toEqual([wedge, 'UNKNOWN']);
    const whipple = 'Pancreaticoduodenectomy (Whipple procedure), open';
    expect(one([whipple], 'WHIPPLE (OPEN) - PYLORUS PRESERVING, POSS TOTAL PANC')).toEqual([whipple, 'UNKNOWN']);
    expect(one([whipple, 'Total pancreatectomy'], 'WHIPPLE (OPEN) - PYLORUS PRESERVING, POSS TOTAL PANC')).toEqual([whipple, 'Total pancreatectomy']);
    const chole = 'Cholecystectomy, open or laparoscopic';
    expect(one([chole], 'DP/S (LAP) + CCY')).toEqual(['UNKNOWN', chole]);
    expect(one([chole, 'Distal pancreatectomy with or without splenectomy, open or laparoscopic'], 'DP/S (LAP) + CCY')).toEqual(['Distal pancreatectomy with or without splenectomy, open or laparoscopic', chole]);
    expect(one([chole], 'LAP CHOLE POSS OPEN - gangrenous GB')).toEqual([chole]);
    expect(one(['Partial nephrectomy, open or laparoscopic'], 'PARTIAL NEPH RT (LAP)')).toEqual(['Partial nephrectomy, open or laparoscopic']);
    expect(one(['Partial mastectomy'], 'R PARTIAL MAST')).toEqual(['Partial mastectomy']);
    expect(one(['Exploratory laparotomy'], 'EXP LAP')).toEqual(['Exploratory laparotomy']);
  });
  it('keeps a core needle biopsy, a vena caval thrombectomy and a celiac plexus block out of excisional biopsy, radical nephrectomy and listed sympathetic-block lines', () => {
    const exc = 'Excisional biopsy of breast lesion, with or without image-guided localization';
    expect(one([exc], 'US GUIDED CORE BX L BREAST 2:00')).toEqual(['UNKNOWN']);
    expect(one([exc], 'EXC BX L BREAST (MAGSEED)')).toEqual([exc]);
    expect(one(['Radical nephrectomy, open or laparoscopic'], 'OPEN RT RADICAL NEPH W/ IVC THROMBECTOMY (LEVEL II)')).toEqual(['UNKNOWN']);
    expect(one(['Sympathetic blocks (stellate ganglion, thoracic sympathetic, lumbar sympathetic)'], 'CELIAC PLEXUS BLOCK')).toEqual(['UNKNOWN']);
    const it = 'Intrathecal drug delivery system, trial and implantation, including pump refill, reprogramming and replacement';
    expect(one([it], 'IT pump refill/reprogram')).toEqual([it]);
  });
  it('reads a pain board\'s BLK as a block, asks for a CATH it cannot place, and asks for a second block "+" joins', () => {
    expect(one(['Stellate ganglion block'], 'STELLATE GANGLION BLK LT - CRPS UE')).toEqual(['Stellate ganglion block']);
    const upper = 'Peripheral nerve blocks, upper extremity (interscalene, supraclavicular, infraclavicular, axillary)';
    const cath = 'Continuous peripheral nerve catheter placement';
    expect(one([upper, cath], 'ISB + cath R shoulder')).toEqual([upper, 'UNKNOWN']);
    expect(one([cath], 'R FEMORAL NERVE CATH')).toEqual([cath]);
    const sciatic = 'Sciatic nerve block, proximal approaches and popliteal';
    expect(one([sciatic], 'Pop-sciatic + saphenous R ankle fx')).toEqual([sciatic, 'UNKNOWN']);
    expect(one([sciatic, 'Saphenous nerve block'], 'Pop-sciatic + saphenous R ankle fx')).toEqual([sciatic, 'Saphenous nerve block']);
    expect(one([sciatic, 'Femoral-popliteal bypass', 'Saphenous nerve block'], 'R FEM-POP BYPASS W/ SAPHENOUS VEIN, POP-SCIATIC BLOCK')).toEqual(['Femoral-popliteal bypass']);
    expect(one(['Left heart catheterization', cath], 'LEFT HEART CATH - AV BLOCK')).toEqual(['Left heart catheterization', 'UNKNOWN']);
    const peng = anesthesiology(['Pericapsular nerve group (PENG) block']).match('PENG + LFCN R THA');
    expect(peng.anesthesia?.map((p) => p.status)).toEqual(['matched', 'unknown']);
  });
  it('leaves a POSS that adds extent, says what may be found or converts as it was ("I&D R HAND POSS FOREARM", "POSS RUPTURED APPENDIX", "POSS OPEN - GANGRENOUS GB"), and asks for the duct of "POSS OPEN CBD"', () => {
    expect(one(['Incision and drainage of abscess'], 'I&D R HAND POSS FOREARM')).not.toContain('UNKNOWN');
    expect(one(['Esophagogastroduodenoscopy'], 'EGD POSS DUODENUM')).toEqual(['Esophagogastroduodenoscopy']);
    expect(one(['Appendectomy'], 'LAP APPY - POSS RUPTURED APPENDIX')).toEqual(['Appendectomy']);
    const chole = 'Cholecystectomy, open or laparoscopic';
    expect(one([chole], 'LAP CHOLE (POSS GB PERFORATION)')).toEqual([chole]);
    expect(one([chole], 'LAP CHOLE POSS OPEN CBD')).toEqual([chole, 'UNKNOWN']);
    expect(one(['Myringotomy with insertion of tympanostomy tubes'], 'BILAT MYRINGOTOMY W TUBES POSS ADENOIDS')).toEqual(['Myringotomy with insertion of tympanostomy tubes', 'UNKNOWN']);
  });
  it('keeps an exclusion after "requires … certification", grants the biopsies an including clause names, and reads DP as a pancreatectomy only beside its own words', () => {
    const thyroid = 'Thyroidectomy - requires endocrine surgery certification excluding substernal goiter';
    expect(one([thyroid], 'SUBSTERNAL THYROIDECTOMY')).toEqual(['UNKNOWN']);
    expect(one([thyroid], 'TOTAL THYROIDECTOMY')).toEqual([thyroid]);
    const breast = 'Breast biopsy, excisional, including needle and stereotactic biopsy';
    expect(one([breast], 'STEREOTACTIC BX R BREAST')).toEqual([breast]);
    expect(one(['Distal pancreatectomy', 'Femoral-tibial bypass'], 'R FEM TO DP BYPASS W/ GSV, HX SPLENECTOMY')).toEqual(['Femoral-tibial bypass']);
    expect(one(['Distal pancreatectomy'], 'LAP DP + SPLENECTOMY')).toEqual(['Distal pancreatectomy', 'UNKNOWN']);
  });
  it('reads "requires rearfoot/ankle certification" as what the practitioner holds, and a SICS as no phacoemulsification', () => {
    const pf = 'Plantar fasciotomy, open or endoscopic - requires rearfoot/ankle certification';
    expect(one([pf], 'EPF rt heel, failed injections x3')).toEqual([pf]);
    expect(one(['Phacoemulsification with intraocular lens implant'], 'R SICS + IOL (mature cataract)')).toContain('UNKNOWN');
    const sics = 'Extracapsular or manual small incision cataract extraction, with intraocular lens implant';
    expect(one([sics], 'R SICS + IOL (mature cataract)')).not.toContain('UNKNOWN');
  });
  it('reads a Singapore OT list\'s EM as emergency, an Indian list\'s EL beside laparotomy words as the exploratory laparotomy (EL beside retina words stays the endolaser), and COLONO, OIU, M&G, RCAVF, VAG HYST and LAPCHOLE as the operations they name', () => {
    const appx = 'Appendicectomy, laparoscopic only';
    expect(one([appx], 'EL + APPENDICECTOMY')).toContain('UNKNOWN');
    expect(one(['Exploratory laparotomy', 'Appendicectomy, open or laparoscopic'], 'EL + APPENDICECTOMY')).toEqual(['Exploratory laparotomy', 'Appendicectomy, open or laparoscopic']);
    expect(one(['Hartmann procedure'], "EM Hartmann's - perf diverticulitis")).toEqual(['Hartmann procedure']);
    expect(one(['Pars plana vitrectomy', 'Endolaser photocoagulation'], 'R PPV/EL OD')).toEqual(['Pars plana vitrectomy', 'Endolaser photocoagulation']);
    expect(one(['Colonoscopy with polypectomy'], 'Colono + polypectomy')).not.toContain('UNKNOWN');
    expect(one(['Optical internal urethrotomy'], 'OIU')).toEqual(['Optical internal urethrotomy']);
    expect(one(['Myringotomy with insertion of ventilation tube (grommet)'], 'Bil M&G')).toEqual(['Myringotomy with insertion of ventilation tube (grommet)']);
    expect(one(['Hysterectomy, vaginal'], 'vag hyst')).toEqual(['Hysterectomy, vaginal']);
    expect(one(['Cholecystectomy'], 'lapchole')).toEqual(['Cholecystectomy']);
    const hs = 'Excision of hidradenitis suppurativa, axillary, inguinal or perineal';
    expect(one([hs], 'excision hidradenitis bilat axilla')).toEqual([hs]);
    const avf = 'Creation of arteriovenous fistula for haemodialysis, radiocephalic';
    expect(one([avf], 'L RCAVF (LA)')).toEqual([avf]);
    expect(one([avf], 'L BCAVF')).toEqual(['UNKNOWN']);
    expect(one(['Diagnostic laparoscopy', 'Hysteroscopy, diagnostic or operative'], 'LAP HYST D&C')).not.toContain('Hysterectomy');
  });
  it('keeps a thyroid FNA line with ultrasound guidance off a CT-guided lung biopsy, a bone marrow line off a bone biopsy, and a radical nephrectomy line off a nephrectomy with an IVC thrombus', () => {
    const fna = 'Thyroid FNA, with or without ultrasound guidance';
    expect(one([fna], 'CT GUIDED LUNG BX')).toEqual(['UNKNOWN']);
    expect(one([fna], 'US GUIDED THYROID FNA')).toEqual([fna]);
    const marrow = 'Bone marrow biopsy and aspiration, with or without image guidance';
    expect(one([marrow], 'CT GUIDED BONE BX L3')).toEqual(['UNKNOWN']);
    expect(one([marrow], 'BONE MARROW BX')).toEqual([marrow]);
    const neph = 'Radical nephrectomy, open or laparoscopic';
    expect(one([neph], 'LAP L RADICAL NEPHRECTOMY, IVC TUMOR THROMBUS LEVEL I')).toEqual(['UNKNOWN']);
    expect(one([neph], 'R RAD NEPH (RCC, RENAL VEIN THROMBUS)')).toEqual([neph]);
  });
  it('reads a PM&R board\'s Botox or Dysport beside limb muscles as chemodenervation for spasticity (no bladder Botox), MB beside an RFA as the medial branches, and PILES as the hemorrhoids', () => {
    const spasticity = 'Chemodenervation of limb muscles for spasticity, with EMG guidance';
    expect(one([spasticity], 'Dysport R UE (post-CVA)')).toEqual([spasticity]);
    expect(one([spasticity], 'Botox bladder 100u')).toEqual(['UNKNOWN']);
    const rfa = 'Radiofrequency ablation of medial branch nerves, lumbar';
    expect(one([rfa], 'lumbar facet RFA LT L3,L4,L5 MB')).toEqual([rfa]);
    expect(one(['Haemorrhoidectomy'], 'EXCISION PILES')).toEqual(['Haemorrhoidectomy']);
    expect(one(['Splenectomy, open or laparoscopic'], 'LAP SPLENECTOMY - SMZL, HEME ONC REQ')).toEqual(['Splenectomy, open or laparoscopic']);
  });
  it('keeps what follows a certificate a line requires, reads a hand surgeon\'s open DP fracture as no pancreatectomy, keeps a prosthetic valve off a native-valve line, and leaves a POSS of more skin, limb or the other eye as extent', () => {
    const stent = 'Carotid stenting requires endovascular certification for asymptomatic patients only';
    expect(one([stent], 'L CAROTID STENT, SYMPTOMATIC')).toEqual(['UNKNOWN']);
    expect(one(['Distal pancreatectomy', 'Irrigation and debridement of open fracture, hand'], 'WASHOUT OPEN DP FRACTURE L INDEX')).not.toContain('Distal pancreatectomy');
    expect(one(['Aortic valve repair, native valve'], 'AV REPAIR FOR PROSTHETIC VALVE ENDOCARDITIS W/ FISTULA')).toContain('UNKNOWN');
    expect(one(['Incision and drainage of abscess'], 'I&D R CALF ABSCESS POSS SHIN')).not.toContain('UNKNOWN');
    expect(one(['Phacoemulsification with intraocular lens'], 'R PHACO + IOL POSS L EYE')).not.toContain('UNKNOWN');
    expect(one(['Saphenous nerve block', 'Sciatic nerve block', 'Ligation and stripping of great saphenous vein'], 'R LONG SAPHENOUS TIE & AVULSIONS - SCIATIC BLOCK')).not.toContain('Saphenous nerve block');
  });
  it('asks for a bowel a POSS names beside an operation that does not reach it ("R RADICAL NEPHRECTOMY POSS COLON"), not for the organ the booked operation is on ("WHIPPLE POSS PANCREAS"), and reads an IVC beside a nephrectomy as a caval thrombectomy only with its thrombus', () => {
    expect(one(['Radical nephrectomy'], 'R RADICAL NEPHRECTOMY POSS COLON')).toEqual(['Radical nephrectomy', 'UNKNOWN']);
    expect(one(['Pancreaticoduodenectomy (Whipple)'], 'WHIPPLE POSS PANCREAS')).toEqual(['Pancreaticoduodenectomy (Whipple)']);
    expect(one(['Colonoscopy'], 'COLONOSCOPY POSS ILEUM')).toEqual(['Colonoscopy']);
    expect(one(['Radical nephrectomy'], 'R RADICAL NEPHRECTOMY (IVC INVOLVEMENT NOT EXPECTED)')).toEqual(['Radical nephrectomy']);
    expect(one(['Lateral femoral cutaneous nerve decompression'], 'LFCN DECOMPRESSION + BLOCK')).toContain('UNKNOWN');
  });
  it('reads ER as the emergency room in a booking\'s comment ("splinted in ER", "ER pt") and as an egg retrieval beside IVF words', () => {
    const fb = 'Upper gastrointestinal endoscopy with removal of foreign body';
    expect(one([fb], 'egd food impaction - ER pt')).toEqual([fb]);
    expect(one(['Transvaginal oocyte retrieval'], 'ER (IVF)')).toEqual(['Transvaginal oocyte retrieval']);
  });
  it('meets "X with Y" lines where the booked wording of X itself says Y: "EGD W BX" under "Upper gastrointestinal endoscopy with biopsy", "LAP HELLER W/ DOR" under a Heller "with partial fundoplication" line', () => {
    const lines = ['Upper gastrointestinal endoscopy with biopsy', 'Upper gastrointestinal endoscopy with dilation (balloon or bougie)', 'Upper gastrointestinal endoscopy with removal of foreign body'];
    expect(one(lines, 'egd w bx')).toEqual(['Upper gastrointestinal endoscopy with biopsy']);
    expect(one(lines, 'EGD')).toEqual(['UNKNOWN']);
    const heller = 'Laparoscopic esophagomyotomy (Heller) with partial fundoplication';
    expect(one([heller], 'Lap Heller w/ Dor')).toEqual([heller]);
  });
  it('reads a query before a word as a POSS: "LAP CHOLE ?OPEN" asks for the open line, "VATS WEDGE R LUNG ?LOBE" for the lobectomy, "?SBO" is a finding', () => {
    expect(one(['Laparoscopic cholecystectomy'], 'LAP CHOLE ?OPEN')).toEqual(['UNKNOWN']);
    expect(one(['Cholecystectomy, open or laparoscopic'], 'LAP CHOLE ?OPEN')).toEqual(['Cholecystectomy, open or laparoscopic']);
    expect(one(['Wedge resection of lung'], 'VATS WEDGE R LUNG ?LOBE')).toContain('UNKNOWN');
    expect(one(['Wedge resection of lung', 'Lobectomy of lung'], 'VATS WEDGE R LUNG ?LOBE')).not.toContain('UNKNOWN');
    expect(one(['Exploratory laparotomy'], 'EX LAP ?SBO')).toEqual(['Exploratory laparotomy']);
    expect(one(['Open reduction and internal fixation of ankle fracture'], 'ORIF R ANKLE')).toEqual(['Open reduction and internal fixation of ankle fracture']);
  });
  it('asks for every POSS of a part ("VATS WEDGE RUL, POSS OPEN, POSS RML"), and for the open route a booking allows "if needed" or after a word that only begins like a conversion word', () => {
    const wedge = 'Wedge resection of lung';
    expect(one([wedge], 'VATS WEDGE RUL, POSS OPEN, POSS RML')).toEqual([wedge, 'UNKNOWN']);
    expect(one(['Hemithyroidectomy', 'Total thyroidectomy'], 'HEMITHYROIDECTOMY POSS TOTAL THYROIDECTOMY')).toEqual(['Hemithyroidectomy', 'Total thyroidectomy']);
    expect(one(['Open orchidopexy'], 'LAP ORCHIDOPEXY - OPEN IF NEEDED')).toEqual(['UNKNOWN']);
    expect(one(['Open inguinal hernia repair'], 'LAP IHR POSSIBILITY OF OPEN')).toEqual(['UNKNOWN']);
  });
  it('reads an "Anesthesia for … surgery" line as the anesthesia an anesthesiologist gives for that surgery (not for "cardiac electrophysiology procedures" or "after" one), and keeps the booking\'s other parts', () => {
    const lines = ['General anesthesia, including airway management', 'Anesthesia for thoracic surgery, including one-lung ventilation, VATS and thoracotomy',
      'Anesthesia for kidney and pancreas transplantation (liver transplantation requires separate privileges)', 'Anesthesia for cardiac electrophysiology procedures, including catheter ablation',
      'Single-injection peripheral nerve block', 'Anesthesia for obstetric procedures'];
    const m = anesthesiology(lines);
    const anes = (b: string) => (m.match(b).anesthesia ?? []).map((p) => (p.status === 'matched' ? p.groups.map((g) => g[0].procedure).join(' or ') : 'UNKNOWN'));
    expect(anes('L VATS wedge')).toEqual(['Anesthesia for thoracic surgery, including one-lung ventilation, VATS and thoracotomy']);
    expect(anes('Kidney tx LRD recipient')).toEqual(['Anesthesia for kidney and pancreas transplantation (liver transplantation requires separate privileges)']);
    expect(anes('Liver transplant')).toEqual([]);
    expect(anes('LVAD HM3 implant')).toEqual([]);
    expect(anes('BIL QL BLOCKS - POST CESAREAN')).toEqual(['Single-injection peripheral nerve block']);
    expect(anes('L VATS wedge + TEE')).toContain('UNKNOWN');
  });
  it('keeps an "Anesthesia for …" line off what it excludes or leaves to separate privileges, off a minor vascular operation under "major vascular procedures", off a cesarean under "non obstetric surgery", and off a newborn\'s heart under an adult line', () => {
    const lines = ['Anesthesia for cardiac surgery, excluding congenital heart surgery', 'Anesthesia for major vascular procedures', 'Anesthesia for non obstetric surgery in pregnant patients',
      'Anesthesia for transplant surgery (liver transplantation requires separate privileges)', 'Anesthesia for adult cardiac surgery with cardiopulmonary bypass (coronary artery bypass grafting, valve repair)'];
    const m = anesthesiology(lines);
    const anes = (b: string) => (m.match(b).anesthesia ?? []).filter((p) => p.status === 'matched').map((p) => p.groups.map((g) => g[0].procedure).join(' or '));
    expect(anes('TETRALOGY OF FALLOT REPAIR, GA')).toEqual([]);
    expect(anes('NORWOOD PROCEDURE - GA')).toEqual([]);
    expect(anes('L RCAVF - MAC')).toEqual([]);
    expect(anes('OPEN AAA REPAIR')).toEqual(['Anesthesia for major vascular procedures']);
    expect(anes('CESAREAN SECTION - SPINAL')).toEqual([]);
    expect(anes('LIVER TRANSPLANT - GA')).toEqual([]);
    expect(anes('CABG X3')).toEqual(['Anesthesia for adult cardiac surgery with cardiopulmonary bypass (coronary artery bypass grafting, valve repair)']);
  });
});

describe('lines written as children\'s hospitals, resident boards and surgery centers write them (held-out sets 25–28)', () => {
  it('reads "total or partial" as every kind: a splenectomy, nephrectomy or laminectomy line names the operation, not its partial kind alone', () => {
    expect(one(['Splenectomy, total or partial, open or laparoscopic'], 'LAP SPLENECTOMY')).toEqual(['Splenectomy, total or partial, open or laparoscopic']);
    expect(one(['Adrenalectomy, partial or total'], 'R ADRENALECTOMY')).toEqual(['Adrenalectomy, partial or total']);
    // (Never an operation with kinds of its own beyond its extent: a living donor's nephrectomy, a sigmoid colectomy.)
    expect(one(['Nephrectomy, partial or total'], 'LAP DONOR NEPHRECTOMY')).toEqual(['UNKNOWN']);
    expect(one(['Colectomy, subtotal or total'], 'LAP SIGMOID COLECTOMY')).toEqual(['UNKNOWN']);
    expect(one(['Vaginal hysterectomy, total or subtotal'], 'TAH')).toEqual(['UNKNOWN']);
    // (Never where the line says more of it than the extent: its place and kind stay.)
    expect(one(['Small joint arthroplasty of the hand, partial or total'], 'TKA')).toEqual(['UNKNOWN']);
    expect(one(['Ovarian cystectomy, partial or complete'], 'RADICAL CYSTECTOMY')).toEqual(['UNKNOWN']);
    expect(one(['Lumbar laminectomy, partial or total'], 'CERVICAL LAMINECTOMY C3-6')).toEqual(['UNKNOWN']);
    expect(one(['Mastectomy, subtotal or total'], 'MODIFIED RADICAL MASTECTOMY')).toEqual(['UNKNOWN']);
  });
  it('covers no radiologist\'s gastrostomy under a line of open, laparoscopic and percutaneous endoscopic ones, nor an open one under a PEG line', () => {
    const all = 'Gastrostomy, open, laparoscopic, or percutaneous endoscopic, including revision and button exchange under anesthesia';
    expect(one([all], 'IR GASTROSTOMY')).toEqual(['UNKNOWN']);
    expect(one([all], 'PERC G TUBE UNDER FLUORO')).toEqual(['UNKNOWN']);
    expect(one(['Gastrostomy, percutaneous endoscopic'], 'OPEN GASTROSTOMY')).toEqual(['UNKNOWN']);
  });
  it('reads parentheses inside what a line includes as a gloss: "Tonsillectomy and/or adenoidectomy, including intracapsular (partial) tonsillectomy" covers a tonsillectomy', () => {
    const line = 'Tonsillectomy and/or adenoidectomy, including intracapsular (partial) tonsillectomy';
    expect(one([line], 'tonsilectomy (recurrent tonsillitis x7/yr)')).toEqual([line]);
    // (Parentheses that close a clause still narrow: "(lobectomy only)", "(inguinal and femoral)".)
    expect(one(['Thyroidectomy, including central neck dissection (lobectomy only)'], 'TOTAL THYROIDECTOMY')).toEqual(['UNKNOWN']);
    expect(one(['Hernia repair, including incarcerated (inguinal and femoral)'], 'VENTRAL HERNIA REPAIR')).toEqual(['UNKNOWN']);
    expect(one(['Shoulder arthroscopy, including rotator cuff repair (small tears only) and subacromial decompression'], 'R ARTHROSCOPIC ROTATOR CUFF REPAIR, MASSIVE TEAR')).toContain('UNKNOWN');
    expect(one(['Hysterectomy, laparoscopic (TLH/LAVH/LSH)'], 'LAPAROSCOPIC RADICAL HYSTERECTOMY')).toEqual(['UNKNOWN']);
  });
  it('reads "frame-based or robotic-assisted" as how depth electrodes are placed, and no stereotactic radiosurgery in the line', () => {
    const line = 'Stereotactic placement of depth electrodes (SEEG), frame-based or robotic-assisted';
    expect(one([line], 'SEEG (ROSA) bilat')).toEqual([line]);
    expect(one(['Halo frame application'], 'HALO PROCEDURE FOR HEMORRHOIDS')).toEqual(['UNKNOWN']);
    expect(one(['Office-based hysteroscopy'], 'OPERATIVE HYSTEROSCOPY')).toEqual(['UNKNOWN']);
    expect(one(['Deep brain stimulator lead placement, frame-based or frameless'], 'DBS LEAD PLACEMENT FRAME BASED')).toContain('Deep brain stimulator lead placement, frame-based or frameless');
    expect(one([line], 'GAMMA KNIFE SRS R VESTIBULAR SCHWANNOMA')).toEqual(['UNKNOWN']);
  });
  it('reads an operation named by what it is for when the words before "for" name none: "Laser photocoagulation for retinopathy of prematurity"', () => {
    const line = 'Laser photocoagulation for retinopathy of prematurity, including treatment in the NICU';
    expect(one([line], 'ROP laser bilat, NICU bedside')).toEqual([line]);
    expect(one([line], 'PRP OD (PDR)')).toEqual(['UNKNOWN']);
    expect(one(['Anesthesia for pediatric general, urologic, otolaryngologic, ophthalmic, dental and orthopedic surgery'], 'GA')).toEqual(['UNKNOWN']);
  });
  it('reads a Chiari line\'s "suboccipital craniectomy" as the decompression it describes: no craniotomy for a hematoma or a tumor', () => {
    const line = 'Chiari decompression, suboccipital craniectomy with or without C1 laminectomy and duraplasty';
    expect(one([line], 'Crani for EDH STAT (?NAT)')).toEqual(['UNKNOWN']);
    expect(one([line], 'Posterior fossa crani for tumor (medullo?)')).toEqual(['UNKNOWN']);
    expect(one([line], 'CHIARI DECOMPRESSION W/ DURAPLASTY')).toEqual([line]);
  });
  it('reads "(robotic-assisted not privileged at ASC)" and "(cervical/thoracic transforaminal not privileged at this facility)" as exclusions', () => {
    const hernia = 'Laparoscopic repair of inguinal hernia, initial or recurrent, TEP or TAPP (robotic-assisted not privileged at ASC)';
    expect(one([hernia], 'robotic TAPP bilat (Xi)')).toEqual(['UNKNOWN']);
    expect(one([hernia], 'lap ing hernia R')).toEqual([hernia]);
    const tfesi = 'Transforaminal epidural steroid injection, lumbar or sacral, single or multiple levels (cervical/thoracic transforaminal not privileged at this facility)';
    expect(one([tfesi], 'TFESI C6-7 L')).toEqual(['UNKNOWN']);
    expect(one([tfesi], 'TFESI T10-11 R')).toEqual(['UNKNOWN']);
    expect(one([tfesi], 'TFESI L5-S1 R')).toEqual([tfesi]);
  });
  it('reads "excludes infants under 5 kg" as the other side of the bound: an 11 kg child is covered, a 3.8 kg infant is not', () => {
    const line = 'Percutaneous endoscopic gastrostomy (PEG), placement and removal, excludes infants under 5 kg';
    expect(one([line], 'PEG placement 14F, 11kg')).toEqual([line]);
    expect(one([line], 'PEG placement 3.8 kg')).toEqual(['UNKNOWN']);
    // (Not an exception of one case: "except incarcerated hernia in infants under 5 kg" covers no 20 kg child.)
    expect(one(['Inguinal hernia repair except incarcerated hernia in infants under 5 kg'], 'IHR 20 KG')).toEqual(['UNKNOWN']);
  });
  it('reads an exclusion by its own words: "(excludes liver transplantation)" leaves a right hepatectomy covered by a lobar resection line', () => {
    const line = 'Hepatic resection, segmental or lobar, including hepatoblastoma (excludes liver transplantation)';
    expect(one([line], 'Hepatoblastoma - R hepatectomy')).toEqual([line]);
    expect(one([line], 'LIVER TRANSPLANT')).toEqual(['UNKNOWN']);
  });
  it('reads an included operation that its own words name, described in parentheses: "…, and ACL reconstruction (physeal-sparing or transphyseal)"', () => {
    const line = 'Knee arthroscopy, including meniscectomy, meniscal repair, and ACL reconstruction (physeal-sparing or transphyseal)';
    expect(one([line], 'ACL recon L, all-epiphyseal (12yo M)')).toEqual([line]);
    const biopsy = 'Excisional biopsy of breast mass, with or without image-guided localization (wire, radioactive seed, radar reflector or magnetic seed)';
    expect(one([biopsy], 'SAVI SCOUT LOCALIZATION L BREAST')).toEqual(['UNKNOWN']);
  });
  it('reads "with primary closure or local advancement flap" as ways of closing: the excision alone is covered, a flap alone is not', () => {
    const line = 'Wide local excision of cutaneous melanoma and other skin malignancies, with primary closure or local advancement flap';
    expect(one([line], 'WLE L calf melanoma')).toEqual([line]);
    expect(one([line], 'ADVANCEMENT FLAP R CHEEK')).toEqual(['UNKNOWN']);
    expect(one(['Excision of skin lesion with complex closure'], 'COMPLEX REPAIR R CHEEK 4CM')).toEqual(['UNKNOWN']);
  });
  it('reads a line whose only way in is open as no scope\'s operation: "Resection of prostate, open approach" is no TURP', () => {
    expect(one(['Resection of prostate, open approach'], 'TURP (BIPOLAR)')).toEqual(['UNKNOWN']);
    const coded = (name: string, codes: string[]) => new ProcedureMatcher([{ id: 'X', name: 'X', department: 'Surgery', kind: 'core' as const, procedures: [{ name, codes }] }], { vocabulary: builtinVocabulary() });
    expect(names(coded('Resection of gallbladder, percutaneous endoscopic approach', ['0FT44ZZ']).match('LAP CHOLE W IOC'))).toEqual(['Resection of gallbladder, percutaneous endoscopic approach']);
    expect(names(coded('Resection of gallbladder, open approach', ['0FT40ZZ']).match('LAP CHOLE W IOC'))).not.toContain('Resection of gallbladder, open approach');
  });
  it('reads a resident\'s and a children\'s hospital\'s shorthand: total thyroid, adrenal lap, PTX beside gland words, lumpx, fundo, STC, umbi, HTX beside chest words, coarc, CAVC, ASO, mBTT, TUI of a ureterocele, an air enema', () => {
    expect(one(['Total thyroidectomy'], 'total thyroid + CND')).toEqual(['Total thyroidectomy', 'UNKNOWN']);
    expect(one(['Adrenalectomy, laparoscopic or open'], 'R adrenal lap')).toEqual(['Adrenalectomy, laparoscopic or open']);
    expect(one(['Parathyroidectomy'], '3.5 gland PTX (MEN1)')).toEqual(['Parathyroidectomy']);
    expect(one(['Parathyroidectomy'], 'L PTX - CHEST TUBE')).toEqual(['UNKNOWN']);
    expect(one(['Partial mastectomy (lumpectomy)'], 'R lumpx (seed loc)')).not.toContain('UNKNOWN');
    expect(one(['Subtotal cholecystectomy'], 'lap chole ?reconstituting STC')).not.toContain('UNKNOWN');
    expect(one(['Inguinal hernia repair', 'Umbilical hernia repair'], 'lap IHR bilat + umbi')).toEqual(['Inguinal hernia repair', 'Umbilical hernia repair']);
    expect(one(['Thoracoscopic evacuation of retained hemothorax'], 'VATS evac retained HTX R')).toEqual(['Thoracoscopic evacuation of retained hemothorax']);
    expect(one(['Orthotopic heart transplantation'], 'Orthotopic HTx')).toEqual(['Orthotopic heart transplantation']);
    expect(one(['Repair of coarctation of the aorta'], 'Coarc repair, ext end-to-end')).not.toContain('UNKNOWN');
    expect(one(['Atrioventricular canal repair'], 'CAVC repair (T21)')).toEqual(['Atrioventricular canal repair']);
    expect(one(['Arterial switch operation'], 'ASO (d-TGA), 5 day old')).toEqual(['Arterial switch operation']);
    expect(one(['Systemic-to-pulmonary artery shunt (modified Blalock-Taussig-Thomas shunt)'], 'mBTT shunt 3.5mm')).toEqual(['Systemic-to-pulmonary artery shunt (modified Blalock-Taussig-Thomas shunt)']);
    expect(one(['Endoscopic incision of ureterocele'], 'Cysto, TUI ureterocele L')).toContain('Endoscopic incision of ureterocele');
    expect(one(['Image-guided reduction of intussusception (air or contrast enema)'], 'Air enema reduction intussusception')).toEqual(['Image-guided reduction of intussusception (air or contrast enema)']);
    expect(one(['Operative reduction of intussusception, open or laparoscopic'], 'Air enema reduction intussusception')).toEqual(['UNKNOWN']);
  });
  it('reads the patient\'s sex after an age as no word of the operation: "4 wk M", "12yo F"', () => {
    expect(one(['Pyloromyotomy, open or laparoscopic'], 'Pylormyotomy lap (4 wk M, HPS)')).toEqual(['Pyloromyotomy, open or laparoscopic']);
    expect(one(['Total hip arthroplasty'], 'TURP 72 M')).toContain('UNKNOWN');
  });
  it('reads places paired before a vessel\'s word as the vessels\': "Exploration and repair of abdominal and peripheral vascular injuries" covers no exploratory laparotomy', () => {
    const line = 'Exploration and repair of abdominal and peripheral vascular injuries, including ligation and temporary intravascular shunt';
    expect(one([line], 'ex lap, LOA, poss SBR')).toEqual(['UNKNOWN', 'UNKNOWN', 'UNKNOWN']);
    expect(one([line], 'REPAIR R SFA INJURY')).toEqual([line]);
    expect(one([line], 'REPAIR L BRACHIAL ARTERY INJURY')).toEqual([line]);
    expect(one(['Spinal and peripheral nerve blocks'], 'L FEMORAL NERVE BLOCK')).toEqual(['Spinal and peripheral nerve blocks']);
    expect(one(['Renal and mesenteric arterial angioplasty and stenting'], 'SMA STENT')).toEqual(['Renal and mesenteric arterial angioplasty and stenting']);
  });
  it('reads a strabismus booking\'s muscles and actions (R MR rec / R LR resect, IO anteriorization + BMR rec) and a bone cyst\'s UBC', () => {
    const strab = 'Strabismus surgery, recession or resection of rectus muscles, including adjustable sutures and reoperation';
    expect(one([strab, 'Oblique muscle surgery, including inferior oblique recession or anteriorization'], 'IO anteriorization bilat + BMR rec')).not.toContain('UNKNOWN');
    expect(one([strab], 'Strab R MR rec / R LR resect')).not.toContain('UNKNOWN');
    expect(one(['Excision or curettage of benign bone tumors and cysts, with or without bone grafting'], 'UBC L prox humerus - curettage & grafting')).toEqual(['Excision or curettage of benign bone tumors and cysts, with or without bone grafting']);
    expect(one(['Mitral valve repair'], 'MV repair for MR')).toEqual(['Mitral valve repair']);
    expect(one(['Excision of cardiac tumor'], 'RESECTION OF LA MYXOMA, MR')).toEqual(['Excision of cardiac tumor']);
    expect(one(['Male urethral sling'], '72 YO MALE SLING PLACEMENT')).toEqual(['Male urethral sling']);
    expect(one(['Strip craniectomy for craniosynostosis'], 'SUBDURAL STRIP CRANI')).toEqual(['UNKNOWN', 'UNKNOWN']);
    expect(one(['Subtotal colectomy'], 'LAP CHOLE; TOTAL COLECTOMY FOR STC')).not.toContain('Subtotal colectomy');
  });
  it('keeps a short eponym InScope does not know from being corrected into a comment word: "poss Collis" is asked for, not read as "Collins"', () => {
    expect(one(['Repair of paraesophageal hernia, laparoscopic or open, with or without fundoplication'], 'lap PEH w/ Nissen, poss Frobis')).toContain('UNKNOWN');
    expect(one(['Repair of paraesophageal hernia, laparoscopic or open, with or without fundoplication'], 'lap PEH w/ Nissen, poss Collis')).toContain('UNKNOWN');
    expect(one(['Collis gastroplasty'], 'Collis gastroplasty')).toEqual(['Collis gastroplasty']);
  });

});

describe('lines and bookings of a MEDITECH community hospital and an emergency and critical care procedure service (held-out sets 29 and 31)', () => {
  it('covers every joint a dash lists after the operation: "Total joint replacement - hip, knee, shoulder" is a hip\'s too', () => {
    const tjr = 'Total joint replacement - hip, knee, shoulder';
    expect(one([tjr], 'TOTAL HIP ARTHROPLASTY LEFT')).toEqual([tjr]);
    expect(one([tjr], 'RT TKA')).toEqual([tjr]);
    expect(one([tjr], 'TOTAL ANKLE ARTHROPLASTY RT')).toEqual(['UNKNOWN']);
    const scope = 'Arthroscopy - knee, shoulder (diagnostic and operative)';
    expect(one([scope], 'ARTHROSCOPY KNEE LEFT')).toEqual([scope]);
    expect(one([scope], 'R HIP ARTHROSCOPY')).toEqual(['UNKNOWN']);
  });
  it('reads a slash in what a line is for as "or": "for incomplete/missed abortion" covers a missed abortion\'s D&C and no elective one', () => {
    const line = 'Suction curettage for incomplete/missed abortion';
    expect(one([line], 'SUCTION D&C MISSED AB 9WKS')).toEqual([line]);
    expect(one([line], 'SUCTION D&C INCOMPLETE AB')).toEqual([line]);
    expect(one([line], 'SUCTION D&C 9WKS')).toEqual(['UNKNOWN']);
  });
  it('asks for the adenoidectomy of "BMT/ADENOIDS" (the adenoids had vanished into the ear tubes\' booking)', () => {
    const bmt = 'Myringotomy with or without tubes';
    expect(asDept('Otolaryngology', [bmt], 'BMT/ADENOIDS')).toEqual([bmt, 'UNKNOWN']);
    expect(asDept('Otolaryngology', [bmt, 'Tonsillectomy and/or adenoidectomy'], 'PE TUBES & ADENOIDS')).toEqual([bmt, 'Tonsillectomy and/or adenoidectomy']);
    expect(asDept('Otolaryngology', ['Tonsillectomy and/or adenoidectomy'], 'T&A - ADENOID HYPERTROPHY')).toEqual(['Tonsillectomy and/or adenoidectomy']);
  });
  it('reads an emergency physician\'s, intensivist\'s and hospitalist\'s bedside procedures: LP, para, TVP, crike, POCUS/eFAST, IO, UVC, a Trialysis catheter', () => {
    const lp = 'Lumbar puncture, diagnostic, adults';
    expect(asDept('Emergency Medicine', [lp], 'LP r/o SAH')).toEqual([lp]);
    expect(asDept('Hospital Medicine', [lp], 'LP r/o meningitis')).toEqual([lp]);
    const para = 'Paracentesis, diagnostic or therapeutic, including large-volume';
    expect(asDept('Hospital Medicine', [para], 'para 4L + fluid studies')).toEqual([para]);
    expect(asDept('Hospital Medicine', [para], 'para diag r/o SBP')).toEqual([para]);
    // A para(ity) in an obstetric booking is no paracentesis.
    expect(asDept('Obstetrics', ['Cesarean delivery'], 'PRIMARY LTCS, G2 PARA 1')).toEqual(['Cesarean delivery']);
    expect(asDept('Critical Care Medicine', ['Transvenous pacemaker placement, temporary'], 'TVP via R IJ')).toEqual(['Transvenous pacemaker placement, temporary']);
    expect(asDept('Emergency Medicine', ['Cricothyrotomy (surgical airway)'], 'crike')).toEqual(['Cricothyrotomy (surgical airway)']);
    const pocus = 'Point-of-care ultrasound, including FAST, extended FAST and limited transthoracic echocardiography';
    expect(asDept('Emergency Medicine', [pocus], 'eFAST')).toEqual([pocus]);
    // An ultrasound-guided line is no ultrasound privilege.
    expect(asDept('Emergency Medicine', ['Peripheral venous access, including ultrasound-guided peripheral intravenous catheter'], 'eFAST')).toEqual(['UNKNOWN']);
    expect(asDept('Emergency Medicine', ['Intraosseous needle insertion, tibial or humeral'], 'IO L prox tibia')).toEqual(['Intraosseous needle insertion, tibial or humeral']);
    expect(asDept('Pediatric Emergency Medicine', ['Umbilical venous catheterization, neonates'], 'UVC (DOL 1)')).toEqual(['Umbilical venous catheterization, neonates']);
    // (A neonate's line asks the booking for an age.)
    expect(asDept('Pediatric Emergency Medicine', ['Umbilical venous catheterization, neonates'], 'UVC')).toEqual(['UNKNOWN']);
    const hd = 'Temporary non-tunneled hemodialysis catheter insertion, internal jugular or femoral';
    expect(asDept('Critical Care Medicine', [hd], 'Trialysis cath R IJ for CRRT')).toEqual([hd]);
    // (A strabismus IO is still the inferior oblique's.)
    expect(asDept('Ophthalmology', ['Oblique muscle surgery, including inferior oblique recession'], 'R IO recession')).toEqual(['Oblique muscle surgery, including inferior oblique recession']);
  });

  it('reads an operative note\'s title as the booking: its "Preoperative diagnosis:" is why, to the end, and its procedure words (Pfannenstiel incision, mesh plug, leak test) no operation', () => {
    const adrenal = 'Adrenalectomy, open or laparoscopic';
    expect(one([adrenal], 'Laparoscopic left adrenalectomy. Preoperative diagnosis: left adrenal adenoma, aldosterone-secreting.')).toEqual([adrenal]);
    const cs = 'Cesarean delivery, primary or repeat, low transverse or classical';
    expect(one([cs], 'Primary low transverse cesarean section via Pfannenstiel incision. Preoperative diagnosis: arrest of dilation.')).toEqual([cs]);
    const hernia = 'Inguinal and femoral hernia repair, open or laparoscopic, with or without mesh';
    expect(one([hernia], 'Open left femoral hernia repair with mesh plug.')).toEqual([hernia]);
    const fess = 'Functional endoscopic sinus surgery, including maxillary antrostomy, ethmoidectomy, sphenoidotomy and frontal sinusotomy';
    expect(one([fess], 'Bilateral functional endoscopic sinus surgery: maxillary antrostomy with tissue removal, total ethmoidectomy, sphenoidotomy, frontal sinusotomy.')).toEqual([fess]);
    // (A diagnosis names no operation the booking asks for, but the operation before it still counts.)
    expect(one([adrenal], 'Laparoscopic left nephrectomy. Preoperative diagnosis: left adrenal adenoma.')).toEqual(['UNKNOWN']);
  });
  it('covers an operation at its own place where a line lists that place among others: "… of the lip, tongue, floor of mouth …, including partial glossectomy" covers a partial glossectomy, a sphenopalatine ligation is nasal', () => {
    const oral = 'Excision of lesions of the lip, tongue, floor of mouth and oral cavity, including partial glossectomy';
    expect(one([oral], 'Right partial glossectomy with frozen section margins.')).toEqual([oral]);
    const epistaxis = 'Control of epistaxis, including posterior packing and endoscopic sphenopalatine artery ligation';
    expect(one([epistaxis], 'Endoscopic left sphenopalatine artery ligation.')).toEqual([epistaxis]);
  });
  it('reads a female urethral sling line (a men\'s sling stays apart) and a detorsion as the torsion a line is for', () => {
    const sling = 'Female urethral sling for stress urinary incontinence';
    expect(one([sling], 'TOT SLING')).toEqual([sling]);
    // (A male sling is delineated apart; nor does a sling that names no sex read as the women's.)
    expect(one([sling], 'MALE SLING')).toEqual(['UNKNOWN']);
    expect(one([sling], 'URETHRAL SLING FOR POST-PROSTATECTOMY STRESS INCONTINENCE')).toEqual(['UNKNOWN']);
    // (A sacral wound's stage is no InterStim stage.)
    expect(one(['Sacral neuromodulation'], 'Debridement sacral wound - stage 4')).toEqual(['UNKNOWN']);
    const torsion = 'Scrotal exploration for torsion, with or without detorsion and fixation';
    expect(one([torsion], 'Right scrotal exploration, detorsion of right testis')).not.toContain('UNKNOWN');
  });
  it('reads the delivery a postpartum sterilization line names as when it is done: "… at cesarean delivery or after vaginal delivery" privileges no cesarean', () => {
    const ppts = 'Postpartum tubal sterilization, including bilateral salpingectomy, at cesarean delivery or after vaginal delivery';
    expect(one([ppts], 'PRIMARY LTCS')).toEqual(['UNKNOWN']);
    expect(one([ppts], 'Trial of forceps-assisted vaginal delivery in the operating room, possible cesarean section.')).toEqual(['UNKNOWN', 'UNKNOWN']);
    expect(one([ppts], 'PP BTL')).toEqual([ppts]);
    // (A line that does not say postpartum still reads the kind its delivery names: no interval sterilization.)
    expect(one(['Tubal ligation at cesarean section'], 'INTERVAL LAP BTL')).toEqual(['UNKNOWN']);
  });

  it('keeps the cesarean of "CESAREAN SECTION W/ BILATERAL SALPINGECTOMY" (a salpingectomy\'s wording had taken its words, and the cesarean vanished), and reads SNOMED CT names of a tubal ligation and a ureteral stent removal', () => {
    expect(one(['Salpingectomy (procedure)'], 'CESAREAN SECTION W/ BILATERAL SALPINGECTOMY')).toEqual(['UNKNOWN', 'Salpingectomy (procedure)']);
    expect(one(['Ligation of fallopian tube (procedure)'], 'LAP BTL FILSHIE CLIPS')).toEqual(['Ligation of fallopian tube (procedure)']);
    expect(one(['Removal of ureteric stent (procedure)'], 'URETERAL STENT REMOVAL')).toEqual(['Removal of ureteric stent (procedure)']);
  });

  it('reads "all types" as every kind: "Herniorrhaphy, all types (…)" beside a robotic hernia line covers an open inguinal repair; a "Fracture care" or "Wound care" line still covers no ORIF or complex repair beside a line of its family', () => {
    const hernia = 'Herniorrhaphy, all types (inguinal, femoral, umbilical, ventral, incisional)';
    const robotic = 'Robotic assisted inguinal and ventral hernia repair';
    expect(one([hernia, robotic], 'RT INGUINAL HERNIA REPAIR')).toEqual([hernia]);
    expect(one([hernia, robotic], 'HIATAL HERNIA REPAIR')).toEqual(['UNKNOWN']);
    expect(one(['Fracture care without manipulation', 'Closed reduction of dislocations', 'Arthrocentesis'], 'ORIF DISTAL RADIUS')).toEqual(['UNKNOWN']);
    expect(one(['Wound care', 'Laceration repair, simple'], 'COMPLEX LACERATION REPAIR FACE 6 CM')).toEqual(['UNKNOWN']);
  });
  it('reads a 30-character field\'s contractions: TIB PLAT, DIST RAD, CRNI, SPHINCT/EXTR, CYSTO RETRO, ING HERN, SCROTAL EXPL, TENNIS ELBOW, PTH ASSAY', () => {
    expect(one(['External fixation of fractures'], 'EX FIX LT TIB PLAT')).toEqual(['External fixation of fractures']);
    expect(one(['Open reduction internal fixation of distal radius fracture'], 'ORIF RT DIST RAD FX')).toEqual(['Open reduction internal fixation of distal radius fracture']);
    expect(one(['Distal pancreatectomy'], 'RAD DISTAL PANCREATECTOMY')).toContain('UNKNOWN');
    expect(one(['Craniotomy for evacuation of hematoma'], 'CRNI FOR SDH EVAC')).toContain('Craniotomy for evacuation of hematoma');
    const ercp = 'ERCP with sphincterotomy, stone extraction, stent placement';
    expect(one([ercp], 'ERCP W/ SPHINCT STONE EXTR')).toEqual([ercp]);
    const cysto = 'Cystoscopy with or without retrograde pyelogram and ureteral stent placement';
    expect(one([cysto], 'CYSTO RETRO STENT LT')).not.toContain('UNKNOWN');
    expect(one(['Inguinal hernia repair, open or laparoscopic'], 'LAP BIL ING HERN TEP W MESH')).toEqual(['Inguinal hernia repair, open or laparoscopic']);
    expect(one(['Lumbar microdiscectomy'], 'HERN DISC L4-5 MICRODISCECTOMY')).not.toContain('Inguinal hernia repair, open or laparoscopic');
    expect(one(['Scrotal exploration'], 'SCROTAL EXPL')).toEqual(['Scrotal exploration']);
    expect(one(['Lateral epicondyle release'], 'LT TENNIS ELBOW RELEASE')).toEqual(['Lateral epicondyle release']);
    expect(one(['Lateral epicondyle release'], 'LT GOLFER ELBOW RELEASE')).toEqual(['UNKNOWN']);
    expect(one(['Parathyroidectomy'], 'PARATHYROIDECTOMY W/ PTH ASSAY')).toEqual(['Parathyroidectomy']);
    // (A radial artery's RAD beside a catheterization is still the artery's.)
    expect(one(['Left heart catheterization'], 'LHC VIA R RAD')).toEqual(['Left heart catheterization']);
  });

  it('asks for every operation of an operative note\'s numbered list and of "… AND AXILLARY LYMPH NODE DISSECTION" (the axillary dissection had vanished into the sentinel node biopsy), and keeps a canal wall down mastoidectomy out of a canal wall up line', () => {
    const lines = ['Mastectomy, partial, simple, skin-sparing or modified radical', 'Sentinel lymph node biopsy, axillary'];
    expect(one(lines, '1. Right total mastectomy. 2. Right axillary sentinel lymph node biopsy with injection of technetium-99 and isosulfan blue dye. 3. Possible right axillary lymph node dissection.')).toEqual([...lines, 'UNKNOWN']);
    expect(one(lines, 'R AXILLARY SENTINEL LYMPH NODE BIOPSY AND AXILLARY LYMPH NODE DISSECTION')).toEqual(['Sentinel lymph node biopsy, axillary', 'UNKNOWN']);
    expect(one([...lines, 'Axillary lymph node dissection'], 'R AXILLARY SENTINEL LYMPH NODE BIOPSY POSSIBLE AXILLARY LYMPH NODE DISSECTION')).toEqual(['Sentinel lymph node biopsy, axillary', 'Axillary lymph node dissection']);
    const cwu = 'Mastoidectomy, simple or complete (canal wall up)';
    expect(one([cwu], 'L CWD MASTOIDECTOMY')).toEqual(['UNKNOWN']);
    expect(one([cwu], 'Left canal wall down mastoidectomy. Preoperative diagnosis: cholesteatoma.')).toEqual(['UNKNOWN']);
    expect(one([cwu], 'L CWU MASTOIDECTOMY')).toEqual([cwu]);
    expect(one([cwu], 'COMPLETE MASTOIDECTOMY')).toEqual([cwu]);
  });

  it('keeps what a review of this version found: an operation after an operative diagnosis, a para-aortic node dissection, a tunneled or male catheter or sling, a femoral pseudoaneurysm, an infraorbital block, a fibula', () => {
    expect(one(['Laparoscopic cholecystectomy'], 'LAPAROSCOPIC CHOLECYSTECTOMY (PREOP DX: CHOLECYSTITIS) + RIGHT INGUINAL HERNIA REPAIR')).toEqual(['Laparoscopic cholecystectomy', 'UNKNOWN']);
    expect(one(['Laparoscopic cholecystectomy'], 'LAP CHOLE, PRE OP DX: GALLSTONES, POSSIBLE OPEN, POSSIBLE CBDE')).toContain('UNKNOWN');
    expect(one(['Total knee arthroplasty'], 'RIGHT TKA; PRE-OP DX: OA; ALSO REMOVAL OF HARDWARE LEFT ANKLE')).toEqual(['Total knee arthroplasty', 'UNKNOWN']);
    expect(one(['Pelvic lymphadenectomy', 'Diagnostic laparoscopy', 'Paracentesis'], 'DIAGNOSTIC LAPAROSCOPY, PELVIC AND PARA-AORTIC LYMPHADENECTOMY')).toContain('UNKNOWN');
    expect(one(['Paracentesis'], 'DIAGNOSTIC HYSTEROSCOPY, G1 PARA 0')).toEqual(['UNKNOWN']);
    expect(one(['Temporary (non-tunneled) dialysis catheter placement'], 'TUNNELED DIALYSIS CATH RIGHT IJ')).toEqual(['UNKNOWN']);
    expect(one(['Stress urinary incontinence surgery'], 'URETHRAL SLING FOR POST-PROSTATECTOMY STRESS INCONTINENCE')).toEqual(['UNKNOWN']);
    expect(one(['Repair of arterial injury, extremity'], 'REPAIR FEMORAL ARTERY PSA, SEDATION')).toEqual(['UNKNOWN']);
    expect(one(['Craniotomy for tumor/aneurysm clipping'], 'CRANIOTOMY FOR TUMOR')).toEqual(['Craniotomy for tumor/aneurysm clipping']);
    expect(one(['Image-guided percutaneous drainage of abscess'], 'PFANNENSTIEL INCISION AND DRAINAGE OF WOUND ABSCESS')).toEqual(['UNKNOWN']);
    expect(one(['Removal of foreign body from soft tissue'], 'FISH HOOK REMOVAL FROM CORNEA')).toEqual(['UNKNOWN']);
    expect(one(['Postpartum tubal ligation at cesarean delivery'], 'PP BTL')).toEqual(['UNKNOWN']);
    expect(one(['Tonsillectomy'], 'TONSILLECTOMY, ADENOIDS PREVIOUSLY REMOVED')).toEqual(['Tonsillectomy']);
    expect(one(['External fixation', 'Intramedullary nailing of femur'], 'EX FIX RIGHT TIB FIB, IMN RIGHT FEMUR')).toContain('UNKNOWN');
    expect(one(['Sacral neuromodulation'], 'SACRAL NERVE TEST STIMULATION')).toEqual(['Sacral neuromodulation']);
    expect(one(['Greater occipital nerve block'], 'GON BLOCK BILAT')).toEqual(['Greater occipital nerve block']);
    // (And what a second review found.)
    expect(one(['Postpartum sterilization following vaginal delivery or cesarean section'], 'PRIMARY LTCS')).toEqual(['UNKNOWN']);
    expect(one(['Laparoscopic cholecystectomy', 'Tube thoracostomy'], 'LAP CHOLE; PREOP DX: PNEUMOTHORAX, CHEST TUBE')).toEqual(['Laparoscopic cholecystectomy', 'Tube thoracostomy']);
    expect(one(['Upper extremity vascular surgery, including embolectomy'], 'FEMORAL EMBOLECTOMY')).toEqual(['UNKNOWN']);
    expect(one(['Liposuction, up to 5000 ml'], 'LIPOSUCTION GREATER THAN 5000 ML')).toContain('UNKNOWN');
    expect(one(['Laparoscopic tubal ligation', 'Cesarean section'], 'CESAREAN SECTION WITH LIGATION OF FALLOPIAN TUBES')).toEqual(['Cesarean section', 'UNKNOWN']);
    expect(one(['Removal of hardware'], 'REMOVAL OF INTERNAL FIXATION DEVICE LUMBAR SPINE')).toContain('UNKNOWN');
    expect(one(['Angiography'], 'INDOCYANINE GREEN ANGIOGRAPHY')).toContain('UNKNOWN');
    expect(one(['Anterior cervical discectomy and fusion'], 'ANTERIOR CERVICAL DISCECTOMY AND CERVICAL FUSION')).toEqual(['Anterior cervical discectomy and fusion']);
  });

  it('reads a line that lists abbreviations alone, "TLH or LAVH", as both (their words had made one total vaginal hysterectomy)', () => {
    expect(one(['TLH or LAVH'], 'TLH BSO')).toEqual(['TLH or LAVH', 'UNKNOWN']);
    expect(one(['TLH or LAVH'], 'LAVH')).toEqual(['TLH or LAVH']);
    expect(one(['TLH or LAVH'], 'TVH')).toEqual(['UNKNOWN']);
  });

  it('reads an intensivist\'s Cortrak tube, bladder pressure for compartment syndrome and staged extubation, and no urodynamic bladder pressure study as one', () => {
    const ng = 'Nasogastric, orogastric and post-pyloric feeding tube placement';
    expect(asDept('Critical Care Medicine', [ng], 'Cortrak')).toEqual([ng]);
    const iap = 'Intra-abdominal (bladder) pressure measurement';
    expect(asDept('Critical Care Medicine', [iap], 'bladder pressure ?ACS')).toEqual([iap]);
    expect(asDept('Critical Care Medicine', [iap], 'CYSTOSCOPY, BLADDER PRESSURE STUDY')).not.toContain(iap);
    const ext = 'Planned extubation of the difficult airway, including staged extubation with exchange catheter';
    expect(asDept('Critical Care Medicine', [ext], 'staged extubation')).toEqual([ext]);
  });
});

describe('lines and bookings of a podiatry and wound service, an oral surgery and hospital dentistry service, an IR department and an Indian corporate hospital (held-out sets 33 to 36)', () => {
  it('does not let a "… care" line cover putting the thing in: tracheostomy care is no tracheostomy, central line care no central line', () => {
    expect(asDept('Critical Care Medicine', ['Tracheostomy care'], 'PERCUTANEOUS TRACHEOSTOMY')).toEqual(['UNKNOWN']);
    expect(asDept('Critical Care Medicine', ['Central line care'], 'CVC PLACEMENT R IJ')).toEqual(['UNKNOWN']);
    expect(asDept('Critical Care Medicine', ['Tracheostomy care'], 'TRACH CARE')).toEqual(['Tracheostomy care']);
    // (A setting's "critical care" asks nothing of the booking.)
    const perc = 'Percutaneous dilatational tracheostomy in adult critical care';
    expect(asDept('Critical Care Medicine', [perc], 'Perc trachy (ICU bed 6)')).toEqual([perc]);
  });

  it('asks for the ankle fracture\'s fixation as well as the syndesmosis\'s in "ORIF R ANKLE AND SYNDESMOSIS" (the ankle ORIF had vanished), and counts a bimalleolar fracture as the lower extremity\'s', () => {
    const syn = 'Syndesmosis repair';
    expect(one([syn], 'ORIF R ANKLE AND ANKLE SYNDESMOSIS')).toEqual([syn, 'UNKNOWN']);
    expect(one([syn], 'ORIF BIMALLEOLAR ANKLE FX AND SYNDESMOSIS')).toContain('UNKNOWN');
    expect(one([syn], 'ORIF R ANKLE W/ SYNDESMOTIC SCREW')).toContain('UNKNOWN');
    expect(one([syn], 'ORIF SYNDESMOSIS')).toEqual([syn]);
    const ankle = 'Open reduction internal fixation of ankle fracture';
    expect(one([ankle], 'ORIF R BIMAL ANKLE FX W/ SYNDESMOTIC FIXATION')).toEqual([ankle]);
    const le = 'Open reduction and internal fixation of fractures, lower extremity, excluding pelvis and acetabulum';
    expect(one([le], 'ORIF BIMALLEOLAR FX')).toEqual([le]);
    expect(one([le], 'Open reduction and internal fixation, left bimalleolar ankle fracture, with syndesmotic fixation.')).toEqual([le]);
  });

  it('reads a halo vest as the spine surgeon\'s halo, and the hemorrhoid HALO only beside its own words', () => {
    const halo = 'Application of cranial tongs or halo';
    const thd = 'Transanal hemorrhoidal dearterialization';
    expect(one([halo, thd], 'HALO APPLICATION')).toEqual([halo]);
    expect(one([thd], 'HALO VEST PLACEMENT')).toEqual(['UNKNOWN']);
    const tongs = 'Application of cranial tongs or halo, including closed reduction of cervical spine fracture-dislocation';
    expect(one([tongs], 'Gardner-Wells tongs, closed reduction C5-6 jumped facets')).toEqual([tongs]);
    expect(one([halo, thd], 'HALO PROCEDURE FOR GRADE 3 HEMORRHOIDS')).toEqual([thd]);
  });

  it('keeps a 3-year-old\'s circumcision from a line "for patients above 12 years", and a child\'s open herniotomy from a laparoscopic TAPP/TEP line', () => {
    const circ = 'Circumcision (patients above 12 years)';
    expect(one([circ], 'Circumcision - 3 yrs child (phimosis / balanoposthitis)')).toEqual(['UNKNOWN']);
    expect(one([circ], 'Circumcision - 34 yrs M, phimosis')).toEqual([circ]);
    expect(one(['Circumcision, patients below the age of 12'], 'CIRCUMCISION 14 YO')).toEqual(['UNKNOWN']);
    const tep = 'Laparoscopic TAPP / TEP repair of inguinal hernia';
    expect(one([tep], 'Rt. Herniotomy (2 yr M child, congenital hernia)')).toEqual(['UNKNOWN']);
    expect(one(['Inguinal hernia repair, open'], 'Rt. Herniotomy')).toEqual(['Inguinal hernia repair, open']);
  });

  it('tells an intramedullary spinal cord tumor from an extramedullary one, and reads plural tumors and a liver\'s "hepatic" as the line\'s own', () => {
    const idem = 'Excision of spinal tumours (extradural / intradural extramedullary)';
    expect(one([idem], 'Excision of intramedullary spinal cord tumour (D8-D10)')).toEqual(['UNKNOWN']);
    expect(one([idem], 'T12 INTRADURAL EXTRAMEDULLARY TUMOR (MENINGIOMA) RESECTION')).toEqual([idem]);
    const all = 'Excision of intradural spinal tumors';
    expect(one([all], 'Excision of intramedullary spinal cord tumour (D8-D10)')).toEqual([all]);
    expect(one([all], 'INTRADURAL TUMOR RESECTION T10')).toEqual([all]);
    const tace = 'Transarterial chemoembolization (TACE) of hepatic tumors';
    expect(one([tace], 'TACE')).toEqual([tace]);
    expect(one(['Transarterial chemoembolization (TACE), conventional or drug-eluting bead, and bland embolization of hepatic tumors'], 'IR BLAND EMBOLIZATION HCC SEG 8 (PARTICLES)')).toEqual(['Transarterial chemoembolization (TACE), conventional or drug-eluting bead, and bland embolization of hepatic tumors']);
    expect(one(['Transjugular intrahepatic portosystemic shunt (TIPS) creation, including portal venography, pressure measurements, and variceal embolization'], 'IR BLAND EMBOLIZATION HCC SEG 8 (PARTICLES)')).toEqual(['UNKNOWN']);
    const rp = 'Resection of retroperitoneal sarcoma and retroperitoneal tumors, including en bloc resection of adjacent organs';
    expect(one([rp], 'RP sarcoma resection')).toEqual([rp]);
  });

  it('keeps an embolization a line includes to its own kind: a TIPS line\'s variceal embolization is no tumor embolization, a mapping line\'s coil embolization no radioembolization', () => {
    const tips = 'Transjugular intrahepatic portosystemic shunt (TIPS) creation, including portal venography, pressure measurements, and variceal embolization';
    expect(one([tips], 'IR BLAND EMBOLIZATION HCC SEG 8 (PARTICLES)')).toEqual(['UNKNOWN']);
    expect(one([tips], 'UTERINE FIBROID EMBOLIZATION')).toEqual(['UNKNOWN']);
    expect(one([tips], 'TIPS W/ VARICEAL EMBOLIZATION')).toEqual([tips]);
    const map = 'Hepatic angiography for radioembolization planning (mapping), including Tc-99m MAA injection and prophylactic coil embolization';
    expect(one([map], 'IR Y90 RADIOEMBOLIZATION RT LOBE (THERASPHERE)')).toEqual(['UNKNOWN']);
    expect(one([map], 'IR GI BLEED EMBOLIZATION')).toEqual(['UNKNOWN']);
    expect(one([map], 'IR Y90 MAPPING W/ GDA COIL EMBO + MAA SHUNT STUDY')).toEqual([map]);
    expect(one(['Transcatheter embolization, any site'], 'IR Y90 RADIOEMBOLIZATION RT LOBE (THERASPHERE)')).toEqual(['UNKNOWN']);
  });

  it('privileges no step a line does "when performed" alone, no nail an arthrodesis line includes at a tibial shaft, and no hammertoe fusion under a cock-up fifth toe or hemiphalangectomy code', () => {
    const abl = 'Percutaneous ablation of bone tumors and osteoid osteoma (radiofrequency or cryoablation), including cementoplasty when performed';
    expect(one([abl], 'IR VERTEBROPLASTY C6 (PATH FX - MYELOMA)')).toEqual(['UNKNOWN']);
    const neph = 'Radical nephrectomy, open or laparoscopic, including adrenalectomy when indicated';
    expect(one([neph], 'L ADRENALECTOMY LAP')).toEqual(['UNKNOWN']);
    expect(one([neph], 'LAP RADICAL NEPHRECTOMY L')).toEqual([neph]);
    const ttc = 'Tibiotalocalcaneal and pantalar arthrodesis, including retrograde intramedullary nailing';
    expect(one([ttc], 'Tibial shaft IMN L')).toEqual(['UNKNOWN']);
    expect(one([ttc], 'IMN FEMUR')).toEqual(['UNKNOWN']);
    expect(one([ttc], 'TTC FUSION W/ RETROGRADE IM NAIL')).toEqual([ttc]);
    const coded = (name: string, code: string) => new ProcedureMatcher([{ id: 'P', name: 'Podiatry', department: 'Podiatry', kind: 'core' as const, procedures: [{ name, codes: [code] }] }], { vocabulary: builtinVocabulary() });
    for (const [name, code] of [['Correction of cock-up fifth toe with plastic skin closure (e.g., Ruiz-Mora)', '28286'], ['Hemiphalangectomy or interphalangeal joint excision of the toe, single or multiple', '28160']]) {
      expect(coded(name, code).match('R 2nd HT PIPJ fusion w/ Smart Toe implant (T6)').parts.map((p) => p.status)).toEqual(['unknown']);
    }
    expect(coded('Hammertoe correction', '28285').match('R 2nd HT PIPJ fusion w/ Smart Toe implant (T6)').parts.map((p) => p.status)).toEqual(['matched']);
    const ht = 'Hammertoe, claw toe, and mallet toe correction of the lesser digits by arthroplasty or arthrodesis of the proximal or distal interphalangeal joint';
    expect(one([ht, 'Hammertoe correction, revision'], 'HAMMERTOE 2ND DIGIT PIPJ ARTHROPLASTY')).toEqual([ht]);
    expect(one(['Hammertoe correction of the lesser digits'], 'HAMMERTOE 2ND DIGIT')).toEqual(['Hammertoe correction of the lesser digits']);
  });

  it('keeps a recurrent TMJ dislocation line to the jaw, an implant restoration line from placing implants, and reads primary teeth by their letters', () => {
    const tmj = 'Surgical treatment of recurrent TMJ dislocation (eminectomy, eminence augmentation, Dautrey procedure)';
    expect(one([tmj], 'ORIF ANKLE')).toEqual(['UNKNOWN']);
    expect(one([tmj], 'NOE fx ORIF w/ transnasal wiring')).not.toContain(tmj);
    expect(one([tmj], 'Eminectomy B/L for recurrent dislocation')).toEqual([tmj]);
    const rest = 'Restoration of dental implants (implant-supported crowns and overdentures)';
    expect(one([rest], 'Implant placement #19')).toEqual(['UNKNOWN']);
    expect(one([rest], 'Exam, cleaning, 6 fillings, ext #2 under GA - Down syndrome')).not.toContain(rest);
    expect(one([rest], 'Implant crown #30 cementation')).toEqual([rest]);
    const ext = 'Extraction of erupted and impacted teeth';
    expect(one([ext], 'Ext D,E,F,G (ECC) - GA')).toEqual([ext]);
    expect(one([ext, 'Dilation and evacuation'], 'Ext D,E,F,G')).toEqual([ext]);
    expect(one(['Excision of inguinal lymph node'], 'EXT L INGUINAL NODE')).not.toContain(ext);
  });

  it('reads no anesthesia line from an operation\'s "with or without regional anesthesia", no knee replacement from a TMJ line\'s "(arthroplasty)", and no arterial embolization from a venous one', () => {
    const ecv = 'External cephalic version, with or without regional anesthesia';
    expect(asDept('Obstetrics', [ecv], 'INTERSCALENE BLOCK')).toEqual(['UNKNOWN']);
    expect(asDept('Obstetrics', [ecv], 'ECV')).toEqual([ecv]);
    const tmj = 'TMJ open joint surgery (arthroplasty), including disc repositioning, discectomy with or without interpositional graft, condylar shave and eminectomy';
    expect(one([tmj], 'R TKA')).toEqual(['UNKNOWN']);
    expect(one([tmj], 'L TMJ DISCECTOMY')).toEqual([tmj]);
    const ven = 'Transcatheter venous embolization, including gonadal vein and varicocele embolization';
    expect(one([ven], 'UTERINE FIBROID EMBOLIZATION')).toEqual(['UNKNOWN']);
    expect(one([ven], 'IR GENICULAR ARTERY EMBOLIZATION RT KNEE (OA)')).toEqual(['UNKNOWN']);
    expect(one([ven], 'PORTAL VEIN EMBOLIZATION')).toEqual([ven]);
    expect(one([ven], 'VARICOCELE EMBOLIZATION')).toEqual([ven]);
  });

  it('holds a booking\'s code to what its line excludes, a needle aspiration line to no drain, an aneurysm coiling line to visceral aneurysms, and reads no implant from "treatment of dental pain"', () => {
    const coded = (name: string, codes: string[]) => new ProcedureMatcher([{ id: 'IR', name: 'IR', department: 'Interventional Radiology', kind: 'core' as const, procedures: [{ name, codes }] }], { vocabulary: builtinVocabulary() });
    const vp = coded('Percutaneous vertebroplasty, thoracic and lumbar, one or more levels (cervical levels not included)', ['22510', '22511']);
    expect(vp.match('IR VERTEBROPLASTY C6 (PATH FX - MYELOMA)', '22510').parts.map((p) => p.status)).toEqual(['unknown']);
    expect(vp.match('IR VERTEBROPLASTY L1', '22511').parts.map((p) => p.status)).toEqual(['matched']);
    const asp = 'Image-guided needle aspiration of superficial fluid collections and cysts, without catheter placement';
    expect(one([asp], 'IR ABSCESS DRAINAGE CT GUIDED')).toEqual(['UNKNOWN']);
    expect(one([asp], 'US ASPIRATION SEROMA RT THIGH - NO DRAIN')).toEqual([asp]);
    expect(one(['Ultrasound-guided fine needle aspiration of fluid collections'], 'CT GUIDED ASPIRATION AND DRAIN PLACEMENT')).toContain('UNKNOWN');
    const coil = 'Coil and plug embolization of visceral and renal artery aneurysms and pseudoaneurysms';
    expect(one([coil], 'IR GENICULAR ARTERY EMBOLIZATION RT KNEE (OA)')).toEqual(['UNKNOWN']);
    expect(one([coil], 'COIL EMBOLIZATION PCOM ANEURYSM')).toEqual(['UNKNOWN']);
    expect(one([coil], 'IR SPLENIC ARTERY ANEURYSM COIL EMBO')).toEqual([coil]);
    expect(one(['Palliative (emergency) treatment of dental pain'], 'Implant placement #19')).toEqual(['UNKNOWN']);
    expect(one(['Treatment of dental pain'], 'Implant placement #19')).toEqual(['UNKNOWN']);
    expect(one(['Chest tube'], 'CHEST TUBE R')).toEqual(['Chest tube']);
  });

  it('reads an Indian hospital\'s OT list: tubectomy and TL beside an LSCS, UGIE, encirclage, DJ stent removal, CBD stenting, and lines with frenuloplasty or "endoscopic / microscopic"', () => {
    const lscs = 'Lower segment caesarean section (LSCS)';
    const tl = 'Tubectomy / tubal ligation';
    expect(one([lscs, tl], 'Elective LSCS with Tubectomy')).toEqual([lscs, tl]);
    expect(one([lscs, tl], 'Repeat LSCS (Prev. 2 LSCS) + B/L TL')).toEqual([lscs, tl]);
    expect(one([lscs], 'Repeat LSCS (Prev. 2 LSCS) + B/L TL')).toEqual([lscs, 'UNKNOWN']);
    expect(one(['Total laryngectomy'], 'TL + B/L MRND')).toContain('Total laryngectomy');
    expect(one(['Upper GI endoscopy, diagnostic', 'Colonoscopy'], 'UGIE + Colonoscopy')).toEqual(['Upper GI endoscopy, diagnostic', 'Colonoscopy']);
    expect(one(['Cervical cerclage (McDonald / Shirodkar)'], 'Cervical encirclage (McDonald) at 14 wks')).toEqual(['Cervical cerclage (McDonald / Shirodkar)']);
    expect(one(['Ureteric stent removal'], 'DJ stent removal')).toEqual(['Ureteric stent removal']);
    const ercp = 'ERCP with sphincterotomy, stone extraction and biliary / pancreatic stenting';
    expect(one([ercp], 'ERCP + CBD stenting')).toEqual([ercp]);
    expect(one(['Endoscopic biliary stent placement'], 'ERCP + CBD stenting')).toContain('Endoscopic biliary stent placement');
    const circ = 'Circumcision, meatotomy and frenuloplasty';
    expect(one([circ], 'Circumcision (BXO)')).toEqual([circ]);
    expect(one([circ], 'LINGUAL FRENULOPLASTY')).toEqual(['UNKNOWN']);
    const tss = 'Endoscopic / microscopic transsphenoidal pituitary surgery';
    expect(one([tss], 'Endoscopic transsphenoidal excision pituitary macroadenoma')).toEqual([tss]);
    expect(one([tss], 'MICROSCOPIC TSS PITUITARY ADENOMA')).toEqual([tss]);
  });

  it('mends what a review of these rules found: a booked laparoscopic herniotomy, a hammertoe beside a hemiphalangectomy, a foot\'s Lisfranc under "excluding the foot", "ORIF ANKLE W SYNDESMOSIS", a category\'s "care", and a step "when indicated" booked with its operation', () => {
    expect(one(['Open inguinal hernia repair'], 'LAP HERNIOTOMY')).toEqual(['UNKNOWN']);
    expect(one(['Open inguinal hernia repair'], 'LAP PIRS')).toEqual(['UNKNOWN']);
    expect(one(['Inguinal hernia repair, open or laparoscopic'], 'PIRS BILAT')).toEqual(['Inguinal hernia repair, open or laparoscopic']);
    expect(asDept('Podiatry', ['Partial phalangectomy / hemiphalangectomy, toe'], 'HAMMERTOE R 2ND, HEMIPHALANGECTOMY R 5TH')).toEqual(['UNKNOWN', 'Partial phalangectomy / hemiphalangectomy, toe']);
    expect(one(['Open reduction internal fixation of lower extremity fractures, excluding the foot'], 'LISFRANC ORIF')).toEqual(['UNKNOWN']);
    expect(one(['Syndesmosis repair'], 'ORIF R ANKLE W SYNDESMOSIS')).toContain('UNKNOWN');
    expect(one(['Syndesmosis repair'], 'ORIF R ANKLE W/SYNDESMOSIS')).toContain('UNKNOWN');
    expect(one(['Emergency care: tube thoracostomy, cricothyrotomy'], 'CHEST TUBE R')).toEqual(['Emergency care: tube thoracostomy, cricothyrotomy']);
    expect(asDept('Critical Care Medicine', ['Arterial line maintenance'], 'A-LINE L RADIAL')).toEqual(['UNKNOWN']);
    const tah = 'Total abdominal hysterectomy, including bilateral salpingo-oophorectomy when indicated';
    expect(one([tah], 'TAH BSO')).toEqual([tah]);
    expect(one([tah], 'LAP BSO')).toEqual(['UNKNOWN']);
    expect(one(['Endovascular treatment of visceral artery aneurysms (coil embolization, stent-graft)'], 'AAA EVAR')).toEqual(['UNKNOWN']);
    expect(one(['Craniotomy for brain tumor, frontal and parietal'], 'CRANIOTOMY FOR CEREBELLAR TUMOR')).toEqual(['UNKNOWN']);
    expect(asDept('Podiatry', ['Plantar fasciotomy or partial plantar fasciectomy, open or endoscopic (EPF), with or without excision of plantar calcaneal spur'], 'Tenex plantar fascia R')).toEqual(['UNKNOWN']);
  });

  it('reads a RIS exam name\'s modality prefix (FL, NIR) and shorthand (chemoport, SL, pinch off) as no operation, a dental "in conjunction with or not" as either, and a CSF leak myelogram as its own', () => {
    const mma = 'Middle meningeal artery embolization for chronic subdural hematoma';
    expect(one([mma], 'NIR MMA EMBOLIZATION BILAT (CSDH)')).toEqual([mma]);
    const port = 'Implantable venous access port placement, chest or arm, age 5 years and older';
    expect(one([port], 'IR PORT PLACEMENT CHEST RT SL POWERPORT W/ MOD SED')).toEqual([port]);
    expect(one(['Port placement', 'Removal of adjustable gastric band'], 'LAP BAND REMOVAL (BAND + PORT)')).toEqual(['Removal of adjustable gastric band']);
    const alv = 'Alveoloplasty, in conjunction with or not in conjunction with extractions';
    expect(one([alv], 'Alveoloplasty 4 quads')).toEqual([alv]);
    expect(one([alv], 'ALVEOLOPLASTY UR QUAD')).toEqual([alv]);
    expect(one(['Quadriceps tendon repair'], 'QUAD TENDON REPAIR')).toEqual(['Quadriceps tendon repair']);
    const myelo = 'Lumbar puncture, myelography, and cisternography under fluoroscopic guidance';
    expect(one([myelo], 'FL MYELOGRAM CERVICAL/THORACIC + CT')).toEqual([myelo]);
    expect(one([myelo], 'FL DIGITAL SUBTRACTION MYELOGRAM (CSF LEAK) LT DECUB')).toEqual(['UNKNOWN']);
  });
});

describe('lines and bookings of UK, Australian, ambulatory, children\'s, heart-institute and rural schedules (held-out sets 37 to 42)', () => {
  it('asks a possible open conversion of the scope\'s operation, not of the add-on the same words book beside it', () => {
    expect(one(['Laparoscopic cholecystectomy', 'Intraoperative cholangiography'], 'LAP CHOLE W/ IOC POSS OPEN')).toContain('UNKNOWN');
    expect(one(['Laparoscopic cholecystectomy', 'Open cholecystectomy', 'Intraoperative cholangiography'], 'LAP CHOLE W/ IOC POSS OPEN')).not.toContain('UNKNOWN');
    expect(one(['Laparoscopic cholecystectomy', 'Intraoperative cholangiography'], 'LAP CHOLE W/ IOC')).not.toContain('UNKNOWN');
  });

  it('reads a thoracotomy or laparotomy booked beside an operation done through a scope as that operation done open, not the open way in its line includes', () => {
    const vats = 'Thoracoscopic wedge resection of lung';
    expect(one([vats], 'VATS WEDGE RESECTION, POSS THORACOTOMY')).toEqual([vats, 'UNKNOWN']);
    expect(one([vats], 'VATS WEDGE RESECTION POSS THORACOTOMY')).toContain('UNKNOWN');
    expect(one([vats, 'Open wedge resection of lung'], 'VATS WEDGE RESECTION, POSS THORACOTOMY')).toEqual([vats, 'Open wedge resection of lung']);
    expect(one(['Thoracoscopic lobectomy'], 'R VATS, POSS THORACOTOMY, LOBECTOMY')).toContain('UNKNOWN');
  });

  it('reads the UK\'s OTC beside a cholecystectomy as the on-table cholangiogram (it had been a plain word, dropped), and "+/-" as "POSS"', () => {
    expect(one(['Laparoscopic cholecystectomy', 'Intraoperative cholangiogram'], 'Lap chole +/- OTC')).toEqual(['Laparoscopic cholecystectomy', 'Intraoperative cholangiogram']);
    expect(one(['Laparoscopic cholecystectomy'], 'Lap chole +/- OTC')).toEqual(['Laparoscopic cholecystectomy']);
    expect(one(['Laparoscopic cholecystectomy', 'Intraoperative cholangiogram'], 'Lap chole + on-table cholangiogram')).toEqual(['Laparoscopic cholecystectomy', 'Intraoperative cholangiogram']);
    expect(one(['Laparoscopic cholecystectomy'], 'LAP CHOLE +/- OPEN')).toContain('UNKNOWN');
    expect(one(['Laparoscopic cholecystectomy'], 'LAP CHOLE, POSS ADMIT')).toEqual(['Laparoscopic cholecystectomy']);
  });

  it('keeps a fourth-degree tear from a third-degree line, a needle cricothyrotomy from a surgical one, a needle aponeurotomy from a fasciectomy, and a mechanical thrombectomy from an open embolectomy', () => {
    expect(one(['Repair of third degree perineal laceration'], '4th degree laceration repair')).toEqual(['UNKNOWN']);
    expect(one(['Repair of third degree perineal laceration'], '3rd degree tear repair')).toEqual(['Repair of third degree perineal laceration']);
    expect(one(['Repair of third- and fourth-degree perineal lacerations'], '4th degree laceration repair')).toEqual(['Repair of third- and fourth-degree perineal lacerations']);
    expect(one(['Surgical cricothyrotomy'], 'Needle cric 3 yo')).toEqual(['UNKNOWN']);
    expect(one(["Palmar fasciectomy for Dupuytren's disease"], 'Needle fasciotomy (L) little finger')).toEqual(['UNKNOWN']);
    expect(one(['Open arterial embolectomy and thrombectomy'], 'L LE PENUMBRA MECHANICAL THROMBECTOMY (ALI)')).not.toContain('Open arterial embolectomy and thrombectomy');
    const cdt = 'Catheter-directed thrombolysis and mechanical thrombectomy, arterial and venous';
    expect(one([cdt], 'L LE PENUMBRA MECHANICAL THROMBECTOMY (ALI)')).toEqual([cdt]);
    expect(one(['Open arterial embolectomy and thrombectomy'], 'R FEMORAL EMBOLECTOMY (ALI)')).toEqual(['Open arterial embolectomy and thrombectomy']);
  });

  it('asks for both osteotomies of a chevron-Akin bunionectomy, booked together or by its percutaneous shorthand', () => {
    const chevron = 'Hallux valgus correction (bunionectomy) with distal first metatarsal osteotomy, Austin/chevron type (28296)';
    const akin = 'Hallux valgus correction with proximal phalanx osteotomy (Akin) (28298)';
    expect(one([chevron], 'BUNIONECTOMY CHEVRON W/ AKIN RT')).toEqual([chevron, 'UNKNOWN']);
    expect(one([chevron], 'PECA L')).toContain('UNKNOWN');
    expect(one([chevron, akin], 'PECA L')).toEqual([chevron, akin]);
    expect(one([chevron, akin], 'MICA bunion R')).toEqual([chevron, akin]);
  });

  it('lets a booking\'s code stand for a line only as the line is limited: a diagnostic ureteroscopy\'s code is no stone line\'s, and a biopsy\'s code is the biopsy\'s', () => {
    const urs = 'Ureteroscopy with removal of calculus or laser lithotripsy, with or without ureteral stent (52352, 52353, 52356)';
    expect(one([urs], 'URS RT W/ BX RENAL PELVIS TUMOR', '52354')).toEqual(['UNKNOWN']);
    expect(one([urs], 'DIAGNOSTIC URETEROSCOPY R', '52351')).toEqual(['UNKNOWN']);
    expect(one(['Ureteroscopy with biopsy of renal pelvis or ureter'], 'URS R', '52354')).toEqual(['Ureteroscopy with biopsy of renal pelvis or ureter']);
  });

  it('keeps excision of endometriosis from an ablation-only line, and reads PR beside a vaginal hysterectomy as the posterior repair (it had vanished)', () => {
    expect(one(['Laparoscopic ablation of endometriosis'], 'Lap excision of endometriosis')).toEqual(['UNKNOWN']);
    expect(one(['Laparoscopic ablation of endometriosis'], 'LAP FULGURATION ENDOMETRIOSIS')).toEqual(['Laparoscopic ablation of endometriosis']);
    expect(one(['Laparoscopic treatment of endometriosis'], 'Lap excision of endometriosis')).toEqual(['Laparoscopic treatment of endometriosis']);
    expect(one(['Laparoscopic excision and ablation of endometriosis'], 'LAP ENDOMETRIOSIS SURGERY')).toEqual(['Laparoscopic excision and ablation of endometriosis']);
    const og = ['Vaginal hysterectomy', 'Anterior and/or posterior colporrhaphy'];
    expect(asDept('Obstetrics and Gynaecology', [og[0]], 'VH + PR')).toEqual([og[0], 'UNKNOWN']);
    expect(asDept('Obstetrics and Gynaecology', og, 'VH + PR')).toEqual(og);
  });

  it('reads a span of codes in a line\'s name as every code in it, and still reads "Repair of lacerations" beside the perineal tears\' kinds', () => {
    const dl = 'Direct laryngoscopy, operative, with biopsy or excision of lesion, with or without operating microscope (31535-31541)';
    expect(one([dl], 'DL W/ BX VOCAL CORD W/ MICROSCOPE', '31536')).toEqual([dl]);
    expect(one([dl], 'DL W/ BX VOCAL CORD', '31599')).not.toEqual([dl]);
    const lac = 'Core: Repair of lacerations, excluding lacerations involving tendon, nerve or eyelid margin';
    expect(one([lac], 'Repair lac L) forearm (3 cm)')).toEqual([lac]);
    expect(one(['Core: Laparoscopic excision of endometriosis, excluding bowel and ureteric disease'], 'Lap excision endometriosis (uterosacrals/POD)')).toEqual(['Core: Laparoscopic excision of endometriosis, excluding bowel and ureteric disease']);
  });

  it('reads a cardiac anesthesia board\'s "Anesthesia for …" lines: the transcatheter line is no open valve surgery\'s, the one-lung line no mediastinoscopy\'s, a listed vascular line any route\'s, and the GA or MAC booked is how the anesthesia is given', () => {
    const lines = ['Anesthesia for cardiac valve surgery, patients 18 years and older', 'Anesthesia for transcatheter structural heart procedures (TAVR, TEER, LAAO)',
      'Anesthesia for thoracic surgery requiring one-lung ventilation', 'Anesthesia for abdominal aortic, endovascular aortic, and peripheral vascular surgery', 'Thoracic epidural and paravertebral analgesia'];
    const m = new ProcedureMatcher([{ id: 'A', name: 'A', department: 'Cardiac Anesthesiology', kind: 'core' as const, procedures: lines.map((name) => ({ name })) }], { vocabulary: builtinVocabulary() });
    const anes = (booking: string) => { const r = m.match(booking); return (r.anesthesia ?? r.parts).map((p) => (p.status === 'matched' ? p.groups.map((g) => g[0].procedure).join(' or ') : 'UNKNOWN')); };
    expect(anes('MV REPAIR - PEDS 11 YO')).toEqual(['UNKNOWN']);
    expect(anes('MV REPAIR')).toEqual([lines[0]]);
    expect(anes('TAVR TF (MAC)')).toEqual([lines[1]]);
    expect(anes('WATCHMAN FLX (GA)')).toEqual([lines[1]]);
    expect(anes('CERVICAL MEDIASTINOSCOPY')).toContain('UNKNOWN');
    expect(anes('R VATS LOBECTOMY (DLT)')).toEqual([lines[2]]);
    expect(anes('OPEN AAA REPAIR + THORACIC EPIDURAL').sort()).toEqual([lines[3], lines[4]].sort());
  });

  it('keeps a perimembranous VSD from a muscular VSD line, a fetal myelomeningocele repair from a postnatal one, and a cardiac FDG PET from a perfusion PET line', () => {
    const mvsd = 'Transcatheter closure of muscular ventricular septal defect';
    expect(one([mvsd], 'Perimembranous VSD device closure (6 yo)')).toEqual(['UNKNOWN']);
    expect(one([mvsd], 'Muscular VSD device closure')).toEqual([mvsd]);
    expect(one(['Transcatheter VSD closure'], 'Perimembranous VSD device closure (6 yo)')).toEqual(['Transcatheter VSD closure']);
    expect(one(['Postnatal repair of myelomeningocele'], 'Fetal MMC repair (25 wk GA)')).toEqual(['UNKNOWN']);
    expect(one(['Postnatal repair of myelomeningocele'], 'MMC closure (day 1)')).toEqual(['Postnatal repair of myelomeningocele']);
    expect(one(['PET myocardial perfusion imaging, including myocardial blood flow quantification'], 'FDG PET - CARDIAC SARCOID')).toEqual(['UNKNOWN']);
  });

  it('reads OPCS-style lines: "Excision of gall bladder" is a cholecystectomy, a bladder litholapaxy or Botox line meets a booking that names no bladder', () => {
    const lap = 'Laparoscopic excision of gall bladder with or without operative cholangiogram';
    expect(one([lap, 'Open excision of gall bladder'], 'Lap chole + OTC')).toEqual([lap]);
    expect(one([lap, 'Open excision of gall bladder'], 'Lap chole, poss convert to open')).toEqual([lap, 'Open excision of gall bladder']);
    expect(one(['Endoscopic litholapaxy of bladder calculus'], 'cystolitholapaxy')).toEqual(['Endoscopic litholapaxy of bladder calculus']);
    expect(one(['Injection of botulinum toxin into bladder wall'], 'Intravesical Botox')).toEqual(['Injection of botulinum toxin into bladder wall']);
  });

  it('reads a UK theatre list\'s shorthand against scope-of-practice wording: a retrograde, a PNS, terminalisation, an ACJ excision, a full-thickness corneal graft, a suspected torsion and a therapeutic substance', () => {
    const stent = 'Cystoscopy and retrograde insertion or exchange of ureteric stent';
    expect(one([stent], 'Cysto + (R) retrograde + JJ stent')).toEqual([stent]);
    const pns = 'Examination of nose and postnasal space under anaesthetic with or without biopsy';
    expect(one([pns], 'EUA PNS + biopsy')).toEqual([pns]);
    expect(one(['Peripheral nerve stimulator trial'], 'PNS TRIAL L SCIATIC')).toEqual(['Peripheral nerve stimulator trial']);
    expect(one(['Terminalisation or revision amputation of digit'], 'Terminalisation (R) index fingertip')).toEqual(['Terminalisation or revision amputation of digit']);
    const asad = 'Arthroscopic subacromial decompression with or without excision of lateral end of clavicle';
    expect(one([asad], '(R) ASAD + ACJ excision')).toEqual([asad]);
    expect(one(['Penetrating keratoplasty'], 'Full thickness corneal graft RE')).toEqual(['Penetrating keratoplasty']);
    const torsion = 'Exploration of scrotum for suspected torsion with or without fixation of testes';
    expect(one([torsion], 'Scrotal exploration ?torsion + bilat fixation')).toEqual([torsion]);
    expect(one(['Intravitreal injection of therapeutic substance'], 'Intravitreal Eylea LE')).toEqual(['Intravitreal injection of therapeutic substance']);
    expect(one(['Laparoscopic sterilisation by clip occlusion of fallopian tubes'], 'Lap sterilisation - Filshie clips')).toEqual(['Laparoscopic sterilisation by clip occlusion of fallopian tubes']);
  });

  it('reads an Australian scope of clinical practice: "Extended:" names the list, "… only:" no limit, a tubal ligation "including at caesarean section" no caesarean, and LUSCS, OT and percut as theatre lists write them', () => {
    expect(one(['Extended: Anterior cruciate ligament reconstruction'], 'ACL recon (hamstring graft) R')).toEqual(['Extended: Anterior cruciate ligament reconstruction']);
    const herniotomy = 'Paediatric surgery — children over 5 years only: inguinal herniotomy and umbilical hernia repair';
    expect(one([herniotomy], 'L) inguinal herniotomy - 8yo')).toEqual([herniotomy]);
    expect(one([herniotomy], 'L) inguinal herniotomy - 3yo')).toEqual(['UNKNOWN']);
    const tubal = 'Core: Tubal ligation, including at caesarean section';
    expect(one([tubal], 'LUSCS')).toEqual(['UNKNOWN']);
    expect(one([tubal, 'Core: Elective and emergency caesarean section'], 'LUSCS + BTL')).toEqual(['Core: Elective and emergency caesarean section', tubal]);
    expect(one(['Core: Instrumental vaginal delivery (vacuum and non-rotational forceps)', 'Core: Elective and emergency caesarean section'], 'Trial of ventouse in OT POSS LSCS')).not.toContain('UNKNOWN');
    expect(one(['Core: Percutaneous liver biopsy'], 'Liver biopsy (percut, US guided)')).toEqual(['Core: Percutaneous liver biopsy']);
  });

  it('reads a children\'s hospital\'s forms and list: a pull-through "for Hirschsprung disease", an endoscopic injection "for vesicoureteral reflux", "thoracoscopic or open", a balloon atrial septostomy, a Roux-en-Y limb beside an HJ, and diagnoses in parentheses', () => {
    expect(one(['Pull-through procedure for Hirschsprung disease'], 'Transanal Soave pull-through (4 mo)')).toEqual(['Pull-through procedure for Hirschsprung disease']);
    expect(one(['Endoscopic injection for vesicoureteral reflux'], 'Deflux injection bilat, gr III VUR (4 yo)')).toEqual(['Endoscopic injection for vesicoureteral reflux']);
    expect(one(['Decortication for empyema, thoracoscopic or open'], 'VATS decortication, L empyema (4 yo)')).toEqual(['Decortication for empyema, thoracoscopic or open']);
    expect(one(['Thoracoscopic wedge resection of lung'], 'OPEN WEDGE RESECTION OF LUNG')).toEqual(['UNKNOWN']);
    expect(one(['Balloon atrial septostomy'], 'BAS - TGA, NICU DOL 1')).toEqual(['Balloon atrial septostomy']);
    expect(one(['Endoscopic third ventriculostomy'], 'BALLOON ATRIAL SEPTOSTOMY')).toEqual(['UNKNOWN']);
    expect(one(['Excision of choledochal cyst with hepaticojejunostomy'], 'Choledochal cyst excision, Roux-en-Y HJ (4 yo)')).toEqual(['Excision of choledochal cyst with hepaticojejunostomy']);
    expect(one(['Percutaneous liver biopsy'], 'Perc liver bx (8 yo, AIH)')).toEqual(['Percutaneous liver biopsy']);
  });

  it('reads a heart institute\'s forms and boards: "on- and off-pump" is both, DC a dual-chamber device, a kind "including" another names no limit, TEE beside heart surgery the intraoperative one, CIRC ARREST no circumcision', () => {
    const cabg = 'Coronary artery bypass grafting, on- and off-pump';
    expect(one([cabg], 'CABG X3 LIMA-LAD, SVG-OM, SVG-PDA')).toEqual([cabg]);
    expect(one([cabg], 'OPCAB X2')).toEqual([cabg]);
    expect(one(['Implantation of single and dual chamber pacemakers'], 'DC PPM (AZURE)')).toEqual(['Implantation of single and dual chamber pacemakers']);
    const avf = 'Creation of autogenous arteriovenous fistula, including transposition';
    expect(one([avf], 'L RC AVF')).toEqual([avf]);
    expect(one(['Creation of autogenous arteriovenous fistula, including transposition', 'Brachiocephalic fistula creation'], 'L BRACHIOBASLIC AVF TRANSPOSITION')).toEqual([avf]);
    expect(one(['Radiocephalic arteriovenous fistula creation'], 'L BRACHIOBASILIC AVF TRANSPOSITION')).toEqual(['UNKNOWN']);
    const tee = 'Intraoperative transesophageal echocardiography, comprehensive';
    expect(one([tee], 'MINI MVR R THORACOTOMY, TEE')).toEqual(['UNKNOWN', tee]);
    expect(one([tee], 'TEE')).toEqual(['UNKNOWN']);
    expect(one(['Circumcision'], 'ASC AORTA REPL W/ HEMIARCH, CIRC ARREST')).not.toContain('Circumcision');
    expect(one(['Percutaneous balloon mitral valvuloplasty'], 'PMBV (INOUE) RHEUMATIC MS')).toEqual(['Percutaneous balloon mitral valvuloplasty']);
    expect(one(['Coronary CT angiography'], 'CCTA')).toEqual(['Coronary CT angiography']);
  });

  it('keeps what the review of this version found: an anesthesia line\'s own route, the GA of another operation, a loosely written code span, an adult line\'s "up to" for children, a utility thoracotomy, and PR or AR beside a rectal prolapse or a valve', () => {
    const m = new ProcedureMatcher([{ id: 'A', name: 'A', department: 'Anesthesiology', kind: 'core' as const, procedures: [{ name: 'Anesthesia for laparoscopic appendectomy' }, { name: 'Anesthesia for cardiac surgery' }] }], { vocabulary: builtinVocabulary() });
    const anes = (booking: string) => { const r = m.match(booking); return (r.anesthesia ?? r.parts).map((p) => (p.status === 'matched' ? p.groups.map((g) => g[0].procedure).join(' or ') : 'UNKNOWN')); };
    expect(anes('Open appendicectomy')).toContain('UNKNOWN');
    expect(anes('Lap appendectomy')).toEqual(['Anesthesia for laparoscopic appendectomy']);
    expect(anes('CABG (GA) + L inguinal hernia repair')).toContain('UNKNOWN');
    expect(anes('CABG X3 (GA)')).toEqual(['Anesthesia for cardiac surgery']);
    expect(one(['Shoulder arthroscopy, diagnostic and debridement (29805-29823)'], 'Arthroscopic SLAP repair', '29807')).toEqual(['UNKNOWN']);
    expect(one(['Tonsillectomy (adults, and children up to the age of 12 years)'], 'Tonsillectomy 30 yo')).toEqual(['Tonsillectomy (adults, and children up to the age of 12 years)']);
    expect(one(['Thoracoscopic lobectomy'], 'VATS RUL LOBECTOMY VIA UTILITY THORACOTOMY')).toEqual(['Thoracoscopic lobectomy']);
    expect(one(['Posterior colporrhaphy', "Delorme's procedure for rectal prolapse"], "Delorme's procedure for rectal prolapse, PR bleeding")).not.toContain('Posterior colporrhaphy');
    expect(one(['Anterior colporrhaphy', 'Mitral valve repair'], 'MV repair for prolapse, moderate AR')).not.toContain('Anterior colporrhaphy');
    expect(one(['Laparoscopic cholecystectomy', 'Open common bile duct exploration'], 'LAP CHOLE POSS OPEN CBD EXPLORATION')[0]).toBe('Laparoscopic cholecystectomy');
  });

  it('reads a small hospital\'s category headings ("Minor procedures:", "Endoscopy -") as no limit of the operations they list', () => {
    const minor = 'Minor procedures: I&D of skin abscess, laceration repair, skin biopsy, nail removal';
    expect(one([minor], 'I&D abscess R thigh')).toEqual([minor]);
    expect(one([minor], 'Ingrown toenail removal L great toe')).toEqual([minor]);
    const endo = 'Endoscopy - EGD and colonoscopy, with or without biopsy, polypectomy or dilation';
    expect(one([endo], 'Colonoscopy screening w polyp removal')).toEqual([endo]);
    expect(one([endo], 'EGD w/ dilation')).toEqual([endo]);
    expect(one([endo], 'ERCP w/ sphincterotomy')).not.toContain(endo);
  });

  it('asks for both of two kinds of one operation booked either side of "and", or each in full either side of "with": an inguinal repair no longer vanishes beside an umbilical one', () => {
    expect(one(['Umbilical hernia repair'], 'Inguinal and umbilical hernia repair')).toContain('UNKNOWN');
    expect(one(['Umbilical hernia repair'], 'Bilateral inguinal hernia repair with umbilical hernia repair')).toContain('UNKNOWN');
    expect(one(['Umbilical hernia repair', 'Inguinal hernia repair'], 'Inguinal and umbilical hernia repair')).not.toContain('UNKNOWN');
    expect(one(['Open reduction internal fixation'], 'ORIF LT JONES FX (5TH MT BASE) W/ IM SCREW')).toEqual(['Open reduction internal fixation']);
  });

  it('reads a structural-heart line by the operations its abbreviations name: a sternotomy valve replacement is not covered, a transfemoral TAVR, a MitraClip and a Watchman are', () => {
    const sh = 'Transcatheter structural heart procedures (TAVR, TEER, LAAO)';
    expect(one([sh], 'REDO STERNOTOMY AVR')).not.toContain(sh);
    expect(one([sh], 'open mitral valve repair')).toEqual(['UNKNOWN']);
    expect(one([sh], 'TAVR TF 26MM SAPIEN')).toEqual([sh]);
    expect(one([sh], 'MITRACLIP')).toEqual([sh]);
    expect(one([sh], 'WATCHMAN FLX')).toEqual([sh]);
    expect(one(['Arm fracture, ORIF'], 'ORIF L humerus shaft fx')).toEqual(['Arm fracture, ORIF']);
  });

  it('keeps a facial-fracture line to its own bones: a ZMC line covers a zygoma ORIF, not an ankle, NOE or frontal sinus one; an NOE line covers ORIF NOE', () => {
    const zmc = 'Open reduction and internal fixation of zygomaticomaxillary complex and zygomatic arch fractures';
    expect(one([zmc], 'ORIF R ankle')).toEqual(['UNKNOWN']);
    expect(one([zmc], 'ORIF NOE fx')).toEqual(['UNKNOWN']);
    expect(one([zmc], 'Frontal sinus fx, ant table ORIF')).toEqual(['UNKNOWN']);
    expect(one([zmc], 'ORIF L ZMC fx')).toEqual([zmc]);
    expect(one([zmc], 'ORIF R zygoma')).toEqual([zmc]);
    const noe = 'Open reduction and internal fixation of naso-orbito-ethmoid fractures';
    expect(one([noe], 'ORIF NOE fx')).toEqual([noe]);
    expect(one([noe], 'ORIF mandible')).toEqual(['UNKNOWN']);
  });

  it('tells an orthopaedic hospital\'s neighbouring operations apart: a Girdlestone from a spacer, an SCR from a cuff repair, a deltoid repair from a Brostrom, an infected arthroplasty\'s washout from a native joint\'s', () => {
    const spacer = 'Resection of infected hip or knee arthroplasty with placement of antibiotic spacer';
    const girdlestone = 'Resection arthroplasty of hip (Girdlestone)';
    expect(one([spacer], 'R GIRDLESTONE (CHRONIC PJI)')).toEqual(['UNKNOWN']);
    expect(one([girdlestone], 'R GIRDLESTONE (CHRONIC PJI)')).toEqual([girdlestone]);
    expect(one([girdlestone], 'L THA')).toEqual(['UNKNOWN']);
    expect(one([spacer], 'Explant R TKA, abx spacer')).toEqual([spacer]);
    expect(one(['Arthroscopic rotator cuff repair'], 'R SCR W/ DERMAL ALLOGRAFT')).toEqual(['UNKNOWN']);
    expect(one(['Superior capsular reconstruction, shoulder'], 'R SCR W/ DERMAL ALLOGRAFT')).toEqual(['Superior capsular reconstruction, shoulder']);
    const lateral = 'Lateral ankle ligament reconstruction, with or without suture tape augmentation';
    expect(one([lateral, 'Ankle arthroscopy'], 'R ANKLE SCOPE, BROSTROM, POSS DELTOID REPAIR')).toContain('UNKNOWN');
    expect(one(['Ankle ligament reconstruction'], 'Brostrom L')).toEqual(['Ankle ligament reconstruction']);
    expect(one(['Irrigation and debridement of infected shoulder arthroplasty'], 'I&D R TKA PJI')).toEqual(['UNKNOWN']);
    expect(one(['Arthrotomy of hip or knee, including drainage of septic joint'], 'I&D R TKA - ACUTE PJI')).not.toContain('UNKNOWN');
    expect(one(['Revision total knee arthroplasty'], 'I&D R TKA - ACUTE PJI')).toEqual(['UNKNOWN']);
  });

  it('asks an atherectomy of a line that names it: an angioplasty line does not cover a Jetstream atherectomy, a lower-extremity atherectomy line covers its rotational and orbital kinds', () => {
    const pta = 'Angioplasty of iliac and lower extremity arteries, with or without stent placement';
    const ath = 'Atherectomy of lower extremity arteries (non-core)';
    expect(one([pta], 'R SFA atherectomy')).toEqual(['UNKNOWN']);
    expect(one([pta], 'R SFA PTA/stent')).toEqual([pta]);
    expect(one([ath], 'L pop jetstream atherectomy')).toEqual([ath]);
    expect(one([ath], 'L SFA orbital atherectomy')).toEqual([ath]);
    expect(one([ath], 'R SFA PTA')).toEqual(['UNKNOWN']);
    expect(one(['Peripheral endovascular interventions (angioplasty, stenting, atherectomy)'], 'R SFA atherectomy')).toEqual(['Peripheral endovascular interventions (angioplasty, stenting, atherectomy)']);
    expect(one(['Repair of pelvic organ prolapse'], 'POP repair')).toEqual(['Repair of pelvic organ prolapse']);
    expect(one([pta], 'R SFA ATHERECTOMY W/ PTA')).toContain('UNKNOWN');
    expect(one([ath], 'R SFA PTA W/ ATHERECTOMY')).toEqual([ath]);
    expect(one([pta, ath], 'R SFA PTA W/ ATHERECTOMY')).not.toContain('UNKNOWN');
  });

  it('reads a biopsy line\'s guidance as a limit ("CT or ultrasound" is no stereotactic breast biopsy), and a first-assist line as no privilege to perform', () => {
    const ir = 'Image-guided percutaneous biopsy (CT or ultrasound)';
    expect(one([ir], 'Stereotactic bx L breast, calcs')).toEqual(['UNKNOWN']);
    expect(one([ir], 'CT guided lung bx RUL')).toEqual([ir]);
    expect(one([ir], 'US guided liver bx')).toEqual([ir]);
    expect(one(['First assist only: CABG'], 'CABG X3')).not.toContain('First assist only: CABG');
    expect(one(['Assistant surgeon for cesarean section'], 'Repeat C-section')).not.toContain('Assistant surgeon for cesarean section');
    expect(one(['Robotic-assisted laparoscopic prostatectomy'], 'ROBOTIC PROSTATECTOMY')).toEqual(['Robotic-assisted laparoscopic prostatectomy']);
  });

  it('reads a trauma board: what the case is for counts for an operation that says nothing of its own, and its shorthand (stab wound, damage control lap, finger digits) is read; ambiguous shorthand is not', () => {
    const exlap = 'Exploratory laparotomy for trauma, including damage control and temporary abdominal closure';
    const hollow = 'Repair of gastric, duodenal, small bowel, or colon injury';
    expect(one([exlap, hollow], 'Ex lap, repair gastric injury (stab wound epigastric)')).toEqual([exlap, hollow]);
    expect(one([exlap, 'Repair of diaphragm injury, open or laparoscopic'], 'Ex lap, repair diaphragm (L stab wound)')).toEqual([exlap, 'Repair of diaphragm injury, open or laparoscopic']);
    expect(one([exlap], 'Damage control lap - MVC, FAST +, hypotensive')).toEqual([exlap]);
    expect(one([exlap, 'Splenectomy'], 'Ex lap, splenectomy (ruptured spleen, ITP)')).toContain('UNKNOWN');
    expect(one([exlap, 'Chest tube placement'], 'R CHEST TUBE (STAB WOUND CHEST), EX LAP FOR SBO')).toContain('UNKNOWN');
    expect(one(['Exploratory laparotomy for trauma'], 'EX LAP FOR ABD SW ABSCESS')).not.toContain('Exploratory laparotomy for trauma');
    expect(one(['Abdominal wall reconstruction'], 'AW RECON (SUBGLOTTIC STENOSIS)')).not.toContain('Abdominal wall reconstruction');
    expect(one(['Cleft palate repair'], 'VOCAL FOLD INJ, CLEFT PALATE REPAIR')).toContain('UNKNOWN');
    expect(one(['Tendon repair, finger'], 'LF ACHILLES TENDON REPAIR')).not.toContain('Tendon repair, finger');
    expect(one(['Stab phlebectomy'], 'R leg stab phlebectomy')).toEqual(['Stab phlebectomy']);
    const pinning = 'Closed reduction and percutaneous pinning of hand fractures and dislocations';
    expect(one([pinning], 'CRPP L SF P1 fx')).toContain(pinning);
    expect(one(['Lumbar medial branch radiofrequency ablation'], 'RF ablation L MBB L3-5')).toContain('Lumbar medial branch radiofrequency ablation');
    expect(one(['Core: Repair of eyelid lacerations, excluding lacrimal canalicular injury'], 'Repair L) upper lid laceration')).toEqual(['Core: Repair of eyelid lacerations, excluding lacrimal canalicular injury']);
  });

  it('reads a cancer center\'s lines as their surgeons do: "open or robotic" takes a robotic booking (not a plain laparoscopic one), an "(e.g., …)" list gives examples, "Total vaginal hysterectomy" takes a TVH, and RA says the robot', () => {
    const whipple = 'Pancreaticoduodenectomy (Whipple procedure), open or robotic';
    expect(one([whipple], 'ROBOTIC WHIPPLE')).toEqual([whipple]);
    expect(one([whipple], 'OPEN WHIPPLE')).toEqual([whipple]);
    expect(one([whipple], 'LAP WHIPPLE')).toEqual(['UNKNOWN']);
    expect(one(['Partial nephrectomy, open or robotic'], 'XI L RAPN')).toEqual(['Partial nephrectomy, open or robotic']);
    expect(one(['Pancreaticoduodenectomy, open (robotic requires separate privileges)'], 'ROBOTIC WHIPPLE')).toEqual(['UNKNOWN']);
    expect(one(['Pancreaticoduodenectomy, open, not robotic'], 'ROBOTIC WHIPPLE')).toEqual(['UNKNOWN']);
    expect(one(['Breast reconstruction with pedicled flap (e.g., latissimus, TRAM)'], 'DIEP FLAP')).toEqual(['UNKNOWN']);
    expect(one(['Vitrectomy with membrane peeling (e.g., ERM, macular hole)'], 'PPV FOR RD')).toEqual(['UNKNOWN']);
    expect(one(['Cystoscopy with stent placement (e.g., ureteral stent)'], 'CYSTO W/ STENT')).toEqual(['Cystoscopy with stent placement (e.g., ureteral stent)']);
    const free = 'Free tissue transfer with microvascular anastomosis (e.g., DIEP, SIEA, PAP, ALT, radial forearm, fibula)';
    expect(one([free], 'DIEP FLAP BILAT')).toEqual([free]);
    expect(one([free], 'FREE FIBULA FLAP MANDIBLE')).toEqual([free]);
    expect(one(['Total vaginal hysterectomy'], 'TVH')).toEqual(['Total vaginal hysterectomy']);
    expect(one(['Total knee arthroplasty'], 'R UKA')).toEqual(['UNKNOWN']);
    const ra = new ProcedureMatcher([{ id: 'X', name: 'X', department: 'Gynecologic Oncology', kind: 'core' as const, procedures: [{ name: 'Salpingectomy, unilateral or bilateral' }] }], { vocabulary: builtinVocabulary() }).match('RA BILATERAL SALPINGECTOMY');
    expect(ra.approaches).toContain('robotic');
    expect(one(['Total knee arthroplasty'], 'R TKA for RA')).toEqual(['Total knee arthroplasty']);
  });

  it('keeps a breast surgeon\'s "Sentinel lymph node biopsy" to the breast\'s: a neck or groin SLNB is not covered', () => {
    expect(asDept('Breast Surgery', ['Sentinel lymph node biopsy'], 'SLNB NECK (ORAL CAVITY SCC)')).toEqual(['UNKNOWN']);
    expect(asDept('Breast Surgery', ['Sentinel lymph node biopsy'], 'L BREAST LUMPECTOMY, SLNB')).toContain('Sentinel lymph node biopsy');
    expect(asDept('Thoracic Surgery', ['Open lobectomy'], 'Open RUL lobectomy')).toEqual(['Open lobectomy']);
  });

  it('reads an orthopaedic hospital\'s robotic arthroplasty line as the robot for its joint replacements, and its "Adult Reconstruction" department as orthopaedic', () => {
    const mako = 'Robotic-assisted arthroplasty (Mako)';
    expect(one(['Primary total knee arthroplasty', mako], 'L TKA MAKO')).toEqual([mako]);
    expect(one(['Primary total knee arthroplasty', mako], 'L TKA')).toEqual(['Primary total knee arthroplasty']);
    expect(one([mako], 'L TKA')).toEqual(['UNKNOWN']);
    expect([...specialtiesOfDepartments(builtinVocabulary(), ['Adult Reconstruction'])]).toContain('orthopaedic-surgery');
    expect([...specialtiesOfDepartments(builtinVocabulary(), ['Nephrology'])]).toContain('interventional-radiology');
  });

  it('knows the tests a procedure suite reads: an ETT is no stress echo, and a Holter, sleep study, PFT, CPET, vein mapping and plasma exchange meet their lines', () => {
    expect(one(['Exercise treadmill stress test'], 'ETT (Bruce protocol)')).toEqual(['Exercise treadmill stress test']);
    expect(one(['Exercise treadmill stress test'], 'DSE')).toEqual(['UNKNOWN']);
    expect(one(['Cardiac stress testing'], 'DSE')).toEqual(['Cardiac stress testing']);
    expect(one(['Ambulatory ECG monitor interpretation (Holter and event monitor)'], 'Holter 48hr read')).toEqual(['Ambulatory ECG monitor interpretation (Holter and event monitor)']);
    expect(one(['Polysomnography interpretation'], 'Sleep study (PSG) - read')).toEqual(['Polysomnography interpretation']);
    expect(one(['Cardiopulmonary exercise test interpretation'], 'CPET')).toEqual(['Cardiopulmonary exercise test interpretation']);
    expect(one(['Vein mapping ultrasound'], 'Vein mapping bilat UE')).toEqual(['Vein mapping ultrasound']);
    expect(one(['Therapeutic plasma exchange'], 'TPE (plasmapheresis) #1 of 5')).toEqual(['Therapeutic plasma exchange']);
    expect(one(['Lobectomy'], 'RUL LOBECTOMY (PFTS OK)')).toEqual(['Lobectomy']);
  });

  it('reads a burn unit\'s board: excision and STSG of burns by the TBSA the line allows, a CEA as the cultured epidermal autograft beside burn words', () => {
    const excision = 'Tangential or fascial excision of burn wounds, patients 14 years and older';
    const small = 'Split-thickness autografting of burn wounds up to 20% TBSA, patients 14 years and older';
    const large = 'Split-thickness autografting of burn wounds greater than 20% TBSA, patients 14 years and older';
    expect(one([excision, small, large], 'Excision/STSG back burns 15%')).toEqual([excision, small]);
    expect(one([excision, small, large], 'Tang exc + STSG BLE (~25% TBSA)')).toEqual([excision, large]);
    expect(one([excision, small], 'Tang exc + STSG BLE (~25% TBSA)')).toContain('UNKNOWN');
    expect(one(['Cultured epidermal autograft application'], 'CEA application (70% TBSA)')).toEqual(['Cultured epidermal autograft application']);
    expect(one(['Cultured epidermal autograft application'], 'L CEA')).toEqual(['UNKNOWN']);
    expect(one(['Debridement of lower extremity wounds, including negative pressure wound therapy'], 'L FOOT DEBRIDEMENT + WOUND VAC')).not.toContain('UNKNOWN');
  });

  it('tells a cancer center\'s and a neuro ICU\'s neighbours apart: an ILP is no limb infusion, a Licox no ICP monitor, axillary reverse mapping its own operation', () => {
    expect(one(['Isolated limb infusion'], 'ILP R LEG')).toEqual(['UNKNOWN']);
    expect(one(['Isolated limb infusion'], 'ILI L LEG')).toEqual(['Isolated limb infusion']);
    expect(one(['Isolated limb perfusion'], 'ILP R LEG')).toEqual(['Isolated limb perfusion']);
    expect(one(['Placement of intracranial pressure monitor'], 'ICP bolt + LICOX')).toContain('UNKNOWN');
    expect(one(['Placement of intracranial pressure monitor'], 'ICP bolt')).toEqual(['Placement of intracranial pressure monitor']);
    expect(one(['Axillary lymph node dissection'], 'R ALND W/ ARM')).toContain('UNKNOWN');
    expect(one(['Axillary lymph node dissection', 'Axillary reverse mapping'], 'R ALND W/ ARM')).not.toContain('UNKNOWN');
    expect(one(['Inguinofemoral lymph node dissection, superficial or deep'], 'R INGUINAL LND')).toEqual(['Inguinofemoral lymph node dissection, superficial or deep']);
  });

  describe('what a women\'s hospital, an Epic OpTime list, a neuroscience institute and a surgical hospital showed (held-out sets 31–36)', () => {
    it('reads ABD before a myomectomy or hysterectomy as the abdominal (open) operation a laparoscopic line does not cover', () => {
      expect(one(['Myomectomy, laparoscopic'], 'ABD MYOMECTOMY')).toEqual(['UNKNOWN']);
      expect(one(['Myomectomy, laparoscopic', 'Myomectomy, abdominal'], 'ABD MYOMECTOMY')).toEqual(['Myomectomy, abdominal']);
      expect(one(['Hysterectomy, laparoscopic'], 'ABD HYSTERECTOMY')).toEqual(['UNKNOWN']);
      expect(one(['Cerclage, transabdominal'], 'ABD CERCLAGE')).toEqual(['Cerclage, transabdominal']);
    });

    it('keeps an Epic name\'s way in with its operation when a comment follows it after a dash, and a possible conversion an operation of its own', () => {
      expect(one(['Abdominal sacrocolpopexy, open'], 'COLPOPEXY, SACRAL, ROBOT-ASSISTED - vault prolapse')).toEqual(['UNKNOWN']);
      expect(one(['Abdominal sacrocolpopexy, open'], 'COLPOPEXY, SACRAL, ROBOT-ASSISTED - vault prolapse + POSS COLPORRHAPHY, POSTERIOR')).toEqual(['UNKNOWN', 'UNKNOWN']);
      expect(one(['Radical cystectomy with ileal conduit urinary diversion'], 'CYSTECTOMY, RADICAL, OPEN, WITH ILEAL CONDUIT - MIBC')).toEqual(['Radical cystectomy with ileal conduit urinary diversion']);
      const tlh = 'Hysterectomy, total laparoscopic';
      const bs = 'Salpingectomy, laparoscopic or open';
      expect(one([tlh, bs], 'TLH/BS, POSS CONVERT TO OPEN')).toContain('UNKNOWN');
      expect(one([tlh, bs, 'Total abdominal hysterectomy'], 'TLH/BS, POSS CONVERT TO OPEN')).not.toContain('UNKNOWN');
    });

    it('reads "…, transarterial or transvenous" as both ways of the line\'s own embolization: a carotid-cavernous fistula line covers no tumor embolization', () => {
      const ccf = 'Embolization of carotid-cavernous fistula, transarterial or transvenous';
      expect(one([ccf], 'PRE-OP RENAL TUMOR EMBO')).toEqual(['UNKNOWN']);
      expect(one([ccf], 'JNA EMBO PRE-OP')).toEqual(['UNKNOWN']);
      expect(one(['Transarterial embolization'], 'PRE-OP RENAL TUMOR EMBO')).toEqual(['Transarterial embolization']);
    });

    it('keeps the place a fat grafting line names: a breast line covers no fat transfer to the face', () => {
      const breast = 'Autologous fat grafting to breast';
      expect(one([breast], 'FAT TRANSFER TO FACE FOR LIPOATROPHY')).toEqual(['UNKNOWN']);
      expect(one([breast], 'FAT GRAFTING L BREAST')).toEqual([breast]);
      expect(one(['Autologous fat grafting'], 'FAT GRAFTING L BREAST')).toEqual(['Autologous fat grafting']);
      expect(one(['Fat grafting, face'], 'FAT TRANSFER TO FACE FOR LIPOATROPHY')).toEqual(['Fat grafting, face']);
      expect(one(['Fat grafting, face'], 'FAT GRAFT TO LIPS')).toEqual(['Fat grafting, face']);
      expect(one([breast], 'FAT INJECTION BREAST')).toEqual([breast]);
    });

    it('reads an excisional biopsy of a neck node as a lymph node biopsy, which a skin lesion line does not cover', () => {
      expect(one(['Excision of skin lesion of face, head and neck'], 'EXC BX R NECK NODE')).toEqual(['UNKNOWN']);
      expect(one(['Excisional biopsy of cervical lymph node'], 'EXC BX R NECK NODE')).toEqual(['Excisional biopsy of cervical lymph node']);
    });

    it('reads a spinal segment a line names in parentheses as the only one it privileges: an atlantoaxial (C1-C2) fusion line covers no C3-7 fusion', () => {
      const c12 = 'Atlantoaxial (C1-C2) posterior fusion';
      expect(one([c12], 'C3-7 POSTERIOR CERVICAL FUSION')).toEqual(['UNKNOWN']);
      expect(one([c12], 'C1-2 POSTERIOR FUSION')).toEqual([c12]);
    });

    it('tells a DBS generator\'s replacement from its first implantation, a needle muscle biopsy from an open one, a lumbar puncture without image guidance from one under fluoroscopy', () => {
      const replacement = 'Deep brain stimulation generator replacement';
      expect(one([replacement], 'DBS BATTERY CHANGE')).toEqual([replacement]);
      expect(one([replacement], 'B STN DBS STAGE 2 (IPG)')).toContain('UNKNOWN');
      expect(one(['Needle muscle biopsy'], 'OPEN MUSCLE BX L DELTOID')).toEqual(['UNKNOWN']);
      expect(one(['Needle muscle biopsy'], 'NEEDLE BX R THIGH MUSCLE')).toEqual(['Needle muscle biopsy']);
      expect(one(['Muscle biopsy'], 'OPEN MUSCLE BX L DELTOID')).toEqual(['Muscle biopsy']);
      const blind = 'Lumbar puncture, without image guidance';
      expect(one([blind], 'LP UNDER FLUORO')).toEqual(['UNKNOWN']);
      expect(one([blind], 'LUMBAR PUNCTURE')).toEqual([blind]);
      // (CPT 62328 is the image-guided one: the code says so where the words do not.)
      expect(one([blind], 'LP', '62328')).toEqual(['UNKNOWN']);
      expect(one([blind], 'LP', '62270')).toEqual([blind]);
      expect(one(['Lumbar puncture, including image-guided'], 'LP UNDER FLUORO', '62328')).toEqual(['Lumbar puncture, including image-guided']);
    });

    it('reads a word two kind families share as each family\'s where that family applies: a low-forceps line covers no midpelvic forceps, a fluoroscopic ESI line no ESI under CT', () => {
      const low = 'Vaginal delivery, spontaneous or operative (vacuum or low forceps)';
      expect(one([low], 'MIDPELVIC FORCEPS DELIVERY IN OR')).toEqual(['UNKNOWN']);
      expect(one([low], 'LOW FORCEPS DELIVERY')).toEqual([low]);
      expect(one([low], 'VACUUM DELIVERY')).toEqual([low]);
      const fluoro = 'Interlaminar epidural steroid injection, cervical, thoracic or lumbar, with fluoroscopic guidance';
      expect(one([fluoro], 'L5-S1 ILESI UNDER CT')).toEqual(['UNKNOWN']);
      expect(one([fluoro], 'L5-S1 ILESI')).toEqual([fluoro]);
      expect(one(['Lumbar epidural steroid injection'], 'L5-S1 ILESI UNDER CT')).toEqual(['Lumbar epidural steroid injection']);
    });

    it('reads a "B" that starts a booking or an operation as both sides, and a brow lift\'s kind', () => {
      expect(one(['Upper eyelid blepharoplasty'], 'B UPPER BLEPH')).toEqual(['Upper eyelid blepharoplasty']);
      expect(one(['Direct brow lift', 'Upper eyelid blepharoplasty'], 'B DIRECT BROW LIFT + B UPPER BLEPH')).toEqual(['Direct brow lift', 'Upper eyelid blepharoplasty']);
      expect(one(['Cesarean delivery'], 'B LYNCH SUTURE')).toContain('UNKNOWN');
      expect(one(['Human chorionic gonadotropin level'], 'B HCG LEVEL')).toContain('UNKNOWN');
      expect(one(['Direct brow lift'], 'B ENDOSCOPIC BROW LIFT')).toEqual(['UNKNOWN']);
      expect(one(['Direct brow lift'], 'CORONAL BROW LIFT')).toEqual(['UNKNOWN']);
      expect(one(['Direct brow lift'], 'DIRECT BROW LIFT')).toEqual(['Direct brow lift']);
      expect(one(['Brow lift, direct or endoscopic'], 'ENDOSCOPIC BROW LIFT')).toEqual(['Brow lift, direct or endoscopic']);
    });

    it('keeps what a review of these changes found: ABD is abdominal only beside the operation, not in a comment; a way in said after a word that names no operation stays where it was; a kind word another part says names no kind of this one', () => {
      expect(one(['Total abdominal hysterectomy'], 'TLH - ABD PAIN')).toEqual(['UNKNOWN']);
      expect(one(['Total abdominal hysterectomy'], 'VAG HYST, ABD BINDER').every((n) => n === 'UNKNOWN')).toBe(true);
      expect(one(['Myomectomy, laparoscopic'], 'LAP MYOMECTOMY - ABD MASS')).toEqual(['Myomectomy, laparoscopic']);
      expect(one(['Endoscopic Zenker diverticulotomy'], 'OPEN ZENKER DIVERTICULECTOMY; RIGID ENDO')).toContain('UNKNOWN');
      expect(one(['Radical nephrectomy, laparoscopic'], 'NEPHRECTOMY, RADICAL, LAPAROSCOPIC')).toEqual(['Radical nephrectomy, laparoscopic']);
      expect(one(['Radical nephrectomy, laparoscopic'], 'NEPHRECTOMY, RADICAL, LAPAROSCOPIC - with lymph node dissection')[0]).toBe('Radical nephrectomy, laparoscopic');
      expect(one(['Ureteroscopy with laser lithotripsy', 'Cryoablation of prostate'], 'CRYOABLATION PROSTATE + URS LASER LITHO')).toEqual(['Cryoablation of prostate', 'Ureteroscopy with laser lithotripsy']);
      expect(one(['Reoperative parathyroidectomy'], 'REDO PARATHYROIDECTOMY FOR PRIMARY HPT')).toEqual(['Reoperative parathyroidectomy']);
      expect(one(['Reoperative parathyroidectomy'], 'REOPERATIVE PARATHYROIDECTOMY - PRIMARY HYPERPARATHYROIDISM')).toEqual(['Reoperative parathyroidectomy']);
      expect(one(['Endovenous laser ablation', 'Radiofrequency ablation of vein'], 'EVLA R GSV + RFA L GSV')).toEqual(['Endovenous laser ablation', 'Radiofrequency ablation of vein']);
      expect(one(['Lumbar puncture, image-guided'], 'US GUIDED LP')).toEqual(['Lumbar puncture, image-guided']);
      expect(one(['Excision of neck mass'], 'EXCISIONAL BX R NECK MASS')).toEqual(['Excision of neck mass']);
    });

    it('reads a Lichtenstein, Shouldice, Bassini or Desarda repair as open: a laparoscopic groin hernia line does not cover it, and a laparoscopic operation booked beside it does not make it laparoscopic', () => {
      const lap = 'Laparoscopic inguinal hernia repair (TEP / TAPP)';
      const open = 'Hernioplasty (open mesh repair) - inguinal, femoral, umbilical and paraumbilical';
      expect(one([lap], 'LICHTENSTEIN REPAIR R')).toEqual(['UNKNOWN']);
      expect(one(['Laparoscopic cholecystectomy', lap, open], 'Lap. Chole + Rt. inguinal hernioplasty (Lichtenstein)')).toEqual(['Laparoscopic cholecystectomy', open]);
      expect(one([lap], 'R TEP W/ MESH')).toEqual([lap]);
    });

    it('keeps a cross-facial nerve graft, a Medpor ear, a grafted posterior repair and breast conservation surgery off lines for other operations', () => {
      const transfer = 'Facial nerve transfer (masseteric-to-facial, hypoglossal-to-facial)';
      expect(one([transfer], 'L CROSS FACIAL NERVE GRAFT')).toEqual(['UNKNOWN']);
      expect(one([transfer], 'R MASSETERIC NERVE TRANSFER')).toEqual([transfer]);
      const rib = 'Microtia reconstruction with autologous rib cartilage';
      expect(one([rib], 'L MEDPOR EAR RECONSTRUCTION')).toEqual(['UNKNOWN']);
      expect(one([rib], 'R MICROTIA RECONSTRUCTION STAGE 1')).toEqual([rib]);
      const native = 'Anterior and posterior colporrhaphy, native tissue';
      expect(one([native], 'POSTERIOR REPAIR W/ XENFORM GRAFT')).toEqual(['UNKNOWN']);
      expect(one([native], 'A&P REPAIR')).toEqual([native]);
      const lump = 'Excision of breast lump / fibroadenoma';
      expect(one([lump], 'Lt. breast conservation surgery (Ca breast)')).toEqual(['UNKNOWN']);
      expect(one([lump], 'Rt. breast lump excision')).toEqual([lump]);
      expect(one(['Partial mastectomy'], 'R LUMP W/ SEED LOC + SLNB')).toContain('Partial mastectomy');
    });

    it('holds an ORIF line to "patients 16 years and older" after an "excluding the hand", and a hernia repair of a 2-year-old that names no way in to the open line its age leaves out', () => {
      const ue = 'Core: Open reduction and plate or screw fixation of upper limb fractures, excluding the hand, patients 16 years and older';
      expect(one([ue], '10yo (R) both bone forearm #: ORIF plating')).toEqual(['UNKNOWN']);
      expect(one([ue], '58F (L) distal radius # : ORIF w/ volar locking plate')).toEqual([ue]);
      const lap = 'Laparoscopic or robotic-assisted inguinal hernia repair, initial or recurrent (49650-49651)';
      const open = 'Inguinal or femoral hernia repair, open, with or without mesh, patients 5 years and older (49505-49557)';
      expect(one([lap, open], 'Left Inguinal Hernia Repair - 2 yo')).toEqual(['UNKNOWN']);
      expect(one([lap, open], 'Left Lap Inguinal Hernia Repair - 2 yo')).toEqual([lap]);
      expect(one([lap, open], 'Left Inguinal Hernia Repair - 40 yo')).toEqual([open]);
    });
    it('keeps a wedge resection off an anatomic lung resection line, a port placement off a port removal line, a PCL reconstruction with Achilles allograft off an Achilles repair line, and an NOE fracture off a Le Fort line', () => {
      const anatomic = 'Anatomic pulmonary resection by VATS or robotic approach';
      const wedge = 'Wedge resection of lung, open, VATS or robotic';
      expect(one([anatomic], 'Robotic wedge LUL')).toEqual(['UNKNOWN']);
      expect(one([anatomic], 'ROBOTIC LLL SUPERIOR SEGMENTECTOMY')).toEqual([anatomic]);
      expect(one([anatomic, wedge], 'Robotic wedge LUL, poss lobectomy')).toEqual([wedge, anatomic]);
      const removal = 'Central venous catheter or port removal or exchange (36580-36590)';
      expect(one([removal], 'Port Placement Right Chest [PowerPort]')).not.toContain(removal);
      expect(one([removal], 'MEDIPORT REMOVAL')).toEqual([removal]);
      expect(one(['Achilles tendon repair'], 'R PCL RECON (ACHILLES ALLO)')).toEqual(['UNKNOWN']);
      expect(one(['Achilles tendon repair, primary (27650)'], 'Chronic Achilles Rupture Reconstruction w Allograft [Left]')).toEqual(['UNKNOWN']);
      expect(one(['Achilles tendon repair'], 'L ACHILLES REPAIR')).toEqual(['Achilles tendon repair']);
      const leFort = 'Open reduction internal fixation of maxillary (Le Fort) fractures';
      expect(one([leFort], 'ORIF NOE FX')).toEqual(['UNKNOWN']);
      expect(one([leFort], 'ORIF LEFORT I FX')).toEqual([leFort]);
    });
    it('names the plain excision line, not the complex-closure one, for an excision that says no complex closure; and keeps a kind a catalog delineates "with" an operation to its own line', () => {
      const plain = 'Excision of benign and malignant lesions of skin and subcutaneous tissue';
      const complex = 'Excision of skin lesion with complex closure';
      expect(one([plain, complex], 'EXCISION VERRUCA PLANTAR RT HEEL')).toEqual([plain]);
      expect(one([complex], 'EXCISION VERRUCA PLANTAR RT HEEL')).toEqual([complex]);
      expect(one([plain, 'Thyroidectomy', 'Substernal thyroidectomy with sternotomy'], 'RETROSTERNAL GOITRE THYROIDECTOMY')).toEqual(['UNKNOWN']);
    });

    it('reads a bedside and psychiatry procedure list by what each line privileges: a thoracic MBB is no cervical line\'s, an AV fistula creation no fistulogram line\'s, ECMO cannulation no ECMO management line\'s, a large-volume paracentesis no diagnostic one\'s, an elective pericardiocentesis no emergent one\'s, and Zyprexa Relprevv is the olanzapine pamoate a line excludes', () => {
      const cervical = 'Cervical medial branch block and radiofrequency ablation';
      expect(one([cervical], 'Bilat T6-8 MBB')).toEqual(['UNKNOWN']);
      expect(one([cervical], 'R C4-6 MBB')).toEqual([cervical]);
      expect(one([cervical], 'CERVICAL CRYOTHERAPY FOR CIN 2')).toEqual(['UNKNOWN']);
      const gram = 'Arteriovenous fistula and graft angiography (fistulogram)';
      expect(one([gram], 'AVF creation L radiocephalic')).toEqual(['UNKNOWN']);
      expect(one([gram], 'L ARM FISTULOGRAM')).toEqual([gram]);
      const ecmo = 'Extracorporeal membrane oxygenation management (special privilege)';
      expect(one([ecmo], 'VV ECMO cannulation R IJ/R fem')).toEqual(['UNKNOWN']);
      expect(one([ecmo], 'ECMO management')).toEqual([ecmo]);
      expect(one(['Paracentesis, diagnostic'], 'Large volume para 6L')).toEqual(['UNKNOWN']);
      expect(one(['Paracentesis, diagnostic'], 'DIAGNOSTIC PARACENTESIS')).toEqual(['Paracentesis, diagnostic']);
      expect(one(['Pericardiocentesis, emergent'], 'Elective pericardiocentesis, chronic effusion, scheduled AM')).toContain('UNKNOWN');
      const lai = 'Long-acting injectable antipsychotic administration, excluding olanzapine pamoate';
      expect(one([lai], 'Zyprexa Relprev 300 mg, 3 hr obs')).toEqual(['UNKNOWN']);
      expect(one([lai], 'Invega Sustenna 156 mg + Vivitrol 380 mg')).toEqual([lai, 'UNKNOWN']);
      const rtms = 'Repetitive transcranial magnetic stimulation, including intermittent theta burst stimulation';
      const mapping = 'Transcranial magnetic stimulation motor threshold determination and treatment mapping';
      expect(one([rtms, mapping], 'rTMS L DLPFC session 14')).toEqual([rtms]);
      expect(one([mapping], 'rTMS L DLPFC session 14')).toEqual(['UNKNOWN']);
      expect(one(['Endotracheal intubation'], 'RSI/ETT, POSS surgical airway')).toContain('UNKNOWN');
    });

    it('reads a transplant and cardiovascular form\'s ways and kinds: HALS is laparoscopic, "sternotomy or minimally invasive" every way, "any approach" the robot\'s too, an AAA infrarenal unless it says otherwise, DDKT deceased-donor and LRD living-donor', () => {
      const donor = 'Living donor nephrectomy, laparoscopic or hand-assisted';
      expect(one([donor], 'Lap donor nephrectomy (L) - HALS')).toEqual([donor]);
      expect(one([donor], 'OPEN DONOR NEPHRECTOMY')).toEqual(['UNKNOWN']);
      const avr = 'Surgical aortic valve replacement, sternotomy or minimally invasive';
      expect(one([avr], 'Mini-AVR (R anterior thoracotomy), Inspiris 25')).toEqual([avr]);
      expect(one(['Esophagectomy, any approach'], 'Ivor Lewis esophagectomy (MIE, robotic chest)')).toEqual(['Esophagectomy, any approach']);
      expect(one(['Appendectomy, open and laparoscopic'], 'ROBOTIC APPY')).toEqual(['UNKNOWN']);
      const aaa = 'Open repair of infrarenal abdominal aortic aneurysm';
      expect(one([aaa], 'Open AAA repair (tube graft), retroperitoneal')).toEqual([aaa]);
      expect(one([aaa], 'OPEN JUXTARENAL AAA REPAIR')).toEqual(['UNKNOWN']);
      const deceased = 'Deceased donor kidney transplantation, recipients 18 years and older';
      const living = 'Living donor kidney transplantation, recipient operation, recipients 18 years and older';
      expect(one([deceased, living], 'DDKT (R iliac fossa)')).toEqual([deceased]);
      expect(one([deceased], 'Kidney tx (LRD)')).toEqual(['UNKNOWN']);
      expect(one([deceased, living], 'Kidney tx (LRD)')).toEqual([living]);
    });

    it('keeps what the review of this version found: a "with" line for a kind stays that kind\'s, an age limit after an exclusion of children is not the line\'s, an unrouted children\'s line leaves an adult\'s booking to the routed one, "Open and closed treatment of fractures" covers an ORIF, a boxer\'s fracture is the hand an ORIF line excludes, and dental letters and numbers are teeth', () => {
      expect(one(['Thyroidectomy', 'Substernal thyroidectomy with sternotomy'], 'RETROSTERNAL GOITRE THYROIDECTOMY')).toEqual(['UNKNOWN']);
      expect(one(['Neck dissection', 'Radical neck dissection with sacrifice of spinal accessory nerve'], 'R RADICAL NECK DISSECTION')).toEqual(['Radical neck dissection with sacrifice of spinal accessory nerve']);
      const ihr = 'Inguinal hernia repair, excluding infants, age under 1 year';
      expect(one([ihr], 'R IHR 45M')).toEqual([ihr]);
      expect(one(['Appendectomy, laparoscopic or open', 'Pediatric appendectomy (under 14 years)'], 'APPENDECTOMY 45M')).toEqual(['Appendectomy, laparoscopic or open']);
      expect(one(['Open and closed treatment of fractures'], 'ORIF R ankle')).toEqual(['Open and closed treatment of fractures']);
      const noHand = 'Open reduction internal fixation of fractures, excluding the hand, patients 16 years and older';
      expect(one([noHand], "ORIF R BOXER'S FX 22M")).toEqual(['UNKNOWN']);
      expect(one([noHand], 'ORIF R DISTAL RADIUS FX 22M')).toEqual([noHand]);
      expect(one(['Emergency Medicine: cardioversion'], 'Elective cardioversion')).toEqual(['Emergency Medicine: cardioversion']);
      expect(one(['Anterior and posterior colporrhaphy, native tissue'], 'A&P REPAIR, NO MESH OR GRAFT')).toEqual(['Anterior and posterior colporrhaphy, native tissue']);
      expect(one(['Anatomic pulmonary resection'], 'VATS bilobectomy RML/RLL')).toEqual(['Anatomic pulmonary resection']);
      const ssc = 'Placement of stainless steel crowns and prefabricated zirconia crowns on primary teeth';
      expect(one([ssc], 'SSC #K')).toEqual([ssc]);
      expect(one([ssc], 'SSC #30')).toEqual(['UNKNOWN']);
      expect(one(['Pulpotomy of primary teeth'], 'Pulpotomy #L')).toEqual(['Pulpotomy of primary teeth']);
      expect(one(['Placement of endosseous dental implants'], 'L sinus lift (lat window) + imp #14')).toEqual(['UNKNOWN', 'Placement of endosseous dental implants']);
      expect(one(['Surgical removal of impacted third molars'], 'Ext impacted #11 (labial, full bony)')).toEqual(['UNKNOWN']);
      expect(one(['Open reduction internal fixation of ankle fracture'], 'ORIF ANKLE #')).toEqual(['Open reduction internal fixation of ankle fracture']);
    });

    it('keeps a closed reduction off a line for open reduction: CR NASAL FX is no ORIF of facial fractures, though a facial fracture repair line covers it', () => {
      const orif = 'Open reduction internal fixation of facial fractures (mandible, zygoma, orbit, nasoorbitoethmoid)';
      expect(one([orif], 'CR nasal fx')).toEqual(['UNKNOWN']);
      expect(one([orif], 'ORIF R ZMC FX')).toEqual([orif]);
      expect(one(['Repair of facial fractures'], 'CR nasal fx')).toEqual(['Repair of facial fractures']);
    });

    it('keeps a stand-alone Maze off a line for a Maze concomitant with other cardiac surgery', () => {
      const concomitant = 'Surgical ablation for atrial fibrillation (Maze) concomitant with other open cardiac surgery';
      expect(one([concomitant], 'Stand-alone thoracoscopic mini-maze (Wolf)')).toEqual(['UNKNOWN']);
      expect(one(['Mitral valve repair or replacement via sternotomy', concomitant], 'MVR (sternotomy) + MAZE')).toEqual(['Mitral valve repair or replacement via sternotomy', concomitant]);
    });

    it('keeps a bronchoscopy with lavage off a therapeutic bronchoscopy line: a BAL is diagnostic', () => {
      const dx = 'Bronchoscopy, flexible, diagnostic';
      const tx = 'Bronchoscopy, flexible, therapeutic (secretion and mucus plug removal)';
      expect(one([dx, tx], 'Bronch w BAL RML')).not.toContain(tx);
      expect(one([tx], 'Bronch w BAL RML')).not.toContain(tx);
      expect(one([tx], 'THERAPEUTIC BRONCH FOR MUCUS PLUG')).toEqual([tx]);
    });

    it('reads a hash before a letter as a primary tooth only after a dental act: "ORIF # L DISTAL RADIUS" is a left distal radius fracture', () => {
      const radius = 'Open reduction internal fixation of distal radius fracture';
      expect(one([radius], 'ORIF # L DISTAL RADIUS')).toEqual([radius]);
      expect(one(['Pulpotomy of primary teeth'], 'Pulpotomy #L')).toEqual(['Pulpotomy of primary teeth']);
    });

    it('keeps a closed reduction\'s code off an open reduction line too: CR nasal fx with 21315 is no ORIF of facial fractures', () => {
      const orif = 'Open reduction internal fixation of facial fractures (mandible, zygoma, orbit, nasoorbitoethmoid)';
      expect(one([orif], 'CR nasal fx', '21315')).toEqual(['UNKNOWN']);
      expect(one(['Repair of facial fractures'], 'CR nasal fx', '21315')).toEqual(['Repair of facial fractures']);
    });

    it('reads LL, RUL and LLL beside an eyelid operation as the lower or upper lid, not laser lithotripsy or a lung lobe', () => {
      expect(one(['Entropion repair'], 'R LL ENTROPION REPAIR')).toEqual(['Entropion repair']);
      expect(one(['Blepharoptosis repair'], 'RUL PTOSIS REPAIR')).toEqual(['Blepharoptosis repair']);
      expect(one(['VATS lobectomy'], 'VATS RUL LOBECTOMY')).toEqual(['VATS lobectomy']);
      const strip = 'Ectropion repair, including lateral tarsal strip (67914-67917)';
      expect(one([strip, 'Lateral canthoplasty (67950)'], 'LAT TARSAL STRIP LLL ECTROPION')).toEqual([strip]);
      expect(one(['Lateral canthoplasty (67950)'], 'LAT TARSAL STRIP LLL ECTROPION')).toEqual(['UNKNOWN']);
    });

    it('tells the great, small and accessory saphenous veins apart: a GSV ablation is no ablation of the anterior accessory vein', () => {
      const aasv = 'Endovenous thermal ablation of the anterior accessory saphenous vein';
      const trunk = 'Endovenous thermal ablation of the great or small saphenous vein';
      expect(one([aasv], 'R GSV RFA (ClosureFast)')).not.toContain(aasv);
      expect(one([aasv, trunk], 'EVLA L GSV 1470nm')).toEqual([trunk]);
      expect(one([aasv, trunk], 'R SSV VNUS')).toEqual([trunk]);
      expect(one([aasv, trunk], 'L AASV EVLA')).toEqual([aasv]);
    });

    it('reads a superficialization or balloon-assisted maturation line as that operation, not the creation of a fistula', () => {
      const creation = 'Arteriovenous fistula creation, upper extremity, including basilic vein transposition (single-stage or staged)';
      const superficial = 'Superficialization of arteriovenous fistula (elevation or lipectomy)';
      const bam = 'Balloon-assisted maturation of arteriovenous fistula';
      expect(one([superficial, bam], 'L RC AVF')).toEqual(['UNKNOWN']);
      expect(one([creation, superficial, bam], 'L RC AVF')).toEqual([creation]);
      expect(one([creation, superficial, bam], 'L BBAVF 2nd stage transposition')).toEqual([creation]);
      expect(one([creation, superficial, bam], 'L AVF superficialization')).toEqual([superficial]);
      expect(one(['Ligation of arteriovenous access', 'Coil embolization or ligation of accessory veins of arteriovenous fistula'], 'Ligation L upper arm AVF')).toEqual(['Ligation of arteriovenous access']);
      expect(one(['Arteriovenous dialysis access revision'], 'L AVF REVISION')).toEqual(['Arteriovenous dialysis access revision']);
      expect(one([superficial], 'AVF creation with superficialization')).toContain('UNKNOWN');
      expect(one(['Thrombectomy of arteriovenous graft'], 'AVG placement and thrombectomy')).toContain('UNKNOWN');
    });

    it('asks for the wound vac a booking names beside a debridement or amputation, or alone: its own line where the catalog has one, the parent\'s where not', () => {
      const debride = 'Excisional debridement of skin, subcutaneous tissue, muscle, and fascia (excluding bone)';
      const npwt = 'Negative pressure wound therapy application';
      expect(one([debride, npwt], 'Excisional debridement L heel to fascia + VAC')).toEqual([debride, npwt]);
      expect(one([debride], 'Excisional debridement L heel to fascia + VAC')).toEqual([debride]);
      expect(one(['Transmetatarsal amputation, primary'], 'Wound VAC L TMA site')).toEqual(['UNKNOWN']);
      expect(one([npwt, 'Transmetatarsal amputation, primary'], 'Wound VAC L TMA site')).toEqual([npwt]);
      expect(one(['Toe amputation'], 'RT PARTIAL 1ST RAY AMPUTATION, WOUND VAC')).toEqual(['Toe amputation']);
      expect(one(['Vacuum-assisted vaginal delivery'], 'SVD, VAC ASSIST')).toEqual(['Vacuum-assisted vaginal delivery']);
    });

    it('reads the second to fifth toes as the lesser toes a podiatry line names, a capsulotomy as no tenotomy, and a digital nerve line as no median nerve repair', () => {
      expect(one(['Capsulotomy of lesser metatarsophalangeal joint'], 'Capsulotomy 2nd toe PIPJ')).toEqual(['UNKNOWN']);
      expect(one(['Hammertoe correction, lesser toe (arthroplasty or arthrodesis)'], '2nd MPJ capsulotomy')).toEqual(['UNKNOWN']);
      const caps = 'Capsulotomy of lesser metatarsophalangeal joint';
      expect(one([caps, 'Flexor or extensor tenotomy, toe'], '2nd MPJ capsulotomy L')).toEqual([caps]);
      expect(one(['Digital nerve repair, with or without nerve graft or conduit'], 'Median nerve repair R wrist')).toEqual(['UNKNOWN']);
      expect(one(['Digital nerve repair, with or without nerve graft or conduit'], 'Digital nerve repair R IF ulnar w/ conduit')).toEqual(['Digital nerve repair, with or without nerve graft or conduit']);
      expect(one(['Excision of burn wound, up to 10% total body surface area, patients 18 years and older'], 'NexoBrid L arm')).toEqual(['UNKNOWN']);
    });

    it('keeps a possible conversion that InScope cannot re-read as an open operation unknown: ROBOTIC R HEMI, POSS OPEN no longer loses its open hemicolectomy', () => {
      const robotic = 'Robotic-assisted colectomy or proctectomy (requires robotic credentialing)';
      const open = 'Right hemicolectomy or ileocecal resection, open or laparoscopic';
      expect(one([robotic, open], 'robotic R hemi, poss open')).toEqual([robotic, open]);
      expect(one([robotic], 'robotic R hemi, poss open')).toEqual([robotic, 'UNKNOWN']);
      expect(one([robotic], 'robotic L hemithyroid, poss open')).not.toContain(robotic);
    });

    it('tells a colon capsule from a small bowel one, an endoscopic gastrostomy from a radiologic one, a CERAB from an iliac stent, a UAE for bleeding from a fibroid embolization, and a subfascial lipoma from a subcutaneous mass', () => {
      expect(one(['Capsule endoscopy interpretation (small bowel)'], 'PillCam COLON 2 read')).toEqual(['UNKNOWN']);
      expect(one(['Capsule endoscopy interpretation (small bowel)'], 'VCE read')).toEqual(['Capsule endoscopy interpretation (small bowel)']);
      expect(one(['Percutaneous radiologic gastrostomy or gastrojejunostomy tube placement'], 'PEG tube (endoscopic)')).toEqual(['UNKNOWN']);
      expect(one(['Percutaneous radiologic gastrostomy or gastrojejunostomy tube placement'], 'IR G tube')).toEqual(['Percutaneous radiologic gastrostomy or gastrojejunostomy tube placement']);
      const iliac = 'Iliac artery angioplasty and stenting, including kissing stents and covered stents';
      const cerab = 'Covered endovascular reconstruction of the aortic bifurcation (CERAB)';
      expect(one([iliac, cerab], 'CERAB')).toEqual([cerab]);
      expect(one(['Uterine fibroid embolization'], 'Emergent UAE for PPH')).toEqual(['UNKNOWN']);
      expect(one(['Uterine fibroid embolization'], 'UFE')).toEqual(['Uterine fibroid embolization']);
      expect(one(['Excision of soft tissue mass, subcutaneous'], 'excision of lipoma right thigh, subfascial per MRI')).toEqual(['UNKNOWN']);
      expect(one(['Excision of soft tissue mass, subcutaneous'], 'excision lipoma back')).toEqual(['Excision of soft tissue mass, subcutaneous']);
      const mie = 'Minimally invasive esophagectomy (advanced privilege)';
      // (An MIE is done laparoscopically, so no open line covers it; a "minimally invasive" line is still read by its words, so it waits for them.)
      expect(one(['Esophagectomy, open (transhiatal, Ivor Lewis, or McKeown)'], 'MIE - McKeown, 3-field')).toEqual(['UNKNOWN']);
      expect(one([mie], 'transhiatal esophagectomy')).toEqual(['UNKNOWN']);
      expect(one([mie], 'open Ivor Lewis esophagectomy')).toEqual(['UNKNOWN']);
    });

    it('reads bedside and IR shorthand: a CT with a French size is a chest tube (a CT-guided drain is not), a temp HD cath a temporary dialysis catheter no central line privilege covers, an emb beside what it blocks an embolization', () => {
      expect(one(['Tube thoracostomy'], 'R CT 28Fr')).toEqual(['Tube thoracostomy']);
      expect(one(['Tube thoracostomy', 'Image-guided percutaneous drainage'], 'CT guided drain, empyema')).toEqual(['Image-guided percutaneous drainage']);
      expect(one(['Lumbar puncture, myelography, and cisternography under fluoroscopic guidance'], 'FL MYELOGRAM CERVICAL/THORACIC + CT')).toEqual(['Lumbar puncture, myelography, and cisternography under fluoroscopic guidance']);
      expect(one(['Chemical pleurodesis via chest tube'], 'Talc slurry via CT')).toEqual(['Chemical pleurodesis via chest tube']);
      const hd = 'Non-tunneled (temporary) dialysis catheter placement';
      expect(one([hd], 'Temp HD cath R fem')).toEqual([hd]);
      expect(one(['Central venous catheter insertion, ultrasound-guided (special privilege)'], 'R temp HD cath IJ')).toEqual(['UNKNOWN']);
      expect(one(['Varicocele embolization, patients 14 years and older'], 'L varicocele emb')).toEqual(['Varicocele embolization, patients 14 years and older']);
      const shoulder = 'Transcatheter arterial embolization for adhesive capsulitis of the shoulder';
      expect(one([shoulder, 'Genicular artery embolization'], 'Shoulder emb L frozen shoulder')).toEqual([shoulder]);
      expect(one(['Genicular artery embolization'], 'Shoulder emb L frozen shoulder')).toEqual(['UNKNOWN']);
      expect(one(['Arteriovenous fistula creation, upper extremity'], 'R BC AVF (MAC/block)')).toEqual(['Arteriovenous fistula creation, upper extremity']);
    });

    it('reads office dermatology and cosmetic shorthand: ILK is an intralesional injection, LN2 on AKs a destruction, Botox for sweating no cosmetic Botox, and a Sculptra no hyaluronic acid filler', () => {
      expect(one(['Intralesional injection (keloid, cyst, alopecia areata)'], 'ILK keloid L earlobe')).toEqual(['Intralesional injection (keloid, cyst, alopecia areata)']);
      expect(one(['Cryotherapy of premalignant lesions (actinic keratoses)'], 'LN2 AKs face/scalp')).toEqual(['Cryotherapy of premalignant lesions (actinic keratoses)']);
      const sweat = 'Botulinum toxin injection for axillary or palmar hyperhidrosis';
      const cosmetic = 'Botulinum toxin injection, cosmetic';
      expect(one([sweat, cosmetic], 'Botox axillae for hyperhidrosis')).toEqual([sweat]);
      expect(one([sweat, cosmetic], 'Botox forehead/glabella')).toEqual([cosmetic]);
      expect(one([cosmetic], 'Botox 155u chronic migraine')).toEqual(['UNKNOWN']);
      const ha = 'Injection of hyaluronic acid dermal filler, face';
      expect(one([ha], 'Juvederm lips/NLF')).toEqual([ha]);
      expect(one([ha], 'Sculptra temples')).toEqual(['UNKNOWN']);
      expect(one(['Injection of dermal filler (hyaluronic acid, calcium hydroxylapatite or poly-L-lactic acid)'], 'Sculptra temples')).toEqual(['Injection of dermal filler (hyaluronic acid, calcium hydroxylapatite or poly-L-lactic acid)']);
    });

    it('covers a hemorrhoidectomy under "Hemorrhoidectomy, excisional" (an excisional one unless it says stapled), a POEM for achalasia and an Altemeier under lines for what they are always done for, and reads interp and an external hemorrhoid', () => {
      const excisional = 'Hemorrhoidectomy, excisional';
      expect(one([excisional, 'Excision of thrombosed external hemorrhoid'], 'hemorrhoidectomy x3 columns')).toEqual([excisional]);
      expect(one([excisional], 'stapled hemorrhoidectomy')).toEqual(['UNKNOWN']);
      expect(one(['Excision of thrombosed external hemorrhoid'], 'excision thrombosed ext hemorrhoid, local')).toEqual(['Excision of thrombosed external hemorrhoid']);
      const poem = 'Peroral endoscopic myotomy (POEM) for achalasia or spastic esophageal disorders';
      expect(one([poem], 'POEM (type II achalasia)')).toEqual([poem]);
      expect(one([poem], 'G-POEM gastroparesis')).toEqual(['UNKNOWN']);
      const prolapse = 'Perineal rectosigmoidectomy (Altemeier) or Delorme procedure for rectal prolapse';
      expect(one([prolapse], 'Altemeier')).toEqual([prolapse]);
      expect(asDept('Gastroenterology', ['High-resolution esophageal manometry interpretation'], 'HRM interp')).toEqual(['High-resolution esophageal manometry interpretation']);
    });

    it('keeps what a review of this version found: an AV fistula aneurysm line covers no ligation, a stent placed in a declot asks for no new graft, a deeper debridement line or a device plane is no subfascial mass, a BKA site is revised, a chemo VAC is no wound vac', () => {
      const aneurysm = 'Repair of aneurysm of arteriovenous fistula';
      expect(one([aneurysm], 'L forearm AVG ligation')).toEqual(['UNKNOWN']);
      expect(one([aneurysm], 'L AVF aneurysm repair')).toEqual([aneurysm]);
      expect(one(['Thrombectomy of arteriovenous fistula or graft'], 'L forearm AVG thrombectomy and stent placement')).not.toContain('Arteriovenous graft placement for hemodialysis');
      expect(one(['Spinal cord stimulator implantation', 'Neurostimulator pulse generator implantation'], 'SCS PERMANENT IMPLANT W/ IPG')).toEqual(['Neurostimulator pulse generator implantation', 'Spinal cord stimulator implantation']);
      const deep = 'Excisional debridement of skin, subcutaneous tissue, muscle, and fascia (excluding bone)';
      expect(one([deep], 'Excisional debridement L thigh wound, subfascial')).toEqual([deep]);
      expect(one(['Implantation of subcutaneous ICD (S-ICD)'], 'S-ICD with submuscular generator placement')).toContain('Implantation of subcutaneous ICD (S-ICD)');
      expect(one(['Revision of amputation stump'], 'Revision L BKA site')).toEqual(['Revision of amputation stump']);
      expect(one(['Chemotherapy port placement'], 'VAC chemo port')).toEqual(['Chemotherapy port placement']);
      expect(one(['Uterine artery embolization for fibroids or adenomyosis'], 'UAE for adenomyosis')).toEqual(['Uterine artery embolization for fibroids or adenomyosis']);
      expect(one(['Uterine fibroid embolization'], 'UAE adenomyosis')).toEqual(['UNKNOWN']);
      expect(one(['Endovenous thermal ablation of the anterior accessory saphenous vein'], 'EVLA R long saphenous vein')).toEqual(['UNKNOWN']);
      expect(one(['Tendon repair, finger'], 'LF ACHILLES TENDON REPAIR')).not.toContain('Tendon repair, finger');
    });

    it('keeps a skin substitute on a calf ulcer off a foot and ankle line, and reads an Apligraf anywhere else as a skin substitute', () => {
      const foot = 'Application of skin substitute graft to foot and ankle wounds';
      expect(one([foot], 'Apligraf R medial calf VLU')).not.toContain(foot);
      expect(one([foot], 'Apligraf L heel DFU')).toEqual([foot]);
      expect(one(['Application of skin substitute graft, any site'], 'Apligraf #3 R medial leg VLU')).toEqual(['Application of skin substitute graft, any site']);
    });

    it('keeps a toenail avulsion off a nail biopsy line (a nail unit surgery line still covers both) and a toe tenotomy off a hammertoe arthroplasty or arthrodesis line', () => {
      expect(one(['Nail unit biopsy'], 'L great toenail avulsion')).toEqual(['UNKNOWN']);
      expect(one(['Nail unit biopsy'], 'nail matrix biopsy L great toe')).toEqual(['Nail unit biopsy']);
      expect(one(['Nail unit surgery'], 'L great toenail avulsion')).toEqual(['Nail unit surgery']);
      expect(one(['Hammertoe correction, arthroplasty or arthrodesis'], 'Flexor tenotomy 2-4 L')).toEqual(['UNKNOWN']);
    });

    it('reads "cryo" beside a kidney or liver as that organ\'s tumor ablation', () => {
      expect(one(['Percutaneous cryoablation of renal tumors'], 'Cryo L renal mass')).toEqual(['Percutaneous cryoablation of renal tumors']);
      expect(one(['Percutaneous cryoablation of renal tumors'], 'cryo warts bilat hands')).not.toContain('Percutaneous cryoablation of renal tumors');
    });

    it('keeps a 3 cm polyp off a colonoscopy line for polyps smaller than 20 mm, a transthoracic Nissen off a laparoscopic line, and a lipoma off a skin-lesion line', () => {
      const small = 'Colonoscopy with or without biopsy or polypectomy (snare, cold or hot), polyps smaller than 20 mm';
      expect(one([small], 'C-scope w/ hot snare 3cm pedunculated sigmoid polyp')).toContain('UNKNOWN');
      expect(one([small], 'C-scope w/ hot snare 12 mm polyp')).toEqual([small]);
      expect(one([small], 'C-scope w/ cold snare x3')).toEqual([small]);
      expect(one(['Laparoscopic Nissen fundoplication'], 'transthoracic Nissen')).toEqual(['UNKNOWN']);
      expect(one(['Nissen fundoplication, open or laparoscopic'], 'transthoracic Nissen')).toEqual(['Nissen fundoplication, open or laparoscopic']);
      const skin = 'Excision of benign or malignant skin lesions, with simple or intermediate closure';
      expect(one([skin], 'Excision Lipoma Posterior Neck')).toEqual(['UNKNOWN']);
      expect(one([skin], 'exc sebaceous cyst back')).toEqual([skin]);
      expect(one(['Excision of skin and subcutaneous lesions'], 'EXC LIPOMA BACK 4 CM')).toEqual(['Excision of skin and subcutaneous lesions']);
      expect(one(['Excision of subcutaneous mass'], 'excision skin lesion back')).toEqual(['UNKNOWN']);
    });

    it('keeps a heel spur excision, an SMA stent, an Indiana pouch, a chin or malar implant, MESA and a phalloplasty off lines for the operation they were read into, and reads a temp wire beside a PCI', () => {
      expect(one(['Plantar fasciotomy, open or endoscopic', 'Excision of exostosis, foot'], 'PLANTAR FASCIOTOMY OPEN + EXC HEEL SPUR - RT')).toEqual(['Plantar fasciotomy, open or endoscopic', 'Excision of exostosis, foot']);
      expect(one(['Plantar fasciotomy, open or endoscopic'], 'EXC HEEL SPUR R')).toEqual(['UNKNOWN']);
      expect(one(['Renal artery angiography and stenting'], 'SMA stent, chronic mesenteric ischemia')).toEqual(['UNKNOWN']);
      expect(one(['Renal artery angiography and stenting'], 'R renal artery stent')).toEqual(['Renal artery angiography and stenting']);
      expect(one(['Renal and mesenteric artery angioplasty and stenting'], 'SMA stent')).toEqual(['Renal and mesenteric artery angioplasty and stenting']);
      expect(one(['Urinary diversion, ileal conduit or orthotopic neobladder'], 'Indiana pouch')).toEqual(['UNKNOWN']);
      expect(one(['Osseous genioplasty'], 'Chin implant (silicone)')).toEqual(['UNKNOWN']);
      expect(one(['Alloplastic chin or mandibular angle implant placement'], 'Malar implants bilat')).toEqual(['UNKNOWN']);
      expect(one(['Alloplastic chin or mandibular angle implant placement'], 'jaw implants')).toEqual(['Alloplastic chin or mandibular angle implant placement']);
      expect(one(['Transurethral resection of the ejaculatory ducts'], 'MESA R')).toEqual(['UNKNOWN']);
      expect(one(['Transurethral resection of the ejaculatory ducts'], 'TURED')).toEqual(['Transurethral resection of the ejaculatory ducts']);
      expect(one(['Urethral lengthening for phalloplasty or metoidioplasty'], 'RFF phalloplasty')).toEqual(['UNKNOWN']);
      expect(one(['Phalloplasty, radial forearm or anterolateral thigh free flap'], 'RFF phallo stage 1')).toEqual(['Phalloplasty, radial forearm or anterolateral thigh free flap']);
      const pci = 'Percutaneous coronary intervention';
      const temp = 'Temporary transvenous pacemaker insertion';
      expect(one([pci], 'STEMI - LHC, PCI RCA, temp wire')).toContain('UNKNOWN');
      expect(one([pci, temp], 'PCI RCA w/ temp wire')).toEqual([pci, temp]);
    });

    it('covers the procedures a pasted "core privileges" paragraph lists, each under the paragraph, keeps its ages, and covers nothing it does not list', () => {
      const core = 'Core privileges in general surgery include the ability to admit, evaluate, diagnose, treat and provide consultation to patients 14 years of age and older presenting with illnesses, injuries and disorders of the alimentary tract, abdomen and its contents, breast, skin and soft tissue, and endocrine system. The core privileges include the following procedures: appendectomy; cholecystectomy with or without intraoperative cholangiography; repair of inguinal, femoral, umbilical, ventral and incisional hernias with or without mesh; modified radical mastectomy; thyroid lobectomy and total thyroidectomy; above-knee, below-knee, toe and transmetatarsal amputation; endoscopic sinus surgery without image guidance.';
      expect(one([core], 'LAP CHOLE W/ IOC')).toEqual([core]);
      expect(one([core], 'R IHR W/ MESH')).toEqual([core]);
      expect(one([core], 'R MRM')).toEqual([core]);
      expect(one([core], 'R BKA')).toEqual([core]);
      expect(one([core], 'TOTAL THYROIDECTOMY W/ NIM')).toEqual([core]);
      expect(one([core], 'LAP APPY (PEDS - 9 YO)')).toEqual(['UNKNOWN']);
      expect(one([core], 'LAP SLEEVE GASTRECTOMY')).toEqual(['UNKNOWN']);
      expect(one([core], 'R KNEE ARTHROSCOPY')).toEqual(['UNKNOWN']);
      expect(one([core], 'BIL FESS W/ IGS (STRYKER NAV)')).toEqual(['UNKNOWN']);
      expect(one([core], 'BIL FESS')).toEqual([core]);
    });

    it('keeps a FESS with image guidance off a line "without image guidance", and covers it under one that allows it', () => {
      const without = 'Endoscopic sinus surgery without image guidance';
      expect(one([without], 'BIL FESS W/ IGS (STRYKER NAV)')).toEqual(['UNKNOWN']);
      expect(one([without], 'BIL FESS W/ NAV')).toEqual(['UNKNOWN']);
      expect(one([without], 'BIL FESS')).toEqual([without]);
      expect(one(['Image-guided endoscopic sinus surgery'], 'BIL FESS W/ IGS')).toEqual(['Image-guided endoscopic sinus surgery']);
      const either = 'Functional endoscopic sinus surgery (maxillary antrostomy, ethmoidectomy, sphenoidotomy, frontal sinusotomy), with or without image guidance';
      expect(one([either], 'SINUS SURGERY, ENDOSCOPIC (FESS) - bilat max antrostomy, total ethmoidectomy, IGS')).toEqual([either]);
    });

    it('reads a heart hospital\'s board: a cryo PVI under a cryoballoon line, a myxoma resection, a Cobalt XT, and keeps a cesarean booked beside ECMO', () => {
      const af = 'Catheter ablation of atrial fibrillation using radiofrequency, cryoballoon or pulsed field energy';
      expect(one([af], 'Cryo PVI (Arctic Front), PAF')).toEqual([af]);
      expect(one(['Catheter ablation of atrial fibrillation using radiofrequency or pulsed field energy'], 'Cryo PVI (Arctic Front)')).toEqual(['UNKNOWN']);
      expect(one(['Resection of cardiac tumor'], 'LA myxoma excision')).toEqual(['Resection of cardiac tumor']);
      const crt = 'Cardiac resynchronization therapy device implantation (CRT-P or CRT-D), including coronary sinus lead placement';
      expect(one([crt], 'CRT-D (Cobalt XT)')).toEqual([crt]);
      const mcs = 'Temporary mechanical circulatory support, percutaneous left-sided (Impella CP, intra-aortic balloon pump)';
      // (CS beside an Impella stays unread: a cesarean may be booked for a patient on support; AF beside a
      // cardioversion too, while a line for atrial flutter is still met by any atrial rhythm's words.)
      expect(one([mcs], 'Impella CP, CS')).toContain('UNKNOWN');
      expect(one(['Cesarean delivery'], 'REPEAT CS, HX STEMI S/P PCI')).toContain('Cesarean delivery');
      expect(one(['Cardioversion for atrial flutter'], 'DCCV, AF')).not.toContain('Cardioversion for atrial flutter');
    });

    it('reads a Manila OR list\'s diagnoses and shorthand: (AA), (CCC), (FAM), (CSOM), (DNS), CRS beside a FESS, PTCA beside a thyroidectomy, AOG, TAHBSO, BTL via minilap, APC beside a TVH', () => {
      expect(one(['Appendectomy, open or laparoscopic'], 'Appendectomy (AA) under SAB')).toEqual(['Appendectomy, open or laparoscopic']);
      expect(one(['Laparoscopic cholecystectomy'], 'Lap chole w/ IOC (CCC, r/o CBD stone) under GETA')).toEqual(['Laparoscopic cholecystectomy']);
      expect(one(['Septoplasty'], 'Septoplasty (DNS)')).toEqual(['Septoplasty']);
      expect(one(['Functional endoscopic sinus surgery'], 'FESS (CRS w/o polyps)')).toEqual(['Functional endoscopic sinus surgery']);
      expect(one(['Cytoreductive surgery with HIPEC'], 'CRS/HIPEC')).toEqual(['Cytoreductive surgery with HIPEC']);
      expect(one(['Thyroidectomy, total or subtotal', 'Neck dissection (radical, modified radical or selective)'], 'Total thyroidectomy + MRND L (PTCA w/ lateral neck mets)')).toEqual(['Thyroidectomy, total or subtotal', 'Neck dissection (radical, modified radical or selective)']);
      expect(one(['Percutaneous coronary intervention'], 'PTCA LAD')).toEqual(['Percutaneous coronary intervention']);
      expect(one(['Total abdominal hysterectomy with bilateral salpingo-oophorectomy'], 'TAHBSO for myoma uteri')).toEqual(['Total abdominal hysterectomy with bilateral salpingo-oophorectomy']);
      expect(one(['Bilateral tubal ligation, laparoscopic'], 'BTL (Pomeroy) via minilap, interval (G5P5)')).toEqual(['UNKNOWN']);
      expect(one(['Vaginal hysterectomy', 'Anterior and posterior colporrhaphy'], 'TVH + APC (uterine prolapse, stage III)')).toEqual(['Vaginal hysterectomy', 'Anterior and posterior colporrhaphy']);
      expect(one(['Vaginal hysterectomy'], 'TVH + APC (uterine prolapse, stage III)')).toContain('UNKNOWN');
    });

    it('reads "neonatal or pediatric" in a line as every child\'s, an age, and no newborn-only kind', () => {
      const line = 'Circumcision, neonatal or pediatric, patients 17 years and younger';
      expect(one([line], 'circ (age 3)')).toEqual([line]);
      expect(one([line], 'newborn circ')).toEqual([line]);
      expect(one([line], 'circ (age 30)')).toEqual(['UNKNOWN']);
      expect(one(['Circumcision, neonatal or pediatric'], 'adult circumcision')).toEqual(['UNKNOWN']);
      expect(one(['Circumcision, neonatal'], 'circ (age 3)')).toEqual(['UNKNOWN']);
    });

    it('reads a gender-affirming surgery board: top surgery (no termination of pregnancy), a trach shave (no tracheostomy), a Wendler glottoplasty, metoid, FFS items, a jaw angle reduction', () => {
      const chest = 'Chest masculinization (subcutaneous mastectomy) with or without free nipple grafts';
      expect(one([chest], 'Top surgery DI w/ FNG')).toEqual([chest]);
      expect(one([chest], 'Periareolar top')).toEqual([chest]);
      expect(one(['Suction D&C for termination of pregnancy'], 'top surgery')).toEqual(['UNKNOWN']);
      expect(one(['Tracheostomy'], 'trach shave')).toEqual(['UNKNOWN']);
      expect(one(['Chondrolaryngoplasty (thyroid cartilage reduction)'], 'trach shave')).toEqual(['Chondrolaryngoplasty (thyroid cartilage reduction)']);
      expect(one(['Glottoplasty for voice feminization'], 'Wendler glottoplasty')).toEqual(['Glottoplasty for voice feminization']);
      expect(one(['Metoidioplasty'], 'Metoid')).toEqual(['Metoidioplasty']);
      const frontal = 'Frontal bone contouring, including frontal sinus setback';
      const hairline = 'Hairline lowering (scalp advancement)';
      expect(one([frontal, hairline], 'FFS: brow bossing reduction, hairline advancement')).toEqual([frontal, hairline]);
      expect(one([frontal], 'FFS: brow bossing reduction, hairline advancement')).toContain('UNKNOWN');
      expect(one(['Mandibular angle reduction and contouring'], 'Jaw angle reduction')).toEqual(['Mandibular angle reduction and contouring']);
      expect(one(['Alloplastic chin or mandibular angle implant placement'], 'Jaw angle reduction')).toEqual(['UNKNOWN']);
    });

    it('reads a Meditech name cut short before its laterality field or a "+", and a femur beside a femoral line', () => {
      const urs = 'Ureteroscopy, diagnostic or therapeutic, including laser lithotripsy, stone extraction, and stent placement';
      expect(one([urs], 'URETEROSCOPY W/BASKET EXTRACTI - RT')).toEqual([urs]);
      const partial = 'Partial mastectomy (lumpectomy), with or without wire or seed localization';
      const slnb = 'Sentinel lymph node biopsy, axillary, including injection of dye or radiotracer';
      expect(one([partial, slnb], 'PARTIAL MASTECTOMY W/SAVI SCOU + SENTINEL NODE BX - RT')).toEqual([partial, slnb]);
      expect(one(['Intramedullary nailing, femoral or tibial shaft'], 'IM NAIL FEMUR SHAFT - RT')).toEqual(['Intramedullary nailing, femoral or tibial shaft']);
      expect(one(['Intramedullary nailing, femoral or tibial shaft'], 'IMN L humerus')).toEqual(['UNKNOWN']);
    });

    it('keeps what a review of core paragraphs and this version\'s words found: no temporary pacemaker in an ankle ORIF\'s temporary wires, a continent diversion line covers an Indiana pouch, a polyp line\'s "excluding larger than 20 mm" is up to 20 mm, a stent\'s millimetres limit nothing', () => {
      expect(one(['Open reduction internal fixation of ankle fracture'], 'ORIF R ANKLE, TEMPORARY WIRE FIXATION')).toEqual(['Open reduction internal fixation of ankle fracture']);
      expect(one(['Removal of hardware'], 'REMOVAL OF TEMPORARY PACING WIRES')).toContain('UNKNOWN');
      expect(one(['Temporary transvenous pacemaker insertion'], 'Temp wire, post-TAVR CHB')).toEqual(['Temporary transvenous pacemaker insertion']);
      const diversion = 'Urinary diversion (ileal conduit, continent diversion, neobladder)';
      expect(one([diversion], 'INDIANA POUCH')).toEqual([diversion]);
      expect(one(['Facial implants (chin, malar, mandibular)'], 'MANDIBULAR ANGLE IMPLANTS')).toEqual(['Facial implants (chin, malar, mandibular)']);
      const polyps = 'Colonoscopy with polypectomy, excluding polyps larger than 20 mm';
      expect(one([polyps], 'COLONOSCOPY W/ POLYPECTOMY 3 CM POLYP')).toContain('UNKNOWN');
      expect(one([polyps], 'COLONOSCOPY W/ POLYPECTOMY')).toEqual([polyps]);
      expect(one(['Percutaneous coronary intervention with stents 2.5 mm to 4.0 mm'], 'PCI LAD')).toEqual(['Percutaneous coronary intervention with stents 2.5 mm to 4.0 mm']);
      const core = 'Core privileges in general surgery include the ability to admit, evaluate, diagnose, treat and provide consultation to patients of all ages. The core privileges include the following procedures: appendectomy; cholecystectomy; thyroidectomy; colectomy. Excludes: bariatric procedures, liver resection and substernal thyroidectomy.';
      expect(one([core], 'SUBSTERNAL THYROIDECTOMY')).toEqual(['UNKNOWN']);
    });

    it('reads a urology center\'s shorthand: MoLEP, SP prostatectomy, orch, nx, PCN, VEIL, a labial adhesion lysis, and an Optilume as no angioplasty', () => {
      expect(one(['Holmium laser enucleation of the prostate'], 'MoLEP (Moses 2.0) 90cc')).toEqual(['Holmium laser enucleation of the prostate']);
      expect(one(['Simple prostatectomy, open (suprapubic or retropubic)'], 'open SP prostatectomy 200g')).toEqual(['Simple prostatectomy, open (suprapubic or retropubic)']);
      expect(one(['Simple orchiectomy, unilateral or bilateral'], 'bilat simple orch (ADT)')).toEqual(['Simple orchiectomy, unilateral or bilateral']);
      expect(one(['Radical nephrectomy, laparoscopic or robotic-assisted'], 'lap radical nx L')).toEqual(['Radical nephrectomy, laparoscopic or robotic-assisted']);
      expect(one(['Percutaneous nephrostomy tube placement'], 'R PCN placement - obstructed/infected')).toEqual(['Percutaneous nephrostomy tube placement']);
      expect(one(['Inguinal lymphadenectomy, open or video-endoscopic'], 'bilat VEIL')).toEqual(['Inguinal lymphadenectomy, open or video-endoscopic']);
      expect(one(['Inguinal lymphadenectomy, open'], 'bilat VEIL')).toEqual(['UNKNOWN']);
      expect(one(['Lysis of labial adhesions'], 'labial adhesion lysis')).toEqual(['Lysis of labial adhesions']);
      expect(one(['Peripheral angioplasty'], 'Optilume DCB urethra (bulbar stricture)')).toEqual(['UNKNOWN']);
    });

    it('covers an EV-ICD under "Extravascular ICD implantation", and no transvenous ICD', () => {
      expect(one(['Extravascular ICD implantation'], 'EV-ICD (Aurora)')).toEqual(['Extravascular ICD implantation']);
      expect(one(['Extravascular ICD implantation'], 'dual chamber ICD')).toEqual(['UNKNOWN']);
      expect(one(['ICD implantation'], 'EV-ICD (Aurora)')).toEqual(['UNKNOWN']);
    });

    it('privileges nothing by a core paragraph it will not read item by item, and says so in the catalog report; a polyp line "excluding polyps 20 mm or larger" is for smaller ones', () => {
      const core = 'Core privileges in general surgery include the ability to admit, evaluate, diagnose, treat and provide consultation to patients 14 years of age and older presenting with illnesses of the abdomen. The core privileges include the following procedures: appendectomy; cholecystectomy; thyroidectomy; colectomy. Substernal thyroidectomy is privileged separately.';
      expect(one([core], 'SUBSTERNAL THYROIDECTOMY')).toEqual(['UNKNOWN']);
      expect(one([core], 'LAP APPY')).toEqual(['UNKNOWN']);
      const m = new ProcedureMatcher([{ id: 'GS', name: 'General surgery', department: 'General Surgery', kind: 'core' as const, procedures: [{ name: core }] }], { vocabulary: builtinVocabulary() });
      expect(catalogReport(m).ownWords[0].words.join(' ')).toContain('enter its procedures as lines of their own');
      const polyps = 'Colonoscopy with biopsy and polypectomy, excluding polyps 20 mm or larger';
      expect(one([polyps], 'COLONOSCOPY W/ SNARE POLYPECTOMY 3 CM POLYP')).toContain('UNKNOWN');
      expect(one([polyps], 'COLONOSCOPY W/ POLYPECTOMY 12 MM POLYP')).toEqual([polyps]);
    });

    it('keeps an atrial fibrillation cardioversion off a line "for atrial flutter", and still covers AF and flutter ablation under a supraventricular line that includes them', () => {
      const flutter = 'Cardioversion for atrial flutter';
      expect(one([flutter], 'DCCV FOR ATRIAL FIBRILLATION')).toEqual(['UNKNOWN']);
      expect(one([flutter], 'DCCV for AF')).toEqual(['UNKNOWN']);
      expect(one([flutter], 'DCCV for aflutter')).toEqual([flutter]);
      const svt = 'Catheter ablation, supraventricular arrhythmias, including atrial flutter and atrial fibrillation';
      expect(one([svt], 'AF ABLATION')).toEqual([svt]);
      expect(one([svt], 'AFL ABLATION')).toEqual([svt]);
      expect(one(['Catheter ablation of atrial flutter'], 'AF ablation')).toEqual(['UNKNOWN']);
    });

    it('covers an orchiopexy booked beside a scrotal exploration for torsion by the exploration line that names it, though undescended-testis orchiopexies have lines of their own; a bare exploration line does not', () => {
      const torsion = 'Scrotal exploration for testicular torsion with orchiopexy, patients 17 years and younger';
      const udt = ['Orchiopexy for undescended testis, inguinal or prescrotal, patients 17 years and younger', 'Laparoscopic orchiopexy for intra-abdominal testis, single-stage or staged Fowler-Stephens, patients 17 years and younger'];
      expect(one([torsion, ...udt], 'scrotal explore + bilat orchiopexy (torsion), age 13')).toEqual([torsion]);
      expect(one([torsion, ...udt], 'Scrotal exploration, R torsion, bilat orchiopexy (13 yo)')).toEqual([torsion]);
      expect(one([torsion, ...udt], 'L orchiopexy (age 2)')).toEqual(['UNKNOWN']);
      expect(one(['Scrotal exploration', udt[0]], 'scrotal explore/bilat orchiopexy (torsion), age 13')).toContain('UNKNOWN');
    });

    it('keeps a cheilectomy of another toe\'s MTP joint, or of the ankle, off a line for the first metatarsophalangeal joint', () => {
      const line = 'Cheilectomy of the first metatarsophalangeal joint';
      expect(one([line], 'cheilectomy 2nd MTPJ')).toEqual(['UNKNOWN']);
      expect(one([line], 'cheilectomy 3rd MPJ R')).toEqual(['UNKNOWN']);
      expect(one([line], 'cheilectomy R ankle')).toEqual(['UNKNOWN']);
    });

    it('keeps a spinal for a cesarean off a line "for non-obstetric surgery", and says "excludes pregnancy"', () => {
      const line = 'Spinal and epidural anaesthesia for non-obstetric surgery';
      expect(one([line], 'Spinal for elective LUSCS')).toEqual(['UNKNOWN']);
      expect(one([line], 'Spinal for R THA')).toEqual([line]);
    });

    it('keeps a minimally invasive spine operation off a line for the open one, and reads "open or minimally invasive" as every way', () => {
      const lami = 'Lumbar laminectomy, open';
      const tlif = 'Primary posterior or transforaminal lumbar interbody fusion (PLIF/TLIF), open';
      expect(one([lami], 'MIS lami L4-5 (tubular)')).toEqual(['UNKNOWN']);
      expect(one([tlif], 'MIS TLIF L4-5')).toEqual(['UNKNOWN']);
      expect(one([tlif], 'TLIF L4-5')).toEqual([tlif]);
      expect(one(['Posterior cervical foraminotomy, open'], 'MIS foraminotomy C6-7 L (METRx)')).toEqual(['UNKNOWN']);
      const si = 'Sacroiliac joint fusion, open or minimally invasive';
      expect(one([si], 'SI JOINT FUSION MIS (Right)')).toEqual([si]);
    });

    it('reads a segment named within a line\'s operation as its only one: "Posterior C1-C2 fusion" is no C3-C7 fusion', () => {
      const c12 = 'Posterior C1-C2 fusion';
      expect(one([c12], 'PCDF C3-7 (lat mass screws)')).not.toContain(c12);
      expect(one([c12], 'POSTERIOR C1-C2 FUSION')).toEqual([c12]);
      expect(one(['Lumbar fusion, L5-S1'], 'L4-5 TLIF')).toEqual(['UNKNOWN']);
    });

    it('tells apart operations the vocabulary had read as another: an OATS of the knee is no talus line\'s, an optic nerve decompression no orbital one, a spinal dural fistula no intracranial one, a nasal dermoid with intracranial extension none "without" it', () => {
      expect(one(['Osteochondral autograft or allograft transplantation of the talus'], 'OATS L knee MFC')).toEqual(['UNKNOWN']);
      expect(one(['Endoscopic orbital decompression'], 'Endoscopic optic nerve decompression L')).not.toContain('Endoscopic orbital decompression');
      expect(one(['Embolization of intracranial dural arteriovenous fistula'], 'Spinal dAVF emb T8 (Onyx)')).not.toContain('Embolization of intracranial dural arteriovenous fistula');
      expect(one(['Embolization of intracranial dural arteriovenous fistula'], 'DAVF embolization L transverse sinus')).toEqual(['Embolization of intracranial dural arteriovenous fistula']);
      const dermoid = 'Excision of nasal dermoid without intracranial extension';
      expect(one([dermoid], 'Nasal dermoid excision w/ NSGY (intracranial extension)')).not.toContain(dermoid);
      expect(one([dermoid], 'nasal dermoid excision age 3')).toEqual([dermoid]);
      expect(one(['Carotid artery stenting, transradial'], 'CAS R ICA (TF)')).toEqual(['UNKNOWN']);
    });

    it('reads a chest board\'s "RLL lobe" and "seg S6" beside VATS or RATS as the lobectomy and segmentectomy, and "uniportal" as how, no operation', () => {
      const vats = 'Video-assisted thoracoscopic lobectomy or segmentectomy, with or without mediastinal lymph node dissection';
      expect(one([vats], 'VATS LUL lobe')).toEqual([vats]);
      expect(one([vats], 'Uniportal VATS seg S6 R')).toEqual([vats]);
      expect(one([vats], 'VATS wedge RLL')).toEqual(['UNKNOWN']);
      expect(one(['Thyroid lobectomy'], 'R thyroid lobe biopsy')).not.toContain('Thyroid lobectomy');
    });

    it('holds what a review of the anesthesia, spine and add-on readings found: each stays unknown, or covered, as a coordinator would have it', () => {
      expect(asDept('Orthopaedic Surgery', ['Total elbow arthroplasty'], 'R TEA under GA')).toEqual(['Total elbow arthroplasty']);
      expect(one(['Coronary artery bypass grafting with cardiopulmonary bypass'], 'OPCAB x3')).toEqual(['UNKNOWN']);
      expect(one(['Atrial septal defect closure, open or minimally invasive'], 'percutaneous ASD closure')).toEqual(['UNKNOWN']);
      expect(one(['Lumbar laminectomy, e.g. L4-L5'], 'laminectomy L2-S1')).toEqual(['Lumbar laminectomy, e.g. L4-L5']);
      expect(one(['Lumbar microdiscectomy, open or tubular'], 'L L5-S1 FULL ENDOSCOPIC DISCECTOMY (TRANSFORAMINAL)')).toEqual(['UNKNOWN']);
      expect(one(['Osteochondral autograft or allograft transplantation of the talus'], 'talar OATS')).toEqual(['Osteochondral autograft or allograft transplantation of the talus']);
      expect(one(['Bronchoscopic photodynamic therapy'], 'PDT for esophageal cancer')).toEqual(['UNKNOWN']);
      expect(one(['Scrotal exploration with orchiopexy', 'Orchiopexy, inguinal', 'Laparoscopic orchiopexy for intra-abdominal testis'], 'scrotal exploration + lap orchiopexy')).not.toEqual(['Scrotal exploration with orchiopexy']);
      expect(one(['Intrathecal baclofen pump refill and programming'], 'IT pump implant')).toEqual(['UNKNOWN']);
      expect(one(['Spinal cord stimulator and intrathecal pump programming and interrogation'], 'Perm SCS implant, perc')).toEqual(['UNKNOWN']);
    });

    it('reads an ENT board\'s device and technique names (ClariFix, Vibrant Soundbridge, ansa-RLN, Repose) and keeps a glomus jugulare off a tympanicum line', () => {
      expect(one(['Posterior nasal nerve cryoablation or radiofrequency ablation'], 'ClariFix bilat')).toEqual(['Posterior nasal nerve cryoablation or radiofrequency ablation']);
      expect(one(['Active middle ear implant'], 'Vibrant Soundbridge R')).toEqual(['Active middle ear implant']);
      expect(one(['Laryngeal reinnervation (ansa cervicalis to recurrent laryngeal nerve)'], 'Ansa-RLN reinnervation L')).toEqual(['Laryngeal reinnervation (ansa cervicalis to recurrent laryngeal nerve)']);
      expect(one(['Excision of glomus tympanicum, transcanal or transmastoid'], 'Glomus jugulare resection (infratemporal fossa)')).toEqual(['UNKNOWN']);
      expect(one(['Lateral temporal bone resection'], 'total temporal bone resection')).toEqual(['UNKNOWN']);
    });

    it('holds what a second review found in the anesthesia and pain vocabulary: no nerve\'s RF ablation line covers another\'s, a block line no ablation, a spinal with intrathecal morphine no spinal anesthetic alone', () => {
      expect(one(['Occipital nerve radiofrequency ablation'], 'hip RFA')).toEqual(['UNKNOWN']);
      expect(one(['Ganglion impar block'], 'impar RFA')).toEqual(['UNKNOWN']);
      expect(one(['Subacromial bursa injection'], 'trochanteric bursa injection')).toEqual(['UNKNOWN']);
      expect(one(['Bronchoscopic photodynamic therapy'], 'PDT for esophageal cancer')).toEqual(['UNKNOWN']);
      expect(one(['Wide local excision of melanoma'], 'WLE melanoma back + SLNB, difficult airway')).toContain('UNKNOWN');
      const explore = ['Scrotal exploration with orchiopexy', 'Orchiopexy, inguinal', 'Laparoscopic orchiopexy for intra-abdominal testis'];
      expect(one(explore, 'scrotal exploration + orchiopexy for nonpalpable testis')).toContain('UNKNOWN');
    });
  });

  it('reads the critical care and pleural privileges a form names: cooling after arrest, a brain death exam, intrapleural tPA, a tunneled pleural catheter out; a CT-guided pleural biopsy is no thoracoscopy\'s', () => {
    expect(one('Targeted temperature management', 'TTM 36C post arrest')).toEqual(['Targeted temperature management']);
    expect(one('Brain death determination, including apnea testing, patients 18 years and older', 'Brain death exam w/ apnea test, 45F')).toEqual(['Brain death determination, including apnea testing, patients 18 years and older']);
    expect(one('Intrapleural fibrinolytic therapy (tPA/DNase) instillation', 'Intrapleural tPA/DNase via R chest tube')).toEqual(['Intrapleural fibrinolytic therapy (tPA/DNase) instillation']);
    expect(one('Tunneled pleural catheter placement and removal', 'TPC removal L')).toEqual(['Tunneled pleural catheter placement and removal']);
    expect(one('Thoracentesis', 'Intrapleural tPA/DNase via R chest tube')).toEqual(['UNKNOWN']);
    expect(one('Medical thoracoscopy (pleuroscopy) with parietal pleural biopsy', 'Pleural bx (CT guided)')).toEqual(['UNKNOWN']);
  });

  it('keeps an operation "+" joins and InScope cannot read unknown, not folded into the one before: ASO + VSD closure, ILR explant + tilt, tonsillotomy + AT', () => {
    expect(one('Arterial switch operation, including coronary transfer and Lecompte maneuver', 'ASO + VSD closure (TGA/VSD) 9d')).toContain('UNKNOWN');
    expect(one(['Implantable loop recorder insertion and removal', 'Tilt table testing'], 'ILR explant + tilt')).toEqual(['Implantable loop recorder insertion and removal', 'Tilt table testing']);
    expect(one('Implantable loop recorder insertion and removal', 'ILR explant + tilt')).toEqual(['Implantable loop recorder insertion and removal', 'UNKNOWN']);
    expect(one('Tonsillotomy (laser, radiofrequency)', 'Tonsillotomy laser + AT (child 4 y)')).toEqual(['Tonsillotomy (laser, radiofrequency)', 'UNKNOWN']);
    expect(one(['Mitral valve repair and replacement', 'Left atrial appendage closure (clip, excision)'], 'MVR + TV repair (ring) + LAA clip')).toContain('Left atrial appendage closure (clip, excision)');
    expect(one('Panendoscopy with biopsy', 'Panendoscopy + biopsies (hypopharynx ca)')).toEqual(['Panendoscopy with biopsy']);
    expect(one('Exploratory laparotomy', 'EX LAP WASHOUT + ABDOMINAL CLOSURE')).toEqual(['Exploratory laparotomy']);
    expect(one('Exploratory laparotomy', 'EX LAP WASHOUT + PRIMARY CLOSURE')).toEqual(['Exploratory laparotomy']);
  });

  it('keeps a kind of an operation off a line for its sibling: blade septostomy, ovarian vein embolization, sacroplasty, open bleb revision, punctoplasty, balloon dacryoplasty, VATS thymectomy', () => {
    expect(one('Balloon atrial septostomy', 'Blade atrial septostomy')).toEqual(['UNKNOWN']);
    expect(one('Varicocele embolization', 'Ovarian vein embo (pelvic congestion)')).toEqual(['UNKNOWN']);
    expect(one('Gonadal vein embolization', 'Ovarian vein embo (pelvic congestion)')).toEqual(['Gonadal vein embolization']);
    expect(one('Vertebroplasty and kyphoplasty', 'Sacroplasty bilat')).toEqual(['UNKNOWN']);
    expect(one('Bleb needling with or without antimetabolite', 'Open bleb revision OS w/ conj advancement')).toEqual(['UNKNOWN']);
    expect(one('Bleb revision', 'OS bleb needling w/ 5FU')).toEqual(['Bleb revision']);
    expect(one('Punctal occlusion (plugs or thermal cautery)', 'Punctal cautery + 3-snip punctoplasty OD')).toEqual(['Punctal occlusion (plugs or thermal cautery)', 'UNKNOWN']);
    expect(one('Nasolacrimal duct probing and irrigation, with or without silicone intubation', 'NLDP + balloon DCP OD age 2')).toEqual(['Nasolacrimal duct probing and irrigation, with or without silicone intubation', 'UNKNOWN']);
    expect(one(['Thymectomy, transsternal', 'Thymectomy, robotic-assisted'], 'VATS thymectomy')).toEqual(['UNKNOWN']);
    expect(one(['Thymectomy, transsternal', 'Thymectomy, robotic-assisted'], 'Transsternal thymectomy')).toEqual(['Thymectomy, transsternal']);
  });

  it('keeps what is booked beside a robotic hysterectomy done its own way: a cone biopsy and a sling meet their own lines, not robotic ones', () => {
    const lines = ['Hysterectomy, robotic-assisted', 'Cervical conization', 'Midurethral sling'];
    expect(one(lines, 'RA-TLH + CONE BIOPSY')).toEqual(['Hysterectomy, robotic-assisted', 'Cervical conization']);
    expect(one(lines, 'RA-TLH + TVT')).toEqual(['Hysterectomy, robotic-assisted', 'Midurethral sling']);
  });

  it('reads congenital heart, interventional radiology and eye shorthand as the lines that name them: BDG, a Fontan fenestration closure, a Y90 mapping, Intacs; a 16-year-old\'s mapping is not under an adults\' line', () => {
    expect(one('Bidirectional cavopulmonary anastomosis (Glenn), unilateral or bilateral', 'BDG')).toEqual(['Bidirectional cavopulmonary anastomosis (Glenn), unilateral or bilateral']);
    expect(one('Transcatheter Fontan fenestration creation or closure', 'Fontan fenestration closure (Amplatzer)')).toEqual(['Transcatheter Fontan fenestration creation or closure']);
    expect(one('Total cavopulmonary connection (Fontan), lateral tunnel or extracardiac', 'Fontan fenestration closure (Amplatzer)')).toEqual(['UNKNOWN']);
    const y90 = 'Yttrium-90 radioembolization, including mapping angiography and Tc-99m MAA shunt study, patients 18 years and older';
    expect(one(y90, 'Y90 mapping (Tc-MAA)')).toEqual([y90]);
    expect(one(y90, 'Y90 mapping - 16yo fibrolamellar HCC')).not.toContain(y90);
    expect(one('Intrastromal corneal ring segments', 'Intacs OS')).toEqual(['Intrastromal corneal ring segments']);
    expect(one('Laser refractive surgery (LASIK, PRK, SMILE)', 'Intacs OS')).toEqual(['UNKNOWN']);
  });

  it('keeps a line\'s place when an operation\'s name holds the same word: "lower extremity arteries" still limits a thrombectomy line after a collateral-artery operation joined the vocabulary', () => {
    const line = 'Percutaneous mechanical or aspiration thrombectomy, lower extremity arteries';
    const m = new ProcedureMatcher([{ id: 'V', name: 'V', department: 'Vascular and Interventional', kind: 'core' as const, procedures: [{ name: line }] }], { vocabulary: builtinVocabulary() });
    expect(names(m.match('PE thrombectomy (FlowTriever)'))).toEqual(['UNKNOWN']);
    expect(names(m.match('L renal vein stent (nutcracker)'))).toEqual(['UNKNOWN']);
  });

  it('reads a German-trained surgeon\'s sides and words: re., li. and bds., Hüft-TEP and Knie-TEP, ME for hardware removal, a CTS after "+" as an operation it cannot name', () => {
    expect(one('Total hip endoprosthesis (primary)', 'Hip-TEP (cementless)')).toEqual(['Total hip endoprosthesis (primary)']);
    expect(one('Total hip endoprosthesis (primary)', 'Knee-TEP li.')).toEqual(['UNKNOWN']);
    expect(one('Hernia repair inguinal (Lichtenstein, Shouldice, TAPP, TEP)', 'TAPP li.')).toEqual(['Hernia repair inguinal (Lichtenstein, Shouldice, TAPP, TEP)']);
    expect(one('Removal of osteosynthesis material', 'ME plate distal radius li. + CTS li.')).toEqual(['Removal of osteosynthesis material', 'UNKNOWN']);
    expect(one('Carpal tunnel release', 'CTR re.')).toEqual(['Carpal tunnel release']);
    expect(one('Caesarean section (primary and repeat)', 'Sectio caesarea (re-sectio)')).toEqual(['Caesarean section (primary and repeat)']);
  });

  it('keeps a site-limited osteosynthesis line off a fracture elsewhere, and a sterilisation line off a salpingectomy for an ectopic pregnancy', () => {
    const shaft = 'Osteosynthesis of femoral shaft fractures (intramedullary nail, plate)';
    expect(one(shaft, 'Calcaneus fx li., ORIF plate')).toEqual(['UNKNOWN']);
    expect(one(shaft, 'Scaphoid fx re., Herbert screw')).toEqual(['UNKNOWN']);
    const steril = 'Laparoscopic sterilisation (tubal coagulation, salpingectomy)';
    expect(one(steril, 'Ectopic pregnancy re., lap. salpingectomy')).toEqual(['UNKNOWN']);
    expect(one(steril, 'LAP BTL')).toEqual([steril]);
    expect(one(['Cesarean delivery', 'Laparoscopic tubal sterilization'], 'Cesarean section + tubal ligation bilat (Pomeroy)')).toEqual(['Cesarean delivery', 'UNKNOWN']);
  });

  it('keeps a recurrent ganglion and an Achilles re-rupture off lines for the primary operation, and a booking coded outside a code-listed line\'s codes off it', () => {
    expect(one('Excision of ganglion cyst of wrist, primary (25111)', 'EXCISION RECURRENT L DORSAL WRIST GANGLION')).toEqual(['UNKNOWN']);
    expect(one('Excision of ganglion cyst of wrist, primary (25111)', 'EXCISION L DORSAL WRIST GANGLION')).toEqual(['Excision of ganglion cyst of wrist, primary (25111)']);
    expect(one('Excision of ganglion cyst of wrist', 'EXCISION RECURRENT L DORSAL WRIST GANGLION')).toEqual(['Excision of ganglion cyst of wrist']);
    expect(one('Primary repair of ruptured Achilles tendon, with or without graft (27650, 27652)', 'R ACHILLES REPAIR CHRONIC RERUPTURE (SECONDARY)')).not.toContain('Primary repair of ruptured Achilles tendon, with or without graft (27650, 27652)');
    const thyroid = 'Thyroid lobectomy or total thyroidectomy (60220, 60240)';
    expect(one(thyroid, 'COMPLETION THYROIDECTOMY', '60260')).toEqual(['UNKNOWN']);
    expect(one(thyroid, 'TOTAL THYROIDECTOMY', '60240')).toEqual([thyroid]);
    expect(one('Rhinoplasty, primary or secondary (30400-30450)', 'REVISION RHINOPLASTY', '30435')).toEqual(['Rhinoplasty, primary or secondary (30400-30450)']);
  });

  it('keeps a GJ tube off a gastrostomy line, a PTCS off a peroral cholangioscopy line and an iris tumour off an iridectomy line, and reads a lead extraction line\'s "epi leads" as no lead placement', () => {
    expect(one('Percutaneous gastrostomy tube placement', 'IR GJ tube placement')).toEqual(['UNKNOWN']);
    expect(one('Cholangioscopy, peroral', 'PTCS stone')).toEqual(['UNKNOWN']);
    expect(one('Iridectomy', 'Iris tumor excision')).toEqual(['UNKNOWN']);
    expect(one('Pacemaker lead extraction, including epi leads', 'Epicardial PPM')).toEqual(['UNKNOWN']);
    expect(one('Permanent pacemaker implantation', 'PPM implant, lido with epi')).toEqual(['Permanent pacemaker implantation']);
  });

  it('reads a CPT code as a code column writes it ("CPT 60260", "60260-RT", "60260, 38724"), keeps a code-listed line to its codes where the code does the reading and however the form lists them ("CPT 60220; CPT 60240", "[…]", "thru"; not a list ending "etc."), and keeps a cesarean hysterectomy off a laparoscopic line', () => {
    const thyroid = 'Thyroid lobectomy or total thyroidectomy (60220, 60240)';
    for (const code of ['CPT 60260', '60260-RT', '60260, 38724', '60260 x1']) expect(one(thyroid, 'COMPLETION THYROIDECTOMY', code)).toEqual(['UNKNOWN']);
    expect(one(thyroid, 'THYROIDECTOMY', '60260')).toEqual(['UNKNOWN']);
    expect(one(thyroid, 'TOTAL THYROIDECTOMY', '60240-50')).toEqual([thyroid]);
    expect(one(['Cesarean section', 'Laparoscopic hysterectomy'], 'CESAREAN HYSTERECTOMY')).toEqual(['UNKNOWN']);
    for (const line of ['Thyroidectomy (CPT 60220; CPT 60240)', 'Thyroidectomy (CPT codes 60220, 60240)', 'Thyroidectomy [60220, 60240]', 'Thyroidectomy (60220 & 60240)', 'Thyroidectomy (60220 thru 60240)']) expect(one(line, 'COMPLETION THYROIDECTOMY', '60260')).toEqual(['UNKNOWN']);
    expect(one('Thyroidectomy (60220 thru 60270)', 'COMPLETION THYROIDECTOMY', '60260')).toEqual(['Thyroidectomy (60220 thru 60270)']);
    expect(one('Thyroidectomy (60220, 60240, etc.)', 'COMPLETION THYROIDECTOMY', '60260')).toEqual(['Thyroidectomy (60220, 60240, etc.)']);
  });
});

describe('what a Canadian centre, a trauma and burn centre, a cancer centre and an ambulatory network showed (held-out sets 191–194)', () => {
  it('covers a coronary angiogram booked alone by a "Left heart catheterization with coronary angiography" line, but not a bare polypectomy or angioplasty by a line naming it beside one operation it may belong to', () => {
    const lhc = 'Left heart catheterization with coronary angiography';
    expect(one([lhc, 'Right heart catheterization', 'Angiography of coronary bypass grafts'], 'CORONARY ANGIOGRAM RADIAL, MOD SED')).toEqual([lhc]);
    expect(one('Colonoscopy with polypectomy', 'POLYPECTOMY')).toEqual(['UNKNOWN']);
    expect(one('Peripheral atherectomy with angioplasty', 'ANGIOPLASTY')).toEqual(['UNKNOWN']);
    // (Nor an add-on done on its own too: a colostomy, a skin graft.)
    expect(one('Abdominoperineal resection with colostomy', 'DIVERTING LOOP COLOSTOMY')).toEqual(['UNKNOWN']);
    expect(one('Mohs surgery with full-thickness skin graft', 'FULL THICKNESS SKIN GRAFT TO EYELID')).toEqual(['UNKNOWN']);
  });

  it('reads "NO STENT" as a stent not placed and the common misspelling "rotater" as rotator', () => {
    expect(one('Ureteroscopy with lithotripsy and stent placement', 'R URETEROSCOPY, LASER LITHO, NO STENT')).toEqual(['Ureteroscopy with lithotripsy and stent placement']);
    expect(one('Arthroscopic rotator cuff repair', 'RT ARTHROSCOPIC ROTATER CUFF REPAIR')).toEqual(['Arthroscopic rotator cuff repair']);
  });

  it('keeps a line for repositioning or adjusting a device off putting one in: a VA ECMO cannulation, an ex-fix', () => {
    expect(one('Removal of gallbladder', 'LAP CHOLE')).toEqual(['Removal of gallbladder']);
    expect(one('Repositioning of peripheral ECMO cannula', 'VA ECMO CANNULATION, FEM')).toEqual(['UNKNOWN']);
    expect(one('Removal or adjustment of external fixator under anesthesia', 'EX-FIX L TIB PLATEAU')).toEqual(['UNKNOWN']);
    expect(one('Removal or adjustment of external fixator under anesthesia', 'REMOVAL EX-FIX R TIBIA')).toEqual(['Removal or adjustment of external fixator under anesthesia']);
    expect(one('Removal of breast implants, with or without capsulectomy', 'B/L BREAST IMPLANT REMOVAL W/ CAPSULECTOMY')).toEqual(['Removal of breast implants, with or without capsulectomy']);
  });

  it('reads "R TOTAL KNEE" as the arthroplasty, but a total knee something else is done to as that operation\'s place', () => {
    expect(one('Knee arthroscopy', 'R TOTAL KNEE W POSS LATERAL RELEASE')).toContain('UNKNOWN');
    const lines = ['Total knee arthroplasty', 'Manipulation of knee under anesthesia', 'Irrigation and debridement of knee', 'Adductor canal block'];
    expect(one(lines, 'R TOTAL KNEE')).toEqual(['Total knee arthroplasty']);
    expect(one(lines, 'R TOTAL KNEE W/ ADDUCTOR CANAL BLOCK')).toEqual(['Total knee arthroplasty']);
    expect(one(lines, 'MUA L TOTAL KNEE')).toEqual(['Manipulation of knee under anesthesia']);
    expect(one(lines, 'I&D L TOTAL KNEE')).toEqual(['Irrigation and debridement of knee']);
  });

  it('keeps a booking that says what it is for off a line for something else, whatever code it carries', () => {
    const m = titled('Ortho trauma', 'Orthopaedic Trauma', [{ name: 'Acute total hip arthroplasty for acetabular fracture, with or without column fixation', codes: ['27130'] }]);
    expect(names(m.match('R TOTAL HIP FOR DISPLACED FNF', '27130'))).toContain('UNKNOWN');
    expect(names(m.match('R TOTAL HIP', '27130'))).toEqual(['Acute total hip arthroplasty for acetabular fracture, with or without column fixation']);
    expect(names(m.match('R THA DUE TO FNF', '27130'))).toContain('UNKNOWN');
    expect(names(m.match('R THA - BOOKED FOR 3 HRS', '27130'))).toEqual(['Acute total hip arthroplasty for acetabular fracture, with or without column fixation']);
  });

  it('reads the SC joint as sternoclavicular, and a terrible triad repair as the elbow\'s, not only its radial head', () => {
    expect(one('Open treatment of elbow fracture-dislocation', 'TERRIBLE TRIAD REPAIR R ELBOW')).toEqual(['Open treatment of elbow fracture-dislocation']);
    expect(one('Open reduction and internal fixation of Lisfranc or midfoot fracture-dislocation', 'OPEN REDUCTION L POSTERIOR SC JOINT DISLOCATION')).toEqual(['UNKNOWN']);
    expect(one('Open treatment of acromioclavicular or sternoclavicular dislocation', 'OPEN REDUCTION L POSTERIOR SC JOINT DISLOCATION')).toEqual(['Open treatment of acromioclavicular or sternoclavicular dislocation']);
    const elbow = ['Open reduction and internal fixation or arthroplasty of radial head or neck fracture', 'Treatment of elbow dislocation or fracture-dislocation, including terrible triad injury'];
    expect(one(elbow[0], 'R RADIAL HEAD ARTHROPLASTY + LCL REPAIR (TERRIBLE TRIAD)')).toContain('UNKNOWN');
    expect(one(elbow, 'R RADIAL HEAD ARTHROPLASTY + LCL REPAIR (TERRIBLE TRIAD)')).toEqual(elbow);
  });

  it('reads a VAC on a hand and Integra beside it, and oral soft tissue lesions as the mouth\'s, not a lipoma\'s or the jaw bone\'s', () => {
    expect(one(['Application of skin substitute or dermal regeneration template', 'Application of negative-pressure wound therapy'], 'INTEGRA + VAC R DORSAL HAND')).toEqual(['Application of skin substitute or dermal regeneration template', 'Application of negative-pressure wound therapy']);
    expect(one('Excision of benign oral soft tissue lesions', 'EXCISION FIBROMA BUCCAL MUCOSA')).toEqual(['Excision of benign oral soft tissue lesions']);
    expect(one('Excision of benign oral soft tissue lesions', 'EXCISION LIPOMA BACK')).toEqual(['UNKNOWN']);
    expect(one('Excision of benign odontogenic cysts and tumors of the jaws', 'EXCISION FIBROMA BUCCAL MUCOSA')).toEqual(['UNKNOWN']);
  });

  it('asks for an operation written after a query mark beside one the same words start ("SLNB ?ALND")', () => {
    const lines = ['Total (simple) mastectomy, including skin-sparing and nipple-sparing technique', 'Sentinel lymph node biopsy of axilla', 'Axillary lymph node dissection'];
    expect(one(lines.slice(0, 2), 'R total mastectomy + SLNB ?ALND')).toContain('UNKNOWN');
    expect(one(lines, 'R total mastectomy + SLNB ?ALND')).toEqual(lines);
  });

  it('keeps a line that says "all ages" or "including pediatric patients" open to children under a privilege for adults "unless noted"', () => {
    const m = titled('Comprehensive Ophthalmology Core Privileges (patients 18 years and older unless noted)', 'Ophthalmology', [{ name: 'Probing and irrigation of nasolacrimal duct, with or without intubation, all ages' }, { name: 'Examination under anesthesia, including pediatric patients' }, { name: 'Trabeculectomy' }]);
    expect(names(m.match('NLD probing 14 mo'))).toEqual(['Probing and irrigation of nasolacrimal duct, with or without intubation, all ages']);
    expect(names(m.match('EUA w/ IOP check 2 yo'))).toEqual(['Examination under anesthesia, including pediatric patients']);
    expect(names(m.match('Trabeculectomy OS 4 yo'))).toEqual(['UNKNOWN']);
    const g = titled('General Surgery Core Privileges (patients 18 years and older unless noted)', 'General Surgery', [{ name: 'Appendectomy, including children over 5 years' }]);
    expect(names(g.match('LAP APPY 3 MO'))).toEqual(['UNKNOWN']);
  });

  it('covers no operation booked as such by a line that names only some kinds of it (a review found a paediatric herniotomy line covering an adult mesh repair)', () => {
    expect(one('Inguinal herniotomy and laparoscopic internal ring closure', 'R INGUINAL HERNIA REPAIR 65 YO')).toEqual(['UNKNOWN']);
    expect(one('Repair of epigastric and Spigelian hernias', 'INCISIONAL HERNIA REPAIR WITH MESH')).toEqual(['UNKNOWN']);
    expect(one('Microsurgical vasectomy reversal (vasovasostomy or vasoepididymostomy)', 'Vasectomy reversal')).toEqual(['UNKNOWN']);
  });

  it('reads Quebec French bookings (cholécystectomie lap, césarienne, cure hernie inguinale G, PTG gauche, 35 ans) and a title listing general and paediatric practice as for every age', () => {
    expect(one('Laparoscopic cholecystectomy', 'cholécystectomie lap')).toEqual(['Laparoscopic cholecystectomy']);
    expect(one('Caesarean section, primary or repeat', "Césarienne d'urgence cat 2")).toEqual(['Caesarean section, primary or repeat']);
    expect(one('Repair of inguinal hernia, open, with or without mesh', 'Cure hernie inguinale G, Lichtenstein')).toEqual(['Repair of inguinal hernia, open, with or without mesh']);
    expect(one('Primary total knee arthroplasty', 'PTG gauche, rachi')).toEqual(['Primary total knee arthroplasty']);
    expect(one('Appendectomy', 'PTG gauche, rachi')).toEqual(['UNKNOWN']);
    // (A French way in is the approach: an open line does not cover it.)
    expect(one('Open cholecystectomy', 'CHOLECYSTECTOMIE COELIOSCOPIQUE')).toEqual(['UNKNOWN']);
    expect(one('Laparoscopic cholecystectomy', 'CHOLECYSTECTOMIE COELIOSCOPIQUE')).toEqual(['Laparoscopic cholecystectomy']);
    expect(one('Total abdominal hysterectomy', 'HYSTÉRECTOMIE TOTALE LAPAROSCOPIQUE')).toEqual(['UNKNOWN']);
    expect(one('Total knee arthroplasty', 'PTG ROBOTIQUE')).toEqual(['UNKNOWN']);
    expect(one('Total knee arthroplasty', 'PTG GAUCHE + PTH DROITE')).toContain('UNKNOWN');
    expect(one('Partial mastectomy', 'TUMORECTOMIE RENALE')).toEqual(['UNKNOWN']);
    const m = titled('Core Privileges in Otolaryngology – General, Paediatric, Rhinology and Otology', 'Otolaryngology', [{ name: 'Septoplasty' }]);
    expect(names(m.match('septoplastie, 35 ans, SAOS'))).toEqual(['Septoplasty']);
  });

  it('keeps facial fractures off an orthopaedic "Fracture care" line (a review found them covered when facial fracture repair was read as fracture treatment)', () => {
    expect(one('Fracture care', 'ORIF MANDIBLE')).toEqual(['UNKNOWN']);
    expect(one('Fracture care', 'ZMC FX ORIF')).toEqual(['UNKNOWN']);
  });

  it('reads trauma and burn shorthand (R LE, TEMP TARSORRHAPHY, ELECTRICAL INJ, MECH THROMBECTOMY, AXBIFEM)', () => {
    expect(one(['Fasciotomy of lower extremity, including four-compartment fasciotomy of leg', 'Fasciotomy of upper extremity'], 'FASCIOTOMMY R LE 4 COMPARTMENTS')).toEqual(['Fasciotomy of lower extremity, including four-compartment fasciotomy of leg']);
    expect(one(['Temporary tarsorrhaphy', 'Permanent tarsorrhaphy'], 'TEMP TARSORRHAPHY BIL')).toEqual(['Temporary tarsorrhaphy']);
    expect(one('Amputation through forearm, arm, leg or thigh for burn or electrical injury', 'L BKA - ELECTRICAL INJ')).toEqual(['Amputation through forearm, arm, leg or thigh for burn or electrical injury']);
    expect(one('Endovascular mechanical thrombectomy for acute ischemic stroke', 'MECH THROMBECTOMY L MCA')).toEqual(['Endovascular mechanical thrombectomy for acute ischemic stroke']);
    expect(one('Axillofemoral or femoral-femoral bypass', 'AXBIFEM BYPASS')).toEqual(['Axillofemoral or femoral-femoral bypass']);
  });

  it('covers a plain phaco under a lumped phaco line that includes the femtosecond laser, and keeps a pedicled flap line off a DIEP', () => {
    const phaco = 'Cataract extraction with intraocular lens implantation, phacoemulsification, including femtosecond laser-assisted, toric and presbyopia-correcting lenses';
    expect(one(phaco, 'PHACO IOL OD')).toEqual([phaco]);
    expect(one(phaco, 'cataract OD w/ toric lens (SN6AT4), topical/MAC')).toEqual([phaco]);
    expect(one('Breast reconstruction with pedicled flap (e.g., latissimus, TRAM)', 'DIEP FLAP')).toEqual(['UNKNOWN']);
  });

  it('reads French ages and ways in and keeps other sites\' sentinel nodes, listed ages and children\'s titles as they are (a third review\'s findings)', () => {
    expect(one('Inguinal hernia repair, adults', 'CURE HERNIE INGUINALE 6 MOIS')).toEqual(['UNKNOWN']);
    expect(one('Inguinal hernia repair, adults', 'CURE HERNIE INGUINALE PÉDIATRIQUE')).toEqual(['UNKNOWN']);
    expect(one('Open inguinal hernia repair', 'CURE HERNIE INGUINALE TEP')).toEqual(['UNKNOWN']);
    expect(one('Open colectomy', 'COLECTOMIE DROITE VIDEO-ASSISTEE')).toEqual(['UNKNOWN']);
    expect(one('Open cholecystectomy', 'CHOLECYSTECTOMIE MINI-INVASIVE')).toEqual(['UNKNOWN']);
    expect(one(['Total laparoscopic hysterectomy', 'Pelvic sentinel lymph node mapping'], 'TLH BSO + L AXILLARY SLN')).toContain('UNKNOWN');
    expect(one('Peripheral atherectomy with angioplasty', 'SFA STENT')).toEqual(['UNKNOWN']);
    const ent = titled('Otolaryngology Core Privileges (18 years and older unless noted)', 'Otolaryngology', [{ name: 'Laryngoscopy (all ages); tonsillectomy' }, { name: 'Tonsillectomy, including pediatric patients, minimum age 3 years' }]);
    expect(names(ent.match('TONSILLECTOMY 18 MO'))).toEqual(['UNKNOWN']);
    const peds = titled('Pediatric Surgery Core Privileges – General and Pediatric Urology', 'Pediatric Surgery', [{ name: 'Inguinal hernia repair' }]);
    expect(names(peds.match('IHR 45 YO'))).toEqual(['UNKNOWN']);
  });

  it('keeps a supratentorial hematoma line off a cerebellar evacuation, and meets it with a frontal or temporal one', () => {
    const line = 'Craniotomy or craniectomy for evacuation of supratentorial epidural, subdural or intracerebral hematoma';
    expect(one(line, 'SUBOCC CRANI, EVAC CEREBELLAR ICH')).toContain('UNKNOWN');
    expect(one(line, 'EVAC CEREBELLAR ICH')).toEqual(['UNKNOWN']);
    expect(one(line, 'R TEMPORAL EDH EVACUATION')).toEqual([line]);
    expect(one('Craniotomy for resection of supratentorial brain tumor', 'SUBOCCIPITAL CRANIOTOMY FOR CEREBELLAR TUMOR')).toEqual(['UNKNOWN']);
  });
});

describe('what a VA medical center, an Australian public hospital, a community hospital\'s procedural suites and an academic neuroscience service showed (held-out sets 195–198)', () => {
  it('covers a plain TURBT under a line for "small, medium or large" tumors', () => {
    const turbt = 'Transurethral resection of bladder tumor (TURBT), small, medium or large, including blue light cystoscopy';
    expect(one(turbt, 'TURBT')).toEqual([turbt]);
    expect(one(['Transurethral resection of prostate (TURP)', turbt], 'TURP + TURBT')).toEqual(['Transurethral resection of prostate (TURP)', turbt]);
  });

  it('reads a TEP beside a laryngectomy as the voice puncture, and a graft that names no place as no head-and-neck graft', () => {
    const wle = 'Wide local excision of skin cancer of face, scalp, ear and neck';
    const graft = 'Split- or full-thickness skin graft to head and neck';
    expect(one([wle, graft], 'WLE R forearm + FTSG')).toContain('UNKNOWN');
    expect(one([wle, graft], 'EXCISION SCC 1ST METATARSAL HEAD R FOOT + STSG')).toEqual(['UNKNOWN', 'UNKNOWN']);
    expect(one(['Carotid endarterectomy', 'Application of cultured epidermal autograft'], 'L CEA W/ DACRON GRAFT')).toEqual(['Carotid endarterectomy']);
    expect(one('Application of cultured epidermal autograft', 'R CEA, graft applied')).toEqual(['UNKNOWN']);
    const tl = 'Total laryngectomy, with or without neck dissection';
    const tep = 'Tracheoesophageal puncture with placement of voice prosthesis';
    expect(one([tl, tep], 'TL + TEP + B/L ND')).toEqual([tl, tep]);
    expect(one(['Laparoscopic inguinal hernia repair'], 'B/L TEP W/ MESH')).toEqual(['Laparoscopic inguinal hernia repair']);
  });

  it('keeps a steal syndrome\'s DRIL, an epicardial access, a meningioma\'s embolization and an MMA embolization off lines that name none of them', () => {
    expect(one('Revision of arteriovenous fistula or graft, open, to include thrombectomy, superficialization and plication', 'DRIL PROCEDURE LT ARM')).toEqual(['UNKNOWN']);
    const vt = 'Ablation of ventricular tachycardia and premature ventricular contractions';
    expect(one(vt, 'VT ablation (ischemic)')).toEqual([vt]);
    expect(one(vt, 'VT ablation (ischemic), poss epi access')).toContain('UNKNOWN');
    const avm = 'Embolization of brain or spinal arteriovenous malformation or dural arteriovenous fistula';
    expect(one(avm, 'AVM embolization (Onyx)')).toEqual([avm]);
    expect(one(avm, 'Preop tumor embo (meningioma)')).toEqual(['UNKNOWN']);
    expect(one(avm, 'MMA embolization for cSDH')).toEqual(['UNKNOWN']);
  });

  it('reads a costotransversectomy as an operation of its own, not a corpectomy, and an occiput-to-C2 fusion as occipitocervical', () => {
    const thoracic = 'Thoracic decompression, laminectomy or costotransversectomy, excluding intradural procedures';
    expect(one(thoracic, 'L2 corpectomy for tumor')).toEqual(['UNKNOWN']);
    expect(one(thoracic, 'T7 costotransversectomy')).toEqual([thoracic]);
    expect(one(thoracic, 'L4-5 laminectomy')).toEqual(['UNKNOWN']);
    expect(one('Thoracic laminectomy', 'T8 costotransversectomy for disc')).toEqual(['UNKNOWN']);
    expect(one('Occipitocervical fusion', 'Occ-C2 PSF')).toContain('Occipitocervical fusion');
    expect(one('Posterior C1–C2 fusion', 'Occ-C2 PSF')).toContain('UNKNOWN');
    expect(one('Posterior C1–C2 fusion', 'Occiput to C4 posterior fusion')).toEqual(['UNKNOWN']);
  });

  it('does not drop "nav" beside an EBUS, a coin beside an EGD, or a Mirena beside a hysteroscopy, and reads no bronchoscopy in a navigated radius', () => {
    const ebus = 'Endobronchial ultrasound-guided transbronchial needle aspiration (EBUS-TBNA)';
    expect(one(ebus, 'EBUS + nav, mediastinal staging')).toContain('UNKNOWN');
    expect(one([ebus, 'Electromagnetic navigational bronchoscopy'], 'EBUS + nav, mediastinal staging')).toEqual([ebus, 'Electromagnetic navigational bronchoscopy']);
    expect(one('Esophagogastroduodenoscopy, diagnostic, with or without biopsy', 'EGD - coin ingestion')).toContain('UNKNOWN');
    expect(one('Hysteroscopy, diagnostic and operative', 'Hysteroscopy + Mirena')).toContain('UNKNOWN');
    expect(one('Open reduction internal fixation of distal radius fracture', 'ORIF distal radius, radial styloid, nav')).toEqual(['Open reduction internal fixation of distal radius fracture']);
  });

  it('reads OD and OS beside an eye operation\'s own words, and a British typo', () => {
    expect(one('Strabismus surgery, adult, horizontal or vertical muscles', 'LR RECESSION OS')).toEqual(['Strabismus surgery, adult, horizontal or vertical muscles']);
    expect(one('Pars plana vitrectomy, including removal of silicone oil', 'REMOVAL SILICONE OIL OD')).toEqual(['Pars plana vitrectomy, including removal of silicone oil']);
    expect(one('Image-guided percutaneous tumor ablation', 'Open RFA liver segment 7')).toEqual(['UNKNOWN']);
    const haem = 'Haemorrhoidectomy, haemorrhoidal artery ligation and rubber band ligation of haemorrhoids';
    expect(one(haem, 'Haemorroidectomy (Milligan-Morgan)')).toEqual([haem]);
    expect(one('Parotidectomy, superficial or total, with facial nerve dissection', 'L SUPERFICIAL PAROTIDECTOMY W/ FN MONITOR')).toEqual(['Parotidectomy, superficial or total, with facial nerve dissection']);
    expect(one('Facet joint intra-articular injection', 'L L4-5 facet inj IA')).toEqual(['Facet joint intra-articular injection']);
  });

  it('reads lines that list every occasion or a primary closure among others as no limit: a laparoscopic hernia line "initial or recurrent", an excision "with primary, layered or local flap closure"', () => {
    const open = 'Repair of inguinal, femoral and umbilical hernia, open, with or without mesh';
    const lap = 'Laparoscopic repair of inguinal hernia, unilateral or bilateral, initial or recurrent';
    expect(one([open, lap], 'LAP BIL IHR (TEP) W/ MESH')).toEqual([lap]);
    expect(one([open, lap], 'RECURRENT R IHR OPEN')).toEqual([open]);
    const skin = 'Excision of malignant lesions of skin, with primary, layered or local flap closure';
    expect(one(skin, 'EXC SCC L FOREARM W/ LAYERED CLOSURE')).toEqual([skin]);
    expect(one(skin, 'ADVANCEMENT FLAP R CHEEK')).toEqual(['UNKNOWN']);
  });

  it('reads an Australian theatre list\'s words: oesophagus, ureteric, SPC change, high tie, diathermy, gastro/colonoscopy, a chevron incision (open), Billroth II', () => {
    expect(one('Endoscopic removal of oesophageal foreign body', 'Removal coin oesophagus')).toEqual(['Endoscopic removal of oesophageal foreign body']);
    const stent = 'Insertion, exchange and removal of ureteric stent including retrograde pyelography';
    expect(one(stent, 'R JJ stent insertion (obstructed infected kidney)')).toEqual([stent]);
    expect(one('Insertion and change of suprapubic catheter', 'Change SPC (difficult) under GA')).toEqual(['Insertion and change of suprapubic catheter']);
    expect(one('High ligation and stripping of varicose veins', 'R GSV high tie and stripping')).toEqual(['High ligation and stripping of varicose veins']);
    expect(one(['Laparoscopic low anterior resection', 'High ligation and stripping of varicose veins'], 'Lap LAR, high tie of IMA and inferior mesenteric vein')).not.toContain('High ligation and stripping of varicose veins');
    const cysto = 'Flexible and rigid cystoscopy with or without biopsy and diathermy';
    expect(one(cysto, 'Rigid cysto + bladder biopsies + diathermy')).toEqual([cysto]);
    expect(one('Colonoscopy including biopsy and polypectomy', 'Gastro/colonoscopy - bowel prep Moviprep')).toContain('UNKNOWN');
    expect(one('Open and laparoscopic simple and radical nephrectomy', 'RT RADICAL NEPHRECTOMY, OPEN (CHEVRON)')).toEqual(['Open and laparoscopic simple and radical nephrectomy']);
    expect(one('Laparoscopic radical nephrectomy', 'Radical nephrectomy via chevron incision')).toEqual(['UNKNOWN']);
    expect(one('Partial gastrectomy, open, with Billroth I, Billroth II or Roux-en-Y reconstruction', 'DISTAL GASTRECTOMY W/ BII')).toEqual(['Partial gastrectomy, open, with Billroth I, Billroth II or Roux-en-Y reconstruction']);
  });

  it('covers hemorrhoid banding under "Anoscopy with rubber band ligation" and a groin node under an inguinal one; keeps a central neck dissection off a supraomohyoid line and a thigh fasciotomy off an upper-extremity one', () => {
    expect(one('Fasciotomy of upper extremity for compartment syndrome', 'Thigh fasciotomy')).toEqual(['UNKNOWN']);
    const rbl = 'Anoscopy with rubber band ligation of internal hemorrhoids';
    expect(one(rbl, 'Hemorrhoid banding x3')).toEqual([rbl]);
    expect(one('Supraomohyoid neck dissection', 'R CENTRAL NECK DISSECTION')).toEqual(['UNKNOWN']);
    expect(one('Excision biopsy of cervical, axillary and inguinal lymph nodes', 'L groin LN biopsy')).toEqual(['Excision biopsy of cervical, axillary and inguinal lymph nodes']);
    expect(one('Excision biopsy of cervical, axillary and inguinal lymph nodes', 'L popliteal LN biopsy')).toEqual(['UNKNOWN']);
  });

  it('reads a spine and pain form\'s pairs as every kind and its exclusions as what they name: "instrumented or non-instrumented", "(including caudal)", "excluding paddle leads"', () => {
    const plf = 'Posterolateral lumbar fusion, instrumented or non-instrumented';
    expect(one(plf, 'L4-5 PLF')).toEqual([plf]);
    const esi = 'Epidural steroid injection, interlaminar (including caudal) and transforaminal, excluding cervical transforaminal';
    expect(one(esi, 'T10-11 IL ESI (sedation)')).toEqual([esi]);
    expect(one(esi, 'C5-6 TFESI')).toEqual(['UNKNOWN']);
    const scs = 'Revision or removal of spinal cord stimulator leads or pulse generator, excluding paddle leads';
    expect(one(scs, 'SCS lead revision - migrated lead')).toEqual([scs]);
    expect(one(scs, 'SCS paddle lead removal')).toContain('UNKNOWN');
  });

  it('reads neurosurgery shorthand: C1-2 fusion under a posterior C1–C2 line, TSR beside a pituitary, AH beside an ATL, lam-foram, an aneurysm clip, Kocher\'s point', () => {
    expect(one('Posterior C1–C2 fusion', 'C1-2 fusion (Harms)')).toEqual(['Posterior C1–C2 fusion']);
    expect(one('Posterior cervical fusion, subaxial (C3-C7)', 'C1-2 fusion (Harms)')).toEqual(['UNKNOWN']);
    const tss = 'Transsphenoidal resection of pituitary tumor, microscopic or endoscopic';
    expect(one(tss, 'Endoscopic TSR pituitary macroadenoma w/ ENT')).toEqual([tss]);
    expect(one(tss, 'R TSR')).toEqual(['UNKNOWN']);
    const atl = 'Anterior temporal lobectomy and selective amygdalohippocampectomy';
    expect(one(atl, 'L ATL/AH')).toEqual([atl]);
    expect(one('Posterior cervical foraminotomy', 'L C6-7 posterior lam-foram')).toEqual(['Posterior cervical foraminotomy']);
    expect(one('Ventriculostomy and external ventricular drain placement', "EVD placement R (Kocher's pt)")).toEqual(['Ventriculostomy and external ventricular drain placement']);
    expect(one('Labor analgesia, epidural and combined spinal-epidural', 'labor epidural (severe PEC)')).toEqual(['Labor analgesia, epidural and combined spinal-epidural']);
  });

  it('reads a VA form\'s "to include …" as what the line includes, and an amputation\'s "below-knee and above-knee" as levels, no knee for a toe', () => {
    const amp = 'Amputations of the lower extremity to include toe, ray, transmetatarsal, guillotine, below-knee and above-knee, not to include hip disarticulation';
    expect(one(amp, 'L TMA')).toEqual([amp]);
    expect(one(amp, 'LT AKA + RT 3RD TOE AMP')).toEqual([amp]);
    expect(one(amp, 'L HIP DISARTICULATION')).toEqual(['UNKNOWN']);
    expect(one(amp, 'R ABOVE ELBOW AMPUTATION')).toEqual(['UNKNOWN']);
  });

  it('keeps the kinds a later parenthesis lists after an "(including …)" one, the catheters "tunneled or non-tunneled" names, and a RUDI a revision (a third review\'s findings)', () => {
    expect(one('Lumbar fusion (including interbody cage), posterior (PLIF/TLIF)', 'L4-5 ALIF')).toEqual(['UNKNOWN']);
    expect(one('Spinal fusion (includes instrumentation), cervical (ACDF)', 'C3-6 PSF')).toEqual(['UNKNOWN']);
    expect(one('Breast surgery (includes lumpectomy, SLNB)', 'L SLNB')).toEqual(['Breast surgery (includes lumpectomy, SLNB)']);
    expect(one('Central venous catheter placement, tunneled or non-tunneled', 'Tunneled HD catheter')).toEqual(['Central venous catheter placement, tunneled or non-tunneled']);
    const rev = 'Revision of arteriovenous fistula or graft, open, to include thrombectomy, superficialization and plication';
    expect(one(rev, 'RUDI L arm')).toEqual([rev]);
    expect(one('Pectoral nerve block', 'PEC block')).toEqual(['Pectoral nerve block']);
    expect(one('Craniotomy for clipping of intracranial aneurysm', 'R crani clip')).not.toContain('Craniotomy for clipping of intracranial aneurysm');
  });

  it('reads the insertion a tunneled dialysis catheter line lists beside its exchange and removal, and a brachial or femoral artery as peripheral', () => {
    const tdc = 'Insertion, exchange or removal of tunneled dialysis catheter';
    expect(one(tdc, 'TDC PLACEMENT RIJ')).toEqual([tdc]);
    expect(one('Removal of tunneled dialysis catheter', 'TDC PLACEMENT RIJ')).toEqual(['UNKNOWN']);
    const emb = 'Thromboembolectomy of peripheral arteries';
    expect(one(emb, 'Embolectomy R brachial')).toEqual([emb]);
    expect(one(emb, 'SMA embolectomy')).toEqual(['UNKNOWN']);
  });

  it('reads a cancer centre\'s asides as no operation: near the UO, stage IB, prosthodontics, oculoplastics, a sinonasal mass', () => {
    const turbt = 'Transurethral resection of bladder tumor (TURBT)';
    expect(one(turbt, 'TURBT (near R UO)')).toEqual([turbt]);
    expect(one('Robotic-assisted retroperitoneal lymph node dissection', 'Robotic RPLND, primary - NSGCT stage IB')).toEqual(['Robotic-assisted retroperitoneal lymph node dissection']);
    expect(one('Maxillectomy, partial or total', 'R infrastructure maxillectomy, surgical obturator (prosthodontics)')).toEqual(['Maxillectomy, partial or total']);
    expect(one('Endoscopic sinus surgery, including biopsy and resection of sinonasal tumor', 'Endoscopic sinus surgery, bx of sinonasal mass')).toEqual(['Endoscopic sinus surgery, including biopsy and resection of sinonasal tumor']);
  });

  it('reads a cath lab\'s and IR list\'s asides: STEMI activation, iliofem, AFB with its TASC class, a perc chole tube, ECPELLA', () => {
    const lhc = 'Left heart catheterization with selective coronary angiography';
    expect(one(lhc, 'STEMI ACTIVATION - emergent LHC')).toEqual([lhc]);
    const lysis = 'Catheter-directed thrombolysis and mechanical thrombectomy, arterial and venous';
    expect(one(lysis, 'Cath directed lysis L iliofem DVT (EKOS) - phase 1')).toEqual([lysis]);
    expect(one('Aortobifemoral and aortoiliac bypass', 'Aorto-bifem bypass (AFB) - TASC D')).toEqual(['Aortobifemoral and aortoiliac bypass']);
    expect(one('Percutaneous cholecystostomy', 'Perc chole tube - acalculous cholecystitis, ICU')).toEqual(['Percutaneous cholecystostomy']);
    expect(one('Laparoscopic cholecystectomy', 'Perc chole tube - acalculous cholecystitis, ICU')).toEqual(['UNKNOWN']);
    expect(one('Percutaneous ventricular assist device insertion (Impella)', 'Impella CP - ECPELLA')).toEqual(['Percutaneous ventricular assist device insertion (Impella)']);
  });
});

describe('what an English NHS trust, a children\'s hospital, a women\'s hospital and a tertiary referral centre showed (held-out sets 199–202)', () => {
  it('keeps a burn line\'s limit on the carpal tunnel release it includes, even with the release\'s own code', () => {
    const burn = 'Fasciotomy of extremity for burn or electrical injury, including carpal tunnel release';
    const m = new ProcedureMatcher([{ id: 'B', name: 'Burn', department: 'Burn Surgery', kind: 'core' as const, procedures: [{ name: burn, codes: ['25020', '27600', '64721'] }] }], { vocabulary: builtinVocabulary() });
    expect(names(m.match('R CTR, ELECTIVE', '64721'))).toContain('UNKNOWN');
    expect(names(m.match('R CTR - ELECTRICAL BURN HAND', '64721'))).toEqual([burn]);
    // The line's own operation's code still says what its words leave unsaid.
    expect(names(m.match('FASCIOTOMY R FOREARM', '25020'))).toEqual([burn]);
  });

  it('reads a modified posterior exenteration as its own operation: no pelvic exenteration line covers it', () => {
    const mpe = 'Rectosigmoid resection en bloc with pelvic tumor (modified posterior exenteration)';
    const pe = 'Pelvic exenteration, anterior, posterior or total';
    expect(one([mpe, pe], 'modified posterior exenteration')).toEqual([mpe]);
    expect(one(pe, 'modified posterior exenteration')).toEqual(['UNKNOWN']);
    expect(one(pe, 'posterior exenteration')).toEqual([pe]);
    const debulk = 'Primary or interval cytoreductive surgery for ovarian, tubal or peritoneal cancer';
    expect(one([debulk, mpe], 'Interval cytoreduction, modified posterior exenteration')).toEqual([debulk, mpe]);
    expect(one(debulk, 'Interval cytoreduction, modified posterior exenteration')).toEqual([debulk, 'UNKNOWN']);
  });

  it('holds an external cephalic version at 34 weeks to a line for "36 weeks and beyond"', () => {
    const ecv = 'External cephalic version, 36 weeks and beyond';
    expect(one(ecv, 'ECV at 34w2d (transverse lie)')).toEqual(['UNKNOWN']);
    expect(one(ecv, 'ECV 37w1d, epidural standby')).toEqual([ecv]);
  });

  it('reads a 3c laceration beside a sidewall laceration as a third-degree repair of its own', () => {
    const third = 'Repair of third and fourth degree perineal lacerations, including anal sphincter repair';
    const minor = 'Repair of cervical, vaginal and periurethral lacerations';
    expect(one([third, minor], 'Repair 3c lac + vaginal sidewall lac').sort()).toEqual([minor, third]);
    expect(one(minor, 'Repair 3c lac + vaginal sidewall lac').sort()).toEqual([minor, 'UNKNOWN']);
  });

  it('reads a presacral neurectomy as no excision of endometriosis, and a stage the booking says under a line of stages', () => {
    const psn = 'Laparoscopic presacral neurectomy';
    expect(one(psn, 'poss excision endo')).toEqual(['UNKNOWN']);
    expect(one(psn, 'LSC presacral neurectomy')).toEqual([psn]);
    const early = 'Fulguration or excision of endometriosis, stage I and II';
    expect(one(early, 'LSC excision endo stage II')).toEqual([early]);
    expect(one(early, 'LSC excision endo stage IV')).toEqual(['UNKNOWN']);
  });

  it('keeps a knee scope booked before "+/-" a meniscal repair as an operation of its own', () => {
    const repair = 'Arthroscopic meniscal repair';
    const scope = 'Arthroscopy of knee, diagnostic and therapeutic';
    expect(one(repair, 'Scope R knee +/- meniscal repair')).toContain('UNKNOWN');
    expect(one([scope, repair], 'Scope R knee +/- meniscal repair')).toEqual([scope, repair]);
  });

  it('reads an ACL line\'s "hamstring or patellar tendon graft" as its graft, no hamstring, patellar or biceps tendon repair', () => {
    const acl = 'Arthroscopic anterior cruciate ligament reconstruction (hamstring or patellar tendon graft)';
    expect(one(acl, 'Distal biceps repair L')).toEqual(['UNKNOWN']);
    expect(one(acl, 'R proximal hamstring repair')).toEqual(['UNKNOWN']);
    expect(one(acl, 'patellar tendon repair L')).toEqual(['UNKNOWN']);
    expect(one(acl, 'R ACL recon w/ hamstring tendon graft')).toEqual([acl]);
    expect(one('Anterior cruciate ligament reconstruction with hamstring or patellar tendon autograft', 'Distal biceps repair L')).toEqual(['UNKNOWN']);
  });

  it('reads "+ prosthesis" beside an orchidectomy as the testicular prosthesis', () => {
    const orch = 'Orchidectomy (simple, subcapsular or inguinal radical)';
    const prosthesis = 'Insertion of testicular prosthesis';
    expect(one(orch, 'Inguinal orchidectomy R + prosthesis')).toEqual([orch, 'UNKNOWN']);
    expect(one([orch, prosthesis], 'Inguinal orchidectomy R + prosthesis')).toEqual([orch, prosthesis]);
  });

  it('holds an ex-premature infant\'s post-conceptional age to lines that leave out or take in infants under 50 weeks', () => {
    const general = 'Repair of inguinal, femoral and umbilical hernia and communicating hydrocele, open, excluding premature infants under 50 weeks post-conceptional age';
    const preemie = 'Inguinal hernia repair in premature infants under 50 weeks post-conceptional age';
    expect(one(general, 'Bilat IHR, ex-29wk now 44wk PCA - spinal anesthesia')).toEqual(['UNKNOWN']);
    expect(one([general, preemie], 'Bilat IHR, ex-29wk now 44wk PCA - spinal anesthesia')).toEqual([preemie]);
    expect(one(general, 'R IHR, ex-30 wker now 56 wks PCA')).toEqual([general]);
    // A booking that says no such age is not held to it.
    expect(one(general, 'R inguinal hernia repair, 4yo')).toEqual([general]);
  });

  it('reads a distal hypospadias line\'s "including … tubularized incised plate urethroplasty" as the distal repair done so, no other urethroplasty', () => {
    const distal = 'Repair of distal hypospadias, including meatal advancement and tubularized incised plate urethroplasty';
    expect(one(distal, 'proximal hypospadias repair')).toEqual(['UNKNOWN']);
    expect(one(distal, 'Cysto + buccal graft urethroplasty (bulbar stricture, 16yo)')).toEqual(['UNKNOWN', 'UNKNOWN']);
    expect(one(distal, 'TIP repair distal hypospadias')).toEqual([distal]);
  });

  it('reads an open femoral access beside an EVAR as the access, no open aneurysm repair', () => {
    const evar = 'Endovascular repair of infrarenal abdominal aortic aneurysm (EVAR), including percutaneous or open femoral access';
    const open = 'Open repair of infrarenal abdominal aortic aneurysm, elective or ruptured';
    expect(one(evar, 'Open AAA repair - RUPTURED, tube graft')).not.toContain(evar);
    expect(one([evar, open], 'Open AAA repair - RUPTURED, tube graft')).toEqual([open]);
    expect(one(evar, 'EVAR (Endurant)')).toEqual([evar]);
    expect(one(open, 'EVAR w/ open femoral access')).not.toContain(open);
  });

  it('asks for a gracilis interposition and a portal vein resection booked beside a fistula repair or a Whipple', () => {
    const rvf = 'Repair of rectovaginal fistula, transanal or transperineal';
    expect(one(rvf, 'RVF repair, transperineal + gracilis interposition')).toEqual([rvf, 'UNKNOWN']);
    const whipple = 'Pancreaticoduodenectomy (Whipple), open, pylorus-preserving or classic';
    const pv = 'Portal and superior mesenteric vein resection and reconstruction with pancreatectomy, excluding arterial resection';
    expect(one(whipple, 'Classic Whipple + PV resection w/ IJ interposition graft')).toEqual([whipple, 'UNKNOWN']);
    expect(one([whipple, pv], 'Classic Whipple + PV resection w/ IJ interposition graft')).toEqual([whipple, pv]);
  });

  it('reads a Frey or Beger line\'s "pancreatic head resection" as no Whipple, and a bare pancreatectomy as no distal one', () => {
    const frey = 'Lateral pancreaticojejunostomy (Puestow) and pancreatic head resection (Frey, Beger)';
    expect(one(frey, 'Lap Whipple')).toEqual(['UNKNOWN']);
    expect(one(frey, 'Frey procedure, chronic pancreatitis')).toEqual([frey]);
    expect(one('Distal pancreatectomy, open or laparoscopic', 'Pancreatectomy')).toEqual(['UNKNOWN']);
  });

  it('privileges a donor\'s hepatectomy or nephrectomy, and ALPPS, apart from the operations on patients', () => {
    expect(one('Partial hepatectomy, wedge resection and segmentectomy, open', 'Living donor R hepatectomy')).toEqual(['UNKNOWN']);
    expect(one('Living donor hepatectomy', 'Living donor R hepatectomy')).toEqual(['Living donor hepatectomy']);
    expect(one('Nephrectomy, radical, partial or simple, open or laparoscopic', 'Lap donor nephrectomy')).toEqual(['UNKNOWN']);
    expect(one('Major hepatectomy (right, left, extended, trisectionectomy), open', 'ALPPS stage 1')).toEqual(['UNKNOWN']);
  });

  it('reads a bilateral salpingectomy booked for sterilization under the sterilization line', () => {
    const bs = 'Laparoscopic salpingectomy, oophorectomy or salpingo-oophorectomy, unilateral or bilateral, including risk-reducing';
    const ster = 'Laparoscopic tubal sterilization by occlusion or bilateral salpingectomy';
    expect(one([bs, ster], 'Lap BS for sterilization')).toEqual([ster]);
    expect(one([bs, ster], 'Lap L salpingectomy for ectopic')).toEqual([bs]);
  });

  it('reads a left ventricular assist device line as no right or temporary VAD', () => {
    const lvad = 'Left ventricular assist device implantation';
    expect(one(lvad, 'RVAD implantation')).toEqual(['UNKNOWN']);
    expect(one(lvad, 'Temp LVAD (CentriMag)')).toEqual(['UNKNOWN']);
    expect(one(lvad, 'LVAD (HM3)')).toEqual([lvad]);
  });

  it('reads "Flexible cystoscopy, with or without biopsy" as the flexible cystoscopy, and "Flexi cysto" as one', () => {
    const flexi = 'Flexible cystoscopy, with or without biopsy, including removal of ureteric stent';
    const rigid = 'Rigid cystoscopy, with or without biopsy';
    expect(one([flexi, rigid], 'Flexi cysto - LA')).toEqual([flexi]);
    expect(one([flexi, rigid], 'Rigid cysto + bladder biopsies')).toEqual([rigid]);
    expect(one(rigid, 'Flexi cysto - LA')).toEqual(['UNKNOWN']);
  });

  it('reads FDI and Palmer tooth numbers as Commonwealth lists write them: 38/48 and LR8 are third molars, 48 a lower one', () => {
    const surgical = 'Surgical removal of impacted or buried teeth, including third molars';
    const coronectomy = 'Coronectomy of lower third molar';
    expect(one(surgical, 'Extraction 38/48 GA')).toEqual([surgical]);
    expect(one(surgical, 'Surgical removal LR8 LA+sedation')).toContain(surgical);
    expect(one(coronectomy, 'Coronectomy 48')).toEqual([coronectomy]);
    expect(one(coronectomy, 'Coronectomy 18')).toEqual(['UNKNOWN']);
    // Universal numbers stay what they are: 18 and 19 are no third molars.
    expect(one('Extraction of third molars', 'EXT #18, 19')).toEqual(['UNKNOWN']);
  });

  it('reads British and clinic shorthand: vulval, a TA biopsy for giant cell arteritis, intravitreal anti-VEGF, a transabdominal CVS', () => {
    expect(one('Biopsy or excision of vulval lesion', 'Vulval biopsy x2')).toEqual(['Biopsy or excision of vulval lesion']);
    expect(one('Temporal artery biopsy', 'TA biopsy L - ?GCA')).toEqual(['Temporal artery biopsy']);
    expect(one('Temporal artery biopsy', 'R TA muscle biopsy')).not.toContain('Temporal artery biopsy');
    expect(one('Intravitreal injection of therapeutic agent', 'Intravitreal anti-VEGF RE')).toEqual(['Intravitreal injection of therapeutic agent']);
    const ob = new ProcedureMatcher([{ id: 'OB', name: 'Obstetrics Core Privileges', department: 'Obstetrics', kind: 'core' as const, procedures: [{ name: 'Chorionic villus sampling' }, { name: 'Cesarean delivery' }, { name: 'Amniocentesis' }] }], { vocabulary: builtinVocabulary() });
    expect(names(ob.match('CVS TA 11w4d', '59015'))).toEqual(['Chorionic villus sampling']);
  });

  it('asks for the open line where a laparoscopic booking says it may convert, and not where a conversion is the operation', () => {
    const lap = 'Laparoscopic cholecystectomy';
    const open = 'Open cholecystectomy';
    expect(one(lap, 'lap choly - hot GB, ?convert')).toContain('UNKNOWN');
    expect(one([lap, open], 'lap choly - hot GB, ?convert')).not.toContain('UNKNOWN');
    const conv = 'Laparoscopic conversion of sleeve gastrectomy to Roux-en-Y gastric bypass';
    expect(one(conv, 'Lap conversion sleeve to RYGB')).toEqual([conv]);
  });

  it('holds a line with a least age per kind ("18 and older (saline) or 22 and older (silicone)") to the stricter one', () => {
    const aug = 'Augmentation mammaplasty with implant, patients 18 and older (saline) or 22 and older (silicone)';
    expect(one(aug, 'Breast augmentation, silicone gel, 20 y/o')).toEqual(['UNKNOWN']);
    expect(one(aug, 'Bilat breast augmentation, silicone, 34 yo')).toEqual([aug]);
  });

  it('reads "Manipulation under anaesthesia of fracture …" as a closed reduction, no joint manipulation', () => {
    const mua = 'Manipulation under anaesthesia of fracture or dislocation in adults, with or without percutaneous wiring';
    expect(one(mua, 'MUA + K-wires distal radius')).toEqual([mua]);
    expect(one(mua, 'MUA L frozen shoulder')).toEqual(['UNKNOWN']);
  });

  it('reads a post-conceptional age only as weeks said so, and a premature infant of no stated age as unknown under a line bounded by it', () => {
    const general = 'Inguinal hernia repair, excluding premature infants under 50 weeks post-conceptional age';
    expect(one('Coiling of intracranial aneurysm, pediatric', 'COILING L PCA 4 MM ANEURYSM, 61F')).toEqual(['UNKNOWN']);
    expect(one('Tonsillectomy, pediatric', 'TONSILLECTOMY 34M, PCA 10')).toEqual(['UNKNOWN']);
    expect(one('Spinal fusion, pediatric', 'T2-L3 PSF, CORRECTED 40 DEG, 58F')).toEqual(['UNKNOWN']);
    expect(one('Robotic radical prostatectomy, excluding neonates', 'RALP PCA 3+4')).toEqual(['Robotic radical prostatectomy, excluding neonates']);
    // Birth weeks and age from birth make the post-conceptional age; prematurity alone leaves it unknown.
    expect(one(general, 'BILAT IHR, EX-28WK PREEMIE NOW 10 WKS OLD')).toEqual(['UNKNOWN']);
    expect(one(general, 'BILATERAL IHR, BORN AT 28 WEEKS, NOW 2 MONTHS')).toEqual(['UNKNOWN']);
    expect(one(general, 'R IHR, PREEMIE')).toEqual(['UNKNOWN']);
    expect(one(general, 'R IHR, EX-30 WKER, 7 MONTHS OLD')).toEqual([general]);
    expect(one(general, 'R IHR, 4 YO')).toEqual([general]);
  });

  it('meets a line of stages only where the booking says "stage" and no other stage or grade numeral', () => {
    const early = 'Fulguration or excision of endometriosis, stage I and II';
    expect(one(early, 'LSC EXCISION OF STAGE IV ENDOMETRIOSIS, ASA II')).toEqual(['UNKNOWN']);
    expect(one(early, 'LSC EXCISION ENDO STAGE II-III')).toEqual(['UNKNOWN']);
    expect(one(early, 'LSC EXCISION DEEP ENDO, TYPE II DIABETIC')).toEqual(['UNKNOWN']);
  });

  it('reads an open way in as a cutdown only for a vessel beside an endograft: an open operation stays open', () => {
    expect(one('Laparoscopic nephrectomy', 'NEPHRECTOMY, OPEN SURGICAL ACCESS')).toEqual(['UNKNOWN']);
    expect(one('Laparoscopic colectomy', 'Colectomy, open surgical access')).toEqual(['UNKNOWN']);
    expect(one('Percutaneous tracheostomy', 'TRACHEOSTOMY, OPEN CUTDOWN')).toEqual(['UNKNOWN']);
    expect(one('Transcatheter aortic valve replacement', 'TAVR VIA OPEN FEMORAL ACCESS')).toEqual(['Transcatheter aortic valve replacement']);
    expect(one('Thoracic endovascular aortic repair (TEVAR)', 'TEVAR with open exposure of the iliac artery')).toContain('UNKNOWN');
  });

  it('reads FDI numbers only right after what is done to the teeth, all of them, and no gestation, age or weight', () => {
    const third = 'Removal of impacted third molars';
    for (const b of ['EXTRACTION OF 4 TEETH, BMI 38', 'DENTAL EXTRACTIONS UNDER GA, AGE 38', 'XLA 48 47', 'EXT UR8, LL7', 'EXTRACTION 38 48 / 36', 'XLA LL6, 38/40 pregnant']) expect(one(third, b)).toContain('UNKNOWN');
  });

  it('holds "excluding N weeks and beyond" as the weeks before it, and lets a booking that states none pass "N weeks and beyond"', () => {
    const suction = 'Suction curettage, excluding 13 weeks and beyond';
    expect(one(suction, 'SUCTION D&C 15 WKS')).toEqual(['UNKNOWN']);
    expect(one(suction, 'SUCTION D&C 8 WKS')).toEqual([suction]);
    const cs = 'Cesarean delivery, 24 weeks and beyond';
    expect(one(cs, 'REPEAT LTCS')).toEqual([cs]);
    expect(one(cs, 'PRIMARY LTCS 22 WKS')).toEqual(['UNKNOWN']);
  });

  it('keeps what a line names itself among what it includes, and reads a temporary or percutaneous LVAD as no durable one', () => {
    expect(one('Tympanomastoidectomy, including mastoidectomy', 'L CORTICAL MASTOIDECTOMY')).toEqual(['Tympanomastoidectomy, including mastoidectomy']);
    expect(one('Whipple procedure, including pancreatectomy', 'Distal pancreatectomy')).toEqual(['Whipple procedure, including pancreatectomy']);
    expect(one('Anterior cruciate ligament reconstruction, including other knee ligament reconstruction', 'PCL reconstruction')).toEqual(['Anterior cruciate ligament reconstruction, including other knee ligament reconstruction']);
    expect(one('Repair of distal hypospadias, including meatal advancement and tubularized incised plate urethroplasty', 'GLANULOPLASTY')).toEqual(['Repair of distal hypospadias, including meatal advancement and tubularized incised plate urethroplasty']);
    expect(one('Left ventricular assist device implantation', 'TEMPORARY LEFT VENTRICULAR ASSIST DEVICE')).toEqual(['UNKNOWN']);
    expect(one('Left ventricular assist device implantation', 'PERCUTANEOUS LVAD')).toContain('UNKNOWN');
    expect(one('Left ventricular assist device implantation, including exchange', 'LVAD PUMP EXCHANGE')).toEqual(['Left ventricular assist device implantation, including exchange']);
    expect(one('Insertion of testicular prosthesis', '3-PIECE PROSTHESIS VIA SCROTAL INCISION')).toEqual(['UNKNOWN']);
  });

  it('asks no open operation of a conversion that names what it becomes or is no route\'s', () => {
    expect(one(['Laparoscopic Nissen fundoplication', 'Open Toupet fundoplication'], 'LAP NISSEN, POSSIBLE CONVERSION TOUPET')).toContain('UNKNOWN');
    expect(one('Laparoscopic tubal ligation', 'LAPAROSCOPIC BTL UNDER LOCAL POSS CONVERSION GA')).toContain('Laparoscopic tubal ligation');
  });

  it('reads DU and PU beside a perforation\'s words as the ulcer', () => {
    const pu = 'Repair of perforated peptic ulcer (open or laparoscopic)';
    expect(one(pu, 'Laparoscopic repair of perforated DU')).toEqual([pu]);
    expect(one(pu, 'Ex lap, Graham patch perforated PU')).toContain(pu);
  });
});

describe('steps joined by "&", shorthand the corpora left unread, and what four new held-out sets showed (session 55)', () => {
  it('reads IM ketamine for depression as the intramuscular one, and a cardiac take-back line as no take-back elsewhere', () => {
    const iv = 'Intravenous ketamine infusion for treatment-resistant depression';
    const im = 'Intramuscular ketamine administration for depression';
    expect(one([iv, im], 'IM KETAMINE 0.75 MG/KG - TRD')).toEqual([im]);
    expect(one([iv, im], 'IM KETAMINE - DEPRESSION')).toEqual([im]);
    expect(one([iv, im], 'KETAMINE INFUSION - TRD')).toEqual([iv]);
    const cardiac = 'Re-exploration of the chest after cardiac surgery for bleeding or tamponade';
    expect(one(cardiac, 'RE-EXPLORATION L NECK FOR BLEEDING POST CEA')).toEqual(['UNKNOWN']);
    expect(one(cardiac, 'TAKE BACK FOR BLEEDING POST WHIPPLE')).toEqual(['UNKNOWN']);
    expect(one(cardiac, 'REEXPLORATION FOR BLEEDING - TRACHEOSTOMY SITE')).toEqual(['UNKNOWN']);
  });

  it('still reads a "for" clause as why, never as the operation: a block for a knee replacement is the block', () => {
    expect(one(['Adductor canal block', 'Total knee arthroplasty'], 'ADDUCTOR CANAL BLOCK - FOR TKA')).toEqual(['Adductor canal block']);
    expect(one('Total knee arthroplasty', 'ADDUCTOR CANAL BLOCK - FOR TKA')).toEqual(['UNKNOWN']);
  });

  it('reads "INCISION & DRAINAGE" and "ENUCLEATION & CURETTAGE" as one operation each, no eye enucleation in a jaw', () => {
    const perianal = 'Incision and drainage of perirectal abscess';
    expect(one(perianal, 'INCISION & DRAINAGE PERIANAL ABSCESS')).toEqual([perianal]);
    const cyst = 'Enucleation of odontogenic cyst of the jaw';
    expect(one([cyst, 'Enucleation of eye'], 'ENUCLEATION & CURETTAGE OKC LT MANDIBLE')).toEqual([cyst]);
    expect(one(['Tonsillectomy', 'Adenoidectomy'], 'TONSILLECTOMY & ADENOIDECTOMY')).toEqual(['Tonsillectomy', 'Adenoidectomy']);
  });

  it('reads ROTA beside an atherectomy as the rotational one, and a Zephyr valve as done for emphysema', () => {
    const rota = 'Rotational or orbital coronary atherectomy';
    expect(one([rota, 'Percutaneous coronary intervention with stent placement'], 'ROTA ATHERECTOMY + PCI LAD')).toEqual([rota, 'Percutaneous coronary intervention with stent placement']);
    const ebv = 'Endobronchial valve placement for emphysema';
    expect(one(ebv, 'ZEPHYR VALVES LUL')).toEqual([ebv]);
    expect(one(ebv, 'SPIRATION VALVES RUL - PERSISTENT AIR LEAK')).not.toContain(ebv);
  });

  it('reads a scoliosis fusion as deformity correction, and tori excised as their removal', () => {
    const deformity = 'Spinal deformity correction for adolescent idiopathic and adult scoliosis';
    expect(one([deformity, 'Posterior spinal fusion'], 'POSTERIOR SPINAL FUSION FOR ADOLESCENT IDIOPATHIC SCOLIOSIS')).toEqual([deformity]);
    expect(one('Posterior spinal fusion', 'PSF FOR SCOLIOSIS')).toContain('UNKNOWN');
    expect(one('Removal of torus or exostosis', 'EXCISION MANDIBULAR TORI BILAT')).toEqual(['Removal of torus or exostosis']);
  });

  it('covers no lumbar hardware removal by an anterior cervical line, no base-of-tongue TORS by a supraglottic laryngectomy line, no four-gland exploration by a single-gland line', () => {
    const cervical = 'Removal or revision of anterior cervical instrumentation';
    expect(one(cervical, 'L4-5 REMOVAL OF HARDWARE')).toEqual(['UNKNOWN']);
    expect(one(cervical, 'C5-6 ANTERIOR CERVICAL HARDWARE REMOVAL')).toEqual([cervical]);
    const supraglottic = 'Transoral robotic supraglottic laryngectomy';
    const oropharynx = 'Transoral robotic surgery of the oropharynx, including radical tonsillectomy and base of tongue resection';
    expect(one(supraglottic, 'TORS R BOT')).toEqual(['UNKNOWN']);
    expect(one([supraglottic, oropharynx], 'TORS R BOT')).toEqual([oropharynx]);
    const single = 'Parathyroidectomy, single gland (image-localized adenoma)';
    expect(one(single, 'PARATHYROIDECTOMY - 4 GLAND EXPLORATION')).not.toContain(single);
    expect(one(single, 'FOCUSED PARATHYROIDECTOMY R SUPERIOR')).toEqual([single]);
  });

  it('covers no stone basketing by a diagnostic ureteroscopy line, yet reads "diagnostic or therapeutic" as either', () => {
    const diagnostic = 'Diagnostic ureteroscopy, with or without biopsy';
    expect(one(diagnostic, 'RT URETEROSCOPY W/ BASKET EXTRACTION')).toEqual(['UNKNOWN']);
    expect(one(diagnostic, 'DIAGNOSTIC URETEROSCOPY LT W/ BX')).toEqual([diagnostic]);
    const either = 'Ureteroscopy, diagnostic or therapeutic, including laser lithotripsy, stone extraction, and stent placement';
    expect(one(either, 'URETEROSCOPY W/BASKET EXTRACTI - RT')).toEqual([either]);
  });

  it('keeps an operation "+" joins with a word InScope does not know, though a code names the one before: an Unna boot is no debridement', () => {
    const debridement = 'Selective debridement, including sharp, enzymatic and autolytic';
    expect(one(debridement, 'Selective debridement L lat malleolus + Zorb wrap', '97597')).toContain('UNKNOWN');
    const unna = 'Application of multilayer compression system or Unna boot';
    const wound = 'Debridement of wound, skin and subcutaneous tissue';
    expect(one([wound, unna], 'Debridement L lat malleolus ulcer + Unna boot')).toEqual([wound, unna]);
    expect(one(wound, 'Debridement L lat malleolus ulcer + Unna boot')).toContain('UNKNOWN');
  });

  it('reads a subpectoral biceps tenodesis as open, a radius/ulna shaft as no distal radius or radial head, and "Open treatment of … fracture" as that fracture\'s fixation', () => {
    const scope = 'Arthroscopic biceps tenodesis';
    expect(one(scope, 'SUBPEC BICEPS TENODESIS')).toEqual(['UNKNOWN']);
    expect(one([scope, 'Open subpectoral biceps tenodesis'], 'SUBPEC BICEPS TENODESIS')).toEqual(['Open subpectoral biceps tenodesis']);
    const shaft = 'Open treatment of radial or ulnar shaft fracture, single or both bones';
    const distal = 'Open treatment of distal radius fracture, including volar plating';
    const head = 'Open treatment of olecranon or radial head fracture, including radial head arthroplasty';
    expect(one([shaft, distal, head], 'LT RADIUS/ULNA SHAFT ORIF')).not.toContain(distal);
    expect(one([shaft, distal, head], 'LT RADIUS/ULNA SHAFT ORIF')).not.toContain(head);
    expect(one(distal, 'LT RADIUS/ULNA SHAFT ORIF')).toEqual(['UNKNOWN']);
    expect(one('Open treatment of proximal humerus fracture, including locked plating', 'ORIF R DISTAL HUMERUS FX')).toEqual(['UNKNOWN']);
    expect(one('Open treatment of ankle fracture, lateral, medial, bimalleolar or trimalleolar', 'LATERAL ANKLE STABILIZATION - CHRONIC INSTABILITY')).toEqual(['UNKNOWN']);
  });

  it('reads a food bolus after an EGD as its removal, and a static facial reanimation line as no nerve transfer and no pubovaginal sling', () => {
    const bolus = 'Upper endoscopy with foreign body or food bolus removal';
    expect(one(['Esophagogastroduodenoscopy with biopsy', bolus], 'EGD - FOOD BOLUS')).toContain(bolus);
    const reanimation = 'Static facial reanimation, including fascial sling and eyelid weight';
    expect(one(reanimation, 'Masseteric-to-facial nerve transfer L')).toEqual(['UNKNOWN']);
    expect(one(reanimation, 'PUBOVAGINAL SLING - SUI')).not.toContain(reanimation);
  });

  it('keeps what two reviews of this version found: no "for" clause makes another operation, no organ injury is a fracture fixation, a node clearance after "+" is asked for', () => {
    expect(one('Intravenous ketamine infusion', 'INTRANASAL KETAMINE FOR DEPRESSION')).toEqual(['UNKNOWN']);
    expect(one('Thoracic sympathectomy', 'LUMBAR SYMPATHECTOMY FOR HYPERHIDROSIS')).toEqual(['UNKNOWN']);
    expect(one('Thoracic endovascular aortic repair', 'THORACIC AORTIC REPAIR FOR DISSECTION - OPEN')).toEqual(['UNKNOWN']);
    expect(one('Robotic-assisted navigational bronchoscopy', 'FLEXIBLE BRONCHOSCOPY FOR PERIPHERAL LUNG NODULE')).toEqual(['UNKNOWN']);
    expect(one('Open reduction internal fixation of fractures', 'Open treatment of colon injury')).toEqual(['UNKNOWN']);
    expect(one('Open treatment of medial malleolus fracture, includes internal fixation, when performed', 'ORIF trimalleolar ankle fracture')).toEqual(['UNKNOWN']);
    expect(one('ORIF distal radius', 'Distal radius fracture, closed treatment')).toEqual(['UNKNOWN']);
    expect(one('ORIF ulna', 'ULNA/RADIUS ORIF')).toContain('UNKNOWN');
    expect(one('Excision of tori', 'Removal of exostosis, calcaneus')).toEqual(['UNKNOWN']);
    expect(one('Total thyroidectomy', 'TOTAL THYROIDECTOMY + R LATERAL NECK CLEARANCE')).toContain('UNKNOWN');
  });

  it('asks a laminectomy and fusion booked together of both lines, unless the catalog lists the two as one', () => {
    const fusion = 'Posterior cervical fusion with lateral mass or pedicle screw instrumentation';
    const laminectomy = 'Posterior cervical laminectomy or foraminotomy';
    expect(one(fusion, 'C3-C7 POSTERIOR LAMINECTOMY AND FUSION W/ LATERAL MASS SCREWS')).toContain('UNKNOWN');
    expect(one([laminectomy, fusion], 'C3-C7 POSTERIOR LAMINECTOMY AND FUSION W/ LATERAL MASS SCREWS')).toEqual([laminectomy, fusion]);
    const both = 'Posterior cervical decompression and fusion with lateral mass or pedicle screw instrumentation';
    expect(one(both, 'C3-T1 PCDF')).toEqual([both]);
  });

  it('reads an orthopaedic hospital\'s board: a MAKO line\'s "system" is the device\'s, CR beside a knee implant, CHONDRO, SUBSCAP, IF REPLANT, GLUTE MED, RESTORIS MCK', () => {
    const mako = 'Robotic-assisted total knee arthroplasty, MAKO system';
    expect(one(mako, 'RT TKA MAKO')).toEqual([mako]);
    const tka = 'Primary total knee arthroplasty';
    expect(one([tka, 'Adductor canal block'], 'LT TKA TRIATHLON CR CEMENTED - SPINAL + ACB, 23HR OBS')).toEqual([tka]);
    expect(one(['Closed reduction of fracture'], 'CR L DISTAL RADIUS FX')).toEqual(['Closed reduction of fracture']);
    expect(one(['Knee arthroscopy with partial meniscectomy', 'Arthroscopic chondroplasty of the knee'], 'RT KNEE SCOPE PMM/CHONDRO')).toEqual(['Knee arthroscopy with partial meniscectomy', 'Arthroscopic chondroplasty of the knee']);
    expect(one('Rotator cuff repair, open or arthroscopic', 'RT SUBSCAP REPAIR')).toEqual(['Rotator cuff repair, open or arthroscopic']);
    expect(one('Replantation of digit or hand', 'RT IF REPLANT')).toEqual(['Replantation of digit or hand']);
    expect(one('Endoscopic repair of gluteus medius or minimus tear', 'RT ENDOSCOPIC GLUTE MED REPAIR')).toEqual(['Endoscopic repair of gluteus medius or minimus tear']);
    const uka = 'Robotic-assisted unicompartmental knee arthroplasty, MAKO system';
    expect(one([uka, 'Three-field esophagectomy'], 'RT MEDIAL UKA MAKO (RESTORIS MCK)')).toEqual([uka]);
  });

  it('reads a Gillies lift as the zygomatic arch\'s elevation, no LIFT of an anal fistula, and ADV beside a levator as its advancement', () => {
    const arch = 'Open reduction of zygomaticomaxillary complex and zygomatic arch fractures';
    expect(one([arch, 'Ligation of intersphincteric fistula tract (LIFT)'], 'Gillies lift R zygomatic arch')).toEqual([arch]);
    expect(one('Ligation of intersphincteric fistula tract (LIFT)', 'LIFT PROCEDURE - TRANSSPHINCTERIC FISTULA')).toEqual(['Ligation of intersphincteric fistula tract (LIFT)']);
    const ptosis = 'Blepharoptosis repair, including levator advancement, Mueller muscle-conjunctival resection and frontalis sling';
    expect(one(ptosis, 'BIL PTOSIS REPAIR EXT LEVATOR ADV')).toEqual([ptosis]);
  });
});

describe('what four more held-out sets showed (session 56)', () => {
  it('reads a lone B beside an operation as both sides, as Epic boards write it, and leaves B-Lynch, twin B, Weber B and type B as they were', () => {
    expect(one('Otoplasty', 'Otoplasty B (7 y/o)')).toEqual(['Otoplasty']);
    expect(one('Sclerotherapy of leg veins', 'Sclerotherapy B legs spider veins')).toEqual(['Sclerotherapy of leg veins']);
    expect(one('Management of postpartum hemorrhage, including B-Lynch compression suture', 'B-LYNCH SUTURE')).toEqual(['Management of postpartum hemorrhage, including B-Lynch compression suture']);
    expect(one('Vaginal delivery of twins', 'DELIVERY OF TWIN B')).toEqual(['Vaginal delivery of twins']);
    expect(one('Open reduction internal fixation of ankle fracture', 'WEBER B ORIF R ANKLE')).toEqual(['Open reduction internal fixation of ankle fracture']);
    expect(one('Thoracic endovascular aortic repair', 'TEVAR FOR TYPE B DISSECTION')).toEqual(['Thoracic endovascular aortic repair']);
  });

  it('reads a line that lists a Weil osteotomy with a toe correction as no osteotomy of any bone, and a bunion correction beside a joint fusion as every bunion correction', () => {
    const toe = 'Correction of lesser toe deformity, including Weil osteotomy';
    expect(one(toe, 'Lt Perthes - proximal femoral varus osteotomy, 7yo')).toEqual(['UNKNOWN']);
    expect(one(toe, 'Rt 2nd toe PIPJ fusion')).toEqual([toe]);
    const hallux = 'Correction of hallux valgus and first metatarsophalangeal joint arthrodesis';
    expect(one([toe, hallux], 'Lt hallux valgus correction (scarf + Akin)')).toEqual([hallux]);
    expect(one(hallux, 'R 1st MTPJ fusion, hallux rigidus')).toEqual([hallux]);
    const frenum = 'Labial or lingual frenectomy and frenuloplasty';
    expect(one(frenum, 'lingual frenectomy')).toEqual([frenum]);
  });

  it('reads IIB beside an EVAR as an iliac branch endoprosthesis, asked for by its own line, and a stage IIB cancer as before', () => {
    const evar = 'Endovascular aneurysm repair (EVAR/TEVAR)';
    expect(one(evar, 'EVAR w/ IIB')).toEqual([evar, 'UNKNOWN']);
    expect(one([evar, 'Iliac branch endoprosthesis placement'], 'EVAR w/ IIB')).toEqual([evar, 'Iliac branch endoprosthesis placement']);
    expect(one('Radical hysterectomy with bilateral pelvic lymphadenectomy', 'STAGE IIB CERVICAL CA - RADICAL HYSTERECTOMY')).toEqual(['Radical hysterectomy with bilateral pelvic lymphadenectomy']);
  });

  it('reads "R DR ORIF" as a distal radius fixation, no surgeon named Orif, and still drops "DR PATEL TO ASSIST"', () => {
    const radius = 'Open reduction internal fixation of distal radius fracture';
    expect(one([radius, 'Carpal tunnel release, open or endoscopic'], 'R DR ORIF + CTR')).toEqual([radius, 'Carpal tunnel release, open or endoscopic']);
    expect(one('Carpal tunnel release, open or endoscopic', 'R DR ORIF + CTR')).toEqual(['UNKNOWN', 'Carpal tunnel release, open or endoscopic']);
    expect(one('Laparoscopic cholecystectomy', 'DR PATEL TO ASSIST - LAP CHOLE')).toEqual(['Laparoscopic cholecystectomy']);
  });

  it('reads "– special" after a line as the form\'s list, "complex (AF, VT)" as said by a VT ablation, and an epicardial VT ablation line as no other VT ablation', () => {
    const complex = 'Catheter ablation, complex (AF, VT) – special';
    const epicardial = 'Epicardial ventricular tachycardia ablation via subxiphoid pericardial access – special';
    expect(one([complex, epicardial], 'VT ablation, ischemic CM, GA, a-line')).toEqual([complex]);
    expect(one(epicardial, 'VT ablation, ischemic CM, GA, a-line')).toEqual(['UNKNOWN']);
    expect(one(epicardial, 'ARVC - epicardial VT ablation, subxiphoid access')).not.toContain('UNKNOWN');
  });

  it('holds a tonsillectomy line that excludes children under 3 years or under 15 kg to both', () => {
    const tonsil = 'Tonsillectomy with or without adenoidectomy, excluding children under 3 years or under 15 kg';
    expect(one(tonsil, 'Adenotonsillectomy - 4yo, 14kg, OSA')).toEqual(['UNKNOWN', 'UNKNOWN']);
    expect(one(tonsil, 'T&A - 6yo, 22kg')).toEqual([tonsil]);
    expect(one(tonsil, 'T&A 2yo 16kg')).toEqual(['UNKNOWN', 'UNKNOWN']);
  });

  it('reads a TAVR line "transfemoral and alternative access" as every TAVR, and an approach said of the history after a dash as no approach of the case', () => {
    const tavr = 'Transcatheter aortic valve replacement (TAVR), transfemoral and alternative access (special)';
    expect(one(tavr, 'TAVR TF 26 Sapien')).toEqual([tavr]);
    expect(one(tavr, 'TAVR transcaval (S3 Ultra 26)')).toEqual([tavr]);
    expect(one('Transcatheter aortic valve replacement, transfemoral', 'TAVR transcaval (S3 Ultra 26)')).toEqual(['UNKNOWN']);
    const ablation = 'Catheter ablation of atrial fibrillation';
    expect(one(ablation, 'Persistent AF - PVI (RF) + posterior wall isolation, GA')).toEqual([ablation]);
    expect(one('Open cholecystectomy', 'Lap chole (prev appy - open)')).toEqual(['UNKNOWN']);
  });

  it('reads an EP lab\'s shorthand: slow pathway mod, Atyp flutter, and an added lead as no lead revision', () => {
    const svt = 'Catheter ablation, supraventricular tachycardia (AVNRT, accessory pathway, focal atrial tachycardia)';
    expect(one(svt, 'AVNRT - slow pathway mod')).toEqual([svt]);
    const atypical = 'Catheter ablation of atypical atrial flutter (left atrial or scar-related) – special';
    expect(one([atypical, 'Cavotricuspid isthmus ablation for typical atrial flutter'], 'Atyp flutter (mitral isthmus) ablatoin')).toEqual([atypical]);
    expect(one('Pacemaker lead revision', 'LV lead addition')).toEqual(['UNKNOWN']);
  });

  it('reads a New Zealand theatre list: TKJR and THJR, lap + dye as a laparoscopy with its dye test, SMM and a nostril, and Lanz, McEvedy and XM as no operations', () => {
    const joints = 'Primary hip and knee arthroplasty';
    expect(one(joints, 'Rt TKJR - spinal + adductor canal block, ASA 2')).toContain(joints);
    expect(one(joints, 'Lt THJR for displaced #NOF')).toEqual([joints]);
    const lap = 'Diagnostic laparoscopy, including tubal patency testing';
    expect(one(lap, 'Lap + dye - subfertility')).toEqual([lap]);
    expect(one('Operative hysteroscopy (resection of polyp, fibroid or septum)', 'Lap + dye + hysteroscopy')).toContain('UNKNOWN');
    const smm = 'Surgical management of miscarriage and retained products of conception (suction curettage)';
    expect(one(smm, 'SMM - missed miscarriage 9/40')).toEqual([smm]);
    expect(one('Removal of foreign body from ear or nose', 'Removal FB Rt nostril (4yo, bead)')).toEqual(['Removal of foreign body from ear or nose']);
    expect(one('Appendicectomy, open or laparoscopic', 'Open appx - Lanz')).toEqual(['Appendicectomy, open or laparoscopic']);
    expect(one('Above-knee and below-knee amputation', 'Rt BKA - needs 2 units XM, first on list')).toEqual(['Above-knee and below-knee amputation']);
    expect(one('Cholecystectomy', 'LAP CHOLE (500 ML BLOOD AVAILABLE)')).toEqual(['Cholecystectomy']);
  });

  it('reads a county trauma board: a tracheostomy line that includes closing a tracheocutaneous fistula is no dialysis access revision, a renorrhaphy, explr and resxn', () => {
    const trach = 'Tracheostomy, planned or emergent, including revision and closure of tracheocutaneous fistula';
    expect(one(trach, 'trach - vent dependent, hx difficult airway')).toEqual([trach]);
    expect(one(trach, 'L BC AVF REVISION')).toEqual(['UNKNOWN']);
    expect(one('Revision or thrombectomy of dialysis access', 'FISTULA REVISION L ARM')).toEqual(['Revision or thrombectomy of dialysis access']);
    const kidney = 'Nephrectomy and renorrhaphy for trauma';
    expect(one(kidney, 'L nephrectomy grade V renal injury')).toEqual([kidney]);
    expect(one(kidney, 'Renorrhaphy, GSW L flank')).toEqual([kidney]);
    expect(one('Exploration of neck for penetrating trauma', 'neck explr zone II stab wound')).toEqual(['Exploration of neck for penetrating trauma']);
  });

  it('keeps what two reviews of this version found: a B that is a grade, class or plan, a living-donor line beside a donor nephrectomy, a core or extended line, a TAVR line that refuses alternative access, CD, VR and Cont', () => {
    expect(one('Liver resection, Child-Pugh A only', 'Lap L lateral sectionectomy, Child-Pugh B')).toContain('UNKNOWN');
    expect(one('Laparoscopic cholecystectomy', 'Lap chole - plan B open')).toContain('UNKNOWN');
    expect(one('TEVAR for type B aortic dissection', 'TEVAR type A dissection')).not.toContain('TEVAR for type B aortic dissection');
    expect(one('Living donor kidney transplantation, including donor nephrectomy', 'Cadaveric renal transplant')).toEqual(['UNKNOWN']);
    expect(one('Breast biopsy - core', 'Open breast biopsy')).toEqual(['UNKNOWN']);
    expect(one('Thymectomy, extended', 'VATS thymectomy')).toEqual(['UNKNOWN']);
    expect(one('Transcatheter aortic valve replacement – transfemoral (no alternative access)', 'TAVR transapical')).toEqual(['UNKNOWN']);
    expect(one('Transcatheter aortic valve replacement – transfemoral; alternative access: see separate privilege', 'TAVR transapical')).toEqual(['UNKNOWN']);
    expect(one('Embolization, transfemoral and alternative access', 'Uterine artery embolization')).toEqual(['Embolization, transfemoral and alternative access']);
    expect(one(['Bilateral tubal ligation', 'Bilateral salpingectomy'], 'CD w/ BTL')).toContain('UNKNOWN');
    expect(one('Mitral valve repair', 'MV repair vs VR')).toContain('UNKNOWN');
    expect(one('Ileostomy', 'Cont ileostomy')).toContain('UNKNOWN');
    expect(one('Total knee arthroplasty', 'Hx - R TKA')).toEqual(['UNKNOWN']);
    expect(one('Open reduction internal fixation of ankle fracture', 'Ankle ORIF per Dr Fix')).toEqual(['Open reduction internal fixation of ankle fracture']);
    expect(one('Tonsillectomy, excluding children < 3 years or < 15 kg', 'T&A 4yo 14kg')).not.toContain('Tonsillectomy, excluding children < 3 years or < 15 kg');
    expect(one('Laparoscopic sacrocolpopexy', 'Lap sacrocolpopexy B abdominal')).toContain('UNKNOWN');
    expect(one('Esophagogastroduodenoscopy', 'OGD + B')).toContain('UNKNOWN');
    expect(one('Endovascular repair of endoleak', 'Type IIb endoleak embolisation post EVAR')).toEqual(['Endovascular repair of endoleak']);
    expect(one('Endovascular aneurysm repair (EVAR)', 'EVAR + IIB')).toEqual(['Endovascular aneurysm repair (EVAR)', 'UNKNOWN']);
    expect(one('Transurethral resection of prostate (TURP; HoLEP see laser privileges)', 'HoLEP')).toEqual(['UNKNOWN']);
    expect(one('Transcatheter aortic valve replacement, transfemoral and alternative access (excluding transapical)', 'TAVR TA')).toEqual(['UNKNOWN']);
    expect(one('Laparoscopic ovarian cystectomy', 'Lap ovarian cystectomy + dye')).toContain('UNKNOWN');
    expect(one('Esophagogastroduodenoscopy', 'OGD ± B')).toContain('UNKNOWN');
    expect(one('Thoracic endovascular aortic repair for type B dissection', 'TEVAR for complicated B dissection')).toEqual(['Thoracic endovascular aortic repair for type B dissection']);
  });

  it('reads "Endovascular aneurysm repair (EVAR/TEVAR)" as privileging the TEVAR its parentheses list, and a generator change (pacemaker/ICD) still as no implantation', () => {
    const line = 'Endovascular aneurysm repair (EVAR/TEVAR)';
    expect(one(line, 'TBAD - TEVAR')).toEqual([line]);
    expect(one(line, 'EVAR, infrarenal AAA 5.8 cm')).toEqual([line]);
    expect(one('Generator change (pacemaker/ICD)', 'DC PPM implant')).toEqual(['UNKNOWN']);
  });

  it('reads a military board: ADSM, LIMDU, FLT and an aviator as no operations, MLKI, and an Impella CP as no Impella RP', () => {
    expect(one('Excision of pilonidal cyst, simple or complex', 'EXC PILONIDAL CYST, PRIMARY CLOSURE - ADSM PRE-DEPLOYMENT')).toEqual(['Excision of pilonidal cyst, simple or complex']);
    const mlki = 'Multiligament knee reconstruction, including posterolateral corner';
    expect(one(mlki, 'L KNEE MLKI RECON - FLT STATUS, LIMDU')).toEqual([mlki]);
    const rp = 'Percutaneous right ventricular assist device insertion (Impella RP) – special';
    expect(one(rp, 'Impella CP')).toEqual(['UNKNOWN']);
    expect(one(rp, 'RV failure post LVAD - Impella RP')).toContain(rp);
  });
});
