import { describe, expect, it } from 'vitest';
import { generateSchema, type JsonSchema } from '../../../scripts/gen-schema';
import { RESOURCES, apiVersionOf } from '../../sim/api/resources';

const schema = generateSchema();
const defs = schema.definitions as Record<string, JsonSchema & { properties: Record<string, JsonSchema>; required?: string[] }>;
const branches = schema.allOf as Array<{ if: { properties: { apiVersion: { const: string }; kind: { const: string } } }; then: { $ref: string } }>;

function branchFor(apiVersion: string, kind: string) {
  return branches.find((b) => b.if.properties.kind.const === kind && b.if.properties.apiVersion.const === apiVersion);
}

function deref(ref: { $ref?: unknown }) {
  return defs[String(ref.$ref).replace('#/definitions/', '')];
}

describe('generated Kubernetes schema', () => {
  it('has one apiVersion+kind branch for every kind the simulator serves', () => {
    expect(branches).toHaveLength(RESOURCES.length);
    for (const r of RESOURCES) expect(branchFor(apiVersionOf(r), r.kind), r.kind).toBeDefined();
    expect(deref(branchFor('apps/v1', 'Deployment')!.then).properties.spec).toEqual(expect.objectContaining({ $ref: '#/definitions/apps.v1.DeploymentSpec' }));
  });

  it('describes a Pod down to its containers, with upstream descriptions for hover', () => {
    const pod = deref(branchFor('v1', 'Pod')!.then);
    expect(pod.properties.kind).toMatchObject({ const: 'Pod' });
    const spec = deref(pod.properties.spec);
    expect(spec.required).toContain('containers');
    expect(spec.properties.containers).toMatchObject({ type: 'array', items: { $ref: '#/definitions/core.v1.Container' } });
    expect(spec.properties.containers.description).toMatch(/List of containers belonging to the pod/);
    const container = defs['core.v1.Container'];
    expect(container.required).toEqual(['name']);
    expect(container.properties.image.description).toMatch(/Container image name/);
    expect(container.additionalProperties).toBe(false); // a typo such as `imgae` is flagged
    expect(container.title).toBe('Container'); // hover shows it above the description
  });

  it('accepts numbers for quantities and both forms for int-or-string, as named definitions', () => {
    expect(defs['core.v1.ResourceRequirements'].properties.limits).toMatchObject({ type: 'object', additionalProperties: { $ref: '#/definitions/api.resource.Quantity' } });
    expect(defs['api.resource.Quantity']).toMatchObject({ anyOf: [{ type: 'string' }, { type: 'number' }] });
    expect(defs['api.resource.Quantity'].description).toMatch(/fixed-point representation of a number/);
    expect(defs['core.v1.ServicePort'].properties.targetPort).toMatchObject({ $ref: '#/definitions/util.intstr.IntOrString' });
    expect(defs['util.intstr.IntOrString']).toMatchObject({ anyOf: [{ type: 'string' }, { type: 'integer' }] });
    // API conventions rule out floats: every count and port is an integer
    expect(defs['apps.v1.DeploymentSpec'].properties.replicas).toMatchObject({ type: 'integer' });
    expect(defs['meta.v1.ObjectMeta'].properties.labels).toMatchObject({ type: 'object', additionalProperties: { type: 'string' } });
  });

  it('offers exactly the served kinds and apiVersions at the top level (completion)', () => {
    const top = schema.properties as Record<string, JsonSchema>;
    expect(top.kind.enum).toEqual(RESOURCES.map((r) => r.kind));
    expect(top.apiVersion.enum).toEqual(expect.arrayContaining(['v1', 'apps/v1']));
    expect(schema.required).toEqual(['apiVersion', 'kind']);
  });
});
