// kubernetes-types marks server-set fields (uid, resourceVersion, status …) readonly, as they are
// for clients; the api-server itself writes them through these views.
import type { ObjectMeta } from 'kubernetes-types/meta/v1';
import type { KubeObject } from './types';

export type Mutable<T> = { -readonly [K in keyof T]: T[K] };
export type MutableObjectMeta = Mutable<ObjectMeta>;

export function mutableMeta(o: KubeObject): MutableObjectMeta {
  return o.metadata as MutableObjectMeta;
}
