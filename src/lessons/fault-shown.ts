// Whether the cluster mirror shows a fault a lesson step threw: the killed pod gone, the image broken,
// the stopped node NotReady with its pods unready, the started node Ready. A step's "healed" check
// counts only from then on. The mirror may skip states (the worker coalesces changes, and at 50x a
// replacement pod can be Ready before the UI ever saw two pods), so "the check failed once" alone
// could never be seen; this is what the fault itself must have changed.
import type { KubeObject, Pod } from '../sim/api/types';
import { brokenImage, UNHEALTHY_ANNOTATION, type Fault } from '../sim/faults';
import type { LessonView } from './checks';

/** what a fault's target looked like when the button was pressed */
export interface FaultBefore {
  uid?: string;
}

type WithContainers = KubeObject & { spec?: { containers?: Array<{ image?: string }>; template?: { spec?: { containers?: Array<{ image?: string }> } } } };

function ready(o: KubeObject | undefined): boolean {
  const conds = (o?.status as { conditions?: Array<{ type: string; status: string }> } | undefined)?.conditions ?? [];
  return conds.some((c) => c.type === 'Ready' && c.status === 'True');
}

export function faultBefore(fault: Fault, objects: LessonView['objects']): FaultBefore {
  return { uid: objects[fault.kind]?.get(`${fault.namespace ?? ''}/${fault.name}`)?.metadata.uid };
}

export function faultShown(fault: Fault, objects: LessonView['objects'], before: FaultBefore): boolean {
  const target = objects[fault.kind]?.get(`${fault.namespace ?? ''}/${fault.name}`);
  switch (fault.action) {
    case 'killPod':
      return !target || !!target.metadata.deletionTimestamp || target.metadata.uid !== before.uid;
    case 'breakImage': {
      const o = target as WithContainers | undefined;
      const image = (fault.kind === 'Pod' ? o?.spec?.containers : o?.spec?.template?.spec?.containers)?.[0]?.image;
      return image !== undefined && image === brokenImage(image);
    }
    case 'stopNode': {
      if (ready(target)) return false;
      // the node lifecycle controller marks the node's pods unready too (MarkPodsNotReady)
      for (const p of objects.Pod?.values() ?? []) if ((p as Pod).spec?.nodeName === fault.name && ready(p)) return false;
      return true;
    }
    case 'startNode':
      return ready(target);
    case 'failProbe':
    case 'healProbe':
      // the mark is on the pod at once; what the probes make of it shows in the step's own check
      return (target?.metadata.annotations?.[UNHEALTHY_ANNOTATION] === 'true') === (fault.action === 'failProbe');
    case 'burnCpu':
      return true;
  }
}
