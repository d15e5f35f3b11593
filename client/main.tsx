import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { captureInvite } from './auth/captureInvite.ts';
import { App } from './ui/App.tsx';
import './ui/styles.css';

// An access link's token is kept on the device and taken out of the address bar first.
captureInvite();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

if ('serviceWorker' in navigator && import.meta.env.PROD) {
  navigator.serviceWorker.register('/sw.js').catch((error: unknown) => {
    console.warn('Offline support is unavailable:', error);
  });
}
