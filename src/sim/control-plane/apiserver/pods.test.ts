import { describe, expect, it } from 'vitest';
import { R } from '../../api/resources';
import { errOf, newServer, pod } from './test-helpers';

describe('pods: defaults', () => {
  it('fills a minimal pod as the real api-server does', () => {
    const { api } = newServer();
    const p = api.create(R.pods, 'default', pod('web', {}, [{ name: 'app', image: 'nginx:1.27', ports: [{ containerPort: 80 }] }]));
    expect(p.metadata.generation).toBeUndefined(); // none before 1.33
    expect(p.spec).toMatchObject({
      restartPolicy: 'Always',
      terminationGracePeriodSeconds: 30,
      dnsPolicy: 'ClusterFirst',
      schedulerName: 'default-scheduler',
      serviceAccountName: 'default',
      serviceAccount: 'default',
      securityContext: {},
      enableServiceLinks: true,
      priority: 0,
      preemptionPolicy: 'PreemptLowerPriority',
      tolerations: [
        { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
        { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
      ],
      containers: [
        { name: 'app', image: 'nginx:1.27', imagePullPolicy: 'IfNotPresent', terminationMessagePath: '/dev/termination-log', terminationMessagePolicy: 'File', resources: {}, ports: [{ containerPort: 80, protocol: 'TCP' }] },
      ],
    });
    expect(p.status).toEqual({ phase: 'Pending', qosClass: 'BestEffort' });
  });

  it('mounts the service account token volume (ServiceAccount admission)', () => {
    const { api } = newServer();
    const p = api.create(R.pods, 'default', pod('web'));
    const spec = p.spec as { volumes: { name: string; projected: { sources: unknown[] } }[]; containers: { volumeMounts: unknown[] }[] };
    expect(spec.volumes).toHaveLength(1);
    const name = spec.volumes[0].name;
    expect(name).toMatch(/^kube-api-access-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    expect(spec.volumes[0].projected.sources).toHaveLength(3);
    expect(spec.containers[0].volumeMounts).toEqual([{ name, readOnly: true, mountPath: '/var/run/secrets/kubernetes.io/serviceaccount' }]);
    const none = api.create(R.pods, 'default', pod('quiet', { automountServiceAccountToken: false }));
    expect((none.spec as { volumes?: unknown[] }).volumes).toBeUndefined();
  });

  it('imagePullPolicy Always for :latest and untagged images', () => {
    const { api } = newServer();
    const p = api.create(R.pods, 'default', pod('web', {}, [{ name: 'a', image: 'nginx' }, { name: 'b', image: 'nginx:latest' }, { name: 'c', image: 'localhost:5000/app' }, { name: 'd', image: 'app@sha256:abc' }]));
    expect((p.spec as { containers: { imagePullPolicy: string }[] }).containers.map((c) => c.imagePullPolicy)).toEqual(['Always', 'Always', 'Always', 'IfNotPresent']);
  });

  it('QoS classes; limits without requests become requests', () => {
    const { api } = newServer();
    const g = api.create(R.pods, 'default', pod('g', {}, [{ name: 'a', image: 'x:1', resources: { limits: { cpu: '500m', memory: '128Mi' } } }]));
    expect((g.status as { qosClass: string }).qosClass).toBe('Guaranteed');
    expect((g.spec as { containers: { resources: unknown }[] }).containers[0].resources).toEqual({ limits: { cpu: '500m', memory: '128Mi' }, requests: { cpu: '500m', memory: '128Mi' } });
    const b = api.create(R.pods, 'default', pod('b', {}, [{ name: 'a', image: 'x:1', resources: { requests: { cpu: '100m' } } }]));
    expect((b.status as { qosClass: string }).qosClass).toBe('Burstable');
  });
});

describe('pods: validation', () => {
  it('names, containers, images, restartPolicy', () => {
    const { api } = newServer();
    expect(errOf(() => api.create(R.pods, 'default', pod('Web'))).message).toBe(
      "Pod \"Web\" is invalid: metadata.name: Invalid value: \"Web\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
    );
    expect(errOf(() => api.create(R.pods, 'default', pod('p', {}, [])))).toMatchObject({ code: 422, reason: 'Invalid', message: 'Pod "p" is invalid: spec.containers: Required value' });
    expect(errOf(() => api.create(R.pods, 'default', pod('p', {}, [{ name: 'app' }]))).message).toBe('Pod "p" is invalid: spec.containers[0].image: Required value');
    expect(errOf(() => api.create(R.pods, 'default', pod('p', {}, [{ name: 'a', image: 'x' }, { name: 'a', image: 'y' }]))).message).toBe('Pod "p" is invalid: spec.containers[1].name: Duplicate value: "a"');
    expect(errOf(() => api.create(R.pods, 'default', pod('p', { restartPolicy: 'Sometimes' }))).message).toBe(
      'Pod "p" is invalid: spec.restartPolicy: Unsupported value: "Sometimes": supported values: "Always", "OnFailure", "Never"',
    );
    expect(errOf(() => api.create(R.pods, 'default', { apiVersion: 'v1', kind: 'Pod', metadata: {}, spec: { containers: [{ name: 'a', image: 'x' }] } })).message).toBe(
      'Pod "" is invalid: metadata.name: Required value: name or generateName is required',
    );
  });

  it('several errors are listed in brackets', () => {
    const { api } = newServer();
    expect(errOf(() => api.create(R.pods, 'default', pod('p', {}, [{ name: 'A' }]))).message).toMatch(/^Pod "p" is invalid: \[spec\.containers\[0\]\.name: Invalid value: "A": .*, spec\.containers\[0\]\.image: Required value\]$/);
  });

  it('bad quantities fail decoding (400); requests above limits are invalid', () => {
    const { api } = newServer();
    expect(errOf(() => api.create(R.pods, 'default', pod('p', {}, [{ name: 'a', image: 'x', resources: { requests: { cpu: 'lots' } } }])))).toMatchObject({ code: 400 });
    expect(errOf(() => api.create(R.pods, 'default', pod('p', {}, [{ name: 'a', image: 'x', resources: { requests: { cpu: '2' }, limits: { cpu: '1' } } }]))).message).toBe(
      'Pod "p" is invalid: spec.containers[0].resources.requests: Invalid value: "2": must be less than or equal to cpu limit of 1',
    );
  });

  it('quantities are stored in canonical form', () => {
    const { api } = newServer();
    const p = api.create(R.pods, 'default', pod('p', {}, [{ name: 'a', image: 'x', resources: { requests: { cpu: 0.5, memory: '1024Mi' }, limits: { cpu: '1000m', memory: '1.5Gi' } } }]));
    expect((p.spec as { containers: { resources: unknown }[] }).containers[0].resources).toEqual({ requests: { cpu: '500m', memory: '1Gi' }, limits: { cpu: '1', memory: '1536Mi' } });
  });

  it('tolerations and node taints', () => {
    const { api } = newServer();
    expect(errOf(() => api.create(R.pods, 'default', pod('p', { tolerations: [{ key: 'k', operator: 'Exists', value: 'v' }] }))).message).toBe(
      "Pod \"p\" is invalid: spec.tolerations[0].operator: Invalid value: \"v\": value must be empty when `operator` is 'Exists'",
    );
    const node = { apiVersion: 'v1', kind: 'Node', metadata: { name: 'n1' }, spec: { taints: [{ key: 'gpu', value: 'true', effect: 'Sometimes' }] } };
    expect(errOf(() => api.create(R.nodes, undefined, node)).message).toBe(
      'Node "n1" is invalid: spec.taints[0].effect: Unsupported value: "Sometimes": supported values: "NoSchedule", "PreferNoSchedule", "NoExecute"',
    );
  });

  it('volume mounts, env names and probes', () => {
    const { api } = newServer();
    expect(errOf(() => api.create(R.pods, 'default', pod('p', {}, [{ name: 'a', image: 'x', volumeMounts: [{ name: 'data', mountPath: '/data' }] }]))).message).toBe(
      'Pod "p" is invalid: spec.containers[0].volumeMounts[0].name: Not found: "data"',
    );
    expect(errOf(() => api.create(R.pods, 'default', pod('p', {}, [{ name: 'a', image: 'x', env: [{ name: '1A', value: 'x' }] }]))).message).toContain(
      'spec.containers[0].env[0].name: Invalid value: "1A": a valid environment variable name must consist of alphabetic characters',
    );
    expect(errOf(() => api.create(R.pods, 'default', pod('p', {}, [{ name: 'a', image: 'x', livenessProbe: { periodSeconds: 5 } }]))).message).toBe(
      'Pod "p" is invalid: spec.containers[0].livenessProbe: Required value: must specify a handler type',
    );
    const ok = api.create(R.pods, 'default', pod('q', { volumes: [{ name: 'data' }] }, [{ name: 'a', image: 'x', volumeMounts: [{ name: 'data', mountPath: '/data' }] }]));
    expect((ok.spec as { volumes: unknown[] }).volumes[0]).toEqual({ name: 'data', emptyDir: {} });
  });

  it('pod spec is immutable except images and a few fields', () => {
    const { api } = newServer();
    const p = api.create(R.pods, 'default', pod('p'));
    const changedImage = structuredClone(p) as { spec: { containers: { image: string }[]; restartPolicy?: string } };
    changedImage.spec.containers[0].image = 'nginx:1.28';
    const up = api.update(R.pods, 'default', changedImage as never);
    expect((up.spec as { containers: { image: string }[] }).containers[0].image).toBe('nginx:1.28');
    const changedPolicy = structuredClone(up) as typeof changedImage;
    changedPolicy.spec.restartPolicy = 'Never';
    expect(errOf(() => api.update(R.pods, 'default', changedPolicy as never)).message).toMatch(/^Pod "p" is invalid: spec: Forbidden: pod updates may not change fields other than `spec.containers\[\*\].image`/);
  });

  it('generateName', () => {
    const { api } = newServer();
    const p = api.create(R.pods, 'default', { apiVersion: 'v1', kind: 'Pod', metadata: { generateName: 'web-' }, spec: { containers: [{ name: 'a', image: 'x' }] } });
    expect(p.metadata.name).toMatch(/^web-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    expect(p.metadata.generateName).toBe('web-');
  });

  it('an invalid generateName is reported on metadata.generateName', () => {
    const { api } = newServer();
    const err = errOf(() => api.create(R.pods, 'default', { apiVersion: 'v1', kind: 'Pod', metadata: { generateName: 'Web-' }, spec: { containers: [{ name: 'a', image: 'x' }] } }));
    expect(err.message).toMatch(/^Pod "Web-[a-z0-9]{5}" is invalid: \[metadata\.generateName: Invalid value: "Web-": a lowercase RFC 1123 subdomain/);
  });

  it('a generated name that is taken is drawn again', () => {
    const a = newServer(5).api;
    const first = a.create(R.pods, 'default', { apiVersion: 'v1', kind: 'Pod', metadata: { generateName: 'web-' }, spec: { containers: [{ name: 'a', image: 'x' }] } });
    // the same seed in a second server draws the same name first; occupy it there without
    // drawing from the rng (straight into the store)
    const b = newServer(5).api;
    b.store.create('/pods', { ...pod(first.metadata.name!), metadata: { name: first.metadata.name, namespace: 'default' } });
    const second = b.create(R.pods, 'default', { apiVersion: 'v1', kind: 'Pod', metadata: { generateName: 'web-' }, spec: { containers: [{ name: 'a', image: 'x' }] } });
    expect(second.metadata.name).not.toBe(first.metadata.name);
    expect(second.metadata.name).toMatch(/^web-/);
  });
});

describe('pods: binding, status, field selectors', () => {
  it('bind sets nodeName and PodScheduled; a second bind is 409', () => {
    const { api } = newServer();
    api.create(R.pods, 'default', pod('p'));
    const b = api.bind('default', 'p', 'node-1');
    expect((b.spec as { nodeName: string }).nodeName).toBe('node-1');
    expect((b.status as { conditions: unknown[] }).conditions).toEqual([{ type: 'PodScheduled', status: 'True', lastProbeTime: null, lastTransitionTime: '2025-01-06T09:00:00Z' }]);
    expect(errOf(() => api.bind('default', 'p', 'node-2'))).toMatchObject({ code: 409, message: 'Operation cannot be fulfilled on pods/binding "p": pod p is already assigned to node "node-1"' });
    expect(errOf(() => api.bind('default', 'zz', 'node-2'))).toMatchObject({ code: 404, message: 'pods "zz" not found' });
    expect(api.list(R.pods, undefined, { fieldSelector: 'spec.nodeName=node-1' }).items).toHaveLength(1);
    expect(api.list(R.pods, undefined, { fieldSelector: 'spec.nodeName=' }).items).toHaveLength(0);
  });

  it('update ignores status; updateStatus changes only status', () => {
    const { api } = newServer();
    const p = api.create(R.pods, 'default', pod('p'));
    const u = api.update(R.pods, 'default', { ...structuredClone(p), status: { phase: 'Running' } });
    expect((u.status as { phase: string }).phase).toBe('Pending');
    const s = api.updateStatus(R.pods, 'default', { ...structuredClone(p), metadata: { ...p.metadata, labels: { x: 'y' } }, status: { phase: 'Running' } });
    expect((s.status as { phase: string }).phase).toBe('Running');
    expect(s.metadata.labels).toEqual({ app: 'web' });
    expect(api.list(R.pods, 'default', { fieldSelector: 'status.phase=Running' }).items).toHaveLength(1);
  });

  it('logs: NotFound for unknown pods, else the provider', () => {
    const { api } = newServer();
    api.create(R.pods, 'default', pod('p'));
    expect(api.logs('default', 'p')).toBe('');
    api.setLogProvider((ns, name, o) => `${ns}/${name} ${o.tailLines ?? 'all'}`);
    expect(api.logs('default', 'p', { tailLines: 3 })).toBe('default/p 3');
    expect(errOf(() => api.logs('default', 'q'))).toMatchObject({ code: 404, message: 'pods "q" not found' });
  });
});
