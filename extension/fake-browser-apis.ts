/**
 * Tests only: in-memory `scripting` (dynamic content scripts) and `permissions` for WXT's
 * fakeBrowser, which leaves both unimplemented. Granted origins are what a test says.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';

interface Registered { id: string; matches?: string[]; js?: string[]; allFrames?: boolean; runAt?: string; persistAcrossSessions?: boolean }

export function installFakeScripting(granted: Set<string>): { registered: Map<string, Registered> } {
  const registered = new Map<string, Registered>();
  const scripting = fakeBrowser.scripting as unknown as Record<string, unknown>;
  scripting.getRegisteredContentScripts = async (filter?: { ids?: string[] }) =>
    [...registered.values()].filter((s) => !filter?.ids || filter.ids.includes(s.id));
  scripting.registerContentScripts = async (scripts: Registered[]) => {
    for (const s of scripts) {
      if (registered.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
      registered.set(s.id, s);
    }
  };
  scripting.unregisterContentScripts = async (filter?: { ids?: string[] }) => {
    for (const id of filter?.ids ?? [...registered.keys()]) {
      if (!registered.delete(id)) throw new Error(`Nonexistent script ID '${id}'`);
    }
  };
  (fakeBrowser.permissions as unknown as Record<string, unknown>).contains = async (p: { origins?: string[] }) => (p.origins ?? []).every((o) => granted.has(o));
  return { registered };
}

interface FakeEvent<A extends unknown[]> {
  addListener(l: (...a: A) => void): void;
  removeListener(l: (...a: A) => void): void;
  hasListener(l: (...a: A) => void): boolean;
  fire(...a: A): void;
}

function fakeEvent<A extends unknown[]>(): FakeEvent<A> {
  const listeners = new Set<(...a: A) => void>();
  return {
    addListener: (l) => void listeners.add(l),
    removeListener: (l) => void listeners.delete(l),
    hasListener: (l) => listeners.has(l),
    fire: (...a) => listeners.forEach((l) => l(...a)),
  };
}

export interface FakePort {
  name: string;
  sender?: object;
  onMessage: FakeEvent<[unknown, FakePort]>;
  onDisconnect: FakeEvent<[FakePort]>;
  postMessage(m: unknown): void;
  disconnect(): void;
}

/**
 * `runtime.connect` / `runtime.onConnect`, which fakeBrowser leaves unimplemented: a pair of ports,
 * messages copied (as the browser does) and delivered on a later microtask. `runtime.connect`
 * connects as `sender` (a page's content script by default); `stop()` closes every port, as a
 * background that stops when idle does.
 */
export function installFakePorts(sender: object): { stop(): void } {
  const onConnect = fakeEvent<[FakePort]>();
  const open = new Set<FakePort>();
  type End = FakePort & { peer?: End; connected: boolean };
  const port = (name: string, from?: object): End => {
    const p: End = {
      name, ...(from ? { sender: from } : {}), connected: true,
      onMessage: fakeEvent(), onDisconnect: fakeEvent(),
      postMessage(m) {
        if (!p.connected) throw new Error('Attempting to use a disconnected port object');
        const copy: unknown = structuredClone(m);
        queueMicrotask(() => p.peer?.onMessage.fire(copy, p.peer));
      },
      // The other end hears of it (onDisconnect), not this one.
      disconnect() {
        if (!p.connected) return;
        p.connected = false;
        open.delete(p);
        const peer = p.peer;
        if (!peer?.connected) return;
        peer.connected = false;
        open.delete(peer);
        queueMicrotask(() => peer.onDisconnect.fire(peer));
      },
    };
    open.add(p);
    return p;
  };
  const runtime = fakeBrowser.runtime as unknown as Record<string, unknown>;
  runtime.onConnect = onConnect;
  runtime.connect = (info?: { name?: string }) => {
    const page = port(info?.name ?? '');
    const background = port(info?.name ?? '', sender);
    page.peer = background;
    background.peer = page;
    onConnect.fire(background);
    return page;
  };
  return { stop: () => [...open].filter((p) => p.sender).forEach((p) => p.disconnect()) };
}
