import { describe, expect, it } from 'vitest';
import { demoNpi } from './demo/generate';
import { isValidNpi, npiCheckDigit } from './npi';

describe('NPI check digit', () => {
  it('accepts the published example NPIs', () => {
    expect(isValidNpi('1234567893')).toBe(true);
    expect(isValidNpi('1558598797')).toBe(true);
  });

  it('rejects an NPI with one digit changed or transposed', () => {
    expect(isValidNpi('1234567894')).toBe(false);
    expect(isValidNpi('1234567983')).toBe(false);
    expect(isValidNpi('2234567893')).toBe(false);
  });

  it('rejects text that is not ten digits', () => {
    for (const s of ['123456789', '12345678931', '123456789X', '', ' 1234567893']) expect(isValidNpi(s)).toBe(false);
  });

  it('computes the check digit over the first nine digits', () => {
    expect(npiCheckDigit('123456789')).toBe(3);
    expect(npiCheckDigit('155859879')).toBe(7);
  });

  it('gives every demo practitioner a valid, distinct NPI', () => {
    const npis = Array.from({ length: 5000 }, (_, i) => demoNpi(i));
    expect(npis.every(isValidNpi)).toBe(true);
    expect(new Set(npis).size).toBe(npis.length);
  });
});
