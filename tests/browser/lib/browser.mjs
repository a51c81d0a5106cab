// Shared set-up for Pactum's browser tests: Debian's chromium driven by playwright-core.
//
// Never lets Playwright download a browser: it always launches the system chromium
// (PACTUM_CHROMIUM, default /usr/bin/chromium), headless, with a fresh profile directory
// that is deleted afterwards. scripts/test installs chromium and fonts-noto-cjk.

import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1';
const { chromium } = await import('playwright-core');

const here = path.dirname(fileURLToPath(import.meta.url));

export const CHROMIUM = process.env.PACTUM_CHROMIUM || '/usr/bin/chromium';

/** Where screenshots go: $PACTUM_SCREENSHOT_DIR, default <repo>/target/screenshots. */
export const SCREENSHOT_DIR =
  process.env.PACTUM_SCREENSHOT_DIR || path.resolve(here, '..', '..', '..', 'target', 'screenshots');

/** Generous timeouts: CI has two cores and a debug build. */
export const ACTION_TIMEOUT_MS = 30_000;
export const NAVIGATION_TIMEOUT_MS = 60_000;
export const TEST_TIMEOUT_MS = 180_000;

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

/**
 * Launches chromium with a fresh --user-data-dir and returns
 * { context, close }. `context` is a Playwright BrowserContext with English locale.
 */
export async function launch({ locale = 'en-US' } = {}) {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `chromium not found at ${CHROMIUM}; scripts/test installs Debian's chromium ` +
        `(apt-get install chromium) — run the tests through scripts/test`,
    );
  }
  // launchPersistentContext passes this directory to chromium as --user-data-dir.
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'pactum-chromium-'));
  let context;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      locale,
      viewport: { width: 1280, height: 900 },
      timeout: NAVIGATION_TIMEOUT_MS,
    });
  } catch (err) {
    rmSync(userDataDir, { recursive: true, force: true });
    throw new Error(`could not launch ${CHROMIUM} with playwright-core: ${err.message}`);
  }
  context.setDefaultTimeout(ACTION_TIMEOUT_MS);
  context.setDefaultNavigationTimeout(NAVIGATION_TIMEOUT_MS);
  return {
    context,
    async close() {
      try {
        await context.close();
      } finally {
        rmSync(userDataDir, { recursive: true, force: true });
      }
    },
  };
}

/** Opens a page that reports page errors, console errors and failed requests on stderr. */
export async function newPage(context) {
  const page = await context.newPage();
  page.on('pageerror', (err) => console.error(`[page error] ${page.url()}: ${err.message}`));
  page.on('console', (msg) => {
    // HTTP errors are reported below with their URL; the console only repeats them without it.
    if (msg.type() === 'error' && !msg.text().startsWith('Failed to load resource')) {
      console.error(`[console error] ${page.url()}: ${msg.text()}`);
    }
  });
  page.on('response', (res) => {
    if (res.status() >= 400) console.error(`[HTTP ${res.status()}] ${res.url()}`);
  });
  page.on('requestfailed', (req) =>
    console.error(`[request failed] ${req.url()}: ${req.failure()?.errorText ?? 'unknown'}`),
  );
  return page;
}

/** Navigates and fails with a clear message on network errors or HTTP status >= 400. */
export async function visit(page, url) {
  let response;
  try {
    response = await page.goto(url, { waitUntil: 'load' });
  } catch (err) {
    throw new Error(`could not load ${url}: ${err.message}`);
  }
  if (!response) throw new Error(`no response for ${url}`);
  if (response.status() >= 400) {
    const body = (await response.text().catch(() => '')).slice(0, 2000);
    throw new Error(`${url} answered HTTP ${response.status()}:\n${body}`);
  }
  return response;
}

/** Full-page screenshot to SCREENSHOT_DIR/<name>.png, after web fonts have loaded. */
export async function screenshot(page, name) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.evaluate(() => document.fonts.ready).catch(() => {});
  await page.screenshot({ path: file, fullPage: true });
  console.log(`screenshot: ${file}`);
  return file;
}

/**
 * Runs `fn()`; on failure prints the page's URL and saves a screenshot named failure-<name>.png,
 * so a red run shows what the browser saw.
 */
export async function withDiagnostics(page, name, fn) {
  try {
    return await fn();
  } catch (err) {
    try {
      console.error(`[${name}] failed on ${page.url()}; the browser's view follows as failure-${name}.png`);
      await screenshot(page, `failure-${name}`);
    } catch {
      // the page may be gone; the original error matters more
    }
    throw err;
  }
}
