/** The desktop menu's words, in the app's two languages. */
import type { Lang } from '../format/formatters';
import type { AppCommand } from './appCommands';

export interface MenuLabels {
  file: string;
  edit: string;
  view: string;
  go: string;
  help: string;
  quit: string;
  undo: string;
  redo: string;
  cut: string;
  copy: string;
  paste: string;
  selectAll: string;
  zoomIn: string;
  zoomOut: string;
  resetZoom: string;
  fullScreen: string;
  reload: string;
  devTools: string;
  showLogs: string;
  about: string;
  close: string;
  /** The dialog for an error nothing else caught. */
  unexpectedError: string;
  unexpectedErrorDetail: string;
  workerRestarted: string;
  checkForUpdates: string;
  upToDate: string;
  updateFailed: string;
  updatesOff: string;
  updateOnItsWay: string;
  commands: Record<AppCommand, string>;
}

const EN: MenuLabels = {
  file: '&File',
  edit: '&Edit',
  view: '&View',
  go: '&Go',
  help: '&Help',
  quit: 'Quit Outpost',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  selectAll: 'Select All',
  zoomIn: 'Zoom In',
  zoomOut: 'Zoom Out',
  resetZoom: 'Actual Size',
  fullScreen: 'Toggle Full Screen',
  reload: 'Reload',
  devTools: 'Developer Tools',
  showLogs: 'Show Logs',
  about: 'About Outpost',
  close: 'Close',
  unexpectedError: 'Outpost ran into an unexpected error',
  unexpectedErrorDetail:
    'Your saved work is safe. The details are in the log; "Show Logs" opens its folder.',
  workerRestarted:
    'Outpost restarted its data worker. What was being saved at that moment was not saved; everything saved before is safe.',
  checkForUpdates: 'Check for Updates…',
  upToDate: 'Outpost is up to date.',
  updateFailed: 'Outpost could not check for updates.',
  updatesOff: "Updates come from your team's sync server; connect to it under Sync first.",
  updateOnItsWay:
    'A new version is being downloaded; Outpost will offer to restart when it is ready.',
  commands: {
    'new-account': 'New Account…',
    'new-touchpoint': 'New Touchpoint…',
    'new-action-item': 'New Action Item…',
    'export-forecast': 'Export Renewal Forecast…',
    'import-file': 'Import from CRM or Spreadsheet…',
    'go-today': 'Today',
    'go-portfolio': 'Portfolio',
    'go-renewals': 'Renewals',
    'go-kpis': 'KPIs',
    'go-risk': 'Risk Board',
    'sync-now': 'Sync Now',
    'recompute-health': 'Recompute Health Scores',
    'toggle-language': 'Switch Language (English / 简体中文)',
    'go-search': 'Search Notes',
    'open-palette': 'Command Palette…',
    'toggle-dark-mode': 'Dark Mode',
  },
};

const ZH: MenuLabels = {
  file: '文件(&F)',
  edit: '编辑(&E)',
  view: '视图(&V)',
  go: '前往(&G)',
  help: '帮助(&H)',
  quit: '退出 Outpost',
  undo: '撤销',
  redo: '重做',
  cut: '剪切',
  copy: '复制',
  paste: '粘贴',
  selectAll: '全选',
  zoomIn: '放大',
  zoomOut: '缩小',
  resetZoom: '实际大小',
  fullScreen: '切换全屏',
  reload: '重新加载',
  devTools: '开发者工具',
  showLogs: '显示日志',
  about: '关于 Outpost',
  close: '关闭',
  unexpectedError: 'Outpost 遇到了意外错误',
  unexpectedErrorDetail:
    '已保存的内容不会丢失。详细信息记录在日志中，点击“显示日志”可打开其所在文件夹。',
  workerRestarted: 'Outpost 重启了数据进程。当时正在保存的内容没有保存；之前保存的内容都完好。',
  checkForUpdates: '检查更新…',
  upToDate: 'Outpost 已是最新版本。',
  updateFailed: 'Outpost 无法检查更新。',
  updatesOff: '更新来自团队的同步服务器；请先在“同步”中连接。',
  updateOnItsWay: '正在下载新版本；下载完成后 Outpost 会提示重启。',
  commands: {
    'new-account': '新建客户…',
    'new-touchpoint': '新建接触记录…',
    'new-action-item': '新建待办事项…',
    'export-forecast': '导出续约预测…',
    'import-file': '从 CRM 或表格导入…',
    'go-today': '今日',
    'go-portfolio': '客户组合',
    'go-renewals': '续约',
    'go-kpis': '关键指标',
    'go-risk': '风险看板',
    'sync-now': '立即同步',
    'recompute-health': '重新计算健康度',
    'toggle-language': '切换语言（English / 简体中文）',
    'go-search': '搜索笔记',
    'open-palette': '命令面板…',
    'toggle-dark-mode': '深色模式',
  },
};

export const menuLabels = (lang: Lang): MenuLabels => (lang === 'zh-CN' ? ZH : EN);
