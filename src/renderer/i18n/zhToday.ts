/** "今日"页中待办之外各列表的中文用语。 */
import type { enToday } from './enToday';

export const zhToday: Record<keyof typeof enToday, string> = {
  'today.noDueDate': '无截止日期',
  'today.noDueDateTitle': '没有截止日期的待办事项',
  'today.unclosedRenewals': '已到期但未记录结果的续约',
  'today.unclosedHint': '合同已到期：请记录是续约还是流失。',
  'today.endedAgo.one': '{count} 天前到期',
  'today.endedAgo.other': '{count} 天前到期',
  'today.unowned': '没有负责人的客户',
  'today.renewsOn': '{date} 续约',
  'today.noRenewal': '没有生效中的合同',
  'today.unwritten': '没有会议记录的会议',
  'today.writeNotes': '补写记录',
};
