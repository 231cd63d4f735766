// The layout: header; the lesson on the left; editor and cluster graph side by side, the terminal
// under them and the timeline at the bottom. The inspector opens over the graph's right edge; the
// AKS panel (header button, lesson steps) replaces the editor while it is open.
import { Suspense, lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { Header } from './Header';
import { CrashAlert } from './WorkerStatus';
import { Timeline } from '../timeline/Timeline';
import { Terminal } from '../terminal/Terminal';
import { LessonPanel } from '../lesson/LessonPanel';
import { ClusterGraph } from '../graph/ClusterGraph';
import { Inspector } from '../inspector/Inspector';
import { AksPanel } from '../aks/AksPanel';
import { useAksPanel } from '../aks/panel-store';

// Monaco is the heaviest piece: loading it separately lets the rest of the page appear first.
const ManifestEditor = lazy(() => import('../editor/ManifestEditor').then((m) => ({ default: m.ManifestEditor })));

function Loading() {
  const { t } = useTranslation();
  return <div className="grid h-full place-items-center text-sm text-slate-500">{t('shell.loading')}</div>;
}

export function App() {
  const aksOpen = useAksPanel((s) => s.open);
  return (
    <div className="flex h-full min-h-0 flex-col">
      <Header />
      <CrashAlert />
      <main className="flex min-h-0 flex-1 gap-3 p-3">
        <aside className="flex w-[340px] shrink-0 flex-col overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm xl:w-[380px]">
          <LessonPanel />
        </aside>
        <div className="flex min-w-0 flex-1 flex-col gap-3">
          <div className="flex min-h-0 flex-1 gap-3">
            {/* the AKS panel takes the editor's place; the editor stays mounted (its state, Monaco's models) */}
            {aksOpen && (
              <div className="min-h-0 min-w-0 flex-1 basis-0">
                <AksPanel />
              </div>
            )}
            <div className={`min-h-0 min-w-0 flex-1 basis-0 ${aksOpen ? 'hidden' : ''}`}>
              <Suspense fallback={<Loading />}>
                <ManifestEditor />
              </Suspense>
            </div>
            <div className="relative min-h-0 min-w-0 flex-1 basis-0 overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm">
              <ClusterGraph />
              <div className="pointer-events-none absolute inset-y-2 right-2 flex w-[min(380px,90%)] flex-col justify-start">
                <div className="pointer-events-auto max-h-full overflow-auto">
                  <Inspector />
                </div>
              </div>
            </div>
          </div>
          <div className="h-[220px] shrink-0">
            <Terminal />
          </div>
          <Timeline />
        </div>
      </main>
    </div>
  );
}
