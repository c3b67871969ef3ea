import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DemoProfile } from '../../src/demo-data/index.js';
import { createApp, type AppOptions } from './app.js';
import { openDb, type Db } from './db.js';
import { migrate } from './migrate.js';
import { releaseExpired } from './camps.js';
import { communeOf, resetDemoData, seed } from './seed.js';

export interface BackendOptions extends Partial<Omit<AppOptions, 'db' | 'commune'>> {
  /** PostgreSQL server; default `DATABASE_URL`; `null` (or no URL at all): PGlite. */
  databaseUrl?: string | null | undefined;
  /** PGlite's folder; default FP_DATA_DIR, else `.data/pglite` at the project root; `memory` for none (tests). */
  dataDir?: string | 'memory';
  profile?: DemoProfile;
  /** How often unpaid carts past their deadline are released, in ms (default a minute; 0: never, for tests). */
  releaseEvery?: number;
}

export interface Backend {
  app: ReturnType<typeof createApp>;
  db: Db;
  close(): Promise<void>;
}

/** Opens the database, applies the migrations, seeds the demo families once, and builds the app. */
export async function startBackend(options: BackendOptions = {}): Promise<Backend> {
  const databaseUrl =
    (options.databaseUrl === undefined ? process.env.DATABASE_URL : options.databaseUrl) || undefined;
  let dataDir: string | undefined;
  if (!databaseUrl && options.dataDir !== 'memory') {
    dataDir =
      options.dataDir ??
      process.env.FP_DATA_DIR ??
      fileURLToPath(new URL('../../.data/pglite', import.meta.url));
    mkdirSync(dataDir, { recursive: true });
  }
  const db = await openDb({ url: databaseUrl, dataDir });
  await migrate(db);
  const profile = options.profile ?? (process.env.COMMUNE_PROFILE === 'fr' ? 'fr' : 'be');
  await seed(db, profile);
  const app = createApp({
    demo: true,
    resetDemo: () => resetDemoData(db, profile),
    trustedUserHeader: process.env.TRUSTED_USER_HEADER || undefined,
    secret: process.env.SESSION_SECRET || undefined,
    log: (entry) => console.log(JSON.stringify(entry)),
    ...options,
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
    close: async () => {
      clearInterval(timer);
      await db.close();
    },
  };
}
