<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AnswersFile</name>
    <message>
        <source>an answers file must be a mapping with &apos;answers&apos;, not %1</source>
        <translation>un fichier de réponses doit être un mappage contenant &apos;answers&apos;, pas %1</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; (expected stackdraftAnswers, design, progress, answers)</source>
        <translation>clé inconnue &apos;%1&apos; (attendu : stackdraftAnswers, design, progress, answers)</translation>
    </message>
    <message>
        <source>&apos;stackdraftAnswers&apos; must be a format version number</source>
        <translation>&apos;stackdraftAnswers&apos; doit être un numéro de version de format</translation>
    </message>
    <message>
        <source>answers file version %1 is newer than this Stackdraft understands (%2)</source>
        <translation>la version %1 du fichier de réponses est plus récente que ce que cette version de Stackdraft comprend (%2)</translation>
    </message>
    <message>
        <source>the answers are for the design &apos;%1&apos;, not &apos;%2&apos;</source>
        <translation>les réponses concernent la conception &apos;%1&apos;, pas &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;answers&apos; is missing</source>
        <translation>&apos;answers&apos; est absent</translation>
    </message>
    <message>
        <source>&apos;answers&apos; must be a list, not %1</source>
        <translation>&apos;answers&apos; doit être une liste, pas %1</translation>
    </message>
    <message>
        <source>answer %1</source>
        <translation>réponse %1</translation>
    </message>
    <message>
        <source>%1 must be a mapping with &apos;question&apos; and &apos;value&apos;, not %2</source>
        <translation>%1 doit être un mappage contenant &apos;question&apos; et &apos;value&apos;, pas %2</translation>
    </message>
    <message>
        <source>%1: unknown key &apos;%2&apos; (expected question, value, note)</source>
        <translation>%1 : clé inconnue &apos;%2&apos; (attendu : question, value, note)</translation>
    </message>
    <message>
        <source>%1 has no &apos;question&apos; id</source>
        <translation>%1 n&apos;a pas d&apos;identifiant &apos;question&apos;</translation>
    </message>
    <message>
        <source>unknown question id &apos;%1&apos;</source>
        <translation>identifiant de question inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>question &apos;%1&apos; is answered twice</source>
        <translation>la question &apos;%1&apos; a deux réponses</translation>
    </message>
    <message>
        <source>the note of &apos;%1&apos; must be text, not %2</source>
        <translation>la note de &apos;%1&apos; doit être du texte, pas %2</translation>
    </message>
    <message>
        <source>%1 questions to answer</source>
        <translation>%1 questions auxquelles répondre</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>is a folder, not an answers file</source>
        <translation>est un dossier, pas un fichier de réponses</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>lecture impossible : %1</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>le fichier dépasse %1 Mio</translation>
    </message>
    <message>
        <source>&apos;%1&apos; no longer applies and is not imported: %2</source>
        <translation>&apos;%1&apos; ne s&apos;applique plus et n&apos;est pas importé : %2</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>only %1 of %2 bytes reached the disk</source>
        <translation>seuls %1 octets sur %2 ont atteint le disque</translation>
    </message>
    <message>
        <source>the file read back differs from what was written</source>
        <translation>le fichier relu diffère de ce qui a été écrit</translation>
    </message>
    <message>
        <source>it is a symbolic link; Stackdraft does not write through links here</source>
        <translation>c’est un lien symbolique ; Stackdraft n’écrit pas à travers les liens ici</translation>
    </message>
    <message>
        <source>it is a symbolic link to nothing</source>
        <translation>c’est un lien symbolique vers rien</translation>
    </message>
    <message>
        <source>it exists and is not a regular file</source>
        <translation>il existe et n’est pas un fichier ordinaire</translation>
    </message>
</context>
<context>
    <name>Canvas</name>
    <message>
        <source>autoscale %1–%2</source>
        <translation>échelle auto %1–%2</translation>
    </message>
    <message numerus="yes">
        <source>%n replica(s)</source>
        <translation>
            <numerusform>%n réplique</numerusform>
            <numerusform>%n répliques</numerusform>
        </translation>
    </message>
    <message>
        <source>multi-AZ</source>
        <translation>multi-AZ</translation>
    </message>
    <message>
        <source>public</source>
        <translation>public</translation>
    </message>
    <message>
        <source>cross-region</source>
        <translation>multirégion</translation>
    </message>
</context>
<context>
    <name>Capacity</name>
    <message>
        <source>it runs in a single availability zone; losing that zone stops it</source>
        <translation>il s&apos;exécute dans une seule zone de disponibilité ; la perte de cette zone l&apos;arrête</translation>
    </message>
    <message>
        <source>autoscaling stops at %1 replicas, below the %2 the peak needs with room to lose a zone</source>
        <translation>la mise à l&apos;échelle automatique s&apos;arrête à %1 répliques, en dessous des %2 nécessaires au pic avec une marge pour perdre une zone</translation>
    </message>
    <message>
        <source>autoscaling stops at %1 replicas, below the %2 the peak needs</source>
        <translation>la mise à l&apos;échelle automatique s&apos;arrête à %1 répliques, en dessous des %2 nécessaires au pic</translation>
    </message>
    <message>
        <source>a fixed replica count of %1 cannot carry the peak, which needs %2 with room to lose a zone</source>
        <translation>un nombre fixe de %1 répliques ne peut pas absorber le pic, qui en exige %2 avec une marge pour perdre une zone</translation>
    </message>
    <message>
        <source>a fixed replica count of %1 cannot carry the peak, which needs %2</source>
        <translation>un nombre fixe de %1 répliques ne peut pas absorber le pic, qui en exige %2</translation>
    </message>
    <message>
        <source>follow the load between normal and peak</source>
        <translation>suivre la charge entre le niveau normal et le pic</translation>
    </message>
    <message>
        <source>start with the autoscaling minimum</source>
        <translation>démarrer au minimum de la mise à l&apos;échelle automatique</translation>
    </message>
    <message>
        <source>its rate limit of %1 req/s throttles the expected peak of %2 req/s</source>
        <translation>sa limite de débit de %1 req/s bride le pic attendu de %2 req/s</translation>
    </message>
    <message>
        <source>25 % above the expected peak, rounded up to 100</source>
        <translation>25 % au-dessus du pic attendu, arrondi à la centaine supérieure</translation>
    </message>
    <message>
        <source>a single copy in one zone cannot meet the %1 % availability target</source>
        <translation>une copie unique dans une seule zone ne peut pas atteindre l&apos;objectif de disponibilité de %1 %</translation>
    </message>
    <message>
        <source>a standby in another zone takes over automatically</source>
        <translation>une instance de secours dans une autre zone prend le relais automatiquement</translation>
    </message>
    <message>
        <source>without a copy in another region, losing the region loses more than the %1 minutes of data allowed</source>
        <translation>sans copie dans une autre région, la perte de la région fait perdre plus que les %1 minutes de données autorisées</translation>
    </message>
    <message>
        <source>its SLA of %1 % is below the %2 % target and there is no fallback</source>
        <translation>son SLA de %1 % est inférieur à l&apos;objectif de %2 % et il n&apos;existe pas de solution de repli</translation>
    </message>
    <message>
        <source>answer not used: %1</source>
        <translation>réponse non utilisée : %1</translation>
    </message>
    <message>
        <source>%1 users at the same time at the peak (answered)</source>
        <translation>%1 utilisateurs simultanés au pic (répondu)</translation>
    </message>
    <message>
        <source>%1 daily users x %2 min per session / %3 min peak window = %4 users at the same time (Little&apos;s law)</source>
        <translation>%1 utilisateurs quotidiens x %2 min par session / %3 min de fenêtre de pic = %4 utilisateurs simultanés (loi de Little)</translation>
    </message>
    <message>
        <source>x %1 peak multiplier = %2 users at the same time at the peak</source>
        <translation>x %1 facteur de pic = %2 utilisateurs simultanés au pic</translation>
    </message>
    <message>
        <source>peak concurrent users: answer them, or derive them from %1</source>
        <translation>utilisateurs simultanés au pic : répondez, ou déduisez-les de %1</translation>
    </message>
    <message>
        <source>%1 users x %2 requests per minute / 60 = %3 req/s at each entry point</source>
        <translation>%1 utilisateurs x %2 requêtes par minute / 60 = %3 req/s à chaque point d&apos;entrée</translation>
    </message>
    <message>
        <source>growth: %1 daily users in %2 months / %3 today = x %4</source>
        <translation>croissance : %1 utilisateurs quotidiens dans %2 mois / %3 aujourd&apos;hui = x %4</translation>
    </message>
    <message>
        <source>the expected daily users (%1) are fewer than today&apos;s (%2): sized for today</source>
        <translation>les utilisateurs quotidiens attendus (%1) sont moins nombreux qu&apos;aujourd&apos;hui (%2) : dimensionné pour aujourd&apos;hui</translation>
    </message>
    <message>
        <source>needs %1 GiB of storage: beyond one store; partition, archive or re-think</source>
        <translation>il faut %1 Gio de stockage : au-delà d&apos;un seul stockage ; partitionnez, archivez ou repensez</translation>
    </message>
    <message>
        <source>needs %1 replicas: beyond one deployment; shard or re-think</source>
        <translation>il faut %1 réplicas : au-delà d&apos;un seul déploiement ; partitionnez ou repensez</translation>
    </message>
    <message>
        <source>%1 req/s at the peak (answered)</source>
        <translation>%1 req/s au pic (répondu)</translation>
    </message>
    <message>
        <source>entry point: %1 req/s</source>
        <translation>point d&apos;entrée : %1 req/s</translation>
    </message>
    <message>
        <source>%1 %2 req/s x %3 calls per request</source>
        <translation>%1 %2 req/s x %3 appels par requête</translation>
    </message>
    <message>
        <source>%1 = %2 req/s at the peak</source>
        <translation>%1 = %2 req/s au pic</translation>
    </message>
    <message>
        <source>runs on its schedule, one run at a time: the user load does not apply</source>
        <translation>s&apos;exécute selon sa planification, une exécution à la fois : la charge des utilisateurs ne s&apos;applique pas</translation>
    </message>
    <message>
        <source>runs on its schedule (%1), one run at a time: the user load does not apply</source>
        <translation>s&apos;exécute selon sa planification (%1), une exécution à la fois : la charge des utilisateurs ne s&apos;applique pas</translation>
    </message>
    <message>
        <source>no entry point reaches it and its own peak is not answered: no load (draw who calls it, or answer its peak)</source>
        <translation>aucun point d&apos;entrée ne l&apos;atteint et son propre pic n&apos;est pas renseigné : aucune charge (dessinez qui l&apos;appelle, ou répondez à son pic)</translation>
    </message>
    <message>
        <source>%1 req/s x %2 ms CPU per request%3 = %4 CPUs busy</source>
        <translation>%1 req/s x %2 ms de CPU par requête%3 = %4 CPU occupés</translation>
    </message>
    <message>
        <source> (assumed)</source>
        <translation> (supposé)</translation>
    </message>
    <message>
        <source>one execution per busy CPU: %1 concurrent executions</source>
        <translation>une exécution par CPU occupé : %1 exécutions simultanées</translation>
    </message>
    <message>
        <source>%1 CPU per replica at %2 % target carries %3 CPU: %4 / %3 = %5 replicas</source>
        <translation>%1 CPU par réplica à %2 % de cible porte %3 CPU : %4 / %3 = %5 réplicas</translation>
    </message>
    <message>
        <source>%1 zones%2, room to lose one: %3 replicas at the peak</source>
        <translation>%1 zones%2, de quoi en perdre une : %3 réplicas au pic</translation>
    </message>
    <message>
        <source>one zone, no room to lose it: %1 replicas at the peak</source>
        <translation>une zone, aucune marge pour la perdre : %1 réplicas au pic</translation>
    </message>
    <message>
        <source>normal load %1 req/s (peak / %2): %3 replicas, at least %4 over the zones: minimum %5</source>
        <translation>charge normale %1 req/s (pic / %2) : %3 réplicas, au moins %4 sur les zones : minimum %5</translation>
    </message>
    <message>
        <source>peak multiplier not answered: minimum %1 for availability (at least one per zone and 2)</source>
        <translation>facteur de pic non renseigné : minimum %1 pour la disponibilité (au moins un par zone et 2)</translation>
    </message>
    <message>
        <source>at the horizon (x %1 in %2 months): %3 req/s, %4 CPUs busy, %5 to %6 replicas</source>
        <translation>à l&apos;horizon (x %1 dans %2 mois) : %3 req/s, %4 CPU occupés, %5 à %6 réplicas</translation>
    </message>
    <message>
        <source>%1 req/s x %2 KiB per request = %3 MiB/s of network at the peak</source>
        <translation>%1 req/s x %2 Kio par requête = %3 Mio/s de réseau au pic</translation>
    </message>
    <message>
        <source>%1 GiB today + %2 months x %3 GiB = %4 GiB</source>
        <translation>%1 Gio aujourd&apos;hui + %2 mois x %3 Gio = %4 Gio</translation>
    </message>
    <message>
        <source>%1 GiB of storage is less than the %2 GiB expected after %3 months</source>
        <translation>%1 Gio de stockage, c&apos;est moins que les %2 Gio attendus après %3 mois</translation>
    </message>
    <message>
        <source>the size after %1 months plus 25 %</source>
        <translation>la taille après %1 mois plus 25 %</translation>
    </message>
    <message>
        <source>without backups, losing it loses everything; the recovery point allows %1 minutes</source>
        <translation>sans sauvegardes, le perdre fait tout perdre ; le point de reprise autorise %1 minutes</translation>
    </message>
    <message>
        <source>point-in-time recovery keeps the loss to minutes, within the %1 minutes allowed</source>
        <translation>la restauration à un instant donné limite la perte à quelques minutes, dans les %1 minutes autorisées</translation>
    </message>
    <message>
        <source>below 5 minutes of loss needs a synchronous standby; backups lose up to 5 minutes</source>
        <translation>moins de 5 minutes de perte exige une réplique synchrone ; les sauvegardes perdent jusqu&apos;à 5 minutes</translation>
    </message>
    <message>
        <source>restoring %1 GiB at about %2 GiB per hour takes %3 h, longer than the %4 minutes it may be down</source>
        <translation>restaurer %1 Gio à environ %2 Gio par heure prend %3 h, plus que les %4 minutes d&apos;arrêt permises</translation>
    </message>
    <message>
        <source>a standby takes over in minutes instead of a restore of hours</source>
        <translation>une réplique de secours prend le relais en minutes au lieu d&apos;une restauration de plusieurs heures</translation>
    </message>
    <message>
        <source>%1 daily users on average to the horizon x %2 uploads per day x %3 MB x 30 days / %4 MB per GiB = %5 GiB per month</source>
        <translation>%1 utilisateurs quotidiens en moyenne jusqu&apos;à l&apos;horizon x %2 envois par jour x %3 Mo x 30 jours / %4 Mo par Gio = %5 Gio par mois</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>%1 is out of range for &apos;%2&apos; (%3 to %4)</source>
        <translation>%1 est hors limites pour &apos;%2&apos; (%3 à %4)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a whole number</source>
        <translation>&apos;%1&apos; exige un nombre entier</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a number</source>
        <translation>&apos;%1&apos; exige un nombre</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs true or false</source>
        <translation>&apos;%1&apos; exige true ou false</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be one of: %2</source>
        <translation>&apos;%1&apos; doit valoir l&apos;une des valeurs suivantes : %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs text</source>
        <translation>&apos;%1&apos; exige du texte</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>Répliques</translation>
    </message>
    <message>
        <source>How many identical instances run at the same time. One replica fails alone.</source>
        <translation>Nombre d&apos;instances identiques exécutées en même temps. Une réplique tombe en panne seule.</translation>
    </message>
    <message>
        <source>Autoscaling</source>
        <translation>Mise à l&apos;échelle automatique</translation>
    </message>
    <message>
        <source>Add and remove replicas with the load.</source>
        <translation>Ajouter et retirer des répliques selon la charge.</translation>
    </message>
    <message>
        <source>Minimum replicas</source>
        <translation>Répliques minimum</translation>
    </message>
    <message>
        <source>Replicas that always run, even without load.</source>
        <translation>Répliques toujours en cours d&apos;exécution, même sans charge.</translation>
    </message>
    <message>
        <source>Maximum replicas</source>
        <translation>Répliques maximum</translation>
    </message>
    <message>
        <source>Upper bound for autoscaling; it must cover the expected peak.</source>
        <translation>Limite haute de la mise à l&apos;échelle automatique ; elle doit couvrir le pic attendu.</translation>
    </message>
    <message>
        <source>CPU target</source>
        <translation>Cible CPU</translation>
    </message>
    <message>
        <source>Average CPU use, relative to the CPU request, that autoscaling aims for. Sensible values are 50 to 80 %.</source>
        <translation>Utilisation CPU moyenne, rapportée à la requête CPU, que vise la mise à l&apos;échelle automatique. Les valeurs raisonnables vont de 50 à 80 %.</translation>
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
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Take automated backups with point-in-time recovery.</source>
        <translation>Effectuer des sauvegardes automatiques avec restauration à un instant donné.</translation>
    </message>
    <message>
        <source>Backup retention</source>
        <translation>Rétention des sauvegardes</translation>
    </message>
    <message>
        <source>How long backups are kept. Seven days is the usual minimum.</source>
        <translation>Durée de conservation des sauvegardes. Sept jours sont le minimum habituel.</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>Cross-region replica</source>
        <translation>Réplique inter-régions</translation>
    </message>
    <message>
        <source>Keep a copy in another region, for recovery when a whole region is lost.</source>
        <translation>Conserver une copie dans une autre région, pour la reprise en cas de perte d&apos;une région entière.</translation>
    </message>
    <message>
        <source>Replica region</source>
        <translation>Région de la réplique</translation>
    </message>
    <message>
        <source>Region that holds the cross-region copy.</source>
        <translation>Région qui héberge la copie inter-régions.</translation>
    </message>
    <message>
        <source>eu-central-1</source>
        <translation>eu-central-1</translation>
    </message>
    <message>
        <source>Versioning</source>
        <translation>Gestion des versions</translation>
    </message>
    <message>
        <source>Keep earlier versions of objects, so an overwrite or delete can be undone.</source>
        <translation>Conserver les versions antérieures des objets, pour pouvoir annuler un écrasement ou une suppression.</translation>
    </message>
    <message>
        <source>Encryption at rest</source>
        <translation>Chiffrement au repos</translation>
    </message>
    <message>
        <source>Encrypt stored data with a managed key.</source>
        <translation>Chiffrer les données stockées avec une clé gérée.</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Instance size</source>
        <translation>Taille d&apos;instance</translation>
    </message>
    <message>
        <source>Size class of each instance; exporters map it to the provider&apos;s instance types.</source>
        <translation>Classe de taille de chaque instance ; les exportateurs la traduisent en types d&apos;instance du fournisseur.</translation>
    </message>
    <message>
        <source>Container image</source>
        <translation>Image de conteneur</translation>
    </message>
    <message>
        <source>Image with a fixed tag (never latest).</source>
        <translation>Image avec une étiquette fixe (jamais latest).</translation>
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
        <translation>Port sur lequel le processus écoute.</translation>
    </message>
    <message>
        <source>CPU request</source>
        <translation>Requête CPU</translation>
    </message>
    <message>
        <source>CPU reserved for each replica; autoscaling measures against it.</source>
        <translation>CPU réservé à chaque réplique ; la mise à l&apos;échelle automatique se mesure par rapport à lui.</translation>
    </message>
    <message>
        <source>millicores</source>
        <translation>millicores</translation>
    </message>
    <message>
        <source>CPU limit</source>
        <translation>Limite CPU</translation>
    </message>
    <message>
        <source>Most CPU one replica may use.</source>
        <translation>CPU maximal qu&apos;une réplique peut utiliser.</translation>
    </message>
    <message>
        <source>Memory request</source>
        <translation>Requête mémoire</translation>
    </message>
    <message>
        <source>Memory reserved for each replica.</source>
        <translation>Mémoire réservée à chaque réplique.</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>Mio</translation>
    </message>
    <message>
        <source>Memory limit</source>
        <translation>Limite mémoire</translation>
    </message>
    <message>
        <source>Most memory one replica may use before it is restarted.</source>
        <translation>Mémoire maximale qu&apos;une réplique peut utiliser avant d&apos;être redémarrée.</translation>
    </message>
    <message>
        <source>Liveness path</source>
        <translation>Chemin de liveness</translation>
    </message>
    <message>
        <source>HTTP path that answers while the process is alive.</source>
        <translation>Chemin HTTP qui répond tant que le processus est en vie.</translation>
    </message>
    <message>
        <source>Readiness path</source>
        <translation>Chemin de readiness</translation>
    </message>
    <message>
        <source>HTTP path that answers when the process can take traffic.</source>
        <translation>Chemin HTTP qui répond quand le processus peut recevoir du trafic.</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>Provisioned storage per instance.</source>
        <translation>Stockage provisionné par instance.</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>Gio</translation>
    </message>
    <message>
        <source>Hosting</source>
        <translation>Hébergement</translation>
    </message>
    <message>
        <source>A managed cloud service, run in the Kubernetes cluster, or self-hosted on virtual machines.</source>
        <translation>Un service cloud géré, exécuté dans le cluster Kubernetes ou auto-hébergé sur des machines virtuelles.</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Calcul</translation>
    </message>
    <message>
        <source>Microservice</source>
        <translation>Microservice</translation>
    </message>
    <message>
        <source>A service in a container, one job, deployed on its own.</source>
        <translation>Un service dans un conteneur, avec une seule responsabilité, déployé indépendamment.</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Where the containers run: a Kubernetes cluster, the provider&apos;s container service, or plain virtual machines.</source>
        <translation>Où s&apos;exécutent les conteneurs : un cluster Kubernetes, le service de conteneurs du fournisseur ou de simples machines virtuelles.</translation>
    </message>
    <message>
        <source>Stateful</source>
        <translation>Avec état</translation>
    </message>
    <message>
        <source>Keeps state in memory or on local disk between requests; scaling out then needs shared state.</source>
        <translation>Conserve un état en mémoire ou sur disque local entre les requêtes ; la mise à l&apos;échelle horizontale exige alors un état partagé.</translation>
    </message>
    <message>
        <source>Shared state</source>
        <translation>État partagé</translation>
    </message>
    <message>
        <source>State lives in a shared or replicated store, so any replica can serve any request.</source>
        <translation>L&apos;état réside dans un stockage partagé ou répliqué, de sorte que toute réplique peut traiter toute requête.</translation>
    </message>
    <message>
        <source>Monolith</source>
        <translation>Monolithe</translation>
    </message>
    <message>
        <source>One deployable application that holds many features.</source>
        <translation>Une application déployable d&apos;un seul tenant qui regroupe de nombreuses fonctionnalités.</translation>
    </message>
    <message>
        <source>Where the application runs: a Kubernetes cluster, the provider&apos;s container service, or plain virtual machines.</source>
        <translation>Où s&apos;exécute l&apos;application : un cluster Kubernetes, le service de conteneurs du fournisseur ou de simples machines virtuelles.</translation>
    </message>
    <message>
        <source>Keeps sessions or files locally; scaling out then needs shared state.</source>
        <translation>Conserve des sessions ou des fichiers en local ; la mise à l&apos;échelle horizontale exige alors un état partagé.</translation>
    </message>
    <message>
        <source>Serverless function</source>
        <translation>Fonction serverless</translation>
    </message>
    <message>
        <source>Code run on demand by the platform, scaled per request.</source>
        <translation>Code exécuté à la demande par la plateforme, mis à l&apos;échelle à chaque requête.</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Environnement d&apos;exécution</translation>
    </message>
    <message>
        <source>Language runtime of the function; pick one the provider still supports so it keeps getting security patches.</source>
        <translation>Environnement d&apos;exécution du langage de la fonction ; choisissez-en un que le fournisseur prend encore en charge pour continuer à recevoir les correctifs de sécurité.</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Memory per invocation; CPU grows with it.</source>
        <translation>Mémoire par invocation ; le CPU augmente avec elle.</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Délai d&apos;expiration</translation>
    </message>
    <message>
        <source>Longest an invocation may run before it is stopped; keep it below the timeout of whoever calls the function.</source>
        <translation>Durée maximale d&apos;une invocation avant son arrêt ; gardez-la sous le délai d&apos;expiration de l&apos;appelant de la fonction.</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Déclencheur</translation>
    </message>
    <message>
        <source>What starts the function: an HTTP request, a queue message, a schedule or an event.</source>
        <translation>Ce qui démarre la fonction : une requête HTTP, un message de file d&apos;attente, une planification ou un événement.</translation>
    </message>
    <message>
        <source>Batch job</source>
        <translation>Tâche batch</translation>
    </message>
    <message>
        <source>A scheduled or triggered job that runs to completion.</source>
        <translation>Une tâche planifiée ou déclenchée qui s&apos;exécute jusqu&apos;à son terme.</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>Cron expression of when the job runs (UTC).</source>
        <translation>Expression cron indiquant quand la tâche s&apos;exécute (UTC).</translation>
    </message>
    <message>
        <source>Virtual machine</source>
        <translation>Machine virtuelle</translation>
    </message>
    <message>
        <source>A server you operate yourself: operating system, patches and all.</source>
        <translation>Un serveur que vous exploitez vous-même : système d&apos;exploitation, correctifs et tout le reste.</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Système d&apos;exploitation</translation>
    </message>
    <message>
        <source>Operating system image family; on a virtual machine you patch it yourself.</source>
        <translation>Famille d&apos;images du système d&apos;exploitation ; sur une machine virtuelle, vous appliquez vous-même les correctifs.</translation>
    </message>
    <message>
        <source>Port the application listens on.</source>
        <translation>Port sur lequel l&apos;application écoute.</translation>
    </message>
    <message>
        <source>Kubernetes cluster</source>
        <translation>Cluster Kubernetes</translation>
    </message>
    <message>
        <source>A managed Kubernetes cluster; the workloads inside it run on its nodes.</source>
        <translation>Un cluster Kubernetes géré ; les charges de travail qu&apos;il contient s&apos;exécutent sur ses nœuds.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Kubernetes minor version to run; stay on a supported version to keep getting security fixes.</source>
        <translation>Version mineure de Kubernetes à exécuter ; restez sur une version prise en charge pour continuer à recevoir les correctifs de sécurité.</translation>
    </message>
    <message>
        <source>Minimum nodes</source>
        <translation>Nœuds minimum</translation>
    </message>
    <message>
        <source>Nodes that always run; three spreads over three zones.</source>
        <translation>Nœuds toujours en cours d&apos;exécution ; trois se répartissent sur trois zones.</translation>
    </message>
    <message>
        <source>Maximum nodes</source>
        <translation>Nœuds maximum</translation>
    </message>
    <message>
        <source>Upper bound for the cluster autoscaler.</source>
        <translation>Limite haute de l&apos;autoscaler du cluster.</translation>
    </message>
    <message>
        <source>Private endpoint</source>
        <translation>Point de terminaison privé</translation>
    </message>
    <message>
        <source>Keep the control plane off the public internet.</source>
        <translation>Garder le plan de contrôle hors de l&apos;Internet public.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Relational database</source>
        <translation>Base de données relationnelle</translation>
    </message>
    <message>
        <source>PostgreSQL or MySQL, managed or self-hosted.</source>
        <translation>PostgreSQL ou MySQL, géré ou auto-hébergé.</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Moteur</translation>
    </message>
    <message>
        <source>Database engine; exporters pick the matching managed service or container image.</source>
        <translation>Moteur de base de données ; les exportateurs choisissent le service géré ou l&apos;image de conteneur correspondant.</translation>
    </message>
    <message>
        <source>Engine version</source>
        <translation>Version du moteur</translation>
    </message>
    <message>
        <source>Major version of the engine; stay on a supported version to keep getting security fixes.</source>
        <translation>Version majeure du moteur ; restez sur une version prise en charge pour continuer à recevoir les correctifs de sécurité.</translation>
    </message>
    <message>
        <source>Distributed SQL</source>
        <translation>SQL distribué</translation>
    </message>
    <message>
        <source>Globally distributed SQL database (Spanner-like) with synchronous replication.</source>
        <translation>Base de données SQL distribuée mondialement (de type Spanner) avec réplication synchrone.</translation>
    </message>
    <message>
        <source>Distributed SQL product; each keeps a majority quorum of replicas, so plan for at least three.</source>
        <translation>Produit SQL distribué ; chacun maintient un quorum majoritaire de répliques, prévoyez donc au moins trois répliques.</translation>
    </message>
    <message>
        <source>Multi-region</source>
        <translation>Multirégion</translation>
    </message>
    <message>
        <source>Replicate across regions so a region loss keeps the database available.</source>
        <translation>Répliquer entre régions pour que la base de données reste disponible en cas de perte d&apos;une région.</translation>
    </message>
    <message>
        <source>Document database</source>
        <translation>Base de données documentaire</translation>
    </message>
    <message>
        <source>Document or key-value NoSQL store.</source>
        <translation>Stockage NoSQL de documents ou clé-valeur.</translation>
    </message>
    <message>
        <source>Document database product; DynamoDB, Firestore and Cosmos DB are each tied to one cloud provider.</source>
        <translation>Produit de base documentaire ; DynamoDB, Firestore et Cosmos DB sont chacun liés à un fournisseur cloud.</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>In-memory cache such as Redis or Memcached.</source>
        <translation>Cache en mémoire comme Redis ou Memcached.</translation>
    </message>
    <message>
        <source>Cache engine; Redis can replicate and fail over, Memcached loses its data when a node goes away.</source>
        <translation>Moteur de cache ; Redis sait répliquer et basculer, Memcached perd ses données quand un nœud disparaît.</translation>
    </message>
    <message>
        <source>Version of the engine; stay on a supported version to keep getting security fixes.</source>
        <translation>Version du moteur ; restez sur une version prise en charge pour continuer à recevoir les correctifs de sécurité.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Full-text search cluster such as Elasticsearch or OpenSearch.</source>
        <translation>Cluster de recherche plein texte comme Elasticsearch ou OpenSearch.</translation>
    </message>
    <message>
        <source>Search engine; OpenSearch is the open-source fork of Elasticsearch and both use the same APIs.</source>
        <translation>Moteur de recherche ; OpenSearch est le fork open source d&apos;Elasticsearch et les deux utilisent les mêmes API.</translation>
    </message>
    <message>
        <source>Object storage</source>
        <translation>Stockage d&apos;objets</translation>
    </message>
    <message>
        <source>Buckets of files and blobs (S3, Cloud Storage, Blob Storage).</source>
        <translation>Buckets de fichiers et de blobs (S3, Cloud Storage, Blob Storage).</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Cycle de vie</translation>
    </message>
    <message>
        <source>Days after which old objects expire; 0 keeps them.</source>
        <translation>Nombre de jours après lequel les anciens objets expirent ; 0 les conserve.</translation>
    </message>
    <message>
        <source>Message queue</source>
        <translation>File de messages</translation>
    </message>
    <message>
        <source>A queue that decouples producers from consumers.</source>
        <translation>Une file d&apos;attente qui découple les producteurs des consommateurs.</translation>
    </message>
    <message>
        <source>The provider&apos;s managed queue or a broker you run.</source>
        <translation>La file d&apos;attente gérée du fournisseur ou un broker que vous exploitez.</translation>
    </message>
    <message>
        <source>Dead-letter queue</source>
        <translation>File de lettres mortes</translation>
    </message>
    <message>
        <source>Park messages that keep failing instead of retrying them forever.</source>
        <translation>Mettre de côté les messages qui échouent sans cesse au lieu de les réessayer indéfiniment.</translation>
    </message>
    <message>
        <source>Max receives</source>
        <translation>Réceptions max.</translation>
    </message>
    <message>
        <source>Deliveries before a message goes to the dead-letter queue.</source>
        <translation>Nombre de livraisons avant qu&apos;un message ne parte dans la file de lettres mortes.</translation>
    </message>
    <message>
        <source>FIFO</source>
        <translation>FIFO</translation>
    </message>
    <message>
        <source>Deliver in order, exactly once, at lower throughput.</source>
        <translation>Livrer dans l&apos;ordre, exactement une fois, avec un débit moindre.</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Rétention</translation>
    </message>
    <message>
        <source>How long unconsumed messages are kept; it must outlast the longest consumer outage you plan for.</source>
        <translation>Durée de conservation des messages non consommés ; elle doit dépasser la plus longue panne de consommateur que vous prévoyez.</translation>
    </message>
    <message>
        <source>Event stream</source>
        <translation>Flux d&apos;événements</translation>
    </message>
    <message>
        <source>A partitioned, replicated log such as Kafka.</source>
        <translation>Un journal partitionné et répliqué comme Kafka.</translation>
    </message>
    <message>
        <source>Kafka, or the provider&apos;s managed stream.</source>
        <translation>Kafka, ou le flux géré du fournisseur.</translation>
    </message>
    <message>
        <source>Partitions</source>
        <translation>Partitions</translation>
    </message>
    <message>
        <source>Partitions per topic; they cap how many consumers of one group can read in parallel.</source>
        <translation>Partitions par topic ; elles plafonnent le nombre de consommateurs d&apos;un même groupe qui peuvent lire en parallèle.</translation>
    </message>
    <message>
        <source>How long events stay readable, so consumers can catch up or replay after an outage.</source>
        <translation>Durée pendant laquelle les événements restent lisibles, pour que les consommateurs puissent rattraper leur retard ou les rejouer après une panne.</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>Data warehouse</source>
        <translation>Entrepôt de données</translation>
    </message>
    <message>
        <source>Analytical store for reporting (BigQuery, Redshift, Synapse, Snowflake).</source>
        <translation>Stockage analytique pour le reporting (BigQuery, Redshift, Synapse, Snowflake).</translation>
    </message>
    <message>
        <source>Warehouse product; exporters map it to the matching provider service.</source>
        <translation>Produit d&apos;entrepôt ; les exportateurs le font correspondre au service du fournisseur.</translation>
    </message>
    <message>
        <source>Edge</source>
        <translation>Périphérie</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>Domain name service that points clients at your entry points.</source>
        <translation>Service de noms de domaine qui dirige les clients vers vos points d&apos;entrée.</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Domain served here; every request starts with a DNS lookup, so host it with a highly available provider.</source>
        <translation>Domaine servi ici ; chaque requête commence par une résolution DNS, hébergez-le donc chez un fournisseur hautement disponible.</translation>
    </message>
    <message>
        <source>CDN</source>
        <translation>CDN</translation>
    </message>
    <message>
        <source>Content delivery network that caches static and cacheable content near users.</source>
        <translation>Réseau de diffusion de contenu qui met en cache le contenu statique et cacheable près des utilisateurs.</translation>
    </message>
    <message>
        <source>Cache TTL</source>
        <translation>TTL du cache</translation>
    </message>
    <message>
        <source>How long edge locations keep a response before asking the origin again; longer times take load off the origin and ride out short origin failures.</source>
        <translation>Durée pendant laquelle les points de présence conservent une réponse avant de redemander à l&apos;origine ; des durées plus longues soulagent l&apos;origine et absorbent ses pannes brèves.</translation>
    </message>
    <message>
        <source>WAF</source>
        <translation>WAF</translation>
    </message>
    <message>
        <source>Web application firewall that filters malicious requests before they reach you.</source>
        <translation>Pare-feu applicatif web qui filtre les requêtes malveillantes avant qu&apos;elles ne vous atteignent.</translation>
    </message>
    <message>
        <source>Managed rules</source>
        <translation>Règles gérées</translation>
    </message>
    <message>
        <source>Use the provider-maintained rule sets (OWASP top 10, known bad inputs), which are updated as new attacks appear.</source>
        <translation>Utiliser les jeux de règles maintenus par le fournisseur (OWASP Top 10, entrées malveillantes connues), mis à jour à mesure que de nouvelles attaques apparaissent.</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Limite de débit</translation>
    </message>
    <message>
        <source>Requests per minute per client address before blocking, which blunts brute-force and small denial-of-service attacks; 0 turns it off.</source>
        <translation>Requêtes par minute et par adresse client avant blocage, ce qui freine la force brute et les petites attaques par déni de service ; 0 la désactive.</translation>
    </message>
    <message>
        <source>req/min</source>
        <translation>req/min</translation>
    </message>
    <message>
        <source>API gateway</source>
        <translation>Passerelle API</translation>
    </message>
    <message>
        <source>Managed entry point for APIs: routing, authentication, throttling.</source>
        <translation>Point d&apos;entrée géré pour les API : routage, authentification, limitation du débit.</translation>
    </message>
    <message>
        <source>Requests per second the gateway lets through before throttling, so a traffic spike cannot overload the services behind it.</source>
        <translation>Requêtes par seconde que la passerelle laisse passer avant de limiter, pour qu&apos;un pic de trafic ne surcharge pas les services en aval.</translation>
    </message>
    <message>
        <source>req/s</source>
        <translation>req/s</translation>
    </message>
    <message>
        <source>Load balancer</source>
        <translation>Équilibreur de charge</translation>
    </message>
    <message>
        <source>Spreads traffic over healthy replicas (L7 HTTP or L4 TCP).</source>
        <translation>Répartit le trafic sur les répliques saines (L7 HTTP ou L4 TCP).</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <source>L7 understands HTTP (paths, headers, TLS); L4 forwards TCP connections.</source>
        <translation>L7 comprend HTTP (chemins, en-têtes, TLS) ; L4 transmet des connexions TCP.</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Terminate HTTPS with a certificate so traffic is encrypted in transit; plain HTTP only redirects.</source>
        <translation>Terminer HTTPS avec un certificat pour chiffrer le trafic en transit ; le HTTP simple ne fait que rediriger.</translation>
    </message>
    <message>
        <source>Observability</source>
        <translation>Observabilité</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Métriques</translation>
    </message>
    <message>
        <source>Time-series metrics such as Prometheus.</source>
        <translation>Métriques en séries temporelles comme Prometheus.</translation>
    </message>
    <message>
        <source>Metrics system that collects and stores the time series, for example prometheus.</source>
        <translation>Système de métriques qui collecte et stocke les séries temporelles, par exemple prometheus.</translation>
    </message>
    <message>
        <source>How long metrics are kept; keep enough to compare today&apos;s load with past peaks.</source>
        <translation>Durée de conservation des métriques ; gardez-en assez pour comparer la charge du jour aux pics passés.</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>Tableaux de bord</translation>
    </message>
    <message>
        <source>Dashboards such as Grafana over metrics and logs.</source>
        <translation>Tableaux de bord comme Grafana sur les métriques et les journaux.</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Journaux</translation>
    </message>
    <message>
        <source>Central log collection and search (Elasticsearch, Logstash, Kibana).</source>
        <translation>Collecte et recherche centralisées des journaux (Elasticsearch, Logstash, Kibana).</translation>
    </message>
    <message>
        <source>How long logs are kept; security investigations and audits often need 90 days or more.</source>
        <translation>Durée de conservation des journaux ; les enquêtes de sécurité et les audits exigent souvent 90 jours ou plus.</translation>
    </message>
    <message>
        <source>APM</source>
        <translation>APM</translation>
    </message>
    <message>
        <source>Application performance monitoring and tracing (Datadog-like).</source>
        <translation>Surveillance des performances applicatives et traçage (de type Datadog).</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Who provides the service; shown in reports and the questionnaire.</source>
        <translation>Qui fournit le service ; affiché dans les rapports et le questionnaire.</translation>
    </message>
    <message>
        <source>Alert routing</source>
        <translation>Routage des alertes</translation>
    </message>
    <message>
        <source>On-call alert routing such as PagerDuty or Opsgenie.</source>
        <translation>Routage des alertes d&apos;astreinte comme PagerDuty ou Opsgenie.</translation>
    </message>
    <message>
        <source>Service that routes alerts and pages the person on call.</source>
        <translation>Service qui achemine les alertes et prévient la personne d&apos;astreinte.</translation>
    </message>
    <message>
        <source>Escalation policy</source>
        <translation>Politique d&apos;escalade</translation>
    </message>
    <message>
        <source>Who is called, in which order, when an alert is not acknowledged.</source>
        <translation>Qui est appelé, et dans quel ordre, quand une alerte n&apos;est pas acquittée.</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Identity provider</source>
        <translation>Fournisseur d&apos;identité</translation>
    </message>
    <message>
        <source>Single sign-on and user identity (OIDC or SAML).</source>
        <translation>Authentification unique et identité des utilisateurs (OIDC ou SAML).</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Federation protocol; OIDC suits web and mobile apps, SAML many enterprise tools.</source>
        <translation>Protocole de fédération ; OIDC convient aux applications web et mobiles, SAML à de nombreux outils d&apos;entreprise.</translation>
    </message>
    <message>
        <source>MFA</source>
        <translation>MFA</translation>
    </message>
    <message>
        <source>Require a second factor at sign-in, which stops most attacks with stolen passwords.</source>
        <translation>Exiger un second facteur à la connexion, ce qui arrête la plupart des attaques par mots de passe volés.</translation>
    </message>
    <message>
        <source>Secrets manager</source>
        <translation>Gestionnaire de secrets</translation>
    </message>
    <message>
        <source>Keeps passwords, keys and tokens out of code and configuration.</source>
        <translation>Garde les mots de passe, clés et jetons hors du code et de la configuration.</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Rotation</translation>
    </message>
    <message>
        <source>Days between automatic rotations, which limits how long a leaked secret stays useful; 0 turns rotation off.</source>
        <translation>Jours entre deux rotations automatiques, ce qui limite la durée pendant laquelle un secret divulgué reste exploitable ; 0 désactive la rotation.</translation>
    </message>
    <message>
        <source>Key management</source>
        <translation>Gestion des clés</translation>
    </message>
    <message>
        <source>Managed encryption keys (KMS, Cloud KMS, Key Vault).</source>
        <translation>Clés de chiffrement gérées (KMS, Cloud KMS, Key Vault).</translation>
    </message>
    <message>
        <source>Rotate key material every year; older versions stay available to decrypt existing data.</source>
        <translation>Renouveler le matériel de clé chaque année ; les anciennes versions restent disponibles pour déchiffrer les données existantes.</translation>
    </message>
    <message>
        <source>Replicate the key to other regions so copies of the data there can still be decrypted if this region is lost.</source>
        <translation>Répliquer la clé dans d&apos;autres régions pour que les copies des données qui s&apos;y trouvent restent déchiffrables en cas de perte de cette région.</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <source>Payment gateway</source>
        <translation>Passerelle de paiement</translation>
    </message>
    <message>
        <source>An external payment provider such as Stripe or Adyen.</source>
        <translation>Un prestataire de paiement externe comme Stripe ou Adyen.</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Availability the provider promises; a dependency cannot make you more available than this.</source>
        <translation>Disponibilité garantie par le fournisseur ; une dépendance ne peut pas vous rendre plus disponible que cela.</translation>
    </message>
    <message>
        <source>Email / SMS provider</source>
        <translation>Fournisseur e-mail / SMS</translation>
    </message>
    <message>
        <source>An external service that sends email or SMS.</source>
        <translation>Un service externe qui envoie des e-mails ou des SMS.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>What the provider sends: email, SMS, or both.</source>
        <translation>Ce que le fournisseur envoie : e-mail, SMS ou les deux.</translation>
    </message>
    <message>
        <source>SaaS</source>
        <translation>SaaS</translation>
    </message>
    <message>
        <source>Any other external software service you depend on.</source>
        <translation>Tout autre service logiciel externe dont vous dépendez.</translation>
    </message>
    <message>
        <source>Traffic sources</source>
        <translation>Sources de trafic</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>People using the system on the web or on mobile; requests start here.</source>
        <translation>Personnes qui utilisent le système sur le web ou sur mobile ; les requêtes commencent ici.</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Public cible</translation>
    </message>
    <message>
        <source>Where the users come from; mobile clients retry and cache differently.</source>
        <translation>D&apos;où viennent les utilisateurs ; les clients mobiles réessaient et mettent en cache différemment.</translation>
    </message>
    <message>
        <source>Partner API</source>
        <translation>API partenaire</translation>
    </message>
    <message>
        <source>An external partner system that calls your APIs.</source>
        <translation>Un système partenaire externe qui appelle vos API.</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Name of the partner organisation, so reports show whose calls arrive here.</source>
        <translation>Nom de l&apos;organisation partenaire, pour que les rapports montrent de qui viennent les appels reçus ici.</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Zones</translation>
    </message>
    <message>
        <source>Cloud provider</source>
        <translation>Fournisseur cloud</translation>
    </message>
    <message>
        <source>A cloud provider account: AWS, Google Cloud, Azure or on-premises.</source>
        <translation>Un compte chez un fournisseur cloud : AWS, Google Cloud, Azure ou sur site.</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Provider of everything inside; exporters generate infrastructure code for it.</source>
        <translation>Fournisseur de tout ce qui se trouve à l&apos;intérieur ; les exportateurs génèrent le code d&apos;infrastructure pour lui.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>A provider region such as eu-west-1 or europe-west1.</source>
        <translation>Une région du fournisseur, comme eu-west-1 ou europe-west1.</translation>
    </message>
    <message>
        <source>Real region name, e.g. eu-west-1, europe-west1, westeurope.</source>
        <translation>Nom réel de la région, p. ex. eu-west-1, europe-west1, westeurope.</translation>
    </message>
    <message>
        <source>eu-west-1</source>
        <translation>eu-west-1</translation>
    </message>
    <message>
        <source>Availability zone</source>
        <translation>Zone de disponibilité</translation>
    </message>
    <message>
        <source>One isolated zone of a region; it fails on its own.</source>
        <translation>Une zone isolée d&apos;une région ; elle tombe en panne indépendamment des autres.</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Real zone name, e.g. eu-west-1a, europe-west1-b, or 1 on Azure.</source>
        <translation>Nom réel de la zone, p. ex. eu-west-1a, europe-west1-b, ou 1 sur Azure.</translation>
    </message>
    <message>
        <source>eu-west-1a</source>
        <translation>eu-west-1a</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>A virtual network (VPC or VNet).</source>
        <translation>Un réseau virtuel (VPC ou VNet).</translation>
    </message>
    <message>
        <source>CIDR</source>
        <translation>CIDR</translation>
    </message>
    <message>
        <source>Address range of the network; it must not overlap networks you peer or connect with.</source>
        <translation>Plage d&apos;adresses du réseau ; elle ne doit pas chevaucher les réseaux avec lesquels vous êtes appairé ou connecté.</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>Sous-réseau</translation>
    </message>
    <message>
        <source>A subnet of a network, public or private.</source>
        <translation>Un sous-réseau d&apos;un réseau, public ou privé.</translation>
    </message>
    <message>
        <source>Address range of the subnet; it must lie inside the range of its network.</source>
        <translation>Plage d&apos;adresses du sous-réseau ; elle doit se trouver dans la plage de son réseau.</translation>
    </message>
    <message>
        <source>Has a route to the internet; only load balancers and gateways belong here.</source>
        <translation>Dispose d&apos;une route vers Internet ; seuls les équilibreurs de charge et les passerelles ont leur place ici.</translation>
    </message>
    <message>
        <source>Datacenter</source>
        <translation>Centre de données</translation>
    </message>
    <message>
        <source>An on-premises site.</source>
        <translation>Un site hébergé dans vos propres locaux.</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>City or site name; sites for disaster recovery should be far enough apart not to fail together.</source>
        <translation>Nom de la ville ou du site ; les sites de reprise après sinistre doivent être assez éloignés pour ne pas tomber en panne ensemble.</translation>
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
        <translation>Service de conteneurs</translation>
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
        <translation>E-mail</translation>
    </message>
    <message>
        <source>E-mail and SMS</source>
        <translation>E-mail et SMS</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
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
        <translation>Couche 4 (TCP)</translation>
    </message>
    <message>
        <source>Layer 7 (HTTP)</source>
        <translation>Couche 7 (HTTP)</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Grande</translation>
    </message>
    <message>
        <source>Linux</source>
        <translation>Linux</translation>
    </message>
    <message>
        <source>Managed</source>
        <translation>Géré</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Memcached</source>
        <translation>Memcached</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
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
        <translation>Sur site</translation>
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
        <translation>Autre</translation>
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
        <translation>File</translation>
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
        <translation>Petite</translation>
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
        <translation>Machines virtuelles</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Web and mobile</source>
        <translation>Web et mobile</translation>
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
        <translation>Le trafic part d&apos;ici</translation>
    </message>
    <message>
        <source>Keep a synchronous standby in another availability zone and fail over to it automatically. Drawn inside an availability zone, that zone holds the primary; when it fails, the standby in another zone of the region takes over.</source>
        <translation>Garde une instance de secours synchrone dans une autre zone de disponibilité et bascule automatiquement dessus. Dessiné dans une zone de disponibilité, cette zone héberge l&apos;instance principale ; si elle tombe, l&apos;instance de secours d&apos;une autre zone de la région prend le relais.</translation>
    </message>
    <message>
        <source>Exposed to the internet</source>
        <translation>Exposé à Internet</translation>
    </message>
    <message>
        <source>Reachable from the internet; exporters give it a public endpoint (an Ingress with health probes, a public load balancer). Only edge components and the services they front should be; with nothing drawn in front, validation treats it as an entry point.</source>
        <translation>Accessible depuis Internet ; les exportateurs lui donnent un point d&apos;accès public (un Ingress avec sondes de santé, un équilibreur de charge public). Seuls les composants de bordure et les services qu&apos;ils protègent devraient l&apos;être ; si rien n&apos;est dessiné devant, la validation le traite comme un point d&apos;entrée.</translation>
    </message>
    <message>
        <source>Engine image</source>
        <translation>Image du moteur</translation>
    </message>
    <message>
        <source>Container image of a self-run engine (hosting kubernetes or vm), with a fixed tag; empty = the exporters&apos; pinned default for the engine.</source>
        <translation>Image de conteneur d&apos;un moteur exploité soi-même (hébergement kubernetes ou vm), avec un tag fixe ; vide = l&apos;image par défaut, épinglée, des exportateurs pour ce moteur.</translation>
    </message>
    <message>
        <source>postgres:16.4</source>
        <translation>postgres:16.4</translation>
    </message>
    <message>
        <source>Requests start here, as from a load generator, a scheduler or a client the design does not draw; validation follows requests from it. It does not expose the component to the internet; that is what &quot;Exposed to the internet&quot; does.</source>
        <translation>Les requêtes partent d&apos;ici, comme d&apos;un générateur de charge, d&apos;un planificateur ou d&apos;un client que la conception ne dessine pas ; la validation suit les requêtes à partir d&apos;ici. Cela n&apos;expose pas le composant à Internet ; c&apos;est le rôle de « Exposé à Internet ».</translation>
    </message>
    <message>
        <source>a region name such as eu-west-1, europe-west1 or westeurope</source>
        <translation>un nom de région comme eu-west-1, europe-west1 ou westeurope</translation>
    </message>
    <message>
        <source>a zone name such as eu-west-1a, europe-west1-b or 1</source>
        <translation>un nom de zone comme eu-west-1a, europe-west1-b ou 1</translation>
    </message>
    <message>
        <source>an address range such as 10.0.0.0/16</source>
        <translation>une plage d’adresses comme 10.0.0.0/16</translation>
    </message>
    <message>
        <source>a domain name such as shop.example.com</source>
        <translation>un nom de domaine comme shop.example.com</translation>
    </message>
    <message>
        <source>an image reference such as registry.example.com/team/api:1.4.2</source>
        <translation>une référence d’image comme registry.example.com/team/api:1.4.2</translation>
    </message>
    <message>
        <source>an HTTP path such as /healthz</source>
        <translation>un chemin HTTP comme /healthz</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be %2, not &quot;%3&quot;</source>
        <translation>&apos;%1&apos; doit être %2, pas « %3 »</translation>
    </message>
    <message>
        <source>%1 is out of range for &apos;%2&apos;; %3 was stored instead</source>
        <translation>%1 est hors limites pour &apos;%2&apos; ; %3 a été enregistré à la place</translation>
    </message>
    <message>
        <source>Calls per request</source>
        <translation>Appels par requête</translation>
    </message>
    <message>
        <source>How many calls, or messages, one request of the caller makes over this connection on average. 1 passes every request on; 0.2 means one request in five; 3 fans out. Sizing carries the caller&apos;s load times this to the callee.</source>
        <translation>Combien d&apos;appels, ou de messages, une requête de l&apos;appelant fait en moyenne sur cette connexion. 1 transmet chaque requête ; 0,2 signifie une requête sur cinq ; 3 démultiplie. Le dimensionnement porte la charge de l&apos;appelant multipliée par cette valeur vers l&apos;appelé.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: stackdraft-cli COMMAND [OPTIONS] [ARGS]

