// mirrors pkg/printers/internalversion/printers.go printDeployment
import type { Deployment, KubeObject } from '../../../sim/api/types';
import { translateTimestampSince } from './duration';
import { AGE_COLUMN, col, containersAndImages, formatLabelSelector, NAME_COLUMN, type KindPrinter } from './table';

export const deploymentPrinter: KindPrinter = {
  columns: [
    NAME_COLUMN,
    col('Ready', 'string', 'Number of the pod with ready state'),
    col('Up-to-date', 'string', 'Total number of non-terminated pods targeted by this deployment that have the desired template spec.'),
    col('Available', 'string', 'Total number of available pods (ready for at least minReadySeconds) targeted by this deployment.'),
    AGE_COLUMN,
    col('Containers', 'string', 'Names of each container in the template.', 1),
    col('Images', 'string', 'Images referenced by each container in the template.', 1),
    col('Selector', 'string', 'Label selector for pods. Existing ReplicaSets whose pods are selected by this will be the ones affected by this deployment.', 1),
  ],
  cells(obj: KubeObject, now: number) {
    const d = obj as unknown as Deployment;
    const [containers, images] = containersAndImages(d.spec?.template);
    return [
      d.metadata?.name ?? '',
      `${d.status?.readyReplicas ?? 0}/${d.spec?.replicas ?? 0}`,
      d.status?.updatedReplicas ?? 0,
      d.status?.availableReplicas ?? 0,
      translateTimestampSince(d.metadata?.creationTimestamp as string | undefined, now),
      containers,
      images,
      formatLabelSelector(d.spec?.selector),
    ];
  },
};
