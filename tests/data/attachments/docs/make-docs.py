#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes the DOCX, ODT and text fixtures of tst_documents (the PDFs come from
# make-pdfs.sh). Python 3's standard library and docutils only; no pip.
# usage: python3 make-docs.py   (from this folder; the outputs are committed)
import io
import struct
import zipfile

# Prose of a few hundred characters each (the charset detector guesses on
# a sentence; tst_documents checks every prefix from 64 bytes on).
CHINESE = (
    "春天的早晨，城市还没有完全醒来。街角的早点铺已经冒出白色的热气，老板一边揉面一边和熟客聊天，"
    "说今年的雨水比往年多，菜价也跟着涨了一些。公交车一辆接一辆地驶过，车窗上映着刚刚升起的太阳。"
    "图书馆门口排起了长队，学生们抱着厚厚的课本，低声讨论着下周的考试。\n"
    "公园里，几位老人在打太极拳，动作缓慢而整齐；不远处的湖面上，几只野鸭安静地游来游去。"
    "对很多人来说，这只是一个普通的工作日，但正是这些平凡的片刻，构成了这座城市最真实的样子。"
    "到了中午，写字楼里的人们纷纷下楼吃饭，餐馆里坐满了客人，服务员忙得来不及擦汗。\n"
    "下午的阳光变得温和，孩子们放学后在小区的空地上踢球，笑声一直传到很远的地方。\n"
)
TRADITIONAL = (
    "臺北的冬天常常下著細雨，街上的行人撐著各種顏色的雨傘，匆匆走過騎樓。巷口的麵攤從清晨開到深夜，"
    "老闆說他已經在這裡煮了三十年的牛肉麵，湯頭的做法從來沒有改變過。\n"
    "捷運車廂裡，有人低頭看手機，有人閉著眼睛休息，也有學生拿著單字卡默默背誦。到了週末，"
    "許多家庭會到郊外的山上散步，呼吸新鮮的空氣，順便在老街買些點心帶回家。\n"
    "書店裡總是很安靜，讀者坐在地板上翻閱新出版的小說，店員輕聲整理著書架。傍晚時分，"
    "夜市的燈一盞一盞亮起來，烤香腸和蚵仔煎的香味飄滿整條街，觀光客和在地人擠在一起，熱鬧得像過節一樣。\n"
)
JAPANESE = (
    "東京の朝はとても早い。始発電車が動き出すころ、駅前のコンビニではもう店員が弁当を棚に並べている。"
    "通勤ラッシュの時間になると、ホームには人があふれ、電車は数分おきに到着する。"
    "会社員たちはスマートフォンでニュースを読みながら、静かに自分の駅を待っている。\n"
    "昼休みには、近くの公園でお弁当を食べる人も多い。桜の季節になると、木の下にシートを広げて"
    "花見を楽しむグループがあちこちに見られる。夕方、商店街では八百屋や魚屋が最後の売り込みに"
    "声を張り上げ、買い物袋を提げた人々が家路を急ぐ。\n"
    "夜になると、小さな居酒屋の明かりが路地を照らし、仕事を終えた人たちが一日の疲れを語り合う。\n"
)
KOREAN = (
    "서울의 아침은 바쁘다. 지하철역 앞에는 출근하는 사람들이 줄을 서고, 편의점에서는 따뜻한 커피와 "
    "김밥이 팔린다. 점심시간이 되면 회사 근처 식당마다 손님이 가득하고, 사람들은 짧은 휴식을 즐기며 "
    "이야기를 나눈다.\n저녁에는 한강 공원에서 산책하거나 자전거를 타는 시민들을 쉽게 볼 수 있다. "
    "주말이면 가족들이 시장에 가서 신선한 채소와 과일을 사고, 오래된 골목의 작은 가게에서 떡볶이를 "
    "먹는다. 이런 평범한 일상이 모여 도시의 얼굴을 만든다.\n"
)
FRENCH = (
    "Le café du coin ouvre à sept heures précises. Dès l'aube, le patron essuie le comptoir, "
    "allume la machine à expresso et dispose les croissants encore tièdes dans la vitrine. "
    "Les premiers habitués arrivent : un facteur pressé, deux infirmières qui sortent de garde, "
    "un étudiant qui révise ses leçons d'économie en grignotant une tartine beurrée.\n"
    "On y parle de tout et de rien — de la pluie qui n'en finit pas, du prix de l'essence, "
    "du match de football de la veille. « Ça ira mieux demain », répète le patron, "
    "et personne ne sait très bien s'il parle du temps ou de l'équipe.\n"
)
ENGLISH = (
    "The committee met on Tuesday to review the draft budget for the coming year.\n"
    "Most of the discussion concerned the library, whose roof has leaked since March.\n"
)

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def write_text_files():
    with open("gb18030.txt", "wb") as f:
        f.write(CHINESE.encode("gb18030"))
    with open("big5.txt", "wb") as f:
        f.write(TRADITIONAL.encode("big5"))
    with open("shift_jis.txt", "wb") as f:
        f.write(JAPANESE.encode("shift_jis"))
    with open("euc-kr.txt", "wb") as f:
        f.write(KOREAN.encode("euc-kr"))
    with open("windows-1252.txt", "wb") as f:
        f.write(FRENCH.encode("cp1252"))
    # UTF-16LE with its byte order mark and Windows line ends.
    with open("utf16le-bom.txt", "wb") as f:
        f.write(b"\xff\xfe" + (ENGLISH + CHINESE).replace("\n", "\r\n").encode("utf-16-le"))
    with open("notes-utf8.md", "wb") as f:
        f.write(("# 会议记录\n\n" + CHINESE + "\n- " + ENGLISH).encode("utf-8"))
    with open("table.csv", "wb") as f:
        f.write("city,population,note\nBeijing,21893095,首都\nShanghai,24870895,\"port, finance\"\n".encode())
    with open("page.html", "wb") as f:
        f.write(
            (
                "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Not the text</title>\n"
                "<link rel=\"stylesheet\" href=\"/dev/zero\"><style>p { color: red; }</style><script>var hidden = 'script text';</script></head>\n"
                "<body><h1>Minutes &amp; notes</h1>\n<p>The committee met on <b>Tuesday</b>.</p>\n"
                "<ul><li>Library roof</li><li>图书馆的屋顶</li></ul>\n<p>A&nbsp;B</p></body></html>\n"
            ).encode("utf-8")
        )


