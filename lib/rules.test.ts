import { describe, expect, it } from 'vitest';
import { Engine } from './engine';
import type { PrivilegeDef } from './roster/schema';
import { TODAY, grant, practitioner, roster, withCredentials } from '../test/fixtures';
import { builtinVocabulary } from './vocabulary/builtin';

const vocabulary = builtinVocabulary();

const surgeon = practitioner({
  id: 'P1', name: { family: 'Abernathy', given: ['Claire'] },
  privileges: [grant('GS-CORE'), grant('GS-ENDO')],
});

function evaluate(p = surgeon, procedure = 'LAP CHOLE', date = '2026-12-01', code?: string) {
  return new Engine(roster([p]), { vocabulary }).evaluateCase({ practitioner: 'Abernathy, Claire', procedure, date, code }, { today: TODAY });
}
const codes = (v: { reasons: { code: string }[] }) => v.reasons.map((r) => r.code);

describe('case verdicts, checked at the case date', () => {
  it('passes a privileged surgeon with current credentials and names the privilege', () => {
    const v = evaluate();
    expect(v.verdict).toBe('ok');
    expect(v.practitioner?.id).toBe('P1');
    expect(v.procedures).toEqual([{
      text: 'LAP CHOLE', status: 'matched', via: 'text',
      procedures: [{ privilegeId: 'GS-CORE', privilege: 'General Surgery Core', procedure: 'Laparoscopic cholecystectomy' }],
    }]);
    expect(v.reasons[0].message).toBe('Laparoscopic cholecystectomy: privileged under "General Surgery Core" through 2027-12-31.');
  });

  it('says unknown, never ok, for a name not on the roster, and lists who it might be', () => {
    const other = practitioner({ id: 'P2', name: { family: 'Abernathy', given: ['Louis'] }, privileges: [grant('GS-CORE')] }, 2);
    const engine = new Engine(roster([surgeon, other]), { vocabulary });
    const v = engine.evaluateCase({ practitioner: 'Abernathy, Carl', procedure: 'LAP CHOLE', date: '2026-12-01' });
    expect(v.verdict).toBe('unknown');
    expect(codes(v)).toEqual(['practitioner-not-found']);
    expect(v.candidates?.map((c) => c.id)).toEqual(['P1', 'P2']);
    const both = engine.evaluateCase({ practitioner: 'Dr. Abernathy', procedure: 'LAP CHOLE', date: '2026-12-01' });
    expect(both.verdict).toBe('unknown');
    expect(both.reasons[0].message).toBe('"Dr. Abernathy" fits several practitioners: Claire Abernathy, MD; Louis Abernathy, MD.');
  });

  it.each(['inactive', 'suspended'] as const)('blocks a practitioner who is %s', (status) => {
    const v = evaluate({ ...surgeon, status });
    expect(v.verdict).toBe('block');
    expect(v.reasons[0]).toMatchObject({ code: `practitioner-${status}`, message: `Claire Abernathy, MD is ${status} in the medical staff roster.` });
  });

  it('blocks a practitioner on an exclusion list', () => {
    const v = evaluate(withCredentials(surgeon, { kind: 'exclusion-check', issuer: 'OIG LEIE', status: 'excluded', verifiedAt: '2026-11-20' }));
    expect(v.verdict).toBe('block');
    expect(codes(v)).toContain('excluded');
  });

  it('blocks a case after the license expires but not a case before', () => {
    const p = withCredentials(surgeon, { kind: 'license', identifier: 'CA-A12345', issuer: 'CA', expires: '2026-12-15' });
    expect(evaluate(p, 'LAP CHOLE', '2026-12-15').verdict).toBe('ok');
    const after = evaluate(p, 'LAP CHOLE', '2026-12-16');
    expect(after.verdict).toBe('block');
    expect(after.reasons[0].message).toBe('License CA-A12345 (CA) expired 2026-12-15, before 2026-12-16.');
  });

  it('counts a renewed license even though the old one expired', () => {
    const p = { ...surgeon, credentials: [...surgeon.credentials.filter((c) => c.kind !== 'license'),
      { kind: 'license' as const, identifier: 'CA-1', expires: '2026-06-30' },
      { kind: 'license' as const, identifier: 'CA-1', issued: '2026-07-01', expires: '2028-06-30' }] };
    expect(evaluate(p).verdict).toBe('ok');
  });

  it('blocks when no license is on file', () => {
    const p = { ...surgeon, credentials: surgeon.credentials.filter((c) => c.kind !== 'license') };
    expect(codes(evaluate(p))).toContain('license-missing');
    expect(evaluate(p).verdict).toBe('block');
  });

  it('blocks when malpractice coverage lapsed before the case date', () => {
    const v = evaluate(withCredentials(surgeon, { kind: 'malpractice', expires: '2026-11-30' }));
    expect(v.verdict).toBe('block');
    expect(codes(v)).toContain('malpractice-expired');
  });

  it.each(['dea', 'board-certification', 'bls', 'acls', 'pals'] as const)('warns when %s lapsed before the case date', (kind) => {
    const v = evaluate(withCredentials(surgeon, { kind, expires: '2026-11-30' }));
    expect(v.verdict).toBe('warn');
    expect(v.reasons.find((r) => r.code === 'credential-expired')?.message).toMatch(/expired 2026-11-30, before 2026-12-01\.$/);
  });

  it('is unknown for booking text the catalog does not know, offering the closest procedures', () => {
    const v = evaluate(surgeon, 'LAP ADRENALECTOMY');
    expect(v.verdict).toBe('unknown');
    expect(v.reasons[0]).toMatchObject({ code: 'procedure-unknown', severity: 'unknown' });
    expect(v.reasons[0].message).toMatch(/verify manually/);
  });

  it('blocks a procedure the practitioner holds no privilege for', () => {
    const v = evaluate(surgeon, 'R TKA');
    expect(v.verdict).toBe('block');
    expect(v.reasons.at(-1)?.message).toBe('Total knee arthroplasty: not privileged — no grant of "Total Joint Arthroplasty".');
  });

  it('blocks a robotic case without the robotic privilege, though the procedure itself is privileged', () => {
    const v = evaluate(surgeon, 'ROBOTIC ASSISTED LAP CHOLE');
    expect(v.verdict).toBe('block');
    expect(v.approaches).toEqual(['robotic', 'laparoscopic']);
    expect(v.reasons.map((r) => [r.code, r.severity])).toEqual([['privileged', 'ok'], ['privilege-missing', 'block']]);
    expect(v.reasons[1].message).toBe('Robotic approach: not privileged — no grant of "Robotic-Assisted Surgery".');
  });

  it('warns, naming the condition, when the robotic privilege is provisional with a proctor', () => {
    const p = { ...surgeon, privileges: [...surgeon.privileges, grant('ROBOTIC', { status: 'provisional', conditions: ['proctor-required'] })] };
    const v = evaluate(p, 'DA VINCI CHOLECYSTECTOMY');
    expect(v.verdict).toBe('warn');
    expect(v.reasons.filter((r) => r.severity === 'warn').map((r) => r.message)).toEqual([
      'Robotic approach: privilege "Robotic-Assisted Surgery" is provisional through 2027-12-31.',
      'Robotic approach: Proctor required (privilege "Robotic-Assisted Surgery") on 2026-12-01.',
    ]);
  });

  it('shows free-text conditions as written', () => {
    const p = { ...surgeon, privileges: [grant('GS-CORE', { conditions: ['second assistant must be an attending'] })] };
    expect(evaluate(p).reasons.map((r) => r.message)).toEqual(['Laparoscopic cholecystectomy: second assistant must be an attending (privilege "General Surgery Core") on 2026-12-01.']);
  });

  it.each(['pending', 'suspended', 'revoked', 'relinquished', 'denied', 'expired'] as const)('blocks when the grant is %s', (status) => {
    const v = evaluate({ ...surgeon, privileges: [grant('GS-CORE', { status })] });
    expect(v.verdict).toBe('block');
    expect(v.reasons[0].message).toBe(`Laparoscopic cholecystectomy: privilege "General Surgery Core" is ${status} (case date 2026-12-01).`);
  });

  it('warns for a temporary grant and names its end', () => {
    const v = evaluate({ ...surgeon, privileges: [grant('GS-CORE', { status: 'temporary', expires: '2027-02-01' })] });
    expect(v.verdict).toBe('warn');
    expect(v.reasons[0].code).toBe('privilege-temporary');
  });

  it('blocks a case before the grant takes effect, and passes one on its first day', () => {
    const p = { ...surgeon, privileges: [grant('GS-CORE', { effective: '2026-12-10' })] };
    expect(evaluate(p, 'LAP CHOLE', '2026-12-09').reasons[0].code).toBe('privilege-not-yet-effective');
    expect(evaluate(p, 'LAP CHOLE', '2026-12-10').verdict).toBe('ok');
  });

  it('blocks a case after the grant expires, using the case date, not today', () => {
    const p = { ...surgeon, privileges: [grant('GS-CORE', { expires: '2026-12-31' })] };
    expect(evaluate(p, 'LAP CHOLE', '2026-12-31').verdict).toBe('ok');
    expect(evaluate(p, 'LAP CHOLE', '2027-01-02').reasons[0].code).toBe('privilege-expired');
  });

  it('takes the best grant among the privileges that cover a procedure', () => {
    // Cystoscopy is in both the Urology and Gynecology core catalogs.
    const p = { ...surgeon, privileges: [grant('URO-CORE', { status: 'suspended' }), grant('GYN-CORE')] };
    const v = evaluate(p, 'CYSTOSCOPY');
    expect(v.verdict).toBe('ok');
    expect(v.procedures[0].procedures.map((x) => x.privilegeId)).toEqual(['GYN-CORE', 'URO-CORE']);
  });

  it('takes a re-granted privilege over the expired grant of the previous cycle', () => {
    const p = { ...surgeon, privileges: [grant('GS-CORE', { status: 'expired', expires: '2025-06-30' }), grant('GS-CORE')] };
    expect(evaluate(p).verdict).toBe('ok');
  });

  it('checks every procedure in a multi-procedure booking', () => {
    const v = evaluate(surgeon, 'LAP CHOLE, EGD; R TKA');
    expect(v.procedures.map((x) => x.procedures[0]?.procedure)).toEqual(['Laparoscopic cholecystectomy', 'Upper endoscopy', 'Total knee arthroplasty']);
    expect(v.verdict).toBe('block');
  });

  it('is unknown when the booking does not say the approach and the variants are privileged differently', () => {
    const catalog: PrivilegeDef[] = [
      { id: 'LAP', name: 'Laparoscopic Surgery', kind: 'core', procedures: [{ name: 'Laparoscopic cholecystectomy' }] },
      { id: 'OPEN', name: 'Open Abdominal Surgery', kind: 'core', procedures: [{ name: 'Open cholecystectomy' }] },
    ];
    const p = { ...surgeon, privileges: [grant('LAP')] };
    const engine = new Engine(roster([p], catalog), { vocabulary });
    const unspecified = engine.evaluateCase({ practitioner: 'Abernathy, Claire', procedure: 'CHOLECYSTECTOMY', date: '2026-12-01' });
    expect(unspecified.verdict).toBe('unknown');
    expect(unspecified.reasons[0].code).toBe('approach-unspecified');
    expect(engine.evaluateCase({ practitioner: 'Abernathy, Claire', procedure: 'LAP CHOLECYSTECTOMY', date: '2026-12-01' }).verdict).toBe('ok');
    expect(engine.evaluateCase({ practitioner: 'Abernathy, Claire', procedure: 'LAP CHOLE, POSS OPEN', date: '2026-12-01' }).verdict).toBe('block');
  });

  it('lets an exact code match win over the booking text', () => {
    const v = evaluate(surgeon, 'CHOLECYSTECTOMY', '2026-12-01', '0FT44ZZ');
    expect(v.procedures).toEqual([expect.objectContaining({ via: 'code', procedures: [expect.objectContaining({ procedure: 'Laparoscopic cholecystectomy' })] })]);
    expect(v.verdict).toBe('ok');
  });

  it('turns ok into unknown when the roster is stale, and leaves a block a block', () => {
    const engine = new Engine(roster([surgeon]), { vocabulary });
    const stale = { today: TODAY, staleSince: '2026-11-20T06:00:00Z' };
    const ok = engine.evaluateCase({ practitioner: 'Abernathy, Claire', procedure: 'LAP CHOLE', date: '2026-12-01' }, stale);
    expect(ok.verdict).toBe('unknown');
    expect(ok.reasons.at(-1)?.code).toBe('roster-stale');
    expect(engine.evaluateCase({ practitioner: 'Abernathy, Claire', procedure: 'R TKA', date: '2026-12-01' }, stale).verdict).toBe('block');
  });

  it('reports an unreadable case date as unknown', () => {
    expect(evaluate(surgeon, 'LAP CHOLE', '2026-02-30').verdict).toBe('unknown');
  });
});

