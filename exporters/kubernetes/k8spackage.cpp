// SPDX-License-Identifier: MIT
#include "k8spackage.h"

#include "exporter.h"
#include "k8sgatewaydocs.h"
#include "k8syaml.h"

#include <QStringList>

#include <yaml-cpp/yaml.h>

#include <map>

namespace sd::k8s {

using namespace detail;

namespace {

/// kustomize field path segment: keys with dots or slashes go in brackets.
std::string segment(const std::string &key)
{
    return key.find_first_of("./") == std::string::npos ? key : "[" + key + "]";
}

void collect(const YAML::Node &node, const std::string &path, const std::string &kind, const std::string &name,
             std::vector<MarkerUse> &uses)
{
    if (node.IsScalar()) {
        const QString key = markerKey(QString::fromStdString(node.Scalar()));
        if (!key.isEmpty())
            uses.push_back({key, kind, name, path});
    } else if (node.IsMap()) {
        for (const auto &entry : node) {
            const std::string key = entry.first.as<std::string>();
            collect(entry.second, path.empty() ? segment(key) : path + "." + segment(key), kind, name, uses);
        }
    } else if (node.IsSequence()) {
        for (size_t i = 0; i < node.size(); ++i)
            collect(node[i], path + "." + std::to_string(i), kind, name, uses);
    }
}

QString line(const QString &text) { return text + QLatin1Char('\n'); }

} // namespace

namespace detail {

std::vector<MarkerUse> parsedMarkerUses(const Document &doc)
{
    std::vector<MarkerUse> uses;
    const YAML::Node node = YAML::Load(doc);
    if (node.IsMap())
        collect(node, {}, node["kind"].as<std::string>(), node["metadata"]["name"].as<std::string>(), uses);
    return uses;
}

std::optional<std::vector<MarkerUse>> scannedMarkerUses(const Document &doc)
{
    // Block style as YamlWriter writes it: two-space indents, "- " items (a sequence under a key is indented),
    // "key: value" or "key:" lines. A frame per open key or item; its column says whose child a line is.
    struct Frame {
        size_t col;
        bool item;
        std::string key;  ///< a key's text
        size_t index = 0; ///< an item's place in its sequence
    };
    std::vector<Frame> frames;
    struct Found {
        QString key;
        std::string path;
    };
    std::vector<Found> found;
    std::string kind, name;
    auto pathOf = [&frames] {
        std::string path;
        for (const Frame &f : frames) {
            if (f.item)
                path += "." + std::to_string(f.index);
            else
                path += path.empty() ? segment(f.key) : "." + segment(f.key);
        }
        return path;
    };
    // Opens a key or an item at `col`: closes what it ends, counts items of the same sequence.
    auto open = [&frames](size_t col, bool item, std::string key) -> bool {
        while (!frames.empty() && frames.back().col > col)
            frames.pop_back();
        size_t index = 0;
        if (!frames.empty() && frames.back().col == col) {
            if (frames.back().item != item)
                return false; // not a layout this reading knows
            index = frames.back().index + 1;
            frames.pop_back();
        }
        frames.push_back({col, item, std::move(key), item ? index : 0});
        return true;
    };
    // A double-quoted scalar without escapes reads as its inside (ConfigMap data is written quoted).
    auto unquoted = [](std::string_view v) -> std::optional<std::string_view> {
        if (v.size() < 2 || v.front() != '"' || v.back() != '"')
            return std::nullopt;
        const std::string_view inside = v.substr(1, v.size() - 2);
        if (inside.find_first_of("\"\\") != std::string_view::npos)
            return std::nullopt;
        return inside;
    };

    size_t pos = 0;
    size_t literalIndent = std::string::npos; // inside a literal block: lines indented deeper than its key
    while (pos < doc.size()) {
        size_t end = doc.find('\n', pos);
        if (end == std::string::npos)
            end = doc.size();
        std::string_view line(doc.data() + pos, end - pos);
        pos = end + 1;
        size_t col = line.find_first_not_of(' ');
        if (col == std::string_view::npos)
            continue;
        if (literalIndent != std::string::npos) {
            if (col > literalIndent)
                continue;
            literalIndent = std::string::npos;
        }
        std::string_view rest = line.substr(col);
        if (rest.front() == '#' || rest == "---")
            continue;
        while (rest.size() >= 2 && rest.substr(0, 2) == "- ") {
            if (!open(col, true, {}))
                return std::nullopt;
            col += 2;
            rest.remove_prefix(2);
        }
        if (rest == "-")
            return std::nullopt; // an item on the next line: not written by us
        if (rest.front() == '{' || rest.front() == '[') {
            // A flow collection on one line: fine unless it holds a marker.
            if (rest.find("${") != std::string_view::npos)
                return std::nullopt;
            continue;
        }
        std::string_view value;
        const size_t colon = rest.find(": ");
        const bool keyOnly = colon == std::string_view::npos && rest.back() == ':';
        if (rest.front() == '"' || rest.front() == '\'') {
            const std::optional<std::string_view> inside = unquoted(rest);
            if (!inside)
                return std::nullopt; // a quoted key (its children's paths would be wrong) or an escaped scalar
            value = *inside; // an item's quoted scalar
        } else if (colon != std::string_view::npos || keyOnly) {
            const std::string_view key = keyOnly ? rest.substr(0, rest.size() - 1) : rest.substr(0, colon);
            if (!open(col, false, std::string(key)))
                return std::nullopt;
            if (keyOnly)
                continue;
            value = rest.substr(colon + 2);
            const size_t comment = value.find(" #");
            if (comment != std::string_view::npos)
                value = value.substr(0, comment);
            if (!value.empty() && (value.front() == '|' || value.front() == '>')) {
                literalIndent = col; // its lines are text, not keys (nor markers: only a whole scalar is one)
                continue;
            }
            if (!value.empty() && (value.front() == '{' || value.front() == '[')) {
                if (value.find("${") != std::string_view::npos)
                    return std::nullopt; // a flow collection's items are not followed here
                continue;
            }
            if (!value.empty() && (value.front() == '"' || value.front() == '\'')) {
                const std::optional<std::string_view> inside = unquoted(value);
                if (!inside && value.find("${") != std::string_view::npos)
                    return std::nullopt; // escapes: the text is not the value
                value = inside.value_or(value);
            }
        } else {
            value = rest; // an item's scalar
        }
        // Only a whole scalar "${KEY}" is a marker, as collect() reads them; "${A:-}" and text around one are not.
        if (value.find("${") != std::string_view::npos)
            if (const QString key = markerKey(QString::fromUtf8(value.data(), qsizetype(value.size()))); !key.isEmpty())
                found.push_back({key, pathOf()});
        if (frames.size() == 1 && !frames.back().item && frames.back().key == "kind")
            kind = std::string(value);
        else if (frames.size() == 2 && frames[0].key == "metadata" && !frames[1].item && frames[1].key == "name")
            name = std::string(value);
    }
    if (kind.empty() || name.empty() || kind.front() == '"' || name.front() == '"')
        return std::nullopt; // not read, or quoted with escapes
    std::vector<MarkerUse> uses;
    uses.reserve(found.size());
    for (Found &f : found)
        uses.push_back({std::move(f.key), kind, name, std::move(f.path)});
    return uses;
}

} // namespace detail

std::vector<MarkerUse> markerUses(const std::vector<ManifestFile> &files)
{
    std::vector<MarkerUse> uses;
    for (const ManifestFile &f : files)
        for (const Document &doc : f.documents) {
            if (doc.find("${") == std::string::npos)
                continue; // most documents hold no cloud value: skip reading them
            std::optional<std::vector<MarkerUse>> found = detail::scannedMarkerUses(doc);
            std::vector<MarkerUse> own = found ? std::move(*found) : detail::parsedMarkerUses(doc);
            uses.insert(uses.end(), std::make_move_iterator(own.begin()), std::make_move_iterator(own.end()));
        }
    return uses;
}

namespace {
/// A Kustomization's head and its resources; leaves the top-level map open.
void kustomizationResources(YamlWriter &out, const std::vector<ManifestFile> &files)
{
    out << yaml::BeginMap;
    kv(out, "apiVersion", "kustomize.config.k8s.io/v1beta1");
    kv(out, "kind", "Kustomization");
    out << yaml::Key << "resources" << yaml::Value << yaml::BeginSeq;
    for (const ManifestFile &file : files)
        scalar(out, file.name);
    out << yaml::EndSeq;
}
} // namespace

Document operatorKustomization(const std::vector<ManifestFile> &files)
{
    YamlWriter out;
    kustomizationResources(out, files);
    out << yaml::EndMap;
    return out.text();
}

Document kustomization(const Plan &plan, const std::vector<ManifestFile> &files)
{
    YamlWriter out;
    kustomizationResources(out, files);
    // The uses of each value, in the order found (one pass; matching every value against every use was
    // quadratic in the size of the design).
    std::map<QString, std::vector<const MarkerUse *>> usesOf;
    const std::vector<MarkerUse> uses = markerUses(files);
    for (const MarkerUse &use : uses)
        usesOf[use.key].push_back(&use);
    if (!plan.values.empty()) {
        out << ownLineComment(fileText("Terraform writes %1 (terraform output -raw kubernetes_cloud_values); it stays out of the cluster (local-config).")
                                  .arg(QString::fromLatin1(kCloudValuesFile)));
        out << yaml::Key << "configMapGenerator" << yaml::Value << yaml::BeginSeq << yaml::BeginMap;
        kv(out, "name", "cloud-values");
        out << yaml::Key << "envs" << yaml::Value << yaml::BeginSeq << kCloudValuesFile << yaml::EndSeq;
        out << yaml::Key << "options" << yaml::Value << yaml::BeginMap;
        kv(out, "disableNameSuffixHash", true);
        out << yaml::Key << "annotations" << yaml::Value << yaml::BeginMap;
        out << yaml::Key << "config.kubernetes.io/local-config" << yaml::Value << yaml::DoubleQuoted << "true";
        out << yaml::EndMap << yaml::EndMap << yaml::EndMap << yaml::EndSeq;
        out << yaml::Key << "replacements" << yaml::Value << yaml::BeginSeq;
        for (const CloudValue &value : plan.values) {
            // One target per object, with every field of it that holds the value.
            std::map<std::pair<std::string, std::string>, std::vector<std::string>> targets;
            std::vector<std::pair<std::string, std::string>> order;
            const auto found = usesOf.find(value.key);
            if (found == usesOf.end())
                continue;
            for (const MarkerUse *use : found->second) {
                const auto id = std::make_pair(use->kind, use->name);
                if (!targets.count(id))
                    order.push_back(id);
                targets[id].push_back(use->fieldPath);
            }
            if (order.empty())
                continue;
            out << yaml::BeginMap << yaml::Key << "source" << yaml::Value << yaml::BeginMap;
            kv(out, "kind", "ConfigMap");
            kv(out, "name", "cloud-values");
            kvs(out, "fieldPath", QStringLiteral("data.") + value.key);
            out << yaml::EndMap;
            out << yaml::Key << "targets" << yaml::Value << yaml::BeginSeq;
            for (const auto &id : order) {
                out << yaml::BeginMap << yaml::Key << "select" << yaml::Value << yaml::BeginMap;
                kv(out, "kind", id.first);
                kv(out, "name", id.second);
                out << yaml::EndMap << yaml::Key << "fieldPaths" << yaml::Value << yaml::BeginSeq;
                for (const std::string &path : targets[id])
                    out << path;
                out << yaml::EndSeq << yaml::EndMap;
            }
            out << yaml::EndSeq << yaml::EndMap;
        }
        out << yaml::EndSeq;
    }
    return finish(out);
}

std::string readme(const Plan &plan, const Design &design)
{
    QString md;
    md += line(fileText("# %1 on Kubernetes (%2)").arg(design.name, clusterProduct(plan.cloud)));
    md += line({});
    md += line(fileText("Generated by Stackdraft from the design; edit the design and export again. Namespace `%1`.").arg(plan.ns));
    md += line({});
    md += line(fileText("## Apply"));
    md += line({});
    int step = 1;
    if (!plan.values.empty()) {
        md += line(fileText("%1. Apply the Terraform export first. It creates the cluster and what this folder refers to, and writes `%2` here:")
                       .arg(step++)
                       .arg(QString::fromLatin1(kCloudValuesFile)));
        md += line(fileText("   `terraform output -raw kubernetes_cloud_values > %1`. `kubectl apply -k` fails while it is missing, so nothing is applied half-configured.")
                       .arg(QString::fromLatin1(kCloudValuesFile)));
    }
    md += line(fileText("%1. Create the Secrets the workloads read (the export never writes a secret value):").arg(step++));
    for (const Workload &w : plan.workloads)
        for (const SecretEnv &secret : w.secrets)
            md += line(secret.variable.isEmpty()
                           ? fileText("   - `%1` (optional): environment variables of %2").arg(secret.secretName, w.name)
                           : fileText("   - `%1`, key `%2`: %3 of %4").arg(secret.secretName, secret.key, secret.variable, w.name));
    if (plan.cloud == Cloud::Azure || plan.cloud == Cloud::Generic)
        for (const Gateway &g : plan.gateways)
            md += line(fileText("   - `%1-tls` (kubernetes.io/tls): the certificate of the hostnames of the Gateway %1").arg(g.name));
    md += line(fileText("%1. `kubectl apply -k .` (or look first: `kubectl kustomize .`).").arg(step++));
    md += line({});

    md += line(fileText("## What the cluster must run"));
    md += line({});
    md += line(fileText("- The Gateway API CRDs (standard channel, v1.2 or later)."));
    switch (plan.cloud) {
    case Cloud::Aws:
        md += line(fileText("- The AWS Load Balancer Controller with Gateway API support, the VPC CNI with network policy enforcement (`enableNetworkPolicy`) and pod security groups (`ENABLE_POD_ENI`), the EBS CSI driver and the EKS Pod Identity agent: the Terraform export installs them as EKS add-ons."));
        break;
    case Cloud::Gcp:
        md += line(fileText("- GKE with the Gateway API enabled, Dataplane V2 (it enforces the network policies) and Workload Identity Federation; a proxy-only subnet for internal Gateways."));
        break;
    case Cloud::Azure:
        md += line(fileText("- AKS with Azure CNI powered by Cilium (it enforces the network policies), the workload identity webhook, and the ALB Controller of Application Gateway for Containers."));
        break;
    case Cloud::Generic:
        md += line(fileText("- Envoy Gateway in `envoy-gateway-system`, a CNI that enforces network policies (Calico or Cilium), and a default storage class."));
        break;
    }
    md += line({});

    md += line(fileText("## What you supply"));
    md += line({});
    md += line(fileText("- DNS records for the hostnames below, pointing at what the design draws in front of each Gateway (CDN, API gateway), or at the Gateway's own address when it is internet-facing."));
    switch (plan.cloud) {
    case Cloud::Aws:
        md += line(fileText("- The ACM certificates of those hostnames and the admin role for the cluster's access entry (Terraform variables)."));
        break;
    case Cloud::Gcp:
        md += line(fileText("- The Certificate Manager certificates of those hostnames and the admin group for the cluster (Terraform variables)."));
        break;
    case Cloud::Azure:
        md += line(fileText("- A `<gateway>-tls` Secret per Gateway with the certificate of its hostnames, and the admin group for the cluster (Terraform variable)."));
        break;
    case Cloud::Generic:
        md += line(fileText("- A `<gateway>-tls` Secret per Gateway with the certificate of its hostnames."));
        break;
    }
    md += line(fileText("- The container images at the tags the design names, and the Secrets listed above."));
    md += line({});

    if (!plan.gateways.empty()) {
        md += line(fileText("## Entry points"));
        md += line({});
        md += line(fileText("A Gateway's address: `kubectl get gateway -n %1`.").arg(plan.ns));
        md += line({});
        for (const Gateway &g : plan.gateways) {
            md += line(fileText("- Gateway `%1` (%2, %3)%4%5:")
                           .arg(g.name, g.className, g.internetFacing ? fileText("internet-facing") : fileText("internal"),
                                g.inFront.isEmpty() ? QString() : fileText(", behind %1").arg(g.inFront.join(QStringLiteral(", "))),
                                plan.cloud == Cloud::Aws ? fileText(", load balancer `%1`").arg(loadBalancerName(plan, g)) : QString()));
            for (const Route &r : g.routes)
                md += line(fileText("  - `https://%1` -> %2 port %3 (%4)").arg(r.host, r.workload).arg(r.port).arg(r.grpc ? QStringLiteral("GRPCRoute") : QStringLiteral("HTTPRoute")));
        }
        md += line({});
    }

    if (!plan.values.empty()) {
        md += line(fileText("## Cloud values (`%1`, written by Terraform)").arg(QString::fromLatin1(kCloudValuesFile)));
        md += line({});
        md += line(fileText("| key | what |"));
        md += line(QStringLiteral("| --- | --- |"));
        for (const CloudValue &v : plan.values)
            md += line(QStringLiteral("| `%1` | %2 |").arg(v.key, v.description));
        md += line({});
    }

    md += line(fileText("## Warnings"));
    md += line({});
    if (plan.readmeWarnings.isEmpty())
        md += line(fileText("None: every drawn property has its counterpart."));
    for (const QString &w : plan.readmeWarnings)
        md += line(QStringLiteral("- ") + w);
    return md.toStdString();
}

} // namespace sd::k8s
