// A person's first use of Broadsheet, in a real browser: open the Swagger UI, list the
// articles of one author with "Try it out", and read the answer. Run by run.sh, which
// starts the application and sets BROADSHEET_URL.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { baseUrl, openPage, screenshots, title, useBrowser } from './browser.mjs';

useBrowser();

test('Swagger UI lists the articles of an author with Try it out', async () => {
  const { page, problems } = await openPage();

  await page.goto(`${baseUrl}/swagger-ui.html`);
  const operation = page.locator('#operations-Articles-listArticles');
  await operation.waitFor();
  await operation.locator('.opblock-summary-control').click();

  // springdoc.swagger-ui.try-it-out-enabled opens the form at once; click only if asked.
  const tryItOut = operation.getByRole('button', { name: 'Try it out' });
  if (await tryItOut.isVisible()) await tryItOut.click();

  // Optional parameters must start empty: a pre-filled example would silently narrow the
  // result, and a pre-filled page or size would make an export (format=csv) a 400.
  for (const name of ['date', 'from', 'to', 'publisher', 'page', 'size']) {
    assert.equal(await operation.locator(`tr[data-param-name="${name}"] input`).inputValue(), '',
      `${name} should not be pre-filled`);
  }

  // author is repeatable: Swagger UI shows an editor with one field per value.
  const author = operation.locator('tr[data-param-name="author"]');
  await author.getByRole('button', { name: 'Add string item' }).click();
  await author.locator('input').first().fill('Tigran Grigoryan');
  await operation.getByRole('button', { name: 'Execute' }).click();

  const answer = operation.locator('.live-responses-table');
  await answer.waitFor();
  const requestUrl = await operation.locator('.request-url pre').innerText();
  assert.equal(new URL(requestUrl).search, '?author=Tigran%20Grigoryan');
  const status = await answer.locator('.response .response-col_status').first().innerText();
  assert.equal(status.trim(), '200');
  const body = await answer.locator('.response-col_description .microlight').first().innerText();
  assert.equal(JSON.parse(body).content[0].title, title);
  assert.equal(JSON.parse(body).page.totalElements, 1);

  await page.screenshot({ path: join(screenshots, 'swagger-ui-page.png'), fullPage: true });
  // From the operation's header to the end of the response body: what the README shows.
  const clip = await page.evaluate(() => {
    const operation = document.querySelector('#operations-Articles-listArticles').getBoundingClientRect();
    const body = document.querySelector('#operations-Articles-listArticles .live-responses-table .microlight')
      .getBoundingClientRect();
    return { x: operation.left + window.scrollX, y: operation.top + window.scrollY,
      width: operation.width, height: body.bottom + 8 - operation.top };
  });
  await page.screenshot({ path: join(screenshots, 'swagger-ui-articles-by-author.png'), fullPage: true, clip });
  // Only script errors: the Swagger UI's own requests are not this test's concern.
  assert.deepEqual(problems.filter((problem) => problem.startsWith('script error')), []);
});
