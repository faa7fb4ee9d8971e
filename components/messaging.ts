/** Extension pages talking to the background: one typed call, replies checked for `ok`. */
import browser from 'webextension-polyfill';
import type { AdminRequest, PageRequest } from '../lib/messages';

export class BackgroundError extends Error {}

export async function ask<T>(request: AdminRequest | PageRequest): Promise<T> {
  const reply = (await browser.runtime.sendMessage(request)) as ({ ok: true } & T) | { ok: false; error: string } | undefined;
  if (!reply) throw new BackgroundError('InScope\'s background did not answer; try again.');
  if (!reply.ok) throw new BackgroundError(reply.error);
  return reply;
}
