<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ChatHeader</name>
    <message>
        <source>default model</source>
        <translation>default model</translation>
    </message>
    <message>
        <source>Model %1 on %2; open settings</source>
        <translation>Model %1 on %2; open settings</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Export conversations (Markdown, HTML, PDF, JSON, text)</source>
        <translation>Export conversations (Markdown, HTML, PDF, JSON, text)</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <source>Parameters and system prompt</source>
        <translation>Parameters and system prompt</translation>
    </message>
</context>
<context>
    <name>CodeBlock</name>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Copy code</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Code: %1</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message Inkwell…  (Enter to send, Shift+Enter for a new line)</source>
        <translation>Message Inkwell…  (Enter to send, Shift+Enter for a new line)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Stop generating (Esc)</source>
        <translation>Stop generating (Esc)</translation>
    </message>
    <message>
        <source>Send message (Enter)</source>
        <translation>Send message (Enter)</translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <source>New title</source>
        <translation>New title</translation>
    </message>
    <message>
        <source>Conversation actions</source>
        <translation>Conversation actions</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>What shall we write today?</source>
        <translation>What shall we write today?</translation>
    </message>
    <message>
        <source>Welcome to Inkwell</source>
        <translation>Welcome to Inkwell</translation>
    </message>
    <message>
        <source>the server&apos;s default model</source>
        <translation>the server&apos;s default model</translation>
    </message>
    <message>
        <source>Connect a model to start: a local server such as llama.cpp, Ollama or LM Studio, or a cloud API.</source>
        <translation>Connect a model to start: a local server such as llama.cpp, Ollama or LM Studio, or a cloud API.</translation>
    </message>
    <message>
        <source>Add a server…</source>
        <translation>Add a server…</translation>
    </message>
    <message>
        <source>Chatting with %1 on %2. Enter sends, Shift+Enter starts a new line.</source>
        <translation>Chatting with %1 on %2. Enter sends, Shift+Enter starts a new line.</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
</context>
<context>
    <name>ExchangeBanner</name>
    <message>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Markdown (.md)</source>
        <translation>Markdown (.md)</translation>
    </message>
    <message>
        <source>Web page (.html)</source>
        <translation>Web page (.html)</translation>
    </message>
    <message>
        <source>PDF (.pdf)</source>
        <translation>PDF (.pdf)</translation>
    </message>
    <message>
        <source>Inkwell JSON, lossless (.json)</source>
        <translation>Inkwell JSON, lossless (.json)</translation>
    </message>
    <message>
        <source>Plain text (.txt)</source>
        <translation>Plain text (.txt)</translation>
    </message>
    <message>
        <source>This conversation</source>
        <translation>This conversation</translation>
    </message>
    <message>
        <source>All conversations</source>
        <translation>All conversations</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Include every branch, not only the one shown</source>
        <translation>Include every branch, not only the one shown</translation>
    </message>
    <message>
        <source>Everything, every branch with its settings and timings: Inkwell can import it again.</source>
        <translation>Everything, every branch with its settings and timings: Inkwell can import it again.</translation>
    </message>
    <message>
        <source>One file per conversation, in a folder you choose.</source>
        <translation>One file per conversation, in a folder you choose.</translation>
    </message>
    <message>
        <source>Files are written whole or not at all.</source>
        <translation>Files are written whole or not at all.</translation>
    </message>
    <message>
        <source>Choose where…</source>
        <translation>Choose where…</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Export to</translation>
    </message>
    <message>
        <source>Inkwell conversations</source>
        <translation>Inkwell conversations</translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation>Export into folder</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Web page (*.html)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Inkwell JSON (*.json)</source>
        <translation>Inkwell JSON (*.json)</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>Plain text (*.txt)</translation>
    </message>
    <message>
        <source>Some conversations</source>
        <translation>Some conversations</translation>
    </message>
    <message>
        <source>Untitled conversation</source>
        <translation>Untitled conversation</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import conversations</source>
        <translation>Import conversations</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>ChatGPT export</source>
        <translation>ChatGPT export</translation>
    </message>
    <message>
        <source>Inkwell export</source>
        <translation>Inkwell export</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped: %n conversation(s) already here or not conversations</source>
        <translation>
            <numerusform>Skipped: %n conversation already here or not a conversation</numerusform>
            <numerusform>Skipped: %n conversations already here or not conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hidden message(s)</source>
        <translation>
            <numerusform>%n hidden message</numerusform>
            <numerusform>%n hidden messages</numerusform>
        </translation>
    </message>
    <message>
        <source>Inkwell or ChatGPT export (*.json *.zip)</source>
        <translation>Inkwell or ChatGPT export (*.json *.zip)</translation>
    </message>
