resource "aws_db_subnet_group" "db" {
  name       = "${var.project}-db"
  subnet_ids = module.network.private_subnet_ids
}

resource "aws_db_instance" "db" {
  identifier              = "${var.project}-db"
  engine                  = "mysql"
  engine_version          = "8.0"
  instance_class          = "db.t4g.medium"
  allocated_storage       = 20
  multi_az                = true
  backup_retention_period = 7
  username                = "admin"
  password                = var.db_password
  db_subnet_group_name    = aws_db_subnet_group.db.name
  vpc_security_group_ids  = [aws_security_group.tier["db"].id]
  skip_final_snapshot     = true
}
