/**
 * The card a badge opens: on hover, keyboard focus or click (by the person at the screen only —
 * a page's script firing a synthetic event at a badge gets nothing), closed by Escape (focus goes
 * back to the badge), by leaving it, or by a click elsewhere. One card at a time, placed next to
 * its badge inside the window, following it when the window resizes or the page scrolls. What it
 * shows is the caller's (`draw`).
 */
import { render, type VNode } from 'preact';
import type { Badges } from './badges';

export type Show = (node: VNode) => void;

export class CardPopover {
  private card?: { host: HTMLElement; anchor: HTMLElement; panel: HTMLElement; closeTimer?: number };
  private moving = false;
  private refocusing = false;

  /**
   * `draw(anchor, show, isOpen)` fills the card for a badge; `show` may be called again later (an
   * answer that arrives after the card opened) while `isOpen()` is true.
   */
  constructor(
    private readonly badges: Badges,
    private readonly pause: (write: () => void) => void,
    private readonly draw: (anchor: HTMLElement, show: Show, isOpen: () => boolean) => void,
  ) {}

  get anchor(): HTMLElement | undefined {
    return this.card?.anchor;
  }

  /** Listens at the document for the events that open and close cards, until `signal` aborts. */
  listen(signal: AbortSignal): void {
    const doc = this.badges.doc;
    doc.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && this.card) {
        const anchor = this.card.anchor;
        this.close();
        // Focus back on the badge (after a hover it was elsewhere), without reopening the card.
        this.refocusing = true;
        this.badges.focus(anchor);
        this.refocusing = false;
      }
    }, { signal, capture: true });
    const open = (e: Event) => {
      if (!e.isTrusted) return;
      const badge = this.badges.badgeOf(e);
      if (badge && !this.refocusing) this.open(badge);
    };
    for (const type of ['mouseover', 'focusin', 'click']) doc.addEventListener(type, open, { signal, capture: true });
    doc.addEventListener('mouseout', (e) => {
      const badge = this.badges.badgeOf(e);
      if (badge && !badge.contains((e as MouseEvent).relatedTarget as Node | null)) this.scheduleClose();
    }, { signal, capture: true });
    doc.addEventListener('pointerdown', (e) => {
      if (this.card && !e.composedPath().some((n) => n === this.card!.host || n === this.card!.anchor)) this.close();
    }, { signal, capture: true });
    // The window resized or the page scrolled: the open card follows its badge (once a frame).
    const win = doc.defaultView;
    const follow = () => {
      if (!this.card || this.moving || !win) return;
      this.moving = true;
      win.requestAnimationFrame(() => {
        this.moving = false;
        if (this.card) this.position(this.card);
      });
    };
    win?.addEventListener('resize', follow, { signal, passive: true });
    win?.addEventListener('scroll', follow, { signal, passive: true, capture: true });
    signal.addEventListener('abort', () => this.close(), { once: true });
  }

  open(anchor: HTMLElement): void {
    const win = this.badges.doc.defaultView ?? window;
    if (this.card?.anchor === anchor) {
      win.clearTimeout(this.card.closeTimer);
      return;
    }
    this.close();
    const { host, root } = this.badges.host('inscope-card', 'card');
    const panel = this.badges.doc.createElement('div');
    panel.className = 'panel';
    panel.setAttribute('role', 'dialog');
    panel.setAttribute('aria-label', 'InScope details');
    root.append(panel);
    host.addEventListener('mouseleave', () => this.scheduleClose());
    host.addEventListener('mouseenter', () => this.card && win.clearTimeout(this.card.closeTimer));
    const card = { host, anchor, panel };
    this.position(card);
    this.card = card;
    this.pause(() => this.badges.doc.documentElement.append(host));
    this.draw(anchor, (node) => this.pause(() => render(node, panel)), () => this.card === card);
  }

  /** Next to its badge, inside the window: below it, or above where there is no room below. */
  private position(card: { anchor: HTMLElement; panel: HTMLElement }): void {
    const win = this.badges.doc.defaultView ?? window;
    const r = card.anchor.getBoundingClientRect();
    const style = card.panel.style;
    style.left = `${Math.max(4, Math.min(r.left, win.innerWidth - 390))}px`;
    if (r.bottom + 300 < win.innerHeight) Object.assign(style, { top: `${r.bottom + 4}px`, bottom: '' });
    else Object.assign(style, { top: '', bottom: `${win.innerHeight - r.top + 4}px` });
  }

  close(): void {
    if (!this.card) return;
    const { host } = this.card;
    this.card = undefined;
    this.pause(() => host.remove());
  }

  private scheduleClose(): void {
    if (!this.card) return;
    const card = this.card;
    const doc = this.badges.doc;
    card.closeTimer = (doc.defaultView ?? window).setTimeout(() => {
      if (this.card === card && !card.host.matches(':hover') && doc.activeElement !== card.anchor) this.close();
    }, 400);
  }
}
