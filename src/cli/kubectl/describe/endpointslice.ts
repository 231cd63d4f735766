// `kubectl describe endpointslice`: mirrors describe.go describeEndpointSliceV1.
import type { Event, KubeObject } from '../../../sim/api/types';
import { describeEvents } from './events';
import { PrefixWriter, printAnnotationsMultiline, printLabelsMultiline } from './writer';

interface SliceLike {
  addressType?: string;
  ports?: Array<{ name?: string; port?: number; protocol?: string }>;
  endpoints?: Array<{ addresses?: string[]; conditions?: { ready?: boolean }; hostname?: string; targetRef?: { kind?: string; name?: string }; nodeName?: string; zone?: string }>;
}

export function describeEndpointSlice(obj: KubeObject, events: Event[] | undefined, now: number): string {
  const s = obj as KubeObject & SliceLike;
  const w = new PrefixWriter();
  w.write(0, `Name:\t${obj.metadata.name}\n`);
  w.write(0, `Namespace:\t${obj.metadata.namespace}\n`);
  printLabelsMultiline(w, 'Labels', obj.metadata.labels);
  printAnnotationsMultiline(w, 'Annotations', obj.metadata.annotations);
  w.write(0, `AddressType:\t${s.addressType ?? ''}\n`);
  const ports = s.ports ?? [];
  if (ports.length === 0) w.write(0, 'Ports: <unset>\n');
  else {
    w.write(0, 'Ports:\n');
    w.write(1, 'Name\tPort\tProtocol\n');
    w.write(1, '----\t----\t--------\n');
    for (const p of ports) w.write(1, `${p.name ? p.name : '<unset>'}\t${p.port !== undefined ? String(p.port) : '<unset>'}\t${p.protocol ?? ''}\n`);
  }
  const endpoints = s.endpoints ?? [];
  if (endpoints.length === 0) w.write(0, 'Endpoints: <none>\n');
  else {
    w.write(0, 'Endpoints:\n');
    for (const e of endpoints) {
      w.write(1, `- Addresses:\t${(e.addresses ?? []).join(', ') || '<none>'}\n`);
      w.write(2, 'Conditions:\n');
      w.write(3, `Ready:\t${e.conditions?.ready === undefined ? '<unset>' : String(e.conditions.ready)}\n`);
      w.write(2, `Hostname:\t${e.hostname ?? '<unset>'}\n`);
      if (e.targetRef) w.write(2, `TargetRef:\t${e.targetRef.kind}/${e.targetRef.name}\n`);
      w.write(2, `NodeName:\t${e.nodeName ?? '<unset>'}\n`);
      w.write(2, `Zone:\t${e.zone ?? '<unset>'}\n`);
    }
  }
  if (events) describeEvents(events, w, now);
  return w.toString();
}
