// SPDX-License-Identifier: MIT
#include "providers.h"

#include "aws/awsmapper.h"
#include "azure/azuremapper.h"
#include "gcp/gcpmapper.h"

namespace sd::tf {

namespace {
template <typename Mapper>
std::unique_ptr<ProviderMapper> make(Context &context)
{
    return std::make_unique<Mapper>(context);
}
} // namespace

const std::vector<TerraformProvider> &terraformProviders()
{
    static const std::vector<TerraformProvider> providers = {
        {u"aws"_s, &make<AwsMapper>},
        {u"gcp"_s, &make<GcpMapper>},
        {u"azure"_s, &make<AzureMapper>},
    };
    return providers;
}

const TerraformProvider *terraformProvider(const QString &id)
{
    for (const TerraformProvider &p : terraformProviders())
        if (p.id == id)
            return &p;
    return nullptr;
}

} // namespace sd::tf
