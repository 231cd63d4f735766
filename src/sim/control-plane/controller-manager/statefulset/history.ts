// ControllerRevisions of a StatefulSet: one per distinct pod template, named `<set>-<hash>` (the pods'
// controller-revision-hash), numbered in the order the templates were used; going back to an older
// template renumbers its revision instead of making a new one; the oldest beyond revisionHistoryLimit
// go. mirrors pkg/controller/statefulset/stateful_set_control.go (getStatefulSetRevisions,
// truncateHistory) and stateful_set_utils.go (newRevision: data = a `$patch: replace` template patch).
import type { StatefulSet } from 'kubernetes-types/apps/v1';
import { R } from '../../../api/resources';
import type { KubeObject } from '../../../api/types';
import type { Informer, K } from '../informer';
import { controllerUid } from '../informer';
import { ownerRefFor } from '../pod-utils';
import type { ControllerDeps } from '../manager';

export type Revision = KubeObject & { revision: number; data?: { spec?: { template?: Record<string, unknown> } } };

export class RevisionKeeper {
  readonly revisions: Informer<K<Revision>>;

  constructor(private readonly deps: ControllerDeps) {
    this.revisions = deps.informers.for<K<Revision>>(R.controllerrevisions);
    this.revisions.addIndex('controller', controllerUid);
  }

  /** the revisions the set controls, oldest first */
  of(set: K<StatefulSet>): K<Revision>[] {
    return this.revisions.byIndex('controller', set.metadata.uid!).slice().sort((a, b) => a.revision - b.revision);
  }

  /** makes `<set>-<hash>` the newest revision, creating it when the template is new */
  ensure(set: K<StatefulSet>, hash: string, inUse: ReadonlySet<string>): void {
    const { api } = this.deps;
    const ns = set.metadata.namespace!;
    const name = `${set.metadata.name}-${hash}`;
    const history = this.of(set);
    const max = history.length ? history[history.length - 1].revision : 0;
    const existing = history.find((r) => r.metadata.name === name);
    try {
      if (!existing) {
        const template = structuredClone(set.spec?.template ?? {}) as Record<string, unknown>;
        api.create(R.controllerrevisions, ns, {
          apiVersion: 'apps/v1',
          kind: 'ControllerRevision',
          metadata: { name, namespace: ns, labels: { ...(set.spec?.template?.metadata?.labels ?? {}), 'controller.kubernetes.io/hash': hash }, ...(set.metadata.annotations?.['kubernetes.io/change-cause'] ? { annotations: { 'kubernetes.io/change-cause': set.metadata.annotations['kubernetes.io/change-cause'] } } : {}), ownerReferences: [ownerRefFor(set)] },
          data: { spec: { template: { $patch: 'replace', ...template } } },
          revision: max + 1,
        } as KubeObject);
      } else if (existing.revision !== max) {
        api.update(R.controllerrevisions, ns, { ...existing, revision: max + 1 } as KubeObject);
      }
    } catch {
      return; // a conflict: the next sync sees the informer caught up
    }
    // truncateHistory: the oldest revisions no pod uses, beyond the limit
    const limit = set.spec?.revisionHistoryLimit ?? 10;
    const idle = this.of(set).filter((r) => r.metadata.name !== name && !inUse.has(r.metadata.name!));
    for (const r of idle.slice(0, Math.max(0, idle.length - limit))) {
      try {
        api.delete(R.controllerrevisions, ns, r.metadata.name!);
      } catch {
        // already gone
      }
    }
  }
}
