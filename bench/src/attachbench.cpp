// SPDX-License-Identifier: GPL-3.0-or-later
// Attachments (issue 16), on the code the app runs: a 300-page PDF's text,
// a conversation of 200 photos opened and scrolled in the window, a 20 MB
// photo made ready and put into a request; and the GUI thread's stalls
// while the composer reads those files on its worker thread and while they
// are sent.
#include "appcontroller.h"
#include "attachments/attachmentfile.h"
#include "attachments/documentreader.h"
#include "attachments/imageprep.h"
#include "benches.h"
#include "conversationsession.h"
#include "corpus.h"
#include "figures.h"
#include "heartbeat.h"
#include "messagelistmodel.h"
#include "openaichunks.h"
#include "providers/generationrequest.h"
#include "providers/provider.h"
#include "quickapp.h"
#include "store/conversationrepository.h"
#include "store/database.h"
#include "store/messagerepository.h"
#include "streamserver.h"

#include <QBuffer>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QPdfWriter>
#include <QQmlApplicationEngine>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTimer>

#include <functional>
#include <optional>

namespace Bench {

namespace {

const QStringList kProse = {
    QStringLiteral("the"),         QStringLiteral("committee"), QStringLiteral("reviewed"), QStringLiteral("annual"),
    QStringLiteral("report"),      QStringLiteral("and"),       QStringLiteral("found"),    QStringLiteral("that"),
    QStringLiteral("revenue"),     QStringLiteral("growth"),    QStringLiteral("in"),       QStringLiteral("northern"),
    QStringLiteral("regions"),     QStringLiteral("was"),       QStringLiteral("driven"),   QStringLiteral("by"),
    QStringLiteral("new"),         QStringLiteral("customers"), QStringLiteral("while"),    QStringLiteral("costs"),
    QStringLiteral("of"),          QStringLiteral("shipping"),  QStringLiteral("rose"),     QStringLiteral("sharply"),
    QStringLiteral("measurement"), QStringLiteral("a"),         QStringLiteral("survey"),   QStringLiteral("with"),
};

// A page of a report: some 2,500 characters of prose, ending in a line that
// names the page (what the check below looks for in the extracted text).
QString pageText(int page)
{
    QRandomGenerator rng(quint32(page) * 7919u + 3u);
    QString text = QStringLiteral("Section %1.\n\n").arg(page);
    int sentence = 0;
    while (text.size() < 2400) {
        const int words = 8 + int(rng.bounded(14));
        QStringList picked;
        for (int w = 0; w < words; ++w)
            picked << kProse.at(int(rng.bounded(int(kProse.size()))));
        QString s = picked.join(u' ');
        s[0] = s[0].toUpper();
        text += s + QStringLiteral(". ");
        if (++sentence % 6 == 0)
            text += QStringLiteral("\n\n");
    }
    return text + QStringLiteral("\n\nEnd of page %1 of the report.").arg(page);
}

// A PDF as a word processor exports one: A4, a real text layer (Qt's PDF
// writer embeds the font and its ToUnicode map), a page of prose per page.
void writePdf(const QString &path, int pages)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
    writer.setCreator(QStringLiteral("inkwell-bench"));
    QPainter painter(&writer);
    QFont font(QStringLiteral("DejaVu Serif"));
    font.setPointSizeF(10.5);
    painter.setFont(font);
    const QRect area(0, 0, writer.width(), writer.height());
    for (int page = 1; page <= pages; ++page) {
        if (page > 1)
            writer.newPage();
        painter.drawText(area, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, pageText(page));
    }
    painter.end();
    if (QFileInfo(path).size() == 0)
        qFatal("the PDF was not written");
}

// Something a camera could have taken: light falling across the frame, a
// few soft shapes, and sensor noise of ±noise in each channel (what makes
// it as costly to compress as a photo).
QImage photoLike(int width, int height, quint32 seed, int noise)
{
    QRandomGenerator rng(seed);
    QImage image(width, height, QImage::Format_RGB32);
    {
        QPainter painter(&image);
        QLinearGradient light(0, 0, width, height);
        light.setColorAt(0, QColor::fromHsv(int(rng.bounded(360)), 80, 230));
        light.setColorAt(1, QColor::fromHsv(int(rng.bounded(360)), 160, 60));
        painter.fillRect(image.rect(), light);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        for (int i = 0; i < 12; ++i) {
            QRadialGradient blob(rng.bounded(width), rng.bounded(height), width / (3 + int(rng.bounded(6))));
            blob.setColorAt(0, QColor::fromHsv(int(rng.bounded(360)), 150, 220, 180));
            blob.setColorAt(1, Qt::transparent);
            painter.setBrush(blob);
            painter.drawRect(image.rect());
        }
    }
    const int span = 2 * noise + 1;
    for (int y = 0; y < height; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < width; ++x) {
            const quint32 r = rng.generate();
            const auto shift = [&](int value, int bits) {
                return std::clamp(value + int((r >> bits) & 0xff) % span - noise, 0, 255);
            };
            const QRgb p = line[x];
            line[x] = qRgb(shift(qRed(p), 0), shift(qGreen(p), 8), shift(qBlue(p), 16));
        }
    }
    return image;
}

