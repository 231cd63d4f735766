// `kubectl describe namespace`: mirrors describe.go describeNamespace (with its ResourceQuotas and LimitRanges).
import type { KubeObject, Namespace } from '../../../sim/api/types';
import { PrefixWriter, printAnnotationsMultiline, printLabelsMultiline } from './writer';
import { namespaceQuotaSections } from './quota';

export function describeNamespace(obj: KubeObject, quotas: KubeObject[] = [], limitRanges: KubeObject[] = []): string {
  const ns = obj as unknown as Namespace;
  const w = new PrefixWriter();
  w.write(0, `Name:\t${ns.metadata?.name}\n`);
  printLabelsMultiline(w, 'Labels', ns.metadata?.labels);
  printAnnotationsMultiline(w, 'Annotations', ns.metadata?.annotations);
  w.write(0, `Status:\t${ns.status?.phase ?? ''}\n`);
  namespaceQuotaSections(w, quotas, limitRanges);
  return w.toString();
}
