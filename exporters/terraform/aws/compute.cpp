// SPDX-License-Identifier: MIT
// AWS: EKS clusters, ECS on Fargate, EC2 Auto Scaling groups and Lambda functions.
#include "awsmapper.h"

namespace sd::tf {

bool AwsMapper::needsAddedCluster(const Unit &u) const
{
    return isWorkloadInCluster(u); // not data stores with hosting: kubernetes (issue 12)
}

QString AwsMapper::regionInNote(const QString &region) const
{
    return region.isEmpty() ? u"the region"_s : region;
}

void AwsMapper::inCluster(const Unit &u)
{
    if (isContainerWorkload(u)) {
        ProviderMapper::inCluster(u);
        // Its own cloud identity, for exactly what its connections reach (accessPolicies).
        if (const k8s::Workload *w = kubeWorkload(u); w && w->cloudIdentity)
            podRole(u.ident + u"_pod"_s, label(u), clusterName(u), kube().ns, w->name, {}, {}, false);
    } else
        m.note(fileText("%1 runs in the Kubernetes cluster (hosting: kubernetes): deploy it with the Kubernetes export.").arg(label(u)));
}

void AwsMapper::cluster(const ClusterSpec &spec)
{
    const QString &ident = spec.ident, &slug = spec.slug, &title = spec.title, &regionName = spec.region;
    const qint64 minNodes = spec.minNodes, maxNodes = spec.maxNodes;
    const Region &r = regions[regionName];
    // The version: the design's when EKS still gives it standard support on the release day, else the
    // newest (resources/catalog/exports/aws.yaml says which and why).
    QString version = spec.version;
    const QStringList supported = data({u"kubernetes"_s, u"standardSupport"_s}).toStringList();
    if (!supported.contains(version)) {
        const QString newest = dataText({u"kubernetes"_s, u"default"_s});
        m.warn(fileText("%1: Kubernetes %2 (property version) is outside EKS standard support; the export uses %3.").arg(title, version, newest));
        version = newest;
    }
    // AmazonEKSVPCResourceController: security groups for pods (branch network interfaces).
    iamRole(u"compute.tf"_s, ident + u"_cluster"_s, u"eks.amazonaws.com"_s, {u"AmazonEKSClusterPolicy"_s, u"AmazonEKSVPCResourceController"_s});
    iamRole(u"compute.tf"_s, ident + u"_nodes"_s, u"ec2.amazonaws.com"_s,
            {u"AmazonEKSWorkerNodePolicy"_s, u"AmazonEKS_CNI_Policy"_s, u"AmazonEC2ContainerRegistryReadOnly"_s});
    logGroup(ident + u"_cluster"_s, u"/aws/eks/${local.name}-%1/cluster"_s.arg(slug), r, regionName);
    Block &c = res(u"compute.tf"_s, u"aws_eks_cluster"_s, ident, regionName);
    c.comment(title);
    c.set(u"name"_s, name(slug));
    c.setStr(u"version"_s, version);
    c.set(u"role_arn"_s, u"aws_iam_role.%1_cluster.arn"_s.arg(ident));
    c.set(u"enabled_cluster_log_types"_s, Value::strings({u"api"_s, u"audit"_s, u"authenticator"_s, u"controllerManager"_s, u"scheduler"_s}));
    Block &vpcCfg = c.add(u"vpc_config"_s);
    vpcCfg.set(u"subnet_ids"_s, r.privateSubnets);
    vpcCfg.setBool(u"endpoint_private_access"_s, true);
    vpcCfg.comment(fileText("The public endpoint is on only for the ranges in cluster_public_access_cidrs; with none, the API\n"
                            "is reached from inside the VPC only (a VPN, Direct Connect or an SSM session on a host in it)."));
    vpcCfg.set(u"endpoint_public_access"_s, u"length(var.cluster_public_access_cidrs) > 0"_s);
    vpcCfg.set(u"public_access_cidrs"_s, u"length(var.cluster_public_access_cidrs) > 0 ? var.cluster_public_access_cidrs : null"_s);
    m.variable({u"cluster_public_access_cidrs"_s, u"list(string)"_s,
                fileText("Address ranges (your office or VPN) allowed to reach the public Kubernetes API endpoint; empty keeps the endpoint private"),
                Value::list({}), false,
                u"!contains(var.cluster_public_access_cidrs, \"0.0.0.0/0\") && !contains(var.cluster_public_access_cidrs, \"::/0\")"_s,
                fileText("Do not open the Kubernetes API to the whole internet.")});
    m.variable({u"cluster_admin_role_arn"_s, u"string"_s,
                fileText("ARN of the IAM role your operators assume to administer the EKS clusters (access entry with AmazonEKSClusterAdminPolicy)"),
                std::nullopt, false, u"can(regex(\"^arn:aws[a-z-]*:iam::[0-9]{12}:role/\", var.cluster_admin_role_arn))"_s,
                fileText("Give the ARN of an IAM role.")});
    Block &enc = c.add(u"encryption_config"_s);
    enc.set(u"resources"_s, Value::strings({u"secrets"_s}));
    enc.add(u"provider"_s).set(u"key_arn"_s, r.kms);
    Block &access = c.add(u"access_config"_s);
    access.setStr(u"authentication_mode"_s, u"API"_s);
    access.comment(fileText("Who applies Terraform gets no hidden admin right; operators get the access entry below.\n"
                            "Changing this later replaces the cluster, so it is set explicitly."));
    access.setBool(u"bootstrap_cluster_creator_admin_permissions"_s, false);
    c.set(u"depends_on"_s, list({R(u"aws_iam_role_policy_attachment.%1_cluster_1"_s.arg(ident)),
                                 R(u"aws_iam_role_policy_attachment.%1_cluster_2"_s.arg(ident)),
                                 R(u"aws_cloudwatch_log_group.%1_cluster"_s.arg(ident))}));

    Block &entry = res(u"compute.tf"_s, u"aws_eks_access_entry"_s, ident + u"_admin"_s, regionName);
    entry.comment(fileText("Operators reach the cluster with this role (kubectl, the Kubernetes export's apply -k)."));
    entry.set(u"cluster_name"_s, u"aws_eks_cluster.%1.name"_s.arg(ident));
    entry.set(u"principal_arn"_s, u"var.cluster_admin_role_arn"_s);
    entry.setStr(u"type"_s, u"STANDARD"_s);
    Block &assoc = res(u"compute.tf"_s, u"aws_eks_access_policy_association"_s, ident + u"_admin"_s, regionName);
    assoc.set(u"cluster_name"_s, u"aws_eks_cluster.%1.name"_s.arg(ident));
    assoc.set(u"principal_arn"_s, u"aws_eks_access_entry.%1_admin.principal_arn"_s.arg(ident));
    assoc.set(u"policy_arn"_s, R(tmpl(u"arn:${data.aws_partition.current.partition}:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy"_s)));
    assoc.add(u"access_scope"_s).setStr(u"type"_s, u"cluster"_s);

    Block &lt = res(u"compute.tf"_s, u"aws_launch_template"_s, ident + u"_nodes"_s, regionName);
    lt.set(u"name_prefix"_s, R(tmpl(u"${local.name}-%1-nodes-"_s.arg(slug))));
    Block &md = lt.add(u"metadata_options"_s);
    md.comment(fileText("Hop limit 1: pods cannot read the node role's credentials from IMDS. They need not: EKS Pod\n"
                        "Identity hands each workload its own role through the agent at 169.254.170.23."));
    md.setStr(u"http_endpoint"_s, u"enabled"_s);
    md.setStr(u"http_tokens"_s, u"required"_s);
    md.setNum(u"http_put_response_hop_limit"_s, 1);
    Block &bdm = lt.add(u"block_device_mappings"_s);
    bdm.setStr(u"device_name"_s, u"/dev/xvda"_s);
    Block &ebs = bdm.add(u"ebs"_s);
    ebs.setNum(u"volume_size"_s, 50);
    ebs.setStr(u"volume_type"_s, u"gp3"_s);
    ebs.setBool(u"encrypted"_s, true);
    ebs.set(u"kms_key_id"_s, r.kms);

    // Add-ons. The VPC CNI comes before the nodes: it enforces the NetworkPolicies (enableNetworkPolicy)
    // and gives pods their own security groups (ENABLE_POD_ENI, SecurityGroupPolicy of the Kubernetes export).
    auto addon = [&](const QString &name, const QString &suffix) -> Block & {
        Block &a = res(u"compute.tf"_s, u"aws_eks_addon"_s, ident + u"_"_s + suffix, regionName);
        a.set(u"cluster_name"_s, u"aws_eks_cluster.%1.name"_s.arg(ident));
        a.setStr(u"addon_name"_s, name);
        a.setStr(u"resolve_conflicts_on_create"_s, u"OVERWRITE"_s);
        a.setStr(u"resolve_conflicts_on_update"_s, u"PRESERVE"_s);
        return a;
    };
    Block &cni = addon(u"vpc-cni"_s, u"vpc_cni"_s);
    cni.set(u"configuration_values"_s, json(obj({{u"enableNetworkPolicy"_s, S(u"true"_s)},
                                                 {u"env"_s, obj({{u"ENABLE_POD_ENI"_s, S(u"true"_s)},
                                                                 {u"POD_SECURITY_GROUP_ENFORCING_MODE"_s, S(u"standard"_s)}})}})));
    addon(u"kube-proxy"_s, u"kube_proxy"_s);
    addon(u"eks-pod-identity-agent"_s, u"pod_identity_agent"_s);
    const QString afterNodes = u"aws_eks_node_group.%1"_s.arg(ident);
    addon(u"coredns"_s, u"coredns"_s).set(u"depends_on"_s, list({R(afterNodes)}));
    // The storage class stackdraft-ssd of the Kubernetes export (ebs.csi.aws.com, gp3, encrypted).
    podRole(ident + u"_ebs_csi"_s, fileText("the EBS CSI driver of %1").arg(title), ident, u"kube-system"_s, u"ebs-csi-controller-sa"_s,
            {u"service-role/AmazonEBSCSIDriverPolicy"_s}, {}, false);
    Block &ebsCsi = addon(u"aws-ebs-csi-driver"_s, u"ebs_csi"_s);
    Block &pia = ebsCsi.add(u"pod_identity_association"_s);
    pia.set(u"role_arn"_s, u"aws_iam_role.%1_ebs_csi.arn"_s.arg(ident));
    pia.setStr(u"service_account"_s, u"ebs-csi-controller-sa"_s);
    ebsCsi.set(u"depends_on"_s, list({R(afterNodes), R(u"aws_eks_addon.%1_pod_identity_agent"_s.arg(ident))}));

    Block &ng = res(u"compute.tf"_s, u"aws_eks_node_group"_s, ident, regionName);
    ng.set(u"cluster_name"_s, u"aws_eks_cluster.%1.name"_s.arg(ident));
    ng.setStr(u"node_group_name_prefix"_s, slug.left(20) + u"-"_s);
    ng.set(u"node_role_arn"_s, u"aws_iam_role.%1_nodes.arn"_s.arg(ident));
    ng.set(u"subnet_ids"_s, r.privateSubnets);
    ng.set(u"instance_types"_s, Value::strings({sized(u"instance"_s, spec.instanceSize)}));
    Block &sc = ng.add(u"scaling_config"_s);
    sc.setNum(u"desired_size"_s, minNodes);
    sc.setNum(u"min_size"_s, minNodes);
    sc.setNum(u"max_size"_s, std::max(minNodes, maxNodes));
    ng.add(u"update_config"_s).setNum(u"max_unavailable"_s, 1);
    Block &ltRef = ng.add(u"launch_template"_s);
    ltRef.set(u"id"_s, u"aws_launch_template.%1_nodes.id"_s.arg(ident));
    ltRef.set(u"version"_s, u"aws_launch_template.%1_nodes.latest_version"_s.arg(ident));
    Block &life = ng.add(u"lifecycle"_s);
    life.comment(fileText("The cluster autoscaler changes the desired size."));
    life.set(u"ignore_changes"_s, list({R(u"scaling_config[0].desired_size"_s)}));
    ng.set(u"depends_on"_s, list({R(u"aws_iam_role_policy_attachment.%1_nodes_1"_s.arg(ident)),
                                  R(u"aws_iam_role_policy_attachment.%1_nodes_2"_s.arg(ident)),
                                  R(u"aws_iam_role_policy_attachment.%1_nodes_3"_s.arg(ident)),
                                  R(u"aws_eks_addon.%1_vpc_cni"_s.arg(ident))}));

    // Node autoscaling: the cluster autoscaler (it scales this managed node group between the design's
    // nodeCountMin and nodeCountMax; EKS tags the group's Auto Scaling group for its auto-discovery).
    podRole(ident + u"_cluster_autoscaler"_s, fileText("the cluster autoscaler of %1").arg(title), ident, u"kube-system"_s, u"cluster-autoscaler"_s, {},
            {obj({{u"Sid"_s, S(u"Discover"_s)}, {u"Effect"_s, S(u"Allow"_s)},
                  {u"Action"_s, Value::strings({u"autoscaling:DescribeAutoScalingGroups"_s, u"autoscaling:DescribeAutoScalingInstances"_s,
                                                 u"autoscaling:DescribeLaunchConfigurations"_s, u"autoscaling:DescribeScalingActivities"_s,
                                                 u"autoscaling:DescribeTags"_s, u"ec2:DescribeImages"_s, u"ec2:DescribeInstanceTypes"_s,
                                                 u"ec2:DescribeLaunchTemplateVersions"_s, u"ec2:GetInstanceTypesFromInstanceRequirements"_s,
                                                 u"eks:DescribeNodegroup"_s})},
                  {u"Resource"_s, S(u"*"_s)}}),
             obj({{u"Sid"_s, S(u"ScaleThisClustersGroups"_s)}, {u"Effect"_s, S(u"Allow"_s)},
                  {u"Action"_s, Value::strings({u"autoscaling:SetDesiredCapacity"_s, u"autoscaling:TerminateInstanceInAutoScalingGroup"_s})},
                  {u"Resource"_s, S(u"*"_s)},
                  {u"Condition"_s, obj({{u"StringEquals"_s, obj({{u"aws:ResourceTag/eks:cluster-name"_s, R(u"aws_eks_cluster.%1.name"_s.arg(ident))}})}})}})},
            true);
    m.todo(fileText("%1: install the cluster autoscaler (Helm chart cluster-autoscaler, service account kube-system/cluster-autoscaler, "
                    "autoDiscovery.clusterName = output %2_cluster_name); its role is associated already.").arg(title, ident));
    // The Gateway controller of the Kubernetes export (GatewayClass aws-alb).
    podRole(ident + u"_lb_controller"_s, fileText("the AWS Load Balancer Controller of %1").arg(title), ident, u"kube-system"_s,
            u"aws-load-balancer-controller"_s, {}, loadBalancerControllerStatements(), true);
    m.todo(fileText("%1: install the Gateway API CRDs and the AWS Load Balancer Controller (Helm chart aws-load-balancer-controller, "
                    "service account kube-system/aws-load-balancer-controller, Gateway API on); its role is associated already.").arg(title));
    m.output(ident + u"_cluster_name"_s, u"aws_eks_cluster.%1.name"_s.arg(ident), fileText("Name of the EKS cluster %1").arg(title));
}

void AwsMapper::containerService(const Unit &u)
{
    const QString regionName = ctx.regionOf(u);
    const Region &r = region(u);
    needEcsCluster.insert(regionName);
    needEcsRole = true;
    m.note(fileText("ECS containers run with a read-only root file system; give a service a volume if it must write to disk."));
    const ReplicaCount scale = replicaCountOf(props, *u.component);
    const qint64 port = props.intValue(*u.component, keys::port);
    // Fargate sizes: the smallest CPU step that covers the CPU limit, memory at least the limit.
    const qint64 cpuSteps[] = {256, 512, 1024, 2048, 4096};
    qint64 cpu = 4096;
    for (qint64 step : cpuSteps)
        if (step >= props.intValue(*u.component, keys::cpuLimit)) {
            cpu = step;
            break;
        }
    const qint64 memory = std::max<qint64>(cpu * 2, ((props.intValue(*u.component, keys::memoryLimit) + 1023) / 1024) * 1024);
    QString image = props.stringValue(*u.component, keys::image);
    Value imageValue = S(image);
    if (image.isEmpty()) {
        m.variable({u.ident + u"_image"_s, u"string"_s, fileText("Container image of %1, with a fixed tag").arg(label(u)),
                    std::nullopt, false, {}, {}});
        imageValue = R(u"var.%1_image"_s.arg(u.ident));
    }
    logGroup(u.ident, u"/${local.name}/"_s + u.slug, r, regionName);
    iamRole(u"compute.tf"_s, u.ident + u"_task"_s, u"ecs-tasks.amazonaws.com"_s, {});
    // Where its connections lead: <ID>_ADDRESS for every managed resource it calls (the names the
    // Kubernetes export uses), so the application finds its database, cache, queue or bucket, and
    // <ID>_CREDENTIALS_SECRET, the secret with the credentials of each third-party service it calls.
    std::vector<Value> environment;
    QStringList named;
    for (const Connection &c : ctx.design.connections()) {
        const auto [caller, callee] = wireEnds(c);
        if (const QString secret = caller == u.component->id ? credentialsIdent(callee) : QString(); !secret.isEmpty()) {
            // A third-party service: the task reads its credentials from Secrets Manager with its own role.
            const QString variable = k8s::envName(callee) + u"_CREDENTIALS_SECRET"_s;
            if (!named.contains(variable)) {
                named.append(variable);
                environment.push_back(obj({{u"name"_s, S(variable)}, {u"value"_s, R(u"aws_secretsmanager_secret.%1.arn"_s.arg(secret))}}));
            }
            continue;
        }
        const Unit *t = caller == u.component->id ? ctx.unit(callee) : nullptr;
        const QString variable = t ? k8s::envName(t->component->id) + u"_ADDRESS"_s : QString();
        if (!t || named.contains(variable))
            continue;
        Value address = addressOf(*t);
        if (address.render(0).isEmpty())
            continue;
        named.append(variable);
        environment.push_back(obj({{u"name"_s, S(variable)}, {u"value"_s, std::move(address)}}));
        if (isKind(*t, {kinds::relationalDatabase}) && t->runtime == Runtime::Managed) // IAM sign-in: which user
            environment.push_back(obj({{u"name"_s, S(k8s::envName(t->component->id) + u"_USER"_s)}, {u"value"_s, S(databaseUserOf(u))}}));
    }
    std::vector<std::pair<QString, Value>> container = {{u"name"_s, S(u.slug)},
                                                        {u"image"_s, imageValue},
                                                        {u"essential"_s, B(true)},
                                                        {u"readonlyRootFilesystem"_s, B(true)},
                                                        {u"portMappings"_s, list({obj({{u"containerPort"_s, N(port)}, {u"protocol"_s, S(u"tcp"_s)}})})}};
    if (!environment.empty())
        container.emplace_back(u"environment"_s, list(std::move(environment)));
    container.emplace_back(u"logConfiguration"_s,
                           obj({{u"logDriver"_s, S(u"awslogs"_s)},
                                {u"options"_s, obj({{u"awslogs-group"_s, R(u"aws_cloudwatch_log_group.%1.name"_s.arg(u.ident))},
                                                    {u"awslogs-region"_s, R(tmpl(regionText(regionName)))},
                                                    {u"awslogs-stream-prefix"_s, S(u.slug)}})}}));
    Block &td = res(u"compute.tf"_s, u"aws_ecs_task_definition"_s, u.ident, regionName);
    td.set(u"family"_s, name(u.slug));
    td.set(u"requires_compatibilities"_s, Value::strings({u"FARGATE"_s}));
    td.setStr(u"network_mode"_s, u"awsvpc"_s);
    td.setStr(u"cpu"_s, QString::number(cpu));
    td.setStr(u"memory"_s, QString::number(memory));
    td.set(u"execution_role_arn"_s, u"aws_iam_role.ecs_execution.arn"_s);
    td.set(u"task_role_arn"_s, u"aws_iam_role.%1_task.arn"_s.arg(u.ident));
    td.set(u"container_definitions"_s, json(list({obj(std::move(container))})));
    Block &rp = td.add(u"runtime_platform"_s);
    rp.setStr(u"operating_system_family"_s, u"LINUX"_s);
    rp.setStr(u"cpu_architecture"_s, u"X86_64"_s);

    Block &svc = res(u"compute.tf"_s, u"aws_ecs_service"_s, u.ident, regionName);
    svc.set(u"name"_s, name(u.slug));
    svc.set(u"cluster"_s, u"aws_ecs_cluster.%1.id"_s.arg(r.key));
    svc.set(u"task_definition"_s, u"aws_ecs_task_definition.%1.arn"_s.arg(u.ident));
    svc.setNum(u"desired_count"_s, scale.desired());
    svc.setStr(u"launch_type"_s, u"FARGATE"_s);
    svc.setStr(u"propagate_tags"_s, u"SERVICE"_s);
    Block &nc = svc.add(u"network_configuration"_s);
    nc.set(u"subnets"_s, r.privateSubnets);
    nc.set(u"security_groups"_s, list({R(securityGroupOf(u.component->id))}));
    nc.setBool(u"assign_public_ip"_s, false);
    Block &cb = svc.add(u"deployment_circuit_breaker"_s);
    cb.setBool(u"enable"_s, true);
    cb.setBool(u"rollback"_s, true);
    for (const Connection *c : ctx.incoming(u.component->id)) {
        const Unit *lb = ctx.unit(c->from);
        if (!lb || !isKind(*lb, {kinds::loadBalancer}))
            continue;
        Block &lbb = svc.add(u"load_balancer"_s);
        lbb.set(u"target_group_arn"_s, u"aws_lb_target_group.%1_%2.arn"_s.arg(lb->ident, u.ident));
        lbb.setStr(u"container_name"_s, u.slug);
        lbb.setNum(u"container_port"_s, port);
    }
    if (scale.autoscaling) {
        svc.add(u"lifecycle"_s).set(u"ignore_changes"_s, list({R(u"desired_count"_s)}));
        Block &t = res(u"compute.tf"_s, u"aws_appautoscaling_target"_s, u.ident, regionName);
        t.setStr(u"service_namespace"_s, u"ecs"_s);
        t.set(u"resource_id"_s, R(tmpl(u"service/${aws_ecs_cluster.%1.name}/${aws_ecs_service.%2.name}"_s.arg(r.key, u.ident))));
        t.setStr(u"scalable_dimension"_s, u"ecs:service:DesiredCount"_s);
        t.setNum(u"min_capacity"_s, scale.minReplicas);
        t.setNum(u"max_capacity"_s, scale.maxReplicas);
        Block &p = res(u"compute.tf"_s, u"aws_appautoscaling_policy"_s, u.ident, regionName);
        p.set(u"name"_s, name(u.slug + u"-cpu"_s));
        p.setStr(u"policy_type"_s, u"TargetTrackingScaling"_s);
        p.set(u"service_namespace"_s, u"aws_appautoscaling_target.%1.service_namespace"_s.arg(u.ident));
        p.set(u"resource_id"_s, u"aws_appautoscaling_target.%1.resource_id"_s.arg(u.ident));
        p.set(u"scalable_dimension"_s, u"aws_appautoscaling_target.%1.scalable_dimension"_s.arg(u.ident));
        Block &tt = p.add(u"target_tracking_scaling_policy_configuration"_s);
        tt.setNum(u"target_value"_s, props.intValue(*u.component, keys::cpuTarget));
        tt.add(u"predefined_metric_specification"_s).setStr(u"predefined_metric_type"_s, u"ECSServiceAverageCPUUtilization"_s);
    }
    const Value dims = obj({{u"ClusterName"_s, R(u"aws_ecs_cluster.%1.name"_s.arg(r.key))},
                            {u"ServiceName"_s, R(u"aws_ecs_service.%1.name"_s.arg(u.ident))}});
    alarm(u, u"cpu"_s, fileText("CPU above 80 % for 15 minutes"), u"AWS/ECS"_s, u"CPUUtilization"_s, dims, u"Average"_s, 80);
    alarm(u, u"memory"_s, fileText("memory above 80 % for 15 minutes"), u"AWS/ECS"_s, u"MemoryUtilization"_s, dims, u"Average"_s, 80);
}

void AwsMapper::virtualMachines(const Unit &u)
{
    const QString regionName = ctx.regionOf(u);
    const Region &r = region(u);
    const ReplicaCount scale = replicaCountOf(props, *u.component);
    const bool windows = props.stringValue(*u.component, keys::os) == QLatin1String("windows");
    const QString ami = windows ? u"windows_2022"_s : u"al2023"_s;
    {
        Block &probe = m.file(u"compute.tf"_s);
        bool exists = false;
        for (const auto &item : probe.items)
            if (item.block && item.block->type == QLatin1String("data") && item.block->labels.value(1) == ami + u"_"_s + r.key)
                exists = true;
        if (!exists) {
            Block &d = probe.add(u"data"_s, {u"aws_ami"_s, ami + u"_"_s + r.key});
            if (regionName != ctx.regions.first())
                d.set(u"provider"_s, u"aws."_s + r.key);
            d.setBool(u"most_recent"_s, true);
            d.set(u"owners"_s, Value::strings({u"amazon"_s}));
            Block &f = d.add(u"filter"_s);
            f.setStr(u"name"_s, u"name"_s);
            f.set(u"values"_s, Value::strings({dataText({u"images"_s, windows ? u"windows"_s : u"linux"_s})}));
        }
    }
    Block &lt = res(u"compute.tf"_s, u"aws_launch_template"_s, u.ident, regionName);
    lt.set(u"name_prefix"_s, R(tmpl(u"${local.name}-%1-"_s.arg(u.slug))));
    lt.set(u"image_id"_s, u"data.aws_ami.%1_%2.id"_s.arg(ami, r.key));
    lt.setStr(u"instance_type"_s, sized(u"instance"_s, props.stringValue(*u.component, keys::instanceSize)));
    lt.set(u"vpc_security_group_ids"_s, list({R(securityGroupOf(u.component->id))}));
    Block &md = lt.add(u"metadata_options"_s);
    md.setStr(u"http_endpoint"_s, u"enabled"_s);
    md.setStr(u"http_tokens"_s, u"required"_s);
    md.setNum(u"http_put_response_hop_limit"_s, 1);
    lt.add(u"monitoring"_s).setBool(u"enabled"_s, true);
    Block &bdm = lt.add(u"block_device_mappings"_s);
    bdm.setStr(u"device_name"_s, windows ? u"/dev/sda1"_s : u"/dev/xvda"_s);
    Block &ebs = bdm.add(u"ebs"_s);
    ebs.setNum(u"volume_size"_s, u.kind->property(keys::storageGb) ? props.intValue(*u.component, keys::storageGb) : 30);
    ebs.setStr(u"volume_type"_s, u"gp3"_s);
    ebs.setBool(u"encrypted"_s, true);
    ebs.set(u"kms_key_id"_s, r.kms);
    ebs.setBool(u"delete_on_termination"_s, true);

    Block &asg = res(u"compute.tf"_s, u"aws_autoscaling_group"_s, u.ident, regionName);
    asg.set(u"name_prefix"_s, R(tmpl(u"${local.name}-%1-"_s.arg(u.slug))));
    asg.setNum(u"min_size"_s, scale.minReplicas);
    asg.setNum(u"max_size"_s, scale.maxReplicas);
    asg.setNum(u"desired_capacity"_s, scale.desired());
    asg.set(u"vpc_zone_identifier"_s, r.privateSubnets);
    std::vector<Value> tgs;
    for (const Connection *c : ctx.incoming(u.component->id))
        if (const Unit *lb = ctx.unit(c->from); lb && isKind(*lb, {kinds::loadBalancer}))
            tgs.push_back(R(u"aws_lb_target_group.%1_%2.arn"_s.arg(lb->ident, u.ident)));
    asg.setStr(u"health_check_type"_s, tgs.empty() ? u"EC2"_s : u"ELB"_s);
    if (!tgs.empty())
        asg.set(u"target_group_arns"_s, list(std::move(tgs)));
    Block &ltRef = asg.add(u"launch_template"_s);
    ltRef.set(u"id"_s, u"aws_launch_template.%1.id"_s.arg(u.ident));
    ltRef.set(u"version"_s, u"aws_launch_template.%1.latest_version"_s.arg(u.ident));
    Block &tag = asg.add(u"tag"_s);
    tag.setStr(u"key"_s, u"Name"_s);
    tag.set(u"value"_s, name(u.slug));
    tag.setBool(u"propagate_at_launch"_s, true);
    if (scale.autoscaling) {
        Block &p = res(u"compute.tf"_s, u"aws_autoscaling_policy"_s, u.ident, regionName);
        p.set(u"name"_s, name(u.slug + u"-cpu"_s));
        p.set(u"autoscaling_group_name"_s, u"aws_autoscaling_group.%1.name"_s.arg(u.ident));
        p.setStr(u"policy_type"_s, u"TargetTrackingScaling"_s);
        Block &tt = p.add(u"target_tracking_configuration"_s);
        tt.setNum(u"target_value"_s, props.intValue(*u.component, keys::cpuTarget));
        tt.add(u"predefined_metric_specification"_s).setStr(u"predefined_metric_type"_s, u"ASGAverageCPUUtilization"_s);
    }
    alarm(u, u"cpu"_s, fileText("CPU above 80 % for 15 minutes"), u"AWS/EC2"_s, u"CPUUtilization"_s,
          obj({{u"AutoScalingGroupName"_s, R(u"aws_autoscaling_group.%1.name"_s.arg(u.ident))}}), u"Average"_s, 80);
    m.todo(fileText("%1 runs on virtual machines: add your user data (install and start the application) to aws_launch_template.%2; memory metrics need the CloudWatch agent.")
               .arg(label(u), u.ident));
}

void AwsMapper::serverlessFunction(const Unit &u)
{
    const QString regionName = ctx.regionOf(u);
    const Region &r = region(u);
    const QString runtime = props.stringValue(*u.component, keys::runtime);
    QStringList policies = {u"service-role/AWSLambdaVPCAccessExecutionRole"_s};
    std::vector<const Unit *> queues;
    for (const Connection *c : ctx.incoming(u.component->id))
        if (const Unit *q = ctx.unit(c->from); q && isKind(*q, {kinds::messageQueue}) && props.stringValue(*q->component, keys::engine) == QLatin1String("managed"))
            queues.push_back(q);
    if (!queues.empty())
        policies.append(u"service-role/AWSLambdaSQSQueueExecutionRole"_s);
    iamRole(u"compute.tf"_s, u.ident + u"_function"_s, u"lambda.amazonaws.com"_s, policies);
    logGroup(u.ident, u"/aws/lambda/${local.name}-"_s + u.slug, r, regionName);
    m.variable({u.ident + u"_package"_s, u"string"_s, fileText("Path of the deployment package (zip) of %1").arg(label(u)), std::nullopt, false, {}, {}});
    Block &f = res(u"compute.tf"_s, u"aws_lambda_function"_s, u.ident, regionName);
    f.set(u"function_name"_s, name(u.slug));
    f.set(u"role"_s, u"aws_iam_role.%1_function.arn"_s.arg(u.ident));
    const QString awsRuntime = runtime == QLatin1String("go") ? u"provided.al2023"_s : runtime;
    f.setStr(u"runtime"_s, awsRuntime);
    f.setStr(u"handler"_s, runtime == QLatin1String("go") ? u"bootstrap"_s
                           : runtime == QLatin1String("java21") ? u"example.Handler::handleRequest"_s
                           : runtime.startsWith(u"nodejs"_s) ? u"index.handler"_s : u"main.handler"_s);
    f.set(u"filename"_s, u"var.%1_package"_s.arg(u.ident));
    f.set(u"source_code_hash"_s, u"filebase64sha256(var.%1_package)"_s.arg(u.ident));
    f.setNum(u"memory_size"_s, props.intValue(*u.component, keys::memoryMb));
    f.setNum(u"timeout"_s, props.intValue(*u.component, keys::timeoutSeconds));
    f.set(u"kms_key_arn"_s, r.kms);
    f.add(u"tracing_config"_s).setStr(u"mode"_s, u"Active"_s);
    Block &vpc = f.add(u"vpc_config"_s);
    vpc.set(u"subnet_ids"_s, r.privateSubnets);
    vpc.set(u"security_group_ids"_s, list({R(securityGroupOf(u.component->id))}));
    Block &lc = f.add(u"logging_config"_s);
    lc.setStr(u"log_format"_s, u"JSON"_s);
    lc.set(u"log_group"_s, u"aws_cloudwatch_log_group.%1.name"_s.arg(u.ident));
    f.set(u"depends_on"_s, list({R(u"aws_cloudwatch_log_group.%1"_s.arg(u.ident)),
                                 R(u"aws_iam_role_policy_attachment.%1_function%2"_s.arg(u.ident, policies.size() > 1 ? u"_1"_s : QString()))}));
    for (const Unit *q : queues) {
        Block &esm = res(u"compute.tf"_s, u"aws_lambda_event_source_mapping"_s, m.reserveName(u"%1_from_%2"_s.arg(u.ident, q->ident)), regionName);
        esm.set(u"event_source_arn"_s, u"aws_sqs_queue.%1.arn"_s.arg(q->ident));
        esm.set(u"function_name"_s, u"aws_lambda_function.%1.arn"_s.arg(u.ident));
        esm.setNum(u"batch_size"_s, 10);
        esm.set(u"function_response_types"_s, Value::strings({u"ReportBatchItemFailures"_s}));
    }
    const Value dims = obj({{u"FunctionName"_s, R(u"aws_lambda_function.%1.function_name"_s.arg(u.ident))}});
    alarm(u, u"errors"_s, fileText("invocations failing"), u"AWS/Lambda"_s, u"Errors"_s, dims, u"Sum"_s, 0);
    alarm(u, u"duration"_s, fileText("p95 duration above 80 % of the timeout"), u"AWS/Lambda"_s, u"Duration"_s, dims, u"p95"_s,
          double(props.intValue(*u.component, keys::timeoutSeconds)) * 800);
    const QString trigger = props.stringValue(*u.component, keys::trigger);
    if (trigger == QLatin1String("schedule") || trigger == QLatin1String("event"))
        m.todo(fileText("%1 is triggered by a %2: add an EventBridge rule or schedule that invokes aws_lambda_function.%3.")
                   .arg(label(u), trigger, u.ident));
}

/// The ECS clusters and the task execution role the container services asked for.
void AwsMapper::ecsClusters()
{
    for (const QString &regionName : needEcsCluster) {
        Block &c = res(u"compute.tf"_s, u"aws_ecs_cluster"_s, regions[regionName].key, regionName);
        c.set(u"name"_s, name(hyphens(regions[regionName].key)));
        Block &s = c.add(u"setting"_s);
        s.setStr(u"name"_s, u"containerInsights"_s);
        s.setStr(u"value"_s, u"enabled"_s);
    }
    if (needEcsRole)
        iamRole(u"compute.tf"_s, u"ecs_execution"_s, u"ecs-tasks.amazonaws.com"_s, {u"service-role/AmazonECSTaskExecutionRolePolicy"_s});
}

} // namespace sd::tf
