<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AppearancePopup</name>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>Theme: %1</source>
        <translation>Theme: %1</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
    <message>
        <source>Smaller text (Ctrl+-)</source>
        <translation>Smaller text (Ctrl+-)</translation>
    </message>
    <message>
        <source>Larger text (Ctrl+=)</source>
        <translation>Larger text (Ctrl+=)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Default text size (Ctrl+0)</source>
        <translation>Default text size (Ctrl+0)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Titles</source>
        <translation>Titles</translation>
    </message>
    <message>
        <source>Named by the model after the first answer</source>
        <translation>Named by the model after the first answer</translation>
    </message>
    <message>
        <source>Model for titles</source>
        <translation>Model for titles</translation>
    </message>
    <message>
        <source>Server for titles</source>
        <translation>Server for titles</translation>
    </message>
    <message>
        <source>Model (empty: that server&apos;s own)</source>
        <translation>Model (empty: that server&apos;s own)</translation>
    </message>
    <message>
        <source>One short extra request, in the background. On a paid API it costs a little; a title you changed is kept.</source>
        <translation>One short extra request, in the background. On a paid API it costs a little; a title you changed is kept.</translation>
    </message>
</context>
<context>
    <name>AttachmentChips</name>
    <message>
        <source>reading…</source>
        <translation>reading…</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Remove %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>whole PDF</source>
        <translation>whole PDF</translation>
    </message>
    <message>
        <source>as text</source>
        <translation>as text</translation>
    </message>
    <message>
        <source>Sent as the whole PDF; send its text instead</source>
        <translation>Sent as the whole PDF; send its text instead</translation>
    </message>
    <message>
        <source>Sent as text; send the whole PDF instead</source>
        <translation>Sent as text; send the whole PDF instead</translation>
    </message>
    <message>
        <source>A scanned PDF has no text: it goes as the file itself.</source>
        <translation>A scanned PDF has no text: it goes as the file itself.</translation>
    </message>
    <message>
        <source>The PDF itself goes: the server reads its pages, pictures and layout too.</source>
        <translation>The PDF itself goes: the server reads its pages, pictures and layout too.</translation>
    </message>
    <message>
        <source>The server reads the PDF itself, pictures and layout too. Click to send only its text (fewer tokens).</source>
        <translation>The server reads the PDF itself, pictures and layout too. Click to send only its text (fewer tokens).</translation>
    </message>
    <message>
        <source>Only the PDF&apos;s text goes. Click to send the file itself: the server reads its pictures and layout too.</source>
        <translation>Only the PDF&apos;s text goes. Click to send the file itself: the server reads its pictures and layout too.</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>%1 × %2 pixels · %3</source>
        <translation>%1 × %2 pixels · %3</translation>
    </message>
    <message>
        <source>[… %1 more characters; Save as has the whole file]</source>
        <translation>[… %1 more characters; Save as has the whole file]</translation>
    </message>
    <message>
        <source>This file has no text layer (a scanned PDF): the server is given the PDF itself and reads its pages as pictures. Save as opens it elsewhere.</source>
        <translation>This file has no text layer (a scanned PDF): the server is given the PDF itself and reads its pages as pictures. Save as opens it elsewhere.</translation>
    </message>
</context>
<context>
    <name>BranchSwitcher</name>
    <message>
        <source>Previous version</source>
        <translation>Previous version</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Version %1 of %2</source>
        <translation>Version %1 of %2</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Next version</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>Compare the answers side by side</source>
        <translation>Compare the answers side by side</translation>
    </message>
