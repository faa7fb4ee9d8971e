import { describe, expect, it } from 'vitest';
import { bookingArea, bookingBurn, bookingKg, bookingSize, bookingVolume, bookingWeeks, fits, lineArea, lineBurn, lineKg, lineSize, lineVolume, lineWeeks, withoutMeasures } from './measures';

describe('lesion sizes and weeks of pregnancy on catalog lines and bookings', () => {
  it('reads the sizes a line privileges', () => {
    expect(lineSize('Excision of Soft Tissue Mass, Subcutaneous (< 3 cm)')).toEqual({ max: 2.9 });
    expect(lineSize('Excision of Benign Odontogenic Cyst (up to 1.25 cm)')).toEqual({ max: 1.25 });
    expect(lineSize('Excision of soft tissue tumor, 3 cm or greater')).toEqual({ min: 3 });
    expect(lineSize('Excision of skin lesion, 0.5 to 2 cm')).toEqual({ min: 0.5, max: 2 });
    expect(lineSize('Colonoscopy with polypectomy, polyps smaller than 20 mm')).toEqual({ max: 1.9 });
    expect(lineSize('Endoscopic mucosal resection, lesions 20 mm or larger')).toEqual({ min: 2 });
    expect(lineSize('Split-thickness skin graft, up to 100 sq cm')).toBeUndefined();
    expect(lineSize('Excision of soft tissue mass')).toBeUndefined();
  });

  it('reads the weeks a line privileges, a trimester bounding them above', () => {
    expect(lineWeeks('Dilation and Evacuation, Second Trimester (up to 20 weeks)')).toEqual({ max: 20 });
    expect(lineWeeks('Spontaneous vaginal delivery, low-risk, 37 weeks gestation or later')).toEqual({ min: 37 });
    expect(lineWeeks('Uterine evacuation for missed abortion, first trimester')).toEqual({ max: 13 + 6 / 7 });
    expect(lineWeeks('Cesarean delivery')).toBeUndefined();
    expect(lineWeeks('External cephalic version from 36 weeks gestation')).toEqual({ min: 36 });
    // Weeks and days, as maternal-fetal forms write them: a D&E at 21w2d is outside the first.
    expect(lineWeeks('Dilation and evacuation, 13 weeks 0 days through 19 weeks 6 days gestation')).toEqual({ min: 13, max: 19.86 });
    expect(lineWeeks('Transvaginal cervical cerclage, McDonald or Shirodkar, up to 23 weeks 6 days gestation')).toEqual({ max: 23.86 });
    expect(lineWeeks('Dilation and evacuation, between 14 weeks 0 days and 23 weeks 6 days gestation')).toEqual({ min: 14, max: 23.86 });
    expect(lineWeeks('Uterine aspiration, less than 14 weeks 0 days')).toEqual({ max: 13.99 });
    // Sevenths, as obstetric forms write them: a D&E at 23w2d is outside "14 0/7 through 20 6/7 weeks".
    expect(lineWeeks('Dilation and evacuation, 14 0/7 through 20 6/7 weeks gestation')).toEqual({ min: 14, max: 20.86 });
    expect(lineWeeks('Cerclage, transvaginal, up to 23 6/7 weeks')).toEqual({ max: 23.86 });
  });

  it('reads the largest dimension and the weeks a booking states', () => {
    expect(bookingSize('EXCISION LIPOMA R THIGH 6 CM SUBCUTANEOUS')).toBe(6);
    expect(bookingWeeks('D&E 19 WKS 6 DAYS')).toBeCloseTo(19 + 6 / 7);
    expect(bookingSize('Epidermal Inclusion Cyst Excision, Upper Back 1.5 cm')).toBe(1.5);
    expect(bookingSize('EXCISION MASS L FOREARM 3X4CM')).toBe(4);
    expect(bookingSize('EXC LESION BACK 25 MM')).toBe(2.5);
    expect(bookingSize('LAP SLEEVE - 36 FR BOUGIE')).toBeUndefined();
    expect(bookingWeeks('D&E 22 WKS (IUFD)')).toBe(22);
    expect(bookingWeeks('Suction D&C, Missed Abortion 9 Weeks')).toBe(9);
    expect(bookingWeeks('D&E 18w3d')).toBeCloseTo(18.43, 2);
    // Commonwealth lists write gestation in fortieths: "34/40", "36+2/40".
    expect(bookingWeeks('ECV 34/40 breech')).toBe(34);
    expect(bookingWeeks('Evacuation RPOC 9+3/40')).toBeCloseTo(9.43, 2);
    expect(bookingWeeks('CE IOL OD, VA 20/40')).toBeUndefined();
    // Weeks and days as OB schedules write them: past "up to 20 weeks" each of these.
    for (const t of ['D&E 21.5 WEEKS', 'D&E 20+5 WEEKS', 'D&E 21 3/7 WEEKS', 'D&E 22W', 'D&E 22W3D']) expect(bookingWeeks(t)! > 20).toBe(true);
    expect(bookingWeeks('D&C 15W')).toBe(15);
    expect(bookingWeeks('PYLOROMYOTOMY - 5 WK OLD')).toBeUndefined();
    expect(fits({ max: 20 }, 22)).toBe(false);
    expect(fits({ max: 2.9 }, 1.5)).toBe(true);
  });

  it('takes the measures out of a line\'s words', () => {
    expect(withoutMeasures('Excision of Soft Tissue Mass, Subcutaneous (< 3 cm)')).toBe('Excision of Soft Tissue Mass, Subcutaneous');
    expect(withoutMeasures('Dilation and Evacuation, Second Trimester (up to 20 weeks)')).toBe('Dilation and Evacuation');
    expect(withoutMeasures('Burn excision and grafting, less than 20% total body surface area')).toBe('Burn excision and grafting,');
    expect(withoutMeasures('Dilation and evacuation, 14 0/7 through 20 6/7 weeks gestation')).toBe('Dilation and evacuation,');
  });

  it('reads the share of the body surface a burn line is for and a booking states', () => {
    expect(lineBurn('Burn excision and grafting, less than 20% total body surface area')).toEqual({ max: 19 });
    expect(lineBurn('Burn excision and grafting, 20% TBSA or greater')).toEqual({ min: 20 });
    expect(bookingBurn('BURN EXC + STSG 28% TBSA - ICU')).toBe(28);
    expect(bookingBurn('BURN EXCISION 12 % BSA')).toBe(12);
    expect(bookingBurn('LIPO FLANKS 20% OFF')).toBeUndefined();
  });

  it('reads the weeks a line runs through, the areas of graft lines and the volumes of liposuction lines, and what a booking states of them', () => {
    expect(lineWeeks('Dilation and evacuation, second trimester through 18 weeks 0 days gestation')).toEqual({ max: 18 });
    expect(lineArea('Split-thickness skin graft, trunk or extremities, up to 100 sq cm')).toEqual({ max: 100 });
    expect(lineArea('Negative pressure wound therapy application, surface area greater than 50 sq cm')).toEqual({ min: 51 });
    expect(bookingArea('STSG L leg wound, 150 sq cm')).toBe(150);
    expect(bookingArea('STSG L leg wound')).toBeUndefined();
    expect(lineVolume('Suction-assisted lipectomy, total aspirate up to 5,000 mL')).toEqual({ max: 5000 });
    expect(lineVolume('Large-volume liposuction, aspirate greater than 5 L')).toEqual({ min: 5001 });
    expect(bookingVolume('lipo abd/flanks/back, est 6L aspirate')).toBe(6000);
    expect(bookingVolume('LIPO FLANKS 3500 CC')).toBe(3500);
    expect(bookingVolume('LIPO FLANKS')).toBeUndefined();
    expect(withoutMeasures('Split-thickness skin graft, up to 100 sq cm')).toBe('Split-thickness skin graft,');
  });
  it('reads a patient\'s weight in kilograms, three digits whole: a "150 kg or more" line is no "50 kg" one, and a dose per kilogram is no weight', () => {
    expect(lineKg('Kidney transplantation, recipients 20 kg and greater')).toEqual({ min: 20 });
    expect(lineKg('Bariatric table and instruments, patients 150 kg or more')).toEqual({ min: 150 });
    expect(lineKg('Pediatric cardiac surgery, patients under 10 kg')).toEqual({ max: 9.9 });
    expect(bookingKg('KIDNEY TRANSPLANT - PEDS RECIPIENT 3 YO / 12.4 KG')).toBe(12.4);
    expect(bookingKg('LAP SLEEVE, 162 KG')).toBe(162);
    expect(bookingKg('KETAMINE INFUSION 0.5MG/KG')).toBeUndefined();
  });
});
