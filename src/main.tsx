import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './book/App';
import { registerServiceWorker } from './book/registerServiceWorker';
import './book/theme.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

registerServiceWorker();
