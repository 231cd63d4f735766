// A clickable reference to another object: selecting it moves the inspector there.
import type { ReactNode } from 'react';
import { useStore } from '../../state/store';
import type { ObjectRef } from '../../state/ui-slice';

export function ObjectLink({ target, children, disabled }: { target: ObjectRef; children?: ReactNode; disabled?: boolean }) {
  return (
    <button type="button" className="kp-link" disabled={disabled} onClick={() => useStore.getState().select(target)}>
      {children ?? `${target.kind}/${target.name}`}
    </button>
  );
}
