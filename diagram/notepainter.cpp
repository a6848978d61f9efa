// SPDX-License-Identifier: MIT
#include "notepainter.h"

#include "design.h"
#include "diagramstyle.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace sd::NotePainter {

namespace {

/// The shades of each note colour: pastel on a light canvas, muted on a dark one, so dark text
/// (light text) reads on every one of them.
struct Shades {
    NoteColour colour;
    QRgb light;
    QRgb dark;
};

constexpr Shades kShades[] = {
    {NoteColour::Yellow, 0xFFF6BF, 0x5E5424},
    {NoteColour::Blue, 0xDCEBFF, 0x2B4560},
    {NoteColour::Green, 0xDDF3D3, 0x2E4F32},
    {NoteColour::Pink, 0xFFE0EA, 0x5E3243},
    {NoteColour::Grey, 0xECECEA, 0x464646},
};

} // namespace

QSizeF storedSize(const Note &note) { return note.size.isEmpty() ? kDefaultNoteSize : note.size; }

QFont textFont(const DiagramTheme &theme) { return theme.font(kTextPixelSize); }

QRectF textRect(QSizeF size) { return QRectF(QPointF(), size).adjusted(kPadding, kPadding, -kPadding, -kPadding); }

QColor fill(NoteColour colour, bool dark)
{
    for (const Shades &s : kShades)
        if (s.colour == colour)
            return QColor::fromRgb(dark ? s.dark : s.light);
    return QColor::fromRgb(dark ? kShades[0].dark : kShades[0].light);
}

QColor textColour(bool dark) { return dark ? QColor(0xF2, 0xF2, 0xF2) : QColor(0x2A, 0x2A, 0x2A); }

QStringList wrappedLines(const QString &text, const QFont &font, qreal width)
{
    QStringList lines;
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    // QTextLayout wraps one paragraph; the user's line breaks start new ones.
    const QStringList paragraphs = text.split(QLatin1Char('\n'));
    for (const QString &paragraph : paragraphs) {
        if (paragraph.isEmpty()) {
            lines.append(QString());
            continue;
        }
        QTextLayout layout(paragraph, font);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(std::max<qreal>(1, width));
            lines.append(paragraph.mid(line.textStart(), line.textLength()).trimmed());
        }
        layout.endLayout();
    }
    return lines;
}

QSizeF drawnSize(const DiagramTheme &theme, const Note &note)
{
    const QSizeF own = storedSize(note);
    const QFont font = textFont(theme);
    const int lines = int(wrappedLines(note.text, font, textRect(own).width()).size());
    const qreal needed = 2 * kPadding + lines * QFontMetricsF(font).lineSpacing();
    return QSizeF(own.width(), std::max(own.height(), std::ceil(needed)));
}

void paintNote(QPainter *painter, const DiagramTheme &theme, const Note &note, QSizeF size, bool selected,
               const QString &placeholder)
{
    const QRectF rect(QPointF(), size);
    const QColor paper = fill(note.colour, theme.dark);
    painter->save();
    // A soft shadow below and to the right lifts the note off the canvas, as a sticky note is.
    painter->setPen(Qt::NoPen);
    painter->setBrush(DiagramStyle::mixed(QColor(Qt::black), theme.background, theme.dark ? 0.45 : 0.16));
    painter->drawRoundedRect(rect.translated(2, 3), 3, 3);
    painter->setBrush(paper);
    painter->setPen(QPen(DiagramStyle::mixed(QColor(Qt::black), paper, 0.18), 1));
    painter->drawRoundedRect(rect, 3, 3);
    // The glued strip at the top, a shade darker.
    painter->setPen(Qt::NoPen);
    painter->setBrush(DiagramStyle::mixed(QColor(Qt::black), paper, 0.06));
    painter->drawRect(QRectF(rect.left() + 0.5, rect.top() + 0.5, rect.width() - 1, 6));
    if (selected) {
        painter->setPen(QPen(theme.highlight, 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(rect.adjusted(-2, -2, 2, 2), 4, 4);
    }
    const QFont font = textFont(theme);
    painter->setFont(font);
    const QRectF box = textRect(size);
    const bool empty = note.text.trimmed().isEmpty();
    const QColor ink = textColour(theme.dark);
    painter->setPen(empty ? DiagramStyle::mixed(ink, paper, 0.45) : ink);
    const QFontMetricsF metrics(font);
    qreal baseline = box.top() + metrics.ascent();
    for (const QString &line : wrappedLines(empty ? placeholder : note.text, font, box.width())) {
        if (!line.isEmpty())
            painter->drawText(QPointF(box.left(), baseline), line);
        baseline += metrics.lineSpacing();
    }
    painter->restore();
}

} // namespace sd::NotePainter
