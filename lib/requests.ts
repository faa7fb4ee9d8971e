/**
 * What hosts hand the core from outside — a case as a page or file shows it, an acknowledgement —
 * as schemas the hosts validate with (the extension's messages, extension/messages.ts), and the
 * types derived from them once. (Its own module: the widget, which takes no acknowledgements, does
 * not bundle zod for it.)
 */
import { z } from 'zod';
import { ACK_NOTE_MAX, ACK_REASON_KEYS } from './acknowledgements';

/** A practitioner's name as printed (or an NPI). */
export const NameSchema = z.string().trim().min(1).max(200);

export const CaseInputSchema = z.object({
  practitioner: NameSchema,
  procedure: z.string().max(2000),
  code: z.string().max(40).optional(),
  // The date as the page shows it: ISO, or the printed text InScope could not read (the core says so).
  date: z.string().max(100).optional(),
  dateFrom: z.enum(['row', 'page']).optional(),
  department: z.string().max(200).optional(),
  facility: z.string().max(200).optional(),
  room: z.string().max(200).optional(),
  pinnedFacility: z.string().max(200).optional(),
});

/**
 * A scheduler's acknowledgement of a flagged case: the case as the page shows it (the host checks
 * it again and keeps only what it matched), a reason from the preset list, and a short note.
 */
export const AcknowledgementSchema = z.object({
  case: CaseInputSchema,
  reason: z.enum(ACK_REASON_KEYS),
  note: z.string().trim().max(ACK_NOTE_MAX, { error: `must be at most ${ACK_NOTE_MAX} characters` }).optional(),
}).refine((a) => a.reason !== 'other' || (a.note ?? '').length >= 3, { message: 'a reason of "other" needs a note (at least 3 characters)', path: ['note'] });

export type Acknowledgement = z.infer<typeof AcknowledgementSchema>;
