import 'fake-indexeddb/auto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateAscRoster, generateRoster } from '../../lib/demo/generate';
import { encodeFhirBundle } from '../../lib/roster/fhir';
import { encodeRosterCsv } from '../../lib/roster/csv-format';
import { DEFAULT_SETTINGS, type Settings } from '../settings';
import type { Roster } from '../../lib/roster/schema';
import { InScopeDb } from './db';
import { InScopeService } from './service';

const AS_OF = '2026-11-22';
const NOW = new Date('2026-11-22T12:00:00Z');
const roster = JSON.parse(JSON.stringify(generateRoster({ practitioners: 300, seed: 5, asOf: AS_OF }))) as Roster;
const rosterText = JSON.stringify(roster);
const case1 = { practitioner: 'Peña, Elena', procedure: 'LAP CHOLE', date: '2026-12-01' };

/** A roster server on loopback whose behaviour each test sets. */
let handler: (req: IncomingMessage, res: ServerResponse) => void = (_q, res) => res.end();
const requests: IncomingMessage[] = [];
let server: Server;
let base = '';
beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(req);
    handler(req, res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

let dbn = 0;
function service(settings: Partial<Settings> = {}, now = NOW, db = new InScopeDb(`svc-${++dbn}`), timeoutMs = 300) {
  return new InScopeService(db, {
    now: () => now,
    settings: () => ({ ...DEFAULT_SETTINGS, rosterUrl: `${base}/roster`, ...settings }),
    http: { timeoutMs, attempts: 3, backoffMs: 5 },
  });
}

const serveRoster = (text = rosterText, etag = '"v1"') => (req: IncomingMessage, res: ServerResponse) => {
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304).end();
    return;
  }
  res.writeHead(200, { 'content-type': 'application/json', etag }).end(text);
};

