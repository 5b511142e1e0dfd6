import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { apiSignIn, createAccount, gql, signIn, type Account } from '../support/accounts.ts';
import { audit, openBrowser, screenshot, settle, type Browser } from '../support/browser.ts';
import { createActor, reference } from '../support/data.ts';
import { download, letterTag } from '../support/files.ts';
import { parseCsv } from '../../src/shared/csv/csv.ts';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function summary(page: Page): Promise<string> {
  return (await page.getByTestId('graph-summary').innerText()).trim();
}

async function waitForSummary(page: Page, pattern: RegExp): Promise<string> {
  await page.waitForFunction(
    ([source, flags]) =>
      new RegExp(source, flags).test(
        document.querySelector('[data-testid="graph-summary"]')?.textContent ?? '',
      ),
    [pattern.source, pattern.flags] as const,
    { timeout: 60_000 },
  );
  return summary(page);
}

async function addBySearch(page: Page, text: string, name: string): Promise<void> {
  const search = page.getByLabel('Eintrag suchen');
  await search.fill(text);
  await page.getByRole('button', { name: new RegExp(`^Hinzufügen\\s*:\\s*${name}$`) }).click();
  const message = page.getByTestId('graph-message');
  // A busy machine may take a while to answer a neighbourhood; the step itself is one request.
  await message.getByText(/hinzugefügt|Keine neuen|nicht geklappt/).waitFor({ timeout: 60_000 });
  assert.match(await message.innerText(), /hinzugefügt/);
  await search.fill('');
}

