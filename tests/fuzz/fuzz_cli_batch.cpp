// SPDX-License-Identifier: MIT
// One `stardeck-cli crypto batch` line: any input gets exactly one answer, a JSON object on
// one line, carrying either "error" or output fields.
#include "BatchSession.h"
#include "FuzzCheck.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const stardeck::cli::BatchSession session;
    const QByteArray answer =
        session.answer(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    FUZZ_CHECK(!answer.contains('\n'));
    const QJsonDocument doc = QJsonDocument::fromJson(answer);
    FUZZ_CHECK(doc.isObject());
    FUZZ_CHECK(!doc.object().isEmpty());
    return 0;
}
