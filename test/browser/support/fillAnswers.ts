import type { Page } from 'playwright-core';

/**
 * The DOM id the renderer gives the input of an answer (renderer/util/fieldId.ts), written out
 * here so the tests pin the ids the error summary and host pages rely on.
 */
function inputId(path: readonly (string | number)[]): string {
  return 'ff-' + path.map((token) => String(token).replace(/[^A-Za-z0-9_]/g, '_')).join('-');
}

/**
 * Enters one step's answers (as a scenario file has them) into the rendered form, in the order
 * of their keys, so a question shown by an earlier answer is there when its turn comes. Text
 * and dates are filled, choices checked, lists grown with their add button. Numbers are typed
 * the German way (`85,5`).
 *
 * @example
 * await fillAnswers(page, 'umzug', scenario.answers.umzug);
 */
export async function fillAnswers(page: Page, step: string, answers: unknown): Promise<void> {
  await fillValue(page, [step], answers);
}

async function fillValue(page: Page, path: readonly (string | number)[], value: unknown): Promise<void> {
  const id = inputId(path);
  if (Array.isArray(value)) {
    if (value.every((item) => typeof item === 'object' && item !== null)) await fillList(page, path, value as object[]);
    else for (const item of value) await page.locator(`input[name="${id}"][value="${String(item)}"]`).check();
    return;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, inner] of Object.entries(value)) await fillValue(page, [...path, key], inner);
    return;
  }
  const field = page.locator(`#${id}`);
  await field.waitFor();
  if (typeof value === 'boolean') {
    // a yes/no question: "Ja" carries the id, "Nein" the id with -1; a confirmation is one box
    await page.locator(value ? `#${id}` : `#${id}-1`).check();
    return;
  }
  if (typeof value === 'number') {
    await field.fill(String(value).replace('.', ','));
    return;
  }
  if (typeof value !== 'string') throw new Error(`fillAnswers: no way to enter ${JSON.stringify(value)} at ${path.join('/')}`);
  const kind = await field.evaluate((element) => (element instanceof HTMLInputElement ? element.type : element.tagName.toLowerCase()));
  if (kind === 'radio') await page.locator(`input[name="${id}"][value="${value}"]`).check();
  else if (kind === 'select') await field.selectOption(value);
  else await field.fill(value);
}

/** A list of objects: the add button once per item, then the item's fields. */
async function fillList(page: Page, path: readonly (string | number)[], items: readonly object[]): Promise<void> {
  const id = inputId(path);
  for (const [index, item] of items.entries()) {
    if (index === 0) {
      // an empty list's add button carries the list's id, so the error summary can lead to it
      await page.locator(`#${id}`).click();
    } else {
      const list = page.locator('fieldset.ff-list').filter({ has: page.locator(`[id^="${id}-0-"]`) });
      await list.locator('.ff-list__add').last().click();
    }
    await page.locator(`[id^="${id}-${index}-"]`).first().waitFor();
    for (const [key, inner] of Object.entries(item)) await fillValue(page, [...path, index, key], inner);
  }
}
