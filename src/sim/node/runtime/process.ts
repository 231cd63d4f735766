// Starts a simulated container process: the image's default behaviour, or `command`/`args`
// (command replaces ENTRYPOINT, args replace CMD, as Docker and Kubernetes define them).
import type { Container } from '../../api/types';
import type { ImageEntry } from './catalogue';
import type { ProcessPlan } from './process-plan';
import { runShell } from './shell';
import { runStress } from './stress';

export interface StartInput {
  image: ImageEntry;
  container: Container;
  /** the container's resolved environment (env values; valueFrom already resolved or left out) */
  env: Record<string, string>;
  hostname: string;
}

export type StartResult = { ok: true; plan: ProcessPlan } | { ok: false; reason: 'StartError'; message: string };

const SHELLS = new Set(['sh', '/bin/sh', 'bash', '/bin/bash', 'ash', '/bin/ash', '/bin/busybox']);
const BUILTINS = new Set(['echo', 'sleep', 'true', 'false', 'date', 'hostname', 'env', 'printenv', 'printf', 'tail', 'exit', 'wget', 'nslookup', 'curl', 'cat', 'touch', 'rm', 'test']);

/** `$(VAR)` in command and args expands from the container's env; `$$(VAR)` escapes (pkg/kubelet/container/helpers.go ExpandContainerCommandAndArgs) */
export function expandEnvRefs(s: string, env: Record<string, string>): string {
  return s.replace(/\$\$|\$\(([A-Za-z_][A-Za-z0-9_.-]*)\)/g, (m, name: string | undefined) => (m === '$$' ? '$' : name !== undefined && name in env ? env[name] : m));
}

function quote(a: string): string {
  return `'${a.replace(/'/g, `'\\''`)}'`;
}

function startError(binary: string): StartResult {
  return {
    ok: false,
    reason: 'StartError',
    message: `failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "${binary}": executable file not found in $PATH: unknown`,
  };
}

function server(b: Extract<ImageEntry['behavior'], { kind: 'server' }>, env: Record<string, string>): ProcessPlan {
  const plan: ProcessPlan = { lines: b.logs.map((text, i) => ({ at: 20 + i * 2, text })), stopMs: b.stopMs, listen: b.port ? { port: b.port, protocol: b.protocol, body: b.body } : undefined };
  if (b.needs && plan.listen) {
    // `host` or `host:port`, as wp-config.php splits DB_HOST
    const [host, port] = (env[b.needs.env] || b.needs.defaultHost).split(':');
    plan.listen.needs = { host: host!, port: Number(port) || b.needs.port, status: b.needs.status, body: b.needs.body };
  }
  return plan;
}

function httpEcho(args: string[]): ProcessPlan {
  let text = 'hello-world';
  let listen = ':5678';
  for (const a of args) {
    const m = /^--?(text|listen)=(.*)$/.exec(a);
    if (m?.[1] === 'text') text = m[2];
    if (m?.[1] === 'listen') listen = m[2];
  }
  const port = Number(listen.split(':').pop()) || 5678;
  return { lines: [{ at: 5, text: `{time:nginx} [INFO] server is listening on ${listen}` }], stopMs: 100, listen: { port, protocol: 'http', body: `${text}\n`, anyPath: true } };
}

export function startProcess(input: StartInput): StartResult {
  const { image, container, env } = input;
  const command = container.command?.map((a) => expandEnvRefs(a, env));
  const args = container.args?.map((a) => expandEnvRefs(a, env));
  const b = image.behavior;
  if (!command && b.kind === 'http-echo') return { ok: true, plan: httpEcho(args ?? []) };
  // `kubectl create deployment --image=hashicorp/http-echo -- /http-echo -text=hi` sets the command
  if (b.kind === 'http-echo' && command?.[0]?.endsWith('http-echo')) return { ok: true, plan: httpEcho([...command.slice(1), ...(args ?? [])]) };
  if (!command && !args) {
    if (image.requiresEnv && !image.requiresEnv.anyOf.some((k) => k in env)) {
      const lines = image.requiresEnv.logs.map((text, i) => ({ at: 300 + i, text }));
      return { ok: true, plan: { lines, exit: { at: 400, code: image.requiresEnv.code }, stopMs: 0 } };
    }
    if (b.kind === 'server') return { ok: true, plan: server(b, env) };
    if (b.kind === 'command') return runArgv(image, b.argv, input);
  }
  const argv = command ? [...command, ...(args ?? [])] : (args ?? []);
  return runArgv(image, argv, input);
}

function runArgv(image: ImageEntry, argv: string[], input: StartInput): StartResult {
  if (argv.length === 0) return { ok: true, plan: { lines: [], exit: { at: 0, code: 0 }, stopMs: 0 } };
  const bin = argv[0];
  const base = bin.replace(/^\/(usr\/)?(s?bin)\//, '');
  if (base === 'stress' && image.name.endsWith('/stress')) return { ok: true, plan: runStress(argv.slice(1)) };
  if (!image.shell) return startError(bin);
  if (!SHELLS.has(bin) && !BUILTINS.has(base)) {
    // a server image asked to run its own server binary (`nginx -g 'daemon off;'`)
    if (image.behavior.kind === 'server' && base.startsWith(image.name.split('/').pop() ?? '')) return { ok: true, plan: server(image.behavior, input.env) };
    return startError(bin);
  }
  const plan = runShell(argv.map(quote).join(' '), { vars: input.env, hostname: input.hostname });
  return { ok: true, plan };
}
