data "telecom_ipex_voip_profiles" "all" {}

output "profiles" {
  value = { for p in data.telecom_ipex_voip_profiles.all.profiles : p.name => p.id }
}
