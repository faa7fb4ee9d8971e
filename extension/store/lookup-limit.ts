/**
 * How many different names one page may ask about. A page's script can write any names into its
 * own page and watch which get a badge: without a limit it could list the roster. Each tab may
 * ask about at most `maxNames` different names in `windowMs`; names it asked about before are
 * answered again freely, new ones beyond the limit get no answer (their badges say unknown), and
 * the refusal is logged. A real schedule or staffing page names far fewer people.
 */
export const MAX_NAMES_PER_PAGE = 500;
export const NAME_WINDOW_MS = 10 * 60_000;

export interface Refusal {
  at: string;
  origin: string;
  refused: number;
}

export class LookupLimit {
  private readonly seen = new Map<string, { since: number; names: Set<string> }>();
  readonly refusals: Refusal[] = [];

  constructor(
    private readonly maxNames = MAX_NAMES_PER_PAGE,
    private readonly windowMs = NAME_WINDOW_MS,
    private readonly now: () => number = Date.now,
  ) {}

  /** Which of these names the page (tab) may be answered about. */
  admit(tab: string, origin: string, names: readonly string[]): boolean[] {
    const t = this.now();
    let entry = this.seen.get(tab);
    if (!entry || t - entry.since > this.windowMs) {
      entry = { since: t, names: new Set() };
      this.seen.set(tab, entry);
    }
    let refused = 0;
    const out = names.map((raw) => {
      const name = raw.trim().toLowerCase().replace(/\s+/g, ' ');
      if (entry!.names.has(name)) return true;
      if (entry!.names.size >= this.maxNames) {
        refused++;
        return false;
      }
      entry!.names.add(name);
      return true;
    });
    if (refused) {
      this.refusals.push({ at: new Date(t).toISOString(), origin, refused });
      if (this.refusals.length > 100) this.refusals.shift();
    }
    // Tabs come and go: forget the ones not heard from in a window.
    if (this.seen.size > 200) for (const [k, e] of this.seen) if (t - e.since > this.windowMs) this.seen.delete(k);
    return out;
  }
}
