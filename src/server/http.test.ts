// Raw HTTP against `kubeplay serve`: discovery documents, patch types, watch, and malformed requests
// answered with Status objects (never a crash).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, type Served } from './serve';

let s: Served;
beforeAll(async () => {
  s = await serve({ speed: 0, kubeconfigPath: join(mkdtempSync(join(tmpdir(), 'kubeplay-http-')), 'kubeconfig') });
});
afterAll(async () => {
  await s?.close();
});

/** a JSON Content-Type unless the call sets one (fetch would send text/plain, which the server refuses) */
const req = (path: string, init?: RequestInit) => fetch(s.url + path, { ...init, headers: { 'Content-Type': 'application/json', ...(init?.headers as Record<string, string>) } });
const pod = (name: string) => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name, labels: { app: 'x' } }, spec: { containers: [{ name: 'c', image: 'nginx:1.28' }] } });

describe('discovery', () => {
  it('serves version, group list and resource lists with short names and categories', async () => {
    expect(((await (await req('/version')).json()) as { gitVersion: string }).gitVersion).toBe('v1.32.6');
    const groups = (await (await req('/apis')).json()) as { groups: Array<{ name: string }> };
    expect(groups.groups.map((g) => g.name)).toContain('apps');
    const apps = (await (await req('/apis/apps/v1')).json()) as { resources: Array<{ name: string; shortNames?: string[]; categories?: string[] }> };
    const deploy = apps.resources.find((r) => r.name === 'deployments');
    expect(deploy?.shortNames).toEqual(['deploy']);
    expect(deploy?.categories).toEqual(['all']);
    expect(apps.resources.map((r) => r.name)).toContain('deployments/scale');
    const v3 = (await (await req('/openapi/v3')).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(v3.paths)).toEqual(expect.arrayContaining(['api/v1', 'apis/apps/v1']));
    const v2 = (await (await req('/openapi/v2')).json()) as { swagger: string; definitions: Record<string, { 'x-kubernetes-group-version-kind'?: unknown }> };
    expect(v2.swagger).toBe('2.0');
    expect(v2.definitions['apps.v1.Deployment']['x-kubernetes-group-version-kind']).toEqual([{ group: 'apps', kind: 'Deployment', version: 'v1' }]);
    const pb = await req('/openapi/v2', { headers: { Accept: 'application/com.github.proto-openapi.spec.v2@v1.0+protobuf' } });
    expect(pb.headers.get('content-type')).toBe('application/com.github.proto-openapi.spec.v2.v1.0+protobuf');
    // field 1 (swagger) = "2.0": tag 0x0a, length 3
    expect([...new Uint8Array(await pb.arrayBuffer()).slice(0, 5)]).toEqual([0x0a, 3, 0x32, 0x2e, 0x30]);
  });
});

