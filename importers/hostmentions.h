// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <vector>

namespace sd {

/// A host a configuration value names, with the port and protocol when the value carries them.
struct HostMention {
    QString host;     ///< lowercase, as written (a Kubernetes DNS name keeps its suffix)
    int port = 0;     ///< 0 = not given
    QString protocol; ///< from the URL scheme ("http", "grpc", "mongodb"...), empty when none
    /// The value has the shape of an address (a URL, host:port): worth listing when nothing defines
    /// the host. A bare word ("orders-db") only counts when it names something imported.
    bool addressShaped = false;
};

/**
 * The hosts a configuration value (an environment variable, a ConfigMap entry) names:
 * URLs (`mongodb://user:pw@carts-db:27017/db`, `http://catalogue:80`, `dns:///x:50051`), comma or
 * space separated lists of them, `host:port` (`productcatalogservice:3550`) and bare host names
 * (`orders-db`). Loopback and wildcard addresses are not hosts of the system and are left out;
 * text that cannot be a host (spaces inside, a path, a number) gives nothing.
 */
std::vector<HostMention> hostMentions(const QString &value);

/// Whether an environment variable's name says its value is an address (DB_HOST, *_ADDR, *_URL...).
bool namesAnAddress(const QString &variable);

/// The protocol a URL scheme stands for in a design ("postgres" -> "postgresql", "https" stays).
QString protocolForScheme(const QString &scheme);

} // namespace sd
