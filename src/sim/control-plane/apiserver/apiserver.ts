// The simulated kube-apiserver: the verbs over the store, with defaulting, validation, admission
// (namespace lifecycle), optimistic concurrency, graceful deletion and finalizers.
// mirrors staging/src/k8s.io/apiserver/pkg/registry/generic/registry/store.go
import type { Clock, Rng } from '../../clock';
import type { DeleteOptions, ExecOptions, ExecResult, ListOptions, LogOptions, PatchType, Scale, SyncKubeApi, WatchOptions, WriteOptions } from '../../api/client';
import type { GroupVersionResource, KubeList, KubeObject, WatchEvent } from '../../api/types';
import type { ResourceInfo } from '../../api/resources';
import { METRICS_RESOURCES, R, apiVersionOf } from '../../api/resources';
import { alreadyExists, badRequest, conflict, forbidden, invalid, notFound } from '../../api/status';
import { parseSelector } from '../../api/labels';
import { generateName } from '../../api/names';
import { validateObjectMeta, validateObjectMetaUpdate } from '../../api/validation/meta';
import { Store, type StoreSnapshot } from '../etcd/store';
import { startEventTTL } from './event-ttl';
import { mutableMeta } from '../../api/meta';
import { deepEqual, deepFreeze } from '../etcd/deep';
import type { Strategy, StrategyContext } from './strategy';
import { createStrategies } from './strategies';
import { INDEXED_FIELDS, fieldValue, parseFieldSelector } from './field-selectors';
import { startWatch } from './watch';
import { planDelete, readyToRemove } from './delete';
import { bodyFor, namespaceFor, resolve, statusBodyFor, storeKey } from './resolve';
import { applyPatch } from './patch';
import { getScale, scaleTarget } from './scale';
import { bootstrap } from './bootstrap';
import { bindPod } from './binding';
import { applyBody, applyToLive, managedFieldsForCreate } from './server-side-apply';
import { PDB_KEY, asEviction, checkBudgets, evictionSucceeded } from './eviction';
import { admitMutate, admitValidate } from './admission';

export type LogProvider = (namespace: string, pod: string, opts: LogOptions) => string;
export type ExecProvider = (namespace: string, pod: string, opts: ExecOptions) => ExecResult;
/** the current NodeMetrics or PodMetrics (in one namespace, or all) */
export type MetricsProvider = (resource: 'nodes' | 'pods', namespace: string | undefined) => KubeObject[];
const METRICS_GROUP = 'metrics.k8s.io';

export class ApiServer implements SyncKubeApi {
  readonly store: Store;
  private readonly clock: Clock;
  private readonly rng: Rng;
  private readonly strategies: Map<string, Strategy>;
  private logProvider: LogProvider | undefined;
  private execProvider: ExecProvider | undefined;
  private metricsProvider: MetricsProvider | undefined;

  /**
   * A fresh control plane (system namespaces and the `kubernetes` Service), or, given a snapshot,
   * the control plane that snapshot was taken of.
   */
  constructor(opts: { clock: Clock; rng: Rng; historySize?: number; snapshot?: StoreSnapshot; freezeObjects?: boolean }) {
    this.clock = opts.clock;
    this.rng = opts.rng;
    this.store = new Store({ historySize: opts.historySize, freeze: opts.freezeObjects });
    this.strategies = createStrategies();
    for (const [resource, fields] of Object.entries(INDEXED_FIELDS)) {
      for (const f of fields) this.store.addIndex(resource, f, (o) => fieldValue(o, f));
    }
    startEventTTL(this, this.clock);
    if (opts.snapshot) {
      this.store.load(opts.snapshot);
      for (const { object } of opts.snapshot.objects) this.strategies.get(object.kind)?.adopt?.(object);
    } else {
      bootstrap(this);
    }
  }

  /** Every object and the revision, as plain data (the clock and rng snapshot themselves). */
  snapshot(): StoreSnapshot {
    return this.store.snapshot();
  }

  // --- extras beyond the KubeClient verbs ---

  /** where metrics.k8s.io is answered (metrics-server: ../../metrics/metrics.ts) */
  setMetricsProvider(fn: MetricsProvider): void {
    this.metricsProvider = fn;
  }

  private metricsInfo(gvr: GroupVersionResource): ResourceInfo {
    const info = METRICS_RESOURCES.find((r) => r.resource === gvr.resource && r.version === gvr.version);
    if (!info || !this.metricsProvider) return resolve(gvr); // not served: resolve's 404
    return info;
  }

