-- SPDX-License-Identifier: GPL-3.0-or-later
-- An Inkwell database at schema version 8: the schema as steps 1..8 of
-- src/store/migrations.cpp leave it, and rows in every table. Written by
-- makefixtures.cpp (see README.md); do not edit by hand.
BEGIN TRANSACTION;
CREATE TABLE profiles (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL UNIQUE,
                api TEXT NOT NULL DEFAULT 'openai',
                base_url TEXT NOT NULL,
                model TEXT NOT NULL DEFAULT '',
                include_usage INTEGER NOT NULL DEFAULT 1,
                connect_timeout_ms INTEGER NOT NULL DEFAULT 15000,
                idle_timeout_ms INTEGER NOT NULL DEFAULT 120000,
                created_at INTEGER NOT NULL
            , preset TEXT NOT NULL DEFAULT '', settings TEXT NOT NULL DEFAULT '{}');
CREATE TABLE conversations (
                id INTEGER PRIMARY KEY,
                title TEXT NOT NULL DEFAULT '',
                created_at INTEGER NOT NULL,
                updated_at INTEGER NOT NULL,
                current_leaf_id INTEGER,
                profile_id INTEGER REFERENCES profiles(id) ON DELETE SET NULL,
                model TEXT NOT NULL DEFAULT '',
                params TEXT NOT NULL DEFAULT '{}'
            , uid TEXT, source TEXT NOT NULL DEFAULT '', folder_id INTEGER REFERENCES folders(id) ON DELETE SET NULL, pinned INTEGER NOT NULL DEFAULT 0, deleted_at INTEGER);
CREATE TABLE messages (
                id INTEGER PRIMARY KEY,
                conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
                parent_id INTEGER REFERENCES messages(id) ON DELETE CASCADE,
                role TEXT NOT NULL,
                content TEXT NOT NULL DEFAULT '',
                reasoning TEXT NOT NULL DEFAULT '',
                status TEXT NOT NULL DEFAULT 'complete',
                error TEXT NOT NULL DEFAULT '',
                choice_index INTEGER NOT NULL DEFAULT 0,
                profile_name TEXT NOT NULL DEFAULT '',
                api TEXT NOT NULL DEFAULT '',
                base_url TEXT NOT NULL DEFAULT '',
                model_requested TEXT NOT NULL DEFAULT '',
                model_reported TEXT NOT NULL DEFAULT '',
                params TEXT NOT NULL DEFAULT '',
                finish_reason TEXT NOT NULL DEFAULT '',
                prompt_tokens INTEGER,
                completion_tokens INTEGER,
                ttft_ms INTEGER,
                tokens_per_sec REAL,
                writer_pid INTEGER,
                created_at INTEGER NOT NULL,
                updated_at INTEGER NOT NULL
            );
CREATE INDEX messages_conversation ON messages(conversation_id);
CREATE INDEX messages_parent ON messages(parent_id);
CREATE INDEX messages_status ON messages(status) WHERE status = 'streaming';
CREATE INDEX conversations_updated ON conversations(updated_at DESC);
CREATE VIRTUAL TABLE messages_fts USING fts5(content, content='messages', content_rowid='id', tokenize='trigram');
CREATE UNIQUE INDEX conversations_uid ON conversations(uid);
CREATE TABLE app_state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE templates (
                id INTEGER PRIMARY KEY,
                uid TEXT NOT NULL UNIQUE,
                name TEXT NOT NULL,
                source TEXT NOT NULL,
                created_at INTEGER NOT NULL,
                updated_at INTEGER NOT NULL
            );
CREATE TABLE drafts (
                id INTEGER PRIMARY KEY,
                uid TEXT NOT NULL UNIQUE,
                title TEXT NOT NULL DEFAULT '',
                content TEXT NOT NULL DEFAULT '',
                template_key TEXT NOT NULL DEFAULT '',
                template_name TEXT NOT NULL DEFAULT '',
                brief TEXT NOT NULL DEFAULT '',
                params TEXT NOT NULL DEFAULT '{}',
                target_words INTEGER NOT NULL DEFAULT 0,
                status TEXT NOT NULL DEFAULT 'complete',
                error TEXT NOT NULL DEFAULT '',
                writer_pid INTEGER,
                created_at INTEGER NOT NULL,
                updated_at INTEGER NOT NULL
            );
