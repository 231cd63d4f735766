// Pod defaults: what a Pod looks like after `kubectl apply` of a minimal manifest.
// mirrors pkg/apis/core/v1/defaults.go (SetDefaults_Pod, _PodSpec, _Container, _Probe …) and the
// admission plugins that fill pods: ServiceAccount, Priority, DefaultTolerationSeconds.
import type { Container, PodSpec, Probe, Volume } from 'kubernetes-types/core/v1';
import type { Mutable } from '../meta';

type Spec = Mutable<PodSpec>;

/** `:latest` or no tag → Always; any other tag or a digest → IfNotPresent. */
export function defaultImagePullPolicy(image: string | undefined): 'Always' | 'IfNotPresent' {
  if (!image) return 'Always';
  if (image.includes('@')) return 'IfNotPresent';
  const lastSlash = image.lastIndexOf('/');
  const colon = image.indexOf(':', lastSlash + 1);
  if (colon < 0) return 'Always';
  return image.slice(colon + 1) === 'latest' ? 'Always' : 'IfNotPresent';
}

function defaultProbe(p: Probe | undefined): void {
  if (!p) return;
  const m = p as Mutable<Probe>;
  m.timeoutSeconds ??= 1;
  m.periodSeconds ??= 10;
  m.successThreshold ??= 1;
  m.failureThreshold ??= 3;
  if (m.httpGet) m.httpGet = { ...m.httpGet, scheme: m.httpGet.scheme ?? 'HTTP' };
}

function defaultContainer(c: Container): void {
  const m = c as Mutable<Container>;
  m.imagePullPolicy ??= defaultImagePullPolicy(c.image);
  m.terminationMessagePath ??= '/dev/termination-log';
  m.terminationMessagePolicy ??= 'File';
  m.resources ??= {};
  for (const p of m.ports ?? []) (p as { protocol?: string }).protocol ??= 'TCP';
  for (const e of m.env ?? []) {
    const ref = e.valueFrom?.fieldRef as { apiVersion?: string } | undefined;
    if (ref) ref.apiVersion ??= 'v1';
  }
  defaultProbe(m.livenessProbe);
  defaultProbe(m.readinessProbe);
  defaultProbe(m.startupProbe);
}

function defaultVolume(v: Volume): void {
  const m = v as Mutable<Volume> & Record<string, unknown>;
  const hasSource = Object.keys(m).some((k) => k !== 'name');
  if (!hasSource) m.emptyDir = {};
  if (m.configMap) (m.configMap as { defaultMode?: number }).defaultMode ??= 420;
  if (m.secret) (m.secret as { defaultMode?: number }).defaultMode ??= 420;
  if (m.projected) (m.projected as { defaultMode?: number }).defaultMode ??= 420;
  if (m.hostPath) (m.hostPath as { type?: string }).type ??= '';
}

/** SetDefaults_PodSpec and below: shared by Pods and pod templates (Deployments, ReplicaSets …). */
export function defaultPodSpec(spec: Spec): void {
  spec.dnsPolicy ??= 'ClusterFirst';
  spec.restartPolicy ??= 'Always';
  spec.terminationGracePeriodSeconds ??= 30;
  spec.securityContext ??= {};
  spec.schedulerName ??= 'default-scheduler';
  for (const c of spec.initContainers ?? []) defaultContainer(c);
  for (const c of spec.containers ?? []) defaultContainer(c);
  for (const v of spec.volumes ?? []) defaultVolume(v);
}

/** The default tolerations every pod gets (DefaultTolerationSeconds admission, 300 s). */
export const DEFAULT_TOLERATIONS = [
  { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
  { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
] as const;

/** A Pod's own defaults (not a template's): service links, requests from limits, admission. */
export function defaultPod(spec: Spec): void {
  defaultPodSpec(spec);
  spec.enableServiceLinks ??= true;
  // SetDefaults_Pod: a container with limits but no requests requests what it limits
  for (const c of [...(spec.initContainers ?? []), ...(spec.containers ?? [])]) {
    const r = c.resources as { limits?: Record<string, string>; requests?: Record<string, string> } | undefined;
    if (r?.limits) r.requests = { ...r.limits, ...r.requests };
  }
  // ServiceAccount admission
  spec.serviceAccountName ??= spec.serviceAccount ?? 'default';
  spec.serviceAccount ??= spec.serviceAccountName;
  // Priority admission (no PriorityClass in the simulator yet)
  spec.priority ??= 0;
  spec.preemptionPolicy ??= 'PreemptLowerPriority';
  // DefaultTolerationSeconds admission
  const tolerations = (spec.tolerations = [...(spec.tolerations ?? [])]);
  for (const t of DEFAULT_TOLERATIONS) {
    const has = tolerations.some((x) => (x.key === t.key || (!x.key && x.operator === 'Exists')) && (!x.effect || x.effect === 'NoExecute'));
    if (!has) tolerations.push({ ...t });
  }
}

type ResourceList = Record<string, string> | undefined;

/** pkg/apis/core/v1/helper/qos: Guaranteed, Burstable or BestEffort. */
export function podQOSClass(spec: PodSpec): 'Guaranteed' | 'Burstable' | 'BestEffort' {
  const containers = [...(spec.initContainers ?? []), ...(spec.containers ?? [])];
  let anySet = false;
  let guaranteed = true;
  for (const c of containers) {
    const req = (c.resources?.requests ?? {}) as ResourceList;
    const lim = (c.resources?.limits ?? {}) as ResourceList;
    const names = (rl: ResourceList) => Object.keys(rl ?? {}).filter((k) => k === 'cpu' || k === 'memory');
    if (names(req).length || names(lim).length) anySet = true;
    for (const r of ['cpu', 'memory']) {
      const l = lim?.[r];
      const q = req?.[r] ?? l;
      if (l === undefined || q !== l) guaranteed = false;
    }
  }
  if (!anySet) return 'BestEffort';
  return guaranteed ? 'Guaranteed' : 'Burstable';
}
