/** A case card's acknowledge form (the extension's; the widget keeps no acknowledgement log and ships none). */
import { Component } from 'preact';

interface AckState { open: boolean; reason: string; error?: string }

/** "Acknowledge…", then a reason. */
export class AcknowledgeForm extends Component<{ onAcknowledge: (reason: string) => Promise<void> }, AckState> {
  override state: AckState = { open: false, reason: '' };

  override render() {
    const { open, reason, error } = this.state;
    if (!open) return <button type="button" onClick={() => this.setState({ open: true })}>Acknowledge…</button>;
    return (
      <form onSubmit={(e) => {
        e.preventDefault();
        if (reason.trim().length < 3) { this.setState({ error: 'Say why (at least 3 characters).' }); return; }
        this.props.onAcknowledge(reason.trim()).catch((err: Error) => this.setState({ error: err.message }));
      }}>
        <label>Reason <textarea rows={2} value={reason} onInput={(e) => this.setState({ reason: (e.currentTarget as HTMLTextAreaElement).value })} /></label>
        {error && <p class="reason block" role="alert">{error}</p>}
        <button type="submit">Save acknowledgement</button>
      </form>
    );
  }
}
