import type { RosterDiff } from '../../lib/roster/diff';
import { showDates } from '../../page/ui/dates';
/** What changed with a roster: who is newly blocked first, in the open; then the rest, spelled out. */
export function DiffReport({ diff: d }: { diff: RosterDiff }) {
  return (
    <>
      {d.newlyBlocked.length > 0 && (
        <div class="banner error" data-testid="newly-blocked-box">
          <strong>Newly blocked ({d.newlyBlocked.length})</strong>
          <ul data-testid="newly-blocked">{d.newlyBlocked.map((b, i) => <li key={i}>{b.practitioner.name}: {b.privilege} — {showDates(b.reason)}</li>)}</ul>
        </div>
      )}
      {d.removed.length + d.changed.length + d.added.length > 0 && (
        <details>
          <summary>Changes: {d.added.length} added, {d.removed.length} removed, {d.changed.length} changed</summary>
          {d.changed.length > 0 && (
            <>
              <h3>Changed</h3>
              <ul data-testid="changed">{d.changed.map((c) => (
                <li key={c.practitioner.id}>{c.practitioner.name}: {showDates((c.details?.length ? c.details : c.fields).join('; '))}</li>
              ))}</ul>
            </>
          )}
          {d.removed.length > 0 && <><h3>Removed</h3><ul>{d.removed.map((p) => <li key={p.id}>{p.name}</li>)}</ul></>}
          {d.added.length > 0 && <><h3>Added</h3><ul>{d.added.slice(0, 100).map((p) => <li key={p.id}>{p.name}</li>)}</ul>{d.added.length > 100 && <p class="muted">… and {d.added.length - 100} more.</p>}</>}
        </details>
      )}
    </>
  );
}
