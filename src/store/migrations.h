// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <vector>

namespace Inkwell {

// Cumulative schema steps: step i takes user_version i to i+1. Never edit a
// released step; append a new one.
const std::vector<QStringList> &schemaMigrations();

} // namespace Inkwell
