import { describe, expect, it } from 'vitest';
import { APP_COMMANDS, COMMAND_SHORTCUTS, commandForKey, shortcutLabel } from './appCommands';

const press = (
  key: string,
  mods: { ctrl?: boolean; meta?: boolean; shift?: boolean; alt?: boolean } = {},
) => ({
  key,
  ctrlKey: !!mods.ctrl,
  metaKey: !!mods.meta,
  shiftKey: !!mods.shift,
  altKey: !!mods.alt,
});

describe('app command shortcuts', () => {
  it('reads as people expect on each system', () => {
    expect(shortcutLabel('CmdOrCtrl+1', false)).toBe('Ctrl+1');
    expect(shortcutLabel('CmdOrCtrl+Shift+F', false)).toBe('Ctrl+Shift+F');
    expect(shortcutLabel('CmdOrCtrl+Shift+F', true)).toBe('⌘⇧F');
  });

  it('finds the command of a key press, with Ctrl elsewhere and ⌘ on a Mac', () => {
    expect(commandForKey(press('1', { ctrl: true }), false)).toBe('go-today');
    expect(commandForKey(press('n', { ctrl: true }), false)).toBe('new-account');
    expect(commandForKey(press('F', { ctrl: true, shift: true }), false)).toBe('go-search');
    expect(commandForKey(press('f', { ctrl: true }), false)).toBeNull(); // the browser's own find
    expect(commandForKey(press('1', { meta: true }), true)).toBe('go-today');
    expect(commandForKey(press('1', { ctrl: true }), true)).toBeNull();
    expect(commandForKey(press('1'), false)).toBeNull();
    expect(commandForKey(press('1', { ctrl: true, alt: true }), false)).toBeNull();
    // A Russian layout types 'л' on the K key: the physical key decides.
    expect(commandForKey({ ...press('л', { ctrl: true }), code: 'KeyK' }, false)).toBe(
      'open-palette',
    );
    expect(commandForKey({ ...press('&', { ctrl: true }), code: 'Digit1' }, false)).toBe(
      'go-today',
    );
  });

  it('gives every command its own shortcut, and each shortcut finds its command back', () => {
    for (const id of APP_COMMANDS) {
      const parts = COMMAND_SHORTCUTS[id].split('+');
      const key = parts[parts.length - 1]!;
      expect(
        commandForKey(
          press(key.toLowerCase(), { ctrl: true, shift: parts.includes('Shift') }),
          false,
        ),
        id,
      ).toBe(id);
    }
  });
});
