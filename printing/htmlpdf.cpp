// SPDX-License-Identifier: MIT
#include "htmlpdf.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgRenderer>
#include <QTextDocument>
#include <QTextOption>
#include <QUrl>

#include <algorithm>

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
        document.setHtml(html);
        if (document.isEmpty())
            return fail(QCoreApplication::translate("HtmlPdf", "there is nothing to print"));
        document.print(&writer);
    }
    if (file.data().isEmpty() || !file.data().startsWith("%PDF-"))
        return fail(QCoreApplication::translate("HtmlPdf", "the PDF could not be made"));
    return file.data();
}

} // namespace sd
