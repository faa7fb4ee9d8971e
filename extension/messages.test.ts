import { describe, expect, it } from 'vitest';
import { checkMessage } from './messages';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const popup = { id: ID, url: `${ORIGIN}popup.html` };
const contentScript = { id: ID, url: 'http://localhost:8080/or-schedule', tabId: 7 };

describe('messages between page, popup and background', () => {
  it('accepts a batch of cases from a content script', () => {
    const r = checkMessage({ type: 'evaluateCases', cases: [{ practitioner: 'Peña, Elena', procedure: 'LAP CHOLE', date: '2026-12-01' }] }, contentScript, ID, ORIGIN);
    expect(r).toEqual({ ok: true, from: 'page', request: { type: 'evaluateCases', cases: [{ practitioner: 'Peña, Elena', procedure: 'LAP CHOLE', date: '2026-12-01' }] } });
  });

  it('rejects messages from other extensions and from web pages', () => {
    expect(checkMessage({ type: 'status' }, { id: 'otherextensionidotherextensionid', url: 'chrome-extension://other/x.html' }, ID, ORIGIN))
      .toEqual({ ok: false, error: 'Messages from other extensions are not accepted.' });
    expect(checkMessage({ type: 'status' }, { url: 'https://evil.example/' }, ID, ORIGIN).ok).toBe(false);
  });

  it('lets only extension pages import, sync or change settings', () => {
    expect(checkMessage({ type: 'syncNow' }, contentScript, ID, ORIGIN)).toEqual({ ok: false, error: '"syncNow" is only accepted from InScope\'s own pages.' });
    expect(checkMessage({ type: 'syncNow' }, popup, ID, ORIGIN)).toMatchObject({ ok: true, from: 'extension' });
    // The options page opens in a tab: it is still one of ours.
    expect(checkMessage({ type: 'settings' }, { ...popup, url: `${ORIGIN}options.html`, tabId: 3 }, ID, ORIGIN)).toMatchObject({ ok: true, from: 'extension' });
  });

  it('explains a malformed message in one sentence', () => {
    expect(checkMessage({ type: 'evaluateCases', cases: [{ practitioner: '', procedure: 'x' }] }, contentScript, ID, ORIGIN))
      .toEqual({ ok: false, error: 'Invalid message: cases.0.practitioner Too small: expected string to have >=1 characters.' });
    expect(checkMessage({ type: 'evaluateCases', cases: [{ practitioner: 'A', procedure: 'x', date: '1'.repeat(101) }] }, contentScript, ID, ORIGIN).ok).toBe(false);
    // A date as the page printed it goes to the core, which says it cannot be read.
    expect(checkMessage({ type: 'evaluateCases', cases: [{ practitioner: 'A', procedure: 'x', date: 'Someday soon' }] }, contentScript, ID, ORIGIN).ok).toBe(true);
    expect(checkMessage('hello', contentScript, ID, ORIGIN).ok).toBe(false);
  });

  it('takes an acknowledgement only as a preset reason with a short note: free text, a long note or "other" without a note is refused', () => {
    const kase = { practitioner: 'Peña, Elena', procedure: 'LAP CHOLE', date: '2026-12-01' };
    expect(checkMessage({ type: 'acknowledge', ack: { case: kase, reason: 'proctor-arranged', note: 'Dr. A proctoring' } }, contentScript, ID, ORIGIN).ok).toBe(true);
    expect(checkMessage({ type: 'acknowledge', ack: { case: kase, reason: 'LAP CHOLE for patient JANE DOE MRN 0042' } }, contentScript, ID, ORIGIN).ok).toBe(false);
    expect(checkMessage({ type: 'acknowledge', ack: { case: kase, reason: 'other' } }, contentScript, ID, ORIGIN)).toMatchObject({ ok: false, error: expect.stringContaining('needs a note') });
    expect(checkMessage({ type: 'acknowledge', ack: { case: kase, reason: 'emergency', note: 'x'.repeat(141) } }, contentScript, ID, ORIGIN)).toMatchObject({ ok: false, error: expect.stringContaining('at most 140 characters') });
  });
});
