import { expect, test, type Page } from '@playwright/test';
import { launchWithExtension, type ExtensionSession } from './browser';
import { demoRoster, importRoster, rowVerdicts, serve, today } from './overlay-helpers';
import { boxInside, cardText, clickInCard, elementsInCard, pageCanReadShadow, scriptInCard, shadowText, typeInCard } from './closed-shadow';
import { addDays } from '../../lib/dates';
import type { DemoServer } from '../../demo/server';
import type { Roster } from '../../lib/roster/schema';

let session: ExtensionSession;
let server: DemoServer;
let roster: Roster;
const requests: string[] = [];

const HOSTILE = '<img src=x onerror="document.title=\'pwned\'">';

test.beforeAll(async () => {
  session = await launchWithExtension();
  roster = demoRoster();
  // A hostile roster string: it must show as text, never as HTML.
  roster.privileges = roster.privileges.map((p) => (p.id === 'GS-CORE' ? { ...p, name: `General Surgery Core ${HOSTILE}` } : p));
  await importRoster(session, roster);
  server = await serve(roster, {
    '/hostile.html': `<!doctype html><title>Hostile</title><table id="board"><thead><tr><th>Surgeon</th><th>Procedure</th></tr></thead>
      <tbody><tr><td>Peña, Elena M</td><td>LAP CHOLE &lt;script&gt;document.title='pwned'&lt;/script&gt;</td></tr>
      <tr><td>&lt;img src=x onerror=alert(1)&gt;</td><td>LAP APPY</td></tr></tbody></table>`,
    // A board of cards, not a table: it needs a site adapter.
    '/cards.html': `<!doctype html><title>Cards</title><ul id="cards">
      <li class="case"><b class="who">Raman-Shah, Priya K</b> <span class="what">ROBOTIC ASSISTED LAP CHOLE</span> <time>12/01/2026</time></li>
      <li class="case"><b class="who">Peña, Elena M</b> <span class="what">LAP APPY</span> <time>12/01/2026</time></li>
    </ul><p>Charge nurse: <span class="staff">Whitfield, Thomas J</span>; runner <span class="staff">Pat Quill</span></p>`,
    // One day's board: the rows print no date, the date picker says which day they are on.
    '/probe.html': probePage(),
    '/day.html': `<!doctype html><title>Day</title><label>Day <input id="day" type="date" value="${addDays(today, 1)}"></label>
      <table id="board"><thead><tr><th>Room</th><th>Surgeon</th><th>Procedure</th></tr></thead>
      <tbody><tr><td>OR 2</td><td>Kowalski, Hannah</td><td>CYSTO, TURBT</td></tr></tbody></table>`,
  });
  session.context.on('request', (r) => requests.push(r.url()));
});

/** A page whose script writes every roster name three ways, to see which get a badge: 1,200 names. */
function probePage(): string {
  const names = roster.practitioners.flatMap((p) => [`${p.name.given[0]} ${p.name.family}`, `${p.name.family}, ${p.name.given[0]}`, `Dr. ${p.name.given[0][0]}. ${p.name.family}`]);
  return `<!doctype html><title>Probe</title><div id="out"></div><script>
    const out = document.getElementById('out');
    for (const n of ${JSON.stringify(names).replace(/</g, '\\u003c')}) { const p = document.createElement('p'); p.textContent = n + ', MD'; out.append(p); }
  </script>`;
}

test.afterAll(async () => {
  await session?.context.close();
  await server?.close();
});

test.describe.configure({ mode: 'serial' });

async function open(path: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(server.url(path));
  return page;
}

async function saveAdapters(adapters: unknown[]): Promise<void> {
  const options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  await options.locator('#opt-siteAdapters').fill(JSON.stringify(adapters));
  await options.getByRole('button', { name: 'Save' }).click();
  await expect(options.getByRole('status')).toHaveText('Saved.');
  await options.close();
}

async function settle(page: Page, selector: string, count: number): Promise<void> {
  await expect(page.locator(selector)).toHaveCount(count, { timeout: 15_000 });
}

