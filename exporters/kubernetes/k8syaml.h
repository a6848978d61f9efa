// SPDX-License-Identifier: MIT
// The small YAML writing helpers every Kubernetes document uses (names, labels, headers).
#pragma once

#include "k8splan.h"
#include "k8smanifests.h"

#include "yamlemitter.h"

#include <yaml-cpp/yaml.h>

#include <string>

namespace sd::k8s::detail {

inline std::string s(const QString &text) { return text.toStdString(); }

/// Writes a string scalar, quoted when YAML 1.1 would read it as something else ("8080", "yes").
inline void scalar(YAML::Emitter &out, const std::string &text)
{
    if (yamlScalar(text) != text)
        out << YAML::DoubleQuoted << text;
    else
        out << text;
}
inline void scalar(YAML::Emitter &out, const QString &text) { scalar(out, s(text)); }

template<typename T>
inline void kv(YAML::Emitter &out, const char *key, const T &value)
{
    out << YAML::Key << key << YAML::Value << value;
}
inline void kvs(YAML::Emitter &out, const char *key, const QString &value)
{
    out << YAML::Key << key << YAML::Value;
    scalar(out, value);
}

inline void selectorLabels(YAML::Emitter &out, const Workload &w)
{
    out << YAML::BeginMap;
    kvs(out, "app.kubernetes.io/name", w.name);
    kvs(out, "app.kubernetes.io/instance", w.name);
    out << YAML::EndMap;
}

/// The labels of a workload's objects; a pod template also carries what its cloud's webhooks read.
inline void labels(YAML::Emitter &out, const Plan &plan, const Workload &w, bool pod = false)
{
    out << YAML::BeginMap;
    kvs(out, "app.kubernetes.io/name", w.name);
    kvs(out, "app.kubernetes.io/instance", w.name);
    kvs(out, "app.kubernetes.io/component", w.kind);
    kvs(out, "app.kubernetes.io/part-of", plan.partOf);
    kv(out, "app.kubernetes.io/managed-by", "stackdraft");
    if (pod && w.podIdentityLabel)
        kvs(out, "azure.workload.identity/use", QStringLiteral("true")); // quoted: label values are strings
    out << YAML::EndMap;
}

/// apiVersion, kind and metadata; leaves the top-level map open.
using Annotations = std::vector<std::pair<QString, QString>>;

/// metadata.annotations, when there are any.
inline void writeAnnotations(YAML::Emitter &out, const Annotations &annotations)
{
    if (annotations.empty())
        return;
    out << YAML::Key << "annotations" << YAML::Value << YAML::BeginMap;
    for (const auto &[key, value] : annotations)
        kvs(out, key.toUtf8().constData(), value);
    out << YAML::EndMap;
}

inline void header(YAML::Emitter &out, const char *apiVersion, const char *kind, const QString &name, const Plan &plan,
                   const Workload *w, bool namespaced = true, const Annotations &annotations = {})
{
    out << YAML::BeginMap;
    kv(out, "apiVersion", apiVersion);
    kv(out, "kind", kind);
    out << YAML::Key << "metadata" << YAML::Value << YAML::BeginMap;
    kvs(out, "name", name);
    if (namespaced)
        kvs(out, "namespace", plan.ns);
    if (w) {
        out << YAML::Key << "labels" << YAML::Value;
        labels(out, plan, *w);
    }
    writeAnnotations(out, annotations);
    out << YAML::EndMap;
}

inline Document finish(YAML::Emitter &out)
{
    out << YAML::EndMap;
    Document doc = placeComments(out.c_str());
    if (doc.empty() || doc.back() != '\n')
        doc += '\n';
    return doc;
}


} // namespace sd::k8s::detail
