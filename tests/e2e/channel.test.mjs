// Team channel in the Playground's web UI: a post that @mentions the bot with `help` gets the card.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startStack, UI } from './harness.mjs';

const REPLY_TIMEOUT_MS = 20_000;

test('channel: @Test Bot help posted in My Team - General renders the help card', { timeout: 75_000 }, async (t) => {
  const stack = await startStack(t, 'channel');
  const ui = await stack.openBrowser();
  const { page } = ui;

  await ui.open();
  await ui.openConversation('My Team - General');
  await ui.screenshot('channel-opened');

  const cards = ui.card('CjmBot commands');
  const postHelp = async () => {
    const composer = ui.newPostComposer();
    await ui.compose([{ mentionPrefix: '@Tes', mention: 'Test Bot' }, ' help'], composer);
    await composer.locator(UI.post).click();
  };

  await postHelp();
  let arrived = await cards.first().waitFor({ state: 'visible', timeout: REPLY_TIMEOUT_MS }).then(() => true, () => false);
  if (!arrived) {
    // The web UI sometimes drops a reply that lands within milliseconds of a new channel post
    // (the Playground's own client; the bot answered). One new post tells that apart from a real failure.
    await ui.screenshot('reply-missing-retrying');
    t.diagnostic('no card after the first channel post; posting once more');
    await postHelp();
    arrived = await cards.first().waitFor({ state: 'visible', timeout: REPLY_TIMEOUT_MS }).then(() => true, () => false);
  }
  await ui.screenshot('channel-help-card');
  assert.ok(arrived, `no "CjmBot commands" card in the channel within ${REPLY_TIMEOUT_MS} ms, twice (see ${stack.dir})`);
  assert.equal(await cards.first().getByRole('button', { name: 'Русский' }).count(), 1, 'the card offers Русский');
});
