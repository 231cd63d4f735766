// Nodes: taints are validated; the kubelet writes status through updateStatus.
// mirrors pkg/registry/core/node/strategy.go
import type { NodeSpec } from 'kubernetes-types/core/v1';
import { validateTaints } from '../../../api/validation/taints';
import type { Strategy } from '../strategy';

export const nodeStrategy: Strategy = {
  validate: (obj) => validateTaints((obj.spec as NodeSpec | undefined)?.taints, 'spec.taints'),
};
