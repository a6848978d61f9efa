// SPDX-License-Identifier: MIT
#pragma once

#include "exporter.h"

namespace sd {

/**
 * An exporter as the studio and stackdraft-cli offer it: everything is the wrapped exporter's,
 * except that an exporter with an "html" format gets a "pdf" format too (and a "page-size"
 * option), which generates the HTML and prints it with printHtmlToPdf. So the CLI's
 * `export questionnaire --format pdf` and the studio's Export PDF print the same pages.
 */
class PrintingExporter : public Exporter
{
public:
    explicit PrintingExporter(const Exporter &inner);

    QString id() const override { return m_inner.id(); }
    QString displayName() const override { return m_inner.displayName(); }
    QString description() const override { return m_inner.description(); }
    std::vector<ExportOptionSpec> options() const override;
    bool writesSingleFile(const QVariantMap &options) const override;
    ExportResult generate(const Design &design, const Catalog &catalog, const QVariantMap &options) const override;

    /// Whether the exporter writes HTML, and so can print it.
    bool printsPdf() const { return m_printable; }

private:
    const Exporter &m_inner;
    bool m_printable = false;
};

/// The built-in exporters, each wrapped in a PrintingExporter: what File > Export and `stackdraft-cli export` list.
const ExporterRegistry &printingExporters();

} // namespace sd