Check, analyse and export Stackdraft architecture designs.

Commands:
</source>
        <translation>Utilisation : stackdraft-cli COMMANDE [OPTIONS] [ARGUMENTS]

Vérifier, analyser et exporter des conceptions d&apos;architecture Stackdraft.

Commandes :
</translation>
    </message>
    <message>
        <source>
Run &apos;stackdraft-cli COMMAND --help&apos; for the options of a command.
Exit codes: 0 ok, 1 problems found, 2 usage or I/O error.
</source>
        <translation>
Exécutez &apos;stackdraft-cli COMMANDE --help&apos; pour connaître les options d&apos;une commande.
Codes de sortie : 0 OK, 1 problèmes détectés, 2 erreur d&apos;utilisation ou d&apos;E/S.
</translation>
    </message>
    <message>
        <source>stackdraft-cli: unknown command &apos;%1&apos;
</source>
        <translation>stackdraft-cli : commande inconnue &apos;%1&apos;
</translation>
    </message>
    <message>
        <source>%1: cannot write: %2
</source>
        <translation>%1 : écriture impossible : %2
</translation>
    </message>
    <message>
        <source>Name of the design.</source>
        <translation>Nom de la conception.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Start from a bundled example (see &apos;examples&apos;).</source>
        <translation>Partir d&apos;un exemple fourni (voir &apos;examples&apos;).</translation>
    </message>
    <message>
        <source>EXAMPLE</source>
        <translation>EXEMPLE</translation>
    </message>
    <message>
        <source>Overwrite an existing file.</source>
        <translation>Écraser un fichier existant.</translation>
    </message>
    <message>
        <source>%1: exists already; use --force to overwrite it
</source>
        <translation>%1 : existe déjà ; utilisez --force pour l&apos;écraser
</translation>
    </message>
    <message>
        <source>unknown template &apos;%1&apos;; choose one of: %2
</source>
        <translation>modèle inconnu &apos;%1&apos; ; choisissez parmi : %2
</translation>
    </message>
    <message>
        <source>created %1
</source>
        <translation>%1 créé
</translation>
    </message>
    <message>
        <source>unknown provider</source>
        <translation>fournisseur inconnu</translation>
    </message>
    <message>
        <source>Print the summary as JSON.</source>
        <translation>Afficher le résumé au format JSON.</translation>
    </message>
    <message>
        <source>Components: %1   Connections: %2   Zones: %3
</source>
        <translation>Composants : %1   Connexions : %2   Zones : %3
</translation>
    </message>
    <message>
        <source>Providers: %1
</source>
        <translation>Fournisseurs : %1
</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>By category:
</source>
        <translation>Par catégorie :
</translation>
    </message>
    <message>
        <source>Zones:
</source>
        <translation>Zones :
</translation>
    </message>
    <message>
        <source>Output format (default: from OUTPUT&apos;s extension, .json or YAML).</source>
        <translation>Format de sortie (par défaut : d&apos;après l&apos;extension de SORTIE, .json ou YAML).</translation>
    </message>
    <message>
        <source>--to must be yaml or json, not &apos;%1&apos;
</source>
        <translation>--to doit valoir yaml ou json, pas &apos;%1&apos;
</translation>
    </message>
    <message>
        <source>%1: converting a file onto itself would change its format but not its name
</source>
        <translation>%1 : convertir un fichier vers lui-même changerait son format mais pas son nom
</translation>
    </message>
    <message>
        <source>Print only problems.</source>
        <translation>Afficher uniquement les problèmes.</translation>
    </message>
    <message>
        <source>Number of components (default 1000).</source>
        <translation>Nombre de composants (1000 par défaut).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>Graine aléatoire (1 par défaut).</translation>
    </message>
    <message>
        <source>SEED</source>
        <translation>GRAINE</translation>
    </message>
    <message>
        <source>Output file (.yaml or .json; - for stdout).</source>
        <translation>Fichier de sortie (.yaml ou .json ; - pour la sortie standard).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>--components must be 1 to 1000000 and --seed a whole number
</source>
        <translation>--components doit être compris entre 1 et 1000000 et --seed doit être un nombre entier
</translation>
    </message>
    <message>
        <source>(broken)</source>
        <translation>(endommagé)</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>usage: stackdraft-cli %1 [options] %2 (see --help)
</source>
        <translation>utilisation : stackdraft-cli %1 [options] %2 (voir --help)
</translation>
    </message>
    <message>
        <source>Create a design file, blank or from a bundled example.</source>
        <translation>Créer un fichier de conception, vide ou à partir d&apos;un exemple fourni.</translation>
    </message>
    <message>
        <source>Summarize a design: counts by kind and category, zones, providers.</source>
        <translation>Résumer une conception : nombre par type et par catégorie, zones, fournisseurs.</translation>
    </message>
    <message>
        <source>Convert a design between YAML and JSON.</source>
        <translation>Convertir une conception entre YAML et JSON.</translation>
    </message>
    <message>
        <source>Load designs and report every problem with file and line.</source>
        <translation>Charger des conceptions et signaler chaque problème avec le fichier et la ligne.</translation>
    </message>
    <message>
        <source>Generate a large realistic design for scale tests.</source>
        <translation>Générer une grande conception réaliste pour les tests de montée en charge.</translation>
    </message>
    <message>
        <source>List the bundled example designs.</source>
        <translation>Lister les conceptions d&apos;exemple fournies.</translation>
    </message>
    <message>
        <source>Usage: stackdraft-cli export FORMAT DESIGN -o OUTPUT [options]

Formats:
</source>
        <translation>Utilisation : stackdraft-cli export FORMAT CONCEPTION -o SORTIE [options]

Formats :
</translation>
    </message>
    <message>
        <source>
Run &apos;stackdraft-cli export FORMAT --help&apos; for the options of a format.
</source>
        <translation>
Exécutez &apos;stackdraft-cli export FORMAT --help&apos; pour connaître les options d&apos;un format.
</translation>
    </message>
    <message>
        <source>stackdraft-cli export: unknown format &apos;%1&apos;; choose one of: %2
</source>
        <translation>stackdraft-cli export : format inconnu &apos;%1&apos; ; choisissez parmi : %2
</translation>
    </message>
    <message>
        <source>Output file.</source>
        <translation>Fichier de sortie.</translation>
    </message>
    <message>
        <source>Output folder (created if needed).</source>
        <translation>Dossier de sortie (créé si nécessaire).</translation>
    </message>
    <message>
        <source>OUTPUT</source>
        <translation>SORTIE</translation>
    </message>
    <message>
        <source>; default %1</source>
        <translation>, par défaut %1</translation>
    </message>
    <message>
        <source>stackdraft-cli export %1: -o OUTPUT is required
</source>
        <translation>stackdraft-cli export %1 : -o SORTIE est obligatoire
</translation>
    </message>
    <message>
        <source>--%1 must be one of %2, not &apos;%3&apos;
</source>
        <translation>--%1 doit valoir l&apos;une des valeurs %2, pas &apos;%3&apos;
</translation>
    </message>
    <message>
        <source>stackdraft-cli export %1: %2
</source>
        <translation>stackdraft-cli export %1 : %2
</translation>
    </message>
    <message>
        <source>wrote %1
</source>
        <translation>%1 écrit
</translation>
    </message>
    <message>
        <source>wrote %1 files to %2
</source>
        <translation>%1 fichiers écrits dans %2
</translation>
    </message>
    <message>
        <source>Export a design (terraform, kubernetes, questionnaire...).</source>
        <translation>Exporter une conception (terraform, kubernetes, questionnaire...).</translation>
    </message>
    <message>
        <source>stackdraft-cli answers import: %1 was not changed
</source>
        <translation>stackdraft-cli answers import : %1 n&apos;a pas été modifié
</translation>
    </message>
    <message>
        <source>stackdraft-cli answers import: %1: %2
</source>
        <translation>stackdraft-cli answers import : %1 : %2
</translation>
    </message>
    <message>
        <source>%1: %2 answer(s) changed; %3
</source>
        <translation>%1 : %2 réponse(s) modifiée(s) ; %3
</translation>
    </message>
    <message>
        <source>stackdraft-cli answers: unknown subcommand &apos;%1&apos;
</source>
        <translation>stackdraft-cli answers : sous-commande inconnue &apos;%1&apos;
</translation>
    </message>
    <message>
        <source>Output format: text (default), json, sarif, csv or html.</source>
        <translation>Format de sortie : text (par défaut), json, sarif, csv ou html.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Exit with 1 when an unaccepted finding has at least this severity: error (default), warning or info.</source>
        <translation>Terminer avec le code 1 lorsqu&apos;un constat non accepté a au moins cette gravité : error (par défaut), warning ou info.</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>GRAVITÉ</translation>
    </message>
    <message>
        <source>stackdraft-cli validate: unknown format &apos;%1&apos;; choose text, json, sarif, csv or html
</source>
        <translation>stackdraft-cli validate : format inconnu &apos;%1&apos; ; choisissez text, json, sarif, csv ou html
</translation>
    </message>
    <message>
        <source>stackdraft-cli validate: unknown severity &apos;%1&apos;; choose error, warning or info
</source>
        <translation>stackdraft-cli validate : gravité inconnue &apos;%1&apos; ; choisissez error, warning ou info
</translation>
    </message>
    <message>
        <source>What fails: a component id, zone:NAME, region:NAME or provider:NAME (ids or real names such as eu-west-1a).</source>
        <translation>Ce qui tombe en panne : un identifiant de composant, zone:NOM, region:NOM ou provider:NOM (identifiants ou noms réels comme eu-west-1a).</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>CIBLE</translation>
    </message>
    <message>
        <source>stackdraft-cli simulate: --top needs a positive number
</source>
        <translation>stackdraft-cli simulate : --top exige un nombre positif
</translation>
    </message>
    <message>
        <source>Blast radius (components no entry point reaches when it fails, itself included):
</source>
        <translation>Rayon d&apos;impact (composants qu&apos;aucun point d&apos;entrée n&apos;atteint plus lorsqu&apos;il tombe en panne, lui-même compris) :
</translation>
    </message>
    <message>
        <source>Cut vertices (removing one splits the design in two): %1
</source>
        <translation>Points d&apos;articulation (en retirer un seul coupe la conception en deux) : %1
</translation>
    </message>
    <message>
        <source>Bridges (the only link between two parts): %1
</source>
        <translation>Ponts (le seul lien entre deux parties) : %1
</translation>
    </message>
    <message>
        <source>stackdraft-cli simulate: %1
</source>
        <translation>stackdraft-cli simulate : %1
</translation>
    </message>
    <message>
        <source>Failing %1: %2 components fail directly.
</source>
        <translation>Panne de %1 : %2 composants tombent directement en panne.
</translation>
    </message>
    <message>
        <source>Every entry point still reaches everything it reached before.
</source>
        <translation>Chaque point d&apos;entrée atteint toujours tout ce qu&apos;il atteignait auparavant.
</translation>
    </message>
    <message>
        <source>%1 is down itself.
</source>
        <translation>%1 est lui-même en panne.
</translation>
    </message>
    <message>
        <source>From %1, %2 components become unreachable:
</source>
        <translation>Depuis %1, %2 composants deviennent inaccessibles :
</translation>
    </message>
    <message>
        <source>Find single points of failure and resilience gaps</source>
        <translation>Trouver les points de défaillance uniques et les lacunes de résilience</translation>
    </message>
    <message>
        <source>Show what a component, zone, region or provider failure breaks</source>
        <translation>Montrer ce que casse la panne d&apos;un composant, d&apos;une zone, d&apos;une région ou d&apos;un fournisseur</translation>
    </message>
    <message>
        <source>, components: %1</source>
        <translation>, composants : %1</translation>
    </message>
    <message>
        <source>%1: ok (components: %2, connections: %3, zones: %4)
</source>
        <translation>%1 : ok (composants : %2, connexions : %3, zones : %4)
</translation>
    </message>
    <message>
        <source>Without --fail: how many components to rank by blast radius (cut vertices and bridges are always listed in full).</source>
        <translation>Sans --fail : combien de composants classer par rayon d&apos;impact (les sommets d&apos;articulation et les ponts sont toujours listés en entier).</translation>
    </message>
    <message>
        <source>No entry point: no traffic source is drawn, nothing is marked as where traffic starts, and every component has a caller, so there is nothing to analyse from.
</source>
        <translation>Aucun point d&apos;entrée : aucune source de trafic n&apos;est dessinée, rien n&apos;est marqué comme point de départ du trafic, et chaque composant a un appelant ; il n&apos;y a donc rien à partir de quoi analyser.
</translation>
    </message>
    <message>
        <source>No entry point is drawn or marked; analysing from what nothing calls: %1.
</source>
        <translation>Aucun point d&apos;entrée n&apos;est dessiné ni marqué ; analyse à partir de ce que rien n&apos;appelle : %1.
</translation>
    </message>
    <message>
        <source>  %1: %2 replicas, all in this zone as drawn (a service drawn in a zone runs its replicas there); they fail with it.
</source>
        <translation>  %1 : %2 répliques, toutes dans cette zone comme dessiné (un service dessiné dans une zone y exécute ses répliques) ; elles tombent avec elle.
</translation>
    </message>
    <message>
        <source>The rule whose findings to fix, e.g. data.no-standby.</source>
        <translation>La règle dont corriger les constats, par ex. data.no-standby.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Fix only the finding about this component (or zone) id; without it, every open finding of the rule.</source>
        <translation>Ne corriger que le constat sur cet identifiant de composant (ou de zone) ; sans lui, chaque constat ouvert de la règle.</translation>
    </message>
    <message>
        <source>Print what would change and the diff; write nothing.</source>
        <translation>Afficher ce qui changerait et le diff ; ne rien écrire.</translation>
    </message>
    <message>
        <source>stackdraft-cli fix: --rule is required; rules with a fix: %1
</source>
        <translation>stackdraft-cli fix : --rule est obligatoire ; règles avec une correction : %1
</translation>
    </message>
    <message>
        <source>stackdraft-cli fix: unknown rule &apos;%1&apos;
</source>
        <translation>stackdraft-cli fix : règle inconnue « %1 »
</translation>
    </message>
    <message>
        <source>stackdraft-cli fix: rule &apos;%1&apos; has no one-click fix; rules with a fix: %2
</source>
        <translation>stackdraft-cli fix : la règle « %1 » n&apos;a pas de correction en un clic ; règles avec une correction : %2
</translation>
    </message>
    <message>
        <source>stackdraft-cli fix: no component or zone with id &apos;%1&apos;
</source>
        <translation>stackdraft-cli fix : aucun composant ni zone d&apos;identifiant « %1 »
</translation>
    </message>
    <message>
        <source>Nothing to fix: no open %1 finding.
</source>
        <translation>Rien à corriger : aucun constat %1 ouvert.
</translation>
    </message>
    <message>
        <source>Nothing to fix: no open %1 finding about %2.
</source>
        <translation>Rien à corriger : aucun constat %1 ouvert sur %2.
</translation>
    </message>
    <message>
        <source>No mechanical fix for %1: %2
</source>
        <translation>Pas de correction mécanique pour %1 : %2
</translation>
    </message>
    <message>
        <source>stackdraft-cli fix: %1: %2
</source>
        <translation>stackdraft-cli fix : %1 : %2
</translation>
    </message>
    <message>
        <source>Fix: %1 [%2]
</source>
        <translation>Correction : %1 [%2]
</translation>
    </message>
    <message>
        <source>Note: %1 is written in Stackdraft&apos;s own layout (comments and formatting of the file are not kept).
</source>
        <translation>Remarque : %1 est écrit dans la mise en forme propre à Stackdraft (les commentaires et la mise en forme du fichier ne sont pas conservés).
</translation>
    </message>
    <message>
        <source>Apply the one-click fix of findings to a design file and print the diff.</source>
        <translation>Appliquer la correction en un clic des constats à un fichier de conception et afficher le diff.</translation>
    </message>
    <message>
        <source>Replace generated files that were edited by hand, and files in the way that this export did not write.</source>
        <translation>Remplacer les fichiers générés modifiés à la main et les fichiers gênants que cet export n’a pas écrits.</translation>
    </message>
    <message>
        <source>%1: no longer generated, but edited by hand, so it was kept
</source>
        <translation>%1 : n’est plus généré, mais modifié à la main, donc conservé
</translation>
    </message>
    <message>
        <source>removed %1 file(s) of the earlier export that are no longer generated: %2
</source>
        <translation>%1 fichier(s) de l’export précédent qui ne sont plus générés supprimé(s) : %2
</translation>
    </message>
    <message>
        <source>Apply only the suggestions for this component, or this COMPONENT.PROPERTY (repeatable).</source>
        <translation>N&apos;appliquer que les suggestions de ce composant, ou de ce COMPOSANT.PROPRIÉTÉ (répétable).</translation>
    </message>
    <message>
        <source>List the changes; write nothing.</source>
        <translation>Lister les modifications ; ne rien écrire.</translation>
    </message>
    <message>
        <source>stackdraft-cli answers apply: no suggestion for %1; %2 was not changed
</source>
        <translation>stackdraft-cli answers apply : aucune suggestion pour %1 ; %2 n&apos;a pas été modifié
</translation>
    </message>
    <message>
        <source>%1: %2 change(s) suggested; nothing written (--dry-run)
</source>
        <translation>%1 : %2 modification(s) suggérée(s) ; rien n&apos;a été écrit (--dry-run)
</translation>
    </message>
    <message>
        <source>stackdraft-cli answers apply: %1: %2
</source>
        <translation>stackdraft-cli answers apply : %1 : %2
</translation>
    </message>
    <message>
        <source>%1: %2 change(s) applied
</source>
        <translation>%1 : %2 modification(s) appliquée(s)
</translation>
    </message>
    <message>
        <source>Import questionnaire answers, or apply the sizing they suggest.</source>
        <translation>Importer des réponses au questionnaire, ou appliquer le dimensionnement qu&apos;elles suggèrent.</translation>
    </message>
    <message>
        <source>Users
</source>
        <translation>Utilisateurs
</translation>
    </message>
    <message>
        <source>Not answered yet: %1
</source>
        <translation>Pas encore renseigné : %1
</translation>
    </message>
    <message>
        <source>
%1: no load
</source>
        <translation>
%1 : aucune charge
</translation>
    </message>
    <message>
        <source>
%1: %2 req/s, up to %3 concurrent executions
</source>
        <translation>
%1 : %2 req/s, jusqu&apos;à %3 exécutions simultanées
</translation>
    </message>
    <message>
        <source>
%1: %2 req/s, %3 to %4 replicas
</source>
        <translation>
%1 : %2 req/s, %3 à %4 réplicas
</translation>
    </message>
    <message>
        <source>
Where the design does not meet the answers:
</source>
        <translation>
Là où la conception ne répond pas aux réponses :
</translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation>Format de sortie : text (par défaut) ou json.</translation>
    </message>
    <message>
        <source>stackdraft-cli estimate: unknown format &apos;%1&apos;; choose text or json
</source>
        <translation>stackdraft-cli estimate : format inconnu &apos;%1&apos; ; choisissez text ou json
</translation>
    </message>
    <message>
        <source>Size the design from its answers, with the derivation of each figure.</source>
        <translation>Dimensionner la conception d&apos;après ses réponses, avec la dérivation de chaque chiffre.</translation>
    </message>
    <message>
        <source>
%1: %2 req/s today, %3 at %4 months; %5 to %6 replicas
</source>
        <translation>
%1 : %2 req/s aujourd&apos;hui, %3 à %4 mois ; %5 à %6 réplicas
</translation>
    </message>
    <message>
        <source>Picture format: png, svg or pdf (default: from the file name).</source>
        <translation>Format d&apos;image : png, svg ou pdf (par défaut : d&apos;après le nom du fichier).</translation>
    </message>
    <message>
        <source>PNG pixels per canvas unit (default 2).</source>
        <translation>Pixels PNG par unité du canevas (2 par défaut).</translation>
    </message>
    <message>
        <source>Margin around the diagram in canvas units (default 30).</source>
        <translation>Marge autour du diagramme en unités du canevas (30 par défaut).</translation>
    </message>
    <message>
        <source>No background (PNG and SVG).</source>
        <translation>Sans arrière-plan (PNG et SVG).</translation>
    </message>
    <message>
        <source>Draw the canvas grid behind the diagram.</source>
        <translation>Dessiner la grille du canevas derrière le diagramme.</translation>
    </message>
    <message>
        <source>Connection labels: user (the user&apos;s label, else protocol:port; default) or protocol.</source>
        <translation>Étiquettes des connexions : user (l&apos;étiquette saisie, sinon protocole:port ; par défaut) ou protocol.</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <source>Draw only these components and zones (comma-separated ids; a zone brings its contents).</source>
        <translation>Dessiner seulement ces composants et zones (ids séparés par des virgules ; une zone avec son contenu).</translation>
    </message>
    <message>
        <source>IDS</source>
        <translation>IDS</translation>
    </message>
    <message>
        <source>stackdraft-cli export diagram: -o FILE is required
