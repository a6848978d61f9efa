<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AnswersFile</name>
    <message>
        <source>an answers file must be a mapping with &apos;answers&apos;, not %1</source>
        <translation>eine Antwortdatei muss ein Mapping mit &apos;answers&apos; sein, nicht %1</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; (expected stackdraftAnswers, design, progress, answers)</source>
        <translation>unbekannter Schlüssel &apos;%1&apos; (erwartet: stackdraftAnswers, design, progress, answers)</translation>
    </message>
    <message>
        <source>&apos;stackdraftAnswers&apos; must be a format version number</source>
        <translation>&apos;stackdraftAnswers&apos; muss eine Formatversionsnummer sein</translation>
    </message>
    <message>
        <source>answers file version %1 is newer than this Stackdraft understands (%2)</source>
        <translation>Antwortdatei-Version %1 ist neuer, als diese Stackdraft-Version versteht (%2)</translation>
    </message>
    <message>
        <source>the answers are for the design &apos;%1&apos;, not &apos;%2&apos;</source>
        <translation>die Antworten gehören zum Entwurf &apos;%1&apos;, nicht zu &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;answers&apos; is missing</source>
        <translation>&apos;answers&apos; fehlt</translation>
    </message>
    <message>
        <source>&apos;answers&apos; must be a list, not %1</source>
        <translation>&apos;answers&apos; muss eine Liste sein, nicht %1</translation>
    </message>
    <message>
        <source>answer %1</source>
        <translation>Antwort %1</translation>
    </message>
    <message>
        <source>%1 must be a mapping with &apos;question&apos; and &apos;value&apos;, not %2</source>
        <translation>%1 muss ein Mapping mit &apos;question&apos; und &apos;value&apos; sein, nicht %2</translation>
    </message>
    <message>
        <source>%1: unknown key &apos;%2&apos; (expected question, value, note)</source>
        <translation>%1: unbekannter Schlüssel &apos;%2&apos; (erwartet: question, value, note)</translation>
    </message>
    <message>
        <source>%1 has no &apos;question&apos; id</source>
        <translation>%1 hat keine &apos;question&apos;-ID</translation>
    </message>
    <message>
        <source>unknown question id &apos;%1&apos;</source>
        <translation>unbekannte Fragen-ID &apos;%1&apos;</translation>
    </message>
    <message>
        <source>question &apos;%1&apos; is answered twice</source>
        <translation>Frage &apos;%1&apos; ist doppelt beantwortet</translation>
    </message>
    <message>
        <source>the note of &apos;%1&apos; must be text, not %2</source>
        <translation>die Notiz zu &apos;%1&apos; muss Text sein, nicht %2</translation>
    </message>
    <message>
        <source>%1 questions to answer</source>
        <translation>%1 zu beantwortende Fragen</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>is a folder, not an answers file</source>
        <translation>ist ein Ordner, keine Antwortdatei</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>die Datei ist größer als %1 MiB</translation>
    </message>
    <message>
        <source>&apos;%1&apos; no longer applies and is not imported: %2</source>
        <translation>&apos;%1&apos; gilt nicht mehr und wird nicht importiert: %2</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>only %1 of %2 bytes reached the disk</source>
        <translation>nur %1 von %2 Bytes haben den Datenträger erreicht</translation>
    </message>
    <message>
        <source>the file read back differs from what was written</source>
        <translation>die zurückgelesene Datei weicht vom Geschriebenen ab</translation>
    </message>
    <message>
        <source>it is a symbolic link; Stackdraft does not write through links here</source>
        <translation>es ist ein symbolischer Link; Stackdraft schreibt hier nicht durch Links</translation>
    </message>
    <message>
        <source>it is a symbolic link to nothing</source>
        <translation>es ist ein symbolischer Link ins Leere</translation>
    </message>
    <message>
        <source>it exists and is not a regular file</source>
        <translation>es existiert und ist keine normale Datei</translation>
    </message>
</context>
<context>
    <name>Canvas</name>
    <message>
        <source>autoscale %1–%2</source>
        <translation>Autoscaling %1–%2</translation>
    </message>
    <message numerus="yes">
        <source>%n replica(s)</source>
        <translation>
            <numerusform>%n Replika</numerusform>
            <numerusform>%n Replikas</numerusform>
        </translation>
    </message>
    <message>
        <source>multi-AZ</source>
        <translation>Multi-AZ</translation>
    </message>
    <message>
        <source>public</source>
        <translation>öffentlich</translation>
    </message>
    <message>
        <source>cross-region</source>
        <translation>regionsübergreifend</translation>
    </message>
</context>
<context>
    <name>Capacity</name>
    <message>
        <source>it runs in a single availability zone; losing that zone stops it</source>
        <translation>läuft in nur einer Verfügbarkeitszone; fällt diese Zone aus, steht die Komponente still</translation>
    </message>
    <message>
        <source>autoscaling stops at %1 replicas, below the %2 the peak needs with room to lose a zone</source>
        <translation>Autoscaling endet bei %1 Replikas, unter den %2, die die Spitzenlast mit Reserve für den Ausfall einer Zone braucht</translation>
    </message>
    <message>
        <source>autoscaling stops at %1 replicas, below the %2 the peak needs</source>
        <translation>Autoscaling endet bei %1 Replikas, unter den %2, die die Spitzenlast braucht</translation>
    </message>
    <message>
        <source>a fixed replica count of %1 cannot carry the peak, which needs %2 with room to lose a zone</source>
        <translation>eine feste Anzahl von %1 Replikas trägt die Spitzenlast nicht; nötig sind %2 mit Reserve für den Ausfall einer Zone</translation>
    </message>
    <message>
        <source>a fixed replica count of %1 cannot carry the peak, which needs %2</source>
        <translation>eine feste Anzahl von %1 Replikas trägt die Spitzenlast nicht; nötig sind %2</translation>
    </message>
    <message>
        <source>follow the load between normal and peak</source>
        <translation>der Last zwischen Normal- und Spitzenlast folgen</translation>
    </message>
    <message>
        <source>start with the autoscaling minimum</source>
        <translation>mit dem Autoscaling-Minimum beginnen</translation>
    </message>
    <message>
        <source>its rate limit of %1 req/s throttles the expected peak of %2 req/s</source>
        <translation>das Ratenlimit von %1 Anfr./s drosselt die erwartete Spitzenlast von %2 Anfr./s</translation>
    </message>
    <message>
        <source>25 % above the expected peak, rounded up to 100</source>
        <translation>25 % über der erwarteten Spitzenlast, aufgerundet auf 100</translation>
    </message>
    <message>
        <source>a single copy in one zone cannot meet the %1 % availability target</source>
        <translation>eine einzelne Kopie in einer Zone kann das Verfügbarkeitsziel von %1 % nicht erreichen</translation>
    </message>
    <message>
        <source>a standby in another zone takes over automatically</source>
        <translation>ein Standby in einer anderen Zone übernimmt automatisch</translation>
    </message>
    <message>
        <source>without a copy in another region, losing the region loses more than the %1 minutes of data allowed</source>
        <translation>ohne Kopie in einer anderen Region gehen beim Ausfall der Region mehr als die erlaubten %1 Minuten an Daten verloren</translation>
    </message>
    <message>
        <source>its SLA of %1 % is below the %2 % target and there is no fallback</source>
        <translation>das SLA von %1 % liegt unter dem Ziel von %2 % und es gibt keinen Fallback</translation>
    </message>
    <message>
        <source>answer not used: %1</source>
        <translation>Antwort nicht verwendet: %1</translation>
    </message>
    <message>
        <source>%1 users at the same time at the peak (answered)</source>
        <translation>%1 Nutzer gleichzeitig in der Spitze (beantwortet)</translation>
    </message>
    <message>
        <source>%1 daily users x %2 min per session / %3 min peak window = %4 users at the same time (Little&apos;s law)</source>
        <translation>%1 tägliche Nutzer x %2 min je Sitzung / %3 min Spitzenfenster = %4 Nutzer gleichzeitig (Little&apos;sches Gesetz)</translation>
    </message>
    <message>
        <source>x %1 peak multiplier = %2 users at the same time at the peak</source>
        <translation>x %1 Spitzenfaktor = %2 Nutzer gleichzeitig in der Spitze</translation>
    </message>
    <message>
        <source>peak concurrent users: answer them, or derive them from %1</source>
        <translation>gleichzeitige Nutzer in der Spitze: beantworten oder ableiten aus %1</translation>
    </message>
    <message>
        <source>%1 users x %2 requests per minute / 60 = %3 req/s at each entry point</source>
        <translation>%1 Nutzer x %2 Anfragen pro Minute / 60 = %3 Anfragen/s an jedem Einstiegspunkt</translation>
    </message>
    <message>
        <source>growth: %1 daily users in %2 months / %3 today = x %4</source>
        <translation>Wachstum: %1 tägliche Nutzer in %2 Monaten / %3 heute = x %4</translation>
    </message>
    <message>
        <source>the expected daily users (%1) are fewer than today&apos;s (%2): sized for today</source>
        <translation>die erwarteten täglichen Nutzer (%1) sind weniger als heute (%2): für heute dimensioniert</translation>
    </message>
    <message>
        <source>needs %1 GiB of storage: beyond one store; partition, archive or re-think</source>
        <translation>braucht %1 GiB Speicher: mehr als ein Speicher trägt; partitionieren, archivieren oder neu denken</translation>
    </message>
    <message>
        <source>needs %1 replicas: beyond one deployment; shard or re-think</source>
        <translation>braucht %1 Replikate: mehr als ein Deployment trägt; aufteilen (Sharding) oder neu denken</translation>
    </message>
    <message>
        <source>%1 req/s at the peak (answered)</source>
        <translation>%1 Anfragen/s in der Spitze (beantwortet)</translation>
    </message>
    <message>
        <source>entry point: %1 req/s</source>
        <translation>Einstiegspunkt: %1 Anfragen/s</translation>
    </message>
    <message>
        <source>%1 %2 req/s x %3 calls per request</source>
        <translation>%1 %2 Anfragen/s x %3 Aufrufe je Anfrage</translation>
    </message>
    <message>
        <source>%1 = %2 req/s at the peak</source>
        <translation>%1 = %2 Anfragen/s in der Spitze</translation>
    </message>
    <message>
        <source>runs on its schedule, one run at a time: the user load does not apply</source>
        <translation>läuft nach Zeitplan, ein Lauf zur Zeit: die Nutzerlast gilt nicht</translation>
    </message>
    <message>
        <source>runs on its schedule (%1), one run at a time: the user load does not apply</source>
        <translation>läuft nach Zeitplan (%1), ein Lauf zur Zeit: die Nutzerlast gilt nicht</translation>
    </message>
    <message>
        <source>no entry point reaches it and its own peak is not answered: no load (draw who calls it, or answer its peak)</source>
        <translation>kein Einstiegspunkt erreicht es und seine eigene Spitze ist nicht beantwortet: keine Last (zeichnen Sie, wer es aufruft, oder beantworten Sie seine Spitze)</translation>
    </message>
    <message>
        <source>%1 req/s x %2 ms CPU per request%3 = %4 CPUs busy</source>
        <translation>%1 Anfragen/s x %2 ms CPU je Anfrage%3 = %4 CPUs ausgelastet</translation>
    </message>
    <message>
        <source> (assumed)</source>
        <translation> (angenommen)</translation>
    </message>
    <message>
        <source>one execution per busy CPU: %1 concurrent executions</source>
        <translation>eine Ausführung je ausgelasteter CPU: %1 gleichzeitige Ausführungen</translation>
    </message>
    <message>
        <source>%1 CPU per replica at %2 % target carries %3 CPU: %4 / %3 = %5 replicas</source>
        <translation>%1 CPU je Replikat bei %2 % Ziel trägt %3 CPU: %4 / %3 = %5 Replikate</translation>
    </message>
    <message>
        <source>%1 zones%2, room to lose one: %3 replicas at the peak</source>
        <translation>%1 Zonen%2, Reserve für den Verlust einer: %3 Replikate in der Spitze</translation>
    </message>
    <message>
        <source>one zone, no room to lose it: %1 replicas at the peak</source>
        <translation>eine Zone, keine Reserve für ihren Verlust: %1 Replikate in der Spitze</translation>
    </message>
    <message>
        <source>normal load %1 req/s (peak / %2): %3 replicas, at least %4 over the zones: minimum %5</source>
        <translation>Normallast %1 Anfragen/s (Spitze / %2): %3 Replikate, mindestens %4 über die Zonen: Minimum %5</translation>
    </message>
    <message>
        <source>peak multiplier not answered: minimum %1 for availability (at least one per zone and 2)</source>
        <translation>Spitzenfaktor nicht beantwortet: Minimum %1 für die Verfügbarkeit (mindestens eines je Zone und 2)</translation>
    </message>
    <message>
        <source>at the horizon (x %1 in %2 months): %3 req/s, %4 CPUs busy, %5 to %6 replicas</source>
        <translation>am Horizont (x %1 in %2 Monaten): %3 Anfragen/s, %4 CPUs ausgelastet, %5 bis %6 Replikate</translation>
    </message>
    <message>
        <source>%1 req/s x %2 KiB per request = %3 MiB/s of network at the peak</source>
        <translation>%1 Anfragen/s x %2 KiB je Anfrage = %3 MiB/s Netzwerk in der Spitze</translation>
    </message>
    <message>
        <source>%1 GiB today + %2 months x %3 GiB = %4 GiB</source>
        <translation>%1 GiB heute + %2 Monate x %3 GiB = %4 GiB</translation>
    </message>
    <message>
        <source>%1 GiB of storage is less than the %2 GiB expected after %3 months</source>
        <translation>%1 GiB Speicher sind weniger als die %2 GiB, die nach %3 Monaten erwartet werden</translation>
    </message>
    <message>
        <source>the size after %1 months plus 25 %</source>
        <translation>die Größe nach %1 Monaten plus 25 %</translation>
    </message>
    <message>
        <source>without backups, losing it loses everything; the recovery point allows %1 minutes</source>
        <translation>ohne Backups geht bei seinem Verlust alles verloren; der Wiederherstellungspunkt erlaubt %1 Minuten</translation>
    </message>
    <message>
        <source>point-in-time recovery keeps the loss to minutes, within the %1 minutes allowed</source>
        <translation>Point-in-Time-Recovery hält den Verlust bei Minuten, innerhalb der erlaubten %1 Minuten</translation>
    </message>
    <message>
        <source>below 5 minutes of loss needs a synchronous standby; backups lose up to 5 minutes</source>
        <translation>unter 5 Minuten Verlust braucht eine synchrone Bereitschaftskopie; Backups verlieren bis zu 5 Minuten</translation>
    </message>
    <message>
        <source>restoring %1 GiB at about %2 GiB per hour takes %3 h, longer than the %4 minutes it may be down</source>
        <translation>%1 GiB mit etwa %2 GiB pro Stunde wiederherzustellen dauert %3 h, länger als die %4 Minuten, die es ausfallen darf</translation>
    </message>
    <message>
        <source>a standby takes over in minutes instead of a restore of hours</source>
        <translation>eine Bereitschaftskopie übernimmt in Minuten statt einer Wiederherstellung von Stunden</translation>
    </message>
    <message>
        <source>%1 daily users on average to the horizon x %2 uploads per day x %3 MB x 30 days / %4 MB per GiB = %5 GiB per month</source>
        <translation>%1 tägliche Nutzer im Mittel bis zum Horizont x %2 Uploads pro Tag x %3 MB x 30 Tage / %4 MB pro GiB = %5 GiB pro Monat</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>%1 is out of range for &apos;%2&apos; (%3 to %4)</source>
        <translation>%1 liegt außerhalb des Bereichs für &apos;%2&apos; (%3 bis %4)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a whole number</source>
        <translation>&apos;%1&apos; erfordert eine ganze Zahl</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a number</source>
        <translation>&apos;%1&apos; erfordert eine Zahl</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs true or false</source>
        <translation>&apos;%1&apos; erfordert true oder false</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be one of: %2</source>
        <translation>&apos;%1&apos; muss einer der folgenden Werte sein: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs text</source>
        <translation>&apos;%1&apos; erfordert Text</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>Replikas</translation>
    </message>
    <message>
        <source>How many identical instances run at the same time. One replica fails alone.</source>
        <translation>Wie viele identische Instanzen gleichzeitig laufen. Ein einzelnes Replika fällt für sich allein aus.</translation>
    </message>
    <message>
        <source>Autoscaling</source>
        <translation>Autoscaling</translation>
    </message>
    <message>
        <source>Add and remove replicas with the load.</source>
        <translation>Replikas je nach Last hinzufügen und entfernen.</translation>
    </message>
    <message>
        <source>Minimum replicas</source>
        <translation>Mindestanzahl Replikas</translation>
    </message>
    <message>
        <source>Replicas that always run, even without load.</source>
        <translation>Replikas, die immer laufen, auch ohne Last.</translation>
    </message>
    <message>
        <source>Maximum replicas</source>
        <translation>Höchstanzahl Replikas</translation>
    </message>
    <message>
        <source>Upper bound for autoscaling; it must cover the expected peak.</source>
        <translation>Obergrenze für das Autoscaling; sie muss die erwartete Spitzenlast abdecken.</translation>
    </message>
    <message>
        <source>CPU target</source>
        <translation>CPU-Zielauslastung</translation>
    </message>
    <message>
        <source>Average CPU use, relative to the CPU request, that autoscaling aims for. Sensible values are 50 to 80 %.</source>
        <translation>Durchschnittliche CPU-Auslastung, bezogen auf den CPU-Request, die das Autoscaling anstrebt. Sinnvoll sind 50 bis 80 %.</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Multi-AZ</source>
        <translation>Multi-AZ</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Take automated backups with point-in-time recovery.</source>
        <translation>Automatische Backups mit Point-in-Time-Wiederherstellung erstellen.</translation>
    </message>
    <message>
        <source>Backup retention</source>
        <translation>Backup-Aufbewahrung</translation>
    </message>
    <message>
        <source>How long backups are kept. Seven days is the usual minimum.</source>
        <translation>Wie lange Backups aufbewahrt werden. Sieben Tage sind das übliche Minimum.</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Cross-region replica</source>
        <translation>Regionsübergreifendes Replika</translation>
    </message>
    <message>
        <source>Keep a copy in another region, for recovery when a whole region is lost.</source>
        <translation>Eine Kopie in einer anderen Region vorhalten, um sich beim Ausfall einer ganzen Region davon wiederherzustellen.</translation>
    </message>
    <message>
        <source>Replica region</source>
        <translation>Replika-Region</translation>
    </message>
    <message>
        <source>Region that holds the cross-region copy.</source>
        <translation>Region, in der die regionsübergreifende Kopie liegt.</translation>
    </message>
    <message>
        <source>eu-central-1</source>
        <translation>eu-central-1</translation>
    </message>
    <message>
        <source>Versioning</source>
        <translation>Versionierung</translation>
    </message>
    <message>
        <source>Keep earlier versions of objects, so an overwrite or delete can be undone.</source>
        <translation>Frühere Versionen von Objekten behalten, damit sich Überschreiben oder Löschen rückgängig machen lässt.</translation>
    </message>
    <message>
        <source>Encryption at rest</source>
        <translation>Verschlüsselung ruhender Daten</translation>
    </message>
    <message>
        <source>Encrypt stored data with a managed key.</source>
        <translation>Gespeicherte Daten mit einem verwalteten Schlüssel verschlüsseln.</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <source>Instance size</source>
        <translation>Instanzgröße</translation>
    </message>
    <message>
        <source>Size class of each instance; exporters map it to the provider&apos;s instance types.</source>
        <translation>Größenklasse jeder Instanz; Exporter ordnen sie den Instanztypen des Anbieters zu.</translation>
    </message>
    <message>
        <source>Container image</source>
        <translation>Container-Image</translation>
    </message>
    <message>
        <source>Image with a fixed tag (never latest).</source>
        <translation>Image mit festem Tag (niemals latest).</translation>
    </message>
    <message>
        <source>registry.example.com/team/service:1.0.0</source>
        <translation>registry.example.com/team/service:1.0.0</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Port the process listens on.</source>
        <translation>Port, auf dem der Prozess lauscht.</translation>
    </message>
    <message>
        <source>CPU request</source>
        <translation>CPU-Request</translation>
    </message>
    <message>
        <source>CPU reserved for each replica; autoscaling measures against it.</source>
        <translation>Für jedes Replika reservierte CPU; das Autoscaling misst die Auslastung daran.</translation>
    </message>
    <message>
        <source>millicores</source>
        <translation>Millicores</translation>
    </message>
    <message>
        <source>CPU limit</source>
        <translation>CPU-Limit</translation>
    </message>
    <message>
        <source>Most CPU one replica may use.</source>
        <translation>Höchstens so viel CPU darf ein Replika nutzen.</translation>
    </message>
    <message>
        <source>Memory request</source>
        <translation>Arbeitsspeicher-Request</translation>
    </message>
    <message>
        <source>Memory reserved for each replica.</source>
        <translation>Für jedes Replika reservierter Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>Memory limit</source>
        <translation>Arbeitsspeicher-Limit</translation>
    </message>
    <message>
        <source>Most memory one replica may use before it is restarted.</source>
        <translation>Höchstens so viel Arbeitsspeicher darf ein Replika nutzen, bevor es neu gestartet wird.</translation>
    </message>
    <message>
        <source>Liveness path</source>
        <translation>Liveness-Pfad</translation>
    </message>
    <message>
        <source>HTTP path that answers while the process is alive.</source>
        <translation>HTTP-Pfad, der antwortet, solange der Prozess lebt.</translation>
    </message>
    <message>
        <source>Readiness path</source>
        <translation>Readiness-Pfad</translation>
    </message>
    <message>
        <source>HTTP path that answers when the process can take traffic.</source>
        <translation>HTTP-Pfad, der antwortet, sobald der Prozess Datenverkehr annehmen kann.</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Provisioned storage per instance.</source>
        <translation>Bereitgestellter Speicher pro Instanz.</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <source>Hosting</source>
        <translation>Hosting</translation>
    </message>
    <message>
        <source>A managed cloud service, run in the Kubernetes cluster, or self-hosted on virtual machines.</source>
        <translation>Ein verwalteter Cloud-Dienst, im Kubernetes-Cluster betrieben oder selbst gehostet auf virtuellen Maschinen.</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Compute</translation>
    </message>
    <message>
        <source>Microservice</source>
        <translation>Microservice</translation>
    </message>
    <message>
        <source>A service in a container, one job, deployed on its own.</source>
        <translation>Ein Service in einem Container, mit einer Aufgabe, eigenständig deployt.</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Where the containers run: a Kubernetes cluster, the provider&apos;s container service, or plain virtual machines.</source>
        <translation>Wo die Container laufen: in einem Kubernetes-Cluster, im Container-Dienst des Anbieters oder auf einfachen virtuellen Maschinen.</translation>
    </message>
    <message>
        <source>Stateful</source>
        <translation>Zustandsbehaftet</translation>
    </message>
    <message>
        <source>Keeps state in memory or on local disk between requests; scaling out then needs shared state.</source>
        <translation>Hält zwischen Anfragen Zustand im Speicher oder auf der lokalen Festplatte; horizontales Skalieren braucht dann gemeinsamen Zustand.</translation>
    </message>
    <message>
        <source>Shared state</source>
        <translation>Gemeinsamer Zustand</translation>
    </message>
    <message>
        <source>State lives in a shared or replicated store, so any replica can serve any request.</source>
        <translation>Der Zustand liegt in einem gemeinsamen oder replizierten Speicher, sodass jedes Replika jede Anfrage bedienen kann.</translation>
    </message>
    <message>
        <source>Monolith</source>
        <translation>Monolith</translation>
    </message>
    <message>
        <source>One deployable application that holds many features.</source>
        <translation>Eine einzeln deploybare Anwendung, die viele Funktionen enthält.</translation>
    </message>
    <message>
        <source>Where the application runs: a Kubernetes cluster, the provider&apos;s container service, or plain virtual machines.</source>
        <translation>Wo die Anwendung läuft: in einem Kubernetes-Cluster, im Container-Dienst des Anbieters oder auf einfachen virtuellen Maschinen.</translation>
    </message>
    <message>
        <source>Keeps sessions or files locally; scaling out then needs shared state.</source>
        <translation>Hält Sitzungen oder Dateien lokal; horizontales Skalieren braucht dann gemeinsamen Zustand.</translation>
    </message>
    <message>
        <source>Serverless function</source>
        <translation>Serverless-Funktion</translation>
    </message>
    <message>
        <source>Code run on demand by the platform, scaled per request.</source>
        <translation>Code, den die Plattform bei Bedarf ausführt und pro Anfrage skaliert.</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Laufzeitumgebung</translation>
    </message>
    <message>
        <source>Language runtime of the function; pick one the provider still supports so it keeps getting security patches.</source>
        <translation>Sprach-Laufzeitumgebung der Funktion; wählen Sie eine, die der Anbieter noch unterstützt, damit sie weiter Sicherheitspatches erhält.</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Memory per invocation; CPU grows with it.</source>
        <translation>Arbeitsspeicher pro Aufruf; die CPU wächst mit.</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Timeout</translation>
    </message>
    <message>
        <source>Longest an invocation may run before it is stopped; keep it below the timeout of whoever calls the function.</source>
        <translation>Längste Laufzeit eines Aufrufs, bevor er abgebrochen wird; halten Sie ihn unter dem Timeout des Aufrufers der Funktion.</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>What starts the function: an HTTP request, a queue message, a schedule or an event.</source>
        <translation>Was die Funktion startet: eine HTTP-Anfrage, eine Queue-Nachricht, ein Zeitplan oder ein Ereignis.</translation>
    </message>
    <message>
        <source>Batch job</source>
        <translation>Batch-Job</translation>
    </message>
    <message>
        <source>A scheduled or triggered job that runs to completion.</source>
        <translation>Ein geplanter oder ausgelöster Job, der bis zum Ende läuft.</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Cron expression of when the job runs (UTC).</source>
        <translation>Cron-Ausdruck, wann der Job läuft (UTC).</translation>
    </message>
    <message>
        <source>Virtual machine</source>
        <translation>Virtuelle Maschine</translation>
    </message>
    <message>
        <source>A server you operate yourself: operating system, patches and all.</source>
        <translation>Ein Server, den Sie selbst betreiben: Betriebssystem, Patches und alles andere.</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Operating system image family; on a virtual machine you patch it yourself.</source>
        <translation>Image-Familie des Betriebssystems; auf einer virtuellen Maschine patchen Sie es selbst.</translation>
    </message>
    <message>
        <source>Port the application listens on.</source>
        <translation>Port, auf dem die Anwendung lauscht.</translation>
    </message>
    <message>
        <source>Kubernetes cluster</source>
        <translation>Kubernetes-Cluster</translation>
    </message>
    <message>
        <source>A managed Kubernetes cluster; the workloads inside it run on its nodes.</source>
        <translation>Ein verwalteter Kubernetes-Cluster; die Workloads darin laufen auf seinen Nodes.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Kubernetes minor version to run; stay on a supported version to keep getting security fixes.</source>
        <translation>Kubernetes-Minor-Version; bleiben Sie auf einer unterstützten Version, damit Sie weiter Sicherheitsupdates erhalten.</translation>
    </message>
    <message>
        <source>Minimum nodes</source>
        <translation>Mindestanzahl Nodes</translation>
    </message>
    <message>
        <source>Nodes that always run; three spreads over three zones.</source>
        <translation>Nodes, die immer laufen; drei verteilen sich auf drei Zonen.</translation>
    </message>
    <message>
        <source>Maximum nodes</source>
        <translation>Höchstanzahl Nodes</translation>
    </message>
    <message>
        <source>Upper bound for the cluster autoscaler.</source>
        <translation>Obergrenze für den Cluster-Autoscaler.</translation>
    </message>
    <message>
        <source>Private endpoint</source>
        <translation>Privater Endpunkt</translation>
    </message>
    <message>
        <source>Keep the control plane off the public internet.</source>
        <translation>Die Control Plane aus dem öffentlichen Internet heraushalten.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Relational database</source>
        <translation>Relationale Datenbank</translation>
    </message>
    <message>
        <source>PostgreSQL or MySQL, managed or self-hosted.</source>
        <translation>PostgreSQL oder MySQL, verwaltet oder selbst gehostet.</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <source>Database engine; exporters pick the matching managed service or container image.</source>
        <translation>Datenbank-Engine; Exporter wählen den passenden verwalteten Dienst oder das passende Container-Image.</translation>
    </message>
    <message>
        <source>Engine version</source>
        <translation>Engine-Version</translation>
    </message>
    <message>
        <source>Major version of the engine; stay on a supported version to keep getting security fixes.</source>
        <translation>Hauptversion der Engine; bleiben Sie auf einer unterstützten Version, damit Sie weiter Sicherheitsupdates erhalten.</translation>
    </message>
    <message>
        <source>Distributed SQL</source>
        <translation>Verteilte SQL-Datenbank</translation>
    </message>
    <message>
        <source>Globally distributed SQL database (Spanner-like) with synchronous replication.</source>
        <translation>Global verteilte SQL-Datenbank (wie Spanner) mit synchroner Replikation.</translation>
    </message>
    <message>
        <source>Distributed SQL product; each keeps a majority quorum of replicas, so plan for at least three.</source>
        <translation>Distributed-SQL-Produkt; jedes hält ein Mehrheits-Quorum aus Replikas, planen Sie also mindestens drei ein.</translation>
    </message>
    <message>
        <source>Multi-region</source>
        <translation>Multi-Region</translation>
    </message>
    <message>
        <source>Replicate across regions so a region loss keeps the database available.</source>
        <translation>Über Regionen hinweg replizieren, damit die Datenbank beim Ausfall einer Region verfügbar bleibt.</translation>
    </message>
    <message>
        <source>Document database</source>
        <translation>Dokumentendatenbank</translation>
    </message>
    <message>
        <source>Document or key-value NoSQL store.</source>
        <translation>Dokumenten- oder Key-Value-Speicher (NoSQL).</translation>
    </message>
    <message>
        <source>Document database product; DynamoDB, Firestore and Cosmos DB are each tied to one cloud provider.</source>
        <translation>Produkt der Dokumentendatenbank; DynamoDB, Firestore und Cosmos DB sind jeweils an einen Cloud-Anbieter gebunden.</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>In-memory cache such as Redis or Memcached.</source>
        <translation>In-Memory-Cache wie Redis oder Memcached.</translation>
    </message>
    <message>
        <source>Cache engine; Redis can replicate and fail over, Memcached loses its data when a node goes away.</source>
        <translation>Cache-Engine; Redis kann replizieren und ein Failover ausführen, Memcached verliert seine Daten, wenn ein Node wegfällt.</translation>
    </message>
    <message>
        <source>Version of the engine; stay on a supported version to keep getting security fixes.</source>
        <translation>Version der Engine; bleiben Sie auf einer unterstützten Version, damit Sie weiter Sicherheitsupdates erhalten.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Full-text search cluster such as Elasticsearch or OpenSearch.</source>
        <translation>Volltextsuch-Cluster wie Elasticsearch oder OpenSearch.</translation>
    </message>
    <message>
        <source>Search engine; OpenSearch is the open-source fork of Elasticsearch and both use the same APIs.</source>
        <translation>Suchmaschine; OpenSearch ist der Open-Source-Fork von Elasticsearch, beide bieten dieselben APIs.</translation>
    </message>
    <message>
        <source>Object storage</source>
        <translation>Objektspeicher</translation>
    </message>
    <message>
        <source>Buckets of files and blobs (S3, Cloud Storage, Blob Storage).</source>
        <translation>Buckets für Dateien und Blobs (S3, Cloud Storage, Blob Storage).</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Lebenszyklus</translation>
    </message>
    <message>
        <source>Days after which old objects expire; 0 keeps them.</source>
        <translation>Tage, nach denen alte Objekte ablaufen; 0 behält sie.</translation>
    </message>
    <message>
        <source>Message queue</source>
        <translation>Message Queue</translation>
    </message>
    <message>
        <source>A queue that decouples producers from consumers.</source>
        <translation>Eine Queue, die Producer von Consumern entkoppelt.</translation>
    </message>
    <message>
        <source>The provider&apos;s managed queue or a broker you run.</source>
        <translation>Die verwaltete Queue des Anbieters oder ein selbst betriebener Broker.</translation>
    </message>
    <message>
        <source>Dead-letter queue</source>
        <translation>Dead-Letter-Queue</translation>
    </message>
    <message>
        <source>Park messages that keep failing instead of retrying them forever.</source>
        <translation>Nachrichten, die immer wieder fehlschlagen, beiseitelegen, statt sie endlos erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Max receives</source>
        <translation>Max. Zustellungen</translation>
    </message>
    <message>
        <source>Deliveries before a message goes to the dead-letter queue.</source>
        <translation>Zustellversuche, bevor eine Nachricht in die Dead-Letter-Queue geht.</translation>
    </message>
    <message>
        <source>FIFO</source>
        <translation>FIFO</translation>
    </message>
    <message>
        <source>Deliver in order, exactly once, at lower throughput.</source>
        <translation>In Reihenfolge und genau einmal zustellen, bei geringerem Durchsatz.</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Aufbewahrung</translation>
    </message>
    <message>
        <source>How long unconsumed messages are kept; it must outlast the longest consumer outage you plan for.</source>
        <translation>Wie lange nicht abgeholte Nachrichten aufbewahrt werden; das muss den längsten eingeplanten Ausfall der Consumer überdauern.</translation>
    </message>
    <message>
        <source>Event stream</source>
        <translation>Event-Stream</translation>
    </message>
    <message>
        <source>A partitioned, replicated log such as Kafka.</source>
        <translation>Ein partitioniertes, repliziertes Log wie Kafka.</translation>
    </message>
    <message>
        <source>Kafka, or the provider&apos;s managed stream.</source>
        <translation>Kafka oder der verwaltete Stream des Anbieters.</translation>
    </message>
    <message>
        <source>Partitions</source>
        <translation>Partitionen</translation>
    </message>
    <message>
        <source>Partitions per topic; they cap how many consumers of one group can read in parallel.</source>
        <translation>Partitionen pro Topic; sie begrenzen, wie viele Consumer einer Gruppe parallel lesen können.</translation>
    </message>
    <message>
        <source>How long events stay readable, so consumers can catch up or replay after an outage.</source>
        <translation>Wie lange Ereignisse lesbar bleiben, damit Consumer nach einem Ausfall aufholen oder sie erneut abspielen können.</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>Data warehouse</source>
        <translation>Data Warehouse</translation>
    </message>
    <message>
        <source>Analytical store for reporting (BigQuery, Redshift, Synapse, Snowflake).</source>
        <translation>Analytischer Datenspeicher für Reporting (BigQuery, Redshift, Synapse, Snowflake).</translation>
    </message>
    <message>
        <source>Warehouse product; exporters map it to the matching provider service.</source>
        <translation>Warehouse-Produkt; Exporter ordnen es dem passenden Dienst des Anbieters zu.</translation>
    </message>
    <message>
        <source>Edge</source>
        <translation>Edge</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>Domain name service that points clients at your entry points.</source>
        <translation>Namensdienst (Domain Name System), der Clients zu Ihren Einstiegspunkten leitet.</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Domain served here; every request starts with a DNS lookup, so host it with a highly available provider.</source>
        <translation>Hier bediente Domain; jede Anfrage beginnt mit einer DNS-Abfrage, hosten Sie sie also bei einem hochverfügbaren Anbieter.</translation>
    </message>
    <message>
        <source>CDN</source>
        <translation>CDN</translation>
    </message>
    <message>
        <source>Content delivery network that caches static and cacheable content near users.</source>
        <translation>Content Delivery Network, das statische und cachebare Inhalte nahe bei den Nutzern zwischenspeichert.</translation>
    </message>
    <message>
        <source>Cache TTL</source>
        <translation>Cache-TTL</translation>
    </message>
    <message>
        <source>How long edge locations keep a response before asking the origin again; longer times take load off the origin and ride out short origin failures.</source>
        <translation>Wie lange Edge-Standorte eine Antwort behalten, bevor sie erneut beim Origin anfragen; längere Zeiten entlasten den Origin und überbrücken kurze Ausfälle des Origins.</translation>
    </message>
    <message>
        <source>WAF</source>
        <translation>WAF</translation>
    </message>
    <message>
        <source>Web application firewall that filters malicious requests before they reach you.</source>
        <translation>Web Application Firewall, die bösartige Anfragen filtert, bevor sie Sie erreichen.</translation>
    </message>
    <message>
        <source>Managed rules</source>
        <translation>Verwaltete Regeln</translation>
    </message>
    <message>
        <source>Use the provider-maintained rule sets (OWASP top 10, known bad inputs), which are updated as new attacks appear.</source>
        <translation>Die vom Anbieter gepflegten Regelsätze verwenden (OWASP Top 10, bekannte schädliche Eingaben); sie werden aktualisiert, sobald neue Angriffe auftauchen.</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Ratenlimit</translation>
    </message>
    <message>
        <source>Requests per minute per client address before blocking, which blunts brute-force and small denial-of-service attacks; 0 turns it off.</source>
        <translation>Anfragen pro Minute und Client-Adresse, bevor blockiert wird; das bremst Brute-Force- und kleine Denial-of-Service-Angriffe. 0 schaltet es ab.</translation>
    </message>
    <message>
        <source>req/min</source>
        <translation>Anfr./min</translation>
    </message>
    <message>
        <source>API gateway</source>
        <translation>API-Gateway</translation>
    </message>
    <message>
        <source>Managed entry point for APIs: routing, authentication, throttling.</source>
        <translation>Verwalteter Einstiegspunkt für APIs: Routing, Authentifizierung, Drosselung.</translation>
    </message>
    <message>
        <source>Requests per second the gateway lets through before throttling, so a traffic spike cannot overload the services behind it.</source>
        <translation>Anfragen pro Sekunde, die das Gateway durchlässt, bevor es drosselt, damit eine Lastspitze die Dienste dahinter nicht überlastet.</translation>
    </message>
    <message>
        <source>req/s</source>
        <translation>Anfr./s</translation>
    </message>
    <message>
        <source>Load balancer</source>
        <translation>Load Balancer</translation>
    </message>
    <message>
        <source>Spreads traffic over healthy replicas (L7 HTTP or L4 TCP).</source>
        <translation>Verteilt Datenverkehr auf funktionsfähige Replikas (L7 HTTP oder L4 TCP).</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>L7 understands HTTP (paths, headers, TLS); L4 forwards TCP connections.</source>
        <translation>L7 versteht HTTP (Pfade, Header, TLS); L4 leitet TCP-Verbindungen weiter.</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Terminate HTTPS with a certificate so traffic is encrypted in transit; plain HTTP only redirects.</source>
        <translation>HTTPS mit einem Zertifikat terminieren, damit der Datenverkehr bei der Übertragung verschlüsselt ist; einfaches HTTP leitet nur um.</translation>
    </message>
    <message>
        <source>Observability</source>
        <translation>Observability</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <source>Time-series metrics such as Prometheus.</source>
        <translation>Zeitreihen-Metriken wie Prometheus.</translation>
    </message>
    <message>
        <source>Metrics system that collects and stores the time series, for example prometheus.</source>
        <translation>Metriksystem, das die Zeitreihen sammelt und speichert, zum Beispiel prometheus.</translation>
    </message>
    <message>
        <source>How long metrics are kept; keep enough to compare today&apos;s load with past peaks.</source>
        <translation>Wie lange Metriken aufbewahrt werden; bewahren Sie genug auf, um die heutige Last mit früheren Spitzen zu vergleichen.</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>Dashboards</translation>
    </message>
    <message>
        <source>Dashboards such as Grafana over metrics and logs.</source>
        <translation>Dashboards wie Grafana über Metriken und Logs.</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <source>Central log collection and search (Elasticsearch, Logstash, Kibana).</source>
        <translation>Zentrale Log-Sammlung und -Suche (Elasticsearch, Logstash, Kibana).</translation>
    </message>
    <message>
        <source>How long logs are kept; security investigations and audits often need 90 days or more.</source>
        <translation>Wie lange Logs aufbewahrt werden; Sicherheitsuntersuchungen und Audits brauchen oft 90 Tage oder mehr.</translation>
    </message>
    <message>
        <source>APM</source>
        <translation>APM</translation>
    </message>
    <message>
        <source>Application performance monitoring and tracing (Datadog-like).</source>
        <translation>Application Performance Monitoring und Tracing (wie Datadog).</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Who provides the service; shown in reports and the questionnaire.</source>
        <translation>Wer den Dienst anbietet; erscheint in Berichten und im Fragebogen.</translation>
    </message>
    <message>
        <source>Alert routing</source>
        <translation>Alarm-Routing</translation>
    </message>
    <message>
        <source>On-call alert routing such as PagerDuty or Opsgenie.</source>
        <translation>Alarm-Routing für die Rufbereitschaft, wie PagerDuty oder Opsgenie.</translation>
    </message>
    <message>
        <source>Service that routes alerts and pages the person on call.</source>
        <translation>Dienst, der Alarme weiterleitet und die Person in Rufbereitschaft benachrichtigt.</translation>
    </message>
    <message>
        <source>Escalation policy</source>
        <translation>Eskalationsrichtlinie</translation>
    </message>
    <message>
        <source>Who is called, in which order, when an alert is not acknowledged.</source>
        <translation>Wer in welcher Reihenfolge angerufen wird, wenn ein Alarm nicht bestätigt wird.</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Identity provider</source>
        <translation>Identitätsanbieter</translation>
    </message>
    <message>
        <source>Single sign-on and user identity (OIDC or SAML).</source>
        <translation>Single Sign-on und Benutzeridentität (OIDC oder SAML).</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Federation protocol; OIDC suits web and mobile apps, SAML many enterprise tools.</source>
        <translation>Föderationsprotokoll; OIDC passt zu Web- und Mobile-Apps, SAML zu vielen Enterprise-Tools.</translation>
    </message>
    <message>
        <source>MFA</source>
        <translation>MFA</translation>
    </message>
    <message>
        <source>Require a second factor at sign-in, which stops most attacks with stolen passwords.</source>
        <translation>Bei der Anmeldung einen zweiten Faktor verlangen; das stoppt die meisten Angriffe mit gestohlenen Passwörtern.</translation>
    </message>
    <message>
        <source>Secrets manager</source>
        <translation>Secrets-Manager</translation>
    </message>
    <message>
        <source>Keeps passwords, keys and tokens out of code and configuration.</source>
        <translation>Hält Passwörter, Schlüssel und Tokens aus Code und Konfiguration heraus.</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Rotation</translation>
    </message>
    <message>
        <source>Days between automatic rotations, which limits how long a leaked secret stays useful; 0 turns rotation off.</source>
        <translation>Tage zwischen automatischen Rotationen; das begrenzt, wie lange ein geleaktes Secret nutzbar bleibt. 0 schaltet die Rotation ab.</translation>
    </message>
    <message>
        <source>Key management</source>
        <translation>Schlüsselverwaltung</translation>
    </message>
    <message>
        <source>Managed encryption keys (KMS, Cloud KMS, Key Vault).</source>
        <translation>Verwaltete Verschlüsselungsschlüssel (KMS, Cloud KMS, Key Vault).</translation>
    </message>
    <message>
        <source>Rotate key material every year; older versions stay available to decrypt existing data.</source>
        <translation>Das Schlüsselmaterial jährlich rotieren; ältere Versionen bleiben zum Entschlüsseln vorhandener Daten verfügbar.</translation>
    </message>
    <message>
        <source>Replicate the key to other regions so copies of the data there can still be decrypted if this region is lost.</source>
        <translation>Den Schlüssel in andere Regionen replizieren, damit Kopien der Daten dort auch beim Verlust dieser Region entschlüsselt werden können.</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>Drittanbieter</translation>
    </message>
    <message>
        <source>Payment gateway</source>
        <translation>Zahlungs-Gateway</translation>
    </message>
    <message>
        <source>An external payment provider such as Stripe or Adyen.</source>
        <translation>Ein externer Zahlungsdienstleister wie Stripe oder Adyen.</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Availability the provider promises; a dependency cannot make you more available than this.</source>
        <translation>Verfügbarkeit, die der Anbieter zusichert; eine Abhängigkeit kann Sie nicht verfügbarer machen als das.</translation>
    </message>
    <message>
        <source>Email / SMS provider</source>
        <translation>E-Mail-/SMS-Anbieter</translation>
    </message>
    <message>
        <source>An external service that sends email or SMS.</source>
        <translation>Ein externer Dienst, der E-Mails oder SMS versendet.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>What the provider sends: email, SMS, or both.</source>
        <translation>Was der Anbieter versendet: E-Mail, SMS oder beides.</translation>
    </message>
    <message>
        <source>SaaS</source>
        <translation>SaaS</translation>
    </message>
    <message>
        <source>Any other external software service you depend on.</source>
        <translation>Jeder andere externe Softwaredienst, von dem Sie abhängen.</translation>
    </message>
    <message>
        <source>Traffic sources</source>
        <translation>Datenverkehrsquellen</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>People using the system on the web or on mobile; requests start here.</source>
        <translation>Menschen, die das System im Web oder mobil nutzen; Anfragen beginnen hier.</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <source>Where the users come from; mobile clients retry and cache differently.</source>
        <translation>Woher die Nutzer kommen; mobile Clients wiederholen Anfragen und cachen anders.</translation>
    </message>
    <message>
        <source>Partner API</source>
        <translation>Partner-API</translation>
    </message>
    <message>
        <source>An external partner system that calls your APIs.</source>
        <translation>Ein externes Partnersystem, das Ihre APIs aufruft.</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Name of the partner organisation, so reports show whose calls arrive here.</source>
        <translation>Name der Partnerorganisation, damit Berichte zeigen, wessen Aufrufe hier ankommen.</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Zonen</translation>
    </message>
    <message>
        <source>Cloud provider</source>
        <translation>Cloud-Anbieter</translation>
    </message>
    <message>
        <source>A cloud provider account: AWS, Google Cloud, Azure or on-premises.</source>
        <translation>Ein Konto bei einem Cloud-Anbieter: AWS, Google Cloud, Azure oder On-Premises.</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Provider of everything inside; exporters generate infrastructure code for it.</source>
        <translation>Anbieter von allem, was darin liegt; Exporter erzeugen Infrastrukturcode dafür.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>A provider region such as eu-west-1 or europe-west1.</source>
        <translation>Eine Region des Anbieters, etwa eu-west-1 oder europe-west1.</translation>
    </message>
    <message>
        <source>Real region name, e.g. eu-west-1, europe-west1, westeurope.</source>
        <translation>Tatsächlicher Regionsname, z. B. eu-west-1, europe-west1, westeurope.</translation>
    </message>
    <message>
        <source>eu-west-1</source>
        <translation>eu-west-1</translation>
    </message>
    <message>
        <source>Availability zone</source>
        <translation>Verfügbarkeitszone</translation>
    </message>
    <message>
        <source>One isolated zone of a region; it fails on its own.</source>
        <translation>Eine isolierte Zone einer Region; sie fällt für sich allein aus.</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Real zone name, e.g. eu-west-1a, europe-west1-b, or 1 on Azure.</source>
        <translation>Tatsächlicher Zonenname, z. B. eu-west-1a, europe-west1-b oder 1 bei Azure.</translation>
    </message>
    <message>
        <source>eu-west-1a</source>
        <translation>eu-west-1a</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>A virtual network (VPC or VNet).</source>
        <translation>Ein virtuelles Netzwerk (VPC oder VNet).</translation>
    </message>
    <message>
        <source>CIDR</source>
        <translation>CIDR</translation>
    </message>
    <message>
        <source>Address range of the network; it must not overlap networks you peer or connect with.</source>
        <translation>Adressbereich des Netzwerks; er darf sich nicht mit Netzwerken überschneiden, mit denen Sie peeren oder sich verbinden.</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>Subnetz</translation>
    </message>
    <message>
        <source>A subnet of a network, public or private.</source>
        <translation>Ein Subnetz eines Netzwerks, öffentlich oder privat.</translation>
    </message>
    <message>
        <source>Address range of the subnet; it must lie inside the range of its network.</source>
        <translation>Adressbereich des Subnetzes; er muss innerhalb des Bereichs seines Netzwerks liegen.</translation>
    </message>
    <message>
        <source>Has a route to the internet; only load balancers and gateways belong here.</source>
        <translation>Hat eine Route ins Internet; nur Load Balancer und Gateways gehören hierher.</translation>
    </message>
    <message>
        <source>Datacenter</source>
        <translation>Rechenzentrum</translation>
    </message>
    <message>
        <source>An on-premises site.</source>
        <translation>Ein On-Premises-Standort.</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>City or site name; sites for disaster recovery should be far enough apart not to fail together.</source>
        <translation>Stadt- oder Standortname; Standorte für Disaster Recovery sollten weit genug auseinanderliegen, um nicht gemeinsam auszufallen.</translation>
    </message>
    <message>
        <source>2XLarge</source>
        <translation>2XLarge</translation>
    </message>
    <message>
        <source>ActiveMQ</source>
        <translation>ActiveMQ</translation>
    </message>
    <message>
        <source>AWS</source>
        <translation>AWS</translation>
    </message>
    <message>
        <source>Azure</source>
        <translation>Azure</translation>
    </message>
    <message>
        <source>BigQuery</source>
        <translation>BigQuery</translation>
    </message>
    <message>
        <source>CockroachDB</source>
        <translation>CockroachDB</translation>
    </message>
    <message>
        <source>Container service</source>
        <translation>Container-Service</translation>
    </message>
    <message>
        <source>Cosmos DB</source>
        <translation>Cosmos DB</translation>
    </message>
    <message>
        <source>DynamoDB</source>
        <translation>DynamoDB</translation>
    </message>
    <message>
        <source>Elasticsearch</source>
        <translation>Elasticsearch</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>E-mail and SMS</source>
        <translation>E-Mail und SMS</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Firestore</source>
        <translation>Firestore</translation>
    </message>
    <message>
        <source>Google Cloud</source>
        <translation>Google Cloud</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>Go</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Java 21</source>
        <translation>Java 21</translation>
    </message>
    <message>
        <source>Kafka</source>
        <translation>Kafka</translation>
    </message>
    <message>
        <source>Kubernetes</source>
        <translation>Kubernetes</translation>
    </message>
    <message>
        <source>Layer 4 (TCP)</source>
        <translation>Schicht 4 (TCP)</translation>
    </message>
    <message>
        <source>Layer 7 (HTTP)</source>
        <translation>Schicht 7 (HTTP)</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Groß</translation>
    </message>
    <message>
        <source>Linux</source>
        <translation>Linux</translation>
    </message>
    <message>
        <source>Managed</source>
        <translation>Verwaltet</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Memcached</source>
        <translation>Memcached</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>MongoDB</source>
        <translation>MongoDB</translation>
    </message>
    <message>
        <source>MySQL</source>
        <translation>MySQL</translation>
    </message>
    <message>
        <source>Node.js 20</source>
        <translation>Node.js 20</translation>
    </message>
    <message>
        <source>OpenID Connect</source>
        <translation>OpenID Connect</translation>
    </message>
    <message>
        <source>On premises</source>
        <translation>Eigenes Rechenzentrum</translation>
    </message>
    <message>
        <source>OpenSearch</source>
        <translation>OpenSearch</translation>
    </message>
    <message>
        <source>Opsgenie</source>
        <translation>Opsgenie</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>PagerDuty</source>
        <translation>PagerDuty</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>Python 3.12</source>
        <translation>Python 3.12</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>RabbitMQ</source>
        <translation>RabbitMQ</translation>
    </message>
    <message>
        <source>Redis</source>
        <translation>Redis</translation>
    </message>
    <message>
        <source>Redshift</source>
        <translation>Redshift</translation>
    </message>
    <message>
        <source>SAML</source>
        <translation>SAML</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>Klein</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Snowflake</source>
        <translation>Snowflake</translation>
    </message>
    <message>
        <source>Spanner</source>
        <translation>Spanner</translation>
    </message>
    <message>
        <source>Synapse</source>
        <translation>Synapse</translation>
    </message>
    <message>
        <source>Virtual machines</source>
        <translation>Virtuelle Maschinen</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Web and mobile</source>
        <translation>Web und mobil</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <source>XLarge</source>
        <translation>XLarge</translation>
    </message>
    <message>
        <source>YugabyteDB</source>
        <translation>YugabyteDB</translation>
    </message>
    <message>
        <source>Traffic starts here</source>
        <translation>Datenverkehr beginnt hier</translation>
    </message>
    <message>
        <source>Keep a synchronous standby in another availability zone and fail over to it automatically. Drawn inside an availability zone, that zone holds the primary; when it fails, the standby in another zone of the region takes over.</source>
        <translation>Hält eine synchrone Standby-Instanz in einer anderen Verfügbarkeitszone und schaltet automatisch darauf um. Innerhalb einer Verfügbarkeitszone gezeichnet, liegt dort die primäre Instanz; fällt die Zone aus, übernimmt die Standby-Instanz in einer anderen Zone der Region.</translation>
    </message>
    <message>
        <source>Exposed to the internet</source>
        <translation>Aus dem Internet erreichbar</translation>
    </message>
    <message>
        <source>Reachable from the internet; exporters give it a public endpoint (an Ingress with health probes, a public load balancer). Only edge components and the services they front should be; with nothing drawn in front, validation treats it as an entry point.</source>
        <translation>Aus dem Internet erreichbar; die Exporter geben ihr einen öffentlichen Endpunkt (ein Ingress mit Health-Probes, einen öffentlichen Load Balancer). Das sollten nur Edge-Komponenten und die Dienste dahinter sein; ist nichts davor gezeichnet, behandelt die Validierung sie als Einstiegspunkt.</translation>
    </message>
    <message>
        <source>Engine image</source>
        <translation>Engine-Image</translation>
    </message>
    <message>
        <source>Container image of a self-run engine (hosting kubernetes or vm), with a fixed tag; empty = the exporters&apos; pinned default for the engine.</source>
        <translation>Container-Image einer selbst betriebenen Engine (Hosting kubernetes oder vm) mit festem Tag; leer = die fest gepinnte Vorgabe der Exporter für die Engine.</translation>
    </message>
    <message>
        <source>postgres:16.4</source>
        <translation>postgres:16.4</translation>
    </message>
    <message>
        <source>Requests start here, as from a load generator, a scheduler or a client the design does not draw; validation follows requests from it. It does not expose the component to the internet; that is what &quot;Exposed to the internet&quot; does.</source>
        <translation>Anfragen beginnen hier, etwa bei einem Lastgenerator, einem Scheduler oder einem Client, den der Entwurf nicht zeichnet; die Validierung verfolgt Anfragen von hier aus. Die Komponente wird dadurch nicht aus dem Internet erreichbar; das bewirkt „Aus dem Internet erreichbar“.</translation>
    </message>
    <message>
        <source>a region name such as eu-west-1, europe-west1 or westeurope</source>
        <translation>ein Regionsname wie eu-west-1, europe-west1 oder westeurope</translation>
    </message>
    <message>
        <source>a zone name such as eu-west-1a, europe-west1-b or 1</source>
        <translation>ein Zonenname wie eu-west-1a, europe-west1-b oder 1</translation>
    </message>
    <message>
        <source>an address range such as 10.0.0.0/16</source>
        <translation>ein Adressbereich wie 10.0.0.0/16</translation>
    </message>
    <message>
        <source>a domain name such as shop.example.com</source>
        <translation>ein Domainname wie shop.example.com</translation>
    </message>
    <message>
        <source>an image reference such as registry.example.com/team/api:1.4.2</source>
        <translation>eine Image-Referenz wie registry.example.com/team/api:1.4.2</translation>
    </message>
    <message>
        <source>an HTTP path such as /healthz</source>
        <translation>ein HTTP-Pfad wie /healthz</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be %2, not &quot;%3&quot;</source>
        <translation>&apos;%1&apos; muss %2 sein, nicht „%3“</translation>
    </message>
    <message>
        <source>%1 is out of range for &apos;%2&apos;; %3 was stored instead</source>
        <translation>%1 liegt außerhalb des Bereichs für &apos;%2&apos;; stattdessen wurde %3 gespeichert</translation>
    </message>
    <message>
        <source>Calls per request</source>
        <translation>Aufrufe je Anfrage</translation>
    </message>
    <message>
        <source>How many calls, or messages, one request of the caller makes over this connection on average. 1 passes every request on; 0.2 means one request in five; 3 fans out. Sizing carries the caller&apos;s load times this to the callee.</source>
        <translation>Wie viele Aufrufe oder Nachrichten eine Anfrage des Aufrufers im Mittel über diese Verbindung macht. 1 gibt jede Anfrage weiter; 0,2 heißt eine von fünf; 3 fächert auf. Die Dimensionierung trägt die Last des Aufrufers mal diesem Wert zum Aufgerufenen.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: stackdraft-cli COMMAND [OPTIONS] [ARGS]

