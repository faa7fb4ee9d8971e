import { describe, expect, it } from 'vitest';
import { ageFits, bookingAge, lineAges, withoutAges } from './ages';

describe('ages on catalog lines and bookings', () => {
  it('reads the ages a catalog line privileges', () => {
    expect(lineAges('Inguinal and femoral hernia repair, open or laparoscopic, with or without mesh, age 12 and over')).toEqual({ min: 12 });
    expect(lineAges('Tonsillectomy, with or without adenoidectomy, age 3 and older')).toEqual({ min: 3 });
    expect(lineAges('Strabismus surgery, adults')).toEqual({ min: 18 });
    expect(lineAges('Pediatric inguinal hernia repair')).toEqual({ max: 17 });
    expect(lineAges('Circumcision, patients under 2 years')).toEqual({ max: 1 });
    expect(lineAges('Appendectomy, pediatric and adult')).toBeUndefined();
    expect(lineAges('Total knee arthroplasty')).toBeUndefined();
    expect(lineAges('Closed reduction and casting of fractures, pediatric (age < 14)')).toEqual({ max: 13 });
    expect(lineAges('Tonsillectomy (age ≥ 18)')).toEqual({ min: 18 });
    expect(lineAges('Myringotomy, patients <3 years')).toEqual({ max: 2 });
    expect(lineAges('Ventral hernia repair, defect < 4 cm')).toBeUndefined();
    expect(lineAges('Hip arthroscopy, including labral repair and femoroplasty/acetabuloplasty (age 12 and older)')).toEqual({ min: 12 });
    expect(lineAges('Endoscopic strip craniectomy for craniosynostosis (age 6 months and younger)')).toEqual({ max: 0.5 });
  });

  it('reads a span after "age" without its unit as years, and a bare span only with its unit', () => {
    expect(lineAges('Tonsillectomy, with or without adenoidectomy, pediatric (age 3 through 17)')).toEqual({ min: 3, max: 17 });
    expect(lineAges('Tonsillectomy, adults age 18-65')).toEqual({ min: 18, max: 65 });
    expect(lineAges('Strabismus surgery, 6 to 12 years of age')).toEqual({ min: 6, max: 12 });
    expect(lineAges('ECMO cannulation, patients 3-10 kg')).toBeUndefined();
    expect(lineAges('Lumbar laminectomy, 2-3 levels')).toBeUndefined();
  });

  it('reads the age a booking states, or that the patient is a child', () => {
    expect(bookingAge('R INGUINAL HERNIA REPAIR - 3 YO, PEDS')).toEqual({ years: 3 });
    expect(bookingAge('T&A, 2 y/o, OSA')).toEqual({ years: 2 });
    expect(bookingAge('pyloromyotomy 5 wk old')).toEqual({ years: 5 / 52 });
    // "AGE 11 MOS" is eleven months, not eleven years.
    expect(bookingAge('GA FOR BMT, AGE 11 MOS')).toEqual({ years: 11 / 12 });
    expect(bookingAge('EXAM UNDER GA, AGE 9')).toEqual({ years: 9 });
    expect(bookingAge('PEDS DENTAL REHAB')).toEqual({ child: true });
    expect(bookingAge('L4-5 TLIF, 2 LEVELS')).toBeUndefined();
    expect(bookingAge('R TKA')).toBeUndefined();
  });

  it('reads ages as Commonwealth lists and neonatal bookings write them: "8/12" months, "6/52" weeks, "4WK", "DOL 3", "2d old"', () => {
    expect(bookingAge('Cochlear implant 8/12')).toEqual({ years: 8 / 12 });
    expect(bookingAge('EUA + probing & syringing NLD, 14/12')).toEqual({ years: 14 / 12 });
    expect(bookingAge('Pyloromyotomy 6/52')).toEqual({ years: 6 / 52 });
    expect(bookingAge('Pyloromyotomy lap 4wk')).toEqual({ years: 4 / 52, neonate: true });
    expect(bookingAge('CDH repair, thoracoscopic, DOL 3')).toEqual({ years: 0, neonate: true });
    expect(bookingAge('Ladd procedure, malrotation w/ volvulus, 2d old')).toEqual({ years: 0, neonate: true });
    // Weeks beside a pregnancy are its gestation, not the patient's age; a date is no age.
    expect(bookingAge('REPEAT C/S 39 WKS')).toBeUndefined();
    expect(bookingAge('ECV 34/40 breech')).toBeUndefined();
    expect(bookingAge('LAP CHOLE 3/12/2026')).toBeUndefined();
    // Months or weeks after something, a date or a visual acuity say no age.
    for (const b of ['ROH L ANKLE 6 MONTHS POST ORIF', 'ROH L ANKLE 3/12 POST ORIF', 'ROH L ANKLE, DOS 15/12', 'R PHACO + IOL 6/12 VISION', 'I&D ABSCESS 2WK POSTOP', 'WASHOUT 2/52 POST TKA']) expect(bookingAge(b)).toBeUndefined();
    expect(bookingAge('PYLOROMYOTOMY 4WK UNDER GA')).toEqual({ years: 4 / 52, neonate: true });
    // A bracket of ages is the line's patients; "excluding infants under 18 months" leaves one and a half and over.
    expect(lineAges('Inguinal hernia repair (neonates, infants)')).toEqual({ max: 1 });
    expect(lineAges('Tonsillectomy, excluding infants under 18 months')).toEqual({ min: 1.5 });
    // A line for children over some months: an infant younger than that is outside it.
    expect(lineAges('Cochlear implantation (children over 12 months)')).toEqual({ min: 1 });
    expect(ageFits(lineAges('Cochlear implantation (children over 12 months)')!, { years: 8 / 12 })).toBe(false);
  });

  it('reads "beyond the newborn period" and "older than 28 days" as every patient but a newborn', () => {
    expect(lineAges('Circumcision, beyond the newborn period')).toEqual({ noNeonates: true });
    expect(lineAges('Circumcision, older than 28 days')).toEqual({ noNeonates: true });
    expect(ageFits(lineAges('Circumcision, beyond the newborn period')!, bookingAge('NEWBORN CIRC (GOMCO) DOL 2')!)).toBe(false);
  });

  it('reads an age written with the patient\'s sex ("61F", "32M", "45 F"), not a catheter\'s French size or a tooth', () => {
    expect(bookingAge('BILAT TAP BLOCKS 61F, GYN ONC')).toEqual({ years: 61 });
    expect(bookingAge('T4-L1 PSF FOR AIS, 14F')).toEqual({ years: 14 });
    expect(bookingAge('DENTAL REHAB 32M, AUTISM')).toEqual({ years: 32 });
    expect(bookingAge('LAP CHOLE 45 F')).toEqual({ years: 45 });
    for (const text of ['CVL 7F', '7F SHEATH', 'G TUBE 14F', 'A-LINE + CVL 14F', '14 FR MIC-KEY', 'EXT #14F', 'LHC VIA R RADIAL 6F', 'CYSTO, L 6F URETERAL STENT', 'X2 4F', 'L IHR, 3M']) expect(bookingAge(text)).toBeUndefined();
  });

  it('fits an age inside the line\'s, and a child of no stated age only where children are privileged', () => {
    expect(ageFits({ min: 12 }, { years: 3 })).toBe(false);
    expect(ageFits({ min: 12 }, { years: 12 })).toBe(true);
    expect(ageFits({ max: 17 }, { years: 40 })).toBe(false);
    expect(ageFits({ min: 12 }, { child: true })).toBe(false);
    expect(ageFits({ max: 17 }, { child: true })).toBe(true);
    // A child of no given age may be fifteen: a line for under-12s is unsure.
    expect(ageFits({ max: 11 }, { child: true })).toBe(false);
  });

  it('reads "15M" as a child of fifteen years or months, covered only by a line that fits both', () => {
    const said = bookingAge('US-GUIDED ADDUCTOR CANAL BLOCK 15M, ACL TEAR');
    expect(said).toEqual({ child: true, oneOf: [15, 1.25] });
    expect(ageFits({ max: 17 }, said!)).toBe(true);
    expect(ageFits({ min: 12 }, said!)).toBe(false);
    expect(ageFits({ max: 11 }, said!)).toBe(false);
  });

  it('reads how old a former preterm infant is now ("ex-28wk preemie now 6 wks")', () => {
    expect(bookingAge('PICC EX-28WK PREEMIE NOW 6 WKS')).toEqual({ years: 6 / 52 });
    expect(bookingAge('SPINAL, EX-30WK NOW 3 WKS, IHR')).toEqual({ years: 3 / 52, neonate: true });
    // Not weeks since something, nor of a pregnancy: "NOW 9 WKS" of a missed abortion, "NOW 2 WKS POST OP".
    expect(bookingAge('D&C FOR MISSED AB NOW 9 WKS')).toBeUndefined();
    expect(bookingAge('I&D R ANKLE WOUND, S/P ORIF NOW 2 WKS POST OP')).toBeUndefined();
  });
});

