/**
 * `npm start`: serves the demo e-guichet page from the sources (TypeScript is
 * compiled on the fly, nothing to build first) and prints its address.
 * PORT chooses the port (default 8000; the next free one if it is taken).
 */
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The first free port from `port` on. */
function freePort(port) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(freePort(port + 1)));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(port)));
  });
}

const port = await freePort(Number(process.env.PORT ?? 8000));
await startDevServer({
  config: {
    rootDir: root,
    port,
    hostname: '127.0.0.1',
    nodeResolve: true,
    appIndex: undefined,
    plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: `${root}tsconfig.json` })],
    // The dev server's own start message points at the root, not at the demo.
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
console.log(`\n  Family portal demo: http://localhost:${port}/demo/\n  (Ctrl+C to stop)\n`);
