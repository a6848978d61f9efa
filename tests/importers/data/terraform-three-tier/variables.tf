variable "region" {
  type    = string
  default = "eu-west-1" # terraform.tfvars sets the region actually used
}

variable "project" {
  type    = string
  default = "three-tier"
}

variable "azs" {
  description = "Availability zones the tiers spread over"
  type        = list(string)
  default     = ["eu-west-3a", "eu-west-3b", "eu-west-3c"]
}

variable "db_password" {
  type      = string
  sensitive = true
}