QByteArray encoded(const QImage &image, const char *format, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    writer.setQuality(quality);
    if (!writer.write(image))
        qFatal("cannot encode the image: %s", qPrintable(writer.errorString()));
    return bytes;
}

double msSince(qint64 start)
{
    return double(nowNs() - start) / 1e6;
}

// Runs the event loop until `done` holds (checked every 2 ms) or the time is
// up. A plain event loop: QTest::qWaitFor sleeps between its rounds, which
// would hide the stalls from the heartbeat.
bool runUntil(const std::function<bool()> &done, int timeoutMs)
{
    QEventLoop loop;
    QTimer check;
    check.setInterval(2);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    check.start();
    if (!done())
        loop.exec();
    return done();
}

void settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// The attachment thumbnails the window has made, and how many are decoded.
void countThumbnails(QQuickItem *item, int &made, int &ready)
{
    if (!item->isVisible())
        return;
    const QVariant source = item->property("source");
    if (source.metaType() == QMetaType::fromType<QUrl>()) {
        const QUrl url = source.toUrl();
        if (url.scheme() == u"image" && url.host() == u"attachments") {
            ++made;
            if (item->property("status").toInt() == 1) // Image.Ready
                ++ready;
        }
    }
    const QList<QQuickItem *> children = item->childItems();
    for (QQuickItem *child : children)
        countThumbnails(child, made, ready);
}

struct Stored {
    qint64 images = 0; // a conversation of user messages with a photo each, and answers
    qint64 plain = 0; // the same without the photos
    qint64 imageBytes = 0;
};

// Both conversations through the real repositories, as the app stores a sent message.
Stored storeConversations(const QString &dataDir, int count)
{
    Inkwell::Database database;
    if (const Inkwell::Error e = database.open(Inkwell::Database::defaultFilePath(dataDir)); e.isError())
        qFatal("cannot open the store: %s", qPrintable(e.message));
    Inkwell::ConversationRepository conversations(database.db());
    Inkwell::MessageRepository messages(database.db());
    const qint64 dayAgo = QDateTime::currentMSecsSinceEpoch() - 86'400'000;
    Stored stored;
    qint64 prepareNs = 0;
    for (const bool withImages : {false, true}) {
        database.db().transaction();
        Inkwell::Conversation conversation;
        conversation.title = withImages ? QStringLiteral("Holiday photos") : QStringLiteral("Holiday, in words");
        conversation.createdAt = dayAgo + (withImages ? 1 : 0);
        const qint64 id = conversations.create(conversation).value;
        qint64 parent = 0;
        int n = 0;
        for (int i = 0; i < count; ++i) {
            for (const bool user : {true, false}) {
                Inkwell::Message message;
                message.conversationId = id;
                message.parentId = parent;
                message.role = user ? Inkwell::Chat::Role::User : Inkwell::Chat::Role::Assistant;
                message.content = storedMessage(i, user);
                message.createdAt = dayAgo + ++n;
                if (user && withImages) {
                    // 1600×1200, a phone's photo scaled down by its sharing sheet.
                    const QByteArray jpeg = encoded(photoLike(1600, 1200, quint32(i) + 1, 6), "jpeg", 90);
                    const qint64 start = nowNs();
                    auto prepared = Inkwell::prepareImage(jpeg, QStringLiteral("IMG_%1.jpg").arg(1000 + i));
                    prepareNs += nowNs() - start;
                    if (!prepared.ok())
                        qFatal("cannot prepare a photo: %s", qPrintable(prepared.error.message));
                    stored.imageBytes += prepared.value.size;
                    message.attachments << prepared.value;
                }
                const auto inserted = messages.insert(message);
                if (!inserted.ok())
                    qFatal("cannot store a message: %s", qPrintable(inserted.error.message));
                parent = inserted.value;
            }
        }
        if (conversations.setCurrentLeaf(id, parent, dayAgo + n).isError())
            qFatal("the test's store refused a row");
        database.db().commit();
        (withImages ? stored.images : stored.plain) = id;
    }
    figure("attach.prepare_photo_ms", double(prepareNs) / 1e6 / count, "ms");
    figure("attach.photo_kb", double(stored.imageBytes) / 1024 / count, "KB");

    // What sending one more message in the photo conversation reads and
    // builds (every earlier photo is sent again), apart, on this thread.
    const qint64 leaf = conversations.get(stored.images).value.currentLeafId;
    // What opening it in the window reads: the files' names and sizes only.
    QList<double> listed;
    for (int round = 0; round < 5; ++round) {
        auto names = messages.branch(leaf);
        const qint64 start = nowNs();
        if (!names.ok() || messages.withAttachments(names.value, /*withData=*/false).isError())
            qFatal("cannot list the photo conversation's files");
        listed << msSince(start);
    }
    figure("attach.list_200_images_ms", percentile(listed, 50), "ms");
    const qint64 readStart = nowNs();
    auto rows = messages.branch(leaf);
    if (!rows.ok() || messages.withAttachments(rows.value, /*withData=*/true).isError())
        qFatal("cannot read the photo conversation back");
    const double readMs = msSince(readStart);
    Inkwell::GenerationRequest request;
    request.profile.baseUrl = QStringLiteral("http://127.0.0.1:1/v1");
    request.profile.model = QStringLiteral("bench-model");
    for (const Inkwell::Message &m : std::as_const(rows.value))
        request.messages << Inkwell::ChatMessage {m.role == Inkwell::Chat::Role::User ? QStringLiteral("user")
                                                                                      : QStringLiteral("assistant"),
                                                  m.content, m.attachments};
    const qint64 buildStart = nowNs();
    const QByteArray body = Inkwell::Provider::create(QStringLiteral("openai"))->buildBody(request);
    figure("attach.history_200_images_read_ms", readMs, "ms");
    figure("attach.history_200_images_body_ms", msSince(buildStart), "ms");
    figure("attach.history_200_images_body_mb", double(body.size()) / 1e6, "MB");
    return stored;
}

