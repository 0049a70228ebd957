/**
 * A web server on 127.0.0.1 for the link check, with one path per case:
 *   /ok 200 · /old 301 → /ok · /loop-a 302 ↔ /loop-b · /missing 404 · /broken 500 · /hang never answers ·
 *   /no-head HEAD 405, GET 200 · /head-forbidden HEAD 403, GET 200 (a firewall's answer to HEAD) · /to-mailto 302 → mailto: · /login 302 → https://accounts.google.com/…
 *   /page/<n> 200 (for the bench).
 * Every request is recorded (method, path) with the most requests in flight at once.
 */
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LinkServer {
  origin: string;
  port: number;
  requests: { method: string; path: string }[];
  maxInFlight: number;
  close(): Promise<void>;
}

export async function startLinkServer(options: { delayMs?: number } = {}): Promise<LinkServer> {
  const requests: LinkServer['requests'] = [];
  let inFlight = 0;
  const state = { maxInFlight: 0 };
  const redirect = (res: ServerResponse, code: number, location: string) => res.writeHead(code, { location }).end();
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    const method = req.method ?? 'GET';
    requests.push({ method, path });
    inFlight++;
    state.maxInFlight = Math.max(state.maxInFlight, inFlight);
    res.on('close', () => inFlight--);
    const answer = () => {
      if (path === '/ok' || path.startsWith('/page/'))
        return res.writeHead(200, { 'content-type': 'text/html' }).end(method === 'HEAD' ? undefined : '<p>ok</p>');
      if (path === '/old') return redirect(res, 301, '/ok');
      if (path === '/loop-a') return redirect(res, 302, '/loop-b');
      if (path === '/loop-b') return redirect(res, 302, '/loop-a');
      if (path === '/missing') return res.writeHead(404).end();
      if (path === '/broken') return res.writeHead(500).end();
      if (path === '/to-mailto') return redirect(res, 302, 'mailto:someone@example.go.th');
      if (path === '/login') return redirect(res, 302, 'https://accounts.google.com/v3/signin/identifier?continue=x');
      if (path === '/no-head')
        return method === 'HEAD' ? res.writeHead(405, { allow: 'GET' }).end() : res.writeHead(200).end('ok');
      if (path === '/head-forbidden')
        return method === 'HEAD' ? res.writeHead(403).end() : res.writeHead(200).end('ok');
      if (path === '/hang') return; // never answers
      res.writeHead(404).end();
    };
    if (options.delayMs) setTimeout(answer, options.delayMs);
    else answer();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    requests,
    get maxInFlight() {
      return state.maxInFlight;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A port that refuses connections: bound, then closed. */
export async function refusedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
