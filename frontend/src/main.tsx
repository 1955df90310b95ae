// Latin covers Norwegian (æ, ø, å); the other subsets would only add weight.
import '@fontsource/inter/latin-400.css';
import '@fontsource/inter/latin-500.css';
import '@fontsource/inter/latin-600.css';
import '@digdir/designsystemet-css';
import '@digdir/designsystemet-css/theme';
import './app/styles.css';
import './app/print.css';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { App, createApp, firstPageReady } from './app/app';

const container = document.getElementById('root');
if (!container) throw new Error('Fant ikke #root i index.html');

const { queryClient, router } = createApp();
// Until then index.html's frame stays on screen (it is what the app draws around a page).
void firstPageReady(router, 100).then(() =>
  createRoot(container).render(
    <StrictMode>
      <App queryClient={queryClient} router={router} />
    </StrictMode>,
  ),
);
