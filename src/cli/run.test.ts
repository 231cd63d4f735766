import { describe, expect, it } from 'vitest';
import { R } from '../sim/api/resources';
import { runCommand } from './run';
import { testContext } from './testing/context';

const POD = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  labels:\n    app: web\nspec:\n  containers:\n  - name: web\n    image: nginx\n';

async function run(line: string, files: Record<string, string> = {}) {
  const t = testContext(files);
  return { ...(await runCommand(line, t.ctx)), t };
}

describe('runCommand: the shell', () => {
  it('runs kubectl and its alias k; unknown programs are not found', async () => {
    expect((await run('k get ns')).stdout.split('\n')[0]).toBe('NAME              STATUS   AGE');
    expect(await run('helmx list')).toMatchObject({ stdout: '', stderr: 'command not found: helmx\n', exitCode: 127 });
    expect(await run('   ')).toMatchObject({ stdout: '', stderr: '', exitCode: 0 });
  });
});

describe('kubectl client-side errors (as kubectl 1.32 prints them)', () => {
  it.each([
    ['kubectl foo', 'Error: unknown command "foo" for "kubectl"\n\nDid you mean this?\n\ttop\n\n'],
    ['kubectl zzzz', 'Error: unknown command "zzzz" for "kubectl"\n'],
    ['kubectl port-forward web 8080:80', 'error: kubeplay\'s kubectl does not support "port-forward" yet\n'],
    ['kubectl exec web echo hi', "error: exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead\nSee 'kubectl exec -h' for help and examples\n"],
    ['kubectl get pods --bogus', "Error: unknown flag: --bogus\nSee 'kubectl get --help' for usage.\n"],
    ['kubectl delete pod x --bogus', "Error: unknown flag: --bogus\nSee 'kubectl delete --help' for usage.\n"],
    ['kubectl get pods -l', "Error: flag needs an argument: 'l' in -l\nSee 'kubectl get --help' for usage.\n"],
    ['kubectl logs x --tail=abc', 'Error: invalid argument "abc" for "--tail" flag: strconv.ParseInt: parsing "abc": invalid syntax\nSee \'kubectl logs --help\' for usage.\n'],
    ['kubectl apply -f', "Error: flag needs an argument: 'f' in -f\nSee 'kubectl apply --help' for usage.\n"],
    ['kubectl apply', 'error: must specify one of -f and -k\n'],
    ['kubectl apply -f nofile.yaml', 'error: the path "nofile.yaml" does not exist\n'],
    ['kubectl get', 'You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.\n\nerror: Required resource not specified.\nUse "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).\nSee \'kubectl get -h\' for help and examples\n'],
    ['kubectl describe', 'error: You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.\n'],
    ['kubectl logs', "error: expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command\nSee 'kubectl logs -h' for help and examples\n"],
    ['kubectl delete', "error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'\n"],
    ['kubectl delete pod', 'error: resource(s) were provided, but no name was specified\n'],
    ['kubectl get podz', 'error: the server doesn\'t have a resource type "podz"\n'],
    ['kubectl get pods -o bad', 'error: unable to match a printer suitable for the output format "bad", allowed formats are: custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml\n'],
    ['kubectl get pods nope', 'Error from server (NotFound): pods "nope" not found\n'],
    ['kubectl get pods nope -A', 'error: a resource cannot be retrieved by name across all namespaces\n'],
    ['kubectl apply -f ns.yaml -n other', 'error: the namespace from the provided object "team-a" does not match the namespace "other". You must pass \'--namespace=team-a\' to perform this operation.\n'],
    ['kubectl get deploy/nope', 'Error from server (NotFound): deployments.apps "nope" not found\n'],
    ['kubectl delete pod nope', 'Error from server (NotFound): pods "nope" not found\n'],
    ['kubectl describe pod nope', 'Error from server (NotFound): pods "nope" not found\n'],
    ['kubectl logs nope', 'Error from server (NotFound): pods "nope" not found\n'],
  ])('%s', async (line, stderr) => {
    const r = await run(line, { 'ns.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  namespace: team-a\n' });
    expect(r.stderr).toBe(stderr);
    expect(r.stdout).toBe('');
    expect(r.exitCode).toBe(1);
  });
});

