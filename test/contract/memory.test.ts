import { describe } from 'node:test';
import { memoryBackend } from './backends.js';
import { contractSuite } from './suite.js';

describe('contract: memory adapter', () => contractSuite(async () => memoryBackend()));