Check, analyse and export Stackdraft architecture designs.

Commands:
</source>
        <translation>Aufruf: stackdraft-cli BEFEHL [OPTIONEN] [ARGUMENTE]

Stackdraft-Architekturentwürfe prüfen, analysieren und exportieren.

Befehle:
</translation>
    </message>
    <message>
        <source>
Run &apos;stackdraft-cli COMMAND --help&apos; for the options of a command.
Exit codes: 0 ok, 1 problems found, 2 usage or I/O error.
</source>
        <translation>
Mit &apos;stackdraft-cli BEFEHL --help&apos; erhalten Sie die Optionen eines Befehls.
Exit-Codes: 0 OK, 1 Probleme gefunden, 2 Aufruf- oder E/A-Fehler.
</translation>
    </message>
    <message>
        <source>stackdraft-cli: unknown command &apos;%1&apos;
</source>
        <translation>stackdraft-cli: unbekannter Befehl &apos;%1&apos;
</translation>
    </message>
    <message>
        <source>%1: cannot write: %2
</source>
        <translation>%1: kann nicht geschrieben werden: %2
</translation>
    </message>
    <message>
        <source>Name of the design.</source>
        <translation>Name des Entwurfs.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Start from a bundled example (see &apos;examples&apos;).</source>
        <translation>Mit einem mitgelieferten Beispiel beginnen (siehe &apos;examples&apos;).</translation>
    </message>
    <message>
        <source>EXAMPLE</source>
        <translation>BEISPIEL</translation>
    </message>
    <message>
        <source>Overwrite an existing file.</source>
        <translation>Eine vorhandene Datei überschreiben.</translation>
    </message>
    <message>
        <source>%1: exists already; use --force to overwrite it
</source>
        <translation>%1: existiert bereits; verwenden Sie --force, um die Datei zu überschreiben
</translation>
    </message>
    <message>
        <source>unknown template &apos;%1&apos;; choose one of: %2
</source>
        <translation>unbekannte Vorlage &apos;%1&apos;; wählen Sie eine von: %2
</translation>
    </message>
    <message>
        <source>created %1
</source>
        <translation>%1 erstellt
</translation>
    </message>
    <message>
        <source>unknown provider</source>
        <translation>unbekannter Anbieter</translation>
    </message>
    <message>
        <source>Print the summary as JSON.</source>
        <translation>Die Zusammenfassung als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Components: %1   Connections: %2   Zones: %3
</source>
        <translation>Komponenten: %1   Verbindungen: %2   Zonen: %3
</translation>
    </message>
    <message>
        <source>Providers: %1
</source>
        <translation>Anbieter: %1
</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>By category:
</source>
        <translation>Nach Kategorie:
</translation>
    </message>
    <message>
        <source>Zones:
</source>
        <translation>Zonen:
</translation>
    </message>
    <message>
        <source>Output format (default: from OUTPUT&apos;s extension, .json or YAML).</source>
        <translation>Ausgabeformat (Standard: nach der Endung von AUSGABE, .json oder YAML).</translation>
    </message>
    <message>
        <source>--to must be yaml or json, not &apos;%1&apos;
</source>
        <translation>--to muss yaml oder json sein, nicht &apos;%1&apos;
</translation>
    </message>
    <message>
        <source>%1: converting a file onto itself would change its format but not its name
</source>
        <translation>%1: eine Datei in sich selbst zu konvertieren würde ihr Format ändern, aber nicht ihren Namen
</translation>
    </message>
    <message>
        <source>Print only problems.</source>
        <translation>Nur Probleme ausgeben.</translation>
    </message>
    <message>
        <source>Number of components (default 1000).</source>
        <translation>Anzahl der Komponenten (Standard 1000).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>Zufalls-Seed (Standard 1).</translation>
    </message>
    <message>
        <source>SEED</source>
        <translation>SEED</translation>
    </message>
    <message>
        <source>Output file (.yaml or .json; - for stdout).</source>
        <translation>Ausgabedatei (.yaml oder .json; - für die Standardausgabe).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>--components must be 1 to 1000000 and --seed a whole number
</source>
        <translation>--components muss zwischen 1 und 1000000 liegen und --seed eine ganze Zahl sein
</translation>
    </message>
    <message>
        <source>(broken)</source>
        <translation>(fehlerhaft)</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>usage: stackdraft-cli %1 [options] %2 (see --help)
</source>
        <translation>Aufruf: stackdraft-cli %1 [Optionen] %2 (siehe --help)
</translation>
    </message>
    <message>
        <source>Create a design file, blank or from a bundled example.</source>
        <translation>Eine Entwurfsdatei anlegen, leer oder aus einem mitgelieferten Beispiel.</translation>
    </message>
    <message>
        <source>Summarize a design: counts by kind and category, zones, providers.</source>
        <translation>Einen Entwurf zusammenfassen: Anzahl nach Typ und Kategorie, Zonen, Anbieter.</translation>
    </message>
    <message>
        <source>Convert a design between YAML and JSON.</source>
        <translation>Einen Entwurf zwischen YAML und JSON konvertieren.</translation>
    </message>
    <message>
        <source>Load designs and report every problem with file and line.</source>
        <translation>Entwürfe laden und jedes Problem mit Datei und Zeile melden.</translation>
    </message>
    <message>
        <source>Generate a large realistic design for scale tests.</source>
        <translation>Einen großen, realistischen Entwurf für Skalierungstests erzeugen.</translation>
    </message>
    <message>
        <source>List the bundled example designs.</source>
        <translation>Die mitgelieferten Beispielentwürfe auflisten.</translation>
    </message>
    <message>
        <source>Usage: stackdraft-cli export FORMAT DESIGN -o OUTPUT [options]

Formats:
</source>
        <translation>Aufruf: stackdraft-cli export FORMAT ENTWURF -o AUSGABE [Optionen]

Formate:
</translation>
    </message>
    <message>
        <source>
Run &apos;stackdraft-cli export FORMAT --help&apos; for the options of a format.
</source>
        <translation>
Mit &apos;stackdraft-cli export FORMAT --help&apos; erhalten Sie die Optionen eines Formats.
</translation>
    </message>
    <message>
        <source>stackdraft-cli export: unknown format &apos;%1&apos;; choose one of: %2
</source>
        <translation>stackdraft-cli export: unbekanntes Format &apos;%1&apos;; wählen Sie eines von: %2
</translation>
    </message>
    <message>
        <source>Output file.</source>
        <translation>Ausgabedatei.</translation>
    </message>
    <message>
        <source>Output folder (created if needed).</source>
        <translation>Ausgabeordner (wird bei Bedarf angelegt).</translation>
    </message>
    <message>
        <source>OUTPUT</source>
        <translation>AUSGABE</translation>
    </message>
    <message>
        <source>; default %1</source>
        <translation>; Standard %1</translation>
    </message>
    <message>
        <source>stackdraft-cli export %1: -o OUTPUT is required
</source>
        <translation>stackdraft-cli export %1: -o AUSGABE ist erforderlich
</translation>
    </message>
    <message>
        <source>--%1 must be one of %2, not &apos;%3&apos;
</source>
        <translation>--%1 muss eines von %2 sein, nicht &apos;%3&apos;
</translation>
    </message>
    <message>
        <source>stackdraft-cli export %1: %2
</source>
        <translation>stackdraft-cli export %1: %2
</translation>
    </message>
    <message>
        <source>wrote %1
</source>
        <translation>%1 geschrieben
</translation>
    </message>
    <message>
        <source>wrote %1 files to %2
</source>
        <translation>%1 Dateien nach %2 geschrieben
</translation>
    </message>
    <message>
        <source>Export a design (terraform, kubernetes, questionnaire...).</source>
        <translation>Einen Entwurf exportieren (terraform, kubernetes, questionnaire ...).</translation>
    </message>
    <message>
        <source>stackdraft-cli answers import: %1 was not changed
</source>
        <translation>stackdraft-cli answers import: %1 wurde nicht geändert
</translation>
    </message>
    <message>
        <source>stackdraft-cli answers import: %1: %2
</source>
        <translation>stackdraft-cli answers import: %1: %2
</translation>
    </message>
    <message>
        <source>%1: %2 answer(s) changed; %3
</source>
        <translation>%1: %2 Antwort(en) geändert; %3
</translation>
    </message>
    <message>
        <source>stackdraft-cli answers: unknown subcommand &apos;%1&apos;
</source>
        <translation>stackdraft-cli answers: unbekannter Unterbefehl &apos;%1&apos;
</translation>
    </message>
    <message>
        <source>Output format: text (default), json, sarif, csv or html.</source>
        <translation>Ausgabeformat: text (Standard), json, sarif, csv oder html.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Exit with 1 when an unaccepted finding has at least this severity: error (default), warning or info.</source>
        <translation>Mit 1 beenden, wenn ein nicht akzeptierter Befund mindestens diesen Schweregrad hat: error (Standard), warning oder info.</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>SCHWEREGRAD</translation>
    </message>
    <message>
        <source>stackdraft-cli validate: unknown format &apos;%1&apos;; choose text, json, sarif, csv or html
</source>
        <translation>stackdraft-cli validate: unbekanntes Format &apos;%1&apos;; wählen Sie text, json, sarif, csv oder html
</translation>
    </message>
    <message>
        <source>stackdraft-cli validate: unknown severity &apos;%1&apos;; choose error, warning or info
</source>
        <translation>stackdraft-cli validate: unbekannter Schweregrad &apos;%1&apos;; wählen Sie error, warning oder info
</translation>
    </message>
    <message>
        <source>What fails: a component id, zone:NAME, region:NAME or provider:NAME (ids or real names such as eu-west-1a).</source>
        <translation>Was ausfällt: eine Komponenten-ID, zone:NAME, region:NAME oder provider:NAME (IDs oder echte Namen wie eu-west-1a).</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>ZIEL</translation>
    </message>
    <message>
        <source>stackdraft-cli simulate: --top needs a positive number
</source>
        <translation>stackdraft-cli simulate: --top braucht eine positive Zahl
</translation>
    </message>
    <message>
        <source>Blast radius (components no entry point reaches when it fails, itself included):
</source>
        <translation>Auswirkungsradius (Komponenten, die bei ihrem Ausfall von keinem Einstiegspunkt mehr erreicht werden, sie selbst eingeschlossen):
</translation>
    </message>
    <message>
        <source>Cut vertices (removing one splits the design in two): %1
</source>
        <translation>Schnittknoten (das Entfernen eines einzigen teilt den Entwurf in zwei Teile): %1
</translation>
    </message>
    <message>
        <source>Bridges (the only link between two parts): %1
</source>
        <translation>Brücken (die einzige Verbindung zwischen zwei Teilen): %1
</translation>
    </message>
    <message>
        <source>stackdraft-cli simulate: %1
</source>
        <translation>stackdraft-cli simulate: %1
</translation>
    </message>
    <message>
        <source>Failing %1: %2 components fail directly.
</source>
        <translation>Ausfall von %1: %2 Komponenten fallen direkt aus.
</translation>
    </message>
    <message>
        <source>Every entry point still reaches everything it reached before.
</source>
        <translation>Jeder Einstiegspunkt erreicht weiterhin alles, was er vorher erreicht hat.
</translation>
    </message>
    <message>
        <source>%1 is down itself.
</source>
        <translation>%1 ist selbst ausgefallen.
</translation>
    </message>
    <message>
        <source>From %1, %2 components become unreachable:
</source>
        <translation>Von %1 aus werden %2 Komponenten unerreichbar:
</translation>
    </message>
    <message>
        <source>Find single points of failure and resilience gaps</source>
        <translation>Single Points of Failure und Lücken in der Ausfallsicherheit finden</translation>
    </message>
    <message>
        <source>Show what a component, zone, region or provider failure breaks</source>
        <translation>Zeigen, was der Ausfall einer Komponente, einer Zone, einer Region oder eines Anbieters lahmlegt</translation>
    </message>
    <message>
        <source>, components: %1</source>
        <translation>, Komponenten: %1</translation>
    </message>
    <message>
        <source>%1: ok (components: %2, connections: %3, zones: %4)
</source>
        <translation>%1: ok (Komponenten: %2, Verbindungen: %3, Zonen: %4)
</translation>
    </message>
    <message>
        <source>Without --fail: how many components to rank by blast radius (cut vertices and bridges are always listed in full).</source>
        <translation>Ohne --fail: wie viele Komponenten nach Auswirkungsradius gereiht werden (Schnittknoten und Brücken werden immer vollständig aufgeführt).</translation>
    </message>
    <message>
        <source>No entry point: no traffic source is drawn, nothing is marked as where traffic starts, and every component has a caller, so there is nothing to analyse from.
</source>
        <translation>Kein Einstiegspunkt: Es ist keine Datenverkehrsquelle gezeichnet, nichts ist als Beginn des Datenverkehrs markiert, und jede Komponente hat einen Aufrufer; es gibt also nichts, von dem aus analysiert werden kann.
</translation>
    </message>
    <message>
        <source>No entry point is drawn or marked; analysing from what nothing calls: %1.
</source>
        <translation>Kein Einstiegspunkt ist gezeichnet oder markiert; analysiert wird von dem aus, was niemand aufruft: %1.
</translation>
    </message>
    <message>
        <source>  %1: %2 replicas, all in this zone as drawn (a service drawn in a zone runs its replicas there); they fail with it.
</source>
        <translation>  %1: %2 Replikas, alle in dieser Zone, wie gezeichnet (ein in einer Zone gezeichneter Dienst betreibt seine Replikas dort); sie fallen mit ihr aus.
</translation>
    </message>
    <message>
        <source>The rule whose findings to fix, e.g. data.no-standby.</source>
        <translation>Die Regel, deren Befunde behoben werden sollen, z. B. data.no-standby.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Fix only the finding about this component (or zone) id; without it, every open finding of the rule.</source>
        <translation>Nur den Befund zu dieser Komponenten- (oder Zonen-)ID beheben; ohne diese Angabe jeden offenen Befund der Regel.</translation>
    </message>
    <message>
        <source>Print what would change and the diff; write nothing.</source>
        <translation>Ausgeben, was sich ändern würde, und den Diff; nichts schreiben.</translation>
    </message>
    <message>
        <source>stackdraft-cli fix: --rule is required; rules with a fix: %1
</source>
        <translation>stackdraft-cli fix: --rule ist erforderlich; Regeln mit einer Behebung: %1
</translation>
    </message>
    <message>
        <source>stackdraft-cli fix: unknown rule &apos;%1&apos;
</source>
        <translation>stackdraft-cli fix: unbekannte Regel „%1“
</translation>
    </message>
    <message>
        <source>stackdraft-cli fix: rule &apos;%1&apos; has no one-click fix; rules with a fix: %2
</source>
        <translation>stackdraft-cli fix: Regel „%1“ hat keine Ein-Klick-Behebung; Regeln mit einer Behebung: %2
</translation>
    </message>
    <message>
        <source>stackdraft-cli fix: no component or zone with id &apos;%1&apos;
</source>
        <translation>stackdraft-cli fix: keine Komponente oder Zone mit der ID „%1“
</translation>
    </message>
    <message>
        <source>Nothing to fix: no open %1 finding.
</source>
        <translation>Nichts zu beheben: kein offener Befund %1.
</translation>
    </message>
    <message>
        <source>Nothing to fix: no open %1 finding about %2.
</source>
        <translation>Nichts zu beheben: kein offener Befund %1 zu %2.
</translation>
    </message>
    <message>
        <source>No mechanical fix for %1: %2
</source>
        <translation>Keine mechanische Behebung für %1: %2
</translation>
    </message>
    <message>
        <source>stackdraft-cli fix: %1: %2
</source>
        <translation>stackdraft-cli fix: %1: %2
</translation>
    </message>
    <message>
        <source>Fix: %1 [%2]
</source>
        <translation>Behebung: %1 [%2]
</translation>
    </message>
    <message>
        <source>Note: %1 is written in Stackdraft&apos;s own layout (comments and formatting of the file are not kept).
</source>
        <translation>Hinweis: %1 wird in Stackdrafts eigenem Layout geschrieben (Kommentare und Formatierung der Datei bleiben nicht erhalten).
</translation>
    </message>
    <message>
        <source>Apply the one-click fix of findings to a design file and print the diff.</source>
        <translation>Die Ein-Klick-Behebung von Befunden auf eine Entwurfsdatei anwenden und den Diff ausgeben.</translation>
    </message>
    <message>
        <source>Replace generated files that were edited by hand, and files in the way that this export did not write.</source>
        <translation>Von Hand bearbeitete generierte Dateien und im Weg liegende Dateien, die dieser Export nicht geschrieben hat, ersetzen.</translation>
    </message>
    <message>
        <source>%1: no longer generated, but edited by hand, so it was kept
</source>
        <translation>%1: wird nicht mehr generiert, wurde aber von Hand bearbeitet und daher behalten
</translation>
    </message>
    <message>
        <source>removed %1 file(s) of the earlier export that are no longer generated: %2
</source>
        <translation>%1 Datei(en) des früheren Exports entfernt, die nicht mehr generiert werden: %2
</translation>
    </message>
    <message>
        <source>Apply only the suggestions for this component, or this COMPONENT.PROPERTY (repeatable).</source>
        <translation>Nur die Vorschläge für diese Komponente oder diese KOMPONENTE.EIGENSCHAFT übernehmen (wiederholbar).</translation>
    </message>
    <message>
        <source>List the changes; write nothing.</source>
        <translation>Änderungen auflisten; nichts schreiben.</translation>
    </message>
    <message>
        <source>stackdraft-cli answers apply: no suggestion for %1; %2 was not changed
</source>
        <translation>stackdraft-cli answers apply: kein Vorschlag für %1; %2 wurde nicht geändert
</translation>
    </message>
    <message>
        <source>%1: %2 change(s) suggested; nothing written (--dry-run)
</source>
        <translation>%1: %2 Änderung(en) vorgeschlagen; nichts geschrieben (--dry-run)
</translation>
    </message>
    <message>
        <source>stackdraft-cli answers apply: %1: %2
</source>
        <translation>stackdraft-cli answers apply: %1: %2
</translation>
    </message>
    <message>
        <source>%1: %2 change(s) applied
</source>
        <translation>%1: %2 Änderung(en) übernommen
</translation>
    </message>
    <message>
        <source>Import questionnaire answers, or apply the sizing they suggest.</source>
        <translation>Fragebogenantworten importieren oder die daraus folgende Dimensionierung übernehmen.</translation>
    </message>
    <message>
        <source>Users
</source>
        <translation>Nutzer
</translation>
    </message>
    <message>
        <source>Not answered yet: %1
</source>
        <translation>Noch nicht beantwortet: %1
</translation>
    </message>
    <message>
        <source>
%1: no load
</source>
        <translation>
%1: keine Last
</translation>
    </message>
    <message>
        <source>
%1: %2 req/s, up to %3 concurrent executions
</source>
        <translation>
%1: %2 Anfragen/s, bis zu %3 gleichzeitige Ausführungen
</translation>
    </message>
    <message>
        <source>
%1: %2 req/s, %3 to %4 replicas
</source>
        <translation>
%1: %2 Anfragen/s, %3 bis %4 Replikate
</translation>
    </message>
    <message>
        <source>
Where the design does not meet the answers:
</source>
        <translation>