</context>
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
    <name>CompareView</name>
    <message>
        <source>Compare answers</source>
        <translation>Compare answers</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>Answer %1 of %2</source>
        <translation>Answer %1 of %2</translation>
    </message>
    <message>
        <source> · shown now</source>
        <translation> · shown now</translation>
    </message>
    <message>
        <source>Continue with this one</source>
        <translation>Continue with this one</translation>
    </message>
    <message>
        <source>Continue with answer %1</source>
        <translation>Continue with answer %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
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
    <message>
        <source>An answer is still coming in another conversation (Stop ends it); send when it is done.</source>
        <translation>An answer is still coming in another conversation (Stop ends it); send when it is done.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Attach files</translation>
    </message>
    <message>
        <source>Images and documents (%1)</source>
        <translation>Images and documents (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Attach images or documents (or drop them here, or paste an image)</source>
        <translation>Attach images or documents (or drop them here, or paste an image)</translation>
    </message>
    <message>
        <source>Drop to attach</source>
        <translation>Drop to attach</translation>
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
        <source>%1, pinned</source>
        <translation>%1, pinned</translation>
    </message>
</context>
<context>
    <name>ConversationMenu</name>
    <message>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Unpin</translation>
    </message>
    <message>
        <source>Pin to top</source>
        <translation>Pin to top</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Move to folder</source>
        <translation>Move to folder</translation>
    </message>
    <message>
        <source>New folder…</source>
        <translation>New folder…</translation>
    </message>
    <message>
        <source>A folder for “%1”</source>
        <translation>A folder for “%1”</translation>
    </message>
    <message>
        <source>Out of the folder</source>
        <translation>Out of the folder</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>New folder</translation>
    </message>
</context>
<context>
    <name>DateSection</name>
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
    <name>DraftActions</name>
    <message>
        <source>Regenerate</source>
        <translation>Regenerate</translation>
    </message>
    <message>
        <source>Write the draft again from its template</source>
        <translation>Write the draft again from its template</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Carry on from the end of the text (Ctrl+Shift+Enter)</source>
        <translation>Carry on from the end of the text (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <source>Rewrite selection…</source>
        <translation>Rewrite selection…</translation>
    </message>
    <message>
        <source>Rewrite…</source>
        <translation>Rewrite…</translation>
    </message>
    <message>
        <source>Rewrite with your instruction (Ctrl+E)</source>
        <translation>Rewrite with your instruction (Ctrl+E)</translation>
    </message>
    <message>
        <source>Shorten</source>
        <translation>Shorten</translation>
    </message>
    <message>
        <source>Shorten the selected text</source>
        <translation>Shorten the selected text</translation>
    </message>
    <message>
        <source>Shorten the whole draft</source>
        <translation>Shorten the whole draft</translation>
    </message>
    <message>
        <source>Expand</source>
        <translation>Expand</translation>
    </message>
    <message>
        <source>Expand the selected text</source>
        <translation>Expand the selected text</translation>
    </message>
    <message>
        <source>Expand the whole draft</source>
        <translation>Expand the whole draft</translation>
    </message>
    <message>
        <source>Tone ▾</source>
        <translation>Tone ▾</translation>
    </message>
    <message>
        <source>friendly</source>
        <translation>friendly</translation>
    </message>
    <message>
        <source>formal</source>
        <translation>formal</translation>
    </message>
    <message>
        <source>concise</source>
        <translation>concise</translation>
    </message>
    <message>
        <source>confident</source>
        <translation>confident</translation>
    </message>
    <message>
        <source>playful</source>
        <translation>playful</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutral</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Outline</translation>
    </message>
    <message>
        <source>Replace the draft with an outline: a heading per section, each with its plan</source>
        <translation>Replace the draft with an outline: a heading per section, each with its plan</translation>
    </message>
    <message>
        <source>Write section ▾</source>
        <translation>Write section ▾</translation>
    </message>
    <message>
        <source>Write (or write again) one section of the outline</source>
        <translation>Write (or write again) one section of the outline</translation>
    </message>
    <message>
        <source>Save version</source>
        <translation>Save version</translation>
    </message>
    <message>
        <source>Keep the text as it is now in the history (Ctrl+S)</source>
        <translation>Keep the text as it is now in the history (Ctrl+S)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Stop (Esc)</source>
        <translation>Stop (Esc)</translation>
    </message>
    <message>
        <source>How should the selected text change?</source>
        <translation>How should the selected text change?</translation>
    </message>
    <message>
        <source>How should the draft change?</source>
        <translation>How should the draft change?</translation>
    </message>
    <message>
        <source>e.g. simpler words, add an example, in the past tense</source>
        <translation>e.g. simpler words, add an example, in the past tense</translation>
    </message>
    <message>
        <source>Rewrite instruction</source>
        <translation>Rewrite instruction</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Rewrite</source>
        <translation>Rewrite</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <source>Draft title</source>
        <translation>Draft title</translation>
    </message>
    <message>
        <source>%1 / %2 words</source>
        <translation>%1 / %2 words</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Target length in words</source>
        <translation>Target length in words</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Versions of this draft</source>
        <translation>Versions of this draft</translation>
    </message>
    <message>
        <source>Export draft</source>
        <translation>Export draft</translation>
    </message>
    <message>
        <source>Export the draft (Markdown, HTML, PDF, text)</source>
        <translation>Export the draft (Markdown, HTML, PDF, text)</translation>
    </message>
    <message>
        <source>Markdown…</source>
        <translation>Markdown…</translation>
    </message>
    <message>
        <source>Web page…</source>
        <translation>Web page…</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Plain text…</source>
        <translation>Plain text…</translation>
    </message>
    <message>
        <source>Write here, or let the model start: Outline, or Regenerate from the template.</source>
        <translation>Write here, or let the model start: Outline, or Regenerate from the template.</translation>
    </message>
    <message>
        <source>Draft text (Markdown)</source>
        <translation>Draft text (Markdown)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Saved as version %1</source>
        <translation>Saved as version %1</translation>
    </message>
    <message>
        <source>No changes since version %1</source>
        <translation>No changes since version %1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Documents or pictures the model writes from (drop them here)</source>
        <translation>Documents or pictures the model writes from (drop them here)</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Add sources</source>
        <translation>Add sources</translation>
    </message>
</context>
<context>
    <name>DraftList</name>
    <message>
        <source>＋  New from template</source>
        <translation>＋  New from template</translation>
    </message>
    <message>
        <source>Search drafts</source>
        <translation>Search drafts</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <source>Draft actions</source>
        <translation>Draft actions</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>No draft matches.</source>
        <translation>No draft matches.</translation>
    </message>
    <message>
        <source>No drafts yet. Start one from a template.</source>
        <translation>No drafts yet. Start one from a template.</translation>
    </message>
    <message>
        <source>Delete draft?</source>
        <translation>Delete draft?</translation>
    </message>
    <message>
        <source>“%1” and its whole history will be deleted.</source>
        <translation>“%1” and its whole history will be deleted.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Being written</source>
        <translation>Being written</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrupted</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
</context>
<context>
    <name>DraftVersions</name>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message>
        <source>No versions yet</source>
        <translation>No versions yet</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>From this version to now: %1, %2</source>
        <translation>From this version to now: %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) added</source>
        <translation>
            <numerusform>%n line added</numerusform>
            <numerusform>%n lines added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftsController</name>
    <message>
        <source>Generated</source>
        <translation>Generated</translation>
    </message>
    <message>
        <source>Continued</source>
        <translation>Continued</translation>
    </message>
    <message>
        <source>Rewritten</source>
        <translation>Rewritten</translation>
    </message>
    <message>
        <source>Shortened</source>
        <translation>Shortened</translation>
    </message>
    <message>
        <source>Expanded</source>
        <translation>Expanded</translation>
    </message>
    <message>
        <source>Tone changed</source>
        <translation>Tone changed</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Outline</translation>
    </message>
    <message>
        <source>Section written</source>
        <translation>Section written</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Your edits</source>
        <translation>Your edits</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restored</translation>
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
        <source>Inkwell conversations</source>
        <translation>Inkwell conversations</translation>
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
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <source>File name</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
</context>
<context>
    <name>FolderDelegate</name>
    <message numerus="yes">
        <source>Folder %1, open, %n conversation(s)</source>
        <translation>
            <numerusform>Folder %1, open, %n conversation</numerusform>
            <numerusform>Folder %1, open, %n conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Folder %1, closed, %n conversation(s)</source>
        <translation>
            <numerusform>Folder %1, closed, %n conversation</numerusform>
            <numerusform>Folder %1, closed, %n conversations</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder name</source>
        <translation>Folder name</translation>
    </message>
    <message>
        <source>Folder actions</source>
        <translation>Folder actions</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>Delete folder (keep its chats)</source>
        <translation>Delete folder (keep its chats)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
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
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>Files…</source>
        <translation>Files…</translation>
    </message>
    <message>
        <source>A folder…</source>
        <translation>A folder…</translation>
    </message>
    <message>
        <source>Import a folder of exports</source>
        <translation>Import a folder of exports</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message>
        <source>Inkwell and ChatGPT exports</source>
        <translation>Inkwell and ChatGPT exports</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) imported earlier without their messages will be filled</source>
        <translation>
            <numerusform>%n conversation imported earlier without their messages will be filled</numerusform>
            <numerusform>%n conversations imported earlier without their messages will be filled</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new to import.</source>
        <translation>Nothing new to import.</translation>
    </message>
    <message>
        <source>Exports (*.json *.zip)</source>
        <translation>Exports (*.json *.zip)</translation>
    </message>
    <message numerus="yes">
        <source>Already here, left as they are: %n conversation(s)</source>
        <translation>
            <numerusform>Already here, left as they are: %n conversation</numerusform>
            <numerusform>Already here, left as they are: %n conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out, with nothing to import: %n entry(ies)</source>
        <translation>
            <numerusform>Left out, with nothing to import: %n entry</numerusform>
            <numerusform>Left out, with nothing to import: %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n hidden message(s) (system and context notes ChatGPT does not show)</source>
        <translation>
            <numerusform>Left out: %n hidden message (system and context notes ChatGPT does not show)</numerusform>
            <numerusform>Left out: %n hidden messages (system and context notes ChatGPT does not show)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) in the file</source>
        <translation>
            <numerusform>%n conversation in the file</numerusform>
            <numerusform>%n conversations in the file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New: %n conversation(s)</source>
        <translation>
            <numerusform>New: %n conversation</numerusform>
            <numerusform>New: %n conversations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inkwell::ActiveServer</name>
    <message>
        <source>Command line</source>
        <translation>Command line</translation>
    </message>
</context>
<context>
    <name>Inkwell::Appearance</name>
    <message>
        <source>As the system</source>
        <translation>As the system</translation>
    </message>
