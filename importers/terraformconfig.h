// SPDX-License-Identifier: MIT
#pragma once

#include "diagnostic.h"
#include "importinput.h"
#include "terraformmodel.h"

#include <QString>

namespace sd {

/**
 * The .tf front end of the Terraform import: reads a root module (a folder of .tf files, or one
 * file), follows `module` blocks whose source is a local path ("./network", "../modules/db") and
 * lists the others (registry, git, http) as unresolved. Each managed resource comes out with its
 * known values per instance (count and for_each expanded when their value is known) and the
 * references its attributes make, followed through variables, locals and module outputs to the
 * resources they name. A file that does not parse is an error with file, line and column.
 */
class TerraformConfigReader
{
public:
    explicit TerraformConfigReader(const InputLimits &limits = {}) : m_limits(limits) {}

    /// Reads the root module at `path` into `input`; false with errors when a file is unreadable or broken.
    bool read(const QString &path, TerraformInput &input, Diagnostics &errors);

private:
    InputLimits m_limits;
    qint64 m_totalBytes = 0;
    int m_files = 0;

    friend class TerraformModuleLoader;
};

} // namespace sd
