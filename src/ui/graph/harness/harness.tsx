// Dev harness: the graph and inspector on a sample cluster, with the explain request answered
// locally. Not part of the app build (only index.html at the project root is).
import { createRoot } from 'react-dom/client';
import { initI18n } from '../../../i18n';
import { useStore } from '../../../state/store';
import { ClusterGraph } from '../ClusterGraph';
import { Inspector } from '../../inspector/Inspector';
import { hugeCluster, sampleCluster } from './sample-cluster';

initI18n();
// for measuring updates from the browser console / Playwright
(window as unknown as { kpStore: typeof useStore }).kpStore = useStore;
const params = new URLSearchParams(location.search);
useStore.getState().replaceAll(params.has('scale') ? hugeCluster() : sampleCluster(), '1', { now: Date.UTC(2025, 0, 6, 9, 5), paused: false, speed: 1 });
const sel = params.get('select');
if (sel) {
  const [kind, namespace, name] = sel.split('/');
  useStore.getState().select({ kind, namespace: namespace || undefined, name });
}

createRoot(document.getElementById('root')!).render(
  <div style={{ display: 'flex', height: '100vh' }}>
    <div style={{ flex: 1, minWidth: 0 }}>
      <ClusterGraph />
    </div>
    <div style={{ width: 420 }}>
      <Inspector />
    </div>
  </div>,
);
