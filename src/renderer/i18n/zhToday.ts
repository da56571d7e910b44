/** "今日"页中待办之外各列表的中文用语。 */
import type { enToday } from './enToday';

export const zhToday: Record<keyof typeof enToday, string> = {
  'play.title': '"{alert}"的应对方案',
  'play.step': '待办事项',
  'play.owner': '负责人',
  'play.due': '截止日期',
  'play.already': '已创建',
  'play.nothingNew': '该预警的应对方案待办已全部创建，再次执行不会重复创建。',
  'play.create.one': '创建 {count} 个待办事项',
  'play.create.other': '创建 {count} 个待办事项',
  'play.createNone': '没有需要新建的待办',
  'alerts.playCreated.one': '已创建 {count} 个待办事项',
  'alerts.playCreated.other': '已创建 {count} 个待办事项',
  'nextSteps.dueFor': '“{title}”的截止日期',
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
