// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Inkwell {

// Errors are values: every failure that reaches a person carries a message
// they can act on, plus enough structure for code to decide (retry, exit code).
// [[nodiscard]]: an error returned and not looked at is a failure nobody hears of.
struct [[nodiscard]] Error {
    enum class Kind {
        None,
        Network, // connect failure, reset, TLS
        Timeout, // connect or inactivity timeout
        Http, // 4xx/5xx with or without a JSON body
        Protocol, // malformed stream, wrong content type, oversized event
        Interrupted, // stream ended before its terminal marker
        Cancelled, // the user stopped it
        Storage,
        Usage,
        Keychain,
        Format, // a file to import that is not what it claims to be
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString code; // provider error code, e.g. "invalid_api_key"
    QString message; // full sentence for a person

    [[nodiscard]] bool isError() const { return kind != Kind::None; }
    static Error make(Kind k, QString msg, int status = 0, QString c = {})
    {
        return Error {k, status, std::move(c), std::move(msg)};
    }
};

} // namespace Inkwell
