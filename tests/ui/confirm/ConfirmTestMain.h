// SPDX-License-Identifier: MIT
#pragma once
// A QTest main for the confirmation tests: local time is UTC and the locale is en_US, so expiry and
// number texts can be compared with literals.

#include <QApplication>
#include <QLocale>
#include <QTest>

#define STARDECK_CONFIRM_TEST_MAIN(TestClass)                                                                \
    int main(int argc, char **argv)                                                                          \
    {                                                                                                        \
        qputenv("TZ", "UTC");                                                                                \
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));                               \
        QApplication app(argc, argv);                                                                        \
        app.setAttribute(Qt::AA_Use96Dpi, true);                                                             \
        TestClass test;                                                                                      \
        return QTest::qExec(&test, argc, argv);                                                              \
    }
