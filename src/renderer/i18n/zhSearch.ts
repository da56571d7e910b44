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
  'search.owner': '负责人',
};
