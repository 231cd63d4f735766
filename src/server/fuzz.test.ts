// Random requests against `kubeplay serve` (seeded, so a failure replays): real and nonsense paths,
// every method, broken and odd bodies in every content type, random patches. Every answer must be a
// proper reply (a Status for errors) with one of the codes the api-server uses — never a 500, a
// hang or a crash — and afterwards the store must still be sound.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Rng } from '../sim/clock';
import { RESOURCES, apiVersionOf } from '../sim/api/resources';
import type { KubeObject } from '../sim/api/types';
import { serve, type Served } from './serve';

const ALLOWED = new Set([200, 201, 400, 403, 404, 405, 406, 409, 410, 415, 422, 429]);
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];
const TYPES = ['application/json', 'application/yaml', 'application/merge-patch+json', 'application/json-patch+json', 'application/strategic-merge-patch+json', 'application/apply-patch+yaml', 'application/vnd.kubernetes.protobuf', 'text/plain', ''];
const NAMES = ['web', 'nope', 'Bad_Name', '', 'a'.repeat(300), 'web-0', '%2e%2e', 'x y'];

function pick<T>(rng: Rng, xs: readonly T[]): T {
  return xs[rng.int(xs.length)];
}

function pathFor(rng: Rng): string {
  const r = pick(rng, RESOURCES);
  const base = r.group ? `/apis/${apiVersionOf(r)}` : '/api/v1';
  const ns = r.namespaced && rng.int(4) > 0 ? `/namespaces/${pick(rng, ['default', 'kube-system', 'nope', 'Bad'])}` : '';
  const name = rng.int(3) > 0 ? `/${encodeURIComponent(pick(rng, NAMES))}` : '';
  const sub = name && rng.int(4) === 0 ? `/${pick(rng, ['status', 'scale', 'log', 'eviction', 'binding', 'exec', 'proxy', 'bogus'])}` : '';
  const q = rng.int(3) === 0 ? `?${pick(rng, ['watch=0', 'labelSelector=app%3D%3D%3D', 'fieldSelector=bogus%3Dx', 'dryRun=All', 'fieldValidation=Strict', 'limit=1', 'resourceVersion=abc', 'fieldManager=fuzz&force=true', 'tailLines=-3', 'container=nope'])}` : '';
  return pick(rng, [`${base}${ns}/${r.resource}${name}${sub}${q}`, `${base}${ns}/${r.resource}${name}${sub}${q}`, pick(rng, ['/', '/api', '/apis/nope/v1', '/api/v2/pods', '/apis/apps/v1/nope', '/openapi/v3/nope', '/version/x', '/api/v1/namespaces/default/pods/web/log/extra/parts'])]);
}

function objectFor(rng: Rng): unknown {
  const r = pick(rng, RESOURCES);
  const o: Record<string, unknown> = { apiVersion: rng.int(5) ? apiVersionOf(r) : 'v9', kind: rng.int(5) ? r.kind : 'Gizmo', metadata: { name: pick(rng, NAMES), ...(rng.int(3) === 0 ? { labels: { app: pick(rng, ['web', '', 'x/y/z', 123]) } } : {}), ...(rng.int(6) === 0 ? { resourceVersion: pick(rng, ['1', 'abc', '999999']) } : {}) } };
  if (rng.int(2)) o.spec = pick(rng, [{}, { replicas: pick(rng, [-1, 0, 3, 1e9, 'many']) }, { containers: [{ name: 'c', image: pick(rng, ['nginx', '', 5]) }] }, { selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'c', image: 'nginx' }] } } }, null, [1, 2], 'text']);
  if (rng.int(4) === 0) o.data = { k: pick(rng, ['v', 1, null, { nested: true }]) };
  return o;
}