  private metricsList(gvr: GroupVersionResource, namespace: string | undefined, opts: ListOptions): KubeList {
    const info = this.metricsInfo(gvr);
    const label = opts.labelSelector ? parseSelector(opts.labelSelector) : undefined;
    const items = this.metricsProvider!(info.resource as 'nodes' | 'pods', info.namespaced ? namespace || undefined : undefined).filter((o) => !label || label(o.metadata.labels));
    return { apiVersion: 'metrics.k8s.io/v1beta1', kind: `${info.kind}List`, metadata: { resourceVersion: '' }, items } as KubeList;
  }

  private metricsGet(gvr: GroupVersionResource, namespace: string | undefined, name: string): KubeObject {
    const info = this.metricsInfo(gvr);
    const found = this.metricsProvider!(info.resource as 'nodes' | 'pods', info.namespaced ? namespace : undefined).find((o) => o.metadata.name === name);
    if (!found) throw notFound(info, name);
    return found;
  }

  /** where pods/exec is answered (the kubelets of cluster.ts) */
  setExecProvider(fn: ExecProvider): void {
    this.execProvider = fn;
  }

  setLogProvider(fn: LogProvider): void {
    this.logProvider = fn;
  }

  currentResourceVersion(): string {
    return String(this.store.revision());
  }

  /** Every object of every kind (the UI's initial sync). */
  listAll(): KubeObject[] {
    return this.store.all();
  }

  /** The pods/binding subresource: what the scheduler calls to place a pod. */
  bind(namespace: string, podName: string, nodeName: string): KubeObject {
    const pod = this.store.get(storeKey(R.pods), namespace, podName);
    if (!pod) throw notFound(R.pods, podName);
    return this.store.update(storeKey(R.pods), bindPod(pod, nodeName, this.clock.now()));
  }

  /**
   * The pods/eviction subresource: delete the pod (gracefully) unless a PodDisruptionBudget
   * forbids it (429). Also reached by create() on pods with a policy/v1 Eviction body.
   */
  evict(namespace: string, podName: string, opts: DeleteOptions = {}): KubeObject {
    const pod = this.existing(R.pods, namespace, podName);
    const charged = checkBudgets(this.store, pod, this.clock.nowRFC3339());
    if (opts.dryRun === 'All') return evictionSucceeded();
    if (charged) this.store.update(PDB_KEY, charged);
    this.delete(R.pods, namespace, podName, opts);
    return evictionSucceeded();
  }

  // --- verbs ---

  create(gvr: GroupVersionResource, namespace: string | undefined, obj: KubeObject, opts: WriteOptions = {}): KubeObject {
    const info = resolve(gvr);
    const eviction = info.kind === 'Pod' ? asEviction(obj) : undefined;
    if (eviction) return this.evict(namespaceFor(info, namespace, obj), eviction.name, { ...eviction.deleteOptions, dryRun: opts.dryRun ?? eviction.deleteOptions.dryRun });
    const o = bodyFor(info, obj);
    const ns = namespaceFor(info, namespace, o);
    const m = mutableMeta(o);
    if (m.resourceVersion) throw badRequest('resourceVersion should not be set on objects to be created');
    if (info.namespaced) m.namespace = ns;
    else delete m.namespace;
    const generated = !m.name && Boolean(m.generateName);
    if (generated) m.name = generateName(m.generateName!, this.rng);
    // FillObjectMetaSystemFields: the server owns these
    m.uid = this.rng.uuid();
    m.creationTimestamp = this.clock.nowRFC3339();
    delete m.deletionTimestamp;
    delete m.deletionGracePeriodSeconds;
    delete m.selfLink;
    const s = this.strategy(info);
    if (s.generation) m.generation = 1;
    else delete m.generation;
    const ctx = this.ctx(opts);
    s.defaults?.(o);
    admitMutate(this.store, info, o);
    s.prepareForCreate?.(o, ctx);
    const errs = [...validateObjectMeta(o, info.namespaced), ...(s.validate?.(o) ?? [])];
    if (errs.length) throw invalid(info.kind, info.group, m.name ?? '', errs);
    if (info.namespaced) this.admitNamespace(info, ns, m.name!);
    // a generated name that is taken is drawn again, as upstream's RetryGenerateName does
    for (let attempt = 0; generated && attempt < 7 && this.store.get(storeKey(info), ns, m.name!); attempt++) m.name = generateName(m.generateName!, this.rng);
    if (this.store.get(storeKey(info), ns, m.name!)) throw alreadyExists(info, m.name!);
    admitValidate(this.store, info, o, opts.dryRun === 'All');
    s.allocate?.(o, ctx);
    if (opts.dryRun === 'All') return o;
    return this.store.create(storeKey(info), o, true); // `o` is bodyFor's private copy
  }

