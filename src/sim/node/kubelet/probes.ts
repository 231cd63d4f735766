// Probes against a simulated process: httpGet and tcpSocket succeed when the process listens on the
// port (nginx answers 404 off its root), exec runs the command in the container's shell over the
// files the process made. Messages mirror pkg/kubelet/prober (prober.go, http.go, tcp.go).
import type { Container, Probe } from 'kubernetes-types/core/v1';
import { filesAt, type ProcessPlan } from '../runtime/process-plan';
import { runShell } from '../runtime/shell';

export interface ProbeResult {
  ok: boolean;
  message: string;
}

function resolvePort(c: Container, port: number | string | undefined): number {
  if (typeof port === 'number') return port;
  if (port && /^\d+$/.test(port)) return Number(port);
  return (c.ports ?? []).find((p) => p.name === port)?.containerPort ?? 0;
}

/**
 * `reach(host, port)`: whether the pod could connect there now; a server that needs another one
 * (WordPress its database) answers its error status until it can.
 */
export function runProbe(probe: Probe, c: Container, plan: ProcessPlan, elapsedMs: number, podIP: string, env: Record<string, string>, hostname: string, reach?: (host: string, port: number) => boolean, unhealthy = false): ProbeResult {
  const listening = plan.listen !== undefined && elapsedMs >= 50;
  // the fault palette's failing app (faults.ts UNHEALTHY_ANNOTATION): it still listens, but answers badly
  if (unhealthy && probe.exec) return { ok: false, message: '' };
  if (unhealthy && probe.httpGet && listening) return { ok: false, message: 'HTTP probe failed with statuscode: 500' };
  if (probe.httpGet) {
    const port = resolvePort(c, probe.httpGet.port);
    const path = probe.httpGet.path ?? '/';
    const host = probe.httpGet.host ?? podIP;
    const url = `${(probe.httpGet.scheme ?? 'HTTP').toLowerCase()}://${host}:${port}${path}`;
    if (!listening || plan.listen!.port !== port || plan.listen!.protocol !== 'http') return { ok: false, message: `Get "${url}": dial tcp ${host}:${port}: connect: connection refused` };
    const needs = plan.listen!.needs;
    if (needs && reach && !reach(needs.host, needs.port)) return { ok: false, message: `HTTP probe failed with statuscode: ${needs.status}` };
    if (plan.listen!.anyPath || path === '/' || path === '' || path === '/index.html') return { ok: true, message: '' };
    return { ok: false, message: 'HTTP probe failed with statuscode: 404' };
  }
  if (probe.tcpSocket || probe.grpc) {
    const port = probe.tcpSocket ? resolvePort(c, probe.tcpSocket.port) : (probe.grpc?.port ?? 0);
    if (listening && plan.listen!.port === port) return { ok: true, message: '' };
    return { ok: false, message: `dial tcp ${podIP}:${port}: connect: connection refused` };
  }
  if (probe.exec) {
    const argv = probe.exec.command ?? [];
    const script = argv.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
    const r = runShell(script, { vars: env, hostname, files: filesAt(plan, elapsedMs) });
    const out = r.lines.map((l) => l.text).join('\n');
    if (!r.exit) return { ok: false, message: `command "${argv.join(' ')}" timed out` };
    return { ok: r.exit.code === 0, message: out ? `${out}\n` : '' };
  }
  return { ok: true, message: '' };
}
