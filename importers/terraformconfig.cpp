// SPDX-License-Identifier: MIT
#include "terraformconfig.h"

#include "hclsyntax.h"
#include "hclvalue.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <deque>
#include <memory>

namespace sd {

namespace {

/// The most instances one resource's count or for_each expands to: more are read as one.
constexpr int kMaxInstances = 256;
/// How deep variables, locals and outputs may refer to each other before the import stops following.
constexpr int kMaxIndirection = 48;
/// Nesting of local module calls.
constexpr int kMaxModuleDepth = 16;
/// Steps of following variables, locals, outputs and attributes in one import: a configuration whose
/// locals fan out into each other (a = [b, b], b = [c, c], ...) would otherwise take exponential time.
constexpr qint64 kMaxSteps = 4'000'000;

struct SourceFile {
    QString path;
    hcl::Block body;
};

struct Located {
    const hcl::Block *block = nullptr;
    const SourceFile *file = nullptr;
};

struct LocatedExpr {
    const hcl::Expr *expr = nullptr;
    const SourceFile *file = nullptr;
};

/// One instance of a module: the root, or a `module` block's call of a folder.
struct ModuleInstance {
    QString prefix;              ///< "" or "module.a" / "module.a.module.b"
    ModuleInstance *parent = nullptr;
    const hcl::Block *call = nullptr; ///< the module block in the parent (its arguments are the variables)
    const SourceFile *callFile = nullptr;
    std::vector<std::unique_ptr<SourceFile>> files;
    QHash<QString, Located> variables;
    QHash<QString, LocatedExpr> locals;
    QHash<QString, LocatedExpr> outputs;
    QHash<QString, ModuleInstance *> children;
    QHash<QString, Located> resources; ///< "type.name"
    QStringList resourceOrder;
    QHash<QString, QVariant> localValues; ///< memo of evaluated locals
    QSet<QString> evaluating;             ///< locals being evaluated: a cycle is unknown, not a hang
};

QString joinPrefix(const QString &prefix, const QString &rest) { return prefix.isEmpty() ? rest : prefix + QLatin1Char('.') + rest; }

} // namespace

/// Loads the module tree and turns it into TfResources.
class TerraformModuleLoader
{
public:
    TerraformModuleLoader(TerraformConfigReader &reader, TerraformInput &input, Diagnostics &errors)
        : m_reader(reader), m_input(input), m_errors(errors)
    {
    }

    bool load(const QString &path)
    {
        QFileInfo info(path);
        m_root = std::make_unique<ModuleInstance>();
        if (!readFiles(*m_root, path, info.isDir()))
            return false;
        if (info.isDir() && !readVariableFiles(path))
            return false;
        if (!index(*m_root, 0))
            return false;
        emitResources(*m_root);
        return true;
    }

private:
    bool readFiles(ModuleInstance &module, const QString &path, bool folder)
    {
        QStringList paths;
        if (folder) {
            for (const QFileInfo &f : QDir(path).entryInfoList({QStringLiteral("*.tf")}, QDir::Files | QDir::Readable, QDir::Name))
                paths.append(QDir(path).filePath(f.fileName()));
            if (paths.isEmpty()) {
                m_errors.push_back({Diagnostic::Severity::Error, path, 0, 0, ImportText::tr("holds no .tf file")});
                return false;
            }
        } else {
            paths.append(path);
        }
        for (const QString &p : paths) {
            QFile f(p);
            if (!f.open(QIODevice::ReadOnly)) {
                m_errors.push_back({Diagnostic::Severity::Error, p, 0, 0, ImportText::tr("cannot read: %1").arg(f.errorString())});
                return false;
            }
            const InputLimits &limits = m_reader.m_limits;
            if (f.size() > limits.maxFileBytes) {
                m_errors.push_back({Diagnostic::Severity::Error, p, 0, 0,
                                    ImportText::tr("is larger than %1 MiB; not read").arg(limits.maxFileBytes / (1024 * 1024))});
                return false;
            }
            m_reader.m_totalBytes += f.size();
            if (++m_reader.m_files > limits.maxFiles || m_reader.m_totalBytes > limits.maxTotalBytes) {
                m_errors.push_back({Diagnostic::Severity::Error, p, 0, 0,
                                    ImportText::tr("the import is larger than %1 files or %2 MiB; stopped")
                                        .arg(limits.maxFiles)
                                        .arg(limits.maxTotalBytes / (1024 * 1024))});
                return false;
            }
            hcl::Limits hclLimits;
            hclLimits.maxDepth = limits.maxDepth;
            hclLimits.maxBytes = limits.maxFileBytes;
            hcl::ParseResult parsed = hcl::parse(f.readAll(), hclLimits);
            if (!parsed.ok()) {
                m_errors.push_back({Diagnostic::Severity::Error, p, parsed.error->pos.line, parsed.error->pos.column,
                                    ImportText::tr("not valid HCL: %1").arg(parsed.error->message)});
                return false;
            }
            auto file = std::make_unique<SourceFile>();
            file->path = p;
            file->body = std::move(parsed.body);
            module.files.push_back(std::move(file));
        }
        return true;
    }

