// SPDX-License-Identifier: MIT
#include "services/AuthPages.h"

#include "SandboxContext.h"

namespace stardeck::sandbox::authpages {

namespace {

QString esc(const QString &text)
{
    // toHtmlEscaped covers < > & "; attributes are always double-quoted, so ' is harmless, but
    // escape it too in case a value lands in text that a future template single-quotes.
    return text.toHtmlEscaped().replace(QLatin1Char('\''), QLatin1String("&#39;"));
}

HttpResponse page(int status, const QString &title, const QString &body)
{
    const QString html =
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                       "<title>") +
        esc(title) +
        QStringLiteral(" - Immutable Passport (sandbox)</title><style>"
                       "body{font-family:sans-serif;background:#0d0d0d;color:#f3f3f3;margin:0}"
                       "main{max-width:360px;margin:48px auto;padding:24px;background:#1f1f1f;"
                       "border-radius:12px}"
                       "input{width:100%;box-sizing:border-box;padding:10px;margin:8px 0;font-size:16px}"
                       "button{width:100%;padding:10px;font-size:16px;background:#f3f3f3;border:0;"
                       "border-radius:8px}"
                       ".error{color:#ff8f8f}.note{color:#b3b3b3;font-size:13px}"
                       "#one-time-code{font-size:28px;letter-spacing:6px}</style></head><body><main>"
                       "<p class=\"note\">Stardeck sandbox: an emulation of auth.immutable.com</p><h1>") +
        esc(title) + QStringLiteral("</h1>") + body + QStringLiteral("</main></body></html>\n");
    HttpResponse response = HttpResponse::html(status, html.toUtf8());
    // Nothing on these pages may load, run or be framed; they are also never cached.
    response
        .withHeader("Content-Security-Policy",
                    "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'")
        .withHeader("X-Frame-Options", "DENY")
        .withHeader("Cache-Control", "no-store")
        .withHeader("Referrer-Policy", "no-referrer");
    return response;
}

QString errorParagraph(const QString &error)
{
    return error.isEmpty()
               ? QString()
               : QStringLiteral("<p class=\"error\" id=\"error\">") + esc(error) + QStringLiteral("</p>");
}

QString hiddenTransaction(const QString &transaction)
{
    return QStringLiteral("<input type=\"hidden\" name=\"transaction\" value=\"") + esc(transaction) +
           QStringLiteral("\">");
}

} // namespace

HttpResponse emailPage(const QString &transaction, const QString &clientName, const QString &email,
                       const QString &error)
{
    return page(200, QStringLiteral("Log in"),
                QStringLiteral("<p>to continue to <strong>") + esc(clientName) +
                    QStringLiteral("</strong></p>") + errorParagraph(error) +
                    QStringLiteral("<form method=\"post\" action=\"") + prefix::auth +
                    QStringLiteral("/authorize/email\">") + hiddenTransaction(transaction) +
                    QStringLiteral("<label for=\"email\">Email</label><input id=\"email\" name=\"email\" "
                                   "type=\"email\" autocomplete=\"email\" required value=\"") +
                    esc(email) + QStringLiteral("\"><button type=\"submit\">Continue</button></form>"));
}

HttpResponse codePage(const QString &transaction, const QString &email, const QString &oneTimeCode,
                      const QString &error)
{
    return page(200, QStringLiteral("Enter your code"),
                QStringLiteral("<p>We would have e-mailed a code to <strong id=\"login-email\">") +
                    esc(email) +
                    QStringLiteral("</strong>. In the sandbox it is shown here:</p>"
                                   "<p><code id=\"one-time-code\">") +
                    esc(oneTimeCode) + QStringLiteral("</code></p>") + errorParagraph(error) +
                    QStringLiteral("<form method=\"post\" action=\"") + prefix::auth +
                    QStringLiteral("/authorize/verify\">") + hiddenTransaction(transaction) +
                    QStringLiteral("<label for=\"code\">Code</label><input id=\"code\" name=\"code\" "
                                   "inputmode=\"numeric\" autocomplete=\"one-time-code\" required>"
                                   "<button type=\"submit\">Log in</button></form>"));
}

HttpResponse messagePage(int status, const QString &title, const QString &message)
{
    return page(status, title, QStringLiteral("<p id=\"message\">") + esc(message) + QStringLiteral("</p>"));
}

} // namespace stardeck::sandbox::authpages
