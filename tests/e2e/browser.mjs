// Shared set-up for browser tests: Debian's Chromium driven by playwright-core, the page served
// by scripts/serve.mjs on a free loopback port. Never downloads a browser.
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';

export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

export async function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
  });
}

export async function serve() {
  const server = await startServer({ port: 0 });
  const { port } = server.address();
  return { server, url: `http://127.0.0.1:${port}/` };
}
