/** Picks the store: PostgreSQL for a `postgres://` URL, else the SQLite file in the data folder. */
import { PostgresSyncStore } from './postgresSyncStore';
import { SqliteSyncStore } from './sqliteSyncStore';
import type { SyncStore } from './syncStore';

export interface StoreLocation {
  dataDir: string;
  databaseUrl?: string | undefined;
}

export async function openSyncStore({ dataDir, databaseUrl }: StoreLocation): Promise<SyncStore> {
  if (databaseUrl) {
    if (!/^postgres(ql)?:\/\//.test(databaseUrl))
      throw new Error('The database URL must start with postgres:// or postgresql://');
    return PostgresSyncStore.connect(databaseUrl);
  }
  return SqliteSyncStore.inFolder(dataDir);
}
