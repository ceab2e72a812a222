<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AppearancePopup</name>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Theme: %1</source>
        <translation>主题：%1</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>字号</translation>
    </message>
    <message>
        <source>Smaller text (Ctrl+-)</source>
        <translation>缩小文字（Ctrl+-）</translation>
    </message>
    <message>
        <source>Larger text (Ctrl+=)</source>
        <translation>放大文字（Ctrl+=）</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Default text size (Ctrl+0)</source>
        <translation>默认字号（Ctrl+0）</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Titles</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Named by the model after the first answer</source>
        <translation>第一个回答后由模型起标题</translation>
    </message>
    <message>
        <source>Model for titles</source>
        <translation>起标题用的模型</translation>
    </message>
    <message>
        <source>Server for titles</source>
        <translation>用于标题的服务器</translation>
    </message>
    <message>
        <source>Model (empty: that server&apos;s own)</source>
        <translation>模型（留空：该服务器的默认模型）</translation>
    </message>
    <message>
        <source>One short extra request, in the background. On a paid API it costs a little; a title you changed is kept.</source>
        <translation>在后台多发一个简短请求。付费 API 会产生少量费用；你改过的标题会保留。</translation>
    </message>
</context>
<context>
    <name>AttachmentChips</name>
    <message>
        <source>reading…</source>
        <translation>读取中…</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>读取中…</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>whole PDF</source>
        <translation>整个 PDF</translation>
    </message>
    <message>
        <source>as text</source>
        <translation>仅文字</translation>
    </message>
    <message>
        <source>Sent as the whole PDF; send its text instead</source>
        <translation>以整个 PDF 发送；改为只发送其文字</translation>
    </message>
    <message>
        <source>Sent as text; send the whole PDF instead</source>
        <translation>以文字发送；改为发送整个 PDF</translation>
    </message>
    <message>
        <source>A scanned PDF has no text: it goes as the file itself.</source>
        <translation>扫描的 PDF 没有文字：只能以文件本身发送。</translation>
    </message>
    <message>
        <source>The PDF itself goes: the server reads its pages, pictures and layout too.</source>
        <translation>发送的是 PDF 文件本身：服务器也会读取其中的页面、图片和版式。</translation>
    </message>
    <message>
        <source>The server reads the PDF itself, pictures and layout too. Click to send only its text (fewer tokens).</source>
        <translation>服务器读取 PDF 文件本身，包括图片和版式。点击改为只发送其文字（更省 token）。</translation>
    </message>
    <message>
        <source>Only the PDF&apos;s text goes. Click to send the file itself: the server reads its pictures and layout too.</source>
        <translation>只发送 PDF 的文字。点击改为发送文件本身：服务器也会读取其中的图片和版式。</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>%1 × %2 pixels · %3</source>
        <translation>%1 × %2 像素 · %3</translation>
    </message>
    <message>
        <source>[… %1 more characters; Save as has the whole file]</source>
        <translation>[… 还有 %1 个字符；“另存为”可得到完整文件]</translation>
    </message>
    <message>
        <source>This file has no text layer (a scanned PDF): the server is given the PDF itself and reads its pages as pictures. Save as opens it elsewhere.</source>
        <translation>此文件没有文字层（扫描的 PDF）：服务器收到的是 PDF 文件本身，会把各页当作图片读取。可用“另存为”在别处打开。</translation>
    </message>
</context>
<context>
    <name>BranchSwitcher</name>
    <message>
        <source>Previous version</source>
        <translation>上一个版本</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Version %1 of %2</source>
        <translation>第 %1 个版本，共 %2 个</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>下一个版本</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Compare the answers side by side</source>
        <translation>并排对比这些回答</translation>
    </message>
</context>
<context>
    <name>ChatHeader</name>
    <message>
        <source>default model</source>
        <translation>默认模型</translation>
    </message>
    <message>
        <source>Model %1 on %2; open settings</source>
        <translation>%2 上的模型 %1；打开设置</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export conversations (Markdown, HTML, PDF, JSON, text)</source>
        <translation>导出对话（Markdown、HTML、PDF、JSON、纯文本）</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Parameters and system prompt</source>
        <translation>参数与系统提示词</translation>
    </message>
</context>
<context>
    <name>CodeBlock</name>
    <message>
        <source>code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>复制代码</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>代码：%1</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Compare answers</source>
        <translation>对比回答</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Answer %1 of %2</source>
        <translation>第 %1 个回答，共 %2 个</translation>
    </message>
    <message>
        <source> · shown now</source>
        <translation> · 当前显示</translation>
    </message>
    <message>
        <source>Continue with this one</source>
        <translation>就用这个继续</translation>
    </message>
    <message>
        <source>Continue with answer %1</source>
        <translation>用第 %1 个回答继续</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message Inkwell…  (Enter to send, Shift+Enter for a new line)</source>
        <translation>给 Inkwell 发消息…（Enter 发送，Shift+Enter 换行）</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Stop generating (Esc)</source>
        <translation>停止生成（Esc）</translation>
    </message>
    <message>
        <source>Send message (Enter)</source>
        <translation>发送消息（Enter）</translation>
    </message>
    <message>
        <source>An answer is still coming in another conversation (Stop ends it); send when it is done.</source>
        <translation>另一个对话中的回答还在生成（“停止”可结束它）；完成后再发送。</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭提示</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>Images and documents (%1)</source>
        <translation>图片和文档 (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Attach images or documents (or drop them here, or paste an image)</source>
        <translation>添加图片或文档（也可拖放到这里，或粘贴图片）</translation>
    </message>
    <message>
        <source>Drop to attach</source>
        <translation>松开即可添加附件</translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <source>New title</source>
        <translation>新标题</translation>
    </message>
    <message>
        <source>Conversation actions</source>
        <translation>对话操作</translation>
    </message>
    <message>
        <source>%1, pinned</source>
        <translation>%1，已置顶</translation>
    </message>
</context>
<context>
    <name>ConversationMenu</name>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>取消置顶</translation>
    </message>
    <message>
        <source>Pin to top</source>
        <translation>置顶</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>创建副本</translation>
    </message>
    <message>
        <source>Move to folder</source>
        <translation>移到文件夹</translation>
    </message>
    <message>
        <source>New folder…</source>
        <translation>新建文件夹…</translation>
    </message>
    <message>
        <source>A folder for “%1”</source>
        <translation>为“%1”新建文件夹</translation>
    </message>
    <message>
        <source>Out of the folder</source>
        <translation>移出文件夹</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>新建文件夹</translation>
    </message>
</context>
<context>
    <name>DateSection</name>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <translation>过去 7 天</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>更早</translation>
    </message>
</context>
<context>
    <name>DraftActions</name>
    <message>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <source>Write the draft again from its template</source>
        <translation>按模板重新撰写草稿</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>续写</translation>
    </message>
    <message>
        <source>Carry on from the end of the text (Ctrl+Shift+Enter)</source>
        <translation>从文末接着写（Ctrl+Shift+Enter）</translation>
    </message>
    <message>
        <source>Rewrite selection…</source>
        <translation>改写选中内容…</translation>
    </message>
    <message>
        <source>Rewrite…</source>
        <translation>改写…</translation>
    </message>
    <message>
        <source>Rewrite with your instruction (Ctrl+E)</source>
        <translation>按你的要求改写（Ctrl+E）</translation>
    </message>
    <message>
        <source>Shorten</source>
        <translation>缩写</translation>
    </message>
    <message>
        <source>Shorten the selected text</source>
        <translation>缩短选中的文字</translation>
    </message>
    <message>
        <source>Shorten the whole draft</source>
        <translation>缩短整篇草稿</translation>
    </message>
    <message>
        <source>Expand</source>
        <translation>扩写</translation>
    </message>
    <message>
        <source>Expand the selected text</source>
        <translation>扩写选中的文字</translation>
    </message>
    <message>
        <source>Expand the whole draft</source>
        <translation>扩写整篇草稿</translation>
    </message>
    <message>
        <source>Tone ▾</source>
        <translation>语气 ▾</translation>
    </message>
    <message>
        <source>friendly</source>
        <translation>亲切</translation>
    </message>
    <message>
        <source>formal</source>
        <translation>正式</translation>
    </message>
    <message>
        <source>concise</source>
        <translation>简洁</translation>
    </message>
    <message>
        <source>confident</source>
        <translation>自信</translation>
    </message>
    <message>
        <source>playful</source>
        <translation>活泼</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>中性</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>大纲</translation>
    </message>
    <message>
        <source>Replace the draft with an outline: a heading per section, each with its plan</source>
        <translation>用大纲替换草稿：每节一个标题，附上写作要点</translation>
    </message>
    <message>
        <source>Write section ▾</source>
        <translation>撰写小节 ▾</translation>
    </message>
    <message>
        <source>Write (or write again) one section of the outline</source>
        <translation>撰写（或重写）大纲中的某一节</translation>
    </message>
    <message>
        <source>Save version</source>
        <translation>保存版本</translation>
    </message>
    <message>
        <source>Keep the text as it is now in the history (Ctrl+S)</source>
        <translation>把当前文字存入历史（Ctrl+S）</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop (Esc)</source>
        <translation>停止（Esc）</translation>
    </message>
    <message>
        <source>How should the selected text change?</source>
        <translation>选中的文字要怎么改？</translation>
    </message>
    <message>
        <source>How should the draft change?</source>
        <translation>草稿要怎么改？</translation>
    </message>
    <message>
        <source>e.g. simpler words, add an example, in the past tense</source>
        <translation>例如：用词更简单、加一个例子、改成过去时</translation>
    </message>
    <message>
        <source>Rewrite instruction</source>
        <translation>改写要求</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Rewrite</source>
        <translation>改写</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <source>Draft title</source>
        <translation>草稿标题</translation>
    </message>
    <message>
        <source>%1 / %2 words</source>
        <translation>%1 / %2 字</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n 字</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Target length in words</source>
        <translation>目标字数</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>Versions of this draft</source>
        <translation>这篇草稿的各个版本</translation>
    </message>
    <message>
        <source>Export draft</source>
        <translation>导出草稿</translation>
    </message>
    <message>
        <source>Export the draft (Markdown, HTML, PDF, text)</source>
        <translation>导出草稿（Markdown、HTML、PDF、纯文本）</translation>
    </message>
    <message>
        <source>Markdown…</source>
        <translation>Markdown…</translation>
    </message>
    <message>
        <source>Web page…</source>
        <translation>网页…</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Plain text…</source>
        <translation>纯文本…</translation>
    </message>
    <message>
        <source>Write here, or let the model start: Outline, or Regenerate from the template.</source>
        <translation>在这里写作，或让模型开头：点“大纲”，或按模板“重新生成”。</translation>
    </message>
    <message>
        <source>Draft text (Markdown)</source>
        <translation>草稿正文（Markdown）</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Saved as version %1</source>
        <translation>已保存为第 %1 版</translation>
    </message>
    <message>
        <source>No changes since version %1</source>
        <translation>与第 %1 版相比没有改动</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>资料</translation>
    </message>
    <message>
        <source>Documents or pictures the model writes from (drop them here)</source>
        <translation>模型据以写作的文档或图片（可拖放到这里）</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Add sources</source>
        <translation>添加资料</translation>
    </message>
</context>
<context>
    <name>DraftList</name>
    <message>
        <source>＋  New from template</source>
        <translation>＋  从模板新建</translation>
    </message>
    <message>
        <source>Search drafts</source>
        <translation>搜索草稿</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Draft actions</source>
        <translation>草稿操作</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>No draft matches.</source>
        <translation>没有匹配的草稿。</translation>
    </message>
    <message>
        <source>No drafts yet. Start one from a template.</source>
        <translation>还没有草稿。从模板开始写一篇吧。</translation>
    </message>
    <message>
        <source>Delete draft?</source>
        <translation>删除草稿？</translation>
    </message>
    <message>
        <source>“%1” and its whole history will be deleted.</source>
        <translation>“%1”及其全部历史版本将被删除。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Being written</source>
        <translation>正在写作</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
</context>
<context>
    <name>DraftVersions</name>
    <message>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n 字</numerusform>
        </translation>
    </message>
    <message>
        <source>No versions yet</source>
        <translation>还没有版本</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <source>From this version to now: %1, %2</source>
        <translation>从此版本到现在：%1，%2</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) added</source>
        <translation>
            <numerusform>新增 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>删除 %n 行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftsController</name>
    <message>
        <source>Generated</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Continued</source>
        <translation>续写</translation>
    </message>
    <message>
        <source>Rewritten</source>
        <translation>改写</translation>
    </message>
    <message>
        <source>Shortened</source>
        <translation>缩写</translation>
    </message>
    <message>
        <source>Expanded</source>
        <translation>扩写</translation>
    </message>
    <message>
        <source>Tone changed</source>
        <translation>换了语气</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>大纲</translation>
    </message>
    <message>
        <source>Section written</source>
        <translation>撰写小节</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>Your edits</source>
        <translation>你的修改</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>已恢复</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>What shall we write today?</source>
        <translation>今天想写点什么？</translation>
    </message>
    <message>
        <source>Welcome to Inkwell</source>
        <translation>欢迎使用 Inkwell</translation>
    </message>
    <message>
        <source>the server&apos;s default model</source>
        <translation>服务器的默认模型</translation>
    </message>
    <message>
        <source>Connect a model to start: a local server such as llama.cpp, Ollama or LM Studio, or a cloud API.</source>
        <translation>先连接一个模型：本地服务器（如 llama.cpp、Ollama 或 LM Studio），或云端 API。</translation>
    </message>
    <message>
        <source>Add a server…</source>
        <translation>添加服务器…</translation>
    </message>
    <message>
        <source>Chatting with %1 on %2. Enter sends, Shift+Enter starts a new line.</source>
        <translation>正在通过 %2 与 %1 对话。Enter 发送，Shift+Enter 换行。</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ExchangeBanner</name>
    <message>
        <source>Working…</source>
        <translation>处理中…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Markdown (.md)</source>
        <translation>Markdown（.md）</translation>
    </message>
    <message>
        <source>Web page (.html)</source>
        <translation>网页（.html）</translation>
    </message>
    <message>
        <source>PDF (.pdf)</source>
        <translation>PDF（.pdf）</translation>
    </message>
    <message>
        <source>Inkwell JSON, lossless (.json)</source>
        <translation>Inkwell JSON，无损（.json）</translation>
    </message>
    <message>
        <source>Plain text (.txt)</source>
        <translation>纯文本（.txt）</translation>
    </message>
    <message>
        <source>This conversation</source>
        <translation>当前对话</translation>
    </message>
    <message>
        <source>All conversations</source>
        <translation>全部对话</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Include every branch, not only the one shown</source>
        <translation>包含所有分支，而不只是当前显示的分支</translation>
    </message>
    <message>
        <source>Everything, every branch with its settings and timings: Inkwell can import it again.</source>
        <translation>包含全部内容、所有分支及其设置和耗时：Inkwell 可以再次导入。</translation>
    </message>
    <message>
        <source>One file per conversation, in a folder you choose.</source>
        <translation>每个对话一个文件，保存在你选择的文件夹中。</translation>
    </message>
    <message>
        <source>Files are written whole or not at all.</source>
        <translation>文件要么完整写入，要么完全不写入。</translation>
    </message>
    <message>
        <source>Choose where…</source>
        <translation>选择位置…</translation>
    </message>
    <message>
        <source>Inkwell conversations</source>
        <translation>Inkwell 对话</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>网页 (*.html)</translation>
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
        <translation>纯文本 (*.txt)</translation>
    </message>
    <message>
        <source>Some conversations</source>
        <translation>部分对话</translation>
    </message>
    <message>
        <source>Untitled conversation</source>
        <translation>未命名对话</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <source>File name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
