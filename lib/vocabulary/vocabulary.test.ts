/**
 * The procedure vocabulary meeting a catalog written as delineation-of-privileges forms write it
 * (formal names, no booking shorthand among its synonyms): the bookings issue 11 names, what a
 * catalog line's own words limit, abbreviations that need the practitioner's specialty, and the
 * verdicts that used to come out ok.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Engine } from '../engine';
import { ProcedureMatcher, type MatchResult } from '../procedures/matcher';
import type { PrivilegeDef } from '../roster/schema';
import { builtinVocabulary } from './builtin';
import { compileVocabulary } from './compile';
import { parseVocabularyData } from './load';
import { BUILTIN_VOCABULARY_DATA } from './builtin';
import dop from '../../test/corpus/dop-catalog.json';
import { DEMO_CATALOG } from '../demo/catalog';
import { TODAY, grant, practitioner, roster } from '../../test/fixtures';

const vocabulary = builtinVocabulary();
const catalog = dop as unknown as PrivilegeDef[];
const matcher = new ProcedureMatcher(catalog, { vocabulary });
/** Per part: the catalog lines that cover it, or UNKNOWN. */
const lines = (r: MatchResult) => r.parts.map((p) => (p.status === 'matched' ? p.groups.flat().map((c) => c.procedure) : ['UNKNOWN']));

describe('bookings meet a catalog written as privileging forms write it', () => {
  it.each([
    ['CESAREAN SECTION', 'Cesarean delivery'],
    ['REPEAT LTCS', 'Cesarean delivery'],
    ['C-SECTION', 'Cesarean delivery'],
    ['RPT C/S X2', 'Cesarean delivery'],
    ['CORONARY ARTERY BYPASS GRAFTING X4', 'Coronary artery bypass graft'],
    ['PHACO W/ IOL OD', 'Cataract extraction with intraocular lens implantation'],
    ['TLIF', 'Transforaminal lumbar interbody fusion'],
    ['EVAR', 'Endovascular repair of abdominal aortic aneurysm (EVAR)'],
    ['VP SHUNT', 'Ventriculoperitoneal shunt placement'],
    ['PPV', 'Pars plana vitrectomy'],
    ['TONSILLECTOMY', 'Tonsillectomy and adenoidectomy'],
    ['L5-S1 MICRODISCECTOMY', 'Lumbar microdiscectomy'],
    ['BPD/DS', 'Biliopancreatic diversion with duodenal switch'],
    // Each named peripheral block is a single-injection peripheral nerve block.
    ['RT SUPRASCAPULAR NERVE BLOCK - SHOULDER PAIN', 'Single-injection peripheral nerve block'],
    ['PENG BLOCK RT - FOR RT THA', 'Single-injection peripheral nerve block'],
    // Sites and describing words as schedules clip them (RIJ, PROX, SUBMAND).
    ['ULTRASOUND GUIDED RIJ CVC', 'Insertion of central venous catheter'],
  ])('"%s" is covered by "%s"', (booking, line) => {
    const r = matcher.match(booking);
    expect(r.parts.every((p) => p.status === 'matched'), JSON.stringify(r.parts.map((p) => p.why))).toBe(true);
    expect(lines(r).flat()).toContain(line);
  });

  it('reads a one-letter typo in a long word, and says which word it corrected', () => {
    const r = matcher.match('CHOLECYSTECOMY');
    expect(lines(r)).toEqual([['Cholecystectomy with or without cholangiography']]);
    expect(r.corrections).toEqual([['cholecystecomy', 'cholecystectomy']]);
    // Never in a short abbreviation.
    expect(matcher.match('TLFI').parts[0].status).toBe('unknown');
  });

  it('drops no procedure: the cesarean and the tubal ligation are both asked for', () => {
    expect(lines(matcher.match('REPEAT LTCS W/ BTL'))).toEqual([['Cesarean delivery'], expect.arrayContaining(['Postpartum tubal ligation'])]);
  });

  it('a word that names an operation InScope cannot place makes its part unknown, naming the word', () => {
    const r = matcher.match('LAP CHOLE, FROBNECTOMY');
    expect(r.parts.map((p) => p.status)).toEqual(['matched', 'unknown']);
    expect(r.parts[1].why).toContain('frobnectomy');
  });

  it('words that do not change the privilege are accounted for: side, level, count, anesthesia type, implant and position', () => {
    for (const booking of ['RT TKA ROSA, SPINAL/MAC', 'L4-5 TLIF', 'CABG X3', 'PHACO/IOL OD - MAC/TOPICAL', 'HEMORRHOIDECTOMY - PRONE']) {
      expect(matcher.match(booking).parts.map((p) => p.status), booking).not.toContain('unknown');
    }
  });

  it('a catalog line listing sites covers those sites only: a cervical or thoracic injection line does not cover a lumbar one', () => {
    const r = matcher.match('LESI L4-5 INTERLAMINAR');
    expect(lines(r).flat()).not.toContain('Interlaminar epidural steroid injection, cervical or thoracic');
    expect(lines(r).flat()).toContain('Interlaminar epidural steroid injection, lumbar or sacral');
  });

  it('a "for …" clause limits a catalog line: the trauma laparotomy line covers a booking that says trauma, not another', () => {
    expect(lines(matcher.match('EX LAP FOR TRAUMA')).flat()).toContain('Exploratory laparotomy for trauma');
    expect(lines(matcher.match('EX LAP FOR SBO')).flat()).not.toContain('Exploratory laparotomy for trauma');
  });

  it('a broader operation named beside a narrower kind of it is how that one is done, not a second case', () => {
    expect(lines(matcher.match('RT KNEE ARTHROSCOPY W/ PARTIAL MEDIAL MENISCECTOMY'))).toEqual([['Knee arthroscopy with partial meniscectomy']]);
  });
});

