// SPDX-License-Identifier: MIT
#include "tfcommon.h"
namespace sd::tf {
void mapAzure(Context &context) { for (const Unit &u : context.units) context.module.omit(u, fileFor(u), trc("not yet")); }
}