</source>
        <translation>stackdraft-cli export diagram : -o FICHIER est obligatoire
</translation>
    </message>
    <message>
        <source>--format must be one of png, svg, pdf, not &apos;%1&apos;
</source>
        <translation>--format doit valoir png, svg ou pdf, pas « %1 »
</translation>
    </message>
    <message>
        <source>--%1 must be a number from %2 to %3, not &apos;%4&apos;
</source>
        <translation>--%1 doit être un nombre de %2 à %3, pas « %4 »
</translation>
    </message>
    <message>
        <source>--labels must be one of user, protocol, not &apos;%1&apos;
</source>
        <translation>--labels doit valoir user ou protocol, pas « %1 »
</translation>
    </message>
    <message>
        <source>%1: no component or zone &apos;%2&apos;
</source>
        <translation>%1 : aucun composant ni zone « %2 »
</translation>
    </message>
    <message>
        <source>stackdraft-cli export diagram: painting needs a GUI application
</source>
        <translation>stackdraft-cli export diagram : le dessin nécessite une application graphique
</translation>
    </message>
    <message>
        <source>stackdraft-cli export diagram: %1
</source>
        <translation>stackdraft-cli export diagram : %1
</translation>
    </message>
    <message>
        <source>The diagram as a PNG, SVG or PDF picture (--format png|svg|pdf).</source>
        <translation>Le diagramme en image PNG, SVG ou PDF (--format png|svg|pdf).</translation>
    </message>
    <message>
        <source>Write the laid-out design here (default: DESIGN itself).</source>
        <translation>Écrire le design disposé ici (par défaut : DESIGN lui-même).</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>SORTIE</translation>
    </message>
    <message>
        <source>Place only components that were never placed; nothing else moves.</source>
        <translation>Placer seulement les composants jamais placés ; rien d&apos;autre ne bouge.</translation>
    </message>
    <message>
        <source>laid out %1: %2 moved, %3 resized; wrote %4
</source>
        <translation>%1 disposé : %2 déplacés, %3 redimensionnés ; %4 écrit
</translation>
    </message>
    <message>
        <source>Auto-layout a design, zone by zone (as the studio does).</source>
        <translation>Disposer automatiquement un design, zone par zone (comme le studio).</translation>
    </message>
    <message>
        <source>Draw every connection orthogonal (routed around cards), straight or curved (default: each connection&apos;s own style).</source>
        <translation>Dessiner toutes les connexions en orthogonal (contournant les cartes), droit ou courbe (par défaut : le style de chaque connexion).</translation>
    </message>
    <message>
        <source>STYLE</source>
        <translation>STYLE</translation>
    </message>
    <message>
        <source>--style must be one of orthogonal, straight, curved, not &apos;%1&apos;
</source>
        <translation>--style doit valoir orthogonal, straight ou curved, et non « %1 »
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
        <translation>Utilisation : stackdraft-cli answers import CONCEPTION RÉPONSES
       stackdraft-cli answers apply CONCEPTION [--only ID...] [--dry-run]

Vérifie un fichier de réponses rempli (YAML, ou JSON s&apos;il se termine par .json) par rapport aux questions
de la conception et, si chaque entrée est correcte, enregistre les réponses dans CONCEPTION (écriture atomique).
Rien n&apos;est modifié si une entrée est fausse ; chaque problème est signalé sous la forme fichier:ligne:colonne.
Les réponses sur des composants ou des zones que la conception n&apos;a plus (un fichier d&apos;une version
antérieure de la conception) sont signalées comme avertissements et laissées de côté ; le reste est importé.
Créez un fichier de réponses avec : stackdraft-cli export questionnaire CONCEPTION --format answers -o FICHIER

apply écrit les suggestions de dimensionnement des réponses dans CONCEPTION (atomiquement, comme Appliquer
dans le studio) : toutes, ou seulement celles de --only COMPOSANT ou --only COMPOSANT.PROPRIÉTÉ (répétable).
--dry-run les liste sans rien modifier. Voir les chiffres avec : stackdraft-cli estimate CONCEPTION
</translation>
    </message>
    <message>
        <source>%1: %2 answer(s) in %3 no longer apply to the design and were left out (see the warnings)
</source>
        <translation>%1 : %2 réponse(s) de %3 ne s’appliquent plus à la conception et ont été laissées de côté (voir les avertissements)
</translation>
    </message>
    <message>
        <source>stackdraft-cli export %1: the PDF could not be written to standard output; use -o FILE
</source>
        <translation>stackdraft-cli export %1 : le PDF n’a pas pu être écrit sur la sortie standard ; utilisez -o FICHIER
</translation>
    </message>
    <message>
        <source>The design to write (.yaml or .json).</source>
        <translation>La conception à écrire (.yaml ou .json).</translation>
    </message>
    <message>
        <source>DESIGN</source>
        <translation>CONCEPTION</translation>
    </message>
    <message>
        <source>Write the whole import report here: what was mapped, guessed (with file and line) and dropped (with why); JSON when FILE ends in .json, else Markdown; - for stdout.</source>
        <translation>Écrire ici le rapport d’importation complet : ce qui a été repris, deviné (avec fichier et ligne) et abandonné (avec la raison) ; JSON si FICHIER finit par .json, sinon Markdown ; - pour la sortie standard.</translation>
    </message>
    <message>
        <source>Overwrite an existing design file.</source>
        <translation>Écraser un fichier de conception existant.</translation>
    </message>
    <message>
        <source>stackdraft-cli import: unknown source &apos;%1&apos;; choose %2
</source>
        <translation>stackdraft-cli import : source inconnue &apos;%1&apos; ; choisissez %2
</translation>
    </message>
    <message>
        <source>stackdraft-cli import: -o DESIGN is required
</source>
        <translation>stackdraft-cli import : -o DESIGN est obligatoire
</translation>
    </message>
    <message>
        <source>stackdraft-cli import: nothing written
</source>
        <translation>stackdraft-cli import : rien n’a été écrit
</translation>
    </message>
    <message>
        <source>stackdraft-cli import: the imported design does not load (a defect of the importer); nothing written
</source>
        <translation>stackdraft-cli import : la conception importée ne se charge pas (un défaut de l’importateur) ; rien n’a été écrit
</translation>
    </message>
    <message>
        <source>imported %1 components and %2 connections from %3; wrote %4
</source>
        <translation>%1 composants et %2 connexions importés depuis %3 ; %4 écrit
</translation>
    </message>
    <message>
        <source>run again with --report FILE to see what was dropped and which hosts nothing defines
</source>
        <translation>relancez avec --report FICHIER pour voir ce qui a été abandonné et quels hôtes rien ne définit
</translation>
    </message>
    <message>
        <source>%1: give a file, or REV:PATH for a file at a git revision
</source>
        <translation>%1 : indiquez un fichier, ou REV:PATH pour un fichier à une révision git
</translation>
    </message>
    <message>
        <source>%1: git could not be run, so the revision cannot be read
</source>
        <translation>%1 : git n&apos;a pas pu être lancé, la révision ne peut donc pas être lue
</translation>
    </message>
    <message>
        <source>%1: no such file, and &apos;%2&apos; is not a git revision here
</source>
        <translation>%1 : aucun fichier de ce nom, et &apos;%2&apos; n&apos;est pas une révision git ici
</translation>
    </message>
    <message>
        <source>%1: git cannot read it: %2
</source>
        <translation>%1 : git ne peut pas le lire : %2
</translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MiB
</source>
        <translation>%1 : le fichier dépasse %2 Mio
</translation>
    </message>
    <message>
        <source>%1 does not exist at revision %2: the design is new, everything in it counts as added</source>
        <translation>%1 n&apos;existe pas à la révision %2 : la conception est nouvelle, tout y compte comme ajouté</translation>
    </message>
    <message>
        <source>%1 does not exist at revision %2: the design was deleted, everything in it counts as removed</source>
        <translation>%1 n&apos;existe pas à la révision %2 : la conception a été supprimée, tout y compte comme supprimé</translation>
    </message>
    <message>
        <source>%1 has format version %2; it is compared after migration to version %3</source>
        <translation>%1 est au format version %2 ; il est comparé après migration vers la version %3</translation>
    </message>
    <message>
        <source>the two designs have different names and share only %1 component and zone ids: they look unrelated, so most of what they hold shows as removed and added</source>
        <translation>les deux conceptions ont des noms différents et ne partagent que %1 identifiants de composant et de zone : elles semblent sans rapport, la plupart de leur contenu apparaît donc supprimé et ajouté</translation>
    </message>
    <message>
        <source>Output format: text (default), json, markdown (a pull-request comment) or sarif (the new findings only).</source>
        <translation>Format de sortie : text (par défaut), json, markdown (un commentaire de pull request) ou sarif (les nouveaux constats seulement).</translation>
    </message>
    <message>
        <source>Exit with 1 when the change adds an unaccepted finding of at least this severity: error (default), warning or info.</source>
        <translation>Quitter avec 1 quand la modification ajoute un constat non accepté d&apos;au moins cette gravité : error (par défaut), warning ou info.</translation>
    </message>
    <message>
        <source>Markdown: about how many lines the comment may have (default 60).</source>
        <translation>Markdown : environ combien de lignes le commentaire peut avoir (60 par défaut).</translation>
    </message>
    <message>
        <source>Compare the designs only, without running the validation on both sides.</source>
        <translation>Comparer seulement les conceptions, sans lancer la validation des deux côtés.</translation>
    </message>
    <message>
        <source>Do not run the exporters to see which generated files change.</source>
        <translation>Ne pas lancer les exportateurs pour voir quels fichiers générés changent.</translation>
    </message>
    <message>
        <source>stackdraft-cli diff: unknown format &apos;%1&apos;; choose text, json, markdown or sarif
</source>
        <translation>stackdraft-cli diff : format inconnu &apos;%1&apos; ; choisissez text, json, markdown ou sarif
</translation>
    </message>
    <message>
        <source>stackdraft-cli diff: unknown severity &apos;%1&apos;; choose error, warning or info
</source>
        <translation>stackdraft-cli diff : gravité inconnue &apos;%1&apos; ; choisissez error, warning ou info
</translation>
    </message>
    <message>
        <source>stackdraft-cli diff: --max-lines needs a number of at least 10
</source>
        <translation>stackdraft-cli diff : --max-lines demande un nombre d&apos;au moins 10
</translation>
    </message>
    <message>
        <source>stackdraft-cli diff: SARIF holds the new findings, so it cannot go with --no-findings
</source>
        <translation>stackdraft-cli diff : SARIF contient les nouveaux constats, il ne va donc pas avec --no-findings
</translation>
    </message>
    <message>
        <source>stackdraft-cli diff: the old side %1 cannot be compared
</source>
        <translation>stackdraft-cli diff : l&apos;ancien côté %1 ne peut pas être comparé
</translation>
    </message>
    <message>
        <source>stackdraft-cli diff: the new side %1 cannot be compared
</source>
        <translation>stackdraft-cli diff : le nouveau côté %1 ne peut pas être comparé
</translation>
    </message>
    <message>
        <source>stackdraft-cli diff: neither %1 nor %2 exists
</source>
        <translation>stackdraft-cli diff : ni %1 ni %2 n&apos;existe
</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(absent)</translation>
    </message>
    <message>
        <source>conflict: %1: base %2, ours %3, theirs %4; kept %5 (%6)</source>
        <translation>conflit : %1 : base %2, nôtre %3, leur %4 ; conservé : %5 (%6)</translation>
    </message>
    <message>
        <source>Where to write the merged design (as a git merge driver: %A).</source>
        <translation>Où écrire la conception fusionnée (comme pilote de fusion git : %A).</translation>
    </message>
    <message>
        <source>stackdraft-cli merge: -o OUT is required
</source>
        <translation>stackdraft-cli merge : -o OUT est obligatoire
</translation>
    </message>
    <message>
        <source>stackdraft-cli merge: %1 does not load; nothing was written
</source>
        <translation>stackdraft-cli merge : %1 ne se charge pas ; rien n&apos;a été écrit
</translation>
    </message>
    <message>
        <source>stackdraft-cli merge: the two sides cannot be merged into a valid design; %1 was left as it was
</source>
        <translation>stackdraft-cli merge : les deux côtés ne peuvent pas être fusionnés en une conception valide ; %1 est resté tel quel
</translation>
    </message>
    <message>
        <source>merged into %1 with %2 conflict(s), listed under &apos;conflicts:&apos; in the file
</source>
        <translation>fusionné dans %1 avec %2 conflit(s), listés sous &apos;conflicts:&apos; dans le fichier
</translation>
    </message>
    <message>
        <source>merged into %1 without conflicts
</source>
        <translation>fusionné dans %1 sans conflit
</translation>
    </message>
    <message>
        <source>Show what changed between two designs (or REV:PATH), and how the findings changed</source>
        <translation>Montrer ce qui a changé entre deux conceptions (ou REV:PATH), et comment les constats ont changé</translation>
    </message>
    <message>
        <source>Three-way merge of designs, for use as a git merge driver</source>
        <translation>Fusion à trois voies de conceptions, utilisable comme pilote de fusion git</translation>
    </message>
    <message>
        <source>Report (and fail on) only the findings that are new since this earlier version of the design: a file, or REV:PATH for a file at a git revision.</source>
        <translation>Ne signaler (et n&apos;échouer) que sur les constats nouveaux depuis cette version antérieure de la conception : un fichier, ou REV:PATH pour un fichier à une révision git.</translation>
    </message>
    <message>
        <source>OLD</source>
        <translation>ANCIEN</translation>
    </message>
    <message>
        <source>stackdraft-cli validate: the baseline %1 cannot be read
</source>
        <translation>stackdraft-cli validate : la référence %1 ne peut pas être lue
</translation>
    </message>
    <message>
        <source>Baseline %1: %2 of the %3 findings are new.
</source>
        <translation>Référence %1 : %2 des %3 constats sont nouveaux.
</translation>
    </message>
    <message>
        <source>Create a design from docker compose files, Kubernetes manifests or Terraform (.tf, terraform show -json), with a report of what was lost.</source>
        <translation>Créer une conception à partir de fichiers docker compose, de manifestes Kubernetes ou de Terraform (.tf, terraform show -json), avec un rapport de ce qui a été perdu.</translation>
    </message>
</context>
<context>
    <name>ComparePrompts</name>
    <message>
        <source>Compare With</source>
        <translation>Comparer avec</translation>
    </message>
    <message>
        <source>Show what changed in the open design since:</source>
        <translation>Montrer ce qui a changé dans la conception ouverte depuis :</translation>
    </message>
    <message>
        <source>A git &amp;revision of this file</source>
        <translation>Une &amp;révision git de ce fichier</translation>
    </message>
    <message>
        <source>A commit, branch or tag: HEAD, HEAD~1, main, v1.2…</source>
        <translation>Un commit, une branche ou une étiquette : HEAD, HEAD~1, main, v1.2…</translation>
    </message>
    <message>
        <source>The design is not saved yet, so it has no git history.</source>
        <translation>La conception n&apos;est pas encore enregistrée : elle n&apos;a donc pas d&apos;historique git.</translation>
    </message>
    <message>
        <source>%1 is not in a git work tree.</source>
        <translation>%1 n&apos;est pas dans une copie de travail git.</translation>
    </message>
    <message>
        <source>Another design &amp;file</source>
        <translation>Un autre &amp;fichier de conception</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Stackdraft designs (*.stackdraft.yaml *.stackdraft.json *.yaml *.yml *.json);;All files (*)</source>
        <translation>Conceptions Stackdraft (*.stackdraft.yaml *.stackdraft.json *.yaml *.yml *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparer</translation>
    </message>
    <message>
        <source>Cannot Compare</source>
        <translation>Comparaison impossible</translation>
    </message>
</context>
<context>
    <name>CompareStyle</name>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Déplacé</translation>
    </message>
</context>
<context>
    <name>ConflictResolution</name>
    <message>
        <source>no such conflict</source>
        <translation>ce conflit n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1 %2: the other value cannot be put back here; keep the merged one and edit it</source>
        <translation>%1 %2 : l&apos;autre valeur ne peut pas être remise ici ; gardez la valeur fusionnée et modifiez-la</translation>
    </message>
    <message>
        <source>%1 is no longer in the design</source>
        <translation>%1 n&apos;est plus dans la conception</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a port</source>
        <translation>%1 : « %2 » n&apos;est pas un port</translation>
    </message>
    <message>
        <source>%1 %2: &apos;%3&apos; is not a pair of numbers</source>
        <translation>%1 %2 : « %3 » n&apos;est pas une paire de nombres</translation>
    </message>
    <message>
        <source>%1 cannot move into %2</source>
        <translation>%1 ne peut pas aller dans %2</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2 : %3</translation>
    </message>
</context>
<context>
    <name>Design</name>
    <message>
        <source>the start &apos;%1&apos; is not a component</source>
        <translation>le début &apos;%1&apos; n&apos;est pas un composant</translation>
    </message>
    <message>
        <source>the end &apos;%1&apos; is not a component</source>
        <translation>la fin &apos;%1&apos; n&apos;est pas un composant</translation>
    </message>
    <message>
        <source>a component cannot depend on itself</source>
        <translation>un composant ne peut pas dépendre de lui-même</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already connects %2 to %3</source>
        <translation>&apos;%1&apos; relie déjà %2 à %3</translation>
    </message>
</context>
<context>
    <name>DesignDiff</name>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>%1 (%2) becomes a cut vertex</source>
        <translation>%1 (%2) devient un point d&apos;articulation</translation>
    </message>
    <message>
        <source>%1 (%2) is no longer a cut vertex</source>
        <translation>%1 (%2) n&apos;est plus un point d&apos;articulation</translation>
    </message>
    <message>
        <source>%1 becomes a bridge (the only link between two parts)</source>
        <translation>%1 devient un pont (le seul lien entre deux parties)</translation>
    </message>
    <message>
        <source>%1 is no longer a bridge</source>
        <translation>%1 n&apos;est plus un pont</translation>
    </message>
    <message>
        <source>every path from an entry point to some component now passes through %1 (%2)</source>
        <translation>tout chemin d&apos;un point d&apos;entrée vers un composant passe désormais par %1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2) no longer lies on every path to some component</source>
        <translation>%1 (%2) n&apos;est plus sur tous les chemins vers un composant</translation>
    </message>
    <message>
        <source>blast radius of %1 (%2): %3 → %4</source>
        <translation>rayon d&apos;impact de %1 (%2) : %3 → %4</translation>
    </message>
    <message>
        <source>design</source>
        <translation>conception</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>zone</translation>
    </message>
    <message>
        <source>component</source>
        <translation>composant</translation>
    </message>
    <message>
        <source>connection</source>
        <translation>connexion</translation>
    </message>
    <message>
        <source>zones</source>
        <translation>zones</translation>
    </message>
    <message>
        <source>components</source>
        <translation>composants</translation>
    </message>
    <message>
        <source>connections</source>
        <translation>connexions</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>renamed</source>
        <translation>renommé</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>%1 ajouté(s)</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 supprimé(s)</translation>
    </message>
    <message>
        <source>%1 renamed</source>
        <translation>%1 renommé(s)</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 modifié(s)</translation>
    </message>
    <message>
        <source>%1 moved</source>
        <translation>%1 déplacé(s)</translation>
    </message>
    <message>
        <source>findings: %1 new (errors %2, warnings %3), %4 resolved</source>
        <translation>constats : %1 nouveaux (erreurs %2, avertissements %3), %4 résolus</translation>
    </message>
    <message>
        <source>no changes to the design</source>
        <translation>aucune modification de la conception</translation>
    </message>
    <message>
        <source>exported files that change: %1</source>
        <translation>fichiers exportés qui changent : %1</translation>
    </message>
    <message>
        <source>new, accepted</source>
        <translation>nouveau, accepté</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>résolu</translation>
    </message>
    <message>
        <source>severity %1 → %2</source>
        <translation>gravité %1 → %2</translation>
    </message>
    <message>
        <source>now accepted</source>
        <translation>désormais accepté</translation>
    </message>
    <message>
        <source>no longer accepted</source>
        <translation>plus accepté</translation>
    </message>
    <message>
        <source>renamed from %1</source>
        <translation>renommé depuis %1</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>déplacé</translation>
    </message>
    <message>
        <source>Design diff %1 → %2 (%3)</source>
        <translation>Comparaison de conception %1 → %2 (%3)</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
    </message>
    <message>
        <source>Design changes:</source>
        <translation>Modifications de la conception :</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>Constats :</translation>
    </message>
    <message>
        <source>Single points of failure and blast radius:</source>
        <translation>Points de défaillance uniques et rayon d&apos;impact :</translation>
    </message>
    <message>
        <source>Exports affected:</source>
        <translation>Exports concernés :</translation>
    </message>
    <message>
        <source>Findings: %1 new, %2 resolved</source>
        <translation>Constats : %1 nouveaux, %2 résolus</translation>
    </message>
    <message>
        <source>accepted: %1</source>
        <translation>accepté : %1</translation>
    </message>
    <message>
        <source>Single points of failure and blast radius</source>
        <translation>Points de défaillance uniques et rayon d&apos;impact</translation>
    </message>
    <message>
        <source>Design changes</source>
        <translation>Modifications de la conception</translation>
    </message>
    <message>
        <source>Exports affected</source>
        <translation>Exports concernés</translation>
    </message>
    <message>
        <source>Stackdraft: %1</source>
        <translation>Stackdraft : %1</translation>
    </message>
    <message>
        <source>… and %1 more (stackdraft-cli diff --format text shows all)</source>
        <translation>… et %1 de plus (stackdraft-cli diff --format text les montre tous)</translation>
    </message>
    <message>
        <source>%1: old side: %2</source>
        <translation>%1 : ancien côté : %2</translation>
    </message>
    <message>
        <source>%1: new side: %2</source>
        <translation>%1 : nouveau côté : %2</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
</context>
<context>
    <name>DesignMerge</name>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>%1 modifié</translation>
    </message>
    <message>
        <source>exists</source>
        <translation>existe</translation>
    </message>
    <message>
        <source>deleted on one side and changed on the other; the changed one is kept</source>
        <translation>supprimé d&apos;un côté et modifié de l&apos;autre ; la version modifiée est conservée</translation>
    </message>
    <message>
        <source>both sides changed it to different values</source>
        <translation>les deux côtés l&apos;ont modifié avec des valeurs différentes</translation>
    </message>
    <message>
        <source>both sides added it with different values</source>
        <translation>les deux côtés l&apos;ont ajouté avec des valeurs différentes</translation>
    </message>
    <message>
        <source>deleted on one side, but %1 still uses it on the other; it is kept</source>
        <translation>supprimé d&apos;un côté, mais %1 l&apos;utilise encore de l&apos;autre ; il est conservé</translation>
    </message>
    <message>
        <source>both sides connect %1 to %2; kept %3 and dropped this one</source>
        <translation>les deux côtés relient %1 à %2 ; %3 est conservée et celle-ci abandonnée</translation>
    </message>
    <message>
        <source>ours uses %1 for a zone and theirs for a component; the zone is kept</source>
        <translation>notre côté utilise %1 pour une zone, le leur pour un composant ; la zone est conservée</translation>
    </message>
    <message>
        <source>it joins the component %1, which is a zone on our side; it is dropped</source>
        <translation>elle relie le composant %1, qui est une zone de notre côté ; elle est abandonnée</translation>
    </message>
    <message>
        <source>ours uses %1 for a component and theirs for a zone; the component is kept and the zone&apos;s members move to its parent</source>
        <translation>notre côté utilise %1 pour un composant, le leur pour une zone ; le composant est conservé et les membres de la zone passent dans sa zone parente</translation>
    </message>
    <message>
        <source>the two sides&apos; moves would put zones inside each other (%1); ours is kept</source>
        <translation>les déplacements des deux côtés mettraient des zones l&apos;une dans l&apos;autre (%1) ; le nôtre est conservé</translation>
    </message>
    <message>
        <source>the id %1 is a note on one side and another item on the other; the note is dropped</source>
        <translation>l’identifiant %1 est une note d’un côté et un autre élément de l’autre ; la note est abandonnée</translation>
    </message>
