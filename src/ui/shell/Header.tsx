import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './LanguageSwitch';
import { WorkerStatusBadge } from './WorkerStatus';
import { useAksPanel } from '../aks/panel-store';

export function Header() {
  const { t } = useTranslation();
  const aks = useAksPanel();
  return (
    <header className="flex items-center gap-4 bg-slate-800 px-4 py-2 text-white shadow">
      <div className="flex items-baseline gap-3">
        <h1 className="flex items-center gap-2 text-lg font-bold tracking-tight">
          <img src="./favicon.svg" alt="" className="h-6 w-6" />
          {t('shell.title')}
        </h1>
        <span className="hidden text-sm text-slate-300 md:inline">{t('shell.tagline')}</span>
      </div>
      <div className="ml-auto flex items-center gap-4">
        <button
          type="button"
          aria-pressed={aks.open}
          onClick={() => (aks.open ? aks.hide() : aks.show())}
          className={`rounded border px-2 py-0.5 text-sm ${aks.open ? 'border-white bg-white text-slate-800' : 'border-slate-500 text-white hover:bg-slate-700'}`}
          title={t('aks.open')}
        >
          {t('aks.button')}
        </button>
        <WorkerStatusBadge />
        <LanguageSwitch />
      </div>
    </header>
  );
}
