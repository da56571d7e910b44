/**
 * Adds users straight to a server's store (the same file or database a server process uses), as
 * the admin commands do, without the seconds a CLI process takes to start on a busy machine.
 */
import { addTeam, addUser } from '../../../src/server/admin/serverAdmin';
import { openSyncStore, type StoreLocation } from '../../../src/server/store/openSyncStore';

/** The device token of each new user, in order; the team is added when missing. */
export async function addStoreUsers(
  location: StoreLocation,
  team: string,
  ...names: string[]
): Promise<string[]> {
  const store = await openSyncStore(location);
  try {
    const now = new Date().toISOString();
    if (!(await store.listUsers()).some((u) => u.team === team))
      await addTeam(store, team, now).catch(() => {});
    const tokens: string[] = [];
    for (const name of names) tokens.push(await addUser(store, team, name, now));
    return tokens;
  } finally {
    await store.close();
  }
}
