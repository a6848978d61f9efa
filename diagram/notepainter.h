// SPDX-License-Identifier: MIT
#pragma once

#include "diagrampainter.h"

#include <QColor>
#include <QFont>
#include <QSizeF>
#include <QString>
#include <QStringList>

class QPainter;

namespace sd {

struct Note;

/**
 * How a text note looks, on the canvas and in every picture: a sticky note in one of the
 * fixed colours, its text wrapped to the note's width. A note never cuts its text off: it is
 * drawn taller than its stored size when the text needs more lines (drawnSize()).
 */
namespace NotePainter {

/// Text size in scene units.
constexpr qreal kTextPixelSize = 13;
/// Space between the note's edge and its text.
constexpr qreal kPadding = 12;

/// The note's own size: the stored one, or kDefaultNoteSize.
QSizeF storedSize(const Note &note);
/// The size the note is drawn at: its own width, and at least the height its wrapped text needs.
QSizeF drawnSize(const DiagramTheme &theme, const Note &note);
/// The text's font.
QFont textFont(const DiagramTheme &theme);
/// Where the text goes inside a note of `size` (in the note's coordinates).
QRectF textRect(QSizeF size);
/// The fill of a note of this colour, for a light or a dark canvas.
QColor fill(NoteColour colour, bool dark);
/// The text colour on that fill.
QColor textColour(bool dark);
/// `text` broken into the lines it is drawn in, `width` wide: at word boundaries where it can,
/// anywhere inside a word longer than a line; the user's line breaks are kept.
QStringList wrappedLines(const QString &text, const QFont &font, qreal width);

/**
 * Paints a note in its own coordinates (top-left at 0,0), `size` being drawnSize(). An empty
 * note shows `placeholder` in a lighter colour (the canvas's hint; pictures pass none). Text is
 * drawn as text, so that PDF and SVG keep it searchable.
 */
void paintNote(QPainter *painter, const DiagramTheme &theme, const Note &note, QSizeF size, bool selected,
               const QString &placeholder = {});

} // namespace NotePainter
} // namespace sd
