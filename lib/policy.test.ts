import { describe, expect, it } from 'vitest';
import { generateRoster } from './demo/generate';
import { Engine } from './engine';
import { builtinVocabulary } from './vocabulary/builtin';
import { DEFAULT_POLICY, VerdictPolicy } from './policy';

const roster = generateRoster({ practitioners: 20, seed: 2, asOf: '2026-11-22' });
const engine = new Engine(roster, { vocabulary: builtinVocabulary() });
const inForce = (generatedAt: string) => ({ engine, generatedAt });
const NOW = new Date('2026-11-22T12:00:00Z');

describe('what the policy says holds back every verdict on a page', () => {
  it('says so when no roster is loaded, with what to do', () => {
    expect(new VerdictPolicy(undefined, DEFAULT_POLICY, 'import one from the InScope popup.').notice(NOW))
      .toBe('No roster is loaded, so every case is unknown: import one from the InScope popup.');
  });

  it('says when the roster is older than allowed, or dated in the future', () => {
    expect(new VerdictPolicy(inForce('2026-11-20T06:00:00Z')).notice(NOW)).toMatch(/^The roster is out of date \(generated 2026-11-20T06:00:00Z\), so no case shows as in scope/);
    expect(new VerdictPolicy(inForce('2026-11-25T06:00:00Z')).notice(NOW)).toMatch(/^The roster is out of date/);
  });

  it('says when booking text cannot be read', () => {
    expect(new VerdictPolicy(inForce('2026-11-22T06:00:00Z'), DEFAULT_POLICY, 'load a roster.', 'the vocabulary file did not load.').notice(NOW))
      .toBe('Booking text cannot be read, so every case is unknown: the vocabulary file did not load.');
  });

  it('says nothing when the verdicts stand on their own', () => {
    expect(new VerdictPolicy(inForce('2026-11-22T06:00:00Z')).notice(NOW)).toBeUndefined();
  });
});
