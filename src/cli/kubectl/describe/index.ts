// `kubectl describe TYPE [NAME_PREFIX]`: mirrors staging/src/k8s.io/kubectl/pkg/cmd/describe/describe.go
// (an exact name, else every object whose name starts with it; several are separated by blank lines).
import { R, type ResourceInfo } from '../../../sim/api/resources';
import { isStatusError } from '../../../sim/api/status';
import type { KubeObject, Pod, ReplicaSet } from '../../../sim/api/types';
import type { CliContext, CommandResult } from '../../types';
import { fail, flagFail, serverErrorMessage } from '../errors';
import { GLOBAL_FLAGS, parseFlags, UsageError, type FlagSpec } from '../flags';
import { withTypeMeta } from '../output/objects';
import { resolveArgs } from '../resolve';
import { describeDeployment } from './deployment';
import { eventsFor } from './events';
import { describeNode } from './node';
import { describeNamespace } from './namespace';
import { describePod } from './pod';
import { describeReplicaSet } from './replicaset';
import { describeService, type EndpointSliceLike } from './service';
import { describeConfigMap, describeSecret } from './config';
import { describeCronJob, describeJob } from './job';
import { describeGeneric } from './generic';
import { describeEndpointSlice } from './endpointslice';
import { describeLimitRange, describeQuota } from './quota';
import { describeHpa } from './hpa';
import { describeIngress, describeIngressClass } from './ingress';
import { describePersistentVolume, describePersistentVolumeClaim, describeStatefulSet, describeStorageClass } from './statefulset';

const FLAGS: FlagSpec[] = [...GLOBAL_FLAGS, { name: 'selector', short: 'l', type: 'string' }, { name: 'show-events', type: 'bool' }, { name: 'all-namespaces', short: 'A', type: 'bool' }];

async function describeOne(r: ResourceInfo, obj: KubeObject, ctx: CliContext, showEvents: boolean): Promise<string> {
  const now = ctx.now();
  const events = showEvents ? await eventsFor(obj, ctx) : undefined;
  switch (r.resource) {
    case 'pods':
      return describePod(obj, events, now);
    case 'deployments': {
      const rsList = await ctx.client.list(R.replicasets, obj.metadata.namespace);
      const owned = (rsList.items as unknown as ReplicaSet[]).filter((rs) => (rs.metadata?.ownerReferences ?? []).some((o) => o.controller && o.uid === obj.metadata.uid));
      return describeDeployment(obj, owned, events, now);
    }
    case 'nodes':
      return describeNode(obj, ctx, events, now);
    case 'services': {
      const slices = await ctx.client.list(R.endpointslices, obj.metadata.namespace, { labelSelector: `kubernetes.io/service-name=${obj.metadata.name ?? ''}` });
      return describeService(obj, slices.items as unknown as EndpointSliceLike[], events, now);
    }
    case 'replicasets': {
      const pods = (await ctx.client.list(R.pods, obj.metadata.namespace)).items as unknown as Pod[];
      const owned = pods.filter((p) => (p.metadata?.ownerReferences ?? []).some((o) => o.controller && o.uid === obj.metadata.uid));
      return describeReplicaSet(obj, owned, events, now);
    }
    case 'namespaces': {
      const name = obj.metadata.name;
      return describeNamespace(obj, (await ctx.client.list(R.resourcequotas, name)).items, (await ctx.client.list(R.limitranges, name)).items);
    }
    case 'resourcequotas':
      return describeQuota(obj);
    case 'limitranges':
      return describeLimitRange(obj);
    case 'horizontalpodautoscalers':
      return describeHpa(obj, events, now);
    case 'configmaps':
      return describeConfigMap(obj, events, now);
    case 'secrets':
      return describeSecret(obj);
    case 'jobs':
      return describeJob(obj, events, now);
    case 'cronjobs':
      return describeCronJob(obj, events, now);
    case 'endpointslices':
      return describeEndpointSlice(obj, events, now);
    case 'statefulsets': {
      const pods = (await ctx.client.list(R.pods, obj.metadata.namespace)).items as unknown as Pod[];
      return describeStatefulSet(obj, pods.filter((p) => (p.metadata?.ownerReferences ?? []).some((o) => o.controller && o.uid === obj.metadata.uid)), events, now);
    }
    case 'persistentvolumeclaims': {
      const pods = (await ctx.client.list(R.pods, obj.metadata.namespace)).items as unknown as Pod[];
      return describePersistentVolumeClaim(obj, pods.filter((p) => (p.spec?.volumes ?? []).some((v) => v.persistentVolumeClaim?.claimName === obj.metadata.name)), events, now);
    }
    case 'persistentvolumes':
      return describePersistentVolume(obj, events, now);
    case 'storageclasses':
      return describeStorageClass(obj, events, now);
    case 'ingresses':
      return describeIngress(obj, ctx, events, now);
    case 'ingressclasses':
      return describeIngressClass(obj, events, now);
    default:
      return describeGeneric(obj, events, now);
  }
}

export async function kubectlDescribe(argv: string[], ctx: CliContext): Promise<CommandResult> {
  let parsed;
  try {
    parsed = parseFlags(argv, FLAGS);
  } catch (e) {
    if (e instanceof UsageError) return flagFail(e.message, 'describe');
    throw e;
  }
  const { args, flags } = parsed;
  if (args.length === 0) return fail('error: You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.');
  const requests = resolveArgs(args);
  const ns = (flags.namespace as string | undefined) ?? ctx.namespace;
  const showEvents = flags['show-events'] !== false;
  const outputs: string[] = [];
  const errors: string[] = [];
  for (const { resource, names } of requests) {
    const namespace = resource.namespaced ? (flags['all-namespaces'] ? undefined : ns) : undefined;
    let objects: KubeObject[] = [];
    try {
      if (names.length === 0) {
        objects = (await ctx.client.list(resource, namespace, { labelSelector: flags.selector as string | undefined })).items;
      } else {
        for (const name of names) {
          try {
            objects.push(await ctx.client.get(resource, namespace, name));
          } catch (e) {
            if (!isStatusError(e) || e.code !== 404) throw e;
            // kubectl describe falls back to every object whose name starts with what was typed
            const byPrefix = (await ctx.client.list(resource, namespace)).items.filter((o) => (o.metadata.name ?? '').startsWith(name));
            if (byPrefix.length === 0) errors.push(serverErrorMessage(e));
            objects.push(...byPrefix);
          }
        }
      }
    } catch (e) {
      errors.push(serverErrorMessage(e));
      continue;
    }
    for (const obj of objects) {
      outputs.push(await describeOne(resource, withTypeMeta(obj, resource), ctx, showEvents));
    }
  }
  if (outputs.length === 0 && errors.length === 0) {
    const clusterScoped = requests.every((r) => !r.resource.namespaced);
    return { stdout: '', stderr: clusterScoped || flags['all-namespaces'] ? 'No resources found\n' : `No resources found in ${ns} namespace.\n`, exitCode: 0 };
  }
  const stdout = outputs.join('\n\n');
  return { stdout, stderr: errors.length > 0 ? `${errors.join('\n')}\n` : '', exitCode: errors.length > 0 ? 1 : 0 };
}