describe('verdicts the vocabulary changes', () => {
  const at = { date: '2026-12-01' };
  const gyn = practitioner({ id: 'P1', name: { family: 'Lindqvist', given: ['Maren'] }, department: 'Obstetrics and Gynecology', privileges: [grant('GYN-CORE')] });
  const ortho = practitioner({ id: 'P2', name: { family: 'Okonkwo', given: ['Chidi'] }, department: 'Orthopaedic Surgery', privileges: [grant('ORTH-CORE')] }, 1);
  const ent = practitioner({ id: 'P3', name: { family: 'Sato', given: ['Rin'] }, department: 'Otolaryngology', privileges: [grant('ENT-CORE')] }, 2);
  const engine = new Engine(roster([gyn, ortho, ent], catalog), { vocabulary });
  const evaluate = (who: string, procedure: string) => engine.evaluateCase({ practitioner: who, procedure, ...at }, { today: TODAY });

  it('REPEAT LTCS W/ BTL is not ok for a gynecologist without obstetric privileges', () => {
    expect(evaluate('Lindqvist, Maren', 'REPEAT LTCS W/ BTL').verdict).not.toBe('ok');
  });

  it('MAKO RT TKA is not ok for a surgeon without the robotic privilege', () => {
    const v = evaluate('Okonkwo, Chidi', 'MAKO RT TKA');
    expect(v.verdict).toBe('block');
    expect(v.reasons.map((r) => r.message).join(' ')).toMatch(/Robotic/);
  });

  it('BMT alone reads as ear tubes for an otolaryngologist, and stays unknown for an orthopaedic surgeon', () => {
    expect(evaluate('Sato, Rin', 'BMT').verdict).toBe('ok');
    const v = evaluate('Okonkwo, Chidi', 'BMT');
    expect(v.verdict).toBe('unknown');
    expect(v.reasons[0].message).toMatch(/Myringotomy/);
  });
});

