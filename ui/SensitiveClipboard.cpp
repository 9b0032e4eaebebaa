// SPDX-License-Identifier: MIT
#include "SensitiveClipboard.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QMimeData>

namespace stardeck::ui {

namespace {

QByteArray textHash(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

} // namespace

SensitiveClipboard::SensitiveClipboard(QObject *parent, std::chrono::milliseconds timeout)
    : QObject(parent), m_timeout(timeout)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(m_timeout);
    connect(&m_timer, &QTimer::timeout, this, &SensitiveClipboard::clearIfOurs);
}

SensitiveClipboard::~SensitiveClipboard()
{
    // Quitting does not leave our copy behind (the clipboard may outlive the process).
    if (!m_copiedHash.isEmpty() && QGuiApplication::instance())
        clearIfOurs();
}

QString SensitiveClipboard::passwordManagerHintFormat()
{
    return QStringLiteral("x-kde-passwordManagerHint");
}

void SensitiveClipboard::copy(const QString &text)
{
    auto *mime = new QMimeData;
    mime->setText(text);
    mime->setData(passwordManagerHintFormat(), QByteArrayLiteral("secret"));
    QGuiApplication::clipboard()->setMimeData(mime, QClipboard::Clipboard); // the clipboard owns it
    m_copiedHash = textHash(text);
    m_timer.start();
}

void SensitiveClipboard::clearIfOurs()
{
    m_timer.stop();
    if (m_copiedHash.isEmpty())
        return;
    QClipboard *clipboard = QGuiApplication::clipboard();
    const bool ours = textHash(clipboard->text(QClipboard::Clipboard)) == m_copiedHash;
    m_copiedHash.clear();
    if (!ours)
        return; // the user copied something else since: leave it alone
    clipboard->clear(QClipboard::Clipboard);
    Q_EMIT cleared();
}

} // namespace stardeck::ui
