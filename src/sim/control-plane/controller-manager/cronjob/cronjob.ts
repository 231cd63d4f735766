// The CronJob controller: at each schedule time, a Job named `<cronjob>-<minutes since epoch>`;
// concurrencyPolicy Allow / Forbid / Replace; finished Jobs trimmed to the history limits.
// mirrors pkg/controller/cronjob/cronjob_controllerv2.go (syncCronJob, cleanupFinishedJobs) and utils.go
import type { CronJob, CronJobStatus, Job } from 'kubernetes-types/batch/v1';
import type { ObjectReference } from 'kubernetes-types/core/v1';
import { R } from '../../../api/resources';
import { fromRFC3339, toRFC3339 } from '../../../clock';
import type { Informer, K } from '../informer';
import { controllerUid, keyOf } from '../informer';
import { WorkQueue, type SyncResult } from '../queue';
import { controllerRef, ownerRefFor } from '../pod-utils';
import type { ControllerDeps } from '../manager';
import { nextAfter, parseSchedule, timesBetween } from './schedule';

const SOURCE = { component: 'cronjob-controller' };

function finished(j: Job): string | undefined {
  return (j.status?.conditions ?? []).find((c) => (c.type === 'Complete' || c.type === 'Failed') && c.status === 'True')?.type;
}

export class CronJobController {
  readonly cronjobs: Informer<K<CronJob>>;
  private readonly jobs: Informer<K<Job>>;
  private readonly queue: WorkQueue;
  /** jobs already reported with SawCompletedJob */
  private readonly seen = new Set<string>();

  constructor(private readonly deps: ControllerDeps) {
    this.cronjobs = deps.informers.for<K<CronJob>>(R.cronjobs);
    this.jobs = deps.informers.for<K<Job>>(R.jobs);
    this.jobs.addIndex('controller', controllerUid);
    this.queue = new WorkQueue(deps.clock, 'cronjob', (key) => this.sync(key), 30);
    this.cronjobs.onEvent((type, cj, old) => {
      if (type !== 'DELETED' && (!old || old.metadata.generation !== cj.metadata.generation)) this.queue.enqueue(keyOf(cj));
    });
    this.jobs.onEvent((_t, job) => {
      const ref = controllerRef(job);
      if (ref?.kind === 'CronJob') this.queue.enqueue(`${job.metadata.namespace}/${ref.name}`);
    });
  }

