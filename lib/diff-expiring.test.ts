import { describe, expect, it } from 'vitest';
import { expiringCsv, expiringSoon } from './expiring';
import { diffRosters } from './roster/diff';
import { DEMO_CATALOG } from './demo/catalog';
import { TODAY, grant, practitioner, roster, withCredentials } from '../test/fixtures';

const a = practitioner({ id: 'A', name: { family: 'Abernathy', given: ['Claire'] }, privileges: [grant('GS-CORE'), grant('ROBOTIC')] }, 1);
const b = practitioner({ id: 'B', name: { family: 'Bello', given: ['Aisha'] }, privileges: [grant('NS-CORE')] }, 2);
const c = practitioner({ id: 'C', name: { family: 'Cho', given: ['Min-jun'] }, privileges: [grant('ENT-CORE')] }, 3);

describe('what changed since the last roster', () => {
  it('lists practitioners added, removed and changed, with the fields that changed', () => {
    const next = roster([{ ...a, department: 'Surgery' }, c]);
    const d = diffRosters([a, b], next, TODAY);
    expect(d.added.map((p) => p.id)).toEqual(['C']);
    expect(d.removed.map((p) => p.id)).toEqual(['B']);
    expect(d.changed).toEqual([{ practitioner: expect.objectContaining({ id: 'A' }), fields: ['department'], details: [`department: ${a.department ?? '—'} → Surgery`] }]);
    expect(d.newlyBlocked).toEqual([]);
  });

  it('does not call a practitioner changed when only the order of credentials, grants or keys differs', () => {
    const reordered = { ...a, credentials: [...a.credentials].reverse(), privileges: [...a.privileges].reverse(), name: { given: a.name.given, family: a.name.family } };
    expect(diffRosters([a], roster([reordered]), TODAY).changed).toEqual([]);
  });

  it('reports a privilege suspended since the last roster as newly blocked', () => {
    const next = roster([{ ...a, privileges: [grant('GS-CORE'), grant('ROBOTIC', { status: 'suspended' })] }]);
    expect(diffRosters([a], next, TODAY).newlyBlocked).toEqual([{
      practitioner: expect.objectContaining({ id: 'A' }), privilege: 'Robotic-Assisted Surgery', privilegeId: 'ROBOTIC',
      reason: `Robotic-Assisted Surgery: privilege "Robotic-Assisted Surgery" is suspended (case date ${TODAY}).`,
    }]);
  });

  it('spells out what changed: which grant or credential, from what to what, without credential numbers', () => {
    const lic = a.credentials.find((x) => x.kind === 'license')!;
    const next = roster([{
      ...a, status: 'suspended',
      privileges: [grant('GS-CORE', { expires: '2028-06-30' }), grant('ROBOTIC', { status: 'suspended' }), grant('NS-CORE')],
      credentials: a.credentials.map((x) => (x === lic ? { ...x, expires: '2031-01-31' } : x)),
    }]);
    const [changed] = diffRosters([a], next, TODAY).changed;
    expect(changed.details).toEqual(expect.arrayContaining([
      'status: active → suspended',
      `License${lic.issuer ? ` (${lic.issuer})` : ''}: expires ${lic.expires ?? '—'} → 2031-01-31`,
      'Robotic-Assisted Surgery: granted → suspended',
      'Neurosurgery Core granted (granted)',
    ]));
    expect(changed.details).toContain('General Surgery Core: expires 2027-12-31 → 2028-06-30');
    if (lic.identifier) expect(changed.details.join(' ')).not.toContain(lic.identifier);
  });

  it('reports a practitioner suspended or with a lapsed license as blocked for all privileges', () => {
    const next = roster([{ ...a, status: 'suspended' }, withCredentials(b, { kind: 'license', expires: '2026-11-01' })]);
    expect(diffRosters([a, b], next, TODAY).newlyBlocked.map((n) => [n.practitioner.id, n.privilege])).toEqual([['A', 'all privileges'], ['B', 'all privileges']]);
  });
});

describe('expiring soon', () => {
  const soon = withCredentials(
    { ...a, privileges: [grant('GS-CORE', { expires: '2027-01-10' }), grant('ROBOTIC', { expires: '2026-12-01' }), grant('ROBOTIC', { status: 'granted', effective: '2026-12-02', expires: '2028-12-01' })] },
    { kind: 'dea', identifier: 'BK1234563', expires: '2026-12-05' },
  );
  const lapsedAlready = withCredentials(b, { kind: 'bls', expires: '2026-11-01' });

  it('lists current credentials and grants ending within the window, soonest first, skipping renewed ones', () => {
    const items = expiringSoon([soon, lapsedAlready, c], DEMO_CATALOG, TODAY, 30);
    expect(items.map((i) => [i.what, i.expires, i.daysLeft])).toEqual([['DEA registration BK1234563', '2026-12-05', 13]]);
    expect(expiringSoon([soon], DEMO_CATALOG, TODAY, 60).map((i) => i.what)).toEqual(['DEA registration BK1234563', 'General Surgery Core']);
  });

  it('exports the list as CSV', () => {
    const csv = expiringCsv(expiringSoon([soon], DEMO_CATALOG, TODAY, 60));
    expect(csv.split('\r\n')[0]).toBe('expires,days_left,practitioner,practitioner_id,npi,department,kind,what');
    expect(csv.split('\r\n')[1]).toBe(`2026-12-05,13,"Claire Abernathy, MD",A,${soon.npi},General Surgery,credential,DEA registration BK1234563`);
  });
});