Wo der Entwurf die Antworten nicht erfüllt:
</translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation>Ausgabeformat: text (Standard) oder json.</translation>
    </message>
    <message>
        <source>stackdraft-cli estimate: unknown format &apos;%1&apos;; choose text or json
</source>
        <translation>stackdraft-cli estimate: unbekanntes Format &apos;%1&apos;; wählen Sie text oder json
</translation>
    </message>
    <message>
        <source>Size the design from its answers, with the derivation of each figure.</source>
        <translation>Den Entwurf aus seinen Antworten dimensionieren, mit der Herleitung jeder Zahl.</translation>
    </message>
    <message>
        <source>
%1: %2 req/s today, %3 at %4 months; %5 to %6 replicas
</source>
        <translation>
%1: %2 Anfragen/s heute, %3 nach %4 Monaten; %5 bis %6 Replikate
</translation>
    </message>
    <message>
        <source>Picture format: png, svg or pdf (default: from the file name).</source>
        <translation>Bildformat: png, svg oder pdf (Standard: aus dem Dateinamen).</translation>
    </message>
    <message>
        <source>PNG pixels per canvas unit (default 2).</source>
        <translation>PNG-Pixel je Canvas-Einheit (Standard 2).</translation>
    </message>
    <message>
        <source>Margin around the diagram in canvas units (default 30).</source>
        <translation>Rand um das Diagramm in Canvas-Einheiten (Standard 30).</translation>
    </message>
    <message>
        <source>No background (PNG and SVG).</source>
        <translation>Kein Hintergrund (PNG und SVG).</translation>
    </message>
    <message>
        <source>Draw the canvas grid behind the diagram.</source>
        <translation>Das Raster des Canvas hinter das Diagramm zeichnen.</translation>
    </message>
    <message>
        <source>Connection labels: user (the user&apos;s label, else protocol:port; default) or protocol.</source>
        <translation>Verbindungsbeschriftung: user (eigene Beschriftung, sonst Protokoll:Port; Standard) oder protocol.</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODUS</translation>
    </message>
    <message>
        <source>Draw only these components and zones (comma-separated ids; a zone brings its contents).</source>
        <translation>Nur diese Komponenten und Zonen zeichnen (IDs durch Kommas getrennt; eine Zone mit ihrem Inhalt).</translation>
    </message>
    <message>
        <source>IDS</source>
        <translation>IDS</translation>
    </message>
    <message>
        <source>stackdraft-cli export diagram: -o FILE is required
</source>
        <translation>stackdraft-cli export diagram: -o DATEI ist erforderlich
</translation>
    </message>
    <message>
        <source>--format must be one of png, svg, pdf, not &apos;%1&apos;
</source>
        <translation>--format muss png, svg oder pdf sein, nicht „%1“
</translation>
    </message>
    <message>
        <source>--%1 must be a number from %2 to %3, not &apos;%4&apos;
</source>
        <translation>--%1 muss eine Zahl von %2 bis %3 sein, nicht „%4“
</translation>
    </message>
    <message>
        <source>--labels must be one of user, protocol, not &apos;%1&apos;
</source>
        <translation>--labels muss user oder protocol sein, nicht „%1“
</translation>
    </message>
    <message>
        <source>%1: no component or zone &apos;%2&apos;
</source>
        <translation>%1: keine Komponente oder Zone „%2“
</translation>
    </message>
    <message>
        <source>stackdraft-cli export diagram: painting needs a GUI application
</source>
        <translation>stackdraft-cli export diagram: Zeichnen braucht eine GUI-Anwendung
</translation>
    </message>
    <message>
        <source>stackdraft-cli export diagram: %1
</source>
        <translation>stackdraft-cli export diagram: %1
</translation>
    </message>
    <message>
        <source>The diagram as a PNG, SVG or PDF picture (--format png|svg|pdf).</source>
        <translation>Das Diagramm als PNG-, SVG- oder PDF-Bild (--format png|svg|pdf).</translation>
    </message>
    <message>
        <source>Write the laid-out design here (default: DESIGN itself).</source>
        <translation>Den angeordneten Entwurf hierhin schreiben (Standard: DESIGN selbst).</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>AUS</translation>
    </message>
    <message>
        <source>Place only components that were never placed; nothing else moves.</source>
        <translation>Nur nie platzierte Komponenten platzieren; sonst bewegt sich nichts.</translation>
    </message>
    <message>
        <source>laid out %1: %2 moved, %3 resized; wrote %4
</source>
        <translation>%1 angeordnet: %2 verschoben, %3 in der Größe geändert; %4 geschrieben
</translation>
    </message>
    <message>
        <source>Auto-layout a design, zone by zone (as the studio does).</source>
        <translation>Einen Entwurf automatisch anordnen, Zone für Zone (wie im Studio).</translation>
    </message>
    <message>
        <source>Draw every connection orthogonal (routed around cards), straight or curved (default: each connection&apos;s own style).</source>
        <translation>Alle Verbindungen rechtwinklig (um Karten herum geführt), gerade oder geschwungen zeichnen (Standard: der Stil jeder Verbindung).</translation>
    </message>
    <message>
        <source>STYLE</source>
        <translation>STIL</translation>
    </message>
    <message>
        <source>--style must be one of orthogonal, straight, curved, not &apos;%1&apos;
</source>
        <translation>--style muss orthogonal, straight oder curved sein, nicht „%1“
</translation>
    </message>
    <message>
        <source>Usage: stackdraft-cli answers import DESIGN ANSWERS
       stackdraft-cli answers apply DESIGN [--only ID...] [--dry-run]

Checks a filled-in answers file (YAML, or JSON when it ends in .json) against the design&apos;s
questions and, when every entry is right, stores the answers in DESIGN (written atomically).
Nothing is changed when any entry is wrong; each problem is reported as file:line:column.
Answers about components or zones the design no longer has (a file from an older version of
the design) are reported as warnings and left out; the rest is imported.
Make an answers file with: stackdraft-cli export questionnaire DESIGN --format answers -o FILE

apply writes the sizing suggestions of the answers into DESIGN (atomically, like the studio&apos;s
Apply): all of them, or only those of --only COMPONENT or --only COMPONENT.PROPERTY (repeatable).
--dry-run lists them and changes nothing. See the figures with: stackdraft-cli estimate DESIGN
</source>
        <translation>Aufruf: stackdraft-cli answers import ENTWURF ANTWORTEN
       stackdraft-cli answers apply ENTWURF [--only ID...] [--dry-run]

Prüft eine ausgefüllte Antwortdatei (YAML, oder JSON bei Endung .json) gegen die Fragen des Entwurfs
und speichert die Antworten, wenn jeder Eintrag stimmt, in ENTWURF (atomar geschrieben).
Nichts wird geändert, wenn ein Eintrag falsch ist; jedes Problem wird als Datei:Zeile:Spalte gemeldet.
Antworten zu Komponenten oder Zonen, die der Entwurf nicht mehr hat (eine Datei einer älteren Fassung
des Entwurfs), werden als Warnungen gemeldet und ausgelassen; der Rest wird importiert.
Eine Antwortdatei erzeugen Sie mit: stackdraft-cli export questionnaire ENTWURF --format answers -o DATEI

apply schreibt die Dimensionierungsvorschläge der Antworten in ENTWURF (atomar, wie Übernehmen im
Studio): alle, oder nur die von --only KOMPONENTE oder --only KOMPONENTE.EIGENSCHAFT (wiederholbar).
--dry-run listet sie auf und ändert nichts. Die Zahlen zeigt: stackdraft-cli estimate ENTWURF
</translation>
    </message>
    <message>
        <source>%1: %2 answer(s) in %3 no longer apply to the design and were left out (see the warnings)
</source>
        <translation>%1: %2 Antwort(en) in %3 gelten nicht mehr für den Entwurf und wurden ausgelassen (siehe die Warnungen)
</translation>
    </message>
    <message>
        <source>stackdraft-cli export %1: the PDF could not be written to standard output; use -o FILE
</source>
        <translation>stackdraft-cli export %1: das PDF konnte nicht auf die Standardausgabe geschrieben werden; verwenden Sie -o DATEI
</translation>
    </message>
    <message>
        <source>The design to write (.yaml or .json).</source>
        <translation>Der zu schreibende Entwurf (.yaml oder .json).</translation>
    </message>
    <message>
        <source>DESIGN</source>
        <translation>ENTWURF</translation>
    </message>
    <message>
        <source>Write the whole import report here: what was mapped, guessed (with file and line) and dropped (with why); JSON when FILE ends in .json, else Markdown; - for stdout.</source>
        <translation>Den ganzen Importbericht hierhin schreiben: was übernommen, geraten (mit Datei und Zeile) und verworfen wurde (mit Grund); JSON, wenn DATEI auf .json endet, sonst Markdown; - für die Standardausgabe.</translation>
    </message>
    <message>
        <source>Overwrite an existing design file.</source>
        <translation>Eine vorhandene Entwurfsdatei überschreiben.</translation>
    </message>
    <message>
        <source>stackdraft-cli import: unknown source &apos;%1&apos;; choose %2
</source>
        <translation>stackdraft-cli import: unbekannte Quelle &apos;%1&apos;; wählen Sie %2
</translation>
    </message>
    <message>
        <source>stackdraft-cli import: -o DESIGN is required
</source>
        <translation>stackdraft-cli import: -o DESIGN ist erforderlich
</translation>
    </message>
    <message>
        <source>stackdraft-cli import: nothing written
</source>
        <translation>stackdraft-cli import: nichts geschrieben
</translation>
    </message>
    <message>
        <source>stackdraft-cli import: the imported design does not load (a defect of the importer); nothing written
</source>
        <translation>stackdraft-cli import: der importierte Entwurf lässt sich nicht laden (ein Fehler des Importers); nichts geschrieben
</translation>
    </message>
    <message>
        <source>imported %1 components and %2 connections from %3; wrote %4
</source>
        <translation>%1 Komponenten und %2 Verbindungen aus %3 importiert; %4 geschrieben
</translation>
    </message>
    <message>
        <source>run again with --report FILE to see what was dropped and which hosts nothing defines
</source>
        <translation>erneut mit --report DATEI ausführen, um zu sehen, was verworfen wurde und welche Hosts nichts definiert
</translation>
    </message>
    <message>
        <source>%1: give a file, or REV:PATH for a file at a git revision
</source>
        <translation>%1: geben Sie eine Datei an, oder REV:PATH für eine Datei in einer Git-Revision
</translation>
    </message>
    <message>
        <source>%1: git could not be run, so the revision cannot be read
</source>
        <translation>%1: git ließ sich nicht ausführen, daher kann die Revision nicht gelesen werden
</translation>
    </message>
    <message>
        <source>%1: no such file, and &apos;%2&apos; is not a git revision here
</source>
        <translation>%1: keine solche Datei, und &apos;%2&apos; ist hier keine Git-Revision
</translation>
    </message>
    <message>
        <source>%1: git cannot read it: %2
</source>
        <translation>%1: git kann es nicht lesen: %2
</translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MiB
</source>
        <translation>%1: die Datei ist größer als %2 MiB
</translation>
    </message>
    <message>
        <source>%1 does not exist at revision %2: the design is new, everything in it counts as added</source>
        <translation>%1 existiert in Revision %2 nicht: der Entwurf ist neu, alles darin gilt als hinzugefügt</translation>
    </message>
    <message>
        <source>%1 does not exist at revision %2: the design was deleted, everything in it counts as removed</source>
        <translation>%1 existiert in Revision %2 nicht: der Entwurf wurde gelöscht, alles darin gilt als entfernt</translation>
    </message>
    <message>
        <source>%1 has format version %2; it is compared after migration to version %3</source>
        <translation>%1 hat Formatversion %2; es wird nach der Migration auf Version %3 verglichen</translation>
    </message>
    <message>
        <source>the two designs have different names and share only %1 component and zone ids: they look unrelated, so most of what they hold shows as removed and added</source>
        <translation>die beiden Entwürfe haben verschiedene Namen und nur %1 gemeinsame Komponenten- und Zonen-IDs: sie scheinen nichts miteinander zu tun zu haben, daher erscheint das meiste als entfernt und hinzugefügt</translation>
    </message>
    <message>
        <source>Output format: text (default), json, markdown (a pull-request comment) or sarif (the new findings only).</source>
        <translation>Ausgabeformat: text (Standard), json, markdown (ein Pull-Request-Kommentar) oder sarif (nur die neuen Befunde).</translation>
    </message>
    <message>
        <source>Exit with 1 when the change adds an unaccepted finding of at least this severity: error (default), warning or info.</source>
        <translation>Mit 1 beenden, wenn die Änderung einen nicht akzeptierten Befund mit mindestens diesem Schweregrad hinzufügt: error (Standard), warning oder info.</translation>
    </message>
    <message>
        <source>Markdown: about how many lines the comment may have (default 60).</source>
        <translation>Markdown: etwa wie viele Zeilen der Kommentar haben darf (Standard 60).</translation>
    </message>
    <message>
        <source>Compare the designs only, without running the validation on both sides.</source>
        <translation>Nur die Entwürfe vergleichen, ohne die Validierung auf beiden Seiten auszuführen.</translation>
    </message>
    <message>
        <source>Do not run the exporters to see which generated files change.</source>
        <translation>Die Exporter nicht ausführen, um zu sehen, welche erzeugten Dateien sich ändern.</translation>
    </message>
    <message>
        <source>stackdraft-cli diff: unknown format &apos;%1&apos;; choose text, json, markdown or sarif
</source>
        <translation>stackdraft-cli diff: unbekanntes Format &apos;%1&apos;; wählen Sie text, json, markdown oder sarif
</translation>
    </message>
    <message>
        <source>stackdraft-cli diff: unknown severity &apos;%1&apos;; choose error, warning or info
</source>
        <translation>stackdraft-cli diff: unbekannter Schweregrad &apos;%1&apos;; wählen Sie error, warning oder info
</translation>
    </message>
    <message>
        <source>stackdraft-cli diff: --max-lines needs a number of at least 10
</source>
        <translation>stackdraft-cli diff: --max-lines braucht eine Zahl von mindestens 10
</translation>
    </message>
    <message>
        <source>stackdraft-cli diff: SARIF holds the new findings, so it cannot go with --no-findings
</source>
        <translation>stackdraft-cli diff: SARIF enthält die neuen Befunde und passt daher nicht zu --no-findings
</translation>
    </message>
    <message>
        <source>stackdraft-cli diff: the old side %1 cannot be compared
</source>
        <translation>stackdraft-cli diff: die alte Seite %1 kann nicht verglichen werden
</translation>
    </message>
    <message>
        <source>stackdraft-cli diff: the new side %1 cannot be compared
</source>
        <translation>stackdraft-cli diff: die neue Seite %1 kann nicht verglichen werden
</translation>
    </message>
    <message>
        <source>stackdraft-cli diff: neither %1 nor %2 exists
</source>
        <translation>stackdraft-cli diff: weder %1 noch %2 existiert
</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(fehlt)</translation>
    </message>
    <message>
        <source>conflict: %1: base %2, ours %3, theirs %4; kept %5 (%6)</source>
        <translation>Konflikt: %1: Basis %2, unsere %3, ihre %4; behalten: %5 (%6)</translation>
    </message>
    <message>
        <source>Where to write the merged design (as a git merge driver: %A).</source>
        <translation>Wohin der zusammengeführte Entwurf geschrieben wird (als Git-Merge-Treiber: %A).</translation>
    </message>
    <message>
        <source>stackdraft-cli merge: -o OUT is required
</source>
        <translation>stackdraft-cli merge: -o OUT ist erforderlich
</translation>
    </message>
    <message>
        <source>stackdraft-cli merge: %1 does not load; nothing was written
</source>
        <translation>stackdraft-cli merge: %1 lässt sich nicht laden; nichts wurde geschrieben
</translation>
    </message>
    <message>
        <source>stackdraft-cli merge: the two sides cannot be merged into a valid design; %1 was left as it was
</source>
        <translation>stackdraft-cli merge: die beiden Seiten lassen sich nicht zu einem gültigen Entwurf zusammenführen; %1 blieb unverändert
</translation>
    </message>
    <message>
        <source>merged into %1 with %2 conflict(s), listed under &apos;conflicts:&apos; in the file
</source>
        <translation>in %1 zusammengeführt mit %2 Konflikt(en), aufgeführt unter &apos;conflicts:&apos; in der Datei
</translation>
    </message>
    <message>
        <source>merged into %1 without conflicts
</source>
        <translation>in %1 ohne Konflikte zusammengeführt
</translation>
    </message>
    <message>
        <source>Show what changed between two designs (or REV:PATH), and how the findings changed</source>
        <translation>Zeigen, was sich zwischen zwei Entwürfen (oder REV:PATH) geändert hat und wie sich die Befunde geändert haben</translation>
    </message>
    <message>
        <source>Three-way merge of designs, for use as a git merge driver</source>
        <translation>Drei-Wege-Zusammenführung von Entwürfen, als Git-Merge-Treiber nutzbar</translation>
    </message>
    <message>
        <source>Report (and fail on) only the findings that are new since this earlier version of the design: a file, or REV:PATH for a file at a git revision.</source>
        <translation>Nur die Befunde melden (und nur an ihnen scheitern), die seit dieser früheren Fassung des Entwurfs neu sind: eine Datei, oder REV:PATH für eine Datei in einer Git-Revision.</translation>
    </message>
    <message>
        <source>OLD</source>
        <translation>ALT</translation>
    </message>
    <message>
        <source>stackdraft-cli validate: the baseline %1 cannot be read
</source>
        <translation>stackdraft-cli validate: die Basislinie %1 kann nicht gelesen werden
</translation>
    </message>
    <message>
        <source>Baseline %1: %2 of the %3 findings are new.
</source>
        <translation>Basislinie %1: %2 der %3 Befunde sind neu.
</translation>
    </message>
    <message>
        <source>Create a design from docker compose files, Kubernetes manifests or Terraform (.tf, terraform show -json), with a report of what was lost.</source>
        <translation>Einen Entwurf aus Docker-Compose-Dateien, Kubernetes-Manifesten oder Terraform (.tf, terraform show -json) erstellen, mit einem Bericht über das, was verloren ging.</translation>
    </message>
</context>
<context>
    <name>ComparePrompts</name>
    <message>
        <source>Compare With</source>
        <translation>Vergleichen mit</translation>
    </message>
    <message>
        <source>Show what changed in the open design since:</source>
        <translation>Zeigen, was sich im geöffneten Entwurf geändert hat seit:</translation>
    </message>
    <message>
        <source>A git &amp;revision of this file</source>
        <translation>Einer Git-&amp;Revision dieser Datei</translation>
    </message>
    <message>
        <source>A commit, branch or tag: HEAD, HEAD~1, main, v1.2…</source>
        <translation>Ein Commit, Branch oder Tag: HEAD, HEAD~1, main, v1.2…</translation>
    </message>
    <message>
        <source>The design is not saved yet, so it has no git history.</source>
        <translation>Der Entwurf ist noch nicht gespeichert und hat daher keine Git-Historie.</translation>
    </message>
    <message>
        <source>%1 is not in a git work tree.</source>
        <translation>%1 liegt in keinem Git-Arbeitsverzeichnis.</translation>
    </message>
    <message>
        <source>Another design &amp;file</source>
        <translation>Einer anderen Entwurfs&amp;datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Stackdraft designs (*.stackdraft.yaml *.stackdraft.json *.yaml *.yml *.json);;All files (*)</source>
        <translation>Stackdraft-Entwürfe (*.stackdraft.yaml *.stackdraft.json *.yaml *.yml *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>Cannot Compare</source>
        <translation>Vergleich nicht möglich</translation>
    </message>
</context>
<context>
    <name>CompareStyle</name>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Verschoben</translation>
    </message>
</context>
<context>
    <name>ConflictResolution</name>
    <message>
        <source>no such conflict</source>
        <translation>diesen Konflikt gibt es nicht</translation>
    </message>
    <message>
        <source>%1 %2: the other value cannot be put back here; keep the merged one and edit it</source>
        <translation>%1 %2: der andere Wert lässt sich hier nicht zurücksetzen; behalten Sie den zusammengeführten und bearbeiten Sie ihn</translation>
    </message>
    <message>
        <source>%1 is no longer in the design</source>
        <translation>%1 ist nicht mehr im Entwurf</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a port</source>
        <translation>%1: „%2“ ist kein Port</translation>
    </message>
    <message>
        <source>%1 %2: &apos;%3&apos; is not a pair of numbers</source>
        <translation>%1 %2: „%3“ ist kein Zahlenpaar</translation>
    </message>
    <message>
        <source>%1 cannot move into %2</source>
        <translation>%1 kann nicht nach %2 verschoben werden</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
</context>
<context>
    <name>Design</name>
    <message>
        <source>the start &apos;%1&apos; is not a component</source>
        <translation>der Anfang &apos;%1&apos; ist keine Komponente</translation>
    </message>
    <message>
        <source>the end &apos;%1&apos; is not a component</source>
        <translation>das Ende &apos;%1&apos; ist keine Komponente</translation>
    </message>
    <message>
        <source>a component cannot depend on itself</source>
        <translation>eine Komponente kann nicht von sich selbst abhängen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already connects %2 to %3</source>
        <translation>&apos;%1&apos; verbindet bereits %2 mit %3</translation>
    </message>
</context>
<context>
    <name>DesignDiff</name>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>%1 (%2) becomes a cut vertex</source>
        <translation>%1 (%2) wird zum Artikulationspunkt</translation>
    </message>
    <message>
        <source>%1 (%2) is no longer a cut vertex</source>
        <translation>%1 (%2) ist kein Artikulationspunkt mehr</translation>
    </message>
    <message>
        <source>%1 becomes a bridge (the only link between two parts)</source>
        <translation>%1 wird zur Brücke (der einzigen Verbindung zwischen zwei Teilen)</translation>
    </message>
    <message>
        <source>%1 is no longer a bridge</source>
        <translation>%1 ist keine Brücke mehr</translation>
    </message>
    <message>
        <source>every path from an entry point to some component now passes through %1 (%2)</source>
        <translation>jeder Pfad von einem Einstiegspunkt zu einer Komponente führt jetzt über %1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2) no longer lies on every path to some component</source>
        <translation>%1 (%2) liegt nicht mehr auf jedem Pfad zu einer Komponente</translation>
    </message>
    <message>
        <source>blast radius of %1 (%2): %3 → %4</source>
        <translation>Schadensradius von %1 (%2): %3 → %4</translation>
    </message>
    <message>
        <source>design</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>zones</source>
        <translation>Zonen</translation>
    </message>
    <message>
        <source>components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <source>connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>renamed</source>
        <translation>umbenannt</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <source>%1 renamed</source>
        <translation>%1 umbenannt</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 geändert</translation>
    </message>
    <message>
        <source>%1 moved</source>
        <translation>%1 verschoben</translation>
    </message>
    <message>
        <source>findings: %1 new (errors %2, warnings %3), %4 resolved</source>
        <translation>Befunde: %1 neu (Fehler %2, Warnungen %3), %4 behoben</translation>
    </message>
    <message>
        <source>no changes to the design</source>
        <translation>keine Änderungen am Entwurf</translation>
    </message>
    <message>
        <source>exported files that change: %1</source>
        <translation>exportierte Dateien, die sich ändern: %1</translation>
    </message>
    <message>
        <source>new, accepted</source>
        <translation>neu, akzeptiert</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>behoben</translation>
    </message>
    <message>
        <source>severity %1 → %2</source>
        <translation>Schweregrad %1 → %2</translation>
    </message>
    <message>
        <source>now accepted</source>
        <translation>jetzt akzeptiert</translation>
    </message>
    <message>
        <source>no longer accepted</source>
        <translation>nicht mehr akzeptiert</translation>
    </message>
    <message>
        <source>renamed from %1</source>
        <translation>umbenannt von %1</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <source>Design diff %1 → %2 (%3)</source>
        <translation>Entwurfsvergleich %1 → %2 (%3)</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Design changes:</source>
        <translation>Änderungen am Entwurf:</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>Befunde:</translation>
    </message>
    <message>
        <source>Single points of failure and blast radius:</source>
        <translation>Single Points of Failure und Schadensradius:</translation>
    </message>
    <message>
        <source>Exports affected:</source>
        <translation>Betroffene Exporte:</translation>
    </message>
    <message>
        <source>Findings: %1 new, %2 resolved</source>
        <translation>Befunde: %1 neu, %2 behoben</translation>
    </message>
    <message>
        <source>accepted: %1</source>
        <translation>akzeptiert: %1</translation>
    </message>
    <message>
        <source>Single points of failure and blast radius</source>
        <translation>Single Points of Failure und Schadensradius</translation>
    </message>
    <message>
        <source>Design changes</source>
        <translation>Änderungen am Entwurf</translation>
    </message>
    <message>
        <source>Exports affected</source>
        <translation>Betroffene Exporte</translation>
    </message>
    <message>
        <source>Stackdraft: %1</source>
        <translation>Stackdraft: %1</translation>
    </message>
    <message>
        <source>… and %1 more (stackdraft-cli diff --format text shows all)</source>
        <translation>… und %1 weitere (stackdraft-cli diff --format text zeigt alle)</translation>
    </message>
    <message>
        <source>%1: old side: %2</source>
        <translation>%1: alte Seite: %2</translation>
    </message>
    <message>
        <source>%1: new side: %2</source>
        <translation>%1: neue Seite: %2</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>DesignMerge</name>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>%1 geändert</translation>
    </message>
    <message>
        <source>exists</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>deleted on one side and changed on the other; the changed one is kept</source>
        <translation>auf einer Seite gelöscht und auf der anderen geändert; die geänderte Fassung bleibt</translation>
    </message>
    <message>
        <source>both sides changed it to different values</source>
        <translation>beide Seiten haben es auf verschiedene Werte geändert</translation>
    </message>
    <message>
        <source>both sides added it with different values</source>
        <translation>beide Seiten haben es mit verschiedenen Werten hinzugefügt</translation>
    </message>
    <message>
        <source>deleted on one side, but %1 still uses it on the other; it is kept</source>
        <translation>auf einer Seite gelöscht, aber %1 verwendet es auf der anderen noch; es bleibt erhalten</translation>
    </message>
    <message>
        <source>both sides connect %1 to %2; kept %3 and dropped this one</source>
        <translation>beide Seiten verbinden %1 mit %2; %3 bleibt, diese Verbindung wurde verworfen</translation>
    </message>
    <message>
        <source>ours uses %1 for a zone and theirs for a component; the zone is kept</source>
        <translation>unsere Seite nutzt %1 für eine Zone, ihre für eine Komponente; die Zone bleibt</translation>
    </message>
    <message>
        <source>it joins the component %1, which is a zone on our side; it is dropped</source>
        <translation>sie verbindet die Komponente %1, die auf unserer Seite eine Zone ist; sie entfällt</translation>
    </message>
    <message>
        <source>ours uses %1 for a component and theirs for a zone; the component is kept and the zone&apos;s members move to its parent</source>
        <translation>unsere Seite nutzt %1 für eine Komponente, ihre für eine Zone; die Komponente bleibt, und die Mitglieder der Zone wandern in deren übergeordnete Zone</translation>
    </message>
    <message>
        <source>the two sides&apos; moves would put zones inside each other (%1); ours is kept</source>
        <translation>die Verschiebungen beider Seiten würden Zonen ineinander legen (%1); unsere bleibt</translation>
    </message>
    <message>
        <source>the id %1 is a note on one side and another item on the other; the note is dropped</source>
        <translation>die ID %1 ist auf einer Seite eine Notiz und auf der anderen ein anderes Element; die Notiz entfällt</translation>
    </message>
