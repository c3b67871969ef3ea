import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DemoProfile } from '../../src/demo-data/index.js';
import { createApp, type AppOptions } from './app.js';
import { loadConfig, type Config, type ConfigOptions } from './config.js';
import { openDb, type Db } from './db.js';
import { migrate } from './migrate.js';
import { claimRun, releaseExpired } from './expiry.js';
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
  /**
   * The expiry job's run (every minute on a timer): unpaid carts past their
   * deadline released, if no instance on this database ran it this period;
   * how many, or undefined when another instance had it.
   */
  releaseDue(now?: Date): Promise<number | undefined>;
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
  const profile = options.profile ?? (env.COMMUNE_PROFILE === 'fr' ? 'fr' : 'be');
  // Several instances may start at once on one PostgreSQL: one migrates and seeds, then the next finds it done.
  await db.alone('family-portal:startup', async () => {
    await migrate(db);
    await seed(db, profile, { families: config.demo, ...(given.now ? { now: given.now() } : {}) });
  });
  const app = createApp({
    resetDemo: () => resetDemoData(db, profile, given.now?.()),
    log: (entry) => console.log(JSON.stringify(entry)),
    ...given,
    demo: config.demo,
    trustedUserHeader: config.trustedUserHeader,
    secret: config.secret,
    publicUrl: config.publicUrl,
    allowedReturnOrigins: config.allowedReturnOrigins,
    trustProxy: config.trustProxy,
    paymentProvider: config.paymentProvider,
    db,
    commune: communeOf(profile),
  });
  // Unpaid carts release their places after the commune's delay: checked every minute by one instance in total.
  const commune = communeOf(profile);
  const every = options.releaseEvery ?? 60_000;
  const releaseDue = async (now = new Date()) =>
    (await claimRun(db, 'release-expired', now, every || 60_000))
      ? releaseExpired(db, { commune, now: () => now })
      : undefined;
  const timer =
    every === 0
      ? undefined
      : setInterval(
          () =>
            releaseDue().catch((error: unknown) =>
              console.error('family-portal: releasing expired carts failed', error),
            ),
          every,
        );
  timer?.unref();
  return {
    app,
    db,
    config,
    releaseDue,
    close: async () => {
      clearInterval(timer);
      await db.close();
    },
  };
}
