#!/usr/bin/env node
// Validates Adaptive Cards the way Teams will see them: the official JS library (dist bundle, because
// its ESM `lib/` does not load in Node) at schema 1.5 with the Teams host limit of 6 actions, plus the
// Teams rules the library does not know about.
//
// Usage: node tools/validate-cards.mjs <file-or-dir>...
// Each file holds a bare AdaptiveCard, an attachment {contentType, content}, an activity {attachments: []}
// or an invoke response {type, value}. Directories are searched recursively for *.json.
// Prints {"files":[{"file","errors":[{"path","code","message"}]}],"errorCount":N}; exit 0 = no errors,
// 1 = errors, 2 = usage error.
import { createRequire } from 'node:module';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const AC = require('adaptivecards/dist/adaptivecards.js');

const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';
const REQUIRED_VERSION = '1.5';
const MAX_ACTIONS = 6;
const MAX_COLUMNS = 3;
// Teams measures message size in UTF-16; 80 KB is the recommended ceiling below the hard ~100 KB limit.
const MAX_CARD_BYTES_UTF16 = 80 * 1024;
// Rendered by Teams but unknown to the library; mobile clients lack some of them, hence the fallback rule.
const TEAMS_ONLY_TYPES = new Set(['Icon', 'Badge', 'Rating', 'Input.Rating', 'CodeBlock']);
const isTeamsOnlyType = (type) => TEAMS_ONLY_TYPES.has(type) || type.startsWith('Chart.');
// Free-form payloads that may legitimately contain a "type" key of their own.
const OPAQUE_KEYS = new Set(['data', 'msteams', 'msTeams', 'metadata']);

function usage(message) {
  process.stderr.write(`${message}\nUsage: node tools/validate-cards.mjs <card.json|dir>...\n`);
  process.exit(2);
}

function collectFiles(target, out) {
  let stat;
  try {
    stat = statSync(target);
  } catch {
    usage(`Not found: ${target}`);
  }
  if (stat.isDirectory()) {
    for (const entry of readdirSync(target).sort()) {
      const child = join(target, entry);
      if (statSync(child).isDirectory() || entry.toLowerCase().endsWith('.json')) {
        collectFiles(child, out);
      }
    }
  } else {
    out.push(target);
  }
}

// Returns [{path, card}] for every adaptive card the JSON document carries.
function extractCards(doc) {
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
    return { cards: [], error: 'The file must hold a JSON object (a card, an attachment or an activity).' };
  }
  if (Array.isArray(doc.attachments)) {
    const cards = [];
    doc.attachments.forEach((attachment, i) => {
      if (attachment && attachment.contentType === ADAPTIVE_CARD_CONTENT_TYPE) {
        cards.push({ path: `attachments[${i}].content`, card: attachment.content });
      }
    });
    return cards.length > 0
      ? { cards }
      : { cards, error: `No attachment with contentType "${ADAPTIVE_CARD_CONTENT_TYPE}" found.` };
  }
  if (typeof doc.contentType === 'string') {
    return doc.contentType === ADAPTIVE_CARD_CONTENT_TYPE
      ? { cards: [{ path: 'content', card: doc.content }] }
      : { cards: [], error: `Attachment contentType is "${doc.contentType}", not "${ADAPTIVE_CARD_CONTENT_TYPE}".` };
  }
  if (doc.type === ADAPTIVE_CARD_CONTENT_TYPE && 'value' in doc) {
    return { cards: [{ path: 'value', card: doc.value }] };
  }
  return { cards: [{ path: '$', card: doc }] };
}

// adaptivecards 3.0.6 declares its `lang` pattern with the /g flag, so RegExp.exec keeps lastIndex
// between calls and the second card of a run fails on a valid "ru". Resetting it before each card
// keeps every card judged on its own.
function resetStatefulPatterns() {
  const pattern = AC.CardElement.langProperty?.regEx;
  if (pattern) {
    pattern.lastIndex = 0;
  }
}

function libraryErrors(card) {
  resetStatefulPatterns();
  const errors = [];
  const context = new AC.SerializationContext();
  context.targetVersion = AC.Versions.v1_5;
  const parsed = new AC.AdaptiveCard();
  parsed.hostConfig = new AC.HostConfig({ actions: { maxActions: MAX_ACTIONS } });
  parsed.parse(card, context);
  const events = [];
  for (let i = 0; i < context.eventCount; i++) {
    events.push(context.getEventAt(i));
  }
  events.push(...parsed.validateProperties().validationEvents);
  for (const event of events) {
    const code = AC.ValidationEvent[event.event] ?? String(event.event);
    if (code === 'UnknownElementType' || code === 'UnknownActionType') {
      const typeName = /"([^"]+)"/.exec(event.message)?.[1];
      // Allowed types are checked for a fallback by ownErrors, which knows where they sit.
      if (code === 'UnknownElementType' && typeName !== undefined && isTeamsOnlyType(typeName)) {
        continue;
      }
    }
    errors.push({ path: '', code, message: event.message });
  }
  return errors;
}