</context>
<context>
    <name>FolderDelegate</name>
    <message numerus="yes">
        <source>Folder %1, open, %n conversation(s)</source>
        <translation>
            <numerusform>文件夹 %1，已展开，%n 个对话</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Folder %1, closed, %n conversation(s)</source>
        <translation>
            <numerusform>文件夹 %1，已折叠，%n 个对话</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder name</source>
        <translation>文件夹名称</translation>
    </message>
    <message>
        <source>Folder actions</source>
        <translation>文件夹操作</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Delete folder (keep its chats)</source>
        <translation>删除文件夹（保留其中的对话）</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import conversations</source>
        <translation>导入对话</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>ChatGPT export</source>
        <translation>ChatGPT 导出文件</translation>
    </message>
    <message>
        <source>Inkwell export</source>
        <translation>Inkwell 导出文件</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n 条消息</numerusform>
        </translation>
    </message>
    <message>
        <source>Files…</source>
        <translation>文件…</translation>
    </message>
    <message>
        <source>A folder…</source>
        <translation>文件夹…</translation>
    </message>
    <message>
        <source>Import a folder of exports</source>
        <translation>导入一个存放导出文件的文件夹</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source>Inkwell and ChatGPT exports</source>
        <translation>Inkwell 与 ChatGPT 导出</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) imported earlier without their messages will be filled</source>
        <translation>
            <numerusform>将补全 %n 个之前导入时缺少消息的对话</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new to import.</source>
        <translation>没有可导入的新内容。</translation>
    </message>
    <message>
        <source>Exports (*.json *.zip)</source>
        <translation>导出文件 (*.json *.zip)</translation>
    </message>
    <message numerus="yes">
        <source>Already here, left as they are: %n conversation(s)</source>
        <translation>
            <numerusform>已存在，保持不变：%n 个对话</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out, with nothing to import: %n entry(ies)</source>
        <translation>
            <numerusform>已略过，没有可导入的内容：%n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n hidden message(s) (system and context notes ChatGPT does not show)</source>
        <translation>
            <numerusform>已略过：%n 条隐藏消息（ChatGPT 不显示的系统和上下文信息）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) in the file</source>
        <translation>
            <numerusform>文件中有 %n 个对话</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New: %n conversation(s)</source>
        <translation>
            <numerusform>新增：%n 个对话</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inkwell::ActiveServer</name>
    <message>
        <source>Command line</source>
        <translation>命令行</translation>
    </message>
</context>
<context>
    <name>Inkwell::Appearance</name>
    <message>
        <source>As the system</source>
        <translation>跟随系统</translation>
    </message>
</context>
<context>
    <name>Inkwell::Attachments</name>
    <message>
        <source>a PDF</source>
        <translation>PDF 文件</translation>
    </message>
    <message>
        <source>a Word document (DOCX)</source>
        <translation>Word 文档（DOCX）</translation>
    </message>
    <message>
        <source>an OpenDocument text (ODT)</source>
        <translation>OpenDocument 文本（ODT）</translation>
    </message>
    <message>
        <source>a zip archive</source>
        <translation>zip 压缩包</translation>
    </message>
    <message>
        <source>an older Microsoft Office file (.doc, .xls or .ppt)</source>
        <translation>旧版 Microsoft Office 文件（.doc、.xls 或 .ppt）</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>PNG 图片</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>JPEG 图片</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>GIF 图片</translation>
    </message>
    <message>
        <source>a WebP image</source>
        <translation>WebP 图片</translation>
    </message>
    <message>
        <source>a text file</source>
        <translation>文本文件</translation>
    </message>
    <message>
        <source>binary data of some other kind</source>
        <translation>其他类型的二进制数据</translation>
    </message>
    <message>
        <source>%1 is not a PDF: it is %2.</source>
        <translation>%1 不是 PDF，而是%2。</translation>
    </message>
    <message>
        <source>%1 is not a Word document: it is %2.</source>
        <translation>%1 不是 Word 文档，而是%2。</translation>
    </message>
    <message>
        <source>%1 is not an OpenDocument text: it is %2.</source>
        <translation>%1 不是 OpenDocument 文本，而是%2。</translation>
    </message>
    <message>
        <source>%1 is protected by a password; Inkwell cannot read it.</source>
        <translation>%1 受密码保护，Inkwell 无法读取。</translation>
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
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>%1 expands to more than %2; it may be a zip bomb.</source>
        <translation>%1 解压后超过 %2，可能是 zip 炸弹。</translation>
    </message>
    <message>
        <source>%1 is damaged or not a complete PDF; Inkwell cannot read it.</source>
        <translation>%1 已损坏或不是完整的 PDF，Inkwell 无法读取。</translation>
    </message>
    <message>
        <source>%1 has %2 pages; Inkwell reads at most %3.</source>
        <translation>%1 有 %2 页，Inkwell 最多读取 %3 页。</translation>
    </message>
    <message>
        <source>%1 holds more than %2 of text.</source>
        <translation>%1 的文字超过 %2。</translation>
    </message>
    <message>
        <source>%1 has no text layer (it looks scanned); attach the pages as images instead.</source>
        <translation>%1 没有文字层（看起来是扫描件），请改为以图片形式添加这些页面。</translation>
    </message>
    <message>
        <source>%1 is damaged: its zip archive cannot be opened (%2).</source>
        <translation>%1 已损坏：无法打开其 zip 压缩包（%2）。</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 cannot be read (%3).</source>
        <translation>%1 已损坏：无法读取 %2（%3）。</translation>
    </message>
    <message>
        <source>an EPUB book</source>
        <translation>EPUB 电子书</translation>
    </message>
    <message>
        <source>an OpenDocument file of another kind (%1)</source>
        <translation>其他类型的 OpenDocument 文件（%1）</translation>
    </message>
    <message>
        <source>an Excel workbook (XLSX)</source>
        <translation>Excel 工作簿（XLSX）</translation>
    </message>
    <message>
        <source>a PowerPoint presentation (PPTX)</source>
        <translation>PowerPoint 演示文稿（PPTX）</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 is not well-formed XML (line %3: %4).</source>
        <translation>%1 已损坏：%2 不是格式正确的 XML（第 %3 行：%4）。</translation>
    </message>
    <message>
        <source>%1 has no text to read (it may hold only images).</source>
        <translation>%1 中没有可读取的文字（可能只包含图片）。</translation>
    </message>
    <message>
        <source>%1 is %2; Inkwell reads PDF, DOCX, ODT and text files.</source>
        <translation>%1 是%2；Inkwell 可读取 PDF、DOCX、ODT 和文本文件。</translation>
    </message>
    <message>
        <source>This file</source>
        <translation>此文件</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 是空文件。</translation>
    </message>
    <message>
        <source>%1 is %2; save it as DOCX or PDF and attach that instead.</source>
        <translation>%1 是%2；请另存为 DOCX 或 PDF 后再添加。</translation>
    </message>
    <message>
        <source>%1 is %2, not a text document.</source>
        <translation>%1 是%2，不是文本文档。</translation>
    </message>
    <message>
        <source>%1 looks like a binary file, not text.</source>
        <translation>%1 看起来是二进制文件，不是文本。</translation>
    </message>
    <message>
        <source>%1 is too large to read as text.</source>
        <translation>%1 太大，无法作为文本读取。</translation>
    </message>
    <message>
        <source>The text-completion API takes no images; use chat.</source>
        <translation>文本补全接口不接受图片，请使用对话。</translation>
    </message>
    <message>
        <source>%1 does not take images. Remove the images or choose a model that sees them (if this one does, say so under Images in Settings → Servers).</source>
        <translation>%1 不接受图片。请移除图片或选择能识别图片的模型（如果这个模型可以，请在“设置 → 服务器”的“图片”中注明）。</translation>
    </message>
    <message>
        <source>%1 is %2; images up to %3 can be attached.</source>
        <translation>%1 大小为 %2；图片附件最大 %3。</translation>
    </message>
    <message>
        <source>%1 is %2; documents up to %3 can be attached.</source>
        <translation>%1 大小为 %2；文档附件最大 %3。</translation>
    </message>
    <message>
        <source>%1 does not exist (any more).</source>
        <translation>%1 不存在（或已被删除）。</translation>
    </message>
    <message>
        <source>%1 is a folder; attach the files in it instead.</source>
        <translation>%1 是文件夹，请添加其中的文件。</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, a pipe or a socket).</source>
        <translation>%1 不是普通文件（是设备、管道或套接字）。</translation>
    </message>
    <message>
        <source>%1 is %2; files up to %3 can be attached.</source>
        <translation>%1 大小为 %2；附件最大 %3。</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than %2.</source>
        <translation>%1 大于 %2。</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not an image Inkwell can read.</source>
        <translation>%1 不是 Inkwell 能读取的图片。</translation>
    </message>
    <message>
        <source>%1 is too large: %2 × %3 pixels.</source>
        <translation>%1 太大：%2 × %3 像素。</translation>
    </message>
    <message>
        <source>%1 could not be read as an image (it ends early); the file may be damaged.</source>
        <translation>无法将 %1 读取为图片（文件提前结束），文件可能已损坏。</translation>
    </message>
    <message>
        <source>%1 could not be read as an image (%2); the file may be damaged.</source>
        <translation>无法将 %1 读取为图片（%2），文件可能已损坏。</translation>
    </message>
    <message>
        <source>%1 could not be prepared: %2</source>
        <translation>无法处理 %1：%2</translation>
    </message>
    <message>
        <source>[Images shown earlier, not sent again: %1]</source>
        <translation>[此前已发送的图片，不再重复发送：%1]</translation>
    </message>
    <message>
        <source>[Images attached here, not sent: this model reads text only: %1]</source>
        <translation>[此处附有图片，未发送：该模型只读取文字：%1]</translation>
    </message>
    <message>
        <source>%1 has no text layer (it looks scanned), and this server reads only the text of PDFs. Send it to Anthropic, Gemini or OpenAI, or attach its pages as images.</source>
        <translation>%1 没有文字层（看起来是扫描件），而此服务器只读取 PDF 的文字。请发送给 Anthropic、Gemini 或 OpenAI，或把各页作为图片附加。</translation>
    </message>
    <message>
        <source>[Scanned PDFs attached here, not sent: this server reads only text: %1]</source>
        <translation>[此处附加的扫描 PDF 未发送：此服务器只读取文字：%1]</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