describe('person verdicts for hover cards, at today', () => {
  const engine = (p = surgeon) => new Engine(roster([p]), { vocabulary });

  it('says credentials are current when nothing lapses within the warning window', () => {
    const v = engine().evaluatePerson('Claire Abernathy', { today: TODAY });
    expect(v.verdict).toBe('ok');
    expect(v.reasons).toEqual([{ code: 'credentials-current', severity: 'ok', date: TODAY, message: `Credentials current on ${TODAY}.` }]);
  });

  it('warns about a credential expiring within 30 days, naming it and the days left', () => {
    const p = withCredentials(surgeon, { kind: 'dea', identifier: 'BK1234563', expires: '2026-12-05' });
    const v = engine(p).evaluatePerson('Abernathy, Claire', { today: TODAY });
    expect(v.verdict).toBe('warn');
    expect(v.reasons).toEqual([expect.objectContaining({ code: 'credential-expiring', message: 'DEA registration BK1234563 expires 2026-12-05 (in 13 days).' })]);
  });

  it('uses the configured warning window', () => {
    const p = withCredentials(surgeon, { kind: 'license', identifier: 'CA-A12345', issuer: 'CA', expires: '2027-01-31' });
    expect(engine(p).evaluatePerson('Abernathy, Claire', { today: TODAY }).verdict).toBe('ok');
    expect(engine(p).evaluatePerson('Abernathy, Claire', { today: TODAY, expiryWarningDays: 90 }).verdict).toBe('warn');
  });

  it('blocks a suspended practitioner and one whose license lapsed', () => {
    expect(engine({ ...surgeon, status: 'suspended' }).evaluatePerson('Claire Abernathy', { today: TODAY }).verdict).toBe('block');
    const lapsed = withCredentials(surgeon, { kind: 'license', expires: '2026-11-21' });
    expect(engine(lapsed).evaluatePerson('Claire Abernathy', { today: TODAY }).verdict).toBe('block');
  });

  it('is unknown for a name it cannot resolve', () => {
    expect(engine().evaluatePerson('Zed Nobody', { today: TODAY }).verdict).toBe('unknown');
  });

  it('describes credentials and privileges in words for the card', () => {
    const d = engine().describe(surgeon, { today: TODAY });
    expect(d.privileges[0]).toEqual({ privilegeId: 'GS-CORE', name: 'General Surgery Core', status: 'granted', effective: '2025-01-01', expires: '2027-12-31', conditions: [] });
    expect(d.credentials.find((c) => c.kind === 'license')).toEqual({ kind: 'license', label: 'License CA-A12345 (CA)', expires: '2027-06-30', status: undefined, current: true });
  });
});

