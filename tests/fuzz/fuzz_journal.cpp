// SPDX-License-Identifier: MIT
// The submission journal file: arbitrary bytes never crash the strict reader; whatever it accepts
// serializes to a fixed point and reads back as the same entries; version 1 input (no "expect")
// is always written back as version 2.
#include "FuzzCheck.h"
#include "wallet/SubmissionJournal.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

using namespace stardeck;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto parsed = wallet::parseJournal(input);
    if (!parsed) {
        FUZZ_CHECK(parsed.error().failure == wallet::WalletFailure::Storage);
        FUZZ_CHECK(!parsed.error().message.isEmpty());
        return 0;
    }
    const QByteArray once = wallet::serializeJournal(parsed.value());
    FUZZ_CHECK(QJsonDocument::fromJson(once).object().value(QLatin1String("version")).toInt() == 2);
    const auto again = wallet::parseJournal(once);
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(again.value() == parsed.value());
    FUZZ_CHECK(wallet::serializeJournal(again.value()) == once);
    return 0;
}
