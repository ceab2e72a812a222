// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

namespace Inkwell {

// A value or the Error that kept it from being made; never to be dropped unread.
template<typename T> struct [[nodiscard]] Result {
    T value {};
    Error error;

    [[nodiscard]] bool ok() const { return !error.isError(); }
    static Result fail(Error e) { return Result {T {}, std::move(e)}; }
};

} // namespace Inkwell
