// Asynchronous contributors in the Playground: a facilitator runs a workshop in the team channel and invites a
// second user; the bot opens a personal chat with them (proactive create-conversation) and sends the invitation;
// the second user presses Start and answers there, in the browser; the answer appears on the channel's live map,
// marked as given in a personal chat, and the browser shows it in My Team - General.
//
// The Playground's web UI always acts as its current user (Alex Wilber), and its create-conversation opens a
// personal chat the UI shows only for that user (for anyone else it invents a chat no UI displays). So the second
// user, who answers in the browser, is Alex, and the facilitator is Megan Bowen, who acts in the channel thread
// through the Playground's "Mock an Activity" relay (POST /_internal/v1/customActivities) with her own `from`:
// the bot sees exactly what Teams would send for her.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { startStack, cardTexts, eventually, UI } from './harness.mjs';

const FRAME_TIMEOUT_MS = 20_000;
const ANSWER = 'Checkout asks for too many details';

const cardJson = (message) => JSON.stringify((message?.attachments ?? []).map((a) => a.content ?? null));

test('async contributor: the second user answers in the personal chat and the answer shows on the channel map',
  { timeout: 150_000 }, async (t) => {
    const stack = await startStack(t, 'async-contributor');
    const { config } = await stack.config();
    const channelId = config.teams[0].channels[0].id;
    const chatId = config.personalChat.id;
    const contributor = config.currentUser;
    const facilitator = config.users[0];
    const bot = config.bot;
    const mention = (who) => ({ type: 'mention', mentioned: { id: who.id, name: who.name }, text: `<at>${who.name}</at>` });
    const stream = await stack.openConversationStream();
    t.after(() => fs.writeFileSync(path.join(stack.dir, 'ws-frames.json'), JSON.stringify(stream.messages, null, 2)));
    const created = (predicate, what) => stream.waitFor((f) => f.action === 'createMessage' && predicate(f), FRAME_TIMEOUT_MS, what);

    const ui = await stack.openBrowser();
    await ui.open();

    // --- 1. A thread in the channel (posted through the UI, which shows only threads it saw start), where the
    //        facilitator (Megan) then starts a workshop ------------------------------------------------------------
    await ui.openConversation('My Team - General');
    const composer = ui.newPostComposer();
    await ui.compose([{ mentionPrefix: '@Tes', mention: 'Test Bot' }, ' help'], composer);
    await composer.locator(UI.post).click();
    const help = await created((f) => cardTexts(f.message).includes('CjmBot commands'), 'the help card that opens the thread');
    const threadId = help.actionConversationId;
    const template = await stack.request('GET', `/_internal/v1/customActivities/template?conversationId=${encodeURIComponent(threadId)}`);
    let sent = 0;
    const asFacilitator = (fields) => {
      sent += 1;
      return stack.request('POST', '/_internal/v1/customActivities', {
        ...template,
        id: `async-e2e-${Date.now()}-${sent}`,
        timestamp: new Date().toISOString(),
        type: 'message',
        from: { id: facilitator.id, name: facilitator.name, aadObjectId: facilitator.aadObjectId },
        locale: 'en-US',
        ...fields,
      });
    };
    const say = (text, mentioned = []) => asFacilitator({
      text: `<at>${bot.name}</at> ${text}`, textFormat: 'plain', entities: [mention(bot), ...mentioned.map(mention)],
    });

    await say('new');
    const setup = await created((f) => cardTexts(f.message).includes('New customer journey map'), 'the setup card in the thread');
    await asFacilitator({
      text: '',
      replyToId: setup.message.messageId,
      value: {
        verb: 'workshop.create', title: 'Checkout journey', product: 'Online store', goal: 'Find why people abandon checkout',
        mapType: 'CurrentState', template: 'Custom', customStages: 'Search, Purchase', segments: 'Small shop owner: runs a shop of 5',
        kpi: 'false', anonymous: 'false', timebox: '', language: 'en',
      },
    });
    const map = await created((f) => cardTexts(f.message).some((text) => text.startsWith('Customer journey map')), 'the live map in the thread');
    await created((f) => cardTexts(f.message).includes("What is the customer's goal at this stage?"), 'the live question in the thread');

    // --- 2. The facilitator invites the contributor: the bot opens the personal chat -----------------------------
    await say(`invite <at>${contributor.name}</at>`, [contributor]);
    await created(
      (f) => f.actionConversationId === chatId && cardTexts(f.message).includes('Your view of the customer journey'),
      'the invitation card in the personal chat');
    await created((f) => (f.message?.text ?? '').includes(`Invited in their personal chat: ${contributor.name}`), 'the report to the facilitator');

    // --- 3. In the browser, the contributor presses Start and answers --------------------------------------------
    await ui.openConversation('Personal Chat');
    const invitation = ui.card('Your view of the customer journey');
    await invitation.first().waitFor({ state: 'visible', timeout: FRAME_TIMEOUT_MS });
    await ui.screenshot('invitation');
    await invitation.first().getByRole('button', { name: 'Start' }).click();
    const firstQuestion = ui.card('Checkout journey · question 1 of 12');
    await firstQuestion.first().waitFor({ state: 'visible', timeout: FRAME_TIMEOUT_MS });
    assert.match(await firstQuestion.first().innerText(), /What is the customer's goal at this stage\?/);
    await ui.page.locator(UI.textbox).first().click();
    await ui.page.keyboard.insertText(ANSWER);
    await ui.page.locator(UI.send).click();
    await ui.messageText(/✓ Recorded: Goal · Search/, FRAME_TIMEOUT_MS);
    await ui.card('Checkout journey · question 2 of 12').first().waitFor({ state: 'visible', timeout: FRAME_TIMEOUT_MS });
    await ui.screenshot('answered-in-personal-chat');

    // --- 4. The channel's live map shows the answer -----------------------------------------------------------------
    const mapId = map.message.messageId;
    const updated = await stream.waitFor(
      (f) => f.action === 'updateMessage' && f.message?.messageId === mapId && cardJson(f.message).includes(ANSWER),
      FRAME_TIMEOUT_MS, 'the live map updated with the answer');
    assert.ok(cardJson(updated.message).includes(` — ${contributor.name} · in personal chat`), 'marked as given in a personal chat');

    await ui.openConversation('My Team - General');
    const mapCard = ui.card(ANSWER);
    const visible = await eventually(async () => (await mapCard.count()) > 0, FRAME_TIMEOUT_MS);
    if (visible) {
      await mapCard.first().scrollIntoViewIfNeeded();
      await mapCard.first().screenshot({ path: path.join(stack.dir, 'channel-map-with-async-answer.png') });
    } else {
      await ui.screenshot('channel-map-missing');
    }
    assert.ok(visible, `the channel shows the map with "${ANSWER}" (see ${stack.dir})`);
    const mapText = await mapCard.first().innerText();
    assert.match(mapText, /Customer journey map/, mapText);
    assert.ok(mapText.includes(`${contributor.name} · in personal chat`), `the map names the contributor and the personal chat:\n${mapText}`);
  });