</context>
<context>
    <name>DesignReader</name>
    <message>
        <source>converted from format version %1 to %2; saving writes version %2</source>
        <translation>converti de la version de format %1 à %2 ; l&apos;enregistrement écrit la version %2</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>is a folder, not a design file</source>
        <translation>est un dossier, pas un fichier de conception</translation>
    </message>
    <message>
        <source>is not a regular file (a pipe or a device?); only design files can be opened</source>
        <translation>n&apos;est pas un fichier ordinaire (un tube ou un périphérique ?) ; seuls les fichiers de conception peuvent être ouverts</translation>
    </message>
    <message>
        <source>the file has %1 MiB; design files of more than %2 MiB are refused</source>
        <translation>le fichier fait %1 Mio ; les fichiers de conception de plus de %2 Mio sont refusés</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>lecture impossible : %1</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>le fichier dépasse %1 Mio</translation>
    </message>
    <message>
        <source> (did you mean &apos;%1&apos;?)</source>
        <translation> (vouliez-vous dire &apos;%1&apos; ?)</translation>
    </message>
    <message>
        <source>too many errors; stopped reading</source>
        <translation>trop d&apos;erreurs ; lecture interrompue</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in %2%3</source>
        <translation>%2 : clé inconnue &apos;%1&apos;%3</translation>
    </message>
    <message>
        <source>%1 must be a mapping, not %2</source>
        <translation>%1 doit être un mappage, pas %2</translation>
    </message>
    <message>
        <source>%1 has no &apos;%2&apos;</source>
        <translation>%1 : &apos;%2&apos; est absent</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2 must be text, not %3</source>
        <translation>%2 : &apos;%1&apos; doit être du texte, pas %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2 is empty</source>
        <translation>%2 : &apos;%1&apos; est vide</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2 must be a list of two numbers, like [40, 60]</source>
        <translation>%2 : &apos;%1&apos; doit être une liste de deux nombres, comme [40, 60]</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2 must hold numbers, not &apos;%3&apos;</source>
        <translation>%2 : &apos;%1&apos; doit contenir des nombres, pas &apos;%3&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2 must be positive and at most %3</source>
        <translation>%2 : &apos;%1&apos; doit être positif et au plus %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2 is beyond %3</source>
        <translation>%2 : &apos;%1&apos; dépasse %3</translation>
    </message>
    <message>
        <source>&apos;properties&apos; of %1</source>
        <translation>&apos;properties&apos; de %1</translation>
    </message>
    <message>
        <source>unknown property &apos;%1&apos; for kind &apos;%2&apos; in %3%4</source>
        <translation>%3 : propriété inconnue &apos;%1&apos; pour le type &apos;%2&apos;%4</translation>
    </message>
    <message>
        <source>property &apos;%1&apos; of %2 must be a single value, not %3</source>
        <translation>%2 : la propriété &apos;%1&apos; doit être une valeur unique, pas %3</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%2 : %1</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos; in %2%3</source>
        <translation>%2 : type inconnu &apos;%1&apos;%3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a component kind; list it under components, not zones</source>
        <translation>&apos;%1&apos; est un type de composant ; placez-le sous components, pas sous zones</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a zone kind; list it under zones, not components</source>
        <translation>&apos;%1&apos; est un type de zone ; placez-le sous zones, pas sous components</translation>
    </message>
    <message>
        <source>id &apos;%1&apos; of %2 must start with a letter or digit and use only letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; (at most 128)</source>
        <translation>%2 : l&apos;identifiant &apos;%1&apos; doit commencer par une lettre ou un chiffre et ne contenir que des lettres, des chiffres, &apos;-&apos;, &apos;_&apos; et &apos;.&apos; (128 au plus)</translation>
    </message>
    <message>
        <source>duplicate id &apos;%1&apos; (first used on line %2)</source>
        <translation>identifiant en double &apos;%1&apos; (utilisé d&apos;abord à la ligne %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list, not %2</source>
        <translation>&apos;%1&apos; doit être une liste, pas %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has %2 entries; at most %3 are supported</source>
        <translation>&apos;%1&apos; a %2 entrées ; %3 au plus sont prises en charge</translation>
    </message>
    <message>
        <source>the file is empty; a design needs at least formatVersion and name</source>
        <translation>le fichier est vide ; une conception nécessite au moins formatVersion et name</translation>
    </message>
    <message>
        <source>a design file must be a mapping at the top, not %1</source>
        <translation>un fichier de conception doit être un mappage au niveau supérieur, pas %1</translation>
    </message>
    <message>
        <source>missing &apos;formatVersion&apos; (this version of Stackdraft writes %1)</source>
        <translation>&apos;formatVersion&apos; est absent (cette version de Stackdraft écrit %1)</translation>
    </message>
    <message>
        <source>&apos;formatVersion&apos; must be a whole number from 1, not &apos;%1&apos;</source>
        <translation>&apos;formatVersion&apos; doit être un nombre entier à partir de 1, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the file has format version %1, written by a newer Stackdraft; this version reads up to format version %2. Update Stackdraft to open it.</source>
        <translation>le fichier est au format version %1, écrit par une version plus récente de Stackdraft ; cette version lit jusqu&apos;à la version de format %2. Mettez Stackdraft à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>the design</source>
        <translation>la conception</translation>
    </message>
    <message>
        <source>&apos;metadata&apos;</source>
        <translation>&apos;metadata&apos;</translation>
    </message>
    <message>
        <source>metadata &apos;%1&apos; must be text</source>
        <translation>la métadonnée &apos;%1&apos; doit être du texte</translation>
    </message>
    <message>
        <source>zone %1</source>
        <translation>zone %1</translation>
    </message>
    <message>
        <source>zone &apos;%1&apos;</source>
        <translation>zone &apos;%1&apos;</translation>
    </message>
    <message>
        <source>zone &apos;%1&apos; names parent &apos;%2&apos;, which is not a zone</source>
        <translation>la zone &apos;%1&apos; désigne comme parent &apos;%2&apos;, qui n&apos;est pas une zone</translation>
    </message>
    <message>
        <source>component %1</source>
        <translation>composant %1</translation>
    </message>
    <message>
        <source>component &apos;%1&apos;</source>
        <translation>composant &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 is placed in &apos;%2&apos;, which is not a zone</source>
        <translation>%1 est placé dans &apos;%2&apos;, qui n&apos;est pas une zone</translation>
    </message>
    <message>
        <source>&apos;pinned&apos; of %1 must be true or false</source>
        <translation>%1 : &apos;pinned&apos; doit valoir true ou false</translation>
    </message>
    <message>
        <source>connection %1</source>
        <translation>connexion %1</translation>
    </message>
    <message>
        <source>connection &apos;%1&apos;</source>
        <translation>connexion &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 goes %2 &apos;%3&apos;, which is a zone; connect components</source>
        <translation>%1 : %2 &apos;%3&apos; est une zone ; reliez des composants</translation>
    </message>
    <message>
        <source>%1 goes %2 &apos;%3&apos;, which does not exist</source>
        <translation>%1 : %2 &apos;%3&apos; n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1 connects &apos;%2&apos; to itself</source>
        <translation>%1 relie &apos;%2&apos; à lui-même</translation>
    </message>
    <message>
        <source>%1 repeats a connection from &apos;%2&apos; to &apos;%3&apos;</source>
        <translation>%1 répète une connexion de &apos;%2&apos; vers &apos;%3&apos;</translation>
    </message>
    <message>
        <source>&apos;port&apos; of %1 must be a whole number from 1 to 65535, not &apos;%2&apos;</source>
        <translation>%1 : &apos;port&apos; doit être un nombre entier de 1 à 65535, pas &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;mode&apos; of %1 must be sync or async, not &apos;%2&apos;</source>
        <translation>%1 : &apos;mode&apos; doit valoir sync ou async, pas &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;questionnaire&apos;</source>
        <translation>&apos;questionnaire&apos;</translation>
    </message>
    <message>
        <source>answer %1</source>
        <translation>réponse %1</translation>
    </message>
    <message>
        <source>question &apos;%1&apos; is answered twice</source>
        <translation>la question &apos;%1&apos; a deux réponses</translation>
    </message>
    <message>
        <source>the value of %1 must be a number, text, true/false or a range [min, max]</source>
        <translation>%1 : la valeur doit être un nombre, du texte, true/false ou une plage [min, max]</translation>
    </message>
    <message>
        <source>accepted finding %1</source>
        <translation>constat accepté %1</translation>
    </message>
    <message>
        <source>finding &apos;%1&apos; is accepted twice</source>
        <translation>le constat &apos;%1&apos; est accepté deux fois</translation>
    </message>
    <message>
        <source>zones contain each other in a cycle: %1</source>
        <translation>des zones se contiennent mutuellement en cycle : %1</translation>
    </message>
    <message>
        <source>zone &apos;%1&apos; is nested more than %2 levels deep</source>
        <translation>la zone &apos;%1&apos; est imbriquée sur plus de %2 niveaux</translation>
    </message>
    <message>
        <source>&apos;callsPerRequest&apos; of %1 must be a number from 0 to 1000, not &apos;%2&apos;</source>
        <translation>&apos;callsPerRequest&apos; de %1 doit être un nombre de 0 à 1000, pas &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;waypoints&apos; of %1 must be a list of points, like [[40, 60], [40, 200]]</source>
        <translation>« waypoints » de %1 doit être une liste de points, comme [[40, 60], [40, 200]]</translation>
    </message>
    <message>
        <source>%1 has %2 waypoints; at most %3 are allowed</source>
        <translation>%1 a %2 points de passage ; %3 au plus sont permis</translation>
    </message>
    <message>
        <source>&apos;style&apos; of %1 must be orthogonal, straight or curved, not &apos;%2&apos;</source>
        <translation>« style » de %1 doit valoir orthogonal, straight ou curved, et non « %2 »</translation>
    </message>
    <message>
        <source>the file ends in the middle of line %1, without a line break: it may have been cut off; check that nothing is missing at its end</source>
        <translation>le fichier se termine au milieu de la ligne %1, sans saut de ligne : il a peut-être été tronqué ; vérifiez que rien ne manque à la fin</translation>
    </message>
    <message>
        <source>conflict %1</source>
        <translation>conflit %1</translation>
    </message>
    <message>
        <source>&apos;type&apos; of %1 must be one of %2, not &apos;%3&apos;</source>
        <translation>&apos;type&apos; de %1 doit être l&apos;un de %2, pas &apos;%3&apos;</translation>
    </message>
    <message>
        <source>&apos;kept&apos; of %1 must be ours or theirs, not &apos;%2&apos;</source>
        <translation>&apos;kept&apos; de %1 doit être ours ou theirs, pas &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the design has %1 unresolved merge conflict(s) under &apos;conflicts&apos;; resolve them and remove the list</source>
        <translation>la conception a %1 conflit(s) de fusion non résolu(s) sous &apos;conflicts&apos; ; résolvez-les et supprimez la liste</translation>
    </message>
    <message>
        <source>&apos;zOrder&apos; of %1 must be a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation>« zOrder » de %1 doit être un nombre entier de %2 à %3, pas « %4 »</translation>
    </message>
    <message>
        <source>note %1</source>
        <translation>note %1</translation>
    </message>
    <message>
        <source>note &apos;%1&apos;</source>
        <translation>note &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the text of %1 has %2 characters; a note holds at most %3</source>
        <translation>le texte de %1 compte %2 caractères ; une note en contient au plus %3</translation>
    </message>
    <message>
        <source>&apos;colour&apos; of %1 must be one of %2, not &apos;%3&apos;%4</source>
        <translation>&apos;colour&apos; de %1 doit être l’une des valeurs %2, pas &apos;%3&apos;%4</translation>
    </message>
</context>
<context>
    <name>DesignWriter</name>
    <message>
        <source>the file changed on disk since it was read (another program saved it); nothing was written: run the command again</source>
        <translation>le fichier a changé sur le disque depuis sa lecture (un autre programme l&apos;a enregistré) ; rien n&apos;a été écrit : relancez la commande</translation>
    </message>
</context>
<context>
    <name>Diagnostic</name>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
</context>
<context>
    <name>Diagram</name>
    <message>
        <source>At scale %1 the image would be %2 × %3 pixels; choose a smaller scale.</source>
        <translation>À l&apos;échelle %1, l&apos;image ferait %2 × %3 pixels ; choisissez une échelle plus petite.</translation>
    </message>
    <message>
        <source>The PNG image could not be encoded.</source>
        <translation>L&apos;image PNG n&apos;a pas pu être encodée.</translation>
    </message>
</context>
<context>
    <name>DrillsExport</name>
    <message>
        <source>no entry point: draw where traffic comes from (users, a partner API) so the drills know what must keep working</source>
        <translation>aucun point d&apos;entrée : dessinez d&apos;où vient le trafic (utilisateurs, API partenaire) pour que les exercices sachent ce qui doit continuer à fonctionner</translation>
    </message>
    <message>
        <source>Failure drills (Chaos Toolkit, AWS FIS)</source>
        <translation>Exercices de panne (Chaos Toolkit, AWS FIS)</translation>
    </message>
    <message>
        <source>Chaos experiments and a game-day plan from the failure simulation.</source>
        <translation>Expériences de chaos et plan de game day issus de la simulation de panne.</translation>
    </message>
    <message>
        <source>How many of the components with the largest blast radius get a drill of their own.</source>
        <translation>Nombre de composants au plus grand rayon d&apos;impact qui reçoivent leur propre exercice.</translation>
    </message>
    <message>
        <source>no component users reach has a health endpoint: the experiments have no steady state to check</source>
        <translation>aucun composant atteint par les utilisateurs n&apos;a de point de santé : les expériences n&apos;ont pas d&apos;état stable à vérifier</translation>
    </message>
</context>
<context>
    <name>EditPrompts</name>
    <message numerus="yes">
        <source>Delete “%1” and the %n item(s) inside it?</source>
        <translation>
            <numerusform>Supprimer « %1 » et le %n élément qu’il contient ?</numerusform>
            <numerusform>Supprimer « %1 » et les %n éléments qu’il contient ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 zones and the %n item(s) inside them?</source>
        <translation>
            <numerusform>Supprimer %1 zones et le %n élément qu’elles contiennent ?</numerusform>
            <numerusform>Supprimer %1 zones et les %n éléments qu’elles contiennent ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Zone</source>
        <translation>Supprimer la zone</translation>
    </message>
    <message>
        <source>Everything inside goes too, with its connections. Undo brings it all back.</source>
        <translation>Tout ce qu’elle contient part aussi, avec ses connexions. Annuler remet tout en place.</translation>
    </message>
    <message>
        <source>&amp;Delete All</source>
        <translation>&amp;Tout supprimer</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>%1: is a symbolic link; exports are written into real folders only</source>
        <translation>%1 : est un lien symbolique ; les exports ne s’écrivent que dans de vrais dossiers</translation>
    </message>
    <message>
        <source>%1: exists and is not a folder</source>
        <translation>%1 : existe et n’est pas un dossier</translation>
    </message>
    <message>
        <source>%1: is an input of this export; refused</source>
        <translation>%1 : est une entrée de cet export ; refusé</translation>
    </message>
    <message>
        <source>%1: refused, it is outside the export folder</source>
        <translation>%1 : refusé, il se trouve hors du dossier d&apos;exportation</translation>
    </message>
    <message>
        <source>%1: is in the way of the generated folder and is not a folder</source>
        <translation>%1 : gêne le dossier généré et n’est pas un dossier</translation>
    </message>
    <message>
        <source>%1: is a folder where the export writes a file; refused</source>
        <translation>%1 : est un dossier là où l’export écrit un fichier ; refusé</translation>
    </message>
    <message>
        <source>%1: is a symbolic link or special file, which the export does not follow</source>
        <translation>%1 : est un lien symbolique ou un fichier spécial, que l’export ne suit pas</translation>
    </message>
    <message>
        <source>%1: was not written by this export</source>
        <translation>%1 : n’a pas été écrit par cet export</translation>
    </message>
    <message>
        <source>%1: was edited by hand since the last export</source>
        <translation>%1 : a été modifié à la main depuis le dernier export</translation>
    </message>
    <message>
        <source>; nothing was changed. Export with force to replace them.</source>
        <translation> ; rien n’a été modifié. Exportez en forçant pour les remplacer.</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1 : impossible de créer le dossier</translation>
    </message>
    <message>
        <source>%1: is a mount point; export into a folder inside it, so the new set can be swapped in whole</source>
        <translation>%1 : est un point de montage ; exportez dans un dossier à l’intérieur, pour que le nouvel ensemble soit échangé en entier</translation>
    </message>
    <message>
        <source>%1: cannot create a folder: %2</source>
        <translation>%1 : impossible de créer un dossier : %2</translation>
    </message>
    <message>
        <source>%1: cannot keep it in the new export: %2</source>
        <translation>%1 : impossible de le conserver dans le nouvel export : %2</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1 : écriture impossible : %2</translation>
    </message>
    <message>
        <source>%1: cannot put the new export in place: %2</source>
        <translation>%1 : impossible de mettre le nouvel export en place : %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: the export made %n file(s) where one was expected</source>
        <translation>
            <numerusform>%1 : l’export a produit %n fichier là où un seul était attendu</numerusform>
            <numerusform>%1 : l’export a produit %n fichiers là où un seul était attendu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FailureModel</name>
    <message>
        <source>availability zone %1</source>
        <translation>zone de disponibilité %1</translation>
    </message>
    <message>
        <source>region %1</source>
        <translation>région %1</translation>
    </message>
    <message>
        <source>provider %1</source>
        <translation>fournisseur %1</translation>
    </message>
    <message>
        <source>unknown failure scope &apos;%1&apos;: use a component id, zone:NAME, region:NAME or provider:NAME</source>
        <translation>périmètre de panne inconnu &apos;%1&apos; : utilisez un identifiant de composant, zone:NOM, region:NOM ou provider:NOM</translation>
    </message>
    <message>
        <source>no component with id &apos;%1&apos;</source>
        <translation>aucun composant avec l&apos;identifiant &apos;%1&apos;</translation>
    </message>
    <message>
        <source>nothing in the design is placed in %1 &apos;%2&apos;</source>
        <translation>rien dans la conception n&apos;est placé dans %1 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>a single self-run broker</source>
        <translation>un broker unique auto-hébergé</translation>
    </message>
    <message>
        <source>a single instance</source>
        <translation>une instance unique</translation>
    </message>
    <message>
        <source>%1 replicas, all in %2</source>
        <translation>%1 répliques, toutes dans %2</translation>
    </message>
    <message>
        <source>placed in %1</source>
        <translation>placé dans %1</translation>
    </message>
    <message>
        <source>single-zone (multi-AZ off)</source>
        <translation>une seule zone (multi-AZ désactivé)</translation>
    </message>
    <message>
        <source>multi-AZ</source>
        <translation>multi-AZ</translation>
    </message>
    <message>
        <source>%1 replicas spread over zones</source>
        <translation>%1 répliques réparties sur plusieurs zones</translation>
    </message>
    <message>
        <source>run by the provider</source>
        <translation>géré par le fournisseur</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 et %2 de plus</translation>
    </message>
    <message>
        <source>%1 (multi-AZ) fails over to its standby in another availability zone and stays up.</source>
        <translation>%1 (multi-AZ) bascule sur son instance de secours dans une autre zone de disponibilité et reste disponible.</translation>
    </message>
    <message>
        <source>%1 (multi-AZ) fails over to its standby in another availability zone of %2 and stays up.</source>
        <translation>%1 (multi-AZ) bascule sur son instance de secours dans une autre zone de disponibilité de %2 et reste disponible.</translation>
    </message>
    <message>
        <source>multi-AZ, primary in %1</source>
        <translation>multi-AZ, principale dans %1</translation>
    </message>
</context>
<context>
    <name>FilePrompts</name>
    <message>
        <source>File changed on disk</source>
        <translation>Fichier modifié sur le disque</translation>
    </message>
    <message>
        <source>“%1” was changed by another program since you opened or last saved it here. Saving now would overwrite those changes.</source>
        <translation>« %1 » a été modifié par un autre programme depuis que vous l’avez ouvert ou enregistré ici. Enregistrer maintenant écraserait ces modifications.</translation>
    </message>
    <message>
        <source>Reload shows the file as it is on disk; your unsaved changes stay in the undo history. Save As keeps both versions.</source>
        <translation>Recharger affiche le fichier tel qu’il est sur le disque ; vos modifications non enregistrées restent dans l’historique d’annulation. Enregistrer sous conserve les deux versions.</translation>
    </message>
    <message>
        <source>&amp;Reload (Discard Mine)</source>
        <translation>&amp;Recharger (abandonner les miennes)</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>É&amp;craser</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>“%1” was changed by another program, and you have unsaved changes here.</source>
        <translation>« %1 » a été modifié par un autre programme, et vous avez ici des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>Reload shows the file as it is on disk; Undo brings your changes back. Keep My Changes leaves the file alone until you save, which asks again.</source>
        <translation>Recharger affiche le fichier tel qu’il est sur le disque ; Annuler rétablit vos modifications. Garder mes modifications laisse le fichier intact jusqu’à l’enregistrement, qui demandera à nouveau.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>&amp;Keep My Changes</source>
        <translation>&amp;Garder mes modifications</translation>
    </message>
</context>
<context>
    <name>FixPlanner</name>
    <message>
        <source>there is no connection &apos;%1&apos;</source>
        <translation>il n&apos;y a pas de connexion « %1 »</translation>
    </message>
    <message>
        <source>cannot move &apos;%1&apos; into &apos;%2&apos;</source>
        <translation>impossible de déplacer « %1 » dans « %2 »</translation>
    </message>
    <message>
        <source>there is no component &apos;%1&apos;</source>
        <translation>il n&apos;y a pas de composant « %1 »</translation>
    </message>
    <message>
        <source>cannot add component &apos;%1&apos;</source>
        <translation>impossible d&apos;ajouter le composant « %1 »</translation>
    </message>
    <message>
        <source>cannot add connection &apos;%1&apos;: %2</source>
        <translation>impossible d&apos;ajouter la connexion « %1 » : %2</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>%1: %2 %3 → %4</source>
        <translation>%1 : %2 %3 → %4</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>le niveau supérieur</translation>
    </message>
    <message>
        <source>%1: moves from %2 into %3 (it keeps its place on the canvas)</source>
        <translation>%1 : passe de %2 à %3 (garde sa place sur le canevas)</translation>
    </message>
    <message>
        <source>New %1 “%2” (%3) in %4</source>
        <translation>Nouveau %1 « %2 » (%3) dans %4</translation>
    </message>
    <message>
        <source>New connection %1 → %2</source>
        <translation>Nouvelle connexion %1 → %2</translation>
    </message>
    <message>
        <source>%1 → %2 now goes %1 → %3 → %2</source>
        <translation>%1 → %2 passe désormais par %1 → %3 → %2</translation>
    </message>
    <message>
        <source>Enable multi-AZ on %1</source>
        <translation>Activer multi-AZ sur %1</translation>
    </message>
    <message>
        <source>Add a second replica of %1 in another zone</source>
        <translation>Ajouter une deuxième réplique de %1 dans une autre zone</translation>
    </message>
    <message>
        <source>Spread the replicas of %1 over the zones of its region</source>
        <translation>Répartir les répliques de %1 sur les zones de sa région</translation>
    </message>
    <message>
        <source>Keep %1 up when %2 fails</source>
        <translation>Garder %1 disponible quand %2 tombe</translation>
    </message>
    <message>
        <source>the zone</source>
        <translation>la zone</translation>
    </message>
    <message>
        <source>Run %1 with %2 members</source>
        <translation>Exécuter %1 avec %2 membres</translation>
    </message>
    <message>
        <source>%1 load balancer</source>
        <translation>Équilibreur de charge de %1</translation>
    </message>
    <message>
        <source>Put a load balancer in front of %1</source>
        <translation>Placer un équilibreur de charge devant %1</translation>
    </message>
    <message>
        <source>%1 WAF</source>
        <translation>WAF de %1</translation>
    </message>
    <message>
        <source>Internet clients</source>
        <translation>Clients Internet</translation>
    </message>
    <message>
        <source>Add a WAF in front of %1</source>
        <translation>Ajouter un WAF devant %1</translation>
    </message>
    <message>
        <source>Enable backups of %1 with 7 days of retention</source>
        <translation>Activer les sauvegardes de %1 avec 7 jours de rétention</translation>
    </message>
    <message>
        <source>Keep backups of %1 for 7 days</source>
        <translation>Conserver les sauvegardes de %1 pendant 7 jours</translation>
    </message>
    <message>
        <source>Enable versioning on %1</source>
        <translation>Activer le versionnage sur %1</translation>
    </message>
    <message>
        <source>Add a dead-letter queue to %1</source>
        <translation>Ajouter une file de lettres mortes à %1</translation>
    </message>
    <message>
        <source>Turn on encryption at rest for %1</source>
        <translation>Activer le chiffrement au repos pour %1</translation>
    </message>
</context>
<context>
    <name>HtmlPdf</name>
    <message>
        <source>printing a PDF needs fonts, and so a GUI application</source>
        <translation>imprimer un PDF demande des polices, et donc une application graphique</translation>
    </message>
    <message>
        <source>there is nothing to print</source>
        <translation>il n’y a rien à imprimer</translation>
    </message>
    <message>
        <source>the PDF could not be made</source>
        <translation>le PDF n’a pas pu être créé</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>service %1</source>
        <translation>service %1</translation>
    </message>
    <message>
        <source>restart: %1 (runs to completion)</source>
        <translation>restart: %1 (s’exécute jusqu’au bout)</translation>
    </message>
    <message>
        <source> (only with profile %1)</source>
        <translation> (seulement avec le profil %1)</translation>
    </message>
    <message>
        <source>kind %1: %2 matches no known engine%3</source>
        <translation>type %1 : %2 ne correspond à aucun moteur connu%3</translation>
    </message>
    <message>
        <source>no image, built from source</source>
        <translation>pas d’image, construit depuis les sources</translation>
    </message>
    <message>
        <source>kind %1, from its %2%3</source>
        <translation>type %1, d’après %2%3</translation>
    </message>
    <message>
        <source>ports must be a list, not %1</source>
        <translation>ports doit être une liste, pas %1</translation>
    </message>
    <message>
        <source>port &apos;%1&apos; is not a port mapping</source>
        <translation>le port &apos;%1&apos; n’est pas une correspondance de ports</translation>
    </message>
    <message>
        <source>cpus &apos;%1&apos; is not a number of CPUs</source>
        <translation>cpus &apos;%1&apos; n’est pas un nombre de CPU</translation>
    </message>
    <message>
        <source>memory &apos;%1&apos; is not an amount of memory</source>
        <translation>memory &apos;%1&apos; n’est pas une quantité de mémoire</translation>
    </message>
    <message>
        <source>deploy.%1 has no counterpart in a design</source>
        <translation>deploy.%1 n’a pas d’équivalent dans une conception</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a whole number</source>
        <translation>%1 &apos;%2&apos; n’est pas un nombre entier</translation>
    </message>
    <message>
        <source>a health check that is not an HTTP request: only an HTTP path has a place in a design</source>
        <translation>un contrôle de santé qui n’est pas une requête HTTP : seul un chemin HTTP a sa place dans une conception</translation>
    </message>
    <message>
        <source>%1 (%2): files from the host or read-only data are no state the design tracks</source>
        <translation>%1 (%2) : des fichiers de l’hôte ou des données en lecture seule ne sont pas un état que la conception suit</translation>
    </message>
    <message>
        <source>stateful: it keeps data in the volume %1</source>
        <translation>avec état : il garde des données dans le volume %1</translation>
    </message>
    <message>
        <source>keeps its data in the volume %1</source>
        <translation>garde ses données dans le volume %1</translation>
    </message>
    <message>
        <source>variable %1</source>
        <translation>variable %1</translation>
    </message>
    <message>
        <source>env_file %1 cannot be read: the connections its variables name are missing</source>
        <translation>env_file %1 est illisible : les connexions que nomment ses variables manquent</translation>
    </message>
    <message>
        <source>variable %1 of %2</source>
        <translation>variable %1 de %2</translation>
    </message>
    <message>
        <source>not carried over, having no counterpart in a design: %1</source>
        <translation>non repris, faute d’équivalent dans une conception : %1</translation>
    </message>
    <message>
        <source>networks: a design draws no networks between containers; every service may reach every other</source>
        <translation>networks : une conception ne dessine pas de réseaux entre conteneurs ; chaque service peut joindre tous les autres</translation>
    </message>
    <message>
        <source>Docker Compose</source>
        <translation>Docker Compose</translation>
    </message>
    <message>
        <source>Compose files (*.yaml *.yml)</source>
        <translation>Fichiers compose (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>defines no services: nothing to import</source>
        <translation>ne définit aucun service : rien à importer</translation>
    </message>
    <message>
        <source>Imported from docker compose: %1.</source>
        <translation>Importé depuis docker compose : %1.</translation>
    </message>
    <message>
        <source>holds no compose.yaml, compose.yml, docker-compose.yaml or docker-compose.yml</source>
        <translation>ne contient ni compose.yaml, ni compose.yml, ni docker-compose.yaml, ni docker-compose.yml</translation>
    </message>
    <message>
        <source>cannot be read; variables are read as empty or their defaults</source>
        <translation>illisible ; les variables valent vide ou leur valeur par défaut</translation>
    </message>
    <message>
        <source>includes itself (through %1)</source>
        <translation>s’inclut lui-même (via %1)</translation>
    </message>
    <message>
        <source>includes nest deeper than %1 files</source>
        <translation>les inclusions s’imbriquent sur plus de %1 fichiers</translation>
    </message>
    <message>
        <source>is empty, not a compose file</source>
        <translation>est vide, ce n’est pas un fichier compose</translation>
    </message>
    <message>
        <source>holds %1 YAML documents; a compose file has one</source>
        <translation>contient %1 documents YAML ; un fichier compose n’en a qu’un</translation>
    </message>
    <message>
        <source>not a compose file: the top level is %1, not a mapping</source>
        <translation>pas un fichier compose : le niveau supérieur est %1, pas un dictionnaire</translation>
    </message>
    <message>
        <source>not a compose file: this is a Kubernetes manifest (use import kubernetes)</source>
        <translation>pas un fichier compose : c’est un manifeste Kubernetes (utilisez import kubernetes)</translation>
    </message>
    <message>
        <source>&apos;include&apos; must be a list, not %1</source>
        <translation>&apos;include&apos; doit être une liste, pas %1</translation>
    </message>
    <message>
        <source>an include needs a path</source>
        <translation>une inclusion a besoin d’un chemin</translation>
    </message>
    <message>
        <source>the include of %1 failed (see above)</source>
        <translation>l’inclusion de %1 a échoué (voir ci-dessus)</translation>
    </message>
    <message>
        <source>not a compose file: it has no &apos;services&apos;</source>
        <translation>pas un fichier compose : il n’a pas de &apos;services&apos;</translation>
    </message>
    <message>
        <source>a version 1 file (no &apos;services&apos;): every top-level entry read as a service</source>
        <translation>un fichier de version 1 (sans &apos;services&apos;) : chaque entrée de premier niveau est lue comme un service</translation>
    </message>
    <message>
        <source>&apos;services&apos; must be a mapping of service names, not %1</source>
        <translation>&apos;services&apos; doit être un dictionnaire de noms de services, pas %1</translation>
    </message>
    <message>
        <source>not a top-level key of the Compose Specification; ignored</source>
        <translation>pas une clé de premier niveau de la Compose Specification ; ignorée</translation>
    </message>
    <message>
        <source>top-level %1 have no counterpart in a design (where services use them, their entries say so)</source>
        <translation>les %1 de premier niveau n’ont pas d’équivalent dans une conception (là où des services les utilisent, leurs entrées le disent)</translation>
    </message>
    <message>
        <source>service &apos;%1&apos; must be a mapping, not %2</source>
        <translation>le service &apos;%1&apos; doit être un dictionnaire, pas %2</translation>
    </message>
    <message>
        <source>service &apos;%1&apos; is also defined by an included file (%2); compose refuses that</source>
        <translation>le service &apos;%1&apos; est aussi défini par un fichier inclus (%2) ; compose le refuse</translation>
    </message>
    <message>
        <source>overrides its definition in %1</source>
        <translation>remplace sa définition dans %1</translation>
    </message>
    <message>
        <source>service &apos;%1&apos;: extends chain deeper than %2 (circular?)</source>
        <translation>service &apos;%1&apos; : chaîne extends de plus de %2 niveaux (circulaire ?)</translation>
    </message>
    <message>
        <source>service &apos;%1&apos;: extends needs a service name</source>
        <translation>service &apos;%1&apos; : extends a besoin d’un nom de service</translation>
    </message>
    <message>
        <source>service &apos;%1&apos; extends &apos;%2&apos;, which is not defined</source>
        <translation>le service &apos;%1&apos; étend &apos;%2&apos;, qui n’est pas défini</translation>
    </message>
    <message>
        <source>service &apos;%1&apos; extends itself</source>
        <translation>le service &apos;%1&apos; s’étend lui-même</translation>
    </message>
    <message>
        <source>service &apos;%1&apos;: cannot read the file it extends</source>
        <translation>service &apos;%1&apos; : le fichier qu’il étend est illisible</translation>
    </message>
    <message>
        <source>service &apos;%1&apos; extends &apos;%2&apos;, which %3 does not define</source>
        <translation>le service &apos;%1&apos; étend &apos;%2&apos;, que %3 ne définit pas</translation>
    </message>
    <message>
        <source>not set in the project&apos;s .env; read as empty</source>
        <translation>absente du .env du projet ; lue comme vide</translation>
    </message>
    <message>
        <source>%1 is empty: what it should reach is not in the files; not connected</source>
        <translation>%1 est vide : ce qu’il doit joindre n’est pas dans les fichiers ; non connecté</translation>
    </message>
    <message>
        <source>%1 = &apos;%2&apos; names no host the import can follow; not connected</source>
        <translation>%1 = &apos;%2&apos; ne nomme aucun hôte que l’importation puisse suivre ; non connecté</translation>
    </message>
    <message>
        <source>Imported design</source>
        <translation>Conception importée</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos;; imported as a microservice</source>
        <translation>type inconnu &apos;%1&apos; ; importé comme microservice</translation>
    </message>
    <message>
        <source>%1 = %2: a %3 has no such property</source>
        <translation>%1 = %2 : un composant de type %3 n’a pas cette propriété</translation>
    </message>
    <message>
        <source>%1 = %2: %3</source>
        <translation>%1 = %2 : %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>component %1 (kind %2)</source>
        <translation>composant %1 (type %2)</translation>
    </message>
    <message>
        <source>component %1 (kind %2) with %3</source>
        <translation>composant %1 (type %2) avec %3</translation>
    </message>
    <message>
        <source>the host name %1 is also %2&apos;s; references to it go to %2</source>
        <translation>le nom d’hôte %1 est aussi celui de %2 ; les références vont à %2</translation>
    </message>
    <message>
        <source>%1 names the host %2, which nothing imported defines; not connected</source>
        <translation>%1 nomme l’hôte %2, qu’aucun élément importé ne définit ; non connecté</translation>
    </message>
    <message>
        <source>calls %1 (%2)</source>
        <translation>appelle %1 (%2)</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON non valide : %1</translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation>YAML non valide : %1</translation>
    </message>
    <message>
        <source>is a folder</source>
        <translation>est un dossier</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>is %1 MiB; files above %2 MiB are refused</source>
        <translation>fait %1 Mio ; les fichiers de plus de %2 Mio sont refusés</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>illisible : %1</translation>
    </message>
    <message>
        <source>is larger than %1 MiB</source>
        <translation>dépasse %1 Mio</translation>
    </message>
    <message>
        <source>is a binary file, not YAML or JSON</source>
        <translation>est un fichier binaire, ni YAML ni JSON</translation>
    </message>
    <message>
        <source>holds no file ending in %1</source>
        <translation>ne contient aucun fichier se terminant par %1</translation>
    </message>
    <message>
        <source>%1 files; an import reads at most %2</source>
        <translation>%1 fichiers ; une importation en lit au plus %2</translation>
    </message>
    <message>
        <source>the files add up to more than %1 MiB; an import reads at most that</source>
        <translation>les fichiers dépassent %1 Mio au total ; une importation n’en lit pas plus</translation>
    </message>
    <message>
        <source>image %1</source>
        <translation>image %1</translation>
    </message>
    <message>
        <source>port %1</source>
        <translation>port %1</translation>
    </message>
    <message>
        <source>not a Kubernetes object: this looks like a compose file (use import compose)</source>
        <translation>pas un objet Kubernetes : cela ressemble à un fichier compose (utilisez import compose)</translation>
    </message>
    <message>
        <source>not a Kubernetes object: a manifest needs apiVersion and kind</source>
        <translation>pas un objet Kubernetes : un manifeste a besoin de apiVersion et kind</translation>
    </message>
    <message>
        <source>a kustomize file: the manifests beside it are read as they are; for its patches and generators import the output of kubectl kustomize</source>
        <translation>un fichier kustomize : les manifestes à côté sont lus tels quels ; pour ses correctifs et générateurs, importez la sortie de kubectl kustomize</translation>
    </message>
    <message>
        <source>%1 without metadata.name</source>
        <translation>%1 sans metadata.name</translation>
    </message>
    <message>
        <source>has no containers: nothing runs, so no component</source>
        <translation>n’a aucun conteneur : rien ne tourne, donc pas de composant</translation>
    </message>
    <message>
        <source>kind %1</source>
        <translation>type %1</translation>
    </message>
    <message>
        <source>kind %1, as its label app.kubernetes.io/component says</source>
        <translation>type %1, comme le dit son label app.kubernetes.io/component</translation>
    </message>
    <message>
        <source>kind %1: the image %2 matches no known engine</source>
        <translation>type %1 : l’image %2 ne correspond à aucun moteur connu</translation>
    </message>
    <message>
        <source>kind %1, from its %2</source>
        <translation>type %1, d’après %2</translation>
    </message>
    <message>
        <source>sidecar container %1: runs beside the main container, not a component of its own</source>
        <translation>conteneur annexe %1 : tourne à côté du conteneur principal, pas un composant à part</translation>
    </message>
    <message>
        <source>a DaemonSet runs one pod per node: its replica count depends on the cluster</source>
        <translation>un DaemonSet exécute un pod par nœud : son nombre de réplicas dépend du cluster</translation>
    </message>
    <message>
        <source>replicas &apos;%1&apos; is not a whole number</source>
        <translation>replicas &apos;%1&apos; n’est pas un nombre entier</translation>
    </message>
    <message>
        <source>cpu &apos;%1&apos; is not a CPU quantity</source>
        <translation>cpu &apos;%1&apos; n’est pas une quantité de CPU</translation>
    </message>
    <message>
        <source>memory &apos;%1&apos; is not a memory quantity</source>
        <translation>memory &apos;%1&apos; n’est pas une quantité de mémoire</translation>
    </message>
    <message>
        <source>%1 is not an HTTP check: only an HTTP path has a place in a design</source>
        <translation>%1 n’est pas un contrôle HTTP : seul un chemin HTTP a sa place dans une conception</translation>
    </message>
    <message>
        <source>variable %1 (ConfigMap %2)</source>
        <translation>variable %1 (ConfigMap %2)</translation>
    </message>
    <message>
        <source>envFrom ConfigMap %1, which the manifests do not hold: the connections its values name are missing</source>
        <translation>envFrom ConfigMap %1, absente des manifestes : les connexions que nomment ses valeurs manquent</translation>
    </message>
    <message>
        <source>selects no workload in the manifests; imported as a %1 of its own%2</source>
        <translation>ne sélectionne aucune charge de travail des manifestes ; importé comme %1 à part entière%2</translation>
    </message>
    <message>
        <source> (from its %1)</source>
        <translation> (d’après %1)</translation>
    </message>
    <message>
        <source>selects %1 workloads; its name is taken as %2&apos;s</source>
        <translation>sélectionne %1 charges de travail ; son nom est attribué à %2</translation>
    </message>
    <message>
        <source>reaches %1</source>
        <translation>mène à %1</translation>
    </message>
    <message>
        <source>%1 load balancer</source>
        <translation>répartiteur de charge %1</translation>
    </message>
    <message>
        <source>Service type LoadBalancer</source>
        <translation>Service de type LoadBalancer</translation>
    </message>
    <message>
        <source>a NodePort Service: traffic starts at what it selects</source>
        <translation>un Service NodePort : le trafic commence à ce qu’il sélectionne</translation>
    </message>
    <message>
        <source>the entry point: a public load balancer</source>
        <translation>le point d’entrée : un répartiteur de charge public</translation>
    </message>
    <message>
        <source>an internal load balancer, where traffic starts</source>
        <translation>un répartiteur de charge interne, où le trafic commence</translation>
    </message>
    <message>
        <source>%1 backend</source>
        <translation>backend de %1</translation>
    </message>
    <message>
        <source>its parent Gateway %1/%2 is not in the manifests; the route is not connected</source>
        <translation>sa Gateway parente %1/%2 n’est pas dans les manifestes ; la route n’est pas connectée</translation>
    </message>
    <message>
        <source>scales %1, which the manifests do not hold</source>
        <translation>met à l’échelle %1, absent des manifestes</translation>
    </message>
    <message>
        <source>autoscaled by %1</source>
        <translation>mis à l’échelle automatiquement par %1</translation>
    </message>
    <message>
        <source>selects no workload in the manifests</source>
        <translation>ne sélectionne aucune charge de travail des manifestes</translation>
    </message>
    <message>
        <source>PodDisruptionBudget %1 (%2): the catalog has no property for a disruption budget</source>
        <translation>PodDisruptionBudget %1 (%2) : le catalogue n’a pas de propriété pour un budget d’interruption</translation>
    </message>
    <message>
        <source>a rule for every pod (empty podSelector): no connection drawn</source>
        <translation>une règle pour tous les pods (podSelector vide) : aucune connexion dessinée</translation>
    </message>
    <message>
        <source>NetworkPolicy rule</source>
        <translation>règle de NetworkPolicy</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>et %1 de plus</translation>
    </message>
    <message>
        <source>%1 object(s) with no counterpart in a design: %2</source>
        <translation>%1 objet(s) sans équivalent dans une conception : %2</translation>
    </message>
    <message>
        <source>Kubernetes manifests</source>
        <translation>Manifestes Kubernetes</translation>
    </message>
    <message>
        <source>Kubernetes manifests (*.yaml *.yml *.json)</source>
        <translation>Manifestes Kubernetes (*.yaml *.yml *.json)</translation>
    </message>
    <message>
        <source>holds no workload, Service, Ingress or Gateway: nothing to import</source>
        <translation>ne contient ni charge de travail, ni Service, ni Ingress, ni Gateway : rien à importer</translation>
    </message>
    <message>
        <source>Imported from Kubernetes manifests: %1.</source>
        <translation>Importé depuis des manifestes Kubernetes : %1.</translation>
    </message>
    <message>
        <source>the end of the file</source>
        <translation>la fin du fichier</translation>
    </message>
    <message>
        <source>a new line</source>
        <translation>un saut de ligne</translation>
    </message>
    <message>
        <source>the character U+%1</source>
        <translation>le caractère U+%1</translation>
    </message>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation>imbriqué sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>unterminated comment: &apos;/*&apos; without &apos;*/&apos;</source>
        <translation>commentaire non terminé : &apos;/*&apos; sans &apos;*/&apos;</translation>
    </message>
    <message>
        <source>binary data (a NUL byte): not an HCL text file</source>
        <translation>données binaires (un octet NUL) : pas un fichier texte HCL</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>%1 attendu, %2 trouvé</translation>
    </message>
    <message>
        <source>expected a name, found %1</source>
        <translation>nom attendu, %1 trouvé</translation>
    </message>
    <message>
        <source>unterminated block: &apos;{&apos; at line %1 without &apos;}&apos;</source>
        <translation>bloc non terminé : &apos;{&apos; à la ligne %1 sans &apos;}&apos;</translation>
    </message>
    <message>
        <source>the attribute &apos;%1&apos; is set twice</source>
        <translation>l&apos;attribut &apos;%1&apos; est défini deux fois</translation>
    </message>
    <message>
        <source>a block label cannot contain interpolations</source>
        <translation>une étiquette de bloc ne peut pas contenir d&apos;interpolations</translation>
    </message>
    <message>
        <source>expected &apos;=&apos; or a block&apos;s &apos;{&apos; after &apos;%1&apos;, found %2</source>
        <translation>&apos;=&apos; ou le &apos;{&apos; d&apos;un bloc attendu après &apos;%1&apos;, %2 trouvé</translation>
    </message>
    <message>
        <source>expected a new line after the item, found %1</source>
        <translation>saut de ligne attendu après l&apos;élément, %1 trouvé</translation>
    </message>
    <message>
        <source>the number %1 is out of range</source>
        <translation>le nombre %1 est hors limites</translation>
    </message>
    <message>
        <source>expected an expression, found the end of the file</source>
        <translation>expression attendue, fin du fichier trouvée</translation>
    </message>
    <message>
        <source>expected an expression, found %1</source>
        <translation>expression attendue, %1 trouvé</translation>
    </message>
    <message>
        <source>&apos;...&apos; may only follow the last argument of %1()</source>
        <translation>&apos;...&apos; ne peut suivre que le dernier argument de %1()</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;)&apos; in the arguments of %1(), found %2</source>
        <translation>&apos;,&apos; ou &apos;)&apos; attendu dans les arguments de %1(), %2 trouvé</translation>
    </message>
    <message>
        <source>expected &apos;in&apos; in the for-expression, found %1</source>
        <translation>&apos;in&apos; attendu dans l&apos;expression for, %1 trouvé</translation>
    </message>
    <message>
        <source>unterminated list: &apos;[&apos; at line %1 without &apos;]&apos;</source>
        <translation>liste non terminée : &apos;[&apos; à la ligne %1 sans &apos;]&apos;</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; in the list, found %1</source>
        <translation>&apos;,&apos; ou &apos;]&apos; attendu dans la liste, %1 trouvé</translation>
    </message>
    <message>
        <source>expected &apos;=&gt;&apos; in the object for-expression, found %1</source>
        <translation>&apos;=&gt;&apos; attendu dans l&apos;expression for d&apos;objet, %1 trouvé</translation>
    </message>
    <message>
        <source>unterminated object: &apos;{&apos; at line %1 without &apos;}&apos;</source>
        <translation>objet non terminé : &apos;{&apos; à la ligne %1 sans &apos;}&apos;</translation>
    </message>
    <message>
        <source>expected &apos;=&apos; or &apos;:&apos; after the object key, found %1</source>
        <translation>&apos;=&apos; ou &apos;:&apos; attendu après la clé d&apos;objet, %1 trouvé</translation>
    </message>
    <message>
        <source>expected &apos;,&apos;, a new line or &apos;}&apos; after the object item, found %1</source>
        <translation>&apos;,&apos;, saut de ligne ou &apos;}&apos; attendu après l&apos;élément d&apos;objet, %1 trouvé</translation>
    </message>
    <message>
        <source>unterminated string: the quote at line %1, column %2 is never closed</source>
        <translation>chaîne non terminée : le guillemet de la ligne %1, colonne %2 n&apos;est jamais fermé</translation>
    </message>
    <message>
        <source>unterminated heredoc: no line &apos;%1&apos; closes the heredoc of line %2</source>
        <translation>heredoc non terminé : aucune ligne &apos;%1&apos; ne ferme le heredoc de la ligne %2</translation>
    </message>
    <message>
        <source>unterminated string: the line ends inside the quotes (use a heredoc for several lines)</source>
        <translation>chaîne non terminée : la ligne se termine entre les guillemets (utilisez un heredoc pour plusieurs lignes)</translation>
    </message>
    <message>
        <source>invalid escape \%1: expected %2 hexadecimal digits</source>
        <translation>échappement \%1 invalide : %2 chiffres hexadécimaux attendus</translation>
    </message>
    <message>
        <source>invalid escape sequence &apos;\%1&apos; in a string</source>
        <translation>séquence d&apos;échappement &apos;\%1&apos; invalide dans une chaîne</translation>
    </message>
    <message>
        <source>expected if, else, endif, for or endfor after &apos;%{&apos;, found %1</source>
        <translation>if, else, endif, for ou endfor attendu après &apos;%{&apos;, %1 trouvé</translation>
    </message>
    <message>
        <source>expected &apos;in&apos; in the template for directive, found %1</source>
        <translation>&apos;in&apos; attendu dans la directive for du modèle, %1 trouvé</translation>
    </message>
    <message>
        <source>the %{%1} directive is never closed with %{%2}</source>
        <translation>la directive %{%1} n&apos;est jamais fermée par %{%2}</translation>
    </message>
    <message>
        <source>%{%1} does not close %{%2}</source>
        <translation>%{%1} ne ferme pas %{%2}</translation>
    </message>
    <message>
        <source>expected the heredoc&apos;s delimiter after &apos;&lt;&lt;&apos;, found %1</source>
        <translation>délimiteur du heredoc attendu après &apos;&lt;&lt;&apos;, %1 trouvé</translation>
    </message>
    <message>
        <source>expected a new line after the heredoc&apos;s delimiter %1, found %2</source>
        <translation>saut de ligne attendu après le délimiteur de heredoc %1, %2 trouvé</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>le fichier dépasse %1 Mio</translation>
    </message>
    <message>
        <source>unknown zone kind &apos;%1&apos;; left out</source>
        <translation>type de zone inconnu &apos;%1&apos; ; omis</translation>
    </message>
    <message>
        <source>zone %1 (kind %2)</source>
        <translation>zone %1 (type %2)</translation>
    </message>
    <message>
        <source>holds no .tf file</source>
        <translation>ne contient aucun fichier .tf</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>lecture impossible : %1</translation>
    </message>
    <message>
        <source>is larger than %1 MiB; not read</source>
        <translation>dépasse %1 Mio ; non lu</translation>
    </message>
    <message>
        <source>the import is larger than %1 files or %2 MiB; stopped</source>
        <translation>l&apos;import dépasse %1 fichiers ou %2 Mio ; arrêté</translation>
    </message>
    <message>
        <source>not valid HCL: %1</source>
        <translation>HCL invalide : %1</translation>
    </message>
    <message>
        <source>has no literal source; its resources are not imported</source>
        <translation>n&apos;a pas de source littérale ; ses ressources ne sont pas importées</translation>
    </message>
    <message>
        <source>source %1 is not a local folder (registry, git or URL); its resources are not imported</source>
        <translation>la source %1 n&apos;est pas un dossier local (registre, git ou URL) ; ses ressources ne sont pas importées</translation>
    </message>
    <message>
        <source>modules nested more than %1 deep (a module calling itself?)</source>
        <translation>modules imbriqués sur plus de %1 niveaux (un module qui s&apos;appelle lui-même ?)</translation>
    </message>
    <message>
        <source>source %1: no such folder; its resources are not imported</source>
        <translation>source %1 : dossier introuvable ; ses ressources ne sont pas importées</translation>
    </message>
    <message>
        <source>local module %1 read</source>
        <translation>module local %1 lu</translation>
    </message>
    <message>
        <source>Terraform</source>
        <translation>Terraform</translation>
    </message>
    <message>
        <source>Terraform files and plans (*.tf *.json)</source>
        <translation>Fichiers et plans Terraform (*.tf *.json)</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>fichier ou dossier introuvable</translation>
    </message>
    <message>
        <source>holds no .tf file and no terraform show -json output</source>
        <translation>ne contient ni fichier .tf ni sortie de terraform show -json</translation>
    </message>
    <message>
        <source>defines no resources: nothing to import</source>
        <translation>ne définit aucune ressource : rien à importer</translation>
    </message>
    <message>
        <source>Imported from Terraform: %1.</source>
        <translation>Importé depuis Terraform : %1.</translation>
    </message>
    <message>
        <source>no resource of a type the import maps (aws, google, azurerm services): nothing to import; see the report</source>
        <translation>aucune ressource d&apos;un type que l&apos;import sait traduire (services aws, google, azurerm) : rien à importer ; voir le rapport</translation>
    </message>
    <message>
        <source>JSON, but not the output of terraform show -json: it has neither planned_values nor values.root_module</source>
        <translation>du JSON, mais pas la sortie de terraform show -json : ni planned_values ni values.root_module</translation>
    </message>
    <message>
        <source>the dead-letter queue of %1: not a component of its own</source>
        <translation>la file de lettres mortes de %1 : pas un composant à part</translation>
    </message>
    <message>
        <source>a replica of %1: counted on it, not a component of its own</source>
        <translation>une réplique de %1 : comptée sur celui-ci, pas un composant à part</translation>
    </message>
    <message>
        <source>%1 = %2: no %3 value stands for it</source>
        <translation>%1 = %2 : aucune valeur de %3 n&apos;y correspond</translation>
    </message>
    <message>
        <source>not carried (a %1 has no property for them): %2</source>
        <translation>non repris (un %1 n&apos;a pas de propriété pour cela) : %2</translation>
    </message>
    <message>
        <source>firewall rule %1</source>
        <translation>règle de pare-feu %1</translation>
    </message>
    <message>
        <source>%1 names %2</source>
        <translation>%1 désigne %2</translation>
    </message>
    <message>
        <source>%1 names %2, which no imported file defines; not connected</source>
        <translation>%1 désigne %2, qu&apos;aucun fichier importé ne définit ; non connecté</translation>
    </message>
    <message>
        <source>the grant %1</source>
        <translation>l&apos;autorisation %1</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s): parts of the components they belong to (read for connections and properties)</source>
        <translation>
            <numerusform>%n ressource : partie du composant auquel elle appartient (lue pour les connexions et les propriétés)</numerusform>
            <numerusform>%n ressources : parties des composants auxquels elles appartiennent (lues pour les connexions et les propriétés)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) with no counterpart in a design; counted, not imported</source>
        <translation>
            <numerusform>%n ressource sans équivalent dans une conception ; comptée, non importée</numerusform>
            <numerusform>%n ressources sans équivalent dans une conception ; comptées, non importées</numerusform>
        </translation>
    </message>
    <message>
        <source>variable values read</source>
        <translation>valeurs des variables lues</translation>
    </message>
    <message>
        <source>Terraform&apos;s JSON configuration syntax (.tf.json) is not read; its resources are not imported</source>
        <translation>La syntaxe de configuration JSON de Terraform (.tf.json) n&apos;est pas lue ; ses ressources ne sont pas importées</translation>
    </message>
    <message>
        <source>variables, locals and outputs refer to each other more than %1 times; what is left of them is read as unknown</source>
        <translation>variables, locals et sorties se réfèrent les uns aux autres plus de %1 fois ; le reste est lu comme inconnu</translation>
    </message>