</context>
<context>
    <name>Inkwell::Attachments</name>
    <message>
        <source>a PDF</source>
        <translation>a PDF</translation>
    </message>
    <message>
        <source>a Word document (DOCX)</source>
        <translation>a Word document (DOCX)</translation>
    </message>
    <message>
        <source>an OpenDocument text (ODT)</source>
        <translation>an OpenDocument text (ODT)</translation>
    </message>
    <message>
        <source>a zip archive</source>
        <translation>a zip archive</translation>
    </message>
    <message>
        <source>an older Microsoft Office file (.doc, .xls or .ppt)</source>
        <translation>an older Microsoft Office file (.doc, .xls or .ppt)</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>a PNG image</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>a JPEG image</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>a GIF image</translation>
    </message>
    <message>
        <source>a WebP image</source>
        <translation>a WebP image</translation>
    </message>
    <message>
        <source>a text file</source>
        <translation>a text file</translation>
    </message>
    <message>
        <source>binary data of some other kind</source>
        <translation>binary data of some other kind</translation>
    </message>
    <message>
        <source>%1 is not a PDF: it is %2.</source>
        <translation>%1 is not a PDF: it is %2.</translation>
    </message>
    <message>
        <source>%1 is not a Word document: it is %2.</source>
        <translation>%1 is not a Word document: it is %2.</translation>
    </message>
    <message>
        <source>%1 is not an OpenDocument text: it is %2.</source>
        <translation>%1 is not an OpenDocument text: it is %2.</translation>
    </message>
    <message>
        <source>%1 is protected by a password; Inkwell cannot read it.</source>
        <translation>%1 is protected by a password; Inkwell cannot read it.</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>%1 expands to more than %2; it may be a zip bomb.</source>
        <translation>%1 expands to more than %2; it may be a zip bomb.</translation>
    </message>
    <message>
        <source>%1 is damaged or not a complete PDF; Inkwell cannot read it.</source>
        <translation>%1 is damaged or not a complete PDF; Inkwell cannot read it.</translation>
    </message>
    <message>
        <source>%1 has %2 pages; Inkwell reads at most %3.</source>
        <translation>%1 has %2 pages; Inkwell reads at most %3.</translation>
    </message>
    <message>
        <source>%1 holds more than %2 of text.</source>
        <translation>%1 holds more than %2 of text.</translation>
    </message>
    <message>
        <source>%1 has no text layer (it looks scanned); attach the pages as images instead.</source>
        <translation>%1 has no text layer (it looks scanned); attach the pages as images instead.</translation>
    </message>
    <message>
        <source>%1 is damaged: its zip archive cannot be opened (%2).</source>
        <translation>%1 is damaged: its zip archive cannot be opened (%2).</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 cannot be read (%3).</source>
        <translation>%1 is damaged: %2 cannot be read (%3).</translation>
    </message>
    <message>
        <source>an EPUB book</source>
        <translation>an EPUB book</translation>
    </message>
    <message>
        <source>an OpenDocument file of another kind (%1)</source>
        <translation>an OpenDocument file of another kind (%1)</translation>
    </message>
    <message>
        <source>an Excel workbook (XLSX)</source>
        <translation>an Excel workbook (XLSX)</translation>
    </message>
    <message>
        <source>a PowerPoint presentation (PPTX)</source>
        <translation>a PowerPoint presentation (PPTX)</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 is not well-formed XML (line %3: %4).</source>
        <translation>%1 is damaged: %2 is not well-formed XML (line %3: %4).</translation>
    </message>
    <message>
        <source>%1 has no text to read (it may hold only images).</source>
        <translation>%1 has no text to read (it may hold only images).</translation>
    </message>
    <message>
        <source>%1 is %2; Inkwell reads PDF, DOCX, ODT and text files.</source>
        <translation>%1 is %2; Inkwell reads PDF, DOCX, ODT and text files.</translation>
    </message>
    <message>
        <source>This file</source>
        <translation>This file</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 is empty.</translation>
    </message>
    <message>
        <source>%1 is %2; save it as DOCX or PDF and attach that instead.</source>
        <translation>%1 is %2; save it as DOCX or PDF and attach that instead.</translation>
    </message>
    <message>
        <source>%1 is %2, not a text document.</source>
        <translation>%1 is %2, not a text document.</translation>
    </message>
    <message>
        <source>%1 looks like a binary file, not text.</source>
        <translation>%1 looks like a binary file, not text.</translation>
    </message>
    <message>
        <source>%1 is too large to read as text.</source>
        <translation>%1 is too large to read as text.</translation>
    </message>
    <message>
        <source>The text-completion API takes no images; use chat.</source>
        <translation>The text-completion API takes no images; use chat.</translation>
    </message>
    <message>
        <source>%1 does not take images. Remove the images or choose a model that sees them (if this one does, say so under Images in Settings → Servers).</source>
        <translation>%1 does not take images. Remove the images or choose a model that sees them (if this one does, say so under Images in Settings → Servers).</translation>
    </message>
    <message>
        <source>%1 is %2; images up to %3 can be attached.</source>
        <translation>%1 is %2; images up to %3 can be attached.</translation>
    </message>
    <message>
        <source>%1 is %2; documents up to %3 can be attached.</source>
        <translation>%1 is %2; documents up to %3 can be attached.</translation>
    </message>
    <message>
        <source>%1 does not exist (any more).</source>
        <translation>%1 does not exist (any more).</translation>
    </message>
    <message>
        <source>%1 is a folder; attach the files in it instead.</source>
        <translation>%1 is a folder; attach the files in it instead.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, a pipe or a socket).</source>
        <translation>%1 is not a regular file (a device, a pipe or a socket).</translation>
    </message>
    <message>
        <source>%1 is %2; files up to %3 can be attached.</source>
        <translation>%1 is %2; files up to %3 can be attached.</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 could not be opened: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2.</source>
        <translation>%1 is larger than %2.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 could not be read: %2</translation>
    </message>
    <message>
        <source>%1 is not an image Inkwell can read.</source>
        <translation>%1 is not an image Inkwell can read.</translation>
    </message>
    <message>
        <source>%1 is too large: %2 × %3 pixels.</source>
        <translation>%1 is too large: %2 × %3 pixels.</translation>
    </message>
    <message>
        <source>%1 could not be read as an image (it ends early); the file may be damaged.</source>
        <translation>%1 could not be read as an image (it ends early); the file may be damaged.</translation>
    </message>
    <message>
        <source>%1 could not be read as an image (%2); the file may be damaged.</source>
        <translation>%1 could not be read as an image (%2); the file may be damaged.</translation>
    </message>
    <message>
        <source>%1 could not be prepared: %2</source>
        <translation>%1 could not be prepared: %2</translation>
    </message>
    <message>
        <source>[Images shown earlier, not sent again: %1]</source>
        <translation>[Images shown earlier, not sent again: %1]</translation>
    </message>
    <message>
        <source>[Images attached here, not sent: this model reads text only: %1]</source>
        <translation>[Images attached here, not sent: this model reads text only: %1]</translation>
    </message>
    <message>
        <source>%1 has no text layer (it looks scanned), and this server reads only the text of PDFs. Send it to Anthropic, Gemini or OpenAI, or attach its pages as images.</source>
        <translation>%1 has no text layer (it looks scanned), and this server reads only the text of PDFs. Send it to Anthropic, Gemini or OpenAI, or attach its pages as images.</translation>
    </message>
    <message>
        <source>[Scanned PDFs attached here, not sent: this server reads only text: %1]</source>
        <translation>[Scanned PDFs attached here, not sent: this server reads only text: %1]</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Cannot save %1: %2</translation>
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
    <message>
        <source>Nothing to edit.</source>
        <translation>Nothing to edit.</translation>
    </message>
    <message>
        <source>Only your own messages can be edited.</source>
        <translation>Only your own messages can be edited.</translation>
    </message>
    <message>
        <source>An answer (%1 characters) was not saved: %2</source>
        <translation>An answer (%1 characters) was not saved: %2</translation>
    </message>
    <message>
        <source>%1. The answer is kept and will be saved as soon as that works.</source>
        <translation>%1. The answer is kept and will be saved as soon as that works.</translation>
    </message>
</context>
<context>
    <name>Inkwell::ComposerAttachments</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Pasted image %1.png</source>
        <translation>Pasted image %1.png</translation>
    </message>
    <message>
        <source>That file is no longer in the message box.</source>
        <translation>That file is no longer in the message box.</translation>
    </message>
</context>
<context>
    <name>Inkwell::ConversationListModel</name>
    <message>
        <source>New conversation</source>
        <translation>New conversation</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Pinned</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Folders</translation>
    </message>
</context>
<context>
    <name>Inkwell::ConversationSession</name>
    <message>
        <source>%1
Trying again in %2 s (%3 of %4)…</source>
        <translation>%1
