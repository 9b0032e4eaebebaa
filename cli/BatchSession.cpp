// SPDX-License-Identifier: MIT
#include "BatchSession.h"

#include "CryptoOps.h"
#include "Io.h"
#include "LineReader.h"
#include "Request.h"

#include "crypto/SecureBytes.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>

#include <exception>

namespace stardeck::cli {

namespace {

QByteArray errorLine(const QString &message, const QJsonValue &id = QJsonValue(QJsonValue::Undefined))
{
    QJsonObject out;
    out.insert(QLatin1String("error"), message);
    if (!id.isUndefined())
        out.insert(QLatin1String("id"), id);
    return QJsonDocument(out).toJson(QJsonDocument::Compact);
}

bool isBlank(QByteArrayView line)
{
    for (char c : line) {
        if (c != ' ' && c != '\t' && c != '\r')
            return false;
    }
    return true;
}

} // namespace

QByteArray BatchSession::answer(QByteArrayView line) const
{
    if (isBlank(line))
        return errorLine(QStringLiteral("empty line: expected a JSON object"));
    QJsonParseError parseError{};
    // fromRawData: the parser reads the caller's (wiped) buffer instead of a copy.
    const QJsonDocument doc =
        QJsonDocument::fromJson(QByteArray::fromRawData(line.data(), line.size()), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return errorLine(QStringLiteral("invalid JSON at offset %1: %2")
                             .arg(parseError.offset)
                             .arg(parseError.errorString()));
    if (!doc.isObject())
        return errorLine(QStringLiteral("a request must be a JSON object"));

    const QJsonObject request = doc.object();
    const QJsonValue id = request.value(QLatin1String("id"));
    const QJsonValue opValue = request.value(QLatin1String("op"));
    if (opValue.isUndefined())
        return errorLine(QStringLiteral("missing field \"op\""), id);
    if (!opValue.isString())
        return errorLine(QStringLiteral("field \"op\": must be a string"), id);
    const CryptoOp *op = findCryptoOp(opValue.toString());
    if (!op)
        return errorLine(QStringLiteral("unknown op \"%1\"").arg(opValue.toString()), id);

    Expected<QJsonObject> result = crypto::makeError(crypto::ErrorCode::CryptoFailure, "internal error");
    try {
        result = op->run(Request(request));
    } catch (const std::exception &e) {
        // Nothing below is meant to throw; a bad_alloc still must not end the batch silently.
        result =
            crypto::makeError(crypto::ErrorCode::CryptoFailure, std::string("internal error: ") + e.what());
    }
    if (!result)
        return errorLine(QString::fromStdString(result.error().message), id);
    QJsonObject out = std::move(*result);
    if (!id.isUndefined())
        out.insert(QLatin1String("id"), id);
    return QJsonDocument(out).toJson(QJsonDocument::Compact);
}

int BatchSession::run(int inFd, int outFd) const
{
    LineReader reader(inFd);
    for (;;) {
        QByteArrayView line;
        QByteArray reply;
        switch (reader.next(line)) {
        case LineReader::Status::Line:
            reply = answer(line);
            reader.wipeLastLine();
            break;
        case LineReader::Status::TooLong:
            reply = errorLine(QStringLiteral("line too long"));
            break;
        case LineReader::Status::End:
            return 0;
        case LineReader::Status::Failed:
            return 1;
        }
        const bool written = io::writeLine(outFd, reply);
        // Answers may carry derived private keys (stark_key_from_eth).
        crypto::secureWipe(reply.data(), std::size_t(reply.size()));
        if (!written)
            return 1;
    }
}

} // namespace stardeck::cli
