import { describe, expect, it } from 'vitest';
import { levelCount, lineLevels, lineSegments, lineVertebrae, segmentsOf, vertebraeOf, withoutLevels } from './levels';

describe('spinal levels on catalog lines and bookings', () => {
  it('reads how many levels a catalog line privileges', () => {
    expect(lineLevels('Posterior lumbar fusion with instrumentation, one to three levels')).toEqual({ min: 1, max: 3 });
    expect(lineLevels('Anterior cervical discectomy and fusion, up to 2 levels')).toEqual({ max: 2 });
    expect(lineLevels('Spinal fusion, four or more levels')).toEqual({ min: 4 });
    expect(lineLevels('Lumbar microdiscectomy, single level')).toEqual({ min: 1, max: 1 });
    expect(lineLevels('Lumbar laminectomy')).toBeUndefined();
  });

  it('reads a range of single vertebrae a line names, and not a range of segments as one', () => {
    const range = lineVertebrae('Intraosseous basivertebral nerve ablation, L3 through S1')!;
    expect(vertebraeOf(['L4-5', 'S1'])!.every((k) => range.has(k))).toBe(true);
    expect(vertebraeOf(['T12', 'L1'])!.some((k) => range.has(k))).toBe(false);
    expect(lineVertebrae('Lateral transpsoas lumbar interbody fusion, L1-L2 through L4-L5')).toBeUndefined();
    expect(lineVertebrae('Kyphoplasty')).toBeUndefined();
  });

  it('counts the motion segments a booking\'s levels span', () => {
    expect(levelCount(['L4-L5'])).toBe(1);
    expect(levelCount(['L2-S1'])).toBe(4);
    expect(levelCount(['C5-C6', 'C6-C7'])).toBe(2);
    expect(levelCount(['C5-C7', 'C6-C7'])).toBe(2);
    expect(levelCount([])).toBeUndefined();
  });

  it('reads the only segments a line privileges, and the segments a booking names', () => {
    expect(lineSegments('Anterior lumbar interbody fusion, L4-L5 and L5-S1 levels only')).toEqual(new Set(segmentsOf(['L4-5', 'L5-S1'])));
    expect(segmentsOf(['L3-4'])!.every((k) => lineSegments('Anterior lumbar interbody fusion, L4-L5 and L5-S1 levels only')!.has(k))).toBe(false);
    expect(lineSegments('Anterior lumbar interbody fusion')).toBeUndefined();
    expect(lineSegments('ALIF L4/5 and L5/S1 only')).toEqual(new Set(segmentsOf(['L4-5', 'L5-S1'])));
    // A count the line does not read stays a word of it; a level's own number is no count.
    expect(withoutLevels('ACDF, two levels')).toBe('ACDF, two levels');
    expect(withoutLevels('Anterior lumbar interbody fusion, L4-5 levels only')).toBe('Anterior lumbar interbody fusion, L4-5 levels only');
    expect(withoutLevels('Anterior cervical discectomy and fusion, one or two levels')).toBe('Anterior cervical discectomy and fusion');
  });
});