</context>
<context>
    <name>DesignReader</name>
    <message>
        <source>converted from format version %1 to %2; saving writes version %2</source>
        <translation>von Formatversion %1 nach %2 konvertiert; beim Speichern wird Version %2 geschrieben</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>is a folder, not a design file</source>
        <translation>ist ein Ordner, keine Entwurfsdatei</translation>
    </message>
    <message>
        <source>is not a regular file (a pipe or a device?); only design files can be opened</source>
        <translation>ist keine normale Datei (eine Pipe oder ein Gerät?); nur Entwurfsdateien können geöffnet werden</translation>
    </message>
    <message>
        <source>the file has %1 MiB; design files of more than %2 MiB are refused</source>
        <translation>die Datei hat %1 MiB; Entwurfsdateien über %2 MiB werden abgelehnt</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>die Datei ist größer als %1 MiB</translation>
    </message>
    <message>
        <source> (did you mean &apos;%1&apos;?)</source>
        <translation> (meinten Sie &apos;%1&apos;?)</translation>
    </message>
    <message>
        <source>too many errors; stopped reading</source>
        <translation>zu viele Fehler; Lesen abgebrochen</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in %2%3</source>
        <translation>%2: unbekannter Schlüssel &apos;%1&apos;%3</translation>
    </message>
    <message>
        <source>%1 must be a mapping, not %2</source>
        <translation>%1 muss ein Mapping sein, nicht %2</translation>
    </message>
    <message>
        <source>%1 has no &apos;%2&apos;</source>
        <translation>%1: &apos;%2&apos; fehlt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2 must be text, not %3</source>
        <translation>%2: &apos;%1&apos; muss Text sein, nicht %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2 is empty</source>
        <translation>%2: &apos;%1&apos; ist leer</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2 must be a list of two numbers, like [40, 60]</source>
        <translation>%2: &apos;%1&apos; muss eine Liste aus zwei Zahlen sein, etwa [40, 60]</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2 must hold numbers, not &apos;%3&apos;</source>
        <translation>%2: &apos;%1&apos; muss Zahlen enthalten, nicht &apos;%3&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2 must be positive and at most %3</source>
        <translation>%2: &apos;%1&apos; muss positiv und höchstens %3 sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2 is beyond %3</source>
        <translation>%2: &apos;%1&apos; liegt jenseits von %3</translation>
    </message>
    <message>
        <source>&apos;properties&apos; of %1</source>
        <translation>&apos;properties&apos; von %1</translation>
    </message>
    <message>
        <source>unknown property &apos;%1&apos; for kind &apos;%2&apos; in %3%4</source>
        <translation>%3: unbekannte Eigenschaft &apos;%1&apos; für Typ &apos;%2&apos;%4</translation>
    </message>
    <message>
        <source>property &apos;%1&apos; of %2 must be a single value, not %3</source>
        <translation>%2: Eigenschaft &apos;%1&apos; muss ein einzelner Wert sein, nicht %3</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%2: %1</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos; in %2%3</source>
        <translation>%2: unbekannter Typ &apos;%1&apos;%3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a component kind; list it under components, not zones</source>
        <translation>&apos;%1&apos; ist ein Komponententyp; führen Sie ihn unter components auf, nicht unter zones</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a zone kind; list it under zones, not components</source>
        <translation>&apos;%1&apos; ist ein Zonentyp; führen Sie ihn unter zones auf, nicht unter components</translation>
    </message>
    <message>
        <source>id &apos;%1&apos; of %2 must start with a letter or digit and use only letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; (at most 128)</source>
        <translation>%2: ID &apos;%1&apos; muss mit einem Buchstaben oder einer Ziffer beginnen und darf nur Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; und &apos;.&apos; enthalten (höchstens 128)</translation>
    </message>
    <message>
        <source>duplicate id &apos;%1&apos; (first used on line %2)</source>
        <translation>doppelte ID &apos;%1&apos; (zuerst verwendet in Zeile %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list, not %2</source>
        <translation>&apos;%1&apos; muss eine Liste sein, nicht %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has %2 entries; at most %3 are supported</source>
        <translation>&apos;%1&apos; hat %2 Einträge; unterstützt werden höchstens %3</translation>
    </message>
    <message>
        <source>the file is empty; a design needs at least formatVersion and name</source>
        <translation>die Datei ist leer; ein Entwurf braucht mindestens formatVersion und name</translation>
    </message>
    <message>
        <source>a design file must be a mapping at the top, not %1</source>
        <translation>eine Entwurfsdatei muss auf oberster Ebene ein Mapping sein, nicht %1</translation>
    </message>
    <message>
        <source>missing &apos;formatVersion&apos; (this version of Stackdraft writes %1)</source>
        <translation>&apos;formatVersion&apos; fehlt (diese Stackdraft-Version schreibt %1)</translation>
    </message>
    <message>
        <source>&apos;formatVersion&apos; must be a whole number from 1, not &apos;%1&apos;</source>
        <translation>&apos;formatVersion&apos; muss eine ganze Zahl ab 1 sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the file has format version %1, written by a newer Stackdraft; this version reads up to format version %2. Update Stackdraft to open it.</source>
        <translation>die Datei hat Formatversion %1 und wurde von einer neueren Stackdraft-Version geschrieben; diese Version liest Formatversionen bis %2. Aktualisieren Sie Stackdraft, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>the design</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>&apos;metadata&apos;</source>
        <translation>&apos;metadata&apos;</translation>
    </message>
    <message>
        <source>metadata &apos;%1&apos; must be text</source>
        <translation>Metadatum &apos;%1&apos; muss Text sein</translation>
    </message>
    <message>
        <source>zone %1</source>
        <translation>Zone %1</translation>
    </message>
    <message>
        <source>zone &apos;%1&apos;</source>
        <translation>Zone &apos;%1&apos;</translation>
    </message>
    <message>
        <source>zone &apos;%1&apos; names parent &apos;%2&apos;, which is not a zone</source>
        <translation>Zone &apos;%1&apos; nennt als übergeordnete Zone &apos;%2&apos;, das ist aber keine Zone</translation>
    </message>
    <message>
        <source>component %1</source>
        <translation>Komponente %1</translation>
    </message>
    <message>
        <source>component &apos;%1&apos;</source>
        <translation>Komponente &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 is placed in &apos;%2&apos;, which is not a zone</source>
        <translation>%1 liegt in &apos;%2&apos;, das ist aber keine Zone</translation>
    </message>
    <message>
        <source>&apos;pinned&apos; of %1 must be true or false</source>
        <translation>%1: &apos;pinned&apos; muss true oder false sein</translation>
    </message>
    <message>
        <source>connection %1</source>
        <translation>Verbindung %1</translation>
    </message>
    <message>
        <source>connection &apos;%1&apos;</source>
        <translation>Verbindung &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 goes %2 &apos;%3&apos;, which is a zone; connect components</source>
        <translation>%1: %2 &apos;%3&apos; ist eine Zone; verbinden Sie Komponenten</translation>
    </message>
    <message>
        <source>%1 goes %2 &apos;%3&apos;, which does not exist</source>
        <translation>%1: %2 &apos;%3&apos; existiert nicht</translation>
    </message>
    <message>
        <source>%1 connects &apos;%2&apos; to itself</source>
        <translation>%1 verbindet &apos;%2&apos; mit sich selbst</translation>
    </message>
    <message>
        <source>%1 repeats a connection from &apos;%2&apos; to &apos;%3&apos;</source>
        <translation>%1 wiederholt eine Verbindung von &apos;%2&apos; zu &apos;%3&apos;</translation>
    </message>
    <message>
        <source>&apos;port&apos; of %1 must be a whole number from 1 to 65535, not &apos;%2&apos;</source>
        <translation>%1: &apos;port&apos; muss eine ganze Zahl von 1 bis 65535 sein, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;mode&apos; of %1 must be sync or async, not &apos;%2&apos;</source>
        <translation>%1: &apos;mode&apos; muss sync oder async sein, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;questionnaire&apos;</source>
        <translation>&apos;questionnaire&apos;</translation>
    </message>
    <message>
        <source>answer %1</source>
        <translation>Antwort %1</translation>
    </message>
    <message>
        <source>question &apos;%1&apos; is answered twice</source>
        <translation>Frage &apos;%1&apos; ist doppelt beantwortet</translation>
    </message>
    <message>
        <source>the value of %1 must be a number, text, true/false or a range [min, max]</source>
        <translation>%1: der Wert muss eine Zahl, Text, true/false oder ein Bereich [min, max] sein</translation>
    </message>
    <message>
        <source>accepted finding %1</source>
        <translation>akzeptierter Befund %1</translation>
    </message>
    <message>
        <source>finding &apos;%1&apos; is accepted twice</source>
        <translation>Befund &apos;%1&apos; ist doppelt akzeptiert</translation>
    </message>
    <message>
        <source>zones contain each other in a cycle: %1</source>
        <translation>Zonen enthalten sich gegenseitig in einem Zyklus: %1</translation>
    </message>
    <message>
        <source>zone &apos;%1&apos; is nested more than %2 levels deep</source>
        <translation>Zone &apos;%1&apos; ist tiefer als %2 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>&apos;callsPerRequest&apos; of %1 must be a number from 0 to 1000, not &apos;%2&apos;</source>
        <translation>&apos;callsPerRequest&apos; von %1 muss eine Zahl von 0 bis 1000 sein, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;waypoints&apos; of %1 must be a list of points, like [[40, 60], [40, 200]]</source>
        <translation>„waypoints“ von %1 muss eine Liste von Punkten sein, etwa [[40, 60], [40, 200]]</translation>
    </message>
    <message>
        <source>%1 has %2 waypoints; at most %3 are allowed</source>
        <translation>%1 hat %2 Wegpunkte; höchstens %3 sind erlaubt</translation>
    </message>
    <message>
        <source>&apos;style&apos; of %1 must be orthogonal, straight or curved, not &apos;%2&apos;</source>
        <translation>„style“ von %1 muss orthogonal, straight oder curved sein, nicht „%2“</translation>
    </message>
    <message>
        <source>the file ends in the middle of line %1, without a line break: it may have been cut off; check that nothing is missing at its end</source>
        <translation>die Datei endet mitten in Zeile %1, ohne Zeilenumbruch: Sie wurde womöglich abgeschnitten; prüfen Sie, ob an ihrem Ende nichts fehlt</translation>
    </message>
    <message>
        <source>conflict %1</source>
        <translation>Konflikt %1</translation>
    </message>
    <message>
        <source>&apos;type&apos; of %1 must be one of %2, not &apos;%3&apos;</source>
        <translation>&apos;type&apos; von %1 muss eines von %2 sein, nicht &apos;%3&apos;</translation>
    </message>
    <message>
        <source>&apos;kept&apos; of %1 must be ours or theirs, not &apos;%2&apos;</source>
        <translation>&apos;kept&apos; von %1 muss ours oder theirs sein, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the design has %1 unresolved merge conflict(s) under &apos;conflicts&apos;; resolve them and remove the list</source>
        <translation>der Entwurf hat %1 ungelöste Merge-Konflikt(e) unter &apos;conflicts&apos;; lösen Sie sie und entfernen Sie die Liste</translation>
    </message>
    <message>
        <source>&apos;zOrder&apos; of %1 must be a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation>„zOrder“ von %1 muss eine ganze Zahl von %2 bis %3 sein, nicht „%4“</translation>
    </message>
    <message>
        <source>note %1</source>
        <translation>Notiz %1</translation>
    </message>
    <message>
        <source>note &apos;%1&apos;</source>
        <translation>Notiz &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the text of %1 has %2 characters; a note holds at most %3</source>
        <translation>der Text von %1 hat %2 Zeichen; eine Notiz fasst höchstens %3</translation>
    </message>
    <message>
        <source>&apos;colour&apos; of %1 must be one of %2, not &apos;%3&apos;%4</source>
        <translation>&apos;colour&apos; von %1 muss eines von %2 sein, nicht &apos;%3&apos;%4</translation>
    </message>
</context>
<context>
    <name>DesignWriter</name>
    <message>
        <source>the file changed on disk since it was read (another program saved it); nothing was written: run the command again</source>
        <translation>die Datei wurde seit dem Lesen auf der Festplatte geändert (ein anderes Programm hat sie gespeichert); nichts wurde geschrieben: führen Sie den Befehl erneut aus</translation>
    </message>
</context>
<context>
    <name>Diagnostic</name>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>Diagram</name>
    <message>
        <source>At scale %1 the image would be %2 × %3 pixels; choose a smaller scale.</source>
        <translation>Bei Maßstab %1 wäre das Bild %2 × %3 Pixel groß; wählen Sie einen kleineren Maßstab.</translation>
    </message>
    <message>
        <source>The PNG image could not be encoded.</source>
        <translation>Das PNG-Bild konnte nicht kodiert werden.</translation>
    </message>
</context>
<context>
    <name>DrillsExport</name>
    <message>
        <source>no entry point: draw where traffic comes from (users, a partner API) so the drills know what must keep working</source>
        <translation>kein Einstiegspunkt: Zeichnen Sie, woher der Verkehr kommt (Benutzer, eine Partner-API), damit die Übungen wissen, was weiter funktionieren muss</translation>
    </message>
    <message>
        <source>Failure drills (Chaos Toolkit, AWS FIS)</source>
        <translation>Ausfallübungen (Chaos Toolkit, AWS FIS)</translation>
    </message>
    <message>
        <source>Chaos experiments and a game-day plan from the failure simulation.</source>
        <translation>Chaos-Experimente und ein Game-Day-Plan aus der Ausfallsimulation.</translation>
    </message>
    <message>
        <source>How many of the components with the largest blast radius get a drill of their own.</source>
        <translation>Wie viele der Komponenten mit dem größten Schadensradius eine eigene Übung erhalten.</translation>
    </message>
    <message>
        <source>no component users reach has a health endpoint: the experiments have no steady state to check</source>
        <translation>keine von Benutzern erreichte Komponente hat einen Health-Endpunkt: die Experimente haben keinen stabilen Zustand zum Prüfen</translation>
    </message>
</context>
<context>
    <name>EditPrompts</name>
    <message numerus="yes">
        <source>Delete “%1” and the %n item(s) inside it?</source>
        <translation>
            <numerusform>„%1“ und das %n Element darin löschen?</numerusform>
            <numerusform>„%1“ und die %n Elemente darin löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 zones and the %n item(s) inside them?</source>
        <translation>
            <numerusform>%1 Zonen und das %n Element darin löschen?</numerusform>
            <numerusform>%1 Zonen und die %n Elemente darin löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Zone</source>
        <translation>Zone löschen</translation>
    </message>
    <message>
        <source>Everything inside goes too, with its connections. Undo brings it all back.</source>
        <translation>Alles darin wird mit seinen Verbindungen ebenfalls gelöscht. Rückgängig holt alles zurück.</translation>
    </message>
    <message>
        <source>&amp;Delete All</source>
        <translation>&amp;Alles löschen</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>%1: is a symbolic link; exports are written into real folders only</source>
        <translation>%1: ist ein symbolischer Link; Exporte werden nur in echte Ordner geschrieben</translation>
    </message>
    <message>
        <source>%1: exists and is not a folder</source>
        <translation>%1: existiert und ist kein Ordner</translation>
    </message>
    <message>
        <source>%1: is an input of this export; refused</source>
        <translation>%1: ist eine Eingabe dieses Exports; abgelehnt</translation>
    </message>
    <message>
        <source>%1: refused, it is outside the export folder</source>
        <translation>%1: abgelehnt, liegt außerhalb des Exportordners</translation>
    </message>
    <message>
        <source>%1: is in the way of the generated folder and is not a folder</source>
        <translation>%1: steht dem generierten Ordner im Weg und ist kein Ordner</translation>
    </message>
    <message>
        <source>%1: is a folder where the export writes a file; refused</source>
        <translation>%1: ist ein Ordner, wo der Export eine Datei schreibt; abgelehnt</translation>
    </message>
    <message>
        <source>%1: is a symbolic link or special file, which the export does not follow</source>
        <translation>%1: ist ein symbolischer Link oder eine Spezialdatei, denen der Export nicht folgt</translation>
    </message>
    <message>
        <source>%1: was not written by this export</source>
        <translation>%1: wurde nicht von diesem Export geschrieben</translation>
    </message>
    <message>
        <source>%1: was edited by hand since the last export</source>
        <translation>%1: wurde seit dem letzten Export von Hand bearbeitet</translation>
    </message>
    <message>
        <source>; nothing was changed. Export with force to replace them.</source>
        <translation>; nichts wurde geändert. Mit Erzwingen exportieren, um sie zu ersetzen.</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1: is a mount point; export into a folder inside it, so the new set can be swapped in whole</source>
        <translation>%1: ist ein Einhängepunkt; exportieren Sie in einen Ordner darin, damit der neue Satz als Ganzes eingetauscht werden kann</translation>
    </message>
    <message>
        <source>%1: cannot create a folder: %2</source>
        <translation>%1: Ordner kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot keep it in the new export: %2</source>
        <translation>%1: kann im neuen Export nicht behalten werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot put the new export in place: %2</source>
        <translation>%1: der neue Export kann nicht an seinen Platz gebracht werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: the export made %n file(s) where one was expected</source>
        <translation>
            <numerusform>%1: der Export hat %n Datei erzeugt, wo eine erwartet wurde</numerusform>
            <numerusform>%1: der Export hat %n Dateien erzeugt, wo eine erwartet wurde</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FailureModel</name>
    <message>
        <source>availability zone %1</source>
        <translation>Verfügbarkeitszone %1</translation>
    </message>
    <message>
        <source>region %1</source>
        <translation>Region %1</translation>
    </message>
    <message>
        <source>provider %1</source>
        <translation>Anbieter %1</translation>
    </message>
    <message>
        <source>unknown failure scope &apos;%1&apos;: use a component id, zone:NAME, region:NAME or provider:NAME</source>
        <translation>unbekannter Ausfallbereich &apos;%1&apos;: verwenden Sie eine Komponenten-ID, zone:NAME, region:NAME oder provider:NAME</translation>
    </message>
    <message>
        <source>no component with id &apos;%1&apos;</source>
        <translation>keine Komponente mit der ID &apos;%1&apos;</translation>
    </message>
    <message>
        <source>nothing in the design is placed in %1 &apos;%2&apos;</source>
        <translation>nichts im Entwurf ist in %1 &apos;%2&apos; platziert</translation>
    </message>
    <message>
        <source>a single self-run broker</source>
        <translation>ein einzelner selbst betriebener Broker</translation>
    </message>
    <message>
        <source>a single instance</source>
        <translation>eine einzelne Instanz</translation>
    </message>
    <message>
        <source>%1 replicas, all in %2</source>
        <translation>%1 Replikas, alle in %2</translation>
    </message>
    <message>
        <source>placed in %1</source>
        <translation>platziert in %1</translation>
    </message>
    <message>
        <source>single-zone (multi-AZ off)</source>
        <translation>eine Zone (Multi-AZ aus)</translation>
    </message>
    <message>
        <source>multi-AZ</source>
        <translation>Multi-AZ</translation>
    </message>
    <message>
        <source>%1 replicas spread over zones</source>
        <translation>%1 Replikas, über Zonen verteilt</translation>
    </message>
    <message>
        <source>run by the provider</source>
        <translation>vom Anbieter betrieben</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message>
        <source>%1 (multi-AZ) fails over to its standby in another availability zone and stays up.</source>
        <translation>%1 (Multi-AZ) schaltet auf seine Standby-Instanz in einer anderen Verfügbarkeitszone um und bleibt verfügbar.</translation>
    </message>
    <message>
        <source>%1 (multi-AZ) fails over to its standby in another availability zone of %2 and stays up.</source>
        <translation>%1 (Multi-AZ) schaltet auf seine Standby-Instanz in einer anderen Verfügbarkeitszone von %2 um und bleibt verfügbar.</translation>
    </message>
    <message>
        <source>multi-AZ, primary in %1</source>
        <translation>Multi-AZ, primär in %1</translation>
    </message>
</context>
<context>
    <name>FilePrompts</name>
    <message>
        <source>File changed on disk</source>
        <translation>Datei auf der Festplatte geändert</translation>
    </message>
    <message>
        <source>“%1” was changed by another program since you opened or last saved it here. Saving now would overwrite those changes.</source>
        <translation>„%1“ wurde von einem anderen Programm geändert, seit Sie die Datei hier geöffnet oder zuletzt gespeichert haben. Jetzt zu speichern würde diese Änderungen überschreiben.</translation>
    </message>
    <message>
        <source>Reload shows the file as it is on disk; your unsaved changes stay in the undo history. Save As keeps both versions.</source>
        <translation>Neu laden zeigt die Datei, wie sie auf der Festplatte ist; Ihre ungespeicherten Änderungen bleiben im Rückgängig-Verlauf. Speichern unter behält beide Fassungen.</translation>
    </message>
    <message>
        <source>&amp;Reload (Discard Mine)</source>
        <translation>&amp;Neu laden (meine verwerfen)</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>Ü&amp;berschreiben</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>“%1” was changed by another program, and you have unsaved changes here.</source>
        <translation>„%1“ wurde von einem anderen Programm geändert, und Sie haben hier ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>Reload shows the file as it is on disk; Undo brings your changes back. Keep My Changes leaves the file alone until you save, which asks again.</source>
        <translation>Neu laden zeigt die Datei, wie sie auf der Festplatte ist; Rückgängig holt Ihre Änderungen zurück. Meine Änderungen behalten lässt die Datei unberührt, bis Sie speichern – dann wird erneut gefragt.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Keep My Changes</source>
        <translation>Meine Änderungen &amp;behalten</translation>
    </message>
</context>
<context>
    <name>FixPlanner</name>
    <message>
        <source>there is no connection &apos;%1&apos;</source>
        <translation>es gibt keine Verbindung „%1“</translation>
    </message>
    <message>
        <source>cannot move &apos;%1&apos; into &apos;%2&apos;</source>
        <translation>„%1“ kann nicht nach „%2“ verschoben werden</translation>
    </message>
    <message>
        <source>there is no component &apos;%1&apos;</source>
        <translation>es gibt keine Komponente „%1“</translation>
    </message>
    <message>
        <source>cannot add component &apos;%1&apos;</source>
        <translation>Komponente „%1“ kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>cannot add connection &apos;%1&apos;: %2</source>
        <translation>Verbindung „%1“ kann nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>%1: %2 %3 → %4</source>
        <translation>%1: %2 %3 → %4</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>die oberste Ebene</translation>
    </message>
    <message>
        <source>%1: moves from %2 into %3 (it keeps its place on the canvas)</source>
        <translation>%1: wird von %2 nach %3 verschoben (behält ihren Platz auf der Zeichenfläche)</translation>
    </message>
    <message>
        <source>New %1 “%2” (%3) in %4</source>
        <translation>Neu: %1 „%2“ (%3) in %4</translation>
    </message>
    <message>
        <source>New connection %1 → %2</source>
        <translation>Neue Verbindung %1 → %2</translation>
    </message>
    <message>
        <source>%1 → %2 now goes %1 → %3 → %2</source>
        <translation>%1 → %2 läuft jetzt %1 → %3 → %2</translation>
    </message>
    <message>
        <source>Enable multi-AZ on %1</source>
        <translation>Multi-AZ für %1 aktivieren</translation>
    </message>
    <message>
        <source>Add a second replica of %1 in another zone</source>
        <translation>Eine zweite Replika von %1 in einer anderen Zone hinzufügen</translation>
    </message>
    <message>
        <source>Spread the replicas of %1 over the zones of its region</source>
        <translation>Die Replikas von %1 auf die Zonen ihrer Region verteilen</translation>
    </message>
    <message>
        <source>Keep %1 up when %2 fails</source>
        <translation>%1 verfügbar halten, wenn %2 ausfällt</translation>
    </message>
    <message>
        <source>the zone</source>
        <translation>die Zone</translation>
    </message>
    <message>
        <source>Run %1 with %2 members</source>
        <translation>%1 mit %2 Mitgliedern betreiben</translation>
    </message>
    <message>
        <source>%1 load balancer</source>
        <translation>Load Balancer für %1</translation>
    </message>
    <message>
        <source>Put a load balancer in front of %1</source>
        <translation>Einen Load Balancer vor %1 setzen</translation>
    </message>
    <message>
        <source>%1 WAF</source>
        <translation>WAF für %1</translation>
    </message>
    <message>
        <source>Internet clients</source>
        <translation>Internet-Clients</translation>
    </message>
    <message>
        <source>Add a WAF in front of %1</source>
        <translation>Eine WAF vor %1 setzen</translation>
    </message>
    <message>
        <source>Enable backups of %1 with 7 days of retention</source>
        <translation>Sicherungen von %1 mit 7 Tagen Aufbewahrung aktivieren</translation>
    </message>
    <message>
        <source>Keep backups of %1 for 7 days</source>
        <translation>Sicherungen von %1 7 Tage aufbewahren</translation>
    </message>
    <message>
        <source>Enable versioning on %1</source>
        <translation>Versionierung für %1 aktivieren</translation>
    </message>
    <message>
        <source>Add a dead-letter queue to %1</source>
        <translation>%1 eine Dead-Letter-Queue hinzufügen</translation>
    </message>
    <message>
        <source>Turn on encryption at rest for %1</source>
        <translation>Verschlüsselung ruhender Daten für %1 einschalten</translation>
    </message>
</context>
<context>
    <name>HtmlPdf</name>
    <message>
        <source>printing a PDF needs fonts, and so a GUI application</source>
        <translation>ein PDF zu drucken braucht Schriften und damit eine GUI-Anwendung</translation>
    </message>
    <message>
        <source>there is nothing to print</source>
        <translation>es gibt nichts zu drucken</translation>
    </message>
    <message>
        <source>the PDF could not be made</source>
        <translation>das PDF konnte nicht erstellt werden</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>service %1</source>
        <translation>Dienst %1</translation>
    </message>
    <message>
        <source>restart: %1 (runs to completion)</source>
        <translation>restart: %1 (läuft bis zum Ende)</translation>
    </message>
    <message>
        <source> (only with profile %1)</source>
        <translation> (nur mit Profil %1)</translation>
    </message>
    <message>
        <source>kind %1: %2 matches no known engine%3</source>
        <translation>Art %1: %2 passt zu keiner bekannten Engine%3</translation>
    </message>
    <message>
        <source>no image, built from source</source>
        <translation>kein Image, aus dem Quelltext gebaut</translation>
    </message>
    <message>
        <source>kind %1, from its %2%3</source>
        <translation>Art %1, nach %2%3</translation>
    </message>
    <message>
        <source>ports must be a list, not %1</source>
        <translation>ports muss eine Liste sein, nicht %1</translation>
    </message>
    <message>
        <source>port &apos;%1&apos; is not a port mapping</source>
        <translation>Port &apos;%1&apos; ist keine Portzuordnung</translation>
    </message>
    <message>
        <source>cpus &apos;%1&apos; is not a number of CPUs</source>
        <translation>cpus &apos;%1&apos; ist keine Anzahl CPUs</translation>
    </message>
    <message>
        <source>memory &apos;%1&apos; is not an amount of memory</source>
        <translation>memory &apos;%1&apos; ist keine Speichermenge</translation>
    </message>
    <message>
        <source>deploy.%1 has no counterpart in a design</source>
        <translation>deploy.%1 hat im Entwurf keine Entsprechung</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a whole number</source>
        <translation>%1 &apos;%2&apos; ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>a health check that is not an HTTP request: only an HTTP path has a place in a design</source>
        <translation>eine Zustandsprüfung, die keine HTTP-Anfrage ist: nur ein HTTP-Pfad hat im Entwurf Platz</translation>
    </message>
    <message>
        <source>%1 (%2): files from the host or read-only data are no state the design tracks</source>
        <translation>%1 (%2): Dateien vom Host oder schreibgeschützte Daten sind kein Zustand, den der Entwurf erfasst</translation>
    </message>
    <message>
        <source>stateful: it keeps data in the volume %1</source>
        <translation>zustandsbehaftet: hält Daten im Volume %1</translation>
    </message>
    <message>
        <source>keeps its data in the volume %1</source>
        <translation>hält seine Daten im Volume %1</translation>
    </message>
    <message>
        <source>variable %1</source>
        <translation>Variable %1</translation>
    </message>
    <message>
        <source>env_file %1 cannot be read: the connections its variables name are missing</source>
        <translation>env_file %1 kann nicht gelesen werden: die Verbindungen, die seine Variablen nennen, fehlen</translation>
    </message>
    <message>
        <source>variable %1 of %2</source>
        <translation>Variable %1 aus %2</translation>
    </message>
    <message>
        <source>not carried over, having no counterpart in a design: %1</source>
        <translation>nicht übernommen, da ohne Entsprechung im Entwurf: %1</translation>
    </message>
    <message>
        <source>networks: a design draws no networks between containers; every service may reach every other</source>
        <translation>networks: ein Entwurf zeichnet keine Netze zwischen Containern; jeder Dienst darf jeden erreichen</translation>
    </message>
    <message>
        <source>Docker Compose</source>
        <translation>Docker Compose</translation>
    </message>
    <message>
        <source>Compose files (*.yaml *.yml)</source>
        <translation>Compose-Dateien (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>defines no services: nothing to import</source>
        <translation>definiert keine Dienste: nichts zu importieren</translation>
    </message>
    <message>
        <source>Imported from docker compose: %1.</source>
        <translation>Aus docker compose importiert: %1.</translation>
    </message>
    <message>
        <source>holds no compose.yaml, compose.yml, docker-compose.yaml or docker-compose.yml</source>
        <translation>enthält keine compose.yaml, compose.yml, docker-compose.yaml oder docker-compose.yml</translation>
    </message>
    <message>
        <source>cannot be read; variables are read as empty or their defaults</source>
        <translation>kann nicht gelesen werden; Variablen gelten als leer oder als ihr Standardwert</translation>
    </message>
    <message>
        <source>includes itself (through %1)</source>
        <translation>bindet sich selbst ein (über %1)</translation>
    </message>
    <message>
        <source>includes nest deeper than %1 files</source>
        <translation>Einbindungen sind tiefer als %1 Dateien verschachtelt</translation>
    </message>
    <message>
        <source>is empty, not a compose file</source>
        <translation>ist leer, keine Compose-Datei</translation>
    </message>
    <message>
        <source>holds %1 YAML documents; a compose file has one</source>
        <translation>enthält %1 YAML-Dokumente; eine Compose-Datei hat eines</translation>
    </message>
    <message>
        <source>not a compose file: the top level is %1, not a mapping</source>
        <translation>keine Compose-Datei: die oberste Ebene ist %1, keine Zuordnung</translation>
    </message>
    <message>
        <source>not a compose file: this is a Kubernetes manifest (use import kubernetes)</source>
        <translation>keine Compose-Datei: das ist ein Kubernetes-Manifest (import kubernetes verwenden)</translation>
    </message>
    <message>
        <source>&apos;include&apos; must be a list, not %1</source>
        <translation>&apos;include&apos; muss eine Liste sein, nicht %1</translation>
    </message>
    <message>
        <source>an include needs a path</source>
        <translation>eine Einbindung braucht einen Pfad</translation>
    </message>
    <message>
        <source>the include of %1 failed (see above)</source>
        <translation>die Einbindung von %1 ist fehlgeschlagen (siehe oben)</translation>
    </message>
    <message>
        <source>not a compose file: it has no &apos;services&apos;</source>
        <translation>keine Compose-Datei: sie hat keine &apos;services&apos;</translation>
    </message>
    <message>
        <source>a version 1 file (no &apos;services&apos;): every top-level entry read as a service</source>
        <translation>eine Datei der Version 1 (ohne &apos;services&apos;): jeder Eintrag der obersten Ebene gilt als Dienst</translation>
    </message>
    <message>
        <source>&apos;services&apos; must be a mapping of service names, not %1</source>
        <translation>&apos;services&apos; muss eine Zuordnung von Dienstnamen sein, nicht %1</translation>
    </message>
    <message>
        <source>not a top-level key of the Compose Specification; ignored</source>
        <translation>kein Schlüssel der obersten Ebene der Compose Specification; ignoriert</translation>
    </message>
    <message>
        <source>top-level %1 have no counterpart in a design (where services use them, their entries say so)</source>
        <translation>%1 der obersten Ebene haben im Entwurf keine Entsprechung (wo Dienste sie nutzen, sagen es deren Einträge)</translation>
    </message>
    <message>
        <source>service &apos;%1&apos; must be a mapping, not %2</source>
        <translation>Dienst &apos;%1&apos; muss eine Zuordnung sein, nicht %2</translation>
    </message>
    <message>
        <source>service &apos;%1&apos; is also defined by an included file (%2); compose refuses that</source>
        <translation>Dienst &apos;%1&apos; ist auch in einer eingebundenen Datei (%2) definiert; compose lehnt das ab</translation>
    </message>
    <message>
        <source>overrides its definition in %1</source>
        <translation>überschreibt seine Definition in %1</translation>
    </message>
    <message>
        <source>service &apos;%1&apos;: extends chain deeper than %2 (circular?)</source>
        <translation>Dienst &apos;%1&apos;: extends-Kette tiefer als %2 (zirkulär?)</translation>
    </message>
    <message>
        <source>service &apos;%1&apos;: extends needs a service name</source>
        <translation>Dienst &apos;%1&apos;: extends braucht einen Dienstnamen</translation>
    </message>
    <message>
        <source>service &apos;%1&apos; extends &apos;%2&apos;, which is not defined</source>
        <translation>Dienst &apos;%1&apos; erweitert &apos;%2&apos;, der nicht definiert ist</translation>
    </message>
    <message>
        <source>service &apos;%1&apos; extends itself</source>
        <translation>Dienst &apos;%1&apos; erweitert sich selbst</translation>
    </message>
    <message>
        <source>service &apos;%1&apos;: cannot read the file it extends</source>
        <translation>Dienst &apos;%1&apos;: die erweiterte Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>service &apos;%1&apos; extends &apos;%2&apos;, which %3 does not define</source>
        <translation>Dienst &apos;%1&apos; erweitert &apos;%2&apos;, den %3 nicht definiert</translation>
    </message>
    <message>
        <source>not set in the project&apos;s .env; read as empty</source>
        <translation>nicht in der .env des Projekts gesetzt; gilt als leer</translation>
    </message>
    <message>
        <source>%1 is empty: what it should reach is not in the files; not connected</source>
        <translation>%1 ist leer: was es erreichen soll, steht nicht in den Dateien; nicht verbunden</translation>
    </message>
    <message>
        <source>%1 = &apos;%2&apos; names no host the import can follow; not connected</source>
        <translation>%1 = &apos;%2&apos; nennt keinen Host, dem der Import folgen kann; nicht verbunden</translation>
    </message>
    <message>
        <source>Imported design</source>
        <translation>Importierter Entwurf</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos;; imported as a microservice</source>
        <translation>unbekannte Art &apos;%1&apos;; als Microservice importiert</translation>
    </message>
    <message>
        <source>%1 = %2: a %3 has no such property</source>
        <translation>%1 = %2: eine Komponente der Art %3 hat diese Eigenschaft nicht</translation>
    </message>
    <message>
        <source>%1 = %2: %3</source>
        <translation>%1 = %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>component %1 (kind %2)</source>
        <translation>Komponente %1 (Art %2)</translation>
    </message>
    <message>
        <source>component %1 (kind %2) with %3</source>
        <translation>Komponente %1 (Art %2) mit %3</translation>
    </message>
    <message>
        <source>the host name %1 is also %2&apos;s; references to it go to %2</source>
        <translation>der Hostname %1 gehört auch zu %2; Verweise darauf gehen an %2</translation>
    </message>
    <message>
        <source>%1 names the host %2, which nothing imported defines; not connected</source>
        <translation>%1 nennt den Host %2, den nichts Importiertes definiert; nicht verbunden</translation>
    </message>
    <message>
        <source>calls %1 (%2)</source>
        <translation>ruft %1 auf (%2)</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation>kein gültiges YAML: %1</translation>
    </message>
    <message>
        <source>is a folder</source>
        <translation>ist ein Ordner</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>is %1 MiB; files above %2 MiB are refused</source>
        <translation>ist %1 MiB groß; Dateien über %2 MiB werden abgelehnt</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>is larger than %1 MiB</source>
        <translation>ist größer als %1 MiB</translation>
    </message>
    <message>
        <source>is a binary file, not YAML or JSON</source>
        <translation>ist eine Binärdatei, kein YAML oder JSON</translation>
    </message>
    <message>
        <source>holds no file ending in %1</source>
        <translation>enthält keine Datei mit der Endung %1</translation>
    </message>
    <message>
        <source>%1 files; an import reads at most %2</source>
        <translation>%1 Dateien; ein Import liest höchstens %2</translation>
    </message>
    <message>
        <source>the files add up to more than %1 MiB; an import reads at most that</source>
        <translation>die Dateien sind zusammen größer als %1 MiB; mehr liest ein Import nicht</translation>
    </message>
    <message>
        <source>image %1</source>
        <translation>Image %1</translation>
    </message>
    <message>
        <source>port %1</source>
        <translation>Port %1</translation>
    </message>
    <message>
        <source>not a Kubernetes object: this looks like a compose file (use import compose)</source>
        <translation>kein Kubernetes-Objekt: das sieht nach einer Compose-Datei aus (import compose verwenden)</translation>
    </message>
    <message>
        <source>not a Kubernetes object: a manifest needs apiVersion and kind</source>
        <translation>kein Kubernetes-Objekt: ein Manifest braucht apiVersion und kind</translation>
    </message>
    <message>
        <source>a kustomize file: the manifests beside it are read as they are; for its patches and generators import the output of kubectl kustomize</source>
        <translation>eine kustomize-Datei: die Manifeste daneben werden gelesen, wie sie sind; für ihre Patches und Generatoren die Ausgabe von kubectl kustomize importieren</translation>
    </message>
    <message>
        <source>%1 without metadata.name</source>
        <translation>%1 ohne metadata.name</translation>
    </message>
    <message>
        <source>has no containers: nothing runs, so no component</source>
        <translation>hat keine Container: nichts läuft, also keine Komponente</translation>
    </message>
    <message>
        <source>kind %1</source>
        <translation>Art %1</translation>
    </message>
    <message>
        <source>kind %1, as its label app.kubernetes.io/component says</source>
        <translation>Art %1, wie sein Label app.kubernetes.io/component sagt</translation>
    </message>
    <message>
        <source>kind %1: the image %2 matches no known engine</source>
        <translation>Art %1: das Image %2 passt zu keiner bekannten Engine</translation>
    </message>
    <message>
        <source>kind %1, from its %2</source>
        <translation>Art %1, nach %2</translation>
    </message>
    <message>
        <source>sidecar container %1: runs beside the main container, not a component of its own</source>
        <translation>Sidecar-Container %1: läuft neben dem Hauptcontainer, keine eigene Komponente</translation>
    </message>
    <message>
        <source>a DaemonSet runs one pod per node: its replica count depends on the cluster</source>
        <translation>ein DaemonSet betreibt einen Pod pro Knoten: seine Replikatzahl hängt vom Cluster ab</translation>
    </message>
    <message>
        <source>replicas &apos;%1&apos; is not a whole number</source>
        <translation>replicas &apos;%1&apos; ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>cpu &apos;%1&apos; is not a CPU quantity</source>
        <translation>cpu &apos;%1&apos; ist keine CPU-Menge</translation>
    </message>
    <message>
        <source>memory &apos;%1&apos; is not a memory quantity</source>
        <translation>memory &apos;%1&apos; ist keine Speichermenge</translation>
    </message>
    <message>
        <source>%1 is not an HTTP check: only an HTTP path has a place in a design</source>
        <translation>%1 ist keine HTTP-Prüfung: nur ein HTTP-Pfad hat im Entwurf Platz</translation>
    </message>
    <message>
        <source>variable %1 (ConfigMap %2)</source>
        <translation>Variable %1 (ConfigMap %2)</translation>
    </message>
    <message>
        <source>envFrom ConfigMap %1, which the manifests do not hold: the connections its values name are missing</source>
        <translation>envFrom ConfigMap %1, die nicht in den Manifesten steht: die Verbindungen, die ihre Werte nennen, fehlen</translation>
    </message>
    <message>
        <source>selects no workload in the manifests; imported as a %1 of its own%2</source>
        <translation>wählt keine Workload in den Manifesten; als eigene %1 importiert%2</translation>
    </message>
    <message>
        <source> (from its %1)</source>
        <translation> (nach %1)</translation>
    </message>
    <message>
        <source>selects %1 workloads; its name is taken as %2&apos;s</source>
        <translation>wählt %1 Workloads; sein Name gilt als der von %2</translation>
    </message>
    <message>
        <source>reaches %1</source>
        <translation>erreicht %1</translation>
    </message>
    <message>
        <source>%1 load balancer</source>
        <translation>Load Balancer %1</translation>
    </message>
    <message>
        <source>Service type LoadBalancer</source>
        <translation>Service vom Typ LoadBalancer</translation>
    </message>
    <message>
        <source>a NodePort Service: traffic starts at what it selects</source>
        <translation>ein NodePort-Service: der Verkehr beginnt bei dem, was er wählt</translation>
    </message>
    <message>
        <source>the entry point: a public load balancer</source>
        <translation>der Einstiegspunkt: ein öffentlicher Load Balancer</translation>
    </message>
    <message>
        <source>an internal load balancer, where traffic starts</source>
        <translation>ein interner Load Balancer, an dem der Verkehr beginnt</translation>
    </message>
    <message>
        <source>%1 backend</source>
        <translation>%1-Backend</translation>
    </message>
    <message>
        <source>its parent Gateway %1/%2 is not in the manifests; the route is not connected</source>
        <translation>sein Gateway %1/%2 steht nicht in den Manifesten; die Route wird nicht verbunden</translation>
    </message>
    <message>
        <source>scales %1, which the manifests do not hold</source>
        <translation>skaliert %1, das nicht in den Manifesten steht</translation>
    </message>
    <message>
        <source>autoscaled by %1</source>
        <translation>automatisch skaliert durch %1</translation>
    </message>
    <message>
        <source>selects no workload in the manifests</source>
        <translation>wählt keine Workload in den Manifesten</translation>
    </message>
    <message>
        <source>PodDisruptionBudget %1 (%2): the catalog has no property for a disruption budget</source>
        <translation>PodDisruptionBudget %1 (%2): der Katalog hat keine Eigenschaft für ein Unterbrechungsbudget</translation>
    </message>
    <message>
        <source>a rule for every pod (empty podSelector): no connection drawn</source>
        <translation>eine Regel für jeden Pod (leerer podSelector): keine Verbindung gezeichnet</translation>
    </message>
    <message>
        <source>NetworkPolicy rule</source>
        <translation>NetworkPolicy-Regel</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <source>%1 object(s) with no counterpart in a design: %2</source>
        <translation>%1 Objekt(e) ohne Entsprechung im Entwurf: %2</translation>
    </message>
    <message>
        <source>Kubernetes manifests</source>
        <translation>Kubernetes-Manifeste</translation>
    </message>
    <message>
        <source>Kubernetes manifests (*.yaml *.yml *.json)</source>
        <translation>Kubernetes-Manifeste (*.yaml *.yml *.json)</translation>
    </message>
    <message>
        <source>holds no workload, Service, Ingress or Gateway: nothing to import</source>
        <translation>enthält keine Workload, keinen Service, kein Ingress und kein Gateway: nichts zu importieren</translation>
    </message>
    <message>
        <source>Imported from Kubernetes manifests: %1.</source>
        <translation>Aus Kubernetes-Manifesten importiert: %1.</translation>
    </message>
    <message>
        <source>the end of the file</source>
        <translation>das Dateiende</translation>
    </message>
    <message>
        <source>a new line</source>
        <translation>ein Zeilenumbruch</translation>
    </message>
    <message>
        <source>the character U+%1</source>
        <translation>das Zeichen U+%1</translation>
    </message>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation>mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>unterminated comment: &apos;/*&apos; without &apos;*/&apos;</source>
        <translation>nicht abgeschlossener Kommentar: &apos;/*&apos; ohne &apos;*/&apos;</translation>
    </message>
    <message>
        <source>binary data (a NUL byte): not an HCL text file</source>
        <translation>Binärdaten (ein NUL-Byte): keine HCL-Textdatei</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>%1 erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>expected a name, found %1</source>
        <translation>Name erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>unterminated block: &apos;{&apos; at line %1 without &apos;}&apos;</source>
        <translation>nicht abgeschlossener Block: &apos;{&apos; in Zeile %1 ohne &apos;}&apos;</translation>
    </message>
    <message>
        <source>the attribute &apos;%1&apos; is set twice</source>
        <translation>das Attribut &apos;%1&apos; ist zweimal gesetzt</translation>
    </message>
    <message>
        <source>a block label cannot contain interpolations</source>
        <translation>eine Block-Beschriftung darf keine Interpolationen enthalten</translation>
    </message>
    <message>
        <source>expected &apos;=&apos; or a block&apos;s &apos;{&apos; after &apos;%1&apos;, found %2</source>
        <translation>&apos;=&apos; oder das &apos;{&apos; eines Blocks nach &apos;%1&apos; erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>expected a new line after the item, found %1</source>
        <translation>Zeilenumbruch nach dem Eintrag erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>the number %1 is out of range</source>
        <translation>die Zahl %1 liegt außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>expected an expression, found the end of the file</source>
        <translation>Ausdruck erwartet, Dateiende gefunden</translation>
    </message>
    <message>
        <source>expected an expression, found %1</source>
        <translation>Ausdruck erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>&apos;...&apos; may only follow the last argument of %1()</source>
        <translation>&apos;...&apos; darf nur auf das letzte Argument von %1() folgen</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;)&apos; in the arguments of %1(), found %2</source>
        <translation>&apos;,&apos; oder &apos;)&apos; in den Argumenten von %1() erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>expected &apos;in&apos; in the for-expression, found %1</source>
        <translation>&apos;in&apos; im for-Ausdruck erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>unterminated list: &apos;[&apos; at line %1 without &apos;]&apos;</source>
        <translation>nicht abgeschlossene Liste: &apos;[&apos; in Zeile %1 ohne &apos;]&apos;</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; in the list, found %1</source>
        <translation>&apos;,&apos; oder &apos;]&apos; in der Liste erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected &apos;=&gt;&apos; in the object for-expression, found %1</source>
        <translation>&apos;=&gt;&apos; im Objekt-for-Ausdruck erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>unterminated object: &apos;{&apos; at line %1 without &apos;}&apos;</source>
        <translation>nicht abgeschlossenes Objekt: &apos;{&apos; in Zeile %1 ohne &apos;}&apos;</translation>
    </message>
    <message>
        <source>expected &apos;=&apos; or &apos;:&apos; after the object key, found %1</source>
        <translation>&apos;=&apos; oder &apos;:&apos; nach dem Objektschlüssel erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected &apos;,&apos;, a new line or &apos;}&apos; after the object item, found %1</source>
        <translation>&apos;,&apos;, Zeilenumbruch oder &apos;}&apos; nach dem Objekteintrag erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>unterminated string: the quote at line %1, column %2 is never closed</source>
        <translation>nicht abgeschlossene Zeichenkette: das Anführungszeichen in Zeile %1, Spalte %2 wird nie geschlossen</translation>
    </message>
    <message>
        <source>unterminated heredoc: no line &apos;%1&apos; closes the heredoc of line %2</source>
        <translation>nicht abgeschlossenes Heredoc: keine Zeile &apos;%1&apos; schließt das Heredoc aus Zeile %2</translation>
    </message>
    <message>
        <source>unterminated string: the line ends inside the quotes (use a heredoc for several lines)</source>
        <translation>nicht abgeschlossene Zeichenkette: die Zeile endet innerhalb der Anführungszeichen (für mehrere Zeilen ein Heredoc verwenden)</translation>
    </message>
    <message>
        <source>invalid escape \%1: expected %2 hexadecimal digits</source>
        <translation>ungültiges Escape \%1: %2 Hexadezimalziffern erwartet</translation>
    </message>
    <message>
        <source>invalid escape sequence &apos;\%1&apos; in a string</source>
        <translation>ungültige Escape-Sequenz &apos;\%1&apos; in einer Zeichenkette</translation>
    </message>
    <message>
        <source>expected if, else, endif, for or endfor after &apos;%{&apos;, found %1</source>
        <translation>if, else, endif, for oder endfor nach &apos;%{&apos; erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected &apos;in&apos; in the template for directive, found %1</source>
        <translation>&apos;in&apos; in der for-Direktive der Vorlage erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>the %{%1} directive is never closed with %{%2}</source>
        <translation>die Direktive %{%1} wird nie mit %{%2} geschlossen</translation>
    </message>
    <message>
        <source>%{%1} does not close %{%2}</source>
        <translation>%{%1} schließt %{%2} nicht</translation>
    </message>
    <message>
        <source>expected the heredoc&apos;s delimiter after &apos;&lt;&lt;&apos;, found %1</source>
        <translation>Begrenzer des Heredocs nach &apos;&lt;&lt;&apos; erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected a new line after the heredoc&apos;s delimiter %1, found %2</source>
        <translation>Zeilenumbruch nach dem Heredoc-Begrenzer %1 erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>die Datei ist größer als %1 MiB</translation>
    </message>
    <message>
        <source>unknown zone kind &apos;%1&apos;; left out</source>
        <translation>unbekannte Zonenart &apos;%1&apos;; ausgelassen</translation>
    </message>
    <message>
        <source>zone %1 (kind %2)</source>
        <translation>Zone %1 (Art %2)</translation>
    </message>
    <message>
        <source>holds no .tf file</source>
        <translation>enthält keine .tf-Datei</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>is larger than %1 MiB; not read</source>
        <translation>ist größer als %1 MiB; nicht gelesen</translation>
    </message>
    <message>
        <source>the import is larger than %1 files or %2 MiB; stopped</source>
        <translation>der Import umfasst mehr als %1 Dateien oder %2 MiB; abgebrochen</translation>
    </message>
    <message>
        <source>not valid HCL: %1</source>
        <translation>kein gültiges HCL: %1</translation>
    </message>
    <message>
        <source>has no literal source; its resources are not imported</source>
        <translation>hat keine literale Quelle; seine Ressourcen werden nicht importiert</translation>
    </message>
    <message>
        <source>source %1 is not a local folder (registry, git or URL); its resources are not imported</source>
        <translation>die Quelle %1 ist kein lokaler Ordner (Registry, Git oder URL); seine Ressourcen werden nicht importiert</translation>
    </message>
    <message>
        <source>modules nested more than %1 deep (a module calling itself?)</source>
        <translation>Module mehr als %1 tief verschachtelt (ruft sich ein Modul selbst auf?)</translation>
    </message>
    <message>
        <source>source %1: no such folder; its resources are not imported</source>
        <translation>Quelle %1: kein solcher Ordner; seine Ressourcen werden nicht importiert</translation>
    </message>
    <message>
        <source>local module %1 read</source>
        <translation>lokales Modul %1 gelesen</translation>
    </message>
    <message>
        <source>Terraform</source>
        <translation>Terraform</translation>
    </message>
    <message>
        <source>Terraform files and plans (*.tf *.json)</source>
        <translation>Terraform-Dateien und -Pläne (*.tf *.json)</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>keine solche Datei und kein solcher Ordner</translation>
    </message>
    <message>
        <source>holds no .tf file and no terraform show -json output</source>
        <translation>enthält weder eine .tf-Datei noch eine Ausgabe von terraform show -json</translation>
    </message>
    <message>
        <source>defines no resources: nothing to import</source>
        <translation>definiert keine Ressourcen: nichts zu importieren</translation>
    </message>
    <message>
        <source>Imported from Terraform: %1.</source>
        <translation>Aus Terraform importiert: %1.</translation>
    </message>
    <message>
        <source>no resource of a type the import maps (aws, google, azurerm services): nothing to import; see the report</source>
        <translation>keine Ressource eines Typs, den der Import abbildet (Dienste von aws, google, azurerm): nichts zu importieren; siehe Bericht</translation>
    </message>
    <message>
        <source>JSON, but not the output of terraform show -json: it has neither planned_values nor values.root_module</source>
        <translation>JSON, aber keine Ausgabe von terraform show -json: weder planned_values noch values.root_module vorhanden</translation>
    </message>
    <message>
        <source>the dead-letter queue of %1: not a component of its own</source>
        <translation>die Dead-Letter-Queue von %1: keine eigene Komponente</translation>
    </message>
    <message>
        <source>a replica of %1: counted on it, not a component of its own</source>
        <translation>ein Replikat von %1: dort gezählt, keine eigene Komponente</translation>
    </message>
    <message>
        <source>%1 = %2: no %3 value stands for it</source>
        <translation>%1 = %2: kein Wert von %3 entspricht dem</translation>
    </message>
    <message>
        <source>not carried (a %1 has no property for them): %2</source>
        <translation>nicht übernommen (ein %1 hat keine Eigenschaft dafür): %2</translation>
    </message>
    <message>
        <source>firewall rule %1</source>
        <translation>Firewall-Regel %1</translation>
    </message>
    <message>
        <source>%1 names %2</source>
        <translation>%1 nennt %2</translation>
    </message>
    <message>
        <source>%1 names %2, which no imported file defines; not connected</source>
        <translation>%1 nennt %2, das keine importierte Datei definiert; nicht verbunden</translation>
    </message>
    <message>
        <source>the grant %1</source>
        <translation>die Berechtigung %1</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s): parts of the components they belong to (read for connections and properties)</source>
        <translation>
            <numerusform>%n Ressource: Teil der Komponente, zu der sie gehört (gelesen für Verbindungen und Eigenschaften)</numerusform>
            <numerusform>%n Ressourcen: Teile der Komponenten, zu denen sie gehören (gelesen für Verbindungen und Eigenschaften)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) with no counterpart in a design; counted, not imported</source>
        <translation>
            <numerusform>%n Ressource ohne Gegenstück in einem Entwurf; gezählt, nicht importiert</numerusform>
            <numerusform>%n Ressourcen ohne Gegenstück in einem Entwurf; gezählt, nicht importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>variable values read</source>
        <translation>Variablenwerte gelesen</translation>
    </message>
    <message>
        <source>Terraform&apos;s JSON configuration syntax (.tf.json) is not read; its resources are not imported</source>
        <translation>Die JSON-Konfigurationssyntax von Terraform (.tf.json) wird nicht gelesen; ihre Ressourcen werden nicht importiert</translation>
    </message>
    <message>
        <source>variables, locals and outputs refer to each other more than %1 times; what is left of them is read as unknown</source>
        <translation>Variablen, Locals und Ausgaben verweisen mehr als %1-mal aufeinander; der Rest wird als unbekannt gelesen</translation>
    </message>
