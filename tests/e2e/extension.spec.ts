import { expect, test } from '@playwright/test';
import { launchExtension } from './extension.ts';

test('the production build loads, opens its popup and makes no network request', async () => {
  const { context, extensionId, requests } = await launchExtension();
  try {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Physician Post Coach');
    const outside = requests.filter((u) => !u.startsWith(`chrome-extension://${extensionId}/`));
    expect(outside).toEqual([]);
  } finally {
    await context.close();
  }
});
