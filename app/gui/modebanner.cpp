// SPDX-License-Identifier: MIT
#include "modebanner.h"

#include <QLabel>
#include <QMainWindow>

namespace sd {

namespace {
struct Colours {
    const char *background, *border, *text;
};
Colours coloursOf(ModeBanner::Tone tone)
{
    switch (tone) {
    case ModeBanner::Tone::Simulation:
        return {"#fde8e6", "#d93025", "#5c0f0a"};
    case ModeBanner::Tone::Compare:
        break;
    }
    return {"#fff4d6", "#f0c040", "#3a3000"};
}
} // namespace

ModeBanner::ModeBanner(const QString &title, const QString &name, Tone tone, QMainWindow *window)
    : QToolBar(title, window)
{
    setObjectName(name);
    setMovable(false);
    setFloatable(false);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    const Colours c = coloursOf(tone);
    setStyleSheet(QStringLiteral("QToolBar#%1 { background: %2; border-bottom: 1px solid %3; }"
                                 "QToolBar#%1 QLabel { color: %4; }"
                                 // The end button must read as a button on the tint, not as more text.
                                 "QToolBar#%1 QToolButton { color: %4; border: 1px solid %3; border-radius: 3px;"
                                 " padding: 2px 10px; margin: 2px 4px; }"
                                 "QToolBar#%1 QToolButton:hover { background: %3; color: white; }")
                      .arg(name, QLatin1String(c.background), QLatin1String(c.border), QLatin1String(c.text)));
    m_text = new QLabel(this);
    m_text->setObjectName(name + QStringLiteral("Text"));
    m_text->setContentsMargins(8, 0, 8, 0);
    m_text->setTextFormat(Qt::RichText);
    addWidget(m_text);
    window->addToolBarBreak(Qt::TopToolBarArea);
    window->addToolBar(Qt::TopToolBarArea, this);
    hide();
}

void ModeBanner::setText(const QString &html)
{
    m_text->setText(html);
}

QString ModeBanner::text() const
{
    return m_text->text();
}

QAction *ModeBanner::addEndAction(const QString &text, const QString &toolTip, const QString &name)
{
    QAction *end = addAction(text);
    end->setObjectName(name);
    end->setToolTip(toolTip);
    return end;
}

} // namespace sd
