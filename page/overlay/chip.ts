/**
 * The summary chip: how many of the page's cases need attention ("3 cases need attention", or
 * "All 40 cases in scope"); a click steps to the next flagged row. Gone while the page has no case.
 */
import type { Badges } from './badges';

export class SummaryChip {
  private chip?: { host: HTMLElement; button: HTMLButtonElement };

  constructor(private readonly badges: Badges, private readonly onNext: () => void) {}

  update(cases: number, flagged: number): void {
    if (!cases) {
      this.remove();
      return;
    }
    if (!this.chip) {
      const { host, root } = this.badges.host('inscope-summary', 'summary');
      const button = this.badges.doc.createElement('button');
      button.type = 'button';
      button.addEventListener('click', () => this.onNext());
      root.append(button);
      this.badges.doc.documentElement.append(host);
      this.chip = { host, button };
    }
    this.chip.button.className = `chip${flagged ? '' : ' calm'}`;
    this.chip.button.textContent = flagged
      ? `${flagged} case${flagged === 1 ? ' needs' : 's need'} attention`
      : `All ${cases} case${cases === 1 ? '' : 's'} in scope`;
    this.chip.host.setAttribute('data-inscope-count', String(flagged));
  }

  remove(): void {
    this.chip?.host.remove();
    this.chip = undefined;
  }
}