</context>
<context>
    <name>Inkwell::Capabilities</name>
    <message numerus="yes">
        <source>at most %n stop sequence(s)</source>
        <translation>
            <numerusform>最多 %n 个停止序列</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 must be from %2 to %3, not %4</source>
        <translation>%1 必须在 %2 到 %3 之间，而不是 %4</translation>
    </message>
</context>
<context>
    <name>Inkwell::ChatController</name>
    <message>
        <source>An answer is still streaming; stop it first.</source>
        <translation>还有回答正在生成，请先停止它。</translation>
    </message>
    <message>
        <source>Nothing to regenerate.</source>
        <translation>没有可重新生成的内容。</translation>
    </message>
    <message>
        <source>Unknown API ‘%1’.</source>
        <translation>未知的 API“%1”。</translation>
    </message>
    <message>
        <source>Nothing to continue.</source>
        <translation>没有可继续的内容。</translation>
    </message>
    <message>
        <source>Only an answer that was cut short can be continued.</source>
        <translation>只有被中断的回答才能继续。</translation>
    </message>
    <message>
        <source>Nothing stored to copy.</source>
        <translation>没有已保存的内容可复制。</translation>
    </message>
    <message>
        <source>Only an answer has a request to copy.</source>
        <translation>只有回答才有可复制的请求。</translation>
    </message>
    <message>
        <source>Nothing to edit.</source>
        <translation>没有可编辑的内容。</translation>
    </message>
    <message>
        <source>Only your own messages can be edited.</source>
        <translation>只能编辑你自己的消息。</translation>
    </message>
    <message>
        <source>An answer (%1 characters) was not saved: %2</source>
        <translation>有一个回答（%1 个字符）未能保存：%2</translation>
    </message>
    <message>
        <source>%1. The answer is kept and will be saved as soon as that works.</source>
        <translation>%1。回答已保留，一旦可以写入就会保存。</translation>
    </message>
</context>
<context>
    <name>Inkwell::ComposerAttachments</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>Pasted image %1.png</source>
        <translation>粘贴的图片 %1.png</translation>
    </message>
    <message>
        <source>That file is no longer in the message box.</source>
        <translation>该文件已不在消息框中。</translation>
    </message>
</context>
<context>
    <name>Inkwell::ConversationListModel</name>
    <message>
        <source>New conversation</source>
        <translation>新对话</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>已置顶</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>文件夹</translation>
    </message>
</context>
<context>
    <name>Inkwell::ConversationSession</name>
    <message>
        <source>%1
Trying again in %2 s (%3 of %4)…</source>
        <translation>%1
%2 秒后重试（第 %3 次，共 %4 次）…</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>新对话</translation>
    </message>
    <message>
        <source>Add a server first: open Settings (Ctrl+,) and add a profile.</source>
        <translation>请先添加服务器：打开设置（Ctrl+,）并添加一个配置。</translation>
    </message>
    <message>
        <source>That template is gone.</source>
        <translation>这个模板已不存在。</translation>
    </message>
    <message>
        <source>The answer in “%1” failed: %2</source>
        <translation>“%1”中的回答失败：%2</translation>
    </message>
    <message>
        <source>A file is still being read; send when its chip is ready.</source>
        <translation>仍有文件正在读取，请等它准备好后再发送。</translation>
    </message>
    <message>
        <source>An answer is still streaming; stop it first.</source>
        <translation>仍有回答在生成中，请先停止。</translation>
    </message>
</context>
<context>
    <name>Inkwell::Database</name>
    <message>
        <source>Cannot read the schema version</source>
        <translation>无法读取数据库结构版本</translation>
    </message>
    <message>
        <source>Cannot start the migration</source>
        <translation>无法开始数据库升级</translation>
    </message>
    <message>
        <source>Migration to schema %1 failed</source>
        <translation>升级到结构版本 %1 失败</translation>
    </message>
    <message>
        <source>Cannot finish the migration</source>
        <translation>无法完成数据库升级</translation>
    </message>
    <message>
        <source>Nothing was changed. Quit Inkwell and move the file aside (rename it, for example to %1) to start with a new, empty database, or put back a backup.</source>
        <translation>文件未被改动。请退出 Inkwell 并把该文件移开（例如改名为 %1），即可从一个新的空数据库开始；或者恢复备份。</translation>
    </message>
    <message>
        <source>Cannot read the database %1: %2 — check its permissions.</source>
        <translation>无法读取数据库 %1：%2——请检查它的权限。</translation>
    </message>
    <message>
        <source>%1 is not a usable Inkwell database: it is not an SQLite file.</source>
        <translation>%1 不是可用的 Inkwell 数据库：它不是 SQLite 文件。</translation>
    </message>
    <message>
        <source>%1 is damaged: it is cut short (%2 bytes of the %3 it should have).</source>
        <translation>%1 已损坏：文件不完整（应有 %3 字节，只有 %2 字节）。</translation>
    </message>
    <message>
        <source>%1 was written by a newer Inkwell (schema %2, this build knows %3). Update Inkwell; the file was not changed.</source>
        <translation>%1 由更新版本的 Inkwell 写入（结构版本 %2，本版本只认识 %3）。请更新 Inkwell；文件未被改动。</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>the disk is full (%1 cannot grow) — free some space on it</source>
        <translation>磁盘已满（%1 无法增大）——请腾出一些空间</translation>
    </message>
    <message>
        <source>%1 is read-only — make the file and its folder writable, then try again</source>
        <translation>%1 是只读的——请让该文件及其文件夹可写，然后重试</translation>
    </message>
    <message>
        <source>%1 is locked by another program (another Inkwell, a database browser, a backup) — close it or wait, then try again</source>
        <translation>%1 被其他程序锁定（另一个 Inkwell、数据库浏览器或备份程序）——请关闭它或稍候，然后重试</translation>
    </message>
    <message>
        <source>%1 could not be written or read (%2) — the disk may be full, failing or gone</source>
        <translation>无法写入或读取 %1（%2）——磁盘可能已满、出现故障或已断开</translation>
    </message>
    <message>
        <source>%1 is damaged (%2) — move it aside and start again</source>
        <translation>%1 已损坏（%2）——请把它移开后重新开始</translation>
    </message>
    <message>
        <source>%1 cannot be opened (%2) — check that it and its folder exist and can be read and written</source>
        <translation>无法打开 %1（%2）——请确认它及其文件夹存在且可读写</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database — check that its parent folder exists and can be written.</source>
        <translation>无法为数据库创建文件夹 %1——请确认其上级文件夹存在且可写。</translation>
    </message>
    <message>
        <source>Cannot create the database %1: its folder is read-only — make the folder writable or choose another with --data-dir.</source>
        <translation>无法创建数据库 %1：它的文件夹是只读的——请让该文件夹可写，或用 --data-dir 选择其他文件夹。</translation>
    </message>
    <message>
        <source>%1 is not a usable Inkwell database: it is damaged.</source>
        <translation>%1 不是可用的 Inkwell 数据库：它已损坏。</translation>
    </message>
    <message>
        <source>Cannot read the database</source>
        <translation>无法读取数据库</translation>
    </message>
    <message>
        <source>%1 is read-only, and this Inkwell must update it (schema %2 to %3) before it can be used — make the file and its folder writable.</source>
        <translation>%1 是只读的，而本版本 Inkwell 需要先更新它（结构版本 %2 到 %3）才能使用——请让该文件及其文件夹可写。</translation>
    </message>
    <message>
        <source>%1 is read-only: conversations can be read, but nothing new will be saved — make the file and its folder writable and start Inkwell again.</source>
        <translation>%1 是只读的：可以阅读对话，但不会保存任何新内容——请让该文件及其文件夹可写，然后重新启动 Inkwell。</translation>
    </message>
