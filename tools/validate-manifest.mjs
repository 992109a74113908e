#!/usr/bin/env node
// Validates the Teams app package folder offline: the manifest and its localization files against the
// JSON schemas bundled in @microsoft/app-manifest, the two icons, and the command keys of the
// localization files.
//
// Usage: node tools/validate-manifest.mjs [dir]   (default: manifest/ next to tools/)
// The folder holds manifest.json (a filled package) or manifest.template.json, whose ${{NAME}}
// placeholders are filled in memory with dummy values.
// Prints {"files":[{"file","errors":[{"path","code","message"}]}],"errorCount":N}; exit 0 = no errors,
// 1 = errors, 2 = usage error.
import { createRequire } from 'node:module';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateSync } from 'node:zlib';

const require = createRequire(import.meta.url);
const { AppManifestUtils } = require('@microsoft/app-manifest');
const PACKAGE_DIR = dirname(require.resolve('@microsoft/app-manifest/package.json'));

const DUMMY_VALUES = {
  TEAMS_APP_ID: '00000000-0000-4000-8000-000000000001',
  BOT_ID: '00000000-0000-4000-8000-000000000002',
  APP_VERSION: '1.0.0',
  BOT_DOMAIN: 'cjmbot.example.com',
};
const ICON_RULES = {
  color: { size: 192, transparent: false },
  outline: { size: 32, transparent: true },
};
const COMMAND_KEY = /^bots\[0\]\.commandLists\[(\d+)\]\.commands\[(\d+)\]\.(title|description|prompt)$/;

function usage(message) {
  process.stderr.write(`${message}\nUsage: node tools/validate-manifest.mjs [dir]\n`);
  process.exit(2);
}

const report = { files: [], errorCount: 0 };
function fileReport(file) {
  const entry = { file, errors: [] };
  report.files.push(entry);
  return (path, code, message) => entry.errors.push({ path, code, message });
}

function readJson(file, add) {
  try {
    return JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  } catch (e) {
    add('', 'InvalidJson', `Cannot read JSON: ${e.message}`);
    return undefined;
  }
}

// Only schemas bundled with the package are used: an unknown $schema would make the library fetch it.
function bundledSchema(schemaUrl) {
  const suffix = typeof schemaUrl === 'string' ? AppManifestUtils.getLocalSchemaSuffix(schemaUrl) : undefined;
  const file = suffix === undefined ? undefined : join(PACKAGE_DIR, 'build', suffix);
  if (file === undefined || !existsSync(file)) {
    return undefined;
  }
  const text = readFileSync(file, 'utf8').replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b');
  return { file, schema: unicodeSafePatterns(JSON.parse(text)) };
}

// The library's ajv compiles patterns with the `u` flag, under which a lone "]" is a syntax error. Some
// bundled schemas have one (the localization schema's activityTypes keys), so escape it, keeping meaning.
function unicodeSafePattern(pattern) {
  try {
    new RegExp(pattern, 'u');
    return pattern;
  } catch {
    let out = '';
    let inClass = false;
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern[i];
      if (c === '\\') {
        out += c + (pattern[i + 1] ?? '');
        i++;
      } else if (c === '[' && !inClass) {
        inClass = true;
        out += c;
      } else if (c === ']') {
        out += inClass ? c : '\\]';
        inClass = false;
      } else {
        out += c;
      }
    }
    return out;
  }
}

function unicodeSafePatterns(node) {
  if (Array.isArray(node)) {
    return node.map(unicodeSafePatterns);
  }
  if (node === null || typeof node !== 'object') {
    return node;
  }
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'pattern' && typeof value === 'string') {
      out[key] = unicodeSafePattern(value);
    } else if (key === 'patternProperties' && value !== null && typeof value === 'object') {
      out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [unicodeSafePattern(k), unicodeSafePatterns(v)]));
    } else {
      out[key] = unicodeSafePatterns(value);
    }
  }
  return out;
}

async function schemaErrors(json, schema, add) {
  for (const line of await AppManifestUtils.validateAgainstSchema(json, schema)) {
    const path = line.split(' ', 1)[0];
    add(path, 'SchemaViolation', line);
  }
}

function fillPlaceholders(text, add) {
  return text.replace(/\$\{\{([A-Z0-9_]+)\}\}/g, (match, name) => {
    if (name in DUMMY_VALUES) {
      return DUMMY_VALUES[name];
    }
    add('', 'UnknownPlaceholder', `Unknown placeholder ${match}.`);
    return match;
  });
}

