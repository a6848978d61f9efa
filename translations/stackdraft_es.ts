<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AnswersFile</name>
    <message>
        <source>an answers file must be a mapping with &apos;answers&apos;, not %1</source>
        <translation>un archivo de respuestas debe ser un mapeo con &apos;answers&apos;, no %1</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; (expected stackdraftAnswers, design, progress, answers)</source>
        <translation>clave desconocida &apos;%1&apos; (se esperaba stackdraftAnswers, design, progress, answers)</translation>
    </message>
    <message>
        <source>&apos;stackdraftAnswers&apos; must be a format version number</source>
        <translation>&apos;stackdraftAnswers&apos; debe ser un número de versión de formato</translation>
    </message>
    <message>
        <source>answers file version %1 is newer than this Stackdraft understands (%2)</source>
        <translation>la versión %1 del archivo de respuestas es más reciente de lo que entiende esta versión de Stackdraft (%2)</translation>
    </message>
    <message>
        <source>the answers are for the design &apos;%1&apos;, not &apos;%2&apos;</source>
        <translation>las respuestas son para el diseño &apos;%1&apos;, no para &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;answers&apos; is missing</source>
        <translation>falta &apos;answers&apos;</translation>
    </message>
    <message>
        <source>&apos;answers&apos; must be a list, not %1</source>
        <translation>&apos;answers&apos; debe ser una lista, no %1</translation>
    </message>
    <message>
        <source>answer %1</source>
        <translation>respuesta %1</translation>
    </message>
    <message>
        <source>%1 must be a mapping with &apos;question&apos; and &apos;value&apos;, not %2</source>
        <translation>%1 debe ser un mapeo con &apos;question&apos; y &apos;value&apos;, no %2</translation>
    </message>
    <message>
        <source>%1: unknown key &apos;%2&apos; (expected question, value, note)</source>
        <translation>%1: clave desconocida &apos;%2&apos; (se esperaba question, value, note)</translation>
    </message>
    <message>
        <source>%1 has no &apos;question&apos; id</source>
        <translation>%1 no tiene id de &apos;question&apos;</translation>
    </message>
    <message>
        <source>unknown question id &apos;%1&apos;</source>
        <translation>id de pregunta desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>question &apos;%1&apos; is answered twice</source>
        <translation>la pregunta &apos;%1&apos; tiene dos respuestas</translation>
    </message>
    <message>
        <source>the note of &apos;%1&apos; must be text, not %2</source>
        <translation>la nota de &apos;%1&apos; debe ser texto, no %2</translation>
    </message>
    <message>
        <source>%1 questions to answer</source>
        <translation>%1 preguntas por responder</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>no existe el archivo</translation>
    </message>
    <message>
        <source>is a folder, not an answers file</source>
        <translation>es una carpeta, no un archivo de respuestas</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>el archivo supera los %1 MiB</translation>
    </message>
    <message>
        <source>&apos;%1&apos; no longer applies and is not imported: %2</source>
        <translation>&apos;%1&apos; ya no se aplica y no se importa: %2</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>only %1 of %2 bytes reached the disk</source>
        <translation>solo %1 de %2 bytes llegaron al disco</translation>
    </message>
    <message>
        <source>the file read back differs from what was written</source>
        <translation>el archivo releído difiere de lo que se escribió</translation>
    </message>
    <message>
        <source>it is a symbolic link; Stackdraft does not write through links here</source>
        <translation>es un enlace simbólico; Stackdraft no escribe a través de enlaces aquí</translation>
    </message>
    <message>
        <source>it is a symbolic link to nothing</source>
        <translation>es un enlace simbólico que no apunta a nada</translation>
    </message>
    <message>
        <source>it exists and is not a regular file</source>
        <translation>existe y no es un archivo normal</translation>
    </message>
</context>
<context>
    <name>Canvas</name>
    <message>
        <source>autoscale %1–%2</source>
        <translation>autoescalado %1–%2</translation>
    </message>
    <message numerus="yes">
        <source>%n replica(s)</source>
        <translation>
            <numerusform>%n réplica</numerusform>
            <numerusform>%n réplicas</numerusform>
        </translation>
    </message>
    <message>
        <source>multi-AZ</source>
        <translation>multi-AZ</translation>
    </message>
    <message>
        <source>public</source>
        <translation>público</translation>
    </message>
    <message>
        <source>cross-region</source>
        <translation>entre regiones</translation>
    </message>
</context>
<context>
    <name>Capacity</name>
    <message>
        <source>it runs in a single availability zone; losing that zone stops it</source>
        <translation>se ejecuta en una sola zona de disponibilidad; si se pierde esa zona, se detiene</translation>
    </message>
    <message>
        <source>autoscaling stops at %1 replicas, below the %2 the peak needs with room to lose a zone</source>
        <translation>el escalado automático se detiene en %1 réplicas, por debajo de las %2 que necesita el pico con margen para perder una zona</translation>
    </message>
    <message>
        <source>autoscaling stops at %1 replicas, below the %2 the peak needs</source>
        <translation>el escalado automático se detiene en %1 réplicas, por debajo de las %2 que necesita el pico</translation>
    </message>
    <message>
        <source>a fixed replica count of %1 cannot carry the peak, which needs %2 with room to lose a zone</source>
        <translation>un número fijo de %1 réplicas no puede soportar el pico, que necesita %2 con margen para perder una zona</translation>
    </message>
    <message>
        <source>a fixed replica count of %1 cannot carry the peak, which needs %2</source>
        <translation>un número fijo de %1 réplicas no puede soportar el pico, que necesita %2</translation>
    </message>
    <message>
        <source>follow the load between normal and peak</source>
        <translation>seguir la carga entre el nivel normal y el pico</translation>
    </message>
    <message>
        <source>start with the autoscaling minimum</source>
        <translation>empezar con el mínimo del escalado automático</translation>
    </message>
    <message>
        <source>its rate limit of %1 req/s throttles the expected peak of %2 req/s</source>
        <translation>su límite de tasa de %1 req/s limita el pico esperado de %2 req/s</translation>
    </message>
    <message>
        <source>25 % above the expected peak, rounded up to 100</source>
        <translation>un 25 % por encima del pico esperado, redondeado a la centena superior</translation>
    </message>
    <message>
        <source>a single copy in one zone cannot meet the %1 % availability target</source>
        <translation>una sola copia en una zona no puede cumplir el objetivo de disponibilidad del %1 %</translation>
    </message>
    <message>
        <source>a standby in another zone takes over automatically</source>
        <translation>una instancia en espera en otra zona toma el relevo automáticamente</translation>
    </message>
    <message>
        <source>without a copy in another region, losing the region loses more than the %1 minutes of data allowed</source>
        <translation>sin una copia en otra región, perder la región pierde más de los %1 minutos de datos permitidos</translation>
    </message>
    <message>
        <source>its SLA of %1 % is below the %2 % target and there is no fallback</source>
        <translation>su SLA del %1 % está por debajo del objetivo del %2 % y no hay alternativa de respaldo</translation>
    </message>
    <message>
        <source>answer not used: %1</source>
        <translation>respuesta no usada: %1</translation>
    </message>
    <message>
        <source>%1 users at the same time at the peak (answered)</source>
        <translation>%1 usuarios a la vez en el pico (respondido)</translation>
    </message>
    <message>
        <source>%1 daily users x %2 min per session / %3 min peak window = %4 users at the same time (Little&apos;s law)</source>
        <translation>%1 usuarios diarios x %2 min por sesión / %3 min de ventana de pico = %4 usuarios a la vez (ley de Little)</translation>
    </message>
    <message>
        <source>x %1 peak multiplier = %2 users at the same time at the peak</source>
        <translation>x %1 multiplicador de pico = %2 usuarios a la vez en el pico</translation>
    </message>
    <message>
        <source>peak concurrent users: answer them, or derive them from %1</source>
        <translation>usuarios a la vez en el pico: respóndalos o derívelos de %1</translation>
    </message>
    <message>
        <source>%1 users x %2 requests per minute / 60 = %3 req/s at each entry point</source>
        <translation>%1 usuarios x %2 peticiones por minuto / 60 = %3 pet/s en cada punto de entrada</translation>
    </message>
    <message>
        <source>growth: %1 daily users in %2 months / %3 today = x %4</source>
        <translation>crecimiento: %1 usuarios diarios en %2 meses / %3 hoy = x %4</translation>
    </message>
    <message>
        <source>the expected daily users (%1) are fewer than today&apos;s (%2): sized for today</source>
        <translation>los usuarios diarios esperados (%1) son menos que hoy (%2): dimensionado para hoy</translation>
    </message>
    <message>
        <source>needs %1 GiB of storage: beyond one store; partition, archive or re-think</source>
        <translation>necesita %1 GiB de almacenamiento: más de lo que admite un almacén; particione, archive o replantee</translation>
    </message>
    <message>
        <source>needs %1 replicas: beyond one deployment; shard or re-think</source>
        <translation>necesita %1 réplicas: más de lo que admite un despliegue; fragmente o replantee</translation>
    </message>
    <message>
        <source>%1 req/s at the peak (answered)</source>
        <translation>%1 pet/s en el pico (respondido)</translation>
    </message>
    <message>
        <source>entry point: %1 req/s</source>
        <translation>punto de entrada: %1 pet/s</translation>
    </message>
    <message>
        <source>%1 %2 req/s x %3 calls per request</source>
        <translation>%1 %2 pet/s x %3 llamadas por petición</translation>
    </message>
    <message>
        <source>%1 = %2 req/s at the peak</source>
        <translation>%1 = %2 pet/s en el pico</translation>
    </message>
    <message>
        <source>runs on its schedule, one run at a time: the user load does not apply</source>
        <translation>se ejecuta según su programación, una ejecución a la vez: la carga de usuarios no se aplica</translation>
    </message>
    <message>
        <source>runs on its schedule (%1), one run at a time: the user load does not apply</source>
        <translation>se ejecuta según su programación (%1), una ejecución a la vez: la carga de usuarios no se aplica</translation>
    </message>
    <message>
        <source>no entry point reaches it and its own peak is not answered: no load (draw who calls it, or answer its peak)</source>
        <translation>ningún punto de entrada lo alcanza y su propio pico no está respondido: sin carga (dibuje quién lo llama o responda su pico)</translation>
    </message>
    <message>
        <source>%1 req/s x %2 ms CPU per request%3 = %4 CPUs busy</source>
        <translation>%1 pet/s x %2 ms de CPU por petición%3 = %4 CPU ocupadas</translation>
    </message>
    <message>
        <source> (assumed)</source>
        <translation> (supuesto)</translation>
    </message>
    <message>
        <source>one execution per busy CPU: %1 concurrent executions</source>
        <translation>una ejecución por CPU ocupada: %1 ejecuciones simultáneas</translation>
    </message>
    <message>
        <source>%1 CPU per replica at %2 % target carries %3 CPU: %4 / %3 = %5 replicas</source>
        <translation>%1 CPU por réplica al %2 % objetivo soporta %3 CPU: %4 / %3 = %5 réplicas</translation>
    </message>
    <message>
        <source>%1 zones%2, room to lose one: %3 replicas at the peak</source>
        <translation>%1 zonas%2, margen para perder una: %3 réplicas en el pico</translation>
    </message>
    <message>
        <source>one zone, no room to lose it: %1 replicas at the peak</source>
        <translation>una zona, sin margen para perderla: %1 réplicas en el pico</translation>
    </message>
    <message>
        <source>normal load %1 req/s (peak / %2): %3 replicas, at least %4 over the zones: minimum %5</source>
        <translation>carga normal %1 pet/s (pico / %2): %3 réplicas, al menos %4 entre las zonas: mínimo %5</translation>
    </message>
    <message>
        <source>peak multiplier not answered: minimum %1 for availability (at least one per zone and 2)</source>
        <translation>multiplicador de pico sin responder: mínimo %1 por disponibilidad (al menos uno por zona y 2)</translation>
    </message>
    <message>
        <source>at the horizon (x %1 in %2 months): %3 req/s, %4 CPUs busy, %5 to %6 replicas</source>
        <translation>en el horizonte (x %1 en %2 meses): %3 pet/s, %4 CPU ocupadas, %5 a %6 réplicas</translation>
    </message>
    <message>
        <source>%1 req/s x %2 KiB per request = %3 MiB/s of network at the peak</source>
        <translation>%1 pet/s x %2 KiB por petición = %3 MiB/s de red en el pico</translation>
    </message>
    <message>
        <source>%1 GiB today + %2 months x %3 GiB = %4 GiB</source>
        <translation>%1 GiB hoy + %2 meses x %3 GiB = %4 GiB</translation>
    </message>
    <message>
        <source>%1 GiB of storage is less than the %2 GiB expected after %3 months</source>
        <translation>%1 GiB de almacenamiento son menos que los %2 GiB esperados tras %3 meses</translation>
    </message>
    <message>
        <source>the size after %1 months plus 25 %</source>
        <translation>el tamaño tras %1 meses más un 25 %</translation>
    </message>
    <message>
        <source>without backups, losing it loses everything; the recovery point allows %1 minutes</source>
        <translation>sin copias de seguridad, perderlo lo pierde todo; el punto de recuperación permite %1 minutos</translation>
    </message>
    <message>
        <source>point-in-time recovery keeps the loss to minutes, within the %1 minutes allowed</source>
        <translation>la recuperación a un momento dado limita la pérdida a minutos, dentro de los %1 minutos permitidos</translation>
    </message>
    <message>
        <source>below 5 minutes of loss needs a synchronous standby; backups lose up to 5 minutes</source>
        <translation>menos de 5 minutos de pérdida requiere una réplica síncrona; las copias pierden hasta 5 minutos</translation>
    </message>
    <message>
        <source>restoring %1 GiB at about %2 GiB per hour takes %3 h, longer than the %4 minutes it may be down</source>
        <translation>restaurar %1 GiB a unos %2 GiB por hora lleva %3 h, más que los %4 minutos que puede estar caído</translation>
    </message>
    <message>
        <source>a standby takes over in minutes instead of a restore of hours</source>
        <translation>una réplica en espera toma el relevo en minutos en lugar de una restauración de horas</translation>
    </message>
    <message>
        <source>%1 daily users on average to the horizon x %2 uploads per day x %3 MB x 30 days / %4 MB per GiB = %5 GiB per month</source>
        <translation>%1 usuarios diarios de media hasta el horizonte x %2 subidas por día x %3 MB x 30 días / %4 MB por GiB = %5 GiB por mes</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>%1 is out of range for &apos;%2&apos; (%3 to %4)</source>
        <translation>%1 está fuera del intervalo de &apos;%2&apos; (%3 a %4)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a whole number</source>
        <translation>&apos;%1&apos; requiere un número entero</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a number</source>
        <translation>&apos;%1&apos; requiere un número</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs true or false</source>
        <translation>&apos;%1&apos; requiere true o false</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be one of: %2</source>
        <translation>&apos;%1&apos; debe ser uno de: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs text</source>
        <translation>&apos;%1&apos; requiere texto</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>Réplicas</translation>
    </message>
    <message>
        <source>How many identical instances run at the same time. One replica fails alone.</source>
        <translation>Cuántas instancias idénticas se ejecutan a la vez. Una réplica falla por sí sola.</translation>
    </message>
    <message>
        <source>Autoscaling</source>
        <translation>Escalado automático</translation>
    </message>
    <message>
        <source>Add and remove replicas with the load.</source>
        <translation>Añadir y quitar réplicas según la carga.</translation>
    </message>
    <message>
        <source>Minimum replicas</source>
        <translation>Réplicas mínimas</translation>
    </message>
    <message>
        <source>Replicas that always run, even without load.</source>
        <translation>Réplicas que siempre se ejecutan, incluso sin carga.</translation>
    </message>
    <message>
        <source>Maximum replicas</source>
        <translation>Réplicas máximas</translation>
    </message>
    <message>
        <source>Upper bound for autoscaling; it must cover the expected peak.</source>
        <translation>Límite superior del escalado automático; debe cubrir el pico esperado.</translation>
    </message>
    <message>
        <source>CPU target</source>
        <translation>Objetivo de CPU</translation>
    </message>
    <message>
        <source>Average CPU use, relative to the CPU request, that autoscaling aims for. Sensible values are 50 to 80 %.</source>
        <translation>Uso medio de CPU, relativo a la solicitud de CPU, al que apunta el escalado automático. Los valores razonables van del 50 al 80 %.</translation>
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
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Take automated backups with point-in-time recovery.</source>
        <translation>Hacer copias de seguridad automáticas con recuperación a un momento dado.</translation>
    </message>
    <message>
        <source>Backup retention</source>
        <translation>Retención de copias</translation>
    </message>
    <message>
        <source>How long backups are kept. Seven days is the usual minimum.</source>
        <translation>Cuánto tiempo se conservan las copias de seguridad. Siete días es el mínimo habitual.</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>Cross-region replica</source>
        <translation>Réplica entre regiones</translation>
    </message>
    <message>
        <source>Keep a copy in another region, for recovery when a whole region is lost.</source>
        <translation>Mantener una copia en otra región, para recuperarse si se pierde una región entera.</translation>
    </message>
    <message>
        <source>Replica region</source>
        <translation>Región de la réplica</translation>
    </message>
    <message>
        <source>Region that holds the cross-region copy.</source>
        <translation>Región que aloja la copia entre regiones.</translation>
    </message>
    <message>
        <source>eu-central-1</source>
        <translation>eu-central-1</translation>
    </message>
    <message>
        <source>Versioning</source>
        <translation>Control de versiones</translation>
    </message>
    <message>
        <source>Keep earlier versions of objects, so an overwrite or delete can be undone.</source>
        <translation>Conservar versiones anteriores de los objetos, para poder deshacer una sobrescritura o un borrado.</translation>
    </message>
    <message>
        <source>Encryption at rest</source>
        <translation>Cifrado en reposo</translation>
    </message>
    <message>
        <source>Encrypt stored data with a managed key.</source>
        <translation>Cifrar los datos almacenados con una clave gestionada.</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Público</translation>
    </message>
    <message>
        <source>Instance size</source>
        <translation>Tamaño de instancia</translation>
    </message>
    <message>
        <source>Size class of each instance; exporters map it to the provider&apos;s instance types.</source>
        <translation>Clase de tamaño de cada instancia; los exportadores la asignan a los tipos de instancia del proveedor.</translation>
    </message>
    <message>
        <source>Container image</source>
        <translation>Imagen de contenedor</translation>
    </message>
    <message>
        <source>Image with a fixed tag (never latest).</source>
        <translation>Imagen con una etiqueta fija (nunca latest).</translation>
    </message>
    <message>
        <source>registry.example.com/team/service:1.0.0</source>
        <translation>registry.example.com/team/service:1.0.0</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Port the process listens on.</source>
        <translation>Puerto en el que escucha el proceso.</translation>
    </message>
    <message>
        <source>CPU request</source>
        <translation>Solicitud de CPU</translation>
    </message>
    <message>
        <source>CPU reserved for each replica; autoscaling measures against it.</source>
        <translation>CPU reservada para cada réplica; el escalado automático se mide respecto a ella.</translation>
    </message>
    <message>
        <source>millicores</source>
        <translation>milicores</translation>
    </message>
    <message>
        <source>CPU limit</source>
        <translation>Límite de CPU</translation>
    </message>
    <message>
        <source>Most CPU one replica may use.</source>
        <translation>CPU máxima que puede usar una réplica.</translation>
    </message>
    <message>
        <source>Memory request</source>
        <translation>Solicitud de memoria</translation>
    </message>
    <message>
        <source>Memory reserved for each replica.</source>
        <translation>Memoria reservada para cada réplica.</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>Memory limit</source>
        <translation>Límite de memoria</translation>
    </message>
    <message>
        <source>Most memory one replica may use before it is restarted.</source>
        <translation>Memoria máxima que puede usar una réplica antes de que se reinicie.</translation>
    </message>
    <message>
        <source>Liveness path</source>
        <translation>Ruta de liveness</translation>
    </message>
    <message>
        <source>HTTP path that answers while the process is alive.</source>
        <translation>Ruta HTTP que responde mientras el proceso está vivo.</translation>
    </message>
    <message>
        <source>Readiness path</source>
        <translation>Ruta de readiness</translation>
    </message>
    <message>
        <source>HTTP path that answers when the process can take traffic.</source>
        <translation>Ruta HTTP que responde cuando el proceso puede recibir tráfico.</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Almacenamiento</translation>
    </message>
    <message>
        <source>Provisioned storage per instance.</source>
        <translation>Almacenamiento aprovisionado por instancia.</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <source>Hosting</source>
        <translation>Alojamiento</translation>
    </message>
    <message>
        <source>A managed cloud service, run in the Kubernetes cluster, or self-hosted on virtual machines.</source>
        <translation>Un servicio gestionado en la nube, ejecutado en el clúster de Kubernetes o autoalojado en máquinas virtuales.</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Cómputo</translation>
    </message>
    <message>
        <source>Microservice</source>
        <translation>Microservicio</translation>
    </message>
    <message>
        <source>A service in a container, one job, deployed on its own.</source>
        <translation>Un servicio en un contenedor, con una sola tarea, desplegado por separado.</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Where the containers run: a Kubernetes cluster, the provider&apos;s container service, or plain virtual machines.</source>
        <translation>Dónde se ejecutan los contenedores: un clúster de Kubernetes, el servicio de contenedores del proveedor o simples máquinas virtuales.</translation>
    </message>
    <message>
        <source>Stateful</source>
        <translation>Con estado</translation>
    </message>
    <message>
        <source>Keeps state in memory or on local disk between requests; scaling out then needs shared state.</source>
        <translation>Guarda estado en memoria o en disco local entre solicitudes; escalar horizontalmente requiere entonces estado compartido.</translation>
    </message>
    <message>
        <source>Shared state</source>
        <translation>Estado compartido</translation>
    </message>
    <message>
        <source>State lives in a shared or replicated store, so any replica can serve any request.</source>
        <translation>El estado reside en un almacén compartido o replicado, así que cualquier réplica puede atender cualquier solicitud.</translation>
    </message>
    <message>
        <source>Monolith</source>
        <translation>Monolito</translation>
    </message>
    <message>
        <source>One deployable application that holds many features.</source>
        <translation>Una aplicación desplegable que reúne muchas funcionalidades.</translation>
    </message>
    <message>
        <source>Where the application runs: a Kubernetes cluster, the provider&apos;s container service, or plain virtual machines.</source>
        <translation>Dónde se ejecuta la aplicación: un clúster de Kubernetes, el servicio de contenedores del proveedor o simples máquinas virtuales.</translation>
    </message>
    <message>
        <source>Keeps sessions or files locally; scaling out then needs shared state.</source>
        <translation>Guarda sesiones o archivos localmente; escalar horizontalmente requiere entonces estado compartido.</translation>
    </message>
    <message>
        <source>Serverless function</source>
        <translation>Función serverless</translation>
    </message>
    <message>
        <source>Code run on demand by the platform, scaled per request.</source>
        <translation>Código que la plataforma ejecuta bajo demanda, escalado por solicitud.</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Entorno de ejecución</translation>
    </message>
    <message>
        <source>Language runtime of the function; pick one the provider still supports so it keeps getting security patches.</source>
        <translation>Entorno de ejecución del lenguaje de la función; elija uno que el proveedor aún admita para seguir recibiendo parches de seguridad.</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <source>Memory per invocation; CPU grows with it.</source>
        <translation>Memoria por invocación; la CPU crece con ella.</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Tiempo de espera</translation>
    </message>
    <message>
        <source>Longest an invocation may run before it is stopped; keep it below the timeout of whoever calls the function.</source>
        <translation>Tiempo máximo que puede durar una invocación antes de detenerse; manténgalo por debajo del tiempo de espera de quien llama a la función.</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Disparador</translation>
    </message>
    <message>
        <source>What starts the function: an HTTP request, a queue message, a schedule or an event.</source>
        <translation>Qué inicia la función: una solicitud HTTP, un mensaje de una cola, una programación o un evento.</translation>
    </message>
    <message>
        <source>Batch job</source>
        <translation>Trabajo por lotes</translation>
    </message>
    <message>
        <source>A scheduled or triggered job that runs to completion.</source>
        <translation>Un trabajo programado o desencadenado que se ejecuta hasta completarse.</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Programación</translation>
    </message>
    <message>
        <source>Cron expression of when the job runs (UTC).</source>
        <translation>Expresión cron de cuándo se ejecuta el trabajo (UTC).</translation>
    </message>
    <message>
        <source>Virtual machine</source>
        <translation>Máquina virtual</translation>
    </message>
    <message>
        <source>A server you operate yourself: operating system, patches and all.</source>
        <translation>Un servidor que usted mismo opera: sistema operativo, parches y todo lo demás.</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Sistema operativo</translation>
    </message>
    <message>
        <source>Operating system image family; on a virtual machine you patch it yourself.</source>
        <translation>Familia de imágenes del sistema operativo; en una máquina virtual, usted mismo aplica los parches.</translation>
    </message>
    <message>
        <source>Port the application listens on.</source>
        <translation>Puerto en el que escucha la aplicación.</translation>
    </message>
    <message>
        <source>Kubernetes cluster</source>
        <translation>Clúster de Kubernetes</translation>
    </message>
    <message>
        <source>A managed Kubernetes cluster; the workloads inside it run on its nodes.</source>
        <translation>Un clúster de Kubernetes gestionado; las cargas de trabajo que contiene se ejecutan en sus nodos.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Kubernetes minor version to run; stay on a supported version to keep getting security fixes.</source>
        <translation>Versión menor de Kubernetes que se ejecuta; manténgase en una versión con soporte para seguir recibiendo correcciones de seguridad.</translation>
    </message>
    <message>
        <source>Minimum nodes</source>
        <translation>Nodos mínimos</translation>
    </message>
    <message>
        <source>Nodes that always run; three spreads over three zones.</source>
        <translation>Nodos que siempre se ejecutan; tres se reparten entre tres zonas.</translation>
    </message>
    <message>
        <source>Maximum nodes</source>
        <translation>Nodos máximos</translation>
    </message>
    <message>
        <source>Upper bound for the cluster autoscaler.</source>
        <translation>Límite superior del escalador automático del clúster.</translation>
    </message>
    <message>
        <source>Private endpoint</source>
        <translation>Punto de conexión privado</translation>
    </message>
    <message>
        <source>Keep the control plane off the public internet.</source>
        <translation>Mantener el plano de control fuera de la Internet pública.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Relational database</source>
        <translation>Base de datos relacional</translation>
    </message>
    <message>
        <source>PostgreSQL or MySQL, managed or self-hosted.</source>
        <translation>PostgreSQL o MySQL, gestionada o autoalojada.</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Motor</translation>
    </message>
    <message>
        <source>Database engine; exporters pick the matching managed service or container image.</source>
        <translation>Motor de base de datos; los exportadores eligen el servicio gestionado o la imagen de contenedor correspondiente.</translation>
    </message>
    <message>
        <source>Engine version</source>
        <translation>Versión del motor</translation>
    </message>
    <message>
        <source>Major version of the engine; stay on a supported version to keep getting security fixes.</source>
        <translation>Versión principal del motor; manténgase en una versión con soporte para seguir recibiendo correcciones de seguridad.</translation>
    </message>
    <message>
        <source>Distributed SQL</source>
        <translation>SQL distribuido</translation>
    </message>
    <message>
        <source>Globally distributed SQL database (Spanner-like) with synchronous replication.</source>
        <translation>Base de datos SQL distribuida globalmente (tipo Spanner) con replicación síncrona.</translation>
    </message>
    <message>
        <source>Distributed SQL product; each keeps a majority quorum of replicas, so plan for at least three.</source>
        <translation>Producto de SQL distribuido; cada uno mantiene un quórum mayoritario de réplicas, así que prevea al menos tres.</translation>
    </message>
    <message>
        <source>Multi-region</source>
        <translation>Multirregión</translation>
    </message>
    <message>
        <source>Replicate across regions so a region loss keeps the database available.</source>
        <translation>Replicar entre regiones para que la base de datos siga disponible si se pierde una región.</translation>
    </message>
    <message>
        <source>Document database</source>
        <translation>Base de datos documental</translation>
    </message>
    <message>
        <source>Document or key-value NoSQL store.</source>
        <translation>Almacén NoSQL de documentos o clave-valor.</translation>
    </message>
    <message>
        <source>Document database product; DynamoDB, Firestore and Cosmos DB are each tied to one cloud provider.</source>
        <translation>Producto de base de datos documental; DynamoDB, Firestore y Cosmos DB están ligados cada uno a un proveedor de nube.</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Caché</translation>
    </message>
    <message>
        <source>In-memory cache such as Redis or Memcached.</source>
        <translation>Caché en memoria como Redis o Memcached.</translation>
    </message>
    <message>
        <source>Cache engine; Redis can replicate and fail over, Memcached loses its data when a node goes away.</source>
        <translation>Motor de caché; Redis puede replicar y conmutar por error, Memcached pierde sus datos cuando desaparece un nodo.</translation>
    </message>
    <message>
        <source>Version of the engine; stay on a supported version to keep getting security fixes.</source>
        <translation>Versión del motor; manténgase en una versión con soporte para seguir recibiendo correcciones de seguridad.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <source>Full-text search cluster such as Elasticsearch or OpenSearch.</source>
        <translation>Clúster de búsqueda de texto completo como Elasticsearch u OpenSearch.</translation>
    </message>
    <message>
        <source>Search engine; OpenSearch is the open-source fork of Elasticsearch and both use the same APIs.</source>
        <translation>Motor de búsqueda; OpenSearch es el fork de código abierto de Elasticsearch y ambos usan las mismas API.</translation>
    </message>
    <message>
        <source>Object storage</source>
        <translation>Almacenamiento de objetos</translation>
    </message>
    <message>
        <source>Buckets of files and blobs (S3, Cloud Storage, Blob Storage).</source>
        <translation>Buckets de archivos y blobs (S3, Cloud Storage, Blob Storage).</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Ciclo de vida</translation>
    </message>
    <message>
        <source>Days after which old objects expire; 0 keeps them.</source>
        <translation>Días tras los que caducan los objetos antiguos; 0 los conserva.</translation>
    </message>
    <message>
        <source>Message queue</source>
        <translation>Cola de mensajes</translation>
    </message>
    <message>
        <source>A queue that decouples producers from consumers.</source>
        <translation>Una cola que desacopla a los productores de los consumidores.</translation>
    </message>
    <message>
        <source>The provider&apos;s managed queue or a broker you run.</source>
        <translation>La cola gestionada del proveedor o un broker que usted opera.</translation>
    </message>
    <message>
        <source>Dead-letter queue</source>
        <translation>Cola de mensajes fallidos</translation>
    </message>
    <message>
        <source>Park messages that keep failing instead of retrying them forever.</source>
        <translation>Apartar los mensajes que fallan una y otra vez en lugar de reintentarlos para siempre.</translation>
    </message>
    <message>
        <source>Max receives</source>
        <translation>Máx. recepciones</translation>
    </message>
    <message>
        <source>Deliveries before a message goes to the dead-letter queue.</source>
        <translation>Entregas antes de que un mensaje pase a la cola de mensajes fallidos.</translation>
    </message>
    <message>
        <source>FIFO</source>
        <translation>FIFO</translation>
    </message>
    <message>
        <source>Deliver in order, exactly once, at lower throughput.</source>
        <translation>Entregar en orden y exactamente una vez, con menor rendimiento.</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retención</translation>
    </message>
    <message>
        <source>How long unconsumed messages are kept; it must outlast the longest consumer outage you plan for.</source>
        <translation>Cuánto tiempo se conservan los mensajes no consumidos; debe superar la caída de consumidores más larga que prevea.</translation>
    </message>
    <message>
        <source>Event stream</source>
        <translation>Flujo de eventos</translation>
    </message>
    <message>
        <source>A partitioned, replicated log such as Kafka.</source>
        <translation>Un registro particionado y replicado como Kafka.</translation>
    </message>
    <message>
        <source>Kafka, or the provider&apos;s managed stream.</source>
        <translation>Kafka, o el flujo gestionado del proveedor.</translation>
    </message>
    <message>
        <source>Partitions</source>
        <translation>Particiones</translation>
    </message>
    <message>
        <source>Partitions per topic; they cap how many consumers of one group can read in parallel.</source>
        <translation>Particiones por topic; limitan cuántos consumidores de un mismo grupo pueden leer en paralelo.</translation>
    </message>
    <message>
        <source>How long events stay readable, so consumers can catch up or replay after an outage.</source>
        <translation>Cuánto tiempo siguen siendo legibles los eventos, para que los consumidores puedan ponerse al día o reproducirlos tras una caída.</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>Data warehouse</source>
        <translation>Almacén de datos</translation>
    </message>
    <message>
        <source>Analytical store for reporting (BigQuery, Redshift, Synapse, Snowflake).</source>
        <translation>Almacén analítico para informes (BigQuery, Redshift, Synapse, Snowflake).</translation>
    </message>
    <message>
        <source>Warehouse product; exporters map it to the matching provider service.</source>
        <translation>Producto de almacén de datos; los exportadores lo asignan al servicio correspondiente del proveedor.</translation>
    </message>
    <message>
        <source>Edge</source>
        <translation>Perímetro</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>Domain name service that points clients at your entry points.</source>
        <translation>Servicio de nombres de dominio que dirige a los clientes a sus puntos de entrada.</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>Domain served here; every request starts with a DNS lookup, so host it with a highly available provider.</source>
        <translation>Dominio servido aquí; cada solicitud empieza con una consulta DNS, así que alójelo en un proveedor de alta disponibilidad.</translation>
    </message>
    <message>
        <source>CDN</source>
        <translation>CDN</translation>
    </message>
    <message>
        <source>Content delivery network that caches static and cacheable content near users.</source>
        <translation>Red de distribución de contenido que almacena en caché el contenido estático y cacheable cerca de los usuarios.</translation>
    </message>
    <message>
        <source>Cache TTL</source>
        <translation>TTL de caché</translation>
    </message>
    <message>
        <source>How long edge locations keep a response before asking the origin again; longer times take load off the origin and ride out short origin failures.</source>
        <translation>Cuánto tiempo conservan una respuesta las ubicaciones perimetrales antes de volver a consultar al origen; los tiempos más largos quitan carga al origen y resisten sus caídas breves.</translation>
    </message>
    <message>
        <source>WAF</source>
        <translation>WAF</translation>
    </message>
    <message>
        <source>Web application firewall that filters malicious requests before they reach you.</source>
        <translation>Firewall de aplicaciones web que filtra las solicitudes maliciosas antes de que le lleguen.</translation>
    </message>
    <message>
        <source>Managed rules</source>
        <translation>Reglas gestionadas</translation>
    </message>
    <message>
        <source>Use the provider-maintained rule sets (OWASP top 10, known bad inputs), which are updated as new attacks appear.</source>
        <translation>Usar los conjuntos de reglas que mantiene el proveedor (OWASP Top 10, entradas maliciosas conocidas), que se actualizan a medida que aparecen nuevos ataques.</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Límite de tasa</translation>
    </message>
    <message>
        <source>Requests per minute per client address before blocking, which blunts brute-force and small denial-of-service attacks; 0 turns it off.</source>
        <translation>Solicitudes por minuto y dirección de cliente antes de bloquear, lo que frena la fuerza bruta y los pequeños ataques de denegación de servicio; 0 lo desactiva.</translation>
    </message>
    <message>
        <source>req/min</source>
        <translation>req/min</translation>
    </message>
    <message>
        <source>API gateway</source>
        <translation>API gateway</translation>
    </message>
    <message>
        <source>Managed entry point for APIs: routing, authentication, throttling.</source>
        <translation>Punto de entrada gestionado para API: enrutamiento, autenticación, limitación de tráfico.</translation>
    </message>
    <message>
        <source>Requests per second the gateway lets through before throttling, so a traffic spike cannot overload the services behind it.</source>
        <translation>Solicitudes por segundo que el gateway deja pasar antes de limitar, para que un pico de tráfico no sobrecargue los servicios que hay detrás.</translation>
    </message>
    <message>
        <source>req/s</source>
        <translation>req/s</translation>
    </message>
    <message>
        <source>Load balancer</source>
        <translation>Balanceador de carga</translation>
    </message>
    <message>
        <source>Spreads traffic over healthy replicas (L7 HTTP or L4 TCP).</source>
        <translation>Reparte el tráfico entre las réplicas en buen estado (L7 HTTP o L4 TCP).</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Capa</translation>
    </message>
    <message>
        <source>L7 understands HTTP (paths, headers, TLS); L4 forwards TCP connections.</source>
        <translation>L7 entiende HTTP (rutas, cabeceras, TLS); L4 reenvía conexiones TCP.</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Terminate HTTPS with a certificate so traffic is encrypted in transit; plain HTTP only redirects.</source>
        <translation>Terminar HTTPS con un certificado para que el tráfico vaya cifrado en tránsito; HTTP sin cifrar solo redirige.</translation>
    </message>
    <message>
        <source>Observability</source>
        <translation>Observabilidad</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Métricas</translation>
    </message>
    <message>
        <source>Time-series metrics such as Prometheus.</source>
        <translation>Métricas de series temporales como Prometheus.</translation>
    </message>
    <message>
        <source>Metrics system that collects and stores the time series, for example prometheus.</source>
        <translation>Sistema de métricas que recoge y almacena las series temporales, por ejemplo prometheus.</translation>
    </message>
    <message>
        <source>How long metrics are kept; keep enough to compare today&apos;s load with past peaks.</source>
        <translation>Cuánto tiempo se conservan las métricas; conserve lo suficiente para comparar la carga de hoy con picos pasados.</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>Paneles</translation>
    </message>
    <message>
        <source>Dashboards such as Grafana over metrics and logs.</source>
        <translation>Paneles como Grafana sobre métricas y registros.</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Central log collection and search (Elasticsearch, Logstash, Kibana).</source>
        <translation>Recopilación y búsqueda centralizadas de registros (Elasticsearch, Logstash, Kibana).</translation>
    </message>
    <message>
        <source>How long logs are kept; security investigations and audits often need 90 days or more.</source>
        <translation>Cuánto tiempo se conservan los registros; las investigaciones de seguridad y las auditorías suelen necesitar 90 días o más.</translation>
    </message>
    <message>
        <source>APM</source>
        <translation>APM</translation>
    </message>
    <message>
        <source>Application performance monitoring and tracing (Datadog-like).</source>
        <translation>Monitorización del rendimiento de aplicaciones y trazas (tipo Datadog).</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Who provides the service; shown in reports and the questionnaire.</source>
        <translation>Quién presta el servicio; se muestra en los informes y en el cuestionario.</translation>
    </message>
    <message>
        <source>Alert routing</source>
        <translation>Enrutamiento de alertas</translation>
    </message>
    <message>
        <source>On-call alert routing such as PagerDuty or Opsgenie.</source>
        <translation>Enrutamiento de alertas de guardia como PagerDuty u Opsgenie.</translation>
    </message>
    <message>
        <source>Service that routes alerts and pages the person on call.</source>
        <translation>Servicio que enruta las alertas y avisa a la persona de guardia.</translation>
    </message>
    <message>
        <source>Escalation policy</source>
        <translation>Política de escalado</translation>
    </message>
    <message>
        <source>Who is called, in which order, when an alert is not acknowledged.</source>
        <translation>A quién se llama, y en qué orden, cuando nadie confirma una alerta.</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Identity provider</source>
        <translation>Proveedor de identidad</translation>
    </message>
    <message>
        <source>Single sign-on and user identity (OIDC or SAML).</source>
        <translation>Inicio de sesión único e identidad de usuario (OIDC o SAML).</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Federation protocol; OIDC suits web and mobile apps, SAML many enterprise tools.</source>
        <translation>Protocolo de federación; OIDC encaja con aplicaciones web y móviles, SAML con muchas herramientas empresariales.</translation>
    </message>
    <message>
        <source>MFA</source>
        <translation>MFA</translation>
    </message>
    <message>
        <source>Require a second factor at sign-in, which stops most attacks with stolen passwords.</source>
        <translation>Exigir un segundo factor al iniciar sesión, lo que detiene la mayoría de los ataques con contraseñas robadas.</translation>
    </message>
    <message>
        <source>Secrets manager</source>
        <translation>Gestor de secretos</translation>
    </message>
    <message>
        <source>Keeps passwords, keys and tokens out of code and configuration.</source>
        <translation>Mantiene contraseñas, claves y tokens fuera del código y la configuración.</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Rotación</translation>
    </message>
    <message>
        <source>Days between automatic rotations, which limits how long a leaked secret stays useful; 0 turns rotation off.</source>
        <translation>Días entre rotaciones automáticas, lo que limita cuánto tiempo sigue siendo útil un secreto filtrado; 0 desactiva la rotación.</translation>
    </message>
    <message>
        <source>Key management</source>
        <translation>Gestión de claves</translation>
    </message>
    <message>
        <source>Managed encryption keys (KMS, Cloud KMS, Key Vault).</source>
        <translation>Claves de cifrado gestionadas (KMS, Cloud KMS, Key Vault).</translation>
    </message>
    <message>
        <source>Rotate key material every year; older versions stay available to decrypt existing data.</source>
        <translation>Rotar el material de clave cada año; las versiones anteriores siguen disponibles para descifrar los datos existentes.</translation>
    </message>
    <message>
        <source>Replicate the key to other regions so copies of the data there can still be decrypted if this region is lost.</source>
        <translation>Replicar la clave a otras regiones para que las copias de los datos allí se puedan descifrar aunque se pierda esta región.</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>Terceros</translation>
    </message>
    <message>
        <source>Payment gateway</source>
        <translation>Pasarela de pago</translation>
    </message>
    <message>
        <source>An external payment provider such as Stripe or Adyen.</source>
        <translation>Un proveedor de pagos externo como Stripe o Adyen.</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Availability the provider promises; a dependency cannot make you more available than this.</source>
        <translation>Disponibilidad que promete el proveedor; una dependencia no puede darle más disponibilidad que esta.</translation>
    </message>
    <message>
        <source>Email / SMS provider</source>
        <translation>Proveedor de correo / SMS</translation>
    </message>
    <message>
        <source>An external service that sends email or SMS.</source>
        <translation>Un servicio externo que envía correos electrónicos o SMS.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>What the provider sends: email, SMS, or both.</source>
        <translation>Qué envía el proveedor: correo electrónico, SMS o ambos.</translation>
    </message>
    <message>
        <source>SaaS</source>
        <translation>SaaS</translation>
    </message>
    <message>
        <source>Any other external software service you depend on.</source>
        <translation>Cualquier otro servicio de software externo del que dependa.</translation>
    </message>
    <message>
        <source>Traffic sources</source>
        <translation>Fuentes de tráfico</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>People using the system on the web or on mobile; requests start here.</source>
        <translation>Personas que usan el sistema en la web o en el móvil; las solicitudes empiezan aquí.</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audiencia</translation>
    </message>
    <message>
        <source>Where the users come from; mobile clients retry and cache differently.</source>
        <translation>De dónde vienen los usuarios; los clientes móviles reintentan y almacenan en caché de otra manera.</translation>
    </message>
    <message>
        <source>Partner API</source>
        <translation>API de socio</translation>
    </message>
    <message>
        <source>An external partner system that calls your APIs.</source>
        <translation>Un sistema externo de un socio que llama a sus API.</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>Name of the partner organisation, so reports show whose calls arrive here.</source>
        <translation>Nombre de la organización socia, para que los informes muestren de quién son las llamadas que llegan aquí.</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Zonas</translation>
    </message>
    <message>
        <source>Cloud provider</source>
        <translation>Proveedor de nube</translation>
    </message>
    <message>
        <source>A cloud provider account: AWS, Google Cloud, Azure or on-premises.</source>
        <translation>Una cuenta de un proveedor de nube: AWS, Google Cloud, Azure o infraestructura local.</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Provider of everything inside; exporters generate infrastructure code for it.</source>
        <translation>Proveedor de todo lo que hay dentro; los exportadores generan código de infraestructura para él.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>A provider region such as eu-west-1 or europe-west1.</source>
        <translation>Una región del proveedor, como eu-west-1 o europe-west1.</translation>
    </message>
    <message>
        <source>Real region name, e.g. eu-west-1, europe-west1, westeurope.</source>
        <translation>Nombre real de la región, p. ej. eu-west-1, europe-west1, westeurope.</translation>
    </message>
    <message>
        <source>eu-west-1</source>
        <translation>eu-west-1</translation>
    </message>
    <message>
        <source>Availability zone</source>
        <translation>Zona de disponibilidad</translation>
    </message>
    <message>
        <source>One isolated zone of a region; it fails on its own.</source>
        <translation>Una zona aislada de una región; falla por sí sola.</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Real zone name, e.g. eu-west-1a, europe-west1-b, or 1 on Azure.</source>
        <translation>Nombre real de la zona, p. ej. eu-west-1a, europe-west1-b, o 1 en Azure.</translation>
    </message>
    <message>
        <source>eu-west-1a</source>
        <translation>eu-west-1a</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>A virtual network (VPC or VNet).</source>
        <translation>Una red virtual (VPC o VNet).</translation>
    </message>
    <message>
        <source>CIDR</source>
        <translation>CIDR</translation>
    </message>
    <message>
        <source>Address range of the network; it must not overlap networks you peer or connect with.</source>
        <translation>Rango de direcciones de la red; no debe solaparse con redes con las que se empareje o conecte.</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>Subred</translation>
    </message>
    <message>
        <source>A subnet of a network, public or private.</source>
        <translation>Una subred de una red, pública o privada.</translation>
    </message>
    <message>
        <source>Address range of the subnet; it must lie inside the range of its network.</source>
        <translation>Rango de direcciones de la subred; debe estar dentro del rango de su red.</translation>
    </message>
    <message>
        <source>Has a route to the internet; only load balancers and gateways belong here.</source>
        <translation>Tiene una ruta a Internet; aquí solo deben estar los balanceadores de carga y los gateways.</translation>
    </message>
    <message>
        <source>Datacenter</source>
        <translation>Centro de datos</translation>
    </message>
    <message>
        <source>An on-premises site.</source>
        <translation>Una instalación propia (on-premises).</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>City or site name; sites for disaster recovery should be far enough apart not to fail together.</source>
        <translation>Nombre de la ciudad o del sitio; los sitios de recuperación ante desastres deben estar lo bastante lejos para no fallar a la vez.</translation>
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
        <translation>Servicio de contenedores</translation>
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
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>E-mail and SMS</source>
        <translation>Correo electrónico y SMS</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
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
        <translation>Capa 4 (TCP)</translation>
    </message>
    <message>
        <source>Layer 7 (HTTP)</source>
        <translation>Capa 7 (HTTP)</translation>
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
        <translation>Gestionado</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mediano</translation>
    </message>
    <message>
        <source>Memcached</source>
        <translation>Memcached</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Móvil</translation>
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
        <translation>Local (on-premises)</translation>
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
        <translation>Otro</translation>
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
        <translation>Cola</translation>
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
        <translation>Pequeño</translation>
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
        <translation>Máquinas virtuales</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Web and mobile</source>
        <translation>Web y móvil</translation>
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
        <translation>El tráfico empieza aquí</translation>
    </message>
    <message>
        <source>Keep a synchronous standby in another availability zone and fail over to it automatically. Drawn inside an availability zone, that zone holds the primary; when it fails, the standby in another zone of the region takes over.</source>
        <translation>Mantiene una réplica en espera síncrona en otra zona de disponibilidad y conmuta a ella automáticamente. Dibujado dentro de una zona de disponibilidad, esa zona aloja la instancia principal; si falla, la réplica en espera de otra zona de la región toma el relevo.</translation>
    </message>
    <message>
        <source>Exposed to the internet</source>
        <translation>Expuesto a Internet</translation>
    </message>
    <message>
        <source>Reachable from the internet; exporters give it a public endpoint (an Ingress with health probes, a public load balancer). Only edge components and the services they front should be; with nothing drawn in front, validation treats it as an entry point.</source>
        <translation>Accesible desde Internet; los exportadores le dan un punto de acceso público (un Ingress con sondas de salud, un balanceador de carga público). Solo deberían serlo los componentes de borde y los servicios que tienen detrás; si no hay nada dibujado delante, la validación lo trata como punto de entrada.</translation>
    </message>
    <message>
        <source>Engine image</source>
        <translation>Imagen del motor</translation>
    </message>
    <message>
        <source>Container image of a self-run engine (hosting kubernetes or vm), with a fixed tag; empty = the exporters&apos; pinned default for the engine.</source>
        <translation>Imagen de contenedor de un motor autogestionado (alojamiento kubernetes o vm), con una etiqueta fija; vacío = la imagen predeterminada y fijada de los exportadores para el motor.</translation>
    </message>
    <message>
        <source>postgres:16.4</source>
        <translation>postgres:16.4</translation>
    </message>
    <message>
        <source>Requests start here, as from a load generator, a scheduler or a client the design does not draw; validation follows requests from it. It does not expose the component to the internet; that is what &quot;Exposed to the internet&quot; does.</source>
        <translation>Las solicitudes empiezan aquí, como desde un generador de carga, un planificador o un cliente que el diseño no dibuja; la validación sigue las solicitudes desde aquí. No expone el componente a Internet; eso lo hace «Expuesto a Internet».</translation>
    </message>
    <message>
        <source>a region name such as eu-west-1, europe-west1 or westeurope</source>
        <translation>un nombre de región como eu-west-1, europe-west1 o westeurope</translation>
    </message>
    <message>
        <source>a zone name such as eu-west-1a, europe-west1-b or 1</source>
        <translation>un nombre de zona como eu-west-1a, europe-west1-b o 1</translation>
    </message>
    <message>
        <source>an address range such as 10.0.0.0/16</source>
        <translation>un rango de direcciones como 10.0.0.0/16</translation>
    </message>
    <message>
        <source>a domain name such as shop.example.com</source>
        <translation>un nombre de dominio como shop.example.com</translation>
    </message>
    <message>
        <source>an image reference such as registry.example.com/team/api:1.4.2</source>
        <translation>una referencia de imagen como registry.example.com/team/api:1.4.2</translation>
    </message>
    <message>
        <source>an HTTP path such as /healthz</source>
        <translation>una ruta HTTP como /healthz</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be %2, not &quot;%3&quot;</source>
        <translation>&apos;%1&apos; debe ser %2, no «%3»</translation>
    </message>
    <message>
        <source>%1 is out of range for &apos;%2&apos;; %3 was stored instead</source>
        <translation>%1 está fuera de rango para &apos;%2&apos;; se guardó %3 en su lugar</translation>
    </message>
    <message>
        <source>Calls per request</source>
        <translation>Llamadas por petición</translation>
    </message>
    <message>
        <source>How many calls, or messages, one request of the caller makes over this connection on average. 1 passes every request on; 0.2 means one request in five; 3 fans out. Sizing carries the caller&apos;s load times this to the callee.</source>
        <translation>Cuántas llamadas, o mensajes, hace de media una petición del llamante por esta conexión. 1 pasa cada petición; 0,2 significa una de cada cinco; 3 multiplica. El dimensionado lleva la carga del llamante por este valor al llamado.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: stackdraft-cli COMMAND [OPTIONS] [ARGS]

