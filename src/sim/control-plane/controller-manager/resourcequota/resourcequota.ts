// The resource quota controller: keeps each ResourceQuota's status.hard (a copy of spec.hard) and
// status.used (what the namespace's objects use) current. Admission charges creates at once; this
// controller recounts when objects change — giving quota back when pods finish or objects go.
// mirrors pkg/controller/resourcequota/resource_quota_controller.go (syncResourceQuota, replenishment)
import type { KubeObject } from '../../../api/types';
import { R, RESOURCES, type ResourceInfo } from '../../../api/resources';
import type { Informer, K } from '../informer';
import { keyOf, namespaceIndex } from '../informer';
import { WorkQueue } from '../queue';
import type { ControllerDeps } from '../manager';
import { add, listToRecord, mask, matchesScopes, parseList, usageOf, type ResourceList } from '../../quota/resources';

interface Quota extends KubeObject {
  spec?: { hard?: Record<string, string>; scopes?: string[] };
  status?: { hard?: Record<string, string>; used?: Record<string, string> };
}

/** the kind whose objects a quota resource name counts */
export function resourceFor(name: string): ResourceInfo | undefined {
  if (/^(pods|cpu|memory|ephemeral-storage|(requests|limits)\.(cpu|memory|ephemeral-storage))$/.test(name)) return R.pods;
  if (name.startsWith('services')) return R.services;
  if (name === 'requests.storage') return RESOURCES.find((r) => r.resource === 'persistentvolumeclaims' && !r.group);
  const m = /^count\/([a-z0-9-]+)(?:\.(.+))?$/.exec(name);
  if (m) return RESOURCES.find((r) => r.resource === m[1] && r.group === (m[2] ?? ''));
  return RESOURCES.find((r) => r.resource === name && !r.group);
}

const RESYNC_MS = 5 * 60_000;

/** kinds whose changes are worth a recount (the replenishment controllers watch these) */
const WATCHED = ['pods', 'services', 'configmaps', 'secrets', 'persistentvolumeclaims', 'deployments', 'replicasets', 'statefulsets', 'daemonsets', 'jobs', 'cronjobs'];

export class ResourceQuotaController {
  private readonly quotas: Informer<K<Quota>>;
  private readonly queue: WorkQueue;

  constructor(private readonly deps: ControllerDeps) {
    this.quotas = deps.informers.for<K<Quota>>(R.resourcequotas);
    this.quotas.addIndex('namespace', namespaceIndex);
    // a recount takes a moment (upstream batches replenishment on its informers' resync too)
    this.queue = new WorkQueue(deps.clock, 'resourcequota', (key) => this.sync(key), 500);
    // a new quota or new hard limits: count now; status writes (admission's charges, ours) are no reason
    this.quotas.onEvent((t, q, old) => {
      if (t !== 'DELETED' && (!old || JSON.stringify(q.spec) !== JSON.stringify(old.spec))) this.queue.enqueue(keyOf(q), 20);
    });
    for (const info of RESOURCES.filter((r) => WATCHED.includes(r.resource) && (r.resource !== 'persistentvolumeclaims' || !r.group))) {
      deps.informers.for(info).onEvent((t, obj, old) => {
        // a status write that does not change what a pod counts for is no reason to recount
        if (t === 'MODIFIED' && info.kind === 'Pod' && old && !this.podChanged(obj, old)) return;
        for (const q of this.quotas.byIndex('namespace', obj.metadata.namespace ?? '')) this.queue.enqueue(keyOf(q));
      });
    }
  }

  /** what a pod counts for changes only when it finishes (terminal pods are not charged) */
  private podChanged(obj: KubeObject, old: KubeObject): boolean {
    const phase = (o: KubeObject) => (o.status as { phase?: string } | undefined)?.phase;
    return phase(obj) !== phase(old);
  }

  private sync(key: string): { requeueAfter: number } | void {
    const q = this.quotas.get(key);
    if (!q || q.metadata.deletionTimestamp) return;
    const ns = q.metadata.namespace ?? '';
    const hardRaw = q.spec?.hard ?? {};
    const hard = parseList(hardRaw);
    const byKind = new Map<ResourceInfo, string[]>();
    for (const name of hard.keys()) {
      const info = resourceFor(name);
      if (info) byKind.set(info, [...(byKind.get(info) ?? []), name]);
    }
    let used: ResourceList = new Map();
    for (const [info, names] of byKind) {
      for (const n of names) used.set(n, { nano: 0n, format: hard.get(n)!.format });
      for (const obj of this.deps.api.list(info, ns).items) if (matchesScopes(info, obj, q.spec?.scopes)) used = add(used, mask(usageOf(info, obj), names));
    }
    const status = { hard: listToRecord(hard), used: listToRecord(used) };
    // the full resync (--resource-quota-sync-period, 5 min) undoes charges of creates that failed after admission
    const resync = { requeueAfter: RESYNC_MS };
    if (JSON.stringify(status) === JSON.stringify(q.status)) return resync;
    try {
      this.deps.api.updateStatus(R.resourcequotas, ns, { ...q, status } as KubeObject);
    } catch {
      return { requeueAfter: 1000 };
    }
    return resync;
  }
}