CREATE INDEX drafts_updated ON drafts(updated_at DESC);
CREATE TABLE draft_versions (
                id INTEGER PRIMARY KEY,
                draft_id INTEGER NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
                content TEXT NOT NULL,
                source TEXT NOT NULL,
                note TEXT NOT NULL DEFAULT '',
                model TEXT NOT NULL DEFAULT '',
                created_at INTEGER NOT NULL
            );
CREATE INDEX draft_versions_draft ON draft_versions(draft_id, id);
CREATE VIRTUAL TABLE drafts_fts USING fts5(title, content, content='drafts', content_rowid='id', tokenize='trigram');
CREATE TRIGGER drafts_ai AFTER INSERT ON drafts WHEN new.status != 'streaming' BEGIN INSERT INTO drafts_fts(rowid, title, content) VALUES (new.id, new.title, new.content); END;
CREATE TRIGGER drafts_ad AFTER DELETE ON drafts WHEN old.status != 'streaming' BEGIN INSERT INTO drafts_fts(drafts_fts, rowid, title, content) VALUES('delete', old.id, old.title, old.content); END;
CREATE TRIGGER drafts_au AFTER UPDATE OF title, content, status ON drafts BEGIN INSERT INTO drafts_fts(drafts_fts, rowid, title, content) SELECT 'delete', old.id, old.title, old.content WHERE old.status != 'streaming'; INSERT INTO drafts_fts(rowid, title, content) SELECT new.id, new.title, new.content WHERE new.status != 'streaming'; END;
CREATE TABLE folders (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL,
                created_at INTEGER NOT NULL
            );
CREATE INDEX conversations_folder ON conversations(folder_id);
CREATE INDEX conversations_sidebar ON conversations(folder_id, pinned, updated_at DESC, id DESC) WHERE deleted_at IS NULL;
CREATE INDEX drafts_streaming ON drafts(id) WHERE status = 'streaming';
CREATE TABLE search_pending (message_id INTEGER PRIMARY KEY);
CREATE TRIGGER messages_ad AFTER DELETE ON messages BEGIN INSERT INTO messages_fts(messages_fts, rowid, content) SELECT 'delete', old.id, old.content WHERE old.status != 'streaming' AND NOT EXISTS (SELECT 1 FROM search_pending WHERE message_id = old.id); DELETE FROM search_pending WHERE message_id = old.id; END;
CREATE TRIGGER messages_ai AFTER INSERT ON messages BEGIN DELETE FROM search_pending WHERE message_id = new.id; INSERT INTO messages_fts(rowid, content) SELECT new.id, new.content WHERE new.status != 'streaming'; END;
CREATE TRIGGER messages_au AFTER UPDATE OF content, status ON messages WHEN NOT EXISTS (SELECT 1 FROM search_pending WHERE message_id = old.id) BEGIN INSERT INTO messages_fts(messages_fts, rowid, content) SELECT 'delete', old.id, old.content WHERE old.status != 'streaming'; INSERT INTO messages_fts(rowid, content) SELECT new.id, new.content WHERE new.status != 'streaming'; END;
CREATE TABLE attachments (
                sha256 TEXT PRIMARY KEY,
                kind TEXT NOT NULL,
                mime_type TEXT NOT NULL,
                size INTEGER NOT NULL,
                pages INTEGER NOT NULL DEFAULT 0,
                width INTEGER NOT NULL DEFAULT 0,
                height INTEGER NOT NULL DEFAULT 0,
                created_at INTEGER NOT NULL,
                text TEXT NOT NULL DEFAULT '',
                data BLOB NOT NULL
            );
CREATE TABLE message_attachments (
                message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                sha256 TEXT NOT NULL REFERENCES attachments(sha256),
                name TEXT NOT NULL,
                native INTEGER NOT NULL DEFAULT 0,
                PRIMARY KEY (message_id, position)
            );
