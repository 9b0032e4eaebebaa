// SPDX-License-Identifier: MIT
#include "services/ConfirmationPage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <iterator>

namespace stardeck::sandbox {

namespace {

constexpr qint64 kGrantSeconds = 10 * 60;
constexpr qsizetype kMaxGrants = 4096;

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString jsonText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return {};
}

//! A simple page frame with the sandbox's styling.
QByteArray page(const QString &title, const QString &body, const QString &script = {})
{
    QString html =
        QStringLiteral(
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            "<title>%1</title><style>"
            "body{font-family:system-ui,sans-serif;margin:0;padding:24px;background:#0d0f1a;color:#e8e9f3}"
            "h1{font-size:20px;margin:0 0 16px}table{border-collapse:collapse;width:100%;margin:12px 0}"
            "td{padding:6px 4px;border-bottom:1px solid #2a2d45;vertical-align:top;word-break:break-all}"
            "td:first-child{color:#9aa0c3;width:35%}.actions{display:flex;gap:12px;margin-top:20px}"
            "button{flex:1;padding:12px;border-radius:8px;border:0;font-size:15px;cursor:pointer}"
            "#confirm{background:#5b6cff;color:#fff}#reject{background:#2a2d45;color:#e8e9f3}"
            "#status{margin-top:16px;color:#9aa0c3}</style></head><body>")
            .arg(escaped(title));
    html += body;
    if (!script.isEmpty())
        html += QStringLiteral("<script>") + script + QStringLiteral("</script>");
    html += QStringLiteral("</body></html>");
    return html.toUtf8();
}

// The protocol of @imtbl/wallet confirmation/confirmation.ts, seen from the page's side.
const QString kProtocolScript = QStringLiteral(R"JS(
const EVENT = 'imx_passport_confirmation';
function send(messageType) {
  const message = { eventType: EVENT, messageType: messageType };
  if (window.opener) window.opener.postMessage(message, '*');
  if (window.parent && window.parent !== window) window.parent.postMessage(message, '*');
}
window.addEventListener('message', function (event) {
  const data = event.data || {};
  if (data.eventType === EVENT && data.messageType === 'confirmation_start')
    document.body.setAttribute('data-started', 'true');
});
send('confirmation_window_ready');
)JS");

} // namespace

void ConfirmationPage::registerRoutes(Router &router)
{
    const QString base = prefix::passport + QStringLiteral("/transaction-confirmation");
    router.add("GET", base + QStringLiteral("/transaction"),
               QStringLiteral("passport.confirmation.transaction"),
               [this](const HttpRequest &request) { return transactionPage(request); });
    router.add("GET", base + QStringLiteral("/loading"), QStringLiteral("passport.confirmation.loading"),
               [](const HttpRequest &) {
                   return HttpResponse::html(200,
                                             page(QStringLiteral("Loading"),
                                                  QStringLiteral("<h1>Preparing your transaction…</h1>")));
               });
    router.add("GET", base + QStringLiteral("/unavailable"),
               QStringLiteral("passport.confirmation.unavailable"), [](const HttpRequest &) {
                   return HttpResponse::html(
                       200,
                       page(QStringLiteral("Unavailable"),
                            QStringLiteral("<h1>Service unavailable</h1><p>Transaction confirmation is not "
                                           "available right now. Please try again later.</p>")));
               });
}