// A big photo straight from a camera, as PNG: made, made ready as the
// composer does (readAttachment), then put into each API's request body.
QString bigImage(const QString &home, const Sizes &sizes, Inkwell::Attachment *ready)
{
    const QString path = QDir(home).filePath(QStringLiteral("camera.png"));
    {
        const QImage image = photoLike(sizes.bigImageWidth, sizes.bigImageHeight, 4242, 1);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(encoded(image, "png", 50)) <= 0)
            qFatal("cannot write %s", qPrintable(path));
    }
    figure("attach.image_20mb_file_mb", double(QFileInfo(path).size()) / 1e6, "MB");

    QList<double> prepare;
    for (int round = 0; round < 3; ++round) {
        const qint64 start = nowNs();
        auto read = Inkwell::readAttachment(path);
        prepare << msSince(start);
        if (!read.ok() || !read.value.isImage())
            qFatal("the big photo was not read: %s", qPrintable(read.error.message));
        *ready = read.value;
    }
    figure("attach.prepare_20mb_image_ms", percentile(prepare, 50), "ms");
    figure("attach.image_20mb_prepared_kb", double(ready->size) / 1024, "KB");

    double slowest = 0;
    for (const QString &api : Inkwell::Provider::apis()) {
        Inkwell::GenerationRequest request;
        request.profile.api = api;
        request.profile.baseUrl = QStringLiteral("http://127.0.0.1:1");
        request.profile.model = QStringLiteral("bench-model");
        request.messages << Inkwell::ChatMessage {
            QStringLiteral("user"), QStringLiteral("What is in this picture?"), {*ready}};
        const auto provider = Inkwell::Provider::create(api);
        QList<double> times;
        for (int round = 0; round < 5; ++round) {
            const qint64 start = nowNs();
            const QByteArray body = provider->buildBody(request);
            times << msSince(start);
            if (body.size() < ready->size)
                qFatal("the %s body has no image", qPrintable(api));
        }
        slowest = qMax(slowest, percentile(times, 50));
    }
    figure("attach.request_20mb_image_ms", slowest, "ms");
    return path;
}

