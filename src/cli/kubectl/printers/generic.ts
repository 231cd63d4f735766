// Kinds without a printer: the api-server's default table (NAME, CREATED AT), as for custom resources.
// mirrors staging/src/k8s.io/apiserver/pkg/registry/rest/table.go defaultTableConvertor
import type { KubeObject } from '../../../sim/api/types';
import { col, NAME_COLUMN, type KindPrinter } from './table';

export const genericPrinter: KindPrinter = {
  columns: [NAME_COLUMN, col('Created At', 'date', 'CreationTimestamp is a timestamp representing the server time when this object was created.')],
  cells(obj: KubeObject) {
    return [obj.metadata?.name ?? '', (obj.metadata?.creationTimestamp as string | undefined) ?? ''];
  },
};
