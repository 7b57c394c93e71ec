//go:build generate

// Package tools pins the documentation generator in its own module, so its
// dependencies stay out of the provider's go.mod.
package tools

import (
	_ "github.com/hashicorp/terraform-plugin-docs/cmd/tfplugindocs"
)

// Generate the docs/ pages from the provider schema, examples/ and templates/.
//
// The schema is exported first, in the format of terraform providers schema
// -json, by serving the provider in-process (internal/docsschema), and
// tfplugindocs reads it from that file instead of asking the terraform on
// PATH: the docs then show what that terraform may not know (resource
// identities need 1.12, list resources 1.14) and are the same whatever
// terraform is installed. Nothing is downloaded; no terraform is run.
// ../.providers-schema.json is ignored by git; make generate removes it.
//go:generate go run -C .. ./internal/docsschema/cmd -o .providers-schema.json
//go:generate go run github.com/hashicorp/terraform-plugin-docs/cmd/tfplugindocs generate --provider-dir .. --provider-name telecom --providers-schema ../.providers-schema.json