// The composer reads a file on its worker thread: the GUI thread's longest
// stall (heartbeat) from the drop until the chip is ready, and how long that took.
Inkwell::Attachment composerReads(Inkwell::ConversationSession *session, const QString &path, const char *gapName,
                                  const char *timeName)
{
    Inkwell::ComposerAttachments *composer = session->attachments();
    composer->clear();
    settle(200);
    Heartbeat heartbeat;
    const qint64 start = nowNs();
    composer->addUrls({QUrl::fromLocalFile(path)});
    if (!runUntil([&] { return !composer->reading(); }, 120000))
        qFatal("the composer never finished reading %s", qPrintable(path));
    const qint64 end = nowNs();
    settle(100); // what the chip's showing sets off
    if (!composer->errorText().isEmpty() || composer->ready().size() != 1)
        qFatal("the composer refused %s: %s", qPrintable(path), qPrintable(composer->errorText()));
    figure(gapName, percentile(heartbeat.perFrame(start, nowNs()), 100), "ms");
    figure(timeName, double(end - start) / 1e6, "ms");
    return composer->ready().constFirst();
}

// session->send() (the message stored, the history read, the body built:
// all on the GUI thread), and the longest stall until the answer is in.
void sendAndWait(Inkwell::ConversationSession *session, const char *sendName, const char *gapName)
{
    Heartbeat heartbeat;
    settle(50);
    const qint64 start = nowNs();
    if (!session->send(QStringLiteral("What is in this picture?")))
        qFatal("the session did not send");
    figure(sendName, msSince(start), "ms");
    if (!runUntil([&] { return !session->busy(); }, 60000))
        qFatal("the answer never came");
    settle(100);
    figure(gapName, percentile(heartbeat.perFrame(start, nowNs()), 100), "ms");
}

// Opens a conversation: time to the next frame; with `thumbnails`, also to
// the frame that shows every thumbnail the view made, decoded.
double openConversation(QQuickWindow *window, Inkwell::ConversationSession *session, qint64 id, int rows,
                        double *thumbnailsMs = nullptr, double *stallMs = nullptr)
{
    QSignalSpy frames(window, &QQuickWindow::frameSwapped);
    std::optional<Heartbeat> heartbeat;
    if (stallMs)
        heartbeat.emplace();
    const qint64 start = nowNs();
    session->open(id);
    if (!frames.wait(10000))
        qFatal("no frame after opening a conversation");
    const qint64 shown = nowNs();
    if (session->messages()->rowCount() != rows)
        qFatal("the conversation opened with %d messages of %d", session->messages()->rowCount(), rows);
    if (thumbnailsMs) {
        int made = 0;
        int ready = 0;
        qint64 allNs = 0;
        QEventLoop loop;
        auto connection = QObject::connect(
            window, &QQuickWindow::frameSwapped, &loop,
            [&] {
                made = ready = 0;
                countThumbnails(window->contentItem(), made, ready);
                if (made > 0 && ready == made) {
                    allNs = nowNs();
                    loop.quit();
                }
            },
            Qt::QueuedConnection);
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        window->update();
        loop.exec();
        QObject::disconnect(connection);
        if (allNs == 0)
            qFatal("%d of %d thumbnails shown after 20 s", ready, made);
        *thumbnailsMs = double(allNs - start) / 1e6;
        if (stallMs)
            *stallMs = percentile(heartbeat->perFrame(shown, allNs), 100);
    }
    return double(shown - start) / 1e6;
}

// The open conversation scrolled from its end to its beginning a screen a
// frame: the longest GUI-thread stall of each 60 Hz frame.
QList<double> scrollUp(QQuickWindow *window)
{
    auto *list = window->findChild<QQuickItem *>(QStringLiteral("messageView"));
    if (!list)
        qFatal("no message view");
    settle(500);
    // As a reader's flick does: the view stops following the end.
    list->setProperty("following", false);
    Heartbeat heartbeat;
    QEventLoop loop;
    const qint64 start = nowNs();
    auto connection = QObject::connect(
        window, &QQuickWindow::frameSwapped, &loop,
        [&] {
            if (list->property("atYBeginning").toBool()) {
                loop.quit();
                return;
            }
            list->setProperty("contentY", list->property("contentY").toReal() - list->height());
        },
        Qt::QueuedConnection);
    window->update();
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    QObject::disconnect(connection);
    if (!list->property("atYBeginning").toBool())
        qFatal("the conversation did not scroll to its beginning in 60 s");
    return heartbeat.perFrame(start, nowNs());
}

} // namespace