describe('what an emergency physician or intensivist does of the anesthesia kind', () => {
  const catalog: PrivilegeDef[] = [
    { id: 'EM-CORE', name: 'Emergency Medicine Core', department: 'Emergency Medicine', kind: 'core', procedures: [{ name: 'Closed reduction of dislocation' }, { name: 'Central venous catheter placement' }] },
    { id: 'EM-SED', name: 'Deep Sedation by Non-Anesthesiologists', department: 'Emergency Medicine', kind: 'special', procedures: [{ name: 'Deep sedation' }] },
    { id: 'CC-LINES', name: 'Critical Care Procedures', department: 'Critical Care Medicine', kind: 'core', procedures: [{ name: 'Central venous catheter placement' }, { name: 'Arterial catheter placement' }] },
    { id: 'ORTHO', name: 'Orthopaedic Surgery Core', department: 'Orthopaedic Surgery', kind: 'core', procedures: [{ name: 'Closed reduction of dislocation' }] },
  ];
  const person = (family: string, ids: string[], n: number) => practitioner({ id: family, name: { family, given: ['Ana'] }, privileges: ids.map((g) => grant(g)) }, n);
  const erOnly = person('Ruiz', ['EM-CORE'], 1);
  const erSedation = person('Moreau', ['EM-CORE', 'EM-SED'], 2);
  const ortho = person('Haddad', ['ORTHO'], 3);
  const engine = new Engine(roster([erOnly, erSedation, ortho], catalog), { vocabulary });
  const verdict = (who: string, procedure: string) => engine.evaluateCase({ practitioner: `${who}, Ana`, procedure, date: '2026-12-01' }, { today: TODAY });

  it('asks an emergency physician for the deep sedation they give beside a reduction, and not a surgeon', () => {
    const booking = 'R shoulder dislocation reduction, deep sedation (propofol)';
    expect(verdict('Ruiz', booking).verdict).not.toBe('ok');
    expect(verdict('Ruiz', booking).reasons.map((r) => r.message).join(' ')).toMatch(/Deep sedation/);
    expect(verdict('Moreau', booking).verdict).toBe('ok');
    expect(verdict('Haddad', booking).verdict).toBe('ok');
  });

  it('asks an intensivist for the arterial line booked beside their central line, and not a surgeon', () => {
    const withLines = new Engine(roster([person('Lindgren', ['CC-LINES'], 4), person('Ruiz', ['EM-CORE'], 1), person('Haddad', ['ORTHO', 'GS'], 3)], [...catalog,
      { id: 'GS', name: 'General Surgery Core', department: 'General Surgery', kind: 'core', procedures: [{ name: 'Central venous catheter placement' }] }]), { vocabulary });
    const booked = (who: string) => withLines.evaluateCase({ practitioner: `${who}, Ana`, procedure: 'RIJ TLC + R radial art line', date: '2026-12-01' }, { today: TODAY }).verdict;
    expect(booked('Lindgren')).toBe('ok');
    expect(booked('Ruiz')).not.toBe('ok');
    expect(booked('Haddad')).toBe('ok');
  });

  it('asks a neurocritical care intensivist for the arterial line too: their department is critical care', () => {
    const neuro = new Engine(roster([person('Okafor', ['NCC'], 5)], [...catalog,
      { id: 'NCC', name: 'Neurocritical Care Core', department: 'Neurocritical Care', kind: 'core', procedures: [{ name: 'Central venous catheter insertion, ultrasound-guided' }] }]), { vocabulary });
    const booked = neuro.evaluateCase({ practitioner: 'Okafor, Ana', procedure: 'R IJ CVC + L radial A-line', date: '2026-12-01' }, { today: TODAY });
    expect(booked.verdict).not.toBe('ok');
    expect(booked.reasons.map((r) => r.message).join(' ')).toMatch(/arterial/i);
  });
});