</context>
<context>
    <name>ImportMerge</name>
    <message>
        <source>%1: kept as %2 (the import reads %3)</source>
        <translation>%1: bleibt %2 (der Import liest %3)</translation>
    </message>
    <message>
        <source>%1: %2 %3 -&gt; %4</source>
        <translation>%1: %2 %3 -&gt; %4</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(Standard)</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Mapped</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <source>Guessed (check these)</source>
        <translation>Geraten (bitte prüfen)</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Hosts nothing defines (not connected)</source>
        <translation>Hosts, die nichts definiert (nicht verbunden)</translation>
    </message>
    <message>
        <source>mapped %1, guessed %2, dropped %3, unresolved hosts %4</source>
        <translation>übernommen %1, geraten %2, verworfen %3, unbekannte Hosts %4</translation>
    </message>
    <message>
        <source># Import report</source>
        <translation># Importbericht</translation>
    </message>
</context>
<context>
    <name>KindMenu</name>
    <message>
        <source>Add and connect</source>
        <translation>Hinzufügen und verbinden</translation>
    </message>
</context>
<context>
    <name>KubernetesExport</name>
    <message>
        <source>%1 runs on virtual machines (platform: vm), so it is not exported; set its platform to kubernetes to include it</source>
        <translation>%1 läuft auf virtuellen Maschinen (platform: vm) und wird daher nicht exportiert; setzen Sie die Plattform auf kubernetes, um die Komponente einzubeziehen</translation>
    </message>
    <message>
        <source>%1 has no container image; the export uses the placeholder %2</source>
        <translation>%1 hat kein Container-Image; der Export verwendet den Platzhalter %2</translation>
    </message>
    <message>
        <source>%1: the image &apos;%2&apos; has no fixed tag (or uses latest); give it a version such as %3:1.0.0</source>
        <translation>%1: das Image &apos;%2&apos; hat keinen festen Tag (oder verwendet latest); geben Sie eine Version an, etwa %3:1.0.0</translation>
    </message>
    <message>
        <source>%1: the schedule &apos;%2&apos; is not a cron expression with five fields (minute hour day month weekday)</source>
        <translation>%1: der Zeitplan &apos;%2&apos; ist kein Cron-Ausdruck mit fünf Feldern (Minute Stunde Tag Monat Wochentag)</translation>
    </message>
    <message>
        <source>%1 is to run in the cluster, but there is no container image for engine &apos;%2&apos;; it is treated as outside the cluster</source>
        <translation>%1 soll im Cluster laufen, aber für die Engine &apos;%2&apos; gibt es kein Container-Image; die Komponente wird als außerhalb des Clusters behandelt</translation>
    </message>
    <message>
        <source>%1: the CPU request (%2m) exceeds the limit (%3m); the limit is raised to the request</source>
        <translation>%1: der CPU-Request (%2m) übersteigt das Limit (%3m); das Limit wird auf den Request angehoben</translation>
    </message>
    <message>
        <source>%1: the memory request (%2 MiB) exceeds the limit (%3 MiB); the limit is raised to the request</source>
        <translation>%1: der Speicher-Request (%2 MiB) übersteigt das Limit (%3 MiB); das Limit wird auf den Request angehoben</translation>
    </message>
    <message>
        <source>%1: autoscaling needs at least one replica; minimum replicas set to 1</source>
        <translation>%1: Autoscaling braucht mindestens ein Replika; minimale Replikas auf 1 gesetzt</translation>
    </message>
    <message>
        <source>%1: maximum replicas (%2) is below the minimum (%3); the maximum is raised to the minimum</source>
        <translation>%1: die maximalen Replikas (%2) liegen unter dem Minimum (%3); das Maximum wird auf das Minimum angehoben</translation>
    </message>
    <message>
        <source>%1: a CPU target of 0 % cannot scale; 70 % is used</source>
        <translation>%1: mit einem CPU-Ziel von 0 % kann nicht skaliert werden; es werden 70 % verwendet</translation>
    </message>
    <message>
        <source>connection %1: %2 is a scheduled job and serves nothing, so no rule admits %3</source>
        <translation>Verbindung %1: %2 ist ein geplanter Job und bedient nichts, daher lässt keine Regel %3 zu</translation>
    </message>
    <message>
        <source>connection %1 is drawn to port %2, but %3 listens on %4; the rules use %4</source>
        <translation>Verbindung %1 führt zu Port %2, aber %3 lauscht auf %4; die Regeln verwenden %4</translation>
    </message>
    <message>
        <source>connection %1: %2 calls %3 from outside the cluster; no rule admits it (route it through the load balancer)</source>
        <translation>Verbindung %1: %2 ruft %3 von außerhalb des Clusters auf; keine Regel lässt das zu (leiten Sie es über den Load Balancer)</translation>
    </message>
    <message>
        <source>%1 uses %2 for both liveness and readiness; a busy but healthy pod will then be restarted</source>
        <translation>%1 verwendet %2 für Liveness und Readiness; ein ausgelasteter, aber gesunder Pod wird dann neu gestartet</translation>
    </message>
    <message>
        <source>nothing in this design runs in containers: add a microservice, monolith or batch job (platform kubernetes or container-service), or set a data store&apos;s hosting to kubernetes</source>
        <translation>nichts in diesem Entwurf läuft in Containern: fügen Sie einen Microservice, Monolithen oder Batch-Job hinzu (Plattform kubernetes oder container-service) oder setzen Sie das Hosting eines Datenspeichers auf kubernetes</translation>
    </message>
    <message>
        <source>Kubernetes manifests</source>
        <translation>Kubernetes-Manifeste</translation>
    </message>
    <message>
        <source>Kubernetes YAML (workloads, services, autoscaling, network policies) with a kustomization.yaml.</source>
        <translation>Kubernetes-YAML (Workloads, Services, Autoscaling, Network Policies) mit einer kustomization.yaml.</translation>
    </message>
    <message>
        <source>Write one multi-document YAML file instead of a folder.</source>
        <translation>Eine YAML-Datei mit mehreren Dokumenten statt eines Ordners schreiben.</translation>
    </message>
    <message>
        <source>Docker Compose</source>
        <translation>Docker Compose</translation>
    </message>
    <message>
        <source>A docker-compose.yaml that runs the design&apos;s containers on one machine for local development.</source>
        <translation>Eine docker-compose.yaml, die die Container des Entwurfs für die lokale Entwicklung auf einem Rechner ausführt.</translation>
    </message>
    <message>
        <source>%1: %2 has no authentication in this shape; only its network policy guards it (put an authenticating proxy in front, or use the managed service)</source>
        <translation>%1: %2 hat in dieser Form keine Authentifizierung; nur seine Network Policy schützt es (setzen Sie einen authentifizierenden Proxy davor oder verwenden Sie den verwalteten Dienst)</translation>
    </message>
    <message>
        <source>%1: replicas: %2 is not honoured: the cluster runs one primary of %3 without replication (run it with an operator, such as CloudNativePG for PostgreSQL, or use the managed service)</source>
        <translation>%1: replicas: %2 wird nicht umgesetzt: der Cluster betreibt eine Primärinstanz von %3 ohne Replikation (betreiben Sie es mit einem Operator, etwa CloudNativePG für PostgreSQL, oder verwenden Sie den verwalteten Dienst)</translation>
    </message>
    <message>
        <source>%1: multiAz is not honoured: one pod runs in one zone and its volume cannot follow it to another</source>
        <translation>%1: multiAz wird nicht umgesetzt: ein Pod läuft in einer Zone, und sein Volume kann ihm nicht in eine andere folgen</translation>
    </message>
    <message>
        <source>%1: backups (backupRetentionDays: %2) are not honoured: nothing backs up the volume (add volume snapshots or the engine&apos;s own backups)</source>
        <translation>%1: backups (backupRetentionDays: %2) werden nicht umgesetzt: nichts sichert das Volume (fügen Sie Volume-Snapshots oder die eigenen Backups der Engine hinzu)</translation>
    </message>
    <message>
        <source>%1: crossRegionReplica (replicaRegion: %2) is not honoured: the cluster keeps no copy in another region</source>
        <translation>%1: crossRegionReplica (replicaRegion: %2) wird nicht umgesetzt: der Cluster hält keine Kopie in einer anderen Region</translation>
    </message>
    <message>
        <source>%1: public is not honoured: a data store in the cluster is reachable only from the workloads drawn calling it</source>
        <translation>%1: public wird nicht umgesetzt: ein Datenspeicher im Cluster ist nur für die Workloads erreichbar, die ihn laut Entwurf aufrufen</translation>
    </message>
    <message>
        <source>%1: encryptionAtRest depends on the cluster&apos;s default storage class, which this export does not know</source>
        <translation>%1: encryptionAtRest hängt von der Standard-Storage-Class des Clusters ab, die dieser Export nicht kennt</translation>
    </message>
    <message>
        <source>%1: engineVersion %2 is not honoured: the export runs the pinned image %3</source>
        <translation>%1: engineVersion %2 wird nicht umgesetzt: der Export verwendet das festgelegte Image %3</translation>
    </message>
    <message>
        <source>%1: %2 has no counterpart in the Kubernetes export and is not honoured</source>
        <translation>%1: %2 hat im Kubernetes-Export keine Entsprechung und wird nicht umgesetzt</translation>
    </message>
    <message>
        <source>connection %1 is drawn to port %2, but %3 (%4) listens on %5; the rules use %5</source>
        <translation>Verbindung %1 führt zu Port %2, aber %3 (%4) lauscht auf %5; die Regeln verwenden %5</translation>
    </message>
    <message>
        <source>no DNS component with a domain; the Gateway hostnames use example.com</source>
        <translation>keine DNS-Komponente mit einer Domain; die Hostnamen der Gateways verwenden example.com</translation>
    </message>
    <message>
        <source>%1 is drawn public, but an API gateway is drawn in front of it; its Gateway is internal so that nothing bypasses the API gateway</source>
        <translation>%1 ist als öffentlich gezeichnet, aber davor ist ein API-Gateway gezeichnet; sein Gateway ist intern, damit nichts am API-Gateway vorbeiführt</translation>
    </message>
    <message>
        <source>%1: no counterpart on Azure: Application Gateway for Containers has no private frontend, so its Gateway is internet-facing; let its WAF policy admit only the API gateway&apos;s addresses</source>
        <translation>%1: keine Entsprechung auf Azure: Application Gateway for Containers hat kein privates Frontend, daher ist sein Gateway aus dem Internet erreichbar; lassen Sie seine WAF-Richtlinie nur die Adressen des API-Gateways zu</translation>
    </message>
    <message>
        <source>%1: no counterpart on Azure: Application Gateway for Containers has no private frontend, so its Gateway is internet-facing; its WAF policy (cloud value %2_WAF) admits only the Application Gateway in front</source>
        <translation>%1: keine Entsprechung auf Azure: Application Gateway for Containers hat kein privates Frontend, daher ist sein Gateway aus dem Internet erreichbar; seine WAF-Richtlinie (Cloud-Wert %2_WAF) lässt nur das Application Gateway davor zu</translation>
    </message>
    <message>
        <source>%1: no counterpart on Google Cloud: Cloud Armor cannot protect an internal Gateway (gke-l7-rilb); put the WAF on the load balancer in front</source>
        <translation>%1: keine Entsprechung auf Google Cloud: Cloud Armor kann kein internes Gateway (gke-l7-rilb) schützen; setzen Sie die WAF auf den Load Balancer davor</translation>
    </message>
    <message>
        <source>%1: no counterpart without a cloud: the WAF drawn in front has nothing to attach to; run it in front of Envoy Gateway&apos;s load balancer</source>
        <translation>%1: keine Entsprechung ohne Cloud: die davor gezeichnete WAF kann nirgends angehängt werden; betreiben Sie sie vor dem Load Balancer von Envoy Gateway</translation>
    </message>
    <message>
        <source>%1: without a cloud the export cannot make the Gateway internal; keep Envoy Gateway&apos;s load balancer off the internet</source>
        <translation>%1: ohne Cloud kann der Export das Gateway nicht intern machen; halten Sie den Load Balancer von Envoy Gateway vom Internet fern</translation>
    </message>
    <message>
        <source>the workloads run in %1 clouds (%2), one cluster each; export a folder instead of a single file</source>
        <translation>die Workloads laufen in %1 Clouds (%2), je einem Cluster; exportieren Sie einen Ordner statt einer einzelnen Datei</translation>
    </message>
    <message>
        <source>%1 run on the provider&apos;s container service in the design (platform: container-service), where the Terraform export puts them; these manifests run them on Kubernetes instead, and their cloud values exist only once the design places them in a cluster (platform: kubernetes)</source>
        <translation>%1 laufen im Entwurf auf dem Container-Dienst des Anbieters (platform: container-service), wo der Terraform-Export sie anlegt; diese Manifeste betreiben sie stattdessen auf Kubernetes, und ihre Cloud-Werte gibt es erst, wenn der Entwurf sie in einen Cluster legt (platform: kubernetes)</translation>
    </message>
</context>
<context>
    <name>MonitoringExport</name>
    <message>
        <source>Monitoring (Prometheus, Alertmanager, Grafana)</source>
        <translation>Überwachung (Prometheus, Alertmanager, Grafana)</translation>
    </message>
    <message>
        <source>Prometheus alerting rules with unit tests, Alertmanager routing and Grafana dashboards from the design.</source>
        <translation>Prometheus-Alarmregeln mit Unit-Tests, Alertmanager-Routing und Grafana-Dashboards aus dem Entwurf.</translation>
    </message>
    <message>
        <source>the design draws no alerting component: alerts go to a webhook; set its address in alertmanager/alertmanager.yml, or draw PagerDuty or Opsgenie</source>
        <translation>der Entwurf zeichnet keine Alarmierungskomponente: Alarme gehen an einen Webhook; setzen Sie seine Adresse in alertmanager/alertmanager.yml oder zeichnen Sie PagerDuty oder Opsgenie</translation>
    </message>
    <message>
        <source>nothing in this design has signals to watch: add a service, a database, a cache, a queue or a load balancer</source>
        <translation>nichts in diesem Entwurf hat Signale zum Überwachen: fügen Sie einen Dienst, eine Datenbank, einen Cache, eine Warteschlange oder einen Load Balancer hinzu</translation>
    </message>
</context>
<context>
    <name>NoteItem</name>
    <message>
        <source>Note: double-click to write</source>
        <translation>Notiz: zum Schreiben doppelklicken</translation>
    </message>
    <message>
        <source>Double-click to write</source>
        <translation>Zum Schreiben doppelklicken</translation>
    </message>
</context>
<context>
    <name>Placement</name>
    <message>
        <source>Zone %1</source>
        <translation>Zone %1</translation>
    </message>
</context>
<context>
    <name>PrintingExporter</name>
    <message>
        <source>Paper size of the PDF</source>
        <translation>Papierformat des PDF</translation>
    </message>
    <message>
        <source>unknown paper size &apos;%1&apos;; choose a4 or letter</source>
        <translation>unbekanntes Papierformat &apos;%1&apos;; wählen Sie a4 oder letter</translation>
    </message>
    <message>
        <source>the HTML to print is not one page</source>
        <translation>das zu druckende HTML ist nicht eine Seite</translation>
    </message>
</context>
<context>
    <name>Questionnaire</name>
    <message>
        <source>users</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>text &apos;%1&apos;</source>
        <translation>Text &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>ein Mapping</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>die Zahl %1</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>kein Wert</translation>
    </message>
    <message>
        <source>Users and load</source>
        <translation>Nutzer und Last</translation>
    </message>
    <message>
        <source>Peaks</source>
        <translation>Lastspitzen</translation>
    </message>
    <message>
        <source>Availability and recovery</source>
        <translation>Verfügbarkeit und Wiederherstellung</translation>
    </message>
    <message>
        <source>Compliance and security</source>
        <translation>Compliance und Sicherheit</translation>
    </message>
    <message>
        <source>Budget, cloud policy and operations</source>
        <translation>Budget, Cloud-Strategie und Betrieb</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Data stores</source>
        <translation>Datenspeicher</translation>
    </message>
    <message>
        <source>Queues and streams</source>
        <translation>Queues und Streams</translation>
    </message>
    <message>
        <source>Providers, regions and zones</source>
        <translation>Anbieter, Regionen und Zonen</translation>
    </message>
    <message>
        <source>Third-party dependencies</source>
        <translation>Abhängigkeiten von Drittanbietern</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>range</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>time window</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <source>number (%1)</source>
        <translation>Zahl (%1)</translation>
    </message>
    <message>
        <source>range [min, max]</source>
        <translation>Bereich [min, max]</translation>
    </message>
    <message>
        <source>range [min, max] (%1)</source>
        <translation>Bereich [min, max] (%1)</translation>
    </message>
    <message>
        <source>choice: %1</source>
        <translation>Auswahl: %1</translation>
    </message>
    <message>
        <source>time window (HH:MM-HH:MM Area/City)</source>
        <translation>Zeitfenster (HH:MM-HH:MM Gebiet/Stadt)</translation>
    </message>
    <message>
        <source>USD per month</source>
        <translation>USD pro Monat</translation>
    </message>
    <message>
        <source>How many people use the system on a normal day today?</source>
        <translation>Wie viele Personen nutzen das System heute an einem normalen Tag?</translation>
    </message>
    <message>
        <source>Daily active users set the baseline for capacity, cost and the size of the data.</source>
        <translation>Die täglich aktiven Nutzer bilden die Grundlage für Kapazität, Kosten und Datenmenge.</translation>
    </message>
    <message>
        <source>How many daily users do you expect in 18 to 24 months?</source>
        <translation>Wie viele tägliche Nutzer erwarten Sie in 18 bis 24 Monaten?</translation>
    </message>
    <message>
        <source>The design should carry the growth expected in its lifetime without a rewrite.</source>
        <translation>Der Entwurf soll das in seiner Lebensdauer erwartete Wachstum ohne Neuentwicklung tragen.</translation>
    </message>
    <message>
        <source>How many users are active at the same time at the peak?</source>
        <translation>Wie viele Nutzer sind zur Spitzenzeit gleichzeitig aktiv?</translation>
    </message>
    <message>
        <source>Concurrent users at the peak, with their request rate, give the requests per second the services must carry.</source>
        <translation>Die gleichzeitigen Nutzer zur Spitzenzeit ergeben mit ihrer Anfragerate die Anfragen pro Sekunde, die die Services tragen müssen.</translation>
    </message>
    <message>
        <source>How many requests does an active user cause per minute?</source>
        <translation>Wie viele Anfragen löst ein aktiver Nutzer pro Minute aus?</translation>
    </message>
    <message>
        <source>Page views, API calls and background refreshes together; it turns users into requests per second.</source>
        <translation>Seitenaufrufe, API-Aufrufe und Aktualisierungen im Hintergrund zusammen; damit werden aus Nutzern Anfragen pro Sekunde.</translation>
    </message>
    <message>
        <source>requests per minute</source>
        <translation>Anfragen pro Minute</translation>
    </message>
    <message>
        <source>How long is an average session?</source>
        <translation>Wie lange dauert eine durchschnittliche Sitzung?</translation>
    </message>
    <message>
        <source>Session length decides how long sessions and carts must be kept and how many users overlap.</source>
        <translation>Die Sitzungsdauer bestimmt, wie lange Sitzungen und Warenkörbe aufbewahrt werden und wie viele Nutzer sich überschneiden.</translation>
    </message>
    <message>
        <source>How fast must a typical request answer (95th percentile)?</source>
        <translation>Wie schnell muss eine typische Anfrage beantwortet werden (95. Perzentil)?</translation>
    </message>
    <message>
        <source>The latency target limits how many calls a request may chain and where caches are needed.</source>
        <translation>Das Latenzziel begrenzt, wie viele Aufrufe eine Anfrage verketten darf und wo Caches nötig sind.</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>When is the daily peak, and in which time zone?</source>
        <translation>Wann ist die tägliche Lastspitze, und in welcher Zeitzone?</translation>
    </message>
    <message>
        <source>Peak hours in one time zone allow scaling down at night; users around the world do not.</source>
        <translation>Spitzenzeiten in einer Zeitzone erlauben nachts das Herunterskalieren; Nutzer rund um den Globus nicht.</translation>
    </message>
    <message>
        <source>Which seasonal events bring extra load (Black Friday, payday, campaigns)?</source>
        <translation>Welche saisonalen Ereignisse bringen zusätzliche Last (Black Friday, Zahltag, Kampagnen)?</translation>
    </message>
    <message>
        <source>Known events can be prepared for: scale up ahead, freeze changes, warn third parties.</source>
        <translation>Auf bekannte Ereignisse kann man sich vorbereiten: vorab hochskalieren, Änderungen einfrieren, Drittanbieter warnen.</translation>
    </message>
    <message>
        <source>How many times the normal load is the peak?</source>
        <translation>Das Wievielfache der normalen Last erreicht die Spitze?</translation>
    </message>
    <message>
        <source>The ratio of peak to normal load sets the autoscaling range: minimum for normal load, maximum for the peak.</source>
        <translation>Das Verhältnis von Spitzen- zu Normallast bestimmt den Autoscaling-Bereich: Minimum für die Normallast, Maximum für die Spitze.</translation>
    </message>
    <message>
        <source>times normal load</source>
        <translation>× Normallast</translation>
    </message>
    <message>
        <source>99.9 % allows 43 minutes of downtime a month, 99.99 % only 4; each extra nine costs redundancy.</source>
        <translation>99,9 % erlauben 43 Minuten Ausfall im Monat, 99,99 % nur 4; jede weitere Neun kostet Redundanz.</translation>
    </message>
    <message>
        <source>a single component</source>
        <translation>eine einzelne Komponente</translation>
    </message>
    <message>
        <source>an availability zone</source>
        <translation>eine Verfügbarkeitszone</translation>
    </message>
    <message>
        <source>a whole region</source>
        <translation>eine ganze Region</translation>
    </message>
    <message>
        <source>Does the system store, process or transmit card data (PCI DSS)?</source>
        <translation>Speichert, verarbeitet oder überträgt das System Kartendaten (PCI DSS)?</translation>
    </message>
    <message>
        <source>Card data puts the systems that touch it in PCI DSS scope; a payment provider&apos;s hosted page keeps it out.</source>
        <translation>Kartendaten bringen die Systeme, die sie berühren, in den PCI-DSS-Geltungsbereich; eine gehostete Zahlungsseite eines Zahlungsanbieters hält sie heraus.</translation>
    </message>
    <message>
        <source>Does it hold personal data of people in the EU (GDPR)?</source>
        <translation>Speichert es personenbezogene Daten von Menschen in der EU (DSGVO)?</translation>
    </message>
    <message>
        <source>GDPR asks for a lawful basis, deletion on request, breach reporting and care with transfers abroad.</source>
        <translation>Die DSGVO verlangt eine Rechtsgrundlage, Löschung auf Anfrage, Meldung von Datenpannen und Sorgfalt bei Übermittlungen ins Ausland.</translation>
    </message>
    <message>
        <source>Does it hold US health information (HIPAA)?</source>
        <translation>Speichert es US-Gesundheitsdaten (HIPAA)?</translation>
    </message>
    <message>
        <source>Health information needs a business associate agreement with the provider and stricter audit trails.</source>
        <translation>Gesundheitsdaten erfordern ein Business Associate Agreement mit dem Anbieter und strengere Audit-Trails.</translation>
    </message>
    <message>
        <source>Must data stay in certain countries or regions?</source>
        <translation>Müssen Daten in bestimmten Ländern oder Regionen bleiben?</translation>
    </message>
    <message>
        <source>Data residency limits the regions, backups and third parties the design may use.</source>
        <translation>Datenresidenz schränkt die Regionen, Backups und Drittanbieter ein, die der Entwurf nutzen darf.</translation>
    </message>
    <message>
        <source>Must users sign in with single sign-on (SSO)?</source>
        <translation>Müssen sich Nutzer per Single Sign-on (SSO) anmelden?</translation>
    </message>
    <message>
        <source>Single sign-on ties the system to an identity provider (SAML or OpenID Connect).</source>
        <translation>Single Sign-on bindet das System an einen Identitätsanbieter (SAML oder OpenID Connect).</translation>
    </message>
    <message>
        <source>Is multi-factor authentication needed?</source>
        <translation>Ist Multi-Faktor-Authentifizierung nötig?</translation>
    </message>
    <message>
        <source>MFA protects accounts against stolen passwords; required MFA changes the sign-in flow.</source>
        <translation>MFA schützt Konten vor gestohlenen Passwörtern; verpflichtende MFA ändert den Anmeldeablauf.</translation>
    </message>
    <message>
        <source>What may running the system cost per month?</source>
        <translation>Was darf der Betrieb des Systems pro Monat kosten?</translation>
    </message>
    <message>
        <source>The budget decides between managed services and self-hosting, and how much redundancy is affordable.</source>
        <translation>Das Budget entscheidet zwischen Managed Services und Eigenbetrieb und darüber, wie viel Redundanz bezahlbar ist.</translation>
    </message>
    <message>
        <source>What is the cloud policy?</source>
        <translation>Wie lautet die Cloud-Strategie?</translation>
    </message>
    <message>
        <source>One provider keeps things simple; multi-cloud or hybrid must be designed in from the start.</source>
        <translation>Ein Anbieter hält es einfach; Multi-Cloud oder Hybrid muss von Anfang an eingeplant werden.</translation>
    </message>
    <message>
        <source>What does the team know well (languages, platforms, databases)?</source>
        <translation>Was beherrscht das Team gut (Sprachen, Plattformen, Datenbanken)?</translation>
    </message>
    <message>
        <source>A design the team can run beats a better one it cannot; new technology needs time to learn.</source>
        <translation>Ein Entwurf, den das Team betreiben kann, schlägt einen besseren, den es nicht betreiben kann; neue Technik braucht Einarbeitungszeit.</translation>
    </message>
    <message>
        <source>Who answers alerts, and when?</source>
        <translation>Wer reagiert auf Alarme, und wann?</translation>
    </message>
    <message>
        <source>Without round-the-clock on-call, the design must heal itself at night or accept the downtime.</source>
        <translation>Ohne Rufbereitschaft rund um die Uhr muss sich der Entwurf nachts selbst heilen oder den Ausfall hinnehmen.</translation>
    </message>
    <message>
        <source>%1: how many requests per second reach it at the peak?</source>
        <translation>%1: Wie viele Anfragen pro Sekunde erreichen die Komponente zur Spitzenzeit?</translation>
    </message>
    <message>
        <source>When it is known, it replaces the estimate from the peak users; not every request reaches every service.</source>
        <translation>Ist der Wert bekannt, ersetzt er die Schätzung aus den Spitzennutzern; nicht jede Anfrage erreicht jeden Service.</translation>
    </message>
    <message>
        <source>requests per second</source>
        <translation>Anfragen pro Sekunde</translation>
    </message>
    <message>
        <source>%1: how much CPU time does one request take on average?</source>
        <translation>%1: Wie viel CPU-Zeit braucht eine Anfrage im Durchschnitt?</translation>
    </message>
    <message>
        <source>Requests per second times the time each one keeps a CPU busy gives the CPUs, and so the replicas, needed.</source>
        <translation>Anfragen pro Sekunde mal die CPU-Zeit jeder Anfrage ergibt die benötigten CPUs und damit die Replikas.</translation>
    </message>
    <message>
        <source>%1: what response time must it keep (95th percentile)?</source>
        <translation>%1: Welche Antwortzeit muss eingehalten werden (95. Perzentil)?</translation>
    </message>
    <message>
        <source>A latency target below what its own calls take cannot be met; it also sets timeouts for callers.</source>
        <translation>Ein Latenzziel unterhalb der Dauer der eigenen Aufrufe ist nicht erreichbar; es legt auch die Timeouts der Aufrufer fest.</translation>
    </message>
    <message>
        <source>%1: how large is a typical request or response?</source>
        <translation>%1: Wie groß ist eine typische Anfrage oder Antwort?</translation>
    </message>
    <message>
        <source>Large payloads (uploads, documents) need streaming, bigger limits and more network than small API calls.</source>
        <translation>Große Nutzlasten (Uploads, Dokumente) brauchen Streaming, höhere Limits und mehr Netzwerk als kleine API-Aufrufe.</translation>
    </message>
    <message>
        <source>KiB</source>
        <translation>KiB</translation>
    </message>
    <message>
        <source>%1: how much data does it hold today?</source>
        <translation>%1: Wie viele Daten enthält der Speicher heute?</translation>
    </message>
    <message>
        <source>The starting size, with the growth, gives the storage to provision and the time a restore takes.</source>
        <translation>Die Anfangsgröße ergibt mit dem Wachstum den bereitzustellenden Speicher und die Dauer einer Wiederherstellung.</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <source>%1: how much does the data grow per month?</source>
        <translation>%1: Wie stark wachsen die Daten pro Monat?</translation>
    </message>
    <message>
        <source>Growth decides the storage after 24 months, and when archiving or partitioning becomes necessary.</source>
        <translation>Das Wachstum bestimmt den Speicher nach 24 Monaten und wann Archivierung oder Partitionierung nötig wird.</translation>
    </message>
    <message>
        <source>GiB per month</source>
        <translation>GiB pro Monat</translation>
    </message>
    <message>
        <source>%1: how many reads are there for each write?</source>
        <translation>%1: Wie viele Lesezugriffe kommen auf einen Schreibzugriff?</translation>
    </message>
    <message>
        <source>Read-heavy data benefits from read replicas and caches; write-heavy data needs a bigger primary or sharding.</source>
        <translation>Leseintensive Daten profitieren von Read Replicas und Caches; schreibintensive brauchen eine größere Primärinstanz oder Sharding.</translation>
    </message>
    <message>
        <source>reads per write</source>
        <translation>Lesezugriffe pro Schreibzugriff</translation>
    </message>
    <message>
        <source>%1: how long must the data be kept?</source>
        <translation>%1: Wie lange müssen die Daten aufbewahrt werden?</translation>
    </message>
    <message>
        <source>Retention rules set when data is deleted or archived, and how long backups must go back.</source>
        <translation>Aufbewahrungsregeln legen fest, wann Daten gelöscht oder archiviert werden und wie weit Backups zurückreichen müssen.</translation>
    </message>
    <message>
        <source>months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>%1: how much recent data may be lost when it fails?</source>
        <translation>%1: Wie viele aktuelle Daten dürfen bei einem Ausfall verloren gehen?</translation>
    </message>
    <message>
        <source>Minutes of acceptable loss choose between daily backups, point-in-time recovery and synchronous replicas.</source>
        <translation>Die Minuten tolerierbaren Verlusts entscheiden zwischen täglichen Backups, Point-in-Time-Recovery und synchronen Replikas.</translation>
    </message>
    <message>
        <source>%1: how many messages per second pass through at the peak?</source>
        <translation>%1: Wie viele Nachrichten pro Sekunde laufen zur Spitzenzeit durch?</translation>
    </message>
    <message>
        <source>The message rate sizes the brokers or partitions and the consumers behind them.</source>
        <translation>Die Nachrichtenrate bestimmt die Größe der Broker oder Partitionen und der Consumer dahinter.</translation>
    </message>
    <message>
        <source>messages per second</source>
        <translation>Nachrichten pro Sekunde</translation>
    </message>
    <message>
        <source>%1: how large is a typical message?</source>
        <translation>%1: Wie groß ist eine typische Nachricht?</translation>
    </message>
    <message>
        <source>Brokers limit message size; large payloads belong in object storage with a reference in the message.</source>
        <translation>Broker begrenzen die Nachrichtengröße; große Nutzlasten gehören in einen Objektspeicher, mit einem Verweis in der Nachricht.</translation>
    </message>
    <message>
        <source>%1: must messages be handled in order?</source>
        <translation>%1: Müssen Nachrichten in Reihenfolge verarbeitet werden?</translation>
    </message>
    <message>
        <source>Ordering limits parallel consumers: per key it scales with partitions, strict order does not scale.</source>
        <translation>Reihenfolge begrenzt parallele Consumer: pro Schlüssel skaliert sie mit den Partitionen, strikte Reihenfolge skaliert nicht.</translation>
    </message>
    <message>
        <source>%1: what delivery guarantee is needed?</source>
        <translation>%1: Welche Zustellgarantie ist nötig?</translation>
    </message>
    <message>
        <source>At-least-once needs idempotent consumers; exactly-once needs transactions or deduplication end to end.</source>
        <translation>At-least-once erfordert idempotente Consumer; Exactly-once erfordert durchgängig Transaktionen oder Deduplizierung.</translation>
    </message>
    <message>
        <source>%1: what availability does its provider promise (SLA)?</source>
        <translation>%1: Welche Verfügbarkeit sichert der Anbieter zu (SLA)?</translation>
    </message>
    <message>
        <source>A dependency called on every request caps the system&apos;s availability at its own SLA unless there is a fallback.</source>
        <translation>Eine Abhängigkeit, die bei jeder Anfrage aufgerufen wird, begrenzt die Verfügbarkeit des Systems auf ihr eigenes SLA, sofern es keinen Fallback gibt.</translation>
    </message>
    <message>
        <source>%1: what happens when it is unavailable?</source>
        <translation>%1: Was passiert, wenn der Dienst nicht verfügbar ist?</translation>
    </message>
    <message>
        <source>A fallback (queue and retry later, a second provider, a degraded mode) keeps an outage there from becoming ours.</source>
        <translation>Ein Fallback (Queue und späterer Neuversuch, ein zweiter Anbieter, ein eingeschränkter Modus) verhindert, dass ein Ausfall dort zu unserem wird.</translation>
    </message>
    <message>
        <source>%1: why this provider?</source>
        <translation>%1: Warum dieser Anbieter?</translation>
    </message>
    <message>
        <source>%1: why this region?</source>
        <translation>%1: Warum diese Region?</translation>
    </message>
    <message>
        <source>%1: why this availability zone, and why this number of zones?</source>
        <translation>%1: Warum diese Verfügbarkeitszone, und warum diese Anzahl an Zonen?</translation>
    </message>
    <message>
        <source>%1: why this data centre?</source>
        <translation>%1: Warum dieses Rechenzentrum?</translation>
    </message>
    <message>
        <source>Provider and location choices follow from latency to users, data residency, price and the team&apos;s experience; writing the reason down lets others revisit it.</source>
        <translation>Anbieter und Standort ergeben sich aus Latenz zu den Nutzern, Datenresidenz, Preis und Erfahrung des Teams; die schriftliche Begründung erlaubt anderen, die Wahl zu überprüfen.</translation>
    </message>
    <message>
        <source>%1 is below the smallest allowed value %2</source>
        <translation>%1 liegt unter dem kleinsten erlaubten Wert %2</translation>
    </message>
    <message>
        <source>%1 is above the largest allowed value %2</source>
        <translation>%1 liegt über dem größten erlaubten Wert %2</translation>
    </message>
    <message>
        <source>%1 expects %2, not %3</source>
        <translation>%1 erwartet %2, erhalten: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the range starts above its end (%2 &gt; %3)</source>
        <translation>%1: der Bereich beginnt nach seinem Ende (%2 &gt; %3)</translation>
    </message>
    <message>
        <source>%1 expects text, not an empty answer</source>
        <translation>%1 erwartet Text, keine leere Antwort</translation>
    </message>
    <message>
        <source>%1 expects a time window like 09:00-17:00 America/New_York, not &apos;%2&apos;</source>
        <translation>%1 erwartet ein Zeitfenster wie 09:00-17:00 America/New_York, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: unknown time zone &apos;%2&apos; (use an IANA name such as Europe/Berlin, or UTC)</source>
        <translation>%1: unbekannte Zeitzone &apos;%2&apos; (verwenden Sie einen IANA-Namen wie Europe/Berlin oder UTC)</translation>
    </message>
    <message>
        <source>%1: unknown answer type</source>
        <translation>%1: unbekannter Antworttyp</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is no longer in the design</source>
        <translation>&apos;%1&apos; ist nicht mehr im Entwurf</translation>
    </message>
    <message>
        <source>&apos;%1&apos; no longer raises this question (its kind changed)</source>
        <translation>&apos;%1&apos; wirft diese Frage nicht mehr auf (sein Typ hat sich geändert)</translation>
    </message>
    <message>
        <source>no such question in this version of Stackdraft</source>
        <translation>diese Stackdraft-Version kennt diese Frage nicht</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1 von %2 beantwortet</translation>
    </message>
    <message>
        <source>In how many months do you expect that number of daily users?</source>
        <translation>In wie vielen Monaten erwarten Sie diese Zahl täglicher Nutzer?</translation>
    </message>
    <message>
        <source>The sizing shows today and this horizon side by side and sizes the maximum for the horizon (24 months when not answered).</source>
        <translation>Die Dimensionierung zeigt heute und diesen Horizont nebeneinander und legt das Maximum für den Horizont aus (24 Monate ohne Antwort).</translation>
    </message>
    <message>
        <source>How large is a typical upload (photo, document)?</source>
        <translation>Wie groß ist ein typischer Upload (Foto, Dokument)?</translation>
    </message>
    <message>
        <source>Upload size, with how often users upload, gives the object storage growth per month.</source>
        <translation>Die Upload-Größe ergibt mit der Häufigkeit der Uploads das Wachstum des Objektspeichers pro Monat.</translation>
    </message>
    <message>
        <source>How many uploads does a daily user make per day?</source>
        <translation>Wie viele Uploads macht ein täglicher Nutzer pro Tag?</translation>
    </message>
    <message>
        <source>Uploads per user and day times daily users is the data written to object storage.</source>
        <translation>Uploads pro Nutzer und Tag mal tägliche Nutzer sind die Daten, die in den Objektspeicher geschrieben werden.</translation>
    </message>
    <message>
        <source>uploads per day</source>
        <translation>Uploads pro Tag</translation>
    </message>
    <message>
        <source>What users do</source>
        <translation>Was Nutzer tun</translation>
    </message>
    <message>
        <source>Monitoring, testing and releases</source>
        <translation>Überwachung, Tests und Releases</translation>
    </message>
    <message>
        <source>What do users upload (photos, documents, videos), and how large can the largest file be?</source>
        <translation>Was laden Nutzer hoch (Fotos, Dokumente, Videos), und wie groß kann die größte Datei sein?</translation>
    </message>
    <message>
        <source>Large files go straight to object storage instead of through the services, and size limits are checked at the edge.</source>
        <translation>Große Dateien gehen direkt in den Objektspeicher statt durch die Dienste, und Größengrenzen werden am Rand geprüft.</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>What are the main things users do, step by step (the main journeys)?</source>
        <translation>Was tun Nutzer hauptsächlich, Schritt für Schritt (die wichtigsten Abläufe)?</translation>
    </message>
    <message>
        <source>The journeys show which services a typical visit passes through, and so where the load goes.</source>
        <translation>Die Abläufe zeigen, durch welche Dienste ein typischer Besuch geht, und damit, wohin die Last fließt.</translation>
    </message>
    <message>
        <source>Which user flows are critical, in order of priority (for example 1. pay, 2. sign in, 3. search)?</source>
        <translation>Welche Abläufe sind kritisch, nach Priorität geordnet (zum Beispiel 1. bezahlen, 2. anmelden, 3. suchen)?</translation>
    </message>
    <message>
        <source>Critical flows are protected first: their services get more redundancy, and under stress the others are switched off before them.</source>
        <translation>Kritische Abläufe werden zuerst geschützt: Ihre Dienste bekommen mehr Redundanz, und unter Last werden die anderen vor ihnen abgeschaltet.</translation>
    </message>
    <message>
        <source>Which quality scenarios matter most (what happens → how the system responds → how you measure it)?</source>
        <translation>Welche Qualitätsszenarien zählen am meisten (was passiert → wie das System reagiert → wie Sie es messen)?</translation>
    </message>
    <message>
        <source>Scenarios make quality goals testable (arc42, ISO 25010), e.g. &quot;10 times the usual visitors on Black Friday → checkout keeps working → 99 % of payments finish within 3 seconds&quot;.</source>
        <translation>Szenarien machen Qualitätsziele prüfbar (arc42, ISO 25010), z. B. „10-mal so viele Besucher wie üblich am Black Friday → die Kasse funktioniert weiter → 99 % der Zahlungen sind in 3 Sekunden fertig“.</translation>
    </message>
    <message>
        <source>How much of the time must the system be available?</source>
        <translation>Wie viel der Zeit muss das System verfügbar sein?</translation>
    </message>
    <message>
        <source>How much recent data may be lost when %1 fails?</source>
        <translation>Wie viele neue Daten dürfen verloren gehen, wenn %1 ausfällt?</translation>
    </message>
    <message>
        <source>This is the recovery point objective (RPO): a day allows nightly backups, minutes need continuous copies, nothing at all needs every write stored twice.</source>
        <translation>Das ist das Recovery Point Objective (RPO): Ein Tag erlaubt nächtliche Sicherungen, Minuten brauchen laufende Kopien, gar nichts verlangt, dass jeder Schreibvorgang doppelt gespeichert wird.</translation>
    </message>
    <message>
        <source>How long may the system be down when %1 fails?</source>
        <translation>Wie lange darf das System ausfallen, wenn %1 ausfällt?</translation>
    </message>
    <message>
        <source>This is the recovery time objective (RTO): hours allow restoring by hand, minutes need a standby kept running, none means running in two places at once.</source>
        <translation>Das ist das Recovery Time Objective (RTO): Stunden erlauben eine Wiederherstellung von Hand, Minuten brauchen eine laufende Reserve, keine Ausfallzeit heißt, an zwei Orten zugleich zu laufen.</translation>
    </message>
    <message>
        <source>What is the most sensitive data the system holds?</source>
        <translation>Was sind die sensibelsten Daten, die das System hält?</translation>
    </message>
    <message>
        <source>The classification decides encryption, who may see the data, what is logged about access and whether the data may leave the company.</source>
        <translation>Die Einstufung entscheidet über Verschlüsselung, wer die Daten sehen darf, was über Zugriffe protokolliert wird und ob die Daten das Unternehmen verlassen dürfen.</translation>
    </message>
    <message>
        <source>Who must control the encryption keys?</source>
        <translation>Wer muss die Schlüssel der Verschlüsselung kontrollieren?</translation>
    </message>
    <message>
        <source>Customer-managed keys in a key management service can be revoked and their use audited; provider-managed keys need no work; keys held outside the cloud need a hardware module of your own.</source>
        <translation>Kundenverwaltete Schlüssel in einem Schlüsselverwaltungsdienst lassen sich widerrufen und ihre Nutzung prüfen; anbieterverwaltete Schlüssel machen keine Arbeit; Schlüssel außerhalb der Cloud brauchen ein eigenes Hardwaremodul.</translation>
    </message>
    <message>
        <source>How often must the system pass a security audit or penetration test?</source>
        <translation>Wie oft muss das System ein Sicherheitsaudit oder einen Penetrationstest bestehen?</translation>
    </message>
    <message>
        <source>Audits and penetration tests need an environment like production, logs that can be shown, and time planned before releases.</source>
        <translation>Audits und Penetrationstests brauchen eine Umgebung wie die Produktion, vorzeigbare Protokolle und eingeplante Zeit vor Releases.</translation>
    </message>
    <message>
        <source>What must protect the public entry points (web application firewall, DDoS protection, bot and rate limits)?</source>
        <translation>Was muss die öffentlichen Zugänge schützen (Web Application Firewall, DDoS-Schutz, Bot- und Ratenbegrenzung)?</translation>
    </message>
    <message>
        <source>Protection at the edge stops attacks before they reach the services; the drawing shows whether a WAF is in front of every entry point.</source>
        <translation>Schutz am Rand stoppt Angriffe, bevor sie die Dienste erreichen; die Zeichnung zeigt, ob vor jedem Zugang eine WAF steht.</translation>
    </message>
    <message>
        <source>What must wake someone up at night, and what can wait until working hours?</source>
        <translation>Was muss nachts jemanden wecken, und was kann bis zur Arbeitszeit warten?</translation>
    </message>
    <message>
        <source>Only alerts that need action now should page; paging for everything causes alert fatigue, and the real problem gets missed.</source>
        <translation>Nur Alarme, die sofortiges Handeln brauchen, sollten jemanden rufen; wer für alles gerufen wird, stumpft ab und übersieht das echte Problem.</translation>
    </message>
    <message>
        <source>How often is the system load-tested at the expected peak?</source>
        <translation>Wie oft wird das System bei der erwarteten Spitze unter Last getestet?</translation>
    </message>
    <message>
        <source>A load test at the peak shows whether the sizing holds and which part gives way first.</source>
        <translation>Ein Lasttest bei der Spitze zeigt, ob die Dimensionierung hält und welcher Teil zuerst nachgibt.</translation>
    </message>
    <message>
        <source>How often are restores and failovers rehearsed (disaster recovery drills)?</source>
        <translation>Wie oft werden Wiederherstellung und Umschaltung geübt (Notfallübungen)?</translation>
    </message>
    <message>
        <source>A backup never restored and a failover never tried prove nothing: drills show the recovery times are real.</source>
        <translation>Eine nie zurückgespielte Sicherung und eine nie versuchte Umschaltung beweisen nichts: Übungen zeigen, dass die Wiederherstellungszeiten echt sind.</translation>
    </message>
    <message>
        <source>How are new versions released?</source>
        <translation>Wie werden neue Versionen ausgerollt?</translation>
    </message>
    <message>
        <source>Canary and blue-green releases limit the harm of a bad version; recreating everything at once means downtime at each release.</source>
        <translation>Canary- und Blue-Green-Releases begrenzen den Schaden einer schlechten Version; alles auf einmal neu zu erstellen bedeutet bei jedem Release eine Ausfallzeit.</translation>
    </message>
    <message>
        <source>How fast must a bad release be rolled back?</source>
        <translation>Wie schnell muss ein schlechtes Release zurückgenommen werden?</translation>
    </message>
    <message>
        <source>The rollback time is the longest a bad release hurts users; it decides whether the old version stays deployed and how database changes are made.</source>
        <translation>Die Zeit bis zur Rücknahme ist die längste Zeit, die ein schlechtes Release Nutzern schadet; sie entscheidet, ob die alte Version bereitsteht und wie Datenbankänderungen gemacht werden.</translation>
    </message>
    <message>
        <source>When the system was down for longer than agreed, should new features wait until it is reliable again?</source>
        <translation>Wenn das System länger als vereinbart ausgefallen war: Sollen neue Funktionen warten, bis es wieder zuverlässig ist?</translation>
    </message>
    <message>
        <source>An error budget policy agrees in advance what happens when availability falls below its goal, so it is not argued about during an incident.</source>
        <translation>Eine Error-Budget-Regel legt vorab fest, was passiert, wenn die Verfügbarkeit unter ihr Ziel fällt, damit darüber nicht während eines Vorfalls gestritten wird.</translation>
    </message>
    <message>
        <source>All questions</source>
        <translation>Alle Fragen</translation>
    </message>
    <message>
        <source>Product owner edition</source>
        <translation>Ausgabe für den Product Owner</translation>
    </message>
    <message>
        <source>Engineering worksheet</source>
        <translation>Arbeitsblatt für die Technik</translation>
    </message>
    <message>
        <source>the whole system</source>
        <translation>das ganze System</translation>
    </message>
    <message>
        <source>nothing drawn yet</source>
        <translation>noch nichts gezeichnet</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
