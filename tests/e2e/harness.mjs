// End-to-end harness: starts the built bot and a Microsoft 365 Agents Playground pointed at it on free
// loopback ports, drives the Playground's backend and web UI (headless Debian chromium), and stops
// everything it started, also when a test fails.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { WsTextStream } from './ws-client.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const ARTIFACTS = path.join(ROOT, '.test-artifacts', 'e2e');
export const CHROMIUM = '/usr/bin/chromium';
const TOOLS_PACKAGE = path.join(ROOT, 'tools', 'package.json');
const PLAYGROUND_CLI = path.join(ROOT, 'tools', 'node_modules', '@microsoft', 'm365agentsplayground', 'cli.js');
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
const BOT_START_MS = 30_000;
const PLAYGROUND_START_MS = 20_000;
const STOP_MS = 5_000;

/** Selectors of the Playground web UI (0.2.28). */
export const UI = {
  textbox: 'div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
  send: 'button[aria-label="Send Message"]',
  post: 'button:has-text("Post")',
  mentionItem: (name) => `div[role="menuitem"]:has-text("${name}")`,
  conversation: (label) => `button[role="treeitem"][aria-label="${label}"]`,
  card: '.ac-adaptiveCard',
  toggleLog: 'button[title="Toggle Log Panel"]',
};

const running = new Set();
const browserProfiles = new Set();
const killRunning = () => {
  for (const service of running) service.kill('SIGKILL');
  for (const dir of browserProfiles) fs.rmSync(dir, { recursive: true, force: true });
};
process.once('exit', killRunning);
// Interrupted runs must not leave a bot or a Playground behind (a signal skips the 'exit' event).
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]]) {
  process.once(signal, () => {
    killRunning();
    process.exit(code);
  });
}

function missingTools() {
  return new Error('tools/node_modules is missing (no Agents Playground at ' +
    `${path.relative(ROOT, PLAYGROUND_CLI)}): run 'npm ci --prefix tools' or scripts/test.sh`);
}

