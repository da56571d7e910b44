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

/** Adds a user with a first device; returns the device token (shown once, never stored). */
export async function addUser(
  store: SyncStore,
  team: string,
  name: string,
  now: string,
): Promise<string> {
  const token = newDeviceToken();
  await store.addUser(checkName('Team', team), checkName('User', name), hashToken(token), now);
  return token;
}

/** Another device for an existing user: its own token, revocable with the user. */
export async function addDevice(
  store: SyncStore,
  team: string,
  name: string,
  now: string,
): Promise<string> {
  const token = newDeviceToken();
  await store.addDevice(checkName('Team', team), checkName('User', name), hashToken(token), now);
  return token;
}
