// SPDX-License-Identifier: MIT
#include "http/FaultInjector.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace stardeck::sandbox {

namespace {

bool routeMatches(const QString &pattern, const QString &route)
{
    // "*" never covers the admin API itself, or a fault could lock tests out of clearing it.
    if (pattern == QLatin1String("*"))
        return !route.startsWith(QLatin1String("admin."));
    if (pattern.endsWith(QLatin1String(".*")))
        return route.startsWith(pattern.left(pattern.size() - 1));
    return pattern == route;
}

//! A different value of the same JSON type, so clients notice only by checking the content.
QJsonValue altered(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toDouble() + 1;
    if (v.isBool())
        return !v.toBool();
    if (v.isString()) {
        QString s = v.toString();
        if (s.isEmpty())
            return QStringLiteral("1");
        const QChar last = s.back();
        s.back() = last == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
        return s;
    }
    return QStringLiteral("altered");
}

//! Alters the value of `key` in every object that has it, at any depth.
void visit(QJsonValue &v, const QString &key, bool &changed)
{
    if (v.isObject()) {
        QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key() == key) {
                it.value() = altered(it.value());
                changed = true;
            } else {
                QJsonValue child = it.value();
                visit(child, key, changed);
                it.value() = child;
            }
        }
        v = o;
    } else if (v.isArray()) {
        QJsonArray a = v.toArray();
        for (auto it = a.begin(); it != a.end(); ++it) {
            QJsonValue child = *it;
            visit(child, key, changed);
            *it = child;
        }
        v = a;
    }
}

QByteArray alterJson(const QByteArray &body, const QString &key)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isNull())
        return body;
    QJsonValue root = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    bool changed = false;
    visit(root, key, changed);
    if (!changed)
        return body;
    return root.isObject() ? QJsonDocument(root.toObject()).toJson(QJsonDocument::Compact)
                           : QJsonDocument(root.toArray()).toJson(QJsonDocument::Compact);
}

template <class E>
std::optional<E> enumValue(const QString &text, std::initializer_list<std::pair<const char *, E>> values)
{
    for (const auto &[name, value] : values) {
        if (text == QLatin1String(name))
            return value;
    }
    return std::nullopt;
}

} // namespace

std::optional<FaultRule> FaultRule::fromJson(const QJsonObject &json, QString *error)
{
    FaultRule rule;
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return std::optional<FaultRule>();
    };
    auto intField = [&](const QString &key, int min, int max, int &out) {
        const QJsonValue v = json.value(key);
        if (v.isUndefined())
            return true;
        if (!v.isDouble() || v.toDouble() != double(qint64(v.toDouble())) || v.toDouble() < min ||
            v.toDouble() > max)
            return false;
        out = int(v.toDouble());
        return true;
    };
    static const QStringList known = {
        QStringLiteral("route"),       QStringLiteral("methods"),     QStringLiteral("latency_ms"),
        QStringLiteral("status"),      QStringLiteral("retry_after"), QStringLiteral("body"),
        QStringLiteral("huge_bytes"),  QStringLiteral("drop"),        QStringLiteral("tamper_payload_hash"),
        QStringLiteral("alter_field"), QStringLiteral("times")};
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key()))
            return fail(QStringLiteral("unknown fault key: %1").arg(it.key()));
    }
    if (json.contains(QStringLiteral("route"))) {
        if (!json.value(QStringLiteral("route")).isString() ||
            json.value(QStringLiteral("route")).toString().isEmpty())
            return fail(QStringLiteral("route must be a non-empty string"));
        rule.route = json.value(QStringLiteral("route")).toString();
    }
    if (json.contains(QStringLiteral("methods"))) {
        const auto m =
            enumValue<Methods>(json.value(QStringLiteral("methods")).toString(),
                               {{"any", Methods::Any}, {"read", Methods::Read}, {"write", Methods::Write}});
        if (!m)
            return fail(QStringLiteral("methods must be any, read or write"));
        rule.methods = *m;
    }
    if (!intField(QStringLiteral("latency_ms"), 0, 600000, rule.latencyMs))
        return fail(QStringLiteral("latency_ms must be an integer in [0, 600000]"));
    if (!intField(QStringLiteral("status"), 100, 599, rule.status))
        return fail(QStringLiteral("status must be an HTTP status code"));
    if (!intField(QStringLiteral("retry_after"), 0, 86400, rule.retryAfter))
        return fail(QStringLiteral("retry_after must be seconds in [0, 86400]"));
    if (!intField(QStringLiteral("times"), 1, 1000000, rule.times))
        return fail(QStringLiteral("times must be a positive integer"));
    int huge = int(rule.hugeBytes);
    if (!intField(QStringLiteral("huge_bytes"), 1, 512 << 20, huge))
        return fail(QStringLiteral("huge_bytes must be in [1, 512 MiB]"));
    rule.hugeBytes = huge;
    if (json.contains(QStringLiteral("body"))) {
        const auto b =
            enumValue<Body>(json.value(QStringLiteral("body")).toString(), {{"normal", Body::Normal},
                                                                            {"malformed", Body::Malformed},
                                                                            {"truncated", Body::Truncated},
                                                                            {"huge", Body::Huge}});
        if (!b)
            return fail(QStringLiteral("body must be normal, malformed, truncated or huge"));
        rule.body = *b;
    }
    if (json.contains(QStringLiteral("drop"))) {
        const auto d = enumValue<Drop>(json.value(QStringLiteral("drop")).toString(),
                                       {{"none", Drop::None},
                                        {"before_execute", Drop::BeforeExecute},
                                        {"after_execute", Drop::AfterExecute}});
        if (!d)
            return fail(QStringLiteral("drop must be none, before_execute or after_execute"));
        rule.drop = *d;
    }
    if (json.contains(QStringLiteral("tamper_payload_hash"))) {
        if (!json.value(QStringLiteral("tamper_payload_hash")).isBool())
            return fail(QStringLiteral("tamper_payload_hash must be a boolean"));
        rule.tamperPayloadHash = json.value(QStringLiteral("tamper_payload_hash")).toBool();
    }
    if (json.contains(QStringLiteral("alter_field"))) {
        if (!json.value(QStringLiteral("alter_field")).isString())
            return fail(QStringLiteral("alter_field must be a string"));
        rule.alterField = json.value(QStringLiteral("alter_field")).toString();
    }
    if (rule.retryAfter >= 0 && rule.status == 0)
        return fail(QStringLiteral("retry_after needs a status"));
    return rule;
}

