// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Badges } from './badges';
import { SummaryChip } from './chip';
import { CardPopover } from './card';
import { textOf } from '../scan';

const controllers: AbortController[] = [];
afterEach(() => {
  for (const ac of controllers.splice(0)) ac.abort();
  for (const el of document.querySelectorAll('inscope-card, inscope-summary')) el.remove();
});

beforeEach(() => {
  document.body.innerHTML = '<table><tr><td id="cell">LAP CHOLE</td></tr></table><p id="p">Ask Thomas Whitfield or the desk.</p>';
});

describe('badges', () => {
  it('puts a case badge last in its cell, marked with its verdict, labelled as text', () => {
    const badges = new Badges(document, true);
    const hostile = '<img src=x onerror=alert(1)>';
    const host = badges.placeCase(document.getElementById('cell')!, 'block', hostile, 'LAP CHOLE');
    expect(host.parentElement!.id).toBe('cell');
    expect(host.getAttribute('data-inscope-verdict')).toBe('block');
    expect(host.getAttribute('data-inscope-kind')).toBe('case');
    // A closed shadow root: the page's scripts see the verdict word on the host, nothing inside.
    expect(host.shadowRoot).toBeNull();
    expect(document.querySelector('img')).toBeNull();
  });

  it('redraws the badge a recycled row already has for its new case, forgetting the old case\'s acknowledgement', () => {
    const badges = new Badges(document, false);
    const cell = document.getElementById('cell')!;
    const first = badges.placeCase(cell, 'block', 'Whitfield, Thomas', 'LAP CHOLE');
    first.setAttribute('data-inscope-acknowledged', 'true');
    const again = badges.placeCase(cell, 'ok', 'Peña, Elena', 'LAP APPY', first);
    expect(again).toBe(first);
    expect(cell.querySelectorAll('inscope-badge')).toHaveLength(1);
    expect(again.getAttribute('data-inscope-verdict')).toBe('ok');
    expect(again.hasAttribute('data-inscope-acknowledged')).toBe(false);
    const buttons = again.shadowRoot!.querySelectorAll('button');
    expect(buttons).toHaveLength(1);
    expect(buttons[0].getAttribute('aria-label')).toBe('InScope: OK — Peña, Elena, LAP APPY');
    // A badge the page moved out of the cell is not reused: the cell gets a new one, the old one goes.
    document.getElementById('p')!.append(again);
    const moved = badges.placeCase(cell, 'warn', 'Peña, Elena', 'LAP APPY', again);
    expect(moved).not.toBe(again);
    expect(again.isConnected).toBe(false);
    expect(moved.parentElement).toBe(cell);
  });

  it('adds no text of its own to the page: a badged cell or paragraph reads as the page wrote it', () => {
    const badges = new Badges(document, false);
    badges.placeCase(document.getElementById('cell')!, 'warn', 'Whitfield, Thomas', 'LAP CHOLE');
    badges.placePerson(document.getElementById('p')!.firstChild as Text, 'Ask Thomas Whitfield'.length, 'Thomas Whitfield', 'ok', 'Whitfield, Thomas');
    expect(textOf(document.getElementById('cell'))).toBe('LAP CHOLE');
    expect(textOf(document.getElementById('p'))).toBe('Ask Thomas Whitfield or the desk.');
  });

  it('puts a person badge right after the name in the text, splitting the text there', () => {
    const badges = new Badges(document);
    const text = document.getElementById('p')!.firstChild as Text;
    const end = 'Ask Thomas Whitfield'.length;
    const host = badges.placePerson(text, end, 'Thomas Whitfield', 'ok', 'Whitfield, Thomas')!;
    expect(host.previousSibling!.textContent).toBe('Ask Thomas Whitfield');
    expect(host.nextSibling!.textContent).toBe(' or the desk.');
    expect(host.getAttribute('data-inscope-name')).toBe('Thomas Whitfield');
    expect(host.shadowRoot!.querySelector('button')!.getAttribute('aria-label')).toBe('InScope: OK — Whitfield, Thomas');
  });

  it('answers for its own badges only: another InScope on the page keeps its own', () => {
    const mine = new Badges(document);
    const theirs = new Badges(document);
    const a = mine.placeCase(document.getElementById('cell')!, 'ok', 'A', 'B');
    const b = theirs.placeCase(document.getElementById('cell')!, 'ok', 'A', 'B');
    expect(mine.badgeOf({ target: a } as unknown as Event)).toBe(a);
    expect(mine.badgeOf({ target: b } as unknown as Event)).toBeUndefined();
    expect(mine.all()).toEqual([a]);
    expect(Badges.isOurs(b.shadowRoot!.querySelector('button'))).toBe(false);
    expect(Badges.isOurs(b)).toBe(true);
  });
});

