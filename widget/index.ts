/**
 * The InScope widget: one script a host page includes (no extension APIs). It annotates the page
 * exactly like the extension's overlay — same core, same badges and cards, same test contract —
 * and defines <inscope-case> and <inscope-person> for hosts that render their own markup.
 * docs/widget.md is the host's contract.
 */
import * as z from 'zod/mini';
import { AdapterSchema, type Adapter } from '../page/adapter';
import { jsonPath } from '../lib/roster/validate';
import { WIDGET_ATTRIBUTE } from '../page/scan';
import { VERSION } from '../lib/version';
import { Overlay } from '../page/overlay/overlay';
import type { VerdictNotice } from '../page/overlay/source';
import type { CaseVerdict, PersonVerdict } from '../lib/verdict';
import type { EngineStatus, startEngine } from './engine';

// Under a strict CSP, zod must not even try to compile validators (the attempt is a CSP violation).
z.config({ jitless: true });

const MountOptionsSchema = z.object({
  // roster, root and the numbers are checked below (zod's number schema would cost the budget more than it saves).
  roster: z.unknown(),
  catalog: z.optional(z.unknown()),
  root: z.optional(z.unknown()),
  adapters: z.optional(z.array(AdapterSchema)),
  maxRosterAgeHours: z.optional(z.unknown()),
  expiryWarningDays: z.optional(z.unknown()),
  horizonDays: z.optional(z.unknown()),
  pageDate: z.optional(z.iso.date({ error: 'must be a date written YYYY-MM-DD' })),
  vocabulary: z.optional(z.unknown()),
  facility: z.optional(z.string().check(z.minLength(1))),
  facilityAliases: z.optional(z.record(z.string(), z.array(z.string()))),
});

/**
 * Beside the script: the verdict side (roster, vocabulary, engine) as a module it imports when it
 * mounts, and the procedure vocabulary (each too large to share the script's 40 KB budget).
 */
const SCRIPT_URL: string = import.meta.url;
const ENGINE_FILE = 'inscope-engine.mjs';
const VOCABULARY_FILE = 'inscope-vocabulary.json';

export interface MountOptions {
  /**
   * A URL (canonical JSON, CSV or FHIR R4 behind it) or a canonical roster object; a health
   * system's page gives one per facility (an array): each case is checked at its own facility.
   */
  roster: string | URL | object | Array<string | URL | object>;
  /** For a CSV or FHIR roster: a canonical JSON roster (URL or object) whose privilege catalog its grants refer to. */
  catalog?: string | URL | object;
  adapters?: Adapter[];
  /** Annotate only inside this element (default: the whole page). */
  root?: Element;
  maxRosterAgeHours?: number;
  expiryWarningDays?: number;
  /** How far ahead a case whose row shows no date may be (days, default 90): its verdict must hold through then. */
  horizonDays?: number;
  /** The date of cases whose rows carry none (ISO); else today. */
  pageDate?: string;
  /** Where the procedure vocabulary is (default: inscope-vocabulary.json beside the widget's script). */
  vocabulary?: string | URL;
  /** The facility this page's cases are at (its id or a name), for rows that name none. */
  facility?: string;
  /** More names per facility id that schedules print ("ASC-N"), beside the rosters' own aliases. */
  facilityAliases?: Record<string, string[]>;
}

function checkOptions(options: MountOptions): MountOptions {
  const fail = (where: string, message: string): never => {
    throw new TypeError(`InScope.mount: ${where} ${message}`);
  };
  if (!options || typeof options !== 'object') fail('options', 'must be an object, e.g. { roster: "/roster.json" }');
  const parsed = MountOptionsSchema.safeParse(options, { reportInput: true });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    fail(jsonPath(issue.path), issue.code === 'invalid_type' && issue.input === undefined ? 'is required' : issue.message);
  }
  const { roster, catalog, root } = options;
  const isSource = (v: unknown) => v instanceof URL || (typeof v === 'string' && !!v.trim()) || (!!v && typeof v === 'object' && !Array.isArray(v));
  if (Array.isArray(roster) ? !roster.length || !roster.every(isSource) : !isSource(roster)) fail('roster', 'must be a URL or a roster object, or a non-empty array of them (one per facility)');
  if (catalog !== undefined && !isSource(catalog)) fail('catalog', 'must be a URL or a roster object');
  if (root !== undefined && !(root instanceof Element)) fail('root', 'must be an element of the page');
  const vocabulary = options.vocabulary;
  if (vocabulary !== undefined && !(vocabulary instanceof URL || (typeof vocabulary === 'string' && vocabulary.trim()))) fail('vocabulary', 'must be a URL');
  const { maxRosterAgeHours: hours, expiryWarningDays: days, horizonDays } = options;
  if (horizonDays !== undefined && !(Number.isInteger(horizonDays) && horizonDays >= 0 && horizonDays <= 730)) fail('horizonDays', 'must be a whole number of days from 0 to 730');
  if (hours !== undefined && !(typeof hours === 'number' && hours > 0)) fail('maxRosterAgeHours', 'must be a number of hours above 0');
  if (days !== undefined && !(Number.isInteger(days) && days >= 1 && days <= 365)) fail('expiryWarningDays', 'must be a whole number of days from 1 to 365');
  return options;
}

