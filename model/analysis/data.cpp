// SPDX-License-Identifier: MIT
// Data rules: standbys, backups, cross-region copies, state in scaled-out services, versioning.
#include "analysiscontext.h"
#include "design.h"

#include <QCoreApplication>

namespace sd {

namespace {
// Texts are marked with QT_TRANSLATE_NOOP so that lupdate files them under "Validation";
// validationText() looks them up (cached). A call named tr() would hide them from lupdate.

/// The questionnaire asks for a recovery objective when a whole region is lost.
bool regionObjectiveRequired(const Design &design)
{
    for (const char *question : {"general.rpo.region", "general.rto.region"})
        if (const Answer *a = design.answer(QLatin1String(question)); a && a->value.isValid() && !a->value.isNull())
            return true;
    return false;
}
} // namespace

void checkData(const AnalysisContext &context)
{
    const bool regionObjective = regionObjectiveRequired(context.design);
    for (int v = 0; v < context.graph.vertexCount(); ++v) {
        const ComponentProfile &p = context.profile(v);
        const Component &c = context.component(v);
        const QString name = context.name(v);

        const QVariant backups = context.props.value(c, keys::backups);
        if (p.is(Role::Datastore) && p.is(Role::Stateful) && p.hasMultiAz && backups.isValid() && !p.is(Role::Quorum)
            && !p.multiAz && p.replicas < 2) {
            const bool onPath = context.model.served()[size_t(v)];
            context.addFor("data.no-standby", onPath ? FindingSeverity::Error : FindingSeverity::Warning, v,
                           validationText(QT_TRANSLATE_NOOP("Validation", "%1 has no standby: one instance, multi-AZ off.")).arg(name),
                           validationText(QT_TRANSLATE_NOOP("Validation", "When its instance or zone fails, everything that reads or writes it stops, and data "
                              "written since the last backup can be lost.")),
                           validationText(QT_TRANSLATE_NOOP("Validation", "Enable multi-AZ on %1 (a synchronous standby in another zone with automatic failover)."))
                               .arg(name));
        }

        if (backups.isValid() && !backups.toBool()) {
            context.addFor("data.backups-off", FindingSeverity::Error, v,
                           validationText(QT_TRANSLATE_NOOP("Validation", "%1 has backups turned off.")).arg(name),
                           validationText(QT_TRANSLATE_NOOP("Validation", "Without backups, a bad migration, a bug or a deleted table cannot be undone; replicas "
                              "copy the damage.")),
                           validationText(QT_TRANSLATE_NOOP("Validation", "Turn backups on for %1 with at least 7 days of retention.")).arg(name));
        } else if (backups.isValid()) {
            const int days = context.props.intValue(c, keys::backupRetentionDays, 7);
            if (days < 7)
                context.addFor("data.short-retention", FindingSeverity::Warning, v,
                               validationText(QT_TRANSLATE_NOOP("Validation", "%1 keeps backups for %2 days.")).arg(name).arg(days),
                               validationText(QT_TRANSLATE_NOOP("Validation", "Problems are often noticed days later (a silent corruption, a Monday after a "
                                  "long weekend); short retention has already deleted the good copy.")),
                               validationText(QT_TRANSLATE_NOOP("Validation", "Keep backups of %1 for at least 7 days (backupRetentionDays: 7 or more).")).arg(name));
        }

        const QVariant crossRegion = context.props.value(c, keys::crossRegionReplica);
        if (regionObjective && crossRegion.isValid() && !crossRegion.toBool()
            && !context.props.boolValue(c, keys::multiRegion)) {
            context.addFor("data.no-cross-region", FindingSeverity::Error, v,
                           validationText(QT_TRANSLATE_NOOP("Validation", "%1 has no copy in another region, but the questionnaire sets a recovery objective "
                              "for the loss of a region."))
                               .arg(name),
                           validationText(QT_TRANSLATE_NOOP("Validation", "When the region is lost, the data is lost or unreachable with it, so the region-level "
                              "RPO and RTO cannot be met.")),
                           validationText(QT_TRANSLATE_NOOP("Validation", "Enable a cross-region replica for %1 and name the replica region.")).arg(name));
        }

        if (p.is(Role::Compute) && (p.replicas >= 2 || p.autoscaling) && context.props.boolValue(c, keys::stateful)
            && !context.props.boolValue(c, keys::sharedState)) {
            context.addFor("data.stateful-scaled-out", FindingSeverity::Error, v,
                           validationText(QT_TRANSLATE_NOOP("Validation", "%1 keeps state in memory or on local disk but runs %2 replicas.")).arg(name).arg(p.replicas),
                           validationText(QT_TRANSLATE_NOOP("Validation", "Each replica sees only its own state: requests routed to another replica lose the "
                              "session, and a failed replica loses its state.")),
                           validationText(QT_TRANSLATE_NOOP("Validation", "Move the state of %1 to a shared store (a cache or database) and mark it as shared "
                              "state, or replicate it."))
                               .arg(name));
        }

        const QVariant versioning = context.props.value(c, keys::versioning);
        if (versioning.isValid() && !versioning.toBool()) {
            context.addFor("data.no-versioning", FindingSeverity::Warning, v,
                           validationText(QT_TRANSLATE_NOOP("Validation", "%1 keeps no earlier versions of objects.")).arg(name),
                           validationText(QT_TRANSLATE_NOOP("Validation", "An overwrite or delete, by mistake or by ransomware, cannot be undone.")),
                           validationText(QT_TRANSLATE_NOOP("Validation", "Enable versioning on %1 (with a lifecycle rule that expires old versions).")).arg(name));
        }

        const QVariant deadLetter = context.props.value(c, keys::deadLetterQueue);
        if (p.is(Role::Queue) && deadLetter.isValid() && !deadLetter.toBool()) {
            context.addFor("data.no-dead-letter", FindingSeverity::Warning, v,
                           validationText(QT_TRANSLATE_NOOP("Validation", "%1 has no dead-letter queue.")).arg(name),
                           validationText(QT_TRANSLATE_NOOP("Validation", "A message its consumer cannot process is delivered again and again: it blocks or "
                              "slows the queue, and when the retention runs out the work it carried is lost "
                              "without a trace.")),
                           validationText(QT_TRANSLATE_NOOP("Validation", "Turn on the dead-letter queue of %1 (after a few failed deliveries the message is set "
                              "aside for inspection) and alert when messages arrive there."))
                               .arg(name));
        }
    }
}

} // namespace sd
