// The one interface through which everything outside the simulator talks to "a Kubernetes API":
// the UI mirror, the terminal's kubectl, lesson checks and transcripts. The worker transport and,
// later, an HTTP transport (kubeplay serve, or a real cluster) both implement it.
import type { GroupVersionResource, KubeList, KubeObject, WatchEvent } from './types';

export interface ListOptions {
  labelSelector?: string;
  /** metadata.name, metadata.namespace, spec.nodeName, status.phase (and `!=`) */
  fieldSelector?: string;
}

export interface WatchOptions extends ListOptions {
  /** deliver every change after this resourceVersion; omitted = from now */
  resourceVersion?: string;
}

export interface WriteOptions {
  /** 'All' = server-side dry run: validated and defaulted, not stored */
  dryRun?: 'All';
  fieldManager?: string;
  /** server-side apply: take fields other appliers own instead of failing with a conflict */
  force?: boolean;
}

export type PropagationPolicy = 'Background' | 'Foreground' | 'Orphan';
export interface DeleteOptions extends WriteOptions {
  propagationPolicy?: PropagationPolicy;
  gracePeriodSeconds?: number;
}

/** 'apply' = server-side apply (application/apply-patch+yaml): needs opts.fieldManager */
export type PatchType = 'merge' | 'json' | 'strategic' | 'apply';

export interface LogOptions {
  container?: string;
  previous?: boolean;
  tailLines?: number;
}

/** the pods/exec subresource: a command run in a running container */
export interface ExecOptions {
  container?: string;
  command: string[];
  stdin?: string;
}

export interface ExecResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export interface Scale {
  apiVersion: 'autoscaling/v1';
  kind: 'Scale';
  metadata: KubeObject['metadata'];
  spec: { replicas?: number };
  status: { replicas: number; selector?: string };
}

/** Errors are thrown as StatusError (see ./status.ts), carrying a meta/v1 Status. */
export interface KubeClient {
  create(gvr: GroupVersionResource, namespace: string | undefined, obj: KubeObject, opts?: WriteOptions): Promise<KubeObject>;
  get(gvr: GroupVersionResource, namespace: string | undefined, name: string): Promise<KubeObject>;
  list(gvr: GroupVersionResource, namespace: string | undefined, opts?: ListOptions): Promise<KubeList>;
  /** Returns a function that stops the watch. */
  watch(gvr: GroupVersionResource, namespace: string | undefined, opts: WatchOptions, onEvent: (ev: WatchEvent) => void): () => void;
  update(gvr: GroupVersionResource, namespace: string | undefined, obj: KubeObject, opts?: WriteOptions): Promise<KubeObject>;
  updateStatus(gvr: GroupVersionResource, namespace: string | undefined, obj: KubeObject): Promise<KubeObject>;
  patch(gvr: GroupVersionResource, namespace: string | undefined, name: string, type: PatchType, patch: unknown, opts?: WriteOptions): Promise<KubeObject>;
  /** Returns the object as it stands after the call (pods: Terminating with deletionTimestamp) */
  delete(gvr: GroupVersionResource, namespace: string | undefined, name: string, opts?: DeleteOptions): Promise<KubeObject>;
  getScale(gvr: GroupVersionResource, namespace: string, name: string): Promise<Scale>;
  updateScale(gvr: GroupVersionResource, namespace: string, name: string, replicas: number): Promise<Scale>;
  /** The pod `log` subresource. */
  logs(namespace: string, pod: string, opts?: LogOptions): Promise<string>;
  /** The pod `exec` subresource (kubectl exec); a non-zero exit is a result, not an error. */
  exec(namespace: string, pod: string, opts: ExecOptions): Promise<ExecResult>;
}

/** The same verbs, synchronous: what the in-process api-server offers controllers and kubelets. */
export type SyncKubeApi = {
  [K in keyof KubeClient]: KubeClient[K] extends (...args: infer A) => Promise<infer R> ? (...args: A) => R : KubeClient[K];
};