    /// terraform.tfvars and *.auto.tfvars, as Terraform reads them: their values override the defaults.
    bool readVariableFiles(const QString &folder)
    {
        QStringList names;
        if (QFileInfo::exists(QDir(folder).filePath(QStringLiteral("terraform.tfvars"))))
            names.append(QStringLiteral("terraform.tfvars"));
        names += QDir(folder).entryList({QStringLiteral("*.auto.tfvars")}, QDir::Files, QDir::Name);
        for (const QString &name : std::as_const(names)) {
            ModuleInstance scratch;
            if (!readFiles(scratch, QDir(folder).filePath(name), false))
                return false;
            for (const hcl::Attribute &a : scratch.files.front()->body.attributes)
                if (const auto v = hcl::evaluate(a.value, [](const QStringList &) { return std::nullopt; }))
                    m_variableValues.insert(a.name, *v);
            m_input.report.mapped({QDir(folder).filePath(name), 1}, name, ImportText::tr("variable values read"));
        }
        return true;
    }

    SourceRef refOf(const SourceFile *file, const hcl::Position &pos) const { return {file ? file->path : QString(), pos.line}; }

    bool index(ModuleInstance &module, int depth)
    {
        std::vector<const hcl::Block *> providers;
        for (const std::unique_ptr<SourceFile> &file : module.files) {
            for (const hcl::Block &b : file->body.blocks) {
                const QString &type = b.type;
                if (type == QLatin1String("resource") && b.labels.size() == 2) {
                    const QString key = b.labels[0] + QLatin1Char('.') + b.labels[1];
                    if (!module.resources.contains(key))
                        module.resourceOrder.append(key);
                    module.resources.insert(key, {&b, file.get()});
                } else if (type == QLatin1String("variable") && b.labels.size() == 1) {
                    module.variables.insert(b.labels[0], {&b, file.get()});
                } else if (type == QLatin1String("locals")) {
                    for (const hcl::Attribute &a : b.attributes)
                        module.locals.insert(a.name, {&a.value, file.get()});
                } else if (type == QLatin1String("output") && b.labels.size() == 1) {
                    if (const hcl::Attribute *value = b.attribute(QStringLiteral("value")))
                        module.outputs.insert(b.labels[0], {&value->value, file.get()});
                } else if (type == QLatin1String("provider") && b.labels.size() == 1) {
                    providers.push_back(&b); // evaluated once the module's variables are known
                } else if (type == QLatin1String("module") && b.labels.size() == 1) {
                    if (!moduleCall(module, b, file.get(), depth))
                        return false;
                }
            }
        }
        for (const hcl::Block *b : providers)
            providerBlock(module, *b);
        return true;
    }

    void providerBlock(ModuleInstance &module, const hcl::Block &b)
    {
        QString key = b.labels[0];
        if (const hcl::Attribute *alias = b.attribute(QStringLiteral("alias")))
            if (const std::optional<QString> name = alias->value.literalString())
                key += QLatin1Char('.') + *name;
        if (!module.prefix.isEmpty())
            key = module.prefix + QLatin1Char(':') + key;
        if (const hcl::Attribute *region = b.attribute(QStringLiteral("region")))
            if (const std::optional<QVariant> v = hcl::evaluate(region->value, resolverFor(module, -1, {}, {})))
                if (!v->toString().isEmpty())
                    m_input.providerRegions.insert(key, v->toString());
    }

