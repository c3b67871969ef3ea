import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DemoProfile } from '../../src/demo-data/index.js';
import { createApp, type AppOptions } from './app.js';
import { loadConfig, type Config, type ConfigOptions } from './config.js';
import { openDb, type Db } from './db.js';
import { migrate } from './migrate.js';
import { releaseExpired } from './camps.js';
import { communeOf, resetDemoData, seed } from './seed.js';

export interface BackendOptions
  extends Partial<Omit<AppOptions, 'db' | 'commune' | keyof ConfigOptions>>, ConfigOptions {
  /** PostgreSQL server; default `DATABASE_URL`; `null` (or no URL at all): PGlite. */
  databaseUrl?: string | null | undefined;
  /** The environment the configuration is read from (tests give their own). */
  env?: NodeJS.ProcessEnv;
  /** PGlite's folder; default FP_DATA_DIR, else `.data/pglite` at the project root; `memory` for none (tests, trials). */
  dataDir?: string | 'memory';
  profile?: DemoProfile;
  /** How often unpaid carts past their deadline are released, in ms (default a minute; 0: never, for tests). */
  releaseEvery?: number;
}

export interface Backend {
  app: ReturnType<typeof createApp>;
  db: Db;
  config: Config;
  close(): Promise<void>;
}

/**
 * Checks the configuration (config.ts: production unless the demo is asked
 * for; throws a ConfigError before touching anything), opens the database,
 * applies the migrations, seeds the demo families once, and builds the app.
 */
export async function startBackend(options: BackendOptions = {}): Promise<Backend> {
  const { env = process.env, ...given } = options;
  const config = loadConfig(env, given);
  const { databaseUrl } = config;
  let dataDir = options.dataDir ?? env.FP_DATA_DIR;
  if (databaseUrl || dataDir === 'memory') dataDir = undefined;
  else {
    dataDir ??= fileURLToPath(new URL('../../.data/pglite', import.meta.url));
    mkdirSync(dataDir, { recursive: true });
  }
  const db = await openDb({ url: databaseUrl, dataDir });
  await migrate(db);
  const profile = options.profile ?? (env.COMMUNE_PROFILE === 'fr' ? 'fr' : 'be');
  await seed(db, profile);
  const app = createApp({
    resetDemo: () => resetDemoData(db, profile),
    log: (entry) => console.log(JSON.stringify(entry)),
    ...given,
    demo: config.demo,
    trustedUserHeader: config.trustedUserHeader,
    secret: config.secret,
    publicUrl: config.publicUrl,
    allowedReturnOrigins: config.allowedReturnOrigins,
    trustProxy: config.trustProxy,
    db,
    commune: communeOf(profile),
  });
  // Unpaid carts release their places after the commune's delay: checked every minute.
  const commune = communeOf(profile);
  const release = () =>
    releaseExpired(db, { commune, now: () => new Date() }).catch((error: unknown) =>
      console.error('family-portal: releasing expired carts failed', error),
    );
  const timer = options.releaseEvery === 0 ? undefined : setInterval(release, options.releaseEvery ?? 60_000);
  timer?.unref();
  return {
    app,
    db,
    config,
    close: async () => {
      clearInterval(timer);
      await db.close();
    },
  };
}
