// helm repo add|list|update|remove: the output and errors of the real helm 4.1 (captured against a
// local repository), over the workspace's in-memory repository list with `stable` preconfigured.
import { describe, expect, it } from 'vitest';
import { testContext } from '../testing/context';
import { runHelm } from './index';

async function helm(ctx: ReturnType<typeof testContext>['ctx'], line: string) {
  return runHelm(line.split(' '), ctx);
}

describe('helm repo', () => {
  it('lists the built-in stable repository, as Helm 2 had it preconfigured', async () => {
    const { ctx } = testContext();
    expect((await helm(ctx, 'repo list')).stdout).toBe('NAME  \tURL                          \nstable\thttps://charts.helm.sh/stable\n');
    expect((await helm(ctx, 'repo list -o json')).stdout).toBe('[{"name":"stable","url":"https://charts.helm.sh/stable"}]\n');
    expect((await helm(ctx, 'repo ls -o yaml')).stdout).toBe('- name: stable\n  url: https://charts.helm.sh/stable\n');
  });

  it('skips adding stable again, refuses another URL under its name and reaches no other host', async () => {
    const { ctx } = testContext();
    expect(await helm(ctx, 'repo add stable https://charts.helm.sh/stable')).toEqual({ stdout: '"stable" already exists with the same configuration, skipping\n', stderr: '', exitCode: 0 });
    expect((await helm(ctx, 'repo add stable https://charts.helm.sh/stable/')).stderr).toBe('Error: repository name (stable) already exists, please specify a different name\n');
    expect((await helm(ctx, 'repo add bitnami https://charts.bitnami.com/bitnami')).stderr).toBe(
      'Error: looks like "https://charts.bitnami.com/bitnami" is not a valid chart repository or cannot be reached: Get "https://charts.bitnami.com/bitnami/index.yaml": dial tcp: lookup charts.bitnami.com: no such host\n',
    );
    expect((await helm(ctx, 'repo add old https://kubernetes-charts.storage.googleapis.com')).stderr).toBe('Error: repo "https://kubernetes-charts.storage.googleapis.com" is no longer available; try "https://charts.helm.sh/stable" instead\n');
    expect((await helm(ctx, 'repo add inc https://kubernetes-charts-incubator.storage.googleapis.com/')).stderr).toBe('Error: repo "https://kubernetes-charts-incubator.storage.googleapis.com/" is no longer available; try "https://charts.helm.sh/incubator" instead\n');
    expect((await helm(ctx, 'repo add a/b https://charts.helm.sh/stable')).stderr).toBe("Error: repository name (a/b) contains '/', please specify a different name without '/'\n");
    expect((await helm(ctx, 'repo add foo charts.example.com')).stderr).toBe('Error: could not find protocol handler for: \n');
    expect((await helm(ctx, 'repo add foo ftp://x/y')).stderr).toBe('Error: could not find protocol handler for: ftp\n');
    expect((await helm(ctx, 'repo add stable')).stderr).toBe('Error: "helm repo add" requires 2 arguments\n\nUsage:  helm repo add [NAME] [URL] [flags]\n');
  });

  it('adds a hosted URL under a new name, updates, removes, and reports an empty list on stderr', async () => {
    const { ctx } = testContext();
    expect((await helm(ctx, 'repo add mine https://charts.helm.sh/stable')).stdout).toBe('"mine" has been added to your repositories\n');
    expect((await helm(ctx, 'repo update')).stdout).toBe(
      'Hang tight while we grab the latest from your chart repositories...\n...Successfully got an update from the "stable" chart repository\n...Successfully got an update from the "mine" chart repository\nUpdate Complete. ⎈Happy Helming!⎈\n',
    );
    expect((await helm(ctx, 'repo update a b')).stderr).toBe("Error: no repositories found matching 'a'.  Nothing will be updated\n");
    expect(await helm(ctx, 'repo remove mine nope')).toEqual({ stdout: '"mine" has been removed from your repositories\n', stderr: 'Error: no repo named "nope" found\n', exitCode: 1 });
    expect((await helm(ctx, 'repo rm stable')).stdout).toBe('"stable" has been removed from your repositories\n');
    expect(await helm(ctx, 'repo list')).toEqual({ stdout: '', stderr: 'no repositories to show\n', exitCode: 0 });
    expect((await helm(ctx, 'repo update')).stderr).toBe('Error: no repositories found. You must add one before updating\n');
    expect((await helm(ctx, 'search repo nginx')).stderr).toBe('Error: no repositories configured\n');
    expect((await helm(ctx, 'show chart stable/nginx')).stderr).toBe('Error: repo stable not found\n');
    expect((await helm(ctx, 'repo remove')).stderr).toBe('Error: "helm repo remove" requires at least 1 argument\n\nUsage:  helm repo remove [REPO1 [REPO2 ...]] [flags]\n');
  });

  it('keeps each workspace\'s repositories apart', async () => {
    const a = testContext().ctx;
    const b = testContext().ctx;
    await helm(a, 'repo remove stable');
    expect((await helm(b, 'repo list')).stdout).toContain('stable');
  });
});
