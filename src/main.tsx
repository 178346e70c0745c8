import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './book/App';
import './book/theme.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
