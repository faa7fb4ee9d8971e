/**
 * Acknowledging a flagged case: the scheduler picks a reason from this list and may add a short
 * note. The log keeps the reason, the note, the procedures InScope matched and the verdict —
 * never the booking text or anything else the page shows (it may name a patient).
 */
export const ACK_REASONS = {
  'verified-with-office': 'Privileges verified with the medical staff office',
  'proctor-arranged': 'Proctor or supervisor arranged for this case',
  'temporary-privileges': 'Temporary or emergency privileges granted',
  emergency: 'Emergency case',
  'booking-corrected': 'The booking text will be corrected',
  other: 'Other (see note)',
} as const;

export type AckReason = keyof typeof ACK_REASONS;
export const ACK_REASON_KEYS = Object.keys(ACK_REASONS) as [AckReason, ...AckReason[]];
/** A note is a few words, not a place for case details. */
export const ACK_NOTE_MAX = 140;
