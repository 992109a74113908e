// Action.Submit round trip through the Playground backend, no browser: `help` → card → submit
// {verb: help.language, language: ru} → the bot updates the same card message to Russian.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { startStack, cardTexts } from './harness.mjs';

const FRAME_TIMEOUT_MS = 20_000;

test('Action.Submit help.language=ru updates the help card message in place', { timeout: 40_000 }, async (t) => {
  const stack = await startStack(t, 'submit-roundtrip');
  const { config } = await stack.config();
  const chatId = config.personalChat.id;
  const user = { id: config.currentUser.id };
  const stream = await stack.openConversationStream();
  t.after(() => {
    fs.writeFileSync(path.join(stack.dir, 'ws-frames.json'), JSON.stringify(stream.messages, null, 2));
  });
  const inChat = (frame, action) => frame.action === action && frame.actionConversationId === chatId;

  await stack.request('POST', `/_conversation/v1/conversations/${encodeURIComponent(chatId)}/messages`,
    { type: 'text', text: 'help', textFormat: 'plain', from: user });
  const created = await stream.waitFor(
    (f) => inChat(f, 'createMessage') && cardTexts(f.message).includes('CjmBot commands'),
    FRAME_TIMEOUT_MS, 'createMessage with the "CjmBot commands" card');
  const cardId = created.message.messageId;
  assert.ok(cardId, 'the card message has an id');

  await stack.request('POST', '/_conversation/v1/submit', {
    conversation: { id: chatId },
    replyToId: cardId,
    value: { verb: 'help.language', language: 'ru' },
    from: user,
  });
  const updated = await stream.waitFor(
    (f) => inChat(f, 'updateMessage') && f.message?.messageId === cardId,
    FRAME_TIMEOUT_MS, `updateMessage of card ${cardId}`);
  const texts = cardTexts(updated.message);
  assert.ok(texts.includes('Команды CjmBot'), `the updated card should read "Команды CjmBot": ${JSON.stringify(texts)}`);
  assert.ok(!texts.includes('CjmBot commands'), 'the English heading is gone');
  const newCards = stream.messages.filter((f) => inChat(f, 'createMessage') && f.message?.messageId !== cardId
    && cardTexts(f.message).includes('Команды CjmBot'));
  assert.equal(newCards.length, 0, 'the Russian card replaces the old one instead of being posted anew');
});
