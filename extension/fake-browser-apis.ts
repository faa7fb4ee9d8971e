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
