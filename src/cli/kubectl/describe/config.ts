// `kubectl describe configmap|secret`: mirrors describe.go ConfigMapDescriber and SecretDescriber
// (a Secret's values are never shown, only their size in bytes).
import type { Event, KubeObject } from '../../../sim/api/types';
import { describeEvents } from './events';
import { PrefixWriter, printAnnotationsMultiline, printLabelsMultiline } from './writer';

function header(w: PrefixWriter, obj: KubeObject): void {
  w.write(0, `Name:\t${obj.metadata.name}\n`);
  w.write(0, `Namespace:\t${obj.metadata.namespace}\n`);
  printLabelsMultiline(w, 'Labels', obj.metadata.labels);
  printAnnotationsMultiline(w, 'Annotations', obj.metadata.annotations);
}

export function describeConfigMap(obj: KubeObject, events: Event[] | undefined, now: number): string {
  const cm = obj as KubeObject & { data?: Record<string, string>; binaryData?: Record<string, string> };
  const w = new PrefixWriter();
  header(w, obj);
  w.write(0, '\nData\n====\n');
  for (const k of Object.keys(cm.data ?? {}).sort()) w.write(0, `${k}:\n----\n${cm.data![k]}\n\n`);
  w.write(0, '\nBinaryData\n====\n');
  for (const k of Object.keys(cm.binaryData ?? {}).sort()) w.write(0, `${k}: ${atob(cm.binaryData![k]).length} bytes\n`);
  if (events) {
    w.write(0, '\n');
    describeEvents(events, w, now);
  }
  return w.toString();
}

export function describeSecret(obj: KubeObject): string {
  const s = obj as KubeObject & { data?: Record<string, string>; type?: string };
  const w = new PrefixWriter();
  header(w, obj);
  w.write(0, `\nType:\t${s.type ?? ''}\n`);
  w.write(0, '\nData\n====\n');
  for (const k of Object.keys(s.data ?? {}).sort()) w.write(0, `${k}:\t${atob(s.data![k]).length} bytes\n`);
  return w.toString();
}
