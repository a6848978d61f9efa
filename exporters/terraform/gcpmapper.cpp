// SPDX-License-Identifier: MIT
#include "tfcommon.h"
namespace sd::tf {
void mapGcp(Context &context) { for (const Unit &u : context.units) context.module.omit(u, fileFor(u), trc("not yet")); }
}
