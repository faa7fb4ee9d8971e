/** Where the overlay gets verdicts: the extension's background, or the widget's own engine. */
import type { ComponentType } from 'preact';
import type { CaseInput, PersonDetails } from '../../lib/engine';
import type { Adapter } from '../adapter';
import type { CaseVerdict, PersonVerdict, VerdictBrief } from '../../lib/verdict';
import type { AckReason } from '../../lib/acknowledgements';

/** A scheduler's acknowledgement: the case as the page shows it, a preset reason, a short note. */
import type { Acknowledgement } from '../../lib/requests';
export type { Acknowledgement };

export interface VerdictSource {
  /**
   * Roster family-name keys (to pick names out of text), whether a roster is loaded, and what holds
   * back every verdict on the page (no roster, a stale one), in the policy's words, for the summary chip;
   * `facilities`: several facilities' rosters are loaded, so each case's facility and room are asked too.
   */
  setup(): Promise<{ familyKeys: string[]; hasRoster: boolean; notice?: string; facilities?: boolean }>;
  /** Full verdicts, or briefs (the extension: a card then asks `caseVerdict`). */
  evaluateCases(cases: CaseInput[]): Promise<Array<CaseVerdict | VerdictBrief>>;
  caseVerdict(input: CaseInput): Promise<CaseVerdict>;
  evaluatePeople(names: string[]): Promise<Array<PersonVerdict | VerdictBrief>>;
  personCard(name: string): Promise<{ verdict: PersonVerdict; details?: PersonDetails }>;
  /** Absent where acknowledgements are not kept. */
  acknowledge?(ack: Acknowledgement): Promise<void>;
}

/** What the overlay tells a host about each badge it places (the widget's inscope:verdict event). */
export interface VerdictNotice {
  kind: 'case' | 'person';
  /** The case row, the <inscope-person> element, or (a name in text) the badge itself. */
  element: Element;
  badge: HTMLElement;
  /** Full verdicts from the widget's source; the extension tells no host. */
  verdict: CaseVerdict | PersonVerdict | VerdictBrief;
}

export interface OverlayOptions {
  /** The form a case card shows to acknowledge a warning, where the source keeps acknowledgements. */
  acknowledgeForm?: ComponentType<{ onAcknowledge: (reason: AckReason, note?: string) => Promise<void> }>;
  /** Scan and watch only this element (default: the whole document). */
  root?: Element;
  /** Called for each badge placed, after the scan's writes. */
  onVerdict?: (notice: VerdictNotice) => void;
  adapters?: Adapter[];
  /** The date of cases whose rows carry none (an adapter's page date), ISO; else today. */
  pageDate?: string;
  /**
   * Badges and cards in closed shadow roots, which the page's scripts cannot read (the extension,
   * in pages it does not own). The widget runs for its host, by the host's choice: open.
   */
  closed?: boolean;
}
