// End-to-end: paste a press release, review the proposed fields with highlighted evidence,
// correct them, confirm, and find the agreement saved with its source text.
//
// Needs a running `pactum demo` server at $PACTUM_URL (scripts/test starts one).

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';

import { TEST_TIMEOUT_MS, launch, newPage, screenshot, visit, withDiagnostics } from './lib/browser.mjs';

const BASE = process.env.PACTUM_URL;
const here = path.dirname(fileURLToPath(import.meta.url));
const ARTICLE = readFileSync(path.resolve(here, '..', '..', 'crates', 'store', 'src', 'demo', 'qinghai-press-release.txt'), 'utf8');

describe('new agreement from a press release', { timeout: TEST_TIMEOUT_MS * 3 }, () => {
  let browser;
  let page;

  before(async () => {
    assert.ok(BASE, 'PACTUM_URL is not set: run the browser tests through scripts/test');
    browser = await launch({ locale: 'en-US' });
    page = await newPage(browser.context);
  });

  after(async () => {
    await browser?.close();
  });

  it('pastes, reviews, corrects and confirms', { timeout: TEST_TIMEOUT_MS }, async () => {
    await withDiagnostics(page, 'draft', async () => {
      await visit(page, new URL('/agreements/draft?lang=en', BASE).href);
      await page.locator('[data-testid=press-text]').fill(ARTICLE);
      await page.locator('[data-testid=extract-button]').click();
      await page.waitForURL((u) => u.pathname === '/agreements/draft');
      await page.locator('[data-testid=review-form]').waitFor({ state: 'visible' });

      // Evidence is highlighted in the source text, and the amount is proposed in base units.
      const marks = page.locator('[data-testid=highlighted-source] mark');
      assert.ok((await marks.count()) >= 3, `expected highlighted evidence; found ${await marks.count()} marks`);
      const amountMark = page.locator('[data-testid=highlighted-source] mark[data-field=amounts]').first();
      assert.match(await amountMark.innerText(), /10 billion yuan/);
      assert.equal(await page.locator('#amount_value_0').inputValue(), '10000000000');
      assert.equal(await page.locator('#amount_currency_0').inputValue(), 'CNY');
      assert.equal(await page.locator('#period_start').inputValue(), '2016');
      await screenshot(page, 'draft-review');

      // The officer corrects what the article leaves out or garbles.
      await page.locator('#title').fill('Cooperation framework agreement (browser test)');
      await page.locator('#signed_on').fill('2016-07-08');
      await page.locator('#party_name_0').fill("Qinghai Provincial People's Government");
      await page.locator('#party_role_0').selectOption('government');
      await page.locator('#party_name_1').fill('China Telecom Group');
      await page.locator('#party_role_1').selectOption('investor');
      await page.locator('#amount_party_0').selectOption('1');
      await page.locator('#sig_name_0').fill('Wang Liming');
      await page.locator('#sig_title_0').fill('Vice governor');
      await page.locator('#sig_party_0').selectOption('0');
      await page.locator('#sig_name_1').fill('Gao Tongqing');
      await page.locator('#sig_party_1').selectOption('1');
      await page.locator('[data-testid=confirm-button]').click();

      await page.waitForURL((u) => /^\/agreements\/\d+$/.test(u.pathname));
      const committed = await page.locator('[data-testid=committed]').innerText();
      assert.ok(committed.includes('10,000,000,000'), `committed shows ${committed}`);
      const parties = await page.locator('[data-testid=party]').allInnerTexts();
      assert.ok(parties.some((p) => p.includes('China Telecom Group')), JSON.stringify(parties));
      const signatories = await page.locator('[data-testid=signatory]').allInnerTexts();
      assert.ok(signatories.some((s) => s.includes('Wang Liming')), JSON.stringify(signatories));
      const source = await page.locator('[data-testid=source-text]').textContent();
      assert.ok(source.includes('Leave a Reply'), 'the source text is kept verbatim');
      const history = await page.locator('table.history').innerText();
      assert.ok(history.includes('Drafted from a press release'), `history: ${history}`);
      await screenshot(page, 'draft-saved');
    });
  });
});
