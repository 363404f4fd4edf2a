// The reader pages as a person uses them, in a real browser: search, narrow the list by a
// facet, open an article, follow its author, read the timeline; keyboard focus is visible
// and axe-core finds no serious or critical accessibility violation on any page. Run by
// run.sh, which starts the application and sets BROADSHEET_URL. Screenshots at phone and
// desktop widths go to SCREENSHOT_DIR (the README's are copies in src/site/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { baseUrl, openPage, screenshots, title, useBrowser } from './browser.mjs';

useBrowser();

async function expectAccessible(page, name) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} at `
      + violation.nodes.map((node) => node.target.join(' ')).join(', '));
  assert.deepEqual(serious, [], `${name}: axe-core violations`);
}

// Long pages (an article) are shown by their first screen; the list in full.
async function screenshotAtBothWidths(page, name, fullPage = true) {
  await page.screenshot({ path: join(screenshots, `${name}-1280.png`), fullPage });
  await page.setViewportSize({ width: 360, height: 780 });
  await page.screenshot({ path: join(screenshots, `${name}-360.png`), fullPage });
  // Nothing wider than a phone's screen: no sideways scrolling at 360 px.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `${name} scrolls sideways by ${overflow} px at 360 px`);
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function api(path) {
  const response = await fetch(`${baseUrl}${path}`, { headers: { Accept: 'application/json' } });
  assert.equal(response.status, 200, path);
  return response.json();
}

test('the home page lists every article, with a timeline of one bar per month that has articles', async () => {
  const { page, problems } = await openPage();
  const response = await page.goto(`${baseUrl}/`);
  assert.equal(response.status(), 200);
  assert.match(response.headers()['content-security-policy'], /default-src 'none'; style-src 'self'/);

  const articles = await api('/articles');
  assert.equal(await page.locator('ol.articles > li').count(), articles.page.totalElements);
  assert.equal(await page.getByRole('heading', { level: 2, name: `${articles.page.totalElements} articles` }).count(), 1);

  // The timeline is the archive of /dates drawn as SVG: one bar per month, with its count.
  const months = (await api('/dates?granularity=month')).content;
  const bars = page.locator('section.timeline svg rect.bar');
  assert.equal(await bars.count(), months.length);
  for (const [i, month] of months.entries()) {
    assert.equal(await bars.nth(i).getAttribute('data-period'), month.period);
    assert.equal(Number(await bars.nth(i).getAttribute('data-count')), month.articleCount);
  }
  // Its text alternative: the SVG is labelled, and the numbers are in a table.
  const svg = page.locator('section.timeline svg');
  assert.equal(await svg.getAttribute('role'), 'img');
  assert.match(await svg.locator('desc').textContent(), /articles from/);
  await page.getByText('The numbers').click();
  assert.equal(await page.locator('section.timeline table tbody tr').count(), months.length);

  await expectAccessible(page, 'home page');
  await screenshotAtBothWidths(page, 'reader-home');
  assert.deepEqual(problems, []);
});

test('searching for Lavrov from the search box lists what the API finds, best first, with highlights', async () => {
  const { page, problems } = await openPage();
  await page.goto(`${baseUrl}/`);
  await page.getByRole('searchbox', { name: 'Search articles' }).fill('Lavrov');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.waitForURL(/\?q=Lavrov$/);
  assert.equal(await page.getByRole('searchbox', { name: 'Search articles' }).inputValue(), 'Lavrov');
  // The same answer as the API's, in the same (relevance) order.
  const found = await api('/articles?q=Lavrov');
  assert.ok(found.page.totalElements >= 1);
  const items = page.locator('ol.articles > li');
  assert.equal(await items.count(), found.page.totalElements);
  assert.equal((await items.first().locator('h3').textContent()).trim(), found.content[0].title);
  assert.equal(found.content[0].title, title);
  // Matched words are marked in the snippets.
  assert.match(await items.first().locator('mark').first().textContent(), /Lavrov/i);
  await expectAccessible(page, 'search page');
  assert.deepEqual(problems, []);
});

test('a facet narrows the list; the article shows where its title came from; its author has a page', async () => {
  const { page, problems } = await openPage();
  await page.goto(`${baseUrl}/`);

  const authors = page.getByRole('region', { name: 'Authors' });
  await authors.getByRole('link', { name: /Tigran Grigoryan/ }).click();
  await page.waitForURL(/\?author=tigran-grigoryan$/);
  const byAuthor = await api('/articles?author=tigran-grigoryan');
  assert.equal(await page.locator('ol.articles > li').count(), byAuthor.page.totalElements);
  assert.equal(await authors.getByRole('link', { name: /Tigran Grigoryan/ }).getAttribute('aria-current'), 'true');
  await expectAccessible(page, 'list narrowed by author');

  await page.getByRole('link', { name: title }).click();
  await page.waitForURL(/\/read\/articles\/000_a9e816bf096b0a86$/);
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), title);
  const article = await api('/articles/000_a9e816bf096b0a86');
  const panel = page.getByRole('complementary', { name: 'How this was read' });
  assert.match(await panel.textContent(),
    new RegExp(`Read from line ${article.provenance.title.line} of ${article.sourceFile}`));
  assert.equal(await page.getByRole('link', { name: article.url }).getAttribute('href'), article.url);
  assert.equal(await page.locator('article .body p').count(), article.body.split(/\n\s*\n/).length);
  await expectAccessible(page, 'article page');
  await screenshotAtBothWidths(page, 'reader-article', false);

  await page.locator('article .meta').getByRole('link', { name: 'Tigran Grigoryan' }).click();
  await page.waitForURL(/\/read\/authors\/tigran-grigoryan$/);
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Tigran Grigoryan');
  assert.equal(await page.getByRole('link', { name: title }).count(), 1);
  await expectAccessible(page, 'author page');
  assert.deepEqual(problems, []);
});

test('an author with dated articles has a sparkline of their months', async () => {
  const { page, problems } = await openPage();
  await page.goto(`${baseUrl}/read/authors/emil-avdaliani`);
  const author = await api('/authors/emil-avdaliani');
  const month = author.firstPublished.slice(0, 7);
  const bars = page.locator('section.sparkline svg rect.bar');
  assert.equal(await bars.count(), 1);
  assert.equal(await bars.first().getAttribute('data-period'), month);
  await expectAccessible(page, 'author page with sparkline');
  await screenshotAtBothWidths(page, 'reader-author');
  assert.deepEqual(problems, []);
});

test('the keyboard reaches the search box and every link, and focus is visible', async () => {
  const { page, problems } = await openPage();
  await page.goto(`${baseUrl}/`);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the content' });
  assert.ok(await skip.evaluate((element) => element === document.activeElement), 'skip link focused first');
  const box = await skip.boundingBox();
  assert.ok(box && box.y >= 0, 'the focused skip link is on screen');

  const focusRing = (locator) => locator.evaluate((element) => {
    const style = getComputedStyle(element);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  for (const [stop, locator] of [['skip link', skip],
    ['site name', page.getByRole('link', { name: 'Broadsheet', exact: true })],
    ['search box', page.getByRole('searchbox', { name: 'Search articles' })]]) {
    if (stop !== 'skip link') await page.keyboard.press('Tab');
    assert.ok(await locator.evaluate((element) => element === document.activeElement), `${stop} focused`);
    const ring = await focusRing(locator);
    assert.ok(ring.style !== 'none' && ring.width >= 2, `${stop} shows focus: ${JSON.stringify(ring)}`);
  }
  // Enter on a focused facet follows it, as a click would.
  await page.getByRole('region', { name: 'Years' }).getByRole('link').first().focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/\?date=\d{4}$/);
  assert.deepEqual(problems, []);
});

test('an unknown article is a page saying so, with a 404 status', async () => {
  const { page, problems } = await openPage();
  const response = await page.goto(`${baseUrl}/read/articles/no-such-article`);
  assert.equal(response.status(), 404);
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Article not found');
  await expectAccessible(page, '404 page');
  // The browser asks for the missing page's favicon too: that 404 is not a problem here.
  assert.deepEqual(problems.filter((problem) => !problem.includes('404')), []);
});
