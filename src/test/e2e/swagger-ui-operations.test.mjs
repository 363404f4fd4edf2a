// Every GET operation of the served OpenAPI document, executed from the Swagger UI as a
// person would: open it, press "Try it out" if shown, fill its path parameters from real
// data (an id from the collection the path starts with), press Execute and read the
// answer; then again for each documented example and each value of an enumerated
// parameter, one at a time. Each answer must be a 2xx of the media type the document
// names, with a body that parses and is not empty: an example that fails, or finds nothing
// in the bundled corpus, is a bug in the document. The operations are read from
// /v3/api-docs, so a new one is covered without editing this file. Run by run.sh, which
// starts the application and sets BROADSHEET_URL.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { baseUrl, openPage, screenshots, title, useBrowser } from './browser.mjs';

useBrowser();

// GET operations whose input a person cannot supply from the Swagger UI (a request body,
// a header the UI does not offer, a value only a previous answer's header carries), by
// operationId, each with its reason. None today.
const skipped = new Map([]);

async function getJson(path) {
  const response = await fetch(`${baseUrl}${path}`, { headers: { Accept: 'application/json' } });
  assert.equal(response.status, 200, path);
  return response.json();
}

const apiDocs = await getJson('/v3/api-docs');
const operations = Object.entries(apiDocs.paths)
  .filter(([, item]) => item.get)
  .map(([path, item]) => ({
    path,
    ...item.get,
    parameters: [...(item.parameters ?? []), ...(item.get.parameters ?? [])],
  }));

test('the skip list names only GET operations the document still has', () => {
  const ids = new Set(operations.map((operation) => operation.operationId));
  assert.deepEqual([...skipped.keys()].filter((id) => !ids.has(id)), []);
});

// The example a person is shown for a parameter, wherever OpenAPI 3.1 lets it stand.
function documentedExample(parameter) {
  const schema = parameter.schema ?? {};
  const example = parameter.example ?? Object.values(parameter.examples ?? {})[0]?.value
    ?? schema.examples?.[0] ?? schema.example ?? schema.items?.examples?.[0] ?? schema.items?.example;
  return example === undefined ? undefined : String(example);
}

// Real data for a path parameter: the first id the collection above it lists
// (/authors/{id}/articles takes an id from /authors).
async function realPathValue(operation, parameter) {
  const collection = operation.path.slice(0, operation.path.indexOf(`/{${parameter.name}}`));
  const listing = await getJson(collection);
  assert.ok(listing.content?.[0]?.id, `${collection} lists no id for ${operation.operationId}'s ${parameter.name}`);
  return listing.content[0].id;
}

// The media types the document names for an answer: the one a parameter's description
// gives to the value chosen ("`csv` (`text/csv`)"), else those of the 2xx response.
function documentedMediaTypes(operation, values) {
  for (const parameter of operation.parameters) {
    const value = values[parameter.name];
    if (value === undefined) continue;
    const escaped = value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const named = new RegExp(`\`${escaped}\` \\(\`([^\`]+)\`\\)`).exec(parameter.description ?? '');
    if (named) return [named[1]];
  }
  const [, success] = Object.entries(operation.responses).find(([code]) => /^2\d\d$/.test(code));
  return Object.keys(success.content ?? {});
}

function parameterRow(element, parameter) {
  return element.locator(`tr[data-param-name="${parameter.name}"][data-param-in="${parameter.in}"]`);
}

// What the form holds for a parameter, as a list of values (an array editor has several).
async function readParameter(row) {
  // count() does not wait: a row whose select (an enum) is not drawn yet would be read
  // as a text field and waited on forever, so wait for its field to be there first.
  await row.locator('select, input, .json-schema-array').first().waitFor();
  if (await row.locator('.json-schema-array').count()) {
    return row.locator('.json-schema-form-item input').evaluateAll((inputs) => inputs.map((input) => input.value));
  }
  const field = (await row.locator('select').count()) ? row.locator('select') : row.locator('input');
  const value = await field.inputValue();
  return value === '' ? [] : [value];
}

async function setParameter(row, values) {
  if (await row.locator('.json-schema-array').count()) {
    const remove = row.locator('.json-schema-form-item-remove');
    while (await remove.count()) await remove.first().click();
    for (const [i, value] of values.entries()) {
      await row.locator('.json-schema-form-item-add').click();
      await row.locator('.json-schema-form-item input').nth(i).fill(value);
    }
  } else if (await row.locator('select').count()) {
    await row.locator('select').selectOption(values[0] ?? '');
  } else {
    await row.locator('input').fill(values[0] ?? '');
  }
}

