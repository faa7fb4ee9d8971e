/**
 * The page overlay: finds cases and people on a page, asks for verdicts in batches, and shows a
 * badge in each case row and after each recognised name, a card on hover or focus, and a summary
 * chip. Shared by the extension's content script and the widget.
 *
 * This class only coordinates: the watcher says what changed, the reader finds cases and names in
 * it, the verdict cache answers what it can and asks the source for the rest, and the badges,
 * chip and card draw the answers — all of it stopped by one AbortSignal.
 */
import { looksLikeClinician } from '../../lib/names';
import type { CaseInput } from '../../lib/engine';
import { isFull, type CaseVerdict, type PersonVerdict, type Verdict, type VerdictBrief } from '../../lib/verdict';
import { ACK_REASONS } from '../../lib/acknowledgements';
import { CASE_ELEMENT, HOST_ATTRIBUTE, PERSON_ELEMENT, type FoundCase } from '../scan';
import { PersonCard } from '../ui/PersonCard';
import { CaseCard } from './CaseCard';
import type { OverlayOptions, VerdictSource } from './source';
import { TreeWatcher } from './watcher';
import { PageReader, caseInput, caseKey, type PageDate } from './finders';
import { VerdictCache } from './verdicts';
import { Badges } from './badges';
import { SummaryChip } from './chip';
import { CardPopover, type Show } from './card';

const ATTENTION: Verdict[] = ['block', 'unknown', 'warn'];
/** How many new cases a scan reads before it asks about them, then reads on (bench:overlay: asking while reading). */
const ASK_EVERY = 250;

type Answer<V> = V | VerdictBrief;

interface CaseState {
  key: string;
  found: FoundCase;
  input: CaseInput;
  host: HTMLElement;
  /** A brief until a card needs the reasons. */
  verdict: Answer<CaseVerdict>;
  /** The row prints no date: it is asked about at the page's day. */
  pageDated: boolean;
  ack?: string;
}

interface PersonState {
  name: string;
  verdict: Answer<PersonVerdict>;
}

/**
 * Once the page has painted what it has (its next frame), or after 100 ms when it paints no frame
 * (a background tab): the first scan does not hold back the page's own first paint, and its
 * answers do not queue behind it (bench:overlay).
 */
function afterPaint(win: Window): Promise<void> {
  return new Promise((resolve) => {
    const timer = win.setTimeout(resolve, 100);
    win.requestAnimationFrame?.(() => win.setTimeout(() => {
      win.clearTimeout(timer);
      resolve();
    }, 0));
  });
}

const ambiguous = (v: Answer<PersonVerdict>) => (isFull<PersonVerdict>(v) ? v.reasons[0]?.code === 'practitioner-ambiguous' : !!v.ambiguous);

export class Overlay {
  private readonly ac = new AbortController();
  private readonly badges: Badges;
  private readonly reader: PageReader;
  private readonly watcher: TreeWatcher;
  private readonly chip: SummaryChip;
  private readonly card: CardPopover;
  private readonly caseAnswers = new VerdictCache<Answer<CaseVerdict>>();
  private readonly personAnswers = new VerdictCache<Answer<PersonVerdict>>();
  private families = new Set<string>();
  /** What holds back every verdict on this page (no roster, a stale one), from the source's setup. */
  private notice?: string;
  private readonly cases = new Map<Element, CaseState>();
  private readonly people = new WeakMap<HTMLElement, PersonState>();
  private chipIndex = -1;
  private scanning: Promise<void> = Promise.resolve();
  /** The page's date as last read: when it changes, every row is read again. */
  private pageDateSeen?: string;
  /** Several facilities' rosters are loaded: each case's facility and room are part of its question. */
  private facilities = false;