std::optional<FaultRule> FaultRule::fromSpec(const QString &spec, QString *error)
{
    QJsonObject json;
    for (const QString &part : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            if (error)
                *error = QStringLiteral("fault spec items are key=value, got '%1'").arg(part);
            return std::nullopt;
        }
        const QString key = part.left(eq).trimmed(), value = part.mid(eq + 1).trimmed();
        bool isInt = false;
        const qint64 n = value.toLongLong(&isInt);
        if (value == QLatin1String("true") || value == QLatin1String("false"))
            json.insert(key, value == QLatin1String("true"));
        else if (isInt)
            json.insert(key, double(n));
        else
            json.insert(key, value);
    }
    return fromJson(json, error);
}

QJsonObject FaultRule::toJson() const
{
    static const char *methodNames[] = {"any", "read", "write"};
    static const char *bodyNames[] = {"normal", "malformed", "truncated", "huge"};
    static const char *dropNames[] = {"none", "before_execute", "after_execute"};
    return QJsonObject{{QStringLiteral("route"), route},
                       {QStringLiteral("methods"), QLatin1String(methodNames[int(methods)])},
                       {QStringLiteral("latency_ms"), latencyMs},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("retry_after"), retryAfter},
                       {QStringLiteral("body"), QLatin1String(bodyNames[int(body)])},
                       {QStringLiteral("huge_bytes"), double(hugeBytes)},
                       {QStringLiteral("drop"), QLatin1String(dropNames[int(drop)])},
                       {QStringLiteral("tamper_payload_hash"), tamperPayloadHash},
                       {QStringLiteral("alter_field"), alterField},
                       {QStringLiteral("times"), times}};
}

std::optional<FaultRule> FaultInjector::take(const QString &routeName, const QByteArray &method)
{
    const bool read = method == "GET" || method == "HEAD";
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        FaultRule &rule = m_rules[i];
        if (!routeMatches(rule.route, routeName))
            continue;
        if ((rule.methods == FaultRule::Methods::Read && !read) ||
            (rule.methods == FaultRule::Methods::Write && read))
            continue;
        FaultRule applied = rule;
        if (rule.times > 0 && --rule.times == 0)
            m_rules.removeAt(i);
        return applied;
    }
    return std::nullopt;
}

QByteArray FaultInjector::corruptBody(const FaultRule &rule, const QByteArray &body)
{
    QByteArray out = body;
    if (rule.tamperPayloadHash)
        out = alterJson(out, QStringLiteral("payload_hash"));
    if (!rule.alterField.isEmpty())
        out = alterJson(out, rule.alterField);
    switch (rule.body) {
    case FaultRule::Body::Normal:
        break;
    case FaultRule::Body::Malformed:
        out = "{\"code\": \"sandbox_fault\", \"message\": unquoted garbage,]";
        break;
    case FaultRule::Body::Truncated:
        out = out.left(out.size() / 2);
        break;
    case FaultRule::Body::Huge: {
        // A syntactically valid JSON array padded to the requested size.
        QByteArray huge = "[\"";
        huge.reserve(rule.hugeBytes + 4);
        huge.append(QByteArray(qMax<qint64>(0, rule.hugeBytes - 4), 'x'));
        huge.append("\"]");
        out = huge;
        break;
    }
    }
    return out;
}

} // namespace stardeck::sandbox