HttpResponse ConfirmationPage::transactionPage(const HttpRequest &request)
{
    const QString transactionId = request.queryValue(QStringLiteral("transactionId"));
    const QString etherAddress = request.queryValue(QStringLiteral("etherAddress"));
    const QString chainType = request.queryValue(QStringLiteral("chainType"));
    const auto failure = [](int status, const QString &message) {
        // The opener learns about the failure through the protocol, as from the real page.
        return HttpResponse::html(
            status, page(QStringLiteral("Transaction error"),
                         QStringLiteral("<h1>Cannot confirm this transaction</h1><p id=\"status\">%1</p>")
                             .arg(escaped(message)),
                         kProtocolScript + QStringLiteral("send('transaction_error');")));
    };
    if (transactionId.isEmpty() || etherAddress.isEmpty())
        return failure(400, QStringLiteral("transactionId and etherAddress are required."));
    if (chainType != QLatin1String("starkex"))
        return failure(400, QStringLiteral("Only StarkEx (chainType=starkex) transactions are supported."));
    const GuardianRecord *record = m_ledger.find(transactionId);
    if (record == nullptr || record->ethAddress.compare(etherAddress, Qt::CaseInsensitive) != 0)
        return failure(404, QStringLiteral("Transaction not found."));

    if (m_grants.size() >= kMaxGrants) {
        const QDateTime now = m_context.now();
        for (auto it = m_grants.begin(); it != m_grants.end();)
            it = it->expiresAt < now ? m_grants.erase(it) : std::next(it);
    }
    QByteArray grant(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(grant.data()), grant.size() / 4);
    grant = grant.toHex();
    m_grants.insert(grant, Grant{record->id, m_context.now().addSecs(kGrantSeconds)});

    QString rows = QStringLiteral("<tr><td>Type</td><td>%1</td></tr><tr><td>Account</td><td>%2</td></tr>")
                       .arg(escaped(record->transactionType), escaped(record->ethAddress));
    for (auto it = record->metadata.begin(); it != record->metadata.end(); ++it) {
        if (it.key() != QLatin1String("payload_hash"))
            rows += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                        .arg(escaped(it.key()), escaped(jsonText(*it)));
    }
    const QString body =
        QStringLiteral("<h1>Confirm this transaction</h1><table id=\"details\">%1</table>"
                       "<p>Transaction <code id=\"transaction-id\">%2</code></p>"
                       "<div class=\"actions\"><button id=\"reject\">Reject</button>"
                       "<button id=\"confirm\">Confirm</button></div><p id=\"status\">%3</p>")
            .arg(rows, escaped(record->id),
                 record->approved ? QStringLiteral("Already approved.") : QStringLiteral("Waiting for you."));
    const QJsonObject context{
        {QStringLiteral("approveUrl"), QString(prefix::mr + QStringLiteral("/guardian/v1/transactions/") +
                                               record->id + QStringLiteral("/approve"))},
        {QStringLiteral("grant"), QString::fromLatin1(grant)},
    };
    // "</" would end the script element early.
    const QString contextJson = QString::fromUtf8(QJsonDocument(context).toJson(QJsonDocument::Compact))
                                    .replace(QStringLiteral("</"), QStringLiteral("<\\/"));
    const QString script =
        kProtocolScript + QStringLiteral("const CONTEXT = ") + contextJson + QStringLiteral(R"JS(;
const statusLine = document.getElementById('status');
document.getElementById('reject').addEventListener('click', function () {
  statusLine.textContent = 'Rejected.';
  send('transaction_rejected');
});
document.getElementById('confirm').addEventListener('click', function () {
  statusLine.textContent = 'Approving…';
  fetch(CONTEXT.approveUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Authorization': 'Bearer ' + CONTEXT.grant },
    body: JSON.stringify({ chainType: 'starkex' })
  }).then(function (response) {
    if (response.status === 204) {
      statusLine.textContent = 'Confirmed.';
      send('transaction_confirmed');
    } else {
      statusLine.textContent = 'Approval failed (HTTP ' + response.status + ').';
      send('transaction_error');
    }
  }).catch(function () {
    statusLine.textContent = 'Approval failed.';
    send('transaction_error');
  });
});
)JS");
    return HttpResponse::html(200, page(QStringLiteral("Confirm this transaction"), body, script))
        .withHeader("Cache-Control", "no-store");
}

bool ConfirmationPage::redeemGrant(const QByteArray &token, const GuardianRecord &record)
{
    const auto it = m_grants.find(token);
    if (it == m_grants.end())
        return false;
    const bool valid = it->recordId == record.id && m_context.now() <= it->expiresAt;
    if (valid)
        m_grants.erase(it);
    return valid;
}

} // namespace stardeck::sandbox
