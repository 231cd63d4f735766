// Objects kubectl's imperative commands build (`kubectl run`, `kubectl create deployment`), in Go's
// struct field order so `--dry-run=client -o json` matches; -o yaml sorts keys anyway.
// mirrors kubectl/pkg/cmd/run/run.go and kubectl/pkg/cmd/create/create_deployment.go
import type { KubeObject } from '../../sim/api/types';

/** create deployment's container names: the image's last path segment without tag or digest, `_`→`-`, de-duplicated */
export function containerNamesFor(images: string[]): string[] {
  const seen = new Map<string, number>();
  return images.map((image) => {
    let name = image.split('/').pop() ?? image;
    name = name.split(':')[0].split('@')[0].replace(/_/g, '-');
    const n = seen.get(name) ?? 0;
    seen.set(name, n + 1);
    return n === 0 ? name : `${name}-${n}`;
  });
}

export function deploymentFor(name: string, images: string[], replicas: number, port?: number): KubeObject {
  const labels = { app: name };
  const names = containerNamesFor(images);
  const containers = images.map((image, i) => ({ name: names[i], image, ...(port !== undefined ? { ports: [{ containerPort: port }] } : {}), resources: {} }));
  return {
    kind: 'Deployment',
    apiVersion: 'apps/v1',
    metadata: { name, creationTimestamp: null as unknown as string, labels },
    spec: { replicas, selector: { matchLabels: labels }, template: { metadata: { creationTimestamp: null, labels }, spec: { containers } }, strategy: {} },
    status: {},
  };
}

export interface RunOptions {
  image: string;
  labels?: Record<string, string>;
  port?: number;
  env?: Array<{ name: string; value: string }>;
  restart: string;
  /** with --command the words after `--` are the command, else the args */
  command?: string[];
  args?: string[];
}

export function podFor(name: string, o: RunOptions): KubeObject {
  const container: Record<string, unknown> = { name, image: o.image };
  if (o.command) container.command = o.command;
  if (o.args) container.args = o.args;
  if (o.port !== undefined) container.ports = [{ containerPort: o.port }];
  if (o.env && o.env.length > 0) container.env = o.env;
  container.resources = {};
  return {
    kind: 'Pod',
    apiVersion: 'v1',
    metadata: { name, creationTimestamp: null as unknown as string, labels: o.labels ?? { run: name } },
    spec: { containers: [container], restartPolicy: o.restart, dnsPolicy: 'ClusterFirst' },
    status: {},
  };
}