</context>
<context>
    <name>QuestionnaireExporter</name>
    <message>
        <source>%1 questions to answer</source>
        <translation>%1 zu beantwortende Fragen</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Peak req/s</source>
        <translation>Spitze Anfr./s</translation>
    </message>
    <message>
        <source>CPU time per request</source>
        <translation>CPU-Zeit pro Anfrage</translation>
    </message>
    <message>
        <source>CPUs busy at peak</source>
        <translation>Ausgelastete CPUs zur Spitze</translation>
    </message>
    <message>
        <source>Per replica</source>
        <translation>Pro Replika</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Zonen</translation>
    </message>
    <message>
        <source>Replicas needed at peak</source>
        <translation>Nötige Replikas zur Spitze</translation>
    </message>
    <message>
        <source>Suggested range</source>
        <translation>Vorgeschlagener Bereich</translation>
    </message>
    <message>
        <source> (from its queues)</source>
        <translation> (aus ihren Queues)</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source> (assumed)</source>
        <translation> (angenommen)</translation>
    </message>
    <message>
        <source>serverless</source>
        <translation>serverless</translation>
    </message>
    <message>
        <source>%1 concurrent executions</source>
        <translation>%1 gleichzeitige Ausführungen</translation>
    </message>
    <message>
        <source>%1 CPU at %2 %</source>
        <translation>%1 CPU bei %2 %</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Data store</source>
        <translation>Datenspeicher</translation>
    </message>
    <message>
        <source>Size now</source>
        <translation>Größe heute</translation>
    </message>
    <message>
        <source>Growth per month</source>
        <translation>Wachstum pro Monat</translation>
    </message>
    <message>
        <source>Provisioned</source>
        <translation>Bereitgestellt</translation>
    </message>
    <message>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <source>not answered (0)</source>
        <translation>nicht beantwortet (0)</translation>
    </message>
    <message>
        <source>grows as needed</source>
        <translation>wächst nach Bedarf</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Each request that reaches a service keeps one CPU busy for its CPU time; replicas are spread evenly over the zones, and the suggested maximum still carries the peak after the fullest zone is lost. Unanswered CPU times count as %1 ms; where no availability zones are drawn, %2 are assumed.</source>
        <translation>Jede Anfrage, die einen Service erreicht, belegt eine CPU für ihre CPU-Zeit; Replikas werden gleichmäßig auf die Zonen verteilt, und das vorgeschlagene Maximum trägt die Spitzenlast auch nach Verlust der am stärksten belegten Zone. Unbeantwortete CPU-Zeiten zählen als %1 ms; wo keine Verfügbarkeitszonen gezeichnet sind, werden %2 angenommen.</translation>
    </message>
    <message>
        <source>**%1.** </source>
        <translation>**%1.** </translation>
    </message>
    <message>
        <source>Please answer what you can before the workshop; a rough number with a note beats no number. &quot;Why we ask&quot; says what each answer decides.

</source>
        <translation>Bitte beantworten Sie vor dem Workshop, was Sie können; eine grobe Zahl mit Notiz ist besser als keine Zahl. „Warum wir fragen“ sagt, was jede Antwort entscheidet.

</translation>
    </message>
    <message>
        <source>Open questions are marked **open** and listed again at the end.

</source>
        <translation>Offene Fragen sind mit **offen** markiert und am Ende noch einmal aufgeführt.

</translation>
    </message>
    <message>
        <source>- Answer: **%1**
</source>
        <translation>- Antwort: **%1**
</translation>
    </message>
    <message>
        <source>- Answer (%1): ______________________________
</source>
        <translation>- Antwort (%1): ______________________________
</translation>
    </message>
    <message>
        <source>- Answer: **open** (%1)
</source>
        <translation>- Antwort: **offen** (%1)
</translation>
    </message>
    <message>
        <source>- Stored answer does not fit: %1
</source>
        <translation>- Gespeicherte Antwort passt nicht: %1
</translation>
    </message>
    <message>
        <source>- Note: %1
</source>
        <translation>- Notiz: %1
</translation>
    </message>
    <message>
        <source>- Why we ask: %1
</source>
        <translation>- Warum wir fragen: %1
</translation>
    </message>
    <message>
        <source>## Capacity estimate

</source>
        <translation>## Kapazitätsschätzung

</translation>
    </message>
    <message>
        <source>Peak load from the answers: **%1 requests per second**.

</source>
        <translation>Spitzenlast laut Antworten: **%1 Anfragen pro Sekunde**.

</translation>
    </message>
    <message>
        <source>No peak load yet: answer %1.

</source>
        <translation>Noch keine Spitzenlast: beantworten Sie %1.

</translation>
    </message>
    <message>
        <source>### Where the design does not meet the answers

</source>
        <translation>### Wo der Entwurf den Antworten nicht entspricht

</translation>
    </message>
    <message>
        <source>### Suggested changes

</source>
        <translation>### Vorgeschlagene Änderungen

</translation>
    </message>
    <message>
        <source>## Open questions (%1)

</source>
        <translation>## Offene Fragen (%1)

</translation>
    </message>
    <message>
        <source>None: every question is answered.

</source>
        <translation>Keine: Alle Fragen sind beantwortet.

</translation>
    </message>
    <message>
        <source>## Orphaned answers

Kept in the design; their question is no longer asked.

</source>
        <translation>## Verwaiste Antworten

Im Entwurf aufbewahrt; ihre Frage wird nicht mehr gestellt.

</translation>
    </message>
    <message>
        <source>Requirements questionnaire: %1</source>
        <translation>Anforderungsfragebogen: %1</translation>
    </message>
    <message>
        <source>Please answer what you can before the workshop; a rough number with a note beats no number. &quot;Why we ask&quot; says what each answer decides.</source>
        <translation>Bitte beantworten Sie vor dem Workshop, was Sie können; eine grobe Zahl mit Notiz ist besser als keine Zahl. „Warum wir fragen“ sagt, was jede Antwort entscheidet.</translation>
    </message>
    <message>
        <source>Open questions are highlighted and listed again at the end.</source>
        <translation>Offene Fragen sind hervorgehoben und am Ende noch einmal aufgeführt.</translation>
    </message>
    <message>
        <source>The design: %1</source>
        <translation>Der Entwurf: %1</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Antwort:</translation>
    </message>
    <message>
        <source>Answer (%1):</source>
        <translation>Antwort (%1):</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Stored answer does not fit: %1</source>
        <translation>Gespeicherte Antwort passt nicht: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <source>Why we ask: %1</source>
        <translation>Warum wir fragen: %1</translation>
    </message>
    <message>
        <source>Capacity estimate</source>
        <translation>Kapazitätsschätzung</translation>
    </message>
    <message>
        <source>Peak load from the answers: %1 requests per second.</source>
        <translation>Spitzenlast laut Antworten: %1 Anfragen pro Sekunde.</translation>
    </message>
    <message>
        <source>No peak load yet: answer %1.</source>
        <translation>Noch keine Spitzenlast: beantworten Sie %1.</translation>
    </message>
    <message>
        <source>Where the design does not meet the answers</source>
        <translation>Wo der Entwurf den Antworten nicht entspricht</translation>
    </message>
    <message>
        <source>Suggested changes</source>
        <translation>Vorgeschlagene Änderungen</translation>
    </message>
    <message>
        <source>Open questions (%1)</source>
        <translation>Offene Fragen (%1)</translation>
    </message>
    <message>
        <source>None: every question is answered.</source>
        <translation>Keine: Alle Fragen sind beantwortet.</translation>
    </message>
    <message>
        <source>Orphaned answers</source>
        <translation>Verwaiste Antworten</translation>
    </message>
    <message>
        <source>Kept in the design; their question is no longer asked.</source>
        <translation>Im Entwurf aufbewahrt; ihre Frage wird nicht mehr gestellt.</translation>
    </message>
    <message>
        <source>Requirements questionnaire</source>
        <translation>Anforderungsfragebogen</translation>
    </message>
    <message>
        <source>Output format</source>
        <translation>Ausgabeformat</translation>
    </message>
    <message>
        <source>Leave the answers out, to send before a workshop</source>
        <translation>Antworten weglassen, um den Fragebogen vor einem Workshop zu verschicken</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; choose md, html, answers or answers-json</source>
        <translation>unbekanntes Format &apos;%1&apos;; wählen Sie md, html, answers oder answers-json</translation>
    </message>
    <message>
        <source>answer &apos;%1&apos; is orphaned: %2</source>
        <translation>Antwort &apos;%1&apos; ist verwaist: %2</translation>
    </message>
    <message>
        <source>%1 today, %2 at %3 months</source>
        <translation>%1 heute, %2 nach %3 Monaten</translation>
    </message>
    <message>
        <source> (answered)</source>
        <translation> (beantwortet)</translation>
    </message>
    <message>
        <source>on its schedule</source>
        <translation>nach Zeitplan</translation>
    </message>
    <message>
        <source>0 (nothing reaches it)</source>
        <translation>0 (nichts erreicht es)</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>At the horizon</source>
        <translation>Am Horizont</translation>
    </message>
    <message>
        <source>%1 GiB after %2 months</source>
        <translation>%1 GiB nach %2 Monaten</translation>
    </message>
    <message>
        <source>### How each figure follows

</source>
        <translation>### Wie jede Zahl zustande kommt

</translation>
    </message>
    <message>
        <source>How each figure follows</source>
        <translation>Wie jede Zahl zustande kommt</translation>
    </message>
    <message>
        <source>Questions for the product owner: %1</source>
        <translation>Fragen an den Product Owner: %1</translation>
    </message>
    <message>
        <source>Engineering worksheet: %1</source>
        <translation>Arbeitsblatt für die Technik: %1</translation>
    </message>
    <message>
        <source>as for %1</source>
        <translation>wie bei %1</translation>
    </message>
    <message>
        <source>- Note: ______________________________
</source>
        <translation>- Notiz: ______________________________
</translation>
    </message>
    <message>
        <source>- Affects in the drawing: %1
</source>
        <translation>- Betrifft in der Zeichnung: %1
</translation>
    </message>
    <message>
        <source>- Id: `%1`
</source>
        <translation>- Id: `%1`
</translation>
    </message>
    <message>
        <source>Affects in the drawing: %1</source>
        <translation>Betrifft in der Zeichnung: %1</translation>
    </message>
    <message>
        <source>Questions for a workshop with the answers, capacity estimate and open questions (Markdown, HTML, PDF or an answers file), for everyone, the product owner or the engineers.</source>
        <translation>Fragen für einen Workshop mit den Antworten, Kapazitätsschätzung und offenen Fragen (Markdown, HTML, PDF oder eine Antwortdatei), für alle, den Product Owner oder die Technik.</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Print the design&apos;s description (internal notes) in the product owner edition too</source>
        <translation>Die Beschreibung des Entwurfs (interne Notizen) auch in der Ausgabe für den Product Owner drucken</translation>
    </message>
    <message>
        <source>unknown edition &apos;%1&apos;; choose full, product-owner or engineering</source>
        <translation>unbekannte Ausgabe &apos;%1&apos;; wählen Sie full, product-owner oder engineering</translation>
    </message>
</context>
<context>
    <name>SourceNode</name>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>ein Wert</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>ein Mapping</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>Verschachtelung tiefer als %1 Ebenen</translation>
    </message>
    <message>
        <source>a key is empty</source>
        <translation>ein Schlüssel ist leer</translation>
    </message>
    <message>
        <source>the key &apos;%1&apos; appears twice</source>
        <translation>der Schlüssel &apos;%1&apos; kommt doppelt vor</translation>
    </message>
    <message>
        <source>a key must be plain text, not a list or mapping</source>
        <translation>ein Schlüssel muss einfacher Text sein, keine Liste und kein Mapping</translation>
    </message>
    <message>
        <source>YAML aliases (*name) are not supported in design files</source>
        <translation>YAML-Aliase (*name) werden in Entwurfsdateien nicht unterstützt</translation>
    </message>
    <message>
        <source>the file holds more than one YAML document</source>
        <translation>die Datei enthält mehr als ein YAML-Dokument</translation>
    </message>
    <message>
        <source>an alias refers to an anchor that is not defined before it</source>
        <translation>ein Alias verweist auf einen Anker, der nicht vorher definiert ist</translation>
    </message>
    <message>
        <source>YAML aliases expand to more than %1 nodes</source>
        <translation>YAML-Aliase erweitern sich zu mehr als %1 Knoten</translation>
    </message>
    <message>
        <source>the file holds more than %L1 values; files that large are refused (a design of 10,000 components has about %L2)</source>
        <translation>die Datei enthält mehr als %L1 Werte; so große Dateien werden abgelehnt (ein Entwurf mit 10.000 Komponenten hat etwa %L2)</translation>
    </message>
    <message>
        <source>the merge key &apos;&lt;&lt;&apos; needs a mapping or a list of mappings</source>
        <translation>der Merge-Schlüssel &apos;&lt;&lt;&apos; braucht eine Zuordnung oder eine Liste von Zuordnungen</translation>
    </message>
    <message>
        <source>a list or mapping holds more than %L1 items; files that large are refused (a design of 10,000 components has about %L2 in its largest list)</source>
        <translation>eine Liste oder Zuordnung enthält mehr als %L1 Einträge; so große Dateien werden abgelehnt (ein Entwurf mit 10.000 Komponenten hat in seiner längsten Liste etwa %L2)</translation>
    </message>
</context>
<context>
    <name>Terraform</name>
    <message>
        <source>Terraform</source>
        <translation>Terraform</translation>
    </message>
    <message>
        <source>Starter Terraform for AWS, Google Cloud and Azure, secure by default.</source>
        <translation>Terraform-Grundgerüst für AWS, Google Cloud und Azure, standardmäßig sicher.</translation>
    </message>
    <message>
        <source>Which provider to export; &apos;all&apos; writes one folder per provider the design uses</source>
        <translation>Welcher Anbieter exportiert wird; &apos;all&apos; schreibt einen Ordner je Anbieter, den der Entwurf verwendet</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n connection(s)</source>
        <translation>
            <numerusform>%n Verbindung löschen</numerusform>
            <numerusform>%n Verbindungen löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>%n Element löschen</numerusform>
            <numerusform>%n Elemente löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Resize %1</source>
        <translation>Größe von %1 ändern</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>%1 von %2 ändern</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>%1 umbenennen</translation>
    </message>
    <message numerus="yes">
        <source>Pin %n component(s)</source>
        <translation>
            <numerusform>%n Komponente fixieren</numerusform>
            <numerusform>%n Komponenten fixieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unpin %n component(s)</source>
        <translation>
            <numerusform>Fixierung von %n Komponente lösen</numerusform>
            <numerusform>Fixierung von %n Komponenten lösen</numerusform>
        </translation>
    </message>
    <message>
        <source>Change connection %1</source>
        <translation>Verbindung %1 ändern</translation>
    </message>
    <message>
        <source>Change design name or description</source>
        <translation>Entwurfsname oder -beschreibung ändern</translation>
    </message>
    <message>
        <source>Answer %1</source>
        <translation>%1 beantworten</translation>
    </message>
    <message>
        <source>Clear answer %1</source>
        <translation>Antwort %1 löschen</translation>
    </message>
    <message>
        <source>Accept finding %1</source>
        <translation>Befund %1 akzeptieren</translation>
    </message>
    <message>
        <source>Reopen finding %1</source>
        <translation>Befund %1 wieder öffnen</translation>
    </message>
    <message>
        <source>Bring to Front</source>
        <translation>In den Vordergrund</translation>
    </message>
    <message>
        <source>Send to Back</source>
        <translation>In den Hintergrund</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>Change the colour of %n note(s)</source>
        <translation>
            <numerusform>Farbe von %n Notiz ändern</numerusform>
            <numerusform>Farbe von %n Notizen ändern</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>See docs/validation.md for what triggers it and how to fix it.</source>
        <translation>Siehe docs/validation.md: wodurch der Befund ausgelöst wird und wie er sich beheben lässt.</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Behebung: %1</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings, %3 info, %4 accepted</source>
        <translation>%1 Fehler, %2 Warnungen, %3 Info, %4 akzeptiert</translation>
    </message>
    <message>
        <source>accepted %1</source>
        <translation>%1 akzeptiert</translation>
    </message>
    <message>
        <source>why:</source>
        <translation>warum:</translation>
    </message>
    <message>
        <source>fix:</source>
        <translation>Behebung:</translation>
    </message>
    <message>
        <source>accepted:</source>
        <translation>akzeptiert:</translation>
    </message>
    <message>
        <source>%1: %2
</source>
        <translation>%1: %2
