// What a pod answers on a port: the HTTP server its image runs (nginx's welcome page and 404,
// httpd's "It works!", http-echo's -text), a non-HTTP server (redis, mysql), or nothing listening.
import type { HttpResult, Listener } from './types';

const NGINX_404 = '<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1></center>\r\n<hr><center>nginx/1.27.3</center>\r\n</body>\r\n</html>\r\n';

function serverHeader(image: string): string | undefined {
  if (image.includes('nginx')) return 'nginx/1.27.3';
  if (image.includes('httpd')) return 'Apache/2.4.62 (Unix)';
  return undefined;
}

export function answer(listeners: Listener[], port: number, path: string, host: string, hostPort: number): HttpResult {
  const l = listeners.find((x) => x.port === port);
  if (!l) return { ok: false, code: 7, message: `Failed to connect to ${host} port ${hostPort} after 0 ms: Couldn't connect to server` };
  // redis and mysql answer in their own protocol: curl sees no HTTP status line
  if (l.protocol === 'tcp' || l.body === undefined) return { ok: false, code: 1, message: 'Received HTTP/0.9 when not allowed' };
  const server = serverHeader(l.image);
  const found = l.anyPath || path === '/' || path === '/index.html';
  const body = found ? l.body : server?.startsWith('nginx') ? NGINX_404 : '<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>404 Not Found</title>\n</head><body>\n<h1>Not Found</h1>\n<p>The requested URL was not found on this server.</p>\n</body></html>\n';
  const headers: [string, string][] = [];
  if (server) headers.push(['Server', server]);
  headers.push(['Content-Type', l.anyPath ? 'text/plain; charset=utf-8' : 'text/html'], ['Content-Length', String(new TextEncoder().encode(body).length)]);
  return { ok: true, status: found ? 200 : 404, reason: found ? 'OK' : 'Not Found', headers, body };
}