/** Fails (never skips) when a prerequisite is missing. */
export function requirePrerequisites({ browser = false } = {}) {
  if (!fs.existsSync(PLAYGROUND_CLI)) throw missingTools();
  if (browser && !fs.existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: run 'apt-get update && apt-get install -y chromium' as root, or scripts/test.sh`);
  }
}

/** The built bot host: CJMBOT_CONFIGURATION (Debug/Release) if set, else the newest build. */
export function botDll() {
  const configurations = process.env.CJMBOT_CONFIGURATION ? [process.env.CJMBOT_CONFIGURATION] : ['Debug', 'Release'];
  const candidates = configurations
    .map((c) => path.join(ROOT, 'src', 'CjmBot.Web', 'bin', c, 'net10.0', 'CjmBot.Web.dll'))
    .filter((p) => fs.existsSync(p))
    .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs);
  if (candidates.length === 0) {
    throw new Error(`the bot is not built (no src/CjmBot.Web/bin/{${configurations.join(',')}}/net10.0/CjmBot.Web.dll): ` +
      "run 'dotnet build CjmBot.sln' or scripts/test.sh");
  }
  return candidates[0];
}

// CJMBOT_E2E_PORTS=first-last keeps the bots and Playgrounds in a range (several runs share one machine);
// otherwise the system picks any free port.
const portRange = (process.env.CJMBOT_E2E_PORTS ?? '').match(/^(\d+)-(\d+)$/);
let nextInRange = portRange ? Number(portRange[1]) : 0;

function listenOnce(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host: '127.0.0.1' }, () => server.close(() => resolve(true)));
  });
}

export async function freePort() {
  if (portRange) {
    const [first, last] = [Number(portRange[1]), Number(portRange[2])];
    for (let tries = 0; tries <= last - first; tries += 1) {
      const port = nextInRange;
      nextInRange = port >= last ? first : port + 1;
      if (await listenOnce(port)) return port;
    }
    throw new Error(`no free port in CJMBOT_E2E_PORTS=${process.env.CJMBOT_E2E_PORTS}`);
  }
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen({ port: 0, host: '127.0.0.1' }, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const delay = (ms) => new Promise((resolve) => { setTimeout(resolve, ms); });

/** A child process in its own process group, its output teed to a log file. */
class Service {
  output = '';
  exitCode = undefined;

  constructor(name, command, args, { cwd, env, logPath }) {
    this.name = name;
    this.logPath = logPath;
    const log = fs.createWriteStream(logPath);
    this.child = spawn(command, args, { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    running.add(this);
    const collect = (chunk) => {
      log.write(chunk);
      this.output = (this.output + chunk.toString('utf8')).slice(-64_000);
    };
    this.child.stdout.on('data', collect);
    this.child.stderr.on('data', collect);
    this.exited = new Promise((resolve) => {
      this.child.once('exit', (code, signal) => {
        this.exitCode = code ?? signal;
        running.delete(this);
        log.end();
        resolve();
      });
      this.child.once('error', (error) => {
        this.exitCode = error.message;
        running.delete(this);
        log.end();
        resolve();
      });
    });
  }

  get alive() { return this.exitCode === undefined; }

  kill(signal) {
    if (!this.alive || !this.child.pid) return;
    try {
      process.kill(-this.child.pid, signal);
    } catch {
      try { this.child.kill(signal); } catch { /* already gone */ }
    }
  }

  async stop() {
    if (!this.alive) return;
    const started = Date.now();
    this.kill('SIGTERM');
    let timer;
    const stopped = await Promise.race([
      this.exited.then(() => true),
      new Promise((resolve) => { timer = setTimeout(() => resolve(false), STOP_MS); }),
    ]);
    clearTimeout(timer);
    if (!stopped) {
      this.kill('SIGKILL');
      await this.exited;
    }
    if (process.env.CJMBOT_E2E_DEBUG) console.error(`${this.name} stopped in ${Date.now() - started} ms`);
  }

  failure(what) {
    const tail = this.output.split('\n').slice(-30).join('\n');
    return new Error(`${this.name} ${what} (exit: ${this.exitCode ?? 'still running'}; log: ` +
      `${path.relative(ROOT, this.logPath)})\n--- last output ---\n${tail}`);
  }

  async waitForOutput(pattern, timeoutMs) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const match = this.output.match(pattern);
      if (match) return match;
      if (!this.alive) throw this.failure(`exited before printing ${pattern}`);
      if (Date.now() > deadline) throw this.failure(`did not print ${pattern} within ${timeoutMs} ms`);
      await delay(100);
    }
  }

  async waitForHttp(url, timeoutMs) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
        if (response.ok) return;
      } catch { /* not up yet */ }
      if (!this.alive) throw this.failure(`exited before ${url} answered`);
      if (Date.now() > deadline) throw this.failure(`did not answer ${url} within ${timeoutMs} ms`);
      await delay(200);
    }
  }
}

function storageEnvironment() {
  const connection = process.env.CJMBOT_TEST_STORAGE;
  if (!connection) return { Storage__Provider: 'Memory' };
  return {
    Storage__Provider: 'AzureTables',
    Storage__ConnectionString: connection,
    // Table names allow letters and digits only; a unique prefix keeps runs apart.
    Storage__TablePrefix: `e2e${randomBytes(4).toString('hex')}`,
  };
}

class Stack {
  browsers = new Set();
  streams = new Set();

  constructor(name, dir) {
    this.name = name;
    this.dir = dir;
  }

  async start() {
    const dll = botDll();
    const botPort = await freePort();
    this.botUrl = `http://127.0.0.1:${botPort}`;
    this.bot = new Service('bot', 'dotnet', [dll], {
      cwd: path.dirname(dll),
      logPath: path.join(this.dir, 'bot.log'),
      env: {
        ...process.env,
        ASPNETCORE_ENVIRONMENT: 'Development',
        DOTNET_ENVIRONMENT: 'Development',
        ASPNETCORE_URLS: this.botUrl,
        // appsettings.Development.json names a Kestrel endpoint, which would win over ASPNETCORE_URLS.
        Kestrel__Endpoints__Http__Url: this.botUrl,
        // The "Open full map" and download links point here.
        Exports__PublicBaseUrl: this.botUrl,
        ...storageEnvironment(),
      },
    });
    await this.bot.waitForHttp(`${this.botUrl}/healthz`, BOT_START_MS);

    const playgroundDir = path.join(this.dir, 'playground');
    fs.mkdirSync(playgroundDir, { recursive: true });
    // The Playground silently moves to another port when its port is taken (between freePort() and its
    // start); its service URL would then be wrong, so start it again on another port.
    for (let attempt = 1; ; attempt += 1) {
      const port = await freePort();
      this.playground = new Service('playground', process.execPath, [
        PLAYGROUND_CLI,
        '-e', `${this.botUrl}/api/messages`, '-c', 'msteams', '-p', String(port),
        '--service-url', `http://127.0.0.1:${port}/_connector`, '--disable-telemetry',
      ], {
        cwd: playgroundDir,
        logPath: path.join(this.dir, 'playground.log'),
        env: { ...process.env, TEAMSAPPTESTER_BROWSER: 'none' },
      });
      const [, listening] = await this.playground.waitForOutput(/Listening on (\d+)/, PLAYGROUND_START_MS);
      if (Number(listening) === port) {
        this.playgroundUrl = `http://127.0.0.1:${port}`;
        break;
      }
      await this.playground.stop();
      if (attempt === 3) throw this.playground.failure(`fell back to port ${listening}: port ${port} was taken, three times`);
    }
    await this.playground.waitForHttp(`${this.playgroundUrl}/_debug/ping`, PLAYGROUND_START_MS);
  }

  async stop() {
    // Open connections would hold up the Playground's graceful shutdown.
    for (const stream of this.streams) stream.close();
    for (const browser of [...this.browsers]) await browser.close().catch(() => {});
    await this.playground?.stop();
    await this.bot?.stop();
  }

  async request(method, route, body) {
    const response = await fetch(`${this.playgroundUrl}${route}`, {
      method,
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(30_000),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${route} -> HTTP ${response.status}: ${text.slice(0, 500)}`);
    return text ? JSON.parse(text) : undefined;
  }

  /** Tenant, bot, currentUser, personalChat, groupChats, teams as the Playground set them up. */
  async config() {
    this.cachedConfig ??= await this.request('GET', '/_internal/v1/config');
    return this.cachedConfig;
  }

  /** Everything the bot posts or updates, as createMessage / updateMessage frames. */
  async openConversationStream() {
    const stream = await WsTextStream.connect(`${this.playgroundUrl}/_ws_conversation/v1/conversations/stream`);
    this.streams.add(stream);
    return stream;
  }

  async openBrowser() {
    requirePrerequisites({ browser: true });
    const { chromium } = createRequire(TOOLS_PACKAGE)('playwright-core');
    const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cjmbot-e2e-chromium-'));
    browserProfiles.add(userDataDir);
    let context;
    try {
      context = await chromium.launchPersistentContext(userDataDir, {
        executablePath: CHROMIUM,
        headless: true,
        args: CHROMIUM_ARGS,
        viewport: { width: 1280, height: 900 },
        timeout: 30_000,
      });
    } catch (error) {
      fs.rmSync(userDataDir, { recursive: true, force: true });
      browserProfiles.delete(userDataDir);
      throw error;
    }
    // The UI pulls fonts and animations from a CDN: only loopback may be reached.
    await context.route('**/*', (route) => (isLoopback(route.request().url()) ? route.continue() : route.abort()));
    const page = context.pages()[0] ?? await context.newPage();
    page.setDefaultTimeout(20_000);
    const browser = new BrowserSession(this, context, page, userDataDir);
    this.browsers.add(browser);
    return browser;
  }
}

function isLoopback(url) {
  const { protocol, hostname } = new URL(url);
  if (protocol !== 'http:' && protocol !== 'https:' && protocol !== 'ws:' && protocol !== 'wss:') return true;
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
}

class BrowserSession {
  step = 0;

  constructor(stack, context, page, userDataDir) {
    this.stack = stack;
    this.context = context;
    this.page = page;
    this.userDataDir = userDataDir;
  }

  /** Opens the Playground UI and hides the log panel, which repeats message text. */
  async open() {
    await this.page.goto(this.stack.playgroundUrl, { waitUntil: 'domcontentloaded', timeout: 30_000 });
    await this.page.locator(UI.textbox).first().waitFor({ state: 'visible', timeout: 30_000 });
    const logPanel = this.page.getByText('Log Panel', { exact: true });
    if (await logPanel.isVisible()) {
      await this.page.locator(UI.toggleLog).first().click();
      await logPanel.waitFor({ state: 'hidden', timeout: 10_000 });
    }
  }

  async openConversation(label) {
    await this.page.locator(UI.conversation(label)).click();
    await this.page.locator(UI.textbox).first().waitFor({ state: 'visible' });
  }

  /** The "Start a new post" composer of a channel (each thread has a reply box too). */
  newPostComposer() {
    return this.page.getByRole('group').filter({ has: this.page.locator(UI.post) }).first();
  }

  /**
   * Types into a Lexical editor (the chat's, or the one inside `scope`); `{mentionPrefix, mention}`
   * parts type the prefix and pick the name from the mention menu.
   */
  async compose(parts, scope = this.page) {
    await scope.locator(UI.textbox).first().click();
    for (const part of parts) {
      if (typeof part === 'string') {
        await this.page.keyboard.type(part);
      } else {
        await this.page.keyboard.type(part.mentionPrefix);
        await this.page.locator(UI.mentionItem(part.mention)).first().click();
      }
    }
  }

  /**
   * Waits for a message whose text matches `pattern` in the conversation pane (the conversation list
   * previews the last message too) and returns its text.
   */
  async messageText(pattern, timeoutMs) {
    const matches = this.page.getByText(pattern);
    const text = await eventually(async () => {
      for (let i = 0; i < await matches.count(); i += 1) {
        const found = await matches.nth(i)
          .evaluate((el) => (el.closest('[role="tree"]') ? null : el.innerText), undefined, { timeout: 1_000 })
          .catch(() => null);
        if (found) return found;
      }
      return null;
    }, timeoutMs);
    if (!text) throw new Error(`no message matching ${pattern} within ${timeoutMs} ms (see ${this.stack.dir})`);
    return text;
  }

  card(text) {
    return this.page.locator(UI.card, { hasText: text });
  }

  async screenshot(name) {
    this.step += 1;
    const file = path.join(this.stack.dir, `${String(this.step).padStart(2, '0')}-${name}.png`);
    await this.page.screenshot({ path: file, fullPage: true });
    return file;
  }

  async close() {
    this.stack.browsers.delete(this);
    await this.context.close().catch(() => {});
    fs.rmSync(this.userDataDir, { recursive: true, force: true });
    browserProfiles.delete(this.userDataDir);
  }
}

/**
 * Starts bot + Playground for one test; artifacts go to .test-artifacts/e2e/<name>/.
 * Registers the stop with the test context so it always runs.
 */
export async function startStack(t, name) {
  requirePrerequisites();
  const dir = path.join(ARTIFACTS, name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const stack = new Stack(name, dir);
  t.after(() => stack.stop());
  await stack.start();
  return stack;
}

/** All TextBlock texts of the Adaptive Cards attached to a message, depth first. */
export function cardTexts(message) {
  const texts = [];
  const visit = (node) => {
    if (Array.isArray(node)) { node.forEach(visit); return; }
    if (!node || typeof node !== 'object') return;
    if (node.type === 'TextBlock' && typeof node.text === 'string') texts.push(node.text);
    for (const key of ['body', 'items', 'columns', 'card']) visit(node[key]);
  };
  for (const attachment of message?.attachments ?? []) {
    if (attachment.contentType === 'application/vnd.microsoft.card.adaptive') visit(attachment.content);
  }
  return texts;
}

/** Every action of the Adaptive Cards attached to a message (action sets, card actions, fallbacks left out), depth first. */
export function cardActions(message) {
  const actions = [];
  const visit = (node) => {
    if (Array.isArray(node)) { node.forEach(visit); return; }
    if (!node || typeof node !== 'object') return;
    if (typeof node.type === 'string' && node.type.startsWith('Action.')) actions.push(node);
    for (const key of ['body', 'items', 'columns', 'card', 'actions']) visit(node[key]);
  };
  for (const attachment of message?.attachments ?? []) {
    if (attachment.contentType === 'application/vnd.microsoft.card.adaptive') visit(attachment.content);
  }
  return actions;
}

/** Waits until `probe()` returns a truthy value, polling; returns it or undefined on timeout. */
export async function eventually(probe, timeoutMs, intervalMs = 250) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) return undefined;
    await delay(intervalMs);
  }
}
