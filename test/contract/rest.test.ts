import { describe } from 'node:test';
import { restBackend } from './backends.js';
import { contractSuite, frenchCalendarSuite } from './suite.js';

describe('contract: REST adapter on the reference server (PGlite)', () => contractSuite(() => restBackend()));

describe('contract: REST adapter on the reference server (PGlite), French commune', () =>
  frenchCalendarSuite(() => restBackend(undefined, 'fr')));

const databaseUrl = process.env.DATABASE_URL;
if (databaseUrl) {
  describe('contract: REST adapter on the reference server (PostgreSQL)', () =>
    contractSuite(() => restBackend(databaseUrl)));
  describe('contract: REST adapter on the reference server (PostgreSQL), French commune', () =>
    frenchCalendarSuite(() => restBackend(databaseUrl, 'fr')));
}