</context>
<context>
    <name>Inkwell::AppController</name>
    <message>
        <source>Command line</source>
        <translation>Command line</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>New conversation</translation>
    </message>
    <message>
        <source>%1
Trying again in %2 s (%3 of %4)…</source>
        <translation>%1
Trying again in %2 s (%3 of %4)…</translation>
    </message>
    <message>
        <source>Add a server first: open Settings (Ctrl+,) and add a profile.</source>
        <translation>Add a server first: open Settings (Ctrl+,) and add a profile.</translation>
    </message>
</context>
<context>
    <name>Inkwell::Capabilities</name>
    <message numerus="yes">
        <source>at most %n stop sequence(s)</source>
        <translation>
            <numerusform>at most %n stop sequence</numerusform>
            <numerusform>at most %n stop sequences</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 must be from %2 to %3, not %4</source>
        <translation>%1 must be from %2 to %3, not %4</translation>
    </message>
</context>
<context>
    <name>Inkwell::ChatController</name>
    <message>
        <source>An answer is still streaming; stop it first.</source>
        <translation>An answer is still streaming; stop it first.</translation>
    </message>
    <message>
        <source>Nothing to regenerate.</source>
        <translation>Nothing to regenerate.</translation>
    </message>
    <message>
        <source>Unknown API ‘%1’.</source>
        <translation>Unknown API ‘%1’.</translation>
    </message>
    <message>
        <source>%1 has no text-completion API; use chat.</source>
        <translation>%1 has no text-completion API; use chat.</translation>
    </message>
    <message>
        <source>Nothing to continue.</source>
        <translation>Nothing to continue.</translation>
    </message>
    <message>
        <source>Only an answer that was cut short can be continued.</source>
        <translation>Only an answer that was cut short can be continued.</translation>
    </message>
    <message>
        <source>Nothing stored to copy.</source>
        <translation>Nothing stored to copy.</translation>
    </message>
    <message>
        <source>Only an answer has a request to copy.</source>
        <translation>Only an answer has a request to copy.</translation>
    </message>
</context>
<context>
    <name>Inkwell::ConversationListModel</name>
    <message>
        <source>New conversation</source>
        <translation>New conversation</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Yesterday</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <translation>Previous 7 days</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>Older</translation>
    </message>
</context>
<context>
    <name>Inkwell::Database</name>
    <message>
        <source>Cannot open the database %1</source>
        <translation>Cannot open the database %1</translation>
    </message>
    <message>
        <source>%1 is not a usable Inkwell database</source>
        <translation>%1 is not a usable Inkwell database</translation>
    </message>
    <message>
        <source>Cannot read the schema version</source>
        <translation>Cannot read the schema version</translation>
    </message>
    <message>
        <source>The database was written by a newer Inkwell (schema %1, this build knows %2). Update Inkwell; the file was not changed.</source>
        <translation>The database was written by a newer Inkwell (schema %1, this build knows %2). Update Inkwell; the file was not changed.</translation>
    </message>
    <message>
        <source>Cannot start the migration</source>
        <translation>Cannot start the migration</translation>
    </message>
    <message>
        <source>Migration to schema %1 failed</source>
        <translation>Migration to schema %1 failed</translation>
    </message>
    <message>
        <source>Cannot finish the migration</source>
        <translation>Cannot finish the migration</translation>
    </message>
