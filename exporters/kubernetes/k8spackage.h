// SPDX-License-Identifier: MIT
#pragma once

#include "k8smanifests.h"

#include <string>
#include <utility>
#include <vector>

namespace sd::k8s {

/// One generated manifest file: its name and its documents.
struct ManifestFile {
    std::string name;
    std::vector<Document> documents;
};

/// The env file Terraform writes beside the kustomization; its keys are the plan's cloud values.
inline constexpr const char *kCloudValuesFile = "cloud-values.env";

/**
 * The kustomization.yaml: the files, and when the plan has cloud values, a local-only ConfigMap
 * generated from cloud-values.env and one replacement per place a `${KEY}` stands, so that
 * `kubectl apply -k` fills every value Terraform knows. The places are found in the documents
 * themselves, so no value can be written without being filled.
 */
Document kustomization(const Plan &plan, const std::vector<ManifestFile> &files);

/// The kustomization of a folder that only lists its files (the Prometheus Operator's resources).
Document operatorKustomization(const std::vector<ManifestFile> &files);

/// README.md of the export: how to apply it, what the cluster and the user must supply, the
/// cloud values, the entry points and every warning.
std::string readme(const Plan &plan, const Design &design);

/// Every `${KEY}` in the documents, with the object and field it stands in: (key, kind, name, fieldPath).
struct MarkerUse {
    QString key;
    std::string kind;
    std::string name;
    std::string fieldPath;
};
std::vector<MarkerUse> markerUses(const std::vector<ManifestFile> &files);

} // namespace sd::k8s
