// Asks the simulator why a pod is where it is (the scheduler's recorded decision). Refetches when
// `version` changes (the pod's resourceVersion) and keeps the last answer while a new one loads.
import { useEffect, useState } from 'react';
import type { PodExplanation } from '../../sim/explain';
import { workerClient } from '../../worker/client';

export type ExplainState = { status: 'loading' } | { status: 'error' } | { status: 'ready'; explanation: PodExplanation | null };

export function useExplain(namespace: string, name: string, version: string | undefined): ExplainState {
  const [state, setState] = useState<{ key: string; value: ExplainState }>({ key: '', value: { status: 'loading' } });
  const key = `${namespace}/${name}`;
  useEffect(() => {
    let alive = true;
    workerClient
      .request({ method: 'explain', namespace, name })
      .then((explanation) => alive && setState({ key, value: { status: 'ready', explanation } }))
      .catch(() => alive && setState({ key, value: { status: 'error' } }));
    return () => {
      alive = false;
    };
  }, [key, namespace, name, version]);
  return state.key === key ? state.value : { status: 'loading' };
}
