// SPDX-License-Identifier: MIT
// Design in, every file of one exporter out (built once per exporter, FUZZ_EXPORTER names it).
// Any crash or sanitizer report is a bug, and so is output that smuggles something in:
//  - every YAML file must parse (yaml-cpp's parser, not our emitter), hold no raw \r, U+0085,
//    U+2028 or U+2029 (line breaks to other YAML readers), and no document that is a
//    ClusterRoleBinding and no top-level `include`, which no design can ask for;
//  - every Terraform line must close its string literals on the line it opens them, or a quote
//    plus newline in a name could add attributes.
// Run by scripts/fuzz.sh; the tests read the same outputs with PyYAML and HashiCorp's HCL parser.
#include "catalog.h"
#include "designio.h"
#include "exporter.h"

#include <QCoreApplication>

#include <yaml-cpp/yaml.h>

#include <cstdint>
#include <cstdlib>

namespace {

void checkYaml(const QByteArray &text)
{
    // yaml-cpp reads these as characters, PyYAML and the YAML spec as line breaks: a raw one ends a
    // comment or splits a scalar for other readers, so no exported YAML file may hold one.
    for (const char *lineBreak : {"\r", "\xC2\x85", "\xE2\x80\xA8", "\xE2\x80\xA9"})
        if (text.contains(lineBreak))
            std::abort();
    std::vector<YAML::Node> documents;
    try {
        documents = YAML::LoadAll(text.toStdString());
    } catch (const YAML::Exception &) {
        std::abort(); // an exported YAML file that does not parse
    }
    for (const YAML::Node &d : documents) {
        if (!d.IsMap())
            continue;
        if (d["kind"] && d["kind"].IsScalar() && d["kind"].as<std::string>() == "ClusterRoleBinding")
            std::abort();
        if (d["include"])
            std::abort();
    }
}

/// Each line outside comments and heredocs has its string literals closed on that line.
void checkHcl(const QByteArray &text)
{
    bool heredoc = false;
    QByteArray heredocEnd;
    for (const QByteArray &line : text.split('\n')) {
        if (heredoc) {
            if (line.trimmed() == heredocEnd)
                heredoc = false;
            continue;
        }
        bool inString = false;
        int templateDepth = 0;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const char c = line.at(i);
            if (!inString && templateDepth == 0 && (c == '#' || (c == '/' && line.mid(i, 2) == "//")))
                break;
            if (!inString && line.mid(i, 3) == "<<-") {
                heredoc = true;
                heredocEnd = line.mid(i + 3).trimmed();
                break;
            }
            if (inString && c == '\\') {
                ++i;
                continue;
            }
            if (inString && (c == '$' || c == '%') && line.mid(i, 2) == QByteArray(1, c) + '{') {
                ++templateDepth;
                inString = false; // inside ${...} until its }
                ++i;
                continue;
            }
            if (!inString && templateDepth > 0 && c == '}') {
                --templateDepth;
                inString = true;
                continue;
            }
            if (c == '"')
                inString = !inString;
        }
        if (inString || templateDepth > 0)
            std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    const sd::Catalog &catalog = sd::Catalog::builtin();
    const sd::Exporter *exporter = sd::ExporterRegistry::builtin().find(QStringLiteral(FUZZ_EXPORTER));
    if (!exporter)
        std::abort();
    const std::string text(reinterpret_cast<const char *>(data), size);
    const sd::LoadResult loaded = sd::readDesign(text, sd::DesignFormat::Yaml, QStringLiteral("fuzz"), catalog);
    if (!loaded.ok())
        return 0;
    QVariantMap options;
    for (const sd::ExportOptionSpec &spec : exporter->options())
        if (!spec.defaultValue.isEmpty())
            options.insert(spec.key, spec.defaultValue);
    const sd::ExportResult result = exporter->generate(*loaded.design, catalog, options);
    for (const sd::ExportedFile &file : result.files) {
        if (file.path.endsWith(QLatin1String(".yaml")) || file.path.endsWith(QLatin1String(".yml")))
            checkYaml(file.contents);
        else if (file.path.endsWith(QLatin1String(".tf")))
            checkHcl(file.contents);
    }
    return 0;
}
