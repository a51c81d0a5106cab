// End-to-end: the demo agreement (Qinghai × China Telecom) in a real browser, English and Chinese.
//
// Needs a running `pactum demo` server at $PACTUM_URL (e.g. http://127.0.0.1:8080);
// scripts/test starts one on a free port with a fresh SQLite database.
//
// Page contract (data-testid attributes the server-rendered pages carry):
//   /agreements          [data-testid=agreement-row] containing an <a> to the agreement page
//   agreement page       [data-testid=committed]  committed amount, e.g. "10,000,000,000 CNY"
//                        [data-testid=party]      one element per party (at least two)
//                        [data-testid=project-row] containing an <a> to a project page
//                        ?lang=zh renders it in Chinese with <html lang="zh">
//   project page         [data-testid=illustrative-notice] (demo data is illustrative)

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import {
  TEST_TIMEOUT_MS,
  launch,
  newPage,
  screenshot,
  visit,
  withDiagnostics,
} from './lib/browser.mjs';

const BASE = process.env.PACTUM_URL;

/** Typographic apostrophes and non-breaking spaces count as their plain forms. */
const norm = (s) => s.replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u00a0\u202f]/g, ' ');

/** Follows the first `<a>` matched by `selector`, failing clearly when there is none. */
async function followFirstLink(page, selector, what) {
  const link = page.locator(selector).first();
  try {
    await link.waitFor({ state: 'visible' });
  } catch {
    const count = await page.locator(selector).count();
    throw new Error(`expected a visible link ${selector} (${what}) on ${page.url()}; found ${count}`);
  }
  const href = await link.getAttribute('href');
  assert.ok(href, `${selector} (${what}) has no href`);
  const target = new URL(href, page.url());
  await link.click();
  await page.waitForURL((u) => u.pathname === target.pathname);
  await page.waitForLoadState('load');
  return page.url();
}

describe('agreement page (demo data)', { timeout: TEST_TIMEOUT_MS * 3 }, () => {
  let browser;
  let page;
  let agreementUrl;
  let zhLoaded = false;

  before(async () => {
    assert.ok(
      BASE,
      'PACTUM_URL is not set: run the browser tests through scripts/test, or start ' +
        '`pactum demo --addr 127.0.0.1:PORT` and set PACTUM_URL=http://127.0.0.1:PORT',
    );
    browser = await launch({ locale: 'en-US' });
    page = await newPage(browser.context);
  });

  after(async () => {
    await browser?.close();
  });

  it('lists agreements and opens the first one', { timeout: TEST_TIMEOUT_MS }, async () => {
    await withDiagnostics(page, 'agreements', async () => {
      await visit(page, new URL('/agreements', BASE).href);
      agreementUrl = await followFirstLink(
        page,
        '[data-testid=agreement-row] a',
        'first agreement in the list',
      );
    });
  });

  it('shows the committed amount and both parties in English', { timeout: TEST_TIMEOUT_MS }, async () => {
    assert.ok(agreementUrl, 'no agreement page: the previous step (agreement list) failed');
    await withDiagnostics(page, 'agreement-en', async () => {
      const committed = page.locator('[data-testid=committed]').first();
      await committed.waitFor({ state: 'visible' });
      const amount = norm(await committed.innerText());
      assert.ok(amount.includes('10,000,000,000'), `committed amount should show 10,000,000,000; got "${amount}"`);
      assert.ok(amount.includes('CNY'), `committed amount should show the currency CNY; got "${amount}"`);

      const parties = (await page.locator('[data-testid=party]').allInnerTexts()).map(norm);
      assert.ok(parties.length >= 2, `expected at least two [data-testid=party]; got ${JSON.stringify(parties)}`);
      for (const name of ["Qinghai Provincial People's Government", 'China Telecom Group']) {
        assert.ok(
          parties.some((p) => p.includes(name)),
          `no [data-testid=party] mentions "${name}"; parties: ${JSON.stringify(parties)}`,
        );
      }
      await screenshot(page, 'agreement-en');
    });
  });

  it('switches the agreement page to Chinese with ?lang=zh', { timeout: TEST_TIMEOUT_MS }, async () => {
    assert.ok(agreementUrl, 'no agreement page: the previous step (agreement list) failed');
    await withDiagnostics(page, 'agreement-zh', async () => {
      const zh = new URL(agreementUrl);
      zh.searchParams.set('lang', 'zh');
      await visit(page, zh.href);

      const lang = await page.locator('html').getAttribute('lang');
      assert.match(lang ?? '', /^zh(-[A-Za-z0-9]+)*$/, `<html lang> should be "zh"; got ${JSON.stringify(lang)}`);

      const text = await page.locator('body').innerText();
      for (const name of ['青海省人民政府', '中国电信集团公司']) {
        assert.ok(text.includes(name), `the Chinese page should show "${name}"; page text starts:\n${text.slice(0, 1500)}`);
      }
      zhLoaded = true;
      await screenshot(page, 'agreement-zh');
    });
  });

  it('opens a project and marks its data as illustrative', { timeout: TEST_TIMEOUT_MS }, async () => {
    assert.ok(agreementUrl, 'no agreement page: the previous step (agreement list) failed');
    if (!zhLoaded) {
      // Carry on from the English page so this step still says something useful.
      await visit(page, agreementUrl);
    }
    await withDiagnostics(page, 'project', async () => {
      await followFirstLink(page, '[data-testid=project-row] a', 'first project of the agreement');
      const notice = page.locator('[data-testid=illustrative-notice]').first();
      try {
        await notice.waitFor({ state: 'visible' });
      } catch {
        throw new Error('the project page shows no visible [data-testid=illustrative-notice]');
      }
      await screenshot(page, 'project');
    });
  });
});