</context>
<context>
    <name>Inkwell::Exchange</name>
    <message>
        <source>Image not included: %1</source>
        <translation>Image not included: %1</translation>
    </message>
    <message>
        <source>%1 not included</source>
        <translation>%1 not included</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation>Output:</translation>
    </message>
    <message>
        <source>Browsing result</source>
        <translation>Browsing result</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>ChatGPT content of type “%1” not shown</source>
        <translation>ChatGPT content of type “%1” not shown</translation>
    </message>
    <message>
        <source>not a ChatGPT conversations.json: expected an array of conversations</source>
        <translation>not a ChatGPT conversations.json: expected an array of conversations</translation>
    </message>
    <message>
        <source>entry %1: not a conversation</source>
        <translation>entry %1: not a conversation</translation>
    </message>
    <message>
        <source>entry %1 (‘%2’): no conversation id</source>
        <translation>entry %1 (‘%2’): no conversation id</translation>
    </message>
    <message>
        <source>entry %1 (‘%2’): no messages (mapping)</source>
        <translation>entry %1 (‘%2’): no messages (mapping)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Export cancelled; no partial file was left</source>
        <translation>Export cancelled; no partial file was left</translation>
    </message>
    <message>
        <source>unknown format ‘%1’ (%2)</source>
        <translation>unknown format ‘%1’ (%2)</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>cannot create the folder</translation>
    </message>
    <message>
        <source>Untitled conversation</source>
        <translation>Untitled conversation</translation>
    </message>
    <message>
        <source>Branch %1 of %2</source>
        <translation>Branch %1 of %2</translation>
    </message>
    <message>
        <source>after “%1”</source>
        <translation>after “%1”</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Reasoning</translation>
    </message>
    <message>
        <source>Exported by Inkwell %1</source>
        <translation>Exported by Inkwell %1</translation>
    </message>
    <message>
        <source>Cannot start the import: %1</source>
        <translation>Cannot start the import: %1</translation>
    </message>
    <message>
        <source>conversation ‘%1’: %2</source>
        <translation>conversation ‘%1’: %2</translation>
    </message>
    <message>
        <source>‘%1’ is already here</source>
        <translation>‘%1’ is already here</translation>
    </message>
    <message>
        <source>Cannot finish the import: %1</source>
        <translation>Cannot finish the import: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 1 GB; split it first</source>
        <translation>%1 is larger than 1 GB; split it first</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>neither an Inkwell export nor a ChatGPT conversations.json</source>
        <translation>neither an Inkwell export nor a ChatGPT conversations.json</translation>
    </message>
    <message>
        <source>unknown format ‘%1’ (inkwell or chatgpt)</source>
        <translation>unknown format ‘%1’ (inkwell or chatgpt)</translation>
    </message>
    <message>
        <source>Reasoning:</source>
        <translation>Reasoning:</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Tool</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrupted</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>not a readable zip file (%1)</source>
        <translation>not a readable zip file (%1)</translation>
    </message>
    <message>
        <source>this zip has no conversations.json (is it ChatGPT&apos;s data export?)</source>
        <translation>this zip has no conversations.json (is it ChatGPT&apos;s data export?)</translation>
    </message>
    <message>
        <source>conversations.json is larger than 1 GB; split it first</source>
        <translation>conversations.json is larger than 1 GB; split it first</translation>
    </message>
    <message>
        <source>conversations.json in the zip is damaged</source>
        <translation>conversations.json in the zip is damaged</translation>
    </message>
    <message>
        <source>entry %1: not valid JSON</source>
        <translation>entry %1: not valid JSON</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>not valid JSON (%1)</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>expected an array</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>expected an object</translation>
    </message>
    <message>
        <source>%1: missing</source>
        <translation>%1: missing</translation>
    </message>
    <message>
        <source>%1: expected an array</source>
        <translation>%1: expected an array</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) go into a folder, one file each: give a folder (ending in /) instead of %1</source>
        <translation>
            <numerusform>%n conversation goes into a folder, one file each: give a folder (ending in /) instead of %1</numerusform>
            <numerusform>%n conversations go into a folder, one file each: give a folder (ending in /) instead of %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: expected a string</source>
        <translation>%1: expected a string</translation>
    </message>
    <message>
        <source>%1: expected an integer</source>
        <translation>%1: expected an integer</translation>
    </message>
