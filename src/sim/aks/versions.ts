// AKS's supported Kubernetes versions (azure-aks-docs supported-kubernetes-versions.md): the newest
// three minors are supported (N-2), each with a few patches. Upgrades never skip a minor: from 1.31.x
// the targets are newer 1.31 patches and 1.32 patches. What `az aks get-versions`/`get-upgrades` print.

export interface MinorVersion {
  minor: string; // '1.32'
  patches: string[]; // oldest first
  isPreview?: boolean;
  /** LTS-only (outside the community support window) */
  ltsOnly?: boolean;
}

export const VERSIONS: MinorVersion[] = [
  { minor: '1.30', patches: ['1.30.13', '1.30.14'], ltsOnly: true },
  { minor: '1.31', patches: ['1.31.9', '1.31.10', '1.31.11'] },
  { minor: '1.32', patches: ['1.32.5', '1.32.6', '1.32.7'] },
  { minor: '1.33', patches: ['1.33.1', '1.33.2', '1.33.3'] },
];

export const DEFAULT_VERSION = '1.32.6';

export function minorOf(v: string): string {
  return v.split('.').slice(0, 2).join('.');
}

/** numeric compare of dotted versions */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export function isSupported(v: string): boolean {
  return VERSIONS.some((m) => m.patches.includes(v));
}

/** the versions `from` may upgrade to: later patches of its minor and every patch of the next minor */
export function upgradesFrom(from: string): string[] {
  const i = VERSIONS.findIndex((m) => m.minor === minorOf(from));
  if (i < 0) return [];
  const same = VERSIONS[i].patches.filter((p) => compareVersions(p, from) > 0);
  const next = VERSIONS[i + 1]?.patches ?? [];
  return [...same, ...next];
}

/** why `from` → `to` is not allowed, or undefined when it is (the control plane's check) */
export function upgradeError(from: string, to: string): string | undefined {
  if (!isSupported(to)) return `(K8sVersionNotSupported) Managed cluster myAKSCluster is on version ${from}, but version ${to} is not supported in this region. Please use [az aks get-versions] command to get the supported version list in this region. For more information, please check https://aka.ms/supported-version-list`;
  if (compareVersions(to, from) < 0) return `(NotAllowedOperation) Downgrading kubernetes version ${from} to ${to} is not allowed. Available upgrades: ${upgradesFrom(from).join(', ')}.`;
  if (to !== from && !upgradesFrom(from).includes(to)) return `(UpgradeFailed) Upgrading kubernetes version ${from} to ${to} is not allowed. Available upgrades: ${upgradesFrom(from).join(', ')}. Please see https://aka.ms/aks/UpgradeVersionRules for more details.`;
  return undefined;
}
