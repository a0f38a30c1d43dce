import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/launch-chromium.js';
import { startTestStack, type TestStack } from '../helpers/local-stack.js';
import { PERSONAL } from '../helpers/report-cases.js';
import { ALL_CASES } from '../unit/reports/report-cases.js';

let stack: TestStack;
let browser: Browser;

beforeAll(async () => {
  // Prepare: the hand-built cases in the stack's table, the stack's clock on 15 March 2026.
  [stack, browser] = await Promise.all([
    startTestStack({ now: () => new Date('2026-03-15T15:00:00Z') }),
    launchChromium(),
  ]);
  const { cases } = stack.pipeline.dependencies;
  for (const { caseRecord, events } of ALL_CASES) {
    await cases.createCase(caseRecord);
    for (const event of events) await cases.appendEvent(event);
  }
});

afterAll(async () => {
  await Promise.all([browser?.close(), stack?.stop()]);
});

describe('the local cases page, in headless Chromium', () => {
  it('lists every case, filters by state and office, and opens a case’s timeline', async () => {
    const page = await browser.newPage();
    const listed = async () =>
      page.locator('tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-case')));

    // Act: load
    await page.goto(`${stack.endpoints.cases}/`);
    // Assess
    expect(await page.title()).toBe('JAS cases / Dossiers PAC');
    expect((await listed()).sort()).toEqual(ALL_CASES.map(({ caseRecord }) => caseRecord.caseId).sort());

    // Act: filter by state
    await page.selectOption('select[name=state]', 'promotion');
    await Promise.all([page.waitForURL(/state=promotion/), page.click('button[type=submit]')]);
    // Assess: the one case in promotion, with its deadline
    expect(await listed()).toEqual(['JAS-2026-OPEN01']);
    const row = page.locator('tr[data-case="JAS-2026-OPEN01"]');
    expect(await row.textContent()).toContain('Promotion ends (4 months)');
    expect(await row.textContent()).toContain('2026-06-10 (87 d / j)');

    // Act: filter by office only
    await page.selectOption('select[name=state]', '');
    await page.selectOption('select[name=office]', 'OTTAWA');
    await Promise.all([page.waitForURL(/office=OTTAWA/), page.click('button[type=submit]')]);
    // Assess
    expect((await listed()).sort()).toEqual(['JAS-2026-DECL01', 'JAS-2026-FEB001']);
    expect(await page.textContent('#count')).toContain(`2 of ${ALL_CASES.length} case(s)`);

    // Act: open a case
    await Promise.all([page.waitForURL(/\/cases\/JAS-2026-DECL01$/), page.click('text=JAS-2026-DECL01')]);
    // Assess: its state, its steps' dates and its audit trail
    expect(await page.textContent('h1')).toBe('JAS-2026-DECL01');
    expect(await page.textContent('#state')).toContain('Declined / Refusé');
    const steps = await page.textContent('#steps');
    expect(steps).toContain('Received / Reçue2026-01-10');
    expect(steps).toContain('Declined / Refusé2026-02-04');
    const timeline = await page.locator('#timeline tbody tr').allTextContents();
    expect(timeline).toHaveLength(3);
    expect(timeline[2]).toContain('2026-02-04');
    expect(timeline[2]).toContain('declined');
    const everything = await page.content();
    for (const personal of [PERSONAL.familyName, 'Amal', PERSONAL.dateOfBirth, 'epilepsy'])
      expect(everything).not.toContain(personal);
    await page.close();
  });

  it('answers an unknown case with a 404 and refuses to write', async () => {
    const missing = await fetch(`${stack.endpoints.cases}/cases/JAS-2026-NONE00`);
    expect(missing.status).toBe(404);
    const post = await fetch(`${stack.endpoints.cases}/`, { method: 'POST', body: 'state=ended' });
    expect(post.status).toBe(405);
  });
});
