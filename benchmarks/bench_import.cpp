// SPDX-License-Identifier: MIT
// Import of generated manifest sets (issue 18: 10k services in at most 2 s): reading and parsing the
// files, mapping, resolving the *_ADDR references, checking properties and the compound auto-layout,
// i.e. what `stackdraft-cli import` does before it writes. 1k and 10k show the growth (should be ~10x).
//
// The set is shaped like Online Boutique scaled up: per service a Deployment (image, port, resources,
// HTTP probes, three *_SERVICE_ADDR variables naming other services) and its Service; every tenth
// service is a Redis or PostgreSQL StatefulSet instead; one Ingress fronts service 0. 100 services a
// file, as `helm template` output of many charts would be.
#include "catalog.h"
#include "importer.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <map>
#include <memory>
#include <random>

namespace {

QString serviceName(int i) { return QStringLiteral("svc-%1").arg(i, 5, 10, QLatin1Char('0')); }

QString manifestFor(int i, int services, std::mt19937 &random)
{
    const QString name = serviceName(i);
    QString text;
    if (i % 10 == 9) {
        const bool redis = (i / 10) % 2 == 0;
        text += QStringLiteral("---\napiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: %1\n  namespace: bench\nspec:\n  replicas: 1\n"
                               "  serviceName: %1\n  selector:\n    matchLabels:\n      app: %1\n  template:\n    metadata:\n      labels:\n        app: %1\n"
                               "    spec:\n      containers:\n        - name: db\n          image: %2\n          ports:\n            - containerPort: %3\n")
                    .arg(name, redis ? QStringLiteral("redis:7.2") : QStringLiteral("postgres:16.4"))
                    .arg(redis ? 6379 : 5432);
    } else {
        text += QStringLiteral("---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: %1\n  namespace: bench\nspec:\n  replicas: 3\n"
                               "  selector:\n    matchLabels:\n      app: %1\n  template:\n    metadata:\n      labels:\n        app: %1\n    spec:\n"
                               "      containers:\n        - name: server\n          image: registry.example.com/bench/%1:1.0.0\n"
                               "          ports:\n            - containerPort: 8080\n          env:\n")
                    .arg(name);
        std::uniform_int_distribution<int> pick(0, services - 1);
        for (int k = 0; k < 3; ++k) {
            const int callee = pick(random);
            text += QStringLiteral("            - name: DEP%1_SERVICE_ADDR\n              value: \"%2:%3\"\n")
                        .arg(k).arg(serviceName(callee)).arg(callee % 10 == 9 ? ((callee / 10) % 2 == 0 ? 6379 : 5432) : 8080);
        }
        text += QStringLiteral("          resources:\n            requests:\n              cpu: 100m\n              memory: 128Mi\n"
                               "            limits:\n              cpu: 500m\n              memory: 256Mi\n"
                               "          readinessProbe:\n            httpGet:\n              path: /readyz\n              port: 8080\n");
    }
    text += QStringLiteral("---\napiVersion: v1\nkind: Service\nmetadata:\n  name: %1\n  namespace: bench\nspec:\n  selector:\n    app: %1\n"
                           "  ports:\n    - port: %2\n")
                .arg(name)
                .arg(i % 10 == 9 ? ((i / 10) % 2 == 0 ? 6379 : 5432) : 8080);
    return text;
}

/// The generated set on disk, once per size.
const QString &manifestSet(int services)
{
    static std::map<int, std::unique_ptr<QTemporaryDir>> dirs;
    static std::map<int, QString> paths;
    if (!paths.count(services)) {
        auto dir = std::make_unique<QTemporaryDir>();
        std::mt19937 random(7);
        QString text = QStringLiteral("apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: front\n  namespace: bench\nspec:\n"
                                      "  rules:\n    - http:\n        paths:\n          - path: /\n            pathType: Prefix\n"
                                      "            backend:\n              service:\n                name: %1\n                port:\n                  number: 8080\n")
                           .arg(serviceName(0));
        for (int i = 0; i < services; ++i) {
            text += manifestFor(i, services, random);
            if (i % 100 == 99 || i == services - 1) {
                QFile f(dir->filePath(QStringLiteral("chart-%1.yaml").arg(i / 100, 3, 10, QLatin1Char('0'))));
                if (!f.open(QIODevice::WriteOnly))
                    qFatal("cannot write the benchmark's manifests");
                f.write(text.toUtf8());
                text.clear();
            }
        }
        paths[services] = dir->path();
        dirs[services] = std::move(dir);
    }
    return paths[services];
}

void BM_ImportKubernetes(benchmark::State &state)
{
    const QString &folder = manifestSet(int(state.range(0)));
    const sd::Importer *importer = sd::findImporter(QStringLiteral("kubernetes"));
    size_t components = 0, connections = 0;
    for (auto _ : state) {
        const sd::ImportResult r = importer->import({folder}, sd::Catalog::builtin());
        if (!r.ok()) {
            state.SkipWithError("import failed");
            break;
        }
        components = r.design->components().size();
        connections = r.design->connections().size();
        benchmark::DoNotOptimize(r);
    }
    qint64 bytes = 0;
    for (const QFileInfo &f : QDir(folder).entryInfoList(QDir::Files))
        bytes += f.size();
    state.counters["services"] = double(state.range(0));
    state.counters["components"] = double(components);
    state.counters["connections"] = double(connections);
    state.counters["MB"] = double(bytes) / 1e6;
}

} // namespace

// Process CPU time: the files parse on one thread per core, and the main thread alone would undercount.
BENCHMARK(BM_ImportKubernetes)->Arg(1000)->Arg(10000)->MeasureProcessCPUTime()->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
