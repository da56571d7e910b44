/** English messages of money inputs: the hint under the field and why an amount is refused. */
export const enMoney = {
  'money.hint': '= {amount}',
  'money.problem.empty': 'Enter an amount',
  'money.problem.notANumber':
    '“{text}” is not an amount. Type it in digits, like 250000, 250,000, 250k or 1.2m.',
  'money.problem.ambiguousPoint':
    '“{text}” is ambiguous: write {grouped} or {plain} for {large}, or {decimal} for {small}.',
  'money.problem.ambiguousPointWhole':
    '“{text}” is ambiguous: write {grouped} or {plain} for {large}. A point marks decimals.',
  'money.problem.ambiguousComma':
    '“{text}” is ambiguous: a comma separates thousands (1,500). For {small}, write {decimal}.',
  'money.problem.europeanFormat':
    '“{text}” uses a comma for decimals: write a point for decimals and commas between thousands, like 1,234.56.',
  'money.problem.badGrouping':
    '“{text}”: commas go between groups of three digits, like 1,250,000 — or leave them out: 1250000.',
  'money.problem.tooManyDecimals':
    '“{text}” has too many decimals: {currency} amounts have at most {digits}.',
  'money.problem.noDecimals': '“{text}” has decimals, but {currency} amounts are whole numbers.',
  'money.problem.negative': 'The amount must not be negative.',
  'money.problem.wrongCurrency':
    '“{sign}” is another currency: this amount is in {currency}. Type it in {currency}.',
  'money.problem.tooLarge': 'That amount is too large to store.',
} as const;
