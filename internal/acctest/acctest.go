// Package acctest is the harness of the acceptance tests: provider factories
// for the real terraform binary, and one vendor environment per test, either
// an in-process sandbox emulator (the default) or the real API when that
// vendor's credentials are in the environment.
package acctest

import (
	"github.com/hashicorp/terraform-plugin-framework/providerserver"
	"github.com/hashicorp/terraform-plugin-go/tfprotov6"

	"github.com/telecom-tf/terraform-provider-telecom/internal/provider"
)

// ProviderFactories serves the provider in-process to the terraform that
// terraform-plugin-testing runs (TF_ACC_TERRAFORM_PATH, set by make test).
var ProviderFactories = map[string]func() (tfprotov6.ProviderServer, error){
	"telecom": providerserver.NewProtocol6WithError(provider.New("acctest")()),
}