async function choose(page: Page, label: string, option: string): Promise<void> {
  const input = page.getByLabel(label, { exact: true }).first();
  await input.click();
  await input.fill(option);
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe('the graph explorer', () => {
  let browser: Browser;
  let analyst: Account;
  let cookie: string;
  const tag = letterTag();
  const first = `Graphakteur Eins ${tag}`;
  const second = `Graphakteur Zwei ${tag}`;
  let firstId: string;
  let secondId: string;
  let fieldName: string;
  let fieldId: string;
  let category: { id: string; name: string };

  before(async () => {
    browser = await openBrowser({ width: 1400, height: 1000 });
    browser.page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
    analyst = await createAccount('analyst');
    cookie = await apiSignIn(analyst);
    const { actionFields, regions } = await reference(cookie);
    const field = actionFields.find((f) => f.position === 4)!;
    fieldName = field.name;
    fieldId = field.id;
    category = field.categories[0];
    const harz = regions.find((region) => region.key === 'harz')!;
    firstId = await createActor(analyst, {
      name: first,
      actionFieldIds: [field.id],
      regionIds: [harz.id],
      categoryIds: [category.id],
    });
    secondId = await createActor(analyst, { name: second, actionFieldIds: [field.id] });
  });
  after(async () => browser?.close());

  it('searches, adds, expands, filters, undoes, walks by keyboard and finds the shortest path', async () => {
    const { page } = browser;
    await signIn(page, analyst, '/');
    await page.getByRole('link', { name: 'Graph', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Netzwerkgraph' }).waitFor();
    await settle(page, 'graph empty');

    // Search → add: the actor alone (nothing else is in the graph yet).
    await addBySearch(page, tag, first);
    assert.match(await waitForSummary(page, /1 Knoten und 0 Beziehungen/), /1 Akteur/);
    await page.getByRole('heading', { level: 2, name: first }).waitFor();

    // Expand one step: its field and its region come in, as the API's neighbourhood says.
    const api = await gql<{ neighbourhood: { nodes: { id: string; type: string }[]; edges: unknown[] } }>(
      'query ($id: ID!) { neighbourhood(id: $id, depth: 1) { nodes { id type } edges { from } } }',
      { id: firstId },
      cookie,
    );
    await page.getByRole('button', { name: 'Nachbarn einblenden' }).click();
    const expanded = await waitForSummary(
      page,
      new RegExp(
        `${api.neighbourhood.nodes.length} Knoten und ${api.neighbourhood.edges.length} Beziehungen`,
      ),
    );
    assert.match(expanded, /1 Region/);
    await page
      .getByTestId('layout-status')
      .getByText(/Anordnung (abgeschlossen|beendet)/)
      .waitFor({ timeout: 30_000 });
    await audit(page, 'graph expanded');
    await screenshot(page, 'graph-expanded');

    // Filter: regions out of the view; undo brings them back, redo takes them out again.
    await page.getByRole('checkbox', { name: /^Regionen/ }).uncheck();
    const withoutRegion = await waitForSummary(
      page,
      new RegExp(`${api.neighbourhood.nodes.length - 1} Knoten`),
    );
    assert.doesNotMatch(withoutRegion, /Region/);
    await page.getByRole('button', { name: 'Rückgängig' }).click();
    await waitForSummary(page, new RegExp(`${api.neighbourhood.nodes.length} Knoten`));
    await page.getByTestId('graph-message').getByText('Rückgängig gemacht: Filter').waitFor();
    await page.keyboard.press('Control+y');
    await waitForSummary(page, new RegExp(`${api.neighbourhood.nodes.length - 1} Knoten`));

    // The table lists the same nodes as the drawing.
    await page.getByRole('tab', { name: 'Tabelle' }).click();
    const rows = page.getByTestId('graph-node-table').locator('tbody tr');
    assert.equal(await rows.count(), api.neighbourhood.nodes.length - 1);
    await page.getByRole('button', { name: 'Art', exact: true }).click();
    assert.equal(
      await page.getByTestId('graph-node-table').locator('th[aria-sort="ascending"]').innerText(),
      'Art ▲',
    );
    await audit(page, 'graph table');
    await page.getByRole('tab', { name: 'Graph' }).click();

    // Keyboard only: from the actor to its field, with the focus shown.
    const toField = page.getByRole('button', { name: new RegExp(`^${fieldName} arbeitet in`) });
    await toField.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: fieldName }).waitFor();
    await waitForSummary(page, new RegExp(`Ausgewählt: ${fieldName}`));
    const focused = await page.evaluate(() => document.activeElement?.className ?? '');
    assert.match(focused, /graph-neighbour/, 'the keyboard stays in the neighbour list');

    // Second actor: it joins the field already shown.
    await addBySearch(page, `Zwei ${tag}`, second);

    // Shortest path between the two actors, as the API answers it, highlighted and listed.
    const path = await gql<{ shortestPath: { length: number } }>(
      'query ($a: ID!, $b: ID!) { shortestPath(fromId: $a, toId: $b, maxHops: 10) { length } }',
      { a: firstId, b: secondId },
      cookie,
    );
    await choose(page, 'Von', first);
    await choose(page, 'Nach', second);
    await page.getByRole('button', { name: 'Weg finden' }).click();
    await page
      .getByTestId('graph-message')
      .getByText(`Kürzester Weg gefunden: ${path.shortestPath.length} Schritte.`)
      .waitFor();
    const steps = await page.getByTestId('path-steps').locator('li').allInnerTexts();
    assert.equal(steps.length, path.shortestPath.length);
    assert.match(steps[0], new RegExp(`^${first} – arbeitet in → `));
    assert.match(steps.at(-1)!, new RegExp(`← arbeitet in → ${second}$`));
    await screenshot(page, 'graph-path');
    await audit(page, 'graph path');
  });

  it('narrows by region, lays out along the process chain and ranks brokers', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: 'Hervorhebung aufheben' }).click();
    const before = await summary(page);
    // Region Harz: the second actor (no region) leaves the view; undo brings it back.
    await page.getByLabel('Regionen', { exact: true }).first().click();
    await page.getByRole('option', { name: 'Harz', exact: true }).click();
    await page.keyboard.press('Escape');
    const narrowed = await waitForSummary(page, /1 Akteur\b/);
    assert.doesNotMatch(narrowed, new RegExp(second));
    await page.getByRole('button', { name: 'Rückgängig' }).click();
    assert.equal(await waitForSummary(page, /2 Akteure/), before);

    await page.getByRole('button', { name: 'Prozesskette', exact: true }).click();
    await page.getByRole('button', { name: 'Kennzahlen berechnen' }).click();
    const brokers = await page.getByTestId('graph-brokers').locator('li').allInnerTexts();
    assert.match(brokers[0], new RegExp(`^${fieldName}`), 'the field joins the two actors');
    const isolated = await page.getByTestId('graph-isolated').innerText();
    assert.match(isolated, new RegExp(second));
    await page.getByLabel('Farbe nach', { exact: true }).first().click();
    await page.getByRole('option', { name: 'Gemeinschaft (Louvain)' }).click();
    await page.getByTestId('graph-legend').getByText('Gemeinschaft 1').waitFor();
    await audit(page, 'graph metrics');
    await screenshot(page, 'graph-metrics');
  });

  it('exports GEXF that parses back with the nodes and relationships shown, and CSV for Excel', async () => {
    const { page } = browser;
    const shown = (await summary(page)).match(/(\d+) Knoten und (\d+) Beziehungen/)!;
    const gexf = await download(page, page.getByRole('button', { name: 'GEXF', exact: true }));
    assert.match(gexf.fileName, /^netzwerkgraph-\d{4}-\d{2}-\d{2}\.gexf$/);
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return {
        errors: doc.getElementsByTagName('parsererror').length,
        nodes: Array.from(doc.getElementsByTagName('node'), (node) => node.getAttribute('label')),
        edges: doc.getElementsByTagName('edge').length,
      };
    }, gexf.text);
    assert.equal(parsed.errors, 0);
    assert.equal(parsed.nodes.length, Number(shown[1]));
    assert.equal(parsed.edges, Number(shown[2]));
    assert.ok(parsed.nodes.includes(first) && parsed.nodes.includes(second));

    const csv = await download(page, page.getByRole('button', { name: 'CSV Knoten' }));
    assert.deepEqual([...csv.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte order mark');
    const [header, ...rows] = parseCsv(csv.text).records.map((record) => record.cells);
    assert.deepEqual(header, ['Name', 'Art', 'Status', 'Verbindungen', 'x', 'y', 'ID']);
    assert.equal(rows.length, Number(shown[1]));
    const png = await download(page, page.getByRole('button', { name: 'PNG', exact: true }));
    assert.deepEqual([...png.bytes.subarray(1, 4)], [0x50, 0x4e, 0x47], 'a PNG file');
    await page.getByText(/^Heruntergeladen: PNG mit/).waitFor();
  });

  it('shows fields × categories beside the annex, and a cell puts its actors into the graph', async () => {
    const { page } = browser;
    const { actors } = await gql<{ actors: { totalCount: number } }>(
      'query ($f: ID!, $c: ID!) { actors(first: 1, filter: { actionFieldIds: [$f], categoryIds: [$c] }) { totalCount } }',
      { f: fieldId, c: category.id },
      cookie,
    );
    await page.getByRole('button', { name: 'Graph leeren' }).click();
    await waitForSummary(page, /Der Graph ist leer/);
    await page.getByRole('tab', { name: 'Matrix' }).click();
    await page.getByText('Felder × Kategorien', { exact: true }).click();
    const cell = page.getByRole('button', {
      name: new RegExp(`${escape(category.name)} in ${escape(fieldName)}: ${actors.totalCount} Akteur`),
    });
    assert.ok(
      (await cell.innerText()).startsWith(`${actors.totalCount} ●`),
      'the annex places the category in the field',
    );
    await audit(page, 'graph matrix');
    await cell.click();
    await page
      .getByTestId('graph-message')
      .getByText(`„${category.name}“ in „${fieldName}“ im Graph`, { exact: false })
      .waitFor();
    const shown = Math.min(actors.totalCount, 100);
    assert.match(
      await waitForSummary(page, new RegExp(`${shown + 2} Knoten`)),
      new RegExp(`${shown} Akteur`),
    );
    await page.getByRole('tab', { name: 'Tabelle' }).click();
    await page.getByTestId('graph-node-table').getByRole('button', { name: first }).waitFor();
    await page.getByRole('tab', { name: 'Graph' }).click();
  });

  it('shows fields × regions with gaps, and a cell puts field, region and its actors into the graph', async () => {
    const { page } = browser;
    const { fieldRegionMatrix } = await gql<{
      fieldRegionMatrix: { cells: { actionFieldId: string; regionKey: string; actorCount: number }[] };
    }>('{ fieldRegionMatrix { cells { actionFieldId regionKey actorCount } } }', {}, cookie);
    const harzCell = fieldRegionMatrix.cells.find(
      (c) => c.actionFieldId === fieldId && c.regionKey === 'harz',
    )!;
    assert.ok(harzCell.actorCount >= 1);
    await page.getByRole('button', { name: 'Graph leeren' }).click();
    await waitForSummary(page, /Der Graph ist leer/);
    await page.getByRole('tab', { name: 'Matrix' }).click();
    const cell = page.getByRole('button', {
      name: new RegExp(
        `^${harzCell.actorCount}\\s+${escape(fieldName)} in Harz: ${harzCell.actorCount} Akteur`,
      ),
    });
    await audit(page, 'graph field × region matrix');
    await cell.click();
    await page
      .getByTestId('graph-message')
      .getByText(
        `„${fieldName}“ und „Harz“ mit ${harzCell.actorCount === 1 ? 'einem Akteur' : `${harzCell.actorCount} Akteuren`} im Graph.`,
      )
      .waitFor({ timeout: 60_000 });
    const shown = await waitForSummary(page, new RegExp(`${harzCell.actorCount + 2} Knoten`));
    assert.match(shown, /1 Region/);
  });

  it('opens from an actor page with „Im Graph zeigen“, in English too', async () => {
    const { page } = browser;
    await page.goto(`/akteure/${secondId}`);
    await settle(page, 'actor page');
    await page.getByRole('link', { name: 'Im Graph zeigen' }).click();
    await page.waitForURL((url) => url.pathname === '/graph' && url.search.includes(secondId));
    await waitForSummary(page, new RegExp(`Ausgewählt: ${second}`));
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Network graph' }).waitFor();
    await waitForSummary(page, new RegExp(`Selected: ${second}`));
    await audit(page, 'graph in English');
    await page.getByRole('button', { name: 'Deutsch' }).click();
    await page.getByRole('heading', { level: 1, name: 'Netzwerkgraph' }).waitFor();
  });
});