</context>
<context>
    <name>ImportMerge</name>
    <message>
        <source>%1: kept as %2 (the import reads %3)</source>
        <translation>%1 : reste %2 (l&apos;import lit %3)</translation>
    </message>
    <message>
        <source>%1: %2 %3 -&gt; %4</source>
        <translation>%1 : %2 %3 -&gt; %4</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(par défaut)</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Mapped</source>
        <translation>Repris</translation>
    </message>
    <message>
        <source>Guessed (check these)</source>
        <translation>Devinés (à vérifier)</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonnés</translation>
    </message>
    <message>
        <source>Hosts nothing defines (not connected)</source>
        <translation>Hôtes que rien ne définit (non connectés)</translation>
    </message>
    <message>
        <source>mapped %1, guessed %2, dropped %3, unresolved hosts %4</source>
        <translation>repris %1, devinés %2, abandonnés %3, hôtes non résolus %4</translation>
    </message>
    <message>
        <source># Import report</source>
        <translation># Rapport d’importation</translation>
    </message>
</context>
<context>
    <name>KindMenu</name>
    <message>
        <source>Add and connect</source>
        <translation>Ajouter et relier</translation>
    </message>
</context>
<context>
    <name>KubernetesExport</name>
    <message>
        <source>%1 runs on virtual machines (platform: vm), so it is not exported; set its platform to kubernetes to include it</source>
        <translation>%1 s&apos;exécute sur des machines virtuelles (platform: vm) et n&apos;est donc pas exporté ; définissez sa plateforme sur kubernetes pour l&apos;inclure</translation>
    </message>
    <message>
        <source>%1 has no container image; the export uses the placeholder %2</source>
        <translation>%1 n&apos;a pas d&apos;image de conteneur ; l&apos;exportation utilise l&apos;espace réservé %2</translation>
    </message>
    <message>
        <source>%1: the image &apos;%2&apos; has no fixed tag (or uses latest); give it a version such as %3:1.0.0</source>
        <translation>%1 : l&apos;image &apos;%2&apos; n&apos;a pas de tag fixe (ou utilise latest) ; indiquez une version, par exemple %3:1.0.0</translation>
    </message>
    <message>
        <source>%1: the schedule &apos;%2&apos; is not a cron expression with five fields (minute hour day month weekday)</source>
        <translation>%1 : la planification &apos;%2&apos; n&apos;est pas une expression cron à cinq champs (minute heure jour mois jour-de-semaine)</translation>
    </message>
    <message>
        <source>%1 is to run in the cluster, but there is no container image for engine &apos;%2&apos;; it is treated as outside the cluster</source>
        <translation>%1 doit s&apos;exécuter dans le cluster, mais il n&apos;existe pas d&apos;image de conteneur pour le moteur &apos;%2&apos; ; il est traité comme hors du cluster</translation>
    </message>
    <message>
        <source>%1: the CPU request (%2m) exceeds the limit (%3m); the limit is raised to the request</source>
        <translation>%1 : la demande de CPU (%2m) dépasse la limite (%3m) ; la limite est relevée au niveau de la demande</translation>
    </message>
    <message>
        <source>%1: the memory request (%2 MiB) exceeds the limit (%3 MiB); the limit is raised to the request</source>
        <translation>%1 : la demande de mémoire (%2 Mio) dépasse la limite (%3 Mio) ; la limite est relevée au niveau de la demande</translation>
    </message>
    <message>
        <source>%1: autoscaling needs at least one replica; minimum replicas set to 1</source>
        <translation>%1 : la mise à l&apos;échelle automatique nécessite au moins une réplique ; minimum de répliques fixé à 1</translation>
    </message>
    <message>
        <source>%1: maximum replicas (%2) is below the minimum (%3); the maximum is raised to the minimum</source>
        <translation>%1 : le maximum de répliques (%2) est inférieur au minimum (%3) ; le maximum est relevé au minimum</translation>
    </message>
    <message>
        <source>%1: a CPU target of 0 % cannot scale; 70 % is used</source>
        <translation>%1 : une cible CPU de 0 % ne permet pas la mise à l&apos;échelle ; 70 % est utilisé</translation>
    </message>
    <message>
        <source>connection %1: %2 is a scheduled job and serves nothing, so no rule admits %3</source>
        <translation>connexion %1 : %2 est une tâche planifiée et ne sert rien, donc aucune règle n&apos;admet %3</translation>
    </message>
    <message>
        <source>connection %1 is drawn to port %2, but %3 listens on %4; the rules use %4</source>
        <translation>la connexion %1 aboutit au port %2, mais %3 écoute sur %4 ; les règles utilisent %4</translation>
    </message>
    <message>
        <source>connection %1: %2 calls %3 from outside the cluster; no rule admits it (route it through the load balancer)</source>
        <translation>connexion %1 : %2 appelle %3 depuis l&apos;extérieur du cluster ; aucune règle ne l&apos;admet (faites-la passer par l&apos;équilibreur de charge)</translation>
    </message>
    <message>
        <source>%1 uses %2 for both liveness and readiness; a busy but healthy pod will then be restarted</source>
        <translation>%1 utilise %2 à la fois pour liveness et readiness ; un pod occupé mais sain sera alors redémarré</translation>
    </message>
    <message>
        <source>nothing in this design runs in containers: add a microservice, monolith or batch job (platform kubernetes or container-service), or set a data store&apos;s hosting to kubernetes</source>
        <translation>rien dans cette conception ne s&apos;exécute dans des conteneurs : ajoutez un microservice, un monolithe ou une tâche batch (plateforme kubernetes ou container-service), ou définissez l&apos;hébergement d&apos;un magasin de données sur kubernetes</translation>
    </message>
    <message>
        <source>Kubernetes manifests</source>
        <translation>Manifestes Kubernetes</translation>
    </message>
    <message>
        <source>Kubernetes YAML (workloads, services, autoscaling, network policies) with a kustomization.yaml.</source>
        <translation>YAML Kubernetes (workloads, services, mise à l&apos;échelle automatique, politiques réseau) avec un kustomization.yaml.</translation>
    </message>
    <message>
        <source>Write one multi-document YAML file instead of a folder.</source>
        <translation>Écrire un seul fichier YAML multidocument au lieu d&apos;un dossier.</translation>
    </message>
    <message>
        <source>Docker Compose</source>
        <translation>Docker Compose</translation>
    </message>
    <message>
        <source>A docker-compose.yaml that runs the design&apos;s containers on one machine for local development.</source>
        <translation>Un docker-compose.yaml qui exécute les conteneurs de la conception sur une seule machine pour le développement local.</translation>
    </message>
    <message>
        <source>%1: %2 has no authentication in this shape; only its network policy guards it (put an authenticating proxy in front, or use the managed service)</source>
        <translation>%1 : %2 n&apos;a pas d&apos;authentification sous cette forme ; seule sa politique réseau le protège (placez un proxy authentifiant devant, ou utilisez le service géré)</translation>
    </message>
    <message>
        <source>%1: replicas: %2 is not honoured: the cluster runs one primary of %3 without replication (run it with an operator, such as CloudNativePG for PostgreSQL, or use the managed service)</source>
        <translation>%1 : replicas: %2 n&apos;est pas respecté : le cluster exécute une seule instance primaire de %3 sans réplication (utilisez un opérateur, comme CloudNativePG pour PostgreSQL, ou le service géré)</translation>
    </message>
    <message>
        <source>%1: multiAz is not honoured: one pod runs in one zone and its volume cannot follow it to another</source>
        <translation>%1 : multiAz n&apos;est pas respecté : un pod tourne dans une zone et son volume ne peut pas le suivre dans une autre</translation>
    </message>
    <message>
        <source>%1: backups (backupRetentionDays: %2) are not honoured: nothing backs up the volume (add volume snapshots or the engine&apos;s own backups)</source>
        <translation>%1 : backups (backupRetentionDays: %2) n&apos;est pas respecté : rien ne sauvegarde le volume (ajoutez des instantanés de volume ou les sauvegardes propres au moteur)</translation>
    </message>
    <message>
        <source>%1: crossRegionReplica (replicaRegion: %2) is not honoured: the cluster keeps no copy in another region</source>
        <translation>%1 : crossRegionReplica (replicaRegion: %2) n&apos;est pas respecté : le cluster ne garde aucune copie dans une autre région</translation>
    </message>
    <message>
        <source>%1: public is not honoured: a data store in the cluster is reachable only from the workloads drawn calling it</source>
        <translation>%1 : public n&apos;est pas respecté : un stockage de données dans le cluster n&apos;est joignable que par les charges de travail dessinées comme l&apos;appelant</translation>
    </message>
    <message>
        <source>%1: encryptionAtRest depends on the cluster&apos;s default storage class, which this export does not know</source>
        <translation>%1 : encryptionAtRest dépend de la classe de stockage par défaut du cluster, que cet export ne connaît pas</translation>
    </message>
    <message>
        <source>%1: engineVersion %2 is not honoured: the export runs the pinned image %3</source>
        <translation>%1 : engineVersion %2 n&apos;est pas respecté : l&apos;export utilise l&apos;image épinglée %3</translation>
    </message>
    <message>
        <source>%1: %2 has no counterpart in the Kubernetes export and is not honoured</source>
        <translation>%1 : %2 n&apos;a pas d&apos;équivalent dans l&apos;export Kubernetes et n&apos;est pas respecté</translation>
    </message>
    <message>
        <source>connection %1 is drawn to port %2, but %3 (%4) listens on %5; the rules use %5</source>
        <translation>la connexion %1 est dessinée vers le port %2, mais %3 (%4) écoute sur %5 ; les règles utilisent %5</translation>
    </message>
    <message>
        <source>no DNS component with a domain; the Gateway hostnames use example.com</source>
        <translation>aucun composant DNS avec un domaine ; les noms d&apos;hôte des Gateways utilisent example.com</translation>
    </message>
    <message>
        <source>%1 is drawn public, but an API gateway is drawn in front of it; its Gateway is internal so that nothing bypasses the API gateway</source>
        <translation>%1 est dessiné public, mais une passerelle d&apos;API est dessinée devant ; son Gateway est interne pour que rien ne contourne la passerelle d&apos;API</translation>
    </message>
    <message>
        <source>%1: no counterpart on Azure: Application Gateway for Containers has no private frontend, so its Gateway is internet-facing; let its WAF policy admit only the API gateway&apos;s addresses</source>
        <translation>%1 : pas d&apos;équivalent sur Azure : Application Gateway for Containers n&apos;a pas de frontend privé, son Gateway est donc exposé à Internet ; faites admettre par sa politique WAF les seules adresses de la passerelle d&apos;API</translation>
    </message>
    <message>
        <source>%1: no counterpart on Azure: Application Gateway for Containers has no private frontend, so its Gateway is internet-facing; its WAF policy (cloud value %2_WAF) admits only the Application Gateway in front</source>
        <translation>%1 : pas d&apos;équivalent sur Azure : Application Gateway for Containers n&apos;a pas de frontend privé, son Gateway est donc exposé à Internet ; sa politique WAF (valeur cloud %2_WAF) n&apos;admet que l&apos;Application Gateway placé devant</translation>
    </message>
    <message>
        <source>%1: no counterpart on Google Cloud: Cloud Armor cannot protect an internal Gateway (gke-l7-rilb); put the WAF on the load balancer in front</source>
        <translation>%1 : pas d&apos;équivalent sur Google Cloud : Cloud Armor ne peut pas protéger un Gateway interne (gke-l7-rilb) ; placez le WAF sur l&apos;équilibreur de charge devant</translation>
    </message>
    <message>
        <source>%1: no counterpart without a cloud: the WAF drawn in front has nothing to attach to; run it in front of Envoy Gateway&apos;s load balancer</source>
        <translation>%1 : pas d&apos;équivalent sans cloud : le WAF dessiné devant n&apos;a rien à quoi s&apos;attacher ; exécutez-le devant l&apos;équilibreur de charge d&apos;Envoy Gateway</translation>
    </message>
    <message>
        <source>%1: without a cloud the export cannot make the Gateway internal; keep Envoy Gateway&apos;s load balancer off the internet</source>
        <translation>%1 : sans cloud, l&apos;export ne peut pas rendre le Gateway interne ; gardez l&apos;équilibreur de charge d&apos;Envoy Gateway hors d&apos;Internet</translation>
    </message>
    <message>
        <source>the workloads run in %1 clouds (%2), one cluster each; export a folder instead of a single file</source>
        <translation>les charges de travail tournent dans %1 clouds (%2), un cluster chacun ; exportez un dossier plutôt qu&apos;un fichier unique</translation>
    </message>
    <message>
        <source>%1 run on the provider&apos;s container service in the design (platform: container-service), where the Terraform export puts them; these manifests run them on Kubernetes instead, and their cloud values exist only once the design places them in a cluster (platform: kubernetes)</source>
        <translation>%1 tournent sur le service de conteneurs du fournisseur dans la conception (platform: container-service), là où l&apos;export Terraform les place ; ces manifestes les exécutent plutôt sur Kubernetes, et leurs valeurs cloud n&apos;existent qu&apos;une fois que la conception les place dans un cluster (platform: kubernetes)</translation>
    </message>
</context>
<context>
    <name>MonitoringExport</name>
    <message>
        <source>Monitoring (Prometheus, Alertmanager, Grafana)</source>
        <translation>Supervision (Prometheus, Alertmanager, Grafana)</translation>
    </message>
    <message>
        <source>Prometheus alerting rules with unit tests, Alertmanager routing and Grafana dashboards from the design.</source>
        <translation>Règles d&apos;alerte Prometheus avec tests unitaires, routage Alertmanager et tableaux de bord Grafana issus de la conception.</translation>
    </message>
    <message>
        <source>the design draws no alerting component: alerts go to a webhook; set its address in alertmanager/alertmanager.yml, or draw PagerDuty or Opsgenie</source>
        <translation>la conception ne dessine aucun composant d&apos;alerte : les alertes vont vers un webhook ; indiquez son adresse dans alertmanager/alertmanager.yml, ou dessinez PagerDuty ou Opsgenie</translation>
    </message>
    <message>
        <source>nothing in this design has signals to watch: add a service, a database, a cache, a queue or a load balancer</source>
        <translation>rien dans cette conception n&apos;a de signaux à surveiller : ajoutez un service, une base de données, un cache, une file d&apos;attente ou un répartiteur de charge</translation>
    </message>
</context>
<context>
    <name>NoteItem</name>
    <message>
        <source>Note: double-click to write</source>
        <translation>Note : double-cliquez pour écrire</translation>
    </message>
    <message>
        <source>Double-click to write</source>
        <translation>Double-cliquez pour écrire</translation>
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
        <translation>Format de papier du PDF</translation>
    </message>
    <message>
        <source>unknown paper size &apos;%1&apos;; choose a4 or letter</source>
        <translation>format de papier inconnu &apos;%1&apos; ; choisissez a4 ou letter</translation>
    </message>
    <message>
        <source>the HTML to print is not one page</source>
        <translation>le HTML à imprimer n’est pas une seule page</translation>
    </message>
</context>
<context>
    <name>Questionnaire</name>
    <message>
        <source>users</source>
        <translation>utilisateurs</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>text &apos;%1&apos;</source>
        <translation>le texte &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>un mappage</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>le nombre %1</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>aucune valeur</translation>
    </message>
    <message>
        <source>Users and load</source>
        <translation>Utilisateurs et charge</translation>
    </message>
    <message>
        <source>Peaks</source>
        <translation>Pics</translation>
    </message>
    <message>
        <source>Availability and recovery</source>
        <translation>Disponibilité et reprise</translation>
    </message>
    <message>
        <source>Compliance and security</source>
        <translation>Conformité et sécurité</translation>
    </message>
    <message>
        <source>Budget, cloud policy and operations</source>
        <translation>Budget, politique cloud et exploitation</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Data stores</source>
        <translation>Magasins de données</translation>
    </message>
    <message>
        <source>Queues and streams</source>
        <translation>Files d&apos;attente et flux</translation>
    </message>
    <message>
        <source>Providers, regions and zones</source>
        <translation>Fournisseurs, régions et zones</translation>
    </message>
    <message>
        <source>Third-party dependencies</source>
        <translation>Dépendances tierces</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>range</source>
        <translation>plage</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>choix</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>time window</source>
        <translation>plage horaire</translation>
    </message>
    <message>
        <source>number (%1)</source>
        <translation>nombre (%1)</translation>
    </message>
    <message>
        <source>range [min, max]</source>
        <translation>plage [min, max]</translation>
    </message>
    <message>
        <source>range [min, max] (%1)</source>
        <translation>plage [min, max] (%1)</translation>
    </message>
    <message>
        <source>choice: %1</source>
        <translation>choix : %1</translation>
    </message>
    <message>
        <source>time window (HH:MM-HH:MM Area/City)</source>
        <translation>plage horaire (HH:MM-HH:MM Zone/Ville)</translation>
    </message>
    <message>
        <source>USD per month</source>
        <translation>USD par mois</translation>
    </message>
    <message>
        <source>How many people use the system on a normal day today?</source>
        <translation>Combien de personnes utilisent le système un jour normal aujourd&apos;hui ?</translation>
    </message>
    <message>
        <source>Daily active users set the baseline for capacity, cost and the size of the data.</source>
        <translation>Les utilisateurs actifs quotidiens fixent la base de la capacité, des coûts et du volume de données.</translation>
    </message>
    <message>
        <source>How many daily users do you expect in 18 to 24 months?</source>
        <translation>Combien d&apos;utilisateurs quotidiens attendez-vous dans 18 à 24 mois ?</translation>
    </message>
    <message>
        <source>The design should carry the growth expected in its lifetime without a rewrite.</source>
        <translation>La conception doit absorber la croissance attendue pendant sa durée de vie sans réécriture.</translation>
    </message>
    <message>
        <source>How many users are active at the same time at the peak?</source>
        <translation>Combien d&apos;utilisateurs sont actifs simultanément au pic ?</translation>
    </message>
    <message>
        <source>Concurrent users at the peak, with their request rate, give the requests per second the services must carry.</source>
        <translation>Les utilisateurs simultanés au pic, avec leur fréquence de requêtes, donnent les requêtes par seconde que les services doivent absorber.</translation>
    </message>
    <message>
        <source>How many requests does an active user cause per minute?</source>
        <translation>Combien de requêtes un utilisateur actif génère-t-il par minute ?</translation>
    </message>
    <message>
        <source>Page views, API calls and background refreshes together; it turns users into requests per second.</source>
        <translation>Pages vues, appels d&apos;API et actualisations en arrière-plan confondus ; cela convertit les utilisateurs en requêtes par seconde.</translation>
    </message>
    <message>
        <source>requests per minute</source>
        <translation>requêtes par minute</translation>
    </message>
    <message>
        <source>How long is an average session?</source>
        <translation>Quelle est la durée moyenne d&apos;une session ?</translation>
    </message>
    <message>
        <source>Session length decides how long sessions and carts must be kept and how many users overlap.</source>
        <translation>La durée des sessions détermine combien de temps conserver les sessions et les paniers, et combien d&apos;utilisateurs se chevauchent.</translation>
    </message>
    <message>
        <source>How fast must a typical request answer (95th percentile)?</source>
        <translation>En combien de temps une requête typique doit-elle répondre (95e centile) ?</translation>
    </message>
    <message>
        <source>The latency target limits how many calls a request may chain and where caches are needed.</source>
        <translation>L&apos;objectif de latence limite le nombre d&apos;appels qu&apos;une requête peut enchaîner et indique où des caches sont nécessaires.</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>When is the daily peak, and in which time zone?</source>
        <translation>Quand a lieu le pic quotidien, et dans quel fuseau horaire ?</translation>
    </message>
    <message>
        <source>Peak hours in one time zone allow scaling down at night; users around the world do not.</source>
        <translation>Des heures de pointe dans un seul fuseau horaire permettent de réduire la capacité la nuit ; des utilisateurs répartis dans le monde, non.</translation>
    </message>
    <message>
        <source>Which seasonal events bring extra load (Black Friday, payday, campaigns)?</source>
        <translation>Quels événements saisonniers apportent une charge supplémentaire (Black Friday, jour de paie, campagnes) ?</translation>
    </message>
    <message>
        <source>Known events can be prepared for: scale up ahead, freeze changes, warn third parties.</source>
        <translation>On peut se préparer aux événements connus : augmenter la capacité à l&apos;avance, geler les changements, prévenir les tiers.</translation>
    </message>
    <message>
        <source>How many times the normal load is the peak?</source>
        <translation>Combien de fois la charge normale le pic représente-t-il ?</translation>
    </message>
    <message>
        <source>The ratio of peak to normal load sets the autoscaling range: minimum for normal load, maximum for the peak.</source>
        <translation>Le rapport entre charge de pointe et charge normale fixe la plage de mise à l&apos;échelle automatique : le minimum pour la charge normale, le maximum pour le pic.</translation>
    </message>
    <message>
        <source>times normal load</source>
        <translation>× la charge normale</translation>
    </message>
    <message>
        <source>99.9 % allows 43 minutes of downtime a month, 99.99 % only 4; each extra nine costs redundancy.</source>
        <translation>99,9 % autorise 43 minutes d&apos;indisponibilité par mois, 99,99 % seulement 4 ; chaque neuf supplémentaire coûte de la redondance.</translation>
    </message>
    <message>
        <source>a single component</source>
        <translation>un seul composant</translation>
    </message>
    <message>
        <source>an availability zone</source>
        <translation>une zone de disponibilité</translation>
    </message>
    <message>
        <source>a whole region</source>
        <translation>une région entière</translation>
    </message>
    <message>
        <source>Does the system store, process or transmit card data (PCI DSS)?</source>
        <translation>Le système stocke-t-il, traite-t-il ou transmet-il des données de carte bancaire (PCI DSS) ?</translation>
    </message>
    <message>
        <source>Card data puts the systems that touch it in PCI DSS scope; a payment provider&apos;s hosted page keeps it out.</source>
        <translation>Les données de carte placent les systèmes qui les manipulent dans le périmètre PCI DSS ; une page de paiement hébergée par un prestataire de paiement les en tient à l&apos;écart.</translation>
    </message>
    <message>
        <source>Does it hold personal data of people in the EU (GDPR)?</source>
        <translation>Contient-il des données personnelles de personnes situées dans l&apos;UE (RGPD) ?</translation>
    </message>
    <message>
        <source>GDPR asks for a lawful basis, deletion on request, breach reporting and care with transfers abroad.</source>
        <translation>Le RGPD exige une base légale, l&apos;effacement sur demande, la notification des violations et des précautions pour les transferts à l&apos;étranger.</translation>
    </message>
    <message>
        <source>Does it hold US health information (HIPAA)?</source>
        <translation>Contient-il des informations de santé américaines (HIPAA) ?</translation>
    </message>
    <message>
        <source>Health information needs a business associate agreement with the provider and stricter audit trails.</source>
        <translation>Les informations de santé exigent un Business Associate Agreement avec le fournisseur et des pistes d&apos;audit plus strictes.</translation>
    </message>
    <message>
        <source>Must data stay in certain countries or regions?</source>
        <translation>Les données doivent-elles rester dans certains pays ou certaines régions ?</translation>
    </message>
    <message>
        <source>Data residency limits the regions, backups and third parties the design may use.</source>
        <translation>La résidence des données limite les régions, les sauvegardes et les tiers que la conception peut utiliser.</translation>
    </message>
    <message>
        <source>Must users sign in with single sign-on (SSO)?</source>
        <translation>Les utilisateurs doivent-ils se connecter par authentification unique (SSO) ?</translation>
    </message>
    <message>
        <source>Single sign-on ties the system to an identity provider (SAML or OpenID Connect).</source>
        <translation>L&apos;authentification unique lie le système à un fournisseur d&apos;identité (SAML ou OpenID Connect).</translation>
    </message>
    <message>
        <source>Is multi-factor authentication needed?</source>
        <translation>L&apos;authentification multifacteur est-elle nécessaire ?</translation>
    </message>
    <message>
        <source>MFA protects accounts against stolen passwords; required MFA changes the sign-in flow.</source>
        <translation>La MFA protège les comptes contre le vol de mots de passe ; une MFA obligatoire modifie le parcours de connexion.</translation>
    </message>
    <message>
        <source>What may running the system cost per month?</source>
        <translation>Combien l&apos;exploitation du système peut-elle coûter par mois ?</translation>
    </message>
    <message>
        <source>The budget decides between managed services and self-hosting, and how much redundancy is affordable.</source>
        <translation>Le budget détermine le choix entre services managés et auto-hébergement, et le niveau de redondance abordable.</translation>
    </message>
    <message>
        <source>What is the cloud policy?</source>
        <translation>Quelle est la politique cloud ?</translation>
    </message>
    <message>
        <source>One provider keeps things simple; multi-cloud or hybrid must be designed in from the start.</source>
        <translation>Un seul fournisseur simplifie les choses ; le multicloud ou l&apos;hybride doit être prévu dès le départ.</translation>
    </message>
    <message>
        <source>What does the team know well (languages, platforms, databases)?</source>
        <translation>Que maîtrise bien l&apos;équipe (langages, plateformes, bases de données) ?</translation>
    </message>
    <message>
        <source>A design the team can run beats a better one it cannot; new technology needs time to learn.</source>
        <translation>Une conception que l&apos;équipe sait exploiter vaut mieux qu&apos;une meilleure qu&apos;elle ne sait pas exploiter ; une nouvelle technologie demande du temps d&apos;apprentissage.</translation>
    </message>
    <message>
        <source>Who answers alerts, and when?</source>
        <translation>Qui répond aux alertes, et quand ?</translation>
    </message>
    <message>
        <source>Without round-the-clock on-call, the design must heal itself at night or accept the downtime.</source>
        <translation>Sans astreinte 24 h/24, la conception doit se rétablir seule la nuit ou accepter l&apos;indisponibilité.</translation>
    </message>
    <message>
        <source>%1: how many requests per second reach it at the peak?</source>
        <translation>%1 : combien de requêtes par seconde lui parviennent au pic ?</translation>
    </message>
    <message>
        <source>When it is known, it replaces the estimate from the peak users; not every request reaches every service.</source>
        <translation>Lorsqu&apos;elle est connue, cette valeur remplace l&apos;estimation fondée sur les utilisateurs au pic ; chaque requête n&apos;atteint pas chaque service.</translation>
    </message>
    <message>
        <source>requests per second</source>
        <translation>requêtes par seconde</translation>
    </message>
    <message>
        <source>%1: how much CPU time does one request take on average?</source>
        <translation>%1 : combien de temps CPU une requête consomme-t-elle en moyenne ?</translation>
    </message>
    <message>
        <source>Requests per second times the time each one keeps a CPU busy gives the CPUs, and so the replicas, needed.</source>
        <translation>Les requêtes par seconde multipliées par le temps CPU de chacune donnent le nombre de CPU, et donc de répliques, nécessaires.</translation>
    </message>
    <message>
        <source>%1: what response time must it keep (95th percentile)?</source>
        <translation>%1 : quel temps de réponse doit-il respecter (95e centile) ?</translation>
    </message>
    <message>
        <source>A latency target below what its own calls take cannot be met; it also sets timeouts for callers.</source>
        <translation>Un objectif de latence inférieur à la durée de ses propres appels est intenable ; il fixe aussi les délais d&apos;expiration des appelants.</translation>
    </message>
    <message>
        <source>%1: how large is a typical request or response?</source>
        <translation>%1 : quelle est la taille d&apos;une requête ou d&apos;une réponse typique ?</translation>
    </message>
    <message>
        <source>Large payloads (uploads, documents) need streaming, bigger limits and more network than small API calls.</source>
        <translation>Les charges utiles volumineuses (téléversements, documents) nécessitent du streaming, des limites plus élevées et plus de réseau que de petits appels d&apos;API.</translation>
    </message>
    <message>
        <source>KiB</source>
        <translation>Kio</translation>
    </message>
    <message>
        <source>%1: how much data does it hold today?</source>
        <translation>%1 : quel volume de données contient-il aujourd&apos;hui ?</translation>
    </message>
    <message>
        <source>The starting size, with the growth, gives the storage to provision and the time a restore takes.</source>
        <translation>La taille initiale, avec la croissance, donne le stockage à provisionner et la durée d&apos;une restauration.</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>Gio</translation>
    </message>
    <message>
        <source>%1: how much does the data grow per month?</source>
        <translation>%1 : de combien les données augmentent-elles par mois ?</translation>
    </message>
    <message>
        <source>Growth decides the storage after 24 months, and when archiving or partitioning becomes necessary.</source>
        <translation>La croissance détermine le stockage après 24 mois, et le moment où l&apos;archivage ou le partitionnement devient nécessaire.</translation>
    </message>
    <message>
        <source>GiB per month</source>
        <translation>Gio par mois</translation>
    </message>
    <message>
        <source>%1: how many reads are there for each write?</source>
        <translation>%1 : combien de lectures y a-t-il pour chaque écriture ?</translation>
    </message>
    <message>
        <source>Read-heavy data benefits from read replicas and caches; write-heavy data needs a bigger primary or sharding.</source>
        <translation>Les données surtout lues profitent de réplicas en lecture et de caches ; les données surtout écrites nécessitent une instance principale plus grande ou du sharding.</translation>
    </message>
    <message>
        <source>reads per write</source>
        <translation>lectures par écriture</translation>
    </message>
    <message>
        <source>%1: how long must the data be kept?</source>
        <translation>%1 : combien de temps les données doivent-elles être conservées ?</translation>
    </message>
    <message>
        <source>Retention rules set when data is deleted or archived, and how long backups must go back.</source>
        <translation>Les règles de conservation déterminent quand les données sont supprimées ou archivées, et jusqu&apos;où les sauvegardes doivent remonter.</translation>
    </message>
    <message>
        <source>months</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>%1: how much recent data may be lost when it fails?</source>
        <translation>%1 : quelle quantité de données récentes peut être perdue en cas de panne ?</translation>
    </message>
    <message>
        <source>Minutes of acceptable loss choose between daily backups, point-in-time recovery and synchronous replicas.</source>
        <translation>Les minutes de perte acceptable déterminent le choix entre sauvegardes quotidiennes, restauration à un instant donné et répliques synchrones.</translation>
    </message>
    <message>
        <source>%1: how many messages per second pass through at the peak?</source>
        <translation>%1 : combien de messages par seconde transitent au pic ?</translation>
    </message>
    <message>
        <source>The message rate sizes the brokers or partitions and the consumers behind them.</source>
        <translation>Le débit de messages dimensionne les brokers ou les partitions, ainsi que les consommateurs en aval.</translation>
    </message>
    <message>
        <source>messages per second</source>
        <translation>messages par seconde</translation>
    </message>
    <message>
        <source>%1: how large is a typical message?</source>
        <translation>%1 : quelle est la taille d&apos;un message typique ?</translation>
    </message>
    <message>
        <source>Brokers limit message size; large payloads belong in object storage with a reference in the message.</source>
        <translation>Les brokers limitent la taille des messages ; les charges utiles volumineuses vont dans un stockage d&apos;objets, avec une référence dans le message.</translation>
    </message>
    <message>
        <source>%1: must messages be handled in order?</source>
        <translation>%1 : les messages doivent-ils être traités dans l&apos;ordre ?</translation>
    </message>
    <message>
        <source>Ordering limits parallel consumers: per key it scales with partitions, strict order does not scale.</source>
        <translation>L&apos;ordre limite les consommateurs parallèles : par clé, il évolue avec les partitions ; un ordre strict n&apos;évolue pas.</translation>
    </message>
    <message>
        <source>%1: what delivery guarantee is needed?</source>
        <translation>%1 : quelle garantie de livraison est nécessaire ?</translation>
    </message>
    <message>
        <source>At-least-once needs idempotent consumers; exactly-once needs transactions or deduplication end to end.</source>
        <translation>At-least-once exige des consommateurs idempotents ; exactly-once exige des transactions ou une déduplication de bout en bout.</translation>
    </message>
    <message>
        <source>%1: what availability does its provider promise (SLA)?</source>
        <translation>%1 : quelle disponibilité son fournisseur garantit-il (SLA) ?</translation>
    </message>
    <message>
        <source>A dependency called on every request caps the system&apos;s availability at its own SLA unless there is a fallback.</source>
        <translation>Une dépendance appelée à chaque requête plafonne la disponibilité du système à son propre SLA, sauf s&apos;il existe une solution de repli.</translation>
    </message>
    <message>
        <source>%1: what happens when it is unavailable?</source>
        <translation>%1 : que se passe-t-il lorsqu&apos;il est indisponible ?</translation>
    </message>
    <message>
        <source>A fallback (queue and retry later, a second provider, a degraded mode) keeps an outage there from becoming ours.</source>
        <translation>Une solution de repli (file d&apos;attente et nouvelle tentative plus tard, second fournisseur, mode dégradé) évite qu&apos;une panne chez lui devienne la nôtre.</translation>
    </message>
    <message>
        <source>%1: why this provider?</source>
        <translation>%1 : pourquoi ce fournisseur ?</translation>
    </message>
    <message>
        <source>%1: why this region?</source>
        <translation>%1 : pourquoi cette région ?</translation>
    </message>
    <message>
        <source>%1: why this availability zone, and why this number of zones?</source>
        <translation>%1 : pourquoi cette zone de disponibilité, et pourquoi ce nombre de zones ?</translation>
    </message>
    <message>
        <source>%1: why this data centre?</source>
        <translation>%1 : pourquoi ce centre de données ?</translation>
    </message>
    <message>
        <source>Provider and location choices follow from latency to users, data residency, price and the team&apos;s experience; writing the reason down lets others revisit it.</source>
        <translation>Le choix du fournisseur et de l&apos;emplacement découle de la latence vers les utilisateurs, de la résidence des données, du prix et de l&apos;expérience de l&apos;équipe ; consigner la raison permet à d&apos;autres de le réexaminer.</translation>
    </message>
    <message>
        <source>%1 is below the smallest allowed value %2</source>
        <translation>%1 est inférieur à la plus petite valeur autorisée %2</translation>
    </message>
    <message>
        <source>%1 is above the largest allowed value %2</source>
        <translation>%1 est supérieur à la plus grande valeur autorisée %2</translation>
    </message>
    <message>
        <source>%1 expects %2, not %3</source>
        <translation>%1 attend %2, reçu : %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: the range starts above its end (%2 &gt; %3)</source>
        <translation>%1 : la plage commence après sa fin (%2 &gt; %3)</translation>
    </message>
    <message>
        <source>%1 expects text, not an empty answer</source>
        <translation>%1 attend du texte, pas une réponse vide</translation>
    </message>
    <message>
        <source>%1 expects a time window like 09:00-17:00 America/New_York, not &apos;%2&apos;</source>
        <translation>%1 attend une plage horaire comme 09:00-17:00 America/New_York, pas &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: unknown time zone &apos;%2&apos; (use an IANA name such as Europe/Berlin, or UTC)</source>
        <translation>%1 : fuseau horaire inconnu &apos;%2&apos; (utilisez un nom IANA tel que Europe/Paris, ou UTC)</translation>
    </message>
    <message>
        <source>%1: unknown answer type</source>
        <translation>%1 : type de réponse inconnu</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is no longer in the design</source>
        <translation>&apos;%1&apos; ne fait plus partie de la conception</translation>
    </message>
    <message>
        <source>&apos;%1&apos; no longer raises this question (its kind changed)</source>
        <translation>&apos;%1&apos; ne soulève plus cette question (son type a changé)</translation>
    </message>
    <message>
        <source>no such question in this version of Stackdraft</source>
        <translation>cette question n&apos;existe pas dans cette version de Stackdraft</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>réponses : %1 sur %2</translation>
    </message>
    <message>
        <source>In how many months do you expect that number of daily users?</source>
        <translation>Dans combien de mois attendez-vous ce nombre d&apos;utilisateurs quotidiens ?</translation>
    </message>
    <message>
        <source>The sizing shows today and this horizon side by side and sizes the maximum for the horizon (24 months when not answered).</source>
        <translation>Le dimensionnement montre aujourd&apos;hui et cet horizon côte à côte et fixe le maximum pour l&apos;horizon (24 mois sans réponse).</translation>
    </message>
    <message>
        <source>How large is a typical upload (photo, document)?</source>
        <translation>Quelle est la taille d&apos;un envoi typique (photo, document) ?</translation>
    </message>
    <message>
        <source>Upload size, with how often users upload, gives the object storage growth per month.</source>
        <translation>La taille des envois, avec leur fréquence, donne la croissance mensuelle du stockage objet.</translation>
    </message>
    <message>
        <source>How many uploads does a daily user make per day?</source>
        <translation>Combien d&apos;envois un utilisateur quotidien fait-il par jour ?</translation>
    </message>
    <message>
        <source>Uploads per user and day times daily users is the data written to object storage.</source>
        <translation>Les envois par utilisateur et par jour multipliés par les utilisateurs quotidiens donnent les données écrites dans le stockage objet.</translation>
    </message>
    <message>
        <source>uploads per day</source>
        <translation>envois par jour</translation>
    </message>
    <message>
        <source>What users do</source>
        <translation>Ce que font les utilisateurs</translation>
    </message>
    <message>
        <source>Monitoring, testing and releases</source>
        <translation>Supervision, tests et mises en production</translation>
    </message>
    <message>
        <source>What do users upload (photos, documents, videos), and how large can the largest file be?</source>
        <translation>Que téléversent les utilisateurs (photos, documents, vidéos), et quelle taille peut atteindre le plus gros fichier ?</translation>
    </message>
    <message>
        <source>Large files go straight to object storage instead of through the services, and size limits are checked at the edge.</source>
        <translation>Les gros fichiers vont directement dans le stockage objet au lieu de passer par les services, et les limites de taille sont vérifiées en bordure.</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>What are the main things users do, step by step (the main journeys)?</source>
        <translation>Que font principalement les utilisateurs, étape par étape (les parcours principaux) ?</translation>
    </message>
    <message>
        <source>The journeys show which services a typical visit passes through, and so where the load goes.</source>
        <translation>Les parcours montrent par quels services passe une visite typique, et donc où va la charge.</translation>
    </message>
    <message>
        <source>Which user flows are critical, in order of priority (for example 1. pay, 2. sign in, 3. search)?</source>
        <translation>Quels parcours sont critiques, par ordre de priorité (par exemple 1. payer, 2. se connecter, 3. chercher) ?</translation>
    </message>
    <message>
        <source>Critical flows are protected first: their services get more redundancy, and under stress the others are switched off before them.</source>
        <translation>Les parcours critiques sont protégés en premier : leurs services ont plus de redondance et, sous contrainte, les autres sont coupés avant eux.</translation>
    </message>
    <message>
        <source>Which quality scenarios matter most (what happens → how the system responds → how you measure it)?</source>
        <translation>Quels scénarios de qualité comptent le plus (ce qui arrive → comment le système réagit → comment vous le mesurez) ?</translation>
    </message>
    <message>
        <source>Scenarios make quality goals testable (arc42, ISO 25010), e.g. &quot;10 times the usual visitors on Black Friday → checkout keeps working → 99 % of payments finish within 3 seconds&quot;.</source>
        <translation>Les scénarios rendent les objectifs de qualité vérifiables (arc42, ISO 25010), p. ex. « 10 fois plus de visiteurs que d’habitude le Black Friday → le paiement continue de fonctionner → 99 % des paiements aboutissent en 3 secondes ».</translation>
    </message>
    <message>
        <source>How much of the time must the system be available?</source>
        <translation>Pendant quelle part du temps le système doit-il être disponible ?</translation>
    </message>
    <message>
        <source>How much recent data may be lost when %1 fails?</source>
        <translation>Combien de données récentes peut-on perdre quand %1 tombe en panne ?</translation>
    </message>
    <message>
        <source>This is the recovery point objective (RPO): a day allows nightly backups, minutes need continuous copies, nothing at all needs every write stored twice.</source>
        <translation>C’est l’objectif de point de reprise (RPO) : une journée permet des sauvegardes nocturnes, quelques minutes exigent des copies continues, rien du tout exige que chaque écriture soit stockée deux fois.</translation>
    </message>
    <message>
        <source>How long may the system be down when %1 fails?</source>
        <translation>Combien de temps le système peut-il être indisponible quand %1 tombe en panne ?</translation>
    </message>
    <message>
        <source>This is the recovery time objective (RTO): hours allow restoring by hand, minutes need a standby kept running, none means running in two places at once.</source>
        <translation>C’est l’objectif de temps de reprise (RTO) : des heures permettent une restauration à la main, des minutes exigent une réserve en marche, aucune interruption signifie tourner à deux endroits à la fois.</translation>
    </message>
    <message>
        <source>What is the most sensitive data the system holds?</source>
        <translation>Quelles sont les données les plus sensibles que détient le système ?</translation>
    </message>
    <message>
        <source>The classification decides encryption, who may see the data, what is logged about access and whether the data may leave the company.</source>
        <translation>La classification décide du chiffrement, de qui peut voir les données, de ce qui est journalisé sur les accès et de la possibilité pour les données de quitter l’entreprise.</translation>
    </message>
    <message>
        <source>Who must control the encryption keys?</source>
        <translation>Qui doit contrôler les clés de chiffrement ?</translation>
    </message>
    <message>
        <source>Customer-managed keys in a key management service can be revoked and their use audited; provider-managed keys need no work; keys held outside the cloud need a hardware module of your own.</source>
        <translation>Les clés gérées par le client dans un service de gestion de clés peuvent être révoquées et leur usage audité ; les clés gérées par le fournisseur ne demandent aucun travail ; des clés gardées hors du cloud exigent un module matériel à vous.</translation>
    </message>
    <message>
        <source>How often must the system pass a security audit or penetration test?</source>
        <translation>À quelle fréquence le système doit-il passer un audit de sécurité ou un test d’intrusion ?</translation>
    </message>
    <message>
        <source>Audits and penetration tests need an environment like production, logs that can be shown, and time planned before releases.</source>
        <translation>Les audits et tests d’intrusion exigent un environnement semblable à la production, des journaux présentables et du temps prévu avant les mises en production.</translation>
    </message>
    <message>
        <source>What must protect the public entry points (web application firewall, DDoS protection, bot and rate limits)?</source>
        <translation>Qu’est-ce qui doit protéger les points d’entrée publics (pare-feu applicatif web, protection DDoS, limites de robots et de débit) ?</translation>
    </message>
    <message>
        <source>Protection at the edge stops attacks before they reach the services; the drawing shows whether a WAF is in front of every entry point.</source>
        <translation>La protection en bordure arrête les attaques avant qu’elles n’atteignent les services ; le dessin montre si un WAF se trouve devant chaque point d’entrée.</translation>
    </message>
    <message>
        <source>What must wake someone up at night, and what can wait until working hours?</source>
        <translation>Qu’est-ce qui doit réveiller quelqu’un la nuit, et qu’est-ce qui peut attendre les heures ouvrées ?</translation>
    </message>
    <message>
        <source>Only alerts that need action now should page; paging for everything causes alert fatigue, and the real problem gets missed.</source>
        <translation>Seules les alertes qui exigent une action immédiate doivent appeler quelqu’un ; appeler pour tout cause une lassitude des alertes et le vrai problème passe inaperçu.</translation>
    </message>
    <message>
        <source>How often is the system load-tested at the expected peak?</source>
        <translation>À quelle fréquence le système est-il testé en charge au pic attendu ?</translation>
    </message>
    <message>
        <source>A load test at the peak shows whether the sizing holds and which part gives way first.</source>
        <translation>Un test de charge au pic montre si le dimensionnement tient et quelle partie cède en premier.</translation>
    </message>
    <message>
        <source>How often are restores and failovers rehearsed (disaster recovery drills)?</source>
        <translation>À quelle fréquence les restaurations et les basculements sont-ils répétés (exercices de reprise après sinistre) ?</translation>
    </message>
    <message>
        <source>A backup never restored and a failover never tried prove nothing: drills show the recovery times are real.</source>
        <translation>Une sauvegarde jamais restaurée et un basculement jamais essayé ne prouvent rien : les exercices montrent que les temps de reprise sont réels.</translation>
    </message>
    <message>
        <source>How are new versions released?</source>
        <translation>Comment les nouvelles versions sont-elles mises en production ?</translation>
    </message>
    <message>
        <source>Canary and blue-green releases limit the harm of a bad version; recreating everything at once means downtime at each release.</source>
        <translation>Les déploiements canari et bleu-vert limitent les dégâts d’une mauvaise version ; tout recréer d’un coup signifie une interruption à chaque mise en production.</translation>
    </message>
    <message>
        <source>How fast must a bad release be rolled back?</source>
        <translation>En combien de temps une mauvaise version doit-elle être retirée ?</translation>
    </message>
    <message>
        <source>The rollback time is the longest a bad release hurts users; it decides whether the old version stays deployed and how database changes are made.</source>
        <translation>Le temps de retour arrière est la plus longue durée pendant laquelle une mauvaise version gêne les utilisateurs ; il décide si l’ancienne version reste déployée et comment se font les changements de base de données.</translation>
    </message>
    <message>
        <source>When the system was down for longer than agreed, should new features wait until it is reliable again?</source>
        <translation>Quand le système a été indisponible plus longtemps que convenu, les nouvelles fonctionnalités doivent-elles attendre qu’il soit de nouveau fiable ?</translation>
    </message>
    <message>
        <source>An error budget policy agrees in advance what happens when availability falls below its goal, so it is not argued about during an incident.</source>
        <translation>Une politique de budget d’erreur convient à l’avance de ce qui se passe quand la disponibilité passe sous son objectif, pour ne pas en débattre pendant un incident.</translation>
    </message>
    <message>
        <source>All questions</source>
        <translation>Toutes les questions</translation>
    </message>
    <message>
        <source>Product owner edition</source>
        <translation>Édition pour le product owner</translation>
    </message>
    <message>
        <source>Engineering worksheet</source>
        <translation>Fiche de travail technique</translation>
    </message>
    <message>
        <source>the whole system</source>
        <translation>tout le système</translation>
    </message>
    <message>
        <source>nothing drawn yet</source>
        <translation>rien de dessiné pour l’instant</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 et %2 de plus</translation>
    </message>
