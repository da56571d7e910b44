/**
 * The words people and CRMs use for Outpost's enumerations, in English and Chinese: an imported
 * `Mid-Market`, `中型企业` or `Closed Won` is read as the stored value it means. Unknown words are
 * reported, never guessed.
 */
const LABELS: Record<string, string[]> = {
  // segment
  enterprise: [
    'enterprise',
    'ent',
    'large',
    'strategic',
    'key account',
    '大型企业',
    '大客户',
    '战略客户',
    '重点客户',
  ],
  mid_market: [
    'mid market',
    'midmarket',
    'mid',
    'mm',
    'commercial',
    '中型企业',
    '中型客户',
    '腰部客户',
  ],
  smb: ['smb', 'small business', 'small', 'sme', '中小企业', '小型企业', '小客户', '长尾客户'],
  // stakeholder role
  economic_buyer: ['economic buyer', 'budget holder', '经济决策人', '预算负责人', '付费决策人'],
  executive_sponsor: [
    'executive sponsor',
    'sponsor',
    'executive',
    '高层发起人',
    '高层支持者',
    '高管',
  ],
  champion: ['champion', 'internal champion', '内部支持者', '内部倡导者'],
  decision_maker: ['decision maker', '决策者', '决策人'],
  user: ['user', 'end user', '用户', '使用者', '最终用户'],
  influencer: ['influencer', '影响者', '影响人'],
  blocker: ['blocker', '阻碍者', '反对者'],
  // sentiment
  positive: ['positive', 'good', '积极', '正面', '满意'],
  neutral: ['neutral', '中立', '中性', '一般'],
  negative: ['negative', 'bad', '消极', '负面', '不满意'],
  // stakeholder status
  active: ['active', 'current', '在职', '活跃', '生效', '执行中', '有效'],
  departed: ['departed', 'left', 'former', 'inactive', '离职', '已离职'],
  // contract status
  renewed: ['renewed', '已续约', '续约'],
  churned: ['churned', 'lost customer', '流失', '已流失'],
  cancelled: ['cancelled', 'canceled', '已取消', '取消', '作废'],
  // survey kind
  nps: ['nps', 'net promoter score', '净推荐值'],
  csat: ['csat', 'customer satisfaction', '满意度', '客户满意度'],
  ces: ['ces', 'customer effort score', '费力度', '客户费力度'],
  // ticket severity (Salesforce case priorities too)
  P1: ['p1', 'critical', 'urgent', 'sev1', 'severity 1', '紧急', '严重'],
  P2: ['p2', 'high', 'sev2', 'severity 2', '高'],
  P3: ['p3', 'medium', 'normal', 'sev3', 'severity 3', '中'],
  P4: ['p4', 'low', 'sev4', 'severity 4', '低'],
  // ticket status
  open: [
    'open',
    'new',
    'in progress',
    'working',
    'escalated',
    '新建',
    '处理中',
    '待处理',
    '打开',
    '进行中',
  ],
  pending: ['pending', 'on hold', 'waiting on customer', 'waiting', '挂起', '等待客户'],
  closed: ['closed', 'resolved', 'solved', 'done', '已关闭', '关闭', '已解决'],
  // opportunity kind and status
  upsell: ['upsell', 'up sell', 'upgrade', '增购', '追加销售', '升级'],
  cross_sell: ['cross sell', 'crosssell', '交叉销售'],
  seat_growth: ['seat growth', 'seats', 'add seats', '扩席', '增加席位'],
  referral: ['referral', '转介绍', '推荐'],
  won: ['won', 'closed won', '赢单', '已赢单', '成交'],
  lost: ['lost', 'closed lost', '输单', '丢单'],
  // touchpoint kind
  onsite_visit: [
    'onsite visit',
    'on site visit',
    'site visit',
    'visit',
    '上门拜访',
    '现场拜访',
    '拜访',
  ],
  meeting: ['meeting', 'online meeting', 'video call', '会议', '线上会议'],
  call: ['call', 'phone call', 'phone', '电话', '电话沟通'],
  email: ['email', 'e mail', 'mail', '邮件'],
  qbr: ['qbr', 'quarterly business review', 'ebr', '季度业务回顾'],
  training: ['training', 'workshop', '培训'],
  support_escalation: ['support escalation', 'escalation', '升级', '支持升级'],
};

const CURRENCY_LABELS: Record<string, string[]> = {
  CNY: ['cny', 'rmb', '人民币', '元', '¥', '￥'],
  USD: ['usd', 'us$', '$', '美元', 'us dollar'],
  EUR: ['eur', '€', '欧元', 'euro'],
  GBP: ['gbp', '£', '英镑'],
  JPY: ['jpy', '日元', '円'],
  SGD: ['sgd', 's$', '新加坡元', '新元'],
  HKD: ['hkd', 'hk$', '港币', '港元'],
  AUD: ['aud', 'a$', '澳元'],
};

/** How an enumeration word is compared: case, full-width forms, `-` `_` and spaces ignored. */
export function normalizeWord(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[-_]+/g, ' ').replace(/\s+/g, ' ').trim();
}

function index(labels: Record<string, string[]>): Map<string, string[]> {
  const byWord = new Map<string, string[]>();
  for (const [value, words] of Object.entries(labels))
    for (const word of [value, ...words]) {
      const key = normalizeWord(word);
      byWord.set(key, [...(byWord.get(key) ?? []), value]);
    }
  return byWord;
}

const BY_WORD = index(LABELS);
const CURRENCY_BY_WORD = index(CURRENCY_LABELS);

/** The stored value among `values` that `text` names, or null. */
export function enumValueOf(text: string, values: readonly string[]): string | null {
  const key = normalizeWord(text);
  const exact = values.find((v) => normalizeWord(v) === key);
  if (exact) return exact;
  return BY_WORD.get(key)?.find((v) => values.includes(v)) ?? null;
}

export function currencyOf(text: string): string | null {
  return CURRENCY_BY_WORD.get(normalizeWord(text))?.[0] ?? null;
}
