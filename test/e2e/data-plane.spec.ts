import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { generateRoster } from '../../lib/demo/generate';
import { encodeRosterCsv } from '../../lib/roster/csv-format';
import { encodeFhirBundle } from '../../lib/roster/fhir';
import { addDays, todayIso } from '../../lib/dates';
import { launchWithExtension, type ExtensionSession } from './browser';

const today = todayIso();
const roster = generateRoster({ practitioners: 300, seed: 21, asOf: today });
roster.generatedAt = new Date().toISOString();
const rosterJson = JSON.stringify(roster);
const dir = mkdtempSync(join(tmpdir(), 'inscope-e2e-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

let session: ExtensionSession;
let server: Server;
let base = '';
let behave: (req: IncomingMessage, res: ServerResponse) => void = (_q, res) => res.end();

test.beforeAll(async () => {
  session = await launchWithExtension();
  server = createServer((req, res) => behave(req, res));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await session?.context.close();
  await new Promise<void>((r) => server.close(() => r()));
});

async function popup(): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
  await expect(page.getByTestId('status')).toBeVisible();
  return page;
}

async function importFile(page: Page, path: string): Promise<string> {
  await page.getByLabel('Import roster').setInputFiles(path);
  await expect(page.getByTestId('busy')).toHaveCount(0, { timeout: 30_000 });
  return (await page.getByTestId('run-summary').textContent()) ?? '';
}

async function setSettings(values: Record<string, unknown>): Promise<void> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/options.html`);
  for (const [key, value] of Object.entries(values)) {
    await page.locator(`#opt-${key}`).fill(String(value));
  }
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toHaveText('Saved.');
  await page.close();
}

test.describe.configure({ mode: 'serial' });

test('imports canonical JSON, then CSV and FHIR updates, through the popup', async () => {
  const page = await popup();
  await expect(page.getByTestId('status')).toContainText('No roster loaded yet');
  expect(await importFile(page, file('roster.json', rosterJson))).toBe('Imported 300 practitioners (300 added, 0 removed, 0 changed; 0 newly blocked).');
  await expect(page.getByTestId('count')).toHaveText('300');
  await expect(page.getByTestId('facility')).toHaveText('Riverside General Hospital');

  const csvRoster = { ...roster, practitioners: roster.practitioners.slice(0, 299) };
  expect(await importFile(page, file('update.csv', encodeRosterCsv(csvRoster)))).toMatch(/^Imported 299 practitioners \(0 added, 1 removed, /);
  await expect(page.getByTestId('count')).toHaveText('299');

  const suspended = { ...roster, practitioners: roster.practitioners.map((p, i) => (i === 1 ? { ...p, status: 'suspended' as const } : p)) };
  expect(await importFile(page, file('roster.fhir.json', JSON.stringify(encodeFhirBundle(suspended))))).toMatch(/^Imported 300 practitioners \(1 added, 0 removed, 1 changed; 1 newly blocked\)\.$/);
  await page.getByText(/^Changes:/).click();
  await expect(page.getByTestId('newly-blocked')).toContainText("Marcus O'Brien, DO: all privileges");
  await page.close();
});

test('rejects an invalid roster whole, lists its errors, and keeps the roster in use', async () => {
  const page = await popup();
  const bad = JSON.parse(rosterJson);
  bad.practitioners[4].npi = '1234567890';
  bad.practitioners[9].privileges[0].status = 'approved';
  const summary = await importFile(page, file('bad.json', JSON.stringify(bad)));
  expect(summary).toMatch(/^The roster was rejected: 2 errors \(first: practitioners\[4\]\.npi: is not a valid NPI/);
  await expect(page.getByTestId('run-errors').locator('li')).toHaveCount(2);
  await expect(page.getByTestId('run-errors')).toContainText('practitioners[9].privileges[0].status');
  await expect(page.getByRole('button', { name: 'Download all errors' })).toBeVisible();
  await expect(page.getByTestId('count')).toHaveText('300');
  await page.close();
});

test('syncs from a roster URL set in the options, then keeps it when the server says 304', async () => {
  let lastHeaders: IncomingMessage['headers'] = {};
  behave = (req, res) => {
    lastHeaders = req.headers;
    if (req.headers['if-none-match'] === '"gen-7"') return void res.writeHead(304).end();
    res.writeHead(200, { 'content-type': 'application/json', etag: '"gen-7"' }).end(rosterJson);
  };
  await setSettings({ rosterUrl: `${base}/roster.json`, rosterToken: 'e2e-token', syncTimeoutSeconds: 1, syncAttempts: 2 });
  const page = await popup();
  await page.getByRole('button', { name: 'Sync now' }).click();
  await expect(page.getByTestId('run-summary')).toHaveText(/^Imported 300 practitioners/);
  expect(lastHeaders.authorization).toBe('Bearer e2e-token');
  // The token is not where content scripts can read it (storage.local).
  const local = await session.worker.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<unknown> } } } }).chrome.storage.local.get(null));
  expect(JSON.stringify(local)).not.toContain('e2e-token');
  await page.getByRole('button', { name: 'Sync now' }).click();
  await expect(page.getByTestId('run-summary')).toHaveText('The roster on the server has not changed.');
  expect(lastHeaders['if-none-match']).toBe('"gen-7"');
  await page.close();
});

