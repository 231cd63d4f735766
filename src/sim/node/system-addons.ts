// The kube-system add-ons an AKS cluster runs, as a table: Deployments (coredns, its autoscaler,
// metrics-server, konnectivity-agent), per-node DaemonSets (kube-proxy, azure-ip-masq-agent,
// cloud-node-manager) and the kube-dns / metrics-server Services. createCluster applies them and
// lets the controllers bring them up, as on a fresh cluster.
import type { SyncKubeApi } from '../api/client';
import type { KubeObject } from '../api/types';
import { R } from '../api/resources';

interface Addon {
  name: string;
  kind: 'Deployment' | 'DaemonSet';
  replicas?: number;
  labels: Record<string, string>;
  image: string;
  requests: { cpu: string; memory: string };
  limits?: { memory: string };
  hostNetwork?: boolean;
  ports?: Array<{ name: string; containerPort: number; protocol: 'TCP' | 'UDP' }>;
}

const MCR = 'mcr.microsoft.com';

export const ADDONS: readonly Addon[] = [
  {
    name: 'coredns',
    kind: 'Deployment',
    replicas: 2,
    labels: { 'k8s-app': 'kube-dns', 'kubernetes.io/cluster-service': 'true', version: 'v20' },
    image: `${MCR}/oss/v2/kubernetes/coredns:v1.11.3-8`,
    requests: { cpu: '100m', memory: '70Mi' },
    limits: { memory: '500Mi' },
    ports: [
      { name: 'dns', containerPort: 53, protocol: 'UDP' },
      { name: 'dns-tcp', containerPort: 53, protocol: 'TCP' },
      { name: 'metrics', containerPort: 9153, protocol: 'TCP' },
    ],
  },
  { name: 'coredns-autoscaler', kind: 'Deployment', replicas: 1, labels: { 'k8s-app': 'coredns-autoscaler' }, image: `${MCR}/oss/v2/kubernetes/autoscaler/cluster-proportional-autoscaler:v1.8.11-5`, requests: { cpu: '20m', memory: '10Mi' }, limits: { memory: '500Mi' } },
  { name: 'metrics-server', kind: 'Deployment', replicas: 2, labels: { 'k8s-app': 'metrics-server' }, image: `${MCR}/oss/v2/kubernetes/metrics-server:v0.7.2-3`, requests: { cpu: '50m', memory: '85Mi' }, limits: { memory: '400Mi' }, ports: [{ name: 'https', containerPort: 4443, protocol: 'TCP' }] },
  { name: 'konnectivity-agent', kind: 'Deployment', replicas: 2, labels: { app: 'konnectivity-agent' }, image: `${MCR}/oss/kubernetes/apiserver-network-proxy/agent:v0.30.3-hotfix.20240819`, requests: { cpu: '20m', memory: '20Mi' }, limits: { memory: '1Gi' } },
  { name: 'kube-proxy', kind: 'DaemonSet', labels: { component: 'kube-proxy', tier: 'node' }, image: `${MCR}/oss/kubernetes/kube-proxy:v1.32.6`, requests: { cpu: '100m', memory: '0' }, hostNetwork: true },
  { name: 'azure-ip-masq-agent', kind: 'DaemonSet', labels: { 'k8s-app': 'azure-ip-masq-agent', tier: 'node' }, image: `${MCR}/aks/ip-masq-agent-v2:v0.1.15`, requests: { cpu: '10m', memory: '50Mi' }, limits: { memory: '250Mi' }, hostNetwork: true },
  { name: 'cloud-node-manager', kind: 'DaemonSet', labels: { 'k8s-app': 'cloud-node-manager' }, image: `${MCR}/oss/kubernetes/azure-cloud-node-manager:v1.32.5`, requests: { cpu: '50m', memory: '50Mi' }, limits: { memory: '512Mi' }, hostNetwork: true },
];

function workload(a: Addon): KubeObject {
  const selectorLabels = Object.fromEntries(Object.entries(a.labels).filter(([k]) => k !== 'version' && k !== 'kubernetes.io/cluster-service'));
  const template = {
    metadata: { labels: a.labels },
    spec: {
      priorityClassName: a.kind === 'DaemonSet' ? 'system-node-critical' : 'system-cluster-critical',
      ...(a.hostNetwork ? { hostNetwork: true } : {}),
      serviceAccountName: a.name,
      tolerations: [{ key: 'CriticalAddonsOnly', operator: 'Exists' }],
      nodeSelector: { 'kubernetes.io/os': 'linux' },
      containers: [{ name: a.name, image: a.image, resources: { requests: a.requests, ...(a.limits ? { limits: a.limits } : {}) }, ...(a.ports ? { ports: a.ports } : {}) }],
    },
  };
  const metadata = { name: a.name, namespace: 'kube-system', labels: { ...a.labels, 'addonmanager.kubernetes.io/mode': 'Reconcile' } };
  return a.kind === 'Deployment'
    ? { apiVersion: 'apps/v1', kind: 'Deployment', metadata, spec: { replicas: a.replicas, selector: { matchLabels: selectorLabels }, template, strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: 1 } } } }
    : { apiVersion: 'apps/v1', kind: 'DaemonSet', metadata, spec: { selector: { matchLabels: selectorLabels }, template, updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 1, maxSurge: 0 } } } };
}

const SERVICES: KubeObject[] = [
  {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: 'kube-dns', namespace: 'kube-system', labels: { 'k8s-app': 'kube-dns', 'kubernetes.io/cluster-service': 'true', 'kubernetes.io/name': 'CoreDNS', 'addonmanager.kubernetes.io/mode': 'Reconcile' } },
    spec: {
      type: 'ClusterIP',
      clusterIP: '10.0.0.10',
      selector: { 'k8s-app': 'kube-dns' },
      ports: [
        { name: 'dns', port: 53, protocol: 'UDP', targetPort: 53 },
        { name: 'dns-tcp', port: 53, protocol: 'TCP', targetPort: 53 },
      ],
    },
  },
  {
    apiVersion: 'v1',
    kind: 'Service',
    // as on AKS: named Metrics-server for `kubectl cluster-info`, its one port unnamed
    metadata: { name: 'metrics-server', namespace: 'kube-system', labels: { 'k8s-app': 'metrics-server', 'kubernetes.io/cluster-service': 'true', 'kubernetes.io/name': 'Metrics-server', 'addonmanager.kubernetes.io/mode': 'Reconcile' } },
    spec: { type: 'ClusterIP', selector: { 'k8s-app': 'metrics-server' }, ports: [{ port: 443, protocol: 'TCP', targetPort: 'https' }] },
  },
];

export function installSystemAddons(api: SyncKubeApi): void {
  for (const a of ADDONS) {
    api.create(R.serviceaccounts, 'kube-system', { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: a.name, namespace: 'kube-system' } });
    api.create(a.kind === 'Deployment' ? R.deployments : R.daemonsets, 'kube-system', workload(a));
  }
  for (const s of SERVICES) api.create(R.services, 'kube-system', s);
}
