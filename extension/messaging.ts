/**
 * Extension pages and the content script talking to the background: one call, typed from the
 * protocol (messages.ts: the request by its type, the reply from `Replies`), replies checked for `ok`.
 *
 * Extension pages send one message per request. A page's content script keeps one port open
 * (`pageAsker`): a request posted on an open port leaves at once, so the background answers a
 * schedule's first rows while the content script is still reading the rest (bench:overlay) — a
 * one-off message from a busy page waits for the page's task to end before it goes.
 */
import browser from 'webextension-polyfill';
import type { Replies, Request, RequestOf } from './messages';

export class BackgroundError extends Error {}

/** The name of a content script's port to the background. */
export const PAGE_PORT = 'inscope-page';

type Answer<K extends Request['type']> = ({ ok: true } & Replies[K]) | { ok: false; error: string } | undefined;

const NO_ANSWER = 'InScope\'s background did not answer; try again.';

function checked<K extends Request['type']>(reply: Answer<K>): Replies[K] {
  if (!reply) throw new BackgroundError(NO_ANSWER);
  if (!reply.ok) throw new BackgroundError(reply.error);
  return reply;
}

export async function ask<K extends Request['type']>(request: RequestOf<K>): Promise<Replies[K]> {
  return checked((await browser.runtime.sendMessage(request)) as Answer<K>);
}

/** A request on a content script's port, and the background's answer to it (`reply` as `ask` gets it). */
export interface PortRequest { id: number; request: Request }
export interface PortReply { id: number; reply: unknown }

/**
 * `ask` over one port, opened when first needed and again after the background restarted (an
 * MV3 background stops when idle: its port closes, and what was waiting fails, to be asked again).
 */
export function pageAsker(): typeof ask {
  let port: browser.Runtime.Port | undefined;
  let last = 0;
  const waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  const open = (): browser.Runtime.Port => {
    const p = browser.runtime.connect({ name: PAGE_PORT });
    p.onMessage.addListener((message: unknown) => {
      const { id, reply } = message as PortReply;
      const w = waiting.get(id);
      if (!w) return;
      waiting.delete(id);
      try {
        w.resolve(checked(reply as Answer<Request['type']>));
      } catch (e) {
        w.reject(e as Error);
      }
    });
    p.onDisconnect.addListener(() => {
      if (port === p) port = undefined;
      for (const w of waiting.values()) w.reject(new BackgroundError(NO_ANSWER));
      waiting.clear();
    });
    return p;
  };
  return <K extends Request['type']>(request: RequestOf<K>) => new Promise<Replies[K]>((resolve, reject) => {
    const id = ++last;
    waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
    try {
      port ??= open();
      port.postMessage({ id, request } satisfies PortRequest);
    } catch (e) {
      waiting.delete(id);
      port = undefined;
      reject(new BackgroundError(`${NO_ANSWER} (${(e as Error).message})`));
    }
  });
}
