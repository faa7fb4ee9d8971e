// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { findAdapterCases, findNames, findScheduleTables, readPageDate, readRow, rowsOf } from './scan';
import { nameKey } from '../lib/names';

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

const SCHEDULE = `
  <h1>OR Schedule — Main OR</h1>
  <table id="board">
    <thead><tr><th>Room</th><th>Case #</th><th>Start</th><th>Case Date</th><th>Surgeon</th><th>Procedure</th><th>CPT</th><th>Patient</th></tr></thead>
    <tbody>
      <tr><td>OR 3</td><td>C-1</td><td>07:30</td><td>12/01/2026</td><td>Peña, Elena M</td><td>LAP CHOLE W/ IOC</td><td>47562</td><td>Doe, Jane</td></tr>
      <tr><td>OR 4</td><td>C-2</td><td>08:00</td><td>2026-12-01</td><td>Whitfield, Thomas</td><td>R TKA</td><td></td><td>Roe, Rich</td></tr>
      <tr><td>OR 5</td><td>C-3</td><td>08:00</td><td>next week</td><td>Bello, Aisha</td><td>L4-5 TLIF</td><td></td><td>Poe, Ann</td></tr>
      <tr><td>OR 6</td><td>C-4</td><td></td><td></td><td></td><td>ROOM TURNOVER</td><td></td><td></td></tr>
    </tbody>
  </table>
  <table><tr><th>Name</th><th>Phone</th></tr><tr><td>Pharmacy</td><td>4411</td></tr></table>`;

describe('finding cases on a page', () => {
  it('reads a table whose header names a surgeon and a procedure as a schedule, one case a row', () => {
    const doc = page(SCHEDULE);
    const tables = findScheduleTables(doc);
    expect(tables).toHaveLength(1);
    expect(tables[0].columns).toEqual({ practitioner: 4, procedure: 5, date: 3, code: 6, room: 0, settled: true });
    const cases = rowsOf(tables[0].table).map((r) => readRow(r, tables[0].columns)).filter(Boolean);
    expect(cases.map((c) => [c!.practitioner, c!.procedure, c!.date, c!.code, c!.badDate])).toEqual([
      ['Peña, Elena M', 'LAP CHOLE W/ IOC', '2026-12-01', '47562', undefined],
      ['Whitfield, Thomas', 'R TKA', '2026-12-01', undefined, undefined],
      ['Bello, Aisha', 'L4-5 TLIF', undefined, undefined, 'next week'],
    ]);
    expect(cases[0]!.anchor.textContent).toBe('LAP CHOLE W/ IOC');
  });

  it("reads a health system's schedule: each row's Location and room, as printed", () => {
    const doc = page(`<table>
      <thead><tr><th>Location</th><th>Room</th><th>Surg Date</th><th>Surgeon</th><th>Procedure</th></tr></thead>
      <tbody>
        <tr><td>ASC NORTH</td><td>OR 2</td><td>12/01/2026</td><td>Peña, Elena M</td><td>ROBOTIC LAP CHOLE</td></tr>
        <tr><td></td><td>MAIN OR 12</td><td>12/01/2026</td><td>Peña, Elena M</td><td>ROBOTIC LAP CHOLE</td></tr>
      </tbody></table>`);
    const [table] = findScheduleTables(doc);
    expect(table.columns).toMatchObject({ facility: 0, room: 1, date: 2, practitioner: 3, procedure: 4 });
    const cases = rowsOf(table.table).map((r) => readRow(r, table.columns));
    expect(cases.map((c) => [c!.facility, c!.room])).toEqual([['ASC NORTH', 'OR 2'], [undefined, 'MAIN OR 12']]);
  });

  it("reads the facility under other systems' headers: Cerner's \"Surgical Area\", Epic's \"Case Location\"", () => {
    const cerner = page('<table><tr><th>Surgical Area</th><th>OR</th><th>Surgeon</th><th>Procedure</th></tr><tr><td>ASC NORTH</td><td>2</td><td>Peña</td><td>LAP CHOLE</td></tr></table>');
    expect(findScheduleTables(cerner)[0].columns).toMatchObject({ facility: 0, room: 1 });
    const epic = page('<table><tr><th>Log ID</th><th>Case Location</th><th>Primary Surgeon</th><th>Scheduled Procedure</th></tr><tr><td>1</td><td>MAIN OR</td><td>Peña</td><td>LAP CHOLE</td></tr></table>');
    expect(findScheduleTables(epic)[0].columns).toMatchObject({ facility: 1 });
  });

  it('reads an ARIA grid of divs the same way', () => {
    const doc = page(`<div role="grid">
      <div role="row"><div role="columnheader">Attending</div><div role="columnheader">Scheduled procedure</div></div>
      <div role="row"><div role="gridcell">Dr. Okafor</div><div role="gridcell">REPEAT LTCS</div></div>
    </div>`);
    const [t] = findScheduleTables(doc);
    expect(rowsOf(t.table).map((r) => readRow(r, t.columns)?.practitioner)).toEqual(['Dr. Okafor']);
  });

  it('reads pages that are not tables through a site adapter', () => {
    const doc = page(`<ul><li class="case"><b class="who">Raman-Shah, Priya</b><span class="what">ROBOTIC LAP CHOLE</span><time>01/12/2026</time></li></ul>`);
    const cases = findAdapterCases(doc, { id: 'x', matches: ['*://*/*'], case: { row: 'li.case', practitioner: '.who', procedure: '.what', date: 'time', dateFormat: 'dmy' } });
    expect(cases.map((c) => [c.practitioner, c.procedure, c.date])).toEqual([['Raman-Shah, Priya', 'ROBOTIC LAP CHOLE', '2026-12-01']]);
  });
});