describe('resources', () => {
  it('creates, patches with each patch type and dry-runs', async () => {
    const created = await req('/api/v1/namespaces/default/pods', { method: 'POST', body: JSON.stringify(pod('p1')), headers: { 'Content-Type': 'application/json' } });
    expect(created.status).toBe(201);
    const patch = (type: string, body: string) => req('/api/v1/namespaces/default/pods/p1', { method: 'PATCH', body, headers: { 'Content-Type': type } });
    const m = (await (await patch('application/merge-patch+json', '{"metadata":{"labels":{"m":"1"}}}')).json()) as { metadata: { labels: Record<string, string> } };
    expect(m.metadata.labels).toEqual({ app: 'x', m: '1' });
    const j = (await (await patch('application/json-patch+json', '[{"op":"add","path":"/metadata/labels/j","value":"2"}]')).json()) as typeof m;
    expect(j.metadata.labels.j).toBe('2');
    expect((await patch('text/plain', '{}')).status).toBe(415);
    const dry = await req('/api/v1/namespaces/default/pods?dryRun=All', { method: 'POST', body: JSON.stringify(pod('p2')) });
    expect(dry.status).toBe(201);
    expect((await req('/api/v1/namespaces/default/pods/p2')).status).toBe(404);
  });

  it('patches the status subresource: status changes, the rest of the patch is ignored', async () => {
    await req('/api/v1/namespaces/default/pods', { method: 'POST', body: JSON.stringify(pod('ps')) });
    const patch = (body: unknown, type = 'application/merge-patch+json') => req('/api/v1/namespaces/default/pods/ps/status', { method: 'PATCH', body: JSON.stringify(body), headers: { 'Content-Type': type } });
    const r = await patch({ status: { message: 'hello' }, metadata: { labels: { sneaky: 'yes' } } });
    expect(r.status).toBe(200);
    const got = (await (await req('/api/v1/namespaces/default/pods/ps')).json()) as { status: { message?: string }; metadata: { labels: Record<string, string> } };
    expect(got.status.message).toBe('hello');
    expect(got.metadata.labels).toEqual({ app: 'x' });
    expect((await patch([{ op: 'add', path: '/status/reason', value: 'R' }], 'application/json-patch+json')).status).toBe(200);
    expect((await patch({}, 'application/apply-patch+yaml')).status).toBe(415);
  });

  it('pages lists with limit and continue, in key order, and refuses a broken token', async () => {
    await req('/api/v1/namespaces', { method: 'POST', body: JSON.stringify({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'pages' } }) });
    for (const n of ['pg-a', 'pg-b', 'pg-c', 'pg-d', 'pg-e']) await req('/api/v1/namespaces/pages/pods', { method: 'POST', body: JSON.stringify(pod(n)) });
    type L = { items: Array<{ metadata: { name: string } }>; metadata: { continue?: string; remainingItemCount?: number } };
    const names: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const l = (await (await req(`/api/v1/namespaces/pages/pods?limit=2${token ? `&continue=${encodeURIComponent(token)}` : ''}`)).json()) as L;
      names.push(...l.items.map((i) => i.metadata.name));
      if (pages === 0) expect(l.metadata.remainingItemCount).toBe(3);
      token = l.metadata.continue;
      pages++;
    } while (token);
    expect(names).toEqual(['pg-a', 'pg-b', 'pg-c', 'pg-d', 'pg-e']);
    expect(pages).toBe(3);
    const bad = await req('/api/v1/namespaces/pages/pods?limit=2&continue=nonsense');
    expect(bad.status).toBe(400);
  });

  it('answers malformed requests with Status objects', async () => {
    const bad = await req('/api/v1/namespaces/default/pods', { method: 'POST', body: '{not json' });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { kind: string; reason: string }).reason).toBe('BadRequest');
    expect((await req('/api/v1/podz')).status).toBe(404);
    expect((await req('/apis/nope/v1/things')).status).toBe(404);
    expect((await req('/api/v1/namespaces/default/pods/p1', { method: 'POST', body: '{}' })).status).toBe(405);
    expect((await req('/api/v1/namespaces/default/pods?dryRun=Some', { method: 'POST', body: JSON.stringify(pod('p3')) })).status).toBe(400);
    const nf = (await (await req('/api/v1/namespaces/default/pods/ghost')).json()) as { message: string; code: number };
    expect(nf).toMatchObject({ code: 404, message: 'pods "ghost" not found' });
  });

  it('serves Tables with partial object metadata on the Table Accept header', async () => {
    const r = await req('/api/v1/namespaces/default/pods', { headers: { Accept: 'application/json;as=Table;v=v1;g=meta.k8s.io,application/json' } });
    const t = (await r.json()) as { kind: string; columnDefinitions: Array<{ name: string }>; rows: Array<{ object: { kind: string; metadata: { name: string } } }> };
    expect(t.kind).toBe('Table');
    expect(t.columnDefinitions.map((c) => c.name).slice(0, 3)).toEqual(['Name', 'Ready', 'Status']);
    expect(t.rows[0].object.kind).toBe('PartialObjectMetadata');
  });

  it('streams watch events as JSON lines', async () => {
    const ctrl = new AbortController();
    const r = await req('/api/v1/namespaces/default/pods?watch=1&labelSelector=app%3Dw', { signal: ctrl.signal });
    const reader = r.body!.getReader();
    await req('/api/v1/namespaces/default/pods', { method: 'POST', body: JSON.stringify({ ...pod('w1'), metadata: { name: 'w1', labels: { app: 'w' } } }) });
    const { value } = await reader.read();
    const line = JSON.parse(new TextDecoder().decode(value).split('\n')[0]) as { type: string; object: { metadata: { name: string } } };
    expect(line.type).toBe('ADDED');
    expect(line.object.metadata.name).toBe('w1');
    ctrl.abort();
  });
});

describe('field validation', () => {
  it('Strict rejects unknown fields in bodies and patches; an unknown body format gets 415 and an empty protobuf envelope 400', async () => {
    const body = JSON.stringify({ ...pod('fv'), spec: { containers: [{ name: 'c', image: 'nginx:1.28', imagez: 'x' }] } });
    const r = await req('/api/v1/namespaces/default/pods?fieldValidation=Strict', { method: 'POST', body, headers: { 'Content-Type': 'application/json' } });
    expect(r.status).toBe(400);
    expect(((await r.json()) as { message: string }).message).toContain('unknown field "spec.containers[0].imagez"');
    const p = await req('/api/v1/namespaces/default/pods/p1?fieldValidation=Strict', { method: 'PATCH', body: '{"metadata":{"labelz":{}}}', headers: { 'Content-Type': 'application/merge-patch+json' } });
    expect(p.status).toBe(400);
    const cbor = await req('/api/v1/namespaces/default/pods', { method: 'POST', body: '\xd9\xd9\xf7', headers: { 'Content-Type': 'application/cbor' } });
    expect(cbor.status).toBe(415);
    const proto = await req('/api/v1/namespaces/default/pods', { method: 'POST', body: 'k8s\u0000', headers: { 'Content-Type': 'application/vnd.kubernetes.protobuf' } });
    expect(proto.status).toBe(400);
    expect(((await proto.json()) as { message: string }).message).toBe("error decoding request body: Object 'Kind' is missing in protobuf message");
  });
});
