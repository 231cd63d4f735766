// The garbage collector: ownerReferences cascade. Background: when an owner is gone, dependents
// with no remaining owner are deleted. Foreground: an owner marked with the `foregroundDeletion`
// finalizer waits until its blocking dependents are gone. Orphan: the `orphan` finalizer strips the
// owner from its dependents' ownerReferences, then lets the owner go.
// mirrors pkg/controller/garbagecollector/garbagecollector.go (attemptToDeleteItem, orphanDependents,
// processDeletingDependentsItem) — by uid over the shared informers, no separate graph copy
import type { KubeObject } from '../../../api/types';
import { R, type ResourceInfo } from '../../../api/resources';
import type { Informer } from '../informer';
import { ownerUids } from '../informer';
import { WorkQueue } from '../queue';
import type { ControllerDeps } from '../manager';

const FOREGROUND = 'foregroundDeletion';
const ORPHAN = 'orphan';
/** the kinds that own or are owned here */
const KINDS: ResourceInfo[] = [R.deployments, R.replicasets, R.pods, R.services, R.configmaps, R.secrets, R.serviceaccounts];

export class GarbageCollector {
  private readonly informers: Array<{ info: ResourceInfo; inf: Informer }>;
  private readonly queue: WorkQueue;

  constructor(private readonly deps: ControllerDeps, extraKinds: ResourceInfo[] = []) {
    this.queue = new WorkQueue(deps.clock, 'garbage-collector', (uid) => this.sync(uid), 25);
    this.informers = [...KINDS, ...extraKinds].map((info) => {
      const inf = deps.informers.for(info);
      inf.addIndex('uid', (o) => [o.metadata.uid!]);
      inf.addIndex('owners', ownerUids);
      inf.onEvent((type, o) => {
        const uid = o.metadata.uid!;
        if (type === 'DELETED' || o.metadata.deletionTimestamp) this.queue.enqueue(uid);
        // a dependent whose owners may already be gone
        if (type === 'ADDED') for (const owner of ownerUids(o)) this.queue.enqueue(owner, 100);
      });
      return { info, inf };
    });
  }

  private find(uid: string): { info: ResourceInfo; obj: KubeObject } | undefined {
    for (const { info, inf } of this.informers) {
      const hit = inf.byIndex('uid', uid)[0];
      if (hit) return { info, obj: hit };
    }
    return undefined;
  }

  private dependents(uid: string): Array<{ info: ResourceInfo; obj: KubeObject }> {
    return this.informers.flatMap(({ info, inf }) => inf.byIndex('owners', uid).map((obj) => ({ info, obj })));
  }

  private sync(uid: string): { requeueAfter?: number } | void {
    const owner = this.find(uid);
    if (owner && !owner.obj.metadata.deletionTimestamp) return;
    const deps = this.dependents(uid);
    if (!owner) return this.ownerGone(uid, deps);
    const fins = owner.obj.metadata.finalizers ?? [];
    if (fins.includes(ORPHAN)) {
      for (const d of deps) this.dropOwnerRef(d, uid);
      return this.removeFinalizer(owner, ORPHAN);
    }
    if (fins.includes(FOREGROUND)) {
      const blocking = deps.filter((d) => (d.obj.metadata.ownerReferences ?? []).some((r) => r.uid === uid && r.blockOwnerDeletion));
      for (const d of blocking) {
        if (d.obj.metadata.deletionTimestamp) continue;
        const hasOwnDependents = this.informers.some(({ inf }) => inf.countByIndex('owners', d.obj.metadata.uid!) > 0);
        this.tryDelete(d, hasOwnDependents ? 'Foreground' : 'Background');
      }
      if (blocking.length === 0) return this.removeFinalizer(owner, FOREGROUND);
      return { requeueAfter: 1000 };
    }
  }

  /** Background cascade: dependents left with no owner go; dangling references to `uid` are dropped. */
  private ownerGone(uid: string, deps: Array<{ info: ResourceInfo; obj: KubeObject }>): void {
    for (const d of deps) {
      const refs = d.obj.metadata.ownerReferences ?? [];
      const alive = refs.filter((r) => r.uid !== uid && this.find(r.uid));
      if (alive.length === 0) {
        if (!d.obj.metadata.deletionTimestamp) this.tryDelete(d, 'Background');
      } else if (alive.length !== refs.length) this.dropOwnerRef(d, uid);
    }
  }

  private tryDelete(d: { info: ResourceInfo; obj: KubeObject }, policy: 'Background' | 'Foreground'): void {
    try {
      this.deps.api.delete(d.info, d.obj.metadata.namespace, d.obj.metadata.name!, { propagationPolicy: policy });
    } catch {
      // already gone
    }
  }

  private dropOwnerRef(d: { info: ResourceInfo; obj: KubeObject }, uid: string): void {
    const refs = (d.obj.metadata.ownerReferences ?? []).filter((r) => r.uid !== uid);
    try {
      this.deps.api.patch(d.info, d.obj.metadata.namespace, d.obj.metadata.name!, 'merge', { metadata: { ownerReferences: refs.length ? refs : null } });
    } catch {
      // gone or changed: the next event brings us back
    }
  }

  private removeFinalizer(o: { info: ResourceInfo; obj: KubeObject }, fin: string): void {
    const m = o.obj.metadata;
    const finalizers = (m.finalizers ?? []).filter((f) => f !== fin);
    try {
      this.deps.api.update(o.info, m.namespace, { ...o.obj, metadata: { ...m, finalizers } });
    } catch {
      this.queue.enqueue(m.uid!, 500);
    }
  }
}
