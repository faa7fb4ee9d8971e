/**
 * Extension pages and the content script talking to the background: one call, typed from the
 * protocol (messages.ts: the request by its type, the reply from `Replies`), replies checked for `ok`.
 */
import browser from 'webextension-polyfill';
import type { Replies, Request, RequestOf } from './messages';

export class BackgroundError extends Error {}

export async function ask<K extends Request['type']>(request: RequestOf<K>): Promise<Replies[K]> {
  const reply = (await browser.runtime.sendMessage(request)) as ({ ok: true } & Replies[K]) | { ok: false; error: string } | undefined;
  if (!reply) throw new BackgroundError('InScope\'s background did not answer; try again.');
  if (!reply.ok) throw new BackgroundError(reply.error);
  return reply;
}