Check, analyse and export Stackdraft architecture designs.

Commands:
</source>
        <translation>Uso: stackdraft-cli COMANDO [OPCIONES] [ARGUMENTOS]

Comprueba, analiza y exporta diseños de arquitectura de Stackdraft.

Comandos:
</translation>
    </message>
    <message>
        <source>
Run &apos;stackdraft-cli COMMAND --help&apos; for the options of a command.
Exit codes: 0 ok, 1 problems found, 2 usage or I/O error.
</source>
        <translation>
Ejecute &apos;stackdraft-cli COMANDO --help&apos; para ver las opciones de un comando.
Códigos de salida: 0 correcto, 1 se encontraron problemas, 2 error de uso o de E/S.
</translation>
    </message>
    <message>
        <source>stackdraft-cli: unknown command &apos;%1&apos;
</source>
        <translation>stackdraft-cli: comando desconocido &apos;%1&apos;
</translation>
    </message>
    <message>
        <source>%1: cannot write: %2
</source>
        <translation>%1: no se puede escribir: %2
</translation>
    </message>
    <message>
        <source>Name of the design.</source>
        <translation>Nombre del diseño.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>Start from a bundled example (see &apos;examples&apos;).</source>
        <translation>Partir de un ejemplo incluido (consulte &apos;examples&apos;).</translation>
    </message>
    <message>
        <source>EXAMPLE</source>
        <translation>EJEMPLO</translation>
    </message>
    <message>
        <source>Overwrite an existing file.</source>
        <translation>Sobrescribir un archivo existente.</translation>
    </message>
    <message>
        <source>%1: exists already; use --force to overwrite it
</source>
        <translation>%1: ya existe; use --force para sobrescribirlo
</translation>
    </message>
    <message>
        <source>unknown template &apos;%1&apos;; choose one of: %2
</source>
        <translation>plantilla desconocida &apos;%1&apos;; elija una de: %2
</translation>
    </message>
    <message>
        <source>created %1
</source>
        <translation>se ha creado %1
</translation>
    </message>
    <message>
        <source>unknown provider</source>
        <translation>proveedor desconocido</translation>
    </message>
    <message>
        <source>Print the summary as JSON.</source>
        <translation>Mostrar el resumen como JSON.</translation>
    </message>
    <message>
        <source>Components: %1   Connections: %2   Zones: %3
</source>
        <translation>Componentes: %1   Conexiones: %2   Zonas: %3
</translation>
    </message>
    <message>
        <source>Providers: %1
</source>
        <translation>Proveedores: %1
</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>By category:
</source>
        <translation>Por categoría:
</translation>
    </message>
    <message>
        <source>Zones:
</source>
        <translation>Zonas:
</translation>
    </message>
    <message>
        <source>Output format (default: from OUTPUT&apos;s extension, .json or YAML).</source>
        <translation>Formato de salida (predeterminado: según la extensión de SALIDA, .json o YAML).</translation>
    </message>
    <message>
        <source>--to must be yaml or json, not &apos;%1&apos;
</source>
        <translation>--to debe ser yaml o json, no &apos;%1&apos;
</translation>
    </message>
    <message>
        <source>%1: converting a file onto itself would change its format but not its name
</source>
        <translation>%1: convertir un archivo sobre sí mismo cambiaría su formato pero no su nombre
</translation>
    </message>
    <message>
        <source>Print only problems.</source>
        <translation>Mostrar solo los problemas.</translation>
    </message>
    <message>
        <source>Number of components (default 1000).</source>
        <translation>Número de componentes (predeterminado 1000).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>Semilla aleatoria (predeterminada 1).</translation>
    </message>
    <message>
        <source>SEED</source>
        <translation>SEMILLA</translation>
    </message>
    <message>
        <source>Output file (.yaml or .json; - for stdout).</source>
        <translation>Archivo de salida (.yaml o .json; - para la salida estándar).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>--components must be 1 to 1000000 and --seed a whole number
</source>
        <translation>--components debe estar entre 1 y 1000000 y --seed debe ser un número entero
</translation>
    </message>
    <message>
        <source>(broken)</source>
        <translation>(dañado)</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>usage: stackdraft-cli %1 [options] %2 (see --help)
</source>
        <translation>uso: stackdraft-cli %1 [opciones] %2 (consulte --help)
</translation>
    </message>
    <message>
        <source>Create a design file, blank or from a bundled example.</source>
        <translation>Crear un archivo de diseño, vacío o a partir de un ejemplo incluido.</translation>
    </message>
    <message>
        <source>Summarize a design: counts by kind and category, zones, providers.</source>
        <translation>Resumir un diseño: recuentos por tipo y categoría, zonas, proveedores.</translation>
    </message>
    <message>
        <source>Convert a design between YAML and JSON.</source>
        <translation>Convertir un diseño entre YAML y JSON.</translation>
    </message>
    <message>
        <source>Load designs and report every problem with file and line.</source>
        <translation>Cargar diseños e informar de cada problema con archivo y línea.</translation>
    </message>
    <message>
        <source>Generate a large realistic design for scale tests.</source>
        <translation>Generar un diseño grande y realista para pruebas de escala.</translation>
    </message>
    <message>
        <source>List the bundled example designs.</source>
        <translation>Listar los diseños de ejemplo incluidos.</translation>
    </message>
    <message>
        <source>Usage: stackdraft-cli export FORMAT DESIGN -o OUTPUT [options]

Formats:
</source>
        <translation>Uso: stackdraft-cli export FORMATO DISEÑO -o SALIDA [opciones]

Formatos:
</translation>
    </message>
    <message>
        <source>
Run &apos;stackdraft-cli export FORMAT --help&apos; for the options of a format.
</source>
        <translation>
Ejecute &apos;stackdraft-cli export FORMATO --help&apos; para ver las opciones de un formato.
</translation>
    </message>
    <message>
        <source>stackdraft-cli export: unknown format &apos;%1&apos;; choose one of: %2
</source>
        <translation>stackdraft-cli export: formato desconocido &apos;%1&apos;; elija uno de: %2
</translation>
    </message>
    <message>
        <source>Output file.</source>
        <translation>Archivo de salida.</translation>
    </message>
    <message>
        <source>Output folder (created if needed).</source>
        <translation>Carpeta de salida (se crea si es necesario).</translation>
    </message>
    <message>
        <source>OUTPUT</source>
        <translation>SALIDA</translation>
    </message>
    <message>
        <source>; default %1</source>
        <translation>; predeterminado %1</translation>
    </message>
    <message>
        <source>stackdraft-cli export %1: -o OUTPUT is required
</source>
        <translation>stackdraft-cli export %1: -o SALIDA es obligatorio
</translation>
    </message>
    <message>
        <source>--%1 must be one of %2, not &apos;%3&apos;
</source>
        <translation>--%1 debe ser uno de %2, no &apos;%3&apos;
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
        <translation>se ha escrito %1
</translation>
    </message>
    <message>
        <source>wrote %1 files to %2
</source>
        <translation>se han escrito %1 archivos en %2
</translation>
    </message>
    <message>
        <source>Export a design (terraform, kubernetes, questionnaire...).</source>
        <translation>Exportar un diseño (terraform, kubernetes, questionnaire...).</translation>
    </message>
    <message>
        <source>stackdraft-cli answers import: %1 was not changed
</source>
        <translation>stackdraft-cli answers import: %1 no se ha modificado
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
        <translation>%1: %2 respuesta(s) modificada(s); %3
</translation>
    </message>
    <message>
        <source>stackdraft-cli answers: unknown subcommand &apos;%1&apos;
</source>
        <translation>stackdraft-cli answers: subcomando desconocido &apos;%1&apos;
</translation>
    </message>
    <message>
        <source>Output format: text (default), json, sarif, csv or html.</source>
        <translation>Formato de salida: text (predeterminado), json, sarif, csv o html.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <source>Exit with 1 when an unaccepted finding has at least this severity: error (default), warning or info.</source>
        <translation>Salir con 1 cuando un hallazgo no aceptado tenga al menos esta gravedad: error (predeterminado), warning o info.</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>GRAVEDAD</translation>
    </message>
    <message>
        <source>stackdraft-cli validate: unknown format &apos;%1&apos;; choose text, json, sarif, csv or html
</source>
        <translation>stackdraft-cli validate: formato desconocido &apos;%1&apos;; elija text, json, sarif, csv o html
</translation>
    </message>
    <message>
        <source>stackdraft-cli validate: unknown severity &apos;%1&apos;; choose error, warning or info
</source>
        <translation>stackdraft-cli validate: gravedad desconocida &apos;%1&apos;; elija error, warning o info
</translation>
    </message>
    <message>
        <source>What fails: a component id, zone:NAME, region:NAME or provider:NAME (ids or real names such as eu-west-1a).</source>
        <translation>Qué falla: un id de componente, zone:NOMBRE, region:NOMBRE o provider:NOMBRE (ids o nombres reales como eu-west-1a).</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>OBJETIVO</translation>
    </message>
    <message>
        <source>stackdraft-cli simulate: --top needs a positive number
</source>
        <translation>stackdraft-cli simulate: --top necesita un número positivo
</translation>
    </message>
    <message>
        <source>Blast radius (components no entry point reaches when it fails, itself included):
</source>
        <translation>Radio de impacto (componentes que ningún punto de entrada alcanza cuando falla, incluido él mismo):
</translation>
    </message>
    <message>
        <source>Cut vertices (removing one splits the design in two): %1
</source>
        <translation>Vértices de corte (quitar uno solo divide el diseño en dos): %1
</translation>
    </message>
    <message>
        <source>Bridges (the only link between two parts): %1
</source>
        <translation>Puentes (el único enlace entre dos partes): %1
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
        <translation>Fallo de %1: %2 componentes fallan directamente.
</translation>
    </message>
    <message>
        <source>Every entry point still reaches everything it reached before.
</source>
        <translation>Cada punto de entrada sigue alcanzando todo lo que alcanzaba antes.
</translation>
    </message>
    <message>
        <source>%1 is down itself.
</source>
        <translation>El propio %1 está caído.
</translation>
    </message>
    <message>
        <source>From %1, %2 components become unreachable:
</source>
        <translation>Desde %1, %2 componentes quedan inalcanzables:
</translation>
    </message>
    <message>
        <source>Find single points of failure and resilience gaps</source>
        <translation>Encontrar puntos únicos de fallo y carencias de resiliencia</translation>
    </message>
    <message>
        <source>Show what a component, zone, region or provider failure breaks</source>
        <translation>Mostrar qué rompe el fallo de un componente, una zona, una región o un proveedor</translation>
    </message>
    <message>
        <source>, components: %1</source>
        <translation>, componentes: %1</translation>
    </message>
    <message>
        <source>%1: ok (components: %2, connections: %3, zones: %4)
</source>
        <translation>%1: ok (componentes: %2, conexiones: %3, zonas: %4)
</translation>
    </message>
    <message>
        <source>Without --fail: how many components to rank by blast radius (cut vertices and bridges are always listed in full).</source>
        <translation>Sin --fail: cuántos componentes clasificar por radio de impacto (los vértices de corte y los puentes se listan siempre completos).</translation>
    </message>
    <message>
        <source>No entry point: no traffic source is drawn, nothing is marked as where traffic starts, and every component has a caller, so there is nothing to analyse from.
</source>
        <translation>Ningún punto de entrada: no hay ninguna fuente de tráfico dibujada, nada está marcado como el lugar donde empieza el tráfico y cada componente tiene un llamador, así que no hay nada desde donde analizar.
</translation>
    </message>
    <message>
        <source>No entry point is drawn or marked; analysing from what nothing calls: %1.
</source>
        <translation>No hay ningún punto de entrada dibujado ni marcado; se analiza desde lo que nada llama: %1.
</translation>
    </message>
    <message>
        <source>  %1: %2 replicas, all in this zone as drawn (a service drawn in a zone runs its replicas there); they fail with it.
</source>
        <translation>  %1: %2 réplicas, todas en esta zona según el dibujo (un servicio dibujado en una zona ejecuta allí sus réplicas); caen con ella.
</translation>
    </message>
    <message>
        <source>The rule whose findings to fix, e.g. data.no-standby.</source>
        <translation>La regla cuyos hallazgos corregir, p. ej. data.no-standby.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Fix only the finding about this component (or zone) id; without it, every open finding of the rule.</source>
        <translation>Corregir solo el hallazgo sobre este id de componente (o zona); sin él, cada hallazgo abierto de la regla.</translation>
    </message>
    <message>
        <source>Print what would change and the diff; write nothing.</source>
        <translation>Mostrar qué cambiaría y el diff; no escribir nada.</translation>
    </message>
    <message>
        <source>stackdraft-cli fix: --rule is required; rules with a fix: %1
</source>
        <translation>stackdraft-cli fix: --rule es obligatorio; reglas con corrección: %1
</translation>
    </message>
    <message>
        <source>stackdraft-cli fix: unknown rule &apos;%1&apos;
</source>
        <translation>stackdraft-cli fix: regla desconocida «%1»
</translation>
    </message>
    <message>
        <source>stackdraft-cli fix: rule &apos;%1&apos; has no one-click fix; rules with a fix: %2
</source>
        <translation>stackdraft-cli fix: la regla «%1» no tiene corrección con un clic; reglas con corrección: %2
</translation>
    </message>
    <message>
        <source>stackdraft-cli fix: no component or zone with id &apos;%1&apos;
</source>
        <translation>stackdraft-cli fix: ningún componente ni zona con id «%1»
</translation>
    </message>
    <message>
        <source>Nothing to fix: no open %1 finding.
</source>
        <translation>Nada que corregir: ningún hallazgo %1 abierto.
</translation>
    </message>
    <message>
        <source>Nothing to fix: no open %1 finding about %2.
</source>
        <translation>Nada que corregir: ningún hallazgo %1 abierto sobre %2.
</translation>
    </message>
    <message>
        <source>No mechanical fix for %1: %2
</source>
        <translation>No hay corrección mecánica para %1: %2
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
        <translation>Corrección: %1 [%2]
</translation>
    </message>
    <message>
        <source>Note: %1 is written in Stackdraft&apos;s own layout (comments and formatting of the file are not kept).
</source>
        <translation>Nota: %1 se escribe con el formato propio de Stackdraft (no se conservan los comentarios ni el formato del archivo).
</translation>
    </message>
    <message>
        <source>Apply the one-click fix of findings to a design file and print the diff.</source>
        <translation>Aplicar la corrección con un clic de los hallazgos a un archivo de diseño y mostrar el diff.</translation>
    </message>
    <message>
        <source>Replace generated files that were edited by hand, and files in the way that this export did not write.</source>
        <translation>Reemplazar los archivos generados editados a mano y los archivos en medio que esta exportación no escribió.</translation>
    </message>
    <message>
        <source>%1: no longer generated, but edited by hand, so it was kept
</source>
        <translation>%1: ya no se genera, pero se editó a mano, así que se conservó
</translation>
    </message>
    <message>
        <source>removed %1 file(s) of the earlier export that are no longer generated: %2
</source>
        <translation>se eliminaron %1 archivo(s) de la exportación anterior que ya no se generan: %2
</translation>
    </message>
    <message>
        <source>Apply only the suggestions for this component, or this COMPONENT.PROPERTY (repeatable).</source>
        <translation>Aplicar solo las sugerencias de este componente, o de este COMPONENTE.PROPIEDAD (repetible).</translation>
    </message>
    <message>
        <source>List the changes; write nothing.</source>
        <translation>Listar los cambios; no escribir nada.</translation>
    </message>
    <message>
        <source>stackdraft-cli answers apply: no suggestion for %1; %2 was not changed
</source>
        <translation>stackdraft-cli answers apply: ninguna sugerencia para %1; %2 no se ha cambiado
</translation>
    </message>
    <message>
        <source>%1: %2 change(s) suggested; nothing written (--dry-run)
</source>
        <translation>%1: %2 cambio(s) sugerido(s); no se ha escrito nada (--dry-run)
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
        <translation>%1: %2 cambio(s) aplicado(s)
</translation>
    </message>
    <message>
        <source>Import questionnaire answers, or apply the sizing they suggest.</source>
        <translation>Importar respuestas del cuestionario o aplicar el dimensionado que sugieren.</translation>
    </message>
    <message>
        <source>Users
</source>
        <translation>Usuarios
</translation>
    </message>
    <message>
        <source>Not answered yet: %1
</source>
        <translation>Aún sin responder: %1
</translation>
    </message>
    <message>
        <source>
%1: no load
</source>
        <translation>
%1: sin carga
</translation>
    </message>
    <message>
        <source>
%1: %2 req/s, up to %3 concurrent executions
</source>
        <translation>
%1: %2 pet/s, hasta %3 ejecuciones simultáneas
</translation>
    </message>
    <message>
        <source>
%1: %2 req/s, %3 to %4 replicas
</source>
        <translation>
%1: %2 pet/s, %3 a %4 réplicas
</translation>
    </message>
    <message>
        <source>
Where the design does not meet the answers:
</source>
        <translation>
Dónde el diseño no cumple las respuestas:
</translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation>Formato de salida: text (predeterminado) o json.</translation>
    </message>
    <message>
        <source>stackdraft-cli estimate: unknown format &apos;%1&apos;; choose text or json
</source>
        <translation>stackdraft-cli estimate: formato desconocido &apos;%1&apos;; elija text o json
</translation>
    </message>
    <message>
        <source>Size the design from its answers, with the derivation of each figure.</source>
        <translation>Dimensionar el diseño a partir de sus respuestas, con la derivación de cada cifra.</translation>
    </message>
    <message>
        <source>
%1: %2 req/s today, %3 at %4 months; %5 to %6 replicas
</source>
        <translation>
%1: %2 pet/s hoy, %3 a los %4 meses; %5 a %6 réplicas
</translation>
    </message>
    <message>
        <source>Picture format: png, svg or pdf (default: from the file name).</source>
        <translation>Formato de imagen: png, svg o pdf (por defecto: según el nombre del archivo).</translation>
    </message>
    <message>
        <source>PNG pixels per canvas unit (default 2).</source>
        <translation>Píxeles PNG por unidad del lienzo (por defecto 2).</translation>
    </message>
    <message>
        <source>Margin around the diagram in canvas units (default 30).</source>
        <translation>Margen alrededor del diagrama en unidades del lienzo (por defecto 30).</translation>
    </message>
    <message>
        <source>No background (PNG and SVG).</source>
        <translation>Sin fondo (PNG y SVG).</translation>
    </message>
    <message>
        <source>Draw the canvas grid behind the diagram.</source>
        <translation>Dibujar la cuadrícula del lienzo detrás del diagrama.</translation>
    </message>
    <message>
        <source>Connection labels: user (the user&apos;s label, else protocol:port; default) or protocol.</source>
        <translation>Etiquetas de conexión: user (la etiqueta del usuario, si no protocolo:puerto; por defecto) o protocol.</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODO</translation>
    </message>
    <message>
        <source>Draw only these components and zones (comma-separated ids; a zone brings its contents).</source>
        <translation>Dibujar solo estos componentes y zonas (ids separados por comas; una zona con su contenido).</translation>
    </message>
    <message>
        <source>IDS</source>
        <translation>IDS</translation>
    </message>
    <message>
        <source>stackdraft-cli export diagram: -o FILE is required
</source>
        <translation>stackdraft-cli export diagram: -o ARCHIVO es obligatorio
</translation>
    </message>
    <message>
        <source>--format must be one of png, svg, pdf, not &apos;%1&apos;
</source>
        <translation>--format debe ser png, svg o pdf, no «%1»
</translation>
    </message>
    <message>
        <source>--%1 must be a number from %2 to %3, not &apos;%4&apos;
</source>
        <translation>--%1 debe ser un número de %2 a %3, no «%4»
</translation>
    </message>
    <message>
        <source>--labels must be one of user, protocol, not &apos;%1&apos;
</source>
        <translation>--labels debe ser user o protocol, no «%1»
</translation>
    </message>
    <message>
        <source>%1: no component or zone &apos;%2&apos;
