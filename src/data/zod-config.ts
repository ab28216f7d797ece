// Zod compiles fast parsers with `new Function` and probes for it when a schema is built. The
// page's CSP forbids eval, so the probe would only report a violation: run interpreted. Imported
// first by main.tsx, before any module builds a schema.
import { z } from 'zod';

z.config({ jitless: true });
