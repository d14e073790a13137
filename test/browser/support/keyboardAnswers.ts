import type { Page } from 'playwright-core';
import { tabTo, typeDate } from './keyboard';

/** Tab presses allowed to reach the next field: a long step with hints and help buttons needs many. */
const REACH = 200;

/**
 * Enters one step's answers (as a scenario file has them) with the keyboard only — Tab to each
 * field, then typing, Space, arrow keys and Enter — in the order of their keys, as a person
 * fills the step from top to bottom. Dates are typed segment by segment, numbers the German way
 * (`85,5`), a radio group is entered and moved with the arrow keys, a list is grown with its add
 * button. `step` is the step's own id (an Anlage step's local id: the DOM ids start with it).
 *
 * @example
 * await keyboardAnswers(page, 'arbeit', scenario.answers.anlagen.EK.p0.arbeit);
 */
export async function keyboardAnswers(page: Page, step: string, answers: unknown): Promise<void> {
  await enter(page, [step], answers);
}

function inputId(path: readonly (string | number)[]): string {
  return 'ff-' + path.map((token) => String(token).replace(/[^A-Za-z0-9_]/g, '_')).join('-');
}

async function enter(page: Page, path: readonly (string | number)[], value: unknown): Promise<void> {
  const id = inputId(path);
  if (Array.isArray(value)) {
    if (value.every((item) => typeof item === 'object' && item !== null)) return enterList(page, path, value as object[]);
    // checkboxes come in the order of their options, which is the order of the answer
    for (const item of value) {
      await tabTo(page, `input[name="${id}"][value="${String(item)}"]`, { maxPresses: REACH });
      await page.keyboard.press('Space');
    }
    return;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, inner] of Object.entries(value)) await enter(page, [...path, key], inner);
    return;
  }
  const kind = await page.locator(`#${id}`).evaluate((element) => (element instanceof HTMLInputElement ? element.type : element.tagName.toLowerCase()));
  if (typeof value === 'boolean') {
    if (kind === 'checkbox') {
      await tabTo(page, `#${id}`, { maxPresses: REACH });
      if (value) await page.keyboard.press('Space');
      return;
    }
    // yes/no: "Ja" carries the id, "Nein" the id with -1
    return chooseRadio(page, id, value ? `#${id}` : `#${id}-1`);
  }
  if (kind === 'radio') return chooseRadio(page, id, `input[name="${id}"][value="${String(value)}"]`);
  await tabTo(page, `#${id}`, { maxPresses: REACH });
  if (kind === 'select') return chooseOption(page, id, String(value));
  if (kind === 'date') return typeDate(page, String(value));
  await page.keyboard.type(typeof value === 'number' ? String(value).replace('.', ',') : String(value));
}

/** Tabs into a radio group (its checked or first radio) and moves with the arrow keys until `wanted` is checked. */
async function chooseRadio(page: Page, name: string, wanted: string): Promise<void> {
  await tabTo(page, `input[name="${name}"]`, { maxPresses: REACH });
  const isWanted = () => page.evaluate((selector) => document.activeElement?.matches(selector) ?? false, wanted);
  const count = await page.locator(`input[name="${name}"]`).count();
  for (let press = 0; press <= count; press += 1) {
    if (await isWanted()) {
      // the first radio is focused without being chosen; Space chooses it (and keeps any other choice)
      await page.keyboard.press('Space');
      return;
    }
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`keyboardAnswers: the arrow keys never reached ${wanted} in the group ${name}`);
}

/** Moves through a focused select's options with the arrow keys until its value is `wanted`. */
async function chooseOption(page: Page, id: string, wanted: string): Promise<void> {
  const count = await page.locator(`#${id} option`).count();
  await page.keyboard.press('Home');
  for (let press = 0; press <= count; press += 1) {
    if ((await page.locator(`#${id}`).inputValue()) === wanted) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`keyboardAnswers: the select #${id} has no option "${wanted}"`);
}

/** A list of objects: Enter on the add button once per item, then the item's fields. */
async function enterList(page: Page, path: readonly (string | number)[], items: readonly object[]): Promise<void> {
  const id = inputId(path);
  for (const [index, item] of items.entries()) {
    // an empty list's add button carries the list's id; later ones are the list's last add button
    await tabTo(page, index === 0 ? `#${id}` : `fieldset:has([id^="${id}-0-"]) .ff-list__add`, { maxPresses: REACH });
    await page.keyboard.press('Enter');
    await page.locator(`[id^="${id}-${index}-"]`).first().waitFor();
    // the generated person id is the renderer's; the test types only what a person types
    const { id: _generated, ...typed } = item as Record<string, unknown>;
    for (const [key, inner] of Object.entries(typed)) await enter(page, [...path, index, key], inner);
  }
}
