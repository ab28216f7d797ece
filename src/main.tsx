import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { App } from './app.tsx';
import { retryTransient } from './data/events-query.ts';
import './styles.css';

// Zod probes `new Function` to compile fast parsers; the page's CSP forbids eval, so the probe
// would only log a violation. Its interpreted mode is what runs here anyway.
z.config({ jitless: true });

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: retryTransient, refetchOnWindowFocus: false } },
});

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </StrictMode>,
  );
}
