import { describe, expect, it } from 'vitest';
import { validateLimitRangeSpec } from './limitrange';

const errs = (limits: unknown[]) => validateLimitRangeSpec({ limits: limits as never }).map((e) => `${e.field}: ${e.message}`);

describe('LimitRange validation', () => {
  it('accepts an ordered item', () => {
    expect(errs([{ type: 'Container', min: { cpu: '100m' }, defaultRequest: { cpu: '200m' }, default: { cpu: '500m' }, max: { cpu: '1' }, maxLimitRequestRatio: { cpu: '4' } }])).toEqual([]);
  });

  it('says which bound is out of order, as validation.go words it', () => {
    expect(errs([{ type: 'Container', min: { cpu: '2' }, max: { cpu: '1' } }])).toEqual(['spec.limits[0].min[cpu]: Invalid value: 2: min value 2 is greater than max value 1']);
    expect(errs([{ type: 'Container', default: { cpu: '2' }, max: { cpu: '1' }, defaultRequest: { cpu: '1' } }])).toEqual(['spec.limits[0].default[cpu]: Invalid value: 1: default value 2 is greater than max value 1']);
    expect(errs([{ type: 'Container', maxLimitRequestRatio: { cpu: '500m' } }])).toEqual(['spec.limits[0].maxLimitRequestRatio[cpu]: Invalid value: 500m: ratio 500m is less than 1']);
    expect(errs([{ type: 'Pod', default: { cpu: '1' } }])).toEqual(["spec.limits[0].default: Forbidden: may not be specified when `type` is 'Pod'"]);
  });
});
