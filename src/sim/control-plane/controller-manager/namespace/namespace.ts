// The namespace controller: a namespace being deleted has its content deleted, reports what remains
// in status conditions, and loses its `kubernetes` finalizer (and so leaves) once it is empty.
// mirrors pkg/controller/namespace/deletion/namespaced_resources_deleter.go
import type { KubeObject } from '../../../api/types';
import { R, RESOURCES } from '../../../api/resources';
import type { Informer } from '../informer';
import { WorkQueue } from '../queue';
import type { ControllerDeps } from '../manager';

type NamespaceObj = KubeObject & { spec?: { finalizers?: string[] }; status?: { phase?: string; conditions?: unknown[] } };

export class NamespaceController {
  private readonly namespaces: Informer<NamespaceObj>;
  private readonly queue: WorkQueue;

  constructor(private readonly deps: ControllerDeps) {
    this.namespaces = deps.informers.for<NamespaceObj>(R.namespaces);
    this.queue = new WorkQueue(deps.clock, 'namespace', (key) => this.sync(key), 50);
    this.namespaces.onEvent((type, ns) => type !== 'DELETED' && ns.metadata.deletionTimestamp && this.queue.enqueue(ns.metadata.name!));
  }

  private sync(name: string): { requeueAfter?: number } | void {
    const ns = this.namespaces.get(name);
    if (!ns?.metadata.deletionTimestamp) return;
    const { api, clock } = this.deps;
    const remaining: Array<[string, number]> = [];
    for (const info of RESOURCES) {
      if (!info.namespaced) continue;
      const items = api.list(info, name).items;
      if (items.length === 0) continue;
      remaining.push([info.group ? `${info.resource}.${info.group}` : info.resource, items.length]);
      for (const o of items) {
        if (o.metadata.deletionTimestamp) continue;
        try {
          api.delete(info, name, o.metadata.name!);
        } catch {
          // gone meanwhile
        }
      }
    }
    const now = clock.nowRFC3339();
    const cond = (type: string, status: string, reason: string, message: string) => ({ type, status, lastTransitionTime: now, reason, message });
    const conditions = [
      cond('NamespaceDeletionDiscoveryFailure', 'False', 'ResourcesDiscovered', 'All resources successfully discovered'),
      cond('NamespaceDeletionGroupVersionParsingFailure', 'False', 'ParsedGroupVersions', 'All legacy kube types successfully parsed'),
      cond('NamespaceDeletionContentFailure', 'False', 'ContentDeleted', 'All content successfully deleted, may be waiting on finalization'),
      remaining.length
        ? cond('NamespaceContentRemaining', 'True', 'SomeResourcesRemain', `Some resources are remaining: ${remaining.map(([r, n]) => `${r} has ${n} resource instances`).join(', ')}`)
        : cond('NamespaceContentRemaining', 'False', 'ContentRemoved', 'All content successfully removed'),
      cond('NamespaceFinalizersRemaining', 'False', 'ContentHasNoFinalizers', 'All content-preserving finalizers finished'),
    ];
    try {
      const current = api.get(R.namespaces, undefined, name) as NamespaceObj;
      const prev = JSON.stringify((current.status?.conditions ?? []).map((c) => ({ ...(c as object), lastTransitionTime: '' })));
      const next = JSON.stringify(conditions.map((c) => ({ ...c, lastTransitionTime: '' })));
      const updated = prev === next ? current : (api.updateStatus(R.namespaces, undefined, { ...current, status: { ...current.status, phase: 'Terminating', conditions } }) as NamespaceObj);
      if (remaining.length) return { requeueAfter: 2000 };
      const finalizers = (updated.spec?.finalizers ?? []).filter((f) => f !== 'kubernetes');
      api.update(R.namespaces, undefined, { ...updated, spec: { ...updated.spec, finalizers } });
    } catch {
      return { requeueAfter: 1000 };
    }
  }
}