</translation>
    </message>
    <message>
        <source>Validation of %1</source>
        <translation>Validierung von %1</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <source> (accepted)</source>
        <translation> (akzeptiert)</translation>
    </message>
    <message>
        <source>Accepted: %1</source>
        <translation>Akzeptiert: %1</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Single instance on a path from an entry point</source>
        <translation>Einzelne Instanz auf einem Pfad von einem Einstiegspunkt</translation>
    </message>
    <message>
        <source>Replicated service without a load balancer in front</source>
        <translation>Replizierter Dienst ohne vorgeschalteten Load Balancer</translation>
    </message>
    <message>
        <source>One single-zone load balancer, gateway or queue on every path</source>
        <translation>Ein einzelner Load Balancer, ein Gateway oder eine Queue in nur einer Zone auf jedem Pfad</translation>
    </message>
    <message>
        <source>Quorum system with fewer than 3 or an even number of members</source>
        <translation>Quorum-System mit weniger als 3 oder einer geraden Anzahl von Mitgliedern</translation>
    </message>
    <message>
        <source>All replicas in one availability zone</source>
        <translation>Alle Replikas in einer Verfügbarkeitszone</translation>
    </message>
    <message>
        <source>Losing one availability zone breaks an entry point</source>
        <translation>Der Ausfall einer Verfügbarkeitszone legt einen Einstiegspunkt lahm</translation>
    </message>
    <message>
        <source>Everything in one region</source>
        <translation>Alles in einer Region</translation>
    </message>
    <message>
        <source>Losing one region breaks an entry point</source>
        <translation>Der Ausfall einer Region legt einen Einstiegspunkt lahm</translation>
    </message>
    <message>
        <source>Everything with one provider</source>
        <translation>Alles bei einem Anbieter</translation>
    </message>
    <message>
        <source>Losing one provider breaks an entry point</source>
        <translation>Der Ausfall eines Anbieters legt einen Einstiegspunkt lahm</translation>
    </message>
    <message>
        <source>Database without a standby or multi-AZ</source>
        <translation>Datenbank ohne Standby oder Multi-AZ</translation>
    </message>
    <message>
        <source>Backups turned off</source>
        <translation>Backups ausgeschaltet</translation>
    </message>
    <message>
        <source>Backups kept for less than 7 days</source>
        <translation>Backups werden kürzer als 7 Tage aufbewahrt</translation>
    </message>
    <message>
        <source>No cross-region copy although a region-level RPO/RTO is required</source>
        <translation>Keine regionsübergreifende Kopie, obwohl ein RPO/RTO auf Regionsebene gefordert ist</translation>
    </message>
    <message>
        <source>Stateful service scaled out without shared or replicated state</source>
        <translation>Zustandsbehafteter Dienst horizontal skaliert ohne gemeinsamen oder replizierten Zustand</translation>
    </message>
    <message>
        <source>Object storage without versioning</source>
        <translation>Objektspeicher ohne Versionierung</translation>
    </message>
    <message>
        <source>Autoscaling minimum above maximum</source>
        <translation>Autoscaling-Minimum über dem Maximum</translation>
    </message>
    <message>
        <source>Autoscaling CPU target outside 1-100 %</source>
        <translation>Autoscaling-CPU-Ziel außerhalb von 1–100 %</translation>
    </message>
    <message>
        <source>Autoscaling without a CPU request</source>
        <translation>Autoscaling ohne CPU-Request</translation>
    </message>
    <message>
        <source>Maximum replicas below the expected peak</source>
        <translation>Maximale Replikas unter der erwarteten Spitzenlast</translation>
    </message>
    <message>
        <source>Service without metrics or logs</source>
        <translation>Dienst ohne Metriken oder Logs</translation>
    </message>
    <message>
        <source>No alert routing</source>
        <translation>Kein Alarm-Routing</translation>
    </message>
    <message>
        <source>Public entry without a WAF</source>
        <translation>Öffentlicher Zugang ohne WAF</translation>
    </message>
    <message>
        <source>Data store reachable from outside</source>
        <translation>Datenspeicher von außen erreichbar</translation>
    </message>
    <message>
        <source>Data stored unencrypted</source>
        <translation>Daten unverschlüsselt gespeichert</translation>
    </message>
    <message>
        <source>Secret in a plain property</source>
        <translation>Secret in einer einfachen Eigenschaft</translation>
    </message>
    <message>
        <source>Synchronous call cycle</source>
        <translation>Zyklus synchroner Aufrufe</translation>
    </message>
    <message>
        <source>Queue without a producer</source>
        <translation>Queue ohne Producer</translation>
    </message>
    <message>
        <source>Queue without a consumer</source>
        <translation>Queue ohne Consumer</translation>
    </message>
    <message>
        <source>Unconnected component</source>
        <translation>Nicht verbundene Komponente</translation>
    </message>
    <message>
        <source>Deep synchronous call chain without a queue</source>
        <translation>Tiefe synchrone Aufrufkette ohne Queue</translation>
    </message>
    <message>
        <source>%1 has no standby: one instance, multi-AZ off.</source>
        <translation>%1 hat keinen Standby: eine Instanz, Multi-AZ aus.</translation>
    </message>
    <message>
        <source>When its instance or zone fails, everything that reads or writes it stops, and data written since the last backup can be lost.</source>
        <translation>Fällt ihre Instanz oder Zone aus, steht alles still, was darauf liest oder schreibt, und seit dem letzten Backup geschriebene Daten können verloren gehen.</translation>
    </message>
    <message>
        <source>Enable multi-AZ on %1 (a synchronous standby in another zone with automatic failover).</source>
        <translation>Aktivieren Sie Multi-AZ für %1 (ein synchroner Standby in einer anderen Zone mit automatischem Failover).</translation>
    </message>
    <message>
        <source>%1 has backups turned off.</source>
        <translation>%1 hat Backups ausgeschaltet.</translation>
    </message>
    <message>
        <source>Without backups, a bad migration, a bug or a deleted table cannot be undone; replicas copy the damage.</source>
        <translation>Ohne Backups lassen sich eine fehlerhafte Migration, ein Bug oder eine gelöschte Tabelle nicht rückgängig machen; Replikas kopieren den Schaden mit.</translation>
    </message>
    <message>
        <source>Turn backups on for %1 with at least 7 days of retention.</source>
        <translation>Schalten Sie Backups für %1 mit mindestens 7 Tagen Aufbewahrung ein.</translation>
    </message>
    <message>
        <source>%1 keeps backups for %2 days.</source>
        <translation>%1 bewahrt Backups %2 Tage lang auf.</translation>
    </message>
    <message>
        <source>Problems are often noticed days later (a silent corruption, a Monday after a long weekend); short retention has already deleted the good copy.</source>
        <translation>Probleme fallen oft erst Tage später auf (eine stille Datenbeschädigung, ein Montag nach einem langen Wochenende); eine kurze Aufbewahrung hat die gute Kopie dann schon gelöscht.</translation>
    </message>
    <message>
        <source>Keep backups of %1 for at least 7 days (backupRetentionDays: 7 or more).</source>
        <translation>Bewahren Sie Backups von %1 mindestens 7 Tage auf (backupRetentionDays: 7 oder mehr).</translation>
    </message>
    <message>
        <source>%1 has no copy in another region, but the questionnaire sets a recovery objective for the loss of a region.</source>
        <translation>%1 hat keine Kopie in einer anderen Region, aber der Fragebogen legt ein Wiederherstellungsziel für den Verlust einer Region fest.</translation>
    </message>
    <message>
        <source>When the region is lost, the data is lost or unreachable with it, so the region-level RPO and RTO cannot be met.</source>
        <translation>Geht die Region verloren, sind die Daten mit ihr verloren oder unerreichbar; RPO und RTO auf Regionsebene lassen sich so nicht einhalten.</translation>
    </message>
    <message>
        <source>Enable a cross-region replica for %1 and name the replica region.</source>
        <translation>Aktivieren Sie ein regionsübergreifendes Replika für %1 und geben Sie die Region des Replikas an.</translation>
    </message>
    <message>
        <source>%1 keeps state in memory or on local disk but runs %2 replicas.</source>
        <translation>%1 hält Zustand im Speicher oder auf der lokalen Festplatte, läuft aber mit %2 Replikas.</translation>
    </message>
    <message>
        <source>Each replica sees only its own state: requests routed to another replica lose the session, and a failed replica loses its state.</source>
        <translation>Jedes Replika sieht nur seinen eigenen Zustand: Anfragen, die zu einem anderen Replika geleitet werden, verlieren die Sitzung, und ein ausgefallenes Replika verliert seinen Zustand.</translation>
    </message>
    <message>
        <source>Move the state of %1 to a shared store (a cache or database) and mark it as shared state, or replicate it.</source>
        <translation>Verlagern Sie den Zustand von %1 in einen gemeinsamen Speicher (einen Cache oder eine Datenbank) und kennzeichnen Sie ihn als gemeinsamen Zustand, oder replizieren Sie ihn.</translation>
    </message>
    <message>
        <source>%1 keeps no earlier versions of objects.</source>
        <translation>%1 bewahrt keine früheren Versionen von Objekten auf.</translation>
    </message>
    <message>
        <source>An overwrite or delete, by mistake or by ransomware, cannot be undone.</source>
        <translation>Ein Überschreiben oder Löschen, ob versehentlich oder durch Ransomware, lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Enable versioning on %1 (with a lifecycle rule that expires old versions).</source>
        <translation>Aktivieren Sie die Versionierung für %1 (mit einer Lifecycle-Regel, die alte Versionen ablaufen lässt).</translation>
    </message>
    <message>
        <source>%1 call each other synchronously in a cycle.</source>
        <translation>%1 rufen sich synchron im Kreis auf.</translation>
    </message>
    <message>
        <source>A synchronous cycle can deadlock or recurse without end, and one slow member stalls all of them; none can be deployed or fail on its own.</source>
        <translation>Ein synchroner Zyklus kann blockieren oder endlos rekursiv laufen, und ein langsames Mitglied bremst alle aus; keines kann für sich allein deployt werden oder ausfallen.</translation>
    </message>
    <message>
        <source>Break the cycle: make one of the calls asynchronous (through a queue), or move the shared logic into one service.</source>
        <translation>Brechen Sie den Zyklus auf: Machen Sie einen der Aufrufe asynchron (über eine Queue), oder verlagern Sie die gemeinsame Logik in einen Service.</translation>
    </message>
    <message>
        <source>%1 services call each other synchronously in one chain: %2.</source>
        <translation>%1 Services rufen sich synchron in einer Kette auf: %2.</translation>
    </message>
    <message>
        <source>Latencies add up and availabilities multiply along a synchronous chain: five services at 99.9 % give 99.5 %, and one slow service stalls every caller above it.</source>
        <translation>Entlang einer synchronen Kette addieren sich Latenzen und multiplizieren sich Verfügbarkeiten: fünf Services mit je 99,9 % ergeben 99,5 %, und ein langsamer Service bremst jeden Aufrufer über ihm aus.</translation>
    </message>
    <message>
        <source>Put a queue or event stream where the caller does not need the answer at once (e.g. before %1), or merge services that always change together.</source>
        <translation>Setzen Sie eine Queue oder einen Event-Stream dort ein, wo der Aufrufer die Antwort nicht sofort braucht (z. B. vor %1), oder führen Sie Services zusammen, die sich immer gemeinsam ändern.</translation>
    </message>
    <message>
        <source>%1 has no connections.</source>
        <translation>%1 hat keine Verbindungen.</translation>
    </message>
    <message>
        <source>Nothing calls it and it calls nothing: either a dependency is missing from the design (and from its analysis), or the component is not needed.</source>
        <translation>Nichts ruft sie auf und sie ruft nichts auf: Entweder fehlt eine Abhängigkeit im Entwurf (und in seiner Analyse), oder die Komponente wird nicht gebraucht.</translation>
    </message>
    <message>
        <source>Connect %1 to what calls it and what it needs, or remove it.</source>
        <translation>Verbinden Sie %1 mit dem, was sie aufruft, und dem, was sie braucht, oder entfernen Sie sie.</translation>
    </message>
    <message>
        <source>Nothing sends messages to %1.</source>
        <translation>Nichts sendet Nachrichten an %1.</translation>
    </message>
    <message>
        <source>A queue without a producer stays empty; its consumers wait for work that never comes.</source>
        <translation>Eine Queue ohne Producer bleibt leer; ihre Consumer warten auf Arbeit, die nie kommt.</translation>
    </message>
    <message>
        <source>Connect the component that publishes to %1 (producer -&gt; queue).</source>
        <translation>Verbinden Sie die Komponente, die in %1 veröffentlicht (Producer -&gt; Queue).</translation>
    </message>
    <message>
        <source>Nothing consumes the messages of %1.</source>
        <translation>Nichts konsumiert die Nachrichten von %1.</translation>
    </message>
    <message>
        <source>Messages pile up until the retention limit and are then dropped: the work is lost.</source>
        <translation>Nachrichten stauen sich bis zur Aufbewahrungsgrenze und werden dann verworfen: Die Arbeit geht verloren.</translation>
    </message>
    <message>
        <source>Connect the consumer of %1 (queue -&gt; consumer).</source>
        <translation>Verbinden Sie den Consumer von %1 (Queue -&gt; Consumer).</translation>
    </message>
    <message>
        <source>metrics or logs</source>
        <translation>Metriken oder Logs</translation>
    </message>
    <message>
        <source>metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <source>logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <source>%1 sends no %2 anywhere.</source>
        <translation>%1 sendet nirgendwohin %2.</translation>
    </message>
    <message>
        <source>Without metrics nobody sees it degrade; without logs nobody can tell why it failed.</source>
        <translation>Ohne Metriken sieht niemand, wie sie schlechter wird; ohne Logs kann niemand sagen, warum sie ausgefallen ist.</translation>
    </message>
    <message>
        <source>No alerting component: problems page nobody.</source>
        <translation>Keine Alerting-Komponente: Bei Problemen wird niemand alarmiert.</translation>
    </message>
    <message>
        <source>%1 receives nothing from a metrics, logging or APM component.</source>
        <translation>%1 erhält nichts von einer Metrik-, Logging- oder APM-Komponente.</translation>
    </message>
    <message>
        <source>Metrics and logs only help when someone is told; without alert routing, users report the outage first.</source>
        <translation>Metriken und Logs helfen nur, wenn jemand benachrichtigt wird; ohne Alert-Routing melden die Benutzer den Ausfall zuerst.</translation>
    </message>
    <message>
        <source>requests from %1</source>
        <translation>Anfragen von %1</translation>
    </message>
    <message>
        <source>%1 runs as %2 on the path of %3.</source>
        <translation>%1 läuft als %2 auf dem Pfad der %3.</translation>
    </message>
    <message>
        <source>Components lost with it: %1.</source>
        <translation>Komponenten, die mit ihr ausfallen: %1.</translation>
    </message>
    <message>
        <source>One instance fails alone: a crash, a host failure or a deploy takes it down, and every request that needs it fails with it.</source>
        <translation>Eine einzelne Instanz fällt allein aus: Ein Absturz, ein Host-Ausfall oder ein Deployment legt sie lahm, und jede Anfrage, die sie braucht, scheitert mit ihr.</translation>
    </message>
    <message>
        <source>Set replicas to at least 2 and place %1 in the region rather than in one zone, so its replicas spread over two or more availability zones.</source>
        <translation>Setzen Sie replicas auf mindestens 2 und platzieren Sie %1 in der Region statt in einer Zone, damit sich die Replikas auf zwei oder mehr Verfügbarkeitszonen verteilen.</translation>
    </message>
    <message>
        <source>Use the provider&apos;s managed service for %1, or run it as a cluster of three nodes over three availability zones.</source>
        <translation>Nutzen Sie den verwalteten Dienst des Anbieters für %1, oder betreiben Sie es als Cluster aus drei Knoten über drei Verfügbarkeitszonen.</translation>
    </message>
    <message>
        <source>%1 runs %2 replicas but %3 calls it directly, with no load balancer in front.</source>
        <translation>%1 läuft mit %2 Replikas, aber %3 ruft es direkt auf, ohne Load Balancer davor.</translation>
    </message>
    <message>
        <source>Without a load balancer, callers reach one fixed instance: the other replicas take no load and do not take over when that one fails.</source>
        <translation>Ohne Load Balancer erreichen Aufrufer eine feste Instanz: Die anderen Replikas übernehmen keine Last und springen nicht ein, wenn diese ausfällt.</translation>
    </message>
    <message>
        <source>Put a load balancer or an API gateway in front of %1 and route its callers through it.</source>
        <translation>Setzen Sie einen Load Balancer oder ein API-Gateway vor %1 und leiten Sie seine Aufrufer darüber.</translation>
    </message>
    <message>
        <source>Every path from the entry points to %1 components passes through %2, which is %3.</source>
        <translation>Jeder Pfad von den Einstiegspunkten zu %1 Komponenten führt über %2, und das ist %3.</translation>
    </message>
    <message>
        <source>A choke point that lives in one availability zone takes everything behind it down when that zone fails.</source>
        <translation>Ein Engpass, der in einer einzigen Verfügbarkeitszone liegt, reißt alles hinter sich mit, wenn diese Zone ausfällt.</translation>
    </message>
    <message>
        <source>Enable multi-AZ on %1.</source>
        <translation>Aktivieren Sie Multi-AZ für %1.</translation>
    </message>
    <message>
        <source>Run %1 in two or more availability zones.</source>
        <translation>Betreiben Sie %1 in zwei oder mehr Verfügbarkeitszonen.</translation>
    </message>
    <message>
        <source>%1 is a quorum system with %2 members.</source>
        <translation>%1 ist ein Quorum-System mit %2 Mitgliedern.</translation>
    </message>
    <message>
        <source>A quorum needs a majority: with fewer than 3 members, losing one stops writes.</source>
        <translation>Ein Quorum braucht eine Mehrheit: Bei weniger als 3 Mitgliedern stoppt der Verlust eines einzigen die Schreibvorgänge.</translation>
    </message>
    <message>
        <source>An even number of members tolerates no more failures than one member fewer, and can split into two equal halves with no majority.</source>
        <translation>Eine gerade Anzahl von Mitgliedern toleriert nicht mehr Ausfälle als ein Mitglied weniger und kann in zwei gleich große Hälften ohne Mehrheit zerfallen.</translation>
    </message>
    <message>
        <source>Run %1 members (replicas: %1), one per availability zone.</source>
        <translation>Betreiben Sie %1 Mitglieder (replicas: %1), eines pro Verfügbarkeitszone.</translation>
    </message>
    <message>
        <source>%1 autoscales from %2 to %3 replicas: the minimum is above the maximum.</source>
        <translation>%1 skaliert automatisch von %2 bis %3 Replikas: Das Minimum liegt über dem Maximum.</translation>
    </message>
    <message>
        <source>The autoscaler refuses such bounds, or pins the service to one of them.</source>
        <translation>Der Autoscaler lehnt solche Grenzen ab oder hält den Service fest auf einer von ihnen.</translation>
    </message>
    <message>
        <source>Set minReplicas of %1 at or below maxReplicas.</source>
        <translation>Setzen Sie minReplicas von %1 höchstens auf maxReplicas.</translation>
    </message>
    <message>
        <source>%1 autoscales at %2 % CPU.</source>
        <translation>%1 skaliert automatisch bei %2 % CPU.</translation>
    </message>
    <message>
        <source>A target outside 1-100 % never triggers scaling out (above 100) or scales out at once and never back (below 1).</source>
        <translation>Ein Zielwert außerhalb von 1–100 % löst nie eine Skalierung aus (über 100) oder skaliert sofort hoch und nie wieder zurück (unter 1).</translation>
    </message>
    <message>
        <source>Set cpuTarget of %1 between 50 and 80 %.</source>
        <translation>Setzen Sie cpuTarget von %1 auf einen Wert zwischen 50 und 80 %.</translation>
    </message>
    <message>
        <source>%1 autoscales on CPU but its CPU request is not set (the catalog default of %2 millicores would be used).</source>
        <translation>%1 skaliert automatisch nach CPU, aber sein CPU-Request ist nicht gesetzt (der Katalog-Standardwert von %2 Millicores würde verwendet).</translation>
    </message>
    <message>
        <source>Autoscaling measures CPU use against the request: a guessed request makes it scale too early or too late.</source>
        <translation>Autoscaling misst die CPU-Nutzung am Request: Ein geschätzter Request lässt zu früh oder zu spät skalieren.</translation>
    </message>
    <message>
        <source>Set cpuRequest of %1 to what one replica really needs.</source>
        <translation>Setzen Sie cpuRequest von %1 auf das, was ein Replika wirklich braucht.</translation>
    </message>
    <message>
        <source>At the peak, requests queue and time out once all replicas are busy.</source>
        <translation>In der Spitze stauen sich Anfragen und laufen in Timeouts, sobald alle Replikas ausgelastet sind.</translation>
    </message>
    <message>
        <source>Raise maxReplicas of %1 to at least %2.</source>
        <translation>Erhöhen Sie maxReplicas von %1 auf mindestens %2.</translation>
    </message>
    <message>
        <source>Run at least %2 replicas of %1, or enable autoscaling with that maximum.</source>
        <translation>Betreiben Sie mindestens %2 Replikas von %1, oder aktivieren Sie Autoscaling mit diesem Maximum.</translation>
    </message>
    <message>
        <source>%1 takes traffic from the internet with no WAF in front.</source>
        <translation>%1 nimmt Datenverkehr aus dem Internet an, ohne WAF davor.</translation>
    </message>
    <message>
        <source>Public endpoints are probed constantly; a WAF blocks injection, known exploits and abusive request rates before they reach the service.</source>
        <translation>Öffentliche Endpunkte werden ständig abgetastet; eine WAF blockiert Injections, bekannte Exploits und missbräuchliche Anfrageraten, bevor sie den Service erreichen.</translation>
    </message>
    <message>
        <source>Put a WAF in front of %1 and route the traffic sources through it.</source>
        <translation>Setzen Sie eine WAF vor %1 und leiten Sie die Datenverkehrsquellen darüber.</translation>
    </message>
    <message>
        <source>%1 is public: reachable from the internet.</source>
        <translation>%1 ist öffentlich: aus dem Internet erreichbar.</translation>
    </message>
    <message>
        <source>%1 is called directly by %2.</source>
        <translation>%1 wird direkt von %2 aufgerufen.</translation>
    </message>
    <message>
        <source>A data store reachable from outside is one leaked credential or one misconfiguration away from a data breach.</source>
        <translation>Ein von außen erreichbarer Datenspeicher ist nur ein geleaktes Zugangsdatum oder eine Fehlkonfiguration von einem Datenleck entfernt.</translation>
    </message>
    <message>
        <source>Make %1 private and reach it only through a service that checks who asks.</source>
        <translation>Machen Sie %1 privat und greifen Sie nur über einen Service darauf zu, der prüft, wer anfragt.</translation>
    </message>
    <message>
        <source>a private key</source>
        <translation>ein privater Schlüssel</translation>
    </message>
    <message>
        <source>an AWS access key</source>
        <translation>ein AWS-Zugriffsschlüssel</translation>
    </message>
    <message>
        <source>a password in a URL</source>
        <translation>ein Passwort in einer URL</translation>
    </message>
    <message>
        <source>a password assignment</source>
        <translation>eine Passwortzuweisung</translation>
    </message>
    <message>
        <source>a secret value</source>
        <translation>ein geheimer Wert</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 has what looks like a secret in plain properties: %2.</source>
        <translation>%1 enthält etwas, das in einfachen Eigenschaften wie ein Secret aussieht: %2.</translation>
    </message>
    <message>
        <source>Design files live in git and in exported code; a secret written there is leaked to everyone who can read them, forever (history keeps it).</source>
        <translation>Entwurfsdateien liegen in Git und im exportierten Code; ein dort hinterlegtes Secret ist für jeden, der sie lesen kann, geleakt, und zwar für immer (die Historie bewahrt es auf).</translation>
    </message>
    <message>
        <source>Remove it, rotate it, keep it in a secrets manager and refer to it by name.</source>
        <translation>Entfernen Sie es, rotieren Sie es, bewahren Sie es in einem Secrets-Manager auf und verweisen Sie per Namen darauf.</translation>
    </message>
    <message>
        <source>%1 stores data unencrypted.</source>
        <translation>%1 speichert Daten unverschlüsselt.</translation>
    </message>
    <message>
        <source>Disks, snapshots and backups of unencrypted stores can be read by anyone who gets a copy; most compliance regimes forbid it.</source>
        <translation>Festplatten, Snapshots und Backups unverschlüsselter Speicher kann jeder lesen, der eine Kopie erhält; die meisten Compliance-Vorgaben verbieten das.</translation>
    </message>
    <message>
        <source>Enable encryption at rest on %1 (with a managed key).</source>
        <translation>Aktivieren Sie die Verschlüsselung ruhender Daten für %1 (mit einem verwalteten Schlüssel).</translation>
    </message>
    <message>
        <source>%1 runs %2 replicas, all in availability zone %3.</source>
        <translation>%1 läuft mit %2 Replikas, alle in der Verfügbarkeitszone %3.</translation>
    </message>
    <message>
        <source>Replicas in one zone protect against a crash, not against the zone: when %1 fails, all of them fail together.</source>
        <translation>Replikas in einer Zone schützen vor einem Absturz, nicht vor dem Ausfall der Zone: Fällt %1 aus, fallen sie alle gemeinsam aus.</translation>
    </message>
    <message>
        <source>Place %1 in the region so its replicas spread over two or more zones.</source>
        <translation>Platzieren Sie %1 in der Region, damit sich seine Replikas auf zwei oder mehr Zonen verteilen.</translation>
    </message>
    <message>
        <source>Add a second replica in %1 (place %2 in the region so replicas spread over the zones).</source>
        <translation>Fügen Sie ein zweites Replika in %1 hinzu (platzieren Sie %2 in der Region, damit sich die Replikas auf die Zonen verteilen).</translation>
    </message>
    <message>
        <source>Losing %1 breaks %2: %3 components become unreachable (%4).</source>
        <translation>Der Verlust von %1 legt %2 lahm: %3 Komponenten werden unerreichbar (%4).</translation>
    </message>
    <message>
        <source>When %1 fails as a whole (it happens), everything placed only there fails with it: %2.</source>
        <translation>Fällt %1 als Ganzes aus (das kommt vor), fällt alles, was nur dort platziert ist, mit aus: %2.</translation>
    </message>
    <message>
        <source>Everything runs in %1.</source>
        <translation>Alles läuft in %1.</translation>
    </message>
    <message>
        <source>A whole region can become unavailable (power, network, a provider incident); then the whole system is down until it returns.</source>
        <translation>Eine ganze Region kann ausfallen (Strom, Netzwerk, ein Vorfall beim Anbieter); dann steht das ganze System still, bis sie zurück ist.</translation>
    </message>
    <message>
        <source>Plan a second region: at least a warm standby with replicated data, or active-active for the services that must stay up.</source>
        <translation>Planen Sie eine zweite Region: mindestens einen Warm Standby mit replizierten Daten, oder Active-Active für die Services, die verfügbar bleiben müssen.</translation>
    </message>
    <message>
        <source>Run a copy or a standby of %1 in a second region as well.</source>
        <translation>Betreiben Sie zusätzlich eine Kopie oder einen Standby von %1 in einer zweiten Region.</translation>
    </message>
    <message>
        <source>Everything runs with one provider (%1).</source>
        <translation>Alles läuft bei einem einzigen Anbieter (%1).</translation>
    </message>
    <message>
        <source>Guidance for serious enterprises is at least two providers, so that an outage, an account lock-out or a commercial dispute with one does not stop the business.</source>
        <translation>Für ernsthafte Unternehmen lautet die Empfehlung: mindestens zwei Anbieter, damit ein Ausfall, eine Kontosperrung oder ein geschäftlicher Streit mit einem davon das Geschäft nicht stoppt.</translation>
    </message>
    <message>
        <source>Keep a recovery path with a second provider for the services the business cannot do without.</source>
        <translation>Halten Sie für die Services, auf die das Geschäft nicht verzichten kann, einen Wiederherstellungsweg bei einem zweiten Anbieter bereit.</translation>
    </message>
    <message>
        <source>Give %1 a fallback with another provider.</source>
        <translation>Geben Sie %1 einen Fallback bei einem anderen Anbieter.</translation>
    </message>
    <message>
        <source>%1 has no dead-letter queue.</source>
        <translation>%1 hat keine Dead-Letter-Queue.</translation>
    </message>
    <message>
        <source>A message its consumer cannot process is delivered again and again: it blocks or slows the queue, and when the retention runs out the work it carried is lost without a trace.</source>
        <translation>Eine Nachricht, die ihr Consumer nicht verarbeiten kann, wird immer wieder zugestellt: Sie blockiert oder bremst die Queue, und wenn die Aufbewahrungsfrist abläuft, geht die Arbeit, die sie trug, spurlos verloren.</translation>
    </message>
    <message>
        <source>Turn on the dead-letter queue of %1 (after a few failed deliveries the message is set aside for inspection) and alert when messages arrive there.</source>
        <translation>Aktivieren Sie die Dead-Letter-Queue von %1 (nach einigen fehlgeschlagenen Zustellungen wird die Nachricht zur Prüfung beiseitegelegt) und alarmieren Sie, wenn dort Nachrichten ankommen.</translation>
    </message>
    <message>
        <source>Queue without a dead-letter queue</source>
        <translation>Queue ohne Dead-Letter-Queue</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>%1 is a cut vertex: removing it splits the design in two.</source>
        <translation>%1 ist ein Schnittknoten: Ohne ihn zerfällt der Entwurf in zwei Teile.</translation>
    </message>
    <message>
        <source>%1 - %2 is a bridge: the only link between two parts of the design.</source>
        <translation>%1 – %2 ist eine Brücke: die einzige Verbindung zwischen zwei Teilen des Entwurfs.</translation>
    </message>
    <message>
        <source>Every request from %1 to %2 other components passes through %3.</source>
        <translation>Jede Anfrage von %1 an %2 andere Komponenten läuft über %3.</translation>
    </message>
    <message>
        <source>note:</source>
        <translation>Hinweis:</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>Structural single points of failure</source>
        <translation>Strukturelle Single Points of Failure</translation>
    </message>
    <message>
        <source>The shape of the dependency graph, whatever the redundancy of the components.</source>
        <translation>Die Form des Abhängigkeitsgraphen, unabhängig von der Redundanz der Komponenten.</translation>
    </message>
    <message>
        <source>Cut vertices (removing one splits the design in two)</source>
        <translation>Schnittknoten (ohne einen davon zerfällt der Entwurf in zwei Teile)</translation>
    </message>
    <message>
        <source>Bridges (the only link between two parts)</source>
        <translation>Brücken (die einzige Verbindung zwischen zwei Teilen)</translation>
    </message>
    <message>
        <source>Dominators (every request from an entry point passes through them)</source>
        <translation>Dominatoren (jede Anfrage von einem Einstiegspunkt läuft über sie)</translation>
    </message>
    <message>
        <source>Entry point</source>
        <translation>Einstiegspunkt</translation>
    </message>
    <message>
        <source>Passes through (components cut off when it fails)</source>
        <translation>Läuft über (bei seinem Ausfall abgeschnittene Komponenten)</translation>
    </message>
    <message>
        <source>nothing: every component it reaches has a second path</source>
        <translation>nichts: Jede erreichte Komponente hat einen zweiten Weg</translation>
    </message>
    <message>
        <source>Draw who calls the system (Users, Partner API) and connect them, or set &quot;Traffic starts here&quot; on the component where requests start.</source>
        <translation>Zeichnen Sie, wer das System aufruft (Benutzer, Partner-API), und verbinden Sie es, oder setzen Sie „Datenverkehr beginnt hier“ an der Komponente, bei der Anfragen beginnen.</translation>
    </message>
    <message>
        <source>No entry point: no traffic source is drawn, nothing is marked as where traffic starts, and every component has a caller, so there is nothing to analyse from.</source>
        <translation>Kein Einstiegspunkt: Es ist keine Datenverkehrsquelle gezeichnet, nichts ist als Beginn des Datenverkehrs markiert, und jede Komponente hat einen Aufrufer; es gibt also nichts, von dem aus analysiert werden kann.</translation>
    </message>
    <message>
        <source>Single points of failure are found by following requests from where they start; without a start no single-instance, zone-loss or blast-radius check can run, and the design would pass them silently.</source>
        <translation>Single Points of Failure werden gefunden, indem Anfragen von ihrem Beginn aus verfolgt werden; ohne Beginn kann keine Prüfung auf Einzelinstanzen, Zonenausfall oder Auswirkungsradius laufen, und der Entwurf bestünde sie stillschweigend.</translation>
    </message>
    <message>
        <source>Likely starts (nothing outside their cycle calls them): %1.</source>
        <translation>Wahrscheinliche Anfänge (nichts außerhalb ihres Zyklus ruft sie auf): %1.</translation>
    </message>
    <message>
        <source>No entry point is drawn or marked; the analysis starts from what nothing calls: %1.</source>
        <translation>Kein Einstiegspunkt ist gezeichnet oder markiert; die Analyse beginnt bei dem, was niemand aufruft: %1.</translation>
    </message>
    <message>
        <source>Findings about single instances, zones and blast radius follow requests from these candidate entries; if requests really start elsewhere, the findings are wrong.</source>
        <translation>Befunde zu Einzelinstanzen, Zonen und Auswirkungsradius verfolgen Anfragen von diesen möglichen Einstiegspunkten aus; beginnen Anfragen tatsächlich anderswo, sind die Befunde falsch.</translation>
    </message>
    <message>
        <source>Draw the users or clients that call the system, or set &quot;Traffic starts here&quot; on the components where requests start.</source>
        <translation>Zeichnen Sie die Benutzer oder Clients, die das System aufrufen, oder setzen Sie „Datenverkehr beginnt hier“ an den Komponenten, bei denen Anfragen beginnen.</translation>
    </message>
    <message>
        <source>%1 uses the image %2, which moves with every push.</source>
        <translation>%1 verwendet das Image %2, das sich mit jedem Push ändert.</translation>
    </message>
    <message>
        <source>%1 uses the image %2 without a tag, which means latest.</source>
        <translation>%1 verwendet das Image %2 ohne Tag, also latest.</translation>
    </message>
    <message>
        <source>Each restart or new node may pull a different build: a rollback cannot go back, replicas run different code, and the exporters refuse such an image.</source>
        <translation>Jeder Neustart oder neue Knoten kann einen anderen Build ziehen: Ein Rollback kann nicht zurück, Replikas führen unterschiedlichen Code aus, und die Exporter lehnen ein solches Image ab.</translation>
    </message>
    <message>
        <source>Pin the image of %1 to a version tag or a digest, e.g. %2:1.0.0 or %2@sha256:….</source>
        <translation>Legen Sie das Image von %1 auf ein Versions-Tag oder einen Digest fest, z. B. %2:1.0.0 oder %2@sha256:….</translation>
    </message>
    <message>
        <source>%1 is exposed to the internet with %2 replicas but nothing in front spreads requests over them.</source>
        <translation>%1 ist aus dem Internet erreichbar und hat %2 Replikas, aber nichts davor verteilt die Anfragen auf sie.</translation>
    </message>
    <message>
        <source>Assumed: a service drawn inside an availability zone runs all its replicas there, as drawn (nothing in the design spreads them). Only a multi-AZ service drawn in a zone is read as a primary there with a standby in another zone.</source>
        <translation>Annahme: Ein innerhalb einer Verfügbarkeitszone gezeichneter Dienst betreibt alle seine Replikas dort, wie gezeichnet (nichts im Entwurf verteilt sie). Nur ein in einer Zone gezeichneter Multi-AZ-Dienst gilt als primäre Instanz dort mit einer Standby-Instanz in einer anderen Zone.</translation>
    </message>
    <message>
        <source>Enable multi-AZ on %1 (its standby then takes over in another zone).</source>
        <translation>Aktivieren Sie Multi-AZ für %1 (die Standby-Instanz übernimmt dann in einer anderen Zone).</translation>
    </message>
    <message>
        <source>Run %1 with 2 or more replicas placed in the region, so they spread over two or more availability zones.</source>
        <translation>Betreiben Sie %1 mit 2 oder mehr Replikas in der Region, damit sie sich auf zwei oder mehr Verfügbarkeitszonen verteilen.</translation>
    </message>
    <message>
        <source>Losing %1, the only availability zone the design uses, breaks %2: %3 components become unreachable (%4).</source>
        <translation>Der Verlust von %1, der einzigen Verfügbarkeitszone des Entwurfs, legt %2 lahm: %3 Komponenten werden unerreichbar (%4).</translation>
    </message>
    <message>
        <source>%1: multi-AZ with the primary drawn in one zone; they survive the loss of that zone by failing over inside the region, not the loss of the region.</source>
        <translation>%1: Multi-AZ mit der primären Instanz in einer Zone gezeichnet; sie überstehen den Verlust dieser Zone durch Umschalten innerhalb der Region, nicht den Verlust der Region.</translation>
    </message>
    <message>
        <source>No entry point: nothing to analyse from</source>
        <translation>Kein Einstiegspunkt: nichts, von dem aus analysiert werden kann</translation>
    </message>
    <message>
        <source>No entry point marked: analysed from what nothing calls</source>
        <translation>Kein Einstiegspunkt markiert: analysiert von dem aus, was niemand aufruft</translation>
    </message>
    <message>
        <source>Container image without a fixed tag, or :latest</source>
        <translation>Container-Image ohne festes Tag oder mit :latest</translation>
    </message>
    <message>
        <source>%1 needs %2 replicas: beyond one deployment; shard or re-think.</source>
        <translation>%1 braucht %2 Replikate: mehr als ein Deployment trägt; aufteilen (Sharding) oder neu denken.</translation>
    </message>
    <message>
        <source>%1 can run at most %2 replicas, but the expected peak needs %3 (%4).</source>
        <translation>%1 kann höchstens %2 Replikate betreiben, aber die erwartete Spitze braucht %3 (%4).</translation>
    </message>
    <message>
        <source>Connect %1 to a metrics and a logging component (or an APM service); export monitoring (File &gt; Export) then writes its alerts, dashboard and runbook.</source>
        <translation>Verbinden Sie %1 mit einer Metrik- und einer Logging-Komponente (oder einem APM-Dienst); der Monitoring-Export (Datei &gt; Exportieren) schreibt dann seine Alarme, sein Dashboard und sein Runbook.</translation>
    </message>
    <message>
        <source>Add an alerting component (e.g. PagerDuty or Opsgenie) and connect the metrics component to it; export monitoring then routes the alerts to it by severity.</source>
        <translation>Fügen Sie eine Alarmierungskomponente hinzu (z. B. PagerDuty oder Opsgenie) und verbinden Sie die Metrik-Komponente damit; der Monitoring-Export leitet die Alarme dann nach Schweregrad dorthin.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Stackdraft architecture design studio</source>
        <translation>Stackdraft – Studio für Architekturentwürfe</translation>
    </message>
    <message>
        <source>Design file to open.</source>
        <translation>Zu öffnende Entwurfsdatei.</translation>
    </message>
</context>
<context>
    <name>sd::AcceptFindingDialog</name>
    <message>
        <source>Accept finding</source>
        <translation>Befund akzeptieren</translation>
    </message>
    <message>
        <source>Why is this acceptable? The justification is stored in the design file with the acceptance.</source>
        <translation>Warum ist das akzeptabel? Die Begründung wird mit der Akzeptanz in der Entwurfsdatei gespeichert.</translation>
    </message>
    <message>
        <source>e.g. One Redis node is fine for launch; a replica is planned for Q3.</source>
        <translation>z. B. Ein Redis-Knoten reicht für den Start; eine Replika ist für Q3 geplant.</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Akzeptieren</translation>
    </message>
</context>
<context>
    <name>sd::CanvasScene</name>
    <message numerus="yes">
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>%n Element verschieben</numerusform>
            <numerusform>%n Elemente verschieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s) to another zone</source>
        <translation>
            <numerusform>%n Element in eine andere Zone verschieben</numerusform>
            <numerusform>%n Elemente in eine andere Zone verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect %1 to %2</source>
        <translation>%1 mit %2 verbinden</translation>
    </message>
    <message>
        <source>Bend the connection from %1 to %2</source>
        <translation>Verbindung von %1 nach %2 umlenken</translation>
    </message>
    <message>
        <source>Move a waypoint of the connection from %1 to %2</source>
        <translation>Wegpunkt der Verbindung von %1 nach %2 verschieben</translation>
    </message>
    <message>
        <source>Remove a waypoint of the connection from %1 to %2</source>
        <translation>Wegpunkt der Verbindung von %1 nach %2 entfernen</translation>
    </message>
    <message>
        <source>Only components can be connected</source>
        <translation>Nur Komponenten lassen sich verbinden</translation>
    </message>
    <message>
        <source>“%1” cannot connect to itself</source>
        <translation>„%1“ kann nicht mit sich selbst verbunden werden</translation>
    </message>
    <message>
        <source>“%1” already connects to “%2”; one connection between them is enough</source>
        <translation>„%1“ ist schon mit „%2“ verbunden; eine Verbindung zwischen beiden genügt</translation>
    </message>
    <message>
        <source>Add %1 connected from %2</source>
        <translation>%1 hinzufügen, verbunden von %2</translation>
    </message>
</context>
<context>
    <name>sd::CanvasView</name>
    <message>
        <source>Design canvas</source>
        <translation>Entwurfs-Zeichenfläche</translation>
    </message>
</context>
<context>
    <name>sd::CompareChangeList</name>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>No changes since %1.</source>
        <translation>Keine Änderungen seit %1.</translation>
    </message>
    <message>
        <source>Since %1: %2</source>
        <translation>Seit %1: %2</translation>
    </message>
</context>
<context>
    <name>sd::CompareMode</name>
    <message>
        <source>Compare &amp;With…</source>
        <translation>Vergleichen &amp;mit…</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Shows what changed in the open design since a git revision of its file, or against another file</source>
        <translation>Zeigt, was sich im geöffneten Entwurf seit einer Git-Revision seiner Datei oder gegenüber einer anderen Datei geändert hat</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>&amp;Leave Compare Mode</source>
        <translation>Vergleichsmodus &amp;verlassen</translation>
    </message>
    <message>
        <source>Back to the normal view (Esc on the canvas)</source>
        <translation>Zurück zur normalen Ansicht (Esc auf der Zeichenfläche)</translation>
    </message>
    <message>
        <source>Cannot compare with %1: there is no such file.</source>
        <translation>Vergleich mit %1 nicht möglich: Diese Datei gibt es nicht.</translation>
    </message>
    <message>
        <source>Cannot compare with %1: %2</source>
        <translation>Vergleich mit %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>Cannot compare with revision %1: the design is not saved yet, so it has no git history.</source>
        <translation>Vergleich mit Revision %1 nicht möglich: Der Entwurf ist noch nicht gespeichert und hat daher keine Git-Historie.</translation>
    </message>
    <message>
        <source>Cannot compare with revision %1: %2 is not in a git work tree.</source>
        <translation>Vergleich mit Revision %1 nicht möglich: %2 liegt in keinem Git-Arbeitsverzeichnis.</translation>
    </message>
    <message>
        <source>Cannot compare with revision %1: %2 does not exist at that revision.</source>
        <translation>Vergleich mit Revision %1 nicht möglich: %2 existiert in dieser Revision nicht.</translation>
    </message>
    <message>
        <source>Cannot compare %1 with revision %2: %3</source>
        <translation>Vergleich von %1 mit Revision %2 nicht möglich: %3</translation>
    </message>
    <message>
        <source>Comparing with &lt;b&gt;%1&lt;/b&gt;: the canvas shows what changed since.</source>
        <translation>Vergleich mit &lt;b&gt;%1&lt;/b&gt;: Die Zeichenfläche zeigt, was sich seitdem geändert hat.</translation>
    </message>