describe('an anesthesiologist booked on a cardiac anesthesia board', () => {
  const catalog: PrivilegeDef[] = [
    { id: 'ANES-CORE', name: 'Anesthesiology Core', department: 'Anesthesiology', kind: 'core', procedures: [{ name: 'General anesthesia, including airway management' }] },
    { id: 'ANES-CARD', name: 'Cardiac Anesthesiology', department: 'Anesthesiology', kind: 'special', procedures: [{ name: 'Anesthesia for adult cardiac surgery with cardiopulmonary bypass (coronary artery bypass grafting, valve repair and replacement)' }] },
    { id: 'CT', name: 'Cardiac Surgery Core', department: 'Cardiothoracic Surgery', kind: 'core', procedures: [{ name: 'Coronary artery bypass grafting' }] },
  ];
  const person = (family: string, ids: string[], n: number) => practitioner({ id: family, name: { family, given: ['Lena'] }, privileges: ids.map((g) => grant(g)) }, n);
  const engine = new Engine(roster([person('Iversen', ['ANES-CORE'], 1), person('Achebe', ['ANES-CORE', 'ANES-CARD'], 2), person('Brandt', ['CT'], 3)], catalog), { vocabulary });
  const verdict = (who: string, procedure: string) => engine.evaluateCase({ practitioner: `${who}, Lena`, procedure, date: '2026-12-01' }, { today: TODAY });

  it('asks the anesthesiologist for the cardiac anesthesia privilege a CABG needs, and the surgeon for the CABG', () => {
    expect(verdict('Achebe', 'GA - CABG X3').verdict).toBe('ok');
    expect(verdict('Achebe', 'CABG X3').verdict).toBe('ok');
    const without = verdict('Iversen', 'GA - CABG X3');
    expect(without.verdict).toBe('block');
    expect(without.reasons.map((r) => r.message).join(' ')).toMatch(/Anesthesia for adult cardiac surgery/);
    expect(verdict('Brandt', 'CABG X3').verdict).toBe('ok');
  });
});

