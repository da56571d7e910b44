import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { APP_COMMANDS, COMMAND_SHORTCUTS } from '../../src/shared/shell/appCommands';
import { appMenuTemplate } from './appMenu';

const actions = () => ({ send: vi.fn(), showLogs: vi.fn(), about: vi.fn() });
const items = (template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  template.flatMap((item) => [
    item,
    ...items((item.submenu as MenuItemConstructorOptions[]) ?? []),
  ]);

describe('the application menu', () => {
  it('has File, Edit, View, Go and Help in English and in Chinese', () => {
    const en = appMenuTemplate({
      lang: 'en',
      platform: 'linux',
      production: true,
      actions: actions(),
    });
    expect(en.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Go', '&Help']);
    const zh = appMenuTemplate({
      lang: 'zh-CN',
      platform: 'win32',
      production: true,
      actions: actions(),
    });
    expect(zh.map((m) => m.label)).toEqual([
      '文件(&F)',
      '编辑(&E)',
      '视图(&V)',
      '前往(&G)',
      '帮助(&H)',
    ]);
    expect(items(zh).map((i) => i.label)).toEqual(
      expect.arrayContaining(['今日', '续约', '撤销', '显示日志', '退出 Outpost']),
    );
  });

  it('offers every app command once, with its shortcut, and sends it to the page', () => {
    const a = actions();
    const all = items(
      appMenuTemplate({ lang: 'en', platform: 'linux', production: true, actions: a }),
    );
    for (const id of APP_COMMANDS) {
      const found = all.filter((i) => i.accelerator === COMMAND_SHORTCUTS[id]);
      expect(found, id).toHaveLength(1);
      (found[0]!.click as () => void)();
      expect(a.send).toHaveBeenLastCalledWith(id);
    }
    const accelerators = all.map((i) => i.accelerator).filter(Boolean);
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });

  it('has no reload and no DevTools in the packaged app, both in development', () => {
    const roles = (production: boolean) =>
      items(appMenuTemplate({ lang: 'en', platform: 'linux', production, actions: actions() })).map(
        (i) => i.role,
      );
    expect(roles(true)).not.toContain('reload');
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(false)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('puts About and Quit in the app menu on a Mac, and Show Logs in Help everywhere', () => {
    const a = actions();
    const mac = appMenuTemplate({ lang: 'en', platform: 'darwin', production: true, actions: a });
    expect(mac[0]!.label).toBe('Outpost');
    expect((mac[0]!.submenu as MenuItemConstructorOptions[]).map((i) => i.label ?? i.type)).toEqual(
      ['About Outpost', 'separator', 'Quit Outpost'],
    );
    const help = items(mac).find((i) => i.label === 'Show Logs')!;
    (help.click as () => void)();
    expect(a.showLogs).toHaveBeenCalled();
  });
});