  get(gvr: GroupVersionResource, namespace: string | undefined, name: string): KubeObject {
    if (gvr.group === METRICS_GROUP) return this.metricsGet(gvr, namespace, name);
    const info = resolve(gvr);
    const o = this.store.get(storeKey(info), namespaceFor(info, namespace), name);
    if (!o) throw notFound(info, name);
    return o;
  }

  list(gvr: GroupVersionResource, namespace: string | undefined, opts: ListOptions = {}): KubeList {
    if (gvr.group === METRICS_GROUP) return this.metricsList(gvr, namespace, opts);
    const info = resolve(gvr);
    const label = opts.labelSelector ? parseSelector(opts.labelSelector) : undefined;
    const field = parseFieldSelector(info.kind, opts.fieldSelector);
    const ns = info.namespaced ? namespace || undefined : undefined;
    const key = storeKey(info);
    const indexed = field?.requirements.find((r) => r.op === '=' && this.store.hasIndex(key, r.field));
    let items: KubeObject[];
    if (indexed) {
      items = this.store.byIndex(key, indexed.field, indexed.value);
      if (ns !== undefined) items = items.filter((o) => o.metadata.namespace === ns);
    } else {
      items = this.store.list(key, info.namespaced ? ns : '');
    }
    if (label && !label.empty) items = items.filter((o) => label(o.metadata.labels));
    if (field) items = items.filter(field);
    return { apiVersion: apiVersionOf(info), kind: info.listKind, metadata: { resourceVersion: this.currentResourceVersion() }, items };
  }

  watch(gvr: GroupVersionResource, namespace: string | undefined, opts: WatchOptions, onEvent: (ev: WatchEvent) => void): () => void {
    const info = resolve(gvr);
    const label = opts.labelSelector ? parseSelector(opts.labelSelector) : undefined;
    const field = parseFieldSelector(info.kind, opts.fieldSelector);
    const ns = info.namespaced ? namespace || undefined : undefined;
    return startWatch(this.store, storeKey(info), { namespace: ns, label, field }, opts.resourceVersion, onEvent);
  }

  update(gvr: GroupVersionResource, namespace: string | undefined, obj: KubeObject, opts: WriteOptions = {}): KubeObject {
    const { info, o, old } = this.beginUpdate(gvr, namespace, obj);
    return this.updateFrom(info, o, old, opts);
  }

  /** What update and updateStatus share: the body, its namespace, the stored object, the precondition. */
  private beginUpdate(gvr: GroupVersionResource, namespace: string | undefined, obj: KubeObject, statusOnly = false) {
    const info = resolve(gvr);
    const o = statusOnly ? statusBodyFor(info, obj) : bodyFor(info, obj);
    const ns = namespaceFor(info, namespace, o);
    if (info.namespaced) o.metadata.namespace = ns;
    else delete o.metadata.namespace; // BeforeUpdate clears it for cluster-scoped kinds
    const old = this.existing(info, ns, o.metadata.name);
    this.checkPrecondition(info, o, old);
    return { info, o, old };
  }

  updateStatus(gvr: GroupVersionResource, namespace: string | undefined, obj: KubeObject): KubeObject {
    // only metadata and status of the body count here: the rest is not copied (kubelets send whole pods)
    const { info, o, old } = this.beginUpdate(gvr, namespace, obj, true);
    // status strategies keep everything but status (ResetObjectMetaForStatus)
    const s = this.strategy(info);
    const next = s.prepareForStatusUpdate ? s.prepareForStatusUpdate(o, old) : ({ ...old, status: o.status } as KubeObject);
    if (deepEqual(next, old)) return old;
    return this.store.update(storeKey(info), next);
  }

