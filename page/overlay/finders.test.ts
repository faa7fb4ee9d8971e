// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { PageReader, caseInput, caseKey } from './finders';
import { Badges } from './badges';

const BOARD = `
  <h2>Schedule for 12/03/2026</h2>
  <p>Charge nurse today: Thomas Whitfield</p>
  <table id="board">
    <thead><tr><th>Room</th><th>Surg Date</th><th>Surgeon</th><th>Procedure</th></tr></thead>
    <tbody>
      <tr><td>OR 1</td><td>12/04/2026</td><td>Peña, Elena M</td><td>LAP CHOLE</td></tr>
      <tr><td>OR 2</td><td></td><td>Kowalski, Hannah</td><td>CYSTO</td></tr>
      <tr><td>OR 3</td><td>soon</td><td>Bello, Aisha</td><td>TLIF</td></tr>
    </tbody>
  </table>
  <ul><li class="staff">Quill, Pat</li></ul>`;

const families = new Set(['whitfield', 'pena', 'kowalski', 'bello', 'quill']);
const isFamily = (k: string) => families.has(k);

beforeEach(() => {
  document.body.innerHTML = BOARD;
});

describe('the overlay\'s page reader', () => {
  it('reads each schedule row as a case asking about its own date, else the day the page names, else the printed text', () => {
    const reader = new PageReader(document);
    const page = reader.pageDate();
    expect(page).toEqual({ date: '2026-12-03' });
    const inputs = [...reader.cases(document.body)].map((c) => caseInput(c, page));
    expect(inputs).toEqual([
      { practitioner: 'Peña, Elena M', procedure: 'LAP CHOLE', date: '2026-12-04' },
      { practitioner: 'Kowalski, Hannah', procedure: 'CYSTO', date: '2026-12-03' },
      { practitioner: 'Bello, Aisha', procedure: 'TLIF', date: 'soon' },
    ]);
    // A date the page shows but cannot be read is asked as printed, marked as the page's.
    expect(caseInput([...reader.cases(document.body)][1], { text: 'Tomorrow-ish' })).toMatchObject({ date: 'Tomorrow-ish', dateFrom: 'page' });
  });

  it('reads only the changed row when the scope is a cell inside a known table', () => {
    const reader = new PageReader(document);
    expect([...reader.cases(document.body)]).toHaveLength(3);
    const cell = document.querySelectorAll<HTMLTableRowElement>('#board tbody tr')[1].cells[3];
    expect([...reader.cases(cell)].map((c) => c.practitioner)).toEqual(['Kowalski, Hannah']);
  });

  it('reads a case row whose cells all changed (a recycled row) once, as its row, and other changed elements as they are', () => {
    const reader = new PageReader(document);
    const rows = [...reader.cases(document.body)].map((c) => c.row);
    const recycled = document.querySelectorAll<HTMLTableRowElement>('#board tbody tr')[2];
    const staff = document.querySelector('.staff')!;
    const scopes = reader.caseRowScopes([...recycled.cells, staff], (row) => rows.includes(row));
    expect(scopes).toEqual([recycled, staff]);
    // A row the overlay has no case for yet keeps its cells: only the page's case rows are widened.
    expect(reader.caseRowScopes([recycled.cells[3]], () => false)).toEqual([recycled.cells[3]]);
  });

  it('reads the page\'s day again when a heading changes, and a date picker\'s value whatever changed', () => {
    const reader = new PageReader(document);
    expect(reader.pageDate([document.body])).toEqual({ date: '2026-12-03' });
    const heading = document.querySelector('h2')!;
    const row = document.querySelector<HTMLTableRowElement>('#board tbody tr')!;
    heading.firstChild!.nodeValue = 'Schedule for 12/05/2026';
    expect(reader.pageDate([heading])).toEqual({ date: '2026-12-05' });
    // A row with a heading in it could name the day too.
    row.cells[0].innerHTML = '<h4>12/06/2026</h4>';
    expect(reader.pageDate([row])).toBeUndefined();
    row.cells[0].textContent = 'OR 1';
    expect(reader.pageDate([row.parentElement!])).toEqual({ date: '2026-12-05' });
    // A date picker set by the page's script (no DOM change, no event) while rows change.
    document.body.insertAdjacentHTML('afterbegin', '<input type="date" id="day">');
    const picker = document.getElementById('day') as HTMLInputElement;
    picker.value = '2026-12-05';
    expect(reader.pageDate([document.body])).toEqual({ date: '2026-12-05' });
    picker.value = '2026-12-07';
    expect(reader.pageDate([row])).toBeUndefined();
  });

  it('asks again only when the question changes', () => {
    const reader = new PageReader(document);
    const [a] = reader.cases(document.body);
    const key = caseKey(caseInput(a, undefined));
    document.querySelector<HTMLTableRowElement>('#board tbody tr')!.cells[3].textContent = 'LAP APPY';
    const [b] = reader.cases(document.body);
    expect(caseKey(caseInput(b, undefined))).not.toBe(key);
    expect(caseKey(caseInput(a, undefined))).toBe(key);
  });

  it('finds names in text outside case rows, and an adapter\'s name elements, skipping rows and InScope\'s own badges', () => {
    const reader = new PageReader(document, { adapters: [{ id: 'staff', matches: ['<all_urls>'], person: { selector: '.staff' } }] });
    expect([...reader.cases(document.body)]).toHaveLength(3);
    const rows = new Set(document.querySelectorAll('#board tbody tr'));
    const found = reader.people([document.body], (el) => rows.has(el), isFamily, Badges.isOurs);
    expect(found.names.map((n) => n.text)).toEqual(['Thomas Whitfield']);
    expect(found.named.map((n) => n.text)).toEqual(['Quill, Pat']);
    // Once badged with that name, a name is not found again.
    const badge = document.createElement('inscope-badge');
    badge.setAttribute('data-inscope-host', 'x');
    badge.setAttribute('data-inscope-name', 'Quill, Pat');
    document.querySelector('.staff')!.after(badge);
    expect(reader.people([document.body], (el) => rows.has(el), isFamily, Badges.isOurs).named).toEqual([]);
  });

  it('uses an adapter only on the pages its patterns match', () => {
    const here = new PageReader(document, { adapters: [{ id: 'a', matches: [`${location.origin}/*`], person: { selector: '.staff' } }] });
    const elsewhere = new PageReader(document, { adapters: [{ id: 'b', matches: ['https://or.example.org/*'], person: { selector: '.staff' } }] });
    expect(here.adapters().map((a) => a.id)).toEqual(['a']);
    expect(elsewhere.adapters()).toEqual([]);
  });
});
