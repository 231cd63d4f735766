// -o yaml|json|name: the objects as kubectl prints them; several objects become a `List`.
import { apiVersionOf, type ResourceInfo } from '../../../sim/api/resources';
import type { KubeObject } from '../../../sim/api/types';
import { kindPrefix } from '../resolve';
import { toKubectlJson } from './json';
import { toKubectlYaml } from './yaml';

export type ObjectFormat = 'yaml' | 'json' | 'name';

/** List items arrive without apiVersion/kind on the wire; kubectl's decoder fills them in. */
export function withTypeMeta(obj: KubeObject, r: ResourceInfo): KubeObject {
  if (obj.apiVersion && obj.kind) return obj;
  return { ...obj, apiVersion: apiVersionOf(r), kind: r.kind };
}

export function printObjects(items: Array<{ obj: KubeObject; resource: ResourceInfo }>, format: ObjectFormat, single: boolean): string {
  if (format === 'name') return items.map(({ obj, resource }) => `${kindPrefix(resource)}/${obj.metadata.name}\n`).join('');
  const objects = items.map(({ obj, resource }) => withTypeMeta(obj, resource));
  const value = single && objects.length === 1 ? objects[0] : { apiVersion: 'v1', items: objects, kind: 'List', metadata: { resourceVersion: '' } };
  return format === 'json' ? toKubectlJson(value) : toKubectlYaml(value);
}
