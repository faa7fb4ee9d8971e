import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { launchWithExtension, type ExtensionSession } from './browser';
import { demoRoster, importRoster, rowVerdicts, serve } from './overlay-helpers';
import { cardText } from './closed-shadow';
import { generateAscRoster } from '../../lib/demo/generate';
import type { DemoServer } from '../../demo/server';

// A health system: the hospital's roster and its surgery center's, imported one after the other
// from the popup; one schedule page lists both locations.
let session: ExtensionSession;
let server: DemoServer;

test.beforeAll(async () => {
  session = await launchWithExtension();
  const hospital = demoRoster();
  await importRoster(session, hospital);
  // The second facility's file: the popup holds it until the coordinator says to add it.
  const asc = generateAscRoster(hospital);
  const path = join(mkdtempSync(join(tmpdir(), 'inscope-asc-')), 'asc.json');
  writeFileSync(path, JSON.stringify(asc));
  const popup = await session.context.newPage();
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
  await popup.getByLabel('Import roster').setInputFiles(path);
  await expect(popup.getByTestId('run-summary')).toContainText('a facility not in use yet', { timeout: 30_000 });
  await popup.getByTestId('confirm-import').click();
  await expect(popup.getByTestId('run-summary')).toHaveText(/^Imported \d+ practitioners for Riverside Surgery Center North/, { timeout: 30_000 });
  await expect(popup.getByTestId('facility-row')).toHaveCount(2);
  await expect(popup.getByTestId('facility')).toHaveText('2 facilities');
  await popup.close();
  server = await serve(hospital);
});

test.afterAll(async () => {
  await session?.context.close();
  await server?.close();
});

test('a schedule of two facilities: the same surgeon is ok at the hospital and blocked at the ASC, and a row without a location is unknown', async () => {
  const page = await session.context.newPage();
  await page.goto(server.url('/system-schedule.html'));
  const rows = '#system tbody tr';
  await expect.poll(async () => (await rowVerdicts(page, rows)).filter(([, got]) => got).length, { timeout: 30_000 }).toBe(10);
  for (const [want, got, text] of await rowVerdicts(page, rows)) expect(got, text).toBe(want);
  // The row with neither a location nor a room naming one: the card names each facility's answer.
  await page.locator(rows).nth(2).locator('inscope-badge').hover();
  await expect.poll(() => cardText(page)).toContain("The case's facility is not shown, and the answer differs by facility — Riverside General Hospital: ok; Riverside Surgery Center North: block");
  await page.mouse.move(0, 0);
  // A placed case's card says where it was checked.
  await page.locator(rows).nth(1).locator('inscope-badge').hover();
  await expect.poll(() => cardText(page)).toContain('At Riverside Surgery Center North');
  await page.close();
});

test('the single-hospital board keeps its verdicts where the two facilities agree, and asks where they do not', async () => {
  const page = await session.context.newPage();
  await page.goto(server.url('/or-schedule.html'));
  const rows = '#board tbody tr';
  await expect.poll(async () => (await rowVerdicts(page, rows)).filter(([, got]) => got).length, { timeout: 30_000 }).toBe(60);
  const verdicts = await rowVerdicts(page, rows);
  // The robot is the hospital's alone: with no Location on this board, a robotic case it privileges is not ok any more.
  const sleeve = verdicts.find(([, , t]) => t.includes('ROBOTIC ASSISTED LAP SLEEVE'))!;
  expect(sleeve[1]).toBe('unknown');
  // Never a wrong ok: every row the hospital alone blocks stays blocked or becomes unknown.
  for (const [want, got, text] of verdicts) if (want === 'block') expect(['block', 'unknown'], text).toContain(got);
  await page.close();
});