test('marks every case on the OR schedule board, in its row, with the verdict the roster gives', async () => {
  const page = await open('/or-schedule.html');
  await settle(page, '#board tbody tr [data-inscope-kind="case"]', 60);
  const rows = await rowVerdicts(page, '#board tbody tr');
  expect(rows.every(([, actual]) => actual !== null)).toBe(true);
  const showcase = rows.filter(([expected]) => expected);
  expect(showcase.length).toBe(22);
  expect(showcase.filter(([e, a]) => e !== a)).toEqual([]);
  // One badge per row, and none on patients or in the search box.
  for (const row of await page.locator('#board tbody tr').all()) await expect(row.locator('[data-inscope-kind]')).toHaveCount(1);
  await expect(page.locator('input[name="q"] + [data-inscope-kind]')).toHaveCount(0);
  const flagged = rows.filter(([, a]) => a !== 'ok').length;
  await expect(page.locator('inscope-summary')).toHaveAttribute('data-inscope-count', String(flagged));
  expect(await shadowText(page, 'inscope-summary')).toContain(`${flagged} cases need attention`);
  // The page's own scripts see the badges' verdict words, not inside them.
  expect(await pageCanReadShadow(page)).toBe(false);
  await page.close();
});

test('opens a case card on hover and on keyboard focus, with the reasons, and Escape closes it', async () => {
  const page = await open('/or-schedule.html');
  await settle(page, '#board [data-inscope-kind="case"]', 60);
  const row = page.locator('#board tbody tr', { hasText: 'RAMAN-SHAH, PRIYA MD' });
  const robotic = row.locator('inscope-badge');
  await robotic.hover();
  const card = page.locator('inscope-card');
  await expect(card).toHaveCount(1);
  await expect.poll(() => cardText(page)).toContain('Robotic approach: not privileged — no grant of "Robotic-Assisted Surgery".');
  expect(await cardText(page)).toContain('Matched');
  await page.mouse.move(0, 0);
  await expect(card).toHaveCount(0, { timeout: 3000 });
  // Keyboard: from the row's first cell, Tab reaches the badge and opens its card.
  await row.locator('td').first().click();
  await page.keyboard.press('Tab');
  await expect(card).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
  await expect(robotic).toBeFocused();
  // The summary chip steps to flagged rows.
  await clickInCard(page, 'button', '*', 'INSCOPE-SUMMARY');
  await expect(page.locator('#board tbody tr', { hasText: "O'Brien, Marcus" }).first().locator('inscope-badge')).toBeFocused();
  await page.close();
});

test('an open card follows its badge when the page scrolls or the window resizes', async () => {
  const page = await open('/or-schedule.html');
  await settle(page, '#board tbody tr [data-inscope-kind="case"]', 60);
  const badge = page.locator('#board tbody tr', { hasText: 'L4-5 TLIF' }).locator('inscope-badge');
  await badge.click();
  await expect(page.locator('inscope-card')).toHaveCount(1);
  // 4 px below the badge, or 4 px above it where there is no room below.
  const gap = async () => {
    const b = (await badge.boundingBox())!;
    const card = await boxInside(page, 'inscope-card', 'div');
    const below = Math.round(card.y - (b.y + b.height));
    return below >= 0 ? below : Math.round(b.y - (card.y + card.height));
  };
  expect(await gap()).toBe(4);
  await page.evaluate(() => window.scrollBy(0, 60));
  await expect.poll(gap).toBe(4);
  await page.setViewportSize({ width: 1100, height: 620 });
  await expect.poll(gap).toBe(4);
  await page.close();
});

for (const [width, height] of [[1024, 768], [1280, 900]]) {
  test(`the summary chip covers none of the board's text, controls or badges at ${width}×${height}, scrolled or not`, async () => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width, height });
    await page.goto(server.url('/or-schedule.html'));
    await settle(page, '#board tbody tr [data-inscope-kind="case"]', 60);
    for (const y of [0, 400, 100_000]) {
      await page.evaluate((to) => window.scrollTo(0, to), y);
      await page.waitForTimeout(150);
      const chip = await boxInside(page, 'inscope-summary', 'button');
      const covered = await page.evaluate((box) => {
        const meets = (r: DOMRect) => r.width > 0 && r.height > 0 && r.right > box.x && r.left < box.x + box.width && r.bottom > box.y && r.top < box.y + box.height;
        const out: string[] = [];
        for (const el of document.querySelectorAll('inscope-badge, input, button, select, img')) if (meets(el.getBoundingClientRect())) out.push(el.tagName);
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          if (!n.nodeValue?.trim()) continue;
          const range = document.createRange();
          range.selectNodeContents(n);
          for (const r of range.getClientRects()) if (meets(r)) out.push(n.nodeValue.trim().slice(0, 30));
        }
        return out;
      }, chip);
      expect(covered, `scrolled to ${y}`).toEqual([]);
    }
    await page.close();
  });
}