</source>
        <translation>%1: no hay componente ni zona «%2»
</translation>
    </message>
    <message>
        <source>stackdraft-cli export diagram: painting needs a GUI application
</source>
        <translation>stackdraft-cli export diagram: dibujar requiere una aplicación gráfica
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
        <translation>El diagrama como imagen PNG, SVG o PDF (--format png|svg|pdf).</translation>
    </message>
    <message>
        <source>Write the laid-out design here (default: DESIGN itself).</source>
        <translation>Escribir aquí el diseño ordenado (por defecto: el propio DESIGN).</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>SALIDA</translation>
    </message>
    <message>
        <source>Place only components that were never placed; nothing else moves.</source>
        <translation>Colocar solo los componentes nunca colocados; nada más se mueve.</translation>
    </message>
    <message>
        <source>laid out %1: %2 moved, %3 resized; wrote %4
</source>
        <translation>%1 ordenado: %2 movidos, %3 redimensionados; escrito %4
</translation>
    </message>
    <message>
        <source>Auto-layout a design, zone by zone (as the studio does).</source>
        <translation>Ordenar automáticamente un diseño, zona por zona (como el estudio).</translation>
    </message>
    <message>
        <source>Draw every connection orthogonal (routed around cards), straight or curved (default: each connection&apos;s own style).</source>
        <translation>Dibujar todas las conexiones ortogonales (rodeando las tarjetas), rectas o curvas (por defecto: el estilo de cada conexión).</translation>
    </message>
    <message>
        <source>STYLE</source>
        <translation>ESTILO</translation>
    </message>
    <message>
        <source>--style must be one of orthogonal, straight, curved, not &apos;%1&apos;
</source>
        <translation>--style debe ser orthogonal, straight o curved, no «%1»
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
        <translation>Uso: stackdraft-cli answers import DISEÑO RESPUESTAS
     stackdraft-cli answers apply DISEÑO [--only ID...] [--dry-run]

Comprueba un archivo de respuestas rellenado (YAML, o JSON si termina en .json) con las preguntas del diseño
y, si cada entrada es correcta, guarda las respuestas en DISEÑO (escritura atómica).
No se cambia nada si alguna entrada es incorrecta; cada problema se indica como archivo:línea:columna.
Las respuestas sobre componentes o zonas que el diseño ya no tiene (un archivo de una versión anterior
del diseño) se indican como advertencias y se omiten; el resto se importa.
Cree un archivo de respuestas con: stackdraft-cli export questionnaire DISEÑO --format answers -o ARCHIVO

apply escribe las sugerencias de dimensionado de las respuestas en DISEÑO (de forma atómica, como Aplicar
en el estudio): todas, o solo las de --only COMPONENTE o --only COMPONENTE.PROPIEDAD (repetible).
--dry-run las lista y no cambia nada. Vea las cifras con: stackdraft-cli estimate DISEÑO
</translation>
    </message>
    <message>
        <source>%1: %2 answer(s) in %3 no longer apply to the design and were left out (see the warnings)
</source>
        <translation>%1: %2 respuesta(s) de %3 ya no se aplican al diseño y se omitieron (vea las advertencias)
</translation>
    </message>
    <message>
        <source>stackdraft-cli export %1: the PDF could not be written to standard output; use -o FILE
</source>
        <translation>stackdraft-cli export %1: no se pudo escribir el PDF en la salida estándar; use -o ARCHIVO
</translation>
    </message>
    <message>
        <source>The design to write (.yaml or .json).</source>
        <translation>El diseño que se escribe (.yaml o .json).</translation>
    </message>
    <message>
        <source>DESIGN</source>
        <translation>DISEÑO</translation>
    </message>
    <message>
        <source>Write the whole import report here: what was mapped, guessed (with file and line) and dropped (with why); JSON when FILE ends in .json, else Markdown; - for stdout.</source>
        <translation>Escribir aquí el informe de importación completo: lo trasladado, lo supuesto (con archivo y línea) y lo descartado (con el motivo); JSON si ARCHIVO termina en .json, si no Markdown; - para la salida estándar.</translation>
    </message>
    <message>
        <source>Overwrite an existing design file.</source>
        <translation>Sobrescribir un archivo de diseño existente.</translation>
    </message>
    <message>
        <source>stackdraft-cli import: unknown source &apos;%1&apos;; choose %2
</source>
        <translation>stackdraft-cli import: origen desconocido &apos;%1&apos;; elija %2
</translation>
    </message>
    <message>
        <source>stackdraft-cli import: -o DESIGN is required
</source>
        <translation>stackdraft-cli import: se necesita -o DESIGN
</translation>
    </message>
    <message>
        <source>stackdraft-cli import: nothing written
</source>
        <translation>stackdraft-cli import: no se escribió nada
</translation>
    </message>
    <message>
        <source>stackdraft-cli import: the imported design does not load (a defect of the importer); nothing written
</source>
        <translation>stackdraft-cli import: el diseño importado no se carga (un defecto del importador); no se escribió nada
</translation>
    </message>
    <message>
        <source>imported %1 components and %2 connections from %3; wrote %4
</source>
        <translation>importados %1 componentes y %2 conexiones de %3; escrito %4
</translation>
    </message>
    <message>
        <source>run again with --report FILE to see what was dropped and which hosts nothing defines
</source>
        <translation>vuelva a ejecutar con --report ARCHIVO para ver lo descartado y qué hosts no define nada
</translation>
    </message>
    <message>
        <source>%1: give a file, or REV:PATH for a file at a git revision
</source>
        <translation>%1: indique un archivo, o REV:PATH para un archivo en una revisión de git
</translation>
    </message>
    <message>
        <source>%1: git could not be run, so the revision cannot be read
</source>
        <translation>%1: no se pudo ejecutar git, así que la revisión no se puede leer
</translation>
    </message>
    <message>
        <source>%1: no such file, and &apos;%2&apos; is not a git revision here
</source>
        <translation>%1: no existe ese archivo, y &apos;%2&apos; no es una revisión de git aquí
</translation>
    </message>
    <message>
        <source>%1: git cannot read it: %2
</source>
        <translation>%1: git no puede leerlo: %2
</translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MiB
</source>
        <translation>%1: el archivo ocupa más de %2 MiB
</translation>
    </message>
    <message>
        <source>%1 does not exist at revision %2: the design is new, everything in it counts as added</source>
        <translation>%1 no existe en la revisión %2: el diseño es nuevo, todo en él cuenta como añadido</translation>
    </message>
    <message>
        <source>%1 does not exist at revision %2: the design was deleted, everything in it counts as removed</source>
        <translation>%1 no existe en la revisión %2: el diseño se eliminó, todo en él cuenta como eliminado</translation>
    </message>
    <message>
        <source>%1 has format version %2; it is compared after migration to version %3</source>
        <translation>%1 tiene la versión de formato %2; se compara tras migrarlo a la versión %3</translation>
    </message>
    <message>
        <source>the two designs have different names and share only %1 component and zone ids: they look unrelated, so most of what they hold shows as removed and added</source>
        <translation>los dos diseños tienen nombres distintos y solo comparten %1 ids de componente y de zona: parecen no estar relacionados, así que casi todo su contenido aparece como eliminado y añadido</translation>
    </message>
    <message>
        <source>Output format: text (default), json, markdown (a pull-request comment) or sarif (the new findings only).</source>
        <translation>Formato de salida: text (predeterminado), json, markdown (un comentario de pull request) o sarif (solo los hallazgos nuevos).</translation>
    </message>
    <message>
        <source>Exit with 1 when the change adds an unaccepted finding of at least this severity: error (default), warning or info.</source>
        <translation>Salir con 1 cuando el cambio añade un hallazgo no aceptado de al menos esta gravedad: error (predeterminado), warning o info.</translation>
    </message>
    <message>
        <source>Markdown: about how many lines the comment may have (default 60).</source>
        <translation>Markdown: cuántas líneas puede tener el comentario, aproximadamente (60 por defecto).</translation>
    </message>
    <message>
        <source>Compare the designs only, without running the validation on both sides.</source>
        <translation>Comparar solo los diseños, sin ejecutar la validación en ambos lados.</translation>
    </message>
    <message>
        <source>Do not run the exporters to see which generated files change.</source>
        <translation>No ejecutar los exportadores para ver qué archivos generados cambian.</translation>
    </message>
    <message>
        <source>stackdraft-cli diff: unknown format &apos;%1&apos;; choose text, json, markdown or sarif
</source>
        <translation>stackdraft-cli diff: formato desconocido &apos;%1&apos;; elija text, json, markdown o sarif
</translation>
    </message>
    <message>
        <source>stackdraft-cli diff: unknown severity &apos;%1&apos;; choose error, warning or info
</source>
        <translation>stackdraft-cli diff: gravedad desconocida &apos;%1&apos;; elija error, warning o info
</translation>
    </message>
    <message>
        <source>stackdraft-cli diff: --max-lines needs a number of at least 10
</source>
        <translation>stackdraft-cli diff: --max-lines necesita un número de al menos 10
</translation>
    </message>
    <message>
        <source>stackdraft-cli diff: SARIF holds the new findings, so it cannot go with --no-findings
</source>
        <translation>stackdraft-cli diff: SARIF contiene los hallazgos nuevos, así que no es compatible con --no-findings
</translation>
    </message>
    <message>
        <source>stackdraft-cli diff: the old side %1 cannot be compared
</source>
        <translation>stackdraft-cli diff: el lado antiguo %1 no se puede comparar
</translation>
    </message>
    <message>
        <source>stackdraft-cli diff: the new side %1 cannot be compared
</source>
        <translation>stackdraft-cli diff: el lado nuevo %1 no se puede comparar
</translation>
    </message>
    <message>
        <source>stackdraft-cli diff: neither %1 nor %2 exists
</source>
        <translation>stackdraft-cli diff: no existe ni %1 ni %2
</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(ausente)</translation>
    </message>
    <message>
        <source>conflict: %1: base %2, ours %3, theirs %4; kept %5 (%6)</source>
        <translation>conflicto: %1: base %2, nuestro %3, suyo %4; conservado: %5 (%6)</translation>
    </message>
    <message>
        <source>Where to write the merged design (as a git merge driver: %A).</source>
        <translation>Dónde escribir el diseño fusionado (como controlador de fusión de git: %A).</translation>
    </message>
    <message>
        <source>stackdraft-cli merge: -o OUT is required
</source>
        <translation>stackdraft-cli merge: -o OUT es obligatorio
</translation>
    </message>
    <message>
        <source>stackdraft-cli merge: %1 does not load; nothing was written
</source>
        <translation>stackdraft-cli merge: %1 no se carga; no se escribió nada
</translation>
    </message>
    <message>
        <source>stackdraft-cli merge: the two sides cannot be merged into a valid design; %1 was left as it was
</source>
        <translation>stackdraft-cli merge: los dos lados no se pueden fusionar en un diseño válido; %1 quedó como estaba
</translation>
    </message>
    <message>
        <source>merged into %1 with %2 conflict(s), listed under &apos;conflicts:&apos; in the file
</source>
        <translation>fusionado en %1 con %2 conflicto(s), listados en &apos;conflicts:&apos; en el archivo
</translation>
    </message>
    <message>
        <source>merged into %1 without conflicts
</source>
        <translation>fusionado en %1 sin conflictos
</translation>
    </message>
    <message>
        <source>Show what changed between two designs (or REV:PATH), and how the findings changed</source>
        <translation>Mostrar qué cambió entre dos diseños (o REV:PATH) y cómo cambiaron los hallazgos</translation>
    </message>
    <message>
        <source>Three-way merge of designs, for use as a git merge driver</source>
        <translation>Fusión a tres bandas de diseños, para usar como controlador de fusión de git</translation>
    </message>
    <message>
        <source>Report (and fail on) only the findings that are new since this earlier version of the design: a file, or REV:PATH for a file at a git revision.</source>
        <translation>Informar (y fallar) solo por los hallazgos nuevos desde esta versión anterior del diseño: un archivo, o REV:PATH para un archivo en una revisión de git.</translation>
    </message>
    <message>
        <source>OLD</source>
        <translation>ANTIGUO</translation>
    </message>
    <message>
        <source>stackdraft-cli validate: the baseline %1 cannot be read
</source>
        <translation>stackdraft-cli validate: la línea base %1 no se puede leer
</translation>
    </message>
    <message>
        <source>Baseline %1: %2 of the %3 findings are new.
</source>
        <translation>Línea base %1: %2 de los %3 hallazgos son nuevos.
</translation>
    </message>
    <message>
        <source>Create a design from docker compose files, Kubernetes manifests or Terraform (.tf, terraform show -json), with a report of what was lost.</source>
        <translation>Crear un diseño a partir de archivos docker compose, manifiestos de Kubernetes o Terraform (.tf, terraform show -json), con un informe de lo que se perdió.</translation>
    </message>
</context>
<context>
    <name>ComparePrompts</name>
    <message>
        <source>Compare With</source>
        <translation>Comparar con</translation>
    </message>
    <message>
        <source>Show what changed in the open design since:</source>
        <translation>Mostrar qué ha cambiado en el diseño abierto desde:</translation>
    </message>
    <message>
        <source>A git &amp;revision of this file</source>
        <translation>Una &amp;revisión git de este archivo</translation>
    </message>
    <message>
        <source>A commit, branch or tag: HEAD, HEAD~1, main, v1.2…</source>
        <translation>Un commit, una rama o una etiqueta: HEAD, HEAD~1, main, v1.2…</translation>
    </message>
    <message>
        <source>The design is not saved yet, so it has no git history.</source>
        <translation>El diseño aún no está guardado, así que no tiene historial git.</translation>
    </message>
    <message>
        <source>%1 is not in a git work tree.</source>
        <translation>%1 no está en un árbol de trabajo git.</translation>
    </message>
    <message>
        <source>Another design &amp;file</source>
        <translation>Otro &amp;archivo de diseño</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Stackdraft designs (*.stackdraft.yaml *.stackdraft.json *.yaml *.yml *.json);;All files (*)</source>
        <translation>Diseños de Stackdraft (*.stackdraft.yaml *.stackdraft.json *.yaml *.yml *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparar</translation>
    </message>
    <message>
        <source>Cannot Compare</source>
        <translation>No se puede comparar</translation>
    </message>
</context>
<context>
    <name>CompareStyle</name>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Movido</translation>
    </message>
</context>
<context>
    <name>ConflictResolution</name>
    <message>
        <source>no such conflict</source>
        <translation>no existe ese conflicto</translation>
    </message>
    <message>
        <source>%1 %2: the other value cannot be put back here; keep the merged one and edit it</source>
        <translation>%1 %2: el otro valor no se puede restablecer aquí; conserve el valor combinado y edítelo</translation>
    </message>
    <message>
        <source>%1 is no longer in the design</source>
        <translation>%1 ya no está en el diseño</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a port</source>
        <translation>%1: «%2» no es un puerto</translation>
    </message>
    <message>
        <source>%1 %2: &apos;%3&apos; is not a pair of numbers</source>
        <translation>%1 %2: «%3» no es un par de números</translation>
    </message>
    <message>
        <source>%1 cannot move into %2</source>
        <translation>%1 no se puede mover a %2</translation>
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
        <translation>el origen &apos;%1&apos; no es un componente</translation>
    </message>
    <message>
        <source>the end &apos;%1&apos; is not a component</source>
        <translation>el destino &apos;%1&apos; no es un componente</translation>
    </message>
    <message>
        <source>a component cannot depend on itself</source>
        <translation>un componente no puede depender de sí mismo</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already connects %2 to %3</source>
        <translation>&apos;%1&apos; ya conecta %2 con %3</translation>
    </message>
</context>
<context>
    <name>DesignDiff</name>
    <message>
        <source>(not set)</source>
        <translation>(sin definir)</translation>
    </message>
    <message>
        <source>%1 (%2) becomes a cut vertex</source>
        <translation>%1 (%2) pasa a ser un vértice de corte</translation>
    </message>
    <message>
        <source>%1 (%2) is no longer a cut vertex</source>
        <translation>%1 (%2) ya no es un vértice de corte</translation>
    </message>
    <message>
        <source>%1 becomes a bridge (the only link between two parts)</source>
        <translation>%1 pasa a ser un puente (el único enlace entre dos partes)</translation>
    </message>
    <message>
        <source>%1 is no longer a bridge</source>
        <translation>%1 ya no es un puente</translation>
    </message>
    <message>
        <source>every path from an entry point to some component now passes through %1 (%2)</source>
        <translation>todo camino desde un punto de entrada hasta algún componente pasa ahora por %1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2) no longer lies on every path to some component</source>
        <translation>%1 (%2) ya no está en todos los caminos hacia algún componente</translation>
    </message>
    <message>
        <source>blast radius of %1 (%2): %3 → %4</source>
        <translation>radio de impacto de %1 (%2): %3 → %4</translation>
    </message>
    <message>
        <source>design</source>
        <translation>diseño</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>zona</translation>
    </message>
    <message>
        <source>component</source>
        <translation>componente</translation>
    </message>
    <message>
        <source>connection</source>
        <translation>conexión</translation>
    </message>
    <message>
        <source>zones</source>
        <translation>zonas</translation>
    </message>
    <message>
        <source>components</source>
        <translation>componentes</translation>
    </message>
    <message>
        <source>connections</source>
        <translation>conexiones</translation>
    </message>
    <message>
        <source>added</source>
        <translation>añadido</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modificado</translation>
    </message>
    <message>
        <source>renamed</source>
        <translation>renombrado</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>%1 añadido(s)</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 eliminado(s)</translation>
    </message>
    <message>
        <source>%1 renamed</source>
        <translation>%1 renombrado(s)</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 modificado(s)</translation>
    </message>
    <message>
        <source>%1 moved</source>
        <translation>%1 movido(s)</translation>
    </message>
    <message>
        <source>findings: %1 new (errors %2, warnings %3), %4 resolved</source>
        <translation>hallazgos: %1 nuevos (errores %2, advertencias %3), %4 resueltos</translation>
    </message>
    <message>
        <source>no changes to the design</source>
        <translation>ningún cambio en el diseño</translation>
    </message>
    <message>
        <source>exported files that change: %1</source>
        <translation>archivos exportados que cambian: %1</translation>
    </message>
    <message>
        <source>new, accepted</source>
        <translation>nuevo, aceptado</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resuelto</translation>
    </message>
    <message>
        <source>severity %1 → %2</source>
        <translation>gravedad %1 → %2</translation>
    </message>
    <message>
        <source>now accepted</source>
        <translation>ahora aceptado</translation>
    </message>
    <message>
        <source>no longer accepted</source>
        <translation>ya no aceptado</translation>
    </message>
    <message>
        <source>renamed from %1</source>
        <translation>renombrado desde %1</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>movido</translation>
    </message>
    <message>
        <source>Design diff %1 → %2 (%3)</source>
        <translation>Comparación de diseño %1 → %2 (%3)</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Design changes:</source>
        <translation>Cambios en el diseño:</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>Hallazgos:</translation>
    </message>
    <message>
        <source>Single points of failure and blast radius:</source>
        <translation>Puntos únicos de fallo y radio de impacto:</translation>
    </message>
    <message>
        <source>Exports affected:</source>
        <translation>Exportaciones afectadas:</translation>
    </message>
    <message>
        <source>Findings: %1 new, %2 resolved</source>
        <translation>Hallazgos: %1 nuevos, %2 resueltos</translation>
    </message>
    <message>
        <source>accepted: %1</source>
        <translation>aceptado: %1</translation>
    </message>
    <message>
        <source>Single points of failure and blast radius</source>
        <translation>Puntos únicos de fallo y radio de impacto</translation>
    </message>
    <message>
        <source>Design changes</source>
        <translation>Cambios en el diseño</translation>
    </message>
    <message>
        <source>Exports affected</source>
        <translation>Exportaciones afectadas</translation>
    </message>
    <message>
        <source>Stackdraft: %1</source>
        <translation>Stackdraft: %1</translation>
    </message>
    <message>
        <source>… and %1 more (stackdraft-cli diff --format text shows all)</source>
        <translation>… y %1 más (stackdraft-cli diff --format text los muestra todos)</translation>
    </message>
    <message>
        <source>%1: old side: %2</source>
        <translation>%1: lado antiguo: %2</translation>
    </message>
    <message>
        <source>%1: new side: %2</source>
        <translation>%1: lado nuevo: %2</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
</context>
<context>
    <name>DesignMerge</name>
    <message>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>%1 modificado</translation>
    </message>
    <message>
        <source>exists</source>
        <translation>existe</translation>
    </message>
    <message>
        <source>deleted on one side and changed on the other; the changed one is kept</source>
        <translation>eliminado en un lado y modificado en el otro; se conserva la versión modificada</translation>
    </message>
    <message>
        <source>both sides changed it to different values</source>
        <translation>ambos lados lo cambiaron a valores distintos</translation>
    </message>
    <message>
        <source>both sides added it with different values</source>
        <translation>ambos lados lo añadieron con valores distintos</translation>
    </message>
    <message>
        <source>deleted on one side, but %1 still uses it on the other; it is kept</source>
        <translation>eliminado en un lado, pero %1 aún lo usa en el otro; se conserva</translation>
    </message>
    <message>
        <source>both sides connect %1 to %2; kept %3 and dropped this one</source>
        <translation>ambos lados conectan %1 con %2; se conserva %3 y se descarta esta</translation>
    </message>
    <message>
        <source>ours uses %1 for a zone and theirs for a component; the zone is kept</source>
        <translation>nuestro lado usa %1 para una zona y el suyo para un componente; se conserva la zona</translation>
    </message>
    <message>
        <source>it joins the component %1, which is a zone on our side; it is dropped</source>
        <translation>une el componente %1, que en nuestro lado es una zona; se descarta</translation>
    </message>
    <message>
        <source>ours uses %1 for a component and theirs for a zone; the component is kept and the zone&apos;s members move to its parent</source>
        <translation>nuestro lado usa %1 para un componente y el suyo para una zona; se conserva el componente y los miembros de la zona pasan a su zona superior</translation>
    </message>
    <message>
        <source>the two sides&apos; moves would put zones inside each other (%1); ours is kept</source>
        <translation>los movimientos de ambos lados meterían zonas unas dentro de otras (%1); se conserva el nuestro</translation>
    </message>
    <message>
        <source>the id %1 is a note on one side and another item on the other; the note is dropped</source>
        <translation>el id %1 es una nota en un lado y otro elemento en el otro; la nota se descarta</translation>
    </message>
