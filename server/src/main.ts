/**
 * Starts the reference backend on its own: `npm start -w server`.
 * (`npm start` at the root serves the demo page with this backend behind /api.)
 */
import { serve } from '@hono/node-server';
import { startBackend } from './start.js';

const port = Number(process.env.PORT ?? 8787);
const backend = await startBackend();
serve({ fetch: backend.app.fetch, port, hostname: '127.0.0.1' });
console.log(`Family portal backend (${backend.db.kind}): http://localhost:${port}/api/v1/commune`);
