import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { withExtension } from './extension.ts';

const ext = withExtension();

async function openPage(name: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/${name}`);
  return page;
}

test('popup checklist ticks persist across reopen', async () => {
  let popup = await openPage('popup.html');
  const item = popup.locator('[data-item="phys-2fa"]');
  await expect(item).not.toBeChecked();
  await item.check();
  await expect(popup.getByText('1 of 13 done')).toBeVisible();
  await popup.close();
  popup = await openPage('popup.html');
  await expect(popup.locator('[data-item="phys-2fa"]')).toBeChecked();
  // Keyboard only: move to the trainer track and tick its first item.
  await popup.getByRole('tab', { name: /Physician/ }).focus();
  await popup.keyboard.press('ArrowRight');
  await expect(popup.getByRole('tab', { name: /Trainer/ })).toHaveAttribute('aria-selected', 'true');
  await popup.locator('[data-item="trainer-market"]').focus();
  await popup.keyboard.press('Space');
  await expect(popup.locator('[data-item="trainer-market"]')).toBeChecked();
  await popup.close();
});

test('the popup fits 800×600 with the checklist as its main view, and "Copy as Markdown" answers "Copied" on the button', async () => {
  const popup = await ext.context.newPage();
  // Chrome sizes a popup to its content, at most 800×600.
  await popup.setViewportSize({ width: 800, height: 600 });
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  const box = (await popup.locator('.popup').boundingBox())!;
  expect(box.height).toBeLessThanOrEqual(600);
  expect(box.width).toBeLessThanOrEqual(800);
  for (const sel of ['[data-setting="enabled"]', '[data-setting="gate"]', '[role="tab"]', '[data-item]', 'text=Copy as Markdown']) {
    const r = (await popup.locator(sel).first().boundingBox())!;
    expect(r.y + r.height, sel).toBeLessThanOrEqual(600);
  }
  // The first items of the list are on screen without scrolling.
  const third = (await popup.locator('[data-item]').nth(2).boundingBox())!;
  expect(third.y + third.height).toBeLessThanOrEqual(600);
  await popup.screenshot({ path: 'test-results/popup-800x600.png' });
  const copy = popup.getByRole('button', { name: 'Copy as Markdown' });
  await copy.click();
  await expect(popup.locator('[data-copied]')).toHaveText('Copied');
  await popup.close();
});

test('a setting changed in options reaches an open X tab without a reload', async () => {
  const x = await ext.context.newPage();
  await x.goto('https://x.com/home');
  await x.locator('[data-testid="tweetTextarea_0"]').click();
  await x.keyboard.type('Pt in room 412 was stable overnight.');
  const room = x.locator('[data-coach-root] [data-rule="privacy/room-number"]').first();
  await expect(room).toBeAttached();
  const options = await openPage('options.html');
  await options.getByLabel('Room or bed number: on').uncheck();
  await expect(room).toHaveCount(0);
  await options.getByLabel('Room or bed number: on').check();
  await expect(room).toBeAttached();
  // The master switch turns the coach off at once on the open tab.
  await options.locator('[data-setting="enabled"]').uncheck();
  await expect(x.locator('[data-coach-root]')).toHaveCount(0);
  await options.locator('[data-setting="enabled"]').check();
  await expect(x.locator('[data-coach-root] [data-rule="privacy/room-number"]').first()).toBeAttached();
  // So does the per-site switch, from the popup.
  const popup = await openPage('popup.html');
  await popup.locator('[data-setting="sites.x"]').uncheck();
  await expect(x.locator('[data-coach-root]')).toHaveCount(0);
  await popup.locator('[data-setting="sites.x"]').check();
  await expect(x.locator('[data-coach-root] [data-rule="privacy/room-number"]').first()).toBeAttached();
  await popup.close();
  await options.close();
  await x.close();
});

test('a bad policy file changes nothing and names the problem', async () => {
  const options = await openPage('options.html');
  const premium = options.locator('[data-setting="premium"]');
  await expect(premium).not.toBeChecked();
  await options.locator('[data-policy-file]').setInputFiles({
    name: 'policy.json', mimeType: 'application/json', buffer: Buffer.from('{"premium": true, "gate": "sometimes"}'),
  });
  await expect(options.locator('[data-policy-status="error"]')).toContainText('Check before posting: expected true or false.');
  await expect(premium).not.toBeChecked();
  await options.locator('[data-policy-file]').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"premium": tru') });
  await expect(options.locator('[data-policy-status="error"]')).toContainText('not valid JSON');
  await options.locator('[data-policy-file]').setInputFiles({ name: 'good.json', mimeType: 'application/json', buffer: Buffer.from('{"premium": true}') });
  await expect(options.locator('[data-policy-status="ok"]')).toBeVisible();
  await expect(premium).toBeChecked();
  await premium.uncheck();
  await options.close();
});

test('the practice page flags a scenario, reveals findings one by one, and has a presenter mode', async () => {
  const page = await openPage('practice.html');
  await page.locator('[data-scenario-id="patient-name"]').click();
  await expect(page.locator('.coached-mirror [data-rule="privacy/patient-name"]')).toHaveAttribute('data-severity', 'block');
  await page.getByLabel('Reveal one by one').check();
  await expect(page.locator('.coached-mirror [data-rule]')).toHaveCount(0);
  await page.getByRole('button', { name: /Reveal next finding/ }).click();
  await expect(page.locator('.coached-mirror [data-rule]')).toHaveCount(1);
  await page.getByLabel('Presenter mode').check();
  const size = await page.locator('.coached-input').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(30);
  // Show-me links open a scenario by id.
  await page.goto(`chrome-extension://${ext.extensionId}/practice.html#scenario=room-number`);
  await expect(page.locator('.coached-input')).toHaveValue(/room 412/);
  await page.close();
});

