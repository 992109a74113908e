// A full two-stage workshop in the Playground's web UI, as a facilitator would run it in a personal chat:
// `new` → setup card filled in → Start workshop → first answer through the question card, the rest typed
// in the chat (alone in a personal chat, each answer moves on by itself), an insight, `status`, the map after each
// stage, the next steps at the end, and `delete`.
//
// How the Playground (0.2.28) renders card inputs, and how they are driven here:
// - Input.Text: Fluent input/textarea, its <label for> is the card label → getByRole('textbox', { name }).
// - Input.ChoiceSet expanded: a radiogroup of <input type=radio> with <label for> → getByRole('radio', { name }).
// - Input.ChoiceSet compact: a Fluent combobox (<input role=combobox>, value = the chosen title); its
//   options open in a portal listbox outside the card → click the combobox, then page.getByRole('option').
// - Input.Toggle: <input type=checkbox> with aria-label = the toggle title → getByRole('checkbox', { name }).
// - Input.Number: <input type=text role=spinbutton aria-valuemin/max> with increment/decrement buttons.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { startStack, eventually, UI } from './harness.mjs';

const REPLY_TIMEOUT_MS = 20_000;

/** One chat message of the bot (its header names the author; the user's own messages have no author). */
const BOT_MESSAGE = 'div:has(> [aria-label="Message header"] [aria-label="Message author"])';

const QUESTIONS = [
  { prompt: "What is the customer's goal at this stage?", lane: 'Goal' },
  { prompt: 'Where does the customer meet us at this stage?', lane: 'Touchpoints' },
  { prompt: 'What does the customer feel here?', lane: 'Emotions' },
  { prompt: 'What stops or frustrates the customer?', lane: 'Barriers' },
  { prompt: 'What would remove these barriers?', lane: 'Solutions' },
  { prompt: 'Which channels can reach the customer here?', lane: 'Channels' },
];

/** What the participant answers to each question, per stage (the very first one through the card). */
const ANSWERS = {
  Search: [
    'Compare prices quickly',
    'Search engine ads and a price comparison site',
    '-1 confused by delivery options',
    'Shipping costs only appear at checkout',
    'Show the delivery price on the product page',
    'Price comparison sites and newsletters',
  ],
  Purchase: [
    'Pay quickly without creating an account',
    'Checkout page and the payment provider',
    '-2 angry when the card payment fails twice',
    'Mandatory registration before paying',
    'Guest checkout and saved payment methods',
    'Order confirmation email and SMS',
  ],
};

const STAGES = ['Search', 'Purchase'];

