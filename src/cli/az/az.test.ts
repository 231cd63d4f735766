import { describe, expect, it } from 'vitest';
import { createCluster } from '../../sim/cluster';
import { clusterContext } from '../cluster-context';
import { runCommand } from '../run';
import { MemoryWorkspace } from '../workspace';

function shell() {
  const cluster = createCluster({ seed: 1 });
  const ctx = clusterContext(cluster, new MemoryWorkspace());
  return { cluster, run: (line: string) => runCommand(line, ctx) };
}

describe('az aks', () => {
  it('requires -g and -n as argparse does, and -o json prints camelCase sorted keys', async () => {
    const { run } = shell();
    expect(await run('az aks show')).toMatchObject({ exitCode: 2, stderr: 'ERROR: the following arguments are required: --resource-group/-g, --name/-n\n' });
    expect((await run('az aks nodepool list -g myResourceGroup')).stderr).toBe('ERROR: the following arguments are required: --cluster-name\n');
    const shown = JSON.parse((await run('az aks show -g myResourceGroup -n myAKSCluster')).stdout);
    expect(shown).toMatchObject({ name: 'myAKSCluster', location: 'japaneast', kubernetesVersion: '1.32.6', provisioningState: 'Succeeded', nodeResourceGroup: 'MC_myResourceGroup_myAKSCluster_japaneast' });
    expect(Object.keys(shown)).toEqual([...Object.keys(shown)].sort());
    expect(shown.agentPoolProfiles[0]).toMatchObject({ name: 'nodepool1', mode: 'System', count: 3, vmSize: 'Standard_DS2_v2' });
  });

  it('get-credentials prints the merge message; unknown groups and clusters fail as ARM does', async () => {
    const { run } = shell();
    expect((await run('az aks get-credentials -g myResourceGroup -n myAKSCluster')).stdout).toBe('Merged "myAKSCluster" as current context in /home/user/.kube/config\n');
    const r = await run('az aks show -g myResourceGroup -n other');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/^ERROR: \(ResourceNotFound\) The Resource 'Microsoft.ContainerService\/managedClusters\/other'/);
  });

  it('nodepool scale waits on the simulated clock until the new nodes are Ready', async () => {
    const { cluster, run } = shell();
    const before = cluster.clock.now();
    const r = await run('az aks nodepool scale -g myResourceGroup --cluster-name myAKSCluster -n nodepool1 --node-count 4 -o table');
    expect(r.stdout).toContain('nodepool1  Linux     1.32.6               Standard_DS2_v2  4        110        Succeeded            System');
    expect(cluster.clock.now()).toBeGreaterThan(before);
    expect((await run('kubectl get nodes --no-headers')).stdout.trim().split('\n')).toHaveLength(4);
  });

  it('refuses maxUnavailable on a System pool and an upgrade without --yes (no tty)', async () => {
    const { run } = shell();
    expect((await run('az aks nodepool update -g myResourceGroup --cluster-name myAKSCluster -n nodepool1 --max-unavailable 1')).stderr).toContain('maxUnavailable is not supported for System mode node pools');
    expect((await run('az aks upgrade -g myResourceGroup -n myAKSCluster -k 1.33.1')).stderr).toBe('ERROR: Unable to prompt for confirmation as no tty available. Use --yes.\n');
  });

  it('upgrade --yes upgrades control plane and pool and prints the cluster', async () => {
    const { run } = shell();
    const r = await run('az aks upgrade -g myResourceGroup -n myAKSCluster --kubernetes-version 1.33.1 --yes');
    expect(JSON.parse(r.stdout)).toMatchObject({ currentKubernetesVersion: '1.33.1', provisioningState: 'Succeeded', agentPoolProfiles: [{ currentOrchestratorVersion: '1.33.1' }] });
    expect((await run('kubectl get nodes --no-headers')).stdout).not.toContain('v1.32.6');
  });
});

describe('az aks --query and argument errors', () => {
  it('--query with -o tsv prints the bare value; table gets knack generic columns', async () => {
    const { run } = shell();
    expect((await run('az aks show -g myResourceGroup -n myAKSCluster --query nodeResourceGroup -o tsv')).stdout).toBe('MC_myResourceGroup_myAKSCluster_japaneast\n');
    // unset (null) cells drop out of knack's table; a set maxSurge shows
    expect((await run("az aks nodepool list -g myResourceGroup --cluster-name myAKSCluster --query '[].{name:name,maxSurge:upgradeSettings.maxSurge}' -o table")).stdout).toBe('Name\n---------\nnodepool1\n');
    await run('az aks nodepool update -g myResourceGroup --cluster-name myAKSCluster -n nodepool1 --max-surge 33%');
    expect((await run("az aks nodepool list -g myResourceGroup --cluster-name myAKSCluster --query '[].{name:name,maxSurge:upgradeSettings.maxSurge}' -o table")).stdout).toBe('Name       MaxSurge\n---------  ----------\nnodepool1  33%\n');
    expect((await run('az aks show -g myResourceGroup -n myAKSCluster --query agentPoolProfiles[0].count')).stdout).toBe('3\n');
  });

  it('an unknown flag is an unrecognized argument', async () => {
    const { run } = shell();
    expect(await run('az aks show -g myResourceGroup -n myAKSCluster --bogus')).toMatchObject({ exitCode: 2, stderr: 'ERROR: unrecognized arguments: --bogus\n' });
  });
});

describe('az nodepool get-upgrades, labels, account', () => {
  it('nodepool get-upgrades offers versions up to the control plane only', async () => {
    const { run } = shell();
    const r = JSON.parse((await run('az aks nodepool get-upgrades -g myResourceGroup --cluster-name myAKSCluster --nodepool-name nodepool1')).stdout);
    expect(r).toMatchObject({ kubernetesVersion: '1.32.6', upgrades: null, name: 'default' });
    expect((await run('az aks nodepool get-upgrades -g myResourceGroup --cluster-name myAKSCluster')).stderr).toBe('ERROR: the following arguments are required: --nodepool-name\n');
  });

  it('nodepool update --labels relabels the live nodes', async () => {
    const { run } = shell();
    await run("az aks nodepool update -g myResourceGroup --cluster-name myAKSCluster -n nodepool1 --labels 'tier=web team=a'");
    expect((await run('kubectl get nodes -l tier=web --no-headers')).stdout.trim().split('\n')).toHaveLength(3);
    await run('az aks nodepool update -g myResourceGroup --cluster-name myAKSCluster -n nodepool1 --labels team=b');
    expect((await run('kubectl get nodes -l tier=web')).stderr).toBe('No resources found\n');
  });

  it('account show prints the simulated subscription', async () => {
    const { run } = shell();
    expect((await run('az account show --query id -o tsv')).stdout).toBe('00000000-0000-0000-0000-000000000000\n');
  });
});
