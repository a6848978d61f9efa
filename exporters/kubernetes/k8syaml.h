// SPDX-License-Identifier: MIT
// The small YAML writing helpers every Kubernetes document uses (names, labels, headers).
#pragma once

#include "k8splan.h"
#include "k8smanifests.h"

#include "yamlemitter.h"

#include <string>

namespace sd::k8s::detail {

inline std::string s(const QString &text) { return text.toStdString(); }

/// Writes a string scalar, quoted when YAML 1.1 would read it as something else ("8080", "yes").
inline void scalar(YamlWriter &out, const std::string &text) { out.scalar(text); }
inline void scalar(YamlWriter &out, const QString &text) { out.scalar(s(text)); }

template<typename T>
inline void kv(YamlWriter &out, const char *key, const T &value)
{
    out << yaml::Key << key << yaml::Value << value;
}
inline void kvs(YamlWriter &out, const char *key, const QString &value)
{
    out << yaml::Key << key << yaml::Value;
    scalar(out, value);
}

inline void selectorLabels(YamlWriter &out, const Workload &w)
{
    out << yaml::BeginMap;
    kvs(out, "app.kubernetes.io/name", w.name);
    kvs(out, "app.kubernetes.io/instance", w.name);
    out << yaml::EndMap;
}

/// The labels of a workload's objects; a pod template also carries what its cloud's webhooks read.
inline void labels(YamlWriter &out, const Plan &plan, const Workload &w, bool pod = false)
{
    out << yaml::BeginMap;
    kvs(out, "app.kubernetes.io/name", w.name);
    kvs(out, "app.kubernetes.io/instance", w.name);
    kvs(out, "app.kubernetes.io/component", w.kind);
    kvs(out, "app.kubernetes.io/part-of", plan.partOf);
    kv(out, "app.kubernetes.io/managed-by", "stackdraft");
    if (pod && w.podIdentityLabel)
        kvs(out, "azure.workload.identity/use", QStringLiteral("true")); // quoted: label values are strings
    out << yaml::EndMap;
}

/// apiVersion, kind and metadata; leaves the top-level map open.
using Annotations = std::vector<std::pair<QString, QString>>;

/// metadata.annotations, when there are any.
inline void writeAnnotations(YamlWriter &out, const Annotations &annotations)
{
    if (annotations.empty())
        return;
    out << yaml::Key << "annotations" << yaml::Value << yaml::BeginMap;
    for (const auto &[key, value] : annotations)
        kvs(out, key.toUtf8().constData(), value);
    out << yaml::EndMap;
}

inline void header(YamlWriter &out, const char *apiVersion, const char *kind, const QString &name, const Plan &plan,
                   const Workload *w, bool namespaced = true, const Annotations &annotations = {})
{
    out << yaml::BeginMap;
    kv(out, "apiVersion", apiVersion);
    kv(out, "kind", kind);
    out << yaml::Key << "metadata" << yaml::Value << yaml::BeginMap;
    kvs(out, "name", name);
    if (namespaced)
        kvs(out, "namespace", plan.ns);
    if (w) {
        out << yaml::Key << "labels" << yaml::Value;
        labels(out, plan, *w);
    }
    writeAnnotations(out, annotations);
    out << yaml::EndMap;
}

inline Document finish(YamlWriter &out)
{
    out << yaml::EndMap;
    return out.text();
}


} // namespace sd::k8s::detail
