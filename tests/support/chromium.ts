/*
 * How every test and benchmark starts Chromium: Debian's own (tests/run.mjs finds or installs it
 * and sets CHROMIUM_PATH), without a sandbox, GPU or any of its own network traffic.
 */
export const chromiumLaunchOptions = {
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
