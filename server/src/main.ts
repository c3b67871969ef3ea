/**
 * The server as a commune runs it: `npm start -w server` (the Dockerfile's
 * command). Production unless FP_DEMO=1: refuses to start with a clear
 * message when the configuration is incomplete (config.ts), prints one line
 * saying what it serves, and stops cleanly on SIGTERM/SIGINT (the requests
 * in flight answered, the expiry job stopped, the database closed).
 * (`npm start` at the root serves the demo page with this backend behind /api.)
 */
import { serve } from '@hono/node-server';
import type { Server } from 'node:http';
import { ConfigError, describeConfig } from './config.js';
import { startBackend, type Backend } from './start.js';

/** How long requests in flight may take to finish once asked to stop. */
const drainMs = 10_000;

let backend: Backend;
try {
  backend = await startBackend();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}
const { config } = backend;
const server = serve({ fetch: backend.app.fetch, port: config.port, hostname: config.host }) as Server;
await new Promise((resolve) => server.once('listening', resolve));
const address = server.address();
const listening = typeof address === 'object' && address ? `${config.host}:${address.port}` : config.host;
console.log(`${describeConfig(config, backend.db.kind)} · listening on ${listening}`);

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log(`family-portal: ${signal}, stopping`);
  const force = setTimeout(() => {
    console.error('family-portal: requests still running, stopping anyway');
    process.exit(1);
  }, drainMs);
  force.unref();
  const closed = new Promise((resolve) => server.close(resolve));
  server.closeIdleConnections();
  await closed;
  await backend.close();
  process.exit(0);
}
process.on('SIGTERM', (signal) => void stop(signal));
process.on('SIGINT', (signal) => void stop(signal));
