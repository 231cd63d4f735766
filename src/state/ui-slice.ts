// What the user is looking at and has done: the inspector's selection and the terminal's command log
// (lesson steps such as "run kubectl get pods" check the log).
import type { StateCreator } from 'zustand';

export interface ObjectRef {
  kind: string;
  namespace?: string;
  name: string;
}

export interface CommandLogEntry {
  line: string;
  exitCode: number;
  /** virtual time when it ran */
  at: number;
}

/** one request's way through the cluster network, shown on the graph for a moment */
export interface RequestTrace {
  id: number;
  /** the Service it went through (none when a pod was asked directly) and the pod that answered */
  service?: ObjectRef;
  pod?: ObjectRef;
}

/** a hop's `namespace/name` as an object reference */
function refOf(kind: string, name: string): ObjectRef {
  const i = name.indexOf('/');
  return i < 0 ? { kind, name } : { kind, namespace: name.slice(0, i), name: name.slice(i + 1) };
}

/** how long the graph shows a request's path */
export const REQUEST_TRACE_MS = 1500;

export interface UiSlice {
  /** requests sent moments ago (curl in the terminal or in a pod), newest last */
  requests: RequestTrace[];
  traceRequest(hops: ReadonlyArray<{ kind: string; name: string }>): void;
  selected?: ObjectRef;
  select(ref: ObjectRef | undefined): void;
  commandLog: CommandLogEntry[];
  recordCommand(entry: CommandLogEntry): void;
}

let nextTrace = 1;

export const createUiSlice: StateCreator<UiSlice, [], [], UiSlice> = (set) => ({
  requests: [],
  traceRequest(hops) {
    const svc = hops.find((h) => h.kind === 'service');
    const pod = hops.find((h) => h.kind === 'pod');
    const trace: RequestTrace = { id: nextTrace++, service: svc ? refOf('Service', svc.name) : undefined, pod: pod ? refOf('Pod', pod.name) : undefined };
    set((s) => ({ requests: [...s.requests.slice(-9), trace] }));
    setTimeout(() => set((s) => ({ requests: s.requests.filter((r) => r.id !== trace.id) })), REQUEST_TRACE_MS);
  },
  selected: undefined,
  select(selected) {
    set({ selected });
  },
  commandLog: [],
  recordCommand(entry) {
    set((s) => ({ commandLog: [...s.commandLog.slice(-199), entry] }));
  },
});
