// SPDX-License-Identifier: MIT
#pragma once

// The HTML of the emulated auth.immutable.com login: plain forms that post back to the sandbox,
// no scripts and no external resources. Every dynamic value is HTML-escaped.

#include "http/HttpMessage.h"

#include <QString>

namespace stardeck::sandbox::authpages {

//! Step 1: ask for the e-mail address (pre-filled with `email`).
HttpResponse emailPage(const QString &transaction, const QString &clientName, const QString &email,
                       const QString &error = {});
//! Step 2: shows the one-time code (it is a sandbox) and asks for it.
HttpResponse codePage(const QString &transaction, const QString &email, const QString &oneTimeCode,
                      const QString &error = {});
//! A page with a title and a message, e.g. an error that must not redirect.
HttpResponse messagePage(int status, const QString &title, const QString &message);

} // namespace stardeck::sandbox::authpages