describe('the summary chip', () => {
  it('says how many cases need attention, or that all are in scope, and is gone with no case', () => {
    const next = vi.fn();
    const chip = new SummaryChip(new Badges(document), next);
    chip.update(12, 3);
    const host = document.querySelector('inscope-summary')!;
    const button = host.shadowRoot!.querySelector('button')!;
    expect(button.textContent).toBe('3 cases need attention');
    expect(host.getAttribute('data-inscope-count')).toBe('3');
    chip.update(12, 1);
    expect(button.textContent).toBe('1 case needs attention');
    chip.update(12, 0);
    expect(button.textContent).toBe('All 12 cases in scope');
    button.click();
    expect(next).toHaveBeenCalledTimes(1);
    chip.update(0, 0);
    expect(document.querySelector('inscope-summary')).toBeNull();
  });

  it('says on the chip itself what holds back every verdict, and nothing when nothing does', () => {
    const chip = new SummaryChip(new Badges(document), () => undefined);
    chip.update(5, 5, 'The roster is out of date (generated 2026-11-01T06:00:00Z), so no case shows as in scope: verify cases in the roster.');
    const button = document.querySelector('inscope-summary')!.shadowRoot!.querySelector('button')!;
    const notice = button.querySelector('.notice') as HTMLElement;
    expect(notice.hidden).toBe(false);
    expect(notice.textContent).toMatch(/^The roster is out of date/);
    expect(button.getAttribute('aria-label')).toBe(`InScope: 5 cases need attention. ${notice.textContent}`);
    chip.update(5, 0);
    expect(notice.hidden).toBe(true);
    expect(button.textContent).toBe('All 5 cases in scope');
  });
});

describe('the card popover', () => {
  const setup = () => {
    const badges = new Badges(document);
    const anchor = badges.placeCase(document.getElementById('cell')!, 'warn', 'A', 'B');
    const drawn: HTMLElement[] = [];
    const card = new CardPopover(badges, (w) => w(), (a, show) => {
      drawn.push(a);
      show(<p>Card for the case</p>);
    });
    const ac = new AbortController();
    controllers.push(ac);
    card.listen(ac.signal);
    return { anchor, card, drawn, ac };
  };
  const cardHost = () => document.querySelector('inscope-card');

  it('opens next to its badge with what the caller draws, one at a time', () => {
    const { anchor, card, drawn } = setup();
    card.open(anchor);
    card.open(anchor);
    expect(drawn).toEqual([anchor]);
    expect(document.querySelectorAll('inscope-card')).toHaveLength(1);
    expect(cardHost()!.shadowRoot!.querySelector('[role="dialog"]')!.textContent).toBe('Card for the case');
  });

  it('does not open for a page script\'s synthetic hover or click', () => {
    const { anchor } = setup();
    anchor.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    anchor.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(cardHost()).toBeNull();
  });

  it('closes on Escape, on a click elsewhere, and when its signal aborts', () => {
    const { anchor, card, ac } = setup();
    card.open(anchor);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(cardHost()).toBeNull();
    card.open(anchor);
    document.getElementById('p')!.dispatchEvent(new Event('pointerdown', { bubbles: true, composed: true }));
    expect(cardHost()).toBeNull();
    card.open(anchor);
    ac.abort();
    expect(cardHost()).toBeNull();
  });
});
