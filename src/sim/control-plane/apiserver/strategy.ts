// Per-kind behaviour the generic verbs call into: defaulting, validation, what an update may change.
// mirrors the RESTCreateStrategy/RESTUpdateStrategy split of staging/src/k8s.io/apiserver/pkg/registry/rest
import type { Clock, Rng } from '../../clock';
import type { FieldError } from '../../api/status';
import type { KubeObject } from '../../api/types';
import type { Store } from '../etcd/store';

export interface StrategyContext {
  clock: Clock;
  rng: Rng;
  store: Store;
  dryRun: boolean;
}

export interface Strategy {
  /** kinds whose metadata.generation counts spec changes */
  generation?: boolean;
  /** Deployments: annotation changes count too */
  generationAlsoOnAnnotations?: boolean;
  /** what an updateStatus stores (default: the old object with the new status) */
  prepareForStatusUpdate?(obj: KubeObject, old: KubeObject): KubeObject;
  /** reset system-owned fields on create (e.g. a Pod's status becomes Pending) */
  prepareForCreate?(obj: KubeObject, ctx: StrategyContext): void;
  /** keep what an update may not change (e.g. a Namespace's status) */
  prepareForUpdate?(obj: KubeObject, old: KubeObject, ctx: StrategyContext): void;
  /** pkg/apis/<group>/v1/defaults.go: fill unset fields */
  defaults?(obj: KubeObject): void;
  validate?(obj: KubeObject): FieldError[];
  validateUpdate?(obj: KubeObject, old: KubeObject): FieldError[];
  /**
   * After validation, just before storing: allocate what the object needs (cluster IPs, node
   * ports), claiming it unless ctx.dryRun; may throw a 422 (`provided port is already allocated`).
   */
  allocate?(obj: KubeObject, ctx: StrategyContext, old?: KubeObject): void;
  /** an object loaded from a snapshot: claim what it holds again */
  adopt?(obj: KubeObject): void;
  /** the object left the store: release what it held (cluster IPs, node ports) */
  release?(obj: KubeObject): void;
}
