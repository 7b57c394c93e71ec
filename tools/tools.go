//go:build generate

// Package tools pins the documentation generator in its own module, so its
// dependencies stay out of the provider's go.mod.
package tools

import (
	_ "github.com/hashicorp/terraform-plugin-docs/cmd/tfplugindocs"
)

// Generate the docs/ pages from the provider schema, examples/ and templates/.
// The terraform on PATH is used; nothing is downloaded.
//go:generate go run github.com/hashicorp/terraform-plugin-docs/cmd/tfplugindocs generate --provider-dir .. --provider-name telecom
