// A container's environment as the kubelet builds it: envFrom first, then env (later wins);
// valueFrom fieldRef, configMapKeyRef and secretKeyRef. mirrors pkg/kubelet/kubelet_pods.go (makeEnvironmentVariables)
import type { Container, Pod } from 'kubernetes-types/core/v1';
import type { SyncKubeApi } from '../../api/client';
import { R } from '../../api/resources';

type Data = { data?: Record<string, string>; stringData?: Record<string, string> };

function read(api: SyncKubeApi, kind: 'configmaps' | 'secrets', ns: string, name: string): Record<string, string> | undefined {
  try {
    const o = api.get(R[kind], ns, name) as unknown as Data;
    const data = o.data ?? {};
    if (kind === 'configmaps') return data;
    return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, decodeBase64(v)]));
  } catch {
    return undefined;
  }
}

function decodeBase64(v: string): string {
  try {
    return atob(v);
  } catch {
    return v;
  }
}

function fieldValue(pod: Pod, path: string, podIP: string, hostIP: string): string {
  switch (path) {
    case 'metadata.name':
      return pod.metadata?.name ?? '';
    case 'metadata.namespace':
      return pod.metadata?.namespace ?? '';
    case 'metadata.uid':
      return pod.metadata?.uid ?? '';
    case 'spec.nodeName':
      return pod.spec?.nodeName ?? '';
    case 'spec.serviceAccountName':
      return pod.spec?.serviceAccountName ?? 'default';
    case 'status.podIP':
      return podIP;
    case 'status.hostIP':
      return hostIP;
    default: {
      const m = /^metadata\.(labels|annotations)\['(.+)'\]$/.exec(path);
      return m ? ((m[1] === 'labels' ? pod.metadata?.labels : pod.metadata?.annotations)?.[m[2]] ?? '') : '';
    }
  }
}

export function containerEnv(api: SyncKubeApi, pod: Pod, c: Container, podIP: string, hostIP: string): Record<string, string> {
  const ns = pod.metadata?.namespace ?? 'default';
  const env: Record<string, string> = {};
  for (const from of c.envFrom ?? []) {
    const src = from.configMapRef ? read(api, 'configmaps', ns, from.configMapRef.name ?? '') : from.secretRef ? read(api, 'secrets', ns, from.secretRef.name ?? '') : undefined;
    for (const [k, v] of Object.entries(src ?? {})) env[(from.prefix ?? '') + k] = v;
  }
  for (const e of c.env ?? []) {
    const vf = e.valueFrom;
    if (!vf) env[e.name] = e.value ?? '';
    else if (vf.fieldRef) env[e.name] = fieldValue(pod, vf.fieldRef.fieldPath, podIP, hostIP);
    else if (vf.configMapKeyRef) {
      const v = read(api, 'configmaps', ns, vf.configMapKeyRef.name ?? '')?.[vf.configMapKeyRef.key];
      if (v !== undefined) env[e.name] = v;
    } else if (vf.secretKeyRef) {
      const v = read(api, 'secrets', ns, vf.secretKeyRef.name ?? '')?.[vf.secretKeyRef.key];
      if (v !== undefined) env[e.name] = v;
    }
  }
  return env;
}

/**
 * Why the container's config cannot be made (a missing ConfigMap, Secret or key), or undefined.
 * mirrors pkg/kubelet/kubelet_pods.go (makeEnvironmentVariables errors) → CreateContainerConfigError
 */
export function envError(api: SyncKubeApi, pod: Pod, c: Container): string | undefined {
  const ns = pod.metadata?.namespace ?? 'default';
  for (const from of c.envFrom ?? []) {
    const ref = from.configMapRef ?? from.secretRef;
    if (!ref || ref.optional) continue;
    const kind = from.configMapRef ? 'configmaps' : 'secrets';
    if (!read(api, kind, ns, ref.name ?? '')) return `${kind === 'configmaps' ? 'configmap' : 'secret'} "${ref.name}" not found`;
  }
  for (const e of c.env ?? []) {
    const ref = e.valueFrom?.configMapKeyRef ?? e.valueFrom?.secretKeyRef;
    if (!ref || ref.optional) continue;
    const isCM = e.valueFrom?.configMapKeyRef !== undefined;
    const data = read(api, isCM ? 'configmaps' : 'secrets', ns, ref.name ?? '');
    if (!data) return `${isCM ? 'configmap' : 'secret'} "${ref.name}" not found`;
    if (!(ref.key in data)) return `couldn't find key ${ref.key} in ${isCM ? 'ConfigMap' : 'Secret'} ${ns}/${ref.name}`;
  }
  return undefined;
}