describe('ages said in a surgeon office\'s parentheses, and spans from birth', () => {
  it('reads "(age 5 wk)" and "(age 1 day)" as the infant\'s age, and "neonates through 21 years" as birth to 21', () => {
    expect(bookingAge('Lap pyloromyotomy (age 5 wk)')).toEqual({ years: 5 / 52 });
    expect(bookingAge('MMC closure (age 1 day)')).toEqual({ years: 0, neonate: true });
    expect(lineAges('Inguinal hernia repair, open or laparoscopic (neonates through 21 years)')).toEqual({ min: 0, max: 21 });
    expect(lineAges('Circumcision (birth to 17 years)')).toEqual({ min: 0, max: 17 });
    expect(withoutAges('Inguinal hernia repair, open or laparoscopic (neonates through 21 years)')).not.toMatch(/neonates|years/);
  });
});

describe('ages a line takes out', () => {
  it('reads "excluding patients under 12 years" as 12 and over, not as 11 and under', () => {
    expect(lineAges('Umbilical and ventral hernia repair, excluding patients under 12 years')).toEqual({ min: 12 });
    expect(ageFits(lineAges('Umbilical and ventral hernia repair, excluding patients under 12 years')!, { years: 3 })).toBe(false);
    expect(ageFits(lineAges('Umbilical and ventral hernia repair, excluding patients under 12 years')!, { years: 45 })).toBe(true);
  });

  it('keeps newborns out of a line "excluding neonates" and lets other patients in', () => {
    const range = lineAges('Circumcision, excluding newborns')!;
    expect(ageFits(range, bookingAge('CIRCUMCISION 2 DAY OLD')!)).toBe(false);
    expect(ageFits(range, bookingAge('NEWBORN CIRCUMCISION')!)).toBe(false);
    expect(ageFits(range, bookingAge('GA, NICU PATIENT')!)).toBe(false);
    expect(ageFits(range, bookingAge('CIRCUMCISION 6 YO')!)).toBe(true);
  });

  it('reads "adult patients only, excluding pediatric scoliosis" as adults only', () => {
    expect(lineAges('Spinal deformity correction, adult patients only, excluding pediatric scoliosis')).toEqual({ min: 18 });
  });
});