// One Swagger UI page for the whole file: loading it is most of the time a test takes.
// Each test opens its operation's form and leaves it as it found it.
let swaggerUi;

// Opens the Swagger UI at one operation with its form ready for input, as a person finds
// it: the values it starts with are in form.initial.
async function openForm(operation) {
  if (!swaggerUi) {
    swaggerUi = await openPage();
    await swaggerUi.page.goto(`${baseUrl}/swagger-ui.html`);
  }
  const { page, problems } = swaggerUi;
  const seen = problems.length;
  const tag = (operation.tags?.[0] ?? 'default').replace(/\s/g, '_');
  const element = page.locator(`[id="operations-${tag}-${operation.operationId}"]`);
  await element.waitFor();
  await element.locator('.opblock-summary-control').click();
  // springdoc.swagger-ui.try-it-out-enabled opens the form at once; click only if asked.
  const tryItOut = element.getByRole('button', { name: 'Try it out' });
  if (await tryItOut.isVisible()) await tryItOut.click();
  await element.getByRole('button', { name: 'Execute' }).waitFor();
  const initial = {};
  for (const parameter of operation.parameters) {
    initial[parameter.name] = await readParameter(parameterRow(element, parameter));
  }
  const current = structuredClone(initial);

  async function fill(values) {
    for (const parameter of operation.parameters) {
      const wanted = values[parameter.name] !== undefined ? [values[parameter.name]] : initial[parameter.name];
      if (JSON.stringify(current[parameter.name]) === JSON.stringify(wanted)) continue;
      await setParameter(parameterRow(element, parameter), wanted);
      current[parameter.name] = wanted;
    }
  }

  // The last answer stays on screen until cleared: clear it so that the next is this one's.
  async function clear() {
    const button = element.getByRole('button', { name: 'Clear' });
    if (await button.isVisible()) await button.click();
  }

  return {
    element,
    initial,
    // Fills the form with these values (the others as it opened), presses Execute, and
    // returns the answer as the browser received it and as the Swagger UI shows it.
    async execute(values) {
      await fill(values);
      await clear();
      const path = new RegExp(`^${operation.path.replace(/\{[^}]+\}/g, '[^/]+')}$`);
      const answered = page.waitForResponse((response) => response.request().resourceType() === 'fetch'
        && path.test(new URL(response.url()).pathname));
      await element.getByRole('button', { name: 'Execute' }).click();
      const response = await answered;
      const table = element.locator('.live-responses-table');
      await table.waitFor();
      return {
        url: await element.locator('.request-url pre').innerText(),
        status: response.status(),
        shownStatus: (await table.locator('.response .response-col_status').first().innerText()).trim(),
        mediaType: (response.headers()['content-type'] ?? '').split(';')[0].trim().toLowerCase(),
        body: await response.text(),
        shownBody: async () => table.locator('.response-col_description .microlight').first().innerText(),
      };
    },
    // Puts the form back as it opened and folds the operation; returns the script errors
    // the page had meanwhile.
    async close() {
      await fill({});
      await clear();
      await element.locator('.opblock-summary-control').click();
      return problems.slice(seen).filter((problem) => problem.startsWith('script error'));
    },
  };
}

// A body a person can use: it parses, and it is not empty. An example that finds nothing in
// the bundled corpus shows a person nothing, so a list must have at least one entry.
async function assertSensibleAnswer(answer, label) {
  assert.ok(answer.body.trim().length > 0, `${label}: empty body`);
  if (answer.mediaType === 'application/json' || answer.mediaType.endsWith('+json')) {
    const json = JSON.parse(answer.body);
    // The Swagger UI shows the same JSON the browser received.
    assert.deepEqual(JSON.parse(await answer.shownBody()), json, `${label}: the body shown`);
    if (Array.isArray(json.content)) assert.ok(json.content.length > 0, `${label}: no content`);
    if (json.page) assert.ok(json.page.totalElements > 0, `${label}: an empty page`);
    if (typeof json.total === 'number') assert.ok(json.total > 0, `${label}: counts nothing`);
  } else if (answer.mediaType === 'application/x-ndjson') {
    for (const line of answer.body.trim().split('\n')) JSON.parse(line);
  } else if (answer.mediaType === 'text/csv') {
    assert.ok(answer.body.trim().split('\n').length >= 2, `${label}: a header and no row`);
  } else if (answer.mediaType === 'application/atom+xml') {
    assert.match(answer.body, /<feed[\s>][\s\S]*<entry>/, `${label}: a feed without entries`);
  }
}