describe('the date a page shows its cases on (an adapter\'s pageDate)', () => {
  it('reads a date picker\'s value, a <time>\'s datetime, or the text of the element the adapter names', () => {
    const doc = page(`<input id="day" type="date" value="2026-12-01"><time id="t" datetime="2026-12-02">Wed</time>
      <h2>Schedule for <span id="words">Thursday, December 3, 2026</span></h2><span id="eu">04/12/2026</span>`);
    expect(readPageDate(doc, { selector: '#day' })).toEqual({ date: '2026-12-01' });
    expect(readPageDate(doc, { selector: '#t' })).toEqual({ date: '2026-12-02' });
    expect(readPageDate(doc, { selector: '#words' })).toEqual({ date: '2026-12-03' });
    expect(readPageDate(doc, { selector: '#eu', dateFormat: 'dmy' })).toEqual({ date: '2026-12-04' });
  });

  it('hands on the text of a page date it cannot read (and nothing for one not on the page), so the core makes those rows unknown', () => {
    const doc = page('<span id="day">Someday soon</span>');
    expect(readPageDate(doc, { selector: '#day' })).toEqual({ text: 'Someday soon' });
    expect(readPageDate(doc, { selector: '#missing' })).toEqual({ text: '' });
  });
});

describe('finding names in text', () => {
  const families = new Set(['pena', 'obrien', 'ramanshah', 'de la cruz', 'miller'].map((f) => f));
  const find = (html: string) => findNames(page(html).body, (k) => families.has(k), nameKey, { isNpi: (d) => d === '1558598797' }).map((f) => f.text);

  it('finds names in the forms pages print them', () => {
    expect(find('<p>Scrub: Dr. Peña; circulator Marcus O’Brien, DO. Anesthesia: Peña, Elena M (call 4411).</p>')).toEqual(['Dr. Peña', 'Marcus O’Brien, DO', 'Peña, Elena M']);
    expect(find('<p>Assist: E. Pena and Maria De La Cruz; NPI 1558598797; not 1234567890.</p>')).toEqual(['E. Pena', 'Maria De La Cruz', '1558598797']);
    expect(find('<p>Cover: Priya K Raman-Shah</p>')).toEqual(['Priya K Raman-Shah']);
  });

  it('leaves inputs, text areas, editable areas, scripts and styles alone', () => {
    expect(find('<input value="Dr. Peña"><textarea>Dr. Peña</textarea><div contenteditable="true">Dr. Peña</div><script>"Dr. Peña"</script><style>/* Dr. Peña */</style><span>Dr. Miller</span>')).toEqual(['Dr. Miller']);
  });

  it('ignores words that are not roster family names, and lower-case words', () => {
    expect(find('<p>Patient Jane Doe, pena (lower case), Dr. House</p>')).toEqual([]);
  });
});
