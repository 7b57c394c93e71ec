package providerdata

import "github.com/hashicorp/terraform-plugin-framework/provider/schema"

// Setting is an optional string attribute of a vendor block; the description
// ends with the environment variable that can set it instead.
func Setting(description, env string) schema.StringAttribute {
	return schema.StringAttribute{
		Optional:            true,
		MarkdownDescription: description + " Environment variable `" + env + "`.",
	}
}

// SecretSetting is a Setting whose value is a credential: Sensitive, so it
// never shows in plan output.
func SecretSetting(description, env string) schema.StringAttribute {
	a := Setting(description, env)
	a.Sensitive = true
	return a
}

// BaseURLSetting is the base_url attribute every vendor block has.
func BaseURLSetting(def, env string) schema.StringAttribute {
	return Setting("API base URL, for a sandbox, a test host or a proxy. Must be HTTPS unless the host is loopback (127.0.0.1, ::1, localhost). Default `"+def+"`.", env)
}