def docx(document_xml, name, compression=zipfile.ZIP_DEFLATED):
    content_types = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
    )
    with zipfile.ZipFile(name, "w", compression, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", content_types)
        z.writestr("_rels/.rels", rels)
        if isinstance(document_xml, bytes):
            z.writestr("word/document.xml", document_xml)
        else:
            z.writestr("word/document.xml", document_xml.encode("utf-8"))


def run(text):
    return '<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % text


def write_docx_files():
    body = "".join(
        [
            # A heading, with a tab stop in its properties (no text).
            '<w:p><w:pPr><w:pStyle w:val="Heading1"/><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>',
            run("Minutes of the library committee"),
            "</w:p>",
            "<w:p>",
            run("The committee met on "),
            '<w:r><w:rPr><w:b/></w:rPr><w:t>Tuesday</w:t></w:r>',
            run(" to review the draft budget."),
            "</w:p>",
            # A tab and a line break inside runs.
            "<w:p><w:r><w:t>Item</w:t><w:tab/><w:t>Cost</w:t><w:br/><w:t>Roof</w:t><w:tab/><w:t>12,000</w:t></w:r></w:p>",
            # Tracked changes: the deletion is not text, the insertion is.
            "<w:p>",
            run("The roof "),
            '<w:del w:id="1" w:author="A"><w:r><w:delText>was fixed</w:delText></w:r></w:del>',
            '<w:ins w:id="2" w:author="A">' + run("still leaks") + "</w:ins>",
            run("."),
            "</w:p>",
            # A field: its code is not text, its result is.
            '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + run("7") +
            '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>',
            # Chinese, and a table of two cells.
            "<w:p>" + run("图书馆的屋顶从三月起就一直漏水。") + "</w:p>",
            "<w:tbl><w:tr><w:tc><w:p>" + run("Cell A") + "</w:p></w:tc><w:tc><w:p>" + run("Cell B") +
            "</w:p></w:tc></w:tr></w:tbl>",
            # Escaped characters.
            "<w:p>" + run("Costs &amp; benefits &lt;draft&gt;") + "</w:p>",
        ]
    )
    xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<w:document xmlns:w="%s" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
        "<w:body>%s<w:sectPr/></w:body></w:document>" % (W, body)
    )
    docx(xml, "minutes.docx")
    # Not well-formed: a run closed by the wrong tag.
    docx(xml.replace("</w:t></w:r>", "</w:t></w:p>", 1), "malformed.docx")

    # A zip bomb: 80 MB of spaces in one w:t, deflated to about 80 KB.
    head = ('<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="%s"><w:body><w:p><w:r><w:t>' % W).encode()
    tail = b"</w:t></w:r></w:p></w:body></w:document>"
    docx(head + b" " * (80 << 20) + tail, "bomb.docx")
    # The same bomb declaring 1,000 bytes in both of its headers.
    with open("bomb.docx", "rb") as f:
        data = bytearray(f.read())
    patch_entry(data, b"word/document.xml", size=1000)
    with open("bomb-lying-size.docx", "wb") as f:
        f.write(data)

    # An entry marked encrypted (general purpose flag bit 0), as a zip tool
    # with a password writes it; python's zipfile cannot encrypt.
    docx(xml, "encrypted-entry.docx", zipfile.ZIP_STORED)
    with open("encrypted-entry.docx", "rb") as f:
        data = bytearray(f.read())
    patch_entry(data, b"word/document.xml", encrypt=True)
    with open("encrypted-entry.docx", "wb") as f:
        f.write(data)


