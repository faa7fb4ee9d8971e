import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { launchWithExtension, type ExtensionSession } from './browser';
import { demoRoster, importRoster, today } from './overlay-helpers';
import { addDays } from '../../lib/dates';
import type { Roster } from '../../lib/roster/schema';

let session: ExtensionSession;
let roster: Roster;

test.beforeAll(async () => {
  session = await launchWithExtension();
  roster = demoRoster();
  // Deadlines the tests can name: one expired DEA, one license in 10 days.
  const [a, b] = roster.practitioners.filter((p) => p.status === 'active');
  a.credentials = a.credentials.filter((c) => c.kind !== 'dea').concat([{ kind: 'dea', identifier: 'BZ9999997', expires: addDays(today, -5) }]);
  b.credentials = b.credentials.filter((c) => c.kind !== 'license').concat([{ kind: 'license', identifier: 'ZZ-LIC-424242', issuer: 'CA', expires: addDays(today, 10), verifiedAt: addDays(today, -30) }]);
  await importRoster(session, roster);
});

test.afterAll(async () => {
  await session?.context.close();
});

test.describe.configure({ mode: 'serial' });

async function open(view: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/coordinator.html#${view}`);
  return page;
}

/** What a click downloads, as text. */
async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: d.suggestedFilename(), text: readFileSync((await d.path())!, 'utf8') };
}

test('the popup opens the coordinator\'s workspace in a tab', async () => {
  const popup = await session.context.newPage();
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
  await expect(popup.getByTestId('open-coordinator')).toHaveAttribute('href', `chrome-extension://${session.extensionId}/coordinator.html`);
  await popup.close();
});

test('the deadlines board counts each window, filters, and exports notices for a selection without credential numbers', async () => {
  const page = await open('deadlines');
  const board = page.getByTestId('deadlines');
  await expect(board.getByTestId('count-expired')).not.toHaveText('0');
  const total = Number((await page.getByTestId('deadline-summary').textContent())!.match(/^(\d+)/)![1]);
  const counts = await Promise.all(['expired', '0-30', '31-60', '61-90'].map(async (w) => Number(await board.getByTestId(`count-${w}`).textContent())));
  expect(counts.reduce((a, b) => a + b, 0)).toBe(total);
  // Only what has expired.
  await board.getByRole('checkbox', { name: /Expired/ }).check();
  await expect(page.getByTestId('deadline-summary')).toHaveText(new RegExp(`^${counts[0]} deadline`));
  for (const row of await board.getByTestId('deadline-row').all()) await expect(row).toContainText(' ago');
  await board.getByRole('checkbox', { name: /Expired/ }).uncheck();
  // A search narrows to one practitioner's DEA; a long list draws only the rows in view.
  expect(await board.getByTestId('deadline-row').count()).toBeLessThanOrEqual(32);
  await board.getByLabel('Search deadlines').fill('DEA');
  await board.getByLabel('Kind').selectOption('dea');
  const rows = board.getByTestId('deadline-row');
  await expect(rows.first()).toContainText('DEA registration');
  await rows.first().getByRole('checkbox').check();
  await expect(page.getByTestId('deadline-summary')).toContainText('1 selected');
  const csv = await downloaded(page, () => page.getByRole('button', { name: 'CSV for mail merge' }).click());
  expect(csv.name).toBe('inscope-notices.csv');
  const lines = csv.text.trim().split(/\r?\n/);
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain('DEA registration');
  const ics = await downloaded(page, () => page.getByRole('button', { name: 'Calendar reminders (.ics)' }).click());
  expect(ics.text).toMatch(/^BEGIN:VCALENDAR\r\n/);
  expect(ics.text.match(/BEGIN:VEVENT/g)).toHaveLength(1);
  expect(decodeURIComponent((await page.getByTestId('mailto').getAttribute('href'))!)).toContain('DEA registration');
  for (const t of [csv.text, ics.text, await page.content()]) expect(t).not.toMatch(/BZ9999997|ZZ-LIC-424242/);
  await page.close();
});

test('deviations list the acknowledgement log, filter it by verdict, site and date, and export what is shown', async () => {
  const page = await open('deviations');
  // Two acknowledgements, as a scheduling page's would be logged (sent from here: an extension page may).
  const [p] = roster.practitioners.filter((x) => x.status === 'active' && x.privileges.length);
  for (const reason of ['verified-with-office', 'emergency']) {
    await page.evaluate(async ([who, why, day]) => {
      const r = await (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; error?: string }> } } }).chrome.runtime.sendMessage({ type: 'acknowledge', ack: { case: { practitioner: who, procedure: 'ZORBLAX PROCEDURE', date: day }, reason: why, note: 'called MSO' } });
      if (!r.ok) throw new Error(r.error);
    }, [`${p.name.family}, ${p.name.given.join(' ')}`, reason, today] as const);
  }
  await page.reload();
  const table = page.getByTestId('deviation-table');
  await expect(table.locator('caption')).toHaveText('2 of 2 acknowledged cases');
  await page.getByLabel('Verdict').selectOption('ok');
  await expect(table.locator('caption')).toHaveText('0 of 2 acknowledged cases');
  await page.getByLabel('Verdict').selectOption('');
  await page.getByLabel('From').fill(addDays(today, 1));
  await expect(table.locator('caption')).toHaveText('0 of 2 acknowledged cases');
  await page.getByLabel('From').fill(addDays(today, -1));
  await expect(table.locator('caption')).toHaveText('2 of 2 acknowledged cases');
  const csv = await downloaded(page, () => page.getByRole('button', { name: 'Export CSV' }).click());
  expect(csv.text.trim().split(/\r?\n/)).toHaveLength(3);
  expect(csv.text).toContain('Emergency case');
  expect(csv.text).not.toContain('ZORBLAX');
  await page.close();
});

