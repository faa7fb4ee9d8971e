// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Overlay } from './overlay';
import type { VerdictSource } from './source';
import type { CaseInput } from '../../lib/engine';
import type { Verdict, VerdictBrief } from '../../lib/verdict';

const tick = () => new Promise((r) => setTimeout(r, 0));

/** A verdict source that answers by procedure, and counts what it is asked. */
function fakeSource() {
  const asked = { cases: [] as CaseInput[], people: [] as string[], setups: 0 };
  const byProcedure: Record<string, Verdict> = { 'LAP CHOLE': 'ok', 'R TKA': 'warn', TLIF: 'block' };
  const people: Record<string, string> = { 'Thomas Whitfield': 'Whitfield, Thomas' };
  const source: VerdictSource & { asked: typeof asked; byProcedure: typeof byProcedure } = {
    asked, byProcedure,
    setup: async () => {
      asked.setups++;
      return { familyKeys: ['whitfield', 'pena', 'kowalski'], hasRoster: true };
    },
    evaluateCases: async (cases) => {
      asked.cases.push(...cases);
      return cases.map((c): VerdictBrief => ({ verdict: byProcedure[c.procedure] ?? 'unknown', practitioner: { id: 'P1', name: c.practitioner } }));
    },
    evaluatePeople: async (names) => {
      asked.people.push(...names);
      return names.map((n): VerdictBrief => (people[n] ? { verdict: 'ok', practitioner: { id: 'P2', name: people[n] } } : { verdict: 'unknown' }));
    },
    caseVerdict: async () => { throw new Error('not used'); },
    personCard: async () => { throw new Error('not used'); },
  };
  return source;
}

const row = (who: string, what: string) => `<tr><td>2026-12-04</td><td>${who}</td><td>${what}</td></tr>`;
let ac: AbortController;

beforeEach(() => {
  document.body.innerHTML = `<p>Charge nurse: Thomas Whitfield</p><table id="board"><thead><tr><th>Date</th><th>Surgeon</th><th>Procedure</th></tr></thead><tbody>
    ${row('Peña, Elena', 'LAP CHOLE')}${row('Kowalski, Hannah', 'R TKA')}${row('Peña, Elena', 'TLIF')}</tbody></table>`;
  ac = new AbortController();
});
afterEach(() => ac.abort());

const verdicts = () => [...document.querySelectorAll('#board tbody tr')].map((r) => r.querySelector('[data-inscope-kind="case"]')?.getAttribute('data-inscope-verdict'));
const chipText = () => document.querySelector('inscope-summary')?.shadowRoot?.querySelector('button')?.textContent;

/**
 * Starts an overlay on a page whose frames the test holds (each requestAnimationFrame callback kept
 * in `frames`, run only when the test runs it), with timers faked.
 */
async function withHeldFrames(test: (frames: FrameRequestCallback[], source: ReturnType<typeof fakeSource>, started: Promise<void>) => Promise<void>): Promise<void> {
  const frames: FrameRequestCallback[] = [];
  const raf = vi.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => frames.push(cb));
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  try {
    const source = fakeSource();
    await test(frames, source, new Overlay(document, source).start(ac.signal));
  } finally {
    vi.useRealTimers();
    raf.mockRestore();
  }
}

