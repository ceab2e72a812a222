// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

namespace Inkwell {

template<typename T> struct Result {
    T value {};
    Error error;

    bool ok() const { return !error.isError(); }
    static Result fail(Error e) { return Result {T {}, std::move(e)}; }
};

} // namespace Inkwell
