import { describe, expect, it } from 'vitest';
import { Rng } from '../../clock';
import { parseImageRef, defaultPullPolicy } from './image-ref';
import { goDuration, pullImage } from './pull';
import { startProcess } from './process';
import { findImage } from './catalogue';
import { formatTime } from './templates';

describe('images', () => {
  it('normalises references like containerd', () => {
    expect(parseImageRef('nginx').fullName).toBe('docker.io/library/nginx:latest');
    expect(parseImageRef('nginx:1.27').fullName).toBe('docker.io/library/nginx:1.27');
    expect(parseImageRef('hashicorp/http-echo').fullName).toBe('docker.io/hashicorp/http-echo:latest');
    expect(parseImageRef('mcr.microsoft.com/azuredocs/aks-helloworld:v1').registry).toBe('mcr.microsoft.com');
    expect(defaultPullPolicy('nginx')).toBe('Always');
    expect(defaultPullPolicy('nginx:latest')).toBe('Always');
    expect(defaultPullPolicy('nginx:1.27')).toBe('IfNotPresent');
  });
  it('pulls known images with jitter and fails unknown ones with the containerd message', () => {
    const ok = pullImage('busybox', new Rng(1));
    expect(ok.ok).toBe(true);
    if (ok.ok) {
      expect(ok.sizeBytes).toBe(2167176);
      expect(ok.durationMs).toBeGreaterThan(1000);
      expect(ok.durationMs).toBeLessThan(1400);
    }
    const bad = pullImage('nope', new Rng(1));
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.message).toContain('failed to resolve reference "docker.io/library/nope:latest": pull access denied');
    const badTag = pullImage('nginx:9.9', new Rng(1));
    if (!badTag.ok) expect(badTag.message).toContain('docker.io/library/nginx:9.9: not found');
    else throw new Error('nginx:9.9 should not exist');
  });
  it('formats Go durations', () => {
    expect(goDuration(1234)).toBe('1.234s');
    expect(goDuration(1200)).toBe('1.2s');
    expect(goDuration(512)).toBe('512ms');
  });
  it('formats log timestamps', () => {
    const t = Date.UTC(2025, 0, 6, 9, 0, 5);
    expect(formatTime('nginx', t)).toBe('2025/01/06 09:00:05');
    expect(formatTime('date', t)).toBe('Mon Jan  6 09:00:05 UTC 2025');
  });
});

describe('startProcess', () => {
  const nginx = findImage('docker.io/library/nginx')!;
  const busybox = findImage('docker.io/library/busybox')!;
  const echo = findImage('docker.io/hashicorp/http-echo')!;
  const mysql = findImage('docker.io/library/mysql')!;
  it('nginx serves its welcome page until killed', () => {
    const r = startProcess({ image: nginx, container: { name: 'web' }, env: {}, hostname: 'web' });
    if (!r.ok) throw new Error(r.message);
    expect(r.plan.exit).toBeUndefined();
    expect(r.plan.listen?.body).toContain('Welcome to nginx!');
    expect(r.plan.lines[0].text).toContain('/docker-entrypoint.sh');
  });
  it('busybox with no command exits 0 at once; command/args override', () => {
    const bare = startProcess({ image: busybox, container: { name: 'b' }, env: {}, hostname: 'b' });
    expect(bare.ok && bare.plan.exit).toEqual({ at: 0, code: 0 });
    const cmd = startProcess({ image: busybox, container: { name: 'b', command: ['sh', '-c'], args: ['echo $(MSG) && exit 4'] }, env: { MSG: 'yo' }, hostname: 'b' });
    if (!cmd.ok) throw new Error('start failed');
    expect(cmd.plan.lines.map((l) => l.text)).toEqual(['yo']);
    expect(cmd.plan.exit?.code).toBe(4);
  });
  it('http-echo answers with -text; it has no shell', () => {
    const r = startProcess({ image: echo, container: { name: 'e', args: ['-text=hello'] }, env: {}, hostname: 'e' });
    expect(r.ok && r.plan.listen).toEqual({ port: 5678, protocol: 'http', body: 'hello\n', anyPath: true });
    const sh = startProcess({ image: echo, container: { name: 'e', command: ['sh', '-c', 'echo'] }, env: {}, hostname: 'e' });
    expect(sh.ok).toBe(false);
  });
  it('mysql without a root password exits 1', () => {
    const r = startProcess({ image: mysql, container: { name: 'db' }, env: {}, hostname: 'db' });
    expect(r.ok && r.plan.exit?.code).toBe(1);
    const withPw = startProcess({ image: mysql, container: { name: 'db' }, env: { MYSQL_ROOT_PASSWORD: 'x' }, hostname: 'db' });
    expect(withPw.ok && withPw.plan.exit).toBeUndefined();
  });
});
