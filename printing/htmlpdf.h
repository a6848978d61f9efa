// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QPageSize>
#include <QString>

namespace sd {

struct HtmlPdfOptions {
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    QString title; ///< the PDF's title in its document information
};

/**
 * Prints one of Stackdraft's HTML pages (the questionnaire) as a PDF, in memory. Qt's rich text
 * lays it out with a print style sheet of its own (the page's CSS is for browsers); an inline
 * <svg> in a <figure> becomes a picture drawn from the same SVG. Words are never broken inside:
 * a table column is at least as wide as its longest word, and a table row (of at most half a
 * page) is not split over two pages. Needs a QGuiApplication (fonts);
 * returns empty bytes and sets `error` without one or when nothing could be laid out.
 */
QByteArray printHtmlToPdf(const QString &html, const HtmlPdfOptions &options, QString *error);

} // namespace sd
