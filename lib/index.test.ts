import { describe, expect, it } from 'vitest';
import * as core from './index';

// A host (the CLI, the CDS service, the widget, the background) reaches a verdict through the
// core's public face alone.
describe('the core as hosts use it', () => {
  const asOf = '2026-03-02';
  const roster = core.generateRoster({ practitioners: 40, seed: 7, asOf });
  const now = new Date(`${asOf}T12:00:00Z`);
  const policy = new core.VerdictPolicy({ engine: new core.Engine(roster, { vocabulary: core.builtinVocabulary() }), generatedAt: roster.generatedAt });

  it('says ok for a privileged surgeon, block for an excluded one, unknown for a stranger', () => {
    const [ok, excluded, stranger] = policy.cases([
      { practitioner: 'Peña, Elena M', procedure: 'LAP CHOLE W/ IOC', date: '2026-03-05' },
      { practitioner: 'Gregory Halloran', procedure: 'LAP CHOLE', date: '2026-03-05' },
      { practitioner: 'Nobody Known', procedure: 'LAP CHOLE', date: '2026-03-05' },
    ], now);
    expect(ok.verdict).toBe('ok');
    expect(excluded.verdict).toBe('block');
    expect(stranger.verdict).toBe('unknown');
  });

  it('exposes no page or extension code', () => {
    expect(Object.keys(core).filter((k) => /scan|overlay|settings|adapter|message/i.test(k))).toEqual([]);
  });
});
