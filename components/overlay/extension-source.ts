/** The content script's verdict source: the extension's background, by message. */
import browser from 'webextension-polyfill';
import type { Adapter } from '../../lib/settings';
import type { PageRequest } from '../../lib/messages';
import type { VerdictSource } from './source';

async function ask<T>(request: PageRequest): Promise<T> {
  const reply = (await browser.runtime.sendMessage(request)) as ({ ok: true } & T) | { ok: false; error: string };
  if (!reply?.ok) throw new Error(reply?.error ?? 'InScope did not answer.');
  return reply;
}

export function extensionSource(): VerdictSource & { adapters(): Promise<Adapter[]> } {
  let setup: Promise<{ familyKeys: string[]; hasRoster: boolean; adapters: Adapter[] }> | undefined;
  const pageSetup = () => (setup ??= ask({ type: 'pageSetup' }));
  return {
    setup: pageSetup,
    adapters: async () => (await pageSetup()).adapters,
    evaluateCases: async (cases) => (await ask<{ verdicts: never[] }>({ type: 'evaluateCases', cases })).verdicts,
    evaluatePeople: async (names) => (await ask<{ verdicts: never[] }>({ type: 'evaluatePeople', names })).verdicts,
    personCard: (name) => ask({ type: 'personCard', name }),
    acknowledge: async (ack) => {
      await ask({ type: 'acknowledge', ack });
    },
  };
}
