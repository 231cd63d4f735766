// LimitRange validation: the order of min ≤ defaultRequest ≤ default ≤ max per resource, a ratio of
// at least 1, and no default on a Pod item. mirrors pkg/apis/core/validation/validation.go (ValidateLimitRange)
import type { FieldError } from '../status';
import { canonicalQuantity, parseQuantityExact } from '../quantity';
import { forbiddenField, notSupported } from './field';

type List = Record<string, string>;
interface Item {
  type?: string;
  max?: List;
  min?: List;
  default?: List;
  defaultRequest?: List;
  maxLimitRequestRatio?: List;
}

const TYPES = ['Container', 'PersistentVolumeClaim', 'Pod'];

/** field.Invalid with a Quantity value: printed through its String() */
const invalid = (field: string, q: string, detail: string): FieldError => ({ type: 'FieldValueInvalid', field, message: `Invalid value: ${canonicalQuantity(q)}: ${detail}` });

export function validateLimitRangeSpec(spec: { limits?: Item[] } | undefined): FieldError[] {
  const errs: FieldError[] = [];
  for (const [i, item] of (spec?.limits ?? []).entries()) {
    const at = `spec.limits[${i}]`;
    if (!TYPES.includes(item.type ?? '')) errs.push(notSupported(`${at}.type`, item.type ?? '', TYPES));
    if (item.type === 'Pod') {
      if (item.default && Object.keys(item.default).length) errs.push(forbiddenField(`${at}.default`, "may not be specified when `type` is 'Pod'"));
      if (item.defaultRequest && Object.keys(item.defaultRequest).length) errs.push(forbiddenField(`${at}.defaultRequest`, "may not be specified when `type` is 'Pod'"));
    }
    const keys = new Set<string>();
    for (const l of [item.max, item.min, item.default, item.defaultRequest, item.maxLimitRequestRatio]) for (const k of Object.keys(l ?? {})) keys.add(k);
    const n = (v: string) => parseQuantityExact(String(v)).nano;
    const s = (v: string) => canonicalQuantity(String(v));
    for (const k of [...keys].sort()) {
      const [min, max, def, req, ratio] = [item.min?.[k], item.max?.[k], item.default?.[k], item.defaultRequest?.[k], item.maxLimitRequestRatio?.[k]];
      if (min !== undefined && max !== undefined && n(min) > n(max)) errs.push(invalid(`${at}.min[${k}]`, min, `min value ${s(min)} is greater than max value ${s(max)}`));
      if (req !== undefined && min !== undefined && n(min) > n(req)) errs.push(invalid(`${at}.defaultRequest[${k}]`, req, `min value ${s(min)} is greater than default request value ${s(req)}`));
      if (req !== undefined && max !== undefined && n(req) > n(max)) errs.push(invalid(`${at}.defaultRequest[${k}]`, req, `default request value ${s(req)} is greater than max value ${s(max)}`));
      if (req !== undefined && def !== undefined && n(req) > n(def)) errs.push(invalid(`${at}.defaultRequest[${k}]`, req, `default request value ${s(req)} is greater than default limit value ${s(def)}`));
      if (def !== undefined && min !== undefined && n(min) > n(def)) errs.push(invalid(`${at}.default[${k}]`, min, `min value ${s(min)} is greater than default value ${s(def)}`));
      if (def !== undefined && max !== undefined && n(def) > n(max)) errs.push(invalid(`${at}.default[${k}]`, max, `default value ${s(def)} is greater than max value ${s(max)}`));
      if (ratio !== undefined && n(ratio) < 1_000_000_000n) errs.push(invalid(`${at}.maxLimitRequestRatio[${k}]`, ratio, `ratio ${s(ratio)} is less than 1`));
    }
  }
  return errs;
}
