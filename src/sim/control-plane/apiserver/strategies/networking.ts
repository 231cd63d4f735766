// Ingresses and IngressClasses. An Ingress without ingressClassName gets the default IngressClass
// (annotation ingressclass.kubernetes.io/is-default-class: "true") as the DefaultIngressClass
// admission plugin does. mirrors pkg/registry/networking/ingress/strategy.go and
// plugin/pkg/admission/network/defaultingressclass
import type { IngressSpec } from 'kubernetes-types/networking/v1';
import type { KubeObject } from '../../../api/types';
import { validateIngressSpec } from '../../../api/validation/networking';
import { R } from '../../../api/resources';
import type { Strategy } from '../strategy';
import { storeKey } from '../resolve';

const DEFAULT_CLASS = 'ingressclass.kubernetes.io/is-default-class';

export const ingressStrategy: Strategy = {
  generation: true,
  prepareForCreate(obj, ctx) {
    obj.status = { loadBalancer: {} };
    const spec = obj.spec as IngressSpec | undefined;
    if (!spec || spec.ingressClassName) return;
    const classes: KubeObject[] = ctx.store.list(storeKey(R.ingressclasses), '');
    const def = classes.find((c) => c.metadata.annotations?.[DEFAULT_CLASS] === 'true');
    if (def) spec.ingressClassName = def.metadata.name;
  },
  validate: (obj) => validateIngressSpec(obj.spec as IngressSpec | undefined),
};

export const ingressClassStrategy: Strategy = { generation: true };
