// AKS node auto-repair (azure-aks-docs node-auto-repair.md): a node NotReady for 5 minutes in a row is
// rebooted; if it is still NotReady 10 minutes after the reboot, it is reimaged. Events
// NodeRebootStart/End and NodeReimageStart/End on the Node. Opt-in (AksCluster.setAutoRepair) so the
// fault palette's stopped node stays stopped unless a lesson asks for AKS's repair.
import { startKubelet } from '../node/kubelet/heartbeat';
import { fromRFC3339 } from '../clock';
import { event, nodeOf, type VmssDeps } from './vmss';

export const REPAIR_CHECK_MS = 60_000;
export const UNHEALTHY_MS = 5 * 60_000;
export const REBOOT_MS = 2 * 60_000;
export const REIMAGE_AFTER_MS = 10 * 60_000;

interface Condition {
  type: string;
  status: string;
  lastTransitionTime?: string;
}

/** since when the node has not been Ready, or undefined when it is Ready */
export function notReadySince(d: VmssDeps, name: string): number | undefined {
  const node = nodeOf(d, name);
  const conds = ((node?.status as { conditions?: Condition[] } | undefined)?.conditions ?? []);
  const ready = conds.find((c) => c.type === 'Ready');
  if (!ready || ready.status === 'True') return undefined;
  return ready.lastTransitionTime ? fromRFC3339(ready.lastTransitionTime) : d.clock.now();
}

export class AutoRepair {
  enabled = false;
  /** node → when its reboot started */
  private readonly rebooted = new Map<string, number>();

  constructor(private readonly d: VmssDeps, private readonly running: () => string[], private readonly reimage: (name: string) => void) {
    d.clock.on('aks-repair', (key) => this.fire(key));
  }

  enable(on: boolean): void {
    if (on && !this.enabled) this.d.clock.after(REPAIR_CHECK_MS, 'aks-repair', 'check');
    this.enabled = on;
  }

  private fire(key: string): void {
    if (!this.enabled) return;
    const [what, name] = key.split('|');
    const now = this.d.clock.now();
    if (what === 'reboot') {
      startKubelet(this.d.kubelets, name);
      event(this.d, name, 'Normal', 'NodeRebootEnd', `Node auto-repair finished rebooting node ${name}`);
      return;
    }
    for (const n of this.running()) {
      const since = notReadySince(this.d, n);
      if (since === undefined) {
        this.rebooted.delete(n);
        continue;
      }
      const rebootAt = this.rebooted.get(n);
      if (rebootAt === undefined && now - since >= UNHEALTHY_MS) {
        this.rebooted.set(n, now);
        event(this.d, n, 'Normal', 'NodeRebootStart', `Node auto-repair is rebooting node ${n}: it has been NotReady for more than 5 minutes`);
        this.d.clock.after(REBOOT_MS, 'aks-repair', `reboot|${n}`);
      } else if (rebootAt !== undefined && now - rebootAt >= REIMAGE_AFTER_MS) {
        this.rebooted.delete(n);
        event(this.d, n, 'Normal', 'NodeReimageStart', `Node auto-repair is reimaging node ${n}: it is still NotReady after a reboot`);
        this.reimage(n);
      }
    }
    this.d.clock.after(REPAIR_CHECK_MS, 'aks-repair', 'check');
  }
}