    bool moduleCall(ModuleInstance &module, const hcl::Block &b, const SourceFile *file, int depth)
    {
        const QString name = b.labels[0];
        const hcl::Attribute *sourceAttr = b.attribute(QStringLiteral("source"));
        const std::optional<QString> source = sourceAttr ? sourceAttr->value.literalString() : std::nullopt;
        const QString subject = QStringLiteral("module %1").arg(joinPrefix(module.prefix, QStringLiteral("module.") + name));
        if (!source) {
            m_input.report.unresolved(refOf(file, b.pos), subject, ImportText::tr("has no literal source; its resources are not imported"));
            return true;
        }
        if (!source->startsWith(QLatin1String("./")) && !source->startsWith(QLatin1String("../"))) {
            m_input.report.unresolved(refOf(file, b.pos), subject,
                                      ImportText::tr("source %1 is not a local folder (registry, git or URL); its resources are not imported").arg(*source));
            return true;
        }
        const QString folder = QDir::cleanPath(QFileInfo(file->path).path() + QLatin1Char('/') + *source);
        if (depth + 1 > kMaxModuleDepth) {
            m_errors.push_back({Diagnostic::Severity::Error, file->path, b.pos.line, b.pos.column,
                                ImportText::tr("modules nested more than %1 deep (a module calling itself?)").arg(kMaxModuleDepth)});
            return false;
        }
        if (!QFileInfo(folder).isDir()) {
            m_input.report.unresolved(refOf(file, b.pos), subject, ImportText::tr("source %1: no such folder; its resources are not imported").arg(*source));
            return true;
        }
        m_instances.push_back(std::make_unique<ModuleInstance>());
        ModuleInstance &child = *m_instances.back();
        child.prefix = joinPrefix(module.prefix, QStringLiteral("module.") + name);
        child.parent = &module;
        child.call = &b;
        child.callFile = file;
        module.children.insert(name, &child);
        if (!readFiles(child, folder, true))
            return false;
        m_input.report.mapped(refOf(file, b.pos), subject, ImportText::tr("local module %1 read").arg(*source));
        return index(child, depth + 1);
    }

    /// Counts one step of following; past the budget everything further is unknown, said once.
    bool step()
    {
        if (++m_steps <= kMaxSteps)
            return true;
        if (m_steps == kMaxSteps + 1)
            m_input.report.dropped({}, QStringLiteral("configuration"),
                                   ImportText::tr("variables, locals and outputs refer to each other more than %1 times; what is left of them is read as unknown")
                                       .arg(kMaxSteps));
        return false;
    }

    // --- values -------------------------------------------------------------------------------------
    hcl::Resolver resolverFor(ModuleInstance &module, int countIndex, const QVariant &eachKey, const QVariant &eachValue)
    {
        return [this, &module, countIndex, eachKey, eachValue](const QStringList &parts) -> std::optional<QVariant> {
            if (m_depth > kMaxIndirection || !step())
                return std::nullopt;
            ++m_depth;
            std::optional<QVariant> v = resolveValue(module, parts, countIndex, eachKey, eachValue);
            --m_depth;
            return v;
        };
    }