  constructor(readonly doc: Document, private readonly source: VerdictSource, private readonly options: OverlayOptions = {}) {
    this.badges = new Badges(doc, options.closed);
    this.reader = new PageReader(doc, options);
    this.watcher = new TreeWatcher({
      root: () => this.root(),
      target: options.root ?? doc.documentElement,
      isOurs: Badges.isOurs,
      // A host app changing what an <inscope-case>/<inscope-person> says.
      attributeTags: [CASE_ELEMENT, PERSON_ELEMENT],
      attributes: ['practitioner', 'procedure', 'code', 'date'],
    }, (scopes) => void this.scan(scopes));
    this.chip = new SummaryChip(this.badges, () => this.next());
    this.card = new CardPopover(this.badges, (w) => this.watcher.pause(w), (anchor, show, isOpen) => this.drawCard(anchor, show, isOpen));
  }

  /** Scans the page once, then follows its changes until `signal` aborts (or `stop()`). */
  async start(signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return this.stop();
    signal?.addEventListener('abort', () => this.stop(), { once: true });
    const own = this.ac.signal;
    // Watch first: whatever the page renders while the first scan runs is scanned after it.
    this.watcher.start(own);
    await this.setUp();
    const win = this.doc.defaultView!;
    await afterPaint(win);
    if (own.aborted) return;
    await this.scan([this.root()]);
    const rescan = () => this.watcher.markDirty(this.root());
    win.addEventListener('popstate', rescan, { signal: own });
    win.addEventListener('hashchange', rescan, { signal: own });
    // A date picker's value is no DOM change: its input or change event is.
    for (const type of ['input', 'change']) {
      this.doc.addEventListener(type, (e) => {
        const target = e.target as Element | null;
        const sel = this.reader.pageDateSpec()?.selector;
        if (sel ? target?.matches?.(sel) : (target as HTMLInputElement | null)?.type === 'date') rescan();
      }, { signal: own, capture: true });
    }
    this.card.listen(own);
    this.chip.follow(own);
  }

  /**
   * Checks every case and name on the page again from the source, reusing no answer it gave
   * before: the roster in force changed. Badges change in place as the answers come.
   */
  async refresh(): Promise<void> {
    if (this.ac.signal.aborted) return;
    this.caseAnswers.clear();
    this.personAnswers.clear();
    for (const state of this.cases.values()) state.key = '';
    this.watcher.pause(() => {
      for (const el of this.badges.all('person')) el.remove();
    });
    await this.setUp();
    await this.scan([this.root()]);
  }

  private async setUp(): Promise<void> {
    const setup = await this.source.setup();
    this.families = new Set(setup.familyKeys);
    this.notice = setup.notice;
    this.facilities = !!setup.facilities;
  }

  /** Removes every badge, card and listener. */
  stop(): void {
    this.ac.abort();
    this.card.close();
    for (const el of this.badges.all()) el.remove();
    this.cases.clear();
  }

  /** What is scanned and watched: the whole page, or the host's chosen element. */
  private root(): Element {
    return this.options.root ?? this.doc.body;
  }

  private scan(scopes: Element[]): Promise<void> {
    // A failed scan must not stop the next one; it says what failed, once, in the console.
    const run = this.scanning.then(() => this.scanNow(scopes)).catch((e: unknown) => console.warn(`InScope: could not check part of this page: ${(e as Error)?.message ?? e}`));
    this.scanning = run;
    return run;
  }

