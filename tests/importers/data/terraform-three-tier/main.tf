/* Three tiers: a public ALB, web servers in an Auto Scaling group, and MySQL on RDS. */

module "network" {
  source   = "./modules/network"
  name     = var.project
  cidr     = "10.20.0.0/16"
  azs      = var.azs
}

module "alarms" {
  source  = "terraform-aws-modules/cloudwatch/aws//modules/metric-alarm"
  version = "~> 5.0"
}

locals {
  tiers = {
    alb = { port = 443, description = "Public load balancer" }
    web = { port = 80, description = "Web servers" }
    db  = { port = 3306, description = "MySQL" }
  }
}

resource "aws_security_group" "tier" {
  for_each    = local.tiers
  name        = "${var.project}-${each.key}"
  description = each.value.description
  vpc_id      = module.network.vpc_id
}

resource "aws_vpc_security_group_ingress_rule" "alb_https" {
  security_group_id = aws_security_group.tier["alb"].id
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
}

resource "aws_vpc_security_group_ingress_rule" "web_from_alb" {
  security_group_id            = aws_security_group.tier["web"].id
  referenced_security_group_id = aws_security_group.tier["alb"].id
  ip_protocol                  = "tcp"
  from_port                    = local.tiers.web.port
  to_port                      = local.tiers.web.port
}

resource "aws_vpc_security_group_ingress_rule" "db_from_web" {
  security_group_id            = aws_security_group.tier["db"].id
  referenced_security_group_id = aws_security_group.tier["web"].id
  ip_protocol                  = "tcp"
  from_port                    = 3306
  to_port                      = 3306
}
