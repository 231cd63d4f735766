import { describe, expect, it } from 'vitest';
import { validateHpaSpec } from './autoscaling';

describe('HPA validation', () => {
  it('needs maxReplicas ≥ max(1, minReplicas) and a target kind and name', () => {
    expect(validateHpaSpec({ scaleTargetRef: { kind: 'Deployment', name: 'web' }, maxReplicas: 3 })).toEqual([]);
    expect(validateHpaSpec({ scaleTargetRef: { kind: 'Deployment' }, minReplicas: 0, maxReplicas: 0 }).map((e) => `${e.field}: ${e.message}`)).toEqual([
      'spec.minReplicas: Invalid value: 0: must be greater than or equal to 1',
      'spec.maxReplicas: Invalid value: 0: must be greater than 0',
      'spec.scaleTargetRef.name: Required value',
    ]);
    expect(validateHpaSpec({ scaleTargetRef: { kind: 'Deployment', name: 'web' }, minReplicas: 4, maxReplicas: 2 })[0].message).toBe('Invalid value: 2: must be greater than or equal to `minReplicas`');
  });
});
