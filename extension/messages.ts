/**
 * The one protocol between content scripts, extension pages and the
 * background — extension pages send each request as a message, a content script posts them on its
 * port (messaging.ts). Every request is validated with zod on arrival; replies are `{ok: true, …}` or
 * `{ok: false, error}` with one sentence. Content scripts may only ask for verdicts: the
 * background rejects anything else from them, and anything from other extensions or web pages.
 */
import { z } from 'zod';
import { AcknowledgementSchema, CaseInputSchema, NameSchema } from '../lib/requests';
import type { CaseVerdict, VerdictBrief } from '../lib/verdict';
import type { EffectiveSettings, SettingsProblem } from './settings';
import type { RunRecord } from './store/db';
import type { InScopeService } from './store/service';
import type { SiteStatus } from './store/sites';

const name = NameSchema;

/** What content scripts may send: verdicts for what a page shows. */
export const PageRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('evaluateCases'), cases: z.array(CaseInputSchema).max(5000) }),
  z.object({ type: z.literal('evaluatePeople'), names: z.array(name).max(5000) }),
  z.object({ type: z.literal('personCard'), name }),
  z.object({ type: z.literal('caseVerdict'), case: CaseInputSchema }),
  z.object({ type: z.literal('pageSetup') }),
  z.object({ type: z.literal('acknowledge'), ack: AcknowledgementSchema }),
]);

/** What only extension pages (popup, options) may send. */
export const AdminRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('status') }),
  z.object({ type: z.literal('importUpload'), uploadId: z.string().min(1), confirm: z.boolean().optional() }),
  z.object({ type: z.literal('discardUpload'), uploadId: z.string().min(1) }),
  z.object({ type: z.literal('syncNow') }),
  z.object({ type: z.literal('search'), query: z.string().max(200) }),
  z.object({ type: z.literal('practitionerCard'), id: z.string().min(1), facility: z.string().min(1).optional() }),
  z.object({ type: z.literal('expiring'), days: z.number().int().min(1).max(366) }),
  z.object({ type: z.literal('runs') }),
  z.object({ type: z.literal('acknowledgements') }),
  z.object({ type: z.literal('siteStatus'), url: z.string().url() }),
  z.object({ type: z.literal('setSiteEnabled'), url: z.string().url(), enabled: z.boolean() }),
  z.object({ type: z.literal('history') }),
  z.object({ type: z.literal('rollback'), generation: z.number().int().min(1) }),
  z.object({ type: z.literal('removeFacility'), facility: z.string().min(1) }),
  z.object({ type: z.literal('deadlines'), days: z.number().int().min(1).max(366).optional() }),
  // A schedule export, as text: at most 20 MB.
  z.object({ type: z.literal('auditSchedule'), csv: z.string().max(20_000_000) }),
  z.object({ type: z.literal('settings') }),
  z.object({ type: z.literal('saveSettings'), values: z.record(z.string(), z.unknown()) }),
]);

export const RequestSchema = z.union([PageRequestSchema, AdminRequestSchema]);

export type PageRequest = z.infer<typeof PageRequestSchema>;
export type AdminRequest = z.infer<typeof AdminRequestSchema>;
export type Request = z.infer<typeof RequestSchema>;

export type Reply<T> = ({ ok: true } & T) | { ok: false; error: string };

/** A request by its type: `RequestOf<'search'>` is `{type: 'search', query: string}`. */
export type RequestOf<K extends Request['type']> = Extract<Request, { type: K }>;

type Service = InScopeService;
type Returns<K extends keyof Service> = Service[K] extends (...args: never[]) => Promise<infer R> ? R : never;

/** What the background answers to each request (besides `ok: true`). Callers are typed from it. */
export interface Replies {
  evaluateCases: { verdicts: VerdictBrief[] };
  evaluatePeople: { verdicts: VerdictBrief[] };
  caseVerdict: { verdict: CaseVerdict };
  personCard: Returns<'personCard'>;
  pageSetup: Returns<'pageSetup'>;
  acknowledge: { ack: Returns<'acknowledge'> };
  status: { status: Returns<'status'>; nextSync?: string };
  importUpload: { run: RunRecord };
  discardUpload: { run: RunRecord };
  syncNow: { run: RunRecord };
  search: { results: Returns<'search'> };
  practitionerCard: { card: Returns<'practitionerCard'> };
  expiring: { items: Returns<'expiring'> };
  deadlines: { items: Returns<'deadlines'> };
  history: Returns<'history'>;
  rollback: { run: RunRecord };
  removeFacility: { run: RunRecord };
  auditSchedule: { rows: Returns<'auditSchedule'> };
  runs: { runs: Returns<'runs'> };
  acknowledgements: { acks: Returns<'acknowledgements'> };
  siteStatus: { site: SiteStatus };
  setSiteEnabled: { site: SiteStatus };
  settings: { settings: EffectiveSettings };
  saveSettings: { saved: boolean; problems?: SettingsProblem[]; settings: EffectiveSettings };
}

/** The background's handlers: one per request type, each typed by its request and reply. */
export type Handlers<Context> = { [K in Request['type']]: (request: RequestOf<K>, context: Context) => Promise<Replies[K]> };

/** Where a message came from, as the background sees it. */
export interface SenderInfo {
  /** The sending extension's id. */
  id?: string;
  /** The sending page's URL (an extension page, or the tab's page for content scripts). */
  url?: string;
  /** The tab, for content scripts and for extension pages opened in a tab. */
  tabId?: number;
}

export type Checked =
  | { ok: true; request: Request; from: 'page' | 'extension' }
  | { ok: false; error: string };

/**
 * Accepts a message only from this extension: from its own pages (anything), or from its content
 * scripts (verdict requests only). `extensionId` and `extensionOrigin` are this extension's.
 */
export function checkMessage(message: unknown, sender: SenderInfo, extensionId: string, extensionOrigin: string): Checked {
  if (sender.id !== extensionId) return { ok: false, error: 'Messages from other extensions are not accepted.' };
  // A content script's sender URL is the web page's; only our own pages (popup, options — also
  // when opened in a tab) have the extension's origin.
  const fromExtensionPage = !!sender.url?.startsWith(extensionOrigin);
  const schema = fromExtensionPage ? RequestSchema : PageRequestSchema;
  const parsed = schema.safeParse(message);
  if (!parsed.success) {
    const type = (message as { type?: unknown } | null)?.type;
    if (!fromExtensionPage && AdminRequestSchema.options.some((o) => o.shape.type.value === type)) {
      return { ok: false, error: `"${String(type)}" is only accepted from InScope's own pages.` };
    }
    const issue = parsed.error.issues[0];
    return { ok: false, error: `Invalid message: ${issue.path.join('.') || 'message'} ${issue.message}.` };
  }
  return { ok: true, request: parsed.data, from: fromExtensionPage ? 'extension' : 'page' };
}