  private async scanNow(scopes: Element[]): Promise<void> {
    if (this.ac.signal.aborted) return;
    // User Timing marks (the page's performance timeline, and bench:overlay): how long each step took.
    const perf = (this.doc.defaultView ?? window).performance as Partial<Performance>;
    const mark = (name: string, detail?: unknown) => perf.mark?.(name, detail === undefined ? undefined : { detail });
    mark('inscope:scan-start');
    scopes = this.reader.caseRowScopes(scopes, (row) => this.cases.has(row));
    // The page's day matters only to rows that print no date of their own: it is looked for when
    // such a row is on the page or read now, not on a schedule whose every row has its date
    // (bench:overlay: the day's look over the whole page was a tenth of the first scan).
    let page: PageDate | undefined;
    let pageRead = false;
    const pageDate = () => {
      if (!pageRead) {
        pageRead = true;
        page = this.reader.pageDate(scopes);
        this.pageDateSeen = JSON.stringify(page ?? null);
      }
      return page;
    };
    // Another day picked: the rows on the page without a date of their own are on it now.
    for (const s of this.cases.values()) {
      if (!s.pageDated) continue;
      const seen = this.pageDateSeen;
      pageDate();
      if (seen !== undefined && seen !== this.pageDateSeen) scopes = [this.root()];
      break;
    }
    // Cases whose row is new or whose question changed; a recycled row changes in several cells
    // at once (each a scope), and is read once. They are asked about in parts as they are read:
    // the source answers the first rows while the rest are read, and while names are looked for.
    const pending: Array<{ found: FoundCase; key: string; input: CaseInput; pageDated: boolean }> = [];
    const parts: Array<Promise<Answer<CaseVerdict>[]>> = [];
    const now = Date.now();
    let asked = 0;
    const ask = () => {
      if (asked < pending.length) parts.push(this.caseAnswers.answer(pending.slice(asked), (p) => p.key, (b) => this.source.evaluateCases(b.map((p) => p.input)), now));
      asked = pending.length;
    };
    const read = new Set<Element>();
    for (const scope of scopes) {
      for (const found of this.reader.cases(scope)) {
        if (read.has(found.row)) continue;
        read.add(found.row);
        const pageDated = !found.date && found.badDate === undefined;
        const input = caseInput(found, pageDated ? pageDate() : undefined, this.facilities);
        const key = caseKey(input);
        const state = this.cases.get(found.row);
        if (state && state.key === key && state.host.isConnected) continue;
        pending.push({ found, key, input, pageDated });
        if (pending.length - asked >= ASK_EVERY) ask();
      }
    }
    ask();
    if (!pageRead) this.reader.changed(scopes);
    const caseAnswers = Promise.all(parts).then((p) => p.flat());
    const newRows = new Set(pending.map((p) => p.found.row));
    const people = this.reader.people(scopes, (el) => this.cases.has(el) || newRows.has(el), (k) => this.families.has(k), Badges.isOurs);
    mark('inscope:scanned');
    const texts = [...new Set([...people.names, ...people.named, ...people.elements].map((n) => n.text))];
    const [caseVerdicts, personVerdicts] = await Promise.all([caseAnswers, this.personAnswers.answer(texts, (t) => t, (b) => this.source.evaluatePeople(b), now)]);
    mark('inscope:matched');
    if (this.ac.signal.aborted) return;
    const byName = new Map(texts.map((t, i) => [t, personVerdicts[i]]));
    const placed: Array<[HTMLElement, PersonState]> = [];
    const person = (node: Text | Element, end: number, name: string, verdict: Answer<PersonVerdict>) => {
      const host = this.badges.placePerson(node, end, name, verdict.verdict, verdict.practitioner?.name ?? name);
      if (!host) return;
      const state = { name, verdict };
      this.people.set(host, state);
      placed.push([host, state]);
    };
    // All writes in one synchronous batch: the page lays out once, at its next frame.
    mark('inscope:write-start');
    // A badge redrawn for another case while its card is open: the card spoke of the row's old case.
    let redrawn = false;
    this.watcher.pause(() => {
      pending.forEach(({ found, key, input, pageDated }, i) => {
        const verdict = caseVerdicts[i];
        const before = this.cases.get(found.row)?.host;
        const host = this.badges.placeCase(found.anchor, verdict.verdict, verdict.practitioner?.name ?? found.practitioner, found.procedure, before);
        if (host === before && this.card.anchor === host) redrawn = true;
        this.cases.set(found.row, { key, found, input, host, verdict, pageDated });
      });
      // Later names first, so splitting a text node never moves an earlier one.
      for (const n of [...people.names].sort((a, b) => (a.node === b.node ? b.start - a.start : 0))) {
        const v = byName.get(n.text);
        // Badge a name only when it is a roster practitioner (or plainly a clinician fitting several).
        if (v && (v.practitioner || (ambiguous(v) && looksLikeClinician(n.text)))) person(n.node, n.end, n.text, v);
      }
      for (const { el, text } of people.named) {
        const v = byName.get(text);
        // The adapter says this is a person: an ambiguous name is shown as unknown.
        if (v && (v.practitioner || ambiguous(v))) person(el, 0, text, v);
      }
      // The host asked for this person: always a badge, unknown when InScope cannot tell.
      for (const { el, text } of people.elements) {
        for (const old of el.querySelectorAll(`:scope > [${HOST_ATTRIBUTE}]`)) old.remove();
        person(el, -1, text, byName.get(text)!);
      }
      this.chip.update(this.cases.size, this.flagged().length, this.notice);
    });
    if (redrawn) this.card.close();
    mark('inscope:committed', { cases: pending.length, names: people.names.length });
    // Tell the host (the widget's inscope:verdict events), after the badges are in place.
    const tell = this.options.onVerdict;
    if (!tell) return;
    for (const { found } of pending) {
      const state = this.cases.get(found.row);
      if (state) tell({ kind: 'case', element: found.row, badge: state.host, verdict: state.verdict });
    }
    for (const [host, state] of placed) tell({ kind: 'person', element: host.parentElement?.tagName === PERSON_ELEMENT ? host.parentElement : host, badge: host, verdict: state.verdict });
  }

