// SPDX-License-Identifier: MIT
// The OAuth redirect side of the login: the embedded view's navigation rules (ui/login/LoginPolicy,
// pure logic built here without Widgets) and the callback query parser
// (PassportSession::callbackParams). The first byte picks the environment (production with the
// custom-scheme redirect, or a local sandbox with a loopback redirect) and main frame or not; the rest
// is the URL. Properties, checked independently of LoginPolicy:
//  - Callback only for our redirect URI (same scheme, ASCII host, port and path);
//  - Allow only for an http(s) URL whose ASCII host and port are exactly the auth service's and whose
//    path is under its path (so look-alike, punycode and userinfo tricks never load), or about:blank in
//    a sub-frame; OpenInBrowser only for https://accounts.google.com in the main frame;
//  - the verdict is stable when the URL is re-parsed from its fully encoded form;
//  - a parsed callback query never holds a name twice, and re-encoded parses back to the same map.
#include "FuzzCheck.h"
#include "login/LoginPolicy.h"
#include "passport/Environment.h"
#include "passport/PassportSession.h"

#include <QHash>
#include <QStringList>
#include <QUrl>

#include <cstddef>
#include <cstdint>

using namespace stardeck;
using Verdict = ui::LoginPolicy::Verdict;

namespace {

struct Case {
    ui::LoginPolicy policy;
    QString authScheme;
    QString authHost;
    int authPort;
    QString authPath; //!< without a trailing slash
};

const Case &pick(bool local)
{
    static const Case production = [] {
        passport::ClientSettings client = passport::ClientSettings::sandboxClient();
        return Case{ui::LoginPolicy::forEnvironment(passport::Environment::production(client)),
                    QStringLiteral("https"), QStringLiteral("auth.immutable.com"), 443, QString()};
    }();
    static const Case loopback = [] {
        passport::ClientSettings client = passport::ClientSettings::sandboxClient();
        client.redirectUri = QStringLiteral("http://127.0.0.1:8471/callback");
        return Case{ui::LoginPolicy::forEnvironment(
                        passport::Environment::local(QUrl(QStringLiteral("http://127.0.0.1:8470")), client)),
                    QStringLiteral("http"), QStringLiteral("127.0.0.1"), 8470, QStringLiteral("/auth")};
    }();
    return local ? loopback : production;
}

void checkVerdict(const Case &c, const QUrl &url, bool mainFrame, Verdict verdict)
{
    const QString scheme = url.scheme().toLower();
    const QString host = url.host(QUrl::FullyEncoded).toLower();
    switch (verdict) {
    case Verdict::Callback: {
        const QUrl &r = c.policy.redirectUri;
        FUZZ_CHECK(url.isValid());
        FUZZ_CHECK(scheme == r.scheme().toLower() && host == r.host(QUrl::FullyEncoded).toLower());
        FUZZ_CHECK(url.port() == r.port());
        const QString path = url.path(QUrl::FullyEncoded);
        const QString expected = r.path(QUrl::FullyEncoded);
        FUZZ_CHECK(path == expected || (path.isEmpty() && expected == QLatin1String("/")) ||
                   (expected.isEmpty() && path == QLatin1String("/")));
        break;
    }
    case Verdict::Allow:
        if (!mainFrame && url.scheme() == QLatin1String("about") && url.path() == QLatin1String("blank"))
            break;
        FUZZ_CHECK(url.isValid());
        FUZZ_CHECK(scheme == c.authScheme);
        FUZZ_CHECK(host == c.authHost);
        FUZZ_CHECK(url.port(scheme == QLatin1String("https") ? 443 : 80) == c.authPort);
        if (!c.authPath.isEmpty()) {
            const QString path = url.path(QUrl::FullyEncoded);
            FUZZ_CHECK(path == c.authPath || path.startsWith(c.authPath + QLatin1Char('/')));
        }
        break;
    case Verdict::OpenInBrowser:
        FUZZ_CHECK(mainFrame && scheme == QLatin1String("https") &&
                   host == QLatin1String("accounts.google.com"));
        break;
    case Verdict::Refuse:
        break;
    }
}

QString encode(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

void checkQuery(const QUrl &url)
{
    const auto params = passport::PassportSession::callbackParams(url);
    if (!params)
        return;
    QStringList pairs;
    for (auto it = params->cbegin(); it != params->cend(); ++it)
        pairs.append(encode(it.key()) + QLatin1Char('=') + encode(it.value()));
    QUrl again(QStringLiteral("stardeck://callback"));
    again.setQuery(pairs.join(QLatin1Char('&')), QUrl::StrictMode);
    const auto reparsed = passport::PassportSession::callbackParams(again);
    FUZZ_CHECK(reparsed.has_value());
    FUZZ_CHECK(*reparsed == *params);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const Case &c = pick((data[0] & 1) != 0);
    const bool mainFrame = (data[0] & 2) == 0;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const QUrl url(text, (data[0] & 4) != 0 ? QUrl::StrictMode : QUrl::TolerantMode);

    const Verdict verdict = c.policy.classify(url, mainFrame);
    checkVerdict(c, url, mainFrame, verdict);
    if (url.isValid()) {
        const QUrl reparsed(url.toString(QUrl::FullyEncoded), QUrl::StrictMode);
        if (reparsed.isValid())
            FUZZ_CHECK(c.policy.classify(reparsed, mainFrame) == verdict);
    }
    checkQuery(url);
    return 0;
}
