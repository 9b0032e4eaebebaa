// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QLabel;

namespace stardeck::ui {

//! Help > About: product name, version (QCoreApplication::applicationVersion()), Qt version, license.
class AboutDialog : public QDialog {
    Q_OBJECT

public:
    //! Builds the dialog from the application's version and icon.
    explicit AboutDialog(QWidget *parent = nullptr);

    //! The label that shows the version line.
    QLabel *versionLabel() const { return m_versionLabel; }

private:
    QLabel *m_versionLabel = nullptr;
};

} // namespace stardeck::ui
