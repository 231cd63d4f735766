// The browser entry: i18n first (so the first render is in the right language), then the
// simulator's worker, then the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './index.css';
import { initI18n } from './i18n';
import { workerClient } from './worker/client';
import { App } from './ui/shell/App';
import { useStore } from './state/store';

// dev only: the store on window, for poking at the mirror from the console
if (import.meta.env.DEV) Object.assign(window, { kubeplayStore: useStore });

const i18n = initI18n();
void workerClient.start(i18n.language);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
