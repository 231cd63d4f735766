// The admission chain a create passes after validation, in upstream's plugin order: LimitRanger
// (mutating: defaults, then validating) before ResourceQuota, so a defaulted pod is charged with its
// defaults. mirrors pkg/kubeapiserver/options/plugins.go (AllOrderedPlugins)
import type { KubeObject } from '../../../api/types';
import type { ResourceInfo } from '../../../api/resources';
import { forbidden } from '../../../api/status';
import type { Store } from '../../etcd/store';
import { limitRangerMutate, limitRangerValidate } from './limitranger';
import { admitQuota } from './resourcequota';

/** mutating admission on create (before validation) */
export function admitMutate(store: Store, info: ResourceInfo, obj: KubeObject): void {
  if (info.kind === 'Pod') limitRangerMutate(store, obj);
}

/** validating admission on create; throws a 403 Forbidden as the api-server would */
export function admitValidate(store: Store, info: ResourceInfo, obj: KubeObject, dryRun: boolean): void {
  const name = obj.metadata.name ?? '';
  if (info.kind === 'Pod') {
    const errs = limitRangerValidate(store, obj);
    // utilerrors.NewAggregate: one error prints alone, several as [a, b]
    if (errs.length) throw forbidden(info, name, errs.length === 1 ? errs[0] : `[${errs.join(', ')}]`);
  }
  if (!info.namespaced) return;
  const why = admitQuota(store, info, obj, dryRun);
  if (why) throw forbidden(info, name, why);
}
