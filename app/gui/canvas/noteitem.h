// SPDX-License-Identifier: MIT
#pragma once

#include "canvasitems.h"

#include <QCoreApplication>
#include <QGraphicsTextItem>

namespace sd {

class NoteItem;

/**
 * The in-place editor of a note's text: plain text in the note's own font, over the note, so
 * that it scales with the view. Esc cancels; clicking outside (focus leaving it) commits, as
 * one undo step (SetNoteText).
 */
class NoteEditor : public QGraphicsTextItem
{
public:
    NoteEditor(NoteItem *note, const QString &text);
    /// Ends the editing: `commit` pushes the new text when it differs. Deletes the editor later.
    void finish(bool commit);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    NoteItem *m_note;
    QString m_original;
    bool m_finished = false;
};

/// A text note: a sticky note on the canvas (NotePainter), moved, resized and deleted like a card.
class NoteItem : public ModelItem
{
    Q_DECLARE_TR_FUNCTIONS(NoteItem)

public:
    enum { Type = NoteItemType };
    NoteItem(CanvasScene *scene, const QString &id);
    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    void syncFromModel() override;

    /// The note as drawn: its own width, and as tall as its text needs (never cut off).
    QRectF rect() const { return QRectF(QPointF(), m_drawnSize); }
    /// Whether the resize grip (bottom-right, selected only) is at `scenePos`.
    bool isOnResizeGrip(QPointF scenePos) const;
    /// Shows a size while resizing, before the command is pushed.
    void previewSize(QSizeF size);
    /// The size the resize shows (invalid when none was previewed since the last sync).
    QSizeF previewedSize() const { return m_previewSize; }

    /// Opens the in-place editor over the note (double-click, F2, a new note).
    void startEditing();
    bool isEditing() const { return m_editor != nullptr; }
    NoteEditor *editor() const { return m_editor; }

private:
    friend class NoteEditor;
    void editorClosed(const QString *newText);
    void fitToEditor();

    QSizeF m_ownSize;   ///< the stored size (or the default)
    QSizeF m_drawnSize; ///< grown to fit the text
    QSizeF m_previewSize;
    NoteEditor *m_editor = nullptr;
};

} // namespace sd