  /** PATCH on the status subresource: the patch applies to the whole object; only its status is kept */
  patchStatus(gvr: GroupVersionResource, namespace: string | undefined, name: string, type: Exclude<PatchType, 'apply'>, patch: unknown): KubeObject {
    const info = resolve(gvr);
    const old = this.existing(info, namespaceFor(info, namespace), name);
    const patched = applyPatch(structuredClone(old), type, patch) as KubeObject;
    return this.updateStatus(gvr, namespace, patched);
  }

  patch(gvr: GroupVersionResource, namespace: string | undefined, name: string, type: PatchType, patch: unknown, opts: WriteOptions = {}): KubeObject {
    const info = resolve(gvr);
    const ns = namespaceFor(info, namespace);
    if (type === 'apply') return this.serverSideApply(info, ns, name, patch, opts);
    const old = this.existing(info, ns, name);
    const patched = applyPatch(structuredClone(old), type, patch) as KubeObject;
    const o = bodyFor(info, patched);
    if (o.metadata.name !== name) throw badRequest('the name of the object (' + o.metadata.name + ') does not match the name on the URL (' + name + ')');
    // a patch carrying a resourceVersion is a precondition too
    this.checkPrecondition(info, o, old);
    return this.updateFrom(info, o, old, opts);
  }

  delete(gvr: GroupVersionResource, namespace: string | undefined, name: string, opts: DeleteOptions = {}): KubeObject {
    const info = resolve(gvr);
    const ns = namespaceFor(info, namespace);
    const old = this.existing(info, ns, name);
    if (info.kind === 'Namespace') {
      if (['default', 'kube-system', 'kube-public'].includes(name)) throw forbidden(info, name, 'this namespace may not be deleted');
      if (old.metadata.deletionTimestamp) {
        throw conflict(info, name, 'The system is ensuring all content is removed from this namespace.  Upon completion, this namespace will automatically be purged by the system.');
      }
    }
    const plan = planDelete(old, opts, this.clock.now());
    if (plan.action === 'unchanged') return old;
    if (plan.action === 'mark') return opts.dryRun === 'All' ? plan.object : this.store.update(storeKey(info), plan.object);
    if (opts.dryRun === 'All') return old;
    return this.remove(info, old);
  }

  getScale(gvr: GroupVersionResource, namespace: string, name: string): Scale {
    const info = scaleTarget(gvr);
    return getScale(this.existing(info, namespaceFor(info, namespace), name));
  }

  updateScale(gvr: GroupVersionResource, namespace: string, name: string, replicas: number): Scale {
    const info = scaleTarget(gvr);
    const old = this.existing(info, namespaceFor(info, namespace), name);
    const o = structuredClone(old) as KubeObject & { spec: { replicas?: number } };
    o.spec = { ...o.spec, replicas };
    return getScale(this.updateFrom(info, o, old, {}));
  }

  logs(namespace: string, pod: string, opts: LogOptions = {}): string {
    this.existing(R.pods, namespace, pod);
    return this.logProvider ? this.logProvider(namespace, pod, opts) : '';
  }

  exec(namespace: string, pod: string, opts: ExecOptions): ExecResult {
    this.existing(R.pods, namespace, pod);
    if (!this.execProvider) throw badRequest(`unable to upgrade connection: container not found ("${opts.container ?? ''}")`);
    return this.execProvider(namespace, pod, opts);
  }

  // --- internals ---

  private serverSideApply(info: ResourceInfo, ns: string, name: string, patch: unknown, opts: WriteOptions): KubeObject {
    if (!opts.fieldManager) throw badRequest('fieldManager is required for apply requests');
    const body = bodyFor(info, applyBody(patch));
    if (body.metadata.name && body.metadata.name !== name) throw badRequest(`the name of the object (${body.metadata.name}) does not match the name on the URL (${name})`);
    const req = { manager: opts.fieldManager, force: opts.force === true, nowRFC3339: this.clock.nowRFC3339() };
    const live = this.store.get(storeKey(info), ns, name);
    if (!live) {
      // apply creates what does not exist yet
      const created = { ...body, metadata: { ...body.metadata, name, managedFields: managedFieldsForCreate(body, req) } };
      return this.create(info, ns || undefined, created, opts);
    }
    this.checkPrecondition(info, body, live);
    const merged = bodyFor(info, applyToLive(info, live, body, req));
    return this.updateFrom(info, merged, live, opts);
  }

  private strategy(info: ResourceInfo): Strategy {
    return this.strategies.get(info.kind) ?? {};
  }

