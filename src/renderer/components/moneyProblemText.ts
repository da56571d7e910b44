/** The words for why a money input refused what was typed, saying how to write it instead. */
import { parseMoneyInput, type MoneyParse } from '../../shared/format/parseMoney';
import type { I18n } from '../i18n/i18nContext';

type Refusal = Extract<MoneyParse, { ok: false }>;

/** A pasted paragraph should not become the message. */
const quote = (text: string) => {
  const trimmed = text.trim();
  return trimmed.length > 24 ? `${trimmed.slice(0, 23)}…` : trimmed;
};

export function moneyProblemText(
  i18n: I18n,
  text: string,
  refusal: Refusal,
  currency: string,
): string {
  const { t } = i18n;
  const { problem, detail = {} } = refusal;
  const shown = quote(text);
  // Each reading spelled out as money, so "250,000" and "250.00" are plainly different sums.
  const asMoney = (typed: string | undefined) => {
    const read = typed ? parseMoneyInput(typed, { lang: i18n.lang, currency }) : undefined;
    return read?.ok ? i18n.moneyExact(read.minor, currency) : '';
  };
  switch (problem) {
    case 'ambiguous': {
      const { grouped = '', plain = '', decimal = '' } = detail;
      if (!grouped)
        return t('money.problem.ambiguousComma', { text: shown, decimal, small: asMoney(decimal) });
      const large = asMoney(grouped);
      return decimal
        ? t('money.problem.ambiguousPoint', {
            text: shown,
            grouped,
            plain,
            large,
            decimal,
            small: asMoney(decimal),
          })
        : t('money.problem.ambiguousPointWhole', { text: shown, grouped, plain, large });
    }
    case 'tooManyDecimals':
      return detail.digits
        ? t('money.problem.tooManyDecimals', { text: shown, currency, digits: detail.digits })
        : t('money.problem.noDecimals', { text: shown, currency });
    case 'wrongCurrency':
      return t('money.problem.wrongCurrency', { sign: detail.sign ?? '', currency });
    default:
      return t(`money.problem.${problem}`, { text: shown });
  }
}