function bodyFor(rng: Rng, type: string): string | Uint8Array | undefined {
  switch (rng.int(8)) {
    case 0:
      return undefined;
    case 1:
      return '{"broken": ';
    case 2:
      return pick(rng, ['null', '[]', '42', '"x"', '{}', ':\n - [', '---\n---\n']);
    case 3:
      return new Uint8Array(Array.from({ length: rng.int(64) }, () => rng.int(256)));
    case 4:
      return JSON.stringify(pick(rng, [[{ op: 'replace', path: '/spec/replicas', value: 2 }], [{ op: 'remove', path: '/nope' }], [{ op: 'bogus' }], [{ op: 'add', path: '/metadata/labels/x', value: 'y' }]]));
    default:
      return type.includes('yaml') && rng.int(2) ? `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${pick(rng, NAMES) || 'y'}\n` : JSON.stringify(objectFor(rng));
  }
}

let s: Served;

beforeAll(async () => {
  s = await serve({ speed: 0, seed: 3, kubeconfigPath: join(mkdtempSync(join(tmpdir(), 'kubeplay-fuzz-')), 'kubeconfig') });
  // something to hit: a running deployment and a config map
  s.cluster.api.create(RESOURCES.find((r) => r.resource === 'deployments')!, 'default', {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web' },
    spec: { replicas: 2, selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'c', image: 'nginx:1.27' }] } } },
  } as KubeObject);
  s.cluster.advance(30_000);
});
afterAll(async () => {
  await s?.close();
});

describe('random requests against kubeplay serve', () => {
  it('answers every one properly and leaves the store sound', async () => {
    const rng = new Rng('fuzz-1');
    const failures: string[] = [];
    for (let i = 0; i < 1500; i++) {
      const method = pick(rng, METHODS);
      const path = pathFor(rng);
      const type = pick(rng, TYPES);
      const body = method === 'GET' || method === 'HEAD' ? undefined : bodyFor(rng, type);
      const ctl = new AbortController();
      const timer = setTimeout(() => ctl.abort(), 5000);
      try {
        const res = await fetch(`${s.url}${path}`, { method, body: body as BodyInit | undefined, headers: type ? { 'Content-Type': type } : {}, signal: ctl.signal });
        const text = await res.text();
        if (!ALLOWED.has(res.status)) failures.push(`${method} ${path} [${type}] → ${res.status} ${text.slice(0, 200)}`);
        else if (res.status >= 400 && method !== 'HEAD') {
          const st = JSON.parse(text) as { kind?: string; code?: number };
          if (st.kind !== 'Status' || st.code !== res.status) failures.push(`${method} ${path} → ${res.status} without a matching Status: ${text.slice(0, 120)}`);
        }
      } catch (e) {
        failures.push(`${method} ${path} [${type}] → ${(e as Error).name === 'AbortError' ? 'no answer within 5 s' : (e as Error).message}`);
      } finally {
        clearTimeout(timer);
      }
      if (i % 100 === 0) s.cluster.advance(5_000);
    }
    expect(failures.slice(0, 10)).toEqual([]);

    // the store's invariants
    const store = s.cluster.api.store;
    const all = store.all();
    const uids = new Set<string>();
    const rvs = new Set<string>();
    for (const o of all) {
      expect(o.metadata.name, JSON.stringify(o).slice(0, 200)).toBeTruthy();
      expect(typeof o.metadata.uid).toBe('string');
      expect(uids.has(o.metadata.uid!)).toBe(false);
      uids.add(o.metadata.uid!);
      expect(Number(o.metadata.resourceVersion)).toBeLessThanOrEqual(store.revision());
      expect(rvs.has(o.metadata.resourceVersion!)).toBe(false);
      rvs.add(o.metadata.resourceVersion!);
      expect(() => JSON.parse(JSON.stringify(o))).not.toThrow();
    }
    // and the simulation keeps running and serving after all of it
    expect(() => s.cluster.advance(60_000)).not.toThrow();
    for (const r of RESOURCES) expect(() => s.cluster.api.list(r, undefined)).not.toThrow();
  }, 120_000);
});
