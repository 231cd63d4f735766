// The browser entry: i18n first (so the first render is in the right language), then the
// simulator's worker, then the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './index.css';
import { initI18n } from './i18n';
import { workerClient } from './worker/client';
import { App } from './ui/shell/App';
import { useStore } from './state/store';

// the store on window, for poking at the mirror from the console (dev) and for the UI benchmark
// (`?bench`, bench/ui-scale.ts), which reads how many pods run without touching the page
if (import.meta.env.DEV || new URLSearchParams(location.search).has('bench')) Object.assign(window, { kubeplayStore: useStore });

const i18n = initI18n();
void workerClient.start(i18n.language);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
