/** The recovery key as the CLI shows it, once: numbered words in rows of four, and why. */
import type { Lang } from '../../shared/format/formatters';

export function recoveryKeyText(file: string, words: string[], lang: Lang): string {
  const rows: string[] = [];
  for (let i = 0; i < words.length; i += 4)
    rows.push(
      words
        .slice(i, i + 4)
        .map((w, j) => `${String(i + j + 1).padStart(2)}. ${w.padEnd(10)}`)
        .join(' ')
        .trimEnd(),
    );
  const head =
    lang === 'zh-CN'
      ? [
          `${file} 已加密。这是它的恢复密钥，只显示这一次：`,
          '请抄在纸上，与这台电脑分开保管。忘记密码、换电脑或系统重装后，只有它能打开数据库。',
        ]
      : [
          `${file} is now encrypted. This is its recovery key, shown this once:`,
          'write it on paper and keep it away from this computer. If the passphrase is forgotten,',
          'the computer replaced or its system reinstalled, only these words open the database.',
        ];
  return [...head, '', ...rows, ''].join('\n');
}
