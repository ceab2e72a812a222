#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes the ChatGPT export zips tst_chatgptimages reads (see README.md):
#   images-export.zip  one conversation whose messages name images and uploaded
#                      files, laid out as ChatGPT's exports lay them out;
#   lying-size.zip     one entry whose headers say 100 bytes and that inflates
#                      to 10 MB (an importer must not believe the header).
# The pictures are the project's own test images (tests/data/attachments/images);
# the PDF is written here by hand. Run from this folder: python3 make-export.py
import io, json, os, struct, zipfile, zlib

here = os.path.dirname(os.path.abspath(__file__))
images = os.path.join(here, '..', '..', 'attachments', 'images')
def image(name):
    with open(os.path.join(images, name), 'rb') as f:
        return f.read()

def pdf(text):
    """A one-page PDF with `text` in Helvetica: enough for poppler to read."""
    stream = b'BT /F1 14 Tf 72 720 Td (' + text.encode('latin-1') + b') Tj ET'
    objects = [
        b'<< /Type /Catalog /Pages 2 0 R >>',
        b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
        b'<< /Length ' + str(len(stream)).encode() + b' >>\nstream\n' + stream + b'\nendstream',
        b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    ]
    out = b'%PDF-1.4\n'
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += str(i).encode() + b' 0 obj\n' + body + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 ' + str(len(objects) + 1).encode() + b'\n0000000000 65535 f \n'
    for o in offsets:
        out += b'%010d 00000 n \n' % o
    out += b'trailer\n<< /Size ' + str(len(objects) + 1).encode() + b' /Root 1 0 R >>\nstartxref\n' + str(xref).encode() + b'\n%%EOF\n'
    return out

T0 = 1781000000.0
def node(i, parent, role=None, parts=None, t=0, content_type='text', name=None, metadata=None, recipient='all'):
    message = None
    if role:
        message = {"id": i, "author": {"role": role, "name": name, "metadata": {}}, "create_time": T0 + t,
                   "update_time": None, "content": {"content_type": content_type, "parts": parts},
                   "status": "finished_successfully", "end_turn": True, "weight": 1.0,
                   "metadata": metadata or {}, "recipient": recipient, "channel": None}
    return i, {"id": i, "message": message, "parent": parent, "children": []}

def pointer(url, size, width, height, **metadata):
    return {"content_type": "image_asset_pointer", "asset_pointer": url, "size_bytes": size, "width": width,
            "height": height, "fovea": None, "metadata": metadata or None}

SEDIMENT = 'file_00000000a1b2c3d4e5f60718293a4b5c'
photo, webp, alpha, broken = image('gps-rotated.jpg'), image('small.webp'), image('alpha.png'), image('truncated.jpg')
minutes = pdf('Minutes of the garden committee: plant more beans.')
notes = 'Notes\n=====\n\nThe beans go by the south wall.\n'.encode()

nodes = [
    node('root', None),
    # An uploaded photo (EXIF: turned, GPS), a PDF and a Markdown file, and the question.
    node('u1', 'root', 'user', [pointer('file-service://file-PhotoAb12Cd34', len(photo), 493, 58),
                                'What is in this photo, and what do the minutes say?'], 1,
         content_type='multimodal_text',
         metadata={"attachments": [
             {"id": "file-PhotoAb12Cd34", "name": "IMG_0001.jpg", "mime_type": "image/jpeg", "size": len(photo),
              "width": 493, "height": 58},
             {"id": "file-PdfEf56Gh78", "name": "minutes.pdf", "mime_type": "application/pdf",
              "size": len(minutes), "file_token_size": 20},
             {"id": "file-NotesIj90", "name": "notes.md", "mime_type": "text/markdown", "size": len(notes)},
             # Listed, never exported.
             {"id": "file-GoneKl12", "name": "budget.xlsx",
              "mime_type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
         ]}),
    node('a1', 'u1', 'assistant', ['A white stripe. The minutes say to plant more beans.'], 2,
         metadata={"model_slug": "gpt-4o"}),
    # An image of 2025 (sediment://, file_<hex>-name at the root) and one the export lacks.
    node('u2', 'a1', 'user', [pointer('sediment://' + SEDIMENT, len(webp), 4, 4),
                              pointer('file-service://file-MissingMn34', 1000, 10, 10), 'And these two?'], 3,
         content_type='multimodal_text'),
    # The image tool's result: a generated picture in dalle-generations/.
    node('t2', 'u2', 'tool', [pointer('file-service://file-DalleOp56', len(alpha), 20, 20,
                                      dalle={"prompt": "a transparent square", "gen_id": "g1"})], 4,
         content_type='multimodal_text', name='dalle.text2im'),
    node('a2', 't2', 'assistant', ['The first is tiny; the second is not in your export. I drew a square.'], 5),
    # A JPEG cut short (damaged), and a 2026 .dat file named in conversation_asset_file_names.json.
    node('u3', 'a2', 'user', [pointer('file-service://file-BrokenQr78', len(broken), 493, 58),
                              pointer('file-service://file-DatSt90', len(alpha), 20, 20), 'Last ones.'], 6,
         content_type='multimodal_text'),
    node('a3', 'u3', 'assistant', ['The first one is damaged.'], 7),
]
for key, n in nodes:  # older exports list children too
    if n['parent']:
        dict(nodes)[n['parent']]['children'].append(key)
conversation = {"title": "Photo, minutes and beans", "create_time": T0, "update_time": T0 + 7,
                "mapping": dict(nodes), "current_node": "a3", "conversation_id": "6900aa00-0000-4000-8000-00000000a001",
                "id": "6900aa00-0000-4000-8000-00000000a001", "default_model_slug": "gpt-4o", "is_archived": False}

def write(zip_path, files):
    with zipfile.ZipFile(zip_path, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            info = zipfile.ZipInfo(name, date_time=(2026, 6, 1, 12, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)

write(os.path.join(here, 'images-export.zip'), [
    ('conversations.json', json.dumps([conversation], ensure_ascii=False, indent=1).encode()),
    ('user.json', b'{"id": "user-TestUser0001"}'),
    ('chat.html', b'<!doctype html><title>ChatGPT</title>'),
    ('file-PhotoAb12Cd34-IMG_0001.jpg', photo),
    ('file-PdfEf56Gh78-minutes.pdf', minutes),
    ('file-NotesIj90-notes.md', notes),
    (SEDIMENT + '-5f1c2d3e-0000-4000-8000-000000000001.webp', webp),
    ('dalle-generations/file-DalleOp56-7a8b9c0d-0000-4000-8000-000000000002.webp', alpha),
    ('file-BrokenQr78-broken.jpg', broken),
    ('file-DatSt90.dat', alpha),
    ('conversation_asset_file_names.json', json.dumps({"file-DatSt90.dat": "Screenshot_20260601_120000.png"}).encode()),
])

# 10 MB of zeros whose local and central headers both say 100 bytes.
path = os.path.join(here, 'lying-size.zip')
write(path, [('file-LiarUv12-zeros.bin', bytes(10 << 20))])
data = bytearray(open(path, 'rb').read())
real = struct.pack('<I', 10 << 20)
for sig, at in ((b'PK\x03\x04', 22), (b'PK\x01\x02', 24)):  # uncompressed size in each header
    pos = data.find(sig)
    assert data[pos + at:pos + at + 4] == real
    data[pos + at:pos + at + 4] = struct.pack('<I', 100)
open(path, 'wb').write(bytes(data))
