import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import { retryTransient } from './data/events-query.ts';
import './styles.css';
import { prewarmCanvas } from './views/map/prewarm-canvas.ts';

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: retryTransient, refetchOnWindowFocus: false } },
});

// In a task of its own, before the map's chunk has arrived.
setTimeout(prewarmCanvas, 0);

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
