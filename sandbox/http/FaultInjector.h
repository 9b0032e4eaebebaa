// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace stardeck::sandbox {

//! One fault, applied to requests whose route name matches `route` (exact, a "prefix.*" glob,
//! or "*") and whose method class matches `methods`.
struct FaultRule {
    enum class Methods {
        Any,
        Read,
        Write
    }; //!< Read = GET/HEAD, Write = everything else
    enum class Body {
        Normal,
        Malformed,
        Truncated,
        Huge
    };
    enum class Drop {
        None,
        BeforeExecute,
        AfterExecute
    };

    QString route = QStringLiteral("*");
    Methods methods = Methods::Any;
    int latencyMs = 0;              //!< delay before answering
    int status = 0;                 //!< answer with this status (service error body) instead of the handler
    int retryAfter = -1;            //!< seconds for a Retry-After header (with status), -1 = none
    Body body = Body::Normal;       //!< corrupt the handler's body
    qint64 hugeBytes = 32 << 20;    //!< size of a Huge body
    Drop drop = Drop::None;         //!< close the connection without answering
    bool tamperPayloadHash = false; //!< change payload_hash in a JSON answer
    QString alterField;             //!< change this field's value in a JSON answer
    int times = -1;                 //!< how many requests it applies to; -1 = until cleared

    //! Parses {"route", "methods", "latency_ms", "status", "retry_after", "body", "huge_bytes",
    //! "drop", "tamper_payload_hash", "alter_field", "times"}; unknown keys or bad values are errors.
    static std::optional<FaultRule> fromJson(const QJsonObject &json, QString *error);
    //! Parses the --fault flag form "route=imx.*,status=503,times=2" (same keys).
    static std::optional<FaultRule> fromSpec(const QString &spec, QString *error);
    QJsonObject toJson() const;
};

//! The active fault rules. The server asks it once per request.
class FaultInjector {
public:
    void add(const FaultRule &rule) { m_rules.append(rule); }
    void clear() { m_rules.clear(); }
    const QList<FaultRule> &rules() const { return m_rules; }

    //! The first rule matching this request, consuming one of its `times`.
    std::optional<FaultRule> take(const QString &routeName, const QByteArray &method);

    //! Applies the body/tamper parts of a rule to a response body.
    static QByteArray corruptBody(const FaultRule &rule, const QByteArray &body);

private:
    QList<FaultRule> m_rules;
};

} // namespace stardeck::sandbox