describe('the vocabulary file', () => {
  it('holds at least 1,000 concepts and 5,000 booking forms, each file naming its sources', () => {
    expect(vocabulary.concepts.length).toBeGreaterThanOrEqual(1000);
    const data = BUILTIN_VOCABULARY_DATA as { files: Array<{ sources: Record<string, string>; concepts: Array<{ forms?: string[] }> }> };
    expect(data.files.reduce((n, f) => n + f.concepts.reduce((m, c) => m + 1 + (c.forms?.length ?? 0), 0), 0)).toBeGreaterThanOrEqual(5000);
    for (const f of data.files) expect(Object.keys(f.sources).length).toBeGreaterThan(0);
  });

  it('covers at least 20 specialties', () => {
    expect(new Set(vocabulary.concepts.flatMap((c) => c.specialties)).size).toBeGreaterThanOrEqual(20);
  });

  it('a malformed vocabulary document is refused with the path of the first problem', () => {
    const broken = structuredClone(BUILTIN_VOCABULARY_DATA) as { files: Array<{ concepts: Array<{ id: string }> }> };
    broken.files[0].concepts[3].id = 'Not An Id';
    const parsed = parseVocabularyData(broken);
    expect(parsed).toEqual({ ok: false, error: expect.stringMatching(/^files\.0\.concepts\.3\.id: must be lower-case words joined by hyphens/) });
    const ok = parseVocabularyData(BUILTIN_VOCABULARY_DATA);
    expect(ok.ok && compileVocabulary(ok.data).concepts.length).toBe(vocabulary.concepts.length);
  });
});

describe('docs/matching.md', () => {
  const doc = readFileSync(new URL('../../docs/matching.md', import.meta.url), 'utf8');
  const data = BUILTIN_VOCABULARY_DATA as { common: Record<string, unknown> };
  it.each(['modifiers', 'descriptors', 'scheduling'])('every %s word the document lists is one in the vocabulary', (list) => {
    const block = new RegExp(`<!-- ${list} -->([\\s\\S]*?)<!-- /${list} -->`).exec(doc);
    expect(block, `docs/matching.md has a ${list} list`).not.toBeNull();
    const words = block![1].split(/\s+/).filter(Boolean);
    expect(words.length).toBeGreaterThan(5);
    const known = new Set(String(data.common[list]).split(/\s+/));
    expect(words.filter((w) => !known.has(w))).toEqual([]);
  });
});

