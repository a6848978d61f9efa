// SPDX-License-Identifier: MIT
#pragma once

#include "exporter.h"

namespace sd {

/**
 * The requirements questionnaire as one file: Markdown, a self-contained printable HTML
 * page with the design's diagram as inline SVG, or an answers file (YAML or JSON) to
 * fill in elsewhere and import back. `blank` leaves the answers out (to send before a
 * workshop); otherwise answers, the capacity estimate and the open questions are included.
 */
class QuestionnaireExporter : public Exporter
{
public:
    QString id() const override { return QStringLiteral("questionnaire"); }
    QString displayName() const override;
    QString description() const override;
    std::vector<ExportOptionSpec> options() const override;
    bool writesSingleFile(const QVariantMap &options) const override;
    ExportResult generate(const Design &design, const Catalog &catalog, const QVariantMap &options) const override;
};

/// The design drawn as SVG text from the stored positions and sizes (no Qt GUI classes).
QString designDiagramSvg(const Design &design, const Catalog &catalog);

} // namespace sd