</context>
<context>
    <name>Inkwell::ExchangeController</name>
    <message numerus="yes">
        <source>Exported %n conversation(s) to %1</source>
        <translation>
            <numerusform>Exported %n conversation to %1</numerusform>
            <numerusform>Exported %n conversations to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s)</source>
        <translation>
            <numerusform>Imported %n conversation</numerusform>
            <numerusform>Imported %n conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already here or not conversations</source>
        <translation>
            <numerusform>%n already here or not a conversation</numerusform>
            <numerusform>%n already here or not conversations</numerusform>
        </translation>
    </message>
    <message>
        <source>conversation</source>
        <translation>conversation</translation>
    </message>
</context>
<context>
    <name>Inkwell::Generation</name>
    <message>
        <source>Could not connect to %1 within %2 s — is the server running and the base URL right?</source>
        <translation>Could not connect to %1 within %2 s — is the server running and the base URL right?</translation>
    </message>
    <message>
        <source>%1 sent nothing for %2 s; the answer was cut off there. Retry, or raise the profile&apos;s inactivity timeout.</source>
        <translation>%1 sent nothing for %2 s; the answer was cut off there. Retry, or raise the profile&apos;s inactivity timeout.</translation>
    </message>
    <message>
        <source>%1 sent an answer larger than %2 MiB; stopped reading.</source>
        <translation>%1 sent an answer larger than %2 MiB; stopped reading.</translation>
    </message>
    <message>
        <source>%1 answered with %2 instead of an event stream (%3) — is the base URL pointing at the API, not a web page or proxy?</source>
        <translation>%1 answered with %2 instead of an event stream (%3) — is the base URL pointing at the API, not a web page or proxy?</translation>
    </message>
    <message>
        <source>%1 sent an oversized answer.</source>
        <translation>%1 sent an oversized answer.</translation>
    </message>
    <message>
        <source>%1 sent one event larger than %2 MiB; stopped reading to protect memory.</source>
        <translation>%1 sent one event larger than %2 MiB; stopped reading to protect memory.</translation>
    </message>
    <message>
        <source>The connection to %1 dropped mid-answer (%2)%3</source>
        <translation>The connection to %1 dropped mid-answer (%2)%3</translation>
    </message>
    <message>
        <source>; the text so far is kept.</source>
        <translation>; the text so far is kept.</translation>
    </message>
    <message>
        <source> before any text arrived.</source>
        <translation> before any text arrived.</translation>
    </message>
    <message>
        <source>%1 closed the stream before it was complete; the text so far is kept.</source>
        <translation>%1 closed the stream before it was complete; the text so far is kept.</translation>
    </message>
    <message>
        <source>%1 closed the stream without sending an answer.</source>
        <translation>%1 closed the stream without sending an answer.</translation>
    </message>
    <message>
        <source>%1 sent no answer the app understands; it began with: %2</source>
        <translation>%1 sent no answer the app understands; it began with: %2</translation>
    </message>
    <message>
        <source> The server asks to wait %1 min before trying again.</source>
        <translation> The server asks to wait %1 min before trying again.</translation>
    </message>
</context>
<context>
    <name>Inkwell::HttpError</name>
    <message>
        <source> of profile ‘%1’</source>
        <translation> of profile ‘%1’</translation>
    </message>
    <message>
        <source>check the API key%1</source>
        <translation>check the API key%1</translation>
    </message>
    <message>
        <source>the key%1 is not allowed to use this model or endpoint</source>
        <translation>the key%1 is not allowed to use this model or endpoint</translation>
    </message>
    <message>
        <source>check the base URL and the model name%1</source>
        <translation>check the base URL and the model name%1</translation>
    </message>
    <message>
        <source>the account has no quota left; check billing with the provider</source>
        <translation>the account has no quota left; check billing with the provider</translation>
    </message>
    <message>
        <source>rate limited; wait a moment and retry</source>
        <translation>rate limited; wait a moment and retry</translation>
    </message>
    <message>
        <source>the server had a problem; retry later</source>
        <translation>the server had a problem; retry later</translation>
    </message>
    <message>
        <source>the server rejected the request; check the model and parameters</source>
        <translation>the server rejected the request; check the model and parameters</translation>
    </message>
    <message>
        <source>an HTML page</source>
        <translation>an HTML page</translation>
    </message>
    <message>
        <source>HTTP %1 from %2</source>
        <translation>HTTP %1 from %2</translation>
    </message>
    <message>
        <source>The certificate of %1 could not be verified (%2). Inkwell does not talk to a server it cannot verify: install its CA certificate on this system, or check the base URL.</source>
        <translation>The certificate of %1 could not be verified (%2). Inkwell does not talk to a server it cannot verify: install its CA certificate on this system, or check the base URL.</translation>
    </message>
    <message>
        <source>Could not reach %1: %2 — is the server running and the base URL right?</source>
        <translation>Could not reach %1: %2 — is the server running and the base URL right?</translation>
    </message>