</context>
<context>
    <name>sd::ConflictsDialog</name>
    <message>
        <source>Resolve Merge Conflicts</source>
        <translation>Merge-Konflikte auflösen</translation>
    </message>
    <message>
        <source>The merge kept one value of each field both sides changed. Keep it, or put the other side&apos;s value back; each choice is one undo step.</source>
        <translation>Die Zusammenführung hat für jedes Feld, das beide Seiten geändert haben, einen Wert behalten. Behalten Sie ihn oder setzen Sie den Wert der anderen Seite ein; jede Wahl ist ein Rückgängig-Schritt.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Merged value</source>
        <translation>Zusammengeführter Wert</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Anderer Wert</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>&amp;Keep Merged Value</source>
        <translation>Zusammengeführten Wert &amp;behalten</translation>
    </message>
    <message>
        <source>&amp;Use Other Value</source>
        <translation>&amp;Anderen Wert verwenden</translation>
    </message>
    <message>
        <source>(the design)</source>
        <translation>(der Entwurf)</translation>
    </message>
    <message>
        <source>(the whole item)</source>
        <translation>(das ganze Element)</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(fehlt)</translation>
    </message>
    <message>
        <source>No conflicts are left: save the design to write it without them.</source>
        <translation>Keine Konflikte mehr: Speichern Sie den Entwurf, um ihn ohne sie zu schreiben.</translation>
    </message>
    <message>
        <source>Resolve Merge Conflict</source>
        <translation>Merge-Konflikt auflösen</translation>
    </message>
</context>
<context>
    <name>sd::DiagramExport</name>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Exported the diagram to %1</source>
        <translation>Diagramm nach %1 exportiert</translation>
    </message>
    <message>
        <source>There is nothing to draw.</source>
        <translation>Es gibt nichts zu zeichnen.</translation>
    </message>
</context>
<context>
    <name>sd::DiagramExportDialog</name>
    <message>
        <source>Show the &amp;grid</source>
        <translation>&amp;Raster zeigen</translation>
    </message>
    <message>
        <source>&amp;Selection only</source>
        <translation>Nur &amp;Auswahl</translation>
    </message>
    <message>
        <source>Export Diagram as PNG</source>
        <translation>Diagramm als PNG exportieren</translation>
    </message>
    <message>
        <source>Export Diagram as SVG</source>
        <translation>Diagramm als SVG exportieren</translation>
    </message>
    <message>
        <source>Export Diagram as PDF</source>
        <translation>Diagramm als PDF exportieren</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>&amp;Maßstab:</translation>
    </message>
    <message>
        <source>&amp;Margin:</source>
        <translation>R&amp;and:</translation>
    </message>
    <message>
        <source>&amp;Transparent background</source>
        <translation>&amp;Transparenter Hintergrund</translation>
    </message>
    <message>
        <source>Connection label, else protocol:port</source>
        <translation>Verbindungsbeschriftung, sonst Protokoll:Port</translation>
    </message>
    <message>
        <source>Protocol:port</source>
        <translation>Protokoll:Port</translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation>&amp;Beschriftungen:</translation>
    </message>
</context>
<context>
    <name>sd::Document</name>
    <message>
        <source>Untitled design</source>
        <translation>Unbenannter Entwurf</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>%1 was changed by another program since it was opened or last saved here</source>
        <translation>%1 wurde seit dem Öffnen oder letzten Speichern hier von einem anderen Programm geändert</translation>
    </message>
    <message>
        <source>Reload from disk</source>
        <translation>Von der Festplatte neu laden</translation>
    </message>
</context>
<context>
    <name>sd::ExportDialog</name>
    <message>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <source>Files to export</source>
        <translation>Zu exportierende Dateien</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Export to File</source>
        <translation>In Datei exportieren</translation>
    </message>
    <message>
        <source>Export to Folder</source>
        <translation>In Ordner exportieren</translation>
    </message>
    <message>
        <source>Export to:</source>
        <translation>Exportieren nach:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Nothing to write.</source>
        <translation>Nichts zu schreiben.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>These files in %1 were edited by hand since the last export, or were not written by it:

%2

Replace them with the exported files?</source>
        <translation>Diese Dateien in %1 wurden seit dem letzten Export von Hand bearbeitet oder nicht von ihm geschrieben:

%2

Durch die exportierten Dateien ersetzen?</translation>
    </message>
    <message>
        <source>A PDF document of %1 KiB. Export it, then open it to read it.</source>
        <translation>Ein PDF-Dokument mit %1 KiB. Exportieren Sie es und öffnen Sie es dann zum Lesen.</translation>
    </message>
</context>
<context>
    <name>sd::FindingDetails</name>
    <message>
        <source>Apply Fix</source>
        <translation>Behebung anwenden</translation>
    </message>
    <message>
        <source>Apply the fix as one step (Edit &gt; Undo takes it back)</source>
        <translation>Die Behebung als ein Schritt anwenden (Bearbeiten &gt; Rückgängig nimmt sie zurück)</translation>
    </message>
    <message>
        <source>Un-accept</source>
        <translation>Akzeptanz aufheben</translation>
    </message>
    <message>
        <source>Accept…</source>
        <translation>Akzeptieren…</translation>
    </message>
    <message>
        <source>Select a finding to see why it matters and how to fix it.</source>
        <translation>Wählen Sie einen Befund, um zu sehen, warum er wichtig ist und wie er sich beheben lässt.</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Warum:</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Behebung:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Hinweis:</translation>
    </message>
    <message>
        <source>Accepted:</source>
        <translation>Akzeptiert:</translation>
    </message>
    <message>
        <source>Components:</source>
        <translation>Komponenten:</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Behebung: %1</translation>
    </message>
    <message>
        <source>Applied: %1. Edit &gt; Undo takes it back.</source>
        <translation>Angewendet: %1. Bearbeiten &gt; Rückgängig nimmt es zurück.</translation>
    </message>
</context>
<context>
    <name>sd::FindingsDeltaView</name>
    <message>
        <source>Since then</source>
        <translation>Seitdem</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Accepted: %1</source>
        <translation>Akzeptiert: %1</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Struktur</translation>
    </message>
    <message>
        <source>no change in the findings</source>
        <translation>keine Änderung der Befunde</translation>
    </message>
    <message>
        <source>%1 new, %2 resolved, %3 changed</source>
        <translation>%1 neu, %2 behoben, %3 geändert</translation>
    </message>
    <message>
        <source>Findings since %1: %2</source>
        <translation>Befunde seit %1: %2</translation>
    </message>
</context>
<context>
    <name>sd::FindingsPanel</name>
    <message>
        <source>Show or hide findings of this severity</source>
        <translation>Befunde dieses Schweregrads ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Search findings, rules, components</source>
        <translation>Befunde, Regeln, Komponenten durchsuchen</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <source>%1 (accepted)</source>
        <translation>%1 (akzeptiert)</translation>
    </message>
    <message>
        <source>%1 — accepted: %2</source>
        <translation>%1 — akzeptiert: %2</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Behebung:</translation>
    </message>
    <message>
        <source>Accepted:</source>
        <translation>Akzeptiert:</translation>
    </message>
    <message>
        <source>Un-accept</source>
        <translation>Akzeptanz aufheben</translation>
    </message>
    <message>
        <source>Accept…</source>
        <translation>Akzeptieren…</translation>
    </message>
    <message>
        <source>Show components</source>
        <translation>Komponenten anzeigen</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info</source>
        <translation>
            <numerusform>%n Info</numerusform>
            <numerusform>%n Infos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accepted</source>
        <translation>
            <numerusform>%n akzeptiert</numerusform>
            <numerusform>%n akzeptiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Hinweis:</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Behebung: %1</translation>
    </message>
</context>
<context>
    <name>sd::HeatLegend</name>
    <message>
        <source>Blast radius if it fails</source>
        <translation>Blast-Radius bei Ausfall</translation>
    </message>
    <message>
        <source>only itself lost</source>
        <translation>nur es selbst fällt aus</translation>
    </message>
    <message numerus="yes">
        <source>%n component(s) lost</source>
        <translation>
            <numerusform>%n Komponente fällt aus</numerusform>
            <numerusform>%n Komponenten fallen aus</numerusform>
        </translation>
    </message>
    <message>
        <source>Traffic sources are not rated.</source>
        <translation>Traffic-Quellen werden nicht bewertet.</translation>
    </message>
</context>
<context>
    <name>sd::ImportDialog</name>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>Files and folders to read (folders are read with everything in them):</source>
        <translation>Zu lesende Dateien und Ordner (Ordner werden mit ihrem ganzen Inhalt gelesen):</translation>
    </message>
    <message>
        <source>Add &amp;Files…</source>
        <translation>&amp;Dateien hinzufügen…</translation>
    </message>
    <message>
        <source>Add F&amp;older…</source>
        <translation>&amp;Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Nothing imported yet.</source>
        <translation>Noch nichts importiert.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>&amp;Open as New Design</source>
        <translation>Als neuen Entwurf ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Add Files</source>
        <translation>Dateien hinzufügen</translation>
    </message>
    <message>
        <source>Add Folder</source>
        <translation>Ordner hinzufügen</translation>
    </message>
    <message>
        <source>Nothing was imported: the files have problems. Fix them and import again.</source>
        <translation>Nichts wurde importiert: die Dateien haben Probleme. Beheben Sie sie und importieren Sie erneut.</translation>
    </message>
    <message>
        <source>Errors (%1)</source>
        <translation>Fehler (%1)</translation>
    </message>
    <message>
        <source>%1 components and %2 connections. %3. Read what was guessed and dropped before you rely on the design.</source>
        <translation>%1 Komponenten und %2 Verbindungen. %3. Lesen Sie, was geraten und verworfen wurde, bevor Sie sich auf den Entwurf verlassen.</translation>
    </message>
    <message>
        <source>Hosts nothing defines, not connected (%1)</source>
        <translation>Hosts, die nichts definiert, nicht verbunden (%1)</translation>
    </message>
    <message>
        <source>Guessed: check these (%1)</source>
        <translation>Geraten: bitte prüfen (%1)</translation>
    </message>
    <message>
        <source>Dropped (%1)</source>
        <translation>Verworfen (%1)</translation>
    </message>
    <message>
        <source>Mapped (%1)</source>
        <translation>Übernommen (%1)</translation>
    </message>
    <message>
        <source>&amp;Merge into This Design</source>
        <translation>In diesen Entwurf &amp;zusammenführen</translation>
    </message>
    <message>
        <source>Items whose names are already in the open design are updated; the rest is added and placed beside what is there. One undo step.</source>
        <translation>Elemente, deren Namen der offene Entwurf schon enthält, werden aktualisiert; der Rest wird hinzugefügt und neben das Vorhandene gesetzt. Ein Rückgängig-Schritt.</translation>
    </message>
</context>
<context>
    <name>sd::MainWindow</name>
    <message>
        <source>Stackdraft designs (*.stackdraft.yaml *.stackdraft.json *.yaml *.yml *.json);;All files (*)</source>
        <translation>Stackdraft-Entwürfe (*.stackdraft.yaml *.stackdraft.json *.yaml *.yml *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öffnen…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Re&amp;vert to Saved</source>
        <translation>Auf gespeicherte &amp;Version zurücksetzen</translation>
    </message>
    <message>
        <source>Diagram as &amp;PNG…</source>
        <translation>Diagramm als &amp;PNG…</translation>
    </message>
    <message>
        <source>Diagram as &amp;SVG…</source>
        <translation>Diagramm als &amp;SVG…</translation>
    </message>
    <message>
        <source>Diagram as P&amp;DF…</source>
        <translation>Diagramm als P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Alles a&amp;uswählen</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>U&amp;mbenennen</translation>
    </message>
    <message>
        <source>&amp;Find Component…</source>
        <translation>Komponente &amp;suchen…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation>An Fenster an&amp;passen</translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation>Auf Aus&amp;wahl zoomen</translation>
    </message>
    <message>
        <source>&amp;Actual Size (100 %)</source>
        <translation>&amp;Originalgröße (100 %)</translation>
    </message>
    <message>
        <source>S&amp;nap to Grid</source>
        <translation>Am &amp;Raster ausrichten</translation>
    </message>
    <message>
        <source>&amp;Select Tool</source>
        <translation>&amp;Auswahlwerkzeug</translation>
    </message>
    <message>
        <source>&amp;Connect Tool</source>
        <translation>Verbin&amp;dungswerkzeug</translation>
    </message>
    <message>
        <source>Select and move (V)</source>
        <translation>Auswählen und verschieben (V)</translation>
    </message>
    <message>
        <source>Drag from one component to another to connect them (C)</source>
        <translation>Ziehen Sie von einer Komponente zu einer anderen, um sie zu verbinden (C)</translation>
    </message>
    <message>
        <source>Align &amp;Left</source>
        <translation>&amp;Links ausrichten</translation>
    </message>
    <message>
        <source>Align &amp;Right</source>
        <translation>&amp;Rechts ausrichten</translation>
    </message>
    <message>
        <source>Align &amp;Top</source>
        <translation>&amp;Oben ausrichten</translation>
    </message>
    <message>
        <source>Align &amp;Bottom</source>
        <translation>&amp;Unten ausrichten</translation>
    </message>
    <message>
        <source>Align Centres &amp;Horizontally</source>
        <translation>Mitten &amp;horizontal ausrichten</translation>
    </message>
    <message>
        <source>Align Centres &amp;Vertically</source>
        <translation>Mitten &amp;vertikal ausrichten</translation>
    </message>
    <message>
        <source>Distribute Hori&amp;zontally</source>
        <translation>Hori&amp;zontal verteilen</translation>
    </message>
    <message>
        <source>Distribute V&amp;ertically</source>
        <translation>V&amp;ertikal verteilen</translation>
    </message>
    <message>
        <source>Bring to &amp;Front</source>
        <translation>In den Vor&amp;dergrund</translation>
    </message>
    <message>
        <source>Auto-&amp;Layout</source>
        <translation>&amp;Automatisches Layout</translation>
    </message>
    <message>
        <source>&amp;Pin in Place</source>
        <translation>&amp;Fixieren</translation>
    </message>
    <message>
        <source>&amp;Unpin</source>
        <translation>Fixierung lö&amp;sen</translation>
    </message>
    <message>
        <source>&amp;About Stackdraft</source>
        <translation>Ü&amp;ber Stackdraft</translation>
    </message>
    <message>
        <source>About Stackdraft</source>
        <translation>Über Stackdraft</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Stackdraft %1&lt;/h3&gt;&lt;p&gt;An architecture design studio that checks designs for single points of failure and writes starter infrastructure as code.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Stackdraft %1&lt;/h3&gt;&lt;p&gt;Ein Studio für Architekturentwürfe, das Entwürfe auf Single Points of Failure prüft und erste Infrastructure as Code erzeugt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Zu&amp;letzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Arrange</source>
        <translation>A&amp;nordnen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Canvas</source>
        <translation>Zeichenfläche</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Find component (Ctrl+F)</source>
        <translation>Komponente suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Find component</source>
        <translation>Komponente suchen</translation>
    </message>
    <message>
        <source>No component named “%1”</source>
        <translation>Keine Komponente namens „%1“</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>Palette</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>&lt;opened design&gt;</source>
        <translation>&lt;geöffneter Entwurf&gt;</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Rückgängig-Verlauf</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Zoom %1 %</source>
        <translation>Zoom %1 %</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>Menü leeren</translation>
    </message>
    <message>
        <source>Cannot open design</source>
        <translation>Entwurf kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 could not be opened; the current design is unchanged.

%2</source>
        <translation>%1 konnte nicht geöffnet werden; der aktuelle Entwurf bleibt unverändert.

%2</translation>
    </message>
    <message>
        <source>Cannot save design</source>
        <translation>Entwurf kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2
The file on disk is unchanged.</source>
        <translation>%1 konnte nicht gespeichert werden: %2
Die Datei auf dem Datenträger ist unverändert.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes. Save them first?</source>
        <translation>„%1“ hat nicht gespeicherte Änderungen. Zuerst speichern?</translation>
    </message>
    <message>
        <source>Open Design</source>
        <translation>Entwurf öffnen</translation>
    </message>
    <message>
        <source>Save Design As</source>
        <translation>Entwurf speichern unter</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Discard all changes since the last save?</source>
        <translation>Alle Änderungen seit dem letzten Speichern verwerfen?</translation>
    </message>
    <message>
        <source>an unsaved design</source>
        <translation>einem nicht gespeicherten Entwurf</translation>
    </message>
    <message>
        <source>Recover unsaved work?</source>
        <translation>Nicht gespeicherte Arbeit wiederherstellen?</translation>
    </message>
    <message>
        <source>Stackdraft did not close properly. Unsaved changes to %1 from %2 were kept.

Restore them?</source>
        <translation>Stackdraft wurde nicht ordnungsgemäß beendet. Nicht gespeicherte Änderungen an %1 vom %2 wurden aufbewahrt.

Sollen sie wiederhergestellt werden?</translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation>Wiederherstellung nicht möglich</translation>
    </message>
    <message>
        <source>The recovery file could not be read.</source>
        <translation>Die Wiederherstellungsdatei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>Zwischenablage</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Ausschneiden</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>clipboard</source>
        <translation>Zwischenablage</translation>
    </message>
    <message>
        <source>The clipboard holds no Stackdraft design</source>
        <translation>Die Zwischenablage enthält keinen Stackdraft-Entwurf</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Neuer Name</translation>
    </message>
    <message>
        <source>Align</source>
        <translation>Ausrichten</translation>
    </message>
    <message>
        <source>Distribute</source>
        <translation>Verteilen</translation>
    </message>
    <message>
        <source>The layout is already tidy</source>
        <translation>Das Layout ist bereits aufgeräumt</translation>
    </message>
    <message>
        <source>Auto-layout</source>
        <translation>Automatisches Layout</translation>
    </message>
    <message>
        <source>Auto-layout selection</source>
        <translation>Automatisches Layout der Auswahl</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>%1 nach %2 exportiert</translation>
    </message>
    <message numerus="yes">
        <source>%n component(s)</source>
        <translation>
            <numerusform>%n Komponente</numerusform>
            <numerusform>%n Komponenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n Verbindung</numerusform>
            <numerusform>%n Verbindungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n zone(s)</source>
        <translation>
            <numerusform>%n Zone</numerusform>
            <numerusform>%n Zonen</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Ausgewählt: %1</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Fragebogen</translation>
    </message>
    <message>
        <source>&amp;Questionnaire</source>
        <translation>&amp;Fragebogen</translation>
    </message>
    <message>
        <source>The requirements questionnaire for workshops with product owners (Ctrl+Shift+Q)</source>
        <translation>Der Anforderungsfragebogen für Workshops mit Product Ownern (Strg+Umschalt+Q)</translation>
    </message>
    <message>
        <source>&amp;Ask About This</source>
        <translation>Fragen hierzu &amp;anzeigen</translation>
    </message>
    <message>
        <source>Apply &amp;Sizing Suggestions…</source>
        <translation>&amp;Größenvorschläge anwenden…</translation>
    </message>
    <message>
        <source>&amp;Design</source>
        <translation>&amp;Entwurf</translation>
    </message>
    <message>
        <source>The questionnaire asks nothing about this item</source>
        <translation>Der Fragebogen stellt zu diesem Element keine Fragen</translation>
    </message>
    <message>
        <source>Simulate &amp;Failure</source>
        <translation>Ausfall &amp;simulieren</translation>
    </message>
    <message>
        <source>&amp;End Failure Simulation</source>
        <translation>Ausfallsimulation &amp;beenden</translation>
    </message>
    <message>
        <source>Blast Radius &amp;Heat View</source>
        <translation>&amp;Heatmap des Auswirkungsradius</translation>
    </message>
    <message>
        <source>Colours each component by how much of the design fails with it (Ctrl+Shift+H)</source>
        <translation>Färbt jede Komponente danach, wie viel des Entwurfs mit ihr ausfällt (Strg+Umschalt+H)</translation>
    </message>
    <message>
        <source>&amp;Validate Now</source>
        <translation>Jetzt &amp;prüfen</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Single points of failure and resilience gaps, checked as you draw</source>
        <translation>Single Points of Failure und Lücken in der Ausfallsicherheit, geprüft während Sie zeichnen</translation>
    </message>
    <message>
        <source>nothing else</source>
        <translation>sonst nichts</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>&amp;Import Answers…</source>
        <translation>Antworten &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Not saved: %1 was changed by another program</source>
        <translation>Nicht gespeichert: %1 wurde von einem anderen Programm geändert</translation>
    </message>
    <message>
        <source>Cannot reload design</source>
        <translation>Entwurf kann nicht neu geladen werden</translation>
    </message>
    <message>
        <source>%1 could not be read again; your design here is unchanged.

%2</source>
        <translation>%1 konnte nicht erneut gelesen werden; Ihr Entwurf hier ist unverändert.

%2</translation>
    </message>
    <message>
        <source>Reloaded %1 from disk; Undo goes back to the version before</source>
        <translation>%1 von der Festplatte neu geladen; Rückgängig kehrt zur vorherigen Fassung zurück</translation>
    </message>
    <message>
        <source>%1 was deleted or moved on disk; saving writes it again</source>
        <translation>%1 wurde auf der Festplatte gelöscht oder verschoben; Speichern schreibt die Datei neu</translation>
    </message>
    <message>
        <source>%1 was changed by another program; your unsaved changes are kept</source>
        <translation>%1 wurde von einem anderen Programm geändert; Ihre ungespeicherten Änderungen bleiben erhalten</translation>
    </message>
    <message>
        <source>Imported %1: %2</source>
        <translation>%1 importiert: %2</translation>
    </message>
    <message>
        <source>Send to &amp;Back</source>
        <translation>In den &amp;Hintergrund</translation>
    </message>
    <message>
        <source>Add %1 and connect it</source>
        <translation>%1 hinzufügen und verbinden</translation>
    </message>
    <message numerus="yes">
        <source>Connect %n component(s)</source>
        <translation>
            <numerusform>%n Komponente verbinden</numerusform>
            <numerusform>%n Komponenten verbinden</numerusform>
        </translation>
    </message>
    <message>
        <source>Import %1 into the Design</source>
        <translation>%1 in den Entwurf importieren</translation>
    </message>
    <message>
        <source>Merged %1: %2 added, %3 updated, %4 connections added</source>
        <translation>%1 zusammengeführt: %2 hinzugefügt, %3 aktualisiert, %4 Verbindungen hinzugefügt</translation>
    </message>
    <message>
        <source>Resolve Merge &amp;Conflicts…</source>
        <translation>Merge-&amp;Konflikte auflösen…</translation>
    </message>
    <message>
        <source>Resolve Merge &amp;Conflicts (%1)…</source>
        <translation>Merge-&amp;Konflikte auflösen (%1)…</translation>
    </message>
    <message numerus="yes">
        <source>Blast radius: it and %n other component(s) are lost if it fails</source>
        <translation>
            <numerusform>Blast-Radius: Fällt es aus, fallen es und %n weitere Komponente aus</numerusform>
            <numerusform>Blast-Radius: Fällt es aus, fallen es und %n weitere Komponenten aus</numerusform>
        </translation>
    </message>
    <message>
        <source>Blast radius: only itself is lost if it fails</source>
        <translation>Blast-Radius: Fällt es aus, fällt nur es selbst aus</translation>
    </message>
    <message>
        <source>Failure simulation</source>
        <translation>Ausfallsimulation</translation>
    </message>
    <message>
        <source>Simulating: %1 fails.</source>
        <translation>Simulation: %1 fällt aus.</translation>
    </message>
    <message>
        <source>It takes down %1 and cuts off %2.</source>
        <translation>Das legt %1 lahm und schneidet %2 ab.</translation>
    </message>
    <message>
        <source>It takes down %1; every entry point still works.</source>
        <translation>Das legt %1 lahm; jeder Einstiegspunkt funktioniert weiter.</translation>
    </message>
    <message>
        <source>Add &amp;Note</source>
        <translation>&amp;Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Add a text note to the diagram (N)</source>
        <translation>Dem Diagramm eine Textnotiz hinzufügen (N)</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Notiz</numerusform>
            <numerusform>%n Notizen</numerusform>
        </translation>
    </message>
    <message>
        <source>Note &amp;Colour</source>
        <translation>Notiz&amp;farbe</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Rosa</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Grau</translation>
    </message>
    <message>
        <source>Add &amp;Note Here</source>
        <translation>&amp;Notiz hier hinzufügen</translation>
    </message>
</context>
<context>
    <name>sd::NewDesignDialog</name>
    <message>
        <source>New Design</source>
        <translation>Neuer Entwurf</translation>
    </message>
    <message>
        <source>New design</source>
        <translation>Neuer Entwurf</translation>
    </message>
    <message>
        <source>Start from a blank canvas or from one of the examples:</source>
        <translation>Beginnen Sie mit einer leeren Zeichenfläche oder einem der Beispiele:</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Blank design</source>
        <translation>Leerer Entwurf</translation>
    </message>
    <message>
        <source>An empty canvas</source>
        <translation>Eine leere Zeichenfläche</translation>
    </message>
    <message>
        <source>Template description</source>
        <translation>Vorlagenbeschreibung</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>An empty canvas. Drag components from the palette, connect them, and group them in zones.</source>
        <translation>Eine leere Zeichenfläche. Ziehen Sie Komponenten aus der Palette, verbinden Sie sie und gruppieren Sie sie in Zonen.</translation>
    </message>
    <message>
        <source>%1 component</source>
        <translation>%1 Komponente</translation>
    </message>
    <message>
        <source>%1 components</source>
        <translation>%1 Komponenten</translation>
    </message>
    <message>
        <source>%1 connection</source>
        <translation>%1 Verbindung</translation>
    </message>
    <message>
        <source>%1 connections</source>
        <translation>%1 Verbindungen</translation>
    </message>
    <message>
        <source>%1 zone</source>
        <translation>%1 Zone</translation>
    </message>
    <message>
        <source>%1 zones</source>
        <translation>%1 Zonen</translation>
    </message>
    <message>
        <source>Untitled design</source>
        <translation>Unbenannter Entwurf</translation>
    </message>
</context>
<context>
    <name>sd::OverviewMap</name>
    <message>
        <source>Overview map</source>
        <translation>Übersichtskarte</translation>
    </message>
    <message>
        <source>The whole design; click or drag to move the canvas there</source>
        <translation>Der gesamte Entwurf; klicken oder ziehen Sie, um die Zeichenfläche dorthin zu bewegen</translation>
    </message>
</context>
<context>
    <name>sd::PaletteWidget</name>
    <message>
        <source>Roles: %1</source>
        <translation>Rollen: %1</translation>
    </message>
    <message>
        <source>Component palette</source>
        <translation>Komponentenpalette</translation>
    </message>
    <message>
        <source>Search components…</source>
        <translation>Komponenten suchen…</translation>
    </message>
    <message>
        <source>Search components</source>
        <translation>Komponenten suchen</translation>
    </message>
    <message>
        <source>Filter by name, id or description (Down moves into the list, Enter adds the first match)</source>
        <translation>Nach Name, ID oder Beschreibung filtern (Pfeil nach unten wechselt in die Liste, Eingabe fügt den ersten Treffer hinzu)</translation>
    </message>
    <message>
        <source>Component kinds</source>
        <translation>Komponententypen</translation>
    </message>
    <message>
        <source>No component matches.</source>
        <translation>Keine passende Komponente.</translation>
    </message>
    <message>
        <source>Category %1</source>
        <translation>Kategorie %1</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>A text note on the diagram</source>
        <translation>Eine Textnotiz im Diagramm</translation>
    </message>
    <message>
        <source>A text note on the diagram: drag it onto the canvas, or double-click</source>
        <translation>Eine Textnotiz im Diagramm: auf die Zeichenfläche ziehen oder doppelklicken</translation>
    </message>
</context>
<context>
    <name>sd::PropertyEditor</name>
    <message>
        <source>%1 connections selected. Select a single connection to edit it.</source>
        <translation>%1 Verbindungen ausgewählt. Wählen Sie eine einzelne Verbindung aus, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <source>%1 items selected: showing the properties they all share.</source>
        <translation>%1 Elemente ausgewählt: Angezeigt werden die Eigenschaften, die alle gemeinsam haben.</translation>
    </message>
    <message>
        <source>%1 selected connection is not shown.</source>
        <translation>%1 ausgewählte Verbindung wird nicht angezeigt.</translation>
    </message>
    <message>
        <source>%1 selected connections are not shown.</source>
        <translation>%1 ausgewählte Verbindungen werden nicht angezeigt.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>The name shown on the canvas</source>
        <translation>Der auf der Zeichenfläche angezeigte Name</translation>
    </message>
    <message>
        <source>(%1 items)</source>
        <translation>(%1 Elemente)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Unknown kind</source>
        <translation>Unbekannter Typ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>These items share no properties.</source>
        <translation>Diese Elemente haben keine gemeinsamen Eigenschaften.</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>Auf Standard zurücksetzen</translation>
    </message>
    <message>
        <source>Reset %1 to default</source>
        <translation>%1 auf Standard zurücksetzen</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Nach:</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>How the caller talks to the callee (lower case)</source>
        <translation>Wie der Aufrufer mit dem Aufgerufenen kommuniziert (Kleinbuchstaben)</translation>
    </message>
    <message>
        <source>&amp;Protocol:</source>
        <translation>&amp;Protokoll:</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>The port the callee listens on (— for none)</source>
        <translation>Der Port, auf dem der Aufgerufene lauscht (— für keinen)</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>sync (request/response)</source>
        <translation>sync (Anfrage/Antwort)</translation>
    </message>
    <message>
        <source>async (message, event)</source>
        <translation>async (Nachricht, Ereignis)</translation>
    </message>
    <message>
        <source>Whether the caller waits for the answer</source>
        <translation>Ob der Aufrufer auf die Antwort wartet</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modus:</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <source>e.g. reads and writes orders</source>
        <translation>z. B. liest und schreibt Bestellungen</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Beschriftung:</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Design size</source>
        <translation>Entwurfsgröße</translation>
    </message>
    <message>
        <source>Design name</source>
        <translation>Entwurfsname</translation>
    </message>
    <message>
        <source>The design needs a name.</source>
        <translation>Der Entwurf braucht einen Namen.</translation>
    </message>
    <message>
        <source>Design description</source>
        <translation>Entwurfsbeschreibung</translation>
    </message>
    <message>
        <source>What the system does, for whom, and at what scale</source>
        <translation>Was das System tut, für wen und in welchem Umfang</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Bes&amp;chreibung:</translation>
    </message>
    <message>
        <source>Select a component, zone or connection to edit it.</source>
        <translation>Wählen Sie eine Komponente, Zone oder Verbindung aus, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <source>Mixed values</source>
        <translation>Gemischte Werte</translation>
    </message>
    <message>
        <source>%1 component</source>
        <translation>%1 Komponente</translation>
    </message>
    <message>
        <source>%1 components</source>
        <translation>%1 Komponenten</translation>
    </message>
    <message>
        <source>%1 connection</source>
        <translation>%1 Verbindung</translation>
    </message>
    <message>
        <source>%1 connections</source>
        <translation>%1 Verbindungen</translation>
    </message>
    <message>
        <source>%1 zone</source>
        <translation>%1 Zone</translation>
    </message>
    <message>
        <source>%1 zones</source>
        <translation>%1 Zonen</translation>
    </message>
    <message>
        <source>%1 is out of range for &apos;%2&apos; (%3 to %4)</source>
        <translation>%1 liegt außerhalb des Bereichs für &apos;%2&apos; (%3 bis %4)</translation>
    </message>
    <message>
        <source>Reset %1 of %2 items</source>
        <translation>%1 von %2 Elementen zurücksetzen</translation>
    </message>
    <message>
        <source>Change %1 of %2 items</source>
        <translation>%1 von %2 Elementen ändern</translation>
    </message>
    <message>
        <source>A name cannot be empty.</source>
        <translation>Ein Name darf nicht leer sein.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Line style</source>
        <translation>Linienstil</translation>
    </message>
    <message>
        <source>Orthogonal (around the cards)</source>
        <translation>Rechtwinklig (um die Karten herum)</translation>
    </message>
    <message>
        <source>Curved</source>
        <translation>Geschwungen</translation>
    </message>
    <message>
        <source>Straight</source>
        <translation>Gerade</translation>
    </message>
    <message>
        <source>How the line is drawn on the canvas and in the diagram exports</source>
        <translation>Wie die Linie auf der Zeichenfläche und in den Diagrammexporten gezeichnet wird</translation>
    </message>
    <message>
        <source>Remove Bends</source>
        <translation>Knicke entfernen</translation>
    </message>
    <message>
        <source>Takes out the bends dragged into this line, so it is routed on its own again</source>
        <translation>Entfernt die in diese Linie gezogenen Knicke, sodass sie wieder selbst geführt wird</translation>
    </message>
    <message>
        <source>L&amp;ine:</source>
        <translation>L&amp;inie:</translation>
    </message>
</context>
<context>
    <name>sd::QuestionnaireView</name>
    <message>
        <source>Apply suggestions…</source>
        <translation>Vorschläge anwenden…</translation>
    </message>
    <message>
        <source>Change replicas, autoscaling and storage so that the design meets the answers (one undoable step).</source>
        <translation>Replikas, Autoscaling und Speicher so ändern, dass der Entwurf den Antworten entspricht (ein Schritt, rückgängig machbar).</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF exportieren…</translation>
    </message>
    <message>
        <source>Why we ask: %1</source>
        <translation>Warum wir fragen: %1</translation>
    </message>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>(open)</source>
        <translation>(offen)</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>09:00-17:00 America/New_York</source>
        <translation>09:00-17:00 America/New_York</translation>
    </message>
    <message>
        <source>note: where the number comes from, exceptions…</source>
        <translation>Notiz: woher die Zahl stammt, Ausnahmen…</translation>
    </message>
    <message>
        <source>Capacity estimate</source>
        <translation>Kapazitätsschätzung</translation>
    </message>
    <message>
        <source>Peak load: &lt;b&gt;%1 requests per second&lt;/b&gt;.</source>
        <translation>Spitzenlast: &lt;b&gt;%1 Anfragen pro Sekunde&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Answer the peak concurrent users and the requests per user and minute to see requests per second and replicas.</source>
        <translation>Beantworten Sie die gleichzeitigen Nutzer zur Spitzenzeit und die Anfragen pro Nutzer und Minute, um Anfragen pro Sekunde und Replikas zu sehen.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>req/s</source>
        <translation>Anfr./s</translation>
    </message>
    <message>
        <source>CPUs busy</source>
        <translation>Ausgelastete CPUs</translation>
    </message>
    <message>
        <source>Replicas (min–max)</source>
        <translation>Replikas (min.–max.)</translation>
    </message>
    <message>
        <source>%1 concurrent</source>
        <translation>%1 gleichzeitig</translation>
    </message>
    <message>
        <source>Room to lose one availability zone is included. Unanswered CPU times count as %1 ms.</source>
        <translation>Reserve für den Ausfall einer Verfügbarkeitszone ist eingerechnet. Unbeantwortete CPU-Zeiten zählen als %1 ms.</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>Where the design does not meet the answers</source>
        <translation>Wo der Entwurf den Antworten nicht entspricht</translation>
    </message>
    <message>
        <source>the questionnaire exporter is missing</source>
        <translation>der Fragebogen-Exporter fehlt</translation>
    </message>
    <message>
        <source>Export questionnaire as PDF</source>
        <translation>Fragebogen als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Apply capacity suggestions</source>
        <translation>Kapazitätsvorschläge anwenden</translation>
    </message>
    <message>
        <source>These changes make the design meet the answers. They are applied as one step; Undo takes them all back.</source>
        <translation>Diese Änderungen bringen den Entwurf in Einklang mit den Antworten. Sie werden in einem Schritt angewendet; Rückgängig nimmt sie alle zurück.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Storage at the horizon</source>
        <translation>Speicher am Horizont</translation>
    </message>
    <message>
        <source>How each figure follows</source>
        <translation>Wie jede Zahl zustande kommt</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Show and print all questions, the product owner&apos;s (business questions in plain language) or the engineers&apos; worksheet; all are answered into the same design.</source>
        <translation>Alle Fragen zeigen und drucken, die des Product Owners (fachliche Fragen in einfacher Sprache) oder das Arbeitsblatt der Technik; alle werden in denselben Entwurf beantwortet.</translation>
    </message>
    <message>
        <source>Affects in the drawing: %1</source>
        <translation>Betrifft in der Zeichnung: %1</translation>
    </message>
    <message>
        <source>Nothing was imported from %1:</source>
        <translation>Aus %1 wurde nichts importiert:</translation>
    </message>
    <message>
        <source>Import answers from %1</source>
        <translation>Antworten aus %1 importieren</translation>
    </message>
    <message>
        <source>%1 answer(s) changed; %2.</source>
        <translation>%1 Antwort(en) geändert; %2.</translation>
    </message>
    <message>
        <source>%1 answer(s) no longer apply to the design and were left out:</source>
        <translation>%1 Antwort(en) gelten nicht mehr für den Entwurf und wurden ausgelassen:</translation>
    </message>
    <message>
        <source>Import Answers</source>
        <translation>Antworten importieren</translation>
    </message>
    <message>
        <source>Answers files (*.yaml *.yml *.json);;All files (*)</source>
        <translation>Antwortdateien (*.yaml *.yml *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <source>Why we ask: as for “%1”</source>
        <translation>Warum wir fragen: wie bei „%1“</translation>
    </message>
    <message>
        <source>%1 today, %2 at %3 months</source>
        <translation>%1 heute, %2 nach %3 Monaten</translation>
    </message>
    <message>
        <source>Import Again</source>
        <translation>Erneut importieren</translation>
    </message>
    <message>
        <source>Import the changed answers file as one undoable step.</source>
        <translation>Die geänderte Antwortdatei als ein rückgängig machbarer Schritt importieren.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>The answers file %1 changed on disk since it was imported.</source>
        <translation>Die Antwortdatei %1 wurde seit dem Import auf der Festplatte geändert.</translation>
    </message>
</context>
<context>
    <name>sd::StartPage</name>
    <message>
        <source>Start a design</source>
        <translation>Einen Entwurf beginnen</translation>
    </message>
    <message>
        <source>Drag components from the palette onto the canvas, or:</source>
        <translation>Ziehen Sie Komponenten aus der Palette auf die Zeichenfläche, oder:</translation>
    </message>
    <message>
        <source>New Design…</source>
        <translation>Neuer Entwurf…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>A new, untitled design from the example “%1”</source>
        <translation>Ein neuer, unbenannter Entwurf aus dem Beispiel „%1“</translation>
    </message>
</context>
</TS>