describe('an operation is not covered by a line for a different operation it resembles', () => {
  const demo = new ProcedureMatcher(DEMO_CATALOG, { vocabulary });

  it('a jaw cyst marsupialization is not covered by an odontogenic cyst enucleation line', () => {
    expect(lines(matcher.match('MARSUPIALIZATION DENTIGEROUS CYST RT MANDIBLE (#32)'))).toEqual([['UNKNOWN']]);
  });

  it('a jaw hardware removal is not covered by an orthopaedic hardware line', () => {
    expect(lines(matcher.match('REMOVAL MANDIBLE PLATES + SCREWS - INFECTED HARDWARE'))).toEqual([['UNKNOWN']]);
    expect(lines(demo.match('REMOVAL MANDIBLE PLATES + SCREWS - INFECTED HARDWARE'))).toEqual([['UNKNOWN']]);
    // An extremity's plate and screws still are.
    expect(lines(matcher.match('REMOVAL OF PLATE AND SCREWS R CLAVICLE'))).toEqual([['Removal of orthopaedic hardware']]);
  });
  it('a pulmonary embolism thrombectomy is not covered by a plain thrombectomy line', () => {
    expect(lines(demo.match('PE THROMBECTOMY (FLOWTRIEVER)'))).toEqual([['UNKNOWN']]);
    expect(lines(matcher.match('PE THROMBECTOMY (FLOWTRIEVER)'))).toEqual([['Catheter-directed therapy for pulmonary embolism']]);
    expect(lines(demo.match('ANGIOJET THROMBECTOMY L SFA'))).toEqual([['Thrombectomy']]);
  });
  it('a balloon sinus dilation is not covered by an endoscopic sinus surgery line', () => {
    expect(lines(demo.match('BALLOON SINUPLASTY BILAT MAXILLARY'))).toEqual([['UNKNOWN']]);
    expect(lines(demo.match('BILATERAL FESS'))).toEqual([['Functional endoscopic sinus surgery']]);
  });
  it('a nephroureterectomy is not covered by a nephrectomy line', () => {
    expect(lines(demo.match('ROBOTIC R NEPHROURETERECTOMY W/ BLADDER CUFF'))).toEqual([['UNKNOWN']]);
    expect(lines(demo.match('LAP R RADICAL NEPHRECTOMY'))).toEqual([['Nephrectomy']]);
  });
  it('a biopsy taken through the ureteroscope is not covered by a percutaneous renal biopsy line', () => {
    const r = matcher.match('R URS W/ BX RENAL PELVIS LESION');
    expect(lines(r)).toEqual([['UNKNOWN']]);
    expect(r.parts[0].concept).toBe('Ureteroscopy with biopsy');
    expect(lines(demo.match('R URS W/ BX RENAL PELVIS LESION'))).toEqual([['Ureteroscopy']]);
    expect(lines(matcher.match('CT GUIDED RENAL BIOPSY')).flat()).toContain('Percutaneous renal biopsy');
  });
  it('"3RD MOLARS" and "third molars" name a third molar extraction, not a plain dental extraction', () => {
    for (const booking of ['IMPACTED 3RD MOLARS X4', '3RD MOLAR EXT #1, #16 (ERUPTED) - LOCAL + IV SED', 'EXTRACTION OF IMPACTED THIRD MOLARS X4']) {
      const r = demo.match(booking);
      expect(r.parts.map((p) => p.concept), booking).toEqual(['Extraction of third molars']);
      expect(lines(r).flat(), booking).toContain('Third molar extraction');
    }
    // "3rd" is "third" wherever it stands.
    expect(matcher.match('3RD VENTRICULOSTOMY').parts[0].concept).toBe('Endoscopic third ventriculostomy');
  });
  it('a robotic (Monarch, Ion) bronchoscopy with a nodule biopsy is not covered by plain bronchoscopy lines', () => {
    const r = matcher.match('MONARCH ROBOTIC BRONCHOSCOPY - LLL NODULE BX');
    expect(r.parts.map((p) => p.concept)).toEqual(['Robotic-assisted navigational bronchoscopy', 'Transbronchial lung biopsy']);
    expect(lines(r)[0]).toEqual(['Robotic-assisted bronchoscopy for peripheral lung nodule']);
    expect(lines(r).flat()).not.toContain('Bronchoscopy with bronchoalveolar lavage');
  });
  it('a laparoscopic Fowler-Stephens orchiopexy is not covered by an inguinal or scrotal orchiopexy line', () => {
    const scrotal = new ProcedureMatcher([{ id: 'URO', name: 'Urology', department: 'Urology', kind: 'core', procedures: [{ name: 'Scrotal orchiopexy' }] }] as unknown as PrivilegeDef[], { vocabulary });
    expect(lines(scrotal.match('L lap orchiopexy stage 1 Fowler-Stephens'))).toEqual([['UNKNOWN']]);
    expect(lines(scrotal.match('R SCROTAL ORCHIOPEXY'))).toEqual([['Scrotal orchiopexy']]);
    // A plain orchiopexy line covers both.
    expect(lines(matcher.match('L lap orchiopexy stage 1 Fowler-Stephens')).flat()).toContain('Orchiopexy');
  });
  it('a Lapidus bunionectomy (first metatarsocuneiform arthrodesis) is not covered by a simple bunionectomy line', () => {
    const simple = new ProcedureMatcher([{ id: 'POD', name: 'Podiatry', department: 'Podiatry', kind: 'core', procedures: [{ name: 'Simple bunionectomy' }] }] as unknown as PrivilegeDef[], { vocabulary });
    expect(lines(simple.match('LT LAPIDUS BUNIONECTOMY'))).toEqual([['UNKNOWN']]);
    expect(lines(simple.match('R SIMPLE BUNIONECTOMY'))).toEqual([['Simple bunionectomy']]);
    expect(lines(demo.match('LT LAPIDUS BUNIONECTOMY'))).toEqual([['Bunionectomy']]);
  });
});

describe('the vocabulary files InScope ships', () => {
  it('pass vocab-check: ids, references, loops, and no plain word that the lexicon reads as an operation', async () => {
    const { spawnSync } = await import('node:child_process');
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/vocab-check.ts'], { encoding: 'utf8' });
    expect(run.stdout.split('\n').filter((l) => l.startsWith('✖'))).toEqual([]);
    expect(run.status).toBe(0);
  }, 60_000);
});

