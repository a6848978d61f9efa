<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AnswersFile</name>
    <message>
        <source>an answers file must be a mapping with &apos;answers&apos;, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; (expected stackdraftAnswers, design, progress, answers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;stackdraftAnswers&apos; must be a format version number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers file version %1 is newer than this Stackdraft understands (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answers are for the design &apos;%1&apos;, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;answers&apos; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;answers&apos; must be a list, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a mapping with &apos;question&apos; and &apos;value&apos;, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown key &apos;%2&apos; (expected question, value, note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no &apos;question&apos; id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown question id &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question &apos;%1&apos; is answered twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the note of &apos;%1&apos; must be text, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 questions to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder, not an answers file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; no longer applies and is not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>only %1 of %2 bytes reached the disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file read back differs from what was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a symbolic link; Stackdraft does not write through links here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a symbolic link to nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it exists and is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Canvas</name>
    <message>
        <source>autoscale %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n replica(s)</source>
        <translation>
            <numerusform>%n replica</numerusform>
            <numerusform>%n replicas</numerusform>
        </translation>
    </message>
    <message>
        <source>multi-AZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cross-region</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Capacity</name>
    <message>
        <source>it runs in a single availability zone; losing that zone stops it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>autoscaling stops at %1 replicas, below the %2 the peak needs with room to lose a zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>autoscaling stops at %1 replicas, below the %2 the peak needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a fixed replica count of %1 cannot carry the peak, which needs %2 with room to lose a zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a fixed replica count of %1 cannot carry the peak, which needs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow the load between normal and peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start with the autoscaling minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its rate limit of %1 req/s throttles the expected peak of %2 req/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>25 % above the expected peak, rounded up to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a single copy in one zone cannot meet the %1 % availability target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a standby in another zone takes over automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without a copy in another region, losing the region loses more than the %1 minutes of data allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its SLA of %1 % is below the %2 % target and there is no fallback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer not used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 users at the same time at the peak (answered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 daily users x %2 min per session / %3 min peak window = %4 users at the same time (Little&apos;s law)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x %1 peak multiplier = %2 users at the same time at the peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peak concurrent users: answer them, or derive them from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 users x %2 requests per minute / 60 = %3 req/s at each entry point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>growth: %1 daily users in %2 months / %3 today = x %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the expected daily users (%1) are fewer than today&apos;s (%2): sized for today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs %1 GiB of storage: beyond one store; partition, archive or re-think</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs %1 replicas: beyond one deployment; shard or re-think</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 req/s at the peak (answered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry point: %1 req/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 req/s x %3 calls per request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2 req/s at the peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runs on its schedule, one run at a time: the user load does not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runs on its schedule (%1), one run at a time: the user load does not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no entry point reaches it and its own peak is not answered: no load (draw who calls it, or answer its peak)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 req/s x %2 ms CPU per request%3 = %4 CPUs busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (assumed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one execution per busy CPU: %1 concurrent executions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 CPU per replica at %2 % target carries %3 CPU: %4 / %3 = %5 replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 zones%2, room to lose one: %3 replicas at the peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one zone, no room to lose it: %1 replicas at the peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normal load %1 req/s (peak / %2): %3 replicas, at least %4 over the zones: minimum %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peak multiplier not answered: minimum %1 for availability (at least one per zone and 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the horizon (x %1 in %2 months): %3 req/s, %4 CPUs busy, %5 to %6 replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 req/s x %2 KiB per request = %3 MiB/s of network at the peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GiB today + %2 months x %3 GiB = %4 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GiB of storage is less than the %2 GiB expected after %3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the size after %1 months plus 25 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without backups, losing it loses everything; the recovery point allows %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>point-in-time recovery keeps the loss to minutes, within the %1 minutes allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below 5 minutes of loss needs a synchronous standby; backups lose up to 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restoring %1 GiB at about %2 GiB per hour takes %3 h, longer than the %4 minutes it may be down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a standby takes over in minutes instead of a restore of hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 daily users on average to the horizon x %2 uploads per day x %3 MB x 30 days / %4 MB per GiB = %5 GiB per month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>%1 is out of range for &apos;%2&apos; (%3 to %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many identical instances run at the same time. One replica fails alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autoscaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add and remove replicas with the load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicas that always run, even without load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper bound for autoscaling; it must cover the expected peak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average CPU use, relative to the CPU request, that autoscaling aims for. Sensible values are 50 to 80 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multi-AZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take automated backups with point-in-time recovery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long backups are kept. Seven days is the usual minimum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-region replica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a copy in another region, for recovery when a whole region is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replica region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region that holds the cross-region copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eu-central-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep earlier versions of objects, so an overwrite or delete can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption at rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt stored data with a managed key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size class of each instance; exporters map it to the provider&apos;s instance types.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image with a fixed tag (never latest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry.example.com/team/service:1.0.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port the process listens on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU reserved for each replica; autoscaling measures against it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>millicores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most CPU one replica may use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory reserved for each replica.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most memory one replica may use before it is restarted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liveness path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP path that answers while the process is alive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP path that answers when the process can take traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioned storage per instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A managed cloud service, run in the Kubernetes cluster, or self-hosted on virtual machines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microservice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service in a container, one job, deployed on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the containers run: a Kubernetes cluster, the provider&apos;s container service, or plain virtual machines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stateful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps state in memory or on local disk between requests; scaling out then needs shared state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State lives in a shared or replicated store, so any replica can serve any request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monolith</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One deployable application that holds many features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the application runs: a Kubernetes cluster, the provider&apos;s container service, or plain virtual machines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps sessions or files locally; scaling out then needs shared state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serverless function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code run on demand by the platform, scaled per request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language runtime of the function; pick one the provider still supports so it keeps getting security patches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory per invocation; CPU grows with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest an invocation may run before it is stopped; keep it below the timeout of whoever calls the function.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What starts the function: an HTTP request, a queue message, a schedule or an event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scheduled or triggered job that runs to completion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cron expression of when the job runs (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server you operate yourself: operating system, patches and all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating system image family; on a virtual machine you patch it yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port the application listens on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A managed Kubernetes cluster; the workloads inside it run on its nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes minor version to run; stay on a supported version to keep getting security fixes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes that always run; three spreads over three zones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper bound for the cluster autoscaler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the control plane off the public internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relational database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL or MySQL, managed or self-hosted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database engine; exporters pick the matching managed service or container image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major version of the engine; stay on a supported version to keep getting security fixes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distributed SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Globally distributed SQL database (Spanner-like) with synchronous replication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distributed SQL product; each keeps a majority quorum of replicas, so plan for at least three.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multi-region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicate across regions so a region loss keeps the database available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document or key-value NoSQL store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document database product; DynamoDB, Firestore and Cosmos DB are each tied to one cloud provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In-memory cache such as Redis or Memcached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache engine; Redis can replicate and fail over, Memcached loses its data when a node goes away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version of the engine; stay on a supported version to keep getting security fixes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-text search cluster such as Elasticsearch or OpenSearch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search engine; OpenSearch is the open-source fork of Elasticsearch and both use the same APIs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buckets of files and blobs (S3, Cloud Storage, Blob Storage).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days after which old objects expire; 0 keeps them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A queue that decouples producers from consumers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s managed queue or a broker you run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead-letter queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Park messages that keep failing instead of retrying them forever.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max receives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries before a message goes to the dead-letter queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIFO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliver in order, exactly once, at lower throughput.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long unconsumed messages are kept; it must outlast the longest consumer outage you plan for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A partitioned, replicated log such as Kafka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kafka, or the provider&apos;s managed stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partitions per topic; they cap how many consumers of one group can read in parallel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long events stay readable, so consumers can catch up or replay after an outage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analytical store for reporting (BigQuery, Redshift, Synapse, Snowflake).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse product; exporters map it to the matching provider service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain name service that points clients at your entry points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain served here; every request starts with a DNS lookup, so host it with a highly available provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CDN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content delivery network that caches static and cacheable content near users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache TTL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long edge locations keep a response before asking the origin again; longer times take load off the origin and ride out short origin failures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WAF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web application firewall that filters malicious requests before they reach you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the provider-maintained rule sets (OWASP top 10, known bad inputs), which are updated as new attacks appear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per minute per client address before blocking, which blunts brute-force and small denial-of-service attacks; 0 turns it off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>req/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed entry point for APIs: routing, authentication, throttling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per second the gateway lets through before throttling, so a traffic spike cannot overload the services behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>req/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load balancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreads traffic over healthy replicas (L7 HTTP or L4 TCP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L7 understands HTTP (paths, headers, TLS); L4 forwards TCP connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminate HTTPS with a certificate so traffic is encrypted in transit; plain HTTP only redirects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time-series metrics such as Prometheus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics system that collects and stores the time series, for example prometheus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long metrics are kept; keep enough to compare today&apos;s load with past peaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboards such as Grafana over metrics and logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central log collection and search (Elasticsearch, Logstash, Kibana).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long logs are kept; security investigations and audits often need 90 days or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application performance monitoring and tracing (Datadog-like).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who provides the service; shown in reports and the questionnaire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-call alert routing such as PagerDuty or Opsgenie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service that routes alerts and pages the person on call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is called, in which order, when an alert is not acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single sign-on and user identity (OIDC or SAML).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Federation protocol; OIDC suits web and mobile apps, SAML many enterprise tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MFA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require a second factor at sign-in, which stops most attacks with stolen passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps passwords, keys and tokens out of code and configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days between automatic rotations, which limits how long a leaked secret stays useful; 0 turns rotation off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed encryption keys (KMS, Cloud KMS, Key Vault).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate key material every year; older versions stay available to decrypt existing data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicate the key to other regions so copies of the data there can still be decrypted if this region is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An external payment provider such as Stripe or Adyen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability the provider promises; a dependency cannot make you more available than this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email / SMS provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An external service that sends email or SMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the provider sends: email, SMS, or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SaaS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any other external software service you depend on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People using the system on the web or on mobile; requests start here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the users come from; mobile clients retry and cache differently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An external partner system that calls your APIs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the partner organisation, so reports show whose calls arrive here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cloud provider account: AWS, Google Cloud, Azure or on-premises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider of everything inside; exporters generate infrastructure code for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A provider region such as eu-west-1 or europe-west1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real region name, e.g. eu-west-1, europe-west1, westeurope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eu-west-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One isolated zone of a region; it fails on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real zone name, e.g. eu-west-1a, europe-west1-b, or 1 on Azure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eu-west-1a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A virtual network (VPC or VNet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CIDR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address range of the network; it must not overlap networks you peer or connect with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A subnet of a network, public or private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address range of the subnet; it must lie inside the range of its network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a route to the internet; only load balancers and gateways belong here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datacenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An on-premises site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City or site name; sites for disaster recovery should be far enough apart not to fail together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2XLarge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ActiveMQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BigQuery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CockroachDB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cosmos DB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DynamoDB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elasticsearch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail and SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firestore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Java 21</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kafka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer 4 (TCP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer 7 (HTTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memcached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MongoDB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MySQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node.js 20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenID Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On premises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSearch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opsgenie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PagerDuty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python 3.12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RabbitMQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redshift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snowflake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synapse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web and mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XLarge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YugabyteDB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic starts here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a synchronous standby in another availability zone and fail over to it automatically. Drawn inside an availability zone, that zone holds the primary; when it fails, the standby in another zone of the region takes over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exposed to the internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reachable from the internet; exporters give it a public endpoint (an Ingress with health probes, a public load balancer). Only edge components and the services they front should be; with nothing drawn in front, validation treats it as an entry point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container image of a self-run engine (hosting kubernetes or vm), with a fixed tag; empty = the exporters&apos; pinned default for the engine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postgres:16.4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests start here, as from a load generator, a scheduler or a client the design does not draw; validation follows requests from it. It does not expose the component to the internet; that is what &quot;Exposed to the internet&quot; does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a region name such as eu-west-1, europe-west1 or westeurope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a zone name such as eu-west-1a, europe-west1-b or 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an address range such as 10.0.0.0/16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a domain name such as shop.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an image reference such as registry.example.com/team/api:1.4.2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an HTTP path such as /healthz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be %2, not &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range for &apos;%2&apos;; %3 was stored instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls per request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many calls, or messages, one request of the caller makes over this connection on average. 1 passes every request on; 0.2 means one request in five; 3 fans out. Sizing carries the caller&apos;s load times this to the callee.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: stackdraft-cli COMMAND [OPTIONS] [ARGS]

Check, analyse and export Stackdraft architecture designs.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Run &apos;stackdraft-cli COMMAND --help&apos; for the options of a command.
Exit codes: 0 ok, 1 problems found, 2 usage or I/O error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stackdraft-cli: unknown command &apos;%1&apos;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the design.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from a bundled example (see &apos;examples&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXAMPLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite an existing file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: exists already; use --force to overwrite it
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown template &apos;%1&apos;; choose one of: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the summary as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components: %1   Connections: %2   Zones: %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Providers: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By category:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zones:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format (default: from OUTPUT&apos;s extension, .json or YAML).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to must be yaml or json, not &apos;%1&apos;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: converting a file onto itself would change its format but not its name
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print only problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of components (default 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output file (.yaml or .json; - for stdout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--components must be 1 to 1000000 and --seed a whole number
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(broken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: stackdraft-cli %1 [options] %2 (see --help)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a design file, blank or from a bundled example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summarize a design: counts by kind and category, zones, providers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert a design between YAML and JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load designs and report every problem with file and line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a large realistic design for scale tests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the bundled example designs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: stackdraft-cli export FORMAT DESIGN -o OUTPUT [options]

Formats:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Run &apos;stackdraft-cli export FORMAT --help&apos; for the options of a format.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stackdraft-cli export: unknown format &apos;%1&apos;; choose one of: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output folder (created if needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUTPUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; default %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stackdraft-cli export %1: -o OUTPUT is required
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be one of %2, not &apos;%3&apos;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stackdraft-cli export %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote %1 files to %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a design (terraform, kubernetes, questionnaire...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stackdraft-cli answers import: %1 was not changed
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stackdraft-cli answers import: %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 answer(s) changed; %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stackdraft-cli answers: unknown subcommand &apos;%1&apos;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: text (default), json, sarif, csv or html.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit with 1 when an unaccepted finding has at least this severity: error (default), warning or info.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stackdraft-cli validate: unknown format &apos;%1&apos;; choose text, json, sarif, csv or html
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stackdraft-cli validate: unknown severity &apos;%1&apos;; choose error, warning or info
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What fails: a component id, zone:NAME, region:NAME or provider:NAME (ids or real names such as eu-west-1a).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stackdraft-cli simulate: --top needs a positive number
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blast radius (components no entry point reaches when it fails, itself included):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut vertices (removing one splits the design in two): %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bridges (the only link between two parts): %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stackdraft-cli simulate: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing %1: %2 components fail directly.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every entry point still reaches everything it reached before.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is down itself.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1, %2 components become unreachable:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find single points of failure and resilience gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what a component, zone, region or provider failure breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, components: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ok (components: %2, connections: %3, zones: %4)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without --fail: how many components to rank by blast radius (cut vertices and bridges are always listed in full).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entry point: no traffic source is drawn, nothing is marked as where traffic starts, and every component has a caller, so there is nothing to analyse from.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entry point is drawn or marked; analysing from what nothing calls: %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2 replicas, all in this zone as drawn (a service drawn in a zone runs its replicas there); they fail with it.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule whose findings to fix, e.g. data.no-standby.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix only the finding about this component (or zone) id; without it, every open finding of the rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print what would change and the diff; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stackdraft-cli fix: --rule is required; rules with a fix: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stackdraft-cli fix: unknown rule &apos;%1&apos;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stackdraft-cli fix: rule &apos;%1&apos; has no one-click fix; rules with a fix: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stackdraft-cli fix: no component or zone with id &apos;%1&apos;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to fix: no open %1 finding.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to fix: no open %1 finding about %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mechanical fix for %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stackdraft-cli fix: %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: %1 [%2]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1 is written in Stackdraft&apos;s own layout (comments and formatting of the file are not kept).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the one-click fix of findings to a design file and print the diff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace generated files that were edited by hand, and files in the way that this export did not write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no longer generated, but edited by hand, so it was kept
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed %1 file(s) of the earlier export that are no longer generated: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply only the suggestions for this component, or this COMPONENT.PROPERTY (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the changes; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stackdraft-cli answers apply: no suggestion for %1; %2 was not changed
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 change(s) suggested; nothing written (--dry-run)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stackdraft-cli answers apply: %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 change(s) applied
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import questionnaire answers, or apply the sizing they suggest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered yet: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
%1: no load
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
%1: %2 req/s, up to %3 concurrent executions
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
%1: %2 req/s, %3 to %4 replicas
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Where the design does not meet the answers:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stackdraft-cli estimate: unknown format &apos;%1&apos;; choose text or json
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size the design from its answers, with the derivation of each figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
%1: %2 req/s today, %3 at %4 months; %5 to %6 replicas
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture format: png, svg or pdf (default: from the file name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG pixels per canvas unit (default 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin around the diagram in canvas units (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No background (PNG and SVG).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the canvas grid behind the diagram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection labels: user (the user&apos;s label, else protocol:port; default) or protocol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw only these components and zones (comma-separated ids; a zone brings its contents).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stackdraft-cli export diagram: -o FILE is required
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be one of png, svg, pdf, not &apos;%1&apos;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a number from %2 to %3, not &apos;%4&apos;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--labels must be one of user, protocol, not &apos;%1&apos;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no component or zone &apos;%2&apos;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stackdraft-cli export diagram: painting needs a GUI application
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stackdraft-cli export diagram: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diagram as a PNG, SVG or PDF picture (--format png|svg|pdf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the laid-out design here (default: DESIGN itself).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place only components that were never placed; nothing else moves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>laid out %1: %2 moved, %3 resized; wrote %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-layout a design, zone by zone (as the studio does).</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 answer(s) in %3 no longer apply to the design and were left out (see the warnings)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stackdraft-cli export %1: the PDF could not be written to standard output; use -o FILE
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw every connection orthogonal (routed around cards), straight or curved (default: each connection&apos;s own style).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STYLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--style must be one of orthogonal, straight, curved, not &apos;%1&apos;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The design to write (.yaml or .json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DESIGN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the whole import report here: what was mapped, guessed (with file and line) and dropped (with why); JSON when FILE ends in .json, else Markdown; - for stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite an existing design file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stackdraft-cli import: unknown source &apos;%1&apos;; choose %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stackdraft-cli import: -o DESIGN is required
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stackdraft-cli import: nothing written
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stackdraft-cli import: the imported design does not load (a defect of the importer); nothing written
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported %1 components and %2 connections from %3; wrote %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run again with --report FILE to see what was dropped and which hosts nothing defines
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: give a file, or REV:PATH for a file at a git revision
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: git could not be run, so the revision cannot be read
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file, and &apos;%2&apos; is not a git revision here
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: git cannot read it: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MiB
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist at revision %2: the design is new, everything in it counts as added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist at revision %2: the design was deleted, everything in it counts as removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has format version %2; it is compared after migration to version %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two designs have different names and share only %1 component and zone ids: they look unrelated, so most of what they hold shows as removed and added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: text (default), json, markdown (a pull-request comment) or sarif (the new findings only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit with 1 when the change adds an unaccepted finding of at least this severity: error (default), warning or info.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown: about how many lines the comment may have (default 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the designs only, without running the validation on both sides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not run the exporters to see which generated files change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stackdraft-cli diff: unknown format &apos;%1&apos;; choose text, json, markdown or sarif
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stackdraft-cli diff: unknown severity &apos;%1&apos;; choose error, warning or info
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stackdraft-cli diff: --max-lines needs a number of at least 10
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stackdraft-cli diff: SARIF holds the new findings, so it cannot go with --no-findings
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stackdraft-cli diff: the old side %1 cannot be compared
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stackdraft-cli diff: the new side %1 cannot be compared
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stackdraft-cli diff: neither %1 nor %2 exists
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict: %1: base %2, ours %3, theirs %4; kept %5 (%6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the merged design (as a git merge driver: %A).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stackdraft-cli merge: -o OUT is required
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stackdraft-cli merge: %1 does not load; nothing was written
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stackdraft-cli merge: the two sides cannot be merged into a valid design; %1 was left as it was
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merged into %1 with %2 conflict(s), listed under &apos;conflicts:&apos; in the file
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merged into %1 without conflicts
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what changed between two designs (or REV:PATH), and how the findings changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three-way merge of designs, for use as a git merge driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report (and fail on) only the findings that are new since this earlier version of the design: a file, or REV:PATH for a file at a git revision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OLD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stackdraft-cli validate: the baseline %1 cannot be read
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline %1: %2 of the %3 findings are new.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a design from docker compose files, Kubernetes manifests or Terraform (.tf, terraform show -json), with a report of what was lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparePrompts</name>
    <message>
        <source>Compare With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what changed in the open design since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A git &amp;revision of this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A commit, branch or tag: HEAD, HEAD~1, main, v1.2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The design is not saved yet, so it has no git history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in a git work tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another design &amp;file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stackdraft designs (*.stackdraft.yaml *.stackdraft.json *.yaml *.yml *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Compare</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareStyle</name>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictResolution</name>
    <message>
        <source>no such conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: the other value cannot be put back here; keep the merged one and edit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer in the design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: &apos;%3&apos; is not a pair of numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot move into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Design</name>
    <message>
        <source>the start &apos;%1&apos; is not a component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end &apos;%1&apos; is not a component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a component cannot depend on itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; already connects %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesignDiff</name>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) becomes a cut vertex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is no longer a cut vertex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 becomes a bridge (the only link between two parts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer a bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every path from an entry point to some component now passes through %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) no longer lies on every path to some component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blast radius of %1 (%2): %3 → %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>findings: %1 new (errors %2, warnings %3), %4 resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no changes to the design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exported files that change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new, accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severity %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renamed from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design diff %1 → %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design changes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single points of failure and blast radius:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports affected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings: %1 new, %2 resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single points of failure and blast radius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stackdraft: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more (stackdraft-cli diff --format text shows all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: old side: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: new side: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesignMerge</name>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted on one side and changed on the other; the changed one is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both sides changed it to different values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both sides added it with different values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted on one side, but %1 still uses it on the other; it is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both sides connect %1 to %2; kept %3 and dropped this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ours uses %1 for a zone and theirs for a component; the zone is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it joins the component %1, which is a zone on our side; it is dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ours uses %1 for a component and theirs for a zone; the component is kept and the zone&apos;s members move to its parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two sides&apos; moves would put zones inside each other (%1); ours is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id %1 is a note on one side and another item on the other; the note is dropped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesignReader</name>
    <message>
        <source>converted from format version %1 to %2; saving writes version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder, not a design file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a regular file (a pipe or a device?); only design files can be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has %1 MiB; design files of more than %2 MiB are refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (did you mean &apos;%1&apos;?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many errors; stopped reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a mapping, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2 must be text, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2 must be a list of two numbers, like [40, 60]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2 must hold numbers, not &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2 must be positive and at most %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2 is beyond %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;properties&apos; of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown property &apos;%1&apos; for kind &apos;%2&apos; in %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>property &apos;%1&apos; of %2 must be a single value, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos; in %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a component kind; list it under components, not zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a zone kind; list it under zones, not components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id &apos;%1&apos; of %2 must start with a letter or digit and use only letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; (at most 128)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate id &apos;%1&apos; (first used on line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has %2 entries; at most %3 are supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty; a design needs at least formatVersion and name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a design file must be a mapping at the top, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing &apos;formatVersion&apos; (this version of Stackdraft writes %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;formatVersion&apos; must be a whole number from 1, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has format version %1, written by a newer Stackdraft; this version reads up to format version %2. Update Stackdraft to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;metadata&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metadata &apos;%1&apos; must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zone &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zone &apos;%1&apos; names parent &apos;%2&apos;, which is not a zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>component %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>component &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is placed in &apos;%2&apos;, which is not a zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;pinned&apos; of %1 must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 goes %2 &apos;%3&apos;, which is a zone; connect components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 goes %2 &apos;%3&apos;, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 connects &apos;%2&apos; to itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 repeats a connection from &apos;%2&apos; to &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;port&apos; of %1 must be a whole number from 1 to 65535, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;mode&apos; of %1 must be sync or async, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;questionnaire&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question &apos;%1&apos; is answered twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value of %1 must be a number, text, true/false or a range [min, max]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted finding %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding &apos;%1&apos; is accepted twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zones contain each other in a cycle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zone &apos;%1&apos; is nested more than %2 levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;callsPerRequest&apos; of %1 must be a number from 0 to 1000, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;waypoints&apos; of %1 must be a list of points, like [[40, 60], [40, 200]]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 waypoints; at most %3 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;style&apos; of %1 must be orthogonal, straight or curved, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends in the middle of line %1, without a line break: it may have been cut off; check that nothing is missing at its end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;type&apos; of %1 must be one of %2, not &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;kept&apos; of %1 must be ours or theirs, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the design has %1 unresolved merge conflict(s) under &apos;conflicts&apos;; resolve them and remove the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;zOrder&apos; of %1 must be a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text of %1 has %2 characters; a note holds at most %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;colour&apos; of %1 must be one of %2, not &apos;%3&apos;%4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesignWriter</name>
    <message>
        <source>the file changed on disk since it was read (another program saved it); nothing was written: run the command again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Diagnostic</name>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Diagram</name>
    <message>
        <source>At scale %1 the image would be %2 × %3 pixels; choose a smaller scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PNG image could not be encoded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrillsExport</name>
    <message>
        <source>no entry point: draw where traffic comes from (users, a partner API) so the drills know what must keep working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure drills (Chaos Toolkit, AWS FIS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chaos experiments and a game-day plan from the failure simulation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many of the components with the largest blast radius get a drill of their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no component users reach has a health endpoint: the experiments have no steady state to check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditPrompts</name>
    <message numerus="yes">
        <source>Delete “%1” and the %n item(s) inside it?</source>
        <translation>
            <numerusform>Delete “%1” and the %n item inside it?</numerusform>
            <numerusform>Delete “%1” and the %n items inside it?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 zones and the %n item(s) inside them?</source>
        <translation>
            <numerusform>Delete %1 zones and the %n item inside them?</numerusform>
            <numerusform>Delete %1 zones and the %n items inside them?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything inside goes too, with its connections. Undo brings it all back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>%1: is a symbolic link; exports are written into real folders only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: exists and is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is an input of this export; refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refused, it is outside the export folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is in the way of the generated folder and is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is a folder where the export writes a file; refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is a symbolic link or special file, which the export does not follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: was not written by this export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: was edited by hand since the last export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; nothing was changed. Export with force to replace them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is a mount point; export into a folder inside it, so the new set can be swapped in whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create a folder: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot keep it in the new export: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot put the new export in place: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: the export made %n file(s) where one was expected</source>
        <translation>
            <numerusform>%1: the export made %n file where one was expected</numerusform>
            <numerusform>%1: the export made %n files where one was expected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FailureModel</name>
    <message>
        <source>availability zone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown failure scope &apos;%1&apos;: use a component id, zone:NAME, region:NAME or provider:NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no component with id &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing in the design is placed in %1 &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a single self-run broker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a single instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 replicas, all in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>placed in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>single-zone (multi-AZ off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>multi-AZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 replicas spread over zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run by the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (multi-AZ) fails over to its standby in another availability zone and stays up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (multi-AZ) fails over to its standby in another availability zone of %2 and stays up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>multi-AZ, primary in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePrompts</name>
    <message>
        <source>File changed on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was changed by another program since you opened or last saved it here. Saving now would overwrite those changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload shows the file as it is on disk; your unsaved changes stay in the undo history. Save As keeps both versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload (Discard Mine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was changed by another program, and you have unsaved changes here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload shows the file as it is on disk; Undo brings your changes back. Keep My Changes leaves the file alone until you save, which asks again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep My Changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FixPlanner</name>
    <message>
        <source>there is no connection &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move &apos;%1&apos; into &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no component &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot add component &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot add connection &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3 → %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: moves from %2 into %3 (it keeps its place on the canvas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New %1 “%2” (%3) in %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New connection %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 now goes %1 → %3 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable multi-AZ on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a second replica of %1 in another zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread the replicas of %1 over the zones of its region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep %1 up when %2 fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 with %2 members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 load balancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a load balancer in front of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 WAF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a WAF in front of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable backups of %1 with 7 days of retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep backups of %1 for 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable versioning on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a dead-letter queue to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on encryption at rest for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HtmlPdf</name>
    <message>
        <source>printing a PDF needs fonts, and so a GUI application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is nothing to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF could not be made</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restart: %1 (runs to completion)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (only with profile %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind %1: %2 matches no known engine%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no image, built from source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind %1, from its %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ports must be a list, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port &apos;%1&apos; is not a port mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cpus &apos;%1&apos; is not a number of CPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory &apos;%1&apos; is not an amount of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deploy.%1 has no counterpart in a design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a health check that is not an HTTP request: only an HTTP path has a place in a design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): files from the host or read-only data are no state the design tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stateful: it keeps data in the volume %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keeps its data in the volume %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>env_file %1 cannot be read: the connections its variables name are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variable %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not carried over, having no counterpart in a design: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>networks: a design draws no networks between containers; every service may reach every other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker Compose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose files (*.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>defines no services: nothing to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from docker compose: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds no compose.yaml, compose.yml, docker-compose.yaml or docker-compose.yml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read; variables are read as empty or their defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>includes itself (through %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>includes nest deeper than %1 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty, not a compose file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds %1 YAML documents; a compose file has one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a compose file: the top level is %1, not a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a compose file: this is a Kubernetes manifest (use import kubernetes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;include&apos; must be a list, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an include needs a path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the include of %1 failed (see above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a compose file: it has no &apos;services&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a version 1 file (no &apos;services&apos;): every top-level entry read as a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;services&apos; must be a mapping of service names, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a top-level key of the Compose Specification; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top-level %1 have no counterpart in a design (where services use them, their entries say so)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service &apos;%1&apos; must be a mapping, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service &apos;%1&apos; is also defined by an included file (%2); compose refuses that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overrides its definition in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service &apos;%1&apos;: extends chain deeper than %2 (circular?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service &apos;%1&apos;: extends needs a service name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service &apos;%1&apos; extends &apos;%2&apos;, which is not defined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service &apos;%1&apos; extends itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service &apos;%1&apos;: cannot read the file it extends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service &apos;%1&apos; extends &apos;%2&apos;, which %3 does not define</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set in the project&apos;s .env; read as empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: what it should reach is not in the files; not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = &apos;%2&apos; names no host the import can follow; not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos;; imported as a microservice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2: a %3 has no such property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>component %1 (kind %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>component %1 (kind %2) with %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host name %1 is also %2&apos;s; references to it go to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names the host %2, which nothing imported defines; not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calls %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1 MiB; files above %2 MiB are refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is larger than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a binary file, not YAML or JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds no file ending in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files; an import reads at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the files add up to more than %1 MiB; an import reads at most that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Kubernetes object: this looks like a compose file (use import compose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Kubernetes object: a manifest needs apiVersion and kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a kustomize file: the manifests beside it are read as they are; for its patches and generators import the output of kubectl kustomize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 without metadata.name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no containers: nothing runs, so no component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind %1, as its label app.kubernetes.io/component says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind %1: the image %2 matches no known engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind %1, from its %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sidecar container %1: runs beside the main container, not a component of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a DaemonSet runs one pod per node: its replica count depends on the cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replicas &apos;%1&apos; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cpu &apos;%1&apos; is not a CPU quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory &apos;%1&apos; is not a memory quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an HTTP check: only an HTTP path has a place in a design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variable %1 (ConfigMap %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>envFrom ConfigMap %1, which the manifests do not hold: the connections its values name are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selects no workload in the manifests; imported as a %1 of its own%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (from its %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selects %1 workloads; its name is taken as %2&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reaches %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 load balancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service type LoadBalancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a NodePort Service: traffic starts at what it selects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry point: a public load balancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an internal load balancer, where traffic starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its parent Gateway %1/%2 is not in the manifests; the route is not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scales %1, which the manifests do not hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>autoscaled by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selects no workload in the manifests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PodDisruptionBudget %1 (%2): the catalog has no property for a disruption budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rule for every pod (empty podSelector): no connection drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetworkPolicy rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 object(s) with no counterpart in a design: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes manifests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes manifests (*.yaml *.yml *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds no workload, Service, Ingress or Gateway: nothing to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from Kubernetes manifests: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the character U+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated comment: &apos;/*&apos; without &apos;*/&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary data (a NUL byte): not an HCL text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a name, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated block: &apos;{&apos; at line %1 without &apos;}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the attribute &apos;%1&apos; is set twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a block label cannot contain interpolations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;=&apos; or a block&apos;s &apos;{&apos; after &apos;%1&apos;, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a new line after the item, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number %1 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an expression, found the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an expression, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;...&apos; may only follow the last argument of %1()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;)&apos; in the arguments of %1(), found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;in&apos; in the for-expression, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated list: &apos;[&apos; at line %1 without &apos;]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; in the list, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;=&gt;&apos; in the object for-expression, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated object: &apos;{&apos; at line %1 without &apos;}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;=&apos; or &apos;:&apos; after the object key, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos;, a new line or &apos;}&apos; after the object item, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated string: the quote at line %1, column %2 is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated heredoc: no line &apos;%1&apos; closes the heredoc of line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated string: the line ends inside the quotes (use a heredoc for several lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid escape \%1: expected %2 hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid escape sequence &apos;\%1&apos; in a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected if, else, endif, for or endfor after &apos;%{&apos;, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;in&apos; in the template for directive, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %{%1} directive is never closed with %{%2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%{%1} does not close %{%2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the heredoc&apos;s delimiter after &apos;&lt;&lt;&apos;, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a new line after the heredoc&apos;s delimiter %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown zone kind &apos;%1&apos;; left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zone %1 (kind %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds no .tf file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is larger than %1 MiB; not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the import is larger than %1 files or %2 MiB; stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid HCL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no literal source; its resources are not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source %1 is not a local folder (registry, git or URL); its resources are not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modules nested more than %1 deep (a module calling itself?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source %1: no such folder; its resources are not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local module %1 read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terraform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terraform files and plans (*.tf *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds no .tf file and no terraform show -json output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>defines no resources: nothing to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from Terraform: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no resource of a type the import maps (aws, google, azurerm services): nothing to import; see the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON, but not the output of terraform show -json: it has neither planned_values nor values.root_module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dead-letter queue of %1: not a component of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a replica of %1: counted on it, not a component of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2: no %3 value stands for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not carried (a %1 has no property for them): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>firewall rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names %2, which no imported file defines; not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the grant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s): parts of the components they belong to (read for connections and properties)</source>
        <translation>
            <numerusform>%n resource: parts of the components they belong to (read for connections and properties)</numerusform>
            <numerusform>%n resources: parts of the components they belong to (read for connections and properties)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) with no counterpart in a design; counted, not imported</source>
        <translation>
            <numerusform>%n resource with no counterpart in a design; counted, not imported</numerusform>
            <numerusform>%n resources with no counterpart in a design; counted, not imported</numerusform>
        </translation>
    </message>
    <message>
        <source>variable values read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terraform&apos;s JSON configuration syntax (.tf.json) is not read; its resources are not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variables, locals and outputs refer to each other more than %1 times; what is left of them is read as unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportMerge</name>
    <message>
        <source>%1: kept as %2 (the import reads %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3 -&gt; %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(default)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guessed (check these)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts nothing defines (not connected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mapped %1, guessed %2, dropped %3, unresolved hosts %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># Import report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KindMenu</name>
    <message>
        <source>Add and connect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KubernetesExport</name>
    <message>
        <source>%1 runs on virtual machines (platform: vm), so it is not exported; set its platform to kubernetes to include it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no container image; the export uses the placeholder %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the image &apos;%2&apos; has no fixed tag (or uses latest); give it a version such as %3:1.0.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the schedule &apos;%2&apos; is not a cron expression with five fields (minute hour day month weekday)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is to run in the cluster, but there is no container image for engine &apos;%2&apos;; it is treated as outside the cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the CPU request (%2m) exceeds the limit (%3m); the limit is raised to the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the memory request (%2 MiB) exceeds the limit (%3 MiB); the limit is raised to the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: autoscaling needs at least one replica; minimum replicas set to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: maximum replicas (%2) is below the minimum (%3); the maximum is raised to the minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a CPU target of 0 % cannot scale; 70 % is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection %1: %2 is a scheduled job and serves nothing, so no rule admits %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection %1 is drawn to port %2, but %3 listens on %4; the rules use %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection %1: %2 calls %3 from outside the cluster; no rule admits it (route it through the load balancer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses %2 for both liveness and readiness; a busy but healthy pod will then be restarted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing in this design runs in containers: add a microservice, monolith or batch job (platform kubernetes or container-service), or set a data store&apos;s hosting to kubernetes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes manifests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes YAML (workloads, services, autoscaling, network policies) with a kustomization.yaml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write one multi-document YAML file instead of a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker Compose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A docker-compose.yaml that runs the design&apos;s containers on one machine for local development.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 has no authentication in this shape; only its network policy guards it (put an authenticating proxy in front, or use the managed service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: replicas: %2 is not honoured: the cluster runs one primary of %3 without replication (run it with an operator, such as CloudNativePG for PostgreSQL, or use the managed service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: multiAz is not honoured: one pod runs in one zone and its volume cannot follow it to another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: backups (backupRetentionDays: %2) are not honoured: nothing backs up the volume (add volume snapshots or the engine&apos;s own backups)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: crossRegionReplica (replicaRegion: %2) is not honoured: the cluster keeps no copy in another region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: public is not honoured: a data store in the cluster is reachable only from the workloads drawn calling it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: encryptionAtRest depends on the cluster&apos;s default storage class, which this export does not know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: engineVersion %2 is not honoured: the export runs the pinned image %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 has no counterpart in the Kubernetes export and is not honoured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection %1 is drawn to port %2, but %3 (%4) listens on %5; the rules use %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no DNS component with a domain; the Gateway hostnames use example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is drawn public, but an API gateway is drawn in front of it; its Gateway is internal so that nothing bypasses the API gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no counterpart on Azure: Application Gateway for Containers has no private frontend, so its Gateway is internet-facing; let its WAF policy admit only the API gateway&apos;s addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no counterpart on Azure: Application Gateway for Containers has no private frontend, so its Gateway is internet-facing; its WAF policy (cloud value %2_WAF) admits only the Application Gateway in front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no counterpart on Google Cloud: Cloud Armor cannot protect an internal Gateway (gke-l7-rilb); put the WAF on the load balancer in front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no counterpart without a cloud: the WAF drawn in front has nothing to attach to; run it in front of Envoy Gateway&apos;s load balancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: without a cloud the export cannot make the Gateway internal; keep Envoy Gateway&apos;s load balancer off the internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workloads run in %1 clouds (%2), one cluster each; export a folder instead of a single file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 run on the provider&apos;s container service in the design (platform: container-service), where the Terraform export puts them; these manifests run them on Kubernetes instead, and their cloud values exist only once the design places them in a cluster (platform: kubernetes)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonitoringExport</name>
    <message>
        <source>Monitoring (Prometheus, Alertmanager, Grafana)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus alerting rules with unit tests, Alertmanager routing and Grafana dashboards from the design.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the design draws no alerting component: alerts go to a webhook; set its address in alertmanager/alertmanager.yml, or draw PagerDuty or Opsgenie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing in this design has signals to watch: add a service, a database, a cache, a queue or a load balancer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteItem</name>
    <message>
        <source>Note: double-click to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to write</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Placement</name>
    <message>
        <source>Zone %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintingExporter</name>
    <message>
        <source>Paper size of the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown paper size &apos;%1&apos;; choose a4 or letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the HTML to print is not one page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Questionnaire</name>
    <message>
        <source>users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true/false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users and load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability and recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance and security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget, cloud policy and operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues and streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Providers, regions and zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third-party dependencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>range [min, max]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>range [min, max] (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choice: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time window (HH:MM-HH:MM Area/City)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USD per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many people use the system on a normal day today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily active users set the baseline for capacity, cost and the size of the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many daily users do you expect in 18 to 24 months?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The design should carry the growth expected in its lifetime without a rewrite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many users are active at the same time at the peak?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concurrent users at the peak, with their request rate, give the requests per second the services must carry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many requests does an active user cause per minute?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page views, API calls and background refreshes together; it turns users into requests per second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long is an average session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session length decides how long sessions and carts must be kept and how many users overlap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How fast must a typical request answer (95th percentile)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latency target limits how many calls a request may chain and where caches are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When is the daily peak, and in which time zone?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak hours in one time zone allow scaling down at night; users around the world do not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which seasonal events bring extra load (Black Friday, payday, campaigns)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known events can be prepared for: scale up ahead, freeze changes, warn third parties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many times the normal load is the peak?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ratio of peak to normal load sets the autoscaling range: minimum for normal load, maximum for the peak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>times normal load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>99.9 % allows 43 minutes of downtime a month, 99.99 % only 4; each extra nine costs redundancy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a single component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an availability zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does the system store, process or transmit card data (PCI DSS)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card data puts the systems that touch it in PCI DSS scope; a payment provider&apos;s hosted page keeps it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does it hold personal data of people in the EU (GDPR)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDPR asks for a lawful basis, deletion on request, breach reporting and care with transfers abroad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does it hold US health information (HIPAA)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health information needs a business associate agreement with the provider and stricter audit trails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must data stay in certain countries or regions?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data residency limits the regions, backups and third parties the design may use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must users sign in with single sign-on (SSO)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single sign-on ties the system to an identity provider (SAML or OpenID Connect).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is multi-factor authentication needed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MFA protects accounts against stolen passwords; required MFA changes the sign-in flow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What may running the system cost per month?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget decides between managed services and self-hosting, and how much redundancy is affordable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is the cloud policy?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One provider keeps things simple; multi-cloud or hybrid must be designed in from the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What does the team know well (languages, platforms, databases)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A design the team can run beats a better one it cannot; new technology needs time to learn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who answers alerts, and when?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without round-the-clock on-call, the design must heal itself at night or accept the downtime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: how many requests per second reach it at the peak?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it is known, it replaces the estimate from the peak users; not every request reaches every service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: how much CPU time does one request take on average?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per second times the time each one keeps a CPU busy gives the CPUs, and so the replicas, needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: what response time must it keep (95th percentile)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A latency target below what its own calls take cannot be met; it also sets timeouts for callers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: how large is a typical request or response?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large payloads (uploads, documents) need streaming, bigger limits and more network than small API calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: how much data does it hold today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The starting size, with the growth, gives the storage to provision and the time a restore takes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: how much does the data grow per month?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth decides the storage after 24 months, and when archiving or partitioning becomes necessary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GiB per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: how many reads are there for each write?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-heavy data benefits from read replicas and caches; write-heavy data needs a bigger primary or sharding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reads per write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: how long must the data be kept?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention rules set when data is deleted or archived, and how long backups must go back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: how much recent data may be lost when it fails?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes of acceptable loss choose between daily backups, point-in-time recovery and synchronous replicas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: how many messages per second pass through at the peak?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message rate sizes the brokers or partitions and the consumers behind them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messages per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: how large is a typical message?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brokers limit message size; large payloads belong in object storage with a reference in the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must messages be handled in order?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordering limits parallel consumers: per key it scales with partitions, strict order does not scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: what delivery guarantee is needed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At-least-once needs idempotent consumers; exactly-once needs transactions or deduplication end to end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: what availability does its provider promise (SLA)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dependency called on every request caps the system&apos;s availability at its own SLA unless there is a fallback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: what happens when it is unavailable?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fallback (queue and retry later, a second provider, a degraded mode) keeps an outage there from becoming ours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: why this provider?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: why this region?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: why this availability zone, and why this number of zones?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: why this data centre?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider and location choices follow from latency to users, data residency, price and the team&apos;s experience; writing the reason down lets others revisit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is below the smallest allowed value %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is above the largest allowed value %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expects %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the range starts above its end (%2 &gt; %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expects text, not an empty answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expects a time window like 09:00-17:00 America/New_York, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown time zone &apos;%2&apos; (use an IANA name such as Europe/Berlin, or UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown answer type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is no longer in the design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; no longer raises this question (its kind changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such question in this version of Stackdraft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In how many months do you expect that number of daily users?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sizing shows today and this horizon side by side and sizes the maximum for the horizon (24 months when not answered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How large is a typical upload (photo, document)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload size, with how often users upload, gives the object storage growth per month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many uploads does a daily user make per day?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploads per user and day times daily users is the data written to object storage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uploads per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What users do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring, testing and releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do users upload (photos, documents, videos), and how large can the largest file be?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large files go straight to object storage instead of through the services, and size limits are checked at the edge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What are the main things users do, step by step (the main journeys)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journeys show which services a typical visit passes through, and so where the load goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which user flows are critical, in order of priority (for example 1. pay, 2. sign in, 3. search)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical flows are protected first: their services get more redundancy, and under stress the others are switched off before them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which quality scenarios matter most (what happens → how the system responds → how you measure it)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios make quality goals testable (arc42, ISO 25010), e.g. &quot;10 times the usual visitors on Black Friday → checkout keeps working → 99 % of payments finish within 3 seconds&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much of the time must the system be available?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much recent data may be lost when %1 fails?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the recovery point objective (RPO): a day allows nightly backups, minutes need continuous copies, nothing at all needs every write stored twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long may the system be down when %1 fails?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the recovery time objective (RTO): hours allow restoring by hand, minutes need a standby kept running, none means running in two places at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is the most sensitive data the system holds?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The classification decides encryption, who may see the data, what is logged about access and whether the data may leave the company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who must control the encryption keys?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer-managed keys in a key management service can be revoked and their use audited; provider-managed keys need no work; keys held outside the cloud need a hardware module of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often must the system pass a security audit or penetration test?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audits and penetration tests need an environment like production, logs that can be shown, and time planned before releases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What must protect the public entry points (web application firewall, DDoS protection, bot and rate limits)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection at the edge stops attacks before they reach the services; the drawing shows whether a WAF is in front of every entry point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What must wake someone up at night, and what can wait until working hours?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only alerts that need action now should page; paging for everything causes alert fatigue, and the real problem gets missed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often is the system load-tested at the expected peak?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A load test at the peak shows whether the sizing holds and which part gives way first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often are restores and failovers rehearsed (disaster recovery drills)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup never restored and a failover never tried prove nothing: drills show the recovery times are real.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How are new versions released?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canary and blue-green releases limit the harm of a bad version; recreating everything at once means downtime at each release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How fast must a bad release be rolled back?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rollback time is the longest a bad release hurts users; it decides whether the old version stays deployed and how database changes are made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the system was down for longer than agreed, should new features wait until it is reliable again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An error budget policy agrees in advance what happens when availability falls below its goal, so it is not argued about during an incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product owner edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engineering worksheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing drawn yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionnaireExporter</name>
    <message>
        <source>%1 questions to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak req/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU time per request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPUs busy at peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per replica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicas needed at peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (from its queues)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (assumed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serverless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 concurrent executions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 CPU at %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not answered (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grows as needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each request that reaches a service keeps one CPU busy for its CPU time; replicas are spread evenly over the zones, and the suggested maximum still carries the peak after the fullest zone is lost. Unanswered CPU times count as %1 ms; where no availability zones are drawn, %2 are assumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**%1.** </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please answer what you can before the workshop; a rough number with a note beats no number. &quot;Why we ask&quot; says what each answer decides.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open questions are marked **open** and listed again at the end.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- Answer: **%1**
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- Answer (%1): ______________________________
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- Answer: **open** (%1)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- Stored answer does not fit: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- Note: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- Why we ask: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>## Capacity estimate

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak load from the answers: **%1 requests per second**.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No peak load yet: answer %1.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>### Where the design does not meet the answers

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>### Suggested changes

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>## Open questions (%1)

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: every question is answered.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>## Orphaned answers

Kept in the design; their question is no longer asked.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements questionnaire: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please answer what you can before the workshop; a rough number with a note beats no number. &quot;Why we ask&quot; says what each answer decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open questions are highlighted and listed again at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The design: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored answer does not fit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why we ask: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak load from the answers: %1 requests per second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No peak load yet: answer %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the design does not meet the answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open questions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: every question is answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orphaned answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the design; their question is no longer asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the answers out, to send before a workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; choose md, html, answers or answers-json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer &apos;%1&apos; is orphaned: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 today, %2 at %3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (answered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on its schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 (nothing reaches it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GiB after %2 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>### How each figure follows

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How each figure follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions for the product owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engineering worksheet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- Note: ______________________________
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- Affects in the drawing: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- Id: `%1`
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affects in the drawing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the design&apos;s description (internal notes) in the product owner edition too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown edition &apos;%1&apos;; choose full, product-owner or engineering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions for a workshop with the answers, capacity estimate and open questions (Markdown, HTML, PDF or an answers file), for everyone, the product owner or the engineers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceNode</name>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key &apos;%1&apos; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key must be plain text, not a list or mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML aliases (*name) are not supported in design files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds more than one YAML document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an alias refers to an anchor that is not defined before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML aliases expand to more than %1 nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds more than %L1 values; files that large are refused (a design of 10,000 components has about %L2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the merge key &apos;&lt;&lt;&apos; needs a mapping or a list of mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list or mapping holds more than %L1 items; files that large are refused (a design of 10,000 components has about %L2 in its largest list)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Terraform</name>
    <message>
        <source>Terraform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starter Terraform for AWS, Google Cloud and Azure, secure by default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which provider to export; &apos;all&apos; writes one folder per provider the design uses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n connection(s)</source>
        <translation>
            <numerusform>Delete %n connection</numerusform>
            <numerusform>Delete %n connections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Delete %n item</numerusform>
            <numerusform>Delete %n items</numerusform>
        </translation>
    </message>
    <message>
        <source>Resize %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pin %n component(s)</source>
        <translation>
            <numerusform>Pin %n component</numerusform>
            <numerusform>Pin %n components</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unpin %n component(s)</source>
        <translation>
            <numerusform>Unpin %n component</numerusform>
            <numerusform>Unpin %n components</numerusform>
        </translation>
    </message>
    <message>
        <source>Change connection %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change design name or description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear answer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept finding %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen finding %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring to Front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Change the colour of %n note(s)</source>
        <translation>
            <numerusform>Change the colour of %n note</numerusform>
            <numerusform>Change the colour of %n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>See docs/validation.md for what triggers it and how to fix it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings, %3 info, %4 accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (accepted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single instance on a path from an entry point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicated service without a load balancer in front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One single-zone load balancer, gateway or queue on every path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorum system with fewer than 3 or an even number of members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All replicas in one availability zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Losing one availability zone breaks an entry point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything in one region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Losing one region breaks an entry point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything with one provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Losing one provider breaks an entry point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database without a standby or multi-AZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups turned off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups kept for less than 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cross-region copy although a region-level RPO/RTO is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stateful service scaled out without shared or replicated state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object storage without versioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autoscaling minimum above maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autoscaling CPU target outside 1-100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autoscaling without a CPU request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum replicas below the expected peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service without metrics or logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alert routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public entry without a WAF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data store reachable from outside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data stored unencrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret in a plain property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronous call cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue without a producer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue without a consumer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unconnected component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deep synchronous call chain without a queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no standby: one instance, multi-AZ off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When its instance or zone fails, everything that reads or writes it stops, and data written since the last backup can be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable multi-AZ on %1 (a synchronous standby in another zone with automatic failover).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has backups turned off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without backups, a bad migration, a bug or a deleted table cannot be undone; replicas copy the damage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn backups on for %1 with at least 7 days of retention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keeps backups for %2 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems are often noticed days later (a silent corruption, a Monday after a long weekend); short retention has already deleted the good copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep backups of %1 for at least 7 days (backupRetentionDays: 7 or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no copy in another region, but the questionnaire sets a recovery objective for the loss of a region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the region is lost, the data is lost or unreachable with it, so the region-level RPO and RTO cannot be met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable a cross-region replica for %1 and name the replica region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keeps state in memory or on local disk but runs %2 replicas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each replica sees only its own state: requests routed to another replica lose the session, and a failed replica loses its state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the state of %1 to a shared store (a cache or database) and mark it as shared state, or replicate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keeps no earlier versions of objects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An overwrite or delete, by mistake or by ransomware, cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable versioning on %1 (with a lifecycle rule that expires old versions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 call each other synchronously in a cycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A synchronous cycle can deadlock or recurse without end, and one slow member stalls all of them; none can be deployed or fail on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break the cycle: make one of the calls asynchronous (through a queue), or move the shared logic into one service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 services call each other synchronously in one chain: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latencies add up and availabilities multiply along a synchronous chain: five services at 99.9 % give 99.5 %, and one slow service stalls every caller above it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a queue or event stream where the caller does not need the answer at once (e.g. before %1), or merge services that always change together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing calls it and it calls nothing: either a dependency is missing from the design (and from its analysis), or the component is not needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect %1 to what calls it and what it needs, or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing sends messages to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A queue without a producer stays empty; its consumers wait for work that never comes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect the component that publishes to %1 (producer -&gt; queue).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing consumes the messages of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages pile up until the retention limit and are then dropped: the work is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect the consumer of %1 (queue -&gt; consumer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metrics or logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sends no %2 anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without metrics nobody sees it degrade; without logs nobody can tell why it failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alerting component: problems page nobody.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 receives nothing from a metrics, logging or APM component.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics and logs only help when someone is told; without alert routing, users report the outage first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs as %2 on the path of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components lost with it: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One instance fails alone: a crash, a host failure or a deploy takes it down, and every request that needs it fails with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set replicas to at least 2 and place %1 in the region rather than in one zone, so its replicas spread over two or more availability zones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the provider&apos;s managed service for %1, or run it as a cluster of three nodes over three availability zones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs %2 replicas but %3 calls it directly, with no load balancer in front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a load balancer, callers reach one fixed instance: the other replicas take no load and do not take over when that one fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a load balancer or an API gateway in front of %1 and route its callers through it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every path from the entry points to %1 components passes through %2, which is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A choke point that lives in one availability zone takes everything behind it down when that zone fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable multi-AZ on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 in two or more availability zones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a quorum system with %2 members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quorum needs a majority: with fewer than 3 members, losing one stops writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An even number of members tolerates no more failures than one member fewer, and can split into two equal halves with no majority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 members (replicas: %1), one per availability zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 autoscales from %2 to %3 replicas: the minimum is above the maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The autoscaler refuses such bounds, or pins the service to one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set minReplicas of %1 at or below maxReplicas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 autoscales at %2 % CPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A target outside 1-100 % never triggers scaling out (above 100) or scales out at once and never back (below 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set cpuTarget of %1 between 50 and 80 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 autoscales on CPU but its CPU request is not set (the catalog default of %2 millicores would be used).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autoscaling measures CPU use against the request: a guessed request makes it scale too early or too late.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set cpuRequest of %1 to what one replica really needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the peak, requests queue and time out once all replicas are busy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise maxReplicas of %1 to at least %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run at least %2 replicas of %1, or enable autoscaling with that maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes traffic from the internet with no WAF in front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public endpoints are probed constantly; a WAF blocks injection, known exploits and abusive request rates before they reach the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a WAF in front of %1 and route the traffic sources through it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is public: reachable from the internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is called directly by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A data store reachable from outside is one leaked credential or one misconfiguration away from a data breach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make %1 private and reach it only through a service that checks who asks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an AWS access key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a password in a URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a password assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a secret value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has what looks like a secret in plain properties: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design files live in git and in exported code; a secret written there is leaked to everyone who can read them, forever (history keeps it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove it, rotate it, keep it in a secrets manager and refer to it by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stores data unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disks, snapshots and backups of unencrypted stores can be read by anyone who gets a copy; most compliance regimes forbid it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable encryption at rest on %1 (with a managed key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs %2 replicas, all in availability zone %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicas in one zone protect against a crash, not against the zone: when %1 fails, all of them fail together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place %1 in the region so its replicas spread over two or more zones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a second replica in %1 (place %2 in the region so replicas spread over the zones).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Losing %1 breaks %2: %3 components become unreachable (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When %1 fails as a whole (it happens), everything placed only there fails with it: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything runs in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A whole region can become unavailable (power, network, a provider incident); then the whole system is down until it returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a second region: at least a warm standby with replicated data, or active-active for the services that must stay up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a copy or a standby of %1 in a second region as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything runs with one provider (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance for serious enterprises is at least two providers, so that an outage, an account lock-out or a commercial dispute with one does not stop the business.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a recovery path with a second provider for the services the business cannot do without.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give %1 a fallback with another provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no dead-letter queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message its consumer cannot process is delivered again and again: it blocks or slows the queue, and when the retention runs out the work it carried is lost without a trace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on the dead-letter queue of %1 (after a few failed deliveries the message is set aside for inspection) and alert when messages arrive there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue without a dead-letter queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a cut vertex: removing it splits the design in two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - %2 is a bridge: the only link between two parts of the design.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every request from %1 to %2 other components passes through %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structural single points of failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shape of the dependency graph, whatever the redundancy of the components.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut vertices (removing one splits the design in two)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bridges (the only link between two parts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dominators (every request from an entry point passes through them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passes through (components cut off when it fails)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing: every component it reaches has a second path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw who calls the system (Users, Partner API) and connect them, or set &quot;Traffic starts here&quot; on the component where requests start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entry point: no traffic source is drawn, nothing is marked as where traffic starts, and every component has a caller, so there is nothing to analyse from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single points of failure are found by following requests from where they start; without a start no single-instance, zone-loss or blast-radius check can run, and the design would pass them silently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely starts (nothing outside their cycle calls them): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entry point is drawn or marked; the analysis starts from what nothing calls: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings about single instances, zones and blast radius follow requests from these candidate entries; if requests really start elsewhere, the findings are wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the users or clients that call the system, or set &quot;Traffic starts here&quot; on the components where requests start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses the image %2, which moves with every push.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses the image %2 without a tag, which means latest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each restart or new node may pull a different build: a rollback cannot go back, replicas run different code, and the exporters refuse such an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin the image of %1 to a version tag or a digest, e.g. %2:1.0.0 or %2@sha256:….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is exposed to the internet with %2 replicas but nothing in front spreads requests over them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assumed: a service drawn inside an availability zone runs all its replicas there, as drawn (nothing in the design spreads them). Only a multi-AZ service drawn in a zone is read as a primary there with a standby in another zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable multi-AZ on %1 (its standby then takes over in another zone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 with 2 or more replicas placed in the region, so they spread over two or more availability zones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Losing %1, the only availability zone the design uses, breaks %2: %3 components become unreachable (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: multi-AZ with the primary drawn in one zone; they survive the loss of that zone by failing over inside the region, not the loss of the region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entry point: nothing to analyse from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entry point marked: analysed from what nothing calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container image without a fixed tag, or :latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs %2 replicas: beyond one deployment; shard or re-think.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can run at most %2 replicas, but the expected peak needs %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect %1 to a metrics and a logging component (or an APM service); export monitoring (File &gt; Export) then writes its alerts, dashboard and runbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an alerting component (e.g. PagerDuty or Opsgenie) and connect the metrics component to it; export monitoring then routes the alerts to it by severity.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Stackdraft architecture design studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design file to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::AcceptFindingDialog</name>
    <message>
        <source>Accept finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is this acceptable? The justification is stored in the design file with the acceptance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. One Redis node is fine for launch; a replica is planned for Q3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::CanvasScene</name>
    <message numerus="yes">
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>Move %n item</numerusform>
            <numerusform>Move %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s) to another zone</source>
        <translation>
            <numerusform>Move %n item to another zone</numerusform>
            <numerusform>Move %n items to another zone</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a waypoint of the connection from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bend the connection from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move a waypoint of the connection from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only components can be connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot connect to itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already connects to “%2”; one connection between them is enough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 connected from %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::CanvasView</name>
    <message>
        <source>Design canvas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::CompareChangeList</name>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes since %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::CompareMode</name>
    <message>
        <source>Compare &amp;With…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows what changed in the open design since a git revision of its file, or against another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave Compare Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the normal view (Esc on the canvas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot compare with %1: there is no such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot compare with %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot compare with revision %1: the design is not saved yet, so it has no git history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot compare with revision %1: %2 is not in a git work tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot compare with revision %1: %2 does not exist at that revision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot compare %1 with revision %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing with &lt;b&gt;%1&lt;/b&gt;: the canvas shows what changed since.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ConflictsDialog</name>
    <message>
        <source>Resolve Merge Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merge kept one value of each field both sides changed. Keep it, or put the other side&apos;s value back; each choice is one undo step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Merged Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use Other Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the design)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the whole item)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts are left: save the design to write it without them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve Merge Conflict</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::DiagramExport</name>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the diagram to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to draw.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::DiagramExportDialog</name>
    <message>
        <source>Show the &amp;grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Selection only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Diagram as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Diagram as SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Diagram as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Margin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transparent background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection label, else protocol:port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol:port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::Document</name>
    <message>
        <source>Untitled design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by another program since it was opened or last saved here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload from disk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ExportDialog</name>
    <message>
        <source>Export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>These files in %1 were edited by hand since the last export, or were not written by it:

%2

Replace them with the exported files?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF document of %1 KiB. Export it, then open it to read it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::FindingDetails</name>
    <message>
        <source>Apply Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the fix as one step (Edit &gt; Undo takes it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un-accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a finding to see why it matters and how to fix it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied: %1. Edit &gt; Undo takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::FindingsDeltaView</name>
    <message>
        <source>Since then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no change in the findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new, %2 resolved, %3 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings since %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::FindingsPanel</name>
    <message>
        <source>Show or hide findings of this severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search findings, rules, components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (accepted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — accepted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un-accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show components</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info</source>
        <translation>
            <numerusform>%n info</numerusform>
            <numerusform>%n info</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accepted</source>
        <translation>
            <numerusform>%n accepted</numerusform>
            <numerusform>%n accepted</numerusform>
        </translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::HeatLegend</name>
    <message>
        <source>Blast radius if it fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only itself lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n component(s) lost</source>
        <translation>
            <numerusform>%n component lost</numerusform>
            <numerusform>%n components lost</numerusform>
        </translation>
    </message>
    <message>
        <source>Traffic sources are not rated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ImportDialog</name>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files and folders to read (folders are read with everything in them):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add F&amp;older…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing imported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open as New Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: the files have problems. Fix them and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 components and %2 connections. %3. Read what was guessed and dropped before you rely on the design.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts nothing defines, not connected (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guessed: check these (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapped (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge into This Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items whose names are already in the open design are updated; the rest is added and placed beside what is there. One undo step.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::MainWindow</name>
    <message>
        <source>Stackdraft designs (*.stackdraft.yaml *.stackdraft.json *.yaml *.yml *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert to Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagram as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagram as &amp;SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagram as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Component…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size (100 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;nap to Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Select Tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect Tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select and move (V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag from one component to another to connect them (C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align &amp;Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align &amp;Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align &amp;Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align &amp;Bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align Centres &amp;Horizontally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align Centres &amp;Vertically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribute Hori&amp;zontally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribute V&amp;ertically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring to &amp;Front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-&amp;Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pin in Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unpin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Stackdraft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Stackdraft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Stackdraft %1&lt;/h3&gt;&lt;p&gt;An architecture design studio that checks designs for single points of failure and writes starter infrastructure as code.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Arrange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find component (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No component named “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;opened design&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened; the current design is unchanged.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be saved: %2
The file on disk is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has unsaved changes. Save them first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Design As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard all changes since the last save?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unsaved design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover unsaved work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stackdraft did not close properly. Unsaved changes to %1 from %2 were kept.

Restore them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no Stackdraft design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layout is already tidy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-layout selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n component(s)</source>
        <translation>
            <numerusform>%n component</numerusform>
            <numerusform>%n components</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n connection</numerusform>
            <numerusform>%n connections</numerusform>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requirements questionnaire for workshops with product owners (Ctrl+Shift+Q)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ask About This</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply &amp;Sizing Suggestions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questionnaire asks nothing about this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulate &amp;Failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End Failure Simulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blast Radius &amp;Heat View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours each component by how much of the design fails with it (Ctrl+Shift+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Validate Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single points of failure and resilience gaps, checked as you draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Answers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1 was changed by another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reload design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read again; your design here is unchanged.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloaded %1 from disk; Undo goes back to the version before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was deleted or moved on disk; saving writes it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by another program; your unsaved changes are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 and connect it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connect %n component(s)</source>
        <translation>
            <numerusform>Connect %n component</numerusform>
            <numerusform>Connect %n components</numerusform>
        </translation>
    </message>
    <message>
        <source>Import %1 into the Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged %1: %2 added, %3 updated, %4 connections added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve Merge &amp;Conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve Merge &amp;Conflicts (%1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Blast radius: it and %n other component(s) are lost if it fails</source>
        <translation>
            <numerusform>Blast radius: it and %n other component are lost if it fails</numerusform>
            <numerusform>Blast radius: it and %n other components are lost if it fails</numerusform>
        </translation>
    </message>
    <message>
        <source>Blast radius: only itself is lost if it fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure simulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulating: %1 fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It takes down %1 and cuts off %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It takes down %1; every entry point still works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a text note to the diagram (N)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Note Here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::NewDesignDialog</name>
    <message>
        <source>New Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from a blank canvas or from one of the examples:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty canvas. Drag components from the palette, connect them, and group them in zones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled design</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::OverviewMap</name>
    <message>
        <source>Overview map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole design; click or drag to move the canvas there</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::PaletteWidget</name>
    <message>
        <source>Roles: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search components…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, id or description (Down moves into the list, Enter adds the first match)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No component matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A text note on the diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A text note on the diagram: drag it onto the canvas, or double-click</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::PropertyEditor</name>
    <message>
        <source>%1 connections selected. Select a single connection to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items selected: showing the properties they all share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 selected connection is not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 selected connections are not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name shown on the canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 items)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These items share no properties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset %1 to default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the caller talks to the callee (lower case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Protocol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port the callee listens on (— for none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync (request/response)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>async (message, event)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the caller waits for the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. reads and writes orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The design needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the system does, for whom, and at what scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a component, zone or connection to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range for &apos;%2&apos; (%3 to %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset %1 of %2 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 of %2 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orthogonal (around the cards)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the line is drawn on the canvas and in the diagram exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Bends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes out the bends dragged into this line, so it is routed on its own again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;ine:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::QuestionnaireView</name>
    <message>
        <source>Apply suggestions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change replicas, autoscaling and storage so that the design meets the answers (one undoable step).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why we ask: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>09:00-17:00 America/New_York</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: where the number comes from, exceptions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak load: &lt;b&gt;%1 requests per second&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the peak concurrent users and the requests per user and minute to see requests per second and replicas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>req/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPUs busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicas (min–max)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 concurrent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room to lose one availability zone is included. Unanswered CPU times count as %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the design does not meet the answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the questionnaire exporter is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export questionnaire as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply capacity suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These changes make the design meet the answers. They are applied as one step; Undo takes them all back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage at the horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How each figure follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show and print all questions, the product owner&apos;s (business questions in plain language) or the engineers&apos; worksheet; all are answered into the same design.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported from %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import answers from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answer(s) changed; %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answer(s) no longer apply to the design and were left out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers files (*.yaml *.yml *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affects in the drawing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why we ask: as for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 today, %2 at %3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the changed answers file as one undoable step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answers file %1 changed on disk since it was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::StartPage</name>
    <message>
        <source>Start a design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag components from the palette onto the canvas, or:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Design…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new, untitled design from the example “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
