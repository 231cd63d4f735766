// metrics-server, simulated: the CPU and memory each running container uses, as NodeMetrics and
// PodMetrics (metrics.k8s.io/v1beta1). Usage comes from a per-image profile with a seeded jitter
// that changes per 15 s scrape window (metrics-server's resolution), plus any load set on the pod's
// labels (a load generator, the HPA lesson). Computed on request: nothing runs per tick, so 10,000
// pods cost nothing until someone asks.
// mirrors sigs.k8s.io/metrics-server (scraper, storage: one point per window; a pod appears once
// it has been scraped) and the API types of k8s.io/metrics/pkg/apis/metrics/v1beta1
import type { Pod } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../api/types';
import { parseQuantity } from '../api/quantity';
import { fromRFC3339, toRFC3339 } from '../clock';

export const WINDOW_MS = 15_000;

/** usage at rest: millicores and MiB, by image repository (the last path segment) */
const PROFILES: Record<string, { cpu: number; mem: number }> = {
  nginx: { cpu: 1, mem: 4 },
  httpd: { cpu: 1, mem: 6 },
  redis: { cpu: 3, mem: 8 },
  mysql: { cpu: 6, mem: 380 },
  mariadb: { cpu: 4, mem: 95 },
  wordpress: { cpu: 2, mem: 60 },
  busybox: { cpu: 0, mem: 0.4 },
  alpine: { cpu: 0, mem: 0.5 },
  ubuntu: { cpu: 0, mem: 1 },
  'http-echo': { cpu: 1, mem: 3 },
  coredns: { cpu: 3, mem: 18 },
  'metrics-server': { cpu: 4, mem: 22 },
  'proxy-agent': { cpu: 2, mem: 12 },
  'kube-proxy': { cpu: 1, mem: 16 },
  'ip-masq-agent-v2': { cpu: 1, mem: 10 },
  'azure-cloud-node-manager': { cpu: 1, mem: 14 },
  'cluster-proportional-autoscaler': { cpu: 1, mem: 9 },
};
const DEFAULT_PROFILE = { cpu: 1, mem: 5 };
/** what a node's OS, kubelet and containerd use besides the pods (an idle AKS node) */
const NODE_OVERHEAD = { cpu: 80, mem: 780 };

/** a deterministic number in [0, 1) from a string (FNV-1a), so usage needs no stored state */
function unit(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) / 0x1_0000_0000;
}

function profileOf(image: string | undefined): { cpu: number; mem: number } {
  const repo = (image ?? '').split('@')[0].split('/').pop()!.split(':')[0];
  return PROFILES[repo] ?? DEFAULT_PROFILE;
}

export interface Usage {
  cpuMilli: number;
  memBytes: number;
}

export class MetricsModel {
  /** extra millicores per pod for pods matching a label selector (namespace/label=value) */
  private readonly load = new Map<string, number>();

  constructor(private readonly seed: string) {}

  /** a load generator: every pod in `namespace` with label key=value burns `millicores` more */
  setLoad(namespace: string, label: string, millicores: number): void {
    if (millicores > 0) this.load.set(`${namespace}/${label}`, millicores);
    else this.load.delete(`${namespace}/${label}`);
  }

  /** more load from elsewhere (the load generator, ./load.ts): extra millicores for one pod */
  private extraSource: ((pod: Pod) => number) | undefined;

  setExtraSource(fn: (pod: Pod) => number): void {
    this.extraSource = fn;
  }

  private extra(pod: Pod): number {
    let n = this.extraSource?.(pod) ?? 0;
    for (const [k, v] of Object.entries(pod.metadata?.labels ?? {})) n += this.load.get(`${pod.metadata?.namespace}/${k}=${v}`) ?? 0;
    return n;
  }

  /** the window a scrape at `now` reports, and whether `pod` was running for a whole one by then */
  private window(now: number): number {
    return Math.floor(now / WINDOW_MS) * WINDOW_MS;
  }

  containerUsage(pod: Pod, container: string, image: string | undefined, now: number): Usage {
    const p = profileOf(image);
    const w = this.window(now);
    const r = unit(`${this.seed}/${pod.metadata?.uid}/${container}/${w}`);
    const limits = (pod.spec?.containers ?? []).find((c) => c.name === container)?.resources?.limits;
    const containers = pod.spec?.containers?.length || 1;
    let cpu = p.cpu * (0.6 + 0.8 * r) + this.extra(pod) / containers;
    const cpuLimit = limits?.cpu ? parseQuantity(limits.cpu) * 1000 : Infinity;
    cpu = Math.min(cpu, cpuLimit); // CFS throttling: a container never shows more than its limit
    const mem = p.mem * (0.9 + 0.2 * unit(`${this.seed}/${pod.metadata?.uid}/${container}/mem`)) * 1024 * 1024;
    return { cpuMilli: Math.round(cpu), memBytes: Math.round(mem / 1024) * 1024 };
  }

  /** a PodMetrics, or undefined until metrics-server has scraped the pod running (a window after start) */
  podMetrics(pod: Pod, now: number): KubeObject | undefined {
    if (pod.status?.phase !== 'Running') return undefined;
    const started = pod.status?.startTime ? fromRFC3339(String(pod.status.startTime)) : Infinity;
    const w = this.window(now);
    if (!(started + WINDOW_MS <= w)) return undefined;
    const containers = (pod.spec?.containers ?? [])
      .filter((c) => (pod.status?.containerStatuses ?? []).some((s) => s.name === c.name && s.state?.running))
      .map((c) => {
        const u = this.containerUsage(pod, c.name, c.image, now);
        return { name: c.name, usage: { cpu: `${u.cpuMilli * 1_000_000}n`, memory: `${u.memBytes / 1024}Ki` } };
      });
    return {
      kind: 'PodMetrics',
      apiVersion: 'metrics.k8s.io/v1beta1',
      metadata: { name: pod.metadata?.name, namespace: pod.metadata?.namespace, creationTimestamp: toRFC3339(now), labels: pod.metadata?.labels },
      timestamp: toRFC3339(w),
      window: '15s',
      containers,
    } as unknown as KubeObject;
  }

  nodeMetrics(node: KubeObject, pods: Pod[], now: number): KubeObject | undefined {
    const ready = ((node.status as { conditions?: Array<{ type: string; status: string }> } | undefined)?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True');
    if (!ready) return undefined;
    let cpu = NODE_OVERHEAD.cpu * (0.8 + 0.4 * unit(`${this.seed}/${node.metadata.name}/${this.window(now)}`));
    let mem = NODE_OVERHEAD.mem * 1024 * 1024;
    for (const pod of pods) {
      if (pod.status?.phase !== 'Running') continue;
      for (const c of pod.spec?.containers ?? []) {
        const u = this.containerUsage(pod, c.name, c.image, now);
        cpu += u.cpuMilli;
        mem += u.memBytes;
      }
    }
    return {
      kind: 'NodeMetrics',
      apiVersion: 'metrics.k8s.io/v1beta1',
      metadata: { name: node.metadata.name, creationTimestamp: toRFC3339(now), labels: node.metadata.labels },
      timestamp: toRFC3339(this.window(now)),
      window: '20.042s',
      usage: { cpu: `${Math.round(cpu) * 1_000_000}n`, memory: `${Math.round(mem / 1024)}Ki` },
    } as unknown as KubeObject;
  }
}
