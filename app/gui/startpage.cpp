// SPDX-License-Identifier: MIT
#include "startpage.h"

#include "catalog.h"
#include "designio.h"
#include "diagramrender.h"
#include "docks/newdesigndialog.h"
#include "document.h"
#include "viewportoverlay.h"

#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace sd {

namespace {
constexpr int kRecentShown = 4;
constexpr int kMaxExampleColumns = 5; // the bundled examples in one row where the canvas is wide enough
const QSize kThumbnail(150, 90);

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}
} // namespace

StartPage::StartPage(Document *document, QWidget *viewport)
    : QFrame(viewport), m_document(document)
{
    setObjectName(QStringLiteral("startPage"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);

    auto *title = new QLabel(tr("Start a design"), this);
    QFont big = title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.5);
    title->setFont(big);
    auto *hint = new QLabel(tr("Drag components from the palette onto the canvas, or:"), this);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto *newButton = new QPushButton(tr("New Design…"), this);
    newButton->setObjectName(QStringLiteral("startNew"));
    auto *openButton = new QPushButton(tr("Open…"), this);
    openButton->setObjectName(QStringLiteral("startOpen"));
    connect(newButton, &QPushButton::clicked, this, &StartPage::newRequested);
    connect(openButton, &QPushButton::clicked, this, &StartPage::openRequested);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(newButton);
    buttons->addWidget(openButton);
    buttons->addStretch();

    m_recentTitle = heading(tr("Recent"), this);
    m_recent = new QVBoxLayout;
    m_recent->setSpacing(0);
    m_examplesTitle = heading(tr("Examples"), this);
    m_exampleGrid = new QGridLayout;
    m_exampleGrid->setSpacing(6);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSizeConstraint(QLayout::SetFixedSize); // always as large as its contents, never stretched
    layout->addWidget(title);
    layout->addWidget(hint);
    layout->addLayout(buttons);
    layout->addSpacing(10);
    layout->addWidget(m_recentTitle);
    layout->addLayout(m_recent);
    layout->addSpacing(10);
    layout->addWidget(m_examplesTitle);
    layout->addLayout(m_exampleGrid);

    viewport->installEventFilter(this);
    followScrolling(this, viewport, [this] { placeInMiddle(); });
    connect(document, &Document::changed, this, &StartPage::updateVisibility);
    connect(document, &Document::designReset, this, &StartPage::updateVisibility);
    connect(document, &Document::fileNameChanged, this, &StartPage::updateVisibility);
    hide();
    // Decided once the event loop runs: a file opened at start-up (the command line, a recovery) is loaded by
    // then, and the examples (about 40 ms to load and draw) are not made for a page nobody sees.
    QTimer::singleShot(0, this, &StartPage::updateVisibility);
}

bool StartPage::wanted() const
{
    const Design &d = m_document->design();
    return m_document->fileName().isEmpty() && d.components().empty() && d.zones().empty() && !m_dragOver;
}

void StartPage::updateVisibility()
{
    if (!wanted()) {
        hide();
        return;
    }
    if (!isVisible()) {
        fillRecent(); // the list may have grown since the page was last shown
        fillExamples();
        layout()->activate();
        placeInMiddle();
        show();
        raise();
    }
}

void StartPage::fillRecent()
{
    while (QLayoutItem *item = m_recent->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    QStringList files = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    files.erase(std::remove_if(files.begin(), files.end(), [](const QString &f) { return !QFileInfo::exists(f); }),
                files.end());
    for (const QString &path : files.mid(0, kRecentShown)) {
        const QFileInfo info(path);
        auto *button = new QToolButton(this);
        button->setObjectName(QStringLiteral("startRecent"));
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setText(QStringLiteral("%1   —   %2").arg(info.fileName(), QDir::toNativeSeparators(info.absolutePath())));
        button->setToolTip(QDir::toNativeSeparators(info.absoluteFilePath()));
        connect(button, &QToolButton::clicked, this, [this, path] { Q_EMIT openFileRequested(path); });
        m_recent->addWidget(button, 0, Qt::AlignLeft);
    }
    m_recentTitle->setVisible(!m_recent->isEmpty());
}

void StartPage::fillExamples()
{
    if (m_examplesFilled)
        return;
    m_examplesFilled = true;
    for (const QString &path : NewDesignDialog::examplePaths()) {
        LoadResult result = loadDesign(path, m_document->catalog());
        if (result.ok())
            m_examples.push_back(std::move(*result.design));
    }
    const int cell = kThumbnail.width() + 16;
    for (size_t i = 0; i < m_examples.size(); ++i) {
        const Design &example = m_examples[i];
        auto *button = new QToolButton(this);
        button->setObjectName(QStringLiteral("startExample"));
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
        button->setIconSize(kThumbnail);
        button->setIcon(thumbnail(example));
        // Every cell as wide as its picture: a long name is cut with "…" and whole in the tooltip.
        button->setText(button->fontMetrics().elidedText(example.name, Qt::ElideRight, kThumbnail.width()));
        button->setFixedWidth(cell);
        button->setToolTip(tr("A new, untitled design from the example “%1”").arg(example.name));
        connect(button, &QToolButton::clicked, this, [this, i] { Q_EMIT exampleRequested(m_examples[i]); });
        m_exampleButtons.push_back(button);
    }
    m_examplesTitle->setVisible(!m_examples.empty());
    layOutExamples();
}

void StartPage::layOutExamples()
{
    // As many columns as the canvas has room for: one row on a wide window, a grid on a narrow one.
    const int cell = kThumbnail.width() + 16 + m_exampleGrid->spacing();
    const int room = parentWidget() ? parentWidget()->width() - 80 : cell * 3;
    const int columns = std::clamp(room / cell, 2, kMaxExampleColumns);
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (QWidget *button : m_exampleButtons)
        m_exampleGrid->removeWidget(button);
    for (size_t i = 0; i < m_exampleButtons.size(); ++i)
        m_exampleGrid->addWidget(m_exampleButtons[i], int(i) / columns, int(i) % columns);
    layout()->activate();
    placeInMiddle();
}

QIcon StartPage::thumbnail(const Design &design) const
{
    const DiagramTheme theme = DiagramTheme::fromPalette(palette(), QApplication::font());
    DiagramOptions options;
    options.margin = 20;
    const DiagramRenderer renderer(design, m_document->catalog(), theme, options);
    const qreal ratio = 2; // crisp on high-density screens, and small either way
    QPixmap pixmap(kThumbnail * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(theme.background);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.paint(&painter, QRectF(QPointF(), QSizeF(kThumbnail)));
    painter.setPen(palette().color(QPalette::Mid));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(QPointF(), QSizeF(kThumbnail)).adjusted(0.5, 0.5, -0.5, -0.5));
    painter.end();
    return QIcon(pixmap);
}

void StartPage::placeInMiddle()
{
    if (const QWidget *viewport = parentWidget())
        move(std::max(0, (viewport->width() - width()) / 2), std::max(0, (viewport->height() - height()) / 2));
}

bool StartPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget()) {
        switch (event->type()) {
        case QEvent::Resize:
            if (m_examplesFilled)
                layOutExamples();
            placeInMiddle();
            break;
        case QEvent::DragEnter:
            // Out of the way while a component is dragged in, so the drop point can be seen.
            m_dragOver = true;
            hide();
            break;
        case QEvent::DragLeave:
        case QEvent::Drop:
            // After the canvas has taken the drop: the design then holds it and the page stays away.
            QTimer::singleShot(0, this, [this] {
                m_dragOver = false;
                updateVisibility();
            });
            break;
        default:
            break;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace sd