</context>
<context>
    <name>Inkwell::DraftListModel</name>
    <message>
        <source>Untitled draft</source>
        <translation>未命名草稿</translation>
    </message>
</context>
<context>
    <name>Inkwell::DraftSession</name>
    <message>
        <source>The model is still writing; stop it first.</source>
        <translation>模型还在写，请先停止。</translation>
    </message>
    <message>
        <source>This template uses text completion, which %1 does not offer; change the template&apos;s mode to chat.</source>
        <translation>这个模板使用文本补全，而 %1 不提供该接口；请把模板的 mode 改为 chat。</translation>
    </message>
</context>
<context>
    <name>Inkwell::Drafting</name>
    <message>
        <source>This draft has no prompt to generate from.</source>
        <translation>这篇草稿没有可用于生成的提示词。</translation>
    </message>
    <message>
        <source>There is no text to continue yet.</source>
        <translation>还没有可以续写的文字。</translation>
    </message>
    <message>
        <source>Say how to rewrite it.</source>
        <translation>请说明要怎么改写。</translation>
    </message>
    <message>
        <source>There is no text to change yet.</source>
        <translation>还没有可以修改的文字。</translation>
    </message>
    <message>
        <source>Choose a tone.</source>
        <translation>请选择一种语气。</translation>
    </message>
    <message>
        <source>Write what the document is about first.</source>
        <translation>请先写下这篇文档的主题。</translation>
    </message>
    <message>
        <source>That section is no longer in the draft.</source>
        <translation>草稿中已经没有这一节了。</translation>
    </message>
    <message>
        <source>Unknown action.</source>
        <translation>未知操作。</translation>
    </message>
    <message>
        <source>%1“%2” must be text</source>
        <translation>%1“%2”必须是文字</translation>
    </message>
    <message>
        <source>%1“%2” must be a number, not “%3”</source>
        <translation>%1“%2”必须是数字，而不是“%3”</translation>
    </message>
    <message>
        <source>%1“%2” must be a list</source>
        <translation>%1“%2”必须是列表</translation>
    </message>
    <message>
        <source>%1“%2” must be a list of text</source>
        <translation>%1“%2”必须是文字列表</translation>
    </message>
    <message>
        <source>variable %1: </source>
        <translation>变量 %1：</translation>
    </message>
    <message>
        <source>variable %1 must be a map with at least “name”</source>
        <translation>变量 %1 必须是至少包含“name”的映射</translation>
    </message>
    <message>
        <source>“parameters” must be a map such as “temperature: 0.7”</source>
        <translation>“parameters”必须是映射，例如“temperature: 0.7”</translation>
    </message>
    <message>
        <source>parameter “%1” must be a number</source>
        <translation>参数“%1”必须是数字</translation>
    </message>
    <message>
        <source>“%1” is not a parameter (temperature, top_p, max_tokens, n, seed, presence_penalty, frequency_penalty, top_k, min_p, repeat_penalty, num_ctx, stop, think)</source>
        <translation>“%1”不是参数（可用：temperature、top_p、max_tokens、n、seed、presence_penalty、frequency_penalty、top_k、min_p、repeat_penalty、num_ctx、stop、think）</translation>
    </message>
    <message>
        <source>{{%1}} is not declared</source>
        <translation>{{%1}} 未声明</translation>
    </message>
    <message>
        <source> (did you mean {{%1}}?)</source>
        <translation>（是不是想写 {{%1}}？）</translation>
    </message>
    <message>
        <source>the file is larger than 1 MB; a template is a prompt, not a document</source>
        <translation>文件超过 1 MB；模板是提示词，不是文档</translation>
    </message>
    <message>
        <source>a template file starts with a “---” line, then its fields, then “---” and the body</source>
        <translation>模板文件以“---”行开头，接着是字段，再以“---”结束，然后是正文</translation>
    </message>
    <message>
        <source>the front matter opened on line 1 is never closed by a “---” line</source>
        <translation>第 1 行开始的头部信息没有用“---”行结束</translation>
    </message>
    <message>
        <source>the front matter nests lists or maps too deeply</source>
        <translation>头部信息中的列表或映射嵌套过深</translation>
    </message>
    <message>
        <source>the front matter must be “field: value” lines</source>
        <translation>头部信息必须是“字段: 值”形式的行</translation>
    </message>
    <message>
        <source>“name” is missing</source>
        <translation>缺少“name”</translation>
    </message>
    <message>
        <source>preset “%1” is not one of precise, balanced, creative</source>
        <translation>预设“%1”不是 precise、balanced、creative 之一</translation>
    </message>
    <message>
        <source>mode “%1” is not chat or completion</source>
        <translation>mode“%1”不是 chat 或 completion</translation>
    </message>
    <message>
        <source>output “%1” is not draft or conversation</source>
        <translation>output“%1”不是 draft 或 conversation</translation>
    </message>
    <message>
        <source>“variables” must be a list</source>
        <translation>“variables”必须是列表</translation>
    </message>
    <message>
        <source>system prompt: </source>
        <translation>系统提示词：</translation>
    </message>
    <message>
        <source>variable “%1”: </source>
        <translation>变量“%1”：</translation>
    </message>
    <message>
        <source>“%1” is not a variable name: use letters, digits and _, starting with a letter</source>
        <translation>“%1”不是合法的变量名：只能用字母、数字和 _，并以字母开头</translation>
    </message>
    <message>
        <source>the name is built in and cannot be declared</source>
        <translation>这是内置变量名，不能再声明</translation>
    </message>
    <message>
        <source>declared twice</source>
        <translation>重复声明</translation>
    </message>
    <message>
        <source>min is above max</source>
        <translation>min 大于 max</translation>
    </message>
    <message>
        <source>a choice needs “choices”</source>
        <translation>choice 类型需要“choices”</translation>
    </message>
    <message>
        <source>the default “%1” is not one of the choices</source>
        <translation>默认值“%1”不在选项中</translation>
    </message>
    <message>
        <source>the default “%1” is not a number in range</source>
        <translation>默认值“%1”不是范围内的数字</translation>
    </message>
    <message>
        <source>the body (the prompt) is empty</source>
        <translation>正文（提示词）为空</translation>
    </message>
    <message>
        <source>There is no template “%1”; “inkwell-cli template list” shows them.</source>
        <translation>没有名为“%1”的模板；“inkwell-cli template list”可列出全部模板。</translation>
    </message>
    <message>
        <source>“%1” is the name of a built-in template; choose another name.</source>
        <translation>“%1”是内置模板的名字，请换一个名字。</translation>
    </message>
    <message>
        <source>A template named “%1” exists already.</source>
        <translation>已经有名为“%1”的模板。</translation>
    </message>
    <message>
        <source>Built-in templates cannot be changed; duplicate it and change the copy.</source>
        <translation>内置模板不能修改；请复制一份再修改副本。</translation>
    </message>
    <message>
        <source>“%1” has a problem to mend first: %2</source>
        <translation>请先修正“%1”的问题：%2</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1（副本 %2）</translation>
    </message>
    <message>
        <source>Built-in templates cannot be deleted.</source>
        <translation>内置模板不能删除。</translation>
    </message>
    <message>
        <source>%1: larger than 1 MB; not a template</source>
        <translation>%1：超过 1 MB，不是模板</translation>
    </message>
    <message>
        <source>%1: cannot read it (%2)</source>
        <translation>%1：无法读取（%2）</translation>
    </message>
    <message>
        <source>%1: not UTF-8 text</source>
        <translation>%1：不是 UTF-8 文本</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>“%1” is one line; it contains a line break</source>
        <translation>“%1”只能是一行，但其中有换行</translation>
    </message>
    <message>
        <source>“%1” is required</source>
        <translation>“%1”为必填项</translation>
    </message>
    <message>
        <source>“%1” needs a number</source>
        <translation>“%1”需要填数字</translation>
    </message>
    <message>
        <source>“%1” must be a number, not “%2”</source>
        <translation>“%1”必须是数字，而不是“%2”</translation>
    </message>
    <message>
        <source>“%1” must be between %2 and %3; %4 is not</source>
        <translation>“%1”必须在 %2 到 %3 之间；%4 不在范围内</translation>
    </message>
    <message>
        <source>“%1” must be one of: %2</source>
        <translation>“%1”必须是以下之一：%2</translation>
    </message>
    <message>
        <source>“%1” must be yes or no, not “%2”</source>
        <translation>“%1”必须是“是”或“否”，而不是“%2”</translation>
    </message>
    <message>
        <source>“%1” must be a date written YYYY-MM-DD, not “%2”</source>
        <translation>“%1”必须是 YYYY-MM-DD 格式的日期，而不是“%2”</translation>
    </message>
    <message>
        <source>“%1” is not a variable of “%2”</source>
        <translation>“%1”不是“%2”的变量</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>第 %1 行第 %2 列：%3</translation>
    </message>
    <message>
        <source>“{{” is not closed by “}}” on the same line (write \{{ for a literal “{{”)</source>
        <translation>“{{”没有在同一行用“}}”闭合（要写字面的“{{”，请写 \{{）</translation>
    </message>
    <message>
        <source>“{{}}” has no variable name</source>
        <translation>“{{}}”里没有变量名</translation>
    </message>
    <message>
        <source>this line has no “:” between the field&apos;s name and its value</source>
        <translation>这一行的字段名和值之间缺少“:”</translation>
    </message>
    <message>
        <source>the “[” list opened here is never closed with “]”</source>
        <translation>这里开始的“[”列表没有用“]”结束</translation>
    </message>
    <message>
        <source>the “{” opened here is never closed with “}”</source>
        <translation>这里开始的“{”没有用“}”结束</translation>
    </message>
    <message>
        <source>a second “:” in this line; put the value in quotes (name: &quot;A: B&quot;)</source>
        <translation>这一行有第二个“:”；请把值放在引号里（name: &quot;A: B&quot;）</translation>
    </message>
    <message>
        <source>this line does not line up with the lines around it: fields start at the left edge, a list&apos;s “- ” items line up, and an item&apos;s fields line up under its first one</source>
        <translation>这一行与上下行没有对齐：字段从最左边开始，列表的“- ”各项对齐，一项中的字段与它的第一个字段对齐</translation>
    </message>
    <message>
        <source>a tab in the indentation; indent with spaces</source>
        <translation>缩进里有制表符；请用空格缩进</translation>
    </message>
    <message>
        <source>“\%1” is not an escape in a double-quoted value; write “\\” for a backslash, or use single quotes</source>
        <translation>“\%1”不是双引号值中的转义；反斜杠请写成“\\”，或改用单引号</translation>
    </message>
    <message>
        <source>a quoted value is not closed, or has a stray quote inside</source>
        <translation>带引号的值没有结束，或其中有多余的引号</translation>
    </message>
    <message>
        <source>the front matter is not valid YAML (%1)</source>
        <translation>头部信息不是有效的 YAML（%1）</translation>
    </message>
    <message>
        <source>parameter “%1” is out of range</source>
        <translation>参数“%1”超出范围</translation>
    </message>
    <message>
        <source>type “%1” is not one of text, multiline, number, choice, yesno, date, file</source>
        <translation>类型“%1”不是 text、multiline、number、choice、yesno、date、file 之一</translation>
    </message>
    <message>
        <source>“accept” is for file variables only</source>
        <translation>“accept”只能用于文件变量</translation>
    </message>
    <message>
        <source>“%1” takes %2 files, not “%3”</source>
        <translation>“%1”接受 %2 文件，不接受“%3”</translation>
    </message>
    <message>
        <source>a file variable has no default; the user chooses the file</source>
        <translation>文件变量没有默认值，由用户选择文件</translation>
    </message>
</context>
<context>
    <name>Inkwell::DraftsController</name>
    <message>
        <source>%1
Trying again in %2 s (%3 of %4)…</source>
        <translation>%1
%2 秒后重试（第 %3 次，共 %4 次）…</translation>
    </message>
    <message>
        <source>Untitled draft</source>
        <translation>未命名草稿</translation>
    </message>
    <message>
        <source>Choose a server first (Settings → Servers).</source>
        <translation>请先选择服务器（设置 → 服务器）。</translation>
    </message>
</context>
<context>
    <name>Inkwell::Exchange</name>
    <message>
        <source>Image not included: %1</source>
        <translation>未包含图片：%1</translation>
    </message>
    <message>
        <source>%1 not included</source>
        <translation>未包含 %1</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation>输出：</translation>
    </message>
    <message>
        <source>Browsing result</source>
        <translation>浏览结果</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>ChatGPT content of type “%1” not shown</source>
        <translation>未显示 ChatGPT 的“%1”类型内容</translation>
    </message>
    <message>
        <source>not a ChatGPT conversations.json: expected an array of conversations</source>
        <translation>不是 ChatGPT 的 conversations.json：应为对话数组</translation>
    </message>
    <message>
        <source>entry %1: not a conversation</source>
        <translation>第 %1 项：不是对话</translation>
    </message>
    <message>
        <source>entry %1 (‘%2’): no conversation id</source>
        <translation>第 %1 项（“%2”）：没有对话 ID</translation>
    </message>
    <message>
        <source>entry %1 (‘%2’): no messages (mapping)</source>
        <translation>第 %1 项（“%2”）：没有消息（mapping）</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Export cancelled; no partial file was left</source>
        <translation>导出已取消；没有留下不完整的文件</translation>
    </message>
    <message>
        <source>unknown format ‘%1’ (%2)</source>
        <translation>未知格式“%1”（可用：%2）</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>无法创建文件夹</translation>
    </message>
    <message>
        <source>Untitled conversation</source>
        <translation>未命名对话</translation>
    </message>
    <message>
        <source>Branch %1 of %2</source>
        <translation>分支 %1/%2</translation>
    </message>
    <message>
        <source>after “%1”</source>
        <translation>接在“%1”之后</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>思考过程</translation>
    </message>
    <message>
        <source>Exported by Inkwell %1</source>
        <translation>由 Inkwell %1 导出</translation>
    </message>
    <message>
        <source>Cannot start the import: %1</source>
        <translation>无法开始导入：%1</translation>
    </message>
    <message>
        <source>conversation ‘%1’: %2</source>
        <translation>对话“%1”：%2</translation>
    </message>
    <message>
        <source>‘%1’ is already here</source>
        <translation>“%1”已存在</translation>
    </message>
    <message>
        <source>Cannot finish the import: %1</source>
        <translation>无法完成导入：%1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>neither an Inkwell export nor a ChatGPT conversations.json</source>
        <translation>既不是 Inkwell 导出文件，也不是 ChatGPT 的 conversations.json</translation>
    </message>
    <message>
        <source>unknown format ‘%1’ (inkwell or chatgpt)</source>
        <translation>未知格式“%1”（可用：inkwell 或 chatgpt）</translation>
    </message>
    <message>
        <source>Reasoning:</source>
        <translation>思考过程：</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>工具</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>entry %1: not valid JSON</source>
        <translation>第 %1 项：不是有效的 JSON</translation>
    </message>
    <message>
        <source>%1: missing</source>
        <translation>%1：缺失</translation>
    </message>
    <message>
        <source>%1: expected an array</source>
        <translation>%1：应为数组</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) go into a folder, one file each: give a folder (ending in /) instead of %1</source>
        <translation>
            <numerusform>%n 个对话需要导出到文件夹（每个对话一个文件）：请给出以 / 结尾的文件夹，而不是 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled draft</source>
        <translation>未命名草稿</translation>
    </message>
    <message numerus="yes">
        <source>‘%1’: nothing to show in it (%n hidden message(s))</source>
        <translation>
            <numerusform>“%1”：没有可显示的内容（%n 条隐藏消息）</numerusform>
        </translation>
    </message>
    <message>
        <source>‘%1’ was here without its messages; they are in it now</source>
        <translation>“%1”原先没有消息，现已补全</translation>
    </message>
    <message>
        <source>%1: not an Inkwell or ChatGPT export; left out</source>
        <translation>%1：不是 Inkwell 或 ChatGPT 的导出文件，已略过</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>导入已取消，未导入任何内容。</translation>
    </message>
    <message>
        <source>%1: not a readable zip file (%2)</source>
        <translation>%1：无法读取的 zip 文件（%2）</translation>
    </message>
    <message>
        <source>%1: this zip has no conversations.json (is it ChatGPT&apos;s data export?)</source>
        <translation>%1：此 zip 中没有 conversations.json（这是 ChatGPT 的数据导出吗？）</translation>
    </message>
    <message>
        <source>%1: this folder holds no conversations.json and no .json or .zip file</source>
        <translation>%1：此文件夹中没有 conversations.json，也没有 .json 或 .zip 文件</translation>
    </message>
    <message>
        <source>the zip entry is damaged (%1)</source>
        <translation>zip 中的文件已损坏（%1）</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1：没有这个文件或文件夹</translation>
    </message>
    <message>
        <source>Cannot read %1: permission denied</source>
        <translation>无法读取 %1：没有权限</translation>
    </message>
    <message>
        <source>cannot read on: %1</source>
        <translation>无法继续读取：%1</translation>
    </message>
    <message>
        <source>not valid JSON (%1, at byte %2)</source>
        <translation>不是有效的 JSON（%1，位于第 %2 字节）</translation>
    </message>
    <message>
        <source>the file ends early</source>
        <translation>文件提前结束</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>此处应为 %1</translation>
    </message>
    <message>
        <source>the file ends inside a string</source>
        <translation>文件在字符串中间结束</translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation>此处应为一个值</translation>
    </message>
    <message>
        <source>nested more than %1 deep</source>
        <translation>嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>‘%1’ where ‘%2’ was expected</source>
        <translation>此处应为“%2”，却是“%1”</translation>
    </message>
    <message>
        <source>expected ‘,’ or ‘]’ after entry %1</source>
        <translation>第 %1 项之后应为“,”或“]”</translation>
    </message>
    <message>
        <source>more after the end of the array</source>
        <translation>数组结束后还有内容</translation>
    </message>
    <message>
        <source>expected a field name</source>
        <translation>此处应为字段名</translation>
    </message>
    <message>
        <source>expected ‘,’ or ‘}’</source>
        <translation>此处应为“,”或“}”</translation>
    </message>
    <message>
        <source>more after the end of the object</source>
        <translation>对象结束后还有内容</translation>
    </message>
    <message>
        <source>Cannot store the import: %1</source>
        <translation>无法保存导入的内容：%1</translation>
    </message>
    <message>
        <source>this is a ChatGPT export, not an Inkwell one</source>
        <translation>这是 ChatGPT 的导出文件，不是 Inkwell 的</translation>
    </message>
    <message>
        <source>this is an Inkwell export, not a ChatGPT one</source>
        <translation>这是 Inkwell 的导出文件，不是 ChatGPT 的</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>What was already imported could not be removed: %1</source>
        <translation>已导入的内容无法移除：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) you wrote in while it ran were kept.</source>
        <translation>
            <numerusform>导入期间你写过的 %n 个对话已保留。</numerusform>
        </translation>
    </message>
    <message>
        <source>What was already imported could not all be removed: %1</source>
        <translation>已导入的内容未能全部移除：%1</translation>
    </message>
    <message>
        <source>one entry, at byte %1, is larger than %2 MB; the file is damaged</source>
        <translation>第 %1 字节处的一项超过 %2 MB，文件已损坏</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Image not in the export: %1</source>
        <translation>导出文件中没有此图片：%1</translation>
    </message>
    <message>
        <source>File not in the export: %1</source>
        <translation>导出文件中没有此文件：%1</translation>
    </message>
    <message>
        <source>Image not imported: %1</source>
        <translation>未导入图片：%1</translation>
    </message>
    <message>
        <source>File not imported: %1</source>
        <translation>未导入文件：%1</translation>
    </message>
    <message>
        <source>%1 is not an image</source>
        <translation>%1 不是图片</translation>
    </message>
    <message>
        <source>%1 is %2; files over %3 are not imported</source>
        <translation>%1 大小为 %2；超过 %3 的文件不会导入</translation>
    </message>
    <message>
        <source>%1 is larger than %2; files over %2 are not imported</source>
        <translation>%1 大于 %2；超过 %2 的文件不会导入</translation>
    </message>
    <message>
        <source>%1 could not be read from the export: %2</source>
        <translation>无法从导出文件中读取 %1：%2</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 页</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 页</translation>
    </message>
    <message>
        <source>image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>document</source>
        <translation>文档</translation>
    </message>
</context>
<context>
    <name>Inkwell::ExchangeController</name>
    <message numerus="yes">
        <source>Exported %n conversation(s) to %1</source>
        <translation>
            <numerusform>已将 %n 个对话导出到 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s)</source>
        <translation>
            <numerusform>已导入 %n 个对话</numerusform>
        </translation>
    </message>
    <message>
        <source>conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Reading: %1 conversations, %2 messages</source>
        <translation>正在读取：%1 个对话，%2 条消息</translation>
    </message>
    <message>
        <source>Importing: %1 conversations, %2 messages</source>
        <translation>正在导入：%1 个对话，%2 条消息</translation>
    </message>
    <message>
        <source>%1 messages/s</source>
        <translation>每秒 %1 条消息</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>约剩 %1</translation>
    </message>
    <message numerus="yes">
        <source>filled %n left empty by an earlier import</source>
        <translation>
            <numerusform>补全了 %n 个之前导入时为空的对话</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already here or with nothing to import</source>
        <translation>
            <numerusform>%n 个已存在或没有可导入的内容</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Nothing was imported.</source>
        <translation>%1没有导入任何内容。</translation>
    </message>
</context>
<context>
    <name>Inkwell::Generation</name>
    <message>
        <source>Could not connect to %1 within %2 s — is the server running and the base URL right?</source>
        <translation>%2 秒内无法连接到 %1 —— 服务器是否在运行？基础 URL 是否正确？</translation>
    </message>
    <message>
        <source>%1 sent nothing for %2 s; the answer was cut off there. Retry, or raise the profile&apos;s inactivity timeout.</source>
        <translation>%1 已 %2 秒没有发送任何数据，回答在此中断。请重试，或调大该配置的空闲超时。</translation>
    </message>
    <message>
        <source>%1 sent an answer larger than %2 MiB; stopped reading.</source>
        <translation>%1 发送的回答超过 %2 MiB，已停止读取。</translation>
    </message>
    <message>
        <source>%1 answered with %2 instead of an event stream (%3) — is the base URL pointing at the API, not a web page or proxy?</source>
        <translation>%1 返回的是 %2 而不是事件流（%3）—— 基础 URL 指向的是 API，而不是网页或代理吗？</translation>
    </message>
    <message>
        <source>%1 sent an oversized answer.</source>
        <translation>%1 发送的回答过大。</translation>
    </message>
    <message>
        <source>%1 sent one event larger than %2 MiB; stopped reading to protect memory.</source>
        <translation>%1 发送了超过 %2 MiB 的单个事件，为保护内存已停止读取。</translation>
    </message>
    <message>
        <source>The connection to %1 dropped mid-answer (%2)%3</source>
        <translation>与 %1 的连接在回答途中断开（%2）%3</translation>
    </message>
    <message>
        <source>; the text so far is kept.</source>
        <translation>；已保留目前的文字。</translation>
    </message>
    <message>
        <source> before any text arrived.</source>
        <translation>，尚未收到任何文字。</translation>
    </message>
    <message>
        <source>%1 closed the stream before it was complete; the text so far is kept.</source>
        <translation>%1 在回答完成前关闭了数据流；已保留目前的文字。</translation>
    </message>
    <message>
        <source>%1 closed the stream without sending an answer.</source>
        <translation>%1 关闭了数据流，没有发送任何回答。</translation>
    </message>
    <message>
        <source>%1 sent no answer the app understands; it began with: %2</source>
        <translation>%1 没有发送本应用能理解的回答；其开头为：%2</translation>
    </message>
    <message>
        <source> The server asks to wait %1 min before trying again.</source>
        <translation> 服务器要求等待 %1 分钟后再试。</translation>
    </message>
</context>
<context>
    <name>Inkwell::GenerationRun</name>
    <message>
        <source>Unknown API ‘%1’.</source>
        <translation>未知的 API“%1”。</translation>
    </message>
    <message>
        <source>%1 has no text-completion API; use chat.</source>
        <translation>%1 没有文本补全 API，请使用对话。</translation>
    </message>
</context>
<context>
    <name>Inkwell::HttpError</name>
    <message>
        <source> of profile ‘%1’</source>
        <translation>（配置“%1”）</translation>
    </message>
    <message>
        <source>check the API key%1</source>
        <translation>请检查 API 密钥%1</translation>
    </message>
    <message>
        <source>the key%1 is not allowed to use this model or endpoint</source>
        <translation>该密钥%1无权使用此模型或接口</translation>
    </message>
    <message>
        <source>check the base URL and the model name%1</source>
        <translation>请检查基础 URL 和模型名称%1</translation>
    </message>
    <message>
        <source>the account has no quota left; check billing with the provider</source>
        <translation>账户额度已用完，请到服务商处检查账单</translation>
    </message>
    <message>
        <source>rate limited; wait a moment and retry</source>
        <translation>请求过于频繁，请稍候重试</translation>
    </message>
    <message>
        <source>the server had a problem; retry later</source>
        <translation>服务器出现问题，请稍后重试</translation>
    </message>
    <message>
        <source>the server rejected the request; check the model and parameters</source>
        <translation>服务器拒绝了请求，请检查模型和参数</translation>
    </message>
    <message>
        <source>an HTML page</source>
        <translation>一个 HTML 网页</translation>
    </message>
    <message>
        <source>HTTP %1 from %2</source>
        <translation>%2 返回 HTTP %1</translation>
    </message>
    <message>
        <source>The certificate of %1 could not be verified (%2). Inkwell does not talk to a server it cannot verify: install its CA certificate on this system, or check the base URL.</source>
        <translation>无法验证 %1 的证书（%2）。Inkwell 不会与无法验证的服务器通信：请在本系统安装其 CA 证书，或检查基础 URL。</translation>
    </message>
    <message>
        <source>Could not reach %1: %2 — is the server running and the base URL right?</source>
        <translation>无法连接 %1：%2 —— 服务器是否在运行，基础 URL 是否正确？</translation>
    </message>
    <message>
        <source>this server&apos;s model cannot read images: start llama-server with its vision projector (--mmproj), choose a model that sees images, or remove the images</source>
        <translation>该服务器的模型无法读取图片：请用视觉投影器（--mmproj）启动 llama-server、选择能识别图片的模型，或移除图片</translation>
    </message>
    <message>
        <source>the request is larger than this server takes: remove some files, turn off “Send earlier images” in Parameters, or send PDFs as text</source>
        <translation>请求超出了此服务器能接受的大小：请移除一些文件、在参数中关闭“每条消息都重新发送之前的图片”，或以文字发送 PDF</translation>
    </message>
</context>
<context>
    <name>Inkwell::KeyStore</name>
    <message>
        <source>Cannot read the API key from the keychain: %1</source>
        <translation>无法从钥匙串读取 API 密钥：%1</translation>
    </message>
    <message>
        <source>Cannot save the API key in the keychain: %1</source>
        <translation>无法将 API 密钥保存到钥匙串：%1</translation>
    </message>
    <message>
        <source>Cannot remove the API key from the keychain: %1</source>
        <translation>无法从钥匙串删除 API 密钥：%1</translation>
    </message>
</context>
<context>
    <name>Inkwell::MarkdownRenderer</name>
    <message>
        <source>Tool call</source>
        <translation>工具调用</translation>
    </message>
    <message>
        <source>Tool result</source>
        <translation>工具结果</translation>
    </message>
</context>
<context>
    <name>Inkwell::MessageListModel</name>
    <message>
        <source>%1 tokens</source>
        <translation>%1 个词元</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 词元/秒</translation>
    </message>
    <message>
        <source>first token %1 ms</source>
        <translation>首个词元 %1 毫秒</translation>
    </message>
</context>
<context>
    <name>Inkwell::ModelLister</name>
    <message>
        <source>Unknown API ‘%1’.</source>
        <translation>未知的 API“%1”。</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>%1 秒内没有应答</translation>
    </message>
</context>
<context>
    <name>Inkwell::ParametersController</name>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>Randomness: low is focused and repeatable, high is varied and surprising.</source>
        <translation>随机程度：低则专注、可复现，高则多样、出人意料。</translation>
    </message>
    <message>
        <source>Top P</source>
        <translation>Top P</translation>
    </message>
    <message>
        <source>Sample only from the likeliest tokens whose probabilities add up to this.</source>
        <translation>只从累计概率达到此值的最可能的词元中采样。</translation>
    </message>
    <message>
        <source>Top K</source>
        <translation>Top K</translation>
    </message>
    <message>
        <source>Sample only from this many likeliest tokens.</source>
        <translation>只从这么多个最可能的词元中采样。</translation>
    </message>
    <message>
        <source>Min P</source>
        <translation>Min P</translation>
    </message>
    <message>
        <source>Drop tokens less likely than this fraction of the likeliest one.</source>
        <translation>舍弃概率低于最可能词元此比例的词元。</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>最大词元数</translation>
    </message>
    <message>
        <source>The longest answer, in tokens.</source>
        <translation>回答的最大长度（词元）。</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>回答数</translation>
    </message>
    <message>
        <source>How many answers to write at once; they become sibling branches.</source>
        <translation>一次生成几个回答；它们成为并列的分支。</translation>
    </message>
    <message>
        <source>Stop sequences</source>
        <translation>停止序列</translation>
    </message>
    <message>
        <source>The answer ends where one of these would be written.</source>
        <translation>回答在将要写出其中任一序列时结束。</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>The same seed with the same settings gives the same answer, where the server supports it.</source>
        <translation>在服务器支持时，相同的种子和设置会得到相同的回答。</translation>
    </message>
    <message>
        <source>Presence penalty</source>
        <translation>存在惩罚</translation>
    </message>
    <message>
        <source>Above 0 pushes toward new topics; below 0 allows returning to them.</source>
        <translation>大于 0 促使转向新话题；小于 0 允许回到旧话题。</translation>
    </message>
    <message>
        <source>Frequency penalty</source>
        <translation>频率惩罚</translation>
    </message>
    <message>
        <source>Above 0 discourages repeating the same words.</source>
        <translation>大于 0 抑制重复相同的词语。</translation>
    </message>
    <message>
        <source>Repeat penalty</source>
        <translation>重复惩罚</translation>
    </message>
    <message>
        <source>Above 1 discourages repeating recent tokens; 1 is off.</source>
        <translation>大于 1 抑制重复最近的词元；1 表示关闭。</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>上下文长度</translation>
    </message>
    <message>
        <source>How many tokens of the conversation the model keeps in view.</source>
        <translation>模型能看到的对话词元数。</translation>
    </message>
    <message>
        <source>Precise</source>
        <translation>精确</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>均衡</translation>
    </message>
    <message>
        <source>Creative</source>
        <translation>创意</translation>
    </message>
</context>
<context>
    <name>Inkwell::ProfilesController</name>
    <message>
        <source>Give the profile a name.</source>
        <translation>请为配置命名。</translation>
    </message>
    <message>
        <source>The base URL must be an http:// or https:// address of the server.</source>
        <translation>基础 URL 必须是服务器的 http:// 或 https:// 地址。</translation>
    </message>
    <message>
        <source>The header %1 carries a credential; put the key in the API key field, which goes to the keychain.</source>
        <translation>请求头 %1 含有凭据；请把密钥填在“API 密钥”栏，它会存入系统钥匙串。</translation>
    </message>
    <message>
        <source>There is already a profile named ‘%1’.</source>
        <translation>已有名为“%1”的配置。</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1（副本 %2）</translation>
    </message>
    <message>
        <source>Type the server&apos;s base URL first.</source>
        <translation>请先输入服务器的基础 URL。</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message numerus="yes">
        <source>Connected in %1 ms: %n model(s).</source>
        <translation>
            <numerusform>连接成功，用时 %1 毫秒：%n 个模型。</numerusform>
        </translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>测试已取消。</translation>
    </message>
    <message>
        <source>Proxy: %1.</source>
        <translation>代理：%1。</translation>
    </message>
    <message>
        <source>OpenAI-compatible</source>
        <translation>OpenAI 兼容</translation>
    </message>
    <message>
        <source>llama.cpp server</source>
        <translation>llama.cpp 服务器</translation>
    </message>
    <message>
        <source>The chat&apos;s own server</source>
        <translation>对话本身的服务器</translation>
    </message>
</context>
<context>
    <name>Inkwell::Provider</name>
    <message>
        <source>Gemini refused the prompt (%1); rephrase it or check the safety settings.</source>
        <translation>Gemini 拒绝了该提示（%1）；请换种说法或检查安全设置。</translation>
    </message>
    <message>
        <source>The server&apos;s answer has no &quot;done&quot;: %1</source>
        <translation>服务器的回答缺少 &quot;done&quot;：%1</translation>
    </message>
    <message>
        <source>The server sent data that is not valid JSON: %1</source>
        <translation>服务器发送的数据不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>The server reported an error: %1</source>
        <translation>服务器报告错误：%1</translation>
    </message>
    <message>
        <source>The server answered with nothing instead of a model list.</source>
        <translation>服务器返回了空内容，而不是模型列表。</translation>
    </message>
    <message>
        <source>The server answered with a web page (“%1”), not a model list.</source>
        <translation>服务器返回的是网页（“%1”），不是模型列表。</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not JSON, so it is not a model list: “%1”.</source>
        <translation>服务器的回复不是 JSON，因此不是模型列表：“%1”。</translation>
    </message>
    <message>
        <source>The server answered with JSON that holds no model list.</source>
        <translation>服务器返回的 JSON 中没有模型列表。</translation>
    </message>
    <message>
        <source>The server answered with JSON that holds no model list (its fields: %1).</source>
        <translation>服务器返回的 JSON 中没有模型列表（其中的字段：%1）。</translation>
    </message>
    <message>
        <source>%1 Check that the base URL is the API&apos;s own address (often ending in /v1) and that the service matches the server.</source>
        <translation>%1请检查基础 URL 是否是 API 本身的地址（通常以 /v1 结尾），以及所选服务是否与该服务器相符。</translation>
    </message>
    <message>
        <source>The server answered with a web page, not a model list.</source>
        <translation>服务器返回的是网页，不是模型列表。</translation>
    </message>
    <message>
        <source>The server answered with an error instead of a model list: “%1”.</source>
        <translation>服务器返回了错误，而不是模型列表：“%1”。</translation>
    </message>
</context>
<context>
    <name>Inkwell::ProxyRouter</name>
    <message>
        <source>a proxy is written as http://host:port or socks5://host:port</source>
        <translation>代理的写法是 http://主机:端口 或 socks5://主机:端口</translation>
    </message>
    <message>
        <source>the proxy must be http:// or socks5://, not %1://</source>
        <translation>代理必须是 http:// 或 socks5://，而不是 %1://</translation>
    </message>
    <message>
        <source>the proxy&apos;s password goes in its own field (it is kept in the keychain), not in the URL</source>
        <translation>代理密码请填在单独的栏中（它会保存在钥匙串里），不要写在 URL 里</translation>
    </message>
</context>
<context>
    <name>Inkwell::SearchController</name>
    <message>
        <source>New conversation</source>
        <translation>新对话</translation>
    </message>
</context>
<context>
    <name>Inkwell::SidebarController</name>
    <message>
        <source>New folder</source>
        <translation>新建文件夹</translation>
    </message>
    <message>
        <source>There is already a folder named “%1”.</source>
        <translation>已经有名为“%1”的文件夹。</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>新对话</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>已删除“%1”。</translation>
    </message>
</context>
<context>
    <name>Inkwell::SingleInstance</name>
    <message>
        <source>Inkwell is already running on this data directory but does not answer (%1).</source>
        <translation>Inkwell 已在使用此数据目录，但没有响应（%1）。</translation>
    </message>
    <message>
        <source>Inkwell is already running on this data directory but did not take the request (%1).</source>
        <translation>Inkwell 已在使用此数据目录，但没有接受请求（%1）。</translation>
    </message>
    <message>
        <source>Inkwell is already running on this data directory and refused the request.</source>
        <translation>Inkwell 已在使用此数据目录，并拒绝了请求。</translation>
    </message>
    <message>
        <source>Inkwell is already running; its window was brought forward.</source>
        <translation>Inkwell 已在运行，已将其窗口切换到前台。</translation>
    </message>
</context>
<context>
    <name>Inkwell::TemplateFormFiles</name>
    <message>
        <source>The file for “%1” is still being read.</source>
        <translation>“%1”的文件仍在读取中。</translation>
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
name: 我的模板
description: 一句话说明它的用途。
category: 写作
preset: balanced
system: 你是一位严谨的作者。
variables:
  - name: topic
    type: text
    label: 主题
  - name: words
    type: number
    label: 字数
    min: 100
    max: 3000
    default: 600
---
请围绕{{topic}}写一篇约{{words}}字的文章，使用{{language}}写作。
</translation>
    </message>
    <message>
        <source>«the selected text»</source>
        <translation>«选中的文字»</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n template(s): %1</source>
        <translation>
            <numerusform>已导入 %n 个模板：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Text to work on</source>
        <translation>要处理的文字</translation>
    </message>
    <message>
        <source>Paste the text; in a draft, the selected text is used.</source>
        <translation>粘贴文字；在草稿中会使用选中的文字。</translation>
    </message>
    <message>
        <source>“Text to work on” is required</source>
        <translation>“要处理的文字”为必填项</translation>
    </message>
</context>
<context>
    <name>LocalServers</name>
    <message>
        <source>Looking for local servers on this computer…</source>
        <translation>正在查找本机上的本地服务器…</translation>
    </message>
    <message>
        <source>Found on this computer:</source>
        <translation>在本机上找到：</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n model(s)</source>
        <translation>
            <numerusform>%1 · %n 个模型</numerusform>
        </translation>
    </message>
    <message>
        <source>Use it</source>
        <translation>使用</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>使用 %1</translation>
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
        <translation>你</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>思考中…</translation>
    </message>
    <message>
        <source>Thought process</source>
        <translation>思考过程</translation>
    </message>
    <message>
        <source>Hide thought process</source>
        <translation>收起思考过程</translation>
    </message>
    <message>
        <source>Show thought process</source>
        <translation>展开思考过程</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Continue this answer</source>
        <translation>继续这个回答</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>复制为 curl</translation>
    </message>
    <message>
        <source>Copy the request as a curl command (the key is left out)</source>
        <translation>将请求复制为 curl 命令（不含密钥）</translation>
    </message>
    <message>
        <source>The request that made this answer, as a curl command; the key reads $INKWELL_API_KEY</source>
        <translation>生成此回答的请求，作为 curl 命令；密钥读取自 $INKWELL_API_KEY</translation>
    </message>
    <message>
        <source>Edit your message</source>
        <translation>编辑你的消息</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Edit and resend this message</source>
        <translation>编辑并重新发送这条消息</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <source>Write another answer (Ctrl+R)</source>
        <translation>再写一个回答（Ctrl+R）</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the answer</source>
        <translation>复制这个回答</translation>
    </message>
    <message>
        <source>As Markdown</source>
        <translation>复制为 Markdown</translation>
    </message>
    <message>
        <source>As plain text</source>
        <translation>复制为纯文本</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>工具</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <source>Messages</source>
        <translation>消息列表</translation>
    </message>
    <message>
        <source>Jump to latest</source>
        <translation>跳到最新</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <source>Folder name</source>
        <translation>文件夹名称</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ParametersPanel</name>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Close parameters</source>
        <translation>关闭参数</translation>
    </message>
    <message>
        <source>For this conversation.</source>
        <translation>仅用于此对话。</translation>
    </message>
    <message>
        <source>Preset…</source>
        <translation>预设…</translation>
    </message>
    <message>
        <source>Parameter preset</source>
        <translation>参数预设</translation>
    </message>
    <message>
        <source>Reset all</source>
        <translation>全部重置</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>系统提示词</translation>
    </message>
    <message>
        <source>How the model should behave, e.g. “Answer briefly, in Chinese.”</source>
        <translation>模型应如何表现，例如“用中文简短回答。”</translation>
    </message>
    <message>
        <source>not used by %1</source>
        <translation>%1 不使用</translation>
    </message>
    <message>
        <source>server default %1</source>
        <translation>服务器默认 %1</translation>
    </message>
    <message>
        <source>server default</source>
        <translation>服务器默认</translation>
    </message>
    <message>
        <source>Reset %1</source>
        <translation>重置%1</translation>
    </message>
    <message>
        <source>Back to the server&apos;s default</source>
        <translation>恢复为服务器默认值</translation>
    </message>
    <message>
        <source>Stop sequences</source>
        <translation>停止序列</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
    <message>
        <source>Add a stop sequence</source>
        <translation>添加停止序列</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>推理</translation>
    </message>
    <message>
        <source>Server default</source>
        <translation>服务器默认</translation>
    </message>
    <message>
        <source>On</source>
        <translation>开</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>Low effort</source>
        <translation>低强度</translation>
    </message>
    <message>
        <source>Medium effort</source>
        <translation>中强度</translation>
    </message>
    <message>
        <source>High effort</source>
        <translation>高强度</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>Save or manage your presets</source>
        <translation>保存或管理你的预设</translation>
    </message>
    <message>
        <source>set for this conversation</source>
        <translation>已为此对话设置</translation>
    </message>
    <message>
        <source>Add one, then Enter</source>
        <translation>输入后按 Enter 添加</translation>
    </message>
    <message>
        <source>At most %1. Type %2 for a line break.</source>
        <translation>最多 %1 个。输入 %2 表示换行。</translation>
    </message>
    <message>
        <source>For this conversation. What %1 does not take is switched off and never sent.</source>
        <translation>仅用于此对话。%1 不支持的设置已关闭，不会发送。</translation>
    </message>
    <message>
        <source>Send earlier images with every message</source>
        <translation>每条消息都重新发送之前的图片</translation>
    </message>
    <message>
        <source>Off: only the newest message&apos;s images go; earlier ones are named in the text, which saves tokens.</source>
        <translation>关闭时只发送最新消息中的图片，之前的图片只在文字中提及，可节省 token。</translation>
    </message>
</context>
<context>
    <name>PresetsPopup</name>
    <message>
        <source>Save these settings as a preset</source>
        <translation>把当前设置存为预设</translation>
    </message>
    <message>
        <source>Name, e.g. “Code review”</source>
        <translation>名称，例如“代码审阅”</translation>
    </message>
    <message>
        <source>Preset name</source>
        <translation>预设名称</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Your presets (edit a name to rename it)</source>
        <translation>你的预设（修改名称即可重命名）</translation>
    </message>
    <message>
        <source>Name of preset %1</source>
        <translation>预设 %1 的名称</translation>
    </message>
    <message>
        <source>Delete preset %1</source>
        <translation>删除预设 %1</translation>
    </message>
    <message>
        <source>New chats start with</source>
        <translation>新对话的初始设置</translation>
    </message>
    <message>
        <source>The server&apos;s defaults</source>
        <translation>服务器的默认值</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>配置名称</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>基础 URL</translation>
    </message>
    <message>
        <source>Requests go to %1. A bare host gets the API&apos;s usual path; any other path is used as typed.</source>
        <translation>请求将发送到 %1。只有主机名时会补上该 API 的常用路径；其他路径按原样使用。</translation>
    </message>
    <message>
        <source>A bare host gets the API&apos;s usual path (/v1, /api for Ollama); any other path is used as typed.</source>
        <translation>只有主机名时会补上该 API 的常用路径（/v1，Ollama 为 /api）；其他路径按原样使用。</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>API 版本</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Saved in the keychain; type a new one to replace it</source>
        <translation>已保存在钥匙串中；输入新密钥即可替换</translation>
    </message>
    <message>
        <source>None saved yet; required by this service</source>
        <translation>尚未保存；此服务需要密钥</translation>
    </message>
    <message>
        <source>None saved; optional for local servers</source>
        <translation>未保存；本地服务器可不填</translation>
    </message>
    <message>
        <source>Stored in the keychain if one was saved; type to replace</source>
        <translation>如已保存则存放在钥匙串中；输入新密钥即可替换</translation>
    </message>
    <message>
        <source>Required by this service</source>
        <translation>此服务需要密钥</translation>
    </message>
    <message>
        <source>Optional for local servers</source>
        <translation>本地服务器可不填</translation>
    </message>
    <message>
        <source>Remove the saved key</source>
        <translation>删除已保存的密钥</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>默认模型</translation>
    </message>
    <message>
        <source>Fetch list</source>
        <translation>获取列表</translation>
    </message>
    <message>
        <source>Ask the server for its models</source>
        <translation>向服务器查询可用模型</translation>
    </message>
    <message>
        <source>Extra headers</source>
        <translation>额外请求头</translation>
    </message>
    <message>
        <source>One per line, e.g. HTTP-Referer: https://example.com (not for keys)</source>
        <translation>每行一个，例如 HTTP-Referer: https://example.com（不要填密钥）</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>代理</translation>
    </message>
    <message>
        <source>System settings</source>
        <translation>系统设置</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>不使用代理</translation>
    </message>
    <message>
        <source>This proxy:</source>
        <translation>使用此代理：</translation>
    </message>
    <message>
        <source>Proxy address</source>
        <translation>代理地址</translation>
    </message>
    <message>
        <source>Proxy password, if it asks for one (kept in the keychain)</source>
        <translation>代理密码（如需要；保存在钥匙串中）</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>代理密码</translation>
    </message>
    <message>
        <source>Timeouts</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Connect timeout in seconds</source>
        <translation>连接超时（秒）</translation>
    </message>
    <message>
        <source>Inactivity timeout in seconds</source>
        <translation>无活动超时（秒）</translation>
    </message>
    <message>
        <source>s</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>silent for</source>
        <translation>无响应超过</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>As Inkwell knows the model</source>
        <translation>按 Inkwell 对该模型的了解</translation>
    </message>
    <message>
        <source>The model sees images</source>
        <translation>模型能识别图片</translation>
    </message>
    <message>
        <source>Text only</source>
        <translation>仅文字</translation>
    </message>
    <message>
        <source>Largest file</source>
        <translation>最大文件</translation>
    </message>
    <message>
        <source>Largest file to attach, in MB</source>
        <translation>可附加的最大文件（MB）</translation>
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
        <translation>服务器</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>%1, in use</source>
        <translation>%1，使用中</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No profiles yet. Add one from a service below.</source>
        <translation>还没有配置。从下面的服务中添加一个。</translation>
    </message>
    <message>
        <source>Add a server…</source>
        <translation>添加服务器…</translation>
    </message>
    <message>
        <source>%1 (on this computer)</source>
        <translation>%1（本机）</translation>
    </message>
    <message>
        <source>Add a server</source>
        <translation>添加服务器</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>on this computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>any server with the OpenAI API</source>
        <translation>任何提供 OpenAI API 的服务器</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Servers</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>取消测试</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>No system keychain answered: keys are kept in memory for this session only.</source>
        <translation>没有可用的系统钥匙串：密钥仅在本次会话的内存中保存。</translation>
    </message>
    <message>
        <source>Keys are kept in the system keychain, never in Inkwell&apos;s files.</source>
        <translation>密钥保存在系统钥匙串中，绝不写入 Inkwell 的文件。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>创建副本</translation>
    </message>
    <message>
        <source>Use for chats</source>
        <translation>用于对话</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Add profile</source>
        <translation>添加配置</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>保存对“%1”的修改吗？</translation>
    </message>
    <message>
        <source>The profile has changes that are not saved yet.</source>
        <translation>此配置有尚未保存的修改。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>删除“%1”吗？</translation>
    </message>
    <message>
        <source>Its key is removed from the keychain. Conversations made with it are kept.</source>
        <translation>它的密钥会从钥匙串中删除；用它进行的对话会保留。</translation>
    </message>
</context>
<context>
    <name>RetryBanner</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>SaveAsDialog</name>
    <message>
        <source>Export into a folder</source>
        <translation>导出到文件夹</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>另存为</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>The files go into</source>
        <translation>文件保存到</translation>
    </message>
    <message>
        <source>In the folder</source>
        <translation>所在文件夹</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>更改…</translation>
    </message>
    <message>
        <source>%1 already exists. Replace overwrites what it holds.</source>
        <translation>%1 已存在。替换会覆盖其中的内容。</translation>
    </message>
    <message>
        <source>Export here</source>
        <translation>导出到这里</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>选择文件夹</translation>
    </message>
    <message>
        <source>%1 is a folder; choose another name.</source>
        <translation>%1 是一个文件夹，请换一个名字。</translation>
    </message>
    <message>
        <source>The file: %1</source>
        <translation>文件：%1</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search all conversations and drafts</source>
        <translation>搜索全部对话和草稿</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>没有找到。</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <source>Still adding %1 imported messages to the search; they are not all found yet.</source>
        <translation>仍在将 %1 条导入的消息加入搜索，暂时还不能全部搜到。</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>新对话</translation>
    </message>
    <message>
        <source>Search all conversations and drafts</source>
        <translation>搜索全部对话和草稿</translation>
    </message>
    <message>
        <source>Send (Shift+Enter: a new line)</source>
        <translation>发送（Shift+Enter：换行）</translation>
    </message>
    <message>
        <source>Stop the answer or the draft being written</source>
        <translation>停止正在生成的回答或草稿</translation>
    </message>
    <message>
        <source>Regenerate the last answer</source>
        <translation>重新生成最后一个回答</translation>
    </message>
    <message>
        <source>Settings: servers and keys</source>
        <translation>设置：服务器与密钥</translation>
    </message>
    <message>
        <source>Template library</source>
        <translation>模板库</translation>
    </message>
    <message>
        <source>Draft: rewrite the selection</source>
        <translation>草稿：改写选中内容</translation>
    </message>
    <message>
        <source>Draft: continue</source>
        <translation>草稿：续写</translation>
    </message>
    <message>
        <source>Draft: save a version; template: save</source>
        <translation>草稿：保存版本；模板：保存</translation>
    </message>
    <message>
        <source>Draft: history</source>
        <translation>草稿：历史</translation>
    </message>
    <message>
        <source>This sheet</source>
        <translation>本快捷键表</translation>
    </message>
    <message>
        <source>Copy the last answer</source>
        <translation>复制最后一个回答</translation>
    </message>
    <message>
        <source>Previous / next conversation</source>
        <translation>上一个 / 下一个对话</translation>
    </message>
    <message>
        <source>Sidebar: rename / delete the conversation (with Undo)</source>
        <translation>侧边栏：重命名 / 删除对话（可撤销）</translation>
    </message>
    <message>
        <source>Larger / smaller / default text</source>
        <translation>放大 / 缩小 / 默认文字</translation>
    </message>
    <message>
        <source>From the message box to the messages: ↑/↓ move, Shift+↑/↓ or Ctrl+A select several, Ctrl+C copies, Enter edits yours, Esc goes back</source>
        <translation>从输入框到消息列表：↑/↓ 移动，Shift+↑/↓ 或 Ctrl+A 选择多条，Ctrl+C 复制，Enter 编辑你的消息，Esc 返回</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Quit Inkwell</source>
        <translation>退出 Inkwell</translation>
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
        <translation>设置</translation>
    </message>
    <message>
        <source>Settings (Ctrl+,)</source>
        <translation>设置（Ctrl+,）</translation>
    </message>
    <message>
        <source>＋  New chat</source>
        <translation>＋  新对话</translation>
    </message>
    <message>
        <source>New chat (Ctrl+N)</source>
        <translation>新对话（Ctrl+N）</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>对话列表</translation>
    </message>
    <message>
        <source>No conversations yet</source>
        <translation>还没有对话</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Import conversations (Inkwell JSON or ChatGPT export)</source>
        <translation>导入对话（Inkwell JSON 或 ChatGPT 导出文件）</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Template library</source>
        <translation>模板库</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>新建文件夹</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>Theme, text size and language</source>
        <translation>主题、字号和语言</translation>
    </message>
</context>
<context>
    <name>TemplateCard</name>
    <message>
        <source>Template actions</source>
        <translation>模板操作</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>自建</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Use…</source>
        <translation>使用…</translation>
    </message>
    <message>
        <source>View</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>New template</source>
        <translation>新建模板</translation>
    </message>
    <message>
        <source>Built-in template (read-only)</source>
        <translation>内置模板（只读）</translation>
    </message>
    <message>
        <source>Edit template</source>
        <translation>编辑模板</translation>
    </message>
    <message>
        <source>Template file: front matter and body</source>
        <translation>模板文件：头部信息和正文</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>没有问题</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview, with the defaults</source>
        <translation>预览（使用默认值）</translation>
    </message>
    <message>
        <source>System: %1</source>
        <translation>系统：%1</translation>
    </message>
    <message>
        <source>Rendered prompt</source>
        <translation>生成的提示词</translation>
    </message>
    <message>
        <source>Syntax: %1 for a variable, %2 for a literal “{{”. See docs/templates.md.</source>
        <translation>语法：%1 表示变量，%2 表示字面的“{{”。详见 docs/templates.md。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Duplicate to edit</source>
        <translation>复制后编辑</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Discard the changes to this template?</source>
        <translation>放弃对此模板的修改？</translation>
    </message>
    <message>
        <source>The text has changes that are not saved.</source>
        <translation>文本有尚未保存的修改。</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃修改</translation>
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
        <translation>%1 到 %2</translation>
    </message>
</context>
<context>
    <name>TemplateFileField</name>
    <message>
        <source>No file chosen (drop one here)</source>
        <translation>未选择文件（可拖放到此处）</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>替换…</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Choose a file for %1</source>
        <translation>为 %1 选择文件</translation>
    </message>
    <message>
        <source>Accepted files (%1)</source>
        <translation>可接受的文件（%1）</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Clear the file for %1</source>
        <translation>清除 %1 的文件</translation>
    </message>
</context>
<context>
    <name>TemplateForm</name>
    <message>
        <source>This template has nothing to fill in.</source>
        <translation>这个模板没有需要填写的内容。</translation>
    </message>
    <message>
        <source>The answer opens as a new conversation.</source>
        <translation>回答会在新对话中打开。</translation>
    </message>
    <message>
        <source>The result streams into a new draft.</source>
        <translation>结果会实时写入一篇新草稿。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
</context>
<context>
    <name>TemplateLibrary</name>
    <message>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Search templates</source>
        <translation>搜索模板</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Import template files</source>
        <translation>导入模板文件</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>新建模板</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>已删除“%1”。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>No template matches.</source>
        <translation>没有匹配的模板。</translation>
    </message>
    <message>
        <source>Import templates</source>
        <translation>导入模板</translation>
    </message>
    <message>
        <source>Template files (*.md)</source>
        <translation>模板文件 (*.md)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Export template</source>
        <translation>导出模板</translation>
    </message>
</context>
<context>
    <name>TextSelector</name>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
</context>
</TS>