    std::optional<QVariant> resolveValue(ModuleInstance &module, const QStringList &parts, int countIndex, const QVariant &eachKey,
                                         const QVariant &eachValue)
    {
        const QString &root = parts.first();
        if (root == QLatin1String("count") && parts.value(1) == QLatin1String("index"))
            return countIndex >= 0 ? std::optional<QVariant>(qlonglong(countIndex)) : std::nullopt;
        if (root == QLatin1String("each")) {
            if (!eachKey.isValid())
                return std::nullopt;
            if (parts.value(1) == QLatin1String("key"))
                return hcl::navigate(eachKey, parts, 2);
            if (parts.value(1) == QLatin1String("value"))
                return hcl::navigate(eachValue, parts, 2);
            return std::nullopt;
        }
        if (parts.size() < 2)
            return std::nullopt;
        const QString &name = parts.at(1);
        if (root == QLatin1String("var")) {
            if (!module.call && m_variableValues.contains(name))
                return hcl::navigate(m_variableValues.value(name), parts, 2);
            if (module.call)
                if (const hcl::Attribute *arg = module.call->attribute(name))
                    if (const auto v = hcl::evaluate(arg->value, resolverFor(*module.parent, -1, {}, {})))
                        return hcl::navigate(*v, parts, 2);
            const auto it = module.variables.constFind(name);
            if (it == module.variables.cend())
                return std::nullopt;
            const hcl::Attribute *def = it->block->attribute(QStringLiteral("default"));
            if (!def)
                return std::nullopt;
            if (const auto v = hcl::evaluate(def->value, [](const QStringList &) { return std::nullopt; }))
                return hcl::navigate(*v, parts, 2);
            return std::nullopt;
        }
        if (root == QLatin1String("local")) {
            if (!module.localValues.contains(name)) {
                const auto it = module.locals.constFind(name);
                if (it == module.locals.cend() || module.evaluating.contains(name))
                    return std::nullopt;
                module.evaluating.insert(name);
                const std::optional<QVariant> v = hcl::evaluate(*it->expr, resolverFor(module, -1, {}, {}));
                module.evaluating.remove(name);
                if (!v)
                    return std::nullopt;
                module.localValues.insert(name, *v);
            }
            return hcl::navigate(module.localValues.value(name), parts, 2);
        }
        if (root == QLatin1String("module")) {
            ModuleInstance *child = module.children.value(name);
            if (!child || parts.size() < 3)
                return std::nullopt;
            const auto out = child->outputs.constFind(parts.at(2));
            if (out == child->outputs.cend())
                return std::nullopt;
            if (const auto v = hcl::evaluate(*out->expr, resolverFor(*child, -1, {}, {})))
                return hcl::navigate(*v, parts, 3);
            return std::nullopt;
        }
        // Another resource's attribute: known when its configuration sets it to a known value.
        const auto res = module.resources.constFind(root + QLatin1Char('.') + name);
        if (res == module.resources.cend() || parts.size() < 3)
            return std::nullopt;
        qsizetype next = 2;
        int index = -1;
        static const QRegularExpression indexPattern(QStringLiteral(R"(^\[(\d+)\]$)"));
        if (const auto m = indexPattern.match(parts.at(2)); m.hasMatch()) {
            index = m.captured(1).toInt();
            ++next;
        }
        if (next >= parts.size())
            return std::nullopt;
        const hcl::Attribute *attr = res->block->attribute(parts.at(next));
        if (!attr)
            return std::nullopt;
        if (const auto v = hcl::evaluate(attr->value, resolverFor(module, index, {}, {})))
            return hcl::navigate(*v, parts, next + 1);
        return std::nullopt;
    }

    // --- references -----------------------------------------------------------------------------
    /// Follows a reference through variables, locals and outputs to the resources it names.
    void resolveReference(ModuleInstance &module, const hcl::Reference &ref, const TfReference &base, std::vector<TfReference> &out,
                          int depth)
    {
        if (depth > kMaxIndirection || ref.parts.size() < 2 || !step())
            return;
        const QString &root = ref.parts.first();
        const QString &name = ref.parts.at(1);
        const auto followExpr = [&](ModuleInstance &in, const hcl::Expr &expr) {
            for (const hcl::Reference &inner : hcl::referencesOf(expr))
                resolveReference(in, inner, base, out, depth + 1);
        };
        if (root == QLatin1String("var")) {
            if (module.call && module.parent)
                if (const hcl::Attribute *arg = module.call->attribute(name))
                    followExpr(*module.parent, arg->value);
            return;
        }
        if (root == QLatin1String("local")) {
            if (const auto it = module.locals.constFind(name); it != module.locals.cend())
                followExpr(module, *it->expr);
            return;
        }
        if (root == QLatin1String("module")) {
            if (ModuleInstance *child = module.children.value(name); child && ref.parts.size() >= 3)
                if (const auto out2 = child->outputs.constFind(ref.parts.at(2)); out2 != child->outputs.cend())
                    followExpr(*child, *out2->expr);
            return;
        }
        static const QStringList notResources = {QStringLiteral("data"), QStringLiteral("count"), QStringLiteral("each"), QStringLiteral("self"),
                                                 QStringLiteral("path"), QStringLiteral("terraform")};
        if (notResources.contains(root) || name.startsWith(QLatin1Char('[')) || m_iterators.contains(root))
            return;
        TfReference r = base;
        r.target = joinPrefix(module.prefix, root + QLatin1Char('.') + name);
        qsizetype next = 2;
        if (ref.parts.size() > 2 && ref.parts.at(2).startsWith(QLatin1Char('['))) {
            const QString index = ref.parts.at(2);
            bool ok = false;
            const int n = index.mid(1, index.size() - 2).toInt(&ok);
            r.index = index == QLatin1String("[*]") ? -2 : (ok ? n : -2);
            if (ok || index.startsWith(QLatin1String("[\"")))
                r.key = index;
            ++next;
        }
        r.targetAttribute = ref.parts.value(next);
        out.push_back(std::move(r));
    }

