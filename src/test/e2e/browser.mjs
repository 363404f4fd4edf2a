// What the browser tests share: the application's address (run.sh starts it and sets
// BROADSHEET_URL), where screenshots go, one headless Chromium per test file, and pages
// that record what would show a person a broken page.
import { before, after } from 'node:test';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const baseUrl = process.env.BROADSHEET_URL ?? 'http://127.0.0.1:8080';
export const screenshots = process.env.SCREENSHOT_DIR ?? 'target/e2e';

// The bundled article both files look for.
export const title = 'Lavrov’s Yerevan Visit: Crisis Management, Not Alliance Revival';

let browser;
let profile;

// Starts Chromium before the calling file's tests and closes it after them.
export function useBrowser() {
  before(async () => {
    profile = mkdtempSync(join(tmpdir(), 'broadsheet-chromium-'));
    mkdirSync(screenshots, { recursive: true });
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      headless: true,
      // This machine's network is closed: no background calls to Google's services.
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: 1280, height: 900 },
    });
    browser.setDefaultTimeout(30_000);
  });

  after(async () => {
    await browser?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });
}

// A page that records what would show a broken page to a person: script errors, and
// anything the content security policy blocked (an inline style, a stray script) or
// that failed to load.
export async function openPage() {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`script error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`));
  return { page, problems };
}
