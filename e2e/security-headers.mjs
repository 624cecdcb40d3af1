// The security headers as a browser meets them, in Debian's headless Chromium: Tasklist, Cockpit and Admin load and
// log in under Camunda's Content-Security-Policy, the board and Swagger UI (with the same login session; the API's
// documentation needs a login) under Tværs's own, and no page reports a blocked script, style or frame
// (docs/hardening.md).
// Usage (Tværs running with the demo profile):
//   cd e2e && npm install && node security-headers.mjs [baseUrl]
import { chromium } from 'playwright-core';

const base = process.argv[2] ?? 'http://localhost:8080';
const fail = (message) => { console.error('FAIL: ' + message); process.exitCode = 1; };

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run'],
});
try {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'da-DK' });
  const page = await context.newPage();
  const violations = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to (load|execute|apply|frame)/i.test(m.text())) violations.push(m.text());
  });
  page.on('pageerror', (e) => violations.push('page error: ' + e.message));

  await page.goto(`${base}/camunda/app/tasklist/`, { waitUntil: 'networkidle' });
  await page.fill('input[ng-model="username"]', 'henrik');
  await page.fill('input[ng-model="password"]', 'demo');
  await page.click('button[type="submit"]');
  await page.waitForSelector('.task-filter', { timeout: 30000 });
  console.log(`tasklist: ${await page.locator('.task-filter').count()} filters`);

  await page.goto(`${base}/camunda/app/cockpit/default/#/dashboard`, { waitUntil: 'networkidle' });
  await page.waitForSelector('text=Åbn driftstavlen', { timeout: 30000 });
  console.log('cockpit: dashboard with the board link');
  await page.goto(`${base}/camunda/app/cockpit/default/#/processes`, { waitUntil: 'networkidle' });
  await page.waitForTimeout(1500);
  console.log(`cockpit: ${await page.locator('tr').count()} rows on the processes page`);

  await page.goto(`${base}/board/`, { waitUntil: 'networkidle' });
  await page.waitForSelector('#board', { timeout: 30000 });
  await page.waitForTimeout(1500);
  console.log(`board: ${await page.locator('#board tbody tr').count()} rows`);

  // the API's documentation needs a login: without one 401; Swagger UI below uses the Tasklist login's session
  const anonymous = await browser.newContext();
  const docs = await anonymous.request.get(`${base}/v3/api-docs`);
  if (docs.status() !== 401) fail(`/v3/api-docs without a login answered ${docs.status()}`);
  else console.log('api docs: 401 without a login');
  await anonymous.close();

  await page.goto(`${base}/swagger-ui.html`, { waitUntil: 'networkidle' });
  await page.waitForSelector('.swagger-ui .info', { timeout: 30000 });
  console.log('swagger ui: ' + (await page.locator('.swagger-ui .info .title').innerText()).split('\n')[0]);

  // a page that frames Tasklist: the browser refuses
  const framing = await context.newPage();
  const refused = [];
  framing.on('console', (m) => refused.push(m.text()));
  await framing.setContent(`<iframe src="${base}/camunda/app/tasklist/"></iframe>`);
  await framing.waitForTimeout(2000);
  const framed = framing.frames().find((f) => f.url().includes('/tasklist'));
  const content = framed ? await framed.content().catch(() => '') : '';
  if (content.includes('ng-app') || content.includes('camunda-tasklist')) fail('Tasklist rendered inside a frame');
  else console.log('framing: refused');

  if (violations.length > 0) fail('blocked by the browser:\n  ' + violations.join('\n  '));
  else console.log('no Content-Security-Policy violations');
} finally {
  await browser.close();
}
