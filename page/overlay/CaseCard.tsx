/** A case's card: the verdict's reasons, what was matched, and acknowledging a warning. */
import type { ComponentChildren } from 'preact';
import { showDate, showDates } from '../ui/dates';
import { verdictRank, type CaseVerdict } from '../../lib/verdict';
import { VerdictBadge } from '../ui/VerdictBadge';

export interface CaseCardProps {
  verdict: CaseVerdict;
  booking: { practitioner: string; procedure: string };
  acknowledged?: string;
  /** The acknowledge form, where acknowledgements are kept (the extension; the widget keeps none). */
  children?: ComponentChildren;
}

export function CaseCard({ verdict, booking, acknowledged, children }: CaseCardProps) {
  const matched = verdict.procedures.filter((p) => p.status === 'matched');
  return (
    <section aria-label="InScope case check" data-testid="case-card">
      <div class="card-head">
        <VerdictBadge verdict={verdict.verdict} />
        <div>
          <div class="card-name">{verdict.practitioner?.name ?? booking.practitioner}</div>
          <div class="muted">{booking.procedure} · {showDate(verdict.date)}{verdict.laterality ? ` · ${verdict.laterality}` : ''}{verdict.levels ? ` · ${verdict.levels.join(' ')}` : ''}</div>
          {verdict.facility && <div class="muted" data-testid="case-facility">At {verdict.facility.name}</div>}
        </div>
      </div>
      {/* What needs attention first: blocks, then unknowns, warnings, and what is fine. */}
      <ul>{[...verdict.reasons].sort((a, b) => verdictRank(b.severity) - verdictRank(a.severity)).map((r, i) => <li key={i} class={`reason ${r.severity}`}>{showDates(r.message)}</li>)}</ul>
      {matched.length > 0 && (
        <>
          <h3>Matched</h3>
          <ul>{matched.map((p, i) => <li key={i}>{p.procedures[0].procedure} <span class="muted">({[...new Set(p.procedures.map((x) => x.privilege))].join(' or ')}{p.via === 'code' ? ', by code' : ''})</span></li>)}</ul>
        </>
      )}
      {verdict.approaches.length > 0 && <p class="muted">Approach: {verdict.approaches.join(', ')}</p>}
      {verdict.candidates && verdict.candidates.length > 0 && (
        <p class="muted">Could be: {verdict.candidates.map((c) => `${c.name}${c.department ? ` (${c.department})` : ''}`).join('; ')}</p>
      )}
      {acknowledged && <p data-testid="acknowledged">Acknowledged: {acknowledged}</p>}
      {!acknowledged && verdict.verdict !== 'ok' && children}
    </section>
  );
}