Trying again in %2 s (%3 of %4)…</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>New conversation</translation>
    </message>
    <message>
        <source>Add a server first: open Settings (Ctrl+,) and add a profile.</source>
        <translation>Add a server first: open Settings (Ctrl+,) and add a profile.</translation>
    </message>
    <message>
        <source>That template is gone.</source>
        <translation>That template is gone.</translation>
    </message>
    <message>
        <source>The answer in “%1” failed: %2</source>
        <translation>The answer in “%1” failed: %2</translation>
    </message>
    <message>
        <source>A file is still being read; send when its chip is ready.</source>
        <translation>A file is still being read; send when its chip is ready.</translation>
    </message>
    <message>
        <source>An answer is still streaming; stop it first.</source>
        <translation>An answer is still streaming; stop it first.</translation>
    </message>
</context>
<context>
    <name>Inkwell::Database</name>
    <message>
        <source>Cannot read the schema version</source>
        <translation>Cannot read the schema version</translation>
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
    <message>
        <source>Nothing was changed. Quit Inkwell and move the file aside (rename it, for example to %1) to start with a new, empty database, or put back a backup.</source>
        <translation>Nothing was changed. Quit Inkwell and move the file aside (rename it, for example to %1) to start with a new, empty database, or put back a backup.</translation>
    </message>
    <message>
        <source>Cannot read the database %1: %2 — check its permissions.</source>
        <translation>Cannot read the database %1: %2 — check its permissions.</translation>
    </message>
    <message>
        <source>%1 is not a usable Inkwell database: it is not an SQLite file.</source>
        <translation>%1 is not a usable Inkwell database: it is not an SQLite file.</translation>
    </message>
    <message>
        <source>%1 is damaged: it is cut short (%2 bytes of the %3 it should have).</source>
        <translation>%1 is damaged: it is cut short (%2 bytes of the %3 it should have).</translation>
    </message>
    <message>
        <source>%1 was written by a newer Inkwell (schema %2, this build knows %3). Update Inkwell; the file was not changed.</source>
        <translation>%1 was written by a newer Inkwell (schema %2, this build knows %3). Update Inkwell; the file was not changed.</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>the database</translation>
    </message>
    <message>
        <source>the disk is full (%1 cannot grow) — free some space on it</source>
        <translation>the disk is full (%1 cannot grow) — free some space on it</translation>
    </message>
    <message>
        <source>%1 is read-only — make the file and its folder writable, then try again</source>
        <translation>%1 is read-only — make the file and its folder writable, then try again</translation>
    </message>
    <message>
        <source>%1 is locked by another program (another Inkwell, a database browser, a backup) — close it or wait, then try again</source>
        <translation>%1 is locked by another program (another Inkwell, a database browser, a backup) — close it or wait, then try again</translation>
    </message>
    <message>
        <source>%1 could not be written or read (%2) — the disk may be full, failing or gone</source>
        <translation>%1 could not be written or read (%2) — the disk may be full, failing or gone</translation>
    </message>
    <message>
        <source>%1 is damaged (%2) — move it aside and start again</source>
        <translation>%1 is damaged (%2) — move it aside and start again</translation>
    </message>
    <message>
        <source>%1 cannot be opened (%2) — check that it and its folder exist and can be read and written</source>
        <translation>%1 cannot be opened (%2) — check that it and its folder exist and can be read and written</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database — check that its parent folder exists and can be written.</source>
        <translation>Cannot create the folder %1 for the database — check that its parent folder exists and can be written.</translation>
    </message>
    <message>
        <source>Cannot create the database %1: its folder is read-only — make the folder writable or choose another with --data-dir.</source>
        <translation>Cannot create the database %1: its folder is read-only — make the folder writable or choose another with --data-dir.</translation>
    </message>
    <message>
        <source>%1 is not a usable Inkwell database: it is damaged.</source>
        <translation>%1 is not a usable Inkwell database: it is damaged.</translation>
    </message>
    <message>
        <source>Cannot read the database</source>
        <translation>Cannot read the database</translation>
    </message>
    <message>
        <source>%1 is read-only, and this Inkwell must update it (schema %2 to %3) before it can be used — make the file and its folder writable.</source>
        <translation>%1 is read-only, and this Inkwell must update it (schema %2 to %3) before it can be used — make the file and its folder writable.</translation>
    </message>
    <message>
        <source>%1 is read-only: conversations can be read, but nothing new will be saved — make the file and its folder writable and start Inkwell again.</source>
        <translation>%1 is read-only: conversations can be read, but nothing new will be saved — make the file and its folder writable and start Inkwell again.</translation>
    </message>
</context>
<context>
    <name>Inkwell::DraftListModel</name>
    <message>
        <source>Untitled draft</source>
        <translation>Untitled draft</translation>
    </message>
</context>
<context>
    <name>Inkwell::DraftSession</name>
    <message>
        <source>The model is still writing; stop it first.</source>
        <translation>The model is still writing; stop it first.</translation>
    </message>
    <message>
        <source>This template uses text completion, which %1 does not offer; change the template&apos;s mode to chat.</source>
        <translation>This template uses text completion, which %1 does not offer; change the template&apos;s mode to chat.</translation>
    </message>
