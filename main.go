// Command terraform-provider-telecom is the Terraform provider for Odorik.cz,
// IPEX, Telphin cloud PBX, SerwerSMS.pl and VoIP Mundo.
package main

import (
	"context"
	"flag"
	"log"

	"github.com/hashicorp/terraform-plugin-framework/providerserver"

	"github.com/telecom-tf/terraform-provider-telecom/internal/provider"
)

// version is set by the release build (goreleaser ldflags).
var version = "dev"

func main() {
	var debug bool
	flag.BoolVar(&debug, "debug", false, "run the provider with support for debuggers like delve")
	flag.Parse()

	err := providerserver.Serve(context.Background(), provider.New(version), providerserver.ServeOpts{
		Address: "registry.terraform.io/telecom-tf/telecom",
		Debug:   debug,
	})
	if err != nil {
		log.Fatal(err.Error())
	}
}
