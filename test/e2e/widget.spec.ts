/**
 * The widget on a host page, in Chromium without the extension: the example host page under a
 * strict CSP (no inline script or style, no eval, Trusted Types), the script-tag and ES module
 * builds, custom elements, inscope:verdict events, the IndexedDB cache with ETag revalidation,
 * and what happens when the roster cannot be had.
 */
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { chromium } from '@playwright/test';
import { chromiumPath } from './browser';
import { demoRoster, rowVerdicts, serve, today } from './overlay-helpers';
import { addDays } from '../../lib/dates';
import type { DemoServer } from '../../demo/server';
import type { Roster } from '../../lib/roster/schema';

let browser: Browser;
let server: DemoServer;
let roster: Roster;
const HOSTILE = '<img src=x onerror="document.title=\'pwned\'">';

// Collect CSP violations and the widget's events from the first moment of each page.
const WATCH = `
  window.__violations = [];
  window.__verdicts = [];
  window.__errors = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
  document.addEventListener('inscope:verdict', (e) => window.__verdicts.push({ kind: e.detail.kind, verdict: e.detail.verdict, reasons: e.detail.reasons.length, tag: e.detail.element.tagName, id: e.detail.element.id, text: e.detail.element.textContent.slice(0, 60) }));
  document.addEventListener('inscope:error', (e) => window.__errors.push(e.detail.message));
`;

test.beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  roster = demoRoster();
  roster.privileges = roster.privileges.map((p) => (p.id === 'GS-CORE' ? { ...p, name: `General Surgery Core ${HOSTILE}` } : p));
  server = await serve(roster, {
    '/esm.html': `<!doctype html><title>ES module host</title><script type="module" src="/esm-host.js"></script>
      <table id="board"><thead><tr><th>Surgeon</th><th>Procedure</th></tr></thead>
      <tbody><tr><td>Peña, Elena M</td><td>LAP CHOLE</td></tr><tr><td>Whitfield, Thomas J</td><td>R TKA</td></tr></tbody></table>`,
    '/esm-host.js': `import { mount } from '/widget/inscope-widget.mjs'; mount({ roster: '/widget/roster.json' });`,
    // One day's board: the heading says the day, the rows print none.
    '/day.html': `<!doctype html><title>Day</title><script type="module" src="/day-host.js"></script>
      <h2>Schedule for <span id="day">${inWords(addDays(today, 1))}</span></h2>
      <table id="board"><thead><tr><th>Surgeon</th><th>Procedure</th></tr></thead>
      <tbody><tr><td>Kowalski, Hannah</td><td>CYSTO, TURBT</td></tr></tbody></table>`,
    // A host page in ISO-8859-1: the script is read in the page's character set, and must still
    // know Peña, the em dashes of its cards and its own words.
    '/latin1.latin1.html': `<!doctype html><title>Latin-1 host</title><script src="/widget/inscope-widget.js"></script><script src="/latin1-host.js"></script>
      <table id="board"><thead><tr><th>Surgeon</th><th>Procedure</th></tr></thead>
      <tbody><tr><td>Pe\u00f1a, Elena M</td><td>LAP CHOLE</td></tr></tbody></table>`,
    '/latin1-host.js': `window.inscopeHandle = InScope.mount({ roster: '/widget/roster.json' });`,
    '/day-host.js': `import { mount } from '/widget/inscope-widget.mjs';
      mount({ roster: '/widget/roster.json', adapters: [{ id: 'day', matches: ['*://localhost/day.html'], pageDate: { selector: '#day' } }] });`,
  });
});

/** "Tuesday, December 1, 2026". */
function inWords(iso: string): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-US', { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
}

test.afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test.describe.configure({ mode: 'serial' });

// Each test below gets a fresh browser context (its own IndexedDB) and a server answering normally again.
const contexts: BrowserContext[] = [];
async function fresh(): Promise<BrowserContext> {
  const context = await browser.newContext();
  contexts.push(context);
  return context;
}
test.afterEach(async () => {
  server.widgetRoster.status = undefined;
  server.widgetRoster.body = undefined;
  server.widgetVocabulary.status = undefined;
  for (const context of contexts.splice(0)) await context.close();
});

async function host(context: BrowserContext, query = ''): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript(WATCH);
  await page.goto(server.url(`/widget.html${query}`));
  return page;
}

const status = (page: Page) => page.locator('#roster-status');

