// SPDX-License-Identifier: MIT
#include "htmlpdf.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QAbstractTextDocumentLayout>
#include <QSvgRenderer>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextOption>
#include <QTextTable>
#include <QUrl>

#include <algorithm>
#include <optional>
#include <vector>

namespace sd {

namespace {

/// Qt's rich text knows no inline SVG: the first figure's <svg> is replaced by a picture of it.
void replaceDiagram(QString &html, QTextDocument &document, const QSizeF &page)
{
    const qsizetype figure = html.indexOf(QLatin1String("<figure>"));
    const qsizetype start = html.indexOf(QLatin1String("<svg"), figure);
    const qsizetype end = html.indexOf(QLatin1String("</svg>"), start);
    if (figure < 0 || start <= figure || end <= start)
        return;
    const qsizetype length = end + 6 - start;
    QSvgRenderer renderer(html.mid(start, length).toUtf8());
    const QSizeF box = renderer.viewBoxF().size();
    if (!renderer.isValid() || box.isEmpty())
        return;
    // As wide as the text, but never taller than most of a page (tall designs shrink).
    const double width = std::min(page.width() - 2 * document.documentMargin() - 4, page.height() * 0.6 * box.width() / box.height());
    QImage image(QSize(2400, std::max(1, int(2400 * box.height() / box.width()))), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    renderer.render(&painter);
    painter.end();
    document.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("stackdraft:diagram")), image);
    html.replace(start, length, QStringLiteral("<p><img src=\"stackdraft:diagram\" width=\"%1\" height=\"%2\"/></p>")
                                    .arg(int(width))
                                    .arg(int(width * box.height() / box.width())));
}

/// Qt's rich text draws no borders on blocks: the lines to write an answer or a note on become underscores.
void drawBlankLines(QString &html)
{
    // The line follows its label ("Note:") on the label's line.
    const QString line = QStringLiteral(" ________________________________________</p>");
    html.replace(QLatin1String("</p><div class=\"blank\"></div>"), line);
    html.replace(QLatin1String("</p><div class=\"blank note\"></div>"), line);
}

void removeStyleElement(QString &html)
{
    const qsizetype start = html.indexOf(QLatin1String("<style>"));
    const qsizetype end = html.indexOf(QLatin1String("</style>"), start);
    if (start >= 0 && end > start)
        html.remove(start, end + 8 - start);
}

/// The tables of a frame and the frames within it, in document order.
void collectTables(QTextFrame *frame, std::vector<QTextTable *> &tables)
{
    for (QTextFrame *child : frame->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(child))
            tables.push_back(table);
        collectTables(child, tables);
    }
}

struct RowAt {
    int table = 0; ///< among the document's tables, in order
    int row = 0;   ///< within the table, the header rows counted
};

/// The first table row a page break runs through (rows taller than half a page may split).
std::optional<RowAt> firstSplitRow(const QTextDocument &document, const std::vector<QTextTable *> &tables)
{
    const qreal page = document.pageSize().height();
    if (page <= 0)
        return std::nullopt;
    const QAbstractTextDocumentLayout *layout = document.documentLayout();
    for (int t = 0; t < int(tables.size()); ++t) {
        const QTextTable &table = *tables[size_t(t)];
        for (int row = table.format().headerRowCount() + 1; row < table.rows(); ++row) {
            std::optional<qreal> top, bottom;
            for (int column = 0; column < table.columns(); ++column) {
                const QTextTableCell cell = table.cellAt(row, column);
                if (!cell.isValid() || cell.row() != row || cell.column() != column)
                    continue;
                const qreal cellTop = layout->blockBoundingRect(document.findBlock(cell.firstPosition())).top();
                const qreal cellBottom = layout->blockBoundingRect(document.findBlock(std::max(cell.firstPosition(), cell.lastPosition() - 1))).bottom();
                top = std::min(top.value_or(cellTop), cellTop);
                bottom = std::max(bottom.value_or(cellBottom), cellBottom);
            }
            if (top && int(*top / page) != int(*bottom / page) && *bottom - *top <= page / 2)
                return RowAt{t, row};
        }
    }
    return std::nullopt;
}

/**
 * Splits the `at.table`-th <table> of the HTML before its `at.row`-th <tr>: the rows from there
 * become a table of their own, with the same class and header, that starts on a new page.
 * False when the HTML does not have that table and row.
 */
