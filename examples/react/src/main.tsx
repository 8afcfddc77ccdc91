import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import './app.css';

// `?api=http://192.168.1.10:8787/api/v1` points the widgets at a back end; without it they run on
// the embedded local source (demo data in the browser).
const api = new URLSearchParams(location.search).get('api') ?? '';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App api={api} />
  </StrictMode>,
);
