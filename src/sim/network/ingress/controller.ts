// ingress-nginx's status sync: every Ingress of a class whose controller is k8s.io/ingress-nginx
// gets the controller Service's load-balancer address in status.loadBalancer.ingress (what
// `--publish-service` does), so `kubectl get ingress` shows it under ADDRESS.
// mirrors ingress-nginx internal/ingress/status/status.go (runningAddresses, updateStatus)
import type { Service } from 'kubernetes-types/core/v1';
import type { Ingress, IngressClass } from 'kubernetes-types/networking/v1';
import { R } from '../../api/resources';
import type { Informer, K } from '../../control-plane/controller-manager/informer';
import type { ControllerDeps } from '../../control-plane/controller-manager/manager';
import { WorkQueue } from '../../control-plane/controller-manager/queue';
import { INGRESS_CONTROLLER, INGRESS_NAMESPACE, INGRESS_SERVICE } from './addon';

/** the controller's status sync runs a moment after a change (leader election, resync) */
const SYNC_DELAY_MS = 3_000;

export class IngressNginxController {
  readonly ingresses: Informer<K<Ingress>>;
  readonly classes: Informer<K<IngressClass>>;
  private readonly services: Informer<K<Service>>;
  private readonly queue: WorkQueue;

  constructor(private readonly deps: ControllerDeps) {
    this.ingresses = deps.informers.for<K<Ingress>>(R.ingresses);
    this.classes = deps.informers.for<K<IngressClass>>(R.ingressclasses);
    this.services = deps.informers.for<K<Service>>(R.services);
    this.queue = new WorkQueue(deps.clock, 'ingress-nginx', (key) => this.sync(key), SYNC_DELAY_MS);
    this.ingresses.onEvent((type, ing, old) => {
      if (type !== 'DELETED' && (type === 'ADDED' || ing.spec !== old?.spec)) this.queue.enqueue(`${ing.metadata.namespace}/${ing.metadata.name}`);
    });
    this.services.onEvent((_type, svc) => {
      if (svc.metadata.namespace === INGRESS_NAMESPACE && svc.metadata.name === INGRESS_SERVICE) for (const i of this.ingresses.list()) this.queue.enqueue(`${i.metadata.namespace}/${i.metadata.name}`);
    });
  }

  /** whether this controller serves the Ingress (its class names k8s.io/ingress-nginx) */
  serves(ing: Ingress): boolean {
    const cls = ing.spec?.ingressClassName ?? ing.metadata?.annotations?.['kubernetes.io/ingress.class'];
    return !!cls && this.classes.get(cls)?.spec?.controller === INGRESS_CONTROLLER;
  }

  /** the Ingresses this controller routes, for the pod network */
  served(): Ingress[] {
    return this.ingresses.list().filter((i) => this.serves(i));
  }

  /** generations already announced with a Sync event (by uid) */
  private readonly announced = new Map<string, number>();

  private sync(key: string): void {
    const ing = this.ingresses.get(key);
    if (!ing || !this.serves(ing)) return;
    const gen = ing.metadata.generation ?? 1;
    if (this.announced.get(ing.metadata.uid!) !== gen) {
      this.announced.set(ing.metadata.uid!, gen);
      this.deps.record(ing, 'Normal', 'Sync', 'Scheduled for sync', { component: 'nginx-ingress-controller' });
    }
    const svc = this.services.get(`${INGRESS_NAMESPACE}/${INGRESS_SERVICE}`);
    const want = (svc?.status?.loadBalancer?.ingress ?? []).map((i) => ({ ip: i.ip }));
    const have = ing.status?.loadBalancer?.ingress ?? [];
    if (JSON.stringify(have) === JSON.stringify(want)) return;
    try {
      this.deps.api.updateStatus(R.ingresses, ing.metadata.namespace, { ...ing, status: { loadBalancer: want.length ? { ingress: want } : {} } });
    } catch {
      this.queue.enqueue(key, 1_000);
    }
  }
}
