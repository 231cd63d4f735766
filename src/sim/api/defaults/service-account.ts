// The ServiceAccount admission plugin's token volume: every pod gets a projected volume
// `kube-api-access-xxxxx` mounted read-only at /var/run/secrets/kubernetes.io/serviceaccount.
// mirrors plugin/pkg/admission/serviceaccount/admission.go (mountServiceAccountToken)
import type { PodSpec, Volume, VolumeMount } from 'kubernetes-types/core/v1';
import type { Rng } from '../../clock';
import type { Mutable } from '../meta';
import { NAME_ALPHABET } from '../names';

export const SERVICE_ACCOUNT_MOUNT_PATH = '/var/run/secrets/kubernetes.io/serviceaccount';

function tokenVolume(name: string): Volume {
  return {
    name,
    projected: {
      defaultMode: 420,
      sources: [
        { serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
        { configMap: { name: 'kube-root-ca.crt', items: [{ key: 'ca.crt', path: 'ca.crt' }] } },
        { downwardAPI: { items: [{ fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' }, path: 'namespace' }] } },
      ],
    },
  };
}

export function mountServiceAccountToken(spec: Mutable<PodSpec>, rng: Rng): void {
  if (spec.automountServiceAccountToken === false) return;
  const containers = [...(spec.initContainers ?? []), ...(spec.containers ?? [])];
  // a pod that mounts something at the token path already brings its own
  if (containers.some((c) => (c.volumeMounts ?? []).some((m) => m.mountPath === SERVICE_ACCOUNT_MOUNT_PATH))) return;
  const name = `kube-api-access-${rng.string(5, NAME_ALPHABET)}`;
  spec.volumes = [...(spec.volumes ?? []), tokenVolume(name)];
  const mount: VolumeMount = { name, readOnly: true, mountPath: SERVICE_ACCOUNT_MOUNT_PATH };
  for (const c of containers) (c as { volumeMounts?: VolumeMount[] }).volumeMounts = [...(c.volumeMounts ?? []), { ...mount }];
}