</context>
<context>
    <name>Inkwell::KeyStore</name>
    <message>
        <source>Cannot read the API key from the keychain: %1</source>
        <translation>Cannot read the API key from the keychain: %1</translation>
    </message>
    <message>
        <source>Cannot save the API key in the keychain: %1</source>
        <translation>Cannot save the API key in the keychain: %1</translation>
    </message>
    <message>
        <source>Cannot remove the API key from the keychain: %1</source>
        <translation>Cannot remove the API key from the keychain: %1</translation>
    </message>
</context>
<context>
    <name>Inkwell::MessageListModel</name>
    <message>
        <source>%1 tokens</source>
        <translation>%1 tokens</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 tok/s</translation>
    </message>
    <message>
        <source>first token %1 ms</source>
        <translation>first token %1 ms</translation>
    </message>
</context>
<context>
    <name>Inkwell::ModelLister</name>
    <message>
        <source>Unknown API ‘%1’.</source>
        <translation>Unknown API ‘%1’.</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>no answer within %1 s</translation>
    </message>
</context>
<context>
    <name>Inkwell::ParametersController</name>
    <message>
        <source>Temperature</source>
        <translation>Temperature</translation>
    </message>
    <message>
        <source>Randomness: low is focused and repeatable, high is varied and surprising.</source>
        <translation>Randomness: low is focused and repeatable, high is varied and surprising.</translation>
    </message>
    <message>
        <source>Top P</source>
        <translation>Top P</translation>
    </message>
    <message>
        <source>Sample only from the likeliest tokens whose probabilities add up to this.</source>
        <translation>Sample only from the likeliest tokens whose probabilities add up to this.</translation>
    </message>
    <message>
        <source>Top K</source>
        <translation>Top K</translation>
    </message>
    <message>
        <source>Sample only from this many likeliest tokens.</source>
        <translation>Sample only from this many likeliest tokens.</translation>
    </message>
    <message>
        <source>Min P</source>
        <translation>Min P</translation>
    </message>
    <message>
        <source>Drop tokens less likely than this fraction of the likeliest one.</source>
        <translation>Drop tokens less likely than this fraction of the likeliest one.</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Max tokens</translation>
    </message>
    <message>
        <source>The longest answer, in tokens.</source>
        <translation>The longest answer, in tokens.</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>How many answers to write at once; they become sibling branches.</source>
        <translation>How many answers to write at once; they become sibling branches.</translation>
    </message>
    <message>
        <source>Stop sequences</source>
        <translation>Stop sequences</translation>
    </message>
    <message>
        <source>The answer ends where one of these would be written.</source>
        <translation>The answer ends where one of these would be written.</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>The same seed with the same settings gives the same answer, where the server supports it.</source>
        <translation>The same seed with the same settings gives the same answer, where the server supports it.</translation>
    </message>
    <message>
        <source>Presence penalty</source>
        <translation>Presence penalty</translation>
    </message>
    <message>
        <source>Above 0 pushes toward new topics; below 0 allows returning to them.</source>
        <translation>Above 0 pushes toward new topics; below 0 allows returning to them.</translation>
    </message>
    <message>
        <source>Frequency penalty</source>
        <translation>Frequency penalty</translation>
    </message>
    <message>
        <source>Above 0 discourages repeating the same words.</source>
        <translation>Above 0 discourages repeating the same words.</translation>
    </message>
    <message>
        <source>Repeat penalty</source>
        <translation>Repeat penalty</translation>
    </message>
    <message>
        <source>Above 1 discourages repeating recent tokens; 1 is off.</source>
        <translation>Above 1 discourages repeating recent tokens; 1 is off.</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>Context length</translation>
    </message>
    <message>
        <source>How many tokens of the conversation the model keeps in view.</source>
        <translation>How many tokens of the conversation the model keeps in view.</translation>
    </message>
    <message>
        <source>Precise</source>
        <translation>Precise</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>Balanced</translation>
    </message>
    <message>
        <source>Creative</source>
        <translation>Creative</translation>
    </message>