</context>
<context>
    <name>DesignReader</name>
    <message>
        <source>converted from format version %1 to %2; saving writes version %2</source>
        <translation>convertido de la versión de formato %1 a la %2; al guardar se escribe la versión %2</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>no existe el archivo</translation>
    </message>
    <message>
        <source>is a folder, not a design file</source>
        <translation>es una carpeta, no un archivo de diseño</translation>
    </message>
    <message>
        <source>is not a regular file (a pipe or a device?); only design files can be opened</source>
        <translation>no es un archivo normal (¿una tubería o un dispositivo?); solo se pueden abrir archivos de diseño</translation>
    </message>
    <message>
        <source>the file has %1 MiB; design files of more than %2 MiB are refused</source>
        <translation>el archivo tiene %1 MiB; se rechazan los archivos de diseño de más de %2 MiB</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>el archivo supera los %1 MiB</translation>
    </message>
    <message>
        <source> (did you mean &apos;%1&apos;?)</source>
        <translation> (¿quería decir &apos;%1&apos;?)</translation>
    </message>
    <message>
        <source>too many errors; stopped reading</source>
        <translation>demasiados errores; se detuvo la lectura</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in %2%3</source>
        <translation>%2: clave desconocida &apos;%1&apos;%3</translation>
    </message>
    <message>
        <source>%1 must be a mapping, not %2</source>
        <translation>%1 debe ser un mapeo, no %2</translation>
    </message>
    <message>
        <source>%1 has no &apos;%2&apos;</source>
        <translation>%1: falta &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2 must be text, not %3</source>
        <translation>%2: &apos;%1&apos; debe ser texto, no %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2 is empty</source>
        <translation>%2: &apos;%1&apos; está vacío</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2 must be a list of two numbers, like [40, 60]</source>
        <translation>%2: &apos;%1&apos; debe ser una lista de dos números, como [40, 60]</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2 must hold numbers, not &apos;%3&apos;</source>
        <translation>%2: &apos;%1&apos; debe contener números, no &apos;%3&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2 must be positive and at most %3</source>
        <translation>%2: &apos;%1&apos; debe ser positivo y como máximo %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2 is beyond %3</source>
        <translation>%2: &apos;%1&apos; supera %3</translation>
    </message>
    <message>
        <source>&apos;properties&apos; of %1</source>
        <translation>&apos;properties&apos; de %1</translation>
    </message>
    <message>
        <source>unknown property &apos;%1&apos; for kind &apos;%2&apos; in %3%4</source>
        <translation>%3: propiedad desconocida &apos;%1&apos; para el tipo &apos;%2&apos;%4</translation>
    </message>
    <message>
        <source>property &apos;%1&apos; of %2 must be a single value, not %3</source>
        <translation>%2: la propiedad &apos;%1&apos; debe ser un único valor, no %3</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%2: %1</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos; in %2%3</source>
        <translation>%2: tipo desconocido &apos;%1&apos;%3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a component kind; list it under components, not zones</source>
        <translation>&apos;%1&apos; es un tipo de componente; inclúyalo en components, no en zones</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a zone kind; list it under zones, not components</source>
        <translation>&apos;%1&apos; es un tipo de zona; inclúyalo en zones, no en components</translation>
    </message>
    <message>
        <source>id &apos;%1&apos; of %2 must start with a letter or digit and use only letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; (at most 128)</source>
        <translation>%2: el id &apos;%1&apos; debe empezar por una letra o un dígito y usar solo letras, dígitos, &apos;-&apos;, &apos;_&apos; y &apos;.&apos; (128 como máximo)</translation>
    </message>
    <message>
        <source>duplicate id &apos;%1&apos; (first used on line %2)</source>
        <translation>id duplicado &apos;%1&apos; (usado por primera vez en la línea %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list, not %2</source>
        <translation>&apos;%1&apos; debe ser una lista, no %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has %2 entries; at most %3 are supported</source>
        <translation>&apos;%1&apos; tiene %2 entradas; se admiten como máximo %3</translation>
    </message>
    <message>
        <source>the file is empty; a design needs at least formatVersion and name</source>
        <translation>el archivo está vacío; un diseño necesita al menos formatVersion y name</translation>
    </message>
    <message>
        <source>a design file must be a mapping at the top, not %1</source>
        <translation>un archivo de diseño debe ser un mapeo en el nivel superior, no %1</translation>
    </message>
    <message>
        <source>missing &apos;formatVersion&apos; (this version of Stackdraft writes %1)</source>
        <translation>falta &apos;formatVersion&apos; (esta versión de Stackdraft escribe la %1)</translation>
    </message>
    <message>
        <source>&apos;formatVersion&apos; must be a whole number from 1, not &apos;%1&apos;</source>
        <translation>&apos;formatVersion&apos; debe ser un número entero a partir de 1, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the file has format version %1, written by a newer Stackdraft; this version reads up to format version %2. Update Stackdraft to open it.</source>
        <translation>el archivo tiene la versión de formato %1, escrita por una versión más reciente de Stackdraft; esta versión lee hasta la versión de formato %2. Actualice Stackdraft para abrirlo.</translation>
    </message>
    <message>
        <source>the design</source>
        <translation>el diseño</translation>
    </message>
    <message>
        <source>&apos;metadata&apos;</source>
        <translation>&apos;metadata&apos;</translation>
    </message>
    <message>
        <source>metadata &apos;%1&apos; must be text</source>
        <translation>el metadato &apos;%1&apos; debe ser texto</translation>
    </message>
    <message>
        <source>zone %1</source>
        <translation>zona %1</translation>
    </message>
    <message>
        <source>zone &apos;%1&apos;</source>
        <translation>zona &apos;%1&apos;</translation>
    </message>
    <message>
        <source>zone &apos;%1&apos; names parent &apos;%2&apos;, which is not a zone</source>
        <translation>la zona &apos;%1&apos; indica como padre &apos;%2&apos;, que no es una zona</translation>
    </message>
    <message>
        <source>component %1</source>
        <translation>componente %1</translation>
    </message>
    <message>
        <source>component &apos;%1&apos;</source>
        <translation>componente &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 is placed in &apos;%2&apos;, which is not a zone</source>
        <translation>%1 está situado en &apos;%2&apos;, que no es una zona</translation>
    </message>
    <message>
        <source>&apos;pinned&apos; of %1 must be true or false</source>
        <translation>%1: &apos;pinned&apos; debe ser true o false</translation>
    </message>
    <message>
        <source>connection %1</source>
        <translation>conexión %1</translation>
    </message>
    <message>
        <source>connection &apos;%1&apos;</source>
        <translation>conexión &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 goes %2 &apos;%3&apos;, which is a zone; connect components</source>
        <translation>%1: %2 &apos;%3&apos; es una zona; conecte componentes</translation>
    </message>
    <message>
        <source>%1 goes %2 &apos;%3&apos;, which does not exist</source>
        <translation>%1: %2 &apos;%3&apos; no existe</translation>
    </message>
    <message>
        <source>%1 connects &apos;%2&apos; to itself</source>
        <translation>%1 conecta &apos;%2&apos; consigo mismo</translation>
    </message>
    <message>
        <source>%1 repeats a connection from &apos;%2&apos; to &apos;%3&apos;</source>
        <translation>%1 repite una conexión de &apos;%2&apos; a &apos;%3&apos;</translation>
    </message>
    <message>
        <source>&apos;port&apos; of %1 must be a whole number from 1 to 65535, not &apos;%2&apos;</source>
        <translation>%1: &apos;port&apos; debe ser un número entero de 1 a 65535, no &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;mode&apos; of %1 must be sync or async, not &apos;%2&apos;</source>
        <translation>%1: &apos;mode&apos; debe ser sync o async, no &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;questionnaire&apos;</source>
        <translation>&apos;questionnaire&apos;</translation>
    </message>
    <message>
        <source>answer %1</source>
        <translation>respuesta %1</translation>
    </message>
    <message>
        <source>question &apos;%1&apos; is answered twice</source>
        <translation>la pregunta &apos;%1&apos; tiene dos respuestas</translation>
    </message>
    <message>
        <source>the value of %1 must be a number, text, true/false or a range [min, max]</source>
        <translation>%1: el valor debe ser un número, texto, true/false o un intervalo [min, max]</translation>
    </message>
    <message>
        <source>accepted finding %1</source>
        <translation>hallazgo aceptado %1</translation>
    </message>
    <message>
        <source>finding &apos;%1&apos; is accepted twice</source>
        <translation>el hallazgo &apos;%1&apos; se acepta dos veces</translation>
    </message>
    <message>
        <source>zones contain each other in a cycle: %1</source>
        <translation>hay zonas que se contienen entre sí en un ciclo: %1</translation>
    </message>
    <message>
        <source>zone &apos;%1&apos; is nested more than %2 levels deep</source>
        <translation>la zona &apos;%1&apos; está anidada a más de %2 niveles de profundidad</translation>
    </message>
    <message>
        <source>&apos;callsPerRequest&apos; of %1 must be a number from 0 to 1000, not &apos;%2&apos;</source>
        <translation>&apos;callsPerRequest&apos; de %1 debe ser un número de 0 a 1000, no &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;waypoints&apos; of %1 must be a list of points, like [[40, 60], [40, 200]]</source>
        <translation>«waypoints» de %1 debe ser una lista de puntos, como [[40, 60], [40, 200]]</translation>
    </message>
    <message>
        <source>%1 has %2 waypoints; at most %3 are allowed</source>
        <translation>%1 tiene %2 puntos de paso; se permiten %3 como máximo</translation>
    </message>
    <message>
        <source>&apos;style&apos; of %1 must be orthogonal, straight or curved, not &apos;%2&apos;</source>
        <translation>«style» de %1 debe ser orthogonal, straight o curved, no «%2»</translation>
    </message>
    <message>
        <source>the file ends in the middle of line %1, without a line break: it may have been cut off; check that nothing is missing at its end</source>
        <translation>el archivo termina en mitad de la línea %1, sin salto de línea: puede que esté cortado; compruebe que no falte nada al final</translation>
    </message>
    <message>
        <source>conflict %1</source>
        <translation>conflicto %1</translation>
    </message>
    <message>
        <source>&apos;type&apos; of %1 must be one of %2, not &apos;%3&apos;</source>
        <translation>&apos;type&apos; de %1 debe ser uno de %2, no &apos;%3&apos;</translation>
    </message>
    <message>
        <source>&apos;kept&apos; of %1 must be ours or theirs, not &apos;%2&apos;</source>
        <translation>&apos;kept&apos; de %1 debe ser ours o theirs, no &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the design has %1 unresolved merge conflict(s) under &apos;conflicts&apos;; resolve them and remove the list</source>
        <translation>el diseño tiene %1 conflicto(s) de fusión sin resolver en &apos;conflicts&apos;; resuélvalos y elimine la lista</translation>
    </message>
    <message>
        <source>&apos;zOrder&apos; of %1 must be a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation>«zOrder» de %1 debe ser un número entero de %2 a %3, no «%4»</translation>
    </message>
    <message>
        <source>note %1</source>
        <translation>nota %1</translation>
    </message>
    <message>
        <source>note &apos;%1&apos;</source>
        <translation>nota &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the text of %1 has %2 characters; a note holds at most %3</source>
        <translation>el texto de %1 tiene %2 caracteres; una nota admite como máximo %3</translation>
    </message>
    <message>
        <source>&apos;colour&apos; of %1 must be one of %2, not &apos;%3&apos;%4</source>
        <translation>&apos;colour&apos; de %1 debe ser uno de %2, no &apos;%3&apos;%4</translation>
    </message>
</context>
<context>
    <name>DesignWriter</name>
    <message>
        <source>the file changed on disk since it was read (another program saved it); nothing was written: run the command again</source>
        <translation>el archivo cambió en el disco desde que se leyó (otro programa lo guardó); no se escribió nada: vuelva a ejecutar la orden</translation>
    </message>
</context>
<context>
    <name>Diagnostic</name>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
</context>
<context>
    <name>Diagram</name>
    <message>
        <source>At scale %1 the image would be %2 × %3 pixels; choose a smaller scale.</source>
        <translation>A escala %1 la imagen tendría %2 × %3 píxeles; elija una escala menor.</translation>
    </message>
    <message>
        <source>The PNG image could not be encoded.</source>
        <translation>No se pudo codificar la imagen PNG.</translation>
    </message>
</context>
<context>
    <name>DrillsExport</name>
    <message>
        <source>no entry point: draw where traffic comes from (users, a partner API) so the drills know what must keep working</source>
        <translation>no hay punto de entrada: dibuje de dónde viene el tráfico (usuarios, una API de socio) para que los simulacros sepan qué debe seguir funcionando</translation>
    </message>
    <message>
        <source>Failure drills (Chaos Toolkit, AWS FIS)</source>
        <translation>Simulacros de fallo (Chaos Toolkit, AWS FIS)</translation>
    </message>
    <message>
        <source>Chaos experiments and a game-day plan from the failure simulation.</source>
        <translation>Experimentos de caos y un plan de game day a partir de la simulación de fallos.</translation>
    </message>
    <message>
        <source>How many of the components with the largest blast radius get a drill of their own.</source>
        <translation>Cuántos de los componentes con mayor radio de impacto reciben un simulacro propio.</translation>
    </message>
    <message>
        <source>no component users reach has a health endpoint: the experiments have no steady state to check</source>
        <translation>ningún componente que alcanzan los usuarios tiene un endpoint de salud: los experimentos no tienen un estado estable que comprobar</translation>
    </message>
</context>
<context>
    <name>EditPrompts</name>
    <message numerus="yes">
        <source>Delete “%1” and the %n item(s) inside it?</source>
        <translation>
            <numerusform>¿Eliminar «%1» y el %n elemento que contiene?</numerusform>
            <numerusform>¿Eliminar «%1» y los %n elementos que contiene?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 zones and the %n item(s) inside them?</source>
        <translation>
            <numerusform>¿Eliminar %1 zonas y el %n elemento que contienen?</numerusform>
            <numerusform>¿Eliminar %1 zonas y los %n elementos que contienen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Zone</source>
        <translation>Eliminar zona</translation>
    </message>
    <message>
        <source>Everything inside goes too, with its connections. Undo brings it all back.</source>
        <translation>Todo lo que contiene se elimina también, con sus conexiones. Deshacer lo recupera todo.</translation>
    </message>
    <message>
        <source>&amp;Delete All</source>
        <translation>&amp;Eliminar todo</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>%1: is a symbolic link; exports are written into real folders only</source>
        <translation>%1: es un enlace simbólico; las exportaciones solo se escriben en carpetas reales</translation>
    </message>
    <message>
        <source>%1: exists and is not a folder</source>
        <translation>%1: existe y no es una carpeta</translation>
    </message>
    <message>
        <source>%1: is an input of this export; refused</source>
        <translation>%1: es una entrada de esta exportación; rechazado</translation>
    </message>
    <message>
        <source>%1: refused, it is outside the export folder</source>
        <translation>%1: rechazado, está fuera de la carpeta de exportación</translation>
    </message>
    <message>
        <source>%1: is in the way of the generated folder and is not a folder</source>
        <translation>%1: estorba a la carpeta generada y no es una carpeta</translation>
    </message>
    <message>
        <source>%1: is a folder where the export writes a file; refused</source>
        <translation>%1: es una carpeta donde la exportación escribe un archivo; rechazado</translation>
    </message>
    <message>
        <source>%1: is a symbolic link or special file, which the export does not follow</source>
        <translation>%1: es un enlace simbólico o un archivo especial, que la exportación no sigue</translation>
    </message>
    <message>
        <source>%1: was not written by this export</source>
        <translation>%1: no lo escribió esta exportación</translation>
    </message>
    <message>
        <source>%1: was edited by hand since the last export</source>
        <translation>%1: se editó a mano desde la última exportación</translation>
    </message>
    <message>
        <source>; nothing was changed. Export with force to replace them.</source>
        <translation>; no se cambió nada. Exporte forzando para reemplazarlos.</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: no se puede crear la carpeta</translation>
    </message>
    <message>
        <source>%1: is a mount point; export into a folder inside it, so the new set can be swapped in whole</source>
        <translation>%1: es un punto de montaje; exporte a una carpeta dentro de él, para que el nuevo conjunto se intercambie entero</translation>
    </message>
    <message>
        <source>%1: cannot create a folder: %2</source>
        <translation>%1: no se puede crear una carpeta: %2</translation>
    </message>
    <message>
        <source>%1: cannot keep it in the new export: %2</source>
        <translation>%1: no se puede conservar en la nueva exportación: %2</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: no se puede escribir: %2</translation>
    </message>
    <message>
        <source>%1: cannot put the new export in place: %2</source>
        <translation>%1: no se puede poner la nueva exportación en su sitio: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: the export made %n file(s) where one was expected</source>
        <translation>
            <numerusform>%1: la exportación generó %n archivo donde se esperaba uno</numerusform>
            <numerusform>%1: la exportación generó %n archivos donde se esperaba uno</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FailureModel</name>
    <message>
        <source>availability zone %1</source>
        <translation>zona de disponibilidad %1</translation>
    </message>
    <message>
        <source>region %1</source>
        <translation>región %1</translation>
    </message>
    <message>
        <source>provider %1</source>
        <translation>proveedor %1</translation>
    </message>
    <message>
        <source>unknown failure scope &apos;%1&apos;: use a component id, zone:NAME, region:NAME or provider:NAME</source>
        <translation>ámbito de fallo desconocido &apos;%1&apos;: use un id de componente, zone:NOMBRE, region:NOMBRE o provider:NOMBRE</translation>
    </message>
    <message>
        <source>no component with id &apos;%1&apos;</source>
        <translation>ningún componente con el id &apos;%1&apos;</translation>
    </message>
    <message>
        <source>nothing in the design is placed in %1 &apos;%2&apos;</source>
        <translation>nada del diseño está ubicado en %1 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>a single self-run broker</source>
        <translation>un único broker autogestionado</translation>
    </message>
    <message>
        <source>a single instance</source>
        <translation>una única instancia</translation>
    </message>
    <message>
        <source>%1 replicas, all in %2</source>
        <translation>%1 réplicas, todas en %2</translation>
    </message>
    <message>
        <source>placed in %1</source>
        <translation>ubicado en %1</translation>
    </message>
    <message>
        <source>single-zone (multi-AZ off)</source>
        <translation>una sola zona (multi-AZ desactivado)</translation>
    </message>
    <message>
        <source>multi-AZ</source>
        <translation>multi-AZ</translation>
    </message>
    <message>
        <source>%1 replicas spread over zones</source>
        <translation>%1 réplicas repartidas entre zonas</translation>
    </message>
    <message>
        <source>run by the provider</source>
        <translation>gestionado por el proveedor</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 y %2 más</translation>
    </message>
    <message>
        <source>%1 (multi-AZ) fails over to its standby in another availability zone and stays up.</source>
        <translation>%1 (multi-AZ) conmuta a su réplica en espera en otra zona de disponibilidad y sigue disponible.</translation>
    </message>
    <message>
        <source>%1 (multi-AZ) fails over to its standby in another availability zone of %2 and stays up.</source>
        <translation>%1 (multi-AZ) conmuta a su réplica en espera en otra zona de disponibilidad de %2 y sigue disponible.</translation>
    </message>
    <message>
        <source>multi-AZ, primary in %1</source>
        <translation>multi-AZ, principal en %1</translation>
    </message>
</context>
<context>
    <name>FilePrompts</name>
    <message>
        <source>File changed on disk</source>
        <translation>Archivo modificado en el disco</translation>
    </message>
    <message>
        <source>“%1” was changed by another program since you opened or last saved it here. Saving now would overwrite those changes.</source>
        <translation>«%1» ha sido modificado por otro programa desde que lo abrió o lo guardó aquí por última vez. Guardar ahora sobrescribiría esos cambios.</translation>
    </message>
    <message>
        <source>Reload shows the file as it is on disk; your unsaved changes stay in the undo history. Save As keeps both versions.</source>
        <translation>Recargar muestra el archivo tal como está en el disco; sus cambios sin guardar quedan en el historial de deshacer. Guardar como conserva ambas versiones.</translation>
    </message>
    <message>
        <source>&amp;Reload (Discard Mine)</source>
        <translation>&amp;Recargar (descartar los míos)</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>&amp;Sobrescribir</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>“%1” was changed by another program, and you have unsaved changes here.</source>
        <translation>«%1» ha sido modificado por otro programa y usted tiene aquí cambios sin guardar.</translation>
    </message>
    <message>
        <source>Reload shows the file as it is on disk; Undo brings your changes back. Keep My Changes leaves the file alone until you save, which asks again.</source>
        <translation>Recargar muestra el archivo tal como está en el disco; Deshacer recupera sus cambios. Conservar mis cambios deja el archivo intacto hasta que guarde, y entonces se vuelve a preguntar.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>&amp;Keep My Changes</source>
        <translation>&amp;Conservar mis cambios</translation>
    </message>
</context>
<context>
    <name>FixPlanner</name>
    <message>
        <source>there is no connection &apos;%1&apos;</source>
        <translation>no hay ninguna conexión «%1»</translation>
    </message>
    <message>
        <source>cannot move &apos;%1&apos; into &apos;%2&apos;</source>
        <translation>no se puede mover «%1» a «%2»</translation>
    </message>
    <message>
        <source>there is no component &apos;%1&apos;</source>
        <translation>no hay ningún componente «%1»</translation>
    </message>
    <message>
        <source>cannot add component &apos;%1&apos;</source>
        <translation>no se puede añadir el componente «%1»</translation>
    </message>
    <message>
        <source>cannot add connection &apos;%1&apos;: %2</source>
        <translation>no se puede añadir la conexión «%1»: %2</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activado</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>%1: %2 %3 → %4</source>
        <translation>%1: %2 %3 → %4</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>el nivel superior</translation>
    </message>
    <message>
        <source>%1: moves from %2 into %3 (it keeps its place on the canvas)</source>
        <translation>%1: pasa de %2 a %3 (conserva su lugar en el lienzo)</translation>
    </message>
    <message>
        <source>New %1 “%2” (%3) in %4</source>
        <translation>Nuevo %1 «%2» (%3) en %4</translation>
    </message>
    <message>
        <source>New connection %1 → %2</source>
        <translation>Nueva conexión %1 → %2</translation>
    </message>
    <message>
        <source>%1 → %2 now goes %1 → %3 → %2</source>
        <translation>%1 → %2 ahora va %1 → %3 → %2</translation>
    </message>
    <message>
        <source>Enable multi-AZ on %1</source>
        <translation>Activar multi-AZ en %1</translation>
    </message>
    <message>
        <source>Add a second replica of %1 in another zone</source>
        <translation>Añadir una segunda réplica de %1 en otra zona</translation>
    </message>
    <message>
        <source>Spread the replicas of %1 over the zones of its region</source>
        <translation>Repartir las réplicas de %1 entre las zonas de su región</translation>
    </message>
    <message>
        <source>Keep %1 up when %2 fails</source>
        <translation>Mantener %1 disponible cuando falle %2</translation>
    </message>
    <message>
        <source>the zone</source>
        <translation>la zona</translation>
    </message>
    <message>
        <source>Run %1 with %2 members</source>
        <translation>Ejecutar %1 con %2 miembros</translation>
    </message>
    <message>
        <source>%1 load balancer</source>
        <translation>Balanceador de carga de %1</translation>
    </message>
    <message>
        <source>Put a load balancer in front of %1</source>
        <translation>Poner un balanceador de carga delante de %1</translation>
    </message>
    <message>
        <source>%1 WAF</source>
        <translation>WAF de %1</translation>
    </message>
    <message>
        <source>Internet clients</source>
        <translation>Clientes de Internet</translation>
    </message>
    <message>
        <source>Add a WAF in front of %1</source>
        <translation>Añadir un WAF delante de %1</translation>
    </message>
    <message>
        <source>Enable backups of %1 with 7 days of retention</source>
        <translation>Activar las copias de seguridad de %1 con 7 días de retención</translation>
    </message>
    <message>
        <source>Keep backups of %1 for 7 days</source>
        <translation>Conservar las copias de seguridad de %1 durante 7 días</translation>
    </message>
    <message>
        <source>Enable versioning on %1</source>
        <translation>Activar el control de versiones en %1</translation>
    </message>
    <message>
        <source>Add a dead-letter queue to %1</source>
        <translation>Añadir una cola de mensajes fallidos a %1</translation>
    </message>
    <message>
        <source>Turn on encryption at rest for %1</source>
        <translation>Activar el cifrado en reposo para %1</translation>
    </message>
</context>
<context>
    <name>HtmlPdf</name>
    <message>
        <source>printing a PDF needs fonts, and so a GUI application</source>
        <translation>imprimir un PDF requiere fuentes y, por tanto, una aplicación gráfica</translation>
    </message>
    <message>
        <source>there is nothing to print</source>
        <translation>no hay nada que imprimir</translation>
    </message>
    <message>
        <source>the PDF could not be made</source>
        <translation>no se pudo crear el PDF</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>service %1</source>
        <translation>servicio %1</translation>
    </message>
    <message>
        <source>restart: %1 (runs to completion)</source>
        <translation>restart: %1 (se ejecuta hasta terminar)</translation>
    </message>
    <message>
        <source> (only with profile %1)</source>
        <translation> (solo con el perfil %1)</translation>
    </message>
    <message>
        <source>kind %1: %2 matches no known engine%3</source>
        <translation>tipo %1: %2 no corresponde a ningún motor conocido%3</translation>
    </message>
    <message>
        <source>no image, built from source</source>
        <translation>sin imagen, compilado desde el código</translation>
    </message>
    <message>
        <source>kind %1, from its %2%3</source>
        <translation>tipo %1, según %2%3</translation>
    </message>
    <message>
        <source>ports must be a list, not %1</source>
        <translation>ports debe ser una lista, no %1</translation>
    </message>
    <message>
        <source>port &apos;%1&apos; is not a port mapping</source>
        <translation>el puerto &apos;%1&apos; no es una asignación de puertos</translation>
    </message>
    <message>
        <source>cpus &apos;%1&apos; is not a number of CPUs</source>
        <translation>cpus &apos;%1&apos; no es un número de CPU</translation>
    </message>
    <message>
        <source>memory &apos;%1&apos; is not an amount of memory</source>
        <translation>memory &apos;%1&apos; no es una cantidad de memoria</translation>
    </message>
    <message>
        <source>deploy.%1 has no counterpart in a design</source>
        <translation>deploy.%1 no tiene equivalente en un diseño</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a whole number</source>
        <translation>%1 &apos;%2&apos; no es un número entero</translation>
    </message>
    <message>
        <source>a health check that is not an HTTP request: only an HTTP path has a place in a design</source>
        <translation>una comprobación de estado que no es una petición HTTP: solo una ruta HTTP tiene cabida en un diseño</translation>
    </message>
    <message>
        <source>%1 (%2): files from the host or read-only data are no state the design tracks</source>
        <translation>%1 (%2): los archivos del host o los datos de solo lectura no son estado que el diseño siga</translation>
    </message>
    <message>
        <source>stateful: it keeps data in the volume %1</source>
        <translation>con estado: guarda datos en el volumen %1</translation>
    </message>
    <message>
        <source>keeps its data in the volume %1</source>
        <translation>guarda sus datos en el volumen %1</translation>
    </message>
    <message>
        <source>variable %1</source>
        <translation>variable %1</translation>
    </message>
    <message>
        <source>env_file %1 cannot be read: the connections its variables name are missing</source>
        <translation>no se puede leer env_file %1: faltan las conexiones que nombran sus variables</translation>
    </message>
    <message>
        <source>variable %1 of %2</source>
        <translation>variable %1 de %2</translation>
    </message>
    <message>
        <source>not carried over, having no counterpart in a design: %1</source>
        <translation>no se traslada, sin equivalente en un diseño: %1</translation>
    </message>
    <message>
        <source>networks: a design draws no networks between containers; every service may reach every other</source>
        <translation>networks: un diseño no dibuja redes entre contenedores; cada servicio puede alcanzar a todos</translation>
    </message>
    <message>
        <source>Docker Compose</source>
        <translation>Docker Compose</translation>
    </message>
    <message>
        <source>Compose files (*.yaml *.yml)</source>
        <translation>Archivos compose (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>defines no services: nothing to import</source>
        <translation>no define servicios: nada que importar</translation>
    </message>
    <message>
        <source>Imported from docker compose: %1.</source>
        <translation>Importado de docker compose: %1.</translation>
    </message>
    <message>
        <source>holds no compose.yaml, compose.yml, docker-compose.yaml or docker-compose.yml</source>
        <translation>no contiene compose.yaml, compose.yml, docker-compose.yaml ni docker-compose.yml</translation>
    </message>
    <message>
        <source>cannot be read; variables are read as empty or their defaults</source>
        <translation>no se puede leer; las variables se leen vacías o con su valor por defecto</translation>
    </message>
    <message>
        <source>includes itself (through %1)</source>
        <translation>se incluye a sí mismo (a través de %1)</translation>
    </message>
    <message>
        <source>includes nest deeper than %1 files</source>
        <translation>las inclusiones se anidan en más de %1 archivos</translation>
    </message>
    <message>
        <source>is empty, not a compose file</source>
        <translation>está vacío, no es un archivo compose</translation>
    </message>
    <message>
        <source>holds %1 YAML documents; a compose file has one</source>
        <translation>contiene %1 documentos YAML; un archivo compose tiene uno</translation>
    </message>
    <message>
        <source>not a compose file: the top level is %1, not a mapping</source>
        <translation>no es un archivo compose: el nivel superior es %1, no un mapa</translation>
    </message>
    <message>
        <source>not a compose file: this is a Kubernetes manifest (use import kubernetes)</source>
        <translation>no es un archivo compose: es un manifiesto de Kubernetes (use import kubernetes)</translation>
    </message>
    <message>
        <source>&apos;include&apos; must be a list, not %1</source>
        <translation>&apos;include&apos; debe ser una lista, no %1</translation>
    </message>
    <message>
        <source>an include needs a path</source>
        <translation>una inclusión necesita una ruta</translation>
    </message>
    <message>
        <source>the include of %1 failed (see above)</source>
        <translation>la inclusión de %1 falló (véase arriba)</translation>
    </message>
    <message>
        <source>not a compose file: it has no &apos;services&apos;</source>
        <translation>no es un archivo compose: no tiene &apos;services&apos;</translation>
    </message>
    <message>
        <source>a version 1 file (no &apos;services&apos;): every top-level entry read as a service</source>
        <translation>un archivo de la versión 1 (sin &apos;services&apos;): cada entrada de primer nivel se lee como un servicio</translation>
    </message>
    <message>
        <source>&apos;services&apos; must be a mapping of service names, not %1</source>
        <translation>&apos;services&apos; debe ser un mapa de nombres de servicio, no %1</translation>
    </message>
    <message>
        <source>not a top-level key of the Compose Specification; ignored</source>
        <translation>no es una clave de primer nivel de la Compose Specification; se ignora</translation>
    </message>
    <message>
        <source>top-level %1 have no counterpart in a design (where services use them, their entries say so)</source>
        <translation>los %1 de primer nivel no tienen equivalente en un diseño (donde los servicios los usan, sus entradas lo dicen)</translation>
    </message>
    <message>
        <source>service &apos;%1&apos; must be a mapping, not %2</source>
        <translation>el servicio &apos;%1&apos; debe ser un mapa, no %2</translation>
    </message>
    <message>
        <source>service &apos;%1&apos; is also defined by an included file (%2); compose refuses that</source>
        <translation>el servicio &apos;%1&apos; también lo define un archivo incluido (%2); compose lo rechaza</translation>
    </message>
    <message>
        <source>overrides its definition in %1</source>
        <translation>sustituye su definición en %1</translation>
    </message>
    <message>
        <source>service &apos;%1&apos;: extends chain deeper than %2 (circular?)</source>
        <translation>servicio &apos;%1&apos;: cadena de extends de más de %2 niveles (¿circular?)</translation>
    </message>
    <message>
        <source>service &apos;%1&apos;: extends needs a service name</source>
        <translation>servicio &apos;%1&apos;: extends necesita un nombre de servicio</translation>
    </message>
    <message>
        <source>service &apos;%1&apos; extends &apos;%2&apos;, which is not defined</source>
        <translation>el servicio &apos;%1&apos; extiende &apos;%2&apos;, que no está definido</translation>
    </message>
    <message>
        <source>service &apos;%1&apos; extends itself</source>
        <translation>el servicio &apos;%1&apos; se extiende a sí mismo</translation>
    </message>
    <message>
        <source>service &apos;%1&apos;: cannot read the file it extends</source>
        <translation>servicio &apos;%1&apos;: no se puede leer el archivo que extiende</translation>
    </message>
    <message>
        <source>service &apos;%1&apos; extends &apos;%2&apos;, which %3 does not define</source>
        <translation>el servicio &apos;%1&apos; extiende &apos;%2&apos;, que %3 no define</translation>
    </message>
    <message>
        <source>not set in the project&apos;s .env; read as empty</source>
        <translation>no está en el .env del proyecto; se lee vacía</translation>
    </message>
    <message>
        <source>%1 is empty: what it should reach is not in the files; not connected</source>
        <translation>%1 está vacía: lo que debe alcanzar no está en los archivos; no se conecta</translation>
    </message>
    <message>
        <source>%1 = &apos;%2&apos; names no host the import can follow; not connected</source>
        <translation>%1 = &apos;%2&apos; no nombra ningún host que la importación pueda seguir; no se conecta</translation>
    </message>
    <message>
        <source>Imported design</source>
        <translation>Diseño importado</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos;; imported as a microservice</source>
        <translation>tipo desconocido &apos;%1&apos;; importado como microservicio</translation>
    </message>
    <message>
        <source>%1 = %2: a %3 has no such property</source>
        <translation>%1 = %2: un componente de tipo %3 no tiene esa propiedad</translation>
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
        <translation>componente %1 (tipo %2)</translation>
    </message>
    <message>
        <source>component %1 (kind %2) with %3</source>
        <translation>componente %1 (tipo %2) con %3</translation>
    </message>
    <message>
        <source>the host name %1 is also %2&apos;s; references to it go to %2</source>
        <translation>el nombre de host %1 también es de %2; las referencias van a %2</translation>
    </message>
    <message>
        <source>%1 names the host %2, which nothing imported defines; not connected</source>
        <translation>%1 nombra el host %2, que nada de lo importado define; no se conecta</translation>
    </message>
    <message>
        <source>calls %1 (%2)</source>
        <translation>llama a %1 (%2)</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON no válido: %1</translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation>YAML no válido: %1</translation>
    </message>
    <message>
        <source>is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>is %1 MiB; files above %2 MiB are refused</source>
        <translation>ocupa %1 MiB; se rechazan archivos de más de %2 MiB</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>is larger than %1 MiB</source>
        <translation>supera %1 MiB</translation>
    </message>
    <message>
        <source>is a binary file, not YAML or JSON</source>
        <translation>es un archivo binario, no YAML ni JSON</translation>
    </message>
    <message>
        <source>holds no file ending in %1</source>
        <translation>no contiene ningún archivo terminado en %1</translation>
    </message>
    <message>
        <source>%1 files; an import reads at most %2</source>
        <translation>%1 archivos; una importación lee como máximo %2</translation>
    </message>
    <message>
        <source>the files add up to more than %1 MiB; an import reads at most that</source>
        <translation>los archivos suman más de %1 MiB; una importación no lee más</translation>
    </message>
    <message>
        <source>image %1</source>
        <translation>imagen %1</translation>
    </message>
    <message>
        <source>port %1</source>
        <translation>puerto %1</translation>
    </message>
    <message>
        <source>not a Kubernetes object: this looks like a compose file (use import compose)</source>
        <translation>no es un objeto de Kubernetes: parece un archivo compose (use import compose)</translation>
    </message>
    <message>
        <source>not a Kubernetes object: a manifest needs apiVersion and kind</source>
        <translation>no es un objeto de Kubernetes: un manifiesto necesita apiVersion y kind</translation>
    </message>
    <message>
        <source>a kustomize file: the manifests beside it are read as they are; for its patches and generators import the output of kubectl kustomize</source>
        <translation>un archivo kustomize: los manifiestos a su lado se leen tal cual; para sus parches y generadores importe la salida de kubectl kustomize</translation>
    </message>
    <message>
        <source>%1 without metadata.name</source>
        <translation>%1 sin metadata.name</translation>
    </message>
    <message>
        <source>has no containers: nothing runs, so no component</source>
        <translation>no tiene contenedores: nada se ejecuta, así que no hay componente</translation>
    </message>
    <message>
        <source>kind %1</source>
        <translation>tipo %1</translation>
    </message>
    <message>
        <source>kind %1, as its label app.kubernetes.io/component says</source>
        <translation>tipo %1, como dice su etiqueta app.kubernetes.io/component</translation>
    </message>
    <message>
        <source>kind %1: the image %2 matches no known engine</source>
        <translation>tipo %1: la imagen %2 no corresponde a ningún motor conocido</translation>
    </message>
    <message>
        <source>kind %1, from its %2</source>
        <translation>tipo %1, según %2</translation>
    </message>
    <message>
        <source>sidecar container %1: runs beside the main container, not a component of its own</source>
        <translation>contenedor sidecar %1: se ejecuta junto al principal, no es un componente propio</translation>
    </message>
    <message>
        <source>a DaemonSet runs one pod per node: its replica count depends on the cluster</source>
        <translation>un DaemonSet ejecuta un pod por nodo: su número de réplicas depende del clúster</translation>
    </message>
    <message>
        <source>replicas &apos;%1&apos; is not a whole number</source>
        <translation>replicas &apos;%1&apos; no es un número entero</translation>
    </message>
    <message>
        <source>cpu &apos;%1&apos; is not a CPU quantity</source>
        <translation>cpu &apos;%1&apos; no es una cantidad de CPU</translation>
    </message>
    <message>
        <source>memory &apos;%1&apos; is not a memory quantity</source>
        <translation>memory &apos;%1&apos; no es una cantidad de memoria</translation>
    </message>
    <message>
        <source>%1 is not an HTTP check: only an HTTP path has a place in a design</source>
        <translation>%1 no es una comprobación HTTP: solo una ruta HTTP tiene cabida en un diseño</translation>
    </message>
    <message>
        <source>variable %1 (ConfigMap %2)</source>
        <translation>variable %1 (ConfigMap %2)</translation>
    </message>
    <message>
        <source>envFrom ConfigMap %1, which the manifests do not hold: the connections its values name are missing</source>
        <translation>envFrom ConfigMap %1, que los manifiestos no contienen: faltan las conexiones que nombran sus valores</translation>
    </message>
    <message>
        <source>selects no workload in the manifests; imported as a %1 of its own%2</source>
        <translation>no selecciona ninguna carga de trabajo de los manifiestos; importado como %1 propio%2</translation>
    </message>
    <message>
        <source> (from its %1)</source>
        <translation> (según %1)</translation>
    </message>
    <message>
        <source>selects %1 workloads; its name is taken as %2&apos;s</source>
        <translation>selecciona %1 cargas de trabajo; su nombre se asigna a %2</translation>
    </message>
    <message>
        <source>reaches %1</source>
        <translation>llega a %1</translation>
    </message>
    <message>
        <source>%1 load balancer</source>
        <translation>balanceador de carga %1</translation>
    </message>
    <message>
        <source>Service type LoadBalancer</source>
        <translation>Service de tipo LoadBalancer</translation>
    </message>
    <message>
        <source>a NodePort Service: traffic starts at what it selects</source>
        <translation>un Service NodePort: el tráfico empieza en lo que selecciona</translation>
    </message>
    <message>
        <source>the entry point: a public load balancer</source>
        <translation>el punto de entrada: un balanceador de carga público</translation>
    </message>
    <message>
        <source>an internal load balancer, where traffic starts</source>
        <translation>un balanceador de carga interno, donde empieza el tráfico</translation>
    </message>
    <message>
        <source>%1 backend</source>
        <translation>backend de %1</translation>
    </message>
    <message>
        <source>its parent Gateway %1/%2 is not in the manifests; the route is not connected</source>
        <translation>su Gateway padre %1/%2 no está en los manifiestos; la ruta no se conecta</translation>
    </message>
    <message>
        <source>scales %1, which the manifests do not hold</source>
        <translation>escala %1, que los manifiestos no contienen</translation>
    </message>
    <message>
        <source>autoscaled by %1</source>
        <translation>escalado automáticamente por %1</translation>
    </message>
    <message>
        <source>selects no workload in the manifests</source>
        <translation>no selecciona ninguna carga de trabajo de los manifiestos</translation>
    </message>
    <message>
        <source>PodDisruptionBudget %1 (%2): the catalog has no property for a disruption budget</source>
        <translation>PodDisruptionBudget %1 (%2): el catálogo no tiene propiedad para un presupuesto de interrupción</translation>
    </message>
    <message>
        <source>a rule for every pod (empty podSelector): no connection drawn</source>
        <translation>una regla para todos los pods (podSelector vacío): no se dibuja conexión</translation>
    </message>
    <message>
        <source>NetworkPolicy rule</source>
        <translation>regla de NetworkPolicy</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>y %1 más</translation>
    </message>
    <message>
        <source>%1 object(s) with no counterpart in a design: %2</source>
        <translation>%1 objeto(s) sin equivalente en un diseño: %2</translation>
    </message>
    <message>
        <source>Kubernetes manifests</source>
        <translation>Manifiestos de Kubernetes</translation>
    </message>
    <message>
        <source>Kubernetes manifests (*.yaml *.yml *.json)</source>
        <translation>Manifiestos de Kubernetes (*.yaml *.yml *.json)</translation>
    </message>
    <message>
        <source>holds no workload, Service, Ingress or Gateway: nothing to import</source>
        <translation>no contiene carga de trabajo, Service, Ingress ni Gateway: nada que importar</translation>
    </message>
    <message>
        <source>Imported from Kubernetes manifests: %1.</source>
        <translation>Importado de manifiestos de Kubernetes: %1.</translation>
    </message>
    <message>
        <source>the end of the file</source>
        <translation>el final del archivo</translation>
    </message>
    <message>
        <source>a new line</source>
        <translation>un salto de línea</translation>
    </message>
    <message>
        <source>the character U+%1</source>
        <translation>el carácter U+%1</translation>
    </message>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation>anidado a más de %1 niveles de profundidad</translation>
    </message>
    <message>
        <source>unterminated comment: &apos;/*&apos; without &apos;*/&apos;</source>
        <translation>comentario sin terminar: &apos;/*&apos; sin &apos;*/&apos;</translation>
    </message>
    <message>
        <source>binary data (a NUL byte): not an HCL text file</source>
        <translation>datos binarios (un byte NUL): no es un archivo de texto HCL</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>se esperaba %1, se encontró %2</translation>
    </message>
    <message>
        <source>expected a name, found %1</source>
        <translation>se esperaba un nombre, se encontró %1</translation>
    </message>
    <message>
        <source>unterminated block: &apos;{&apos; at line %1 without &apos;}&apos;</source>
        <translation>bloque sin terminar: &apos;{&apos; en la línea %1 sin &apos;}&apos;</translation>
    </message>
    <message>
        <source>the attribute &apos;%1&apos; is set twice</source>
        <translation>el atributo &apos;%1&apos; se define dos veces</translation>
    </message>
    <message>
        <source>a block label cannot contain interpolations</source>
        <translation>una etiqueta de bloque no puede contener interpolaciones</translation>
    </message>
    <message>
        <source>expected &apos;=&apos; or a block&apos;s &apos;{&apos; after &apos;%1&apos;, found %2</source>
        <translation>se esperaba &apos;=&apos; o la &apos;{&apos; de un bloque tras &apos;%1&apos;, se encontró %2</translation>
    </message>
    <message>
        <source>expected a new line after the item, found %1</source>
        <translation>se esperaba un salto de línea tras el elemento, se encontró %1</translation>
    </message>
    <message>
        <source>the number %1 is out of range</source>
        <translation>el número %1 está fuera de rango</translation>
    </message>
    <message>
        <source>expected an expression, found the end of the file</source>
        <translation>se esperaba una expresión, se encontró el final del archivo</translation>
    </message>
    <message>
        <source>expected an expression, found %1</source>
        <translation>se esperaba una expresión, se encontró %1</translation>
    </message>
    <message>
        <source>&apos;...&apos; may only follow the last argument of %1()</source>
        <translation>&apos;...&apos; solo puede seguir al último argumento de %1()</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;)&apos; in the arguments of %1(), found %2</source>
        <translation>se esperaba &apos;,&apos; o &apos;)&apos; en los argumentos de %1(), se encontró %2</translation>
    </message>
    <message>
        <source>expected &apos;in&apos; in the for-expression, found %1</source>
        <translation>se esperaba &apos;in&apos; en la expresión for, se encontró %1</translation>
    </message>
    <message>
        <source>unterminated list: &apos;[&apos; at line %1 without &apos;]&apos;</source>
        <translation>lista sin terminar: &apos;[&apos; en la línea %1 sin &apos;]&apos;</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; in the list, found %1</source>
        <translation>se esperaba &apos;,&apos; o &apos;]&apos; en la lista, se encontró %1</translation>
    </message>
    <message>
        <source>expected &apos;=&gt;&apos; in the object for-expression, found %1</source>
        <translation>se esperaba &apos;=&gt;&apos; en la expresión for de objeto, se encontró %1</translation>
    </message>
    <message>
        <source>unterminated object: &apos;{&apos; at line %1 without &apos;}&apos;</source>
        <translation>objeto sin terminar: &apos;{&apos; en la línea %1 sin &apos;}&apos;</translation>
    </message>
    <message>
        <source>expected &apos;=&apos; or &apos;:&apos; after the object key, found %1</source>
        <translation>se esperaba &apos;=&apos; o &apos;:&apos; tras la clave del objeto, se encontró %1</translation>
    </message>
    <message>
        <source>expected &apos;,&apos;, a new line or &apos;}&apos; after the object item, found %1</source>
        <translation>se esperaba &apos;,&apos;, un salto de línea o &apos;}&apos; tras el elemento del objeto, se encontró %1</translation>
    </message>
    <message>
        <source>unterminated string: the quote at line %1, column %2 is never closed</source>
        <translation>cadena sin terminar: la comilla de la línea %1, columna %2 nunca se cierra</translation>
    </message>
    <message>
        <source>unterminated heredoc: no line &apos;%1&apos; closes the heredoc of line %2</source>
        <translation>heredoc sin terminar: ninguna línea &apos;%1&apos; cierra el heredoc de la línea %2</translation>
    </message>
    <message>
        <source>unterminated string: the line ends inside the quotes (use a heredoc for several lines)</source>
        <translation>cadena sin terminar: la línea termina dentro de las comillas (use un heredoc para varias líneas)</translation>
    </message>
    <message>
        <source>invalid escape \%1: expected %2 hexadecimal digits</source>
        <translation>escape \%1 no válido: se esperaban %2 dígitos hexadecimales</translation>
    </message>
    <message>
        <source>invalid escape sequence &apos;\%1&apos; in a string</source>
        <translation>secuencia de escape &apos;\%1&apos; no válida en una cadena</translation>
    </message>
    <message>
        <source>expected if, else, endif, for or endfor after &apos;%{&apos;, found %1</source>
        <translation>se esperaba if, else, endif, for o endfor tras &apos;%{&apos;, se encontró %1</translation>
    </message>
    <message>
        <source>expected &apos;in&apos; in the template for directive, found %1</source>
        <translation>se esperaba &apos;in&apos; en la directiva for de la plantilla, se encontró %1</translation>
    </message>
    <message>
        <source>the %{%1} directive is never closed with %{%2}</source>
        <translation>la directiva %{%1} nunca se cierra con %{%2}</translation>
    </message>
    <message>
        <source>%{%1} does not close %{%2}</source>
        <translation>%{%1} no cierra %{%2}</translation>
    </message>
    <message>
        <source>expected the heredoc&apos;s delimiter after &apos;&lt;&lt;&apos;, found %1</source>
        <translation>se esperaba el delimitador del heredoc tras &apos;&lt;&lt;&apos;, se encontró %1</translation>
    </message>
    <message>
        <source>expected a new line after the heredoc&apos;s delimiter %1, found %2</source>
        <translation>se esperaba un salto de línea tras el delimitador de heredoc %1, se encontró %2</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>el archivo supera los %1 MiB</translation>
    </message>
    <message>
        <source>unknown zone kind &apos;%1&apos;; left out</source>
        <translation>tipo de zona desconocido &apos;%1&apos;; omitido</translation>
    </message>
    <message>
        <source>zone %1 (kind %2)</source>
        <translation>zona %1 (tipo %2)</translation>
    </message>
    <message>
        <source>holds no .tf file</source>
        <translation>no contiene ningún archivo .tf</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>is larger than %1 MiB; not read</source>
        <translation>supera los %1 MiB; no se lee</translation>
    </message>
    <message>
        <source>the import is larger than %1 files or %2 MiB; stopped</source>
        <translation>la importación supera %1 archivos o %2 MiB; detenida</translation>
    </message>
    <message>
        <source>not valid HCL: %1</source>
        <translation>HCL no válido: %1</translation>
    </message>
    <message>
        <source>has no literal source; its resources are not imported</source>
        <translation>no tiene un origen literal; sus recursos no se importan</translation>
    </message>
    <message>
        <source>source %1 is not a local folder (registry, git or URL); its resources are not imported</source>
        <translation>el origen %1 no es una carpeta local (registro, git o URL); sus recursos no se importan</translation>
    </message>
    <message>
        <source>modules nested more than %1 deep (a module calling itself?)</source>
        <translation>módulos anidados a más de %1 niveles (¿un módulo que se llama a sí mismo?)</translation>
    </message>
    <message>
        <source>source %1: no such folder; its resources are not imported</source>
        <translation>origen %1: no existe la carpeta; sus recursos no se importan</translation>
    </message>
    <message>
        <source>local module %1 read</source>
        <translation>módulo local %1 leído</translation>
    </message>
    <message>
        <source>Terraform</source>
        <translation>Terraform</translation>
    </message>
    <message>
        <source>Terraform files and plans (*.tf *.json)</source>
        <translation>Archivos y planes de Terraform (*.tf *.json)</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>no existe el archivo o la carpeta</translation>
    </message>
    <message>
        <source>holds no .tf file and no terraform show -json output</source>
        <translation>no contiene ningún archivo .tf ni salida de terraform show -json</translation>
    </message>
    <message>
        <source>defines no resources: nothing to import</source>
        <translation>no define recursos: nada que importar</translation>
    </message>
    <message>
        <source>Imported from Terraform: %1.</source>
        <translation>Importado desde Terraform: %1.</translation>
    </message>
    <message>
        <source>no resource of a type the import maps (aws, google, azurerm services): nothing to import; see the report</source>
        <translation>ningún recurso de un tipo que la importación traduzca (servicios de aws, google, azurerm): nada que importar; vea el informe</translation>
    </message>
    <message>
        <source>JSON, but not the output of terraform show -json: it has neither planned_values nor values.root_module</source>
        <translation>JSON, pero no la salida de terraform show -json: no tiene planned_values ni values.root_module</translation>
    </message>
    <message>
        <source>the dead-letter queue of %1: not a component of its own</source>
        <translation>la cola de mensajes fallidos de %1: no es un componente propio</translation>
    </message>
    <message>
        <source>a replica of %1: counted on it, not a component of its own</source>
        <translation>una réplica de %1: se cuenta en él, no es un componente propio</translation>
    </message>
    <message>
        <source>%1 = %2: no %3 value stands for it</source>
        <translation>%1 = %2: ningún valor de %3 le corresponde</translation>
    </message>
    <message>
        <source>not carried (a %1 has no property for them): %2</source>
        <translation>no se traslada (un %1 no tiene propiedad para ello): %2</translation>
    </message>
    <message>
        <source>firewall rule %1</source>
        <translation>regla de cortafuegos %1</translation>
    </message>
    <message>
        <source>%1 names %2</source>
        <translation>%1 nombra %2</translation>
    </message>
    <message>
        <source>%1 names %2, which no imported file defines; not connected</source>
        <translation>%1 nombra %2, que ningún archivo importado define; no se conecta</translation>
    </message>
    <message>
        <source>the grant %1</source>
        <translation>el permiso %1</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s): parts of the components they belong to (read for connections and properties)</source>
        <translation>
            <numerusform>%n recurso: parte del componente al que pertenece (leído para conexiones y propiedades)</numerusform>
            <numerusform>%n recursos: partes de los componentes a los que pertenecen (leídos para conexiones y propiedades)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) with no counterpart in a design; counted, not imported</source>
        <translation>
            <numerusform>%n recurso sin equivalente en un diseño; contado, no importado</numerusform>
            <numerusform>%n recursos sin equivalente en un diseño; contados, no importados</numerusform>
        </translation>
    </message>
    <message>
        <source>variable values read</source>
        <translation>valores de variables leídos</translation>
    </message>
    <message>
        <source>Terraform&apos;s JSON configuration syntax (.tf.json) is not read; its resources are not imported</source>
        <translation>La sintaxis de configuración JSON de Terraform (.tf.json) no se lee; sus recursos no se importan</translation>
    </message>
    <message>
        <source>variables, locals and outputs refer to each other more than %1 times; what is left of them is read as unknown</source>
        <translation>variables, locals y salidas se refieren entre sí más de %1 veces; el resto se lee como desconocido</translation>
    </message>
