// The selected object, live from the mirror (undefined when it is gone or is not an API object).
import type { KubeObject } from '../../sim/api/types';
import { useStore } from '../../state/store';
import type { ObjectRef } from '../../state/ui-slice';

export function useSelectedObject(ref: ObjectRef | undefined): KubeObject | undefined {
  return useStore((s) => (ref ? s.objects[ref.kind]?.get(`${ref.namespace ?? ''}/${ref.name}`) : undefined));
}