CREATE TABLE draft_attachments (
                draft_id INTEGER NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                sha256 TEXT NOT NULL REFERENCES attachments(sha256),
                name TEXT NOT NULL,
                PRIMARY KEY (draft_id, position)
            );
CREATE INDEX message_attachments_sha256 ON message_attachments(sha256);
CREATE INDEX draft_attachments_sha256 ON draft_attachments(sha256);
CREATE TRIGGER message_attachments_ad AFTER DELETE ON message_attachments BEGIN DELETE FROM attachments WHERE sha256 = old.sha256 AND NOT EXISTS (SELECT 1 FROM message_attachments WHERE sha256 = old.sha256) AND NOT EXISTS (SELECT 1 FROM draft_attachments WHERE sha256 = old.sha256); END;
CREATE TRIGGER draft_attachments_ad AFTER DELETE ON draft_attachments BEGIN DELETE FROM attachments WHERE sha256 = old.sha256 AND NOT EXISTS (SELECT 1 FROM message_attachments WHERE sha256 = old.sha256) AND NOT EXISTS (SELECT 1 FROM draft_attachments WHERE sha256 = old.sha256); END;
INSERT INTO profiles (id, name, api, base_url, model, include_usage, connect_timeout_ms, idle_timeout_ms, created_at, preset, settings) VALUES (1, 'OpenAI', 'openai', 'https://api.openai.com', 'gpt-4o-mini', 1, 15000, 120000, 1735689600000, 'openai', '{}');
INSERT INTO profiles (id, name, api, base_url, model, include_usage, connect_timeout_ms, idle_timeout_ms, created_at, preset, settings) VALUES (2, '本地 llama.cpp', 'openai', 'http://127.0.0.1:8080', 'qwen2.5-7b-instruct-q4_k_m.gguf', 0, 5000, 600000, 1735689601000, 'llamacpp', '{"headers":[["X-Team","inkwell"]]}');
INSERT INTO profiles (id, name, api, base_url, model, include_usage, connect_timeout_ms, idle_timeout_ms, created_at, preset, settings) VALUES (3, 'Azure 工作', 'openai', 'https://contoso.openai.azure.com/openai/deployments/gpt-4o', 'gpt-4o', 1, 15000, 120000, 1735689602000, 'azure', '{"api_version":"2024-10-21","proxy":"socks5://127.0.0.1:1080"}');
INSERT INTO profiles (id, name, api, base_url, model, include_usage, connect_timeout_ms, idle_timeout_ms, created_at, preset, settings) VALUES (4, 'Ollama', 'ollama', 'http://localhost:11434', 'llama3.2:3b', 1, 15000, 300000, 1735689603000, 'ollama', '{}');
INSERT INTO folders (id, name, created_at) VALUES (1, '工作', 1735689605000);
INSERT INTO folders (id, name, created_at) VALUES (2, 'Personal', 1735689606000);
INSERT INTO conversations (id, title, created_at, updated_at, current_leaf_id, profile_id, model, params, uid, source, folder_id, pinned, deleted_at) VALUES (1, '关于人工智能的对话', 1735689700000, 1735689760000, 6, 1, 'gpt-4o-mini', '{"temperature":0.7,"system":"你是一个乐于助人的助手。"}', '0f3c2a9e-7b4d-4c21-9e0f-5a6b7c8d9e01', '', 1, 0, NULL);
INSERT INTO conversations (id, title, created_at, updated_at, current_leaf_id, profile_id, model, params, uid, source, folder_id, pinned, deleted_at) VALUES (2, 'Rust lifetimes explained', 1735689800000, 1735689860000, 11, 2, 'qwen2.5-7b-instruct-q4_k_m.gguf', '{"temperature":0.2,"top_k":40,"min_p":0.05,"seed":42}', '6e1d7c55-2f0a-4b8e-a3c1-0d9e8f7a6b02', '', NULL, 1, NULL);
INSERT INTO conversations (id, title, created_at, updated_at, current_leaf_id, profile_id, model, params, uid, source, folder_id, pinned, deleted_at) VALUES (3, 'Imported: 旅行计划 (Hangzhou trip)', 1735603200000, 1735603600000, 14, NULL, '', '{}', 'b7a9e2f4-1c3d-4e5f-8a9b-c0d1e2f3a403', 'chatgpt', 2, 0, NULL);
INSERT INTO conversations (id, title, created_at, updated_at, current_leaf_id, profile_id, model, params, uid, source, folder_id, pinned, deleted_at) VALUES (4, '', 1735689900000, 1735689900000, NULL, 4, 'llama3.2:3b', '{}', 'd4c3b2a1-9f8e-4d7c-b6a5-948372615004', '', NULL, 0, NULL);
INSERT INTO conversations (id, title, created_at, updated_at, current_leaf_id, profile_id, model, params, uid, source, folder_id, pinned, deleted_at) VALUES (5, 'Autumn haiku', 1735690000000, 1735690010000, 16, 3, 'gpt-4o', '{"temperature":0.7,"top_p":1,"max_tokens":1024}', 'a0b1c2d3-e4f5-4a6b-9c7d-8e9f0a1b2c05', 'inkwell', NULL, 0, 1735690020000);
INSERT INTO conversations (id, title, created_at, updated_at, current_leaf_id, profile_id, model, params, uid, source, folder_id, pinned, deleted_at) VALUES (6, 'History of computing', 1735690100000, 1735690110000, 18, 1, 'gpt-4o-mini', '{"temperature":0.7,"top_p":1,"max_tokens":1024}', '5f4e3d2c-1b0a-4987-b654-3210fedcba06', '', NULL, 0, NULL);
INSERT INTO messages (id, conversation_id, parent_id, role, content, reasoning, status, error, choice_index, profile_name, api, base_url, model_requested, model_reported, params, finish_reason, prompt_tokens, completion_tokens, ttft_ms, tokens_per_sec, writer_pid, created_at, updated_at) VALUES (1, 1, NULL, 'user', '什么是人工智能？请用简单的话解释。', '', 'complete', '', 0, '', '', '', '', '', '', '', NULL, NULL, NULL, NULL, NULL, 1735689700000, 1735689701500);
INSERT INTO messages (id, conversation_id, parent_id, role, content, reasoning, status, error, choice_index, profile_name, api, base_url, model_requested, model_reported, params, finish_reason, prompt_tokens, completion_tokens, ttft_ms, tokens_per_sec, writer_pid, created_at, updated_at) VALUES (2, 1, 1, 'assistant', '人工智能（AI）是让计算机模拟人类智能的技术。

## 主要方向

- 机器学习
- 自然语言处理
- 计算机视觉

简单地说，人工智能就是让机器学会“思考”。', '用户想要一个简单的解释，先给定义。', 'complete', '', 0, 'OpenAI', 'openai', 'https://api.openai.com', 'gpt-4o-mini', 'gpt-4o-mini-2024-07-18', '{"temperature":0.7,"top_p":1,"max_tokens":1024}', 'stop', 25, 180, 420, 61.5, NULL, 1735689701000, 1735689702500);
INSERT INTO messages (id, conversation_id, parent_id, role, content, reasoning, status, error, choice_index, profile_name, api, base_url, model_requested, model_reported, params, finish_reason, prompt_tokens, completion_tokens, ttft_ms, tokens_per_sec, writer_pid, created_at, updated_at) VALUES (3, 1, 1, 'assistant', '人工智能是一门研究如何让机器像人一样学习和推理的学科。', '', 'complete', '', 1, 'OpenAI', 'openai', 'https://api.openai.com', 'gpt-4o-mini', 'gpt-4o-mini-2024-07-18', '{"temperature":0.7,"top_p":1,"max_tokens":1024}', 'stop', 25, 40, 415, 58.25, NULL, 1735689701000, 1735689702500);
INSERT INTO messages (id, conversation_id, parent_id, role, content, reasoning, status, error, choice_index, profile_name, api, base_url, model_requested, model_reported, params, finish_reason, prompt_tokens, completion_tokens, ttft_ms, tokens_per_sec, writer_pid, created_at, updated_at) VALUES (4, 1, 2, 'user', '机器学习和深度学习有什么区别？', '', 'complete', '', 0, '', '', '', '', '', '', '', NULL, NULL, NULL, NULL, NULL, 1735689730000, 1735689731500);
INSERT INTO messages (id, conversation_id, parent_id, role, content, reasoning, status, error, choice_index, profile_name, api, base_url, model_requested, model_reported, params, finish_reason, prompt_tokens, completion_tokens, ttft_ms, tokens_per_sec, writer_pid, created_at, updated_at) VALUES (5, 1, 4, 'assistant', '机器学习是人工智能的一个分支，而深度学习', '', 'stopped', '', 0, 'OpenAI', 'openai', 'https://api.openai.com', 'gpt-4o-mini', 'gpt-4o-mini-2024-07-18', '{"temperature":0.7,"top_p":1,"max_tokens":1024}', '', 60, 12, 380, 40.0, NULL, 1735689731000, 1735689732500);
INSERT INTO messages (id, conversation_id, parent_id, role, content, reasoning, status, error, choice_index, profile_name, api, base_url, model_requested, model_reported, params, finish_reason, prompt_tokens, completion_tokens, ttft_ms, tokens_per_sec, writer_pid, created_at, updated_at) VALUES (6, 1, 4, 'assistant', '深度学习是机器学习中使用多层神经网络的方法，适合处理图像和语音。', '', 'complete', '', 0, 'OpenAI', 'openai', 'https://api.openai.com', 'gpt-4o-mini', 'gpt-4o-mini-2024-07-18', '{"temperature":0.7,"top_p":1,"max_tokens":1024}', 'length', 60, 1024, 390, 72.125, NULL, 1735689750000, 1735689751500);
INSERT INTO messages (id, conversation_id, parent_id, role, content, reasoning, status, error, choice_index, profile_name, api, base_url, model_requested, model_reported, params, finish_reason, prompt_tokens, completion_tokens, ttft_ms, tokens_per_sec, writer_pid, created_at, updated_at) VALUES (7, 2, NULL, 'user', 'Explain Rust lifetimes with an example.', '', 'complete', '', 0, '', '', '', '', '', '', '', NULL, NULL, NULL, NULL, NULL, 1735689800000, 1735689801500);
INSERT INTO messages (id, conversation_id, parent_id, role, content, reasoning, status, error, choice_index, profile_name, api, base_url, model_requested, model_reported, params, finish_reason, prompt_tokens, completion_tokens, ttft_ms, tokens_per_sec, writer_pid, created_at, updated_at) VALUES (8, 2, 7, 'assistant', '', '', 'error', 'HTTP 503 from 127.0.0.1:8080: Loading model — the server is still loading it; try again in a moment', 0, '本地 llama.cpp', 'openai', 'http://127.0.0.1:8080', 'qwen2.5-7b-instruct-q4_k_m.gguf', '', '{"temperature":0.2,"top_k":40,"min_p":0.05,"seed":42,"stop":["</s>"]}', '', NULL, NULL, NULL, NULL, NULL, 1735689801000, 1735689802500);
INSERT INTO messages (id, conversation_id, parent_id, role, content, reasoning, status, error, choice_index, profile_name, api, base_url, model_requested, model_reported, params, finish_reason, prompt_tokens, completion_tokens, ttft_ms, tokens_per_sec, writer_pid, created_at, updated_at) VALUES (9, 2, 7, 'assistant', 'A *lifetime* tells the compiler how long a reference is valid.

```rust
fn longest<''a>(x: &''a str, y: &''a str) -> &''a str {
    if x.len() > y.len() { x } else { y }
}
```

Both inputs live at least as long as `''a`.', 'The user wants an example; use the classic `longest` function.', 'complete', '', 0, '本地 llama.cpp', 'openai', 'http://127.0.0.1:8080', 'qwen2.5-7b-instruct-q4_k_m.gguf', 'qwen2.5-7b-instruct', '{"temperature":0.2,"top_k":40,"min_p":0.05,"seed":42,"stop":["</s>"]}', 'stop', 31, 96, 1250, 23.4, NULL, 1735689810000, 1735689811500);
INSERT INTO messages (id, conversation_id, parent_id, role, content, reasoning, status, error, choice_index, profile_name, api, base_url, model_requested, model_reported, params, finish_reason, prompt_tokens, completion_tokens, ttft_ms, tokens_per_sec, writer_pid, created_at, updated_at) VALUES (10, 2, 9, 'user', 'Why is this rejected? -- it says `x` does not live long enough; see line 3;
SELECT ''it''''s'' FROM t; /* not a comment */', '', 'complete', '', 0, '', '', '', '', '', '', '', NULL, NULL, NULL, NULL, NULL, 1735689840000, 1735689841500);
INSERT INTO messages (id, conversation_id, parent_id, role, content, reasoning, status, error, choice_index, profile_name, api, base_url, model_requested, model_reported, params, finish_reason, prompt_tokens, completion_tokens, ttft_ms, tokens_per_sec, writer_pid, created_at, updated_at) VALUES (11, 2, 10, 'assistant', 'Because `x` is dropped at the end of the inner scope while', '', 'interrupted', 'The connection closed before the answer ended.', 0, '本地 llama.cpp', 'openai', 'http://127.0.0.1:8080', 'qwen2.5-7b-instruct-q4_k_m.gguf', 'qwen2.5-7b-instruct', '{"temperature":0.2,"top_k":40,"min_p":0.05,"seed":42,"stop":["</s>"]}', '', NULL, NULL, 980, NULL, NULL, 1735689850000, 1735689851500);
INSERT INTO messages (id, conversation_id, parent_id, role, content, reasoning, status, error, choice_index, profile_name, api, base_url, model_requested, model_reported, params, finish_reason, prompt_tokens, completion_tokens, ttft_ms, tokens_per_sec, writer_pid, created_at, updated_at) VALUES (12, 3, NULL, 'system', 'You are ChatGPT, a large language model trained by OpenAI.', '', 'complete', '', 0, '', '', '', '', '', '', '', NULL, NULL, NULL, NULL, NULL, 1735603200000, 1735603201500);
INSERT INTO messages (id, conversation_id, parent_id, role, content, reasoning, status, error, choice_index, profile_name, api, base_url, model_requested, model_reported, params, finish_reason, prompt_tokens, completion_tokens, ttft_ms, tokens_per_sec, writer_pid, created_at, updated_at) VALUES (13, 3, 12, 'user', '帮我规划一次去杭州的三日游 (a 3-day trip to Hangzhou)', '', 'complete', '', 0, '', '', '', '', '', '', '', NULL, NULL, NULL, NULL, NULL, 1735603300000, 1735603301500);
INSERT INTO messages (id, conversation_id, parent_id, role, content, reasoning, status, error, choice_index, profile_name, api, base_url, model_requested, model_reported, params, finish_reason, prompt_tokens, completion_tokens, ttft_ms, tokens_per_sec, writer_pid, created_at, updated_at) VALUES (14, 3, 13, 'assistant', '第一天：西湖和断桥。
第二天：灵隐寺 (Lingyin Temple) 与龙井村。
第三天：河坊街。', '', 'complete', '', 0, '', '', '', '', 'gpt-4', '', '', NULL, NULL, NULL, NULL, NULL, 1735603400000, 1735603401500);
INSERT INTO messages (id, conversation_id, parent_id, role, content, reasoning, status, error, choice_index, profile_name, api, base_url, model_requested, model_reported, params, finish_reason, prompt_tokens, completion_tokens, ttft_ms, tokens_per_sec, writer_pid, created_at, updated_at) VALUES (15, 5, NULL, 'user', 'Write a haiku about autumn.', '', 'complete', '', 0, '', '', '', '', '', '', '', NULL, NULL, NULL, NULL, NULL, 1735690000000, 1735690001500);
INSERT INTO messages (id, conversation_id, parent_id, role, content, reasoning, status, error, choice_index, profile_name, api, base_url, model_requested, model_reported, params, finish_reason, prompt_tokens, completion_tokens, ttft_ms, tokens_per_sec, writer_pid, created_at, updated_at) VALUES (16, 5, 15, 'assistant', 'Crisp leaves drift and fall
maple fire on quiet hills
the year exhales slow', '', 'complete', '', 0, 'Azure 工作', 'openai', 'https://contoso.openai.azure.com/openai/deployments/gpt-4o', 'gpt-4o', 'gpt-4o-2024-08-06', '{"temperature":0.7,"top_p":1,"max_tokens":1024}', 'stop', 14, 19, 610, 33.0, NULL, 1735690005000, 1735690006500);
INSERT INTO messages (id, conversation_id, parent_id, role, content, reasoning, status, error, choice_index, profile_name, api, base_url, model_requested, model_reported, params, finish_reason, prompt_tokens, completion_tokens, ttft_ms, tokens_per_sec, writer_pid, created_at, updated_at) VALUES (17, 6, NULL, 'user', 'Write a long essay on the history of computing.', '', 'complete', '', 0, '', '', '', '', '', '', '', NULL, NULL, NULL, NULL, NULL, 1735690100000, 1735690101500);
INSERT INTO messages (id, conversation_id, parent_id, role, content, reasoning, status, error, choice_index, profile_name, api, base_url, model_requested, model_reported, params, finish_reason, prompt_tokens, completion_tokens, ttft_ms, tokens_per_sec, writer_pid, created_at, updated_at) VALUES (18, 6, 17, 'assistant', 'The history of computing begins with the abacus, and', '', 'streaming', '', 0, 'OpenAI', 'openai', 'https://api.openai.com', 'gpt-4o-mini', '', '{"temperature":0.7,"top_p":1,"max_tokens":1024}', '', NULL, NULL, 350, NULL, 2147480000, 1735690105000, 1735690106500);
INSERT INTO templates (id, uid, name, source, created_at, updated_at) VALUES (1, '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c01', '周报', '---
name: 周报
description: 根据本周要点写一份简洁的周报。
category: 工作
tags: [周报, 工作]
language: zh_CN
output: draft
preset: precise
variables:
  - name: points
    type: multiline
    label: 本周要点
  - name: tone
    type: choice
    label: 语气
    choices: [正式, 轻松]
    default: 正式
---
请用{{tone}}的语气，根据下面的要点写一份周报：

{{points}}
', 1735690200000, 1735690250000);
INSERT INTO templates (id, uid, name, source, created_at, updated_at) VALUES (2, '1f2e3d4c-5b6a-4978-8695-a4b3c2d1e002', 'Cover letter', '---
name: Cover letter
description: A one-page cover letter for a job application.
category: Writing
tags: [letter, jobs]
language: en
output: draft
preset: balanced
parameters:
  max_tokens: 1200
variables:
  - name: role
    type: text
    label: Role
  - name: company
    type: text
    label: Company
  - name: words
    type: number
    label: Length in words
    min: 150
    max: 600
    default: "300"
---
Write a cover letter of about {{words}} words for the role of {{role}} at {{company}}.
Do not invent achievements; leave [brackets] where facts are needed.
', 1735690210000, 1735690210000);
INSERT INTO drafts (id, uid, title, content, template_key, template_name, brief, params, target_words, status, error, writer_pid, created_at, updated_at) VALUES (1, '3c2b1a09-8f7e-4d6c-b5a4-93827160a001', '人工智能简史', '# 人工智能简史

1956 年的达特茅斯会议通常被视为人工智能的起点。

## 早期

符号主义占据主流。

## 今天

大语言模型改变了写作方式。
', 'builtin:article', 'Article on a topic', 'Write an article about 人工智能的历史 for general readers, about 1200 words.', '{"max_tokens":4096}', 1200, 'complete', '', NULL, 1735690300000, 1735690360000);
INSERT INTO drafts (id, uid, title, content, template_key, template_name, brief, params, target_words, status, error, writer_pid, created_at, updated_at) VALUES (2, '7d6c5b4a-3928-4716-a5f4-e3d2c1b0a002', 'Cover letter for Acme', 'Dear hiring manager,

I am writing to apply for the role of', '1f2e3d4c-5b6a-4978-8695-a4b3c2d1e002', 'Cover letter', 'Write a cover letter of about 300 words for the role of Editor at Acme.', '{"max_tokens":1200}', 300, 'streaming', '', 2147480001, 1735690400000, 1735690401000);
INSERT INTO drafts (id, uid, title, content, template_key, template_name, brief, params, target_words, status, error, writer_pid, created_at, updated_at) VALUES (3, 'e5f4a3b2-c1d0-4e9f-8a7b-6c5d4e3f2a03', '', 'Notes without a title — 没有标题的笔记。', '', '', '', '{}', 0, 'error', 'HTTP 401 from api.openai.com: Incorrect API key provided — check the API key of profile ‘OpenAI’', NULL, 1735690500000, 1735690500500);
INSERT INTO draft_versions (id, draft_id, content, source, note, model, created_at) VALUES (1, 1, '# 人工智能简史

1956 年的达特茅斯会议。
', 'generate', '', 'gpt-4o-mini', 1735690310000);
INSERT INTO draft_versions (id, draft_id, content, source, note, model, created_at) VALUES (2, 1, '# 人工智能简史

1956 年的达特茅斯会议通常被视为人工智能的起点。
', 'rewrite', '更正式一些', 'gpt-4o-mini', 1735690330000);
INSERT INTO draft_versions (id, draft_id, content, source, note, model, created_at) VALUES (3, 1, '# 人工智能简史

1956 年的达特茅斯会议通常被视为人工智能的起点。

## 早期

符号主义占据主流。

## 今天

大语言模型改变了写作方式。
', 'save', '', '', 1735690360000);
INSERT INTO draft_versions (id, draft_id, content, source, note, model, created_at) VALUES (4, 3, 'Notes without a title', 'edit', '', '', 1735690500000);
INSERT INTO app_state (key, value) VALUES ('active_profile', '2');
INSERT INTO app_state (key, value) VALUES ('unsent/1', '还想问：神经网络是怎么训练的？');
INSERT INTO app_state (key, value) VALUES ('parameter_presets', '{"Code review":{"temperature":0.3,"system":"Review code."}}');
INSERT INTO app_state (key, value) VALUES ('sidebar/collapsed_folders', '2');
INSERT INTO app_state (key, value) VALUES ('window/conversation', '1');
INSERT INTO attachments (sha256, kind, mime_type, size, pages, width, height, created_at, text, data) VALUES ('3d4d4e5a1c0f4d4c2a5b8f0e6c7d9a1b2c3d4e5f60718293a4b5c6d7e8f90a1b', 'image', 'image/png', 69, 0, 1, 1, 1735689610000, '', X'89504E470D0A1A0A0000000D4948445200000001000000010802000000907753DE0000000C49444154789C63F8CFC0000003010100C9FE92EF0000000049454E44AE426082');
INSERT INTO attachments (sha256, kind, mime_type, size, pages, width, height, created_at, text, data) VALUES ('9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08', 'document', 'application/pdf', 69, 2, 0, 0, 1735689610000, '--- Page 1 ---
季度报告
--- Page 2 ---
Outlook', X'255044462D312E340A252061207374616E642D696E3A2074686520746578742062656C6F7720697320776861742077617320726561642066726F6D2069740A2525454F460A');
INSERT INTO message_attachments (message_id, position, sha256, name, native) VALUES (1, 0, '3d4d4e5a1c0f4d4c2a5b8f0e6c7d9a1b2c3d4e5f60718293a4b5c6d7e8f90a1b', '截图.png', 0);
INSERT INTO message_attachments (message_id, position, sha256, name, native) VALUES (1, 1, '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08', 'Q3 report.pdf', 1);
INSERT INTO draft_attachments (draft_id, position, sha256, name) VALUES (1, 0, '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08', 'Q3 report.pdf');
PRAGMA user_version = 8;
COMMIT;