const failures: Array<[string, (req: IncomingMessage, res: ServerResponse) => void, RegExp]> = [
  ['answers 500', (_q, res) => res.writeHead(500).end(), /^Sync failed after 2 attempts: the roster server answered 500/],
  ['sends invalid JSON', (_q, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"format": "inscope-roster", "practitioners": [{'), /^The roster was rejected: 1 error \(first: \(file\): is not valid JSON/],
  ['drops the connection', (_q, res) => { res.writeHead(200, { 'content-length': '500000' }); res.write(rosterJson.slice(0, 2000)); setTimeout(() => res.socket?.destroy(), 20); }, /^Sync failed after 2 attempts: the connection failed/],
  ['times out', () => undefined, /^Sync failed after 2 attempts: no answer within 1 s\./],
];
for (const [what, fail, message] of failures) {
  test(`keeps the previous roster when the server ${what} mid-sync`, async () => {
    behave = fail;
    const page = await popup();
    const generation = await page.getByTestId('status').textContent();
    await page.getByRole('button', { name: 'Sync now' }).click();
    await expect(page.getByTestId('run-summary')).toHaveText(message, { timeout: 20_000 });
    await expect(page.getByTestId('status')).toHaveText(generation ?? '');
    await expect(page.getByTestId('count')).toHaveText('300');
    await page.close();
  });
}

test('keeps the roster across a service worker restart', async () => {
  const page = await popup();
  // A marker in the worker's globals: gone after a restart, which proves the worker was fresh.
  await session.worker.evaluate(() => { (globalThis as Record<string, unknown>).__inscopeMarker = true; });
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await page.reload();
  await expect(page.getByTestId('count')).toHaveText('300');
  // Chrome restarts the worker under the same target; Playwright keeps the same Worker object.
  expect(await session.worker.evaluate(() => (globalThis as Record<string, unknown>).__inscopeMarker)).toBeUndefined();
  await page.getByLabel('Find a practitioner by name or NPI').fill('pena');
  await page.getByRole('button', { name: 'Dr. Elena M Peña, MD' }).click();
  const card = page.getByTestId('person-card');
  await expect(card).toContainText('Credentials current');
  await expect(card.getByRole('cell', { name: 'General Surgery Core' })).toBeVisible();
  await page.close();
});

test('lists credentials expiring soon and offers them as CSV', async () => {
  const page = await popup();
  await page.getByRole('button', { name: 'Next 30 days' }).click();
  await expect(page.getByTestId('expiring').locator('caption')).toHaveText(/^\d+ expiring in the next 30 days$/);
  const rows = page.getByTestId('expiring').locator('tbody tr');
  expect(await rows.count()).toBeGreaterThan(3);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  expect((await download).suggestedFilename()).toBe('inscope-expiring-30-days.csv');
  await page.close();
});

test('shows a stale roster as stale: a roster older than the one in use is held, and once confirmed it is stale', async () => {
  const old = { ...roster, generatedAt: `${addDays(today, -3)}T06:00:00Z` };
  const page = await popup();
  await expect(page.getByTestId('stale-banner')).toHaveCount(0);
  expect(await importFile(page, file('old.json', JSON.stringify(old)))).toMatch(/before the roster in use/);
  await expect(page.getByTestId('stale-banner')).toHaveCount(0);
  await page.getByTestId('confirm-import').click();
  await expect(page.getByTestId('stale-banner')).toBeVisible();
  await expect(page.getByTestId('stale-banner')).toContainText('Roster is stale.');
  await page.close();
});
