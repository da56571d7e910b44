/**
 * What the sync server keeps, behind one interface with two stores: a SQLite file (the
 * embedded default) and PostgreSQL. Teams are isolated by the team id every call carries, which
 * the HTTP layer takes from the device token, never from the request.
 */
import type {
  PullResponse,
  PushResponse,
  SnapshotResponse,
  SyncChange,
} from '../../shared/sync/syncProtocol';
import type { RateBuckets } from './rateBuckets';

export interface Device {
  teamId: number;
  teamName: string;
  userId: number;
  userName: string;
}

export interface PullOptions {
  since: number;
  limit: number;
  clientId: string;
  /** Also return the caller's own changes. */
  own: boolean;
  /** The page stops before its changes pass this many bytes (after one change at least). */
  maxBytes: number;
}

export interface SnapshotOptions {
  after: { table: string; rowId: string } | null;
  limit: number;
  /** As for pulls: the page stops before its rows pass this many bytes. */
  maxBytes: number;
}

export interface PushLimits {
  /** Bytes of stored changes a team may hold (see changeBytes); a push past it is refused. */
  teamQuotaBytes: number;
}

export interface StoreStats {
  teams: number;
  users: number;
  changes: number;
}

export interface UserSummary {
  team: string;
  name: string;
  devices: number;
  revoked: boolean;
}

/** A push that would take the team past its storage quota: nothing of it was stored. */
export class QuotaExceededError extends Error {
  constructor(
    readonly quotaBytes: number,
    readonly usedBytes: number,
    readonly pushBytes: number,
  ) {
    super(`The team's storage quota of ${quotaBytes} bytes would be exceeded`);
    this.name = 'QuotaExceededError';
  }
}

/** A mistake in an admin command (unknown team, duplicate name…): shown to the admin as is. */
export class AdminError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AdminError';
  }
}

export interface SyncStore {
  readonly kind: 'sqlite' | 'postgres';
  /** Rate limits, shared by every server process on this store. */
  readonly rateBuckets: RateBuckets;
  /** The device behind a token hash, or null when unknown or revoked. */
  authenticate(tokenHash: string): Promise<Device | null>;
  /**
   * Binds a client id to the user and device token (by its hash) that first use it; false when
   * it belongs to another device — a copied database, which must take a client id of its own.
   */
  bindClient(clientId: string, userId: number, tokenHash: string, now: string): Promise<boolean>;
  /**
   * Stores the changes that are new, all or none, and returns the acknowledgement. Throws
   * PushRefusedError for a repeated id with other content or a change older than the client's
   * newest stored one, and QuotaExceededError (storing nothing) when they would take the team
   * past its quota.
   */
  push(
    device: Device,
    clientId: string,
    changes: SyncChange[],
    now: string,
    limits?: PushLimits,
  ): Promise<PushResponse>;
  pull(teamId: number, options: PullOptions): Promise<PullResponse>;
  snapshot(teamId: number, options: SnapshotOptions): Promise<SnapshotResponse>;

  addTeam(name: string, now: string): Promise<void>;
  /** Creates a user with a first device token (by its hash). */
  addUser(team: string, name: string, tokenHash: string, now: string): Promise<void>;
  /** Another device token for an existing, active user. */
  addDevice(team: string, name: string, tokenHash: string, now: string): Promise<void>;
  /** Revokes the user and every device token of theirs; returns how many tokens. */
  revokeUser(team: string, name: string, now: string): Promise<number>;
  /** Lifts a user's revocation and gives them a new device token; old tokens stay revoked. */
  reinstateUser(team: string, name: string, tokenHash: string, now: string): Promise<void>;
  listUsers(): Promise<UserSummary[]>;
  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}
