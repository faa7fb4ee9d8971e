/** Icon + word + colour: a verdict is never shown by colour alone. */
import type { Verdict } from '../../lib/verdict';

export const VERDICT_LOOK: Record<Verdict, { icon: string; label: string }> = {
  block: { icon: '✖', label: 'Blocked' },
  unknown: { icon: '?', label: 'Unknown' },
  warn: { icon: '⚠', label: 'Warning' },
  ok: { icon: '✓', label: 'OK' },
};

export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  const look = VERDICT_LOOK[verdict];
  return (
    <span class={`badge ${verdict}`} data-verdict={verdict}>
      <span aria-hidden="true">{look.icon}</span> {look.label}
    </span>
  );
}
