// `kubectl describe statefulset|persistentvolumeclaim|persistentvolume|storageclass`: mirrors
// describe.go describeStatefulSet (+ describeVolumeClaimTemplates), describePersistentVolumeClaim
// (printPersistentVolumeClaim, printPodsMultiline "Used By"), describePersistentVolume and
// describeStorageClass.
import type { PersistentVolume, PersistentVolumeClaim, Pod } from 'kubernetes-types/core/v1';
import type { StatefulSet } from 'kubernetes-types/apps/v1';
import type { StorageClass } from 'kubernetes-types/storage/v1';
import type { Event, KubeObject } from '../../../sim/api/types';
import { canonicalQuantity } from '../../../sim/api/quantity';
import { formatLabelSelector } from '../printers/table';
import { translateTimestampSince } from '../printers/duration';
import { accessModesString, isDefaultClass } from '../printers/storage';
import { describePodTemplate } from './deployment';
import { describeEvents } from './events';
import { PrefixWriter, printAnnotationsMultiline, printLabelsMultiline, rfc1123z } from './writer';

const qty = (q: string | undefined) => (q ? canonicalQuantity(q) : '0');
/** Go's %v of a []string: `[a b]` */
const goSlice = (xs: string[] | undefined) => `[${(xs ?? []).join(' ')}]`;
const claimClass = (c: PersistentVolumeClaim) => c.spec?.storageClassName ?? c.metadata?.annotations?.['volume.beta.kubernetes.io/storage-class'] ?? '';

/** `pods` = the pods this StatefulSet controls */
export function describeStatefulSet(obj: KubeObject, pods: Pod[], events: Event[] | undefined, now: number): string {
  const ss = obj as unknown as StatefulSet;
  const w = new PrefixWriter();
  w.write(0, `Name:\t${ss.metadata?.name}\n`);
  w.write(0, `Namespace:\t${ss.metadata?.namespace}\n`);
  w.write(0, `CreationTimestamp:\t${rfc1123z(ss.metadata?.creationTimestamp)}\n`);
  w.write(0, `Selector:\t${formatLabelSelector(ss.spec?.selector)}\n`);
  printLabelsMultiline(w, 'Labels', ss.metadata?.labels);
  printAnnotationsMultiline(w, 'Annotations', ss.metadata?.annotations);
  w.write(0, `Replicas:\t${ss.spec?.replicas ?? 1} desired | ${ss.status?.replicas ?? 0} total\n`);
  w.write(0, `Update Strategy:\t${ss.spec?.updateStrategy?.type ?? ''}\n`);
  const ru = ss.spec?.updateStrategy?.rollingUpdate;
  if (ru?.partition !== undefined) {
    w.write(1, `Partition:\t${ru.partition}\n`);
    if (ru.maxUnavailable !== undefined) w.write(1, `MaxUnavailable:\t${ru.maxUnavailable}\n`);
  }
  const count = (phase: string) => pods.filter((p) => p.status?.phase === phase).length;
  w.write(0, `Pods Status:\t${count('Running')} Running / ${count('Pending')} Waiting / ${count('Succeeded')} Succeeded / ${count('Failed')} Failed\n`);
  describePodTemplate(ss.spec?.template, w);
  const templates = ss.spec?.volumeClaimTemplates ?? [];
  if (templates.length === 0) w.write(0, 'Volume Claims:\t<none>\n');
  else {
    w.write(0, 'Volume Claims:\n');
    for (const t of templates) {
      w.write(1, `Name:\t${t.metadata?.name ?? ''}\n`);
      w.write(1, `StorageClass:\t${claimClass(t as PersistentVolumeClaim)}\n`);
      w.write(0, '  ');
      printLabelsMultiline(w, 'Labels', t.metadata?.labels);
      w.write(0, '  ');
      printAnnotationsMultiline(w, 'Annotations', t.metadata?.annotations);
      const storage = t.spec?.resources?.requests?.storage;
      w.write(1, `Capacity:\t${storage ? qty(storage) : '<default>'}\n`);
      w.write(1, `Access Modes:\t${goSlice(t.spec?.accessModes)}\n`);
    }
  }
  if (events) describeEvents(events, w, now);
  return w.toString();
}

/** `users` = the pods that mount this claim */
export function describePersistentVolumeClaim(obj: KubeObject, users: Pod[], events: Event[] | undefined, now: number): string {
  const c = obj as unknown as PersistentVolumeClaim;
  const w = new PrefixWriter();
  w.write(0, `Name:\t${c.metadata?.name}\n`);
  w.write(0, `Namespace:\t${c.metadata?.namespace}\n`);
  w.write(0, `StorageClass:\t${claimClass(c)}\n`);
  if (c.metadata?.deletionTimestamp) w.write(0, `Status:\tTerminating (lasts ${translateTimestampSince(c.metadata.deletionTimestamp, now)})\n`);
  else w.write(0, `Status:\t${c.status?.phase ?? ''}\n`);
  w.write(0, `Volume:\t${c.spec?.volumeName ?? ''}\n`);
  printLabelsMultiline(w, 'Labels', c.metadata?.labels);
  printAnnotationsMultiline(w, 'Annotations', c.metadata?.annotations);
  w.write(0, `Finalizers:\t${goSlice(c.metadata?.finalizers)}\n`);
  const bound = !!c.spec?.volumeName;
  w.write(0, `Capacity:\t${bound ? qty(c.status?.capacity?.storage) : ''}\n`);
  w.write(0, `Access Modes:\t${bound ? accessModesString(c.status?.accessModes) : ''}\n`);
  if (c.spec?.volumeMode) w.write(0, `VolumeMode:\t${c.spec.volumeMode}\n`);
  // printPodsMultiline: the names, sorted, one per line
  w.write(0, 'Used By:\t');
  const names = users.map((p) => p.metadata?.name ?? '').sort();
  if (names.length === 0) w.write(0, '<none>\n');
  names.forEach((n, i) => w.write(0, `${i === 0 ? '' : '\t'}${n}\n`));
  if (events) describeEvents(events, w, now);
  return w.toString();
}

