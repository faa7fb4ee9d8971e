import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installFakePorts, installFakeScripting } from './fake-browser-apis';
import { BackgroundError, pageAsker } from './messaging';
import { startBackground } from './background';

const page = { id: fakeBrowser.runtime.id, url: 'https://or.example.org/board?patient=123', tab: { id: 7 }, frameId: 0 };
const popup = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
const granted = new Set(['https://or.example.org/*']);
let registered: ReturnType<typeof installFakeScripting>['registered'];
let ports: ReturnType<typeof installFakePorts>;

/** What the background answers a message, as the sender would receive it. */
async function send(message: unknown, sender: object): Promise<Record<string, unknown>> {
  const replies = await fakeBrowser.runtime.onMessage.trigger(message, sender as never);
  return (await replies.find(Boolean)) as Record<string, unknown>;
}

beforeAll(() => {
  fakeBrowser.reset();
  ({ registered } = installFakeScripting(granted));
  ports = installFakePorts(page);
  startBackground();
});

describe('the background, as pages and the popup talk to it', () => {
  it('answers a scheduling page\'s cases with unknown while no roster is loaded, never ok', async () => {
    const reply = await send({ type: 'evaluateCases', cases: [{ practitioner: 'Peña, Elena', procedure: 'LAP CHOLE', date: '2026-12-04' }] }, page);
    expect(reply).toEqual({ ok: true, verdicts: [{ verdict: 'unknown' }] });
  });

  it('tells a scheduling page why every case is unknown while no roster is loaded, for its summary chip', async () => {
    const reply = await send({ type: 'pageSetup' }, page);
    expect(reply).toMatchObject({ ok: true, hasRoster: false, familyKeys: [] });
    expect(reply.notice).toMatch(/^No roster is loaded, so every case is unknown: /);
  });

  it('refuses a scheduling page the coordinator\'s requests, naming the request', async () => {
    for (const type of ['search', 'settings', 'runs', 'acknowledgements']) {
      const reply = await send({ type, query: 'Peña' }, page);
      expect(reply).toEqual({ ok: false, error: `"${type}" is only accepted from InScope's own pages.` });
    }
  });

  it('refuses another extension\'s messages and malformed ones, saying what is wrong', async () => {
    expect(await send({ type: 'status' }, { ...popup, id: 'other-extension' })).toEqual({ ok: false, error: 'Messages from other extensions are not accepted.' });
    const bad = await send({ type: 'evaluateCases', cases: 'all of them' }, page);
    expect(bad.ok).toBe(false);
    expect(bad.error).toMatch(/^Invalid message: cases /);
  });

  it('tells the popup its status: no roster yet, and no sync scheduled without a roster URL', async () => {
    const reply = await send({ type: 'status' }, popup);
    expect(reply).toMatchObject({ ok: true, status: { hasRoster: false } });
    expect(reply.nextSync).toBeUndefined();
  });

  it('turns the overlay on for a site from the popup, and reports it on', async () => {
    const reply = await send({ type: 'setSiteEnabled', url: 'https://or.example.org/board', enabled: true }, popup);
    expect(reply).toMatchObject({ ok: true, site: { pattern: 'https://or.example.org/*', state: 'user' } });
    expect([...registered.keys()]).toEqual(['site:https://or.example.org/*']);
  });

  it('schedules syncs once a roster URL is saved, and refuses a bad value naming the setting', async () => {
    const bad = await send({ type: 'saveSettings', values: { syncIntervalMinutes: 1 } }, popup);
    expect(bad).toMatchObject({ ok: true, saved: false });
    expect(JSON.stringify(bad.problems)).toContain('syncIntervalMinutes');
    const good = await send({ type: 'saveSettings', values: { rosterUrl: 'https://cred.example.org/roster.json', syncIntervalMinutes: 30 } }, popup);
    expect(good).toMatchObject({ ok: true, saved: true });
    await expect.poll(async () => (await fakeBrowser.alarms.get('inscope-sync'))?.periodInMinutes).toBe(30);
  });
});

describe('a page\'s content script, asking on its port', () => {
  it('gets the same answers as by message, and the same refusals with their sentence', async () => {
    const ask = pageAsker();
    expect(await ask({ type: 'evaluateCases', cases: [{ practitioner: 'Peña, Elena', procedure: 'LAP CHOLE', date: '2026-12-04' }] })).toEqual({ ok: true, verdicts: [{ verdict: 'unknown' }] });
    await expect(ask({ type: 'search', query: 'Peña' })).rejects.toThrow('"search" is only accepted from InScope\'s own pages.');
    await expect(ask({ type: 'evaluateCases', cases: 'all of them' } as never)).rejects.toThrow(/^Invalid message: cases /);
  });

  it('answers each of several requests posted at once with its own reply', async () => {
    const ask = pageAsker();
    const [setup, cases] = await Promise.all([ask({ type: 'pageSetup' }), ask({ type: 'evaluateCases', cases: [{ practitioner: 'A B', procedure: 'x' }, { practitioner: 'C D', procedure: 'y' }] })]);
    expect(setup).toMatchObject({ ok: true, hasRoster: false });
    expect(cases.verdicts).toHaveLength(2);
  });

  it('when the background stops, fails what was waiting with a clear error and opens a new port for the next request', async () => {
    const ask = pageAsker();
    await ask({ type: 'pageSetup' });
    const waiting = ask({ type: 'pageSetup' });
    ports.stop();
    await expect(waiting).rejects.toThrow(BackgroundError);
    await expect(waiting).rejects.toThrow('InScope\'s background did not answer; try again.');
    expect(await ask({ type: 'pageSetup' })).toMatchObject({ ok: true, hasRoster: false });
  });
});
