/** Word lists for demo portfolios: company and person names in English and Chinese, and the like. */

// prettier-ignore
export const EN_COMPANY_FIRST = [
  'Northwind', 'Bluepeak', 'Silverline', 'Granite', 'Harbor', 'Lumen', 'Crestview', 'Ironwood',
  'Brightwater', 'Summit', 'Redwood', 'Copperleaf', 'Evergreen', 'Falcon', 'Keystone', 'Meridian',
  'Oakridge', 'Pinnacle', 'Quarry', 'Riverstone', 'Sapphire', 'Tidewater', 'Vantage', 'Westbrook',
  'Aurora', 'Beacon', 'Cobalt', 'Driftwood', 'Emberly', 'Fjord', 'Glacier', 'Highland', 'Juniper',
  'Kestrel', 'Larkspur', 'Maple', 'Nimbus', 'Orchard', 'Prairie', 'Quill', 'Rook', 'Sterling',
  'Thistle', 'Upland', 'Verity', 'Willow', 'Yarrow', 'Zephyr', 'Atlas', 'Bramble', 'Cedar',
  'Delta', 'Elm', 'Foxglove', 'Garnet', 'Hawthorn', 'Indigo', 'Jasper', 'Kingfisher', 'Lantern',
] as const;

// prettier-ignore
export const EN_COMPANY_SECOND = [
  'Logistics', 'Analytics', 'Health', 'Foods', 'Energy', 'Robotics', 'Retail', 'Capital', 'Media',
  'Pharma', 'Systems', 'Labs', 'Freight', 'Insurance', 'Hospitality', 'Motors', 'Telecom',
  'Textiles', 'Biotech', 'Software', 'Materials', 'Aerospace', 'Dairy', 'Learning', 'Clinics',
  'Mobility', 'Packaging', 'Semiconductors', 'Outdoor', 'Marine', 'Water', 'Cloud', 'Payments',
  'Security', 'Furniture', 'Beverages', 'Games', 'Studios', 'Agritech', 'Properties',
] as const;

// prettier-ignore
export const EN_COMPANY_SUFFIX = [
  'Inc.', 'Ltd', 'Group', 'Co.', 'GmbH', 'LLC', 'plc', 'Partners', 'Holdings', 'Pte Ltd',
] as const;

// prettier-ignore
export const CN_CITIES = [
  '北京', '上海', '广州', '深圳', '杭州', '南京', '苏州', '成都', '重庆', '武汉', '西安', '天津', '青岛', '厦门', '宁波', '长沙',
  '郑州', '合肥', '福州', '济南', '大连', '沈阳', '昆明', '无锡',
] as const;

// prettier-ignore
export const CN_BRANDS = [
  '云帆', '星河', '华瑞', '恒通', '博远', '智汇', '鼎信', '嘉禾', '天成', '瑞丰', '远景', '蓝海', '明德', '新航', '启航', '睿思',
  '聚力', '融创', '东方', '金石', '盛达', '宏图', '卓越', '海纳', '晨光', '安和', '万象', '长青', '锦程', '同舟', '九州', '乐享',
  '优品', '百川', '泰和', '中联', '高远', '凯德', '华信', '致远', '思远', '永安', '建元', '正大', '和光', '青禾', '润泽', '鸿运',
] as const;

// prettier-ignore
export const CN_INDUSTRY_WORDS = [
  '科技', '物流', '医疗', '食品', '能源', '智能制造', '零售', '金融服务', '传媒', '制药', '软件', '教育科技', '汽车', '电子', '环保',
  '数据',
] as const;

export const CN_COMPANY_SUFFIX = ['有限公司', '股份有限公司', '集团有限公司'] as const;

// prettier-ignore
export const INDUSTRIES = [
  'Software', 'Manufacturing', 'Healthcare', 'Retail', 'Financial services', 'Logistics',
  'Education', 'Energy', 'Media', 'Pharmaceuticals', 'Automotive', 'Hospitality',
] as const;

// prettier-ignore
export const INDUSTRIES_CN = [
  '软件', '制造业', '医疗健康', '零售', '金融服务', '物流', '教育', '能源', '传媒', '制药', '汽车', '酒店餐饮',
] as const;

export const REGIONS_CN = ['华东', '华北', '华南', '西南', '华中'] as const;
export const REGIONS_EN = ['APAC', 'EMEA', 'North America', 'Latin America'] as const;

// prettier-ignore
export const CSM_OWNERS = [
  '李娜', '王伟', '张敏', 'Emma Clark', 'James Wong', 'Sofia Rossi', 'Daniel Kim', '陈静',
] as const;

// prettier-ignore
export const MODULES = [
  'Analytics', 'Automation', 'Reporting', 'API', 'Mobile', 'SSO', 'Workflow', 'Integrations',
] as const;

// prettier-ignore
export const EN_FIRST = [
  'Olivia', 'Liam', 'Emma', 'Noah', 'Ava', 'Ethan', 'Mia', 'Lucas', 'Sophia', 'Mason', 'Isabella',
  'Logan', 'Amelia', 'Oliver', 'Harper', 'Elijah', 'Charlotte', 'Aiden', 'Grace', 'Henry', 'Chloe',
  'Samuel', 'Zoe', 'David', 'Nora', 'Jack', 'Leah', 'Ryan', 'Hannah', 'Owen',
] as const;

// prettier-ignore
export const EN_LAST = [
  'Smith', 'Johnson', 'Brown', 'Taylor', 'Miller', 'Wilson', 'Moore', 'Anderson', 'Thomas',
  'Jackson', 'White', 'Harris', 'Martin', 'Thompson', 'Garcia', 'Martinez', 'Robinson', 'Clark',
  'Lewis', 'Walker', 'Young', 'Allen', 'King', 'Wright', 'Scott', 'Green', 'Baker', 'Adams',
  'Nelson', 'Hill',
] as const;

// prettier-ignore
export const CN_SURNAMES = [
  '王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '林', '罗',
  '高',
] as const;
// prettier-ignore
export const CN_GIVEN = [
  '伟', '芳', '娜', '敏', '静', '磊', '洋', '艳', '勇', '军', '杰', '娟', '涛', '明', '超', '秀英', '霞', '平', '刚',
  '桂英', '建华', '晓东', '海燕', '志强', '丽华', '文博', '子涵', '雨萱', '思远', '嘉怡',
] as const;

export const TITLES_EN = {
  economic_buyer: ['CFO', 'VP Finance', 'COO'],
  executive_sponsor: ['CIO', 'CTO', 'VP Operations', 'Chief Digital Officer'],
  champion: ['Head of Operations', 'Director of Analytics', 'Program Manager', 'IT Manager'],
  decision_maker: ['Head of Procurement', 'Director of IT', 'VP Sales'],
  user: ['Analyst', 'Operations Specialist', 'Team Lead', 'Coordinator', 'Engineer'],
  influencer: ['Solutions Architect', 'Senior Analyst', 'Security Lead'],
  blocker: ['Procurement Manager', 'Security Officer'],
} as const;

export const TITLES_CN = {
  economic_buyer: ['财务总监', '首席财务官', '运营副总裁'],
  executive_sponsor: ['首席信息官', '技术副总裁', '数字化负责人'],
  champion: ['运营经理', '数据分析主管', '项目经理', 'IT经理'],
  decision_maker: ['采购总监', 'IT总监', '销售副总裁'],
  user: ['分析师', '运营专员', '组长', '业务专员', '工程师'],
  influencer: ['解决方案架构师', '高级分析师', '安全主管'],
  blocker: ['采购经理', '信息安全官'],
} as const;
