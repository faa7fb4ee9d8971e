/**
 * Site adapters: pages that are not plain tables (docs/adapters.md). Validated with zod/mini —
 * the schema ships in the widget as well as the extension's settings.
 */
import * as z from 'zod/mini';
import { describe } from '../lib/roster/schema';

const selector = (description?: string) => {
  const s = z.string().check(z.minLength(1));
  return description ? describe(s, description) : s;
};

export const AdapterSchema = z.object({
  id: z.string().check(z.minLength(1)),
  matches: describe(z.array(z.string().check(z.minLength(1))).check(z.minLength(1)), 'URL match patterns, e.g. https://or.example.org/schedule/*'),
  case: z.optional(z.object({
    row: selector('CSS selector of a case row, relative to the document'),
    practitioner: selector('CSS selector of the practitioner, relative to the row'),
    procedure: selector(),
    code: z.optional(z.string()),
    facility: z.optional(describe(z.string(), 'CSS selector of the case\'s facility or location, relative to the row')),
    room: z.optional(z.string()),
    date: z.optional(z.string()),
    dateFormat: z.optional(z.enum(['iso', 'mdy', 'dmy'])),
  })),
  person: z.optional(z.object({ selector: selector() })),
  facility: z.optional(describe(z.string().check(z.minLength(1)),
    'The facility (its id or a name) every case and person on the matching pages is at, unless a row names its own: with several facilities\' rosters loaded.')),
  pageDate: z.optional(z.object({
    selector: selector('CSS selector of the element showing the date the page\'s cases are on (rows without a date of their own)'),
    dateFormat: z.optional(z.enum(['iso', 'mdy', 'dmy'])),
  })),
});
export type Adapter = z.infer<typeof AdapterSchema>;
