/**
 * `npm start`: the demo e-guichet page, served from the sources (TypeScript
 * compiled on the fly, nothing to build first), with the reference backend
 * behind `/api` and `/dev` on the same origin: PGlite in `.data/` by default,
 * PostgreSQL when DATABASE_URL is set. Prints the address.
 * PORT chooses the port (default 8000; the next free one if it is taken).
 */
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import type { Context, Next } from 'koa';
import { startBackend } from '../server/src/start.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The first free port from `port` on. */
function freePort(port: number): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(freePort(port + 1)));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(port)));
  });
}

const backend = await startBackend({
  // The demo, asked for: its sign-in without password, /dev pages and simulated provider (config.ts).
  demo: true,
  // The dev server prints its own lines; the backend's JSON log lines only for failures.
  log: (entry) => {
    if (entry.level === 'error') console.error(JSON.stringify(entry));
  },
});

/** Hands `/api/…`, `/dev/…`, the simulated payment provider (`/pay/…`) and the iCal feeds (`/calendar-feeds/…`) to the backend, in process. */
async function toBackend(ctx: Context, next: Next): Promise<void> {
  if (!/^\/(?:api|dev|pay|calendar-feeds)\//.test(ctx.path)) return next();
  const chunks: Buffer[] = [];
  for await (const chunk of ctx.req) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(ctx.req.headers)) {
    if (typeof value === 'string') headers.set(name, value);
    else if (Array.isArray(value)) for (const item of value) headers.append(name, item);
  }
  const response = await backend.app.fetch(
    new Request(`http://${ctx.host}${ctx.url}`, {
      method: ctx.method,
      headers,
      body: ['GET', 'HEAD'].includes(ctx.method) ? undefined : Buffer.concat(chunks),
    }),
  );
  ctx.status = response.status;
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie' && name !== 'content-length') ctx.set(name, value);
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) ctx.set('set-cookie', cookies);
  ctx.body = Buffer.from(await response.arrayBuffer());
}

const port = await freePort(Number(process.env.PORT ?? 8000));
await startDevServer({
  config: {
    rootDir: root,
    port,
    hostname: '127.0.0.1',
    nodeResolve: true,
    middleware: [toBackend],
    plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: `${root}tsconfig.json` })],
  },
  readCliArgs: false,
  readFileConfig: false,
  // The dev server's own start message points at the root, not at the demo.
  logStartMessage: false,
});
console.log(
  `\n  Family portal demo: http://localhost:${port}/demo/\n  Backend (${backend.db.kind}): /api/v1 · e-mails sent: /dev/outbox · back office: /dev/back-office\n  (Ctrl+C to stop)\n`,
);
