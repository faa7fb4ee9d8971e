import { describe, expect, it } from 'vitest';
import { generateAscRoster, generateRoster } from '../lib/demo/generate';
import { DEFAULT_POLICY } from '../lib/policy';
import { builtinVocabulary } from '../lib/vocabulary/builtin';
import { engineSource } from './source';
import type { CaseVerdict } from '../lib/verdict';

const hospital = generateRoster({ practitioners: 40, seed: 2, asOf: '2026-11-22' });
hospital.generatedAt = new Date().toISOString();
const asc = { ...generateAscRoster(hospital), generatedAt: hospital.generatedAt };
const vocabulary = builtinVocabulary();
const robotic = { practitioner: 'Peña, Elena', procedure: 'ROBOTIC LAP CHOLE', date: '2026-12-10' };
const options = { ...DEFAULT_POLICY, remedy: 'none', vocabulary };

describe("the widget's verdicts for a health system's page", () => {
  it('checks each case at its Location and tells the page to send facilities', async () => {
    const source = engineSource([hospital, asc], options);
    expect((await source.setup()).facilities).toBe(true);
    const [main, north] = (await source.evaluateCases([{ ...robotic, facility: 'MAIN OR' }, { ...robotic, facility: 'ASC NORTH' }])) as CaseVerdict[];
    expect([main.verdict, north.verdict]).toEqual(['ok', 'block']);
  });

  it('pins rows that name no facility to the one mount() names', async () => {
    const source = engineSource([hospital, asc], { ...options, facility: 'Riverside Surgery Center North' });
    expect(((await source.evaluateCases([robotic])) as CaseVerdict[])[0].verdict).toBe('block');
  });

  it('answers nothing it cannot place while a roster given to mount() did not load', async () => {
    const source = engineSource([hospital], { ...options, missing: ['/cred/asc.json did not load'] });
    expect((await source.setup()).notice).toMatch(/could not be loaded \(\/cred\/asc\.json did not load\)/);
    const [unplaced, placed] = (await source.evaluateCases([robotic, { ...robotic, facility: 'RGH' }])) as CaseVerdict[];
    expect([unplaced.verdict, placed.verdict]).toEqual(['unknown', 'ok']);
  });
});
