region  = "eu-west-3"
project = "three-tier"
