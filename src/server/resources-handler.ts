// CRUD, watch and subresources on the upstream resource paths, answered from the simulator's ApiServer.
// mirrors staging/src/k8s.io/apiserver/pkg/endpoints/handlers (get.go, create.go, patch.go, delete.go, watch.go)
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parse as parseYaml } from 'yaml';
import type { ApiServer } from '../sim/control-plane/apiserver/apiserver';
import type { DeleteOptions, PatchType, WriteOptions } from '../sim/api/client';
import type { KubeObject, WatchEvent } from '../sim/api/types';
import { badRequest, StatusError } from '../sim/api/status';
import { buildTable } from '../cli/kubectl/printers';
import { readBody, readBodyBytes, sendJson, statusBody } from './http';
import { parseJsonGo } from '../sim/api/go-json';
import { decodeKubernetesProtobuf, ProtoError } from './protobuf/decode';
import { checkAccept, PROTOBUF } from './protobuf/negotiate';
import type { ResourceRoute } from './route';
import { R, apiVersionOf, type ResourceInfo } from '../sim/api/resources';

const BOOKMARK_MS = 60_000;

function invalidWatchList(field: string, detail: string): StatusError {
  return fail(422, 'Invalid', `ListOptions.meta.k8s.io "" is invalid: ${field}: Forbidden: ${detail}`);
}

/**
 * fieldValidation: Strict fails with 400 on unknown fields, Warn (the default) adds Warning headers.
 * mirrors staging/src/k8s.io/apiserver/pkg/endpoints/handlers/create.go (strict decoding errors)
 */
function checkFields(ctx: Ctx, res: ServerResponse, r: ResourceInfo, q: URLSearchParams, body: unknown, verb: 'creating' | 'patching' | 'updating'): void {
  const mode = q.get('fieldValidation') ?? 'Warn';
  if (mode === 'Ignore') return;
  if (mode !== 'Strict' && mode !== 'Warn') throw badRequest(`fieldValidation must be one of "Ignore", "Warn", or "Strict"`);
  const unknown = ctx.unknownFields(r, body);
  if (unknown.length === 0) return;
  if (mode === 'Warn') {
    res.setHeader('Warning', unknown.map((f) => `299 - "unknown field \\"${f}\\""`));
    return;
  }
  const list = unknown.map((f) => `unknown field "${f}"`).join(', ');
  if (verb === 'creating' || verb === 'updating') throw badRequest(`${r.kind} in version "${r.version}" cannot be handled as a ${r.kind}: strict decoding error: ${list}`);
  throw badRequest(`strict decoding error: ${list}`);
}

interface ListLike {
  metadata: { resourceVersion?: string; continue?: string; remainingItemCount?: number };
  items: KubeObject[];
}

/**
 * `limit` and `continue`: a page of the list and a token for the rest (kubectl asks for 500 at a
 * time). The token names the last key served, so the next page resumes after it; unlike etcd the
 * simulator does not keep old revisions, so later pages show the objects as they are now.
 * mirrors staging/src/k8s.io/apiserver/pkg/storage/continue.go (EncodeContinue, DecodeContinue)
 */
function page<L extends ListLike>(list: L, q: URLSearchParams): L {
  const limit = Number(q.get('limit') ?? 0);
  const token = q.get('continue');
  const key = (o: KubeObject) => [o.metadata.namespace ?? '', o.metadata.name ?? ''] as const;
  const after = (o: KubeObject, k: readonly [string, string]) => {
    const [ns, name] = key(o);
    return ns > k[0] || (ns === k[0] && name > k[1]);
  };
  let items = list.items;
  if (token) {
    let start: [string, string];
    try {
      const decoded = JSON.parse(Buffer.from(token, 'base64').toString('utf8')) as { v?: string; start?: unknown };
      if (decoded.v !== 'meta.k8s.io/v1' || !Array.isArray(decoded.start) || decoded.start.length !== 2) throw new Error('continue key is not valid: incorrect encoded start resourceVersion (version meta.k8s.io/v1)');
      start = decoded.start as [string, string];
    } catch (e) {
      throw badRequest(e instanceof SyntaxError ? 'continue key is not valid: illegal base64 data or JSON' : (e as Error).message);
    }
    items = items.filter((o) => after(o, start));
  }
  if (!(limit > 0) || items.length <= limit) return token ? { ...list, items } : list;
  const shown = items.slice(0, limit);
  const last = key(shown[shown.length - 1]);
  const next = Buffer.from(JSON.stringify({ v: 'meta.k8s.io/v1', rv: Number(list.metadata.resourceVersion ?? 0), start: last })).toString('base64');
  return { ...list, items: shown, metadata: { ...list.metadata, continue: next, remainingItemCount: items.length - limit } };
}

