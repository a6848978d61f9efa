// SPDX-License-Identifier: MIT
#include "newdesigndialog.h"

#include "diagramstyle.h"
#include "catalog.h"
#include "designio.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <map>

namespace sd {

namespace {

constexpr int kIconSize = 32;

/// The summary under a template's name: the description's first sentence (descriptions are
/// hard-wrapped YAML blocks, so a raw first line would stop mid-sentence), at most ~110 characters.
QString summary(const QString &text)
{
    QString paragraph = text.trimmed().section(QStringLiteral("\n\n"), 0, 0).simplified();
    const qsizetype stop = paragraph.indexOf(QLatin1String(". "));
    if (stop > 0)
        paragraph.truncate(stop + 1);
    constexpr qsizetype kMax = 110;
    if (paragraph.size() > kMax)
        paragraph = paragraph.left(paragraph.lastIndexOf(QLatin1Char(' '), kMax)) + QStringLiteral("…");
    return paragraph;
}

/// A description as HTML: blank lines separate paragraphs, "- " lines stay list lines.
QString descriptionHtml(const QString &text)
{
    QString html;
    const QStringList paragraphs = text.trimmed().split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    for (const QString &paragraph : paragraphs) {
        QString out;
        const QStringList lines = paragraph.split(QLatin1Char('\n'));
        for (const QString &raw : lines) {
            const QString line = raw.trimmed();
            if (line.isEmpty())
                continue;
            const bool item = line.startsWith(QLatin1String("- ")) || line.startsWith(QLatin1String("* "));
            if (!out.isEmpty())
                out += item ? QStringLiteral("<br>") : QStringLiteral(" ");
            out += item ? QStringLiteral("• ") + line.mid(2).toHtmlEscaped() : line.toHtmlEscaped();
        }
        html += QStringLiteral("<p>%1</p>").arg(out);
    }
    return html;
}

QIcon blankIcon(const QPalette &palette)
{
    QPixmap pixmap(kIconSize * 2, kIconSize * 2);
    pixmap.setDevicePixelRatio(2);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    QPen pen(palette.color(QPalette::PlaceholderText), 1.5, Qt::DashLine);
    painter.setPen(pen);
    painter.drawRoundedRect(QRectF(5, 3, kIconSize - 10, kIconSize - 6), 3, 3);
    painter.drawLine(QPointF(kIconSize / 2.0, 11), QPointF(kIconSize / 2.0, kIconSize - 11));
    painter.drawLine(QPointF(11, kIconSize / 2.0), QPointF(kIconSize - 11, kIconSize / 2.0));
    return QIcon(pixmap);
}

} // namespace

NewDesignDialog::NewDesignDialog(const Catalog &catalog, QWidget *parent)
    : QDialog(parent), m_catalog(catalog), m_list(new QListWidget(this)), m_description(new QTextBrowser(this))
{
    setWindowTitle(tr("New Design"));
    setAccessibleName(tr("New design"));

    auto *intro = new QLabel(tr("Start from a blank canvas or from one of the examples:"), this);

    m_list->setAccessibleName(tr("Templates"));
    m_list->setIconSize(QSize(kIconSize, kIconSize));
    m_list->setSpacing(2);
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(false);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setMinimumWidth(300);

    auto *blank = new QListWidgetItem(blankIcon(palette()), tr("Blank design") + QLatin1Char('\n')
                                                                + tr("An empty canvas"),
                                      m_list);
    blank->setData(Qt::AccessibleTextRole, tr("Blank design"));

    for (const QString &path : examplePaths()) {
        LoadResult result = loadDesign(path, m_catalog);
        if (!result.ok()) {
            qWarning("stackdraft: bundled example %s does not load", qPrintable(path));
            continue;
        }
        const Design &example = *result.design;
        QString text = example.name;
        if (const QString line = summary(example.description); !line.isEmpty())
            text += QLatin1Char('\n') + line;
        auto *item = new QListWidgetItem(iconFor(example), text, m_list);
        item->setData(Qt::AccessibleTextRole, example.name);
        item->setToolTip(summary(example.description));
        m_examples.push_back(std::move(*result.design));
    }

    m_description->setAccessibleName(tr("Template description"));
    m_description->setOpenExternalLinks(false);
    m_description->setMinimumWidth(260);
    m_description->setFrameShape(QFrame::StyledPanel);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(m_list, &QListWidget::currentRowChanged, this, [this, buttons](int row) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(row >= 0);
        showDescription();
    });

    auto *panes = new QHBoxLayout;
    panes->addWidget(m_list, 3);
    panes->addWidget(m_description, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(panes, 1);
    layout->addWidget(buttons);

    m_list->setCurrentRow(0);
    m_list->setFocus();
    resize(720, 440);
}

QStringList NewDesignDialog::examplePaths()
{
    const QDir dir(QStringLiteral(":/examples"));
    QStringList paths;
    for (const QString &name : dir.entryList({QStringLiteral("*.stackdraft.yaml")}, QDir::Files, QDir::Name))
        paths.append(dir.filePath(name));
    return paths;
}

QIcon NewDesignDialog::iconFor(const Design &design) const
{
    // The most used kind stands for the design; ties go to the kind earlier in the palette.
    std::map<QString, int> uses;
    for (const Component &c : design.components())
        ++uses[c.kind];
    const KindSpec *best = nullptr;
    int bestUses = 0;
    for (const KindSpec *kind : m_catalog.kinds()) {
        auto it = uses.find(kind->id);
        if (it != uses.end() && it->second > bestUses) {
            best = kind;
            bestUses = it->second;
        }
    }
    if (best && QFile::exists(best->icon))
        return QIcon(best->icon);
    QPixmap pixmap(kIconSize * 2, kIconSize * 2);
    pixmap.setDevicePixelRatio(2);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(DiagramStyle::categoryColour(m_catalog, best ? best->category : QString()));
    painter.drawRoundedRect(QRectF(4, 4, kIconSize - 8, kIconSize - 8), 5, 5);
    return QIcon(pixmap);
}

void NewDesignDialog::showDescription()
{
    const int row = m_list->currentRow();
    if (row < 0) {
        m_description->clear();
        return;
    }
    if (row == 0) {
        m_description->setHtml(QStringLiteral("<h3>%1</h3><p>%2</p>")
                                   .arg(tr("Blank design").toHtmlEscaped(),
                                        tr("An empty canvas. Drag components from the palette, connect "
                                           "them, and group them in zones.")
                                            .toHtmlEscaped()));
        return;
    }
    const Design &example = m_examples.at(size_t(row - 1));
    auto plural = [](size_t n, const QString &one, const QString &many) { return (n == 1 ? one : many).arg(n); };
    const QStringList counts = {
        plural(example.components().size(), tr("%1 component"), tr("%1 components")),
        plural(example.connections().size(), tr("%1 connection"), tr("%1 connections")),
        plural(example.zones().size(), tr("%1 zone"), tr("%1 zones")),
    };
    QString html = QStringLiteral("<h3>%1</h3>").arg(example.name.toHtmlEscaped());
    html += descriptionHtml(example.description);
    html += QStringLiteral("<p><i>%1</i></p>").arg(counts.join(QStringLiteral(", ")).toHtmlEscaped());
    m_description->setHtml(html);
}

Design NewDesignDialog::design() const
{
    const int row = m_list->currentRow();
    if (row >= 1 && size_t(row - 1) < m_examples.size())
        return m_examples[size_t(row - 1)];
    Design blank;
    blank.name = tr("Untitled design");
    return blank;
}

} // namespace sd
