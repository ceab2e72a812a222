// SPDX-License-Identifier: GPL-3.0-or-later
// Against the real Secret Service (gnome-keyring under dbus-run-session; see
// tests/with-keyring.sh). A missing keychain fails here rather than skipping.
#include "secrets/keystore.h"

#include <QTest>

using namespace Inkwell;

class TestKeyStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTripInTheRealKeychain()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run under tests/with-keyring.sh");
        KeyStore store(QStringLiteral("Inkwell-test-%1").arg(QCoreApplication::applicationPid()));
        const QString account = KeyStore::accountFor(7);
        bool done = false;
        Error error;
        store.write(account, QStringLiteral("sk-roundtrip-秘密"), [&](const Error &e) {
            error = e;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QVERIFY2(!store.sessionOnly(), "the keychain did not answer; the key went to memory");

        // A second store object reads it back from the keychain, not from memory.
        KeyStore other(QStringLiteral("Inkwell-test-%1").arg(QCoreApplication::applicationPid()));
        QString key;
        done = false;
        other.read(account, [&](const QString &k, const Error &e) {
            key = k;
            error = e;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY(!error.isError());
        QCOMPARE(key, QStringLiteral("sk-roundtrip-秘密"));

        done = false;
        other.remove(account, [&](const Error &e) {
            error = e;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY(!error.isError());
        done = false;
        key = QStringLiteral("x");
        store.read(account, [&](const QString &k, const Error &) {
            key = k;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QCOMPARE(key, QString());
    }
};

QTEST_GUILESS_MAIN(TestKeyStore)
#include "tst_keystore.moc"
