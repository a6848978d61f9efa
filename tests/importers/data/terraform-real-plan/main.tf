terraform {
  required_providers {
    aws = { source = "hashicorp/aws" }
  }
}
provider "aws" {
  region                      = "eu-west-1"
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}
locals { azs = ["eu-west-1a", "eu-west-1b"] }
resource "aws_vpc" "main" { cidr_block = "10.0.0.0/16" }
resource "aws_subnet" "private" {
  count             = 2
  vpc_id            = aws_vpc.main.id
  availability_zone = local.azs[count.index]
  cidr_block        = cidrsubnet(aws_vpc.main.cidr_block, 4, count.index)
}
resource "aws_security_group" "web" { vpc_id = aws_vpc.main.id }
resource "aws_security_group" "db" { vpc_id = aws_vpc.main.id }
resource "aws_vpc_security_group_ingress_rule" "db_from_web" {
  security_group_id            = aws_security_group.db.id
  referenced_security_group_id = aws_security_group.web.id
  ip_protocol                  = "tcp"
  from_port                    = 5432
  to_port                      = 5432
}
resource "aws_instance" "web" {
  count                  = 2
  ami                    = "ami-0abcdef1234567890"
  instance_type          = "m7i.xlarge"
  subnet_id              = aws_subnet.private[count.index].id
  vpc_security_group_ids = [aws_security_group.web.id]
}
resource "aws_db_subnet_group" "db" { subnet_ids = aws_subnet.private[*].id }
resource "aws_db_instance" "db" {
  engine                 = "postgres"
  instance_class         = "db.m7g.large"
  allocated_storage      = 100
  multi_az               = true
  username               = "app"
  password               = "not-a-real-password"
  db_subnet_group_name   = aws_db_subnet_group.db.name
  vpc_security_group_ids = [aws_security_group.db.id]
  skip_final_snapshot    = true
}
resource "aws_sqs_queue" "jobs" { name = "jobs" }
