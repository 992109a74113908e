// A group chat workshop in the Playground's web UI, at the moments people wonder whether the bot heard them:
// a mistyped `@Test Bot nxet` gets "Did you mean next?" (and Yes moves on), an emotions answer without a score gets
// the score card (and a score records it), which the current question card then counts in place, and after the last
// question the facilitator is offered the next steps.
// Screenshots: .test-artifacts/e2e/chat-guidance/ (copies in docs/images/, see the README).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { startStack, UI, ROOT } from './harness.mjs';

const REPLY_TIMEOUT_MS = 20_000;

/** WorkshopProgress.RepeatWindow (3 s), and a little more: the same typed move twice within it counts as a double send. */
const REPEAT_WINDOW_MS = 3_300;

test('chat guidance: did you mean, the score card and the next steps in a group chat', { timeout: 150_000 }, async (t) => {
  const stack = await startStack(t, 'chat-guidance');
  const ui = await stack.openBrowser();
  const { page } = ui;

  const { config } = await stack.config();
  const group = config.groupChats?.[0]?.name;
  t.diagnostic(`group chat: ${JSON.stringify(config.groupChats?.[0])}`);
  assert.ok(group, `the Playground has a group chat: ${JSON.stringify(config.groupChats)}`);
  await ui.open();
  await ui.openConversation(group);

  /** Sends `@Test Bot <text>` in the group chat (the bot only hears what @mentions it there). */
  const mention = async (text) => {
    await ui.compose([{ mentionPrefix: '@Tes', mention: 'Test Bot' }]);
    await page.keyboard.insertText(` ${text}`);
    await page.locator(UI.send).click();
  };

  /** Runs `action` and waits for one more card containing `text` than before; returns the newest. */
  const newCard = async (text, action) => {
    const cards = ui.card(text);
    const before = await cards.count();
    await action();
    await cards.nth(before).waitFor({ state: 'visible', timeout: REPLY_TIMEOUT_MS }).catch(async () => {
      await ui.screenshot(`missing-${text.replace(/[^a-z0-9]+/gi, '-').slice(0, 30)}`);
      assert.fail(`no new card with "${text}" within ${REPLY_TIMEOUT_MS} ms (see ${stack.dir})`);
    });
    return cards.nth(before);
  };

  const shots = {};
  const shot = async (name) => { shots[name] = await ui.screenshot(name); };

  // --- The help card as the renderer shows it: the argument placeholders survive markdown ---------------------
  const help = await newCard('CjmBot commands', () => mention('help'));
  const helpText = await help.innerText();
  for (const usage of ['insight ‹text›', 'role ‹role›: ‹stages›', 'invite @name … [as ‹role›] | all', 'deadline ‹48h | date time›']) {
    assert.ok(helpText.includes(usage), `the help card shows "${usage}":\n${helpText}`);
  }

  // --- A workshop in the group chat ---------------------------------------------------------------------------
  const setup = await newCard('New customer journey map', () => mention('new'));
  await setup.getByRole('textbox', { name: 'Workshop title' }).fill('Checkout journey');
  await setup.getByRole('textbox', { name: 'Product or service' }).fill('Online store');
  await setup.getByRole('textbox', { name: 'Goal of the map' }).fill('Find why people abandon checkout');
  await setup.getByRole('radio', { name: 'Custom stages' }).check();
  await setup.getByRole('textbox', { name: 'Custom stages' }).fill('Search, Purchase');
  await setup.getByRole('textbox', { name: 'Segments / personas' }).fill('Small shop owner: runs a shop of 5');
  await newCard("What is the customer's goal at this stage?", () => setup.getByRole('button', { name: 'Start workshop' }).click());

  // --- A typo: asked about, not recorded; Yes runs the command -----------------------------------------------
  const suggestion = await newCard('Did you mean', () => mention('nxet'));
  const suggestionText = await suggestion.innerText();
  assert.match(suggestionText, /Did you mean next\?/, suggestionText);
  assert.match(suggestionText, /“nxet” is not recorded as an answer unless you say so\./, suggestionText);
  await shot('did-you-mean');
  await newCard('Where does the customer meet us at this stage?', () => suggestion.getByRole('button', { name: 'Yes, next' }).click());

  // --- An emotions answer without a score: the score card records it with the chosen score -------------------
  // "Yes, next" is the typed command: the same move typed again within the repeat window would be taken for a double send.
  await new Promise((resolve) => { setTimeout(resolve, REPEAT_WINDOW_MS); });
  await newCard('What does the customer feel here?', () => mention('next'));
  const scoreCard = await newCard('Which score goes with your answer?', () => mention('quite happy'));
  assert.match(await scoreCard.innerText(), /An emotions answer needs a score from -2 to \+2, so nothing was recorded yet\./);
  await shot('score-card');
  await scoreCard.getByRole('button', { name: '+1 🙂 pleased' }).click();
  await page.getByText('✓ Recorded: Emotions · Search (+1) “quite happy”').waitFor({ state: 'visible', timeout: REPLY_TIMEOUT_MS });
  await shot('score-recorded');

  // --- The answer is seen on the current question card itself, updated in place (no reply per answer) ----------
  const emotionsCard = ui.card('Facilitators: type next').filter({ hasText: 'What does the customer feel here?' }).last();
  await emotionsCard.getByText(/1 answer so far/).waitFor({ state: 'visible', timeout: REPLY_TIMEOUT_MS }).catch(async () => {
    await ui.screenshot('missing-question-card-count');
    assert.fail(`the emotions question card does not count the answer: ${await emotionsCard.innerText()}`);
  });
  assert.match(await emotionsCard.innerText(), /✓ Answered: \S/, 'the card names who answered');
  await emotionsCard.scrollIntoViewIfNeeded();
  await shot('answer-counted');

  // --- Through the remaining questions to the end (next and skip alternate, so no move repeats quickly) -------
  for (let move = 0; move < 10; move += 1) {
    const word = move % 2 === 0 ? 'skip' : 'next';
    if (move < 9) {
      await newCard('Facilitators: type next', () => mention(word));
    } else {
      const end = await newCard('All questions asked', () => mention(word));
      for (const button of ['1. Vote', '2. Action items', '3. Conclusions', '4. Export', 'Map']) {
        assert.equal(await end.getByRole('button', { name: button }).count(), 1, `the end offers "${button}"`);
      }
      await end.scrollIntoViewIfNeeded();
      await shot('next-steps');
      // The button runs `vote` as if typed (this script skipped every barrier and solution, so there is nothing to vote on).
      await end.getByRole('button', { name: '1. Vote' }).click();
      await ui.messageText(/There are no barriers or solutions on the map yet, so there is nothing to vote on\./, REPLY_TIMEOUT_MS);
    }
  }

  // The README shows these; refresh the copies only when asked (a normal run leaves the repository unchanged).
  if (process.env.CJMBOT_E2E_UPDATE_DOCS === '1') {
    for (const name of ['did-you-mean', 'score-card', 'answer-counted', 'next-steps']) {
      fs.copyFileSync(shots[name], path.join(ROOT, 'docs', 'images', `chat-guidance-${name}.png`));
    }
  }
});
