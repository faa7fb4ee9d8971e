/** Serves the demo pages on loopback (both localhost and 127.0.0.1, for a cross-origin frame). */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Roster } from '../lib/roster/schema';
import { DEMO_CSS, SPA_JS, framedPage, orSchedulePage, spaData, spaShell, staffPage } from './pages';

export interface DemoServer {
  server: Server;
  port: number;
  url: (path: string) => string;
  /** Every request the server saw (path only): the network test reads it. */
  requests: string[];
  close(): Promise<void>;
}

export async function startDemoServer(roster: Roster, today: string, port = 0, extra: Record<string, string> = {}): Promise<DemoServer> {
  const requests: string[] = [];
  let actualPort = 0;
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push(path);
    const html = (s: string) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(s);
    if (extra[path] !== undefined) return html(extra[path]);
    switch (path) {
      case '/': case '/or-schedule.html': return html(orSchedulePage(roster, today));
      case '/staff.html': return html(staffPage(roster, today));
      case '/framed.html': return html(framedPage(actualPort));
      case '/spa/main': case '/spa/ambulatory': return html(spaShell());
      case '/spa.js': return res.writeHead(200, { 'content-type': 'text/javascript' }).end(SPA_JS);
      case '/spa-data.json': return res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(spaData(roster, today)));
      case '/demo.css': return res.writeHead(200, { 'content-type': 'text/css' }).end(DEMO_CSS);
      case '/favicon.ico': return res.writeHead(204).end();
      default: return res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
  });
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  actualPort = (server.address() as AddressInfo).port;
  // localhost resolves to 127.0.0.1 here; the page origin differs from the 127.0.0.1 frame.
  return {
    server, port: actualPort, requests,
    url: (p: string) => `http://localhost:${actualPort}${p}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
