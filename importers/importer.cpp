// SPDX-License-Identifier: MIT
#include "importer.h"

#include "composeimporter.h"
#include "kubernetesimporter.h"
#include "terraformimporter.h"

namespace sd {

const std::vector<const Importer *> &importers()
{
    static const ComposeImporter compose;
    static const KubernetesImporter kubernetes;
    static const TerraformImporter terraform;
    static const std::vector<const Importer *> all = {&compose, &kubernetes, &terraform};
    return all;
}

const Importer *findImporter(const QString &id)
{
    for (const Importer *importer : importers())
        if (importer->id() == id)
            return importer;
    return nullptr;
}

} // namespace sd