const PROJECTORS = [{ width: 1024, height: 768 }, { width: 1280, height: 720 }];

for (const size of PROJECTORS) {
  test(`presenter mode fits the draft and every finding on one ${size.width}×${size.height} screen, for every scenario`, async () => {
    const page = await ext.context.newPage();
    await page.setViewportSize(size);
    await page.goto(`chrome-extension://${ext.extensionId}/practice.html`);
    await page.getByLabel('Presenter mode').check();
    const select = page.locator('[data-scenario-select]');
    // Grouped by topic, human titles only.
    expect(await select.locator('optgroup').evaluateAll((gs) => gs.map((g) => g.getAttribute('label')))).toEqual(
      ['Patient privacy', 'Length', 'Clarity', 'Professionalism', 'Hashtags']);
    const ids = await select.locator('option[value]:not([value=""])').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(ids.length).toBeGreaterThanOrEqual(24);
    for (const id of ids) {
      await select.selectOption(id);
      await expect(page.locator(`[data-scenario="${id}"]`)).toBeVisible();
      const m = await page.evaluate(() => {
        const rects = [...document.querySelectorAll('.coached-input, .practice-findings .coach-card, .coach-grade, .coach-thread, .coach-hashtags')]
          .map((el) => { const r = el.getBoundingClientRect(); return { what: el.className, top: r.top, left: r.left, bottom: r.bottom, right: r.right }; });
        const cols = [...document.querySelectorAll<HTMLElement>('.practice-draft, .practice-findings')].map((c) => c.scrollHeight - c.clientHeight);
        const card = document.querySelector('.practice-findings .coach-card');
        return {
          rects, cols, cards: document.querySelectorAll('.practice-findings .coach-card').length,
          cardFont: card ? parseFloat(getComputedStyle(card).fontSize) : null,
          draftFont: parseFloat(getComputedStyle(document.querySelector('.coached-input')!).fontSize),
          pageScroll: document.scrollingElement!.scrollHeight - innerHeight, pageScrollX: document.scrollingElement!.scrollWidth - innerWidth,
          text: document.body.innerText,
        };
      });
      if (['patient-name', 'stigmatizing-language', 'length-overflow'].includes(id)) {
        await page.screenshot({ path: `test-results/presenter-${size.width}x${size.height}-${id}.png` });
      }
      const findings = await page.evaluate(() => document.querySelectorAll('.practice-findings [data-rule]').length);
      expect(findings, id).toBe(m.cards);
      for (const r of m.rects) {
        expect(r.top, `${id} ${r.what}`).toBeGreaterThanOrEqual(0);
        expect(r.left, `${id} ${r.what}`).toBeGreaterThanOrEqual(0);
        expect(r.bottom, `${id} ${r.what}`).toBeLessThanOrEqual(size.height);
        expect(r.right, `${id} ${r.what}`).toBeLessThanOrEqual(size.width);
      }
      expect(m.cols.every((d) => d <= 1), `${id} columns scroll: ${m.cols}`).toBe(true);
      expect(m.pageScroll, id).toBeLessThanOrEqual(0);
      expect(m.pageScrollX, id).toBeLessThanOrEqual(0);
      // Presenter size: nothing smaller than 18 px on a card, the draft at 22 px or more (34 px when short).
      if (m.cardFont !== null) expect(m.cardFont, id).toBeGreaterThanOrEqual(18);
      expect(m.draftFont, id).toBeGreaterThanOrEqual(22);
      // No rule ids on screen.
      expect(m.text, id).not.toMatch(/\b(privacy|clarity|length|professionalism)\/[a-z]/);
    }
    await page.close();
  });
}