/** What the widget knows about its roster; `ready` and `refresh()` resolve with it. */
export type RosterStatus = EngineStatus;

export interface WidgetHandle {
  ready: Promise<RosterStatus>;
  refresh(): Promise<RosterStatus>;
  unmount(): void;
}


export function mount(options: MountOptions): WidgetHandle {
  const o = checkOptions(options);
  const doc = o.root?.ownerDocument ?? document;
  /** The overlay showing the roster now loaded: aborting its signal removes it. */
  let running: AbortController | undefined;
  let unmounted = false;
  let generation = 0;

  const tell = (n: VerdictNotice) => {
    // The widget's source answers with full verdicts.
    const v = n.verdict as CaseVerdict | PersonVerdict;
    n.element.dispatchEvent(new CustomEvent('inscope:verdict', {
      bubbles: true, composed: true,
      detail: { kind: n.kind, verdict: v.verdict, reasons: v.reasons, practitioner: v.practitioner, element: n.element, badge: n.badge, result: v },
    }));
  };

  const load = async (): Promise<RosterStatus> => {
    const mine = ++generation;
    const href = (v: string | URL | object) => (v instanceof URL ? v.href : v);
    const roster = Array.isArray(o.roster) ? o.roster.map(href) : href(o.roster);
    const engine: { startEngine: typeof startEngine } = await import(/* @vite-ignore */ new URL(ENGINE_FILE, SCRIPT_URL).href);
    const { status, source } = await engine.startEngine({
      roster, catalog: o.catalog === undefined ? undefined : href(o.catalog), base: doc.baseURI,
      facility: o.facility, facilityAliases: o.facilityAliases,
      vocabulary: new URL(String(o.vocabulary ?? VOCABULARY_FILE), o.vocabulary ? doc.baseURI : SCRIPT_URL).href,
      maxRosterAgeHours: o.maxRosterAgeHours, expiryWarningDays: o.expiryWarningDays, horizonDays: o.horizonDays,
    });
    if (unmounted || mine !== generation) return status;
    if (status.problem) {
      // One sentence for whoever looks at the console; the host can listen for the event.
      console.warn(`InScope: ${status.problem}`);
      (o.root ?? doc).dispatchEvent(new CustomEvent('inscope:error', { bubbles: true, detail: { message: status.problem, errors: status.errors } }));
    }
    running?.abort();
    running = new AbortController();
    await new Overlay(doc, source, { adapters: o.adapters, root: o.root, pageDate: o.pageDate, onVerdict: tell }).start(running.signal);
    return status;
  };

  // Whatever goes wrong, the host gets a status saying so (never an unhandled rejection), and
  // the page shows no verdicts rather than wrong ones.
  const safeLoad = () => load().catch((e: unknown): RosterStatus => {
    const problem = `InScope could not start: ${(e as Error)?.message ?? e}`;
    console.warn(problem);
    return { loaded: false, source: 'none', practitioners: 0, stale: false, problem, errors: [] };
  });
  doc.documentElement.setAttribute(WIDGET_ATTRIBUTE, VERSION);
  const ready = safeLoad();
  return {
    ready,
    refresh: safeLoad,
    unmount() {
      unmounted = true;
      doc.documentElement.removeAttribute(WIDGET_ATTRIBUTE);
      running?.abort();
      running = undefined;
    },
  };
}

/** Marks the host's own elements as known (styling hooks, :defined); the overlay renders into them. */
class InScopeElement extends HTMLElement {}
for (const tag of ['inscope-case', 'inscope-person']) {
  if (typeof customElements !== 'undefined' && !customElements.get(tag)) customElements.define(tag, class extends InScopeElement {});
}

export { VERSION };
