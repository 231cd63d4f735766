// The kubelet's timings and messages as data: how long each lifecycle step takes and what it
// says. Delays are virtual ms; `jitter` is a fraction drawn from the seeded rng (kwok-style stages).
// Messages mirror pkg/kubelet/events/event.go, images/image_manager.go and kuberuntime_container.go (v1.32).

export interface StageTiming {
  delayMs: number;
  jitter: number;
}

export const TIMING = {
  /** pod seen bound → first status (pod workers) */
  admit: { delayMs: 40, jitter: 0.5 },
  /** RunPodSandbox: pause container + CNI → pod IP */
  sandbox: { delayMs: 700, jitter: 0.4 },
  /** image present (IfNotPresent) → Pulled "already present" */
  imageCheck: { delayMs: 30, jitter: 0.5 },
  /** pullPolicy Always with the image on the node: the registry only confirms the digest */
  digestCheck: { delayMs: 450, jitter: 0.4 },
  /** Pulled → Created */
  create: { delayMs: 120, jitter: 0.5 },
  /** Created → Started */
  start: { delayMs: 90, jitter: 0.5 },
  /** ErrImagePull → ImagePullBackOff */
  pullBackOffReport: { delayMs: 1500, jitter: 0.3 },
  /** a container that exited, before its first (immediate) restart */
  firstRestart: { delayMs: 1000, jitter: 0.3 },
} as const satisfies Record<string, StageTiming>;

/** CrashLoopBackOff and ImagePullBackOff: 10s doubling, capped at 5 minutes (pkg/kubelet/kubelet.go) */
export const BACKOFF_INITIAL_MS = 10_000;
export const BACKOFF_MAX_MS = 300_000;
/** a container that ran this long without trouble starts its back-off afresh */
export const BACKOFF_RESET_MS = 600_000;
/** node status report period (nodeStatusReportFrequency) */
export const NODE_STATUS_PERIOD_MS = 5 * 60_000;

export const MSG = {
  pulling: (image: string) => `Pulling image "${image}"`,
  pulled: (image: string, took: string, size: number) => `Successfully pulled image "${image}" in ${took} (${took} including waiting). Image size: ${size} bytes.`,
  present: (image: string) => `Container image "${image}" already present on machine`,
  pullFailed: (image: string, why: string) => `Failed to pull image "${image}": ${why}`,
  pullBackOff: (image: string) => `Back-off pulling image "${image}"`,
  error: (reason: string) => `Error: ${reason}`,
  created: (name: string) => `Created container: ${name}`,
  started: (name: string) => `Started container ${name}`,
  killing: (name: string) => `Stopping container ${name}`,
  crashBackOffEvent: (name: string, pod: string, ns: string, uid: string) => `Back-off restarting failed container ${name} in pod ${pod}_${ns}(${uid})`,
  crashBackOffWaiting: (delay: string, name: string, pod: string, ns: string, uid: string) => `back-off ${delay} restarting failed container=${name} pod=${pod}_${ns}(${uid})`,
  imagePullBackOffWaiting: (image: string, why: string) => `Back-off pulling image "${image}": ErrImagePull: ${why}`,
};

/** Go's Duration.String for whole seconds, as back-off messages print them: 10s, 1m20s, 5m0s */
export function goSeconds(ms: number): string {
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s}s` : `${Math.floor(s / 60)}m${s % 60}s`;
}