test('the review page fixes drafts and copies clean text with a note that does not repeat identifiers', async () => {
  const page = await openPage('review.html');
  await page.getByLabel('Drafts to review').fill('Saw Mrs. Jane Hollis in room 412 today.\n\n\nGrand rounds on sepsis today: great questions.');
  await page.getByRole('button', { name: 'Review', exact: true }).click();
  await expect(page.locator('[data-draft]')).toHaveCount(2);
  await expect(page.locator('[data-draft="0"] .coach-card[data-rule="privacy/patient-name"]')).toBeVisible();
  await page.locator('[data-review-action="fix-all"]').click();
  await expect(page.locator('[data-draft="0"] .coach-card[data-severity="block"]')).toHaveCount(0);
  await page.locator('[data-review-action="copy"]').click();
  const output = await page.locator('[data-review-output]').inputValue();
  expect(output).toContain('Grand rounds on sepsis today');
  expect(output).toContain('Review note');
  expect(output).not.toContain('Hollis');
  expect(output).not.toContain('412');
  // Saved only on request, listed with a date, and deletable.
  await page.locator('[data-review-action="save"]').click();
  await expect(page.locator('[data-saved-review]')).toHaveCount(1);
  await page.getByRole('button', { name: /^Delete the review/ }).click();
  await expect(page.locator('[data-saved-review]')).toHaveCount(0);
  await page.close();
});

/**
 * Where the textarea itself draws `text.slice(start, end)`: a probe with every computed style of the
 * textarea (the classic caret-position technique), placed over it, measured with a Range.
 */
async function textareaRect(page: Page, selector: string, start: number, end: number) {
  return page.locator(selector).evaluate((ta: HTMLTextAreaElement, [s, e]) => {
    const cs = getComputedStyle(ta);
    const probe = document.createElement('div');
    for (const prop of Array.from(cs)) probe.style.setProperty(prop, cs.getPropertyValue(prop));
    const r = ta.getBoundingClientRect();
    Object.assign(probe.style, { position: 'fixed', left: `${r.left}px`, top: `${r.top}px`, width: `${r.width}px`, height: `${r.height}px`, visibility: 'hidden', margin: '0' });
    probe.textContent = ta.value;
    document.body.appendChild(probe);
    const range = document.createRange();
    range.setStart(probe.firstChild!, s);
    range.setEnd(probe.firstChild!, e);
    const box = range.getClientRects()[0]!;
    probe.remove();
    return { left: box.left - ta.scrollLeft, top: box.top - ta.scrollTop, right: box.right, bottom: box.bottom };
  }, [start, end] as const);
}

for (const where of ['practice', 'review'] as const) {
  test(`underlines sit on their words on the ${where} page (overlay vs textarea, within 1 px)`, async () => {
    const page = await openPage(`${where}.html`);
    await page.setViewportSize({ width: 1280, height: 900 });
    const text = 'Ward round done. So proud of Mrs. Delia Okafor, who walked out of our ICU today after three weeks on the vent, and of the whole team in room 412 who cared for her.';
    let box = '.coached-input';
    if (where === 'practice') await page.getByLabel('Practice post').fill(text);
    else {
      await page.getByLabel('Drafts to review').fill(text);
      await page.getByRole('button', { name: 'Review', exact: true }).click();
      box = '[data-draft="0"] .coached-input';
    }
    for (const phrase of ['Mrs. Delia Okafor', 'room 412']) {
      const mark = page.locator(`${box.replace('.coached-input', '')} .coached-mirror mark`, { hasText: phrase }).first();
      await expect(mark).toBeAttached();
      // The mark's box without its underline (a bottom border): the glyphs' box.
      const m = await mark.evaluate((el) => {
        const r = el.getClientRects()[0]!;
        return { left: r.left, top: r.top, right: r.right, bottom: r.bottom - parseFloat(getComputedStyle(el).borderBottomWidth) };
      });
      const at = text.indexOf(phrase);
      const t = await textareaRect(page, box, at, at + phrase.length);
      expect(Math.abs(m.left - t.left), `${phrase} left`).toBeLessThanOrEqual(1);
      expect(Math.abs(m.top - t.top), `${phrase} top`).toBeLessThanOrEqual(1);
      expect(Math.abs(m.bottom - t.bottom), `${phrase} bottom`).toBeLessThanOrEqual(1);
      expect(Math.abs(m.right - t.right), `${phrase} right`).toBeLessThanOrEqual(1);
    }
    await page.close();
  });
}

