// SPDX-License-Identifier: MIT
// AWS: KMS keys, IAM roles and least-privilege policies, Secrets Manager and Cognito.
#include "awsmapper.h"

namespace sd::tf {

void AwsMapper::regionKey(const Region &r, const Unit *keyUnit, const Unit *primaryKey, bool instanceVolumes)
{
    const QString &name = r.name;
    Block &key = res(u"security.tf"_s, primaryKey ? u"aws_kms_replica_key"_s : u"aws_kms_key"_s, r.kmsIdent, name);
    if (primaryKey) {
        key.setStr(u"description"_s, fileText("%1, replica in %2").arg(label(*primaryKey), name));
        key.set(u"primary_key_arn"_s, u"aws_kms_key.%1.arn"_s.arg(primaryKey->ident));
    } else {
        key.setStr(u"description"_s, keyUnit ? label(*keyUnit) : fileText("Encrypts this export's data at rest in %1").arg(name.isEmpty() ? u"the region"_s : name));
        key.setBool(u"enable_key_rotation"_s, keyUnit ? props.boolValue(*keyUnit->component, keys::rotation) : true);
    }
    key.setNum(u"deletion_window_in_days"_s, 30);
    if (keyUnit && props.boolValue(*keyUnit->component, keys::multiRegion))
        key.setBool(u"multi_region"_s, true);
    const QString account = u"arn:${data.aws_partition.current.partition}:iam::${data.aws_caller_identity.current.account_id}:root"_s;
    std::vector<Value> statements;
    statements.push_back(obj({{u"Sid"_s, S(u"AccountAdministers"_s)},
                              {u"Effect"_s, S(u"Allow"_s)},
                              {u"Principal"_s, obj({{u"AWS"_s, R(tmpl(account))}})},
                              {u"Action"_s, S(u"kms:*"_s)},
                              {u"Resource"_s, S(u"*"_s)}}));
    statements.push_back(obj({{u"Sid"_s, S(u"ServicesEncrypt"_s)},
                              {u"Effect"_s, S(u"Allow"_s)},
                              {u"Principal"_s, obj({{u"Service"_s, list({R(tmpl(u"logs.%1.amazonaws.com"_s.arg(regionText(name)))),
                                                                         S(u"cloudwatch.amazonaws.com"_s),
                                                                         S(u"delivery.logs.amazonaws.com"_s)})}})},
                              {u"Action"_s, Value::strings({u"kms:Encrypt*"_s, u"kms:Decrypt*"_s, u"kms:ReEncrypt*"_s,
                                                            u"kms:GenerateDataKey*"_s, u"kms:Describe*"_s})},
                              {u"Resource"_s, S(u"*"_s)}}));
    if (prometheusAlertsIn(name)) {
        // The managed Prometheus' Alertmanager publishes to the region's alarm topic, which this key encrypts.
        statements.push_back(obj({{u"Sid"_s, S(u"PrometheusAlertsToTopic"_s)},
                                  {u"Effect"_s, S(u"Allow"_s)},
                                  {u"Principal"_s, obj({{u"Service"_s, S(u"aps.amazonaws.com"_s)}})},
                                  {u"Action"_s, Value::strings({u"kms:GenerateDataKey*"_s, u"kms:Decrypt"_s})},
                                  {u"Resource"_s, S(u"*"_s)},
                                  {u"Condition"_s, obj({{u"StringEquals"_s, obj({{u"aws:SourceAccount"_s, R(u"data.aws_caller_identity.current.account_id"_s)}})}})}}));
    }
    if (instanceVolumes) {
        // The EKS nodes and scale sets encrypt their volumes with this key, and EC2 Auto Scaling launches
        // them with its service-linked role, which no IAM policy of ours can extend: without this the
        // instances fail to launch ("encrypted with an inaccessible AWS KMS key"). Scoped like AWS's own
        // aws/ebs key (this account, only through EC2 in this region), so it needs that role to exist
        // no sooner than the first Auto Scaling group makes it.
        statements.push_back(obj({{u"Sid"_s, S(u"Ec2VolumesOfThisAccount"_s)},
                                  {u"Effect"_s, S(u"Allow"_s)},
                                  {u"Principal"_s, obj({{u"AWS"_s, S(u"*"_s)}})},
                                  {u"Action"_s, Value::strings({u"kms:Encrypt"_s, u"kms:Decrypt"_s, u"kms:ReEncrypt*"_s,
                                                                u"kms:GenerateDataKey*"_s, u"kms:CreateGrant"_s, u"kms:DescribeKey"_s})},
                                  {u"Resource"_s, S(u"*"_s)},
                                  {u"Condition"_s, obj({{u"StringEquals"_s,
                                                         obj({{u"kms:CallerAccount"_s, R(u"data.aws_caller_identity.current.account_id"_s)},
                                                              {u"kms:ViaService"_s, R(tmpl(u"ec2.%1.amazonaws.com"_s.arg(regionText(name))))}})}})}}));
    }
    key.set(u"policy"_s, json(obj({{u"Version"_s, S(u"2012-10-17"_s)}, {u"Statement"_s, list(std::move(statements))}})));
    Block &alias = res(u"security.tf"_s, u"aws_kms_alias"_s, r.kmsIdent, name);
    alias.set(u"name"_s, R(tmpl(u"alias/${local.name}-"_s + (keyUnit ? keyUnit->slug : primaryKey ? primaryKey->slug : hyphens(r.key)))));
    alias.set(u"target_key_id"_s, u"%1.%2.key_id"_s.arg(primaryKey ? u"aws_kms_replica_key"_s : u"aws_kms_key"_s, r.kmsIdent));
}

/// The role VPC flow logs write to CloudWatch with.
void AwsMapper::flowLogRole()
{
    Block &flowRole = m.file(u"security.tf"_s).add(u"resource"_s, {u"aws_iam_role"_s, u"flow_logs"_s});
    flowRole.set(u"name_prefix"_s, R(tmpl(u"${local.name}-flow-logs-"_s)));
    flowRole.set(u"assume_role_policy"_s,
                 json(obj({{u"Version"_s, S(u"2012-10-17"_s)},
                           {u"Statement"_s, list({obj({{u"Effect"_s, S(u"Allow"_s)},
                                                       {u"Principal"_s, obj({{u"Service"_s, S(u"vpc-flow-logs.amazonaws.com"_s)}})},
                                                       {u"Action"_s, S(u"sts:AssumeRole"_s)}})})}})));
    std::vector<Value> flowGroups;
    for (const QString &r : ctx.regions)
        flowGroups.push_back(R(tmpl(u"${aws_cloudwatch_log_group.%1_flow_logs.arn}:*"_s.arg(Context::regionKey(r)))));
    Block &flowPolicy = m.file(u"security.tf"_s).add(u"resource"_s, {u"aws_iam_role_policy"_s, u"flow_logs"_s});
    flowPolicy.set(u"role"_s, u"aws_iam_role.flow_logs.id"_s);
    flowPolicy.set(u"policy"_s, json(obj({{u"Version"_s, S(u"2012-10-17"_s)},
                                          {u"Statement"_s, list({obj({{u"Effect"_s, S(u"Allow"_s)},
                                                                      {u"Action"_s, Value::strings({u"logs:CreateLogStream"_s, u"logs:PutLogEvents"_s,
                                                                                                    u"logs:DescribeLogGroups"_s, u"logs:DescribeLogStreams"_s})},
                                                                      {u"Resource"_s, list(std::move(flowGroups))}})})}})));
}

void AwsMapper::iamRole(const QString &file, const QString &ident, const QString &service, const QStringList &policies)
{
    Block &role = m.file(file).add(u"resource"_s, {u"aws_iam_role"_s, ident});
    role.set(u"name_prefix"_s, R(tmpl(u"${local.name}-"_s + slugFor(ident, u"role"_s, 20) + u"-"_s)));
    role.set(u"assume_role_policy"_s,
             json(obj({{u"Version"_s, S(u"2012-10-17"_s)},
                       {u"Statement"_s, list({obj({{u"Effect"_s, S(u"Allow"_s)},
                                                   {u"Principal"_s, obj({{u"Service"_s, S(service)}})},
                                                   {u"Action"_s, S(u"sts:AssumeRole"_s)}})})}})));
    for (int i = 0; i < policies.size(); ++i) {
        Block &a = m.file(file).add(u"resource"_s, {u"aws_iam_role_policy_attachment"_s,
                                                    policies.size() == 1 ? ident : u"%1_%2"_s.arg(ident).arg(i + 1)});
        a.set(u"role"_s, u"aws_iam_role.%1.name"_s.arg(ident));
        a.set(u"policy_arn"_s, R(tmpl(u"arn:${data.aws_partition.current.partition}:iam::aws:policy/"_s + policies[i])));
    }
}

void AwsMapper::secretsManager(const Unit &u)
{
    const QString regionName = ctx.regionOf(u);
    const Region &r = region(u);
    Block &s = res(u"security.tf"_s, u"aws_secretsmanager_secret"_s, u.ident, regionName);
    s.set(u"name_prefix"_s, R(tmpl(u"${local.name}/%1-"_s.arg(u.slug))));
    s.setStr(u"description"_s, label(u));
    s.set(u"kms_key_id"_s, r.kms);
    s.setNum(u"recovery_window_in_days"_s, 30);
    if (const qint64 days = props.intValue(*u.component, keys::rotationDays); days > 0)
        m.todo(fileText("%1 rotates every %2 days: attach a rotation function with aws_secretsmanager_secret_rotation.").arg(label(u)).arg(days));
}

void AwsMapper::keyManagement(const Unit &u)
{
    Q_UNUSED(u) // the region's key, made in setupRegion
}

void AwsMapper::identityProvider(const Unit &u)
{
    const QString regionName = ctx.regionOf(u);
    Block &p = res(u"security.tf"_s, u"aws_cognito_user_pool"_s, u.ident, regionName);
    p.set(u"name"_s, name(u.slug));
    p.setStr(u"mfa_configuration"_s, props.boolValue(*u.component, keys::mfa) ? u"ON"_s : u"OPTIONAL"_s);
    p.setStr(u"deletion_protection"_s, u"ACTIVE"_s);
    p.add(u"software_token_mfa_configuration"_s).setBool(u"enabled"_s, true);
    Block &pw = p.add(u"password_policy"_s);
    pw.setNum(u"minimum_length"_s, 14);
    for (const char *key : {"require_lowercase", "require_uppercase", "require_numbers", "require_symbols"})
        pw.setBool(QString::fromLatin1(key), true);
    Block &rec = p.add(u"account_recovery_setting"_s).add(u"recovery_mechanism"_s);
    rec.setStr(u"name"_s, u"verified_email"_s);
    rec.setNum(u"priority"_s, 1);
    if (props.stringValue(*u.component, keys::protocol) == QLatin1String("saml"))
        m.todo(fileText("%1 federates over SAML: add aws_cognito_identity_provider with your IdP's metadata.").arg(label(u)));
}

// Stored in Secrets Manager, given as sensitive variables.
void AwsMapper::storeCredentials(const ThirdPartyCredentials &credentials)
{
    const Component *to = &credentials.service;
    const QString &ident = credentials.ident;
    secretOf[to->id] = ident;
    m.variable({ident, u"string"_s, fileText("API key or credentials for %1, stored in Secrets Manager").arg(to->name.isEmpty() ? to->id : to->name),
                std::nullopt, true, {}, {}});
    const QString regionName = ctx.regionOf(credentials.caller);
    Block &s = res(u"security.tf"_s, u"aws_secretsmanager_secret"_s, ident, regionName);
    s.set(u"name_prefix"_s, R(tmpl(u"${local.name}/%1-"_s.arg(slugFor(to->name, to->kind)))));
    s.setStr(u"description"_s, fileText("Credentials for %1").arg(to->name));
    s.set(u"kms_key_id"_s, regions[regionName].kms);
    s.setNum(u"recovery_window_in_days"_s, 30);
    Block &v = res(u"security.tf"_s, u"aws_secretsmanager_secret_version"_s, ident, regionName);
    v.set(u"secret_id"_s, u"aws_secretsmanager_secret.%1.id"_s.arg(ident));
    v.comment(fileText("Write-only: the value is sent to AWS but never stored in the Terraform state."));
    v.set(u"secret_string_wo"_s, u"var."_s + ident);
    v.setNum(u"secret_string_wo_version"_s, 1);
}

QString AwsMapper::workloadRole(const Unit &u) const
{
    if (u.runtime == Runtime::ContainerService)
        return u.ident + u"_task"_s;
    if (isKind(u, {kinds::serverlessFunction}))
        return u.ident + u"_function"_s;
    if (isWorkloadInCluster(u))
        if (const k8s::Workload *w = kubeWorkload(u); w && w->cloudIdentity)
            return u.ident + u"_pod"_s;
    return {};
}

void AwsMapper::podRole(const QString &ident, const QString &what, const QString &cluster, const QString &ns, const QString &serviceAccount,
                        const QStringList &managedPolicies, std::vector<Value> statements, bool inlinePolicy)
{
    Block &role = m.file(u"security.tf"_s).add(u"resource"_s, {u"aws_iam_role"_s, ident});
    role.comment(fileText("The identity of %1 (EKS Pod Identity: service account %2/%3 only).").arg(what, ns, serviceAccount));
    role.set(u"name_prefix"_s, R(tmpl(u"${local.name}-"_s + slugFor(ident, u"role"_s, 20) + u"-"_s)));
    role.set(u"assume_role_policy"_s,
             json(obj({{u"Version"_s, S(u"2012-10-17"_s)},
                       {u"Statement"_s, list({obj({{u"Effect"_s, S(u"Allow"_s)},
                                                   {u"Principal"_s, obj({{u"Service"_s, S(u"pods.eks.amazonaws.com"_s)}})},
                                                   {u"Action"_s, Value::strings({u"sts:AssumeRole"_s, u"sts:TagSession"_s})},
                                                   {u"Condition"_s, obj({{u"StringEquals"_s, obj({{u"aws:SourceAccount"_s, R(u"data.aws_caller_identity.current.account_id"_s)}})}})}})})}})));
    for (int i = 0; i < managedPolicies.size(); ++i) {
        Block &a = m.file(u"security.tf"_s).add(u"resource"_s, {u"aws_iam_role_policy_attachment"_s,
                                                                managedPolicies.size() == 1 ? ident : u"%1_%2"_s.arg(ident).arg(i + 1)});
        a.set(u"role"_s, u"aws_iam_role.%1.name"_s.arg(ident));
        a.set(u"policy_arn"_s, R(tmpl(u"arn:${data.aws_partition.current.partition}:iam::aws:policy/"_s + managedPolicies[i])));
    }
    if (inlinePolicy && !statements.empty()) {
        Block &p = m.file(u"security.tf"_s).add(u"resource"_s, {u"aws_iam_role_policy"_s, ident});
        p.set(u"role"_s, u"aws_iam_role.%1.id"_s.arg(ident));
        p.set(u"policy"_s, json(obj({{u"Version"_s, S(u"2012-10-17"_s)}, {u"Statement"_s, list(std::move(statements))}})));
    }
    if (serviceAccount == QLatin1String("ebs-csi-controller-sa"))
        return; // associated by its add-on (pod_identity_association)
    Block &a = m.file(u"security.tf"_s).add(u"resource"_s, {u"aws_eks_pod_identity_association"_s, ident});
    a.set(u"cluster_name"_s, u"aws_eks_cluster.%1.name"_s.arg(cluster));
    a.setStr(u"namespace"_s, ns);
    a.setStr(u"service_account"_s, serviceAccount);
    a.set(u"role_arn"_s, u"aws_iam_role.%1.arn"_s.arg(ident));
}

// The AWS Load Balancer Controller's own policy, cut to what Gateways with ip targets, a WAF and an
// ACM certificate use: it creates and tags load balancers, target groups and their security groups.
std::vector<Value> AwsMapper::loadBalancerControllerStatements() const
{
    auto st = [](const QString &sid, const QStringList &actions, Value condition = {}) {
        std::vector<std::pair<QString, Value>> members = {{u"Sid"_s, S(sid)}, {u"Effect"_s, S(u"Allow"_s)},
                                                          {u"Action"_s, Value::strings(actions)}, {u"Resource"_s, S(u"*"_s)}};
        if (!condition.render(0).isEmpty())
            members.emplace_back(u"Condition"_s, std::move(condition));
        return obj(std::move(members));
    };
    const Value ownedByController = obj({{u"Null"_s, obj({{u"aws:ResourceTag/elbv2.k8s.aws/cluster"_s, S(u"false"_s)}})}});
    return {
        st(u"Read"_s, {u"ec2:DescribeAccountAttributes"_s, u"ec2:DescribeAddresses"_s, u"ec2:DescribeAvailabilityZones"_s,
                       u"ec2:DescribeInternetGateways"_s, u"ec2:DescribeVpcs"_s, u"ec2:DescribeVpcPeeringConnections"_s,
                       u"ec2:DescribeSubnets"_s, u"ec2:DescribeSecurityGroups"_s, u"ec2:DescribeInstances"_s,
                       u"ec2:DescribeNetworkInterfaces"_s, u"ec2:DescribeTags"_s, u"ec2:GetCoipPoolUsage"_s, u"ec2:DescribeCoipPools"_s,
                       u"ec2:GetSecurityGroupsForVpc"_s, u"ec2:DescribeIpamPools"_s, u"ec2:DescribeRouteTables"_s,
                       u"elasticloadbalancing:Describe*"_s, u"acm:ListCertificates"_s, u"acm:DescribeCertificate"_s,
                       u"wafv2:GetWebACL"_s, u"wafv2:GetWebACLForResource"_s, u"shield:GetSubscriptionState"_s,
                       u"iam:ListServerCertificates"_s, u"iam:GetServerCertificate"_s, u"cognito-idp:DescribeUserPoolClient"_s}),
        st(u"ServiceLinkedRole"_s, {u"iam:CreateServiceLinkedRole"_s},
           obj({{u"StringEquals"_s, obj({{u"iam:AWSServiceName"_s, S(u"elasticloadbalancing.amazonaws.com"_s)}})}})),
        st(u"CreateTagged"_s, {u"ec2:CreateSecurityGroup"_s, u"elasticloadbalancing:CreateLoadBalancer"_s, u"elasticloadbalancing:CreateTargetGroup"_s},
           obj({{u"Null"_s, obj({{u"aws:RequestTag/elbv2.k8s.aws/cluster"_s, S(u"false"_s)}})}})),
        st(u"TagOnCreate"_s, {u"ec2:CreateTags"_s, u"elasticloadbalancing:AddTags"_s},
           obj({{u"Null"_s, obj({{u"aws:RequestTag/elbv2.k8s.aws/cluster"_s, S(u"false"_s)}})}})),
        st(u"ManageOwned"_s, {u"ec2:AuthorizeSecurityGroupIngress"_s, u"ec2:RevokeSecurityGroupIngress"_s, u"ec2:DeleteSecurityGroup"_s,
                              u"ec2:CreateTags"_s, u"ec2:DeleteTags"_s,
                              u"elasticloadbalancing:ModifyLoadBalancerAttributes"_s, u"elasticloadbalancing:SetIpAddressType"_s,
                              u"elasticloadbalancing:SetSecurityGroups"_s, u"elasticloadbalancing:SetSubnets"_s,
                              u"elasticloadbalancing:DeleteLoadBalancer"_s, u"elasticloadbalancing:ModifyTargetGroup"_s,
                              u"elasticloadbalancing:ModifyTargetGroupAttributes"_s, u"elasticloadbalancing:DeleteTargetGroup"_s,
                              u"elasticloadbalancing:AddTags"_s, u"elasticloadbalancing:RemoveTags"_s,
                              u"elasticloadbalancing:RegisterTargets"_s, u"elasticloadbalancing:DeregisterTargets"_s},
           ownedByController),
        st(u"Listeners"_s, {u"elasticloadbalancing:CreateListener"_s, u"elasticloadbalancing:DeleteListener"_s,
                            u"elasticloadbalancing:CreateRule"_s, u"elasticloadbalancing:DeleteRule"_s,
                            u"elasticloadbalancing:ModifyListener"_s, u"elasticloadbalancing:ModifyRule"_s,
                            u"elasticloadbalancing:AddListenerCertificates"_s, u"elasticloadbalancing:RemoveListenerCertificates"_s,
                            u"elasticloadbalancing:SetWebAcl"_s, u"wafv2:AssociateWebACL"_s, u"wafv2:DisassociateWebACL"_s}),
    };
}

void AwsMapper::accessPolicies()
{
    // Least privilege from the connections: a workload may use exactly the buckets, topics, secrets,
    // queues and keys it is connected to.
    for (const Unit &u : ctx.units) {
        const QString role = workloadRole(u);
        if (role.isEmpty())
            continue;
        std::vector<Value> statements;
        std::set<QString> sids;
        auto allow = [&](const QString &sid, const QStringList &actions, std::vector<Value> resources) {
            if (!sids.insert(sid).second)
                return;
            statements.push_back(obj({{u"Sid"_s, S(sid)}, {u"Effect"_s, S(u"Allow"_s)}, {u"Action"_s, Value::strings(actions)},
                                      {u"Resource"_s, list(std::move(resources))}}));
        };
        auto sidOf = [](const QString &ident) { return QString(ident).replace(u'_', QString()).left(40); };
        std::set<QString> keyArns; // KMS keys of what it uses
        for (const Connection *c : ctx.outgoing(u.component->id)) {
            const Unit *t = ctx.unit(c->to);
            if (!t)
                continue;
            const QString sid = sidOf(t->ident);
            const QString engine = props.stringValue(*t->component, keys::engine);
            if (isKind(*t, {kinds::objectStorage})) {
                allow(u"Objects"_s + sid, {u"s3:GetObject"_s, u"s3:PutObject"_s, u"s3:ListBucket"_s},
                      {R(u"aws_s3_bucket.%1.arn"_s.arg(t->ident)), R(tmpl(u"${aws_s3_bucket.%1.arn}/*"_s.arg(t->ident)))});
                keyArns.insert(region(*t).kms);
            } else if (isKind(*t, {kinds::messageQueue}) && engine == QLatin1String("managed")) {
                allow(u"Send"_s + sid, {u"sqs:SendMessage"_s, u"sqs:GetQueueAttributes"_s}, {R(u"aws_sqs_queue.%1.arn"_s.arg(t->ident))});
                keyArns.insert(region(*t).kms);
            } else if (isKind(*t, {kinds::eventStream}) && engine == QLatin1String("managed")) {
                allow(u"Put"_s + sid, {u"kinesis:PutRecord"_s, u"kinesis:PutRecords"_s}, {R(u"aws_kinesis_stream.%1.arn"_s.arg(t->ident))});
                keyArns.insert(region(*t).kms);
            } else if (isKind(*t, {kinds::eventStream}) && engine == QLatin1String("kafka")) {
                allow(u"Connect"_s + sid, {u"kafka-cluster:Connect"_s, u"kafka-cluster:DescribeCluster"_s}, {R(u"aws_msk_cluster.%1.arn"_s.arg(t->ident))});
                allow(u"Produce"_s + sid, {u"kafka-cluster:DescribeTopic"_s, u"kafka-cluster:WriteData"_s},
                      {R(tmpl(u"${replace(aws_msk_cluster.%1.arn, \":cluster/\", \":topic/\")}/*"_s.arg(t->ident)))});
            } else if (isKind(*t, {kinds::secretsManager})) {
                allow(u"Read"_s + sid, {u"secretsmanager:GetSecretValue"_s, u"secretsmanager:DescribeSecret"_s},
                      {R(u"aws_secretsmanager_secret.%1.arn"_s.arg(t->ident))});
                keyArns.insert(region(*t).kms);
            } else if (isKind(*t, {kinds::logging})) {
                allow(u"Logs"_s + sid, {u"logs:CreateLogStream"_s, u"logs:PutLogEvents"_s, u"logs:DescribeLogStreams"_s},
                      {R(tmpl(u"${aws_cloudwatch_log_group.%1.arn}:*"_s.arg(t->ident)))});
            } else if (isKind(*t, {kinds::metrics})) {
                allow(u"Metrics"_s + sid, {u"aps:RemoteWrite"_s}, {R(u"aws_prometheus_workspace.%1.arn"_s.arg(t->ident))});
            } else if (isKind(*t, {kinds::relationalDatabase}) && t->runtime == Runtime::Managed) {
                // The instances take IAM database authentication: the workload logs in as its own database
                // user with a token of its role, never with the master password RDS keeps.
                const QString user = databaseUserOf(u);
                allow(u"Connect"_s + sid, {u"rds-db:connect"_s},
                      {R(tmpl(u"arn:${data.aws_partition.current.partition}:rds-db:%1:${data.aws_caller_identity.current.account_id}:dbuser:${aws_db_instance.%2.resource_id}/%3"_s
                                  .arg(regionText(ctx.regionOf(*t)), t->ident, user)))});
                const bool mysql = props.stringValue(*t->component, keys::engine) == QLatin1String("mysql");
                m.todo(fileText("%1: create the database user %2 for %3 (%4); it signs in with an IAM token of its role, which may connect as that user only.")
                           .arg(label(*t), user, label(u),
                                mysql ? u"CREATE USER %1 IDENTIFIED WITH AWSAuthenticationPlugin AS 'RDS'"_s.arg(user)
                                      : u"CREATE USER %1; GRANT rds_iam TO %1"_s.arg(user)));
            }
        }
        for (const Connection *c : ctx.outgoing(u.component->id))
            if (auto it = secretOf.find(c->to); it != secretOf.end()) {
                allow(u"Read"_s + sidOf(it->second), {u"secretsmanager:GetSecretValue"_s},
                      {R(u"aws_secretsmanager_secret.%1.arn"_s.arg(it->second))});
                keyArns.insert(region(u).kms);
            }
        for (const Connection *c : ctx.incoming(u.component->id)) {
            const Unit *q = ctx.unit(c->from);
            if (!q)
                continue;
            const QString engine = props.stringValue(*q->component, keys::engine);
            const QString sid = sidOf(q->ident);
            if (isKind(*q, {kinds::messageQueue}) && engine == QLatin1String("managed")) {
                allow(u"Receive"_s + sid, {u"sqs:ReceiveMessage"_s, u"sqs:DeleteMessage"_s, u"sqs:ChangeMessageVisibility"_s, u"sqs:GetQueueAttributes"_s},
                      {R(u"aws_sqs_queue.%1.arn"_s.arg(q->ident))});
                keyArns.insert(region(*q).kms);
            } else if (isKind(*q, {kinds::eventStream}) && engine == QLatin1String("kafka")) {
                allow(u"Connect"_s + sid, {u"kafka-cluster:Connect"_s, u"kafka-cluster:DescribeCluster"_s}, {R(u"aws_msk_cluster.%1.arn"_s.arg(q->ident))});
                allow(u"Consume"_s + sid, {u"kafka-cluster:DescribeTopic"_s, u"kafka-cluster:ReadData"_s},
                      {R(tmpl(u"${replace(aws_msk_cluster.%1.arn, \":cluster/\", \":topic/\")}/*"_s.arg(q->ident)))});
                allow(u"Group"_s + sid, {u"kafka-cluster:DescribeGroup"_s, u"kafka-cluster:AlterGroup"_s},
                      {R(tmpl(u"${replace(aws_msk_cluster.%1.arn, \":cluster/\", \":group/\")}/*"_s.arg(q->ident)))});
            }
        }
        if (statements.empty())
            continue;
        if (!keyArns.empty()) {
            std::vector<Value> keyRefs;
            for (const QString &k : keyArns)
                keyRefs.push_back(R(k));
            allow(u"UseTheDataKey"_s, {u"kms:Decrypt"_s, u"kms:GenerateDataKey"_s}, std::move(keyRefs));
        }
        Block &p = res(u"security.tf"_s, u"aws_iam_role_policy"_s, role + u"_access"_s, ctx.regions.first());
        p.comment(fileText("What %1 may use, derived from its connections in the design.").arg(label(u)));
        p.set(u"role"_s, u"aws_iam_role.%1.id"_s.arg(role));
        p.set(u"policy"_s, json(obj({{u"Version"_s, S(u"2012-10-17"_s)}, {u"Statement"_s, list(std::move(statements))}})));
    }
}

} // namespace sd::tf