void runAttachments(const QString &dataDir, const Sizes &sizes)
{
    const QString home = QDir(dataDir).filePath(QStringLiteral("attach"));
    QDir().mkpath(home);

    // A 300-page report.
    const QString pdf = QDir(home).filePath(QStringLiteral("report.pdf"));
    const qint64 writeStart = nowNs();
    writePdf(pdf, sizes.pdfPages);
    figure("attach.pdf_write_ms", msSince(writeStart), "ms");
    figure("attach.pdf_300p_file_mb", double(QFileInfo(pdf).size()) / 1e6, "MB");
    QFile pdfFile(pdf);
    if (!pdfFile.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(pdf));
    const QByteArray pdfBytes = pdfFile.readAll();
    QList<double> extract;
    for (int round = 0; round < 3; ++round) {
        const qint64 start = nowNs();
        const auto text = Inkwell::readDocument(pdfBytes, QStringLiteral("report.pdf"));
        extract << msSince(start);
        if (!text.ok())
            qFatal("the PDF was not read: %s", qPrintable(text.error.message));
        const QString last = QStringLiteral("End of page %1 of the report.").arg(sizes.pdfPages);
        if (text.value.pages != sizes.pdfPages || !text.value.text.simplified().contains(last)
            || text.value.text.size() < sizes.pdfPages * 2000)
            qFatal("the PDF's text came out wrong: %d pages, %lld characters", text.value.pages,
                   static_cast<long long>(text.value.text.size()));
    }
    figure("attach.pdf_300p_ms", percentile(extract, 50), "ms");

    Inkwell::Attachment photo;
    const QString camera = bigImage(home, sizes, &photo);
    const Stored stored = storeConversations(home, sizes.imageMessages);

    // The window on that store, with a server that answers at once.
    StreamServer server(chatStream({QStringLiteral("A"), QStringLiteral(" photo.")}), 1, 0);
    QQmlApplicationEngine engine;
    QQuickWindow *window = startApp(engine, home, server.baseUrl(), QStringLiteral("bench-model"));
    if (!window)
        qFatal("the window did not start");
    Inkwell::ConversationSession *session = appOf(engine)->session();
    session->newConversation();
    settle(500);

    const Inkwell::Attachment read
        = composerReads(session, pdf, "attach.pdf_300p_gui_gap_ms", "attach.pdf_300p_composer_ms");
    if (read.pages != sizes.pdfPages)
        qFatal("the composer read %d pages of %d", read.pages, sizes.pdfPages);
    composerReads(session, camera, "attach.image_20mb_gui_gap_ms", "attach.image_20mb_composer_ms");
    sendAndWait(session, "attach.send_20mb_image_ms", "attach.send_20mb_image_gui_gap_ms");

    // The photo conversation opened first (nothing decoded yet), then both
    // opened in turn; the user looks at each for a moment.
    const int rows = 2 * sizes.imageMessages;
    session->newConversation();
    settle(500);
    double thumbnailsMs = 0;
    double stallMs = 0;
    figure("attach.open_200_images_first_ms",
           openConversation(window, session, stored.images, rows, &thumbnailsMs, &stallMs), "ms");
    figure("attach.open_200_images_thumbnails_ms", thumbnailsMs, "ms");
    figure("attach.open_200_images_thumbnails_max_stall_ms", stallMs, "ms");
    QList<double> images;
    QList<double> plain;
    for (int round = 0; round < 5; ++round) {
        settle(300);
        plain << openConversation(window, session, stored.plain, rows);
        settle(300);
        images << openConversation(window, session, stored.images, rows);
    }
    figure("attach.open_200_images_ms", percentile(images, 50), "ms");
    figure("attach.open_200_plain_ms", percentile(plain, 50), "ms");

    const QList<double> imageScroll = scrollUp(window);
    figure("attach.scroll_200_images_slots", double(imageScroll.size()), "slots");
    figure("attach.scroll_200_images_p50_frame_ms", percentile(imageScroll, 50), "ms");
    figure("attach.scroll_200_images_p99_frame_ms", percentile(imageScroll, 99), "ms");
    figure("attach.scroll_200_images_max_frame_ms", percentile(imageScroll, 100), "ms");
    openConversation(window, session, stored.plain, rows);
    const QList<double> plainScroll = scrollUp(window);
    figure("attach.scroll_200_plain_slots", double(plainScroll.size()), "slots");
    figure("attach.scroll_200_plain_p50_frame_ms", percentile(plainScroll, 50), "ms");
    figure("attach.scroll_200_plain_p99_frame_ms", percentile(plainScroll, 99), "ms");
    figure("attach.scroll_200_plain_max_frame_ms", percentile(plainScroll, 100), "ms");

    // One more message in the photo conversation: every earlier photo goes again.
    openConversation(window, session, stored.images, rows);
    settle(300);
    session->attachments()->clear();
    sendAndWait(session, "attach.send_after_200_images_ms", "attach.send_after_200_images_gui_gap_ms");
}

} // namespace Bench
