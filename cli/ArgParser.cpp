// SPDX-License-Identifier: MIT
#include "ArgParser.h"

#include <algorithm>

namespace stardeck::cli {

void ArgParser::addOption(const QString &name, const QString &valueName, const QString &description,
                          char shortName)
{
    m_options.append(Option{name, valueName, description, shortName, false, QString(), false, {}});
}

void ArgParser::addRepeatableOption(const QString &name, const QString &valueName, const QString &description)
{
    m_options.append(Option{name, valueName, description, 0, false, QString(), true, {}});
}

QStringList ArgParser::values(const QString &name) const
{
    const Option *o = find(name);
    return o ? o->values : QStringList();
}

ArgParser::Option *ArgParser::find(const QString &name)
{
    for (Option &o : m_options) {
        if (o.name == name)
            return &o;
    }
    return nullptr;
}

const ArgParser::Option *ArgParser::find(const QString &name) const
{
    return const_cast<ArgParser *>(this)->find(name);
}

bool ArgParser::parse(const QStringList &arguments)
{
    bool optionsEnded = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (optionsEnded || arg == QLatin1String("-") || !arg.startsWith(u'-')) {
            m_positional.append(arg);
            continue;
        }
        if (arg == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        Option *option = nullptr;
        QString inlineValue;
        bool hasInlineValue = false;
        if (arg.startsWith(QLatin1String("--"))) {
            QString name = arg.mid(2);
            const qsizetype eq = name.indexOf(u'=');
            if (eq >= 0) {
                inlineValue = name.mid(eq + 1);
                hasInlineValue = true;
                name.truncate(eq);
            }
            option = find(name);
        } else if (arg.size() == 2) {
            const auto it = std::find_if(m_options.begin(), m_options.end(), [&](const Option &o) {
                return o.shortName != 0 && QChar(QLatin1Char(o.shortName)) == arg.at(1);
            });
            option = it == m_options.end() ? nullptr : &*it;
        }
        if (!option) {
            m_error = QStringLiteral("unknown option '%1'").arg(arg);
            return false;
        }
        if (option->set && !option->repeatable) {
            m_error = QStringLiteral("option '--%1' given twice").arg(option->name);
            return false;
        }
        option->set = true;
        if (option->valueName.isEmpty()) {
            if (hasInlineValue) {
                m_error = QStringLiteral("option '--%1' takes no value").arg(option->name);
                return false;
            }
            continue;
        }
        if (hasInlineValue) {
            option->value = inlineValue;
        } else if (i + 1 < arguments.size()) {
            option->value = arguments.at(++i);
        } else {
            m_error = QStringLiteral("option '--%1' needs a value").arg(option->name);
            return false;
        }
        option->values.append(option->value);
    }
    return true;
}

bool ArgParser::isSet(const QString &name) const
{
    const Option *o = find(name);
    return o && o->set;
}

QString ArgParser::value(const QString &name) const
{
    const Option *o = find(name);
    return o && o->set ? o->value : QString();
}

QString ArgParser::optionsHelp() const
{
    QStringList heads;
    qsizetype width = 0;
    for (const Option &o : m_options) {
        QString head =
            o.shortName ? QStringLiteral("-%1, ").arg(QLatin1Char(o.shortName)) : QStringLiteral("    ");
        head += QLatin1String("--") + o.name;
        if (!o.valueName.isEmpty())
            head += u' ' + o.valueName;
        width = std::max(width, head.size());
        heads.append(head);
    }
    QString out;
    for (qsizetype i = 0; i < m_options.size(); ++i)
        out += QLatin1String("  ") + heads.at(i).leftJustified(width) + QLatin1String("  ") +
               m_options.at(i).description + u'\n';
    return out;
}

} // namespace stardeck::cli
