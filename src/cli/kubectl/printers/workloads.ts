// DaemonSets, StatefulSets, Jobs, CronJobs and PodDisruptionBudgets: mirrors printers.go printDaemonSet,
// printStatefulSet, printJob, printCronJob and printPodDisruptionBudget.
import type { DaemonSet, StatefulSet } from 'kubernetes-types/apps/v1';
import type { CronJob, Job } from 'kubernetes-types/batch/v1';
import type { PodDisruptionBudget } from 'kubernetes-types/policy/v1';
import type { KubeObject } from '../../../sim/api/types';
import { humanDuration, translateTimestampSince } from './duration';
import { AGE_COLUMN, col, containersAndImages, formatLabels, formatLabelSelector, NAME_COLUMN, type KindPrinter } from './table';

const age = (o: KubeObject, now: number) => translateTimestampSince(o.metadata.creationTimestamp as string | undefined, now);
const CONTAINERS = col('Containers', 'string', 'Names of each container in the template.', 1);
const IMAGES = col('Images', 'string', 'Images referenced by each container in the template.', 1);
const SELECTOR = col('Selector', 'string', 'A label query over pods that should match the replica count.', 1);

export const daemonSetPrinter: KindPrinter = {
  columns: [NAME_COLUMN, col('Desired', 'integer', 'The desired number of nodes that should be running the daemon pod.'), col('Current', 'integer', 'The number of nodes running at least one daemon pod.'), col('Ready', 'integer', 'The number of nodes that should be running the daemon pod and have one or more of the daemon pod running and ready.'), col('Up-to-date', 'integer', 'The total number of nodes that are running updated daemon pod'), col('Available', 'integer', 'The number of nodes that should be running the daemon pod and have one or more of the daemon pod running and available.'), col('Node Selector', 'string', 'NodeSelector is a selector which must be true for the pod to fit on a node.'), AGE_COLUMN, CONTAINERS, IMAGES, SELECTOR],
  cells(o, now) {
    const ds = o as unknown as DaemonSet;
    const spec = ds.spec;
    const st = ds.status;
    const [c, i] = containersAndImages(spec?.template);
    return [o.metadata.name ?? '', st?.desiredNumberScheduled ?? 0, st?.currentNumberScheduled ?? 0, st?.numberReady ?? 0, st?.updatedNumberScheduled ?? 0, st?.numberAvailable ?? 0, formatLabels(spec?.template?.spec?.nodeSelector), age(o, now), c, i, formatLabelSelector(spec?.selector)];
  },
};

export const statefulSetPrinter: KindPrinter = {
  columns: [NAME_COLUMN, col('Ready', 'string', 'Number of the pod with ready state'), AGE_COLUMN, CONTAINERS, IMAGES],
  cells(o, now) {
    const ss = o as unknown as StatefulSet;
    const [c, i] = containersAndImages(ss.spec?.template);
    return [o.metadata.name ?? '', `${ss.status?.readyReplicas ?? 0}/${ss.spec?.replicas ?? 1}`, age(o, now), c, i];
  },
};

function jobStatus(o: KubeObject): string {
  const has = (t: string) => ((o as unknown as Job).status?.conditions ?? []).some((c) => c.type === t && c.status === 'True');
  if (has('Complete')) return 'Complete';
  if (has('Failed')) return 'Failed';
  if (o.metadata.deletionTimestamp) return 'Terminating';
  if (has('Suspended')) return 'Suspended';
  if (has('FailureTarget')) return 'FailureTarget';
  if (has('SuccessCriteriaMet')) return 'SuccessCriteriaMet';
  return 'Running';
}

export const jobPrinter: KindPrinter = {
  columns: [NAME_COLUMN, col('Status', 'string', 'Status of the job.'), col('Completions', 'string', 'The desired number of successfully finished pods the job should be run with.'), col('Duration', 'string', 'Time required to complete the job.'), AGE_COLUMN, CONTAINERS, IMAGES, SELECTOR],
  cells(o, now) {
    const job = o as unknown as Job;
    const spec = job.spec;
    const st = job.status ?? {};
    const succeeded = st.succeeded ?? 0;
    const completions = spec?.completions !== undefined && spec?.completions !== null ? `${succeeded}/${spec.completions}` : (spec?.parallelism ?? 1) > 1 ? `${succeeded}/1 of ${spec?.parallelism}` : `${succeeded}/1`;
    let duration = '';
    if (st.startTime) duration = humanDuration((st.completionTime ? Date.parse(st.completionTime as string) : now) - Date.parse(st.startTime as string));
    const [c, i] = containersAndImages(spec?.template);
    return [o.metadata.name ?? '', jobStatus(o), completions, duration, age(o, now), c, i, formatLabelSelector(spec?.selector)];
  },
};

export const cronJobPrinter: KindPrinter = {
  columns: [NAME_COLUMN, col('Schedule', 'string', 'The schedule in Cron format'), col('Timezone', 'string', 'The time zone name for the given schedule'), col('Suspend', 'boolean', 'This flag tells the controller to suspend subsequent executions'), col('Active', 'integer', 'A list of pointers to currently running jobs.'), col('Last Schedule', 'string', 'Information when was the last time the job was successfully scheduled.'), AGE_COLUMN, CONTAINERS, IMAGES, SELECTOR],
  cells(o, now) {
    const cj = o as unknown as CronJob;
    const spec = cj.spec;
    const st = cj.status ?? {};
    const [c, i] = containersAndImages(spec?.jobTemplate?.spec?.template);
    const suspend = spec?.suspend === undefined || spec?.suspend === null ? '<unset>' : spec.suspend ? 'True' : 'False';
    const last = st.lastScheduleTime ? translateTimestampSince(st.lastScheduleTime as string, now) : '<none>';
    return [o.metadata.name ?? '', spec?.schedule ?? '', spec?.timeZone ?? '<none>', suspend, (st.active ?? []).length, last, age(o, now), c, i, formatLabelSelector(spec?.jobTemplate?.spec?.selector)];
  },
};

export const pdbPrinter: KindPrinter = {
  columns: [NAME_COLUMN, col('Min Available', 'string', 'The minimum number of pods that must be available'), col('Max Unavailable', 'string', 'The maximum number of pods that may be unavailable'), col('Allowed Disruptions', 'integer', 'Calculated number of pods that may be disrupted at this time'), AGE_COLUMN],
  cells(o, now) {
    const pdb = o as unknown as PodDisruptionBudget;
    const na = (v: unknown) => (v === undefined || v === null ? 'N/A' : String(v));
    return [o.metadata.name ?? '', na(pdb.spec?.minAvailable), na(pdb.spec?.maxUnavailable), pdb.status?.disruptionsAllowed ?? 0, age(o, now)];
  },
};

/** printControllerRevision: the controller as `<kind>.<group>/<name>` (formatResourceName) */
export const controllerRevisionPrinter: KindPrinter = {
  columns: [NAME_COLUMN, col('Controller', 'string', 'Controller of the object'), col('Revision', 'string', 'Revision represents the revision of the state represented by Data.'), AGE_COLUMN],
  cells(o, now) {
    const ref = (o.metadata.ownerReferences ?? []).find((r) => r.controller);
    const group = ref?.apiVersion.includes('/') ? ref.apiVersion.split('/')[0] : '';
    const controller = ref ? `${ref.kind.toLowerCase()}${group ? `.${group}` : ''}/${ref.name}` : '<none>';
    return [o.metadata.name ?? '', controller, (o as KubeObject & { revision?: number }).revision ?? 0, age(o, now)];
  },
};
