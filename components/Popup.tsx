import { VERSION } from '../lib/version';

/** The coordinator's popup. Placeholder until roster import and sync land. */
export function Popup() {
  return (
    <main style={{ font: '14px system-ui, sans-serif', padding: '12px', minWidth: '280px' }}>
      <h1 style={{ fontSize: '16px', margin: '0 0 8px' }}>InScope</h1>
      <p data-testid="status">No roster loaded yet (core {VERSION}).</p>
    </main>
  );
}