test('lets a scheduler acknowledge a warning with a preset reason and a short note; a page cannot forge one, and the log keeps no booking text', async () => {
  const page = await open('/or-schedule.html');
  await settle(page, '#board [data-inscope-kind="case"]', 60);
  const badge = page.locator('#board tbody tr', { hasText: 'L4-5 TLIF' }).locator('inscope-badge');
  await badge.click();
  await expect(page.locator('inscope-card')).toHaveCount(1);
  // The page's script cannot reach the form at all (closed shadow root)…
  expect(await page.evaluate(() => document.querySelector('inscope-card')!.shadowRoot)).toBeNull();
  await expect.poll(() => cardText(page)).toContain('Acknowledge…');
  await clickInCard(page, 'button', 'Acknowledge…');
  await expect.poll(() => cardText(page)).toContain('Save acknowledgement');
  // …and a script's events would save nothing: only the user's own click saves.
  await scriptInCard(page, 'select', `function () { this.value = 'other'; this.dispatchEvent(new Event('change', { bubbles: true })); }`);
  await scriptInCard(page, 'input', `function () { this.value = 'LAP CHOLE for patient JANE DOE MRN 0042'; this.dispatchEvent(new Event('input', { bubbles: true })); }`);
  await page.waitForTimeout(200);
  await scriptInCard(page, 'form', `function () { this.querySelector('button[type="submit"]').click(); }`);
  await page.waitForTimeout(500);
  expect(await cardText(page)).not.toContain('Acknowledged:');
  await typeInCard(page, 'select', 'Proctor');
  await typeInCard(page, 'input', 'Dr. Ashworth proctoring');
  await clickInCard(page, 'button', 'Save acknowledgement');
  await expect.poll(() => cardText(page)).toContain('Acknowledged: Proctor or supervisor arranged for this case — Dr. Ashworth proctoring');
  await expect(badge).toHaveAttribute('data-inscope-acknowledged', 'true');
  await expect(badge).toHaveAttribute('data-inscope-verdict', 'warn');
  await page.close();
  // The coordinator exports the log from the popup: no patient data in it.
  const popup = await session.context.newPage();
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
  const download = popup.waitForEvent('download');
  await popup.getByRole('button', { name: 'Export acknowledgements (CSV)' }).click();
  const file = await (await download).path();
  const csv = (await import('node:fs')).readFileSync(file!, 'utf8').trim().split('\r\n');
  // One line: the forged one was never stored. The matched catalog procedure, never the booking text.
  expect(csv).toHaveLength(2);
  expect(csv[0]).toBe('at,site,practitioner_id,procedures,verdict,reason,note,case_date');
  expect(csv[1]).toMatch(new RegExp(`^\\d{4}-[^,]+,${server.url('').replace(/\/$/, '')},P000008,[A-Z][a-z][^,]*,warn,Proctor or supervisor arranged for this case,Dr\\. Ashworth proctoring,\\d{4}-\\d{2}-\\d{2}$`));
  for (const text of ['MRN', 'JANE DOE', 'Orr, Liam', 'L4-5 TLIF']) expect(csv.join('\n')).not.toContain(text);
  await popup.close();
});

test('registers the overlay for a site the user turns on, and removes it when turned off', async () => {
  const popup = await session.context.newPage();
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
  const call = (m: unknown) => popup.evaluate((msg) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(msg), m);
  // localhost on another port is covered by the build's host permission: no prompt needed.
  const url = 'http://localhost:1/or';
  expect(await call({ type: 'siteStatus', url: 'https://or.hospital.example/board' })).toMatchObject({ ok: true, site: { state: 'off', pattern: 'https://or.hospital.example/*' } });
  expect(await call({ type: 'siteStatus', url })).toMatchObject({ site: { state: 'built-in' } });
  const registered = () => session.worker.evaluate(() => (globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<Array<{ id: string }>> } } }).chrome.scripting.getRegisteredContentScripts());
  await call({ type: 'setSiteEnabled', url: 'http://127.0.0.1:9/x', enabled: true });
  expect((await registered()).map((s) => s.id)).toEqual(['site:http://127.0.0.1/*']);
  await call({ type: 'setSiteEnabled', url: 'http://127.0.0.1:9/x', enabled: false });
  expect(await registered()).toEqual([]);
  await popup.close();
});

