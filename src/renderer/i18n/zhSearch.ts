/** 搜索与命令面板的中文文案。 */
import type { enSearch } from './enSearch';

export const zhSearch: Record<keyof typeof enSearch, string> = {
  'search.count.one': '共 {count} 条结果',
  'search.count.other': '共 {count} 条结果',
  'search.searching': '正在搜索…',
  'search.filterBy': '显示',
  'search.filter.all': '全部',
  'search.filter.account': '客户',
  'search.filter.stakeholder': '人员',
  'search.filter.touchpoint': '纪要',
  'search.showMore': '显示更多（已显示 {shown} / 共 {total}）',
  'palette.goTo': '前往{page}',
  'palette.new': '新建{noun}…',
  'palette.touchpointWords': '会议 拜访 电话 纪要',
  'palette.recomputeHealth': '重新计算健康度',
  'palette.healthRecomputed.one': '已为 {count} 个客户重新计算健康度',
  'palette.healthRecomputed.other': '已为 {count} 个客户重新计算健康度',
  'palette.syncNow': '立即同步',
  'palette.exportForecast': '导出续约预测',
  'palette.group.accounts': '客户',
  'palette.group.go': '页面',
  'palette.group.new': '新建',
  'palette.group.do': '操作',
  'palette.chooseAccount': '新{noun}属于哪个客户？输入客户名称…',
  'palette.searchAll': '搜索全部：“{q}”',
  'search.owner': '负责人：',
};