</context>
<context>
    <name>QuestionnaireExporter</name>
    <message>
        <source>%1 questions to answer</source>
        <translation>%1 questions auxquelles répondre</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Peak req/s</source>
        <translation>Req/s au pic</translation>
    </message>
    <message>
        <source>CPU time per request</source>
        <translation>Temps CPU par requête</translation>
    </message>
    <message>
        <source>CPUs busy at peak</source>
        <translation>CPU occupés au pic</translation>
    </message>
    <message>
        <source>Per replica</source>
        <translation>Par réplique</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Zones</translation>
    </message>
    <message>
        <source>Replicas needed at peak</source>
        <translation>Répliques nécessaires au pic</translation>
    </message>
    <message>
        <source>Suggested range</source>
        <translation>Plage suggérée</translation>
    </message>
    <message>
        <source> (from its queues)</source>
        <translation> (d&apos;après ses files d&apos;attente)</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source> (assumed)</source>
        <translation> (supposé)</translation>
    </message>
    <message>
        <source>serverless</source>
        <translation>serverless</translation>
    </message>
    <message>
        <source>%1 concurrent executions</source>
        <translation>%1 exécutions simultanées</translation>
    </message>
    <message>
        <source>%1 CPU at %2 %</source>
        <translation>%1 CPU à %2 %</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Data store</source>
        <translation>Magasin de données</translation>
    </message>
    <message>
        <source>Size now</source>
        <translation>Taille actuelle</translation>
    </message>
    <message>
        <source>Growth per month</source>
        <translation>Croissance par mois</translation>
    </message>
    <message>
        <source>Provisioned</source>
        <translation>Provisionné</translation>
    </message>
    <message>
        <source> GiB</source>
        <translation> Gio</translation>
    </message>
    <message>
        <source>not answered (0)</source>
        <translation>sans réponse (0)</translation>
    </message>
    <message>
        <source>grows as needed</source>
        <translation>croît selon les besoins</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Propriété</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Suggéré</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Each request that reaches a service keeps one CPU busy for its CPU time; replicas are spread evenly over the zones, and the suggested maximum still carries the peak after the fullest zone is lost. Unanswered CPU times count as %1 ms; where no availability zones are drawn, %2 are assumed.</source>
        <translation>Chaque requête qui atteint un service occupe un CPU pendant son temps CPU ; les répliques sont réparties uniformément entre les zones, et le maximum suggéré absorbe encore le pic après la perte de la zone la plus chargée. Les temps CPU sans réponse comptent pour %1 ms ; là où aucune zone de disponibilité n&apos;est dessinée, %2 sont supposées.</translation>
    </message>
    <message>
        <source>**%1.** </source>
        <translation>**%1.** </translation>
    </message>
    <message>
        <source>Please answer what you can before the workshop; a rough number with a note beats no number. &quot;Why we ask&quot; says what each answer decides.

</source>
        <translation>Répondez avant l&apos;atelier à ce que vous pouvez ; un chiffre approximatif accompagné d&apos;une note vaut mieux que pas de chiffre. « Pourquoi nous posons la question » indique ce que chaque réponse détermine.

</translation>
    </message>
    <message>
        <source>Open questions are marked **open** and listed again at the end.

</source>
        <translation>Les questions ouvertes sont marquées **ouverte** et reprises à la fin.

</translation>
    </message>
    <message>
        <source>- Answer: **%1**
</source>
        <translation>- Réponse : **%1**
</translation>
    </message>
    <message>
        <source>- Answer (%1): ______________________________
</source>
        <translation>- Réponse (%1) : ______________________________
</translation>
    </message>
    <message>
        <source>- Answer: **open** (%1)
</source>
        <translation>- Réponse : **ouverte** (%1)
</translation>
    </message>
    <message>
        <source>- Stored answer does not fit: %1
</source>
        <translation>- La réponse enregistrée ne convient pas : %1
</translation>
    </message>
    <message>
        <source>- Note: %1
</source>
        <translation>- Note : %1
</translation>
    </message>
    <message>
        <source>- Why we ask: %1
</source>
        <translation>- Pourquoi nous posons la question : %1
</translation>
    </message>
    <message>
        <source>## Capacity estimate

</source>
        <translation>## Estimation de capacité

</translation>
    </message>
    <message>
        <source>Peak load from the answers: **%1 requests per second**.

</source>
        <translation>Charge de pointe d&apos;après les réponses : **%1 requêtes par seconde**.

</translation>
    </message>
    <message>
        <source>No peak load yet: answer %1.

</source>
        <translation>Pas encore de charge de pointe : répondez à %1.

</translation>
    </message>
    <message>
        <source>### Where the design does not meet the answers

</source>
        <translation>### Points où la conception ne correspond pas aux réponses

</translation>
    </message>
    <message>
        <source>### Suggested changes

</source>
        <translation>### Modifications suggérées

</translation>
    </message>
    <message>
        <source>## Open questions (%1)

</source>
        <translation>## Questions ouvertes (%1)

</translation>
    </message>
    <message>
        <source>None: every question is answered.

</source>
        <translation>Aucune : toutes les questions ont une réponse.

</translation>
    </message>
    <message>
        <source>## Orphaned answers

Kept in the design; their question is no longer asked.

</source>
        <translation>## Réponses orphelines

Conservées dans la conception ; leur question n&apos;est plus posée.

</translation>
    </message>
    <message>
        <source>Requirements questionnaire: %1</source>
        <translation>Questionnaire des exigences : %1</translation>
    </message>
    <message>
        <source>Please answer what you can before the workshop; a rough number with a note beats no number. &quot;Why we ask&quot; says what each answer decides.</source>
        <translation>Répondez avant l&apos;atelier à ce que vous pouvez ; un chiffre approximatif accompagné d&apos;une note vaut mieux que pas de chiffre. « Pourquoi nous posons la question » indique ce que chaque réponse détermine.</translation>
    </message>
    <message>
        <source>Open questions are highlighted and listed again at the end.</source>
        <translation>Les questions ouvertes sont mises en évidence et reprises à la fin.</translation>
    </message>
    <message>
        <source>The design: %1</source>
        <translation>La conception : %1</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Réponse :</translation>
    </message>
    <message>
        <source>Answer (%1):</source>
        <translation>Réponse (%1) :</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Stored answer does not fit: %1</source>
        <translation>La réponse enregistrée ne convient pas : %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note : %1</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note :</translation>
    </message>
    <message>
        <source>Why we ask: %1</source>
        <translation>Pourquoi nous posons la question : %1</translation>
    </message>
    <message>
        <source>Capacity estimate</source>
        <translation>Estimation de capacité</translation>
    </message>
    <message>
        <source>Peak load from the answers: %1 requests per second.</source>
        <translation>Charge de pointe d&apos;après les réponses : %1 requêtes par seconde.</translation>
    </message>
    <message>
        <source>No peak load yet: answer %1.</source>
        <translation>Pas encore de charge de pointe : répondez à %1.</translation>
    </message>
    <message>
        <source>Where the design does not meet the answers</source>
        <translation>Points où la conception ne correspond pas aux réponses</translation>
    </message>
    <message>
        <source>Suggested changes</source>
        <translation>Modifications suggérées</translation>
    </message>
    <message>
        <source>Open questions (%1)</source>
        <translation>Questions ouvertes (%1)</translation>
    </message>
    <message>
        <source>None: every question is answered.</source>
        <translation>Aucune : toutes les questions ont une réponse.</translation>
    </message>
    <message>
        <source>Orphaned answers</source>
        <translation>Réponses orphelines</translation>
    </message>
    <message>
        <source>Kept in the design; their question is no longer asked.</source>
        <translation>Conservées dans la conception ; leur question n&apos;est plus posée.</translation>
    </message>
    <message>
        <source>Requirements questionnaire</source>
        <translation>Questionnaire des exigences</translation>
    </message>
    <message>
        <source>Output format</source>
        <translation>Format de sortie</translation>
    </message>
    <message>
        <source>Leave the answers out, to send before a workshop</source>
        <translation>Omettre les réponses, pour un envoi avant l&apos;atelier</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; choose md, html, answers or answers-json</source>
        <translation>format inconnu &apos;%1&apos; ; choisissez md, html, answers ou answers-json</translation>
    </message>
    <message>
        <source>answer &apos;%1&apos; is orphaned: %2</source>
        <translation>la réponse &apos;%1&apos; est orpheline : %2</translation>
    </message>
    <message>
        <source>%1 today, %2 at %3 months</source>
        <translation>%1 aujourd&apos;hui, %2 à %3 mois</translation>
    </message>
    <message>
        <source> (answered)</source>
        <translation> (répondu)</translation>
    </message>
    <message>
        <source>on its schedule</source>
        <translation>selon sa planification</translation>
    </message>
    <message>
        <source>0 (nothing reaches it)</source>
        <translation>0 (rien ne l&apos;atteint)</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>At the horizon</source>
        <translation>À l&apos;horizon</translation>
    </message>
    <message>
        <source>%1 GiB after %2 months</source>
        <translation>%1 Gio après %2 mois</translation>
    </message>
    <message>
        <source>### How each figure follows

</source>
        <translation>### D&apos;où vient chaque chiffre

</translation>
    </message>
    <message>
        <source>How each figure follows</source>
        <translation>D&apos;où vient chaque chiffre</translation>
    </message>
    <message>
        <source>Questions for the product owner: %1</source>
        <translation>Questions pour le product owner : %1</translation>
    </message>
    <message>
        <source>Engineering worksheet: %1</source>
        <translation>Fiche de travail technique : %1</translation>
    </message>
    <message>
        <source>as for %1</source>
        <translation>comme pour %1</translation>
    </message>
    <message>
        <source>- Note: ______________________________
</source>
        <translation>- Note : ______________________________
</translation>
    </message>
    <message>
        <source>- Affects in the drawing: %1
</source>
        <translation>- Concerne dans le dessin : %1
</translation>
    </message>
    <message>
        <source>- Id: `%1`
</source>
        <translation>- Id : `%1`
</translation>
    </message>
    <message>
        <source>Affects in the drawing: %1</source>
        <translation>Concerne dans le dessin : %1</translation>
    </message>
    <message>
        <source>Questions for a workshop with the answers, capacity estimate and open questions (Markdown, HTML, PDF or an answers file), for everyone, the product owner or the engineers.</source>
        <translation>Questions pour un atelier, avec les réponses, l&apos;estimation de capacité et les questions ouvertes (Markdown, HTML, PDF ou fichier de réponses), pour tous, le product owner ou les ingénieurs.</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Édition</translation>
    </message>
    <message>
        <source>Print the design&apos;s description (internal notes) in the product owner edition too</source>
        <translation>Imprimer la description de la conception (notes internes) aussi dans l’édition pour le product owner</translation>
    </message>
    <message>
        <source>unknown edition &apos;%1&apos;; choose full, product-owner or engineering</source>
        <translation>édition inconnue &apos;%1&apos; ; choisissez full, product-owner ou engineering</translation>
    </message>
</context>
<context>
    <name>SourceNode</name>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>une valeur</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>un mappage</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>imbrication de plus de %1 niveaux</translation>
    </message>
    <message>
        <source>a key is empty</source>
        <translation>une clé est vide</translation>
    </message>
    <message>
        <source>the key &apos;%1&apos; appears twice</source>
        <translation>la clé &apos;%1&apos; apparaît deux fois</translation>
    </message>
    <message>
        <source>a key must be plain text, not a list or mapping</source>
        <translation>une clé doit être du texte simple, pas une liste ni un mappage</translation>
    </message>
    <message>
        <source>YAML aliases (*name) are not supported in design files</source>
        <translation>les alias YAML (*nom) ne sont pas pris en charge dans les fichiers de conception</translation>
    </message>
    <message>
        <source>the file holds more than one YAML document</source>
        <translation>le fichier contient plus d&apos;un document YAML</translation>
    </message>
    <message>
        <source>an alias refers to an anchor that is not defined before it</source>
        <translation>un alias renvoie à une ancre qui n’est pas définie avant lui</translation>
    </message>
    <message>
        <source>YAML aliases expand to more than %1 nodes</source>
        <translation>les alias YAML s’étendent à plus de %1 nœuds</translation>
    </message>
    <message>
        <source>the file holds more than %L1 values; files that large are refused (a design of 10,000 components has about %L2)</source>
        <translation>le fichier contient plus de %L1 valeurs ; les fichiers aussi grands sont refusés (une conception de 10 000 composants en a environ %L2)</translation>
    </message>
    <message>
        <source>the merge key &apos;&lt;&lt;&apos; needs a mapping or a list of mappings</source>
        <translation>la clé de fusion &apos;&lt;&lt;&apos; a besoin d’un dictionnaire ou d’une liste de dictionnaires</translation>
    </message>
    <message>
        <source>a list or mapping holds more than %L1 items; files that large are refused (a design of 10,000 components has about %L2 in its largest list)</source>
        <translation>une liste ou un tableau associatif contient plus de %L1 éléments ; les fichiers aussi grands sont refusés (un modèle de 10 000 composants en a environ %L2 dans sa plus longue liste)</translation>
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
        <translation>Terraform de départ pour AWS, Google Cloud et Azure, sécurisé par défaut.</translation>
    </message>
    <message>
        <source>Which provider to export; &apos;all&apos; writes one folder per provider the design uses</source>
        <translation>Fournisseur à exporter ; &apos;all&apos; écrit un dossier par fournisseur utilisé par la conception</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n connection(s)</source>
        <translation>
            <numerusform>Supprimer %n connexion</numerusform>
            <numerusform>Supprimer %n connexions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Supprimer %n élément</numerusform>
            <numerusform>Supprimer %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>Resize %1</source>
        <translation>Redimensionner %1</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>Modifier %1 de %2</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>Renommer %1</translation>
    </message>
    <message numerus="yes">
        <source>Pin %n component(s)</source>
        <translation>
            <numerusform>Épingler %n composant</numerusform>
            <numerusform>Épingler %n composants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unpin %n component(s)</source>
        <translation>
            <numerusform>Désépingler %n composant</numerusform>
            <numerusform>Désépingler %n composants</numerusform>
        </translation>
    </message>
    <message>
        <source>Change connection %1</source>
        <translation>Modifier la connexion %1</translation>
    </message>
    <message>
        <source>Change design name or description</source>
        <translation>Modifier le nom ou la description de la conception</translation>
    </message>
    <message>
        <source>Answer %1</source>
        <translation>Répondre à %1</translation>
    </message>
    <message>
        <source>Clear answer %1</source>
        <translation>Effacer la réponse à %1</translation>
    </message>
    <message>
        <source>Accept finding %1</source>
        <translation>Accepter le constat %1</translation>
    </message>
    <message>
        <source>Reopen finding %1</source>
        <translation>Rouvrir le constat %1</translation>
    </message>
    <message>
        <source>Bring to Front</source>
        <translation>Mettre au premier plan</translation>
    </message>
    <message>
        <source>Send to Back</source>
        <translation>Mettre à l’arrière-plan</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Modifier la note</translation>
    </message>
    <message numerus="yes">
        <source>Change the colour of %n note(s)</source>
        <translation>
            <numerusform>Changer la couleur de %n note</numerusform>
            <numerusform>Changer la couleur de %n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>See docs/validation.md for what triggers it and how to fix it.</source>
        <translation>Voir docs/validation.md pour ce qui le déclenche et comment le corriger.</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Correction : %1</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings, %3 info, %4 accepted</source>
        <translation>%1 erreurs, %2 avertissements, %3 info, %4 acceptés</translation>
    </message>
    <message>
        <source>accepted %1</source>
        <translation>%1 accepté</translation>
    </message>
    <message>
        <source>why:</source>
        <translation>pourquoi :</translation>
    </message>
    <message>
        <source>fix:</source>
        <translation>correction :</translation>
    </message>
    <message>
        <source>accepted:</source>
        <translation>accepté :</translation>
    </message>
    <message>
        <source>%1: %2
</source>
        <translation>%1 : %2
