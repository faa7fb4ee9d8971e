/**
 * The background service worker: owns the roster in IndexedDB, answers the content scripts'
 * and pages' messages, and syncs on a schedule. Chrome stops it when idle; on every start it
 * rebuilds the in-memory indexes from IndexedDB.
 */
import { defineBackground } from 'wxt/utils/define-background';
import browser from 'webextension-polyfill';
import { checkMessage, type Request } from '../lib/messages';
import { briefOf } from '../lib/verdict';
import { sitePattern } from '../lib/match-pattern';
import { validateSettingsChange } from '../lib/settings';
import { InScopeDb } from '../store/db';
import { InScopeService, type Progress } from '../store/service';
import { SettingsSource } from '../store/settings-source';
import { setUserSite, siteStatus, syncRegistrations } from '../store/sites';

const SYNC_ALARM = 'inscope-sync';

export default defineBackground(() => {
  const db = new InScopeDb();
  const settings = new SettingsSource();
  const service = new InScopeService(db, {
    settings: async () => (await settings.get()).settings,
    canReach: (url) => browser.permissions.contains({ origins: [sitePattern(url)] }),
    // Every open page checks its cases again against the roster now in force.
    onRosterChanged: (generation) => void tellPages({ type: 'rosterChanged', generation }),
  });

  /** Tells the content scripts in every tab (and frame); tabs without one ignore it. */
  async function tellPages(message: { type: 'rosterChanged'; generation: number }): Promise<void> {
    for (const tab of await browser.tabs.query({})) {
      if (tab.id !== undefined) browser.tabs.sendMessage(tab.id, message).catch(() => undefined);
    }
  }
  // Rebuild the indexes now, not on the first message.
  void service.ready();

  const progress = (p: Progress) => {
    browser.runtime.sendMessage({ type: 'progress', ...p }).catch(() => undefined);
  };

  async function scheduleSync(): Promise<void> {
    const { settings: s } = await settings.get();
    const existing = await browser.alarms.get(SYNC_ALARM);
    if (!s.rosterUrl) {
      if (existing) await browser.alarms.clear(SYNC_ALARM);
      return;
    }
    if (existing?.periodInMinutes === s.syncIntervalMinutes) return;
    await browser.alarms.create(SYNC_ALARM, { periodInMinutes: s.syncIntervalMinutes, delayInMinutes: 1 });
  }
  void scheduleSync();
  const registerSites = async () => syncRegistrations((await settings.get()).settings.allowedSites).catch(() => undefined);
  void registerSites();
  settings.onChange(() => {
    void scheduleSync();
    void registerSites();
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) void service.syncNow();
  });

  async function handle(request: Request, origin: string, senderUrl: string): Promise<Record<string, unknown>> {
    switch (request.type) {
      // Briefs for a page's batch; the full verdict when a card opens (caseVerdict, personCard).
      case 'evaluateCases': return { verdicts: (await service.evaluateCases(request.cases)).map(briefOf) };
      case 'evaluatePeople': return { verdicts: (await service.evaluatePeople(request.names)).map(briefOf) };
      // A page learns what its people need: no credential numbers, no NPI.
      case 'caseVerdict': return { verdict: await service.forPage((await service.evaluateCases([request.case]))[0]) };
      case 'personCard': return await service.forPage(await service.personCard(request.name));
      case 'pageSetup': return await service.pageSetup(senderUrl);
      case 'acknowledge': return { ack: await service.acknowledge(request.ack, origin) };
      case 'acknowledgements': return { acks: await service.acknowledgements() };
      case 'siteStatus': return { site: await siteStatus(request.url, (await settings.get()).settings.allowedSites) };
      case 'setSiteEnabled': {
        await setUserSite(request.url, request.enabled);
        return { site: await siteStatus(request.url, (await settings.get()).settings.allowedSites) };
      }
      case 'status': {
        const alarm = await browser.alarms.get(SYNC_ALARM);
        return { status: await service.status(), nextSync: alarm ? new Date(alarm.scheduledTime).toISOString() : undefined };
      }
      case 'importUpload': return { run: await service.importUpload(request.uploadId, progress, request.confirm) };
      case 'discardUpload': return { run: await service.discardUpload(request.uploadId) };
      case 'syncNow': return { run: await service.syncNow(progress) };
      case 'search': return { results: await service.search(request.query) };
      case 'practitionerCard': return { card: await service.practitionerCard(request.id) };
      case 'expiring': return { items: await service.expiring(request.days) };
      case 'runs': return { runs: await service.runs() };
      case 'settings': return { settings: await settings.get() };
      case 'saveSettings': {
        const current = await settings.get();
        const change = validateSettingsChange(request.values, current.locked);
        if (!change.ok) return { saved: false, problems: change.problems, settings: current };
        await settings.save(change.values);
        return { saved: true, settings: await settings.get() };
      }
    }
  }

  browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
    const checked = checkMessage(
      message,
      { id: sender.id, url: sender.url, tabId: sender.tab?.id },
      browser.runtime.id,
      browser.runtime.getURL('/'),
    );
    if (!checked.ok) return Promise.resolve({ ok: false, error: checked.error });
    // The site's origin only: a page URL can carry patient identifiers.
    const origin = sender.url ? new URL(sender.url).origin : '';
    return handle(checked.request, origin, sender.url ?? '').then(
      (reply) => ({ ok: true, ...reply }),
      (e: unknown) => ({ ok: false, error: `InScope could not answer: ${(e as Error).message}` }),
    );
  });
});