// Minimal PNG reader: IHDR, tRNS presence, and the decoded alpha channel for 8-bit RGBA / grey+alpha.
function readPng(buffer) {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (buffer.length < 33 || !buffer.subarray(0, 8).equals(signature)) {
    return undefined;
  }
  const png = { width: 0, height: 0, bitDepth: 0, colorType: 0, interlace: 0, hasTrns: false, idat: [] };
  for (let offset = 8; offset + 12 <= buffer.length; ) {
    const length = buffer.readUInt32BE(offset);
    const type = buffer.toString('ascii', offset + 4, offset + 8);
    const data = buffer.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      png.width = data.readUInt32BE(0);
      png.height = data.readUInt32BE(4);
      png.bitDepth = data[8];
      png.colorType = data[9];
      png.interlace = data[12];
    } else if (type === 'tRNS') {
      png.hasTrns = true;
    } else if (type === 'IDAT') {
      png.idat.push(data);
    } else if (type === 'IEND') {
      break;
    }
    offset += 12 + length;
  }
  return png;
}

// Returns the alpha values of an 8-bit, non-interlaced RGBA or grey+alpha PNG, or undefined otherwise.
function alphaChannel(png) {
  const channels = { 4: 2, 6: 4 }[png.colorType];
  if (channels === undefined || png.bitDepth !== 8 || png.interlace !== 0) {
    return undefined;
  }
  const raw = inflateSync(Buffer.concat(png.idat));
  const stride = png.width * channels;
  const pixels = Buffer.alloc(stride * png.height);
  for (let y = 0; y < png.height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const left = x >= channels ? pixels[y * stride + x - channels] : 0;
      const up = y > 0 ? pixels[(y - 1) * stride + x] : 0;
      const upLeft = x >= channels && y > 0 ? pixels[(y - 1) * stride + x - channels] : 0;
      let predictor = 0;
      if (filter === 1) predictor = left;
      else if (filter === 2) predictor = up;
      else if (filter === 3) predictor = (left + up) >> 1;
      else if (filter === 4) {
        const p = left + up - upLeft;
        const pa = Math.abs(p - left);
        const pb = Math.abs(p - up);
        const pc = Math.abs(p - upLeft);
        predictor = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
      }
      pixels[y * stride + x] = (line[x] + predictor) & 0xff;
    }
  }
  const alpha = [];
  for (let i = channels - 1; i < pixels.length; i += channels) {
    alpha.push(pixels[i]);
  }
  return alpha;
}

function checkIcon(dir, manifest, kind) {
  const rule = ICON_RULES[kind];
  const relative = manifest.icons?.[kind];
  if (typeof relative !== 'string') {
    return; // the schema check reports the missing icon
  }
  const file = join(dir, relative);
  const add = fileReport(file);
  if (!existsSync(file)) {
    add(`icons.${kind}`, 'IconMissing', `Icon file "${relative}" does not exist.`);
    return;
  }
  const png = readPng(readFileSync(file));
  if (png === undefined) {
    add(`icons.${kind}`, 'IconNotPng', `Icon "${relative}" is not a PNG file.`);
    return;
  }
  if (png.width !== rule.size || png.height !== rule.size) {
    add(`icons.${kind}`, 'IconWrongSize', `Icon "${relative}" is ${png.width}x${png.height}; it must be ${rule.size}x${rule.size}.`);
  }
  if (rule.transparent) {
    const hasAlpha = png.colorType === 4 || png.colorType === 6 || png.hasTrns;
    const alpha = hasAlpha ? alphaChannel(png) : undefined;
    if (!hasAlpha || (alpha !== undefined && !alpha.some((a) => a < 255))) {
      add(`icons.${kind}`, 'IconNotTransparent', `Icon "${relative}" must have a transparent background.`);
    }
  }
}

