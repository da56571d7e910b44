/** 金额输入框的中文提示：字段下方的换算结果，以及金额被拒绝的原因。 */
import type { enMoney } from './enMoney';

export const zhMoney: Record<keyof typeof enMoney, string> = {
  'money.hint': '= {amount}',
  'money.problem.empty': '请输入金额',
  'money.problem.notANumber':
    '“{text}”不是金额。请用数字输入，例如 250000、250,000、25万 或 1.2亿。',
  'money.problem.ambiguousPoint':
    '“{text}”有歧义：如指 {large}，请写 {grouped} 或 {plain}；如指 {small}，请写 {decimal}。',
  'money.problem.ambiguousPointWhole':
    '“{text}”有歧义：如指 {large}，请写 {grouped} 或 {plain}。小数点只用于小数。',
  'money.problem.ambiguousComma':
    '“{text}”有歧义：逗号用于分隔千位（如 1,500）。如指 {small}，请写 {decimal}。',
  'money.problem.europeanFormat':
    '“{text}”用逗号表示小数：请用小数点表示小数、逗号分隔千位，例如 1,234.56。',
  'money.problem.badGrouping':
    '“{text}”：逗号应每三位数字分隔一次，例如 1,250,000；也可以不写逗号：1250000。',
  'money.problem.tooManyDecimals': '“{text}”小数位数过多：{currency} 金额最多 {digits} 位小数。',
  'money.problem.noDecimals': '“{text}”含有小数，但 {currency} 金额只能是整数。',
  'money.problem.negative': '金额不能为负数。',
  'money.problem.wrongCurrency':
    '“{sign}”是其他币种：此处金额的币种是 {currency}，请输入 {currency} 金额。',
  'money.problem.tooLarge': '金额过大，无法保存。',
};
