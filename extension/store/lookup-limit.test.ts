import { describe, expect, it } from 'vitest';
import { LookupLimit } from './lookup-limit';

describe('how many different names one page may ask about', () => {
  it('answers up to the limit, again for names already asked, refuses new ones beyond it and logs the refusal', () => {
    let now = 0;
    const limit = new LookupLimit(3, 60_000, () => now);
    expect(limit.admit('tab1', 'https://or.example.org', ['Peña, Elena', 'Whitfield, T', 'O\'Brien, M', 'Bello, A'])).toEqual([true, true, true, false]);
    expect(limit.admit('tab1', 'https://or.example.org', ['peña,  elena', 'Kowalski, H'])).toEqual([true, false]);
    expect(limit.refusals).toEqual([
      { at: new Date(0).toISOString(), origin: 'https://or.example.org', refused: 1 },
      { at: new Date(0).toISOString(), origin: 'https://or.example.org', refused: 1 },
    ]);
    // Another page has its own count; after the window the page may ask again.
    expect(limit.admit('tab2', 'https://or.example.org', ['Kowalski, H'])).toEqual([true]);
    now = 61_000;
    expect(limit.admit('tab1', 'https://or.example.org', ['Kowalski, H'])).toEqual([true]);
  });
});