  /** The cases needing attention, in page order; cases whose rows the page removed are forgotten. */
  private flagged(): CaseState[] {
    if (this.watcher.takeRemovals()) {
      for (const [row, s] of this.cases) if (!row.isConnected || !s.host.isConnected) this.cases.delete(row);
    }
    return [...this.cases.values()].filter((s) => ATTENTION.includes(s.verdict.verdict));
  }

  /** Steps to the next flagged row (the chip's click). */
  private next(): void {
    const flagged = this.flagged();
    if (!flagged.length) return;
    this.chipIndex = (this.chipIndex + 1) % flagged.length;
    const s = flagged[this.chipIndex];
    s.found.row.scrollIntoView?.({ block: 'center' });
    this.badges.focus(s.host);
  }

  /** A case's card (its full verdict asked for when the page has a brief), or a person's. */
  private drawCard(anchor: HTMLElement, show: Show, isOpen: () => boolean): void {
    const kase = [...this.cases.values()].find((s) => s.host === anchor);
    if (kase) {
      const acknowledge = this.source.acknowledge;
      // The widget keeps no acknowledgement log: its build leaves this out.
      const Form = typeof __INSCOPE_WIDGET__ === 'undefined' && acknowledge && this.options.acknowledgeForm;
      const draw = (verdict: CaseVerdict) => show(
        <CaseCard verdict={verdict} booking={{ practitioner: kase.found.practitioner, procedure: kase.found.procedure }} acknowledged={kase.ack}>
          {Form && (
            <Form onAcknowledge={async (reason, note) => {
              await acknowledge({ case: kase.input, reason, ...(note ? { note } : {}) });
              kase.ack = `${ACK_REASONS[reason]}${note ? ` — ${note}` : ''}`;
              this.watcher.pause(() => kase.host.setAttribute('data-inscope-acknowledged', 'true'));
              draw(verdict);
            }} />
          )}
        </CaseCard>,
      );
      const v = kase.verdict;
      if (isFull<CaseVerdict>(v)) draw(v);
      else {
        void this.source.caseVerdict(kase.input).then((full) => {
          kase.verdict = full;
          if (isOpen()) draw(full);
        });
      }
      return;
    }
    const person = this.people.get(anchor);
    if (!person) return;
    if (isFull<PersonVerdict>(person.verdict)) show(<PersonCard verdict={person.verdict} onPage />);
    void this.source.personCard(person.name).then((c) => {
      if (isOpen()) show(<PersonCard verdict={c.verdict} details={c.details} onPage />);
    });
  }
}
