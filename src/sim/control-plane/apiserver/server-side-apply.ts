// Server-side apply (PATCH application/apply-patch+yaml): the applier's configuration is merged
// into the object; fields it applied before and left out now are removed; a field another applier
// owns with a different value is a conflict (409) unless forced. Ownership is kept in
// metadata.managedFields (FieldsV1), as upstream. Simplified: only Apply operations own fields.
// mirrors staging/src/k8s.io/apiserver/pkg/endpoints/handlers/fieldmanager and structured-merge-diff
import type { KubeObject } from '../../api/types';
import type { ManagedFieldsEntry } from 'kubernetes-types/meta/v1';
import { StatusError, badRequest } from '../../api/status';
import { strategicMergePatch } from '../../api/patch/strategic';
import { type FieldSet, type Segment, fieldSetOf, getAt, pathString, removeAt } from '../../api/patch/field-set';
import { cloneJson, deepEqual } from '../etcd/deep';

type FieldsV1 = { [k: string]: FieldsV1 };

/** A field set as FieldsV1 JSON: `{"f:spec":{"f:replicas":{}}}`, list items as `k:{"name":"app"}`. */
export function toFieldsV1(set: FieldSet): FieldsV1 {
  const root: FieldsV1 = {};
  for (const segs of set.values()) {
    let cur = root;
    for (const s of segs) {
      const k = typeof s === 'string' ? `f:${s}` : `k:${JSON.stringify({ [s.key]: s.value })}`;
      cur = cur[k] ??= {};
      if (typeof s !== 'string') cur['.'] ??= {};
    }
  }
  return root;
}

export function fromFieldsV1(f: FieldsV1 | undefined): FieldSet {
  const out: FieldSet = new Map();
  const walk = (node: FieldsV1, segs: Segment[]) => {
    const children = Object.keys(node).filter((k) => k !== '.');
    if (children.length === 0 && segs.length > 0) {
      out.set(pathString(segs), segs);
      return;
    }
    for (const k of children) {
      if (k.startsWith('f:')) walk(node[k], [...segs, k.slice(2)]);
      else if (k.startsWith('k:')) {
        const [[key, value]] = Object.entries(JSON.parse(k.slice(2)) as Record<string, unknown>);
        walk(node[k], [...segs, { key, value }]);
      }
    }
  };
  walk(f ?? {}, []);
  return out;
}

interface Conflict {
  manager: string;
  apiVersion: string;
  path: string;
}

function conflictError(info: { group: string; resource: string }, name: string, conflicts: Conflict[]): StatusError {
  const n = conflicts.length;
  let message: string;
  if (n === 1) {
    const c = conflicts[0];
    message = `Apply failed with 1 conflict: conflict with "${c.manager}" using ${c.apiVersion}: ${c.path}`;
  } else {
    const byManager = new Map<string, Conflict[]>();
    for (const c of conflicts) byManager.set(c.manager, [...(byManager.get(c.manager) ?? []), c]);
    const parts = [...byManager.values()].map((cs) => `conflicts with "${cs[0].manager}" using ${cs[0].apiVersion}:\n${cs.map((c) => `- ${c.path}`).join('\n')}`);
    message = `Apply failed with ${n} conflicts: ${parts.join('\n')}`;
  }
  return new StatusError({
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    code: 409,
    reason: 'Conflict',
    message,
    details: { name, group: info.group, kind: info.resource, causes: conflicts.map((c) => ({ reason: 'FieldManagerConflict', message: `conflict with "${c.manager}" using ${c.apiVersion}`, field: c.path })) },
  });
}

export interface ApplyRequest {
  manager: string | undefined;
  force: boolean;
  nowRFC3339: string;
}

