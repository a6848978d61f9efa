// SPDX-License-Identifier: MIT
#pragma once

#include <QToolBar>

class QLabel;
class QMainWindow;

namespace sd {

/**
 * A tinted strip across the top of the window while the canvas shows something other than the design as it is
 * (a comparison, a simulated failure): it says what is shown and holds the button that ends it, so such a mode
 * can never pass for the normal view.
 */
class ModeBanner : public QToolBar
{
    Q_OBJECT

public:
    enum class Tone {
        Compare,   ///< amber: the canvas marks changes
        Simulation ///< red: the canvas shows a failure
    };

    /// Adds itself below the window's tool bars, hidden. `name` is the object name (its label gets name + "Text").
    ModeBanner(const QString &title, const QString &name, Tone tone, QMainWindow *window);

    /// Rich text: what the mode shows.
    void setText(const QString &html);
    QString text() const;
    /// The button that ends the mode, after any widgets added before it.
    QAction *addEndAction(const QString &text, const QString &toolTip, const QString &name);

private:
    QLabel *m_text = nullptr;
};

} // namespace sd
