// A blind stage in a group chat, in the Playground's web UI: the facilitator types `@Test Bot blind stage`, two answers
// are given on question cards (Action.Execute: nothing is posted to the chat), and until the facilitator presses Reveal
// neither answer's words are anywhere the bot produced (no message or card frame it posted or updated, not on the page),
// while the live map says how many are hidden; after Reveal the map shows both.
// Screenshots: .test-artifacts/e2e/blind/ (the stream's frames in ws-frames.json).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { startStack, UI } from './harness.mjs';

const REPLY_TIMEOUT_MS = 20_000;

/** The live map is redrawn at most once a second and the question card's count every 2 s: well inside this. */
const REDRAW_TIMEOUT_MS = 15_000;

const SECRETS = ['Compare prices on three sites first', 'Ask a colleague who bought it last year'];

test('blind stage: card answers stay off the map until Reveal, then all appear', { timeout: 150_000 }, async (t) => {
  const stack = await startStack(t, 'blind');
  const stream = await stack.openConversationStream();
  t.after(() => fs.writeFileSync(path.join(stack.dir, 'ws-frames.json'), JSON.stringify(stream.messages, null, 2)));
  const ui = await stack.openBrowser();
  const { page } = ui;

  const { config } = await stack.config();
  const group = config.groupChats?.[0]?.name;
  assert.ok(group, `the Playground has a group chat: ${JSON.stringify(config.groupChats)}`);
  await ui.open();
  await ui.openConversation(group);

  /** Sends `@Test Bot <text>` in the group chat (the bot only hears what @mentions it there). */
  const mention = async (text) => {
    await ui.compose([{ mentionPrefix: '@Tes', mention: 'Test Bot' }]);
    await page.keyboard.insertText(` ${text}`);
    await page.locator(UI.send).click();
  };

  /** Waits for `locator` to be visible; on a timeout, a screenshot and a clear failure. */
  const visible = async (locator, what, timeout = REPLY_TIMEOUT_MS) => {
    await locator.waitFor({ state: 'visible', timeout }).catch(async () => {
      await ui.screenshot(`missing-${what.replace(/[^a-z0-9]+/gi, '-').slice(0, 30)}`);
      assert.fail(`${what}: not shown within ${timeout} ms (see ${stack.dir})`);
    });
    return locator;
  };

  /** Runs `action` and waits for one more card containing `text` than before; returns the newest. */
  const newCard = async (text, action) => {
    const cards = ui.card(text);
    const before = await cards.count();
    await action();
    return visible(cards.nth(before), `a new card with "${text}"`);
  };

  /** Answers on `card` (Action.Execute): the card itself confirms, without the words. */
  const answerOnCard = async (card, answer) => {
    await card.getByRole('textbox', { name: 'Your answer' }).fill(answer);
    await card.getByRole('button', { name: 'Send answer' }).click();
    await visible(card.getByText('✓ Recorded. Hidden from everyone until the reveal.'), `the confirmation of "${answer}" on its card`);
  };

  // --- A workshop in the group chat, its first stage run blind ------------------------------------------------
  const setup = await newCard('New customer journey map', () => mention('new'));
  await setup.getByRole('textbox', { name: 'Workshop title' }).fill('Checkout journey');
  await setup.getByRole('textbox', { name: 'Product or service' }).fill('Online store');
  await setup.getByRole('textbox', { name: 'Goal of the map' }).fill('Find why people abandon checkout');
  await setup.getByRole('radio', { name: 'Custom stages' }).check();
  await setup.getByRole('textbox', { name: 'Custom stages' }).fill('Search, Purchase');
  await setup.getByRole('textbox', { name: 'Segments / personas' }).fill('Small shop owner: runs a shop of 5');
  const goal = await newCard("What is the customer's goal at this stage?", () => setup.getByRole('button', { name: 'Start workshop' }).click());

  const blind = await newCard('now runs blind', () => mention('blind stage'));
  assert.match(await blind.innerText(), /The stage Search \(Small shop owner\) now runs blind: every question of it\./);

  // --- Two answers on question cards: nothing of them on the map, nor anywhere the bot drew -------------------
  await answerOnCard(goal, SECRETS[0]);
  const touchpoints = await newCard('Where does the customer meet us at this stage?', () => mention('next'));
  await answerOnCard(touchpoints, SECRETS[1]);

  const hiddenMap = ui.card('Customer journey map').filter({ hasText: '🙈 2 answers are hidden in blind rounds until the reveal.' }).last();
  await visible(hiddenMap, 'the live map counting 2 hidden answers', REDRAW_TIMEOUT_MS);
  await hiddenMap.scrollIntoViewIfNeeded();
  await ui.screenshot('map-blind');
  const chat = await page.locator('body').innerText();
  const frames = JSON.stringify(stream.messages);
  for (const secret of SECRETS) {
    assert.ok(!chat.includes(secret), `before Reveal the chat shows "${secret}"`);
    assert.ok(!frames.includes(secret), `before Reveal a frame the bot posted holds "${secret}" (see ws-frames.json in ${stack.dir})`);
  }
  assert.ok(stream.messages.length > 5, `the stream saw the bot's messages (${stream.messages.length} frames)`);

  // --- Reveal: both answers on the map at once ------------------------------------------------------------------
  await blind.getByRole('button', { name: 'Reveal' }).click();
  await ui.messageText(/👀 Revealed: 2 answers are on the map now\./, REPLY_TIMEOUT_MS);
  const revealedMap = ui.card('Customer journey map').filter({ hasText: SECRETS[0] }).filter({ hasText: SECRETS[1] }).last();
  await visible(revealedMap, 'the live map with both revealed answers', REDRAW_TIMEOUT_MS);
  assert.ok(!(await revealedMap.innerText()).includes('🙈'), 'the revealed map counts nothing hidden');
  await revealedMap.scrollIntoViewIfNeeded();
  await ui.screenshot('map-revealed');
});
