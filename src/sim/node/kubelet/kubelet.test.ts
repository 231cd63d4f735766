import { describe, expect, it } from 'vitest';
import { R } from '../../api/resources';
import { eventsFor, getPod, pod, testCluster } from './test-helpers';

const HELLO = { image: 'busybox', command: ['sh', '-c', 'echo Hello Kubernetes! && sleep 3600'] };

describe('kubelet', () => {
  it('walks a pod through Scheduled, Pulling, Pulled, Created, Started with realistic timing', () => {
    const c = testCluster();
    const t0 = c.clock.now();
    c.api.create(R.pods, 'default', pod('myapp-pod', { name: 'myapp-container', ...HELLO }));
    c.advance(200);
    expect(getPod(c, 'myapp-pod').status.containerStatuses[0].state.waiting?.reason).toBe('ContainerCreating');
    c.advance(10_000);
    const evs = eventsFor(c, 'default', 'myapp-pod', t0);
    expect(evs.map((e) => e.reason)).toEqual(['Scheduled', 'Pulling', 'Pulled', 'Created', 'Started']);
    const node = getPod(c, 'myapp-pod').spec.nodeName;
    expect(evs[0].message).toBe(`Successfully assigned default/myapp-pod to ${node}`);
    expect(evs[1].message).toBe('Pulling image "busybox"');
    expect(evs[2].message).toMatch(/^Successfully pulled image "busybox" in \d+(\.\d+)?m?s \(\d+(\.\d+)?m?s including waiting\)\. Image size: 2167176 bytes\.$/);
    expect(evs[3].message).toBe('Created container: myapp-container');
    expect(evs[4].message).toBe('Started container myapp-container');
    expect(evs[4].at).toBeGreaterThan(1);
    expect(evs[4].at).toBeLessThan(4);
    const p = getPod(c, 'myapp-pod');
    expect(p.status.phase).toBe('Running');
    expect(p.status.podIP).toMatch(/^10\.244\.[0-2]\.\d+$/);
    expect(p.status.conditions.map((x) => `${x.type}=${x.status}`)).toEqual(['PodReadyToStartContainers=True', 'Initialized=True', 'Ready=True', 'ContainersReady=True', 'PodScheduled=True']);
    expect(c.api.logs('default', 'myapp-pod')).toBe('Hello Kubernetes!\n');
  });

  it('a second pod on the same node finds an IfNotPresent image already present', () => {
    const c = testCluster();
    const t0 = c.clock.now();
    const node = (c.api.list(R.nodes, undefined).items[0].metadata.name)!;
    c.api.create(R.pods, 'default', pod('a', { image: 'nginx:1.27' }, { nodeName: node }));
    c.advance(10_000);
    c.api.create(R.pods, 'default', pod('b', { image: 'nginx:1.27' }, { nodeName: node }));
    c.advance(5_000);
    const evs = eventsFor(c, 'default', 'b', t0);
    expect(evs.map((e) => e.reason)).toEqual(['Pulled', 'Created', 'Started']);
    expect(evs[0].message).toBe('Container image "nginx:1.27" already present on machine');
    expect(c.api.logs('default', 'b')).toContain('Configuration complete; ready for start up');
  });

  it('an unknown image goes ErrImagePull then ImagePullBackOff with growing back-off', () => {
    const c = testCluster();
    const t0 = c.clock.now();
    c.api.create(R.pods, 'default', pod('bad', { image: 'nope' }));
    c.advance(2_000);
    expect(getPod(c, 'bad').status.containerStatuses[0].state.waiting?.reason).toBe('ErrImagePull');
    c.advance(3_000);
    const w = getPod(c, 'bad').status.containerStatuses[0].state.waiting!;
    expect(w.reason).toBe('ImagePullBackOff');
    expect(w.message).toContain('Back-off pulling image "nope"');
    c.advance(60_000);
    const evs = eventsFor(c, 'default', 'bad', t0);
    const failed = evs.find((e) => e.message.startsWith('Failed to pull image'))!;
    expect(failed.type).toBe('Warning');
    expect(failed.message).toContain('Failed to pull image "nope": failed to pull and unpack image "docker.io/library/nope:latest"');
    const backoff = evs.find((e) => e.reason === 'BackOff')!;
    expect(backoff.message).toBe('Back-off pulling image "nope"');
    expect(backoff.count).toBeGreaterThanOrEqual(2);
    expect(getPod(c, 'bad').status.phase).toBe('Pending');
  });

  it('a crashing container restarts, then waits in CrashLoopBackOff with doubling back-off', () => {
    const c = testCluster();
    c.api.create(R.pods, 'default', pod('crash', { image: 'busybox:1.36', command: ['sh', '-c', 'echo boom; exit 3'] }));
    c.advance(5_000);
    let cs = getPod(c, 'crash').status.containerStatuses[0];
    expect(cs.restartCount).toBe(1);
    expect(cs.state.waiting?.reason).toBe('CrashLoopBackOff');
    expect(cs.state.waiting?.message).toMatch(/^back-off 10s restarting failed container=main pod=crash_default\(/);
    expect(cs.lastState.terminated?.exitCode).toBe(3);
    c.advance(11_000);
    cs = getPod(c, 'crash').status.containerStatuses[0];
    expect(cs.restartCount).toBe(2);
    expect(cs.state.waiting?.message).toContain('back-off 20s');
    expect(getPod(c, 'crash').status.phase).toBe('Running');
    expect(c.api.logs('default', 'crash', { previous: true })).toBe('boom\n');
  });

  it('restartPolicy Never ends in Succeeded or Failed with the exit code', () => {
    const c = testCluster();
    c.api.create(R.pods, 'default', pod('ok', { image: 'busybox:1.36', command: ['sh', '-c', 'sleep 2'] }, { restartPolicy: 'Never' }));
    c.api.create(R.pods, 'default', pod('ko', { image: 'busybox:1.36', command: ['sh', '-c', 'exit 2'] }, { restartPolicy: 'Never' }));
    c.advance(10_000);
    const ok = getPod(c, 'ok').status;
    expect(ok.phase).toBe('Succeeded');
    expect(ok.containerStatuses[0].state.terminated?.reason).toBe('Completed');
    const ko = getPod(c, 'ko').status;
    expect(ko.phase).toBe('Failed');
    expect(ko.containerStatuses[0].state.terminated).toMatchObject({ reason: 'Error', exitCode: 2 });
    expect(ko.conditions.find((x) => x.type === 'Ready')?.status).toBe('False');
  });

  it('graceful delete: Killing, then the kubelet removes the pod once its process stops', () => {
    const c = testCluster();
    const t0 = c.clock.now();
    c.api.create(R.pods, 'default', pod('web', { name: 'nginx', image: 'nginx:1.27' }));
    c.advance(10_000);
    c.api.delete(R.pods, 'default', 'web');
    expect(getPod(c, 'web').metadata.deletionTimestamp).toBeDefined();
    c.advance(500);
    expect(eventsFor(c, 'default', 'web', t0).at(-1)).toMatchObject({ reason: 'Killing', message: 'Stopping container nginx' });
    expect(c.api.list(R.pods, 'default').items).toHaveLength(1); // nginx takes about a second
    c.advance(1_000);
    expect(c.api.list(R.pods, 'default').items).toHaveLength(0);
  });

  it('reports nodes as AKS does', () => {
    const c = testCluster();
    const n = c.api.list(R.nodes, undefined).items[0] as never as { metadata: { name: string; labels: Record<string, string> }; status: { allocatable: Record<string, string>; nodeInfo: Record<string, string>; addresses: Array<{ type: string; address: string }>; conditions: Array<{ type: string; status: string }> } };
    expect(n.metadata.name).toMatch(/^aks-nodepool1-\d{8}-vmss000000$/);
    expect(n.metadata.labels['kubernetes.azure.com/mode']).toBe('system');
    expect(n.status.allocatable.cpu).toBe('1900m');
    expect(n.status.allocatable.pods).toBe('110');
    expect(n.status.nodeInfo.kubeletVersion).toMatch(/^v1\.32\./);
    expect(n.status.nodeInfo.osImage).toBe('Ubuntu 22.04.5 LTS');
    expect(n.status.addresses[0]).toEqual({ type: 'InternalIP', address: '10.224.0.4' });
    expect(n.status.conditions.find((x) => x.type === 'Ready')?.status).toBe('True');
  });
});

describe('kubelet container config', () => {
  it('waits in CreateContainerConfigError until the ConfigMap exists, then starts with its values', () => {
    const c = testCluster();
    c.api.create(R.pods, 'default', pod('cfg', { image: 'busybox:1.36', command: ['sh', '-c', 'echo color=$COLOR; sleep 3600'], env: [{ name: 'COLOR', valueFrom: { configMapKeyRef: { name: 'settings', key: 'color' } } }] }));
    c.advance(5_000);
    const w = getPod(c, 'cfg').status.containerStatuses[0].state.waiting!;
    expect(w).toEqual({ reason: 'CreateContainerConfigError', message: 'configmap "settings" not found' });
    c.api.create(R.configmaps, 'default', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'settings' }, data: { color: 'blue' } });
    c.advance(15_000);
    expect(getPod(c, 'cfg').status.phase).toBe('Running');
    expect(c.api.logs('default', 'cfg')).toBe('color=blue\n');
  });
});
