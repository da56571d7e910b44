/** The admin commands of the sync server: teams, users and their device tokens. */
import { hashToken, newDeviceToken } from '../auth/deviceToken';
import { AdminError, type SyncStore } from '../store/syncStore';

const NAME = /^[^\s\p{C}][^\p{C}]{0,99}$/u;

function checkName(kind: string, name: string): string {
  const trimmed = name.trim();
  if (!NAME.test(trimmed))
    throw new AdminError(`${kind} name must be 1–100 visible characters, got "${name}"`);
  return trimmed;
}

export async function addTeam(store: SyncStore, name: string, now: string): Promise<string> {
  const team = checkName('Team', name);
  await store.addTeam(team, now);
  return team;
}

/**
 * Adds a user with their first device (`user`), or another device of an existing user
 * (`device`); returns the new device token, shown once and never stored (only its hash is).
 */
export async function issueToken(
  store: SyncStore,
  kind: 'user' | 'device',
  team: string,
  name: string,
  now: string,
): Promise<string> {
  const token = newDeviceToken();
  const add = kind === 'user' ? store.addUser.bind(store) : store.addDevice.bind(store);
  await add(checkName('Team', team), checkName('User', name), hashToken(token), now);
  return token;
}

export const addUser = (store: SyncStore, team: string, name: string, now: string) =>
  issueToken(store, 'user', team, name, now);

/**
 * Lets a revoked user sync again with a new device token, returned once. Their old tokens stay
 * revoked: whoever holds a lost or stolen laptop's token must not get back in with it.
 */
export async function reinstateUser(
  store: SyncStore,
  team: string,
  name: string,
  now: string,
): Promise<string> {
  const token = newDeviceToken();
  await store.reinstateUser(
    checkName('Team', team),
    checkName('User', name),
    hashToken(token),
    now,
  );
  return token;
}
