// curl 8.x and busybox wget as programs on the pod network: their flags, what they print and
// their exit codes. Pure: the terminal's `curl` (src/cli/curl.ts) and curl/wget inside
// `kubectl exec` share it.
import type { HttpRequest, HttpResult } from './types';

export interface ProgramResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

type Send = (req: Omit<HttpRequest, 'fromNamespace' | 'from'>) => HttpResult;

const VALUE_FLAGS = new Set(['-o', '--output', '-w', '--write-out', '-m', '--max-time', '--connect-timeout', '-H', '--header', '-X', '--request', '-A', '--user-agent']);

export function curl(args: string[], send: Send): ProgramResult {
  const bool = new Set<string>();
  const val: Record<string, string> = {};
  let url: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (VALUE_FLAGS.has(a)) val[a] = args[++i] ?? '';
    else if (/^-[a-zA-Z]{2,}$/.test(a)) {
      // -sSo FILE: short flags together, the last may take the next word
      for (const ch of a.slice(1)) {
        if (VALUE_FLAGS.has(`-${ch}`)) val[`-${ch}`] = args[++i] ?? '';
        else bool.add(`-${ch}`);
      }
    }
    else if (a.startsWith('-')) bool.add(a);
    else url = a;
  }
  const silent = bool.has('-s') || bool.has('--silent');
  const showError = bool.has('-S') || bool.has('--show-error');
  if (!url) return { stdout: '', stderr: "curl: try 'curl --help' or 'curl --manual' for more information\n", exitCode: 2 };
  const head = bool.has('-I') || bool.has('--head');
  const hostHeader = /^host:\s*(.*)$/i.exec(val['-H'] ?? val['--header'] ?? '')?.[1]?.trim();
  const r = send({ url, method: head ? 'HEAD' : 'GET', ...(hostHeader ? { host: hostHeader } : {}) });
  if (!r.ok) return { stdout: '', stderr: silent && !showError ? '' : `curl: (${r.code}) ${r.message}\n`, exitCode: r.code };
  const headers = `HTTP/1.1 ${r.status} ${r.reason}\r\n${r.headers.map(([k, v]) => `${k}: ${v}\r\n`).join('')}\r\n`;
  let out = head ? headers : (bool.has('-i') || bool.has('--include') ? headers : '') + r.body;
  const file = val['-o'] ?? val['--output'];
  if (file !== undefined) out = '';
  const w = val['-w'] ?? val['--write-out'];
  if (w !== undefined) out += w.replace(/%\{http_code\}/g, String(r.status)).replace(/%\{size_download\}/g, String(head ? 0 : r.body.length)).replace(/\\n/g, '\n');
  let verbose = '';
  if ((bool.has('-v') || bool.has('--verbose')) && r.remote) {
    // curl 7.88 (the curl of Debian bookworm images such as nginx:1.27)
    const { host, ip, port } = r.remote;
    const path = new URL(/^[a-z]+:\/\//i.test(url) ? url : `http://${url}`).pathname;
    verbose = `*   Trying ${ip}:${port}...\n* Connected to ${host} (${ip}) port ${port} (#0)\n> ${head ? 'HEAD' : 'GET'} ${path} HTTP/1.1\n> Host: ${port === 80 ? host : `${host}:${port}`}\n> User-Agent: curl/7.88.1\n> Accept: */*\n> \n< HTTP/1.1 ${r.status} ${r.reason}\n${r.headers.map(([k, v]) => `< ${k}: ${v}\n`).join('')}< \n* Connection #0 to host ${host} left intact\n`;
  }
  const fail = bool.has('-f') || bool.has('--fail');
  if (fail && r.status >= 400) return { stdout: '', stderr: silent && !showError ? '' : `curl: (22) The requested URL returned error: ${r.status}\n`, exitCode: 22 };
  return { stdout: out, stderr: verbose, exitCode: 0 };
}

/** busybox wget: `wget -qO- URL` prints the body; without -O- it would save a file */
export function wget(args: string[], send: Send): ProgramResult {
  let quiet = false;
  let toStdout = false;
  let url: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '-O') toStdout = args[++i] === '-';
    else if (/^-[a-zA-Z]+-?$/.test(a)) {
      if (a.includes('q')) quiet = true;
      if (a.endsWith('O-')) toStdout = true;
    } else if (a === '--quiet') quiet = true;
    else url = a;
  }
  if (!url) return { stdout: '', stderr: 'BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.\n\nUsage: wget [-cqS] [--spider] [-O FILE] [-o LOGFILE] [--header STR]\n', exitCode: 1 };
  const host = url.replace(/^https?:\/\//, '').split(/[/:]/)[0];
  const r = send({ url, method: 'GET' });
  if (!r.ok) {
    const msg = r.code === 6 ? `wget: bad address '${host}'` : r.code === 1 ? 'wget: server returned error: HTTP/0.9' : `wget: can't connect to remote host: Connection refused`;
    return { stdout: '', stderr: `${msg}\n`, exitCode: 1 };
  }
  const notice = quiet ? '' : `Connecting to ${host}\n`;
  if (r.status >= 400) return { stdout: '', stderr: `${notice}wget: server returned error: HTTP/1.1 ${r.status} ${r.reason}\n`, exitCode: 1 };
  if (toStdout) return { stdout: r.body, stderr: quiet ? '' : `${notice}writing to stdout\n`, exitCode: 0 };
  return { stdout: '', stderr: quiet ? '' : `${notice}saving to 'index.html'\n'index.html' saved\n`, exitCode: 0 };
}
