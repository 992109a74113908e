// Personal chat in the Playground's web UI: welcome, `help` card, in-place switch to Russian.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startStack, UI } from './harness.mjs';

test('personal chat: welcome, help card, Русский switches the card in place', { timeout: 60_000 }, async (t) => {
  const stack = await startStack(t, 'personal-chat');
  const ui = await stack.openBrowser();
  const { page } = ui;

  await ui.open();
  const welcomeText = await ui.messageText(/👋[\s\S]*CjmBot/, 30_000);
  await ui.screenshot('welcome');
  assert.match(welcomeText, /help/i, `the welcome should mention help: ${welcomeText}`);

  await ui.compose(['help']);
  await page.locator(UI.send).click();
  const english = ui.card('CjmBot commands');
  await english.waitFor({ state: 'visible', timeout: 20_000 });
  await ui.screenshot('help-card');

  await english.getByRole('button', { name: 'Русский' }).click();
  const russian = ui.card('Команды CjmBot');
  await russian.waitFor({ state: 'visible', timeout: 20_000 });
  await english.waitFor({ state: 'detached', timeout: 10_000 });
  await ui.screenshot('russian-card');
  assert.equal(await ui.card('Команды CjmBot').count(), 1, 'exactly one Russian card');
  assert.equal(await russian.getByRole('button', { name: 'English' }).count(), 1, 'the Russian card offers English');
});
