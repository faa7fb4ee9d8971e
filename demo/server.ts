/** Serves the demo pages on loopback (both localhost and 127.0.0.1, for a cross-origin frame). */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { resolve } from 'node:path';
import { encodeRosterCsv } from '../lib/roster/csv-format';
import type { AddressInfo } from 'node:net';
import type { Roster } from '../lib/roster/schema';
import { DEMO_CSS, SPA_JS, framedPage, orSchedulePage, spaData, spaShell, staffPage, systemSchedulePage } from './pages';
import { WIDGET_CSP, WIDGET_HOST_JS, widgetHostPage } from './widget-page';

const WIDGET_DIR = resolve(import.meta.dirname, '../.output/widget');

export interface DemoServer {
  server: Server;
  port: number;
  url: (path: string) => string;
  /** Every request the server saw (path only; a 304 answer is logged as "path 304"): the network tests read it. */
  requests: string[];
  /** What /widget/roster.json answers: the demo roster (default), or a failure the tests set. */
  widgetRoster: { status?: number; body?: string };
  /** What /widget/inscope-vocabulary.json answers: the built file (default), or a failure the tests set. */
  widgetVocabulary: { status?: number };
  close(): Promise<void>;
}

export async function startDemoServer(roster: Roster, today: string, port = 0, extra: Record<string, string> = {}): Promise<DemoServer> {
  const requests: string[] = [];
  const widgetRoster: DemoServer['widgetRoster'] = {};
  const widgetVocabulary: DemoServer['widgetVocabulary'] = {};
  let actualPort = 0;
  const rosterJson = JSON.stringify(roster);
  // Served with an ETag; a matching If-None-Match gets 304 (the widget revalidates its cache).
  const tagged = (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, path: string, type: string, body: string) => {
    const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
    if (req.headers['if-none-match'] === etag) {
      requests.push(`${path} 304`);
      return res.writeHead(304, { etag }).end();
    }
    return res.writeHead(200, { 'content-type': type, etag }).end(body);
  };
  const built = (file: string, res: import('node:http').ServerResponse) => {
    try {
      return res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(resolve(WIDGET_DIR, file)));
    } catch {
      return res.writeHead(404, { 'content-type': 'text/plain' }).end('The widget is not built: run npm run build.');
    }
  };
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push(path);
    const html = (s: string) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(s);
    if (extra[path] !== undefined) {
      // A page declared in another character set (the widget must not depend on UTF-8).
      if (path.endsWith('.latin1.html')) return res.writeHead(200, { 'content-type': 'text/html; charset=iso-8859-1' }).end(Buffer.from(extra[path], 'latin1'));
      return path.endsWith('.js') ? res.writeHead(200, { 'content-type': 'text/javascript' }).end(extra[path]) : html(extra[path]);
    }
    switch (path) {
      case '/': case '/or-schedule.html': return html(orSchedulePage(roster, today));
      case '/staff.html': return html(staffPage(roster, today));
      case '/framed.html': return html(framedPage(actualPort));
      case '/system-schedule.html': return html(systemSchedulePage(today));
      case '/spa/main': case '/spa/ambulatory': return html(spaShell());
      case '/spa.js': return res.writeHead(200, { 'content-type': 'text/javascript' }).end(SPA_JS);
      case '/spa-data.json': return res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(spaData(roster, today)));
      case '/widget.html':
        return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': WIDGET_CSP }).end(widgetHostPage(roster, today));
      case '/widget/inscope-widget.js': return built('inscope-widget.js', res);
      case '/widget/inscope-widget.mjs': return built('inscope-widget.mjs', res);
      case '/widget/inscope-engine.mjs': return built('inscope-engine.mjs', res);
      case '/widget/inscope-load.mjs': return built('inscope-load.mjs', res);
      case '/widget/inscope-compile.mjs': return built('inscope-compile.mjs', res);
      case '/widget/inscope-reader.mjs': return built('inscope-reader.mjs', res);
      case '/widget/inscope-matcher.mjs': return built('inscope-matcher.mjs', res);
      case '/widget/inscope-limits.mjs': return built('inscope-limits.mjs', res);
      case '/widget/inscope-vocabulary.json': {
        if (widgetVocabulary.status && widgetVocabulary.status !== 200) return res.writeHead(widgetVocabulary.status, { 'content-type': 'text/plain' }).end('Server error');
        let body: string;
        try {
          body = readFileSync(resolve(WIDGET_DIR, 'inscope-vocabulary.json'), 'utf8');
        } catch {
          return res.writeHead(404, { 'content-type': 'text/plain' }).end('The widget is not built: run npm run build.');
        }
        return tagged(req, res, path, 'application/json', body);
      }
      case '/widget/host.js': return res.writeHead(200, { 'content-type': 'text/javascript' }).end(WIDGET_HOST_JS);
      case '/widget/roster.json':
        if (widgetRoster.status && widgetRoster.status !== 200) return res.writeHead(widgetRoster.status, { 'content-type': 'text/plain' }).end('Server error');
        return tagged(req, res, path, 'application/json', widgetRoster.body ?? rosterJson);
      case '/widget/roster.csv': return tagged(req, res, path, 'text/csv', encodeRosterCsv(roster));
      case '/demo.css': return res.writeHead(200, { 'content-type': 'text/css' }).end(DEMO_CSS);
      case '/favicon.ico': return res.writeHead(204).end();
      default: return res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
  });
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  actualPort = (server.address() as AddressInfo).port;
  // localhost resolves to 127.0.0.1 here; the page origin differs from the 127.0.0.1 frame.
  return {
    server, port: actualPort, requests, widgetRoster, widgetVocabulary,
    url: (p: string) => `http://localhost:${actualPort}${p}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
