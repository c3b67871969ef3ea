/**
 * Fails when custom-elements.json no longer matches the elements' JSDoc:
 * regenerates it into a temporary folder and compares.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'cem-'));
try {
  // The analyzer's --outdir is relative to the working directory.
  execFileSync(
    'npx',
    [
      'cem',
      'analyze',
      '--config',
      'custom-elements-manifest.config.mjs',
      '--outdir',
      relative(process.cwd(), dir),
      '--quiet',
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const fresh = readFileSync(join(dir, 'custom-elements.json'), 'utf8');
  const committed = readFileSync('custom-elements.json', 'utf8');
  if (JSON.stringify(JSON.parse(fresh)) !== JSON.stringify(JSON.parse(committed))) {
    const [a, b] = [committed.split('\n'), fresh.split('\n')];
    const line = a.findIndex((text, index) => text !== b[index]);
    console.error('custom-elements.json is out of date: run npm run analyze, and commit it.');
    console.error(`First difference at line ${line + 1}:\n  committed: ${a[line]}\n  generated: ${b[line]}`);
    process.exit(1);
  }
  console.log('custom-elements.json matches the elements’ API.');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
