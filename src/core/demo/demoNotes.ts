/**
 * Believable meeting notes for demo touchpoints, in English and Chinese. Placeholders:
 * {contact} a stakeholder, {module} a product module, {users} active users, {seats} seats,
 * {pct} a percentage, {owner} the CSM.
 */

export interface NoteTemplate {
  kind: 'onsite_visit' | 'meeting' | 'call' | 'email' | 'qbr' | 'training' | 'support_escalation';
  summary: string;
  notes: string;
  nextSteps: string;
  sentiment: 'positive' | 'neutral' | 'negative';
}

export const EN_NOTES: NoteTemplate[] = [
  {
    kind: 'qbr',
    summary: 'Quarterly business review with {contact}',
    notes:
      '## Highlights\n- {users} of {seats} seats active this quarter ({pct}% utilisation).\n- {module} rollout finished in two more departments.\n\n## Concerns\n- Reporting latency at month end; they want scheduled exports.\n\n## Decisions\n- Agreed success criteria for the renewal: adoption above 70% and two new use cases.',
    nextSteps:
      '- Send QBR summary deck\n- Book {module} advanced training\n- Share scheduled export roadmap',
    sentiment: 'positive',
  },
  {
    kind: 'call',
    summary: 'Renewal check-in with {contact}',
    notes:
      'Discussed the upcoming renewal. {contact} is supportive but procurement wants a multi-year discount.\nBudget for next year is under review; finance asked for usage evidence.\n\nRisk: a competitor demo was scheduled by another team.',
    nextSteps: '- Prepare usage report for finance\n- Draft two-year renewal proposal',
    sentiment: 'neutral',
  },
  {
    kind: 'onsite_visit',
    summary: 'Onsite workshop: {module} adoption',
    notes:
      '## Workshop\nHalf-day session with the operations team. Mapped three workflows that still run in spreadsheets.\n\n## Observations\n- Power users are enthusiastic; new hires lack onboarding.\n- SSO issues blocked about {pct}% of logins last month.',
    nextSteps: '- Create onboarding path for new hires\n- Escalate SSO issue to support',
    sentiment: 'positive',
  },
  {
    kind: 'support_escalation',
    summary: 'Escalation: data sync failures',
    notes:
      'Nightly sync has failed four times this week. {contact} is frustrated; the executive team noticed missing numbers in the board report.\n\nEngineering is investigating a timeout in the connector.',
    nextSteps: '- Daily status update until resolved\n- Post-incident review with {contact}',
    sentiment: 'negative',
  },
  {
    kind: 'meeting',
    summary: 'Success plan review',
    notes:
      'Walked through objectives. Cycle-time reduction is at {pct}% of target. Two milestones slipped because of their internal reorganisation.\n\n{contact} asked for help building the business case for expansion.',
    nextSteps: '- Update success plan dates\n- Build ROI summary for expansion',
    sentiment: 'neutral',
  },
  {
    kind: 'training',
    summary: '{module} training for new team',
    notes:
      'Trained 12 new users on {module}. Good engagement; questions on permissions and dashboards.\n\nRecording shared in their wiki.',
    nextSteps: '- Send training recording and quiz',
    sentiment: 'positive',
  },
  {
    kind: 'email',
    summary: 'Follow-up on feature request',
    notes:
      'Shared the product response on the bulk-edit request. {contact} appreciated the transparency; the feature is planned for next quarter.',
    nextSteps: '',
    sentiment: 'neutral',
  },
  {
    kind: 'call',
    summary: 'Executive sponsor alignment',
    notes:
      'Spoke with the sponsor about strategic priorities for next year: expansion to the APAC offices and a consolidated reporting layer.\nThey are considering adding {module}.',
    nextSteps: '- Introduce solutions architect\n- Scope APAC rollout',
    sentiment: 'positive',
  },
];

