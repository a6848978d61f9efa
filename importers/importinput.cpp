// SPDX-License-Identifier: MIT
#include "importinput.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <atomic>
#include <thread>

namespace sd {

namespace {
Diagnostic fileError(const QString &path, const QString &message, int line = 0, int column = 0)
{
    return {Diagnostic::Severity::Error, path, line, column, message};
}

/// The files of a folder with one of the suffixes, sorted so that imports are reproducible.
QStringList filesIn(const QString &folder, const QStringList &suffixes)
{
    QStringList found;
    QDirIterator it(folder, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = QDir(folder).relativeFilePath(path);
        // Hidden folders (.git, .terraform) hold no manifests of the system.
        if (relative.startsWith(QLatin1Char('.')) || relative.contains(QLatin1String("/.")))
            continue;
        for (const QString &suffix : suffixes)
            if (path.endsWith(suffix, Qt::CaseInsensitive)) {
                found.append(path);
                break;
            }
    }
    std::sort(found.begin(), found.end());
    return found;
}
} // namespace

Diagnostic inputError(const QString &file, const SourceNode &at, const QString &message)
{
    return fileError(file, message, at.mark.line, at.mark.column);
}

QString scalarText(const SourceNode *node)
{
    return node && node->isScalar() ? QString::fromStdString(node->text) : QString();
}

bool parseInput(const QString &path, const std::string &text, InputFile &file, Diagnostics &errors,
                const InputLimits &limits)
{
    file.path = path;
    file.documents.clear();
    ParseLimits parse;
    parse.maxDepth = limits.maxDepth;
    parse.maxAliasNodes = limits.maxAliasNodes;
    ParseError error;
    const bool json = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    bool ok = false;
    if (json) {
        SourceNode root;
        ok = parseJson(text, root, error, parse);
        if (ok)
            file.documents.push_back(std::move(root));
    } else {
        ok = parseYamlDocuments(text, file.documents, error, parse);
    }
    if (!ok) {
        errors.push_back(fileError(path, json ? ImportText::tr("not valid JSON: %1").arg(error.message)
                                              : ImportText::tr("not valid YAML: %1").arg(error.message),
                                   error.mark.line, error.mark.column));
        return false;
    }
    return true;
}

bool readInputFile(const QString &path, InputFile &file, Diagnostics &errors, const InputLimits &limits)
{
    QFile in(path);
    const QFileInfo info(path);
    if (info.isDir()) {
        errors.push_back(fileError(path, ImportText::tr("is a folder")));
        return false;
    }
    if (!info.exists()) {
        errors.push_back(fileError(path, ImportText::tr("no such file")));
        return false;
    }
    if (info.size() > limits.maxFileBytes) {
        errors.push_back(fileError(path, ImportText::tr("is %1 MiB; files above %2 MiB are refused")
                                             .arg(info.size() / (1024 * 1024)).arg(limits.maxFileBytes / (1024 * 1024))));
        return false;
    }
    if (!in.open(QIODevice::ReadOnly)) {
        errors.push_back(fileError(path, ImportText::tr("cannot be read: %1").arg(in.errorString())));
        return false;
    }
    // Read one byte more than allowed: a file that grows (or a FIFO) cannot slip past the limit.
    const QByteArray bytes = in.read(limits.maxFileBytes + 1);
    if (bytes.size() > limits.maxFileBytes) {
        errors.push_back(fileError(path, ImportText::tr("is larger than %1 MiB").arg(limits.maxFileBytes / (1024 * 1024))));
        return false;
    }
    if (bytes.contains('\0')) {
        errors.push_back(fileError(path, ImportText::tr("is a binary file, not YAML or JSON")));
        return false;
    }
    return parseInput(path, bytes.toStdString(), file, errors, limits);
}

InputSet readInputs(const QStringList &paths, const QStringList &suffixes, const InputLimits &limits)
{
    InputSet set;
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            const QStringList found = filesIn(path, suffixes);
            if (found.isEmpty())
                set.errors.push_back(fileError(path, ImportText::tr("holds no file ending in %1").arg(suffixes.join(QLatin1String(", ")))));
            files += found;
        } else {
            files.append(path);
        }
    }
    if (files.size() > limits.maxFiles) {
        set.errors.push_back(fileError(paths.value(0), ImportText::tr("%1 files; an import reads at most %2").arg(files.size()).arg(limits.maxFiles)));
        return set;
    }
    qint64 total = 0;
    for (const QString &path : files) {
        total += QFileInfo(path).size();
        if (total > limits.maxTotalBytes) {
            set.errors.push_back(fileError(path, ImportText::tr("the files add up to more than %1 MiB; an import reads at most that")
                                                     .arg(limits.maxTotalBytes / (1024 * 1024))));
            return set;
        }
    }
    // Files parse independently, and parsing is most of an import's time: one thread per core,
    // results kept in the files' order so that every import of the same files is the same.
    std::vector<InputFile> parsed(size_t(files.size()));
    std::vector<Diagnostics> problems(size_t(files.size()));
    std::vector<char> ok(size_t(files.size()), 0);
    std::atomic<qsizetype> next{0};
    auto work = [&] {
        for (qsizetype i = next++; i < files.size(); i = next++)
            ok[size_t(i)] = readInputFile(files[i], parsed[size_t(i)], problems[size_t(i)], limits);
    };
    const int threads = int(std::clamp<qsizetype>(std::thread::hardware_concurrency(), 1, std::min<qsizetype>(8, files.size())));
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(work);
    work();
    for (std::thread &t : pool)
        t.join();
    for (size_t i = 0; i < parsed.size(); ++i) {
        set.errors.insert(set.errors.end(), problems[i].begin(), problems[i].end());
        if (ok[i])
            set.files.push_back(std::move(parsed[i]));
    }
    return set;
}

} // namespace sd
