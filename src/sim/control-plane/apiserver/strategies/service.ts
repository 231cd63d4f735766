// Services: defaults, validation, and the cluster IP and node ports they hold.
// mirrors pkg/registry/core/service/storage/{storage.go,alloc.go} and pkg/registry/core/service/strategy.go
import type { Service, ServicePort, ServiceSpec } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../../../api/types';
import type { FieldError } from '../../../api/status';
import type { Mutable } from '../../../api/meta';
import { invalid } from '../../../api/status';
import { defaultServiceSpec } from '../../../api/defaults/service';
import { validateServiceSpec } from '../../../api/validation/service';
import { invalidField } from '../../../api/validation/field';
import type { Strategy, StrategyContext } from '../strategy';
import type { NodePortAllocator, ServiceIPAllocator } from '../allocators';

type Spec = Mutable<ServiceSpec>;
const specOf = (o: KubeObject) => (o.spec ?? {}) as Spec;
const usesNodePorts = (s: ServiceSpec) => s.type === 'NodePort' || (s.type === 'LoadBalancer' && s.allocateLoadBalancerNodePorts !== false);
const hasClusterIP = (s: ServiceSpec) => s.type !== 'ExternalName' && s.clusterIP !== 'None';

function nodePortsOf(s: ServiceSpec | undefined): number[] {
  return (s?.ports ?? []).map((p) => p.nodePort ?? 0).filter((p) => p > 0);
}

export function serviceStrategy(ips: ServiceIPAllocator, ports: NodePortAllocator): Strategy {
  function allocate(obj: KubeObject, ctx: StrategyContext, old?: KubeObject): void {
    const spec = specOf(obj);
    const oldSpec = old ? specOf(old) : undefined;
    const errs: FieldError[] = [];
    const claims: Array<() => void> = [];
    if (spec.type === 'ExternalName') {
      delete spec.clusterIP;
      delete spec.clusterIPs;
    } else if (spec.clusterIP === 'None') {
      spec.clusterIPs = ['None'];
    } else {
      const want = spec.clusterIP || spec.clusterIPs?.[0];
      let ip = want;
      if (ip && ip !== oldSpec?.clusterIP) {
        if (!ips.contains(ip)) errs.push(invalidField('spec.clusterIPs[0]', ip, `failed to allocate IP ${ip}: the provided IP (${ip}) is not in the valid range. The range of valid IPs is ${ips.cidr}`));
        else if (ips.isAllocated(ip)) errs.push(invalidField('spec.clusterIPs[0]', ip, `failed to allocate IP ${ip}: provided IP is already allocated`));
        else claims.push(() => ips.claim(ip!));
      } else if (!ip) {
        ip = ips.next(ctx.rng);
        if (ip) claims.push(() => ips.claim(ip!));
      }
      spec.clusterIP = ip;
      spec.clusterIPs = ip ? [ip] : undefined;
    }
    if (spec.type !== 'ExternalName') {
      spec.ipFamilies ??= ['IPv4'];
      spec.ipFamilyPolicy ??= 'SingleStack';
    }
    if (usesNodePorts(spec)) {
      const mine = new Set(nodePortsOf(oldSpec));
      const taken = new Set<number>();
      (spec.ports ?? []).forEach((p: Mutable<ServicePort>, i) => {
        const f = `spec.ports[${i}].nodePort`;
        if (p.nodePort) {
          const np = p.nodePort;
          if (taken.has(np) || (!mine.has(np) && ports.isAllocated(np))) errs.push(invalidField(f, np, 'provided port is already allocated'));
          else if (!ports.contains(np)) errs.push(invalidField(f, np, `provided port is not in the valid range. The range of valid ports is ${ports.min}-${ports.max}`));
          else if (!mine.has(np)) claims.push(() => ports.claim(np));
          taken.add(np);
        } else {
          const np = ports.next(ctx.rng, taken);
          if (np !== undefined) {
            p.nodePort = np;
            taken.add(np);
            claims.push(() => ports.claim(np));
          }
        }
      });
    }
    if (errs.length) throw invalid('Service', '', obj.metadata.name ?? '', errs);
    if (ctx.dryRun) return;
    for (const c of claims) c();
    // what the old object held and the new one does not, goes back to the pools
    if (oldSpec) {
      if (oldSpec.clusterIP && hasClusterIP(oldSpec) && oldSpec.clusterIP !== spec.clusterIP) ips.release(oldSpec.clusterIP);
      const keep = new Set(nodePortsOf(spec));
      for (const np of nodePortsOf(oldSpec)) if (!keep.has(np)) ports.release(np);
    }
  }

  return {
    prepareForCreate(obj) {
      obj.status = { loadBalancer: {} };
    },
    prepareForUpdate(obj, old) {
      obj.status = old.status;
      // patchAllocatedValues: an update that omits allocated values keeps them
      const spec = specOf(obj);
      const oldSpec = specOf(old);
      if (!spec.clusterIP && hasClusterIP(oldSpec) && hasClusterIP({ ...spec, clusterIP: oldSpec.clusterIP })) {
        spec.clusterIP = oldSpec.clusterIP;
        spec.clusterIPs = oldSpec.clusterIPs;
      }
      if (usesNodePorts(spec) && usesNodePorts(oldSpec)) {
        for (const p of (spec.ports ?? []) as Mutable<ServicePort>[]) {
          const was = oldSpec.ports?.find((o) => o.port === p.port && (o.protocol ?? 'TCP') === (p.protocol ?? 'TCP'));
          if (!p.nodePort && was?.nodePort) p.nodePort = was.nodePort;
        }
      }
      // a service that no longer uses node ports drops them (dropTypeDependentFields)
      if (!usesNodePorts(spec) && usesNodePorts(oldSpec)) for (const p of (spec.ports ?? []) as Mutable<ServicePort>[]) delete p.nodePort;
    },
    defaults(obj) {
      obj.spec = obj.spec ?? {};
      defaultServiceSpec(specOf(obj));
    },
    validate(obj) {
      return validateServiceSpec(obj as unknown as Service);
    },
    validateUpdate(obj, old) {
      const spec = specOf(obj);
      const oldSpec = specOf(old);
      if (hasClusterIP(oldSpec) && hasClusterIP(spec) && spec.clusterIP && spec.clusterIP !== oldSpec.clusterIP) {
        return [invalidField('spec.clusterIPs[0]', spec.clusterIPs ?? [spec.clusterIP], 'may not change once set')];
      }
      return [];
    },
    allocate,
    adopt(obj) {
      const spec = specOf(obj);
      if (spec.clusterIP && hasClusterIP(spec)) ips.claim(spec.clusterIP);
      for (const np of nodePortsOf(spec)) ports.claim(np);
    },
    release(obj) {
      const spec = specOf(obj);
      if (spec.clusterIP && hasClusterIP(spec)) ips.release(spec.clusterIP);
      for (const np of nodePortsOf(spec)) ports.release(np);
    },
  };
}