test.describe('the example host page', () => {
  let context: BrowserContext;
  let page: Page;

  test.beforeAll(async () => {
    context = await browser.newContext();
    page = await host(context);
    await expect(status(page)).toContainText('Roster: ', { timeout: 15_000 });
  });
  test.afterAll(() => context.close());

  test('marks every schedule row with the verdict the roster gives, under a strict CSP, with no violation', async () => {
    await expect(page.locator('#board [data-inscope-kind="case"]')).toHaveCount(22);
    for (const [want, got, row] of await rowVerdicts(page, '#board tbody tr')) expect(got, row).toBe(want);
    expect(await page.evaluate('window.__violations')).toEqual([]);
    expect(await page.title()).toBe('Surgical booking — intranet');
  });

  test('names in the host page\'s text get person badges', async () => {
    const notes = page.locator('p', { hasText: 'Notes:' });
    await expect(notes.locator('[data-inscope-kind="person"]')).toHaveCount(2);
    await expect(notes.locator('[data-inscope-name="Dr. Okafor"]')).toHaveAttribute('data-inscope-verdict', 'block');
  });

  test('<inscope-person> shows each care-team member\'s credential status, and unknown for a name not on the roster', async () => {
    const verdictOf = (name: string) => page.locator(`#team inscope-person[practitioner="${name}"] > [data-inscope-kind="person"]`);
    await expect(verdictOf('Peña, Elena M')).toHaveAttribute('data-inscope-verdict', 'ok');
    await expect(verdictOf('Whitfield, Thomas J')).toHaveAttribute('data-inscope-verdict', 'block');
    await expect(verdictOf('Maria T Santos-Delgado, CRNA')).toHaveAttribute('data-inscope-verdict', 'ok');
    await expect(verdictOf('Dr. Gregory House')).toHaveAttribute('data-inscope-verdict', 'unknown');
  });

  test('<inscope-case> checks the booking as it is typed, and the host blocks Save on a block verdict', async () => {
    const badge = page.locator('#check > [data-inscope-kind="case"]');
    await expect(badge).toHaveAttribute('data-inscope-verdict', 'block');
    await expect(page.locator('#save')).toBeDisabled();
    await expect(page.locator('#save-status')).toHaveText('Cannot book: Robotic approach: not privileged — no grant of "Robotic-Assisted Surgery".');
    await page.locator('input[name="procedure"]').fill('LAP APPY');
    await expect(badge).toHaveAttribute('data-inscope-verdict', 'ok');
    await expect(page.locator('#check > [data-inscope-kind="case"]')).toHaveCount(1);
    await expect(page.locator('#save')).toBeEnabled();
    await page.locator('input[name="practitioner"]').fill('Fitzpatrick, Liam');
    await page.locator('input[name="procedure"]').fill('TAVR');
    await expect(badge).toHaveAttribute('data-inscope-verdict', 'warn');
    await page.locator('#save').click();
    await expect(page.locator('#save-status')).toHaveText('Give a reason to book a case InScope flags.');
    await page.locator('input[name="reason"]').fill('Proctor confirmed by the chair');
    await page.locator('#save').click();
    await expect(page.locator('#save-status')).toHaveText('Saved (warn, reason: Proctor confirmed by the chair).');
  });

  test('inscope:verdict tells the host every verdict, with its reasons and the element it is about', async () => {
    const events = await page.evaluate('window.__verdicts') as Array<{ kind: string; verdict: string; reasons: number; tag: string; id: string; text: string }>;
    const rows = events.filter((e) => e.tag === 'TR');
    expect(rows).toHaveLength(22);
    expect(rows.every((e) => e.kind === 'case' && e.reasons > 0)).toBe(true);
    expect(rows.find((e) => e.text.includes('Whitfield'))?.verdict).toBe('block');
    // The booking check was re-announced on each change: block, ok, (a name alone), warn.
    const checks = events.filter((e) => e.id === 'check').map((e) => e.verdict);
    expect(checks[0]).toBe('block');
    expect(checks).toContain('ok');
    expect(checks.at(-1)).toBe('warn');
    expect(events.filter((e) => e.tag === 'INSCOPE-PERSON')).toHaveLength(4);
  });

  test('a card opens on hover and keyboard focus, shows roster strings as text, and Escape closes it', async () => {
    const row = page.locator('#board tbody tr', { hasText: 'LAP CHOLE W/ IOC' });
    await row.locator('inscope-badge button').hover();
    const card = page.locator('inscope-card [role="dialog"]');
    await expect(card).toContainText('Peña');
    await expect(card).toContainText(`General Surgery Core ${HOSTILE}`);
    await page.keyboard.press('Escape');
    await expect(page.locator('inscope-card')).toHaveCount(0);
    await page.locator('#team inscope-person[practitioner="Whitfield, Thomas J"] button').focus();
    await expect(card).toContainText('suspended', { ignoreCase: true });
    await page.keyboard.press('Escape');
    await expect(page.locator('inscope-card')).toHaveCount(0);
    expect(await page.title()).toBe('Surgical booking — intranet');
    expect(await page.evaluate('window.__violations')).toEqual([]);
  });

  test('unmount removes every badge and stops following the page', async () => {
    await page.evaluate('window.inscopeHandle.unmount()');
    await expect(page.locator('[data-inscope-kind]')).toHaveCount(0);
    await page.locator('input[name="procedure"]').fill('LAP CHOLE');
    await page.waitForTimeout(300);
    await expect(page.locator('[data-inscope-kind]')).toHaveCount(0);
  });
});

