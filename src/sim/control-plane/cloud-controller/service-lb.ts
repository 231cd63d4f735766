// cloud-controller-manager's service controller, as AKS runs it: a Service of type LoadBalancer
// shows EXTERNAL-IP <pending> while Azure creates a public IP and a load-balancer rule, then gets
// that IP in status.loadBalancer.ingress; turning the Service into another type removes them again.
// mirrors staging/src/k8s.io/cloud-provider/controllers/service/controller.go (syncLoadBalancerIfNeeded,
// its EnsuringLoadBalancer / EnsuredLoadBalancer / DeletingLoadBalancer / DeletedLoadBalancer events)
import type { Service } from 'kubernetes-types/core/v1';
import { R } from '../../api/resources';
import type { ControllerDeps } from '../controller-manager/manager';
import { keyOf, splitKey, type Informer, type K } from '../controller-manager/informer';
import { WorkQueue } from '../controller-manager/queue';

const SOURCE = { component: 'service-controller' };
/** how long Azure takes to give a new load balancer its public IP: 15–40 s, seeded */
const PROVISION_MS = [15_000, 40_000] as const;

function wantsLoadBalancer(svc: K<Service>): boolean {
  return svc.spec?.type === 'LoadBalancer' && !svc.metadata.deletionTimestamp;
}

export class ServiceLoadBalancerController {
  private readonly services: Informer<K<Service>>;
  private readonly queue: WorkQueue;
  /** when each Service's load balancer will be ready (provisioning under way) */
  private readonly provisioning = new Map<string, number>();
  private readonly used = new Set<string>();

  constructor(private readonly deps: ControllerDeps) {
    this.services = deps.informers.for<K<Service>>(R.services);
    this.queue = new WorkQueue(deps.clock, 'service-lb', (key) => this.sync(key), 50);
    this.services.onEvent((type, svc, old) => {
      if (type === 'DELETED') {
        for (const i of svc.status?.loadBalancer?.ingress ?? []) if (i.ip) this.used.delete(i.ip);
        if (svc.spec?.type === 'LoadBalancer') deps.record(svc, 'Normal', 'DeletingLoadBalancer', 'Deleting load balancer', SOURCE);
        this.provisioning.delete(keyOf(svc));
        return;
      }
      if (wantsLoadBalancer(svc) || (old && old.spec?.type === 'LoadBalancer') || svc.status?.loadBalancer?.ingress?.length) this.queue.enqueue(keyOf(svc));
    });
  }

  /** a public IP of the kind AKS hands out (20.x.x.x), drawn from the seeded RNG and never reused */
  private publicIP(): string {
    for (;;) {
      const ip = `20.${40 + this.deps.rng.int(200)}.${this.deps.rng.int(256)}.${1 + this.deps.rng.int(254)}`;
      if (!this.used.has(ip)) {
        this.used.add(ip);
        return ip;
      }
    }
  }

  private sync(key: string): { requeueAfter: number } | void {
    const svc = this.services.get(key);
    if (!svc) return;
    const { api, clock, rng, record } = this.deps;
    const { namespace } = splitKey(key);
    const ingress = svc.status?.loadBalancer?.ingress ?? [];
    if (!wantsLoadBalancer(svc)) {
      this.provisioning.delete(key);
      if (ingress.length === 0) return;
      record(svc, 'Normal', 'DeletingLoadBalancer', 'Deleting load balancer', SOURCE);
      for (const i of ingress) if (i.ip) this.used.delete(i.ip);
      api.updateStatus(R.services, namespace, { ...svc, status: { ...svc.status, loadBalancer: {} } });
      record(svc, 'Normal', 'DeletedLoadBalancer', 'Deleted load balancer', SOURCE);
      return;
    }
    if (ingress.length > 0) return; // ensured already
    const readyAt = this.provisioning.get(key);
    if (readyAt === undefined) {
      record(svc, 'Normal', 'EnsuringLoadBalancer', 'Ensuring load balancer', SOURCE);
      const ms = PROVISION_MS[0] + rng.int(PROVISION_MS[1] - PROVISION_MS[0]);
      this.provisioning.set(key, clock.now() + ms);
      return { requeueAfter: ms };
    }
    if (clock.now() < readyAt) return { requeueAfter: readyAt - clock.now() };
    this.provisioning.delete(key);
    const ip = this.publicIP();
    api.updateStatus(R.services, namespace, { ...svc, status: { ...svc.status, loadBalancer: { ingress: [{ ip, ipMode: 'VIP' }] } } } as never);
    record(svc, 'Normal', 'EnsuredLoadBalancer', 'Ensured load balancer', SOURCE);
  }
}