describe('the background service: import, sync and verdicts', () => {
  it('imports a roster file and answers cases from it', async () => {
    const s = service();
    const run = await s.importText(rosterText, { kind: 'file', name: 'roster.json' }, 'import');
    expect(run).toMatchObject({ outcome: 'imported', counts: { practitioners: 300 }, summary: 'Imported 300 practitioners (300 added, 0 removed, 0 changed; 0 newly blocked).' });
    expect((await s.evaluateCases([case1]))[0].verdict).toBe('ok');
    expect(await s.status()).toMatchObject({ hasRoster: true, facility: { name: 'Riverside General Hospital' }, stale: false, counts: { practitioners: 300 } });
  });

  it('the import report says how much of the catalog InScope read, and a facility vocabulary in the roster applies to its verdicts, also after a CSV update', async () => {
    const s = service();
    const taught = { ...roster, vocabulary: { format: 'inscope-facility-vocabulary' as const, version: 1 as const, terms: [{ term: 'ZORBLAX', ignore: true }] } };
    const run = await s.importText(JSON.stringify(taught), { kind: 'file', name: 'roster.json' }, 'import');
    expect(run.catalog).toMatchObject({ lines: expect.any(Number), termProblems: [] });
    expect(run.catalog!.understood).toBeGreaterThan(run.catalog!.lines * 0.9);
    const zorblax = { ...case1, procedure: 'LAP CHOLE W/ ZORBLAX' };
    expect((await s.evaluateCases([zorblax]))[0].verdict).toBe('ok');
    // A CSV update carries no catalog or vocabulary: the roster in use keeps its vocabulary.
    const later = { ...roster, generatedAt: '2026-11-22T08:00:00Z' };
    expect((await s.importText(encodeRosterCsv(later), { kind: 'file', name: 'roster.csv' }, 'import')).outcome).toBe('imported');
    expect((await s.evaluateCases([zorblax]))[0].verdict).toBe('ok');
    const plain = service();
    await plain.importText(rosterText, { kind: 'file', name: 'roster.json' }, 'import');
    expect((await plain.evaluateCases([zorblax]))[0].verdict).toBe('unknown');
  });

  it('logs an acknowledgement with the procedures it matched, never the booking text the page sent', async () => {
    const s = service();
    await s.importText(rosterText, { kind: 'file', name: 'roster.json' }, 'import');
    const ack = await s.acknowledge({ case: { ...case1, procedure: 'LAP CHOLE - PT JANE DOE MRN 0042' }, reason: 'verified-with-office', note: 'Called MSO' }, 'http://localhost:8080');
    expect(ack).toMatchObject({ origin: 'http://localhost:8080', practitionerId: roster.practitioners[0].id, procedures: ['Laparoscopic cholecystectomy'], reason: 'verified-with-office', note: 'Called MSO', caseDate: '2026-12-01' });
    expect(JSON.stringify(await s.acknowledgements())).not.toMatch(/JANE|MRN|0042/);
  });

  it('syncs from a URL, then asks with If-None-Match and keeps the roster on 304', async () => {
    handler = serveRoster();
    const s = service({ rosterToken: 'sekret-token' });
    expect((await s.syncNow()).outcome).toBe('imported');
    requests.length = 0;
    const again = await s.syncNow();
    expect(again).toMatchObject({ outcome: 'not-modified', summary: 'The roster on the server has not changed.' });
    expect(requests[0].headers['if-none-match']).toBe('"v1"');
    expect(requests[0].headers.authorization).toBe('Bearer sekret-token');
    expect((await s.evaluateCases([case1]))[0].verdict).toBe('ok');
  });

  describe('a failing server leaves the previous roster active', () => {
    const failures: Array<[string, (req: IncomingMessage, res: ServerResponse) => void, RegExp]> = [
      ['answers 500', (_q, res) => res.writeHead(500).end('oops'), /^Sync failed after 3 attempts: the roster server answered 500 Internal Server Error\. The previous roster stays in use\.$/],
      ['sends invalid JSON', (_q, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"format": "inscope-roster", "practitioners": ['), /^The roster was rejected: 1 error \(first: \(file\): is not valid JSON/],
      ['drops the connection mid-body', (_q, res) => { res.writeHead(200, { 'content-length': '100000' }); res.write(rosterText.slice(0, 1000)); setTimeout(() => res.socket?.destroy(), 10); }, /^Sync failed after 3 attempts: the connection failed/],
      ['never answers', () => undefined, /^Sync failed after 3 attempts: no answer within 0 s\./],
      ['refuses the token', (_q, res) => res.writeHead(401).end(), /^The roster server refused access \(401\): check the roster token/],
    ];
    it.each(failures)('when it %s', async (_what, fail, message) => {
      const s = service();
      await s.importText(rosterText, { kind: 'file', name: 'before.json' }, 'import');
      handler = fail;
      const run = await s.syncNow();
      expect(run.outcome).toBe('failed');
      expect(run.summary).toMatch(message);
      const status = await s.status();
      expect(status.source?.name).toBe('before.json');
      expect(status.lastRun?.outcome).toBe('failed');
      expect((await s.evaluateCases([case1]))[0].verdict).toBe('ok');
    });
  });

  it('rejects an invalid roster whole, keeping every error for download', async () => {
    const s = service();
    const bad = JSON.parse(rosterText) as Roster;
    bad.practitioners[2].npi = '1234567890';
    (bad.practitioners[5].credentials[0] as { expires: string }).expires = 'soon';
    const run = await s.importText(JSON.stringify(bad), { kind: 'file', name: 'bad.json' }, 'import');
    expect(run).toMatchObject({ outcome: 'failed', errorCount: 2 });
    expect(run.errors.map((e) => e.path)).toEqual(['practitioners[2].npi', 'practitioners[5].credentials[0].expires']);
    expect((await s.status()).hasRoster).toBe(false);
  });

  it('follows FHIR search paging through link[next]', async () => {
    const s = service();
    await s.importText(rosterText, { kind: 'file', name: 'catalog.json' }, 'import');
    const entries = (encodeFhirBundle(roster) as { entry: unknown[] }).entry;
    const pageSize = 200;
    handler = (req, res) => {
      const page = Number(new URL(req.url!, base).searchParams.get('page') ?? 0);
      const next = (page + 1) * pageSize < entries.length ? [{ relation: 'next', url: `/roster?page=${page + 1}` }] : [];
      res.writeHead(200, { 'content-type': 'application/fhir+json' }).end(JSON.stringify({
        resourceType: 'Bundle', type: 'searchset', timestamp: '2026-11-22T10:00:00Z', link: [{ relation: 'self', url: req.url }, ...next],
        entry: entries.slice(page * pageSize, (page + 1) * pageSize),
      }));
    };
    const run = await s.syncNow();
    expect(run).toMatchObject({ outcome: 'imported', counts: { practitioners: 300 } });
    expect(Math.ceil(entries.length / pageSize)).toBeGreaterThan(3);
  });

  it('imports CSV updates against the catalog of the roster in use, and says so when there is none', async () => {
    const s = service();
    const csv = encodeRosterCsv(roster);
    const first = await s.importText(csv, { kind: 'file', name: 'roster.csv' }, 'import');
    expect(first.summary).toBe('A CSV roster carries no privilege catalog: import a canonical JSON roster first, then CSV updates.');
    await s.importText(rosterText, { kind: 'file', name: 'roster.json' }, 'import');
    expect((await s.importText(csv, { kind: 'file', name: 'roster.csv' }, 'import')).outcome).toBe('imported');
    expect((await s.evaluateCases([case1]))[0].verdict).toBe('ok');
  });

  it('treats a roster older than the allowed age as stale: ok becomes unknown', async () => {
    const db = new InScopeDb(`svc-stale-${++dbn}`);
    await service({}, NOW, db).importText(rosterText, { kind: 'file', name: 'r.json' }, 'import');
    const later = service({ maxRosterAgeHours: 24 }, new Date('2026-11-23T07:00:00Z'), db);
    expect((await later.status()).stale).toBe(true);
    const [v] = await later.evaluateCases([case1]);
    expect(v.verdict).toBe('unknown');
    expect(v.reasons.at(-1)?.code).toBe('roster-stale');
  });

  it('answers after a restart from what is stored', async () => {
    const db = new InScopeDb(`svc-restart-${++dbn}`);
    await service({}, NOW, db).importText(rosterText, { kind: 'file', name: 'r.json' }, 'import');
    const afterRestart = service({}, NOW, db);
    expect((await afterRestart.evaluateCases([case1]))[0].verdict).toBe('ok');
    expect((await afterRestart.search('pena')).map((p) => p.name)).toEqual(['Dr. Elena M Peña, MD']);
    expect((await afterRestart.personCard('Elena Peña')).details?.privileges.length).toBeGreaterThan(0);
  });

  it('says so when the extension may not reach the roster server, without trying', async () => {
    requests.length = 0;
    const s = new InScopeService(new InScopeDb(`svc-perm-${++dbn}`), {
      settings: () => ({ ...DEFAULT_SETTINGS, rosterUrl: `${base}/roster` }),
      canReach: async () => false,
    });
    expect((await s.syncNow()).summary).toBe(`InScope has no permission to reach ${base}: open the options and save the roster URL to grant it.`);
    expect(requests).toEqual([]);
  });

  it('says unknown for everything when no roster is loaded', async () => {
    const [v] = await service().evaluateCases([case1]);
    expect(v).toMatchObject({ verdict: 'unknown', reasons: [{ code: 'no-roster' }] });
  });

  it('holds a file import that would remove more than the allowed share of practitioners, until the coordinator confirms', async () => {
    const s = service({ maxRemovedPercent: 20 });
    await s.importText(rosterText, { kind: 'file', name: 'r.json' }, 'import');
    const shrunk = JSON.stringify({ ...roster, generatedAt: '2026-11-22T08:00:00Z', practitioners: roster.practitioners.slice(0, 30) });
    const db = (s as unknown as { db: InScopeDb }).db;
    await db.uploads.put({ id: 'u1', name: 'shrunk.json', file: new Blob([shrunk]), at: NOW.toISOString() });
    const held = await s.importUpload('u1');
    expect(held).toMatchObject({ outcome: 'held', heldUpload: 'u1' });
    expect(held.summary).toBe('Not imported yet: shrunk.json would remove 270 of the 300 practitioners in use (90%; the limit is 20%). Replace the roster in use with it anyway, or keep the current one?');
    expect((await s.status()).counts?.practitioners).toBe(300);
    const confirmed = await s.importUpload('u1', undefined, true);
    expect(confirmed).toMatchObject({ outcome: 'imported', counts: { practitioners: 30 } });
    expect(await db.uploads.get('u1')).toBeUndefined();
  });

  it('keeps the roster in use when the coordinator declines a held import', async () => {
    const s = service();
    await s.importText(rosterText, { kind: 'file', name: 'r.json' }, 'import');
    const older = JSON.stringify({ ...roster, generatedAt: '2026-11-01T08:00:00Z' });
    const db = (s as unknown as { db: InScopeDb }).db;
    await db.uploads.put({ id: 'u2', name: 'old.json', file: new Blob([older]), at: NOW.toISOString() });
    const held = await s.importUpload('u2');
    expect(held.summary).toMatch(/^Not imported yet: old\.json was generated 2026-11-01T08:00:00Z, before the roster in use \(generated /);
    expect((await s.discardUpload('u2'))).toMatchObject({ outcome: 'kept', summary: 'Kept the roster in use; old.json was not imported.' });
    expect(await db.uploads.get('u2')).toBeUndefined();
    expect((await s.status()).generatedAt).toBe(roster.generatedAt);
  });

  it('refuses a sync that would empty the roster, with the previous roster kept', async () => {
    const s = service();
    await s.importText(rosterText, { kind: 'file', name: 'r.json' }, 'import');
    handler = serveRoster(JSON.stringify({ ...roster, generatedAt: '2026-11-22T09:00:00Z', practitioners: [] }), '"empty"');
    const run = await s.syncNow();
    expect(run.outcome).toBe('refused');
    expect(run.summary).toBe(`Sync refused: the roster from ${base}/roster holds no practitioners: it would leave every case unknown. The previous roster stays in use; if the change is real, import the file and confirm it.`);
    expect((await s.evaluateCases([case1]))[0].verdict).toBe('ok');
  });

  it('stops paging when a link[next] points back at a page it read, and at the page limit, without a request per loop', async () => {
    const s = service();
    await s.importText(rosterText, { kind: 'file', name: 'catalog.json' }, 'import');
    const entries = (encodeFhirBundle(roster) as { entry: unknown[] }).entry;
    requests.length = 0;
    handler = (_req, res) => res.writeHead(200, { 'content-type': 'application/fhir+json' }).end(JSON.stringify({
      resourceType: 'Bundle', type: 'searchset', link: [{ relation: 'next', url: '/roster?page=1' }], entry: entries,
    }));
    const loop = await s.syncNow();
    expect(loop).toMatchObject({ outcome: 'failed' });
    expect(loop.summary).toMatch(/links back to a page already read/);
    expect(requests.length).toBe(2);
    let page = 0;
    handler = (_req, res) => res.writeHead(200, { 'content-type': 'application/fhir+json' }).end(JSON.stringify({
      resourceType: 'Bundle', type: 'searchset', link: [{ relation: 'next', url: `/roster?page=${++page}` }], entry: [],
    }));
    const endless = await s.syncNow();
    expect(endless.summary).toMatch(/^The roster server sent more than 1000 pages; stopping/);
    expect((await s.evaluateCases([case1]))[0].verdict).toBe('ok');
  });

  it('reads a page of 200,000 entries without overflowing the stack', async () => {
    // (A page this size takes longer than the other tests' 300 ms to send and parse on a loaded 2-core machine;
    // the timeout is not what this test is about.)
    const s = service({ maxRemovedPercent: 100 }, NOW, new InScopeDb(`svc-${++dbn}`), 10_000);
    await s.importText(rosterText, { kind: 'file', name: 'catalog.json' }, 'import');
    const big = Array.from({ length: 200_000 }, (_, i) => ({ resource: { resourceType: 'Location', id: `l${i}` } }));
    const entries = (encodeFhirBundle(roster) as { entry: unknown[] }).entry;
    handler = (req, res) => {
      const second = req.url!.includes('page=2');
      res.writeHead(200, { 'content-type': 'application/fhir+json' }).end(JSON.stringify({
        resourceType: 'Bundle', type: 'searchset', timestamp: '2026-11-22T10:00:00Z',
        link: second ? [] : [{ relation: 'next', url: '/roster?page=2' }], entry: second ? big : entries,
      }));
    };
    expect(await s.syncNow()).toMatchObject({ outcome: 'imported', counts: { practitioners: 300 } });
  });

  it('never sends the roster token to another origin a page links to', async () => {
    const s = service({ rosterToken: 'secret-token' });
    await s.importText(rosterText, { kind: 'file', name: 'catalog.json' }, 'import');
    requests.length = 0;
    handler = (_req, res) => res.writeHead(200, { 'content-type': 'application/fhir+json' }).end(JSON.stringify({
      resourceType: 'Bundle', type: 'searchset', link: [{ relation: 'next', url: 'http://localhost:1/steal' }], entry: [],
    }));
    const run = await s.syncNow();
    expect(run.summary).toMatch(/^The roster server's next page is on another origin \(http:\/\/localhost:1\)/);
    expect(requests.map((r) => r.headers.authorization)).toEqual(['Bearer secret-token']);
  });

  it('sends a roster token only over HTTPS or to this machine: a plain-HTTP roster server elsewhere gets no request', async () => {
    const s = service({ rosterToken: 'secret-token', rosterUrl: 'http://roster.example.org/roster.json' });
    await s.importText(rosterText, { kind: 'file', name: 'roster.json' }, 'import');
    const run = await s.syncNow();
    expect(run.outcome).toBe('failed');
    expect(run.summary).toMatch(/plain HTTP, and InScope sends the roster token only over HTTPS/);
    expect((await s.evaluateCases([case1]))[0].verdict).toBe('ok');
  });
});

describe('a health system in the extension: one roster per facility', () => {
  const asc = generateAscRoster(roster);
  const robotic = { practitioner: 'Peña, Elena', procedure: 'ROBOTIC LAP CHOLE', date: '2026-12-01' };
  const withBoth = async (settings: Partial<Settings> = {}) => {
    const s = service(settings);
    await s.importText(rosterText, { kind: 'file', name: 'hospital.json' }, 'import');
    return s;
  };

  it('holds a file of a facility not in use yet until the coordinator confirms, then checks each case at its own facility', async () => {
    const s = await withBoth();
    const db = s.db;
    await db.uploads.put({ id: 'u1', name: 'asc.json', file: new Blob([JSON.stringify(asc)]), at: NOW.toISOString() });
    const held = await s.importUpload('u1');
    expect(held).toMatchObject({ outcome: 'held', newFacility: true, heldUpload: 'u1' });
    expect(held.summary).toMatch(/is the roster of Riverside Surgery Center North \(riverside-asc-north\), a facility not in use yet: it would be added beside Riverside General Hospital/);
    // Until then the hospital's roster alone answers: a Location column changes nothing.
    expect((await s.evaluateCases([{ ...robotic, facility: 'ASC NORTH' }]))[0].verdict).toBe('ok');
    expect((await s.importUpload('u1', undefined, true)).outcome).toBe('imported');
    const [main, north, none] = await s.evaluateCases([{ ...robotic, facility: 'MAIN OR' }, { ...robotic, facility: 'ASC NORTH' }, robotic]);
    expect([main.verdict, north.verdict, none.verdict]).toEqual(['ok', 'block', 'unknown']);
    expect(north.facility?.name).toBe('Riverside Surgery Center North');
    const st = await s.status();
    expect(st.facilities.map((f) => [f.facility.name, f.counts.practitioners])).toEqual([
      ['Riverside General Hospital', 300], ['Riverside Surgery Center North', asc.practitioners.length],
    ]);
    expect((await s.pageSetup('https://or.example.org/board')).facilities).toBe(true);
  });

  it('pins the pages a site adapter names to its facility', async () => {
    const s = await withBoth({ siteAdapters: [{ id: 'asc-board', matches: ['https://asc.example.org/*'], facility: 'riverside-asc-north' }] });
    await s.importText(JSON.stringify(asc), { kind: 'url', name: 'asc' }, 'sync');
    expect((await s.evaluateCases([robotic], 'https://asc.example.org/today'))[0].verdict).toBe('block');
    expect((await s.evaluateCases([robotic], 'https://or.example.org/today'))[0].verdict).toBe('unknown');
    // A row that names its facility wins over the pin.
    expect((await s.evaluateCases([{ ...robotic, facility: 'RGH' }], 'https://asc.example.org/today'))[0].verdict).toBe('ok');
  });

  it("routes a CSV update to the catalog of the facility it names, and refuses one that names none while several are in use", async () => {
    const s = await withBoth();
    await s.importText(JSON.stringify(asc), { kind: 'url', name: 'asc' }, 'sync');
    const update = { ...asc, generatedAt: '2026-11-22T08:00:00Z' };
    const run = await s.importText(encodeRosterCsv(update), { kind: 'file', name: 'asc.csv' }, 'import');
    expect(run).toMatchObject({ outcome: 'imported', facility: { id: 'riverside-asc-north' } });
    expect((await s.status()).facilities.find((f) => f.facility.id === 'riverside-asc-north')?.facility.aliases).toEqual(['ASC NORTH', 'RSC North', 'North ASC']);
    const anonymous = encodeRosterCsv(update).replace(/riverside-asc-north/g, '').replace(/Riverside Surgery Center North/g, '');
    const refused = await s.importText(anonymous, { kind: 'file', name: 'who.csv' }, 'import');
    expect(refused.outcome).toBe('failed');
    expect(refused.summary).toMatch(/does not say which facility it is for \(a facility_id column\), and 2 facilities' rosters are in use/);
    expect((await s.status()).facilities).toHaveLength(2);
  });

  it('syncs each facility\'s roster URL, and a failure at one leaves the others and its own roster in use', async () => {
    handler = (req, res) => {
      if (req.url === '/asc') res.writeHead(200, { 'content-type': 'application/json', etag: '"a1"' }).end(JSON.stringify(asc));
      else if (req.url === '/roster') res.writeHead(200, { 'content-type': 'application/json', etag: '"h1"' }).end(rosterText);
      else res.writeHead(503).end();
    };
    const s = service({ moreRosterUrls: [`${base}/asc`] });
    const run = await s.syncNow();
    expect(run.outcome).toBe('imported');
    expect((await s.status()).facilities.map((f) => f.facility.id)).toEqual(['riverside-general', 'riverside-asc-north']);
    handler = (req, res) => {
      if (req.url === '/asc') res.writeHead(503).end();
      else res.writeHead(304).end();
    };
    const again = await s.syncNow();
    expect(again.outcome).toBe('failed');
    expect(again.summary).toMatch(/^Riverside General Hospital: The roster on the server has not changed\. /);
    expect((await s.status()).facilities).toHaveLength(2);
    expect((await s.evaluateCases([{ ...robotic, facility: 'ASC NORTH' }]))[0].verdict).toBe('block');
  });

  it("rolls back one facility's roster without touching the other's, and stops using a facility on request", async () => {
    const s = await withBoth();
    await s.importText(JSON.stringify(asc), { kind: 'url', name: 'asc' }, 'sync');
    const suspended = { ...asc, generatedAt: '2026-11-22T09:00:00Z', practitioners: asc.practitioners.map((p) => (p.name.family === 'Peña' ? { ...p, status: 'suspended' as const } : p)) };
    await s.importText(JSON.stringify(suspended), { kind: 'url', name: 'asc' }, 'sync');
    const lap = { ...robotic, procedure: 'LAP CHOLE' };
    expect((await s.evaluateCases([{ ...lap, facility: 'ASC NORTH' }]))[0].verdict).toBe('block');
    const kept = (await s.history()).generations.find((g) => g.facility.id === 'riverside-asc-north' && g.state === 'retired')!;
    const back = await s.rollback(kept.id);
    expect(back.summary).toMatch(/^Rolled back Riverside Surgery Center North to generation/);
    expect((await s.evaluateCases([{ ...lap, facility: 'ASC NORTH' }]))[0].verdict).toBe('ok');
    expect((await s.status()).facilities.map((f) => f.facility.id)).toEqual(['riverside-general', 'riverside-asc-north']);
    const removed = await s.removeFacility('riverside-asc-north');
    expect(removed.summary).toMatch(/^Stopped using the roster of Riverside Surgery Center North\. Only Riverside General Hospital's roster is in use/);
    expect((await s.status()).facilities.map((f) => f.facility.id)).toEqual(['riverside-general']);
    await expect(s.removeFacility('riverside-general')).rejects.toThrow(/only roster in use cannot be removed/);
  });

  it('lists deadlines and search results with their facility, and opens the card of the facility asked for', async () => {
    const s = await withBoth();
    await s.importText(JSON.stringify(asc), { kind: 'url', name: 'asc' }, 'sync');
    const found = await s.search('Peña');
    expect(found.map((f) => f.facility?.id)).toEqual(['riverside-general', 'riverside-asc-north']);
    const card = await s.practitionerCard(found[1].id, 'riverside-asc-north');
    expect(card?.details.facility?.name).toBe('Riverside Surgery Center North');
    expect(card?.details.privileges.map((p) => p.privilegeId)).not.toContain('ROBOTIC');
    const due = await s.deadlines(90);
    expect(new Set(due.map((d) => d.facility))).toEqual(new Set(['Riverside General Hospital', 'Riverside Surgery Center North']));
  });
});
