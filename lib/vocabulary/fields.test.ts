import { describe, expect, it } from 'vitest';
import { bookingFields } from './fields';
import { ProcedureMatcher } from '../procedures/matcher';
import { builtinVocabulary } from './builtin';

describe('a case request copied with its field labels', () => {
  it('reads the procedure, side, anesthesia and notes as the booking, a diagnosis as why, and leaves unlabelled text alone', () => {
    expect(bookingFields('Procedure: Laparoscopic Cholecystectomy w/ IOC; Laterality: N/A; Anesthesia: General; Dx: symptomatic cholelithiasis'))
      .toBe('Laparoscopic Cholecystectomy w/ IOC, General, for symptomatic cholelithiasis');
    expect(bookingFields('Proc: LAP APPY | Lat: N/A | Age: 9 yo | Dx: SBO, closed loop on CT | Notes: ADD ON, flex sig | Position: supine'))
      .toBe('LAP APPY, 9 yo, for SBO  closed loop on CT, ADD ON, flex sig');
    expect(bookingFields('R TKA - DX: OA')).toBe('R TKA - DX: OA');
    expect(bookingFields('LAP CHOLE; POSS IOC')).toBe('LAP CHOLE; POSS IOC');
  });

  it('checks a labelled request as the same booking unlabelled: no "Lat" or diagnosis word is left over as an unknown operation', () => {
    const m = new ProcedureMatcher([{ id: 'G', name: 'General Surgery', department: 'General Surgery', kind: 'core' as const, procedures: [
      { name: 'Laparoscopic adrenalectomy' }, { name: 'Exploratory laparotomy' }, { name: 'Small bowel resection' }] }], { vocabulary: builtinVocabulary() });
    const labelled = m.match('Proc: LAP ADRENALECTOMY L | Lat: Left | Dx: aldosteronoma');
    expect(labelled.parts.map((p) => p.status)).toEqual(['matched']);
    expect(labelled.laterality).toBe('left');
    expect(m.match('Proc: EXPLORATORY LAPAROTOMY, POSS SMALL BOWEL RESECTION | Dx: SBO, closed loop on CT | Notes: ADD ON').parts.map((p) => p.status)).toEqual(['matched', 'matched']);
  });
});
