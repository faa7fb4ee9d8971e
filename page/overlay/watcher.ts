/**
 * Follows a page's changes and reports, once per task, the elements to read again: the nodes a
 * mutation added (200 appended rows are 200 scopes, not their 2,000-row tbody), the element whose
 * text changed, an element a removal alone happened in, a host element whose attributes changed.
 * Nothing InScope wrote itself is reported: writes go through `pause`.
 *
 * A huge mutation (a page replacing most of itself in one task) is reported as one scope, the
 * watched root, instead of thousands of nodes whose ancestry would each be walked.
 */
export interface WatcherOptions {
  /** The element reported for a huge mutation and watched for changes. */
  root: () => Element;
  /** What to watch: the whole document, or the host's chosen element. */
  target: Node;
  /** InScope's own nodes: never reported. */
  isOurs: (n: Node | null) => boolean;
  /** Elements whose changed attributes (in `attributes`) are reported: the host's own case and person elements. */
  attributeTags: string[];
  attributes: string[];
  /** More dirty nodes than this in one task is a huge mutation. */
  hugeAt?: number;
}

export const HUGE_MUTATION = 1000;

export class TreeWatcher {
  private observer?: MutationObserver;
  private dirty = new Set<Node>();
  private pending = false;
  private removed = false;
  private stopped = false;

  constructor(private readonly options: WatcherOptions, private readonly report: (scopes: Element[]) => void) {}

  /** Starts watching; stops when `signal` aborts. */
  start(signal: AbortSignal): void {
    if (signal.aborted) return;
    this.observer = new MutationObserver((records) => this.onMutations(records));
    this.observe();
    signal.addEventListener('abort', () => this.stop(), { once: true });
  }

  stop(): void {
    this.stopped = true;
    this.observer?.disconnect();
    this.dirty.clear();
  }

  /** Runs DOM writes with the observer off, so InScope never reacts to its own insertions. */
  pause(write: () => void): void {
    this.observer?.disconnect();
    try {
      write();
    } finally {
      this.observer?.takeRecords();
      if (!this.stopped && this.observer) this.observe();
    }
  }

  /** Whether the page removed nodes since the last call (cases whose rows are gone can be dropped). */
  takeRemovals(): boolean {
    const r = this.removed;
    this.removed = false;
    return r;
  }

  /** Reports `n` with this task's other changes (a rescan the overlay itself asks for: a new page date, a route change). */
  markDirty(n: Node): void {
    if (this.stopped) return;
    this.dirty.add(n);
    if (this.pending) return;
    this.pending = true;
    // Batch everything one task brings (a virtualised grid refills all its rows in one task), and
    // start before the page's own relayout, so the answers are on their way while the page lays out.
    queueMicrotask(() => this.flush());
  }

  private observe(): void {
    this.observer?.observe(this.options.target, {
      childList: true, subtree: true, characterData: true,
      attributes: true, attributeFilter: this.options.attributes,
    });
  }

  private onMutations(records: MutationRecord[]): void {
    const { isOurs, attributeTags } = this.options;
    // Each record's fields are read once, and only those its type has: a recycled row changes
    // hundreds of texts in one task (bench:overlay).
    for (const r of records) {
      const type = r.type;
      if (type === 'characterData') {
        const el = r.target.parentElement;
        if (el && !this.dirty.has(el) && !isOurs(el)) this.markDirty(el);
        continue;
      }
      if (isOurs(r.target)) continue;
      if (type === 'attributes') {
        if (attributeTags.includes((r.target as Element).tagName)) this.markDirty(r.target);
        continue;
      }
      const removed = r.removedNodes.length > 0;
      if (removed) this.removed = true;
      let added = false;
      for (const n of r.addedNodes) {
        if (isOurs(n)) continue;
        added = true;
        const el = n.nodeType === 1 ? n : n.parentElement;
        if (el) this.markDirty(el);
      }
      // A removal alone (cleared text) rescans the element it happened in.
      if (!added && removed) this.markDirty(r.target);
    }
  }

  private flush(): void {
    this.pending = false;
    const dirty = this.dirty;
    this.dirty = new Set();
    if (this.stopped || !dirty.size) return;
    // The page's performance timeline (bench:overlay): when InScope learnt of this task's changes.
    (this.options.target.ownerDocument?.defaultView ?? globalThis).performance?.mark?.('inscope:changed', { detail: { nodes: dirty.size } });
    if (dirty.size > (this.options.hugeAt ?? HUGE_MUTATION)) {
      const root = this.options.root();
      if (root.isConnected) this.report([root]);
      return;
    }
    // Drop nodes inside other dirty nodes: each subtree is read once. What each ancestor walked
    // found is remembered, so cells of the same rows walk up only to their row or its table.
    const scopes: Element[] = [];
    const underDirty = new Map<Node, boolean>();
    const inside = (n: Node): boolean => {
      const path: Node[] = [];
      let found = false;
      for (let a = n.parentNode; a; a = a.parentNode) {
        const known = underDirty.get(a);
        if (known !== undefined) {
          found = known;
          break;
        }
        path.push(a);
        if (dirty.has(a)) {
          found = true;
          break;
        }
      }
      for (const a of path) underDirty.set(a, found || dirty.has(a));
      return found;
    };
    for (const n of dirty) {
      if (!n.isConnected || inside(n)) continue;
      const el = n.nodeType === 1 ? (n as Element) : n.parentElement;
      if (el) scopes.push(el);
    }
    if (scopes.length) this.report(scopes);
  }
}
