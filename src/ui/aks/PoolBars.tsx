// One row per node pool: mode, size, version, max surge, and a progress bar of nodes upgraded while
// an upgrade runs through it (the cluster's control plane first, then each pool in turn).
import { useTranslation } from 'react-i18next';
import type { AksSnapshot } from '../../sim/aks/types';

export function PoolBars({ snap }: { snap: AksSnapshot }) {
  const { t } = useTranslation();
  const up = snap.upgrade && snap.upgrade.phase !== 'done' ? snap.upgrade : undefined;
  return (
    <div className="space-y-2">
      <p className="text-xs text-slate-600">
        {t('aks.cluster', { name: snap.cluster.name, group: snap.cluster.resourceGroup, location: snap.cluster.location, version: snap.cluster.currentKubernetesVersion })}
        {up?.phase === 'controlPlane' && <strong className="ml-1 text-amber-700">{t('inspector.aks.phase.controlPlane', { target: up.target })}</strong>}
      </p>
      <ul className="space-y-2">
        {snap.pools.map((p) => {
          const mine = up && up.pool === p.name ? up : undefined;
          return (
            <li key={p.name} className="rounded border border-slate-200 p-2 text-xs" data-testid={`aks-pool-${p.name}`}>
              <div className="flex flex-wrap items-baseline gap-x-2">
                <strong className="text-sm">{p.name}</strong>
                <span>{p.mode}</span>
                <span>{p.vmSize}</span>
                <span>{t('aks.pool.nodes', { count: p.nodes.length })}</span>
                <span>Kubernetes {p.currentOrchestratorVersion}</span>
                <span>{t('aks.pool.maxSurge', { value: p.upgradeSettings.maxSurge ?? '1' })}</span>
                <span className="ml-auto text-slate-500">{p.provisioningState}</span>
              </div>
              {mine && (
                <div className="mt-1">
                  <p>
                    {t(`inspector.aks.phase.${mine.phase}`, { target: mine.target })} · {t('inspector.aks.batch', { batch: mine.batch, batches: mine.batches, done: mine.upgradedNodes, total: mine.totalNodes })}
                  </p>
                  <progress className="w-full" max={Math.max(1, mine.totalNodes)} value={mine.upgradedNodes} aria-label={t('inspector.aks.progress', { pool: p.name })} />
                  {mine.error && <p className="text-red-700">{mine.error}</p>}
                </div>
              )}
              {!mine && up && up.phase !== 'failed' && !up.nodeImageOnly && p.currentOrchestratorVersion !== up.target && <p className="mt-1 text-slate-500">{t('aks.pool.waiting')}</p>}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
