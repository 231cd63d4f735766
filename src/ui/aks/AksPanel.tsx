// The AKS panel, in the editor's place while open: the cluster's node pools with their upgrade
// progress and the live chart (Live), or the max-surge compare view (Compare).
import { useTranslation } from 'react-i18next';
import { useAksPanel, type AksTab } from './panel-store';
import { useAksSnapshot, useTimeline } from './use-aks';
import { LiveChart } from './LiveChart';
import { PoolBars } from './PoolBars';
import { CompareView } from './CompareView';

function Live() {
  const { t } = useTranslation();
  const snap = useAksSnapshot();
  const series = useTimeline();
  return (
    <div className="space-y-3">
      {snap ? <PoolBars snap={snap} /> : <p className="text-sm text-slate-500">{snap === null ? t('aks.none') : t('shell.loading')}</p>}
      {series && series.samples.length > 0 && <LiveChart series={series} />}
      <p className="text-xs text-slate-500">{t('aks.live.hint')}</p>
    </div>
  );
}

export function AksPanel() {
  const { t } = useTranslation();
  const { tab, show, hide } = useAksPanel();
  const tabButton = (id: AksTab) => (
    <button type="button" role="tab" aria-selected={tab === id} onClick={() => show(id)} className={`rounded-t px-3 py-1 text-sm ${tab === id ? 'bg-white font-semibold text-slate-900' : 'text-slate-600 hover:bg-slate-100'}`}>
      {t(`aks.tab.${id}`)}
    </button>
  );
  return (
    <section className="flex h-full min-h-0 flex-col overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm" aria-label={t('aks.title')} data-testid="aks-panel">
      <div className="flex items-center gap-1 border-b border-slate-200 bg-slate-50 px-2 pt-1" role="tablist">
        <h2 className="mr-2 text-sm font-bold">{t('aks.title')}</h2>
        {tabButton('live')}
        {tabButton('compare')}
        <button type="button" onClick={hide} className="ml-auto rounded px-2 py-0.5 text-sm text-slate-600 hover:bg-slate-200" aria-label={t('aks.close')} title={t('aks.close')}>
          ×
        </button>
      </div>
      <div className="min-h-0 flex-1 overflow-auto p-3" role="tabpanel">
        {tab === 'live' ? <Live /> : <CompareView />}
      </div>
    </section>
  );
}