export interface Ctx {
  api: ApiServer;
  now(): number;
  /** unknown field paths in a body of this resource's kind (fieldValidation) */
  unknownFields(r: ResourceInfo, body: unknown): string[];
}

const PATCH_TYPES: Record<string, PatchType> = {
  'application/merge-patch+json': 'merge',
  'application/json-patch+json': 'json',
  'application/strategic-merge-patch+json': 'strategic',
  'application/apply-patch+yaml': 'apply',
};

function fail(code: number, reason: string, message: string): StatusError {
  return new StatusError(statusBody(code, reason, message) as StatusError['status']);
}

function wantsTable(req: IncomingMessage): boolean {
  const accept = req.headers.accept ?? '';
  return accept.split(',').some((a) => /as=Table/.test(a) && /g=meta\.k8s\.io/.test(a) && /v=v1(;|$|\s)/.test(a.replace(/\s/g, '') + ';'));
}

function tableOf(ctx: Ctx, resource: string, items: KubeObject[], q: URLSearchParams, rv?: string): unknown {
  const t = buildTable(resource, items, ctx.now(), rv);
  const full = q.get('includeObject') === 'Object';
  if (q.get('includeObject') === 'None') return { ...t, rows: t.rows.map((r) => ({ cells: r.cells })) };
  return {
    ...t,
    rows: t.rows.map((r) => ({
      cells: r.cells,
      object: full ? r.object : { kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: r.object.metadata },
    })),
  };
}

export function writeOpts(q: URLSearchParams): WriteOptions {
  const o: WriteOptions = {};
  const dry = q.getAll('dryRun');
  if (dry.length) {
    if (dry.some((d) => d !== 'All')) throw badRequest(`Invalid dry run value: ${dry.join(',')}`);
    o.dryRun = 'All';
  }
  const fm = q.get('fieldManager');
  if (fm) o.fieldManager = fm;
  if (q.get('force') === 'true') o.force = true;
  return o;
}

/** a JSON body, or a protobuf one (evictions, scale and delete options from typed clients) */
async function jsonBody(req: IncomingMessage): Promise<unknown> {
  if (contentType(req) === PROTOBUF) {
    const bytes = await readBodyBytes(req);
    return bytes.length ? protobufObject(bytes) : undefined;
  }
  const text = await readBody(req);
  if (!text.trim()) return undefined;
  try {
    return JSON.parse(text);
  } catch (e) {
    throw badRequest(`error decoding request body: ${(e as Error).message}`);
  }
}

function contentType(req: IncomingMessage): string {
  return (req.headers['content-type'] ?? 'application/json').split(';')[0].trim();
}

export async function objectBody(req: IncomingMessage): Promise<KubeObject> {
  const ct = contentType(req);
  if (ct === 'application/yaml') return yamlObject(await readBody(req));
  if (ct === PROTOBUF) return protobufObject(await readBodyBytes(req));
  if (ct !== 'application/json' && ct !== '*/*' && ct !== '') throw fail(415, 'UnsupportedMediaType', `the body of the request was in an unknown format - accepted media types include: application/json, application/yaml, ${PROTOBUF}`);
  const b = await jsonBody(req);
  if (!b || typeof b !== 'object' || Array.isArray(b)) throw badRequest('the request body must be a JSON object');
  return b as KubeObject;
}