test('follows a single-page app: recycled rows, appended rows and route changes', async () => {
  const page = await open('/spa/main');
  const grid = '#grid [role="row"]:not(.head)';
  await settle(page, `${grid} [data-inscope-kind="case"]`, 25);
  const check = async () => {
    await expect.poll(async () => (await rowVerdicts(page, grid)).filter(([e, a]) => e && e !== a), { timeout: 10_000 }).toEqual([]);
  };
  await check();
  // Virtualised scrolling reuses the row elements with other cases.
  await page.evaluate(() => (window as unknown as { scrollCases: (n: number) => void }).scrollCases(7));
  await check();
  await expect(page.locator(`${grid} [data-inscope-kind="case"]`)).toHaveCount(25);
  // Appended rows get badges.
  await page.getByRole('button', { name: 'Load more cases' }).click();
  await settle(page, `${grid} [data-inscope-kind="case"]`, 35);
  await check();
  // A route change replaces the grid.
  await page.getByRole('link', { name: 'Ambulatory' }).click();
  await expect(page.locator('#title')).toHaveText('Schedule — Ambulatory');
  await settle(page, `${grid} [data-inscope-kind="case"]`, 20);
  await check();
  await page.goBack();
  await settle(page, `${grid} [data-inscope-kind="case"]`, 25);
  await page.close();
});

test('puts person badges right after roster names on a staffing page, and none in editable text', async () => {
  const page = await open('/staff.html');
  await expect.poll(() => page.locator('[data-inscope-kind="person"]').count(), { timeout: 15_000 }).toBe(9);
  const badges = await page.$$eval('[data-inscope-kind="person"]', (els) => els.map((e) => [e.getAttribute('data-inscope-name'), e.getAttribute('data-inscope-verdict'), (e.previousSibling?.textContent ?? '').endsWith(e.getAttribute('data-inscope-name') ?? '?')]));
  expect(badges).toEqual([
    ['Dr. Peña', 'ok', true],
    ["Marcus O'Brien, DO", 'ok', true],
    ['Maria T Santos-Delgado, CRNA', 'ok', true],
    ['Thomas J Whitfield, MD', 'block', true],
    ['Dr. Miller', 'unknown', true],
    ['Aisha Bello, MD', 'ok', true],
    ['Hannah Kowalski', 'warn', true],
    [roster.practitioners[0].npi, 'ok', true],
    ['Amara Nwosu, MD', 'ok', true],
  ]);
  await expect(page.locator('.notes [data-inscope-kind]')).toHaveCount(0);
  // A person card: credentials with expiry, privileges with status.
  // A page's own script cannot open a card: its synthetic events are not the user's.
  await page.evaluate(() => {
    const badge = document.querySelector('[data-inscope-name="Hannah Kowalski"]')!;
    for (const type of ['mouseover', 'focusin', 'click']) badge.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true }));
  });
  const card = page.locator('inscope-card');
  await page.waitForTimeout(500);
  await expect(card).toHaveCount(0);
  await page.locator('[data-inscope-name="Hannah Kowalski"]').hover();
  // The card says what a charge nurse needs — which credential, until when — and no numbers:
  // no license or DEA number, no NPI.
  await expect.poll(() => cardText(page)).toMatch(/License \(CA\) expires [A-Z][a-z]{2} \d{1,2}, \d{4} \(in 10 days\)\./);
  expect(await cardText(page)).toContain('Urology Core');
  const kowalski = roster.practitioners.find((p) => p.name.family === 'Kowalski')!;
  const text = await cardText(page);
  for (const secret of [kowalski.npi!, ...kowalski.credentials.map((c) => c.identifier).filter((x): x is string => !!x && x.length >= 3)]) {
    expect(text).not.toContain(secret);
  }
  await page.close();
});

test('works in same-origin and cross-origin frames', async () => {
  const page = await open('/framed.html');
  for (const id of ['same', 'cross']) {
    const frame = page.frameLocator(`#${id}`);
    await expect(frame.locator('#board [data-inscope-kind="case"]')).toHaveCount(60, { timeout: 15_000 });
    await expect(frame.locator('#board tbody tr', { hasText: 'Whitfield, Thomas J' }).locator('[data-inscope-kind="case"]')).toHaveAttribute('data-inscope-verdict', 'block');
  }
  await page.close();
});

test('shows hostile page and roster strings as text, never as HTML', async () => {
  const page = await open('/hostile.html');
  await settle(page, '#board [data-inscope-kind="case"]', 2);
  await page.locator('#board tbody tr').first().locator('inscope-badge').hover();
  await expect.poll(() => cardText(page)).toContain(`privileged under "General Surgery Core ${HOSTILE}"`);
  expect(await cardText(page)).toContain("LAP CHOLE <script>document.title='pwned'</script>");
  expect(await elementsInCard(page, ['IMG', 'SCRIPT'])).toBe(0);
  await expect(page.locator('#board tbody tr').nth(1).locator('[data-inscope-kind="case"]')).toHaveAttribute('data-inscope-verdict', 'unknown');
  await page.waitForTimeout(300);
  expect(await page.title()).toBe('Hostile');
  await page.close();
});