export function describePersistentVolume(obj: KubeObject, events: Event[] | undefined, now: number): string {
  const pv = obj as unknown as PersistentVolume;
  const w = new PrefixWriter();
  w.write(0, `Name:\t${pv.metadata?.name}\n`);
  printLabelsMultiline(w, 'Labels', pv.metadata?.labels);
  printAnnotationsMultiline(w, 'Annotations', pv.metadata?.annotations);
  w.write(0, `Finalizers:\t${goSlice(pv.metadata?.finalizers)}\n`);
  w.write(0, `StorageClass:\t${pv.spec?.storageClassName ?? ''}\n`);
  if (pv.metadata?.deletionTimestamp) w.write(0, `Status:\tTerminating (lasts ${translateTimestampSince(pv.metadata.deletionTimestamp, now)})\n`);
  else w.write(0, `Status:\t${pv.status?.phase ?? ''}\n`);
  w.write(0, `Claim:\t${pv.spec?.claimRef ? `${pv.spec.claimRef.namespace ?? ''}/${pv.spec.claimRef.name ?? ''}` : ''}\n`);
  w.write(0, `Reclaim Policy:\t${pv.spec?.persistentVolumeReclaimPolicy ?? ''}\n`);
  w.write(0, `Access Modes:\t${accessModesString(pv.spec?.accessModes)}\n`);
  if (pv.spec?.volumeMode) w.write(0, `VolumeMode:\t${pv.spec.volumeMode}\n`);
  w.write(0, `Capacity:\t${qty(pv.spec?.capacity?.storage)}\n`);
  w.write(0, 'Node Affinity:\t<none>\n');
  w.write(0, `Message:\t${pv.status?.message ?? ''}\n`);
  w.write(0, 'Source:\n');
  const csi = pv.spec?.csi;
  if (csi) {
    // printCSIPersistentVolumeSource
    w.write(1, 'Type:\tCSI (a Container Storage Interface (CSI) volume source)\n');
    w.write(1, `Driver:\t${csi.driver}\n`);
    w.write(1, `FSType:\t${csi.fsType ?? ''}\n`);
    w.write(1, `VolumeHandle:\t${csi.volumeHandle}\n`);
    w.write(1, `ReadOnly:\t${csi.readOnly ?? false}\n`);
    const attrs = csi.volumeAttributes ?? {};
    const keys = Object.keys(attrs).sort();
    w.write(1, 'VolumeAttributes:\t');
    if (keys.length === 0) w.write(0, '<none>\n');
    keys.forEach((k, i) => w.write(0, `${i === 0 ? '' : '\t\t\t'}${k}=${attrs[k]}\n`));
  } else w.write(1, '<unknown>\n');
  if (events) describeEvents(events, w, now);
  return w.toString();
}

export function describeStorageClass(obj: KubeObject, events: Event[] | undefined, now: number): string {
  const sc = obj as unknown as StorageClass;
  const w = new PrefixWriter();
  w.write(0, `Name:\t${sc.metadata?.name}\n`);
  w.write(0, `IsDefaultClass:\t${isDefaultClass(obj) ? 'Yes' : 'No'}\n`);
  // describeStorageClass prints its annotations as labels: `key=value`
  printLabelsMultiline(w, 'Annotations', sc.metadata?.annotations);
  w.write(0, `Provisioner:\t${sc.provisioner}\n`);
  const params = Object.entries(sc.parameters ?? {}).sort(([a], [b]) => a.localeCompare(b));
  w.write(0, `Parameters:\t${params.length ? params.map(([k, v]) => `${k}=${v}`).join(',') : '<none>'}\n`);
  w.write(0, `AllowVolumeExpansion:\t${sc.allowVolumeExpansion === undefined ? '<unset>' : sc.allowVolumeExpansion ? 'True' : 'False'}\n`);
  w.write(0, sc.mountOptions?.length ? 'MountOptions:\n' : 'MountOptions:\t<none>\n');
  for (const o of sc.mountOptions ?? []) w.write(0, `  ${o}\n`);
  w.write(0, `ReclaimPolicy:\t${sc.reclaimPolicy ?? ''}\n`);
  w.write(0, `VolumeBindingMode:\t${sc.volumeBindingMode ?? ''}\n`);
  if (sc.allowedTopologies?.length) w.write(0, 'AllowedTopologies:\t<none>\n');
  if (events) describeEvents(events, w, now);
  return w.toString();
}