</context>
<context>
    <name>Inkwell::ProfilesController</name>
    <message>
        <source>Give the profile a name.</source>
        <translation>Give the profile a name.</translation>
    </message>
    <message>
        <source>The base URL must be an http:// or https:// address of the server.</source>
        <translation>The base URL must be an http:// or https:// address of the server.</translation>
    </message>
    <message>
        <source>The header %1 carries a credential; put the key in the API key field, which goes to the keychain.</source>
        <translation>The header %1 carries a credential; put the key in the API key field, which goes to the keychain.</translation>
    </message>
    <message>
        <source>There is already a profile named ‘%1’.</source>
        <translation>There is already a profile named ‘%1’.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (copy %2)</translation>
    </message>
    <message>
        <source>Type the server&apos;s base URL first.</source>
        <translation>Type the server&apos;s base URL first.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message numerus="yes">
        <source>Connected in %1 ms: %n model(s).</source>
        <translation>
            <numerusform>Connected in %1 ms: %n model.</numerusform>
            <numerusform>Connected in %1 ms: %n models.</numerusform>
        </translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>Test cancelled.</translation>
    </message>
    <message>
        <source>Proxy: %1.</source>
        <translation>Proxy: %1.</translation>
    </message>
</context>
<context>
    <name>Inkwell::Provider</name>
    <message>
        <source>Gemini refused the prompt (%1); rephrase it or check the safety settings.</source>
        <translation>Gemini refused the prompt (%1); rephrase it or check the safety settings.</translation>
    </message>
    <message>
        <source>The server&apos;s answer has no &quot;done&quot;: %1</source>
        <translation>The server&apos;s answer has no &quot;done&quot;: %1</translation>
    </message>
    <message>
        <source>The server sent data that is not valid JSON: %1</source>
        <translation>The server sent data that is not valid JSON: %1</translation>
    </message>
    <message>
        <source>The server reported an error: %1</source>
        <translation>The server reported an error: %1</translation>
    </message>
    <message>
        <source>The model list is not the expected JSON: %1</source>
        <translation>The model list is not the expected JSON: %1</translation>
    </message>
</context>
<context>
    <name>Inkwell::ProxyRouter</name>
    <message>
        <source>a proxy is written as http://host:port or socks5://host:port</source>
        <translation>a proxy is written as http://host:port or socks5://host:port</translation>
    </message>
    <message>
        <source>the proxy must be http:// or socks5://, not %1://</source>
        <translation>the proxy must be http:// or socks5://, not %1://</translation>
    </message>
    <message>
        <source>the proxy&apos;s password goes in its own field (it is kept in the keychain), not in the URL</source>
        <translation>the proxy&apos;s password goes in its own field (it is kept in the keychain), not in the URL</translation>
    </message>
</context>
<context>
    <name>Inkwell::SingleInstance</name>
    <message>
        <source>Inkwell is already running on this data directory but does not answer (%1).</source>
        <translation>Inkwell is already running on this data directory but does not answer (%1).</translation>
    </message>
    <message>
        <source>Inkwell is already running on this data directory but did not take the request (%1).</source>
        <translation>Inkwell is already running on this data directory but did not take the request (%1).</translation>
    </message>
    <message>
        <source>Inkwell is already running on this data directory and refused the request.</source>
        <translation>Inkwell is already running on this data directory and refused the request.</translation>
    </message>
    <message>
        <source>Inkwell is already running; its window was brought forward.</source>
        <translation>Inkwell is already running; its window was brought forward.</translation>
    </message>