</context>
<context>
    <name>ImportMerge</name>
    <message>
        <source>%1: kept as %2 (the import reads %3)</source>
        <translation>%1: se mantiene como %2 (la importación lee %3)</translation>
    </message>
    <message>
        <source>%1: %2 %3 -&gt; %4</source>
        <translation>%1: %2 %3 -&gt; %4</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(predeterminado)</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Mapped</source>
        <translation>Trasladado</translation>
    </message>
    <message>
        <source>Guessed (check these)</source>
        <translation>Supuesto (compruébelo)</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Descartado</translation>
    </message>
    <message>
        <source>Hosts nothing defines (not connected)</source>
        <translation>Hosts que nada define (no conectados)</translation>
    </message>
    <message>
        <source>mapped %1, guessed %2, dropped %3, unresolved hosts %4</source>
        <translation>trasladado %1, supuesto %2, descartado %3, hosts sin resolver %4</translation>
    </message>
    <message>
        <source># Import report</source>
        <translation># Informe de importación</translation>
    </message>
</context>
<context>
    <name>KindMenu</name>
    <message>
        <source>Add and connect</source>
        <translation>Añadir y conectar</translation>
    </message>
</context>
<context>
    <name>KubernetesExport</name>
    <message>
        <source>%1 runs on virtual machines (platform: vm), so it is not exported; set its platform to kubernetes to include it</source>
        <translation>%1 se ejecuta en máquinas virtuales (platform: vm), así que no se exporta; establezca su plataforma en kubernetes para incluirlo</translation>
    </message>
    <message>
        <source>%1 has no container image; the export uses the placeholder %2</source>
        <translation>%1 no tiene imagen de contenedor; la exportación usa el marcador de posición %2</translation>
    </message>
    <message>
        <source>%1: the image &apos;%2&apos; has no fixed tag (or uses latest); give it a version such as %3:1.0.0</source>
        <translation>%1: la imagen &apos;%2&apos; no tiene una etiqueta fija (o usa latest); indique una versión, como %3:1.0.0</translation>
    </message>
    <message>
        <source>%1: the schedule &apos;%2&apos; is not a cron expression with five fields (minute hour day month weekday)</source>
        <translation>%1: la programación &apos;%2&apos; no es una expresión cron de cinco campos (minuto hora día mes día-de-la-semana)</translation>
    </message>
    <message>
        <source>%1 is to run in the cluster, but there is no container image for engine &apos;%2&apos;; it is treated as outside the cluster</source>
        <translation>%1 debe ejecutarse en el clúster, pero no hay imagen de contenedor para el motor &apos;%2&apos;; se trata como externo al clúster</translation>
    </message>
    <message>
        <source>%1: the CPU request (%2m) exceeds the limit (%3m); the limit is raised to the request</source>
        <translation>%1: la solicitud de CPU (%2m) supera el límite (%3m); el límite se eleva hasta la solicitud</translation>
    </message>
    <message>
        <source>%1: the memory request (%2 MiB) exceeds the limit (%3 MiB); the limit is raised to the request</source>
        <translation>%1: la solicitud de memoria (%2 MiB) supera el límite (%3 MiB); el límite se eleva hasta la solicitud</translation>
    </message>
    <message>
        <source>%1: autoscaling needs at least one replica; minimum replicas set to 1</source>
        <translation>%1: el escalado automático necesita al menos una réplica; el mínimo de réplicas se establece en 1</translation>
    </message>
    <message>
        <source>%1: maximum replicas (%2) is below the minimum (%3); the maximum is raised to the minimum</source>
        <translation>%1: el máximo de réplicas (%2) está por debajo del mínimo (%3); el máximo se eleva hasta el mínimo</translation>
    </message>
    <message>
        <source>%1: a CPU target of 0 % cannot scale; 70 % is used</source>
        <translation>%1: un objetivo de CPU del 0 % no puede escalar; se usa el 70 %</translation>
    </message>
    <message>
        <source>connection %1: %2 is a scheduled job and serves nothing, so no rule admits %3</source>
        <translation>conexión %1: %2 es un trabajo programado y no atiende nada, así que ninguna regla admite a %3</translation>
    </message>
    <message>
        <source>connection %1 is drawn to port %2, but %3 listens on %4; the rules use %4</source>
        <translation>la conexión %1 está dibujada hacia el puerto %2, pero %3 escucha en el %4; las reglas usan el %4</translation>
    </message>
    <message>
        <source>connection %1: %2 calls %3 from outside the cluster; no rule admits it (route it through the load balancer)</source>
        <translation>conexión %1: %2 llama a %3 desde fuera del clúster; ninguna regla lo admite (diríjala a través del balanceador de carga)</translation>
    </message>
    <message>
        <source>%1 uses %2 for both liveness and readiness; a busy but healthy pod will then be restarted</source>
        <translation>%1 usa %2 tanto para liveness como para readiness; un pod ocupado pero sano se reiniciará</translation>
    </message>
    <message>
        <source>nothing in this design runs in containers: add a microservice, monolith or batch job (platform kubernetes or container-service), or set a data store&apos;s hosting to kubernetes</source>
        <translation>nada en este diseño se ejecuta en contenedores: añada un microservicio, un monolito o un trabajo por lotes (plataforma kubernetes o container-service), o establezca el alojamiento de un almacén de datos en kubernetes</translation>
    </message>
    <message>
        <source>Kubernetes manifests</source>
        <translation>Manifiestos de Kubernetes</translation>
    </message>
    <message>
        <source>Kubernetes YAML (workloads, services, autoscaling, network policies) with a kustomization.yaml.</source>
        <translation>YAML de Kubernetes (cargas de trabajo, servicios, escalado automático, políticas de red) con un kustomization.yaml.</translation>
    </message>
    <message>
        <source>Write one multi-document YAML file instead of a folder.</source>
        <translation>Escribir un único archivo YAML de varios documentos en lugar de una carpeta.</translation>
    </message>
    <message>
        <source>Docker Compose</source>
        <translation>Docker Compose</translation>
    </message>
    <message>
        <source>A docker-compose.yaml that runs the design&apos;s containers on one machine for local development.</source>
        <translation>Un docker-compose.yaml que ejecuta los contenedores del diseño en una sola máquina para el desarrollo local.</translation>
    </message>
    <message>
        <source>%1: %2 has no authentication in this shape; only its network policy guards it (put an authenticating proxy in front, or use the managed service)</source>
        <translation>%1: %2 no tiene autenticación de esta forma; solo su política de red lo protege (ponga delante un proxy que autentique o use el servicio gestionado)</translation>
    </message>
    <message>
        <source>%1: replicas: %2 is not honoured: the cluster runs one primary of %3 without replication (run it with an operator, such as CloudNativePG for PostgreSQL, or use the managed service)</source>
        <translation>%1: replicas: %2 no se respeta: el clúster ejecuta una sola instancia primaria de %3 sin replicación (ejecútelo con un operador, como CloudNativePG para PostgreSQL, o use el servicio gestionado)</translation>
    </message>
    <message>
        <source>%1: multiAz is not honoured: one pod runs in one zone and its volume cannot follow it to another</source>
        <translation>%1: multiAz no se respeta: un pod se ejecuta en una zona y su volumen no puede seguirlo a otra</translation>
    </message>
    <message>
        <source>%1: backups (backupRetentionDays: %2) are not honoured: nothing backs up the volume (add volume snapshots or the engine&apos;s own backups)</source>
        <translation>%1: backups (backupRetentionDays: %2) no se respeta: nada hace copia del volumen (añada instantáneas de volumen o las copias propias del motor)</translation>
    </message>
    <message>
        <source>%1: crossRegionReplica (replicaRegion: %2) is not honoured: the cluster keeps no copy in another region</source>
        <translation>%1: crossRegionReplica (replicaRegion: %2) no se respeta: el clúster no guarda ninguna copia en otra región</translation>
    </message>
    <message>
        <source>%1: public is not honoured: a data store in the cluster is reachable only from the workloads drawn calling it</source>
        <translation>%1: public no se respeta: un almacén de datos en el clúster solo es accesible desde las cargas de trabajo dibujadas llamándolo</translation>
    </message>
    <message>
        <source>%1: encryptionAtRest depends on the cluster&apos;s default storage class, which this export does not know</source>
        <translation>%1: encryptionAtRest depende de la clase de almacenamiento predeterminada del clúster, que esta exportación no conoce</translation>
    </message>
    <message>
        <source>%1: engineVersion %2 is not honoured: the export runs the pinned image %3</source>
        <translation>%1: engineVersion %2 no se respeta: la exportación usa la imagen fijada %3</translation>
    </message>
    <message>
        <source>%1: %2 has no counterpart in the Kubernetes export and is not honoured</source>
        <translation>%1: %2 no tiene equivalente en la exportación de Kubernetes y no se respeta</translation>
    </message>
    <message>
        <source>connection %1 is drawn to port %2, but %3 (%4) listens on %5; the rules use %5</source>
        <translation>la conexión %1 está dibujada al puerto %2, pero %3 (%4) escucha en %5; las reglas usan %5</translation>
    </message>
    <message>
        <source>no DNS component with a domain; the Gateway hostnames use example.com</source>
        <translation>ningún componente DNS con un dominio; los nombres de host de los Gateways usan example.com</translation>
    </message>
    <message>
        <source>%1 is drawn public, but an API gateway is drawn in front of it; its Gateway is internal so that nothing bypasses the API gateway</source>
        <translation>%1 está dibujado como público, pero delante hay dibujada una pasarela de API; su Gateway es interno para que nada eluda la pasarela de API</translation>
    </message>
    <message>
        <source>%1: no counterpart on Azure: Application Gateway for Containers has no private frontend, so its Gateway is internet-facing; let its WAF policy admit only the API gateway&apos;s addresses</source>
        <translation>%1: sin equivalente en Azure: Application Gateway for Containers no tiene frontend privado, así que su Gateway da a Internet; haga que su política WAF admita solo las direcciones de la pasarela de API</translation>
    </message>
    <message>
        <source>%1: no counterpart on Azure: Application Gateway for Containers has no private frontend, so its Gateway is internet-facing; its WAF policy (cloud value %2_WAF) admits only the Application Gateway in front</source>
        <translation>%1: sin equivalente en Azure: Application Gateway for Containers no tiene frontend privado, así que su Gateway da a Internet; su política WAF (valor de nube %2_WAF) solo admite el Application Gateway que tiene delante</translation>
    </message>
    <message>
        <source>%1: no counterpart on Google Cloud: Cloud Armor cannot protect an internal Gateway (gke-l7-rilb); put the WAF on the load balancer in front</source>
        <translation>%1: sin equivalente en Google Cloud: Cloud Armor no puede proteger un Gateway interno (gke-l7-rilb); ponga el WAF en el balanceador de carga de delante</translation>
    </message>
    <message>
        <source>%1: no counterpart without a cloud: the WAF drawn in front has nothing to attach to; run it in front of Envoy Gateway&apos;s load balancer</source>
        <translation>%1: sin equivalente sin nube: el WAF dibujado delante no tiene dónde adjuntarse; ejecútelo delante del balanceador de carga de Envoy Gateway</translation>
    </message>
    <message>
        <source>%1: without a cloud the export cannot make the Gateway internal; keep Envoy Gateway&apos;s load balancer off the internet</source>
        <translation>%1: sin nube, la exportación no puede hacer interno el Gateway; mantenga el balanceador de carga de Envoy Gateway fuera de Internet</translation>
    </message>
    <message>
        <source>the workloads run in %1 clouds (%2), one cluster each; export a folder instead of a single file</source>
        <translation>las cargas de trabajo se ejecutan en %1 nubes (%2), un clúster cada una; exporte una carpeta en lugar de un solo archivo</translation>
    </message>
    <message>
        <source>%1 run on the provider&apos;s container service in the design (platform: container-service), where the Terraform export puts them; these manifests run them on Kubernetes instead, and their cloud values exist only once the design places them in a cluster (platform: kubernetes)</source>
        <translation>%1 se ejecutan en el servicio de contenedores del proveedor en el diseño (platform: container-service), donde los coloca la exportación de Terraform; estos manifiestos los ejecutan en Kubernetes en su lugar, y sus valores de nube solo existen cuando el diseño los coloca en un clúster (platform: kubernetes)</translation>
    </message>
</context>
<context>
    <name>MonitoringExport</name>
    <message>
        <source>Monitoring (Prometheus, Alertmanager, Grafana)</source>
        <translation>Monitorización (Prometheus, Alertmanager, Grafana)</translation>
    </message>
    <message>
        <source>Prometheus alerting rules with unit tests, Alertmanager routing and Grafana dashboards from the design.</source>
        <translation>Reglas de alerta de Prometheus con pruebas unitarias, enrutamiento de Alertmanager y paneles de Grafana a partir del diseño.</translation>
    </message>
    <message>
        <source>the design draws no alerting component: alerts go to a webhook; set its address in alertmanager/alertmanager.yml, or draw PagerDuty or Opsgenie</source>
        <translation>el diseño no dibuja ningún componente de alertas: las alertas van a un webhook; indique su dirección en alertmanager/alertmanager.yml o dibuje PagerDuty u Opsgenie</translation>
    </message>
    <message>
        <source>nothing in this design has signals to watch: add a service, a database, a cache, a queue or a load balancer</source>
        <translation>nada en este diseño tiene señales que vigilar: añada un servicio, una base de datos, una caché, una cola o un balanceador de carga</translation>
    </message>
</context>
<context>
    <name>NoteItem</name>
    <message>
        <source>Note: double-click to write</source>
        <translation>Nota: haga doble clic para escribir</translation>
    </message>
    <message>
        <source>Double-click to write</source>
        <translation>Haga doble clic para escribir</translation>
    </message>
</context>
<context>
    <name>Placement</name>
    <message>
        <source>Zone %1</source>
        <translation>Zona %1</translation>
    </message>
</context>
<context>
    <name>PrintingExporter</name>
    <message>
        <source>Paper size of the PDF</source>
        <translation>Tamaño de papel del PDF</translation>
    </message>
    <message>
        <source>unknown paper size &apos;%1&apos;; choose a4 or letter</source>
        <translation>tamaño de papel desconocido &apos;%1&apos;; elija a4 o letter</translation>
    </message>
    <message>
        <source>the HTML to print is not one page</source>
        <translation>el HTML que se va a imprimir no es una sola página</translation>
    </message>
</context>
<context>
    <name>Questionnaire</name>
    <message>
        <source>users</source>
        <translation>usuarios</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>text &apos;%1&apos;</source>
        <translation>el texto &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>un mapeo</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>el número %1</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>un valor vacío</translation>
    </message>
    <message>
        <source>Users and load</source>
        <translation>Usuarios y carga</translation>
    </message>
    <message>
        <source>Peaks</source>
        <translation>Picos</translation>
    </message>
    <message>
        <source>Availability and recovery</source>
        <translation>Disponibilidad y recuperación</translation>
    </message>
    <message>
        <source>Compliance and security</source>
        <translation>Cumplimiento normativo y seguridad</translation>
    </message>
    <message>
        <source>Budget, cloud policy and operations</source>
        <translation>Presupuesto, política de nube y operaciones</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>Data stores</source>
        <translation>Almacenes de datos</translation>
    </message>
    <message>
        <source>Queues and streams</source>
        <translation>Colas y flujos</translation>
    </message>
    <message>
        <source>Providers, regions and zones</source>
        <translation>Proveedores, regiones y zonas</translation>
    </message>
    <message>
        <source>Third-party dependencies</source>
        <translation>Dependencias de terceros</translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <source>range</source>
        <translation>intervalo</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>opción</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>time window</source>
        <translation>franja horaria</translation>
    </message>
    <message>
        <source>number (%1)</source>
        <translation>número (%1)</translation>
    </message>
    <message>
        <source>range [min, max]</source>
        <translation>intervalo [min, max]</translation>
    </message>
    <message>
        <source>range [min, max] (%1)</source>
        <translation>intervalo [min, max] (%1)</translation>
    </message>
    <message>
        <source>choice: %1</source>
        <translation>opción: %1</translation>
    </message>
    <message>
        <source>time window (HH:MM-HH:MM Area/City)</source>
        <translation>franja horaria (HH:MM-HH:MM Área/Ciudad)</translation>
    </message>
    <message>
        <source>USD per month</source>
        <translation>USD al mes</translation>
    </message>
    <message>
        <source>How many people use the system on a normal day today?</source>
        <translation>¿Cuántas personas usan hoy el sistema en un día normal?</translation>
    </message>
    <message>
        <source>Daily active users set the baseline for capacity, cost and the size of the data.</source>
        <translation>Los usuarios activos diarios fijan la base de la capacidad, el coste y el volumen de datos.</translation>
    </message>
    <message>
        <source>How many daily users do you expect in 18 to 24 months?</source>
        <translation>¿Cuántos usuarios diarios espera dentro de 18 a 24 meses?</translation>
    </message>
    <message>
        <source>The design should carry the growth expected in its lifetime without a rewrite.</source>
        <translation>El diseño debe soportar el crecimiento esperado durante su vida útil sin reescribirse.</translation>
    </message>
    <message>
        <source>How many users are active at the same time at the peak?</source>
        <translation>¿Cuántos usuarios están activos a la vez en el pico?</translation>
    </message>
    <message>
        <source>Concurrent users at the peak, with their request rate, give the requests per second the services must carry.</source>
        <translation>Los usuarios simultáneos en el pico, con su tasa de solicitudes, dan las solicitudes por segundo que deben soportar los servicios.</translation>
    </message>
    <message>
        <source>How many requests does an active user cause per minute?</source>
        <translation>¿Cuántas solicitudes genera un usuario activo por minuto?</translation>
    </message>
    <message>
        <source>Page views, API calls and background refreshes together; it turns users into requests per second.</source>
        <translation>Vistas de página, llamadas a la API y actualizaciones en segundo plano en conjunto; convierte usuarios en solicitudes por segundo.</translation>
    </message>
    <message>
        <source>requests per minute</source>
        <translation>solicitudes por minuto</translation>
    </message>
    <message>
        <source>How long is an average session?</source>
        <translation>¿Cuánto dura una sesión media?</translation>
    </message>
    <message>
        <source>Session length decides how long sessions and carts must be kept and how many users overlap.</source>
        <translation>La duración de la sesión decide cuánto tiempo se conservan las sesiones y los carritos y cuántos usuarios coinciden.</translation>
    </message>
    <message>
        <source>How fast must a typical request answer (95th percentile)?</source>
        <translation>¿Con qué rapidez debe responder una solicitud típica (percentil 95)?</translation>
    </message>
    <message>
        <source>The latency target limits how many calls a request may chain and where caches are needed.</source>
        <translation>El objetivo de latencia limita cuántas llamadas puede encadenar una solicitud y dónde hacen falta cachés.</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>When is the daily peak, and in which time zone?</source>
        <translation>¿Cuándo es el pico diario y en qué zona horaria?</translation>
    </message>
    <message>
        <source>Peak hours in one time zone allow scaling down at night; users around the world do not.</source>
        <translation>Las horas punta en una sola zona horaria permiten reducir la escala por la noche; los usuarios repartidos por todo el mundo, no.</translation>
    </message>
    <message>
        <source>Which seasonal events bring extra load (Black Friday, payday, campaigns)?</source>
        <translation>¿Qué eventos de temporada traen carga extra (Black Friday, día de cobro, campañas)?</translation>
    </message>
    <message>
        <source>Known events can be prepared for: scale up ahead, freeze changes, warn third parties.</source>
        <translation>Los eventos conocidos se pueden preparar: escalar con antelación, congelar cambios, avisar a terceros.</translation>
    </message>
    <message>
        <source>How many times the normal load is the peak?</source>
        <translation>¿Cuántas veces la carga normal supone el pico?</translation>
    </message>
    <message>
        <source>The ratio of peak to normal load sets the autoscaling range: minimum for normal load, maximum for the peak.</source>
        <translation>La relación entre la carga pico y la normal fija el rango del escalado automático: el mínimo para la carga normal, el máximo para el pico.</translation>
    </message>
    <message>
        <source>times normal load</source>
        <translation>veces la carga normal</translation>
    </message>
    <message>
        <source>99.9 % allows 43 minutes of downtime a month, 99.99 % only 4; each extra nine costs redundancy.</source>
        <translation>El 99,9 % permite 43 minutos de inactividad al mes; el 99,99 %, solo 4; cada nueve adicional cuesta redundancia.</translation>
    </message>
    <message>
        <source>a single component</source>
        <translation>un solo componente</translation>
    </message>
    <message>
        <source>an availability zone</source>
        <translation>una zona de disponibilidad</translation>
    </message>
    <message>
        <source>a whole region</source>
        <translation>una región entera</translation>
    </message>
    <message>
        <source>Does the system store, process or transmit card data (PCI DSS)?</source>
        <translation>¿El sistema almacena, procesa o transmite datos de tarjetas (PCI DSS)?</translation>
    </message>
    <message>
        <source>Card data puts the systems that touch it in PCI DSS scope; a payment provider&apos;s hosted page keeps it out.</source>
        <translation>Los datos de tarjetas incluyen en el ámbito de PCI DSS los sistemas que los tocan; la página de pago alojada de un proveedor de pagos los mantiene fuera.</translation>
    </message>
    <message>
        <source>Does it hold personal data of people in the EU (GDPR)?</source>
        <translation>¿Contiene datos personales de personas de la UE (RGPD)?</translation>
    </message>
    <message>
        <source>GDPR asks for a lawful basis, deletion on request, breach reporting and care with transfers abroad.</source>
        <translation>El RGPD exige una base jurídica, supresión a petición, notificación de brechas y cuidado con las transferencias al extranjero.</translation>
    </message>
    <message>
        <source>Does it hold US health information (HIPAA)?</source>
        <translation>¿Contiene información sanitaria de EE. UU. (HIPAA)?</translation>
    </message>
    <message>
        <source>Health information needs a business associate agreement with the provider and stricter audit trails.</source>
        <translation>La información sanitaria requiere un Business Associate Agreement con el proveedor y registros de auditoría más estrictos.</translation>
    </message>
    <message>
        <source>Must data stay in certain countries or regions?</source>
        <translation>¿Deben los datos permanecer en determinados países o regiones?</translation>
    </message>
    <message>
        <source>Data residency limits the regions, backups and third parties the design may use.</source>
        <translation>La residencia de datos limita las regiones, las copias de seguridad y los terceros que puede usar el diseño.</translation>
    </message>
    <message>
        <source>Must users sign in with single sign-on (SSO)?</source>
        <translation>¿Deben los usuarios iniciar sesión con inicio de sesión único (SSO)?</translation>
    </message>
    <message>
        <source>Single sign-on ties the system to an identity provider (SAML or OpenID Connect).</source>
        <translation>El inicio de sesión único vincula el sistema a un proveedor de identidad (SAML u OpenID Connect).</translation>
    </message>
    <message>
        <source>Is multi-factor authentication needed?</source>
        <translation>¿Se necesita autenticación multifactor?</translation>
    </message>
    <message>
        <source>MFA protects accounts against stolen passwords; required MFA changes the sign-in flow.</source>
        <translation>La MFA protege las cuentas frente al robo de contraseñas; una MFA obligatoria cambia el flujo de inicio de sesión.</translation>
    </message>
    <message>
        <source>What may running the system cost per month?</source>
        <translation>¿Cuánto puede costar al mes operar el sistema?</translation>
    </message>
    <message>
        <source>The budget decides between managed services and self-hosting, and how much redundancy is affordable.</source>
        <translation>El presupuesto decide entre servicios gestionados y autoalojamiento, y cuánta redundancia es asumible.</translation>
    </message>
    <message>
        <source>What is the cloud policy?</source>
        <translation>¿Cuál es la política de nube?</translation>
    </message>
    <message>
        <source>One provider keeps things simple; multi-cloud or hybrid must be designed in from the start.</source>
        <translation>Un solo proveedor simplifica las cosas; la multinube o la nube híbrida deben diseñarse desde el principio.</translation>
    </message>
    <message>
        <source>What does the team know well (languages, platforms, databases)?</source>
        <translation>¿Qué domina bien el equipo (lenguajes, plataformas, bases de datos)?</translation>
    </message>
    <message>
        <source>A design the team can run beats a better one it cannot; new technology needs time to learn.</source>
        <translation>Un diseño que el equipo sabe operar es mejor que uno superior que no sabe operar; la tecnología nueva requiere tiempo de aprendizaje.</translation>
    </message>
    <message>
        <source>Who answers alerts, and when?</source>
        <translation>¿Quién atiende las alertas y cuándo?</translation>
    </message>
    <message>
        <source>Without round-the-clock on-call, the design must heal itself at night or accept the downtime.</source>
        <translation>Sin guardias las 24 horas, el diseño debe recuperarse solo por la noche o aceptar la inactividad.</translation>
    </message>
    <message>
        <source>%1: how many requests per second reach it at the peak?</source>
        <translation>%1: ¿cuántas solicitudes por segundo le llegan en el pico?</translation>
    </message>
    <message>
        <source>When it is known, it replaces the estimate from the peak users; not every request reaches every service.</source>
        <translation>Si se conoce, sustituye a la estimación basada en los usuarios en el pico; no todas las solicitudes llegan a todos los servicios.</translation>
    </message>
    <message>
        <source>requests per second</source>
        <translation>solicitudes por segundo</translation>
    </message>
    <message>
        <source>%1: how much CPU time does one request take on average?</source>
        <translation>%1: ¿cuánto tiempo de CPU consume de media una solicitud?</translation>
    </message>
    <message>
        <source>Requests per second times the time each one keeps a CPU busy gives the CPUs, and so the replicas, needed.</source>
        <translation>Las solicitudes por segundo multiplicadas por el tiempo que cada una mantiene ocupada una CPU dan las CPU, y por tanto las réplicas, necesarias.</translation>
    </message>
    <message>
        <source>%1: what response time must it keep (95th percentile)?</source>
        <translation>%1: ¿qué tiempo de respuesta debe mantener (percentil 95)?</translation>
    </message>
    <message>
        <source>A latency target below what its own calls take cannot be met; it also sets timeouts for callers.</source>
        <translation>Un objetivo de latencia inferior a lo que tardan sus propias llamadas no se puede cumplir; también fija los tiempos de espera de quienes lo llaman.</translation>
    </message>
    <message>
        <source>%1: how large is a typical request or response?</source>
        <translation>%1: ¿qué tamaño tiene una solicitud o respuesta típica?</translation>
    </message>
    <message>
        <source>Large payloads (uploads, documents) need streaming, bigger limits and more network than small API calls.</source>
        <translation>Las cargas útiles grandes (subidas, documentos) necesitan streaming, límites mayores y más red que las llamadas pequeñas a la API.</translation>
    </message>
    <message>
        <source>KiB</source>
        <translation>KiB</translation>
    </message>
    <message>
        <source>%1: how much data does it hold today?</source>
        <translation>%1: ¿cuántos datos contiene hoy?</translation>
    </message>
    <message>
        <source>The starting size, with the growth, gives the storage to provision and the time a restore takes.</source>
        <translation>El tamaño inicial, junto con el crecimiento, da el almacenamiento que hay que aprovisionar y el tiempo que tarda una restauración.</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <source>%1: how much does the data grow per month?</source>
        <translation>%1: ¿cuánto crecen los datos al mes?</translation>
    </message>
    <message>
        <source>Growth decides the storage after 24 months, and when archiving or partitioning becomes necessary.</source>
        <translation>El crecimiento decide el almacenamiento a los 24 meses y cuándo se vuelve necesario archivar o particionar.</translation>
    </message>
    <message>
        <source>GiB per month</source>
        <translation>GiB al mes</translation>
    </message>
    <message>
        <source>%1: how many reads are there for each write?</source>
        <translation>%1: ¿cuántas lecturas hay por cada escritura?</translation>
    </message>
    <message>
        <source>Read-heavy data benefits from read replicas and caches; write-heavy data needs a bigger primary or sharding.</source>
        <translation>Los datos con muchas lecturas se benefician de réplicas de lectura y cachés; los datos con muchas escrituras necesitan un primario mayor o sharding.</translation>
    </message>
    <message>
        <source>reads per write</source>
        <translation>lecturas por escritura</translation>
    </message>
    <message>
        <source>%1: how long must the data be kept?</source>
        <translation>%1: ¿cuánto tiempo deben conservarse los datos?</translation>
    </message>
    <message>
        <source>Retention rules set when data is deleted or archived, and how long backups must go back.</source>
        <translation>Las reglas de retención fijan cuándo se eliminan o archivan los datos y hasta dónde deben remontarse las copias de seguridad.</translation>
    </message>
    <message>
        <source>months</source>
        <translation>meses</translation>
    </message>
    <message>
        <source>%1: how much recent data may be lost when it fails?</source>
        <translation>%1: ¿cuántos datos recientes se pueden perder cuando falla?</translation>
    </message>
    <message>
        <source>Minutes of acceptable loss choose between daily backups, point-in-time recovery and synchronous replicas.</source>
        <translation>Los minutos de pérdida aceptable deciden entre copias de seguridad diarias, recuperación a un momento dado y réplicas síncronas.</translation>
    </message>
    <message>
        <source>%1: how many messages per second pass through at the peak?</source>
        <translation>%1: ¿cuántos mensajes por segundo pasan en el pico?</translation>
    </message>
    <message>
        <source>The message rate sizes the brokers or partitions and the consumers behind them.</source>
        <translation>La tasa de mensajes dimensiona los brokers o particiones y los consumidores que hay detrás.</translation>
    </message>
    <message>
        <source>messages per second</source>
        <translation>mensajes por segundo</translation>
    </message>
    <message>
        <source>%1: how large is a typical message?</source>
        <translation>%1: ¿qué tamaño tiene un mensaje típico?</translation>
    </message>
    <message>
        <source>Brokers limit message size; large payloads belong in object storage with a reference in the message.</source>
        <translation>Los brokers limitan el tamaño de los mensajes; las cargas útiles grandes van en almacenamiento de objetos, con una referencia en el mensaje.</translation>
    </message>
    <message>
        <source>%1: must messages be handled in order?</source>
        <translation>%1: ¿deben procesarse los mensajes en orden?</translation>
    </message>
    <message>
        <source>Ordering limits parallel consumers: per key it scales with partitions, strict order does not scale.</source>
        <translation>El orden limita los consumidores en paralelo: por clave escala con las particiones; el orden estricto no escala.</translation>
    </message>
    <message>
        <source>%1: what delivery guarantee is needed?</source>
        <translation>%1: ¿qué garantía de entrega se necesita?</translation>
    </message>
    <message>
        <source>At-least-once needs idempotent consumers; exactly-once needs transactions or deduplication end to end.</source>
        <translation>At-least-once requiere consumidores idempotentes; exactly-once requiere transacciones o deduplicación de extremo a extremo.</translation>
    </message>
    <message>
        <source>%1: what availability does its provider promise (SLA)?</source>
        <translation>%1: ¿qué disponibilidad promete su proveedor (SLA)?</translation>
    </message>
    <message>
        <source>A dependency called on every request caps the system&apos;s availability at its own SLA unless there is a fallback.</source>
        <translation>Una dependencia a la que se llama en cada solicitud limita la disponibilidad del sistema a su propio SLA, salvo que haya una alternativa de respaldo.</translation>
    </message>
    <message>
        <source>%1: what happens when it is unavailable?</source>
        <translation>%1: ¿qué ocurre cuando no está disponible?</translation>
    </message>
    <message>
        <source>A fallback (queue and retry later, a second provider, a degraded mode) keeps an outage there from becoming ours.</source>
        <translation>Una alternativa de respaldo (cola y reintento posterior, un segundo proveedor, un modo degradado) evita que una caída allí se convierta en la nuestra.</translation>
    </message>
    <message>
        <source>%1: why this provider?</source>
        <translation>%1: ¿por qué este proveedor?</translation>
    </message>
    <message>
        <source>%1: why this region?</source>
        <translation>%1: ¿por qué esta región?</translation>
    </message>
    <message>
        <source>%1: why this availability zone, and why this number of zones?</source>
        <translation>%1: ¿por qué esta zona de disponibilidad y por qué este número de zonas?</translation>
    </message>
    <message>
        <source>%1: why this data centre?</source>
        <translation>%1: ¿por qué este centro de datos?</translation>
    </message>
    <message>
        <source>Provider and location choices follow from latency to users, data residency, price and the team&apos;s experience; writing the reason down lets others revisit it.</source>
        <translation>La elección de proveedor y ubicación se deriva de la latencia hacia los usuarios, la residencia de datos, el precio y la experiencia del equipo; dejar por escrito el motivo permite a otros revisarla.</translation>
    </message>
    <message>
        <source>%1 is below the smallest allowed value %2</source>
        <translation>%1 está por debajo del valor mínimo permitido %2</translation>
    </message>
    <message>
        <source>%1 is above the largest allowed value %2</source>
        <translation>%1 está por encima del valor máximo permitido %2</translation>
    </message>
    <message>
        <source>%1 expects %2, not %3</source>
        <translation>%1 espera %2, no %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the range starts above its end (%2 &gt; %3)</source>
        <translation>%1: el intervalo empieza por encima de su final (%2 &gt; %3)</translation>
    </message>
    <message>
        <source>%1 expects text, not an empty answer</source>
        <translation>%1 espera texto, no una respuesta vacía</translation>
    </message>
    <message>
        <source>%1 expects a time window like 09:00-17:00 America/New_York, not &apos;%2&apos;</source>
        <translation>%1 espera una franja horaria como 09:00-17:00 America/New_York, no &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: unknown time zone &apos;%2&apos; (use an IANA name such as Europe/Berlin, or UTC)</source>
        <translation>%1: zona horaria desconocida &apos;%2&apos; (use un nombre IANA como Europe/Madrid, o UTC)</translation>
    </message>
    <message>
        <source>%1: unknown answer type</source>
        <translation>%1: tipo de respuesta desconocido</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is no longer in the design</source>
        <translation>&apos;%1&apos; ya no está en el diseño</translation>
    </message>
    <message>
        <source>&apos;%1&apos; no longer raises this question (its kind changed)</source>
        <translation>&apos;%1&apos; ya no plantea esta pregunta (su tipo ha cambiado)</translation>
    </message>
    <message>
        <source>no such question in this version of Stackdraft</source>
        <translation>no existe esa pregunta en esta versión de Stackdraft</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1 de %2 respondidas</translation>
    </message>
    <message>
        <source>In how many months do you expect that number of daily users?</source>
        <translation>¿En cuántos meses espera ese número de usuarios diarios?</translation>
    </message>
    <message>
        <source>The sizing shows today and this horizon side by side and sizes the maximum for the horizon (24 months when not answered).</source>
        <translation>El dimensionado muestra hoy y este horizonte lado a lado y fija el máximo para el horizonte (24 meses si no se responde).</translation>
    </message>
    <message>
        <source>How large is a typical upload (photo, document)?</source>
        <translation>¿Qué tamaño tiene una subida típica (foto, documento)?</translation>
    </message>
    <message>
        <source>Upload size, with how often users upload, gives the object storage growth per month.</source>
        <translation>El tamaño de las subidas, con su frecuencia, da el crecimiento mensual del almacenamiento de objetos.</translation>
    </message>
    <message>
        <source>How many uploads does a daily user make per day?</source>
        <translation>¿Cuántas subidas hace un usuario diario al día?</translation>
    </message>
    <message>
        <source>Uploads per user and day times daily users is the data written to object storage.</source>
        <translation>Las subidas por usuario y día por los usuarios diarios son los datos escritos en el almacenamiento de objetos.</translation>
    </message>
    <message>
        <source>uploads per day</source>
        <translation>subidas por día</translation>
    </message>
    <message>
        <source>What users do</source>
        <translation>Qué hacen los usuarios</translation>
    </message>
    <message>
        <source>Monitoring, testing and releases</source>
        <translation>Supervisión, pruebas y despliegues</translation>
    </message>
    <message>
        <source>What do users upload (photos, documents, videos), and how large can the largest file be?</source>
        <translation>¿Qué suben los usuarios (fotos, documentos, vídeos) y qué tamaño puede tener el archivo más grande?</translation>
    </message>
    <message>
        <source>Large files go straight to object storage instead of through the services, and size limits are checked at the edge.</source>
        <translation>Los archivos grandes van directamente al almacenamiento de objetos en lugar de pasar por los servicios, y los límites de tamaño se comprueban en el borde.</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>What are the main things users do, step by step (the main journeys)?</source>
        <translation>¿Qué hacen principalmente los usuarios, paso a paso (los recorridos principales)?</translation>
    </message>
    <message>
        <source>The journeys show which services a typical visit passes through, and so where the load goes.</source>
        <translation>Los recorridos muestran por qué servicios pasa una visita típica y, por tanto, adónde va la carga.</translation>
    </message>
    <message>
        <source>Which user flows are critical, in order of priority (for example 1. pay, 2. sign in, 3. search)?</source>
        <translation>¿Qué flujos son críticos, por orden de prioridad (por ejemplo 1. pagar, 2. iniciar sesión, 3. buscar)?</translation>
    </message>
    <message>
        <source>Critical flows are protected first: their services get more redundancy, and under stress the others are switched off before them.</source>
        <translation>Los flujos críticos se protegen primero: sus servicios tienen más redundancia y, bajo presión, los demás se desactivan antes que ellos.</translation>
    </message>
    <message>
        <source>Which quality scenarios matter most (what happens → how the system responds → how you measure it)?</source>
        <translation>¿Qué escenarios de calidad importan más (qué ocurre → cómo responde el sistema → cómo se mide)?</translation>
    </message>
    <message>
        <source>Scenarios make quality goals testable (arc42, ISO 25010), e.g. &quot;10 times the usual visitors on Black Friday → checkout keeps working → 99 % of payments finish within 3 seconds&quot;.</source>
        <translation>Los escenarios hacen comprobables los objetivos de calidad (arc42, ISO 25010), p. ej. «10 veces los visitantes habituales en Black Friday → el pago sigue funcionando → el 99 % de los pagos termina en 3 segundos».</translation>
    </message>
    <message>
        <source>How much of the time must the system be available?</source>
        <translation>¿Durante qué parte del tiempo debe estar disponible el sistema?</translation>
    </message>
    <message>
        <source>How much recent data may be lost when %1 fails?</source>
        <translation>¿Cuántos datos recientes se pueden perder cuando falla %1?</translation>
    </message>
    <message>
        <source>This is the recovery point objective (RPO): a day allows nightly backups, minutes need continuous copies, nothing at all needs every write stored twice.</source>
        <translation>Es el objetivo de punto de recuperación (RPO): un día permite copias nocturnas, unos minutos requieren copias continuas y nada en absoluto requiere guardar cada escritura dos veces.</translation>
    </message>
    <message>
        <source>How long may the system be down when %1 fails?</source>
        <translation>¿Cuánto tiempo puede estar caído el sistema cuando falla %1?</translation>
    </message>
    <message>
        <source>This is the recovery time objective (RTO): hours allow restoring by hand, minutes need a standby kept running, none means running in two places at once.</source>
        <translation>Es el objetivo de tiempo de recuperación (RTO): horas permiten restaurar a mano, minutos requieren una reserva en marcha y ninguna caída significa funcionar en dos lugares a la vez.</translation>
    </message>
    <message>
        <source>What is the most sensitive data the system holds?</source>
        <translation>¿Cuáles son los datos más sensibles que guarda el sistema?</translation>
    </message>
    <message>
        <source>The classification decides encryption, who may see the data, what is logged about access and whether the data may leave the company.</source>
        <translation>La clasificación decide el cifrado, quién puede ver los datos, qué se registra sobre los accesos y si los datos pueden salir de la empresa.</translation>
    </message>
    <message>
        <source>Who must control the encryption keys?</source>
        <translation>¿Quién debe controlar las claves de cifrado?</translation>
    </message>
    <message>
        <source>Customer-managed keys in a key management service can be revoked and their use audited; provider-managed keys need no work; keys held outside the cloud need a hardware module of your own.</source>
        <translation>Las claves gestionadas por el cliente en un servicio de gestión de claves se pueden revocar y auditar su uso; las gestionadas por el proveedor no requieren trabajo; las claves fuera de la nube requieren un módulo de hardware propio.</translation>
    </message>
    <message>
        <source>How often must the system pass a security audit or penetration test?</source>
        <translation>¿Con qué frecuencia debe superar el sistema una auditoría de seguridad o una prueba de penetración?</translation>
    </message>
    <message>
        <source>Audits and penetration tests need an environment like production, logs that can be shown, and time planned before releases.</source>
        <translation>Las auditorías y pruebas de penetración requieren un entorno como el de producción, registros que se puedan mostrar y tiempo previsto antes de los despliegues.</translation>
    </message>
    <message>
        <source>What must protect the public entry points (web application firewall, DDoS protection, bot and rate limits)?</source>
        <translation>¿Qué debe proteger los puntos de entrada públicos (cortafuegos de aplicaciones web, protección DDoS, límites de bots y de tasa)?</translation>
    </message>
    <message>
        <source>Protection at the edge stops attacks before they reach the services; the drawing shows whether a WAF is in front of every entry point.</source>
        <translation>La protección en el borde detiene los ataques antes de que lleguen a los servicios; el dibujo muestra si hay un WAF delante de cada punto de entrada.</translation>
    </message>
    <message>
        <source>What must wake someone up at night, and what can wait until working hours?</source>
        <translation>¿Qué debe despertar a alguien de noche y qué puede esperar al horario laboral?</translation>
    </message>
    <message>
        <source>Only alerts that need action now should page; paging for everything causes alert fatigue, and the real problem gets missed.</source>
        <translation>Solo las alertas que requieren actuar ya deberían avisar a alguien; avisar por todo causa fatiga de alertas y el problema real pasa desapercibido.</translation>
    </message>
    <message>
        <source>How often is the system load-tested at the expected peak?</source>
        <translation>¿Con qué frecuencia se prueba el sistema con la carga del pico esperado?</translation>
    </message>
    <message>
        <source>A load test at the peak shows whether the sizing holds and which part gives way first.</source>
        <translation>Una prueba de carga en el pico muestra si el dimensionado aguanta y qué parte cede primero.</translation>
    </message>
    <message>
        <source>How often are restores and failovers rehearsed (disaster recovery drills)?</source>
        <translation>¿Con qué frecuencia se ensayan restauraciones y conmutaciones (simulacros de recuperación ante desastres)?</translation>
    </message>
    <message>
        <source>A backup never restored and a failover never tried prove nothing: drills show the recovery times are real.</source>
        <translation>Una copia nunca restaurada y una conmutación nunca probada no demuestran nada: los simulacros muestran que los tiempos de recuperación son reales.</translation>
    </message>
    <message>
        <source>How are new versions released?</source>
        <translation>¿Cómo se despliegan las nuevas versiones?</translation>
    </message>
    <message>
        <source>Canary and blue-green releases limit the harm of a bad version; recreating everything at once means downtime at each release.</source>
        <translation>Los despliegues canary y azul-verde limitan el daño de una mala versión; recrearlo todo de una vez significa una caída en cada despliegue.</translation>
    </message>
    <message>
        <source>How fast must a bad release be rolled back?</source>
        <translation>¿Con qué rapidez hay que revertir un despliegue defectuoso?</translation>
    </message>
    <message>
        <source>The rollback time is the longest a bad release hurts users; it decides whether the old version stays deployed and how database changes are made.</source>
        <translation>El tiempo de reversión es lo máximo que un despliegue defectuoso perjudica a los usuarios; decide si la versión anterior sigue desplegada y cómo se hacen los cambios en la base de datos.</translation>
    </message>
    <message>
        <source>When the system was down for longer than agreed, should new features wait until it is reliable again?</source>
        <translation>Cuando el sistema ha estado caído más tiempo del acordado, ¿deben esperar las nuevas funciones hasta que vuelva a ser fiable?</translation>
    </message>
    <message>
        <source>An error budget policy agrees in advance what happens when availability falls below its goal, so it is not argued about during an incident.</source>
        <translation>Una política de presupuesto de errores acuerda de antemano qué ocurre cuando la disponibilidad cae por debajo de su objetivo, para no discutirlo durante un incidente.</translation>
    </message>
    <message>
        <source>All questions</source>
        <translation>Todas las preguntas</translation>
    </message>
    <message>
        <source>Product owner edition</source>
        <translation>Edición para el product owner</translation>
    </message>
    <message>
        <source>Engineering worksheet</source>
        <translation>Hoja de trabajo técnica</translation>
    </message>
    <message>
        <source>the whole system</source>
        <translation>todo el sistema</translation>
    </message>
    <message>
        <source>nothing drawn yet</source>
        <translation>nada dibujado todavía</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 y %2 más</translation>
    </message>
