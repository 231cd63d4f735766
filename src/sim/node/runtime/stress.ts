// polinux/stress (the image the Kubernetes docs' "Assign Memory Resources" task uses): `stress
// --vm N --vm-bytes B` allocates N×B of memory and keeps it (--vm-hang) or churns it; over the
// container's memory limit the kernel's OOM killer ends it (the kubelet reports OOMKilled, 137).
// Option parsing mirrors stress 1.0.4's main() (size suffixes b/k/m/g, 1024-based; --timeout).
import type { ProcessPlan } from './process-plan';

/** how long the workers take to touch all their pages: a few hundred ms for 250M */
const ALLOC_MS_PER_MIB = 2;

/** stress's size arguments: 250M, 1g, 512k, 100b or a plain byte count */
export function stressBytes(s: string): number | undefined {
  const m = /^(\d+)([bkmgBKMG]?)$/.exec(s);
  if (!m) return undefined;
  const mult = { '': 1, b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2].toLowerCase() as '' | 'b' | 'k' | 'm' | 'g'];
  return Number(m[1]) * mult;
}

/** stress's --timeout: 10, 10s, 5m, 1h */
function stressSeconds(s: string): number | undefined {
  const m = /^(\d+)([smhdy]?)$/.exec(s);
  if (!m) return undefined;
  return Number(m[1]) * { '': 1, s: 1, m: 60, h: 3600, d: 86400, y: 31536000 }[m[2] as '' | 's' | 'm' | 'h' | 'd' | 'y'];
}

export function runStress(args: string[]): ProcessPlan {
  const hogs = { cpu: 0, io: 0, vm: 0, hdd: 0 };
  let vmBytes = 256 * 1024 ** 2;
  let timeout: number | undefined;
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i].split('=', 2);
    const value = (): string => inline ?? args[++i] ?? '';
    if (flag === '--cpu' || flag === '-c') hogs.cpu = Number(value()) || 0;
    else if (flag === '--io' || flag === '-i') hogs.io = Number(value()) || 0;
    else if (flag === '--vm' || flag === '-m') hogs.vm = Number(value()) || 0;
    else if (flag === '--hdd' || flag === '-d') hogs.hdd = Number(value()) || 0;
    else if (flag === '--vm-bytes') vmBytes = stressBytes(value()) ?? vmBytes;
    else if (flag === '--timeout' || flag === '-t') timeout = stressSeconds(value());
    else if (flag === '--vm-hang' || flag === '--vm-stride' || flag === '--hdd-bytes' || flag === '--backoff') value();
  }
  const lines = [{ at: 5, text: `stress: info: [1] dispatching hogs: ${hogs.cpu} cpu, ${hogs.io} io, ${hogs.vm} vm, ${hogs.hdd} hdd` }];
  const total = hogs.vm * vmBytes;
  const plan: ProcessPlan = { lines, stopMs: 0 };
  if (total > 0) plan.memory = { bytes: total, at: 10 + Math.round((total / 1024 ** 2) * ALLOC_MS_PER_MIB) };
  if (hogs.cpu + hogs.io + hogs.vm + hogs.hdd === 0) {
    // no hogs: stress prints its usage and stops
    return { lines: [{ at: 5, text: "`stress' imposes certain types of compute stress on your system" }], exit: { at: 10, code: 0 }, stopMs: 0 };
  }
  if (timeout !== undefined) {
    const at = timeout * 1000;
    lines.push({ at, text: `stress: info: [1] successful run completed in ${timeout}s` });
    plan.exit = { at, code: 0 };
  }
  return plan;
}
