import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const scheme of ['light', 'dark']) {
  const ctx = await browser.newContext({ viewport: { width: 360, height: 740 }, colorScheme: scheme, deviceScaleFactor: 2 });
  const page = await ctx.newPage();
  page.on('console', (m) => { if (m.type() === 'error') console.log('console:', m.text()); });
  page.on('pageerror', (e) => console.log('pageerror', e.message));
  await page.goto('http://localhost:4336/trainer?set=cet');
  await page.getByText('Strip 1').waitFor();
  await page.waitForTimeout(800);
  await page.screenshot({ path: `/tmp/trainer-${scheme}.png`, fullPage: true });
  await page.keyboard.press('a');
  await page.getByRole('region', { name: 'Feedback' }).waitFor();
  await page.waitForTimeout(500);
  await page.screenshot({ path: `/tmp/trainer-fb-${scheme}.png`, fullPage: true });
  console.log(scheme, await page.evaluate(() => document.documentElement.scrollWidth));
  console.log(await page.locator('svg[role=img] title').first().textContent());
  await ctx.close();
}
await browser.close();
