// Request routing: which resource a GroupVersionResource names, which namespace a request is in,
// and whether the body is the kind the endpoint serves.
import type { GroupVersionResource, KubeObject } from '../../api/types';
import type { ResourceInfo } from '../../api/resources';
import { RESOURCES, apiVersionOf } from '../../api/resources';
import { StatusError, badRequest } from '../../api/status';
import { cloneJson } from '../etcd/deep';

// Every request resolves its resource and store key; the callers pass the same few constant objects
// (R.pods …), so both are remembered per object.
const keys = new WeakMap<object, string>();
const resolved = new WeakMap<object, ResourceInfo>();

/** The store's key for a resource: `/pods`, `apps/deployments`. */
export function storeKey(info: { group: string; resource: string }): string {
  let k = keys.get(info);
  if (k === undefined) keys.set(info, (k = `${info.group}/${info.resource}`));
  return k;
}

export function resolve(gvr: GroupVersionResource): ResourceInfo {
  const known = resolved.get(gvr);
  if (known && known.group === gvr.group && known.resource === gvr.resource && known.version === gvr.version) return known;
  const info = RESOURCES.find((r) => r.group === gvr.group && r.resource === gvr.resource && r.version === gvr.version);
  if (info) resolved.set(gvr, info);
  if (!info) {
    throw new StatusError({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', code: 404, reason: 'NotFound', message: 'the server could not find the requested resource', details: {} });
  }
  return info;
}

/** '' for cluster-scoped kinds; else the request's namespace, the body's, or 'default'. */
export function namespaceFor(info: ResourceInfo, namespace: string | undefined, obj?: KubeObject): string {
  if (!info.namespaced) return '';
  const fromObj = obj?.metadata?.namespace;
  if (namespace && fromObj && namespace !== fromObj) {
    throw badRequest('the namespace of the provided object does not match the namespace sent on the request');
  }
  return namespace || fromObj || 'default';
}

/** For a status write: a private copy of only the body's metadata and status (what such a write reads). */
export function statusBodyFor(info: ResourceInfo, obj: KubeObject): KubeObject {
  if (obj === null || typeof obj !== 'object') return bodyFor(info, obj);
  // a status write keeps the stored metadata but for the precondition fields, so a shallow copy of
  // the body's metadata is enough (the server only sets its namespace)
  const head = bodyFor(info, { apiVersion: obj.apiVersion, kind: obj.kind } as KubeObject);
  head.metadata = { ...(obj.metadata ?? {}) };
  return { ...head, status: cloneJson((obj as { status?: unknown }).status) } as KubeObject;
}

/** A private copy of the request body, with apiVersion/kind checked against the endpoint. */
export function bodyFor(info: ResourceInfo, obj: KubeObject): KubeObject {
  if (obj === null || typeof obj !== 'object') throw badRequest('the body of the request was in an unknown format');
  const apiVersion = apiVersionOf(info);
  if (obj.apiVersion && obj.apiVersion !== apiVersion) {
    throw badRequest(`the API version in the data (${obj.apiVersion}) does not match the expected API version (${apiVersion})`);
  }
  if (obj.kind && obj.kind !== info.kind) {
    throw badRequest(`the kind in the data (${obj.kind}) does not match the expected kind (${info.kind})`);
  }
  const o = cloneJson(obj);
  o.apiVersion = apiVersion;
  o.kind = info.kind;
  o.metadata = o.metadata ?? {};
  return o;
}
