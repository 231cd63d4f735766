// `kubectl describe namespace`: mirrors describe.go describeNamespace (the simulator has no
// ResourceQuota or LimitRange objects, so both say there are none).
import type { KubeObject, Namespace } from '../../../sim/api/types';
import { PrefixWriter, printAnnotationsMultiline, printLabelsMultiline } from './writer';

export function describeNamespace(obj: KubeObject): string {
  const ns = obj as unknown as Namespace;
  const w = new PrefixWriter();
  w.write(0, `Name:\t${ns.metadata?.name}\n`);
  printLabelsMultiline(w, 'Labels', ns.metadata?.labels);
  printAnnotationsMultiline(w, 'Annotations', ns.metadata?.annotations);
  w.write(0, `Status:\t${ns.status?.phase ?? ''}\n`);
  w.write(0, '\nNo resource quota.\n');
  w.write(0, '\nNo LimitRange resource.\n');
  return w.toString();
}