test('caches the roster in the page\'s IndexedDB and revalidates it with its ETag; a failed download keeps the cached roster and says why', async () => {
  const context = await fresh();
  const first = await host(context);
  await expect(status(first)).toContainText('(network)', { timeout: 15_000 });
  const before = await rowVerdicts(first, '#board tbody tr');
  await first.close();

  const revalidated = await host(context);
  await expect(status(revalidated)).toContainText('(cache)', { timeout: 15_000 });
  expect(server.requests).toContain('/widget/roster.json 304');
  // The procedure vocabulary beside the script is cached and revalidated the same way.
  expect(server.requests).toContain('/widget/inscope-vocabulary.json 304');
  await expect(revalidated.locator('#board [data-inscope-kind="case"]')).toHaveCount(22);
  expect(await rowVerdicts(revalidated, '#board tbody tr')).toEqual(before);
  await revalidated.close();

  server.widgetRoster.status = 500;
  const failing = await host(context);
  await expect(status(failing)).toContainText('The roster server answered 500', { timeout: 15_000 });
  await expect(status(failing)).toContainText('stays in force');
  await expect(failing.locator('#board [data-inscope-kind="case"]')).toHaveCount(22);
  expect(await rowVerdicts(failing, '#board tbody tr')).toEqual(before);
  expect(await failing.evaluate('window.__errors')).toEqual([expect.stringContaining('answered 500')]);
});

test('without its procedure vocabulary the widget reads no booking: every case is unknown and the host is told why; person badges still show', async () => {
  server.widgetVocabulary.status = 404;
  const context = await fresh();
  const page = await host(context);
  await expect(page.locator('#board [data-inscope-kind="case"]')).toHaveCount(22, { timeout: 15_000 });
  const verdicts = await page.$$eval('#board [data-inscope-kind="case"]', (els) => els.map((e) => e.getAttribute('data-inscope-verdict')));
  expect(new Set(verdicts)).toEqual(new Set(['unknown']));
  expect(await page.evaluate('window.__errors')).toEqual([expect.stringContaining('procedure vocabulary')]);
  await expect(page.locator('[data-inscope-kind="person"][data-inscope-verdict="ok"]').first()).toBeVisible();
});

test('refresh() picks up a changed roster and re-checks the page', async () => {
  const context = await fresh();
  const page = await host(context);
  await expect(status(page)).toContainText('(network)', { timeout: 15_000 });
  const elena = page.locator('#board tbody tr', { hasText: 'LAP CHOLE W/ IOC' }).locator('[data-inscope-kind="case"]');
  await expect(elena).toHaveAttribute('data-inscope-verdict', 'ok');
  const changed = structuredClone(roster);
  changed.practitioners[0].status = 'suspended';
  changed.generatedAt = new Date().toISOString();
  server.widgetRoster.body = JSON.stringify(changed);
  const refreshed = await page.evaluate('window.inscopeHandle.refresh().then((s) => s.source)');
  expect(refreshed).toBe('network');
  await expect(elena).toHaveAttribute('data-inscope-verdict', 'block');
  await expect(page.locator('#board [data-inscope-kind="case"]')).toHaveCount(22);
});

test('an invalid roster names the practitioner and field at fault, and with nothing cached every case is unknown', async () => {
  const broken = structuredClone(roster);
  broken.practitioners[3].credentials[0].expires = '2026-02-30';
  server.widgetRoster.body = JSON.stringify(broken);
  const context = await fresh();
  const page = await host(context);
  await expect(status(page)).toContainText('No roster: The roster at ', { timeout: 15_000 });
  await expect(status(page)).toContainText('practitioners[3].credentials[0].expires');
  await expect(page.locator('#board [data-inscope-kind="case"]')).toHaveCount(22);
  const verdicts = await page.$$eval('#board [data-inscope-kind="case"]', (els) => els.map((e) => e.getAttribute('data-inscope-verdict')));
  expect(new Set(verdicts)).toEqual(new Set(['unknown']));
});