describe('the overlay', () => {
  it('badges every case row with its verdict and the names in the page\'s text, and counts the cases needing attention', async () => {
    const source = fakeSource();
    await new Overlay(document, source).start(ac.signal);
    expect(verdicts()).toEqual(['ok', 'warn', 'block']);
    expect(document.querySelector('p [data-inscope-kind="person"]')?.getAttribute('data-inscope-name')).toBe('Thomas Whitfield');
    expect(chipText()).toBe('2 cases need attention');
    expect(source.asked.cases).toHaveLength(3);
  });

  it('on a long schedule, asks about the first rows while it reads the rest, and badges every row in its own order', async () => {
    const procedures = ['LAP CHOLE', 'R TKA', 'TLIF'];
    document.querySelector('#board tbody')!.innerHTML = Array.from({ length: 700 }, (_, i) => row(`Peña, Elena ${i}`, procedures[i % 3])).join('');
    const source = fakeSource();
    const batches: number[] = [];
    const evaluate = source.evaluateCases;
    source.evaluateCases = (cases) => {
      batches.push(cases.length);
      return evaluate(cases);
    };
    await new Overlay(document, source).start(ac.signal);
    expect(batches.length).toBeGreaterThan(1);
    expect(batches.reduce((a, b) => a + b, 0)).toBe(700);
    expect(verdicts()).toEqual(Array.from({ length: 700 }, (_, i) => ['ok', 'warn', 'block'][i % 3]));
  });

  it('lets the page paint first: no row is read before the page\'s next frame', () => withHeldFrames(async (frames, source, started) => {
    await vi.advanceTimersByTimeAsync(50);
    expect(source.asked.cases).toHaveLength(0);
    expect(frames).toHaveLength(1);
    frames[0](0);
    await vi.advanceTimersByTimeAsync(1);
    await started;
    expect(verdicts()).toEqual(['ok', 'warn', 'block']);
  }));

  it('scans a page that paints no frame (a background tab) after 100 ms', () => withHeldFrames(async (_frames, source, started) => {
    await vi.advanceTimersByTimeAsync(90);
    expect(source.asked.cases).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(20);
    await started;
    expect(verdicts()).toEqual(['ok', 'warn', 'block']);
  }));

  it('badges rows the page appends, asking only about the new ones', async () => {
    const source = fakeSource();
    await new Overlay(document, source).start(ac.signal);
    document.querySelector('#board tbody')!.insertAdjacentHTML('beforeend', row('Kowalski, Hannah', 'LAP CHOLE'));
    await tick();
    await tick();
    expect(verdicts()).toEqual(['ok', 'warn', 'block', 'ok']);
    expect(source.asked.cases.map((c) => c.procedure)).toEqual(['LAP CHOLE', 'R TKA', 'TLIF', 'LAP CHOLE']);
    expect(chipText()).toBe('2 cases need attention');
  });

  it('asks about a row with no date of its own at the day the page\'s heading shows now, also after the heading changed while every row had its date', async () => {
    document.body.insertAdjacentHTML('afterbegin', '<h2 id="day">OR schedule — December 4, 2026</h2>');
    const source = fakeSource();
    await new Overlay(document, source).start(ac.signal);
    document.getElementById('day')!.textContent = 'OR schedule — December 5, 2026';
    await tick();
    await tick();
    document.querySelector('#board tbody')!.insertAdjacentHTML('beforeend', '<tr><td></td><td>Kowalski, Hannah</td><td>LAP CHOLE</td></tr>');
    await tick();
    await tick();
    expect(source.asked.cases.map((c) => c.date)).toEqual(['2026-12-04', '2026-12-04', '2026-12-04', '2026-12-05']);
    // The day changes again: the dateless row is asked about at it.
    document.getElementById('day')!.textContent = 'OR schedule — December 6, 2026';
    await tick();
    await tick();
    expect(source.asked.cases.at(-1)).toMatchObject({ procedure: 'LAP CHOLE', date: '2026-12-06' });
    // The dateless row goes, the day changes while every row has its date, and another dateless row comes.
    document.querySelector('#board tbody tr:last-child')!.remove();
    await tick();
    await tick();
    document.getElementById('day')!.textContent = 'OR schedule — December 7, 2026';
    await tick();
    await tick();
    document.querySelector('#board tbody')!.insertAdjacentHTML('beforeend', '<tr><td></td><td>Peña, Elena</td><td>TLIF</td></tr>');
    await tick();
    await tick();
    expect(source.asked.cases.at(-1)).toMatchObject({ procedure: 'TLIF', date: '2026-12-07' });
  });

  it('answers a row that shows a case the page showed before without asking again', async () => {
    const source = fakeSource();
    await new Overlay(document, source).start(ac.signal);
    // A virtualised grid recycles the first row to show the third row's case.
    const first = document.querySelector('#board tbody tr') as HTMLTableRowElement;
    first.cells[2].firstChild!.nodeValue = 'TLIF';
    await tick();
    await tick();
    expect(verdicts()).toEqual(['block', 'warn', 'block']);
    expect(source.asked.cases).toHaveLength(3);
  });

  it('keeps a recycled row\'s badge element, redrawn for its new case, and closes a card that spoke of the old case', async () => {
    const source = fakeSource();
    source.caseVerdict = async (c) => ({ verdict: source.byProcedure[c.procedure] ?? 'unknown', reasons: [], date: '2026-12-04', procedures: [], approaches: [], practitioner: { id: 'P1', name: c.practitioner, type: 'MD' } });
    const overlay = new Overlay(document, source);
    await overlay.start(ac.signal);
    const first = document.querySelector('#board tbody tr') as HTMLTableRowElement;
    const badge = first.querySelector<HTMLElement>('[data-inscope-kind="case"]')!;
    overlay['card'].open(badge);
    expect(document.querySelector('inscope-card')).not.toBeNull();
    first.cells[2].firstChild!.nodeValue = 'TLIF';
    await tick();
    await tick();
    expect(first.querySelector('[data-inscope-kind="case"]')).toBe(badge);
    expect(badge.getAttribute('data-inscope-verdict')).toBe('block');
    expect(document.querySelector('inscope-card')).toBeNull();
  });

  it('checks everything again on refresh(), keeping one badge per row', async () => {
    const source = fakeSource();
    const overlay = new Overlay(document, source);
    await overlay.start(ac.signal);
    source.byProcedure.TLIF = 'ok';
    await overlay.refresh();
    expect(verdicts()).toEqual(['ok', 'warn', 'ok']);
    expect(document.querySelectorAll('[data-inscope-kind="case"]')).toHaveLength(3);
    expect(document.querySelectorAll('[data-inscope-kind="person"]')).toHaveLength(1);
    expect(source.asked.cases).toHaveLength(6);
  });

  it('removes every badge and stops following the page when its signal aborts', async () => {
    const source = fakeSource();
    await new Overlay(document, source).start(ac.signal);
    ac.abort();
    expect(document.querySelectorAll('[data-inscope-host]')).toHaveLength(0);
    document.querySelector('#board tbody')!.insertAdjacentHTML('beforeend', row('Kowalski, Hannah', 'LAP CHOLE'));
    await tick();
    expect(document.querySelectorAll('[data-inscope-host]')).toHaveLength(0);
    expect(source.asked.cases).toHaveLength(3);
  });

  it('never starts on an aborted signal', async () => {
    const source = fakeSource();
    ac.abort();
    await new Overlay(document, source).start(ac.signal);
    expect(source.asked.setups).toBe(0);
    expect(document.querySelectorAll('[data-inscope-host]')).toHaveLength(0);
  });
});