export const CN_NOTES: NoteTemplate[] = [
  {
    kind: 'qbr',
    summary: '与{contact}的季度业务回顾',
    notes:
      '## 亮点\n- 本季度 {seats} 个席位中有 {users} 个活跃（使用率 {pct}%）。\n- {module} 已在另外两个部门完成上线。\n\n## 关注点\n- 月末报表延迟，客户希望支持定时导出。\n\n## 决定\n- 约定续约成功标准：使用率超过 70%，新增两个业务场景。',
    nextSteps: '- 发送季度回顾材料\n- 安排 {module} 进阶培训\n- 分享定时导出路线图',
    sentiment: 'positive',
  },
  {
    kind: 'call',
    summary: '与{contact}沟通续约事宜',
    notes:
      '讨论了即将到来的续约。{contact}表示支持，但采购部门希望获得多年期折扣。\n明年预算仍在审批中，财务要求提供使用数据作为依据。\n\n风险：另一个团队安排了竞品演示。',
    nextSteps: '- 为财务准备使用情况报告\n- 起草两年期续约方案',
    sentiment: 'neutral',
  },
  {
    kind: 'onsite_visit',
    summary: '现场拜访：{module} 推广工作坊',
    notes:
      '## 工作坊\n与运营团队进行了半天的研讨，梳理出三个仍依赖表格的业务流程。\n\n## 观察\n- 核心用户积极性高，新员工缺少入职培训。\n- 上月约 {pct}% 的登录因单点登录问题失败。',
    nextSteps: '- 为新员工设计入门路径\n- 将单点登录问题升级给技术支持',
    sentiment: 'positive',
  },
  {
    kind: 'support_escalation',
    summary: '问题升级：数据同步失败',
    notes:
      '本周夜间同步失败四次。{contact}很不满意，管理层在董事会报告中发现数据缺失。\n\n研发正在排查连接器超时问题。',
    nextSteps: '- 问题解决前每日同步进展\n- 与{contact}进行事后复盘',
    sentiment: 'negative',
  },
  {
    kind: 'meeting',
    summary: '成功计划复盘',
    notes:
      '逐项检查目标。流程周期缩短目前达到目标的 {pct}%。由于客户内部组织调整，两个里程碑延期。\n\n{contact}希望我们协助准备扩容的业务论证。',
    nextSteps: '- 更新成功计划时间表\n- 编写扩容投资回报分析',
    sentiment: 'neutral',
  },
  {
    kind: 'training',
    summary: '新团队 {module} 培训',
    notes:
      '为 12 名新用户进行了 {module} 培训，参与度高，主要问题集中在权限和仪表盘。\n\n培训录像已上传至客户知识库。',
    nextSteps: '- 发送培训录像和测验',
    sentiment: 'positive',
  },
  {
    kind: 'email',
    summary: '功能需求跟进',
    notes:
      '反馈了产品团队对批量编辑需求的答复。{contact}对透明的沟通表示感谢，该功能计划在下季度发布。',
    nextSteps: '',
    sentiment: 'neutral',
  },
  {
    kind: 'call',
    summary: '与高层发起人对齐战略',
    notes:
      '与发起人讨论了明年的战略重点：扩展到华南分公司，并建设统一的报表平台。\n客户正在考虑增购 {module}，续约意向明确。',
    nextSteps: '- 引荐解决方案架构师\n- 评估华南分公司上线范围',
    sentiment: 'positive',
  },
];

export const SURVEY_COMMENTS = {
  en: {
    promoter: [
      'Great support team, very responsive.',
      'The dashboards save us hours every week.',
      'Easy to roll out to new teams.',
    ],
    passive: [
      'Works well, but reporting could be faster.',
      'Good product, onboarding took a while.',
    ],
    detractor: [
      'Too many sync failures lately.',
      'Pricing is hard to justify for our usage.',
      'Support takes too long on urgent issues.',
    ],
  },
  zh: {
    promoter: ['支持团队响应很快。', '仪表盘每周为我们节省大量时间。', '新团队上手非常容易。'],
    passive: ['整体不错，但报表可以更快。', '产品很好，上线周期有点长。'],
    detractor: ['最近同步失败太多。', '按我们的使用量，价格偏高。', '紧急问题处理太慢。'],
  },
} as const;

export const TICKET_SUBJECTS = {
  en: [
    'Export to Excel fails',
    'SSO login loop',
    'Dashboard loads slowly',
    'API rate limit questions',
    'Nightly sync failed',
    'Permission error for new user',
    'Report totals mismatch',
  ],
  zh: [
    '导出Excel失败',
    '单点登录循环跳转',
    '仪表盘加载缓慢',
    'API 调用限额咨询',
    '夜间同步失败',
    '新用户权限报错',
    '报表合计不一致',
  ],
} as const;

export const FEEDBACK_TEXTS = {
  en: [
    'Bulk edit for records',
    'Scheduled report exports',
    'Dark mode for dashboards',
    'More granular permissions',
    'Mobile offline mode',
  ],
  zh: ['支持批量编辑', '定时导出报表', '仪表盘深色模式', '更细粒度的权限控制', '移动端离线模式'],
} as const;

export const OBJECTIVES: Record<
  'en' | 'zh',
  readonly (readonly [string, string, number, number])[]
> = {
  en: [
    ['Reduce order cycle time', 'Cycle time (days)', 12, 7],
    ['Increase self-service adoption', 'Active users', 40, 120],
    ['Automate month-end reporting', 'Manual hours per month', 80, 20],
    ['Improve customer response time', 'Median response (hours)', 24, 6],
  ],
  zh: [
    ['缩短订单处理周期', '处理周期（天）', 12, 7],
    ['提升自助使用率', '活跃用户数', 40, 120],
    ['月末报表自动化', '每月人工工时', 80, 20],
    ['提升客户响应速度', '响应时长中位数（小时）', 24, 6],
  ],
} as const;

export const MILESTONES = {
  en: [
    'Kick-off workshop',
    'Data migration complete',
    'Admin training',
    'First team live',
    'All teams live',
    'Executive review',
  ],
  zh: ['项目启动会', '数据迁移完成', '管理员培训', '首个团队上线', '全部团队上线', '高层评审'],
} as const;
