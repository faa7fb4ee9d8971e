/**
 * The summary chip: how many of the page's cases need attention ("3 cases need attention", or
 * "All 40 cases in scope"), and, when something holds back every verdict (no roster, a stale one),
 * that reason in the policy's words; a click steps to the next flagged row. Gone while the page has
 * no case. It sits in a corner of the window where it covers none of the page's content — text,
 * controls, images or InScope's own badges — and moves when the window is resized or scrolled; where
 * every corner has content, it docks at the top of the page instead.
 */
import type { Badges } from './badges';
import { showDates } from '../ui/dates';

const CORNERS = [
  { right: '16px', bottom: '16px' }, { left: '16px', bottom: '16px' }, { right: '16px', top: '16px' }, { left: '16px', top: '16px' },
] as const;
const REPLACED = new Set(['IMG', 'INPUT', 'BUTTON', 'SELECT', 'TEXTAREA', 'VIDEO', 'CANVAS', 'SVG', 'IFRAME', 'INSCOPE-BADGE', 'INSCOPE-CASE', 'INSCOPE-PERSON']);

export class SummaryChip {
  private chip?: { host: HTMLElement; button: HTMLButtonElement; count: HTMLSpanElement; notice: HTMLSpanElement };
  private text = { full: '' };
  private placing = false;
  private docked = false;

  constructor(private readonly badges: Badges, private readonly onNext: () => void) {}

  /** Places the chip again when the window is resized or scrolled, until `signal` aborts. */
  follow(signal: AbortSignal): void {
    const win = this.badges.doc.defaultView;
    if (!win) return;
    win.addEventListener('resize', () => this.placeSoon(), { signal, passive: true });
    win.addEventListener('scroll', () => this.placeSoon(), { signal, passive: true, capture: true });
  }

  /**
   * Placing reads the layout: never inside the overlay's writes (that would lay the page out an
   * extra time on every scan), but once, at the next frame, when the browser lays out anyway.
   */
  private placeSoon(): void {
    if (this.placing || this.docked) return;
    const win = this.badges.doc.defaultView;
    if (!win?.requestAnimationFrame) return;
    this.placing = true;
    win.requestAnimationFrame(() => {
      this.placing = false;
      this.place();
    });
  }

  update(cases: number, flagged: number, notice?: string): void {
    if (!cases) {
      this.remove();
      return;
    }
    const doc = this.badges.doc;
    if (!this.chip) {
      const { host, root } = this.badges.host('inscope-summary', 'summary');
      const button = doc.createElement('button');
      button.type = 'button';
      button.addEventListener('click', () => this.onNext());
      const count = doc.createElement('span');
      const said = doc.createElement('span');
      said.className = 'notice';
      button.append(count, said);
      root.append(button);
      if (this.docked) doc.body.prepend(host);
      else doc.documentElement.append(host);
      this.chip = { host, button, count, notice: said };
    }
    const { host, button, count } = this.chip;
    button.className = `chip${flagged ? '' : ' calm'}${this.docked ? ' docked' : ''}`;
    this.text.full = flagged
      ? `${flagged} case${flagged === 1 ? ' needs' : 's need'} attention`
      : `All ${cases} case${cases === 1 ? '' : 's'} in scope`;
    count.textContent = this.text.full;
    // Roster strings never reach here: the notice is the policy's sentence.
    this.chip.notice.textContent = notice ? showDates(notice) : '';
    this.chip.notice.hidden = !notice;
    const said = notice ? showDates(notice) : '';
    button.setAttribute('aria-label', `InScope: ${this.text.full}${said ? `. ${said}` : ''}`);
    button.title = `${this.text.full}${said ? `\n${said}` : ''}`;
    host.setAttribute('data-inscope-count', String(flagged));
    this.placeSoon();
  }

  remove(): void {
    this.chip?.host.remove();
    this.chip = undefined;
  }

  /** The first corner where the chip covers no page content; else docked at the top of the page. */
  private place(): void {
    const chip = this.chip;
    const doc = this.badges.doc;
    if (!chip || this.docked || typeof doc.elementsFromPoint !== 'function') return;
    const style = chip.button.style;
    const put = (corner: (typeof CORNERS)[number]) => Object.assign(style, { left: 'auto', right: 'auto', top: 'auto', bottom: 'auto', ...corner });
    for (const corner of CORNERS) {
      put(corner);
      if (!this.coversContent(chip.button.getBoundingClientRect(), chip.host)) return;
    }
    // Every corner has content under it: the chip docks at the top of the page, in its flow, where
    // it pushes the page down once instead of covering anything — and stays there.
    this.docked = true;
    chip.host.setAttribute('data-inscope-docked', '');
    chip.button.classList.add('docked');
    this.badges.doc.body.prepend(chip.host);
  }

  /** Whether page content shows under this box: the elements under it (hit-tested on a grid) that show text, a control or an image there. */
  private coversContent(r: DOMRect, ours: Element): boolean {
    const doc = this.badges.doc;
    const seen = new Set<Element>();
    for (let x = r.left + 1; x < r.right + 6; x += 10) {
      for (let y = r.top + 1; y < r.bottom + 6; y += 8) {
        for (const el of doc.elementsFromPoint(Math.min(x, r.right - 1), Math.min(y, r.bottom - 1))) {
          if (el === ours || ours.contains(el) || el.tagName === 'INSCOPE-CARD' || seen.has(el)) continue;
          seen.add(el);
          if (shows(el, r)) return true;
        }
      }
    }
    return false;
  }
}

/** Whether an element shows something inside `box`: it is a control, an image or a badge, or its own text lies there. */
function shows(el: Element, box: DOMRect): boolean {
  const doc = el.ownerDocument;
  if (el === doc.documentElement || el === doc.body) return false;
  const meets = (b: DOMRect | DOMRectReadOnly) => b.width > 0 && b.height > 0 && b.right > box.left - 2 && b.left < box.right + 2 && b.bottom > box.top - 2 && b.top < box.bottom + 2;
  if (REPLACED.has(el.tagName.toUpperCase())) return meets(el.getBoundingClientRect());
  for (const n of el.childNodes) {
    if (n.nodeType !== 3 || !n.nodeValue?.trim()) continue;
    const range = doc.createRange();
    range.selectNodeContents(n);
    for (const b of range.getClientRects()) if (meets(b)) return true;
  }
  return false;
}
