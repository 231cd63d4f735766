// mirrors pkg/printers/internalversion/printers.go printReplicaSet
import type { KubeObject, ReplicaSet } from '../../../sim/api/types';
import { translateTimestampSince } from './duration';
import { AGE_COLUMN, col, containersAndImages, formatLabelSelector, NAME_COLUMN, type KindPrinter } from './table';

export const replicaSetPrinter: KindPrinter = {
  columns: [
    NAME_COLUMN,
    col('Desired', 'integer', 'Replicas is the number of desired replicas.'),
    col('Current', 'integer', 'Replicas is the most recently observed number of replicas.'),
    col('Ready', 'integer', 'The number of ready replicas for this replica set.'),
    AGE_COLUMN,
    col('Containers', 'string', 'Names of each container in the template.', 1),
    col('Images', 'string', 'Images referenced by each container in the template.', 1),
    col('Selector', 'string', 'Selector is a label query over pods that should match the replica count.', 1),
  ],
  cells(obj: KubeObject, now: number) {
    const rs = obj as unknown as ReplicaSet;
    const [containers, images] = containersAndImages(rs.spec?.template);
    return [
      rs.metadata?.name ?? '',
      rs.spec?.replicas ?? 0,
      rs.status?.replicas ?? 0,
      rs.status?.readyReplicas ?? 0,
      translateTimestampSince(rs.metadata?.creationTimestamp as string | undefined, now),
      containers,
      images,
      formatLabelSelector(rs.spec?.selector),
    ];
  },
};
