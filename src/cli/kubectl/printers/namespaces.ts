// mirrors pkg/printers/internalversion/printers.go printNamespace
import type { KubeObject, Namespace } from '../../../sim/api/types';
import { translateTimestampSince } from './duration';
import { AGE_COLUMN, col, NAME_COLUMN, type KindPrinter } from './table';

export const namespacePrinter: KindPrinter = {
  columns: [NAME_COLUMN, col('Status', 'string', 'The status of the namespace'), AGE_COLUMN],
  cells(obj: KubeObject, now: number) {
    const ns = obj as unknown as Namespace;
    return [ns.metadata?.name ?? '', ns.status?.phase ?? '', translateTimestampSince(ns.metadata?.creationTimestamp as string | undefined, now)];
  },
};
