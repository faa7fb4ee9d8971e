import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installFakeScripting } from '../fake-browser-apis';
import { setUserSite, siteStatus, syncRegistrations, userSites } from './sites';

const OR = 'https://or.example.org/*';
let granted: Set<string>;
let registered: ReturnType<typeof installFakeScripting>['registered'];

beforeEach(() => {
  fakeBrowser.reset();
  granted = new Set([OR, 'https://policy.example.org/*']);
  ({ registered } = installFakeScripting(granted));
});

describe('sites the overlay runs on', () => {
  it('a site the user turns on gets the overlay in all its frames, and keeps it after a browser restart', async () => {
    await setUserSite('https://or.example.org/schedule?day=2026-12-04', true);
    expect(await userSites()).toEqual([OR]);
    expect([...registered.values()]).toEqual([{
      id: `site:${OR}`, matches: [OR], js: ['content-scripts/overlay.js'], allFrames: true, runAt: 'document_idle', persistAcrossSessions: true,
    }]);
    expect(await siteStatus('https://or.example.org/board', [])).toMatchObject({ pattern: OR, state: 'user', supported: true });
  });

  it('a site turned off loses the overlay and is forgotten', async () => {
    await setUserSite('https://or.example.org/', true);
    await setUserSite('https://or.example.org/', false);
    expect(registered.size).toBe(0);
    expect(await userSites()).toEqual([]);
    expect(await siteStatus('https://or.example.org/', [])).toMatchObject({ state: 'off' });
  });

  it('nothing is registered for a site the browser has not granted', async () => {
    await setUserSite('https://other.example.org/', true);
    expect(registered.size).toBe(0);
  });

  it('keeps the registrations equal to the user\'s sites and the policy\'s, dropping the rest', async () => {
    await setUserSite('https://or.example.org/', true);
    registered.set('site:https://gone.example.org/*', { id: 'site:https://gone.example.org/*', matches: ['https://gone.example.org/*'] });
    await syncRegistrations(['https://policy.example.org/*', 'http://localhost/*']);
    expect([...registered.keys()].sort()).toEqual([`site:${OR}`, 'site:https://policy.example.org/*']);
    expect(await siteStatus('https://policy.example.org/x', ['https://policy.example.org/*'])).toMatchObject({ state: 'policy' });
    // The demo hosts are the manifest's own: never registered again.
    expect(await siteStatus('http://localhost/board', [])).toMatchObject({ state: 'built-in' });
  });

  it('a page that is not a web page has no overlay to turn on', async () => {
    expect(await siteStatus('chrome://settings/', [])).toEqual({ pattern: '', state: 'off', supported: false });
  });
});
