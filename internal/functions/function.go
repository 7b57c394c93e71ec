package functions

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/function"
)

// providerFunc is a provider function of two arguments (every function of
// this provider takes two): its name, its definition, and run, which gets
// the arguments already read and returns the result or an error that
// blames one argument (funcError).
type providerFunc[A, B any] struct {
	name       string
	definition function.Definition
	run        func(a A, b B) (any, *function.FuncError)
}

func (f providerFunc[A, B]) Metadata(_ context.Context, _ function.MetadataRequest, resp *function.MetadataResponse) {
	resp.Name = f.name
}

func (f providerFunc[A, B]) Definition(_ context.Context, _ function.DefinitionRequest, resp *function.DefinitionResponse) {
	resp.Definition = f.definition
}

// Run reads the arguments, runs f.run and sets its result; on an error the
// result stays unknown.
func (f providerFunc[A, B]) Run(ctx context.Context, req function.RunRequest, resp *function.RunResponse) {
	var a A
	var b B
	if resp.Error = req.Arguments.Get(ctx, &a, &b); resp.Error != nil {
		return
	}
	out, err := f.run(a, b)
	if err != nil {
		resp.Error = err
		return
	}
	resp.Error = resp.Result.Set(ctx, out)
}
