// SPDX-License-Identifier: MIT
#include "exportwriter.h"

#include "atomicfile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <nlohmann/json.hpp>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <map>
#include <set>
#include <sys/stat.h>
#include <unistd.h>

namespace sd {

namespace {

QString osError(int code) { return QString::fromLocal8Bit(std::strerror(code)); }
QByteArray encoded(const QString &path) { return QFile::encodeName(path); }

QByteArray sha256(const QByteArray &bytes) { return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex(); }

/// The hash of a regular file on disk, or empty when it cannot be read.
QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&f))
        return {};
    return hash.result().toHex();
}

/// The files an earlier export of the same format wrote here, with their hashes then.
std::map<QString, QByteArray> readManifest(const QString &path)
{
    std::map<QString, QByteArray> files;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return files;
    const auto json = nlohmann::json::parse(f.readAll().toStdString(), nullptr, false);
    if (!json.is_object() || !json.contains("files") || !json["files"].is_object())
        return files; // an unreadable manifest owns nothing: every file in the way is then a conflict
    for (const auto &[name, hash] : json["files"].items())
        if (hash.is_string())
            files[QString::fromStdString(name)] = QByteArray::fromStdString(hash.get<std::string>()).remove(0, 7); // "sha256:"
    return files;
}

QByteArray manifestBytes(const QString &exporterId, const std::map<QString, QByteArray> &files)
{
    nlohmann::ordered_json j;
    j["generatedBy"] = "Stackdraft";
    j["exporter"] = exporterId.toStdString();
    j["note"] = "Files listed here are replaced by the next export while unchanged; edit one and the export refuses to overwrite it.";
    nlohmann::ordered_json list = nlohmann::ordered_json::object();
    for (const auto &[name, hash] : files)
        list[name.toStdString()] = "sha256:" + hash.toStdString();
    j["files"] = list;
    return QByteArray::fromStdString(j.dump(2) + "\n");
}

enum class EntryType { File, Folder, Symlink, Other };

EntryType entryType(const QString &path)
{
    struct stat st {};
    if (::lstat(encoded(path).constData(), &st) != 0)
        return EntryType::Other;
    if (S_ISLNK(st.st_mode))
        return EntryType::Symlink;
    if (S_ISDIR(st.st_mode))
        return EntryType::Folder;
    return S_ISREG(st.st_mode) ? EntryType::File : EntryType::Other;
}

/// Everything under `root`, relative, sorted so that a folder comes before what it holds. Symlinks are not followed.
std::map<QString, EntryType> listTree(const QString &root)
{
    std::map<QString, EntryType> entries;
    QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    const qsizetype prefix = root.size() + 1;
    while (it.hasNext()) {
        const QString path = it.next();
        entries[path.mid(prefix)] = entryType(path);
    }
    return entries;
}

QString randomSuffix() { return QString::number(QRandomGenerator::global()->generate64(), 16); }

QStringList canonicalInputs(const QStringList &inputs)
{
    QStringList result;
    for (const QString &input : inputs) {
        const QFileInfo info(input);
        result << info.absoluteFilePath();
        if (!info.canonicalFilePath().isEmpty())
            result << info.canonicalFilePath();
    }
    return result;
}

bool isInput(const QString &path, const QStringList &inputs)
{
    const QFileInfo info(path);
    return inputs.contains(info.absoluteFilePath()) || (!info.canonicalFilePath().isEmpty() && inputs.contains(info.canonicalFilePath()));
}

/// Swaps two paths with one rename(2) where the kernel can (RENAME_EXCHANGE), else with two.
int swapFolders(const QString &fresh, const QString &current)
{
#ifdef RENAME_EXCHANGE
    if (::renameat2(AT_FDCWD, encoded(fresh).constData(), AT_FDCWD, encoded(current).constData(), RENAME_EXCHANGE) == 0)
        return 0;
    if (errno != EINVAL && errno != ENOSYS)
        return errno;
#endif
    const QString aside = current + QStringLiteral(".old-") + randomSuffix();
    if (::rename(encoded(current).constData(), encoded(aside).constData()) != 0)
        return errno;
    if (::rename(encoded(fresh).constData(), encoded(current).constData()) != 0) {
        const int code = errno;
        ::rename(encoded(aside).constData(), encoded(current).constData());
        return code;
    }
    // The old set now sits where the fresh one was built, to be removed like it.
    return ::rename(encoded(aside).constData(), encoded(fresh).constData()) == 0 ? 0 : errno;
}