/** An anesthesia board's verdicts: each person (by family name) holds the privileges listed. */
function board(catalog: PrivilegeDef[], people: Record<string, string[]>) {
  const engine = new Engine(roster(Object.entries(people).map(([family, ids], i) => practitioner({ id: family, name: { family, given: ['Ines'] }, privileges: ids.map((g) => grant(g)) }, i + 1)), catalog), { vocabulary });
  return (who: string, procedure: string) => engine.evaluateCase({ practitioner: `${who}, Ines`, procedure, date: '2026-12-01' }, { today: TODAY }).verdict;
}

describe('an anesthesiologist\'s board written in its own shorthand', () => {
  const lines = [
    'General anesthesia, patients 3 years and older, excluding cardiac surgery with cardiopulmonary bypass',
    'Spinal anesthesia, single injection, patients 18 years and older',
    'Lumbar and thoracic epidural anesthesia and analgesia for surgery and postoperative pain, patients 18 years and older',
    'Upper extremity peripheral nerve blocks (interscalene, supraclavicular, infraclavicular, axillary), single injection or continuous catheter, ultrasound-guided',
    'Lower extremity peripheral nerve blocks (lumbar plexus, femoral, fascia iliaca, adductor canal, IPACK, sciatic, popliteal, ankle), single injection or continuous catheter, ultrasound-guided',
    'Truncal and fascial plane blocks (transversus abdominis plane, rectus sheath, quadratus lumborum, erector spinae plane, pectoral nerve, serratus anterior), single injection',
  ];
  const catalog: PrivilegeDef[] = [
    { id: 'GEN', name: 'Anesthesiology', department: 'Anesthesiology', kind: 'core', procedures: [{ name: lines[0] }] },
    { id: 'REG', name: 'Regional anesthesia', department: 'Anesthesiology', kind: 'core', procedures: lines.slice(1).map((name) => ({ name })) },
    { id: 'CARD', name: 'Cardiac anesthesia', department: 'Cardiac Anesthesiology', kind: 'special', procedures: [{ name: 'Cardiac anesthesia for cardiopulmonary bypass, patients 18 years and older' }] },
    { id: 'ESO', name: 'Thoracic anesthesia', department: 'Thoracic Anesthesiology', kind: 'special', procedures: [{ name: 'Anesthesia for esophageal surgery, including esophagectomy' }] },
    { id: 'LOW', name: 'Lower extremity blocks', department: 'Anesthesiology', kind: 'core', procedures: [{ name: lines[4] }] },
  ];
  const verdict = board(catalog, { Gale: ['GEN'], Regis: ['GEN', 'REG'], Corday: ['GEN', 'CARD'], Thorne: ['REG'], Esper: ['REG', 'ESO'], Lowe: ['LOW'] });

  it('asks for the spinal a booking names alone ("SPINAL + ACB R TKA"), which a block privilege alone does not give', () => {
    expect(verdict('Regis', 'Spinal + ACB R TKA')).toBe('ok');
    expect(verdict('Lowe', 'ACB R TKA')).toBe('ok');
    expect(verdict('Lowe', 'Spinal + ACB R TKA')).not.toBe('ok');
    expect(verdict('Regis', 'SPINAL/MAC R TKA')).not.toBe('ok');
  });

  it('reads TEA beside a Whipple as the thoracic epidural for its surgery, and QL, PECS II and a bilateral TAP as blocks', () => {
    expect(verdict('Regis', 'TEA T6-7 + GA Whipple')).toBe('ok');
    expect(verdict('Gale', 'TEA T6-7 + GA Whipple')).not.toBe('ok');
    expect(verdict('Regis', 'QL bilat lap nephrectomy')).toBe('ok');
    expect(verdict('Regis', 'PECS II L mastectomy')).toBe('ok');
    expect(verdict('Regis', 'GA/ETT + bilat TAP for ex lap')).toBe('ok');
    expect(verdict('Gale', 'GA/ETT + bilat TAP for ex lap')).not.toBe('ok');
  });

  it('covers an interscalene block by the upper extremity line though a lower extremity line lists the same kinds', () => {
    expect(verdict('Thorne', 'ISB R arthroscopic RCR')).toBe('ok');
  });

  it('leaves unknown a part of an anesthesiologist\'s booking it cannot read, rather than dropping it', () => {
    expect(verdict('Regis', 'GA + Zorbax R TKA')).not.toBe('ok');
  });

  it('reads "Cardiac anesthesia for cardiopulmonary bypass" as the anesthesia a CABG or valve on pump needs, CPB no celiac plexus block, and no off-pump CABG\'s', () => {
    expect(verdict('Corday', 'AVR (On-X) CPB')).toBe('ok');
    expect(verdict('Corday', 'CABG x3 on pump')).toBe('ok');
    expect(verdict('Gale', 'CABG x3 on pump')).not.toBe('ok');
    expect(verdict('Corday', 'OPCAB x3')).not.toBe('ok');
  });

  it('asks the anesthesia for an operation named after "for" beside an anesthetic alone ("Anes for MIE Ivor Lewis + TEA")', () => {
    expect(verdict('Esper', 'Anes for MIE Ivor Lewis + TEA')).toBe('ok');
    expect(verdict('Thorne', 'Anes for MIE Ivor Lewis + TEA')).not.toBe('ok');
  });
});

