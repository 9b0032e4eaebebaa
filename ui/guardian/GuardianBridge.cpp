// SPDX-License-Identifier: MIT
#include "guardian/GuardianBridge.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace stardeck::ui {

namespace {

constexpr qsizetype kMaxMessageChars = 16 * 1024;

} // namespace

GuardianBridge::GuardianBridge(QString expectedOrigin, QObject *parent)
    : QObject(parent), m_expectedOrigin(std::move(expectedOrigin))
{}

void GuardianBridge::postMessage(const QString &json, const QString &origin)
{
    if (m_expectedOrigin.isEmpty() || origin != m_expectedOrigin) {
        Q_EMIT messageIgnored(QStringLiteral("message from another origin"));
        return;
    }
    if (json.size() > kMaxMessageChars) {
        Q_EMIT messageIgnored(QStringLiteral("message too large"));
        return;
    }
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        Q_EMIT messageIgnored(QStringLiteral("message is not a JSON object"));
        return;
    }
    const QJsonObject message = document.object();
    if (message.value(QStringLiteral("eventType")).toString() != kEventType) {
        Q_EMIT messageIgnored(QStringLiteral("message with another eventType"));
        return;
    }
    Q_EMIT messageReceived(message.value(QStringLiteral("messageType")).toString());
}

} // namespace stardeck::ui