</context>
<context>
    <name>QuestionnaireExporter</name>
    <message>
        <source>%1 questions to answer</source>
        <translation>%1 preguntas por responder</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Peak req/s</source>
        <translation>Req/s en el pico</translation>
    </message>
    <message>
        <source>CPU time per request</source>
        <translation>Tiempo de CPU por solicitud</translation>
    </message>
    <message>
        <source>CPUs busy at peak</source>
        <translation>CPU ocupadas en el pico</translation>
    </message>
    <message>
        <source>Per replica</source>
        <translation>Por réplica</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Zonas</translation>
    </message>
    <message>
        <source>Replicas needed at peak</source>
        <translation>Réplicas necesarias en el pico</translation>
    </message>
    <message>
        <source>Suggested range</source>
        <translation>Intervalo sugerido</translation>
    </message>
    <message>
        <source> (from its queues)</source>
        <translation> (según sus colas)</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source> (assumed)</source>
        <translation> (supuesto)</translation>
    </message>
    <message>
        <source>serverless</source>
        <translation>serverless</translation>
    </message>
    <message>
        <source>%1 concurrent executions</source>
        <translation>%1 ejecuciones simultáneas</translation>
    </message>
    <message>
        <source>%1 CPU at %2 %</source>
        <translation>%1 CPU al %2 %</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>Data store</source>
        <translation>Almacén de datos</translation>
    </message>
    <message>
        <source>Size now</source>
        <translation>Tamaño actual</translation>
    </message>
    <message>
        <source>Growth per month</source>
        <translation>Crecimiento al mes</translation>
    </message>
    <message>
        <source>Provisioned</source>
        <translation>Aprovisionado</translation>
    </message>
    <message>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <source>not answered (0)</source>
        <translation>sin responder (0)</translation>
    </message>
    <message>
        <source>grows as needed</source>
        <translation>crece según se necesita</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Propiedad</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Sugerido</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Each request that reaches a service keeps one CPU busy for its CPU time; replicas are spread evenly over the zones, and the suggested maximum still carries the peak after the fullest zone is lost. Unanswered CPU times count as %1 ms; where no availability zones are drawn, %2 are assumed.</source>
        <translation>Cada solicitud que llega a un servicio mantiene ocupada una CPU durante su tiempo de CPU; las réplicas se reparten por igual entre las zonas, y el máximo sugerido sigue soportando el pico tras perder la zona más cargada. Los tiempos de CPU sin responder cuentan como %1 ms; donde no hay zonas de disponibilidad dibujadas, se suponen %2.</translation>
    </message>
    <message>
        <source>**%1.** </source>
        <translation>**%1.** </translation>
    </message>
    <message>
        <source>Please answer what you can before the workshop; a rough number with a note beats no number. &quot;Why we ask&quot; says what each answer decides.

</source>
        <translation>Responda antes del taller lo que pueda; un número aproximado con una nota es mejor que ningún número. «Por qué lo preguntamos» indica qué decide cada respuesta.

</translation>
    </message>
    <message>
        <source>Open questions are marked **open** and listed again at the end.

</source>
        <translation>Las preguntas abiertas se marcan como **abierta** y se vuelven a listar al final.

</translation>
    </message>
    <message>
        <source>- Answer: **%1**
</source>
        <translation>- Respuesta: **%1**
</translation>
    </message>
    <message>
        <source>- Answer (%1): ______________________________
</source>
        <translation>- Respuesta (%1): ______________________________
</translation>
    </message>
    <message>
        <source>- Answer: **open** (%1)
</source>
        <translation>- Respuesta: **abierta** (%1)
</translation>
    </message>
    <message>
        <source>- Stored answer does not fit: %1
</source>
        <translation>- La respuesta guardada no encaja: %1
</translation>
    </message>
    <message>
        <source>- Note: %1
</source>
        <translation>- Nota: %1
</translation>
    </message>
    <message>
        <source>- Why we ask: %1
</source>
        <translation>- Por qué lo preguntamos: %1
</translation>
    </message>
    <message>
        <source>## Capacity estimate

</source>
        <translation>## Estimación de capacidad

</translation>
    </message>
    <message>
        <source>Peak load from the answers: **%1 requests per second**.

</source>
        <translation>Carga pico según las respuestas: **%1 solicitudes por segundo**.

</translation>
    </message>
    <message>
        <source>No peak load yet: answer %1.

</source>
        <translation>Aún no hay carga pico: responda %1.

</translation>
    </message>
    <message>
        <source>### Where the design does not meet the answers

</source>
        <translation>### Dónde el diseño no cumple las respuestas

</translation>
    </message>
    <message>
        <source>### Suggested changes

</source>
        <translation>### Cambios sugeridos

</translation>
    </message>
    <message>
        <source>## Open questions (%1)

</source>
        <translation>## Preguntas abiertas (%1)

</translation>
    </message>
    <message>
        <source>None: every question is answered.

</source>
        <translation>Ninguna: todas las preguntas están respondidas.

</translation>
    </message>
    <message>
        <source>## Orphaned answers

Kept in the design; their question is no longer asked.

</source>
        <translation>## Respuestas huérfanas

Se conservan en el diseño; su pregunta ya no se plantea.

</translation>
    </message>
    <message>
        <source>Requirements questionnaire: %1</source>
        <translation>Cuestionario de requisitos: %1</translation>
    </message>
    <message>
        <source>Please answer what you can before the workshop; a rough number with a note beats no number. &quot;Why we ask&quot; says what each answer decides.</source>
        <translation>Responda antes del taller lo que pueda; un número aproximado con una nota es mejor que ningún número. «Por qué lo preguntamos» indica qué decide cada respuesta.</translation>
    </message>
    <message>
        <source>Open questions are highlighted and listed again at the end.</source>
        <translation>Las preguntas abiertas están resaltadas y se vuelven a listar al final.</translation>
    </message>
    <message>
        <source>The design: %1</source>
        <translation>El diseño: %1</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Respuesta:</translation>
    </message>
    <message>
        <source>Answer (%1):</source>
        <translation>Respuesta (%1):</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Stored answer does not fit: %1</source>
        <translation>La respuesta guardada no encaja: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>Why we ask: %1</source>
        <translation>Por qué lo preguntamos: %1</translation>
    </message>
    <message>
        <source>Capacity estimate</source>
        <translation>Estimación de capacidad</translation>
    </message>
    <message>
        <source>Peak load from the answers: %1 requests per second.</source>
        <translation>Carga pico según las respuestas: %1 solicitudes por segundo.</translation>
    </message>
    <message>
        <source>No peak load yet: answer %1.</source>
        <translation>Aún no hay carga pico: responda %1.</translation>
    </message>
    <message>
        <source>Where the design does not meet the answers</source>
        <translation>Dónde el diseño no cumple las respuestas</translation>
    </message>
    <message>
        <source>Suggested changes</source>
        <translation>Cambios sugeridos</translation>
    </message>
    <message>
        <source>Open questions (%1)</source>
        <translation>Preguntas abiertas (%1)</translation>
    </message>
    <message>
        <source>None: every question is answered.</source>
        <translation>Ninguna: todas las preguntas están respondidas.</translation>
    </message>
    <message>
        <source>Orphaned answers</source>
        <translation>Respuestas huérfanas</translation>
    </message>
    <message>
        <source>Kept in the design; their question is no longer asked.</source>
        <translation>Se conservan en el diseño; su pregunta ya no se plantea.</translation>
    </message>
    <message>
        <source>Requirements questionnaire</source>
        <translation>Cuestionario de requisitos</translation>
    </message>
    <message>
        <source>Output format</source>
        <translation>Formato de salida</translation>
    </message>
    <message>
        <source>Leave the answers out, to send before a workshop</source>
        <translation>Omitir las respuestas, para enviarlo antes de un taller</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; choose md, html, answers or answers-json</source>
        <translation>formato desconocido &apos;%1&apos;; elija md, html, answers o answers-json</translation>
    </message>
    <message>
        <source>answer &apos;%1&apos; is orphaned: %2</source>
        <translation>la respuesta &apos;%1&apos; está huérfana: %2</translation>
    </message>
    <message>
        <source>%1 today, %2 at %3 months</source>
        <translation>%1 hoy, %2 a los %3 meses</translation>
    </message>
    <message>
        <source> (answered)</source>
        <translation> (respondido)</translation>
    </message>
    <message>
        <source>on its schedule</source>
        <translation>según su programación</translation>
    </message>
    <message>
        <source>0 (nothing reaches it)</source>
        <translation>0 (nada lo alcanza)</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>At the horizon</source>
        <translation>En el horizonte</translation>
    </message>
    <message>
        <source>%1 GiB after %2 months</source>
        <translation>%1 GiB tras %2 meses</translation>
    </message>
    <message>
        <source>### How each figure follows

</source>
        <translation>### De dónde sale cada cifra

</translation>
    </message>
    <message>
        <source>How each figure follows</source>
        <translation>De dónde sale cada cifra</translation>
    </message>
    <message>
        <source>Questions for the product owner: %1</source>
        <translation>Preguntas para el product owner: %1</translation>
    </message>
    <message>
        <source>Engineering worksheet: %1</source>
        <translation>Hoja de trabajo técnica: %1</translation>
    </message>
    <message>
        <source>as for %1</source>
        <translation>como en %1</translation>
    </message>
    <message>
        <source>- Note: ______________________________
</source>
        <translation>- Nota: ______________________________
</translation>
    </message>
    <message>
        <source>- Affects in the drawing: %1
</source>
        <translation>- Afecta en el dibujo: %1
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
        <translation>Afecta en el dibujo: %1</translation>
    </message>
    <message>
        <source>Questions for a workshop with the answers, capacity estimate and open questions (Markdown, HTML, PDF or an answers file), for everyone, the product owner or the engineers.</source>
        <translation>Preguntas para un taller con las respuestas, la estimación de capacidad y las preguntas abiertas (Markdown, HTML, PDF o un archivo de respuestas), para todos, el product owner o los ingenieros.</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Edición</translation>
    </message>
    <message>
        <source>Print the design&apos;s description (internal notes) in the product owner edition too</source>
        <translation>Imprimir la descripción del diseño (notas internas) también en la edición para el product owner</translation>
    </message>
    <message>
        <source>unknown edition &apos;%1&apos;; choose full, product-owner or engineering</source>
        <translation>edición desconocida &apos;%1&apos;; elija full, product-owner o engineering</translation>
    </message>
</context>
<context>
    <name>SourceNode</name>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>un valor</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>un mapeo</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>anidamiento de más de %1 niveles</translation>
    </message>
    <message>
        <source>a key is empty</source>
        <translation>una clave está vacía</translation>
    </message>
    <message>
        <source>the key &apos;%1&apos; appears twice</source>
        <translation>la clave &apos;%1&apos; aparece dos veces</translation>
    </message>
    <message>
        <source>a key must be plain text, not a list or mapping</source>
        <translation>una clave debe ser texto simple, no una lista ni un mapeo</translation>
    </message>
    <message>
        <source>YAML aliases (*name) are not supported in design files</source>
        <translation>los alias de YAML (*nombre) no se admiten en los archivos de diseño</translation>
    </message>
    <message>
        <source>the file holds more than one YAML document</source>
        <translation>el archivo contiene más de un documento YAML</translation>
    </message>
    <message>
        <source>an alias refers to an anchor that is not defined before it</source>
        <translation>un alias remite a un ancla que no está definida antes</translation>
    </message>
    <message>
        <source>YAML aliases expand to more than %1 nodes</source>
        <translation>los alias YAML se expanden a más de %1 nodos</translation>
    </message>
    <message>
        <source>the file holds more than %L1 values; files that large are refused (a design of 10,000 components has about %L2)</source>
        <translation>el archivo contiene más de %L1 valores; se rechazan archivos tan grandes (un diseño de 10.000 componentes tiene unos %L2)</translation>
    </message>
    <message>
        <source>the merge key &apos;&lt;&lt;&apos; needs a mapping or a list of mappings</source>
        <translation>la clave de fusión &apos;&lt;&lt;&apos; necesita un mapa o una lista de mapas</translation>
    </message>
    <message>
        <source>a list or mapping holds more than %L1 items; files that large are refused (a design of 10,000 components has about %L2 in its largest list)</source>
        <translation>una lista o un mapa contiene más de %L1 elementos; se rechazan los archivos tan grandes (un diseño de 10.000 componentes tiene unos %L2 en su lista más larga)</translation>
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
        <translation>Terraform inicial para AWS, Google Cloud y Azure, seguro por defecto.</translation>
    </message>
    <message>
        <source>Which provider to export; &apos;all&apos; writes one folder per provider the design uses</source>
        <translation>Qué proveedor exportar; &apos;all&apos; escribe una carpeta por cada proveedor que usa el diseño</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n connection(s)</source>
        <translation>
            <numerusform>Eliminar %n conexión</numerusform>
            <numerusform>Eliminar %n conexiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Eliminar %n elemento</numerusform>
            <numerusform>Eliminar %n elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>Resize %1</source>
        <translation>Cambiar tamaño de %1</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>Cambiar %1 de %2</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>Cambiar nombre de %1</translation>
    </message>
    <message numerus="yes">
        <source>Pin %n component(s)</source>
        <translation>
            <numerusform>Fijar %n componente</numerusform>
            <numerusform>Fijar %n componentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unpin %n component(s)</source>
        <translation>
            <numerusform>Dejar de fijar %n componente</numerusform>
            <numerusform>Dejar de fijar %n componentes</numerusform>
        </translation>
    </message>
    <message>
        <source>Change connection %1</source>
        <translation>Cambiar la conexión %1</translation>
    </message>
    <message>
        <source>Change design name or description</source>
        <translation>Cambiar el nombre o la descripción del diseño</translation>
    </message>
    <message>
        <source>Answer %1</source>
        <translation>Responder %1</translation>
    </message>
    <message>
        <source>Clear answer %1</source>
        <translation>Borrar la respuesta %1</translation>
    </message>
    <message>
        <source>Accept finding %1</source>
        <translation>Aceptar el hallazgo %1</translation>
    </message>
    <message>
        <source>Reopen finding %1</source>
        <translation>Reabrir el hallazgo %1</translation>
    </message>
    <message>
        <source>Bring to Front</source>
        <translation>Traer al frente</translation>
    </message>
    <message>
        <source>Send to Back</source>
        <translation>Enviar al fondo</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Añadir nota</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Editar nota</translation>
    </message>
    <message numerus="yes">
        <source>Change the colour of %n note(s)</source>
        <translation>
            <numerusform>Cambiar el color de %n nota</numerusform>
            <numerusform>Cambiar el color de %n notas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>See docs/validation.md for what triggers it and how to fix it.</source>
        <translation>Consulte docs/validation.md para saber qué lo provoca y cómo corregirlo.</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Corrección: %1</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings, %3 info, %4 accepted</source>
        <translation>%1 errores, %2 advertencias, %3 info, %4 aceptados</translation>
    </message>
    <message>
        <source>accepted %1</source>
        <translation>%1 aceptado</translation>
    </message>
    <message>
        <source>why:</source>
        <translation>por qué:</translation>
    </message>
    <message>
        <source>fix:</source>
        <translation>corrección:</translation>
    </message>
    <message>
        <source>accepted:</source>
        <translation>aceptado:</translation>
    </message>
    <message>
        <source>%1: %2
</source>
        <translation>%1: %2
