// For a selected Node: its AKS node pool (mode, VM size, version, surge settings) and, while an
// upgrade runs, its progress — phase, batch and nodes done — read from the worker's AKS model.
import { useTranslation } from 'react-i18next';
import { useAksSnapshot } from '../aks/use-aks';

export function AksPool({ node }: { node: string }) {
  const { t } = useTranslation();
  const snap = useAksSnapshot();
  const pool = Array.isArray(snap?.pools) ? snap.pools.find((p) => p.nodes.some((n) => n.name === node)) : undefined;
  if (!snap || !pool) return null;
  const up = snap.upgrade;
  const mine = up && up.phase !== 'done' && (up.pool === pool.name || up.phase === 'controlPlane') ? up : undefined;
  const instance = pool.nodes.find((n) => n.name === node);
  return (
    <section className="kp-section" aria-label={t('inspector.aks.title')}>
      <h3>{t('inspector.aks.title')}</h3>
      <p>
        {t('inspector.aks.pool', { pool: pool.name, mode: pool.mode, vmSize: pool.vmSize, count: pool.count, version: pool.currentOrchestratorVersion })}
        {instance && ` ${t('inspector.aks.instance', { state: instance.state, version: instance.version })}${instance.surge ? ` ${t('inspector.aks.surge')}` : ''}`}
      </p>
      <p className="kp-hint">{t('inspector.aks.settings', { maxSurge: pool.upgradeSettings.maxSurge ?? '1', drain: pool.upgradeSettings.drainTimeoutInMinutes ?? 30, soak: pool.upgradeSettings.nodeSoakDurationInMinutes ?? 0 })}</p>
      {mine && (
        <div data-testid="aks-progress">
          <p>
            {t(`inspector.aks.phase.${mine.phase}`, { target: mine.target })} · {t('inspector.aks.batch', { batch: mine.batch, batches: mine.batches, done: mine.upgradedNodes, total: mine.totalNodes })}
          </p>
          <progress className="w-full" max={Math.max(1, mine.totalNodes)} value={mine.upgradedNodes} aria-label={t('inspector.aks.progress', { pool: pool.name })} />
          {mine.error && <p className="kp-hint text-red-700">{mine.error}</p>}
        </div>
      )}
    </section>
  );
}
