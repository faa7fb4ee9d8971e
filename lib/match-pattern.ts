/**
 * URL match patterns as browsers write them: `<scheme>://<host>/<path>`, with `*` for any scheme
 * (http or https), `*.` for subdomains, and `*` anywhere in the path. `<all_urls>` matches any
 * http(s) URL. A port in the URL is ignored unless the pattern names one.
 */
/** The host-permission pattern covering a URL's site: `https://host/*` (any port, any path). */
export function sitePattern(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.hostname}/*`;
}

export function matchesPattern(pattern: string, url: string): boolean {
  if (pattern === '<all_urls>') return /^https?:/.test(url);
  const m = /^(\*|https?|file):\/\/([^/]*)(\/.*)$/.exec(pattern);
  if (!m) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  const [, scheme, host, path] = m;
  const proto = u.protocol.slice(0, -1);
  if (scheme === '*' ? proto !== 'http' && proto !== 'https' : proto !== scheme) return false;
  const [hostName, port] = host.split(':');
  if (port && u.port !== port) return false;
  if (hostName !== '*') {
    if (hostName.startsWith('*.')) {
      const base = hostName.slice(2);
      if (u.hostname !== base && !u.hostname.endsWith(`.${base}`)) return false;
    } else if (u.hostname !== hostName) return false;
  }
  const re = new RegExp(`^${path.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return re.test(u.pathname + u.search);
}
