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

import { App } from './app/app';

const container = document.getElementById('root');
if (!container) throw new Error('Fant ikke #root i index.html');

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