    /// Walks an attribute's expression, naming the place of each reference for the report:
    /// object keys, and the `name` of list items shaped {name = "X", value = ...} (environments).
    void walk(ModuleInstance &module, const hcl::Expr &e, const QString &path, const TfReference &base, std::vector<TfReference> &out, int depth)
    {
        if (depth > 128)
            return;
        if (e.kind == hcl::Expr::Kind::Object) {
            for (size_t i = 0; i + 1 < e.children.size(); i += 2) {
                const hcl::Expr &key = e.children[i];
                const QString keyName = key.kind == hcl::Expr::Kind::Variable ? key.name : key.literalString().value_or(QStringLiteral("?"));
                walk(module, e.children[i + 1], path + QLatin1Char('.') + keyName, base, out, depth + 1);
            }
            return;
        }
        if (e.kind == hcl::Expr::Kind::Tuple) {
            for (const hcl::Expr &item : e.children) {
                QString itemPath = path;
                if (item.kind == hcl::Expr::Kind::Object)
                    for (size_t i = 0; i + 1 < item.children.size(); i += 2)
                        if (item.children[i].kind == hcl::Expr::Kind::Variable && item.children[i].name == QLatin1String("name"))
                            if (const auto n = item.children[i + 1].literalString())
                                itemPath = path + QLatin1Char('.') + *n;
                walk(module, item, itemPath, base, out, depth + 1);
            }
            return;
        }
        if (e.kind == hcl::Expr::Kind::Call && e.name == QLatin1String("jsonencode")) {
            for (const hcl::Expr &arg : e.children)
                walk(module, arg, path, base, out, depth + 1);
            return;
        }
        TfReference here = base;
        here.via = path;
        for (const hcl::Reference &ref : hcl::referencesOf(e)) {
            here.source.line = ref.pos.line;
            resolveReference(module, ref, here, out, 0);
        }
    }

    void referencesOfBody(ModuleInstance &module, const hcl::Block &body, const QString &path, const QString &top, const SourceFile *file,
                          std::vector<TfReference> &out)
    {
        static const QStringList ignored = {QStringLiteral("depends_on"), QStringLiteral("provider"), QStringLiteral("lifecycle"),
                                            QStringLiteral("provisioner"), QStringLiteral("connection"), QStringLiteral("count"),
                                            QStringLiteral("for_each")};
        for (const hcl::Attribute &a : body.attributes) {
            if (ignored.contains(a.name))
                continue;
            TfReference base;
            base.attribute = top.isEmpty() ? a.name : top;
            base.source = refOf(file, a.pos);
            walk(module, a.value, path.isEmpty() ? a.name : path + QLatin1Char('.') + a.name, base, out, 0);
        }
        for (const hcl::Block &b : body.blocks) {
            if (ignored.contains(b.type))
                continue;
            const bool dynamic = b.type == QLatin1String("dynamic") && !b.labels.isEmpty();
            const QString type = dynamic ? b.labels.first() : b.type;
            const QString inner = path.isEmpty() ? type : path + QLatin1Char('.') + type;
            if (dynamic) {
                // The iterator (the block's label, or `iterator`) names each element, not a resource.
                QString iterator = type;
                if (const hcl::Attribute *it = b.attribute(QStringLiteral("iterator")))
                    iterator = it->value.kind == hcl::Expr::Kind::Variable ? it->value.name : iterator;
                m_iterators.append(iterator);
                for (const hcl::Block *content : b.blocksOfType(QStringLiteral("content")))
                    referencesOfBody(module, *content, inner, top.isEmpty() ? type : top, file, out);
                m_iterators.removeLast();
                if (const hcl::Attribute *each = b.attribute(QStringLiteral("for_each"))) {
                    TfReference base;
                    base.attribute = top.isEmpty() ? type : top;
                    base.source = refOf(file, each->pos);
                    walk(module, each->value, inner, base, out, 0);
                }
                continue;
            }
            referencesOfBody(module, b, inner, top.isEmpty() ? type : top, file, out);
        }
    }

