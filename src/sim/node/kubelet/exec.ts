// `kubectl exec`: a command run in a running container, through the api-server's pods/exec. The
// command runs in the image's simulated shell (../runtime/shell.ts) with the container's env and a
// small file system: the files the kubelet writes (/etc/hostname, /etc/hosts, /etc/resolv.conf),
// the image's own files (nginx's index.html) and mounted ConfigMap/Secret volumes.
// mirrors pkg/kubelet/server (exec), pkg/kubelet/kubelet_pods.go (hosts file) and the errors
// containerd and the api-server return (pkg/registry/core/pod/strategy.go ExecLocation)
import type { Container, Pod } from 'kubernetes-types/core/v1';
import type { ExecOptions, ExecResult } from '../../api/client';
import type { Listener } from '../../network/types';
import { curl, wget } from '../../network/curl';
import type { PodNetwork } from '../../network/network';
import { R } from '../../api/resources';
import { badRequest, StatusError } from '../../api/status';
import { resolveImage } from '../runtime/pull';
import { filesAt } from '../runtime/process-plan';
import { runShell } from '../runtime/shell';
import { fillTemplate } from '../runtime/templates';
import type { Kubelets } from './kubelet';
import { containerEnv } from './env';
import { specOf } from './state';

function internal(message: string): StatusError {
  return new StatusError({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', code: 500, reason: 'InternalError', message: `Internal error occurred: ${message}`, details: { causes: [{ message }] } });
}

/** where a web server image keeps the page it serves at / (httpd's htdocs, nginx's html) */
function docRoot(c: Container): { index: string; body: string } | undefined {
  const entry = resolveImage(c.image ?? '').entry;
  if (entry?.behavior.kind !== 'server' || entry.behavior.body === undefined) return undefined;
  const root = entry.name.endsWith('/httpd') ? '/usr/local/apache2/htdocs' : '/usr/share/nginx/html';
  return { index: `${root}/index.html`, body: entry.behavior.body };
}

/** the files a container sees besides what its process made */
function fileSystem(k: Kubelets, pod: Pod, c: Container, podIP: string): Record<string, string> {
  const name = pod.metadata?.name ?? '';
  const ns = pod.metadata?.namespace ?? 'default';
  const hostname = pod.spec?.hostname ?? name;
  const files: Record<string, string> = {
    '/etc/hostname': `${hostname}\n`,
    '/etc/hosts': `# Kubernetes-managed hosts file.\n127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\nfe00::0\tip6-localnet\nfe00::0\tip6-mcastprefix\nfe00::1\tip6-allnodes\nfe00::2\tip6-allrouters\n${podIP}\t${hostname}\n`,
    // AKS nodes add their VNet's internal DNS suffix to the search path
    '/etc/resolv.conf': `search ${ns}.svc.cluster.local svc.cluster.local cluster.local\nnameserver 10.0.0.10\noptions ndots:5\n`,
  };
  const root = docRoot(c);
  if (root) files[root.index] = root.body;
  // configMap and secret volumes: one file per key under the mount path
  for (const m of c.volumeMounts ?? []) {
    const vol = (pod.spec?.volumes ?? []).find((v) => v.name === m.name);
    const src = vol?.configMap ? { kind: 'configmaps' as const, name: vol.configMap.name ?? '' } : vol?.secret ? { kind: 'secrets' as const, name: vol.secret.secretName ?? '' } : undefined;
    if (!src) continue;
    try {
      const obj = k.deps.api.get(R[src.kind], ns, src.name) as unknown as { data?: Record<string, string> };
      for (const [key, value] of Object.entries(obj.data ?? {})) {
        if (m.subPath && m.subPath !== key) continue;
        files[m.subPath ? m.mountPath : `${m.mountPath.replace(/\/$/, '')}/${key}`] = src.kind === 'secrets' ? atob(value) : value;
      }
    } catch {
      // a missing source keeps the container from starting at all; nothing to show
    }
  }
  return files;
}

const USERLAND = ['sh', 'ash', 'echo', 'printf', 'printenv', 'env', 'hostname', 'cat', 'ls', 'pwd', 'id', 'whoami', 'date', 'sleep', 'true', 'false', 'test', '[', 'touch', 'rm', 'mkdir', 'kill', 'tail', 'exit', 'cd', 'export', 'nslookup', 'wget', 'curl', 'bash'];

/** whether the image's userland has this program (busybox-like images: no curl; Debian-based: no wget, nslookup) */
function hasProgram(image: string, program: string): boolean {
  if (!USERLAND.includes(program)) return false;
  const busybox = /(^|\/)(busybox|alpine)(:|@|$)/.test(image) || image.includes('-alpine') || image.endsWith(':alpine');
  if (program === 'curl') return !busybox;
  if (program === 'wget' || program === 'nslookup' || program === 'ash') return busybox;
  if (program === 'bash') return !busybox;
  return true;
}

/** what the pod's running containers listen on, for the pod network */
export function listenersOf(k: Kubelets, pod: Pod): Listener[] {
  const rt = k.pods.get(pod.metadata?.uid ?? '');
  const out: Listener[] = [];
  rt?.containers.forEach((c, i) => {
    const l = c.state.phase === 'running' ? c.current?.plan.listen : undefined;
    if (!l) return;
    const spec = specOf(pod, rt, i);
    // a web server serves the index.html a ConfigMap or Secret volume mounts over its own
    const root = l.body !== undefined && !l.anyPath && spec.volumeMounts?.length ? docRoot(spec) : undefined;
    const page = root ? fileSystem(k, pod, spec, rt.podIP ?? '')[root.index] : undefined;
    out.push({ ...l, image: spec.image ?? '', ...(page !== undefined ? { body: page } : {}) });
  });
  return out;
}

export function execInPod(k: Kubelets, namespace: string, podName: string, opts: ExecOptions, network?: PodNetwork): ExecResult {
  const pod = k.podInformer.get(`${namespace}/${podName}`);
  if (!pod) throw new StatusError({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', code: 404, reason: 'NotFound', message: `pods "${podName}" not found`, details: { name: podName, kind: 'pods' } });
  const phase = pod.status?.phase;
  if (phase === 'Succeeded' || phase === 'Failed') throw badRequest(`cannot exec into a container in a completed pod; current phase is ${phase}`);
  const names = (pod.spec?.containers ?? []).map((c) => c.name);
  const name = opts.container ?? (names.length === 1 ? names[0] : undefined);
  if (!name) throw badRequest(`a container name must be specified for pod ${podName}, choose one of: [${names.join(' ')}]`);
  const rt = k.pods.get(pod.metadata.uid!);
  const ci = rt?.containers.findIndex((c) => c.name === name) ?? -1;
  if (!names.includes(name) && !(pod.spec?.initContainers ?? []).some((c) => c.name === name)) throw badRequest(`container ${name} is not valid for pod ${podName}`);
  const c = rt && ci >= 0 ? rt.containers[ci] : undefined;
  if (!rt || !c || c.state.phase !== 'running' || !c.current) throw badRequest(`unable to upgrade connection: container not found ("${name}")`);
  const spec = specOf(pod, rt, ci);
  const entry = resolveImage(spec.image ?? '').entry;
  const argv = opts.command;
  const program = (argv[0] ?? '').replace(/^\/(usr\/)?bin\//, '');
  // images without a shell (distroless, http-echo) have only their own binary; the others have
  // the programs of their userland (busybox has wget but no curl, nginx's Debian has curl)
  if (program !== '' && ((entry && !entry.shell) || !hasProgram(spec.image ?? '', program))) {
    throw internal(`error executing command in container: failed to exec in container: failed to start exec "${c.current.containerID.slice(-64)}": OCI runtime exec failed: exec failed: unable to start container process: exec: "${argv[0]}": executable file not found in $PATH: unknown`);
  }
  const now = k.deps.clock.now();
  const podIP = rt.podIP ?? '';
  const env = { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', HOSTNAME: pod.spec?.hostname ?? podName, ...containerEnv(k.deps.api, pod, spec, podIP, k.hostIP(rt)) };
  const contents = fileSystem(k, pod, spec, podIP);
  const made = filesAt(c.current.plan, now - c.current.startedAt);
  const send = (r: { url: string; method?: 'GET' | 'HEAD' }) => (network ? network.request({ ...r, url: r.url.replace(/^((?:[a-z]+:\/\/)?)(localhost|127\.0\.0\.1)(?=[:/]|$)/i, `$1${podIP}`), fromNamespace: namespace, from: podName }) : { ok: false as const, code: 6, message: `Could not resolve host: ${r.url}` });
  const net = (program: 'curl' | 'wget', args: string[]) => (program === 'curl' ? curl(args, send) : wget(args, send));
  const script = argv.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const plan = runShell(script, { vars: env, hostname: pod.spec?.hostname ?? podName, files: new Set([...made, ...Object.keys(contents)]), contents, net });
  const ctx = { podIP, hostname: pod.spec?.hostname ?? podName };
  const out = plan.lines.map((l) => fillTemplate(l.text, now + l.at, ctx) + '\n').join('');
  const code = plan.exit?.code ?? 0;
  return { stdout: out, stderr: '', exitCode: code };
}
