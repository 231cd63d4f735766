import { describe, expect, it } from 'vitest';
import { candidates, KUBECTL_COMMANDS, PROGRAMS, type CompletionSource } from './complete';
import { COMMANDS } from '../../cli/kubectl/index';
import { BUILTINS } from '../../cli/shell/builtins';
import { FILTERS } from '../../cli/shell/filters';

const objects: Record<string, string[]> = { 'Pod/default': ['web-1', 'web-2'], 'Pod/kube-system': ['coredns-abc'], 'Namespace/': ['default', 'kube-system'], 'Node/': ['node-a'], 'Deployment/default': ['web'] };
const src: CompletionSource = {
  names: (kind, ns) => objects[`${kind}/${ns}`] ?? [],
  files: () => ['pod.yaml'],
};

describe('terminal completion', () => {
  it('offers the shell\'s programs, after a pipe too, and files to read or write', () => {
    expect(PROGRAMS).toEqual([...new Set([...BUILTINS, ...FILTERS, 'az', 'clear', 'curl', 'helm', 'k', 'kubectl', 'timeout', 'xargs'])].sort());
    expect(candidates('kubectl get pods | gr', src)).toEqual(PROGRAMS);
    expect(candidates('kubectl get pods && k', src)).toEqual(PROGRAMS);
    expect(candidates('kubectl get pods | grep web ', src)).toEqual(['pod.yaml']);
    expect(candidates('kubectl get pods > ', src)).toEqual(['pod.yaml']);
    expect(candidates('echo x | kubectl get ', src)).toEqual(expect.arrayContaining(['pods', 'deploy']));
  });

  it('completes programs, then kubectl commands', () => {
    expect(candidates('ku', src)).toEqual(PROGRAMS);
    expect(candidates('kubectl ', src)).toEqual(KUBECTL_COMMANDS);
    expect(candidates('kubectl -n kube-system g', src)).toEqual(KUBECTL_COMMANDS);
    // the list is kept apart from the interpreter (the UI bundle does not load it) but must not drift
    expect(KUBECTL_COMMANDS).toEqual(Object.keys(COMMANDS).sort());
  });

  it('completes resource types and then names of that type in the namespace', () => {
    expect(candidates('kubectl get ', src)).toEqual(expect.arrayContaining(['pods', 'po', 'deployments', 'deploy']));
    expect(candidates('kubectl get pods w', src)).toEqual(['web-1', 'web-2']);
    expect(candidates('kubectl -n kube-system describe po ', src)).toEqual(['coredns-abc']);
    expect(candidates('kubectl get deploy ', src)).toEqual(['web']);
    expect(candidates('kubectl logs ', src)).toEqual(['web-1', 'web-2']);
    expect(candidates('kubectl cordon ', src)).toEqual(['node-a']);
    expect(candidates('kubectl rollout ', src)).toEqual(['history', 'pause', 'restart', 'resume', 'status', 'undo']);
    expect(candidates('kubectl rollout status deployment ', src)).toEqual(['web']);
  });

  it('completes flag values: namespaces, files, output formats', () => {
    expect(candidates('kubectl get pods -n ', src)).toEqual(['default', 'kube-system']);
    expect(candidates('kubectl apply -f p', src)).toEqual(['pod.yaml']);
    expect(candidates('kubectl get pods -o ', src)).toEqual(['json', 'name', 'wide', 'yaml']);
  });

  it('completes each command\'s own flags, and create\'s subcommands', () => {
    expect(candidates('kubectl get pods --wat', src)).toEqual(expect.arrayContaining(['--watch', '--watch-only']));
    expect(candidates('kubectl get pods --wat', src)).not.toContain('--replicas');
    expect(candidates('kubectl scale deploy web --r', src)).toContain('--replicas');
    expect(candidates('kubectl create ', src)).toEqual(['configmap', 'cronjob', 'deployment', 'job', 'namespace', 'secret', 'service']);
    expect(candidates('kubectl create service ', src)).toEqual(['clusterip', 'externalname', 'loadbalancer', 'nodeport']);
    expect(candidates('kubectl create cronjob tick --s', src)).toContain('--schedule');
    expect(candidates('kubectl create deployment web --s', src)).not.toContain('--schedule');
  });

  it('offers nothing for unknown programs, flags or types', () => {
    expect(candidates('ls ', src)).toEqual(['pod.yaml']);
    expect(candidates('sleep ', src)).toEqual([]);
    expect(candidates('kubectl get widgets ', src)).toEqual([]);
  });
});

describe('terminal completion for az', () => {
  it('offers az groups, aks commands and nodepool commands', () => {
    expect(candidates('az ', src)).toEqual(['account', 'aks', 'login', 'version']);
    expect(candidates('az aks up', src)).toContain('upgrade');
    expect(candidates('az aks nodepool ', src)).toContain('update');
    expect(candidates('az aks show -g ', src)).toEqual([]);
  });
});