    // --- output -----------------------------------------------------------------------------------
    void emitResources(ModuleInstance &module)
    {
        for (const QString &key : module.resourceOrder) {
            const Located &at = module.resources[key];
            const hcl::Block &block = *at.block;
            TfResource r;
            r.type = block.labels[0];
            r.name = block.labels[1];
            r.module = module.prefix;
            r.address = joinPrefix(module.prefix, key);
            r.source = refOf(at.file, block.pos);
            QString provider = r.provider();
            if (const hcl::Attribute *p = block.attribute(QStringLiteral("provider")))
                for (const hcl::Reference &ref : hcl::referencesOf(p->value))
                    provider = ref.toString();
            r.providerKey = provider;
            instances(module, block, r.instances, r.instanceKeys);
            referencesOfBody(module, block, {}, {}, at.file, r.references);
            m_input.resources.push_back(std::move(r));
        }
        for (const std::unique_ptr<SourceFile> &file : module.files)
            for (const hcl::Block &b : file->body.blocks)
                if (b.type == QLatin1String("module") && b.labels.size() == 1)
                    if (ModuleInstance *child = module.children.value(b.labels[0]))
                        emitResources(*child);
    }

    void instances(ModuleInstance &module, const hcl::Block &block, std::vector<QVariantMap> &out, QStringList &keys)
    {
        if (const hcl::Attribute *count = block.attribute(QStringLiteral("count"))) {
            const std::optional<QVariant> n = hcl::evaluate(count->value, resolverFor(module, -1, {}, {}));
            const qlonglong instances = n ? n->toLongLong() : -1;
            if (instances >= 1 && instances <= kMaxInstances) {
                for (int i = 0; i < int(instances); ++i) {
                    out.push_back(hcl::evaluateBody(block, resolverFor(module, i, {}, {})));
                    keys.append(QStringLiteral("[%1]").arg(i));
                }
                return;
            }
        } else if (const hcl::Attribute *forEach = block.attribute(QStringLiteral("for_each"))) {
            const std::optional<QVariant> each = hcl::evaluate(forEach->value, resolverFor(module, -1, {}, {}));
            if (each) {
                std::vector<std::pair<QVariant, QVariant>> items;
                if (each->typeId() == QMetaType::QVariantMap) {
                    const QVariantMap m = each->toMap();
                    for (auto it = m.cbegin(); it != m.cend(); ++it)
                        items.emplace_back(it.key(), it.value());
                } else {
                    for (const QVariant &v : each->toList())
                        items.emplace_back(v, v);
                }
                if (!items.empty() && items.size() <= size_t(kMaxInstances)) {
                    for (const auto &[key, value] : items) {
                        out.push_back(hcl::evaluateBody(block, resolverFor(module, -1, key, value)));
                        keys.append(QStringLiteral("[\"%1\"]").arg(key.toString()));
                    }
                    return;
                }
            }
        }
        out.push_back(hcl::evaluateBody(block, resolverFor(module, -1, {}, {})));
    }

    TerraformConfigReader &m_reader;
    TerraformInput &m_input;
    Diagnostics &m_errors;
    std::unique_ptr<ModuleInstance> m_root;
    std::deque<std::unique_ptr<ModuleInstance>> m_instances;
    int m_depth = 0;
    qint64 m_steps = 0;
    QStringList m_iterators; ///< dynamic block iterators in scope
    QHash<QString, QVariant> m_variableValues; ///< the root module's variables from .tfvars files
};

bool TerraformConfigReader::read(const QString &path, TerraformInput &input, Diagnostics &errors)
{
    TerraformModuleLoader loader(*this, input, errors);
    return loader.load(path);
}

} // namespace sd
