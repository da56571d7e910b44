/** Secrets typed on the terminal (the CLI's and the web host's prompts), never echoed. */

/** A passphrase typed on the terminal, not echoed; '' when there is no terminal to ask. */
export function readSecret(prompt: string): Promise<string> {
  const input = process.stdin;
  if (!input.isTTY || !process.stderr.isTTY) return Promise.resolve('');
  process.stderr.write(prompt);
  return new Promise((resolve) => {
    let text = '';
    const finish = (value: string) => {
      input.setRawMode(false);
      input.off('data', onData);
      input.pause();
      process.stderr.write('\n');
      resolve(value);
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') return finish(text);
        if (ch === '\u0003') return finish('');
        if (ch === '\u007f' || ch === '\b') text = [...text].slice(0, -1).join('');
        else text += ch;
      }
    };
    input.setEncoding('utf8');
    input.setRawMode(true);
    input.resume();
    input.on('data', onData);
  });
}
