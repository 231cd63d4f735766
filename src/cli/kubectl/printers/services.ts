// mirrors pkg/printers/internalversion/printers.go printService, getServiceExternalIP, makePortString
import type { KubeObject, Service } from '../../../sim/api/types';
import { translateTimestampSince } from './duration';
import { AGE_COLUMN, col, formatLabels, NAME_COLUMN, type KindPrinter } from './table';

function loadBalancerIngress(svc: Service, wide: boolean): string {
  const parts = (svc.status?.loadBalancer?.ingress ?? []).map((i) => i.ip || i.hostname || '').filter((s) => s !== '');
  const r = parts.join(',');
  // non-wide output shortens a long list to 16 characters
  if (!wide && r.length > 16) return `${r.slice(0, 13)}...`;
  return r;
}

export function serviceExternalIP(svc: Service, wide: boolean): string {
  const type = svc.spec?.type ?? 'ClusterIP';
  const external = svc.spec?.externalIPs ?? [];
  switch (type) {
    case 'ClusterIP':
    case 'NodePort':
      return external.length > 0 ? external.join(',') : '<none>';
    case 'LoadBalancer': {
      const ips = [loadBalancerIngress(svc, wide), ...external].filter((s) => s !== '');
      return ips.length > 0 ? ips.join(',') : '<pending>';
    }
    case 'ExternalName':
      return svc.spec?.externalName ?? '';
    default:
      return '<unknown>';
  }
}

export function servicePorts(svc: Service): string {
  const ports = svc.spec?.ports ?? [];
  if (ports.length === 0) return '<none>';
  return ports.map((p) => (p.nodePort ? `${p.port}:${p.nodePort}/${p.protocol ?? 'TCP'}` : `${p.port}/${p.protocol ?? 'TCP'}`)).join(',');
}

export const servicePrinter: KindPrinter = {
  columns: [
    NAME_COLUMN,
    col('Type', 'string', 'type determines how the Service is exposed.'),
    col('Cluster-IP', 'string', 'clusterIP is the IP address of the service and is usually assigned randomly.'),
    col('External-IP', 'string', 'externalIPs is a list of IP addresses for which nodes in the cluster will also accept traffic for this service.'),
    col('Port(s)', 'string', 'The list of ports that are exposed by this service.'),
    AGE_COLUMN,
    col('Selector', 'string', 'Route service traffic to pods with label keys and values matching this selector.', 1),
  ],
  cells(obj: KubeObject, now: number) {
    const svc = obj as unknown as Service;
    return [
      svc.metadata?.name ?? '',
      svc.spec?.type ?? 'ClusterIP',
      svc.spec?.clusterIP || '<none>',
      // the api-server's TableConvertor always generates with Wide: true, so long ingress lists stay whole
      serviceExternalIP(svc, true),
      servicePorts(svc),
      translateTimestampSince(svc.metadata?.creationTimestamp as string | undefined, now),
      formatLabels(svc.spec?.selector),
    ];
  },
};
