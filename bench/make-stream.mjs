// SPDX-License-Identifier: GPL-3.0-or-later
// Writes an OpenAI chat completion stream of N chunks (default 200000) as the
// real API frames it, plus the expected text, for the throughput benchmark.
import { writeFileSync } from 'node:fs';

const n = Number(process.argv[2] ?? 200000);
const out = process.argv[3] ?? 'stream.sse';
const words = ['the ', 'quick ', 'brown ', 'fox ', 'jumps ', '人工', '智能 ', 'über ', '🌍 ', '\n'];
const head = { id: 'chatcmpl-bench', object: 'chat.completion.chunk', created: 1760000000, model: 'bench-model', system_fingerprint: 'fp_bench' };
const parts = [];
let text = '';
parts.push('data: ' + JSON.stringify({ ...head, choices: [{ index: 0, delta: { role: 'assistant', content: '' }, logprobs: null, finish_reason: null }] }) + '\n\n');
for (let i = 0; i < n; i++) {
  const w = words[i % words.length];
  text += w;
  parts.push('data: ' + JSON.stringify({ ...head, choices: [{ index: 0, delta: { content: w }, logprobs: null, finish_reason: null }] }) + '\n\n');
}
parts.push('data: ' + JSON.stringify({ ...head, choices: [{ index: 0, delta: {}, logprobs: null, finish_reason: 'stop' }] }) + '\n\n');
parts.push('data: [DONE]\n\n');
writeFileSync(out, parts.join(''));
writeFileSync(out + '.txt', text);
