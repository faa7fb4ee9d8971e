/**
 * The background service worker: owns the roster in IndexedDB, answers the content scripts'
 * and pages' messages, and syncs on a schedule. Chrome stops it when idle; on every start it
 * rebuilds the in-memory indexes from IndexedDB.
 */
import browser from 'webextension-polyfill';
import { checkMessage, type Handlers, type Replies, type Reply, type Request, type RequestOf } from './messages';
import { PAGE_PORT, type PortReply, type PortRequest } from './messaging';
import { briefOf, type CaseVerdict, type VerdictBrief } from '../lib/verdict';
import type { CaseInput } from '../lib/engine';
import { LookupLimit } from './store/lookup-limit';
import { sitePattern } from '../lib/match-pattern';
import { validateSettingsChange } from './settings';
import { InScopeDb } from './store/db';
import { InScopeService, type Progress } from './store/service';
import { SettingsSource } from './store/settings-source';
import { setUserSite, siteStatus, syncRegistrations } from './store/sites';

const SYNC_ALARM = 'inscope-sync';

/** Starts the background: called once per service-worker start by entrypoints/background.ts. */
export function startBackground(): void {
  const db = new InScopeDb();
  // The roster token lives in the extension's IndexedDB, out of content scripts' reach.
  const settings = new SettingsSource({
    get: async (key) => (await db.meta.get(`secret:${key}`))?.value as string | undefined,
    set: async (key, value) => { await db.meta.put({ key: `secret:${key}`, value }); },
  }, { local: browser.storage.local, managed: browser.storage.managed });
  browser.storage.onChanged.addListener((_changes, area) => settings.storageChanged(area));
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

  // A page may ask about so many different names (store/lookup-limit.ts): it cannot list the roster.
  const limit = new LookupLimit();
  const unknownBrief: VerdictBrief = { verdict: 'unknown' };
  const refusedCase = (c: CaseInput): CaseVerdict => ({
    verdict: 'unknown', date: c.date ?? '', procedures: [], approaches: [],
    reasons: [{ code: 'input-invalid', severity: 'unknown', message: 'This page asked about more people than InScope answers for one page; verify this case in the roster.' }],
  });
  const logRefusals = (before: number) => {
    for (const r of limit.refusals.slice(before)) console.warn(`InScope: ${r.origin} asked about ${r.refused} more name(s) than one page may; not answered.`);
  };

  /** Who asked: the page's origin and URL, and the page (tab and frame) the lookup limit counts. */
  interface Asker { origin: string; senderUrl: string; tab: string }

  // One handler per message (extension/messages.ts types each request and its reply).
  const handlers: Handlers<Asker> = {
    // Briefs for a page's batch; the full verdict when a card opens (caseVerdict, personCard).
    evaluateCases: async (request, { origin, tab, senderUrl }) => {
      const ok = limit.admit(tab, origin, request.cases.map((c) => c.practitioner));
      const verdicts = await service.evaluateCases(request.cases.filter((_, i) => ok[i]), senderUrl);
      let k = 0;
      return { verdicts: ok.map((admitted) => (admitted ? briefOf(verdicts[k++]) : unknownBrief)) };
    },
    evaluatePeople: async (request, { origin, tab, senderUrl }) => {
      const ok = limit.admit(tab, origin, request.names);
      const verdicts = await service.evaluatePeople(request.names.filter((_, i) => ok[i]), senderUrl);
      let k = 0;
      return { verdicts: ok.map((admitted) => (admitted ? briefOf(verdicts[k++]) : unknownBrief)) };
    },
    // A page learns what its people need: no credential numbers, no NPI.
    caseVerdict: async (request, { origin, tab, senderUrl }) => {
      if (!limit.admit(tab, origin, [request.case.practitioner])[0]) return { verdict: refusedCase(request.case) };
      return { verdict: await service.forPage((await service.evaluateCases([request.case], senderUrl))[0]) };
    },
    personCard: async (request, { origin, tab, senderUrl }) => {
      if (!limit.admit(tab, origin, [request.name])[0]) return { verdict: { verdict: 'unknown', date: '', reasons: [{ code: 'input-invalid', severity: 'unknown', message: 'This page asked about more people than InScope answers for one page.' }] } };
      return await service.forPage(await service.personCard(request.name, senderUrl));
    },
    pageSetup: (_request, { senderUrl }) => service.pageSetup(senderUrl),
    acknowledge: async (request, { origin, senderUrl }) => ({ ack: await service.acknowledge(request.ack, origin, senderUrl) }),
    acknowledgements: async () => ({ acks: await service.acknowledgements() }),
    siteStatus: async (request) => ({ site: await siteStatus(request.url, (await settings.get()).settings.allowedSites) }),
    setSiteEnabled: async (request) => {
      await setUserSite(request.url, request.enabled);
      return { site: await siteStatus(request.url, (await settings.get()).settings.allowedSites) };
    },
    status: async () => {
      const alarm = await browser.alarms.get(SYNC_ALARM);
      return { status: await service.status(), nextSync: alarm ? new Date(alarm.scheduledTime).toISOString() : undefined };
    },
    importUpload: async (request) => ({ run: await service.importUpload(request.uploadId, progress, request.confirm) }),
    discardUpload: async (request) => ({ run: await service.discardUpload(request.uploadId) }),
    syncNow: async () => ({ run: await service.syncNow(progress) }),
    search: async (request) => ({ results: await service.search(request.query) }),
    practitionerCard: async (request) => ({ card: await service.practitionerCard(request.id, request.facility) }),
    expiring: async (request) => ({ items: await service.expiring(request.days) }),
    deadlines: async (request) => ({ items: await service.deadlines(request.days) }),
    history: () => service.history(),
    rollback: async (request) => ({ run: await service.rollback(request.generation) }),
    removeFacility: async (request) => ({ run: await service.removeFacility(request.facility) }),
    auditSchedule: async (request) => ({ rows: await service.auditSchedule(request.csv) }),
    runs: async () => ({ runs: await service.runs() }),
    settings: async () => ({ settings: await settings.get() }),
    saveSettings: async (request) => {
      const current = await settings.get();
      const change = validateSettingsChange(request.values, current.locked);
      if (!change.ok) return { saved: false, problems: change.problems, settings: current };
      await settings.save(change.values);
      return { saved: true, settings: await settings.get() };
    },
  };

  async function handle<K extends Request['type']>(request: RequestOf<K>, asker: Asker): Promise<Replies[K]> {
    const before = limit.refusals.length;
    try {
      return await (handlers[request.type] as (r: RequestOf<K>, a: Asker) => Promise<Replies[K]>)(request, asker);
    } finally {
      logRefusals(before);
    }
  }

  /** The reply to one message from a page or one of InScope's own pages, as its sender receives it. */
  const respond = (message: unknown, sender: browser.Runtime.MessageSender): Promise<Reply<unknown>> => {
    const checked = checkMessage(
      message,
      { id: sender.id, url: sender.url, tabId: sender.tab?.id },
      browser.runtime.id,
      browser.runtime.getURL('/'),
    );
    if (!checked.ok) return Promise.resolve({ ok: false, error: checked.error });
    // The site's origin only: a page URL can carry patient identifiers.
    const origin = sender.url ? new URL(sender.url).origin : '';
    // One page is one tab and frame (a page's frames each count as a page).
    const tab = `${sender.tab?.id ?? 'x'}:${sender.frameId ?? 0}`;
    return handle(checked.request, { origin, senderUrl: sender.url ?? '', tab }).then(
      (reply) => ({ ok: true, ...reply }),
      (e: unknown) => ({ ok: false, error: `InScope could not answer: ${(e as Error).message}` }),
    );
  };

  browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => respond(message, sender));
  // A page's content script asks on a port of its own (messaging.ts): the same checks, per message.
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== PAGE_PORT || !port.sender) return port.disconnect();
    const sender = port.sender;
    port.onMessage.addListener((message: unknown) => {
      const { id, request } = (message ?? {}) as Partial<PortRequest>;
      void respond(request, sender).then((reply) => {
        try {
          port.postMessage({ id, reply } satisfies Partial<PortReply>);
        } catch {
          // The page went away while its answer was worked out.
        }
      });
    });
  });
}
