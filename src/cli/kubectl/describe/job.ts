// `kubectl describe job|cronjob`: mirrors describe.go describeJob and describeCronJob.
import type { Event, KubeObject } from '../../../sim/api/types';
import { formatLabelSelector } from '../printers/table';
import { humanDuration } from '../printers/duration';
import { describePodTemplate } from './deployment';
import { describeEvents } from './events';
import { PrefixWriter, printAnnotationsMultiline, printLabelsMultiline, rfc1123z } from './writer';

interface JobLike extends KubeObject {
  spec?: {
    parallelism?: number;
    completions?: number;
    completionMode?: string;
    suspend?: boolean;
    backoffLimit?: number;
    activeDeadlineSeconds?: number;
    ttlSecondsAfterFinished?: number;
    selector?: Parameters<typeof formatLabelSelector>[0];
    template?: Parameters<typeof describePodTemplate>[0];
  };
  status?: { startTime?: string; completionTime?: string; active?: number; ready?: number; succeeded?: number; failed?: number };
}

/** `pods`: the job's pods, for the Pods Statuses line */
export function describeJob(obj: KubeObject, events: Event[] | undefined, now: number): string {
  const job = obj as JobLike;
  const spec = job.spec ?? {};
  const st = job.status ?? {};
  const w = new PrefixWriter();
  w.write(0, `Name:\t${job.metadata.name}\n`);
  w.write(0, `Namespace:\t${job.metadata.namespace}\n`);
  w.write(0, `Selector:\t${formatLabelSelector(spec.selector)}\n`);
  printLabelsMultiline(w, 'Labels', job.metadata.labels);
  printAnnotationsMultiline(w, 'Annotations', job.metadata.annotations);
  const controller = (job.metadata.ownerReferences ?? []).find((o) => o.controller);
  if (controller) w.write(0, `Controlled By:\t${controller.kind}/${controller.name}\n`);
  w.write(0, `Parallelism:\t${spec.parallelism ?? '<unset>'}\n`);
  w.write(0, `Completions:\t${spec.completions ?? '<unset>'}\n`);
  w.write(0, `Completion Mode:\t${spec.completionMode ?? 'NonIndexed'}\n`);
  w.write(0, `Suspend:\t${spec.suspend === true}\n`);
  w.write(0, `Backoff Limit:\t${spec.backoffLimit ?? 6}\n`);
  if (spec.ttlSecondsAfterFinished !== undefined) w.write(0, `TTL Seconds After Finished:\t${spec.ttlSecondsAfterFinished}\n`);
  if (st.startTime) w.write(0, `Start Time:\t${rfc1123z(st.startTime)}\n`);
  if (st.completionTime) w.write(0, `Completed At:\t${rfc1123z(st.completionTime)}\n`);
  if (st.startTime && st.completionTime) w.write(0, `Duration:\t${humanDuration(Date.parse(st.completionTime) - Date.parse(st.startTime))}\n`);
  if (spec.activeDeadlineSeconds !== undefined) w.write(0, `Active Deadline Seconds:\t${spec.activeDeadlineSeconds}s\n`);
  const ready = st.ready !== undefined ? ` (${st.ready} Ready)` : '';
  w.write(0, `Pods Statuses:\t${st.active ?? 0} Active${ready} / ${st.succeeded ?? 0} Succeeded / ${st.failed ?? 0} Failed\n`);
  describePodTemplate(spec.template, w);
  if (events) describeEvents(events, w, now);
  return w.toString();
}

interface CronJobLike extends KubeObject {
  spec?: {
    schedule?: string;
    timeZone?: string;
    concurrencyPolicy?: string;
    suspend?: boolean;
    successfulJobsHistoryLimit?: number;
    failedJobsHistoryLimit?: number;
    startingDeadlineSeconds?: number;
    jobTemplate?: JobLike;
  };
  status?: { lastScheduleTime?: string; active?: Array<{ name?: string }> };
}

const unset = (v: unknown) => (v === undefined || v === null ? '<unset>' : String(v));

export function describeCronJob(obj: KubeObject, events: Event[] | undefined, now: number): string {
  const cj = obj as CronJobLike;
  const spec = cj.spec ?? {};
  const w = new PrefixWriter();
  w.write(0, `Name:\t${cj.metadata.name}\n`);
  w.write(0, `Namespace:\t${cj.metadata.namespace}\n`);
  printLabelsMultiline(w, 'Labels', cj.metadata.labels);
  printAnnotationsMultiline(w, 'Annotations', cj.metadata.annotations);
  w.write(0, `Schedule:\t${spec.schedule ?? ''}\n`);
  if (spec.timeZone) w.write(0, `Time Zone:\t${spec.timeZone}\n`);
  w.write(0, `Concurrency Policy:\t${spec.concurrencyPolicy ?? 'Allow'}\n`);
  w.write(0, `Suspend:\t${spec.suspend === true ? 'True' : 'False'}\n`);
  w.write(0, `Successful Job History Limit:\t${unset(spec.successfulJobsHistoryLimit)}\n`);
  w.write(0, `Failed Job History Limit:\t${unset(spec.failedJobsHistoryLimit)}\n`);
  w.write(0, `Starting Deadline Seconds:\t${spec.startingDeadlineSeconds !== undefined ? `${spec.startingDeadlineSeconds}s` : '<unset>'}\n`);
  const jt = spec.jobTemplate?.spec ?? {};
  w.write(0, `Selector:\t${jt.selector ? formatLabelSelector(jt.selector) : '<unset>'}\n`);
  w.write(0, `Parallelism:\t${unset(jt.parallelism)}\n`);
  w.write(0, `Completions:\t${unset(jt.completions)}\n`);
  if (jt.activeDeadlineSeconds !== undefined) w.write(0, `Active Deadline Seconds:\t${jt.activeDeadlineSeconds}s\n`);
  describePodTemplate(jt.template, w);
  const st = cj.status ?? {};
  w.write(0, `Last Schedule Time:\t${st.lastScheduleTime ? rfc1123z(st.lastScheduleTime) : '<unset>'}\n`);
  const active = (st.active ?? []).map((a) => a.name).filter(Boolean);
  w.write(0, `Active Jobs:\t${active.length ? active.join(', ') : '<none>'}\n`);
  if (events) describeEvents(events, w, now);
  return w.toString();
}
