// Selection shared by every graph box: is this object the one in the inspector, and how to pick it.
import { useCallback } from 'react';
import { useStore } from '../../../state/store';
import type { ObjectRef } from '../../../state/ui-slice';

export function sameRef(a: ObjectRef | undefined, b: ObjectRef): boolean {
  return !!a && a.kind === b.kind && a.name === b.name && (a.namespace ?? '') === (b.namespace ?? '');
}

/** [selected, select] for one object; the boolean selector keeps re-renders to the two boxes that change. */
export function useSelectable(ref: ObjectRef): [boolean, () => void] {
  const selected = useStore((s) => sameRef(s.selected, ref));
  const select = useCallback(() => useStore.getState().select(ref), [ref]);
  return [selected, select];
}
