// The Job controller: runs pods to `completions` successes, `parallelism` at a time; failed pods are
// replaced after a back-off (10s doubling, capped at 6 minutes) until backoffLimit failures fail the Job.
// mirrors pkg/controller/job/job_controller.go (syncJob, manageJob) and backoff_utils.go
import type { Job, JobCondition, JobStatus } from 'kubernetes-types/batch/v1';
import type { Pod } from 'kubernetes-types/core/v1';
import { R } from '../../../api/resources';
import { fromRFC3339 } from '../../../clock';
import type { Informer, K } from '../informer';
import { controllerUid, keyOf } from '../informer';
import { WorkQueue, type SyncResult } from '../queue';
import { controllerRef, isPodReady, ownerRefFor } from '../pod-utils';
import type { ControllerDeps } from '../manager';

const SOURCE = { component: 'job-controller' };
const BACKOFF_BASE_MS = 10_000;
const BACKOFF_MAX_MS = 360_000;

export class JobController {
  readonly jobs: Informer<K<Job>>;
  private readonly pods: Informer<K<Pod>>;
  private readonly queue: WorkQueue;

  constructor(private readonly deps: ControllerDeps) {
    this.jobs = deps.informers.for<K<Job>>(R.jobs);
    this.pods = deps.informers.for<K<Pod>>(R.pods);
    this.pods.addIndex('controller', controllerUid);
    this.queue = new WorkQueue(deps.clock, 'job', (key) => this.sync(key), 20);
    this.jobs.onEvent((type, job, old) => {
      if (type !== 'DELETED' && (!old || old.metadata.generation !== job.metadata.generation)) this.queue.enqueue(keyOf(job));
    });
    this.pods.onEvent((_t, pod) => {
      const ref = controllerRef(pod);
      if (ref?.kind === 'Job') this.queue.enqueue(`${pod.metadata.namespace}/${ref.name}`);
    });
  }

  private sync(key: string): SyncResult | void {
    const job = this.jobs.get(key);
    if (!job || job.metadata.deletionTimestamp) return;
    if ((job.status?.conditions ?? []).some((c) => (c.type === 'Complete' || c.type === 'Failed') && c.status === 'True')) return;
    const { api, clock, record } = this.deps;
    const ns = job.metadata.namespace!;
    const now = clock.now();
    const spec = job.spec!;
    const completions = spec.completions ?? 1;
    const parallelism = spec.parallelism ?? 1;
    const backoffLimit = spec.backoffLimit ?? 6;
    const pods = this.pods.byIndex('controller', job.metadata.uid!);
    const active = pods.filter((p) => p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed' && !p.metadata.deletionTimestamp);
    const succeeded = pods.filter((p) => p.status?.phase === 'Succeeded').length;
    const failedPods = pods.filter((p) => p.status?.phase === 'Failed');
    const failed = failedPods.length;
    const status: JobStatus = { ...job.status, startTime: job.status?.startTime ?? clock.nowRFC3339() };
    const conditions: JobCondition[] = [...(status.conditions ?? [])];
    const cond = (type: string, reason: string, message: string): JobCondition => ({ type, status: 'True', lastProbeTime: clock.nowRFC3339(), lastTransitionTime: clock.nowRFC3339(), reason, message });
    let requeue: number | undefined;
    if (failed > backoffLimit) {
      for (const p of active) this.deletePod(p);
      conditions.push(cond('FailureTarget', 'BackoffLimitExceeded', 'Job has reached the specified backoff limit'), cond('Failed', 'BackoffLimitExceeded', 'Job has reached the specified backoff limit'));
      record(job, 'Warning', 'BackoffLimitExceeded', 'Job has reached the specified backoff limit', SOURCE);
    } else if (succeeded >= completions) {
      for (const p of active) this.deletePod(p);
      conditions.push(cond('SuccessCriteriaMet', 'CompletionsReached', 'Reached expected number of succeeded pods'), cond('Complete', 'CompletionsReached', 'Reached expected number of succeeded pods'));
      status.completionTime = clock.nowRFC3339();
      record(job, 'Normal', 'Completed', 'Job completed', SOURCE);
    } else {
      const want = Math.min(parallelism, completions - succeeded);
      // back-off after failures: 10s, 20s, 40s … from the last failure
      const lastFailure = Math.max(0, ...failedPods.map((p) => finishedAt(p)));
      const wait = failed > 0 ? Math.min(BACKOFF_BASE_MS * 2 ** (failed - 1), BACKOFF_MAX_MS) - (now - lastFailure) : 0;
      if (active.length < want && wait > 0) requeue = wait;
      else for (let i = active.length; i < want; i++) this.createPod(job);
    }
    status.active = active.length || undefined;
    status.succeeded = succeeded || undefined;
    status.failed = failed || undefined;
    status.ready = active.filter(isPodReady).length;
    status.terminating = pods.filter((p) => p.metadata.deletionTimestamp).length;
    status.uncountedTerminatedPods = {};
    if (conditions.length) status.conditions = conditions;
    try {
      api.updateStatus(R.jobs, ns, { ...job, status });
    } catch {
      return { requeueAfter: 200 };
    }
    return requeue !== undefined ? { requeueAfter: requeue } : undefined;
  }

  private createPod(job: K<Job>): void {
    const t = job.spec?.template ?? {};
    try {
      const pod = this.deps.api.create(R.pods, job.metadata.namespace, {
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { generateName: `${job.metadata.name}-`, namespace: job.metadata.namespace, labels: { ...(t.metadata?.labels ?? {}) }, ownerReferences: [ownerRefFor(job)] },
        spec: t.spec ?? { containers: [] }, // create() makes its own copy
      });
      this.deps.record(job, 'Normal', 'SuccessfulCreate', `Created pod: ${pod.metadata.name}`, SOURCE);
    } catch (e) {
      this.deps.record(job, 'Warning', 'FailedCreate', `Error creating: ${(e as Error).message}`, SOURCE);
    }
  }

  private deletePod(p: K<Pod>): void {
    try {
      this.deps.api.delete(R.pods, p.metadata.namespace, p.metadata.name!);
    } catch {
      // gone
    }
  }
}

function finishedAt(p: Pod): number {
  const times = (p.status?.containerStatuses ?? []).map((c) => c.state?.terminated?.finishedAt).filter((x): x is string => !!x);
  return times.length ? Math.max(...times.map(fromRFC3339)) : 0;
}
