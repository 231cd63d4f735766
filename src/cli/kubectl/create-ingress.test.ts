// kubectl create ingress: the objects and messages checked against the real kubectl 1.32 (--dry-run=client)
import { describe, expect, it } from 'vitest';
import { R } from '../../sim/api/resources';
import { runCommand } from '../run';
import { testContext } from '../testing/context';

describe('kubectl create ingress', () => {
  it('builds Exact and Prefix paths, one rule per host, TLS grouped by secret', async () => {
    const { ctx, api } = testContext({});
    const r = await runCommand('kubectl create ing simple --class=nginx --rule=foo.com/bar=svc1:8080 --rule=foo.com/api*=api:http --rule=b.com/=web:80,tls=sec --annotation=a=b', ctx);
    expect(r.stdout).toBe('ingress.networking.k8s.io/simple created\n');
    expect(api.get(R.ingresses, 'default', 'simple')).toMatchObject({
      metadata: { annotations: { a: 'b' } },
      spec: {
        ingressClassName: 'nginx',
        rules: [
          { host: 'foo.com', http: { paths: [{ path: '/bar', pathType: 'Exact', backend: { service: { name: 'svc1', port: { number: 8080 } } } }, { path: '/api', pathType: 'Prefix', backend: { service: { name: 'api', port: { name: 'http' } } } }] } },
          { host: 'b.com', http: { paths: [{ path: '/', pathType: 'Exact' }] } },
        ],
        tls: [{ hosts: ['b.com'], secretName: 'sec' }],
      },
    });
  });

  it('says what is wrong as kubectl does', async () => {
    const { ctx } = testContext({});
    expect((await runCommand('kubectl create ingress x --rule=bad', ctx)).stderr).toBe('error: rule bad is invalid and should be in format host/path=svcname:svcport[,tls[=secret]]\n');
    expect((await runCommand('kubectl create ingress x', ctx)).stderr).toMatch(/^error: not enough information provided: every ingress has to either specify a default-backend/);
  });
});
