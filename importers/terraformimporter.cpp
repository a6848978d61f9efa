// SPDX-License-Identifier: MIT
#include "terraformimporter.h"

#include "importdraft.h"
#include "importinput.h"
#include "terraformconfig.h"
#include "terraformjson.h"
#include "terraformmapper.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace sd {

namespace {

/// What one path of the command line stands for.
struct Root {
    QString path;
    bool json = false;
    bool jsonSyntax = false; ///< a .tf.json file: Terraform's JSON configuration syntax, not read
};

/// A folder with .tf files is a root module; one without holds root modules in its sub-folders
/// (an export for several clouds: aws/, gcp/), and its .json files are plans or states.
void rootsOf(const QString &path, std::vector<Root> &roots, int depth)
{
    const QFileInfo info(path);
    if (!info.isDir()) {
        roots.push_back({path, path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive), path.endsWith(QLatin1String(".tf.json"), Qt::CaseInsensitive)});
        return;
    }
    const QDir dir(path);
    const bool module = !dir.entryList({QStringLiteral("*.tf")}, QDir::Files).isEmpty();
    if (module)
        roots.push_back({path, false});
    for (const QString &json : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        roots.push_back({dir.filePath(json), true, json.endsWith(QLatin1String(".tf.json"))});
    if (module || depth >= 3)
        return;
    for (const QString &sub : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        if (!sub.startsWith(QLatin1Char('.')))
            rootsOf(dir.filePath(sub), roots, depth + 1);
}

/// Keeps the addresses of several roots apart: "aws/aws_vpc.main" and "gcp/google_compute_network.main".
void qualify(TerraformInput &input, size_t from, const QString &root)
{
    for (size_t i = from; i < input.resources.size(); ++i) {
        TfResource &r = input.resources[i];
        r.address = root + QLatin1Char('/') + r.address;
        for (TfReference &ref : r.references)
            ref.target = root + QLatin1Char('/') + ref.target;
    }
}

} // namespace

QString TerraformImporter::displayName() const { return ImportText::tr("Terraform"); }

QString TerraformImporter::fileFilter() const { return ImportText::tr("Terraform files and plans (*.tf *.json)"); }

ImportResult TerraformImporter::import(const QStringList &paths, const Catalog &catalog) const
{
    ImportResult failed;
    std::vector<Root> roots;
    for (const QString &path : paths) {
        if (!QFileInfo::exists(path)) {
            failed.errors.push_back({Diagnostic::Severity::Error, path, 0, 0, ImportText::tr("no such file or folder")});
            return failed;
        }
        const size_t before = roots.size();
        rootsOf(path, roots, 0);
        if (roots.size() == before) {
            failed.errors.push_back({Diagnostic::Severity::Error, path, 0, 0, ImportText::tr("holds no .tf file and no terraform show -json output")});
            return failed;
        }
    }
    TerraformInput input;
    TerraformConfigReader reader;
    const InputLimits limits;
    for (const Root &root : roots) {
        if (root.jsonSyntax) {
            input.report.dropped({root.path, 0}, QFileInfo(root.path).fileName(),
                                 ImportText::tr("Terraform's JSON configuration syntax (.tf.json) is not read; its resources are not imported"));
            continue;
        }
        const size_t before = input.resources.size();
        QHash<QString, QString> regions = input.providerRegions;
        input.providerRegions.clear();
        if (root.json) {
            QFile f(root.path);
            if (!f.open(QIODevice::ReadOnly)) {
                failed.errors.push_back({Diagnostic::Severity::Error, root.path, 0, 0, ImportText::tr("cannot read: %1").arg(f.errorString())});
                return failed;
            }
            if (f.size() > limits.maxFileBytes) {
                failed.errors.push_back({Diagnostic::Severity::Error, root.path, 0, 0,
                                         ImportText::tr("is larger than %1 MiB; not read").arg(limits.maxFileBytes / (1024 * 1024))});
                return failed;
            }
            const QByteArray text = f.readAll();
            if (!readTerraformJson(root.path, text, input, failed.errors)) {
                failed.report = std::move(input.report);
                return failed;
            }
        } else if (!reader.read(root.path, input, failed.errors)) {
            failed.report = std::move(input.report);
            return failed;
        }
        if (roots.size() > 1) {
            const QString name = QFileInfo(root.path).fileName();
            qualify(input, before, name);
            for (auto it = input.providerRegions.cbegin(); it != input.providerRegions.cend(); ++it)
                regions.insert(name + QLatin1Char('/') + it.key(), it.value());
            for (size_t i = before; i < input.resources.size(); ++i)
                input.resources[i].providerKey = name + QLatin1Char('/') + input.resources[i].providerKey;
        } else {
            for (auto it = input.providerRegions.cbegin(); it != input.providerRegions.cend(); ++it)
                regions.insert(it.key(), it.value());
        }
        input.providerRegions = regions;
    }
    if (input.resources.empty()) {
        failed.errors.push_back({Diagnostic::Severity::Error, paths.value(0), 0, 0, ImportText::tr("defines no resources: nothing to import")});
        failed.report = std::move(input.report);
        return failed;
    }
    const QFileInfo first(paths.value(0));
    input.designName = QFileInfo(first.isDir() ? first.absoluteFilePath() : first.absolutePath()).fileName();
    ImportDraft draft = mapTerraform(std::move(input), catalog);
    draft.description = ImportText::tr("Imported from Terraform: %1.").arg(paths.join(QStringLiteral(", ")));
    if (draft.components.empty()) {
        failed.errors.push_back({Diagnostic::Severity::Error, paths.value(0), 0, 0,
                                 ImportText::tr("no resource of a type the import maps (aws, google, azurerm services): nothing to import; see the report")});
        failed.report = std::move(draft.report);
        return failed;
    }
    return assembleDesign(std::move(draft), catalog);
}

} // namespace sd
