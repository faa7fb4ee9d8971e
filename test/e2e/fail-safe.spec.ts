/**
 * Fail-safe inputs, end to end in Chromium with the built extension: case dates in columns headed
 * the way OR systems head them, pages that show no date at all, and open pages that follow the
 * roster when a sync changes it (or refuse a sync that would empty it).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cardText } from './closed-shadow';
import { expect, test, type Page } from '@playwright/test';
import { addDays } from '../../lib/dates';
import type { Roster } from '../../lib/roster/schema';
import type { DemoServer } from '../../demo/server';
import { launchWithExtension, type ExtensionSession } from './browser';
import { demoRoster, rowVerdicts, serve, today } from './overlay-helpers';

const us = (iso: string) => `${iso.slice(5, 7)}/${iso.slice(8, 10)}/${iso.slice(0, 4)}`;
const d1 = addDays(today, 1);
const d14 = addDays(today, 14);

let session: ExtensionSession;
let pages: DemoServer;
let rosterServer: Server;
let rosterUrl = '';
let rosterBody = '';
const roster: Roster = demoRoster();

test.beforeAll(async () => {
  session = await launchWithExtension();
  rosterServer = createServer((_req: IncomingMessage, res: ServerResponse) => {
    res.writeHead(200, { 'content-type': 'application/json' }).end(rosterBody);
  });
  await new Promise<void>((r) => rosterServer.listen(0, '127.0.0.1', r));
  rosterUrl = `http://127.0.0.1:${(rosterServer.address() as AddressInfo).port}/roster.json`;
  pages = await serve(roster, {
    // Headed "Surg Date/Time", with a time in every cell; one date that cannot be read.
    '/surg-date.html': `<!doctype html><title>Surgery schedule</title><h1>Surgery schedule</h1>
      <table id="board"><thead><tr><th>Surg Date/Time</th><th>Rm</th><th>Surgeon</th><th>Procedure</th></tr></thead><tbody>
      <tr data-expect="ok"><td>${us(d1)} 07:30</td><td>2</td><td>Kowalski, Hannah</td><td>CYSTO, TURBT</td></tr>
      <tr data-expect="block"><td>${us(d14)} 13:15</td><td>2</td><td>Kowalski, Hannah</td><td>CYSTO, TURBT</td></tr>
      <tr data-expect="ok"><td>${d1}T07:30:00-05:00</td><td>3</td><td>Peña, Elena M</td><td>LAP APPY</td></tr>
      <tr data-expect="unknown"><td>13/45/2026 07:30</td><td>3</td><td>Peña, Elena M</td><td>LAP APPY</td></tr>
      </tbody></table>`,
    // No date anywhere: a verdict only where it holds through the horizon.
    '/no-date.html': `<!doctype html><title>Add-on cases</title><h1>Add-on cases</h1>
      <table id="board"><thead><tr><th>Surgeon</th><th>Procedure</th></tr></thead><tbody>
      <tr data-expect="ok"><td>Peña, Elena M</td><td>LAP APPY</td></tr>
      <tr data-expect="unknown"><td>Kowalski, Hannah</td><td>CYSTO, TURBT</td></tr>
      </tbody></table>`,
  });
});

test.afterAll(async () => {
  await session?.context.close();
  await pages?.close();
  await new Promise<void>((r) => rosterServer.close(() => r()));
});

test.describe.configure({ mode: 'serial' });

async function popup(): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
  await expect(page.getByTestId('status')).toBeVisible();
  return page;
}

/** Serves `r` as the roster and runs Sync now in the popup; returns the run's summary. */
async function syncWith(r: Roster): Promise<string> {
  rosterBody = JSON.stringify(r);
  const page = await popup();
  await page.getByRole('button', { name: 'Sync now' }).click();
  await expect(page.getByTestId('busy')).toHaveCount(0, { timeout: 30_000 });
  const summary = (await page.getByTestId('run-summary').textContent()) ?? '';
  await page.close();
  return summary;
}

test('syncs the first roster from the roster URL', async () => {
  const options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  await options.locator('#opt-rosterUrl').fill(rosterUrl);
  await options.getByRole('button', { name: 'Save' }).click();
  await expect(options.getByRole('status')).toHaveText('Saved.');
  await options.close();
  expect(await syncWith(roster)).toMatch(/^Imported 400 practitioners/);
});

test('reads a "Surg Date/Time" column with a time in each cell: each case at its own date, an unreadable one unknown', async () => {
  const page = await session.context.newPage();
  await page.goto(pages.url('/surg-date.html'));
  await expect(page.locator('#board [data-inscope-kind="case"]')).toHaveCount(4, { timeout: 15_000 });
  for (const [expected, actual, row] of await rowVerdicts(page, '#board tbody tr')) expect(actual, row).toBe(expected);
  // Her license lapses before the second row's date: the card names it.
  await page.locator('#board tbody tr').nth(1).locator('[data-inscope-kind="case"]').hover();
  await expect.poll(() => cardText(page)).toContain('License');
  await page.close();
});

test('on a page that shows no date, gives a verdict only where it holds through the horizon, and names the day it changes', async () => {
  const page = await session.context.newPage();
  await page.goto(pages.url('/no-date.html'));
  await expect(page.locator('#board [data-inscope-kind="case"]')).toHaveCount(2, { timeout: 15_000 });
  for (const [expected, actual, row] of await rowVerdicts(page, '#board tbody tr')) expect(actual, row).toBe(expected);
  await page.locator('#board tbody tr').nth(1).locator('[data-inscope-kind="case"]').hover();
  await expect.poll(() => cardText(page)).toContain('The case date is not shown, and the answer changes on');
  await page.close();
});

test('an open page re-checks its cases within 5 seconds when a sync suspends a surgeon', async () => {
  const page = await session.context.newPage();
  await page.goto(pages.url('/no-date.html'));
  const pena = page.locator('#board tbody tr').first().locator('[data-inscope-kind="case"]');
  await expect(pena).toHaveAttribute('data-inscope-verdict', 'ok', { timeout: 15_000 });
  const suspended: Roster = {
    ...roster, generatedAt: new Date().toISOString(),
    practitioners: roster.practitioners.map((p, i) => (i === 0 ? { ...p, status: 'suspended' as const } : p)),
  };
  expect(roster.practitioners[0].name.family).toBe('Peña');
  expect(await syncWith(suspended)).toMatch(/^Imported 400 practitioners .*1 newly blocked/);
  const synced = Date.now();
  await expect(pena).toHaveAttribute('data-inscope-verdict', 'block', { timeout: 5_000 });
  test.info().annotations.push({ type: 'measured', description: `page re-checked ${Date.now() - synced} ms after the sync finished` });
  await page.close();
});

test('a sync that would empty the roster is refused, and the open page keeps its answers', async () => {
  const page = await session.context.newPage();
  await page.goto(pages.url('/no-date.html'));
  const pena = page.locator('#board tbody tr').first().locator('[data-inscope-kind="case"]');
  await expect(pena).toHaveAttribute('data-inscope-verdict', 'block', { timeout: 15_000 });
  const summary = await syncWith({ ...roster, generatedAt: new Date().toISOString(), practitioners: [] });
  expect(summary).toMatch(/^Sync refused: .* holds no practitioners.* The previous roster stays in use/);
  const status = await popup();
  await expect(status.getByTestId('count')).toHaveText('400');
  await status.close();
  await page.reload();
  await expect(page.locator('#board tbody tr').first().locator('[data-inscope-kind="case"]')).toHaveAttribute('data-inscope-verdict', 'block', { timeout: 15_000 });
  await page.close();
});
