/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutboxEmail } from '../../bin/local-stack/outbox-server.js';
import { launchChromium } from '../helpers/launch-chromium.js';
import { startTestStack, type TestStack } from '../helpers/local-stack.js';
import { recommendationPdf, Scenario, SPO } from '../helpers/scenario.js';

// Every notice looked at in a real browser, as a person reads it: on a desktop (1280 px) the two
// languages side by side, on a phone (390 px) one above the other, nothing wider than the screen.
// Screenshots land in test-output/screenshots/ (not committed) for a person to look at.

const SCREENSHOTS = join('test-output', 'screenshots');
const WIDTHS = [1280, 390] as const;

let stack: TestStack;
let browser: Browser;
let page: Page;
let notices: { name: string; mail: OutboxEmail }[];

/** What sticks out of the viewport: the page's own scroll width, and any element wider than the screen. */
async function overflow(): Promise<{ scrollWidth: number; innerWidth: number; wide: string[] }> {
  return page.evaluate(() => {
    const wide = [...document.querySelectorAll('body *')]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && (box.right > innerWidth + 1 || box.left < -1);
      })
      .map((element) => `${element.tagName.toLowerCase()}: ${(element.textContent ?? '').trim().slice(0, 60)}`);
    return { scrollWidth: document.scrollingElement?.scrollWidth ?? 0, innerWidth, wide };
  });
}

async function columns(): Promise<{ lang: string; top: number; bottom: number; left: number; right: number }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.jas-column')].map((column) => {
      const box = column.getBoundingClientRect();
      return { lang: column.lang, top: box.top, bottom: box.bottom, left: box.left, right: box.right };
    }),
  );
}

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  stack = await startTestStack();
  const scenario = new Scenario(stack);
  // An acknowledgement, the office's notice with its action buttons, and a rejection.
  await scenario.send(SPO, 'JAS recommendation', '', [await recommendationPdf('4321-8765')]);
  await scenario.send('other-spo@spo.example', 'JAS recommendation', '', [
    await recommendationPdf('12', { 'client.familyName': '', consentToShare: false }),
  ]);
  const outbox = await stack.outbox();
  const find = (name: string, test: (mail: OutboxEmail) => boolean) => ({ name, mail: outbox.find(test)! });
  notices = [
    find('acknowledgement', (mail) => mail.destination.to.includes(SPO)),
    find('routed-to-office', (mail) => mail.destination.to.includes('toronto.jas@ircc.example')),
    find('rejection', (mail) => mail.destination.to.includes('other-spo@spo.example')),
  ];
  browser = await launchChromium();
  page = await browser.newPage();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

describe('notices on a desktop and on a phone', () => {
  it('finds the three notices to look at', () => {
    for (const { name, mail } of notices) expect(mail?.body.html, name).toContain('<meta name="viewport"');
  });

  for (const width of WIDTHS) {
    it(`the outbox page fits ${width} px`, async () => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${stack.endpoints.outbox}/`);
      await page.getByText('Received / Reçu').first().waitFor();
      await page.screenshot({ path: join(SCREENSHOTS, `outbox-${width}.png`), fullPage: true });
      const { scrollWidth, innerWidth } = await overflow();
      expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
    });

    it(`each notice fits ${width} px, English and French ${width < 600 ? 'one above the other' : 'side by side'}`, async () => {
      for (const { name, mail } of notices) {
        await page.setViewportSize({ width, height: 900 });
        await page.setContent(mail.body.html!);
        await page.screenshot({ path: join(SCREENSHOTS, `${name}-${width}.png`), fullPage: true });
        const { scrollWidth, innerWidth, wide } = await overflow();
        expect(wide, name).toEqual([]);
        expect(scrollWidth, name).toBeLessThanOrEqual(innerWidth);
        const [first, second] = await columns();
        expect([first?.lang, second?.lang], name).toEqual(['en', 'fr']);
        if (width < 600) {
          expect(second!.top, name).toBeGreaterThanOrEqual(first!.bottom);
          // A phone's column takes the screen's width, less a small margin.
          expect(first!.right - first!.left, name).toBeGreaterThan(width * 0.9);
        } else {
          expect(Math.abs(second!.top - first!.top), name).toBeLessThan(2);
          expect(second!.left, name).toBeGreaterThanOrEqual(first!.right);
        }
      }
    });
  }

  it('reads at a phone’s text size: no body text smaller than 13 px', async () => {
    await page.setViewportSize({ width: 390, height: 900 });
    for (const { name, mail } of notices) {
      await page.setContent(mail.body.html!);
      const smallest = await page.evaluate(() =>
        Math.min(
          ...[...document.querySelectorAll('p, li, td, th')].map((element) =>
            Number.parseFloat(getComputedStyle(element).fontSize),
          ),
        ),
      );
      expect(smallest, name).toBeGreaterThanOrEqual(13);
    }
  });
});
