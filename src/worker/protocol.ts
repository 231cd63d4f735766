// The typed messages between the main thread and the simulator's Web Worker.
// Requests carry an id and get exactly one Response; the worker also pushes Notices
// (object diffs in per-frame batches, clock ticks, crashes) without being asked.
import type { KubeObject, WatchEventType } from '../sim/api/types';
import type { CommandResult, EditRequest } from '../cli/types';
import type { EditOutcome } from '../cli/kubectl/edit';
import type { ApplyResult } from '../cli/kubectl/apply-types';
import type { PodExplanation } from '../sim/explain';
import type { AksSnapshot } from '../sim/aks/types';
import type { ScenarioOptions, ScenarioResult } from '../sim/aks/scenario';
import type { TimelineSeries } from '../sim/metrics/timeline';
import type { NetworkHop } from '../sim/network/types';
import type { Fault, FaultResult } from '../sim/faults';
import type { ObjectDelta } from './delta';

export interface ClockState {
  now: number; // virtual epoch ms
  paused: boolean;
  speed: number; // 0.25 … 50
}

export type Request =
  /** nodes: the system pool's size (`?nodes=500`, for demos and the UI benchmark at scale) */
  | { method: 'init'; seed?: number | string; lang?: string; nodes?: number }
  | { method: 'apply'; yaml: string; fileName?: string }
  | { method: 'exec'; line: string }
  /** interrupt the running exec request `target` (Ctrl+C) */
  | { method: 'cancel'; target: number }
  | { method: 'writeFile'; path: string; content: string }
  /** `kubectl edit`'s tab was saved with `text` (src/cli/kubectl/edit.ts submitEdit) */
  | { method: 'submitEdit'; edit: EditRequest; text: string }
  /** `kubectl edit`'s tab was closed without saving */
  | { method: 'cancelEdit'; edit: EditRequest }
  | { method: 'setClock'; paused?: boolean; speed?: number }
  | { method: 'step' }
  | { method: 'explain'; namespace: string; name: string }
  /** the AKS model's node pools and upgrade progress (src/sim/aks), null without one */
  | { method: 'aks' }
  /** the timeline's samples newer than `since` (virtual ms), for the AKS panel's live chart */
  | { method: 'timeline'; since?: number }
  /** one AKS upgrade on a fresh cluster of its own (the compare view runs one per setting) */
  | { method: 'aksScenario'; options: ScenarioOptions }
  | { method: 'reset'; seed?: number | string; nodes?: number }
  /** the fault palette: stop or start a node, kill a pod, break an image, burn CPU (src/sim/faults.ts) */
  | { method: 'fault'; fault: Fault };

export interface ResultOf {
  init: { clock: ClockState };
  apply: ApplyResult;
  exec: CommandResult;
  cancel: null;
  writeFile: null;
  submitEdit: EditOutcome;
  cancelEdit: CommandResult;
  setClock: ClockState;
  step: ClockState;
  explain: PodExplanation | null;
  aks: AksSnapshot | null;
  timeline: TimelineSeries | null;
  aksScenario: ScenarioResult;
  reset: { clock: ClockState };
  fault: FaultResult;
}

export type RequestEnvelope = { id: number } & Request;

export type Response =
  | { type: 'response'; id: number; ok: true; result: unknown }
  | { type: 'response'; id: number; ok: false; error: string };

/** One change to one object; the generic mirror handles every kind alike. */
export type MirrorEvent = MirrorObjectEvent | MirrorPatchEvent;

/** The whole object (ADDED, and MODIFIED when the worker has not posted the object before). A
 *  DELETED event's object may be only its apiVersion, kind, name and namespace. */
export interface MirrorObjectEvent {
  type: Exclude<WatchEventType, 'BOOKMARK'>;
  object: KubeObject;
}

/** A MODIFIED object as a delta against the version the worker posted last (./delta.ts);
 *  key is `${namespace}/${name}` ('' for cluster-scoped), as the mirror's maps use. */
export interface MirrorPatchEvent {
  type: 'PATCHED';
  kind: string;
  key: string;
  delta: ObjectDelta;
}

export type Notice =
  /** The full state after (re)start: replace the mirror. */
  | { type: 'sync'; objects: KubeObject[]; resourceVersion: string; clock: ClockState }
  /** Changes since the last batch, at most one batch per animation frame. A big batch comes as
   *  several notices of at most MAX_BATCH_EVENTS events each (host.ts), so that no one message takes
   *  the main thread long to receive; the main thread applies what arrived once per frame. */
  | { type: 'batch'; events: MirrorEvent[]; resourceVersion: string; clock: ClockState }
  | { type: 'clock'; clock: ClockState }
  /** stdout (or, with stream 'stderr', stderr) a running `exec` request printed before it finished */
  | { type: 'output'; id: number; text: string; stream?: 'stderr' }
  | { type: 'crash'; message: string }
  /** a request went through the pod network (curl): its path, for the graph to show */
  | { type: 'request'; hops: NetworkHop[] }
  /** a command wrote a workspace file (`echo x > f.yaml`, `… -o yaml > f.yaml`): the editor shows it */
  | { type: 'file'; path: string; content: string };

export type WorkerMessage = Response | Notice;
