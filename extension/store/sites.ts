/**
 * Where the overlay runs beyond the built-in demo hosts: sites a user turns on from the popup,
 * and the sites a hospital's policy allows. Both become dynamically registered content scripts
 * (they persist across browser restarts); each needs the browser's host permission.
 */
import browser from 'webextension-polyfill';
import { sitePattern } from '../../lib/match-pattern';
import { DEMO_HOSTS } from '../demo-hosts';

const CONTENT_SCRIPT = 'content-scripts/overlay.js';
const USER_KEY = 'enabledSites';
/** Hosts the manifest's own content script already covers: the demo and test build's local hosts; none in the release build. */
export const BUILT_IN: string[] = typeof __INSCOPE_RELEASE__ !== 'undefined' && __INSCOPE_RELEASE__ ? [] : DEMO_HOSTS;

function scriptId(pattern: string): string {
  return `site:${pattern}`;
}

export interface SiteStatus {
  pattern: string;
  /** built-in (demo hosts), policy (allowed by the organization), user (turned on here), off. */
  state: 'built-in' | 'policy' | 'user' | 'off';
  supported: boolean;
}

export async function userSites(): Promise<string[]> {
  return ((await browser.storage.local.get(USER_KEY))[USER_KEY] as string[] | undefined) ?? [];
}

export async function siteStatus(url: string, policySites: string[]): Promise<SiteStatus> {
  if (!/^https?:/.test(url)) return { pattern: '', state: 'off', supported: false };
  const pattern = sitePattern(url);
  if (BUILT_IN.includes(pattern)) return { pattern, state: 'built-in', supported: true };
  if (policySites.includes(pattern) || policySites.some((p) => p === `${new URL(url).origin}/*`)) return { pattern, state: 'policy', supported: true };
  return { pattern, state: (await userSites()).includes(pattern) ? 'user' : 'off', supported: true };
}

async function register(patterns: string[]): Promise<void> {
  const existing = new Set((await browser.scripting.getRegisteredContentScripts()).map((s) => s.id));
  const wanted = [];
  for (const p of patterns) {
    if (existing.has(scriptId(p))) continue;
    if (!(await browser.permissions.contains({ origins: [p] }))) continue;
    wanted.push({ id: scriptId(p), matches: [p], js: [CONTENT_SCRIPT], allFrames: true, runAt: 'document_idle' as const, persistAcrossSessions: true });
  }
  if (wanted.length) await browser.scripting.registerContentScripts(wanted);
}

/** Turns the overlay on or off for a site the user chose (permission already granted by the popup). */
export async function setUserSite(url: string, enabled: boolean): Promise<void> {
  const pattern = sitePattern(url);
  const sites = new Set(await userSites());
  if (enabled) sites.add(pattern);
  else sites.delete(pattern);
  await browser.storage.local.set({ [USER_KEY]: [...sites] });
  if (enabled) await register([pattern]);
  else {
    const id = scriptId(pattern);
    if ((await browser.scripting.getRegisteredContentScripts({ ids: [id] })).length) await browser.scripting.unregisterContentScripts({ ids: [id] });
  }
}

/** Keeps the registered scripts equal to the user's sites and the policy's (at start-up and on changes). */
export async function syncRegistrations(policySites: string[]): Promise<void> {
  const wanted = new Set([...(await userSites()), ...policySites.filter((p) => !BUILT_IN.includes(p))]);
  const registered = await browser.scripting.getRegisteredContentScripts();
  const stale = registered.filter((s) => s.id.startsWith('site:') && !wanted.has(s.id.slice(5))).map((s) => s.id);
  if (stale.length) await browser.scripting.unregisterContentScripts({ ids: stale });
  await register([...wanted]);
}
