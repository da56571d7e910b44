import { describe, expect, it, vi } from 'vitest';
import { createI18n } from '../i18n/i18nContext';
import { commandMatches, paletteCommands, type PaletteActions } from './paletteCommands';
import { APP_COMMANDS } from '../../shared/shell/appCommands';

const en = createI18n('en', () => {}).t;
const zh = createI18n('zh-CN', () => {}).t;

function commands(lang: 'en' | 'zh-CN' = 'en') {
  const actions: PaletteActions = { runCommand: vi.fn(), navigate: vi.fn(), newRecord: vi.fn() };
  const list = lang === 'en' ? paletteCommands(en, zh, actions) : paletteCommands(zh, en, actions);
  return { list, actions };
}

describe('palette commands', () => {
  it('offers every page, every new record and every app action', () => {
    const ids = commands().list.map((c) => c.id);
    for (const page of ['today', 'portfolio', 'renewals', 'kpis', 'risk', 'calibration', 'sync'])
      expect(ids).toContain(`go:${page}`);
    for (const type of ['accounts', 'touchpoints', 'action_items', 'stakeholders', 'contracts'])
      expect(ids).toContain(`new:${type}`);
    for (const action of ['recompute-health', 'sync-now', 'export-forecast', 'toggle-language'])
      expect(ids).toContain(`do:${action}`);
    // Every command that has a shortcut is in the palette, showing it.
    const shown = new Set(commands().list.map((c) => c.command));
    expect(APP_COMMANDS.filter((c) => c !== 'open-palette' && !shown.has(c))).toEqual([]);
  });

  it('finds commands by their words in either language', () => {
    const find = (q: string, lang?: 'en' | 'zh-CN') =>
      commands(lang)
        .list.filter((c) => commandMatches(c, q))
        .map((c) => c.id);
    expect(find('sync now')).toEqual(['do:sync-now']);
    expect(find('立即同步')).toEqual(['do:sync-now']);
    expect(find('meeting')).toEqual(['new:touchpoints']);
    expect(find('会议', 'zh-CN')).toEqual(['new:touchpoints']);
    expect(find('renewals', 'zh-CN')).toContain('go:renewals');
    expect(find('前往风险', 'zh-CN')).toEqual(['go:risk']);
    expect(find('go to risk')).toEqual(['go:risk']);
    expect(commands('zh-CN').list.find((c) => c.id === 'go:risk')?.label).toBe('风险看板');
  });

  it('runs what it says', () => {
    const { list, actions } = commands();
    list.find((c) => c.id === 'new:touchpoints')!.run();
    expect(actions.newRecord).toHaveBeenCalledWith('touchpoints');
    list.find((c) => c.id === 'go:calibration')!.run();
    expect(actions.navigate).toHaveBeenCalledWith({ page: 'calibration' });
    list.find((c) => c.id === 'do:toggle-language')!.run();
    expect(actions.runCommand).toHaveBeenCalledWith('toggle-language');
  });
});
