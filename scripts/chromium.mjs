/**
 * The Chromium every tool here drives (tests, end-to-end check, bench): Debian's
 * package, or the one CHROME_PATH names; test tools cannot download their own on
 * this network. The flags keep it from reaching for Google's services, which this
 * network refuses, and from needing a sandbox when run as root in CI.
 */
export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
