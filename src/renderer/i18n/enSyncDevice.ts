/**
 * English messages about this device in sync: a clock far ahead, a new sync id (a copied
 * database, another sign-in), and resetting the sync state. The sentences the CLI prints too
 * come from the shared sync words.
 */
import { SYNC_WORDS } from '../../shared/sync/syncWords';

const words = SYNC_WORDS.en;

export const enSyncDevice = {
  'sync.state.clock': 'Clock is wrong',
  'sync.clock.title': "This computer's clock is wrong",
  'sync.clock.ahead': words.clockAhead,
  'sync.clock.wrong': words.clockWrong,
  'sync.node.when': 'On {when}',
  'sync.reset.title': 'Someone else signs in on this computer?',
  'sync.reset.explain':
    "Before syncing with another person's device token, reset this device's sync state: it then syncs as a new device and reads the team's data from the start. Changes not synced yet are kept and sent with the next sync.",
  'sync.reset.button': 'Reset sync state',
  'sync.reset.confirm':
    'Reset the sync state? This device gets a new sync id; nothing stored here is deleted.',
  'sync.reset.failed': 'Could not reset the sync state',
} as const;
