import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

/**
 * The little the server needs from PostgreSQL, the same for PGlite (embedded,
 * the default: nothing to install) and a real server (`DATABASE_URL`).
 */
export interface Db {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs `work` in one transaction: all of it is stored, or none. */
  transaction<T>(work: (tx: Db) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  readonly kind: 'pglite' | 'postgres';
}

export interface DbOptions {
  /** A PostgreSQL connection string: use that server. */
  url?: string | undefined;
  /** Without `url`: PGlite's data folder; absent means in memory (tests). */
  dataDir?: string | undefined;
}

export async function openDb({ url, dataDir }: DbOptions = {}): Promise<Db> {
  return url ? postgres(url) : pglite(dataDir);
}

async function pglite(dataDir: string | undefined): Promise<Db> {
  const client = await PGlite.create(dataDir ? { dataDir } : {});
  // PGlite runs one query at a time: a transaction holds it, so serialise the rest behind it.
  let queue: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  };
  const direct = async <T>(sql: string, params?: unknown[]) =>
    (await client.query<T>(sql, params as unknown[] | undefined)).rows;
  return {
    kind: 'pglite',
    query: (sql, params) => exclusive(() => direct(sql, params)),
    transaction: (work) =>
      exclusive(() =>
        client.transaction(async (tx) =>
          work({
            kind: 'pglite',
            query: async (sql, params) =>
              (await tx.query(sql, params as unknown[] | undefined)).rows as never,
            transaction: () => Promise.reject(new Error('nested transactions are not supported')),
            close: () => Promise.resolve(),
          }),
        ),
      ),
    close: () => client.close(),
  };
}

async function postgres(url: string): Promise<Db> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle connection PostgreSQL drops (restart, failover) is replaced at the next query; unheard, it would end the process.
  pool.on('error', (error) => console.error('family-portal: idle PostgreSQL connection lost', error.message));
  await pool.query('select 1');
  const on =
    (client: pg.Pool | pg.PoolClient): Db['query'] =>
    async <T>(sql: string, params?: unknown[]) =>
      (await client.query(sql, params)).rows as T[];
  return {
    kind: 'postgres',
    query: on(pool),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await work({
          kind: 'postgres',
          query: on(client),
          transaction: () => Promise.reject(new Error('nested transactions are not supported')),
          close: () => Promise.resolve(),
        });
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback');
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
