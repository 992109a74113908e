// The live full map: a two-segment workshop run in the Playground's personal chat (through its backend, as the web UI
// would send it), the "Open full map" link taken from the live map card and opened in Chromium; every answer of both
// segments is on the page; then more answers typed in the Playground's chat appear on the open page by themselves
// (no reload) within 1 s, the issue's acceptance criterion. axe-core checks the page, light and dark, the tab pages and the
// privacy and terms pages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { startStack, cardTexts, cardActions, ROOT, UI } from './harness.mjs';

const FRAME_TIMEOUT_MS = 20_000;

/** The acceptance criterion of issue 14: an answer shows on an open page within 1 s, without reload. */
const LIVE_LIMIT_MS = 1_000;

const STAGES = ['Search', 'Purchase'];
const LANES = ['Goal', 'Touchpoints', 'Emotions', 'Barriers', 'Solutions', 'Channels'];
const SEGMENTS = [
  {
    line: 'Small shop owner: runs a shop of 5',
    answers: {
      Search: ['Compare prices quickly', 'Search engine ads and a price comparison site', '-1 confused by delivery options',
        'Shipping costs only appear at checkout #reviews', 'Show the delivery price on the product page', 'Price comparison sites and newsletters'],
      Purchase: ['Pay quickly without creating an account', 'Checkout page and the payment provider', '-2 angry when the card payment fails twice',
        'Mandatory registration before paying', 'Guest checkout and saved payment methods', 'Order confirmation email and SMS'],
    },
  },
  {
    line: 'Procurement manager: buys for 200 people',
    answers: {
      Search: ['Find a supplier with invoices', 'Industry catalogue and LinkedIn posts', '+1 relieved to see volume pricing',
        'No price list for business accounts', 'Publish a business price list', 'Sales team calls and webinars'],
      Purchase: ['Order on account with approval', 'Quote form and the account manager', '0 neutral, it takes a week as always',
        'Approval takes several emails', 'One-click approval link for the budget owner', 'Procurement portal integration'],
    },
  },
];

/** Typed in the Playground's chat while the page is open, at the last question (Channels of Purchase): the first one ends the session, the rest still go to it. */
const LIVE_ANSWERS = ['Partner marketplaces for repeat orders', 'A monthly digest for purchasing teams', 'WhatsApp for urgent reorders'];