test('after saving a review the page does not widen, the note shows in full and Delete is on screen', async () => {
  const page = await openPage('review.html');
  await page.setViewportSize({ width: 1280, height: 800 });
  const long = `See https://example.org/${'very-long-path-segment/'.repeat(12)} before rounds. Saw Mrs. Jane Hollis in room 412 today.`;
  await page.getByLabel('Drafts to review').fill(`${long}\n\nGrand rounds on sepsis today.`);
  await page.getByRole('button', { name: 'Review', exact: true }).click();
  await page.locator('[data-review-action="save"]').click();
  await expect(page.locator('[data-saved-review]')).toHaveCount(1);
  const widths = await page.evaluate(() => ({ scroll: document.scrollingElement!.scrollWidth, inner: innerWidth }));
  expect(widths.scroll).toBeLessThanOrEqual(widths.inner);
  const del = page.getByRole('button', { name: /^Delete the review/ });
  await del.scrollIntoViewIfNeeded();
  const r = (await del.boundingBox())!;
  expect(r.x + r.width).toBeLessThanOrEqual(1280);
  const note = page.locator('[data-saved-review] .note');
  expect(await note.evaluate((el) => el.scrollWidth <= el.clientWidth && el.scrollHeight <= el.clientHeight)).toBe(true);
  // Saved: the cleaned text and the note only.
  // Everything stored but the review's own id and times (a random id can hold "412").
  const all = await page.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<unknown> } } } }).chrome.storage.local.get(null));
  const stored = JSON.stringify(all, (k, v) => (['id', 'savedAt', 'expiresAt'].includes(k) ? undefined : v));
  expect(stored).toContain('Saw a patient [removed].');
  expect(stored).not.toMatch(/Hollis|412/);
  await page.screenshot({ path: 'test-results/review-saved-1280.png', fullPage: true });
  await del.click();
  await page.close();
});

for (const scheme of ['light', 'dark'] as const) {
  for (const name of ['popup.html', 'options.html', 'practice.html', 'review.html']) {
    test(`axe finds no serious or critical violation on ${name} (${scheme})`, async () => {
      const page = await ext.context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`chrome-extension://${ext.extensionId}/${name}${name === 'practice.html' ? '#scenario=patient-name' : ''}`);
      await page.locator('h1').waitFor();
      const result = await new AxeBuilder({ page }).analyze();
      const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
      expect(bad).toEqual([]);
      await page.close();
    });
  }
}

/** Serious or critical axe violations on the page as it is now. */
async function axeBad(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no serious or critical violation with content on screen (${scheme}): presenter mode, drafts under review, saved reviews`, async () => {
    const page = await ext.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`chrome-extension://${ext.extensionId}/practice.html#scenario=stigmatizing-language`);
    await page.locator('h1').waitFor();
    await page.getByLabel('Presenter mode').check();
    expect(await axeBad(page)).toEqual([]);
    await page.goto(`chrome-extension://${ext.extensionId}/practice.html#scenario=hashtag-suggestion`);
    await page.locator('[data-coach-hashtag]').first().waitFor();
    expect(await axeBad(page)).toEqual([]);
    await page.goto(`chrome-extension://${ext.extensionId}/review.html`);
    await page.getByLabel('Drafts to review').fill('Saw Mrs. Jane Hollis in room 412 today.\n\nGrand rounds on sepsis today.');
    await page.getByRole('button', { name: 'Review', exact: true }).click();
    await page.locator('[data-review-action="save"]').click();
    await page.locator('[data-review-action="copy"]').click();
    await page.locator('[data-saved-review]').first().waitFor();
    expect(await axeBad(page)).toEqual([]);
    await page.getByRole('button', { name: /^Delete the review/ }).click();
    await page.close();
  });
}