describe('a catalog line that names both kinds of a pair', () => {
  it('reads "CABG, on-pump or off-pump, arterial and/or venous conduits" as every CABG', () => {
    const m = new ProcedureMatcher([{ id: 'CT', name: 'Cardiac surgery', department: 'Cardiothoracic Surgery', kind: 'core', procedures: [
      { name: 'Coronary artery bypass grafting, on-pump or off-pump, arterial and/or venous conduits' }] }], { vocabulary });
    expect(lines(m.match('CABG X3 (LIMA-LAD, SVG-OM, SVG-PDA)'))).toEqual([['Coronary artery bypass grafting, on-pump or off-pump, arterial and/or venous conduits']]);
    expect(lines(m.match('OFF PUMP CABG X2'))).toEqual([['Coronary artery bypass grafting, on-pump or off-pump, arterial and/or venous conduits']]);
  });
});

describe('a catalog line that lists kinds as alternatives', () => {
  it('reads "Amputation of toe or ray" as both: a toe amputation is covered, not only a ray amputation', () => {
    const m = new ProcedureMatcher([{ id: 'P', name: 'Podiatry', department: 'Podiatry', kind: 'core', procedures: [{ name: 'Amputation of toe or ray' }] }], { vocabulary });
    expect(lines(m.match('R 2ND TOE AMPUTATION FOR OSTEOMYELITIS'))).toEqual([['Amputation of toe or ray']]);
    expect(lines(m.match('L 5TH RAY AMPUTATION'))).toEqual([['Amputation of toe or ray']]);
    expect(lines(m.match('L BKA'))).toEqual([['UNKNOWN']]);
  });
});

describe('a "for …" clause that says which kind of the operation', () => {
  const m = new ProcedureMatcher([{ id: 'NS', name: 'Neurosurgery', department: 'Neurosurgery', kind: 'core', procedures: [
    { name: 'Craniotomy for excision of supratentorial brain tumor' },
    { name: 'Craniotomy or craniectomy for evacuation of epidural, subdural or intracerebral hematoma' }] }], { vocabulary });
  it('reads the line as that kind, and a booking "CRANIOTOMY FOR …" as the kind its reason names', () => {
    expect(lines(m.match('L CRANIOTOMY FOR ACUTE SDH EVACUATION'))[0]).toEqual(['Craniotomy or craniectomy for evacuation of epidural, subdural or intracerebral hematoma']);
    expect(lines(m.match('L TEMPORAL CRANI TUMOR RESECTION'))).toEqual([['Craniotomy for excision of supratentorial brain tumor']]);
  });
  it('keeps the line\'s own limit: a cerebellar tumor is not supratentorial, and a bare craniotomy says no kind', () => {
    expect(lines(m.match('SUBOCCIPITAL CRANI FOR CEREBELLAR TUMOR'))).toEqual([['UNKNOWN']]);
    expect(lines(m.match('CRANIOTOMY FOR TUMOR'))).toEqual([['UNKNOWN']]);
    expect(lines(m.match('CRANIOTOMY'))).toEqual([['UNKNOWN']]);
  });
});

describe('an abbreviation for a thing put in, beside an action that undoes it', () => {
  it('reads "Implantable loop recorder insertion and removal" as both, and "ILR EXPLANT" as a removal only', () => {
    const m = new ProcedureMatcher([{ id: 'EP', name: 'Electrophysiology', department: 'Cardiology', kind: 'core', procedures: [
      { name: 'Implantable loop recorder insertion and removal' }, { name: 'Inferior vena cava filter placement' }] }], { vocabulary });
    expect(lines(m.match('LINQ II LOOP RECORDER INSERTION'))).toEqual([['Implantable loop recorder insertion and removal']]);
    expect(lines(m.match('ILR EXPLANT'))).toEqual([['Implantable loop recorder insertion and removal']]);
    // A placement line does not cover taking the filter out.
    expect(lines(m.match('IVC FILTER REMOVAL'))).toEqual([['UNKNOWN']]);
  });
});

