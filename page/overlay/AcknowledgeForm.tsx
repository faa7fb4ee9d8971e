/**
 * A case card's acknowledge form (the extension's; the widget keeps no acknowledgement log and
 * ships none): a reason from the preset list and a short note, taken and saved only from the
 * user's own clicks and keys — a script's events neither fill the form (it is drawn again as it
 * was) nor save it.
 */
import { Component } from 'preact';
import { ACK_NOTE_MAX, ACK_REASONS, type AckReason } from '../../lib/acknowledgements';

interface AckState { open: boolean; reason: AckReason | ''; note: string; error?: string }

export class AcknowledgeForm extends Component<{ onAcknowledge: (reason: AckReason, note?: string) => Promise<void> }, AckState> {
  override state: AckState = { open: false, reason: '', note: '' };

  private save(e: Event): void {
    e.preventDefault();
    if (!e.isTrusted) return;
    const { reason, note } = this.state;
    if (!reason) { this.setState({ error: 'Choose a reason.' }); return; }
    if (reason === 'other' && note.trim().length < 3) { this.setState({ error: 'Say why in the note (at least 3 characters).' }); return; }
    this.props.onAcknowledge(reason, note.trim() || undefined).catch((err: Error) => this.setState({ error: err.message }));
  }

  override render() {
    const { open, reason, note, error } = this.state;
    if (!open) return <button type="button" onClick={(e) => e.isTrusted && this.setState({ open: true })}>Acknowledge…</button>;
    return (
      <form onSubmit={(e) => e.preventDefault()}>
        <label>Reason{' '}
          <select value={reason} onChange={(e) => (e.isTrusted ? this.setState({ reason: (e.currentTarget as HTMLSelectElement).value as AckReason, error: undefined }) : this.forceUpdate())}>
            <option value="">Choose…</option>
            {Object.entries(ACK_REASONS).map(([key, label]) => <option key={key} value={key}>{label}</option>)}
          </select>
        </label>
        <label>Note (optional, no patient details){' '}
          <input type="text" maxLength={ACK_NOTE_MAX} value={note} onInput={(e) => (e.isTrusted ? this.setState({ note: (e.currentTarget as HTMLInputElement).value }) : this.forceUpdate())} />
        </label>
        {error && <p class="reason block" role="alert">{error}</p>}
        <button type="submit" onClick={(e) => this.save(e)}>Save acknowledgement</button>{' '}
        <button type="button" onClick={() => this.setState({ open: false, reason: '', note: '', error: undefined })}>Cancel</button>
      </form>
    );
  }
}
