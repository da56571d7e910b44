/**
 * How the tests and benchmarks start Chromium: Debian's build, never a downloaded one
 * (DESIGN.md §10). As root it needs --no-sandbox; the rest keeps it off the network.
 */
export const CHROMIUM_LAUNCH_OPTIONS = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};
