// npm run demo — InScope's main job, end to end: builds the extension and widget (the npm script does),
// serves the demo pages on localhost, starts Chromium with the extension loaded and a demo roster
// imported, and opens the OR schedule. With no display it runs headless, writes a screenshot of
// each demo page, the popup and each view of the coordinator's workspace to demo-output/, prints
// what InScope found, and exits.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateAscRoster, generateRoster } from '../lib/demo/generate';
import { todayIso } from '../lib/dates';
import { startDemoServer } from '../demo/server';
import { launchWithExtension } from '../test/e2e/browser';

const OUT = resolve('demo-output');
const headless = !process.env.DISPLAY || process.argv.includes('--headless');

async function main() {
  mkdirSync(OUT, { recursive: true });
  const today = todayIso();
  const roster = generateRoster({ practitioners: 500, seed: 1, asOf: today });
  roster.generatedAt = new Date().toISOString();
  const rosterPath = join(OUT, 'demo-roster.json');
  writeFileSync(rosterPath, JSON.stringify(roster, null, 1));
  const server = await startDemoServer(roster, today, Number(process.env.DEMO_PORT ?? 0));
  const session = await launchWithExtension({ headless });

  // Import the roster the way a credentialing coordinator does: the popup's Import roster.
  const popup = await session.context.newPage();
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
  await popup.getByLabel('Import roster').setInputFiles(rosterPath);
  const summary = await popup.getByTestId('run-summary').textContent({ timeout: 60_000 });
  console.log(`Roster: ${summary}`);
  // The health system's surgery center: its own roster, a narrower catalog, no robot granted. A
  // second facility's file waits for the coordinator to say "Add this facility".
  const asc = generateAscRoster(roster);
  const ascPath = join(OUT, 'demo-roster-asc.json');
  writeFileSync(ascPath, JSON.stringify(asc, null, 1));
  await popup.getByLabel('Import roster').setInputFiles(ascPath);
  await popup.getByTestId('confirm-import').click({ timeout: 60_000 });
  await popup.getByTestId('run-summary').filter({ hasText: /^Imported / }).waitFor({ timeout: 60_000 });
  console.log(`Second facility: ${await popup.getByTestId('run-summary').textContent()}`);
  // The single-hospital pages are the main OR's: IT pins them to the hospital with a site adapter
  // (docs/adapters.md), so their rows need no Location column. The all-locations page is not pinned.
  const pin = {
    id: 'riverside-main-or-pages', facility: roster.facility.id,
    matches: ['http://localhost/or-schedule.html', 'http://localhost/spa/*', 'http://localhost/staff.html', 'http://localhost/framed.html', 'http://127.0.0.1/or-schedule.html'],
  };
  const saved = await popup.evaluate(async (adapter) => {
    const reply = await (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; saved?: boolean }> } } }).chrome.runtime.sendMessage({ type: 'saveSettings', values: { siteAdapters: [adapter] } });
    return reply.ok && reply.saved;
  }, pin);
  if (!saved) throw new Error('the demo could not pin its single-hospital pages to the hospital');
  console.log(`Pinned the single-hospital demo pages to ${roster.facility.name}; ${server.url('/system-schedule.html')} lists both locations.`);
  if (headless) await popup.close();

  const page = await session.context.newPage();
  await page.goto(server.url('/or-schedule.html'));
  const pages: Array<[string, string, string]> = [
    ['or-schedule', '/or-schedule.html', '#board [data-inscope-kind="case"]'],
    ['spa-schedule', '/spa/main', '#grid [data-inscope-kind="case"]'],
    ['staff-assignments', '/staff.html', '[data-inscope-kind="person"]'],
    ['embedded-board', '/framed.html', 'iframe'],
    ['widget-host', '/widget.html', '#check [data-inscope-kind="case"]'],
    ['system-schedule', '/system-schedule.html', '#system [data-inscope-kind="case"]'],
  ];
  if (!headless) {
    console.log(`Demo pages: ${pages.map(([, path]) => server.url(path)).join('  ')}`);
    console.log('Close the browser window (or press Ctrl+C) to end the demo.');
    await new Promise<void>((r) => {
      session.context.on('close', () => r());
      process.on('SIGINT', () => r());
    });
    await server.close();
    return;
  }
  for (const [name, path, ready] of pages) {
    await page.goto(server.url(path));
    await page.locator(ready).first().waitFor({ timeout: 20_000 });
    await page.waitForTimeout(name === 'embedded-board' ? 2500 : 800);
    if (name === 'or-schedule') {
      const counts = await page.$$eval('#board [data-inscope-kind="case"]', (els) => els.reduce<Record<string, number>>((m, e) => {
        const v = e.getAttribute('data-inscope-verdict') ?? '?';
        m[v] = (m[v] ?? 0) + 1;
        return m;
      }, {}));
      console.log(`OR schedule: ${Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(', ')}`);
      await page.screenshot({ path: join(OUT, `${name}.png`), fullPage: true });
      // And a card, as a scheduler sees it on hover.
      // (Badges and cards are in closed shadow roots: hover the badge element, wait for the card element.)
      await page.locator('#board tbody tr', { hasText: 'RAMAN-SHAH, PRIYA MD' }).locator('inscope-badge').hover();
      await page.locator('inscope-card').waitFor({ state: 'attached' });
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(OUT, `${name}-card.png`) });
      await page.mouse.move(0, 0);
      continue;
    }
    if (name === 'system-schedule') {
      await page.waitForFunction(() => document.querySelectorAll('#system [data-inscope-kind="case"]').length === document.querySelectorAll('#system tbody tr').length, undefined, { timeout: 20_000 });
      const rows = await page.$$eval('#system tbody tr', (trs) => trs.map((r) => [r.getAttribute('data-expect'), r.querySelector('[data-inscope-kind="case"]')?.getAttribute('data-inscope-verdict')]));
      console.log(`All locations: ${rows.filter(([want, got]) => want === got).length} of ${rows.length} rows as expected (${rows.map(([, got]) => got).join(', ')})`);
    }
    if (name === 'staff-assignments') {
      await page.locator('[data-inscope-name="Hannah Kowalski"]').hover();
      await page.locator('inscope-card').waitFor({ state: 'attached' });
      await page.waitForTimeout(300);
    }
    await page.screenshot({ path: join(OUT, `${name}.png`), fullPage: true });
  }
  // The coordinator's side: the popup, and each view of the workspace.
  const shots = ['popup'];
  const popupShot = await session.context.newPage();
  await popupShot.setViewportSize({ width: 440, height: 900 });
  await popupShot.goto(`chrome-extension://${session.extensionId}/popup.html`);
  await popupShot.getByTestId('status').waitFor();
  await popupShot.screenshot({ path: join(OUT, 'popup.png'), fullPage: true });
  await popupShot.close();
  const coordinator = await session.context.newPage();
  await coordinator.setViewportSize({ width: 1280, height: 900 });
  for (const [view, ready] of [['deadlines', 'deadline-row'], ['history', 'generations'], ['deviations', 'deviation-table'], ['summary', 'summary'], ['audit', 'audit']] as const) {
    await coordinator.goto(`chrome-extension://${session.extensionId}/coordinator.html#${view}`);
    await coordinator.getByTestId(ready).first().waitFor({ timeout: 20_000 });
    if (view === 'summary') {
      await coordinator.getByLabel('Find a practitioner for a summary').fill('Raman-Shah');
      await coordinator.getByRole('button', { name: /Raman-Shah/ }).first().click();
      await coordinator.getByTestId('credential-summary').waitFor();
    }
    if (view === 'audit') {
      await coordinator.getByLabel('Schedule export to audit').setInputFiles(resolve('docs/samples/or-schedule.csv'));
      await coordinator.getByTestId('audit-table').waitFor({ timeout: 20_000 });
    }
    await coordinator.screenshot({ path: join(OUT, `coordinator-${view}.png`), fullPage: true });
    shots.push(`coordinator-${view}`);
  }
  console.log(`Screenshots in ${OUT}: ${[...pages.map(([n]) => n), 'or-schedule-card', ...shots].map((n) => `${n}.png`).join(', ')}`);
  await session.context.close();
  await server.close();
}

main().catch((e) => {
  console.error(`demo failed: ${(e as Error).message}`);
  process.exit(1);
});