</translation>
    </message>
    <message>
        <source>Validation of %1</source>
        <translation>Validation de %1</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Composants</translation>
    </message>
    <message>
        <source> (accepted)</source>
        <translation> (accepté)</translation>
    </message>
    <message>
        <source>Accepted: %1</source>
        <translation>Accepté : %1</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Single instance on a path from an entry point</source>
        <translation>Instance unique sur un chemin depuis un point d&apos;entrée</translation>
    </message>
    <message>
        <source>Replicated service without a load balancer in front</source>
        <translation>Service répliqué sans équilibreur de charge devant</translation>
    </message>
    <message>
        <source>One single-zone load balancer, gateway or queue on every path</source>
        <translation>Un seul équilibreur de charge, passerelle ou file d&apos;attente mono-zone sur chaque chemin</translation>
    </message>
    <message>
        <source>Quorum system with fewer than 3 or an even number of members</source>
        <translation>Système à quorum avec moins de 3 membres ou un nombre pair de membres</translation>
    </message>
    <message>
        <source>All replicas in one availability zone</source>
        <translation>Toutes les répliques dans une seule zone de disponibilité</translation>
    </message>
    <message>
        <source>Losing one availability zone breaks an entry point</source>
        <translation>La perte d&apos;une zone de disponibilité casse un point d&apos;entrée</translation>
    </message>
    <message>
        <source>Everything in one region</source>
        <translation>Tout dans une seule région</translation>
    </message>
    <message>
        <source>Losing one region breaks an entry point</source>
        <translation>La perte d&apos;une région casse un point d&apos;entrée</translation>
    </message>
    <message>
        <source>Everything with one provider</source>
        <translation>Tout chez un seul fournisseur</translation>
    </message>
    <message>
        <source>Losing one provider breaks an entry point</source>
        <translation>La perte d&apos;un fournisseur casse un point d&apos;entrée</translation>
    </message>
    <message>
        <source>Database without a standby or multi-AZ</source>
        <translation>Base de données sans instance de secours ni multi-AZ</translation>
    </message>
    <message>
        <source>Backups turned off</source>
        <translation>Sauvegardes désactivées</translation>
    </message>
    <message>
        <source>Backups kept for less than 7 days</source>
        <translation>Sauvegardes conservées moins de 7 jours</translation>
    </message>
    <message>
        <source>No cross-region copy although a region-level RPO/RTO is required</source>
        <translation>Aucune copie dans une autre région alors qu&apos;un RPO/RTO au niveau de la région est exigé</translation>
    </message>
    <message>
        <source>Stateful service scaled out without shared or replicated state</source>
        <translation>Service à état mis à l&apos;échelle horizontalement sans état partagé ou répliqué</translation>
    </message>
    <message>
        <source>Object storage without versioning</source>
        <translation>Stockage d&apos;objets sans gestion des versions</translation>
    </message>
    <message>
        <source>Autoscaling minimum above maximum</source>
        <translation>Minimum d&apos;autoscaling supérieur au maximum</translation>
    </message>
    <message>
        <source>Autoscaling CPU target outside 1-100 %</source>
        <translation>Cible CPU d&apos;autoscaling hors de 1-100 %</translation>
    </message>
    <message>
        <source>Autoscaling without a CPU request</source>
        <translation>Autoscaling sans demande de CPU</translation>
    </message>
    <message>
        <source>Maximum replicas below the expected peak</source>
        <translation>Nombre maximal de répliques inférieur au pic attendu</translation>
    </message>
    <message>
        <source>Service without metrics or logs</source>
        <translation>Service sans métriques ni journaux</translation>
    </message>
    <message>
        <source>No alert routing</source>
        <translation>Aucun routage des alertes</translation>
    </message>
    <message>
        <source>Public entry without a WAF</source>
        <translation>Entrée publique sans WAF</translation>
    </message>
    <message>
        <source>Data store reachable from outside</source>
        <translation>Stockage de données accessible depuis l&apos;extérieur</translation>
    </message>
    <message>
        <source>Data stored unencrypted</source>
        <translation>Données stockées sans chiffrement</translation>
    </message>
    <message>
        <source>Secret in a plain property</source>
        <translation>Secret dans une propriété en clair</translation>
    </message>
    <message>
        <source>Synchronous call cycle</source>
        <translation>Cycle d&apos;appels synchrones</translation>
    </message>
    <message>
        <source>Queue without a producer</source>
        <translation>File d&apos;attente sans producteur</translation>
    </message>
    <message>
        <source>Queue without a consumer</source>
        <translation>File d&apos;attente sans consommateur</translation>
    </message>
    <message>
        <source>Unconnected component</source>
        <translation>Composant non connecté</translation>
    </message>
    <message>
        <source>Deep synchronous call chain without a queue</source>
        <translation>Longue chaîne d&apos;appels synchrones sans file d&apos;attente</translation>
    </message>
    <message>
        <source>%1 has no standby: one instance, multi-AZ off.</source>
        <translation>%1 n&apos;a pas d&apos;instance de secours : une seule instance, multi-AZ désactivé.</translation>
    </message>
    <message>
        <source>When its instance or zone fails, everything that reads or writes it stops, and data written since the last backup can be lost.</source>
        <translation>Lorsque son instance ou sa zone tombe en panne, tout ce qui y lit ou y écrit s&apos;arrête, et les données écrites depuis la dernière sauvegarde peuvent être perdues.</translation>
    </message>
    <message>
        <source>Enable multi-AZ on %1 (a synchronous standby in another zone with automatic failover).</source>
        <translation>Activez multi-AZ sur %1 (une instance de secours synchrone dans une autre zone avec basculement automatique).</translation>
    </message>
    <message>
        <source>%1 has backups turned off.</source>
        <translation>%1 a les sauvegardes désactivées.</translation>
    </message>
    <message>
        <source>Without backups, a bad migration, a bug or a deleted table cannot be undone; replicas copy the damage.</source>
        <translation>Sans sauvegardes, une migration ratée, un bogue ou une table supprimée ne peuvent pas être annulés ; les répliques copient les dégâts.</translation>
    </message>
    <message>
        <source>Turn backups on for %1 with at least 7 days of retention.</source>
        <translation>Activez les sauvegardes pour %1 avec une rétention d&apos;au moins 7 jours.</translation>
    </message>
    <message>
        <source>%1 keeps backups for %2 days.</source>
        <translation>%1 conserve les sauvegardes pendant %2 jours.</translation>
    </message>
    <message>
        <source>Problems are often noticed days later (a silent corruption, a Monday after a long weekend); short retention has already deleted the good copy.</source>
        <translation>Les problèmes sont souvent remarqués des jours plus tard (une corruption silencieuse, un lundi après un long week-end) ; une rétention courte a déjà supprimé la bonne copie.</translation>
    </message>
    <message>
        <source>Keep backups of %1 for at least 7 days (backupRetentionDays: 7 or more).</source>
        <translation>Conservez les sauvegardes de %1 pendant au moins 7 jours (backupRetentionDays : 7 ou plus).</translation>
    </message>
    <message>
        <source>%1 has no copy in another region, but the questionnaire sets a recovery objective for the loss of a region.</source>
        <translation>%1 n&apos;a aucune copie dans une autre région, mais le questionnaire fixe un objectif de reprise pour la perte d&apos;une région.</translation>
    </message>
    <message>
        <source>When the region is lost, the data is lost or unreachable with it, so the region-level RPO and RTO cannot be met.</source>
        <translation>Lorsque la région est perdue, les données sont perdues ou inaccessibles avec elle ; le RPO et le RTO au niveau de la région ne peuvent donc pas être respectés.</translation>
    </message>
    <message>
        <source>Enable a cross-region replica for %1 and name the replica region.</source>
        <translation>Activez une réplique inter-régions pour %1 et indiquez la région de la réplique.</translation>
    </message>
    <message>
        <source>%1 keeps state in memory or on local disk but runs %2 replicas.</source>
        <translation>%1 conserve un état en mémoire ou sur disque local, mais exécute %2 répliques.</translation>
    </message>
    <message>
        <source>Each replica sees only its own state: requests routed to another replica lose the session, and a failed replica loses its state.</source>
        <translation>Chaque réplique ne voit que son propre état : les requêtes dirigées vers une autre réplique perdent la session, et une réplique en panne perd son état.</translation>
    </message>
    <message>
        <source>Move the state of %1 to a shared store (a cache or database) and mark it as shared state, or replicate it.</source>
        <translation>Déplacez l&apos;état de %1 vers un stockage partagé (un cache ou une base de données) et marquez-le comme état partagé, ou répliquez-le.</translation>
    </message>
    <message>
        <source>%1 keeps no earlier versions of objects.</source>
        <translation>%1 ne conserve aucune version antérieure des objets.</translation>
    </message>
    <message>
        <source>An overwrite or delete, by mistake or by ransomware, cannot be undone.</source>
        <translation>Un écrasement ou une suppression, par erreur ou par un ransomware, ne peut pas être annulé.</translation>
    </message>
    <message>
        <source>Enable versioning on %1 (with a lifecycle rule that expires old versions).</source>
        <translation>Activez le versionnage sur %1 (avec une règle de cycle de vie qui fait expirer les anciennes versions).</translation>
    </message>
    <message>
        <source>%1 call each other synchronously in a cycle.</source>
        <translation>%1 s&apos;appellent mutuellement de façon synchrone en boucle.</translation>
    </message>
    <message>
        <source>A synchronous cycle can deadlock or recurse without end, and one slow member stalls all of them; none can be deployed or fail on its own.</source>
        <translation>Un cycle synchrone peut se bloquer ou s&apos;appeler récursivement sans fin, et un membre lent ralentit tous les autres ; aucun ne peut être déployé ni tomber en panne seul.</translation>
    </message>
    <message>
        <source>Break the cycle: make one of the calls asynchronous (through a queue), or move the shared logic into one service.</source>
        <translation>Cassez le cycle : rendez l&apos;un des appels asynchrone (via une file d&apos;attente), ou déplacez la logique commune dans un seul service.</translation>
    </message>
    <message>
        <source>%1 services call each other synchronously in one chain: %2.</source>
        <translation>%1 services s&apos;appellent de façon synchrone en une seule chaîne : %2.</translation>
    </message>
    <message>
        <source>Latencies add up and availabilities multiply along a synchronous chain: five services at 99.9 % give 99.5 %, and one slow service stalls every caller above it.</source>
        <translation>Le long d&apos;une chaîne synchrone, les latences s&apos;additionnent et les disponibilités se multiplient : cinq services à 99,9 % donnent 99,5 %, et un service lent bloque chaque appelant au-dessus de lui.</translation>
    </message>
    <message>
        <source>Put a queue or event stream where the caller does not need the answer at once (e.g. before %1), or merge services that always change together.</source>
        <translation>Placez une file d&apos;attente ou un flux d&apos;événements là où l&apos;appelant n&apos;a pas besoin de la réponse immédiatement (p. ex. avant %1), ou fusionnez les services qui changent toujours ensemble.</translation>
    </message>
    <message>
        <source>%1 has no connections.</source>
        <translation>%1 n&apos;a aucune connexion.</translation>
    </message>
    <message>
        <source>Nothing calls it and it calls nothing: either a dependency is missing from the design (and from its analysis), or the component is not needed.</source>
        <translation>Rien ne l&apos;appelle et il n&apos;appelle rien : soit une dépendance manque dans la conception (et dans son analyse), soit le composant n&apos;est pas nécessaire.</translation>
    </message>
    <message>
        <source>Connect %1 to what calls it and what it needs, or remove it.</source>
        <translation>Connectez %1 à ce qui l&apos;appelle et à ce dont il a besoin, ou supprimez-le.</translation>
    </message>
    <message>
        <source>Nothing sends messages to %1.</source>
        <translation>Rien n&apos;envoie de messages à %1.</translation>
    </message>
    <message>
        <source>A queue without a producer stays empty; its consumers wait for work that never comes.</source>
        <translation>Une file d&apos;attente sans producteur reste vide ; ses consommateurs attendent un travail qui ne vient jamais.</translation>
    </message>
    <message>
        <source>Connect the component that publishes to %1 (producer -&gt; queue).</source>
        <translation>Connectez le composant qui publie dans %1 (producteur -&gt; file d&apos;attente).</translation>
    </message>
    <message>
        <source>Nothing consumes the messages of %1.</source>
        <translation>Rien ne consomme les messages de %1.</translation>
    </message>
    <message>
        <source>Messages pile up until the retention limit and are then dropped: the work is lost.</source>
        <translation>Les messages s&apos;accumulent jusqu&apos;à la limite de rétention, puis sont supprimés : le travail est perdu.</translation>
    </message>
    <message>
        <source>Connect the consumer of %1 (queue -&gt; consumer).</source>
        <translation>Connectez le consommateur de %1 (file d&apos;attente -&gt; consommateur).</translation>
    </message>
    <message>
        <source>metrics or logs</source>
        <translation>ni métriques ni journaux</translation>
    </message>
    <message>
        <source>metrics</source>
        <translation>aucune métrique</translation>
    </message>
    <message>
        <source>logs</source>
        <translation>aucun journal</translation>
    </message>
    <message>
        <source>%1 sends no %2 anywhere.</source>
        <translation>%1 n&apos;envoie %2 nulle part.</translation>
    </message>
    <message>
        <source>Without metrics nobody sees it degrade; without logs nobody can tell why it failed.</source>
        <translation>Sans métriques, personne ne voit sa dégradation ; sans journaux, personne ne peut dire pourquoi il est tombé en panne.</translation>
    </message>
    <message>
        <source>No alerting component: problems page nobody.</source>
        <translation>Aucun composant d&apos;alerte : personne n&apos;est prévenu des problèmes.</translation>
    </message>
    <message>
        <source>%1 receives nothing from a metrics, logging or APM component.</source>
        <translation>%1 ne reçoit rien d&apos;un composant de métriques, de journalisation ou d&apos;APM.</translation>
    </message>
    <message>
        <source>Metrics and logs only help when someone is told; without alert routing, users report the outage first.</source>
        <translation>Les métriques et les journaux ne servent que si quelqu&apos;un est prévenu ; sans routage des alertes, ce sont les utilisateurs qui signalent la panne en premier.</translation>
    </message>
    <message>
        <source>requests from %1</source>
        <translation>requêtes de %1</translation>
    </message>
    <message>
        <source>%1 runs as %2 on the path of %3.</source>
        <translation>%1 fonctionne comme %2 sur le chemin des %3.</translation>
    </message>
    <message>
        <source>Components lost with it: %1.</source>
        <translation>Composants perdus avec lui : %1.</translation>
    </message>
    <message>
        <source>One instance fails alone: a crash, a host failure or a deploy takes it down, and every request that needs it fails with it.</source>
        <translation>Une instance unique tombe en panne seule : un plantage, une panne d&apos;hôte ou un déploiement l&apos;arrête, et chaque requête qui en a besoin échoue avec elle.</translation>
    </message>
    <message>
        <source>Set replicas to at least 2 and place %1 in the region rather than in one zone, so its replicas spread over two or more availability zones.</source>
        <translation>Réglez replicas sur au moins 2 et placez %1 dans la région plutôt que dans une zone, afin que ses répliques se répartissent sur deux zones de disponibilité ou plus.</translation>
    </message>
    <message>
        <source>Use the provider&apos;s managed service for %1, or run it as a cluster of three nodes over three availability zones.</source>
        <translation>Utilisez le service géré du fournisseur pour %1, ou exécutez-le en cluster de trois nœuds sur trois zones de disponibilité.</translation>
    </message>
    <message>
        <source>%1 runs %2 replicas but %3 calls it directly, with no load balancer in front.</source>
        <translation>%1 exécute %2 répliques, mais %3 l&apos;appelle directement, sans équilibreur de charge en amont.</translation>
    </message>
    <message>
        <source>Without a load balancer, callers reach one fixed instance: the other replicas take no load and do not take over when that one fails.</source>
        <translation>Sans équilibreur de charge, les appelants atteignent une instance fixe : les autres répliques ne prennent aucune charge et ne prennent pas le relais quand celle-ci tombe en panne.</translation>
    </message>
    <message>
        <source>Put a load balancer or an API gateway in front of %1 and route its callers through it.</source>
        <translation>Placez un équilibreur de charge ou une passerelle API devant %1 et faites passer ses appelants par celui-ci.</translation>
    </message>
    <message>
        <source>Every path from the entry points to %1 components passes through %2, which is %3.</source>
        <translation>Tous les chemins des points d&apos;entrée vers %1 composants passent par %2, qui est %3.</translation>
    </message>
    <message>
        <source>A choke point that lives in one availability zone takes everything behind it down when that zone fails.</source>
        <translation>Un point d&apos;étranglement situé dans une seule zone de disponibilité entraîne tout ce qui se trouve derrière lui quand cette zone tombe en panne.</translation>
    </message>
    <message>
        <source>Enable multi-AZ on %1.</source>
        <translation>Activez multi-AZ sur %1.</translation>
    </message>
    <message>
        <source>Run %1 in two or more availability zones.</source>
        <translation>Exécutez %1 dans deux zones de disponibilité ou plus.</translation>
    </message>
    <message>
        <source>%1 is a quorum system with %2 members.</source>
        <translation>%1 est un système à quorum avec %2 membres.</translation>
    </message>
    <message>
        <source>A quorum needs a majority: with fewer than 3 members, losing one stops writes.</source>
        <translation>Un quorum exige une majorité : avec moins de 3 membres, la perte d&apos;un seul arrête les écritures.</translation>
    </message>
    <message>
        <source>An even number of members tolerates no more failures than one member fewer, and can split into two equal halves with no majority.</source>
        <translation>Un nombre pair de membres ne tolère pas plus de pannes qu&apos;avec un membre de moins, et peut se scinder en deux moitiés égales sans majorité.</translation>
    </message>
    <message>
        <source>Run %1 members (replicas: %1), one per availability zone.</source>
        <translation>Exécutez %1 membres (replicas : %1), un par zone de disponibilité.</translation>
    </message>
    <message>
        <source>%1 autoscales from %2 to %3 replicas: the minimum is above the maximum.</source>
        <translation>%1 se met à l&apos;échelle automatiquement de %2 à %3 répliques : le minimum est supérieur au maximum.</translation>
    </message>
    <message>
        <source>The autoscaler refuses such bounds, or pins the service to one of them.</source>
        <translation>L&apos;autoscaler refuse de telles bornes, ou bloque le service sur l&apos;une d&apos;elles.</translation>
    </message>
    <message>
        <source>Set minReplicas of %1 at or below maxReplicas.</source>
        <translation>Réglez minReplicas de %1 à une valeur inférieure ou égale à maxReplicas.</translation>
    </message>
    <message>
        <source>%1 autoscales at %2 % CPU.</source>
        <translation>%1 se met à l&apos;échelle automatiquement à %2 % de CPU.</translation>
    </message>
    <message>
        <source>A target outside 1-100 % never triggers scaling out (above 100) or scales out at once and never back (below 1).</source>
        <translation>Une cible hors de 1-100 % ne déclenche jamais de montée en charge (au-dessus de 100) ou monte en charge immédiatement sans jamais redescendre (en dessous de 1).</translation>
    </message>
    <message>
        <source>Set cpuTarget of %1 between 50 and 80 %.</source>
        <translation>Réglez cpuTarget de %1 entre 50 et 80 %.</translation>
    </message>
    <message>
        <source>%1 autoscales on CPU but its CPU request is not set (the catalog default of %2 millicores would be used).</source>
        <translation>%1 se met à l&apos;échelle automatiquement selon le CPU, mais sa requête CPU n&apos;est pas définie (la valeur par défaut du catalogue, %2 millicores, serait utilisée).</translation>
    </message>
    <message>
        <source>Autoscaling measures CPU use against the request: a guessed request makes it scale too early or too late.</source>
        <translation>La mise à l&apos;échelle automatique mesure l&apos;utilisation CPU par rapport à la requête : une requête estimée au hasard la fait monter en charge trop tôt ou trop tard.</translation>
    </message>
    <message>
        <source>Set cpuRequest of %1 to what one replica really needs.</source>
        <translation>Réglez cpuRequest de %1 sur ce dont une réplique a réellement besoin.</translation>
    </message>
    <message>
        <source>At the peak, requests queue and time out once all replicas are busy.</source>
        <translation>Au pic, les requêtes s&apos;accumulent et expirent dès que toutes les répliques sont occupées.</translation>
    </message>
    <message>
        <source>Raise maxReplicas of %1 to at least %2.</source>
        <translation>Augmentez maxReplicas de %1 à au moins %2.</translation>
    </message>
    <message>
        <source>Run at least %2 replicas of %1, or enable autoscaling with that maximum.</source>
        <translation>Exécutez au moins %2 répliques de %1, ou activez la mise à l&apos;échelle automatique avec ce maximum.</translation>
    </message>
    <message>
        <source>%1 takes traffic from the internet with no WAF in front.</source>
        <translation>%1 reçoit du trafic d&apos;Internet sans WAF en amont.</translation>
    </message>
    <message>
        <source>Public endpoints are probed constantly; a WAF blocks injection, known exploits and abusive request rates before they reach the service.</source>
        <translation>Les points de terminaison publics sont sondés en permanence ; un WAF bloque les injections, les exploits connus et les débits de requêtes abusifs avant qu&apos;ils n&apos;atteignent le service.</translation>
    </message>
    <message>
        <source>Put a WAF in front of %1 and route the traffic sources through it.</source>
        <translation>Placez un WAF devant %1 et faites passer les sources de trafic par celui-ci.</translation>
    </message>
    <message>
        <source>%1 is public: reachable from the internet.</source>
        <translation>%1 est public : accessible depuis Internet.</translation>
    </message>
    <message>
        <source>%1 is called directly by %2.</source>
        <translation>%1 est appelé directement par %2.</translation>
    </message>
    <message>
        <source>A data store reachable from outside is one leaked credential or one misconfiguration away from a data breach.</source>
        <translation>Un stockage de données accessible de l&apos;extérieur n&apos;est qu&apos;à un identifiant divulgué ou une erreur de configuration d&apos;une fuite de données.</translation>
    </message>
    <message>
        <source>Make %1 private and reach it only through a service that checks who asks.</source>
        <translation>Rendez %1 privé et n&apos;y accédez que par un service qui vérifie qui le demande.</translation>
    </message>
    <message>
        <source>a private key</source>
        <translation>une clé privée</translation>
    </message>
    <message>
        <source>an AWS access key</source>
        <translation>une clé d&apos;accès AWS</translation>
    </message>
    <message>
        <source>a password in a URL</source>
        <translation>un mot de passe dans une URL</translation>
    </message>
    <message>
        <source>a password assignment</source>
        <translation>une affectation de mot de passe</translation>
    </message>
    <message>
        <source>a secret value</source>
        <translation>une valeur secrète</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 has what looks like a secret in plain properties: %2.</source>
        <translation>%1 contient ce qui ressemble à un secret dans des propriétés en clair : %2.</translation>
    </message>
    <message>
        <source>Design files live in git and in exported code; a secret written there is leaked to everyone who can read them, forever (history keeps it).</source>
        <translation>Les fichiers de conception vivent dans git et dans le code exporté ; un secret qui y est écrit est divulgué à tous ceux qui peuvent les lire, pour toujours (l&apos;historique le conserve).</translation>
    </message>
    <message>
        <source>Remove it, rotate it, keep it in a secrets manager and refer to it by name.</source>
        <translation>Supprimez-le, renouvelez-le, conservez-le dans un gestionnaire de secrets et faites-y référence par son nom.</translation>
    </message>
    <message>
        <source>%1 stores data unencrypted.</source>
        <translation>%1 stocke des données non chiffrées.</translation>
    </message>
    <message>
        <source>Disks, snapshots and backups of unencrypted stores can be read by anyone who gets a copy; most compliance regimes forbid it.</source>
        <translation>Les disques, instantanés et sauvegardes de stockages non chiffrés peuvent être lus par quiconque en obtient une copie ; la plupart des régimes de conformité l&apos;interdisent.</translation>
    </message>
    <message>
        <source>Enable encryption at rest on %1 (with a managed key).</source>
        <translation>Activez le chiffrement au repos sur %1 (avec une clé gérée).</translation>
    </message>
    <message>
        <source>%1 runs %2 replicas, all in availability zone %3.</source>
        <translation>%1 exécute %2 répliques, toutes dans la zone de disponibilité %3.</translation>
    </message>
    <message>
        <source>Replicas in one zone protect against a crash, not against the zone: when %1 fails, all of them fail together.</source>
        <translation>Des répliques dans une seule zone protègent contre un plantage, pas contre la perte de la zone : quand %1 tombe en panne, toutes tombent ensemble.</translation>
    </message>
    <message>
        <source>Place %1 in the region so its replicas spread over two or more zones.</source>
        <translation>Placez %1 dans la région afin que ses répliques se répartissent sur deux zones ou plus.</translation>
    </message>
    <message>
        <source>Add a second replica in %1 (place %2 in the region so replicas spread over the zones).</source>
        <translation>Ajoutez une deuxième réplique dans %1 (placez %2 dans la région afin que les répliques se répartissent sur les zones).</translation>
    </message>
    <message>
        <source>Losing %1 breaks %2: %3 components become unreachable (%4).</source>
        <translation>La perte de %1 casse %2 : %3 composants deviennent inaccessibles (%4).</translation>
    </message>
    <message>
        <source>When %1 fails as a whole (it happens), everything placed only there fails with it: %2.</source>
        <translation>Quand %1 tombe en panne dans son ensemble (cela arrive), tout ce qui y est placé exclusivement tombe avec : %2.</translation>
    </message>
    <message>
        <source>Everything runs in %1.</source>
        <translation>Tout s&apos;exécute dans %1.</translation>
    </message>
    <message>
        <source>A whole region can become unavailable (power, network, a provider incident); then the whole system is down until it returns.</source>
        <translation>Une région entière peut devenir indisponible (électricité, réseau, incident chez le fournisseur) ; tout le système est alors arrêté jusqu&apos;à son retour.</translation>
    </message>
    <message>
        <source>Plan a second region: at least a warm standby with replicated data, or active-active for the services that must stay up.</source>
        <translation>Prévoyez une seconde région : au moins une instance de secours tiède (warm standby) avec des données répliquées, ou un fonctionnement actif-actif pour les services qui doivent rester disponibles.</translation>
    </message>
    <message>
        <source>Run a copy or a standby of %1 in a second region as well.</source>
        <translation>Exécutez également une copie ou une instance de secours de %1 dans une seconde région.</translation>
    </message>
    <message>
        <source>Everything runs with one provider (%1).</source>
        <translation>Tout s&apos;exécute chez un seul fournisseur (%1).</translation>
    </message>
    <message>
        <source>Guidance for serious enterprises is at least two providers, so that an outage, an account lock-out or a commercial dispute with one does not stop the business.</source>
        <translation>La recommandation pour les entreprises sérieuses est d&apos;au moins deux fournisseurs, afin qu&apos;une panne, un blocage de compte ou un litige commercial avec l&apos;un d&apos;eux n&apos;arrête pas l&apos;activité.</translation>
    </message>
    <message>
        <source>Keep a recovery path with a second provider for the services the business cannot do without.</source>
        <translation>Gardez une voie de reprise chez un second fournisseur pour les services dont l&apos;activité ne peut pas se passer.</translation>
    </message>
    <message>
        <source>Give %1 a fallback with another provider.</source>
        <translation>Donnez à %1 une solution de repli chez un autre fournisseur.</translation>
    </message>
    <message>
        <source>%1 has no dead-letter queue.</source>
        <translation>%1 n’a pas de file de lettres mortes.</translation>
    </message>
    <message>
        <source>A message its consumer cannot process is delivered again and again: it blocks or slows the queue, and when the retention runs out the work it carried is lost without a trace.</source>
        <translation>Un message que son consommateur ne peut pas traiter est livré encore et encore : il bloque ou ralentit la file, et quand la durée de rétention expire, le travail qu’il portait est perdu sans laisser de trace.</translation>
    </message>
    <message>
        <source>Turn on the dead-letter queue of %1 (after a few failed deliveries the message is set aside for inspection) and alert when messages arrive there.</source>
        <translation>Activez la file de lettres mortes de %1 (après quelques livraisons échouées, le message est mis de côté pour examen) et déclenchez une alerte quand des messages y arrivent.</translation>
    </message>
    <message>
        <source>Queue without a dead-letter queue</source>
        <translation>File sans file de lettres mortes</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
    </message>
    <message>
        <source>%1 is a cut vertex: removing it splits the design in two.</source>
        <translation>%1 est un sommet d&apos;articulation : le retirer coupe la conception en deux.</translation>
    </message>
    <message>
        <source>%1 - %2 is a bridge: the only link between two parts of the design.</source>
        <translation>%1 – %2 est un pont : le seul lien entre deux parties de la conception.</translation>
    </message>
    <message>
        <source>Every request from %1 to %2 other components passes through %3.</source>
        <translation>Chaque requête de %1 vers %2 autres composants passe par %3.</translation>
    </message>
    <message>
        <source>note:</source>
        <translation>remarque :</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <source>Structural single points of failure</source>
        <translation>Points de défaillance uniques structurels</translation>
    </message>
    <message>
        <source>The shape of the dependency graph, whatever the redundancy of the components.</source>
        <translation>La forme du graphe de dépendances, quelle que soit la redondance des composants.</translation>
    </message>
    <message>
        <source>Cut vertices (removing one splits the design in two)</source>
        <translation>Sommets d&apos;articulation (en retirer un coupe la conception en deux)</translation>
    </message>
    <message>
        <source>Bridges (the only link between two parts)</source>
        <translation>Ponts (le seul lien entre deux parties)</translation>
    </message>
    <message>
        <source>Dominators (every request from an entry point passes through them)</source>
        <translation>Dominateurs (chaque requête d&apos;un point d&apos;entrée passe par eux)</translation>
    </message>
    <message>
        <source>Entry point</source>
        <translation>Point d&apos;entrée</translation>
    </message>
    <message>
        <source>Passes through (components cut off when it fails)</source>
        <translation>Passe par (composants coupés en cas de panne)</translation>
    </message>
    <message>
        <source>nothing: every component it reaches has a second path</source>
        <translation>rien : chaque composant atteint a un second chemin</translation>
    </message>
    <message>
        <source>Draw who calls the system (Users, Partner API) and connect them, or set &quot;Traffic starts here&quot; on the component where requests start.</source>
        <translation>Dessinez qui appelle le système (Utilisateurs, API partenaire) et reliez-le, ou cochez « Le trafic part d&apos;ici » sur le composant où partent les requêtes.</translation>
    </message>
    <message>
        <source>No entry point: no traffic source is drawn, nothing is marked as where traffic starts, and every component has a caller, so there is nothing to analyse from.</source>
        <translation>Aucun point d&apos;entrée : aucune source de trafic n&apos;est dessinée, rien n&apos;est marqué comme point de départ du trafic, et chaque composant a un appelant ; il n&apos;y a donc rien à partir de quoi analyser.</translation>
    </message>
    <message>
        <source>Single points of failure are found by following requests from where they start; without a start no single-instance, zone-loss or blast-radius check can run, and the design would pass them silently.</source>
        <translation>Les points de défaillance uniques se trouvent en suivant les requêtes depuis leur départ ; sans départ, aucune vérification d&apos;instance unique, de perte de zone ou de rayon d&apos;impact ne peut s&apos;exécuter, et la conception les passerait en silence.</translation>
    </message>
    <message>
        <source>Likely starts (nothing outside their cycle calls them): %1.</source>
        <translation>Départs probables (rien hors de leur cycle ne les appelle) : %1.</translation>
    </message>
    <message>
        <source>No entry point is drawn or marked; the analysis starts from what nothing calls: %1.</source>
        <translation>Aucun point d&apos;entrée n&apos;est dessiné ni marqué ; l&apos;analyse part de ce que rien n&apos;appelle : %1.</translation>
    </message>
    <message>
        <source>Findings about single instances, zones and blast radius follow requests from these candidate entries; if requests really start elsewhere, the findings are wrong.</source>
        <translation>Les constats sur les instances uniques, les zones et le rayon d&apos;impact suivent les requêtes depuis ces points d&apos;entrée candidats ; si les requêtes partent en réalité d&apos;ailleurs, les constats sont faux.</translation>
    </message>
    <message>
        <source>Draw the users or clients that call the system, or set &quot;Traffic starts here&quot; on the components where requests start.</source>
        <translation>Dessinez les utilisateurs ou clients qui appellent le système, ou cochez « Le trafic part d&apos;ici » sur les composants où partent les requêtes.</translation>
    </message>
    <message>
        <source>%1 uses the image %2, which moves with every push.</source>
        <translation>%1 utilise l&apos;image %2, qui change à chaque push.</translation>
    </message>
    <message>
        <source>%1 uses the image %2 without a tag, which means latest.</source>
        <translation>%1 utilise l&apos;image %2 sans tag, c&apos;est-à-dire latest.</translation>
    </message>
    <message>
        <source>Each restart or new node may pull a different build: a rollback cannot go back, replicas run different code, and the exporters refuse such an image.</source>
        <translation>Chaque redémarrage ou nouveau nœud peut tirer un autre build : un retour arrière devient impossible, les répliques exécutent du code différent, et les exportateurs refusent une telle image.</translation>
    </message>
    <message>
        <source>Pin the image of %1 to a version tag or a digest, e.g. %2:1.0.0 or %2@sha256:….</source>
        <translation>Épinglez l&apos;image de %1 sur un tag de version ou un digest, par ex. %2:1.0.0 ou %2@sha256:….</translation>
    </message>
    <message>
        <source>%1 is exposed to the internet with %2 replicas but nothing in front spreads requests over them.</source>
        <translation>%1 est exposé à Internet avec %2 répliques, mais rien devant ne répartit les requêtes entre elles.</translation>
    </message>
    <message>
        <source>Assumed: a service drawn inside an availability zone runs all its replicas there, as drawn (nothing in the design spreads them). Only a multi-AZ service drawn in a zone is read as a primary there with a standby in another zone.</source>
        <translation>Hypothèse : un service dessiné dans une zone de disponibilité y exécute toutes ses répliques, comme dessiné (rien dans la conception ne les répartit). Seul un service multi-AZ dessiné dans une zone est lu comme une instance principale dans cette zone avec une instance de secours dans une autre.</translation>
    </message>
    <message>
        <source>Enable multi-AZ on %1 (its standby then takes over in another zone).</source>
        <translation>Activez multi-AZ sur %1 (son instance de secours prend alors le relais dans une autre zone).</translation>
    </message>
    <message>
        <source>Run %1 with 2 or more replicas placed in the region, so they spread over two or more availability zones.</source>
        <translation>Exécutez %1 avec 2 répliques ou plus placées dans la région, pour qu&apos;elles se répartissent sur deux zones de disponibilité ou plus.</translation>
    </message>
    <message>
        <source>Losing %1, the only availability zone the design uses, breaks %2: %3 components become unreachable (%4).</source>
        <translation>La perte de %1, la seule zone de disponibilité qu&apos;utilise la conception, casse %2 : %3 composants deviennent inaccessibles (%4).</translation>
    </message>
    <message>
        <source>%1: multi-AZ with the primary drawn in one zone; they survive the loss of that zone by failing over inside the region, not the loss of the region.</source>
        <translation>%1 : multi-AZ avec l&apos;instance principale dessinée dans une zone ; ils survivent à la perte de cette zone en basculant dans la région, pas à la perte de la région.</translation>
    </message>
    <message>
        <source>No entry point: nothing to analyse from</source>
        <translation>Aucun point d&apos;entrée : rien à partir de quoi analyser</translation>
    </message>
    <message>
        <source>No entry point marked: analysed from what nothing calls</source>
        <translation>Aucun point d&apos;entrée marqué : analysé à partir de ce que rien n&apos;appelle</translation>
    </message>
    <message>
        <source>Container image without a fixed tag, or :latest</source>
        <translation>Image de conteneur sans tag fixe, ou :latest</translation>
    </message>
    <message>
        <source>%1 needs %2 replicas: beyond one deployment; shard or re-think.</source>
        <translation>%1 a besoin de %2 réplicas : au-delà d&apos;un seul déploiement ; partitionnez ou repensez.</translation>
    </message>
    <message>
        <source>%1 can run at most %2 replicas, but the expected peak needs %3 (%4).</source>
        <translation>%1 peut faire tourner au plus %2 réplicas, mais le pic attendu en demande %3 (%4).</translation>
    </message>
    <message>
        <source>Connect %1 to a metrics and a logging component (or an APM service); export monitoring (File &gt; Export) then writes its alerts, dashboard and runbook.</source>
        <translation>Connectez %1 à un composant de métriques et à un composant de journalisation (ou à un service APM) ; l&apos;export de supervision (Fichier &gt; Exporter) écrit alors ses alertes, son tableau de bord et son runbook.</translation>
    </message>
    <message>
        <source>Add an alerting component (e.g. PagerDuty or Opsgenie) and connect the metrics component to it; export monitoring then routes the alerts to it by severity.</source>
        <translation>Ajoutez un composant d&apos;alerte (par exemple PagerDuty ou Opsgenie) et connectez-y le composant de métriques ; l&apos;export de supervision y achemine alors les alertes selon leur gravité.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Stackdraft architecture design studio</source>
        <translation>Stackdraft, studio de conception d&apos;architecture</translation>
    </message>
    <message>
        <source>Design file to open.</source>
        <translation>Fichier de conception à ouvrir.</translation>
    </message>
</context>
<context>
    <name>sd::AcceptFindingDialog</name>
    <message>
        <source>Accept finding</source>
        <translation>Accepter le constat</translation>
    </message>
    <message>
        <source>Why is this acceptable? The justification is stored in the design file with the acceptance.</source>
        <translation>Pourquoi est-ce acceptable ? La justification est enregistrée avec l&apos;acceptation dans le fichier de conception.</translation>
    </message>
    <message>
        <source>e.g. One Redis node is fine for launch; a replica is planned for Q3.</source>
        <translation>par ex. Un seul nœud Redis suffit pour le lancement ; une réplique est prévue au T3.</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
</context>
<context>
    <name>sd::CanvasScene</name>
    <message numerus="yes">
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>Déplacer %n élément</numerusform>
            <numerusform>Déplacer %n éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s) to another zone</source>
        <translation>
            <numerusform>Déplacer %n élément vers une autre zone</numerusform>
            <numerusform>Déplacer %n éléments vers une autre zone</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect %1 to %2</source>
        <translation>Relier %1 à %2</translation>
    </message>
    <message>
        <source>Bend the connection from %1 to %2</source>
        <translation>Infléchir la connexion de %1 vers %2</translation>
    </message>
    <message>
        <source>Move a waypoint of the connection from %1 to %2</source>
        <translation>Déplacer un point de passage de la connexion de %1 vers %2</translation>
    </message>
    <message>
        <source>Remove a waypoint of the connection from %1 to %2</source>
        <translation>Supprimer un point de passage de la connexion de %1 vers %2</translation>
    </message>
    <message>
        <source>Only components can be connected</source>
        <translation>Seuls des composants peuvent être connectés</translation>
    </message>
    <message>
        <source>“%1” cannot connect to itself</source>
        <translation>« %1 » ne peut pas se connecter à lui-même</translation>
    </message>
    <message>
        <source>“%1” already connects to “%2”; one connection between them is enough</source>
        <translation>« %1 » est déjà connecté à « %2 » ; une connexion entre eux suffit</translation>
    </message>
    <message>
        <source>Add %1 connected from %2</source>
        <translation>Ajouter %1 relié depuis %2</translation>
    </message>
</context>
<context>
    <name>sd::CanvasView</name>
    <message>
        <source>Design canvas</source>
        <translation>Canevas de la conception</translation>
    </message>
</context>
<context>
    <name>sd::CompareChangeList</name>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>No changes since %1.</source>
        <translation>Aucune modification depuis %1.</translation>
    </message>
    <message>
        <source>Since %1: %2</source>
        <translation>Depuis %1 : %2</translation>
    </message>
</context>
<context>
    <name>sd::CompareMode</name>
    <message>
        <source>Compare &amp;With…</source>
        <translation>Comparer a&amp;vec…</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Shows what changed in the open design since a git revision of its file, or against another file</source>
        <translation>Montre ce qui a changé dans la conception ouverte depuis une révision git de son fichier, ou par rapport à un autre fichier</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>&amp;Leave Compare Mode</source>
        <translation>&amp;Quitter le mode comparaison</translation>
    </message>
    <message>
        <source>Back to the normal view (Esc on the canvas)</source>
        <translation>Retour à la vue normale (Échap sur le canevas)</translation>
    </message>
    <message>
        <source>Cannot compare with %1: there is no such file.</source>
        <translation>Impossible de comparer avec %1 : ce fichier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot compare with %1: %2</source>
        <translation>Impossible de comparer avec %1 : %2</translation>
    </message>
    <message>
        <source>Cannot compare with revision %1: the design is not saved yet, so it has no git history.</source>
        <translation>Impossible de comparer avec la révision %1 : la conception n&apos;est pas encore enregistrée, elle n&apos;a donc pas d&apos;historique git.</translation>
    </message>
    <message>
        <source>Cannot compare with revision %1: %2 is not in a git work tree.</source>
        <translation>Impossible de comparer avec la révision %1 : %2 n&apos;est pas dans une copie de travail git.</translation>
    </message>
    <message>
        <source>Cannot compare with revision %1: %2 does not exist at that revision.</source>
        <translation>Impossible de comparer avec la révision %1 : %2 n&apos;existe pas dans cette révision.</translation>
    </message>
    <message>
        <source>Cannot compare %1 with revision %2: %3</source>
        <translation>Impossible de comparer %1 avec la révision %2 : %3</translation>
    </message>
    <message>
        <source>Comparing with &lt;b&gt;%1&lt;/b&gt;: the canvas shows what changed since.</source>
        <translation>Comparaison avec &lt;b&gt;%1&lt;/b&gt; : le canevas montre ce qui a changé depuis.</translation>
    </message>
</context>
<context>
    <name>sd::ConflictsDialog</name>
    <message>
        <source>Resolve Merge Conflicts</source>
        <translation>Résoudre les conflits de fusion</translation>
    </message>
    <message>
        <source>The merge kept one value of each field both sides changed. Keep it, or put the other side&apos;s value back; each choice is one undo step.</source>
        <translation>La fusion a gardé une valeur pour chaque champ modifié des deux côtés. Gardez-la ou remettez la valeur de l&apos;autre côté ; chaque choix est une étape d&apos;annulation.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Merged value</source>
        <translation>Valeur fusionnée</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Autre valeur</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>&amp;Keep Merged Value</source>
        <translation>&amp;Garder la valeur fusionnée</translation>
    </message>
    <message>
        <source>&amp;Use Other Value</source>
        <translation>&amp;Utiliser l&apos;autre valeur</translation>
    </message>
    <message>
        <source>(the design)</source>
        <translation>(la conception)</translation>
    </message>
    <message>
        <source>(the whole item)</source>
        <translation>(l&apos;élément entier)</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(absent)</translation>
    </message>
    <message>
        <source>No conflicts are left: save the design to write it without them.</source>
        <translation>Il ne reste aucun conflit : enregistrez la conception pour l&apos;écrire sans eux.</translation>
    </message>
    <message>
        <source>Resolve Merge Conflict</source>
        <translation>Résoudre le conflit de fusion</translation>
    </message>
