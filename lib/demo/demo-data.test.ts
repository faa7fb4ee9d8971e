import { describe, expect, it } from 'vitest';
import { DEMO_CATALOG } from './catalog';
import { generateRoster, SHOWCASE } from './generate';
import { Engine } from '../engine';
import { validateRoster } from '../roster/validate';
import { builtinVocabulary } from '../vocabulary/builtin';

const vocabulary = builtinVocabulary();

describe('demo roster generator', () => {
  it('gives the same roster for the same seed and date, and a different one for another seed', () => {
    const a = JSON.stringify(generateRoster({ practitioners: 300, seed: 42, asOf: '2026-11-22' }));
    expect(JSON.stringify(generateRoster({ practitioners: 300, seed: 42, asOf: '2026-11-22' }))).toBe(a);
    expect(JSON.stringify(generateRoster({ practitioners: 300, seed: 43, asOf: '2026-11-22' }))).not.toBe(a);
  });

  it('produces a valid roster with a realistic catalog: 12+ departments, core and special privileges, codes and synonyms', () => {
    const roster = generateRoster({ practitioners: 500, seed: 1, asOf: '2026-11-22' });
    expect(validateRoster(JSON.parse(JSON.stringify(roster))).ok).toBe(true);
    const departments = new Set(DEMO_CATALOG.map((p) => p.department));
    expect(departments.size).toBeGreaterThanOrEqual(12);
    expect(DEMO_CATALOG.some((p) => p.kind === 'core')).toBe(true);
    expect(DEMO_CATALOG.filter((p) => p.approach).map((p) => p.approach)).toEqual(['robotic', 'laser', 'fluoroscopy', 'moderate-sedation']);
    const procs = DEMO_CATALOG.flatMap((p) => p.procedures);
    expect(procs.filter((p) => p.codes?.length).length).toBeGreaterThan(20);
    expect(procs.filter((p) => p.synonyms?.length).length).toBeGreaterThan(150);
  });

  it('mixes statuses, expirations and conditions the way a real roster does', () => {
    const roster = generateRoster({ practitioners: 3000, seed: 9, asOf: '2026-11-22' });
    const statuses = new Set(roster.practitioners.map((p) => p.status));
    expect(statuses).toEqual(new Set(['active', 'inactive', 'suspended']));
    const grants = roster.practitioners.flatMap((p) => p.privileges);
    for (const s of ['granted', 'provisional', 'temporary', 'suspended', 'pending', 'relinquished', 'expired']) {
      expect(grants.some((g) => g.status === s)).toBe(true);
    }
    expect(grants.some((g) => g.conditions?.includes('proctor-required'))).toBe(true);
    const expiringSoon = roster.practitioners.filter((p) => p.credentials.some((c) => c.expires && c.expires >= '2026-11-22' && c.expires <= '2026-12-22'));
    expect(expiringSoon.length / roster.practitioners.length).toBeGreaterThan(0.05);
    expect(roster.practitioners.some((p) => p.credentials.some((c) => c.status === 'excluded'))).toBe(true);
  });

  it('puts the showcase cast first, each resolvable by name, with their scenarios', () => {
    const roster = generateRoster({ practitioners: 2000, seed: 1, asOf: '2026-11-22' });
    const engine = new Engine(roster, { vocabulary });
    const at = { date: '2026-12-01' };
    expect(engine.evaluateCase({ practitioner: 'Elena Peña', procedure: 'ROBOTIC LAP CHOLE', ...at }).verdict).toBe('ok');
    expect(engine.evaluateCase({ practitioner: "O'Brien, Marcus", procedure: 'ROBOTIC VENTRAL HERNIA REPAIR', ...at }).verdict).toBe('warn');
    expect(engine.evaluateCase({ practitioner: 'Raman-Shah, Priya', procedure: 'ROBOTIC LAP CHOLE', ...at }).verdict).toBe('block');
    expect(engine.evaluateCase({ practitioner: 'Whitfield, Thomas', procedure: 'R TKA', ...at }).verdict).toBe('block');
    expect(engine.evaluateCase({ practitioner: 'James Okafor', procedure: 'REPEAT LTCS', ...at }).verdict).toBe('block');
    expect(engine.evaluateCase({ practitioner: 'Kowalski, Hannah', procedure: 'TURBT', date: '2026-11-30' }).verdict).toBe('ok');
    expect(engine.evaluateCase({ practitioner: 'Kowalski, Hannah', procedure: 'TURBT', date: '2026-12-03' }).verdict).toBe('block');
    expect(engine.evaluateCase({ practitioner: 'David Miller', procedure: 'L TKA', ...at }).verdict).toBe('unknown');
    expect(roster.practitioners.slice(0, SHOWCASE.length).map((p) => p.name.family)).toEqual(SHOWCASE.map((c) => c.family));
  });
});
