// Field selectors: `spec.nodeName=node-1,status.phase!=Running`. Each kind supports only a few
// fields, as upstream's field label conversion funcs (pkg/apis/*/v1/conversion.go) allow.
// mirrors staging/src/k8s.io/apimachinery/pkg/fields/selector.go
import type { KubeObject } from '../../api/types';
import { badRequest } from '../../api/status';

const COMMON = ['metadata.name', 'metadata.namespace'];

const BY_KIND: Record<string, string[]> = {
  Pod: ['spec.nodeName', 'spec.restartPolicy', 'spec.schedulerName', 'spec.serviceAccountName', 'spec.hostNetwork', 'status.phase', 'status.podIP', 'status.nominatedNodeName'],
  Node: ['spec.unschedulable'],
  Namespace: ['status.phase'],
  Secret: ['type'],
  ReplicaSet: ['status.replicas'],
  Job: ['status.successful'],
  Event: ['involvedObject.kind', 'involvedObject.namespace', 'involvedObject.name', 'involvedObject.uid', 'involvedObject.apiVersion', 'involvedObject.resourceVersion', 'involvedObject.fieldPath', 'reason', 'reportingComponent', 'source', 'type'],
};

/** Fields the store indexes, so `spec.nodeName=node-1` over 10,000 pods reads only that node's. */
export const INDEXED_FIELDS: Record<string, string[]> = {
  '/pods': ['spec.nodeName'],
  '/events': ['involvedObject.name'],
};

export interface FieldRequirement {
  field: string;
  op: '=' | '!=';
  value: string;
}

export type FieldSelectorFn = ((obj: KubeObject) => boolean) & { readonly requirements: readonly FieldRequirement[] };

/** The value a field selector compares, as a string ('' when absent). */
export function fieldValue(obj: KubeObject, field: string): string {
  if (obj.kind === 'Event' && field === 'source') return String((obj as { source?: { component?: string } }).source?.component ?? '');
  let cur: unknown = obj;
  for (const part of field.split('.')) {
    if (cur === null || typeof cur !== 'object') return '';
    cur = (cur as Record<string, unknown>)[part];
  }
  if (cur === undefined || cur === null) return '';
  return String(cur);
}

/** Parse a field selector for one kind; unsupported fields → 400 `field label not supported: X`. */
export function parseFieldSelector(kind: string, s: string | undefined): FieldSelectorFn | undefined {
  if (s === undefined || s.trim() === '') return undefined;
  const allowed = new Set([...COMMON, ...(BY_KIND[kind] ?? [])]);
  const reqs: FieldRequirement[] = [];
  for (const term of s.split(',')) {
    const t = term.trim();
    const m = /^([^=!]+?)\s*(!=|==|=)\s*(.*)$/.exec(t);
    if (!m) throw badRequest(`invalid selector: '${s}'; can't understand '${t}'`);
    const field = m[1].trim();
    if (!allowed.has(field)) throw badRequest(`field label not supported: ${field}`);
    reqs.push({ field, op: m[2] === '!=' ? '!=' : '=', value: m[3] });
  }
  const fn = ((obj: KubeObject) => reqs.every((r) => (fieldValue(obj, r.field) === r.value) === (r.op === '='))) as FieldSelectorFn;
  return Object.assign(fn, { requirements: reqs });
}