function protobufObject(body: Uint8Array): KubeObject {
  try {
    return decodeKubernetesProtobuf(body) as unknown as KubeObject;
  } catch (e) {
    if (e instanceof ProtoError || e instanceof RangeError || e instanceof TypeError) throw badRequest(`error decoding request body: ${e.message}`);
    throw e;
  }
}

function yamlObject(text: string): KubeObject {
  let b: unknown;
  try {
    b = parseYaml(text);
  } catch (e) {
    throw badRequest(`error decoding request body: ${(e as Error).message}`);
  }
  if (!b || typeof b !== 'object' || Array.isArray(b)) throw badRequest('the request body must be an object');
  return b as KubeObject;
}

function watch(ctx: Ctx, req: IncomingMessage, res: ServerResponse, rt: ResourceRoute, q: URLSearchParams, table: boolean): void {
  const rv = q.get('resourceVersion');
  const opts = { labelSelector: q.get('labelSelector') ?? undefined, fieldSelector: q.get('fieldSelector') ?? undefined, resourceVersion: rv && rv !== '0' ? rv : undefined };
  if (rt.name) opts.fieldSelector = [opts.fieldSelector, `metadata.name=${rt.name}`].filter(Boolean).join(',');
  const send = (ev: WatchEvent) => {
    const object = table && ev.type !== 'BOOKMARK' ? tableOf(ctx, rt.resource.resource, [ev.object], q) : ev.object;
    res.write(`${JSON.stringify({ type: ev.type, object })}\n`);
  };
  const bookmark = (resourceVersion: string, annotations?: Record<string, string>): WatchEvent =>
    ({ type: 'BOOKMARK', object: { apiVersion: apiVersionOf(rt.resource), kind: rt.resource.kind, metadata: { resourceVersion, ...(annotations ? { annotations } : {}) } } }) as WatchEvent;
  // watch-list (client-go's WatchListClient, helm 4's --wait): the current objects as ADDED events,
  // then a bookmark marking the end of the initial events, then changes
  // mirrors staging/src/k8s.io/apiserver/pkg/storage/cacher (sendInitialEvents)
  const initial: WatchEvent[] = [];
  if (q.get('sendInitialEvents') === 'true') {
    if (q.get('resourceVersionMatch') !== 'NotOlderThan') throw invalidWatchList('resourceVersionMatch', 'sendInitialEvents requires setting resourceVersionMatch to NotOlderThan');
    if (q.get('allowWatchBookmarks') !== 'true') throw invalidWatchList('allowWatchBookmarks', 'sendInitialEvents requires allowWatchBookmarks=true');
    const list = ctx.api.list(rt.resource, rt.namespace, { labelSelector: opts.labelSelector, fieldSelector: opts.fieldSelector });
    for (const object of list.items) initial.push({ type: 'ADDED', object });
    initial.push(bookmark(list.metadata.resourceVersion ?? '0', { 'k8s.io/initial-events-end': 'true' }));
    opts.resourceVersion = list.metadata.resourceVersion;
  }
  // validate before committing to a 200: a bad selector or a too-old resourceVersion is a Status
  let lastRV = opts.resourceVersion ?? String(ctx.api.store.revision());
  const stop = ctx.api.watch(rt.resource, rt.namespace, opts, (ev) => {
    if (ev.object.metadata?.resourceVersion) lastRV = ev.object.metadata.resourceVersion;
    send(ev);
  });
  res.writeHead(200, { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' });
  res.flushHeaders();
  for (const ev of initial) send(ev);
  // periodic bookmarks keep a client's resourceVersion fresh (the api-server sends them about once a minute)
  const ticker = q.get('allowWatchBookmarks') === 'true' ? setInterval(() => send(bookmark(lastRV)), BOOKMARK_MS) : undefined;
  const end = () => {
    stop();
    clearTimeout(timer);
    if (ticker) clearInterval(ticker);
    if (!res.writableEnded) res.end();
  };
  const timeout = Number(q.get('timeoutSeconds') ?? '1800');
  const timer = setTimeout(end, (Number.isFinite(timeout) && timeout > 0 ? timeout : 1800) * 1000);
  req.on('close', end);
  res.on('close', end);
}

const FOLLOW_POLL_MS = 200;

/** `logs?follow=true` (kubectl logs -f): a chunked text stream, open until the container ends or the client leaves */
function followLogs(ctx: Ctx, req: IncomingMessage, res: ServerResponse, ns: string, name: string, container: string | undefined, first: string): void {
  const { api } = ctx;
  res.writeHead(200, { 'Content-Type': 'text/plain', 'Transfer-Encoding': 'chunked' });
  if (first) res.write(first);
  let full = api.logs(ns, name, { container });
  const uid = api.get(R.pods, ns, name).metadata.uid;
  const timer = setInterval(() => {
    let pod: KubeObject;
    try {
      pod = api.get(R.pods, ns, name);
    } catch {
      return end();
    }
    if (pod.metadata.uid !== uid) return end();
    const now = api.logs(ns, name, { container });
    if (now.length > full.length && now.startsWith(full)) res.write(now.slice(full.length));
    full = now;
    const st = pod.status as { phase?: string; containerStatuses?: Array<{ name: string; state?: { terminated?: unknown } }> } | undefined;
    const c = (st?.containerStatuses ?? []).find((x) => x.name === (container ?? x.name));
    if (c?.state?.terminated || st?.phase === 'Succeeded' || st?.phase === 'Failed') end();
  }, FOLLOW_POLL_MS);
  function end(): void {
    clearInterval(timer);
    if (!res.writableEnded) res.end();
  }
  req.on('close', end);
  res.on('close', end);
}

export async function handleResource(ctx: Ctx, req: IncomingMessage, res: ServerResponse, rt: ResourceRoute, q: URLSearchParams): Promise<void> {
  const { api } = ctx;
  const r = rt.resource;
  const ns = r.namespaced ? rt.namespace : undefined;
  const method = req.method ?? 'GET';
  const table = wantsTable(req);
  const sub = rt.subresource;
  if (sub !== undefined && !(r.subresources as string[]).includes(sub)) throw fail(404, 'NotFound', 'the server could not find the requested resource');
  if (r.namespaced && rt.name !== undefined && ns === undefined) throw fail(404, 'NotFound', 'the server could not find the requested resource');
  checkAccept(req.headers.accept); // answers are JSON only: a protobuf-only client gets 406

  if (rt.name === undefined) {
    if (method === 'GET') {
      if (q.get('watch') === '1' || q.get('watch') === 'true') return watch(ctx, req, res, rt, q, table);
      const list = page(api.list(r, ns, { labelSelector: q.get('labelSelector') ?? undefined, fieldSelector: q.get('fieldSelector') ?? undefined }), q);
      if (table) {
        const t = tableOf(ctx, r.resource, list.items, q, list.metadata.resourceVersion) as { metadata: Record<string, unknown> };
        t.metadata = { ...t.metadata, ...list.metadata };
        return sendJson(res, 200, t);
      }
      return sendJson(res, 200, list);
    }
    if (method === 'POST') {
      if (ns === undefined && r.namespaced) throw fail(405, 'MethodNotAllowed', 'the server does not allow this method on the requested resource');
      const obj = await objectBody(req);
      checkFields(ctx, res, r, q, obj, 'creating');
      return sendJson(res, 201, api.create(r, ns, obj, writeOpts(q)));
    }
    // deletecollection: namespaces do not offer it upstream (their storage has no DeleteCollection)
    if (method === 'DELETE' && r.resource !== 'namespaces') {
      const list = api.list(r, ns, { labelSelector: q.get('labelSelector') ?? undefined, fieldSelector: q.get('fieldSelector') ?? undefined });
      const opts = writeOpts(q);
      for (const o of list.items) api.delete(r, o.metadata.namespace, o.metadata.name ?? '', opts);
      return sendJson(res, 200, list);
    }
    throw fail(405, 'MethodNotAllowed', 'the server does not allow this method on the requested resource');
  }
  const name = rt.name;

  if (sub === 'log') {
    if (method !== 'GET') throw fail(405, 'MethodNotAllowed', 'the server does not allow this method on the requested resource');
    const tail = q.get('tailLines');
    const container = q.get('container') ?? undefined;
    const text = api.logs(ns ?? '', name, { container, previous: q.get('previous') === 'true', tailLines: tail === null ? undefined : Number(tail) });
    if (q.get('follow') !== 'true' || q.get('previous') === 'true') {
      res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Length': Buffer.byteLength(text) });
      res.end(text);
      return;
    }
    followLogs(ctx, req, res, ns ?? '', name, container, text);
    return;
  }
  if (sub === 'scale') {
    if (method === 'GET') return sendJson(res, 200, api.getScale(r, ns ?? '', name));
    if (method === 'PUT' || method === 'PATCH') {
      const b = (await jsonBody(req)) as { spec?: { replicas?: unknown } } | undefined;
      const replicas = b?.spec?.replicas;
      if (typeof replicas !== 'number') throw badRequest('spec.replicas: Required value');
      return sendJson(res, 200, api.updateScale(r, ns ?? '', name, replicas));
    }
  }
  if (sub === 'eviction' && method === 'POST') {
    const b = (await jsonBody(req)) as { deleteOptions?: DeleteOptions } | undefined;
    api.evict(ns ?? '', name, b?.deleteOptions ?? {});
    return sendJson(res, 201, { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Success', code: 201 });
  }
  if (sub === 'binding' && method === 'POST') {
    const b = (await jsonBody(req)) as { target?: { name?: string } } | undefined;
    if (!b?.target?.name) throw badRequest('target.name: Required value');
    api.bind(ns ?? '', name, b.target.name);
    return sendJson(res, 201, { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Success', code: 201 });
  }

  if (method === 'GET') {
    if (q.get('watch') === '1' || q.get('watch') === 'true') return watch(ctx, req, res, rt, q, table);
    const obj = api.get(r, ns, name);
    return sendJson(res, 200, table && sub === undefined ? tableOf(ctx, r.resource, [obj], q) : obj);
  }
  if (method === 'PUT') {
    const obj = await objectBody(req);
    checkFields(ctx, res, r, q, obj, 'updating');
    return sendJson(res, 200, sub === 'status' ? api.updateStatus(r, ns, obj) : api.update(r, ns, obj, writeOpts(q)));
  }
  if (method === 'PATCH' && (sub === undefined || sub === 'status')) {
    const ct = (req.headers['content-type'] ?? '').split(';')[0].trim();
    const type = PATCH_TYPES[ct];
    if (!type) throw fail(415, 'UnsupportedMediaType', `the body of the request was in an unknown format - accepted media types include: ${Object.keys(PATCH_TYPES).join(', ')}`);
    const text = await readBody(req);
    let patch: unknown;
    try {
      patch = type === 'apply' ? parseYaml(text) : parseJsonGo(text);
    } catch (e) {
      throw badRequest(`error decoding patch: ${(e as Error).message}`);
    }
    if (type !== 'json') checkFields(ctx, res, r, q, patch, 'patching');
    if (sub === 'status') {
      // server-side apply of status is the one patch type the simulator leaves out
      if (type === 'apply') throw fail(415, 'UnsupportedMediaType', 'server-side apply of the status subresource is not supported by kubeplay');
      return sendJson(res, 200, api.patchStatus(r, ns, name, type, patch));
    }
    return sendJson(res, 200, api.patch(r, ns, name, type, patch, writeOpts(q)));
  }
  if (method === 'DELETE' && sub === undefined) {
    const b = (await jsonBody(req)) as DeleteOptions | undefined;
    const opts: DeleteOptions = { ...writeOpts(q), ...(b ?? {}) };
    const grace = q.get('gracePeriodSeconds');
    if (grace !== null) opts.gracePeriodSeconds = Number(grace);
    const pp = q.get('propagationPolicy');
    if (pp === 'Background' || pp === 'Foreground' || pp === 'Orphan') opts.propagationPolicy = pp;
    return sendJson(res, 200, api.delete(r, ns, name, opts));
  }
  throw fail(405, 'MethodNotAllowed', 'the server does not allow this method on the requested resource');
}