</translation>
    </message>
    <message>
        <source>Validation of %1</source>
        <translation>Validación de %1</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Corrección</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Componentes</translation>
    </message>
    <message>
        <source> (accepted)</source>
        <translation> (aceptado)</translation>
    </message>
    <message>
        <source>Accepted: %1</source>
        <translation>Aceptado: %1</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Single instance on a path from an entry point</source>
        <translation>Instancia única en una ruta desde un punto de entrada</translation>
    </message>
    <message>
        <source>Replicated service without a load balancer in front</source>
        <translation>Servicio replicado sin balanceador de carga delante</translation>
    </message>
    <message>
        <source>One single-zone load balancer, gateway or queue on every path</source>
        <translation>Un único balanceador de carga, gateway o cola en una sola zona en cada ruta</translation>
    </message>
    <message>
        <source>Quorum system with fewer than 3 or an even number of members</source>
        <translation>Sistema de quórum con menos de 3 miembros o un número par de miembros</translation>
    </message>
    <message>
        <source>All replicas in one availability zone</source>
        <translation>Todas las réplicas en una sola zona de disponibilidad</translation>
    </message>
    <message>
        <source>Losing one availability zone breaks an entry point</source>
        <translation>Perder una zona de disponibilidad rompe un punto de entrada</translation>
    </message>
    <message>
        <source>Everything in one region</source>
        <translation>Todo en una sola región</translation>
    </message>
    <message>
        <source>Losing one region breaks an entry point</source>
        <translation>Perder una región rompe un punto de entrada</translation>
    </message>
    <message>
        <source>Everything with one provider</source>
        <translation>Todo con un solo proveedor</translation>
    </message>
    <message>
        <source>Losing one provider breaks an entry point</source>
        <translation>Perder un proveedor rompe un punto de entrada</translation>
    </message>
    <message>
        <source>Database without a standby or multi-AZ</source>
        <translation>Base de datos sin instancia en espera ni multi-AZ</translation>
    </message>
    <message>
        <source>Backups turned off</source>
        <translation>Copias de seguridad desactivadas</translation>
    </message>
    <message>
        <source>Backups kept for less than 7 days</source>
        <translation>Copias de seguridad conservadas menos de 7 días</translation>
    </message>
    <message>
        <source>No cross-region copy although a region-level RPO/RTO is required</source>
        <translation>Sin copia en otra región aunque se exige un RPO/RTO a nivel de región</translation>
    </message>
    <message>
        <source>Stateful service scaled out without shared or replicated state</source>
        <translation>Servicio con estado escalado horizontalmente sin estado compartido ni replicado</translation>
    </message>
    <message>
        <source>Object storage without versioning</source>
        <translation>Almacenamiento de objetos sin control de versiones</translation>
    </message>
    <message>
        <source>Autoscaling minimum above maximum</source>
        <translation>Mínimo de autoescalado por encima del máximo</translation>
    </message>
    <message>
        <source>Autoscaling CPU target outside 1-100 %</source>
        <translation>Objetivo de CPU del autoescalado fuera de 1-100 %</translation>
    </message>
    <message>
        <source>Autoscaling without a CPU request</source>
        <translation>Autoescalado sin solicitud de CPU</translation>
    </message>
    <message>
        <source>Maximum replicas below the expected peak</source>
        <translation>Máximo de réplicas por debajo del pico esperado</translation>
    </message>
    <message>
        <source>Service without metrics or logs</source>
        <translation>Servicio sin métricas ni registros</translation>
    </message>
    <message>
        <source>No alert routing</source>
        <translation>Sin enrutamiento de alertas</translation>
    </message>
    <message>
        <source>Public entry without a WAF</source>
        <translation>Entrada pública sin WAF</translation>
    </message>
    <message>
        <source>Data store reachable from outside</source>
        <translation>Almacén de datos accesible desde fuera</translation>
    </message>
    <message>
        <source>Data stored unencrypted</source>
        <translation>Datos almacenados sin cifrar</translation>
    </message>
    <message>
        <source>Secret in a plain property</source>
        <translation>Secreto en una propiedad en texto plano</translation>
    </message>
    <message>
        <source>Synchronous call cycle</source>
        <translation>Ciclo de llamadas síncronas</translation>
    </message>
    <message>
        <source>Queue without a producer</source>
        <translation>Cola sin productor</translation>
    </message>
    <message>
        <source>Queue without a consumer</source>
        <translation>Cola sin consumidor</translation>
    </message>
    <message>
        <source>Unconnected component</source>
        <translation>Componente sin conexiones</translation>
    </message>
    <message>
        <source>Deep synchronous call chain without a queue</source>
        <translation>Cadena profunda de llamadas síncronas sin cola</translation>
    </message>
    <message>
        <source>%1 has no standby: one instance, multi-AZ off.</source>
        <translation>%1 no tiene instancia en espera: una sola instancia, multi-AZ desactivado.</translation>
    </message>
    <message>
        <source>When its instance or zone fails, everything that reads or writes it stops, and data written since the last backup can be lost.</source>
        <translation>Cuando falla su instancia o su zona, todo lo que lee o escribe en ella se detiene, y los datos escritos desde la última copia de seguridad pueden perderse.</translation>
    </message>
    <message>
        <source>Enable multi-AZ on %1 (a synchronous standby in another zone with automatic failover).</source>
        <translation>Active multi-AZ en %1 (una instancia en espera síncrona en otra zona con conmutación por error automática).</translation>
    </message>
    <message>
        <source>%1 has backups turned off.</source>
        <translation>%1 tiene las copias de seguridad desactivadas.</translation>
    </message>
    <message>
        <source>Without backups, a bad migration, a bug or a deleted table cannot be undone; replicas copy the damage.</source>
        <translation>Sin copias de seguridad, una migración fallida, un error de software o una tabla eliminada no se pueden deshacer; las réplicas copian el daño.</translation>
    </message>
    <message>
        <source>Turn backups on for %1 with at least 7 days of retention.</source>
        <translation>Active las copias de seguridad de %1 con al menos 7 días de retención.</translation>
    </message>
    <message>
        <source>%1 keeps backups for %2 days.</source>
        <translation>%1 conserva las copias de seguridad durante %2 días.</translation>
    </message>
    <message>
        <source>Problems are often noticed days later (a silent corruption, a Monday after a long weekend); short retention has already deleted the good copy.</source>
        <translation>Los problemas suelen notarse días después (una corrupción silenciosa, un lunes tras un fin de semana largo); una retención corta ya ha eliminado la copia buena.</translation>
    </message>
    <message>
        <source>Keep backups of %1 for at least 7 days (backupRetentionDays: 7 or more).</source>
        <translation>Conserve las copias de seguridad de %1 durante al menos 7 días (backupRetentionDays: 7 o más).</translation>
    </message>
    <message>
        <source>%1 has no copy in another region, but the questionnaire sets a recovery objective for the loss of a region.</source>
        <translation>%1 no tiene copia en otra región, pero el cuestionario fija un objetivo de recuperación para la pérdida de una región.</translation>
    </message>
    <message>
        <source>When the region is lost, the data is lost or unreachable with it, so the region-level RPO and RTO cannot be met.</source>
        <translation>Cuando se pierde la región, los datos se pierden o quedan inaccesibles con ella, por lo que no se pueden cumplir el RPO y el RTO a nivel de región.</translation>
    </message>
    <message>
        <source>Enable a cross-region replica for %1 and name the replica region.</source>
        <translation>Active una réplica entre regiones para %1 e indique la región de la réplica.</translation>
    </message>
    <message>
        <source>%1 keeps state in memory or on local disk but runs %2 replicas.</source>
        <translation>%1 guarda estado en memoria o en disco local, pero ejecuta %2 réplicas.</translation>
    </message>
    <message>
        <source>Each replica sees only its own state: requests routed to another replica lose the session, and a failed replica loses its state.</source>
        <translation>Cada réplica solo ve su propio estado: las solicitudes dirigidas a otra réplica pierden la sesión, y una réplica que falla pierde su estado.</translation>
    </message>
    <message>
        <source>Move the state of %1 to a shared store (a cache or database) and mark it as shared state, or replicate it.</source>
        <translation>Mueva el estado de %1 a un almacenamiento compartido (una caché o una base de datos) y márquelo como estado compartido, o replíquelo.</translation>
    </message>
    <message>
        <source>%1 keeps no earlier versions of objects.</source>
        <translation>%1 no conserva versiones anteriores de los objetos.</translation>
    </message>
    <message>
        <source>An overwrite or delete, by mistake or by ransomware, cannot be undone.</source>
        <translation>Una sobrescritura o eliminación, por error o por ransomware, no se puede deshacer.</translation>
    </message>
    <message>
        <source>Enable versioning on %1 (with a lifecycle rule that expires old versions).</source>
        <translation>Active el control de versiones en %1 (con una regla de ciclo de vida que haga expirar las versiones antiguas).</translation>
    </message>
    <message>
        <source>%1 call each other synchronously in a cycle.</source>
        <translation>%1 se llaman entre sí de forma síncrona en un ciclo.</translation>
    </message>
    <message>
        <source>A synchronous cycle can deadlock or recurse without end, and one slow member stalls all of them; none can be deployed or fail on its own.</source>
        <translation>Un ciclo síncrono puede bloquearse o recurrir sin fin, y un miembro lento frena a todos; ninguno puede desplegarse ni fallar por sí solo.</translation>
    </message>
    <message>
        <source>Break the cycle: make one of the calls asynchronous (through a queue), or move the shared logic into one service.</source>
        <translation>Rompa el ciclo: haga asíncrona una de las llamadas (a través de una cola), o traslade la lógica compartida a un solo servicio.</translation>
    </message>
    <message>
        <source>%1 services call each other synchronously in one chain: %2.</source>
        <translation>%1 servicios se llaman entre sí de forma síncrona en una sola cadena: %2.</translation>
    </message>
    <message>
        <source>Latencies add up and availabilities multiply along a synchronous chain: five services at 99.9 % give 99.5 %, and one slow service stalls every caller above it.</source>
        <translation>A lo largo de una cadena síncrona, las latencias se suman y las disponibilidades se multiplican: cinco servicios al 99,9 % dan un 99,5 %, y un servicio lento frena a todos los llamantes por encima de él.</translation>
    </message>
    <message>
        <source>Put a queue or event stream where the caller does not need the answer at once (e.g. before %1), or merge services that always change together.</source>
        <translation>Ponga una cola o un flujo de eventos donde el llamante no necesite la respuesta de inmediato (p. ej., antes de %1), o fusione los servicios que siempre cambian juntos.</translation>
    </message>
    <message>
        <source>%1 has no connections.</source>
        <translation>%1 no tiene conexiones.</translation>
    </message>
    <message>
        <source>Nothing calls it and it calls nothing: either a dependency is missing from the design (and from its analysis), or the component is not needed.</source>
        <translation>Nada lo llama y no llama a nada: o falta una dependencia en el diseño (y en su análisis), o el componente no es necesario.</translation>
    </message>
    <message>
        <source>Connect %1 to what calls it and what it needs, or remove it.</source>
        <translation>Conecte %1 con lo que lo llama y con lo que necesita, o elimínelo.</translation>
    </message>
    <message>
        <source>Nothing sends messages to %1.</source>
        <translation>Nada envía mensajes a %1.</translation>
    </message>
    <message>
        <source>A queue without a producer stays empty; its consumers wait for work that never comes.</source>
        <translation>Una cola sin productor permanece vacía; sus consumidores esperan un trabajo que nunca llega.</translation>
    </message>
    <message>
        <source>Connect the component that publishes to %1 (producer -&gt; queue).</source>
        <translation>Conecte el componente que publica en %1 (productor -&gt; cola).</translation>
    </message>
    <message>
        <source>Nothing consumes the messages of %1.</source>
        <translation>Nada consume los mensajes de %1.</translation>
    </message>
    <message>
        <source>Messages pile up until the retention limit and are then dropped: the work is lost.</source>
        <translation>Los mensajes se acumulan hasta el límite de retención y luego se descartan: el trabajo se pierde.</translation>
    </message>
    <message>
        <source>Connect the consumer of %1 (queue -&gt; consumer).</source>
        <translation>Conecte el consumidor de %1 (cola -&gt; consumidor).</translation>
    </message>
    <message>
        <source>metrics or logs</source>
        <translation>métricas ni logs</translation>
    </message>
    <message>
        <source>metrics</source>
        <translation>métricas</translation>
    </message>
    <message>
        <source>logs</source>
        <translation>logs</translation>
    </message>
    <message>
        <source>%1 sends no %2 anywhere.</source>
        <translation>%1 no envía %2 a ninguna parte.</translation>
    </message>
    <message>
        <source>Without metrics nobody sees it degrade; without logs nobody can tell why it failed.</source>
        <translation>Sin métricas nadie ve cómo se degrada; sin logs nadie puede saber por qué falló.</translation>
    </message>
    <message>
        <source>No alerting component: problems page nobody.</source>
        <translation>Ningún componente de alertas: nadie recibe aviso de los problemas.</translation>
    </message>
    <message>
        <source>%1 receives nothing from a metrics, logging or APM component.</source>
        <translation>%1 no recibe nada de un componente de métricas, logging o APM.</translation>
    </message>
    <message>
        <source>Metrics and logs only help when someone is told; without alert routing, users report the outage first.</source>
        <translation>Las métricas y los logs solo sirven si alguien recibe el aviso; sin enrutamiento de alertas, los usuarios notifican la caída primero.</translation>
    </message>
    <message>
        <source>requests from %1</source>
        <translation>solicitudes de %1</translation>
    </message>
    <message>
        <source>%1 runs as %2 on the path of %3.</source>
        <translation>%1 funciona como %2 en la ruta de las %3.</translation>
    </message>
    <message>
        <source>Components lost with it: %1.</source>
        <translation>Componentes que se pierden con él: %1.</translation>
    </message>
    <message>
        <source>One instance fails alone: a crash, a host failure or a deploy takes it down, and every request that needs it fails with it.</source>
        <translation>Una única instancia falla sola: un fallo, una caída del host o un despliegue la detiene, y cada solicitud que la necesita falla con ella.</translation>
    </message>
    <message>
        <source>Set replicas to at least 2 and place %1 in the region rather than in one zone, so its replicas spread over two or more availability zones.</source>
        <translation>Establezca replicas en al menos 2 y ubique %1 en la región en lugar de en una zona, para que sus réplicas se repartan en dos o más zonas de disponibilidad.</translation>
    </message>
    <message>
        <source>Use the provider&apos;s managed service for %1, or run it as a cluster of three nodes over three availability zones.</source>
        <translation>Use el servicio gestionado del proveedor para %1, o ejecútelo como un clúster de tres nodos en tres zonas de disponibilidad.</translation>
    </message>
    <message>
        <source>%1 runs %2 replicas but %3 calls it directly, with no load balancer in front.</source>
        <translation>%1 ejecuta %2 réplicas, pero %3 lo llama directamente, sin balanceador de carga delante.</translation>
    </message>
    <message>
        <source>Without a load balancer, callers reach one fixed instance: the other replicas take no load and do not take over when that one fails.</source>
        <translation>Sin balanceador de carga, los llamantes llegan a una instancia fija: las demás réplicas no reciben carga y no toman el relevo cuando esa falla.</translation>
    </message>
    <message>
        <source>Put a load balancer or an API gateway in front of %1 and route its callers through it.</source>
        <translation>Ponga un balanceador de carga o un API gateway delante de %1 y dirija a sus llamantes a través de él.</translation>
    </message>
    <message>
        <source>Every path from the entry points to %1 components passes through %2, which is %3.</source>
        <translation>Todas las rutas desde los puntos de entrada hasta %1 componentes pasan por %2, que es %3.</translation>
    </message>
    <message>
        <source>A choke point that lives in one availability zone takes everything behind it down when that zone fails.</source>
        <translation>Un cuello de botella que reside en una sola zona de disponibilidad arrastra todo lo que hay detrás cuando esa zona falla.</translation>
    </message>
    <message>
        <source>Enable multi-AZ on %1.</source>
        <translation>Active multi-AZ en %1.</translation>
    </message>
    <message>
        <source>Run %1 in two or more availability zones.</source>
        <translation>Ejecute %1 en dos o más zonas de disponibilidad.</translation>
    </message>
    <message>
        <source>%1 is a quorum system with %2 members.</source>
        <translation>%1 es un sistema de quórum con %2 miembros.</translation>
    </message>
    <message>
        <source>A quorum needs a majority: with fewer than 3 members, losing one stops writes.</source>
        <translation>Un quórum necesita mayoría: con menos de 3 miembros, perder uno detiene las escrituras.</translation>
    </message>
    <message>
        <source>An even number of members tolerates no more failures than one member fewer, and can split into two equal halves with no majority.</source>
        <translation>Un número par de miembros no tolera más fallos que un miembro menos, y puede dividirse en dos mitades iguales sin mayoría.</translation>
    </message>
    <message>
        <source>Run %1 members (replicas: %1), one per availability zone.</source>
        <translation>Ejecute %1 miembros (replicas: %1), uno por zona de disponibilidad.</translation>
    </message>
    <message>
        <source>%1 autoscales from %2 to %3 replicas: the minimum is above the maximum.</source>
        <translation>%1 escala automáticamente de %2 a %3 réplicas: el mínimo es mayor que el máximo.</translation>
    </message>
    <message>
        <source>The autoscaler refuses such bounds, or pins the service to one of them.</source>
        <translation>El autoescalador rechaza esos límites, o fija el servicio en uno de ellos.</translation>
    </message>
    <message>
        <source>Set minReplicas of %1 at or below maxReplicas.</source>
        <translation>Establezca minReplicas de %1 en un valor igual o inferior a maxReplicas.</translation>
    </message>
    <message>
        <source>%1 autoscales at %2 % CPU.</source>
        <translation>%1 escala automáticamente al %2 % de CPU.</translation>
    </message>
    <message>
        <source>A target outside 1-100 % never triggers scaling out (above 100) or scales out at once and never back (below 1).</source>
        <translation>Un objetivo fuera de 1-100 % nunca hace escalar (por encima de 100) o escala de inmediato y nunca vuelve a reducir (por debajo de 1).</translation>
    </message>
    <message>
        <source>Set cpuTarget of %1 between 50 and 80 %.</source>
        <translation>Establezca cpuTarget de %1 entre 50 y 80 %.</translation>
    </message>
    <message>
        <source>%1 autoscales on CPU but its CPU request is not set (the catalog default of %2 millicores would be used).</source>
        <translation>%1 escala automáticamente por CPU, pero su solicitud de CPU no está definida (se usaría el valor predeterminado del catálogo de %2 milicores).</translation>
    </message>
    <message>
        <source>Autoscaling measures CPU use against the request: a guessed request makes it scale too early or too late.</source>
        <translation>El escalado automático mide el uso de CPU frente a la solicitud: una solicitud estimada a ojo hace que escale demasiado pronto o demasiado tarde.</translation>
    </message>
    <message>
        <source>Set cpuRequest of %1 to what one replica really needs.</source>
        <translation>Establezca cpuRequest de %1 en lo que una réplica necesita realmente.</translation>
    </message>
    <message>
        <source>At the peak, requests queue and time out once all replicas are busy.</source>
        <translation>En el pico, las solicitudes se acumulan y agotan el tiempo de espera en cuanto todas las réplicas están ocupadas.</translation>
    </message>
    <message>
        <source>Raise maxReplicas of %1 to at least %2.</source>
        <translation>Aumente maxReplicas de %1 a al menos %2.</translation>
    </message>
    <message>
        <source>Run at least %2 replicas of %1, or enable autoscaling with that maximum.</source>
        <translation>Ejecute al menos %2 réplicas de %1, o active el escalado automático con ese máximo.</translation>
    </message>
    <message>
        <source>%1 takes traffic from the internet with no WAF in front.</source>
        <translation>%1 recibe tráfico de Internet sin WAF delante.</translation>
    </message>
    <message>
        <source>Public endpoints are probed constantly; a WAF blocks injection, known exploits and abusive request rates before they reach the service.</source>
        <translation>Los endpoints públicos se sondean constantemente; un WAF bloquea inyecciones, exploits conocidos y tasas de solicitudes abusivas antes de que lleguen al servicio.</translation>
    </message>
    <message>
        <source>Put a WAF in front of %1 and route the traffic sources through it.</source>
        <translation>Ponga un WAF delante de %1 y dirija las fuentes de tráfico a través de él.</translation>
    </message>
    <message>
        <source>%1 is public: reachable from the internet.</source>
        <translation>%1 es público: accesible desde Internet.</translation>
    </message>
    <message>
        <source>%1 is called directly by %2.</source>
        <translation>%2 llama directamente a %1.</translation>
    </message>
    <message>
        <source>A data store reachable from outside is one leaked credential or one misconfiguration away from a data breach.</source>
        <translation>Un almacén de datos accesible desde fuera está a una credencial filtrada o a un error de configuración de una fuga de datos.</translation>
    </message>
    <message>
        <source>Make %1 private and reach it only through a service that checks who asks.</source>
        <translation>Haga privado %1 y acceda a él solo a través de un servicio que compruebe quién lo solicita.</translation>
    </message>
    <message>
        <source>a private key</source>
        <translation>una clave privada</translation>
    </message>
    <message>
        <source>an AWS access key</source>
        <translation>una clave de acceso de AWS</translation>
    </message>
    <message>
        <source>a password in a URL</source>
        <translation>una contraseña en una URL</translation>
    </message>
    <message>
        <source>a password assignment</source>
        <translation>una asignación de contraseña</translation>
    </message>
    <message>
        <source>a secret value</source>
        <translation>un valor secreto</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 has what looks like a secret in plain properties: %2.</source>
        <translation>%1 tiene lo que parece un secreto en propiedades en texto plano: %2.</translation>
    </message>
    <message>
        <source>Design files live in git and in exported code; a secret written there is leaked to everyone who can read them, forever (history keeps it).</source>
        <translation>Los archivos de diseño viven en git y en el código exportado; un secreto escrito allí queda filtrado para todos los que puedan leerlos, para siempre (el historial lo conserva).</translation>
    </message>
    <message>
        <source>Remove it, rotate it, keep it in a secrets manager and refer to it by name.</source>
        <translation>Elimínelo, rótelo, guárdelo en un gestor de secretos y haga referencia a él por su nombre.</translation>
    </message>
    <message>
        <source>%1 stores data unencrypted.</source>
        <translation>%1 almacena datos sin cifrar.</translation>
    </message>
    <message>
        <source>Disks, snapshots and backups of unencrypted stores can be read by anyone who gets a copy; most compliance regimes forbid it.</source>
        <translation>Los discos, instantáneas y copias de seguridad de almacenes sin cifrar los puede leer cualquiera que obtenga una copia; la mayoría de las normativas de cumplimiento lo prohíben.</translation>
    </message>
    <message>
        <source>Enable encryption at rest on %1 (with a managed key).</source>
        <translation>Active el cifrado en reposo en %1 (con una clave gestionada).</translation>
    </message>
    <message>
        <source>%1 runs %2 replicas, all in availability zone %3.</source>
        <translation>%1 ejecuta %2 réplicas, todas en la zona de disponibilidad %3.</translation>
    </message>
    <message>
        <source>Replicas in one zone protect against a crash, not against the zone: when %1 fails, all of them fail together.</source>
        <translation>Las réplicas en una sola zona protegen contra un fallo, no contra la zona: cuando %1 falla, todas fallan a la vez.</translation>
    </message>
    <message>
        <source>Place %1 in the region so its replicas spread over two or more zones.</source>
        <translation>Ubique %1 en la región para que sus réplicas se repartan en dos o más zonas.</translation>
    </message>
    <message>
        <source>Add a second replica in %1 (place %2 in the region so replicas spread over the zones).</source>
        <translation>Añada una segunda réplica en %1 (ubique %2 en la región para que las réplicas se repartan entre las zonas).</translation>
    </message>
    <message>
        <source>Losing %1 breaks %2: %3 components become unreachable (%4).</source>
        <translation>Perder %1 rompe %2: %3 componentes quedan inaccesibles (%4).</translation>
    </message>
    <message>
        <source>When %1 fails as a whole (it happens), everything placed only there fails with it: %2.</source>
        <translation>Cuando %1 falla por completo (ocurre), todo lo que está ubicado solo allí falla con ella: %2.</translation>
    </message>
    <message>
        <source>Everything runs in %1.</source>
        <translation>Todo se ejecuta en %1.</translation>
    </message>
    <message>
        <source>A whole region can become unavailable (power, network, a provider incident); then the whole system is down until it returns.</source>
        <translation>Una región entera puede dejar de estar disponible (electricidad, red, un incidente del proveedor); entonces todo el sistema queda caído hasta que vuelve.</translation>
    </message>
    <message>
        <source>Plan a second region: at least a warm standby with replicated data, or active-active for the services that must stay up.</source>
        <translation>Planifique una segunda región: al menos una réplica en espera activa (warm standby) con datos replicados, o funcionamiento activo-activo para los servicios que deben seguir funcionando.</translation>
    </message>
    <message>
        <source>Run a copy or a standby of %1 in a second region as well.</source>
        <translation>Ejecute también una copia o una instancia en espera de %1 en una segunda región.</translation>
    </message>
    <message>
        <source>Everything runs with one provider (%1).</source>
        <translation>Todo se ejecuta con un solo proveedor (%1).</translation>
    </message>
    <message>
        <source>Guidance for serious enterprises is at least two providers, so that an outage, an account lock-out or a commercial dispute with one does not stop the business.</source>
        <translation>La recomendación para empresas serias es tener al menos dos proveedores, para que una caída, un bloqueo de cuenta o una disputa comercial con uno de ellos no detenga el negocio.</translation>
    </message>
    <message>
        <source>Keep a recovery path with a second provider for the services the business cannot do without.</source>
        <translation>Mantenga una vía de recuperación con un segundo proveedor para los servicios de los que el negocio no puede prescindir.</translation>
    </message>
    <message>
        <source>Give %1 a fallback with another provider.</source>
        <translation>Dé a %1 una alternativa de respaldo con otro proveedor.</translation>
    </message>
    <message>
        <source>%1 has no dead-letter queue.</source>
        <translation>%1 no tiene cola de mensajes fallidos.</translation>
    </message>
    <message>
        <source>A message its consumer cannot process is delivered again and again: it blocks or slows the queue, and when the retention runs out the work it carried is lost without a trace.</source>
        <translation>Un mensaje que su consumidor no puede procesar se entrega una y otra vez: bloquea o ralentiza la cola y, cuando vence la retención, el trabajo que llevaba se pierde sin dejar rastro.</translation>
    </message>
    <message>
        <source>Turn on the dead-letter queue of %1 (after a few failed deliveries the message is set aside for inspection) and alert when messages arrive there.</source>
        <translation>Active la cola de mensajes fallidos de %1 (tras unas cuantas entregas fallidas, el mensaje se aparta para revisarlo) y genere una alerta cuando lleguen mensajes allí.</translation>
    </message>
    <message>
        <source>Queue without a dead-letter queue</source>
        <translation>Cola sin cola de mensajes fallidos</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>%1 is a cut vertex: removing it splits the design in two.</source>
        <translation>%1 es un vértice de corte: quitarlo parte el diseño en dos.</translation>
    </message>
    <message>
        <source>%1 - %2 is a bridge: the only link between two parts of the design.</source>
        <translation>%1 – %2 es un puente: el único enlace entre dos partes del diseño.</translation>
    </message>
    <message>
        <source>Every request from %1 to %2 other components passes through %3.</source>
        <translation>Cada solicitud de %1 a otros %2 componentes pasa por %3.</translation>
    </message>
    <message>
        <source>note:</source>
        <translation>nota:</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ninguno.</translation>
    </message>
    <message>
        <source>Structural single points of failure</source>
        <translation>Puntos únicos de fallo estructurales</translation>
    </message>
    <message>
        <source>The shape of the dependency graph, whatever the redundancy of the components.</source>
        <translation>La forma del grafo de dependencias, sea cual sea la redundancia de los componentes.</translation>
    </message>
    <message>
        <source>Cut vertices (removing one splits the design in two)</source>
        <translation>Vértices de corte (quitar uno parte el diseño en dos)</translation>
    </message>
    <message>
        <source>Bridges (the only link between two parts)</source>
        <translation>Puentes (el único enlace entre dos partes)</translation>
    </message>
    <message>
        <source>Dominators (every request from an entry point passes through them)</source>
        <translation>Dominadores (cada solicitud desde un punto de entrada pasa por ellos)</translation>
    </message>
    <message>
        <source>Entry point</source>
        <translation>Punto de entrada</translation>
    </message>
    <message>
        <source>Passes through (components cut off when it fails)</source>
        <translation>Pasa por (componentes aislados cuando falla)</translation>
    </message>
    <message>
        <source>nothing: every component it reaches has a second path</source>
        <translation>nada: cada componente que alcanza tiene un segundo camino</translation>
    </message>
    <message>
        <source>Draw who calls the system (Users, Partner API) and connect them, or set &quot;Traffic starts here&quot; on the component where requests start.</source>
        <translation>Dibuje quién llama al sistema (Usuarios, API de socio) y conéctelo, o active «El tráfico empieza aquí» en el componente donde empiezan las solicitudes.</translation>
    </message>
    <message>
        <source>No entry point: no traffic source is drawn, nothing is marked as where traffic starts, and every component has a caller, so there is nothing to analyse from.</source>
        <translation>Ningún punto de entrada: no hay ninguna fuente de tráfico dibujada, nada está marcado como el lugar donde empieza el tráfico y cada componente tiene un llamador, así que no hay nada desde donde analizar.</translation>
    </message>
    <message>
        <source>Single points of failure are found by following requests from where they start; without a start no single-instance, zone-loss or blast-radius check can run, and the design would pass them silently.</source>
        <translation>Los puntos únicos de fallo se encuentran siguiendo las solicitudes desde donde empiezan; sin un inicio no puede ejecutarse ninguna comprobación de instancia única, pérdida de zona o radio de impacto, y el diseño las pasaría en silencio.</translation>
    </message>
    <message>
        <source>Likely starts (nothing outside their cycle calls them): %1.</source>
        <translation>Inicios probables (nada fuera de su ciclo los llama): %1.</translation>
    </message>
    <message>
        <source>No entry point is drawn or marked; the analysis starts from what nothing calls: %1.</source>
        <translation>No hay ningún punto de entrada dibujado ni marcado; el análisis empieza desde lo que nada llama: %1.</translation>
    </message>
    <message>
        <source>Findings about single instances, zones and blast radius follow requests from these candidate entries; if requests really start elsewhere, the findings are wrong.</source>
        <translation>Los hallazgos sobre instancias únicas, zonas y radio de impacto siguen las solicitudes desde estos puntos de entrada candidatos; si las solicitudes empiezan en realidad en otro lugar, los hallazgos son erróneos.</translation>
    </message>
    <message>
        <source>Draw the users or clients that call the system, or set &quot;Traffic starts here&quot; on the components where requests start.</source>
        <translation>Dibuje los usuarios o clientes que llaman al sistema, o active «El tráfico empieza aquí» en los componentes donde empiezan las solicitudes.</translation>
    </message>
    <message>
        <source>%1 uses the image %2, which moves with every push.</source>
        <translation>%1 usa la imagen %2, que cambia con cada push.</translation>
    </message>
    <message>
        <source>%1 uses the image %2 without a tag, which means latest.</source>
        <translation>%1 usa la imagen %2 sin etiqueta, es decir, latest.</translation>
    </message>
    <message>
        <source>Each restart or new node may pull a different build: a rollback cannot go back, replicas run different code, and the exporters refuse such an image.</source>
        <translation>Cada reinicio o nodo nuevo puede descargar otra compilación: una reversión no puede volver atrás, las réplicas ejecutan código distinto y los exportadores rechazan una imagen así.</translation>
    </message>
    <message>
        <source>Pin the image of %1 to a version tag or a digest, e.g. %2:1.0.0 or %2@sha256:….</source>
        <translation>Fije la imagen de %1 a una etiqueta de versión o un digest, p. ej. %2:1.0.0 o %2@sha256:….</translation>
    </message>
    <message>
        <source>%1 is exposed to the internet with %2 replicas but nothing in front spreads requests over them.</source>
        <translation>%1 está expuesto a Internet con %2 réplicas, pero nada delante reparte las solicitudes entre ellas.</translation>
    </message>
    <message>
        <source>Assumed: a service drawn inside an availability zone runs all its replicas there, as drawn (nothing in the design spreads them). Only a multi-AZ service drawn in a zone is read as a primary there with a standby in another zone.</source>
        <translation>Supuesto: un servicio dibujado dentro de una zona de disponibilidad ejecuta allí todas sus réplicas, según el dibujo (nada en el diseño las reparte). Solo un servicio multi-AZ dibujado en una zona se lee como una instancia principal allí con una réplica en espera en otra zona.</translation>
    </message>
    <message>
        <source>Enable multi-AZ on %1 (its standby then takes over in another zone).</source>
        <translation>Active multi-AZ en %1 (su réplica en espera toma entonces el relevo en otra zona).</translation>
    </message>
    <message>
        <source>Run %1 with 2 or more replicas placed in the region, so they spread over two or more availability zones.</source>
        <translation>Ejecute %1 con 2 o más réplicas ubicadas en la región, para que se repartan entre dos o más zonas de disponibilidad.</translation>
    </message>
    <message>
        <source>Losing %1, the only availability zone the design uses, breaks %2: %3 components become unreachable (%4).</source>
        <translation>Perder %1, la única zona de disponibilidad que usa el diseño, rompe %2: %3 componentes quedan inaccesibles (%4).</translation>
    </message>
    <message>
        <source>%1: multi-AZ with the primary drawn in one zone; they survive the loss of that zone by failing over inside the region, not the loss of the region.</source>
        <translation>%1: multi-AZ con la instancia principal dibujada en una zona; sobreviven a la pérdida de esa zona conmutando dentro de la región, no a la pérdida de la región.</translation>
    </message>
    <message>
        <source>No entry point: nothing to analyse from</source>
        <translation>Ningún punto de entrada: nada desde donde analizar</translation>
    </message>
    <message>
        <source>No entry point marked: analysed from what nothing calls</source>
        <translation>Ningún punto de entrada marcado: analizado desde lo que nada llama</translation>
    </message>
    <message>
        <source>Container image without a fixed tag, or :latest</source>
        <translation>Imagen de contenedor sin etiqueta fija, o :latest</translation>
    </message>
    <message>
        <source>%1 needs %2 replicas: beyond one deployment; shard or re-think.</source>
        <translation>%1 necesita %2 réplicas: más de lo que admite un despliegue; fragmente o replantee.</translation>
    </message>
    <message>
        <source>%1 can run at most %2 replicas, but the expected peak needs %3 (%4).</source>
        <translation>%1 puede ejecutar como mucho %2 réplicas, pero el pico esperado necesita %3 (%4).</translation>
    </message>
    <message>
        <source>Connect %1 to a metrics and a logging component (or an APM service); export monitoring (File &gt; Export) then writes its alerts, dashboard and runbook.</source>
        <translation>Conecte %1 a un componente de métricas y a uno de registros (o a un servicio APM); la exportación de monitorización (Archivo &gt; Exportar) escribe entonces sus alertas, su panel y su runbook.</translation>
    </message>
    <message>
        <source>Add an alerting component (e.g. PagerDuty or Opsgenie) and connect the metrics component to it; export monitoring then routes the alerts to it by severity.</source>
        <translation>Añada un componente de alertas (p. ej. PagerDuty u Opsgenie) y conecte a él el componente de métricas; la exportación de monitorización le envía entonces las alertas según su gravedad.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Stackdraft architecture design studio</source>
        <translation>Stackdraft, estudio de diseño de arquitecturas</translation>
    </message>
    <message>
        <source>Design file to open.</source>
        <translation>Archivo de diseño que se abrirá.</translation>
    </message>
</context>
<context>
    <name>sd::AcceptFindingDialog</name>
    <message>
        <source>Accept finding</source>
        <translation>Aceptar el hallazgo</translation>
    </message>
    <message>
        <source>Why is this acceptable? The justification is stored in the design file with the acceptance.</source>
        <translation>¿Por qué es aceptable? La justificación se guarda con la aceptación en el archivo de diseño.</translation>
    </message>
    <message>
        <source>e.g. One Redis node is fine for launch; a replica is planned for Q3.</source>
        <translation>p. ej. Un nodo de Redis basta para el lanzamiento; hay una réplica prevista para el T3.</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
</context>
<context>
    <name>sd::CanvasScene</name>
    <message numerus="yes">
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>Mover %n elemento</numerusform>
            <numerusform>Mover %n elementos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s) to another zone</source>
        <translation>
            <numerusform>Mover %n elemento a otra zona</numerusform>
            <numerusform>Mover %n elementos a otra zona</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect %1 to %2</source>
        <translation>Conectar %1 con %2</translation>
    </message>
    <message>
        <source>Bend the connection from %1 to %2</source>
        <translation>Doblar la conexión de %1 a %2</translation>
    </message>
    <message>
        <source>Move a waypoint of the connection from %1 to %2</source>
        <translation>Mover un punto de paso de la conexión de %1 a %2</translation>
    </message>
    <message>
        <source>Remove a waypoint of the connection from %1 to %2</source>
        <translation>Quitar un punto de paso de la conexión de %1 a %2</translation>
    </message>
    <message>
        <source>Only components can be connected</source>
        <translation>Solo se pueden conectar componentes</translation>
    </message>
    <message>
        <source>“%1” cannot connect to itself</source>
        <translation>«%1» no puede conectarse consigo mismo</translation>
    </message>
    <message>
        <source>“%1” already connects to “%2”; one connection between them is enough</source>
        <translation>«%1» ya está conectado con «%2»; basta una conexión entre ellos</translation>
    </message>
    <message>
        <source>Add %1 connected from %2</source>
        <translation>Añadir %1 conectado desde %2</translation>
    </message>
</context>
<context>
    <name>sd::CanvasView</name>
    <message>
        <source>Design canvas</source>
        <translation>Lienzo del diseño</translation>
    </message>
</context>
<context>
    <name>sd::CompareChangeList</name>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>No changes since %1.</source>
        <translation>Sin cambios desde %1.</translation>
    </message>
    <message>
        <source>Since %1: %2</source>
        <translation>Desde %1: %2</translation>
    </message>
</context>
<context>
    <name>sd::CompareMode</name>
    <message>
        <source>Compare &amp;With…</source>
        <translation>Comparar &amp;con…</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Shows what changed in the open design since a git revision of its file, or against another file</source>
        <translation>Muestra qué ha cambiado en el diseño abierto desde una revisión git de su archivo, o frente a otro archivo</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <source>&amp;Leave Compare Mode</source>
        <translation>&amp;Salir del modo comparación</translation>
    </message>
    <message>
        <source>Back to the normal view (Esc on the canvas)</source>
        <translation>Volver a la vista normal (Esc en el lienzo)</translation>
    </message>
    <message>
        <source>Cannot compare with %1: there is no such file.</source>
        <translation>No se puede comparar con %1: ese archivo no existe.</translation>
    </message>
    <message>
        <source>Cannot compare with %1: %2</source>
        <translation>No se puede comparar con %1: %2</translation>
    </message>
    <message>
        <source>Cannot compare with revision %1: the design is not saved yet, so it has no git history.</source>
        <translation>No se puede comparar con la revisión %1: el diseño aún no está guardado, así que no tiene historial git.</translation>
    </message>
    <message>
        <source>Cannot compare with revision %1: %2 is not in a git work tree.</source>
        <translation>No se puede comparar con la revisión %1: %2 no está en un árbol de trabajo git.</translation>
    </message>
    <message>
        <source>Cannot compare with revision %1: %2 does not exist at that revision.</source>
        <translation>No se puede comparar con la revisión %1: %2 no existe en esa revisión.</translation>
    </message>
    <message>
        <source>Cannot compare %1 with revision %2: %3</source>
        <translation>No se puede comparar %1 con la revisión %2: %3</translation>
    </message>
    <message>
        <source>Comparing with &lt;b&gt;%1&lt;/b&gt;: the canvas shows what changed since.</source>
        <translation>Comparando con &lt;b&gt;%1&lt;/b&gt;: el lienzo muestra qué ha cambiado desde entonces.</translation>
    </message>
</context>
<context>
    <name>sd::ConflictsDialog</name>
    <message>
        <source>Resolve Merge Conflicts</source>
        <translation>Resolver conflictos de combinación</translation>
    </message>
    <message>
        <source>The merge kept one value of each field both sides changed. Keep it, or put the other side&apos;s value back; each choice is one undo step.</source>
        <translation>La combinación conservó un valor de cada campo que cambiaron ambos lados. Consérvelo o ponga el valor del otro lado; cada elección es un paso de deshacer.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Merged value</source>
        <translation>Valor combinado</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Otro valor</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>&amp;Keep Merged Value</source>
        <translation>&amp;Conservar el valor combinado</translation>
    </message>
    <message>
        <source>&amp;Use Other Value</source>
        <translation>&amp;Usar el otro valor</translation>
    </message>
    <message>
        <source>(the design)</source>
        <translation>(el diseño)</translation>
    </message>
    <message>
        <source>(the whole item)</source>
        <translation>(el elemento entero)</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(ausente)</translation>
    </message>
    <message>
        <source>No conflicts are left: save the design to write it without them.</source>
        <translation>No quedan conflictos: guarde el diseño para escribirlo sin ellos.</translation>
    </message>
    <message>
        <source>Resolve Merge Conflict</source>
        <translation>Resolver conflicto de combinación</translation>
    </message>
</context>
<context>
    <name>sd::DiagramExport</name>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Imágenes SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Exported the diagram to %1</source>
        <translation>Diagrama exportado a %1</translation>
    </message>
    <message>
        <source>There is nothing to draw.</source>
        <translation>No hay nada que dibujar.</translation>
    </message>
