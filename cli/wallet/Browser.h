// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QUrl>

namespace stardeck::cli {

//! Opens `url` in the user's browser without waiting for it: the first entry of $BROWSER (a
//! colon-separated list; "%s" in it is replaced by the URL, else the URL is the last argument),
//! else xdg-open. False (with `why`) when no program could be started.
bool openInBrowser(const QUrl &url, QString *why);

} // namespace stardeck::cli
