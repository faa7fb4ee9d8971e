// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { PersonCard } from './PersonCard';
import { showDate } from './dates';
import type { PersonVerdict } from '../../lib/verdict';
import type { PersonDetails } from '../../lib/engine';

let root: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = '<div id="root"></div>';
  root = document.getElementById('root')!;
});

const peña = { id: 'P1', name: 'Peña, Elena M', type: 'MD', department: 'General Surgery', npi: '1234567893' };

describe('a practitioner\'s card', () => {
  it('says several practitioners match an ambiguous name and lists them with type and department, no NPI', () => {
    const verdict: PersonVerdict = {
      verdict: 'unknown', date: '2026-12-02',
      reasons: [{ code: 'practitioner-ambiguous', severity: 'unknown', message: '"Dr. Lee" fits several practitioners.' }],
      candidates: [{ id: 'A', name: 'Lee, Ann', type: 'MD', department: 'Urology', npi: '1111111112' }, { id: 'B', name: 'Lee, Bo', type: 'CRNA', department: 'Anesthesia' }],
    };
    render(<PersonCard verdict={verdict} onPage />, root);
    expect(root.querySelector('.card-name')!.textContent).toBe('Several practitioners match');
    expect([...root.querySelectorAll('.candidates li')].map((li) => li.textContent)).toEqual(['Lee, Ann · MD · Urology', 'Lee, Bo · CRNA · Anesthesia']);
    expect(root.textContent).not.toContain('1111111112');
  });

  it('shows a suspended practitioner\'s privileges as not usable, with the reason, and when each credential was verified', () => {
    const verdict: PersonVerdict = { verdict: 'block', date: '2026-12-02', practitioner: peña, reasons: [{ code: 'practitioner-inactive', severity: 'block', message: 'Practitioner is suspended.' }] };
    const details: PersonDetails = {
      practitioner: peña, status: 'suspended',
      credentials: [{ kind: 'license', label: 'State license', expires: '2027-06-30', current: true, verified: '2026-10-01' }],
      privileges: [{ privilegeId: 'GS-CORE', name: 'General Surgery Core', status: 'granted', expires: '2027-12-31', conditions: [] }],
    };
    render(<PersonCard verdict={verdict} details={details} onPage />, root);
    const privilegeRow = [...root.querySelectorAll('tr')].find((tr) => tr.textContent!.includes('General Surgery Core'))!;
    expect(privilegeRow.cells[1].textContent).toBe('not usable — practitioner suspended');
    const credentialRow = [...root.querySelectorAll('tr')].find((tr) => tr.textContent!.includes('State license'))!;
    expect(credentialRow.cells[3].textContent).toBe(showDate('2026-10-01'));
  });

  it('shows an active practitioner\'s grants as the roster states them', () => {
    const verdict: PersonVerdict = { verdict: 'ok', date: '2026-12-02', practitioner: peña, reasons: [] };
    const details: PersonDetails = { practitioner: peña, status: 'active', credentials: [], privileges: [{ privilegeId: 'GS-CORE', name: 'General Surgery Core', status: 'provisional', conditions: ['proctored'] }] };
    render(<PersonCard verdict={verdict} details={details} />, root);
    const row = [...root.querySelectorAll('tr')].find((tr) => tr.textContent!.includes('General Surgery Core'))!;
    expect(row.cells[1].textContent).toBe('provisional');
  });
});
