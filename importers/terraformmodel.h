// SPDX-License-Identifier: MIT
#pragma once

#include "importreport.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <vector>

namespace sd {

/// A reference one resource's attribute makes to another resource (through variables, locals and
/// module outputs already followed): what the mapping turns into connections and placements.
struct TfReference {
    QString attribute;       ///< the top-level attribute or block of the referring resource ("environment", "subnet_id")
    QString via;             ///< for the report: "environment.variables.QUEUE_URL"
    QString target;          ///< the resource's address without index ("module.app.aws_sqs_queue.jobs")
    int index = -1;          ///< -1 no index, -2 every instance ([*]) or a key, else the instance
    QString key;             ///< the instance named: "[0]", "[\"web\"]" (for_each), empty for none or all
    QString targetAttribute; ///< what of it is named ("url", "id"), may be empty
    QString leaf;            ///< the last name of `via` ("subnets" of "network_configuration.subnets"); the mapping fills it
    SourceRef source;
};

/// A managed resource as both front ends (.tf files and `terraform show -json`) describe it.
struct TfResource {
    QString address;  ///< "aws_lb.main", "module.web.aws_instance.app"
    QString type;     ///< "aws_lb"
    QString name;     ///< "main"
    QString module;   ///< "" for the root, "module.web" (nested: "module.a.module.b")
    QString providerKey; ///< the provider configuration: "aws", "aws.west", "module.web:aws"
    SourceRef source;
    /// Known attribute values per instance (count/for_each); nested blocks are lists of maps, as in
    /// state JSON. At least one instance; unknown values are absent.
    std::vector<QVariantMap> instances;
    QStringList instanceKeys; ///< "[0]", "[\"web\"]" per instance when count or for_each made them
    std::vector<TfReference> references;

    const QVariantMap &values() const { return instances.front(); }
    /// "aws", "google", "azurerm": the type's prefix.
    QString provider() const { return type.section(QLatin1Char('_'), 0, 0); }
};

/// What a front end read: resources, the regions of the provider configurations, and notes.
struct TerraformInput {
    QString designName;
    std::vector<TfResource> resources;
    QHash<QString, QString> providerRegions; ///< providerKey -> region (aws "region", google "region")
    ImportReport report;                     ///< remote modules, unknown references...
};

} // namespace sd