</context>
<context>
    <name>sd::DiagramExport</name>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Images SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Exported the diagram to %1</source>
        <translation>Diagramme exporté vers %1</translation>
    </message>
    <message>
        <source>There is nothing to draw.</source>
        <translation>Il n&apos;y a rien à dessiner.</translation>
    </message>
</context>
<context>
    <name>sd::DiagramExportDialog</name>
    <message>
        <source>Show the &amp;grid</source>
        <translation>Afficher la &amp;grille</translation>
    </message>
    <message>
        <source>&amp;Selection only</source>
        <translation>&amp;Sélection seulement</translation>
    </message>
    <message>
        <source>Export Diagram as PNG</source>
        <translation>Exporter le diagramme en PNG</translation>
    </message>
    <message>
        <source>Export Diagram as SVG</source>
        <translation>Exporter le diagramme en SVG</translation>
    </message>
    <message>
        <source>Export Diagram as PDF</source>
        <translation>Exporter le diagramme en PDF</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>É&amp;chelle :</translation>
    </message>
    <message>
        <source>&amp;Margin:</source>
        <translation>&amp;Marge :</translation>
    </message>
    <message>
        <source>&amp;Transparent background</source>
        <translation>Arrière-plan &amp;transparent</translation>
    </message>
    <message>
        <source>Connection label, else protocol:port</source>
        <translation>Étiquette de la connexion, sinon protocole:port</translation>
    </message>
    <message>
        <source>Protocol:port</source>
        <translation>Protocole:port</translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation>É&amp;tiquettes :</translation>
    </message>
</context>
<context>
    <name>sd::Document</name>
    <message>
        <source>Untitled design</source>
        <translation>Conception sans titre</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>%1 was changed by another program since it was opened or last saved here</source>
        <translation>%1 a été modifié par un autre programme depuis son ouverture ou son dernier enregistrement ici</translation>
    </message>
    <message>
        <source>Reload from disk</source>
        <translation>Recharger depuis le disque</translation>
    </message>
</context>
<context>
    <name>sd::ExportDialog</name>
    <message>
        <source>Export %1</source>
        <translation>Exporter %1</translation>
    </message>
    <message>
        <source>Files to export</source>
        <translation>Fichiers à exporter</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Export to File</source>
        <translation>Exporter vers un fichier</translation>
    </message>
    <message>
        <source>Export to Folder</source>
        <translation>Exporter vers un dossier</translation>
    </message>
    <message>
        <source>Export to:</source>
        <translation>Exporter vers :</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Nothing to write.</source>
        <translation>Rien à écrire.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>These files in %1 were edited by hand since the last export, or were not written by it:

%2

Replace them with the exported files?</source>
        <translation>Ces fichiers de %1 ont été modifiés à la main depuis le dernier export, ou n’ont pas été écrits par lui :

%2

Les remplacer par les fichiers exportés ?</translation>
    </message>
    <message>
        <source>A PDF document of %1 KiB. Export it, then open it to read it.</source>
        <translation>Un document PDF de %1 Kio. Exportez-le, puis ouvrez-le pour le lire.</translation>
    </message>
</context>
<context>
    <name>sd::FindingDetails</name>
    <message>
        <source>Apply Fix</source>
        <translation>Appliquer la correction</translation>
    </message>
    <message>
        <source>Apply the fix as one step (Edit &gt; Undo takes it back)</source>
        <translation>Appliquer la correction en une étape (Édition &gt; Annuler la reprend)</translation>
    </message>
    <message>
        <source>Un-accept</source>
        <translation>Annuler l&apos;acceptation</translation>
    </message>
    <message>
        <source>Accept…</source>
        <translation>Accepter…</translation>
    </message>
    <message>
        <source>Select a finding to see why it matters and how to fix it.</source>
        <translation>Sélectionnez un constat pour voir pourquoi il compte et comment le corriger.</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Pourquoi :</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Correction :</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Remarque :</translation>
    </message>
    <message>
        <source>Accepted:</source>
        <translation>Accepté :</translation>
    </message>
    <message>
        <source>Components:</source>
        <translation>Composants :</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Correction : %1</translation>
    </message>
    <message>
        <source>Applied: %1. Edit &gt; Undo takes it back.</source>
        <translation>Appliqué : %1. Édition &gt; Annuler le reprend.</translation>
    </message>
</context>
<context>
    <name>sd::FindingsDeltaView</name>
    <message>
        <source>Since then</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Accepted: %1</source>
        <translation>Accepté : %1</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>no change in the findings</source>
        <translation>aucun changement dans les constats</translation>
    </message>
    <message>
        <source>%1 new, %2 resolved, %3 changed</source>
        <translation>%1 nouveaux, %2 résolus, %3 modifiés</translation>
    </message>
    <message>
        <source>Findings since %1: %2</source>
        <translation>Constats depuis %1 : %2</translation>
    </message>
</context>
<context>
    <name>sd::FindingsPanel</name>
    <message>
        <source>Show or hide findings of this severity</source>
        <translation>Afficher ou masquer les constats de cette gravité</translation>
    </message>
    <message>
        <source>Search findings, rules, components</source>
        <translation>Rechercher constats, règles, composants</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Composants</translation>
    </message>
    <message>
        <source>%1 (accepted)</source>
        <translation>%1 (accepté)</translation>
    </message>
    <message>
        <source>%1 — accepted: %2</source>
        <translation>%1 — accepté : %2</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Correction :</translation>
    </message>
    <message>
        <source>Accepted:</source>
        <translation>Accepté :</translation>
    </message>
    <message>
        <source>Un-accept</source>
        <translation>Annuler l&apos;acceptation</translation>
    </message>
    <message>
        <source>Accept…</source>
        <translation>Accepter…</translation>
    </message>
    <message>
        <source>Show components</source>
        <translation>Afficher les composants</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info</source>
        <translation>
            <numerusform>%n info</numerusform>
            <numerusform>%n infos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accepted</source>
        <translation>
            <numerusform>%n accepté</numerusform>
            <numerusform>%n acceptés</numerusform>
        </translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Remarque :</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Correction : %1</translation>
    </message>
</context>
<context>
    <name>sd::HeatLegend</name>
    <message>
        <source>Blast radius if it fails</source>
        <translation>Rayon d’impact en cas de panne</translation>
    </message>
    <message>
        <source>only itself lost</source>
        <translation>lui seul est perdu</translation>
    </message>
    <message numerus="yes">
        <source>%n component(s) lost</source>
        <translation>
            <numerusform>%n composant perdu</numerusform>
            <numerusform>%n composants perdus</numerusform>
        </translation>
    </message>
    <message>
        <source>Traffic sources are not rated.</source>
        <translation>Les sources de trafic ne sont pas évaluées.</translation>
    </message>
</context>
<context>
    <name>sd::ImportDialog</name>
    <message>
        <source>Import %1</source>
        <translation>Importer : %1</translation>
    </message>
    <message>
        <source>Files and folders to read (folders are read with everything in them):</source>
        <translation>Fichiers et dossiers à lire (les dossiers sont lus avec tout leur contenu) :</translation>
    </message>
    <message>
        <source>Add &amp;Files…</source>
        <translation>Ajouter des &amp;fichiers…</translation>
    </message>
    <message>
        <source>Add F&amp;older…</source>
        <translation>Ajouter un &amp;dossier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Nothing imported yet.</source>
        <translation>Rien n’a encore été importé.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>&amp;Open as New Design</source>
        <translation>&amp;Ouvrir comme nouvelle conception</translation>
    </message>
    <message>
        <source>Add Files</source>
        <translation>Ajouter des fichiers</translation>
    </message>
    <message>
        <source>Add Folder</source>
        <translation>Ajouter un dossier</translation>
    </message>
    <message>
        <source>Nothing was imported: the files have problems. Fix them and import again.</source>
        <translation>Rien n’a été importé : les fichiers ont des problèmes. Corrigez-les et importez de nouveau.</translation>
    </message>
    <message>
        <source>Errors (%1)</source>
        <translation>Erreurs (%1)</translation>
    </message>
    <message>
        <source>%1 components and %2 connections. %3. Read what was guessed and dropped before you rely on the design.</source>
        <translation>%1 composants et %2 connexions. %3. Lisez ce qui a été deviné et abandonné avant de vous fier à la conception.</translation>
    </message>
    <message>
        <source>Hosts nothing defines, not connected (%1)</source>
        <translation>Hôtes que rien ne définit, non connectés (%1)</translation>
    </message>
    <message>
        <source>Guessed: check these (%1)</source>
        <translation>Devinés : à vérifier (%1)</translation>
    </message>
    <message>
        <source>Dropped (%1)</source>
        <translation>Abandonnés (%1)</translation>
    </message>
    <message>
        <source>Mapped (%1)</source>
        <translation>Repris (%1)</translation>
    </message>
    <message>
        <source>&amp;Merge into This Design</source>
        <translation>&amp;Fusionner dans cette conception</translation>
    </message>
    <message>
        <source>Items whose names are already in the open design are updated; the rest is added and placed beside what is there. One undo step.</source>
        <translation>Les éléments dont le nom figure déjà dans la conception ouverte sont mis à jour ; le reste est ajouté et placé à côté de l&apos;existant. Une seule étape d&apos;annulation.</translation>
    </message>
</context>
<context>
    <name>sd::MainWindow</name>
    <message>
        <source>Stackdraft designs (*.stackdraft.yaml *.stackdraft.json *.yaml *.yml *.json);;All files (*)</source>
        <translation>Conceptions Stackdraft (*.stackdraft.yaml *.stackdraft.json *.yaml *.yml *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Re&amp;vert to Saved</source>
        <translation>Re&amp;venir à la version enregistrée</translation>
    </message>
    <message>
        <source>Diagram as &amp;PNG…</source>
        <translation>Diagramme en &amp;PNG…</translation>
    </message>
    <message>
        <source>Diagram as &amp;SVG…</source>
        <translation>Diagramme en &amp;SVG…</translation>
    </message>
    <message>
        <source>Diagram as P&amp;DF…</source>
        <translation>Diagramme en P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Re&amp;nommer</translation>
    </message>
    <message>
        <source>&amp;Find Component…</source>
        <translation>Rec&amp;hercher un composant…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation>&amp;Ajuster à la fenêtre</translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation>Zoom sur la &amp;sélection</translation>
    </message>
    <message>
        <source>&amp;Actual Size (100 %)</source>
        <translation>&amp;Taille réelle (100 %)</translation>
    </message>
    <message>
        <source>S&amp;nap to Grid</source>
        <translation>Aligner sur la &amp;grille</translation>
    </message>
    <message>
        <source>&amp;Select Tool</source>
        <translation>Outil de sé&amp;lection</translation>
    </message>
    <message>
        <source>&amp;Connect Tool</source>
        <translation>Outil de &amp;connexion</translation>
    </message>
    <message>
        <source>Select and move (V)</source>
        <translation>Sélectionner et déplacer (V)</translation>
    </message>
    <message>
        <source>Drag from one component to another to connect them (C)</source>
        <translation>Faites glisser d&apos;un composant à un autre pour les relier (C)</translation>
    </message>
    <message>
        <source>Align &amp;Left</source>
        <translation>Aligner à &amp;gauche</translation>
    </message>
    <message>
        <source>Align &amp;Right</source>
        <translation>Aligner à &amp;droite</translation>
    </message>
    <message>
        <source>Align &amp;Top</source>
        <translation>Aligner en &amp;haut</translation>
    </message>
    <message>
        <source>Align &amp;Bottom</source>
        <translation>Aligner en &amp;bas</translation>
    </message>
    <message>
        <source>Align Centres &amp;Horizontally</source>
        <translation>Aligner les centres h&amp;orizontalement</translation>
    </message>
    <message>
        <source>Align Centres &amp;Vertically</source>
        <translation>Aligner les centres &amp;verticalement</translation>
    </message>
    <message>
        <source>Distribute Hori&amp;zontally</source>
        <translation>Répartir hori&amp;zontalement</translation>
    </message>
    <message>
        <source>Distribute V&amp;ertically</source>
        <translation>Répartir v&amp;erticalement</translation>
    </message>
    <message>
        <source>Bring to &amp;Front</source>
        <translation>Mettre au &amp;premier plan</translation>
    </message>
    <message>
        <source>Auto-&amp;Layout</source>
        <translation>Disposition &amp;automatique</translation>
    </message>
    <message>
        <source>&amp;Pin in Place</source>
        <translation>Ép&amp;ingler</translation>
    </message>
    <message>
        <source>&amp;Unpin</source>
        <translation>&amp;Ne plus épingler</translation>
    </message>
    <message>
        <source>&amp;About Stackdraft</source>
        <translation>À &amp;propos de Stackdraft</translation>
    </message>
    <message>
        <source>About Stackdraft</source>
        <translation>À propos de Stackdraft</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Stackdraft %1&lt;/h3&gt;&lt;p&gt;An architecture design studio that checks designs for single points of failure and writes starter infrastructure as code.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Stackdraft %1&lt;/h3&gt;&lt;p&gt;Un studio de conception d&apos;architecture qui détecte les points de défaillance uniques et génère une première infrastructure as code.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Arrange</source>
        <translation>&amp;Organiser</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Canvas</source>
        <translation>Canevas</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Find component (Ctrl+F)</source>
        <translation>Rechercher un composant (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find component</source>
        <translation>Rechercher un composant</translation>
    </message>
    <message>
        <source>No component named “%1”</source>
        <translation>Aucun composant nommé « %1 »</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>Palette</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <source>&lt;opened design&gt;</source>
        <translation>&lt;conception ouverte&gt;</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Historique des annulations</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Zoom %1 %</source>
        <translation>Zoom %1 %</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>Effacer le menu</translation>
    </message>
    <message>
        <source>Cannot open design</source>
        <translation>Impossible d&apos;ouvrir la conception</translation>
    </message>
    <message>
        <source>%1 could not be opened; the current design is unchanged.

%2</source>
        <translation>Impossible d&apos;ouvrir %1 ; la conception actuelle n&apos;est pas modifiée.

%2</translation>
    </message>
    <message>
        <source>Cannot save design</source>
        <translation>Impossible d&apos;enregistrer la conception</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2
The file on disk is unchanged.</source>
        <translation>Impossible d&apos;enregistrer %1 : %2
Le fichier sur le disque n&apos;est pas modifié.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes. Save them first?</source>
        <translation>« %1 » contient des modifications non enregistrées. Les enregistrer d&apos;abord ?</translation>
    </message>
    <message>
        <source>Open Design</source>
        <translation>Ouvrir une conception</translation>
    </message>
    <message>
        <source>Save Design As</source>
        <translation>Enregistrer la conception sous</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revenir</translation>
    </message>
    <message>
        <source>Discard all changes since the last save?</source>
        <translation>Abandonner toutes les modifications depuis le dernier enregistrement ?</translation>
    </message>
    <message>
        <source>an unsaved design</source>
        <translation>une conception non enregistrée</translation>
    </message>
    <message>
        <source>Recover unsaved work?</source>
        <translation>Récupérer le travail non enregistré ?</translation>
    </message>
    <message>
        <source>Stackdraft did not close properly. Unsaved changes to %1 from %2 were kept.

Restore them?</source>
        <translation>Stackdraft ne s&apos;est pas fermé correctement. Des modifications non enregistrées ont été conservées pour %1 (%2).

Les restaurer ?</translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation>Récupération impossible</translation>
    </message>
    <message>
        <source>The recovery file could not be read.</source>
        <translation>Le fichier de récupération n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>Récupérer les modifications non enregistrées</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>Presse-papiers</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Couper</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>clipboard</source>
        <translation>presse-papiers</translation>
    </message>
    <message>
        <source>The clipboard holds no Stackdraft design</source>
        <translation>Le presse-papiers ne contient aucune conception Stackdraft</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Nouveau nom</translation>
    </message>
    <message>
        <source>Align</source>
        <translation>Aligner</translation>
    </message>
    <message>
        <source>Distribute</source>
        <translation>Répartir</translation>
    </message>
    <message>
        <source>The layout is already tidy</source>
        <translation>La disposition est déjà ordonnée</translation>
    </message>
    <message>
        <source>Auto-layout</source>
        <translation>Disposition automatique</translation>
    </message>
    <message>
        <source>Auto-layout selection</source>
        <translation>Disposition automatique de la sélection</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>%1 exporté vers %2</translation>
    </message>
    <message numerus="yes">
        <source>%n component(s)</source>
        <translation>
            <numerusform>%n composant</numerusform>
            <numerusform>%n composants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n connexion</numerusform>
            <numerusform>%n connexions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n zone(s)</source>
        <translation>
            <numerusform>%n zone</numerusform>
            <numerusform>%n zones</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Sélection : %1</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <source>&amp;Questionnaire</source>
        <translation>&amp;Questionnaire</translation>
    </message>
    <message>
        <source>The requirements questionnaire for workshops with product owners (Ctrl+Shift+Q)</source>
        <translation>Le questionnaire des exigences pour les ateliers avec les Product Owners (Ctrl+Maj+Q)</translation>
    </message>
    <message>
        <source>&amp;Ask About This</source>
        <translation>&amp;Poser des questions sur cet élément</translation>
    </message>
    <message>
        <source>Apply &amp;Sizing Suggestions…</source>
        <translation>Appliquer les suggestions de &amp;dimensionnement…</translation>
    </message>
    <message>
        <source>&amp;Design</source>
        <translation>&amp;Conception</translation>
    </message>
    <message>
        <source>The questionnaire asks nothing about this item</source>
        <translation>Le questionnaire ne pose aucune question sur cet élément</translation>
    </message>
    <message>
        <source>Simulate &amp;Failure</source>
        <translation>&amp;Simuler une panne</translation>
    </message>
    <message>
        <source>&amp;End Failure Simulation</source>
        <translation>&amp;Terminer la simulation de panne</translation>
    </message>
    <message>
        <source>Blast Radius &amp;Heat View</source>
        <translation>Carte t&amp;hermique du rayon d&apos;impact</translation>
    </message>
    <message>
        <source>Colours each component by how much of the design fails with it (Ctrl+Shift+H)</source>
        <translation>Colore chaque composant selon la part de la conception qui tombe en panne avec lui (Ctrl+Maj+H)</translation>
    </message>
    <message>
        <source>&amp;Validate Now</source>
        <translation>&amp;Valider maintenant</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Single points of failure and resilience gaps, checked as you draw</source>
        <translation>Points de défaillance uniques et lacunes de résilience, vérifiés pendant que vous dessinez</translation>
    </message>
    <message>
        <source>nothing else</source>
        <translation>rien d&apos;autre</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>&amp;Import Answers…</source>
        <translation>&amp;Importer des réponses…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Not saved: %1 was changed by another program</source>
        <translation>Non enregistré : %1 a été modifié par un autre programme</translation>
    </message>
    <message>
        <source>Cannot reload design</source>
        <translation>Impossible de recharger la conception</translation>
    </message>
    <message>
        <source>%1 could not be read again; your design here is unchanged.

%2</source>
        <translation>%1 n’a pas pu être relu ; votre conception ici est inchangée.

%2</translation>
    </message>
    <message>
        <source>Reloaded %1 from disk; Undo goes back to the version before</source>
        <translation>%1 rechargé depuis le disque ; Annuler revient à la version précédente</translation>
    </message>
    <message>
        <source>%1 was deleted or moved on disk; saving writes it again</source>
        <translation>%1 a été supprimé ou déplacé sur le disque ; l’enregistrement le réécrira</translation>
    </message>
    <message>
        <source>%1 was changed by another program; your unsaved changes are kept</source>
        <translation>%1 a été modifié par un autre programme ; vos modifications non enregistrées sont conservées</translation>
    </message>
    <message>
        <source>Imported %1: %2</source>
        <translation>%1 importé : %2</translation>
    </message>
    <message>
        <source>Send to &amp;Back</source>
        <translation>Mettre à l’&amp;arrière-plan</translation>
    </message>
    <message>
        <source>Add %1 and connect it</source>
        <translation>Ajouter %1 et le connecter</translation>
    </message>
    <message numerus="yes">
        <source>Connect %n component(s)</source>
        <translation>
            <numerusform>Connecter %n composant</numerusform>
            <numerusform>Connecter %n composants</numerusform>
        </translation>
    </message>
    <message>
        <source>Import %1 into the Design</source>
        <translation>Importer %1 dans la conception</translation>
    </message>
    <message>
        <source>Merged %1: %2 added, %3 updated, %4 connections added</source>
        <translation>%1 fusionné : %2 ajoutés, %3 mis à jour, %4 connexions ajoutées</translation>
    </message>
    <message>
        <source>Resolve Merge &amp;Conflicts…</source>
        <translation>Résoudre les &amp;conflits de fusion…</translation>
    </message>
    <message>
        <source>Resolve Merge &amp;Conflicts (%1)…</source>
        <translation>Résoudre les &amp;conflits de fusion (%1)…</translation>
    </message>
    <message numerus="yes">
        <source>Blast radius: it and %n other component(s) are lost if it fails</source>
        <translation>
            <numerusform>Rayon d’impact : s’il tombe en panne, lui et %n autre composant sont perdus</numerusform>
            <numerusform>Rayon d’impact : s’il tombe en panne, lui et %n autres composants sont perdus</numerusform>
        </translation>
    </message>
    <message>
        <source>Blast radius: only itself is lost if it fails</source>
        <translation>Rayon d’impact : s’il tombe en panne, lui seul est perdu</translation>
    </message>
    <message>
        <source>Failure simulation</source>
        <translation>Simulation de panne</translation>
    </message>
    <message>
        <source>Simulating: %1 fails.</source>
        <translation>Simulation : %1 tombe en panne.</translation>
    </message>
    <message>
        <source>It takes down %1 and cuts off %2.</source>
        <translation>Cela met hors service %1 et coupe %2.</translation>
    </message>
    <message>
        <source>It takes down %1; every entry point still works.</source>
        <translation>Cela met hors service %1 ; chaque point d’entrée fonctionne encore.</translation>
    </message>
    <message>
        <source>Add &amp;Note</source>
        <translation>Ajouter une &amp;note</translation>
    </message>
    <message>
        <source>Add a text note to the diagram (N)</source>
        <translation>Ajouter une note de texte au diagramme (N)</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>Note &amp;Colour</source>
        <translation>&amp;Couleur de la note</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Jaune</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Bleu</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Vert</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Rose</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Gris</translation>
    </message>
    <message>
        <source>Add &amp;Note Here</source>
        <translation>Ajouter une &amp;note ici</translation>
    </message>
</context>
<context>
    <name>sd::NewDesignDialog</name>
    <message>
        <source>New Design</source>
        <translation>Nouvelle conception</translation>
    </message>
    <message>
        <source>New design</source>
        <translation>Nouvelle conception</translation>
    </message>
    <message>
        <source>Start from a blank canvas or from one of the examples:</source>
        <translation>Partez d&apos;un canevas vierge ou de l&apos;un des exemples :</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Blank design</source>
        <translation>Conception vierge</translation>
    </message>
    <message>
        <source>An empty canvas</source>
        <translation>Un canevas vide</translation>
    </message>
    <message>
        <source>Template description</source>
        <translation>Description du modèle</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>An empty canvas. Drag components from the palette, connect them, and group them in zones.</source>
        <translation>Un canevas vide. Faites glisser des composants depuis la palette, reliez-les et regroupez-les dans des zones.</translation>
    </message>
    <message>
        <source>%1 component</source>
        <translation>%1 composant</translation>
    </message>
    <message>
        <source>%1 components</source>
        <translation>%1 composants</translation>
    </message>
    <message>
        <source>%1 connection</source>
        <translation>%1 connexion</translation>
    </message>
    <message>
        <source>%1 connections</source>
        <translation>%1 connexions</translation>
    </message>
    <message>
        <source>%1 zone</source>
        <translation>%1 zone</translation>
    </message>
    <message>
        <source>%1 zones</source>
        <translation>%1 zones</translation>
    </message>
    <message>
        <source>Untitled design</source>
        <translation>Conception sans titre</translation>
    </message>
</context>
<context>
    <name>sd::OverviewMap</name>
    <message>
        <source>Overview map</source>
        <translation>Carte d&apos;ensemble</translation>
    </message>
    <message>
        <source>The whole design; click or drag to move the canvas there</source>
        <translation>L&apos;ensemble de la conception ; cliquez ou faites glisser pour y déplacer le canevas</translation>
    </message>
</context>
<context>
    <name>sd::PaletteWidget</name>
    <message>
        <source>Roles: %1</source>
        <translation>Rôles : %1</translation>
    </message>
    <message>
        <source>Component palette</source>
        <translation>Palette de composants</translation>
    </message>
    <message>
        <source>Search components…</source>
        <translation>Rechercher des composants…</translation>
    </message>
    <message>
        <source>Search components</source>
        <translation>Rechercher des composants</translation>
    </message>
    <message>
        <source>Filter by name, id or description (Down moves into the list, Enter adds the first match)</source>
        <translation>Filtrer par nom, identifiant ou description (Bas passe dans la liste, Entrée ajoute le premier résultat)</translation>
    </message>
    <message>
        <source>Component kinds</source>
        <translation>Types de composants</translation>
    </message>
    <message>
        <source>No component matches.</source>
        <translation>Aucun composant ne correspond.</translation>
    </message>
    <message>
        <source>Category %1</source>
        <translation>Catégorie %1</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>A text note on the diagram</source>
        <translation>Une note de texte sur le diagramme</translation>
    </message>
    <message>
        <source>A text note on the diagram: drag it onto the canvas, or double-click</source>
        <translation>Une note de texte sur le diagramme : faites-la glisser sur le canevas, ou double-cliquez</translation>
    </message>
</context>
<context>
    <name>sd::PropertyEditor</name>
    <message>
        <source>%1 connections selected. Select a single connection to edit it.</source>
        <translation>%1 connexions sélectionnées. Sélectionnez une seule connexion pour la modifier.</translation>
    </message>
    <message>
        <source>%1 items selected: showing the properties they all share.</source>
        <translation>%1 éléments sélectionnés : affichage des propriétés qu&apos;ils ont tous en commun.</translation>
    </message>
    <message>
        <source>%1 selected connection is not shown.</source>
        <translation>%1 connexion sélectionnée n&apos;est pas affichée.</translation>
    </message>
    <message>
        <source>%1 selected connections are not shown.</source>
        <translation>%1 connexions sélectionnées ne sont pas affichées.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>The name shown on the canvas</source>
        <translation>Le nom affiché sur le canevas</translation>
    </message>
    <message>
        <source>(%1 items)</source>
        <translation>(%1 éléments)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Unknown kind</source>
        <translation>Type inconnu</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>These items share no properties.</source>
        <translation>Ces éléments n&apos;ont aucune propriété en commun.</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Par défaut : %1</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>Rétablir la valeur par défaut</translation>
    </message>
    <message>
        <source>Reset %1 to default</source>
        <translation>Rétablir la valeur par défaut de %1</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De :</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Vers :</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>How the caller talks to the callee (lower case)</source>
        <translation>Comment l&apos;appelant communique avec l&apos;appelé (en minuscules)</translation>
    </message>
    <message>
        <source>&amp;Protocol:</source>
        <translation>&amp;Protocole :</translation>
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
        <translation>Le port sur lequel l&apos;appelé écoute (— pour aucun)</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>sync (request/response)</source>
        <translation>sync (requête/réponse)</translation>
    </message>
    <message>
        <source>async (message, event)</source>
        <translation>async (message, événement)</translation>
    </message>
    <message>
        <source>Whether the caller waits for the answer</source>
        <translation>Indique si l&apos;appelant attend la réponse</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode :</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>e.g. reads and writes orders</source>
        <translation>p. ex. lit et écrit les commandes</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Libellé :</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Conception</translation>
    </message>
    <message>
        <source>Design size</source>
        <translation>Taille de la conception</translation>
    </message>
    <message>
        <source>Design name</source>
        <translation>Nom de la conception</translation>
    </message>
    <message>
        <source>The design needs a name.</source>
        <translation>La conception doit avoir un nom.</translation>
    </message>
    <message>
        <source>Design description</source>
        <translation>Description de la conception</translation>
    </message>
    <message>
        <source>What the system does, for whom, and at what scale</source>
        <translation>Ce que fait le système, pour qui et à quelle échelle</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>Select a component, zone or connection to edit it.</source>
        <translation>Sélectionnez un composant, une zone ou une connexion pour en modifier les propriétés.</translation>
    </message>
    <message>
        <source>Mixed values</source>
        <translation>Valeurs mixtes</translation>
    </message>
    <message>
        <source>%1 component</source>
        <translation>%1 composant</translation>
    </message>
    <message>
        <source>%1 components</source>
        <translation>%1 composants</translation>
    </message>
    <message>
        <source>%1 connection</source>
        <translation>%1 connexion</translation>
    </message>
    <message>
        <source>%1 connections</source>
        <translation>%1 connexions</translation>
    </message>
    <message>
        <source>%1 zone</source>
        <translation>%1 zone</translation>
    </message>
    <message>
        <source>%1 zones</source>
        <translation>%1 zones</translation>
    </message>
    <message>
        <source>%1 is out of range for &apos;%2&apos; (%3 to %4)</source>
        <translation>%1 est hors limites pour &apos;%2&apos; (%3 à %4)</translation>
    </message>
    <message>
        <source>Reset %1 of %2 items</source>
        <translation>Rétablir %1 sur %2 éléments</translation>
    </message>
    <message>
        <source>Change %1 of %2 items</source>
        <translation>Modifier %1 sur %2 éléments</translation>
    </message>
    <message>
        <source>A name cannot be empty.</source>
        <translation>Un nom ne peut pas être vide.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Line style</source>
        <translation>Style de ligne</translation>
    </message>
    <message>
        <source>Orthogonal (around the cards)</source>
        <translation>Orthogonale (autour des cartes)</translation>
    </message>
    <message>
        <source>Curved</source>
        <translation>Courbe</translation>
    </message>
    <message>
        <source>Straight</source>
        <translation>Droite</translation>
    </message>
    <message>
        <source>How the line is drawn on the canvas and in the diagram exports</source>
        <translation>Comment la ligne est tracée sur le canevas et dans les exports de diagramme</translation>
    </message>
    <message>
        <source>Remove Bends</source>
        <translation>Retirer les coudes</translation>
    </message>
    <message>
        <source>Takes out the bends dragged into this line, so it is routed on its own again</source>
        <translation>Retire les coudes ajoutés à cette ligne, qui est de nouveau tracée automatiquement</translation>
    </message>
    <message>
        <source>L&amp;ine:</source>
        <translation>L&amp;igne :</translation>
    </message>
</context>
<context>
    <name>sd::QuestionnaireView</name>
    <message>
        <source>Apply suggestions…</source>
        <translation>Appliquer les suggestions…</translation>
    </message>
    <message>
        <source>Change replicas, autoscaling and storage so that the design meets the answers (one undoable step).</source>
        <translation>Modifier les répliques, la mise à l&apos;échelle automatique et le stockage pour que la conception corresponde aux réponses (une seule étape annulable).</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Why we ask: %1</source>
        <translation>Pourquoi nous posons la question : %1</translation>
    </message>
    <message>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>(open)</source>
        <translation>(ouverte)</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>réponse</translation>
    </message>
    <message>
        <source>09:00-17:00 America/New_York</source>
        <translation>09:00-17:00 America/New_York</translation>
    </message>
    <message>
        <source>note: where the number comes from, exceptions…</source>
        <translation>note : d&apos;où vient le chiffre, exceptions…</translation>
    </message>
    <message>
        <source>Capacity estimate</source>
        <translation>Estimation de capacité</translation>
    </message>
    <message>
        <source>Peak load: &lt;b&gt;%1 requests per second&lt;/b&gt;.</source>
        <translation>Charge de pointe : &lt;b&gt;%1 requêtes par seconde&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Answer the peak concurrent users and the requests per user and minute to see requests per second and replicas.</source>
        <translation>Indiquez les utilisateurs simultanés au pic et les requêtes par utilisateur et par minute pour voir les requêtes par seconde et les répliques.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>req/s</source>
        <translation>req/s</translation>
    </message>
    <message>
        <source>CPUs busy</source>
        <translation>CPU occupés</translation>
    </message>
    <message>
        <source>Replicas (min–max)</source>
        <translation>Répliques (min–max)</translation>
    </message>
    <message>
        <source>%1 concurrent</source>
        <translation>%1 simultanées</translation>
    </message>
    <message>
        <source>Room to lose one availability zone is included. Unanswered CPU times count as %1 ms.</source>
        <translation>Une marge pour perdre une zone de disponibilité est incluse. Les temps CPU sans réponse comptent pour %1 ms.</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 Gio</translation>
    </message>
    <message>
        <source>Where the design does not meet the answers</source>
        <translation>Points où la conception ne correspond pas aux réponses</translation>
    </message>
    <message>
        <source>the questionnaire exporter is missing</source>
        <translation>l&apos;exportateur de questionnaire est absent</translation>
    </message>
    <message>
        <source>Export questionnaire as PDF</source>
        <translation>Exporter le questionnaire en PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Apply capacity suggestions</source>
        <translation>Appliquer les suggestions de capacité</translation>
    </message>
    <message>
        <source>These changes make the design meet the answers. They are applied as one step; Undo takes them all back.</source>
        <translation>Ces modifications mettent la conception en accord avec les réponses. Elles sont appliquées en une seule étape ; Annuler les retire toutes.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Propriété</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Suggéré</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Storage at the horizon</source>
        <translation>Stockage à l&apos;horizon</translation>
    </message>
    <message>
        <source>How each figure follows</source>
        <translation>D&apos;où vient chaque chiffre</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Édition</translation>
    </message>
    <message>
        <source>Show and print all questions, the product owner&apos;s (business questions in plain language) or the engineers&apos; worksheet; all are answered into the same design.</source>
        <translation>Afficher et imprimer toutes les questions, celles du product owner (questions métier en langage simple) ou la fiche des ingénieurs ; toutes sont répondues dans la même conception.</translation>
    </message>
    <message>
        <source>Affects in the drawing: %1</source>
        <translation>Concerne dans le dessin : %1</translation>
    </message>
    <message>
        <source>Nothing was imported from %1:</source>
        <translation>Rien n’a été importé de %1 :</translation>
    </message>
    <message>
        <source>Import answers from %1</source>
        <translation>Importer les réponses de %1</translation>
    </message>
    <message>
        <source>%1 answer(s) changed; %2.</source>
        <translation>%1 réponse(s) modifiée(s) ; %2.</translation>
    </message>
    <message>
        <source>%1 answer(s) no longer apply to the design and were left out:</source>
        <translation>%1 réponse(s) ne s’appliquent plus à la conception et ont été laissées de côté :</translation>
    </message>
    <message>
        <source>Import Answers</source>
        <translation>Importer des réponses</translation>
    </message>
    <message>
        <source>Answers files (*.yaml *.yml *.json);;All files (*)</source>
        <translation>Fichiers de réponses (*.yaml *.yml *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… et %1 de plus</translation>
    </message>
    <message>
        <source>Why we ask: as for “%1”</source>
        <translation>Pourquoi nous demandons : comme pour « %1 »</translation>
    </message>
    <message>
        <source>%1 today, %2 at %3 months</source>
        <translation>%1 aujourd&apos;hui, %2 à %3 mois</translation>
    </message>
    <message>
        <source>Import Again</source>
        <translation>Importer à nouveau</translation>
    </message>
    <message>
        <source>Import the changed answers file as one undoable step.</source>
        <translation>Importer le fichier de réponses modifié en une seule étape annulable.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>The answers file %1 changed on disk since it was imported.</source>
        <translation>Le fichier de réponses %1 a été modifié sur le disque depuis son importation.</translation>
    </message>
</context>
<context>
    <name>sd::StartPage</name>
    <message>
        <source>Start a design</source>
        <translation>Commencer une conception</translation>
    </message>
    <message>
        <source>Drag components from the palette onto the canvas, or:</source>
        <translation>Faites glisser des composants de la palette sur le canevas, ou :</translation>
    </message>
    <message>
        <source>New Design…</source>
        <translation>Nouvelle conception…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Récents</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Exemples</translation>
    </message>
    <message>
        <source>A new, untitled design from the example “%1”</source>
        <translation>Une nouvelle conception sans titre à partir de l’exemple « %1 »</translation>
    </message>
</context>
</TS>