describe('what a review of the anesthesiologist\'s readings found', () => {
  const catalog: PrivilegeDef[] = [
    { id: 'SPI', name: 'Spinal', department: 'Anesthesiology', kind: 'core', procedures: [{ name: 'Spinal anesthesia' }] },
    { id: 'GAC', name: 'Obstetric GA', department: 'Anesthesiology', kind: 'core', procedures: [{ name: 'Anesthesia for cesarean delivery, general anesthesia only' }] },
    { id: 'NEX', name: 'Neuraxial', department: 'Anesthesiology', kind: 'core', procedures: [{ name: 'Neuraxial anesthesia, excluding obstetrics' }] },
    { id: 'EPI', name: 'Epidural', department: 'Anesthesiology', kind: 'core', procedures: [{ name: 'Epidural anesthesia and analgesia for surgery and postoperative pain' }] },
    { id: 'CPB', name: 'Cardiac', department: 'Cardiac Anesthesiology', kind: 'special', procedures: [{ name: 'Cardiac anesthesia for cardiopulmonary bypass' }] },
  ];
  const verdict = board(catalog, { Sand: ['SPI'], Gant: ['GAC'], Nex: ['NEX'], Epp: ['EPI'], Card: ['CPB'] });

  it('does not read "spinal" in a spine operation\'s name as the spinal anesthetic', () => {
    for (const b of ['spinal schwannoma excision', 'spinal lipoma excision', 'spinal lami', 'spinal surgery', 'spinal dural tear repair']) expect(verdict('Sand', b)).not.toBe('ok');
    expect(verdict('Sand', 'Spinal for R THA')).toBe('ok');
  });

  it('holds a line\'s own limits on the anesthetic and the surgery: general only, excluding obstetrics, on bypass, for surgery', () => {
    expect(verdict('Gant', 'spinal anesthesia C/S')).not.toBe('ok');
    expect(verdict('Nex', 'Spinal for C/S')).not.toBe('ok');
    expect(verdict('Epp', 'Epidural for labor, possible cesarean')).not.toBe('ok');
    expect(verdict('Card', 'TAVR')).not.toBe('ok');
    expect(verdict('Card', 'MIDCAB LIMA-LAD')).not.toBe('ok');
    expect(verdict('Card', 'AVR')).toBe('ok');
  });
});

describe('what a second review of the anesthesiologist\'s readings found', () => {
  const catalog: PrivilegeDef[] = [
    { id: 'SPI', name: 'Spinal', department: 'Anesthesiology', kind: 'core', procedures: [{ name: 'Spinal anesthesia' }] },
  ];
  const verdict = board(catalog, { Spinner: ['SPI'] });

  it('asks the intrathecal morphine of a "spinal morphine" booking, not the spinal anesthetic alone', () => {
    expect(verdict('Spinner', 'spinal morphine')).not.toBe('ok');
    expect(verdict('Spinner', 'spinal with ITM')).not.toBe('ok');
  });
});
