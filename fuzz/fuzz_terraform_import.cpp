// SPDX-License-Identifier: MIT
// Feeds arbitrary bytes to the Terraform import (issue 18): the HCL parser, the evaluation and
// reference walk of every attribute it parses, and the `terraform show -json` front end with the
// mapping behind it. A crash, hang, leak or sanitizer report is a bug; an error with a place is the
// expected answer to garbage.
#include "catalog.h"
#include "hclsyntax.h"
#include "hclvalue.h"
#include "terraformjson.h"
#include "terraformmapper.h"

#include <QCoreApplication>

#include <cstdint>
#include <cstdlib>

namespace {

void walk(const sd::hcl::Block &block, int depth)
{
    if (depth > 128)
        std::abort(); // the parser's depth limit must hold
    const sd::hcl::Resolver none = [](const QStringList &) { return std::optional<QVariant>(); };
    for (const sd::hcl::Attribute &a : block.attributes) {
        (void)sd::hcl::evaluate(a.value, none);
        (void)sd::hcl::referencesOf(a.value);
    }
    (void)sd::hcl::evaluateBody(block, none);
    for (const sd::hcl::Block &b : block.blocks)
        walk(b, depth + 1);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    const sd::hcl::ParseResult parsed = sd::hcl::parse(text);
    if (parsed.ok())
        walk(parsed.body, 0);
    else if (parsed.error->message.isEmpty() || parsed.error->pos.line < 1 || parsed.error->pos.column < 1)
        std::abort(); // a refusal must say what and where
    if (sd::looksLikeTerraformJson(text)) {
        sd::TerraformInput input;
        sd::Diagnostics errors;
        if (sd::readTerraformJson(QStringLiteral("fuzz.json"), text, input, errors))
            (void)sd::mapTerraform(std::move(input), sd::Catalog::builtin());
        else if (errors.empty())
            std::abort();
    }
    return 0;
}
