// What a fresh control plane holds before anyone calls it: the four system namespaces and the
// `kubernetes` Service (pkg/controlplane/controller/{systemnamespaces,kubernetesservice}).
import type { SyncKubeApi } from '../../api/client';
import { R } from '../../api/resources';

export const SYSTEM_NAMESPACES = ['default', 'kube-node-lease', 'kube-public', 'kube-system'];
/** AKS's default service CIDR is 10.0.0.0/16; the first address belongs to the API server. */
export const KUBERNETES_SERVICE_IP = '10.0.0.1';

export function bootstrap(api: SyncKubeApi): void {
  for (const name of SYSTEM_NAMESPACES) {
    api.create(R.namespaces, undefined, { apiVersion: 'v1', kind: 'Namespace', metadata: { name } });
  }
  api.create(R.services, 'default', {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: 'kubernetes', labels: { component: 'apiserver', provider: 'kubernetes' } },
    // AKS points the service at the API server on 443 [unverified]; kubeadm clusters use 6443
    spec: { type: 'ClusterIP', clusterIP: KUBERNETES_SERVICE_IP, ports: [{ name: 'https', port: 443, protocol: 'TCP', targetPort: 443 }], sessionAffinity: 'None' },
  });
}
