// The benchmark's peer: the guided-question turn of CjmBot (an answer is stored with the conversation's state, the
// participant is told it was recorded and what comes next) written with the Bot Framework SDK for JavaScript 4.23:
// CloudAdapter, ActivityHandler, ConversationState over BlobsStorage (Azurite's blob service). Authentication is off,
// as for CjmBot in the benchmark; replies go to the activity's serviceUrl (the benchmark's fake connector).
// Usage: PORT=3979 BLOB_CONNECTION_STRING=... node index.js
'use strict';

const http = require('node:http');
const {
  ActivityHandler,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConversationState,
} = require('botbuilder');
const { BlobsStorage } = require('botbuilder-azure-blobs');

const QUESTIONS = [
  "What is the customer's goal at this stage?",
  'Where does the customer meet us at this stage?',
  'How does the customer feel here (-2 to +2)?',
  'What stops the customer here?',
  'What could we do about it?',
  'Through which channels does this happen?',
];
const MAX_ANSWER = 2000;

const port = Number(process.env.PORT || 3979);
const connectionString = process.env.BLOB_CONNECTION_STRING;
if (!connectionString) {
  console.error('BLOB_CONNECTION_STRING is not set');
  process.exit(2);
}

const storage = new BlobsStorage(connectionString, process.env.BLOB_CONTAINER || 'peerstate');
const conversationState = new ConversationState(storage);
const workshop = conversationState.createProperty('workshop');
const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
adapter.onTurnError = async (context, error) => {
  console.error('turn failed:', error && error.message);
  await context.sendActivity('Sorry, something went wrong on my side; please try again.');
};

class GuidedQuestionBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      const text = (context.activity.text || '').trim();
      const state = await workshop.get(context, { question: 0, answers: [] });
      if (text.length === 0 || text.length > MAX_ANSWER) {
        await context.sendActivity(`Your answer must have 1 to ${MAX_ANSWER} characters. Nothing was recorded.`);
      } else if (!state.answers.some((answer) => answer.id === context.activity.id)) {
        state.answers.push({
          id: context.activity.id,
          by: context.activity.from && context.activity.from.id,
          question: state.question,
          text,
          at: new Date().toISOString(),
        });
        state.question = (state.question + 1) % QUESTIONS.length;
        await context.sendActivity(`✓ Recorded. Next: ${QUESTIONS[state.question]}`);
      }
      await next();
    });
  }

  async run(context) {
    await super.run(context);
    await conversationState.saveChanges(context, false);
  }
}

const bot = new GuidedQuestionBot();

// The SDK expects an Express/Restify-like request (parsed body) and response; Node's http server with a thin shim.
const server = http.createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/healthz') {
    res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    return;
  }
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', async () => {
    try {
      req.body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      res.writeHead(400).end();
      return;
    }
    const response = {
      socket: res.socket,
      status(code) { res.statusCode = code; return this; },
      header(name, value) { res.setHeader(name, value); return this; },
      send(body) {
        if (body !== undefined) {
          if (!res.hasHeader('content-type')) res.setHeader('content-type', 'application/json');
          res.write(typeof body === 'string' ? body : JSON.stringify(body));
        }
        return this;
      },
      end() { res.end(); return this; },
    };
    try {
      await adapter.process(req, response, (context) => bot.run(context));
    } catch (error) {
      console.error('request failed:', error && error.message);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    }
  });
});
server.keepAliveTimeout = 65_000;
server.listen(port, '127.0.0.1', () => console.log(`peer bot listening on http://127.0.0.1:${port}/api/messages`));
const stop = () => server.close(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
