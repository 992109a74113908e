// A minimal WebSocket client (RFC 6455, text frames only) for reading the Playground's streams.
// Node 20 has no WebSocket global without a flag, and the tools pin no WebSocket package.
import http from 'node:http';
import { randomBytes } from 'node:crypto';

export class WsTextStream {
  #socket;
  #buffer = Buffer.alloc(0);
  #fragments = [];
  #listeners = new Set();
  messages = [];
  closed = false;

  /** `url` is the http:// address of the WebSocket endpoint. */
  static connect(url, timeoutMs = 10_000) {
    return new Promise((resolve, reject) => {
      const request = http.request(url, {
        headers: {
          Connection: 'Upgrade',
          Upgrade: 'websocket',
          'Sec-WebSocket-Version': '13',
          'Sec-WebSocket-Key': randomBytes(16).toString('base64'),
        },
        timeout: timeoutMs,
      });
      request.once('upgrade', (response, socket, head) => resolve(new WsTextStream(socket, head)));
      request.once('response', (response) => reject(new Error(`${url}: no upgrade, HTTP ${response.statusCode}`)));
      request.once('timeout', () => request.destroy(new Error(`${url}: no upgrade within ${timeoutMs} ms`)));
      request.once('error', reject);
      request.end();
    });
  }

  constructor(socket, head) {
    this.#socket = socket;
    socket.on('data', (chunk) => this.#onData(chunk));
    socket.on('close', () => { this.closed = true; });
    socket.on('error', () => { this.closed = true; });
    if (head?.length) this.#onData(head);
  }

  /** Resolves with the first message (parsed JSON), earlier or later, that satisfies predicate. */
  waitFor(predicate, timeoutMs, description) {
    const earlier = this.messages.find((m) => predicate(m));
    if (earlier) return Promise.resolve(earlier);
    return new Promise((resolve, reject) => {
      const listener = (message) => {
        if (!predicate(message)) return;
        clearTimeout(timer);
        this.#listeners.delete(listener);
        resolve(message);
      };
      const timer = setTimeout(() => {
        this.#listeners.delete(listener);
        reject(new Error(`no WebSocket frame ${description} within ${timeoutMs} ms; ` +
          `frames seen: ${JSON.stringify(this.messages).slice(0, 2000)}`));
      }, timeoutMs);
      this.#listeners.add(listener);
    });
  }

  close() {
    if (this.closed) return;
    this.#send(0x8, Buffer.alloc(0));
    this.#socket.end();
    this.#socket.destroy();
    this.closed = true;
  }

  #send(opcode, payload) {
    const mask = randomBytes(4);
    const header = payload.length < 126
      ? Buffer.from([0x80 | opcode, 0x80 | payload.length])
      : Buffer.from([0x80 | opcode, 0x80 | 126, payload.length >> 8, payload.length & 0xff]);
    const masked = Buffer.from(payload.map((byte, i) => byte ^ mask[i % 4]));
    if (!this.#socket.destroyed) this.#socket.write(Buffer.concat([header, mask, masked]));
  }

  #onData(chunk) {
    this.#buffer = Buffer.concat([this.#buffer, chunk]);
    for (;;) {
      if (this.#buffer.length < 2) return;
      const fin = (this.#buffer[0] & 0x80) !== 0;
      const opcode = this.#buffer[0] & 0x0f;
      const masked = (this.#buffer[1] & 0x80) !== 0;
      let length = this.#buffer[1] & 0x7f;
      let offset = 2;
      if (length === 126) {
        if (this.#buffer.length < 4) return;
        length = this.#buffer.readUInt16BE(2);
        offset = 4;
      } else if (length === 127) {
        if (this.#buffer.length < 10) return;
        length = Number(this.#buffer.readBigUInt64BE(2));
        offset = 10;
      }
      const maskKey = masked ? this.#buffer.subarray(offset, offset + 4) : null;
      if (masked) offset += 4;
      if (this.#buffer.length < offset + length) return;
      let payload = Buffer.from(this.#buffer.subarray(offset, offset + length));
      this.#buffer = this.#buffer.subarray(offset + length);
      if (maskKey) payload = Buffer.from(payload.map((byte, i) => byte ^ maskKey[i % 4]));
      this.#onFrame(fin, opcode, payload);
    }
  }

  #onFrame(fin, opcode, payload) {
    if (opcode === 0x9) { this.#send(0xa, payload); return; }
    if (opcode === 0x8) { this.close(); return; }
    if (opcode !== 0x1 && opcode !== 0x0) return;
    this.#fragments.push(payload);
    if (!fin) return;
    const text = Buffer.concat(this.#fragments).toString('utf8');
    this.#fragments = [];
    let message;
    try {
      message = JSON.parse(text);
    } catch {
      message = { text };
    }
    this.messages.push(message);
    for (const listener of [...this.#listeners]) listener(message);
  }
}
