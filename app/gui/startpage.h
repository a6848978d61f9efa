// SPDX-License-Identifier: MIT
#pragma once

#include "design.h"

#include <QFrame>

#include <vector>

class QGridLayout;
class QLabel;
class QVBoxLayout;

namespace sd {

class Catalog;
class Document;

/**
 * What a new user sees on an empty canvas: New, Open, the recently opened files and the bundled examples with a
 * picture of each (drawn by the diagram renderer the exports use). It floats in the middle of the canvas while
 * the document is an untitled, empty design and goes as soon as the design holds anything or has a file.
 * Drags from the palette pass through it to the canvas (it accepts no drops), and it steps aside while one is
 * over the canvas.
 */
class StartPage : public QFrame
{
    Q_OBJECT

public:
    StartPage(Document *document, QWidget *viewport);

    /// Whether the page belongs on the canvas now (an untitled, empty design).
    bool wanted() const;
    /// The examples offered, in the order shown.
    const std::vector<Design> &examples() const { return m_examples; }

Q_SIGNALS:
    void newRequested();
    void openRequested();
    void openFileRequested(const QString &path);
    void exampleRequested(const sd::Design &example);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateVisibility();
    void fillRecent();
    void fillExamples();
    void layOutExamples();
    void placeInMiddle();
    QIcon thumbnail(const Design &design) const;

    Document *m_document;
    QLabel *m_recentTitle = nullptr;
    QVBoxLayout *m_recent = nullptr;
    QLabel *m_examplesTitle = nullptr;
    QGridLayout *m_exampleGrid = nullptr;
    std::vector<Design> m_examples; ///< loaded when the page is first shown
    bool m_examplesFilled = false;
    std::vector<QWidget *> m_exampleButtons;
    int m_columns = 0;
    bool m_dragOver = false;
};

} // namespace sd