void syncFolder(const QString &folder)
{
    const int fd = ::open(encoded(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

ExportWriteReport failure(QString error, QStringList conflicts = {})
{
    ExportWriteReport r;
    r.error = std::move(error);
    r.conflicts = std::move(conflicts);
    return r;
}

} // namespace

QString exportManifestName(const QString &exporterId) { return QStringLiteral(".stackdraft-export-%1.json").arg(exporterId); }

ExportWriteReport writeExportFolder(const ExportResult &result, const QString &directory, const ExportWriteOptions &options)
{
    const QString dir = QDir::cleanPath(QFileInfo(directory).absoluteFilePath());
    const QString manifestName = exportManifestName(options.exporterId);
    const QStringList inputs = canonicalInputs(options.inputs);
    const EntryType dirType = entryType(dir);
    const bool exists = QFileInfo(dir).exists() || dirType == EntryType::Symlink;
    if (exists && dirType == EntryType::Symlink)
        return failure(QCoreApplication::translate("Export", "%1: is a symbolic link; exports are written into real folders only").arg(directory));
    if (exists && dirType != EntryType::Folder)
        return failure(QCoreApplication::translate("Export", "%1: exists and is not a folder").arg(directory));
    if (isInput(dir, inputs))
        return failure(QCoreApplication::translate("Export", "%1: is an input of this export; refused").arg(directory));

    // What the new set holds, by clean relative path.
    std::map<QString, const ExportedFile *> generated;
    for (const ExportedFile &file : result.files) {
        const QString rel = QDir::cleanPath(file.path);
        if (rel.isEmpty() || rel == QLatin1String(".") || QDir::isAbsolutePath(rel) || rel == QLatin1String("..")
            || rel.startsWith(QLatin1String("../")) || rel == manifestName)
            return failure(QCoreApplication::translate("Export", "%1: refused, it is outside the export folder").arg(file.path));
        if (isInput(dir + QLatin1Char('/') + rel, inputs))
            return failure(QCoreApplication::translate("Export", "%1: is an input of this export; refused").arg(dir + QLatin1Char('/') + rel));
        generated[rel] = &file;
    }

    const std::map<QString, EntryType> old = exists ? listTree(dir) : std::map<QString, EntryType>{};
    const std::map<QString, QByteArray> manifest = exists ? readManifest(dir + QLatin1Char('/') + manifestName) : std::map<QString, QByteArray>{};

    // Who owns each file in the way.
    QStringList conflicts;
    QStringList reasons;
    std::set<QString> dropped; // old entries the new set replaces
    for (const auto &[rel, file] : generated) {
        Q_UNUSED(file)
        for (qsizetype slash = rel.indexOf(QLatin1Char('/')); slash > 0; slash = rel.indexOf(QLatin1Char('/'), slash + 1)) {
            const auto ancestor = old.find(rel.left(slash));
            if (ancestor != old.end() && ancestor->second != EntryType::Folder) {
                conflicts << ancestor->first;
                reasons << QCoreApplication::translate("Export", "%1: is in the way of the generated folder and is not a folder").arg(dir + QLatin1Char('/') + ancestor->first);
                dropped.insert(ancestor->first);
            }
        }
        const auto found = old.find(rel);
        if (found == old.end())
            continue;
        const QString path = dir + QLatin1Char('/') + rel;
        dropped.insert(rel);
        if (found->second == EntryType::Folder)
            return failure(QCoreApplication::translate("Export", "%1: is a folder where the export writes a file; refused").arg(path), {rel});
        if (found->second != EntryType::File) {
            conflicts << rel;
            reasons << QCoreApplication::translate("Export", "%1: is a symbolic link or special file, which the export does not follow").arg(path);
            continue;
        }
        const auto listed = manifest.find(rel);
        if (listed == manifest.end()) {
            conflicts << rel;
            reasons << QCoreApplication::translate("Export", "%1: was not written by this export").arg(path);
        } else if (listed->second != fileHash(path)) {
            conflicts << rel;
            reasons << QCoreApplication::translate("Export", "%1: was edited by hand since the last export").arg(path);
        }
    }
    if (!conflicts.isEmpty() && !options.force) {
        QString message = reasons.first();
        if (reasons.size() > 1)
            message += QCoreApplication::translate("Export", " (and %n more file(s))", nullptr, static_cast<int>(reasons.size() - 1));
        return failure(message + QCoreApplication::translate("Export", "; nothing was changed. Export with force to replace them."), conflicts);
    }

    ExportWriteReport report;
    for (const auto &[rel, hash] : manifest) {
        if (generated.count(rel))
            continue;
        const auto found = old.find(rel);
        if (found == old.end())
            continue;
        if (found->second == EntryType::File && fileHash(dir + QLatin1Char('/') + rel) == hash) {
            report.removed << rel;
            dropped.insert(rel);
        } else {
            report.keptEdited << rel; // ours once, but changed since: the user's work now
        }
    }
    dropped.insert(manifestName);

    // Build the new set beside the old one: same file system, so hard links and one rename suffice.
    const QString parent = QFileInfo(dir).absolutePath();
    if (!QDir().mkpath(parent))
        return failure(QCoreApplication::translate("Export", "%1: cannot create the folder").arg(parent));
    struct stat parentStat {}, dirStat {};
    const bool sameDevice = !exists || (::stat(encoded(parent).constData(), &parentStat) == 0
                                        && ::stat(encoded(dir).constData(), &dirStat) == 0 && parentStat.st_dev == dirStat.st_dev);
    if (!sameDevice)
        return failure(QCoreApplication::translate("Export", "%1: is a mount point; export into a folder inside it, so the new set can be swapped in whole").arg(directory));
    const QString fresh = QStringLiteral("%1/.%2.export-%3").arg(parent, QFileInfo(dir).fileName(), randomSuffix());
    if (::mkdir(encoded(fresh).constData(), exists ? (dirStat.st_mode & 07777) : 0777) != 0)
        return failure(QCoreApplication::translate("Export", "%1: cannot create a folder: %2").arg(directory, osError(errno)));
    auto abandon = [&](const QString &error) {
        QDir(fresh).removeRecursively(); // never follows symlinks: it removes the link, not what it points to
        return failure(error);
    };

    for (const auto &[rel, type] : old) {
        bool skip = dropped.count(rel) > 0;
        for (qsizetype slash = rel.indexOf(QLatin1Char('/')); !skip && slash > 0; slash = rel.indexOf(QLatin1Char('/'), slash + 1))
            skip = dropped.count(rel.left(slash)) > 0;
        if (skip)
            continue;
        const QByteArray from = encoded(dir + QLatin1Char('/') + rel);
        const QByteArray to = encoded(fresh + QLatin1Char('/') + rel);
        int code = 0;
        if (type == EntryType::Folder) {
            struct stat st {};
            ::lstat(from.constData(), &st);
            code = ::mkdir(to.constData(), st.st_mode & 07777) == 0 ? 0 : errno;
        } else if (type == EntryType::Symlink) {
            QByteArray link(4096, '\0');
            const ssize_t n = ::readlink(from.constData(), link.data(), size_t(link.size()));
            code = n < 0 ? errno : (::symlink(link.left(n).constData(), to.constData()) == 0 ? 0 : errno);
        } else {
            code = ::link(from.constData(), to.constData()) == 0 ? 0 : errno;
        }
        if (code != 0)
            return abandon(QCoreApplication::translate("Export", "%1: cannot keep it in the new export: %2").arg(dir + QLatin1Char('/') + rel, osError(code)));
    }

    std::map<QString, QByteArray> newManifest;
    for (const auto &[rel, file] : generated) {
        const QString target = fresh + QLatin1Char('/') + rel;
        if (!QDir().mkpath(QFileInfo(target).absolutePath()))
            return abandon(QCoreApplication::translate("Export", "%1: cannot create the folder").arg(QFileInfo(dir + QLatin1Char('/') + rel).absolutePath()));
        const WriteOutcome written = writeFileAtomically(target, file->contents, SymlinkPolicy::Refuse);
        if (!written)
            return abandon(QCoreApplication::translate("Export", "%1: cannot write: %2").arg(dir + QLatin1Char('/') + rel, written.error));
        newManifest[rel] = sha256(file->contents);
        report.written << rel;
    }
    // Folders that held only our stale files go with them (rmdir refuses a folder that still holds anything).
    for (const QString &rel : std::as_const(report.removed))
        for (qsizetype slash = rel.lastIndexOf(QLatin1Char('/')); slash > 0; slash = rel.lastIndexOf(QLatin1Char('/'), slash - 1))
            if (::rmdir(encoded(fresh + QLatin1Char('/') + rel.left(slash)).constData()) != 0)
                break;
    const WriteOutcome manifestWritten = writeFileAtomically(fresh + QLatin1Char('/') + manifestName,
                                                             manifestBytes(options.exporterId, newManifest), SymlinkPolicy::Refuse);
    if (!manifestWritten)
        return abandon(QCoreApplication::translate("Export", "%1: cannot write: %2").arg(dir + QLatin1Char('/') + manifestName, manifestWritten.error));

    const int code = exists ? swapFolders(fresh, dir)
                            : (::rename(encoded(fresh).constData(), encoded(dir).constData()) == 0 ? 0 : errno);
    if (code != 0)
        return abandon(QCoreApplication::translate("Export", "%1: cannot put the new export in place: %2").arg(directory, osError(code)));
    if (exists)
        QDir(fresh).removeRecursively(); // the old set; the user's files live on as links in the new one
    syncFolder(parent);
    report.ok = true;
    return report;
}

ExportWriteReport writeExportSingle(const ExportedFile &file, const QString &path, const ExportWriteOptions &options)
{
    if (isInput(path, canonicalInputs(options.inputs)))
        return failure(QCoreApplication::translate("Export", "%1: is an input of this export; refused").arg(path));
    const WriteOutcome written = writeFileAtomically(path, file.contents, SymlinkPolicy::Refuse);
    if (!written)
        return failure(QCoreApplication::translate("Export", "%1: cannot write: %2").arg(path, written.error));
    ExportWriteReport report;
    report.ok = true;
    report.written << QFileInfo(path).fileName();
    return report;
}

ExportWriteReport writeExportTo(const Exporter &exporter, const QVariantMap &options, const ExportResult &result,
                                const QString &target, ExportWriteOptions writeOptions)
{
    writeOptions.exporterId = exporter.id();
    if (!result.ok())
        return failure(result.error);
    if (exporter.writesSingleFile(options)) {
        if (result.files.size() != 1)
            return failure(QCoreApplication::translate("Export", "%1: the export made %n file(s) where one was expected", nullptr, int(result.files.size())).arg(target));
        const QFileInfo info(target);
        const bool folder = info.isDir() && !info.isSymLink();
        return writeExportSingle(result.files.front(), folder ? QDir(target).filePath(result.files.front().path) : target, writeOptions);
    }
    return writeExportFolder(result, target, writeOptions);
}

QString defaultExportTarget(const Exporter &exporter, const QVariantMap &options, const ExportResult &result,
                            const QString &designFile, const QString &designName, const QString &fallbackFolder)
{
    const bool hasFile = !designFile.isEmpty() && !designFile.startsWith(QLatin1Char(':'));
    const QString folder = hasFile ? QFileInfo(designFile).absolutePath() : fallbackFolder;
    QString base = hasFile ? QFileInfo(designFile).fileName().section(QLatin1Char('.'), 0, 0) : Design::slugify(designName);
    if (base.isEmpty())
        base = QStringLiteral("design");
    if (exporter.writesSingleFile(options) && result.files.size() == 1)
        return QDir(folder).filePath(base + QLatin1Char('-') + QFileInfo(result.files.front().path).fileName());
    return QDir(folder).filePath(base + QLatin1Char('-') + exporter.id());
}

} // namespace sd
