// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace stardeck::cli {

//! A small GNU-style option parser for one (sub)command: "--name value", "--name=value",
//! flags, one-letter aliases, "--" to end options. Unlike QCommandLineParser it never exits
//! the process and leaves usage text and exit codes to the caller.
class ArgParser {
public:
    //! Declares an option; an empty `valueName` makes it a flag. `shortName` may be 0.
    void addOption(const QString &name, const QString &valueName, const QString &description,
                   char shortName = 0);

    //! Declares an option that takes a value and may be given several times (see values()).
    void addRepeatableOption(const QString &name, const QString &valueName, const QString &description);

    //! Parses arguments (without the program and command words). False on an unknown option, a
    //! missing value, a value given to a flag or an option given twice; see errorText().
    bool parse(const QStringList &arguments);

    //! True when the option was given.
    bool isSet(const QString &name) const;
    //! The value of an option, or a null QString when absent.
    QString value(const QString &name) const;
    //! Every value of an option, in order (one for a plain option, any number for a repeatable one).
    QStringList values(const QString &name) const;
    //! The arguments that are not options, in order.
    const QStringList &positional() const { return m_positional; }
    //! Why parse() failed.
    const QString &errorText() const { return m_error; }

    //! Help lines for the declared options, aligned.
    QString optionsHelp() const;

private:
    struct Option {
        QString name;
        QString valueName;
        QString description;
        char shortName = 0;
        bool set = false;
        QString value;
        bool repeatable = false;
        QStringList values;
    };

    Option *find(const QString &name);
    const Option *find(const QString &name) const;

    QList<Option> m_options;
    QStringList m_positional;
    QString m_error;
};

} // namespace stardeck::cli
