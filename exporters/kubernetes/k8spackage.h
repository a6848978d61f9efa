// SPDX-License-Identifier: MIT
#pragma once

#include "k8smanifests.h"

#include <optional>
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

namespace detail {
/// The uses in one document, read by yaml-cpp (the reference, and the way for anything unusual).
std::vector<MarkerUse> parsedMarkerUses(const Document &doc);
/// The same from the text of a document our YAML writer wrote, in one pass over its lines and without a node
/// tree (yaml-cpp's parse was two thirds of the Kubernetes export). Nothing when the document holds something
/// this reading does not follow (quoted keys, literal blocks, a marker inside a flow collection): then the
/// caller parses it.
std::optional<std::vector<MarkerUse>> scannedMarkerUses(const Document &doc);
} // namespace detail

} // namespace sd::k8s