test('a credential summary answers "is this physician credentialed?" and prints without any credential number or NPI', async () => {
  const page = await open('summary');
  const [, b] = roster.practitioners.filter((x) => x.status === 'active');
  await page.getByLabel('Find a practitioner for a summary').fill(b.name.family);
  await page.getByRole('button', { name: new RegExp(b.name.family) }).first().click();
  const sheet = page.getByTestId('credential-summary');
  await expect(sheet).toContainText(`License`);
  // Dates as the browser's locale shows them, the same on every screen.
  const day = (iso: string) => page.evaluate((d) => new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(Date.parse(`${d}T00:00:00Z`)), iso);
  await expect(sheet).toContainText(`current through ${await day(addDays(today, 10))} (verified ${await day(addDays(today, -30))})`);
  await expect(sheet).toContainText('Clinical privileges');
  const shown = (await sheet.textContent())!;
  expect(shown).not.toContain('ZZ-LIC-424242');
  if (b.npi) expect(shown).not.toContain(b.npi);
  for (const c of b.credentials) if (c.identifier) expect(shown).not.toContain(c.identifier);
  await page.close();
});

test('audits a schedule export: a verdict for every case, counts, and the verdicts exported; a file it cannot read is refused saying why', async () => {
  const page = await open('audit');
  await page.getByLabel('Schedule export to audit').setInputFiles('docs/samples/or-schedule.csv');
  const table = page.getByTestId('audit-table');
  const cases = readFileSync('docs/samples/or-schedule.csv', 'utf8').trim().split(/\r?\n/).length - 1;
  await expect(table.locator('tbody tr')).toHaveCount(cases);
  await expect(table.locator('caption')).toHaveText(new RegExp(`^or-schedule.csv: ${cases} cases — \\d+ block, \\d+ warn, \\d+ unknown, \\d+ ok$`));
  const csv = await downloaded(page, () => page.getByRole('button', { name: 'Export verdicts (CSV)' }).click());
  expect(csv.text.split(/\r?\n/)[0]).toBe('line,id,date,practitioner,matched_practitioner,procedure,verdict,reasons');
  await page.getByLabel('Schedule export to audit').setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from('Room,Start\nOR 1,07:00\n') });
  await expect(page.getByRole('alert')).toContainText(/The schedule could not be read: the schedule names no practitioner or no procedure column \(its header is: Room, Start\)/);
  await page.close();
});

test('roster history shows each generation and what each import changed — newly blocked first, changes spelled out — and rolls back to a kept roster', async () => {
  const next = structuredClone(roster);
  next.generatedAt = new Date().toISOString();
  const [, , c] = next.practitioners.filter((p) => p.status === 'active');
  c.status = 'suspended';
  const path = join(mkdtempSync(join(tmpdir(), 'inscope-next-')), 'next.json');
  writeFileSync(path, JSON.stringify(next));
  const popup = await session.context.newPage();
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
  await popup.getByLabel('Import roster').setInputFiles(path);
  await expect(popup.getByTestId('run-summary')).toHaveText(/^Imported \d+ practitioners \(0 added, 0 removed, 1 changed; 1 newly blocked\)\.$/, { timeout: 30_000 });
  await popup.close();
  const page = await open('history');
  const generations = page.getByTestId('generations');
  await expect(generations.locator('tbody tr')).toHaveCount(2);
  await expect(generations.locator('tbody tr').first()).toContainText('in use');
  await expect(generations.locator('tbody tr').nth(1)).toContainText('kept');
  const latest = page.getByTestId('runs').locator('li').first();
  await expect(latest.getByTestId('newly-blocked')).toContainText(`${c.name.family}`);
  await expect(latest.getByTestId('newly-blocked')).toContainText('all privileges');
  await latest.getByText(/^Changes:/).click();
  await expect(latest.getByTestId('changed')).toContainText('status: active → suspended');
  // Roll back: asked once more before it happens.
  const kept = generations.locator('tbody tr').nth(1);
  const id = Number(await kept.locator('td').first().textContent());
  await kept.getByRole('button', { name: 'Roll back to this roster…' }).click();
  await kept.getByRole('button', { name: `Put generation ${id} back in use` }).click();
  await expect(page.getByTestId('rollback-summary')).toHaveText(new RegExp(`^Rolled back to generation ${id} \\(generated .*\\): 0 added, 0 removed, 1 changed; 0 newly blocked\\.$`));
  await expect(page.getByTestId(`generation-${id}`)).toContainText('in use');
  // The roster in use is the earlier one again: the practitioner is active on the credential summary.
  await page.goto(`chrome-extension://${session.extensionId}/coordinator.html#summary`);
  await page.getByLabel('Find a practitioner for a summary').fill(c.name.family);
  await page.getByRole('button', { name: new RegExp(c.name.family) }).first().click();
  await expect(page.getByTestId('credential-summary')).toContainText('active medical staff member');
  await page.close();
});
