// SPDX-License-Identifier: MIT
#pragma once

#include "importer.h"

namespace sd {

/**
 * Kubernetes manifests (multi-document YAML or JSON, folders, `kubectl kustomize` and
 * `helm template` output, `kind: List`) to a design: workloads and Services become components,
 * Ingresses, Gateways and LoadBalancer Services the entry with a load balancer. Mapping and
 * guessing rules: docs/import.md.
 */
class KubernetesImporter : public Importer
{
public:
    QString id() const override { return QStringLiteral("kubernetes"); }
    QString displayName() const override;
    QString fileFilter() const override;
    ImportResult import(const QStringList &paths, const Catalog &catalog) const override;
};

} // namespace sd
