import { describe } from 'node:test';
import { restBackend } from './backends.js';
import { contractSuite } from './suite.js';

describe('contract: REST adapter on the reference server (PGlite)', () => contractSuite(() => restBackend()));

const databaseUrl = process.env.DATABASE_URL;
if (databaseUrl) {
  describe('contract: REST adapter on the reference server (PostgreSQL)', () =>
    contractSuite(() => restBackend(databaseUrl)));
}
