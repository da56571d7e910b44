import { describe, expect, it } from 'vitest';
import { browserCommand } from './openInBrowser';

describe('opening the browser', () => {
  const url = 'http://127.0.0.1:5173/?secret=a1&b=2';
  it("uses each system's own opener", () => {
    expect(browserCommand(url, 'linux')).toEqual(['xdg-open', [url]]);
    expect(browserCommand(url, 'darwin')).toEqual(['open', [url]]);
    // cmd would cut the address at `&` without the escape.
    expect(browserCommand(url, 'win32')).toEqual([
      'cmd',
      ['/c', 'start', '""', 'http://127.0.0.1:5173/?secret=a1^&b=2'],
    ]);
  });
});
