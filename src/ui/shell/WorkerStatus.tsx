// The simulator's state in the header, and the crash alert with "Restart simulator". A restart
// starts a fresh worker and cluster; the editor's text lives in the store and is kept.
import { useTranslation } from 'react-i18next';
import { useStore } from '../../state/store';
import { workerClient } from '../../worker/client';

const DOT = { starting: 'bg-amber-400', ready: 'bg-emerald-400', crashed: 'bg-red-500' } as const;

function restart(lang: string) {
  void workerClient.restart(lang);
}

export function WorkerStatusBadge() {
  const { t, i18n } = useTranslation();
  const status = useStore((s) => s.workerStatus);
  return (
    <div className="flex items-center gap-2 text-xs text-slate-300">
      <span className="flex items-center gap-1.5" role="status">
        <span aria-hidden className={`inline-block h-2 w-2 rounded-full ${DOT[status]}`} />
        {t(`shell.status.${status}`)}
      </span>
      {status === 'ready' && (
        <button type="button" className="rounded border border-slate-600 px-2 py-0.5 text-slate-200 hover:bg-slate-700" onClick={() => restart(i18n.language)}>
          {t('shell.restart')}
        </button>
      )}
    </div>
  );
}

export function CrashAlert() {
  const { t, i18n } = useTranslation();
  const status = useStore((s) => s.workerStatus);
  const message = useStore((s) => s.crashMessage);
  if (status !== 'crashed') return null;
  return (
    <div role="alert" className="mx-3 mt-2 flex items-center gap-4 rounded-lg border border-red-300 bg-red-50 px-4 py-2 text-sm text-red-800 shadow-sm">
      <div className="min-w-0 flex-1">
        <p className="font-semibold">{t('shell.crash.title')}</p>
        <p>{t('shell.crash.body')}</p>
        {message && <p className="mt-1 truncate font-mono text-xs text-red-700">{message}</p>}
      </div>
      <button type="button" className="shrink-0 rounded-md bg-red-600 px-3 py-1.5 font-semibold text-white hover:bg-red-700" onClick={() => restart(i18n.language)}>
        {t('shell.restart')}
      </button>
    </div>
  );
}
