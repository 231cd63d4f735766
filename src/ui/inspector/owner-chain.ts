// Who owns what: the controller ownerReference chain upward (Pod → ReplicaSet → Deployment) and the
// objects an owner controls. Read from the mirror, so every step is a live, clickable object.
import type { KubeObject, OwnerReference } from '../../sim/api/types';
import type { ObjectRef } from '../../state/ui-slice';

export type ObjectsByKind = Readonly<Record<string, ReadonlyMap<string, KubeObject> | undefined>>;

export interface OwnerStep {
  ref: ObjectRef;
  uid: string;
  /** false when the owner is named but not (or no longer) in the cluster: garbage collection pending */
  found: boolean;
}

function controllerRef(o: KubeObject): OwnerReference | undefined {
  return o.metadata.ownerReferences?.find((r) => r.controller) ?? o.metadata.ownerReferences?.[0];
}

/** The owners of `obj`, nearest first. Owners are namespaced like their dependents (or cluster-scoped). */
export function ownerChain(obj: KubeObject, objects: ObjectsByKind): OwnerStep[] {
  const steps: OwnerStep[] = [];
  const seen = new Set<string>();
  let cur: KubeObject | undefined = obj;
  while (cur) {
    const ref = controllerRef(cur);
    if (!ref || seen.has(ref.uid)) break;
    seen.add(ref.uid);
    const namespace: string | undefined = cur.metadata.namespace;
    const owner: KubeObject | undefined = objects[ref.kind]?.get(`${namespace ?? ''}/${ref.name}`) ?? objects[ref.kind]?.get(`/${ref.name}`);
    const found: boolean = !!owner && (!owner.metadata.uid || owner.metadata.uid === ref.uid);
    steps.push({ ref: { kind: ref.kind, namespace, name: ref.name }, uid: ref.uid, found });
    cur = found ? owner : undefined;
  }
  return steps;
}

/** Objects of `kinds` whose ownerReferences point at `owner` (by uid), sorted by name. */
export function ownedBy(owner: KubeObject, objects: ObjectsByKind, kinds: readonly string[]): KubeObject[] {
  const uid = owner.metadata.uid;
  if (!uid) return [];
  const out: KubeObject[] = [];
  for (const kind of kinds) {
    for (const o of objects[kind]?.values() ?? []) {
      if (o.metadata.namespace === owner.metadata.namespace && o.metadata.ownerReferences?.some((r) => r.uid === uid)) out.push(o);
    }
  }
  return out.sort((a, b) => (a.metadata.name ?? '').localeCompare(b.metadata.name ?? ''));
}
