// SPDX-License-Identifier: MIT
#include "printingexporter.h"

#include "htmlpdf.h"

#include <QCoreApplication>

namespace sd {

namespace {

const QString kFormat = QStringLiteral("format");
const QString kPageSize = QStringLiteral("page-size");
const QString kHtml = QStringLiteral("html");
const QString kPdf = QStringLiteral("pdf");

} // namespace

PrintingExporter::PrintingExporter(const Exporter &inner) : m_inner(inner)
{
    for (const ExportOptionSpec &spec : inner.options())
        if (spec.key == kFormat && spec.values.contains(kHtml))
            m_printable = true;
}

std::vector<ExportOptionSpec> PrintingExporter::options() const
{
    std::vector<ExportOptionSpec> specs = m_inner.options();
    if (!m_printable)
        return specs;
    for (ExportOptionSpec &spec : specs)
        if (spec.key == kFormat)
            spec.values.insert(spec.values.indexOf(kHtml) + 1, kPdf);
    specs.push_back({kPageSize, QCoreApplication::translate("PrintingExporter", "Paper size of the PDF"),
                     {QStringLiteral("a4"), QStringLiteral("letter")}, QStringLiteral("a4")});
    return specs;
}

bool PrintingExporter::writesSingleFile(const QVariantMap &options) const
{
    QVariantMap inner = options;
    if (inner.value(kFormat).toString() == kPdf)
        inner.insert(kFormat, kHtml);
    inner.remove(kPageSize);
    return m_inner.writesSingleFile(inner);
}

ExportResult PrintingExporter::generate(const Design &design, const Catalog &catalog, const QVariantMap &options) const
{
    QVariantMap inner = options;
    const QString pageSize = inner.take(kPageSize).toString();
    if (!m_printable || inner.value(kFormat).toString() != kPdf)
        return m_inner.generate(design, catalog, inner);
    ExportResult result;
    if (!pageSize.isEmpty() && pageSize != QLatin1String("a4") && pageSize != QLatin1String("letter")) {
        result.error = QCoreApplication::translate("PrintingExporter", "unknown paper size '%1'; choose a4 or letter").arg(pageSize);
        return result;
    }
    inner.insert(kFormat, kHtml);
    result = m_inner.generate(design, catalog, inner);
    if (!result.ok())
        return result;
    if (result.files.size() != 1) {
        result.files.clear();
        result.error = QCoreApplication::translate("PrintingExporter", "the HTML to print is not one page");
        return result;
    }
    ExportedFile &page = result.files.front();
    HtmlPdfOptions print;
    print.pageSize = pageSize == QLatin1String("letter") ? QPageSize::Letter : QPageSize::A4;
    const QString html = QString::fromUtf8(page.contents);
    // The PDF's title is the page's.
    const qsizetype titleStart = html.indexOf(QLatin1String("<title>"));
    const qsizetype titleEnd = html.indexOf(QLatin1String("</title>"), titleStart);
    if (titleStart >= 0 && titleEnd > titleStart)
        print.title = html.mid(titleStart + 7, titleEnd - titleStart - 7)
                          .replace(QLatin1String("&lt;"), QLatin1String("<"))
                          .replace(QLatin1String("&gt;"), QLatin1String(">"))
                          .replace(QLatin1String("&#39;"), QLatin1String("'"))
                          .replace(QLatin1String("&quot;"), QLatin1String("\""))
                          .replace(QLatin1String("&amp;"), QLatin1String("&"));
    QString error;
    page.contents = printHtmlToPdf(html, print, &error);
    if (page.contents.isEmpty()) {
        result.files.clear();
        result.error = error;
        return result;
    }
    if (page.path.endsWith(QLatin1String(".html")))
        page.path.chop(5);
    page.path += QStringLiteral(".pdf");
    return result;
}

const ExporterRegistry &printingExporters()
{
    static const ExporterRegistry registry = [] {
        ExporterRegistry r;
        for (const Exporter *e : ExporterRegistry::builtin().all())
            r.add(std::make_unique<PrintingExporter>(*e));
        return r;
    }();
    return registry;
}

} // namespace sd