test('workshop: setup card, 12 questions answered by card and by text, insight, status, map, delete', { timeout: 150_000 }, async (t) => {
  const stack = await startStack(t, 'workshop');
  const ui = await stack.openBrowser();
  const { page } = ui;
  const started = Date.now();

  const shot = async (name) => {
    const file = await ui.screenshot(name);
    t.diagnostic(`${path.basename(file)} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return file;
  };

  /**
   * Runs `action`, then waits until `locator` matches more elements than before (cards and replies
   * accumulate: an earlier, identical one must not count) and returns the newest match.
   */
  const expectNew = async (locator, what, action) => {
    const before = await locator.count();
    await action();
    const grown = await eventually(async () => (await locator.count()) > before, REPLY_TIMEOUT_MS, 100);
    if (!grown) {
      await shot(`missing-${what.replace(/[^a-z0-9]+/gi, '-').slice(0, 40)}`);
      assert.fail(`no new ${what} within ${REPLY_TIMEOUT_MS} ms (see ${stack.dir})`);
    }
    return locator.last();
  };

  // Words are typed key by key, longer answers go in as one text input (as a paste would): ~1,000 key
  // round trips cost up to a minute on a loaded machine.
  const sendText = async (text) => {
    if (text.includes(' ')) {
      await page.locator(UI.textbox).first().click();
      await page.keyboard.insertText(text);
    } else {
      await ui.compose([text]);
    }
    await page.locator(UI.send).click();
  };

  /** Sends `text` in the chat and returns the new bot message that contains `reply`. */
  const say = (text, reply) =>
    expectNew(page.locator(BOT_MESSAGE).filter({ hasText: reply }), `reply "${reply}" to "${text}"`, () => sendText(text));

  /** The question card of one stage and question (the same prompts come again in every stage). */
  const questionCard = (stage, question) => page.locator(UI.card)
    .filter({ hasText: `Stage ${stage + 1}/${STAGES.length}: ${STAGES[stage]}` })
    .filter({ hasText: QUESTIONS[question].prompt });

  /**
   * Sends `map` and screenshots the newest map card, the whole card (the chat pane scrolls, so the viewport
   * grows for the shot); with `window`, also the whole Playground window around it (`<name>-playground.png`).
   */
  const mapScreenshot = async (name, { window = false } = {}) => {
    // A newer map turns the one before into a pointer ("… a newer one is below", "… moved below") in its next redraw, so
    // only maps and pointers together always grow; the newest map is the last one.
    const mapsAndPointers = ui.card(/Customer journey map|This map is out of date|The live map moved below/);
    await expectNew(mapsAndPointers, 'map card', () => sendText('map'));
    const map = ui.card('Customer journey map').last();
    await map.waitFor({ state: 'visible' });
    const viewport = page.viewportSize();
    const { height } = await map.boundingBox();
    await page.setViewportSize({ width: viewport.width, height: Math.min(Math.ceil(height) + 400, 6_000) });
    try {
      await map.scrollIntoViewIfNeeded();
      const file = path.join(stack.dir, `${name}.png`);
      await map.screenshot({ path: file });
      if (window) await page.screenshot({ path: path.join(stack.dir, `${name}-playground.png`) });
      t.diagnostic(`${name}.png after ${((Date.now() - started) / 1000).toFixed(1)} s`);
    } finally {
      await page.setViewportSize(viewport);
    }
    return map;
  };

  await ui.open();
  await ui.messageText(/👋[\s\S]*CjmBot/, 30_000);

  // --- 1. Setup card, filled in through the UI --------------------------------------------------------
  const setup = await expectNew(ui.card('New customer journey map'), 'setup card', () => sendText('new'));
  await setup.getByRole('textbox', { name: 'Workshop title' }).fill('Checkout journey');
  await setup.getByRole('textbox', { name: 'Product or service' }).fill('Online store');
  await setup.getByRole('textbox', { name: 'Goal of the map' }).fill('Find why people abandon checkout');
  assert.equal(await setup.getByRole('combobox', { name: 'Map type' }).inputValue(), 'Current state', 'compact choice set shows its default');
  await setup.getByRole('radio', { name: 'Custom stages' }).check();
  await setup.getByRole('textbox', { name: 'Custom stages' }).fill('Search, Purchase');
  await setup.getByRole('textbox', { name: 'Segments / personas' }).fill('Small shop owner: runs a shop of 5');
  assert.equal(await setup.getByRole('checkbox', { name: 'Also ask for a KPI at each stage' }).isChecked(), false, 'KPI toggle is off');
  assert.equal(await setup.getByRole('spinbutton', { name: 'Timebox per question' }).inputValue(), '', 'no timebox by default');
  assert.equal(await setup.getByRole('combobox', { name: 'Language of the workshop' }).inputValue(), 'English');
  await shot('setup-filled');

  const firstQuestion = questionCard(0, 0);
  const secondQuestion = questionCard(0, 1);
  await setup.getByRole('button', { name: 'Start workshop' }).click();
  // Action.Execute: the setup card is replaced in place by its invoke response.
  const startedCard = ui.card('Workshop started');
  await startedCard.waitFor({ state: 'visible', timeout: REPLY_TIMEOUT_MS });
  await ui.card('New customer journey map').waitFor({ state: 'detached', timeout: 10_000 });
  const startedText = await startedCard.innerText();
  assert.match(startedText, /1\. Search → 2\. Purchase/, 'the custom stages were taken');
  assert.match(startedText, /Small shop owner/, 'the segment was taken');
  await firstQuestion.waitFor({ state: 'visible', timeout: REPLY_TIMEOUT_MS });
  await shot('workshop-started');

  // --- 2. The first answer through the question card (with a source from the compact choice set) -------
  const card = firstQuestion.last();
  await card.getByRole('textbox', { name: 'Your answer' }).fill(ANSWERS.Search[0]);
  await card.getByRole('combobox', { name: 'Source' }).click();
  await page.getByRole('listbox').getByRole('option', { name: 'Analytics', exact: true }).click();
  assert.equal(await card.getByRole('combobox', { name: 'Source' }).inputValue(), 'Analytics');
  await card.getByRole('button', { name: 'Send answer' }).click();
  await card.getByText('✓ Recorded: Goal · Search').waitFor({ state: 'visible', timeout: REPLY_TIMEOUT_MS });
  assert.match(await card.innerText(), /1 answer so far/, 'the refreshed card counts the answer');
  // Alone in a personal chat, the answer moves the session on: the next question follows without `next`.
  await secondQuestion.waitFor({ state: 'visible', timeout: REPLY_TIMEOUT_MS });
  await shot('answer-by-card');

  // --- The rest typed in the chat: answer, `next`, for every question of both stages -----------------
  for (const [stage, stageName] of STAGES.entries()) {
    for (const [question, { lane }] of QUESTIONS.entries()) {
      const last = stage === STAGES.length - 1 && question === QUESTIONS.length - 1;
      if (stage > 0 || question > 0) {
        const nextQuestion = question + 1 < QUESTIONS.length ? [stage, question + 1] : [stage + 1, 0];
        const following = last ? ui.card('All questions asked') : questionCard(...nextQuestion);
        await expectNew(following, last ? 'next steps' : `question card ${nextQuestion}`,
          () => say(ANSWERS[stageName][question], `✓ Recorded: ${lane} · ${stageName}`));
      }

      if (stage === 0 && question === 3) {
        await say('insight People compare us with marketplaces', '💡 Insight noted.');
        const status = await say('status', 'insight so far');
        const statusText = await status.innerText();
        assert.match(statusText, /Checkout journey: running/, statusText);
        assert.match(statusText, /Small shop owner · Stage 1\/2: Search · Question 5\/6/, statusText);
        assert.match(statusText, /4 answers, 1 insight so far\./, statusText);
        await shot('insight-and-status');
      }

      if (question === QUESTIONS.length - 1) {
        const map = await mapScreenshot(`map-after-stage-${stage + 1}`);
        const mapText = await map.innerText();
        for (const answer of ANSWERS[stageName]) {
          assert.ok(mapText.includes(answer), `the map shows "${answer}" after stage ${stageName}:\n${mapText}`);
        }
        if (stage === 0) {
          assert.match(mapText, /no answers yet: Goal, Touchpoints, Emotions, Barriers, Solutions, Channels/, `stage 2 is empty:\n${mapText}`);
          assert.match(mapText, /1\. Search: min -1 · avg -1\.0 · max -1 \(1 score\)/, `the emotion curve shows the spread:\n${mapText}`);
          assert.doesNotMatch(mapText, /key pain point/, `one scored stage has no key pain point yet:\n${mapText}`);
          assert.match(mapText, /2\. Purchase: no scores yet/, `stage 2 has no scores yet:\n${mapText}`);
        }
      }

    }
  }
  await shot('all-questions-asked');

  // --- 3. The final map ------------------------------------------------------------------------------
  const map = await mapScreenshot('map-final', { window: true });
  const mapText = await map.innerText();
  for (const expected of ['Customer journey map', 'Checkout journey', 'Segment: Small shop owner', 'Search', 'Purchase',
    'Compare prices quickly', '-1 confused by delivery options', 'Guest checkout and saved payment methods',
    'Insights', 'People compare us with marketplaces']) {
    assert.ok(mapText.includes(expected), `the final map shows "${expected}":\n${mapText}`);
  }
  assert.match(mapText, /emotion -1\.0/, 'the Search stage shows its average emotion');
  assert.match(mapText, /emotion -2\.0/, 'the Purchase stage shows its average emotion');
  assert.match(mapText, /2\. Purchase: min -2 · avg -2\.0 · max -2 \(1 score\) · ⚠ key pain point/, 'the lowest stage is the key pain point');
  assert.doesNotMatch(mapText, /1\. Search: [^\n]*key pain/, 'only the lowest stage is the key pain point');
  assert.doesNotMatch(mapText, /◀ now/, 'nothing is current once all questions were asked');
  assert.ok(fs.statSync(path.join(stack.dir, 'map-final.png')).size > 10_000, 'the map screenshot has content');

  // --- 4. Delete: the Playground cannot delete messages (501), so the live map message says so instead ---
  const maps = await ui.card('Customer journey map').count();
  const confirmation = await expectNew(ui.card('Delete the workshop'), 'delete confirmation', () => sendText('delete'));
  await confirmation.getByRole('button', { name: 'Delete for good' }).click();
  const outcome = ui.card('Deleted Checkout journey');
  await outcome.waitFor({ state: 'visible', timeout: REPLY_TIMEOUT_MS });
  assert.match(await outcome.innerText(), /the live map in the chat \(the chat does not let me delete it/, 'the outcome names the map');
  await ui.card('This workshop was deleted; its map is no longer available.').waitFor({ state: 'visible', timeout: REPLY_TIMEOUT_MS });
  // An older snapshot (from `map`) is replaced by a pointer to the newer map in its own redraw, which may land before or
  // after the count above; once everything settled, no card of the chat shows the deleted workshop's map.
  const settled = await eventually(async () => (await ui.card('Customer journey map').count()) === 0, REPLY_TIMEOUT_MS);
  assert.ok(settled, `no card shows the deleted workshop's map (there were ${maps}, now ${await ui.card('Customer journey map').count()})`);
  await shot('deleted');
  t.diagnostic(`workshop done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
});
