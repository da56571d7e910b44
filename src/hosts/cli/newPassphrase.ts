/** A new passphrase for the CLI: from an environment variable, else typed twice the same. */
import type { CliContext } from './cliCommand';
import { UsageError } from './usageError';

/** A new passphrase: from the environment variable, else typed twice the same. */
export async function newPassphrase(ctx: CliContext, variable: string): Promise<string> {
  const given = ctx.env[variable];
  if (given) return given;
  const typed = await typedNewPassphrase(ctx);
  if (!typed)
    throw new UsageError(
      ctx.lang === 'zh-CN'
        ? `没有终端可以输入密码：请在 ${variable} 中给出新密码。`
        : `no terminal to type a passphrase at: give the new passphrase in ${variable}.`,
    );
  return typed;
}

/** A new passphrase typed twice the same on the terminal; '' when there is no terminal. */
export async function typedNewPassphrase(ctx: CliContext): Promise<string> {
  const zh = ctx.lang === 'zh-CN';
  const first = await ctx.io.readSecret?.(zh ? '新密码：' : 'New passphrase: ');
  if (!first) return '';
  const again = await ctx.io.readSecret?.(zh ? '再输入一次：' : 'The same again: ');
  if (again !== first)
    throw new UsageError(
      zh
        ? '两次输入的密码不同。没有任何改动。'
        : 'the two passphrases differ. Nothing was changed.',
    );
  return first;
}
