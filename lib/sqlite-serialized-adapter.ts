// better-sqlite3 gives Prisma one connection. Prisma's adapter serialises transactions
// against each other, but a query made outside a transaction runs on that same
// connection at once, so while another request's transaction is open it silently
// becomes part of it, and is lost if that transaction rolls back (found by
// tests/integration/contact-change.test.ts: 20 concurrent confirmations, 19 rolling
// back, took the winner's notification email with them). This wrapper makes
// top-level queries wait until no transaction is open. PostgreSQL (a pool, one
// connection per transaction) does not need it.
import type {
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
  Transaction,
} from '@prisma/driver-adapter-utils';
import { Mutex } from 'async-mutex';

function serialize(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const gate = new Mutex();
  return {
    provider: adapter.provider,
    adapterName: adapter.adapterName,
    queryRaw: (query) => gate.runExclusive(() => adapter.queryRaw(query)),
    executeRaw: (query) => gate.runExclusive(() => adapter.executeRaw(query)),
    executeScript: (script) => gate.runExclusive(() => adapter.executeScript(script)),
    getConnectionInfo: adapter.getConnectionInfo?.bind(adapter),
    dispose: () => adapter.dispose(),
    async startTransaction(isolationLevel) {
      const release = await gate.acquire();
      let tx: Transaction;
      try {
        tx = await adapter.startTransaction(isolationLevel);
      } catch (error) {
        release();
        throw error;
      }
      const end = (finish: () => Promise<void>) => async () => {
        try {
          await finish();
        } finally {
          release();
        }
      };
      return Object.assign(Object.create(tx) as Transaction, {
        commit: end(() => tx.commit()),
        rollback: end(() => tx.rollback()),
      });
    },
  };
}

/** The same adapter factory, whose connections queue top-level queries behind open transactions. */
export function serializedSqlite(
  factory: SqlMigrationAwareDriverAdapterFactory,
): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => serialize(await factory.connect()),
    connectToShadowDb: async () => serialize(await factory.connectToShadowDb()),
  };
}
