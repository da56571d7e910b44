import { describe, expect, it } from 'vitest';
import { isLoopbackHost, sendsTokenInTheClear } from './serverAddress';

describe('where a device token may go over plain http', () => {
  it('allows this computer in every spelling the URL parser leaves', () => {
    for (const url of [
      'http://localhost:8787',
      'http://LOCALHOST',
      'http://127.0.0.1:8787',
      'http://127.9.8.7',
      'http://2130706433/', // 127.0.0.1 as one number
      'http://[::1]:8787',
      'http://[0:0:0:0:0:0:0:1]/',
      'http://[::ffff:127.0.0.1]/',
      'https://sync.team.test',
      'https://10.1.2.3',
    ])
      expect(sendsTokenInTheClear(url), url).toBe(false);
  });

  it('refuses every other host over http', () => {
    for (const url of [
      'http://sync.team.test',
      'http://10.1.2.3:8787',
      'http://128.0.0.1',
      'http://[::2]',
      'http://[::ffff:10.0.0.1]',
      'http://localhost.team.test',
      'http://127.0.0.1.team.test',
      'http://0.0.0.0:8787',
    ])
      expect(sendsTokenInTheClear(url), url).toBe(true);
    expect(isLoopbackHost('example.localhost')).toBe(false);
  });
});