  private sync(key: string): SyncResult | void {
    const cj = this.cronjobs.get(key);
    if (!cj || cj.metadata.deletionTimestamp) return;
    const { api, clock, record } = this.deps;
    const ns = cj.metadata.namespace!;
    const now = clock.now();
    const spec = cj.spec!;
    const owned = this.jobs.byIndex('controller', cj.metadata.uid!);
    const status: CronJobStatus = { ...cj.status };
    for (const j of owned) {
      const done = finished(j);
      if (done && !this.seen.has(j.metadata.uid!)) {
        this.seen.add(j.metadata.uid!);
        record(cj, 'Normal', 'SawCompletedJob', `Saw completed job: ${j.metadata.name}, condition: ${done}`, SOURCE);
        if (done === 'Complete' && j.status?.completionTime) status.lastSuccessfulTime = j.status.completionTime;
      }
    }
    let active = owned.filter((j) => !finished(j) && !j.metadata.deletionTimestamp);
    this.cleanup(cj, owned);
    let requeue: number | undefined;
    let schedule;
    try {
      schedule = parseSchedule(spec.schedule);
    } catch (e) {
      record(cj, 'Warning', 'UnparseableSchedule', `unparseable schedule: "${spec.schedule}" : ${(e as Error).message}`, SOURCE);
      return;
    }
    if (!spec.suspend) {
      let earliest = fromRFC3339(status.lastScheduleTime ?? cj.metadata.creationTimestamp ?? toRFC3339(now));
      if (spec.startingDeadlineSeconds !== undefined) earliest = Math.max(earliest, now - spec.startingDeadlineSeconds * 1000);
      const missed = timesBetween(schedule, earliest, now);
      if (missed.length > 100) {
        record(cj, 'Warning', 'TooManyMissedTimes', 'too many missed start times. Set or decrease .spec.startingDeadlineSeconds or check clock skew', SOURCE);
      } else if (missed.length > 0) {
        const t = missed[missed.length - 1];
        const policy = spec.concurrencyPolicy ?? 'Allow';
        if (policy === 'Forbid' && active.length > 0) {
          record(cj, 'Normal', 'JobAlreadyActive', 'Not starting job because prior execution is running and concurrency policy is Forbid', SOURCE);
        } else {
          if (policy === 'Replace') {
            for (const j of active) this.deleteJob(cj, j);
            active = [];
          }
          const job = this.createJob(cj, t);
          if (job) active.push(job);
          status.lastScheduleTime = toRFC3339(t);
        }
      }
      const next = nextAfter(schedule, now);
      if (next !== undefined) requeue = next - now + 100;
    }
    status.active = active.length ? active.map((j): ObjectReference => ({ apiVersion: 'batch/v1', kind: 'Job', name: j.metadata.name, namespace: ns, uid: j.metadata.uid, resourceVersion: j.metadata.resourceVersion })) : undefined;
    try {
      api.updateStatus(R.cronjobs, ns, { ...cj, status });
    } catch {
      return { requeueAfter: 200 };
    }
    return requeue !== undefined ? { requeueAfter: requeue } : undefined;
  }

  private createJob(cj: K<CronJob>, t: number): K<Job> | undefined {
    const tpl = cj.spec!.jobTemplate;
    const name = `${cj.metadata.name}-${Math.floor(t / 60_000)}`;
    try {
      const job = this.deps.api.create(R.jobs, cj.metadata.namespace, {
        apiVersion: 'batch/v1',
        kind: 'Job',
        metadata: {
          name,
          namespace: cj.metadata.namespace,
          labels: { ...(tpl.metadata?.labels ?? {}) },
          annotations: { ...(tpl.metadata?.annotations ?? {}), 'batch.kubernetes.io/cronjob-scheduled-timestamp': toRFC3339(t) },
          ownerReferences: [ownerRefFor(cj)],
        },
        spec: structuredClone(tpl.spec ?? { template: {} }),
      }) as K<Job>;
      this.deps.record(cj, 'Normal', 'SuccessfulCreate', `Created job ${name}`, SOURCE);
      return job;
    } catch (e) {
      this.deps.record(cj, 'Warning', 'FailedCreate', `Error creating job: ${(e as Error).message}`, SOURCE);
      return undefined;
    }
  }

  private deleteJob(cj: K<CronJob>, j: K<Job>): void {
    try {
      this.deps.api.delete(R.jobs, j.metadata.namespace, j.metadata.name!, { propagationPolicy: 'Background' });
      this.deps.record(cj, 'Normal', 'SuccessfulDelete', `Deleted job ${j.metadata.name}`, SOURCE);
    } catch {
      // gone
    }
  }

  /** successfulJobsHistoryLimit (3) and failedJobsHistoryLimit (1): the oldest finished Jobs go */
  private cleanup(cj: K<CronJob>, owned: K<Job>[]): void {
    const byStart = (a: Job, b: Job) => (a.status?.startTime ?? '').localeCompare(b.status?.startTime ?? '');
    for (const [kind, limit] of [['Complete', cj.spec?.successfulJobsHistoryLimit ?? 3], ['Failed', cj.spec?.failedJobsHistoryLimit ?? 1]] as const) {
      const done = owned.filter((j) => finished(j) === kind && !j.metadata.deletionTimestamp).sort(byStart);
      for (const j of done.slice(0, Math.max(0, done.length - limit))) this.deleteJob(cj, j);
    }
  }
}
