/**
 * The demo portal's entry: styles once, then the app. Loaded as an external module script, so
 * the page runs under `Content-Security-Policy: script-src 'self'`.
 */
import '../renderer/styles';
import './demo.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DemoApp } from './DemoApp';

const container = document.getElementById('root');
if (container === null) throw new Error('demo/index.html: the element #root is missing');
createRoot(container).render(
  <StrictMode>
    <DemoApp />
  </StrictMode>,
);
