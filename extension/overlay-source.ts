/** The content script's verdict source: the extension's background, by message. */
import type { Adapter } from '../page/adapter';
import { pageAsker } from './messaging';
import type { VerdictSource } from '../page/overlay/source';

export function extensionSource(): VerdictSource & { adapters(): Promise<Adapter[]> } {
  const ask = pageAsker();
  let setup: Promise<{ familyKeys: string[]; hasRoster: boolean; adapters: Adapter[] }> | undefined;
  const pageSetup = () => (setup ??= ask({ type: 'pageSetup' }));
  return {
    // A new roster has other names in it: ask again.
    setup: () => {
      setup = undefined;
      return pageSetup();
    },
    adapters: async () => (await pageSetup()).adapters,
    evaluateCases: async (cases) => (await ask({ type: 'evaluateCases', cases })).verdicts,
    caseVerdict: async (input) => (await ask({ type: 'caseVerdict', case: input })).verdict,
    evaluatePeople: async (names) => (await ask({ type: 'evaluatePeople', names })).verdicts,
    personCard: (name) => ask({ type: 'personCard', name }),
    acknowledge: async (ack) => {
      await ask({ type: 'acknowledge', ack });
    },
  };
}