function ownErrors(card) {
  const errors = [];
  const add = (path, code, message) => errors.push({ path, code, message });
  if (card === null || typeof card !== 'object' || Array.isArray(card)) {
    add('', 'NotAnObject', 'The card must be a JSON object.');
    return errors;
  }
  if (card.type !== 'AdaptiveCard') {
    add('type', 'RootTypeNotAdaptiveCard', `Root "type" must be "AdaptiveCard" (found ${JSON.stringify(card.type)}).`);
  }
  if (card.version === undefined) {
    add('version', 'MissingVersion', `Card "version" is missing; Teams bots must declare "${REQUIRED_VERSION}".`);
  } else if (card.version !== REQUIRED_VERSION) {
    add('version', 'WrongVersion', `Card "version" must be "${REQUIRED_VERSION}" (found ${JSON.stringify(card.version)}).`);
  }
  const size = JSON.stringify(card).length * 2;
  if (size > MAX_CARD_BYTES_UTF16) {
    add('', 'CardTooLarge', `Card is ${size} bytes as UTF-16; the limit is ${MAX_CARD_BYTES_UTF16}.`);
  }

  const visit = (node, path) => {
    if (Array.isArray(node)) {
      node.forEach((item, i) => visit(item, `${path}[${i}]`));
      return;
    }
    if (node === null || typeof node !== 'object') {
      return;
    }
    const type = typeof node.type === 'string' ? node.type : undefined;
    const where = path || '$';
    if (type !== undefined && path !== '') {
      if (isTeamsOnlyType(type) && node.fallback === undefined) {
        add(where, 'TeamsOnlyElementWithoutFallback', `"${type}" is Teams-only and not rendered everywhere; give it a "fallback".`);
      }
      if (type === 'TextBlock' && node.wrap !== true) {
        add(where, 'TextBlockWithoutWrap', 'TextBlock must set "wrap": true (text is cut off on mobile otherwise).');
      }
      if (type.startsWith('Input.')) {
        if (typeof node.id !== 'string' || node.id.length === 0) {
          add(where, 'InputWithoutId', `${type} must have an "id" (its value is not submitted otherwise).`);
        }
        if (node.label === undefined || node.label === '') {
          add(where, 'InputWithoutLabel', `${type} must have a "label" (accessibility).`);
        }
      }
      if (type === 'ColumnSet' && Array.isArray(node.columns) && node.columns.length > MAX_COLUMNS) {
        add(where, 'TooManyColumns', `ColumnSet has ${node.columns.length} columns; at most ${MAX_COLUMNS} fit on mobile.`);
      }
    }
    for (const [key, value] of Object.entries(node)) {
      if (!OPAQUE_KEYS.has(key) && value !== null && typeof value === 'object') {
        visit(value, path ? `${path}.${key}` : key);
      }
    }
  };
  visit(card, '');
  return errors;
}

function validateFile(file) {
  let doc;
  try {
    doc = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  } catch (e) {
    return [{ path: '', code: 'InvalidJson', message: `Cannot read JSON: ${e.message}` }];
  }
  const { cards, error } = extractCards(doc);
  const errors = error ? [{ path: '', code: 'NoAdaptiveCard', message: error }] : [];
  for (const { path, card } of cards) {
    const cardErrors = card !== null && typeof card === 'object' && !Array.isArray(card)
      ? [...libraryErrors(card), ...ownErrors(card)]
      : [{ path: '', code: 'NotAnObject', message: 'The card must be a JSON object.' }];
    for (const e of cardErrors) {
      const inner = e.path === '' ? path : path === '$' ? e.path : `${path}.${e.path}`;
      errors.push({ path: inner === '$' ? '' : inner, code: e.code, message: e.message });
    }
  }
  return errors;
}

const targets = process.argv.slice(2);
if (targets.length === 0) {
  usage('No card files or directories given.');
}
const files = [];
for (const target of targets) {
  collectFiles(resolve(target), files);
}
if (files.length === 0) {
  usage('No *.json files found.');
}
const report = { files: files.map((file) => ({ file, errors: validateFile(file) })), errorCount: 0 };
report.errorCount = report.files.reduce((sum, f) => sum + f.errors.length, 0);
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
process.exit(report.errorCount === 0 ? 0 : 1);