test('a stale roster turns every would-be ok into unknown; warnings and blocks stay', async () => {
  const old = structuredClone(roster);
  old.generatedAt = new Date(Date.now() - 72 * 3_600_000).toISOString();
  server.widgetRoster.body = JSON.stringify(old);
  const context = await fresh();
  const page = await host(context, '?maxAge=24');
  await expect(status(page)).toContainText('stale, verify manually', { timeout: 15_000 });
  await expect(page.locator('#board [data-inscope-kind="case"]')).toHaveCount(22);
  for (const [want, got, row] of await rowVerdicts(page, '#board tbody tr')) expect(got, row).toBe(want === 'ok' ? 'unknown' : want);
  // The page says why on the summary chip itself.
  await expect(page.locator('inscope-summary .notice')).toHaveText(/^The roster is out of date \(generated .*\), so no case shows as in scope/);
});

test('reads a CSV roster with the catalog of a canonical roster, and refuses a CSV roster without one', async () => {
  const context = await fresh();
  const page = await host(context, '?roster=/widget/roster.csv&catalog=/widget/roster.json');
  await expect(status(page)).toContainText('Roster: ', { timeout: 15_000 });
  await expect(page.locator('#board [data-inscope-kind="case"]')).toHaveCount(22);
  for (const [want, got, row] of await rowVerdicts(page, '#board tbody tr')) expect(got, row).toBe(want);
  const bare = await host(context, '?roster=/widget/roster.csv');
  await expect(status(bare)).toContainText('is CSV, which carries no privilege catalog', { timeout: 15_000 });
});

test('the ES module build annotates a page that imports it', async () => {
  const context = await fresh();
  const page = await context.newPage();
  await page.goto(server.url('/esm.html'));
  const badges = page.locator('#board [data-inscope-kind="case"]');
  await expect(badges).toHaveCount(2, { timeout: 15_000 });
  expect(await badges.evaluateAll((els) => els.map((e) => e.getAttribute('data-inscope-verdict')))).toEqual(['ok', 'block']);
});

test('an adapter\'s pageDate dates the rows that print none, and a new heading re-dates them', async () => {
  const context = await fresh();
  const page = await context.newPage();
  await page.goto(server.url('/day.html'));
  const badge = page.locator('#board [data-inscope-kind="case"]');
  await expect(badge).toHaveAttribute('data-inscope-verdict', 'ok', { timeout: 15_000 });
  // The page moves to a day after her license lapses (in ten days): the same row is blocked.
  await page.locator('#day').evaluate((el, text) => { el.textContent = text; }, inWords(addDays(today, 14)));
  await expect(badge).toHaveAttribute('data-inscope-verdict', 'block');
});

test('a host page declared in ISO-8859-1 gets the same verdicts: the widget\'s scripts are ASCII', async () => {
  const context = await fresh();
  const page = await context.newPage();
  await page.goto(server.url('/latin1.latin1.html'));
  expect(await page.evaluate('document.characterSet')).toBe('windows-1252');
  const badge = page.locator('#board [data-inscope-kind="case"]');
  await expect(badge).toHaveAttribute('data-inscope-verdict', 'ok', { timeout: 15_000 });
  for (const file of ['inscope-widget.js', 'inscope-widget.mjs', 'inscope-engine.mjs', 'inscope-reader.mjs', 'inscope-matcher.mjs', 'inscope-limits.mjs', 'inscope-compile.mjs', 'inscope-load.mjs']) {
    const text = await (await page.request.get(server.url(`/widget/${file}`))).body();
    expect([...text].every((b) => b < 128), file).toBe(true);
  }
});

test('mount() with a bad option says which option and why', async () => {
  const context = await fresh();
  const page = await host(context);
  await expect(status(page)).toContainText('Roster: ', { timeout: 15_000 });
  const message = await page.evaluate(`(() => { try { InScope.mount({ roster: '/widget/roster.json', expiryWarningDays: 0 }); return 'no error'; } catch (e) { return e.message; } })()`);
  expect(message).toBe('InScope.mount: expiryWarningDays must be a whole number of days from 1 to 365');
  const missing = await page.evaluate(`(() => { try { InScope.mount({}); return 'no error'; } catch (e) { return e.message; } })()`);
  expect(missing).toBe('InScope.mount: roster is required');
});
