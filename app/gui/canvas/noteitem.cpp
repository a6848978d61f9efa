// SPDX-License-Identifier: MIT
#include "noteitem.h"

#include "canvasscene.h"
#include "commands.h"
#include "diagramstyle.h"
#include "notepainter.h"

#include <QGraphicsView>
#include <QKeyEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>

#include <cmath>

namespace sd {

namespace {
/// Notes stand above the cards of their level: a comment is read on top of what it is about.
constexpr qreal kNoteZ = 20;
constexpr qreal kGripSize = 10;
} // namespace

// --- NoteEditor ---------------------------------------------------------------------

NoteEditor::NoteEditor(NoteItem *note, const QString &text)
    : QGraphicsTextItem(note), m_note(note), m_original(text)
{
    setFont(NotePainter::textFont(note->canvas()->theme()));
    setDefaultTextColor(NotePainter::textColour(note->canvas()->theme().dark));
    document()->setDocumentMargin(0);
    setPlainText(text);
    setTextInteractionFlags(Qt::TextEditorInteraction);
    const QRectF box = NotePainter::textRect(note->rect().size());
    setPos(box.topLeft());
    setTextWidth(box.width());
    setZValue(1);
}

void NoteEditor::finish(bool commit)
{
    if (m_finished)
        return;
    m_finished = true;
    const QString text = toPlainText();
    clearFocus();
    // The note may be deleted by the command (never) or the scene rebuilt by it: report first.
    if (commit && text != m_original)
        m_note->editorClosed(&text);
    else
        m_note->editorClosed(nullptr);
}

void NoteEditor::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        finish(false);
        event->accept();
        return;
    }
    // Ctrl+Enter ends the editing too (Enter alone is a new line in a note).
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && (event->modifiers() & Qt::ControlModifier)) {
        finish(true);
        event->accept();
        return;
    }
    QGraphicsTextItem::keyPressEvent(event);
    m_note->fitToEditor();
}

void NoteEditor::focusOutEvent(QFocusEvent *event)
{
    QGraphicsTextItem::focusOutEvent(event);
    // A popup (the context menu of the text) takes the focus for a while; anything else ends it.
    if (event->reason() != Qt::PopupFocusReason)
        finish(true);
}

// --- NoteItem -----------------------------------------------------------------------

NoteItem::NoteItem(CanvasScene *scene, const QString &id) : ModelItem(scene, id)
{
    setFlag(ItemIsSelectable);
    setAcceptHoverEvents(true);
    syncFromModel();
}

QRectF NoteItem::boundingRect() const
{
    // The shadow, the selection frame and the grip stick out a little.
    return rect().adjusted(-4, -4, 5, 6);
}

void NoteItem::syncFromModel()
{
    const Note *n = canvas()->design().note(id());
    if (!n)
        return;
    prepareGeometryChange();
    m_previewSize = QSizeF();
    m_ownSize = NotePainter::storedSize(*n);
    m_drawnSize = NotePainter::drawnSize(canvas()->theme(), *n);
    ZoneItem *parent = canvas()->zoneItem(n->zone);
    if (parentItem() != parent)
        setParentItem(parent);
    setPos(n->position);
    setZValue(kNoteZ);
    setToolTip(n->text.isEmpty() ? tr("Note: double-click to write") : QString());
    if (m_editor)
        fitToEditor();
    update();
}

void NoteItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const Note *n = canvas()->design().note(id());
    if (!n)
        return;
    Note shown = *n;
    if (m_editor)
        shown.text.clear(); // the editor draws the text being typed
    NotePainter::paintNote(painter, canvas()->theme(), shown, m_drawnSize, isSelected(),
                           m_editor ? QString() : tr("Double-click to write"));
    if (isSelected() && !m_editor) {
        // The resize grip: three short diagonal strokes in the bottom-right corner.
        painter->setPen(QPen(canvas()->theme().highlight, 1.5));
        const QPointF c = rect().bottomRight();
        for (int i = 1; i <= 3; ++i)
            painter->drawLine(c + QPointF(-3.0 * i, -1), c + QPointF(-1, -3.0 * i));
    }
}

bool NoteItem::isOnResizeGrip(QPointF scenePos) const
{
    if (!isSelected() || m_editor)
        return false;
    const QPointF p = mapFromScene(scenePos);
    const QRectF grip(rect().bottomRight() - QPointF(kGripSize + 2, kGripSize + 2), QSizeF(kGripSize + 6, kGripSize + 6));
    return grip.contains(p);
}

void NoteItem::previewSize(QSizeF size)
{
    const Note *n = canvas()->design().note(id());
    if (!n)
        return;
    Note resized = *n;
    resized.size = size;
    m_previewSize = size;
    prepareGeometryChange();
    m_drawnSize = NotePainter::drawnSize(canvas()->theme(), resized);
    update();
}

void NoteItem::startEditing()
{
    const Note *n = canvas()->design().note(id());
    if (!n || m_editor)
        return;
    m_editor = new NoteEditor(this, n->text);
    m_editor->setFocus(Qt::MouseFocusReason);
    QTextCursor cursor = m_editor->textCursor();
    cursor.movePosition(QTextCursor::End);
    m_editor->setTextCursor(cursor);
    update();
}

void NoteItem::fitToEditor()
{
    if (!m_editor)
        return;
    const QRectF box = NotePainter::textRect(m_ownSize);
    m_editor->setTextWidth(box.width());
    const qreal needed = std::ceil(m_editor->boundingRect().height() + 2 * NotePainter::kPadding);
    const QSizeF grown(m_ownSize.width(), std::max(m_ownSize.height(), needed));
    if (grown != m_drawnSize) {
        prepareGeometryChange();
        m_drawnSize = grown;
        update();
    }
}

void NoteItem::editorClosed(const QString *newText)
{
    NoteEditor *editor = m_editor;
    m_editor = nullptr;
    if (editor) {
        editor->hide();
        editor->deleteLater();
    }
    CanvasScene *scene = canvas();
    // Back to the canvas's keyboard: Delete, arrows and shortcuts act on the selection again.
    if (!scene->views().isEmpty())
        scene->views().first()->setFocus();
    if (newText)
        scene->document()->undoStack()->push(new SetNoteText(scene->document(), id(), *newText));
    else
        syncFromModel();
}

} // namespace sd