bool splitTableBefore(QString &html, const RowAt &at)
{
    qsizetype start = -1;
    for (int t = 0; t <= at.table; ++t)
        if ((start = html.indexOf(QLatin1String("<table"), start + 1)) < 0)
            return false;
    const qsizetype openEnd = html.indexOf(QLatin1Char('>'), start);
    const qsizetype headEnd = html.indexOf(QLatin1String("</thead>"), start);
    const qsizetype end = html.indexOf(QLatin1String("</table>"), start);
    if (openEnd < 0 || headEnd < 0 || end < 0 || headEnd > end)
        return false;
    qsizetype tr = start;
    for (int row = 0; row <= at.row; ++row)
        if ((tr = html.indexOf(QLatin1String("<tr"), tr + 1)) < 0 || tr > end)
            return false;
    const QString open = html.mid(start, openEnd - start) + QStringLiteral(" style=\"page-break-before: always\">");
    const QString head = html.mid(openEnd + 1, headEnd + 8 - openEnd - 1);
    html.insert(tr, QStringLiteral("</tbody></table>\n") + open + head + QStringLiteral("\n<tbody>\n"));
    return true;
}

/**
 * Qt's rich text breaks a table row wherever a page ends (it knows no CSS page-break-inside), so
 * a service's figures were read half on one page and half on the next. Lays the document out,
 * and while a row of at most half a page is split, splits its table before that row onto a new
 * page (with the header again, as Qt repeats it) and lays it out again.
 */
void setHtmlKeepingRowsTogether(QTextDocument &document, QString html)
{
    constexpr int kMostSplits = 64;
    for (int pass = 0;; ++pass) {
        document.setHtml(html);
        if (pass == kMostSplits)
            return;
        std::vector<QTextTable *> tables;
        collectTables(document.rootFrame(), tables);
        const auto split = firstSplitRow(document, tables);
        if (!split || int(html.count(QLatin1String("<table"))) != int(tables.size()) || !splitTableBefore(html, *split))
            return;
    }
}

} // namespace

QByteArray printHtmlToPdf(const QString &source, const HtmlPdfOptions &options, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return QByteArray();
    };
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail(QCoreApplication::translate("HtmlPdf", "printing a PDF needs fonts, and so a GUI application"));
    QBuffer file;
    file.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(options.pageSize));
        writer.setPageMargins(QMarginsF(14, 14, 14, 14), QPageLayout::Millimeter);
        writer.setTitle(options.title);
        writer.setCreator(QStringLiteral("Stackdraft"));
        // Lay the text out on the page in points; print() scales it to the writer.
        const QSizeF page = writer.pageLayout().paintRect(QPageLayout::Point).size();
        QTextDocument document;
        document.setPageSize(page);
        // Break lines between words only: "Servic e" or "1, 250.0" in a narrow column is unreadable.
        // A column then gets the width of its longest word.
        QTextOption wrap = document.defaultTextOption();
        wrap.setWrapMode(QTextOption::WordWrap);
        document.setDefaultTextOption(wrap);
        QString html = source;
        replaceDiagram(html, document, page);
        removeStyleElement(html);
        drawBlankLines(html);
        document.setDefaultStyleSheet(QStringLiteral(
            "h1 { font-size: 17pt; } h2 { font-size: 13pt; } h3 { font-size: 11pt; }"
            ".meta, .why { color: #444444; font-size: 8.5pt; } .affects { color: #2d5a8a; font-size: 8.5pt; }"
            ".status { color: #a35d00; font-weight: bold; } .problem { color: #a00000; } .open { background-color: #fff6e0; }"
            "table { border-width: 1px; border-style: solid; border-color: #bbbbbb; font-size: 8pt; } th { background-color: #eeeeee; }"));
        QFont font = document.defaultFont();
        font.setPointSizeF(10);
        document.setDefaultFont(font);
        setHtmlKeepingRowsTogether(document, html);
        if (document.isEmpty())
            return fail(QCoreApplication::translate("HtmlPdf", "there is nothing to print"));
        document.print(&writer);
    }
    if (file.data().isEmpty() || !file.data().startsWith("%PDF-"))
        return fail(QCoreApplication::translate("HtmlPdf", "the PDF could not be made"));
    return file.data();
}

} // namespace sd