  private ctx(opts: WriteOptions): StrategyContext {
    return { clock: this.clock, rng: this.rng, store: this.store, dryRun: opts.dryRun === 'All' };
  }

  private existing(info: ResourceInfo, ns: string, name: string | undefined): KubeObject {
    const o = name ? this.store.get(storeKey(info), ns, name) : undefined;
    if (!o) throw notFound(info, name ?? '');
    return o;
  }

  private checkPrecondition(info: ResourceInfo, o: KubeObject, old: KubeObject): void {
    const rv = o.metadata.resourceVersion;
    if (rv && rv !== old.metadata.resourceVersion) {
      throw conflict(info, old.metadata.name!, 'the object has been modified; please apply your changes to the latest version and try again');
    }
    if (o.metadata.uid && o.metadata.uid !== old.metadata.uid) {
      throw conflict(info, old.metadata.name!, `Precondition failed: UID in precondition: ${o.metadata.uid}, UID in object meta: ${old.metadata.uid}`);
    }
  }

  /** The shared tail of update, patch and scale: keep server-owned fields, default, validate, store. */
  private updateFrom(info: ResourceInfo, o: KubeObject, old: KubeObject, opts: WriteOptions): KubeObject {
    const m = mutableMeta(o);
    const om = old.metadata;
    m.uid = om.uid;
    m.creationTimestamp = om.creationTimestamp;
    m.resourceVersion = om.resourceVersion;
    if (om.deletionTimestamp) m.deletionTimestamp = om.deletionTimestamp;
    else delete m.deletionTimestamp;
    if (om.deletionGracePeriodSeconds !== undefined) m.deletionGracePeriodSeconds = om.deletionGracePeriodSeconds;
    else delete m.deletionGracePeriodSeconds;
    if (om.generation !== undefined) m.generation = om.generation;
    else delete m.generation;
    // an update that leaves managedFields out keeps them (fieldmanager does the same)
    if (m.managedFields === undefined && om.managedFields) m.managedFields = om.managedFields;
    if (info.subresources.includes('status')) o.status = old.status;
    const s = this.strategy(info);
    const ctx = this.ctx(opts);
    s.defaults?.(o);
    s.prepareForUpdate?.(o, old, ctx);
    const errs = [...validateObjectMetaUpdate(o, old), ...validateObjectMeta(o, info.namespaced), ...(s.validate?.(o) ?? []), ...(s.validateUpdate?.(o, old) ?? [])];
    if (errs.length) throw invalid(info.kind, info.group, om.name!, errs);
    const specChanged = !deepEqual(o.spec, old.spec) || (s.generationAlsoOnAnnotations && !deepEqual(m.annotations, om.annotations));
    if (s.generation && specChanged) m.generation = (om.generation ?? 0) + 1;
    if (om.deletionTimestamp && (m.finalizers ?? []).length > (om.finalizers ?? []).length) {
      // ValidateObjectMetaUpdate: no new finalizers once deletion has begun
      throw invalid(info.kind, info.group, om.name!, [{ type: 'FieldValueForbidden', field: 'metadata.finalizers', message: 'Forbidden: no new finalizers can be added if the object is being deleted' }]);
    }
    s.allocate?.(o, ctx, old);
    if (deepEqual(o, old)) return old; // etcd3 GuaranteedUpdate skips no-op writes
    if (opts.dryRun === 'All') return this.store.freezes ? deepFreeze(o) : o;
    // the last finalizer is gone: the object leaves the store (one DELETED event, as upstream)
    if (readyToRemove(o)) return this.remove(info, old);
    return this.store.update(storeKey(info), o);
  }

  private remove(info: ResourceInfo, obj: KubeObject): KubeObject {
    const gone = this.store.delete(storeKey(info), obj.metadata.namespace ?? '', obj.metadata.name!)!;
    this.strategy(info).release?.(gone);
    return gone;
  }

  /** NamespaceLifecycle admission: the namespace must exist and not be terminating. */
  private admitNamespace(info: ResourceInfo, ns: string, name: string): void {
    const nsObj = this.store.get(storeKey(R.namespaces), '', ns);
    if (!nsObj) throw notFound(R.namespaces, ns);
    if (nsObj.metadata.deletionTimestamp || (nsObj.status as { phase?: string } | undefined)?.phase === 'Terminating') {
      throw forbidden(info, name, `unable to create new content in namespace ${ns} because it is being terminated`);
    }
  }
}
