// SPDX-License-Identifier: MIT
// AWS: KMS keys, IAM roles and least-privilege policies, Secrets Manager and Cognito.
#include "awsmapper.h"

namespace sd::tf {

void AwsMapper::regionKey(const Region &r, const Unit *keyUnit)
{
    const QString &name = r.name;
    Block &key = res(u"security.tf"_s, u"aws_kms_key"_s, r.kmsIdent, name);
    key.setStr(u"description"_s, keyUnit ? label(*keyUnit) : fileText("Encrypts this export's data at rest in %1").arg(name.isEmpty() ? u"the region"_s : name));
    key.setBool(u"enable_key_rotation"_s, keyUnit ? props.boolValue(*keyUnit->component, keys::rotation) : true);
    key.setNum(u"deletion_window_in_days"_s, 30);
    if (keyUnit && props.boolValue(*keyUnit->component, keys::multiRegion))
        key.setBool(u"multi_region"_s, true);
    const QString account = u"arn:${data.aws_partition.current.partition}:iam::${data.aws_caller_identity.current.account_id}:root"_s;
    key.set(u"policy"_s,
            json(obj({{u"Version"_s, S(u"2012-10-17"_s)},
                      {u"Statement"_s,
                       list({obj({{u"Sid"_s, S(u"AccountAdministers"_s)},
                                  {u"Effect"_s, S(u"Allow"_s)},
                                  {u"Principal"_s, obj({{u"AWS"_s, R(tmpl(account))}})},
                                  {u"Action"_s, S(u"kms:*"_s)},
                                  {u"Resource"_s, S(u"*"_s)}}),
                             obj({{u"Sid"_s, S(u"ServicesEncrypt"_s)},
                                  {u"Effect"_s, S(u"Allow"_s)},
                                  {u"Principal"_s, obj({{u"Service"_s, list({R(tmpl(u"logs.%1.amazonaws.com"_s.arg(regionText(name)))),
                                                                             S(u"cloudwatch.amazonaws.com"_s),
                                                                             S(u"delivery.logs.amazonaws.com"_s)})}})},
                                  {u"Action"_s, Value::strings({u"kms:Encrypt*"_s, u"kms:Decrypt*"_s, u"kms:ReEncrypt*"_s,
                                                                u"kms:GenerateDataKey*"_s, u"kms:Describe*"_s})},
                                  {u"Resource"_s, S(u"*"_s)}})})}})));
    Block &alias = res(u"security.tf"_s, u"aws_kms_alias"_s, r.kmsIdent, name);
    alias.set(u"name"_s, R(tmpl(u"alias/${local.name}-"_s + (keyUnit ? keyUnit->slug : hyphens(r.key)))));
    alias.set(u"target_key_id"_s, u"aws_kms_key.%1.key_id"_s.arg(r.kmsIdent));
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

void AwsMapper::accessPolicies()
{
    // Least privilege from the connections: a workload may use exactly the buckets and queues it is connected to.
    for (const Unit &u : ctx.units) {
        QString role;
        if (u.runtime == Runtime::ContainerService)
            role = u.ident + u"_task"_s;
        else if (isKind(u, {kinds::serverlessFunction}))
            role = u.ident + u"_function"_s;
        if (role.isEmpty())
            continue;
        std::vector<Value> statements;
        auto allow = [&](const QString &sid, const QStringList &actions, std::vector<Value> resources) {
            statements.push_back(obj({{u"Sid"_s, S(sid)}, {u"Effect"_s, S(u"Allow"_s)}, {u"Action"_s, Value::strings(actions)},
                                      {u"Resource"_s, list(std::move(resources))}}));
        };
        for (const Connection *c : ctx.outgoing(u.component->id)) {
            const Unit *t = ctx.unit(c->to);
            if (!t)
                continue;
            const QString sid = QString(t->ident).replace(u'_', QString()).left(40);
            if (isKind(*t, {kinds::objectStorage}))
                allow(u"Objects"_s + sid, {u"s3:GetObject"_s, u"s3:PutObject"_s, u"s3:ListBucket"_s},
                      {R(u"aws_s3_bucket.%1.arn"_s.arg(t->ident)), R(tmpl(u"${aws_s3_bucket.%1.arn}/*"_s.arg(t->ident)))});
            else if (isKind(*t, {kinds::messageQueue}) && props.stringValue(*t->component, keys::engine) == QLatin1String("managed"))
                allow(u"Send"_s + sid, {u"sqs:SendMessage"_s, u"sqs:GetQueueAttributes"_s}, {R(u"aws_sqs_queue.%1.arn"_s.arg(t->ident))});
            else if (isKind(*t, {kinds::eventStream}) && props.stringValue(*t->component, keys::engine) == QLatin1String("managed"))
                allow(u"Put"_s + sid, {u"kinesis:PutRecord"_s, u"kinesis:PutRecords"_s}, {R(u"aws_kinesis_stream.%1.arn"_s.arg(t->ident))});
        }
        for (const Connection *c : ctx.outgoing(u.component->id))
            if (auto it = secretOf.find(c->to); it != secretOf.end())
                allow(u"Read"_s + QString(it->second).replace(u'_', QString()).left(40), {u"secretsmanager:GetSecretValue"_s},
                      {R(u"aws_secretsmanager_secret.%1.arn"_s.arg(it->second))});
        for (const Connection *c : ctx.incoming(u.component->id)) {
            const Unit *q = ctx.unit(c->from);
            if (q && isKind(*q, {kinds::messageQueue}) && props.stringValue(*q->component, keys::engine) == QLatin1String("managed"))
                allow(u"Receive"_s + QString(q->ident).replace(u'_', QString()).left(40),
                      {u"sqs:ReceiveMessage"_s, u"sqs:DeleteMessage"_s, u"sqs:ChangeMessageVisibility"_s, u"sqs:GetQueueAttributes"_s},
                      {R(u"aws_sqs_queue.%1.arn"_s.arg(q->ident))});
        }
        if (statements.empty())
            continue;
        allow(u"UseTheDataKey"_s, {u"kms:Decrypt"_s, u"kms:GenerateDataKey"_s}, {R(region(u).kms)});
        Block &p = res(u"security.tf"_s, u"aws_iam_role_policy"_s, role + u"_access"_s, ctx.regions.first());
        p.comment(fileText("What %1 may use, derived from its connections in the design.").arg(label(u)));
        p.set(u"role"_s, u"aws_iam_role.%1.id"_s.arg(role));
        p.set(u"policy"_s, json(obj({{u"Version"_s, S(u"2012-10-17"_s)}, {u"Statement"_s, list(std::move(statements))}})));
    }
}

} // namespace sd::tf
