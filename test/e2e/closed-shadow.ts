/**
 * The extension draws its badges and cards in closed shadow roots, which neither the page's
 * scripts nor Playwright's locators can enter. The tests read and use them the way DevTools
 * does: through the Chrome DevTools Protocol, whose DOM pierces every shadow root. Clicks are
 * real mouse clicks at the element's box, keys real key presses.
 */
import type { CDPSession, Page } from '@playwright/test';

interface DomNode {
  nodeId: number;
  backendNodeId: number;
  nodeType: number;
  nodeName: string;
  nodeValue: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();
function cdp(page: Page): Promise<CDPSession> {
  let s = sessions.get(page);
  if (!s) sessions.set(page, (s = page.context().newCDPSession(page)));
  return s;
}

async function domTree(page: Page): Promise<DomNode> {
  const session = await cdp(page);
  return ((await session.send('DOM.getDocument', { depth: -1, pierce: true })) as unknown as { root: DomNode }).root;
}

function* walk(node: DomNode): Generator<DomNode> {
  yield node;
  for (const s of node.shadowRoots ?? []) yield* walk(s);
  for (const c of node.children ?? []) yield* walk(c);
}

function text(node: DomNode): string {
  let out = '';
  for (const n of walk(node)) {
    if (n.nodeName === 'STYLE') continue;
    if (n.nodeType === 3) out += n.nodeValue;
  }
  return out.replace(/\s+/g, ' ').trim();
}

function attr(node: DomNode, name: string): string | undefined {
  const a = node.attributes ?? [];
  for (let i = 0; i < a.length; i += 2) if (a[i] === name) return a[i + 1];
  return undefined;
}

/** The text of InScope's open card ('' when none is open), read through its closed shadow root. */
export async function cardText(page: Page): Promise<string> {
  const card = [...walk(await domTree(page))].find((n) => n.nodeName === 'INSCOPE-CARD');
  return card ? text(card) : '';
}

/** The text inside the first element of this tag (e.g. the summary chip). */
export async function shadowText(page: Page, tag: string): Promise<string> {
  const el = [...walk(await domTree(page))].find((n) => n.nodeName === tag.toUpperCase());
  return el ? text(el) : '';
}

/** The element inside the first `host` element (default: the open card) whose tag and text match. */
async function inCard(page: Page, tag: string, match: (n: DomNode) => boolean, host = 'INSCOPE-CARD'): Promise<DomNode> {
  const card = [...walk(await domTree(page))].find((n) => n.nodeName === host);
  const node = card && [...walk(card)].find((n) => n.nodeName === tag.toUpperCase() && match(n));
  if (!node) throw new Error(`no <${tag}> like that in <${host.toLowerCase()}>`);
  return node;
}

/** A real mouse click at the middle of an element inside the card (or inside another of InScope's elements). */
export async function clickInCard(page: Page, tag: string, label: string, host = 'INSCOPE-CARD'): Promise<void> {
  const node = await inCard(page, tag, (n) => text(n) === label || attr(n, 'aria-label') === label || label === '*', host);
  const session = await cdp(page);
  const { model } = (await session.send('DOM.getBoxModel', { backendNodeId: node.backendNodeId })) as unknown as { model: { content: number[] } };
  const [x1, y1, x2, , , y3] = model.content;
  await page.mouse.click((x1 + x2) / 2, (y1 + y3) / 2);
}

/** The box (viewport coordinates) of an element inside one of InScope's elements, e.g. the chip's button. */
export async function boxInside(page: Page, host: string, tag: string): Promise<{ x: number; y: number; width: number; height: number }> {
  const node = await inCard(page, tag, () => true, host.toUpperCase());
  const session = await cdp(page);
  const { model } = (await session.send('DOM.getBoxModel', { backendNodeId: node.backendNodeId })) as unknown as { model: { border: number[] } };
  const [x1, y1, x2, , , y3] = model.border;
  return { x: x1, y: y1, width: x2 - x1, height: y3 - y1 };
}

/** Focus moved to an element inside the card (a select or an input), then real keys typed. */
export async function typeInCard(page: Page, tag: string, keys: string): Promise<void> {
  const node = await inCard(page, tag, () => true);
  await (await cdp(page)).send('DOM.focus', { backendNodeId: node.backendNodeId });
  await page.keyboard.type(keys);
}

/** Whether the page's own script can see inside InScope's elements (it must not). */
export async function pageCanReadShadow(page: Page): Promise<boolean> {
  return page.evaluate(() => [...document.querySelectorAll('inscope-badge, inscope-card, inscope-summary')].some((e) => e.shadowRoot !== null));
}

/** What a script would do to an element inside the card (untrusted events), run through DevTools. */
export async function scriptInCard(page: Page, tag: string, fn: string): Promise<void> {
  const node = await inCard(page, tag, () => true);
  const session = await cdp(page);
  const { object } = (await session.send('DOM.resolveNode', { backendNodeId: node.backendNodeId })) as unknown as { object: { objectId: string } };
  await session.send('Runtime.callFunctionOn', { objectId: object.objectId, functionDeclaration: fn, awaitPromise: true });
}

/** How many elements of these tags the open card holds. */
export async function elementsInCard(page: Page, tags: string[]): Promise<number> {
  const card = [...walk(await domTree(page))].find((n) => n.nodeName === 'INSCOPE-CARD');
  return card ? [...walk(card)].filter((n) => tags.includes(n.nodeName)).length : 0;
}