/** The configuration a PATCH of type apply carries, parsed and checked. */
export function applyBody(patch: unknown): KubeObject {
  let body = patch;
  if (typeof patch === 'string') {
    try {
      body = JSON.parse(patch);
    } catch (e) {
      throw badRequest(`error decoding patch: ${(e as Error).message}`);
    }
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw badRequest('the body of the request was in an unknown format');
  return body as KubeObject;
}

function entry(manager: string, apiVersion: string, set: FieldSet, time: string): ManagedFieldsEntry {
  return { manager, operation: 'Apply', apiVersion, time, fieldsType: 'FieldsV1', fieldsV1: toFieldsV1(set) };
}

/** managedFields for an object created by apply. */
export function managedFieldsForCreate(body: KubeObject, req: ApplyRequest): ManagedFieldsEntry[] {
  return [entry(req.manager!, body.apiVersion, fieldSetOf(body), req.nowRFC3339)];
}

/** `…[name="app"].name`: the key of a list item, which goes only with the item. */
function isKeyField(segs: Segment[]): boolean {
  const prev = segs[segs.length - 2];
  const last = segs[segs.length - 1];
  return typeof last === 'string' && prev !== undefined && typeof prev !== 'string' && prev.key === last;
}

/** The object after applying `body` to `live` (not yet validated or stored). */
export function applyToLive(info: { group: string; resource: string }, live: KubeObject, body: KubeObject, req: ApplyRequest): KubeObject {
  const manager = req.manager!;
  const applied = fieldSetOf(body);
  const entries = (live.metadata.managedFields ?? []).filter((e) => e.operation === 'Apply');
  const others = entries.filter((e) => e.manager !== manager).map((e) => ({ e, set: fromFieldsV1(e.fieldsV1 as FieldsV1) }));
  const conflicts: Conflict[] = [];
  for (const [p, segs] of applied) {
    if (deepEqual(getAt(live, segs), getAt(body, segs))) continue;
    for (const o of others) if (o.set.has(p)) conflicts.push({ manager: o.e.manager!, apiVersion: o.e.apiVersion ?? live.apiVersion, path: p });
  }
  if (conflicts.length && !req.force) throw conflictError(info, live.metadata.name!, conflicts);
  // forced: the other appliers lose the fields that were in conflict
  if (req.force) for (const c of conflicts) for (const o of others) if (o.e.manager === c.manager) o.set.delete(c.path);
  const mine = entries.find((e) => e.manager === manager);
  const previously = fromFieldsV1(mine?.fieldsV1 as FieldsV1 | undefined);
  const next = cloneJson(live) as unknown as Record<string, unknown>;
  // prefixes still in use: a list item stays while any applier still sets something in it
  const inUse = new Set<string>();
  for (const set of [applied, ...others.map((o) => o.set)]) for (const segs of set.values()) for (let i = 1; i <= segs.length; i++) inUse.add(pathString(segs.slice(0, i)));
  for (const [p, segs] of previously) {
    if (inUse.has(p)) continue;
    const itemEnd = segs.findIndex((s, i) => typeof s !== 'string' && !inUse.has(pathString(segs.slice(0, i + 1))));
    if (itemEnd >= 0) removeAt(next, segs.slice(0, itemEnd + 1)); // the whole item is no longer applied
    else if (!isKeyField(segs)) removeAt(next, segs);
  }
  const merged = strategicMergePatch(next, body) as KubeObject;
  const managed: ManagedFieldsEntry[] = [
    ...(live.metadata.managedFields ?? []).filter((e) => e.operation !== 'Apply'),
    ...others.filter((o) => o.set.size > 0).map((o) => ({ ...o.e, fieldsV1: toFieldsV1(o.set) })),
    // the entry keeps its time while the applier's field set stays the same (a repeated apply is a no-op)
    entry(manager, body.apiVersion ?? live.apiVersion, applied, mine && deepEqual(mine.fieldsV1, toFieldsV1(applied)) ? (mine.time ?? req.nowRFC3339) : req.nowRFC3339),
  ];
  merged.metadata = { ...merged.metadata, managedFields: managed };
  return merged;
}
