import { describe } from 'node:test';
import { memoryBackend } from './backends.js';
import { contractSuite, frenchCalendarSuite } from './suite.js';

describe('contract: memory adapter', () => contractSuite(async () => memoryBackend()));
describe('contract: memory adapter, French commune', () =>
  frenchCalendarSuite(async () => memoryBackend('fr')));