for (const operation of operations) {
  const name = `GET ${operation.path} (${operation.operationId}) answers every documented example in Swagger UI`;
  if (skipped.has(operation.operationId)) {
    test(name, { skip: skipped.get(operation.operationId) }, () => {});
    continue;
  }
  test(name, async (t) => {
    const pathValues = {};
    for (const parameter of operation.parameters.filter((p) => p.in === 'path')) {
      pathValues[parameter.name] = await realPathValue(operation, parameter);
    }
    const form = await openForm(operation);
    let scriptErrors;
    try {
      // As the form opens, with real ids in the path; then one documented value at a time,
      // unless the form already holds it.
      const runs = [{ label: 'as the form opens', values: pathValues }];
      for (const parameter of operation.parameters) {
        const documented = new Set([documentedExample(parameter), ...(parameter.schema?.enum ?? []).map(String)]);
        documented.delete(undefined);
        for (const value of documented) {
          const current = parameter.in === 'path' ? [pathValues[parameter.name]] : form.initial[parameter.name];
          if (JSON.stringify(current) === JSON.stringify([value])) continue;
          runs.push({ label: `${parameter.name}=${value}`, values: { ...pathValues, [parameter.name]: value } });
        }
      }
      t.diagnostic(`${runs.length} requests: ${runs.map((run) => run.label).join('; ')}`);
      for (const run of runs) {
        const answer = await form.execute(run.values);
        const label = `${operation.operationId} ${run.label} (${answer.url})`;
        assert.ok(answer.status >= 200 && answer.status < 300, `${label}: status ${answer.status}: ${answer.body}`);
        assert.equal(answer.shownStatus, String(answer.status), `${label}: the status shown`);
        const mediaTypes = documentedMediaTypes(operation, run.values);
        assert.ok(mediaTypes.includes(answer.mediaType), `${label}: ${answer.mediaType}, documented ${mediaTypes}`);
        await assertSensibleAnswer(answer, label);
      }
    } finally {
      scriptErrors = await form.close();
    }
    assert.deepEqual(scriptErrors, []);
  });
}

function operationNamed(operationId) {
  const operation = operations.find((candidate) => candidate.operationId === operationId);
  assert.ok(operation, `the document has no ${operationId}`);
  return operation;
}

test('Swagger UI searches for Lavrov and shows the matches marked in the highlights', async () => {
  const form = await openForm(operationNamed('listArticles'));
  let scriptErrors;
  try {
    const answer = await form.execute({ q: 'Lavrov' });
    assert.equal(answer.status, 200);
    assert.equal(new URL(answer.url).searchParams.get('q'), 'Lavrov');
    const found = JSON.parse(await answer.shownBody());
    // Relevance first: the article about him, its snippets with the name marked.
    assert.equal(found.content[0].title, title);
    assert.ok(found.content[0].highlights.some((snippet) => /<mark>Lavrov/i.test(snippet)),
      JSON.stringify(found.content[0].highlights));
    await form.element.screenshot({ path: join(screenshots, 'swagger-ui-search.png') });
  } finally {
    scriptErrors = await form.close();
  }
  assert.deepEqual(scriptErrors, []);
});

test('Swagger UI counts the articles about Armenia by author and year', async () => {
  const form = await openForm(operationNamed('getArticleFacets'));
  let scriptErrors;
  let facets;
  try {
    const answer = await form.execute({ q: 'Armenia' });
    assert.equal(answer.status, 200);
    facets = JSON.parse(await answer.shownBody());
  } finally {
    scriptErrors = await form.close();
  }
  assert.deepEqual(scriptErrors, []);
  assert.ok(facets.authors.length > 0 && facets.years.length > 0, JSON.stringify(facets));

  // The counts are those of the list the same query gives.
  const matching = (await getJson('/articles?q=Armenia&size=100')).content;
  assert.equal(facets.total, matching.length);
  const byAuthor = new Map();
  const byYear = new Map();
  for (const article of matching) {
    for (const author of article.authors) byAuthor.set(author.id, (byAuthor.get(author.id) ?? 0) + 1);
    const year = article.publishedDate?.slice(0, 4);
    if (year) byYear.set(year, (byYear.get(year) ?? 0) + 1);
  }
  assert.deepEqual(new Map(facets.authors.map((author) => [author.id, author.count])), byAuthor);
  assert.deepEqual(new Map(facets.years.map((year) => [year.period, year.count])), byYear);
});
