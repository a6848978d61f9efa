// SPDX-License-Identifier: MIT
#pragma once

#include "exporter.h"

namespace sd {

/// Kubernetes manifests for the components that run in containers (issue 6).
class KubernetesExporter : public Exporter
{
public:
    QString id() const override { return QStringLiteral("kubernetes"); }
    QString displayName() const override;
    QString description() const override;
    std::vector<ExportOptionSpec> options() const override;
    bool writesSingleFile(const QVariantMap &options) const override;
    ExportResult generate(const Design &design, const Catalog &catalog, const QVariantMap &options) const override;
};

/// A docker-compose.yaml that runs the same containers on one machine.
class ComposeExporter : public Exporter
{
public:
    QString id() const override { return QStringLiteral("compose"); }
    QString displayName() const override;
    QString description() const override;
    bool writesSingleFile(const QVariantMap &options) const override
    {
        Q_UNUSED(options)
        return true;
    }
    ExportResult generate(const Design &design, const Catalog &catalog, const QVariantMap &options) const override;
};

} // namespace sd
