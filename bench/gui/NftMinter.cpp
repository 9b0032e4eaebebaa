// SPDX-License-Identifier: MIT
#include "NftMinter.h"

#include "BenchWait.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace stardeck::bench {

QString firstCollection(const QUrl &sandboxUrl, int timeoutMs)
{
    QNetworkAccessManager nam;
    QNetworkReply *reply =
        nam.get(QNetworkRequest(QUrl(sandboxUrl.toString() + QStringLiteral("/imx/v1/collections"))));
    if (!waitUntil([reply] { return reply->isFinished(); }, timeoutMs))
        return {};
    const QJsonArray result =
        QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("result")).toArray();
    return result.isEmpty() ? QString()
                            : result.first().toObject().value(QStringLiteral("address")).toString();
}

int mintNfts(const QUrl &sandboxUrl, const QString &address, const QString &collection, int count,
             qint64 firstTokenId, int timeoutMs, QString *error)
{
    constexpr int kInFlight = 6; // QNetworkAccessManager's connections per host
    QNetworkAccessManager nam;
    const QUrl url(sandboxUrl.toString() + QStringLiteral("/__sandbox/mint"));
    int next = 0;
    int minted = 0;
    int running = 0;
    std::function<void()> launch = [&] {
        while (running < kInFlight && next < count && error->isEmpty()) {
            QNetworkRequest request(url);
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            const QJsonObject body{{QStringLiteral("address"), address},
                                   {QStringLiteral("token_address"), collection},
                                   {QStringLiteral("token_id"), QString::number(firstTokenId + next)}};
            QNetworkReply *reply = nam.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
            ++next;
            ++running;
            QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply] {
                --running;
                if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200)
                    ++minted;
                else if (error->isEmpty())
                    *error = QStringLiteral("mint failed: %1").arg(QString::fromUtf8(reply->readAll()));
                reply->deleteLater();
                launch();
            });
        }
    };
    launch();
    if (!waitUntil([&] { return running == 0 && (next == count || !error->isEmpty()); }, timeoutMs) &&
        error->isEmpty())
        *error = QStringLiteral("minting timed out after %1 NFTs").arg(minted);
    return minted;
}

} // namespace stardeck::bench
