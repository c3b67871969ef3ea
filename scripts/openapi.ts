/**
 * `npm run openapi`: writes api/openapi.json, generated from the domain
 * schemas (the server serves the same document at /api/v1/openapi.json).
 * `--check`: fails when the committed file differs (run by `npm test`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { buildOpenApi } from '../server/src/openapi.js';

const file = new URL('../api/openapi.json', import.meta.url);
const fresh = `${JSON.stringify(buildOpenApi(), null, 2)}\n`;
if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync(file, 'utf8');
  } catch {
    // Missing: out of date.
  }
  if (committed !== fresh) {
    console.error('api/openapi.json is out of date: run npm run openapi, and commit it.');
    process.exit(1);
  }
  console.log('api/openapi.json matches the schemas.');
} else {
  writeFileSync(file, fresh);
  console.log('api/openapi.json written.');
}
