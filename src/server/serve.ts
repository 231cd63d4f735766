// `kubeplay serve`: the simulated cluster as a Kubernetes HTTP API the real kubectl can use.
// Plain HTTP on 127.0.0.1, no auth; simulated time runs at `speed` × real time.
import { createServer } from 'node:http';
import { handleExecUpgrade } from './exec-ws';
import type { AddressInfo } from 'node:net';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCluster, type Cluster } from '../sim/cluster';
import { handle } from './handler';
import { buildOpenApiV3 } from './openapi';
import { unknownFields } from './field-validation';
import type { Ctx } from './resources-handler';
import { apiVersionOf } from '../sim/api/resources';

export interface ServeOptions {
  port?: number;
  host?: string;
  speed?: number;
  seed?: string | number;
  kubeconfigPath?: string;
  /** an existing cluster to serve (tests, benchmarks); default a fresh createCluster({ seed }) */
  cluster?: Cluster;
}

export interface Served {
  url: string;
  kubeconfig: string;
  cluster: Cluster;
  close(): Promise<void>;
}

/**
 * The kubeconfig `serve` writes. Plain HTTP: `insecure-skip-tls-verify` costs kubectl nothing and
 * lets clients that refuse http:// otherwise (@kubernetes/client-node) connect.
 */
export function kubeconfigYaml(url: string): string {
  return `apiVersion: v1
kind: Config
clusters:
- name: kubeplay
  cluster:
    server: ${url}
    insecure-skip-tls-verify: true
contexts:
- name: kubeplay
  context:
    cluster: kubeplay
    user: kubeplay
    namespace: default
current-context: kubeplay
users:
- name: kubeplay
  user: {}
`;
}

const TICK_MS = 100;

export async function serve(opts: ServeOptions = {}): Promise<Served> {
  const cluster = opts.cluster ?? createCluster({ seed: opts.seed ?? 1 });
  const openapi = await buildOpenApiV3();
  const ctx: Ctx = {
    api: cluster.api,
    now: () => cluster.clock.now(),
    unknownFields: (r, body) => {
      const def = openapi.kindSchema.get(`${apiVersionOf(r)}/${r.kind}`);
      return def ? unknownFields(body, openapi.schemas[def], openapi.schemas) : [];
    },
  };
  const server = createServer((req, res) => void handle(ctx, openapi, req, res));
  server.keepAliveTimeout = 30_000;
  // kubectl exec: a WebSocket upgrade (./exec-ws.ts); other upgrades (SPDY) are refused, and
  // kubectl does not fall back to them for exec against a server that speaks WebSocket
  server.on('upgrade', (req, socket) => {
    try {
      if (!handleExecUpgrade(cluster.api, req, socket)) socket.end('HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
    } catch {
      socket.destroy();
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => resolve());
  });
  const addr = server.address() as AddressInfo;
  const url = `http://${addr.family === 'IPv6' ? `[${addr.address}]` : addr.address}:${addr.port}`;
  const kubeconfig = opts.kubeconfigPath ?? join(tmpdir(), `kubeplay-${addr.port}.kubeconfig`);
  writeFileSync(kubeconfig, kubeconfigYaml(url));

  // the virtual clock follows real time × speed (speed 0 freezes it)
  const speed = opts.speed ?? 1;
  let last = performance.now();
  let carry = 0; // virtual time is whole milliseconds: the fraction waits for the next tick
  const timer =
    speed > 0
      ? setInterval(() => {
          const t = performance.now();
          const due = (t - last) * speed + carry;
          const whole = Math.floor(due);
          carry = due - whole;
          last = t;
          if (whole > 0) cluster.advance(whole);
        }, TICK_MS)
      : undefined;
  timer?.unref();

  return {
    url,
    kubeconfig,
    cluster,
    close: () =>
      new Promise<void>((resolve) => {
        if (timer) clearInterval(timer);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
