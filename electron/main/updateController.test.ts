import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { feedUrlOf, UpdateController, type Updater, type UpdateState } from './updateController';

/** electron-updater's autoUpdater as far as the controller sees it, driven by the test. */
class FakeUpdater extends EventEmitter {
  autoDownload = false;
  autoInstallOnAppQuit = false;
  feeds: unknown[] = [];
  setFeedURL(options: unknown) {
    this.feeds.push(options);
  }
  checkForUpdates = vi.fn(() => Promise.resolve(null));
  quitAndInstall = vi.fn();
}

function setup() {
  const updater = new FakeUpdater();
  const controller = new UpdateController(
    updater as unknown as Updater,
    () => new Date('2026-12-07T09:00:00Z'),
  );
  const seen: UpdateState['state'][] = [];
  controller.on('change', (s) => seen.push(s.state));
  return { updater, controller, seen };
}

describe('desktop updates', () => {
  it("take the team server's /updates/ folder as their feed", () => {
    expect(feedUrlOf('https://sync.example.com')).toBe('https://sync.example.com/updates/');
    expect(feedUrlOf('https://sync.example.com/team/')).toBe(
      'https://sync.example.com/team/updates/',
    );
    expect(feedUrlOf(null)).toBeNull();
  });

  it('are off without a feed: no check is made', async () => {
    const { updater, controller } = setup();
    expect((await controller.check()).state).toBe('off');
    expect(updater.checkForUpdates).not.toHaveBeenCalled();
  });

  it('check, download in the background and wait for a restart to install', async () => {
    const { updater, controller, seen } = setup();
    controller.setFeed('https://sync.example.com/updates/');
    expect(updater.feeds).toEqual([
      { provider: 'generic', url: 'https://sync.example.com/updates/' },
    ]);
    expect(updater.autoDownload).toBe(true);
    expect(updater.autoInstallOnAppQuit).toBe(true);
    expect(controller.install()).toBe(false);

    updater.checkForUpdates.mockImplementationOnce(async () => {
      updater.emit('update-available', { version: '1.2.0' });
      return null;
    });
    await controller.check();
    updater.emit('download-progress', { percent: 41.6 });
    expect(controller.state).toEqual({ state: 'downloading', version: '1.2.0', percent: 42 });
    // A second check while downloading starts nothing.
    await controller.check();
    expect(updater.checkForUpdates).toHaveBeenCalledTimes(1);
    updater.emit('update-downloaded', { version: '1.2.0' });
    expect(controller.state).toEqual({ state: 'ready', version: '1.2.0' });
    expect(seen).toEqual(['idle', 'checking', 'downloading', 'downloading', 'ready']);
    // Changing server does not lose the downloaded update.
    controller.setFeed(null);
    expect(controller.state.state).toBe('ready');
    expect(controller.install()).toBe(true);
    expect(updater.quitAndInstall).toHaveBeenCalledTimes(1);
  });

  it('say when the app is up to date, and what went wrong when the feed fails', async () => {
    const { updater, controller } = setup();
    controller.setFeed('https://sync.example.com/updates/');
    updater.checkForUpdates.mockImplementationOnce(async () => {
      updater.emit('update-not-available', {});
      return null;
    });
    expect(await controller.check()).toEqual({
      state: 'upToDate',
      checkedAt: '2026-12-07T09:00:00.000Z',
    });
    updater.checkForUpdates.mockImplementationOnce(() =>
      Promise.reject(new Error('HttpError: 404 Not Found')),
    );
    expect(await controller.check()).toEqual({
      state: 'error',
      message: 'HttpError: 404 Not Found',
    });
    // After an error, the next check runs again.
    await controller.check();
    expect(updater.checkForUpdates).toHaveBeenCalledTimes(3);
  });
});