</context>
<context>
    <name>LocalServers</name>
    <message>
        <source>Looking for local servers on this computer…</source>
        <translation>Looking for local servers on this computer…</translation>
    </message>
    <message>
        <source>Found on this computer:</source>
        <translation>Found on this computer:</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n model(s)</source>
        <translation>
            <numerusform>%1 · %n model</numerusform>
            <numerusform>%1 · %n models</numerusform>
        </translation>
    </message>
    <message>
        <source>Use it</source>
        <translation>Use it</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Use %1</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>%1 — Inkwell</source>
        <translation>%1 — Inkwell</translation>
    </message>
    <message>
        <source>Inkwell</source>
        <translation>Inkwell</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrupted</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Thinking…</translation>
    </message>
    <message>
        <source>Thought process</source>
        <translation>Thought process</translation>
    </message>
    <message>
        <source>Hide thought process</source>
        <translation>Hide thought process</translation>
    </message>
    <message>
        <source>Show thought process</source>
        <translation>Show thought process</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Continue this answer</source>
        <translation>Continue this answer</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Copy as curl</translation>
    </message>
    <message>
        <source>Copy the request as a curl command (the key is left out)</source>
        <translation>Copy the request as a curl command (the key is left out)</translation>
    </message>
    <message>
        <source>The request that made this answer, as a curl command; the key reads $INKWELL_API_KEY</source>
        <translation>The request that made this answer, as a curl command; the key reads $INKWELL_API_KEY</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Jump to latest</source>
        <translation>Jump to latest</translation>
    </message>
