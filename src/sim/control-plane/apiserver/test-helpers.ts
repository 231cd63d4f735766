// Shared fixtures for the api-server's tests.
import { Clock, Rng } from '../../clock';
import type { KubeObject } from '../../api/types';
import { ApiServer } from './apiserver';

export function newServer(seed: number | string = 1): { api: ApiServer; clock: Clock } {
  const clock = new Clock();
  return { api: new ApiServer({ clock, rng: new Rng(seed) }), clock };
}

export function errOf(fn: () => unknown): { code: number; reason: string; message: string } {
  try {
    fn();
  } catch (e) {
    return (e as { status: { code: number; reason: string; message: string } }).status;
  }
  throw new Error('expected an error');
}

export function pod(name: string, extra: Record<string, unknown> = {}, containers: unknown[] = [{ name: 'app', image: 'nginx:1.27' }]): KubeObject {
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name, labels: { app: 'web' } }, spec: { containers, ...extra } };
}

export function deployment(name: string, spec: Record<string, unknown> = {}): KubeObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name },
    spec: {
      selector: { matchLabels: { app: name } },
      template: { metadata: { labels: { app: name } }, spec: { containers: [{ name: 'app', image: 'nginx' }] } },
      ...spec,
    },
  };
}

export function service(name: string, spec: Record<string, unknown> = {}): KubeObject {
  return { apiVersion: 'v1', kind: 'Service', metadata: { name }, spec: { selector: { app: name }, ports: [{ port: 80 }], ...spec } };
}
