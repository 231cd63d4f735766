// What the scheduler knows about one node: the Node and the sums of the requests of the pods
// bound to it. mirrors pkg/scheduler/framework/types.go (NodeInfo, Resource)

import type { Node, Pod } from '../../api/types';

export interface Resources {
  milliCPU: number;
  memory: number; // bytes
}

export interface PodResources extends Resources {
  /** requests with the scoring defaults (100m CPU, 200Mi) for containers that set none */
  nonZero: Resources;
}

export interface NodeInfo {
  node: Node;
  name: string;
  allocatable: Resources & { pods: number };
  requested: Resources;
  nonZeroRequested: Resources;
  /** keys (ns/name) of the pods counted here */
  pods: Set<string>;
}

export function newNodeInfo(node: Node, allocatable: Resources & { pods: number }): NodeInfo {
  return { node, name: node.metadata?.name ?? '', allocatable, requested: { milliCPU: 0, memory: 0 }, nonZeroRequested: { milliCPU: 0, memory: 0 }, pods: new Set() };
}

export function addPod(info: NodeInfo, key: string, r: PodResources): void {
  if (info.pods.has(key)) return;
  info.pods.add(key);
  info.requested.milliCPU += r.milliCPU;
  info.requested.memory += r.memory;
  info.nonZeroRequested.milliCPU += r.nonZero.milliCPU;
  info.nonZeroRequested.memory += r.nonZero.memory;
}

export function removePod(info: NodeInfo, key: string, r: PodResources): void {
  if (!info.pods.delete(key)) return;
  info.requested.milliCPU -= r.milliCPU;
  info.requested.memory -= r.memory;
  info.nonZeroRequested.milliCPU -= r.nonZero.milliCPU;
  info.nonZeroRequested.memory -= r.nonZero.memory;
}

/** A pod the scheduler is placing: the object plus its computed requests. */
export interface PodToSchedule {
  pod: Pod;
  resources: PodResources;
}
