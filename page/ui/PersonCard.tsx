/**
 * A practitioner's card: verdict, credentials with expiry, privileges with status and
 * conditions. Used by the popup and the page overlay. Roster strings render as text only.
 */
import type { PersonDetails } from '../../lib/engine';
import { showDate, showDates } from './dates';
import type { PersonVerdict } from '../../lib/verdict';
import { VerdictBadge } from './VerdictBadge';

/** `onPage`: on a scheduling page the card names the department only — no NPI, no roster id. */
export function PersonCard({ verdict, details, onPage }: { verdict: PersonVerdict; details?: PersonDetails; onPage?: boolean }) {
  const who = details?.practitioner ?? verdict.practitioner;
  // A name that fits several people: say so and list them, so the reader can tell which is meant.
  const several = !who && verdict.candidates && verdict.candidates.length > 1 ? verdict.candidates : undefined;
  // A practitioner who is not active can use no privilege, whatever each grant says.
  const unusable = details && details.status !== 'active' ? `not usable — practitioner ${details.status}` : undefined;
  return (
    <section class="card" data-testid="person-card" aria-label={who ? `Credentials of ${who.name}` : 'Practitioner'}>
      <header class="card-head">
        <VerdictBadge verdict={verdict.verdict} />
        <div>
          <div class="card-name">{who?.name ?? (several ? 'Several practitioners match' : 'Not found in the roster')}</div>
          {who && <div class="muted">{(onPage ? [who.department] : [who.department, who.npi ? `NPI ${who.npi}` : undefined, who.id]).filter(Boolean).join(' · ')}</div>}
        </div>
      </header>
      {several && (
        <ul class="candidates" aria-label="Practitioners this name fits">
          {several.map((c, i) => <li key={i}>{[c.name, c.type, c.department].filter(Boolean).join(' · ')}</li>)}
        </ul>
      )}
      <ul class="reasons">
        {verdict.reasons.map((r, i) => <li key={i} class={`reason ${r.severity}`}>{showDates(r.message)}</li>)}
      </ul>
      {details && (
        <>
          <h3>Credentials</h3>
          <table class="grid">
            <thead><tr><th>Credential</th><th>Expires</th><th>Status</th><th>Verified</th></tr></thead>
            <tbody>
              {details.credentials.map((c, i) => (
                <tr key={i}>
                  <td>{c.label}</td>
                  <td class="date">{showDate(c.expires)}</td>
                  <td>{c.status ?? (c.current ? 'current' : 'lapsed')}</td>
                  <td class="date">{showDate(c.verified)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3>Privileges{details.facility ? ` at ${details.facility.name}` : ''}</h3>
          <table class="grid">
            <thead><tr><th>Privilege</th><th>Status</th><th>Through</th><th>Conditions</th></tr></thead>
            <tbody>
              {details.privileges.map((p, i) => (
                <tr key={i}>
                  <td>{p.name}</td>
                  <td>{unusable ?? p.status}</td>
                  <td class="date">{showDate(p.expires)}</td>
                  <td>{p.conditions.join('; ') || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