test('reads a page that is not a table through a site adapter set in the options', async () => {
  await saveAdapters([{
    id: 'card-board', matches: ['*://localhost/cards.html'],
    case: { row: 'li.case', practitioner: '.who', procedure: '.what', date: 'time' },
    person: { selector: '.staff' },
  }]);
  const page = await open('/cards.html');
  await settle(page, '#cards [data-inscope-kind="case"]', 2);
  expect(await page.$$eval('#cards li', (lis) => lis.map((li) => li.querySelector('.what [data-inscope-kind="case"]')?.getAttribute('data-inscope-verdict')))).toEqual(['block', 'ok']);
  // The adapter's person elements: a badge right after each element holding a roster name.
  await expect(page.locator('.staff + [data-inscope-kind="person"]')).toHaveCount(1);
  await expect(page.locator('.staff + [data-inscope-kind="person"]')).toHaveAttribute('data-inscope-verdict', 'block');
  await expect(page.locator('.staff + [data-inscope-kind="person"]')).toHaveAttribute('data-inscope-name', 'Whitfield, Thomas J');
  await page.close();
});

test('checks rows that print no date at the day the page shows (an adapter\'s pageDate), again when another day is picked', async () => {
  await saveAdapters([{ id: 'day-board', matches: ['*://localhost/day.html'], pageDate: { selector: '#day' } }]);
  const page = await open('/day.html');
  const badge = page.locator('#board tbody tr [data-inscope-kind="case"]');
  await expect(badge).toHaveAttribute('data-inscope-verdict', 'ok', { timeout: 15_000 });
  // Her license lapses in ten days: on the board two weeks out, the same row is blocked.
  await page.fill('#day', addDays(today, 14));
  await expect(badge).toHaveAttribute('data-inscope-verdict', 'block');
  // No day to read: unknown (never today's answer), and the card says why.
  await page.fill('#day', '');
  await expect(badge).toHaveAttribute('data-inscope-verdict', 'unknown');
  await badge.hover();
  await expect.poll(() => cardText(page)).toContain('The page\'s date is missing');
  await page.close();
});

test('leaves a page that runs the InScope widget to the widget: one badge per case, not two', async () => {
  // The same board without the widget: the extension badges it (and its background is warm).
  const control = await open('/or-schedule.html');
  await settle(control, '#board [data-inscope-kind="case"]', 60);
  await control.close();
  const page = await open('/widget.html');
  await expect(page.locator('#roster-status')).toContainText('Roster: ', { timeout: 15_000 });
  await settle(page, '#board [data-inscope-kind="case"]', 22);
  // Time for the extension's content script to have run (it badges the control page well within this).
  await page.waitForTimeout(2500);
  const perRow = await page.$$eval('#board tbody tr', (rows) => rows.map((r) => r.querySelectorAll('[data-inscope-kind="case"]').length));
  expect(new Set(perRow)).toEqual(new Set([1]));
  await expect(page.locator('#check [data-inscope-kind="case"]')).toHaveCount(1);
  await page.close();
});

test('a page that writes every roster name into itself learns about 500 of them at most: the rest get no answer', async () => {
  const page = await open('/probe.html');
  const badges = page.locator('[data-inscope-kind="person"]');
  await expect.poll(() => badges.count(), { timeout: 20_000 }).toBeGreaterThan(100);
  await page.waitForTimeout(2000);
  expect(await page.locator('#out p').count()).toBe(roster.practitioners.length * 3);
  // Namesakes print the same name twice: what counts is how many different names were answered.
  const answered = new Set(await badges.evaluateAll((els) => els.map((e) => e.getAttribute('data-inscope-name')?.toLowerCase())));
  expect(answered.size).toBeLessThanOrEqual(500);
  expect(answered.size).toBeLessThan(roster.practitioners.length * 2);
  await page.close();
});

test('sends nothing anywhere but the page\'s own origin and the extension', async () => {
  // Network requests only: blob: and data: URLs (the popup's downloads) never leave the machine.
  const origins = new Set(requests.filter((u) => /^(https?|wss?):/.test(u)).map((u) => new URL(u).origin));
  const allowed = new Set([server.url('').replace(/\/$/, ''), `http://127.0.0.1:${server.port}`]);
  expect([...origins].filter((o) => !allowed.has(o))).toEqual([]);
  expect(requests.length).toBeGreaterThan(5);
});