</context>
<context>
    <name>sd::DiagramExportDialog</name>
    <message>
        <source>Show the &amp;grid</source>
        <translation>Mostrar la &amp;cuadrícula</translation>
    </message>
    <message>
        <source>&amp;Selection only</source>
        <translation>Solo la &amp;selección</translation>
    </message>
    <message>
        <source>Export Diagram as PNG</source>
        <translation>Exportar el diagrama como PNG</translation>
    </message>
    <message>
        <source>Export Diagram as SVG</source>
        <translation>Exportar el diagrama como SVG</translation>
    </message>
    <message>
        <source>Export Diagram as PDF</source>
        <translation>Exportar el diagrama como PDF</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>E&amp;scala:</translation>
    </message>
    <message>
        <source>&amp;Margin:</source>
        <translation>&amp;Margen:</translation>
    </message>
    <message>
        <source>&amp;Transparent background</source>
        <translation>Fondo &amp;transparente</translation>
    </message>
    <message>
        <source>Connection label, else protocol:port</source>
        <translation>Etiqueta de la conexión, si no protocolo:puerto</translation>
    </message>
    <message>
        <source>Protocol:port</source>
        <translation>Protocolo:puerto</translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation>&amp;Etiquetas:</translation>
    </message>
</context>
<context>
    <name>sd::Document</name>
    <message>
        <source>Untitled design</source>
        <translation>Diseño sin título</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>%1 was changed by another program since it was opened or last saved here</source>
        <translation>%1 ha sido modificado por otro programa desde que se abrió o se guardó aquí por última vez</translation>
    </message>
    <message>
        <source>Reload from disk</source>
        <translation>Recargar desde el disco</translation>
    </message>
</context>
<context>
    <name>sd::ExportDialog</name>
    <message>
        <source>Export %1</source>
        <translation>Exportar %1</translation>
    </message>
    <message>
        <source>Files to export</source>
        <translation>Archivos que exportar</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Export to File</source>
        <translation>Exportar a archivo</translation>
    </message>
    <message>
        <source>Export to Folder</source>
        <translation>Exportar a carpeta</translation>
    </message>
    <message>
        <source>Export to:</source>
        <translation>Exportar a:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Nothing to write.</source>
        <translation>Nada que escribir.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>These files in %1 were edited by hand since the last export, or were not written by it:

%2

Replace them with the exported files?</source>
        <translation>Estos archivos de %1 se editaron a mano desde la última exportación, o no los escribió ella:

%2

¿Reemplazarlos con los archivos exportados?</translation>
    </message>
    <message>
        <source>A PDF document of %1 KiB. Export it, then open it to read it.</source>
        <translation>Un documento PDF de %1 KiB. Expórtelo y luego ábralo para leerlo.</translation>
    </message>
</context>
<context>
    <name>sd::FindingDetails</name>
    <message>
        <source>Apply Fix</source>
        <translation>Aplicar la corrección</translation>
    </message>
    <message>
        <source>Apply the fix as one step (Edit &gt; Undo takes it back)</source>
        <translation>Aplicar la corrección en un solo paso (Editar &gt; Deshacer la revierte)</translation>
    </message>
    <message>
        <source>Un-accept</source>
        <translation>Deshacer la aceptación</translation>
    </message>
    <message>
        <source>Accept…</source>
        <translation>Aceptar…</translation>
    </message>
    <message>
        <source>Select a finding to see why it matters and how to fix it.</source>
        <translation>Seleccione un hallazgo para ver por qué importa y cómo corregirlo.</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Por qué:</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Corrección:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>Accepted:</source>
        <translation>Aceptado:</translation>
    </message>
    <message>
        <source>Components:</source>
        <translation>Componentes:</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Corrección: %1</translation>
    </message>
    <message>
        <source>Applied: %1. Edit &gt; Undo takes it back.</source>
        <translation>Aplicado: %1. Editar &gt; Deshacer lo revierte.</translation>
    </message>
</context>
<context>
    <name>sd::FindingsDeltaView</name>
    <message>
        <source>Since then</source>
        <translation>Desde entonces</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>Accepted: %1</source>
        <translation>Aceptado: %1</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Estructura</translation>
    </message>
    <message>
        <source>no change in the findings</source>
        <translation>ningún cambio en los hallazgos</translation>
    </message>
    <message>
        <source>%1 new, %2 resolved, %3 changed</source>
        <translation>%1 nuevos, %2 resueltos, %3 modificados</translation>
    </message>
    <message>
        <source>Findings since %1: %2</source>
        <translation>Hallazgos desde %1: %2</translation>
    </message>
</context>
<context>
    <name>sd::FindingsPanel</name>
    <message>
        <source>Show or hide findings of this severity</source>
        <translation>Mostrar u ocultar los hallazgos de esta gravedad</translation>
    </message>
    <message>
        <source>Search findings, rules, components</source>
        <translation>Buscar hallazgos, reglas, componentes</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Componentes</translation>
    </message>
    <message>
        <source>%1 (accepted)</source>
        <translation>%1 (aceptado)</translation>
    </message>
    <message>
        <source>%1 — accepted: %2</source>
        <translation>%1 — aceptado: %2</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Corrección:</translation>
    </message>
    <message>
        <source>Accepted:</source>
        <translation>Aceptado:</translation>
    </message>
    <message>
        <source>Un-accept</source>
        <translation>Deshacer la aceptación</translation>
    </message>
    <message>
        <source>Accept…</source>
        <translation>Aceptar…</translation>
    </message>
    <message>
        <source>Show components</source>
        <translation>Mostrar componentes</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
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
            <numerusform>%n aceptado</numerusform>
            <numerusform>%n aceptados</numerusform>
        </translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Corrección: %1</translation>
    </message>
</context>
<context>
    <name>sd::HeatLegend</name>
    <message>
        <source>Blast radius if it fails</source>
        <translation>Radio de impacto si falla</translation>
    </message>
    <message>
        <source>only itself lost</source>
        <translation>solo se pierde él</translation>
    </message>
    <message numerus="yes">
        <source>%n component(s) lost</source>
        <translation>
            <numerusform>%n componente perdido</numerusform>
            <numerusform>%n componentes perdidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Traffic sources are not rated.</source>
        <translation>Las fuentes de tráfico no se valoran.</translation>
    </message>
</context>
<context>
    <name>sd::ImportDialog</name>
    <message>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message>
        <source>Files and folders to read (folders are read with everything in them):</source>
        <translation>Archivos y carpetas que leer (las carpetas se leen con todo su contenido):</translation>
    </message>
    <message>
        <source>Add &amp;Files…</source>
        <translation>Añadir &amp;archivos…</translation>
    </message>
    <message>
        <source>Add F&amp;older…</source>
        <translation>Añadir &amp;carpeta…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Nothing imported yet.</source>
        <translation>Aún no se ha importado nada.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>&amp;Open as New Design</source>
        <translation>&amp;Abrir como diseño nuevo</translation>
    </message>
    <message>
        <source>Add Files</source>
        <translation>Añadir archivos</translation>
    </message>
    <message>
        <source>Add Folder</source>
        <translation>Añadir carpeta</translation>
    </message>
    <message>
        <source>Nothing was imported: the files have problems. Fix them and import again.</source>
        <translation>No se importó nada: los archivos tienen problemas. Corríjalos e importe de nuevo.</translation>
    </message>
    <message>
        <source>Errors (%1)</source>
        <translation>Errores (%1)</translation>
    </message>
    <message>
        <source>%1 components and %2 connections. %3. Read what was guessed and dropped before you rely on the design.</source>
        <translation>%1 componentes y %2 conexiones. %3. Lea lo supuesto y lo descartado antes de fiarse del diseño.</translation>
    </message>
    <message>
        <source>Hosts nothing defines, not connected (%1)</source>
        <translation>Hosts que nada define, no conectados (%1)</translation>
    </message>
    <message>
        <source>Guessed: check these (%1)</source>
        <translation>Supuesto: compruébelo (%1)</translation>
    </message>
    <message>
        <source>Dropped (%1)</source>
        <translation>Descartado (%1)</translation>
    </message>
    <message>
        <source>Mapped (%1)</source>
        <translation>Trasladado (%1)</translation>
    </message>
    <message>
        <source>&amp;Merge into This Design</source>
        <translation>&amp;Combinar en este diseño</translation>
    </message>
    <message>
        <source>Items whose names are already in the open design are updated; the rest is added and placed beside what is there. One undo step.</source>
        <translation>Los elementos cuyo nombre ya está en el diseño abierto se actualizan; el resto se añade y se coloca junto a lo existente. Un solo paso de deshacer.</translation>
    </message>
</context>
<context>
    <name>sd::MainWindow</name>
    <message>
        <source>Stackdraft designs (*.stackdraft.yaml *.stackdraft.json *.yaml *.yml *.json);;All files (*)</source>
        <translation>Diseños de Stackdraft (*.stackdraft.yaml *.stackdraft.json *.yaml *.yml *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>Re&amp;vert to Saved</source>
        <translation>Re&amp;vertir a lo guardado</translation>
    </message>
    <message>
        <source>Diagram as &amp;PNG…</source>
        <translation>Diagrama como &amp;PNG…</translation>
    </message>
    <message>
        <source>Diagram as &amp;SVG…</source>
        <translation>Diagrama como &amp;SVG…</translation>
    </message>
    <message>
        <source>Diagram as P&amp;DF…</source>
        <translation>Diagrama como P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Seleccionar todo</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Cambiar &amp;nombre</translation>
    </message>
    <message>
        <source>&amp;Find Component…</source>
        <translation>&amp;Buscar componente…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ale&amp;jar</translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation>Ajustar a la &amp;ventana</translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation>Ajustar a la &amp;selección</translation>
    </message>
    <message>
        <source>&amp;Actual Size (100 %)</source>
        <translation>&amp;Tamaño real (100 %)</translation>
    </message>
    <message>
        <source>S&amp;nap to Grid</source>
        <translation>Ajustar a la cua&amp;drícula</translation>
    </message>
    <message>
        <source>&amp;Select Tool</source>
        <translation>Herramienta de se&amp;lección</translation>
    </message>
    <message>
        <source>&amp;Connect Tool</source>
        <translation>Herramienta de co&amp;nexión</translation>
    </message>
    <message>
        <source>Select and move (V)</source>
        <translation>Seleccionar y mover (V)</translation>
    </message>
    <message>
        <source>Drag from one component to another to connect them (C)</source>
        <translation>Arrastre de un componente a otro para conectarlos (C)</translation>
    </message>
    <message>
        <source>Align &amp;Left</source>
        <translation>Alinear a la &amp;izquierda</translation>
    </message>
    <message>
        <source>Align &amp;Right</source>
        <translation>Alinear a la &amp;derecha</translation>
    </message>
    <message>
        <source>Align &amp;Top</source>
        <translation>Alinear &amp;arriba</translation>
    </message>
    <message>
        <source>Align &amp;Bottom</source>
        <translation>Alinear a&amp;bajo</translation>
    </message>
    <message>
        <source>Align Centres &amp;Horizontally</source>
        <translation>Alinear centros &amp;horizontalmente</translation>
    </message>
    <message>
        <source>Align Centres &amp;Vertically</source>
        <translation>Alinear centros &amp;verticalmente</translation>
    </message>
    <message>
        <source>Distribute Hori&amp;zontally</source>
        <translation>Distribuir hori&amp;zontalmente</translation>
    </message>
    <message>
        <source>Distribute V&amp;ertically</source>
        <translation>Distribuir v&amp;erticalmente</translation>
    </message>
    <message>
        <source>Bring to &amp;Front</source>
        <translation>Traer al &amp;frente</translation>
    </message>
    <message>
        <source>Auto-&amp;Layout</source>
        <translation>Disposición a&amp;utomática</translation>
    </message>
    <message>
        <source>&amp;Pin in Place</source>
        <translation>Fijar en su &amp;posición</translation>
    </message>
    <message>
        <source>&amp;Unpin</source>
        <translation>Dejar de fi&amp;jar</translation>
    </message>
    <message>
        <source>&amp;About Stackdraft</source>
        <translation>&amp;Acerca de Stackdraft</translation>
    </message>
    <message>
        <source>About Stackdraft</source>
        <translation>Acerca de Stackdraft</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Stackdraft %1&lt;/h3&gt;&lt;p&gt;An architecture design studio that checks designs for single points of failure and writes starter infrastructure as code.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Stackdraft %1&lt;/h3&gt;&lt;p&gt;Un estudio de diseño de arquitecturas que comprueba los diseños en busca de puntos únicos de fallo y genera una primera infraestructura como código.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Arrange</source>
        <translation>&amp;Organizar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Canvas</source>
        <translation>Lienzo</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Find component (Ctrl+F)</source>
        <translation>Buscar componente (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find component</source>
        <translation>Buscar componente</translation>
    </message>
    <message>
        <source>No component named “%1”</source>
        <translation>No hay ningún componente llamado «%1»</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>Paleta</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vista general</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propiedades</translation>
    </message>
    <message>
        <source>&lt;opened design&gt;</source>
        <translation>&lt;diseño abierto&gt;</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Historial de deshacer</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Zoom %1 %</source>
        <translation>Zoom %1 %</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>Vaciar menú</translation>
    </message>
    <message>
        <source>Cannot open design</source>
        <translation>No se puede abrir el diseño</translation>
    </message>
    <message>
        <source>%1 could not be opened; the current design is unchanged.

%2</source>
        <translation>No se pudo abrir %1; el diseño actual no ha cambiado.

%2</translation>
    </message>
    <message>
        <source>Cannot save design</source>
        <translation>No se puede guardar el diseño</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2
The file on disk is unchanged.</source>
        <translation>No se pudo guardar %1: %2
El archivo en disco no ha cambiado.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Se ha guardado %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes. Save them first?</source>
        <translation>«%1» tiene cambios sin guardar. ¿Desea guardarlos primero?</translation>
    </message>
    <message>
        <source>Open Design</source>
        <translation>Abrir diseño</translation>
    </message>
    <message>
        <source>Save Design As</source>
        <translation>Guardar diseño como</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Discard all changes since the last save?</source>
        <translation>¿Descartar todos los cambios desde la última vez que se guardó?</translation>
    </message>
    <message>
        <source>an unsaved design</source>
        <translation>un diseño sin guardar</translation>
    </message>
    <message>
        <source>Recover unsaved work?</source>
        <translation>¿Recuperar el trabajo sin guardar?</translation>
    </message>
    <message>
        <source>Stackdraft did not close properly. Unsaved changes to %1 from %2 were kept.

Restore them?</source>
        <translation>Stackdraft no se cerró correctamente. Se conservaron los cambios sin guardar de %1 del %2.

¿Desea restaurarlos?</translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation>No se puede recuperar</translation>
    </message>
    <message>
        <source>The recovery file could not be read.</source>
        <translation>No se pudo leer el archivo de recuperación.</translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>Recuperar cambios sin guardar</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Añadir %1</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>Portapapeles</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Cortar</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>clipboard</source>
        <translation>portapapeles</translation>
    </message>
    <message>
        <source>The clipboard holds no Stackdraft design</source>
        <translation>El portapapeles no contiene ningún diseño de Stackdraft</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Nuevo nombre</translation>
    </message>
    <message>
        <source>Align</source>
        <translation>Alinear</translation>
    </message>
    <message>
        <source>Distribute</source>
        <translation>Distribuir</translation>
    </message>
    <message>
        <source>The layout is already tidy</source>
        <translation>La disposición ya está ordenada</translation>
    </message>
    <message>
        <source>Auto-layout</source>
        <translation>Disposición automática</translation>
    </message>
    <message>
        <source>Auto-layout selection</source>
        <translation>Disposición automática de la selección</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>Se ha exportado %1 a %2</translation>
    </message>
    <message numerus="yes">
        <source>%n component(s)</source>
        <translation>
            <numerusform>%n componente</numerusform>
            <numerusform>%n componentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n conexión</numerusform>
            <numerusform>%n conexiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n zone(s)</source>
        <translation>
            <numerusform>%n zona</numerusform>
            <numerusform>%n zonas</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Seleccionado: %1</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Diagrama</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Cuestionario</translation>
    </message>
    <message>
        <source>&amp;Questionnaire</source>
        <translation>&amp;Cuestionario</translation>
    </message>
    <message>
        <source>The requirements questionnaire for workshops with product owners (Ctrl+Shift+Q)</source>
        <translation>El cuestionario de requisitos para talleres con los Product Owners (Ctrl+Mayús+Q)</translation>
    </message>
    <message>
        <source>&amp;Ask About This</source>
        <translation>&amp;Preguntar sobre esto</translation>
    </message>
    <message>
        <source>Apply &amp;Sizing Suggestions…</source>
        <translation>Aplicar sugerencias de &amp;dimensionamiento…</translation>
    </message>
    <message>
        <source>&amp;Design</source>
        <translation>&amp;Diseño</translation>
    </message>
    <message>
        <source>The questionnaire asks nothing about this item</source>
        <translation>El cuestionario no pregunta nada sobre este elemento</translation>
    </message>
    <message>
        <source>Simulate &amp;Failure</source>
        <translation>&amp;Simular fallo</translation>
    </message>
    <message>
        <source>&amp;End Failure Simulation</source>
        <translation>&amp;Terminar simulación de fallo</translation>
    </message>
    <message>
        <source>Blast Radius &amp;Heat View</source>
        <translation>&amp;Mapa de calor del radio de impacto</translation>
    </message>
    <message>
        <source>Colours each component by how much of the design fails with it (Ctrl+Shift+H)</source>
        <translation>Colorea cada componente según cuánto del diseño falla con él (Ctrl+Mayús+H)</translation>
    </message>
    <message>
        <source>&amp;Validate Now</source>
        <translation>&amp;Validar ahora</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Single points of failure and resilience gaps, checked as you draw</source>
        <translation>Puntos únicos de fallo y carencias de resiliencia, comprobados mientras dibuja</translation>
    </message>
    <message>
        <source>nothing else</source>
        <translation>nada más</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>&amp;Import Answers…</source>
        <translation>&amp;Importar respuestas…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Not saved: %1 was changed by another program</source>
        <translation>No guardado: %1 ha sido modificado por otro programa</translation>
    </message>
    <message>
        <source>Cannot reload design</source>
        <translation>No se puede recargar el diseño</translation>
    </message>
    <message>
        <source>%1 could not be read again; your design here is unchanged.

%2</source>
        <translation>No se pudo volver a leer %1; su diseño aquí no ha cambiado.

%2</translation>
    </message>
    <message>
        <source>Reloaded %1 from disk; Undo goes back to the version before</source>
        <translation>%1 recargado desde el disco; Deshacer vuelve a la versión anterior</translation>
    </message>
    <message>
        <source>%1 was deleted or moved on disk; saving writes it again</source>
        <translation>%1 se ha eliminado o movido en el disco; al guardar se vuelve a escribir</translation>
    </message>
    <message>
        <source>%1 was changed by another program; your unsaved changes are kept</source>
        <translation>%1 ha sido modificado por otro programa; sus cambios sin guardar se conservan</translation>
    </message>
    <message>
        <source>Imported %1: %2</source>
        <translation>%1 importado: %2</translation>
    </message>
    <message>
        <source>Send to &amp;Back</source>
        <translation>Enviar al &amp;fondo</translation>
    </message>
    <message>
        <source>Add %1 and connect it</source>
        <translation>Añadir %1 y conectarlo</translation>
    </message>
    <message numerus="yes">
        <source>Connect %n component(s)</source>
        <translation>
            <numerusform>Conectar %n componente</numerusform>
            <numerusform>Conectar %n componentes</numerusform>
        </translation>
    </message>
    <message>
        <source>Import %1 into the Design</source>
        <translation>Importar %1 en el diseño</translation>
    </message>
    <message>
        <source>Merged %1: %2 added, %3 updated, %4 connections added</source>
        <translation>%1 combinado: %2 añadidos, %3 actualizados, %4 conexiones añadidas</translation>
    </message>
    <message>
        <source>Resolve Merge &amp;Conflicts…</source>
        <translation>Resolver &amp;conflictos de combinación…</translation>
    </message>
    <message>
        <source>Resolve Merge &amp;Conflicts (%1)…</source>
        <translation>Resolver &amp;conflictos de combinación (%1)…</translation>
    </message>
    <message numerus="yes">
        <source>Blast radius: it and %n other component(s) are lost if it fails</source>
        <translation>
            <numerusform>Radio de impacto: si falla, se pierden él y %n componente más</numerusform>
            <numerusform>Radio de impacto: si falla, se pierden él y %n componentes más</numerusform>
        </translation>
    </message>
    <message>
        <source>Blast radius: only itself is lost if it fails</source>
        <translation>Radio de impacto: si falla, solo se pierde él</translation>
    </message>
    <message>
        <source>Failure simulation</source>
        <translation>Simulación de fallo</translation>
    </message>
    <message>
        <source>Simulating: %1 fails.</source>
        <translation>Simulación: falla %1.</translation>
    </message>
    <message>
        <source>It takes down %1 and cuts off %2.</source>
        <translation>Deja fuera de servicio %1 y aísla %2.</translation>
    </message>
    <message>
        <source>It takes down %1; every entry point still works.</source>
        <translation>Deja fuera de servicio %1; todos los puntos de entrada siguen funcionando.</translation>
    </message>
    <message>
        <source>Add &amp;Note</source>
        <translation>Añadir &amp;nota</translation>
    </message>
    <message>
        <source>Add a text note to the diagram (N)</source>
        <translation>Añadir una nota de texto al diagrama (N)</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
    <message>
        <source>Note &amp;Colour</source>
        <translation>&amp;Color de la nota</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Amarillo</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Azul</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Verde</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Rosa</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Gris</translation>
    </message>
    <message>
        <source>Add &amp;Note Here</source>
        <translation>Añadir &amp;nota aquí</translation>
    </message>
</context>
<context>
    <name>sd::NewDesignDialog</name>
    <message>
        <source>New Design</source>
        <translation>Nuevo diseño</translation>
    </message>
    <message>
        <source>New design</source>
        <translation>Nuevo diseño</translation>
    </message>
    <message>
        <source>Start from a blank canvas or from one of the examples:</source>
        <translation>Empiece con un lienzo en blanco o con uno de los ejemplos:</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>Blank design</source>
        <translation>Diseño en blanco</translation>
    </message>
    <message>
        <source>An empty canvas</source>
        <translation>Un lienzo vacío</translation>
    </message>
    <message>
        <source>Template description</source>
        <translation>Descripción de la plantilla</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>An empty canvas. Drag components from the palette, connect them, and group them in zones.</source>
        <translation>Un lienzo vacío. Arrastre componentes desde la paleta, conéctelos y agrúpelos en zonas.</translation>
    </message>
    <message>
        <source>%1 component</source>
        <translation>%1 componente</translation>
    </message>
    <message>
        <source>%1 components</source>
        <translation>%1 componentes</translation>
    </message>
    <message>
        <source>%1 connection</source>
        <translation>%1 conexión</translation>
    </message>
    <message>
        <source>%1 connections</source>
        <translation>%1 conexiones</translation>
    </message>
    <message>
        <source>%1 zone</source>
        <translation>%1 zona</translation>
    </message>
    <message>
        <source>%1 zones</source>
        <translation>%1 zonas</translation>
    </message>
    <message>
        <source>Untitled design</source>
        <translation>Diseño sin título</translation>
    </message>
</context>
<context>
    <name>sd::OverviewMap</name>
    <message>
        <source>Overview map</source>
        <translation>Mapa general</translation>
    </message>
    <message>
        <source>The whole design; click or drag to move the canvas there</source>
        <translation>Todo el diseño; haga clic o arrastre para mover el lienzo hasta allí</translation>
    </message>
</context>
<context>
    <name>sd::PaletteWidget</name>
    <message>
        <source>Roles: %1</source>
        <translation>Roles: %1</translation>
    </message>
    <message>
        <source>Component palette</source>
        <translation>Paleta de componentes</translation>
    </message>
    <message>
        <source>Search components…</source>
        <translation>Buscar componentes…</translation>
    </message>
    <message>
        <source>Search components</source>
        <translation>Buscar componentes</translation>
    </message>
    <message>
        <source>Filter by name, id or description (Down moves into the list, Enter adds the first match)</source>
        <translation>Filtrar por nombre, id o descripción (Abajo entra en la lista, Intro añade la primera coincidencia)</translation>
    </message>
    <message>
        <source>Component kinds</source>
        <translation>Tipos de componente</translation>
    </message>
    <message>
        <source>No component matches.</source>
        <translation>Ningún componente coincide.</translation>
    </message>
    <message>
        <source>Category %1</source>
        <translation>Categoría %1</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Anotaciones</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>A text note on the diagram</source>
        <translation>Una nota de texto en el diagrama</translation>
    </message>
    <message>
        <source>A text note on the diagram: drag it onto the canvas, or double-click</source>
        <translation>Una nota de texto en el diagrama: arrástrela al lienzo o haga doble clic</translation>
    </message>
</context>
<context>
    <name>sd::PropertyEditor</name>
    <message>
        <source>%1 connections selected. Select a single connection to edit it.</source>
        <translation>%1 conexiones seleccionadas. Seleccione una sola conexión para editarla.</translation>
    </message>
    <message>
        <source>%1 items selected: showing the properties they all share.</source>
        <translation>%1 elementos seleccionados: se muestran las propiedades que comparten todos.</translation>
    </message>
    <message>
        <source>%1 selected connection is not shown.</source>
        <translation>%1 conexión seleccionada no se muestra.</translation>
    </message>
    <message>
        <source>%1 selected connections are not shown.</source>
        <translation>%1 conexiones seleccionadas no se muestran.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>The name shown on the canvas</source>
        <translation>El nombre que se muestra en el lienzo</translation>
    </message>
    <message>
        <source>(%1 items)</source>
        <translation>(%1 elementos)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Unknown kind</source>
        <translation>Tipo desconocido</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>These items share no properties.</source>
        <translation>Estos elementos no comparten ninguna propiedad.</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propiedades</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activado</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Predeterminado: %1</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>Restablecer valor predeterminado</translation>
    </message>
    <message>
        <source>Reset %1 to default</source>
        <translation>Restablecer %1 al valor predeterminado</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hacia</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Desde:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Hacia:</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>How the caller talks to the callee (lower case)</source>
        <translation>Cómo se comunica el llamante con el llamado (en minúsculas)</translation>
    </message>
    <message>
        <source>&amp;Protocol:</source>
        <translation>&amp;Protocolo:</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>The port the callee listens on (— for none)</source>
        <translation>El puerto en el que escucha el llamado (— para ninguno)</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;uerto:</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>sync (request/response)</source>
        <translation>sync (solicitud/respuesta)</translation>
    </message>
    <message>
        <source>async (message, event)</source>
        <translation>async (mensaje, evento)</translation>
    </message>
    <message>
        <source>Whether the caller waits for the answer</source>
        <translation>Si el llamante espera la respuesta</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modo:</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>e.g. reads and writes orders</source>
        <translation>p. ej., lee y escribe pedidos</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Etiqueta:</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Diseño</translation>
    </message>
    <message>
        <source>Design size</source>
        <translation>Tamaño del diseño</translation>
    </message>
    <message>
        <source>Design name</source>
        <translation>Nombre del diseño</translation>
    </message>
    <message>
        <source>The design needs a name.</source>
        <translation>El diseño necesita un nombre.</translation>
    </message>
    <message>
        <source>Design description</source>
        <translation>Descripción del diseño</translation>
    </message>
    <message>
        <source>What the system does, for whom, and at what scale</source>
        <translation>Qué hace el sistema, para quién y a qué escala</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Select a component, zone or connection to edit it.</source>
        <translation>Seleccione un componente, una zona o una conexión para editarlo.</translation>
    </message>
    <message>
        <source>Mixed values</source>
        <translation>Valores mixtos</translation>
    </message>
    <message>
        <source>%1 component</source>
        <translation>%1 componente</translation>
    </message>
    <message>
        <source>%1 components</source>
        <translation>%1 componentes</translation>
    </message>
    <message>
        <source>%1 connection</source>
        <translation>%1 conexión</translation>
    </message>
    <message>
        <source>%1 connections</source>
        <translation>%1 conexiones</translation>
    </message>
    <message>
        <source>%1 zone</source>
        <translation>%1 zona</translation>
    </message>
    <message>
        <source>%1 zones</source>
        <translation>%1 zonas</translation>
    </message>
    <message>
        <source>%1 is out of range for &apos;%2&apos; (%3 to %4)</source>
        <translation>%1 está fuera del intervalo de &apos;%2&apos; (%3 a %4)</translation>
    </message>
    <message>
        <source>Reset %1 of %2 items</source>
        <translation>Restablecer %1 de %2 elementos</translation>
    </message>
    <message>
        <source>Change %1 of %2 items</source>
        <translation>Cambiar %1 de %2 elementos</translation>
    </message>
    <message>
        <source>A name cannot be empty.</source>
        <translation>El nombre no puede estar vacío.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Line style</source>
        <translation>Estilo de línea</translation>
    </message>
    <message>
        <source>Orthogonal (around the cards)</source>
        <translation>Ortogonal (alrededor de las tarjetas)</translation>
    </message>
    <message>
        <source>Curved</source>
        <translation>Curva</translation>
    </message>
    <message>
        <source>Straight</source>
        <translation>Recta</translation>
    </message>
    <message>
        <source>How the line is drawn on the canvas and in the diagram exports</source>
        <translation>Cómo se dibuja la línea en el lienzo y en las exportaciones del diagrama</translation>
    </message>
    <message>
        <source>Remove Bends</source>
        <translation>Quitar los codos</translation>
    </message>
    <message>
        <source>Takes out the bends dragged into this line, so it is routed on its own again</source>
        <translation>Quita los codos arrastrados en esta línea, para que vuelva a trazarse sola</translation>
    </message>
    <message>
        <source>L&amp;ine:</source>
        <translation>L&amp;ínea:</translation>
    </message>
</context>
<context>
    <name>sd::QuestionnaireView</name>
    <message>
        <source>Apply suggestions…</source>
        <translation>Aplicar sugerencias…</translation>
    </message>
    <message>
        <source>Change replicas, autoscaling and storage so that the design meets the answers (one undoable step).</source>
        <translation>Cambiar réplicas, escalado automático y almacenamiento para que el diseño cumpla las respuestas (un solo paso que se puede deshacer).</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exportar PDF…</translation>
    </message>
    <message>
        <source>Why we ask: %1</source>
        <translation>Por qué lo preguntamos: %1</translation>
    </message>
    <message>
        <source>from</source>
        <translation>desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>(open)</source>
        <translation>(abierta)</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>respuesta</translation>
    </message>
    <message>
        <source>09:00-17:00 America/New_York</source>
        <translation>09:00-17:00 America/New_York</translation>
    </message>
    <message>
        <source>note: where the number comes from, exceptions…</source>
        <translation>nota: de dónde sale el número, excepciones…</translation>
    </message>
    <message>
        <source>Capacity estimate</source>
        <translation>Estimación de capacidad</translation>
    </message>
    <message>
        <source>Peak load: &lt;b&gt;%1 requests per second&lt;/b&gt;.</source>
        <translation>Carga pico: &lt;b&gt;%1 solicitudes por segundo&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Answer the peak concurrent users and the requests per user and minute to see requests per second and replicas.</source>
        <translation>Responda los usuarios simultáneos en el pico y las solicitudes por usuario y minuto para ver las solicitudes por segundo y las réplicas.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>req/s</source>
        <translation>req/s</translation>
    </message>
    <message>
        <source>CPUs busy</source>
        <translation>CPU ocupadas</translation>
    </message>
    <message>
        <source>Replicas (min–max)</source>
        <translation>Réplicas (mín.–máx.)</translation>
    </message>
    <message>
        <source>%1 concurrent</source>
        <translation>%1 simultáneas</translation>
    </message>
    <message>
        <source>Room to lose one availability zone is included. Unanswered CPU times count as %1 ms.</source>
        <translation>Se incluye margen para perder una zona de disponibilidad. Los tiempos de CPU sin responder cuentan como %1 ms.</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>Where the design does not meet the answers</source>
        <translation>Dónde el diseño no cumple las respuestas</translation>
    </message>
    <message>
        <source>the questionnaire exporter is missing</source>
        <translation>falta el exportador del cuestionario</translation>
    </message>
    <message>
        <source>Export questionnaire as PDF</source>
        <translation>Exportar cuestionario como PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Apply capacity suggestions</source>
        <translation>Aplicar sugerencias de capacidad</translation>
    </message>
    <message>
        <source>These changes make the design meet the answers. They are applied as one step; Undo takes them all back.</source>
        <translation>Estos cambios hacen que el diseño cumpla las respuestas. Se aplican en un solo paso; Deshacer los revierte todos.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Propiedad</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Sugerido</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Storage at the horizon</source>
        <translation>Almacenamiento en el horizonte</translation>
    </message>
    <message>
        <source>How each figure follows</source>
        <translation>De dónde sale cada cifra</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Edición</translation>
    </message>
    <message>
        <source>Show and print all questions, the product owner&apos;s (business questions in plain language) or the engineers&apos; worksheet; all are answered into the same design.</source>
        <translation>Mostrar e imprimir todas las preguntas, las del product owner (preguntas de negocio en lenguaje sencillo) o la hoja de los ingenieros; todas se responden en el mismo diseño.</translation>
    </message>
    <message>
        <source>Affects in the drawing: %1</source>
        <translation>Afecta en el dibujo: %1</translation>
    </message>
    <message>
        <source>Nothing was imported from %1:</source>
        <translation>No se importó nada de %1:</translation>
    </message>
    <message>
        <source>Import answers from %1</source>
        <translation>Importar respuestas de %1</translation>
    </message>
    <message>
        <source>%1 answer(s) changed; %2.</source>
        <translation>%1 respuesta(s) cambiada(s); %2.</translation>
    </message>
    <message>
        <source>%1 answer(s) no longer apply to the design and were left out:</source>
        <translation>%1 respuesta(s) ya no se aplican al diseño y se omitieron:</translation>
    </message>
    <message>
        <source>Import Answers</source>
        <translation>Importar respuestas</translation>
    </message>
    <message>
        <source>Answers files (*.yaml *.yml *.json);;All files (*)</source>
        <translation>Archivos de respuestas (*.yaml *.yml *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… y %1 más</translation>
    </message>
    <message>
        <source>Why we ask: as for “%1”</source>
        <translation>Por qué preguntamos: como en «%1»</translation>
    </message>
    <message>
        <source>%1 today, %2 at %3 months</source>
        <translation>%1 hoy, %2 a los %3 meses</translation>
    </message>
    <message>
        <source>Import Again</source>
        <translation>Importar de nuevo</translation>
    </message>
    <message>
        <source>Import the changed answers file as one undoable step.</source>
        <translation>Importar el archivo de respuestas modificado como un solo paso que se puede deshacer.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>The answers file %1 changed on disk since it was imported.</source>
        <translation>El archivo de respuestas %1 cambió en el disco desde que se importó.</translation>
    </message>
</context>
<context>
    <name>sd::StartPage</name>
    <message>
        <source>Start a design</source>
        <translation>Empezar un diseño</translation>
    </message>
    <message>
        <source>Drag components from the palette onto the canvas, or:</source>
        <translation>Arrastre componentes de la paleta al lienzo, o:</translation>
    </message>
    <message>
        <source>New Design…</source>
        <translation>Nuevo diseño…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Recientes</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Ejemplos</translation>
    </message>
    <message>
        <source>A new, untitled design from the example “%1”</source>
        <translation>Un diseño nuevo, sin título, a partir del ejemplo «%1»</translation>
    </message>
</context>
</TS>
