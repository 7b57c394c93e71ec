// The docsschema command writes the provider's schema in the JSON format of
// `terraform providers schema -json`, without Terraform: make generate (see
// tools/tools.go) hands it to tfplugindocs with --providers-schema. It is
// not part of the provider binary.
//
//	go run ./internal/docsschema/cmd -o schema.json
package main

import (
	"context"
	"flag"
	"fmt"
	"os"

	"github.com/hashicorp/terraform-plugin-framework/providerserver"

	"github.com/telecom-tf/terraform-provider-telecom/internal/docsschema"
	"github.com/telecom-tf/terraform-provider-telecom/internal/provider"
)

func main() {
	out := flag.String("o", "-", "the file to write, - for standard output")
	address := flag.String("address", docsschema.DocsAddress("telecom"),
		"the provider address to key the schema by (tfplugindocs finds registry.terraform.io/hashicorp/<name>)")
	flag.Parse()
	if flag.NArg() > 0 {
		fmt.Fprintf(os.Stderr, "docsschema: unexpected arguments %q\n", flag.Args())
		os.Exit(2)
	}
	if err := run(*out, *address); err != nil {
		fmt.Fprintf(os.Stderr, "docsschema: %s\n", err)
		os.Exit(1)
	}
}

func run(out, address string) error {
	server := providerserver.NewProtocol6(provider.New("dev")())()
	schemas, err := docsschema.Export(context.Background(), server, address)
	if err != nil {
		return err
	}
	b, err := docsschema.Marshal(schemas)
	if err != nil {
		return err
	}
	if out == "-" {
		_, err = os.Stdout.Write(b)
		return err
	}
	return os.WriteFile(out, b, 0o644)
}
