import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';

export default {
  files: [
    'test/domain/**/*.test.ts',
    'test/adapter/**/*.test.ts',
    'test/shared/**/*.test.ts',
    'test/elements/**/*.test.ts',
  ],
  nodeResolve: true,
  // One tab at a time: a hidden tab gets no animation frames, and fixtures wait for one.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  plugins: [
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
    }),
  ],
  coverageConfig: {
    include: ['src/**/*.ts'],
    threshold: { statements: 70, branches: 60, functions: 60, lines: 70 },
  },
};
