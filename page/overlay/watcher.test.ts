// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TreeWatcher } from './watcher';
import { Badges } from './badges';

const tick = () => new Promise((r) => setTimeout(r, 0));

let reports: Element[][];
let ac: AbortController;
let watcher: TreeWatcher;

beforeEach(() => {
  document.body.innerHTML = '<table><tbody id="rows"><tr><td>Peña, Elena</td><td>LAP CHOLE</td></tr></tbody></table><inscope-case practitioner="A" procedure="B"></inscope-case><div id="other" title="x"></div>';
  reports = [];
  ac = new AbortController();
  watcher = new TreeWatcher({
    root: () => document.body, target: document.documentElement, isOurs: Badges.isOurs,
    attributeTags: ['INSCOPE-CASE'], attributes: ['practitioner', 'procedure', 'title'], hugeAt: 1000,
  }, (scopes) => reports.push(scopes));
  watcher.start(ac.signal);
});
afterEach(() => ac.abort());

const row = (text: string) => {
  const tr = document.createElement('tr');
  tr.innerHTML = `<td>${text}</td><td>LAP APPY</td>`;
  return tr;
};

describe('the overlay\'s tree watcher', () => {
  it('reports rows the page appends in one task once, as the rows, not their 2,000-row container', async () => {
    const tbody = document.getElementById('rows')!;
    const added = [row('Kowalski, Hannah'), row('Whitfield, Thomas')];
    tbody.append(...added);
    added[0].cells[1].textContent = 'LAP CHOLE';
    await tick();
    expect(reports).toEqual([added]);
  });

  it('reports the element whose text changed, and an element a removal alone happened in', async () => {
    const cell = document.querySelector('td')!;
    cell.firstChild!.nodeValue = 'Quill, Pat';
    await tick();
    expect(reports).toEqual([[cell]]);
    document.querySelector('tr')!.cells[1].remove();
    await tick();
    expect(reports[1]).toEqual([document.querySelector('tr')]);
    expect(watcher.takeRemovals()).toBe(true);
    expect(watcher.takeRemovals()).toBe(false);
  });

  it('reports each changed cell of a recycled row once, and a changed row alone when its cells changed too', async () => {
    const tbody = document.getElementById('rows')!;
    tbody.append(row('Kowalski, Hannah'), row('Whitfield, Thomas'));
    await tick();
    reports = [];
    const rows = [...tbody.querySelectorAll('tr')];
    for (const r of rows.slice(1)) for (const c of r.querySelectorAll('td')) c.firstChild!.nodeValue = 'Quill, Pat';
    await tick();
    expect(reports).toEqual([rows.slice(1).flatMap((r) => [...r.querySelectorAll('td')])]);
    // Cells changed in the same task as a removal from their table body: the body alone is read.
    rows[1].cells[0].firstChild!.nodeValue = 'Bello, Aisha';
    rows[1].cells[1].firstChild!.nodeValue = 'TLIF';
    rows[2].cells[1].firstChild!.nodeValue = 'TLIF';
    rows[0].remove();
    await tick();
    expect(reports[1]).toEqual([tbody]);
  });

  it('reports a changed attribute of a host <inscope-case>, not of other elements', async () => {
    document.getElementById('other')!.setAttribute('title', 'y');
    await tick();
    expect(reports).toEqual([]);
    const el = document.querySelector('inscope-case')!;
    el.setAttribute('procedure', 'TKA');
    await tick();
    expect(reports).toEqual([[el]]);
  });

  it('does not report what InScope writes, in pause() or inside its own elements', async () => {
    watcher.pause(() => document.body.append(document.createElement('inscope-badge')));
    await tick();
    const ours = document.createElement('inscope-badge');
    ours.setAttribute('data-inscope-host', 'x');
    watcher.pause(() => document.body.append(ours));
    ours.append(document.createElement('span'));
    await tick();
    expect(reports).toEqual([]);
    // After a pause it still follows the page.
    document.body.append(row('A, B'));
    await tick();
    expect(reports).toHaveLength(1);
  });

  it('reports a huge mutation as one scope, the root, instead of every node', async () => {
    const tbody = document.getElementById('rows')!;
    const many = Array.from({ length: 1500 }, (_, i) => row(`Name ${i}, X`));
    for (const r of many) tbody.append(r);
    await tick();
    expect(reports).toEqual([[document.body]]);
  });

  it('stops reporting once its signal aborts', async () => {
    ac.abort();
    document.body.append(row('A, B'));
    watcher.markDirty(document.body);
    await tick();
    expect(reports).toEqual([]);
  });
});
