// One printer per kind, chosen by resource; `buildTable` turns a list into a meta.k8s.io/v1 Table.
import type { KubeObject } from '../../../sim/api/types';
import { configMapPrinter, leasePrinter, secretPrinter, serviceAccountPrinter } from './config';
import { deploymentPrinter } from './deployments';
import { endpointSlicePrinter, endpointsPrinter } from './endpoints';
import { eventPrinter } from './events';
import { genericPrinter } from './generic';
import { namespacePrinter } from './namespaces';
import { nodePrinter } from './nodes';
import { podPrinter } from './pods';
import { replicaSetPrinter } from './replicasets';
import { servicePrinter } from './services';
import { hpaPrinter, resourceQuotaPrinter } from './quota';
import { ingressClassPrinter, ingressPrinter } from './ingress';
import { persistentVolumeClaimPrinter, persistentVolumePrinter, storageClassPrinter } from './storage';
import { controllerRevisionPrinter, cronJobPrinter, daemonSetPrinter, jobPrinter, pdbPrinter, statefulSetPrinter } from './workloads';
import type { KindPrinter, Table } from './table';

const PRINTERS: Record<string, KindPrinter> = {
  pods: podPrinter,
  deployments: deploymentPrinter,
  replicasets: replicaSetPrinter,
  services: servicePrinter,
  nodes: nodePrinter,
  events: eventPrinter,
  namespaces: namespacePrinter,
  endpoints: endpointsPrinter,
  endpointslices: endpointSlicePrinter,
  ingresses: ingressPrinter,
  ingressclasses: ingressClassPrinter,
  configmaps: configMapPrinter,
  secrets: secretPrinter,
  serviceaccounts: serviceAccountPrinter,
  leases: leasePrinter,
  daemonsets: daemonSetPrinter,
  statefulsets: statefulSetPrinter,
  controllerrevisions: controllerRevisionPrinter,
  jobs: jobPrinter,
  cronjobs: cronJobPrinter,
  poddisruptionbudgets: pdbPrinter,
  resourcequotas: resourceQuotaPrinter,
  horizontalpodautoscalers: hpaPrinter,
  persistentvolumeclaims: persistentVolumeClaimPrinter,
  persistentvolumes: persistentVolumePrinter,
  storageclasses: storageClassPrinter,
};

export function printerFor(resource: string): KindPrinter {
  return PRINTERS[resource] ?? genericPrinter;
}

export function buildTable(resource: string, items: KubeObject[], now: number, resourceVersion?: string): Table {
  const printer = printerFor(resource);
  return {
    apiVersion: 'meta.k8s.io/v1',
    kind: 'Table',
    metadata: resourceVersion ? { resourceVersion } : {},
    columnDefinitions: printer.columns,
    rows: items.map((object) => ({ cells: printer.cells(object, now), object })),
  };
}

export type { Table, TableColumnDefinition, TableRow, TableCell, KindPrinter } from './table';
