// kubectl create configmap|secret from workspace files, and the objects the service/job/cronjob
// generators build; each expectation was checked against the real kubectl 1.32 (--dry-run=client).
import { describe, expect, it } from 'vitest';
import { R } from '../../sim/api/resources';
import { runCommand } from '../run';
import { testContext } from '../testing/context';

const FILES = { 'greeting.txt': 'hello', 'app.env': 'A=1\n# a comment\nB=two\n', 'conf/one.txt': 'x\n', 'conf/two.txt': 'y\n' };

describe('kubectl create configmap / secret generic', () => {
  it('reads --from-file (file, key=file, folder) and --from-env-file from the workspace', async () => {
    const { ctx, api } = testContext(FILES);
    expect((await runCommand('kubectl create configmap a --from-file=greeting.txt --from-file=k=greeting.txt --from-file=conf', ctx)).stdout).toBe('configmap/a created\n');
    expect(api.get(R.configmaps, 'default', 'a')).toMatchObject({ data: { 'greeting.txt': 'hello', k: 'hello', 'one.txt': 'x\n', 'two.txt': 'y\n' } });
    await runCommand('kubectl create configmap b --from-env-file=app.env', ctx);
    expect(api.get(R.configmaps, 'default', 'b')).toMatchObject({ data: { A: '1', B: 'two' } });
  });

  it('stores Secret values base64-encoded, with --type', async () => {
    const { ctx, api } = testContext(FILES);
    await runCommand('kubectl create secret generic s --from-literal=user=admin --from-file=greeting.txt --type=kubernetes.io/basic-auth', ctx);
    expect(api.get(R.secrets, 'default', 's')).toMatchObject({ data: { user: 'YWRtaW4=', 'greeting.txt': 'aGVsbG8=' }, type: 'kubernetes.io/basic-auth' });
  });

  it('says what is wrong with a source, as kubectl does', async () => {
    const { ctx } = testContext(FILES);
    const run = async (line: string) => (await runCommand(line, ctx)).stderr;
    expect(await run('kubectl create configmap c --from-literal=bad')).toBe('error: invalid literal source bad, expected key=value\n');
    expect(await run('kubectl create configmap c --from-file=missing.txt')).toBe('error: error reading missing.txt: no such file or directory\n');
    expect(await run('kubectl create configmap c --from-file=x=conf')).toBe('error: cannot give a key name for a directory path\n');
    expect(await run('kubectl create configmap c --from-literal=a=1 --from-file=a=greeting.txt')).toBe('error: cannot add key "a", another key by that name already exists in Data for ConfigMap "c"\n');
  });
});

describe('kubectl create service / job / cronjob', () => {
  it('names ports port-targetPort (or just the port) and selects app=NAME', async () => {
    const { ctx, api } = testContext();
    await runCommand('kubectl create service clusterip web --tcp=80:http --tcp=443', ctx);
    expect(api.get(R.services, 'default', 'web')).toMatchObject({
      metadata: { labels: { app: 'web' } },
      spec: { type: 'ClusterIP', selector: { app: 'web' }, ports: [{ name: '80-http', port: 80, targetPort: 'http', protocol: 'TCP' }, { name: '443', port: 443, targetPort: 443 }] },
    });
    await runCommand('kubectl create service nodeport np --tcp=80:80 --node-port=30007', ctx);
    expect(api.get(R.services, 'default', 'np')).toMatchObject({ spec: { type: 'NodePort', ports: [{ nodePort: 30007 }] } });
    await runCommand('kubectl create service externalname db --external-name=db.example.com', ctx);
    expect(api.get(R.services, 'default', 'db')).toMatchObject({ spec: { type: 'ExternalName', externalName: 'db.example.com' } });
    expect((await runCommand('kubectl create service clusterip nop', ctx)).stderr).toBe('error: at least one tcp port specifier must be provided\n');
    expect((await runCommand('kubectl create service np2 x', ctx)).stderr).toBe(`error: unknown command "np2"\nSee 'kubectl create service -h' for help and examples\n`);
  });

  it('builds Jobs (restartPolicy Never) and CronJobs (OnFailure), the command after --', async () => {
    const { ctx, api } = testContext();
    await runCommand('kubectl create job once --image=busybox -- echo hi', ctx);
    expect(api.get(R.jobs, 'default', 'once')).toMatchObject({ spec: { template: { spec: { restartPolicy: 'Never', containers: [{ name: 'once', image: 'busybox', command: ['echo', 'hi'] }] } } } });
    await runCommand("kubectl create cronjob tick --image=busybox --schedule='*/5 * * * *' -- date", ctx);
    expect(api.get(R.cronjobs, 'default', 'tick')).toMatchObject({ spec: { schedule: '*/5 * * * *', jobTemplate: { metadata: { name: 'tick' }, spec: { template: { spec: { restartPolicy: 'OnFailure' } } } } } });
    const fromCron = await runCommand('kubectl create job now --from=cronjob/tick', ctx);
    expect(fromCron.stdout).toBe('job.batch/now created\n');
    expect(api.get(R.jobs, 'default', 'now').metadata).toMatchObject({ annotations: { 'cronjob.kubernetes.io/instantiate': 'manual' }, ownerReferences: [{ kind: 'CronJob', name: 'tick', controller: true }] });
    expect((await runCommand('kubectl create job x --from=cronjob/none', ctx)).stderr).toBe('Error from server (NotFound): cronjobs.batch "none" not found\n');
  });
});
