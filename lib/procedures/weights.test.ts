import { describe, expect, it } from 'vitest';
import { bookingWeight, lineWeight, weightFits } from './weights';

describe('uterine weights on catalog lines and bookings', () => {
  it('reads the weights a line privileges', () => {
    expect(lineWeight('Hysterectomy: abdominal, vaginal or laparoscopic, uterus less than 250 g')).toEqual({ max: 249 });
    expect(lineWeight('Hysterectomy for uterus 250 g or greater (abdominal, vaginal or laparoscopic)')).toEqual({ min: 250 });
    expect(lineWeight('Laparoscopic hysterectomy, uterus greater than 250 grams')).toEqual({ min: 251 });
    expect(lineWeight('Total laparoscopic hysterectomy')).toBeUndefined();
  });

  it('reads the weight a booking states, and fits it', () => {
    expect(bookingWeight('TLH FOR 600G FIBROID UTERUS, BS')).toBe(600);
    expect(bookingWeight('TAH-BSO - 16 wk size fibroid uterus, est wt 700 g')).toBe(700);
    expect(bookingWeight('LAVH 300 GM')).toBe(300);
    expect(bookingWeight('TLH, BS')).toBeUndefined();
    expect(weightFits({ max: 249 }, 300)).toBe(false);
    expect(weightFits({ min: 250 }, 300)).toBe(true);
  });

  it('reads "over 250 g" as heavier than 250 g, so a line for uteri greater than 250 grams meets it', () => {
    expect(bookingWeight('TLH FOR UTERUS >250 G')).toBe(251);
    expect(bookingWeight('TLH FOR UTERUS > 250 GRAMS')).toBe(251);
    expect(bookingWeight('TLH, UTERUS OVER 250 GM')).toBe(251);
    expect(bookingWeight('TLH, UTERUS <250 G')).toBe(249);
    expect(weightFits({ min: 251 }, bookingWeight('TLH FOR UTERUS >250 G')!)).toBe(true);
  });
});