describe('kubectl get', () => {
  it('says No resources found on stderr for an empty namespace, and for -A / cluster-scoped kinds', async () => {
    expect(await run('kubectl get pods')).toMatchObject({ stdout: '', stderr: 'No resources found in default namespace.\n', exitCode: 0 });
    expect((await run('kubectl get pods -n kube-public')).stderr).toBe('No resources found in kube-public namespace.\n');
    expect((await run('kubectl get nodes')).stderr).toBe('No resources found\n');
  });

  it('short names, kind/name form, -o name, -l selectors', async () => {
    const { t } = await run('kubectl apply -f pod.yaml', { 'pod.yaml': POD });
    t.clock.advance(3000);
    const get = (line: string) => runCommand(line, t.ctx);
    expect((await get('k get po')).stdout).toBe('NAME   READY   STATUS    RESTARTS   AGE\nweb    0/1     Pending   0          3s\n');
    expect((await get('k get pod/web')).stdout).toBe('NAME   READY   STATUS    RESTARTS   AGE\nweb    0/1     Pending   0          3s\n');
    expect((await get('k get pods,svc -o name')).stdout).toBe('pod/web\nservice/kubernetes\n');
    expect((await get('k get pods -l app=web -o name')).stdout).toBe('pod/web\n');
    expect((await get('k get pods -l app=other')).stderr).toBe('No resources found in default namespace.\n');
  });

  it('prints several kinds with kind/ prefixes and a blank line between tables', async () => {
    const { t } = await run('kubectl apply -f pod.yaml', { 'pod.yaml': POD });
    const r = await runCommand('kubectl get all', t.ctx);
    expect(r.stdout).toBe(
      'NAME      READY   STATUS    RESTARTS   AGE\n' +
      'pod/web   0/1     Pending   0          0s\n' +
      '\n' +
      'NAME                 TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE\n' +
      'service/kubernetes   ClusterIP   10.0.0.1     <none>        443/TCP   0s\n',
    );
  });

  it('-o yaml prints one object as is, several as a List', async () => {
    const { t } = await run('kubectl apply -f pod.yaml', { 'pod.yaml': POD });
    const one = await runCommand('kubectl get pod web -o yaml', t.ctx);
    expect(one.stdout).toMatch(/^apiVersion: v1\nkind: Pod\nmetadata:\n {2}annotations:\n {4}kubectl.kubernetes.io\/last-applied-configuration: \|\n {6}\{"apiVersion":"v1"/);
    const list = await runCommand('kubectl get pods -o json', t.ctx);
    const parsed = JSON.parse(list.stdout) as { kind: string; items: Array<{ kind: string; apiVersion: string }>; metadata: unknown };
    expect(parsed.kind).toBe('List');
    expect(parsed.items.map((i) => [i.apiVersion, i.kind])).toEqual([['v1', 'Pod']]);
    expect(parsed.metadata).toEqual({ resourceVersion: '' });
    expect(list.stdout.startsWith('{\n    "apiVersion": "v1",\n    "items": [\n')).toBe(true);
  });
});

describe('kubectl delete', () => {
  it('deletes by name and by file, in kubectl 1.32 wording', async () => {
    const { t } = await run('kubectl apply -f pod.yaml', { 'pod.yaml': POD });
    expect(await runCommand('kubectl delete -f pod.yaml', t.ctx)).toMatchObject({ stdout: 'pod "web" deleted\n', exitCode: 0 });
    await expect(t.ctx.client.get(R.pods, 'default', 'web')).rejects.toThrow('pods "web" not found');
    expect((await runCommand('kubectl delete -f pod.yaml', t.ctx)).stderr).toBe('Error from server (NotFound): error when deleting "pod.yaml": pods "web" not found\n');
    await runCommand('kubectl apply -f pod.yaml', t.ctx);
    expect((await runCommand('kubectl delete pod web --grace-period=0 --force', t.ctx))).toMatchObject({
      stdout: 'pod "web" force deleted\n',
      stderr: 'Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n',
    });
  });

  it('names deployments with their group', async () => {
    const { t } = await run('kubectl get ns');
    await t.ctx.client.create(R.services, 'default', { apiVersion: 'v1', kind: 'Service', metadata: { name: 'web' }, spec: { ports: [{ port: 80 }], selector: { app: 'web' } } });
    expect((await runCommand('kubectl delete svc web', t.ctx)).stdout).toBe('service "web" deleted\n');
  });
});

describe('kubectl get -o jsonpath / custom-columns / --sort-by', () => {
  async function twoPods() {
    const t = testContext({ 'a.yaml': POD.replace('name: web\n  labels', 'name: zeta\n  labels'), 'b.yaml': POD.replace('name: web\n  labels', 'name: alpha\n  labels').replace('image: nginx', 'image: redis') });
    await runCommand('kubectl apply -f b.yaml', t.ctx);
    t.clock.advance(1000);
    await runCommand('kubectl apply -f a.yaml', t.ctx);
    return t;
  }

  it('jsonpath over one object or the List', async () => {
    const t = await twoPods();
    expect((await runCommand(`kubectl get pod zeta -o jsonpath='{.spec.containers[0].image}'`, t.ctx)).stdout).toBe('nginx');
    expect((await runCommand(`kubectl get pods -o jsonpath='{range .items[*]}{.metadata.name}{"\\n"}{end}'`, t.ctx)).stdout).toBe('alpha\nzeta\n');
    expect((await runCommand('kubectl get pods -o jsonpath', t.ctx)).stderr).toBe('error: template format specified but no template given\n');
  });

  it('custom-columns with kubectl alignment', async () => {
    const t = await twoPods();
    expect((await runCommand('kubectl get pods -o custom-columns=NAME:.metadata.name,IMAGE:.spec.containers[*].image,NODE:.spec.nodeName', t.ctx)).stdout).toBe(
      'NAME    IMAGE   NODE\nalpha   redis   <none>\nzeta    nginx   <none>\n',
    );
  });

  it('--sort-by orders rows by a field', async () => {
    const t = await twoPods();
    expect((await runCommand('kubectl get pods --sort-by=.spec.containers[0].image -o name', t.ctx)).stdout).toBe('pod/zeta\npod/alpha\n');
    expect((await runCommand('kubectl get pods --sort-by={.metadata.creationTimestamp} -o name', t.ctx)).stdout).toBe('pod/alpha\npod/zeta\n');
  });
});

describe('kubectl config', () => {
  it('set-context --current --namespace changes the namespace later commands use', async () => {
    const t = testContext();
    let told = '';
    t.ctx.setNamespace = (ns) => {
      told = ns;
    };
    expect((await runCommand('kubectl config current-context', t.ctx)).stdout).toBe('myAKSCluster\n');
    expect((await runCommand('kubectl config set-context --current --namespace=kube-public', t.ctx)).stdout).toBe('Context "myAKSCluster" modified.\n');
    expect(told).toBe('kube-public');
    expect((await runCommand('kubectl get pods', t.ctx)).stderr).toBe('No resources found in kube-public namespace.\n');
    expect((await runCommand('kubectl config get-contexts', t.ctx)).stdout).toBe('CURRENT   NAME           CLUSTER        AUTHINFO                                   NAMESPACE\n*         myAKSCluster   myAKSCluster   clusterUser_myResourceGroup_myAKSCluster   kube-public\n');
  });
});

describe('kubectl version', () => {
  it('prints the client version, and the server version when nodes report one', async () => {
    const t = testContext();
    expect((await runCommand('kubectl version --client', t.ctx)).stdout).toBe('Client Version: v1.32.4\nKustomize Version: v5.5.0\n');
    await t.ctx.client.create(R.nodes, undefined, { apiVersion: 'v1', kind: 'Node', metadata: { name: 'n1' } });
    const n = await t.ctx.client.get(R.nodes, undefined, 'n1');
    await t.ctx.client.updateStatus(R.nodes, undefined, { ...n, status: { nodeInfo: { kubeletVersion: 'v1.32.6' } } });
    expect((await runCommand('kubectl version', t.ctx)).stdout).toBe('Client Version: v1.32.4\nKustomize Version: v5.5.0\nServer Version: v1.32.6\n');
  });
});

describe('kubectl api-resources', () => {
  it('lists the served kinds, core group first', async () => {
    const { stdout } = await run('kubectl api-resources');
    const lines = stdout.split('\n');
    expect(lines[0]).toMatch(/^NAME +SHORTNAMES +APIVERSION +NAMESPACED +KIND$/);
    expect(lines.find((l) => l.startsWith('pods '))).toMatch(/^pods +po +v1 +true +Pod$/);
    expect(lines.findIndex((l) => l.startsWith('deployments'))).toBeGreaterThan(lines.findIndex((l) => l.startsWith('services')));
    expect((await run('kubectl api-resources --namespaced=false -o name')).stdout).toBe('namespaces\nnodes\npersistentvolumes\ningressclasses.networking.k8s.io\nstorageclasses.storage.k8s.io\n');
  });
});
