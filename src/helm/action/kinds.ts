// The order Helm installs kinds in (pkg/release/v1/util/kind_sorter.go InstallOrder).

export const INSTALL_ORDER = [
  'PriorityClass', 'Namespace', 'NetworkPolicy', 'ResourceQuota', 'LimitRange', 'PodSecurityPolicy', 'PodDisruptionBudget', 'ServiceAccount', 'Secret', 'SecretList', 'ConfigMap',
  'StorageClass', 'PersistentVolume', 'PersistentVolumeClaim', 'CustomResourceDefinition', 'ClusterRole', 'ClusterRoleList', 'ClusterRoleBinding', 'ClusterRoleBindingList', 'Role', 'RoleList',
  'RoleBinding', 'RoleBindingList', 'Service', 'DaemonSet', 'Pod', 'ReplicationController', 'ReplicaSet', 'Deployment', 'HorizontalPodAutoscaler', 'StatefulSet', 'Job', 'CronJob',
  'IngressClass', 'Ingress', 'APIService', 'MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration',
];

function kindRank(kind: string): number {
  const i = INSTALL_ORDER.indexOf(kind);
  return i < 0 ? Infinity : i;
}

/** kind_sorter.go lessByKind: known kinds in order, unknown ones last and alphabetically, stable */
export function byKind<T>(items: T[], kind: (t: T) => string): T[] {
  return items
    .map((x, i) => ({ x, i }))
    .sort((a, b) => {
      const [ka, kb] = [kind(a.x), kind(b.x)];
      const [ra, rb] = [kindRank(ka), kindRank(kb)];
      if (ra === Infinity && rb === Infinity && ka !== kb) return ka < kb ? -1 : 1;
      return ra === rb ? a.i - b.i : ra - rb;
    })
    .map(({ x }) => x);
}
