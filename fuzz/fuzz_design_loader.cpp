// SPDX-License-Identifier: MIT
// Feeds arbitrary bytes to the YAML and JSON design readers. Any crash, hang, leak or
// sanitizer report is a bug; an error message is the expected answer to garbage.
#include "catalog.h"
#include "designio.h"

#include <QCoreApplication>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    const sd::Catalog &catalog = sd::Catalog::builtin();
    const std::string text(reinterpret_cast<const char *>(data), size);
    for (sd::DesignFormat format : {sd::DesignFormat::Yaml, sd::DesignFormat::Json}) {
        const sd::LoadResult r = sd::readDesign(text, format, QStringLiteral("fuzz"), catalog);
        if (r.ok()) {
            // What loads must save and load again to the same design.
            const QByteArray saved = sd::writeDesign(*r.design, format);
            const sd::LoadResult again = sd::readDesign(saved.toStdString(), format, QStringLiteral("resaved"), catalog);
            if (!again.ok() || !(*again.design == *r.design))
                std::abort();
        } else if (r.diagnostics.empty()) {
            std::abort(); // a refusal must say why
        }
    }
    return 0;
}
