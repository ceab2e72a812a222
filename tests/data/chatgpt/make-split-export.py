# Builds the hand-made 2026 split-file ChatGPT export used by tst_exchange:
# mapping nodes carry only `parent` (no `children`), two shards, a manifest.
import json, zipfile
E200, E201, E202 = '\ue200', '\ue201', '\ue202'
def node(i, parent, role, parts=None, t=0, **kw):
    msg = None
    if role:
        content = kw.pop('content', None) or {"content_type": "text", "parts": parts}
        msg = {"id": i, "author": {"role": role, "name": kw.pop('name', None), "metadata": {}},
               "create_time": t or None, "update_time": None, "content": content, "status": "finished_successfully",
               "end_turn": True, "weight": 1.0, "metadata": kw.pop('metadata', {}), "recipient": kw.pop('recipient', 'all'),
               "channel": kw.pop('channel', None)}
    return i, {"id": i, "message": msg, "parent": parent}

def conv(cid, title, t, nodes, current):
    return {"title": title, "create_time": t, "update_time": t + 100, "mapping": dict(nodes), "moderation_results": [],
            "current_node": current, "plugin_ids": None, "conversation_id": cid, "conversation_template_id": None,
            "gizmo_id": None, "gizmo_type": None, "is_archived": False, "is_starred": None, "safe_urls": [],
            "blocked_urls": [], "default_model_slug": "gpt-5", "conversation_origin": None, "voice": None,
            "async_status": None, "disabled_tool_ids": [], "is_do_not_remember": False, "memory_scope": "global_enabled",
            "sugar_item_id": None, "sugar_item_visible": False, "is_study_mode": False, "owner": None, "id": cid}

t0 = 1780000000.0
# 1: Chinese, a regenerated answer, citations
cite = E200 + 'cite' + E202 + 'turn0search0' + E201
cite2 = E200 + 'cite' + E202 + 'turn0search1' + E202 + 'turn0news3' + E201
entity = E200 + 'entity' + E202 + '["city","北京","中国的首都"]' + E201
c1 = conv("68f0a1b2-0000-4000-8000-000000000001", "人工智能简介", t0, [
    node("client-created-root", None, None),
    node("sys1", "client-created-root", "system", [""], metadata={"is_visually_hidden_from_conversation": True}),
    node("ctx1", "sys1", "user", t=t0 + 1, content={"content_type": "user_editable_context", "user_profile": "", "user_instructions": "Answer in Chinese."}, metadata={"is_visually_hidden_from_conversation": True}),
    node("u1", "ctx1", "user", ["写一篇关于人工智能的文章"], t=t0 + 2),
    node("a1", "u1", "assistant", ["人工智能是计算机科学的一个分支。" + cite], t=t0 + 3, metadata={"model_slug": "gpt-5"}),
    node("a2", "u1", "assistant", ["人工智能（AI）研究如何让机器像人一样思考。" + cite2 + " 它在" + entity + "发展很快。"], t=t0 + 9,
         metadata={"model_slug": "gpt-5", "content_references": [
             {"matched_text": cite2, "start_idx": 21, "end_idx": 40, "alt": "([Wikipedia](https://zh.wikipedia.org/wiki/人工智能))",
              "type": "grouped_webpages", "items": [{"title": "人工智能 - 维基百科", "url": "https://zh.wikipedia.org/wiki/人工智能"}]}]}),
], "a2")
# 2: canvas: a tool call with JSON (backslashes), its result, then prose
doc = {"name": "regex_notes", "type": "document", "content": "# Notes\n\nMatch a digit with `\\d+` and a path with `C:\\\\Users`.\n\n```python\nprint('hi')\n```\n"}
upd = {"updates": [{"pattern": ".*", "multiple": False, "replacement": "# Notes\n\nUse `\\w+` for words."}]}
c2 = conv("68f0a1b2-0000-4000-8000-000000000002", "Regex notes", t0 + 1000, [
    node("client-created-root", None, None),
    node("u1", "client-created-root", "user", ["Start a canvas with regex notes"], t=t0 + 1001),
    node("a1", "u1", "assistant", [json.dumps(doc)], t=t0 + 1002, recipient="canmore.create_textdoc", metadata={"model_slug": "gpt-5"}),
    node("t1", "a1", "tool", ["Successfully created text document 'Regex Notes' which will be referenced in all future messages with the unique identifier textdoc_id: '68f0'"], t=t0 + 1003, name="canmore.create_textdoc"),
    node("a2", "t1", "assistant", ["I started the notes in a canvas."], t=t0 + 1004, metadata={"model_slug": "gpt-5"}),
    node("u2", "a2", "user", ["Shorten it"], t=t0 + 1005),
    node("a3", "u2", "assistant", content={"content_type": "code", "language": "json", "text": json.dumps(upd)}, t=t0 + 1006, recipient="canmore.update_textdoc"),
    node("t2", "a3", "tool", ["Successfully updated text document with textdoc_id '68f0'"], t=t0 + 1007, name="canmore.update_textdoc"),
    node("a4", "t2", "assistant", ["Done: the notes are shorter."], t=t0 + 1008, metadata={"model_slug": "gpt-5"}),
], "a4")
# 3: nothing to show (only hidden nodes): skipped with a note, never an empty shell
c3 = conv("68f0a1b2-0000-4000-8000-000000000003", "Empty draft", t0 + 2000, [
    node("client-created-root", None, None),
    node("sys1", "client-created-root", "system", [""], metadata={"is_visually_hidden_from_conversation": True}),
], "sys1")
# 4: an edited prompt (two user siblings) in the second shard
c4 = conv("68f0a1b2-0000-4000-8000-000000000004", "Tea haiku", t0 + 3000, [
    node("client-created-root", None, None),
    node("u1", "client-created-root", "user", ["Write a haiku about tea"], t=t0 + 3001),
    node("a1", "u1", "assistant", ["Steam curls from the cup"], t=t0 + 3002, metadata={"model_slug": "gpt-5-mini"}),
    node("u1b", "client-created-root", "user", ["Write a haiku about green tea"], t=t0 + 3010),
    node("a1b", "u1b", "assistant", ["Green leaves in the pot"], t=t0 + 3011, metadata={"model_slug": "gpt-5-mini"}),
], "a1b")
for name, convs in [("conversations-000.json", [c1, c2, c3]), ("conversations-001.json", [c4])]:
    with open(name, "w", encoding="utf-8") as f:
        json.dump(convs, f, ensure_ascii=False, indent=1)
manifest = {"version": 1, "files": ["conversations-000.json", "conversations-001.json"]}
with open("export_manifest.json", "w") as f:
    json.dump(manifest, f)
with zipfile.ZipFile("chatgpt-split-export.zip", "w", zipfile.ZIP_DEFLATED) as z:
    for n in ["conversations-000.json", "conversations-001.json", "export_manifest.json"]:
        z.write(n)
    z.writestr("user.json", json.dumps({"id": "user-1", "email": "someone@example.com"}))