describe('a site of a line\'s main clause that a listed kind took in', () => {
  it('still says where the line\'s operation is: a hand infection line covers no brain or axillary abscess', () => {
    const m = new ProcedureMatcher([{ id: 'H', name: 'Hand surgery', department: 'Orthopaedic Surgery', kind: 'core', procedures: [
      { name: 'Incision and drainage of hand infection, including felon, paronychia, deep space abscess and flexor tenosynovitis' }] }], { vocabulary });
    const line = 'Incision and drainage of hand infection, including felon, paronychia, deep space abscess and flexor tenosynovitis';
    expect(lines(m.match('I&D BRAIN ABSCESS'))).toEqual([['UNKNOWN']]);
    expect(lines(m.match('I&D L AXILLARY ABSCESS'))).toEqual([['UNKNOWN']]);
    expect(lines(m.match('I&D R INDEX FLEXOR TENOSYNOVITIS'))).toEqual([[line]]);
    expect(lines(m.match('I&D R HAND ABSCESS'))).toEqual([[line]]);
  });
});

describe('an abscess drained deep in the body', () => {
  it('is not covered by a line for incision and drainage of (skin) abscess', () => {
    const m = new ProcedureMatcher([{ id: 'G', name: 'General surgery', department: 'General Surgery', kind: 'core', procedures: [
      { name: 'Incision and drainage of abscess' }] }], { vocabulary });
    for (const b of ['I&D BRAIN ABSCESS', 'I&D EPIDURAL ABSCESS', 'I&D LIVER ABSCESS, OPEN', 'I&D PSOAS ABSCESS', 'I&D MEDIASTINAL ABSCESS', 'I&D RETROPHARYNGEAL ABSCESS']) {
      expect(lines(m.match(b)).flat(), b).toEqual(expect.arrayContaining(['UNKNOWN']));
      expect(lines(m.match(b)).flat().filter((x) => x !== 'UNKNOWN'), b).toEqual([]);
    }
    expect(lines(m.match('I&D L AXILLARY ABSCESS'))).toEqual([['Incision and drainage of abscess']]);
  });
});

describe('what a line\'s operation is done to', () => {
  it('is no operation of its own: "Percutaneous coronary intervention of bypass graft" does not cover a CABG', () => {
    const r = matcher.match('PCI RCA, POSS EMERGENT CABG');
    expect(lines(r)[1]).not.toContain('Percutaneous coronary intervention of bypass graft');
    expect(lines(matcher.match('PCI OF SVG TO OM'))[0]).toContain('Percutaneous coronary intervention of bypass graft');
  });
});

describe('what a line only lets come along', () => {
  const m = new ProcedureMatcher([{ id: 'X', name: 'Surgery', department: 'Surgery', kind: 'core', procedures: [
    { name: 'Direct laryngoscopy, with or without biopsy, excision of lesion or injection, including microlaryngoscopy' },
    { name: 'Repair of complex anal fistula, including endorectal advancement flap, LIFT procedure and fistula plug' }] }], { vocabulary });
  it('is no line for a skin lesion excision or a complex wound closure', () => {
    expect(lines(m.match('EXCISION SCC SCALP')).flat()).toEqual(['UNKNOWN']);
    expect(lines(m.match('EXCISION BCC CHEEK W/ COMPLEX CLOSURE')).flat().filter((x) => x !== 'UNKNOWN')).toEqual([]);
    expect(lines(m.match('DL W/ BX'))).toEqual([['Direct laryngoscopy, with or without biopsy, excision of lesion or injection, including microlaryngoscopy']]);
  });
});

describe('an "excluding …" clause that names a region', () => {
  it('excludes a site within it: "excluding intracranial thrombectomy" does not cover a sagittal sinus', () => {
    const m = new ProcedureMatcher([{ id: 'IR', name: 'Interventional radiology', department: 'Radiology', kind: 'core', procedures: [
      { name: 'Catheter-directed thrombolysis and mechanical thrombectomy, excluding intracranial thrombectomy' }] }], { vocabulary });
    expect(lines(m.match('MECHANICAL THROMBECTOMY, SUPERIOR SAGITTAL SINUS'))).toEqual([['UNKNOWN']]);
    expect(lines(m.match('MECHANICAL THROMBECTOMY R SFA'))).toEqual([['Catheter-directed thrombolysis and mechanical thrombectomy, excluding intracranial thrombectomy']]);
  });
});
