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
  /**
   * Runs `work` while no other server instance on this database runs work of
   * the same `name` (a PostgreSQL advisory lock): migrations and the first
   * seed when several instances start at once.
   */
  alone<T>(name: string, work: () => Promise<T>): Promise<T>;
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

/** The database as a transaction's work sees it: its queries only. */
function inTransaction(kind: Db['kind'], query: Db['query']): Db {
  const refused = () => Promise.reject(new Error('not inside a transaction'));
  return { kind, query, transaction: refused, alone: refused, close: () => Promise.resolve() };
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
          work(
            inTransaction(
              'pglite',
              async (sql, params) => (await tx.query(sql, params as unknown[] | undefined)).rows as never,
            ),
          ),
        ),
      ),
    // One process owns an embedded database: nobody else to wait for.
    alone: (_name, work) => work(),
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
        const result = await work(inTransaction('postgres', on(client)));
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback');
        throw error;
      } finally {
        client.release();
      }
    },
    async alone(name, work) {
      // A session lock on a connection of its own, held while `work` uses the pool.
      const client = await pool.connect();
      try {
        await client.query('select pg_advisory_lock(hashtext($1))', [name]);
        try {
          return await work();
        } finally {
          await client.query('select pg_advisory_unlock(hashtext($1))', [name]);
        }
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