def patch_entry(data, name, size=None, encrypt=False):
    """Changes an entry's uncompressed size or encryption flag in both its
    local header and its central directory record."""
    pos = 0
    while True:
        pos = data.find(b"PK\x03\x04", pos)
        if pos < 0:
            break
        n, m = struct.unpack_from("<HH", data, pos + 26)
        if bytes(data[pos + 30 : pos + 30 + n]) == name:
            if encrypt:
                data[pos + 6] |= 1
            if size is not None:
                struct.pack_into("<I", data, pos + 22, size)
        pos += 4
    pos = 0
    while True:
        pos = data.find(b"PK\x01\x02", pos)
        if pos < 0:
            break
        n = struct.unpack_from("<H", data, pos + 28)[0]
        if bytes(data[pos + 46 : pos + 46 + n]) == name:
            if encrypt:
                data[pos + 8] |= 1
            if size is not None:
                struct.pack_into("<I", data, pos + 24, size)
        pos += 4


def write_odt_files():
    # A real writer: docutils' ODT writer, from reStructuredText.
    from docutils.core import publish_string

    rst = (
        "会议记录\n========\n\n"
        + CHINESE.replace("\n", "\n\n")
        + "\nA literal block keeps its spacing::\n\n    a    b        c\n\n"
        + "| first line\n| second line\n\n"
        + "===== =====\nName  Value\n===== =====\nroof  leaks\n===== =====\n"
    )
    odt = publish_string(rst, writer_name="odt")
    with open("chinese.odt", "wb") as f:
        f.write(odt)
    # By hand: what docutils does not write (headings, tabs, line breaks,
    # comments, tracked changes, a run of spaces without a count).
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2">'
        "<office:automatic-styles><text:p>not body text</text:p></office:automatic-styles>"
        "<office:body><office:text>"
        '<text:tracked-changes><text:changed-region text:id="c1"><text:deletion>'
        "<text:p>deleted words</text:p></text:deletion></text:changed-region></text:tracked-changes>"
        '<text:h text:outline-level="1">Budget</text:h>'
        "<text:p>Item<text:tab/>Cost<text:line-break/>Roof<text:tab/>12,000</text:p>"
        "<text:p>one<text:s/>two<text:s text:c=\"3\"/>three"
        "<office:annotation><dc:creator>A</dc:creator><text:p>a comment</text:p></office:annotation></text:p>"
        "<text:list><text:list-item><text:p>第一项</text:p></text:list-item></text:list>"
        "</office:text></office:body></office:document-content>"
    )
    with zipfile.ZipFile("handmade.odt", "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", content)
    # An ODT holding a spreadsheet's mimetype, and a plain zip with no document.
    with zipfile.ZipFile("spreadsheet.odt", "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", "<x/>")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("readme.txt", "hello")
    with open("plain-zip.docx", "wb") as f:
        f.write(buf.getvalue())


if __name__ == "__main__":
    write_text_files()
    write_docx_files()
    write_odt_files()