</context>
<context>
    <name>ParametersPanel</name>
    <message>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <source>Close parameters</source>
        <translation>Close parameters</translation>
    </message>
    <message>
        <source>For this conversation. Controls %1 does not take are off and never sent.</source>
        <translation>For this conversation. Controls %1 does not take are off and never sent.</translation>
    </message>
    <message>
        <source>For this conversation.</source>
        <translation>For this conversation.</translation>
    </message>
    <message>
        <source>Preset…</source>
        <translation>Preset…</translation>
    </message>
    <message>
        <source>Parameter preset</source>
        <translation>Parameter preset</translation>
    </message>
    <message>
        <source>Reset all</source>
        <translation>Reset all</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>System prompt</translation>
    </message>
    <message>
        <source>How the model should behave, e.g. “Answer briefly, in Chinese.”</source>
        <translation>How the model should behave, e.g. “Answer briefly, in Chinese.”</translation>
    </message>
    <message>
        <source>not used by %1</source>
        <translation>not used by %1</translation>
    </message>
    <message>
        <source>server default %1</source>
        <translation>server default %1</translation>
    </message>
    <message>
        <source>server default</source>
        <translation>server default</translation>
    </message>
    <message>
        <source>Reset %1</source>
        <translation>Reset %1</translation>
    </message>
    <message>
        <source>Back to the server&apos;s default</source>
        <translation>Back to the server&apos;s default</translation>
    </message>
    <message>
        <source>Stop sequences</source>
        <translation>Stop sequences</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Remove %1</translation>
    </message>
    <message>
        <source>Add a stop sequence</source>
        <translation>Add a stop sequence</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Reasoning</translation>
    </message>
    <message>
        <source>Server default</source>
        <translation>Server default</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>Low effort</source>
        <translation>Low effort</translation>
    </message>
    <message>
        <source>Medium effort</source>
        <translation>Medium effort</translation>
    </message>
    <message>
        <source>High effort</source>
        <translation>High effort</translation>
    </message>
    <message>
        <source>Add a stop sequence, then Enter (at most %1)</source>
        <translation>Add a stop sequence, then Enter (at most %1)</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Servers</source>
        <translation>Servers</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profiles</translation>
    </message>
    <message>
        <source>%1, in use</source>
        <translation>%1, in use</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>in use</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No profiles yet. Add one from a service below.</source>
        <translation>No profiles yet. Add one from a service below.</translation>
    </message>
    <message>
        <source>Add a server…</source>
        <translation>Add a server…</translation>
    </message>
    <message>
        <source>%1 (on this computer)</source>
        <translation>%1 (on this computer)</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profile name</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Base URL</translation>
    </message>
    <message>
        <source>Requests go to %1. A bare host gets the API&apos;s usual path; any other path is used as typed.</source>
        <translation>Requests go to %1. A bare host gets the API&apos;s usual path; any other path is used as typed.</translation>
    </message>
    <message>
        <source>A bare host gets the API&apos;s usual path (/v1, /api for Ollama); any other path is used as typed.</source>
        <translation>A bare host gets the API&apos;s usual path (/v1, /api for Ollama); any other path is used as typed.</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>API version</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API key</translation>
    </message>
    <message>
        <source>Stored in the keychain if one was saved; type to replace</source>
        <translation>Stored in the keychain if one was saved; type to replace</translation>
    </message>
    <message>
        <source>Required by this service</source>
        <translation>Required by this service</translation>
    </message>
    <message>
        <source>Optional for local servers</source>
        <translation>Optional for local servers</translation>
    </message>
    <message>
        <source>Remove the saved key</source>
        <translation>Remove the saved key</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>Default model</translation>
    </message>
    <message>
        <source>Fetch list</source>
        <translation>Fetch list</translation>
    </message>
    <message>
        <source>Ask the server for its models</source>
        <translation>Ask the server for its models</translation>
    </message>
    <message>
        <source>Extra headers</source>
        <translation>Extra headers</translation>
    </message>
    <message>
        <source>One per line, e.g. HTTP-Referer: https://example.com (not for keys)</source>
        <translation>One per line, e.g. HTTP-Referer: https://example.com (not for keys)</translation>
    </message>
    <message>
        <source>Timeouts</source>
        <translation>Timeouts</translation>
    </message>
    <message>
        <source>connect</source>
        <translation>connect</translation>
    </message>
    <message>
        <source>Connect timeout in seconds</source>
        <translation>Connect timeout in seconds</translation>
    </message>
    <message>
        <source>s; silent for</source>
        <translation>s; silent for</translation>
    </message>
    <message>
        <source>Inactivity timeout in seconds</source>
        <translation>Inactivity timeout in seconds</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>Cancel test</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>No system keychain answered: keys are kept in memory for this session only.</source>
        <translation>No system keychain answered: keys are kept in memory for this session only.</translation>
    </message>
    <message>
        <source>Keys are kept in the system keychain, never in Inkwell&apos;s files.</source>
        <translation>Keys are kept in the system keychain, never in Inkwell&apos;s files.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Use for chats</source>
        <translation>Use for chats</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Add profile</source>
        <translation>Add profile</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>System settings</source>
        <translation>System settings</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>No proxy</translation>
    </message>
    <message>
        <source>This proxy:</source>
        <translation>This proxy:</translation>
    </message>
    <message>
        <source>Proxy address</source>
        <translation>Proxy address</translation>
    </message>
    <message>
        <source>Proxy password, if it asks for one (kept in the keychain)</source>
        <translation>Proxy password, if it asks for one (kept in the keychain)</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Proxy password</translation>
    </message>
</context>
<context>
    <name>RetryBanner</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Inkwell</source>
        <translation>Inkwell</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Settings (Ctrl+,)</source>
        <translation>Settings (Ctrl+,)</translation>
    </message>
    <message>
        <source>＋  New chat</source>
        <translation>＋  New chat</translation>
    </message>
    <message>
        <source>New chat (Ctrl+N)</source>
        <translation>New chat (Ctrl+N)</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>No conversations yet</source>
        <translation>No conversations yet</translation>
    </message>
    <message>
        <source>Delete conversation?</source>
        <translation>Delete conversation?</translation>
    </message>
    <message>
        <source>“%1” and all its messages will be deleted.</source>
        <translation>“%1” and all its messages will be deleted.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import conversations (Inkwell JSON or ChatGPT export)</source>
        <translation>Import conversations (Inkwell JSON or ChatGPT export)</translation>
    </message>
</context>
</TS>
