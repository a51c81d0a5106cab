// Self-check of the browser tooling, independent of Pactum: playwright-core drives Debian's
// chromium against a tiny UTF-8 page served from this process. When this fails, the problem is
// the machine (chromium, fonts, sandbox), not the application.

import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { createServer } from 'node:http';
import { after, before, it } from 'node:test';

import { TEST_TIMEOUT_MS, launch, newPage, screenshot, visit } from './lib/browser.mjs';

const PAGE = `<!doctype html>
<html lang="zh"><head><meta charset="utf-8"><title>自检 self-check</title></head>
<body><h1 data-testid="greeting">青海省人民政府 · China Telecom</h1><p>10,000,000,000 CNY</p></body></html>`;

let server;
let base;

before(async () => {
  server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(PAGE);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}/`;
});

after(() => new Promise((resolve) => server.close(resolve)));

it('chromium renders a local UTF-8 page and takes a screenshot', { timeout: TEST_TIMEOUT_MS }, async () => {
  const browser = await launch();
  try {
    const page = await newPage(browser.context);
    await visit(page, base);
    assert.equal(await page.locator('html').getAttribute('lang'), 'zh');
    assert.equal(
      await page.locator('[data-testid=greeting]').innerText(),
      '青海省人民政府 · China Telecom',
    );
    const file = await screenshot(page, 'self-check');
    assert.ok(statSync(file).size > 1000, `screenshot ${file} is suspiciously small`);
  } finally {
    await browser.close();
  }
});
