/**
 * The build users install (npm run build:release) runs the overlay only where a policy allows it or
 * a user turns it on: no built-in hosts, no host permissions, no content script in the manifest.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('the release build', () => {
  it('declares no site, no host permission and no built-in host', () => {
    const r = spawnSync('node_modules/.bin/wxt', ['build'], { env: { ...process.env, INSCOPE_RELEASE: '1' }, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const manifest = JSON.parse(readFileSync('.output/release/chrome-mv3/manifest.json', 'utf8'));
    expect(manifest.host_permissions).toEqual([]);
    expect(manifest.content_scripts ?? []).toEqual([]);
    expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    // The overlay's script is still built, for the sites registered at run time.
    expect(readFileSync('.output/release/chrome-mv3/content-scripts/overlay.js', 'utf8').length).toBeGreaterThan(1000);
    const background = readFileSync('.output/release/chrome-mv3/background.js', 'utf8');
    expect(background).not.toContain('http://localhost/*');
  }, 180_000);
});
