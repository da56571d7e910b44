/** 季度业务回顾演示文稿与品牌设置的中文文案。 */
import type { enDeck } from './enDeck';

export const zhDeck: Record<keyof typeof enDeck, string> = {
  'nav.branding': '演示文稿品牌',
  'tab.qbr': '季度回顾',
  'renewals.preset.last90Days': '近 90 天',
  'qbr.audience': '受众',
  'qbr.customer': '客户',
  'qbr.internal': '内部',
  'qbr.customerHelp': '给客户看：不含健康分、风险、预警和预测——只有可以展示给客户的内容。',
  'qbr.internalHelp': '给团队看：增加健康分及其影响因素、未处理的风险和续约预测。',
  'qbr.titleSlide': '封面',
  'qbr.exportPptx': '导出 PowerPoint',
  'qbr.exportPdf': '导出 PDF',
  'branding.title': '演示文稿品牌',
  'branding.intro': '每份季度回顾演示文稿上的公司名称、主题色和标志，通过同步与团队共享。',
  'branding.company': '公司名称',
  'branding.accent': '主题色',
  'branding.logo': '标志',
  'branding.logoPick': 'PNG 或 JPEG，最大 350 KB',
  'branding.logoType': '标志必须是 PNG 或 JPEG 图片。',
  'branding.logoSize': '标志太大：最大 350 KB。',
  'branding.removeLogo': '移除标志',
  'branding.saved': '品牌设置已保存',
};
