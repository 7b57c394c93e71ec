// Command floorprovider is the plugin floor of the benchmark: the smallest
// terraform-plugin-framework provider, with one resource (floor_noop) that
// keeps what it is given and calls nothing. Whatever it costs, every
// framework provider costs; the bench compares the telecom provider with it.
package main

import (
	"context"
	"log"

	"github.com/hashicorp/terraform-plugin-framework/providerserver"
)

// Address is where the bench's CLI configuration points dev_overrides.
const Address = "registry.terraform.io/bench/floor"

func main() {
	if err := providerserver.Serve(context.Background(), newProvider, providerserver.ServeOpts{Address: Address}); err != nil {
		log.Fatal(err.Error())
	}
}
