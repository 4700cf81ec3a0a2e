import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// The built app works offline once loaded: its service worker (src/serviceWorker.ts, written to
// dist/sw.js by the build) caches every file of the build. Registered after the page has
// loaded, so that it does not compete with the first screen; relative, as the build may be
// served from any folder. Without it (an old browser, a blocked worker) the app still works.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js').catch((e: unknown) => {
      console.warn('GateScope will not work offline: its service worker did not start.', e);
    });
  });
}
