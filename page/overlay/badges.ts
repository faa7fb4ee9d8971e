/**
 * InScope's elements on a page: a host element in the page's light DOM, marked as this overlay's
 * (`data-inscope-host`) with its kind and verdict as attributes, and everything else inside a
 * styled shadow root — closed where the page's scripts must not read it (the extension), open for
 * the widget's host. Badges carry only the verdict word and the name as the page printed it, as text.
 *
 * Test contract (docs/overlay-contract.md): a case badge sits inside its row's anchor cell; a
 * person badge immediately after the element or text holding the name.
 */
import type { Verdict } from '../../lib/verdict';
import { HOST_ATTRIBUTE } from '../scan';
import { VERDICT_LOOK } from '../ui/VerdictBadge';
import css from './overlay.css?inline';

const sheets = new WeakMap<Document, CSSStyleSheet | null>();

/** Styles for a shadow root: a shared constructed sheet (works under a strict CSP), else <style>. */
function style(root: ShadowRoot, doc: Document): void {
  let sheet = sheets.get(doc);
  if (sheet === undefined) {
    try {
      sheet = new (doc.defaultView ?? window).CSSStyleSheet();
      sheet.replaceSync(css);
    } catch {
      sheet = null;
    }
    sheets.set(doc, sheet);
  }
  if (sheet) root.adoptedStyleSheets = [sheet];
  else {
    const el = doc.createElement('style');
    el.textContent = css;
    root.append(el);
  }
}

export type BadgeKind = 'case' | 'person';

export class Badges {
  /** Marks this overlay's elements: another InScope on the page (widget, extension) keeps its own. */
  readonly owner = Math.random().toString(36).slice(2);
  /** Our elements' shadow roots (closed ones are reachable only through this). */
  private readonly shadows = new WeakMap<Element, ShadowRoot>();
  private readonly buttons = new Map<Verdict, HTMLButtonElement>();

  constructor(readonly doc: Document, private readonly closed = false) {}

  /** An InScope element: marked as ours, its content in a styled shadow root. */
  host(tag: string, kind: string): { host: HTMLElement; root: ShadowRoot } {
    const host = this.doc.createElement(tag);
    host.setAttribute(HOST_ATTRIBUTE, this.owner);
    host.setAttribute('data-inscope-kind', kind);
    const root = host.attachShadow({ mode: this.closed ? 'closed' : 'open' });
    this.shadows.set(host, root);
    style(root, this.doc);
    return { host, root };
  }

  /** A badge: its button cloned from one made per verdict. */
  badge(kind: BadgeKind, verdict: Verdict, label: string): HTMLElement {
    const { host, root } = this.host('inscope-badge', kind);
    host.setAttribute('data-inscope-verdict', verdict);
    root.append(this.button(verdict, label));
    return host;
  }

  private button(verdict: Verdict, label: string): HTMLButtonElement {
    let template = this.buttons.get(verdict);
    if (!template) {
      template = this.doc.createElement('button');
      template.type = 'button';
      template.className = `badge ${verdict}`;
      template.setAttribute('aria-haspopup', 'dialog');
      const icon = this.doc.createElement('span');
      icon.setAttribute('aria-hidden', 'true');
      icon.textContent = VERDICT_LOOK[verdict].icon;
      template.append(icon, ` ${VERDICT_LOOK[verdict].label}`);
      this.buttons.set(verdict, template);
    }
    const button = template.cloneNode(true) as HTMLButtonElement;
    button.setAttribute('aria-label', label);
    return button;
  }

  /**
   * A case badge, last in the row's anchor cell. The row's previous badge (`old`), still in that
   * cell, is redrawn for the new case instead (a recycled row): its shadow root and stylesheet stay.
   */
  placeCase(anchor: Element, verdict: Verdict, who: string, procedure: string, old?: HTMLElement): HTMLElement {
    const label = `InScope: ${VERDICT_LOOK[verdict].label} — ${who}, ${procedure}`;
    const root = old && old.parentNode === anchor ? this.shadows.get(old) : undefined;
    if (old && root) {
      old.setAttribute('data-inscope-verdict', verdict);
      // An acknowledgement was for the case the row showed before.
      old.removeAttribute('data-inscope-acknowledged');
      const button = this.button(verdict, label);
      const before = root.querySelector('button');
      if (before) before.replaceWith(button);
      else root.append(button);
      return old;
    }
    old?.remove();
    const host = this.badge('case', verdict, label);
    anchor.append(host);
    return host;
  }

  /**
   * A person badge right after the name: within a text node at `end`, or after an element;
   * `end` -1 puts it inside the element, last (an <inscope-person>).
   */
  placePerson(node: Text | Element, end: number, name: string, verdict: Verdict, who: string): HTMLElement | undefined {
    const parent = end < 0 ? node : node.parentNode;
    if (!parent) return undefined;
    const after = end < 0 ? null : node.nodeType === 3 && end < ((node as Text).nodeValue ?? '').length ? (node as Text).splitText(end) : node.nextSibling;
    const host = this.badge('person', verdict, `InScope: ${VERDICT_LOOK[verdict].label} — ${who}`);
    host.setAttribute('data-inscope-name', name);
    parent.insertBefore(host, after);
    return host;
  }

  /** The badge of this overlay an event is about (at the document, events from a shadow root target its host). */
  badgeOf(e: Event): HTMLElement | undefined {
    const t = e.target as Element | null;
    return t?.tagName === 'INSCOPE-BADGE' && t.getAttribute(HOST_ATTRIBUTE) === this.owner ? (t as HTMLElement) : undefined;
  }

  /** Moves keyboard focus to a badge's button. */
  focus(host: HTMLElement): void {
    this.shadows.get(host)?.querySelector('button')?.focus();
  }

  /** Whether a node is inside any InScope element (this overlay's or another's). */
  static isOurs(n: Node | null): boolean {
    const el = n && (n.nodeType === 1 ? (n as Element) : n.parentElement);
    return !!el?.closest(`[${HOST_ATTRIBUTE}]`);
  }

  /** This overlay's elements on the page, optionally of one kind. */
  all(kind?: string): Element[] {
    const k = kind ? `[data-inscope-kind="${kind}"]` : '';
    return [...this.doc.querySelectorAll(`[${HOST_ATTRIBUTE}="${this.owner}"]${k}`)];
  }
}