// The privacy and terms links must open the pages the bot itself serves (GET /privacy, /terms) on its own domain,
// never a placeholder publisher's site: they are what the organisation's users read about their data.
function checkLegalUrls(manifest, add) {
  const domains = Array.isArray(manifest.validDomains) ? manifest.validDomains : [];
  for (const [field, path] of [['privacyUrl', '/privacy'], ['termsOfUseUrl', '/terms']]) {
    const value = manifest.developer?.[field];
    let url;
    try {
      url = new URL(value);
    } catch {
      url = undefined;
    }
    if (url === undefined || url.protocol !== 'https:' || !domains.includes(url.host) || url.pathname !== path) {
      add(`developer.${field}`, 'NotTheBotsPage',
        `developer.${field} must be https://<bot domain>${path} (the bot's own page, its domain in validDomains); found ${JSON.stringify(value)}.`);
    }
  }
}

function commandExists(manifest, list, command) {
  return manifest.bots?.[0]?.commandLists?.[list]?.commands?.[command] !== undefined;
}

async function checkLocalization(dir, manifest, file, languageTag) {
  const path = join(dir, file);
  const add = fileReport(path);
  if (!existsSync(path)) {
    add('', 'LocalizationFileMissing', `Localization file "${file}" for "${languageTag}" does not exist.`);
    return;
  }
  const json = readJson(path, add);
  if (json === undefined) {
    return;
  }
  const version = manifest.manifestVersion;
  const expected = bundledSchema(`https://developer.microsoft.com/json-schemas/teams/v${version}/MicrosoftTeams.Localization.schema.json`);
  if (expected === undefined) {
    add('', 'NoBundledSchema', `No bundled localization schema for manifest version ${JSON.stringify(version)}.`);
    return;
  }
  if (json.$schema !== undefined) {
    const declared = bundledSchema(json.$schema);
    if (declared === undefined || declared.file !== expected.file) {
      add('$schema', 'WrongSchema', `"$schema" must be the v${version} localization schema (found ${JSON.stringify(json.$schema)}).`);
    }
  }
  await schemaErrors(json, expected.schema, add);
  for (const key of Object.keys(json)) {
    const match = COMMAND_KEY.exec(key);
    if (match && !commandExists(manifest, Number(match[1]), Number(match[2]))) {
      add(key, 'UnknownCommandKey', `"${key}" names a command that the manifest does not have.`);
    }
  }
}

async function main() {
  const args = process.argv.slice(2);
  if (args.length > 1) {
    usage('Give at most one folder.');
  }
  const dir = resolve(args[0] ?? join(dirname(fileURLToPath(import.meta.url)), '..', 'manifest'));
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    usage(`Not a folder: ${dir}`);
  }
  const filled = join(dir, 'manifest.json');
  const template = join(dir, 'manifest.template.json');
  const manifestFile = existsSync(filled) ? filled : existsSync(template) ? template : undefined;
  if (manifestFile === undefined) {
    usage(`Neither manifest.json nor manifest.template.json in ${dir}`);
  }

  const add = fileReport(manifestFile);
  let manifest;
  try {
    const text = readFileSync(manifestFile, 'utf8').replace(/^\uFEFF/, '');
    manifest = JSON.parse(manifestFile === template ? fillPlaceholders(text, add) : text);
  } catch (e) {
    add('', 'InvalidJson', `Cannot read JSON: ${e.message}`);
  }
  if (manifest !== undefined) {
    if (manifestFile === filled && /\$\{\{[A-Z0-9_]+\}\}/.test(JSON.stringify(manifest))) {
      add('', 'UnfilledPlaceholder', 'manifest.json still contains ${{...}} placeholders.');
    }
    const bundled = bundledSchema(manifest.$schema);
    if (bundled === undefined) {
      add('$schema', 'NoBundledSchema', `"$schema" ${JSON.stringify(manifest.$schema)} is not a schema bundled with @microsoft/app-manifest.`);
    } else {
      await schemaErrors(manifest, bundled.schema, add);
    }
    checkLegalUrls(manifest, add);
    checkIcon(dir, manifest, 'color');
    checkIcon(dir, manifest, 'outline');
    const info = manifest.localizationInfo ?? {};
    const files = (info.additionalLanguages ?? []).map((l) => [l.file, l.languageTag]);
    if (typeof info.defaultLanguageFile === 'string') {
      files.unshift([info.defaultLanguageFile, info.defaultLanguageTag]);
    }
    for (const [file, tag] of files) {
      if (typeof file === 'string') {
        await checkLocalization(dir, manifest, file, tag);
      }
    }
  }

  report.errorCount = report.files.reduce((sum, f) => sum + f.errors.length, 0);
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  process.exit(report.errorCount === 0 ? 0 : 1);
}

await main();