</context>
<context>
    <name>Inkwell::Drafting</name>
    <message>
        <source>This draft has no prompt to generate from.</source>
        <translation>This draft has no prompt to generate from.</translation>
    </message>
    <message>
        <source>There is no text to continue yet.</source>
        <translation>There is no text to continue yet.</translation>
    </message>
    <message>
        <source>Say how to rewrite it.</source>
        <translation>Say how to rewrite it.</translation>
    </message>
    <message>
        <source>There is no text to change yet.</source>
        <translation>There is no text to change yet.</translation>
    </message>
    <message>
        <source>Choose a tone.</source>
        <translation>Choose a tone.</translation>
    </message>
    <message>
        <source>Write what the document is about first.</source>
        <translation>Write what the document is about first.</translation>
    </message>
    <message>
        <source>That section is no longer in the draft.</source>
        <translation>That section is no longer in the draft.</translation>
    </message>
    <message>
        <source>Unknown action.</source>
        <translation>Unknown action.</translation>
    </message>
    <message>
        <source>%1“%2” must be text</source>
        <translation>%1“%2” must be text</translation>
    </message>
    <message>
        <source>%1“%2” must be a number, not “%3”</source>
        <translation>%1“%2” must be a number, not “%3”</translation>
    </message>
    <message>
        <source>%1“%2” must be a list</source>
        <translation>%1“%2” must be a list</translation>
    </message>
    <message>
        <source>%1“%2” must be a list of text</source>
        <translation>%1“%2” must be a list of text</translation>
    </message>
    <message>
        <source>variable %1: </source>
        <translation>variable %1: </translation>
    </message>
    <message>
        <source>variable %1 must be a map with at least “name”</source>
        <translation>variable %1 must be a map with at least “name”</translation>
    </message>
    <message>
        <source>“parameters” must be a map such as “temperature: 0.7”</source>
        <translation>“parameters” must be a map such as “temperature: 0.7”</translation>
    </message>
    <message>
        <source>parameter “%1” must be a number</source>
        <translation>parameter “%1” must be a number</translation>
    </message>
    <message>
        <source>“%1” is not a parameter (temperature, top_p, max_tokens, n, seed, presence_penalty, frequency_penalty, top_k, min_p, repeat_penalty, num_ctx, stop, think)</source>
        <translation>“%1” is not a parameter (temperature, top_p, max_tokens, n, seed, presence_penalty, frequency_penalty, top_k, min_p, repeat_penalty, num_ctx, stop, think)</translation>
    </message>
    <message>
        <source>{{%1}} is not declared</source>
        <translation>{{%1}} is not declared</translation>
    </message>
    <message>
        <source> (did you mean {{%1}}?)</source>
        <translation> (did you mean {{%1}}?)</translation>
    </message>
    <message>
        <source>the file is larger than 1 MB; a template is a prompt, not a document</source>
        <translation>the file is larger than 1 MB; a template is a prompt, not a document</translation>
    </message>
    <message>
        <source>a template file starts with a “---” line, then its fields, then “---” and the body</source>
        <translation>a template file starts with a “---” line, then its fields, then “---” and the body</translation>
    </message>
    <message>
        <source>the front matter opened on line 1 is never closed by a “---” line</source>
        <translation>the front matter opened on line 1 is never closed by a “---” line</translation>
    </message>
    <message>
        <source>the front matter nests lists or maps too deeply</source>
        <translation>the front matter nests lists or maps too deeply</translation>
    </message>
    <message>
        <source>the front matter must be “field: value” lines</source>
        <translation>the front matter must be “field: value” lines</translation>
    </message>
    <message>
        <source>“name” is missing</source>
        <translation>“name” is missing</translation>
    </message>
    <message>
        <source>preset “%1” is not one of precise, balanced, creative</source>
        <translation>preset “%1” is not one of precise, balanced, creative</translation>
    </message>
    <message>
        <source>mode “%1” is not chat or completion</source>
        <translation>mode “%1” is not chat or completion</translation>
    </message>
    <message>
        <source>output “%1” is not draft or conversation</source>
        <translation>output “%1” is not draft or conversation</translation>
    </message>
    <message>
        <source>“variables” must be a list</source>
        <translation>“variables” must be a list</translation>
    </message>
    <message>
        <source>system prompt: </source>
        <translation>system prompt: </translation>
    </message>
    <message>
        <source>variable “%1”: </source>
        <translation>variable “%1”: </translation>
    </message>
    <message>
        <source>“%1” is not a variable name: use letters, digits and _, starting with a letter</source>
        <translation>“%1” is not a variable name: use letters, digits and _, starting with a letter</translation>
    </message>
    <message>
        <source>the name is built in and cannot be declared</source>
        <translation>the name is built in and cannot be declared</translation>
    </message>
    <message>
        <source>declared twice</source>
        <translation>declared twice</translation>
    </message>
    <message>
        <source>min is above max</source>
        <translation>min is above max</translation>
    </message>
    <message>
        <source>a choice needs “choices”</source>
        <translation>a choice needs “choices”</translation>
    </message>
    <message>
        <source>the default “%1” is not one of the choices</source>
        <translation>the default “%1” is not one of the choices</translation>
    </message>
    <message>
        <source>the default “%1” is not a number in range</source>
        <translation>the default “%1” is not a number in range</translation>
    </message>
    <message>
        <source>the body (the prompt) is empty</source>
        <translation>the body (the prompt) is empty</translation>
    </message>
    <message>
        <source>There is no template “%1”; “inkwell-cli template list” shows them.</source>
        <translation>There is no template “%1”; “inkwell-cli template list” shows them.</translation>
    </message>
    <message>
        <source>“%1” is the name of a built-in template; choose another name.</source>
        <translation>“%1” is the name of a built-in template; choose another name.</translation>
    </message>
    <message>
        <source>A template named “%1” exists already.</source>
        <translation>A template named “%1” exists already.</translation>
    </message>
    <message>
        <source>Built-in templates cannot be changed; duplicate it and change the copy.</source>
        <translation>Built-in templates cannot be changed; duplicate it and change the copy.</translation>
    </message>
    <message>
        <source>“%1” has a problem to mend first: %2</source>
        <translation>“%1” has a problem to mend first: %2</translation>
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
        <source>Built-in templates cannot be deleted.</source>
        <translation>Built-in templates cannot be deleted.</translation>
    </message>
    <message>
        <source>%1: larger than 1 MB; not a template</source>
        <translation>%1: larger than 1 MB; not a template</translation>
    </message>
    <message>
        <source>%1: cannot read it (%2)</source>
        <translation>%1: cannot read it (%2)</translation>
    </message>
    <message>
        <source>%1: not UTF-8 text</source>
        <translation>%1: not UTF-8 text</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>“%1” is one line; it contains a line break</source>
        <translation>“%1” is one line; it contains a line break</translation>
    </message>
    <message>
        <source>“%1” is required</source>
        <translation>“%1” is required</translation>
    </message>
    <message>
        <source>“%1” needs a number</source>
        <translation>“%1” needs a number</translation>
    </message>
    <message>
        <source>“%1” must be a number, not “%2”</source>
        <translation>“%1” must be a number, not “%2”</translation>
    </message>
    <message>
        <source>“%1” must be between %2 and %3; %4 is not</source>
        <translation>“%1” must be between %2 and %3; %4 is not</translation>
    </message>
    <message>
        <source>“%1” must be one of: %2</source>
        <translation>“%1” must be one of: %2</translation>
    </message>
    <message>
        <source>“%1” must be yes or no, not “%2”</source>
        <translation>“%1” must be yes or no, not “%2”</translation>
    </message>
    <message>
        <source>“%1” must be a date written YYYY-MM-DD, not “%2”</source>
        <translation>“%1” must be a date written YYYY-MM-DD, not “%2”</translation>
    </message>
    <message>
        <source>“%1” is not a variable of “%2”</source>
        <translation>“%1” is not a variable of “%2”</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>line %1, column %2: %3</translation>
    </message>
    <message>
        <source>“{{” is not closed by “}}” on the same line (write \{{ for a literal “{{”)</source>
        <translation>“{{” is not closed by “}}” on the same line (write \{{ for a literal “{{”)</translation>
    </message>
    <message>
        <source>“{{}}” has no variable name</source>
        <translation>“{{}}” has no variable name</translation>
    </message>
    <message>
        <source>this line has no “:” between the field&apos;s name and its value</source>
        <translation>this line has no “:” between the field&apos;s name and its value</translation>
    </message>
    <message>
        <source>the “[” list opened here is never closed with “]”</source>
        <translation>the “[” list opened here is never closed with “]”</translation>
    </message>
    <message>
        <source>the “{” opened here is never closed with “}”</source>
        <translation>the “{” opened here is never closed with “}”</translation>
    </message>
    <message>
        <source>a second “:” in this line; put the value in quotes (name: &quot;A: B&quot;)</source>
        <translation>a second “:” in this line; put the value in quotes (name: &quot;A: B&quot;)</translation>
    </message>
    <message>
        <source>this line does not line up with the lines around it: fields start at the left edge, a list&apos;s “- ” items line up, and an item&apos;s fields line up under its first one</source>
        <translation>this line does not line up with the lines around it: fields start at the left edge, a list&apos;s “- ” items line up, and an item&apos;s fields line up under its first one</translation>
    </message>
    <message>
        <source>a tab in the indentation; indent with spaces</source>
        <translation>a tab in the indentation; indent with spaces</translation>
    </message>
    <message>
        <source>“\%1” is not an escape in a double-quoted value; write “\\” for a backslash, or use single quotes</source>
        <translation>“\%1” is not an escape in a double-quoted value; write “\\” for a backslash, or use single quotes</translation>
    </message>
    <message>
        <source>a quoted value is not closed, or has a stray quote inside</source>
        <translation>a quoted value is not closed, or has a stray quote inside</translation>
    </message>
    <message>
        <source>the front matter is not valid YAML (%1)</source>
        <translation>the front matter is not valid YAML (%1)</translation>
    </message>
    <message>
        <source>parameter “%1” is out of range</source>
        <translation>parameter “%1” is out of range</translation>
    </message>
    <message>
        <source>type “%1” is not one of text, multiline, number, choice, yesno, date, file</source>
        <translation>type “%1” is not one of text, multiline, number, choice, yesno, date, file</translation>
    </message>
    <message>
        <source>“accept” is for file variables only</source>
        <translation>“accept” is for file variables only</translation>
    </message>
    <message>
        <source>“%1” takes %2 files, not “%3”</source>
        <translation>“%1” takes %2 files, not “%3”</translation>
    </message>
    <message>
        <source>a file variable has no default; the user chooses the file</source>
        <translation>a file variable has no default; the user chooses the file</translation>
    </message>
</context>
<context>
    <name>Inkwell::DraftsController</name>
    <message>
        <source>%1
Trying again in %2 s (%3 of %4)…</source>
        <translation>%1
Trying again in %2 s (%3 of %4)…</translation>
    </message>
    <message>
        <source>Untitled draft</source>
        <translation>Untitled draft</translation>
    </message>
    <message>
        <source>Choose a server first (Settings → Servers).</source>
        <translation>Choose a server first (Settings → Servers).</translation>
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
        <source>entry %1: not valid JSON</source>
        <translation>entry %1: not valid JSON</translation>
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
        <source>Untitled draft</source>
        <translation>Untitled draft</translation>
    </message>
    <message numerus="yes">
        <source>‘%1’: nothing to show in it (%n hidden message(s))</source>
        <translation>
            <numerusform>‘%1’: nothing to show in it (%n hidden message)</numerusform>
            <numerusform>‘%1’: nothing to show in it (%n hidden messages)</numerusform>
        </translation>
    </message>
    <message>
        <source>‘%1’ was here without its messages; they are in it now</source>
        <translation>‘%1’ was here without its messages; they are in it now</translation>
    </message>
    <message>
        <source>%1: not an Inkwell or ChatGPT export; left out</source>
        <translation>%1: not an Inkwell or ChatGPT export; left out</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Import cancelled; nothing was imported.</translation>
    </message>
    <message>
        <source>%1: not a readable zip file (%2)</source>
        <translation>%1: not a readable zip file (%2)</translation>
    </message>
    <message>
        <source>%1: this zip has no conversations.json (is it ChatGPT&apos;s data export?)</source>
        <translation>%1: this zip has no conversations.json (is it ChatGPT&apos;s data export?)</translation>
    </message>
    <message>
        <source>%1: this folder holds no conversations.json and no .json or .zip file</source>
        <translation>%1: this folder holds no conversations.json and no .json or .zip file</translation>
    </message>
    <message>
        <source>the zip entry is damaged (%1)</source>
        <translation>the zip entry is damaged (%1)</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: no such file or folder</translation>
    </message>
    <message>
        <source>Cannot read %1: permission denied</source>
        <translation>Cannot read %1: permission denied</translation>
    </message>
    <message>
        <source>cannot read on: %1</source>
        <translation>cannot read on: %1</translation>
    </message>
    <message>
        <source>not valid JSON (%1, at byte %2)</source>
        <translation>not valid JSON (%1, at byte %2)</translation>
    </message>
    <message>
        <source>the file ends early</source>
        <translation>the file ends early</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>expected %1</translation>
    </message>
    <message>
        <source>the file ends inside a string</source>
        <translation>the file ends inside a string</translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation>expected a value</translation>
    </message>
    <message>
        <source>nested more than %1 deep</source>
        <translation>nested more than %1 deep</translation>
    </message>
    <message>
        <source>‘%1’ where ‘%2’ was expected</source>
        <translation>‘%1’ where ‘%2’ was expected</translation>
    </message>
    <message>
        <source>expected ‘,’ or ‘]’ after entry %1</source>
        <translation>expected ‘,’ or ‘]’ after entry %1</translation>
    </message>
    <message>
        <source>more after the end of the array</source>
        <translation>more after the end of the array</translation>
    </message>
    <message>
        <source>expected a field name</source>
        <translation>expected a field name</translation>
    </message>
    <message>
        <source>expected ‘,’ or ‘}’</source>
        <translation>expected ‘,’ or ‘}’</translation>
    </message>
    <message>
        <source>more after the end of the object</source>
        <translation>more after the end of the object</translation>
    </message>
    <message>
        <source>Cannot store the import: %1</source>
        <translation>Cannot store the import: %1</translation>
    </message>
    <message>
        <source>this is a ChatGPT export, not an Inkwell one</source>
        <translation>this is a ChatGPT export, not an Inkwell one</translation>
    </message>
    <message>
        <source>this is an Inkwell export, not a ChatGPT one</source>
        <translation>this is an Inkwell export, not a ChatGPT one</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>What was already imported could not be removed: %1</source>
        <translation>What was already imported could not be removed: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) you wrote in while it ran were kept.</source>
        <translation>
            <numerusform>%n conversation you wrote in while it ran were kept.</numerusform>
            <numerusform>%n conversations you wrote in while it ran were kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>What was already imported could not all be removed: %1</source>
        <translation>What was already imported could not all be removed: %1</translation>
    </message>
    <message>
        <source>one entry, at byte %1, is larger than %2 MB; the file is damaged</source>
        <translation>one entry, at byte %1, is larger than %2 MB; the file is damaged</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>an array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>Image not in the export: %1</source>
        <translation>Image not in the export: %1</translation>
    </message>
    <message>
        <source>File not in the export: %1</source>
        <translation>File not in the export: %1</translation>
    </message>
    <message>
        <source>Image not imported: %1</source>
        <translation>Image not imported: %1</translation>
    </message>
    <message>
        <source>File not imported: %1</source>
        <translation>File not imported: %1</translation>
    </message>
    <message>
        <source>%1 is not an image</source>
        <translation>%1 is not an image</translation>
    </message>
    <message>
        <source>%1 is %2; files over %3 are not imported</source>
        <translation>%1 is %2; files over %3 are not imported</translation>
    </message>
    <message>
        <source>%1 is larger than %2; files over %2 are not imported</source>
        <translation>%1 is larger than %2; files over %2 are not imported</translation>
    </message>
    <message>
        <source>%1 could not be read from the export: %2</source>
        <translation>%1 could not be read from the export: %2</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>not a regular file</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 page</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 pages</translation>
    </message>
    <message>
        <source>image</source>
        <translation>image</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
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
    <message numerus="yes">
        <source>Imported %n conversation(s)</source>
        <translation>
            <numerusform>Imported %n conversation</numerusform>
            <numerusform>Imported %n conversations</numerusform>
        </translation>
    </message>
    <message>
        <source>conversation</source>
        <translation>conversation</translation>
    </message>
    <message>
        <source>Reading: %1 conversations, %2 messages</source>
        <translation>Reading: %1 conversations, %2 messages</translation>
    </message>
    <message>
        <source>Importing: %1 conversations, %2 messages</source>
        <translation>Importing: %1 conversations, %2 messages</translation>
    </message>
    <message>
        <source>%1 messages/s</source>
        <translation>%1 messages/s</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>about %1 left</translation>
    </message>
    <message numerus="yes">
        <source>filled %n left empty by an earlier import</source>
        <translation>
            <numerusform>filled %n left empty by an earlier import</numerusform>
            <numerusform>filled %n left empty by an earlier import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already here or with nothing to import</source>
        <translation>
            <numerusform>%n already here or with nothing to import</numerusform>
            <numerusform>%n already here or with nothing to import</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Nothing was imported.</source>
        <translation>%1 Nothing was imported.</translation>
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
    <name>Inkwell::GenerationRun</name>
    <message>
        <source>Unknown API ‘%1’.</source>
        <translation>Unknown API ‘%1’.</translation>
    </message>
    <message>
        <source>%1 has no text-completion API; use chat.</source>
        <translation>%1 has no text-completion API; use chat.</translation>
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
    <message>
        <source>this server&apos;s model cannot read images: start llama-server with its vision projector (--mmproj), choose a model that sees images, or remove the images</source>
        <translation>this server&apos;s model cannot read images: start llama-server with its vision projector (--mmproj), choose a model that sees images, or remove the images</translation>
    </message>
    <message>
        <source>the request is larger than this server takes: remove some files, turn off “Send earlier images” in Parameters, or send PDFs as text</source>
        <translation>the request is larger than this server takes: remove some files, turn off “Send earlier images” in Parameters, or send PDFs as text</translation>
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
    <name>Inkwell::MarkdownRenderer</name>
    <message>
        <source>Tool call</source>
        <translation>Tool call</translation>
    </message>
    <message>
        <source>Tool result</source>
        <translation>Tool result</translation>
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
    <message>
        <source>OpenAI-compatible</source>
        <translation>OpenAI-compatible</translation>
    </message>
    <message>
        <source>llama.cpp server</source>
        <translation>llama.cpp server</translation>
    </message>
    <message>
        <source>The chat&apos;s own server</source>
        <translation>The chat&apos;s own server</translation>
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
        <source>The server answered with nothing instead of a model list.</source>
        <translation>The server answered with nothing instead of a model list.</translation>
    </message>
    <message>
        <source>The server answered with a web page (“%1”), not a model list.</source>
        <translation>The server answered with a web page (“%1”), not a model list.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not JSON, so it is not a model list: “%1”.</source>
        <translation>The server&apos;s answer is not JSON, so it is not a model list: “%1”.</translation>
    </message>
    <message>
        <source>The server answered with JSON that holds no model list.</source>
        <translation>The server answered with JSON that holds no model list.</translation>
    </message>
    <message>
        <source>The server answered with JSON that holds no model list (its fields: %1).</source>
        <translation>The server answered with JSON that holds no model list (its fields: %1).</translation>
    </message>
    <message>
        <source>%1 Check that the base URL is the API&apos;s own address (often ending in /v1) and that the service matches the server.</source>
        <translation>%1 Check that the base URL is the API&apos;s own address (often ending in /v1) and that the service matches the server.</translation>
    </message>
    <message>
        <source>The server answered with a web page, not a model list.</source>
        <translation>The server answered with a web page, not a model list.</translation>
    </message>
    <message>
        <source>The server answered with an error instead of a model list: “%1”.</source>
        <translation>The server answered with an error instead of a model list: “%1”.</translation>
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
    <name>Inkwell::SearchController</name>
    <message>
        <source>New conversation</source>
        <translation>New conversation</translation>
    </message>
</context>
<context>
    <name>Inkwell::SidebarController</name>
    <message>
        <source>New folder</source>
        <translation>New folder</translation>
    </message>
    <message>
        <source>There is already a folder named “%1”.</source>
        <translation>There is already a folder named “%1”.</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>New conversation</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>Deleted “%1”.</translation>
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
    <name>Inkwell::TemplateFormFiles</name>
    <message>
        <source>The file for “%1” is still being read.</source>
        <translation>The file for “%1” is still being read.</translation>
    </message>
</context>
<context>
    <name>Inkwell::TemplatesController</name>
    <message>
        <source>---
name: My template
description: What it is for, in one line.
category: Writing
preset: balanced
system: You are a careful writer.
variables:
  - name: topic
    type: text
    label: Topic
  - name: words
    type: number
    label: Length in words
    min: 100
    max: 3000
    default: 600
---
Write about {{topic}} in about {{words}} words. Write in {{language}}.
</source>
        <translation>---
name: My template
description: What it is for, in one line.
category: Writing
preset: balanced
system: You are a careful writer.
variables:
  - name: topic
    type: text
    label: Topic
  - name: words
    type: number
    label: Length in words
    min: 100
    max: 3000
    default: 600
---
Write about {{topic}} in about {{words}} words. Write in {{language}}.
</translation>
    </message>
    <message>
        <source>«the selected text»</source>
        <translation>«the selected text»</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n template(s): %1</source>
        <translation>
            <numerusform>Imported %n template: %1</numerusform>
            <numerusform>Imported %n templates: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Text to work on</source>
        <translation>Text to work on</translation>
    </message>
    <message>
        <source>Paste the text; in a draft, the selected text is used.</source>
        <translation>Paste the text; in a draft, the selected text is used.</translation>
    </message>
    <message>
        <source>“Text to work on” is required</source>
        <translation>“Text to work on” is required</translation>
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
    <message>
        <source>Edit your message</source>
        <translation>Edit your message</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Edit and resend this message</source>
        <translation>Edit and resend this message</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Regenerate</translation>
    </message>
    <message>
        <source>Write another answer (Ctrl+R)</source>
        <translation>Write another answer (Ctrl+R)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy the answer</source>
        <translation>Copy the answer</translation>
    </message>
    <message>
        <source>As Markdown</source>
        <translation>As Markdown</translation>
    </message>
    <message>
        <source>As plain text</source>
        <translation>As plain text</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Tool</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
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
    <name>NameDialog</name>
    <message>
        <source>Folder name</source>
        <translation>Folder name</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
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
        <source>Save…</source>
        <translation>Save…</translation>
    </message>
    <message>
        <source>Save or manage your presets</source>
        <translation>Save or manage your presets</translation>
    </message>
    <message>
        <source>set for this conversation</source>
        <translation>set for this conversation</translation>
    </message>
    <message>
        <source>Add one, then Enter</source>
        <translation>Add one, then Enter</translation>
    </message>
    <message>
        <source>At most %1. Type %2 for a line break.</source>
        <translation>At most %1. Type %2 for a line break.</translation>
    </message>
    <message>
        <source>For this conversation. What %1 does not take is switched off and never sent.</source>
        <translation>For this conversation. What %1 does not take is switched off and never sent.</translation>
    </message>
    <message>
        <source>Send earlier images with every message</source>
        <translation>Send earlier images with every message</translation>
    </message>
    <message>
        <source>Off: only the newest message&apos;s images go; earlier ones are named in the text, which saves tokens.</source>
        <translation>Off: only the newest message&apos;s images go; earlier ones are named in the text, which saves tokens.</translation>
    </message>
</context>
<context>
    <name>PresetsPopup</name>
    <message>
        <source>Save these settings as a preset</source>
        <translation>Save these settings as a preset</translation>
    </message>
    <message>
        <source>Name, e.g. “Code review”</source>
        <translation>Name, e.g. “Code review”</translation>
    </message>
    <message>
        <source>Preset name</source>
        <translation>Preset name</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Your presets (edit a name to rename it)</source>
        <translation>Your presets (edit a name to rename it)</translation>
    </message>
    <message>
        <source>Name of preset %1</source>
        <translation>Name of preset %1</translation>
    </message>
    <message>
        <source>Delete preset %1</source>
        <translation>Delete preset %1</translation>
    </message>
    <message>
        <source>New chats start with</source>
        <translation>New chats start with</translation>
    </message>
    <message>
        <source>The server&apos;s defaults</source>
        <translation>The server&apos;s defaults</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
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
        <source>Saved in the keychain; type a new one to replace it</source>
        <translation>Saved in the keychain; type a new one to replace it</translation>
    </message>
    <message>
        <source>None saved yet; required by this service</source>
        <translation>None saved yet; required by this service</translation>
    </message>
    <message>
        <source>None saved; optional for local servers</source>
        <translation>None saved; optional for local servers</translation>
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
        <source>Inactivity timeout in seconds</source>
        <translation>Inactivity timeout in seconds</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>silent for</source>
        <translation>silent for</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>As Inkwell knows the model</source>
        <translation>As Inkwell knows the model</translation>
    </message>
    <message>
        <source>The model sees images</source>
        <translation>The model sees images</translation>
    </message>
    <message>
        <source>Text only</source>
        <translation>Text only</translation>
    </message>
    <message>
        <source>Largest file</source>
        <translation>Largest file</translation>
    </message>
    <message>
        <source>Largest file to attach, in MB</source>
        <translation>Largest file to attach, in MB</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
</context>
<context>
    <name>ProfileList</name>
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
        <source>Add a server</source>
        <translation>Add a server</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>on this computer</source>
        <translation>on this computer</translation>
    </message>
    <message>
        <source>any server with the OpenAI API</source>
        <translation>any server with the OpenAI API</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Servers</source>
        <translation>Servers</translation>
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
        <source>Save the changes to “%1”?</source>
        <translation>Save the changes to “%1”?</translation>
    </message>
    <message>
        <source>The profile has changes that are not saved yet.</source>
        <translation>The profile has changes that are not saved yet.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Delete “%1”?</translation>
    </message>
    <message>
        <source>Its key is removed from the keychain. Conversations made with it are kept.</source>
        <translation>Its key is removed from the keychain. Conversations made with it are kept.</translation>
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
    <name>SaveAsDialog</name>
    <message>
        <source>Export into a folder</source>
        <translation>Export into a folder</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Save as</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>The files go into</source>
        <translation>The files go into</translation>
    </message>
    <message>
        <source>In the folder</source>
        <translation>In the folder</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <source>%1 already exists. Replace overwrites what it holds.</source>
        <translation>%1 already exists. Replace overwrites what it holds.</translation>
    </message>
    <message>
        <source>Export here</source>
        <translation>Export here</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Choose a folder</translation>
    </message>
    <message>
        <source>%1 is a folder; choose another name.</source>
        <translation>%1 is a folder; choose another name.</translation>
    </message>
    <message>
        <source>The file: %1</source>
        <translation>The file: %1</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search all conversations and drafts</source>
        <translation>Search all conversations and drafts</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Nothing found.</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>Still adding %1 imported messages to the search; they are not all found yet.</source>
        <translation>Still adding %1 imported messages to the search; they are not all found yet.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>New chat</translation>
    </message>
    <message>
        <source>Search all conversations and drafts</source>
        <translation>Search all conversations and drafts</translation>
    </message>
    <message>
        <source>Send (Shift+Enter: a new line)</source>
        <translation>Send (Shift+Enter: a new line)</translation>
    </message>
    <message>
        <source>Stop the answer or the draft being written</source>
        <translation>Stop the answer or the draft being written</translation>
    </message>
    <message>
        <source>Regenerate the last answer</source>
        <translation>Regenerate the last answer</translation>
    </message>
    <message>
        <source>Settings: servers and keys</source>
        <translation>Settings: servers and keys</translation>
    </message>
    <message>
        <source>Template library</source>
        <translation>Template library</translation>
    </message>
    <message>
        <source>Draft: rewrite the selection</source>
        <translation>Draft: rewrite the selection</translation>
    </message>
    <message>
        <source>Draft: continue</source>
        <translation>Draft: continue</translation>
    </message>
    <message>
        <source>Draft: save a version; template: save</source>
        <translation>Draft: save a version; template: save</translation>
    </message>
    <message>
        <source>Draft: history</source>
        <translation>Draft: history</translation>
    </message>
    <message>
        <source>This sheet</source>
        <translation>This sheet</translation>
    </message>
    <message>
        <source>Copy the last answer</source>
        <translation>Copy the last answer</translation>
    </message>
    <message>
        <source>Previous / next conversation</source>
        <translation>Previous / next conversation</translation>
    </message>
    <message>
        <source>Sidebar: rename / delete the conversation (with Undo)</source>
        <translation>Sidebar: rename / delete the conversation (with Undo)</translation>
    </message>
    <message>
        <source>Larger / smaller / default text</source>
        <translation>Larger / smaller / default text</translation>
    </message>
    <message>
        <source>From the message box to the messages: ↑/↓ move, Shift+↑/↓ or Ctrl+A select several, Ctrl+C copies, Enter edits yours, Esc goes back</source>
        <translation>From the message box to the messages: ↑/↓ move, Shift+↑/↓ or Ctrl+A select several, Ctrl+C copies, Enter edits yours, Esc goes back</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Quit Inkwell</source>
        <translation>Quit Inkwell</translation>
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
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import conversations (Inkwell JSON or ChatGPT export)</source>
        <translation>Import conversations (Inkwell JSON or ChatGPT export)</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <source>Template library</source>
        <translation>Template library</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>New folder</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Appearance</translation>
    </message>
    <message>
        <source>Theme, text size and language</source>
        <translation>Theme, text size and language</translation>
    </message>
</context>
<context>
    <name>TemplateCard</name>
    <message>
        <source>Template actions</source>
        <translation>Template actions</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>built-in</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>yours</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>chat</translation>
    </message>
    <message>
        <source>Use…</source>
        <translation>Use…</translation>
    </message>
    <message>
        <source>View</source>
        <translation>View</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>New template</source>
        <translation>New template</translation>
    </message>
    <message>
        <source>Built-in template (read-only)</source>
        <translation>Built-in template (read-only)</translation>
    </message>
    <message>
        <source>Edit template</source>
        <translation>Edit template</translation>
    </message>
    <message>
        <source>Template file: front matter and body</source>
        <translation>Template file: front matter and body</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>No problems</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview, with the defaults</source>
        <translation>Preview, with the defaults</translation>
    </message>
    <message>
        <source>System: %1</source>
        <translation>System: %1</translation>
    </message>
    <message>
        <source>Rendered prompt</source>
        <translation>Rendered prompt</translation>
    </message>
    <message>
        <source>Syntax: %1 for a variable, %2 for a literal “{{”. See docs/templates.md.</source>
        <translation>Syntax: %1 for a variable, %2 for a literal “{{”. See docs/templates.md.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Duplicate to edit</source>
        <translation>Duplicate to edit</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Discard the changes to this template?</source>
        <translation>Discard the changes to this template?</translation>
    </message>
    <message>
        <source>The text has changes that are not saved.</source>
        <translation>The text has changes that are not saved.</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
</context>
<context>
    <name>TemplateField</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
</context>
<context>
    <name>TemplateFileField</name>
    <message>
        <source>No file chosen (drop one here)</source>
        <translation>No file chosen (drop one here)</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>Replace…</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Choose a file for %1</source>
        <translation>Choose a file for %1</translation>
    </message>
    <message>
        <source>Accepted files (%1)</source>
        <translation>Accepted files (%1)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Clear the file for %1</source>
        <translation>Clear the file for %1</translation>
    </message>
</context>
<context>
    <name>TemplateForm</name>
    <message>
        <source>This template has nothing to fill in.</source>
        <translation>This template has nothing to fill in.</translation>
    </message>
    <message>
        <source>The answer opens as a new conversation.</source>
        <translation>The answer opens as a new conversation.</translation>
    </message>
    <message>
        <source>The result streams into a new draft.</source>
        <translation>The result streams into a new draft.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Generate</translation>
    </message>
</context>
<context>
    <name>TemplateLibrary</name>
    <message>
        <source>Templates</source>
        <translation>Templates</translation>
    </message>
    <message>
        <source>Search templates</source>
        <translation>Search templates</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Import template files</source>
        <translation>Import template files</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>New template</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>Deleted “%1”.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>No template matches.</source>
        <translation>No template matches.</translation>
    </message>
    <message>
        <source>Import templates</source>
        <translation>Import templates</translation>
    </message>
    <message>
        <source>Template files (*.md)</source>
        <translation>Template files (*.md)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Export template</source>
        <translation>Export template</translation>
    </message>
</context>
<context>
    <name>TextSelector</name>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
</context>
</TS>