describe('a line read without its ages', () => {
  it('leaves the ages out of the words ("…, age 18 and older" is no limit word "older")', async () => {
    const { withoutAges } = await import('./ages');
    expect(withoutAges('Insertion of implantable venous access port, age 18 and older')).toBe('Insertion of implantable venous access port');
    expect(withoutAges('Umbilical hernia repair, excluding patients under 12 years')).toBe('Umbilical hernia repair');
    expect(withoutAges('Total knee arthroplasty')).toBe('Total knee arthroplasty');
  });

  it('reads "N years of age and older" as a limit, and a newborn excluded by days as no bound in years', async () => {
    const { lineAges } = await import('./ages');
    expect(lineAges('Cochlear implantation, patients 18 years of age and older')).toEqual({ min: 18 });
    expect(lineAges('General anesthesia for infants and children under 2 years of age, excluding neonates (under 30 days of age)')).toEqual({ max: 1, noNeonates: true });
  });

  it('reads both bounds of "patients 12 months through 17 years" and "ages 2-17 years", and leaves a spinal level alone', async () => {
    const { lineAges, withoutAges } = await import('./ages');
    expect(lineAges('General anesthesia, patients 12 months through 17 years')).toEqual({ min: 1, max: 17 });
    expect(lineAges('Tonsillectomy, ages 2-17 years')).toEqual({ min: 2, max: 17 });
    // Infants alone are in their first year, newborns in their first month: no line for children of every age.
    expect(lineAges('Inguinal hernia repair for infants')).toEqual({ max: 1 });
    expect(lineAges('Circumcision for newborns')).toEqual({ max: 1 / 12 });
    // An exclusion ends at a semicolon: what follows is the line's own.
    expect(lineAges('Lumbar laminectomy; excludes fusion; adults')).toEqual({ min: 18 });
    expect(lineAges('Anterior cervical discectomy and fusion, C5-6')).toBeUndefined();
    expect(withoutAges('General anesthesia, patients 12 months through 17 years')).toBe('General anesthesia');
  });

  it('reads "up to" an age said of the patient, in days, months or years, and not "up to" levels or weeks after a birth', () => {
    expect(lineAges('Newborn circumcision (Gomco, Plastibell or Mogen), infants up to 28 days old')).toEqual({ max: 1 / 12 });
    expect(lineAges('Tonsillectomy, children up to the age of 5 years')).toEqual({ max: 5 });
    expect(lineAges('Hip spica casting, patients up to 18 months')).toEqual({ max: 1.5 });
    expect(lineAges('Lumbar fusion, up to 3 levels')).toBeUndefined();
    expect(lineAges('Postpartum tubal ligation, up to 6 weeks after delivery')).toBeUndefined();
  });
});
