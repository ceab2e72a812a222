// SPDX-License-Identifier: GPL-3.0-or-later
// The peer: the official OpenAI Node SDK consuming the same stream, each
// token written to stdout as it arrives.
import OpenAI from 'openai';

const client = new OpenAI({ baseURL: process.argv[2], apiKey: 'bench', maxRetries: 0 });
const stream = await client.chat.completions.create({
  model: 'bench-model', stream: true, messages: [{ role: 'user', content: 'go' }],
});
for await (const chunk of stream) {
  const t = chunk.choices[0]?.delta?.content;
  if (t) process.stdout.write(t);
}
