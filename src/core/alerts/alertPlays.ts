/**
 * The suggested play for each alert type: a short template of action items, in both languages,
 * each due a number of days after the play is run (DESIGN.md §5).
 */
import type { AlertType } from '../../shared/domain/healthEnums';

export interface PlayStep {
  en: string;
  zh: string;
  dueInDays: number;
}

export const ALERT_PLAYS: Record<AlertType, PlayStep[]> = {
  open_p1_ticket: [
    {
      en: 'Call the customer about the P1 ticket and agree on updates',
      zh: '就 P1 工单致电客户并约定进展同步方式',
      dueInDays: 0,
    },
    {
      en: 'Escalate the P1 ticket to the support lead',
      zh: '将 P1 工单升级给支持负责人',
      dueInDays: 1,
    },
    {
      en: 'Send a written summary once the P1 is fixed',
      zh: 'P1 解决后发送书面总结',
      dueInDays: 7,
    },
  ],
  turned_red: [
    {
      en: 'Review the health drivers and write a save plan',
      zh: '复盘健康度驱动因素并制定挽回计划',
      dueInDays: 2,
    },
    { en: 'Book a call with the executive sponsor', zh: '预约与高管发起人的通话', dueInDays: 5 },
    { en: 'Brief your CS leader on the risk', zh: '向客户成功负责人汇报风险', dueInDays: 3 },
  ],
  health_drop: [
    {
      en: 'Find out what changed: usage, people, tickets, surveys',
      zh: '查明变化原因：使用、人员、工单、调研',
      dueInDays: 2,
    },
    { en: 'Check in with the champion', zh: '与内部支持者沟通近况', dueInDays: 5 },
  ],
  champion_departed: [
    { en: 'Find and meet the new champion', zh: '找到并会见新的内部支持者', dueInDays: 14 },
    {
      en: 'Re-confirm goals with the economic buyer',
      zh: '与经济决策人重新确认目标',
      dueInDays: 21,
    },
    { en: 'Update the stakeholder map', zh: '更新干系人地图', dueInDays: 7 },
  ],
  renewal_at_risk: [
    {
      en: 'Build the renewal plan with value delivered so far',
      zh: '结合已交付价值制定续约计划',
      dueInDays: 7,
    },
    { en: 'Book an executive business review', zh: '预约高管业务回顾会议', dueInDays: 14 },
    {
      en: 'Agree the renewal timeline with procurement',
      zh: '与采购确认续约时间表',
      dueInDays: 21,
    },
  ],
  detractor_response: [
    {
      en: 'Call the detractor within two days to hear the issue',
      zh: '两天内致电给出低分的客户了解问题',
      dueInDays: 2,
    },
    {
      en: 'Log the root cause and the fix agreed',
      zh: '记录根本原因及商定的解决方案',
      dueInDays: 7,
    },
    { en: 'Follow up once the fix is in place', zh: '问题解决后跟进回访', dueInDays: 30 },
  ],
  no_recent_touchpoint: [
    { en: 'Schedule a check-in meeting', zh: '安排一次例行沟通会议', dueInDays: 3 },
    {
      en: 'Share a useful update or best practice',
      zh: '分享一条有价值的更新或最佳实践',
      dueInDays: 7,
    },
  ],
  low_utilisation: [
    {
      en: 'Review who is not using the product and why',
      zh: '梳理未使用产品的用户及原因',
      dueInDays: 5,
    },
    {
      en: 'Offer a training session for inactive users',
      zh: '为未活跃用户安排培训',
      dueInDays: 14,
    },
    {
      en: 'Agree adoption targets with the champion',
      zh: '与内部支持者约定使用率目标',
      dueInDays: 21,
    },
  ],
  milestone_overdue: [
    {
      en: 'Agree a new date for the overdue milestones',
      zh: '为逾期里程碑约定新的完成日期',
      dueInDays: 3,
    },
    { en: 'Remove the blocker behind the delay', zh: '清除导致延期的障碍', dueInDays: 10 },
  ],
};