/** What the page shows of an answer: an emotion's leading score is a badge of its own. */
const shownText = (answer) => answer.replace(/^[-+]?\d\s+/, '').replace(/\s+#\p{L}+$/u, '');

/** Filed by `insight` during the first segment's Search stage. */
const INSIGHT = 'People compare us with marketplaces';

test('full map: the link from the map card shows every answer of two segments, and new answers within 1 s without reload',
  { timeout: 150_000 }, async (t) => {
    const stack = await startStack(t, 'full-map');
    const { config } = await stack.config();
    const chatId = config.personalChat.id;
    const user = { id: config.currentUser.id, name: config.currentUser.name };
    const stream = await stack.openConversationStream();
    t.after(() => fs.writeFileSync(path.join(stack.dir, 'ws-frames.json'), JSON.stringify(stream.messages, null, 2)));

    /** The first createMessage in the personal chat from frame `since` on that satisfies `predicate`. */
    const created = (since, predicate, what) => stream.waitFor(
      (f) => f.action === 'createMessage' && f.actionConversationId === chatId && stream.messages.indexOf(f) >= since && predicate(f),
      FRAME_TIMEOUT_MS, what);
    const send = (text) => stack.request('POST', `/_conversation/v1/conversations/${encodeURIComponent(chatId)}/messages`,
      { type: 'text', text, textFormat: 'plain', from: user });
    const press = (message, action) => stack.request('POST', '/_conversation/v1/submit', {
      conversation: { id: chatId }, replyToId: message.messageId, value: action.data, from: user,
    });
    const actionOf = (message, verb) => cardActions(message).find((a) => a.data?.verb === verb);
    const isQuestionCard = (f) => actionOf(f.message, 'workshop.next') !== undefined;

    // --- 1. The workshop: setup card, two segments, two stages ---------------------------------------------------------
    let since = stream.messages.length;
    await send('new');
    const setup = await created(since, (f) => cardTexts(f.message).includes('New customer journey map'), 'the setup card');
    since = stream.messages.length;
    await press(setup.message, {
      data: {
        verb: 'workshop.create', title: 'Checkout journey', product: 'Online store', goal: 'Find why people abandon checkout',
        mapType: 'CurrentState', template: 'Custom', customStages: STAGES.join(', '), segments: SEGMENTS.map((s) => s.line).join('\n'),
        kpi: 'false', anonymous: 'false', timebox: '', language: 'en',
      },
    });
    const mapCard = await created(since, (f) => cardTexts(f.message).some((text) => text.startsWith('Customer journey map')), 'the live map card');
    let question = await created(since, isQuestionCard, 'the first question card');

    const openFullMap = cardActions(mapCard.message).find((a) => a.type === 'Action.OpenUrl' && a.title === 'Open full map');
    assert.ok(openFullMap, `the map card offers "Open full map": ${JSON.stringify(cardActions(mapCard.message).map((a) => a.title))}`);
    const mapUrl = openFullMap.url;
    assert.match(mapUrl, new RegExp(`^${stack.botUrl}/map/[^/?]+\\?lang=en&exp=\\d+&sig=`), 'a signed link to this bot\'s map page');

    // --- 2. Every question of both segments answered in the chat, moved on by the question card's Next ----------------
    const order = SEGMENTS.flatMap((segment, s) => STAGES.flatMap((stage) => LANES.map((lane, q) => ({ s, stage, lane, answer: segment.answers[stage][q] }))));
    // The last question is left to the live answers below, so that the session is still at it while the page is checked.
    const answered = order.slice(0, -1);
    for (const [i, { stage, lane, answer }] of answered.entries()) {
      since = stream.messages.length;
      await send(answer);
      await created(since, (f) => (f.message?.text ?? '').startsWith(`✓ Recorded: ${lane} · ${stage}`), `"✓ Recorded: ${lane} · ${stage}" for "${answer}"`);
      // Alone in a personal chat, each answer moves the session on by itself.
      question = await created(since, isQuestionCard, `the question card after ${lane} · ${stage}`);
      if (i === 3) {
        since = stream.messages.length;
        await send(`insight ${INSIGHT}`);
        await created(since, (f) => (f.message?.text ?? '').includes('Insight noted'), 'the insight noted');
      }
    }

    // --- 3. The page, opened from the card's link: both segments, every answer, with its author ---------------------
    // The page and the chat in two browsers, both in front: a background tab would be throttled.
    const { page: map } = await stack.openBrowser();
    const response = await map.goto(mapUrl, { waitUntil: 'load' });
    assert.equal(response.status(), 200, `GET ${mapUrl}`);
    await map.locator('#live-state', { hasText: 'Live' }).waitFor({ state: 'visible', timeout: 10_000 });
    for (const [s, segment] of SEGMENTS.entries()) {
      const section = await map.locator(`#seg-${s}`).innerText();
      assert.ok(section.includes(`Segment: ${segment.line.split(':')[0]}`), `section ${s} names its segment:\n${section}`);
      for (const { stage, answer } of answered.filter((entry) => entry.s === s)) {
        assert.ok(section.includes(shownText(answer)), `segment ${s + 1} shows "${answer}" (${stage}):\n${section}`);
      }
      assert.equal(section.includes(INSIGHT), s === 0, `only segment 1 shows the insight "${INSIGHT}"`);
      const other = SEGMENTS[1 - s].answers.Search[0];
      assert.ok(!section.includes(other), `segment ${s + 1} does not show the other segment's "${other}"`);
    }
    assert.equal(await map.locator('#seg-0 .tag.source', { hasText: 'Reviews' }).count(), 1, 'the cited source is shown');
    assert.equal(await map.locator('li .by', { hasText: `— ${user.name}` }).count(), answered.length, 'every answer names its author');
    assert.match(await map.locator('#seg-1 thead th.current').innerText(), /2\. Purchase/, 'the current stage is highlighted');

    await axeCheck(t, map, stack.dir, 'light');
    await map.emulateMedia({ colorScheme: 'dark' });
    await axeCheck(t, map, stack.dir, 'dark');
    await map.emulateMedia({ colorScheme: 'light' });
    // The Teams tab pages, in Russian: the personal tab (which now lists this map) and the configuration page.
    for (const [name, route] of [['tab-ru', '/tab?lang=ru'], ['tab-config-ru', '/tab/config?lang=ru']]) {
      const tab = await map.context().newPage();
      await tab.goto(`${stack.botUrl}${route}`, { waitUntil: 'load' });
      assert.equal(await tab.locator('html').getAttribute('lang'), 'ru', `${route} is in Russian`);
      await tab.locator('#recent button', { hasText: 'Checkout journey' }).waitFor({ state: 'visible', timeout: 5_000 });
      await axeCheck(t, tab, stack.dir, name);
      await tab.close();
    }
    // The privacy statement and the terms (the manifest's links), one in each language.
    for (const [name, route, heading] of [['privacy-ru', '/privacy?lang=ru', 'CjmBot: заявление о конфиденциальности'], ['terms-en', '/terms', 'CjmBot terms of use']]) {
      const legal = await map.context().newPage();
      const answer = await legal.goto(`${stack.botUrl}${route}`, { waitUntil: 'load' });
      assert.equal(answer.status(), 200, `GET ${route}`);
      assert.equal(await legal.locator('h1').innerText(), heading, `${route} is headed "${heading}"`);
      await axeCheck(t, legal, stack.dir, name);
      await legal.close();
    }

    // --- 4. Live: answers typed in the Playground's chat show on the open page within 1 s, without reload ------------
    await map.evaluate(() => { window.cjmbotNotReloaded = true; });
    const playground = await stack.openBrowser();
    await playground.open();
    const { page: chat } = playground;
    const delays = [];
    for (const answer of LIVE_ANSWERS) {
      // The page notes the moment the answer's text lands in it (a MutationObserver, no polling).
      const shown = map.evaluate((text) => new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (document.body.textContent.includes(text)) {
            observer.disconnect();
            resolve(Date.now());
          }
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      }), answer);
      since = stream.messages.length;
      await chat.locator(UI.textbox).first().click();
      await chat.keyboard.insertText(answer);
      const sentAt = Date.now();
      await chat.locator(UI.send).click();
      const recorded = created(since, (f) => (f.message?.text ?? '').startsWith('✓ Recorded: Channels · Purchase'), `"✓ Recorded" for "${answer}"`)
        .then(() => Date.now());
      const shownAt = await Promise.race([
        shown,
        new Promise((resolve) => { setTimeout(() => resolve(undefined), 10_000); }),
      ]);
      const recordedAt = await recorded;
      assert.ok(shownAt, `"${answer}" did not appear on the open page within 10 s (see ${stack.dir})`);
      const delay = shownAt - sentAt;
      delays.push(delay);
      t.diagnostic(`"${answer}": on the page ${delay} ms after Send (the chat's "✓ Recorded" after ${recordedAt - sentAt} ms)`);
    }
    assert.equal(await map.evaluate(() => window.cjmbotNotReloaded), true, 'the page was updated in place, not reloaded');
    const cell = await map.locator('#seg-1 tbody tr').filter({ has: map.locator('th', { hasText: /^Channels$/ }) }).locator('td').nth(1).innerText();
    for (const answer of LIVE_ANSWERS) assert.ok(cell.includes(answer), `Channels · Purchase of segment 2 shows "${answer}":\n${cell}`);
    t.diagnostic(`live delays (Send in the chat → on the page): ${delays.join(', ')} ms; max ${Math.max(...delays)} ms`);

    const screenshot = path.join(stack.dir, 'full-map.png');
    await map.screenshot({ path: screenshot, fullPage: true });
    assert.ok(fs.statSync(screenshot).size > 20_000, 'the screenshot has content');
    for (const [i, delay] of delays.entries()) {
      assert.ok(delay <= LIVE_LIMIT_MS,
        `issue 14 asks for an answer on the open page within ${LIVE_LIMIT_MS} ms of sending it; "${LIVE_ANSWERS[i]}" took ${delay} ms ` +
        `(all: ${delays.join(', ')} ms; MapPage:PollInterval and the bot's log in ${stack.dir})`);
    }
  });

/** Runs axe-core in the page and fails on any serious or critical violation; every violation is written to a file. */
async function axeCheck(t, page, dir, name) {
  const source = fs.readFileSync(createRequire(path.join(ROOT, 'tools', 'package.json')).resolve('axe-core/axe.min.js'), 'utf8');
  // Evaluated through the DevTools protocol: the page's CSP admits no script but its own, and rightly so.
  await page.evaluate(source);
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  fs.writeFileSync(path.join(dir, `axe-${name}.json`), JSON.stringify(result.violations, null, 2));
  const summary = result.violations.map((v) => `${v.impact} ${v.id} (${v.nodes.length}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ')}`);
  t.diagnostic(`axe-core ${result.testEngine.version}, ${name}: ${result.violations.length} violations${summary.length ? `\n${summary.join('\n')}` : ''}`);
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.equal(serious.length, 0, `axe-core found serious or critical violations on the page (${name}), see ${path.join(dir, `axe-${name}.json`)}:\n${summary.join('\n')}`);
}
